//! The inputs of an operation builder: every parameter and every (flattened) body field,
//! with its storage, its setter and how it reaches progenitor's request method.
//!
//! Parameters are fields of the builder; body fields are fields of the body model the
//! builder holds (every model field is optional, so the model starts as `Default`).

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::api::{Api, Location, Param, ParamType};
use crate::typed::{Field, Shape};

use super::doc;

/// One builder input.
pub(crate) struct Input {
    /// Setter and field name.
    pub(crate) rust: String,
    /// Name on the wire (for docs).
    pub(crate) wire: String,
    pub(crate) required: bool,
    pub(crate) shape: Shape,
    /// Lists and maps are stored as themselves (empty when unset), not in an `Option`.
    pub(crate) collection: bool,
    pub(crate) description: Option<String>,
    /// `None` for a body field.
    pub(crate) location: Option<Location>,
}

impl Input {
    pub(crate) fn ident(&self) -> Ident {
        format_ident!("{}", self.rust)
    }

    /// The builder field's type (parameters only).
    pub(crate) fn storage(&self) -> TokenStream {
        let ty = self.shape.ty();
        if self.collection {
            ty
        } else {
            quote!(Option<#ty>)
        }
    }

    /// The place the setter writes.
    fn place(&self) -> TokenStream {
        let id = self.ident();
        match self.location {
            Some(_) => quote!(self.#id),
            None => quote!(self.body.#id),
        }
    }

    /// `is this input unset?`
    pub(crate) fn unset(&self) -> TokenStream {
        let id = self.ident();
        let place = match self.location {
            Some(_) => quote!(#id),
            None => quote!(body.#id),
        };
        if self.collection {
            quote!(#place.is_empty())
        } else {
            quote!(#place.is_none())
        }
    }

    /// The setter method.
    pub(crate) fn setter(&self) -> TokenStream {
        let id = self.ident();
        let what = match self.location {
            Some(Location::Path) => "path parameter",
            Some(Location::Query) => "query parameter",
            Some(Location::Header) => "header",
            None => "body field",
        };
        let required = if self.required { ", required" } else { "" };
        let replaces = if self.collection {
            "; replaces any earlier value"
        } else {
            ""
        };
        let description = self
            .description
            .as_deref()
            .unwrap_or("")
            .trim_end_matches('.');
        let text = if description.is_empty() {
            format!("The {what} `{}`{required}{replaces}.", self.wire)
        } else {
            format!(
                "{description} ({what} `{}`{required}{replaces}).",
                self.wire
            )
        };
        let docs = doc(&text);
        let (generics, arg, value) = setter_parts(&self.shape);
        let value = if self.collection {
            value
        } else {
            quote!(Some(#value))
        };
        let place = self.place();
        quote! {
            #docs
            pub fn #id #generics(mut self, value: #arg) -> Self {
                #place = #value;
                self
            }
        }
    }
}

/// (generics, argument type, conversion of `value` into the stored value).
fn setter_parts(shape: &Shape) -> (TokenStream, TokenStream, TokenStream) {
    let ty = shape.ty();
    match shape {
        Shape::String => (quote!(), quote!(impl Into<String>), quote!(value.into())),
        Shape::Json | Shape::Enum(..) => (quote!(), quote!(impl Into<#ty>), quote!(value.into())),
        Shape::Scalar(_) | Shape::Model(_) => (quote!(), quote!(#ty), quote!(value)),
        Shape::List(item) => {
            let item_ty = item.ty();
            let item_arg = match item.as_ref() {
                Shape::String | Shape::Json | Shape::Enum(..) => quote!(impl Into<#item_ty>),
                _ => item_ty,
            };
            (
                quote!(),
                quote!(impl IntoIterator<Item = #item_arg>),
                quote!(crate::runtime::collect(value)),
            )
        }
        Shape::Map(item, _) => {
            let item_ty = item.ty();
            (
                quote!(<K: Into<String>, V: Into<#item_ty>>),
                quote!(impl IntoIterator<Item = (K, V)>),
                quote!(crate::runtime::collect_map(value)),
            )
        }
    }
}

/// The shape of a parameter's value.
fn param_shape(ty: &ParamType, api: &Api) -> Shape {
    match ty {
        ParamType::String => Shape::String,
        ParamType::Integer(t) => {
            let t = format_ident!("{t}");
            Shape::Scalar(quote!(#t))
        }
        ParamType::Number => Shape::Scalar(quote!(f64)),
        ParamType::Boolean => Shape::Scalar(quote!(bool)),
        ParamType::Enum(name) => {
            let integer = api
                .enum_def(name)
                .is_some_and(|e| matches!(e.values, crate::api::EnumValues::Integer(_)));
            let id = format_ident!("{name}");
            Shape::Enum(quote!(types::#id), integer)
        }
        ParamType::Array(inner) => Shape::List(Box::new(param_shape(inner, api))),
    }
}

/// A parameter as a builder input.
pub(crate) fn param_input(param: &Param, api: &Api) -> Input {
    let shape = param_shape(&param.ty, api);
    Input {
        rust: param.rust.clone(),
        wire: param.wire.clone(),
        required: param.required,
        collection: matches!(shape, Shape::List(_)),
        shape,
        description: param.description.clone(),
        location: Some(param.location),
    }
}

/// A body field as a builder input.
pub(crate) fn field_input(
    field: &Field,
    wire: &str,
    required: bool,
    description: Option<String>,
) -> Input {
    Input {
        rust: field.rust.clone(),
        wire: wire.to_owned(),
        required,
        collection: matches!(field.shape, Shape::List(_) | Shape::Map(..)),
        shape: field.shape.clone(),
        description,
        location: None,
    }
}

/// How a parameter (a local of the same name, already unwrapped when required) is passed to
/// progenitor's positional method.
pub(crate) fn raw_argument(input: &Input) -> TokenStream {
    let id = input.ident();
    match (&input.shape, input.required) {
        (Shape::String, true) => quote!(#id.as_str()),
        (Shape::String, false) => quote!(#id.as_deref()),
        (Shape::Scalar(_), _) => quote!(#id),
        (Shape::List(_), false) => quote!((!#id.is_empty()).then_some(&#id)),
        (_, true) => quote!(&#id),
        (_, false) => quote!(#id.as_ref()),
    }
}
