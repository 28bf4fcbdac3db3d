//! IAM password tokens against the sandbox: `POST /v3/auth/tokens`, OSM calls with
//! `X-Auth-Token` (not signed), refresh ahead of expiry, a rejected password.
#![allow(clippy::unwrap_used)]

mod creds_support;

use std::collections::HashSet;
use std::time::Duration;

use creds_support::*;
use osm_auth::identity::{EnvIdentityProvider, IamPasswordProvider, Identity, IdentityError};

fn token(i: &Identity) -> String {
    i.as_token().unwrap().token().expose_secret().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_password_token_authenticates_osm_and_is_refreshed_once_ahead_of_expiry() {
    let s = sandbox().await;
    let provider = IamPasswordProvider::new(config(&s, env(&[])), DOMAIN_NAME, USER, PASSWORD);
    let cache = cache(&s, provider);

    let first = concurrently(&cache, 32).await;
    let tokens: HashSet<String> = first.iter().map(token).collect();
    assert_eq!(tokens.len(), 1);
    assert_eq!(s.iam_stats().password_tokens, 1);
    let t = first[0].as_token().unwrap();
    assert_eq!(
        (t.domain_id(), t.user_name(), t.domain_name()),
        (DOMAIN, Some(USER), Some(DOMAIN_NAME))
    );

    let (status, body) = list_cases(&s, &first[0]).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(s.iam_stats().token_authenticated, 1);

    // 2 h token: refreshed in its last 40 min (the official SDKs' threshold)
    s.clock().advance(Duration::from_secs(81 * 60));
    let during = concurrently(&cache, 32).await;
    wait_for_loads(&cache, 2).await;
    assert_eq!(
        s.iam_stats().password_tokens,
        2,
        "one refresh for 32 callers"
    );
    let new = cache.identity().await.unwrap();
    assert_ne!(token(&new), token(&first[0]));
    // nobody waited: the caller that started the refresh got the current token, the others
    // that one or, once the refresh had landed, the new one
    assert!(during.iter().any(|i| token(i) == token(&first[0])));
    assert!(
        during
            .iter()
            .all(|i| [token(&first[0]), token(&new)].contains(&token(i)))
    );

    s.clock().advance(Duration::from_secs(40 * 60));
    let (status, body) = list_cases(&s, &first[0]).await;
    assert_eq!(
        (status, body["error_code"].as_str()),
        (401, Some("APIGW.0301")),
        "{body}"
    );
    assert!(
        body["error_msg"].as_str().unwrap().contains("expired"),
        "{body}"
    );
    assert_eq!(list_cases(&s, &new).await.0, 200);
}

#[tokio::test]
async fn the_password_can_come_from_the_environment_or_a_file() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "password", &format!("{PASSWORD}\n"));
    for e in [
        env(&[
            ("HUAWEICLOUD_SDK_DOMAIN_NAME", DOMAIN_NAME),
            ("HUAWEICLOUD_SDK_USER_NAME", USER),
            ("HUAWEICLOUD_SDK_PASSWORD_FILE", &file),
        ]),
        env(&[
            ("HUAWEICLOUD_SDK_DOMAIN_NAME", DOMAIN_NAME),
            ("HUAWEICLOUD_SDK_USER_NAME", USER),
            ("HUAWEICLOUD_SDK_PASSWORD", PASSWORD),
        ]),
    ] {
        let cache = cache(&s, EnvIdentityProvider::new(config(&s, e)));
        let identity = cache.identity().await.unwrap();
        assert!(identity.as_token().is_some());
        assert_eq!(list_cases(&s, &identity).await.0, 200);
    }
}

#[tokio::test]
async fn a_wrong_password_is_a_typed_error_without_the_password() {
    let s = sandbox().await;
    let cache = cache(
        &s,
        IamPasswordProvider::new(config(&s, env(&[])), DOMAIN_NAME, USER, "not-the-password"),
    );
    let err = cache.identity().await.unwrap_err();
    let IdentityError::Rejected {
        status, trace_id, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 401);
    assert!(trace_id.is_some(), "IAM's X-IAM-Trace-Id is kept");
    let text = err.to_string();
    assert!(
        text.contains("IAM password") && text.contains(USER),
        "{text}"
    );
    assert!(!text.contains("not-the-password"), "{text}");
}
