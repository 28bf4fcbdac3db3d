//! osm-auth's `Authorization` header parser. Must never panic; what parses must name a
//! non-empty access key and signed headers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osm_auth::AuthorizationHeader;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(h) = AuthorizationHeader::parse(&text) {
        assert!(!h.access_key.is_empty());
        let _ = format!("{h:?}");
    }
});
