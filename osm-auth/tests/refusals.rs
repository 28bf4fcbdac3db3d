//! Input the signer refuses rather than sign: an empty V11 scope (the official SDK raises
//! "regionId is required"), a method with white space or control characters, and line breaks
//! in header names or values (they would inject header lines).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use osm_auth::{Algorithm, Credentials, SignableRequest, SigningError, SigningParams, sign};

fn creds() -> Credentials {
    Credentials::new("AK", "SK").unwrap().with_domain_id("d")
}

fn at() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)
}

fn request(method: &str) -> SignableRequest<'_> {
    SignableRequest::new(method, "osm.example.com", "/v2/servicerequest/cases")
}

#[test]
fn v11_with_an_empty_region_or_service_is_an_error() {
    let creds = creds();
    for (region, service, part) in [
        ("", "osm", "region"),
        ("cn-south-1", "", "service"),
        ("", "", "region"),
        ("cn/south", "osm", "region"),
        ("cn-south-1", "o sm", "service"),
        ("cn-south-1", "osm,x", "service"),
    ] {
        let params = SigningParams::new(&creds, at())
            .with_algorithm(Algorithm::V11HmacSha256)
            .with_derived_scope(region, service);
        match sign(&request("GET"), &params) {
            Err(e @ SigningError::InvalidDerivedScope { part: p, .. }) => {
                assert_eq!(p, part, "{region:?}/{service:?}");
                assert!(e.to_string().contains(part), "{e}");
            }
            other => panic!("{region:?}/{service:?}: expected a scope error, got {other:?}"),
        }
    }
    // the other algorithms ignore the scope
    let params = SigningParams::new(&creds, at()).with_derived_scope("", "");
    assert!(sign(&request("GET"), &params).is_ok());
}

#[test]
fn a_method_with_white_space_or_control_characters_is_refused() {
    let creds = creds();
    let params = SigningParams::new(&creds, at());
    for method in [
        "GET /evil HTTP/1.1",
        "GET ",
        " GET",
        "GE\tT",
        "POST\r\nX-Injected: 1",
        "GET\0",
        "GET\u{85}",
        "GET\u{3000}",
    ] {
        let err = sign(&request(method), &params).unwrap_err();
        assert!(
            matches!(err, SigningError::InvalidMethod { .. }),
            "{method:?}: {err:?}"
        );
        assert!(err.to_string().contains("GET or POST"), "{err}");
    }
    assert!(matches!(
        sign(&request(""), &params),
        Err(SigningError::EmptyMethod)
    ));
    // lower case and unusual but clean methods are still signed, as by the SDK
    assert!(sign(&request("post"), &params).is_ok());
    assert!(sign(&request("PROPFIND"), &params).is_ok());
}

#[test]
fn line_breaks_in_header_names_or_values_are_refused() {
    let creds = creds();
    let params = SigningParams::new(&creds, at());
    for (name, value) in [
        ("X-A", "b\r\nX-B: c"),
        ("X-A", "b\nX-B: c"),
        ("X-A", "b\rc"),
        ("X-A\r\nX-B", "c"),
        ("X-A\n", "c"),
    ] {
        let err = sign(&request("GET").with_header(name, value), &params).unwrap_err();
        match &err {
            SigningError::HeaderLineBreak { name: n } => assert_eq!(n, name),
            other => panic!("{name:?}: {value:?}: {other:?}"),
        }
        let text = err.to_string();
        assert!(
            !text.contains("X-B: c"),
            "the value is not repeated: {text}"
        );
        assert!(!text.contains('\n') && !text.contains('\r'), "{text:?}");
    }
    // CR/LF at either end are trimmed away, as the SDK trims them: nothing is injected
    let out = sign(&request("GET").with_header("X-A", "\r\nb\r\n"), &params).unwrap();
    assert!(out.headers().any(|(n, v)| n == "X-A" && v == "b"));
}

#[test]
fn a_security_token_with_a_line_break_is_refused_without_showing_it() {
    let creds = creds().with_security_token("secret-token\r\nX-Evil: 1");
    let params = SigningParams::new(&creds, at());
    let err = sign(&request("GET"), &params).unwrap_err();
    assert!(
        matches!(&err, SigningError::HeaderLineBreak { name } if name == "X-Security-Token"),
        "{err:?}"
    );
    assert!(!err.to_string().contains("secret-token"), "{err}");
    assert!(!format!("{err:?}").contains("secret-token"), "{err:?}");
}
