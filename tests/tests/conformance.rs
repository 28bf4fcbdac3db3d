//! Conformance of `spec/osm.yaml` with `tests/fixtures/reference.json` (what Huawei Cloud's
//! official SDKs know about OSM API v2), plus checks on the spec's examples and documentation.
//!
//! Every test collects all differences and fails once with the whole list, each message naming
//! the operation, parameter, model or property concerned. Set `OSM_CONFORMANCE_SPEC` to check
//! another copy of the spec (used to show that a removed field is caught).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use openapiv3::{
    AdditionalProperties, IntegerFormat, ObjectType, OpenAPI, Operation, Parameter,
    ParameterSchemaOrContent, QueryStyle, ReferenceOr, Schema, SchemaKind, StatusCode,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde::Deserialize;
use serde_json::Value;

const EXPECTED_OPERATIONS: usize = 82;
const EXPECTED_MODELS: usize = 157;
const EXPECTED_FIELDS: usize = 544;
const EXPECTED_ENUMS: usize = 9;
/// Schemas the spec adds on top of the SDK models.
const SPEC_ONLY_SCHEMAS: &[&str] = &["ErrorResponse"];
const SCHEMA_PREFIX: &str = "#/components/schemas/";

// ------------------------------------------------------------------ reference.json

#[derive(Debug, Deserialize)]
struct Reference {
    operations: BTreeMap<String, RefOperation>,
    models: BTreeMap<String, RefModel>,
}

#[derive(Debug, Deserialize)]
struct RefOperation {
    method: String,
    path: String,
    request_content_type: String,
    params: Vec<RefParam>,
    body: Option<RefBody>,
    form: Option<Vec<RefFormPart>>,
    response: RefResponse,
}

#[derive(Debug, Deserialize)]
struct RefParam {
    name: String,
    #[serde(rename = "in")]
    location: String,
    required: bool,
    style: Option<String>,
    #[serde(flatten)]
    ty: RefType,
}

#[derive(Debug, Deserialize)]
struct RefFormPart {
    name: String,
    required: bool,
    #[serde(flatten)]
    ty: RefType,
}

#[derive(Debug, Deserialize)]
struct RefBody {
    model: String,
    required: bool,
}

#[derive(Debug, Deserialize)]
struct RefResponse {
    model: Option<String>,
    #[serde(default)]
    binary: bool,
}

#[derive(Debug, Deserialize)]
struct RefModel {
    fields: BTreeMap<String, RefField>,
}

#[derive(Debug, Deserialize)]
struct RefField {
    required: bool,
    #[serde(flatten)]
    ty: RefType,
}

#[derive(Debug, Deserialize)]
struct RefType {
    #[serde(rename = "type")]
    ty: Option<String>,
    format: Option<String>,
    items: Option<Box<RefType>>,
    #[serde(rename = "additionalProperties")]
    additional: Option<Box<RefType>>,
    #[serde(rename = "enum", default)]
    enumeration: Vec<Value>,
    #[serde(rename = "$model")]
    model: Option<String>,
}

// ------------------------------------------------------------------ loading

struct Loaded {
    spec: OpenAPI,
    raw: Value,
    text: String,
    reference: Reference,
}

fn load() -> Loaded {
    let spec_path = std::env::var("OSM_CONFORMANCE_SPEC")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/osm.yaml").to_owned());
    let text = std::fs::read_to_string(&spec_path)
        .unwrap_or_else(|e| panic!("cannot read the spec at {spec_path}: {e}"));
    let spec: OpenAPI = serde_yaml_ng::from_str(&text)
        .unwrap_or_else(|e| panic!("{spec_path} is not an OpenAPI 3.0 document: {e}"));
    let raw: Value = serde_yaml_ng::from_str(&text).expect("spec is YAML");
    let reference_path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/reference.json");
    let reference: Reference = serde_json::from_str(
        &std::fs::read_to_string(reference_path)
            .expect("tests/fixtures/reference.json is readable"),
    )
    .expect("reference.json has the documented shape");
    Loaded {
        spec,
        raw,
        text,
        reference,
    }
}

fn fail_if_any(what: &str, errors: &[String]) {
    assert!(
        errors.is_empty(),
        "{what}: {} difference(s):\n  - {}",
        errors.len(),
        errors.join("\n  - ")
    );
}

// ------------------------------------------------------------------ type shapes

/// A normalized type, comparable between reference.json and the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    Any,
    Ref(String),
    Scalar {
        ty: String,
        format: Option<String>,
        enumeration: Vec<String>,
    },
    Array(Box<Shape>),
    Map(Option<Box<Shape>>),
    Unsupported(String),
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Any => write!(f, "any"),
            Shape::Ref(name) => write!(f, "$ref {name}"),
            Shape::Scalar {
                ty,
                format,
                enumeration,
            } => {
                write!(f, "{ty}")?;
                if let Some(format) = format {
                    write!(f, "({format})")?;
                }
                if !enumeration.is_empty() {
                    write!(f, " enum [{}]", enumeration.join(", "))?;
                }
                Ok(())
            }
            Shape::Array(items) => write!(f, "array of {items}"),
            Shape::Map(Some(values)) => write!(f, "object (map of {values})"),
            Shape::Map(None) => write!(f, "object"),
            Shape::Unsupported(what) => write!(f, "unsupported schema ({what})"),
        }
    }
}

impl Shape {
    fn has_enum(&self) -> bool {
        matches!(self, Shape::Scalar { enumeration, .. } if !enumeration.is_empty())
    }

    /// Whether the spec's shape (`self`, value sets resolved) agrees with the reference's: equal,
    /// or a value set the spec documents (an enum component) where the reference names only
    /// the scalar type.
    fn agrees_with(&self, reference: &Shape) -> bool {
        match (self, reference) {
            (
                Shape::Scalar { ty, format, .. },
                Shape::Scalar {
                    ty: rty,
                    format: rformat,
                    enumeration,
                },
            ) if enumeration.is_empty() => ty == rty && format == rformat,
            _ => self == reference,
        }
    }
}

/// A `$ref` to a value set (an enum component) as the scalar shape it stands for; any other
/// shape as it is.
fn value_set(spec: &OpenAPI, shape: Shape) -> Shape {
    match &shape {
        Shape::Ref(name) => match named_schema(spec, name) {
            Some(schema) if schema_shape(schema).has_enum() => schema_shape(schema),
            _ => shape,
        },
        _ => shape,
    }
}

/// Whether `name` is a value set: an enum component with variant names for the client.
fn is_value_set(spec: &OpenAPI, name: &str) -> bool {
    named_schema(spec, name).is_some_and(|s| {
        schema_shape(s).has_enum() && s.schema_data.extensions.contains_key("x-enum-varnames")
    })
}

fn ref_shape(t: &RefType) -> Shape {
    if let Some(model) = &t.model {
        return Shape::Ref(model.clone());
    }
    match t.ty.as_deref() {
        None => Shape::Any,
        Some("array") => Shape::Array(Box::new(t.items.as_deref().map_or(Shape::Any, ref_shape))),
        Some("object") => Shape::Map(t.additional.as_deref().map(|a| Box::new(ref_shape(a)))),
        Some(ty) => Shape::Scalar {
            ty: ty.to_owned(),
            format: t.format.clone(),
            enumeration: t.enumeration.iter().map(Value::to_string).collect(),
        },
    }
}

fn ref_name(reference: &str) -> String {
    reference
        .strip_prefix(SCHEMA_PREFIX)
        .unwrap_or(reference)
        .to_owned()
}

fn spec_shape(schema: &ReferenceOr<Schema>) -> Shape {
    match schema {
        ReferenceOr::Reference { reference } => Shape::Ref(ref_name(reference)),
        ReferenceOr::Item(schema) => schema_shape(schema),
    }
}

fn spec_boxed_shape(schema: &ReferenceOr<Box<Schema>>) -> Shape {
    match schema {
        ReferenceOr::Reference { reference } => Shape::Ref(ref_name(reference)),
        ReferenceOr::Item(schema) => schema_shape(schema),
    }
}

fn format_name<T: fmt::Debug>(
    format: &VariantOrUnknownOrEmpty<T>,
    name: fn(&T) -> &'static str,
) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => Some(name(item).to_owned()),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn string_format(format: &StringFormat) -> &'static str {
    match format {
        StringFormat::Date => "date",
        StringFormat::DateTime => "date-time",
        StringFormat::Password => "password",
        StringFormat::Byte => "byte",
        StringFormat::Binary => "binary",
    }
}

fn integer_format(format: &IntegerFormat) -> &'static str {
    match format {
        IntegerFormat::Int32 => "int32",
        IntegerFormat::Int64 => "int64",
    }
}

fn json_strings<T: serde::Serialize>(values: &[Option<T>]) -> Vec<String> {
    values
        .iter()
        .map(|v| {
            serde_json::to_value(v)
                .expect("enum value serializes")
                .to_string()
        })
        .collect()
}

fn schema_shape(schema: &Schema) -> Shape {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => Shape::Scalar {
            ty: "string".into(),
            format: format_name(&s.format, string_format),
            enumeration: json_strings(&s.enumeration),
        },
        SchemaKind::Type(Type::Integer(i)) => Shape::Scalar {
            ty: "integer".into(),
            format: format_name(&i.format, integer_format),
            enumeration: json_strings(&i.enumeration),
        },
        SchemaKind::Type(Type::Boolean(b)) => Shape::Scalar {
            ty: "boolean".into(),
            format: None,
            enumeration: json_strings(&b.enumeration),
        },
        SchemaKind::Type(Type::Number(_)) => Shape::Unsupported("number".into()),
        SchemaKind::Type(Type::Array(a)) => Shape::Array(Box::new(
            a.items.as_ref().map_or(Shape::Any, spec_boxed_shape),
        )),
        SchemaKind::Type(Type::Object(o)) if o.properties.is_empty() => {
            match &o.additional_properties {
                None => Shape::Map(None),
                Some(AdditionalProperties::Any(true)) => Shape::Map(Some(Box::new(Shape::Any))),
                Some(AdditionalProperties::Any(false)) => {
                    Shape::Unsupported("additionalProperties: false".into())
                }
                Some(AdditionalProperties::Schema(s)) => Shape::Map(Some(Box::new(spec_shape(s)))),
            }
        }
        SchemaKind::Type(Type::Object(_)) => {
            Shape::Unsupported("inline object with properties".into())
        }
        SchemaKind::Any(any) if *any == openapiv3::AnySchema::default() => Shape::Any,
        other => Shape::Unsupported(format!("{other:?}").chars().take(80).collect()),
    }
}

// ------------------------------------------------------------------ spec walking

fn spec_operations(spec: &OpenAPI) -> Vec<(String, &'static str, &str, &Operation)> {
    let mut out = Vec::new();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let methods: [(&'static str, &Option<Operation>); 8] = [
            ("GET", &item.get),
            ("PUT", &item.put),
            ("POST", &item.post),
            ("DELETE", &item.delete),
            ("PATCH", &item.patch),
            ("HEAD", &item.head),
            ("OPTIONS", &item.options),
            ("TRACE", &item.trace),
        ];
        for (method, op) in methods {
            if let Some(op) = op {
                let id = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("<no operationId: {method} {path}>"));
                out.push((id, method, path.as_str(), op));
            }
        }
    }
    out
}

fn resolve_param<'a>(spec: &'a OpenAPI, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            match spec.components.as_ref()?.parameters.get(name)? {
                ReferenceOr::Item(p) => Some(p),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

fn resolve_schema<'a>(spec: &'a OpenAPI, s: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    match s {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => named_schema(spec, &ref_name(reference)),
    }
}

fn resolve_boxed<'a>(spec: &'a OpenAPI, s: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
    match s {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => named_schema(spec, &ref_name(reference)),
    }
}

fn named_schema<'a>(spec: &'a OpenAPI, name: &str) -> Option<&'a Schema> {
    match spec.components.as_ref()?.schemas.get(name)? {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { .. } => None,
    }
}

fn location(p: &Parameter) -> &'static str {
    match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn param_shape(p: &Parameter) -> Shape {
    match &p.parameter_data_ref().format {
        ParameterSchemaOrContent::Schema(s) => spec_shape(s),
        ParameterSchemaOrContent::Content(_) => Shape::Unsupported("parameter with content".into()),
    }
}

/// Models reachable from the request bodies (request side) per reference.json.
fn request_side_models(reference: &Reference) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = reference
        .operations
        .values()
        .filter_map(|o| o.body.as_ref())
        .map(|b| b.model.clone())
        .collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        for field in reference
            .models
            .get(&name)
            .map(|m| m.fields.values())
            .into_iter()
            .flatten()
        {
            if let Some(m) = field.ty.model.as_ref().or(field
                .ty
                .items
                .as_ref()
                .and_then(|i| i.model.as_ref()))
            {
                stack.push(m.clone());
            }
        }
    }
    seen
}

fn object_type(schema: &Schema) -> Option<&ObjectType> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => Some(o),
        _ => None,
    }
}

// ------------------------------------------------------------------ the tests

#[path = "conformance/docs.rs"]
mod docs;
#[path = "conformance/examples.rs"]
mod examples;
#[path = "conformance/limits.rs"]
mod limits;
#[path = "conformance/models.rs"]
mod models;
#[path = "conformance/operations.rs"]
mod operations;

#[test]
fn operations_and_parameters_match_the_reference() {
    let l = load();
    let mut errors = Vec::new();
    operations::check(&l, &mut errors);
    fail_if_any(
        "spec/osm.yaml operations vs tests/fixtures/reference.json",
        &errors,
    );
}

#[test]
fn models_and_properties_match_the_reference() {
    let l = load();
    let mut errors = Vec::new();
    models::check(&l, &mut errors);
    fail_if_any(
        "spec/osm.yaml schemas vs tests/fixtures/reference.json",
        &errors,
    );
}

#[test]
fn counts_match_the_reference() {
    let l = load();
    let mut errors = Vec::new();
    models::check_counts(&l, &mut errors);
    fail_if_any("spec/osm.yaml counts", &errors);
}

#[test]
fn every_json_response_has_an_example_that_fits_its_schema() {
    let l = load();
    let mut errors = Vec::new();
    examples::check(&l, &mut errors);
    fail_if_any("spec/osm.yaml response examples", &errors);
}

#[test]
fn no_request_side_string_array_or_map_is_unbounded() {
    let l = load();
    let mut errors = Vec::new();
    limits::check(&l, &mut errors);
    fail_if_any("spec/osm.yaml request-side field limits", &errors);
}

#[test]
fn documentation_is_complete_and_in_english() {
    let l = load();
    let mut errors = Vec::new();
    docs::check(&l, &mut errors);
    fail_if_any("spec/osm.yaml documentation", &errors);
}
