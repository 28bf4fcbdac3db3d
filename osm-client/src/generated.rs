//! The code osm-gen generates from `spec/osm.yaml`: `types` (models and open enums),
//! `operations` (one builder per operation), the `Client` methods, the response accessors and
//! the crate-private `raw` request layer progenitor generates.
//!
//! By default the committed `generated/osm.rs` is compiled (kept in sync with the spec by
//! `cargo xtask codegen` and the `generated_bindings_fresh` test); with the `codegen` feature
//! `build.rs` generates the code into `OUT_DIR` instead. Never edit either by hand.

#![allow(
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    unreachable_pub,
    unused_imports,
    unused_qualifications,
    missing_debug_implementations,
    elided_lifetimes_in_paths,
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::invalid_rust_codeblocks
)]

#[cfg(feature = "codegen")]
include!(concat!(env!("OUT_DIR"), "/osm.rs"));

#[cfg(not(feature = "codegen"))]
include!("../generated/osm.rs");
