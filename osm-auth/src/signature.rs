//! The stages shared by signer and verifier: canonical request → string to sign →
//! `Authorization` value.

use std::fmt;

use crate::algorithm::Hex64;
use crate::{Algorithm, SdkDate};

/// The region and service a `V11-HMAC-SHA256` key is derived for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DerivedScope<'a> {
    /// Region id, e.g. `cn-south-1` (the official SDKs use `globe` for global services).
    pub region: &'a str,
    /// Service name, e.g. `osm`.
    pub service: &'a str,
}

/// `METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nHASH`, the bytes whose hash is signed, borrowed
/// from a [`SigningOutput`](crate::SigningOutput).
///
/// [`CanonicalRequest::as_str`] gives the exact bytes. `Display` and `Debug` print them with the
/// `x-security-token` value replaced by `<redacted>`, so the value can go to TRACE logs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CanonicalRequest<'a> {
    text: &'a str,
    /// The trimmed security token, whose `\nx-security-token:<value>\n` line is hidden when
    /// displayed.
    security_token: Option<&'a str>,
}

impl<'a> CanonicalRequest<'a> {
    pub(crate) fn new(text: &'a str, security_token: Option<&'a str>) -> Self {
        Self {
            text,
            security_token,
        }
    }

    /// The exact canonical request.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

impl fmt::Display for CanonicalRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(token) = self.security_token else {
            return f.write_str(self.text);
        };
        let line = zeroize::Zeroizing::new(format!("\nx-security-token:{token}\n"));
        if self.text.contains(line.as_str()) {
            f.write_str(
                &self
                    .text
                    .replace(line.as_str(), "\nx-security-token:<redacted>\n"),
            )
        } else {
            f.write_str(self.text)
        }
    }
}

impl fmt::Debug for CanonicalRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CanonicalRequest({:?})", self.to_string())
    }
}

/// `ALGORITHM\nDATE\n[SCOPE\n]HASH(canonical request)`, the text that is signed, borrowed
/// from a [`SigningOutput`](crate::SigningOutput).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StringToSign<'a>(&'a str);

impl<'a> StringToSign<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self(text)
    }

    /// The exact string to sign.
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

impl fmt::Display for StringToSign<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The V11 credential scope `YYYYMMDD/region/service`.
pub(crate) fn scope_info(date: SdkDate, scope: DerivedScope<'_>) -> String {
    format!("{}/{}/{}", date.date_stamp(), scope.region, scope.service)
}

/// Appends the string to sign whose last line is `canonical_hash` (the hex hash of the
/// canonical request) to `out`.
pub(crate) fn push_string_to_sign(
    out: &mut String,
    algorithm: Algorithm,
    date: &str,
    info: Option<&str>,
    canonical_hash: &Hex64,
) {
    out.push_str(algorithm.name());
    out.push('\n');
    out.push_str(date);
    out.push('\n');
    if let Some(info) = info {
        out.push_str(info);
        out.push('\n');
    }
    out.push_str(canonical_hash.as_str());
}

/// Appends the `Authorization` header value to `out`.
pub(crate) fn push_authorization(
    out: &mut String,
    algorithm: Algorithm,
    access_key: &str,
    info: Option<&str>,
    signed_headers: impl FnOnce(&mut String),
    signature: &str,
) {
    out.push_str(algorithm.name());
    match info {
        Some(info) => {
            out.push_str(" Credential=");
            out.push_str(access_key);
            out.push('/');
            out.push_str(info);
        }
        None => {
            out.push_str(" Access=");
            out.push_str(access_key);
        }
    }
    out.push_str(", SignedHeaders=");
    signed_headers(out);
    out.push_str(", Signature=");
    out.push_str(signature);
}
