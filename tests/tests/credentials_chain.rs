//! The default chain against the sandbox: which provider answers, the credentials file's
//! `iam_endpoint`, and what the chain says when nothing works.
#![allow(clippy::unwrap_used)]

mod creds_support;

use creds_support::*;
use osm_auth::identity::{IdentityChain, IdentityError};

fn closed_port() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    format!("http://{addr}")
}

#[tokio::test]
async fn a_profile_without_a_domain_id_gets_it_from_its_own_iam_endpoint() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "credentials",
        &format!(
            "[global]\nak = {AK}\nsk = {SK}\niam_endpoint = {}\n",
            s.base_url()
        ),
    );
    let e = env(&[
        ("HOME", dir.path().to_str().unwrap()),
        ("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file),
    ]);
    // the configuration's own IAM endpoint goes nowhere: only the profile's can answer
    let cfg = config(&s, e).with_iam_endpoint(closed_port());
    let cache = cache(&s, IdentityChain::default_chain(cfg));
    let identity = cache.identity().await.unwrap();
    assert_eq!(access_key(&identity), AK);
    assert_eq!(identity.domain_id(), Some(DOMAIN));
    assert_eq!(s.iam_stats().domain_lookups, 1);
    assert_eq!(list_cases(&s, &identity).await.0, 200);
}

#[tokio::test]
async fn the_environment_wins_then_the_file_then_pod_identity_then_metadata() {
    let s = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "credentials",
        &format!("[global]\nak = AKFROMFILE\nsk = x\ndomain_id = {DOMAIN}\n"),
    );
    let pod_token = write(dir.path(), "pod", POD_TOKEN);
    let pod_uri = format!("{}/v1/credentials", s.base_url());
    let home = dir.path().to_str().unwrap();

    let all = env(&[
        ("HOME", home),
        ("HUAWEICLOUD_SDK_AK", AK),
        ("HUAWEICLOUD_SDK_SK", SK),
        ("HUAWEICLOUD_SDK_DOMAIN_ID", DOMAIN),
        ("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file),
        ("HC_CONTAINER_CREDENTIALS_FULL_URI", &pod_uri),
        ("HC_CONTAINER_AUTHORIZATION_TOKEN_FILE", &pod_token),
    ]);
    let pick = |e| async {
        let c = cache(&s, IdentityChain::default_chain(config(&s, e)));
        c.identity().await.unwrap()
    };
    assert_eq!(access_key(&pick(all.clone()).await), AK);

    let mut no_env = all.clone();
    no_env.retain(|k, _| {
        !k.starts_with("HUAWEICLOUD_SDK_AK") && !k.starts_with("HUAWEICLOUD_SDK_SK")
    });
    assert_eq!(access_key(&pick(no_env.clone()).await), "AKFROMFILE");

    let mut pod = no_env.clone();
    pod.remove("HUAWEICLOUD_SDK_CREDENTIALS_FILE");
    let before = s.iam_stats();
    let identity = pick(pod.clone()).await;
    assert!(
        identity
            .as_credentials()
            .unwrap()
            .security_token()
            .is_some()
    );
    let after = s.iam_stats();
    assert_eq!(after.pod_credentials - before.pod_credentials, 1);
    assert_eq!(
        after.metadata_keys, before.metadata_keys,
        "metadata not asked"
    );

    let mut metadata = pod;
    metadata.retain(|k, _| !k.starts_with("HC_CONTAINER"));
    let identity = pick(metadata).await;
    assert_eq!(s.iam_stats().metadata_keys - after.metadata_keys, 1);
    assert_eq!(list_cases(&s, &identity).await.0, 200);
}

#[tokio::test]
async fn when_nothing_works_the_chain_says_what_each_provider_said() {
    // no agency on this "instance": the metadata service answers, so its error is the answer
    let s = osm_sandbox::Sandbox::builder()
        .account(osm_sandbox::Account::new(AK, SK, DOMAIN))
        .spawn()
        .await
        .unwrap();
    let home = tempfile::tempdir().unwrap();
    let e = env(&[("HOME", home.path().to_str().unwrap())]);
    let err = cache(&s, IdentityChain::default_chain(config(&s, e.clone())))
        .identity()
        .await
        .unwrap_err();
    assert!(
        matches!(err, IdentityError::Rejected { status: 401, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("attach an agency"), "{err}");

    // no metadata service either: every provider's reason, in order, on one line
    let cfg = config(&s, e).with_metadata_endpoint(closed_port());
    let err = cache(&s, IdentityChain::default_chain(cfg))
        .identity()
        .await
        .unwrap_err();
    let IdentityError::ChainExhausted(each) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(each.len(), 5);
    let text = err.to_string();
    for want in [
        "HUAWEICLOUD_OIDC_PROVIDER_URN",
        "HUAWEICLOUD_SDK_AK",
        "credentials",
        "HC_CONTAINER_CREDENTIALS_FULL_URI",
        "no metadata service",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
}
