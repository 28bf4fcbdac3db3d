//! Test support: `osm sandbox` started as a process on a free port, and `osm` run with a
//! clean environment pointed at it.
#![allow(clippy::unwrap_used, dead_code, unreachable_pub)]

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const AK: &str = "CLITESTAK00000000001";
pub const SK: &str = "cli-test-secret-key-never-printed";
pub const DOMAIN: &str = "0c1d2e3f40516273849506a7b8c9d0e1";

/// A running `osm sandbox` process (killed on drop).
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The `--trace` file: one JSON line per OSM request the sandbox received.
    pub trace: PathBuf,
    /// A private home directory for `osm` runs.
    pub home: tempfile::TempDir,
}

impl Sandbox {
    /// Starts `osm sandbox --listen 127.0.0.1:0 --trace FILE` with the test account.
    pub fn start() -> Sandbox {
        let home = tempfile::tempdir().unwrap();
        let trace = home.path().join("trace.jsonl");
        let mut child = Command::new(env!("CARGO_BIN_EXE_osm"))
            .args(["sandbox", "--listen", "127.0.0.1:0", "--trace"])
            .arg(&trace)
            .env_clear()
            .env("OSM_SANDBOX_CREDENTIALS", format!("{AK}:{SK}:{DOMAIN}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .to_owned();
        let exports: Vec<String> = lines.by_ref().take(4).map(Result::unwrap).collect();
        assert_eq!(exports[0], format!("export OSM_ENDPOINT={url}"));
        assert_eq!(exports[1], format!("export HUAWEICLOUD_SDK_AK={AK}"));
        // keep reading stdout so the sandbox never blocks on a full pipe
        std::thread::spawn(move || for _ in lines {});
        Sandbox {
            child,
            url,
            trace,
            home,
        }
    }

    /// `osm` with only HOME and PATH, pointed at the sandbox with the test account.
    pub fn osm(&self) -> Command {
        let mut cmd = self.bare_osm();
        cmd.env("OSM_ENDPOINT", &self.url)
            .env("HUAWEICLOUD_SDK_AK", AK)
            .env("HUAWEICLOUD_SDK_SK", SK)
            .env("HUAWEICLOUD_SDK_DOMAIN_ID", DOMAIN);
        cmd
    }

    /// `osm` with only HOME and PATH set (no endpoint, no credentials).
    pub fn bare_osm(&self) -> Command {
        osm_in(self.home.path())
    }

    /// The number of OSM requests the sandbox has received.
    pub fn requests_seen(&self) -> usize {
        std::fs::read_to_string(&self.trace)
            .map(|t| t.lines().count())
            .unwrap_or(0)
    }

    /// The engineer answers on case `id` (the sandbox's control API, no signature).
    pub fn engineer_reply(&self, id: &str, content: &str) {
        let body = serde_json::json!({ "content": content }).to_string();
        let (status, text) = self.control("POST", &format!("/sandbox/cases/{id}/reply"), &body);
        assert_eq!(status, 200, "{text}");
    }

    /// Support sets case `id`'s status (the sandbox's control API).
    pub fn set_status(&self, id: &str, status: i32) {
        let body = serde_json::json!({ "status": status }).to_string();
        let (code, text) = self.control("POST", &format!("/sandbox/cases/{id}/status"), &body);
        assert_eq!(code, 200, "{text}");
    }

    /// The number of answered OSM requests whose path contains `needle`.
    pub fn requests_to(&self, needle: &str) -> usize {
        std::fs::read_to_string(&self.trace)
            .map(|t| t.lines().filter(|l| l.contains(needle)).count())
            .unwrap_or(0)
    }

    /// Waits (up to a minute) until the sandbox has answered more than `before` requests
    /// whose path contains `needle`: a background `osm` has polled.
    pub fn await_requests_to(&self, needle: &str, before: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.requests_to(needle) <= before {
            assert!(
                Instant::now() < deadline,
                "no request to {needle:?} within a minute"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Moves the sandbox clock `seconds` away from this machine's (the control API's
    /// `POST /sandbox/clock`); 0 puts it back.
    pub fn set_clock_offset(&self, seconds: i64) {
        let body = serde_json::json!({ "offset_seconds": seconds }).to_string();
        let (code, text) = self.control("POST", "/sandbox/clock", &body);
        assert_eq!(code, 200, "{text}");
    }

    fn control(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        let authority = self.url.trim_start_matches("http://");
        let mut stream = TcpStream::connect(authority).unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap();
        (status, response)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `osm` with a clean environment: HOME (and PATH) only.
pub fn osm_in(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_osm"));
    cmd.env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(Stdio::null());
    cmd
}

/// Starts `cmd` in the background, stdout and stderr piped.
pub fn spawn(cmd: &mut Command) -> Child {
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits (up to a minute; killed after it) for a background `osm` to exit and returns (exit
/// code, stdout, stderr).
pub fn finish(mut child: Child) -> (i32, String, String) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "osm did not exit within a minute; stdout: {}; stderr: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut out = String::new();
    let mut err = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status.code().unwrap_or(-1), out, err)
}

/// Runs and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.code().unwrap_or(-1),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

/// Runs, expects success, parses stdout as JSON.
pub fn json(cmd: &mut Command) -> serde_json::Value {
    let (code, out, err) = run(cmd);
    assert_eq!(code, 0, "{cmd:?}\nstdout: {out}\nstderr: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{cmd:?}: not JSON ({e}): {out}"))
}

/// Creates a consultation case and returns its id.
pub fn create_case(sb: &Sandbox, description: &str) -> String {
    let v = json(sb.osm().args([
        "case",
        "create",
        "--business-type-id",
        "bt-consult",
        "--source-id",
        "83",
        "--simple-description",
        description,
    ]));
    v["incident_id"].as_str().unwrap().to_owned()
}
