//! osm-client with the production identities against the sandbox playing IAM and the ECS
//! metadata service: an IAM password token (sent as `X-Auth-Token`, unsigned), temporary
//! AK/SK with a security token from the metadata service, AK/SK without a domain id (looked up
//! through IAM), and one identity refresh shared by many concurrent calls.
#![allow(clippy::unwrap_used)]

#[path = "creds_support/mod.rs"]
mod creds_support;

use creds_support::*;
use futures::future::join_all;
use osm_auth::identity::{EcsMetadataProvider, IamPasswordProvider, StaticIdentity};
use osm_client::{Client, Credentials, Error};

fn client(s: &osm_sandbox::SandboxHandle, cache: osm_auth::identity::IdentityCache) -> Client {
    Client::builder()
        .endpoint(s.base_url())
        .identity_cache(cache)
        .no_proxy()
        .build()
        .unwrap()
}

async fn create_case(c: &Client) -> Result<String, Error> {
    let case = c
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("signed in with a production identity")
        .source_id("src")
        .send()
        .await?;
    Ok(case.incident_id().unwrap().to_owned())
}

#[tokio::test]
async fn an_iam_password_token_drives_the_client() {
    let s = sandbox().await;
    let provider = IamPasswordProvider::new(config(&s, env(&[])), DOMAIN_NAME, USER, PASSWORD);
    let c = client(&s, cache(&s, provider));
    let id = create_case(&c).await.unwrap();
    let detail = c.show_case_detail().case_id(&id).send().await.unwrap();
    assert_eq!(
        detail.incident_detail_info().unwrap().incident_id(),
        Some(id.as_str())
    );
}

#[tokio::test]
async fn temporary_metadata_credentials_sign_with_their_security_token() {
    let s = sandbox().await;
    let provider = EcsMetadataProvider::new(config(&s, env(&[])));
    let cache = cache(&s, provider);
    let c = client(&s, cache.clone());
    // 20 concurrent calls: one metadata fetch serves them all
    let results = join_all((0..20).map(|_| create_case(&c))).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(cache.load_count(), 1);
}

#[tokio::test]
async fn aksk_without_a_domain_id_is_completed_through_iam() {
    let s = sandbox().await;
    let provider = StaticIdentity::new(Credentials::new(AK, SK).unwrap())
        .with_domain_lookup(config(&s, env(&[])));
    let c = client(&s, cache(&s, provider));
    create_case(&c).await.unwrap();
    // and the same through the builder's `credentials(..)` with an IAM endpoint
    let c = Client::builder()
        .endpoint(s.base_url())
        .iam_endpoint(s.base_url())
        .credentials(Credentials::new(AK, SK).unwrap())
        .no_proxy()
        .build()
        .unwrap();
    create_case(&c).await.unwrap();
}

#[tokio::test]
async fn a_wrong_password_fails_the_call_with_a_typed_error() {
    let s = sandbox().await;
    let provider = IamPasswordProvider::new(config(&s, env(&[])), DOMAIN_NAME, USER, "not-it");
    let c = client(&s, cache(&s, provider));
    let err = c.list_cases().send().await.unwrap_err();
    assert!(matches!(err, Error::Identity(_)), "{err:#?}");
    assert!(err.is_auth());
    assert!(!err.to_string().contains("not-it"), "{err}");
}
