//! The sandbox's IAM, metadata and pod-identity endpoints, token auth of OSM calls and the
//! movable clock, over HTTP (the providers that use them are tested in `tests/`).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, SystemTime};

use osm_auth::{Credentials, SignableRequest, SigningParams, sign};
use osm_sandbox::iam::{IamUser, OidcIdp};
use osm_sandbox::{Account, Sandbox, SandboxError, SandboxHandle};
use serde_json::{Value, json};

const DOMAIN: &str = "dom-iam";
const CASES: &str = "/v2/servicerequest/cases?limit=10";

async fn sandbox(trace: Option<&std::path::Path>) -> SandboxHandle {
    let mut b = Sandbox::builder()
        .account(Account::new("AKPERMANENT000000001", "permanent-sk", DOMAIN))
        .iam_user(IamUser::new(DOMAIN, "acme", "alice", "pa:ss-word"))
        .oidc_identity_provider(OidcIdp::new("idp-1", DOMAIN).accept_id_token("id-token-1"))
        .ecs_agency(DOMAIN)
        .pod_identity("pod-token-1", DOMAIN)
        .token_ttl(Duration::from_secs(3600))
        .temporary_credentials_ttl(Duration::from_secs(900));
    if let Some(p) = trace {
        b = b.trace_file(p);
    }
    b.spawn().await.unwrap()
}

fn http() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

async fn password_token(s: &SandboxHandle, password: &str, scoped: bool) -> reqwest::Response {
    let mut body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {
        "domain": {"name": "acme"}, "name": "alice", "password": password}}}}});
    if scoped {
        body["auth"]["scope"] = json!({"domain": {"name": "acme"}});
    }
    http()
        .post(format!("{}/v3/auth/tokens", s.base_url()))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn with_token(s: &SandboxHandle, token: &str) -> (u16, Value) {
    let r = http()
        .get(format!("{}{CASES}", s.base_url()))
        .header("X-Auth-Token", token)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

#[tokio::test]
async fn a_password_token_authenticates_osm_calls_until_it_expires() {
    let s = sandbox(None).await;
    let r = password_token(&s, "pa:ss-word", true).await;
    assert_eq!(r.status(), 201);
    let token = r.headers()["x-subject-token"].to_str().unwrap().to_owned();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["token"]["domain"]["id"], DOMAIN);
    assert_eq!(body["token"]["user"]["name"], "alice");
    assert!(body["token"]["expires_at"].as_str().unwrap().ends_with('Z'));

    assert_eq!(with_token(&s, &token).await.0, 200);
    s.clock().advance(Duration::from_secs(3601));
    let (status, err) = with_token(&s, &token).await;
    assert_eq!(status, 401);
    assert_eq!(err["error_code"], "APIGW.0301");
    assert!(
        err["error_msg"].as_str().unwrap().contains("expired"),
        "{err}"
    );
    let (status, err) = with_token(&s, "MIInot-a-token").await;
    assert_eq!(
        (status, err["error_code"].as_str()),
        (401, Some("APIGW.0301"))
    );
    assert_eq!(s.iam_stats().token_authenticated, 1);
}

#[tokio::test]
async fn wrong_passwords_unscoped_tokens_and_foreign_domains_are_refused() {
    let s = sandbox(None).await;
    let r = password_token(&s, "wrong", true).await;
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], 401, "keystone error shape: {body}");

    let r = password_token(&s, "pa:ss-word", false).await;
    assert_eq!(r.status(), 201);
    let unscoped = r.headers()["x-subject-token"].to_str().unwrap().to_owned();
    let (status, err) = with_token(&s, &unscoped).await;
    assert_eq!(status, 401);
    assert!(
        err["error_msg"].as_str().unwrap().contains("unscoped"),
        "{err}"
    );

    let scoped = password_token(&s, "pa:ss-word", true).await;
    let scoped = scoped.headers()["x-subject-token"]
        .to_str()
        .unwrap()
        .to_owned();
    let r = http()
        .get(format!("{}{CASES}", s.base_url()))
        .header("X-Auth-Token", &scoped)
        .header("X-Domain-Id", "someone-else")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    for bad in ["not json", r#"{"auth":{}}"#] {
        let r = http()
            .post(format!("{}/v3/auth/tokens", s.base_url()))
            .body(bad)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{bad}");
    }
}

fn signed_get(
    s: &SandboxHandle,
    creds: &Credentials,
    path_and_query: &str,
) -> reqwest::RequestBuilder {
    let url = format!("{}{path_and_query}", s.base_url());
    let req = SignableRequest::from_url("GET", &url).unwrap();
    let now: SystemTime = s.clock().now().into();
    let out = sign(&req, &SigningParams::new(creds, now)).unwrap();
    let mut b = http().get(&url);
    for (n, v) in out.headers_to_add() {
        b = b.header(n, v);
    }
    b
}

async fn metadata_credentials(s: &SandboxHandle) -> Credentials {
    let v: Value = http()
        .get(format!("{}/openstack/latest/securitykey", s.base_url()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let c = &v["credential"];
    Credentials::new(c["access"].as_str().unwrap(), c["secret"].as_str().unwrap())
        .unwrap()
        .with_security_token(c["securitytoken"].as_str().unwrap())
}

#[tokio::test]
async fn temporary_keys_need_their_security_token_and_expire() {
    let s = sandbox(None).await;
    let creds = metadata_credentials(&s).await;
    // the domain lookup tells the account of a temporary key
    let r = signed_get(&s, &creds, "/v3/auth/domains")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["domains"][0]["id"], DOMAIN);

    let creds = creds.with_domain_id(DOMAIN);
    let r = signed_get(&s, &creds, CASES).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(s.iam_stats().temporary_key_authenticated, 2);

    let without_token = Credentials::new(creds.access_key(), creds.secret_key().clone())
        .unwrap()
        .with_domain_id(DOMAIN);
    let r = signed_get(&s, &without_token, CASES).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let v: Value = r.json().await.unwrap();
    assert!(
        v["error_msg"]
            .as_str()
            .unwrap()
            .contains("X-Security-Token"),
        "{v}"
    );

    s.clock().advance(Duration::from_secs(901));
    let r = signed_get(&s, &creds, CASES).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let v: Value = r.json().await.unwrap();
    assert!(v["error_msg"].as_str().unwrap().contains("expired"), "{v}");
}

#[tokio::test]
async fn metadata_session_tokens_and_agencies() {
    let s = sandbox(None).await;
    let base = s.base_url();
    let r = http()
        .put(format!("{base}/meta-data/latest/api/token"))
        .header("X-Metadata-Token-Ttl-Seconds", "60")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let token = r.text().await.unwrap();
    let get = |t: &str| {
        http()
            .get(format!("{base}/openstack/latest/securitykey"))
            .header("X-Metadata-Token", t)
            .send()
    };
    assert_eq!(get(&token).await.unwrap().status(), 200);
    s.clock().advance(Duration::from_secs(61));
    assert_eq!(get(&token).await.unwrap().status(), 401);
    let r = http()
        .put(format!("{base}/meta-data/latest/api/token"))
        .header("X-Metadata-Token-Ttl-Seconds", "99999")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    let no_agency = Sandbox::builder()
        .account(Account::new("AK1", "SK1", "d1"))
        .spawn()
        .await
        .unwrap();
    let r = http()
        .get(format!(
            "{}/openstack/latest/securitykey",
            no_agency.base_url()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Please configure Cloud Service Agency first")
    );
}

#[tokio::test]
async fn federation_and_pod_identity_issue_temporary_keys() {
    let s = sandbox(None).await;
    let base = s.base_url();
    let r = http()
        .post(format!("{base}/v3.0/OS-AUTH/id-token/tokens"))
        .header("X-Idp-Id", "idp-1")
        .json(&json!({"auth": {"id_token": {"id": "id-token-1"}}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let unscoped = r.headers()["x-subject-token"].to_str().unwrap().to_owned();
    let r = http()
        .post(format!("{base}/v3.0/OS-CREDENTIAL/securitytokens"))
        .json(&json!({"auth": {"identity": {"methods": ["token"],
            "token": {"id": unscoped, "duration_seconds": 21600}}}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let v: Value = r.json().await.unwrap();
    assert!(
        v["credential"]["access"]
            .as_str()
            .unwrap()
            .starts_with("STS")
    );

    let r = http()
        .post(format!("{base}/v3.0/OS-AUTH/id-token/tokens"))
        .header("X-Idp-Id", "idp-1")
        .json(&json!({"auth": {"id_token": {"id": "forged"}}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    let pod = |t: &'static str| {
        http()
            .post(format!("{base}/v1/credentials"))
            .header("Authorization", t)
            .json(&json!({}))
            .send()
    };
    let v: Value = pod("pod-token-1").await.unwrap().json().await.unwrap();
    assert!(v["credentials"]["accessKeyId"].as_str().is_some(), "{v}");
    assert_eq!(pod("other").await.unwrap().status(), 401);
    let st = s.iam_stats();
    assert_eq!(
        (st.id_token_tokens, st.security_tokens, st.pod_credentials),
        (2, 1, 2)
    );
}

#[tokio::test]
async fn the_clock_and_outage_control_routes() {
    let s = sandbox(None).await;
    let base = s.base_url();
    let post = |path: &str, body: Value| http().post(format!("{base}{path}")).json(&body).send();
    let v: Value = post("/sandbox/clock", json!({"offset_seconds": 7200}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["offset_seconds"], 7200.0);
    post("/sandbox/clock", json!({"advance_seconds": 60}))
        .await
        .unwrap();
    assert_eq!(s.clock().offset().num_seconds(), 7260);
    let r = post(
        "/sandbox/clock",
        json!({"offset_seconds": 1, "advance_seconds": 1}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 400);
    let r = post("/sandbox/clock", json!({"advance_seconds": i64::MAX}))
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    post("/sandbox/iam/outage", json!({"on": true}))
        .await
        .unwrap();
    assert_eq!(password_token(&s, "pa:ss-word", true).await.status(), 503);
    s.set_iam_outage(false);
    assert_eq!(password_token(&s, "pa:ss-word", true).await.status(), 201);
    let v: Value = http()
        .get(format!("{base}/sandbox/iam/stats"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["password_tokens"], 2);
}

#[tokio::test]
async fn passwords_and_tokens_stay_out_of_the_trace() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.jsonl");
    let s = sandbox(Some(&trace)).await;
    let r = password_token(&s, "pa:ss-word", true).await;
    let token = r.headers()["x-subject-token"].to_str().unwrap().to_owned();
    assert_eq!(with_token(&s, &token).await.0, 200);
    s.shutdown().await;
    let text = std::fs::read_to_string(&trace).unwrap();
    assert_eq!(
        text.lines().count(),
        1,
        "only the OSM call is traced: {text}"
    );
    assert!(
        !text.contains("pa:ss-word") && !text.contains(&token),
        "{text}"
    );
    assert!(text.contains("<redacted>"), "{text}");
}

#[tokio::test]
async fn iam_configuration_must_name_existing_accounts() {
    let err = Sandbox::builder()
        .account(Account::new("AK1", "SK1", "d1"))
        .ecs_agency("nobody")
        .spawn()
        .await
        .unwrap_err();
    assert!(matches!(err, SandboxError::Iam(_)), "{err}");
    assert!(err.to_string().contains("nobody"), "{err}");
}
