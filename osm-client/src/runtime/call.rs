//! What a call needs: the client's shared configuration, the per-call state progenitor's
//! client carries, and progenitor's hooks (sign in `pre`, send with retries in `exec`).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use osm_auth::SigningOutput;
use osm_auth::identity::{Identity, IdentityCache};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo as HookInfo};
use reqwest::{Request, Response};

use super::send;
use super::sign::RequestSigner;
use crate::Client;
use crate::config::{Endpoints, HeaderDefaults, Timeouts};
use crate::error::Error;
use crate::generated::raw;
use crate::operation::OperationInfo;
use crate::options::RequestOptions;
use crate::retry::RetryPolicy;

/// The header progenitor adds to every request; OSM does not use it.
const API_VERSION: http::HeaderName = http::HeaderName::from_static("api-version");

/// The client configuration every call reads: identity, signing, endpoints, timeouts, retries,
/// header defaults.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) identity: IdentityCache,
    pub(crate) signer: RequestSigner,
    pub(crate) endpoints: Endpoints,
    /// Index of the endpoint calls go to; moves on when one cannot be reached.
    current: AtomicUsize,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) defaults: HeaderDefaults,
    /// Record requests instead of sending them.
    pub(crate) dry_run: Option<crate::dry_run::DryRun>,
    /// The headers the HTTP client adds to every request (`accept`, `user-agent`), as a dry
    /// run shows them; empty when the caller built the HTTP client (not known then).
    pub(crate) http_defaults: http::HeaderMap,
    /// Where exchanges are recorded (`ClientBuilder::record_to`).
    pub(crate) recorder: Option<crate::record::RecordFile>,
}

impl Shared {
    pub(crate) fn new(
        identity: IdentityCache,
        signer: RequestSigner,
        endpoints: Endpoints,
        timeouts: Timeouts,
        retry: RetryPolicy,
        defaults: HeaderDefaults,
    ) -> Self {
        Shared {
            identity,
            signer,
            endpoints,
            current: AtomicUsize::new(0),
            timeouts,
            retry,
            defaults,
            dry_run: None,
            http_defaults: http::HeaderMap::new(),
            recorder: None,
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

    /// Signs `req` as `identity` at `now` (or gives it the identity's token); what signed it
    /// is kept in `signing`.
    pub(crate) fn authenticate(
        &self,
        req: &mut Request,
        identity: &Identity,
        now: SystemTime,
        signing: &CallSigning,
    ) -> Result<(), Error> {
        let output = self.signer.authenticate(req, identity, now)?;
        signing.set_last(output);
        Ok(())
    }

    /// Everything done to a request before its first attempt: drop progenitor's
    /// `api-version` header, add the call's headers and the client's defaults, point at the
    /// current endpoint, get the identity (cached; refreshed ahead of expiry) and sign. The
    /// identity is kept in `signing`, for re-signing retries.
    pub(crate) async fn prepare(
        &self,
        req: &mut Request,
        options: &RequestOptions,
        signing: &CallSigning,
    ) -> Result<(), Error> {
        let headers = req.headers_mut();
        headers.remove(API_VERSION);
        for (name, value) in &options.headers {
            headers.insert(name.clone(), value.clone());
        }
        self.defaults.apply(headers);
        self.point_at(req, self.current_endpoint());
        let identity = self.identity.identity().await.map_err(Error::Identity)?;
        self.authenticate(req, &identity, SystemTime::now(), signing)?;
        signing.set_identity(identity);
        Ok(())
    }
}

/// How one call's attempts are signed: the identity the first attempt was signed as (retries
/// are signed as it again) and the signer's output for the latest attempt, kept so that a
/// signature mismatch can be compared with the canonical request the server computed.
#[derive(Debug, Default)]
pub(crate) struct CallSigning {
    identity: Mutex<Option<Identity>>,
    last: Mutex<Option<SigningOutput>>,
}

impl CallSigning {
    pub(crate) fn identity(&self) -> Option<Identity> {
        self.identity.lock().ok().and_then(|slot| slot.clone())
    }

    fn set_identity(&self, identity: Identity) {
        if let Ok(mut slot) = self.identity.lock() {
            *slot = Some(identity);
        }
    }

    fn set_last(&self, output: Option<SigningOutput>) {
        if let Ok(mut slot) = self.last.lock() {
            *slot = output;
        }
    }

    /// The canonical request of the latest attempt, its security token redacted.
    pub(crate) fn signed_canonical_request(&self) -> Option<String> {
        let slot = self.last.lock().ok()?;
        Some(slot.as_ref()?.canonical_request().to_string())
    }
}

/// The state progenitor's client carries for one call: the client, what the spec says about
/// the operation, the call's options, and what the hooks leave for the answer to be read
/// with ([`CallCell`]).
#[derive(Clone, Debug)]
pub(crate) struct CallState {
    pub(crate) client: Client,
    pub(crate) info: &'static OperationInfo,
    pub(crate) options: RequestOptions,
    /// One allocation per call for everything the hooks hand on.
    cell: Arc<CallCell>,
}

/// What the hooks hand on to where the answer is read: the typed error a hook failed with
/// (progenitor can only carry a string out of a hook), how the attempts were signed, and the
/// answer's headers (moved out of the response, so neither progenitor nor the answer reader
/// copies them).
#[derive(Debug, Default)]
struct CallCell {
    failure: Mutex<Option<Error>>,
    signing: CallSigning,
    headers: Mutex<Option<http::HeaderMap>>,
}

impl CallState {
    pub(crate) fn new(
        client: Client,
        info: &'static OperationInfo,
        options: RequestOptions,
    ) -> Self {
        CallState {
            client,
            info,
            options,
            cell: Arc::default(),
        }
    }

    /// How the call's attempts were signed.
    pub(crate) fn signing(&self) -> &CallSigning {
        &self.cell.signing
    }

    /// The typed error a hook stored, if any.
    pub(crate) fn take_failure(&self) -> Option<Error> {
        self.cell.failure.lock().ok().and_then(|mut f| f.take())
    }

    /// The headers of the final 2xx answer, taken out of it by the `exec` hook; `fallback`
    /// (the headers the answer still carries) when the hook did not take them.
    pub(crate) fn take_headers(&self, fallback: &http::HeaderMap) -> http::HeaderMap {
        self.cell
            .headers
            .lock()
            .ok()
            .and_then(|mut h| h.take())
            .unwrap_or_else(|| fallback.clone())
    }

    /// Moves a 2xx answer's headers into the call state (progenitor hands every 2xx on as a
    /// stream with a copy of its headers; other answers keep theirs for the error reader).
    fn keep_headers(&self, response: &mut Response) {
        if !response.status().is_success() {
            return;
        }
        if let Ok(mut slot) = self.cell.headers.lock() {
            *slot = Some(std::mem::take(response.headers_mut()));
        }
    }

    fn fail(&self, error: Error) -> String {
        let text = error.to_string();
        if let Ok(mut slot) = self.cell.failure.lock() {
            *slot = Some(error);
        }
        text
    }
}

impl ClientHooks<CallState> for raw::Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        _info: &HookInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let state = self.inner();
        let shared = state.client.shared();
        match shared
            .prepare(request, &state.options, state.signing())
            .await
        {
            Ok(()) => Ok(()),
            Err(e) => Err(progenitor_client::Error::Custom(state.fail(e))),
        }
    }

    async fn exec(&self, request: Request, _info: &HookInfo) -> reqwest::Result<Response> {
        let state = self.inner();
        let mut result = send::execute(
            &state.client,
            state.info,
            &state.options,
            state.signing(),
            request,
        )
        .await;
        if let Ok(response) = &mut result {
            state.keep_headers(response);
        }
        result
    }
}
