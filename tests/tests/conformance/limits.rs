//! Field limits: every string, array and map a request can carry (request-body models, what
//! they reference, and parameters) has `maxLength` (or an `enum`) / `maxItems` / `maxProperties`, so the
//! sandbox (which enforces them from the spec) never stores an unbounded value.

use super::*;

fn refs_in(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Object(m) => {
            if let Some(r) = m.get("$ref").and_then(Value::as_str) {
                out.push(ref_name(r));
            }
            m.values().for_each(|v| refs_in(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| refs_in(v, out)),
        _ => {}
    }
}

fn unbounded(at: &str, node: &Value, errors: &mut Vec<String>) {
    let Some(m) = node.as_object() else {
        return;
    };
    if m.contains_key("$ref") {
        return; // the named schema is checked on its own
    }
    let has = |k: &str| m.get(k).is_some_and(Value::is_u64);
    match m.get("type").and_then(Value::as_str) {
        // a value set bounds a string too: the sandbox rejects any value outside it
        Some("string") if !has("maxLength") && !m.contains_key("enum") => {
            errors.push(format!("{at}: string without maxLength"));
        }
        Some("array") => {
            if !has("maxItems") {
                errors.push(format!("{at}: array without maxItems"));
            }
            if let Some(items) = m.get("items") {
                unbounded(&format!("{at}[]"), items, errors);
            }
        }
        Some("object") => {
            let map = m
                .get("additionalProperties")
                .is_some_and(|a| a.is_object() || *a == Value::Bool(true));
            if map && !has("maxProperties") {
                errors.push(format!("{at}: map without maxProperties"));
            }
            if let Some(values) = m.get("additionalProperties").filter(|a| a.is_object()) {
                unbounded(&format!("{at}{{}}"), values, errors);
            }
            for (name, p) in m
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                unbounded(&format!("{at}.{name}"), p, errors);
            }
        }
        _ => {}
    }
}

pub(crate) fn check(l: &Loaded, errors: &mut Vec<String>) {
    let raw = &l.raw;
    let schemas = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let mut stack = Vec::new();
    let mut checked = 0;
    for (path, item) in raw
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let shared = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for (method, op) in item.as_object().into_iter().flatten() {
            if !["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                continue;
            }
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or(path);
            if let Some(body) = op.get("requestBody") {
                refs_in(body, &mut stack);
            }
            let own = op
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for p in shared.iter().chain(own.iter()) {
                let p = match p.get("$ref").and_then(Value::as_str) {
                    Some(r) => r
                        .strip_prefix('#')
                        .and_then(|ptr| raw.pointer(ptr))
                        .unwrap_or(p),
                    None => p,
                };
                let name = p.get("name").and_then(Value::as_str).unwrap_or("?");
                if let Some(schema) = p.get("schema") {
                    checked += 1;
                    unbounded(&format!("operation {id}: parameter {name}"), schema, errors);
                    refs_in(schema, &mut stack);
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let Some(schema) = schemas.and_then(|s| s.get(&name)) else {
            continue;
        };
        checked += 1;
        unbounded(&format!("schema {name}"), schema, errors);
        refs_in(schema, &mut stack);
    }
    assert!(
        checked > 100,
        "only {checked} request-side schemas and parameters found"
    );
}
