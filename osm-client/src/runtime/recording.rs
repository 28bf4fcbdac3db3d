//! The client side of recording ([`ClientBuilder::record_to`](crate::ClientBuilder::record_to)):
//! what a request looked like when it was handed to the transport, and the answer, read
//! whole, written as an exchange and handed on unchanged.

use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use reqwest::{Request, Response};

use crate::operation::OperationInfo;
use crate::record::{Exchange, RecordFile, SeenBody};

/// Longest answer recorded (bytes); a longer one is handed on but recorded without its body.
const RECORD_BODY_LIMIT: usize = 64 * 1024 * 1024;

/// A request as it left the client (signed; the recording redacts it).
pub(crate) struct Snapshot {
    method: String,
    path: String,
    query: String,
    headers: http::HeaderMap,
    body: Option<Bytes>,
}

impl Snapshot {
    pub(crate) fn of(request: &Request) -> Snapshot {
        Snapshot {
            method: request.method().as_str().to_owned(),
            path: request.url().path().to_owned(),
            query: request.url().query().unwrap_or("").to_owned(),
            headers: request.headers().clone(),
            body: match request.body() {
                None => Some(Bytes::new()),
                Some(b) => b.as_bytes().map(Bytes::copy_from_slice),
            },
        }
    }
}

/// Reads `response` whole, writes the exchange, and returns an equal response.
pub(crate) async fn record(
    file: &RecordFile,
    info: &'static OperationInfo,
    request: Snapshot,
    response: Response,
    access_key: Option<&str>,
) -> Response {
    let status = response.status();
    let version = response.version();
    let headers = response.headers().clone();
    let mut stream = response.bytes_stream();
    let mut body = BytesMut::new();
    let mut failure = None;
    let mut complete = true;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(chunk) => {
                body.extend_from_slice(&chunk);
                if body.len() > RECORD_BODY_LIMIT {
                    complete = false;
                    break;
                }
            }
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let body = body.freeze();
    if failure.is_none() {
        let seen = match &request.body {
            Some(b) => SeenBody::Bytes(b),
            None => SeenBody::Streamed,
        };
        let recorded_body: &[u8] = if complete { &body } else { b"" };
        let exchange = Exchange::from_parts(
            info.id(),
            &request.method,
            &request.path,
            &request.query,
            &request.headers,
            seen,
            status.as_u16(),
            &headers,
            recorded_body,
        );
        // the access key of the identity that signed it, wherever it shows
        let mut exchange = exchange;
        if let Some(ak) = access_key {
            crate::record::Redaction::new()
                .scrub(ak)
                .apply(&mut exchange);
        }
        if let Err(e) = file.write(exchange) {
            tracing::warn!(error = %e, operation = info.id(), "the exchange was not recorded");
        }
        if !complete {
            tracing::warn!(
                operation = info.id(),
                "recorded without its body: the answer is larger than {RECORD_BODY_LIMIT} bytes"
            );
        }
    }
    // hand on what was read, then whatever is left (or the read error)
    let rest = futures::stream::iter(failure.map(Err)).chain(stream);
    let stream = futures::stream::iter([Ok::<_, reqwest::Error>(body)]).chain(rest);
    let mut rebuilt = http::Response::new(reqwest::Body::wrap_stream(stream));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    Response::from(rebuilt)
}
