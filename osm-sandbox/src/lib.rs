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
//! How a request is served:
//! 0. the connection guard ([`framing`], `conn`) checks the request head before hyper parses
//!    it (limits, timeouts, connection cap: [`ConnectionLimits`]);
//! 1. the body is read (at most [`DEFAULT_BODY_LIMIT`] → 413, within [`BODY_TIMEOUT`] → 408);
//! 2. the operation is found in `spec/osm.yaml`, embedded at compile time ([`spec`]): no match
//!    → 404 `APIGW.0101`;
//! 3. an `X-Auth-Token` must be a valid token of the account ([`iam`]); otherwise the
//!    signature is verified with osm-auth's verifier (all five algorithms, date within
//!    ±15 minutes of the injectable [`Clock`]; permanent or unexpired temporary AK) and
//!    `X-Domain-Id` must be the AK's account (401 `APIGW.0301` / 403 `APIGW.0302`);
//! 4. path, query and JSON body are checked against the spec's schemas ([`validate`]) → 400
//!    naming the field;
//! 5. a configured [`faults`] entry may answer, delay or break the call;
//! 6. the handler works on the account's state ([`state`], SQLite; cases, messages, labels,
//!    attachments, ...) and answers with osm-client's generated types; operations without state
//!    answer the spec's example.
//!
//! IAM tokens, temporary AK/SK (ECS metadata, pod identity, OIDC federation) and a movable
//! clock are served by [`iam`].
//!
//! [`recording`]: the sandbox records what it serves (`--record`) or answers from an
//! osm-client recording instead of its state (`--replay`), still verifying signatures.
//!
//! The engineer's side is driven through the unauthenticated control API under `/sandbox/`
//! ([`control`]) or [`SandboxHandle::engineer_reply`]. Error bodies are described in
//! [`error`]; the seeded configuration in [`catalog`].

pub mod account;
mod auth;
pub mod catalog;
mod conn;
pub mod control;
pub mod error;
pub mod faults;
pub mod framing;
pub mod iam;
pub mod listen;
pub mod recording;
mod routes;
pub mod serve_args;
mod server;
pub mod spec;
pub mod state;
pub mod trace;
pub mod validate;

pub use account::{Account, Clock, CredentialsParseError};
pub use conn::ConnectionLimits;
pub use faults::{ActiveFault, Fault};
pub use listen::{ListenParseError, parse_listen};
pub use server::{
    BODY_TIMEOUT, DEFAULT_BODY_LIMIT, DEFAULT_WINDOW, Sandbox, SandboxBuilder, SandboxError,
    SandboxHandle,
};
pub use state::Snapshot;
