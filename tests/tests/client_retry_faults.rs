//! osm-client's retry rules against the real sandbox's fault injection (`/sandbox/faults`):
//! the same rules as `client_retry.rs` (whose scripted listener covers what the sandbox does
//! not do: stalls mid-answer, HTML pages, camelCase bodies), here with real signatures,
//! operations and state.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use osm_client::{Client, Credentials, Error, RetryPolicy};
use osm_sandbox::{Fault, Sandbox, SandboxHandle};

async fn sandbox() -> SandboxHandle {
    Sandbox::builder()
        .account(osm_sandbox::Account::demo())
        .spawn()
        .await
        .unwrap()
}

fn client(sandbox: &SandboxHandle) -> Client {
    let account = sandbox.account();
    Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(account.access_key(), account.secret_key())
                .unwrap()
                .with_domain_id(account.domain_id()),
        )
        .retry_policy(
            RetryPolicy::new()
                .with_min_delay(Duration::from_millis(10))
                .without_jitter(),
        )
        .operation_timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

fn fault(operation: &str, times: u64) -> Fault {
    Fault {
        times: Some(times),
        ..Fault::new(operation)
    }
}

/// How often the sandbox's only fault was hit, and how many hits it has left.
fn hits(sandbox: &SandboxHandle) -> (u64, Option<u64>) {
    sandbox
        .faults()
        .first()
        .map_or((0, None), |f| (f.hits, f.remaining))
}

async fn create(c: &Client) -> Result<String, Error> {
    let created = c
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("retried?")
        .source_id("83")
        .send()
        .await?;
    Ok(created.incident_id().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn a_read_answered_503_twice_is_retried_until_served() {
    let sb = sandbox().await;
    let c = client(&sb);
    let id = create(&c).await.unwrap();
    sb.add_fault(Fault {
        status: Some(503),
        ..fault("show_case_detail", 2)
    })
    .unwrap();
    let detail = c.show_case_detail().case_id(&id).send().await.unwrap();
    assert_eq!(
        detail
            .incident_detail_info()
            .and_then(|d| d.incident_id.as_deref()),
        Some(id.as_str())
    );
    // both faulty answers were used up by the first call's retries
    assert!(
        matches!(hits(&sb), (0, None) | (2, Some(0))),
        "{:?}",
        sb.faults()
    );
}

#[tokio::test]
async fn a_create_is_never_resent() {
    let sb = sandbox().await;
    let c = client(&sb);
    let domain = sb.account().domain_id().to_owned();
    // 503: an answer that says nothing was done, but a create is not idempotent
    sb.add_fault(Fault {
        status: Some(503),
        ..fault("create_cases", 2)
    })
    .unwrap();
    let err = create(&c).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err}");
    assert!(err.is_retryable(), "the caller may decide to retry: {err}");
    assert_eq!(hits(&sb), (1, Some(1)), "sent once");
    sb.clear_faults();

    // the connection dropped after the request was read: it may have been done; not resent
    sb.add_fault(Fault {
        drop: true,
        ..fault("create_cases", 2)
    })
    .unwrap();
    let err = create(&c).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(!err.is_connect(), "it was connected: {err}");
    assert_eq!(hits(&sb), (1, Some(1)), "sent once");
    assert_eq!(sb.case_count(&domain), 0, "neither answer created anything");
}

#[tokio::test]
async fn throttling_waits_for_retry_after_then_is_the_answer_without_retries() {
    let sb = sandbox().await;
    let c = client(&sb);
    sb.add_fault(Fault {
        status: Some(429),
        retry_after: Some(1),
        ..fault("list_cases", 1)
    })
    .unwrap();
    let started = std::time::Instant::now();
    let page = c.list_cases().limit(10).send().await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );
    assert_eq!(page.total_count, Some(0));

    // without retries the throttle is the answer
    sb.add_fault(Fault {
        status: Some(429),
        ..fault("list_cases", 1)
    })
    .unwrap();
    let err = c
        .list_cases()
        .customize(osm_client::RequestOptions::new().retry_policy(RetryPolicy::none()))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_throttled(), "{err}");
    assert_eq!(err.error_code(), Some("APIGW.0308"));
    assert!(err.request_id().is_some(), "{err}");
}

#[tokio::test]
async fn a_malformed_answer_is_a_decode_error_with_status_and_request_id() {
    let sb = sandbox().await;
    let c = client(&sb);
    sb.add_fault(Fault {
        malformed: true,
        ..fault("list_cases", 1)
    })
    .unwrap();
    let err = c.list_cases().send().await.unwrap_err();
    let Error::Decode {
        status, request_id, ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(status.map(|s| s.as_u16()), Some(200));
    assert!(request_id.is_some(), "{err}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn a_failed_commit_leaves_nothing_and_is_not_resent() {
    let sb = sandbox().await;
    let c = client(&sb);
    let domain = sb.account().domain_id().to_owned();
    sb.add_fault(Fault {
        fail_commit: true,
        ..fault("create_cases", 1)
    })
    .unwrap();
    let err = create(&c).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500), "{err}");
    assert_eq!(sb.case_count(&domain), 0, "rolled back");
    // the next create goes through
    assert!(!create(&c).await.unwrap().is_empty());
    assert_eq!(sb.case_count(&domain), 1);
}
