//! Building a [`Client`]: endpoints, credentials, signing, timeouts, retries, defaults.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use osm_auth::{
    Algorithm, ChainProvider, Credentials, Environment, ProcessEnv, ProvideCredentials,
    StaticProvider,
};

use crate::Client;
use crate::config::{DEFAULT_REGION, Endpoints, HeaderDefaults, Timeouts, region_endpoint};
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
    /// A builder with the defaults: region `cn-south-1`, credentials from osm-auth's
    /// default chain (`HUAWEICLOUD_SDK_*` variables, then the credentials file), SDK-HMAC-SHA256
    /// signing, [`Timeouts::default`], [`RetryPolicy::default`].
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
    provider: Option<Box<dyn ProvideCredentials>>,
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
    record: Option<(std::path::PathBuf, Redaction)>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoints", &self.endpoints)
            .field("provider", &self.provider)
            .field("algorithm", &self.algorithm)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The region; the endpoint becomes `https://osm.<region>.myhuaweicloud.com` (any region
    /// string is accepted). Ignored when endpoints are given.
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

    /// The credentials to sign with (they must carry the account's domain id).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.provider = Some(Box::new(StaticProvider::new(credentials)));
        self
    }

    /// A credentials provider, asked once when the client is built.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.provider = Some(Box::new(provider));
        self
    }

    /// Reads configuration from `env` (instead of leaving it to code): `OSM_ENDPOINT`,
    /// `OSM_REGION`/`HUAWEICLOUD_SDK_REGION` when not set in code, and the default credentials
    /// chain over `env`. Tests pass a map here instead of touching the process environment.
    pub fn env(mut self, env: impl Environment + 'static) -> Self {
        self.env = Some(SharedEnv(Arc::new(env)));
        self
    }

    /// The signing algorithm (default SDK-HMAC-SHA256).
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

    /// Builds the client. Fails (before any I/O) when the configuration is invalid or no
    /// usable credentials are found.
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
            Endpoints::parse([region_endpoint(&region)])?
        };

        let credentials = match &self.provider {
            Some(p) => p.provide(),
            None => match &self.env {
                Some(env) => ChainProvider::default_chain(env.clone()).provide(),
                None => ChainProvider::from_process().provide(),
            },
        }
        .map_err(|e| Error::Credentials(e.to_string()))?;
        credentials
            .require_domain_id(
                "the credentials",
                "HUAWEICLOUD_SDK_DOMAIN_ID or Credentials::with_domain_id",
            )
            .map_err(|e| Error::Credentials(e.to_string()))?;

        let http = match self.http_client {
            Some(c) => c,
            None => {
                let mut b = reqwest::Client::builder()
                    .connect_timeout(self.timeouts.connect)
                    .user_agent(self.user_agent.as_deref().unwrap_or(USER_AGENT));
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
        let signer = RequestSigner {
            credentials,
            algorithm: self.algorithm.unwrap_or(Algorithm::SdkHmacSha256),
            region,
        };
        let recorder = match self.record {
            Some((path, redaction)) => Some(RecordFile::create(
                path,
                redaction.scrub(signer.credentials.access_key()),
            )?),
            None => None,
        };
        let mut shared = Shared::new(signer, endpoints, self.timeouts, self.retry, defaults);
        shared.recorder = recorder;
        Ok(Client::from_parts(http, shared))
    }
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
