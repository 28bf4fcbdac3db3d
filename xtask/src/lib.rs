//! Repository automation for osm-rs, run as `cargo xtask <command>`.
//!
//! - [`codegen`]: regenerate the committed bindings from `spec/osm.yaml`, or check them.
//! - [`api_report`]: what a spec edit changes for code that uses osm-client.
//! - [`spec_source`]: where the report's two specs come from (files or `git show HEAD:...`).

pub mod api_report;
pub mod codegen;
pub mod public_api;
pub mod spec_source;
