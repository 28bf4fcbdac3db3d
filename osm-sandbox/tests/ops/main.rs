//! Every group of OSM operations over HTTP with signed requests.
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod catalogue;
mod life;
mod rules;

const CASES: &str = "/v2/servicerequest/cases";
