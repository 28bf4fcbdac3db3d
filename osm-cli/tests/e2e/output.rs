//! Output formats, `--query`, lists followed across pages, `--dry-run`, `--debug`.

use crate::common::{AK, SK, Sandbox, create_case, finish, json, run, spawn};

#[test]
fn every_format_and_queries() {
    let sb = Sandbox::start();
    let ids: Vec<String> = (0..3)
        .map(|i| create_case(&sb, &format!("case number {i}")))
        .collect();

    // JSON (the default when piped): lists are one array of items
    let list = json(sb.osm().args(["case", "list"]));
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert!(list.iter().all(|c| c["status"] == 0));

    // --query filters before printing, in every format
    let q = json(
        sb.osm()
            .args(["case", "list", "--query", "sort([].incident_id)"]),
    );
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(q, serde_json::json!(sorted));
    let (code, yaml, _) = run(sb.osm().args([
        "case",
        "list",
        "--output",
        "yaml",
        "--query",
        "[?simple_description=='case number 1'].incident_id",
    ]));
    assert_eq!(code, 0);
    assert_eq!(yaml, format!("- {}\n", ids[1]));

    // YAML is the same data
    let (_, yaml, _) = run(sb.osm().args(["case", "list", "--output", "yaml"]));
    let from_yaml: serde_json::Value = serde_yaml_ng::from_str(&yaml).unwrap();
    assert_eq!(from_yaml.as_array().unwrap().len(), 3);

    // a table fits 100 columns and leads with the telling columns
    let (code, table, _) = run(sb.osm().args(["case", "list", "--output", "table"]));
    assert_eq!(code, 0);
    let header = table.lines().next().unwrap();
    assert!(header.trim_start().starts_with("INCIDENT_ID"), "{table}");
    assert!(header.contains("SIMPLE_DESCRIPTION"), "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 100), "{table}");
    assert_eq!(table.lines().count(), 4, "{table}");
    // value sets show their names in a table (JSON above keeps the wire values)
    assert!(
        table
            .lines()
            .skip(1)
            .all(|l| l.contains("pending-acceptance")),
        "{table}"
    );
    let (_, table, _) = run(sb
        .osm()
        .args(["case", "show", &ids[0], "--output", "table"]));
    assert!(
        table.contains("incident_id") && table.contains(&ids[0]),
        "{table}"
    );
    assert!(table.contains("pending-acceptance"), "{table}");
    let (_, counts, _) = run(sb.osm().args(["case", "count", "--output", "table"]));
    assert!(counts.contains("pending-acceptance"), "{counts}");

    // --page prints one page as sent; --limit caps the items
    let page = json(sb.osm().args(["case", "list", "--page", "--limit", "2"]));
    assert_eq!(page["total_count"], 3);
    assert_eq!(page["incident_info_list"].as_array().unwrap().len(), 2);
    let two = json(sb.osm().args(["case", "list", "--limit", "2"]));
    assert_eq!(two.as_array().unwrap().len(), 2);

    // value sets take names or wire values
    let none = json(sb.osm().args(["case", "list", "--status", "processing"]));
    assert_eq!(none, serde_json::json!([]));
    let pending = json(sb.osm().args(["case", "list", "--status", "0"]));
    assert_eq!(pending.as_array().unwrap().len(), 3);
}

#[test]
fn lists_are_followed_to_the_last_page() {
    let sb = Sandbox::start();
    for i in 0..53 {
        create_case(&sb, &format!("bulk {i}"));
    }
    let before = sb.requests_seen();
    let all = json(sb.osm().args(["case", "list", "--query", "length(@)"]));
    assert_eq!(all, 53);
    assert_eq!(sb.requests_seen() - before, 2, "two pages of 50");
}

#[test]
fn a_body_from_a_file_or_stdin_with_flags_on_top() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    // the template is a complete body that the command accepts
    let (code, template, _) = run(sb.osm().args(["case", "create", "--json-body-template"]));
    assert_eq!(code, 0);
    let template: serde_json::Value = serde_json::from_str(&template).unwrap();
    assert!(template.get("business_type_id").is_some(), "{template}");
    let body = dir.path().join("case.json");
    std::fs::write(
        &body,
        r#"{"business_type_id": "bt-consult", "simple_description": "from a file", "source_id": "83"}"#,
    )
    .unwrap();
    let created = json(sb.osm().args(["case", "create", "--json-body"]).arg(&body));
    let id = created["incident_id"].as_str().unwrap().to_owned();
    let shown = json(sb.osm().args([
        "case",
        "show",
        &id,
        "--query",
        "incident_detail_info.simple_description",
    ]));
    assert_eq!(shown, "from a file");

    // stdin, and a flag overriding the file's field
    let mut child = sb
        .osm()
        .args([
            "case",
            "create",
            "--json-body",
            "-",
            "--simple-description",
            "flag wins",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(br#"{"business_type_id": "bt-consult", "simple_description": "stdin", "source_id": "83"}"#)
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let id: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shown = json(sb.osm().args([
        "case",
        "show",
        id["incident_id"].as_str().unwrap(),
        "--query",
        "incident_detail_info.simple_description",
    ]));
    assert_eq!(shown, "flag wins");
}

#[test]
fn dry_run_prints_the_signed_request_and_sends_nothing() {
    let sb = Sandbox::start();
    create_case(&sb, "make sure the trace exists");
    let before = sb.requests_seen();
    assert!(before > 0);
    let requests = json(sb.osm().args([
        "case",
        "create",
        "--dry-run",
        "--business-type-id",
        "bt-consult",
        "--source-id",
        "83",
        "--simple-description",
        "not sent",
    ]));
    let r = &requests[0];
    assert_eq!(r["method"], "POST");
    assert_eq!(r["url"], format!("{}/v2/servicerequest/cases", sb.url));
    let auth = r["headers"]["authorization"].as_str().unwrap();
    assert!(
        auth.starts_with(&format!("SDK-HMAC-SHA256 Access={AK}, SignedHeaders=")),
        "{auth}"
    );
    assert!(auth.ends_with("Signature=<redacted>"), "{auth}");
    assert!(r["headers"]["x-sdk-date"].is_string());
    let body: serde_json::Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["simple_description"], "not sent");

    // as HTTP text too; and lists, uploads, downloads send nothing either
    let (code, text, _) = run(sb.osm().args([
        "case",
        "list",
        "--dry-run",
        "--output",
        "table",
        "--status",
        "processing",
    ]));
    assert_eq!(code, 0);
    assert!(
        text.starts_with(&format!("GET {}/v2/servicerequest/cases?", sb.url)),
        "{text}"
    );
    assert!(text.contains("status=1"), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "hello").unwrap();
    let up = json(
        sb.osm()
            .args(["attachment", "upload", "--dry-run"])
            .arg(&file),
    );
    assert!(
        up.as_array()
            .unwrap()
            .iter()
            .any(|r| r["operation"] == "upload_accessory"),
        "{up}"
    );
    json(
        sb.osm()
            .args(["attachment", "download", "ACC1", "--dry-run"]),
    );
    for out in [&text, &up.to_string()] {
        assert!(!out.contains(SK), "{out}");
    }
    assert_eq!(sb.requests_seen(), before, "the sandbox saw no request");
}

/// The headers of the last request the sandbox received, in the order received.
fn last_headers_received(sb: &Sandbox) -> Vec<(String, String)> {
    let trace = std::fs::read_to_string(&sb.trace).unwrap();
    let last: serde_json::Value = serde_json::from_str(trace.lines().last().unwrap()).unwrap();
    serde_json::from_value(last["headers"].clone()).unwrap()
}

#[test]
fn dry_run_shows_the_headers_that_are_sent_and_takes_query() {
    let sb = Sandbox::start();
    let create = [
        "case",
        "create",
        "--business-type-id",
        "bt-consult",
        "--source-id",
        "83",
        "--simple-description",
        "same length both times",
    ];
    for args in [&["label", "list"][..], &create[..]] {
        json(sb.osm().args(args));
        let received = last_headers_received(&sb);
        let (code, text, err) = run(sb.osm().args(args).args(["--dry-run", "--output", "table"]));
        assert_eq!(code, 0, "{err}");
        // request line, then the headers up to the blank line before the body
        let shown: Vec<(String, String)> = text
            .lines()
            .skip(1)
            .take_while(|l| !l.is_empty())
            .map(|l| {
                let (k, v) = l.split_once(": ").unwrap();
                (k.to_owned(), v.to_owned())
            })
            .collect();
        let names = |h: &[(String, String)]| h.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(names(&shown), names(&received), "{args:?}:\n{text}");
        for ((name, shown), (_, received)) in shown.iter().zip(&received) {
            match name.as_str() {
                "x-sdk-date" => {}
                "authorization" => assert_eq!(
                    shown.split("Signature=").next(),
                    received.split("Signature=").next(),
                    "{args:?}"
                ),
                _ => assert_eq!(shown, received, "{args:?}: {name}"),
            }
        }
        let header = |name: &str| &shown.iter().find(|(k, _)| k == name).unwrap().1;
        // host is signed, and shown
        let signed = header("authorization")
            .split("SignedHeaders=")
            .nth(1)
            .and_then(|s| s.split(',').next())
            .unwrap();
        assert!(signed.split(';').any(|h| h == "host"), "{text}");
        assert_eq!(header("host"), sb.url.trim_start_matches("http://"));
        assert!(header("user-agent").starts_with("osm-cli/"), "{text}");
    }

    // --query picks from the printed requests, in JSON and in a table
    let before = sb.requests_seen();
    let url = json(
        sb.osm()
            .args(["case", "list", "--dry-run", "--query", "[0].url"]),
    );
    // the URL alone, not the whole array
    let url = url.as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/v2/servicerequest/cases?", sb.url)),
        "{url}"
    );
    let (code, text, err) = run(sb.osm().args([
        "case",
        "list",
        "--dry-run",
        "--output",
        "table",
        "--query",
        "[0].method",
    ]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(text.trim(), "GET");
    assert_eq!(sb.requests_seen(), before, "the sandbox saw no request");
}

#[test]
fn dry_run_of_a_follower_or_waiter_shows_its_first_request_and_ends() {
    let sb = Sandbox::start();
    let id = create_case(&sb, "followed in a dry run");
    let before = sb.requests_seen();
    for args in [
        vec!["case", "follow", id.as_str(), "--dry-run"],
        vec![
            "case",
            "wait",
            id.as_str(),
            "--status",
            "completed",
            "--dry-run",
        ],
    ] {
        // finish() kills an osm that is still running after a minute
        let (code, out, err) = finish(spawn(sb.osm().args(&args)));
        assert_eq!(code, 0, "{args:?}: {err}");
        let requests: serde_json::Value = serde_json::from_str(&out).unwrap();
        let first = &requests[0];
        assert_eq!(first["method"], "GET", "{args:?}: {out}");
        assert!(first["url"].as_str().unwrap().contains(&id), "{out}");
    }
    assert_eq!(sb.requests_seen(), before, "the sandbox saw no request");
}

#[test]
fn debug_logs_the_canonical_request_and_attempts_without_secrets() {
    let sb = Sandbox::start();
    let (code, out, err) = run(sb.osm().args(["label", "list", "--debug"]));
    assert_eq!(code, 0, "{err}");
    assert!(
        serde_json::from_str::<serde_json::Value>(&out).is_ok(),
        "{out}"
    );
    assert!(err.contains("canonical_request=GET"), "{err}");
    assert!(err.contains("attempt=1"), "{err}");
    assert!(!err.contains(SK), "{err}");
}
