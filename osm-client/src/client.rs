//! [`Client`]: the handle every operation starts from.

use std::fmt;
use std::sync::Arc;

use crate::error::Error;
use crate::generated::raw;
use crate::operation::OperationInfo;
use crate::options::RequestOptions;
use crate::runtime::{CallState, Shared};

/// A client for the OSM API: configuration, credentials and a connection pool, shared by
/// every clone (cloning is cheap: builders and page streams hold a clone, so they are
/// `'static` and can be spawned or stored).
///
/// Build one with [`Client::from_env`] or [`Client::builder`]; then each operation is a
/// method returning a request builder (see the [crate docs](crate) for a tour):
///
/// ```no_run
/// # async fn f() -> osm_client::Result<()> {
/// let client = osm_client::Client::from_env()?;
/// let case = client.show_case_detail().case_id("CS20261129000001").send().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    shared: Shared,
}

impl Client {
    pub(crate) fn from_parts(http: reqwest::Client, shared: Shared) -> Self {
        Client {
            inner: Arc::new(Inner { http, shared }),
        }
    }

    /// The endpoint calls currently go to (it changes on failover).
    pub fn endpoint(&self) -> &str {
        let shared = &self.inner.shared;
        shared.endpoints.get(shared.current_endpoint())
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    pub(crate) fn shared(&self) -> &Shared {
        &self.inner.shared
    }

    /// progenitor's client for one call of `info`, carrying the call's options.
    pub(crate) fn raw(
        &self,
        info: &'static OperationInfo,
        options: RequestOptions,
    ) -> Result<raw::Client, Error> {
        if let Some(problem) = &options.invalid {
            return Err(Error::InvalidRequest(format!(
                "{}: {problem}; nothing was sent",
                info.id()
            )));
        }
        Ok(raw::Client::new_with_client(
            self.endpoint(),
            self.inner.http.clone(),
            CallState::new(self.clone(), info, options),
        ))
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shared = &self.inner.shared;
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint())
            .field("identity", &shared.identity)
            .field("algorithm", &shared.signer.algorithm)
            .field("timeouts", &shared.timeouts)
            .field("retry", &shared.retry)
            .finish_non_exhaustive()
    }
}
