//! What typify made of each model: its Rust fields and their exact types, read from the
//! `TypeSpace` progenitor built (typify's API, not its printed output), so osm-gen's setters
//! and accessors match the generated structs by construction.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use typify::{TypeDetails, TypeId, TypeSpace};

use crate::error::Error;

/// The shape of a field's type, as the templates need it.
#[derive(Clone, Debug)]
pub(crate) enum Shape {
    String,
    /// `i32`, `i64`, `f64`, `bool`.
    Scalar(TokenStream),
    /// `serde_json::Value`.
    Json,
    /// One of osm-gen's open enums (`crate::types::Name`); `true` when integer-valued.
    Enum(TokenStream, bool),
    /// Another model (`types::Name`).
    Model(TokenStream),
    List(Box<Shape>),
    /// A map from strings to the shape, with the map's exact type.
    Map(Box<Shape>, TokenStream),
}

impl Shape {
    /// The Rust type of a value of this shape.
    pub(crate) fn ty(&self) -> TokenStream {
        match self {
            Shape::String => quote!(String),
            Shape::Scalar(t) | Shape::Model(t) | Shape::Enum(t, _) => t.clone(),
            Shape::Json => quote!(::serde_json::Value),
            Shape::List(inner) => {
                let inner = inner.ty();
                quote!(Vec<#inner>)
            }
            Shape::Map(_, ty) => ty.clone(),
        }
    }
}

/// One field of a generated struct.
#[derive(Clone, Debug)]
pub(crate) struct Field {
    /// The Rust field name.
    pub(crate) rust: String,
    /// `Option<..>` around the shape.
    pub(crate) optional: bool,
    /// Listed in the schema's `required`.
    pub(crate) required: bool,
    pub(crate) shape: Shape,
}

/// Every generated struct, by type name.
pub(crate) type Structs = BTreeMap<String, Vec<Field>>;

/// What typify generated: its structs, and the names of all its named types.
#[derive(Debug, Default)]
pub(crate) struct Typed {
    pub(crate) structs: Structs,
    pub(crate) names: Vec<String>,
}

/// The open enums osm-gen generates in place of typify's (typify only sees them as
/// replacement paths): name → integer-valued.
pub(crate) type EnumKinds = BTreeMap<String, bool>;

/// Reads the structs out of typify's type space.
pub(crate) fn read(space: &TypeSpace, enums: &EnumKinds) -> Result<Typed, Error> {
    let mut out = BTreeMap::new();
    let mut names = Vec::new();
    for ty in space.iter_types() {
        let details = ty.details();
        if matches!(
            details,
            TypeDetails::Struct(_) | TypeDetails::Enum(_) | TypeDetails::Newtype(_)
        ) {
            names.push(ty.name());
        }
        let TypeDetails::Struct(details) = details else {
            continue;
        };
        let mut fields = Vec::new();
        for prop in details.properties_info() {
            let field_ty = space
                .get_type(&prop.type_id)
                .map_err(|e| internal(&ty.name(), prop.name, &e.to_string()))?;
            let (optional, inner) = match field_ty.details() {
                TypeDetails::Option(inner) => (true, inner),
                _ => (false, prop.type_id.clone()),
            };
            let shape = shape(space, &inner, enums)
                .map_err(|what| internal(&ty.name(), prop.name, &what))?;
            fields.push(Field {
                rust: prop.name.to_owned(),
                optional,
                required: prop.required,
                shape,
            });
        }
        out.insert(ty.name(), fields);
    }
    names.sort();
    Ok(Typed {
        structs: out,
        names,
    })
}

fn internal(model: &str, field: &str, what: &str) -> Error {
    Error::Internal(format!(
        "typify's field `{model}.{field}` has a type osm-gen does not generate for: {what}"
    ))
}

fn shape(space: &TypeSpace, id: &TypeId, enums: &EnumKinds) -> Result<Shape, String> {
    let ty = space.get_type(id).map_err(|e| e.to_string())?;
    Ok(match ty.details() {
        TypeDetails::String => Shape::String,
        TypeDetails::Builtin(name) => match name {
            "i32" | "i64" | "f64" | "bool" | "u32" | "u64" | "f32" => Shape::Scalar(ty.ident()),
            "::serde_json::Value" => Shape::Json,
            path => {
                let enum_name = path.rsplit("::").next().unwrap_or(path);
                match enums.get(enum_name) {
                    Some(integer) => Shape::Enum(ty.ident(), *integer),
                    None => return Err(format!("the type `{path}`")),
                }
            }
        },
        TypeDetails::Struct(_) | TypeDetails::Enum(_) | TypeDetails::Newtype(_) => {
            Shape::Model(ty.ident())
        }
        TypeDetails::Vec(inner) => Shape::List(Box::new(shape(space, &inner, enums)?)),
        TypeDetails::Map(_, value) => {
            Shape::Map(Box::new(shape(space, &value, enums)?), ty.ident())
        }
        TypeDetails::Option(inner) => shape(space, &inner, enums)?,
        TypeDetails::Box(inner) => shape(space, &inner, enums)?,
        _ => return Err(ty.describe()),
    })
}
