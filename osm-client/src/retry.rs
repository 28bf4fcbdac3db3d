//! When and how the client retries a request.
//!
//! Retries never cause harm: an idempotent operation (as the spec says: `x-osm-idempotent`, or
//! GET/HEAD/PUT/DELETE/OPTIONS) is retried on connection failures, timeouts and the statuses
//! of [`is_retryable_status`] (honouring `Retry-After`); any other operation — a POST that
//! could create a second case — is retried only when the connection could not be
//! established, i.e. the request provably never reached the server. [`crate::Error::is_retryable`]
//! applies the same rule. Delays grow
//! exponentially with jitter ([`backon`]), and no retry starts once the operation's overall
//! deadline would be passed.

use std::time::{Duration, SystemTime};

use backon::ExponentialBuilder;
use http::{HeaderMap, StatusCode};

/// Longest `Retry-After` the client waits for; a longer one ends the retries.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// How many times, and how patiently, a failed request is tried again.
///
/// The default makes up to 3 attempts, waiting about 200 ms then 400 ms (±jitter, at most
/// 5 s) between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    min_delay: Duration,
    max_delay: Duration,
    jitter: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            min_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// The default policy (see the type's documentation).
    pub fn new() -> Self {
        Self::default()
    }

    /// Never retry: every request is attempted exactly once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts including the first (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Delay before the first retry; later delays double up to the maximum.
    pub fn with_min_delay(mut self, delay: Duration) -> Self {
        self.min_delay = delay;
        self
    }

    /// Longest delay between two attempts (a `Retry-After` from the server may be longer,
    /// up to 60 s).
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Use exact delays, without random jitter (useful in tests).
    pub fn without_jitter(mut self) -> Self {
        self.jitter = false;
        self
    }

    /// Total attempts including the first.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff delays between attempts.
    pub(crate) fn backoff(&self) -> ExponentialBuilder {
        let builder = ExponentialBuilder::default()
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay.max(self.min_delay))
            .with_factor(2.0)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize);
        if self.jitter {
            builder.with_jitter()
        } else {
            builder
        }
    }
}

/// The answers that say "try again later": 408, 429, 502, 503, 504 — the one list both the
/// runtime's retries and [`crate::Error::is_retryable`] use.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
}

/// Whether a failed attempt may be tried again.
pub(crate) fn may_retry_transport(idempotent: bool, err: &reqwest::Error) -> bool {
    // A connect failure means no byte of the request reached the server: safe for any call.
    err.is_connect() || (idempotent && (err.is_timeout() || err.is_request()))
}

/// Whether an error answer may be tried again.
pub(crate) fn may_retry_status(idempotent: bool, status: StatusCode) -> bool {
    idempotent && is_retryable_status(status)
}

/// The server's `Retry-After`, as delta-seconds or an HTTP date, measured from `now`.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers
        .get(http::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use backon::BackoffBuilder;

    #[test]
    fn default_backoff_grows_and_stops() {
        let delays: Vec<u128> = RetryPolicy::new()
            .without_jitter()
            .backoff()
            .build()
            .map(|d| d.as_millis())
            .collect();
        assert_eq!(delays, vec![200, 400]);
        assert_eq!(RetryPolicy::none().backoff().build().count(), 0);
        let capped: Vec<_> = RetryPolicy::new()
            .with_max_attempts(6)
            .with_min_delay(Duration::from_secs(1))
            .with_max_delay(Duration::from_secs(3))
            .without_jitter()
            .backoff()
            .build()
            .collect();
        assert_eq!(capped.len(), 5);
        assert!(capped.iter().all(|d| *d <= Duration::from_secs(3)));
    }

    #[test]
    fn jitter_stays_within_one_delay() {
        for d in RetryPolicy::new().with_max_attempts(4).backoff().build() {
            assert!(
                d >= Duration::from_millis(200) && d <= Duration::from_secs(10),
                "{d:?}"
            );
        }
    }

    #[test]
    fn zero_attempts_means_one() {
        assert_eq!(RetryPolicy::new().with_max_attempts(0).max_attempts(), 1);
    }

    #[test]
    fn idempotence_and_statuses() {
        for status in [408, 429, 502, 503, 504] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(may_retry_status(true, status), "{status}");
            assert!(!may_retry_status(false, status), "{status}");
        }
        for status in [400, 401, 404, 500] {
            let status = StatusCode::from_u16(status).unwrap();
            assert!(!may_retry_status(true, status), "{status}");
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h, now), None);
        h.insert(http::header::RETRY_AFTER, "7".parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(30));
        h.insert(http::header::RETRY_AFTER, date.parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(30)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        h.insert(http::header::RETRY_AFTER, past.parse().unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::ZERO));
        h.insert(http::header::RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&h, now), None);
    }
}
