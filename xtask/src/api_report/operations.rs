//! Comparing operations: routes, parameters, request bodies and responses.

use std::collections::BTreeMap;

use openapiv3::{
    MediaType, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response,
};

use super::models::Diff;
use super::schema_shape::{SchemaRef, resolve, type_label};
use super::side::Side;
use super::{ChangeKind, Element};

/// One operation with its `$ref`s resolved and its path-level parameters merged in.
#[derive(Debug)]
pub(crate) struct OperationView<'a> {
    pub(crate) id: String,
    pub(crate) route: String,
    pub(crate) parameters: Vec<ParameterView<'a>>,
    pub(crate) request_body: Option<&'a RequestBody>,
    /// Status (`200`, `4XX`, `default`) and response, in document order.
    pub(crate) responses: Vec<(String, &'a Response)>,
}

/// One parameter of an operation.
#[derive(Debug)]
pub(crate) struct ParameterView<'a> {
    pub(crate) location: &'static str,
    pub(crate) name: &'a str,
    pub(crate) required: bool,
    pub(crate) format: &'a ParameterSchemaOrContent,
}

/// Every operation of `doc`, keyed by `operationId` (or `METHOD /path` when it has none).
pub(crate) fn operations(doc: &OpenAPI) -> Vec<OperationView<'_>> {
    let components = doc.components.as_ref();
    let mut out = Vec::new();
    for (path, item) in &doc.paths.paths {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let route = format!("{} {path}", method.to_uppercase());
            let mut parameters: Vec<ParameterView<'_>> = Vec::new();
            // Operation-level parameters override path-level ones with the same name and place.
            for param in op.parameters.iter().chain(&item.parameters) {
                let resolved = resolve(param, |name| components?.parameters.get(name));
                let Some(view) = resolved.map(parameter_view) else {
                    continue;
                };
                if !parameters
                    .iter()
                    .any(|p| p.name == view.name && p.location == view.location)
                {
                    parameters.push(view);
                }
            }
            let request_body = op
                .request_body
                .as_ref()
                .and_then(|body| resolve(body, |name| components?.request_bodies.get(name)));
            let mut responses = Vec::new();
            for (status, response) in &op.responses.responses {
                if let Some(response) = resolve(response, |name| components?.responses.get(name)) {
                    responses.push((status.to_string(), response));
                }
            }
            if let Some(response) = op
                .responses
                .default
                .as_ref()
                .and_then(|response| resolve(response, |name| components?.responses.get(name)))
            {
                responses.push(("default".to_owned(), response));
            }
            out.push(OperationView {
                id: op.operation_id.clone().unwrap_or_else(|| route.clone()),
                route,
                parameters,
                request_body,
                responses,
            });
        }
    }
    out
}

fn parameter_view(param: &Parameter) -> ParameterView<'_> {
    let location = match param {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    };
    let data = param.parameter_data_ref();
    ParameterView {
        location,
        name: &data.name,
        required: data.required,
        format: &data.format,
    }
}

/// The type label of a parameter: its schema's, or `content <media types>`.
fn parameter_label(format: &ParameterSchemaOrContent) -> String {
    match format {
        ParameterSchemaOrContent::Schema(schema) => type_label(SchemaRef::of(schema)),
        ParameterSchemaOrContent::Content(content) => {
            let media: Vec<&str> = content.keys().map(String::as_str).collect();
            format!("content {}", media.join(", "))
        }
    }
}

/// Compares the operations of both documents, in `operationId` order.
pub(crate) fn diff_operations(diff: &mut Diff<'_>) {
    let by_id = |doc| -> BTreeMap<String, OperationView<'_>> {
        operations(doc)
            .into_iter()
            .map(|op| (op.id.clone(), op))
            .collect()
    };
    let (old, new) = (by_id(diff.old), by_id(diff.new));
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        match (old.get(id), new.get(id)) {
            (Some(before), None) => {
                let location = format!("operation {id} ({})", before.route);
                diff.push(
                    Element::Operation,
                    ChangeKind::Removed,
                    location,
                    Side::Request,
                );
            }
            (None, Some(after)) => {
                let location = format!("operation {id} ({})", after.route);
                let kind = ChangeKind::Added { required: false };
                diff.push(Element::Operation, kind, location, Side::Request);
            }
            (Some(before), Some(after)) => diff_operation(diff, before, after),
            (None, None) => {}
        }
    }
}

fn diff_operation(diff: &mut Diff<'_>, old: &OperationView<'_>, new: &OperationView<'_>) {
    let id = &new.id;
    if old.route != new.route {
        let kind = ChangeKind::Moved {
            from: old.route.clone(),
            to: new.route.clone(),
        };
        diff.push(
            Element::Operation,
            kind,
            format!("operation {id}"),
            Side::Request,
        );
    }
    diff_parameters(diff, id, &old.parameters, &new.parameters);
    diff_request_body(diff, id, old.request_body, new.request_body);
    for (what, is_success) in [("response", true), ("error response", false)] {
        let (before, after) = (
            response_body(old, is_success),
            response_body(new, is_success),
        );
        let location = format!("{id}: {what}");
        match (before, after) {
            (Some((type_a, Some(a))), Some((type_b, Some(b)))) if type_a == type_b => {
                let path = format!("{id} {what}");
                let (a, b) = (SchemaRef::of(a), SchemaRef::of(b));
                diff.diff_schema(Element::Response, &location, &path, a, b, Side::Response);
            }
            (before, after) => {
                let (from, to) = (body_label(before), body_label(after));
                if from != to {
                    let kind = ChangeKind::Retyped { from, to };
                    diff.push(Element::Response, kind, location, Side::Response);
                }
            }
        }
    }
}

fn diff_parameters(
    diff: &mut Diff<'_>,
    id: &str,
    old: &[ParameterView<'_>],
    new: &[ParameterView<'_>],
) {
    let find = |list: &'_ [ParameterView<'_>], p: &ParameterView<'_>| {
        list.iter()
            .position(|q| q.name == p.name && q.location == p.location)
    };
    let location = |p: &ParameterView<'_>| format!("{id}: {} parameter {}", p.location, p.name);
    for before in old {
        let Some(after) = find(new, before).map(|i| &new[i]) else {
            diff.push(
                Element::Parameter,
                ChangeKind::Removed,
                location(before),
                Side::Request,
            );
            continue;
        };
        match (before.required, after.required) {
            (false, true) => {
                diff.push(
                    Element::Parameter,
                    ChangeKind::RequiredOn,
                    location(after),
                    Side::Request,
                );
            }
            (true, false) => {
                diff.push(
                    Element::Parameter,
                    ChangeKind::RequiredOff,
                    location(after),
                    Side::Request,
                );
            }
            _ => {}
        }
        match (before.format, after.format) {
            (ParameterSchemaOrContent::Schema(a), ParameterSchemaOrContent::Schema(b)) => {
                let (a, b) = (SchemaRef::of(a), SchemaRef::of(b));
                let path = format!("{id} {}", after.name);
                diff.diff_schema(
                    Element::Parameter,
                    &location(after),
                    &path,
                    a,
                    b,
                    Side::Request,
                );
            }
            (ParameterSchemaOrContent::Content(a), ParameterSchemaOrContent::Content(b))
                if a.keys().eq(b.keys()) => {}
            _ => {
                let kind = ChangeKind::Retyped {
                    from: parameter_label(before.format),
                    to: parameter_label(after.format),
                };
                diff.push(Element::Parameter, kind, location(after), Side::Request);
            }
        }
    }
    for after in new {
        if find(old, after).is_none() {
            let kind = ChangeKind::Added {
                required: after.required,
            };
            diff.push(Element::Parameter, kind, location(after), Side::Request);
        }
    }
}

fn diff_request_body(
    diff: &mut Diff<'_>,
    id: &str,
    old: Option<&RequestBody>,
    new: Option<&RequestBody>,
) {
    let location = format!("{id}: request body");
    match (first_body(old), first_body(new)) {
        (None, None) => {}
        (None, Some(_)) => {
            let kind = ChangeKind::Added { required: true };
            diff.push(Element::RequestBody, kind, location, Side::Request);
        }
        (Some(_), None) => diff.push(
            Element::RequestBody,
            ChangeKind::Removed,
            location,
            Side::Request,
        ),
        (Some((type_a, Some(a))), Some((type_b, Some(b)))) if type_a == type_b => {
            let path = format!("{id} body");
            let (a, b) = (SchemaRef::of(a), SchemaRef::of(b));
            diff.diff_schema(Element::RequestBody, &location, &path, a, b, Side::Request);
        }
        (before, after) => {
            let (from, to) = (body_label(before), body_label(after));
            if from != to {
                let kind = ChangeKind::Retyped { from, to };
                diff.push(Element::RequestBody, kind, location, Side::Request);
            }
        }
    }
}

/// The media type and schema of the first content of a request body.
fn first_body(body: Option<&RequestBody>) -> Option<Body<'_>> {
    body.and_then(|b| b.content.first())
        .map(|(media, content)| (media.as_str(), content.schema.as_ref()))
}

type Body<'a> = (&'a str, Option<&'a ReferenceOr<openapiv3::Schema>>);

/// The media type and schema of the first success (2xx) or error (4xx, 5xx, default) response.
fn response_body<'a>(op: &OperationView<'a>, success: bool) -> Option<Body<'a>> {
    let (_, response) = op
        .responses
        .iter()
        .find(|(status, _)| status.starts_with('2') == success)?;
    let content: Option<(&String, &MediaType)> = response.content.first();
    Some(match content {
        Some((media, content)) => (media.as_str(), content.schema.as_ref()),
        None => ("", None),
    })
}

/// `()` for no body, `application/json CaseInfo` for a body.
fn body_label(body: Option<Body<'_>>) -> String {
    match body {
        None | Some(("", None)) => "()".to_owned(),
        Some((media, None)) => format!("{media} (no schema)"),
        Some((media, Some(schema))) => {
            format!(
                "{media} {}",
                super::schema_shape::type_label(SchemaRef::of(schema))
            )
        }
    }
}
