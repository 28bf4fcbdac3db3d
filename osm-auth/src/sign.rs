//! Signing: a borrowed [`SignableRequest`] and [`SigningParams`] in, [`SigningOutput`] out.
//!
//! Mirrors the official Python SDK (`huaweicloudsdkcore` 3.1.219): `GlobalCredentials.sign_request`
//! followed by `Signer.sign`, `SM3Signer.sign` or `DerivationAKSKSigner.sign`.

use std::borrow::Cow;
use std::time::SystemTime;

use smallvec::SmallVec;

use crate::canonical::{self, trim_header_value, utf8_as_latin1};
use crate::date::DateText;
use crate::output::{HOST, OutputHeader, SECURITY_TOKEN, SigningOutput};
use crate::signature::{self, DerivedScope};
use crate::{Algorithm, Credentials, DateError, KeyError, SdkDate};

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
    /// The key of the algorithm cannot be prepared or cannot sign.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The request already has an `Authorization` header.
    #[error("the request already has an Authorization header: sign the unsigned request instead")]
    AlreadySigned,
    /// The headers, path and query add up to more than 4 GiB.
    #[error("the request's headers, path and query exceed 4 GiB: nothing that large can be signed")]
    TooLarge,
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
const DOMAIN_ID: &str = "X-Domain-Id";
const CONTENT_TYPE: &str = "Content-Type";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// Headers a request usually has, plus the ones the signer adds, without a heap allocation.
const INLINE_HEADERS: usize = 16;

/// A header while signing: borrowed from the request, the credentials or the signer.
#[derive(Clone, Copy)]
struct Entry<'a> {
    name: &'a str,
    value: &'a str,
    added: bool,
}

type Entries<'a> = SmallVec<[Entry<'a>; INLINE_HEADERS]>;

/// A header in signing order: `index` is its place among the headers, and its lower-cased
/// name is `buf[start..end]` once written.
#[derive(Clone, Copy)]
struct Signed {
    start: usize,
    end: usize,
    index: usize,
}

/// The first seven bytes of an ASCII name, lower-cased, as a big-endian number shifted left by
/// eight (zero-padded): the low byte is left for the header's index, so that sorting these
/// numbers sorts by prefix, then index.
fn ascii_prefix_key(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let word = match bytes.first_chunk::<8>() {
        Some(head) => u64::from_be_bytes(*head),
        None => bytes
            .iter()
            .fold(0u64, |k, &b| k << 8 | u64::from(b))
            .checked_shl(8 * (8 - bytes.len() as u32))
            .unwrap_or(0),
    };
    lower_ascii_word(word) & !0xff
}

/// Lower-cases the eight ASCII bytes of `x` at once: a byte in `A..=Z` gains `0x20`.
fn lower_ascii_word(x: u64) -> u64 {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // Every byte is below 0x80, so neither sum carries into the next byte: the high bit of a
    // byte of `from_a` is set when it is at least b'A', of `past_z` when it is above b'Z'.
    // (Other bytes give a meaningless key, never a wrong order: names that are not all ASCII
    // are sorted by their lower-cased forms alone.)
    let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x | ((from_a & !past_z & HIGH_BITS) >> 2)
}

/// Orders names as their lower-cased forms (Python's `str.lower`) order, without allocating
/// for ASCII names.
fn cmp_lower(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

/// Writes the lower-cased names of the signed headers (those without '_') to the empty `buf`,
/// sorted and joined with ';', and puts those headers in that order, with their names' places,
/// in `signed`.
///
/// Sorted by lower-cased name; among names equal once lower-cased the last header comes last
/// (the index breaks ties). The usual case (ASCII names, none with '_') takes one pass; the
/// others are written again. `signed` comes empty; the result says whether the names are
/// known to be distinct.
fn write_signed_names(
    buf: &mut String,
    headers: &[Entry<'_>],
    signed: &mut SmallVec<[Signed; INLINE_HEADERS]>,
) -> bool {
    let mut distinct = false;
    let entry = |index| Signed {
        start: 0,
        end: 0,
        index,
    };
    if headers.len() <= 256 {
        // One integer sort by (prefix, index); by name as well when two prefixes are equal.
        let mut keys: SmallVec<[u64; INLINE_HEADERS]> = SmallVec::new();
        keys.extend(
            (0u64..)
                .zip(headers)
                .map(|(i, h)| ascii_prefix_key(h.name) | i),
        );
        keys.sort_unstable();
        let tie = keys.windows(2).any(|pair| (pair[0] ^ pair[1]) >> 8 == 0);
        signed.extend(keys.iter().map(|&k| entry((k & 0xff) as usize)));
        if tie {
            sort_signed(signed, headers);
        }
        distinct = !tie;
    } else {
        signed.extend((0..headers.len()).map(entry));
        sort_signed(signed, headers);
    }
    write_names(buf, signed, headers, true);
    let ascii = buf.is_ascii();
    if ascii && memchr::memchr(b'_', buf.as_bytes()).is_none() {
        return distinct;
    }
    signed.retain(|e| !headers[e.index].name.contains('_'));
    if !ascii {
        sort_signed(signed, headers);
    }
    buf.clear();
    write_names(buf, signed, headers, ascii);
    distinct && ascii
}

/// Sorts by lower-cased name, then index.
fn sort_signed(signed: &mut [Signed], headers: &[Entry<'_>]) {
    signed.sort_unstable_by(|a, b| {
        cmp_lower(headers[a.index].name, headers[b.index].name).then(a.index.cmp(&b.index))
    });
}

/// Appends the lower-cased names of `signed` joined with ';', noting where each one is.
fn write_names(buf: &mut String, signed: &mut [Signed], headers: &[Entry<'_>], ascii: bool) {
    let start = buf.len();
    for (k, entry) in signed.iter_mut().enumerate() {
        if k > 0 {
            buf.push(';');
        }
        entry.start = buf.len();
        if ascii {
            buf.push_str(headers[entry.index].name);
        } else {
            push_lower(buf, headers[entry.index].name);
        }
        entry.end = buf.len();
    }
    if ascii {
        buf[start..].make_ascii_lowercase();
    }
}

/// What the signer looks for among a request's headers, found in one pass (names are told
/// apart by length first).
#[derive(Default)]
struct Found<'a> {
    /// A header named `Authorization` in any case.
    authorization: bool,
    /// The first header named exactly `X-Domain-Id`, whose value the signer replaces (as a
    /// Python dict assignment would); likewise `token` and `content_hash` below.
    domain_id: Option<usize>,
    /// The first header named exactly `X-Security-Token`.
    token: Option<usize>,
    /// The first header named exactly as the payload-hash header.
    content_hash: Option<usize>,
    /// The first payload-hash header in any case: the one whose value is the payload hash.
    content_hash_any: Option<usize>,
    /// The value of the first header named exactly `Content-Type`.
    content_type: Option<&'a str>,
    /// The raw value of the first `X-Sdk-Date` in any case.
    date: Option<&'a str>,
    /// A header named `Host` in any case.
    host: bool,
}

impl<'a> Found<'a> {
    fn scan(headers: &'a [(Cow<'a, str>, Cow<'a, str>)], content_hash_header: &str) -> Self {
        let mut found = Found::default();
        for (index, (name, value)) in headers.iter().enumerate() {
            let name: &str = name;
            let first = |slot: &mut Option<usize>, wanted: &str| {
                if slot.is_none() && name == wanted {
                    *slot = Some(index);
                }
            };
            match name.len() {
                4 => found.host |= name.eq_ignore_ascii_case(HOST),
                10 if found.date.is_none() && name.eq_ignore_ascii_case(SDK_DATE) => {
                    found.date = Some(value);
                }
                11 => first(&mut found.domain_id, DOMAIN_ID),
                12 if found.content_type.is_none() && name == CONTENT_TYPE => {
                    found.content_type = Some(value);
                }
                13 => found.authorization |= name.eq_ignore_ascii_case(AUTHORIZATION),
                16 => first(&mut found.token, SECURITY_TOKEN),
                n if n == content_hash_header.len() => {
                    first(&mut found.content_hash, content_hash_header);
                    if found.content_hash_any.is_none()
                        && name.eq_ignore_ascii_case(content_hash_header)
                    {
                        found.content_hash_any = Some(index);
                    }
                }
                _ => {}
            }
        }
        found
    }
}

/// Python dict assignment: the entry at `found` (the one of exactly that name) is replaced in
/// place, or the header is appended; the value is trimmed as every signed value is. Returns
/// where it is.
fn set<'a>(
    headers: &mut Entries<'a>,
    found: Option<usize>,
    name: &'a str,
    value: &'a str,
) -> usize {
    let value = trim_header_value(value);
    if let Some(i) = found
        && let Some(h) = headers.get_mut(i)
    {
        h.value = value;
        h.added = true;
        return i;
    }
    headers.push(Entry {
        name,
        value,
        added: true,
    });
    headers.len() - 1
}

/// Whether `s` contains CR or LF.
fn has_line_break(s: &str) -> bool {
    memchr::memchr2(b'\r', b'\n', s.as_bytes()).is_some()
}

/// Whether a method holds white space or control characters (Unicode, as `char` says).
fn bad_method(method: &str) -> bool {
    if method.is_ascii() {
        method
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    } else {
        method.chars().any(|c| c.is_whitespace() || c.is_control())
    }
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
/// The credentials prepare the algorithm's key on first use (see [`SigningKey`](crate::SigningKey)).
pub fn sign(
    request: &SignableRequest<'_>,
    params: &SigningParams<'_>,
) -> Result<SigningOutput, SigningError> {
    let algorithm = params.algorithm;
    let credentials = params.credentials;
    if request.method.is_empty() {
        return Err(SigningError::EmptyMethod);
    }
    // GET, POST...: nothing to check or upper-case
    let upper_method = request.method.bytes().all(|b| b.is_ascii_uppercase());
    if !upper_method && bad_method(&request.method) {
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
    let content_hash_header = algorithm.content_hash_header();
    let found = Found::scan(&request.headers, content_hash_header);
    if found.authorization {
        return Err(SigningError::AlreadySigned);
    }
    let key = credentials.signing_key(algorithm)?;

    // Text the header entries borrow; declared before them.
    let date_text: DateText;
    let date_str: &str;
    let mut headers: Entries<'_> = SmallVec::new();
    // Values are trimmed as they enter (the Python signer strips every value it signs); a line
    // break left inside a name or value is refused once all headers are in the output, below.
    for (name, value) in &request.headers {
        headers.push(Entry {
            name,
            value: trim_header_value(value),
            added: false,
        });
    }

    // GlobalCredentials.sign_request
    if let Some(domain_id) = credentials.domain_id() {
        set(&mut headers, found.domain_id, DOMAIN_ID, domain_id);
    }
    if let Some(token) = credentials.security_token() {
        set(
            &mut headers,
            found.token,
            SECURITY_TOKEN,
            token.expose_secret(),
        );
    }

    // Signer._process_content_header: the exact key "Content-Type", as the Python dict has it.
    let unsigned_content_type = found.content_type.is_some_and(|v| {
        !v.is_empty() && !v.starts_with("application/json") && !v.starts_with("application/bson")
    });
    let mut hash_header = found.content_hash_any;
    if unsigned_content_type || request.body == SignableBody::UnsignedPayload {
        let at = set(
            &mut headers,
            found.content_hash,
            content_hash_header,
            UNSIGNED_PAYLOAD,
        );
        hash_header = hash_header.or(Some(at));
    }
    // Signer._process_hash_payload, the hash itself (unless a payload-hash header gives it),
    // taken first: it needs nothing else.
    let body_hash = match request.body {
        SignableBody::Bytes(body)
            if !body.is_empty()
                && hash_header
                    .and_then(|i| headers.get(i))
                    .is_none_or(|h| h.value.is_empty()) =>
        {
            Some(algorithm.hash_hex(body))
        }
        _ => None,
    };

    // Signer._process_header_time: the raw (untrimmed) value of the first X-Sdk-Date.
    let date = match found.date {
        Some(value) => {
            let date = SdkDate::parse(value)?;
            date_text = date.header_text();
            date_str = date_text.as_str();
            date
        }
        None => {
            let date = SdkDate::from_system_time(params.time)?;
            date_text = date.header_text();
            date_str = date_text.as_str();
            set(&mut headers, None, SDK_DATE, date_str);
            date
        }
    };

    // Signer._process_header_host
    let host_added = !found.host;
    if host_added {
        if request.host.is_empty() {
            return Err(SigningError::MissingHost);
        }
        set(&mut headers, None, HOST, &request.host);
    }

    let info = scope.map(|s| signature::scope_info(date, s));

    // Bytes of every name and value, and of the `;`-joined names, for the capacity; the
    // header lines (`name:value\n`) take two more per header.
    let headers: &[Entry<'_>] = &headers;
    let mut all_len = 0;
    let mut names_len = 0;
    for h in headers {
        all_len += h.name.len() + h.value.len();
        names_len += h.name.len() + 1;
    }
    let lines_len = all_len + 2 * headers.len();
    let info_len = info.as_ref().map_or(0, |i| i.len() + 1);
    let query_len: usize = request
        .query
        .iter()
        .map(|(k, v)| (k.len() + v.len()) * 3 + 2)
        .sum();
    // One buffer holds the sorted names, the canonical request, the string to sign, the
    // headers to send and the `Authorization` value. Its capacity covers them all unless names
    // are not ASCII, repeat, or a payload-hash header is longer than a hash (then it grows).
    let canonical_len =
        request.method.len() + request.path.len() * 3 + query_len + lines_len + names_len + 70;
    let sts_len = algorithm.name().len() + date_str.len() + info_len + 66;
    let authorization_len = AUTHORIZATION.len()
        + algorithm.name().len()
        + credentials.access_key().len()
        + info_len
        + names_len
        + algorithm.signature_hex_max()
        + 40;
    let mut buf =
        String::with_capacity(names_len + canonical_len + sts_len + all_len + authorization_len);

    // (SmallVecs are made in place with `new`: `with_capacity` returns them by value, which
    // copies their whole inline array.)
    let mut signed = SmallVec::new();
    let distinct = write_signed_names(&mut buf, headers, &mut signed);
    let sorted_names = 0..buf.len();
    let signed: &[Signed] = &signed;

    // Signer._process_canonical_request
    let canonical_start = buf.len();
    if upper_method {
        buf.push_str(&request.method);
    } else {
        buf.push_str(&request.method.to_uppercase());
    }
    buf.push('\n');
    canonical::push_canonical_uri(&mut buf, &request.path);
    buf.push('\n');
    let query_start = buf.len();
    canonical::push_canonical_query(&mut buf, &request.query);
    let canonical_query = query_start..buf.len();
    buf.push('\n');
    // The last header of a lower-cased name gives the value of every line of that name, as in
    // the Python dict it builds.
    let mut k = 0;
    while k < signed.len() {
        let first = signed[k];
        let mut run_end = k + 1;
        while !distinct
            && run_end < signed.len()
            && buf[signed[run_end].start..signed[run_end].end] == buf[first.start..first.end]
        {
            run_end += 1;
        }
        let value = headers[signed[run_end - 1].index].value;
        for entry in &signed[k..run_end] {
            buf.extend_from_within(entry.start..entry.end);
            buf.push(':');
            buf.push_str(value);
            buf.push('\n');
        }
        k = run_end;
    }
    buf.push('\n');
    let names_start = buf.len();
    buf.extend_from_within(sorted_names);
    let signed_names = names_start..buf.len();
    buf.push('\n');

    // Signer._process_hash_payload
    match request.body {
        SignableBody::Bytes([]) => buf.push_str(algorithm.empty_hash()),
        _ => match hash_header
            .and_then(|i| headers.get(i))
            .map(|h| utf8_as_latin1(h.value))
        {
            Some(v) if !v.is_empty() => buf.push_str(&v),
            _ => match &body_hash {
                Some(hash) => buf.push_str(hash.as_str()),
                None => buf.push_str(UNSIGNED_PAYLOAD),
            },
        },
    }
    let canonical_request = canonical_start..buf.len();

    let canonical_hash = algorithm.hash_hex(&buf.as_bytes()[canonical_request.clone()]);
    let sts_start = buf.len();
    signature::push_string_to_sign(
        &mut buf,
        algorithm,
        date_str,
        info.as_deref(),
        &canonical_hash,
    );
    let string_to_sign = sts_start..buf.len();
    let signature = key.signature(info.as_deref(), &buf.as_bytes()[string_to_sign.clone()])?;

    // Every header back to back, Authorization last. Offsets are stored as u32: a request
    // whose headers exceed 4 GiB is refused below, before any offset is used.
    let holds_secret = credentials.security_token().is_some();
    let mut token = None;
    let mut out_headers = SmallVec::new();
    let headers_start = buf.len();
    let offset = |n: usize| n as u32;
    for h in headers {
        let name_start = buf.len();
        buf.push_str(h.name);
        let value_start = buf.len();
        buf.push_str(h.value);
        if holds_secret && h.name == SECURITY_TOKEN {
            token = Some(value_start..buf.len());
        }
        out_headers.push(OutputHeader {
            name: offset(name_start),
            value: offset(value_start),
            end: offset(buf.len()),
            added: h.added,
        });
    }
    // One scan over every name and value as sent: a line break would inject header lines.
    if has_line_break(&buf[headers_start..]) {
        let name = headers
            .iter()
            .find(|h| has_line_break(h.name) || has_line_break(h.value))
            .map_or_else(String::new, |h| h.name.to_owned());
        return Err(SigningError::HeaderLineBreak { name });
    }
    let name_start = buf.len();
    buf.push_str(AUTHORIZATION);
    let value_start = buf.len();
    signature::push_authorization(
        &mut buf,
        algorithm,
        credentials.access_key(),
        info.as_deref(),
        |out| out.extend_from_within(signed_names),
        signature.as_str(),
    );
    let signature = buf.len() - signature.as_str().len()..buf.len();
    out_headers.push(OutputHeader {
        name: offset(name_start),
        value: offset(value_start),
        end: offset(buf.len()),
        added: true,
    });
    if u32::try_from(buf.len()).is_err() {
        return Err(SigningError::TooLarge);
    }

    Ok(SigningOutput {
        buf,
        headers: out_headers,
        canonical_request,
        canonical_query,
        string_to_sign,
        signature,
        token,
        host_added,
        holds_secret,
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_lower_case_as_each_would_alone() {
        for b in 0..0x80u8 {
            for place in 0..8 {
                let mut bytes = *b"Ab-Z0_@[";
                bytes[place] = b;
                let lowered = lower_ascii_word(u64::from_be_bytes(bytes)).to_be_bytes();
                assert_eq!(
                    lowered,
                    bytes.map(|c| c.to_ascii_lowercase()),
                    "byte {b:#x} at {place}"
                );
            }
        }
    }

    #[test]
    fn prefix_keys_order_as_lower_cased_names() {
        let names = [
            "",
            "A",
            "a\0",
            "ab",
            "Accept",
            "ACCEPT-X",
            "Content",
            "content-type",
        ];
        for pair in names.windows(2) {
            let (a, b) = (ascii_prefix_key(pair[0]), ascii_prefix_key(pair[1]));
            assert!(a <= b, "{:?} before {:?}", pair[0], pair[1]);
            assert_eq!(a & 0xff, 0, "the low byte is left for the index");
        }
        assert_eq!(
            ascii_prefix_key("Content-Type"),
            ascii_prefix_key("content-LENGTH")
        );
    }
}
