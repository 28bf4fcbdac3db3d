//! The handwritten runtime around the generated client (stub: the runtime issue fills it).

use progenitor_client::ClientHooks;

use crate::Client;

/// The runtime's state inside the generated `Client` (reachable through `ClientInfo::inner`).
#[derive(Clone, Debug, Default)]
pub struct RuntimeState {}

/// No-op hooks: requests go out unsigned, exactly as progenitor builds them.
impl ClientHooks<RuntimeState> for Client {}
