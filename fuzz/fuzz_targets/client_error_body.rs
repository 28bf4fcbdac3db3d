//! osm-client's reading of error answers (every body shape OSM and its gateways use, the
//! canonical request of a signature mismatch, anything else kept truncated). Must never panic;
//! a request id is always reported and a raw body is kept truncated.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data {
        [a, b, rest @ ..] => (400 + u16::from_be_bytes([*a, *b]) % 200, rest),
        _ => (500, data),
    };
    let error = osm_client::fuzzing::error_answer(status, body);
    let text = error.to_string();
    assert!(text.starts_with("OSM error"), "{text}");
    assert!(error.request_id().is_some(), "{text}");
    if let Some(raw) = error.raw_body() {
        assert!(raw.len() <= 512 + 64, "raw body kept truncated: {}", raw.len());
    }
    let _ = error.signature_diagnosis();
    let _ = format!("{error:?}");
});
