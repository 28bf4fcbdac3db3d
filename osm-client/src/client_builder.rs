//! Building a [`Client`]: endpoints, credentials, signing, timeouts, retries, defaults.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use osm_auth::identity::{
    IdentityCache, IdentityChain, ProvideIdentity, ProviderConfig, StaticIdentity,
};
use osm_auth::{Algorithm, Credentials, Environment, ProcessEnv};

use crate::Client;
use crate::config::{DEFAULT_REGION, Endpoints, HeaderDefaults, Timeouts};
use crate::error::Error;
use crate::record::{RecordFile, Redaction};
use crate::retry::RetryPolicy;
use crate::runtime::{RequestSigner, Shared};
use crate::types::Site;

/// Environment variable with the endpoint URL(s), comma-separated (read by
/// [`Client::from_env`]); it wins over the region.
pub const ENV_ENDPOINT: &str = "OSM_ENDPOINT";
/// Environment variable with the region (read by [`Client::from_env`]); `HUAWEICLOUD_SDK_REGION`
/// is read when it is unset.
pub const ENV_REGION: &str = "OSM_REGION";
const ENV_SDK_REGION: &str = "HUAWEICLOUD_SDK_REGION";

/// The default `User-Agent`.
pub const USER_AGENT: &str = concat!("osm-rs/", env!("CARGO_PKG_VERSION"));

impl Client {
    /// A builder with the defaults: region `cn-south-1`, credentials from osm-auth's default
    /// chain (OIDC through STS, `HUAWEICLOUD_SDK_*` variables, the credentials file, CCE pod
    /// identity, the ECS metadata service; cached and refreshed ahead of expiry),
    /// SDK-HMAC-SHA256 signing, [`Timeouts::default`], [`RetryPolicy::default`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the process environment: endpoint from `OSM_ENDPOINT`, or
    /// region from `OSM_REGION`/`HUAWEICLOUD_SDK_REGION` (default `cn-south-1`); credentials
    /// from the default chain.
    pub fn from_env() -> Result<Client, Error> {
        Client::builder().env(ProcessEnv).build()
    }
}

/// Configures and builds a [`Client`]; see [`Client::builder`].
#[derive(Default)]
pub struct ClientBuilder {
    region: Option<String>,
    endpoints: Vec<String>,
    identity: Option<IdentitySource>,
    iam_endpoint: Option<String>,
    env: Option<SharedEnv>,
    algorithm: Option<Algorithm>,
    timeouts: Timeouts,
    retry: RetryPolicy,
    site: Option<Site>,
    language: Option<String>,
    time_zone: Option<String>,
    user_agent: Option<String>,
    http_client: Option<reqwest::Client>,
    no_proxy: bool,
    dry_run: Option<crate::dry_run::DryRun>,
    record: Option<(std::path::PathBuf, Redaction)>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoints", &self.endpoints)
            .field("identity", &self.identity)
            .field("iam_endpoint", &self.iam_endpoint)
            .field("algorithm", &self.algorithm)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The region; its endpoint comes from `HUAWEICLOUD_SDK_REGION_OSM_<REGION>`, the regions
    /// file, or [`region::REGIONS`](crate::region::REGIONS) (see [`crate::region`]). Ignored
    /// when endpoints are given (or `OSM_ENDPOINT` is set).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Adds an endpoint URL (e.g. `http://127.0.0.1:8080` for osm-sandbox). Several
    /// endpoints are tried in order: when one cannot be connected to, calls fail over to the
    /// next.
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.endpoints.push(url.into());
        self
    }

    /// Fixed AK/SK credentials to sign with. Without a domain id, it is looked up through IAM
    /// once (`GET /v3/auth/domains`, see [`iam_endpoint`](Self::iam_endpoint)).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.identity = Some(IdentitySource::Static(credentials));
        self
    }

    /// Where the identity comes from: any provider of osm-auth's (ECS metadata, CCE pod
    /// identity, OIDC federation, IAM password, a chain, ...) or your own; cached, shared by
    /// every call and refreshed ahead of expiry. An IAM token is sent as `X-Auth-Token`
    /// (unsigned); AK/SK sign the request.
    pub fn credentials_provider(mut self, provider: impl ProvideIdentity + 'static) -> Self {
        self.identity = Some(IdentitySource::Cache(IdentityCache::new(provider)));
        self
    }

    /// An identity cache shared with other clients (one refresh serves them all).
    pub fn identity_cache(mut self, cache: IdentityCache) -> Self {
        self.identity = Some(IdentitySource::Cache(cache));
        self
    }

    /// The IAM endpoint the default providers use (token exchange, domain-id lookup); default
    /// `HUAWEICLOUD_SDK_IAM_ENDPOINT`, or the credentials file's `iam_endpoint`, or the global
    /// IAM endpoint.
    pub fn iam_endpoint(mut self, url: impl Into<String>) -> Self {
        self.iam_endpoint = Some(url.into());
        self
    }

    /// Reads configuration from `env` (instead of leaving it to code): `OSM_ENDPOINT`,
    /// `OSM_REGION`/`HUAWEICLOUD_SDK_REGION` when not set in code, and the default credentials
    /// chain over `env`. Tests pass a map here instead of touching the process environment.
    pub fn env(mut self, env: impl Environment + 'static) -> Self {
        self.env = Some(SharedEnv(Arc::new(env)));
        self
    }

    /// The signing algorithm (default SDK-HMAC-SHA256). The asymmetric ones,
    /// SDK-ECDSA-P256-SHA256 and SDK-SM2-SM3, need the `asymmetric-signing` feature
    /// ([`build`](Self::build) says so otherwise).
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = Some(algorithm);
        self
    }

    /// All timeouts at once (see [`Timeouts`] for the defaults).
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Time allowed to establish a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// Time allowed for one attempt of an ordinary call (default 30 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// Time allowed for an ordinary call including retries (default 90 s).
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.operation = timeout;
        self
    }

    /// The retry policy (see [`RetryPolicy`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// `X-Site` sent with every call that does not set it.
    pub fn site(mut self, site: Site) -> Self {
        self.site = Some(site);
        self
    }

    /// `X-Language` (e.g. `en-us`) sent with every call that does not set it.
    pub fn language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }

    /// `X-Time-Zone` (e.g. `GMT+8`) sent with every call that does not set it.
    pub fn time_zone(mut self, time_zone: impl Into<String>) -> Self {
        self.time_zone = Some(time_zone.into());
        self
    }

    /// The `User-Agent` (default `osm-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Ignore `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` (by default they are honoured).
    pub fn no_proxy(mut self) -> Self {
        self.no_proxy = true;
        self
    }

    /// Use a caller-built `reqwest::Client` (its connect timeout, proxy, TLS and user agent
    /// then apply instead of this builder's). The one place reqwest shows in this API.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Records every request in `recording` instead of sending it: each is prepared and signed
    /// as for sending (secrets redacted in the recording) and answered locally with `200 {}`
    /// (see [`dry_run`](crate::dry_run)).
    pub fn dry_run(mut self, recording: crate::dry_run::DryRun) -> Self {
        self.dry_run = Some(recording);
        self
    }

    /// Records every exchange (request and answer) as a JSON line in the file at `path`
    /// (created or truncated when the client is built), with secrets and the access key
    /// removed — see [`record`](crate::record). Replay it with `osm-sandbox --replay FILE`.
    pub fn record_to(self, path: impl Into<std::path::PathBuf>) -> Self {
        self.record_with(path, Redaction::new())
    }

    /// [`record_to`](Self::record_to), removing also what `redaction` names (e.g.
    /// [`Redaction::personal`]).
    pub fn record_with(
        mut self,
        path: impl Into<std::path::PathBuf>,
        redaction: Redaction,
    ) -> Self {
        self.record = Some((path.into(), redaction));
        self
    }

    /// Builds the client. Fails (before any I/O) when the configuration is invalid.
    /// Credentials are fetched on the first call (and refreshed ahead of expiry); when there
    /// are none, that call fails with [`Error::Identity`] saying what each provider found,
    /// before anything is sent to OSM.
    pub fn build(self) -> Result<Client, Error> {
        self.timeouts.validate()?;
        let env_var = |name: &str| {
            self.env
                .as_ref()
                .and_then(|e| e.var(name))
                .filter(|v| !v.trim().is_empty())
        };
        let region = self
            .region
            .clone()
            .or_else(|| env_var(ENV_REGION))
            .or_else(|| env_var(ENV_SDK_REGION))
            .unwrap_or_else(|| DEFAULT_REGION.to_owned());
        let endpoints = if !self.endpoints.is_empty() {
            Endpoints::parse(&self.endpoints)?
        } else if let Some(list) = env_var(ENV_ENDPOINT) {
            Endpoints::parse(list.split(',').filter(|s| !s.trim().is_empty()))?
        } else {
            let env: &dyn Environment = match &self.env {
                Some(env) => env,
                None => &ProcessEnv,
            };
            Endpoints::parse(crate::region::endpoints(&region, env)?)?
        };

        let mut config = match &self.env {
            Some(env) => ProviderConfig::new().with_env(env.clone()),
            None => ProviderConfig::new(),
        };
        if let Some(url) = &self.iam_endpoint {
            config = config.with_iam_endpoint(url.clone());
        }
        let identity = match self.identity {
            Some(IdentitySource::Cache(cache)) => cache,
            Some(IdentitySource::Static(credentials)) => {
                IdentityCache::new(StaticIdentity::new(credentials).with_domain_lookup(config))
            }
            None => IdentityCache::new(IdentityChain::default_chain(config)),
        };

        let mut http_defaults = http::HeaderMap::new();
        let http = match self.http_client {
            Some(c) => c,
            None => {
                let user_agent = self.user_agent.as_deref().unwrap_or(USER_AGENT);
                // reqwest's own default, then ours: what a dry run shows
                http_defaults.insert(http::header::ACCEPT, http::HeaderValue::from_static("*/*"));
                if let Ok(v) = http::HeaderValue::from_str(user_agent) {
                    http_defaults.insert(http::header::USER_AGENT, v);
                }
                let mut b = osm_auth::tls::http_client_builder()
                    .map_err(|e| Error::Config(format!("the TLS configuration failed: {e}")))?
                    .connect_timeout(self.timeouts.connect)
                    .user_agent(user_agent);
                if self.no_proxy {
                    b = b.no_proxy();
                }
                b.build().map_err(|e| {
                    Error::Config(format!(
                        "could not build the HTTP client: {}",
                        crate::error::error_chain(&e)
                    ))
                })?
            }
        };

        let mut defaults = HeaderDefaults::default();
        if let Some(site) = self.site {
            defaults.set_site(site);
        }
        if let Some(l) = &self.language {
            defaults.set("x-language", l)?;
        }
        if let Some(tz) = &self.time_zone {
            defaults.set("x-time-zone", tz)?;
        }
        let algorithm = self.algorithm.unwrap_or(Algorithm::SdkHmacSha256);
        if algorithm.is_asymmetric() && !cfg!(feature = "asymmetric-signing") {
            return Err(Error::Config(format!(
                "the {algorithm} signing algorithm needs osm-client's `asymmetric-signing` \
                 feature; enable it in Cargo.toml or use SDK-HMAC-SHA256"
            )));
        }
        let signer = RequestSigner { algorithm, region };
        // the access key is scrubbed per exchange (it is the identity's, which may change)
        let recorder = match self.record {
            Some((path, redaction)) => Some(RecordFile::create(path, redaction)?),
            None => None,
        };
        let mut shared = Shared::new(
            identity,
            signer,
            endpoints,
            self.timeouts,
            self.retry,
            defaults,
        );
        shared.dry_run = self.dry_run;
        shared.http_defaults = http_defaults;
        shared.recorder = recorder;
        Ok(Client::from_parts(http, shared))
    }
}

/// Where a client's identity comes from (redacted in `Debug` by the types themselves).
#[derive(Debug)]
enum IdentitySource {
    Static(Credentials),
    Cache(IdentityCache),
}

/// An [`Environment`] that can be cloned into the credentials chain.
#[derive(Clone, Debug)]
struct SharedEnv(Arc<dyn Environment>);

impl Environment for SharedEnv {
    fn var(&self, name: &str) -> Option<String> {
        self.0.var(name)
    }

    fn home_dir(&self) -> Option<std::path::PathBuf> {
        self.0.home_dir()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn with(algorithm: Algorithm) -> Result<Client, Error> {
        Client::builder()
            .endpoint("http://127.0.0.1:1")
            .credentials(Credentials::new("AK", "SK").unwrap().with_domain_id("d"))
            .algorithm(algorithm)
            .build()
    }

    #[test]
    fn asymmetric_algorithms_follow_the_feature() {
        assert!(with(Algorithm::SdkHmacSm3).is_ok());
        for algorithm in [Algorithm::SdkEcdsaP256Sha256, Algorithm::SdkSm2Sm3] {
            let result = with(algorithm);
            if cfg!(feature = "asymmetric-signing") {
                assert!(result.is_ok(), "{algorithm}");
            } else {
                let err = result.map(|_| ()).unwrap_err();
                assert!(matches!(err, Error::Config(_)), "{err:?}");
                assert!(err.to_string().contains("asymmetric-signing"), "{err}");
            }
        }
    }
}
