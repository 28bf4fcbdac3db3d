//! Verification: what the API gateway (and our sandbox) does with a signed request.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use http::HeaderMap;

use crate::canonical::{self, trim_header_value};
use crate::signature::{self, DerivedScope};
use crate::{Algorithm, SdkDate, SecretString, SigningKey};

/// The default tolerance between `X-Sdk-Date` and the verifier's clock: 15 minutes.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(15 * 60);

/// The secret key and account that belong to an access key.
#[derive(Clone, Debug)]
pub struct KeyEntry<A> {
    /// The secret key.
    pub secret_key: SecretString,
    /// Whatever the server keeps about the key's owner (e.g. its domain id).
    pub account: A,
}

/// Finds the secret key of an access key. Implemented for every
/// `Fn(&str) -> Option<KeyEntry<A>>`.
pub trait KeyLookup {
    /// What the lookup returns about the key's owner.
    type Account;
    /// The entry for `access_key`, or `None` when the key is unknown.
    fn lookup(&self, access_key: &str) -> Option<KeyEntry<Self::Account>>;
}

impl<A, F> KeyLookup for F
where
    F: Fn(&str) -> Option<KeyEntry<A>>,
{
    type Account = A;
    fn lookup(&self, access_key: &str) -> Option<KeyEntry<A>> {
        self(access_key)
    }
}

/// Why a request's signature was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// A required header is absent: `Authorization`, `X-Sdk-Date` or one listed in
    /// `SignedHeaders`.
    #[error("missing header {name}: the request must carry it to be verified")]
    MissingHeader {
        /// The header's name.
        name: String,
    },
    /// A header cannot be parsed.
    #[error("malformed {name} header: {reason}")]
    MalformedHeader {
        /// The header's name.
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// The `Authorization` header names an algorithm this verifier does not support.
    #[error(
        "unsupported signing algorithm {algorithm:?}: use SDK-HMAC-SHA256, V11-HMAC-SHA256, SDK-HMAC-SM3, SDK-ECDSA-P256-SHA256 or SDK-SM2-SM3"
    )]
    UnsupportedAlgorithm {
        /// The algorithm as written.
        algorithm: String,
    },
    /// No secret key is known for the access key.
    #[error("unknown access key {access_key}")]
    UnknownAccessKey {
        /// The access key as sent (not secret).
        access_key: String,
    },
    /// `X-Sdk-Date` lies further in the past than the window allows.
    #[error(
        "request expired: X-Sdk-Date {date} is more than {window_secs}s before the server time {now}"
    )]
    Expired {
        /// The request's `X-Sdk-Date`.
        date: String,
        /// The server time.
        now: String,
        /// The window in seconds.
        window_secs: u64,
    },
    /// `X-Sdk-Date` lies further in the future than the window allows.
    #[error(
        "request from the future: X-Sdk-Date {date} is more than {window_secs}s after the server time {now}; check the client's clock"
    )]
    NotYetValid {
        /// The request's `X-Sdk-Date`.
        date: String,
        /// The server time.
        now: String,
        /// The window in seconds.
        window_secs: u64,
    },
    /// The body does not match the hash the client put in `X-Sdk-Content-Sha256`/`-Sm3`.
    #[error("the body does not match its {header} header")]
    BodyHashMismatch {
        /// The content hash header's name.
        header: &'static str,
    },
    /// The recomputed signature differs from the one sent.
    #[error(
        "signature mismatch: the request was changed after signing or signed with another secret key"
    )]
    BadSignature,
}

/// A parsed `Authorization` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorizationHeader {
    /// The algorithm.
    pub algorithm: Algorithm,
    /// The access key.
    pub access_key: String,
    /// For V11: `(YYYYMMDD, region, service)` of the credential scope.
    pub scope: Option<(String, String, String)>,
    /// The `SignedHeaders` names, in the order sent.
    pub signed_headers: Vec<String>,
    /// The hex signature (lower-case): 64 digits for the HMAC algorithms, a DER-encoded
    /// `(r, s)` pair for the asymmetric ones.
    pub signature: String,
}

fn malformed(name: &str, reason: impl Into<String>) -> VerifyError {
    VerifyError::MalformedHeader {
        name: name.to_owned(),
        reason: reason.into(),
    }
}

impl AuthorizationHeader {
    /// Parses `ALG Access=AK, SignedHeaders=a;b, Signature=hex` or
    /// `V11-HMAC-SHA256 Credential=AK/DATE/REGION/SERVICE, SignedHeaders=…, Signature=…`.
    pub fn parse(value: &str) -> Result<Self, VerifyError> {
        let bad = |reason: &str| malformed("Authorization", reason);
        let (alg, rest) = value
            .trim()
            .split_once(' ')
            .ok_or_else(|| bad("expected `ALGORITHM Access=…, SignedHeaders=…, Signature=…`"))?;
        let algorithm: Algorithm = alg.parse().map_err(|_| VerifyError::UnsupportedAlgorithm {
            algorithm: alg.to_owned(),
        })?;
        let (mut access, mut credential, mut signed, mut sig) = (None, None, None, None);
        for part in rest.split(',') {
            let (k, v) = part
                .trim()
                .split_once('=')
                .ok_or_else(|| bad("a field is not `Name=value`"))?;
            let slot = match k {
                "Access" => &mut access,
                "Credential" => &mut credential,
                "SignedHeaders" => &mut signed,
                "Signature" => &mut sig,
                _ => {
                    return Err(bad(
                        "unknown field; expected Access/Credential, SignedHeaders, Signature",
                    ));
                }
            };
            if slot.replace(v).is_some() {
                return Err(bad("a field appears twice"));
            }
        }
        let signed = signed.ok_or_else(|| bad("no SignedHeaders"))?;
        let signature = sig.ok_or_else(|| bad("no Signature"))?;
        if !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad("Signature is not hex"));
        }
        if algorithm.is_asymmetric() {
            // SEQUENCE { INTEGER r, INTEGER s }: 8 to 72 bytes for a 256-bit curve
            if signature.len() % 2 != 0 || !(16..=144).contains(&signature.len()) {
                return Err(bad(
                    "Signature is not the hex of a DER-encoded (r, s) pair (16 to 144 hex digits)",
                ));
            }
        } else if signature.len() != 64 {
            return Err(bad("Signature is not 64 hex digits"));
        }
        let (access_key, scope) = match algorithm {
            Algorithm::V11HmacSha256 => {
                let credential = credential.ok_or_else(|| {
                    bad("V11-HMAC-SHA256 needs Credential=AK/DATE/REGION/SERVICE")
                })?;
                let mut it = credential.split('/');
                match (it.next(), it.next(), it.next(), it.next(), it.next()) {
                    (Some(ak), Some(d), Some(r), Some(s), None) if !ak.is_empty() => (
                        ak.to_owned(),
                        Some((d.to_owned(), r.to_owned(), s.to_owned())),
                    ),
                    _ => return Err(bad("Credential is not AK/DATE/REGION/SERVICE")),
                }
            }
            _ => match (access, credential) {
                (Some(ak), None) if !ak.is_empty() => (ak.to_owned(), None),
                _ => return Err(bad("expected Access=AK")),
            },
        };
        let signed_headers: Vec<String> = signed.split(';').map(str::to_owned).collect();
        if signed_headers.iter().any(String::is_empty) {
            return Err(bad("SignedHeaders has an empty name"));
        }
        Ok(Self {
            algorithm,
            access_key,
            scope,
            signed_headers,
            signature: signature.to_ascii_lowercase(),
        })
    }
}

/// An incoming request as a server sees it.
#[derive(Clone, Copy, Debug)]
pub struct VerifiableRequest<'a> {
    /// The method.
    pub method: &'a str,
    /// The path as received (escapes intact).
    pub path: &'a str,
    /// The raw query string without `?`, if any.
    pub query: Option<&'a str>,
    /// The headers.
    pub headers: &'a HeaderMap,
    /// The authority of the request URI (HTTP/2 `:authority`), used for `host` when no `Host`
    /// header is present.
    pub authority: Option<&'a str>,
    /// The body bytes.
    pub body: &'a [u8],
}

impl<'a> VerifiableRequest<'a> {
    /// The request of `http` parts (e.g. in an axum handler) and its body.
    pub fn from_parts(parts: &'a http::request::Parts, body: &'a [u8]) -> Self {
        VerifiableRequest {
            method: parts.method.as_str(),
            path: parts.uri.path(),
            query: parts.uri.query(),
            headers: &parts.headers,
            authority: parts.uri.authority().map(http::uri::Authority::as_str),
            body,
        }
    }
}

/// A request whose signature checked out.
#[derive(Clone, Debug)]
pub struct Verified<A> {
    /// The access key that signed it.
    pub access_key: String,
    /// The account the key lookup returned.
    pub account: A,
    /// The algorithm.
    pub algorithm: Algorithm,
    /// The signing time.
    pub date: SdkDate,
    /// The headers the signature covers (lower-case).
    pub signed_headers: Vec<String>,
}

/// Checks AK/SK signatures of all five algorithms within a time window.
#[derive(Clone, Copy, Debug)]
pub struct Verifier {
    window: Duration,
}

impl Default for Verifier {
    fn default() -> Self {
        Self {
            window: DEFAULT_WINDOW,
        }
    }
}

impl Verifier {
    /// A verifier with the default ±15 minute window.
    pub fn new() -> Self {
        Self::default()
    }

    /// Accepts `X-Sdk-Date` values up to `window` before or after the server time.
    pub fn with_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// Verifies a request given as `http` parts (e.g. in an axum handler) and its body.
    pub fn verify_parts<K: KeyLookup>(
        &self,
        parts: &http::request::Parts,
        body: &[u8],
        keys: &K,
        now: SystemTime,
    ) -> Result<Verified<K::Account>, VerifyError> {
        self.verify(&VerifiableRequest::from_parts(parts, body), keys, now)
    }

    /// Verifies `request` against the secret key `keys` returns for its access key, at `now`.
    pub fn verify<K: KeyLookup>(
        &self,
        request: &VerifiableRequest<'_>,
        keys: &K,
        now: SystemTime,
    ) -> Result<Verified<K::Account>, VerifyError> {
        let auth_value = header_str(request.headers, "authorization", "Authorization")?;
        let auth = AuthorizationHeader::parse(&auth_value)?;

        let date_value = header_str(request.headers, "x-sdk-date", "X-Sdk-Date")?;
        let date = SdkDate::parse(trim_header_value(&date_value))
            .map_err(|e| malformed("X-Sdk-Date", e.to_string()))?;
        self.check_window(date, now)?;

        let scope = match &auth.scope {
            Some((d, region, service)) => {
                if *d != date.date_stamp() {
                    return Err(malformed(
                        "Authorization",
                        "the Credential date differs from X-Sdk-Date",
                    ));
                }
                Some(DerivedScope { region, service })
            }
            None => None,
        };

        let entry = keys
            .lookup(&auth.access_key)
            .ok_or_else(|| VerifyError::UnknownAccessKey {
                access_key: auth.access_key.clone(),
            })?;

        let text = canonical_text(request, &auth)?;
        let info = scope.map(|s| signature::scope_info(date, s));
        let mut sts = String::with_capacity(128);
        signature::push_string_to_sign(
            &mut sts,
            auth.algorithm,
            date.header_text().as_str(),
            info.as_deref(),
            &auth.algorithm.hash_hex(text.as_bytes()),
        );
        // a key that cannot be derived cannot have made the signature
        let key = SigningKey::from_parts(auth.algorithm, &auth.access_key, &entry.secret_key)
            .map_err(|_| VerifyError::BadSignature)?;
        let valid = key
            .verifies(info.as_deref(), sts.as_bytes(), &auth.signature)
            .map_err(|_| VerifyError::BadSignature)?;
        if !valid {
            return Err(VerifyError::BadSignature);
        }
        Ok(Verified {
            access_key: auth.access_key,
            account: entry.account,
            algorithm: auth.algorithm,
            date,
            signed_headers: auth.signed_headers,
        })
    }

    /// The canonical request this verifier computes for `request` (as its `Authorization`
    /// header's signed headers and algorithm say), without checking date or key: what a
    /// server reports on a signature mismatch so the client can compare it with the canonical
    /// request it signed (see [`crate::diagnose`]).
    pub fn canonical_request(
        &self,
        request: &VerifiableRequest<'_>,
    ) -> Result<String, VerifyError> {
        let auth_value = header_str(request.headers, "authorization", "Authorization")?;
        let auth = AuthorizationHeader::parse(&auth_value)?;
        canonical_text(request, &auth)
    }

    /// [`canonical_request`](Self::canonical_request) for `http` parts and a body.
    pub fn canonical_request_of_parts(
        &self,
        parts: &http::request::Parts,
        body: &[u8],
    ) -> Result<String, VerifyError> {
        self.canonical_request(&VerifiableRequest::from_parts(parts, body))
    }

    fn check_window(&self, date: SdkDate, now: SystemTime) -> Result<(), VerifyError> {
        let now_date = SdkDate::from_system_time(now).ok();
        let now_text = now_date.map_or_else(|| "out of range".to_owned(), |d| d.to_string());
        let window_secs = self.window.as_secs();
        let signed_at = date.to_system_time();
        match now.duration_since(signed_at) {
            Ok(age) if age > self.window => Err(VerifyError::Expired {
                date: date.to_string(),
                now: now_text,
                window_secs,
            }),
            Ok(_) => Ok(()),
            Err(e) if e.duration() > self.window => Err(VerifyError::NotYetValid {
                date: date.to_string(),
                now: now_text,
                window_secs,
            }),
            Err(_) => Ok(()),
        }
    }
}

/// The canonical request text of `request` under `auth`'s algorithm and signed headers.
fn canonical_text(
    request: &VerifiableRequest<'_>,
    auth: &AuthorizationHeader,
) -> Result<String, VerifyError> {
    let mut canonical_headers = String::with_capacity(256);
    for name in &auth.signed_headers {
        let value = signed_header_value(request, name)?;
        canonical_headers.push_str(name);
        canonical_headers.push(':');
        canonical_headers.push_str(trim_header_value(&value));
        canonical_headers.push('\n');
    }

    let payload_hash = payload_hash(auth.algorithm, request)?;
    let canonical_query = request
        .query
        .map(|q| canonical::canonical_query(&canonical::parse_query(q)))
        .unwrap_or_default();
    Ok(format!(
        "{}\n{}\n{canonical_query}\n{canonical_headers}\n{}\n{payload_hash}",
        request.method.to_uppercase(),
        canonical::canonical_uri(request.path),
        auth.signed_headers.join(";"),
    ))
}

/// The value of a header that must be present, decoded as UTF-8 (lossily).
fn header_str(headers: &HeaderMap, key: &str, display: &str) -> Result<String, VerifyError> {
    let value = headers.get(key).ok_or_else(|| VerifyError::MissingHeader {
        name: display.to_owned(),
    })?;
    Ok(String::from_utf8_lossy(value.as_bytes()).into_owned())
}

/// The value a signed header contributes: all its values joined with `,`; `host` falls back
/// to the URI authority.
fn signed_header_value<'r>(
    request: &VerifiableRequest<'r>,
    name: &str,
) -> Result<Cow<'r, str>, VerifyError> {
    let header_name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
        malformed(
            "Authorization",
            format!("SignedHeaders lists {name:?}, which is no header name"),
        )
    })?;
    let values: Vec<Cow<'r, str>> = request
        .headers
        .get_all(&header_name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()))
        .collect();
    match values.len() {
        0 => match (name, request.authority) {
            ("host", Some(authority)) => Ok(Cow::Borrowed(authority)),
            _ => Err(VerifyError::MissingHeader {
                name: name.to_owned(),
            }),
        },
        1 => Ok(values.into_iter().next().unwrap_or_default()),
        _ => Ok(Cow::Owned(
            values
                .iter()
                .map(|v| trim_header_value(v))
                .collect::<Vec<_>>()
                .join(","),
        )),
    }
}

/// The payload hash as the signer computed it: empty body → empty hash; else the content hash
/// header (read as ISO-8859-1, as the Python SDK does), which must be `UNSIGNED-PAYLOAD` or
/// match the body; else the body's hash.
fn payload_hash(
    algorithm: Algorithm,
    request: &VerifiableRequest<'_>,
) -> Result<String, VerifyError> {
    if request.body.is_empty() {
        return Ok(algorithm.empty_hash().to_owned());
    }
    let header = algorithm.content_hash_header();
    let declared: Option<String> = request.headers.get(header).map(|v| {
        let latin1: String = v.as_bytes().iter().copied().map(char::from).collect();
        trim_header_value(&latin1).to_owned()
    });
    match declared {
        Some(d) if !d.is_empty() => {
            if d != "UNSIGNED-PAYLOAD" && d != algorithm.hash_hex(request.body).as_str() {
                return Err(VerifyError::BodyHashMismatch { header });
            }
            Ok(d)
        }
        _ => Ok(algorithm.hash_hex(request.body).as_str().to_owned()),
    }
}
