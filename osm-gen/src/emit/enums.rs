//! Open enums for the spec's value sets: a value the server adds later decodes as
//! `Unknown(..)` instead of failing the whole response.

use heck::{ToKebabCase, ToSnakeCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::api::{EnumDef, EnumValues};

use super::doc;

/// One value set as an open enum, with its conversions (serde, `Display`, `FromStr` and the
/// `From` impls come from osm-client's `open_enum_impls!`).
pub(crate) fn open_enum(def: &EnumDef) -> TokenStream {
    let name = format_ident!("{}", def.name);
    let description = def
        .description
        .clone()
        .unwrap_or_else(|| format!("The `{}` value set.", def.name));
    let type_doc = doc(&format!(
        "{description}\n\nAn open set: a value this version does not know decodes as \
         `Unknown` (and is sent back unchanged); `From` the wire value and [`{}::value`] \
         convert both ways.{}",
        def.name,
        parse_doc(def)
    ));
    let variants: Vec<_> = def.variants.iter().map(|v| format_ident!("{v}")).collect();
    let wire: Vec<String> = match &def.values {
        EnumValues::Integer(values) => values.iter().map(|v| format!("`{v}`")).collect(),
        EnumValues::String(values) => values.iter().map(|v| format!("`{v:?}`")).collect(),
    };
    let variant_docs = wire
        .iter()
        .enumerate()
        .map(|(i, wire)| match def.docs.get(i) {
            Some(text) => doc(&format!("{wire}: {text}")),
            None => doc(wire),
        });
    let (kind, derive_copy, raw, literals) = match &def.values {
        EnumValues::Integer(values) => {
            let literals: Vec<TokenStream> = match values
                .iter()
                .map(|v| i32::try_from(*v))
                .collect::<Result<Vec<_>, _>>()
            {
                Ok(small) => small.iter().map(|v| quote!(#v)).collect(),
                Err(_) => values.iter().map(|v| quote!(#v)).collect(),
            };
            let raw = if values.iter().all(|v| i32::try_from(*v).is_ok()) {
                quote!(i32)
            } else {
                quote!(i64)
            };
            (quote!(int), quote!(Copy,), raw, literals)
        }
        EnumValues::String(values) => (
            quote!(str),
            quote!(),
            quote!(::std::string::String),
            values.iter().map(|v| quote!(#v)).collect(),
        ),
    };
    quote! {
        #type_doc
        #[derive(Clone, #derive_copy Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #variants, )*
            /// A value this version of osm-client does not know.
            Unknown(crate::types::UnknownValue<#raw>),
        }
        crate::value_set::open_enum_impls!(#kind #name: #raw { #( #variants = #literals, )* });
    }
}

/// What `str::parse` takes, shown with the first value: its wire value or its variant's name
/// (`FromStr` in osm-client's `open_enum_impls!` reads names word by word, in any case).
fn parse_doc(def: &EnumDef) -> String {
    let Some(first) = def.variants.first() else {
        return String::new();
    };
    let wire = match &def.values {
        EnumValues::Integer(values) => values.first().map(ToString::to_string),
        EnumValues::String(values) => values.first().cloned(),
    }
    .unwrap_or_default();
    let mut forms = vec![wire];
    for form in [first.to_kebab_case(), first.to_snake_case(), first.clone()] {
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    let forms: Vec<String> = forms.iter().map(|f| format!("`{f:?}`")).collect();
    format!(
        " `str::parse` takes the wire value or a value's name in any case, its words joined \
         by `-`, `_` or nothing: {} all parse as [`{}::{first}`].",
        forms.join(", "),
        def.name
    )
}
