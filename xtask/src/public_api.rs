//! `cargo xtask public-api`: no type of progenitor (or typify, or reqwest outside the one
//! documented escape hatch) is reachable from osm-client's public API.
//!
//! Reads the rustdoc JSON of osm-client (`cargo rustdoc -- --output-format json`, built with
//! `RUSTC_BOOTSTRAP=1` on the stable toolchain), walks every item reachable from the crate
//! root — public modules, re-exports, types, their fields, variants and impls, trait items —
//! and reports every reference into a forbidden crate, with the item that makes it.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

/// Crates whose items must not appear in osm-client's public API.
pub const FORBIDDEN: [&str; 3] = ["progenitor_client", "typify", "reqwest"];

/// Items allowed to name reqwest: the documented escape hatch for a caller-built client.
pub const REQWEST_ALLOWED_IN: [&str; 1] = ["http_client"];

/// One forbidden reference: the item that makes it and the path it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Leak {
    /// The public item (its name, or its kind when unnamed, e.g. an impl).
    pub item: String,
    /// The forbidden path it refers to, e.g. `progenitor_client::ResponseValue`.
    pub target: String,
}

/// Every forbidden reference in a rustdoc JSON document.
pub fn leaks(doc: &Value) -> Result<Vec<Leak>, String> {
    let index = doc
        .get("index")
        .and_then(Value::as_object)
        .ok_or("not a rustdoc JSON document: no `index`")?;
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or("not a rustdoc JSON document: no `paths`")?;
    let crates: HashMap<String, String> = doc
        .get("external_crates")
        .and_then(Value::as_object)
        .map(|c| {
            c.iter()
                .filter_map(|(id, v)| Some((id.clone(), v.get("name")?.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default();
    let root = doc.get("root").map(id_text).ok_or("no `root`")?;

    let mut reachable = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        let Some(item) = index.get(&id) else { continue };
        if !reachable.insert(id) {
            continue;
        }
        let Some(inner) = item.get("inner") else {
            continue;
        };
        children(inner, &mut todo);
    }

    let mut out = BTreeSet::new();
    for id in &reachable {
        let Some(item) = index.get(id) else { continue };
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| {
                item.get("inner")
                    .and_then(Value::as_object)
                    .and_then(|o| o.keys().next().cloned())
            })
            .unwrap_or_default();
        let mut refs = BTreeSet::new();
        references(item.get("inner").unwrap_or(&Value::Null), &mut refs);
        for r in refs {
            let Some(path) = paths.get(&r) else { continue };
            let crate_id = path.get("crate_id").map(id_text).unwrap_or_default();
            let Some(krate) = crates.get(&crate_id) else {
                continue;
            };
            if !FORBIDDEN.contains(&krate.as_str()) {
                continue;
            }
            if krate == "reqwest" && REQWEST_ALLOWED_IN.contains(&name.as_str()) {
                continue;
            }
            let target = path
                .get("path")
                .and_then(Value::as_array)
                .map(|p| {
                    p.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("::")
                })
                .unwrap_or_default();
            out.insert(Leak {
                item: name.clone(),
                target,
            });
        }
    }
    Ok(out.into_iter().collect())
}

fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The items an item's `inner` makes reachable (module members, re-export targets, fields,
/// variants, impls and their members, trait members).
fn children(inner: &Value, todo: &mut Vec<String>) {
    let Some((kind, body)) = inner.as_object().and_then(|o| o.iter().next()) else {
        return;
    };
    let mut push_list = |key: &str| {
        if let Some(list) = body.get(key).and_then(Value::as_array) {
            todo.extend(list.iter().map(id_text));
        }
    };
    match kind.as_str() {
        "module" | "impl" | "trait" => {
            push_list("items");
            push_list("implementations");
        }
        "use" => {
            if let Some(id) = body.get("id").filter(|v| !v.is_null()) {
                todo.push(id_text(id));
            }
        }
        "struct" | "union" | "enum" => {
            push_list("impls");
            push_list("variants");
            push_list("fields");
            if let Some(kind) = body.get("kind") {
                for key in ["plain", "tuple"] {
                    if let Some(fields) = kind
                        .get(key)
                        .and_then(|k| k.get("fields").or(Some(k)))
                        .and_then(Value::as_array)
                    {
                        todo.extend(fields.iter().filter(|f| !f.is_null()).map(id_text));
                    }
                }
            }
        }
        "variant" => {
            if let Some(kind) = body.get("kind") {
                for key in ["struct", "tuple"] {
                    if let Some(fields) = kind
                        .get(key)
                        .and_then(|k| k.get("fields").or(Some(k)))
                        .and_then(Value::as_array)
                    {
                        todo.extend(fields.iter().filter(|f| !f.is_null()).map(id_text));
                    }
                }
            }
        }
        _ => {}
    }
}

/// Every id an item's `inner` refers to (type paths, trait paths, ...).
fn references(node: &Value, out: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "id" && (v.is_string() || v.is_number()) {
                    out.insert(id_text(v));
                } else {
                    references(v, out);
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use serde_json::json;

    use super::*;

    /// A crate whose root re-exports `Client` (with a method returning progenitor's
    /// `ResponseValue`) and has a private module using progenitor freely.
    fn doc(leaky: bool) -> Value {
        let ret = if leaky { 100 } else { 101 };
        json!({
            "root": 0,
            "external_crates": {"7": {"name": "progenitor_client"}, "8": {"name": "http"}, "9": {"name": "reqwest"}},
            "paths": {
                "100": {"crate_id": 7, "path": ["progenitor_client", "ResponseValue"]},
                "101": {"crate_id": 8, "path": ["http", "StatusCode"]},
                "102": {"crate_id": 9, "path": ["reqwest", "Client"]}
            },
            "index": {
                "0": {"name": "osm_client", "inner": {"module": {"items": [1, 4]}}},
                "1": {"name": null, "inner": {"use": {"id": 2}}},
                "2": {"name": "Client", "inner": {"struct": {"kind": {"plain": {"fields": []}}, "impls": [3]}}},
                "3": {"name": null, "inner": {"impl": {"items": [5, 6]}}},
                "4": {"name": "private_use", "inner": {"module": {"items": []}}},
                "5": {"name": "send", "inner": {"function": {"sig": {"output": {"resolved_path": {"id": ret}}}}}},
                "6": {"name": "http_client", "inner": {"function": {"sig": {"inputs": [["c", {"resolved_path": {"id": 102}}]]}}}},
                "9": {"name": "hidden", "inner": {"function": {"sig": {"output": {"resolved_path": {"id": 100}}}}}}
            }
        })
    }

    #[test]
    fn a_reachable_progenitor_type_is_reported() {
        let found = leaks(&doc(true)).unwrap();
        assert_eq!(
            found,
            [Leak {
                item: "send".into(),
                target: "progenitor_client::ResponseValue".into()
            }]
        );
    }

    #[test]
    fn unreachable_items_and_the_escape_hatch_are_not() {
        assert!(leaks(&doc(false)).unwrap().is_empty());
    }
}
