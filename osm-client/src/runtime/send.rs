//! Sending one operation: attempts, retries, failover, timeouts, tracing.
//!
//! The first attempt sends the request exactly as signed by the `pre` hook. Each retry
//! sends a fresh clone, pointed at the current endpoint and signed again, so no attempt
//! carries a stale `X-Sdk-Date`. Requests with streaming bodies cannot be cloned and are
//! attempted once.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime};

use backon::Retryable;
use reqwest::{Request, Response};
use tracing::{Instrument, field};

use osm_auth::identity::Identity;

use super::call::CallSigning;
use crate::Client;
use crate::operation::OperationInfo;
use crate::options::RequestOptions;
use crate::retry::{self, MAX_RETRY_AFTER};

/// Why an attempt did not produce the final answer.
enum Failure {
    /// An answer that may be retried (429, 502, 503, 504).
    Status(Response),
    /// No answer: connection failure, timeout, reset.
    Transport(reqwest::Error),
}

/// Sends `request` with the client's (or the call's) retry policy and timeouts.
pub(crate) async fn execute(
    client: &Client,
    info: &'static OperationInfo,
    options: &RequestOptions,
    signing: &CallSigning,
    request: Request,
) -> reqwest::Result<Response> {
    let identity = signing.identity();
    let identity = identity.as_ref();
    if let Some(dry_run) = &client.shared().dry_run {
        dry_run.record(info.id(), &request, &client.shared().http_defaults);
        return Ok(crate::dry_run::DryRun::answer());
    }
    let span = tracing::info_span!(
        "osm_call",
        operation = info.id(),
        method = %request.method(),
        attempts = field::Empty,
        status = field::Empty,
        request_id = field::Empty,
        latency_ms = field::Empty,
    );
    let started = Instant::now();
    let recorder = client.shared().recorder.as_ref();
    let snapshot = recorder.map(|_| super::recording::Snapshot::of(&request));
    let result = execute_inner(client, info, options, signing, identity, request, started)
        .instrument(span.clone())
        .await;
    let result = match (recorder, snapshot, result) {
        (Some(file), Some(snapshot), Ok(resp)) => {
            let access_key = identity
                .and_then(Identity::as_credentials)
                .map(|c| c.access_key());
            Ok(super::recording::record(file, info, snapshot, resp, access_key).await)
        }
        (_, _, result) => result,
    };
    span.record("latency_ms", started.elapsed().as_millis() as u64);
    match &result {
        Ok(resp) => {
            span.record("status", resp.status().as_u16());
            if let Some(id) = resp
                .headers()
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
            {
                span.record("request_id", id);
            }
            span.in_scope(|| tracing::debug!("answered"));
        }
        Err(e) => span.in_scope(|| tracing::debug!(error = %e, "failed")),
    }
    result
}

async fn execute_inner(
    client: &Client,
    info: &'static OperationInfo,
    options: &RequestOptions,
    signing: &CallSigning,
    identity: Option<&Identity>,
    request: Request,
    started: Instant,
) -> reqwest::Result<Response> {
    let (http, shared) = (client.http(), client.shared());
    let (attempt_timeout, operation_timeout) = shared.timeouts.for_operation(info.is_transfer());
    let attempt_timeout = options.attempt_timeout.unwrap_or(attempt_timeout);
    let operation_timeout = options.operation_timeout.unwrap_or(operation_timeout);
    let policy = options.retry.as_ref().unwrap_or(&shared.retry);
    let deadline = started + operation_timeout;
    let idempotent = info.is_idempotent();
    // The template for retries; None for streaming bodies, which are sent once.
    let template = request.try_clone();
    let retries_possible = template.is_some();
    let first = Mutex::new(Some(request));
    let attempt_no = AtomicU32::new(0);
    let policy_attempts = policy.max_attempts();
    // Failing over to every endpoint is allowed even when the policy allows fewer attempts.
    let max_attempts = policy_attempts.max(shared.endpoints.len() as u32);

    let attempt = || async {
        let n = attempt_no.fetch_add(1, Ordering::Relaxed) + 1;
        tracing::Span::current().record("attempts", n);
        let first_request = first.lock().map(|mut f| f.take()).unwrap_or(None);
        let (mut req, endpoint) = match first_request {
            Some(req) => {
                let endpoint = shared.current_endpoint();
                (req, endpoint)
            }
            None => {
                // Only reached when a retry was allowed, which needs a template.
                let Some(mut req) = template.as_ref().and_then(Request::try_clone) else {
                    unreachable_retry();
                    return Err(Failure::Status(empty_response()));
                };
                let endpoint = shared.current_endpoint();
                shared.point_at(&mut req, endpoint);
                // the identity that signed the first attempt (still valid: the cache hands
                // out identities well ahead of expiry)
                if let Some(identity) = identity
                    && let Err(e) =
                        shared.authenticate(&mut req, identity, SystemTime::now(), signing)
                {
                    // Cannot happen for an identity that signed the first attempt; send the
                    // previous signature rather than give up.
                    tracing::warn!(error = %e, "re-signing a retry failed");
                }
                (req, endpoint)
            }
        };
        // The first attempt starts at the operation's start: no clock read needed.
        let remaining = if n == 1 {
            operation_timeout
        } else {
            deadline.saturating_duration_since(Instant::now())
        };
        *req.timeout_mut() = Some(attempt_timeout.min(remaining).max(Duration::from_millis(1)));
        let outcome = http.execute(req).await;
        match outcome {
            Ok(resp) if retries_possible && retry::may_retry_status(idempotent, resp.status()) => {
                tracing::debug!(
                    attempt = n,
                    status = resp.status().as_u16(),
                    "retryable answer"
                );
                Err(Failure::Status(resp))
            }
            Ok(resp) => {
                tracing::debug!(attempt = n, status = resp.status().as_u16(), "answer");
                Ok(resp)
            }
            Err(e) => {
                tracing::debug!(attempt = n, error = %e, "attempt failed");
                if e.is_connect() {
                    shared.fail_over(endpoint);
                }
                Err(Failure::Transport(e))
            }
        }
    };

    let backoff = policy
        .backoff()
        .with_max_times(max_attempts.saturating_sub(1) as usize);
    let result = attempt
        .retry(backoff)
        .sleep(tokio::time::sleep)
        .when(|failure| {
            let n = attempt_no.load(Ordering::Relaxed);
            retries_possible
                && match failure {
                    Failure::Status(_) => n < policy_attempts,
                    Failure::Transport(e) => {
                        retry::may_retry_transport(idempotent, e)
                            && (n < policy_attempts || (e.is_connect() && n < max_attempts))
                    }
                }
        })
        .adjust(|failure, delay| {
            let mut delay = delay?;
            match failure {
                Failure::Status(resp) => {
                    if let Some(after) = retry::retry_after(resp.headers(), SystemTime::now()) {
                        if after > MAX_RETRY_AFTER {
                            return None;
                        }
                        delay = delay.max(after);
                    }
                }
                // A connect failure with another endpoint to try: go there at once.
                Failure::Transport(e) if e.is_connect() && shared.endpoints.len() > 1 => {
                    delay = Duration::ZERO;
                }
                Failure::Transport(_) => {}
            }
            // Never start an attempt that could not finish before the deadline.
            (Instant::now() + delay + Duration::from_millis(1) < deadline).then_some(delay)
        })
        .notify(|failure, delay| {
            let what = match failure {
                Failure::Status(r) => format!("HTTP {}", r.status().as_u16()),
                Failure::Transport(e) => e.to_string(),
            };
            tracing::info!(retry_in_ms = delay.as_millis() as u64, cause = %what, "retrying");
        })
        .await;

    match result {
        Ok(resp) | Err(Failure::Status(resp)) => Ok(resp),
        Err(Failure::Transport(e)) => Err(e),
    }
}

#[cold]
fn unreachable_retry() {
    tracing::error!("osm-client bug: a retry was attempted without a request to clone");
}

fn empty_response() -> Response {
    Response::from(
        http::Response::builder()
            .status(http::StatusCode::INTERNAL_SERVER_ERROR)
            .body(String::new())
            .unwrap_or_default(),
    )
}
