//! A blocking client (feature `blocking`), for programs without an async runtime: the
//! reqwest::blocking pattern — the async client runs on a runtime of its own, on a thread of
//! its own, and each call blocks until that thread has the answer.
//!
//! It covers every operation generically: build the request with the same builders as the
//! async client (the blocking client derefs to it), then hand it to
//! [`send`](Client::send); list operations and followers become an [`Iterator`] with
//! [`iter`](Client::iter); downloads a blocking [`Download`]; any other future (a waiter,
//! `Attachment::from_path`) goes through [`block_on`](Client::block_on).
//!
//! ```no_run
//! use osm_client::types::{CaseAction, CaseStatus};
//!
//! # fn main() -> osm_client::Result<()> {
//! let client = osm_client::blocking::Client::from_env()?;
//! let case = client.send(
//!     client
//!         .create_cases()
//!         .business_type_id("bt-consult")
//!         .simple_description("How do I resize a cloud disk?")
//!         .source_id("83"),
//! )?;
//! let id = case.incident_id().unwrap_or_default().to_owned();
//! for case in client.iter(client.list_cases().status(CaseStatus::Processing)) {
//!     println!("{:?}", case?.incident_id());
//! }
//! client.send(client.update_cases().case_id(&id).action_id(CaseAction::Close))?;
//! # Ok(()) }
//! ```
//!
//! Calling it from inside an async runtime (where blocking would stall the runtime) is an
//! [`Error::Blocking`] saying so, never a panic; use the async [`crate::Client`] there. Tokio
//! does not tell its blocking-pool threads from its workers, so a
//! `tokio::task::spawn_blocking` closure gets that error too: there, block on the async client
//! with `tokio::runtime::Handle::current().block_on(..)` (allowed on those threads), or call
//! the blocking client from a `std::thread`.

use std::fmt;
use std::future::Future;
use std::io::Write;
use std::ops::Deref;
use std::path::Path;
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

use bytes::Bytes;
use futures::StreamExt;
use tokio::sync::oneshot;

use crate::error::Error;
use crate::files::ByteStream;
use crate::{Attachment, ClientBuilder, IntoItemStream, ItemStream, Operation, Progress};

/// The blocking client: an async [`crate::Client`] (which it derefs to, for the request
/// builders) and the runtime thread that sends what it is given. Cloning is cheap; the
/// runtime stops when the last clone (and the last iterator or download) is dropped.
#[derive(Clone)]
pub struct Client {
    inner: crate::Client,
    runtime: Arc<Runtime>,
}

impl Client {
    /// Runs `client` on a runtime of its own (a thread named `osm-client-blocking`).
    pub fn new(client: crate::Client) -> Result<Client, Error> {
        Ok(Client {
            inner: client,
            runtime: Arc::new(Runtime::start()?),
        })
    }

    /// [`crate::Client::from_env`], blocking.
    pub fn from_env() -> Result<Client, Error> {
        Client::new(crate::Client::from_env()?)
    }

    /// The async client the builders come from.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }

    /// Sends a request built with any builder (`client.show_case_detail().case_id(id)`, a
    /// waiter, `open_case`) and blocks until its answer.
    pub fn send<O: Operation>(&self, request: O) -> Result<O::Output, Error> {
        self.runtime.run("send", request.send())?
    }

    /// The items of a list operation (every page, fetched as the iterator is advanced) or the
    /// events of a [`follow_case`](crate::Client::follow_case), as an `Iterator`.
    pub fn iter<S: IntoItemStream>(&self, request: S) -> Iter<S::Item> {
        Iter {
            stream: Some(request.into_stream()),
            runtime: self.runtime.clone(),
        }
    }

    /// Sends a download request and returns the file, to [`save`](Download::save) or read.
    pub fn download<O>(&self, request: O) -> Result<Download, Error>
    where
        O: Operation<Output = crate::Download>,
    {
        let download = self.send(request)?;
        Ok(Download {
            inner: download,
            runtime: self.runtime.clone(),
        })
    }

    /// [`crate::Client::upload_attachment`], blocking (open files with
    /// [`Attachment::open`]).
    pub fn upload_attachment(&self, attachment: Attachment) -> Result<String, Error> {
        let client = self.inner.clone();
        self.runtime.run("upload_attachment", async move {
            client.upload_attachment(attachment).await
        })?
    }

    /// Runs any future on the client's runtime and blocks until it is done.
    pub fn block_on<F>(&self, future: F) -> Result<F::Output, Error>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        self.runtime.run("block_on", future)
    }
}

impl Deref for Client {
    type Target = crate::Client;

    fn deref(&self) -> &crate::Client {
        &self.inner
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Client")
            .field(&self.inner)
            .finish()
    }
}

impl ClientBuilder {
    /// Builds a [`blocking::Client`](Client) (feature `blocking`).
    pub fn build_blocking(self) -> Result<Client, Error> {
        Client::new(self.build()?)
    }
}

/// A blocking iterator over a stream of items: `next()` blocks until the next item, fetching
/// pages (or polling a followed case) on the client's runtime. An error is an item; the
/// iterator ends where the stream ends.
pub struct Iter<T> {
    stream: Option<ItemStream<T>>,
    runtime: Arc<Runtime>,
}

impl<T: Send + 'static> Iterator for Iter<T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        self.stream.as_ref()?;
        if let Err(e) = Runtime::check("Iter::next") {
            return Some(Err(e)); // the stream is kept: outside the runtime, next() works
        }
        let mut stream = self.stream.take()?;
        match self.runtime.run("Iter::next", async move {
            let item = stream.next().await;
            (stream, item)
        }) {
            Ok((stream, item)) => {
                if item.is_some() {
                    self.stream = Some(stream);
                }
                item
            }
            Err(e) => Some(Err(e)),
        }
    }
}

impl<T> fmt::Debug for Iter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Iter")
            .field("done", &self.stream.is_none())
            .finish()
    }
}

/// A downloaded file for blocking code: [`save`](Self::save) it, take its
/// [`bytes`](Self::bytes), or [`write_to`](Self::write_to) any `std::io::Write`. Derefs to the
/// async [`crate::Download`] for its status, headers and file name.
pub struct Download {
    inner: crate::Download,
    runtime: Arc<Runtime>,
}

impl Download {
    /// Reports progress to `callback` as the file is read (see
    /// [`crate::Download::with_progress`]).
    pub fn with_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.inner = self.inner.with_progress(callback);
        self
    }

    /// The least time between two progress callbacks (see
    /// [`crate::Download::with_progress_interval`]).
    pub fn with_progress_interval(mut self, interval: std::time::Duration) -> Self {
        self.inner = self.inner.with_progress_interval(interval);
        self
    }

    /// Streams the file to `path` (via `<path>.part`, renamed when complete); returns the
    /// number of bytes written.
    pub fn save(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let download = self.inner;
        let path = path.as_ref().to_owned();
        self.runtime
            .run("Download::save", async move { download.save(path).await })?
    }

    /// The whole file in memory (for small files).
    pub fn bytes(self) -> Result<Bytes, Error> {
        let download = self.inner;
        self.runtime
            .run("Download::bytes", async move { download.bytes().await })?
    }

    /// Writes the file to `writer` chunk by chunk as it arrives; returns the number of bytes
    /// written.
    pub fn write_to(self, writer: &mut impl Write) -> Result<u64, Error> {
        let mut stream: Option<ByteStream> = Some(self.inner.into_stream());
        let mut written = 0u64;
        while let Some(mut s) = stream.take() {
            let (s, chunk) = self.runtime.run("Download::write_to", async move {
                let chunk = s.next().await;
                (s, chunk)
            })?;
            let Some(chunk) = chunk else { break };
            let chunk = chunk?;
            writer.write_all(&chunk).map_err(|source| Error::Io {
                action: "could not write the download to",
                path: "the writer".into(),
                source,
            })?;
            written += chunk.len() as u64;
            stream = Some(s);
        }
        writer.flush().map_err(|source| Error::Io {
            action: "could not flush the download to",
            path: "the writer".into(),
            source,
        })?;
        Ok(written)
    }
}

impl Deref for Download {
    type Target = crate::Download;

    fn deref(&self) -> &crate::Download {
        &self.inner
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("blocking::Download")
            .field(&self.inner)
            .finish()
    }
}

/// The runtime thread: a current-thread tokio runtime blocked on a stop signal, running the
/// tasks callers spawn through its handle.
struct Runtime {
    handle: tokio::runtime::Handle,
    stop: Mutex<Option<oneshot::Sender<()>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl Runtime {
    fn start() -> Result<Runtime, Error> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| {
                Error::Config(format!(
                    "could not start the blocking client's runtime: {e}"
                ))
            })?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("osm-client-blocking".into())
            .spawn(move || {
                runtime.block_on(async {
                    let _ = stopped.await;
                });
            })
            .map_err(|e| {
                Error::Config(format!("could not start the blocking client's thread: {e}"))
            })?;
        Ok(Runtime {
            handle,
            stop: Mutex::new(Some(stop)),
            thread: Mutex::new(Some(thread)),
        })
    }

    /// An error when called inside an async runtime, where blocking would stall it.
    fn check(what: &'static str) -> Result<(), Error> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::Blocking(format!(
                "osm_client::blocking {what} was called inside an async runtime, where blocking \
                 would stall it; nothing was sent. Use the async osm_client::Client and .await \
                 there; in a tokio::task::spawn_blocking closure, block on the async client with \
                 tokio::runtime::Handle::current().block_on(..), or call the blocking client \
                 from a std::thread"
            )));
        }
        Ok(())
    }

    /// Runs `future` on the runtime thread and blocks until it is done; an error instead when
    /// called inside an async runtime, or when the runtime thread has stopped.
    fn run<F>(&self, what: &'static str, future: F) -> Result<F::Output, Error>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        Self::check(what)?;
        let (tx, rx) = mpsc::sync_channel(1);
        self.handle.spawn(async move {
            let _ = tx.send(future.await);
        });
        rx.recv().map_err(|_| {
            Error::Blocking(format!(
                "osm_client::blocking {what}: the client's runtime thread has stopped"
            ))
        })
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.lock().ok().and_then(|mut s| s.take()) {
            let _ = stop.send(());
        }
        // joining blocks: only outside async runtimes (inside one the thread ends on its own)
        if tokio::runtime::Handle::try_current().is_err()
            && let Some(thread) = self.thread.lock().ok().and_then(|mut t| t.take())
        {
            let _ = thread.join();
        }
    }
}
