//! The runtime state every generated call can reach through `ClientInfo::inner`.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use reqwest::Request;

use super::sign::RequestSigner;
use crate::config::{Endpoints, HeaderDefaults, Timeouts};
use crate::error::Error;
use crate::retry::RetryPolicy;

/// The header progenitor adds to every request; OSM does not use it.
const API_VERSION: http::HeaderName = http::HeaderName::from_static("api-version");

/// The handwritten runtime's state inside the generated `Client`: credentials, signing,
/// endpoints, timeouts, retry policy and header defaults. Cheap to clone (shared).
#[derive(Clone)]
pub struct RuntimeState {
    pub(crate) shared: Arc<Shared>,
}

impl fmt::Debug for RuntimeState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuntimeState")
            .field("endpoints", &self.shared.endpoints)
            .field("access_key", &self.shared.signer.credentials.access_key())
            .field("algorithm", &self.shared.signer.algorithm)
            .field("timeouts", &self.shared.timeouts)
            .field("retry", &self.shared.retry)
            .finish_non_exhaustive()
    }
}

/// What `RuntimeState` shares between clones.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) signer: RequestSigner,
    pub(crate) endpoints: Endpoints,
    /// Index of the endpoint calls go to; moves on when one cannot be reached.
    current: AtomicUsize,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) defaults: HeaderDefaults,
}

impl Shared {
    pub(crate) fn new(
        signer: RequestSigner,
        endpoints: Endpoints,
        timeouts: Timeouts,
        retry: RetryPolicy,
        defaults: HeaderDefaults,
    ) -> Self {
        Shared {
            signer,
            endpoints,
            current: AtomicUsize::new(0),
            timeouts,
            retry,
            defaults,
        }
    }

    /// The endpoint index calls currently go to.
    pub(crate) fn current_endpoint(&self) -> usize {
        self.current.load(Ordering::Relaxed) % self.endpoints.len()
    }

    /// Moves to the next endpoint after `failed` could not be reached (unless another call
    /// already moved on).
    pub(crate) fn fail_over(&self, failed: usize) {
        if self.endpoints.len() > 1 {
            let next = (failed + 1) % self.endpoints.len();
            if self
                .current
                .compare_exchange(failed, next, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
            {
                tracing::warn!(
                    from = self.endpoints.get(failed),
                    to = self.endpoints.get(next),
                    "endpoint unreachable, failing over"
                );
            }
        }
    }

    /// Points `req` at endpoint `index`, keeping its path and query.
    pub(crate) fn point_at(&self, req: &mut Request, index: usize) {
        let target = self.endpoints.get(index);
        let url = req.url().as_str();
        if url.starts_with(target) {
            return;
        }
        let Some(current) = (0..self.endpoints.len())
            .map(|i| self.endpoints.get(i))
            .filter(|e| url.starts_with(e))
            .max_by_key(|e| e.len())
        else {
            return;
        };
        let rewritten = format!("{target}{}", &url[current.len()..]);
        match reqwest::Url::parse(&rewritten) {
            Ok(u) => *req.url_mut() = u,
            Err(e) => tracing::warn!(error = %e, "could not point the request at {target}"),
        }
    }

    /// Signs `req` at `now`.
    pub(crate) fn sign(&self, req: &mut Request, now: SystemTime) -> Result<(), Error> {
        self.signer.sign(req, now)
    }

    /// Everything done to a request before its first attempt: drop progenitor's
    /// `api-version` header, add header defaults, point at the current endpoint, sign.
    pub(crate) fn prepare(&self, req: &mut Request) -> Result<(), Error> {
        req.headers_mut().remove(API_VERSION);
        self.defaults.apply(req.headers_mut());
        self.point_at(req, self.current_endpoint());
        self.sign(req, SystemTime::now())
    }
}
