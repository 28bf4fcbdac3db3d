//! ECS metadata credentials against the sandbox: temporary AK/SK that really expire, the
//! domain id from IAM, one refresh for many callers, and a refresh that fails.
#![allow(clippy::unwrap_used)]

mod creds_support;

use std::collections::HashSet;
use std::time::Duration;

use creds_support::*;
use osm_auth::identity::{EcsMetadataProvider, IdentityError, ProvideIdentity};

#[tokio::test]
async fn temporary_credentials_sign_osm_calls_and_the_domain_id_comes_from_iam() {
    let s = sandbox().await;
    let cache = cache(&s, EcsMetadataProvider::new(config(&s, env(&[]))));
    let identity = cache.identity().await.unwrap();
    let c = identity.as_credentials().unwrap();
    assert!(c.security_token().is_some() && c.expiry().is_some());
    assert_eq!(
        c.domain_id(),
        Some(DOMAIN),
        "looked up through GET /v3/auth/domains"
    );
    let (status, body) = list_cases(&s, &identity).await;
    assert_eq!(status, 200, "{body}");
    let st = s.iam_stats();
    assert_eq!(
        (st.metadata_tokens, st.metadata_keys, st.domain_lookups),
        (1, 1, 1)
    );
    assert_eq!(
        st.temporary_key_authenticated, 2,
        "the lookup and the OSM call"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_callers_one_load_then_one_refresh_ahead_of_expiry() {
    let s = sandbox().await;
    let cache = cache(&s, EcsMetadataProvider::new(config(&s, env(&[]))));

    // 64 callers at once on an empty cache: one load
    let first = concurrently(&cache, 64).await;
    let keys: HashSet<String> = first.iter().map(access_key).collect();
    assert_eq!(keys.len(), 1);
    assert_eq!(s.iam_stats().metadata_keys, 1);
    let old = first[0].clone();

    // 1 h credentials refresh in their last 30 min; 31 min later they are still valid
    s.clock().advance(Duration::from_secs(31 * 60));
    let during = concurrently(&cache, 64).await;
    wait_for_loads(&cache, 2).await;
    assert_eq!(
        s.iam_stats().metadata_keys,
        2,
        "exactly one refresh for 64 callers"
    );

    let new = cache.identity().await.unwrap();
    assert_ne!(access_key(&new), access_key(&old));
    assert_eq!(s.iam_stats().metadata_keys, 2);
    // nobody waited: the caller that started the refresh got the current credentials, the
    // others those or, once the refresh had landed, the new ones
    let (old_key, new_key) = (access_key(&old), access_key(&new));
    assert!(during.iter().any(|i| access_key(i) == old_key));
    assert!(
        during
            .iter()
            .all(|i| [&old_key, &new_key].contains(&&access_key(i)))
    );
    assert_eq!(
        list_cases(&s, &old).await.0,
        200,
        "old ones work until they expire"
    );

    // past the old expiry the sandbox refuses them; the new ones work
    s.clock().advance(Duration::from_secs(30 * 60));
    let (status, body) = list_cases(&s, &old).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error_code"], "APIGW.0301");
    assert_eq!(
        list_cases(&s, &cache.identity().await.unwrap()).await.0,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn after_expiry_every_caller_waits_for_the_same_single_load() {
    let s = sandbox().await;
    let cache = cache(&s, EcsMetadataProvider::new(config(&s, env(&[]))));
    let old = cache.identity().await.unwrap();
    s.clock().advance(TEMP_TTL + Duration::from_secs(1));
    let after = concurrently(&cache, 64).await;
    let keys: HashSet<String> = after.iter().map(access_key).collect();
    assert_eq!(keys.len(), 1, "all got the same new credentials");
    assert!(!keys.contains(&access_key(&old)));
    assert_eq!(s.iam_stats().metadata_keys, 2);
    assert_eq!(cache.load_count(), 2);
}

#[tokio::test]
async fn a_failed_refresh_serves_the_old_credentials_while_valid_then_a_typed_error() {
    let s = sandbox().await;
    let cache = cache(&s, EcsMetadataProvider::new(config(&s, env(&[]))));
    let old = cache.identity().await.unwrap();

    s.set_iam_outage(true);
    s.clock().advance(Duration::from_secs(31 * 60));
    assert_eq!(
        access_key(&cache.identity().await.unwrap()),
        access_key(&old)
    );
    wait_for_loads(&cache, 2).await; // the refresh ran and failed
    let again = concurrently(&cache, 16).await;
    assert!(again.iter().all(|i| access_key(i) == access_key(&old)));
    assert_eq!(list_cases(&s, &old).await.0, 200);

    s.clock().advance(Duration::from_secs(30 * 60)); // the old ones expired
    let err = cache.identity().await.unwrap_err();
    let IdentityError::Expired { source, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(
        matches!(**source, IdentityError::Rejected { status: 503, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("ECS metadata"), "{err}");

    s.set_iam_outage(false);
    let new = cache.identity().await.unwrap();
    assert_ne!(access_key(&new), access_key(&old));
    assert_eq!(list_cases(&s, &new).await.0, 200);
}

#[tokio::test]
async fn an_instance_without_an_agency_is_told_to_attach_one() {
    let s = osm_sandbox::Sandbox::builder()
        .account(osm_sandbox::Account::new(AK, SK, DOMAIN))
        .spawn()
        .await
        .unwrap();
    let err = EcsMetadataProvider::new(config(&s, env(&[])))
        .provide_identity()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("attach an agency"), "{err}");
}
