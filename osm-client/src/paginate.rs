//! Paging through list operations as a `Stream` of items.
//!
//! Every list operation with `offset`/`limit` (or `page_no`/`page_size`) implements
//! [`Paginate`] on its generated builder:
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use osm_client::Paginate;
//! # async fn f(client: &osm_client::Client) -> osm_client::Result<()> {
//! let mut cases = client.list_cases().status(1).into_stream();
//! while let Some(case) = cases.try_next().await? {
//!     println!("{:?}", case.incident_id);
//! }
//! # Ok(()) }
//! ```
//!
//! Pages are fetched lazily, one when the previous one is used up; the stream ends at the
//! reported total (`total_count`/`count`), on a short page, or on an empty page. An error
//! is yielded and ends the stream; dropping the stream stops fetching. Any `offset`/`limit`
//! set on the builder is replaced by the stream's own.

use std::future::Future;
use std::pin::Pin;

use futures::{Stream, StreamExt, TryStreamExt, stream};

use crate::error::Error;
use crate::{builder, types};

/// Items per page when none is given.
pub const DEFAULT_PAGE_SIZE: u32 = 50;

/// A stream of the items of a list operation, page after page.
pub type ItemStream<'a, T> = Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>;

/// A list operation that can be read as a stream of items.
pub trait Paginate<'a>: Sized {
    /// One listed item.
    type Item: Send + 'a;

    /// The items, fetched [`DEFAULT_PAGE_SIZE`] at a time.
    fn into_stream(self) -> ItemStream<'a, Self::Item> {
        self.into_stream_with_page_size(DEFAULT_PAGE_SIZE)
    }

    /// The items, fetched `page_size` (at least 1) at a time.
    fn into_stream_with_page_size(self, page_size: u32) -> ItemStream<'a, Self::Item>;
}

/// One fetched page.
#[derive(Debug)]
pub(crate) struct Page<T> {
    pub(crate) items: Vec<T>,
    /// The total the service reported, if any.
    pub(crate) total: Option<i32>,
}

/// How a list operation addresses pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Addressing {
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

/// Turns `fetch(position, page_size)` into a lazily fetched stream of items.
pub(crate) fn paged<'a, T, F, Fut>(
    addressing: Addressing,
    page_size: u32,
    fetch: F,
) -> ItemStream<'a, T>
where
    T: Send + 'a,
    F: Fn(i32, i32) -> Fut + Send + Sync + 'a,
    Fut: Future<Output = Result<Page<T>, Error>> + Send + 'a,
{
    let size = i32::try_from(page_size.max(1)).unwrap_or(i32::MAX);
    let start = Cursor {
        position: match addressing {
            Addressing::Offset => 0,
            Addressing::PageNumber => 1,
        },
        fetched: 0,
        done: false,
    };
    let pages = stream::try_unfold((start, fetch), move |(mut cursor, fetch)| async move {
        if cursor.done {
            return Ok::<_, Error>(None);
        }
        let page = fetch(cursor.position, size).await?;
        let got = page.items.len();
        cursor.fetched += got as i64;
        cursor.done = got == 0
            || match page.total {
                Some(total) => cursor.fetched >= i64::from(total),
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

macro_rules! paginate {
    ($builder:ident, $item:ident, $list:ident, $total:ident, offset) => {
        paginate!(@impl $builder, $item, $list, $total, Offset, offset, limit);
    };
    ($builder:ident, $item:ident, $list:ident, $total:ident, page) => {
        paginate!(@impl $builder, $item, $list, $total, PageNumber, page_no, page_size);
    };
    (@impl $builder:ident, $item:ident, $list:ident, $total:ident, $mode:ident, $pos:ident, $size:ident) => {
        impl<'a> Paginate<'a> for builder::$builder<'a> {
            type Item = types::$item;

            fn into_stream_with_page_size(self, page_size: u32) -> ItemStream<'a, Self::Item> {
                paged(Addressing::$mode, page_size, move |position, size| {
                    let request = self.clone().$pos(position).$size(size);
                    async move {
                        let page = request.send().await?.into_inner();
                        Ok(Page {
                            items: page.$list,
                            total: page.$total,
                        })
                    }
                })
            }
        }
    };
}

paginate!(
    ListAuthorizations,
    IncidentOrderAuthV2,
    incident_auth_list,
    count,
    offset
);
paginate!(
    ListCaseOperateLogs,
    IncidentOperateLogV2,
    incident_operate_log_list,
    total_count,
    offset
);
paginate!(
    ListCases,
    IncidentInfoV2,
    incident_info_list,
    total_count,
    offset
);
paginate!(
    ListDiagnoseRecords,
    DiagnoseRecordVo,
    records,
    total_count,
    page
);
paginate!(
    ListHasVerifiedContacts,
    ContactV2,
    contact_list,
    count,
    offset
);
paginate!(
    ListHistoryOperateLogs,
    OperateLog,
    ops_list,
    total_count,
    offset
);
paginate!(
    ListHistorySessions,
    OperateHistorySession,
    session_list,
    total_count,
    offset
);
paginate!(ListLabels, CaseLabelInfo, label_list, total_count, offset);
paginate!(
    ListMessages,
    QueryMessageInfoV2,
    message_list,
    count,
    offset
);
paginate!(
    ListOrderIncident,
    IncidentInfo,
    incident_info_list,
    total_count,
    page
);
paginate!(
    ListTransportHistories,
    FileOperateLog,
    file_ops_list,
    total_count,
    offset
);

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
    ) -> (ItemStream<'static, i32>, CallLog) {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let log = calls.clone();
        let s = paged(addressing, page_size, move |pos, size| {
            log.lock().unwrap().push((pos, size));
            let size = size.min(cap);
            let start = match addressing {
                Addressing::Offset => pos,
                Addressing::PageNumber => (pos - 1) * size,
            };
            let items: Vec<i32> = (start..(start + size).min(n)).collect();
            async move {
                Ok(Page {
                    items,
                    total: report_total.then_some(n),
                })
            }
        });
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
    async fn errors_surface_and_end_the_stream() {
        let n = Arc::new(Mutex::new(0));
        let s = paged(Addressing::Offset, 2, move |pos, _| {
            let mut k = n.lock().unwrap();
            *k += 1;
            let fail = *k == 2;
            async move {
                if fail {
                    Err(Error::InvalidRequest("boom".into()))
                } else {
                    Ok(Page {
                        items: vec![pos, pos + 1],
                        total: Some(10),
                    })
                }
            }
        });
        let all: Vec<Result<i32, Error>> = s.collect().await;
        assert_eq!(all.len(), 3);
        assert!(all[2].is_err());
    }
}
