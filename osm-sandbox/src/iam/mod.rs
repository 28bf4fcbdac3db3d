//! The sandbox plays IAM, the ECS metadata service and CCE pod identity, so credentials that
//! expire and refresh can be tested offline. Everything is kept in memory (a restart forgets
//! issued tokens and temporary keys) and expires by the sandbox [`Clock`].
//!
//! | method and path | what it does |
//! |---|---|
//! | `POST /v3/auth/tokens` | IAM password token: `auth.identity.methods ["password"]`, `password.user.{domain.name, name, password}`; scoped to the account with `auth.scope.domain` (or a project). 201, token in `X-Subject-Token`, `token.expires_at` in the body |
//! | `POST /v3.0/OS-AUTH/id-token/tokens` | OIDC: `X-Idp-Id` + `auth.id_token.id` → an unscoped federated token (201, `X-Subject-Token`) |
//! | `POST /v3.0/OS-CREDENTIAL/securitytokens` | `auth.identity.methods ["token"]`, `token.{id, duration_seconds}` (or `X-Auth-Token`) → temporary AK/SK `{"credential":{access, secret, securitytoken, expires_at}}` |
//! | `GET /v3/auth/domains` | KeystoneListAuthDomains, AK/SK-signed (permanent or temporary) or with `X-Auth-Token`: the caller's account |
//! | `PUT /meta-data/latest/api/token` | ECS metadata session token (`X-Metadata-Token-Ttl-Seconds`, at most 21600) |
//! | `GET /openstack/latest/securitykey` | ECS metadata: temporary AK/SK of the instance's agency ([`SandboxBuilder::ecs_agency`](crate::SandboxBuilder::ecs_agency)); an `X-Metadata-Token`, when sent, must be valid |
//! | `POST /v5/agencies/assume-with-oidc` | STS: `provider_urn` (`iam::<domain>:identity-provider:<idp>`), `agency_urn` (`iam::<domain>:agency:<name>`), `agency_session_name`, `id_token`, `duration_seconds` → `{"credentials":{access_key_id, secret_access_key, security_token, expiration}}` |
//! | `POST /v1/credentials` | CCE pod identity: `Authorization: <pod token>` → `{"credentials":{accessKeyId, secretAccessKey, securityToken, expiration}}` |
//! | `GET/POST /sandbox/clock` | read / move the sandbox clock: `{"offset_seconds": N}` or `{"advance_seconds": N}` |
//! | `GET /sandbox/iam/stats` | how many requests each endpoint above served ([`IamStats`]) |
//! | `POST /sandbox/iam/outage` | `{"on": true}`: every endpoint above answers 503 (to test refresh failures) |
//!
//! OSM operations accept `X-Auth-Token` with a valid, scoped token of the account (401
//! `APIGW.0301` when it is unknown, unscoped or expired; 403 `APIGW.0302` when `X-Domain-Id`
//! names another account) and temporary AK/SK until they expire, with their
//! `X-Security-Token`. These routes are never written to the `--trace` file (they carry
//! passwords and tokens).

mod control;
mod keystone;
mod metadata;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use chrono::{DateTime, Utc};
use http::request::Parts;
use zeroize::Zeroizing;

use crate::account::{Account, Clock};
use crate::error::{ApiError, ApiResult};
use crate::server::{App, SandboxBuilder, SandboxError, SandboxHandle};

/// Default lifetime of IAM tokens (IAM's own: 24 hours).
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(24 * 60 * 60);
/// Default lifetime of the temporary AK/SK served by the metadata and pod-identity endpoints.
pub const DEFAULT_TEMPORARY_TTL: Duration = Duration::from_secs(60 * 60);

/// An IAM user who can get a token with a password.
#[derive(Clone)]
pub struct IamUser {
    domain_id: String,
    domain_name: String,
    user_name: String,
    password: Zeroizing<String>,
}

impl std::fmt::Debug for IamUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IamUser")
            .field("domain_id", &self.domain_id)
            .field("domain_name", &self.domain_name)
            .field("user_name", &self.user_name)
            .field("password", &"<redacted>")
            .finish()
    }
}

impl IamUser {
    /// User `user_name` of the account `domain_id` (which must be a sandbox account), named
    /// `domain_name`, with `password`.
    pub fn new(
        domain_id: impl Into<String>,
        domain_name: impl Into<String>,
        user_name: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        Self {
            domain_id: domain_id.into(),
            domain_name: domain_name.into(),
            user_name: user_name.into(),
            password: Zeroizing::new(password.into()),
        }
    }

    /// Parses `DOMAIN_ID:DOMAIN_NAME:USER_NAME:PASSWORD[,...]` (`OSM_SANDBOX_IAM_USERS`); the
    /// password may contain `:`.
    pub fn parse_list(text: &str) -> Result<Vec<IamUser>, String> {
        text.split(',')
            .map(str::trim)
            .enumerate()
            .map(|(i, e)| {
                let mut it = e.splitn(4, ':');
                match (it.next(), it.next(), it.next(), it.next()) {
                    (Some(d), Some(n), Some(u), Some(p))
                        if ![d, n, u, p].iter().any(|s| s.is_empty()) =>
                    {
                        Ok(IamUser::new(d, n, u, p))
                    }
                    _ => Err(format!(
                        "OSM_SANDBOX_IAM_USERS entry {}: expected DOMAIN_ID:DOMAIN_NAME:USER_NAME:PASSWORD, all non-empty",
                        i + 1
                    )),
                }
            })
            .collect()
    }

    /// The account's id.
    pub fn domain_id(&self) -> &str {
        &self.domain_id
    }
    /// The account's name.
    pub fn domain_name(&self) -> &str {
        &self.domain_name
    }
    /// The user's name.
    pub fn user_name(&self) -> &str {
        &self.user_name
    }
    /// The user's id in the sandbox.
    pub fn user_id(&self) -> String {
        format!("user-{}-{}", self.domain_id, self.user_name)
    }
}

/// An OIDC identity provider registered in an account, with the id tokens it accepts.
#[derive(Clone)]
pub struct OidcIdp {
    idp_id: String,
    domain_id: String,
    id_tokens: Vec<Zeroizing<String>>,
}

impl std::fmt::Debug for OidcIdp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcIdp")
            .field("idp_id", &self.idp_id)
            .field("domain_id", &self.domain_id)
            .field("id_tokens", &self.id_tokens.len())
            .finish()
    }
}

impl OidcIdp {
    /// Identity provider `idp_id` of account `domain_id`, accepting no token yet.
    pub fn new(idp_id: impl Into<String>, domain_id: impl Into<String>) -> Self {
        Self {
            idp_id: idp_id.into(),
            domain_id: domain_id.into(),
            id_tokens: Vec::new(),
        }
    }

    /// Accepts `id_token` (the sandbox does not verify JWTs: it compares strings).
    #[must_use]
    pub fn accept_id_token(mut self, id_token: impl Into<String>) -> Self {
        self.id_tokens.push(Zeroizing::new(id_token.into()));
        self
    }
}

/// What the sandbox's IAM knows before it starts (set through [`SandboxBuilder`]).
#[derive(Debug, Clone)]
pub(crate) struct IamConfig {
    users: Vec<IamUser>,
    idps: Vec<OidcIdp>,
    ecs_agency: Option<String>,
    pod_tokens: Vec<(Zeroizing<String>, String)>,
    token_ttl: Duration,
    temporary_ttl: Duration,
}

impl Default for IamConfig {
    fn default() -> Self {
        Self {
            users: Vec::new(),
            idps: Vec::new(),
            ecs_agency: None,
            pod_tokens: Vec::new(),
            token_ttl: DEFAULT_TOKEN_TTL,
            temporary_ttl: DEFAULT_TEMPORARY_TTL,
        }
    }
}

/// How many requests each IAM, metadata and pod-identity endpoint has served (successes and
/// failures alike, including those refused during an outage).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct IamStats {
    /// `POST /v3/auth/tokens`.
    pub password_tokens: u64,
    /// `POST /v3.0/OS-AUTH/id-token/tokens`.
    pub id_token_tokens: u64,
    /// `POST /v3.0/OS-CREDENTIAL/securitytokens`.
    pub security_tokens: u64,
    /// `GET /v3/auth/domains`.
    pub domain_lookups: u64,
    /// `PUT /meta-data/latest/api/token`.
    pub metadata_tokens: u64,
    /// `GET /openstack/latest/securitykey`.
    pub metadata_keys: u64,
    /// `POST /v1/credentials`.
    pub pod_credentials: u64,
    /// `POST /v5/agencies/assume-with-oidc` (STS).
    pub sts_assumes: u64,
    /// OSM requests authenticated with `X-Auth-Token`.
    pub token_authenticated: u64,
    /// OSM requests signed with temporary AK/SK.
    pub temporary_key_authenticated: u64,
}

#[derive(Debug, Default)]
struct Counters {
    password_tokens: AtomicU64,
    id_token_tokens: AtomicU64,
    security_tokens: AtomicU64,
    domain_lookups: AtomicU64,
    metadata_tokens: AtomicU64,
    metadata_keys: AtomicU64,
    pod_credentials: AtomicU64,
    sts_assumes: AtomicU64,
    token_authenticated: AtomicU64,
    temporary_key_authenticated: AtomicU64,
}

fn bump(c: &AtomicU64) {
    c.fetch_add(1, Ordering::Relaxed);
}

/// Tokens and keys expired longer ago than this are forgotten when new ones are issued (so
/// memory stays bounded; until then an expired one is refused as *expired*).
const FORGET_AFTER: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// An issued IAM token.
#[derive(Debug, Clone)]
struct TokenRecord {
    domain_id: String,
    expires_at: DateTime<Utc>,
    scoped: bool,
}

/// Issued temporary AK/SK.
#[derive(Debug, Clone)]
struct TempKey {
    secret: Zeroizing<String>,
    security_token: Zeroizing<String>,
    domain_id: String,
    expires_at: DateTime<Utc>,
}

#[derive(Debug, Default)]
struct Issued {
    tokens: HashMap<String, TokenRecord>,
    keys: HashMap<String, TempKey>,
    metadata_tokens: HashMap<String, DateTime<Utc>>,
}

/// The running IAM side of a sandbox.
#[derive(Debug)]
pub(crate) struct Iam {
    config: IamConfig,
    issued: Mutex<Issued>,
    counters: Counters,
    outage: AtomicBool,
}

impl Iam {
    /// Checks that every user, identity provider, agency and pod token names an account.
    pub(crate) fn new(config: IamConfig, accounts: &[Account]) -> Result<Iam, SandboxError> {
        let known = |d: &str| accounts.iter().any(|a| a.domain_id() == d);
        let mut named: Vec<(&str, String)> = Vec::new();
        named.extend(
            config
                .users
                .iter()
                .map(|u| (u.domain_id.as_str(), format!("IAM user {}", u.user_name))),
        );
        named.extend(config.idps.iter().map(|i| {
            (
                i.domain_id.as_str(),
                format!("identity provider {}", i.idp_id),
            )
        }));
        named.extend(
            config
                .ecs_agency
                .iter()
                .map(|d| (d.as_str(), "the ECS agency".to_owned())),
        );
        named.extend(
            config
                .pod_tokens
                .iter()
                .map(|(_, d)| (d.as_str(), "a pod-identity token".to_owned())),
        );
        if let Some((d, what)) = named.into_iter().find(|(d, _)| !known(d)) {
            return Err(SandboxError::Iam(format!(
                "{what} belongs to domain {d}, which is not a sandbox account; add the account first"
            )));
        }
        Ok(Iam {
            config,
            issued: Mutex::new(Issued::default()),
            counters: Counters::default(),
            outage: AtomicBool::new(false),
        })
    }

    fn issued(&self) -> MutexGuard<'_, Issued> {
        self.issued.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stats(&self) -> IamStats {
        let c = &self.counters;
        let l = |a: &AtomicU64| a.load(Ordering::Relaxed);
        IamStats {
            password_tokens: l(&c.password_tokens),
            id_token_tokens: l(&c.id_token_tokens),
            security_tokens: l(&c.security_tokens),
            domain_lookups: l(&c.domain_lookups),
            metadata_tokens: l(&c.metadata_tokens),
            metadata_keys: l(&c.metadata_keys),
            pod_credentials: l(&c.pod_credentials),
            sts_assumes: l(&c.sts_assumes),
            token_authenticated: l(&c.token_authenticated),
            temporary_key_authenticated: l(&c.temporary_key_authenticated),
        }
    }

    /// 503 while an outage is simulated.
    fn check_outage(&self) -> ApiResult<()> {
        if self.outage.load(Ordering::SeqCst) {
            return Err(ApiError {
                status: http::StatusCode::SERVICE_UNAVAILABLE,
                code: "SANDBOX.0503",
                msg: "simulated outage (POST /sandbox/iam/outage {\"on\": false} ends it)".into(),
                request_id: None,
            });
        }
        Ok(())
    }

    /// The name of account `domain_id` (from its IAM users), or a made-up one.
    fn domain_name(&self, domain_id: &str) -> String {
        self.config
            .users
            .iter()
            .find(|u| u.domain_id == domain_id)
            .map(|u| u.domain_name.clone())
            .unwrap_or_else(|| format!("sandbox-{domain_id}"))
    }

    fn issue_token(&self, record: TokenRecord, now: DateTime<Utc>) -> String {
        let token = format!("MIIsandbox{}{}", random_hex(), random_hex());
        let mut issued = self.issued();
        let forget = now.checked_sub_signed(FORGET_AFTER).unwrap_or(now);
        issued.tokens.retain(|_, t| t.expires_at > forget);
        issued.tokens.insert(token.clone(), record);
        token
    }

    /// New temporary AK/SK of `domain_id`, valid for `ttl` from `now`.
    fn issue_key(&self, domain_id: &str, now: DateTime<Utc>, ttl: Duration) -> (String, TempKey) {
        let ak = format!("STS{}", &random_hex()[..17].to_ascii_uppercase());
        let key = TempKey {
            secret: Zeroizing::new(random_hex() + &random_hex()[..8]),
            security_token: Zeroizing::new(format!(
                "gQpzandbox{}{}{}",
                random_hex(),
                random_hex(),
                random_hex()
            )),
            domain_id: domain_id.to_owned(),
            expires_at: later(now, ttl),
        };
        let mut issued = self.issued();
        let forget = now.checked_sub_signed(FORGET_AFTER).unwrap_or(now);
        issued.keys.retain(|_, k| k.expires_at > forget);
        issued.metadata_tokens.retain(|_, e| *e > forget);
        issued.keys.insert(ak.clone(), key.clone());
        (ak, key)
    }
}

/// `now + ttl`, saturating at the largest time chrono represents (never panics).
fn later(now: DateTime<Utc>, ttl: Duration) -> DateTime<Utc> {
    chrono::TimeDelta::from_std(ttl)
        .ok()
        .and_then(|d| now.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn random_hex() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// `2026-11-29T08:00:00.000000Z`, the form IAM and the metadata service use.
fn iam_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

fn account<'a>(app: &'a App, domain_id: &str) -> ApiResult<&'a Account> {
    app.accounts
        .iter()
        .find(|a| a.domain_id() == domain_id)
        .ok_or_else(|| ApiError::unauthorized(format!("domain {domain_id} no longer exists")))
}

/// The routes of this module (merged outside the trace layer).
pub(crate) fn router() -> Router<Arc<App>> {
    keystone::router()
        .merge(metadata::router())
        .merge(control::router())
}

/// Authenticates an OSM request by its `X-Auth-Token`, when it has one.
pub(crate) fn authenticate_token<'a>(
    app: &'a App,
    parts: &Parts,
) -> ApiResult<Option<&'a Account>> {
    let Some(value) = parts.headers.get("x-auth-token") else {
        return Ok(None);
    };
    let token = value
        .to_str()
        .map_err(|_| ApiError::unauthorized("X-Auth-Token is not valid ASCII"))?;
    let record = app.iam.issued().tokens.get(token.trim()).cloned();
    let record = record.ok_or_else(|| {
        ApiError::unauthorized(
            "the X-Auth-Token is not a token this IAM issued; get one with POST /v3/auth/tokens",
        )
    })?;
    let now = app.clock.now();
    if now >= record.expires_at {
        return Err(ApiError::unauthorized(format!(
            "the X-Auth-Token expired at {}; get a new one with POST /v3/auth/tokens",
            iam_time(record.expires_at)
        )));
    }
    if !record.scoped {
        return Err(ApiError::unauthorized(
            "the X-Auth-Token is unscoped; request it with auth.scope.domain to call OSM",
        ));
    }
    if let Some(d) = parts
        .headers
        .get("x-domain-id")
        .and_then(|v| v.to_str().ok())
        && d.trim() != record.domain_id
    {
        return Err(ApiError::forbidden(format!(
            "X-Domain-Id {d} is not the account of the X-Auth-Token; omit it or send {}",
            record.domain_id
        )));
    }
    bump(&app.iam.counters.token_authenticated);
    account(app, &record.domain_id).map(Some)
}

/// The secret key and account of temporary access key `ak`, with the security token it must
/// be sent with and its expiry (checked by [`check_temporary`] after the signature).
pub(crate) fn temporary_key<'a>(
    app: &'a App,
    ak: &str,
) -> Option<(String, &'a Account, TemporaryUse)> {
    let key = app.iam.issued().keys.get(ak).cloned()?;
    let account = app
        .accounts
        .iter()
        .find(|a| a.domain_id() == key.domain_id)?;
    Some((
        key.secret.to_string(),
        account,
        TemporaryUse {
            access_key: ak.to_owned(),
            security_token: key.security_token,
            expires_at: key.expires_at,
        },
    ))
}

/// What a request signed with a temporary key must also satisfy.
#[derive(Debug, Clone)]
pub(crate) struct TemporaryUse {
    access_key: String,
    security_token: Zeroizing<String>,
    expires_at: DateTime<Utc>,
}

/// Checks expiry and `X-Security-Token` of a request whose signature verified with a
/// temporary key.
pub(crate) fn check_temporary(app: &App, parts: &Parts, t: &TemporaryUse) -> ApiResult<()> {
    let now = app.clock.now();
    if now >= t.expires_at {
        return Err(ApiError::unauthorized(format!(
            "the temporary access key {} expired at {}; fetch new credentials",
            t.access_key,
            iam_time(t.expires_at)
        )));
    }
    let sent = parts
        .headers
        .get("x-security-token")
        .and_then(|v| v.to_str().ok());
    if sent.map(str::trim) != Some(t.security_token.as_str()) {
        return Err(ApiError::unauthorized(format!(
            "temporary access key {} needs its X-Security-Token (missing or not the one issued with it)",
            t.access_key
        )));
    }
    bump(&app.iam.counters.temporary_key_authenticated);
    Ok(())
}

impl SandboxBuilder {
    /// Adds an IAM user who can get tokens with a password (`POST /v3/auth/tokens`).
    #[must_use]
    pub fn iam_user(mut self, user: IamUser) -> Self {
        self.iam.users.push(user);
        self
    }

    /// Registers an OIDC identity provider (`POST /v3.0/OS-AUTH/id-token/tokens`).
    #[must_use]
    pub fn oidc_identity_provider(mut self, idp: OidcIdp) -> Self {
        self.iam.idps.push(idp);
        self
    }

    /// Serves temporary AK/SK of account `domain_id` from the ECS metadata endpoint (the
    /// instance's agency). Without it, the endpoint answers "Please configure Cloud Service
    /// Agency first".
    #[must_use]
    pub fn ecs_agency(mut self, domain_id: impl Into<String>) -> Self {
        self.iam.ecs_agency = Some(domain_id.into());
        self
    }

    /// Serves temporary AK/SK of account `domain_id` to pods presenting `token`.
    #[must_use]
    pub fn pod_identity(mut self, token: impl Into<String>, domain_id: impl Into<String>) -> Self {
        self.iam
            .pod_tokens
            .push((Zeroizing::new(token.into()), domain_id.into()));
        self
    }

    /// Lifetime of IAM tokens (default [`DEFAULT_TOKEN_TTL`]).
    #[must_use]
    pub fn token_ttl(mut self, ttl: Duration) -> Self {
        self.iam.token_ttl = ttl;
        self
    }

    /// Lifetime of metadata and pod-identity temporary AK/SK (default
    /// [`DEFAULT_TEMPORARY_TTL`]).
    #[must_use]
    pub fn temporary_credentials_ttl(mut self, ttl: Duration) -> Self {
        self.iam.temporary_ttl = ttl;
        self
    }
}

impl SandboxHandle {
    /// The sandbox clock; [`Clock::advance`] moves it for every check the sandbox makes.
    pub fn clock(&self) -> &Clock {
        &self.app.clock
    }

    /// How many requests each IAM, metadata and pod-identity endpoint served so far.
    pub fn iam_stats(&self) -> IamStats {
        self.app.iam.stats()
    }

    /// While `on`, every IAM, metadata and pod-identity endpoint answers 503.
    pub fn set_iam_outage(&self, on: bool) {
        self.app.iam.outage.store(on, Ordering::SeqCst);
    }
}

/// Demo IAM user's account name (used when `OSM_SANDBOX_IAM_USERS` is unset).
pub const DEMO_DOMAIN_NAME: &str = "sandbox-demo";
/// Demo IAM user's name.
pub const DEMO_USER_NAME: &str = "sandbox-demo-user";
/// Demo IAM user's password.
pub const DEMO_PASSWORD: &str = "sandbox-demo-password-do-not-use";
/// Demo OIDC identity provider id.
pub const DEMO_IDP_ID: &str = "sandbox-demo-idp";
/// Demo id token (unless `OSM_SANDBOX_ID_TOKEN` is set).
pub const DEMO_ID_TOKEN: &str = "sandbox-demo-id-token";
/// Demo pod-identity token (unless `OSM_SANDBOX_POD_TOKEN` is set).
pub const DEMO_POD_TOKEN: &str = "sandbox-demo-pod-token";

/// The `osm-sandbox` binary's IAM setup: users from `OSM_SANDBOX_IAM_USERS`
/// (`DOMAIN_ID:DOMAIN_NAME:USER_NAME:PASSWORD[,...]`, default a demo user of the first
/// account); the first account is the ECS instance's agency, the pod identity (token
/// `OSM_SANDBOX_POD_TOKEN`) and the OIDC provider's account (id token
/// `OSM_SANDBOX_ID_TOKEN`). Returns the builder and what to print on stderr about demo
/// values in use.
pub fn configure_from_env(
    mut builder: SandboxBuilder,
    accounts: &[Account],
    var: impl Fn(&str) -> Option<String>,
) -> Result<(SandboxBuilder, Vec<String>), String> {
    let var = |n: &str| var(n).filter(|v| !v.trim().is_empty());
    let Some(first) = accounts.first() else {
        return Ok((builder, Vec::new()));
    };
    let domain = first.domain_id();
    let mut notes = Vec::new();
    match var("OSM_SANDBOX_IAM_USERS") {
        Some(text) => {
            for u in IamUser::parse_list(&text)? {
                builder = builder.iam_user(u);
            }
        }
        None => {
            builder = builder.iam_user(IamUser::new(
                domain,
                DEMO_DOMAIN_NAME,
                DEMO_USER_NAME,
                DEMO_PASSWORD,
            ));
            notes.push(format!(
                "OSM_SANDBOX_IAM_USERS is unset; IAM user (POST /v3/auth/tokens):\n  \
                 HUAWEICLOUD_SDK_DOMAIN_NAME={DEMO_DOMAIN_NAME}\n  \
                 HUAWEICLOUD_SDK_USER_NAME={DEMO_USER_NAME}\n  HUAWEICLOUD_SDK_PASSWORD={DEMO_PASSWORD}"
            ));
        }
    }
    let id_token = var("OSM_SANDBOX_ID_TOKEN").unwrap_or_else(|| {
        notes.push(format!(
            "OIDC: HUAWEICLOUD_SDK_IDP_ID={DEMO_IDP_ID}, id token {DEMO_ID_TOKEN} (OSM_SANDBOX_ID_TOKEN)"
        ));
        DEMO_ID_TOKEN.to_owned()
    });
    let pod_token = var("OSM_SANDBOX_POD_TOKEN").unwrap_or_else(|| {
        notes.push(format!(
            "pod identity: POST /v1/credentials with Authorization {DEMO_POD_TOKEN} (OSM_SANDBOX_POD_TOKEN)"
        ));
        DEMO_POD_TOKEN.to_owned()
    });
    builder = builder
        .oidc_identity_provider(OidcIdp::new(DEMO_IDP_ID, domain).accept_id_token(id_token))
        .ecs_agency(domain)
        .pod_identity(pod_token, domain);
    Ok((builder, notes))
}
