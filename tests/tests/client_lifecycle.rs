//! osm-client end to end against osm-sandbox (spawned in-process, HTTP on 127.0.0.1): a
//! ticket's whole life, paging, authentication failures, account isolation, configuration
//! from the environment.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, HashSet};

use futures::TryStreamExt;
use osm_client::types::{CaseAction, CaseStatus, CreateMessageDoV2};
use osm_client::{Attachment, Client, Credentials, Error};
use osm_sandbox::{Account, Sandbox, SandboxHandle};

async fn sandbox(accounts: Vec<Account>) -> SandboxHandle {
    Sandbox::builder()
        .accounts(accounts)
        .spawn()
        .await
        .expect("sandbox starts on 127.0.0.1")
}

fn client_for(sandbox: &SandboxHandle, account: &Account) -> Client {
    Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), account.secret_key())
                .unwrap()
                .with_domain_id(account.domain_id()),
        )
        .language("en-us")
        .build()
        .unwrap()
}

async fn create_case(client: &Client, description: &str) -> Result<String, Error> {
    let created = client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description(description)
        .source_id("src-e2e")
        .send()
        .await?;
    Ok(created
        .incident_id()
        .expect("the sandbox returns the new case id")
        .to_owned())
}

/// The engineer's side, through the sandbox's unauthenticated control API.
async fn engineer_reply(sandbox: &SandboxHandle, case_id: &str, content: &str) {
    let resp = reqwest::Client::new()
        .post(format!(
            "{}/sandbox/cases/{case_id}/reply",
            sandbox.base_url()
        ))
        .json(&serde_json::json!({ "content": content, "status": 2 }))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
}

async fn status_of(client: &Client, case_id: &str) -> Option<CaseStatus> {
    client
        .show_case_status()
        .case_id(case_id)
        .send()
        .await
        .unwrap()
        .status()
}

fn message(content: &str, accessory_ids: Vec<String>) -> CreateMessageDoV2 {
    CreateMessageDoV2 {
        content: Some(content.to_owned()),
        accessory_ids,
    }
}

#[tokio::test]
async fn a_tickets_whole_life() {
    let account = Account::new("AKLIFE000000000001", "sk-life", "domain-life");
    let sandbox = sandbox(vec![account.clone()]).await;
    let client = client_for(&sandbox, &account);

    // create
    let case_id = create_case(&client, "ECS instance does not boot")
        .await
        .unwrap();
    assert_eq!(
        status_of(&client, &case_id).await,
        Some(CaseStatus::PendingAcceptance),
        "pending acceptance"
    );

    // the customer writes
    client
        .create_messages()
        .case_id(&case_id)
        .message(message("It stopped after a reboot.", vec![]))
        .send()
        .await
        .unwrap();

    // support answers and asks for confirmation
    engineer_reply(&sandbox, &case_id, "Please try the rescue image.").await;
    assert_eq!(
        status_of(&client, &case_id).await,
        Some(CaseStatus::PendingConfirmation)
    );
    let messages: Vec<_> = client
        .list_messages()
        .case_id(&case_id)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let contents: Vec<_> = messages.iter().filter_map(|m| m.content()).collect();
    assert!(
        contents.contains(&"It stopped after a reboot."),
        "{contents:?}"
    );
    assert!(
        contents.contains(&"Please try the rescue image."),
        "{contents:?}"
    );

    // labels
    client
        .create_labels()
        .name("boot-failure")
        .color("#ff0000")
        .send()
        .await
        .unwrap();
    let label = client
        .list_labels()
        .name("boot-failure")
        .into_stream()
        .try_next()
        .await
        .unwrap()
        .expect("the new label is listed");
    let label_id = label.label_id().unwrap();
    client
        .create_case_labels()
        .case_id(&case_id)
        .label_ids([label_id])
        .send()
        .await
        .unwrap();
    let on_case = client
        .list_case_labels()
        .case_id(&case_id)
        .send()
        .await
        .unwrap();
    assert_eq!(on_case.case_label_list().len(), 1);
    assert_eq!(on_case.case_label_list()[0].name(), Some("boot-failure"));

    // an attachment up and down, byte-exact, through a file on both sides
    let content: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let dir = tempfile::tempdir().unwrap();
    let upload_path = dir.path().join("console.log");
    std::fs::write(&upload_path, &content).unwrap();
    let accessory_id = client
        .upload_attachment(Attachment::from_path(&upload_path).await.unwrap())
        .await
        .unwrap();
    let download = client
        .download_accessories()
        .accessory_id(&accessory_id)
        .send()
        .await
        .unwrap();
    let saved = dir.path().join("downloaded.log");
    assert_eq!(download.save(&saved).await.unwrap(), content.len() as u64);
    assert_eq!(std::fs::read(&saved).unwrap(), content);
    let from_bytes = client
        .upload_attachment(Attachment::from_bytes(
            "note.txt",
            "plain text".as_bytes().to_vec(),
        ))
        .await
        .unwrap();
    let got = client
        .download_accessories()
        .accessory_id(&from_bytes)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&got[..], b"plain text");

    // attach it to a message
    client
        .create_messages()
        .case_id(&case_id)
        .message(message("Console log attached.", vec![accessory_id.clone()]))
        .send()
        .await
        .unwrap();

    // the export lists the case
    let export = client
        .download_cases()
        .language("en-us")
        .timezone("GMT+8")
        .send()
        .await
        .unwrap();
    let csv = export.bytes().await.unwrap();
    assert!(String::from_utf8_lossy(&csv).contains(&case_id));

    // close
    client
        .update_cases()
        .case_id(&case_id)
        .action_id(CaseAction::Close)
        .send()
        .await
        .unwrap();
    assert_eq!(
        status_of(&client, &case_id).await,
        Some(CaseStatus::Completed)
    );
    let logs: Vec<_> = client
        .list_case_operate_logs()
        .case_id(&case_id)
        .limit(2)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert!(logs.len() >= 3, "every change is logged: {}", logs.len());
}

#[tokio::test]
async fn attachments_breaking_the_limits_are_rejected_before_upload() {
    let account = Account::new("AKLIMIT00000000001", "sk-limit", "domain-limit");
    let sandbox = sandbox(vec![account.clone()]).await;
    let client = client_for(&sandbox, &account);
    let err = client
        .upload_attachment(Attachment::from_bytes("tool.exe", vec![0u8; 10]))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::AttachmentRejected(_)), "{err:?}");
    assert!(err.to_string().contains("\"exe\" is not accepted"), "{err}");
    let huge = Attachment::from_stream(
        "big.log",
        1 << 40,
        futures::stream::empty::<std::io::Result<bytes::Bytes>>(),
    );
    let err = client.upload_attachment(huge).await.unwrap_err();
    assert!(err.to_string().contains("at most"), "{err}");
}

#[tokio::test]
async fn list_cases_streams_across_more_than_three_pages() {
    let account = Account::new("AKPAGE000000000001", "sk-page", "domain-page");
    let sandbox = sandbox(vec![account.clone()]).await;
    let client = client_for(&sandbox, &account);
    let mut created = HashSet::new();
    for i in 0..23 {
        created.insert(create_case(&client, &format!("case {i}")).await.unwrap());
    }
    let listed: Vec<_> = client
        .list_cases()
        .limit(5)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 23, "5 pages of 5, the last one short");
    let ids: HashSet<String> = listed.into_iter().filter_map(|c| c.incident_id).collect();
    assert_eq!(ids, created);

    // filters pass through; pages are fetched lazily
    let mut stream = client
        .list_cases()
        .status(CaseStatus::PendingAcceptance)
        .limit(4)
        .into_stream();
    let first = stream.try_next().await.unwrap().unwrap();
    assert_eq!(first.status(), Some(CaseStatus::PendingAcceptance));
    drop(stream);
    assert!(
        client
            .list_cases()
            .status(CaseStatus::Completed)
            .into_stream()
            .try_next()
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn wrong_secret_key_is_an_auth_error() {
    let account = Account::new("AKAUTH000000000001", "right-secret", "domain-auth");
    let sandbox = sandbox(vec![account.clone()]).await;
    let client = Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), "wrong-secret")
                .unwrap()
                .with_domain_id(account.domain_id()),
        )
        .build()
        .unwrap();
    let err = client.list_cases().send().await.unwrap_err();
    assert!(err.is_auth(), "{err:?}");
    assert!(!err.is_retryable());
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(err.error_code(), Some("APIGW.0301"));
    assert!(err.request_id().is_some(), "the sandbox sends X-Request-Id");
    let text = err.to_string();
    assert!(text.starts_with("OSM error APIGW.0301: "), "{text}");
    assert!(!text.contains("wrong-secret"), "{text}");

    // a domain id that is not the AK's account
    let other_domain = Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), account.secret_key())
                .unwrap()
                .with_domain_id("someone-else"),
        )
        .build()
        .unwrap();
    let err = other_domain.list_cases().send().await.unwrap_err();
    assert!(err.is_auth(), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
}

#[tokio::test]
async fn accounts_are_isolated() {
    let a = Account::new("AKISOA000000000001", "sk-a", "domain-a");
    let b = Account::new("AKISOB000000000001", "sk-b", "domain-b");
    let sandbox = sandbox(vec![a.clone(), b.clone()]).await;
    let (alice, bob) = (client_for(&sandbox, &a), client_for(&sandbox, &b));
    let case_id = create_case(&alice, "alice's problem").await.unwrap();

    let err = bob
        .show_case_detail()
        .case_id(&case_id)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    let bobs: Vec<_> = bob.list_cases().into_stream().try_collect().await.unwrap();
    assert!(bobs.is_empty());
    assert!(
        bob.update_cases()
            .case_id(&case_id)
            .action_id("close")
            .send()
            .await
            .is_err()
    );
    assert_eq!(
        status_of(&alice, &case_id).await,
        Some(CaseStatus::PendingAcceptance),
        "untouched by bob"
    );
}

#[tokio::test]
async fn configuration_from_an_injected_environment() {
    let account = Account::new("AKENV0000000000001", "sk-env", "domain-env");
    let sandbox = sandbox(vec![account.clone()]).await;
    let env: BTreeMap<String, String> = [
        ("OSM_ENDPOINT", sandbox.base_url()),
        ("HUAWEICLOUD_SDK_AK", account.access_key()),
        ("HUAWEICLOUD_SDK_SK", account.secret_key()),
        ("HUAWEICLOUD_SDK_DOMAIN_ID", account.domain_id()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let client = Client::builder().env(env).build().unwrap();
    assert_eq!(client.endpoint(), sandbox.base_url());
    create_case(&client, "configured from the environment")
        .await
        .unwrap();

    // no credentials anywhere: the client builds, and its first call fails with an error of
    // its own kind, saying what each provider of the chain found, before OSM is called
    let empty: BTreeMap<String, String> =
        [("HOME".to_owned(), "/nonexistent-osm-home".to_owned())].into();
    let client = Client::builder()
        .endpoint(sandbox.base_url())
        .env(empty)
        .build()
        .unwrap();
    let err = client.list_cases().send().await.unwrap_err();
    assert!(matches!(err, Error::Identity(_)), "{err:#?}");
    assert!(err.is_auth() && err.status().is_none());
    // (what the metadata probe finds depends on the network this runs on)
    assert!(
        err.to_string()
            .starts_with("osm-client could not get credentials: "),
        "{err}"
    );

    // a region alone derives the endpoint
    let regional = Client::builder()
        .region("ap-southeast-3")
        .credentials(Credentials::new("AK", "SK").unwrap().with_domain_id("d"))
        .build()
        .unwrap();
    assert_eq!(
        regional.endpoint(),
        "https://osm.ap-southeast-3.myhuaweicloud.com"
    );
}
