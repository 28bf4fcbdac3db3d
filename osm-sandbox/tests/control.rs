//! The control API's faults, reset, snapshot and restore, over HTTP and through the handle.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{Osm, account_a, control, sandbox};
use osm_sandbox::Fault;
use serde_json::json;

const CASES: &str = "/v2/servicerequest/cases";

/// `POST /sandbox/restore` with `body`.
async fn restore_over_http(
    sb: &osm_sandbox::SandboxHandle,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/sandbox/restore", sb.base_url()))
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn control_get(sb: &osm_sandbox::SandboxHandle, path: &str) -> reqwest::Response {
    reqwest::get(format!("{}/sandbox{path}", sb.base_url()))
        .await
        .unwrap()
}

#[tokio::test]
async fn status_faults_for_the_next_calls() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let f = control(
        &sb,
        "/faults",
        &json!({"operation": "list_cases", "status": 429, "retry_after": 2, "times": 2}),
    )
    .await
    .ok();
    assert_eq!(f["fault_id"], "F1");
    assert_eq!(f["remaining"], 2);
    for _ in 0..2 {
        let r = a.get(CASES).await;
        assert_eq!(r.headers["retry-after"], "2");
        let (code, msg) = r.err(429);
        assert_eq!(code, "APIGW.0308");
        assert!(msg.contains("injected fault"), "{msg}");
    }
    a.get(CASES).await.ok();
    let listed: serde_json::Value = control_get(&sb, "/faults").await.json().await.unwrap();
    assert_eq!(listed["faults"], json!([]), "used up");

    // a 503 on create answers instead of the operation: nothing is created
    control(
        &sb,
        "/faults",
        &json!({"operation": "create_cases", "status": 503}),
    )
    .await
    .ok();
    let body =
        json!({"business_type_id": "bt-consult", "simple_description": "x", "source_id": "s"});
    assert_eq!(a.post(CASES, &body).await.err(503).0, "APIGW.0202");
    assert_eq!(a.get(CASES).await.ok()["total_count"], 0);
    // other operations are not affected, and a fault names a real operation
    let (_, msg) = control(&sb, "/faults", &json!({"operation": "nope", "status": 500}))
        .await
        .err(400);
    assert!(msg.contains("body.operation"), "{msg}");
    let (_, msg) = control(&sb, "/faults", &json!({"operation": "*", "status": 200}))
        .await
        .err(400);
    assert!(msg.contains("body.status"), "{msg}");
    let (_, msg) = control(
        &sb,
        "/faults",
        &json!({"operation": "*", "drop": true, "status": 500}),
    )
    .await
    .err(400);
    assert!(msg.contains("at most one"), "{msg}");
    sb.shutdown().await;
}

#[tokio::test]
async fn drop_malformed_delay_and_percent_faults() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    sb.add_fault(Fault {
        drop: true,
        ..Fault::new("create_cases")
    })
    .unwrap();
    let url = format!("{}{CASES}", sb.base_url());
    // unsigned requests are rejected before faults apply, so sign through the helper
    let body =
        json!({"business_type_id": "bt-consult", "simple_description": "x", "source_id": "s"});
    let dropped = tokio::spawn({
        let a = a.clone();
        let body = body.clone();
        async move {
            // the helper panics on a transport error: catch it as the expected outcome
            tokio::spawn(async move { a.post(CASES, &body).await }).await
        }
    })
    .await
    .unwrap();
    assert!(
        dropped.is_err(),
        "the connection was dropped without an answer ({url})"
    );
    assert_eq!(
        a.get(CASES).await.ok()["total_count"],
        0,
        "nothing was created"
    );

    sb.add_fault(Fault {
        malformed: true,
        ..Fault::new("create_cases")
    })
    .unwrap();
    let r = a.post(CASES, &body).await;
    assert_eq!(r.status, 200);
    assert!(serde_json::from_slice::<serde_json::Value>(&r.bytes).is_err());
    assert_eq!(
        a.get(CASES).await.ok()["total_count"],
        1,
        "the operation ran"
    );

    sb.add_fault(Fault {
        delay_ms: Some(300),
        ..Fault::new("show_case_status")
    })
    .unwrap();
    let id = a.create_case("delayed").await;
    let started = std::time::Instant::now();
    a.get(&format!("{CASES}/{id}/status")).await.ok();
    assert!(started.elapsed() >= Duration::from_millis(250));

    let every = sb
        .add_fault(Fault {
            status: Some(500),
            percent: Some(100.0),
            ..Fault::new("*")
        })
        .unwrap();
    for _ in 0..3 {
        assert_eq!(a.get(CASES).await.err(500).0, "OSM.00050001");
    }
    assert_eq!(sb.faults()[0].hits, 3);
    let r = reqwest::Client::new()
        .delete(format!(
            "{}/sandbox/faults/{}",
            sb.base_url(),
            every.fault_id
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    a.get(CASES).await.ok();
    sb.shutdown().await;
}

#[tokio::test]
async fn reset_snapshot_and_restore() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let kept = a.create_case("in the snapshot").await;
    let label = a.create_label("kept", "#123456").await;
    a.send(
        "POST",
        &format!("{CASES}/{kept}/labels?label_ids={label}"),
        None,
        b"",
    )
    .await
    .ok();
    let snap = control_get(&sb, "/snapshot").await;
    assert_eq!(snap.headers()["content-type"], "application/vnd.sqlite3");
    let snap = snap.bytes().await.unwrap();
    let later = a.create_case("after the snapshot").await;

    let r = restore_over_http(&sb, snap.to_vec()).await;
    assert_eq!(r.status(), 200);
    let list = a.get(CASES).await.ok();
    assert_eq!(list["total_count"], 1);
    assert_eq!(list["incident_info_list"][0]["incident_id"], kept.as_str());
    assert_eq!(
        list["incident_info_list"][0]["label_list"][0]["name"],
        "kept"
    );
    a.get(&format!("{CASES}/{later}")).await.err(404);

    // garbage is refused and changes nothing
    let r = restore_over_http(&sb, "not a database").await;
    assert_eq!(r.status(), 400);
    let v: serde_json::Value = r.json().await.unwrap();
    assert!(
        v["error_msg"]
            .as_str()
            .unwrap()
            .contains("not a sandbox snapshot"),
        "{v}"
    );
    assert_eq!(a.get(CASES).await.ok()["total_count"], 1);

    // the same through the handle
    let snap = sb.snapshot().await.unwrap();
    control(&sb, "/reset", &json!({})).await.ok();
    assert_eq!(a.get(CASES).await.ok()["total_count"], 0);
    assert_eq!(
        a.get("/v2/servicerequest/labels").await.ok()["total_count"],
        0
    );
    let fresh = a.create_case("after a reset").await;
    assert!(fresh.ends_with("000001"), "ids start over: {fresh}");
    sb.restore(snap).await.unwrap();
    assert_eq!(
        a.get(CASES).await.ok()["incident_info_list"][0]["incident_id"],
        kept.as_str()
    );
    sb.reset().await.unwrap();
    assert_eq!(sb.case_count(common::DOMAIN_A), 0);
    sb.shutdown().await;
}

/// A snapshot holds every attachment, so its restore is exempt from the OSM body limit, with
/// the trace on too; OSM requests keep the limit.
#[tokio::test]
async fn a_snapshot_larger_than_the_body_limit_restores_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.jsonl");
    let sb = osm_sandbox::Sandbox::builder()
        .account(account_a())
        .body_limit(16 * 1024)
        .trace_file(&trace)
        .spawn()
        .await
        .unwrap();
    let a = Osm::new(&sb, &account_a());
    let kept = a.create_case("in the snapshot").await;
    let snap = control_get(&sb, "/snapshot").await.bytes().await.unwrap();
    assert!(snap.len() > 16 * 1024, "{} bytes", snap.len());
    a.create_case("after the snapshot").await;

    let r = restore_over_http(&sb, snap.to_vec()).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let list = a.get(CASES).await.ok();
    assert_eq!(list["total_count"], 1);
    assert_eq!(list["incident_info_list"][0]["incident_id"], kept.as_str());
    let traced = std::fs::read_to_string(&trace).unwrap();
    assert!(
        traced
            .lines()
            .any(|l| l.contains("/sandbox/restore") && l.contains("\"status\":200")),
        "{traced}"
    );

    let big = vec![b'x'; 16 * 1024 + 1];
    let (code, _) = a.send("POST", CASES, None, &big).await.err(413);
    assert_eq!(code, "APIGW.0201");
    sb.shutdown().await;
}
