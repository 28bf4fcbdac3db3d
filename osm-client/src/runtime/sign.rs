//! Adapting a `reqwest::Request` to osm-auth's pure signer.
//!
//! The signer sees the method, `host[:port]` as the HTTP client will send it, the path as
//! sent, the decoded query pairs, every header already on the request, and the body bytes
//! (a streaming body is signed as `UNSIGNED-PAYLOAD`). Its output headers are added and the
//! query is rewritten in canonical order, so the server recomputes the very same bytes.

use std::borrow::Cow;
use std::time::SystemTime;

use http::{HeaderName, HeaderValue};
use osm_auth::identity::Identity;
use osm_auth::{
    Algorithm, Credentials, SignableBody, SignableRequest, SigningOutput, SigningParams,
};
use reqwest::Request;

use crate::error::Error;

/// Headers the signer owns; removed before (re-)signing so a retry gets fresh ones.
/// Typed names, so removing them needs no parsing (removing by `&str` parses each name).
/// The header an IAM token travels in.
const AUTH_TOKEN: HeaderName = HeaderName::from_static("x-auth-token");

const SIGNING_HEADERS: [HeaderName; 6] = [
    http::header::AUTHORIZATION,
    HeaderName::from_static("x-sdk-date"),
    HeaderName::from_static("x-sdk-content-sha256"),
    HeaderName::from_static("x-sdk-content-sm3"),
    HeaderName::from_static("x-domain-id"),
    HeaderName::from_static("x-security-token"),
];

/// How requests are signed (the credentials come with each call's identity).
#[derive(Clone, Debug)]
pub(crate) struct RequestSigner {
    pub(crate) algorithm: Algorithm,
    /// Region for `V11-HMAC-SHA256`'s derived key.
    pub(crate) region: String,
}

impl RequestSigner {
    /// Authenticates `req` as `identity` at `now`, replacing any earlier signature or token:
    /// AK/SK credentials sign it (the signer's output is returned); an IAM token is sent as
    /// `X-Auth-Token`, unsigned.
    pub(crate) fn authenticate(
        &self,
        req: &mut Request,
        identity: &Identity,
        now: SystemTime,
    ) -> Result<Option<SigningOutput>, Error> {
        for name in &SIGNING_HEADERS {
            req.headers_mut().remove(name);
        }
        req.headers_mut().remove(&AUTH_TOKEN);
        match identity {
            Identity::AkSk(credentials) => self.sign(req, credentials, now).map(Some),
            Identity::Token(token) => {
                let mut value =
                    HeaderValue::from_str(token.token().expose_secret()).map_err(|_| {
                        Error::Signing("the IAM token is not a valid header value".into())
                    })?;
                value.set_sensitive(true);
                req.headers_mut().insert(AUTH_TOKEN, value);
                Ok(None)
            }
            _ => Err(Error::Signing(
                "this kind of identity is not supported by this osm-client version".into(),
            )),
        }
    }

    /// Signs `req` with `credentials` at `now`.
    fn sign(
        &self,
        req: &mut Request,
        credentials: &Credentials,
        now: SystemTime,
    ) -> Result<SigningOutput, Error> {
        let out = {
            let url = req.url();
            let host: Cow<'_, str> = match (url.host_str(), url.port()) {
                (None, _) => {
                    return Err(Error::Signing(format!("the URL {url} has no host")));
                }
                // Without user info the authority is `host[:port]`, already formatted.
                (Some(_), _) if url.username().is_empty() && url.password().is_none() => {
                    Cow::Borrowed(url.authority())
                }
                (Some(h), Some(p)) => Cow::Owned(format!("{h}:{p}")),
                (Some(h), None) => Cow::Borrowed(h),
            };
            let body = match req.body() {
                None => SignableBody::Bytes(&[]),
                Some(b) => match b.as_bytes() {
                    Some(bytes) => SignableBody::Bytes(bytes),
                    None => SignableBody::UnsignedPayload,
                },
            };
            let mut signable = SignableRequest::new(req.method().as_str(), host, url.path())
                .with_raw_query(url.query().unwrap_or(""))
                .with_body(body);
            for (name, value) in req.headers() {
                // Non-ASCII (UTF-8) values are signed as the official SDK signs them.
                let value = std::str::from_utf8(value.as_bytes()).map_err(|_| {
                    Error::Signing(format!(
                        "the {name} header value is not UTF-8; the signature cannot cover it"
                    ))
                })?;
                signable = signable.with_header(canonical_name(name), value);
            }
            self.sign_signable(&signable, credentials, now)?
        };
        for (name, value) in out.headers_to_add() {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|e| Error::Signing(format!("signer produced header {name:?}: {e}")))?;
            let mut value = HeaderValue::from_str(value)
                .map_err(|e| Error::Signing(format!("signer produced a bad {name} value: {e}")))?;
            if name == "x-security-token" || name == "authorization" {
                value.set_sensitive(true);
            }
            req.headers_mut().insert(name, value);
        }
        let query = out.canonical_query();
        req.url_mut()
            .set_query(if query.is_empty() { None } else { Some(query) });
        Ok(out)
    }

    fn sign_signable(
        &self,
        signable: &SignableRequest<'_>,
        credentials: &Credentials,
        now: SystemTime,
    ) -> Result<SigningOutput, Error> {
        let mut params = SigningParams::new(credentials, now).with_algorithm(self.algorithm);
        if self.algorithm == Algorithm::V11HmacSha256 {
            params = params.with_derived_scope(&self.region, "osm");
        }
        let out = osm_auth::sign(signable, &params).map_err(|e| Error::Signing(e.to_string()))?;
        tracing::trace!(
            canonical_request = %out.canonical_request(),
            string_to_sign = %out.string_to_sign(),
            "signed"
        );
        Ok(out)
    }
}

/// The header name as the official SDK spells it, so the signed header set matches byte for
/// byte (names are lower-cased in the canonical request anyway; `Content-Type` is looked up
/// with this exact spelling by the signer).
fn canonical_name(name: &HeaderName) -> &str {
    match name.as_str() {
        "content-type" => "Content-Type",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::time::{Duration, UNIX_EPOCH};

    use super::*;

    fn signer() -> RequestSigner {
        RequestSigner {
            algorithm: Algorithm::SdkHmacSha256,
            region: "cn-south-1".into(),
        }
    }

    fn identity() -> Identity {
        Identity::AkSk(
            Credentials::new("AKTEST", "SECRET-SK-VALUE")
                .unwrap()
                .with_security_token("SECRET-TOKEN-VALUE")
                .with_domain_id("dom-1"),
        )
    }

    fn request(body: Option<reqwest::Body>) -> Request {
        let mut b = reqwest::Client::new()
            .post("http://127.0.0.1:8080/v2/servicerequest/cases?z=1&a=b%20c&a=a")
            .header("content-type", "application/json");
        if let Some(body) = body {
            b = b.body(body);
        }
        b.build().unwrap()
    }

    #[test]
    fn signs_with_domain_token_and_canonical_query() {
        let t = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let mut req = request(Some(r#"{"a":1}"#.into()));
        signer().authenticate(&mut req, &identity(), t).unwrap();
        let h = req.headers();
        assert_eq!(h["x-domain-id"], "dom-1");
        assert_eq!(h["x-sdk-date"], "20270115T080000Z");
        assert!(h["x-security-token"].is_sensitive());
        assert!(h["authorization"].is_sensitive());
        let auth = h["authorization"].to_str().unwrap();
        assert!(
            auth.starts_with("SDK-HMAC-SHA256 Access=AKTEST, SignedHeaders=content-type;host;x-domain-id;x-sdk-date;x-security-token, Signature="),
            "{auth}"
        );
        assert_eq!(req.url().query(), Some("a=a&a=b%20c&z=1"));

        // signing again (a retry) replaces the signature instead of adding a second one
        let first = auth.to_owned();
        signer()
            .authenticate(&mut req, &identity(), t + Duration::from_secs(5))
            .unwrap();
        assert_eq!(req.headers().get_all("authorization").iter().count(), 1);
        assert_ne!(req.headers()["authorization"], first.as_str());
        assert_eq!(req.headers()["x-sdk-date"], "20270115T080005Z");
    }

    #[test]
    fn signed_host_is_host_and_port_as_sent() {
        let t = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let signer = signer();
        let cases = [
            ("http://127.0.0.1:8080/v2/x", "127.0.0.1:8080"),
            (
                "https://osm.cn-south-1.myhuaweicloud.com/v2/x",
                "osm.cn-south-1.myhuaweicloud.com",
            ),
            ("https://osm.example.com:443/v2/x", "osm.example.com"),
            ("http://[::1]:9000/v2/x", "[::1]:9000"),
            ("http://:pw@[::1]:9000/v2/x", "[::1]:9000"),
        ];
        for (url, host) in cases {
            let mut req = reqwest::Client::new().get(url).build().unwrap();
            signer.authenticate(&mut req, &identity(), t).unwrap();
            let Identity::AkSk(credentials) = identity() else {
                unreachable!()
            };
            let expected = signer
                .sign_signable(&SignableRequest::new("GET", host, "/v2/x"), &credentials, t)
                .unwrap();
            assert_eq!(
                req.headers()["authorization"],
                expected.authorization(),
                "{url}"
            );
        }
    }

    #[test]
    fn streaming_bodies_are_unsigned_payload() {
        let stream = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from("x"))]);
        let mut req = request(Some(reqwest::Body::wrap_stream(stream)));
        signer()
            .authenticate(
                &mut req,
                &identity(),
                UNIX_EPOCH + Duration::from_secs(1_800_000_000),
            )
            .unwrap();
        assert_eq!(req.headers()["x-sdk-content-sha256"], "UNSIGNED-PAYLOAD");
    }

    #[test]
    fn a_token_is_sent_unsigned_and_replaces_a_signature() {
        let t = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let mut req = request(Some(r#"{"a":1}"#.into()));
        signer().authenticate(&mut req, &identity(), t).unwrap();
        let token = osm_auth::identity::IamToken::new(
            "TOKEN-SECRET",
            t + Duration::from_secs(3600),
            "dom-1",
        )
        .unwrap();
        signer()
            .authenticate(&mut req, &Identity::Token(token), t)
            .unwrap();
        let h = req.headers();
        assert_eq!(h["x-auth-token"], "TOKEN-SECRET");
        assert!(h["x-auth-token"].is_sensitive());
        for gone in [
            "authorization",
            "x-sdk-date",
            "x-domain-id",
            "x-security-token",
        ] {
            assert!(!h.contains_key(gone), "{gone} left on a token request");
        }
    }
}
