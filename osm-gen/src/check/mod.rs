//! Checks: everything osm-gen requires of a spec, reported all at once with JSON pointers.
//!
//! The checks run on the raw value tree (not the typed document) so that every finding can
//! name the exact place, and `$ref`s are followed uniformly.

use std::collections::BTreeMap;

use serde_yaml_ng::Value;

use crate::error::{Finding, FindingKind, escape, pointer};
use crate::load::resolve;

pub(crate) mod shapes;

pub(crate) use shapes::status_class;
use shapes::{check_parameters, check_request_body, check_responses};

/// HTTP methods an OpenAPI path item may hold, in the order progenitor visits them.
pub(crate) const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One operation of the spec, as the checks and the adapter see it.
#[derive(Debug)]
pub(crate) struct OperationRef<'a> {
    pub(crate) path: &'a str,
    pub(crate) method: &'static str,
    pub(crate) value: &'a Value,
    pub(crate) path_item: &'a Value,
}

impl OperationRef<'_> {
    pub(crate) fn pointer(&self) -> String {
        pointer(["paths", self.path, self.method])
    }

    pub(crate) fn operation_id(&self) -> Option<&str> {
        self.value.get("operationId").and_then(Value::as_str)
    }
}

/// Every operation in document order.
pub(crate) fn operations(doc: &Value) -> Vec<OperationRef<'_>> {
    let Some(paths) = doc.get("paths").and_then(Value::as_mapping) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (path, item) in paths {
        let Some(path) = path.as_str() else { continue };
        for method in METHODS {
            if let Some(op) = item.get(method).filter(|v| v.is_mapping()) {
                out.push(OperationRef {
                    path,
                    method,
                    value: op,
                    path_item: item,
                });
            }
        }
    }
    out
}

/// Follows `$ref`s (at most a few hops); returns the target and its pointer.
pub(crate) fn deref<'a>(doc: &'a Value, value: &'a Value, at: String) -> (&'a Value, String) {
    let mut current = (value, at);
    for _ in 0..8 {
        match current.0.get("$ref").and_then(Value::as_str) {
            Some(r) => match r
                .strip_prefix('#')
                .and_then(|p| resolve(doc, p).map(|v| (v, p)))
            {
                Some((target, p)) => current = (target, p.to_owned()),
                None => return current,
            },
            None => return current,
        }
    }
    current
}

/// Runs every check; an empty list means the spec can be generated.
pub(crate) fn check_document(doc: &Value) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_refs(doc, doc, &mut String::new(), &mut findings);
    if let Some(paths) = doc.get("paths").and_then(Value::as_mapping) {
        for (path, item) in paths {
            if item.get("$ref").is_some() {
                findings.push(Finding::new(
                    FindingKind::PathItemRef,
                    pointer(["paths", path.as_str().unwrap_or("?")]),
                    "the path item is a `$ref`; progenitor cannot follow path item references",
                    "write the path item inline under `paths:`",
                ));
            }
        }
    }
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for op in operations(doc) {
        check_operation(doc, &op, &mut seen, &mut findings);
    }
    findings
}

fn check_refs(doc: &Value, node: &Value, at: &mut String, out: &mut Vec<Finding>) {
    match node {
        Value::Mapping(map) => {
            for (key, value) in map {
                let key_text = match key {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => continue,
                };
                let len = at.len();
                at.push('/');
                at.push_str(&escape(&key_text));
                if key_text == "$ref" {
                    check_one_ref(doc, value, at, out);
                } else {
                    check_refs(doc, value, at, out);
                }
                at.truncate(len);
            }
        }
        Value::Sequence(seq) => {
            for (i, value) in seq.iter().enumerate() {
                let len = at.len();
                at.push('/');
                at.push_str(&i.to_string());
                check_refs(doc, value, at, out);
                at.truncate(len);
            }
        }
        Value::Tagged(tagged) => check_refs(doc, &tagged.value, at, out),
        _ => {}
    }
}

fn check_one_ref(doc: &Value, value: &Value, at: &str, out: &mut Vec<Finding>) {
    let Some(target) = value.as_str() else {
        out.push(Finding::new(
            FindingKind::UnresolvedRef,
            at,
            "`$ref` must be a string",
            "write `$ref: '#/components/schemas/Name'`",
        ));
        return;
    };
    match target.strip_prefix('#') {
        Some(p) if resolve(doc, p).is_some() => {}
        Some(p) => {
            let hint = p
                .rsplit_once('/')
                .map(|(section, name)| {
                    format!(
                        "define `{name}` under `{}`",
                        section.trim_start_matches('/').replace('/', ".")
                    )
                })
                .unwrap_or_else(|| "point it at an existing component".to_owned());
            out.push(Finding::new(
                FindingKind::UnresolvedRef,
                at,
                format!("`$ref: {target}` does not resolve: nothing is defined at `{p}`"),
                format!("{hint}, or correct the reference (names are case-sensitive)"),
            ));
        }
        None => out.push(Finding::new(
            FindingKind::UnresolvedRef,
            at,
            format!("`$ref: {target}` points outside this document"),
            "copy the definition into `components` and use a local `#/components/...` reference",
        )),
    }
}

fn check_operation<'a>(
    doc: &'a Value,
    op: &OperationRef<'a>,
    seen: &mut BTreeMap<&'a str, String>,
    out: &mut Vec<Finding>,
) {
    let at = op.pointer();
    let label = op
        .operation_id()
        .map(|id| format!("operation `{id}`"))
        .unwrap_or_else(|| format!("operation {} {}", op.method.to_uppercase(), op.path));

    match op.value.get("operationId") {
        None => out.push(Finding::new(
            FindingKind::MissingOperationId,
            &at,
            format!("{label} has no operationId"),
            "add `operationId: snake_case_name` (it becomes the Rust method name)",
        )),
        Some(Value::String(id)) => {
            if let Some(first) = seen.get(id.as_str()) {
                out.push(Finding::new(
                    FindingKind::DuplicateOperationId,
                    format!("{at}/operationId"),
                    format!("operationId `{id}` is already used at {first}"),
                    "give every operation a unique operationId",
                ));
            } else {
                seen.insert(id, at.clone());
            }
            if !is_snake_ident(id) {
                out.push(Finding::new(
                    FindingKind::InvalidOperationId,
                    format!("{at}/operationId"),
                    format!("operationId `{id}` is not a snake_case identifier"),
                    "use lower-case letters, digits and `_`, starting with a letter, not a Rust keyword",
                ));
            }
        }
        Some(_) => out.push(Finding::new(
            FindingKind::InvalidOperationId,
            format!("{at}/operationId"),
            format!("{label}: operationId must be a string"),
            "write `operationId: snake_case_name`",
        )),
    }

    let summary = op
        .value
        .get("summary")
        .and_then(Value::as_str)
        .map(str::trim);
    if summary.is_none_or(str::is_empty) {
        out.push(Finding::new(
            FindingKind::MissingSummary,
            &at,
            format!("{label} has no summary"),
            "add a one-line English `summary:` (it becomes the method's doc comment)",
        ));
    }
    let has_tag = op
        .value
        .get("tags")
        .and_then(Value::as_sequence)
        .is_some_and(|t| {
            t.iter()
                .any(|t| t.as_str().is_some_and(|s| !s.trim().is_empty()))
        });
    if !has_tag {
        out.push(Finding::new(
            FindingKind::MissingTag,
            &at,
            format!("{label} has no tag"),
            "add `tags: [cases]` (or the group it belongs to)",
        ));
    }

    check_parameters(doc, op, &at, &label, out);
    check_request_body(doc, op, &at, &label, out);
    check_responses(doc, op, &at, &label, out);
}

fn is_snake_ident(id: &str) -> bool {
    const KEYWORDS: [&str; 38] = [
        "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
        "enum", "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match",
        "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "type", "unsafe", "use", "where",
    ];
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_idents() {
        assert!(is_snake_ident("list_cases"));
        assert!(!is_snake_ident("ListCases"));
        assert!(!is_snake_ident("type"));
        assert!(!is_snake_ident("1x"));
    }
}
