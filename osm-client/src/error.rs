//! The one error type every osm-client call returns.
//!
//! [`Error`] says what failed and whether trying again can help. Errors the service
//! answered with carry the HTTP status, OSM's `error_code`/`error_msg` and the request id
//! (quote it to Huawei Cloud support). Errors raised before any I/O — bad configuration,
//! missing credentials, a request that could not be signed — are kinds of their own, so a
//! caller can tell "never sent" from "the service said no".
//!
//! Every generated builder's `send()` and every helper of the runtime returns this type.
//! Its `Debug` is its one-line `Display`, so a `main` returning `Result<(), osm_client::Error>`
//! prints `Error: OSM error APIGW.0301: … (HTTP 401, request id …)`; `{:#?}` shows the parts.
//!
//! ```no_run
//! # async fn f(client: &osm_client::Client) -> osm_client::Result<()> {
//! match client.show_case_detail().case_id("case-1").send().await {
//!     Ok(detail) => println!("{:?}", detail.incident_detail_info()),
//!     Err(e) if e.is_not_found() => println!("no such case"),
//!     Err(e) => return Err(e),
//! }
//! # Ok(()) }
//! ```

use std::fmt;

use http::StatusCode;

pub(crate) mod body;

pub(crate) use body::{ParsedErrorBody, parse_error_body};

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Anything that can go wrong when calling OSM.
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status (4xx/5xx).
    #[error(transparent)]
    Api(Box<ApiError>),

    /// The client configuration is invalid (endpoint URL, region, header value, timeout);
    /// nothing was sent.
    #[error("osm-client configuration error: {0}")]
    Config(String),

    /// No usable credentials were found, or they are incomplete (e.g. no domain id);
    /// nothing was sent.
    #[error("osm-client credential error: {0}")]
    Credentials(String),

    /// No identity could be had for the call: no credentials configured anywhere, a provider
    /// (IAM, the metadata service, ...) failed, or the credentials expired; nothing was sent to
    /// OSM. The source says which provider failed and how.
    #[error("osm-client could not get credentials: {0}")]
    Identity(#[source] osm_auth::identity::IdentityError),

    /// The request could not be signed; nothing was sent.
    #[error("osm-client could not sign the request: {0}")]
    Signing(String),

    /// A request argument was invalid (e.g. a header value with a line break); nothing
    /// was sent.
    #[error("invalid request: {0}")]
    InvalidRequest(String),

    /// Required inputs of an operation were not set; nothing was sent.
    #[error(
        "{operation}: required {} not set; call {} before .send() (nothing was sent)",
        .names.join(", "),
        .names.iter().map(|n| format!(".{n}(..)")).collect::<Vec<_>>().join(" and ")
    )]
    MissingInput {
        /// The operation's id (its `Client` method).
        operation: &'static str,
        /// The setters that were not called.
        names: Vec<&'static str>,
    },

    /// The request did not complete: connection refused or reset, TLS failure, timeout.
    #[error(transparent)]
    Transport(TransportError),

    /// The service answered with a success status but a body that does not decode.
    #[error("could not decode the response: {message}")]
    Decode {
        /// HTTP status of the response, when known.
        status: Option<StatusCode>,
        /// `X-Request-Id` of the response, when known.
        request_id: Option<String>,
        /// What did not decode, with an excerpt of the body.
        message: String,
    },

    /// An attachment was rejected locally, before upload, by the limits the service
    /// publishes (`show_accessory_limits`).
    #[error("attachment rejected before upload: {0}")]
    AttachmentRejected(String),

    /// [`WaitForCase`](crate::workflows::WaitForCase) gave up: the case did not satisfy the
    /// condition within the timeout.
    #[error(
        "case {case_id} is still not {condition} after {:.1} s (last status seen: {}); wait \
         longer with .timeout(..)",
        .waited.as_secs_f64(),
        .last_status.map_or_else(|| "none, the case was never read".to_owned(), |s| format!("{s:?} ({})", s.value()))
    )]
    WaitTimeout {
        /// The case waited for.
        case_id: String,
        /// What was waited for, e.g. `Completed`.
        condition: String,
        /// How long the waiter waited.
        waited: std::time::Duration,
        /// The last status read, if the case was read at all.
        last_status: Option<crate::types::CaseStatus>,
    },

    /// [`OpenCase`](crate::workflows::OpenCase) failed after uploading attachments that
    /// remain in the account: they could not be deleted, or must not be because the case may
    /// have been created (its answer was lost).
    #[error(
        "{error}; attachment(s) {} uploaded for the case remain in the account ({}); delete \
         them with client.delete_accessories().accessory_id(..) or attach them to a case with \
         OpenCase::attachment_id(..)",
        .accessory_ids.join(", "),
        .cleanup.as_ref().map_or_else(
            || "the case may have been created: check list_cases before retrying".to_owned(),
            |e| format!("deleting them failed: {e}")
        )
    )]
    AttachmentsLeft {
        /// Why opening the case failed.
        error: Box<Error>,
        /// The attachments that remain.
        accessory_ids: Vec<String>,
        /// Why deleting them failed; `None` when they were kept because the case may exist.
        cleanup: Option<Box<Error>>,
    },

    /// The blocking client (`blocking::Client`, feature `blocking`) could not block: it was called inside an
    /// async runtime, or its runtime thread stopped. Nothing was sent.
    #[error("{0}")]
    Blocking(String),

    /// Reading or writing a local file failed (uploads and downloads).
    #[error("{action} {path}: {source}")]
    Io {
        /// What the client was doing, e.g. "could not open".
        action: &'static str,
        /// The file involved.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
}

impl fmt::Debug for Error {
    /// The one-line `Display` text; `{:#?}` gives the variant and its fields.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !f.alternate() {
            return fmt::Display::fmt(self, f);
        }
        match self {
            Error::Api(api) => f.debug_tuple("Api").field(api).finish(),
            Error::Config(m) => f.debug_tuple("Config").field(m).finish(),
            Error::Credentials(m) => f.debug_tuple("Credentials").field(m).finish(),
            Error::Identity(e) => f.debug_tuple("Identity").field(e).finish(),
            Error::Signing(m) => f.debug_tuple("Signing").field(m).finish(),
            Error::InvalidRequest(m) => f.debug_tuple("InvalidRequest").field(m).finish(),
            Error::MissingInput { operation, names } => f
                .debug_struct("MissingInput")
                .field("operation", operation)
                .field("names", names)
                .finish(),
            Error::Transport(t) => f.debug_tuple("Transport").field(t).finish(),
            Error::Decode {
                status,
                request_id,
                message,
            } => f
                .debug_struct("Decode")
                .field("status", status)
                .field("request_id", request_id)
                .field("message", message)
                .finish(),
            Error::AttachmentRejected(m) => f.debug_tuple("AttachmentRejected").field(m).finish(),
            Error::Blocking(m) => f.debug_tuple("Blocking").field(m).finish(),
            Error::WaitTimeout {
                case_id,
                condition,
                waited,
                last_status,
            } => f
                .debug_struct("WaitTimeout")
                .field("case_id", case_id)
                .field("condition", condition)
                .field("waited", waited)
                .field("last_status", last_status)
                .finish(),
            Error::AttachmentsLeft {
                error,
                accessory_ids,
                cleanup,
            } => f
                .debug_struct("AttachmentsLeft")
                .field("error", error)
                .field("accessory_ids", accessory_ids)
                .field("cleanup", cleanup)
                .finish(),
            Error::Io {
                action,
                path,
                source,
            } => f
                .debug_struct("Io")
                .field("action", action)
                .field("path", path)
                .field("source", source)
                .finish(),
        }
    }
}

/// An error answer from the OSM service (or the gateway in front of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) error_code: Option<String>,
    pub(crate) error_msg: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) encoded_authorization_message: Option<String>,
    /// The body, truncated, when it was not a JSON error object (e.g. an HTML page).
    pub(crate) raw_body: Option<String>,
    /// The canonical request the server computed, when a signature mismatch carried it.
    pub(crate) server_canonical_request: Option<String>,
    /// The canonical request the client signed, kept for a signature mismatch the server
    /// explained with its own (security token redacted).
    pub(crate) signed_canonical_request: Option<String>,
}

impl ApiError {
    /// Builds an error from a response's status, its `X-Request-Id` header and its body.
    pub(crate) fn from_parts(
        status: StatusCode,
        header_request_id: Option<&str>,
        body: &[u8],
    ) -> Self {
        let parsed = parse_error_body(body);
        let ParsedErrorBody {
            error_code,
            error_msg,
            request_id,
            encoded_authorization_message,
            raw_body,
        } = parsed;
        // "...verify aksk signature fail;canonicalRequest:<the server's canonical request>"
        use osm_auth::diagnose::{CANONICAL_REQUEST_MARKER as MARKER, redact_security_token};
        let (error_msg, server_canonical_request) =
            match error_msg.as_deref().and_then(|m| m.find(MARKER)) {
                Some(at) => {
                    let msg = error_msg.unwrap_or_default();
                    let canonical = redact_security_token(&msg[at + MARKER.len()..]).into_owned();
                    (Some(msg[..at].to_owned()), Some(canonical))
                }
                None => (error_msg, None),
            };
        ApiError {
            status,
            error_code,
            error_msg,
            request_id: request_id.or_else(|| header_request_id.map(str::to_owned)),
            encoded_authorization_message,
            raw_body,
            server_canonical_request,
            signed_canonical_request: None,
        }
    }

    /// Keeps the canonical request the client signed, when the server answered with its own.
    pub(crate) fn with_signed_canonical_request(
        mut self,
        signed: impl FnOnce() -> Option<String>,
    ) -> Self {
        if self.server_canonical_request.is_some() {
            self.signed_canonical_request = signed();
        }
        self
    }

    /// HTTP status of the answer.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// OSM or gateway error code, e.g. `APIGW.0301` or `CS.00001`.
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }
    /// The service's error message.
    pub fn error_msg(&self) -> Option<&str> {
        self.error_msg.as_deref()
    }
    /// The request id, from the body or the `X-Request-Id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
    /// For authorization failures, the encoded explanation IAM may attach.
    pub fn encoded_authorization_message(&self) -> Option<&str> {
        self.encoded_authorization_message.as_deref()
    }
    /// The body, truncated, when it was not a JSON error object.
    pub fn raw_body(&self) -> Option<&str> {
        self.raw_body.as_deref()
    }
    /// For a signature mismatch (`APIGW.0301`), the canonical request the server computed,
    /// when it said (Huawei's gateway and osm-sandbox append it to the message); its security
    /// token, if any, redacted.
    pub fn server_canonical_request(&self) -> Option<&str> {
        self.server_canonical_request.as_deref()
    }
    /// For a signature mismatch the server explained, the canonical request this client signed
    /// (security token redacted).
    pub fn signed_canonical_request(&self) -> Option<&str> {
        self.signed_canonical_request.as_deref()
    }
    /// For a signature mismatch the server explained, how the canonical request it computed
    /// differs from the one this client signed, line by line: identical means the secret key
    /// is wrong; a difference means something changed the request after signing (a proxy,
    /// a rewritten header) or the two sides encode it differently.
    ///
    /// ```no_run
    /// # async fn f(client: &osm_client::Client) {
    /// if let Err(e) = client.list_cases().send().await
    ///     && let Some(diagnosis) = e.signature_diagnosis()
    /// {
    ///     eprintln!("{e}\n{diagnosis}");
    /// }
    /// # }
    /// ```
    pub fn signature_diagnosis(&self) -> Option<osm_auth::diagnose::SignatureDiagnosis> {
        let (signed, server) = (
            self.signed_canonical_request.as_deref()?,
            self.server_canonical_request.as_deref()?,
        );
        Some(osm_auth::diagnose::diff_canonical_requests(signed, server))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OSM error")?;
        if let Some(code) = &self.error_code {
            write!(f, " {code}")?;
        }
        match (&self.error_msg, &self.raw_body) {
            (Some(msg), _) => write!(f, ": {msg}")?,
            (None, Some(raw)) => write!(f, ": non-JSON error body: {raw}")?,
            (None, None) => write!(f, ": {}", reason(self.status))?,
        }
        if let Some(diagnosis) = self.signature_diagnosis() {
            match diagnosis.first_difference() {
                None => f.write_str(
                    "; the server computed the canonical request that was signed, so the \
                     secret key does not match the access key",
                )?,
                Some(at) => write!(
                    f,
                    "; the canonical request the server computed differs from the one signed \
                     at {at} (Error::signature_diagnosis() shows both)"
                )?,
            }
        }
        write!(f, " (HTTP {}", self.status.as_u16())?;
        match &self.request_id {
            Some(id) => write!(f, ", request id {id})"),
            None => f.write_str(", no request id)"),
        }
    }
}

impl std::error::Error for ApiError {}

fn reason(status: StatusCode) -> &'static str {
    status.canonical_reason().unwrap_or("error status")
}

/// Why a request did not complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportKind {
    /// The connection could not be established (refused, DNS, TLS handshake); the request
    /// provably never reached the server.
    Connect,
    /// An attempt or the whole operation ran out of time.
    Timeout,
    /// The connection failed after the request may have been sent, or while reading the body.
    Other,
}

/// A request that did not complete (see [`TransportKind`]).
#[derive(Debug, thiserror::Error)]
#[error("{what} ({kind_text}): {message}", kind_text = self.kind_text())]
pub struct TransportError {
    pub(crate) kind: TransportKind,
    pub(crate) what: &'static str,
    pub(crate) message: String,
    #[source]
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl TransportError {
    /// What kind of failure this was.
    pub fn kind(&self) -> TransportKind {
        self.kind
    }

    fn kind_text(&self) -> &'static str {
        match self.kind {
            TransportKind::Connect => "could not connect; check the endpoint, network and proxy",
            TransportKind::Timeout => "timed out; raise the timeout or retry later",
            TransportKind::Other => "connection failed",
        }
    }

    /// Classifies a reqwest error.
    pub(crate) fn from_reqwest(what: &'static str, err: reqwest::Error) -> Self {
        let kind = if err.is_timeout() {
            TransportKind::Timeout
        } else if err.is_connect() {
            TransportKind::Connect
        } else {
            TransportKind::Other
        };
        let message = crate::error::error_chain(&err);
        TransportError {
            kind,
            what,
            message,
            source: Some(Box::new(err)),
        }
    }
}

/// The messages of an error and its sources, joined by ": ".
pub(crate) fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut next = err.source();
    while let Some(e) = next {
        let s = e.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        next = e.source();
    }
    out
}

impl Error {
    /// The service's answer, when this error is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }

    /// HTTP status of the answer, when the service answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Decode { status, .. } => *status,
            _ => None,
        }
    }

    /// OSM or gateway error code, e.g. `APIGW.0301`.
    pub fn error_code(&self) -> Option<&str> {
        self.api().and_then(ApiError::error_code)
    }

    /// The service's error message.
    pub fn error_msg(&self) -> Option<&str> {
        self.api().and_then(ApiError::error_msg)
    }

    /// For a signature mismatch the server explained with its canonical request, how it
    /// differs from the one signed (see [`ApiError::signature_diagnosis`]).
    pub fn signature_diagnosis(&self) -> Option<osm_auth::diagnose::SignatureDiagnosis> {
        self.api().and_then(ApiError::signature_diagnosis)
    }

    /// The request id (body or `X-Request-Id` header), when the service answered.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.request_id(),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// True when trying the same call again later may succeed: the statuses of
    /// [`crate::retry::is_retryable_status`] (408, 429, 502, 503, 504), connection failures
    /// and timeouts — the rule the client's own retries follow (it already retried idempotent
    /// calls by its retry policy before returning this error).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(api) => crate::retry::is_retryable_status(api.status),
            Error::Transport(t) => {
                matches!(t.kind, TransportKind::Connect | TransportKind::Timeout)
            }
            _ => false,
        }
    }

    /// True when the service throttled the call (HTTP 429 or gateway code `APIGW.0308`).
    pub fn is_throttled(&self) -> bool {
        self.api().is_some_and(|api| {
            api.status == StatusCode::TOO_MANY_REQUESTS || api.error_code() == Some("APIGW.0308")
        })
    }

    /// True for authentication and authorization failures: HTTP 401/403, gateway codes
    /// `APIGW.0301`–`APIGW.0307`, and local credential or signing errors.
    pub fn is_auth(&self) -> bool {
        match self {
            Error::Api(api) => {
                matches!(api.status.as_u16(), 401 | 403)
                    || api.error_code().is_some_and(is_gateway_auth_code)
            }
            Error::Credentials(_) | Error::Identity(_) | Error::Signing(_) => true,
            _ => false,
        }
    }

    /// True when the resource does not exist (HTTP 404).
    pub fn is_not_found(&self) -> bool {
        self.api()
            .is_some_and(|api| api.status == StatusCode::NOT_FOUND)
    }

    /// True when the call timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(t) if t.kind == TransportKind::Timeout)
    }

    /// True when no connection could be made (the request never reached the server).
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport(t) if t.kind == TransportKind::Connect)
    }
}

fn is_gateway_auth_code(code: &str) -> bool {
    matches!(
        code,
        "APIGW.0301"
            | "APIGW.0302"
            | "APIGW.0303"
            | "APIGW.0304"
            | "APIGW.0305"
            | "APIGW.0306"
            | "APIGW.0307"
    )
}

impl Error {
    /// The error of an operation whose required inputs are not all set; `inputs` pairs each
    /// required setter with whether it is missing.
    pub(crate) fn missing(info: &crate::OperationInfo, inputs: &[(&'static str, bool)]) -> Self {
        Error::MissingInput {
            operation: info.id(),
            names: inputs
                .iter()
                .filter(|(_, missing)| *missing)
                .map(|(name, _)| *name)
                .collect(),
        }
    }
}

impl From<ApiError> for Error {
    fn from(api: ApiError) -> Self {
        Error::Api(Box::new(api))
    }
}

#[cfg(test)]
mod tests;
