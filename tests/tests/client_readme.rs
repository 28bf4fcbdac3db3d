//! The README's osm-client examples are the bodies of compiled examples in
//! `osm-client/examples/` (between their `README example` markers, unindented).

fn check(example: &str, section: &str) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let path = format!("{root}/osm-client/examples/{example}");
    let text = std::fs::read_to_string(&path).expect("the example");
    let start = text
        .find("// README example start\n")
        .expect("the start marker")
        + "// README example start\n".len();
    let end = text
        .find("    // README example end")
        .expect("the end marker");
    let code: String = text[start..end]
        .lines()
        .map(|l| l.strip_prefix("    ").unwrap_or(l))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        readme.contains(&format!("```rust\n{code}```")),
        "README.md's \"{section}\" example differs from {path}; copy the code between the \
         example's README markers (unindented) into the README"
    );
}

#[test]
fn readme_shows_the_compiled_examples() {
    check("create_case.rs", "Using osm-client");
    check("huawei_cloud.rs", "Running on Huawei Cloud");
}
