//! The providers: static, environment, credentials file, ECS metadata, pod identity, OIDC
//! federation, IAM password, and the default chain.

mod env;
mod federation;
mod metadata;
mod password;
mod pod;
mod profile;
mod sts;

use std::path::Path;

pub use env::EnvIdentityProvider;
pub use federation::OidcFederationProvider;
pub use metadata::{DEFAULT_METADATA_ENDPOINT, EcsMetadataProvider};
pub use password::IamPasswordProvider;
pub use pod::{ENV_POD_CREDENTIALS_URI, ENV_POD_TOKEN_FILE, PodIdentityProvider};
pub use profile::{ENV_PROFILE, ProfileIdentityProvider};
pub use sts::{
    DEFAULT_STS_ENDPOINT, ENV_OIDC_AGENCY_URN, ENV_OIDC_DURATION_SECONDS, ENV_OIDC_ID_TOKEN,
    ENV_OIDC_POLICY, ENV_OIDC_POLICY_IDS, ENV_OIDC_PROVIDER_URN, ENV_OIDC_SESSION_NAME,
    ENV_OIDC_TOKEN_FILE, ENV_STS_ENDPOINT, OidcStsProvider,
};

use super::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};
use crate::SecretString;

/// Environment variable with the identity provider id for OIDC federation (official).
pub const ENV_IDP_ID: &str = "HUAWEICLOUD_SDK_IDP_ID";
/// Environment variable with the path of the OIDC id token file (official).
pub const ENV_ID_TOKEN_FILE: &str = "HUAWEICLOUD_SDK_ID_TOKEN_FILE";
/// Environment variable with the account (domain) name for IAM password authentication
/// (osm-rs; the official SDKs have no password provider).
pub const ENV_DOMAIN_NAME: &str = "HUAWEICLOUD_SDK_DOMAIN_NAME";
/// Environment variable with the IAM user name for password authentication (osm-rs).
pub const ENV_USER_NAME: &str = "HUAWEICLOUD_SDK_USER_NAME";
/// Environment variable with the IAM user's password (osm-rs; prefer the file variant).
pub const ENV_PASSWORD: &str = "HUAWEICLOUD_SDK_PASSWORD";
/// Environment variable with the path of a file holding the IAM user's password (osm-rs).
pub const ENV_PASSWORD_FILE: &str = "HUAWEICLOUD_SDK_PASSWORD_FILE";

/// Largest secret file read (id token, pod token, password).
const MAX_SECRET_FILE: u64 = 64 * 1024;

/// Reads a small secret file (without blocking the runtime), trimmed; missing, unreadable,
/// too large or empty is [`IdentityError::Invalid`] naming `what` and the path.
pub(crate) async fn read_secret_file(
    provider: &'static str,
    what: &str,
    path: &Path,
) -> Result<SecretString, IdentityError> {
    let invalid = |detail: String| IdentityError::Invalid { provider, detail };
    let shown = path.display();
    let meta = tokio::fs::metadata(path)
        .await
        .map_err(|e| invalid(format!("cannot read the {what} file {shown}: {e}")))?;
    if meta.len() > MAX_SECRET_FILE {
        return Err(invalid(format!(
            "the {what} file {shown} is larger than {MAX_SECRET_FILE} bytes; is it the right file?"
        )));
    }
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|e| invalid(format!("cannot read the {what} file {shown}: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| invalid(format!("the {what} file {shown} is not UTF-8 text")))?;
    let secret = SecretString::new(text.trim());
    drop(zeroize::Zeroizing::new(text));
    if secret.is_empty() {
        return Err(invalid(format!("the {what} file {shown} is empty")));
    }
    Ok(secret)
}

/// An identity given in code. AK/SK without a domain id are returned as they are, unless
/// [`StaticIdentity::with_domain_lookup`] asks IAM for it.
#[derive(Debug, Clone)]
pub struct StaticIdentity {
    identity: Identity,
    lookup: Option<ProviderConfig>,
}

impl StaticIdentity {
    /// Provides `identity` (AK/SK or an IAM token).
    pub fn new(identity: impl Into<Identity>) -> Self {
        Self {
            identity: identity.into(),
            lookup: None,
        }
    }

    /// Looks a missing domain id up through IAM with `config`.
    #[must_use]
    pub fn with_domain_lookup(mut self, config: ProviderConfig) -> Self {
        self.lookup = Some(config);
        self
    }
}

impl ProvideIdentity for StaticIdentity {
    fn name(&self) -> &'static str {
        "explicit credentials"
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(async move {
            match (&self.identity, &self.lookup) {
                (Identity::AkSk(c), Some(cfg)) => Ok(Identity::AkSk(
                    cfg.resolve_domain_id(c.clone(), None).await?,
                )),
                (identity, _) => Ok(identity.clone()),
            }
        })
    }
}

/// Tries providers in order: one that is not configured is skipped, the first that is
/// configured answers (with an identity or its error); when none is configured the error
/// lists what each one said. The chain is walked again on every load.
#[derive(Debug)]
pub struct IdentityChain {
    providers: Vec<Box<dyn ProvideIdentity>>,
}

impl IdentityChain {
    /// A chain of `providers`, tried in order.
    pub fn new(providers: Vec<Box<dyn ProvideIdentity>>) -> Self {
        Self { providers }
    }

    /// The default chain: OIDC through STS → environment → credentials file → pod identity
    /// → ECS metadata.
    ///
    /// The official Python SDK (3.1.219) tries OIDC STS → environment → profile → metadata
    /// → pod identity; the Go SDK environment → profile → metadata. Pod identity comes before
    /// metadata here on purpose: it is configured explicitly (CCE injects its variables only
    /// into pods bound to an agency), whereas the node's metadata service is reachable from
    /// most pods and would hand out the *node's* agency instead of the pod's.
    pub fn default_chain(config: ProviderConfig) -> Self {
        Self::new(vec![
            Box::new(OidcStsProvider::new(config.clone())),
            Box::new(EnvIdentityProvider::new(config.clone())),
            Box::new(ProfileIdentityProvider::new(config.clone())),
            Box::new(PodIdentityProvider::new(config.clone())),
            Box::new(EcsMetadataProvider::new(config)),
        ])
    }
}

impl ProvideIdentity for IdentityChain {
    fn name(&self) -> &'static str {
        "default chain"
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(async move {
            let mut errors = Vec::new();
            for p in &self.providers {
                match p.provide_identity().await {
                    Ok(identity) => return Ok(identity),
                    Err(e) if e.is_not_configured() => errors.push(e),
                    Err(e) => return Err(e),
                }
            }
            Err(IdentityError::ChainExhausted(errors))
        })
    }
}
