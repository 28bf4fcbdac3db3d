//! Every vector generated from the official Python SDK (`vectors/python_sdk_vectors.json`, see
//! `vectors/README.md`) is reproduced at every stage: canonical request, string to sign,
//! `Authorization`, the URI sent and every header sent. Each signed vector also verifies.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{Vector, load_vectors};
use http::{HeaderMap, HeaderName, HeaderValue};
use osm_auth::{KeyEntry, SecretString, VerifiableRequest, Verifier, VerifyError, sign};

#[test]
fn python_whitespace_matches_trim() {
    let file = load_vectors();
    let listed: Vec<u32> = file.python_whitespace.clone();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let s = c.to_string();
        let trimmed = osm_auth::canonical::trim_header_value(&s).is_empty();
        assert_eq!(trimmed, listed.contains(&cp), "U+{cp:04X}");
    }
}

#[test]
fn every_python_vector_matches_at_every_stage() {
    let file = load_vectors();
    assert!(file.vectors.len() >= 300, "expected at least 300 vectors");
    let mut failures = Vec::new();
    for v in &file.vectors {
        if let Err(e) = check(v) {
            failures.push(format!("{}: {e}", v.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        file.vectors.len(),
        failures.join("\n")
    );
}

fn check(v: &Vector) -> Result<(), String> {
    let body = v.body();
    let credentials = v.credentials();
    let request = v.signable(&body);
    let params = v.params(&credentials);
    let result = sign(&request, &params);
    let expected = &v.expected;
    if let Some(err) = &expected.error {
        return match result {
            Err(_) => Ok(()),
            Ok(out) => Err(format!(
                "the SDK refused ({err}) but we signed: {}",
                out.authorization()
            )),
        };
    }
    let out = result.map_err(|e| format!("signing failed: {e}"))?;
    let stage = |what: &str, ours: &str, theirs: &Option<String>| {
        let theirs = theirs.as_deref().unwrap_or_default();
        if ours == theirs {
            Ok(())
        } else {
            Err(format!(
                "{what} differs:\n ours:   {ours:?}\n theirs: {theirs:?}"
            ))
        }
    };
    stage(
        "canonical request",
        out.canonical_request().as_str(),
        &expected.canonical_request,
    )?;
    stage(
        "string to sign",
        out.string_to_sign().as_str(),
        &expected.string_to_sign,
    )?;
    stage(
        "authorization",
        out.authorization(),
        &expected.authorization,
    )?;
    let uri = if out.canonical_query().is_empty() {
        v.request.path.clone()
    } else {
        format!("{}?{}", v.request.path, out.canonical_query())
    };
    stage("uri", &uri, &expected.uri)?;
    let headers: Vec<(String, String)> = out
        .headers()
        .map(|(n, val)| (n.to_owned(), val.to_owned()))
        .collect();
    let theirs: Vec<(String, String)> = expected
        .headers
        .iter()
        .map(|h| (h[0].clone(), h[1].clone()))
        .collect();
    if headers != theirs {
        return Err(format!(
            "headers differ:\n ours:   {headers:?}\n theirs: {theirs:?}"
        ));
    }
    verify_round_trip(v, &out, &body)
}

/// Sends the signed request through the verifier, as the sandbox would receive it.
fn verify_round_trip(v: &Vector, out: &osm_auth::SigningOutput, body: &[u8]) -> Result<(), String> {
    let mut map = HeaderMap::new();
    let mut lower_names = Vec::new();
    for (name, value) in out.headers() {
        let lower = name.to_ascii_lowercase();
        if lower_names.contains(&lower) {
            // names that differ only in case: HTTP cannot carry them apart
            return Ok(());
        }
        lower_names.push(lower);
        let (Ok(n), Ok(val)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) else {
            return Ok(());
        };
        map.insert(n, val);
    }
    let query = (!out.canonical_query().is_empty()).then_some(out.canonical_query());
    let request = VerifiableRequest {
        method: &v.request.method,
        path: &v.request.path,
        query,
        headers: &map,
        authority: None,
        body,
    };
    let sk = v.credentials.sk.clone();
    let keys = move |_: &str| {
        Some(KeyEntry {
            secret_key: SecretString::new(sk.clone()),
            account: (),
        })
    };
    let now = out.date().to_system_time() + Duration::from_secs(60);
    let verified = match Verifier::new().verify(&request, &keys, now) {
        Ok(v) => v,
        // a caller-set content hash that is neither UNSIGNED-PAYLOAD nor the body's hash: the
        // SDK signs it as given, our verifier refuses the body (deliberately stricter)
        Err(VerifyError::BodyHashMismatch { .. }) if caller_set_content_hash(v) => return Ok(()),
        Err(e) => return Err(format!("verification of the signed request failed: {e}")),
    };
    if verified.algorithm.name() != v.algorithm {
        return Err("verified with another algorithm".into());
    }
    Ok(())
}

fn caller_set_content_hash(v: &Vector) -> bool {
    v.request
        .headers
        .iter()
        .any(|[n, _]| n.to_ascii_lowercase().starts_with("x-sdk-content-"))
}
