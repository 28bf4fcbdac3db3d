//! The handwritten runtime the generated client runs on: signing in progenitor's
//! `ClientHooks::pre`, sending with retries, failover and timeouts in `exec`.

mod hooks;
mod send;
mod sign;
mod state;

pub(crate) use hooks::{RAW_BODY_MARKER, SIGNING_ERROR_PREFIX};
pub(crate) use sign::RequestSigner;
pub use state::RuntimeState;
pub(crate) use state::Shared;
