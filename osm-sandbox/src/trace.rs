//! Request trace (`--trace FILE`): one JSON line per request with the method, path, raw query,
//! headers and body exactly as received, and the response status — for debugging what a client
//! signed (replayable fixtures are recorded with `--record`, see [`crate::recording`]).
//! Contains signatures, never secret keys.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;

use crate::error::ApiError;
use crate::server::App;

/// One traced exchange.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TraceEntry {
    /// Method.
    pub method: String,
    /// Path as received (escapes intact).
    pub path: String,
    /// Raw query string (no `?`).
    pub query: String,
    /// Headers in received order (names lower-case).
    pub headers: Vec<(String, String)>,
    /// Body, base64.
    pub body_base64: String,
    /// Response status.
    pub status: u16,
}

/// Middleware that appends a [`TraceEntry`] per request to the trace file.
pub(crate) async fn record(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    use std::io::Write as _;
    let (parts, body) = req.into_parts();
    // `buffer_body` has read the body within its limits: this is the bytes already in memory
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ApiError::internal("could not read the buffered request body to trace it")
            .into_response();
    };
    let mut entry = TraceEntry {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or("").to_owned(),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                // a token is a credential by itself, unlike a signature
                let value = if k == "x-auth-token" {
                    "<redacted>".to_owned()
                } else {
                    String::from_utf8_lossy(v.as_bytes()).into_owned()
                };
                (k.as_str().to_owned(), value)
            })
            .collect(),
        body_base64: base64::engine::general_purpose::STANDARD.encode(&bytes),
        status: 0,
    };
    let resp = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    entry.status = resp.status().as_u16();
    if let (Some(file), Ok(line)) = (&app.trace, serde_json::to_string(&entry))
        && let Ok(mut f) = file.lock()
    {
        let _ = writeln!(f, "{line}");
    }
    resp
}
