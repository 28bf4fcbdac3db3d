//! What every HTTP-calling provider shares: HTTP clients, the IAM endpoint, the clock, the
//! environment and the per-access-key domain-id cache.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::http::{self, Call};
use super::{IdentityError, TimeSource};
use crate::provider::{ENV_DOMAIN_ID, Environment, ProcessEnv};
use crate::{Credentials, SignableRequest, SigningParams, sign};

/// The global IAM endpoint the official SDKs default to.
pub const DEFAULT_IAM_ENDPOINT: &str = "https://iam.myhuaweicloud.com";
/// Environment variable overriding the IAM endpoint (read by the official SDKs too).
pub const ENV_IAM_ENDPOINT: &str = "HUAWEICLOUD_SDK_IAM_ENDPOINT";

const KEYSTONE_LIST_AUTH_DOMAINS: &str = "/v3/auth/domains";
/// Time allowed for one IAM call.
const IAM_TIMEOUT: Duration = Duration::from_secs(30);
/// Time allowed to connect anywhere.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

fn no_client(provider: &'static str, e: &str) -> IdentityError {
    IdentityError::Invalid {
        provider,
        detail: format!(
            "the HTTP client could not be built ({e}); pass one with ProviderConfig::with_http_client"
        ),
    }
}

/// Domain ids found through IAM, per access key; share one between providers (cheap to
/// clone). [`ProviderConfig::new`] makes a fresh one.
#[derive(Clone, Default)]
pub struct DomainIdCache(Arc<Mutex<HashMap<String, String>>>);

impl DomainIdCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The domain id found for `access_key`.
    pub fn get(&self, access_key: &str) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(access_key)
            .cloned()
    }

    fn put(&self, access_key: &str, domain_id: &str) {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(access_key.to_owned(), domain_id.to_owned());
    }
}

impl fmt::Debug for DomainIdCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len();
        write!(f, "DomainIdCache({n} access keys)")
    }
}

/// Configuration shared by the providers: the environment they read, the HTTP clients, the
/// IAM endpoint, the clock (signing dates) and the domain-id cache. Cheap to clone.
#[derive(Clone)]
pub struct ProviderConfig {
    pub(crate) env: Arc<dyn Environment>,
    /// The HTTP client, or why it could not be built (reported by the first call).
    http: Result<reqwest::Client, String>,
    /// For link-local endpoints (metadata, pod identity): never through a proxy.
    local_http: Result<reqwest::Client, String>,
    iam_endpoint: Option<String>,
    pub(crate) metadata_endpoint: Option<String>,
    sts_endpoint: Option<String>,
    pub(crate) time: TimeSource,
    domain_ids: DomainIdCache,
    lookup_domain_ids: bool,
}

impl fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderConfig")
            // never the variables themselves: they may hold secret keys
            .field("env", &"<environment>")
            .field("iam_endpoint", &self.iam_endpoint())
            .field("time", &self.time)
            .field("domain_ids", &self.domain_ids)
            .field("lookup_domain_ids", &self.lookup_domain_ids)
            .finish_non_exhaustive()
    }
}

impl Default for ProviderConfig {
    fn default() -> Self {
        Self::new()
    }
}

fn client(proxy: bool) -> Result<reqwest::Client, String> {
    let mut b = crate::tls::http_client_builder()
        .map_err(|e| format!("the TLS configuration failed: {e}"))?
        .connect_timeout(CONNECT_TIMEOUT)
        .user_agent(concat!("osm-rs/", env!("CARGO_PKG_VERSION")));
    if !proxy {
        b = b.no_proxy();
    }
    // fails only when the TLS backend cannot initialise
    b.build().map_err(|e| http::error_chain(&e))
}

impl ProviderConfig {
    /// The process environment, the system clock, default HTTP clients (connect timeout 5 s;
    /// proxies honoured for IAM, never for the metadata and pod-identity endpoints), IAM
    /// endpoint from `HUAWEICLOUD_SDK_IAM_ENDPOINT` or [`DEFAULT_IAM_ENDPOINT`].
    pub fn new() -> Self {
        Self {
            env: Arc::new(ProcessEnv),
            http: client(true),
            local_http: client(false),
            iam_endpoint: None,
            metadata_endpoint: None,
            sts_endpoint: None,
            time: TimeSource::system(),
            domain_ids: DomainIdCache::new(),
            lookup_domain_ids: true,
        }
    }

    /// Reads variables (and the home directory) from `env` instead of the process.
    #[must_use]
    pub fn with_env(mut self, env: impl Environment + 'static) -> Self {
        self.env = Arc::new(env);
        self
    }

    /// Uses `client` for every call (its timeouts and proxy settings then apply; each call
    /// still has its own overall timeout).
    #[must_use]
    pub fn with_http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Ok(client.clone());
        self.local_http = Ok(client);
        self
    }

    /// The IAM endpoint (e.g. `https://iam.ap-southeast-1.myhuaweicloud.com`), over
    /// `HUAWEICLOUD_SDK_IAM_ENDPOINT` and the default.
    #[must_use]
    pub fn with_iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.iam_endpoint = Some(endpoint.into());
        self
    }

    /// The ECS metadata endpoint (default `http://169.254.169.254`), e.g. osm-sandbox's
    /// base URL in tests.
    #[must_use]
    pub fn with_metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.metadata_endpoint = Some(endpoint.into());
        self
    }

    /// The STS endpoint for [`OidcStsProvider`](super::OidcStsProvider), over
    /// `HUAWEICLOUD_SDK_STS_ENDPOINT` and the default.
    #[must_use]
    pub fn with_sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.sts_endpoint = Some(endpoint.into());
        self
    }

    /// The STS endpoint in force: set in code, else `HUAWEICLOUD_SDK_STS_ENDPOINT`, else
    /// `https://sts.cn-north-4.myhuaweicloud.com` (the official SDK's default).
    pub fn sts_endpoint(&self) -> String {
        self.sts_endpoint
            .clone()
            .or_else(|| self.var(super::providers::ENV_STS_ENDPOINT))
            .unwrap_or_else(|| super::providers::DEFAULT_STS_ENDPOINT.to_owned())
            .trim_end_matches('/')
            .to_owned()
    }

    /// The clock for signing dates (domain-id lookup) and token expiry checks.
    #[must_use]
    pub fn with_time_source(mut self, time: TimeSource) -> Self {
        self.time = time;
        self
    }

    /// Shares a domain-id cache with other configurations.
    #[must_use]
    pub fn with_domain_id_cache(mut self, cache: DomainIdCache) -> Self {
        self.domain_ids = cache;
        self
    }

    /// Whether AK/SK without a domain id get it from IAM (default `true`); when `false`
    /// such credentials are returned without one.
    #[must_use]
    pub fn with_domain_id_lookup(mut self, on: bool) -> Self {
        self.lookup_domain_ids = on;
        self
    }

    /// The IAM endpoint in force: set in code, else `HUAWEICLOUD_SDK_IAM_ENDPOINT` (given
    /// `https://` when it has no scheme, as the Go SDK does), else [`DEFAULT_IAM_ENDPOINT`].
    pub fn iam_endpoint(&self) -> String {
        if let Some(e) = &self.iam_endpoint {
            return e.trim_end_matches('/').to_owned();
        }
        match self.var(ENV_IAM_ENDPOINT) {
            Some(e) if e.contains("://") => e.trim_end_matches('/').to_owned(),
            Some(e) => format!("https://{}", e.trim_end_matches('/')),
            None => DEFAULT_IAM_ENDPOINT.to_owned(),
        }
    }

    /// The HTTP client for IAM.
    pub(crate) fn http(&self, provider: &'static str) -> Result<&reqwest::Client, IdentityError> {
        self.http.as_ref().map_err(|e| no_client(provider, e))
    }

    /// The HTTP client for link-local endpoints (no proxy).
    pub(crate) fn local_http(
        &self,
        provider: &'static str,
    ) -> Result<&reqwest::Client, IdentityError> {
        self.local_http.as_ref().map_err(|e| no_client(provider, e))
    }

    /// The environment variable `name`, trimmed, when set and not blank.
    pub(crate) fn var(&self, name: &str) -> Option<String> {
        self.env
            .var(name)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    }

    /// The domain-id cache.
    pub fn domain_id_cache(&self) -> &DomainIdCache {
        &self.domain_ids
    }

    /// Gives `credentials` a domain id when they have none: `HUAWEICLOUD_SDK_DOMAIN_ID`, else
    /// the cache, else IAM's `GET /v3/auth/domains` signed with the credentials themselves
    /// (at `iam_endpoint`, default [`ProviderConfig::iam_endpoint`]); the answer is cached
    /// per access key. A failed lookup says how to set the id.
    pub async fn resolve_domain_id(
        &self,
        credentials: Credentials,
        iam_endpoint: Option<&str>,
    ) -> Result<Credentials, IdentityError> {
        if credentials.domain_id().is_some() || !self.lookup_domain_ids {
            return Ok(credentials);
        }
        if let Some(id) = self.var(ENV_DOMAIN_ID) {
            return Ok(credentials.with_domain_id(id));
        }
        if let Some(id) = self.domain_ids.get(credentials.access_key()) {
            return Ok(credentials.with_domain_id(id));
        }
        let endpoint = iam_endpoint
            .map(|e| e.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| self.iam_endpoint());
        let fail = |detail: String| IdentityError::DomainIdLookup {
            access_key: credentials.access_key().to_owned(),
            iam_endpoint: endpoint.clone(),
            detail,
        };
        let url = format!("{endpoint}{KEYSTONE_LIST_AUTH_DOMAINS}");
        let parsed = reqwest::Url::parse(&url).map_err(|e| fail(format!("bad URL {url}: {e}")))?;
        let host = parsed.authority().to_owned();
        let signable = SignableRequest::new("GET", host.as_str(), KEYSTONE_LIST_AUTH_DOMAINS);
        let signed = sign(
            &signable,
            &SigningParams::new(&credentials, self.time.now()),
        )
        .map_err(|e| fail(format!("cannot sign the request: {e}")))?;
        let mut req = self
            .http("domain id lookup")
            .map_err(|e| fail(e.to_string()))?
            .get(parsed);
        for (name, value) in signed.headers_to_add() {
            req = req.header(name, value);
        }
        let call = Call::new("domain id lookup", &url, IAM_TIMEOUT);
        let body = call
            .send(req)
            .await
            .map_err(|e| fail(e.to_string()))?
            .into_ok()
            .map_err(|e| fail(e.to_string()))?;
        #[derive(serde::Deserialize)]
        struct Domains {
            domains: Option<Vec<Domain>>,
        }
        #[derive(serde::Deserialize)]
        struct Domain {
            id: String,
        }
        let list: Domains = http::json(&call, &body.bytes).map_err(|e| fail(e.to_string()))?;
        let Some(id) = list
            .domains
            .unwrap_or_default()
            .into_iter()
            .map(|d| d.id)
            .find(|id| !id.trim().is_empty())
        else {
            let trace = body
                .trace_id
                .map(|t| format!(" (X-IAM-Trace-Id {t})"))
                .unwrap_or_default();
            return Err(fail(format!(
                "IAM listed no domain{trace}; the user may lack the 'iam:users:getUser' permission"
            )));
        };
        self.domain_ids.put(credentials.access_key(), &id);
        Ok(credentials.with_domain_id(id))
    }
}
