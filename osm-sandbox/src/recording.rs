//! Record and replay: the sandbox writes the exchanges it serves as an osm-client recording
//! (`--record FILE`, [`SandboxBuilder::record_file`]), or answers from one instead of its own
//! state (`--replay FILE`, [`SandboxBuilder::replay`]).
//!
//! A recording is JSON lines of [`osm_client::record::Exchange`]s — what
//! `osm_client::ClientBuilder::record_to` writes — with secrets and the accounts' access keys
//! removed ([`osm_client::record::Redaction`]).
//!
//! Replaying, every request is still read, routed and its signature verified against the
//! sandbox's accounts (so the code under test signs as it would against OSM); then it is
//! answered with the first unused recorded exchange of the same operation, path and body
//! (JSON compared as values; a recorded `[REDACTED]` matches anything; multipart bodies are
//! not compared), preferring one whose query matches too. Each exchange answers once, in
//! recording order, so repeated calls get their answers in turn. A request no exchange answers
//! gets `501` with code [`REPLAY_MISS`] and a message naming the request and why; it is also
//! logged (error level) and listed in [`SandboxHandle::replay_report`](crate::SandboxHandle::replay_report).
//!
//! ```no_run
//! # async fn f() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = osm_sandbox::Sandbox::builder()
//!     .account(osm_sandbox::Account::demo())
//!     .replay_file("tests/fixtures/my_calls.jsonl")?
//!     .spawn()
//!     .await?;
//! // ... point the code under test at sandbox.base_url() ...
//! let report = sandbox.replay_report().unwrap_or_default();
//! assert!(report.misses.is_empty(), "{:?}", report.misses);
//! # Ok(()) }
//! ```

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use osm_client::record::{Exchange, REDACTED, RecordFile, Redaction, SeenBody};
use serde_json::Value;

use crate::error::{ApiError, ApiResult};
use crate::server::{App, SandboxBuilder};

/// Error code of a request the recording has no answer for (HTTP 501).
pub const REPLAY_MISS: &str = "SANDBOX.REPLAY_MISS";

/// A recording could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    /// The recording file could not be read.
    #[error("cannot read the recording {path}: {source}; check the path")]
    Read {
        /// The file.
        path: PathBuf,
        /// OS error.
        #[source]
        source: std::io::Error,
    },
    /// A line of the recording is not an exchange.
    #[error("the recording {path} is not valid: {message}")]
    Invalid {
        /// The file (or `<memory>`).
        path: String,
        /// Which line, and what is wrong.
        message: String,
    },
    /// The file to record to could not be created.
    #[error("cannot record: {0}")]
    Create(String),
}

/// The recording options of a [`SandboxBuilder`].
#[derive(Debug, Default)]
pub(crate) struct Config {
    replay: Option<Vec<Exchange>>,
    record: Option<(PathBuf, Redaction)>,
}

/// What a running sandbox records or replays.
#[derive(Debug, Default)]
pub(crate) struct Hooks {
    replay: Option<Replay>,
    record: Option<RecordFile>,
}

impl Config {
    /// Opens the file to record to; the accounts' access keys are scrubbed from it.
    pub(crate) fn open(self, accounts: &[crate::Account]) -> Result<Hooks, RecordingError> {
        let record = match self.record {
            Some((path, mut redaction)) => {
                for a in accounts {
                    redaction = redaction.scrub(a.access_key());
                }
                Some(
                    RecordFile::create(&path, redaction)
                        .map_err(|e| RecordingError::Create(e.to_string()))?,
                )
            }
            None => None,
        };
        Ok(Hooks {
            replay: self.replay.map(Replay::new),
            record,
        })
    }
}

impl Hooks {
    /// Whether requests are answered from a recording.
    pub(crate) fn replays(&self) -> bool {
        self.replay.is_some()
    }

    /// Whether served exchanges are recorded.
    pub(crate) fn records(&self) -> bool {
        self.record.is_some()
    }

    /// What the replay did so far.
    pub(crate) fn report(&self) -> Option<ReplayReport> {
        self.replay.as_ref().map(Replay::report)
    }
}

impl SandboxBuilder {
    /// Answers OSM requests from these recorded exchanges instead of the sandbox's state
    /// (signatures are still verified); see [`crate::recording`].
    #[must_use]
    pub fn replay(mut self, exchanges: Vec<Exchange>) -> Self {
        self.recording.replay = Some(exchanges);
        self
    }

    /// [`replay`](Self::replay) from a recording file (as `osm_client::ClientBuilder::record_to`
    /// or `osm-sandbox --record` write it). Fails when the file cannot be read or a line is
    /// not an exchange.
    pub fn replay_file(self, path: impl AsRef<Path>) -> Result<Self, RecordingError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| RecordingError::Read {
            path: path.to_owned(),
            source,
        })?;
        let exchanges =
            osm_client::record::read_recording(&text).map_err(|e| RecordingError::Invalid {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
        Ok(self.replay(exchanges))
    }

    /// Records every OSM exchange the sandbox serves to this file (created or truncated at
    /// spawn), secrets, access keys and what `redaction` names removed — e.g. to record an
    /// official SDK's calls as a fixture.
    #[must_use]
    pub fn record_file(mut self, path: impl Into<PathBuf>, redaction: Redaction) -> Self {
        self.recording.record = Some((path.into(), redaction));
        self
    }
}

/// What a replay answered, and what it could not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReplayReport {
    /// Exchanges answered.
    pub answered: usize,
    /// The requests no exchange answered, each with the reason (as answered with 501).
    pub misses: Vec<String>,
    /// The exchanges never used (`operation METHOD path`), in recording order.
    pub unused: Vec<String>,
}

#[derive(Debug)]
struct Replay {
    state: Mutex<ReplayState>,
}

#[derive(Debug)]
struct ReplayState {
    exchanges: Vec<Exchange>,
    used: Vec<bool>,
    misses: Vec<String>,
}

impl Replay {
    fn new(exchanges: Vec<Exchange>) -> Replay {
        let used = vec![false; exchanges.len()];
        Replay {
            state: Mutex::new(ReplayState {
                exchanges,
                used,
                misses: Vec::new(),
            }),
        }
    }

    fn report(&self) -> ReplayReport {
        let Ok(s) = self.state.lock() else {
            return ReplayReport::default();
        };
        ReplayReport {
            answered: s.used.iter().filter(|u| **u).count(),
            misses: s.misses.clone(),
            unused: s
                .exchanges
                .iter()
                .zip(&s.used)
                .filter(|(_, used)| !**used)
                .map(|(e, _)| format!("{} {} {}", e.operation, e.method, e.path))
                .collect(),
        }
    }

    /// The exchange answering this request, marked used; or why there is none.
    fn take(
        &self,
        operation: &str,
        path: &str,
        query: &str,
        body: &[u8],
    ) -> Result<Exchange, String> {
        let mut s = self
            .state
            .lock()
            .map_err(|_| "the replay state is poisoned by an earlier panic".to_owned())?;
        let s = &mut *s;
        let candidates: Vec<usize> = (0..s.exchanges.len())
            .filter(|&i| !s.used[i] && s.exchanges[i].operation == operation)
            .collect();
        let matching: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| {
                same_path(&s.exchanges[i].path, path) && body_matches(&s.exchanges[i], body)
            })
            .collect();
        let chosen = matching
            .iter()
            .copied()
            .find(|&i| query_matches(&s.exchanges[i].query, query))
            .or_else(|| matching.first().copied());
        if let Some(i) = chosen {
            s.used[i] = true;
            return Ok(s.exchanges[i].clone());
        }
        let query_text = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        let why = if let Some(&next) = candidates.first() {
            let e = &s.exchanges[next];
            format!(
                "{} unused {operation} exchange(s) differ in path or body; the next one is {} {} with body {}",
                candidates.len(),
                e.method,
                e.path,
                excerpt(&e.body.as_ref().map(Value::to_string).unwrap_or_default())
            )
        } else {
            let recorded = s
                .exchanges
                .iter()
                .filter(|e| e.operation == operation)
                .count();
            if recorded == 0 {
                format!("the recording has no {operation} exchange")
            } else {
                format!(
                    "all {recorded} recorded {operation} exchange(s) were already answered (each \
                     answers once, in order); record the extra call too"
                )
            }
        };
        let miss = format!(
            "replay: no recorded exchange answers {operation} {path}{query_text} with body {}: {why}",
            excerpt(&String::from_utf8_lossy(body))
        );
        tracing::error!("{miss}");
        s.misses.push(miss.clone());
        Err(miss)
    }
}

fn excerpt(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return "(none)".into();
    }
    let mut out: String = text.chars().take(200).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

fn same_path(recorded: &str, path: &str) -> bool {
    let decode = |p: &str| {
        percent_encoding::percent_decode_str(p)
            .decode_utf8_lossy()
            .into_owned()
    };
    recorded == path || decode(recorded) == decode(path)
}

/// Whether a request body matches the recorded one (see the module docs).
fn body_matches(recorded: &Exchange, body: &[u8]) -> bool {
    if recorded.body_streamed || recorded.body_base64.is_some() {
        return true;
    }
    let incoming = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(v) => Some(v),
            Err(_) => return false,
        }
    };
    let empty = |v: &Value| v.as_object().is_some_and(serde_json::Map::is_empty);
    match (&recorded.body, &incoming) {
        (None, None) => true,
        (None, Some(v)) | (Some(v), None) => empty(v),
        (Some(r), Some(i)) => values_match(r, i),
    }
}

fn values_match(recorded: &Value, incoming: &Value) -> bool {
    match (recorded, incoming) {
        (Value::String(r), _) if r.contains(REDACTED) => true,
        (Value::Object(r), Value::Object(i)) => {
            r.len() == i.len()
                && r.iter()
                    .all(|(k, rv)| i.get(k).is_some_and(|iv| values_match(rv, iv)))
        }
        (Value::Array(r), Value::Array(i)) => {
            r.len() == i.len() && r.iter().zip(i).all(|(a, b)| values_match(a, b))
        }
        (r, i) => r == i,
    }
}

fn query_matches(recorded: &str, query: &str) -> bool {
    let pairs = |q: &str| {
        let mut v: Vec<(String, String)> = serde_urlencoded::from_str(q).unwrap_or_default();
        v.sort();
        v
    };
    let (r, i) = (pairs(recorded), pairs(query));
    r.len() == i.len()
        && r.iter()
            .zip(&i)
            .all(|((rk, rv), (ik, iv))| rk == ik && (rv == iv || rv.contains(REDACTED)))
}

/// Answers an OSM request from the recording (the `--replay` mode of the dispatcher).
pub(crate) async fn replay(app: &Arc<App>, req: Request, request_id: &str) -> Response {
    match answer(app, req).await {
        Ok(resp) => resp,
        Err(e) => e.with_request_id(request_id).into_response(),
    }
}

async fn answer(app: &Arc<App>, req: Request) -> ApiResult<Response> {
    let (parts, body) = req.into_parts();
    // the body is in memory already (the server buffers it within its limits first)
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|e| ApiError::bad_request(format!("could not read the request body: {e}")))?;
    let path = parts.uri.path();
    let Some((op, _)) = app.spec.find(&parts.method, path) else {
        return Err(ApiError::no_route(parts.method.as_str(), path));
    };
    crate::auth::authenticate(app, &parts, &bytes)?;
    let Some(replay) = &app.recording.replay else {
        return Err(ApiError::internal("replay: no recording is loaded"));
    };
    let exchange = replay
        .take(&op.id, path, parts.uri.query().unwrap_or(""), &bytes)
        .map_err(|miss| ApiError {
            status: StatusCode::NOT_IMPLEMENTED,
            code: REPLAY_MISS,
            ..ApiError::internal(miss)
        })?;
    let status = StatusCode::from_u16(exchange.status).map_err(|_| {
        ApiError::internal(format!(
            "replay: the recorded {} exchange has status {}, which is not an HTTP status",
            exchange.operation, exchange.status
        ))
    })?;
    let body = exchange
        .response_bytes()
        .map_err(|e| ApiError::internal(format!("replay: {e}")))?;
    let mut resp = (status, body).into_response();
    for (name, value) in &exchange.response_headers {
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            resp.headers_mut().insert(n, v);
        }
    }
    Ok(resp)
}

/// Middleware writing every OSM exchange to the recording (`--record`).
pub(crate) async fn record(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let Some(file) = &app.recording.record else {
        return next.run(req).await;
    };
    if req.uri().path().starts_with("/sandbox/") {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    // `buffer_body` has read the body within its limits: this is the bytes already in memory
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return ApiError::internal("could not read the buffered request body to record it")
            .into_response();
    };
    let operation = app
        .spec
        .find(&parts.method, parts.uri.path())
        .map_or_else(|| "unknown".to_owned(), |(op, _)| op.id.clone());
    let (method, path) = (parts.method.clone(), parts.uri.path().to_owned());
    let query = parts.uri.query().unwrap_or("").to_owned();
    let request_headers = parts.headers.clone();
    let resp = next
        .run(Request::from_parts(parts, Body::from(bytes.clone())))
        .await;
    let (resp_parts, resp_body) = resp.into_parts();
    let Ok(resp_bytes) = axum::body::to_bytes(resp_body, usize::MAX).await else {
        return ApiError::internal("could not read the answer to record it").into_response();
    };
    let exchange = Exchange::from_parts(
        &operation,
        method.as_str(),
        &path,
        &query,
        &request_headers,
        SeenBody::Bytes(&bytes),
        resp_parts.status.as_u16(),
        &resp_parts.headers,
        &resp_bytes,
    );
    if let Err(e) = file.write(exchange) {
        tracing::error!(error = %e, "an exchange could not be recorded");
    }
    Response::from_parts(resp_parts, Body::from(resp_bytes))
}
