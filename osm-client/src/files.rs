//! Attachments: uploading from a path, bytes or a stream (checked against the service's
//! published limits first), and downloading attachments, images and case exports as a byte
//! stream that goes to a file without being held in memory.

use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::{Stream, StreamExt, TryStreamExt};
use http::{HeaderMap, StatusCode};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::Client;
use crate::error::{Error, TransportError};
use crate::progress::{Progress, ProgressOptions};
use crate::response::request_id;

/// Chunk size of in-memory uploads that report progress.
const PROGRESS_CHUNK: usize = 64 * 1024;

type ChunkStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send + Sync>>;

/// A file to upload with [`Client::upload_attachment`] (or [`Client::open_case`]); its
/// progress can be followed with [`with_progress`](Self::with_progress).
#[derive(Debug)]
pub struct Attachment {
    file_name: String,
    len: u64,
    source: Source,
    form_data: String,
    /// `form_data` is the default one (set by `new`, not by the caller).
    default_form_data: bool,
    progress: ProgressOptions,
}

enum Source {
    Bytes(Bytes),
    Stream(ChunkStream),
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
            Source::Stream(_) => f.write_str("Stream"),
        }
    }
}

impl Attachment {
    /// The contents of a local file, streamed from disk (never read into memory whole).
    pub async fn from_path(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let file = tokio::fs::File::open(path)
            .await
            .map_err(|e| file_error("could not open", path, e))?;
        let len = file
            .metadata()
            .await
            .map_err(|e| file_error("could not read the size of", path, e))?
            .len();
        Ok(Self::from_file(path, file, len))
    }

    /// [`from_path`](Self::from_path) for code without an async runtime (the blocking
    /// client): opens the file at once, streams it when sent.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let file = std::fs::File::open(path).map_err(|e| file_error("could not open", path, e))?;
        let len = file
            .metadata()
            .map_err(|e| file_error("could not read the size of", path, e))?
            .len();
        Ok(Self::from_file(path, tokio::fs::File::from_std(file), len))
    }

    fn from_file(path: &Path, file: tokio::fs::File, len: u64) -> Self {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "attachment".to_owned());
        let stream = tokio_util::io::ReaderStream::new(file);
        Self::new(file_name, len, Source::Stream(Box::pin(stream)))
    }

    /// In-memory contents.
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let bytes: Bytes = bytes.into();
        let len = bytes.len() as u64;
        Self::new(file_name.into(), len, Source::Bytes(bytes))
    }

    /// Contents from a stream of chunks; `len` is the total size, checked against the
    /// service's size limit before anything is sent.
    pub fn from_stream<S>(file_name: impl Into<String>, len: u64, stream: S) -> Self
    where
        S: Stream<Item = std::io::Result<Bytes>> + Send + Sync + 'static,
    {
        Self::new(file_name.into(), len, Source::Stream(Box::pin(stream)))
    }

    fn new(file_name: String, len: u64, source: Source) -> Self {
        Attachment {
            form_data: default_form_data("message", &file_name),
            default_form_data: true,
            file_name,
            len,
            source,
            progress: ProgressOptions::default(),
        }
    }

    /// Calls `callback` with the upload's [`Progress`] (bytes handed to the connection, of
    /// [`len`](Self::len)): after the first chunk, then at most every
    /// [`Progress::DEFAULT_INTERVAL`], and once at the end.
    pub fn with_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress.set_callback(callback);
        self
    }

    /// The least time between two progress callbacks (default
    /// [`Progress::DEFAULT_INTERVAL`]; the last one always comes), before or after
    /// [`with_progress`](Self::with_progress).
    pub fn with_progress_interval(mut self, interval: Duration) -> Self {
        self.progress.set_interval(interval);
        self
    }

    /// The `form_data` part describing the upload (JSON text; default
    /// `{"accessFrom":"message","fileName":"<name>"}`, with `"incident"` for
    /// [`Client::open_case`]).
    pub fn with_form_data(mut self, form_data: impl Into<String>) -> Self {
        self.form_data = form_data.into();
        self.default_form_data = false;
        self
    }

    /// An attachment of a new case: the default `form_data` says `"accessFrom":"incident"`.
    pub(crate) fn for_case(mut self) -> Self {
        if self.default_form_data {
            self.form_data = default_form_data("incident", &self.file_name);
        }
        self
    }

    /// The file name sent with the content.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The size in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True for an empty file.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The `form_data` text describing the upload.
    pub fn form_data(&self) -> &str {
        &self.form_data
    }

    /// The file part of a multipart body (its length known, so the body has a
    /// `Content-Length`).
    pub(crate) fn into_part(self) -> reqwest::multipart::Part {
        use reqwest::multipart::Part;
        let total = Some(self.len);
        let part = match (self.source, self.progress.sink()) {
            (Source::Bytes(bytes), None) => Part::stream_with_length(bytes, self.len),
            (Source::Bytes(bytes), Some(sink)) => {
                let chunks = (0..bytes.len()).step_by(PROGRESS_CHUNK).map(move |at| {
                    Ok::<_, std::io::Error>(bytes.slice(at..(at + PROGRESS_CHUNK).min(bytes.len())))
                });
                let counted = sink.count(total, futures::stream::iter(chunks));
                Part::stream_with_length(reqwest::Body::wrap_stream(counted), self.len)
            }
            (Source::Stream(stream), None) => {
                Part::stream_with_length(reqwest::Body::wrap_stream(stream), self.len)
            }
            (Source::Stream(stream), Some(sink)) => Part::stream_with_length(
                reqwest::Body::wrap_stream(sink.count(total, stream)),
                self.len,
            ),
        };
        part.file_name(self.file_name)
    }
}

fn file_error(action: &'static str, path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        action,
        path: path.display().to_string(),
        source,
    }
}

fn default_form_data(access_from: &str, file_name: &str) -> String {
    serde_json::json!({ "accessFrom": access_from, "fileName": file_name }).to_string()
}

/// The limits `show_accessory_limits` publishes, as far as they could be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Limits {
    max_bytes: Option<u64>,
    /// Allowed extensions, lower case, without dots.
    file_types: Vec<String>,
}

impl Limits {
    pub(crate) fn parse(size_mb: Option<&str>, file_types: Option<&str>) -> Self {
        Limits {
            max_bytes: size_mb
                .and_then(|s| s.trim().parse::<f64>().ok())
                .filter(|mb| *mb > 0.0)
                .map(|mb| (mb * 1024.0 * 1024.0) as u64),
            file_types: file_types
                .unwrap_or("")
                .split([',', ';', ' '])
                .map(|t| t.trim().trim_start_matches('.').to_ascii_lowercase())
                .filter(|t| !t.is_empty())
                .collect(),
        }
    }

    pub(crate) fn check(&self, file_name: &str, len: u64) -> Result<(), Error> {
        if let Some(max) = self.max_bytes
            && len > max
        {
            return Err(Error::AttachmentRejected(format!(
                "{file_name} is {len} bytes; the service accepts at most {max} bytes"
            )));
        }
        if !self.file_types.is_empty() {
            let ext = Path::new(file_name)
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if !self.file_types.contains(&ext) {
                return Err(Error::AttachmentRejected(format!(
                    "{file_name}: type {ext:?} is not accepted; allowed: {}",
                    self.file_types.join(", ")
                )));
            }
        }
        Ok(())
    }
}

impl Client {
    /// Uploads an attachment and returns its id (to use in `create_cases` or
    /// `create_messages`). The size and file type are first checked against
    /// `show_accessory_limits`; a file that breaks them is rejected before it is sent.
    pub async fn upload_attachment(&self, attachment: Attachment) -> Result<String, Error> {
        self.accessory_limits()
            .await?
            .check(&attachment.file_name, attachment.len)?;
        self.upload_unchecked(attachment).await
    }

    /// Uploads without checking the limits first; returns the accessory id.
    pub(crate) async fn upload_unchecked(&self, attachment: Attachment) -> Result<String, Error> {
        let form_data = attachment.form_data.clone();
        let uploaded = self
            .upload_accessory()
            .file(attachment)
            .form_data(form_data)
            .send()
            .await?;
        match uploaded.accessory_id() {
            Some(id) => Ok(id.to_owned()),
            None => Err(Error::Decode {
                status: Some(uploaded.http_status()),
                request_id: uploaded.request_id().map(str::to_owned),
                message: "the upload answer carries no accessory_id".into(),
            }),
        }
    }
}

/// A downloaded file: the answer's status and headers, and a stream of its bytes that is
/// read only as it is consumed (to a file with [`save`](Self::save), to any writer, or whole
/// with [`bytes`](Self::bytes)). Every download operation's `send()` returns one.
pub struct Download {
    status: StatusCode,
    headers: HeaderMap,
    file_name: Option<String>,
    stream: ByteStream,
    progress: ProgressOptions,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field("content_length", &self.content_length())
            .field("content_type", &self.content_type())
            .field("file_name", &self.file_name)
            .finish_non_exhaustive()
    }
}

/// The bytes of a download, chunk by chunk (a `Stream` of `Result<Bytes, Error>`).
pub struct ByteStream(Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>);

impl ByteStream {
    pub(crate) fn new<S>(stream: S) -> Self
    where
        S: Stream<Item = reqwest::Result<Bytes>> + Send + 'static,
    {
        ByteStream(Box::pin(stream.map_err(|e| {
            Error::Transport(TransportError::from_reqwest(
                "reading the download failed",
                e,
            ))
        })))
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.as_mut().poll_next(cx)
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ByteStream")
    }
}

impl Download {
    pub(crate) fn new<S>(status: StatusCode, headers: HeaderMap, stream: S) -> Self
    where
        S: Stream<Item = reqwest::Result<Bytes>> + Send + 'static,
    {
        let file_name = headers
            .get(http::header::CONTENT_DISPOSITION)
            .and_then(|v| v.to_str().ok())
            .and_then(disposition_file_name);
        Download {
            status,
            headers,
            file_name,
            stream: ByteStream::new(stream),
            progress: ProgressOptions::default(),
        }
    }

    /// Calls `callback` with the download's [`Progress`] (bytes received, of
    /// [`content_length`](Self::content_length) when known) as it is consumed: after the first
    /// chunk, then at most every [`Progress::DEFAULT_INTERVAL`], and once at the end.
    pub fn with_progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress.set_callback(callback);
        self
    }

    /// The least time between two progress callbacks (default
    /// [`Progress::DEFAULT_INTERVAL`]; the last one always comes), before or after
    /// [`with_progress`](Self::with_progress).
    pub fn with_progress_interval(mut self, interval: Duration) -> Self {
        self.progress.set_interval(interval);
        self
    }

    /// The HTTP status (a 2xx).
    pub fn http_status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// `X-Request-Id`: quote it to Huawei Cloud support.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }

    /// `Content-Length`, when the service sent it.
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse().ok())
    }

    /// `Content-Type`, when the service sent it.
    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// The file name from `Content-Disposition`, when the service sent one.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The bytes, chunk by chunk (reporting progress when asked).
    pub fn into_stream(self) -> ByteStream {
        let total = self.content_length();
        match self.progress.sink() {
            Some(sink) => ByteStream(Box::pin(sink.count(total, self.stream))),
            None => self.stream,
        }
    }

    /// Writes every byte to `writer` chunk by chunk; returns the number of bytes written.
    pub async fn write_to<W: AsyncWrite + Unpin>(self, writer: &mut W) -> Result<u64, Error> {
        let mut written = 0u64;
        let mut stream = self.into_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            writer.write_all(&chunk).await.map_err(|source| Error::Io {
                action: "could not write the download to",
                path: "the writer".into(),
                source,
            })?;
            written += chunk.len() as u64;
        }
        writer.flush().await.map_err(|source| Error::Io {
            action: "could not flush the download to",
            path: "the writer".into(),
            source,
        })?;
        Ok(written)
    }

    /// Streams the download into the file at `path` (written to `<path>.part`, then renamed,
    /// so a failed download never leaves a truncated file under the final name); returns
    /// the number of bytes written.
    pub async fn save(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        let mut part = PathBuf::from(path.as_os_str());
        part.as_mut_os_string().push(".part");
        let io = |action, p: &Path, source| Error::Io {
            action,
            path: p.display().to_string(),
            source,
        };
        let mut file = tokio::fs::File::create(&part)
            .await
            .map_err(|e| io("could not create", &part, e))?;
        let result = self.write_to(&mut file).await;
        drop(file);
        match result {
            Ok(n) => {
                tokio::fs::rename(&part, path)
                    .await
                    .map_err(|e| io("could not move the download to", path, e))?;
                Ok(n)
            }
            Err(e) => {
                let _ = tokio::fs::remove_file(&part).await;
                Err(e)
            }
        }
    }

    /// Collects the whole download in memory (for small files).
    pub async fn bytes(self) -> Result<Bytes, Error> {
        let capacity = self.content_length().unwrap_or(0).min(1 << 24) as usize;
        let mut out = Vec::with_capacity(capacity);
        self.write_to(&mut out).await?;
        Ok(out.into())
    }
}

/// `filename="a.txt"` or `filename*=UTF-8''a%20b.txt` from a `Content-Disposition` value.
fn disposition_file_name(value: &str) -> Option<String> {
    let mut plain = None;
    for param in value.split(';').map(str::trim) {
        if let Some(v) = param.strip_prefix("filename*=") {
            let encoded = v.rsplit("''").next().unwrap_or(v);
            return Some(
                percent_encoding::percent_decode_str(encoded)
                    .decode_utf8_lossy()
                    .into_owned(),
            );
        }
        if let Some(v) = param.strip_prefix("filename=") {
            plain = Some(v.trim_matches('"').to_owned());
        }
    }
    plain
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn limits_parse_and_check() {
        let l = Limits::parse(Some("10"), Some("jpg,PNG, txt ,.log"));
        assert_eq!(l.max_bytes, Some(10 * 1024 * 1024));
        assert!(l.check("a.txt", 10).is_ok());
        assert!(l.check("shot.png", 10).is_ok());
        assert!(l.check("a.log", 10 * 1024 * 1024).is_ok());
        let too_big = l.check("a.txt", 10 * 1024 * 1024 + 1).unwrap_err();
        assert!(matches!(too_big, Error::AttachmentRejected(_)));
        assert!(too_big.to_string().contains("at most 10485760 bytes"));
        let bad_type = l.check("a.exe", 1).unwrap_err().to_string();
        assert!(bad_type.contains("\"exe\" is not accepted"), "{bad_type}");
        assert!(l.check("noext", 1).is_err());
        // unreadable limits check nothing
        let none = Limits::parse(Some("lots"), None);
        assert!(none.check("a.exe", u64::MAX).is_ok());
    }

    #[test]
    fn disposition() {
        assert_eq!(
            disposition_file_name(r#"attachment; filename="log.txt""#).as_deref(),
            Some("log.txt")
        );
        assert_eq!(
            disposition_file_name("attachment; filename=\"x\"; filename*=UTF-8''a%20b.txt")
                .as_deref(),
            Some("a b.txt")
        );
        assert_eq!(disposition_file_name("inline"), None);
    }

    /// The counts a download of ten 10-byte chunks reports, with the interval set before or
    /// after the callback.
    async fn download_counts(interval_first: bool, interval: Duration) -> Vec<u64> {
        let calls = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = calls.clone();
        let callback = move |p: Progress| log.lock().unwrap().push(p.transferred);
        let chunks = (0..10).map(|_| Ok::<_, reqwest::Error>(Bytes::from(vec![0u8; 10])));
        let download = Download::new(
            StatusCode::OK,
            HeaderMap::new(),
            futures::stream::iter(chunks),
        );
        let download = if interval_first {
            download
                .with_progress_interval(interval)
                .with_progress(callback)
        } else {
            download
                .with_progress(callback)
                .with_progress_interval(interval)
        };
        assert_eq!(download.bytes().await.unwrap().len(), 100);
        calls.lock().unwrap().clone()
    }

    #[tokio::test]
    async fn a_download_progress_interval_applies_in_either_order() {
        let every_chunk: Vec<u64> = (1..=10).map(|i| i * 10).collect();
        for interval_first in [false, true] {
            // no bound: every chunk (the default 100 ms would report the first and the last)
            assert_eq!(
                download_counts(interval_first, Duration::ZERO).await,
                every_chunk,
                "interval first: {interval_first}"
            );
            assert_eq!(
                download_counts(interval_first, Duration::MAX).await,
                [10, 100],
                "interval first: {interval_first}"
            );
        }
    }

    #[tokio::test]
    async fn attachment_sources() {
        let a = Attachment::from_bytes("a.txt", b"hello".to_vec());
        assert_eq!((a.file_name(), a.len()), ("a.txt", 5));
        assert!(a.form_data.contains("a.txt"));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("log.txt");
        std::fs::write(&p, vec![7u8; 1000]).unwrap();
        let f = Attachment::from_path(&p).await.unwrap();
        assert_eq!((f.file_name(), f.len()), ("log.txt", 1000));
        let missing = Attachment::from_path(dir.path().join("nope"))
            .await
            .unwrap_err();
        assert!(
            missing.to_string().starts_with("could not open"),
            "{missing}"
        );
    }
}
