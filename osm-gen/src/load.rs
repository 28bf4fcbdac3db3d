//! Loading: spec text (YAML or JSON) → a YAML value tree (kept for `$ref` checks and
//! adaptation) → a typed `openapiv3::OpenAPI`.

use openapiv3::OpenAPI;
use serde_yaml_ng::Value;

use crate::error::{Finding, FindingKind, escape};

/// Parses the text into a value tree. JSON is accepted because it is (for specs) valid YAML.
pub(crate) fn parse_value(text: &str) -> Result<Value, Finding> {
    serde_yaml_ng::from_str::<Value>(text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(" at line {}, column {}", l.line(), l.column()))
            .unwrap_or_default();
        Finding::new(
            FindingKind::Syntax,
            "",
            format!("the spec is not valid YAML or JSON{at}: {e}"),
            "fix the syntax at that place (YAML indentation and quoting are the usual suspects)",
        )
    })
}

/// Checks `openapi: 3.0.x` before anything else, so a 3.1 or 2.0 document gets a clear
/// message instead of a deserialization error.
pub(crate) fn check_version(doc: &Value) -> Result<(), Finding> {
    let fix = "osm-gen (through progenitor 0.15) reads OpenAPI 3.0.x only: write `openapi: 3.0.3` \
               and use 3.0 constructs (`nullable: true` instead of `type: [.., \"null\"]`, \
               `example` instead of `examples` in schemas)";
    if doc.get("swagger").is_some() {
        return Err(Finding::new(
            FindingKind::UnsupportedVersion,
            "/swagger",
            "this is a Swagger 2.0 document",
            fix,
        ));
    }
    match doc.get("openapi") {
        Some(Value::String(v)) if v.trim().starts_with("3.0.") => Ok(()),
        Some(Value::String(v)) => Err(Finding::new(
            FindingKind::UnsupportedVersion,
            "/openapi",
            format!("OpenAPI version `{v}` is not supported"),
            fix,
        )),
        Some(other) => Err(Finding::new(
            FindingKind::UnsupportedVersion,
            "/openapi",
            format!("`openapi` must be a string like \"3.0.3\", found {other:?}"),
            "quote the version: `openapi: \"3.0.3\"`",
        )),
        None => Err(Finding::new(
            FindingKind::UnsupportedVersion,
            "",
            "the document has no `openapi` field",
            "start the document with `openapi: 3.0.3`",
        )),
    }
}

/// Deserializes the typed document; an error names the JSON pointer where it failed.
pub(crate) fn typed(doc: &Value) -> Result<OpenAPI, Finding> {
    probe::<OpenAPI>(doc, "").map_err(|(pointer, message)| {
        // openapiv3 flattens paths, operations and responses, which hides the place of the
        // error from serde: narrow it down by deserializing the parts one by one.
        let (pointer, message) = narrow(doc).unwrap_or((pointer, message));
        Finding::new(
            FindingKind::Schema,
            pointer,
            format!("not a valid OpenAPI 3.0 document here: {message}"),
            "compare this place with the OpenAPI 3.0.3 specification (field names, types, \
             required fields)",
        )
    })
}

/// Deserializes `value` as `T`; on error returns the pointer (below `at`) and the message.
fn probe<T: serde::de::DeserializeOwned>(value: &Value, at: &str) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize::<_, T>(value.clone()).map_err(|e| {
        let pointer = e.path().iter().fold(at.to_owned(), |mut acc, seg| {
            use serde_path_to_error::Segment;
            match seg {
                Segment::Seq { index } => {
                    acc.push('/');
                    acc.push_str(&index.to_string());
                }
                Segment::Map { key } => {
                    acc.push('/');
                    acc.push_str(&escape(key));
                }
                Segment::Enum { .. } | Segment::Unknown => {}
            }
            acc
        });
        (pointer, e.inner().to_string())
    })
}

/// The deepest part of the document that fails to deserialize on its own.
fn narrow(doc: &Value) -> Option<(String, String)> {
    use openapiv3::{
        Callback, Example, Header, Link, Operation, Parameter, PathItem, ReferenceOr, RequestBody,
        Response, Schema, SecurityScheme,
    };
    fn entries(value: Option<&Value>) -> Vec<(String, &Value)> {
        value
            .and_then(Value::as_mapping)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| match k {
                        Value::String(s) => Some((s.clone(), v)),
                        Value::Number(n) => Some((n.to_string(), v)),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    for (path, item) in entries(doc.get("paths")) {
        let item_at = format!("/paths/{}", escape(&path));
        for method in crate::check::METHODS {
            let Some(op) = item.get(method) else { continue };
            let op_at = format!("{item_at}/{method}");
            if let Some(list) = op.get("parameters").and_then(Value::as_sequence) {
                for (i, p) in list.iter().enumerate() {
                    let at = format!("{op_at}/parameters/{i}");
                    if let Err(e) = probe::<ReferenceOr<Parameter>>(p, &at) {
                        return Some(e);
                    }
                }
            }
            if let Some(body) = op.get("requestBody")
                && let Err(e) =
                    probe::<ReferenceOr<RequestBody>>(body, &format!("{op_at}/requestBody"))
            {
                return Some(e);
            }
            for (code, response) in entries(op.get("responses")) {
                let at = format!("{op_at}/responses/{}", escape(&code));
                if let Err(e) = probe::<ReferenceOr<Response>>(response, &at) {
                    return Some(e);
                }
            }
            if let Err(e) = probe::<Operation>(op, &op_at) {
                return Some(e);
            }
        }
        if let Err(e) = probe::<ReferenceOr<PathItem>>(item, &item_at) {
            return Some(e);
        }
    }
    let components = doc.get("components");
    macro_rules! section {
        ($name:literal, $ty:ty) => {
            for (key, value) in entries(components.and_then(|c| c.get($name))) {
                let at = format!("/components/{}/{}", $name, escape(&key));
                if let Err(e) = probe::<ReferenceOr<$ty>>(value, &at) {
                    return Some(e);
                }
            }
        };
    }
    section!("schemas", Schema);
    section!("responses", Response);
    section!("parameters", Parameter);
    section!("examples", Example);
    section!("requestBodies", RequestBody);
    section!("headers", Header);
    section!("securitySchemes", SecurityScheme);
    section!("links", Link);
    section!("callbacks", Callback);
    None
}

/// Looks a key up in a mapping, also matching YAML integer keys such as `200:`.
pub(crate) fn get<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    let map = value.as_mapping()?;
    if let Some(v) = map.get(key) {
        return Some(v);
    }
    map.iter().find_map(|(k, v)| match k {
        Value::Number(n) if n.to_string() == key => Some(v),
        Value::Bool(b) if b.to_string() == key => Some(v),
        _ => None,
    })
}

/// Resolves a local JSON pointer (`/components/schemas/X`) in the value tree.
pub(crate) fn resolve<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(doc);
    }
    let rest = pointer.strip_prefix('/')?;
    rest.split('/').try_fold(doc, |node, raw| {
        let segment = percent_decode(raw).replace("~1", "/").replace("~0", "~");
        match node {
            Value::Sequence(seq) => seq.get(segment.parse::<usize>().ok()?),
            Value::Mapping(_) => get(node, &segment),
            _ => None,
        }
    })
}

/// `$ref`s may percent-encode characters (`%7B` for `{`); decode the few that appear in specs.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(Ok(b)) = s.get(i + 1..i + 3).map(|h| u8::from_str_radix(h, 16))
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_pointers_with_escapes_and_integer_keys() {
        let doc =
            parse_value("paths:\n  /a/{b}:\n    get:\n      responses:\n        200: {x: 1}\n")
                .expect("valid yaml");
        assert!(resolve(&doc, "/paths/~1a~1{b}/get/responses/200").is_some());
        assert!(resolve(&doc, "/paths/~1a~1%7Bb%7D/get").is_some());
        assert!(resolve(&doc, "/paths/~1nope").is_none());
    }

    #[test]
    fn version_31_is_rejected_clearly() {
        let doc = parse_value("openapi: 3.1.0\n").expect("valid yaml");
        let f = check_version(&doc).expect_err("3.1 must be rejected");
        assert_eq!(f.kind, FindingKind::UnsupportedVersion);
        assert_eq!(f.pointer, "/openapi");
        assert!(f.problem.contains("3.1.0"));
    }
}
