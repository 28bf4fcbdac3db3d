//! osm-client's retries, timeouts and failover against a fault-injecting HTTP/1.1 server on
//! 127.0.0.1 (a raw tokio `TcpListener` that answers from a script).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use osm_client::{Client, Credentials, Error, RetryPolicy};
use server::{Fault, FaultServer};

fn credentials() -> Credentials {
    Credentials::new("AKFAULT", "SKFAULT")
        .unwrap()
        .with_domain_id("domain-fault")
}

fn client(url: &str, policy: RetryPolicy) -> Client {
    Client::builder()
        .endpoint(url)
        .credentials(credentials())
        .retry_policy(policy)
        .attempt_timeout(Duration::from_millis(300))
        .operation_timeout(Duration::from_secs(2))
        .build()
        .unwrap()
}

fn fast() -> RetryPolicy {
    RetryPolicy::new()
        .with_min_delay(Duration::from_millis(10))
        .without_jitter()
}

async fn create_case(c: &Client) -> Result<String, Error> {
    let created = c
        .create_cases()
        .business_type_id("bt-1")
        .simple_description("disk full")
        .source_id("src-1")
        .send()
        .await?;
    Ok(created.into_inner().incident_id.unwrap_or_default())
}

#[tokio::test]
async fn create_dropped_after_read_is_sent_exactly_once() {
    let s = FaultServer::start(vec![
        Fault::DropAfterRead,
        Fault::ok(r#"{"incident_id":"dup"}"#),
    ])
    .await;
    let err = create_case(&client(&s.url, fast())).await.unwrap_err();
    let seen = s.seen();
    assert_eq!(seen[0].method, "POST");
    assert!(String::from_utf8_lossy(&seen[0].body).contains("disk full"));
    assert_eq!(
        s.count(),
        1,
        "a create that may have reached the server must not be resent"
    );
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(!err.is_connect());
}

#[tokio::test]
async fn get_answered_503_twice_then_200_is_retried() {
    let s = FaultServer::start(vec![
        Fault::status(503),
        Fault::status(503),
        Fault::ok(r#"{"total_count":1,"incident_info_list":[{"incident_id":"c1"}]}"#),
    ])
    .await;
    let c = client(&s.url, fast());
    let page = c
        .list_cases()
        .limit(10)
        .offset(0)
        .status(1)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.total_count, Some(1));
    let seen = s.seen();
    assert_eq!(seen.len(), 3);
    for r in &seen {
        assert!(
            r.header("authorization")
                .unwrap()
                .starts_with("SDK-HMAC-SHA256 Access=AKFAULT, SignedHeaders=")
        );
        assert_eq!(r.header("x-domain-id"), Some("domain-fault"));
        assert!(r.header("x-sdk-date").is_some());
        assert!(
            r.header("api-version").is_none(),
            "progenitor's api-version header is removed"
        );
        assert_eq!(
            r.target,
            "/v2/servicerequest/cases?limit=10&offset=0&status=1"
        );
    }
}

#[tokio::test]
async fn post_answered_503_is_not_retried() {
    let s = FaultServer::start(vec![Fault::status(503), Fault::ok("{}")]).await;
    let err = create_case(&client(&s.url, fast())).await.unwrap_err();
    assert_eq!(s.count(), 1);
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.error_code(), Some("T.503"));
    assert_eq!(err.request_id(), Some("req-0"));
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "OSM error T.503: scripted 503 (HTTP 503, request id req-0)"
    );
}

#[tokio::test]
async fn stalled_attempts_time_out_within_the_operation_deadline() {
    let s = FaultServer::start(vec![Fault::Stall(Duration::from_secs(10))]).await;
    let c = client(&s.url, fast());
    let started = Instant::now();
    let err = c.list_labels().send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(
        s.count(),
        3,
        "each stalled GET attempt is retried up to the policy"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn operation_deadline_cuts_retries_short() {
    let s = FaultServer::start(vec![Fault::Stall(Duration::from_secs(10))]).await;
    let c = Client::builder()
        .endpoint(&s.url)
        .credentials(credentials())
        .retry_policy(fast().with_max_attempts(10))
        .attempt_timeout(Duration::from_millis(300))
        .operation_timeout(Duration::from_millis(700))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = c.list_labels().send().await.unwrap_err();
    assert!(err.is_timeout());
    assert!(
        started.elapsed() < Duration::from_millis(1200),
        "{:?}",
        started.elapsed()
    );
    assert!(s.count() <= 3, "{}", s.count());
}

#[tokio::test]
async fn throttled_get_waits_for_retry_after_and_signs_afresh() {
    let s = FaultServer::start(vec![
        Fault::Respond(
            429,
            vec![("retry-after", "1".into())],
            r#"{"error_code":"APIGW.0308","error_msg":"throttled"}"#.into(),
        ),
        Fault::ok("{}"),
    ])
    .await;
    let c = client(&s.url, fast());
    let started = Instant::now();
    c.list_labels().send().await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 honoured"
    );
    let seen = s.seen();
    assert_eq!(seen.len(), 2);
    assert_ne!(
        seen[0].header("x-sdk-date"),
        seen[1].header("x-sdk-date"),
        "fresh date per attempt"
    );
    assert_ne!(
        seen[0].header("authorization"),
        seen[1].header("authorization")
    );
}

#[tokio::test]
async fn throttling_without_retries_surfaces_as_is_throttled() {
    let s = FaultServer::start(vec![Fault::Respond(
        429,
        vec![("retry-after", "1".into())],
        "{}".into(),
    )])
    .await;
    let err = client(&s.url, RetryPolicy::none())
        .list_labels()
        .send()
        .await
        .unwrap_err();
    assert!(err.is_throttled());
    assert_eq!(s.count(), 1);
}

#[tokio::test]
async fn retry_after_beyond_the_deadline_is_not_waited_for() {
    let s = FaultServer::start(vec![Fault::Respond(
        503,
        vec![("retry-after", "30".into())],
        "{}".into(),
    )])
    .await;
    let started = Instant::now();
    let err = client(&s.url, fast())
        .list_labels()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(s.count(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn html_error_page_is_kept_truncated() {
    let page = format!("<html><body>{}</body></html>", "bad gateway ".repeat(200));
    let s = FaultServer::start(vec![Fault::Respond(
        502,
        vec![("content-type", "text/html".into())],
        page,
    )])
    .await;
    let err = client(&s.url, RetryPolicy::none())
        .list_labels()
        .send()
        .await
        .unwrap_err();
    let raw = err.api().unwrap().raw_body().unwrap();
    assert!(raw.starts_with("<html><body>bad gateway"));
    assert!(raw.len() < 600);
    assert!(
        err.to_string()
            .starts_with("OSM error: non-JSON error body: <html>")
    );
    assert!(err.to_string().ends_with("(HTTP 502, request id req-0)"));
}

#[tokio::test]
async fn camel_case_error_body() {
    let s = FaultServer::start(vec![Fault::Respond(
        404,
        vec![],
        r#"{"errorCode":"OSM.404","errorMsg":"no such case","requestId":"rid-body"}"#.into(),
    )])
    .await;
    let err = client(&s.url, fast())
        .show_case_detail()
        .case_id("nope")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.error_code(), Some("OSM.404"));
    assert_eq!(err.error_msg(), Some("no such case"));
    assert_eq!(err.request_id(), Some("rid-body"));
}

#[tokio::test]
async fn unreachable_endpoint_fails_over_even_for_a_create() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let s = FaultServer::start(vec![Fault::ok(r#"{"incident_id":"c1"}"#)]).await;
    let c = Client::builder()
        .endpoint(&dead_url)
        .endpoint(&s.url)
        .credentials(credentials())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    assert_eq!(create_case(&c).await.unwrap(), "c1");
    assert_eq!(s.count(), 1);
    assert_eq!(
        c.endpoint(),
        s.url,
        "the next calls go to the working endpoint"
    );
    let host = s.url.trim_start_matches("http://");
    assert_eq!(s.seen()[0].header("host"), Some(host));
}

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let err = create_case(&client(&dead_url, fast())).await.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert!(err.is_retryable());
    assert!(err.to_string().contains("could not connect"), "{err}");
}

/// The fault-injecting server.
/// open_case: when the creation fails and the uploaded attachment cannot be deleted (or must
/// not be, the case may exist), the error names what remains.
#[tokio::test]
async fn open_case_says_which_attachments_remain() {
    const LIMITS: &str = r#"{"accessory_limit":{"limit_size":"5","limit_file_type":"txt"}}"#;
    let open = |c: &Client| {
        c.open_case(
            c.create_cases()
                .business_type_id("bt-1")
                .simple_description("disk full")
                .source_id("src-1"),
        )
        .attachment(osm_client::Attachment::from_bytes("log.txt", "boot log"))
        .send()
    };

    // refused, and the delete fails too
    let s = FaultServer::start(vec![
        Fault::ok(LIMITS),
        Fault::ok(r#"{"accessory_id":"ACC-1"}"#),
        Fault::status(400),
        Fault::status(500),
    ])
    .await;
    let err = open(&client(&s.url, RetryPolicy::none()))
        .await
        .unwrap_err();
    let Error::AttachmentsLeft {
        error,
        accessory_ids,
        cleanup,
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(accessory_ids, &["ACC-1"]);
    assert_eq!(
        cleanup
            .as_ref()
            .and_then(|e| e.status())
            .map(|s| s.as_u16()),
        Some(500)
    );
    let text = err.to_string();
    assert!(
        text.contains("attachment(s) ACC-1 uploaded for the case remain")
            && text.contains("deleting them failed: OSM error T.500"),
        "{text}"
    );
    let methods: Vec<String> = s.seen().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["GET", "POST", "POST", "DELETE"]);

    // the creation's answer is lost: the case may exist, so nothing is deleted
    let s = FaultServer::start(vec![
        Fault::ok(LIMITS),
        Fault::ok(r#"{"accessory_id":"ACC-2"}"#),
        Fault::DropAfterRead,
    ])
    .await;
    let err = open(&client(&s.url, RetryPolicy::none()))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::AttachmentsLeft { cleanup: None, accessory_ids, .. } if accessory_ids == &["ACC-2"]),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("the case may have been created"),
        "{err}"
    );
    assert_eq!(s.count(), 3, "no delete");
}

mod server {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    /// What the server does with one request.
    #[derive(Clone, Debug)]
    pub(super) enum Fault {
        /// Answer with this status, extra headers and body.
        Respond(u16, Vec<(&'static str, String)>, String),
        /// Read the whole request, then close the connection without answering.
        DropAfterRead,
        /// Read the whole request, then wait this long before answering 200 `{}`.
        Stall(Duration),
    }

    impl Fault {
        pub(super) fn ok(body: &str) -> Self {
            Fault::Respond(200, vec![], body.to_owned())
        }
        pub(super) fn status(status: u16) -> Self {
            Fault::Respond(
                status,
                vec![],
                format!(r#"{{"error_code":"T.{status}","error_msg":"scripted {status}"}}"#),
            )
        }
    }

    /// One request as the server saw it.
    #[derive(Clone, Debug)]
    pub(super) struct Seen {
        pub(super) method: String,
        pub(super) target: String,
        pub(super) headers: Vec<(String, String)>,
        pub(super) body: Vec<u8>,
    }

    impl Seen {
        pub(super) fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    /// The running server: its URL and the requests it has seen.
    pub(super) struct FaultServer {
        pub(super) url: String,
        seen: Arc<Mutex<Vec<Seen>>>,
        task: tokio::task::JoinHandle<()>,
    }

    impl Drop for FaultServer {
        fn drop(&mut self) {
            self.task.abort();
        }
    }

    impl FaultServer {
        /// Serves `script` in order, one entry per request; the last entry repeats.
        pub(super) async fn start(script: Vec<Fault>) -> Self {
            let listener = TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind 127.0.0.1");
            let url = format!("http://{}", listener.local_addr().expect("local addr"));
            let seen = Arc::new(Mutex::new(Vec::new()));
            let script = Arc::new(script);
            let seen2 = seen.clone();
            let task = tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        return;
                    };
                    let (seen, script) = (seen2.clone(), script.clone());
                    tokio::spawn(serve_connection(stream, seen, script));
                }
            });
            FaultServer { url, seen, task }
        }

        pub(super) fn seen(&self) -> Vec<Seen> {
            self.seen.lock().expect("lock").clone()
        }

        pub(super) fn count(&self) -> usize {
            self.seen.lock().expect("lock").len()
        }
    }

    async fn serve_connection(
        mut stream: TcpStream,
        seen: Arc<Mutex<Vec<Seen>>>,
        script: Arc<Vec<Fault>>,
    ) {
        let mut buf = Vec::new();
        loop {
            let Some(req) = read_request(&mut stream, &mut buf).await else {
                return;
            };
            let index = {
                let mut s = seen.lock().expect("lock");
                s.push(req);
                s.len() - 1
            };
            let fault = script
                .get(index)
                .or(script.last())
                .cloned()
                .unwrap_or(Fault::ok("{}"));
            let (status, headers, body) = match fault {
                Fault::DropAfterRead => return,
                Fault::Stall(d) => {
                    tokio::time::sleep(d).await;
                    (200, vec![], "{}".to_owned())
                }
                Fault::Respond(s, h, b) => (s, h, b),
            };
            let mut head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: req-{index}\r\n",
                body.len()
            );
            for (n, v) in headers {
                head.push_str(&format!("{n}: {v}\r\n"));
            }
            head.push_str("\r\n");
            if stream.write_all(head.as_bytes()).await.is_err()
                || stream.write_all(body.as_bytes()).await.is_err()
            {
                return;
            }
        }
    }

    async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Seen> {
        let head_end = loop {
            if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break p + 4;
            }
            let mut chunk = [0u8; 4096];
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut first = lines.next()?.split(' ');
        let method = first.next()?.to_owned();
        let target = first.next()?.to_owned();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
            .collect();
        let len: usize = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + len {
            let mut chunk = [0u8; 4096];
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = buf[head_end..head_end + len].to_vec();
        buf.drain(..head_end + len);
        Some(Seen {
            method,
            target,
            headers,
            body,
        })
    }
}

// ------------------------------------------------------------------ reading answers

/// An answer (the fault server numbers its answers' `X-Request-Id`: `req-0` is the first).
fn with_request_id(status: u16, body: &str) -> Fault {
    Fault::Respond(status, vec![], body.to_owned())
}

#[tokio::test]
async fn an_empty_error_body_is_reported_as_sent() {
    let s = FaultServer::start(vec![with_request_id(404, "")]).await;
    let err = client(&s.url, RetryPolicy::none())
        .show_case_detail()
        .case_id("CS1")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_not_found(), "{err:#?}");
    assert_eq!(err.request_id(), Some("req-0"));
    assert_eq!(err.api().unwrap().raw_body(), None);
    assert_eq!(
        err.to_string(),
        "OSM error: Not Found (HTTP 404, request id req-0)"
    );
}

#[tokio::test]
async fn a_non_json_error_body_is_kept_as_sent() {
    let html = "<html><body>502 Bad Gateway</body></html>";
    let s = FaultServer::start(vec![with_request_id(400, html)]).await;
    let err = client(&s.url, RetryPolicy::none())
        .list_cases()
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.api().unwrap().raw_body(), Some(html));
    assert_eq!(err.error_code(), None);
    assert!(err.to_string().contains(html), "{err}");
}

#[tokio::test]
async fn an_undecodable_answer_names_the_field_status_and_request_id() {
    let s = FaultServer::start(vec![with_request_id(
        200,
        r#"{"total_count": 1, "incident_info_list": [{"incident_id": 7}]}"#,
    )])
    .await;
    let err = client(&s.url, RetryPolicy::none())
        .list_cases()
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            status,
            request_id,
            message,
        } => {
            assert_eq!(status.map(|s| s.as_u16()), Some(200));
            assert_eq!(request_id.as_deref(), Some("req-0"));
            assert!(
                message.contains("incident_info_list[0].incident_id"),
                "{message}"
            );
        }
        other => panic!("{other:#?}"),
    }
    assert_eq!(err.request_id(), Some("req-0"));
}

#[tokio::test]
async fn new_values_and_fields_from_the_service_still_decode() {
    let s = FaultServer::start(vec![Fault::ok(
        r#"{"status": 99, "brand_new_field": {"x": 1}}"#,
    )])
    .await;
    let answer = client(&s.url, RetryPolicy::none())
        .show_case_status()
        .case_id("CS1")
        .send()
        .await
        .unwrap();
    let status = answer.status().unwrap();
    assert!(
        matches!(status, osm_client::types::CaseStatus::Unknown(v) if *v.get() == 99),
        "{status:?}"
    );
    assert_eq!(answer.http_status().as_u16(), 200);
}
