//! Shared by the `credentials_*` tests: a sandbox playing IAM, metadata and pod identity, an
//! osm-auth provider configuration that reaches only it, and an OSM call made with a plain
//! reqwest request (signed with osm-auth, or carrying `X-Auth-Token`).
#![allow(dead_code, unreachable_pub, clippy::unwrap_used)]

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use osm_auth::identity::{Identity, IdentityCache, ProvideIdentity, ProviderConfig, TimeSource};
use osm_auth::{SignableRequest, SigningParams, sign};
use osm_sandbox::iam::{IamUser, OidcIdp};
use osm_sandbox::{Account, Sandbox, SandboxBuilder, SandboxHandle};
use serde_json::Value;

pub const DOMAIN: &str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
pub const DOMAIN_NAME: &str = "acme";
pub const AK: &str = "AKPERMANENTE2E000001";
pub const SK: &str = "permanent-e2e-secret-key";
pub const USER: &str = "alice";
pub const PASSWORD: &str = "alice-e2e-password";
pub const IDP: &str = "idp-e2e";
pub const ID_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.e2e-id-token-1";
pub const ID_TOKEN_2: &str = "eyJhbGciOiJSUzI1NiJ9.e2e-id-token-2";
pub const POD_TOKEN: &str = "pod-e2e-token";
/// Lifetime of the sandbox's temporary AK/SK in these tests.
pub const TEMP_TTL: Duration = Duration::from_secs(60 * 60);
/// Lifetime of the sandbox's IAM tokens in these tests.
pub const TOKEN_TTL: Duration = Duration::from_secs(2 * 60 * 60);

/// A sandbox with one account, its IAM user, an OIDC provider, an ECS agency and a pod token.
pub fn builder() -> SandboxBuilder {
    Sandbox::builder()
        .account(Account::new(AK, SK, DOMAIN))
        .iam_user(IamUser::new(DOMAIN, DOMAIN_NAME, USER, PASSWORD))
        .oidc_identity_provider(
            OidcIdp::new(IDP, DOMAIN)
                .accept_id_token(ID_TOKEN)
                .accept_id_token(ID_TOKEN_2),
        )
        .ecs_agency(DOMAIN)
        .pod_identity(POD_TOKEN, DOMAIN)
        .temporary_credentials_ttl(TEMP_TTL)
        .token_ttl(TOKEN_TTL)
}

pub async fn sandbox() -> SandboxHandle {
    builder().spawn().await.unwrap()
}

/// The sandbox's clock, for osm-auth.
pub fn time(s: &SandboxHandle) -> TimeSource {
    let clock = s.clock().clone();
    TimeSource::from_fn(move || clock.now().into())
}

pub fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// Providers reading `env`, calling the sandbox as IAM and as the metadata service, on the
/// sandbox clock. Nothing else is reachable from it.
pub fn config(s: &SandboxHandle, env: HashMap<String, String>) -> ProviderConfig {
    ProviderConfig::new()
        .with_env(env)
        .with_http_client(http())
        .with_iam_endpoint(s.base_url())
        .with_metadata_endpoint(s.base_url())
        .with_sts_endpoint(s.base_url())
        .with_time_source(time(s))
}

/// A cache over `provider` on the sandbox clock.
pub fn cache(s: &SandboxHandle, provider: impl ProvideIdentity + 'static) -> IdentityCache {
    IdentityCache::builder()
        .time_source(time(s))
        .build(provider)
}

/// Lists cases with `identity`: AK/SK-signed by osm-auth, or with `X-Auth-Token` and no
/// signature. Returns the status and body.
pub async fn list_cases(s: &SandboxHandle, identity: &Identity) -> (u16, Value) {
    let url = format!("{}/v2/servicerequest/cases?limit=10", s.base_url());
    let mut req = http().get(&url);
    match identity {
        Identity::AkSk(c) => {
            let signable = SignableRequest::from_url("GET", &url).unwrap();
            let now: SystemTime = s.clock().now().into();
            let out = sign(&signable, &SigningParams::new(c, now)).unwrap();
            for (name, value) in out.headers_to_add() {
                req = req.header(name, value);
            }
        }
        Identity::Token(t) => {
            req = req.header("X-Auth-Token", t.token().expose_secret());
        }
        _ => unreachable!("no other identity kinds"),
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let body = r.json().await.unwrap_or(Value::Null);
    (status, body)
}

/// `n` concurrent `identity()` calls, each from its own task.
pub async fn concurrently(cache: &IdentityCache, n: usize) -> Vec<Identity> {
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let c = cache.clone();
            tokio::spawn(async move { c.identity().await })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap().unwrap());
    }
    out
}

/// Waits until the cache has finished `n` loads (a background refresh); fails after 10 s.
pub async fn wait_for_loads(cache: &IdentityCache, n: u64) {
    for _ in 0..1000 {
        if cache.load_count() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "the cache finished {} loads, expected {n}",
        cache.load_count()
    );
}

pub fn access_key(i: &Identity) -> String {
    i.as_credentials().unwrap().access_key().to_owned()
}

pub fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_owned()
}
