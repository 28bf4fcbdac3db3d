//! osm-client: a typed client for Huawei Cloud's OSM API v2 (工单管理: support tickets, called
//! *cases*), generated from `spec/osm.yaml` by osm-gen, with a small handwritten runtime that
//! signs, retries, times out and reads every answer.
//!
//! # Quick start
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use osm_client::{Client, types::{CaseAction, CaseStatus}};
//!
//! # async fn example() -> Result<(), osm_client::Error> {
//! // endpoint from OSM_ENDPOINT (or the region), credentials from HUAWEICLOUD_SDK_AK/SK/DOMAIN_ID
//! // or ~/.huaweicloud/credentials
//! let client = Client::from_env()?;
//!
//! // every operation is a method returning a builder: set inputs, then send
//! let case = client
//!     .create_cases()
//!     .business_type_id("bt-consult")
//!     .simple_description("How do I resize a cloud disk?")
//!     .source_id("83")
//!     .send()
//!     .await?;
//! let id = case.incident_id().unwrap_or_default(); // accessors: Option<&str>, &[T], ...
//! println!("created {id} (request id {})", case.request_id().unwrap_or("-"));
//!
//! // list operations stream every page
//! let open: Vec<_> = client.list_cases().status(CaseStatus::Processing).into_stream().try_collect().await?;
//!
//! // attachments: upload (checked against the published limits first), download to a file
//! let accessory_id = client
//!     .upload_attachment(osm_client::Attachment::from_bytes("log.txt", "boot log"))
//!     .await?;
//! client.download_accessories().accessory_id(&accessory_id).send().await?.save("log.txt").await?;
//!
//! // errors say what failed: status, OSM error code, message, request id
//! match client.update_cases().case_id(id).action_id(CaseAction::Close).send().await {
//!     Ok(_) => {}
//!     Err(e) if e.is_not_found() => println!("gone already"),
//!     Err(e) => return Err(e), // prints `OSM error OSM.00040002: … (HTTP 400, request id …)`
//! }
//! # Ok(()) }
//! ```
//!
//! # Where things are
//! - [`Client`]: [`Client::from_env`], [`Client::builder`] ([`ClientBuilder`]: region or
//!   endpoints, credentials, signing algorithm, timeouts, retries, `X-Site`/`X-Language`/
//!   `X-Time-Zone` defaults), then one method per operation.
//! - [`identity`]: where credentials come from on Huawei Cloud (ECS metadata, CCE pod
//!   identity, OIDC federation, IAM password tokens, environment, credentials file), cached
//!   and refreshed ahead of expiry ([`ClientBuilder::credentials_provider`]).
//! - [`operations`]: the request builders. Every input has a setter taking the plain value
//!   (`impl Into<String>` for text); `.body(..)` takes a whole request model; `.header(..)` and
//!   `.customize(`[`RequestOptions`]`)` change one call's headers, timeouts or retries.
//!   Required inputs are checked before anything is sent ([`Error::MissingInput`]).
//! - [`types`]: the models (every field optional, with accessors on response models) and the
//!   value sets as open enums: a value added by the service later decodes as `Unknown`.
//! - [`Response`]: a decoded answer; derefs to the model, keeps status, headers, request id.
//! - [`Download`] and [`Attachment`]: streamed downloads and uploads.
//! - [`Error`]: one error type; [`Error::is_retryable`], [`Error::is_auth`], ...
//! - [`workflows`]: following a case ([`Client::follow_case`]), waiting for a status
//!   ([`Client::wait_for_case`]), opening a case with attachments ([`Client::open_case`]).
//! - [`Operation`] and [`IntoItemStream`]: every request builder, for generic code; the
//!   `blocking` module (feature `blocking`) is such code: every operation without async.
//! - [`progress`]: progress callbacks on uploads and downloads.
//! - [`record`]: recording exchanges for replay (`ClientBuilder::record_to`).
//! - [`paginate`], [`retry`], [`config`], [`time`]: how pages, retries, timeouts and OSM's
//!   date-times behave; [`dry_run`]: signed requests recorded instead of sent.
//!
//! # Features
//! - `blocking`: `blocking::Client`, every operation without async.
//! - `asymmetric-signing`: the SDK-ECDSA-P256-SHA256 and SDK-SM2-SM3 algorithms (RustCrypto
//!   p256 and sm2); without it [`ClientBuilder::build`] refuses them.
//! - `codegen`: generate the bindings from `spec/osm.yaml` at build time instead of
//!   compiling the committed ones (for working on the spec or osm-gen).
//!
//! TLS is rustls with the *ring* provider and the system's trust store.

#[cfg(feature = "blocking")]
pub mod blocking;
mod client;
mod client_builder;
pub mod config;
pub mod dry_run;
pub mod error;
pub mod files;
mod generated;
mod operation;
mod options;
pub mod paginate;
pub mod progress;
pub mod record;
pub mod region;
mod response;
pub mod retry;
mod runtime;
pub mod time;
mod value_set;
pub mod workflows;

/// Entry points for the cargo-fuzz targets in `fuzz/`; compiled only under `--cfg fuzzing`.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    /// An error answer of `status` with `body`, read as the client reads one: its one-line
    /// `Display`, and its message, code and request id.
    pub fn error_answer(status: u16, body: &[u8]) -> crate::ApiError {
        let status =
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        crate::ApiError::from_parts(status, Some("fuzz-request-id"), body)
    }
}

pub use client::Client;
pub use client_builder::{ClientBuilder, ENV_ENDPOINT, ENV_REGION, USER_AGENT};
pub use config::Timeouts;
pub use dry_run::DryRun;
pub use error::{ApiError, Error, Result, TransportError, TransportKind};
pub use files::{Attachment, ByteStream, Download};
pub use generated::{operations, types};
pub use operation::{IntoItemStream, Operation, OperationInfo};
pub use options::RequestOptions;
pub use osm_auth::diagnose::SignatureDiagnosis;
pub use osm_auth::identity;
pub use osm_auth::{Algorithm, Credentials};
pub use paginate::ItemStream;
pub use progress::Progress;
pub use response::Response;
pub use retry::RetryPolicy;
pub use types::Site;
