//! The instant-message poll never skips a message, even when the clock does not move: message
//! times strictly increase within a case.
#![allow(clippy::unwrap_used)]

mod common;

use common::{Osm, account_a, control};
use osm_sandbox::{Clock, Sandbox, SandboxHandle};
use serde_json::json;

const CASES: &str = "/v2/servicerequest/cases";

#[tokio::test]
async fn messages_in_one_millisecond_are_all_polled() {
    // a stopped clock: every message is sent "in the same millisecond"
    let sb = Sandbox::builder()
        .account(account_a())
        .clock(Clock::fixed(chrono::Utc::now()))
        .spawn()
        .await
        .unwrap();
    let a = Osm::new(&sb, &account_a());
    let id = a.create_case("same millisecond").await;
    reply(&sb, &id, "first").await;
    let (got, last) = poll(&a, &id, "").await;
    assert_eq!(got, ["first"]);
    reply(&sb, &id, "second").await;
    let body = json!({"message": {"content": "mine"}});
    a.post(&format!("{CASES}/{id}/message"), &body).await.ok();
    let (got, last) = poll(&a, &id, &last).await;
    assert_eq!(
        got,
        ["second", "mine"],
        "nothing sent after the poll is skipped"
    );
    let (got, _) = poll(&a, &id, &last).await;
    assert!(got.is_empty(), "{got:?}");
}

/// The contents of the messages after `last`, and the next `last_message_time_id`.
async fn poll(a: &Osm, id: &str, last: &str) -> (Vec<String>, String) {
    let v = a
        .get(&format!(
            "{CASES}/instant-messages?case_ids={id}&last_message_time_id={last}"
        ))
        .await
        .ok();
    let contents = v["immsg"][0]["message_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["content"].as_str().unwrap().to_owned())
        .collect();
    (
        contents,
        v["last_message_time_id"].as_str().unwrap().to_owned(),
    )
}

async fn reply(sb: &SandboxHandle, id: &str, text: &str) {
    let r = control(sb, &format!("/cases/{id}/reply"), &json!({"content": text})).await;
    assert_eq!(r.status, 200);
}
