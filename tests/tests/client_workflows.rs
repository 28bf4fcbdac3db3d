//! osm-client's workflows end to end against osm-sandbox (in process, HTTP on 127.0.0.1):
//! following a case, waiting for a status, opening a case with attachments. The support side
//! is played through the sandbox's control API; nothing asserts on time, only on what arrives.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use osm_client::types::{CaseAction, CaseStatus, CreateMessageDoV2, IncidentDetailInfoV2};
use osm_client::workflows::OpenCase;
use osm_client::workflows::{CaseCursor, CaseEvent, Until};
use osm_client::{Attachment, Client, ClientBuilder, Credentials, Error, ItemStream, RetryPolicy};
use osm_sandbox::{Account, Fault, Sandbox, SandboxHandle};

const FAST_MIN: Duration = Duration::from_millis(2);
const FAST_MAX: Duration = Duration::from_millis(20);

async fn sandbox(account: &Account) -> SandboxHandle {
    Sandbox::builder()
        .account(account.clone())
        .spawn()
        .await
        .unwrap()
}

fn client_for(sandbox: &SandboxHandle, account: &Account) -> Client {
    builder_for(sandbox, account).build().unwrap()
}

fn builder_for(sandbox: &SandboxHandle, account: &Account) -> ClientBuilder {
    Client::builder().endpoint(sandbox.base_url()).credentials(
        Credentials::new(account.access_key(), account.secret_key())
            .unwrap()
            .with_domain_id(account.domain_id()),
    )
}

async fn create_case(client: &Client, description: &str) -> String {
    client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description(description)
        .source_id("src-workflows")
        .send()
        .await
        .unwrap()
        .incident_id()
        .unwrap()
        .to_owned()
}

/// The next event (a failure if the stream ends or errs).
async fn next(events: &mut ItemStream<CaseEvent>) -> CaseEvent {
    events.next().await.expect("the stream goes on").unwrap()
}

fn content(event: &CaseEvent) -> &str {
    event
        .message()
        .and_then(|m| m.content())
        .unwrap_or_else(|| panic!("not a message: {event:?}"))
}

fn status_change(event: &CaseEvent) -> (Option<CaseStatus>, CaseStatus) {
    match event {
        CaseEvent::Status {
            previous, status, ..
        } => (*previous, *status),
        other => panic!("not a status change: {other:?}"),
    }
}

#[tokio::test]
async fn following_a_case_delivers_replies_own_messages_and_status_changes_in_order() {
    let account = Account::new("AKFOLLOW0000000001", "sk-follow", "domain-follow");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "follow me").await;
    let mut events = client
        .follow_case(&id)
        .poll_interval(FAST_MIN, FAST_MAX)
        .into_stream();

    // a fresh follow starts with the current status
    let first = next(&mut events).await;
    assert_eq!(status_change(&first), (None, CaseStatus::PendingAcceptance));

    // support answers and asks for confirmation: the reply, then the status change
    sandbox
        .engineer_reply(&id, "Please try the rescue image.", Some(2))
        .await
        .unwrap();
    let reply = next(&mut events).await;
    assert_eq!(content(&reply), "Please try the rescue image.");
    assert!(reply.is_from_support());
    assert_eq!(
        status_change(&next(&mut events).await),
        (
            Some(CaseStatus::PendingAcceptance),
            CaseStatus::PendingConfirmation
        )
    );

    // the customer's own message is an event too
    client
        .create_messages()
        .case_id(&id)
        .message(CreateMessageDoV2 {
            content: Some("That worked, thanks.".into()),
            accessory_ids: vec![],
        })
        .send()
        .await
        .unwrap();
    let mine = next(&mut events).await;
    assert_eq!(content(&mine), "That worked, thanks.");
    assert!(!mine.is_from_support());

    // closing is a status change
    client
        .update_cases()
        .case_id(&id)
        .action_id(CaseAction::Close)
        .send()
        .await
        .unwrap();
    let closed = next(&mut events).await;
    assert_eq!(
        status_change(&closed),
        (Some(CaseStatus::PendingConfirmation), CaseStatus::Completed)
    );
    assert_eq!(closed.cursor().status(), Some(CaseStatus::Completed));
}

#[tokio::test]
async fn a_follow_resumed_from_a_cursor_delivers_nothing_twice_and_misses_nothing() {
    let account = Account::new("AKRESUME0000000001", "sk-resume", "domain-resume");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "resume me").await;
    for text in ["one", "two", "three"] {
        sandbox.engineer_reply(&id, text, None).await.unwrap();
    }
    let follow = client.follow_case(&id).poll_interval(FAST_MIN, FAST_MAX);

    // the three replies arrive in one poll; stop after the first (a cursor inside the answer)
    let mut events = follow.clone().into_stream();
    let one = next(&mut events).await;
    assert_eq!(content(&one), "one");
    let cursor: CaseCursor = one.cursor().to_string().parse().unwrap(); // stored as text
    drop(events);

    sandbox.engineer_reply(&id, "four", None).await.unwrap();
    let mut events = follow.clone().cursor(cursor).into_stream();
    let mut seen = Vec::new();
    let last = loop {
        let event = next(&mut events).await;
        match event.message() {
            Some(m) => seen.push(m.content().unwrap().to_owned()),
            None => {
                // the status was not delivered before the cursor: it is now, after the
                // messages of the same poll
                assert_eq!(status_change(&event), (None, CaseStatus::Processing));
                break event.cursor().clone();
            }
        }
    };
    assert_eq!(seen, ["two", "three", "four"]);
    drop(events);

    // resumed after "four": only what comes next
    sandbox.engineer_reply(&id, "five", Some(2)).await.unwrap();
    let mut events = follow.cursor(last).into_stream();
    let mut rest = vec![next(&mut events).await];
    while !matches!(rest.last(), Some(CaseEvent::Status { .. })) {
        rest.push(next(&mut events).await);
    }
    let texts: Vec<&str> = rest
        .iter()
        .filter_map(|e| e.message().and_then(|m| m.content()))
        .collect();
    assert_eq!(texts, ["five"]);
    assert_eq!(
        status_change(rest.last().unwrap()),
        (
            Some(CaseStatus::Processing),
            CaseStatus::PendingConfirmation
        )
    );
}

async fn unread(client: &Client, id: &str) -> i32 {
    client
        .list_unread_new_instant_messages()
        .case_ids([id])
        .send()
        .await
        .unwrap()
        .imunread()[0]
        .unread_num()
        .unwrap()
}

#[tokio::test]
async fn messages_are_marked_read_only_when_asked() {
    let account = Account::new("AKREAD00000000001", "sk-read", "domain-read");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    for mark in [false, true] {
        let id = create_case(&client, "read me").await;
        sandbox.engineer_reply(&id, "first", None).await.unwrap();
        let mut events = client
            .follow_case(&id)
            .skip_history() // "first" was there before: not delivered
            .mark_read(mark)
            .poll_interval(FAST_MIN, FAST_MAX)
            .into_stream();
        assert!(matches!(next(&mut events).await, CaseEvent::Status { .. }));
        sandbox.engineer_reply(&id, "second", None).await.unwrap();
        assert_eq!(content(&next(&mut events).await), "second");
        assert_eq!(
            unread(&client, &id).await,
            2,
            "nothing is marked before it is taken"
        );
        // asking for the next event after a poll's messages marks the case read (OSM marks
        // all its messages), then polls
        sandbox.engineer_reply(&id, "third", None).await.unwrap();
        assert_eq!(content(&next(&mut events).await), "third");
        let expected = if mark { 0 } else { 3 };
        assert_eq!(unread(&client, &id).await, expected, "mark_read({mark})");
    }
}

#[tokio::test]
async fn a_failed_mark_read_is_made_again() {
    let account = Account::new("AKREAD00000000002", "sk-read2", "domain-read2");
    let sandbox = sandbox(&account).await;
    let client = builder_for(&sandbox, &account)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let id = create_case(&client, "mark me").await;
    // moves the case to Processing before the follow starts (history, not delivered)
    sandbox.engineer_reply(&id, "first", None).await.unwrap();
    let mut events = client
        .follow_case(&id)
        .skip_history()
        .mark_read(true)
        .poll_interval(FAST_MIN, FAST_MAX)
        .into_stream();
    assert!(matches!(next(&mut events).await, CaseEvent::Status { .. }));
    sandbox.engineer_reply(&id, "reply", None).await.unwrap();
    assert_eq!(content(&next(&mut events).await), "reply");
    sandbox
        .add_fault(osm_sandbox::Fault {
            status: Some(503),
            ..osm_sandbox::Fault::new("update_new_instant_messages_read")
        })
        .unwrap();
    // the mark fails (retryable): yielded, the case is still unread
    let err = events.next().await.unwrap().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err}");
    assert_eq!(unread(&client, &id).await, 2);
    // the next call marks again (all of the case, "later" included: it has arrived) before
    // polling on; without the second mark all three replies would be unread
    sandbox.engineer_reply(&id, "later", None).await.unwrap();
    assert_eq!(content(&next(&mut events).await), "later");
    assert_eq!(unread(&client, &id).await, 0);
}

#[tokio::test]
async fn errors_surface_in_the_stream() {
    let account = Account::new("AKERRS00000000001", "sk-errs", "domain-errs");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);

    // not retryable (no such case): yielded, then the stream ends
    let mut events = client
        .follow_case("CS-NOPE")
        .poll_interval(FAST_MIN, FAST_MAX)
        .into_stream();
    let err = events.next().await.unwrap().unwrap_err();
    assert!(err.is_not_found(), "{err}");
    assert!(events.next().await.is_none());

    // retryable (nothing listens): yielded, and polling goes on
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let offline = Client::builder()
        .endpoint(format!("http://127.0.0.1:{port}"))
        .credentials(Credentials::new("AK", "SK").unwrap().with_domain_id("d"))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let mut events = offline
        .follow_case("CS-1")
        .poll_interval(FAST_MIN, FAST_MAX)
        .into_stream();
    for _ in 0..3 {
        let err = events.next().await.unwrap().unwrap_err();
        assert!(err.is_connect(), "{err}");
    }
}

#[tokio::test]
async fn dropping_the_stream_stops_polling() {
    let account = Account::new("AKDROP00000000001", "sk-drop", "domain-drop");
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("requests.jsonl");
    let sandbox = Sandbox::builder()
        .account(account.clone())
        .trace_file(&trace)
        .spawn()
        .await
        .unwrap();
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "drop me").await;
    let polls = || {
        std::fs::read_to_string(&trace)
            .unwrap()
            .lines()
            .filter(|l| l.contains("instant-messages"))
            .count()
    };
    let mut events = client
        .follow_case(&id)
        .poll_interval(Duration::from_millis(1), Duration::from_millis(1))
        .into_stream();
    next(&mut events).await;
    // a quiet case: the stream polls only while it is polled
    let pending = tokio::time::timeout(Duration::from_millis(50), events.next()).await;
    assert!(pending.is_err(), "nothing happened: {pending:?}");
    let while_polled = polls();
    assert!(while_polled > 1, "{while_polled}");
    drop(events);
    // a poll in flight when the stream was dropped may still be logged by the server
    tokio::time::sleep(Duration::from_millis(50)).await;
    let after_drop = polls();
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(polls(), after_drop, "no poll after the stream was dropped");
}

#[tokio::test]
async fn waiters_return_the_case_once_support_moves_it() {
    let account = Account::new("AKWAIT00000000001", "sk-wait", "domain-wait");
    let sandbox = std::sync::Arc::new(sandbox(&account).await);
    let client = client_for(&sandbox, &account);
    let waiter = |id: &str| client.wait_for_case(id).poll_interval(FAST_MIN, FAST_MAX);

    // a status, reached when support replies (control API: engineer reply)
    let id = create_case(&client, "wait for processing").await;
    let (sb, case) = (sandbox.clone(), id.clone());
    let mover = tokio::spawn(async move { sb.engineer_reply(&case, "On it.", None).await });
    let case = waiter(&id)
        .until(CaseStatus::Processing)
        .send()
        .await
        .unwrap();
    assert_eq!(case.status, Some(CaseStatus::Processing));
    assert_eq!(case.incident_id.as_deref(), Some(id.as_str()));
    mover.await.unwrap().unwrap();

    // any of several statuses (control API: set status)
    let (sb, case) = (sandbox.clone(), id.clone());
    let mover = tokio::spawn(async move { sb.set_case_status(&case, 5).await });
    let case = waiter(&id)
        .until([CaseStatus::Paused, CaseStatus::Invalid])
        .send()
        .await
        .unwrap();
    assert_eq!(case.status, Some(CaseStatus::Paused));
    mover.await.unwrap().unwrap();

    // a predicate on the case: support has written twice
    let (sb, case) = (sandbox.clone(), id.clone());
    let mover = tokio::spawn(async move { sb.engineer_reply(&case, "Still on it.", None).await });
    let case = waiter(&id)
        .until(|case: &IncidentDetailInfoV2| case.message_list.len() >= 2)
        .send()
        .await
        .unwrap();
    assert_eq!(case.message_list.len(), 2);
    mover.await.unwrap().unwrap();

    // the default: closed (control API moves it to pending feedback, then completed)
    let (sb, case) = (sandbox.clone(), id.clone());
    let mover = tokio::spawn(async move {
        sb.set_case_status(&case, 17).await?;
        sb.set_case_status(&case, 3).await
    });
    let case = waiter(&id).send().await.unwrap();
    assert_eq!(case.status, Some(CaseStatus::Completed));
    mover.await.unwrap().unwrap();

    // Until's own constructors
    let case = waiter(&id)
        .until(Until::matching("completed with a confirmation time", |c| {
            c.status == Some(CaseStatus::Completed)
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(case.status, Some(CaseStatus::Completed));
}

#[tokio::test]
async fn a_waiter_times_out_with_the_last_status_it_saw() {
    let account = Account::new("AKTIME00000000001", "sk-time", "domain-time");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "never completed").await;
    sandbox.engineer_reply(&id, "Looking.", None).await.unwrap();
    let err = client
        .wait_for_case(&id)
        .until(CaseStatus::Completed)
        .timeout(Duration::from_millis(50))
        .poll_interval(FAST_MIN, FAST_MAX)
        .send()
        .await
        .unwrap_err();
    let Error::WaitTimeout {
        case_id,
        condition,
        last_status,
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(case_id, &id);
    assert_eq!(condition, "Completed");
    assert_eq!(*last_status, Some(CaseStatus::Processing));
    let text = err.to_string();
    assert!(
        text.contains("is still not Completed")
            && text.contains("last status seen: Processing (1)"),
        "{text}"
    );

    // a waiter on a case that does not exist fails at once with the service's error
    let err = client
        .wait_for_case("CS-NOPE")
        .timeout(Duration::from_secs(60))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_not_found(), "{err}");
}

#[tokio::test]
async fn opening_a_case_with_attachments_is_one_call() {
    let account = Account::new("AKOPEN00000000001", "sk-open", "domain-open");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("console.log");
    std::fs::write(&path, vec![b'x'; 10_000]).unwrap();
    let earlier = client
        .upload_attachment(Attachment::from_bytes("earlier.txt", "uploaded before"))
        .await
        .unwrap();

    let opened = client
        .open_case(
            client
                .create_cases()
                .business_type_id("bt-consult")
                .simple_description("with attachments")
                .source_id("src-workflows"),
        )
        .attachment(Attachment::from_path(&path).await.unwrap())
        .attachment(Attachment::from_bytes("notes.txt", "steps"))
        .attachment_id(&earlier)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.accessory_ids.len(), 3);
    assert_eq!(opened.accessory_ids[0], earlier);
    let detail = client
        .show_case_detail()
        .case_id(&opened.case_id)
        .send()
        .await
        .unwrap();
    let stored = sandbox_case(&sandbox, &opened.case_id).await;
    assert_eq!(
        stored["accessory_ids"].as_array().unwrap().len(),
        3,
        "{stored}"
    );
    assert!(detail.incident_detail_info().is_some());
    let notes = client
        .download_accessories()
        .accessory_id(&opened.accessory_ids[2])
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&notes[..], b"steps");
}

#[tokio::test]
async fn a_failed_open_leaves_no_attachment_behind() {
    let account = Account::new("AKORPH00000000001", "sk-orph", "domain-orph");
    let (_dir, trace, sandbox) = traced_sandbox(&account).await;
    let client = client_for(&sandbox, &account);

    // the creation is refused (no such business type): the uploads are deleted again
    let err = client
        .open_case(
            client
                .create_cases()
                .business_type_id("bt-no-such-type")
                .simple_description("refused")
                .source_id("src-workflows"),
        )
        .attachment(Attachment::from_bytes("a.txt", "a"))
        .attachment(Attachment::from_bytes("b.txt", "b"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");
    let deleted = deletes(&trace);
    assert_eq!(deleted.len(), 2, "both uploads deleted");
    for (id, status) in &deleted {
        assert_eq!(*status, 200);
        assert_gone(&client, id).await;
    }

    // a file breaking the limits: nothing is uploaded at all
    let uploads_before = count_uploads(&trace);
    let err = client
        .open_case(
            client
                .create_cases()
                .business_type_id("bt-consult")
                .simple_description("never created")
                .source_id("src-workflows"),
        )
        .attachment(Attachment::from_bytes("fine.txt", "ok"))
        .attachment(Attachment::from_bytes("tool.exe", "MZ"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::AttachmentRejected(_)), "{err:?}");
    assert_eq!(count_uploads(&trace), uploads_before);
    assert_eq!(sandbox.case_count(account.domain_id()), 0);
}

#[tokio::test]
async fn an_upload_failing_partway_deletes_the_uploads_before_it() {
    let account = Account::new("AKPART00000000001", "sk-part", "domain-part");
    let (_dir, trace, sandbox) = traced_sandbox(&account).await;
    let client = client_for(&sandbox, &account);

    // the second file's stream fails after its first chunk, the request half sent
    let broken = futures::stream::iter([
        Ok(Bytes::from_static(b"the first half, ")),
        Err(std::io::Error::other("the disk went away")),
    ]);
    let err = opening(&client, "second upload fails")
        .attachment(Attachment::from_bytes("a.txt", "a"))
        .attachment(Attachment::from_stream("b.txt", 32, broken))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    // the first upload was stored, then deleted; the broken one never reached the operation
    // (the trace logs a request once its whole body was read)
    assert_eq!(count_uploads(&trace), 1);
    let deleted = deletes(&trace);
    assert_eq!(deleted.len(), 1, "{deleted:?}");
    assert_eq!(deleted[0].1, 200);
    assert_gone(&client, &deleted[0].0).await;
    assert_eq!(sandbox.case_count(account.domain_id()), 0);
}

#[tokio::test]
async fn attachments_that_cannot_be_deleted_are_named_in_the_error() {
    let account = Account::new("AKLEFT00000000001", "sk-left", "domain-left");
    let (_dir, trace, sandbox) = traced_sandbox(&account).await;
    let client = builder_for(&sandbox, &account)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    sandbox
        .add_fault(Fault {
            status: Some(400),
            ..Fault::new("create_cases")
        })
        .unwrap();
    sandbox
        .add_fault(Fault {
            status: Some(500),
            times: Some(2),
            ..Fault::new("delete_accessories")
        })
        .unwrap();

    let err = opening(&client, "refused, then not cleaned up")
        .attachment(Attachment::from_bytes("a.txt", "a"))
        .attachment(Attachment::from_bytes("b.txt", "b"))
        .send()
        .await
        .unwrap_err();
    let text = err.to_string();
    let Error::AttachmentsLeft {
        error,
        accessory_ids,
        cleanup: Some(cleanup),
    } = err
    else {
        panic!("{err:?}");
    };
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400), "{error}");
    assert_eq!(cleanup.status().map(|s| s.as_u16()), Some(500), "{cleanup}");
    assert!(text.contains("deleting them failed"), "{text}");
    // each upload's delete was tried once and refused; the error names exactly those
    let tried: Vec<(String, u16)> = accessory_ids.iter().map(|id| (id.clone(), 500)).collect();
    assert_eq!(deletes(&trace), tried);
    assert!(sandbox.faults().is_empty(), "{:?}", sandbox.faults());
    // ... which are the two uploads, still in the account, in the order given
    assert_eq!(count_uploads(&trace), 2);
    assert_eq!(contents(&client, &accessory_ids).await, ["a", "b"]);
    assert_eq!(sandbox.case_count(account.domain_id()), 0);
}

#[tokio::test]
async fn a_lost_creation_answer_keeps_the_attachments_for_the_case_that_may_exist() {
    let account = Account::new("AKLOST00000000001", "sk-lost", "domain-lost");
    let (_dir, trace, sandbox) = traced_sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    // the connection is closed once the creation was read, without an answer
    sandbox
        .add_fault(Fault {
            drop: true,
            times: Some(2),
            ..Fault::new("create_cases")
        })
        .unwrap();

    let err = opening(&client, "answer lost")
        .attachment(Attachment::from_bytes("a.txt", "a"))
        .attachment(Attachment::from_bytes("b.txt", "b"))
        .send()
        .await
        .unwrap_err();
    let text = err.to_string();
    let Error::AttachmentsLeft {
        error,
        accessory_ids,
        cleanup: None,
    } = err
    else {
        panic!("{err:?}");
    };
    assert!(matches!(*error, Error::Transport(_)), "{error:?}");
    assert!(!error.is_connect(), "{error}");
    assert!(text.contains("the case may have been created"), "{text}");
    // the creation was sent once, and nothing was deleted: both uploads remain
    assert_eq!(sandbox.faults()[0].remaining, Some(1));
    sandbox.clear_faults();
    assert_eq!(deletes(&trace), []);
    assert_eq!(contents(&client, &accessory_ids).await, ["a", "b"]);

    // here the sandbox created nothing: the kept attachments go to a new case
    assert_eq!(sandbox.case_count(account.domain_id()), 0);
    let opened = opening(&client, "second try")
        .attachment_id(&accessory_ids[0])
        .attachment_id(&accessory_ids[1])
        .send()
        .await
        .unwrap();
    assert_eq!(opened.accessory_ids, accessory_ids);
    assert_eq!(count_uploads(&trace), 2, "nothing uploaded again");
}

fn opening(client: &Client, description: &str) -> OpenCase {
    client.open_case(
        client
            .create_cases()
            .business_type_id("bt-consult")
            .simple_description(description)
            .source_id("src-workflows"),
    )
}

/// A sandbox logging every request to `requests.jsonl` in a temporary directory.
async fn traced_sandbox(
    account: &Account,
) -> (tempfile::TempDir, std::path::PathBuf, SandboxHandle) {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("requests.jsonl");
    let sandbox = Sandbox::builder()
        .account(account.clone())
        .trace_file(&trace)
        .spawn()
        .await
        .unwrap();
    (dir, trace, sandbox)
}

/// The `delete_accessories` calls in the trace: the accessory id and the answer's status.
fn deletes(trace: &std::path::Path) -> Vec<(String, u16)> {
    std::fs::read_to_string(trace)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["method"] == "DELETE")
        .map(|e| {
            let id = e["path"].as_str().unwrap().rsplit('/').next().unwrap();
            (id.to_owned(), e["status"].as_u64().unwrap() as u16)
        })
        .collect()
}

async fn assert_gone(client: &Client, accessory_id: &str) {
    let gone = client
        .download_accessories()
        .accessory_id(accessory_id)
        .send()
        .await
        .unwrap_err();
    assert!(gone.is_not_found(), "{accessory_id}: {gone}");
}

/// The contents of these attachments, downloaded.
async fn contents(client: &Client, accessory_ids: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for id in accessory_ids {
        let download = client.download_accessories().accessory_id(id).send();
        let bytes = download.await.unwrap().bytes().await.unwrap();
        out.push(String::from_utf8(bytes.to_vec()).unwrap());
    }
    out
}

fn count_uploads(trace: &std::path::Path) -> usize {
    std::fs::read_to_string(trace)
        .unwrap()
        .lines()
        .filter(|l| l.contains(r#""method":"POST","path":"/v2/servicerequest/accessorys""#))
        .count()
}

/// The case as the sandbox stores it (control API).
async fn sandbox_case(sandbox: &SandboxHandle, id: &str) -> serde_json::Value {
    reqwest::get(format!("{}/sandbox/cases/{id}", sandbox.base_url()))
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn extreme_waiter_and_follower_options_neither_panic_nor_hang() {
    let account = Account::new("AKEXTREME00000001", "sk-extreme", "domain-extreme");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "extremes").await;
    // no time at all: a timeout (whether or not the one poll it starts got an answer)
    let err = client
        .wait_for_case(&id)
        .until(CaseStatus::Completed)
        .timeout(Duration::ZERO)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::WaitTimeout { .. }), "{err:?}");
    // forever, polling once a forever: the first poll already answers
    let case = client
        .wait_for_case(&id)
        .until(CaseStatus::PendingAcceptance)
        .timeout(Duration::MAX)
        .poll_interval(Duration::MAX, Duration::MAX)
        .send()
        .await
        .unwrap();
    assert_eq!(case.status, Some(CaseStatus::PendingAcceptance));
    let mut events = client
        .follow_case(&id)
        .poll_interval(Duration::MAX, Duration::ZERO)
        .into_stream();
    assert!(matches!(next(&mut events).await, CaseEvent::Status { .. }));
}

#[tokio::test]
async fn a_follow_until_closed_ends_after_the_closing_status() {
    let account = Account::new("AKCLOSED000000001", "sk-closed", "domain-closed");
    let sandbox = sandbox(&account).await;
    let client = client_for(&sandbox, &account);
    let id = create_case(&client, "close me").await;
    let follow = client
        .follow_case(&id)
        .until_closed()
        .mark_read(true)
        .poll_interval(FAST_MIN, FAST_MAX);
    let mut events = follow.clone().into_stream();
    assert_eq!(
        status_change(&next(&mut events).await),
        (None, CaseStatus::PendingAcceptance)
    );
    // a reply and the case closed by support in one go: the reply, the status, the end
    sandbox
        .engineer_reply(&id, "Fixed on our side.", Some(3))
        .await
        .unwrap();
    assert_eq!(content(&next(&mut events).await), "Fixed on our side.");
    let closed = next(&mut events).await;
    assert_eq!(
        status_change(&closed),
        (Some(CaseStatus::PendingAcceptance), CaseStatus::Completed)
    );
    assert!(events.next().await.is_none(), "the stream ends once closed");
    assert_eq!(
        unread(&client, &id).await,
        0,
        "the last messages are marked read before the end"
    );

    // resumed after the closing status: nothing new, so it ends at once
    let mut events = follow.clone().cursor(closed.cursor().clone()).into_stream();
    assert!(events.next().await.is_none());
    // from now on, on a closed case: the status it has, then the end
    let mut events = follow.skip_history().into_stream();
    assert_eq!(
        status_change(&next(&mut events).await),
        (None, CaseStatus::Completed)
    );
    assert!(events.next().await.is_none());

    // without until_closed a closed case is followed on
    let mut events = client
        .follow_case(&id)
        .poll_interval(FAST_MIN, FAST_MAX)
        .into_stream();
    let texts: Vec<_> = [next(&mut events).await, next(&mut events).await]
        .iter()
        .map(|e| e.message().map(|m| m.content().unwrap_or("").to_owned()))
        .collect();
    assert_eq!(texts, [Some("Fixed on our side.".to_owned()), None]);
    let quiet = tokio::time::timeout(Duration::from_millis(50), events.next()).await;
    assert!(quiet.is_err(), "still polling: {quiet:?}");
}

#[tokio::test]
async fn a_fail_fast_waiter_gives_up_at_the_first_failed_poll() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let offline = Client::builder()
        .endpoint(format!("http://127.0.0.1:{port}"))
        .credentials(Credentials::new("AK", "SK").unwrap().with_domain_id("d"))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let waiter = offline
        .wait_for_case("CS-1")
        .poll_interval(FAST_MIN, FAST_MAX);
    // by default a refused connection means waiting on, until the timeout
    let err = waiter
        .clone()
        .timeout(Duration::from_millis(100))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::WaitTimeout {
                last_status: None,
                ..
            }
        ),
        "{err:?}"
    );
    // fail_fast: the poll's own error, long before the timeout
    let started = std::time::Instant::now();
    let err = waiter
        .fail_fast()
        .timeout(Duration::from_secs(60))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(30));
}
