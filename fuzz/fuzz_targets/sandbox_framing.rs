//! The sandbox's HTTP/1 request framing (what stands between the socket and hyper): arbitrary
//! bytes in arbitrary chunks. Must never panic; what it passes on is a prefix of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osm_sandbox::framing::{Framing, HeadLimits};

fuzz_target!(|data: &[u8]| {
    let Some((&cut, input)) = data.split_first() else {
        return;
    };
    let mut f = Framing::new(HeadLimits {
        max_headers: 16,
        max_head_bytes: 2048,
        max_uri_bytes: 512,
    });
    let mut out = Vec::new();
    let step = usize::from(cut).max(1);
    for chunk in input.chunks(step) {
        if f.feed(chunk, &mut out).is_err() {
            break;
        }
    }
    assert!(input.starts_with(&out));
});
