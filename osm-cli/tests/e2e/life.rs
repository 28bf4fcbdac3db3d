//! A ticket's whole life through `osm` only.

use std::process::{Command, Stdio};

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
    // piped: no progress bar, nothing at all on stderr
    let (code, out, err) = run(sb
        .osm()
        .args(["attachment", "upload"])
        .arg(&path)
        .args(["--case", &id]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "", "no bar when stderr is a pipe");
    let up: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(up["size"], 200_000);
    assert_eq!(up["case_id"], id.as_str());
    let accessory = up["accessory_id"].as_str().unwrap().to_owned();
    let back = dir.path().join("back.log");
    let (code, out, err) = run(sb
        .osm()
        .args(["attachment", "download", &accessory, "-o"])
        .arg(&back));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "", "no bar when stderr is a pipe");
    let saved: serde_json::Value = serde_json::from_str(&out).unwrap();
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
    assert!(
        out.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );

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
    assert!(err.contains("is closed with status 3 (completed)"), "{err}");
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

/// Runs `cmd` (an `osm` and its environment) on a pseudo-terminal through util-linux
/// `script -qec CMD /dev/null`: its exit code and everything the terminal showed (stdout and
/// stderr together). None when `script` is not installed.
fn on_a_terminal(cmd: &Command) -> Option<(i32, String)> {
    let available = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        return None;
    }
    let quote = |w: &std::ffi::OsStr| format!("'{}'", w.to_str().unwrap().replace('\'', r"'\''"));
    let line: Vec<String> = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(quote)
        .collect();
    let mut script = Command::new("script");
    script
        .args(["-qec", &line.join(" "), "/dev/null"])
        .env_clear()
        // as a terminal emulator sets it (indicatif draws nothing on a terminal without it)
        .env("TERM", "xterm")
        .stdin(Stdio::null());
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            script.env(k, v);
        }
    }
    let out = script.output().unwrap();
    let shown =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    Some((out.status.code().unwrap_or(-1), shown))
}

#[test]
fn on_a_terminal_the_bar_shows_once_bytes_move() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump.log");
    std::fs::write(&dump, vec![b'x'; 3 << 20]).unwrap();
    let mut upload = sb.osm();
    upload.args(["attachment", "upload"]).arg(&dump);
    let Some((code, shown)) = on_a_terminal(&upload) else {
        eprintln!(
            "note: util-linux `script` is not installed; the terminal progress test is skipped"
        );
        return;
    };
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("uploading dump.log"), "{shown}");
    // a file the limits reject shows the error alone: no bar was drawn before the check
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![0u8; 1 << 20]).unwrap();
    let before = sb.requests_to("/accessorys");
    let mut rejected = sb.osm();
    rejected.args(["attachment", "upload"]).arg(&big);
    let (code, shown) = on_a_terminal(&rejected).unwrap();
    assert_eq!(code, 2, "{shown}");
    assert!(
        shown.contains("osm: ") && shown.contains("big.bin"),
        "{shown}"
    );
    assert!(!shown.contains("uploading"), "{shown:?}");
    assert_eq!(shown.trim().lines().count(), 1, "{shown:?}");
    // only the limits were read
    assert_eq!(sb.requests_to("/accessorys"), before + 1);
}
