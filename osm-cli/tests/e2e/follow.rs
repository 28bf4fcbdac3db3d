//! `osm case follow` and `osm case wait` while support works on the case: the commands run
//! in the background and the sandbox's control API plays the engineer.

use crate::common::{Sandbox, create_case, finish, json, run, spawn};

/// The trace path of the follower's poll (`list_new_instant_messages`).
const POLL: &str = r#""path":"/v2/servicerequest/cases/instant-messages""#;

/// The trace path of a waiter's poll (`show_case_detail`) of case `id`.
fn detail(id: &str) -> String {
    format!(r#""path":"/v2/servicerequest/cases/{id}""#)
}

#[test]
fn following_prints_the_engineers_reply_when_it_arrives() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "The load balancer drops connections");
    json(
        sb.osm()
            .args(["message", "send", &id, "--content", "since 09:00"]),
    );

    // from now on (--new), engineer replies only, one of them
    let polls = sb.requests_to(POLL);
    let follower = spawn(sb.osm().args([
        "case",
        "follow",
        &id,
        "--new",
        "--count",
        "1",
        "--interval",
        "50ms",
    ]));
    sb.await_requests_to(POLL, polls);
    // the customer's own message is not printed without --all; the engineer's reply is
    json(
        sb.osm()
            .args(["message", "send", &id, "--content", "still dropping"]),
    );
    sb.engineer_reply(&id, "Please send the listener id.");
    let (code, out, err) = finish(follower);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "one JSON line: {out}");
    let reply: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(reply["content"], "Please send the listener id.");
    assert_eq!(reply["type"], 1, "an engineer's message");

    // as a table: one line per message, the reply's text in it
    let (code, out, err) = run(sb
        .osm()
        .args(["case", "follow", &id, "--count", "1", "--output", "table"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("Please send the listener id."), "{out}");

    // --all: every message so far, in order, the customer's too
    let (code, out, err) = run(sb
        .osm()
        .args(["case", "follow", &id, "--all", "--count", "3"]));
    assert_eq!(code, 0, "{err}");
    let contents: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["content"].to_string())
        .collect();
    assert_eq!(
        contents,
        [
            "\"since 09:00\"",
            "\"still dropping\"",
            "\"Please send the listener id.\""
        ]
    );
}

#[test]
fn following_stops_by_itself_when_the_case_is_closed() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "Disk full");
    let polls = sb.requests_to(POLL);
    let follower = spawn(sb.osm().args(["case", "follow", &id, "--interval", "50ms"]));
    sb.await_requests_to(POLL, polls);
    sb.engineer_reply(&id, "Extended the disk.");
    json(
        sb.osm()
            .args(["case", "action", &id, "--action-id", "close"]),
    );
    let (code, out, err) = finish(follower);
    assert_eq!(code, 0, "{err}");
    let reply: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(reply["content"], "Extended the disk.");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(
        err.trim(),
        format!("osm: case {id} is closed with status 3 (completed); stopped following")
    );

    // a case that does not exist: exit 1, one line
    let (code, out, err) = finish(spawn(sb.osm().args(["case", "follow", "CS-NOPE"])));
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty() && err.lines().count() == 1, "{err}");
}

#[test]
fn waiting_returns_once_support_moves_the_case() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "wait for me");

    // by name: support's reply moves a pending case to processing
    let before = sb.requests_to(&detail(&id));
    let waiter = spawn(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "processing",
        "--interval",
        "50ms",
        "--timeout",
        "1m",
    ]));
    sb.await_requests_to(&detail(&id), before);
    sb.engineer_reply(&id, "On it.");
    let (code, out, err) = finish(waiter);
    assert_eq!(code, 0, "{err}");
    let done: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(done, serde_json::json!({"case_id": id, "status": 1}));

    // any of several, by snake-case name, number and camel case
    let before = sb.requests_to(&detail(&id));
    let waiter = spawn(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "pending_confirmation",
        "--status",
        "3",
        "--status",
        "PendingFeedback",
        "--interval",
        "50ms",
    ]));
    sb.await_requests_to(&detail(&id), before);
    sb.set_status(&id, 17);
    let (code, out, err) = finish(waiter);
    assert_eq!(code, 0, "{err}");
    let done: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(done["status"], 17);

    // already there: at once
    let done = json(
        sb.osm()
            .args(["case", "wait", &id, "--status", "pending-feedback"]),
    );
    assert_eq!(done["status"], 17);
    // a table names the status
    let (code, table, _) = run(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "pending-feedback",
        "--output",
        "table",
    ]));
    assert_eq!(code, 0);
    assert!(table.contains("pending-feedback"), "{table}");
}

#[test]
fn waiting_fails_at_once_on_a_failed_call_and_at_the_timeout_otherwise() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "never completed");

    // the timeout: exit 1, nothing on stdout, one line saying where the case is
    let (code, out, err) = run(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "completed",
        "--status",
        "cancelled",
        "--timeout",
        "500ms",
        "--interval",
        "100ms",
    ]));
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty(), "{out}");
    assert_eq!(
        err,
        format!(
            "osm: case {id} still has status 0 (pending-acceptance) after 500ms, not 3 \
             (completed) or 4 (cancelled); wait longer with --timeout\n"
        )
    );

    // no such case, or nothing listening: the call's error at once, not at the timeout
    // (finish gives up after a minute)
    let (code, _, err) = finish(spawn(sb.osm().args([
        "case",
        "wait",
        "CS-NOPE",
        "--status",
        "completed",
        "--timeout",
        "10m",
    ])));
    assert_eq!(code, 1);
    assert!(
        err.starts_with("osm: OSM error ") && err.lines().count() == 1,
        "{err}"
    );
    let (code, _, err) = finish(spawn(sb.osm().args([
        "--endpoint",
        "http://127.0.0.1:9",
        "--max-attempts",
        "1",
        "case",
        "wait",
        &id,
        "--status",
        "completed",
        "--timeout",
        "10m",
    ])));
    assert_eq!(code, 1);
    assert!(
        err.contains("hint: check --endpoint") && err.lines().count() == 1,
        "{err}"
    );
}
