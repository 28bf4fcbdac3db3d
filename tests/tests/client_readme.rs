//! The README's osm-client example is the compiled example `osm-client/examples/create_case.rs`.

#[test]
fn readme_shows_the_compiled_example() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let example = std::fs::read_to_string(format!("{root}/osm-client/examples/create_case.rs"))
        .expect("the example");
    let code = &example[example.find("#[tokio::main]").expect("the example's main")..];
    assert!(
        readme.contains(&format!("```rust\n{code}```")),
        "README.md's \"Using osm-client\" example differs from osm-client/examples/create_case.rs; copy the file's code from #[tokio::main] on into the README"
    );
}
