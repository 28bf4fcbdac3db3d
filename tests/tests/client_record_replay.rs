//! Record, then replay: a ticket's life recorded by osm-client (`record_with`) against the
//! sandbox, checked for secrets and personal data, then replayed by a sandbox answering from
//! the recording (`replay_file`) to another account's client — same answers, no support side,
//! signatures still verified, nothing missed or left over.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::Duration;

use futures::StreamExt;
use osm_client::record::Redaction;
use osm_client::types::{CaseAction, CaseStatus};
use osm_client::workflows::CaseEvent;
use osm_client::{Attachment, Client, Credentials, Error};
use osm_sandbox::{Account, Sandbox, SandboxHandle};

const PHONE: &str = "13800001111";
const MAIL: &str = "someone@example.com";
const SECURITY_TOKEN: &str = "SECURITY-TOKEN-VALUE-42";
const IAM_TOKEN: &str = "IAM-TOKEN-VALUE-42";

fn recorder_account() -> Account {
    Account::new("AKRECORD0000000001", "sk-recorder-secret", "domain-record")
}

fn replayer_account() -> Account {
    Account::new("AKREPLAY0000000001", "sk-replayer-secret", "domain-replay")
}

fn client(
    sandbox: &SandboxHandle,
    account: &Account,
    record: Option<(&Path, Redaction)>,
) -> Client {
    let mut b = Client::builder().endpoint(sandbox.base_url()).credentials(
        Credentials::new(account.access_key(), account.secret_key())
            .unwrap()
            .with_security_token(SECURITY_TOKEN)
            .with_domain_id(account.domain_id()),
    );
    if let Some((path, redaction)) = record {
        b = b.record_with(path, redaction);
    }
    b.build().unwrap()
}

/// What the code under test saw.
#[derive(Debug, PartialEq)]
struct Seen {
    case_id: String,
    reply: String,
    attachment: Vec<u8>,
    closed: Option<CaseStatus>,
}

/// The code under test: open a case with an attachment, follow it until support answers,
/// read the attachment back, close it and wait until it is closed. `support` plays the
/// engineer when recording; a replay needs none.
async fn ticket(client: &Client, support: Option<&SandboxHandle>) -> Result<Seen, Error> {
    let opened = client
        .open_case(
            client
                .create_cases()
                .business_type_id("bt-consult")
                .simple_description("Recorded ticket")
                .source_id("src-record")
                .remind_mobile(PHONE)
                .remind_mail(MAIL),
        )
        .attachment(Attachment::from_bytes("boot.log", "kernel panic"))
        .send()
        .await?;
    let id = opened.case_id;
    let mut events = client
        .follow_case(&id)
        .poll_interval(Duration::from_millis(2), Duration::from_millis(20))
        .into_stream();
    let first = events.next().await.unwrap()?;
    assert!(matches!(first, CaseEvent::Status { .. }), "{first:?}");
    if let Some(sandbox) = support {
        sandbox
            .engineer_reply(&id, "Boot from the rescue image.", None)
            .await
            .unwrap();
    }
    let reply = loop {
        let event = events.next().await.unwrap()?;
        if event.is_from_support() {
            break event
                .message()
                .and_then(|m| m.content())
                .unwrap()
                .to_owned();
        }
    };
    drop(events);
    let attachment = client
        .download_accessories()
        .accessory_id(&opened.accessory_ids[0])
        .header("X-Auth-Token", IAM_TOKEN)
        .send()
        .await?
        .bytes()
        .await?
        .to_vec();
    client
        .update_cases()
        .case_id(&id)
        .action_id(CaseAction::Close)
        .send()
        .await?;
    let closed = client
        .wait_for_case(&id)
        .until(CaseStatus::Completed)
        .poll_interval(Duration::from_millis(2), Duration::from_millis(20))
        .send()
        .await?
        .status;
    Ok(Seen {
        case_id: id,
        reply,
        attachment,
        closed,
    })
}

async fn record(path: &Path, redaction: Redaction) -> Seen {
    let account = recorder_account();
    let sandbox = Sandbox::builder()
        .account(account.clone())
        .spawn()
        .await
        .unwrap();
    let client = client(&sandbox, &account, Some((path, redaction)));
    ticket(&client, Some(&sandbox)).await.unwrap()
}

#[tokio::test]
async fn a_recorded_ticket_replays_without_support_or_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let recording = dir.path().join("ticket.jsonl");
    let recorded = record(&recording, Redaction::new().personal()).await;
    assert_eq!(recorded.reply, "Boot from the rescue image.");
    assert_eq!(recorded.attachment, b"kernel panic");
    assert_eq!(recorded.closed, Some(CaseStatus::Completed));

    // what the file holds
    let text = std::fs::read_to_string(&recording).unwrap();
    let lower = text.to_lowercase();
    for secret in [
        "authorization",
        "x-auth-token",
        "x-security-token",
        "x-sdk-date",
        "signature=",
    ] {
        assert!(!lower.contains(secret), "{secret} is recorded");
    }
    let account = recorder_account();
    for secret in [
        account.access_key(),
        account.secret_key(),
        SECURITY_TOKEN,
        IAM_TOKEN,
        PHONE,
        MAIL,
    ] {
        assert!(!text.contains(secret), "{secret} is recorded");
    }
    let exchanges = osm_client::record::read_recording(&text).unwrap();
    let create = exchanges
        .iter()
        .find(|e| e.operation == "create_cases")
        .unwrap();
    let body = create.body.as_ref().unwrap();
    assert_eq!(body["remind_mobile"], "[REDACTED]");
    assert_eq!(body["remind_mail"], "[REDACTED]");
    assert_eq!(body["simple_description"], "Recorded ticket");
    let operations: Vec<&str> = exchanges.iter().map(|e| e.operation.as_str()).collect();
    for op in [
        "show_accessory_limits",
        "upload_accessory",
        "create_cases",
        "list_new_instant_messages",
        "download_accessories",
        "update_cases",
        "show_case_detail",
    ] {
        assert!(
            operations.contains(&op),
            "{op} not recorded: {operations:?}"
        );
    }

    // replayed to another account's client: the same ticket, no support needed
    let replayer = replayer_account();
    let sandbox = Sandbox::builder()
        .account(replayer.clone())
        .replay_file(&recording)
        .unwrap()
        .spawn()
        .await
        .unwrap();
    let replayed = ticket(&client(&sandbox, &replayer, None), None)
        .await
        .unwrap();
    assert_eq!(replayed, recorded);
    let report = sandbox.replay_report().unwrap();
    assert!(report.misses.is_empty(), "{:?}", report.misses);
    assert!(report.unused.is_empty(), "{:?}", report.unused);
    assert_eq!(report.answered, exchanges.len());

    // signatures are still checked: the recorder's secret is not the replayer's
    let wrong = Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(replayer.access_key(), "not-the-secret")
                .unwrap()
                .with_domain_id(replayer.domain_id()),
        )
        .build()
        .unwrap();
    let err = wrong.list_case_limits().send().await.unwrap_err();
    assert!(err.is_auth(), "{err}");

    // a call the recording has no answer for says which
    let err = client(&sandbox, &replayer, None)
        .show_case_detail()
        .case_id("CS-NEVER-RECORDED")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.error_code(), Some("SANDBOX.REPLAY_MISS"), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("show_case_detail /v2/servicerequest/cases/CS-NEVER-RECORDED"),
        "{text}"
    );
}

#[tokio::test]
async fn personal_fields_are_kept_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let recording = dir.path().join("ticket.jsonl");
    record(&recording, Redaction::new()).await;
    let text = std::fs::read_to_string(&recording).unwrap();
    assert!(text.contains(PHONE) && text.contains(MAIL));
    assert!(!text.contains(recorder_account().access_key()));
    assert!(!text.contains(SECURITY_TOKEN));
}
