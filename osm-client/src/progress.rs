//! Progress of uploads and downloads: a callback told `(transferred, total, elapsed)` at a
//! bounded rate, as the official SDKs' progress listeners are.
//!
//! ```no_run
//! use osm_client::{Attachment, Progress};
//!
//! # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
//! let attachment = Attachment::from_path("dump.zip").await?.with_progress(|p: Progress| {
//!     let percent = p.fraction().map_or(0.0, |f| f * 100.0);
//!     eprint!("\ruploaded {} bytes ({percent:.0} %) in {:.1} s", p.transferred, p.elapsed.as_secs_f64());
//! });
//! client.upload_attachment(attachment).await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::Stream;

/// How far a transfer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Bytes transferred so far: handed to the connection (uploads) or received (downloads).
    pub transferred: u64,
    /// The size, when known (uploads always; downloads when the answer has a
    /// `Content-Length`).
    pub total: Option<u64>,
    /// Time since the transfer started.
    pub elapsed: Duration,
}

impl Progress {
    /// Time between two callbacks unless changed with `with_progress_interval`: at most ten
    /// calls a second, plus the last one.
    pub const DEFAULT_INTERVAL: Duration = Duration::from_millis(100);

    /// `transferred / total` (0.0 to 1.0), when the total is known and not zero.
    pub fn fraction(&self) -> Option<f64> {
        self.total
            .filter(|t| *t > 0)
            .map(|t| self.transferred as f64 / t as f64)
    }

    /// True when everything was transferred (the total is known and reached).
    pub fn is_done(&self) -> bool {
        self.total.is_some_and(|t| self.transferred >= t)
    }
}

/// The progress callback and interval set on an attachment or a download, in either order:
/// the interval is kept until the transfer starts, whether or not a callback was set yet.
#[derive(Clone, Default)]
pub(crate) struct ProgressOptions {
    callback: Option<Arc<dyn Fn(Progress) + Send + Sync>>,
    interval: Option<Duration>,
}

impl ProgressOptions {
    pub(crate) fn set_callback(&mut self, callback: impl Fn(Progress) + Send + Sync + 'static) {
        self.callback = Some(Arc::new(callback));
    }

    pub(crate) fn set_interval(&mut self, interval: Duration) {
        self.interval = Some(interval);
    }

    /// The sink to count the transfer with, when a callback was set.
    pub(crate) fn sink(self) -> Option<ProgressSink> {
        let callback = self.callback?;
        Some(ProgressSink {
            callback,
            interval: self.interval.unwrap_or(Progress::DEFAULT_INTERVAL),
        })
    }
}

impl fmt::Debug for ProgressOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProgressOptions")
            .field("callback", &self.callback.is_some())
            .field("interval", &self.interval)
            .finish()
    }
}

/// A progress callback and how often it may be called.
#[derive(Clone)]
pub(crate) struct ProgressSink {
    callback: Arc<dyn Fn(Progress) + Send + Sync>,
    interval: Duration,
}

impl ProgressSink {
    /// Counts the chunks of `stream` as they pass.
    pub(crate) fn count<S>(self, total: Option<u64>, stream: S) -> Counted<S> {
        Counted {
            inner: stream,
            reporter: Reporter {
                sink: self,
                total,
                started: Instant::now(),
                transferred: 0,
                last_call: None,
                reported: None,
            },
        }
    }
}

impl fmt::Debug for ProgressSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProgressSink")
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

/// Calls the callback: after the first chunk, then at most once per interval, and always
/// once more at the end (when the total is reached or the stream ends) with the final count.
struct Reporter {
    sink: ProgressSink,
    total: Option<u64>,
    started: Instant,
    transferred: u64,
    last_call: Option<Instant>,
    /// The count last reported.
    reported: Option<u64>,
}

impl Reporter {
    fn advance(&mut self, n: usize) {
        self.transferred = self.transferred.saturating_add(n as u64);
        let now = Instant::now();
        let due = self
            .last_call
            .is_none_or(|last| now.saturating_duration_since(last) >= self.sink.interval);
        let done = self.total.is_some_and(|t| self.transferred >= t);
        if due || done {
            self.call(now);
        }
    }

    fn finish(&mut self) {
        if self.reported != Some(self.transferred) {
            self.call(Instant::now());
        }
    }

    fn call(&mut self, now: Instant) {
        if self.reported == Some(self.transferred) {
            return;
        }
        self.last_call = Some(now);
        self.reported = Some(self.transferred);
        (self.sink.callback)(Progress {
            transferred: self.transferred,
            total: self.total,
            elapsed: now.saturating_duration_since(self.started),
        });
    }
}

/// A stream of byte chunks that reports its progress.
pub(crate) struct Counted<S> {
    inner: S,
    reporter: Reporter,
}

impl<S: Unpin> Unpin for Counted<S> {}

impl<S, E> Stream for Counted<S>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    type Item = Result<Bytes, E>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_next(cx);
        match &polled {
            Poll::Ready(Some(Ok(chunk))) => this.reporter.advance(chunk.len()),
            Poll::Ready(None) => this.reporter.finish(),
            Poll::Ready(Some(Err(_))) | Poll::Pending => {}
        }
        polled
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Mutex;

    use futures::StreamExt;

    use super::*;

    fn chunks(n: usize, size: usize) -> impl Stream<Item = Result<Bytes, ()>> + Unpin {
        futures::stream::iter((0..n).map(move |_| Ok(Bytes::from(vec![0u8; size]))))
    }

    fn collect(interval: Duration, total: Option<u64>, n: usize) -> Vec<Progress> {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let log = calls.clone();
        let mut options = ProgressOptions::default();
        options.set_callback(move |p| log.lock().unwrap().push(p));
        options.set_interval(interval);
        let stream = options.sink().unwrap().count(total, chunks(n, 10));
        futures::executor::block_on(stream.for_each(|_| async {}));
        calls.lock().unwrap().clone()
    }

    #[test]
    fn first_chunk_and_the_end_are_always_reported() {
        let calls = collect(Duration::MAX, Some(100), 10);
        let counts: Vec<u64> = calls.iter().map(|p| p.transferred).collect();
        assert_eq!(counts, [10, 100]);
        assert!(calls[1].is_done());
        assert_eq!(calls[1].fraction(), Some(1.0));
        // total unknown: the end of the stream is the end
        let calls = collect(Duration::MAX, None, 10);
        let counts: Vec<u64> = calls.iter().map(|p| p.transferred).collect();
        assert_eq!(counts, [10, 100]);
        assert!(!calls[1].is_done());
    }

    #[test]
    fn without_a_bound_every_chunk_is_reported_once() {
        let calls = collect(Duration::ZERO, Some(100), 10);
        let counts: Vec<u64> = calls.iter().map(|p| p.transferred).collect();
        assert_eq!(counts, (1..=10).map(|i| i * 10).collect::<Vec<_>>());
        assert!(calls.windows(2).all(|w| w[0].elapsed <= w[1].elapsed));
    }

    #[test]
    fn the_interval_applies_whether_set_before_or_after_the_callback() {
        let second = Duration::from_secs(1);
        let mut after = ProgressOptions::default();
        after.set_callback(|_| {});
        after.set_interval(second);
        let mut before = ProgressOptions::default();
        before.set_interval(second);
        before.set_callback(|_| {});
        for options in [after, before] {
            assert_eq!(options.sink().unwrap().interval, second);
        }
        let mut default = ProgressOptions::default();
        default.set_callback(|_| {});
        assert_eq!(default.sink().unwrap().interval, Progress::DEFAULT_INTERVAL);
        // an interval alone reports nothing
        let mut no_callback = ProgressOptions::default();
        no_callback.set_interval(second);
        assert!(no_callback.sink().is_none());
    }

    #[test]
    fn an_empty_transfer_reports_once() {
        let calls = collect(Duration::ZERO, Some(0), 0);
        assert_eq!(calls.len(), 1);
        assert_eq!(calls[0].transferred, 0);
    }
}
