//! OIDC federation and CCE pod identity against the sandbox.
#![allow(clippy::unwrap_used)]

mod creds_support;

use std::time::Duration;

use creds_support::*;
use osm_auth::identity::{
    EnvIdentityProvider, IdentityError, OidcFederationProvider, PodIdentityProvider,
    ProvideIdentity,
};

#[tokio::test]
async fn an_id_token_file_becomes_temporary_credentials_and_a_rotated_token_is_picked_up() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = write(dir.path(), "id_token", ID_TOKEN);
    let e = env(&[
        ("HUAWEICLOUD_SDK_IDP_ID", IDP),
        ("HUAWEICLOUD_SDK_ID_TOKEN_FILE", &token_file),
    ]);
    let cache = cache(&s, EnvIdentityProvider::new(config(&s, e)));
    let first = cache.identity().await.unwrap();
    let c = first.as_credentials().unwrap();
    assert!(c.security_token().is_some());
    assert_eq!(
        c.domain_id(),
        Some(DOMAIN),
        "from the federated token's user.domain"
    );
    assert_eq!(list_cases(&s, &first).await.0, 200);
    let st = s.iam_stats();
    assert_eq!(
        (st.id_token_tokens, st.security_tokens, st.domain_lookups),
        (1, 1, 0)
    );

    // the kubelet rotates the token; the 6 h credentials expire; the new token is used
    write(dir.path(), "id_token", ID_TOKEN_2);
    s.clock().advance(Duration::from_secs(6 * 60 * 60 + 1));
    let second = cache.identity().await.unwrap();
    assert_ne!(access_key(&second), access_key(&first));
    assert_eq!(list_cases(&s, &second).await.0, 200);
    assert_eq!(list_cases(&s, &first).await.0, 401);

    write(dir.path(), "id_token", "forged");
    let err = OidcFederationProvider::new(config(&s, env(&[])), IDP, &token_file)
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::Rejected { status: 401, .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("forged"), "{err}");
}

#[tokio::test]
async fn pod_identity_serves_temporary_credentials_of_the_pods_agency() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = write(dir.path(), "token", &format!("{POD_TOKEN}\n"));
    let uri = format!("{}/v1/credentials", s.base_url());
    let e = env(&[
        ("HC_CONTAINER_CREDENTIALS_FULL_URI", &uri),
        ("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE", &token_file),
    ]);
    let cache = cache(&s, PodIdentityProvider::new(config(&s, e.clone())));
    let identity = cache.identity().await.unwrap();
    assert_eq!(identity.domain_id(), Some(DOMAIN));
    assert_eq!(list_cases(&s, &identity).await.0, 200);
    s.clock().advance(TEMP_TTL);
    assert_eq!(list_cases(&s, &identity).await.0, 401, "expired");
    let renewed = cache.identity().await.unwrap();
    assert_eq!(list_cases(&s, &renewed).await.0, 200);
    assert_eq!(s.iam_stats().pod_credentials, 2);

    write(dir.path(), "token", "stolen-token");
    let err = PodIdentityProvider::new(config(&s, e))
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::Rejected { status: 401, .. }),
        "{err}"
    );
}

#[tokio::test]
async fn oidc_through_sts_comes_first_in_the_default_chain() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = write(dir.path(), "oidc", ID_TOKEN);
    let provider_urn = format!("iam::{DOMAIN}:identity-provider:{IDP}");
    let agency_urn = format!("iam::{DOMAIN}:agency:osm-bot");
    let e = env(&[
        ("HOME", dir.path().to_str().unwrap()),
        ("HUAWEICLOUD_OIDC_PROVIDER_URN", &provider_urn),
        ("HUAWEICLOUD_OIDC_AGENCY_URN", &agency_urn),
        ("HUAWEICLOUD_OIDC_TOKEN_FILE", &token_file),
        ("HUAWEICLOUD_OIDC_DURATION_SECONDS", "900"),
        // would win were STS not first
        ("HUAWEICLOUD_SDK_AK", AK),
        ("HUAWEICLOUD_SDK_SK", SK),
    ]);
    let cache = cache(
        &s,
        osm_auth::identity::IdentityChain::default_chain(config(&s, e.clone())),
    );
    let identity = cache.identity().await.unwrap();
    assert_ne!(access_key(&identity), AK);
    assert_eq!(
        identity.domain_id(),
        Some(DOMAIN),
        "looked up with the STS credentials"
    );
    assert_eq!(list_cases(&s, &identity).await.0, 200);
    let st = s.iam_stats();
    assert_eq!((st.sts_assumes, st.domain_lookups), (1, 1));

    // 900 s credentials: refreshed in their last 450 s, through STS again
    s.clock().advance(Duration::from_secs(901));
    let renewed = cache.identity().await.unwrap();
    assert_ne!(access_key(&renewed), access_key(&identity));
    assert_eq!(s.iam_stats().sts_assumes, 2);

    let mut other_account = e;
    other_account.insert(
        "HUAWEICLOUD_OIDC_AGENCY_URN".into(),
        "iam::someone-else:agency:osm-bot".into(),
    );
    let err = osm_auth::identity::OidcStsProvider::new(config(&s, other_account))
        .provide_identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::Rejected { status: 403, .. }),
        "{err}"
    );
}
