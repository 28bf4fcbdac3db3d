//! Concurrency, persistence across restarts, and the binary's start-up contract.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::BufRead as _;
use std::time::Duration;

use common::{DOMAIN_A, Osm, account_a, account_b, sandbox};
use osm_sandbox::Sandbox;
use serde_json::json;

const CASES: &str = "/v2/servicerequest/cases";

/// 1,000 creates, 200 messages and 100 lists at once (HTTP/2, 8 connections): nothing is lost,
/// ids are unique, counts are exact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_creates_lose_nothing() {
    let sb = sandbox().await;
    let mut clients = Vec::new();
    for _ in 0..8 {
        let mut c = Osm::new(&sb, &account_a());
        c.http = reqwest::Client::builder()
            .http2_prior_knowledge()
            .build()
            .unwrap();
        clients.push(c);
    }
    let target = clients[0].create_case("message target").await;
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..1000 {
        let c = clients[i % clients.len()].clone();
        tasks.spawn(async move { Some(c.create_case(&format!("concurrent {i}")).await) });
    }
    for i in 0..200 {
        let (c, target) = (clients[i % clients.len()].clone(), target.clone());
        tasks.spawn(async move {
            c.post(
                &format!("{CASES}/{target}/message"),
                &json!({"message": {"content": format!("m{i}")}}),
            )
            .await
            .ok();
            None
        });
    }
    for i in 0..100 {
        let c = clients[i % clients.len()].clone();
        tasks.spawn(async move {
            let n = c.get(&format!("{CASES}?limit=5")).await.ok()["total_count"]
                .as_u64()
                .unwrap();
            assert!((1..=1001).contains(&n));
            None
        });
    }
    let mut ids = std::collections::BTreeSet::new();
    while let Some(r) = tasks.join_next().await {
        if let Some(id) = r.unwrap() {
            assert!(ids.insert(id), "duplicate case id");
        }
    }
    assert_eq!(ids.len(), 1000);
    let a = &clients[0];
    assert_eq!(a.get(CASES).await.ok()["total_count"], 1001);
    let counts = a.get(&format!("{CASES}/count")).await.ok();
    assert_eq!(
        counts["incident_status_counts"],
        json!([{"status": 0, "count": 1001}])
    );
    assert_eq!(
        a.get(&format!("{CASES}/{target}/messages")).await.ok()["count"],
        200
    );
    assert_eq!(sb.case_count(DOMAIN_A), 1001);
    assert_eq!(
        Osm::new(&sb, &account_b()).get(CASES).await.ok()["total_count"],
        0
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let spawn = || {
        Sandbox::builder()
            .account(account_a())
            .account(account_b())
            .state_file(&file)
            .spawn()
    };

    let sb = spawn().await.unwrap();
    let a = Osm::new(&sb, &account_a());
    let id = a.create_case("persist me").await;
    // acknowledged means on disk already, before any shutdown
    assert_eq!(cases_on_disk(&file, std::slice::from_ref(&id)), 1);
    a.post(
        &format!("{CASES}/{id}/message"),
        &json!({"message": {"content": "still here?"}}),
    )
    .await
    .ok();
    let label = a.create_label("kept", "#123456").await;
    a.send(
        "POST",
        &format!("{CASES}/{id}/labels?label_ids={label}"),
        None,
        b"",
    )
    .await
    .ok();
    let bytes: Vec<u8> = (0..=255).collect();
    let acc = a
        .post("/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "all.bin.zip", "accessory_from": "incident",
                    "accessory_data": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &bytes)}))
        .await
        .ok()["accessory_id"]
        .as_str()
        .unwrap()
        .to_owned();
    a.post(&format!("{CASES}/{id}/action?action_id=close"), &json!({}))
        .await
        .ok();
    sb.shutdown().await;

    let sb = spawn().await.unwrap();
    let a = Osm::new(&sb, &account_a());
    let d = a.get(&format!("{CASES}/{id}")).await.ok();
    assert_eq!(d["incident_detail_info"]["status"], 3);
    assert_eq!(
        d["incident_detail_info"]["message_list"][0]["content"],
        "still here?"
    );
    assert_eq!(
        a.get(&format!("{CASES}/{id}/labels")).await.ok()["case_label_list"][0]["name"],
        "kept"
    );
    assert_eq!(
        a.get(&format!("/v2/servicerequest/accessorys/{acc}"))
            .await
            .bytes
            .as_ref(),
        bytes.as_slice()
    );
    let next = a.create_case("after restart").await;
    assert_ne!(next, id, "ids keep counting after a restart");
    assert_eq!(a.get(CASES).await.ok()["total_count"], 2);
    sb.shutdown().await;
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("state.json")],
        "no temp files left"
    );

    std::fs::write(&file, b"{ half a file").unwrap();
    let err = spawn().await.unwrap_err().to_string();
    assert!(
        err.contains("state.json") && err.contains("not valid sandbox state"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writes_with_a_state_file_are_all_durable() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.json");
    let sb = Sandbox::builder()
        .account(account_a())
        .state_file(&file)
        .spawn()
        .await
        .unwrap();
    let a = Osm::new(&sb, &account_a());
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200 {
        let a = a.clone();
        tasks.spawn(async move { a.create_case(&format!("durable {i}")).await });
    }
    let mut ids = Vec::new();
    while let Some(id) = tasks.join_next().await {
        ids.push(id.unwrap());
    }
    // every acknowledged id is in the file right now, without a shutdown
    assert_eq!(cases_on_disk(&file, &ids), 200);
    drop(sb);
}

/// How many of `ids` the state file holds, read by a separate SQLite connection.
fn cases_on_disk(file: &std::path::Path, ids: &[String]) -> usize {
    let c = rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    ids.iter()
        .filter(|id| {
            c.query_row(
                "SELECT COUNT(*) FROM cases WHERE id = ?1",
                [id.as_str()],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
                == 1
        })
        .count()
}

fn binary() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_osm-sandbox"))
}

#[test]
fn binary_prints_its_address_first_and_stops_on_sigterm() {
    let mut child = binary()
        .args(["--listen", "127.0.0.1:0"])
        .env_remove("OSM_SANDBOX_CREDENTIALS")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let url = line
        .trim_end()
        .strip_prefix("osm-sandbox listening on http://127.0.0.1:")
        .unwrap_or_else(|| panic!("first line: {line:?}"));
    let port: u16 = url.parse().unwrap();
    assert_ne!(port, 0);
    let health = std::net::TcpStream::connect(("127.0.0.1", port));
    assert!(health.is_ok());
    // the shell's built-in kill: present even where procps is not installed
    let status = std::process::Command::new("sh")
        .args(["-c", &format!("kill -TERM {}", child.id())])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no exit after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(exit.success(), "{exit:?}");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(
        err.contains(osm_sandbox::Account::DEMO_AK)
            && err.contains(osm_sandbox::Account::DEMO_DOMAIN_ID),
        "{err}"
    );
}

#[test]
fn binary_rejects_bad_credentials_and_busy_ports() {
    let out = binary()
        .args(["--listen", "127.0.0.1:0"])
        .env("OSM_SANDBOX_CREDENTIALS", "AK:SK")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("entry 1") && err.contains("AK:SK:DOMAIN_ID"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let out = binary()
        .args(["--listen", &addr])
        .env("OSM_SANDBOX_CREDENTIALS", "AK:SK:D")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot listen on"),
        "{:?}",
        out
    );
}

#[test]
fn credentials_parsing() {
    let accounts = osm_sandbox::Account::parse_list("AK1:SK1:D1, AK2:SK2:D2").unwrap();
    assert_eq!(accounts.len(), 2);
    assert_eq!(accounts[1].domain_id(), "D2");
    assert!(
        !format!("{accounts:?}").contains("SK1"),
        "secret keys are redacted in Debug"
    );
    for bad in ["", "AK:SK", "AK:SK:D:E", "AK::D", "AK:SK:D,AK:SK2:D2"] {
        let e = osm_sandbox::Account::parse_list(bad)
            .unwrap_err()
            .to_string();
        assert!(!e.contains("SK2"), "{e}");
    }
}

/// A change whose commit fails (injected: the transaction is rolled back in place of its
/// COMMIT) answers 500, is not acknowledged and leaves nothing visible, before or after a
/// restart; the next change is saved.
#[tokio::test]
async fn a_change_that_cannot_be_saved_is_not_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.db");
    let spawn = || {
        Sandbox::builder()
            .account(account_a())
            .state_file(&file)
            .spawn()
    };
    let sb = spawn().await.unwrap();
    let a = Osm::new(&sb, &account_a());
    let kept = a.create_case("saved").await;
    let label = a.create_label("l", "#123456").await;
    sb.add_fault(osm_sandbox::Fault {
        fail_commit: true,
        times: Some(3),
        ..osm_sandbox::Fault::new("*")
    })
    .unwrap();
    let body = json!({"business_type_id": "bt-consult", "simple_description": "not saved", "source_id": "s"});
    let (code, msg) = a.post(CASES, &body).await.err(500);
    assert_eq!(code, "OSM.00050001");
    assert!(
        msg.contains("could not be saved") && msg.contains("s.db"),
        "{msg}"
    );
    let (code, _) = a
        .post(
            &format!("{CASES}/{kept}/message"),
            &json!({"message": {"content": "lost"}}),
        )
        .await
        .err(500);
    assert_eq!(code, "OSM.00050001");
    let r = a
        .delete(&format!("/v2/servicerequest/labels/{label}"))
        .await;
    assert_eq!(r.err(500).0, "OSM.00050001");
    // nothing of the three is visible
    assert_eq!(a.get(CASES).await.ok()["total_count"], 1);
    assert_eq!(sb.case_count(DOMAIN_A), 1);
    let d = a.get(&format!("{CASES}/{kept}")).await.ok();
    let messages = &d["incident_detail_info"]["message_list"];
    assert!(messages.as_array().is_none_or(Vec::is_empty), "{messages}");
    assert_eq!(
        a.get("/v2/servicerequest/labels").await.ok()["total_count"],
        1
    );
    // the faults are used up: changes are saved again, and survive a restart
    let again = a.create_case("saved again").await;
    sb.shutdown().await;
    let sb = spawn().await.unwrap();
    let a = Osm::new(&sb, &account_a());
    let ids: Vec<String> = a.get(CASES).await.ok()["incident_info_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["incident_id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, vec![again, kept]);
    sb.shutdown().await;
}

/// A state file of the older JSON format is converted at start-up; the JSON is kept.
#[tokio::test]
async fn a_json_state_file_is_converted_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let case = json!({
        "incident_id": "CS20261129000007", "business_type_id": "bt-consult",
        "business_type_name": "Consultation", "incident_type_name": "Consultation",
        "dc_name": "", "simple_description": "from the JSON days", "source_id": "s",
        "status": 1, "create_time": "2026-11-29T08:00:00Z", "customer_id": DOMAIN_A,
        "creator": "AK", "label_ids": [1], "relations": [], "extends_map": {},
        "extension_map": {}, "contact": {}, "satisfaction": [], "judgement": "",
        "accessory_ids": [], "logs": [],
        "messages": [{"message_id": "MSG1", "content": "hello", "create_time": "2026-11-29T08:01:00Z",
            "kind": 0, "replier": "AK", "replier_name": "AK", "accessory_ids": [], "read": true, "revoked": false}]
    });
    let world = json!({
        "version": 1, "next_seq": 7, "generation": 3,
        "accounts": {DOMAIN_A: {
            "cases": {"CS20261129000007": case},
            "labels": {"1": {"label_id": 1, "name": "old", "color": "#111111"}},
            "next_label_id": 1,
            "accessories": {"ACC0000000001": {"accessory_id": "ACC0000000001", "name": "a.txt",
                "from": "incident", "data": "aGk=", "created": "2026-11-29T08:00:00Z"}},
            "privileges": ["export"], "feedbacks": [], "signed_agreements": {}
        }}
    });
    std::fs::write(&file, world.to_string()).unwrap();
    let spawn = || {
        Sandbox::builder()
            .account(account_a())
            .state_file(&file)
            .spawn()
    };
    let sb = spawn().await.unwrap();
    let a = Osm::new(&sb, &account_a());
    let d = a.get(&format!("{CASES}/CS20261129000007")).await.ok();
    assert_eq!(
        d["incident_detail_info"]["message_list"][0]["content"],
        "hello"
    );
    let list = a.get(&format!("{CASES}?label_id_list=1")).await.ok();
    assert_eq!(list["total_count"], 1);
    assert_eq!(
        list["incident_info_list"][0]["label_list"][0]["name"],
        "old"
    );
    assert_eq!(
        a.get("/v2/servicerequest/accessorys/ACC0000000001")
            .await
            .bytes
            .as_ref(),
        b"hi"
    );
    let next = a.create_case("after the conversion").await;
    assert!(
        next.ends_with("000008"),
        "ids continue after next_seq: {next}"
    );
    assert_eq!(a.create_label("new", "#222222").await, 2);
    sb.shutdown().await;
    let backup = dir.path().join("state.json.v1.json");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&std::fs::read(&backup).unwrap()).unwrap(),
        world
    );
    // the converted file opens as it is the next time
    let sb = spawn().await.unwrap();
    assert_eq!(
        Osm::new(&sb, &account_a()).get(CASES).await.ok()["total_count"],
        2
    );
    sb.shutdown().await;
}
#[test]
fn binary_checks_the_state_directory_and_accepts_listen_forms_at_start_up() {
    let out = binary()
        .args(["--listen", "0", "--state", "/nonexistent-osm-dir/sub/s.db"])
        .env("OSM_SANDBOX_CREDENTIALS", "AK:SK:D")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent-osm-dir/sub") && err.contains("does not exist"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    let out = binary()
        .args(["--listen", "localhost"])
        .env("OSM_SANDBOX_CREDENTIALS", "AK:SK:D")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("HOST:PORT"));
    for listen in ["0", "localhost:0"] {
        let mut child = binary()
            .args(["--listen", listen])
            .env("OSM_SANDBOX_CREDENTIALS", "AK:SK:D")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(
            line.starts_with("osm-sandbox listening on http://127.0.0.1:"),
            "{listen}: {line:?}"
        );
        child.kill().unwrap();
        child.wait().unwrap();
    }
}
