//! Huawei-style error responses: `{"error_code": "...", "error_msg": "...", "request_id": "..."}`.
//!
//! | HTTP | `error_code`  | when                                                        |
//! |------|---------------|-------------------------------------------------------------|
//! | 400  | `OSM.00040001`| malformed JSON, wrong type, missing field, unknown enum value |
//! | 400  | `OSM.00040002`| an action not allowed in the case's current status          |
//! | 401  | `APIGW.0301`  | missing/malformed/bad signature, unknown AK, stale date; unknown, unscoped or expired `X-Auth-Token`; expired temporary AK or its `X-Security-Token` missing |
//! | 403  | `APIGW.0302`  | `X-Domain-Id` missing or not the AK's account               |
//! | 404  | `APIGW.0101`  | no OSM operation has this method and path                   |
//! | 404  | `OSM.00040404`| the case, label, attachment or message does not exist (in this account) |
//! | 408  | `OSM.00040001`| the request body did not arrive in time (30 s by default)   |
//! | 400  | `APIGW.0201`  | a request head hyper-level checks reject: bad `Content-Length`, bare CR, bad `Transfer-Encoding`, malformed request line |
//! | 408  | `APIGW.0201`  | the request head did not arrive in time (10 s by default)   |
//! | 413  | `APIGW.0201`  | request body larger than the sandbox's limit                |
//! | 414  | `APIGW.0201`  | request target longer than the limit (16 KiB by default)    |
//! | 431  | `APIGW.0201`  | too many header lines or too large a head                   |
//! | 503  | `APIGW.0202`  | at the connection cap, or too many body bytes buffered (`Retry-After`) |
//! | 505  | `APIGW.0201`  | not HTTP/1.0, 1.1 or 2                                      |
//! | 500  | `OSM.00050001`| the state file could not be written (change not acknowledged) |
//! | 500  | `OSM.00050002`| a response does not match the spec (only with `check_responses`, for tests) |

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// An error the sandbox answers with, rendered as Huawei's JSON error body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {msg} (HTTP {})", status.as_u16())]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Huawei-style error code (`APIGW.0301`, `OSM.00040001`, ...).
    pub code: &'static str,
    /// Human-readable message: what failed and how to fix it.
    pub msg: String,
    /// Request id echoed in the body (also sent as `X-Request-Id`).
    pub request_id: Option<String>,
}

/// Code for invalid input.
pub const BAD_REQUEST: &str = "OSM.00040001";
/// Code for an invalid case status transition.
pub const BAD_TRANSITION: &str = "OSM.00040002";
/// Code for a missing resource.
pub const NOT_FOUND: &str = "OSM.00040404";
/// Gateway code for authentication failures.
pub const AUTH_FAILED: &str = "APIGW.0301";
/// Gateway code for a domain mismatch.
pub const FORBIDDEN: &str = "APIGW.0302";
/// Gateway code for an unknown API.
pub const NO_ROUTE: &str = "APIGW.0101";
/// Gateway code for an oversized body.
pub const TOO_LARGE: &str = "APIGW.0201";
/// Gateway code when the sandbox is overloaded (connection or body-buffer limit; 503).
pub const UNAVAILABLE: &str = "APIGW.0202";
/// Gateway code for throttling (429; used by injected faults).
pub const THROTTLED: &str = "APIGW.0308";
/// Code for a failure to persist state.
pub const INTERNAL: &str = "OSM.00050001";
/// Code for a response that does not match the spec (only with `check_responses`).
pub const RESPONSE_MISMATCH: &str = "OSM.00050002";

impl ApiError {
    fn new(status: StatusCode, code: &'static str, msg: impl Into<String>) -> Self {
        Self {
            status,
            code,
            msg: msg.into(),
            request_id: None,
        }
    }
    /// 400 with [`BAD_REQUEST`].
    pub fn bad_request(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, BAD_REQUEST, msg)
    }
    /// 400 with [`BAD_TRANSITION`].
    pub fn bad_transition(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, BAD_TRANSITION, msg)
    }
    /// 404 with [`NOT_FOUND`].
    pub fn not_found(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, NOT_FOUND, msg)
    }
    /// 401 with [`AUTH_FAILED`].
    pub fn unauthorized(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, AUTH_FAILED, msg)
    }
    /// 403 with [`FORBIDDEN`].
    pub fn forbidden(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, FORBIDDEN, msg)
    }
    /// 404 with [`NO_ROUTE`].
    pub fn no_route(method: &str, path: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            NO_ROUTE,
            format!("no OSM operation matches {method} {path}; see spec/osm.yaml for the paths"),
        )
    }
    /// 413 with [`TOO_LARGE`].
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            TOO_LARGE,
            format!("request body exceeds the sandbox limit of {limit} bytes; send a smaller body"),
        )
    }
    /// 500 with [`INTERNAL`].
    pub fn internal(msg: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, INTERNAL, msg)
    }
    /// Attaches the request id that the body will echo.
    #[must_use]
    pub fn with_request_id(mut self, id: &str) -> Self {
        self.request_id = Some(id.to_owned());
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = serde_json::json!({ "error_code": self.code, "error_msg": self.msg });
        if let Some(id) = &self.request_id {
            body["request_id"] = serde_json::Value::String(id.clone());
        }
        let mut resp = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                HeaderValue::from_static("SDK-HMAC-SHA256"),
            );
        }
        resp
    }
}

/// Result of a sandbox handler.
pub type ApiResult<T> = Result<T, ApiError>;
