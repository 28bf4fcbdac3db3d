//! osm-client's tracing: one span per operation with its id, attempts, status, request id and
//! latency; the canonical request at TRACE level; never a secret key or security token.
//! (One test in its own binary: it installs the global subscriber.)
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use osm_client::{Client, Credentials};
use osm_sandbox::{Account, Sandbox};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn spans_and_canonical_request_without_secrets() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_env_filter("osm_client=trace")
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();

    let account = Account::new("AKTRACE00000000001", "SECRET-SK-VALUE-1", "domain-trace");
    let sandbox = Sandbox::builder()
        .account(account.clone())
        .spawn()
        .await
        .unwrap();
    let client = Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), account.secret_key())
                .unwrap()
                .with_security_token("SECRET-TOKEN-VALUE-2")
                .with_domain_id(account.domain_id()),
        )
        .build()
        .unwrap();
    // The answer does not matter here (the sandbox may refuse temporary credentials).
    let _ = client.list_labels().send().await;

    let logged = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logged.contains("canonical_request=GET\n/v2/servicerequest/labels/"),
        "{logged}"
    );
    assert!(logged.contains("x-security-token:<redacted>"), "{logged}");
    assert!(
        logged.contains("osm_call{operation=\"list_labels\""),
        "{logged}"
    );
    assert!(logged.contains("attempts=1"), "{logged}");
    assert!(logged.contains("status="), "{logged}");
    assert!(logged.contains("request_id="), "{logged}");
    assert!(logged.contains("latency_ms="), "{logged}");
    assert!(!logged.contains("SECRET-SK-VALUE-1"), "{logged}");
    assert!(!logged.contains("SECRET-TOKEN-VALUE-2"), "{logged}");
}
