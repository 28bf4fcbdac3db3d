//! [`WaitForCase`]: the case, once it satisfies a condition.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::PollInterval;
use crate::error::Error;
use crate::types::{CaseStatus, IncidentDetailInfoV2};
use crate::{Client, Operation, RequestOptions};

/// Default [`WaitForCase::timeout`].
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10 * 60);

impl Client {
    /// Waits until case `case_id` satisfies a condition ([`WaitForCase::until`]; default:
    /// it is closed — completed, cancelled or invalid), or the timeout passes.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use osm_client::types::CaseStatus;
    ///
    /// # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
    /// let case = client
    ///     .wait_for_case("CS20261129000001")
    ///     .until(CaseStatus::Completed)
    ///     .timeout(Duration::from_secs(600))
    ///     .send()
    ///     .await?;
    /// // or a predicate on the case: until support has written twice
    /// let case = client
    ///     .wait_for_case("CS20261129000001")
    ///     .until(|case: &osm_client::types::IncidentDetailInfoV2| case.message_list.len() >= 3)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn wait_for_case(&self, case_id: impl Into<String>) -> WaitForCase {
        WaitForCase {
            client: self.clone(),
            case_id: case_id.into(),
            until: Until::closed(),
            timeout: DEFAULT_TIMEOUT,
            interval: PollInterval::default(),
            options: RequestOptions::new(),
            fail_fast: false,
        }
    }
}

/// Waits for a case: [`send`](Self::send) polls `show_case_detail` (at once, then with the
/// follower's backoff: [`poll_interval`](Self::poll_interval), reset whenever the status
/// changes) until the [`Until`] condition holds, and returns the case.
///
/// Fails with [`Error::WaitTimeout`] (carrying the last status seen) when the timeout
/// (default 10 minutes) passes first; with the error of a poll that is not retryable (no such
/// case, authentication); retryable errors (timeouts, 503) just mean waiting on, unless
/// [`fail_fast`](Self::fail_fast). Dropping the future stops polling.
#[derive(Clone, Debug)]
#[must_use = "a waiter does nothing until it is sent with `.send()`"]
pub struct WaitForCase {
    client: Client,
    case_id: String,
    until: Until,
    timeout: Duration,
    interval: PollInterval,
    options: RequestOptions,
    fail_fast: bool,
}

impl WaitForCase {
    /// The condition: a [`CaseStatus`], several (`[CaseStatus::Completed,
    /// CaseStatus::Cancelled]`), a predicate on the case (`|case: &IncidentDetailInfoV2| ..`)
    /// or any [`Until`].
    pub fn until(mut self, until: impl Into<Until>) -> Self {
        self.until = until.into();
        self
    }

    /// How long to wait at most (default 10 minutes).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Polls `min` after a status change, backing off to at most `max` while it stays
    /// (default 1 s and 30 s; `min` is at least 1 ms, `max` at least `min`).
    pub fn poll_interval(mut self, min: Duration, max: Duration) -> Self {
        self.interval = PollInterval::new(min, max);
        self
    }

    /// Options (headers, timeouts, retry policy) for every poll.
    pub fn customize(mut self, options: RequestOptions) -> Self {
        self.options = options;
        self
    }

    /// Fails with the error of the first poll that fails, retryable or not — after the
    /// client's retry policy gave up on it — instead of waiting on after timeouts, refused
    /// connections and 503s (default: off). For a caller that reports failures at once, like
    /// a command line that should not sit out its timeout on a wrong endpoint.
    pub fn fail_fast(mut self) -> Self {
        self.fail_fast = true;
        self
    }

    /// Waits; see the type's documentation.
    pub async fn send(self) -> Result<IncidentDetailInfoV2, Error> {
        let started = Instant::now();
        let deadline = later(started, self.timeout);
        let mut delays = self.interval.start();
        let mut last_status: Option<CaseStatus> = None;
        let timed_out = |last_status| Error::WaitTimeout {
            case_id: self.case_id.clone(),
            condition: self.until.description.clone(),
            waited: started.elapsed(),
            last_status,
        };
        loop {
            let poll = self
                .client
                .show_case_detail()
                .case_id(&self.case_id)
                .customize(self.options.clone())
                .send();
            match tokio::time::timeout_at(deadline, poll).await {
                Err(_) => return Err(timed_out(last_status)),
                Ok(Ok(answer)) => {
                    let case = answer.into_inner().incident_detail_info.unwrap_or_default();
                    if (self.until.test)(&case) {
                        return Ok(case);
                    }
                    if case.status != last_status {
                        if last_status.is_some() {
                            delays = self.interval.start();
                        }
                        last_status = case.status;
                    }
                }
                Ok(Err(e)) if e.is_retryable() && !self.fail_fast => {
                    tracing::debug!(case_id = %self.case_id, error = %e, "waiting on after a retryable error");
                }
                Ok(Err(e)) => return Err(e),
            }
            let wake = later(Instant::now(), delays.next_delay());
            if wake >= deadline {
                tokio::time::sleep_until(deadline).await;
                return Err(timed_out(last_status));
            }
            tokio::time::sleep_until(wake).await;
        }
    }
}

/// `t + d`, or about a century later when that is past what an `Instant` holds.
fn later(t: Instant, d: Duration) -> Instant {
    t.checked_add(d)
        .or_else(|| t.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(t)
}

impl Operation for WaitForCase {
    type Output = IncidentDetailInfoV2;

    fn send(self) -> impl Future<Output = Result<IncidentDetailInfoV2, Error>> + Send + 'static {
        WaitForCase::send(self)
    }
}

/// What [`WaitForCase`] waits for: built from a [`CaseStatus`], an array or `Vec` of them
/// (any of), a closure `Fn(&IncidentDetailInfoV2) -> bool`, or the constructors below.
#[derive(Clone)]
pub struct Until {
    test: Arc<dyn Fn(&IncidentDetailInfoV2) -> bool + Send + Sync>,
    /// Said in the timeout error: "is still not `description`".
    description: String,
}

impl Until {
    /// The case has `status`.
    pub fn status(status: impl Into<CaseStatus>) -> Until {
        let status = status.into();
        Until {
            test: Arc::new(move |case| case.status == Some(status)),
            description: format!("{status:?}"),
        }
    }

    /// The case has one of `statuses`.
    pub fn any_status(statuses: impl IntoIterator<Item = impl Into<CaseStatus>>) -> Until {
        let statuses: Vec<CaseStatus> = statuses.into_iter().map(Into::into).collect();
        let names: Vec<String> = statuses.iter().map(|s| format!("{s:?}")).collect();
        Until {
            description: names.join(" or "),
            test: Arc::new(move |case| case.status.is_some_and(|s| statuses.contains(&s))),
        }
    }

    /// The case is closed: completed, cancelled or invalid (the default).
    pub fn closed() -> Until {
        Until::any_status([
            CaseStatus::Completed,
            CaseStatus::Cancelled,
            CaseStatus::Invalid,
        ])
    }

    /// `predicate` holds for the case; `description` names it in the timeout error.
    pub fn matching(
        description: impl Into<String>,
        predicate: impl Fn(&IncidentDetailInfoV2) -> bool + Send + Sync + 'static,
    ) -> Until {
        Until {
            test: Arc::new(predicate),
            description: description.into(),
        }
    }
}

impl fmt::Debug for Until {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Until").field(&self.description).finish()
    }
}

impl From<CaseStatus> for Until {
    fn from(status: CaseStatus) -> Until {
        Until::status(status)
    }
}

impl<const N: usize> From<[CaseStatus; N]> for Until {
    fn from(statuses: [CaseStatus; N]) -> Until {
        Until::any_status(statuses)
    }
}

impl From<Vec<CaseStatus>> for Until {
    fn from(statuses: Vec<CaseStatus>) -> Until {
        Until::any_status(statuses)
    }
}

impl<F> From<F> for Until
where
    F: Fn(&IncidentDetailInfoV2) -> bool + Send + Sync + 'static,
{
    fn from(predicate: F) -> Until {
        Until::matching("matching the predicate", predicate)
    }
}
