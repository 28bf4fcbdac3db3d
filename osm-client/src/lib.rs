//! osm-client: a typed client for Huawei Cloud's OSM API v2 (support tickets), generated from
//! `spec/osm.yaml` by osm-gen, with a small handwritten runtime around it.

mod generated;
pub mod runtime;
pub mod time;

pub use generated::{ByteStream, Client, ClientInfo, ResponseValue, builder, prelude, types};
