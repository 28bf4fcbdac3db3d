//! The HTTP server: builder, handle, request ids, the spec-driven dispatcher.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tokio::sync::{Semaphore, oneshot};

use crate::conn::{ConnShared, ConnectionLimits, Guard, InFlight, Registry};

use crate::account::{Account, Clock};
use crate::error::{ApiError, ApiResult};
use crate::faults::{ActiveFault, Fault};
use crate::routes::{Ctx, Reply};
use crate::spec::{Body as SpecBody, Spec, SpecError};
use crate::state::{PersistError, Snapshot, Store};
use crate::{auth, control, validate};

/// Largest request body accepted (8 MiB): a 5 MiB attachment fits in base64. Larger → 413.
pub const DEFAULT_BODY_LIMIT: usize = 8 * 1024 * 1024;
/// How long the sandbox waits for a request body to arrive completely (then 408).
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// Accepted distance between `X-Sdk-Date` and the sandbox clock.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Why the sandbox could not start.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}; pick another address or port")]
    Bind {
        /// Address asked for.
        addr: SocketAddr,
        /// OS error.
        #[source]
        source: std::io::Error,
    },
    /// The state file could not be loaded.
    #[error(transparent)]
    State(#[from] PersistError),
    /// The embedded spec is broken (a build problem).
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// The file to record to could not be created.
    #[error(transparent)]
    Recording(#[from] crate::recording::RecordingError),
    /// No account configured.
    #[error("no account configured: add one with SandboxBuilder::account")]
    NoAccount,
    /// The IAM configuration names an account that does not exist.
    #[error("IAM configuration: {0}")]
    Iam(String),
}

/// The shared application state of a running sandbox.
#[derive(Debug)]
pub(crate) struct App {
    pub(crate) spec: &'static Spec,
    pub(crate) store: Arc<Store>,
    pub(crate) accounts: Vec<Account>,
    pub(crate) clock: Clock,
    pub(crate) body_limit: usize,
    pub(crate) window: Duration,
    pub(crate) base_url: String,
    pub(crate) trace: Option<Mutex<std::fs::File>>,
    pub(crate) check_responses: bool,
    pub(crate) body_timeout: Duration,
    /// IAM, metadata and pod identity ([`crate::iam`]).
    pub(crate) iam: crate::iam::Iam,
    /// Record/replay (crate::recording).
    pub(crate) recording: crate::recording::Hooks,
    pub(crate) limits: ConnectionLimits,
    /// Request-body bytes buffered right now, at most `limits.max_inflight_body_bytes`.
    pub(crate) body_budget: Arc<Semaphore>,
    pub(crate) faults: crate::faults::Faults,
}

/// Entry point: [`Sandbox::builder`].
#[derive(Debug)]
pub struct Sandbox;

impl Sandbox {
    /// A builder with no accounts, listening on `127.0.0.1:0` (a free port), state in memory.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder {
            accounts: Vec::new(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            state: None,
            clock: Clock::system(),
            body_limit: DEFAULT_BODY_LIMIT,
            window: DEFAULT_WINDOW,
            trace: None,
            check_responses: false,
            body_timeout: BODY_TIMEOUT,
            iam: crate::iam::IamConfig::default(),
            recording: Default::default(),
            limits: ConnectionLimits::default(),
        }
    }
}

/// Configures and starts a sandbox.
#[derive(Debug)]
pub struct SandboxBuilder {
    accounts: Vec<Account>,
    listen: SocketAddr,
    state: Option<PathBuf>,
    clock: Clock,
    body_limit: usize,
    window: Duration,
    trace: Option<PathBuf>,
    check_responses: bool,
    body_timeout: Duration,
    /// Set by the builder methods in [`crate::iam`].
    pub(crate) iam: crate::iam::IamConfig,
    /// Record/replay options, set by crate::recording's builder methods.
    pub(crate) recording: crate::recording::Config,
    limits: ConnectionLimits,
}

impl SandboxBuilder {
    /// Adds an account.
    #[must_use]
    pub fn account(mut self, account: Account) -> Self {
        self.accounts.push(account);
        self
    }
    /// Adds several accounts.
    #[must_use]
    pub fn accounts(mut self, accounts: impl IntoIterator<Item = Account>) -> Self {
        self.accounts.extend(accounts);
        self
    }
    /// Address to listen on (default `127.0.0.1:0`).
    #[must_use]
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }
    /// Keeps state in this SQLite database across restarts, every change committed before it
    /// is acknowledged; a JSON state file of the earlier format is converted once (default:
    /// memory only).
    #[must_use]
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state = Some(path.into());
        self
    }
    /// The clock used to check signature dates and stamp records (default: system clock).
    #[must_use]
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }
    /// Largest accepted body (default [`DEFAULT_BODY_LIMIT`]).
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }
    /// Accepted signature date skew (default [`DEFAULT_WINDOW`], ±15 minutes).
    #[must_use]
    pub fn signature_window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }
    /// Appends every OSM request (method, path, query, headers, body) as a JSON line to this
    /// file — used to record official-SDK requests as fixtures. Contains signatures, never SKs.
    #[must_use]
    pub fn trace_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.trace = Some(path.into());
        self
    }

    /// How long to wait for a request body to arrive completely (default [`BODY_TIMEOUT`]);
    /// a slower client gets 408.
    #[must_use]
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        self.body_timeout = timeout;
        self
    }

    /// Connection limits: timeouts, connection cap, head sizes, body bytes in flight (default
    /// [`ConnectionLimits::default`]).
    #[must_use]
    pub fn connection_limits(mut self, limits: ConnectionLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Checks every JSON response against the spec's response schema (types, and no field the
    /// schema does not declare beyond the documented extras); a mismatch answers 500
    /// `OSM.00050002` naming the field. For tests of the sandbox itself.
    #[must_use]
    pub fn check_responses(mut self, on: bool) -> Self {
        self.check_responses = on;
        self
    }

    /// Binds, starts serving in a background task and returns a handle.
    pub async fn spawn(self) -> Result<SandboxHandle, SandboxError> {
        if self.accounts.is_empty() {
            return Err(SandboxError::NoAccount);
        }
        let iam = crate::iam::Iam::new(self.iam, &self.accounts)?;
        let spec = Spec::embedded()?;
        let store = match &self.state {
            Some(path) => Store::open(path.clone())?,
            None => Store::in_memory()?,
        };
        let listener = tokio::net::TcpListener::bind(self.listen)
            .await
            .map_err(|source| SandboxError::Bind {
                addr: self.listen,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| SandboxError::Bind {
            addr: self.listen,
            source,
        })?;
        let trace = match &self.trace {
            Some(p) => Some(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| PersistError::Io {
                        path: p.clone(),
                        what: "opening trace file",
                        source: Arc::new(e),
                    })?,
            )),
            None => None,
        };
        let base_url = format!("http://{addr}");
        let recording = self.recording.open(&self.accounts)?;
        let app = Arc::new(App {
            spec,
            store,
            accounts: self.accounts.clone(),
            clock: self.clock,
            body_limit: self.body_limit,
            window: self.window,
            base_url: base_url.clone(),
            trace,
            check_responses: self.check_responses,
            body_timeout: self.body_timeout,
            iam,
            recording,
            limits: self.limits,
            faults: crate::faults::Faults::default(),
            body_budget: Arc::new(Semaphore::new(
                self.limits
                    .max_inflight_body_bytes
                    .min(Semaphore::MAX_PERMITS),
            )),
        });
        let router = router(app.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(listener, router, self.limits, rx));
        Ok(SandboxHandle {
            addr,
            base_url,
            accounts: self.accounts,
            shutdown: Some(tx),
            task: Some(task),
            app,
        })
    }
}

/// Accepts connections until `stop`, each behind a [`Guard`] with the limits; then lets
/// in-flight requests finish (at most 10 s).
async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: ConnectionLimits,
    mut stop: oneshot::Receiver<()>,
) {
    use hyper_util::rt::{TokioExecutor, TokioIo};
    let registry = Arc::new(Registry::new());
    let permits = Arc::new(Semaphore::new(
        limits.max_connections.clamp(1, Semaphore::MAX_PERMITS),
    ));
    let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        // the guard ends the read side after a rejected head: answer what came before it
        .half_close(true)
        .max_headers(limits.max_headers.max(1))
        .max_buf_size((limits.max_header_bytes.saturating_mul(2)).max(64 * 1024))
        .http2()
        .max_concurrent_streams(128)
        .max_header_list_size(u32::try_from(limits.max_header_bytes).unwrap_or(u32::MAX));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            biased;
            _ = &mut stop => break,
            r = listener.accept() => r,
        };
        let tcp = match accepted {
            Ok((tcp, _)) => tcp,
            Err(e) => {
                // out of file descriptors and the like: back off instead of spinning
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = tcp.set_nodelay(true);
        let permit = match permits.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => {
                registry.evict_one();
                let wait =
                    tokio::time::timeout(Duration::from_secs(1), permits.clone().acquire_owned());
                match wait.await {
                    Ok(Ok(p)) => p,
                    _ => {
                        tokio::spawn(async move { crate::conn::refuse(tcp, &limits).await });
                        continue;
                    }
                }
            }
        };
        let (id, shared) = registry.insert();
        let io = TokioIo::new(Guard::new(tcp, shared.clone(), registry.clone(), limits));
        let svc = hyper::service::service_fn({
            let router = router.clone();
            move |req: http::Request<hyper::body::Incoming>| {
                call(router.clone(), shared.clone(), req)
            }
        });
        let conn = graceful.watch(builder.serve_connection(io, svc).into_owned());
        let registry = registry.clone();
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection closed with an error");
            }
            registry.remove(id);
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(Duration::from_secs(10), graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            open = registry.len(),
            "connections still open 10 s after shutdown"
        );
    }
}

/// Marks a response whose connection must be dropped instead (fault injection).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// The connection was dropped on purpose (an injected fault).
#[derive(Debug, thiserror::Error)]
#[error("connection dropped by an injected fault")]
pub(crate) struct Dropped;

async fn call(
    mut router: Router,
    conn: Arc<ConnShared>,
    req: http::Request<hyper::body::Incoming>,
) -> Result<Response, Dropped> {
    use tower::Service as _;
    let in_flight = InFlight::start(&conn);
    let resp = match router.call(req).await {
        Ok(r) => r,
        Err(never) => match never {},
    };
    if resp.extensions().get::<DropConnection>().is_some() {
        return Err(Dropped);
    }
    let (parts, body) = resp.into_parts();
    Ok(Response::from_parts(
        parts,
        Body::new(Tracked {
            inner: body,
            _in_flight: in_flight,
        }),
    ))
}

/// A response body that keeps its request counted in flight until it is sent or dropped.
struct Tracked {
    inner: Body,
    _in_flight: InFlight,
}

impl http_body::Body for Tracked {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::pin::Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        http_body::Body::is_end_stream(&self.inner)
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::Body::size_hint(&self.inner)
    }
}

/// A running sandbox. Dropping it stops the server (without waiting).
#[derive(Debug)]
pub struct SandboxHandle {
    addr: SocketAddr,
    base_url: String,
    accounts: Vec<Account>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    pub(crate) app: Arc<App>,
}

impl SandboxHandle {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// The accounts the sandbox accepts.
    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }
    /// The first account.
    pub fn account(&self) -> &Account {
        &self.accounts[0]
    }
    /// Number of cases an account currently has (for tests; 0 if the state cannot be read).
    pub fn case_count(&self, domain_id: &str) -> usize {
        self.app
            .store
            .read(|r| r.case_count(domain_id))
            .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX))
    }
    /// Acts as support: adds an engineer message to a case (in any account), moving a case
    /// pending acceptance to processing, or to `status` if given. Returns the message id.
    pub async fn engineer_reply(
        &self,
        case_id: &str,
        content: impl Into<String>,
        status: Option<i32>,
    ) -> Result<String, ApiError> {
        control::engineer_reply(&self.app, case_id, content.into(), status).await
    }

    /// Acts as support: sets a case's status (0, 1, 2, 3, 4, 5, 12 or 17).
    pub async fn set_case_status(&self, case_id: &str, status: i32) -> Result<(), ApiError> {
        control::set_case_status(&self.app, case_id, status).await
    }

    /// With a replay ([`SandboxBuilder::replay`]): what it answered, missed and left unused.
    pub fn replay_report(&self) -> Option<crate::recording::ReplayReport> {
        self.app.recording.report()
    }

    /// Adds a fault (see [`crate::faults`]); returns it with its id.
    pub fn add_fault(&self, fault: Fault) -> Result<ActiveFault, ApiError> {
        fault.check(self.app.spec)?;
        Ok(self.app.faults.add(fault))
    }

    /// The faults still active.
    pub fn faults(&self) -> Vec<ActiveFault> {
        self.app.faults.list()
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.app.faults.remove(None);
    }

    /// Deletes all state (every account's cases, labels, attachments, ...; ids start over).
    pub async fn reset(&self) -> Result<(), ApiError> {
        self.app.store.reset().await
    }

    /// The whole state, to [`restore`](Self::restore) later (an SQLite database image).
    pub async fn snapshot(&self) -> Result<Snapshot, ApiError> {
        self.app.store.snapshot().await
    }

    /// Replaces the whole state with a snapshot.
    pub async fn restore(&self, snapshot: Snapshot) -> Result<(), ApiError> {
        self.app.store.restore(snapshot).await
    }

    /// Stops accepting connections, finishes in-flight requests and waits for the server.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// A request's id, also sent as `X-Request-Id`.
#[derive(Debug, Clone)]
pub(crate) struct RequestId(pub(crate) String);

async fn request_id(mut req: Request, next: Next) -> Response {
    let id = uuid::Uuid::new_v4().simple().to_string();
    req.extensions_mut().insert(RequestId(id.clone()));
    let (method, path) = (req.method().clone(), req.uri().path().to_owned());
    let started = std::time::Instant::now();
    let mut resp = next.run(req).await;
    if resp.status().is_client_error() || resp.status().is_server_error() {
        resp = json_error(resp, &id).await;
    }
    tracing::debug!(
        request_id = %id,
        %method,
        path,
        status = resp.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
        "request"
    );
    if let Ok(v) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert("x-request-id", v);
    }
    resp
}

/// Makes an error response Huawei-shaped whoever produced it (the sandbox's handlers, axum's
/// extractors and router): a JSON `{"error_code","error_msg","request_id"}` body. A JSON
/// object of another shape is another service's own (IAM's Keystone errors, the metadata
/// service's) and is sent as it is.
async fn json_error(resp: Response, id: &str) -> Response {
    use crate::error as code;
    let (mut parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, 1024 * 1024)
        .await
        .unwrap_or_default();
    let parsed = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .filter(serde_json::Value::is_object);
    if parsed
        .as_ref()
        .is_some_and(|v| v.get("error_code").is_none())
    {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let parsed = parsed.filter(|v| {
        v.get("error_code")
            .is_some_and(serde_json::Value::is_string)
    });
    let mut v = parsed.unwrap_or_else(|| {
        let text = String::from_utf8_lossy(&bytes).trim().to_owned();
        let status = parts.status;
        let error_code = match status.as_u16() {
            401 => code::AUTH_FAILED,
            403 => code::FORBIDDEN,
            404 | 405 => code::NO_ROUTE,
            408 | 413 | 414 | 431 => code::TOO_LARGE,
            429 => code::THROTTLED,
            503 => code::UNAVAILABLE,
            500.. => code::INTERNAL,
            _ => code::BAD_REQUEST,
        };
        let msg = if text.is_empty() {
            status.canonical_reason().unwrap_or("error").to_owned()
        } else {
            text
        };
        serde_json::json!({ "error_code": error_code, "error_msg": msg })
    });
    if v.get("request_id").is_none_or(serde_json::Value::is_null) {
        v["request_id"] = serde_json::Value::String(id.to_owned());
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, Body::from(v.to_string()))
}

/// Reads the whole body before anything else sees the request: at most `body_limit` (413),
/// within `body_timeout` (408), and within the sandbox-wide budget of buffered body bytes
/// (503 with `Retry-After`). Downstream, the body is in memory.
async fn buffer_body(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    // a snapshot holds every attachment: its restore is exempt from the request limits
    let restore = parts.method == http::Method::POST && parts.uri.path() == "/sandbox/restore";
    let limit = if restore {
        RESTORE_LIMIT
    } else {
        app.body_limit
    };
    match read_body(&app, &parts, body, limit, !restore).await {
        Ok((bytes, permit)) => {
            let resp = next
                .run(Request::from_parts(parts, Body::from(bytes)))
                .await;
            drop(permit);
            resp
        }
        Err(e) => {
            let busy = e.status == http::StatusCode::SERVICE_UNAVAILABLE;
            let mut resp = e.into_response();
            if busy {
                resp.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            }
            resp
        }
    }
}

fn budget_exhausted(app: &App) -> ApiError {
    ApiError {
        status: http::StatusCode::SERVICE_UNAVAILABLE,
        code: crate::error::UNAVAILABLE,
        ..ApiError::bad_request(format!(
            "the sandbox is already buffering its limit of {} request-body bytes (--max-inflight-body-bytes); retry shortly",
            app.limits.max_inflight_body_bytes
        ))
    }
}

/// Largest snapshot `POST /sandbox/restore` takes.
const RESTORE_LIMIT: usize = 2 * 1024 * 1024 * 1024;

async fn read_body(
    app: &App,
    parts: &http::request::Parts,
    mut body: Body,
    limit: usize,
    budgeted: bool,
) -> ApiResult<(bytes::Bytes, Option<tokio::sync::OwnedSemaphorePermit>)> {
    use http_body_util::BodyExt as _;
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::too_large(limit));
    }
    let mut permit: Option<tokio::sync::OwnedSemaphorePermit> = None;
    let mut reserve = |n: usize| -> ApiResult<()> {
        if n == 0 || !budgeted {
            return Ok(());
        }
        let n = u32::try_from(n).map_err(|_| ApiError::too_large(app.body_limit))?;
        let p = app
            .body_budget
            .clone()
            .try_acquire_many_owned(n)
            .map_err(|_| budget_exhausted(app))?;
        match &mut permit {
            Some(held) => held.merge(p),
            None => permit = Some(p),
        }
        Ok(())
    };
    let declared = declared.map(|n| n as usize);
    if let Some(n) = declared {
        reserve(n)?;
    }
    let read = async {
        let mut buf = bytes::BytesMut::with_capacity(declared.unwrap_or(0));
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| {
                ApiError::bad_request(format!("could not read the request body: {e}"))
            })?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            if buf.len() + data.len() > limit {
                return Err(ApiError::too_large(limit));
            }
            if declared.is_none() {
                reserve(data.len())?;
            }
            buf.extend_from_slice(&data);
        }
        Ok(buf.freeze())
    };
    let Ok(bytes) = tokio::time::timeout(app.body_timeout, read).await else {
        return Err(ApiError {
            status: http::StatusCode::REQUEST_TIMEOUT,
            ..ApiError::bad_request(format!(
                "the request body did not arrive within {:.1} s; send the whole body promptly",
                app.body_timeout.as_secs_f32()
            ))
        });
    };
    Ok((bytes?, permit))
}

fn router(app: Arc<App>) -> Router {
    let mut router = Router::new()
        .nest("/sandbox", control::router())
        .fallback(osm)
        // `buffer_body` (outermost) has already enforced the limits, per path: a restore takes
        // snapshots larger than the OSM body limit, so extractors must not apply it again
        .layer(DefaultBodyLimit::disable());
    if app.recording.records() {
        router = router.layer(middleware::from_fn_with_state(
            app.clone(),
            crate::recording::record,
        ));
    }
    if app.trace.is_some() {
        router = router.layer(middleware::from_fn_with_state(
            app.clone(),
            crate::trace::record,
        ));
    }
    router
        // IAM, metadata and pod identity: outside the trace layer (passwords, tokens)
        .merge(crate::iam::router())
        .layer(middleware::from_fn_with_state(app.clone(), buffer_body))
        .layer(middleware::from_fn(request_id))
        .with_state(app)
}

async fn osm(State(app): State<Arc<App>>, req: Request) -> Response {
    let id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.0.clone())
        .unwrap_or_default();
    if app.recording.replays() {
        return crate::recording::replay(&app, req, &id).await;
    }
    match handle(&app, req).await {
        Ok(Reply::Fault { err, retry_after }) => Reply::Fault {
            err: err.with_request_id(&id),
            retry_after,
        }
        .into_response(),
        Ok(reply) => reply.into_response(),
        Err(e) => e.with_request_id(&id).into_response(),
    }
}

async fn handle(app: &Arc<App>, req: Request) -> ApiResult<Reply> {
    let (parts, body) = req.into_parts();
    // buffer_body has read it already
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|e| ApiError::bad_request(format!("could not read the request body: {e}")))?;
    let path = parts.uri.path();
    let Some((op, path_params)) = app.spec.find(&parts.method, path) else {
        let e = ApiError::no_route(parts.method.as_str(), path);
        return Err(if app.spec.has_path(path) {
            ApiError {
                status: http::StatusCode::METHOD_NOT_ALLOWED,
                ..e
            }
        } else {
            e
        });
    };
    let account = auth::authenticate(app, &parts, &bytes)?;
    let fault = app.faults.take(&op.id);
    if let Some(f) = &fault {
        if let Some(ms) = f.delay_ms {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        }
        if let Some(status) = f.status {
            return Ok(Reply::Fault {
                err: f.error(status),
                retry_after: f.retry_after,
            });
        }
        if f.drop {
            return Ok(Reply::Drop);
        }
    }
    let raw_query = parts.uri.query().unwrap_or("");
    let query: Vec<(String, String)> = serde_urlencoded::from_str(raw_query)
        .map_err(|e| ApiError::bad_request(format!("query string is not valid: {e}")))?;
    let params = validate::params(app.spec, op, path_params, &query)?;
    let json = match &op.body {
        Some(SpecBody::Json { schema, .. }) => {
            // An absent body is checked as `{}`, so missing required fields are named.
            let v: serde_json::Value = if bytes.iter().all(u8::is_ascii_whitespace) {
                serde_json::json!({})
            } else {
                serde_json::from_slice(&bytes)
                    .map_err(|e| ApiError::bad_request(format!("body: malformed JSON: {e}")))?
            };
            validate::check(app.spec, schema, &v, "body")?;
            Some(v)
        }
        _ => None,
    };
    let ctx = Ctx {
        app,
        account,
        op,
        params,
        json,
        raw: bytes,
        parts,
    };
    let fail_commit = fault.as_ref().is_some_and(|f| f.fail_commit);
    let mut reply = crate::state::FAIL_COMMIT
        .scope(fail_commit, crate::routes::dispatch(ctx))
        .await?;
    fill_empty_lists(app, op, &mut reply);
    if fault.as_ref().is_some_and(|f| f.malformed) {
        let full = match &reply {
            Reply::Json(v) => v.to_string().into_bytes(),
            _ => b"{\"error_code\":".to_vec(),
        };
        return Ok(Reply::Raw(full[..full.len() / 2].to_vec()));
    }
    if app.check_responses {
        check_response(app, op, &reply)?;
    }
    Ok(reply)
}

/// The generated types skip empty lists when serializing; Huawei answers `[]`, and SDKs
/// iterate the field, so top-level list fields of the response model are sent as `[]`.
fn fill_empty_lists(app: &App, op: &crate::spec::Operation, reply: &mut Reply) {
    let (Reply::Json(serde_json::Value::Object(body)), Some(schema)) = (reply, &op.response_schema)
    else {
        return;
    };
    let schema = validate::schema_of(app.spec, schema);
    let Some(props) = schema
        .get("properties")
        .and_then(serde_json::Value::as_object)
    else {
        return;
    };
    for (name, prop) in props {
        let prop = validate::schema_of(app.spec, prop);
        if prop.get("type").and_then(serde_json::Value::as_str) == Some("array")
            && !body.contains_key(name)
        {
            body.insert(name.clone(), serde_json::Value::Array(Vec::new()));
        }
    }
}

/// Fields the sandbox adds beyond the spec's response models, on purpose: ids a client needs
/// to continue (the new label's id, a message's id) and the stored extends parameters.
const EXTRA_RESPONSE_FIELDS: &[&str] = &["message_id", "label_id", "extends_map"];

fn check_response(app: &App, op: &crate::spec::Operation, reply: &Reply) -> ApiResult<()> {
    let (Reply::Json(v), Some(schema)) = (reply, &op.response_schema) else {
        return Ok(());
    };
    let fail = |msg: String| ApiError {
        code: crate::error::RESPONSE_MISMATCH,
        ..ApiError::internal(format!(
            "{}: response does not match the spec: {msg}",
            op.id
        ))
    };
    validate::check(app.spec, schema, v, "response").map_err(|e| fail(e.msg))?;
    let unknown: Vec<String> = validate::unknown_fields(app.spec, schema, v, "response")
        .into_iter()
        .filter(|f| {
            !EXTRA_RESPONSE_FIELDS
                .iter()
                .any(|x| f.ends_with(&format!(".{x}")))
        })
        .collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(fail(format!("undeclared fields {unknown:?}")))
    }
}
