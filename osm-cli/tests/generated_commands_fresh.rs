//! The committed operation commands (`generated/commands.rs`) must be exactly what osm-gen
//! generates from the current `spec/osm.yaml`.

#![allow(clippy::unwrap_used)]

const SPEC: &str = include_str!("../../spec/osm.yaml");
const COMMITTED: &str = include_str!("../generated/commands.rs");

#[test]
fn committed_commands_match_the_spec() {
    let generated = osm_gen::generate_cli(SPEC).unwrap();
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
        "osm-cli/generated/commands.rs is stale: it differs from what osm-gen generates from \
         spec/osm.yaml (first difference at line {line}).\n\
         Run `cargo xtask codegen` and commit osm-cli/generated/commands.rs."
    );
}
