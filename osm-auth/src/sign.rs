//! Signing: a borrowed [`SignableRequest`] and [`SigningParams`] in, [`SigningOutput`] out.
//!
//! Mirrors the official Python SDK (`huaweicloudsdkcore` 3.1.219): `GlobalCredentials.sign_request`
//! followed by `Signer.sign`, `SM3Signer.sign` or `DerivationAKSKSigner.sign`.

use std::borrow::Cow;
use std::time::SystemTime;

use crate::canonical::{self, trim_header_value, utf8_as_latin1};
use crate::date::DateText;
use crate::output::{HOST, OutputHeader, SECURITY_TOKEN, SigningOutput};
use crate::signature::{self, CanonicalRequest, DerivedScope};
use crate::{Algorithm, Credentials, DateError, SdkDate};

/// The request body as the signer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignableBody<'a> {
    /// The body bytes (empty for no body); hashed unless the content type makes it unsigned.
    Bytes(&'a [u8]),
    /// A body that is not hashed (streamed upload): signs `X-Sdk-Content-Sha256:
    /// UNSIGNED-PAYLOAD` (`X-Sdk-Content-Sm3` for SM3) and uses it as the payload hash.
    UnsignedPayload,
}

/// A request to sign: method, host, path, decoded query pairs, headers, body.
///
/// Headers behave like the Python SDK's header dict: names keep their case, a header whose
/// name is exactly equal to an earlier one replaces its value in place, and names that differ
/// only in case are distinct entries (as in Python, both are then signed).
#[derive(Clone, Debug)]
pub struct SignableRequest<'a> {
    method: Cow<'a, str>,
    host: Cow<'a, str>,
    path: Cow<'a, str>,
    query: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    headers: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    body: SignableBody<'a>,
}

/// Why a request cannot be signed.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    /// `V11-HMAC-SHA256` needs a region and a service to derive its key.
    #[error(
        "V11-HMAC-SHA256 needs a region and a service (the derived key's scope): set them with SigningParams::with_derived_scope"
    )]
    MissingDerivedScope,
    /// The region or service of a `V11-HMAC-SHA256` scope is empty or would break the
    /// `Credential=AK/DATE/REGION/SERVICE` field (the official SDK raises "regionId is
    /// required").
    #[error(
        "the V11-HMAC-SHA256 {part} {value:?} is empty or contains '/', ',', white space or control characters: give a {part} such as {example}"
    )]
    InvalidDerivedScope {
        /// `region` or `service`.
        part: &'static str,
        /// The value as given (not secret).
        value: String,
        /// A valid value to show.
        example: &'static str,
    },
    /// The caller's `X-Sdk-Date` header (or the clock) is not a usable time.
    #[error(transparent)]
    Date(#[from] DateError),
    /// The request already has an `Authorization` header.
    #[error("the request already has an Authorization header: sign the unsigned request instead")]
    AlreadySigned,
    /// No `Host` header and no host to take it from.
    #[error("the request has no host: give the URL's host[:port] or a Host header")]
    MissingHost,
    /// The method is empty.
    #[error("the request method is empty")]
    EmptyMethod,
    /// The method contains white space or control characters, which would let it carry more
    /// than a method into the request line.
    #[error(
        "the request method {method:?} contains white space or control characters: use a method such as GET or POST"
    )]
    InvalidMethod {
        /// The method as given.
        method: String,
    },
    /// A header name or (trimmed) value contains CR or LF, which would inject further header
    /// lines. The value is not repeated: it may be a secret.
    #[error(
        "header {name:?} has a line break (CR or LF) in its name or value: a header is one line; remove the line break"
    )]
    HeaderLineBreak {
        /// The header's name.
        name: String,
    },
    /// A URL given to [`SignableRequest::from_url`] cannot be used.
    #[error("malformed URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl<'a> SignableRequest<'a> {
    /// A request with `method`, the `host[:port]` it goes to and its `path` as sent (it may
    /// hold `%XX` escapes), no query, no headers and an empty body.
    pub fn new(
        method: impl Into<Cow<'a, str>>,
        host: impl Into<Cow<'a, str>>,
        path: impl Into<Cow<'a, str>>,
    ) -> Self {
        Self {
            method: method.into(),
            host: host.into(),
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: SignableBody::Bytes(&[]),
        }
    }

    /// A request for an absolute `scheme://host[:port]/path?query` URL; the query is split
    /// and percent-decoded with [`canonical::parse_query`], a `#fragment` is dropped.
    pub fn from_url(method: impl Into<Cow<'a, str>>, url: &'a str) -> Result<Self, SigningError> {
        let bad = |reason| SigningError::InvalidUrl {
            url: url.to_owned(),
            reason,
        };
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| bad("it has no scheme; write it as https://host/path"))?;
        if scheme.is_empty()
            || !scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        {
            return Err(bad("its scheme is not a scheme like https"));
        }
        let rest = rest.split_once('#').map_or(rest, |(r, _)| r);
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (host, rest) = rest.split_at(authority_end);
        if host.is_empty() {
            return Err(bad("it has no host"));
        }
        if host.contains(['@', ' ', '\\']) || host.chars().any(char::is_control) {
            return Err(bad(
                "its host contains user info, spaces or control characters",
            ));
        }
        let (path, raw_query) = match rest.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (rest, None),
        };
        let path = if path.is_empty() { "/" } else { path };
        let mut request = Self::new(method, host, path);
        if let Some(q) = raw_query {
            request = request.with_raw_query(q);
        }
        Ok(request)
    }

    /// Appends one decoded query pair.
    pub fn with_query_pair(
        mut self,
        key: impl Into<Cow<'a, str>>,
        value: impl Into<Cow<'a, str>>,
    ) -> Self {
        self.query.push((key.into(), value.into()));
        self
    }

    /// Appends the pairs of a raw (percent-encoded) query string such as `a=1&b=%20`.
    pub fn with_raw_query(mut self, raw: &str) -> Self {
        self.query.extend(
            canonical::parse_query(raw)
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k), Cow::Owned(v))),
        );
        self
    }

    /// Sets a header; a header of exactly the same name is replaced in place.
    pub fn with_header(
        mut self,
        name: impl Into<Cow<'a, str>>,
        value: impl Into<Cow<'a, str>>,
    ) -> Self {
        let name = name.into();
        let value = value.into();
        match self.headers.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.headers.push((name, value)),
        }
        self
    }

    /// Sets the body.
    pub fn with_body(mut self, body: SignableBody<'a>) -> Self {
        self.body = body;
        self
    }

    /// The method.
    pub fn method(&self) -> &str {
        &self.method
    }

    /// The host (`host[:port]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The path as sent.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The decoded query pairs, in the order given.
    pub fn query_pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.query.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }

    /// The headers, in the order given.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }

    /// The body.
    pub fn body(&self) -> SignableBody<'a> {
        self.body
    }
}

/// Who signs, how, and when.
#[derive(Clone, Copy, Debug)]
pub struct SigningParams<'a> {
    /// The credentials; a domain id becomes `X-Domain-Id`, a token `X-Security-Token`.
    pub credentials: &'a Credentials,
    /// The algorithm.
    pub algorithm: Algorithm,
    /// The signing time, used when the request has no `X-Sdk-Date` header.
    pub time: SystemTime,
    /// Region and service for `V11-HMAC-SHA256`.
    pub derived_scope: Option<DerivedScope<'a>>,
}

impl<'a> SigningParams<'a> {
    /// `SDK-HMAC-SHA256` with `credentials` at `time`.
    pub fn new(credentials: &'a Credentials, time: SystemTime) -> Self {
        Self {
            credentials,
            algorithm: Algorithm::SdkHmacSha256,
            time,
            derived_scope: None,
        }
    }

    /// Uses `algorithm`.
    pub fn with_algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Sets the region and service `V11-HMAC-SHA256` derives its key for.
    pub fn with_derived_scope(mut self, region: &'a str, service: &'a str) -> Self {
        self.derived_scope = Some(DerivedScope { region, service });
        self
    }
}

const AUTHORIZATION: &str = "Authorization";
const SDK_DATE: &str = "X-Sdk-Date";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// A header while signing: borrowed from the request, the credentials or the signer.
#[derive(Clone, Copy)]
struct Entry<'a> {
    name: &'a str,
    value: &'a str,
    added: bool,
}

/// Python dict assignment: an entry of exactly that name is replaced in place.
fn set<'a>(headers: &mut Vec<Entry<'a>>, name: &'a str, value: &'a str) {
    match headers.iter_mut().find(|h| h.name == name) {
        Some(h) => {
            h.value = value;
            h.added = true;
        }
        None => headers.push(Entry {
            name,
            value,
            added: true,
        }),
    }
}

fn get_ignore_case<'a>(headers: &[Entry<'a>], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name))
        .map(|h| h.value)
}

/// A V11 scope part must be non-empty and fit `Credential=AK/DATE/REGION/SERVICE`.
fn check_scope_part(
    part: &'static str,
    value: &str,
    example: &'static str,
) -> Result<(), SigningError> {
    let bad = value.is_empty()
        || value
            .chars()
            .any(|c| c == '/' || c == ',' || c.is_whitespace() || c.is_control());
    if bad {
        return Err(SigningError::InvalidDerivedScope {
            part,
            value: value.to_owned(),
            example,
        });
    }
    Ok(())
}

/// Appends `name` lower-cased (Unicode, as Python's `str.lower`).
fn push_lower(out: &mut String, name: &str) {
    if name.is_ascii() {
        let start = out.len();
        out.push_str(name);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&name.to_lowercase());
    }
}

/// Signs `request`: the output holds every header to send (including `Authorization`), the
/// canonical query string to send, and the intermediate stages.
///
/// Pure: the time comes from an `X-Sdk-Date` header or from `params.time`, never the clock.
pub fn sign(
    request: &SignableRequest<'_>,
    params: &SigningParams<'_>,
) -> Result<SigningOutput, SigningError> {
    let algorithm = params.algorithm;
    let credentials = params.credentials;
    if request.method.is_empty() {
        return Err(SigningError::EmptyMethod);
    }
    if request
        .method
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(SigningError::InvalidMethod {
            method: request.method.clone().into_owned(),
        });
    }
    let scope = match (algorithm, params.derived_scope) {
        (Algorithm::V11HmacSha256, None) => return Err(SigningError::MissingDerivedScope),
        (Algorithm::V11HmacSha256, Some(s)) => {
            check_scope_part("region", s.region, "cn-south-1")?;
            check_scope_part("service", s.service, "osm")?;
            Some(s)
        }
        _ => None,
    };
    if request
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case(AUTHORIZATION))
    {
        return Err(SigningError::AlreadySigned);
    }

    // Text the header entries borrow; declared before them.
    let date_text: DateText;
    let mut headers: Vec<Entry<'_>> = Vec::with_capacity(request.headers.len() + 7);
    headers.extend(request.headers.iter().map(|(n, v)| Entry {
        name: n.as_ref(),
        value: v.as_ref(),
        added: false,
    }));

    // GlobalCredentials.sign_request
    if let Some(domain_id) = credentials.domain_id() {
        set(&mut headers, "X-Domain-Id", domain_id);
    }
    if let Some(token) = credentials.security_token() {
        set(&mut headers, SECURITY_TOKEN, token.expose_secret());
    }

    // Signer._process_content_header: the exact key "Content-Type", as the Python dict has it.
    let content_hash_header = algorithm.content_hash_header();
    let unsigned_content_type = headers
        .iter()
        .find(|h| h.name == "Content-Type")
        .is_some_and(|h| {
            !h.value.is_empty()
                && !h.value.starts_with("application/json")
                && !h.value.starts_with("application/bson")
        });
    if unsigned_content_type || request.body == SignableBody::UnsignedPayload {
        set(&mut headers, content_hash_header, UNSIGNED_PAYLOAD);
    }

    // Signer._process_header_time: the raw (untrimmed) value of the first X-Sdk-Date.
    let date = match get_ignore_case(&headers, SDK_DATE) {
        Some(value) => {
            let date = SdkDate::parse(value)?;
            date_text = date.header_text();
            date
        }
        None => {
            let date = SdkDate::from_system_time(params.time)?;
            date_text = date.header_text();
            set(&mut headers, SDK_DATE, date_text.as_str());
            date
        }
    };

    // Signer._process_header_host
    let host_added = !headers.iter().any(|h| h.name.eq_ignore_ascii_case("host"));
    if host_added {
        if request.host.is_empty() {
            return Err(SigningError::MissingHost);
        }
        set(&mut headers, HOST, &request.host);
    }

    // Values are trimmed from here on, as the Python signer rewrites them. A line break left
    // inside a name or value would inject header lines: refused.
    for h in &mut headers {
        h.value = trim_header_value(h.value);
        if h.name.contains(['\r', '\n']) || h.value.contains(['\r', '\n']) {
            return Err(SigningError::HeaderLineBreak {
                name: h.name.to_owned(),
            });
        }
    }

    // Lower-cased names, back to back; then the signed ones (no '_') sorted by name. The sort
    // is stable, so among names equal once lower-cased the last header comes last.
    let mut lower = String::with_capacity(headers.iter().map(|h| h.name.len()).sum());
    let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(headers.len());
    for (i, h) in headers.iter().enumerate() {
        let start = lower.len();
        push_lower(&mut lower, h.name);
        if !h.name.bytes().any(|b| b == b'_') {
            spans.push((start, lower.len(), i));
        }
    }
    let mut signed: Vec<(&str, usize)> = spans
        .into_iter()
        .map(|(start, end, i)| (&lower[start..end], i))
        .collect();
    signed.sort_by(|a, b| a.0.cmp(b.0));

    let canonical_query = canonical::canonical_query(&request.query);
    let mut text = String::with_capacity(
        256 + request.path.len()
            + canonical_query.len()
            + headers
                .iter()
                .map(|h| h.name.len() * 2 + h.value.len() + 2)
                .sum::<usize>(),
    );
    if request.method.bytes().any(|b| !b.is_ascii_uppercase()) {
        text.push_str(&request.method.to_uppercase());
    } else {
        text.push_str(&request.method);
    }
    text.push('\n');
    canonical::push_canonical_uri(&mut text, &request.path);
    text.push('\n');
    text.push_str(&canonical_query);
    text.push('\n');
    // The last header of a lower-cased name gives the value of every line of that name, as in
    // the Python dict it builds.
    for run in signed.chunk_by(|a, b| a.0 == b.0) {
        let value = run.last().map_or("", |&(_, i)| headers[i].value);
        for &(name, _) in run {
            text.push_str(name);
            text.push(':');
            text.push_str(value);
            text.push('\n');
        }
    }
    text.push('\n');
    let signed_start = text.len();
    for (k, &(name, _)) in signed.iter().enumerate() {
        if k > 0 {
            text.push(';');
        }
        text.push_str(name);
    }
    let signed_range = signed_start..text.len();
    text.push('\n');

    // Signer._process_hash_payload
    match request.body {
        SignableBody::Bytes([]) => text.push_str(algorithm.empty_hash()),
        body => match get_ignore_case(&headers, content_hash_header).map(utf8_as_latin1) {
            Some(v) if !v.is_empty() => text.push_str(&v),
            _ => match body {
                SignableBody::Bytes(b) => text.push_str(algorithm.hash_hex(b).as_str()),
                SignableBody::UnsignedPayload => text.push_str(UNSIGNED_PAYLOAD),
            },
        },
    }

    let token = credentials
        .security_token()
        .map(|t| trim_header_value(t.expose_secret()));
    let canonical_request = CanonicalRequest::new(text, token);
    let signed_headers = &canonical_request.as_str()[signed_range];

    let info = scope.map(|s| signature::scope_info(date, s));
    let string_to_sign =
        signature::string_to_sign(algorithm, &date_text, info.as_deref(), &canonical_request);
    let signature = signature::signature(
        algorithm,
        credentials.access_key(),
        credentials.secret_key(),
        info.as_deref(),
        &string_to_sign,
    );

    // The owned output: every header back to back, Authorization last.
    let mut buf = String::with_capacity(
        headers
            .iter()
            .map(|h| h.name.len() + h.value.len())
            .sum::<usize>()
            + 160
            + signed_headers.len(),
    );
    let mut out_headers = Vec::with_capacity(headers.len() + 1);
    for h in &headers {
        let name_start = buf.len();
        buf.push_str(h.name);
        let value_start = buf.len();
        buf.push_str(h.value);
        out_headers.push(OutputHeader {
            name: name_start..value_start,
            value: value_start..buf.len(),
            added: h.added,
        });
    }
    let name_start = buf.len();
    buf.push_str(AUTHORIZATION);
    let value_start = buf.len();
    signature::push_authorization(
        &mut buf,
        algorithm,
        credentials.access_key(),
        info.as_deref(),
        signed_headers,
        signature.as_str(),
    );
    out_headers.push(OutputHeader {
        name: name_start..value_start,
        value: value_start..buf.len(),
        added: true,
    });

    Ok(SigningOutput {
        buf,
        headers: out_headers,
        host_added,
        holds_secret: credentials.security_token().is_some(),
        canonical_query,
        canonical_request,
        string_to_sign,
        signature,
        date,
    })
}
