//! Round trips through osm-client (hooks: signing, retry machinery, error normalisation,
//! typed decoding) against hand-built signed reqwest calls doing the same work, both against
//! the same local keep-alive HTTP server, in the same run.
//!
//! `cargo bench -p osm-client --bench roundtrip`; the ratio of the two means is the cost of
//! the runtime, one call at a time and with 8 tasks at once.

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, criterion_group, criterion_main};
use osm_auth::{SignableRequest, SigningParams};
use osm_client::{Client, Credentials, types};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const BODY: &str = r#"{"incident_detail_info":{"incident_id":"CS20261129000001","status":1,"simple_description":"ECS instance does not boot after a reboot","business_type_name":"Technical consultation","incident_type_name":"Consultation","create_time":"2026-11-29T08:00:00Z","dc_name":"cn-south-1","source_name":"console","customer_id":"0a1b2c3d4e5f60718293a4b5c6d7e8f9","message_list":[]}}"#;

/// A keep-alive HTTP/1.1 server that answers every request with `BODY`.
async fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: bench\r\ncontent-length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                let mut buf = Vec::with_capacity(4096);
                let mut chunk = [0u8; 4096];
                loop {
                    // requests here are GETs without a body: a request ends at the blank line
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let end = buf
                        .windows(4)
                        .position(|w| w == b"\r\n\r\n")
                        .map_or(0, |p| p + 4);
                    buf.drain(..end);
                    if stream.write_all(response.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    url
}

fn credentials() -> Credentials {
    Credentials::new("AKBENCH0000000000001", "bench-secret-key")
        .expect("credentials")
        .with_domain_id("0a1b2c3d4e5f60718293a4b5c6d7e8f9")
}

/// The call through osm-client.
async fn through_client(client: &Client) -> types::ShowCaseDetailResponse {
    client
        .show_case_detail()
        .case_id("CS20261129000001")
        .send()
        .await
        .expect("osm-client call")
        .into_inner()
}

/// The same call built by hand: URL, headers, osm-auth signature, send, decode.
async fn by_hand(
    http: &reqwest::Client,
    base: &str,
    creds: &Credentials,
) -> types::ShowCaseDetailResponse {
    let url = format!("{base}/v2/servicerequest/cases/CS20261129000001");
    let signable = SignableRequest::from_url("GET", &url)
        .expect("url")
        .with_header("accept", "application/json");
    let signed =
        osm_auth::sign(&signable, &SigningParams::new(creds, SystemTime::now())).expect("sign");
    // the same per-attempt timeout osm-client sets, as any production call would
    let mut request = http
        .get(&url)
        .timeout(Duration::from_secs(30))
        .header("accept", "application/json");
    for (name, value) in signed.headers_to_add() {
        request = request.header(name, value);
    }
    let response = request.send().await.expect("send");
    assert!(response.status().is_success());
    let bytes = response.bytes().await.expect("body");
    serde_json::from_slice(&bytes).expect("decode")
}

fn roundtrip(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let base = rt.block_on(serve());
    let client = Client::builder()
        .endpoint(&base)
        .credentials(credentials())
        .no_proxy()
        .build()
        .expect("client");
    let http = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("reqwest");
    let creds = credentials();

    // Each timed call is followed by an untimed call of the other kind, so both arms run
    // interleaved under the same background load (this machine is shared).
    let mut group = c.benchmark_group("show_case_detail round trip");
    let (client, http, base, creds) = (&client, &http, base.as_str(), &creds);
    group.bench_function("osm-client", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                black_box(through_client(client).await);
                timed += started.elapsed();
                black_box(by_hand(http, base, creds).await);
            }
            timed
        })
    });
    group.bench_function("hand-built signed reqwest", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            let mut timed = Duration::ZERO;
            for _ in 0..iters {
                black_box(through_client(client).await);
                let started = Instant::now();
                black_box(by_hand(http, base, creds).await);
                timed += started.elapsed();
            }
            timed
        })
    });
    group.finish();

    // 8 tasks at once over the same pools: the time per call of `iters` calls spread over 8
    // concurrent tasks, each phase followed by the same untimed phase of the other kind.
    let mut group = c.benchmark_group("show_case_detail round trip, 8 tasks");
    group.bench_function("osm-client", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            let started = Instant::now();
            concurrently(iters, || through_client(client)).await;
            let timed = started.elapsed();
            concurrently(iters, || by_hand(http, base, creds)).await;
            timed
        })
    });
    group.bench_function("hand-built signed reqwest", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            concurrently(iters, || through_client(client)).await;
            let started = Instant::now();
            concurrently(iters, || by_hand(http, base, creds)).await;
            started.elapsed()
        })
    });
    group.finish();

    // CPU time of the calling thread per call (Linux: /proc/thread-self/schedstat), which other
    // processes on a busy machine do not inflate. The server and reqwest's connection task run
    // on the runtime's worker thread and are not counted: this is the client-side cost.
    if thread_cpu().is_none() {
        return;
    }
    let mut group = c.benchmark_group("show_case_detail calling-thread CPU time");
    group.bench_function("osm-client", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            let start = thread_cpu().unwrap_or_default();
            for _ in 0..iters {
                black_box(through_client(client).await);
            }
            thread_cpu().unwrap_or_default().saturating_sub(start)
        })
    });
    group.bench_function("hand-built signed reqwest", |b| {
        b.to_async(&rt).iter_custom(|iters| async move {
            let start = thread_cpu().unwrap_or_default();
            for _ in 0..iters {
                black_box(by_hand(http, base, creds).await);
            }
            thread_cpu().unwrap_or_default().saturating_sub(start)
        })
    });
    group.finish();
}

/// `total` calls of `call`, spread over 8 concurrent tasks.
async fn concurrently<F, T>(total: u64, call: impl Fn() -> F)
where
    F: std::future::Future<Output = T>,
{
    let call = &call;
    let tasks = (0..8u64).map(|i| async move {
        // task i makes every 8th call, so the 8 share `total` exactly
        for _ in (i..total).step_by(8) {
            black_box(call().await);
        }
    });
    futures::future::join_all(tasks).await;
}

/// CPU time the current thread has run, from `/proc/thread-self/schedstat` (nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

criterion_group!(benches, roundtrip);
criterion_main!(benches);
