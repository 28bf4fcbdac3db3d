//! The committed bindings (`generated/osm.rs`, compiled with `--no-default-features`) must be
//! exactly what osm-gen generates from the current `spec/osm.yaml`.

#![allow(clippy::unwrap_used)]

const SPEC: &str = include_str!("../../spec/osm.yaml");
const COMMITTED: &str = include_str!("../generated/osm.rs");

#[test]
fn committed_bindings_match_the_spec() {
    let generated = osm_gen::generate(SPEC).unwrap();
    if generated == COMMITTED {
        return;
    }
    let line = generated
        .lines()
        .zip(COMMITTED.lines())
        .position(|(a, b)| a != b)
        .map_or_else(
            || generated.lines().count().min(COMMITTED.lines().count()) + 1,
            |i| i + 1,
        );
    panic!(
        "osm-client/generated/osm.rs is stale: it differs from what osm-gen generates from \
         spec/osm.yaml (first difference at line {line}; {} generated lines vs {} committed).\n\
         Run `cargo xtask codegen` and commit osm-client/generated/osm.rs.",
        generated.lines().count(),
        COMMITTED.lines().count()
    );
}

#[test]
fn committed_bindings_name_the_spec_hash() {
    let first = COMMITTED.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("// @generated from spec/osm.yaml (sha256 "),
        "unexpected header: {first}"
    );
}
