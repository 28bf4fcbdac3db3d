//! HTTP/1 request framing in front of hyper: every request head is checked here, with the rules
//! hyper applies (httparse, `Content-Length`/`Transfer-Encoding`, URI, method), before hyper
//! sees a byte of it. A head hyper would reject with its own body-less 400/414/431/505 is
//! rejected here instead, so the sandbox can answer with its Huawei-shaped JSON error and an
//! `X-Request-Id` (the `conn` module writes that answer and closes the connection).
//!
//! The tracker follows bodies (`Content-Length` and chunked) to find where the next head of a
//! keep-alive connection starts. Bodies pass straight through; if a chunked body is malformed
//! the tracker stops checking, because hyper then fails that body and closes the connection.
//! A connection that starts with the HTTP/2 preface passes through unchecked (h2 has its own
//! limits).

use std::borrow::Cow;

use http::StatusCode;

/// The HTTP/2 client preface.
const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

/// Limits on a request head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadLimits {
    /// Most header lines.
    pub max_headers: usize,
    /// Most bytes of the whole head (request line and headers).
    pub max_head_bytes: usize,
    /// Most bytes of the request target (path and query).
    pub max_uri_bytes: usize,
}

/// A request head the sandbox refuses, with the status and the message to answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// 400, 408, 414, 431 or 505.
    pub status: StatusCode,
    /// What is wrong and how to fix it.
    pub msg: String,
}

impl Rejection {
    fn new(status: StatusCode, msg: impl Into<String>) -> Rejection {
        Rejection {
            status,
            msg: msg.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Start,
    Size,
    SizeLws,
    Extension,
    SizeLf,
    Data(u64),
    DataCr,
    DataLf,
    Trailer,
    TrailerLf,
    EndCr,
    EndLf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Nothing read yet: HTTP/2 preface or an HTTP/1 head.
    Start,
    /// Reading a head.
    Head,
    /// A body of this many more bytes.
    Body(u64),
    /// A chunked body.
    Chunked(Chunk),
    /// Not checked any more (HTTP/2, or after a malformed chunked body).
    Passthrough,
}

/// Tracks the requests of one connection; see the module docs.
#[derive(Debug, Clone)]
pub struct Framing {
    limits: HeadLimits,
    phase: Phase,
    /// Bytes of the head being read (not yet given to hyper).
    head: Vec<u8>,
    chunk_size: u64,
    chunk_ext: u64,
    trailers: usize,
}

/// hyper's limit on chunk extension bytes per body.
const CHUNK_EXTENSIONS_LIMIT: u64 = 16 * 1024;

impl Framing {
    /// A tracker for a new connection.
    pub fn new(limits: HeadLimits) -> Framing {
        Framing {
            limits,
            phase: Phase::Start,
            head: Vec::new(),
            chunk_size: 0,
            chunk_ext: 0,
            trailers: 0,
        }
    }

    /// Bytes of a head received but not yet complete (0 between requests).
    pub fn pending_head_bytes(&self) -> usize {
        match self.phase {
            Phase::Start | Phase::Head => self.head.len(),
            _ => 0,
        }
    }

    /// Whether the connection waits for the start of a request (not inside a body).
    pub fn between_requests(&self) -> bool {
        matches!(self.phase, Phase::Start | Phase::Head) && self.head.is_empty()
    }

    /// Whether the connection is HTTP/2 (or otherwise no longer checked).
    pub fn passthrough(&self) -> bool {
        self.phase == Phase::Passthrough
    }

    /// Takes `input` from the client; appends to `out` what may go on to hyper. Head bytes are
    /// held back until the head is complete and valid; on `Err` nothing of the bad head was
    /// passed on (earlier requests were).
    pub fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(), Rejection> {
        let mut data: Cow<'_, [u8]> = Cow::Borrowed(input);
        let mut i = 0;
        while i < data.len() {
            match self.phase {
                Phase::Passthrough => {
                    out.extend_from_slice(&data[i..]);
                    return Ok(());
                }
                Phase::Start | Phase::Head => {
                    self.head.extend_from_slice(&data[i..]);
                    if self.phase == Phase::Start {
                        let n = self.head.len().min(H2_PREFACE.len());
                        if self.head[..n] != H2_PREFACE[..n] {
                            self.phase = Phase::Head;
                        } else if n == H2_PREFACE.len() {
                            self.phase = Phase::Passthrough;
                            out.append(&mut self.head);
                            return Ok(());
                        } else {
                            return Ok(());
                        }
                    }
                    let Some(n) = self.parse_head()? else {
                        return Ok(());
                    };
                    let rest = self.head.split_off(n);
                    out.append(&mut self.head);
                    data = Cow::Owned(rest);
                    i = 0;
                }
                Phase::Body(left) => {
                    let take = usize::try_from(left)
                        .unwrap_or(usize::MAX)
                        .min(data.len() - i);
                    out.extend_from_slice(&data[i..i + take]);
                    i += take;
                    let left = left - take as u64;
                    self.phase = if left == 0 {
                        Phase::Head
                    } else {
                        Phase::Body(left)
                    };
                }
                Phase::Chunked(Chunk::Data(left)) => {
                    let take = usize::try_from(left)
                        .unwrap_or(usize::MAX)
                        .min(data.len() - i);
                    out.extend_from_slice(&data[i..i + take]);
                    i += take;
                    let left = left - take as u64;
                    self.phase = Phase::Chunked(if left == 0 {
                        Chunk::DataCr
                    } else {
                        Chunk::Data(left)
                    });
                }
                Phase::Chunked(state) => {
                    let b = data[i];
                    out.push(b);
                    i += 1;
                    self.phase = match self.chunk_step(state, b) {
                        Some(Chunk::EndLf) if b == b'\n' => Phase::Head,
                        Some(next) => Phase::Chunked(next),
                        None => Phase::Passthrough,
                    };
                }
            }
        }
        Ok(())
    }

    /// One byte of chunked framing, as hyper's decoder reads it; `None` when malformed.
    /// Returns `EndLf` with `b == b'\n'` once the body is complete.
    fn chunk_step(&mut self, state: Chunk, b: u8) -> Option<Chunk> {
        let hex = |b: u8| match b {
            b'0'..=b'9' => Some(u64::from(b - b'0')),
            b'a'..=b'f' => Some(u64::from(b - b'a' + 10)),
            b'A'..=b'F' => Some(u64::from(b - b'A' + 10)),
            _ => None,
        };
        match state {
            Chunk::Start => self.size_digit(hex(b)?),
            Chunk::Size => match (b, hex(b)) {
                (_, Some(d)) => self.size_digit(d),
                (b'\t' | b' ', _) => Some(Chunk::SizeLws),
                (b';', _) => Some(Chunk::Extension),
                (b'\r', _) => Some(Chunk::SizeLf),
                _ => None,
            },
            Chunk::SizeLws => match b {
                b'\t' | b' ' => Some(Chunk::SizeLws),
                b';' => Some(Chunk::Extension),
                b'\r' => Some(Chunk::SizeLf),
                _ => None,
            },
            Chunk::Extension => match b {
                b'\r' => Some(Chunk::SizeLf),
                b'\n' => None,
                _ => {
                    self.chunk_ext += 1;
                    (self.chunk_ext < CHUNK_EXTENSIONS_LIMIT).then_some(Chunk::Extension)
                }
            },
            Chunk::SizeLf if b == b'\n' => {
                let size = std::mem::take(&mut self.chunk_size);
                Some(if size == 0 {
                    Chunk::EndCr
                } else {
                    Chunk::Data(size)
                })
            }
            Chunk::DataCr if b == b'\r' => Some(Chunk::DataLf),
            Chunk::DataLf if b == b'\n' => Some(Chunk::Start),
            Chunk::Trailer if b == b'\r' => Some(Chunk::TrailerLf),
            Chunk::Trailer => Some(Chunk::Trailer),
            Chunk::TrailerLf if b == b'\n' => {
                self.trailers += 1;
                (self.trailers <= self.limits.max_headers).then_some(Chunk::EndCr)
            }
            Chunk::EndCr if b == b'\r' => Some(Chunk::EndLf),
            Chunk::EndCr => Some(Chunk::Trailer),
            Chunk::EndLf if b == b'\n' => Some(Chunk::EndLf),
            Chunk::SizeLf
            | Chunk::DataCr
            | Chunk::DataLf
            | Chunk::TrailerLf
            | Chunk::EndLf
            | Chunk::Data(_) => None,
        }
    }

    fn size_digit(&mut self, d: u64) -> Option<Chunk> {
        self.chunk_size = self.chunk_size.checked_mul(16)?.checked_add(d)?;
        Some(Chunk::Size)
    }

    /// Parses the head buffer: `Ok(Some(len))` when a valid head of `len` bytes is complete
    /// (the phase is then set for its body), `Ok(None)` when more bytes are needed.
    fn parse_head(&mut self) -> Result<Option<usize>, Rejection> {
        let l = self.limits;
        let mut headers = vec![httparse::EMPTY_HEADER; l.max_headers];
        let mut req = httparse::Request::new(&mut headers);
        let n = match req.parse(&self.head) {
            Ok(httparse::Status::Partial) => {
                let line_done = self.head.contains(&b'\n');
                if !line_done && self.head.len() > l.max_uri_bytes + 32 {
                    return Err(uri_too_long(l));
                }
                if self.head.len() > l.max_head_bytes {
                    return Err(head_too_large(l));
                }
                return Ok(None);
            }
            Ok(httparse::Status::Complete(n)) => n,
            Err(httparse::Error::TooManyHeaders) => {
                return Err(Rejection::new(
                    StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                    format!(
                        "Request headers too large: more than {} header lines; send fewer headers",
                        l.max_headers
                    ),
                ));
            }
            Err(httparse::Error::Version) => {
                return Err(Rejection::new(
                    StatusCode::HTTP_VERSION_NOT_SUPPORTED,
                    "HTTP version not supported: send HTTP/1.1 (or HTTP/2 with prior knowledge)",
                ));
            }
            Err(e) => {
                return Err(bad(format!(
                    "malformed request head ({e}); lines end in CRLF, header names are tokens"
                )));
            }
        };
        if n > l.max_head_bytes {
            return Err(head_too_large(l));
        }
        let path = req.path.unwrap_or_default();
        if path.len() > l.max_uri_bytes {
            return Err(uri_too_long(l));
        }
        let method = req.method.unwrap_or_default();
        if http::Method::from_bytes(method.as_bytes()).is_err() {
            return Err(bad(format!("malformed request method {method:?}")));
        }
        if http::Uri::try_from(path).is_err() {
            return Err(bad(
                "malformed request target: send an absolute path such as /v2/servicerequest/cases",
            ));
        }
        let http11 = req.version == Some(1);
        let (mut cl, mut is_te, mut chunked) = (None::<u64>, false, false);
        for h in req.headers.iter() {
            if h.name.eq_ignore_ascii_case("transfer-encoding") {
                if !http11 {
                    return Err(bad("Transfer-Encoding is not allowed in HTTP/1.0"));
                }
                is_te = true;
                cl = None;
                chunked = std::str::from_utf8(h.value)
                    .ok()
                    .and_then(|v| v.rsplit(',').next())
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("chunked"));
            } else if h.name.eq_ignore_ascii_case("content-length") {
                if is_te {
                    continue;
                }
                let len = digits(h.value)
                    .filter(|n| *n <= u64::MAX - 2)
                    .ok_or_else(|| {
                        bad(format!(
                            "Content-Length {:?} is not a decimal number of bytes",
                            String::from_utf8_lossy(h.value)
                        ))
                    })?;
                if cl.is_some_and(|prev| prev != len) {
                    return Err(bad("conflicting Content-Length headers; send exactly one"));
                }
                cl = Some(len);
            }
        }
        if is_te && !chunked {
            return Err(bad(
                "Transfer-Encoding must end in chunked; send Content-Length or chunked",
            ));
        }
        self.phase = match (chunked, cl) {
            (true, _) => {
                self.chunk_size = 0;
                self.chunk_ext = 0;
                self.trailers = 0;
                Phase::Chunked(Chunk::Start)
            }
            (false, Some(len)) if len > 0 => Phase::Body(len),
            _ => Phase::Head,
        };
        Ok(Some(n))
    }
}

fn bad(msg: impl Into<String>) -> Rejection {
    Rejection::new(StatusCode::BAD_REQUEST, msg)
}

fn uri_too_long(l: HeadLimits) -> Rejection {
    Rejection::new(
        StatusCode::URI_TOO_LONG,
        format!(
            "Request URI too large: the request target exceeds {} bytes; send long parameters in the body",
            l.max_uri_bytes
        ),
    )
}

fn head_too_large(l: HeadLimits) -> Rejection {
    Rejection::new(
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        format!(
            "Request headers too large: the request head exceeds {} bytes; send fewer or shorter headers",
            l.max_head_bytes
        ),
    )
}

/// hyper's Content-Length rule: ASCII digits only, no sign or space, no overflow.
fn digits(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() {
        return None;
    }
    bytes.iter().try_fold(0u64, |n, b| {
        b.is_ascii_digit()
            .then(|| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const LIMITS: HeadLimits = HeadLimits {
        max_headers: 8,
        max_head_bytes: 512,
        max_uri_bytes: 64,
    };

    fn run(chunks: &[&[u8]]) -> (Vec<u8>, Result<(), Rejection>) {
        let mut f = Framing::new(LIMITS);
        let mut out = Vec::new();
        for c in chunks {
            if let Err(e) = f.feed(c, &mut out) {
                return (out, Err(e));
            }
        }
        (out, Ok(()))
    }

    #[test]
    fn keep_alive_requests_pass_byte_by_byte() {
        let two = b"POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\nGET /c HTTP/1.1\r\n\r\n";
        let bytes: Vec<&[u8]> = two.chunks(1).collect();
        let (out, r) = run(&bytes);
        r.unwrap();
        assert_eq!(out, two);
        let mut f = Framing::new(LIMITS);
        let mut out = Vec::new();
        f.feed(two, &mut out).unwrap();
        assert!(f.between_requests());
        f.feed(b"GET /d HTT", &mut out).unwrap();
        assert_eq!(out, two, "a partial head is held back");
        assert_eq!(f.pending_head_bytes(), 10);
    }

    #[test]
    fn bad_heads_are_rejected_before_hyper_sees_them() {
        let cases: &[(&[u8], u16)] = &[
            (b"GET / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", 400),
            (
                b"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
                400,
            ),
            (b"GET / HTTP/1.1\r\nContent-Length: +1\r\n\r\n", 400),
            (b"GET / HTTP/1.1\r\nX: a\rb\r\n\r\n", 400),
            (b"GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
            (b"GET / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            (b"GET / HTTP/3.0\r\n\r\n", 505),
            (b"G@T / HTTP/1.1\r\n\r\n", 400),
        ];
        for (head, status) in cases {
            let (out, r) = run(&[b"GET /ok HTTP/1.1\r\n\r\n", head]);
            assert_eq!(
                out,
                b"GET /ok HTTP/1.1\r\n\r\n",
                "{}",
                String::from_utf8_lossy(head)
            );
            assert_eq!(
                r.unwrap_err().status.as_u16(),
                *status,
                "{}",
                String::from_utf8_lossy(head)
            );
        }
        let long_uri = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(100));
        assert_eq!(run(&[long_uri.as_bytes()]).1.unwrap_err().status, 414);
        let still_sending = format!("GET /{}", "a".repeat(200));
        assert_eq!(run(&[still_sending.as_bytes()]).1.unwrap_err().status, 414);
        let many: String = (0..9).map(|i| format!("H{i}: v\r\n")).collect();
        let many = format!("GET / HTTP/1.1\r\n{many}\r\n");
        assert_eq!(run(&[many.as_bytes()]).1.unwrap_err().status, 431);
        let big = format!("GET / HTTP/1.1\r\nX: {}\r\n", "v".repeat(600));
        assert_eq!(run(&[big.as_bytes()]).1.unwrap_err().status, 431);
    }

    #[test]
    fn http2_and_broken_chunks_pass_through() {
        let mut f = Framing::new(LIMITS);
        let mut out = Vec::new();
        f.feed(&H2_PREFACE[..5], &mut out).unwrap();
        assert!(out.is_empty());
        f.feed(&H2_PREFACE[5..], &mut out).unwrap();
        f.feed(b"\x00\x00garbage", &mut out).unwrap();
        assert!(f.passthrough());
        let (out, r) =
            run(&[b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nGET /x HTTP/9\r\n"]);
        r.unwrap();
        assert!(out.ends_with(b"GET /x HTTP/9\r\n"));
    }
}
