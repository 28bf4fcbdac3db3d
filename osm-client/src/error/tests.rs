#![allow(clippy::unwrap_used)]

use super::body::{RAW_BODY_LIMIT, truncate_lossy};
use super::*;

fn api(status: u16, header_id: Option<&str>, body: &str) -> Error {
    Error::from(ApiError::from_parts(
        StatusCode::from_u16(status).unwrap(),
        header_id,
        body.as_bytes(),
    ))
}

#[test]
fn snake_case_body() {
    let e = api(
        401,
        Some("hdr-id"),
        r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}"#,
    );
    assert_eq!(e.status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(e.error_code(), Some("APIGW.0301"));
    assert_eq!(
        e.error_msg(),
        Some("Incorrect IAM authentication information")
    );
    assert_eq!(e.request_id(), Some("hdr-id"));
    assert!(e.is_auth());
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "OSM error APIGW.0301: Incorrect IAM authentication information (HTTP 401, request id hdr-id)"
    );
}

#[test]
fn camel_case_body_with_request_id_in_body_wins_over_header() {
    let e = api(
        400,
        Some("hdr"),
        r#"{"errorCode":"CS.00001","errorMsg":"bad case","requestId":"body-id"}"#,
    );
    assert_eq!(e.error_code(), Some("CS.00001"));
    assert_eq!(e.error_msg(), Some("bad case"));
    assert_eq!(e.request_id(), Some("body-id"));
    assert!(!e.is_auth());
}

#[test]
fn code_message_body_with_numeric_code() {
    let e = api(404, None, r#"{"code":404,"message":"case not found"}"#);
    assert_eq!(e.error_code(), Some("404"));
    assert_eq!(e.error_msg(), Some("case not found"));
    assert!(e.is_not_found());
    assert_eq!(
        e.to_string(),
        "OSM error 404: case not found (HTTP 404, no request id)"
    );
}

#[test]
fn nested_one_level() {
    let e = api(
        403,
        None,
        r#"{"request_id":"outer","error":{"code":"APIGW.0306","message":"denied","encoded_authorization_message":"enc"}}"#,
    );
    assert_eq!(e.error_code(), Some("APIGW.0306"));
    assert_eq!(e.error_msg(), Some("denied"));
    assert_eq!(e.request_id(), Some("outer"));
    assert_eq!(
        e.api().unwrap().encoded_authorization_message(),
        Some("enc")
    );
    assert!(e.is_auth());
}

#[test]
fn nested_snake_case() {
    let e = api(
        500,
        Some("r"),
        r#"{"Error":{"error_code":"OSM.500","error_msg":"boom"}}"#,
    );
    assert_eq!(e.error_code(), Some("OSM.500"));
    assert_eq!(e.error_msg(), Some("boom"));
    assert_eq!(e.request_id(), Some("r"));
}

#[test]
fn html_body_is_kept_truncated() {
    let html = format!("<html><body>{}</body></html>", "x".repeat(5000));
    let e = api(502, Some("gw-1"), &html);
    assert!(e.error_code().is_none());
    let raw = e.api().unwrap().raw_body().unwrap();
    assert!(raw.starts_with("<html><body>xxx"));
    assert!(raw.len() <= RAW_BODY_LIMIT + '…'.len_utf8());
    assert!(e.is_retryable());
    let text = e.to_string();
    assert!(
        text.starts_with("OSM error: non-JSON error body: <html>"),
        "{text}"
    );
    assert!(text.ends_with("(HTTP 502, request id gw-1)"), "{text}");
}

#[test]
fn json_without_error_fields_is_raw() {
    let e = api(503, None, r#"{"status":"down"}"#);
    assert_eq!(e.api().unwrap().raw_body(), Some(r#"{"status":"down"}"#));
}

#[test]
fn empty_body_uses_reason_phrase() {
    let e = api(503, Some("x"), "");
    assert_eq!(
        e.to_string(),
        "OSM error: Service Unavailable (HTTP 503, request id x)"
    );
    assert!(e.is_retryable());
}

#[test]
fn throttling() {
    assert!(api(429, None, "").is_throttled());
    assert!(api(429, None, "").is_retryable());
    let gw = api(
        400,
        None,
        r#"{"error_code":"APIGW.0308","error_msg":"throttled"}"#,
    );
    assert!(gw.is_throttled());
    // retryable follows the status rule the runtime's retries use (the gateway sends
    // APIGW.0308 with 429, which is retryable)
    assert!(!gw.is_retryable());
    assert!(api(408, None, "").is_retryable());
    assert!(!api(400, None, "").is_throttled());
}

#[test]
fn truncation_respects_char_boundaries() {
    let s = "é".repeat(10);
    let t = truncate_lossy(s.as_bytes(), 5);
    assert_eq!(t, "éé…");
    let bad = [0xffu8, b'a', b'b'];
    assert_eq!(truncate_lossy(&bad, 100), "\u{fffd}ab");
}

#[test]
fn local_errors_have_no_status_and_classify() {
    let cred = Error::Credentials("no domain id".into());
    assert!(cred.is_auth());
    assert!(cred.status().is_none());
    assert!(!cred.is_retryable());
    let cfg = Error::Config("bad endpoint".into());
    assert!(!cfg.is_auth());
    assert_eq!(
        cfg.to_string(),
        "osm-client configuration error: bad endpoint"
    );
}
