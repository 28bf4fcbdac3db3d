//! Connection hygiene over raw TCP: rejections made below the router are Huawei-shaped JSON
//! with a request id; slow and idle connections are closed; stalled connections never stop a
//! signed request; memory stays bounded under stalled bodies.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{Osm, account_a};
use osm_sandbox::{ConnectionLimits, Sandbox, SandboxHandle};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// A parsed HTTP/1 response.
#[derive(Debug)]
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Asserts the Huawei error shape; returns `(error_code, error_msg)`.
    #[track_caller]
    fn huawei_error(&self, status: u16) -> (String, String) {
        assert_eq!(self.status, status, "{self:?}");
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{self:?}"
        );
        let id = self
            .header("x-request-id")
            .expect("x-request-id")
            .to_owned();
        let v: serde_json::Value = serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {self:?}"));
        assert_eq!(v["request_id"], id.as_str(), "{v}");
        (
            v["error_code"].as_str().unwrap().to_owned(),
            v["error_msg"].as_str().unwrap().to_owned(),
        )
    }
}

fn parse(bytes: &[u8]) -> Option<Raw> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut resp = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(n) = resp.parse(bytes).ok()? else {
        return None;
    };
    let headers: Vec<(String, String)> = resp
        .headers
        .iter()
        .map(|h| {
            (
                h.name.to_owned(),
                String::from_utf8_lossy(h.value).into_owned(),
            )
        })
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())?;
    let body = bytes.get(n..n + len)?.to_vec();
    Some(Raw {
        status: resp.code?,
        headers,
        body,
    })
}

/// Sends `request` and reads one response (5 s at most: a hang fails the test).
async fn exchange(sb: &SandboxHandle, request: &[u8]) -> Raw {
    let mut tcp = TcpStream::connect(sb.addr()).await.unwrap();
    tcp.write_all(request).await.unwrap();
    read_response(&mut tcp).await
}

async fn read_response(tcp: &mut TcpStream) -> Raw {
    let mut buf = Vec::new();
    let read = async {
        loop {
            if let Some(r) = parse(&buf) {
                return r;
            }
            let mut chunk = [0u8; 8192];
            let n = tcp.read(&mut chunk).await.unwrap();
            assert!(
                n > 0,
                "closed before a full response: {:?}",
                String::from_utf8_lossy(&buf)
            );
            buf.extend_from_slice(&chunk[..n]);
        }
    };
    tokio::time::timeout(Duration::from_secs(5), read)
        .await
        .expect("a response within 5 s")
}

/// Whether the server closes `tcp` (EOF or reset) within `within`.
async fn closed_within(tcp: &mut TcpStream, within: Duration) -> bool {
    let mut chunk = [0u8; 1024];
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, tcp.read(&mut chunk)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
        }
    }
}

async fn sandbox_with(limits: ConnectionLimits) -> SandboxHandle {
    Sandbox::builder()
        .account(account_a())
        .connection_limits(limits)
        .spawn()
        .await
        .unwrap()
}

#[tokio::test]
async fn rejections_below_the_router_are_huawei_json_with_a_request_id() {
    let sb = sandbox_with(ConnectionLimits::default()).await;
    let long_url = format!(
        "GET /v2/servicerequest/cases?q={} HTTP/1.1\r\nHost: x\r\n\r\n",
        "a".repeat(100 * 1024)
    );
    let many: String = (0..101).map(|i| format!("X-H{i}: v\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\nHost: x\r\n{many}\r\n");
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "v".repeat(40 * 1024)
    );
    let cases: Vec<(Vec<u8>, u16, &str)> = vec![
        (b"POST /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n".to_vec(), 400, "Content-Length"),
        (b"POST /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nab".to_vec(), 400, "conflicting Content-Length"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n".to_vec(), 400, "malformed request head"),
        (b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n".to_vec(), 400, "chunked"),
        (b"GET / HTTP/2.2\r\nHost: x\r\n\r\n".to_vec(), 505, "HTTP version"),
        (long_url.into_bytes(), 414, "URI too large"),
        (many.into_bytes(), 431, "more than 100 header lines"),
        (huge.into_bytes(), 431, "exceeds 32768 bytes"),
    ];
    for (request, status, needle) in cases {
        let r = exchange(&sb, &request).await;
        let (code, msg) = r.huawei_error(status);
        assert_eq!(code, "APIGW.0201", "{msg}");
        assert!(msg.contains(needle), "{needle:?} not in {msg:?}");
        assert_eq!(r.header("connection"), Some("close"));
    }
    // a bad head after a good one on the same connection: the good one is answered first
    let mut tcp = TcpStream::connect(sb.addr()).await.unwrap();
    tcp.write_all(b"GET /sandbox/health HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nContent-Length: x\r\n\r\n")
        .await
        .unwrap();
    let mut all = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(5), tcp.read_to_end(&mut all));
    read.await.unwrap().unwrap();
    let first = parse(&all).expect("first response");
    assert_eq!(first.status, 200);
    let header_end = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let second = parse(&all[header_end + first.body.len()..]).expect("second response");
    second.huawei_error(400);

    // rejections made by the router and the body reader, also over raw TCP
    let big = format!(
        "POST /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        osm_sandbox::DEFAULT_BODY_LIMIT + 1
    );
    assert_eq!(
        exchange(&sb, big.as_bytes()).await.huawei_error(413).0,
        "APIGW.0201"
    );
    let r = exchange(
        &sb,
        b"POST /sandbox/health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    )
    .await;
    assert_eq!(r.huawei_error(405).0, "APIGW.0101");
    let r = exchange(&sb, b"GET /sandbox/nothing HTTP/1.1\r\nHost: x\r\n\r\n").await;
    r.huawei_error(404);
    let r = exchange(
        &sb,
        b"POST /sandbox/cases/x/status HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n{x}",
    )
    .await;
    assert_eq!(r.huawei_error(400).0, "OSM.00040001");
    let r = exchange(
        &sb,
        b"GET /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\n\r\n",
    )
    .await;
    assert_eq!(r.huawei_error(401).0, "APIGW.0301");
    // and the sandbox still serves signed requests
    Osm::new(&sb, &account_a()).create_case("still fine").await;
    sb.shutdown().await;
}

#[tokio::test]
async fn slow_and_idle_connections_are_closed() {
    let limits = ConnectionLimits {
        header_timeout: Duration::from_millis(400),
        idle_timeout: Duration::from_millis(600),
        ..ConnectionLimits::default()
    };
    let sb = sandbox_with(limits).await;
    // headers at a byte per 100 ms: 408 once 400 ms have passed since the first byte
    let mut slow = TcpStream::connect(sb.addr()).await.unwrap();
    let started = tokio::time::Instant::now();
    let head = b"GET /sandbox/health HTTP/1.1\r\nHost: x\r\nX-Slow: 0123456789\r\n\r\n";
    let mut answered = None;
    for b in head.iter() {
        if slow.write_all(&[*b]).await.is_err() {
            break;
        }
        let mut probe = [0u8; 4096];
        if let Ok(Ok(n)) =
            tokio::time::timeout(Duration::from_millis(100), slow.read(&mut probe)).await
        {
            answered = parse(&probe[..n]);
            break;
        }
    }
    let r = answered.expect("an answer before the head was complete");
    let (_, msg) = r.huawei_error(408);
    assert!(msg.contains("did not arrive within 0.4 s"), "{msg}");
    assert!(started.elapsed() < Duration::from_secs(3));
    assert!(closed_within(&mut slow, Duration::from_secs(3)).await);

    // a connection that never sends anything is closed after the header timeout
    let mut silent = TcpStream::connect(sb.addr()).await.unwrap();
    assert!(closed_within(&mut silent, Duration::from_secs(3)).await);

    // keep-alive: served, then closed once idle for the idle timeout
    let mut idle = TcpStream::connect(sb.addr()).await.unwrap();
    idle.write_all(b"GET /sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    assert_eq!(read_response(&mut idle).await.status, 200);
    idle.write_all(b"GET /sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    assert_eq!(
        read_response(&mut idle).await.status,
        200,
        "still open within the idle timeout"
    );
    assert!(closed_within(&mut idle, Duration::from_secs(3)).await);
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_connections_never_stop_a_signed_request() {
    // a long header timeout: what makes room here is the cap's eviction, not the timer
    let limits = ConnectionLimits {
        max_connections: 16,
        header_timeout: Duration::from_secs(60),
        ..ConnectionLimits::default()
    };
    let sb = sandbox_with(limits).await;
    let mut stalled = Vec::new();
    for i in 0..48 {
        let mut tcp = TcpStream::connect(sb.addr()).await.unwrap();
        let _ = tcp
            .write_all(
                format!("GET /sandbox/health HTTP/1.1\r\nHost: x\r\nX-Stall-{i}: ").as_bytes(),
            )
            .await;
        stalled.push(tcp);
    }
    let a = Osm::new(&sb, &account_a());
    for n in 0..5 {
        let text = format!("served {n}");
        let signed = tokio::time::timeout(Duration::from_secs(20), a.create_case(&text));
        signed
            .await
            .expect("a signed request is served while 48 connections stall");
    }
    // the stalled connections made room: each was answered 503 or closed
    let mut answered = 0;
    for tcp in &mut stalled {
        if closed_within(tcp, Duration::from_millis(50)).await {
            answered += 1;
        }
    }
    assert!(answered >= 48 - 16, "{answered} stalled connections closed");
    sb.shutdown().await;
}

fn rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb * 1024
}

/// 64 connections each send 900 KB of a 1 MB body and stall. Without a cap the sandbox would
/// buffer ~58 MB; with 4 MiB of body bytes in flight allowed, the others are refused at once
/// (503, `Retry-After`) and memory stays flat. RSS is a bound on behaviour, not a timing.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_bodies_keep_memory_flat() {
    let limits = ConnectionLimits {
        max_inflight_body_bytes: 4 * 1024 * 1024,
        ..ConnectionLimits::default()
    };
    let sb = Sandbox::builder()
        .account(account_a())
        .body_limit(1024 * 1024)
        .body_timeout(Duration::from_secs(60))
        .connection_limits(limits)
        .spawn()
        .await
        .unwrap();
    let payload = std::sync::Arc::new(vec![b'x'; 900 * 1000]);
    let before = rss_bytes();
    let mut conns = tokio::task::JoinSet::new();
    for _ in 0..64 {
        let (addr, payload) = (sb.addr(), payload.clone());
        conns.spawn(async move {
            let mut tcp = TcpStream::connect(addr).await.unwrap();
            let head = "POST /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n";
            tcp.write_all(head.as_bytes()).await.unwrap();
            let _ = tcp.write_all(&payload).await;
            let mut buf = vec![0u8; 4096];
            // refused ones are answered now; accepted ones wait for the rest of their body
            let answer = tokio::time::timeout(Duration::from_secs(2), tcp.read(&mut buf)).await;
            let refused = matches!(answer, Ok(Ok(n)) if n > 0 && parse(&buf[..n]).is_some_and(|r| r.status == 503 && r.header("retry-after") == Some("1")))
                || matches!(answer, Ok(Err(_)) | Ok(Ok(0)));
            (refused, tcp)
        });
    }
    let mut refused = 0;
    let mut open = Vec::new();
    while let Some(r) = conns.join_next().await {
        let (was_refused, tcp) = r.unwrap();
        refused += usize::from(was_refused);
        open.push(tcp);
    }
    let during = rss_bytes();
    assert!(refused >= 64 - 5, "{refused} of 64 stalled bodies refused");
    drop(open);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = rss_bytes();
    let mib = |b: u64| b as f64 / 1048576.0;
    assert!(
        during.saturating_sub(before) < 40 * 1024 * 1024,
        "RSS grew {:.1} MiB while bodies stalled",
        mib(during.saturating_sub(before))
    );
    assert!(
        after.saturating_sub(before) < 40 * 1024 * 1024,
        "RSS {:.1} MiB above the start afterwards",
        mib(after.saturating_sub(before))
    );
    // and requests are served again
    Osm::new(&sb, &account_a())
        .create_case("after the stall")
        .await;
    sb.shutdown().await;
}
