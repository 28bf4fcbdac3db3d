//! From progenitor's error (what the generated `send_raw()` returns) into [`Error`].
//!
//! Crate-private on purpose: the generated public `send()` calls it, so no progenitor type
//! appears in osm-client's public error API.

use serde::Serialize;

use super::body::truncate_lossy;
use super::{ApiError, Error, TransportError};
use crate::runtime::{RAW_BODY_MARKER, SIGNING_ERROR_PREFIX};

impl Error {
    /// Converts the error of a generated `send_raw()` (the `pre` hook's signing failure, a
    /// transport failure, an undecodable body or an error answer).
    pub(crate) fn from_progenitor<E: Serialize>(err: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match err {
            P::InvalidRequest(msg) => Error::InvalidRequest(msg),
            P::Custom(msg) => match msg.strip_prefix(SIGNING_ERROR_PREFIX) {
                Some(rest) => Error::Signing(rest.to_owned()),
                None => Error::InvalidRequest(msg),
            },
            P::CommunicationError(e) | P::InvalidUpgrade(e) => Error::Transport(
                TransportError::from_reqwest("the request did not complete", e),
            ),
            P::ResponseBodyError(e) => Error::Transport(TransportError::from_reqwest(
                "reading the response body failed",
                e,
            )),
            P::InvalidResponsePayload(body, e) => Error::Decode {
                status: None,
                request_id: None,
                message: format!(
                    "{e}; the body starts with: {}",
                    truncate_lossy(&body, super::body::RAW_BODY_LIMIT)
                ),
            },
            P::ErrorResponse(rv) => {
                let status = rv.status();
                let header_id = rv
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok());
                let body = serde_json::to_vec(rv.as_ref()).unwrap_or_default();
                let mut api = ApiError::from_parts(status, header_id, &body);
                if rv.headers().contains_key(RAW_BODY_MARKER) {
                    api.raw_body = api.error_msg.take();
                }
                Error::from(api)
            }
            P::UnexpectedResponse(resp) => {
                let status = resp.status();
                let header_id = resp
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok());
                Error::from(ApiError::from_parts(status, header_id, b""))
            }
        }
    }
}
