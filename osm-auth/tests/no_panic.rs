//! Arbitrary input never panics: signing, URL and query parsing, date and `Authorization`
//! parsing, verification of garbage.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use http::{HeaderMap, HeaderName, HeaderValue};
use osm_auth::{
    Algorithm, AuthorizationHeader, Credentials, KeyEntry, SdkDate, SecretString, SignableBody,
    SignableRequest, SigningParams, VerifiableRequest, Verifier, canonical, sign,
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn signing_arbitrary_requests_never_panics(
        method in "\\PC{0,8}",
        host in "\\PC{0,12}",
        path in "\\PC{0,24}",
        raw_query in "\\PC{0,24}",
        headers in prop::collection::vec(("\\PC{0,10}", "\\PC{0,16}"), 0..6),
        body in prop::collection::vec(any::<u8>(), 0..32),
        unsigned in any::<bool>(),
        algorithm in prop::sample::select(Algorithm::ALL.to_vec()),
        secs in any::<u64>(),
    ) {
        let creds = Credentials::new("AK", "SK").unwrap().with_domain_id("d").with_security_token("t");
        let mut req = SignableRequest::new(method.as_str(), host.as_str(), path.as_str())
            .with_raw_query(&raw_query)
            .with_body(if unsigned { SignableBody::UnsignedPayload } else { SignableBody::Bytes(&body) });
        for (n, v) in &headers {
            req = req.with_header(n.as_str(), v.as_str());
        }
        let time = SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs % (400 * 365 * 86_400 * 20)))
            .unwrap_or(SystemTime::UNIX_EPOCH);
        let params = SigningParams::new(&creds, time).with_algorithm(algorithm).with_derived_scope("r", "s");
        if let Ok(out) = sign(&req, &params) {
            prop_assert!(out.authorization().starts_with(algorithm.name()));
            let _ = format!("{out:?} {}", out.canonical_request());
        }
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,40}", t in "[0-9TZ]{14,18}") {
        let _ = SignableRequest::from_url("GET", &s);
        let _ = canonical::parse_query(&s);
        let _ = canonical::canonical_uri(&s);
        let _ = SdkDate::parse(&s);
        let _ = SdkDate::parse(&t);
        let _ = AuthorizationHeader::parse(&s);
        let _ = AuthorizationHeader::parse(&format!("SDK-HMAC-SHA256 {s}"));
        let _ = AuthorizationHeader::parse(&format!("V11-HMAC-SHA256 Credential={s}, SignedHeaders=a, Signature={}", "0".repeat(64)));
    }

    #[test]
    fn verifying_garbage_never_panics(
        auth in "\\PC{0,60}",
        signed in "[a-z;_-]{0,20}",
        date in "[0-9TZ]{15,17}",
        body in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        let mut headers = HeaderMap::new();
        if let Ok(v) = HeaderValue::from_str(&auth) {
            headers.insert("authorization", v);
        }
        let composed = format!("SDK-HMAC-SHA256 Access=AK, SignedHeaders={signed}, Signature={}", "a".repeat(64));
        if let Ok(v) = HeaderValue::from_str(&composed) {
            headers.insert(HeaderName::from_static("x-other"), v);
        }
        if let Ok(v) = HeaderValue::from_str(&date) {
            headers.insert("x-sdk-date", v);
        }
        let keys = |_: &str| Some(KeyEntry { secret_key: SecretString::new("SK"), account: () });
        let verify = |headers: &HeaderMap| {
            let request = VerifiableRequest {
                method: "POST",
                path: "/a%zz/",
                query: Some("&&=&a=%"),
                headers,
                authority: None,
                body: &body,
            };
            let _ = Verifier::new().verify(&request, &keys, SystemTime::now());
        };
        verify(&headers);
        headers.insert("authorization", HeaderValue::from_str(&composed).unwrap());
        verify(&headers);
    }
}
