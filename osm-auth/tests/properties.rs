//! Properties, for all five algorithms: whatever request is signed verifies, and any single
//! change to what is sent (method, a path segment, a query pair, a signed header's value, one
//! body byte, one digit of the signature, the secret key, a date beyond the window) makes
//! verification fail.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use http::{HeaderMap, HeaderName, HeaderValue};
use osm_auth::canonical::{canonical_query, parse_query};
use osm_auth::{
    Algorithm, Credentials, DEFAULT_WINDOW, KeyEntry, SdkDate, SecretString, SignableBody,
    SignableRequest, SigningParams, VerifiableRequest, Verifier, VerifyError, sign,
};
use proptest::prelude::*;

const METHODS: [&str; 6] = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"];
const HEADER_NAMES: [&str; 5] = [
    "X-Custom",
    "Accept",
    "X-Language",
    "User-Agent",
    "X-Trace-Id",
];

#[derive(Clone, Debug)]
struct Case {
    method: usize,
    segments: Vec<String>,
    query: Vec<(String, String)>,
    headers: Vec<(usize, String)>,
    json: bool,
    body: Vec<u8>,
    algorithm: Algorithm,
    date_secs: i64,
    token: bool,
}

fn case() -> impl Strategy<Value = Case> {
    (
        0..METHODS.len(),
        prop::collection::vec("[a-zA-Z0-9 %~._+工é-]{1,8}", 1..4),
        prop::collection::vec(
            ("[a-zA-Z0-9 ~*+工&=]{0,6}", "[a-zA-Z0-9 ~*+工&=%]{0,6}"),
            0..4,
        ),
        prop::collection::vec((0..HEADER_NAMES.len(), "[a-zA-Z0-9;,/ ]{0,12}"), 0..3),
        any::<bool>(),
        prop::collection::vec(any::<u8>(), 0..64),
        prop::sample::select(Algorithm::ALL.to_vec()),
        1_600_000_000i64..2_000_000_000,
        any::<bool>(),
    )
        .prop_map(
            |(method, segments, query, headers, json, body, algorithm, date_secs, token)| Case {
                method,
                segments,
                query,
                headers,
                json,
                body,
                algorithm,
                date_secs,
                token,
            },
        )
}

fn credentials(token: bool) -> Credentials {
    let c = Credentials::new("PROPAK", "prop-secret-key")
        .unwrap()
        .with_domain_id("prop-domain");
    if token {
        c.with_security_token("tok/en+=")
    } else {
        c
    }
}

/// What goes over the wire after signing.
#[derive(Clone, Debug)]
struct Sent {
    method: String,
    path: String,
    query: String,
    headers: HeaderMap,
    body: Vec<u8>,
    date: SystemTime,
    signed: Vec<String>,
}

fn path_of(segments: &[String]) -> String {
    // '/' inside a segment would only make another segment; keep segments apart
    format!("/{}", segments.join("/"))
}

fn sign_case(c: &Case) -> Sent {
    let creds = credentials(c.token);
    let path = path_of(&c.segments);
    let mut req = SignableRequest::new(METHODS[c.method], "osm.example.com:8443", path.as_str())
        .with_body(SignableBody::Bytes(&c.body));
    for (k, v) in &c.query {
        req = req.with_query_pair(k.as_str(), v.as_str());
    }
    for (n, v) in &c.headers {
        req = req.with_header(HEADER_NAMES[*n], v.as_str());
    }
    if c.json {
        req = req.with_header("Content-Type", "application/json");
    }
    let time = SystemTime::UNIX_EPOCH + Duration::from_secs(c.date_secs.unsigned_abs());
    let params = SigningParams::new(&creds, time)
        .with_algorithm(c.algorithm)
        .with_derived_scope("cn-south-1", "osm");
    let out = sign(&req, &params).unwrap();
    let mut headers = HeaderMap::new();
    for (n, v) in out.headers() {
        headers.insert(
            HeaderName::from_bytes(n.as_bytes()).unwrap(),
            HeaderValue::from_bytes(v.as_bytes()).unwrap(),
        );
    }
    let signed = out
        .authorization()
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .unwrap()
        .split(';')
        .map(str::to_owned)
        .collect();
    Sent {
        method: METHODS[c.method].to_owned(),
        path,
        query: out.canonical_query().to_owned(),
        headers,
        body: c.body.clone(),
        date: out.date().to_system_time(),
        signed,
    }
}

fn verify_at(s: &Sent, now: SystemTime) -> Result<Algorithm, VerifyError> {
    verify_with(s, now, "prop-secret-key")
}

fn verify_with(
    s: &Sent,
    now: SystemTime,
    secret_key: &'static str,
) -> Result<Algorithm, VerifyError> {
    let request = VerifiableRequest {
        method: &s.method,
        path: &s.path,
        query: (!s.query.is_empty()).then_some(s.query.as_str()),
        headers: &s.headers,
        authority: None,
        body: &s.body,
    };
    let keys = |ak: &str| {
        (ak == "PROPAK").then(|| KeyEntry {
            secret_key: SecretString::new(secret_key),
            account: (),
        })
    };
    Verifier::new()
        .verify(&request, &keys, now)
        .map(|v| v.algorithm)
}

fn verify(s: &Sent) -> Result<Algorithm, VerifyError> {
    verify_at(s, s.date + Duration::from_secs(30))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn signed_requests_verify(c in case()) {
        let sent = sign_case(&c);
        prop_assert_eq!(verify(&sent), Ok(c.algorithm));
        // at both ends of the window too
        prop_assert!(verify_at(&sent, sent.date + DEFAULT_WINDOW).is_ok());
        prop_assert!(verify_at(&sent, sent.date - DEFAULT_WINDOW).is_ok());
    }

    #[test]
    fn changed_method_fails(c in case(), other in 0..METHODS.len()) {
        prop_assume!(other != c.method);
        let mut sent = sign_case(&c);
        sent.method = METHODS[other].to_owned();
        prop_assert_eq!(verify(&sent), Err(VerifyError::BadSignature));
    }

    #[test]
    fn changed_path_segment_fails(c in case(), index in any::<prop::sample::Index>()) {
        let mut sent = sign_case(&c);
        let mut segments = c.segments.clone();
        let i = index.index(segments.len());
        segments[i].push('x');
        sent.path = path_of(&segments);
        prop_assert_eq!(verify(&sent), Err(VerifyError::BadSignature));
    }

    #[test]
    fn changed_query_pair_fails(c in case(), index in any::<prop::sample::Index>(), key in any::<bool>()) {
        prop_assume!(!c.query.is_empty());
        let mut sent = sign_case(&c);
        let mut pairs = parse_query(&sent.query);
        let i = index.index(pairs.len());
        if key { pairs[i].0.push('k') } else { pairs[i].1.push('v') }
        sent.query = canonical_query(&pairs);
        prop_assert_eq!(verify(&sent), Err(VerifyError::BadSignature));
    }

    #[test]
    fn dropped_query_pair_fails(c in case(), index in any::<prop::sample::Index>()) {
        prop_assume!(!c.query.is_empty());
        let mut sent = sign_case(&c);
        let mut pairs = parse_query(&sent.query);
        pairs.remove(index.index(pairs.len()));
        sent.query = canonical_query(&pairs);
        prop_assert_eq!(verify(&sent), Err(VerifyError::BadSignature));
    }

    #[test]
    fn changed_signed_header_value_fails(c in case(), index in any::<prop::sample::Index>()) {
        let mut sent = sign_case(&c);
        let name = sent.signed[index.index(sent.signed.len())].clone();
        let old = sent.headers.get(name.as_str()).unwrap().to_str().unwrap().to_owned();
        sent.headers.insert(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(&format!("{old}x")).unwrap(),
        );
        prop_assert!(verify(&sent).is_err(), "changing {} still verified", name);
    }

    #[test]
    fn changed_body_byte_fails(c in case(), index in any::<prop::sample::Index>(), bit in 0u8..8) {
        prop_assume!(!c.body.is_empty());
        let mut sent = sign_case(&c);
        let i = index.index(sent.body.len());
        sent.body[i] ^= 1 << bit;
        prop_assert_eq!(verify(&sent), Err(VerifyError::BadSignature));
    }

    #[test]
    fn changed_signature_digit_fails(c in case(), index in any::<prop::sample::Index>(), delta in 1u8..16) {
        let mut sent = sign_case(&c);
        let auth = sent.headers["authorization"].to_str().unwrap().to_owned();
        let (prefix, signature) = auth.rsplit_once("Signature=").unwrap();
        let mut digits: Vec<u8> = signature.bytes().collect();
        let i = index.index(digits.len());
        let value = char::from(digits[i]).to_digit(16).unwrap() as u8;
        digits[i] = char::from_digit(u32::from((value + delta) % 16), 16).unwrap() as u8;
        let changed = format!("{prefix}Signature={}", String::from_utf8(digits).unwrap());
        sent.headers.insert("authorization", HeaderValue::from_str(&changed).unwrap());
        prop_assert!(verify(&sent).is_err(), "digit {} of {} changed and still verified", i, c.algorithm);
    }

    #[test]
    fn other_secret_key_fails(c in case()) {
        let sent = sign_case(&c);
        let at = sent.date + Duration::from_secs(30);
        prop_assert_eq!(verify_with(&sent, at, "prop-secret-kez"), Err(VerifyError::BadSignature));
        prop_assert_eq!(verify_with(&sent, at, "other"), Err(VerifyError::BadSignature));
    }

    #[test]
    fn date_beyond_window_fails(c in case(), extra in 1u64..100_000) {
        let sent = sign_case(&c);
        let late = sent.date + DEFAULT_WINDOW + Duration::from_secs(extra);
        let early = sent.date - DEFAULT_WINDOW - Duration::from_secs(extra);
        let expired = matches!(verify_at(&sent, late), Err(VerifyError::Expired { .. }));
        let future = matches!(verify_at(&sent, early), Err(VerifyError::NotYetValid { .. }));
        prop_assert!(expired, "a date before the window must be Expired");
        prop_assert!(future, "a date after the window must be NotYetValid");
    }
}

#[test]
fn unknown_access_key_and_missing_headers_are_named() {
    let c = Case {
        method: 1,
        segments: vec!["v2".into(), "cases".into()],
        query: vec![("limit".into(), "1".into())],
        headers: vec![],
        json: true,
        body: br#"{"a":1}"#.to_vec(),
        algorithm: Algorithm::SdkHmacSha256,
        date_secs: 1_800_000_000,
        token: false,
    };
    let sent = sign_case(&c);
    let date = SdkDate::from_system_time(sent.date).unwrap();
    assert_eq!(date.to_string().len(), 16);

    let mut other_ak = sent.clone();
    let auth = other_ak.headers["authorization"]
        .to_str()
        .unwrap()
        .replace("PROPAK", "NOPE");
    other_ak
        .headers
        .insert("authorization", HeaderValue::from_str(&auth).unwrap());
    assert_eq!(
        verify(&other_ak),
        Err(VerifyError::UnknownAccessKey {
            access_key: "NOPE".into()
        })
    );

    for (header, shown) in [
        ("authorization", "Authorization"),
        ("x-sdk-date", "X-Sdk-Date"),
        ("x-domain-id", "x-domain-id"),
    ] {
        let mut missing = sent.clone();
        missing.headers.remove(header);
        assert_eq!(
            verify(&missing),
            Err(VerifyError::MissingHeader { name: shown.into() })
        );
    }

    let mut sha1 = sent.clone();
    let auth = sha1.headers["authorization"]
        .to_str()
        .unwrap()
        .replace("SDK-HMAC-SHA256", "SDK-HMAC-SHA1");
    sha1.headers
        .insert("authorization", HeaderValue::from_str(&auth).unwrap());
    assert!(matches!(
        verify(&sha1),
        Err(VerifyError::UnsupportedAlgorithm { .. })
    ));

    // an HMAC signature presented as another algorithm's is not that algorithm's signature
    for other in ["SDK-ECDSA-P256-SHA256", "SDK-SM2-SM3", "SDK-HMAC-SM3"] {
        let mut relabelled = sent.clone();
        let auth = relabelled.headers["authorization"]
            .to_str()
            .unwrap()
            .replace("SDK-HMAC-SHA256", other);
        relabelled
            .headers
            .insert("authorization", HeaderValue::from_str(&auth).unwrap());
        assert_eq!(
            verify(&relabelled),
            Err(VerifyError::BadSignature),
            "{other}"
        );
    }

    let mut garbled = sent.clone();
    garbled.headers.insert(
        "authorization",
        HeaderValue::from_static("SDK-HMAC-SHA256 nonsense"),
    );
    assert!(matches!(
        verify(&garbled),
        Err(VerifyError::MalformedHeader { .. })
    ));

    let mut bad_date = sent;
    bad_date
        .headers
        .insert("x-sdk-date", HeaderValue::from_static("yesterday"));
    assert!(matches!(
        verify(&bad_date),
        Err(VerifyError::MalformedHeader { .. })
    ));
}
