//! Checks requests against the spec's schemas: required fields, types, integer ranges, enums,
//! lengths. Errors name the offending field (`body.message.content`, `query.limit`).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::spec::{Location, Operation, Spec};

/// Checks `value` against `schema`; `at` names the value in error messages.
pub fn check(spec: &Spec, schema: &Value, value: &Value, at: &str) -> ApiResult<()> {
    check_depth(spec, schema, value, at, 0)
}

/// The schema a `$ref` points to (or the schema itself).
pub(crate) fn schema_of<'a>(spec: &'a Spec, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .rsplit('/')
            .next()
            .and_then(|name| spec.schema(name))
            .unwrap_or(schema),
        None => schema,
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn check_depth(spec: &Spec, schema: &Value, value: &Value, at: &str, depth: u32) -> ApiResult<()> {
    if depth > 32 {
        return Err(ApiError::bad_request(format!("{at}: nested too deeply")));
    }
    let schema = schema_of(spec, schema);
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            check_depth(spec, s, value, at, depth + 1)?;
        }
    }
    if value.is_null() {
        return Ok(()); // absent/null optional values are checked by the parent's `required`
    }
    let ty = schema.get("type").and_then(Value::as_str);
    let wrong = |want: &str| {
        ApiError::bad_request(format!("{at}: expected {want}, got {}", type_name(value)))
    };
    match ty {
        Some("string") => {
            let s = value.as_str().ok_or_else(|| wrong("a string"))?;
            let len = s.chars().count() as u64;
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
                && len > max
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {len} characters, at most {max} allowed"
                )));
            }
            if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
                && len < min
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {len} characters, at least {min} required"
                )));
            }
        }
        Some("integer") => {
            let n = value.as_i64().ok_or_else(|| wrong("an integer"))?;
            if schema.get("format").and_then(Value::as_str) == Some("int32")
                && i32::try_from(n).is_err()
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {n} does not fit in int32"
                )));
            }
            check_range(schema, n as f64, at)?;
        }
        Some("number") => {
            let n = value.as_f64().ok_or_else(|| wrong("a number"))?;
            check_range(schema, n, at)?;
        }
        Some("boolean") => {
            value.as_bool().ok_or_else(|| wrong("a boolean"))?;
        }
        Some("array") => {
            let items = value.as_array().ok_or_else(|| wrong("an array"))?;
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
                && items.len() as u64 > max
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {} items, at most {max} allowed",
                    items.len()
                )));
            }
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
                && (items.len() as u64) < min
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {} items, at least {min} required",
                    items.len()
                )));
            }
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    if item.is_null() {
                        return Err(ApiError::bad_request(format!(
                            "{at}[{i}]: must not be null"
                        )));
                    }
                    check_depth(spec, item_schema, item, &format!("{at}[{i}]"), depth + 1)?;
                }
            }
        }
        Some("object") | None if schema.get("properties").is_some() || ty.is_some() => {
            let obj = value.as_object().ok_or_else(|| wrong("an object"))?;
            if let Some(req) = schema.get("required").and_then(Value::as_array) {
                for name in req.iter().filter_map(Value::as_str) {
                    if obj.get(name).is_none_or(Value::is_null) {
                        return Err(ApiError::bad_request(format!(
                            "{at}.{name}: required field is missing"
                        )));
                    }
                }
            }
            let n = obj.len() as u64;
            if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
                && n > max
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {n} entries, at most {max} allowed"
                )));
            }
            if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
                && n < min
            {
                return Err(ApiError::bad_request(format!(
                    "{at}: {n} entries, at least {min} required"
                )));
            }
            let props = schema.get("properties").and_then(Value::as_object);
            if let Some(props) = props {
                for (name, sub) in props {
                    if let Some(v) = obj.get(name) {
                        check_depth(spec, sub, v, &format!("{at}.{name}"), depth + 1)?;
                    }
                }
            }
            // a map's values: `additionalProperties` with a schema
            if let Some(values) = schema.get("additionalProperties").filter(|a| a.is_object()) {
                for (name, v) in obj {
                    if props.is_none_or(|p| !p.contains_key(name)) && !v.is_null() {
                        check_depth(spec, values, v, &format!("{at}.{name}"), depth + 1)?;
                    }
                }
            }
        }
        _ => {}
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
        return Err(ApiError::bad_request(format!(
            "{at}: {value} is not one of {}",
            list.join(", ")
        )));
    }
    Ok(())
}

/// Fields of `value` that `schema` does not declare (dotted paths), e.g. to catch a response
/// field spelled differently from the spec.
pub fn unknown_fields(spec: &Spec, schema: &Value, value: &Value, at: &str) -> Vec<String> {
    let schema = schema_of(spec, schema);
    let mut out = Vec::new();
    match value {
        Value::Object(obj) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let open = schema
                .get("additionalProperties")
                .is_some_and(|a| !a.is_boolean())
                || schema.get("additionalProperties") == Some(&Value::Bool(true));
            for (k, v) in obj {
                match props.and_then(|p| p.get(k)) {
                    Some(sub) => out.extend(unknown_fields(spec, sub, v, &format!("{at}.{k}"))),
                    None if open || props.is_none() => {}
                    None => out.push(format!("{at}.{k}")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    out.extend(unknown_fields(spec, item, v, &format!("{at}[{i}]")));
                }
            }
        }
        _ => {}
    }
    out
}

fn check_range(schema: &Value, n: f64, at: &str) -> ApiResult<()> {
    if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
        && n < min
    {
        return Err(ApiError::bad_request(format!(
            "{at}: {n} is below the minimum {min}"
        )));
    }
    if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
        && n > max
    {
        return Err(ApiError::bad_request(format!(
            "{at}: {n} is above the maximum {max}"
        )));
    }
    Ok(())
}

/// Path and query parameters of a request, typed by the spec.
#[derive(Debug, Default, Clone)]
pub struct Params(BTreeMap<String, Value>);

impl Params {
    /// A string parameter.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(Value::as_str)
    }
    /// An integer parameter.
    pub fn int(&self, name: &str) -> Option<i64> {
        self.0.get(name).and_then(Value::as_i64)
    }
    /// A list parameter (repeated keys or comma-separated values).
    pub fn list(&self, name: &str) -> Vec<String> {
        match self.0.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect(),
            Some(Value::String(s)) => vec![s.clone()],
            Some(v) => vec![v.to_string()],
            None => Vec::new(),
        }
    }
    /// `offset` and `limit` with OSM's defaults (0 and 10), bounded to sane values.
    pub fn page(&self) -> (usize, usize) {
        let offset = self.int("offset").unwrap_or(0).max(0) as usize;
        let limit = self.int("limit").unwrap_or(10).clamp(1, 1000) as usize;
        (offset, limit)
    }
}

fn scalar(item_schema: &Value, raw: &str, at: &str) -> ApiResult<Value> {
    match item_schema.get("type").and_then(Value::as_str) {
        Some("integer") => {
            raw.trim().parse::<i64>().map(Value::from).map_err(|_| {
                ApiError::bad_request(format!("{at}: expected an integer, got {raw:?}"))
            })
        }
        Some("number") => raw
            .trim()
            .parse::<f64>()
            .map(Value::from)
            .map_err(|_| ApiError::bad_request(format!("{at}: expected a number, got {raw:?}"))),
        Some("boolean") => match raw {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(ApiError::bad_request(format!(
                "{at}: expected true or false, got {raw:?}"
            ))),
        },
        _ => Ok(Value::String(raw.to_owned())),
    }
}

/// Types and checks the path and query parameters of `op`.
pub fn params(
    spec: &Spec,
    op: &Operation,
    path: Vec<(String, String)>,
    query: &[(String, String)],
) -> ApiResult<Params> {
    let mut out = BTreeMap::new();
    for p in &op.params {
        let at = match p.location {
            Location::Path => format!("path.{}", p.name),
            Location::Query => format!("query.{}", p.name),
            Location::Header => continue,
        };
        let schema = schema_of(spec, &p.schema);
        let raws: Vec<&str> = match p.location {
            Location::Path => path
                .iter()
                .filter(|(k, _)| *k == p.name)
                .map(|(_, v)| v.as_str())
                .collect(),
            _ => query
                .iter()
                .filter(|(k, _)| *k == p.name)
                .map(|(_, v)| v.as_str())
                .collect(),
        };
        if raws.is_empty() {
            if p.required {
                return Err(ApiError::bad_request(format!(
                    "{at}: required parameter is missing"
                )));
            }
            continue;
        }
        let value = if schema.get("type").and_then(Value::as_str) == Some("array") {
            let item = schema
                .get("items")
                .map(|i| schema_of(spec, i))
                .unwrap_or(&Value::Null);
            let mut items = Vec::new();
            for raw in raws
                .iter()
                .flat_map(|r| r.split(','))
                .filter(|r| !r.is_empty())
            {
                items.push(scalar(item, raw, &at)?);
            }
            Value::Array(items)
        } else {
            if raws.len() > 1 {
                return Err(ApiError::bad_request(format!(
                    "{at}: given {} times, expected once",
                    raws.len()
                )));
            }
            scalar(schema, raws[0], &at)?
        };
        check(spec, schema, &value, &at)?;
        out.insert(p.name.clone(), value);
    }
    Ok(Params(out))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use serde_json::json;

    use super::*;

    #[test]
    fn response_checks_catch_wrong_types_and_unknown_fields() {
        let spec = Spec::embedded().unwrap();
        let schema = json!({"$ref": "#/components/schemas/ListCasesResponse"});
        let good =
            json!({"total_count": 1, "incident_info_list": [{"incident_id": "CS1", "status": 0}]});
        assert!(check(spec, &schema, &good, "response").is_ok());
        assert!(unknown_fields(spec, &schema, &good, "response").is_empty());
        let bad = json!({"total_count": "1"});
        let e = check(spec, &schema, &bad, "response").unwrap_err();
        assert_eq!(
            e.msg,
            "response.total_count: expected an integer, got a string"
        );
        let extra = json!({"incident_info_list": [{"incident_id": "CS1", "statuss": 0}]});
        assert_eq!(
            unknown_fields(spec, &schema, &extra, "response"),
            vec!["response.incident_info_list[0].statuss"]
        );
    }

    #[test]
    fn limits_of_strings_arrays_and_maps() {
        let spec = Spec::embedded().unwrap();
        let schema = json!({"$ref": "#/components/schemas/CreateOrderIncidentV2Req"});
        let base = json!({"business_type_id": "bt", "simple_description": "d", "source_id": "s"});
        let with = |k: &str, v: Value| {
            let mut b = base.clone();
            b[k] = v;
            check(spec, &schema, &b, "body").map_err(|e| e.msg)
        };
        assert!(with("remind_mail", json!("a".repeat(255))).is_ok());
        assert_eq!(
            with("remind_mail", json!("a".repeat(256))).unwrap_err(),
            "body.remind_mail: 256 characters, at most 255 allowed"
        );
        let ids: Vec<String> = (0..101).map(|i| i.to_string()).collect();
        assert_eq!(
            with("accessory_ids", json!(ids)).unwrap_err(),
            "body.accessory_ids: 101 items, at most 100 allowed"
        );
        let map: serde_json::Map<String, Value> =
            (0..101).map(|i| (i.to_string(), json!("v"))).collect();
        assert_eq!(
            with("extends_map", Value::Object(map)).unwrap_err(),
            "body.extends_map: 101 entries, at most 100 allowed"
        );
    }

    #[test]
    fn request_checks_name_the_field() {
        let spec = Spec::embedded().unwrap();
        let schema = json!({"$ref": "#/components/schemas/CreateMessageV2Req"});
        let e = check(spec, &schema, &json!({"message": {"content": 1}}), "body").unwrap_err();
        assert_eq!(
            e.msg,
            "body.message.content: expected a string, got an integer"
        );
        let e = check(spec, &schema, &json!({}), "body").unwrap_err();
        assert_eq!(e.msg, "body.message: required field is missing");
    }
}
