//! Replays requests recorded from the official Python SDK (`huaweicloudsdkosm` 3.1.219 running
//! `tests/python/ticket_life.py` and `tests/python/all_operations.py` against
//! `osm-sandbox --trace`; re-record by running them the same way), byte for byte as it sent them,
//! against a sandbox whose clock is set to the recording time. Proves without Python that the
//! SDK's signatures verify and its ticket flow works.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use base64::Engine as _;
use osm_sandbox::trace::TraceEntry;
use osm_sandbox::{Account, Clock, Sandbox};

const TICKET_LIFE: &str = include_str!("fixtures/python_sdk_ticket_life.jsonl");
const ALL_OPERATIONS: &str = include_str!("fixtures/python_sdk_all_operations.jsonl");

fn header<'a>(e: &'a TraceEntry, name: &str) -> Option<&'a str> {
    e.headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn entries(fixture: &str) -> Vec<TraceEntry> {
    fixture
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// What a replay saw.
struct Replayed {
    algorithms: BTreeSet<String>,
    operations: BTreeSet<String>,
    sandbox: osm_sandbox::SandboxHandle,
}

/// Replays every entry in order against a fresh sandbox (demo account, clock at the first
/// request's `X-Sdk-Date`) and asserts each recorded status is reproduced.
async fn replay(fixture: &str) -> Replayed {
    let entries = entries(fixture);
    let first_date = entries
        .iter()
        .find_map(|e| header(e, "x-sdk-date"))
        .unwrap();
    let at = chrono::NaiveDateTime::parse_from_str(first_date, "%Y%m%dT%H%M%SZ")
        .unwrap()
        .and_utc();
    let sandbox = Sandbox::builder()
        .account(Account::demo())
        .clock(Clock::fixed(at))
        .spawn()
        .await
        .unwrap();
    let spec = osm_sandbox::spec::Spec::embedded().unwrap();
    let http = reqwest::Client::new();
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut uploaded: Option<Vec<u8>> = None;
    let (mut algorithms, mut operations) = (BTreeSet::new(), BTreeSet::new());
    for e in &entries {
        let body = b64.decode(&e.body_base64).unwrap();
        let mut url = format!("{}{}", sandbox.base_url(), e.path);
        if !e.query.is_empty() {
            url = format!("{url}?{}", e.query);
        }
        let method: reqwest::Method = e.method.parse().unwrap();
        let mut rb = http.request(method.clone(), url).body(body.clone());
        for (k, v) in &e.headers {
            // hop-by-hop and length headers are the transport's business; `host` is kept as
            // recorded because the signature covers it
            if !matches!(
                k.as_str(),
                "connection" | "content-length" | "accept-encoding"
            ) {
                rb = rb.header(k, v);
            }
        }
        if let Some(auth) = header(e, "authorization") {
            algorithms.insert(auth.split(' ').next().unwrap().to_owned());
        }
        if let Some((op, _)) = spec.find(&method, &e.path) {
            operations.insert(op.id.clone());
        }
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.unwrap();
        assert_eq!(
            status,
            e.status,
            "{} {}?{}: {}",
            e.method,
            e.path,
            e.query,
            String::from_utf8_lossy(&bytes)
        );
        if e.path.ends_with("/json-format-content") {
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
            uploaded = Some(b64.decode(v["accessory_data"].as_str().unwrap()).unwrap());
        }
        let is_download = e
            .path
            .strip_prefix("/v2/servicerequest/accessorys/ACC")
            .is_some_and(|id| !id.contains('/'));
        if e.method == "GET" && is_download && status == 200 {
            assert_eq!(Some(bytes.to_vec()), uploaded, "download is byte-exact");
        }
    }
    Replayed {
        algorithms,
        operations,
        sandbox,
    }
}

#[tokio::test]
async fn official_python_sdk_ticket_life_replays() {
    let r = replay(TICKET_LIFE).await;
    assert_eq!(
        r.algorithms.into_iter().collect::<Vec<_>>(),
        vec!["SDK-HMAC-SHA256", "SDK-HMAC-SM3", "V11-HMAC-SHA256"],
        "the fixture covers the official SDK's three HMAC algorithms"
    );
    assert_eq!(r.sandbox.case_count(Account::DEMO_DOMAIN_ID), 1);
    r.sandbox.shutdown().await;
}

/// `tests/python/all_operations.py`: every one of the 82 operations as the official SDK sends it.
#[tokio::test]
async fn official_python_sdk_all_operations_replay() {
    let r = replay(ALL_OPERATIONS).await;
    assert_eq!(
        r.operations.len(),
        82,
        "operations covered: {:?}",
        r.operations
    );
    r.sandbox.shutdown().await;
}

#[tokio::test]
async fn recorded_requests_fail_outside_the_window_or_when_altered() {
    let entries = entries(TICKET_LIFE);
    let e = entries
        .iter()
        .find(|e| e.path == "/v2/servicerequest/config/severities")
        .unwrap();
    let date = header(e, "x-sdk-date").unwrap();
    let at = chrono::NaiveDateTime::parse_from_str(date, "%Y%m%dT%H%M%SZ")
        .unwrap()
        .and_utc();
    let send = |base: String, query: String| {
        let mut rb = reqwest::Client::new().get(format!("{base}{}?{query}", e.path));
        for (k, v) in &e.headers {
            if !matches!(
                k.as_str(),
                "connection" | "content-length" | "accept-encoding"
            ) {
                rb = rb.header(k, v);
            }
        }
        async move { rb.send().await.unwrap().status().as_u16() }
    };
    let late = Sandbox::builder()
        .account(Account::demo())
        .clock(Clock::fixed(at + chrono::Duration::minutes(16)))
        .spawn()
        .await
        .unwrap();
    assert_eq!(send(late.base_url().to_owned(), e.query.clone()).await, 401);
    let on_time = Sandbox::builder()
        .account(Account::demo())
        .clock(Clock::fixed(at))
        .spawn()
        .await
        .unwrap();
    assert_eq!(
        send(on_time.base_url().to_owned(), e.query.clone()).await,
        200
    );
    let altered = e.query.replace("pc-ecs", "pc-obs");
    assert_eq!(send(on_time.base_url().to_owned(), altered).await, 401);
}
