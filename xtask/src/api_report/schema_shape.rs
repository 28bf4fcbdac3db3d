//! How a schema looks to code using the generated client: its type label and its enum values.

use openapiv3::{
    AdditionalProperties, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

/// A schema position: either a `$ref` to a named schema or an inline schema.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SchemaRef<'a> {
    /// `$ref: '#/components/schemas/<name>'` (the full reference string).
    Named(&'a str),
    /// A schema written in place.
    Inline(&'a Schema),
}

impl<'a> SchemaRef<'a> {
    pub(crate) fn of(schema: &'a ReferenceOr<Schema>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Named(reference),
            ReferenceOr::Item(item) => Self::Inline(item),
        }
    }

    pub(crate) fn of_boxed(schema: &'a ReferenceOr<Box<Schema>>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Named(reference),
            ReferenceOr::Item(item) => Self::Inline(item),
        }
    }

    pub(crate) fn inline(self) -> Option<&'a Schema> {
        match self {
            Self::Named(_) => None,
            Self::Inline(schema) => Some(schema),
        }
    }
}

/// The last segment of a `$ref` (`#/components/schemas/CaseInfo` → `CaseInfo`).
pub(crate) fn ref_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// A component looked up by `$ref`, or the inline item.
pub(crate) fn resolve<'a, T>(
    item: &'a ReferenceOr<T>,
    components: impl Fn(&str) -> Option<&'a ReferenceOr<T>>,
) -> Option<&'a T> {
    let mut current = item;
    // Reference chains are short; the bound keeps a cyclic chain from looping forever.
    for _ in 0..16 {
        match current {
            ReferenceOr::Item(item) => return Some(item),
            ReferenceOr::Reference { reference } => current = components(ref_name(reference))?,
        }
    }
    None
}

/// A short label of the Rust-relevant type of a schema: `string`, `integer(int64)`,
/// `array<CaseInfo>`, `string enum`, `map<string, Label>`, `object`, ...
///
/// Two schemas with different labels generate different Rust types. Inline objects all have
/// the label `object`; their fields are compared one by one instead.
pub(crate) fn type_label(schema: SchemaRef<'_>) -> String {
    let schema = match schema {
        SchemaRef::Named(reference) => return ref_name(reference).to_owned(),
        SchemaRef::Inline(schema) => schema,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(t)) => {
            let format = match &t.format {
                VariantOrUnknownOrEmpty::Item(format) => Some(string_format(*format)),
                VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                VariantOrUnknownOrEmpty::Empty => None,
            };
            with_enum(with_format("string", format), !t.enumeration.is_empty())
        }
        SchemaKind::Type(Type::Integer(t)) => {
            let format = match &t.format {
                VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => Some("int32"),
                VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int64) => Some("int64"),
                VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                VariantOrUnknownOrEmpty::Empty => None,
            };
            with_enum(with_format("integer", format), !t.enumeration.is_empty())
        }
        SchemaKind::Type(Type::Number(t)) => {
            let format = match &t.format {
                VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => Some("float"),
                VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Double) => Some("double"),
                VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                VariantOrUnknownOrEmpty::Empty => None,
            };
            with_enum(with_format("number", format), !t.enumeration.is_empty())
        }
        SchemaKind::Type(Type::Boolean(_)) => "boolean".to_owned(),
        SchemaKind::Type(Type::Object(t)) if t.properties.is_empty() => {
            match &t.additional_properties {
                Some(AdditionalProperties::Schema(value)) => {
                    format!("map<string, {}>", type_label(SchemaRef::of(value)))
                }
                Some(AdditionalProperties::Any(true)) => "map<string, any>".to_owned(),
                _ => "object".to_owned(),
            }
        }
        SchemaKind::Type(Type::Object(_)) => "object".to_owned(),
        SchemaKind::Type(Type::Array(t)) => match &t.items {
            Some(items) => format!("array<{}>", type_label(SchemaRef::of_boxed(items))),
            None => "array<any>".to_owned(),
        },
        SchemaKind::OneOf { one_of } => combination("oneOf", one_of),
        SchemaKind::AllOf { all_of } => combination("allOf", all_of),
        SchemaKind::AnyOf { any_of } => combination("anyOf", any_of),
        SchemaKind::Not { not } => format!("not<{}>", type_label(SchemaRef::of(not))),
        SchemaKind::Any(any) => {
            let base = any.typ.as_deref().unwrap_or("any");
            with_enum(
                with_format(base, any.format.as_deref()),
                !any.enumeration.is_empty(),
            )
        }
    }
}

fn string_format(format: StringFormat) -> &'static str {
    match format {
        StringFormat::Date => "date",
        StringFormat::DateTime => "date-time",
        StringFormat::Password => "password",
        StringFormat::Byte => "byte",
        StringFormat::Binary => "binary",
    }
}

fn with_format(base: &str, format: Option<&str>) -> String {
    match format {
        Some(format) => format!("{base}({format})"),
        None => base.to_owned(),
    }
}

fn with_enum(label: String, is_enum: bool) -> String {
    if is_enum {
        format!("{label} enum")
    } else {
        label
    }
}

fn combination(word: &str, members: &[ReferenceOr<Schema>]) -> String {
    let labels: Vec<String> = members
        .iter()
        .map(|member| type_label(SchemaRef::of(member)))
        .collect();
    format!("{word}<{}>", labels.join(" | "))
}

/// What a generated enum becomes in Rust, which decides what widening it does to users.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnumKind {
    /// A string value set (an open enum of strings).
    RustEnum,
    /// An integer (or other non-string) value set.
    ValidatedNewtype,
}

/// The enum values of an inline schema (rendered as they appear in JSON), if it has any.
pub(crate) fn enum_values(schema: &Schema) -> Option<(EnumKind, Vec<String>)> {
    let render = |value: Option<String>| value.unwrap_or_else(|| "null".to_owned());
    let (kind, values): (EnumKind, Vec<String>) = match &schema.schema_kind {
        SchemaKind::Type(Type::String(t)) => (
            EnumKind::RustEnum,
            t.enumeration
                .iter()
                .map(|v| render(v.as_ref().map(|s| format!("{s:?}"))))
                .collect(),
        ),
        SchemaKind::Type(Type::Integer(t)) => (
            EnumKind::ValidatedNewtype,
            t.enumeration
                .iter()
                .map(|v| render(v.map(|n| n.to_string())))
                .collect(),
        ),
        SchemaKind::Type(Type::Number(t)) => (
            EnumKind::ValidatedNewtype,
            t.enumeration
                .iter()
                .map(|v| render(v.map(|n| n.to_string())))
                .collect(),
        ),
        SchemaKind::Type(Type::Boolean(t)) => (
            EnumKind::ValidatedNewtype,
            t.enumeration
                .iter()
                .map(|v| render(v.map(|b| b.to_string())))
                .collect(),
        ),
        SchemaKind::Any(any) => {
            let kind = if any.typ.as_deref() == Some("string") {
                EnumKind::RustEnum
            } else {
                EnumKind::ValidatedNewtype
            };
            (
                kind,
                any.enumeration.iter().map(|v| v.to_string()).collect(),
            )
        }
        _ => return None,
    };
    (!values.is_empty()).then_some((kind, values))
}

/// Looks up `#/components/schemas/<name>`.
pub(crate) fn component_schema<'a>(
    doc: &'a OpenAPI,
    name: &str,
) -> Option<&'a ReferenceOr<Schema>> {
    doc.components.as_ref()?.schemas.get(name)
}
