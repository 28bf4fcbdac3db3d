//! Accessors on response models: `Option<&str>` for text, `&[T]` for lists, parsed
//! date-times, so reading a response needs no `as_deref()` or matching on `Option`.
//!
//! Written as text, one line per accessor (prettyplease would spread each over four): the
//! section is a table of the models' fields, read line by line.

use std::fmt::Write;

use crate::api::Model;
use crate::typed::{Field, Shape};

/// The accessors of one model, as formatted Rust source.
pub(crate) fn accessors(name: &str, model: &Model, fields: &[Field]) -> String {
    let mut out = format!("impl types::{name} {{\n");
    for field in fields {
        let id = &field.rust;
        let prop = model.properties.get(id);
        let first_sentence = prop
            .and_then(|p| p.description.as_deref())
            .map(|d| {
                d.split_once(". ")
                    .map_or(d, |(first, _)| first)
                    .trim_end_matches('.')
            })
            .unwrap_or("The field");
        let date_time = prop.is_some_and(|p| p.date_time) && matches!(field.shape, Shape::String);
        // every model field is optional, or a list or map (osm-gen drops `required`)
        let (ret, body, note) = match &field.shape {
            _ if date_time => (
                "Option<crate::time::OsmDateTime>".to_owned(),
                format!("crate::time::OsmDateTime::parse_lenient(self.{id}.as_deref())"),
                " (parsed leniently: `None` when absent, empty or not a time OSM sends)",
            ),
            Shape::String => (
                "Option<&str>".to_owned(),
                format!("self.{id}.as_deref()"),
                "",
            ),
            Shape::List(item) => (
                format!("&[{}]", tokens(&item.ty())),
                format!("&self.{id}"),
                "",
            ),
            Shape::Map(..) => (
                format!("&{}", tokens(&field.shape.ty())),
                format!("&self.{id}"),
                "",
            ),
            Shape::Scalar(t) | Shape::Enum(t, true) => {
                (format!("Option<{}>", tokens(t)), format!("self.{id}"), "")
            }
            other => (
                format!("Option<&{}>", tokens(&other.ty())),
                format!("self.{id}.as_ref()"),
                "",
            ),
        };
        let _ = writeln!(out, "    /// {first_sentence}{note}.");
        let _ = writeln!(out, "    pub fn {id}(&self) -> {ret} {{ {body} }}");
    }
    out.push_str("}\n");
    out
}

/// Token text without the spaces `TokenStream` puts around `::` and `<`.
fn tokens(ts: &proc_macro2::TokenStream) -> String {
    ts.to_string()
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace(" < ", "<")
        .replace(" >", ">")
        .replace(" , ", ", ")
}
