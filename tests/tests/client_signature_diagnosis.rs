//! A signature mismatch explained: osm-sandbox answers `APIGW.0301` with the canonical request
//! it computed (as Huawei's gateway does), and osm-client compares it with the one it signed.
//! Against the real sandbox on 127.0.0.1, directly and through a proxy that rewrites the query.
#![allow(clippy::unwrap_used)]

use osm_client::{Client, Credentials};
use osm_sandbox::{Account, Sandbox, SandboxHandle};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn sandbox(account: &Account) -> SandboxHandle {
    Sandbox::builder()
        .accounts(vec![account.clone()])
        .spawn()
        .await
        .expect("sandbox starts on 127.0.0.1")
}

fn client(endpoint: &str, credentials: Credentials) -> Client {
    Client::builder()
        .endpoint(endpoint)
        .credentials(credentials)
        .build()
        .unwrap()
}

/// A one-connection-at-a-time HTTP/1.1 proxy to `upstream` that replaces `from` by `to`
/// (same length) in what the client sends: a request changed after it was signed.
async fn rewriting_proxy(upstream: String, from: &'static str, to: &'static str) -> String {
    assert_eq!(from.len(), to.len());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut down, _)) = listener.accept().await {
            let upstream = upstream.clone();
            tokio::spawn(async move {
                let mut up = TcpStream::connect(&upstream).await.unwrap();
                let (mut up_read, mut up_write) = up.split();
                let (mut down_read, mut down_write) = down.split();
                let requests = async {
                    let mut buf = vec![0; 64 * 1024];
                    loop {
                        let n = down_read.read(&mut buf).await.unwrap_or(0);
                        if n == 0 {
                            break;
                        }
                        let text = String::from_utf8_lossy(&buf[..n]).replace(from, to);
                        if up_write.write_all(text.as_bytes()).await.is_err() {
                            break;
                        }
                    }
                };
                let answers = tokio::io::copy(&mut up_read, &mut down_write);
                let _ = tokio::join!(requests, answers);
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn a_wrong_secret_key_is_diagnosed_as_such() {
    let account = Account::new("AKDIAG000000000001", "right-secret", "domain-diag");
    let sandbox = sandbox(&account).await;
    let credentials = Credentials::new(account.access_key(), "wrong-secret")
        .unwrap()
        .with_domain_id(account.domain_id())
        .with_security_token("TOKEN-NEVER-SHOWN");
    let err = client(sandbox.base_url(), credentials)
        .list_cases()
        .limit(10)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.error_code(), Some("APIGW.0301"), "{err}");
    let api = err.api().unwrap();
    let server = api.server_canonical_request().unwrap();
    assert!(
        server.starts_with("GET\n/v2/servicerequest/cases"),
        "{server}"
    );
    assert!(server.contains("x-security-token:<redacted>"), "{server}");
    // the message proper, without the canonical request appended to it
    assert!(
        !api.error_msg().unwrap().contains("canonicalRequest"),
        "{:?}",
        api.error_msg()
    );
    let diagnosis = err.signature_diagnosis().unwrap();
    assert!(diagnosis.is_identical(), "{diagnosis}");
    let text = err.to_string();
    assert!(text.contains("the secret key does not match"), "{text}");
    assert!(!text.contains('\n'), "one line: {text}");
    for shown in [text, format!("{err:#?}"), diagnosis.to_string()] {
        assert!(!shown.contains("TOKEN-NEVER-SHOWN"), "{shown}");
        assert!(!shown.contains("wrong-secret"), "{shown}");
    }
}

#[tokio::test]
async fn a_request_changed_after_signing_shows_where() {
    let account = Account::new("AKDIAG000000000002", "right-secret", "domain-diag");
    let sandbox = sandbox(&account).await;
    let upstream = sandbox.base_url().trim_start_matches("http://").to_owned();
    let proxy = rewriting_proxy(upstream, "limit=10", "limit=20").await;
    let credentials = Credentials::new(account.access_key(), account.secret_key())
        .unwrap()
        .with_domain_id(account.domain_id());
    let c = client(&proxy, credentials);
    let err = c.list_cases().limit(10).send().await.unwrap_err();
    assert_eq!(err.error_code(), Some("APIGW.0301"), "{err}");
    let diagnosis = err.signature_diagnosis().unwrap();
    assert!(!diagnosis.is_identical());
    assert_eq!(
        diagnosis.first_difference().as_deref(),
        Some("line 3 (query string)")
    );
    let shown = diagnosis.to_string();
    assert!(shown.contains("signed: limit=10"), "{shown}");
    assert!(shown.contains("server: limit=20"), "{shown}");
    let text = err.to_string();
    assert!(
        text.contains("differs from the one signed at line 3"),
        "{text}"
    );

    // the same call unchanged by the proxy passes
    assert!(c.list_cases().limit(30).send().await.is_ok());
}
