//! [`RequestOptions`]: per-call overrides of the client's configuration.

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::retry::RetryPolicy;

/// Per-call options: extra or overriding headers (`X-Language`, `X-Site`, ...), timeouts and a
/// retry policy for this call only. Give them to any builder with `.customize(..)`, or add a
/// single header with `.header(name, value)`.
///
/// ```no_run
/// # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
/// use std::time::Duration;
/// use osm_client::{RequestOptions, RetryPolicy};
///
/// let options = RequestOptions::new()
///     .header("X-Language", "en-us")
///     .attempt_timeout(Duration::from_secs(5))
///     .retry_policy(RetryPolicy::none());
/// let types = client.list_problem_types().customize(options).send().await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    pub(crate) headers: HeaderMap,
    /// The first header that could not be used; reported when the call is sent.
    pub(crate) invalid: Option<String>,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends this header (replacing a client default of the same name). A name or value that
    /// is not a valid header makes the call fail before anything is sent.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let (name, value) = (name.as_ref(), value.as_ref());
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
            }
            _ => {
                self.invalid.get_or_insert_with(|| {
                    format!(
                        "the header {name:?}: {value:?} is not valid (names are tokens, values \
                         printable ASCII without CR/LF)"
                    )
                });
            }
        }
        self
    }

    /// The time one attempt may take (instead of the client's attempt or transfer timeout).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// The time the call may take, retries included.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }

    /// The retry policy of this call.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}
