//! CCE pod identity: `POST $HC_CONTAINER_CREDENTIALS_FULL_URI` with the token of
//! `$HC_CONTAINER_AUTHORIZATION_TOKEN_FILE` as `Authorization` (`PodIdentityAccessor`).

use std::path::PathBuf;
use std::time::Duration;

use super::read_secret_file;
use crate::identity::http::{Call, temporary_credentials};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};

/// Environment variable with the pod-identity credentials URL (set by CCE).
pub const ENV_POD_CREDENTIALS_URI: &str = "HC_CONTAINER_CREDENTIALS_FULL_URI";
/// Environment variable with the path of the pod's authorization token (set by CCE).
pub const ENV_POD_TOKEN_FILE: &str = "HC_CONTAINER_AUTHORIZATION_TOKEN_FILE";
/// The official SDK's `timeout=(5, 5)`: 5 s to connect, 5 s to read.
const TIMEOUT: Duration = Duration::from_secs(10);
const NAME: &str = "pod identity";

/// Temporary AK/SK of the agency bound to the pod's service account. The token file is
/// re-read on every refresh (the kubelet rotates it).
#[derive(Debug, Clone)]
pub struct PodIdentityProvider {
    cfg: ProviderConfig,
    timeout: Duration,
}

impl PodIdentityProvider {
    /// Reads the two variables from the environment of `config` on every load.
    pub fn new(config: ProviderConfig) -> Self {
        Self {
            cfg: config,
            timeout: TIMEOUT,
        }
    }

    /// Time allowed for the call (default 10 s: the official SDK's 5 s to connect plus 5 s
    /// to read).
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    async fn provide(&self) -> Result<Identity, IdentityError> {
        let (uri, file) = match (
            self.cfg.var(ENV_POD_CREDENTIALS_URI),
            self.cfg.var(ENV_POD_TOKEN_FILE),
        ) {
            (Some(u), Some(f)) => (u, PathBuf::from(f)),
            (None, None) => {
                return Err(IdentityError::NotConfigured {
                    provider: NAME,
                    detail: format!(
                        "{ENV_POD_CREDENTIALS_URI} and {ENV_POD_TOKEN_FILE} are not set"
                    ),
                });
            }
            (u, _) => {
                let (set, unset) = if u.is_some() {
                    (ENV_POD_CREDENTIALS_URI, ENV_POD_TOKEN_FILE)
                } else {
                    (ENV_POD_TOKEN_FILE, ENV_POD_CREDENTIALS_URI)
                };
                return Err(IdentityError::Invalid {
                    provider: NAME,
                    detail: format!(
                        "{set} is set but {unset} is not; both must be set when using pod identity"
                    ),
                });
            }
        };
        let token = read_secret_file(NAME, "authorization token", &file).await?;
        let call = Call::new(NAME, &uri, self.timeout);
        let mut authorization = reqwest::header::HeaderValue::from_str(token.expose_secret())
            .map_err(|_| IdentityError::Invalid {
                provider: NAME,
                detail: format!(
                    "the authorization token in {} is not a valid header value",
                    file.display()
                ),
            })?;
        authorization.set_sensitive(true);
        let req = self
            .cfg
            .local_http(NAME)?
            .post(&uri)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .body("{}");
        let answer = call.send(req).await?.into_ok()?;
        let credentials = temporary_credentials(&call, &answer.bytes)?;
        Ok(Identity::AkSk(
            self.cfg.resolve_domain_id(credentials, None).await?,
        ))
    }
}

impl ProvideIdentity for PodIdentityProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(self.provide())
    }
}
