//! Checks of parameters, request bodies and responses: the shapes progenitor 0.15 takes.

use std::collections::BTreeSet;

use serde_yaml_ng::Value;

use super::{OperationRef, deref};
use crate::error::{Finding, FindingKind, pointer};
use crate::load::get;

/// Request media types osm-gen hands to progenitor (or adapts, for multipart).
const BODY_MEDIA: [&str; 5] = [
    "application/json",
    "multipart/form-data",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "text/plain",
];

/// Path-level and operation-level parameters (resolved), with their pointers.
pub(crate) fn parameters<'a>(doc: &'a Value, op: &OperationRef<'a>) -> Vec<(&'a Value, String)> {
    let mut out = Vec::new();
    let item_at = pointer(["paths", op.path]);
    for (holder, holder_at) in [(op.path_item, item_at), (op.value, op.pointer())] {
        if let Some(list) = holder.get("parameters").and_then(Value::as_sequence) {
            for (i, p) in list.iter().enumerate() {
                out.push(deref(doc, p, format!("{holder_at}/parameters/{i}")));
            }
        }
    }
    out
}

pub(super) fn check_parameters(
    doc: &Value,
    op: &OperationRef<'_>,
    at: &str,
    label: &str,
    out: &mut Vec<Finding>,
) {
    let mut path_params = BTreeSet::new();
    for (param, p_at) in parameters(doc, op) {
        let name = param.get("name").and_then(Value::as_str).unwrap_or("?");
        let location = param.get("in").and_then(Value::as_str).unwrap_or("?");
        let mut unsupported = |problem: String, fix: &str| {
            out.push(Finding::new(
                FindingKind::UnsupportedParameter,
                &p_at,
                format!("{label}: {problem}"),
                fix,
            ));
        };
        match location {
            "cookie" => unsupported(
                format!("cookie parameter `{name}` is not supported by progenitor 0.15"),
                "send it as a header parameter, or drop it",
            ),
            "path" => {
                path_params.insert(name.to_owned());
            }
            _ => {}
        }
        if param.get("style").and_then(Value::as_str) == Some("deepObject") {
            unsupported(
                format!(
                    "parameter `{name}` uses `style: deepObject`, which progenitor 0.15 rejects"
                ),
                "flatten the object into separate query parameters",
            );
        }
        if param.get("content").is_some() {
            unsupported(
                format!("parameter `{name}` uses `content:` instead of `schema:`"),
                "describe the parameter with `schema:`",
            );
        }
        if location == "header"
            && let Some(schema) = param.get("schema")
        {
            let (schema, _) = deref(doc, schema, String::new());
            if schema.get("type").and_then(Value::as_str) == Some("array") {
                unsupported(
                    format!(
                        "header parameter `{name}` is an array; progenitor's code for it does not compile"
                    ),
                    "make it a string (comma-separated values) and document the format",
                );
            }
        }
    }
    let template: BTreeSet<String> = path_variables(op.path).into_iter().collect();
    for var in template.difference(&path_params) {
        out.push(Finding::new(
            FindingKind::PathParameterMismatch,
            at,
            format!("{label}: path variable `{{{var}}}` has no `in: path` parameter (progenitor panics on this)"),
            format!("add `- {{name: {var}, in: path, required: true, schema: {{type: string}}}}` to `parameters`"),
        ));
    }
    for param in path_params.difference(&template) {
        out.push(Finding::new(
            FindingKind::PathParameterMismatch,
            at,
            format!(
                "{label}: path parameter `{param}` does not appear in the path `{}`",
                op.path
            ),
            "add `{name}` to the path, or change the parameter's `in`",
        ));
    }
}

/// The `{variables}` of a path template.
pub(crate) fn path_variables(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(v, _)| v.to_owned()))
        .collect()
}

pub(super) fn check_request_body(
    doc: &Value,
    op: &OperationRef<'_>,
    at: &str,
    label: &str,
    out: &mut Vec<Finding>,
) {
    let Some(body) = op.value.get("requestBody") else {
        return;
    };
    let (body, body_at) = deref(doc, body, format!("{at}/requestBody"));
    let content = body.get("content").and_then(Value::as_mapping);
    let media: Vec<&str> = content
        .map(|c| c.keys().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if media.len() != 1 {
        out.push(Finding::new(
            FindingKind::UnsupportedRequestBody,
            format!("{body_at}/content"),
            format!(
                "{label}: the request body must have exactly one media type, found {} ({})",
                media.len(),
                media.join(", ")
            ),
            "keep one media type (progenitor 0.15 panics on two)",
        ));
        return;
    }
    let media_type = media[0];
    let media_at = pointer_join(&body_at, &["content", media_type]);
    if !BODY_MEDIA.contains(&media_type) {
        out.push(Finding::new(
            FindingKind::UnsupportedRequestBody,
            &media_at,
            format!("{label}: request media type `{media_type}` is not supported"),
            format!("use one of: {}", BODY_MEDIA.join(", ")),
        ));
    }
    let schema = content
        .and_then(|c| c.get(media_type))
        .and_then(|m| m.get("schema"));
    match schema {
        None if media_type != "application/octet-stream" => out.push(Finding::new(
            FindingKind::UnsupportedRequestBody,
            &media_at,
            format!("{label}: the `{media_type}` request body has no schema"),
            "add `schema:` (usually a `$ref` to a model)",
        )),
        Some(schema) if media_type == "multipart/form-data" => {
            let (schema, schema_at) = deref(doc, schema, format!("{media_at}/schema"));
            let props = schema.get("properties").and_then(Value::as_mapping);
            let ok = props.is_some_and(|p| {
                !p.is_empty()
                    && p.values().all(|prop| {
                        let (prop, _) = deref(doc, prop, String::new());
                        prop.get("type").and_then(Value::as_str) == Some("string")
                    })
            });
            if !ok {
                out.push(Finding::new(
                    FindingKind::UnsupportedRequestBody,
                    schema_at,
                    format!("{label}: a multipart body must be an object whose properties are all strings (`format: binary` for files)"),
                    "describe each form part as `type: string` (add `format: binary` for file parts)",
                ));
            }
        }
        _ => {}
    }
}

fn pointer_join(base: &str, segments: &[&str]) -> String {
    let mut out = base.to_owned();
    out.push_str(&pointer(segments));
    out
}

/// A status key's class: `Some(2)` for `200`/`2XX`, `None` for `default`.
pub(crate) fn status_class(key: &str) -> Option<u16> {
    let first = key.chars().next()?.to_digit(10)?;
    u16::try_from(first).ok()
}

pub(super) fn check_responses(
    doc: &Value,
    op: &OperationRef<'_>,
    at: &str,
    label: &str,
    out: &mut Vec<Finding>,
) {
    let responses_at = format!("{at}/responses");
    let Some(responses) = op.value.get("responses").and_then(Value::as_mapping) else {
        out.push(Finding::new(
            FindingKind::NoSuccessResponse,
            at,
            format!("{label} has no `responses`"),
            "add a `200` response with a JSON schema",
        ));
        return;
    };
    let mut successes = Vec::new();
    let mut error_schemas: Vec<(String, Option<&Value>)> = Vec::new();
    for (key, response) in responses {
        let key = match key {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => continue,
        };
        let r_at = pointer_join(&responses_at, &[&key]);
        if key == "default" {
            out.push(Finding::new(
                FindingKind::DefaultResponse,
                &r_at,
                format!("{label} has a `default` response; progenitor counts it as a second success type and panics"),
                "replace `default` with `4XX` and `5XX` responses using ErrorResponse",
            ));
            continue;
        }
        let (response, r_at) = deref(doc, response, r_at);
        let content = response.get("content").and_then(Value::as_mapping);
        let media: Vec<&str> = content
            .map(|c| c.keys().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if media.len() > 1 {
            out.push(Finding::new(
                FindingKind::UnsupportedResponse,
                format!("{r_at}/content"),
                format!(
                    "{label}: response `{key}` has {} media types ({})",
                    media.len(),
                    media.join(", ")
                ),
                "keep one media type per response",
            ));
        }
        let schema = media
            .first()
            .and_then(|m| content.and_then(|c| c.get(*m)))
            .and_then(|m| m.get("schema"));
        if let Some(m) = media.first()
            && m.contains("json")
            && schema.is_none()
        {
            out.push(Finding::new(
                FindingKind::UnsupportedResponse,
                pointer_join(&r_at, &["content", m]),
                format!("{label}: JSON response `{key}` has no schema (progenitor panics on this)"),
                "add `schema:` (a `$ref` to the response model)",
            ));
        }
        match status_class(&key) {
            Some(2) => successes.push(key),
            Some(4 | 5) => error_schemas.push((r_at, schema)),
            _ => {}
        }
    }
    match successes.len() {
        1 => {}
        0 => out.push(Finding::new(
            FindingKind::NoSuccessResponse,
            &responses_at,
            format!("{label} has no 2xx response"),
            "add a `200` response (with a JSON schema, or `application/octet-stream` for downloads)",
        )),
        n => out.push(Finding::new(
            FindingKind::MultipleSuccessResponses,
            &responses_at,
            format!("{label} has {n} success responses ({}); progenitor 0.15 takes exactly one", successes.join(", ")),
            "keep one 2xx response; describe the others in its description",
        )),
    }
    let shared = has_error_response(doc);
    let distinct: BTreeSet<String> = error_schemas
        .iter()
        .map(|(_, s)| s.map(|s| format!("{s:?}")).unwrap_or_default())
        .collect();
    for (r_at, schema) in &error_schemas {
        let is_shared =
            schema.and_then(|s| s.get("$ref")).and_then(Value::as_str) == Some(ERROR_REF);
        if shared && !is_shared {
            out.push(Finding::new(
                FindingKind::InconsistentErrorResponses,
                r_at,
                format!("{label}: error response does not use the shared ErrorResponse"),
                format!("use `schema: {{$ref: '{ERROR_REF}'}}` (osm-gen gives every operation `4XX`/`5XX` with it)"),
            ));
        }
    }
    if !shared && distinct.len() > 1 {
        out.push(Finding::new(
            FindingKind::InconsistentErrorResponses,
            &responses_at,
            format!("{label}: error responses use {} different schemas; progenitor 0.15 panics on this", distinct.len()),
            "define one `ErrorResponse` schema under components.schemas and use it for every 4XX/5XX",
        ));
    }
}

/// The shared error schema every operation's `4XX`/`5XX` responses use.
pub(crate) const ERROR_REF: &str = "#/components/schemas/ErrorResponse";

/// Whether the spec defines the shared `ErrorResponse` schema.
pub(crate) fn has_error_response(doc: &Value) -> bool {
    get(doc, "components")
        .and_then(|c| get(c, "schemas"))
        .and_then(|s| get(s, "ErrorResponse"))
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_variables_are_found() {
        assert_eq!(
            path_variables("/v2/cases/{case_id}/x/{y}"),
            ["case_id", "y"]
        );
        assert!(path_variables("/v2/cases").is_empty());
    }
}
