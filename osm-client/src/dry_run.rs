//! Dry runs: every request is prepared and signed exactly as for sending, then recorded
//! instead of sent ([`ClientBuilder::dry_run`](crate::ClientBuilder::dry_run)).
//!
//! The recording never holds a secret: the signature in `Authorization` and the values of
//! `X-Security-Token` and `X-Auth-Token` are replaced by `<redacted>`. Each recorded call is
//! answered locally with `200 {}` (header `X-Request-Id: dry-run`), so a JSON answer decodes
//! to an empty model, a page stream ends after its first page and a download is empty.

use std::sync::{Arc, Mutex};

use bytes::Bytes;

/// What is shown instead of a secret.
pub const REDACTED: &str = "<redacted>";

/// The body of a recorded request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordedBody {
    /// No body.
    Empty,
    /// The bytes that would have been sent.
    Bytes(Bytes),
    /// A streamed body (an upload), not read; its length when known.
    Streamed {
        /// `Content-Length`, when set.
        len: Option<u64>,
    },
}

/// A request as it would have been sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The operation's id.
    pub operation: &'static str,
    /// Upper-case HTTP method.
    pub method: String,
    /// The full URL, query in canonical order.
    pub url: String,
    /// Every header, in order, secrets redacted.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: RecordedBody,
}

/// Where a dry-run client records its requests; clones share the recording.
#[derive(Clone, Debug, Default)]
pub struct DryRun(Arc<Mutex<Vec<RecordedRequest>>>);

impl DryRun {
    /// An empty recording.
    pub fn new() -> Self {
        Self::default()
    }

    /// The requests recorded so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    pub(crate) fn record(&self, operation: &'static str, request: &reqwest::Request) {
        let headers = request
            .headers()
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes());
                let shown = match name.as_str() {
                    "authorization" => redact_signature(&value),
                    "x-security-token" | "x-auth-token" => REDACTED.to_owned(),
                    _ => value.into_owned(),
                };
                (name.as_str().to_owned(), shown)
            })
            .collect();
        let body = match request.body() {
            None => RecordedBody::Empty,
            Some(b) => match b.as_bytes() {
                Some([]) => RecordedBody::Empty,
                Some(bytes) => RecordedBody::Bytes(Bytes::copy_from_slice(bytes)),
                None => RecordedBody::Streamed {
                    len: request
                        .headers()
                        .get(http::header::CONTENT_LENGTH)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse().ok()),
                },
            },
        };
        let recorded = RecordedRequest {
            operation,
            method: request.method().as_str().to_owned(),
            url: request.url().as_str().to_owned(),
            headers,
            body,
        };
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(recorded);
    }

    /// The local answer to a recorded request.
    pub(crate) fn answer() -> reqwest::Response {
        let response = http::Response::builder()
            .status(http::StatusCode::OK)
            .header(http::header::CONTENT_TYPE, "application/json")
            .header("x-request-id", "dry-run")
            .body("{}")
            .unwrap_or_default();
        reqwest::Response::from(response)
    }
}

/// `SDK-HMAC-SHA256 Access=AK, SignedHeaders=…, Signature=<redacted>`: the access key and
/// signed headers stay, the signature goes.
fn redact_signature(value: &str) -> String {
    match value.find("Signature=") {
        Some(i) => format!("{}Signature={REDACTED}", &value[..i]),
        None => REDACTED.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn signature_and_tokens_are_redacted() {
        let request = reqwest::Client::new()
            .post("http://127.0.0.1:1/v2/x?a=1")
            .header(
                "authorization",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abcdef",
            )
            .header("x-security-token", "TOKEN")
            .header("x-auth-token", "IAM")
            .body("{\"a\":1}")
            .build()
            .unwrap();
        let dry = DryRun::new();
        dry.record("op", &request);
        let r = &dry.requests()[0];
        assert_eq!(r.method, "POST");
        assert_eq!(r.url, "http://127.0.0.1:1/v2/x?a=1");
        let h: std::collections::BTreeMap<_, _> = r.headers.iter().cloned().collect();
        assert_eq!(
            h["authorization"],
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=<redacted>"
        );
        assert_eq!(h["x-security-token"], REDACTED);
        assert_eq!(h["x-auth-token"], REDACTED);
        assert_eq!(
            r.body,
            RecordedBody::Bytes(Bytes::from_static(b"{\"a\":1}"))
        );
        assert_eq!(redact_signature("Basic xyz"), REDACTED);
    }
}
