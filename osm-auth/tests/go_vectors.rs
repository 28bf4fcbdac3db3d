//! The vectors of Huawei's Go SDK (`core/auth/signer/signer_test.go`). The Go signer leaves
//! `content-type` and `host` unsigned, so its requests are checked the way the gateway checks
//! them: through the verifier, over the `SignedHeaders` they list.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue};
use osm_auth::{KeyEntry, SdkDate, SecretString, VerifiableRequest, Verifier, VerifyError};
use serde::Deserialize;

#[derive(Deserialize)]
struct GoVectors {
    access_key: String,
    secret_key: String,
    signed_requests: Vec<GoRequest>,
    canonical_query: GoQuery,
}

#[derive(Deserialize)]
struct GoRequest {
    name: String,
    method: String,
    host: String,
    path: String,
    query: String,
    headers: Vec<[String; 2]>,
    body: String,
    authorization: String,
}

#[derive(Deserialize)]
struct GoQuery {
    pairs: Vec<[String; 2]>,
    expected: String,
}

fn load() -> GoVectors {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/go_sdk_vectors.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn headers_of(r: &GoRequest, authorization: &str) -> HeaderMap {
    let mut map = HeaderMap::new();
    for [n, v] in &r.headers {
        map.insert(
            HeaderName::from_bytes(n.as_bytes()).unwrap(),
            HeaderValue::from_str(v).unwrap(),
        );
    }
    map.insert("host", HeaderValue::from_str(&r.host).unwrap());
    map.insert(
        "authorization",
        HeaderValue::from_str(authorization).unwrap(),
    );
    map
}

fn verify(
    v: &GoVectors,
    r: &GoRequest,
    authorization: &str,
    body: &[u8],
) -> Result<(), VerifyError> {
    let headers = headers_of(r, authorization);
    let request = VerifiableRequest {
        method: &r.method,
        path: &r.path,
        query: Some(&r.query),
        headers: &headers,
        authority: None,
        body,
    };
    let (ak, sk) = (v.access_key.clone(), v.secret_key.clone());
    let keys = move |access_key: &str| {
        (access_key == ak).then(|| KeyEntry {
            secret_key: SecretString::new(sk.clone()),
            account: (),
        })
    };
    let now = SdkDate::parse("20060102T150405Z").unwrap().to_system_time() + Duration::from_secs(5);
    Verifier::new().verify(&request, &keys, now).map(|_| ())
}

#[test]
fn go_sdk_signatures_verify() {
    let v = load();
    for r in &v.signed_requests {
        verify(&v, r, &r.authorization, r.body.as_bytes())
            .unwrap_or_else(|e| panic!("Go vector {} did not verify: {e}", r.name));
    }
}

#[test]
fn go_sdk_signatures_fail_when_changed() {
    let v = load();
    for r in &v.signed_requests {
        let mut tampered = r.body.clone().into_bytes();
        tampered.push(b' ');
        assert_eq!(
            verify(&v, r, &r.authorization, &tampered),
            Err(VerifyError::BadSignature),
            "{}: a changed body must not verify",
            r.name
        );
        let wrong = r
            .authorization
            .replace("Signature=5", "Signature=6")
            .replace("Signature=c", "Signature=d");
        assert_eq!(
            verify(&v, r, &wrong, r.body.as_bytes()),
            Err(VerifyError::BadSignature),
            "{}: a changed signature must not verify",
            r.name
        );
    }
}

#[test]
fn go_sdk_canonical_query() {
    let v = load();
    let pairs: Vec<(&str, &str)> = v
        .canonical_query
        .pairs
        .iter()
        .map(|[k, val]| (k.as_str(), val.as_str()))
        .collect();
    assert_eq!(
        osm_auth::canonical::canonical_query(&pairs),
        v.canonical_query.expected
    );
}
