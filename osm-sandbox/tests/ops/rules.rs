//! The case status machine and account isolation.

use serde_json::json;

use crate::CASES;
use crate::common::{Osm, account_a, account_b, control, sandbox};

#[tokio::test]
async fn status_machine_rules() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let act = |id: &str, action: &str| format!("{CASES}/{id}/action?action_id={action}");

    let c = a.create_case("cancel me").await;
    a.post(&act(&c, "press"), &json!({})).await.ok();
    a.post(&act(&c, "delete"), &json!({})).await.err(400);
    a.post(&act(&c, "cancel"), &json!({})).await.ok();
    assert_eq!(
        a.get(&format!("{CASES}/{c}/status")).await.ok()["status"],
        4
    );
    let (code, msg) = a.post(&act(&c, "close"), &json!({})).await.err(400);
    assert_eq!(code, "OSM.00040002");
    assert!(msg.contains("already closed"), "{msg}");
    let (_, msg) = a.post(&act(&c, "press"), &json!({})).await.err(400);
    assert!(msg.contains("cancelled (status 4)"), "{msg}");
    a.post(
        &format!("{CASES}/{c}/message"),
        &json!({"message": {"content": "hi"}}),
    )
    .await
    .err(400);
    a.post(&act(&c, "delete"), &json!({})).await.ok();

    let c = a.create_case("being processed").await;
    control(&sb, &format!("/cases/{c}/status"), &json!({"status": 1})).await;
    let (_, msg) = a.post(&act(&c, "cancel"), &json!({})).await.err(400);
    assert!(
        msg.contains("only a case pending acceptance (status 0) can be cancelled"),
        "{msg}"
    );
    control(
        &sb,
        &format!("/cases/{c}/reply"),
        &json!({"content": "fixed, please confirm", "status": 2}),
    )
    .await;
    assert_eq!(
        a.get(&format!("{CASES}/{c}/status")).await.ok()["status"],
        2
    );
    a.post(&act(&c, "press"), &json!({})).await.err(400);
    // support waits for feedback (17); the customer's answer puts the case back in processing
    sb.set_case_status(&c, 17).await.unwrap();
    let e = sb
        .engineer_reply("CS-nope", "hello?", None)
        .await
        .unwrap_err();
    assert_eq!(e.status, 404);
    assert!(sb.set_case_status(&c, 99).await.is_err());
    a.post(
        &format!("{CASES}/{c}/message"),
        &json!({"message": {"content": "here is the log"}}),
    )
    .await
    .ok();
    assert_eq!(
        a.get(&format!("{CASES}/{c}/status")).await.ok()["status"],
        1
    );
    a.post(&act(&c, "close"), &json!({})).await.ok();
    let (_, msg) = a.post(&act(&c, "reopen"), &json!({})).await.err(400);
    assert!(
        msg.contains(
            r#"query.action_id: "reopen" is not one of "cancel", "close", "press", "delete""#
        ),
        "{msg}"
    );
    a.post(&act("CS-nope", "close"), &json!({})).await.err(404);
    control(&sb, "/cases/CS-nope/status", &json!({"status": 1}))
        .await
        .err(404);
    control(&sb, &format!("/cases/{c}/status"), &json!({"status": 99}))
        .await
        .err(400);
    sb.shutdown().await;
}

#[tokio::test]
async fn accounts_are_isolated() {
    let sb = sandbox().await;
    let (a, b) = (Osm::new(&sb, &account_a()), Osm::new(&sb, &account_b()));
    let case = a.create_case("private to A").await;
    let label = a.create_label("mine", "#111111").await;
    let acc = a
        .post("/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "a.txt", "accessory_from": "incident", "accessory_data": "aGVsbG8="}))
        .await
        .ok()["accessory_id"]
        .as_str()
        .unwrap()
        .to_owned();
    a.post(
        &format!("{CASES}/{case}/message"),
        &json!({"message": {"content": "secret"}}),
    )
    .await
    .ok();

    assert_eq!(b.get(CASES).await.ok()["total_count"], 0);
    assert_eq!(
        b.get(&format!("{CASES}/count")).await.ok()["incident_status_counts"],
        json!([])
    );
    assert_eq!(
        b.get("/v2/servicerequest/labels").await.ok()["total_count"],
        0
    );
    b.get(&format!("{CASES}/{case}")).await.err(404);
    b.get(&format!("{CASES}/{case}/messages")).await.err(404);
    b.get(&format!("{CASES}/{case}/status")).await.err(404);
    b.post(
        &format!("{CASES}/{case}/message"),
        &json!({"message": {"content": "intrude"}}),
    )
    .await
    .err(404);
    b.post(
        &format!("{CASES}/{case}/action?action_id=cancel"),
        &json!({}),
    )
    .await
    .err(404);
    b.send(
        "POST",
        &format!("{CASES}/{case}/labels?label_ids={label}"),
        None,
        b"",
    )
    .await
    .err(404);
    b.put(
        &format!("/v2/servicerequest/labels/{label}"),
        &json!({"name": "x", "color": "#1"}),
    )
    .await
    .err(404);
    b.delete(&format!("/v2/servicerequest/labels/{label}"))
        .await
        .err(404);
    b.get(&format!("/v2/servicerequest/accessorys/{acc}"))
        .await
        .err(404);
    b.delete(&format!("/v2/servicerequest/accessorys/{acc}"))
        .await
        .err(404);
    b.post(
        CASES,
        &json!({"business_type_id": "bt-consult", "simple_description": "x", "source_id": "s",
        "accessory_ids": [acc]}),
    )
    .await
    .err(400);
    let csv = b
        .get(&format!("{CASES}/export?language=en-us&timezone=GMT%2B8"))
        .await;
    assert_eq!(
        String::from_utf8(csv.bytes.to_vec())
            .unwrap()
            .lines()
            .count(),
        1
    );

    // A still sees everything intact
    assert_eq!(
        a.get(&format!("{CASES}/{case}/messages")).await.ok()["count"],
        1
    );
    assert_eq!(
        a.get("/v2/servicerequest/labels").await.ok()["total_count"],
        1
    );
    assert_eq!(
        a.get(&format!("/v2/servicerequest/accessorys/{acc}"))
            .await
            .bytes
            .as_ref(),
        b"hello"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn a_cases_labels_stay_a_set() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let c = a.create_case("labelled").await;
    let mut ids = Vec::new();
    for n in 0..11 {
        ids.push(a.create_label(&format!("l{n}"), "#123456").await);
    }
    let attach = |q: &str| format!("{CASES}/{c}/labels?{q}");
    let query = |ids: &[i64]| {
        ids.iter()
            .map(|i| format!("label_ids={i}"))
            .collect::<Vec<_>>()
            .join("&")
    };
    let attached = async || {
        let list = a.get(&format!("{CASES}/{c}/labels")).await.ok();
        let mut got: Vec<i64> = list["case_label_list"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["label_id"].as_i64().unwrap())
            .collect();
        got.sort_unstable();
        got
    };

    // the same label twice in one request, then again: attached once
    let first = ids[0];
    for q in [query(&[first, first]), query(&[first])] {
        a.send("POST", &attach(&q), None, b"").await.ok();
    }
    assert_eq!(attached().await, vec![first]);

    // up to the limit of 10 (at most 5 per request, as the API reference says), re-attaching
    // labels already there is no new label
    for chunk in [&ids[..5], &ids[5..10], &ids[..5], &ids[5..10]] {
        a.send("POST", &attach(&query(chunk)), None, b"").await.ok();
    }
    assert_eq!(attached().await, ids[..10].to_vec());
    let (_, msg) = a
        .send("POST", &attach(&query(&ids[..6])), None, b"")
        .await
        .err(400);
    assert!(
        msg.contains("query.label_ids: 6 items, at most 5 allowed"),
        "{msg}"
    );
    let (_, msg) = a
        .send("POST", &attach(&query(&ids[10..])), None, b"")
        .await
        .err(400);
    assert!(msg.contains("at most 10 labels"), "{msg}");

    // one detach removes it: no second copy left behind
    a.delete(&attach(&query(&[first]))).await.ok();
    assert_eq!(attached().await, ids[1..10].to_vec());
    a.delete(&attach(&query(&[first]))).await.err(404);
}
