//! Identities that expire and refresh: AK/SK credentials (permanent or temporary) and IAM
//! tokens, the async [`ProvideIdentity`] trait, and — with the default `http-providers`
//! feature — the providers that fetch them over HTTP and the [`IdentityCache`] a client
//! shares.
//!
//! # What a client needs
//!
//! ```no_run
//! # #[cfg(feature = "http-providers")]
//! # async fn demo() -> Result<(), osm_auth::identity::IdentityError> {
//! use osm_auth::identity::{Identity, IdentityCache};
//!
//! // the official SDKs' default chain over the process environment, cached and shared
//! let cache = IdentityCache::from_env();
//! match cache.identity().await? {
//!     // sign with osm_auth::sign (X-Security-Token and X-Domain-Id come from the credentials)
//!     Identity::AkSk(credentials) => { let _ = credentials.access_key(); }
//!     // send `X-Auth-Token: <token>` and do not sign
//!     Identity::Token(token) => { let _ = token.token().expose_secret(); }
//!     _ => {}
//! }
//! # Ok(()) }
//! ```
//!
//! [`IdentityCache::identity`] is cheap when the cached identity is fresh (a mutex and a
//! clone), refreshes ahead of expiry in the background, runs one refresh however many calls
//! wait for it and never blocks the runtime.
//!
//! # Providers and the default chain
//!
//! | provider | configured by |
//! |---|---|
//! | [`OidcStsProvider`] | `HUAWEICLOUD_OIDC_PROVIDER_URN` + `HUAWEICLOUD_OIDC_AGENCY_URN` + `HUAWEICLOUD_OIDC_ID_TOKEN` or `HUAWEICLOUD_OIDC_TOKEN_FILE` (STS `assume-with-oidc`) |
//! | [`EnvIdentityProvider`] | `HUAWEICLOUD_SDK_AK`/`_SK`/`_SECURITY_TOKEN`/`_DOMAIN_ID`; or `HUAWEICLOUD_SDK_IDP_ID` + `HUAWEICLOUD_SDK_ID_TOKEN_FILE` (OIDC federation); or `HUAWEICLOUD_SDK_DOMAIN_NAME` + `_USER_NAME` + `_PASSWORD`/`_PASSWORD_FILE` (IAM password) |
//! | [`ProfileIdentityProvider`] | the credentials file (`HUAWEICLOUD_SDK_CREDENTIALS_FILE`, default `~/.huaweicloud/credentials`), section `[global]` or `HUAWEICLOUD_SDK_PROFILE` |
//! | [`PodIdentityProvider`] | `HC_CONTAINER_CREDENTIALS_FULL_URI` + `HC_CONTAINER_AUTHORIZATION_TOKEN_FILE` (CCE pod identity) |
//! | [`EcsMetadataProvider`] | nothing: the ECS metadata service at `http://169.254.169.254` (an agency on the instance) |
//! | [`OidcFederationProvider`], [`IamPasswordProvider`], [`StaticIdentity`] | code |
//!
//! [`IdentityChain::default_chain`] tries them in that order (see its docs for where this
//! differs from the official SDKs). AK/SK without a domain id get it from IAM
//! (`GET /v3/auth/domains`, signed), once per access key ([`ProviderConfig`]).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

use crate::{Credentials, SecretString};

#[cfg(feature = "http-providers")]
mod cache;
#[cfg(feature = "http-providers")]
mod config;
#[cfg(feature = "http-providers")]
mod http;
#[cfg(feature = "http-providers")]
mod providers;

#[cfg(feature = "http-providers")]
pub use cache::{
    DEFAULT_LOAD_TIMEOUT, DEFAULT_REFRESH_WINDOW, DEFAULT_RETRY_AFTER_FAILURE, IdentityCache,
    IdentityCacheBuilder,
};
#[cfg(feature = "http-providers")]
pub use config::{DEFAULT_IAM_ENDPOINT, DomainIdCache, ENV_IAM_ENDPOINT, ProviderConfig};
#[cfg(feature = "http-providers")]
pub use providers::{
    DEFAULT_METADATA_ENDPOINT, DEFAULT_STS_ENDPOINT, ENV_DOMAIN_NAME, ENV_ID_TOKEN_FILE,
    ENV_IDP_ID, ENV_OIDC_AGENCY_URN, ENV_OIDC_DURATION_SECONDS, ENV_OIDC_ID_TOKEN, ENV_OIDC_POLICY,
    ENV_OIDC_POLICY_IDS, ENV_OIDC_PROVIDER_URN, ENV_OIDC_SESSION_NAME, ENV_OIDC_TOKEN_FILE,
    ENV_PASSWORD, ENV_PASSWORD_FILE, ENV_POD_CREDENTIALS_URI, ENV_POD_TOKEN_FILE, ENV_PROFILE,
    ENV_STS_ENDPOINT, ENV_USER_NAME, EcsMetadataProvider, EnvIdentityProvider, IamPasswordProvider,
    IdentityChain, OidcFederationProvider, OidcStsProvider, PodIdentityProvider,
    ProfileIdentityProvider, StaticIdentity,
};

/// The header an IAM token is sent in.
pub const AUTH_TOKEN_HEADER: &str = "X-Auth-Token";

/// What a request is authenticated with.
#[derive(Clone)]
#[non_exhaustive]
pub enum Identity {
    /// AK/SK, permanent or temporary (with a security token and an expiry): sign the request
    /// with [`crate::sign`].
    AkSk(Credentials),
    /// An IAM token: send it as `X-Auth-Token` and do not sign the request.
    Token(IamToken),
}

impl Identity {
    /// When this identity stops working; `None` for permanent AK/SK.
    pub fn expiry(&self) -> Option<SystemTime> {
        match self {
            Identity::AkSk(c) => c.expiry(),
            Identity::Token(t) => Some(t.expires_at()),
        }
    }

    /// The account (domain) id, when known.
    pub fn domain_id(&self) -> Option<&str> {
        match self {
            Identity::AkSk(c) => c.domain_id(),
            Identity::Token(t) => Some(t.domain_id()),
        }
    }

    /// The AK/SK credentials, if this is one.
    pub fn as_credentials(&self) -> Option<&Credentials> {
        match self {
            Identity::AkSk(c) => Some(c),
            Identity::Token(_) => None,
        }
    }

    /// The IAM token, if this is one.
    pub fn as_token(&self) -> Option<&IamToken> {
        match self {
            Identity::AkSk(_) => None,
            Identity::Token(t) => Some(t),
        }
    }

    /// Whether it is still usable at `now`.
    pub fn is_valid_at(&self, now: SystemTime) -> bool {
        self.expiry().is_none_or(|e| now < e)
    }
}

impl From<Credentials> for Identity {
    fn from(c: Credentials) -> Self {
        Identity::AkSk(c)
    }
}

impl From<IamToken> for Identity {
    fn from(t: IamToken) -> Self {
        Identity::Token(t)
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identity::AkSk(c) => f.debug_tuple("AkSk").field(c).finish(),
            Identity::Token(t) => f.debug_tuple("Token").field(t).finish(),
        }
    }
}

/// One line without secrets, e.g. `AK/SK AKEXAMPLE (temporary, domain d, expires
/// 2026-11-29T08:00:00Z)` or `IAM token of user alice in domain d (expires …)`.
impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Identity::AkSk(c) => {
                write!(f, "AK/SK {}", c.access_key())?;
                let kind = if c.security_token().is_some() {
                    "temporary"
                } else {
                    "permanent"
                };
                write!(f, " ({kind}, domain {}", c.domain_id().unwrap_or("unknown"))?;
                if let Some(e) = c.expiry() {
                    write!(f, ", expires {}", rfc3339(e))?;
                }
                f.write_str(")")
            }
            Identity::Token(t) => {
                f.write_str("IAM token")?;
                if let Some(u) = t.user_name() {
                    write!(f, " of user {u}")?;
                }
                write!(
                    f,
                    " in domain {} (expires {})",
                    t.domain_id(),
                    rfc3339(t.expires_at())
                )
            }
        }
    }
}

/// An IAM token (`X-Subject-Token` of `POST /v3/auth/tokens`), sent as `X-Auth-Token`.
///
/// `Debug` shows everything but the token; the token is zeroized on drop. Clones share one
/// copy (an IAM token is several kilobytes, and every call takes one).
#[derive(Clone)]
pub struct IamToken(Arc<TokenData>);

#[derive(Clone)]
struct TokenData {
    token: SecretString,
    expires_at: SystemTime,
    domain_id: String,
    domain_name: Option<String>,
    user_id: Option<String>,
    user_name: Option<String>,
}

impl IamToken {
    /// A token valid until `expires_at` for the account `domain_id`. The token must be
    /// non-empty visible ASCII (it is sent as a header value).
    pub fn new(
        token: impl Into<SecretString>,
        expires_at: SystemTime,
        domain_id: impl Into<String>,
    ) -> Result<Self, IdentityError> {
        let token = token.into();
        let domain_id = domain_id.into();
        let invalid = |detail: &str| IdentityError::Invalid {
            provider: "IAM token",
            detail: detail.to_owned(),
        };
        if token.is_empty() || !token.expose_secret().bytes().all(|b| b.is_ascii_graphic()) {
            return Err(invalid(
                "the token is empty or not visible ASCII; use the X-Subject-Token header of POST /v3/auth/tokens",
            ));
        }
        if domain_id.trim().is_empty() {
            return Err(invalid("the token's domain id is empty"));
        }
        Ok(Self(Arc::new(TokenData {
            token,
            expires_at,
            domain_id,
            domain_name: None,
            user_id: None,
            user_name: None,
        })))
    }

    /// Adds the account (domain) name.
    pub fn with_domain_name(mut self, name: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.0).domain_name = Some(name.into());
        self
    }

    /// Adds the IAM user the token was issued to.
    pub fn with_user(mut self, id: Option<String>, name: Option<String>) -> Self {
        let data = Arc::make_mut(&mut self.0);
        data.user_id = id;
        data.user_name = name;
        self
    }

    /// The token: the `X-Auth-Token` header value.
    pub fn token(&self) -> &SecretString {
        &self.0.token
    }

    /// When IAM stops accepting it.
    pub fn expires_at(&self) -> SystemTime {
        self.0.expires_at
    }

    /// The account (domain) id.
    pub fn domain_id(&self) -> &str {
        &self.0.domain_id
    }

    /// The account (domain) name, when known.
    pub fn domain_name(&self) -> Option<&str> {
        self.0.domain_name.as_deref()
    }

    /// The IAM user's id, when known.
    pub fn user_id(&self) -> Option<&str> {
        self.0.user_id.as_deref()
    }

    /// The IAM user's name, when known.
    pub fn user_name(&self) -> Option<&str> {
        self.0.user_name.as_deref()
    }
}

impl fmt::Debug for IamToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.0;
        f.debug_struct("IamToken")
            .field("token", &t.token)
            .field("expires_at", &rfc3339(t.expires_at))
            .field("domain_id", &t.domain_id)
            .field("domain_name", &t.domain_name)
            .field("user_id", &t.user_id)
            .field("user_name", &t.user_name)
            .finish()
    }
}

/// Formats a time as RFC 3339 (UTC), for messages.
pub(crate) fn rfc3339(t: SystemTime) -> String {
    // checked: `OffsetDateTime::from(SystemTime)` panics beyond the year 9999
    let secs = match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).ok(),
        Err(e) => i64::try_from(e.duration().as_secs()).ok().map(|s| -s),
    };
    secs.and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .and_then(|d| {
            d.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| format!("{t:?}"))
}

/// Why no identity could be had. Every message names the provider, what failed and, where
/// there is one, the fix; none contains a secret.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IdentityError {
    /// The provider's source is simply absent (no variables, no file, no metadata service):
    /// a chain tries the next provider.
    #[error("{provider}: {detail}")]
    NotConfigured {
        /// The provider's name.
        provider: &'static str,
        /// What it looked for.
        detail: String,
    },
    /// The source is present but unusable (half set, unreadable, malformed).
    #[error("{provider}: {detail}")]
    Invalid {
        /// The provider's name.
        provider: &'static str,
        /// What is wrong and how to fix it.
        detail: String,
    },
    /// The endpoint could not be reached or did not answer in time.
    #[error("{provider}: {url} could not be reached{}: {detail}", if *.timed_out { " in time" } else { "" })]
    Unreachable {
        /// The provider's name.
        provider: &'static str,
        /// The URL called.
        url: String,
        /// Whether the call timed out.
        timed_out: bool,
        /// The transport error.
        detail: String,
    },
    /// The endpoint answered with an error status.
    #[error("{provider}: {url} answered HTTP {status}: {message}{}", trace_id.as_ref().map(|t| format!(" (X-IAM-Trace-Id {t})")).unwrap_or_default())]
    Rejected {
        /// The provider's name.
        provider: &'static str,
        /// The URL called.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The error message from the body (truncated), and what to check.
        message: String,
        /// IAM's trace id, for Huawei support.
        trace_id: Option<String>,
    },
    /// The endpoint answered 2xx with something that is not the expected response.
    #[error("{provider}: {url} answered an unusable response: {detail}")]
    BadResponse {
        /// The provider's name.
        provider: &'static str,
        /// The URL called.
        url: String,
        /// What is missing or malformed.
        detail: String,
    },
    /// The credentials have no domain id and IAM could not tell it.
    #[error(
        "no domain id for access key {access_key}: looking it up at {iam_endpoint} failed: {detail}; set HUAWEICLOUD_SDK_DOMAIN_ID (or domain_id in the credentials file) to the account id shown in the console under My Credentials"
    )]
    DomainIdLookup {
        /// The access key (not secret).
        access_key: String,
        /// The IAM endpoint asked.
        iam_endpoint: String,
        /// Why it failed.
        detail: String,
    },
    /// Loading took longer than the cache allows.
    #[error(
        "{provider}: loading credentials took longer than {secs} s; check the network path to the endpoint"
    )]
    LoadTimeout {
        /// The provider's name.
        provider: &'static str,
        /// The limit in seconds.
        secs: u64,
    },
    /// The cached identity expired and refreshing it failed.
    #[error("the credentials expired at {expired_at} and refreshing them failed: {source}")]
    Expired {
        /// When the old identity expired (RFC 3339).
        expired_at: String,
        /// Why the refresh failed.
        #[source]
        source: Box<IdentityError>,
    },
    /// The cache was used outside a Tokio runtime.
    #[error(
        "the identity cache needs a Tokio runtime: call identity() from within one (e.g. #[tokio::main])"
    )]
    NoRuntime,
    /// No provider of a chain was configured; what each said, in order.
    #[error("no usable credentials: {}", join_errors(.0))]
    ChainExhausted(Vec<IdentityError>),
}

fn join_errors(errors: &[IdentityError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl IdentityError {
    /// Whether this only says the source is absent (a chain goes on to the next provider).
    pub fn is_not_configured(&self) -> bool {
        matches!(self, IdentityError::NotConfigured { .. })
    }
}

/// The future a [`ProvideIdentity`] returns.
pub type IdentityFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Identity, IdentityError>> + Send + 'a>>;

/// Something that produces an identity, asynchronously (it may call IAM or a metadata
/// service). Providers do not cache: wrap one in an [`IdentityCache`] (feature
/// `http-providers`), which calls it only when the cached identity needs refreshing.
pub trait ProvideIdentity: fmt::Debug + Send + Sync {
    /// A short name for messages, e.g. `environment`.
    fn name(&self) -> &'static str;

    /// A fresh identity; [`IdentityError::NotConfigured`] when this source is absent.
    fn provide_identity(&self) -> IdentityFuture<'_>;
}

impl<P: ProvideIdentity + ?Sized> ProvideIdentity for Arc<P> {
    fn name(&self) -> &'static str {
        (**self).name()
    }
    fn provide_identity(&self) -> IdentityFuture<'_> {
        (**self).provide_identity()
    }
}

impl<P: ProvideIdentity + ?Sized> ProvideIdentity for Box<P> {
    fn name(&self) -> &'static str {
        (**self).name()
    }
    fn provide_identity(&self) -> IdentityFuture<'_> {
        (**self).provide_identity()
    }
}

/// Where "now" comes from for expiry decisions and signing dates; tests inject one.
#[derive(Clone)]
pub struct TimeSource(Arc<dyn Fn() -> SystemTime + Send + Sync>);

impl TimeSource {
    /// The system clock.
    pub fn system() -> Self {
        Self(Arc::new(SystemTime::now))
    }

    /// Any function of time (e.g. a test clock shared with osm-sandbox).
    pub fn from_fn(f: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        Self(Arc::new(f))
    }

    /// Now.
    pub fn now(&self) -> SystemTime {
        (self.0)()
    }
}

impl Default for TimeSource {
    fn default() -> Self {
        Self::system()
    }
}

impl fmt::Debug for TimeSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeSource({})", rfc3339(self.now()))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn token_clones_share_and_a_changed_clone_is_its_own() {
        let expires = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1 << 31);
        let base = IamToken::new("MIItoken", expires, "domain-1").unwrap();
        let clone = base.clone();
        assert!(Arc::ptr_eq(&base.0, &clone.0), "a clone is a reference");
        let changed = clone
            .with_domain_name("acme")
            .with_user(Some("u1".into()), Some("ops".into()));
        assert_eq!((base.domain_name(), base.user_name()), (None, None));
        assert_eq!(changed.domain_name(), Some("acme"));
        assert_eq!(changed.user_id(), Some("u1"));
        assert_eq!(changed.token().expose_secret(), "MIItoken");
        assert_eq!(changed.expires_at(), expires);
        let debug = format!("{changed:?}");
        assert!(
            !debug.contains("MIItoken") && debug.contains("acme"),
            "{debug}"
        );
    }
}
