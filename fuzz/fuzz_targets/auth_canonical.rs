//! osm-auth's canonicalizer: URI, query and header-value canonicalization, and a whole
//! signature over arbitrary method, path, query, headers and body. Must never panic.
#![no_main]

use std::time::{Duration, UNIX_EPOCH};

use libfuzzer_sys::fuzz_target;
use osm_auth::{Credentials, SignableBody, SignableRequest, SigningParams, canonical, sign};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(5, '\n');
    let method = parts.next().unwrap_or_default();
    let path = parts.next().unwrap_or_default();
    let query = parts.next().unwrap_or_default();
    let header = parts.next().unwrap_or_default();
    let body = parts.next().unwrap_or_default();

    let _ = canonical::canonical_uri(path);
    let pairs = canonical::parse_query(query);
    let q = canonical::canonical_query(&pairs);
    // canonical form is a fixed point
    assert_eq!(canonical::canonical_query(&canonical::parse_query(&q)), q);
    let _ = canonical::decode(path).len();
    let _ = canonical::encode(query).to_string();
    let _ = canonical::trim_header_value(header);

    let Ok(creds) = Credentials::new("AKFUZZ", "SKFUZZ") else {
        return;
    };
    let (name, value) = header.split_once(':').unwrap_or((header, ""));
    let req = SignableRequest::new(method, "osm.example.com", path)
        .with_raw_query(query)
        .with_header(name, value)
        .with_body(SignableBody::Bytes(body.as_bytes()));
    let at = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let _ = sign(&req, &SigningParams::new(&creds, at));
});
