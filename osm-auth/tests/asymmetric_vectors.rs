//! `SDK-ECDSA-P256-SHA256` and `SDK-SM2-SM3` against the official Python SDK
//! (`vectors/asymmetric_vectors.json`, made by `vectors/generate_asymmetric.py`). The
//! signatures are randomized, so they are cross-verified rather than compared:
//! - the public key we derive from each AK/SK is the SDK's (so the SDK verifies what we sign);
//! - every stage but the signature (canonical request, string to sign, headers, URI) is the
//!   SDK's byte for byte;
//! - every SDK signature verifies in our verifier, and so does ours of the same request;
//! - every single change to an SDK-signed request (method, path, each query pair, each signed
//!   header, body, date, each signature byte, the key, the algorithm) is refused.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{Vector, load_asymmetric};
use http::{HeaderMap, HeaderName, HeaderValue};
use osm_auth::canonical::{canonical_query, parse_query};
use osm_auth::{
    Algorithm, KeyEntry, SdkDate, SecretString, SigningKey, VerifiableRequest, Verifier,
    VerifyError, sign,
};

#[test]
fn derived_public_keys_are_the_sdks() {
    let file = load_asymmetric();
    assert!(file.keys.len() >= 10);
    for algorithm in ["SDK-ECDSA-P256-SHA256", "SDK-SM2-SM3"] {
        assert!(
            file.keys
                .iter()
                .any(|k| k.algorithm == algorithm && k.short_coordinate),
            "{algorithm}: the fixture lacks a key with a leading zero byte in a coordinate"
        );
    }
    for k in &file.keys {
        let algorithm: Algorithm = k.algorithm.parse().unwrap();
        let key =
            SigningKey::from_parts(algorithm, &k.ak, &SecretString::new(k.sk.as_str())).unwrap();
        let ours = const_hex::encode(key.public_key_sec1().unwrap());
        assert_eq!(ours, k.public_key, "{} {}", k.algorithm, k.ak);
    }
}

#[test]
fn every_stage_but_the_signature_is_the_sdks() {
    let file = load_asymmetric();
    assert!(file.vectors.len() >= 40);
    for v in &file.vectors {
        let body = v.body();
        let credentials = v.credentials();
        let out = sign(&v.signable(&body), &v.params(&credentials))
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        let e = &v.expected;
        assert_eq!(
            Some(out.canonical_request().as_str()),
            e.canonical_request.as_deref(),
            "{}",
            v.name
        );
        assert_eq!(
            Some(out.string_to_sign().as_str()),
            e.string_to_sign.as_deref(),
            "{}",
            v.name
        );
        let uri = if out.canonical_query().is_empty() {
            v.request.path.clone()
        } else {
            format!("{}?{}", v.request.path, out.canonical_query())
        };
        assert_eq!(Some(uri.as_str()), e.uri.as_deref(), "{}", v.name);
        let without_signature = |h: &str| h.split("Signature=").next().unwrap_or("").to_owned();
        let ours: Vec<(String, String)> = out
            .headers()
            .map(|(n, val)| (n.to_owned(), without_signature(val)))
            .collect();
        let theirs: Vec<(String, String)> = e
            .headers
            .iter()
            .map(|[n, val]| (n.clone(), without_signature(val)))
            .collect();
        assert_eq!(ours, theirs, "{}", v.name);
        assert!(out.signature().starts_with("30"), "{}: DER", v.name);
    }
}

/// A request as it goes over the wire, with the secret key the server knows.
#[derive(Clone)]
struct Sent {
    method: String,
    path: String,
    query: String,
    headers: HeaderMap,
    body: Vec<u8>,
    sk: String,
    date: SdkDate,
}

impl Sent {
    fn of_sdk(v: &Vector) -> Self {
        let e = &v.expected;
        let uri = e.uri.clone().unwrap();
        let (path, query) = uri.split_once('?').unwrap_or((uri.as_str(), ""));
        let mut headers = HeaderMap::new();
        for [n, val] in &e.headers {
            headers.insert(
                HeaderName::from_bytes(n.as_bytes()).unwrap(),
                HeaderValue::from_bytes(val.as_bytes()).unwrap(),
            );
        }
        let date = SdkDate::parse(headers["x-sdk-date"].to_str().unwrap()).unwrap();
        Sent {
            method: v.request.method.clone(),
            path: path.to_owned(),
            query: query.to_owned(),
            headers,
            body: v.body(),
            sk: v.credentials.sk.clone(),
            date,
        }
    }

    fn verify(&self) -> Result<Algorithm, VerifyError> {
        let request = VerifiableRequest {
            method: &self.method,
            path: &self.path,
            query: (!self.query.is_empty()).then_some(self.query.as_str()),
            headers: &self.headers,
            authority: None,
            body: &self.body,
        };
        let sk = self.sk.clone();
        let keys = move |_: &str| {
            Some(KeyEntry {
                secret_key: SecretString::new(sk.as_str()),
                account: (),
            })
        };
        Verifier::new()
            .verify(
                &request,
                &keys,
                self.date.to_system_time() + Duration::from_secs(60),
            )
            .map(|v| v.algorithm)
    }

    fn authorization(&self) -> String {
        self.headers["authorization"].to_str().unwrap().to_owned()
    }

    fn with_authorization(&self, value: &str) -> Self {
        let mut s = self.clone();
        s.headers
            .insert("authorization", HeaderValue::from_str(value).unwrap());
        s
    }

    fn signed_headers(&self) -> Vec<String> {
        let auth = self.authorization();
        let list = auth
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .unwrap();
        list.split(';').map(str::to_owned).collect()
    }

    fn payload_unsigned(&self) -> bool {
        self.headers
            .iter()
            .any(|(n, v)| n.as_str().starts_with("x-sdk-content-") && v == "UNSIGNED-PAYLOAD")
    }
}

#[test]
fn sdk_signatures_and_ours_verify() {
    let file = load_asymmetric();
    for v in &file.vectors {
        let sent = Sent::of_sdk(v);
        assert_eq!(
            sent.verify().map(Algorithm::name),
            Ok(v.algorithm.as_str()),
            "the SDK's signature of {}",
            v.name
        );
        // ours of the same request: the same headers with our Authorization
        let body = v.body();
        let credentials = v.credentials();
        let out = sign(&v.signable(&body), &v.params(&credentials)).unwrap();
        let ours = sent.with_authorization(out.authorization());
        assert_eq!(
            ours.verify().map(Algorithm::name),
            Ok(v.algorithm.as_str()),
            "our signature of {}",
            v.name
        );
    }
}

/// Every single change to what an SDK-signed request sends.
fn mutations(sent: &Sent) -> Vec<(String, Sent)> {
    let mut out = Vec::new();
    let mut push = |what: String, s: Sent| out.push((what, s));

    let mut s = sent.clone();
    s.method = if sent.method.eq_ignore_ascii_case("GET") {
        "POST".into()
    } else {
        "GET".into()
    };
    push("method".into(), s);

    let mut s = sent.clone();
    s.path.push('x');
    push("path".into(), s);

    let pairs = parse_query(&sent.query);
    for i in 0..pairs.len() {
        for part in ["key", "value", "drop"] {
            let mut changed = pairs.clone();
            match part {
                "key" => changed[i].0.push('k'),
                "value" => changed[i].1.push('v'),
                _ => {
                    changed.remove(i);
                }
            }
            let mut s = sent.clone();
            s.query = canonical_query(&changed);
            push(format!("query pair {i} {part}"), s);
        }
    }
    let mut added = pairs.clone();
    added.push(("extra".into(), "1".into()));
    let mut s = sent.clone();
    s.query = canonical_query(&added);
    push("query pair added".into(), s);

    for name in sent.signed_headers() {
        let mut s = sent.clone();
        let mut value = sent.headers[name.as_str()].as_bytes().to_vec();
        value.push(b'x');
        s.headers.insert(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_bytes(&value).unwrap(),
        );
        push(format!("header {name}"), s);
        if name != "x-sdk-date" {
            let mut s = sent.clone();
            s.headers.remove(name.as_str());
            push(format!("header {name} dropped"), s);
        }
    }

    if !sent.body.is_empty() && !sent.payload_unsigned() {
        for i in [0, sent.body.len() / 2, sent.body.len() - 1] {
            let mut s = sent.clone();
            s.body[i] ^= 1;
            push(format!("body byte {i}"), s);
        }
    }

    let auth = sent.authorization();
    let (prefix, signature) = auth.rsplit_once("Signature=").unwrap();
    for i in 0..signature.len() / 2 {
        let mut bytes = const_hex::decode(signature).unwrap();
        bytes[i] ^= 0x01;
        let s =
            sent.with_authorization(&format!("{prefix}Signature={}", const_hex::encode(&bytes)));
        push(format!("signature byte {i}"), s);
    }

    let mut s = sent.clone();
    s.sk.push('x');
    push("secret key".into(), s);

    let other = if auth.starts_with("SDK-SM2-SM3") {
        auth.replacen("SDK-SM2-SM3", "SDK-ECDSA-P256-SHA256", 1)
    } else {
        auth.replacen("SDK-ECDSA-P256-SHA256", "SDK-SM2-SM3", 1)
    };
    push("algorithm".into(), sent.with_authorization(&other));
    out
}

#[test]
fn every_single_mutation_of_an_sdk_signed_request_is_refused() {
    let file = load_asymmetric();
    let mut checked = 0;
    for v in &file.vectors {
        let sent = Sent::of_sdk(v);
        assert!(sent.verify().is_ok(), "{}", v.name);
        for (what, mutated) in mutations(&sent) {
            assert!(
                mutated.verify().is_err(),
                "{}: changing the {what} still verified",
                v.name
            );
            checked += 1;
        }
    }
    assert!(checked > 3000, "only {checked} mutations");
}
