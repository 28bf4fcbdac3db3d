//! Adaptation: rewrites a checked spec into the shapes progenitor 0.15 takes, and records
//! what osm-gen must generate itself (multipart operations).

use serde_yaml_ng::{Mapping, Value};

use crate::check::{self, ERROR_REF, deref, has_error_response, status_class};

/// One part of a `multipart/form-data` body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FormPart {
    /// Part name on the wire (and the builder method's name).
    pub(crate) name: String,
    /// `format: binary`: sent as a file part with a file name.
    pub(crate) binary: bool,
    /// Listed in the schema's `required`.
    pub(crate) required: bool,
    /// The property's description, for the builder method's doc comment.
    pub(crate) description: Option<String>,
}

/// An operation whose `multipart/form-data` body osm-gen generates itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MultipartOperation {
    pub(crate) operation_id: String,
    /// JSON pointer to the operation's (removed) request body.
    pub(crate) pointer: String,
    pub(crate) parts: Vec<FormPart>,
}

/// What adaptation changed, for the caller to act on and report.
#[derive(Debug, Default)]
pub(crate) struct Adaptation {
    pub(crate) multipart: Vec<MultipartOperation>,
    pub(crate) dropped_additional_properties_false: usize,
    pub(crate) error_responses_added: usize,
}

/// Rewrites `doc` in place (it must have passed the checks).
pub(crate) fn adapt(doc: &mut Value) -> Adaptation {
    let mut report = Adaptation::default();
    let source = doc.clone();
    report.dropped_additional_properties_false = drop_additional_properties_false(doc);
    normalise_date_time(doc);

    let shared_error = has_error_response(&source);
    let ops: Vec<(String, &'static str, Option<String>)> = check::operations(&source)
        .iter()
        .map(|op| {
            (
                op.path.to_owned(),
                op.method,
                op.operation_id().map(str::to_owned),
            )
        })
        .collect();
    for (path, method, operation_id) in ops {
        let Some(op) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(path.as_str()))
            .and_then(|item| item.get_mut(method))
        else {
            continue;
        };
        if shared_error {
            report.error_responses_added += add_error_responses(op);
        }
        if let Some(parts) = multipart_parts(&source, op)
            && let Some(map) = op.as_mapping_mut()
        {
            map.remove("requestBody");
            report.multipart.push(MultipartOperation {
                operation_id: operation_id.unwrap_or_default(),
                pointer: format!(
                    "{}/requestBody",
                    crate::error::pointer(["paths", path.as_str(), method])
                ),
                parts,
            });
        }
    }
    report
}

/// `additionalProperties: false` makes typify emit `deny_unknown_fields`, which breaks on any
/// field Huawei adds to a response. Drops it everywhere; returns how many were dropped.
fn drop_additional_properties_false(node: &mut Value) -> usize {
    match node {
        Value::Mapping(map) => {
            let mut n = 0;
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
                n += 1;
            }
            n + map
                .values_mut()
                .map(drop_additional_properties_false)
                .sum::<usize>()
        }
        Value::Sequence(seq) => seq.iter_mut().map(drop_additional_properties_false).sum(),
        _ => 0,
    }
}

/// Keys a `format: date-time` schema may keep so that it matches osm-gen's conversion to
/// `crate::time::OsmDateTime` (typify matches conversions on the exact schema).
const DATE_TIME_KEYS: [&str; 8] = [
    "type",
    "format",
    "description",
    "example",
    "title",
    "deprecated",
    "readOnly",
    "writeOnly",
];

fn normalise_date_time(node: &mut Value) {
    match node {
        Value::Mapping(map) => {
            let is_date_time = map.get("format").and_then(Value::as_str) == Some("date-time")
                && map.get("type").and_then(Value::as_str) == Some("string");
            if is_date_time {
                map.retain(|k, _| k.as_str().is_some_and(|k| DATE_TIME_KEYS.contains(&k)));
            } else {
                map.values_mut().for_each(normalise_date_time);
            }
        }
        Value::Sequence(seq) => seq.iter_mut().for_each(normalise_date_time),
        _ => {}
    }
}

/// Gives an operation `4XX` and `5XX` responses with the shared ErrorResponse when it lacks
/// them (so every operation's error type is `types::ErrorResponse`). Returns how many it added.
fn add_error_responses(op: &mut Value) -> usize {
    let Some(responses) = op.get_mut("responses").and_then(Value::as_mapping_mut) else {
        return 0;
    };
    let mut added = 0;
    for (class, key, description) in [
        (
            4,
            "4XX",
            "Client error: the request was rejected (see error_code and error_msg).",
        ),
        (5, "5XX", "Server error (see error_code and error_msg)."),
    ] {
        let present = responses.keys().any(|k| {
            let text = k
                .as_str()
                .map(str::to_owned)
                .or_else(|| k.as_u64().map(|n| n.to_string()));
            text.as_deref().and_then(status_class) == Some(class)
        });
        if !present {
            responses.insert(Value::from(key), error_response(description));
            added += 1;
        }
    }
    added
}

fn error_response(description: &str) -> Value {
    let mut schema = Mapping::new();
    schema.insert("$ref".into(), ERROR_REF.into());
    let mut media = Mapping::new();
    media.insert("schema".into(), Value::Mapping(schema));
    let mut content = Mapping::new();
    content.insert("application/json".into(), Value::Mapping(media));
    let mut response = Mapping::new();
    response.insert("description".into(), description.into());
    response.insert("content".into(), Value::Mapping(content));
    Value::Mapping(response)
}

/// The form parts of a `multipart/form-data` request body, if the operation has one.
fn multipart_parts(doc: &Value, op: &Value) -> Option<Vec<FormPart>> {
    let (body, _) = deref(doc, op.get("requestBody")?, String::new());
    let schema = body
        .get("content")?
        .get("multipart/form-data")?
        .get("schema")?;
    let (schema, _) = deref(doc, schema, String::new());
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_sequence)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let parts = schema
        .get("properties")?
        .as_mapping()?
        .iter()
        .filter_map(|(name, prop)| {
            let name = name.as_str()?;
            let (prop, _) = deref(doc, prop, String::new());
            Some(FormPart {
                name: name.to_owned(),
                binary: prop.get("format").and_then(Value::as_str) == Some("binary"),
                required: required.contains(&name),
                description: prop
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            })
        })
        .collect();
    Some(parts)
}
