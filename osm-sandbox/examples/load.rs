//! Load generator: signed requests per second against an in-process sandbox on 127.0.0.1.
//!
//! ```sh
//! cargo run --release -p osm-sandbox --example load -- [REQUESTS] [CONCURRENCY] [get|create|mix]
//! ```
//! Defaults: 20000 requests, 32 concurrent connections, `mix` (90% `show_case_status` /
//! `list_cases?limit=10`, 10% `create_cases`). Every request is signed (SDK-HMAC-SHA256)
//! with osm-auth and verified by the sandbox; the client runs in the same process and shares
//! the machine's cores, so the figure is a lower bound of the server's capacity. Set
//! `OSM_SANDBOX_URL=http://127.0.0.1:PORT` to load a sandbox running as its own process instead
//! (it must accept the demo account).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Instant, SystemTime};

use osm_auth::{Credentials, SignableBody, SignableRequest, SigningParams, sign};
use osm_sandbox::{Account, Sandbox};

struct Client {
    http: reqwest::Client,
    base: String,
    host: String,
    creds: Credentials,
}

impl Client {
    async fn call(&self, method: &str, path: &str, query: &str, body: &[u8]) -> u16 {
        self.call_body(method, path, query, body).await.0
    }

    async fn call_body(
        &self,
        method: &str,
        path: &str,
        query: &str,
        body: &[u8],
    ) -> (u16, bytes::Bytes) {
        let mut req = SignableRequest::new(method, self.host.as_str(), path).with_raw_query(query);
        if !body.is_empty() {
            req = req.with_header("Content-Type", "application/json");
        }
        let req = req.with_body(SignableBody::Bytes(body));
        let Ok(signed) = sign(&req, &SigningParams::new(&self.creds, SystemTime::now())) else {
            return (0, bytes::Bytes::new());
        };
        let mut url = format!("{}{}", self.base, path);
        if !signed.canonical_query().is_empty() {
            url = format!("{url}?{}", signed.canonical_query());
        }
        let Ok(m) = method.parse() else {
            return (0, bytes::Bytes::new());
        };
        let mut rb = self.http.request(m, url).body(body.to_vec());
        if !body.is_empty() {
            rb = rb.header("Content-Type", "application/json");
        }
        for (k, v) in signed.headers_to_add() {
            rb = rb.header(k, v);
        }
        match rb.send().await {
            Ok(r) => {
                let s = r.status().as_u16();
                (s, r.bytes().await.unwrap_or_default())
            }
            Err(_) => (0, bytes::Bytes::new()),
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let total: usize = args.get(1).map_or(Ok(20_000), |s| s.parse())?;
    let concurrency: usize = args.get(2).map_or(Ok(32), |s| s.parse())?;
    let mode = args.get(3).cloned().unwrap_or_else(|| "mix".into());
    let account = Account::demo();
    // OSM_SANDBOX_URL=http://127.0.0.1:PORT targets a sandbox in another process (demo account)
    let (sandbox, base) = match std::env::var("OSM_SANDBOX_URL") {
        Ok(url) => (None, url.trim_end_matches('/').to_owned()),
        Err(_) => {
            let s = Sandbox::builder().account(account.clone()).spawn().await?;
            let base = s.base_url().to_owned();
            (Some(s), base)
        }
    };
    let host = base.trim_start_matches("http://").to_owned();
    let client = Arc::new(Client {
        http: reqwest::Client::builder()
            .pool_max_idle_per_host(concurrency)
            .build()?,
        base,
        host,
        creds: Credentials::new(account.access_key(), account.secret_key())?
            .with_domain_id(account.domain_id()),
    });
    let create = br#"{"business_type_id":"bt-consult","simple_description":"load test case","source_id":"83aeb0f2834c4df49826c781d32a963e"}"#;
    // a few cases to read
    let mut first = None;
    for _ in 0..20 {
        let (status, body) = client
            .call_body("POST", "/v2/servicerequest/cases", "", create)
            .await;
        if status != 200 {
            return Err(format!(
                "seeding failed with HTTP {status}: {}",
                String::from_utf8_lossy(&body)
            )
            .into());
        }
        let v: serde_json::Value = serde_json::from_slice(&body)?;
        first = first.or_else(|| v["incident_id"].as_str().map(str::to_owned));
    }
    let case_path = format!(
        "/v2/servicerequest/cases/{}/status",
        first.unwrap_or_default()
    );
    let next = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (client, next, failures, mode, case_path) = (
            client.clone(),
            next.clone(),
            failures.clone(),
            mode.clone(),
            case_path.clone(),
        );
        tasks.spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let status = match (mode.as_str(), i % 10) {
                    ("create", _) | ("mix", 0) => {
                        client
                            .call("POST", "/v2/servicerequest/cases", "", create)
                            .await
                    }
                    (_, n) if n % 2 == 0 => client.call("GET", &case_path, "", b"").await,
                    _ => {
                        client
                            .call("GET", "/v2/servicerequest/cases", "limit=10&offset=0", b"")
                            .await
                    }
                };
                if status != 200 {
                    failures.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }
    while tasks.join_next().await.is_some() {}
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{total} signed requests ({mode}), {concurrency} connections: {secs:.2} s, {:.0} requests/s, {} failures",
        total as f64 / secs,
        failures.load(Ordering::Relaxed)
    );
    if let Some(s) = sandbox {
        s.shutdown().await;
    }
    Ok(())
}
