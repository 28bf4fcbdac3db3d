//! Parsing the error bodies OSM and Huawei Cloud's gateways send.
//!
//! Shapes seen in the wild: `{"error_code","error_msg"}` (OSM), `{"errorCode","errorMsg"}`,
//! `{"code","message"}`, and any of these nested one level down, e.g.
//! `{"error":{"code":"APIGW.0301","message":"..."}}`. Anything else (an HTML page from a
//! proxy, plain text, an empty body) is kept, truncated, as the raw body.

use serde_json::{Map, Value};

/// Longest raw body excerpt kept in an error, in bytes.
pub(crate) const RAW_BODY_LIMIT: usize = 512;

const CODE_KEYS: &[&str] = &["error_code", "errorCode", "code"];
const MSG_KEYS: &[&str] = &[
    "error_msg",
    "errorMsg",
    "error_message",
    "errorMessage",
    "message",
    "msg",
];
const REQUEST_ID_KEYS: &[&str] = &["request_id", "requestId"];
const AUTH_MSG_KEYS: &[&str] = &[
    "encoded_authorization_message",
    "encodedAuthorizationMessage",
];

/// What an error body said.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct ParsedErrorBody {
    pub(crate) error_code: Option<String>,
    pub(crate) error_msg: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) encoded_authorization_message: Option<String>,
    /// Set when the body was not a recognisable JSON error object.
    pub(crate) raw_body: Option<String>,
}

/// Parses an error body of any known shape; never fails.
pub(crate) fn parse_error_body(body: &[u8]) -> ParsedErrorBody {
    if let Ok(Value::Object(obj)) = serde_json::from_slice::<Value>(body) {
        if let Some(parsed) = from_object(&obj) {
            return parsed;
        }
        // One level down: {"error": {...}} and the like. Fields found at the top level
        // (a request id next to the nested error) still count.
        for value in obj.values() {
            if let Value::Object(inner) = value
                && let Some(mut parsed) = from_object(inner)
            {
                if parsed.request_id.is_none() {
                    parsed.request_id = find_string(&obj, REQUEST_ID_KEYS);
                }
                return parsed;
            }
        }
    }
    ParsedErrorBody {
        raw_body: (!body.is_empty()).then(|| truncate_lossy(body, RAW_BODY_LIMIT)),
        ..ParsedErrorBody::default()
    }
}

fn from_object(obj: &Map<String, Value>) -> Option<ParsedErrorBody> {
    let error_code = find_string(obj, CODE_KEYS);
    let error_msg = find_string(obj, MSG_KEYS);
    if error_code.is_none() && error_msg.is_none() {
        return None;
    }
    Some(ParsedErrorBody {
        error_code,
        error_msg,
        request_id: find_string(obj, REQUEST_ID_KEYS),
        encoded_authorization_message: find_string(obj, AUTH_MSG_KEYS),
        raw_body: None,
    })
}

/// The first key present with a non-empty string or number value.
fn find_string(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match obj.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// The body as text (invalid UTF-8 replaced), cut at `limit` bytes on a character boundary,
/// with `…` appended when something was cut.
pub(crate) fn truncate_lossy(body: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}
