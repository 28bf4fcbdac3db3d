//! `osm_client::blocking::Client` through the same life of a ticket as the async client
//! (`client_lifecycle.rs`), from plain threads: the sandbox runs on a runtime of the test's,
//! the blocking client on its own.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use osm_client::types::{CaseAction, CaseStatus, CreateMessageDoV2};
use osm_client::workflows::CaseEvent;
use osm_client::{Attachment, Client, Credentials, Error, blocking};
use osm_sandbox::{Account, Sandbox, SandboxHandle};

/// A sandbox served by a runtime of its own (the test thread stays outside any runtime).
fn sandbox(account: &Account) -> (tokio::runtime::Runtime, SandboxHandle) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let handle = rt
        .block_on(Sandbox::builder().account(account.clone()).spawn())
        .unwrap();
    (rt, handle)
}

fn client_for(sandbox: &SandboxHandle, account: &Account) -> blocking::Client {
    Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), account.secret_key())
                .unwrap()
                .with_domain_id(account.domain_id()),
        )
        .language("en-us")
        .build_blocking()
        .unwrap()
}

fn message(content: &str, accessory_ids: Vec<String>) -> CreateMessageDoV2 {
    CreateMessageDoV2 {
        content: Some(content.to_owned()),
        accessory_ids,
    }
}

fn status_of(client: &blocking::Client, id: &str) -> Option<CaseStatus> {
    client
        .send(client.show_case_status().case_id(id))
        .unwrap()
        .status()
}

#[test]
fn a_tickets_whole_life_without_async() {
    let account = Account::new("AKBLOCK00000000001", "sk-block", "domain-block");
    let (rt, sandbox) = sandbox(&account);
    let client = client_for(&sandbox, &account);

    // create
    let created = client
        .send(
            client
                .create_cases()
                .business_type_id("bt-consult")
                .simple_description("ECS instance does not boot")
                .source_id("src-e2e"),
        )
        .unwrap();
    let case_id = created.incident_id().unwrap().to_owned();
    assert_eq!(
        status_of(&client, &case_id),
        Some(CaseStatus::PendingAcceptance)
    );

    // the customer writes, support answers and asks for confirmation
    client
        .send(
            client
                .create_messages()
                .case_id(&case_id)
                .message(message("It stopped after a reboot.", vec![])),
        )
        .unwrap();
    rt.block_on(sandbox.engineer_reply(&case_id, "Please try the rescue image.", Some(2)))
        .unwrap();
    assert_eq!(
        status_of(&client, &case_id),
        Some(CaseStatus::PendingConfirmation)
    );
    // pagination as an Iterator
    let contents: Vec<String> = client
        .iter(client.list_messages().case_id(&case_id).limit(1))
        .map(|m| m.unwrap().content.unwrap_or_default())
        .collect();
    assert_eq!(
        contents,
        ["It stopped after a reboot.", "Please try the rescue image."]
    );

    // following as an Iterator: the history, then the status
    let events: Vec<CaseEvent> = client
        .iter(
            client
                .follow_case(&case_id)
                .poll_interval(Duration::from_millis(2), Duration::from_millis(20)),
        )
        .take(3)
        .map(Result::unwrap)
        .collect();
    assert!(events[1].is_from_support(), "{events:?}");
    assert!(matches!(
        events[2],
        CaseEvent::Status {
            status: CaseStatus::PendingConfirmation,
            ..
        }
    ));

    // labels
    client
        .send(client.create_labels().name("boot-failure").color("#ff0000"))
        .unwrap();
    let label = client
        .iter(client.list_labels().name("boot-failure"))
        .next()
        .unwrap()
        .unwrap();
    client
        .send(
            client
                .create_case_labels()
                .case_id(&case_id)
                .label_ids([label.label_id().unwrap()]),
        )
        .unwrap();
    let on_case = client
        .send(client.list_case_labels().case_id(&case_id))
        .unwrap();
    assert_eq!(on_case.case_label_list()[0].name(), Some("boot-failure"));

    // an attachment up and down, byte-exact: file to file, and into any io::Write
    let content: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let dir = tempfile::tempdir().unwrap();
    let upload_path = dir.path().join("console.log");
    std::fs::write(&upload_path, &content).unwrap();
    let accessory_id = client
        .upload_attachment(Attachment::open(&upload_path).unwrap())
        .unwrap();
    let saved = dir.path().join("downloaded.log");
    let download = client
        .download(client.download_accessories().accessory_id(&accessory_id))
        .unwrap();
    assert_eq!(download.content_length(), Some(content.len() as u64));
    assert_eq!(download.save(&saved).unwrap(), content.len() as u64);
    assert_eq!(std::fs::read(&saved).unwrap(), content);
    let mut copy = Vec::new();
    client
        .download(client.download_accessories().accessory_id(&accessory_id))
        .unwrap()
        .write_to(&mut copy)
        .unwrap();
    assert_eq!(copy, content);
    let note = client
        .upload_attachment(Attachment::from_bytes("note.txt", "plain text"))
        .unwrap();
    let got = client
        .download(client.download_accessories().accessory_id(&note))
        .unwrap()
        .bytes()
        .unwrap();
    assert_eq!(&got[..], b"plain text");
    client
        .send(
            client
                .create_messages()
                .case_id(&case_id)
                .message(message("Console log attached.", vec![accessory_id])),
        )
        .unwrap();

    // the export lists the case
    let csv = client
        .download(client.download_cases().language("en-us").timezone("GMT+8"))
        .unwrap()
        .bytes()
        .unwrap();
    assert!(String::from_utf8_lossy(&csv).contains(&case_id));

    // close, and a waiter sees it
    client
        .send(
            client
                .update_cases()
                .case_id(&case_id)
                .action_id(CaseAction::Close),
        )
        .unwrap();
    let closed = client
        .send(client.wait_for_case(&case_id).until(CaseStatus::Completed))
        .unwrap();
    assert_eq!(closed.status, Some(CaseStatus::Completed));
    let logs = client
        .iter(client.list_case_operate_logs().case_id(&case_id).limit(2))
        .count();
    assert!(logs >= 3, "every change is logged: {logs}");

    // errors are the async client's errors
    let err = client
        .send(client.show_case_detail().case_id("CS-NOPE"))
        .unwrap_err();
    assert!(err.is_not_found(), "{err}");
    let err = client.send(client.create_cases()).unwrap_err();
    assert!(matches!(err, Error::MissingInput { .. }), "{err:?}");
}

#[test]
fn inside_an_async_runtime_it_says_so_instead_of_panicking() {
    let account = Account::new("AKBLOCKASYNC000001", "sk-async", "domain-async");
    let (rt, sandbox) = sandbox(&account);
    let client = client_for(&sandbox, &account);
    let err = rt
        .block_on(async { client.send(client.list_case_limits()) })
        .unwrap_err();
    assert!(matches!(err, Error::Blocking(_)), "{err:?}");
    assert!(err.to_string().contains("inside an async runtime"), "{err}");
    let mut iter = client.iter(client.list_cases());
    let err = rt.block_on(async { iter.next() }).unwrap().unwrap_err();
    assert!(matches!(err, Error::Blocking(_)), "{err:?}");
    assert!(
        iter.next().is_none(),
        "outside the runtime the (empty) list is read"
    );
    // in a spawn_blocking closure too (tokio cannot tell those threads from its workers);
    // what the error advises there works
    let shared = client.clone();
    let (err, limits) = rt.block_on(async move {
        tokio::task::spawn_blocking(move || {
            let err = shared.send(shared.list_case_limits()).unwrap_err();
            let limits = tokio::runtime::Handle::current()
                .block_on(shared.as_async().list_case_limits().send());
            (err, limits)
        })
        .await
        .unwrap()
    });
    assert!(matches!(err, Error::Blocking(_)), "{err:?}");
    assert!(
        err.to_string()
            .contains("tokio::runtime::Handle::current().block_on"),
        "{err}"
    );
    limits.unwrap();
    // outside it works, and the client can even be dropped inside a runtime
    client.send(client.list_case_limits()).unwrap();
    rt.block_on(async move { drop(client) });
}
