//! [`OperationInfo`]: what the spec says about an operation that the runtime acts on; the
//! [`Operation`] and [`IntoItemStream`] traits every request builder implements.

use std::future::Future;

use crate::Result;
use crate::paginate::ItemStream;

/// A request that can be sent: every builder in [`operations`](crate::operations) (its
/// `Output` is what its own `send()` answers) and the workflow builders
/// ([`WaitForCase`](crate::workflows::WaitForCase), [`OpenCase`](crate::workflows::OpenCase)).
/// Generic code takes any request through it, as the blocking client's `send` does:
///
/// ```no_run
/// async fn send_twice<O: osm_client::Operation + Clone>(op: O) -> osm_client::Result<O::Output> {
///     let _ = op.clone().send().await?;
///     op.send().await
/// }
/// ```
pub trait Operation: Send + 'static {
    /// The answer: `Response<Model>`, a `Download`, or what a workflow returns.
    type Output: Send + 'static;

    /// Sends the request (the builder's own `send()`).
    fn send(self) -> impl Future<Output = Result<Self::Output>> + Send + 'static;
}

/// A request whose answer is a stream of items: every list operation's builder (its
/// `into_stream()` pages lazily) and [`FollowCase`](crate::workflows::FollowCase).
pub trait IntoItemStream: Send + 'static {
    /// One item of the stream.
    type Item: Send + 'static;

    /// The stream (the builder's own `into_stream()`).
    fn into_stream(self) -> ItemStream<Self::Item>;
}

/// May be retried after it was sent (`x-osm-idempotent`, or GET/HEAD/PUT/DELETE/OPTIONS).
pub(crate) const IDEMPOTENT: u8 = 1;
/// Moves file contents (`x-osm-transfer`): the transfer timeouts apply.
pub(crate) const TRANSFER: u8 = 2;
/// Has a page stream (`x-osm-pagination`).
pub(crate) const PAGINATED: u8 = 4;

/// An operation of the spec, as the runtime sees it. Every builder in
/// [`operations`](crate::operations) has one as `INFO`; [`operations::ALL`](crate::operations::ALL)
/// lists them in spec order.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct OperationInfo {
    id: &'static str,
    flags: u8,
}

impl OperationInfo {
    pub(crate) const fn new(id: &'static str, flags: u8) -> Self {
        OperationInfo { id, flags }
    }

    /// The spec's operationId, also the [`Client`](crate::Client) method's name.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// Whether the client may repeat the call after it reached the server.
    pub fn is_idempotent(&self) -> bool {
        self.flags & IDEMPOTENT != 0
    }

    /// Whether it moves file contents (and gets the transfer timeouts).
    pub fn is_transfer(&self) -> bool {
        self.flags & TRANSFER != 0
    }

    /// Whether its builder has `into_stream()`.
    pub fn is_paginated(&self) -> bool {
        self.flags & PAGINATED != 0
    }
}

impl std::fmt::Debug for OperationInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OperationInfo")
            .field("id", &self.id)
            .field("idempotent", &self.is_idempotent())
            .field("transfer", &self.is_transfer())
            .field("paginated", &self.is_paginated())
            .finish()
    }
}
