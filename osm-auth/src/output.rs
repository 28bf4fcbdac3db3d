//! The result of signing: headers to send, query to send, intermediate stages.

use std::fmt;
use std::ops::Range;

use smallvec::SmallVec;

use crate::SdkDate;
use crate::signature::{CanonicalRequest, StringToSign};

pub(crate) const HOST: &str = "Host";
pub(crate) const SECURITY_TOKEN: &str = "X-Security-Token";

/// One header of the signed request: its name is `buf[name..value]`, its value
/// `buf[value..end]` in [`SigningOutput`]'s buffer (offsets as `u32`, so that a dozen headers
/// fit inline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OutputHeader {
    pub(crate) name: u32,
    pub(crate) value: u32,
    pub(crate) end: u32,
    /// Set or replaced by the signer.
    pub(crate) added: bool,
}

impl OutputHeader {
    fn name_range(self) -> Range<usize> {
        self.name as usize..self.value as usize
    }

    fn value_range(self) -> Range<usize> {
        self.value as usize..self.end as usize
    }
}

/// The result of [`sign`](crate::sign()): the headers to send, the query string to send, and every
/// intermediate stage for logging and tests.
///
/// `Debug` and the canonical request's `Display` redact the security token; when there is a
/// token, header values and the canonical request are zeroized on drop.
///
/// Everything lives in one buffer (the canonical request, which holds the canonical query,
/// then the string to sign, then every header name and value), so signing allocates once.
#[derive(Clone)]
pub struct SigningOutput {
    /// Canonical request, string to sign, then every header name and value, back to back.
    pub(crate) buf: String,
    pub(crate) headers: SmallVec<[OutputHeader; 12]>,
    pub(crate) canonical_request: Range<usize>,
    pub(crate) canonical_query: Range<usize>,
    pub(crate) string_to_sign: Range<usize>,
    /// Inside the `Authorization` value.
    pub(crate) signature: Range<usize>,
    /// The `X-Security-Token` value, hidden when the canonical request is displayed.
    pub(crate) token: Option<Range<usize>>,
    pub(crate) host_added: bool,
    /// Whether `buf` holds a security token (then it is zeroized on drop).
    pub(crate) holds_secret: bool,
    pub(crate) date: SdkDate,
}

impl SigningOutput {
    fn pair(&self, h: &OutputHeader) -> (&str, &str) {
        (&self.buf[h.name_range()], &self.buf[h.value_range()])
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
        &self.buf[self.canonical_query.clone()]
    }

    /// The canonical request.
    pub fn canonical_request(&self) -> CanonicalRequest<'_> {
        CanonicalRequest::new(
            &self.buf[self.canonical_request.clone()],
            self.token.clone().map(|t| &self.buf[t]),
        )
    }

    /// The string to sign.
    pub fn string_to_sign(&self) -> StringToSign<'_> {
        StringToSign::new(&self.buf[self.string_to_sign.clone()])
    }

    /// The lower-case hex signature: 64 digits for the HMAC algorithms, a DER-encoded
    /// `(r, s)` pair for the asymmetric ones.
    pub fn signature(&self) -> &str {
        &self.buf[self.signature.clone()]
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> &str {
        self.headers
            .last()
            .map_or("", |h| &self.buf[h.value_range()])
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
            .field("canonical_query", &self.canonical_query())
            .field("canonical_request", &self.canonical_request())
            .field("string_to_sign", &self.string_to_sign())
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
