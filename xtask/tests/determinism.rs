//! osm-gen is deterministic: the same spec gives the same bytes, whatever the hash seeds,
//! thread, directory or time. (That the committed bindings are up to date is checked by
//! osm-client's own test and by `cargo xtask codegen --check`.)

use std::path::Path;

fn spec() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/osm.yaml");
    std::fs::read_to_string(&path).expect("spec/osm.yaml is readable")
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let spec = spec();
    let first = osm_gen::generate(&spec).expect("the spec generates");
    // A second run on another thread: every HashMap there gets fresh random seeds.
    let second = std::thread::spawn(move || osm_gen::generate(&spec))
        .join()
        .expect("the generator thread does not panic")
        .expect("the spec generates");
    assert!(
        first == second,
        "two runs of osm-gen on the same spec differ"
    );
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let workspace = workspace
        .canonicalize()
        .expect("the workspace directory exists");
    assert!(
        !first.contains(&*workspace.to_string_lossy()),
        "the output must not mention the directory it was generated in"
    );
}
