//! The `xtask` binary end to end, with the real osm-gen, on a small temporary workspace:
//! exit codes, the diff and fix of `--check`, osm-gen's errors.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

const SPEC: &str = r#"openapi: 3.0.3
info: {title: test, version: "2"}
paths:
  /v2/cases:
    get:
      operationId: list_cases
      summary: List cases
      tags: [cases]
      parameters:
        - {name: limit, in: query, schema: {type: integer, format: int32}}
      responses:
        '200':
          description: The cases.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ListCasesResponse'}
components:
  schemas:
    ListCasesResponse:
      type: object
      properties:
        total: {type: integer, format: int32}
"#;

const BINDINGS: &str = "osm-client/generated/osm.rs";

fn xtask(root: &Path, args: &[&str]) -> (Output, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--workspace")
        .arg(root)
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    (output, stdout, stderr)
}

fn workspace(spec: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    std::fs::write(dir.path().join("spec/osm.yaml"), spec).unwrap();
    dir
}

#[test]
fn check_fails_with_diff_and_fix_until_codegen_runs_then_passes() {
    let dir = workspace(SPEC);
    let root = dir.path();

    let (out, stdout, stderr) = xtask(root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout.starts_with("--- /dev/null"), "{stdout}");
    assert!(
        stdout.contains("+// @generated from spec/osm.yaml"),
        "{stdout}"
    );
    assert!(
        stderr.contains("fix: run `cargo xtask codegen`"),
        "{stderr}"
    );
    assert!(!root.join(BINDINGS).exists(), "--check writes nothing");

    let (out, stdout, stderr) = xtask(root, &["codegen"]);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.starts_with(&format!("{BINDINGS}: created, +")),
        "{stdout}"
    );
    assert!(
        stdout.contains("API changes: skipped"),
        "not a git repository: {stdout}"
    );
    let generated = std::fs::read_to_string(root.join(BINDINGS)).unwrap();
    assert!(generated.contains("pub fn list_cases(&self)"));

    let (out, stdout, _) = xtask(root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("is up to date"), "{stdout}");

    // Any edit of the spec that changes the output makes --check fail with that change.
    let edited = SPEC.replace(
        "format: int32}}\n      responses",
        "format: int64}}\n      responses",
    );
    std::fs::write(root.join("spec/osm.yaml"), edited).unwrap();
    let (out, stdout, stderr) = xtask(root, &["codegen", "--check"]);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stdout.contains(&format!("--- a/{BINDINGS} (committed)")),
        "{stdout}"
    );
    assert!(
        stdout.contains("+// @generated from spec/osm.yaml (sha256 "),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with('+') && l.contains("i64")),
        "{stdout}"
    );
    assert!(
        stderr.contains(&format!("error: {BINDINGS} is stale")),
        "{stderr}"
    );
    assert!(
        stderr.contains("fix: run `cargo xtask codegen`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(BINDINGS)).unwrap(),
        generated
    );
}

#[test]
fn a_spec_osm_gen_rejects_exits_1_naming_the_place_and_writes_nothing() {
    let bad = SPEC.replace("      summary: List cases\n", "");
    let dir = workspace(&bad);
    let (out, stdout, stderr) = xtask(dir.path(), &["codegen"]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stderr.contains("osm-gen rejected spec/osm.yaml"),
        "{stderr}"
    );
    assert!(
        stderr.contains("/paths/~1v2~1cases/get"),
        "the JSON pointer: {stderr}"
    );
    assert!(!dir.path().join(BINDINGS).exists());
}

#[test]
fn report_between_two_files() {
    let dir = workspace(SPEC);
    let new = dir.path().join("new.yaml");
    std::fs::write(
        &new,
        SPEC.replace(
            "      parameters:\n        - {name: limit, in: query, schema: {type: integer, format: int32}}\n",
            "",
        ),
    )
    .unwrap();
    let from = dir.path().join("spec/osm.yaml");
    let (out, stdout, stderr) = xtask(
        dir.path(),
        &[
            "api-report",
            "--from",
            from.to_str().unwrap(),
            "--to",
            new.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.contains("  breaking  list_cases: query parameter limit: removed\n"),
        "{stdout}"
    );
    assert!(stdout.contains("suggested bump minor"), "{stdout}");
}
