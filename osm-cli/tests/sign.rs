//! `osm sign` against the official Python SDK's vectors, and its errors.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use assert_cmd::Command;
use osm_auth::canonical::encode;
use serde::Deserialize;

#[derive(Deserialize)]
struct VectorFile {
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Vector {
    name: String,
    algorithm: String,
    credentials: Creds,
    request: Req,
    scope: Option<Scope>,
    expected: Expected,
}

#[derive(Deserialize)]
struct Creds {
    ak: String,
    sk: String,
    domain_id: Option<String>,
    security_token: Option<String>,
}

#[derive(Deserialize)]
struct Req {
    method: String,
    host: String,
    path: String,
    query: Vec<[String; 2]>,
    headers: Vec<[String; 2]>,
    body: Option<String>,
    body_base64: Option<String>,
}

#[derive(Deserialize)]
struct Scope {
    region: String,
    service: String,
}

#[derive(Deserialize)]
struct Expected {
    error: Option<String>,
    authorization: Option<String>,
    uri: Option<String>,
    #[serde(default)]
    headers: Vec<[String; 2]>,
}

fn vectors() -> Vec<Vector> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../osm-auth/tests/vectors/python_sdk_vectors.json");
    let file: VectorFile = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file.vectors
}

/// `osm` with a clean environment: only what a test gives it.
fn osm(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_osm"));
    cmd.env_clear().env("HOME", home);
    cmd
}

/// Whether `osm sign` can express the vector: fixed date, a domain id, a path and header
/// values a command line and URL can carry, an ASCII method.
fn expressible(v: &Vector) -> bool {
    let r = &v.request;
    v.expected.error.is_none()
        && v.credentials.domain_id.is_some()
        && r.headers.iter().any(|[n, _]| n.eq_ignore_ascii_case("x-sdk-date"))
        && !r.path.contains(['?', '#'])
        && !r.path.is_empty()
        && r.headers.iter().all(|[n, v]| !n.contains(':') && !v.contains('\0'))
        // like curl, `-H` drops the blanks around a value, which for these headers changes
        // what the SDK would do with the raw value
        && r.headers.iter().all(|[n, v]| {
            let lower = n.to_ascii_lowercase();
            let special = lower == "content-type" || lower == "x-sdk-date" || lower.starts_with("x-sdk-content-");
            !special || v.trim_matches([' ', '\t']) == v
        })
}

#[test]
fn sign_reproduces_python_sdk_headers() {
    let home = tempfile::tempdir().unwrap();
    let vs = vectors();
    let mut checked = 0;
    for v in vs.iter().filter(|v| expressible(v)) {
        let r = &v.request;
        let mut url = format!("https://{}{}", r.host, r.path);
        if !r.query.is_empty() {
            let q: Vec<String> = r
                .query
                .iter()
                .map(|[k, val]| format!("{}={}", encode(k), encode(val)))
                .collect();
            url = format!("{url}?{}", q.join("&"));
        }
        let mut cmd = osm(home.path());
        cmd.args(["sign", "--method", &r.method, "--url", &url])
            .args(["--algorithm", &v.algorithm.to_lowercase()])
            .env("HUAWEICLOUD_SDK_AK", &v.credentials.ak)
            .env("HUAWEICLOUD_SDK_SK", &v.credentials.sk)
            .env(
                "HUAWEICLOUD_SDK_DOMAIN_ID",
                v.credentials.domain_id.as_deref().unwrap(),
            );
        if let Some(t) = &v.credentials.security_token {
            cmd.env("HUAWEICLOUD_SDK_SECURITY_TOKEN", t);
        }
        if let Some(s) = &v.scope {
            cmd.args(["--region", &s.region, "--service", &s.service]);
        }
        for [n, val] in &r.headers {
            cmd.arg("-H").arg(format!("{n}: {val}"));
        }
        let body_file = home.path().join("body.bin");
        match (&r.body, &r.body_base64) {
            (Some(b), _) => {
                cmd.args(["--data", b]);
            }
            (None, Some(b64)) => {
                use base64::Engine as _;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap();
                std::fs::write(&body_file, bytes).unwrap();
                cmd.arg("--data-file").arg(&body_file);
            }
            (None, None) => {}
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            v.name,
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let expected: String = v
            .expected
            .headers
            .iter()
            .map(|[n, val]| format!("{n}: {val}\n"))
            .collect();
        assert_eq!(stdout, expected, "{}", v.name);
        assert!(stdout.contains(v.expected.authorization.as_deref().unwrap()));
        checked += 1;
    }
    assert!(checked >= 250, "only {checked} vectors were expressible");
}

#[test]
fn curl_format_sends_the_canonical_query() {
    let home = tempfile::tempdir().unwrap();
    let v = vectors()
        .into_iter()
        .find(|v| v.name == "query repeated keys sorted by value [SDK-HMAC-SHA256]")
        .unwrap();
    let out = osm(home.path())
        .args(["sign", "--method", "GET", "--format", "curl"])
        .args([
            "--url",
            "https://osm.myhuaweicloud.com/v2/servicerequest/cases?status=b&status=a&status=c",
        ])
        .args(["-H", "X-Sdk-Date: 20261129T080000Z"])
        .env("HUAWEICLOUD_SDK_AK", &v.credentials.ak)
        .env("HUAWEICLOUD_SDK_SK", &v.credentials.sk)
        .env(
            "HUAWEICLOUD_SDK_DOMAIN_ID",
            v.credentials.domain_id.as_deref().unwrap(),
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let uri = v.expected.uri.as_deref().unwrap();
    assert!(
        text.starts_with(&format!(
            "curl -X 'GET' 'https://osm.myhuaweicloud.com{uri}'"
        )),
        "{text}"
    );
    let auth = v.expected.authorization.as_deref().unwrap();
    assert!(
        text.contains(&format!("-H 'Authorization: {auth}'")),
        "{text}"
    );
}

#[test]
fn credentials_file_is_used_when_the_environment_has_none() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("creds");
    std::fs::write(&file, "[global]\nak = HPUAXXXXXXXXXXXXXXXX\nsk = skskskskskskskskskskskskskskskskskskskss\ndomain_id = 0c2f1a0d3e8000f21f3dc0195b9e2b87\n").unwrap();
    let v = vectors()
        .into_iter()
        .find(|v| v.name == "GET without query [SDK-HMAC-SHA256]")
        .unwrap();
    osm(home.path())
        .args([
            "sign",
            "--url",
            "https://osm.myhuaweicloud.com/v2/servicerequest/cases",
        ])
        .args(["-H", "X-Sdk-Date: 20261129T080000Z"])
        .env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", &file)
        .assert()
        .success()
        .stdout(predicates::str::contains(v.expected.authorization.unwrap()));
}

fn assert_usage_error(args: &[&str], with_credentials: bool, needle: &str) {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = osm(home.path());
    cmd.args(args);
    if with_credentials {
        cmd.env("HUAWEICLOUD_SDK_AK", "AK")
            .env("HUAWEICLOUD_SDK_SK", "secret-sk-never-printed")
            .env("HUAWEICLOUD_SDK_DOMAIN_ID", "d");
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.lines().count(),
        1,
        "{args:?}: one line expected, got {err:?}"
    );
    assert!(err.starts_with("osm: "), "{err}");
    assert!(
        err.contains(needle),
        "{args:?}: {err:?} should mention {needle:?}"
    );
    assert!(!err.contains("secret-sk-never-printed"), "{err}");
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let url = "https://osm.myhuaweicloud.com/v2/cases";
    assert_usage_error(
        &["sign", "--url", "osm.myhuaweicloud.com/v2"],
        true,
        "malformed URL",
    );
    assert_usage_error(&["sign", "--url", "https:///v2"], true, "no host");
    assert_usage_error(
        &["sign", "--url", url, "-H", "NoColonHere"],
        true,
        "bad header",
    );
    assert_usage_error(
        &["sign", "--url", url, "--algorithm", "sdk-hmac-sha1"],
        true,
        "unsupported signing algorithm",
    );
    assert_usage_error(
        &["sign", "--url", url, "--algorithm", "v11-hmac-sha256"],
        true,
        "--region",
    );
    assert_usage_error(
        &["sign", "--url", url, "-H", "X-Sdk-Date: yesterday"],
        true,
        "X-Sdk-Date",
    );
    assert_usage_error(
        &["sign", "--url", url, "--data-file", "/nonexistent/body"],
        true,
        "--data-file",
    );
    assert_usage_error(
        &[
            "sign",
            "--url",
            url,
            "--algorithm",
            "v11-hmac-sha256",
            "--region",
            "",
            "--service",
            "osm",
        ],
        true,
        "region",
    );
    assert_usage_error(
        &["sign", "--url", url, "-H", "X-A: b\r\nX-B: c"],
        true,
        "line break",
    );
    assert_usage_error(
        &["sign", "--url", url, "--method", "GET /evil HTTP/1.1"],
        true,
        "request method",
    );
    assert_usage_error(&["sign", "--url", url], false, "HUAWEICLOUD_SDK_AK");
    assert_usage_error(&["sign", "--url", url, "--sk", "x"], true, "--sk");
    assert_usage_error(&["sign"], true, "--url");
}

/// The `osm sign` example in the README prints exactly what the README shows.
#[test]
fn readme_example_output() {
    let home = tempfile::tempdir().unwrap();
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let shown: String = readme
        .lines()
        .skip_while(|l| !l.contains("it prints:"))
        .skip(1)
        .take_while(|l| l.starts_with("# "))
        .map(|l| format!("{}\n", &l[2..]))
        .collect();
    assert!(
        shown.contains("Authorization: "),
        "README lost its `osm sign` example"
    );
    let out = osm(home.path())
        .env("HUAWEICLOUD_SDK_AK", "AK")
        .env("HUAWEICLOUD_SDK_SK", "SK")
        .env("HUAWEICLOUD_SDK_DOMAIN_ID", "domain-id")
        .args([
            "sign",
            "--method",
            "POST",
            "--url",
            "https://osm.cn-south-1.myhuaweicloud.com/v2/servicerequest/cases?limit=10",
            "-H",
            "Content-Type: application/json",
            "-H",
            "X-Sdk-Date: 20261129T080000Z",
            "--data",
            r#"{"a":1}"#,
        ])
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout), shown);
}

/// `--algorithm` takes all five algorithms (any case); the asymmetric signatures of `osm sign`
/// verify against the official SDK's fixture requests through osm-auth's verifier, with every
/// header the SDK sends except its own signature.
#[test]
fn every_algorithm_is_accepted_and_asymmetric_signatures_verify() {
    use http::{HeaderMap, HeaderName, HeaderValue};
    use osm_auth::{KeyEntry, SdkDate, SecretString, VerifiableRequest, Verifier};

    let home = tempfile::tempdir().unwrap();
    let url = "https://osm.myhuaweicloud.com/v2/servicerequest/cases?limit=10";
    for name in [
        "sdk-hmac-sha256",
        "V11-HMAC-SHA256",
        "sdk-hmac-sm3",
        "SDK-ECDSA-P256-SHA256",
        "sdk-sm2-sm3",
    ] {
        let out = osm(home.path())
            .env("HUAWEICLOUD_SDK_AK", "AK")
            .env("HUAWEICLOUD_SDK_SK", "SK")
            .env("HUAWEICLOUD_SDK_DOMAIN_ID", "d")
            .args(["sign", "--url", url, "--algorithm", name])
            .args(["--region", "cn-south-1", "--service", "osm"])
            .args(["-H", "X-Sdk-Date: 20261129T080000Z"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.contains(&format!("Authorization: {} ", name.to_ascii_uppercase())),
            "{name}: {stdout}"
        );
    }

    #[derive(Deserialize)]
    struct File {
        vectors: Vec<Vector>,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../osm-auth/tests/vectors/asymmetric_vectors.json");
    let file: File = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut checked = 0;
    for v in file.vectors.iter().filter(|v| expressible(v)) {
        let r = &v.request;
        let mut url = format!("https://{}{}", r.host, r.path);
        if !r.query.is_empty() {
            let q: Vec<String> = r
                .query
                .iter()
                .map(|[k, val]| format!("{}={}", encode(k), encode(val)))
                .collect();
            url = format!("{url}?{}", q.join("&"));
        }
        let mut cmd = osm(home.path());
        cmd.args(["sign", "--method", &r.method, "--url", &url])
            .args(["--algorithm", &v.algorithm.to_lowercase()])
            .env("HUAWEICLOUD_SDK_AK", &v.credentials.ak)
            .env("HUAWEICLOUD_SDK_SK", &v.credentials.sk)
            .env(
                "HUAWEICLOUD_SDK_DOMAIN_ID",
                v.credentials.domain_id.as_deref().unwrap(),
            );
        if let Some(t) = &v.credentials.security_token {
            cmd.env("HUAWEICLOUD_SDK_SECURITY_TOKEN", t);
        }
        for [n, val] in &r.headers {
            cmd.arg("-H").arg(format!("{n}: {val}"));
        }
        if r.body_base64.is_some() {
            continue;
        }
        if let Some(b) = &r.body {
            cmd.args(["--data", b]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            v.name,
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let mut headers = HeaderMap::new();
        let mut lines = 0;
        for line in stdout.lines() {
            let (n, val) = line.split_once(": ").unwrap();
            headers.insert(
                HeaderName::from_bytes(n.as_bytes()).unwrap(),
                HeaderValue::from_bytes(val.as_bytes()).unwrap(),
            );
            lines += 1;
        }
        assert_eq!(lines, v.expected.headers.len(), "{}: {stdout}", v.name);
        let uri = v.expected.uri.clone().unwrap();
        let (path, query) = uri
            .split_once('?')
            .map_or((uri.as_str(), None), |(p, q)| (p, Some(q)));
        let body = r.body.clone().unwrap_or_default().into_bytes();
        let request = VerifiableRequest {
            method: &r.method,
            path,
            query,
            headers: &headers,
            authority: None,
            body: &body,
        };
        let sk = v.credentials.sk.clone();
        let keys = move |_: &str| {
            Some(KeyEntry {
                secret_key: SecretString::new(sk.as_str()),
                account: (),
            })
        };
        let date = SdkDate::parse(headers["x-sdk-date"].to_str().unwrap()).unwrap();
        let verified = Verifier::new()
            .verify(&request, &keys, date.to_system_time())
            .unwrap_or_else(|e| panic!("{}: {e}\n{stdout}", v.name));
        assert_eq!(verified.algorithm.name(), v.algorithm);
        checked += 1;
    }
    assert!(
        checked >= 30,
        "only {checked} fixture requests were expressible"
    );
}
