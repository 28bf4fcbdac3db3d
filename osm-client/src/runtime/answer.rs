//! Reading answers, once, where they arrive: a 2xx body decoded into the model (or handed
//! over as a download), anything else read into [`ApiError`] — status, code, message, request
//! id, and the body as sent when it is not a JSON error.
//!
//! progenitor's request layer is generated without responses, so it hands back every 2xx as
//! an unread byte stream and every other status as the unread response.

use bytes::{Bytes, BytesMut};
use futures::{Stream, StreamExt};
use http::{HeaderMap, StatusCode};
use progenitor_client::{ByteStream, ClientInfo as _, ResponseValue};
use serde::de::DeserializeOwned;

use super::call::CallSigning;
use crate::error::body::{RAW_BODY_LIMIT, truncate_lossy};
use crate::error::{ApiError, Error, TransportError};
use crate::files::Download;
use crate::generated::raw;
use crate::response::{Response, request_id};

/// Longest error body read (bytes); the rest is not read.
const ERROR_BODY_LIMIT: usize = 64 * 1024;
/// Longest JSON answer decoded (bytes): a larger one is an error, not an allocation.
const JSON_BODY_LIMIT: usize = 64 * 1024 * 1024;

type RawResult = Result<ResponseValue<ByteStream>, progenitor_client::Error<()>>;

/// The model of a JSON answer.
pub(crate) async fn json<T: DeserializeOwned>(
    raw: raw::Client,
    result: RawResult,
) -> Result<Response<T>, Error> {
    let rv = match result {
        Ok(rv) => rv,
        Err(e) => return Err(failure(&raw, e).await),
    };
    let status = rv.status();
    let headers = raw.inner().take_headers(rv.headers());
    decode(status, headers, rv.into_inner_stream()).await
}

/// The stream of a download.
pub(crate) async fn download(raw: raw::Client, result: RawResult) -> Result<Download, Error> {
    match result {
        Ok(rv) => {
            let status = rv.status();
            let headers = raw.inner().take_headers(rv.headers());
            Ok(Download::new(status, headers, rv.into_inner_stream()))
        }
        Err(e) => Err(failure(&raw, e).await),
    }
}

/// Decodes a 2xx JSON body into `T`.
pub(crate) async fn decode<T, S>(
    status: StatusCode,
    headers: HeaderMap,
    stream: S,
) -> Result<Response<T>, Error>
where
    T: DeserializeOwned,
    S: Stream<Item = reqwest::Result<Bytes>>,
{
    let decode_error = |message: String| Error::Decode {
        status: Some(status),
        request_id: request_id(&headers).map(str::to_owned),
        message,
    };
    let body = match read(stream, JSON_BODY_LIMIT).await {
        Ok((body, false)) => body,
        Ok((_, true)) => {
            return Err(decode_error(format!(
                "the answer is larger than {JSON_BODY_LIMIT} bytes"
            )));
        }
        Err(e) => {
            return Err(Error::Transport(TransportError::from_reqwest(
                "reading the answer failed",
                e,
            )));
        }
    };
    // an empty 2xx body means "nothing to report": the model's defaults
    let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        &body
    };
    // the fast decoder first; only a failure is decoded again to say where it failed
    if let Ok(inner) = serde_json::from_slice::<T>(text) {
        return Ok(Response::new(inner, status, headers));
    }
    let de = &mut serde_json::Deserializer::from_slice(text);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(inner) => Ok(Response::new(inner, status, headers)),
        Err(e) => {
            let at = e.path().to_string();
            Err(decode_error(format!(
                "at `{at}`: {}; the body starts with: {}",
                e.inner(),
                truncate_lossy(&body, RAW_BODY_LIMIT)
            )))
        }
    }
}

/// Reads at most `limit` bytes; `true` when more was sent.
async fn read<S>(stream: S, limit: usize) -> reqwest::Result<(Bytes, bool)>
where
    S: Stream<Item = reqwest::Result<Bytes>>,
{
    let mut stream = std::pin::pin!(stream);
    let Some(first) = stream.next().await.transpose()? else {
        return Ok((Bytes::new(), false));
    };
    // most answers arrive in one chunk: it is handed on as it is, not copied
    let Some(mut chunk) = stream.next().await else {
        return Ok(if first.len() > limit {
            (first.slice(..limit), true)
        } else {
            (first, false)
        });
    };
    let mut body = BytesMut::new();
    if append(&mut body, &first, limit) {
        return Ok((body.freeze(), true));
    }
    loop {
        if append(&mut body, &chunk?, limit) {
            return Ok((body.freeze(), true));
        }
        match stream.next().await {
            Some(next) => chunk = next,
            None => return Ok((body.freeze(), false)),
        }
    }
}

/// Appends what of `bytes` fits within `limit`; `true` when some did not fit.
fn append(body: &mut BytesMut, bytes: &[u8], limit: usize) -> bool {
    let room = limit - body.len();
    body.extend_from_slice(&bytes[..bytes.len().min(room)]);
    bytes.len() > room
}

/// The error answer in `response` to a request signed as `signing` says, read once.
pub(crate) async fn api_error(response: reqwest::Response, signing: &CallSigning) -> Error {
    let status = response.status();
    let headers = response.headers().clone();
    let body = match read(response.bytes_stream(), ERROR_BODY_LIMIT).await {
        Ok((body, _)) => body,
        // the status and headers are still worth reporting
        Err(_) => Bytes::new(),
    };
    let api = ApiError::from_parts(status, request_id(&headers), &body)
        .with_signed_canonical_request(|| signing.signed_canonical_request());
    Error::from(api)
}

/// progenitor's error as osm-client's: the typed error a hook stored, a transport failure,
/// or the error answer.
async fn failure(raw: &raw::Client, error: progenitor_client::Error<()>) -> Error {
    use progenitor_client::Error as P;
    let op = raw.inner().info.id();
    match error {
        P::Custom(message) => raw
            .inner()
            .take_failure()
            .unwrap_or(Error::Signing(message)),
        P::InvalidRequest(message) => {
            Error::InvalidRequest(format!("{op}: {message}; nothing was sent"))
        }
        P::CommunicationError(e) => Error::Transport(TransportError::from_reqwest(
            "the request did not complete",
            e,
        )),
        P::ResponseBodyError(e) | P::InvalidUpgrade(e) => {
            Error::Transport(TransportError::from_reqwest("reading the answer failed", e))
        }
        P::UnexpectedResponse(response) => api_error(response, raw.inner().signing()).await,
        // not generated: the request layer declares no typed responses
        P::ErrorResponse(rv) => Error::from(ApiError::from_parts(
            rv.status(),
            request_id(rv.headers()),
            b"",
        )),
        P::InvalidResponsePayload(body, e) => Error::Decode {
            status: None,
            request_id: None,
            message: format!(
                "{e}; the body starts with: {}",
                truncate_lossy(&body, RAW_BODY_LIMIT)
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    async fn read_chunks(chunks: &[&'static [u8]], limit: usize) -> (Bytes, bool) {
        let stream = futures::stream::iter(
            chunks
                .iter()
                .map(|c| Ok::<_, reqwest::Error>(Bytes::from_static(c))),
        );
        read(stream, limit).await.unwrap()
    }

    #[tokio::test]
    async fn read_keeps_what_was_sent_up_to_the_limit() {
        assert_eq!(read_chunks(&[], 4).await, (Bytes::new(), false));
        assert_eq!(
            read_chunks(&[b"abcd"], 4).await,
            (Bytes::from("abcd"), false)
        );
        assert_eq!(
            read_chunks(&[b"abcdef"], 4).await,
            (Bytes::from("abcd"), true)
        );
        assert_eq!(
            read_chunks(&[b"ab", b"", b"cd"], 4).await,
            (Bytes::from("abcd"), false)
        );
        assert_eq!(
            read_chunks(&[b"ab", b"cd", b"e"], 4).await,
            (Bytes::from("abcd"), true)
        );
        assert_eq!(
            read_chunks(&[b"abc", b"de"], 4).await,
            (Bytes::from("abcd"), true)
        );
    }

    #[tokio::test]
    async fn decode_says_where_a_body_does_not_fit_the_model() {
        #[derive(Debug, serde::Deserialize)]
        struct Model {
            #[allow(dead_code)]
            items: Vec<u32>,
        }
        let body = futures::stream::iter([Ok::<_, reqwest::Error>(Bytes::from_static(
            br#"{"items":[1,"two"]}"#,
        ))]);
        let err = decode::<Model, _>(StatusCode::OK, HeaderMap::new(), body)
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("items[1]"), "{text}");
    }
}
