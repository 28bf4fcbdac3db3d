//! The file handling of `cargo xtask codegen [--check]`, with a stand-in generator, and the
//! report's spec sources (a temporary git repository).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

use xtask::api_report::CrateVersion;
use xtask::codegen::{
    BINDINGS_PATH, CodegenError, Comparison, LineCounts, SPEC_PATH, summary_line,
};
use xtask::spec_source::{ReportInputError, api_changes_text};

/// Stand-in for osm-gen: one output line per spec line, rejects specs containing `BAD`.
fn fake_generate(spec: &str) -> Result<String, String> {
    if let Some(line) = spec.lines().position(|l| l.contains("BAD")) {
        return Err(format!("/paths/{line}: BAD is not allowed; fix: remove it"));
    }
    Ok(spec.lines().map(|l| format!("// {l}\n")).collect())
}

fn workspace(spec: &str, bindings: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    std::fs::write(dir.path().join(SPEC_PATH), spec).unwrap();
    if let Some(bindings) = bindings {
        std::fs::create_dir_all(dir.path().join(BINDINGS_PATH).parent().unwrap()).unwrap();
        std::fs::write(dir.path().join(BINDINGS_PATH), bindings).unwrap();
    }
    dir
}

fn bindings(root: &Path) -> String {
    std::fs::read_to_string(root.join(BINDINGS_PATH)).unwrap()
}

#[test]
fn up_to_date_bindings_pass_and_are_not_rewritten() {
    let dir = workspace("a\nb\n", Some("// a\n// b\n"));
    let comparison = Comparison::load(dir.path(), fake_generate).unwrap();
    assert!(comparison.is_up_to_date());
    assert_eq!(comparison.line_counts(), LineCounts::default());
    assert!(!comparison.write(dir.path()).unwrap());
    assert_eq!(
        summary_line(&comparison, false),
        format!("{BINDINGS_PATH}: up to date (2 lines, 0 files changed)")
    );
}

#[test]
fn stale_bindings_show_a_unified_diff_and_are_rewritten() {
    let dir = workspace("a\nB2\nc\nd\n", Some("// a\n// b\n// c\n"));
    let comparison = Comparison::load(dir.path(), fake_generate).unwrap();
    assert!(!comparison.is_up_to_date());
    assert_eq!(
        comparison.line_counts(),
        LineCounts {
            added: 2,
            removed: 1
        }
    );
    let diff = comparison.unified_diff(300);
    assert!(
        diff.starts_with(&format!(
            "--- a/{BINDINGS_PATH} (committed)\n+++ b/{BINDINGS_PATH}"
        )),
        "{diff}"
    );
    assert!(diff.contains("\n-// b\n+// B2\n"), "{diff}");
    assert!(diff.contains("\n+// d\n"), "{diff}");

    assert!(comparison.write(dir.path()).unwrap());
    assert_eq!(bindings(dir.path()), "// a\n// B2\n// c\n// d\n");
    assert_eq!(
        summary_line(&comparison, true),
        format!("{BINDINGS_PATH}: rewritten, +2 -1 lines (1 file changed)")
    );
    let again = Comparison::load(dir.path(), fake_generate).unwrap();
    assert!(again.is_up_to_date());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join(BINDINGS_PATH).parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file left behind: {leftovers:?}"
    );
}

#[test]
fn missing_bindings_are_stale_and_get_created() {
    let dir = workspace("a\n", None);
    let comparison = Comparison::load(dir.path(), fake_generate).unwrap();
    assert!(!comparison.is_up_to_date());
    assert!(comparison.unified_diff(300).starts_with("--- /dev/null"));
    assert!(comparison.write(dir.path()).unwrap());
    assert_eq!(bindings(dir.path()), "// a\n");
    assert_eq!(
        summary_line(&comparison, true),
        format!("{BINDINGS_PATH}: created, +1 -0 lines (1 file changed)")
    );
}

#[test]
fn long_diffs_are_cut_with_a_note() {
    let spec: String = (0..1000).map(|i| format!("line {i}\n")).collect();
    let dir = workspace(&spec, Some(""));
    let comparison = Comparison::load(dir.path(), fake_generate).unwrap();
    let diff = comparison.unified_diff(50);
    assert_eq!(diff.lines().count(), 51, "50 lines and the note");
    let note = diff.lines().last().unwrap();
    assert!(
        note.starts_with("... diff cut after 50 of 1003 lines"),
        "{note}"
    );
    assert!(note.contains("cargo xtask codegen"), "{note}");
}

#[test]
fn a_rejected_spec_reports_the_generator_error_and_writes_nothing() {
    let dir = workspace("a\nBAD\n", Some("// a\n"));
    let error = Comparison::load(dir.path(), fake_generate).unwrap_err();
    assert!(matches!(error, CodegenError::Generate(_)), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("osm-gen rejected spec/osm.yaml"),
        "{message}"
    );
    assert!(
        message.contains("/paths/1: BAD is not allowed; fix: remove it"),
        "{message}"
    );
    assert_eq!(
        bindings(dir.path()),
        "// a\n",
        "the committed file is untouched"
    );
}

#[test]
fn a_missing_spec_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let error = Comparison::load(dir.path(), fake_generate).unwrap_err();
    assert!(matches!(error, CodegenError::ReadSpec { .. }), "{error:?}");
    assert!(error.to_string().contains("spec/osm.yaml"), "{error}");
}

const SPEC_V1: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Case:\n      type: object\n      properties:\n        id: {type: string}\n";

fn git(root: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

const V010: CrateVersion = CrateVersion {
    major: 0,
    minor: 1,
    patch: 0,
};

#[test]
fn report_compares_the_committed_spec_with_the_working_tree() {
    let dir = workspace(SPEC_V1, None);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", SPEC_PATH]);
    git(dir.path(), &["commit", "-q", "-m", "v1"]);
    std::fs::write(
        dir.path().join(SPEC_PATH),
        SPEC_V1.replace("id: {type: string}", "id: {type: integer}"),
    )
    .unwrap();
    let text = api_changes_text(dir.path(), None, None, V010).unwrap();
    assert_eq!(
        text,
        "API changes (HEAD:spec/osm.yaml -> spec/osm.yaml (working tree)):\n  breaking  Case.id: retyped string -> integer\n1 breaking, 0 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0; breaking changes bump the minor version of a 0.x crate)\n"
    );
}

#[test]
fn report_without_a_committed_spec_is_skipped_not_failed() {
    let dir = workspace(SPEC_V1, None);
    git(dir.path(), &["init", "-q"]);
    let text = api_changes_text(dir.path(), None, None, V010).unwrap();
    assert!(
        text.starts_with("API changes: skipped, no committed spec/osm.yaml to compare with"),
        "{text}"
    );
}

#[test]
fn report_between_two_files() {
    let dir = workspace(SPEC_V1, None);
    let (from, to) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    std::fs::write(&from, SPEC_V1).unwrap();
    std::fs::write(
        &to,
        SPEC_V1.replace(
            "        id: {type: string}\n",
            "        id: {type: string}\n        title: {type: string}\n",
        ),
    )
    .unwrap();
    let text = api_changes_text(dir.path(), Some(&from), Some(&to), V010).unwrap();
    assert!(
        text.contains("  additive  Case.title: added (optional)\n"),
        "{text}"
    );
    assert!(
        text.contains("suggested bump patch (osm-client 0.1.0 -> 0.1.1"),
        "{text}"
    );
}

#[test]
fn report_inputs_that_cannot_be_read_or_parsed_are_errors_naming_the_file() {
    let dir = workspace(SPEC_V1, None);
    let missing = dir.path().join("nope.yaml");
    let error = api_changes_text(dir.path(), Some(&missing), None, V010).unwrap_err();
    assert!(matches!(error, ReportInputError::Read { .. }), "{error:?}");
    assert!(error.to_string().contains("nope.yaml"), "{error}");

    let broken = dir.path().join("broken.yaml");
    std::fs::write(&broken, "openapi: 3.0.3\npaths: [not, a, map]\n").unwrap();
    let error = api_changes_text(dir.path(), Some(&broken), None, V010).unwrap_err();
    assert!(matches!(error, ReportInputError::Parse { .. }), "{error:?}");
    assert!(error.to_string().contains("broken.yaml"), "{error}");
}

#[test]
fn report_skips_a_committed_spec_that_does_not_parse() {
    let dir = workspace("openapi: 3.0.3\npaths: [not, a, map]\n", None);
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", SPEC_PATH]);
    git(dir.path(), &["commit", "-q", "-m", "broken"]);
    std::fs::write(dir.path().join(SPEC_PATH), SPEC_V1).unwrap();
    let text = api_changes_text(dir.path(), None, None, V010).unwrap();
    assert!(
        text.starts_with("API changes: skipped, cannot parse HEAD:spec/osm.yaml"),
        "{text}"
    );
}
