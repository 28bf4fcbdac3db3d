//! Printing answers: `--query` (JMESPath), then JSON, YAML or a table.

use std::collections::BTreeMap;

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use crate::error::CliError;
use crate::support::EnumValue;

/// The fields of an answer that hold a value set, with its values (generated per operation:
/// `Op::answer_values`).
pub(crate) type ValueSets = &'static [(&'static str, &'static [EnumValue])];

/// `--output`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Pretty-printed JSON; lists as one array (the default when stdout is not a terminal).
    Json,
    /// YAML.
    Yaml,
    /// A table of the most telling columns (the default on a terminal).
    Table,
    /// Plain text for shell scripts: a string as itself, a list one item per line, anything
    /// else as compact JSON.
    Text,
}

/// The width tables are fitted to when stdout is not a terminal.
pub(crate) const DEFAULT_WIDTH: u16 = 100;
/// Longest text shown in a table cell.
const CELL_MAX: usize = 80;
/// Most columns a list table shows.
const MAX_COLUMNS: usize = 6;

/// A compiled `--query`.
#[derive(Debug)]
pub(crate) struct Query(jmespath::Expression<'static>);

impl Query {
    /// Compiles a JMESPath expression (a usage error when it does not parse).
    pub(crate) fn compile(expr: &str) -> Result<Self, CliError> {
        jmespath::compile(expr)
            .map(Query)
            .map_err(|e| CliError::usage(format!("--query {expr:?}: {}", one_line(&e.to_string()))))
    }

    /// Applies the query.
    pub(crate) fn apply(&self, value: &Value) -> Result<Value, CliError> {
        let result = self
            .0
            .search(value)
            .map_err(|e| CliError::usage(format!("--query: {}", one_line(&e.to_string()))))?;
        serde_json::to_value(&*result).map_err(|e| CliError::Failed(format!("--query result: {e}")))
    }
}

fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Renders `value` in `format` (ending with a newline); a table shows the names of the values
/// of `sets` (JSON, YAML and text keep the values as sent).
pub(crate) fn render(
    value: &Value,
    format: Format,
    width: u16,
    sets: ValueSets,
) -> Result<String, CliError> {
    match format {
        Format::Json => serde_json::to_string_pretty(value)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| CliError::Failed(format!("cannot print JSON: {e}"))),
        Format::Yaml => serde_yaml_ng::to_string(value)
            .map_err(|e| CliError::Failed(format!("cannot print YAML: {e}"))),
        Format::Table if !sets.is_empty() => Ok(table(&named(value, sets), width)),
        Format::Table => Ok(table(value, width)),
        Format::Text => Ok(text(value)),
    }
}

/// `value` with every field of `sets` (at any depth) holding a known value, or a list of
/// them, showing the value's name instead (`0` → `pending-acceptance`); unknown values stay.
fn named(value: &Value, sets: ValueSets) -> Value {
    fn name_of(v: &Value, values: &[EnumValue]) -> Option<Value> {
        let wire = match v {
            Value::Number(n) => n.to_string(),
            Value::String(s) => s.clone(),
            _ => return None,
        };
        values
            .iter()
            .find(|e| e.wire == wire)
            .map(|e| Value::String(e.name.to_owned()))
    }
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let set = sets.iter().find(|(name, _)| name == k).map(|(_, s)| *s);
                    let shown = match (set, v) {
                        (Some(values), Value::Array(items)) => Value::Array(
                            items
                                .iter()
                                .map(|i| name_of(i, values).unwrap_or_else(|| i.clone()))
                                .collect(),
                        ),
                        (Some(values), v) => name_of(v, values).unwrap_or_else(|| named(v, sets)),
                        (None, v) => named(v, sets),
                    };
                    (k.clone(), shown)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|i| named(i, sets)).collect()),
        other => other.clone(),
    }
}

/// `--output text`.
fn text(value: &Value) -> String {
    fn lines(v: &Value, out: &mut String) {
        match v {
            Value::Null => {}
            Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            Value::Array(items) => items.iter().for_each(|i| lines(i, out)),
            other => {
                out.push_str(&other.to_string());
                out.push('\n');
            }
        }
    }
    let mut out = String::new();
    lines(value, &mut out);
    out
}

/// A table for any value: a list of objects as rows, an object as key/value pairs (or the
/// list it wraps), a scalar as itself.
pub(crate) fn table(value: &Value, width: u16) -> String {
    let mut out = match focus(value) {
        Value::Array(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            list_table(items, width)
        }
        Value::Array(items) if items.is_empty() => "(none)".to_owned(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("\n"),
        Value::Object(map) if map.is_empty() => "(empty)".to_owned(),
        Value::Object(map) => {
            let mut t = new_table(width);
            for (k, v) in map {
                t.add_row(vec![k.clone(), cell(v)]);
            }
            t.to_string()
        }
        other => cell(other),
    };
    out.push('\n');
    out
}

/// The part of an answer worth a table: the only list of objects an answer wraps (with at
/// most counts beside it), or the only object it wraps.
fn focus(value: &Value) -> &Value {
    let Value::Object(map) = value else {
        return value;
    };
    let lists: Vec<&Value> = map
        .values()
        .filter(|v| matches!(v, Value::Array(a) if a.iter().all(Value::is_object)))
        .collect();
    let others_scalar = map
        .values()
        .all(|v| !v.is_object() && (!v.is_array() || lists.contains(&v)));
    if lists.len() == 1 && others_scalar {
        return lists[0];
    }
    if map.len() == 1
        && let Some(inner @ Value::Object(_)) = map.values().next()
    {
        return focus(inner);
    }
    value
}

fn new_table(width: u16) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    t
}

/// How telling a column is: the item's own id (or a profile's name) first, then its text,
/// status, other names, times, and last the owners' ids (customer, user, domain, project,
/// group) and the rest.
fn rank(key: &str) -> u8 {
    let k = key.to_ascii_lowercase();
    let id = k == "id" || k.ends_with("_id") || (k.ends_with("id") && !k.contains('_'));
    let owner = ["customer", "user", "domain", "project", "group", "tenant"]
        .iter()
        .any(|o| k.contains(o));
    if (id && !owner) || k == "profile" {
        0
    } else if k == "name"
        || k.contains("description")
        || k == "content"
        || k == "title"
        || k == "message"
    {
        1
    } else if k == "status" || k.ends_with("_status") || k == "state" || k == "type" {
        2
    } else if k.ends_with("_name") || k.ends_with("name") {
        3
    } else if k.ends_with("_time") || k.ends_with("time") {
        4
    } else {
        5
    }
}

fn list_table(items: &[Value], width: u16) -> String {
    // candidate columns: keys with a scalar (or list of scalars) in some row, in order of first
    // appearance, empty everywhere left out
    let mut order: Vec<String> = Vec::new();
    let mut seen = BTreeMap::new();
    for item in items {
        if let Value::Object(map) = item {
            for (k, v) in map {
                let scalar = !v.is_object()
                    && !matches!(v, Value::Array(a) if a.iter().any(|x| x.is_object() || x.is_array()));
                if scalar && !cell(v).is_empty() && seen.insert(k.clone(), ()).is_none() {
                    order.push(k.clone());
                }
            }
        }
    }
    let mut columns: Vec<(usize, String)> = order.into_iter().enumerate().collect();
    columns.sort_by_key(|(i, k)| (rank(k), *i));
    // as many as fit the width at their natural size (text capped), at least one
    let mut chosen = Vec::new();
    let mut used = 0usize;
    for (_, key) in columns {
        let cap = if rank(&key) == 1 { 40 } else { 24 };
        let natural = items
            .iter()
            .filter_map(|i| i.get(&key))
            .map(|v| cell(v).chars().count())
            .chain(std::iter::once(key.len()))
            .max()
            .unwrap_or(0)
            .min(cap)
            + 2;
        if !chosen.is_empty()
            && (used + natural > usize::from(width) || chosen.len() == MAX_COLUMNS)
        {
            continue;
        }
        used += natural;
        chosen.push(key);
    }
    let mut t = new_table(width);
    t.set_header(
        chosen
            .iter()
            .map(|k| k.to_ascii_uppercase())
            .collect::<Vec<_>>(),
    );
    for item in items {
        t.add_row(
            chosen
                .iter()
                .map(|k| item.get(k).map(cell).unwrap_or_default())
                .collect::<Vec<_>>(),
        );
    }
    t.to_string()
}

/// A value as table text: strings as themselves, lists of scalars comma-separated, anything
/// else as compact JSON; cut at [`CELL_MAX`] characters.
fn cell(v: &Value) -> String {
    let text = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            a.iter().map(cell).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    };
    let text = text.replace(['\n', '\r', '\t'], " ");
    if text.chars().count() > CELL_MAX {
        let cut: String = text.chars().take(CELL_MAX - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use serde_json::json;

    use super::*;

    #[test]
    fn lists_become_rows_with_telling_columns() {
        let v = json!({"total_count": 2, "incident_info_list": [
            {"incident_id": "CS1", "simple_description": "disk", "status": 1, "label_list": [{"a": 1}], "create_time": "t"},
            {"incident_id": "CS2", "simple_description": "net", "status": 3, "create_time": "u"}
        ]});
        let t = table(&v, 100);
        let header = t.lines().next().unwrap();
        assert!(header.contains("INCIDENT_ID"), "{t}");
        assert!(
            header.find("INCIDENT_ID") < header.find("SIMPLE_DESCRIPTION"),
            "{t}"
        );
        assert!(!header.contains("LABEL_LIST"), "{t}");
        assert!(t.contains("CS2"), "{t}");
        assert!(t.lines().all(|l| l.chars().count() <= 100), "{t}");
    }

    #[test]
    fn objects_are_key_value_pairs_and_scalars_themselves() {
        let t = table(
            &json!({"incident_detail_info": {"incident_id": "CS1", "status": 1}}),
            100,
        );
        assert!(t.contains("incident_id") && t.contains("CS1"), "{t}");
        assert_eq!(table(&json!("x"), 100), "x\n");
        assert_eq!(table(&json!([]), 100), "(none)\n");
        let long = "y".repeat(500);
        assert!(
            table(&json!({"a": long}), 100)
                .lines()
                .all(|l| l.chars().count() <= 100)
        );
    }

    #[test]
    fn tables_name_the_values_of_value_sets_and_other_formats_keep_them() {
        const STATUS: &[EnumValue] = &[
            EnumValue {
                name: "pending-acceptance",
                wire: "0",
                help: "",
            },
            EnumValue {
                name: "completed",
                wire: "3",
                help: "",
            },
        ];
        const SETS: ValueSets = &[("status", STATUS)];
        let v = json!({"total_count": 3, "incident_info_list": [
            {"incident_id": "CS1", "status": 0},
            {"incident_id": "CS2", "status": 3},
            {"incident_id": "CS3", "status": 9, "other": {"status": [0, 3]}}
        ]});
        let t = render(&v, Format::Table, 100, SETS).unwrap();
        assert!(
            t.contains("pending-acceptance") && t.contains("completed"),
            "{t}"
        );
        assert!(
            t.lines().any(|l| l.contains("CS3") && l.contains('9')),
            "{t}"
        );
        assert_eq!(
            named(&v, SETS)["incident_info_list"][2]["other"]["status"],
            json!(["pending-acceptance", "completed"])
        );
        let j = render(&v, Format::Json, 100, SETS).unwrap();
        assert!(!j.contains("pending-acceptance"), "{j}");
        assert_eq!(named(&json!({"count": 0}), SETS), json!({"count": 0}));
    }

    #[test]
    fn query_and_formats() {
        let q = Query::compile("items[?n > `1`].n").unwrap();
        assert_eq!(
            q.apply(&json!({"items": [{"n": 1}, {"n": 2}]})).unwrap(),
            json!([2])
        );
        assert!(Query::compile("items[").is_err());
        let yaml = render(&json!({"a": [1]}), Format::Yaml, 100, &[]).unwrap();
        assert_eq!(yaml, "a:\n- 1\n");
        let text = render(&json!(["a", 1, {"b": null}]), Format::Text, 100, &[]).unwrap();
        assert_eq!(text, "a\n1\n{\"b\":null}\n");
        let json = render(&json!({"a": 1}), Format::Json, 100, &[]).unwrap();
        assert_eq!(json, "{\n  \"a\": 1\n}\n");
    }
}
