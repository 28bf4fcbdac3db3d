//! Recordings of the official Python SDK (`huaweicloudsdkosm` 3.1.219 running
//! `tests/python/ticket_life.py` and `tests/python/all_operations.py` against the sandbox; to
//! re-record, run them against `osm-sandbox --record FILE`), in osm-client's recording format:
//! replayed by `SandboxBuilder::replay` (every exchange answered as recorded, signatures still
//! verified, misses named), and their requests sent to a stateful sandbox again, which must
//! answer with the recorded statuses. Without Python. (The recordings carry no signatures: that
//! the official SDK's signatures verify byte for byte is osm-auth's `python_vectors` test.)
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};
use common::Osm;
use osm_client::record::{Exchange, read_recording};
use osm_sandbox::recording::REPLAY_MISS;
use osm_sandbox::{Account, Clock, Sandbox, SandboxHandle};

const TICKET_LIFE: &str = include_str!("fixtures/python_sdk_ticket_life.jsonl");
const ALL_OPERATIONS: &str = include_str!("fixtures/python_sdk_all_operations.jsonl");
/// When the recordings were made (the ids and times in them are the sandbox's at that time).
const TICKET_LIFE_AT: &str = "2026-11-29T10:30:22Z";
const ALL_OPERATIONS_AT: &str = "2026-12-02T02:05:14Z";
/// ticket_life.py plays support once (`POST /sandbox/cases/{id}/reply`, not an OSM exchange,
/// so not in the recording): after this many exchanges.
const TICKET_LIFE_REPLY_AFTER: usize = 10;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

/// Sends the recorded request, signed afresh by the demo account at `when`.
async fn send(osm: &Osm, e: &Exchange, when: SystemTime) -> common::Resp {
    let path_q = if e.query.is_empty() {
        e.path.clone()
    } else {
        format!("{}?{}", e.path, e.query)
    };
    let body = e.body_bytes().unwrap_or_default();
    let content_type = e.request_headers.get("content-type").map(String::as_str);
    osm.send_at(&e.method, &path_q, content_type, &body, when)
        .await
}

/// The answer is the recorded one: status, and the body as JSON value or bytes.
fn assert_recorded(e: &Exchange, got: &common::Resp) {
    assert_eq!(
        got.status, e.status,
        "{} {} {}",
        e.operation, e.method, e.path
    );
    match &e.response_body {
        Some(v) => assert_eq!(&got.json(), v, "{}", e.operation),
        None => assert_eq!(got.bytes, e.response_bytes().unwrap(), "{}", e.operation),
    }
}

async fn replaying(exchanges: Vec<Exchange>) -> (SandboxHandle, Osm) {
    let sandbox = Sandbox::builder()
        .account(Account::demo())
        .replay(exchanges)
        .spawn()
        .await
        .unwrap();
    let osm = Osm::new(&sandbox, &Account::demo());
    (sandbox, osm)
}

#[tokio::test]
async fn the_sdk_recordings_replay_exchange_by_exchange() {
    for fixture in [TICKET_LIFE, ALL_OPERATIONS] {
        let exchanges = read_recording(fixture).unwrap();
        let (sandbox, osm) = replaying(exchanges.clone()).await;
        for e in &exchanges {
            assert_recorded(e, &send(&osm, e, SystemTime::now()).await);
        }
        let report = sandbox.replay_report().unwrap();
        assert_eq!(report.answered, exchanges.len());
        assert!(report.misses.is_empty(), "{:?}", report.misses);
        assert!(report.unused.is_empty(), "{:?}", report.unused);
    }
    let operations: BTreeSet<String> = read_recording(ALL_OPERATIONS)
        .unwrap()
        .into_iter()
        .map(|e| e.operation)
        .collect();
    assert_eq!(operations.len(), 82, "{operations:?}");
}

#[tokio::test]
async fn the_sdk_requests_still_work_against_the_sandbox() {
    for (fixture, when) in [
        (TICKET_LIFE, TICKET_LIFE_AT),
        (ALL_OPERATIONS, ALL_OPERATIONS_AT),
    ] {
        let when = at(when);
        let sandbox = Sandbox::builder()
            .account(Account::demo())
            .clock(Clock::fixed(when))
            .spawn()
            .await
            .unwrap();
        let osm = Osm::new(&sandbox, &Account::demo());
        let exchanges = read_recording(fixture).unwrap();
        let mut uploaded = None;
        let mut case_id = None;
        for (i, e) in exchanges.iter().enumerate() {
            if fixture == TICKET_LIFE && i == TICKET_LIFE_REPLY_AFTER {
                let id: &String = case_id.as_ref().unwrap();
                sandbox
                    .engineer_reply(id, "We are on it", None)
                    .await
                    .unwrap();
            }
            if matches!(e.status, 401 | 403) {
                // deliberately mis-signed by the script; signed afresh it would pass
                continue;
            }
            let got = send(&osm, e, when.into()).await;
            assert_eq!(
                got.status,
                e.status,
                "{} {} {}?{}: {}",
                e.operation,
                e.method,
                e.path,
                e.query,
                String::from_utf8_lossy(&got.bytes)
            );
            if e.operation == "create_cases" && got.status == 200 {
                case_id = got.json()["incident_id"].as_str().map(str::to_owned);
            }
            if e.operation == "upload_json_accessories" {
                let data = e.body.as_ref().unwrap()["accessory_data"].as_str().unwrap();
                use base64::Engine as _;
                uploaded = Some(
                    base64::engine::general_purpose::STANDARD
                        .decode(data)
                        .unwrap(),
                );
            }
            if e.operation == "download_accessories" && got.status == 200 && fixture == TICKET_LIFE
            {
                assert_eq!(Some(got.bytes.to_vec()), uploaded, "download is byte-exact");
            }
        }
        if fixture == TICKET_LIFE {
            assert_eq!(sandbox.case_count(Account::DEMO_DOMAIN_ID), 1);
        }
    }
}

#[tokio::test]
async fn a_replay_still_verifies_signatures() {
    let exchanges = read_recording(TICKET_LIFE).unwrap();
    let first = exchanges[0].clone();
    let (sandbox, osm) = replaying(exchanges).await;
    // outside the ±15 minute window
    let late = SystemTime::now() - Duration::from_secs(16 * 60);
    let got = send(&osm, &first, late).await;
    assert_eq!(got.err(401).0, "APIGW.0301");
    // the wrong secret key
    let wrong = Osm {
        sk: "not-the-demo-secret".into(),
        ..osm.clone()
    };
    assert_eq!(send(&wrong, &first, SystemTime::now()).await.status, 401);
    // not signed at all
    let unsigned = reqwest::get(format!("{}{}", sandbox.base_url(), first.path))
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);
    // none of them used up the exchange
    assert_recorded(&first, &send(&osm, &first, SystemTime::now()).await);
}

#[tokio::test]
async fn a_request_without_a_recording_is_named() {
    let exchanges = read_recording(TICKET_LIFE).unwrap();
    let first = exchanges[0].clone();
    let (sandbox, osm) = replaying(exchanges).await;
    assert_recorded(&first, &send(&osm, &first, SystemTime::now()).await);

    // the same call again: its one recording was used
    let (code, msg) = send(&osm, &first, SystemTime::now()).await.err(501);
    assert_eq!(code, REPLAY_MISS);
    assert!(
        msg.contains("list_problem_types /v2/servicerequest/config/problems")
            && msg.contains("already answered"),
        "{msg}"
    );
    // an operation the recording never saw
    let (code, msg) = osm
        .get("/v2/servicerequest/config/area-codes")
        .await
        .err(501);
    assert_eq!(code, REPLAY_MISS);
    assert!(
        msg.contains("the recording has no list_area_codes exchange"),
        "{msg}"
    );
    // a recorded operation with another body
    let body = serde_json::json!({"business_type_id": "bt-nope", "simple_description": "x"});
    let (_, msg) = osm.post("/v2/servicerequest/cases", &body).await.err(501);
    assert!(msg.contains("differ in path or body"), "{msg}");
    let report = sandbox.replay_report().unwrap();
    assert_eq!(report.misses.len(), 3);
    assert_eq!(report.answered, 1);
}

#[test]
fn the_binary_replays_a_file() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/python_sdk_ticket_life.jsonl"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_osm-sandbox"))
        .args(["--listen", "127.0.0.1:0", "--replay", fixture])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("osm-sandbox listening on ")
        .unwrap()
        .to_owned();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let first = read_recording(TICKET_LIFE).unwrap()[0].clone();
    let got = rt.block_on(async {
        let osm = Osm {
            base: url.clone(),
            host: url.trim_start_matches("http://").to_owned(),
            ..Osm::for_account(&Account::demo())
        };
        send(&osm, &first, SystemTime::now()).await
    });
    let _ = child.kill();
    let _ = child.wait();
    assert_recorded(&first, &got);

    // a recording that is not one: exit 2, naming the line
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"operation\":1}\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_osm-sandbox"))
        .args(["--listen", "127.0.0.1:0", "--replay"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 1 of the recording"), "{stderr}");
}
