//! The README's osm-client examples are the bodies of compiled examples (between their
//! `README example` markers, unindented), and the self-contained ones run here as written.

#[path = "../examples/blocking_ticket.rs"]
mod blocking_ticket;
#[path = "../examples/follow_ticket.rs"]
mod follow_ticket;
#[path = "../examples/record_replay.rs"]
mod record_replay;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The code between the markers of the example at `path` (relative to the workspace root).
fn marked(path: &str) -> String {
    let example = std::fs::read_to_string(format!("{ROOT}/{path}")).expect("the example");
    let start = example
        .find("// README example start\n")
        .expect("the start marker")
        + "// README example start\n".len();
    let end = example
        .find("    // README example end")
        .expect("the end marker");
    example[start..end]
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn readme_shows_the_compiled_examples() {
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).expect("README.md");
    for path in [
        "osm-client/examples/create_case.rs",
        "osm-client/examples/huawei_cloud.rs",
        "tests/examples/follow_ticket.rs",
        "tests/examples/blocking_ticket.rs",
        "tests/examples/record_replay.rs",
    ] {
        let code = marked(path);
        assert!(
            readme.contains(&format!("```rust\n{code}```")),
            "README.md's example differs from {path}; copy the code between the example's \
             README markers (unindented) into the README"
        );
    }
}

#[test]
fn the_following_example_runs() {
    follow_ticket::main().expect("follow_ticket runs");
}

#[test]
fn the_blocking_example_runs() {
    blocking_ticket::main().expect("blocking_ticket runs");
}

#[test]
fn the_record_replay_example_runs() {
    record_replay::main().expect("record_replay runs");
}
