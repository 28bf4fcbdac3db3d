//! osm-client: a typed client for Huawei Cloud's OSM API v2 (support tickets), generated from
//! `spec/osm.yaml` by osm-gen, with a small handwritten runtime around it.

mod generated;
pub mod runtime;
pub mod time;

pub use generated::{ByteStream, Client, ClientInfo, ResponseValue, builder, prelude, types};

mod client_builder;
pub mod config;
pub mod error;
pub mod files;
pub mod paginate;
pub mod retry;

pub use client_builder::{ClientBuilder, ENV_ENDPOINT, ENV_REGION, USER_AGENT};
pub use config::{Site, Timeouts};
pub use error::{ApiError, Error, Result, TransportError, TransportKind};
pub use files::{Attachment, Download};
pub use osm_auth::{Algorithm, Credentials};
pub use paginate::{ItemStream, Paginate};
pub use retry::RetryPolicy;
