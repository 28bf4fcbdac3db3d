//! `osm configure` and `--profile`: the official credentials-file format, secrets never from
//! the command line.

use std::io::Write as _;
use std::process::Stdio;

use crate::common::{AK, DOMAIN, SK, Sandbox, json, run};

fn configure(
    sb: &Sandbox,
    file: &std::path::Path,
    args: &[&str],
    stdin: &str,
) -> (i32, String, String) {
    let mut child = sb
        .bare_osm()
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", file)
        .arg("configure")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn configure_writes_profiles_that_commands_use() {
    let sb = Sandbox::start();
    let file = sb.home.path().join("creds");
    std::fs::write(&file, "# kept\n[global]\nak = OTHER\nsk = other\n").unwrap();

    let (code, out, err) = configure(
        &sb,
        &file,
        &[
            "--profile",
            "sandbox",
            "--access-key",
            AK,
            "--domain-id",
            DOMAIN,
            "--endpoint",
            &sb.url,
        ],
        &format!("{SK}\n"),
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains(SK) && !err.contains(SK), "{out}{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("# kept\n[global]\nak = OTHER\nsk = other\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "[sandbox]\nak = {AK}\nsk = {SK}\ndomain_id = {DOMAIN}\nosm_endpoint = {}\n",
            sb.url
        )),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // the profile carries credentials and endpoint: nothing else in the environment
    let list = json(
        sb.bare_osm()
            .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
            .args(["--profile", "sandbox", "case", "list"]),
    );
    assert_eq!(list, serde_json::json!([]));
    // HUAWEICLOUD_SDK_PROFILE names it too
    json(
        sb.bare_osm()
            .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
            .env("HUAWEICLOUD_SDK_PROFILE", "sandbox")
            .args(["label", "list"]),
    );

    // listing never shows a secret
    let profiles = json(
        sb.bare_osm()
            .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
            .args(["configure", "list"]),
    );
    assert_eq!(
        profiles,
        serde_json::json!([
            {"profile": "global", "ak": "OTHER", "sk": "(set)"},
            {"profile": "sandbox", "ak": AK, "sk": "(set)", "domain_id": DOMAIN, "osm_endpoint": sb.url},
        ])
    );
    assert!(!profiles.to_string().contains(SK));
    // as a table: one row per profile, named, with its keys as columns
    let (code, table, err) = run(sb
        .bare_osm()
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
        .args(["configure", "list", "--output", "table"]));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "a header and two rows:\n{table}");
    for column in ["PROFILE", "AK", "DOMAIN_ID", "OSM_ENDPOINT", "SK"] {
        assert!(lines[0].split_whitespace().any(|c| c == column), "{table}");
    }
    assert_eq!(
        lines[0].split_whitespace().next(),
        Some("PROFILE"),
        "the name leads:
{table}"
    );
    let words = |l: &str| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    assert!(words(lines[1]).contains(&"global".to_owned()), "{table}");
    for cell in ["sandbox", AK, DOMAIN, &sb.url, "(set)"] {
        assert!(
            words(lines[2]).contains(&cell.to_owned()),
            "{cell}: {table}"
        );
    }
    assert!(!table.contains('{') && !table.contains(SK), "{table}");
    // one profile alone keeps its name
    let one = sb.home.path().join("one");
    std::fs::write(&one, format!("[only]\nak = {AK}\nsk = {SK}\n")).unwrap();
    let (code, table, err) = run(sb
        .bare_osm()
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &one)
        .args(["configure", "list", "--output", "table"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(table.lines().count(), 2, "{table}");
    assert!(table.contains("only") && table.contains(AK), "{table}");
    assert!(!table.contains(SK), "{table}");

    // a missing profile or a missing secret is a usage error
    let (code, _, err) = run(sb
        .bare_osm()
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
        .args(["--profile", "nope", "case", "list"]));
    assert_eq!(code, 2);
    assert!(err.contains("no [nope] profile"), "{err}");
    let (code, _, err) = configure(&sb, &file, &["--access-key", AK], "");
    assert_eq!(code, 2);
    assert!(err.contains("no secret key on standard input"), "{err}");
    // an endpoint the client would refuse is refused before anything is written
    let written = std::fs::read_to_string(&file).unwrap();
    for (bad, needle) in [
        ("127.0.0.1:8081", "write http://127.0.0.1:8081"),
        ("ftp://files.example", "http:// or https://"),
    ] {
        let (code, out, err) = configure(
            &sb,
            &file,
            &["--profile", "bad", "--access-key", AK, "--endpoint", bad],
            &format!("{SK}\n"),
        );
        assert_eq!(code, 2, "{bad}: {out}{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("osm: --endpoint: "), "{err}");
        assert!(
            err.contains(needle) && err.contains("nothing was written"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), written, "{bad}");
    }
    // so is a region the client would refuse; a well-formed one OSM is not documented in is
    // written, with a note naming the endpoint it will mean and how to change it
    let (code, out, err) = configure(
        &sb,
        &file,
        &[
            "--profile",
            "bad",
            "--access-key",
            AK,
            "--region",
            "cn south",
        ],
        &format!("{SK}\n"),
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.starts_with("osm: --region: ") && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    let (code, out, err) = configure(
        &sb,
        &file,
        &[
            "--profile",
            "north",
            "--access-key",
            AK,
            "--region",
            "cn-north-4",
        ],
        &format!("{SK}\n"),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("https://osm.cn-north-4.myhuaweicloud.com")
            && err.contains("HUAWEICLOUD_SDK_REGION_OSM_CN_NORTH_4"),
        "{err}"
    );
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("osm_region = cn-north-4")
    );
    let (code, _, err) = configure(
        &sb,
        &file,
        &[
            "--profile",
            "south",
            "--access-key",
            AK,
            "--region",
            "cn-south-1",
        ],
        &format!("{SK}\n"),
    );
    assert_eq!((code, err.as_str()), (0, ""));
    // `osm sign` signs with the profile's keys, by flag or variable, like every call
    let (code, _, err) = configure(
        &sb,
        &file,
        &[
            "--profile",
            "signer",
            "--access-key",
            "AKPROFILESIGNER00001",
            "--domain-id",
            DOMAIN,
        ],
        &format!("{SK}\n"),
    );
    assert_eq!(code, 0, "{err}");
    let sign = [
        "sign",
        "--url",
        "https://osm.example/v2/servicerequest/cases",
    ];
    for (flag, variable) in [(Some("signer"), None), (None, Some("signer"))] {
        let mut cmd = sb.bare_osm();
        cmd.env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file);
        if let Some(name) = flag {
            cmd.args(["--profile", name]);
        }
        if let Some(name) = variable {
            cmd.env("HUAWEICLOUD_SDK_PROFILE", name);
        }
        let (code, out, err) = run(cmd.args(sign));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("Access=AKPROFILESIGNER00001,"), "{out}");
    }
    // a secret on the command line is refused with where secrets are read from, never
    // echoed, for configure and any other command; nothing is written or sent
    let written = std::fs::read_to_string(&file).unwrap();
    let before = sb.requests_seen();
    let runs = [
        configure(&sb, &file, &["--access-key", AK, "--sk", SK], ""),
        configure(
            &sb,
            &file,
            &[&format!("--secret-key={SK}")],
            &format!("{SK}\n"),
        ),
        configure(&sb, &file, &["--sk"], ""),
        run(sb.osm().args(["case", "list", "--sk", SK])),
        run(sb.osm().args([
            "--secret-key",
            SK,
            "sign",
            "--url",
            "http://127.0.0.1:9/v2/x",
        ])),
    ];
    for (code, out, err) in runs {
        assert_eq!(code, 2, "{out}{err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("osm: secrets are never taken from the command line"),
            "{err}"
        );
        assert!(
            err.contains("standard input") && err.contains("HUAWEICLOUD_SDK_SK"),
            "{err}"
        );
        assert!(!err.contains(SK), "{err}");
    }
    // a value after the --security-token switch is refused without echoing it
    for args in [
        &["--security-token", "tok-on-argv"][..],
        &["--security-token=tok-on-argv"][..],
    ] {
        let (code, out, err) = configure(&sb, &file, args, "");
        assert_eq!(code, 2, "{out}{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("reads the token from its prompt"), "{err}");
        assert!(
            !err.contains("tok-on-argv") && !out.contains("tok-on-argv"),
            "{err}"
        );
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    assert_eq!(sb.requests_seen(), before);
    // the flags are not advertised
    let (_, help, _) = run(sb.osm().args(["configure", "--help"]));
    assert!(
        !help.contains("--sk") && !help.contains("--secret-key"),
        "{help}"
    );
}
