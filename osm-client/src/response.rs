//! [`Response`]: a decoded answer with its HTTP status and headers.

use std::ops::{Deref, DerefMut};

use http::{HeaderMap, StatusCode};

/// A decoded answer: derefs to the response model `T`, and keeps the HTTP status and headers.
///
/// ```no_run
/// # async fn f(client: osm_client::Client) -> osm_client::Result<()> {
/// let case = client.show_case_detail().case_id("CS2026").send().await?;
/// let detail = case.incident_detail_info();        // the model's accessors, through Deref
/// println!("{:?} {:?}", detail, case.request_id()); // the answer's request id
/// let model = case.into_inner();                   // the model itself
/// # Ok(()) }
/// ```
///
/// The HTTP status is [`http_status`](Self::http_status), not `status()`: several OSM models
/// have a `status` field of their own (`show_case_status().send().await?.status()` is the
/// case's status).
#[derive(Clone)]
pub struct Response<T> {
    inner: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> Response<T> {
    pub(crate) fn new(inner: T, status: StatusCode, headers: HeaderMap) -> Self {
        Response {
            inner,
            status,
            headers,
        }
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

    /// The model.
    pub fn inner(&self) -> &T {
        &self.inner
    }

    /// The model, without status and headers.
    pub fn into_inner(self) -> T {
        self.inner
    }

    /// The model, the status and the headers.
    pub fn into_parts(self) -> (T, StatusCode, HeaderMap) {
        (self.inner, self.status, self.headers)
    }
}

/// The `X-Request-Id` header, when it is text.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<&str> {
    headers.get("x-request-id").and_then(|v| v.to_str().ok())
}

impl<T> Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("request_id", &self.request_id())
            .field("inner", &self.inner)
            .finish()
    }
}
