//! Documentation: every operation, parameter, schema and property is described, in English;
//! and the spec avoids the keywords the generator cannot take well.

use super::*;

/// Keywords progenitor turns into awkward newtypes. (Length and size limits are allowed: osm-gen
/// strips them before progenitor, and request-side ones are required, see `limits.rs`.)
const FORBIDDEN_KEYWORDS: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "pattern",
];

fn blank(text: Option<&str>) -> bool {
    text.is_none_or(|t| t.trim().is_empty())
}

pub(crate) fn check(l: &Loaded, errors: &mut Vec<String>) {
    check_document(&l.spec, errors);
    for (id, _, _, op) in spec_operations(&l.spec) {
        if blank(op.summary.as_deref()) {
            errors.push(format!("operation {id}: summary missing"));
        }
        if blank(op.description.as_deref()) {
            errors.push(format!("operation {id}: description missing"));
        }
        if op.tags.is_empty() {
            errors.push(format!("operation {id}: no tag"));
        }
        for p in &op.parameters {
            if let Some(param) = resolve_param(&l.spec, p) {
                let data = param.parameter_data_ref();
                if blank(data.description.as_deref()) {
                    errors.push(format!(
                        "operation {id}: parameter '{}' has no description",
                        data.name
                    ));
                }
            }
        }
    }
    // Read descriptions from the raw document: OpenAPI tools drop the siblings of `$ref`, but a
    // `$ref` property still carries a description for readers.
    let schemas = l
        .raw
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        if blank(schema.get("description").and_then(Value::as_str)) {
            errors.push(format!("schema {name}: description missing"));
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (property, body) in properties.into_iter().flatten() {
            if blank(body.get("description").and_then(Value::as_str)) {
                errors.push(format!(
                    "schema {name}: property '{property}' has no description"
                ));
            }
        }
    }
    check_cjk(&l.text, errors);
    check_keywords(&l.raw, "", errors);
}

fn check_document(spec: &OpenAPI, errors: &mut Vec<String>) {
    if !spec.openapi.starts_with("3.0.") {
        errors.push(format!("openapi is {}, must be 3.0.x", spec.openapi));
    }
    if blank(spec.info.description.as_deref()) {
        errors.push("info.description missing".to_owned());
    }
    if spec.servers.first().map(|s| s.url.as_str())
        != Some("https://osm.cn-south-1.myhuaweicloud.com")
    {
        errors.push("servers[0].url must be https://osm.cn-south-1.myhuaweicloud.com".to_owned());
    }
    let schemes = spec.components.as_ref().map(|c| &c.security_schemes);
    for scheme in ["AkSk", "IamToken"] {
        if !schemes.is_some_and(|s| s.contains_key(scheme)) {
            errors.push(format!("components/securitySchemes/{scheme} missing"));
        }
        if !spec
            .security
            .iter()
            .flatten()
            .any(|requirement| requirement.contains_key(scheme))
        {
            errors.push(format!("global security does not allow {scheme}"));
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF      // radicals
        | 0x3000..=0x30FF    // CJK punctuation, kana
        | 0x3100..=0x31FF    // bopomofo, kana extensions
        | 0x3400..=0x4DBF    // extension A
        | 0x4E00..=0x9FFF    // unified ideographs
        | 0xAC00..=0xD7AF    // hangul
        | 0xF900..=0xFAFF    // compatibility ideographs
        | 0xFF00..=0xFFEF    // full-width forms
        | 0x20000..=0x2FA1F) // extensions B and later
}

fn check_cjk(text: &str, errors: &mut Vec<String>) {
    for (number, line) in text.lines().enumerate() {
        if let Some(c) = line.chars().find(|c| is_cjk(*c)) {
            errors.push(format!(
                "line {}: CJK character {c:?} (translate to English): {}",
                number + 1,
                line.trim()
            ));
        }
    }
}

fn check_keywords(node: &Value, pointer: &str, errors: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let at = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                if key == "example" || key == "examples" {
                    continue; // example payloads may use any key
                }
                if FORBIDDEN_KEYWORDS.contains(&key.as_str()) && !pointer.ends_with("/properties") {
                    errors.push(format!(
                        "{at}: `{key}` is not allowed; state the limit in the description"
                    ));
                }
                if key == "additionalProperties" && *value == Value::Bool(false) {
                    errors.push(format!(
                        "{at}: `additionalProperties: false` is not allowed (lenient decoding)"
                    ));
                }
                check_keywords(value, &at, errors);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                check_keywords(item, &format!("{pointer}/{index}"), errors);
            }
        }
        _ => {}
    }
}
