//! `HUAWEICLOUD_SDK_*` environment variables.

use std::path::PathBuf;

use super::federation::federate;
use super::password::{Password, password_token};
use super::{
    ENV_DOMAIN_NAME, ENV_ID_TOKEN_FILE, ENV_IDP_ID, ENV_PASSWORD, ENV_PASSWORD_FILE, ENV_USER_NAME,
};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};
use crate::provider::{ENV_AK, ENV_DOMAIN_ID, ENV_SECURITY_TOKEN, ENV_SK};
use crate::{Credentials, SecretString};

const NAME: &str = "environment";

/// Reads the environment as the official SDKs do, then osm-rs's password variables:
/// 1. `HUAWEICLOUD_SDK_IDP_ID` + `HUAWEICLOUD_SDK_ID_TOKEN_FILE`: OIDC federation;
/// 2. `HUAWEICLOUD_SDK_AK` + `_SK` (+ `_SECURITY_TOKEN`, `_DOMAIN_ID`): AK/SK, the domain id
///    looked up through IAM when unset;
/// 3. `HUAWEICLOUD_SDK_DOMAIN_NAME` + `_USER_NAME` + `_PASSWORD` or `_PASSWORD_FILE`: an IAM
///    user token.
///
/// Nothing set is "not configured"; half of a pair is an error naming the missing variable.
#[derive(Debug, Clone)]
pub struct EnvIdentityProvider {
    cfg: ProviderConfig,
}

impl EnvIdentityProvider {
    /// Reads the environment of `config`.
    pub fn new(config: ProviderConfig) -> Self {
        Self { cfg: config }
    }

    async fn provide(&self) -> Result<Identity, IdentityError> {
        let var = |n: &str| self.cfg.var(n);
        let invalid = |detail: String| IdentityError::Invalid {
            provider: NAME,
            detail,
        };
        match (var(ENV_IDP_ID), var(ENV_ID_TOKEN_FILE)) {
            (Some(idp), Some(file)) => {
                return federate(&self.cfg, NAME, None, &idp, &PathBuf::from(file)).await;
            }
            (Some(_), None) => {
                return Err(invalid(format!(
                    "{ENV_IDP_ID} is set but {ENV_ID_TOKEN_FILE} is not; set both for OIDC federation"
                )));
            }
            (None, Some(_)) => {
                return Err(invalid(format!(
                    "{ENV_ID_TOKEN_FILE} is set but {ENV_IDP_ID} is not; set both for OIDC federation"
                )));
            }
            (None, None) => {}
        }
        match (
            var(ENV_AK),
            self.cfg.env.var(ENV_SK).filter(|s| !s.trim().is_empty()),
        ) {
            (Some(ak), Some(sk)) => {
                let mut c = Credentials::new(ak, SecretString::new(sk.trim()))
                    .map_err(|e| invalid(format!("{ENV_AK}/{ENV_SK}: {e}")))?;
                if let Some(t) = var(ENV_SECURITY_TOKEN) {
                    c = c.with_security_token(t);
                }
                if let Some(d) = var(ENV_DOMAIN_ID) {
                    c = c.with_domain_id(d);
                }
                return Ok(Identity::AkSk(self.cfg.resolve_domain_id(c, None).await?));
            }
            (Some(_), None) => {
                return Err(invalid(format!(
                    "{ENV_AK} is set but {ENV_SK} is not; set both"
                )));
            }
            (None, Some(_)) => {
                return Err(invalid(format!(
                    "{ENV_SK} is set but {ENV_AK} is not; set both"
                )));
            }
            (None, None) => {}
        }
        let password = match (var(ENV_PASSWORD_FILE), self.cfg.env.var(ENV_PASSWORD)) {
            (Some(f), _) => Some(Password::File(PathBuf::from(f))),
            (None, Some(p)) if !p.is_empty() => Some(Password::Value(SecretString::new(p))),
            _ => None,
        };
        match (var(ENV_DOMAIN_NAME), var(ENV_USER_NAME), password) {
            (None, None, None) => Err(IdentityError::NotConfigured {
                provider: NAME,
                detail: format!(
                    "none of {ENV_AK}/{ENV_SK}, {ENV_IDP_ID}/{ENV_ID_TOKEN_FILE} or {ENV_DOMAIN_NAME}/{ENV_USER_NAME}/{ENV_PASSWORD_FILE} is set"
                ),
            }),
            (Some(domain), Some(user), Some(password)) => {
                password_token(&self.cfg, NAME, None, &domain, &user, &password).await
            }
            (domain, user, password) => {
                let missing: Vec<&str> = [
                    (domain.is_none(), ENV_DOMAIN_NAME),
                    (user.is_none(), ENV_USER_NAME),
                    (
                        password.is_none(),
                        "HUAWEICLOUD_SDK_PASSWORD_FILE (or _PASSWORD)",
                    ),
                ]
                .into_iter()
                .filter_map(|(m, n)| m.then_some(n))
                .collect();
                Err(invalid(format!(
                    "IAM password authentication needs {ENV_DOMAIN_NAME}, {ENV_USER_NAME} and a password; missing {}",
                    missing.join(", ")
                )))
            }
        }
    }
}

impl ProvideIdentity for EnvIdentityProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(self.provide())
    }
}
