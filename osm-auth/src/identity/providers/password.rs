//! An IAM user token from a password: `POST /v3/auth/tokens` (the flow of the OSM API
//! reference), scoped to the account, the token in `X-Subject-Token`, `expires_at` in the body.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::read_secret_file;
use crate::SecretString;
use crate::identity::http::{Call, json as parse_json, parse_time};
use crate::identity::{
    IamToken, Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig,
};

const TOKENS: &str = "/v3/auth/tokens?nocatalog=true";
const TIMEOUT: Duration = Duration::from_secs(30);
const NAME: &str = "IAM password";

/// Where the password comes from.
#[derive(Debug, Clone)]
pub(crate) enum Password {
    Value(SecretString),
    File(PathBuf),
}

#[derive(Serialize)]
struct Request<'a> {
    auth: Auth<'a>,
}
#[derive(Serialize)]
struct Auth<'a> {
    identity: AuthIdentity<'a>,
    scope: Scope<'a>,
}
#[derive(Serialize)]
struct AuthIdentity<'a> {
    methods: [&'static str; 1],
    password: PasswordBody<'a>,
}
#[derive(Serialize)]
struct PasswordBody<'a> {
    user: UserBody<'a>,
}
#[derive(Serialize)]
struct UserBody<'a> {
    domain: NameRef<'a>,
    name: &'a str,
    password: &'a str,
}
#[derive(Serialize)]
struct Scope<'a> {
    domain: NameRef<'a>,
}
#[derive(Serialize)]
struct NameRef<'a> {
    name: &'a str,
}

#[derive(Deserialize)]
struct Body {
    token: Token,
}
#[derive(Deserialize)]
struct Token {
    expires_at: String,
    user: Option<User>,
    domain: Option<Named>,
}
#[derive(Deserialize)]
struct User {
    id: Option<String>,
    name: Option<String>,
    domain: Option<Named>,
}
#[derive(Deserialize)]
struct Named {
    id: Option<String>,
    name: Option<String>,
}

/// The password exchange for `provider` (whose name goes into errors).
pub(crate) async fn password_token(
    cfg: &ProviderConfig,
    provider: &'static str,
    iam_endpoint: Option<&str>,
    domain_name: &str,
    user_name: &str,
    password: &Password,
) -> Result<Identity, IdentityError> {
    let password = match password {
        Password::Value(p) => p.clone(),
        Password::File(path) => read_secret_file(provider, "password", path).await?,
    };
    let iam = iam_endpoint
        .map(|e| e.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| cfg.iam_endpoint());
    let url = format!("{iam}{TOKENS}");
    let call = Call::new(provider, &url, TIMEOUT);
    // Serialized straight from borrowed strings: the password is in no intermediate value.
    let body = serde_json::to_vec(&Request {
        auth: Auth {
            identity: AuthIdentity {
                methods: ["password"],
                password: PasswordBody {
                    user: UserBody {
                        domain: NameRef { name: domain_name },
                        name: user_name,
                        password: password.expose_secret(),
                    },
                },
            },
            scope: Scope {
                domain: NameRef { name: domain_name },
            },
        },
    })
    .map_err(|e| IdentityError::Invalid {
        provider,
        detail: format!("cannot encode the request: {e}"),
    })?;
    let req = cfg
        .http(provider)?
        .post(&url)
        .header("Content-Type", "application/json;charset=UTF-8")
        .body(body);
    let answer = call.send(req).await?;
    if answer.status == 401 || answer.status == 400 {
        return Err(answer.rejected(&format!(
            " (check the account name {domain_name:?}, the user name {user_name:?} and the password)"
        )));
    }
    let answer = answer.into_ok()?;
    let Some(token) = answer.header("x-subject-token").map(SecretString::new) else {
        return Err(call.bad("no X-Subject-Token header (the token)"));
    };
    let b: Body = parse_json(&call, &answer.bytes)?;
    let expires_at = parse_time(&b.token.expires_at)
        .ok_or_else(|| call.bad("token.expires_at is not an RFC 3339 UTC time"))?;
    let user_domain = b.token.user.as_ref().and_then(|u| u.domain.as_ref());
    let domain_id = b
        .token
        .domain
        .as_ref()
        .and_then(|d| d.id.clone())
        .or_else(|| user_domain.and_then(|d| d.id.clone()))
        .ok_or_else(|| call.bad("the token names no domain (token.domain.id)"))?;
    let domain = b
        .token
        .domain
        .as_ref()
        .and_then(|d| d.name.clone())
        .unwrap_or_else(|| domain_name.to_owned());
    let (user_id, user) = b
        .token
        .user
        .map(|u| (u.id, u.name))
        .unwrap_or((None, Some(user_name.to_owned())));
    let token = IamToken::new(token, expires_at, domain_id)
        .map_err(|e| call.bad(e.to_string()))?
        .with_domain_name(domain)
        .with_user(user_id, user);
    Ok(Identity::Token(token))
}

/// An IAM user token obtained with the user's password and refreshed (by the cache) ahead of
/// its expiry. The password comes from code, an environment variable or a file, never a
/// command-line flag.
#[derive(Debug, Clone)]
pub struct IamPasswordProvider {
    cfg: ProviderConfig,
    domain_name: String,
    user_name: String,
    password: Password,
    iam_endpoint: Option<String>,
}

impl IamPasswordProvider {
    /// User `user_name` of account `domain_name` with `password`.
    pub fn new(
        config: ProviderConfig,
        domain_name: impl Into<String>,
        user_name: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> Self {
        Self {
            cfg: config,
            domain_name: domain_name.into(),
            user_name: user_name.into(),
            password: Password::Value(password.into()),
            iam_endpoint: None,
        }
    }

    /// Like [`new`](Self::new), with the password read from `path` at every refresh.
    pub fn with_password_file(
        config: ProviderConfig,
        domain_name: impl Into<String>,
        user_name: impl Into<String>,
        path: impl Into<PathBuf>,
    ) -> Self {
        Self {
            cfg: config,
            domain_name: domain_name.into(),
            user_name: user_name.into(),
            password: Password::File(path.into()),
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

impl ProvideIdentity for IamPasswordProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(password_token(
            &self.cfg,
            NAME,
            self.iam_endpoint.as_deref(),
            &self.domain_name,
            &self.user_name,
            &self.password,
        ))
    }
}
