//! Adaptation: the checked spec rewritten into what progenitor generates osm-client's
//! crate-private request layer from.
//!
//! progenitor builds and sends requests (URL, path encoding, query, headers, JSON body, hooks);
//! osm-client's runtime reads every answer itself, once, where it arrives. So the request
//! layer gets:
//! - no `responses` at all: progenitor then hands back any 2xx as a raw byte stream and any
//!   other status as the unread response, which the runtime decodes into the model or into
//!   `osm_client::Error` (status, code, message, request id, the body as sent);
//! - no client-configuration headers (`x-osm-client-config`): the runtime sends them;
//! - no multipart operations: osm-gen's own template builds those requests;
//! - date-times as plain strings (the models keep the text as sent; accessors parse it);
//! - models without `required`: every field is optional and every model has a `Default`, as
//!   aws-sdk-rust's inputs are; the builders check the spec's required fields before sending;
//! - no `additionalProperties: false` (typify would deny unknown fields in responses).

use std::collections::BTreeSet;

use serde_yaml_ng::{Mapping, Value};

use crate::api::{Api, Body};
use crate::check::{self, METHODS};

/// What adaptation changed, for the caller to report.
#[derive(Debug, Default)]
pub(crate) struct Adaptation {
    pub(crate) dropped_additional_properties_false: usize,
    pub(crate) date_times_as_text: usize,
    pub(crate) client_config_headers_dropped: usize,
    pub(crate) required_lists_dropped: usize,
    pub(crate) unused_models_dropped: usize,
    pub(crate) length_limits_stripped: usize,
    pub(crate) multipart_operations: Vec<String>,
}

/// Rewrites `doc` in place (it must have passed the checks).
pub(crate) fn adapt(doc: &mut Value, api: &Api) -> Adaptation {
    let mut report = Adaptation {
        dropped_additional_properties_false: drop_additional_properties_false(doc),
        date_times_as_text: date_times_as_text(doc),
        length_limits_stripped: strip_length_limits(doc),
        required_lists_dropped: drop_model_required(doc),
        ..Adaptation::default()
    };
    let client_config = client_config_refs(doc);
    let multipart: BTreeSet<&str> = api
        .operations
        .iter()
        .filter(|op| matches!(op.body, Some(Body::Multipart { .. })))
        .map(|op| op.id.as_str())
        .collect();
    let ops: Vec<(String, &'static str, Option<String>)> = check::operations(doc)
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
        let Some(item) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(path.as_str()))
            .and_then(Value::as_mapping_mut)
        else {
            continue;
        };
        if operation_id
            .as_deref()
            .is_some_and(|id| multipart.contains(id))
        {
            item.remove(method);
            report
                .multipart_operations
                .push(operation_id.unwrap_or_default());
            continue;
        }
        let Some(op) = item.get_mut(method).and_then(Value::as_mapping_mut) else {
            continue;
        };
        op.insert("responses".into(), Value::Mapping(Mapping::new()));
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_sequence_mut) {
            let before = params.len();
            params.retain(|p| {
                p.get("$ref")
                    .and_then(Value::as_str)
                    .is_none_or(|r| !client_config.contains(r))
            });
            report.client_config_headers_dropped += before - params.len();
        }
    }
    report.unused_models_dropped = drop_unused_models(doc, api);
    // a path item left without operations is dropped (progenitor needs none of it)
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_mapping_mut) {
        paths.retain(|_, item| {
            METHODS
                .iter()
                .any(|m| item.get(*m).is_some_and(Value::is_mapping))
        });
    }
    report
}

/// `#/components/parameters/<name>` of every parameter marked `x-osm-client-config: true`.
fn client_config_refs(doc: &Value) -> BTreeSet<String> {
    doc.get("components")
        .and_then(|c| c.get("parameters"))
        .and_then(Value::as_mapping)
        .map(|params| {
            params
                .iter()
                .filter(|(_, p)| p.get("x-osm-client-config") == Some(&Value::Bool(true)))
                .filter_map(|(k, _)| k.as_str())
                .map(|k| format!("#/components/parameters/{k}"))
                .collect()
        })
        .unwrap_or_default()
}

/// Drops the component schemas no generated code uses: not reachable from a request (of the
/// operations progenitor generates), a JSON response model, or each other. (The error body
/// and the multipart form schema are read by the runtime and the form template instead.)
fn drop_unused_models(doc: &mut Value, api: &Api) -> usize {
    let mut todo: Vec<String> = api
        .operations
        .iter()
        .filter_map(|op| match &op.response {
            crate::api::Response::Json(model) => Some(model.clone()),
            crate::api::Response::Binary => None,
        })
        .collect();
    // operations, and the parameter and body components they may refer to
    for root in [
        doc.get("paths"),
        doc.get("components").and_then(|c| c.get("parameters")),
        doc.get("components").and_then(|c| c.get("requestBodies")),
    ]
    .into_iter()
    .flatten()
    {
        refs(root, &mut todo);
    }
    let Some(schemas) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
    else {
        return 0;
    };
    // the operations name typify's type names; map them back to the schema names
    let by_type: std::collections::BTreeMap<String, String> = schemas
        .keys()
        .filter_map(Value::as_str)
        .map(|k| (crate::names::pascal(k), k.to_owned()))
        .collect();
    let mut keep = BTreeSet::new();
    while let Some(name) = todo.pop() {
        let name = by_type.get(&name).cloned().unwrap_or(name);
        if keep.insert(name.clone())
            && let Some(schema) = schemas.get(name.as_str())
        {
            refs(schema, &mut todo);
        }
    }
    let before = schemas.len();
    schemas.retain(|k, _| k.as_str().is_some_and(|k| keep.contains(k)));
    before - schemas.len()
}

/// Every `#/components/schemas/<name>` referred to below `node`.
fn refs(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Mapping(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                out.push(name.to_owned());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Sequence(seq) => seq.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// Drops `required` from every component schema; returns how many lists were dropped.
fn drop_model_required(doc: &mut Value) -> usize {
    let Some(schemas) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
    else {
        return 0;
    };
    schemas
        .values_mut()
        .filter_map(Value::as_mapping_mut)
        .map(|schema| schema.remove("required").is_some())
        .filter(|removed| *removed)
        .count()
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

/// Length and size keywords: the sandbox enforces them, but typify would turn every limited
/// string, array and map into a validating newtype. Each line of them in the spec is on its own.
const LENGTH_LIMITS: [&str; 6] = [
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "maxProperties",
    "minProperties",
];

/// Strips [`LENGTH_LIMITS`] from every schema, so progenitor generates the same plain types as
/// without them; returns how many were stripped.
fn strip_length_limits(node: &mut Value) -> usize {
    match node {
        Value::Mapping(map) => {
            let before = map.len();
            map.retain(|k, v| {
                !(k.as_str().is_some_and(|k| LENGTH_LIMITS.contains(&k)) && v.is_number())
            });
            let n = before - map.len();
            n + map.values_mut().map(strip_length_limits).sum::<usize>()
        }
        Value::Sequence(seq) => seq.iter_mut().map(strip_length_limits).sum(),
        _ => 0,
    }
}

/// `format: date-time` strings become plain strings: OSM sends times in several layouts (and
/// `""` for none), so the models keep the text and osm-gen's accessors parse it leniently.
fn date_times_as_text(node: &mut Value) -> usize {
    match node {
        Value::Mapping(map) => {
            let is_date_time = map.get("format").and_then(Value::as_str) == Some("date-time")
                && map.get("type").and_then(Value::as_str) == Some("string");
            let mut n = 0;
            if is_date_time {
                map.remove("format");
                n += 1;
            }
            n + map.values_mut().map(date_times_as_text).sum::<usize>()
        }
        Value::Sequence(seq) => seq.iter_mut().map(date_times_as_text).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn date_times_lose_their_format_only() {
        let mut doc: Value = serde_yaml_ng::from_str(
            "a: {type: string, format: date-time, description: d}\nb: {type: string, format: uuid}",
        )
        .unwrap();
        assert_eq!(date_times_as_text(&mut doc), 1);
        assert_eq!(doc["a"].get("format"), None);
        assert_eq!(doc["a"]["description"], "d");
        assert_eq!(doc["b"]["format"], "uuid");
    }

    #[test]
    fn length_limits_are_stripped_and_counted() {
        let mut doc: Value = serde_yaml_ng::from_str(
            "a: {type: string, maxLength: 5, minLength: 1, description: maxLength}\nb: {type: array, maxItems: 3, items: {type: object, maxProperties: 2}}\nmaxLength: {type: string}",
        )
        .unwrap();
        assert_eq!(strip_length_limits(&mut doc), 4);
        let want: Value = serde_yaml_ng::from_str(
            "a: {type: string, description: maxLength}\nb: {type: array, items: {type: object}}\nmaxLength: {type: string}",
        )
        .unwrap();
        assert_eq!(doc, want, "a property named maxLength (a mapping) is kept");
    }
}
