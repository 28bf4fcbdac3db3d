//! Paging through list operations as a `Stream` of items.
//!
//! Every list operation the spec marks with `x-osm-pagination` gets `into_stream()` on its
//! builder:
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use osm_client::types::CaseStatus;
//! # async fn f(client: &osm_client::Client) -> osm_client::Result<()> {
//! let mut cases = client.list_cases().status(CaseStatus::Processing).into_stream();
//! while let Some(case) = cases.try_next().await? {
//!     println!("{:?}", case.incident_id());
//! }
//! # Ok(()) }
//! ```
//!
//! Pages are fetched lazily, one when the previous one is used up, starting at the builder's
//! offset (or page number) if one was set and with its page size (default
//! [`DEFAULT_PAGE_SIZE`]). The stream ends at the reported total (`total_count`/`count`), on a
//! short page, or on an empty page. An error is yielded and ends the stream; dropping the
//! stream stops fetching. The stream is `'static`: it owns a clone of the client.

use std::future::Future;
use std::pin::Pin;

use futures::{Stream, StreamExt, TryStreamExt, stream};

use crate::error::Error;

/// Items per page when the builder sets none.
pub const DEFAULT_PAGE_SIZE: i32 = 50;

/// A stream of the items of a list operation, page after page.
pub type ItemStream<T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'static>>;

/// One fetched page.
#[derive(Debug)]
pub(crate) struct Page<T> {
    items: Vec<T>,
    /// The total the service reported, if any.
    total: Option<i64>,
}

impl<T> Page<T> {
    pub(crate) fn new(items: Vec<T>, total: Option<impl Into<i64>>) -> Self {
        Page {
            items,
            total: total.map(Into::into),
        }
    }
}

/// How a list operation addresses pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Addressing {
    /// `offset` counts items from 0.
    Offset,
    /// `page_no` counts pages from 1.
    PageNumber,
}

struct Cursor {
    /// The offset or page number of the next page.
    position: i32,
    fetched: i64,
    done: bool,
}

/// Items of an `offset`/`limit` list, from `start` (default 0), `size` per page.
pub(crate) fn offset_stream<T, F, Fut>(
    start: Option<i32>,
    size: Option<i32>,
    fetch: F,
) -> ItemStream<T>
where
    T: Send + 'static,
    F: Fn(i32, i32) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Page<T>, Error>> + Send + 'static,
{
    paged(Addressing::Offset, start.unwrap_or(0).max(0), size, fetch)
}

/// Items of a `page_no`/`page_size` list, from page `start` (default 1), `size` per page.
pub(crate) fn page_stream<T, F, Fut>(
    start: Option<i32>,
    size: Option<i32>,
    fetch: F,
) -> ItemStream<T>
where
    T: Send + 'static,
    F: Fn(i32, i32) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Page<T>, Error>> + Send + 'static,
{
    paged(
        Addressing::PageNumber,
        start.unwrap_or(1).max(1),
        size,
        fetch,
    )
}

/// Turns `fetch(position, page_size)` into a lazily fetched stream of items.
fn paged<T, F, Fut>(
    addressing: Addressing,
    start: i32,
    size: Option<i32>,
    fetch: F,
) -> ItemStream<T>
where
    T: Send + 'static,
    F: Fn(i32, i32) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Page<T>, Error>> + Send + 'static,
{
    let size = size.unwrap_or(DEFAULT_PAGE_SIZE).max(1);
    let first = Cursor {
        position: start,
        fetched: 0,
        done: false,
    };
    let pages = stream::try_unfold((first, fetch), move |(mut cursor, fetch)| async move {
        if cursor.done {
            return Ok::<_, Error>(None);
        }
        let page = fetch(cursor.position, size).await?;
        let got = page.items.len();
        cursor.fetched += got as i64;
        let start_offset = match addressing {
            // what the total counts from: items before the first page are not fetched
            Addressing::Offset => i64::from(start),
            Addressing::PageNumber => i64::from(start - 1) * i64::from(size),
        };
        cursor.done = got == 0
            || match page.total {
                Some(total) => start_offset + cursor.fetched >= total,
                None => got < size as usize,
            };
        cursor.position = match addressing {
            Addressing::Offset => cursor.position.saturating_add(got as i32),
            Addressing::PageNumber => cursor.position.saturating_add(1),
        };
        Ok(Some((
            stream::iter(page.items.into_iter().map(Ok)),
            (cursor, fetch),
        )))
    });
    pages.try_flatten().boxed()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::{Arc, Mutex};

    use super::*;

    type CallLog = Arc<Mutex<Vec<(i32, i32)>>>;

    /// A fake list of `n` items that reports `total` (or not) and caps pages at `cap`.
    fn fake(
        n: i32,
        report_total: bool,
        cap: i32,
        addressing: Addressing,
        page_size: u32,
    ) -> (ItemStream<i32>, CallLog) {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let log = calls.clone();
        let start = match addressing {
            Addressing::Offset => 0,
            Addressing::PageNumber => 1,
        };
        let s = paged(
            addressing,
            start,
            Some(page_size as i32),
            move |pos, size| {
                log.lock().unwrap().push((pos, size));
                let size = size.min(cap);
                let start = match addressing {
                    Addressing::Offset => pos,
                    Addressing::PageNumber => (pos - 1) * size,
                };
                let items: Vec<i32> = (start..(start + size).min(n)).collect();
                async move { Ok(Page::new(items, report_total.then_some(n))) }
            },
        );
        (s, calls)
    }

    #[tokio::test]
    async fn offset_pages_stop_at_total() {
        let (s, calls) = fake(23, true, 100, Addressing::Offset, 10);
        let items: Vec<i32> = s.try_collect().await.unwrap();
        assert_eq!(items, (0..23).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10), (10, 10), (20, 10)]);
    }

    #[tokio::test]
    async fn exact_multiple_with_total_needs_no_extra_call() {
        let (s, calls) = fake(20, true, 100, Addressing::Offset, 10);
        assert_eq!(s.try_collect::<Vec<_>>().await.unwrap().len(), 20);
        assert_eq!(calls.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn server_capping_the_page_size_still_gets_everything() {
        let (s, _) = fake(23, true, 7, Addressing::Offset, 10);
        let items: Vec<i32> = s.try_collect().await.unwrap();
        assert_eq!(items, (0..23).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn without_total_a_short_page_ends() {
        let (s, calls) = fake(23, false, 100, Addressing::Offset, 10);
        assert_eq!(s.try_collect::<Vec<_>>().await.unwrap().len(), 23);
        assert_eq!(calls.lock().unwrap().len(), 3);
        let (s, calls) = fake(0, false, 100, Addressing::Offset, 10);
        assert!(s.try_collect::<Vec<_>>().await.unwrap().is_empty());
        assert_eq!(calls.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn page_numbers_start_at_one() {
        let (s, calls) = fake(25, true, 100, Addressing::PageNumber, 10);
        let items: Vec<i32> = s.try_collect().await.unwrap();
        assert_eq!(items, (0..25).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![(1, 10), (2, 10), (3, 10)]);
    }

    #[tokio::test]
    async fn lazy_and_stops_when_dropped() {
        let (mut s, calls) = fake(1000, true, 100, Addressing::Offset, 10);
        assert!(
            calls.lock().unwrap().is_empty(),
            "nothing fetched before polling"
        );
        for _ in 0..15 {
            s.try_next().await.unwrap();
        }
        drop(s);
        assert_eq!(calls.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn a_start_offset_counts_toward_the_total() {
        let calls: CallLog = Arc::default();
        let log = calls.clone();
        let s = offset_stream(Some(20), Some(10), move |pos, size| {
            log.lock().unwrap().push((pos, size));
            let items: Vec<i32> = (pos..(pos + size).min(25)).collect();
            async move { Ok(Page::new(items, Some(25))) }
        });
        let items: Vec<i32> = s.try_collect().await.unwrap();
        assert_eq!(items, (20..25).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![(20, 10)]);
    }

    #[tokio::test]
    async fn errors_surface_and_end_the_stream() {
        let n = Arc::new(Mutex::new(0));
        let s = paged(Addressing::Offset, 0, Some(2), move |pos, _| {
            let mut k = n.lock().unwrap();
            *k += 1;
            let fail = *k == 2;
            async move {
                if fail {
                    Err(Error::InvalidRequest("boom".into()))
                } else {
                    Ok(Page::new(vec![pos, pos + 1], Some(10)))
                }
            }
        });
        let all: Vec<Result<i32, Error>> = s.collect().await;
        assert_eq!(all.len(), 3);
        assert!(all[2].is_err());
    }
}
