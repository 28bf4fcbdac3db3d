//! progenitor's `ClientHooks` for the generated client: sign in `pre`, send (with retries)
//! in `exec`.

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::{Request, Response};

use super::RuntimeState;
use super::send;
use crate::Client;
use crate::error::{ApiError, body::RAW_BODY_LIMIT};

/// Prefix of the `Error::Custom` text the `pre` hook returns when a request cannot be
/// signed; `Error::from_progenitor` turns it back into `Error::Signing`.
pub(crate) const SIGNING_ERROR_PREFIX: &str = "osm-client signing: ";

/// Response header marking a normalized error body whose `error_msg` is the original
/// non-JSON body (see [`normalize_error_response`]).
pub(crate) const RAW_BODY_MARKER: &str = "x-osm-client-raw-error-body";

/// Longest error body read before giving up on the rest (bytes).
const ERROR_BODY_READ_LIMIT: usize = 64 * 1024;
const _: () = assert!(RAW_BODY_LIMIT < ERROR_BODY_READ_LIMIT);

impl ClientHooks<RuntimeState> for Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        self.inner()
            .shared
            .prepare(request)
            .map_err(|e| progenitor_client::Error::Custom(format!("{SIGNING_ERROR_PREFIX}{e}")))
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let response = send::execute(
            self.client(),
            &self.inner().shared,
            request,
            info.operation_id,
        )
        .await?;
        normalize_error_response(response).await
    }
}

/// Rewrites an error answer's body into the one JSON shape the generated `ErrorResponse`
/// decodes (`error_code`, `error_msg`, `request_id`, `encoded_authorization_message`),
/// whatever shape the service or a gateway used, so status, headers and message survive
/// into [`crate::Error`]. A non-JSON body is kept, truncated, as `error_msg` and marked.
pub(crate) async fn normalize_error_response(mut response: Response) -> reqwest::Result<Response> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = ERROR_BODY_READ_LIMIT.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if room <= chunk.len() {
            break;
        }
    }
    let header_request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok());
    let api = ApiError::from_parts(status, header_request_id, &body);
    let raw = api.raw_body.is_some();
    let json = serde_json::json!({
        "error_code": api.error_code.clone().unwrap_or_default(),
        "error_msg": api.error_msg.clone().or(api.raw_body.clone()).unwrap_or_default(),
        "request_id": api.request_id,
        "encoded_authorization_message": api.encoded_authorization_message,
    });
    let mut builder = http::Response::builder().status(status);
    for (name, value) in response.headers() {
        if name != http::header::CONTENT_LENGTH
            && name != http::header::CONTENT_ENCODING
            && name != http::header::TRANSFER_ENCODING
            && name != http::header::CONTENT_TYPE
        {
            builder = builder.header(name, value);
        }
    }
    builder = builder.header(http::header::CONTENT_TYPE, "application/json");
    if raw {
        builder = builder.header(RAW_BODY_MARKER, "1");
    }
    match builder.body(json.to_string()) {
        Ok(rebuilt) => Ok(Response::from(rebuilt)),
        // Cannot happen: every part came from a valid response.
        Err(_) => Ok(response),
    }
}
