//! One HTTP call with a timeout, a capped body and errors that name the provider and URL;
//! the official SDKs' parsing of temporary credentials and of IAM's time stamps.

use std::time::{Duration, SystemTime};

use http::HeaderMap;
use serde::Deserialize;

use super::IdentityError;
use crate::{Credentials, SecretString};

/// Largest response body read (metadata, IAM and pod-identity answers are a few KiB).
const MAX_BODY: usize = 1024 * 1024;
/// Longest error message quoted from a body.
const MAX_QUOTED: usize = 300;

/// A call about to be made: who makes it, where, and how long it may take.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub(crate) provider: &'static str,
    pub(crate) url: String,
    pub(crate) timeout: Duration,
}

/// A response whose body was read completely.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) bytes: Vec<u8>,
    pub(crate) trace_id: Option<String>,
    provider: &'static str,
    url: String,
}

impl Call {
    pub(crate) fn new(provider: &'static str, url: &str, timeout: Duration) -> Self {
        Self {
            provider,
            url: url.to_owned(),
            timeout,
        }
    }

    fn transport(&self, e: &reqwest::Error) -> IdentityError {
        IdentityError::Unreachable {
            provider: self.provider,
            url: self.url.clone(),
            timed_out: e.is_timeout(),
            detail: error_chain(e),
        }
    }

    /// Sends `req` with this call's timeout (connecting, sending and reading the body) and
    /// reads at most 1 MiB of body.
    pub(crate) async fn send(&self, req: reqwest::RequestBuilder) -> Result<Answer, IdentityError> {
        let read = async {
            let mut resp = req
                .timeout(self.timeout)
                .send()
                .await
                .map_err(|e| self.transport(&e))?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let mut bytes = Vec::new();
            while let Some(chunk) = resp.chunk().await.map_err(|e| self.transport(&e))? {
                if bytes.len() + chunk.len() > MAX_BODY {
                    return Err(self.bad(format!("the body is larger than {MAX_BODY} bytes")));
                }
                bytes.extend_from_slice(&chunk);
            }
            let trace_id = headers
                .get("x-iam-trace-id")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            Ok(Answer {
                status,
                headers,
                bytes,
                trace_id,
                provider: self.provider,
                url: self.url.clone(),
            })
        };
        // reqwest's timeout covers the body too; this is the backstop for an injected client.
        match tokio::time::timeout(self.timeout + Duration::from_secs(1), read).await {
            Ok(r) => r,
            Err(_) => Err(IdentityError::Unreachable {
                provider: self.provider,
                url: self.url.clone(),
                timed_out: true,
                detail: format!("no complete answer within {:?}", self.timeout),
            }),
        }
    }

    pub(crate) fn bad(&self, detail: impl Into<String>) -> IdentityError {
        IdentityError::BadResponse {
            provider: self.provider,
            url: self.url.clone(),
            detail: detail.into(),
        }
    }
}

impl Answer {
    /// The answer when its status is 2xx, else [`IdentityError::Rejected`] quoting the error
    /// message of the body (IAM's `{"error":{"message"}}`, the gateway's `error_msg`, or the
    /// text).
    pub(crate) fn into_ok(self) -> Result<Answer, IdentityError> {
        if (200..300).contains(&self.status) {
            return Ok(self);
        }
        Err(self.rejected(""))
    }

    /// [`IdentityError::Rejected`] for this answer, with `hint` appended.
    pub(crate) fn rejected(&self, hint: &str) -> IdentityError {
        IdentityError::Rejected {
            provider: self.provider,
            url: self.url.clone(),
            status: self.status,
            message: format!("{}{hint}", error_message(&self.bytes)),
            trace_id: self.trace_id.clone(),
        }
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// The message of an error body, truncated; never the whole of an unexpected body.
fn error_message(body: &[u8]) -> String {
    let v: Option<serde_json::Value> = serde_json::from_slice(body).ok();
    let from_json = v.as_ref().and_then(|v| {
        let pick = |p: &str| v.pointer(p).and_then(|m| m.as_str()).map(str::to_owned);
        pick("/error/message")
            .or_else(|| pick("/error_msg"))
            .or_else(|| pick("/message"))
            .map(
                |m| match pick("/error_code").or_else(|| pick("/error/code")) {
                    Some(code) => format!("{code}: {m}"),
                    None => m,
                },
            )
    });
    let text = from_json.unwrap_or_else(|| String::from_utf8_lossy(body).trim().to_owned());
    let text = if text.is_empty() {
        "(empty body)".to_owned()
    } else {
        text
    };
    truncate(&text, MAX_QUOTED)
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

/// The error and its causes, one line.
pub(crate) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let t = c.to_string();
        if !s.contains(&t) {
            s.push_str(": ");
            s.push_str(&t);
        }
        cur = c.source();
    }
    s
}

/// Parses a JSON body, or says which field is wrong (never quoting the body: it may hold a
/// secret).
pub(crate) fn json<T: serde::de::DeserializeOwned>(
    call: &Call,
    bytes: &[u8],
) -> Result<T, IdentityError> {
    serde_json::from_slice(bytes).map_err(|e| call.bad(format!("not the expected JSON: {e}")))
}

/// IAM's and the metadata service's time stamps: RFC 3339 in UTC with or without fractional
/// seconds (`2026-11-29T08:00:00.123000Z`, `2026-11-29T08:00:00Z`).
pub(crate) fn parse_time(s: &str) -> Option<SystemTime> {
    time::OffsetDateTime::parse(s.trim(), &time::format_description::well_known::Rfc3339)
        .ok()
        .map(SystemTime::from)
}

/// Temporary credentials as the official SDKs read them (`StsAccessor._process_credential`):
/// under `credential` or `credentials` (or at the top level), the keys `access` /
/// `accessKeyId` / `access_key_id`, `secret` / `secretAccessKey` / `secret_access_key`,
/// `securitytoken` / `securityToken` / `security_token`, `expires_at` / `expiration`.
#[derive(Deserialize)]
struct TemporaryFields {
    #[serde(alias = "accessKeyId", alias = "access_key_id")]
    access: Option<String>,
    #[serde(alias = "secretAccessKey", alias = "secret_access_key")]
    secret: Option<String>,
    #[serde(alias = "securityToken", alias = "security_token")]
    securitytoken: Option<String>,
    #[serde(alias = "expiration")]
    expires_at: Option<String>,
}

/// Reads temporary AK/SK, security token and expiry from a JSON body; every missing or
/// malformed field is a [`IdentityError::BadResponse`] naming it.
pub(crate) fn temporary_credentials(
    call: &Call,
    bytes: &[u8],
) -> Result<Credentials, IdentityError> {
    let v: serde_json::Value = json(call, bytes)?;
    let inner = v
        .get("credential")
        .or_else(|| v.get("credentials"))
        .cloned()
        .unwrap_or(v);
    let fields: TemporaryFields = serde_json::from_value(inner)
        .map_err(|e| call.bad(format!("the credential object is malformed: {e}")))?;
    let need = |v: Option<String>, name: &str| {
        v.filter(|s| !s.trim().is_empty())
            .ok_or_else(|| call.bad(format!("the credential has no {name}")))
    };
    let access = need(fields.access, "access key (access)")?;
    let secret = SecretString::new(need(fields.secret, "secret key (secret)")?);
    let token = SecretString::new(need(
        fields.securitytoken,
        "security token (securitytoken)",
    )?);
    let expires = need(fields.expires_at, "expiry (expires_at)")?;
    let expires_at = parse_time(&expires).ok_or_else(|| {
        call.bad(format!(
            "the credential's expires_at {:?} is not an RFC 3339 UTC time",
            truncate(&expires, 40)
        ))
    })?;
    let credentials = Credentials::new(access.trim(), secret)
        .map_err(|e| call.bad(format!("the temporary access key is unusable: {e}")))?;
    Ok(credentials
        .with_security_token(token)
        .with_expiry(expires_at))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn call() -> Call {
        Call::new("test", "http://x/y", Duration::from_secs(1))
    }

    #[test]
    fn reads_every_shape_the_sdks_read() {
        for body in [
            r#"{"credential":{"access":"AK1","secret":"S","securitytoken":"T","expires_at":"2026-11-29T08:00:00.137000Z"}}"#,
            r#"{"credentials":{"accessKeyId":"AK1","secretAccessKey":"S","securityToken":"T","expiration":"2026-11-29T08:00:00.137Z"}}"#,
            r#"{"access_key_id":"AK1","secret_access_key":"S","security_token":"T","expires_at":"2026-11-29T08:00:00Z"}"#,
        ] {
            let c = temporary_credentials(&call(), body.as_bytes()).unwrap();
            assert_eq!(c.access_key(), "AK1");
            assert_eq!(c.secret_key().expose_secret(), "S");
            assert_eq!(c.security_token().unwrap().expose_secret(), "T");
            let secs = c
                .expiry()
                .unwrap()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_secs();
            assert_eq!(secs, 1_795_939_200, "{body}");
        }
    }

    #[test]
    fn malformed_credentials_say_what_is_wrong_without_quoting_secrets() {
        let cases = [
            ("not json", "not the expected JSON"),
            (r#"{"credential":[]}"#, "malformed"),
            (
                r#"{"credential":{"access":"A","secret":"TOPSECRET"}}"#,
                "security token",
            ),
            (
                r#"{"credential":{"access":"A","secret":"TOPSECRET","securitytoken":"T","expires_at":"tomorrow"}}"#,
                "RFC 3339",
            ),
            (
                r#"{"credential":{"access":"A B","secret":"TOPSECRET","securitytoken":"T","expires_at":"2026-11-29T08:00:00Z"}}"#,
                "access key",
            ),
            (r#"{"credential":{"access":1}}"#, "malformed"),
        ];
        for (body, want) in cases {
            let e = temporary_credentials(&call(), body.as_bytes()).unwrap_err();
            let text = e.to_string();
            assert!(matches!(e, IdentityError::BadResponse { .. }), "{text}");
            assert!(text.contains(want), "{body}: {text}");
            assert!(!text.contains("TOPSECRET"), "{text}");
        }
    }

    #[test]
    fn error_messages_are_read_from_every_body_shape_and_truncated() {
        assert_eq!(
            error_message(br#"{"error":{"code":401,"message":"bad password"}}"#),
            "bad password"
        );
        assert_eq!(
            error_message(br#"{"error_code":"APIGW.0301","error_msg":"no"}"#),
            "APIGW.0301: no"
        );
        assert_eq!(error_message(b"  plain text \n"), "plain text");
        assert_eq!(error_message(b""), "(empty body)");
        let long = "é".repeat(400);
        let m = error_message(long.as_bytes());
        assert!(m.len() <= MAX_QUOTED + 3 && m.ends_with('…'));
    }
}
