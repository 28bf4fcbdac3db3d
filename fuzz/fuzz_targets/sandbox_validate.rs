//! The sandbox's request validation: arbitrary JSON against each operation's body schema
//! (the first byte picks the operation). Must never panic; errors name a field.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osm_sandbox::spec::{Body, Spec};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, json)) = data.split_first() else {
        return;
    };
    let Ok(spec) = Spec::embedded() else {
        return;
    };
    let bodies: Vec<&serde_json::Value> = spec
        .operations()
        .iter()
        .filter_map(|o| match &o.body {
            Some(Body::Json { schema, .. }) => Some(schema),
            _ => None,
        })
        .collect();
    let schema = bodies[usize::from(pick) % bodies.len()];
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) else {
        return;
    };
    if let Err(e) = osm_sandbox::validate::check(spec, schema, &value, "body") {
        assert!(e.msg.starts_with("body"), "{}", e.msg);
    }
});
