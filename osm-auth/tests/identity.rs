//! The async identity providers with injected environments, files and a mock HTTP server on
//! 127.0.0.1 (end-to-end runs against osm-sandbox are in the workspace's `tests/` crate).
#![cfg(feature = "http-providers")]
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use osm_auth::identity::{
    EcsMetadataProvider, EnvIdentityProvider, IamPasswordProvider, IamToken, Identity,
    IdentityChain, IdentityError, OidcStsProvider, PodIdentityProvider, ProfileIdentityProvider,
    ProvideIdentity, ProviderConfig, StaticIdentity,
};
use osm_auth::{Credentials, KeyEntry, SecretString, Verifier};
use serde_json::json;

const SK: &str = "unit-test-secret-key";
const PASSWORD: &str = "unit-test-password";

fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Serves `router` on a free loopback port; returns its base URL.
async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    format!("http://{addr}")
}

/// A loopback URL nothing listens on.
async fn closed_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    format!("http://{addr}")
}

/// A configuration that can reach nothing outside this machine: IAM and metadata point at
/// a closed loopback port unless a test says otherwise.
async fn config(e: HashMap<String, String>) -> ProviderConfig {
    let closed = closed_port().await;
    ProviderConfig::new()
        .with_env(e)
        .with_iam_endpoint(&closed)
        .with_metadata_endpoint(&closed)
        .with_sts_endpoint(&closed)
        .with_http_client(reqwest::Client::builder().no_proxy().build().unwrap())
}

fn creds(i: &Identity) -> &Credentials {
    i.as_credentials().expect("AK/SK")
}

#[tokio::test]
async fn env_reads_the_official_variables() {
    let cfg = config(env(&[
        ("HUAWEICLOUD_SDK_AK", "AKENV"),
        ("HUAWEICLOUD_SDK_SK", SK),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "very-secret-token"),
        ("HUAWEICLOUD_SDK_DOMAIN_ID", "dom"),
    ]))
    .await;
    let chain = format!("{:?}", IdentityChain::default_chain(cfg.clone()));
    assert!(
        !chain.contains(SK) && !chain.contains("very-secret-token"),
        "{chain}"
    );
    let i = EnvIdentityProvider::new(cfg)
        .provide_identity()
        .await
        .unwrap();
    let c = creds(&i);
    assert_eq!(c.access_key(), "AKENV");
    assert_eq!(c.secret_key().expose_secret(), SK);
    assert_eq!(
        c.security_token().unwrap().expose_secret(),
        "very-secret-token"
    );
    assert_eq!(c.domain_id(), Some("dom"));
    for shown in [format!("{i:?}"), i.to_string()] {
        assert!(
            !shown.contains(SK) && !shown.contains("very-secret-token"),
            "{shown}"
        );
        assert!(shown.contains("AKENV"), "{shown}");
    }
}

#[tokio::test]
async fn env_half_configurations_name_what_is_missing() {
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&[("HUAWEICLOUD_SDK_AK", "AK")], "HUAWEICLOUD_SDK_SK"),
        (&[("HUAWEICLOUD_SDK_SK", SK)], "HUAWEICLOUD_SDK_AK"),
        (
            &[("HUAWEICLOUD_SDK_IDP_ID", "idp")],
            "HUAWEICLOUD_SDK_ID_TOKEN_FILE",
        ),
        (
            &[("HUAWEICLOUD_SDK_ID_TOKEN_FILE", "/f")],
            "HUAWEICLOUD_SDK_IDP_ID",
        ),
        (
            &[
                ("HUAWEICLOUD_SDK_DOMAIN_NAME", "acme"),
                ("HUAWEICLOUD_SDK_PASSWORD", PASSWORD),
            ],
            "HUAWEICLOUD_SDK_USER_NAME",
        ),
        (
            &[
                ("HUAWEICLOUD_SDK_DOMAIN_NAME", "acme"),
                ("HUAWEICLOUD_SDK_USER_NAME", "u"),
            ],
            "PASSWORD",
        ),
    ];
    for (vars, want) in cases {
        let err = EnvIdentityProvider::new(config(env(vars)).await)
            .provide_identity()
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::Invalid { .. }), "{err}");
        let text = err.to_string();
        assert!(text.contains(want), "{vars:?}: {text}");
        assert!(!text.contains(SK) && !text.contains(PASSWORD), "{text}");
    }
    let sts_cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[(
                "HUAWEICLOUD_OIDC_PROVIDER_URN",
                "iam::d:identity-provider:i",
            )],
            "HUAWEICLOUD_OIDC_AGENCY_URN",
        ),
        (
            &[
                ("HUAWEICLOUD_OIDC_PROVIDER_URN", "p"),
                ("HUAWEICLOUD_OIDC_AGENCY_URN", "a"),
            ],
            "HUAWEICLOUD_OIDC_TOKEN_FILE",
        ),
        (
            &[
                ("HUAWEICLOUD_OIDC_PROVIDER_URN", "p"),
                ("HUAWEICLOUD_OIDC_AGENCY_URN", "a"),
                ("HUAWEICLOUD_OIDC_ID_TOKEN", "t"),
                ("HUAWEICLOUD_OIDC_DURATION_SECONDS", "an hour"),
            ],
            "HUAWEICLOUD_OIDC_DURATION_SECONDS",
        ),
    ];
    for (vars, want) in sts_cases {
        let err = OidcStsProvider::new(config(env(vars)).await)
            .provide_identity()
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::Invalid { .. }), "{err}");
        assert!(err.to_string().contains(want), "{vars:?}: {err}");
    }
    let none = EnvIdentityProvider::new(config(env(&[])).await)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(none.is_not_configured(), "{none}");
}

/// A mock IAM whose `GET /v3/auth/domains` verifies the signature with osm-auth's verifier
/// and counts requests.
async fn mock_iam(domains: serde_json::Value) -> (String, Arc<AtomicUsize>) {
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let router = Router::new().route(
        "/v3/auth/domains",
        get(move |req: axum::extract::Request| {
            let h = h.clone();
            let domains = domains.clone();
            async move {
                h.fetch_add(1, Ordering::SeqCst);
                let (parts, _) = req.into_parts();
                let lookup = |ak: &str| {
                    (ak == "AKLOOKUP").then(|| KeyEntry {
                        secret_key: SecretString::new(SK),
                        account: (),
                    })
                };
                match Verifier::new().verify_parts(&parts, b"", &lookup, SystemTime::now()) {
                    Ok(_) => (
                        StatusCode::OK,
                        [("x-iam-trace-id", "trace-1")],
                        axum::Json(domains),
                    )
                        .into_response(),
                    Err(e) => (
                        StatusCode::UNAUTHORIZED,
                        axum::Json(json!({"error": {"code": 401, "message": e.to_string()}})),
                    )
                        .into_response(),
                }
            }
        }),
    );
    (serve(router).await, hits)
}

#[tokio::test]
async fn a_missing_domain_id_is_looked_up_once_per_access_key() {
    let (iam, hits) = mock_iam(json!({"domains": [{"id": "dom-looked-up", "name": "acme"}]})).await;
    let cfg = config(env(&[
        ("HUAWEICLOUD_SDK_AK", "AKLOOKUP"),
        ("HUAWEICLOUD_SDK_SK", SK),
    ]))
    .await
    .with_iam_endpoint(&iam);
    let provider = EnvIdentityProvider::new(cfg.clone());
    for _ in 0..3 {
        let i = provider.provide_identity().await.unwrap();
        assert_eq!(i.domain_id(), Some("dom-looked-up"));
    }
    assert_eq!(hits.load(Ordering::SeqCst), 1, "cached per AK");
    assert_eq!(
        cfg.domain_id_cache().get("AKLOOKUP").as_deref(),
        Some("dom-looked-up")
    );
}

#[tokio::test]
async fn a_failed_domain_lookup_says_how_to_set_the_domain_id() {
    let (iam, _) = mock_iam(json!({"domains": []})).await;
    for (ak, endpoint) in [
        ("AKLOOKUP", iam.clone()),
        ("AKUNKNOWN", iam),
        ("AKLOOKUP", closed_port().await),
    ] {
        let cfg = config(env(&[
            ("HUAWEICLOUD_SDK_AK", ak),
            ("HUAWEICLOUD_SDK_SK", SK),
        ]))
        .await
        .with_iam_endpoint(&endpoint);
        let err = EnvIdentityProvider::new(cfg)
            .provide_identity()
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::DomainIdLookup { .. }), "{err}");
        let text = err.to_string();
        assert!(
            text.contains("HUAWEICLOUD_SDK_DOMAIN_ID") && text.contains(ak),
            "{text}"
        );
        assert!(!text.contains(SK), "{text}");
    }
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_owned()
}

#[tokio::test]
async fn profiles_global_named_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "credentials",
        "[global]\nak = AKGLOBAL\nsk = a#b;c\ndomain_id = dom-g\n\n[prod]\nAK = AKPROD\nSK = s\nDomain_Id = dom-p\n\n[broken]\nak = A\n",
    );
    let base = [("HUAWEICLOUD_SDK_CREDENTIALS_FILE", file.as_str())];
    let p = ProfileIdentityProvider::new(config(env(&base)).await);
    let i = p.provide_identity().await.unwrap();
    assert_eq!(creds(&i).access_key(), "AKGLOBAL");
    assert_eq!(creds(&i).secret_key().expose_secret(), "a#b;c");

    let named = [base[0], ("HUAWEICLOUD_SDK_PROFILE", "prod")];
    let i = ProfileIdentityProvider::new(config(env(&named)).await)
        .provide_identity()
        .await
        .unwrap();
    assert_eq!(
        (creds(&i).access_key(), i.domain_id()),
        ("AKPROD", Some("dom-p"))
    );
    let i = p
        .clone()
        .with_profile("prod")
        .provide_identity()
        .await
        .unwrap();
    assert_eq!(creds(&i).access_key(), "AKPROD");

    let err = p
        .clone()
        .with_profile("staging")
        .provide_identity()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("[staging]"), "{err}");
    let err = p
        .clone()
        .with_profile("broken")
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("idp_id and id_token_file"),
        "{err}"
    );

    let empty_home = tempfile::tempdir().unwrap();
    let err = ProfileIdentityProvider::new(
        config(env(&[("HOME", empty_home.path().to_str().unwrap())])).await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert!(err.is_not_configured(), "{err}");
    let err = ProfileIdentityProvider::new(
        config(env(&[(
            "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
            "/nonexistent/creds",
        )]))
        .await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert!(
        matches!(err, IdentityError::Invalid { .. }),
        "an explicit file must exist: {err}"
    );
}

#[tokio::test]
async fn a_profile_prefers_federation_and_uses_its_iam_endpoint() {
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let iam = serve(Router::new().route(
        "/v3.0/OS-AUTH/id-token/tokens",
        post(move |headers: HeaderMap, body: String| {
            let h = h.clone();
            async move {
                h.fetch_add(1, Ordering::SeqCst);
                assert_eq!(headers["x-idp-id"], "idp-file");
                assert!(body.contains("the-id-token"), "{body}");
                (
                    StatusCode::UNAUTHORIZED,
                    axum::Json(json!({"error": {"code": 401, "message": "id token expired"}})),
                )
            }
        }),
    ))
    .await;
    let dir = tempfile::tempdir().unwrap();
    let token = write(dir.path(), "id_token", "  the-id-token\n");
    let file = write(
        dir.path(),
        "credentials",
        &format!(
            "[global]\nak = AK\nsk = s\nidp_id = idp-file\nid_token_file = {token}\niam_endpoint = {iam}\n"
        ),
    );
    let err = ProfileIdentityProvider::new(
        config(env(&[("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)])).await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "the profile's iam_endpoint was called"
    );
    let IdentityError::Rejected {
        status, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 401);
    assert!(
        message.contains("id token expired") && message.contains("identity provider id"),
        "{message}"
    );
    assert!(!err.to_string().contains("the-id-token"), "{err}");
}

#[tokio::test]
async fn metadata_answers_that_are_unusable_are_typed_errors() {
    let bodies = [
        ("not json at all", "not the expected JSON"),
        (
            r#"{"credential":{"access":"A","secret":"S","securitytoken":"T"}}"#,
            "expires_at",
        ),
        (
            r#"{"credential":{"access":"A","secret":"S","securitytoken":"T","expires_at":"soon"}}"#,
            "RFC 3339",
        ),
    ];
    for (body, want) in bodies {
        let router = Router::new()
            .route(
                "/meta-data/latest/api/token",
                put(|| async { (StatusCode::NOT_FOUND, "") }),
            )
            .route(
                "/openstack/latest/securitykey",
                get(move || async move { body }),
            );
        let url = serve(router).await;
        let cfg = config(env(&[])).await.with_metadata_endpoint(&url);
        let err = EcsMetadataProvider::new(cfg)
            .provide_identity()
            .await
            .unwrap_err();
        assert!(matches!(err, IdentityError::BadResponse { .. }), "{err}");
        assert!(err.to_string().contains(want), "{body}: {err}");
    }
}

#[tokio::test]
async fn metadata_without_an_agency_or_not_on_ecs() {
    let router = Router::new()
        .route("/meta-data/latest/api/token", put(|| async { "session" }))
        .route(
            "/openstack/latest/securitykey",
            get(|| async {
                (
                    StatusCode::UNAUTHORIZED,
                    "Please configure Cloud Service Agency first",
                )
            }),
        );
    let url = serve(router).await;
    let cfg = config(env(&[])).await.with_metadata_endpoint(&url);
    let err = EcsMetadataProvider::new(cfg)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::Rejected { status: 401, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("attach an agency"), "{err}");

    // nothing listening: "not configured", so a chain goes on
    let err = EcsMetadataProvider::new(config(env(&[])).await)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(err.is_not_configured(), "{err}");

    // a service that accepts the connection and never answers: bounded by the timeout
    let hang = serve(Router::new().route(
        "/meta-data/latest/api/token",
        put(std::future::pending::<&'static str>),
    ))
    .await;
    let cfg = config(env(&[])).await.with_metadata_endpoint(&hang);
    let err = EcsMetadataProvider::new(cfg)
        .with_timeout(Duration::from_millis(200))
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        err.is_not_configured() && err.to_string().contains("timed out"),
        "{err}"
    );
}

#[tokio::test]
async fn metadata_retries_once_with_a_new_session_token_after_a_401() {
    let tokens = Arc::new(AtomicUsize::new(0));
    let t = tokens.clone();
    let router = Router::new()
        .route(
            "/meta-data/latest/api/token",
            put(move |headers: HeaderMap| {
                let t = t.clone();
                async move {
                    assert_eq!(headers["x-metadata-token-ttl-seconds"], "21600");
                    format!("session-{}", t.fetch_add(1, Ordering::SeqCst) + 1)
                }
            }),
        )
        .route(
            "/openstack/latest/securitykey",
            get(|headers: HeaderMap| async move {
                if headers.get("x-metadata-token").is_some_and(|v| v == "session-2") {
                    (StatusCode::OK, r#"{"credential":{"access":"AKMETA","secret":"S","securitytoken":"T","expires_at":"2099-01-01T00:00:00.000000Z"}}"#)
                } else {
                    (StatusCode::UNAUTHORIZED, "token expired")
                }
            }),
        );
    let url = serve(router).await;
    let cfg = config(env(&[("HUAWEICLOUD_SDK_DOMAIN_ID", "dom-env")]))
        .await
        .with_metadata_endpoint(&url);
    let i = EcsMetadataProvider::new(cfg)
        .provide_identity()
        .await
        .unwrap();
    assert_eq!(tokens.load(Ordering::SeqCst), 2);
    assert_eq!(creds(&i).access_key(), "AKMETA");
    assert_eq!(
        i.domain_id(),
        Some("dom-env"),
        "HUAWEICLOUD_SDK_DOMAIN_ID applies"
    );
    assert!(i.expiry().is_some());
}

#[tokio::test]
async fn pod_identity_configuration_errors() {
    let err = PodIdentityProvider::new(config(env(&[])).await)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(err.is_not_configured(), "{err}");
    let err = PodIdentityProvider::new(
        config(env(&[(
            "HC_CONTAINER_CREDENTIALS_FULL_URI",
            "http://127.0.0.1:1/x",
        )]))
        .await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE"),
        "{err}"
    );
    let err = PodIdentityProvider::new(
        config(env(&[
            ("HC_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:1/x"),
            (
                "HC_CONTAINER_AUTHORIZATION_TOKEN_FILE",
                "/nonexistent/token",
            ),
        ]))
        .await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert!(
        matches!(err, IdentityError::Invalid { .. })
            && err.to_string().contains("/nonexistent/token"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty", " \n");
    let err = PodIdentityProvider::new(
        config(env(&[
            ("HC_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:1/x"),
            ("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE", &empty),
        ]))
        .await,
    )
    .provide_identity()
    .await
    .unwrap_err();
    assert!(err.to_string().contains("empty"), "{err}");
}

#[tokio::test]
async fn password_errors_never_show_the_password() {
    let iam = serve(Router::new().route(
        "/v3/auth/tokens",
        post(|body: String| async move {
            if body.contains("\"password\":\"right\"") {
                // 201 without the token header
                (StatusCode::CREATED, axum::Json(json!({"token": {"expires_at": "2099-01-01T00:00:00.000000Z"}}))).into_response()
            } else {
                (StatusCode::UNAUTHORIZED, axum::Json(json!({"error": {"code": 401, "message": "The username or password is wrong."}}))).into_response()
            }
        }),
    ))
    .await;
    let cfg = config(env(&[])).await.with_iam_endpoint(&iam);
    let err = IamPasswordProvider::new(cfg.clone(), "acme", "alice", PASSWORD)
        .provide_identity()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("username or password is wrong") && text.contains("alice"),
        "{text}"
    );
    assert!(!text.contains(PASSWORD), "{text}");
    let err = IamPasswordProvider::new(cfg, "acme", "alice", "right")
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::BadResponse { .. })
            && err.to_string().contains("X-Subject-Token"),
        "{err}"
    );
}

#[tokio::test]
async fn the_chain_lists_every_provider_or_stops_at_the_first_configured() {
    let home = tempfile::tempdir().unwrap();
    let e = env(&[("HOME", home.path().to_str().unwrap())]);
    let err = IdentityChain::default_chain(config(e).await)
        .provide_identity()
        .await
        .unwrap_err();
    let IdentityError::ChainExhausted(errors) = &err else {
        panic!("{err:?}")
    };
    let names: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 5, "{names:?}");
    let order = [
        "OIDC STS",
        "environment",
        "credentials file",
        "pod identity",
        "ECS metadata",
    ];
    for (n, want) in names.iter().zip(order) {
        assert!(n.starts_with(want), "{n}");
    }
    assert!(!err.to_string().contains('\n'));

    // a half-configured environment stops the chain with its own error
    let e = env(&[
        ("HOME", home.path().to_str().unwrap()),
        ("HUAWEICLOUD_SDK_AK", "AK"),
    ]);
    let err = IdentityChain::default_chain(config(e).await)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            IdentityError::Invalid {
                provider: "environment",
                ..
            }
        ),
        "{err}"
    );
}

#[tokio::test]
async fn static_identities_and_tokens_are_redacted() {
    let token = IamToken::new(
        "MIIsecret-token",
        SystemTime::now() + Duration::from_secs(60),
        "dom",
    )
    .unwrap()
    .with_user(Some("uid".into()), Some("alice".into()));
    let i = StaticIdentity::new(token).provide_identity().await.unwrap();
    assert_eq!(i.domain_id(), Some("dom"));
    for shown in [format!("{i:?}"), i.to_string()] {
        assert!(!shown.contains("MIIsecret"), "{shown}");
        assert!(shown.contains("alice"), "{shown}");
    }
    // a far-future expiry is shown, not a panic
    let far = SystemTime::UNIX_EPOCH + Duration::from_secs(1 << 40);
    let shown = Identity::from(IamToken::new("t", far, "d").unwrap()).to_string();
    assert!(shown.contains("expires"), "{shown}");
    assert!(IamToken::new("", SystemTime::now(), "d").is_err());
    assert!(IamToken::new("has\nnewline", SystemTime::now(), "d").is_err());
    assert!(IamToken::new("t", SystemTime::now(), " ").is_err());
}
