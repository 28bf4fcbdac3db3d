//! The verifier as a server calls it: from `http::request::Parts`, over HTTP/1.1 (Host header)
//! and HTTP/2 (authority only), for all five algorithms.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use osm_auth::{
    Algorithm, Credentials, KeyEntry, SecretString, SignableBody, SignableRequest, SigningParams,
    Verifier, VerifyError, sign,
};

fn keys(ak: &str) -> Option<KeyEntry<&'static str>> {
    (ak == "PARTSAK").then(|| KeyEntry {
        secret_key: SecretString::new("parts-secret"),
        account: "domain-of-partsak",
    })
}

fn signed_parts(
    algorithm: Algorithm,
    with_host_header: bool,
) -> (http::request::Parts, Vec<u8>, SystemTime) {
    let body = br#"{"simple_description":"help"}"#.to_vec();
    let creds = Credentials::new("PARTSAK", "parts-secret")
        .unwrap()
        .with_domain_id("domain-of-partsak");
    let req = SignableRequest::from_url(
        "POST",
        "https://127.0.0.1:8443/v2/servicerequest/cases?limit=10&offset=0",
    )
    .unwrap()
    .with_header("Content-Type", "application/json")
    .with_body(SignableBody::Bytes(&body));
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let params = SigningParams::new(&creds, now)
        .with_algorithm(algorithm)
        .with_derived_scope("cn-south-1", "osm");
    let out = sign(&req, &params).unwrap();
    let uri = if with_host_header {
        format!("/v2/servicerequest/cases?{}", out.canonical_query())
    } else {
        format!(
            "https://127.0.0.1:8443/v2/servicerequest/cases?{}",
            out.canonical_query()
        )
    };
    let mut builder = http::Request::builder().method("POST").uri(uri);
    for (name, value) in out.headers() {
        if name == "Host" && !with_host_header {
            continue;
        }
        builder = builder.header(name, value);
    }
    let (parts, ()) = builder.body(()).unwrap().into_parts();
    (parts, body, now)
}

#[test]
fn verifies_parts_for_every_algorithm() {
    for algorithm in Algorithm::ALL {
        for host_header in [true, false] {
            let (parts, body, now) = signed_parts(algorithm, host_header);
            let verified = Verifier::new()
                .verify_parts(&parts, &body, &keys, now + Duration::from_secs(1))
                .unwrap_or_else(|e| panic!("{algorithm} host_header={host_header}: {e}"));
            assert_eq!(verified.access_key, "PARTSAK");
            assert_eq!(verified.account, "domain-of-partsak");
            assert_eq!(verified.algorithm, algorithm);
            assert!(verified.signed_headers.contains(&"x-domain-id".to_owned()));
        }
    }
}

#[test]
fn window_is_configurable() {
    let (parts, body, now) = signed_parts(Algorithm::SdkHmacSha256, true);
    let later = now + Duration::from_secs(120);
    assert!(
        Verifier::new()
            .verify_parts(&parts, &body, &keys, later)
            .is_ok()
    );
    let strict = Verifier::new().with_window(Duration::from_secs(60));
    assert!(matches!(
        strict.verify_parts(&parts, &body, &keys, later),
        Err(VerifyError::Expired {
            window_secs: 60,
            ..
        })
    ));
}

#[test]
fn body_not_matching_declared_hash_is_named() {
    let (mut parts, body, now) = signed_parts(Algorithm::SdkHmacSha256, true);
    parts.headers.insert(
        "x-sdk-content-sha256",
        http::HeaderValue::from_static(
            "0000000000000000000000000000000000000000000000000000000000000000",
        ),
    );
    assert_eq!(
        Verifier::new()
            .verify_parts(&parts, &body, &keys, now)
            .map(|v| v.access_key),
        Err(VerifyError::BodyHashMismatch {
            header: "X-Sdk-Content-Sha256"
        })
    );
}
