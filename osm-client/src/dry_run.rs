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
    /// Every header, in the order sent, secrets redacted: the request's own, then those the
    /// HTTP client and connection add (`accept`, `user-agent`, `host`, `content-length`).
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

    /// Records `request` with the headers the HTTP client adds when sending: its defaults
    /// (`http_defaults`: `accept`, `user-agent`) where the request has none, then `host`
    /// (signed, though only the connection adds it) and `content-length` of a body of bytes, in
    /// the order HTTP/1.1 puts them on the wire.
    pub(crate) fn record(
        &self,
        operation: &'static str,
        request: &reqwest::Request,
        http_defaults: &http::HeaderMap,
    ) {
        let own = request.headers();
        let mut headers: Vec<(String, String)> = own
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
        for (name, value) in http_defaults {
            if !own.contains_key(name) {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                headers.push((name.as_str().to_owned(), value));
            }
        }
        if !own.contains_key(http::header::HOST)
            && let Some(host) = request.url().host_str()
        {
            // the port only when it is not the scheme's default, as the connection sends it
            let host = match request.url().port() {
                Some(port) => format!("{host}:{port}"),
                None => host.to_owned(),
            };
            headers.push(("host".to_owned(), host));
        }
        if let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes)
            && !bytes.is_empty()
            && !own.contains_key(http::header::CONTENT_LENGTH)
        {
            headers.push(("content-length".to_owned(), bytes.len().to_string()));
        }
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
        dry.record("op", &request, &http::HeaderMap::new());
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

    /// What the connection adds is recorded too, after the request's own headers: the HTTP
    /// client's defaults it lacks, `host` (port only when not the default) and the length.
    #[test]
    fn the_headers_added_when_sending_are_recorded() {
        let mut defaults = http::HeaderMap::new();
        defaults.insert("accept", http::HeaderValue::from_static("*/*"));
        defaults.insert("user-agent", http::HeaderValue::from_static("osm-test/1"));
        let client = reqwest::Client::new();
        let dry = DryRun::new();
        let post = client
            .post("http://127.0.0.1:8080/v2/x")
            .header("accept", "application/json")
            .body("{}")
            .build()
            .unwrap();
        dry.record("post", &post, &defaults);
        let get = client.get("https://osm.example:443/v2/x").build().unwrap();
        dry.record("get", &get, &defaults);
        let [post, get] = &dry.requests()[..] else {
            panic!("two requests")
        };
        let pairs = |r: &RecordedRequest| {
            r.headers
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            pairs(post),
            [
                "accept: application/json",
                "user-agent: osm-test/1",
                "host: 127.0.0.1:8080",
                "content-length: 2"
            ]
        );
        assert_eq!(
            pairs(get),
            ["accept: */*", "user-agent: osm-test/1", "host: osm.example"]
        );
    }
}
