//! Every JSON 200 response carries an example (the sandbox serves them) that fits its schema.

use super::*;

pub(crate) fn check(l: &Loaded, errors: &mut Vec<String>) {
    for (id, _, _, op) in spec_operations(&l.spec) {
        let Some(ReferenceOr::Item(ok)) = op.responses.responses.get(&StatusCode::Code(200)) else {
            continue; // reported by the operations test
        };
        let Some(media) = ok.content.get("application/json") else {
            continue;
        };
        let Some(schema) = media.schema.as_ref() else {
            continue;
        };
        match &media.example {
            None => errors.push(format!(
                "operation {id}: 200 application/json has no example"
            )),
            Some(example) => match resolve_schema(&l.spec, schema) {
                Some(schema) => check_value(
                    &l.spec,
                    schema,
                    example,
                    &format!("operation {id}: example"),
                    errors,
                ),
                None => errors.push(format!("operation {id}: response schema does not resolve")),
            },
        }
    }
    if let Some(ReferenceOr::Item(r)) = l
        .spec
        .components
        .as_ref()
        .and_then(|c| c.responses.get("ErrorResponse"))
        && let Some(media) = r.content.get("application/json")
        && let (Some(example), Some(schema)) = (
            &media.example,
            media
                .schema
                .as_ref()
                .and_then(|s| resolve_schema(&l.spec, s)),
        )
    {
        check_value(&l.spec, schema, example, "ErrorResponse: example", errors);
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn check_enum<T: PartialEq + fmt::Debug>(
    allowed: &[Option<T>],
    value: T,
    at: &str,
    errors: &mut Vec<String>,
) {
    if !allowed.is_empty() && !allowed.iter().flatten().any(|a| *a == value) {
        errors.push(format!(
            "{at}: {value:?} is not one of the enum values {allowed:?}"
        ));
    }
}

fn check_value(spec: &OpenAPI, schema: &Schema, value: &Value, at: &str, errors: &mut Vec<String>) {
    let mismatch = |errors: &mut Vec<String>, want: &str| {
        errors.push(format!(
            "{at}: expected {want}, found {} {value}",
            kind(value)
        ));
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            let Some(text) = value.as_str() else {
                return mismatch(errors, "string");
            };
            check_enum(&s.enumeration, text.to_owned(), at, errors);
            let date_time = matches!(
                s.format,
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime)
            );
            if date_time && chrono::DateTime::parse_from_rfc3339(text).is_err() {
                errors.push(format!("{at}: {text:?} is not an RFC 3339 date-time"));
            }
        }
        SchemaKind::Type(Type::Integer(i)) => {
            let Some(n) = value.as_i64() else {
                return mismatch(errors, "integer");
            };
            let int32 = matches!(
                i.format,
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32)
            );
            if int32 && i32::try_from(n).is_err() {
                errors.push(format!("{at}: {n} does not fit in int32"));
            }
            check_enum(&i.enumeration, n, at, errors);
        }
        SchemaKind::Type(Type::Boolean(b)) => {
            let Some(flag) = value.as_bool() else {
                return mismatch(errors, "boolean");
            };
            check_enum(&b.enumeration, flag, at, errors);
        }
        SchemaKind::Type(Type::Number(_)) => {
            if !value.is_number() {
                mismatch(errors, "number");
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            let Some(items) = value.as_array() else {
                return mismatch(errors, "array");
            };
            let Some(item_schema) = a.items.as_ref().and_then(|s| resolve_boxed(spec, s)) else {
                return;
            };
            for (index, item) in items.iter().enumerate() {
                check_value(spec, item_schema, item, &format!("{at}[{index}]"), errors);
            }
        }
        SchemaKind::Type(Type::Object(o)) => {
            let Some(map) = value.as_object() else {
                return mismatch(errors, "object");
            };
            for (key, item) in map {
                let item_at = format!("{at}.{key}");
                if let Some(property) = o.properties.get(key) {
                    match resolve_boxed(spec, property) {
                        Some(s) => check_value(spec, s, item, &item_at, errors),
                        None => errors.push(format!("{item_at}: property schema does not resolve")),
                    }
                    continue;
                }
                match &o.additional_properties {
                    Some(AdditionalProperties::Schema(s)) => match resolve_schema(spec, s) {
                        Some(s) => check_value(spec, s, item, &item_at, errors),
                        None => errors.push(format!(
                            "{item_at}: additionalProperties schema does not resolve"
                        )),
                    },
                    Some(AdditionalProperties::Any(true)) => {}
                    _ => errors.push(format!("{item_at}: key is not a declared property")),
                }
            }
            for required in &o.required {
                if !map.contains_key(required) {
                    errors.push(format!("{at}: required property '{required}' missing"));
                }
            }
        }
        SchemaKind::Any(_) => {}
        other => errors.push(format!("{at}: cannot check against schema {other:?}")),
    }
}
