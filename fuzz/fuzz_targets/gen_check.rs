//! osm-gen's spec loader and checker on arbitrary YAML (inputs capped at 64 KiB: generation
//! itself is too slow to fuzz, `check` runs everything before it). Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() > 64 * 1024 {
        return;
    }
    let text = String::from_utf8_lossy(data);
    for finding in osm_gen::check(&text) {
        let _ = finding.to_string();
    }
});
