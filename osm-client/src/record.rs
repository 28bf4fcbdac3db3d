//! Recording exchanges with OSM as JSON lines, for tests of your own code that replay real
//! answers without a network or an account (`osm-sandbox --replay FILE`, or
//! `osm_sandbox::SandboxBuilder::replay`).
//!
//! ```no_run
//! use osm_client::record::Redaction;
//!
//! # fn f() -> osm_client::Result<()> {
//! // every exchange this client makes is appended to calls.jsonl, secrets removed
//! let client = osm_client::Client::builder()
//!     .record_with("calls.jsonl", Redaction::new().personal().field("remark"))
//!     .build()?;
//! # Ok(()) }
//! ```
//!
//! One line is one [`Exchange`]: operation id, method, path, query, request headers and body,
//! status, response headers and body. Before it is written, [`Redaction`] removes what must
//! not be kept:
//! - the signing and token headers (`Authorization`, `X-Auth-Token`, `X-Security-Token`,
//!   `X-Sdk-*`, `X-Domain-Id`) and cookies;
//! - the access key, wherever it appears (replaced by `[REDACTED]`);
//! - every JSON text, query parameter or header named like a secret (`*secret*`,
//!   `*password*`, `*token*`, `*credential*`, `*signature*`, `*verify_code*`, `ak`, `sk`,
//!   ...), texts inside lists and objects under such a name included (numbers stay: OSM's
//!   secret-like numbers are flags such as `need_verify_code`);
//! - the texts and numbers under the names you give ([`Redaction::personal`]: `*phone*`,
//!   `*mobile*`, `*mail*`, `*contact_value*`, `*customer_name*`; [`Redaction::field`]).
//!
//! Flags and nulls are never replaced; lists and objects keep their shape.
//!
//! Redacted values become the string `[REDACTED]`; a replay treats a recorded value
//! containing it as matching anything.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine as _;
use bytes::Bytes;
use http::HeaderMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;

/// What a redacted value is replaced with.
pub const REDACTED: &str = "[REDACTED]";

/// Words that make a field, parameter or header name a secret (compared without `_`, `-`
/// and case, as substrings).
const SECRET_WORDS: &[&str] = &[
    "secret",
    "password",
    "passwd",
    "token",
    "credential",
    "privatekey",
    "accesskey",
    "secretkey",
    "authorization",
    "signature",
    "verifycode",
    "cookie",
];
/// Names that are secrets only when they are the whole name.
const SECRET_NAMES: &[&str] = &["ak", "sk", "auth", "pwd"];
/// Headers never recorded: signing, account and hop-by-hop headers.
const DROPPED_HEADERS: &[&str] = &[
    "authorization",
    "x-auth-token",
    "x-security-token",
    "x-sdk-date",
    "x-sdk-content-sha256",
    "x-sdk-content-sm3",
    "x-domain-id",
    "host",
    "connection",
    "content-length",
    "transfer-encoding",
    "accept-encoding",
    "user-agent",
    "date",
    "set-cookie",
    "cookie",
];
/// The personal fields of [`Redaction::personal`].
const PERSONAL_WORDS: &[&str] = &["phone", "mobile", "mail", "contactvalue", "customername"];

/// One request and its answer, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    /// The spec's operationId.
    pub operation: String,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path as sent (percent-escapes intact).
    pub path: String,
    /// The query as sent, without `?` (empty when none).
    #[serde(default)]
    pub query: String,
    /// Request headers kept (names lower-case).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub request_headers: BTreeMap<String, String>,
    /// The JSON request body; `None` when there was none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// A request body that is not JSON (multipart uploads), base64, when it was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_base64: Option<String>,
    /// The request body was streamed (an upload from a file or stream) and not recorded.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub body_streamed: bool,
    /// HTTP status of the answer.
    pub status: u16,
    /// Response headers kept (names lower-case).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub response_headers: BTreeMap<String, String>,
    /// The JSON answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_body: Option<Value>,
    /// An answer that is not JSON (a file), base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_body_base64: Option<String>,
}

/// A request body as seen by a recorder.
#[derive(Debug, Clone, Copy)]
pub enum SeenBody<'a> {
    /// The bytes sent (empty for none).
    Bytes(&'a [u8]),
    /// A streamed body, not seen.
    Streamed,
}

impl Exchange {
    /// An exchange from the parts of a request and its answer (not yet redacted: write it
    /// through a [`RecordFile`], or apply a [`Redaction`]).
    #[allow(clippy::too_many_arguments)]
    pub fn from_parts(
        operation: &str,
        method: &str,
        path: &str,
        query: &str,
        request_headers: &HeaderMap,
        body: SeenBody<'_>,
        status: u16,
        response_headers: &HeaderMap,
        response_body: &[u8],
    ) -> Exchange {
        let b64 = base64::engine::general_purpose::STANDARD;
        let (body, body_base64, body_streamed) = match body {
            SeenBody::Streamed => (None, None, true),
            SeenBody::Bytes(b) if b.iter().all(u8::is_ascii_whitespace) => (None, None, false),
            SeenBody::Bytes(b) => match serde_json::from_slice::<Value>(b) {
                Ok(v) => (Some(v), None, false),
                Err(_) => (None, Some(b64.encode(b)), false),
            },
        };
        let (response_body, response_body_base64) =
            if response_body.iter().all(u8::is_ascii_whitespace) {
                (None, None)
            } else {
                match serde_json::from_slice::<Value>(response_body) {
                    Ok(v) => (Some(v), None),
                    Err(_) => (None, Some(b64.encode(response_body))),
                }
            };
        Exchange {
            operation: operation.to_owned(),
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.to_owned(),
            request_headers: header_map(request_headers),
            body,
            body_base64,
            body_streamed,
            status,
            response_headers: header_map(response_headers),
            response_body,
            response_body_base64,
        }
    }

    /// The answer's body bytes (JSON re-serialized, or the decoded file).
    pub fn response_bytes(&self) -> Result<Bytes, Error> {
        if let Some(v) = &self.response_body {
            return Ok(Bytes::from(v.to_string()));
        }
        match &self.response_body_base64 {
            Some(text) => base64::engine::general_purpose::STANDARD
                .decode(text)
                .map(Bytes::from)
                .map_err(|e| {
                    Error::InvalidRequest(format!(
                        "recorded {} answer: response_body_base64 is not base64: {e}",
                        self.operation
                    ))
                }),
            None => Ok(Bytes::new()),
        }
    }

    /// The request body bytes when they were recorded (JSON re-serialized, or decoded).
    pub fn body_bytes(&self) -> Option<Vec<u8>> {
        if let Some(v) = &self.body {
            return Some(v.to_string().into_bytes());
        }
        self.body_base64
            .as_ref()
            .and_then(|t| base64::engine::general_purpose::STANDARD.decode(t).ok())
    }
}

fn header_map(headers: &HeaderMap) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        out.entry(name.as_str().to_owned())
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(&value);
            })
            .or_insert(value);
    }
    out
}

/// What is removed from an exchange before it is written (see the [module docs](self)):
/// secrets always, personal fields when asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Redaction {
    /// Extra words (normalized) whose fields are redacted.
    fields: Vec<String>,
    /// Strings replaced wherever they appear (the access key).
    scrub: Vec<String>,
}

impl Redaction {
    /// Secrets only.
    pub fn new() -> Redaction {
        Redaction::default()
    }

    /// Also personal fields: any name containing `phone`, `mobile`, `mail`, `contact_value`
    /// (a phone number or mail address, by `contact_way`) or `customer_name`
    /// (`remind_mobile`, `email`, `cc_email`, `xcustomer_name`, ...).
    pub fn personal(mut self) -> Redaction {
        for word in PERSONAL_WORDS {
            self = self.field(*word);
        }
        self
    }

    /// Also every field, parameter or header whose name contains `name` (case, `_` and `-`
    /// ignored).
    pub fn field(mut self, name: impl AsRef<str>) -> Redaction {
        let word = normalize(name.as_ref());
        if !word.is_empty() && !self.fields.contains(&word) {
            self.fields.push(word);
        }
        self
    }

    /// Also `text` wherever it appears, in any value (the client adds its access key).
    pub fn scrub(mut self, text: impl Into<String>) -> Redaction {
        let text = text.into();
        if text.len() >= 4 && !self.scrub.contains(&text) {
            self.scrub.push(text);
        }
        self
    }

    /// Whether a value named `name` is removed.
    pub fn is_redacted_name(&self, name: &str) -> bool {
        is_secret_name(name) || self.is_personal_name(name)
    }

    fn is_personal_name(&self, name: &str) -> bool {
        let n = normalize(name);
        self.fields.iter().any(|w| n.contains(w.as_str()))
    }

    /// Removes from `exchange` what this redaction says.
    pub fn apply(&self, exchange: &mut Exchange) {
        exchange.path = self.scrub_text(&exchange.path);
        exchange.query = self.query(&exchange.query);
        self.headers(&mut exchange.request_headers);
        self.headers(&mut exchange.response_headers);
        for v in [&mut exchange.body, &mut exchange.response_body]
            .into_iter()
            .flatten()
        {
            self.value(v);
        }
        // an undecoded body may carry anything: keep it only when no secret shows in it
        if let Some(b) = &exchange.body_base64 {
            let text = base64::engine::general_purpose::STANDARD
                .decode(b)
                .map(|d| String::from_utf8_lossy(&d).into_owned())
                .unwrap_or_default();
            if self.scrub.iter().any(|s| text.contains(s.as_str())) {
                exchange.body_base64 = None;
                exchange.body_streamed = true;
            }
        }
    }

    fn scrub_text(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for s in &self.scrub {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), REDACTED);
            }
        }
        out
    }

    fn headers(&self, headers: &mut BTreeMap<String, String>) {
        headers.retain(|name, _| !DROPPED_HEADERS.contains(&name.as_str()));
        for (name, value) in headers.iter_mut() {
            *value = if self.is_redacted_name(name) {
                REDACTED.to_owned()
            } else {
                self.scrub_text(value)
            };
        }
    }

    fn query(&self, query: &str) -> String {
        if query.is_empty() {
            return String::new();
        }
        query
            .split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
                if self.is_redacted_name(&decoded) {
                    format!("{name}={REDACTED}")
                } else {
                    let value = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
                    let scrubbed = self.scrub_text(&value);
                    if scrubbed == value {
                        pair.to_owned()
                    } else {
                        format!("{name}={scrubbed}")
                    }
                }
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    fn value(&self, v: &mut Value) {
        match v {
            Value::Object(map) => {
                for (name, field) in map.iter_mut() {
                    // under a secret name every text goes, however deep in lists and objects
                    // (numbers stay: OSM's are flags such as `need_verify_code`); under a
                    // personal name texts and numbers (a phone number) go
                    if self.is_personal_name(name) {
                        redact_all(field, true);
                    } else if is_secret_name(name) {
                        redact_all(field, false);
                    } else {
                        self.value(field);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| self.value(i)),
            Value::String(s) => {
                let scrubbed = self.scrub_text(s);
                if scrubbed != *s {
                    *s = scrubbed;
                }
            }
            _ => {}
        }
    }
}

/// Every text (and number, when `numbers`) in `v`, however deep in lists and objects,
/// becomes [`REDACTED`]; flags and nulls stay.
fn redact_all(v: &mut Value, numbers: bool) {
    match v {
        Value::String(_) => *v = Value::String(REDACTED.to_owned()),
        Value::Number(_) if numbers => *v = Value::String(REDACTED.to_owned()),
        Value::Array(items) => items.iter_mut().for_each(|i| redact_all(i, numbers)),
        Value::Object(map) => map.values_mut().for_each(|i| redact_all(i, numbers)),
        Value::Number(_) | Value::Bool(_) | Value::Null => {}
    }
}

fn is_secret_name(name: &str) -> bool {
    let n = normalize(name);
    SECRET_NAMES.contains(&n.as_str()) || SECRET_WORDS.iter().any(|w| n.contains(w))
}

/// `remind_mobile` → `remindmobile`.
fn normalize(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A recording being written: one redacted [`Exchange`] per line, appended as each arrives.
#[derive(Debug)]
pub struct RecordFile {
    path: PathBuf,
    file: Mutex<File>,
    redaction: Redaction,
}

impl RecordFile {
    /// Creates (or truncates) the file at `path`.
    pub fn create(path: impl AsRef<Path>, redaction: Redaction) -> Result<RecordFile, Error> {
        let path = path.as_ref().to_owned();
        let file = File::create(&path).map_err(|source| Error::Io {
            action: "could not create the recording",
            path: path.display().to_string(),
            source,
        })?;
        Ok(RecordFile {
            path,
            file: Mutex::new(file),
            redaction,
        })
    }

    /// The redaction applied to every exchange.
    pub fn redaction(&self) -> &Redaction {
        &self.redaction
    }

    /// Redacts `exchange` and appends it as one line.
    pub fn write(&self, mut exchange: Exchange) -> Result<(), Error> {
        self.redaction.apply(&mut exchange);
        let mut line = serde_json::to_string(&exchange).map_err(|e| {
            Error::InvalidRequest(format!("could not encode a recorded exchange: {e}"))
        })?;
        line.push('\n');
        let io = |source| Error::Io {
            action: "could not write to the recording",
            path: self.path.display().to_string(),
            source,
        };
        let mut file = self.file.lock().map_err(|_| {
            io(std::io::Error::other(
                "a writer panicked while holding the recording",
            ))
        })?;
        file.write_all(line.as_bytes()).map_err(io)
    }
}

/// Reads a recording: one [`Exchange`] per non-empty line. A line that is not an exchange is
/// an error naming its number.
pub fn read_recording(text: &str) -> Result<Vec<Exchange>, Error> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| {
                Error::InvalidRequest(format!(
                    "line {} of the recording is not an exchange: {e}",
                    i + 1
                ))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use serde_json::json;

    use super::*;

    fn exchange() -> Exchange {
        let mut req = HeaderMap::new();
        req.insert(
            "authorization",
            "SDK-HMAC-SHA256 Access=AKSECRET1, Signature=x"
                .parse()
                .unwrap(),
        );
        req.insert("x-security-token", "tok".parse().unwrap());
        req.insert("x-auth-token", "tok".parse().unwrap());
        req.insert("x-domain-id", "dom".parse().unwrap());
        req.insert("x-language", "en-us".parse().unwrap());
        req.insert("content-type", "application/json".parse().unwrap());
        let mut resp = HeaderMap::new();
        resp.insert("x-request-id", "r1".parse().unwrap());
        resp.insert("set-cookie", "a=b".parse().unwrap());
        let body = json!({
            "simple_description": "by AKSECRET1",
            "remind_mobile": "13800000000",
            "remind_mail": "a@example.com",
            "verify_code": "123456",
            "contact": {"password": "p", "name": "n", "phone": 138},
            "need_verify_code": 1,
            "passwords": ["pw-list"],
            "secret": {"v": "s3", "set": true},
            "contact_value": "u@example.org",
            "xcustomer_name": "Li Lei",
        });
        Exchange::from_parts(
            "create_cases",
            "POST",
            "/v2/servicerequest/cases",
            "ak=AKSECRET1&limit=1&mobile=138",
            &req,
            SeenBody::Bytes(body.to_string().as_bytes()),
            200,
            &resp,
            br#"{"incident_id":"CS1","creator":"AKSECRET1"}"#,
        )
    }

    #[test]
    fn secrets_always_go_personal_fields_when_asked() {
        let mut e = exchange();
        Redaction::new().scrub("AKSECRET1").apply(&mut e);
        let text = serde_json::to_string(&e).unwrap();
        for gone in [
            "AKSECRET1",
            "Signature",
            "tok",
            "dom",
            "123456",
            "\"p\"",
            "set-cookie",
            "pw-list",
            "s3",
        ] {
            assert!(!text.contains(gone), "{gone} in {text}");
        }
        assert_eq!(
            e.request_headers.keys().collect::<Vec<_>>(),
            ["content-type", "x-language"]
        );
        assert_eq!(e.query, "ak=[REDACTED]&limit=1&mobile=138");
        assert!(text.contains("13800000000") && text.contains("a@example.com"));
        assert!(text.contains("u@example.org") && text.contains("Li Lei"));
        assert_eq!(
            e.body.as_ref().unwrap()["secret"]["set"],
            true,
            "a flag under a secret name stays"
        );
        assert_eq!(
            e.body.as_ref().unwrap()["need_verify_code"],
            1,
            "a flag is no secret"
        );
        assert_eq!(e.response_body.as_ref().unwrap()["creator"], REDACTED);
        assert_eq!(
            e.body.as_ref().unwrap()["simple_description"],
            "by [REDACTED]"
        );

        let mut e = exchange();
        Redaction::new().personal().scrub("AKSECRET1").apply(&mut e);
        let text = serde_json::to_string(&e).unwrap();
        for gone in [
            "13800000000",
            "a@example.com",
            "138",
            "u@example.org",
            "Li Lei",
        ] {
            assert!(!text.contains(gone), "{gone} in {text}");
        }
        assert_eq!(e.body.as_ref().unwrap()["contact"]["name"], "n");
        assert_eq!(e.query, "ak=[REDACTED]&limit=1&mobile=[REDACTED]");
    }

    #[test]
    fn recordings_round_trip_and_bad_lines_are_named() {
        let e = exchange();
        let line = serde_json::to_string(&e).unwrap();
        let read = read_recording(&format!("{line}\n\n{line}\n")).unwrap();
        assert_eq!(read, vec![e.clone(), e]);
        let err = read_recording(&format!("{line}\nnot json\n")).unwrap_err();
        assert!(err.to_string().contains("line 2 of the recording"), "{err}");
    }

    #[test]
    fn bodies_json_binary_streamed_and_empty() {
        let h = HeaderMap::new();
        let e = Exchange::from_parts(
            "x",
            "GET",
            "/",
            "",
            &h,
            SeenBody::Bytes(b""),
            200,
            &h,
            b"\x00\x01",
        );
        assert_eq!((e.body.is_none(), e.body_streamed), (true, false));
        assert_eq!(e.response_bytes().unwrap().as_ref(), b"\x00\x01");
        let e = Exchange::from_parts("x", "POST", "/", "", &h, SeenBody::Streamed, 200, &h, b"{}");
        assert!(e.body_streamed);
        assert_eq!(e.response_bytes().unwrap().as_ref(), b"{}");
        let e = Exchange::from_parts(
            "x",
            "POST",
            "/",
            "",
            &h,
            SeenBody::Bytes(b"--b\r\n"),
            200,
            &h,
            b"",
        );
        assert_eq!(e.body_bytes().unwrap(), b"--b\r\n");
    }
}
