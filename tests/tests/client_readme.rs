//! The README's osm-client example is the body of the compiled example
//! `osm-client/examples/create_case.rs` (between its `README example` markers, unindented).

#[test]
fn readme_shows_the_compiled_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let example = std::fs::read_to_string(format!("{root}/osm-client/examples/create_case.rs"))
        .expect("the example");
    let start = example
        .find("// README example start\n")
        .expect("the start marker")
        + "// README example start\n".len();
    let end = example
        .find("    // README example end")
        .expect("the end marker");
    let code: String = example[start..end]
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&format!("```rust\n{code}```")),
        "README.md's \"Using osm-client\" example differs from osm-client/examples/create_case.rs; \
         copy the code between the example's README markers (unindented) into the README"
    );
}
