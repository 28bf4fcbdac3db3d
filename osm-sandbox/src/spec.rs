//! The OSM operations as described by `spec/osm.yaml`, embedded at compile time.
//!
//! The sandbox routes, validates and answers from this table, so every operation of the spec
//! has a route and every request is checked against the spec's own schemas.

use std::sync::LazyLock;

use axum::http::Method;
use serde_json::{Map, Value};

/// The spec text the sandbox was built with.
pub const SPEC_YAML: &str = include_str!("../../spec/osm.yaml");

/// Why the embedded spec could not be understood.
#[derive(Debug, Clone, thiserror::Error)]
#[error("spec/osm.yaml: {0}")]
pub struct SpecError(String);

/// Where a parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A `{name}` path segment.
    Path,
    /// A query-string pair (arrays as repeated keys).
    Query,
    /// A request header.
    Header,
}

/// One declared parameter of an operation.
#[derive(Debug, Clone)]
pub struct Param {
    /// Name on the wire.
    pub name: String,
    /// Where it travels.
    pub location: Location,
    /// Whether the request must carry it.
    pub required: bool,
    /// Its JSON schema (refs unresolved).
    pub schema: Value,
}

/// The request body an operation takes.
#[derive(Debug, Clone)]
pub enum Body {
    /// `application/json` with this schema.
    Json {
        /// The body schema (usually a `$ref`).
        schema: Value,
        /// Whether a body must be sent.
        required: bool,
    },
    /// `multipart/form-data` (the attachment upload), with the schema of its parts.
    Multipart {
        /// The form's schema (usually a `$ref`); text parts are checked against it.
        schema: Value,
    },
}

#[derive(Debug, Clone)]
enum Segment {
    Literal(String),
    Param(String),
}

/// One operation of the spec.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId` (snake_case, as in reference.json).
    pub id: String,
    /// HTTP method.
    pub method: Method,
    /// Path template, e.g. `/v2/servicerequest/cases/{case_id}`.
    pub path: String,
    segments: Vec<Segment>,
    /// Declared parameters (path, query, header).
    pub params: Vec<Param>,
    /// Declared body, if any.
    pub body: Option<Body>,
    /// The example of the 200 JSON response, if the spec gives one.
    pub example: Option<Value>,
    /// The schema of the 200 JSON response.
    pub response_schema: Option<Value>,
    /// Whether the 200 response is a byte stream rather than JSON.
    pub binary_response: bool,
}

impl Operation {
    /// Matches a concrete path against the template, returning the path parameters.
    fn match_path(&self, segs: &[String]) -> Option<Vec<(String, String)>> {
        if segs.len() != self.segments.len() {
            return None;
        }
        let mut out = Vec::new();
        for (tpl, got) in self.segments.iter().zip(segs) {
            match tpl {
                Segment::Literal(l) if l == got => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) if !got.is_empty() => out.push((name.clone(), got.clone())),
                Segment::Param(_) => return None,
            }
        }
        Some(out)
    }

    fn literal_count(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count()
    }
}

/// The parsed spec: operations and named schemas.
#[derive(Debug)]
pub struct Spec {
    ops: Vec<Operation>,
    schemas: Map<String, Value>,
}

static EMBEDDED: LazyLock<Result<Spec, SpecError>> = LazyLock::new(|| Spec::parse(SPEC_YAML));

impl Spec {
    /// The spec compiled into this binary.
    pub fn embedded() -> Result<&'static Spec, SpecError> {
        EMBEDDED.as_ref().map_err(Clone::clone)
    }

    /// Parses an OpenAPI 3.0 document.
    pub fn parse(yaml: &str) -> Result<Spec, SpecError> {
        let doc: Value =
            serde_yaml_ng::from_str(yaml).map_err(|e| SpecError(format!("not valid YAML: {e}")))?;
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or_else(|| SpecError("no `paths` object".into()))?;
        let mut ops = Vec::new();
        for (path, item) in paths {
            let item = item
                .as_object()
                .ok_or_else(|| SpecError(format!("{path}: not an object")))?;
            let shared = item
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for (method, op) in item {
                let Ok(m) = method.to_ascii_uppercase().parse::<Method>() else {
                    continue;
                };
                if !matches!(
                    method.as_str(),
                    "get" | "post" | "put" | "delete" | "patch" | "head"
                ) {
                    continue;
                }
                ops.push(parse_op(&doc, path, m, op, &shared)?);
            }
        }
        // More literal segments first: `/cases/count` wins over `/cases/{case_id}`.
        ops.sort_by_key(|o| std::cmp::Reverse(o.literal_count()));
        Ok(Spec { ops, schemas })
    }

    /// Every operation.
    pub fn operations(&self) -> &[Operation] {
        &self.ops
    }

    /// The operation with this `operationId`.
    pub fn operation(&self, id: &str) -> Option<&Operation> {
        self.ops.iter().find(|o| o.id == id)
    }

    /// A named schema of `components/schemas`.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.schemas.get(name)
    }

    /// Finds the operation for a method and a (percent-encoded) request path.
    pub fn find(&self, method: &Method, path: &str) -> Option<(&Operation, Vec<(String, String)>)> {
        let trimmed = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        let segs: Vec<String> = trimmed
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        self.ops
            .iter()
            .filter(|o| o.method == method)
            .find_map(|o| o.match_path(&segs).map(|p| (o, p)))
    }

    /// Whether some operation (any method) has this path.
    pub fn has_path(&self, path: &str) -> bool {
        [Method::GET, Method::POST, Method::PUT, Method::DELETE]
            .iter()
            .any(|m| self.find(m, path).is_some())
    }
}

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| doc.pointer(p))
            .unwrap_or(v),
        None => v,
    }
}

fn parse_op(
    doc: &Value,
    path: &str,
    method: Method,
    op: &Value,
    shared: &[Value],
) -> Result<Operation, SpecError> {
    let id = op
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| SpecError(format!("{method} {path}: no operationId")))?
        .to_owned();
    let mut params = Vec::new();
    let own = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for p in shared.iter().chain(own.iter()) {
        let p = resolve(doc, p);
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let location = match p.get("in").and_then(Value::as_str) {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            _ => continue,
        };
        let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
        let schema = p.get("schema").cloned().unwrap_or(Value::Null);
        params.retain(|q: &Param| !(q.name == name && q.location == location));
        params.push(Param {
            name,
            location,
            required,
            schema,
        });
    }
    let body = op
        .get("requestBody")
        .map(|b| resolve(doc, b))
        .and_then(|b| {
            let required = b.get("required").and_then(Value::as_bool).unwrap_or(false);
            let content = b.get("content")?;
            if let Some(form) = content.get("multipart/form-data") {
                return Some(Body::Multipart {
                    schema: form.get("schema").cloned().unwrap_or(Value::Null),
                });
            }
            let (_, media) = content.as_object()?.iter().next()?;
            Some(Body::Json {
                schema: media.get("schema").cloned().unwrap_or(Value::Null),
                required,
            })
        });
    let ok = op
        .pointer("/responses/200")
        .or_else(|| op.pointer("/responses/201"))
        .map(|r| resolve(doc, r));
    let content = ok.and_then(|r| r.get("content")).and_then(Value::as_object);
    let json = content.and_then(|c| c.iter().find(|(k, _)| k.contains("json")).map(|(_, v)| v));
    let binary_response = content.is_some_and(|c| !c.is_empty()) && json.is_none();
    let response_schema = json.and_then(|m| m.get("schema")).cloned();
    let example = json.and_then(|m| {
        m.get("example").cloned().or_else(|| {
            m.get("examples")
                .and_then(Value::as_object)
                .and_then(|e| e.values().next())
                .map(|e| resolve(doc, e))
                .and_then(|e| e.get("value").cloned())
        })
    });
    let segments = path
        .trim_end_matches('/')
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name.to_owned()),
                None => Segment::Literal(s.to_owned()),
            },
        )
        .collect();
    Ok(Operation {
        id,
        method,
        path: path.to_owned(),
        segments,
        params,
        body,
        example,
        response_schema,
        binary_response,
    })
}
