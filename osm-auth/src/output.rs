//! The result of signing: headers to send, query to send, intermediate stages.

use std::fmt;
use std::ops::Range;

use crate::SdkDate;
use crate::algorithm::Hex64;
use crate::signature::{CanonicalRequest, StringToSign};

pub(crate) const HOST: &str = "Host";
pub(crate) const SECURITY_TOKEN: &str = "X-Security-Token";

/// One header of the signed request, as ranges into [`SigningOutput`]'s buffer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OutputHeader {
    pub(crate) name: Range<usize>,
    pub(crate) value: Range<usize>,
    /// Set or replaced by the signer.
    pub(crate) added: bool,
}

/// The result of [`sign`]: the headers to send, the query string to send, and every
/// intermediate stage for logging and tests.
///
/// `Debug` and the canonical request's `Display` redact the security token; when there is a
/// token, header values and the canonical request are zeroized on drop.
#[derive(Clone)]
pub struct SigningOutput {
    /// Every header name and value, back to back.
    pub(crate) buf: String,
    pub(crate) headers: Vec<OutputHeader>,
    pub(crate) host_added: bool,
    /// Whether `buf` holds a security token (then it is zeroized on drop).
    pub(crate) holds_secret: bool,
    pub(crate) canonical_query: String,
    pub(crate) canonical_request: CanonicalRequest,
    pub(crate) string_to_sign: StringToSign,
    pub(crate) signature: Hex64,
    pub(crate) date: SdkDate,
}

impl SigningOutput {
    fn pair(&self, h: &OutputHeader) -> (&str, &str) {
        (&self.buf[h.name.clone()], &self.buf[h.value.clone()])
    }

    /// Every header of the signed request in the Python SDK's order (given ones, then the added
    /// ones), values trimmed as signed, `Authorization` last. This is what `osm sign` prints.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().map(|h| self.pair(h))
    }

    /// The headers the signer set (`X-Domain-Id`, `X-Security-Token`, `X-Sdk-Content-*`,
    /// `X-Sdk-Date` if absent, `Authorization`), without an added `Host`: add these to the
    /// request.
    pub fn headers_to_add(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers
            .iter()
            .filter(|h| h.added)
            .map(|h| self.pair(h))
            .filter(|(n, _)| !(self.host_added && *n == HOST))
    }

    /// The `Host` value the signature covers when the request had no `Host` header (HTTP
    /// clients send the same value from the URL by themselves).
    pub fn added_host(&self) -> Option<&str> {
        if !self.host_added {
            return None;
        }
        self.headers().find(|(n, _)| *n == HOST).map(|(_, v)| v)
    }

    /// The query string to send (canonical order and encoding, no leading `?`).
    pub fn canonical_query(&self) -> &str {
        &self.canonical_query
    }

    /// The canonical request.
    pub fn canonical_request(&self) -> &CanonicalRequest {
        &self.canonical_request
    }

    /// The string to sign.
    pub fn string_to_sign(&self) -> &StringToSign {
        &self.string_to_sign
    }

    /// The lower-case hex signature.
    pub fn signature(&self) -> &str {
        self.signature.as_str()
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> &str {
        self.headers
            .last()
            .map_or("", |h| &self.buf[h.value.clone()])
    }

    /// The signing time (from `X-Sdk-Date` or the clock).
    pub fn date(&self) -> SdkDate {
        self.date
    }
}

impl fmt::Debug for SigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers()
            .map(|(n, v)| {
                if n.eq_ignore_ascii_case(SECURITY_TOKEN) {
                    (n, "<redacted>")
                } else {
                    (n, v)
                }
            })
            .collect();
        f.debug_struct("SigningOutput")
            .field("headers", &headers)
            .field("canonical_query", &self.canonical_query)
            .field("canonical_request", &self.canonical_request)
            .field("string_to_sign", &self.string_to_sign)
            .finish_non_exhaustive()
    }
}

impl Drop for SigningOutput {
    fn drop(&mut self) {
        use zeroize::Zeroize;
        if self.holds_secret {
            self.buf.zeroize();
        }
    }
}
