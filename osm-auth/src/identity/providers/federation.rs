//! OIDC federation as the official SDKs do it (`FederalAccessor`): the id token is exchanged
//! for an unscoped IAM token (`POST /v3.0/OS-AUTH/id-token/tokens` with `X-Idp-Id`), which is
//! exchanged for temporary AK/SK (`POST /v3.0/OS-CREDENTIAL/securitytokens`, 6 hours).

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::read_secret_file;
use crate::identity::http::{Call, temporary_credentials};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};

const CREATE_TOKEN_BY_ID_TOKEN: &str = "/v3.0/OS-AUTH/id-token/tokens";
const CREATE_TEMPORARY_ACCESS_KEY_BY_TOKEN: &str = "/v3.0/OS-CREDENTIAL/securitytokens";
/// The official SDKs' `_DEFAULT_DURATION_SECONDS` of the temporary AK/SK.
const DURATION_SECONDS: u64 = 6 * 60 * 60;
const TIMEOUT: Duration = Duration::from_secs(30);
const NAME: &str = "OIDC federation";

#[derive(Serialize)]
struct IdTokenRequest<'a> {
    auth: IdTokenAuth<'a>,
}
#[derive(Serialize)]
struct IdTokenAuth<'a> {
    id_token: IdRef<'a>,
}
#[derive(Serialize)]
struct IdRef<'a> {
    id: &'a str,
}
#[derive(Serialize)]
struct SecurityTokenRequest<'a> {
    auth: SecurityTokenAuth<'a>,
}
#[derive(Serialize)]
struct SecurityTokenAuth<'a> {
    identity: TokenIdentity<'a>,
}
#[derive(Serialize)]
struct TokenIdentity<'a> {
    methods: [&'static str; 1],
    token: TokenRef<'a>,
}
#[derive(Serialize)]
struct TokenRef<'a> {
    id: &'a str,
    duration_seconds: u64,
}

fn encode_error(provider: &'static str, e: &serde_json::Error) -> IdentityError {
    IdentityError::Invalid {
        provider,
        detail: format!("cannot encode the request: {e}"),
    }
}

#[derive(Deserialize)]
struct TokenBody {
    token: Option<TokenInfo>,
}
#[derive(Deserialize)]
struct TokenInfo {
    user: Option<User>,
}
#[derive(Deserialize)]
struct User {
    domain: Option<Domain>,
}
#[derive(Deserialize)]
struct Domain {
    id: Option<String>,
}

/// The federation exchange for `provider` (whose name goes into errors).
pub(crate) async fn federate(
    cfg: &ProviderConfig,
    provider: &'static str,
    iam_endpoint: Option<&str>,
    idp_id: &str,
    id_token_file: &std::path::Path,
) -> Result<Identity, IdentityError> {
    let id_token = read_secret_file(provider, "id token", id_token_file).await?;
    let iam = iam_endpoint
        .map(|e| e.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| cfg.iam_endpoint());

    let url = format!("{iam}{CREATE_TOKEN_BY_ID_TOKEN}");
    let call = Call::new(provider, &url, TIMEOUT);
    let body = serde_json::to_vec(&IdTokenRequest {
        auth: IdTokenAuth {
            id_token: IdRef {
                id: id_token.expose_secret(),
            },
        },
    })
    .map_err(|e| encode_error(provider, &e))?;
    let req = cfg
        .http(provider)?
        .post(&url)
        .header("X-Idp-Id", idp_id)
        .header("Content-Type", "application/json;charset=UTF-8")
        .body(body);
    let answer = call.send(req).await?.into_ok().map_err(|e| {
        hint(
            e,
            " (check the identity provider id and that the id token is current)",
        )
    })?;
    let Some(unscoped) = answer
        .header("x-subject-token")
        .map(|t| zeroize::Zeroizing::new(t.to_owned()))
    else {
        return Err(call.bad("no X-Subject-Token header (the unscoped token)"));
    };
    let domain_id = serde_json::from_slice::<TokenBody>(&answer.bytes)
        .ok()
        .and_then(|b| b.token?.user?.domain?.id)
        .filter(|d| !d.trim().is_empty());

    let url = format!("{iam}{CREATE_TEMPORARY_ACCESS_KEY_BY_TOKEN}");
    let call = Call::new(provider, &url, TIMEOUT);
    let body = serde_json::to_vec(&SecurityTokenRequest {
        auth: SecurityTokenAuth {
            identity: TokenIdentity {
                methods: ["token"],
                token: TokenRef {
                    id: unscoped.as_str(),
                    duration_seconds: DURATION_SECONDS,
                },
            },
        },
    })
    .map_err(|e| encode_error(provider, &e))?;
    let req = cfg
        .http(provider)?
        .post(&url)
        .header("Content-Type", "application/json;charset=UTF-8")
        .body(body);
    let answer = call.send(req).await?.into_ok()?;
    let mut credentials = temporary_credentials(&call, &answer.bytes)?;
    if let Some(d) = domain_id {
        credentials = credentials.with_domain_id(d);
    }
    Ok(Identity::AkSk(
        cfg.resolve_domain_id(credentials, Some(&iam)).await?,
    ))
}

fn hint(e: IdentityError, hint: &str) -> IdentityError {
    match e {
        IdentityError::Rejected {
            provider,
            url,
            status,
            message,
            trace_id,
        } if status == 400 || status == 401 || status == 403 => IdentityError::Rejected {
            provider,
            url,
            status,
            message: format!("{message}{hint}"),
            trace_id,
        },
        e => e,
    }
}

/// Temporary AK/SK from an OIDC id token (e.g. a Kubernetes service-account token): the
/// file is re-read on every refresh, so a rotated token is picked up.
#[derive(Debug, Clone)]
pub struct OidcFederationProvider {
    cfg: ProviderConfig,
    idp_id: String,
    id_token_file: PathBuf,
    iam_endpoint: Option<String>,
}

impl OidcFederationProvider {
    /// Federation through identity provider `idp_id` with the id token in `id_token_file`.
    pub fn new(
        config: ProviderConfig,
        idp_id: impl Into<String>,
        id_token_file: impl Into<PathBuf>,
    ) -> Self {
        Self {
            cfg: config,
            idp_id: idp_id.into(),
            id_token_file: id_token_file.into(),
            iam_endpoint: None,
        }
    }

    /// The IAM endpoint for this provider (over the configuration's).
    #[must_use]
    pub fn with_iam_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.iam_endpoint = Some(endpoint.into());
        self
    }
}

impl ProvideIdentity for OidcFederationProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(federate(
            &self.cfg,
            NAME,
            self.iam_endpoint.as_deref(),
            &self.idp_id,
            &self.id_token_file,
        ))
    }
}
