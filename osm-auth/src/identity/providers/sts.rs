//! OIDC through STS, as Python `huaweicloudsdkcore` 3.1.219's `OidcStsCredentialProvider`
//! (first in its chain) does: `POST {sts}/v5/agencies/assume-with-oidc` with the id token, the
//! identity provider's and the agency's URNs → temporary AK/SK.

use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

use super::read_secret_file;
use crate::SecretString;
use crate::identity::http::{Call, temporary_credentials};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};

/// Environment variable with the identity provider's URN (official, Python SDK).
pub const ENV_OIDC_PROVIDER_URN: &str = "HUAWEICLOUD_OIDC_PROVIDER_URN";
/// Environment variable with the agency's URN (official, Python SDK).
pub const ENV_OIDC_AGENCY_URN: &str = "HUAWEICLOUD_OIDC_AGENCY_URN";
/// Environment variable with the id token itself (official, Python SDK).
pub const ENV_OIDC_ID_TOKEN: &str = "HUAWEICLOUD_OIDC_ID_TOKEN";
/// Environment variable with the path of the id token file (official, Python SDK).
pub const ENV_OIDC_TOKEN_FILE: &str = "HUAWEICLOUD_OIDC_TOKEN_FILE";
/// Environment variable with the session name (official; default `oidc-sts-session`).
pub const ENV_OIDC_SESSION_NAME: &str = "HUAWEICLOUD_OIDC_SESSION_NAME";
/// Environment variable with the lifetime in seconds (official; default 3600).
pub const ENV_OIDC_DURATION_SECONDS: &str = "HUAWEICLOUD_OIDC_DURATION_SECONDS";
/// Environment variable with an inline session policy (official).
pub const ENV_OIDC_POLICY: &str = "HUAWEICLOUD_OIDC_POLICY";
/// Environment variable with comma-separated session policy ids (official).
pub const ENV_OIDC_POLICY_IDS: &str = "HUAWEICLOUD_OIDC_POLICY_IDS";
/// Environment variable overriding the STS endpoint (official).
pub const ENV_STS_ENDPOINT: &str = "HUAWEICLOUD_SDK_STS_ENDPOINT";
/// The official SDK's default STS endpoint.
pub const DEFAULT_STS_ENDPOINT: &str = "https://sts.cn-north-4.myhuaweicloud.com";

const ASSUME_AGENCY_WITH_OIDC: &str = "/v5/agencies/assume-with-oidc";
const DEFAULT_SESSION_NAME: &str = "oidc-sts-session";
const DEFAULT_DURATION_SECONDS: u64 = 3600;
const TIMEOUT: Duration = Duration::from_secs(30);
const NAME: &str = "OIDC STS";

#[derive(Serialize)]
struct Payload<'a> {
    provider_urn: &'a str,
    agency_urn: &'a str,
    agency_session_name: &'a str,
    id_token: &'a str,
    duration_seconds: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy_ids: Option<Vec<&'a str>>,
}

/// Temporary AK/SK from STS for an OIDC id token, configured by the `HUAWEICLOUD_OIDC_*`
/// variables (read at every load): provider and agency URN and a token (inline or file) are
/// required; when neither URN is set the provider is "not configured". The STS endpoint is
/// [`ProviderConfig::with_sts_endpoint`], else `HUAWEICLOUD_SDK_STS_ENDPOINT`, else
/// [`DEFAULT_STS_ENDPOINT`]. The request is not signed (there are no credentials yet).
#[derive(Debug, Clone)]
pub struct OidcStsProvider {
    cfg: ProviderConfig,
}

impl OidcStsProvider {
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
        let (provider_urn, agency_urn) =
            match (var(ENV_OIDC_PROVIDER_URN), var(ENV_OIDC_AGENCY_URN)) {
                (Some(p), Some(a)) => (p, a),
                (None, None) => {
                    return Err(IdentityError::NotConfigured {
                        provider: NAME,
                        detail: format!(
                            "{ENV_OIDC_PROVIDER_URN} and {ENV_OIDC_AGENCY_URN} are not set"
                        ),
                    });
                }
                (p, _) => {
                    let missing = if p.is_none() {
                        ENV_OIDC_PROVIDER_URN
                    } else {
                        ENV_OIDC_AGENCY_URN
                    };
                    return Err(invalid(format!("missing required env var {missing}")));
                }
            };
        let id_token = match (var(ENV_OIDC_ID_TOKEN), var(ENV_OIDC_TOKEN_FILE)) {
            (Some(t), _) => SecretString::new(t),
            (None, Some(f)) => read_secret_file(NAME, "id token", &PathBuf::from(f)).await?,
            (None, None) => {
                return Err(invalid(format!(
                    "missing required env var {ENV_OIDC_ID_TOKEN} or {ENV_OIDC_TOKEN_FILE}"
                )));
            }
        };
        let session = var(ENV_OIDC_SESSION_NAME).unwrap_or_else(|| DEFAULT_SESSION_NAME.to_owned());
        let duration = match var(ENV_OIDC_DURATION_SECONDS) {
            Some(d) => d.parse::<u64>().map_err(|_| {
                invalid(format!(
                    "{ENV_OIDC_DURATION_SECONDS} must be a number of seconds, not {d:?}"
                ))
            })?,
            None => DEFAULT_DURATION_SECONDS,
        };
        let policy = var(ENV_OIDC_POLICY);
        let policy_ids = var(ENV_OIDC_POLICY_IDS);
        let policy_ids: Option<Vec<&str>> = policy_ids.as_deref().map(|ids| {
            ids.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        });
        let body = serde_json::to_vec(&Payload {
            provider_urn: &provider_urn,
            agency_urn: &agency_urn,
            agency_session_name: &session,
            id_token: id_token.expose_secret(),
            duration_seconds: duration,
            policy: policy.as_deref(),
            policy_ids: policy_ids.filter(|v| !v.is_empty()),
        })
        .map_err(|e| invalid(format!("cannot encode the request: {e}")))?;
        let url = format!("{}{ASSUME_AGENCY_WITH_OIDC}", self.cfg.sts_endpoint());
        let call = Call::new(NAME, &url, TIMEOUT);
        let req = self
            .cfg
            .http(NAME)?
            .post(&url)
            .header("Content-Type", "application/json;charset=UTF-8")
            .body(body);
        let answer = call.send(req).await?.into_ok()?;
        let credentials = temporary_credentials(&call, &answer.bytes)?;
        Ok(Identity::AkSk(
            self.cfg.resolve_domain_id(credentials, None).await?,
        ))
    }
}

impl ProvideIdentity for OidcStsProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(self.provide())
    }
}
