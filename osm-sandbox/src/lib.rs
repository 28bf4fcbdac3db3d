//! osm-sandbox: a local OSM API v2 server that verifies AK/SK signatures and keeps ticket state
//! per account, for tests, examples and demos without a Huawei Cloud account.
//!
//! ```no_run
//! # async fn demo() -> Result<(), osm_sandbox::SandboxError> {
//! let sandbox = osm_sandbox::Sandbox::builder()
//!     .account(osm_sandbox::Account::new("AK1", "SK1", "domain-1"))
//!     .spawn()
//!     .await?;
//! println!("OSM at {}", sandbox.base_url());
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! Every OSM path requires a valid signature (any of the three algorithms) dated within the
//! window (±15 minutes by default) and an `X-Domain-Id` equal to the account of the AK. The
//! engineer's side is driven through the unauthenticated control API under `/sandbox/`
//! (see [`control`]). Error bodies are described in [`error`].

pub mod account;
mod auth;
pub mod catalog;
pub mod control;
pub mod error;
mod routes;
mod server;
pub mod spec;
pub mod state;
pub mod trace;
pub mod validate;

pub use account::{Account, Clock, CredentialsParseError};
pub use server::{
    BODY_TIMEOUT, DEFAULT_BODY_LIMIT, DEFAULT_WINDOW, Sandbox, SandboxBuilder, SandboxError,
    SandboxHandle,
};
