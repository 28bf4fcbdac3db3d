//! The signed-header part of the canonical request against a plain model of the Python SDK's
//! rule, for header sets chosen to hit every path of the signer's sort: names equal once
//! lower-cased (ASCII and Unicode, e.g. the Kelvin sign that lower-cases to `k`), names whose
//! first seven or eight bytes agree, names with '_' (not signed), names ending in NUL, and
//! more headers than the fast sort handles.
//!
//! The model: the headers sent (trimmed, as `SigningOutput::headers` gives them) without '_'
//! in the name, lower-cased with `str::to_lowercase`, stably sorted by that name; each line
//! takes the value of the last header of its name; the names are joined with ';'.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use osm_auth::{Credentials, SignableRequest, SigningOutput, SigningParams, sign};
use proptest::prelude::*;

const SHA256_OF_NOTHING: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Names that collide, share prefixes of seven, eight and more bytes, or take the slow paths.
const NAMES: &[&str] = &[
    "Content-Type",
    "content-type",
    "CONTENT-TYPE",
    "Content-Length",
    "Content-",
    "Content",
    "Conten",
    "X-A",
    "x-a",
    "X-A\0",
    "X-Long-Shared-Prefix-1",
    "X-Long-Shared-Prefix-2",
    "x-long-shared-prefix-1",
    "X_Under",
    "x_under",
    "Accept",
    "Host",
    "host",
    "A",
    "a",
    "K",
    "k",
    "\u{212a}",
    "Ä-Header",
    "ä-header",
    "X-İ",
    "x-i\u{307}",
];

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE0000000000", "secret-key-for-header-order-tests").unwrap()
}

fn signed(headers: &[(String, String)]) -> SigningOutput {
    let mut request = SignableRequest::new("GET", "osm.example.com", "/x");
    for (name, value) in headers {
        request = request.with_header(name.clone(), value.clone());
    }
    let creds = credentials();
    let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000);
    sign(&request, &SigningParams::new(&creds, time)).unwrap()
}

/// The canonical request the model expects for `out`'s headers.
fn model(out: &SigningOutput) -> String {
    let sent: Vec<(&str, &str)> = out
        .headers()
        .filter(|(n, _)| *n != "Authorization")
        .collect();
    let mut lowered: Vec<(String, &str)> = sent
        .iter()
        .filter(|(n, _)| !n.contains('_'))
        .map(|(n, v)| (n.to_lowercase(), *v))
        .collect();
    lowered.sort_by(|a, b| a.0.cmp(&b.0));
    let value_of = |name: &str| {
        lowered
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| *v)
            .unwrap()
    };
    let lines: String = lowered
        .iter()
        .map(|(n, _)| format!("{n}:{}\n", value_of(n)))
        .collect();
    let names: Vec<&str> = lowered.iter().map(|(n, _)| n.as_str()).collect();
    format!(
        "GET\n/x/\n\n{lines}\n{}\n{SHA256_OF_NOTHING}",
        names.join(";")
    )
}

fn check(headers: &[(String, String)]) -> Result<(), TestCaseError> {
    let out = signed(headers);
    let expected = model(&out);
    prop_assert_eq!(out.canonical_request().as_str(), expected.as_str());
    let names = expected.lines().rev().nth(1).unwrap();
    let authorization = out.authorization();
    prop_assert!(
        authorization.contains(&format!("SignedHeaders={names}, ")),
        "{authorization}"
    );
    Ok(())
}

fn header() -> impl Strategy<Value = (String, String)> {
    (
        prop_oneof![
            3 => prop::sample::select(NAMES).prop_map(str::to_owned),
            1 => "[A-Za-z_Kİ-]{0,20}",
        ],
        "[ -~]{0,6}",
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn signed_headers_follow_the_python_rule(headers in prop::collection::vec(header(), 0..12)) {
        check(&headers)?;
    }
}

#[test]
fn more_headers_than_the_fast_sort_takes_are_ordered_alike() {
    // 300 headers: indices past 255 do not fit the fast sort's key; names repeat in other cases
    let headers: Vec<(String, String)> = (0..300)
        .map(|i| {
            let name = if i % 3 == 0 {
                format!("X-H-{}", i % 50)
            } else {
                format!("x-h-{}", i % 50)
            };
            (name, format!("v{i}"))
        })
        .collect();
    check(&headers).unwrap();
}
