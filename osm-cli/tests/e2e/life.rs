//! A ticket's whole life through `osm` only.

use crate::common::{Sandbox, create_case, json, run};

#[test]
fn a_ticket_from_creation_to_completion() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();

    // create, then add detail
    let id = create_case(&sb, "Cannot log in to ecs-web-01 over SSH");
    assert!(id.starts_with("CS"), "{id}");
    json(sb.osm().args([
        "message",
        "send",
        &id,
        "--content",
        "It started at 07:50 UTC after a reboot.",
    ]));

    // support answers (the sandbox's engineer side); follow prints the reply
    sb.engineer_reply(&id, "Please attach the boot log.");
    let (code, out, err) = run(sb.osm().args(["case", "follow", &id, "--count", "1"]));
    assert_eq!(code, 0, "{err}");
    let reply: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(reply["content"], "Please attach the boot log.");
    assert_eq!(reply["type"], 1, "an engineer's message");
    // --all also shows the customer's own messages, each on its own JSON line
    let (_, out, _) = run(sb
        .osm()
        .args(["case", "follow", &id, "--count", "2", "--all"]));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines
            .iter()
            .any(|m| m["content"] == "It started at 07:50 UTC after a reboot.")
    );

    // upload a file to the case and download it back, byte for byte
    let log: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let path = dir.path().join("boot.log");
    std::fs::write(&path, &log).unwrap();
    let up = json(
        sb.osm()
            .args(["attachment", "upload"])
            .arg(&path)
            .args(["--case", &id]),
    );
    assert_eq!(up["size"], 200_000);
    assert_eq!(up["case_id"], id.as_str());
    let accessory = up["accessory_id"].as_str().unwrap().to_owned();
    let back = dir.path().join("back.log");
    let saved = json(
        sb.osm()
            .args(["attachment", "download", &accessory, "-o"])
            .arg(&back),
    );
    assert_eq!(saved["bytes"], 200_000);
    assert_eq!(std::fs::read(&back).unwrap(), log);
    // the message carrying the attachment is on the case
    let messages = json(sb.osm().args(["message", "list", &id]));
    assert!(
        messages
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["accessory_list"][0]["accessory_id"] == accessory.as_str()),
        "{messages}"
    );
    // to stdout when piped
    let out = sb
        .osm()
        .args(["attachment", "download", &accessory])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, log);

    // close, then wait for it
    json(
        sb.osm()
            .args(["case", "action", &id, "--action-id", "close"]),
    );
    let done = json(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "completed",
        "--timeout",
        "1m",
    ]));
    assert_eq!(done, serde_json::json!({"case_id": id, "status": 3}));
    // following a closed case ends by itself
    let (code, _, err) = run(sb.osm().args(["case", "follow", &id, "--new"]));
    assert_eq!(code, 0);
    assert!(err.contains("is closed"), "{err}");
}

#[test]
fn waiting_gives_up_after_its_timeout_with_exit_1() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "still pending");
    let (code, out, err) = run(sb.osm().args([
        "case",
        "wait",
        &id,
        "--status",
        "completed",
        "--timeout",
        "1s",
        "--interval",
        "200ms",
    ]));
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("still has status 0"), "{err}");
}
