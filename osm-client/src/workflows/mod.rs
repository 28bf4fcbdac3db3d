//! What a service does with a ticket after opening it: follow it, wait for a status, and open
//! it with attachments in one call.
//!
//! - [`Client::follow_case`](crate::Client::follow_case) → [`FollowCase`]: a `Stream` of
//!   [`CaseEvent`]s (new messages, status changes), polled with backoff and jitter, resumable
//!   from the [`CaseCursor`] every event carries.
//! - [`Client::wait_for_case`](crate::Client::wait_for_case) → [`WaitForCase`]: the case once
//!   it satisfies an [`Until`] condition, or [`Error::WaitTimeout`](crate::Error::WaitTimeout)
//!   carrying the last status seen.
//! - [`Client::open_case`](crate::Client::open_case) → [`OpenCase`]: uploads attachments, then
//!   creates the case referencing them; on failure it deletes what it uploaded, or says which
//!   attachments remain ([`Error::AttachmentsLeft`](crate::Error::AttachmentsLeft)).
//!
//! Polling never runs ahead of the consumer: a follow stream polls only while it is polled,
//! and dropping it (or a waiter's future) stops it.

mod follow;
mod open;
mod wait;

use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBackoff, ExponentialBuilder};

use crate::types::CaseStatus;

pub use follow::{CaseCursor, CaseEvent, FollowCase};
pub use open::{OpenCase, OpenedCase};
pub use wait::{Until, WaitForCase};

/// Closed for good: completed, cancelled or invalid ([`Until::closed`],
/// [`FollowCase::until_closed`]).
pub(crate) fn is_closed(status: CaseStatus) -> bool {
    matches!(
        status,
        CaseStatus::Completed | CaseStatus::Cancelled | CaseStatus::Invalid
    )
}

/// Shortest poll interval accepted (a smaller one is raised to it).
const MIN_POLL: Duration = Duration::from_millis(1);

/// How often a follower or waiter polls: `min` right after something happened, then
/// exponentially longer (×2, with up to 100 % random jitter) while nothing happens, never more
/// than `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PollInterval {
    min: Duration,
    max: Duration,
}

impl Default for PollInterval {
    /// 1 s after activity, growing to 30 s when idle.
    fn default() -> Self {
        PollInterval {
            min: Duration::from_secs(1),
            max: Duration::from_secs(30),
        }
    }
}

impl PollInterval {
    /// `min` at least 1 ms, `max` at least `min`.
    pub(crate) fn new(min: Duration, max: Duration) -> Self {
        let min = min.max(MIN_POLL);
        PollInterval {
            min,
            max: max.max(min),
        }
    }

    /// The delays after a poll, starting again from `min`.
    pub(crate) fn start(&self) -> Delays {
        Delays {
            max: self.max,
            backoff: ExponentialBuilder::default()
                .with_min_delay(self.min)
                .with_max_delay(self.max)
                .with_factor(2.0)
                .with_jitter()
                .without_max_times()
                .build(),
        }
    }
}

/// The growing delays between polls while nothing happens.
#[derive(Debug)]
pub(crate) struct Delays {
    max: Duration,
    backoff: ExponentialBackoff,
}

impl Delays {
    /// The next delay (jitter never takes it past `max`).
    pub(crate) fn next_delay(&mut self) -> Duration {
        self.backoff.next().unwrap_or(self.max).min(self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_to_the_bound_and_restart() {
        let interval = PollInterval::new(Duration::from_millis(100), Duration::from_secs(1));
        let mut delays = interval.start();
        let first = delays.next_delay();
        assert!(first >= Duration::from_millis(100) && first <= Duration::from_millis(200));
        let later: Vec<_> = (0..20).map(|_| delays.next_delay()).collect();
        assert!(later.iter().all(|d| *d <= Duration::from_secs(1)));
        assert!(later[10..].iter().all(|d| *d >= Duration::from_millis(500)));
        let again = interval.start().next_delay();
        assert!(again <= Duration::from_millis(200), "{again:?}");
    }

    #[test]
    fn silly_intervals_are_made_sane() {
        let i = PollInterval::new(Duration::ZERO, Duration::ZERO);
        assert_eq!((i.min, i.max), (MIN_POLL, MIN_POLL));
        let i = PollInterval::new(Duration::from_secs(5), Duration::from_secs(1));
        assert_eq!(i.max, Duration::from_secs(5));
    }
}
