//! Usage: help for newcomers, completions, bad flags and input (exit 2, one line), API errors
//! (exit 1, one line with a hint).

use crate::common::{AK, Sandbox, create_case, finish, osm_in, run, spawn};

fn assert_usage(cmd: &mut std::process::Command, needle: &str) {
    let (code, out, err) = run(cmd);
    assert_eq!(code, 2, "{cmd:?}: {out}{err}");
    assert!(out.is_empty(), "{cmd:?}: {out}");
    assert_eq!(
        err.lines().count(),
        1,
        "{cmd:?}: one line expected: {err:?}"
    );
    assert!(err.starts_with("osm: "), "{err}");
    assert!(
        err.contains(needle),
        "{cmd:?}: {err:?} should mention {needle:?}"
    );
}

#[test]
fn osm_alone_lists_the_commands_and_where_to_start() {
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(&mut osm_in(home.path()));
    assert_eq!(code, 2);
    assert!(out.is_empty());
    for needle in [
        "case",
        "message",
        "attachment",
        "configure",
        "sandbox",
        "osm case create --help",
    ] {
        assert!(err.contains(needle), "{needle}: {err}");
    }
    let (code, out, _) = run(osm_in(home.path()).args(["case", "create", "--help"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("--business-type-id") && out.contains("--json-body"),
        "{out}"
    );
    let (code, out, _) = run(osm_in(home.path()).args(["case", "list", "--help"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("pending-acceptance") && out.contains("--limit"),
        "{out}"
    );
}

#[test]
fn completions_generate_for_every_shell() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = run(osm_in(home.path()).args(["completions", shell]));
        assert_eq!(code, 0, "{shell}: {err}");
        assert!(out.contains("osm"), "{shell}");
        assert!(
            out.contains("attachment"),
            "{shell}: the groups are completed"
        );
        assert!(
            out.contains("business-type-id"),
            "{shell}: the flags are completed"
        );
        assert!(
            !out.contains("--sk") && !out.contains("secret-key"),
            "{shell}: the flags that refuse a secret are not offered"
        );
    }
    assert_usage(osm_in(home.path()).args(["completions", "tcsh"]), "tcsh");
}

#[test]
fn bad_flags_and_input_exit_2_with_one_line() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let before = sb.requests_seen();
    assert_usage(sb.osm().args(["case", "list", "--bogus"]), "--bogus");
    assert_usage(sb.osm().args(["case", "frobnicate"]), "frobnicate");
    assert_usage(
        sb.osm().args(["case", "list", "--status", "nope"]),
        "pending-acceptance",
    );
    assert_usage(sb.osm().args(["case", "list", "--limit", "0"]), "--limit");
    assert_usage(sb.osm().args(["case", "list", "--offset", "ten"]), "ten");
    assert_usage(sb.osm().args(["case", "list", "--query", "[?"]), "--query");
    assert_usage(sb.osm().args(["case", "show"]), "CASE_ID");
    assert_usage(
        sb.osm().args(["case", "create", "--source-id", "83"]),
        "missing --business-type-id, --simple-description",
    );
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"business_type_id\": ").unwrap();
    assert_usage(
        sb.osm().args(["case", "create", "--json-body"]).arg(&bad),
        "--json-body",
    );
    std::fs::write(
        &bad,
        r#"{"business_type_id": "bt-consult", "simple_descripton": "typo"}"#,
    )
    .unwrap();
    assert_usage(
        sb.osm().args(["case", "create", "--json-body"]).arg(&bad),
        "simple_descripton",
    );
    std::fs::write(&bad, r#"{"business_type_id": 5}"#).unwrap();
    assert_usage(
        sb.osm().args(["case", "create", "--json-body"]).arg(&bad),
        "business_type_id",
    );
    assert_usage(
        sb.osm()
            .args(["case", "create", "--json-body", "/nonexistent/body.json"]),
        "/nonexistent/body.json",
    );
    assert_usage(
        sb.osm().args(["case", "create", "--extends-map", "{"]),
        "--extends-map",
    );
    assert_usage(
        sb.osm().args(["--attempt-timeout", "soon", "case", "list"]),
        "soon",
    );
    assert_usage(
        sb.osm()
            .args(["attachment", "upload", "/nonexistent/file.txt"]),
        "/nonexistent/file.txt",
    );
    assert_usage(sb.osm().args(["case", "wait", "CS1"]), "--status");
    assert_usage(
        sb.osm()
            .args(["--endpoint", "127.0.0.1:8080", "case", "list"]),
        "write http://127.0.0.1:8080",
    );
    // no credentials anywhere: exit 2 when the whole chain finds nothing; 1 when a provider
    // answered with an error (here the ECS metadata probe's answer depends on the network:
    // a timeout off ECS, or a filtering proxy's 403); one line with the hint either way
    let (code, out, err) = run(sb.bare_osm().args(["--endpoint", &sb.url, "case", "list"]));
    assert!(matches!(code, 1 | 2), "{code}: {out}{err}");
    assert!(out.is_empty() && err.lines().count() == 1, "{err}");
    assert!(err.contains("HUAWEICLOUD_SDK_AK"), "{err}");
    // a binary download is not written to a terminal; here stdout is a pipe, so -o - works
    assert_eq!(sb.requests_seen(), before, "usage errors send nothing");
}

#[test]
fn api_errors_exit_1_with_one_line_and_a_hint() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "x");
    let (code, out, err) = run(sb
        .osm()
        .env("HUAWEICLOUD_SDK_SK", "wrong-secret")
        .args(["case", "list"]));
    assert_eq!(code, 1, "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("osm: OSM error APIGW.0301: "), "{err}");
    assert!(err.contains("(HTTP 401, request id "), "{err}");
    assert!(
        err.contains("so the secret key does not match the access key (HTTP 401"),
        "{err}"
    );
    assert!(err.contains("; hint: check HUAWEICLOUD_SDK_SK"), "{err}");
    let (code, _, err) = run(sb
        .osm()
        .env("HUAWEICLOUD_SDK_DOMAIN_ID", "someone-else")
        .args(["case", "list"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("APIGW.0302") && err.contains("hint: the domain id"),
        "{err}"
    );
    let (code, _, err) = run(sb
        .osm()
        .env("HUAWEICLOUD_SDK_AK", "UNKNOWNAK00000000000")
        .args(["case", "list"]));
    assert_eq!(code, 1);
    assert!(err.contains("hint: the access key is not known"), "{err}");
    // the server's clock an hour ahead: the signature date is too old
    sb.set_clock_offset(3600);
    let (code, out, err) = run(sb.osm().args(["case", "list"]));
    sb.set_clock_offset(0);
    assert_eq!(code, 1, "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("osm: OSM error APIGW.0301: "), "{err}");
    assert!(
        err.contains("; hint: signed requests are valid for 15 minutes around the server's clock; check this machine's clock"),
        "{err}"
    );
    // a rule of the service: cancel is only allowed while pending acceptance
    sb.engineer_reply(&id, "looking");
    let (code, _, err) = run(sb
        .osm()
        .args(["case", "action", &id, "--action-id", "cancel"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("OSM.00040002") && err.lines().count() == 1,
        "{err}"
    );
    // nothing listening
    let (code, _, err) = run(sb.osm().args([
        "--endpoint",
        "http://127.0.0.1:9",
        "--max-attempts",
        "1",
        "case",
        "list",
    ]));
    assert_eq!(code, 1);
    assert!(err.contains("hint: check --endpoint"), "{err}");
    let _ = AK;
}

/// `osm sign`, `osm completions` and `osm sandbox` send no OSM request: a global flag typed
/// for one is refused rather than ignored; the same setting from the environment, and a flag
/// of the command's own with the same name (`osm sign --region`), are fine.
#[test]
fn flags_for_calls_are_refused_by_the_local_commands() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["sandbox", "--dry-run"][..],
        &["--dry-run", "sandbox"],
        &["sandbox", "--output", "json"],
        &["sandbox", "--profile", "p"],
        &["completions", "bash", "--endpoint", "http://127.0.0.1:1"],
        &["sign", "--url", "https://h/x", "--query", "a"],
        &["sign", "--url", "https://h/x", "--max-attempts", "2"],
    ] {
        let flag = args.iter().find(|a| a.starts_with("--") && **a != "--url");
        let needle = format!("{} does not apply to `osm", flag.unwrap());
        // in the background: an `osm sandbox` that took the flag would serve until killed
        let (code, out, err) = finish(spawn(osm_in(home.path()).args(args)));
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("osm: ") && err.contains(&needle), "{err}");
    }
    let (code, out, err) = run(osm_in(home.path())
        .env("OSM_OUTPUT", "json")
        .env("OSM_ENDPOINT", "http://127.0.0.1:1")
        .args(["completions", "bash"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("osm"));
    let (code, out, err) = run(osm_in(home.path())
        .env("HUAWEICLOUD_SDK_AK", AK)
        .env("HUAWEICLOUD_SDK_SK", "sk-for-the-test")
        .env("HUAWEICLOUD_SDK_DOMAIN_ID", "domain-1")
        .args([
            "sign",
            "--algorithm",
            "v11-hmac-sha256",
            "--region",
            "cn-north-4",
            "--service",
            "osm",
            "--url",
            "https://osm.myhuaweicloud.com/v2/servicerequest/cases",
        ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("/cn-north-4/osm"), "{out}");
}
