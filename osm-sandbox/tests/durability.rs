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
    assert!(std::fs::read_to_string(&file).unwrap().contains(&id));
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
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(ids.iter().all(|id| saved.contains(id.as_str())));
    drop(sb);
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

#[tokio::test]
async fn a_change_that_cannot_be_saved_is_not_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("gone");
    std::fs::create_dir(&sub).unwrap();
    let sb = Sandbox::builder()
        .account(account_a())
        .state_file(sub.join("s.json"))
        .spawn()
        .await
        .unwrap();
    let a = Osm::new(&sb, &account_a());
    a.create_case("saved").await;
    std::fs::remove_dir_all(&sub).unwrap();
    let body = json!({"business_type_id": "bt-consult", "simple_description": "not saved", "source_id": "s"});
    let (code, msg) = a.post(CASES, &body).await.err(500);
    assert_eq!(code, "OSM.00050001");
    assert!(
        msg.contains("could not be saved") && msg.contains("gone"),
        "{msg}"
    );
    // once the directory is back, changes are saved again
    std::fs::create_dir(&sub).unwrap();
    a.create_case("saved again").await;
    assert!(
        std::fs::read_to_string(sub.join("s.json"))
            .unwrap()
            .contains("saved again")
    );
    sb.shutdown().await;
}
