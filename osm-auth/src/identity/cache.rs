//! The shared, lazily refreshing identity cache (modelled on aws-sdk-rust's lazy identity
//! cache, with the official SDKs' refresh threshold).

use std::fmt;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use futures::FutureExt as _;
use futures::future::{BoxFuture, Shared};

use super::{Identity, IdentityError, ProvideIdentity, TimeSource, rfc3339};

/// Refresh this long before expiry: the official SDKs' `defaultExpirationThresholdSeconds`
/// (40 minutes in Go 0.1.174+ and Python 3.1.219; the SDKs of 2022 used 60 s). For an
/// identity that lives shorter than twice this, half its lifetime is used instead.
pub const DEFAULT_REFRESH_WINDOW: Duration = Duration::from_secs(40 * 60);
/// The longest one load (a provider call, all its HTTP calls included) may take.
pub const DEFAULT_LOAD_TIMEOUT: Duration = Duration::from_secs(60);
/// After a failed refresh ahead of expiry, the old identity is served for this long before
/// the next attempt.
pub const DEFAULT_RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);

type Load = Shared<BoxFuture<'static, Result<Identity, IdentityError>>>;

struct Cached {
    identity: Identity,
    /// When to start refreshing; `None`: never (permanent credentials).
    refresh_at: Option<SystemTime>,
}

#[derive(Default)]
struct State {
    cached: Option<Cached>,
    inflight: Option<Load>,
    failed_at: Option<SystemTime>,
}

struct Inner {
    provider: Arc<dyn ProvideIdentity>,
    time: TimeSource,
    refresh_window: Duration,
    load_timeout: Duration,
    retry_after_failure: Duration,
    state: Mutex<State>,
    loads: AtomicU64,
}

/// A cheap-to-clone handle on a cached identity: what a client keeps and asks before every
/// request with [`IdentityCache::identity`].
///
/// - The provider is called lazily, on the first `identity()`, and again only when the
///   identity enters its refresh window ([`DEFAULT_REFRESH_WINDOW`] before expiry).
/// - One load at a time, however many callers: it runs as its own Tokio task, so a caller
///   that gives up does not cancel it.
/// - While a refresh runs (or after it failed) and the old identity is still valid, callers
///   get the old one at once; only when there is no valid identity do they wait for the load.
/// - A failed load is an [`IdentityError`] for the callers that waited for it (wrapped in
///   [`IdentityError::Expired`] when an older identity had expired).
#[derive(Clone)]
pub struct IdentityCache {
    inner: Arc<Inner>,
}

impl fmt::Debug for IdentityCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let st = self.inner.lock();
        f.debug_struct("IdentityCache")
            .field("provider", &self.inner.provider.name())
            .field(
                "cached",
                &st.cached.as_ref().map(|c| c.identity.to_string()),
            )
            .field("refreshing", &st.inflight.is_some())
            .field("refresh_window", &self.inner.refresh_window)
            .finish_non_exhaustive()
    }
}

/// Configures an [`IdentityCache`].
#[derive(Debug, Clone)]
pub struct IdentityCacheBuilder {
    time: TimeSource,
    refresh_window: Duration,
    load_timeout: Duration,
    retry_after_failure: Duration,
}

impl Default for IdentityCacheBuilder {
    fn default() -> Self {
        Self {
            time: TimeSource::system(),
            refresh_window: DEFAULT_REFRESH_WINDOW,
            load_timeout: DEFAULT_LOAD_TIMEOUT,
            retry_after_failure: DEFAULT_RETRY_AFTER_FAILURE,
        }
    }
}

impl IdentityCacheBuilder {
    /// The clock expiry is judged by (default: the system clock).
    #[must_use]
    pub fn time_source(mut self, time: TimeSource) -> Self {
        self.time = time;
        self
    }

    /// How long before expiry to refresh (default [`DEFAULT_REFRESH_WINDOW`]).
    #[must_use]
    pub fn refresh_window(mut self, window: Duration) -> Self {
        self.refresh_window = window;
        self
    }

    /// The longest one load may take (default [`DEFAULT_LOAD_TIMEOUT`]).
    #[must_use]
    pub fn load_timeout(mut self, timeout: Duration) -> Self {
        self.load_timeout = timeout;
        self
    }

    /// How long to keep serving a still-valid identity after a failed refresh before trying
    /// again (default [`DEFAULT_RETRY_AFTER_FAILURE`]).
    #[must_use]
    pub fn retry_after_failure(mut self, delay: Duration) -> Self {
        self.retry_after_failure = delay;
        self
    }

    /// A cache over `provider`.
    pub fn build(self, provider: impl ProvideIdentity + 'static) -> IdentityCache {
        IdentityCache {
            inner: Arc::new(Inner {
                provider: Arc::new(provider),
                time: self.time,
                refresh_window: self.refresh_window,
                load_timeout: self.load_timeout,
                retry_after_failure: self.retry_after_failure,
                state: Mutex::new(State::default()),
                loads: AtomicU64::new(0),
            }),
        }
    }
}

impl IdentityCache {
    /// A cache over `provider` with the defaults.
    pub fn new(provider: impl ProvideIdentity + 'static) -> Self {
        Self::builder().build(provider)
    }

    /// Configures a cache.
    pub fn builder() -> IdentityCacheBuilder {
        IdentityCacheBuilder::default()
    }

    /// A cache over the official default chain and the process environment
    /// ([`IdentityChain::default_chain`](super::IdentityChain::default_chain) with
    /// [`ProviderConfig::new`](super::ProviderConfig::new)).
    pub fn from_env() -> Self {
        Self::new(super::IdentityChain::default_chain(
            super::ProviderConfig::new(),
        ))
    }

    /// The identity to authenticate the next request with.
    ///
    /// Must be called within a Tokio runtime ([`IdentityError::NoRuntime`] otherwise). Never
    /// blocks: a fresh identity is returned at once; one in its refresh window is returned
    /// at once while a single background load replaces it; without a valid identity the
    /// caller waits for that single load (bounded by the load timeout).
    pub async fn identity(&self) -> Result<Identity, IdentityError> {
        let load = {
            let now = self.inner.time.now();
            let mut st = self.inner.lock();
            if let Some(c) = &st.cached
                && c.identity.is_valid_at(now)
            {
                let fresh = c.refresh_at.is_none_or(|r| now < r);
                if fresh {
                    return Ok(c.identity.clone());
                }
                let identity = c.identity.clone();
                let recently_failed = st.failed_at.is_some_and(|t| {
                    now.duration_since(t)
                        .is_ok_and(|d| d < self.inner.retry_after_failure)
                });
                if st.inflight.is_none() && !recently_failed {
                    // refresh ahead; the caller does not wait
                    let _running = self.start(&mut st)?;
                }
                return Ok(identity);
            }
            match &st.inflight {
                Some(load) => load.clone(),
                None => self.start(&mut st)?,
            }
        };
        load.await
    }

    /// Forgets the cached identity (e.g. after the server rejected it): the next
    /// [`identity`](Self::identity) loads a new one. A load already running is kept.
    pub fn invalidate(&self) {
        self.inner.lock().cached = None;
    }

    /// How many times the provider has been called (loads finished, failed ones included).
    pub fn load_count(&self) -> u64 {
        self.inner.loads.load(Ordering::Relaxed)
    }

    fn start(&self, st: &mut State) -> Result<Load, IdentityError> {
        let handle = tokio::runtime::Handle::try_current().map_err(|_| IdentityError::NoRuntime)?;
        let inner = Arc::clone(&self.inner);
        let task = handle.spawn(async move {
            let provider = inner.provider.name();
            let load = AssertUnwindSafe(inner.provider.provide_identity()).catch_unwind();
            let result = match tokio::time::timeout(inner.load_timeout, load).await {
                Ok(Ok(r)) => r,
                Ok(Err(_panic)) => Err(IdentityError::Invalid {
                    provider,
                    detail: "the provider panicked".to_owned(),
                }),
                Err(_) => Err(IdentityError::LoadTimeout {
                    provider,
                    secs: inner.load_timeout.as_secs(),
                }),
            };
            inner.finish(result)
        });
        let name = self.inner.provider.name();
        let load: Load = async move {
            task.await.unwrap_or_else(|_| {
                Err(IdentityError::Invalid {
                    provider: name,
                    detail: "the load was cancelled (the runtime is shutting down)".to_owned(),
                })
            })
        }
        .boxed()
        .shared();
        st.inflight = Some(load.clone());
        Ok(load)
    }
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores the outcome of a load and returns what its waiters get.
    fn finish(&self, result: Result<Identity, IdentityError>) -> Result<Identity, IdentityError> {
        self.loads.fetch_add(1, Ordering::Relaxed);
        let now = self.time.now();
        let result = result.and_then(|identity| match identity.expiry() {
            Some(e) if e <= now => Err(IdentityError::Invalid {
                provider: self.provider.name(),
                detail: format!(
                    "returned credentials that expired at {} (now is {}); check this machine's clock",
                    rfc3339(e),
                    rfc3339(now)
                ),
            }),
            _ => Ok(identity),
        });
        let mut st = self.lock();
        st.inflight = None;
        match result {
            Ok(identity) => {
                let refresh_at = identity.expiry().map(|e| {
                    let lifetime = e.duration_since(now).unwrap_or_default();
                    e.checked_sub(self.refresh_window.min(lifetime / 2))
                        .unwrap_or(now)
                });
                st.cached = Some(Cached {
                    identity: identity.clone(),
                    refresh_at,
                });
                st.failed_at = None;
                Ok(identity)
            }
            Err(e) => {
                st.failed_at = Some(now);
                let still_valid = st
                    .cached
                    .as_ref()
                    .is_some_and(|c| c.identity.is_valid_at(now));
                if still_valid {
                    tracing::warn!(error = %e, "refreshing credentials failed; the current ones stay in use until they expire");
                }
                match st.cached.as_ref().and_then(|c| c.identity.expiry()) {
                    Some(expired) if !still_valid => Err(IdentityError::Expired {
                        expired_at: rfc3339(expired),
                        source: Box::new(e),
                    }),
                    _ => Err(e),
                }
            }
        }
    }
}

impl ProvideIdentity for IdentityCache {
    fn name(&self) -> &'static str {
        self.inner.provider.name()
    }

    fn provide_identity(&self) -> super::IdentityFuture<'_> {
        Box::pin(self.identity())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::atomic::AtomicI64;

    use tokio::sync::Notify;

    use super::*;
    use crate::Credentials;
    use crate::identity::IdentityFuture;

    /// A provider that hands out numbered temporary credentials valid for `ttl`, optionally
    /// waiting for a gate, optionally failing.
    #[derive(Debug)]
    struct Numbered {
        clock: Arc<AtomicI64>,
        ttl: Duration,
        calls: AtomicU64,
        gate: Option<Arc<Notify>>,
        fail: std::sync::atomic::AtomicBool,
    }

    fn at(secs: i64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs as u64)
    }

    impl ProvideIdentity for Numbered {
        fn name(&self) -> &'static str {
            "numbered"
        }
        fn provide_identity(&self) -> IdentityFuture<'_> {
            Box::pin(async move {
                if let Some(g) = &self.gate {
                    g.notified().await;
                }
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                if self.fail.load(Ordering::SeqCst) {
                    return Err(IdentityError::Invalid {
                        provider: "numbered",
                        detail: format!("failure {n}"),
                    });
                }
                let now = at(self.clock.load(Ordering::SeqCst));
                Ok(Identity::AkSk(
                    Credentials::new(format!("AK{n}"), "SK")
                        .unwrap()
                        .with_security_token("T")
                        .with_expiry(now + self.ttl),
                ))
            })
        }
    }

    fn setup(ttl: u64, gate: bool) -> (Arc<Numbered>, Arc<AtomicI64>, IdentityCache) {
        let clock = Arc::new(AtomicI64::new(1_000_000));
        let provider = Arc::new(Numbered {
            clock: clock.clone(),
            ttl: Duration::from_secs(ttl),
            calls: AtomicU64::new(0),
            gate: gate.then(|| Arc::new(Notify::new())),
            fail: false.into(),
        });
        let c = clock.clone();
        let cache = IdentityCache::builder()
            .time_source(TimeSource::from_fn(move || at(c.load(Ordering::SeqCst))))
            .build(provider.clone());
        (provider, clock, cache)
    }

    fn ak(i: &Identity) -> String {
        i.as_credentials().unwrap().access_key().to_owned()
    }

    #[tokio::test]
    async fn loads_lazily_and_serves_from_cache_until_the_window() {
        let (p, clock, cache) = setup(3600, false);
        assert_eq!(
            p.calls.load(Ordering::SeqCst),
            0,
            "nothing before the first call"
        );
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        // 3600 s lifetime: window is min(40 min, 30 min) = 30 min, so fresh for 1800 s
        clock.fetch_add(1799, Ordering::SeqCst);
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        assert_eq!(p.calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn many_waiters_share_one_load() {
        let (p, _clock, cache) = setup(3600, true);
        let gate = p.gate.clone().unwrap();
        let waiters: Vec<_> = (0..50)
            .map(|_| {
                let c = cache.clone();
                tokio::spawn(async move { c.identity().await })
            })
            .collect();
        // let every waiter reach the cache, then release the single load
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        gate.notify_one();
        for w in waiters {
            assert_eq!(ak(&w.await.unwrap().unwrap()), "AK1");
        }
        assert_eq!(p.calls.load(Ordering::SeqCst), 1);
        assert_eq!(cache.load_count(), 1);
    }

    #[tokio::test]
    async fn in_the_window_the_old_identity_is_served_while_one_refresh_runs() {
        let (p, clock, cache) = setup(3600, true);
        let gate = p.gate.clone().unwrap();
        let first = {
            let c = cache.clone();
            tokio::spawn(async move { c.identity().await })
        };
        tokio::task::yield_now().await;
        gate.notify_one();
        assert_eq!(ak(&first.await.unwrap().unwrap()), "AK1");

        clock.fetch_add(1800, Ordering::SeqCst); // in the window, still valid
        for _ in 0..20 {
            // every call returns at once with the old identity; one refresh is started
            assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        }
        gate.notify_one();
        // wait for the background load to land
        for _ in 0..100 {
            if cache.load_count() == 2 {
                break;
            }
            tokio::task::yield_now().await;
        }
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK2");
        assert_eq!(p.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_the_old_identity_until_it_expires_then_errors() {
        let (p, clock, cache) = setup(3600, false);
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        p.fail.store(true, Ordering::SeqCst);
        clock.fetch_add(1800, Ordering::SeqCst);
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        for _ in 0..100 {
            if cache.load_count() == 2 {
                break;
            }
            tokio::task::yield_now().await;
        }
        assert_eq!(cache.load_count(), 2, "the refresh ran and failed");
        // within the retry delay: old identity, no new attempt
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK1");
        tokio::task::yield_now().await;
        assert_eq!(cache.load_count(), 2);

        clock.fetch_add(1800, Ordering::SeqCst); // now expired
        let err = cache.identity().await.unwrap_err();
        let IdentityError::Expired { source, .. } = &err else {
            panic!("expected Expired, got {err:?}")
        };
        assert!(matches!(**source, IdentityError::Invalid { .. }), "{err}");
        assert!(err.to_string().contains("failure 3"), "{err}");

        p.fail.store(false, Ordering::SeqCst);
        assert_eq!(ak(&cache.identity().await.unwrap()), "AK4");
    }

    #[tokio::test]
    async fn permanent_credentials_are_loaded_once() {
        #[derive(Debug)]
        struct Once(AtomicU64);
        impl ProvideIdentity for Once {
            fn name(&self) -> &'static str {
                "once"
            }
            fn provide_identity(&self) -> IdentityFuture<'_> {
                self.0.fetch_add(1, Ordering::SeqCst);
                Box::pin(async { Ok(Credentials::new("AK", "SK").unwrap().into()) })
            }
        }
        let p = Arc::new(Once(AtomicU64::new(0)));
        let cache = IdentityCache::new(p.clone());
        for _ in 0..5 {
            cache.identity().await.unwrap();
        }
        assert_eq!(p.0.load(Ordering::SeqCst), 1);
        cache.invalidate();
        cache.identity().await.unwrap();
        assert_eq!(p.0.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn an_already_expired_answer_is_an_error() {
        let (_p, _clock, cache) = setup(0, false);
        let err = cache.identity().await.unwrap_err();
        assert!(err.to_string().contains("clock"), "{err}");
    }

    #[tokio::test]
    async fn a_hanging_provider_times_out() {
        #[derive(Debug)]
        struct Hang;
        impl ProvideIdentity for Hang {
            fn name(&self) -> &'static str {
                "hang"
            }
            fn provide_identity(&self) -> IdentityFuture<'_> {
                Box::pin(std::future::pending())
            }
        }
        let cache = IdentityCache::builder()
            .load_timeout(Duration::from_millis(20))
            .build(Hang);
        let err = cache.identity().await.unwrap_err();
        assert!(
            matches!(
                err,
                IdentityError::LoadTimeout {
                    provider: "hang",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn outside_a_runtime_it_is_an_error_not_a_panic() {
        let (_p, _clock, cache) = setup(3600, false);
        let err = futures::executor::block_on(cache.identity()).unwrap_err();
        assert!(matches!(err, IdentityError::NoRuntime), "{err}");
    }
}
