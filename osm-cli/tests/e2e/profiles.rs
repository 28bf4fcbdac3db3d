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
    assert_eq!(profiles["sandbox"]["ak"], AK);
    assert_eq!(profiles["sandbox"]["sk"], "(set)");
    assert_eq!(profiles["global"]["sk"], "(set)");
    assert!(!profiles.to_string().contains(SK));

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
    let (code, _, err) = configure(&sb, &file, &["--sk", SK], "");
    assert_eq!(code, 2);
    assert!(err.contains("--sk") && !err.contains(SK), "{err}");
}
