//! ECS metadata: temporary AK/SK of the instance's agency, as the official SDKs'
//! `MetadataAccessor` fetches them (a session token first when the service offers one).

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use crate::SecretString;
use crate::identity::http::{Answer, Call, temporary_credentials};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};

/// The ECS metadata service.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://169.254.169.254";
const GET_TOKEN_PATH: &str = "/meta-data/latest/api/token";
const GET_SECURITY_KEY_PATH: &str = "/openstack/latest/securitykey";
const X_METADATA_TOKEN: &str = "X-Metadata-Token";
const X_METADATA_TOKEN_TTL_SECONDS: &str = "X-Metadata-Token-Ttl-Seconds";
const CONFIG_AGENCY_ERROR: &str = "Please configure Cloud Service Agency first";
const TOKEN_TTL_SECONDS: u64 = 6 * 60 * 60;
const CHECK_TOKEN_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
/// The official SDKs' 3 s (connect and read).
const TIMEOUT: Duration = Duration::from_secs(3);
pub(super) const NAME: &str = "ECS metadata";

#[derive(Debug, Default)]
struct Session {
    token: Option<SecretString>,
    last_call: Option<SystemTime>,
}

/// Temporary AK/SK, security token and expiry from the ECS metadata service (an agency
/// must be attached to the instance). The domain id is looked up through IAM unless given.
///
/// Outside ECS the service does not answer: that is "not configured" (after at most 3 s),
/// so a chain goes on.
#[derive(Debug)]
pub struct EcsMetadataProvider {
    cfg: ProviderConfig,
    endpoint: String,
    domain_id: Option<String>,
    timeout: Duration,
    session: Mutex<Session>,
}

impl EcsMetadataProvider {
    /// The metadata service of `config` (default [`DEFAULT_METADATA_ENDPOINT`]).
    pub fn new(config: ProviderConfig) -> Self {
        let endpoint = config
            .metadata_endpoint
            .clone()
            .unwrap_or_else(|| DEFAULT_METADATA_ENDPOINT.to_owned());
        Self {
            cfg: config,
            endpoint: endpoint.trim_end_matches('/').to_owned(),
            domain_id: None,
            timeout: TIMEOUT,
            session: Mutex::new(Session::default()),
        }
    }

    /// Another metadata endpoint (tests).
    #[must_use]
    pub fn with_endpoint(mut self, endpoint: &str) -> Self {
        self.endpoint = endpoint.trim_end_matches('/').to_owned();
        self
    }

    /// Time allowed for each call to the service (default 3 s, the official SDKs').
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The account's domain id (skips the IAM lookup).
    #[must_use]
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        self.domain_id = Some(domain_id.into());
        self
    }

    fn session(&self) -> std::sync::MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// `_try_update_token`: 200 stores the token; 404/405/503 mean "no token service" (an
    /// error only when `must`); anything else is an error.
    async fn update_token(&self, must: bool) -> Result<(), IdentityError> {
        self.session().last_call = Some(self.cfg.time.now());
        let url = format!("{}{GET_TOKEN_PATH}", self.endpoint);
        let call = Call::new(NAME, &url, self.timeout);
        let req = self
            .cfg
            .local_http(NAME)?
            .put(&url)
            .header(X_METADATA_TOKEN_TTL_SECONDS, TOKEN_TTL_SECONDS.to_string());
        let answer = match call.send(req).await {
            Ok(a) => a,
            Err(IdentityError::Unreachable {
                detail, timed_out, ..
            }) if !must => {
                return Err(IdentityError::NotConfigured {
                    provider: NAME,
                    detail: format!(
                        "no metadata service at {} ({}: {detail}); not on ECS?",
                        self.endpoint,
                        if timed_out {
                            "timed out"
                        } else {
                            "unreachable"
                        }
                    ),
                });
            }
            Err(e) => return Err(e),
        };
        match answer.status {
            200 => {
                let token = answer.text().trim().to_owned();
                self.session().token = (!token.is_empty()).then(|| SecretString::new(token));
                Ok(())
            }
            404 | 405 | 503 if !must => {
                self.session().token = None;
                Ok(())
            }
            _ => Err(answer.rejected("")),
        }
    }

    async fn get_security_key(&self) -> Result<Answer, IdentityError> {
        let url = format!("{}{GET_SECURITY_KEY_PATH}", self.endpoint);
        let call = Call::new(NAME, &url, self.timeout);
        let mut req = self.cfg.local_http(NAME)?.get(&url);
        if let Some(t) = self.session().token.clone() {
            let mut v = reqwest::header::HeaderValue::from_str(t.expose_secret())
                .map_err(|_| call.bad("the metadata session token is not a valid header value"))?;
            v.set_sensitive(true);
            req = req.header(X_METADATA_TOKEN, v);
        }
        call.send(req).await
    }

    async fn provide(&self) -> Result<Identity, IdentityError> {
        let (no_token, stale) = {
            let s = self.session();
            let stale = s.last_call.is_none_or(|t| {
                self.cfg
                    .time
                    .now()
                    .duration_since(t)
                    .is_ok_and(|d| d > CHECK_TOKEN_AFTER)
            });
            (s.token.is_none(), stale)
        };
        if no_token && stale {
            self.update_token(false).await?;
        }
        let mut answer = self.get_security_key().await?;
        if answer.status == 401 && !answer.text().contains(CONFIG_AGENCY_ERROR) {
            // the session token expired or is required: get one and try once more
            self.update_token(true).await?;
            answer = self.get_security_key().await?;
        }
        if answer.status >= 400 && answer.text().contains(CONFIG_AGENCY_ERROR) {
            return Err(answer.rejected(
                " (attach an agency to the ECS instance: console > ECS > instance > Agency)",
            ));
        }
        let answer = answer.into_ok()?;
        let call = Call::new(
            NAME,
            &format!("{}{GET_SECURITY_KEY_PATH}", self.endpoint),
            self.timeout,
        );
        let mut credentials = temporary_credentials(&call, &answer.bytes)?;
        if let Some(d) = &self.domain_id {
            credentials = credentials.with_domain_id(d.clone());
        }
        Ok(Identity::AkSk(
            self.cfg.resolve_domain_id(credentials, None).await?,
        ))
    }
}

impl ProvideIdentity for EcsMetadataProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(self.provide())
    }
}
