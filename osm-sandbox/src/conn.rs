//! Connection hygiene: the accept loop, per-connection limits and the I/O guard in front of
//! hyper.
//!
//! - **Head checks** ([`crate::framing`]): hyper never sees a head it would reject itself, so
//!   every rejection (bad `Content-Length`, 414, 431, bare CR, 505) is answered with the
//!   Huawei-shaped JSON error and an `X-Request-Id`, then the connection is closed.
//! - **Timeouts**: a head must arrive within [`ConnectionLimits::header_timeout`] of its first
//!   byte (or of the connection being accepted) → 408; a keep-alive connection with no request
//!   in flight is closed after [`ConnectionLimits::idle_timeout`] (HTTP/2 too).
//! - **Connection cap** ([`ConnectionLimits::max_connections`]): at the cap, a new connection
//!   makes the sandbox close the connection that has stalled longest (a partial head, else the
//!   longest idle one); only when every connection has a request in flight does it wait.
//! - **Body bytes in flight** are capped in [`crate::server`] ([`ConnectionLimits::max_inflight_body_bytes`]).

use std::collections::HashMap;
use std::future::Future as _;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker, ready};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, Sleep};

use crate::error::ApiError;
use crate::framing::{Framing, HeadLimits, Rejection};

/// Limits on connections and what they may send; every one is a flag of the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// A request head must be complete this long after its first byte, and a new connection
    /// must send its first head this long after it was accepted (default 10 s; then 408).
    pub header_timeout: Duration,
    /// A keep-alive connection with no request in flight is closed after this (default 60 s).
    pub idle_timeout: Duration,
    /// Most open connections (default 512); see the module docs for what happens at the cap.
    pub max_connections: usize,
    /// Most header lines of a request (default 100; more → 431).
    pub max_headers: usize,
    /// Most bytes of a request head (default 32 KiB; more → 431).
    pub max_header_bytes: usize,
    /// Most bytes of a request target, path and query (default 16 KiB; more → 414).
    pub max_uri_bytes: usize,
    /// Most request-body bytes buffered at once over all requests (default 64 MiB; a request
    /// that would exceed it gets 503 with `Retry-After`).
    pub max_inflight_body_bytes: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_connections: 512,
            max_headers: 100,
            max_header_bytes: 32 * 1024,
            max_uri_bytes: 16 * 1024,
            max_inflight_body_bytes: 64 * 1024 * 1024,
        }
    }
}

impl ConnectionLimits {
    pub(crate) fn head(&self) -> HeadLimits {
        HeadLimits {
            max_headers: self.max_headers.max(1),
            max_head_bytes: self.max_header_bytes.max(64),
            max_uri_bytes: self.max_uri_bytes.max(1),
        }
    }
}

/// What one connection shares with the accept loop and its requests.
#[derive(Debug, Default)]
pub(crate) struct ConnShared {
    /// Requests whose response has not been fully sent.
    in_flight: AtomicUsize,
    /// Requests started on this connection.
    started: AtomicU64,
    /// Set by the accept loop to close this connection to make room.
    evict: AtomicBool,
    /// Evictable, and since when (ms since the registry's epoch): a partial head (2), idle (1).
    stall: Mutex<(u8, u64)>,
    /// The task waiting on this connection's reads.
    waker: Mutex<Option<Waker>>,
}

impl ConnShared {
    fn wake(&self) {
        if let Ok(mut w) = self.waker.lock()
            && let Some(w) = w.take()
        {
            w.wake();
        }
    }
}

/// Marks a request in flight on its connection until dropped (with the response body).
#[derive(Debug)]
pub(crate) struct InFlight(Arc<ConnShared>);

impl InFlight {
    pub(crate) fn start(conn: &Arc<ConnShared>) -> InFlight {
        conn.in_flight.fetch_add(1, Ordering::SeqCst);
        conn.started.fetch_add(1, Ordering::SeqCst);
        InFlight(conn.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if self.0.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 {
            // re-arm the idle timer of a connection that waits in a read
            self.0.wake();
        }
    }
}

/// The open connections.
#[derive(Debug)]
pub(crate) struct Registry {
    epoch: Instant,
    next: AtomicU64,
    conns: Mutex<HashMap<u64, Arc<ConnShared>>>,
}

impl Registry {
    pub(crate) fn new() -> Registry {
        Registry {
            epoch: Instant::now(),
            next: AtomicU64::new(0),
            conns: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn insert(&self) -> (u64, Arc<ConnShared>) {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let shared = Arc::new(ConnShared::default());
        if let Ok(mut m) = self.conns.lock() {
            m.insert(id, shared.clone());
        }
        (id, shared)
    }

    pub(crate) fn remove(&self, id: u64) {
        if let Ok(mut m) = self.conns.lock() {
            m.remove(&id);
        }
    }

    /// Number of open connections.
    pub(crate) fn len(&self) -> usize {
        self.conns.lock().map(|m| m.len()).unwrap_or(0)
    }

    /// Asks the connection that stalled longest (partial head first, then idle) to close.
    /// Returns whether one was found.
    pub(crate) fn evict_one(&self) -> bool {
        let Ok(m) = self.conns.lock() else {
            return false;
        };
        let victim = m
            .values()
            .filter(|c| c.in_flight.load(Ordering::SeqCst) == 0 && !c.evict.load(Ordering::SeqCst))
            .filter_map(|c| {
                let (kind, since) = *c.stall.lock().ok()?;
                (kind > 0).then_some((std::cmp::Reverse(kind), since, c))
            })
            .min_by_key(|(k, since, _)| (*k, *since))
            .map(|(_, _, c)| c.clone());
        drop(m);
        match victim {
            Some(c) => {
                c.evict.store(true, Ordering::SeqCst);
                c.wake();
                true
            }
            None => false,
        }
    }

    fn millis(&self, t: Instant) -> u64 {
        u64::try_from(t.saturating_duration_since(self.epoch).as_millis()).unwrap_or(u64::MAX)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wait {
    /// The first head of a new connection.
    FirstHead,
    /// A head whose first bytes arrived.
    Head,
    /// Between requests.
    Idle,
}

/// The I/O of one connection as hyper sees it; see the module docs.
pub(crate) struct Guard {
    io: TcpStream,
    shared: Arc<ConnShared>,
    registry: Arc<Registry>,
    limits: ConnectionLimits,
    framing: Framing,
    /// Checked bytes hyper has not read yet.
    ready: Vec<u8>,
    ready_pos: usize,
    /// hyper reads end of stream from now on.
    hyper_eof: bool,
    /// An error response to write before closing, and how much of it is written.
    reply: Option<(Vec<u8>, usize)>,
    /// After the reply, read what the client still sends for this long (a rejected head may be
    /// followed by more of it; a stalled or evicted client sends nothing: no wait).
    drain_for: Duration,
    drain_until: Option<Instant>,
    drained: usize,
    timer: Pin<Box<Sleep>>,
    timer_at: Option<Instant>,
    accepted: Instant,
    head_started: Option<Instant>,
    last_activity: Instant,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard")
            .field("peer", &self.io.peer_addr().ok())
            .field("framing", &self.framing)
            .finish_non_exhaustive()
    }
}

/// Bytes of a complete HTTP/1.1 error response (JSON body, `X-Request-Id`, `Connection:
/// close`), for rejections made below the router.
pub(crate) fn error_response_bytes(err: &ApiError, retry_after: Option<u64>) -> Vec<u8> {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let body = serde_json::json!({
        "error_code": err.code,
        "error_msg": err.msg,
        "request_id": id,
    })
    .to_string();
    let mut head = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: {id}\r\nconnection: close\r\n",
        err.status.as_u16(),
        err.status.canonical_reason().unwrap_or(""),
        body.len()
    );
    if let Some(s) = retry_after {
        head.push_str(&format!("retry-after: {s}\r\n"));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

fn rejection_error(r: Rejection) -> ApiError {
    ApiError {
        status: r.status,
        code: crate::error::TOO_LARGE,
        msg: r.msg,
        request_id: None,
    }
}

impl Guard {
    pub(crate) fn new(
        io: TcpStream,
        shared: Arc<ConnShared>,
        registry: Arc<Registry>,
        limits: ConnectionLimits,
    ) -> Guard {
        let now = Instant::now();
        Guard {
            io,
            shared,
            registry,
            framing: Framing::new(limits.head()),
            limits,
            ready: Vec::new(),
            ready_pos: 0,
            hyper_eof: false,
            reply: None,
            drain_for: Duration::ZERO,
            drain_until: None,
            drained: 0,
            timer: Box::pin(tokio::time::sleep_until(now + limits.header_timeout)),
            timer_at: None,
            accepted: now,
            head_started: None,
            last_activity: now,
        }
    }

    /// Ends the stream for hyper and, if `err`, queues it as the last response.
    fn close(&mut self, err: Option<ApiError>) {
        self.hyper_eof = true;
        if let Some(e) = err
            && self.reply.is_none()
        {
            self.reply = Some((error_response_bytes(&e, None), 0));
        }
    }

    /// What the connection waits for, and until when; `None`: no deadline.
    fn deadline(&self) -> Option<(Instant, Wait)> {
        if self.shared.in_flight.load(Ordering::SeqCst) > 0 {
            return None;
        }
        if self.framing.passthrough() {
            return Some((self.last_activity + self.limits.idle_timeout, Wait::Idle));
        }
        if let Some(t) = self.head_started {
            return Some((t + self.limits.header_timeout, Wait::Head));
        }
        if !self.framing.between_requests() {
            return None; // inside a body: the handler's body timeout applies
        }
        if self.shared.started.load(Ordering::SeqCst) == 0 {
            Some((self.accepted + self.limits.header_timeout, Wait::FirstHead))
        } else {
            Some((self.last_activity + self.limits.idle_timeout, Wait::Idle))
        }
    }

    fn on_timeout(&mut self, wait: Wait) {
        match wait {
            Wait::Head => self.close(Some(ApiError {
                status: http::StatusCode::REQUEST_TIMEOUT,
                ..rejection_error(Rejection {
                    status: http::StatusCode::REQUEST_TIMEOUT,
                    msg: format!(
                        "the request head did not arrive within {:.1} s; send the whole head promptly",
                        self.limits.header_timeout.as_secs_f32()
                    ),
                })
            })),
            Wait::FirstHead | Wait::Idle => self.close(None),
        }
    }

    fn on_evict(&mut self) {
        let stalled = self.framing.pending_head_bytes() > 0;
        let err = stalled.then(|| ApiError {
            status: http::StatusCode::SERVICE_UNAVAILABLE,
            code: crate::error::UNAVAILABLE,
            msg: format!(
                "connection closed to make room: the sandbox is at its limit of {} connections and this one stalled while sending a request head",
                self.limits.max_connections
            ),
            request_id: None,
        });
        self.close(err);
    }

    /// Records what this connection waits for, for the accept loop's eviction choice.
    fn publish_stall(&self, cx: &Context<'_>) {
        let kind = if self.shared.in_flight.load(Ordering::SeqCst) > 0 {
            0
        } else if self.head_started.is_some() {
            2
        } else if self.framing.between_requests() || self.framing.passthrough() {
            1
        } else {
            0
        };
        let since = self.head_started.unwrap_or(self.last_activity);
        if let Ok(mut s) = self.shared.stall.lock() {
            *s = (kind, self.registry.millis(since));
        }
        if let Ok(mut w) = self.shared.waker.lock() {
            match &*w {
                Some(old) if old.will_wake(cx.waker()) => {}
                _ => *w = Some(cx.waker().clone()),
            }
        }
    }
}

impl AsyncRead for Guard {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        loop {
            if this.ready_pos < this.ready.len() {
                let n = buf.remaining().min(this.ready.len() - this.ready_pos);
                buf.put_slice(&this.ready[this.ready_pos..this.ready_pos + n]);
                this.ready_pos += n;
                if this.ready_pos == this.ready.len() {
                    this.ready.clear();
                    this.ready_pos = 0;
                }
                return Poll::Ready(Ok(()));
            }
            if this.hyper_eof {
                return Poll::Ready(Ok(()));
            }
            if this.shared.evict.load(Ordering::SeqCst) {
                this.on_evict();
                continue;
            }
            let mut scratch = [0u8; 16 * 1024];
            let mut rb = ReadBuf::new(&mut scratch);
            match Pin::new(&mut this.io).poll_read(cx, &mut rb) {
                Poll::Ready(Ok(())) if rb.filled().is_empty() => {
                    // the client closed; a partial head is simply dropped
                    this.close(None);
                }
                Poll::Ready(Ok(())) => {
                    let now = Instant::now();
                    this.last_activity = now;
                    let before = this.framing.pending_head_bytes();
                    let result = this.framing.feed(rb.filled(), &mut this.ready);
                    match this.framing.pending_head_bytes() {
                        0 => this.head_started = None,
                        _ if before == 0 => this.head_started = Some(now),
                        _ => {}
                    }
                    if let Err(r) = result {
                        this.drain_for = Duration::from_millis(500);
                        this.close(Some(rejection_error(r)));
                    }
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => {
                    let Some((at, wait)) = this.deadline() else {
                        this.publish_stall(cx);
                        return Poll::Pending;
                    };
                    if at <= Instant::now() {
                        this.on_timeout(wait);
                        continue;
                    }
                    if this.timer_at != Some(at) {
                        this.timer.as_mut().reset(at);
                        this.timer_at = Some(at);
                    }
                    if this.timer.as_mut().poll(cx).is_ready() {
                        this.timer_at = None;
                        this.on_timeout(wait);
                        continue;
                    }
                    this.publish_stall(cx);
                    return Poll::Pending;
                }
            }
        }
    }
}

impl AsyncWrite for Guard {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let r = Pin::new(&mut self.io).poll_write(cx, buf);
        if let Poll::Ready(Ok(_)) = r {
            self.last_activity = Instant::now();
        }
        r
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let r = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        if let Poll::Ready(Ok(_)) = r {
            self.last_activity = Instant::now();
        }
        r
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }

    /// Writes a queued error response first, then closes the write side and drains what the
    /// client still sends for a moment (closing with unread input would reset the connection
    /// and could destroy the response before the client reads it).
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if let Some((bytes, pos)) = &mut this.reply {
            while *pos < bytes.len() {
                let n = ready!(Pin::new(&mut this.io).poll_write(cx, &bytes[*pos..]))?;
                if n == 0 {
                    return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
                }
                *pos += n;
            }
            ready!(Pin::new(&mut this.io).poll_flush(cx))?;
            this.reply = None;
            ready!(Pin::new(&mut this.io).poll_shutdown(cx))?;
            if !this.drain_for.is_zero() {
                this.drain_until = Some(Instant::now() + this.drain_for);
            }
        }
        if let Some(until) = this.drain_until {
            loop {
                let mut scratch = [0u8; 16 * 1024];
                let mut rb = ReadBuf::new(&mut scratch);
                match Pin::new(&mut this.io).poll_read(cx, &mut rb) {
                    Poll::Ready(Ok(())) if !rb.filled().is_empty() => {
                        this.drained += rb.filled().len();
                        if this.drained > 4 * 1024 * 1024 {
                            break;
                        }
                    }
                    Poll::Ready(_) => break,
                    Poll::Pending => {
                        if this.timer_at != Some(until) {
                            this.timer.as_mut().reset(until);
                            this.timer_at = Some(until);
                        }
                        if this.timer.as_mut().poll(cx).is_ready() {
                            break;
                        }
                        return Poll::Pending;
                    }
                }
            }
            this.drain_until = None;
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut this.io).poll_shutdown(cx)
    }
}

/// Answers a connection the sandbox cannot take (at the cap, nothing to evict) with 503.
pub(crate) async fn refuse(mut io: TcpStream, limits: &ConnectionLimits) {
    use tokio::io::AsyncWriteExt as _;
    let err = ApiError {
        status: http::StatusCode::SERVICE_UNAVAILABLE,
        code: crate::error::UNAVAILABLE,
        msg: format!(
            "too many connections: the sandbox serves at most {} at once and all of them have requests in flight; retry shortly",
            limits.max_connections
        ),
        request_id: None,
    };
    let bytes = error_response_bytes(&err, Some(1));
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = io.write_all(&bytes).await;
        let _ = io.shutdown().await;
    })
    .await;
}
