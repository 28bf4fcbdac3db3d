//! Load generator: signed requests per second against an in-process sandbox on 127.0.0.1.
//!
//! ```sh
//! cargo run --release -p osm-sandbox --example load -- [REQUESTS] [CONCURRENCY] [get|create|mix|list] \
//!     [--cases N] [--state FILE] [--state-bytes BYTES]
//! ```
//! Defaults: 20000 requests, 32 concurrent connections, `mix` (90% `show_case_status` /
//! `list_cases?limit=10`, 10% `create_cases`); `list` is only `list_cases?limit=10`.
//! `--cases N` first creates N cases in the account (how lists scale with the data),
//! `--state FILE` keeps the state in FILE (it must not exist yet) and `--state-bytes BYTES`
//! first uploads 5 MiB attachments until the state on disk is at least BYTES (how changes scale
//! with the state's size); seeding is not timed. Every request is signed (SDK-HMAC-SHA256)
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
    let mut positional = Vec::new();
    let (mut seed_cases, mut state, mut state_bytes) = (0usize, None, 0u64);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--cases" => seed_cases = value()?.parse()?,
            "--state" => state = Some(std::path::PathBuf::from(value()?)),
            "--state-bytes" => state_bytes = value()?.parse()?,
            _ => positional.push(a),
        }
    }
    let total: usize = positional.first().map_or(Ok(20_000), |s| s.parse())?;
    let concurrency: usize = positional.get(1).map_or(Ok(32), |s| s.parse())?;
    let mode = positional.get(2).cloned().unwrap_or_else(|| "mix".into());
    let account = Account::demo();
    // OSM_SANDBOX_URL=http://127.0.0.1:PORT targets a sandbox in another process (demo account)
    let (sandbox, base) = match std::env::var("OSM_SANDBOX_URL") {
        Ok(url) => (None, url.trim_end_matches('/').to_owned()),
        Err(_) => {
            let mut b = Sandbox::builder().account(account.clone());
            if let Some(path) = &state {
                if path.exists() {
                    return Err(
                        format!("{} exists; pass a new --state path", path.display()).into(),
                    );
                }
                b = b.state_file(path);
            }
            let s = b.spawn().await?;
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
    // a few cases to read (one for `list`, so `--cases N` makes exactly N + 1)
    let mut first = None;
    for _ in 0..if mode == "list" { 1 } else { 20 } {
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
    let seeding = Instant::now();
    seed(&client, seed_cases, concurrency, create).await?;
    if let Some(path) = &state {
        seed_bytes(&client, path, state_bytes).await?;
        println!("state on disk: {} bytes", state_size(path));
    }
    if seed_cases > 0 || state_bytes > 0 {
        println!(
            "seeded {seed_cases} cases / {state_bytes} bytes in {:.1} s (not timed below)",
            seeding.elapsed().as_secs_f64()
        );
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
                    ("get" | "mix", n) if n % 2 == 0 => {
                        client.call("GET", &case_path, "", b"").await
                    }
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
    if let Some(path) = &state {
        println!("state on disk after the run: {} bytes", state_size(path));
    }
    if let Some(s) = sandbox {
        s.shutdown().await;
    }
    Ok(())
}

/// Creates `n` cases, `concurrency` at a time.
async fn seed(
    client: &Arc<Client>,
    n: usize,
    concurrency: usize,
    create: &'static [u8],
) -> Result<(), Box<dyn std::error::Error>> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..concurrency.max(1) {
        let (client, next) = (client.clone(), next.clone());
        tasks.spawn(async move {
            while next.fetch_add(1, Ordering::Relaxed) < n {
                let status = client
                    .call("POST", "/v2/servicerequest/cases", "", create)
                    .await;
                if status != 200 {
                    return Err(format!("seeding a case failed with HTTP {status}"));
                }
            }
            Ok(())
        });
    }
    while let Some(r) = tasks.join_next().await {
        r??;
    }
    Ok(())
}

/// Bytes of the state file and its companions (`FILE-wal`, ...).
fn state_size(path: &std::path::Path) -> u64 {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        dir
    };
    let name = name.to_string_lossy().into_owned();
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(&name))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// Uploads 5 MiB attachments (fewer bytes for the last) until the state is `target` bytes.
async fn seed_bytes(
    client: &Arc<Client>,
    path: &std::path::Path,
    target: u64,
) -> Result<(), Box<dyn std::error::Error>> {
    use base64::Engine as _;
    let mut n = 0u64;
    while state_size(path) < target {
        let missing = target - state_size(path);
        let size = missing.clamp(1024, 5 * 1024 * 1024) as usize;
        n += 1;
        let data: Vec<u8> = (0..size)
            .map(|i| (i as u64 * 2654435761 + n) as u8)
            .collect();
        let body = serde_json::json!({
            "accessory_name": format!("seed{n}.log"),
            "accessory_from": "incident",
            "accessory_data": base64::engine::general_purpose::STANDARD.encode(&data),
        })
        .to_string();
        let (status, reply) = client
            .call_body(
                "POST",
                "/v2/servicerequest/accessorys/json-format-content",
                "",
                body.as_bytes(),
            )
            .await;
        if status != 200 {
            return Err(format!(
                "seeding an attachment failed with HTTP {status}: {}",
                String::from_utf8_lossy(&reply)
            )
            .into());
        }
    }
    Ok(())
}
