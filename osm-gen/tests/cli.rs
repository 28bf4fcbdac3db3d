//! The `osm-gen` binary: generates to a file or stdout; a bad spec is one clear message, exit 1.

#![allow(clippy::unwrap_used)]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_osm-gen");
const GOOD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs/good.yaml");

#[test]
fn writes_the_generated_code_to_the_output_file() {
    let dir = std::env::temp_dir().join(format!("osm-gen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("osm.rs");
    let status = Command::new(BIN)
        .arg(GOOD)
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let code = std::fs::read_to_string(&out).unwrap();
    assert!(code.contains("pub fn upload_accessory(&self)"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn writes_to_stdout_without_output_file() {
    let output = Command::new(BIN).arg(GOOD).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("// @generated from "));
}

#[test]
fn bad_spec_is_one_clear_error_and_exit_1() {
    let dir = std::env::temp_dir().join(format!("osm-gen-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("bad.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
    )
    .unwrap();
    let output = Command::new(BIN).arg(&spec).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("osm-gen: error: "), "{stderr}");
    assert!(
        stderr.contains("/openapi") && stderr.contains("3.1.0") && stderr.contains("fix:"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_file_and_bad_arguments_exit_1() {
    let output = Command::new(BIN)
        .arg("/nonexistent/osm.yaml")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read /nonexistent/osm.yaml"));
    let output = Command::new(BIN).arg("--frobnicate").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown option `--frobnicate`"));
}
