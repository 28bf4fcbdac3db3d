//! Every group of OSM operations over HTTP with signed requests.
#![allow(clippy::unwrap_used)]

mod common;

use base64::Engine as _;
use common::{Osm, account_a, account_b, control, sandbox};
use serde_json::{Value, json};

const CASES: &str = "/v2/servicerequest/cases";

#[tokio::test]
async fn a_tickets_whole_life() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());

    // attachments first: multipart and JSON/base64
    let limits = a.get("/v2/servicerequest/accessorys/limits").await.ok();
    assert_eq!(limits["accessory_limit"]["limit_size"], "5");
    let file: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let boundary = "XyZboundary42";
    let mut mp = Vec::new();
    mp.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"form_data\"\r\n\r\nincident\r\n"
        )
        .as_bytes(),
    );
    mp.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dump.bin.zip\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    mp.extend_from_slice(&file);
    mp.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let ct = format!("multipart/form-data; boundary={boundary}");
    let up = a
        .send("POST", "/v2/servicerequest/accessorys", Some(&ct), &mp)
        .await
        .ok();
    let acc1 = up["accessory_id"].as_str().unwrap().to_owned();
    let png = b"\x89PNG\r\n\x1a\nnot really a png".to_vec();
    let up2 = a
        .post(
            "/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "screen.png", "accessory_from": "message",
                    "accessory_data": base64::engine::general_purpose::STANDARD.encode(&png)}),
        )
        .await
        .ok();
    let acc2 = up2["accessory_id"].as_str().unwrap().to_owned();
    let down = a
        .get(&format!("/v2/servicerequest/accessorys/{acc1}"))
        .await;
    assert_eq!(down.status, 200);
    assert_eq!(
        down.bytes.as_ref(),
        file.as_slice(),
        "download is byte-exact"
    );
    let img = a
        .get(&format!("/v2/servicerequest/accessorys/{acc2}/image"))
        .await;
    assert_eq!(img.bytes.as_ref(), png.as_slice());
    assert_eq!(img.headers["content-type"], "image/png");
    a.get(&format!("/v2/servicerequest/accessorys/{acc1}/image"))
        .await
        .err(400);
    let urls = a
        .get(&format!(
            "/v2/servicerequest/accessorys/access-urls?accessory_ids={acc1}&accessory_ids={acc2}"
        ))
        .await
        .ok();
    assert_eq!(urls["accessory_urls"].as_array().unwrap().len(), 2);
    let url = a
        .get(&format!(
            "/v2/servicerequest/accessorys/{acc2}/access-url?relation_type=MESSAGE"
        ))
        .await
        .ok();
    assert!(url["accessory_url"].as_str().unwrap().ends_with(&acc2));

    // create with an attachment, then read it back
    let body = json!({
        "business_type_id": "bt-fault", "region_id": "cn-north-4", "product_category_id": "pc-ecs",
        "incident_sub_type_id": "st-technical", "severity_id": "sev-2",
        "simple_description": "ECS instance unreachable", "source_id": "83aeb0f2834c4df49826c781d32a963e",
        "accessory_ids": [acc1], "area_code": "86", "remind_mail": "ops@example.com",
    });
    let id = a.post(CASES, &body).await.ok()["incident_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let detail = a.get(&format!("{CASES}/{id}")).await.ok();
    let d = &detail["incident_detail_info"];
    assert_eq!(d["incident_id"], id.as_str());
    assert_eq!(d["status"], 0);
    assert_eq!(d["dc_name"], "CN North-Beijing4");
    assert_eq!(d["severity_name"], "Major: service degraded");
    assert_eq!(d["ext_info"]["remind_mail"], "ops@example.com");
    assert_eq!(
        a.get(&format!("{CASES}/{id}/status")).await.ok()["status"],
        0
    );

    // messages
    a.post(
        &format!("{CASES}/{id}/message"),
        &json!({"message": {"content": "any news?", "accessory_ids": [acc2]}}),
    )
    .await
    .ok();
    let msgs = a.get(&format!("{CASES}/{id}/messages")).await.ok();
    assert_eq!(msgs["count"], 1);
    assert_eq!(
        msgs["message_list"][0]["accessory_list"][0]["file_actual_name"],
        "screen.png"
    );
    let mine = msgs["message_list"][0]["message_id"]
        .as_str()
        .unwrap()
        .to_owned();

    // the engineer replies through the control API: case moves to processing, one unread
    let r = control(
        &sb,
        &format!("/cases/{id}/reply"),
        &json!({"content": "Looking into it"}),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        a.get(&format!("{CASES}/{id}/status")).await.ok()["status"],
        1
    );
    let unread = a
        .get(&format!("{CASES}/instant-messages/unread?case_ids={id}"))
        .await
        .ok();
    assert_eq!(unread["imunread"][0]["unread_num"], 1);
    let news = a
        .get(&format!("{CASES}/instant-messages?case_ids={id}"))
        .await
        .ok();
    assert_eq!(
        news["immsg"][0]["message_list"].as_array().unwrap().len(),
        2
    );
    assert_eq!(news["imstatus"][0]["status"], 1);
    let last = news["last_message_time_id"].as_str().unwrap().to_owned();
    let none_new = a
        .get(&format!(
            "{CASES}/instant-messages?case_ids={id}&last_message_time_id={last}"
        ))
        .await
        .ok();
    assert_eq!(
        none_new["immsg"][0]["message_list"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    a.post(&format!("{CASES}/{id}/instant-messages/unread"), &json!({}))
        .await
        .ok();
    let unread = a
        .get(&format!("{CASES}/instant-messages/unread?case_ids={id}"))
        .await
        .ok();
    assert_eq!(unread["imunread"][0]["unread_num"], 0);
    let future = (chrono::Utc::now() + chrono::Duration::hours(1)).timestamp_millis();
    let more = a
        .get(&format!(
            "{CASES}/{id}/instant-messages/more?create_time={future}&type=0&limit=1"
        ))
        .await
        .ok();
    assert_eq!(more["message_list"].as_array().unwrap().len(), 1);
    assert_eq!(more["count"], 2);
    a.post(
        &format!("{CASES}/{id}/instant-messages/{mine}/withdraw"),
        &json!({}),
    )
    .await
    .ok();
    let (_, msg) = a
        .post(
            &format!("{CASES}/{id}/instant-messages/{mine}/withdraw"),
            &json!({}),
        )
        .await
        .err(400);
    assert!(msg.contains("already withdrawn"), "{msg}");

    // labels
    let l1 = a
        .post(
            "/v2/servicerequest/labels",
            &json!({"name": "prod", "color": "#ff0000"}),
        )
        .await
        .ok()["label_id"]
        .as_i64()
        .unwrap();
    let l2 = a
        .post(
            "/v2/servicerequest/labels",
            &json!({"name": "db", "color": "#00ff00"}),
        )
        .await
        .ok()["label_id"]
        .as_i64()
        .unwrap();
    a.post(
        "/v2/servicerequest/labels",
        &json!({"name": "db", "color": "#000"}),
    )
    .await
    .err(400);
    a.put(
        &format!("/v2/servicerequest/labels/{l2}"),
        &json!({"name": "database", "color": "#0000ff"}),
    )
    .await
    .ok();
    let list = a.get("/v2/servicerequest/labels?name=data").await.ok();
    assert_eq!(list["total_count"], 1);
    assert_eq!(list["label_list"][0]["color"], "#0000ff");
    a.send(
        "POST",
        &format!("{CASES}/{id}/labels?label_ids={l1}&label_ids={l2}"),
        None,
        b"",
    )
    .await
    .ok();
    let labels = a.get(&format!("{CASES}/{id}/labels")).await.ok();
    assert_eq!(labels["case_label_list"].as_array().unwrap().len(), 2);
    let by_label = a.get(&format!("{CASES}?label_id_list={l1}")).await.ok();
    assert_eq!(by_label["total_count"], 1);
    a.delete(&format!("{CASES}/{id}/labels?label_ids={l1}"))
        .await
        .ok();
    a.delete(&format!("/v2/servicerequest/labels/{l2}"))
        .await
        .ok();
    assert_eq!(
        a.get(&format!("{CASES}/{id}/labels")).await.ok()["case_label_list"],
        json!([])
    );
    a.delete(&format!("/v2/servicerequest/labels/{l2}"))
        .await
        .err(404);

    // relations, extends params, contact info
    let other = a.create_case("related question").await;
    a.post(
        &format!("{CASES}/{id}/relations"),
        &json!({"related_id_list": [other]}),
    )
    .await
    .ok();
    let rel = a.get(&format!("{CASES}/{id}/relations")).await.ok();
    assert_eq!(rel["case_relation_list"][0]["case_id"], other.as_str());
    a.send(
        "DELETE",
        &format!("{CASES}/{id}/relations"),
        Some("application/json"),
        json!({"related_id": other}).to_string().as_bytes(),
    )
    .await
    .ok();
    assert_eq!(
        a.get(&format!("{CASES}/{id}/relations")).await.ok()["case_relation_list"],
        json!([])
    );
    a.post(
        &format!("{CASES}/{id}/extends-param"),
        &json!({"extends_map": {"resource_id": "i-123"}}),
    )
    .await
    .ok();
    assert_eq!(
        a.get(&format!("{CASES}/{id}/extends-param")).await.ok()["extends_map"]["resource_id"],
        "i-123"
    );
    a.put(
        &format!("{CASES}/{id}/contact-info"),
        &json!({"remind_mobile": "13800000000", "area_code": "86"}),
    )
    .await
    .ok();
    let d = a.get(&format!("{CASES}/{id}")).await.ok();
    assert_eq!(
        d["incident_detail_info"]["ext_info"]["remind_mobile"],
        "13800000000"
    );

    // rating before completion is refused, close, then rate
    let score = json!({"judgement": "quick", "incident_satisfaction_list": [{"satisfaction_id": 1, "satisfaction_value": 5}]});
    a.post(&format!("{CASES}/{id}/score"), &score)
        .await
        .err(400);
    a.post(&format!("{CASES}/{id}/action?action_id=close"), &json!({}))
        .await
        .ok();
    a.post(&format!("{CASES}/{id}/score"), &score).await.ok();
    let d = a.get(&format!("{CASES}/{id}")).await.ok();
    assert_eq!(d["incident_detail_info"]["status"], 3);
    assert_eq!(d["incident_detail_info"]["judgement"], "quick");
    assert_eq!(
        d["incident_detail_info"]["incident_satisfaction"][0]["satisfaction_value"],
        5
    );

    // every change left an operate-log entry
    let logs = a
        .get(&format!("{CASES}/{id}/operate-logs?limit=100"))
        .await
        .ok();
    let descs: Vec<&str> = logs["incident_operate_log_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["operate_desc"].as_str().unwrap())
        .collect();
    for expected in [
        "case created",
        "customer sent a message",
        "engineer replied",
        "withdrawn",
        "labels attached",
        "labels detached",
        "related to",
        "relation to",
        "extends params",
        "contact information",
        "close",
        "status 1 -> 3",
        "satisfaction scored",
    ] {
        assert!(
            descs.iter().any(|d| d.contains(expected)),
            "no log {expected:?} in {descs:?}"
        );
    }
    assert_eq!(logs["total_count"].as_u64().unwrap() as usize, descs.len());

    // counts, export, attachment delete, case delete
    let counts = a.get(&format!("{CASES}/count")).await.ok();
    let mut c: Vec<(i64, i64)> = counts["incident_status_counts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["status"].as_i64().unwrap(), x["count"].as_i64().unwrap()))
        .collect();
    c.sort();
    assert_eq!(c, vec![(0, 1), (3, 1)]);
    let csv = a
        .get(&format!("{CASES}/export?language=en-us&timezone=GMT%2B8"))
        .await;
    assert_eq!(csv.status, 200);
    let text = String::from_utf8(csv.bytes.to_vec()).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.contains(&id) && text.contains("ECS instance unreachable"));
    a.delete(&format!("/v2/servicerequest/accessorys/{acc2}"))
        .await
        .ok();
    a.get(&format!("/v2/servicerequest/accessorys/{acc2}"))
        .await
        .err(404);
    a.post(&format!("{CASES}/{id}/action?action_id=delete"), &json!({}))
        .await
        .ok();
    a.get(&format!("{CASES}/{id}")).await.err(404);
    assert_eq!(a.get(CASES).await.ok()["total_count"], 1);
    sb.shutdown().await;
}

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
    assert!(msg.contains("cancel, close, press or delete"), "{msg}");
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
    let label = a
        .post(
            "/v2/servicerequest/labels",
            &json!({"name": "mine", "color": "#111111"}),
        )
        .await
        .ok()["label_id"]
        .as_i64()
        .unwrap();
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
async fn config_catalogue_matches_create_validation() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let types = a.get("/v2/servicerequest/config/problems").await.ok();
    let regions = a.get("/v2/servicerequest/config/regions").await.ok();
    let region = regions["data_center_list"][0]["region_id"]
        .as_str()
        .unwrap();
    let cats = a.get("/v2/servicerequest/config/categories").await.ok();
    let sub = &cats["incident_sub_type_list"][0];
    let product = sub["incident_product_category_list"][0]["incident_product_category_id"]
        .as_str()
        .unwrap();
    let sev = a
        .get(&format!("/v2/servicerequest/config/severities?product_category_id={product}&business_type_id=bt-consult"))
        .await
        .ok();
    let severity = sev["severity_list"][0]["severity_id"].as_str().unwrap();
    for t in types["incident_business_type_list"].as_array().unwrap() {
        let bt = t["business_type_id"].as_str().unwrap();
        let mut body = json!({"business_type_id": bt, "simple_description": "from the catalogue", "source_id": "s",
            "product_category_id": product, "incident_sub_type_id": sub["incident_sub_type_id"], "severity_id": severity});
        if t["case_type"] == "5" {
            let (_, msg) = a.post(CASES, &body).await.err(400);
            assert!(msg.contains("region_id"), "{msg}");
            body["region_id"] = json!(region);
        }
        a.post(CASES, &body).await.ok();
        let tpl = a
            .get(&format!(
                "/v2/servicerequest/config/templates?business_type_id={bt}"
            ))
            .await
            .ok();
        assert_eq!(tpl["total_count"], 1);
        let quota = a
            .get(&format!("/v2/servicerequest/quotas?business_type_id={bt}"))
            .await
            .ok();
        assert_eq!(
            quota["total"].as_i64().unwrap() - quota["un_used"].as_i64().unwrap(),
            1
        );
    }
    for (field, value) in [
        ("business_type_id", "bt-nope"),
        ("product_category_id", "pc-nope"),
        ("severity_id", "sev-9"),
        ("region_id", "mars-1"),
        ("incident_sub_type_id", "st-nope"),
        ("area_code", "999"),
    ] {
        let mut body =
            json!({"business_type_id": "bt-consult", "simple_description": "x", "source_id": "s"});
        body[field] = json!(value);
        let (code, msg) = a.post(CASES, &body).await.err(400);
        assert_eq!(code, "OSM.00040001");
        assert!(msg.contains(field) && msg.contains(value), "{msg}");
    }
    for path in [
        "/v2/servicerequest/config/area-codes",
        "/v2/servicerequest/config/limits",
        "/v2/servicerequest/config/satisfaction-dimensions",
        "/v2/servicerequest/config/product-categories",
        "/v2/servicerequest/config/extends-map?business_type_id=bt-fault",
    ] {
        let v = a.get(path).await.ok();
        assert!(v.as_object().is_some_and(|o| !o.is_empty()), "{path}: {v}");
    }
    a.get("/v2/servicerequest/config/templates?business_type_id=bt-nope")
        .await
        .err(400);
    sb.shutdown().await;
}

#[tokio::test]
async fn privileges_feedback_and_pagination() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    assert_eq!(
        a.get("/v2/servicerequest/privileges?privilege=export")
            .await
            .ok()["has_privilege"],
        0
    );
    a.post(
        "/v2/servicerequest/privileges",
        &json!({"operation": "create", "privilege": "export"}),
    )
    .await
    .ok();
    assert_eq!(
        a.get("/v2/servicerequest/privileges?privilege=export")
            .await
            .ok()["has_privilege"],
        1
    );
    assert_eq!(
        Osm::new(&sb, &account_b())
            .get("/v2/servicerequest/privileges?privilege=export")
            .await
            .ok()["has_privilege"],
        0
    );
    let fb = json!({"type": "copyright", "title": "site", "content": "details", "files": ["f1"],
        "contacts": {"name": "n", "mobile": "1", "id_type": 20, "id_files": []}});
    a.post("/v2/servicerequest/feedbacks", &fb).await.err(400);
    let mut fb = fb;
    fb["contacts"]["id_files"] = json!(["id1"]);
    a.post("/v2/servicerequest/feedbacks", &fb).await.ok();

    for i in 0..25 {
        a.create_case(&format!("case number {i} zeta{i}")).await;
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut order = Vec::new();
    for offset in (0..25).step_by(10) {
        let page = a
            .get(&format!("{CASES}?offset={offset}&limit=10"))
            .await
            .ok();
        assert_eq!(page["total_count"], 25);
        for c in page["incident_info_list"].as_array().unwrap() {
            seen.insert(c["incident_id"].as_str().unwrap().to_owned());
            order.push(c["simple_description"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(seen.len(), 25);
    let expected: Vec<String> = (0..25)
        .rev()
        .map(|i| format!("case number {i} zeta{i}"))
        .collect();
    assert_eq!(
        order, expected,
        "pages are newest first, without gaps or repeats"
    );
    let found = a.get(&format!("{CASES}?search_key=zeta17")).await.ok();
    assert_eq!(found["total_count"], 1);
    let legacy = a
        .get("/osm/incidentservice/api/v1/queryincident?pageNo=3&pageSize=10")
        .await
        .ok();
    assert_eq!(legacy["totalCount"], 25);
    assert_eq!(legacy["incidentInfoList"].as_array().unwrap().len(), 5);
    sb.shutdown().await;
}

/// Builds a request for every operation of the spec and checks none is unrouted; stateless
/// operations must answer 200 with exactly the spec's example.
#[tokio::test]
async fn every_spec_operation_is_routed() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let spec = osm_sandbox::spec::Spec::embedded().unwrap();
    assert_eq!(spec.operations().len(), 82);
    let stateful_prefixes = [
        "/v2/servicerequest/cases",
        "/v2/servicerequest/labels",
        "/v2/servicerequest/accessorys",
        "/v2/servicerequest/config",
        "/v2/servicerequest/privileges",
        "/v2/servicerequest/quotas",
        "/osm/",
    ];
    let mut stateless = 0;
    for op in spec.operations() {
        let mut path = op.path.clone();
        let mut query = Vec::new();
        for p in &op.params {
            let dummy = match p.schema.get("type").and_then(Value::as_str) {
                Some("integer") => "1".to_owned(),
                Some("array") => "1".to_owned(),
                _ => "x".to_owned(),
            };
            match p.location {
                osm_sandbox::spec::Location::Path => {
                    path = path.replace(&format!("{{{}}}", p.name), &dummy)
                }
                osm_sandbox::spec::Location::Query if p.required => {
                    query.push(format!("{}={dummy}", p.name))
                }
                _ => {}
            }
        }
        let path_q = if query.is_empty() {
            path.clone()
        } else {
            format!("{path}?{}", query.join("&"))
        };
        let body = match &op.body {
            Some(osm_sandbox::spec::Body::Json { .. }) => b"{}".to_vec(),
            _ => Vec::new(),
        };
        let ct = (!body.is_empty()).then_some("application/json");
        let r = a.send(op.method.as_str(), &path_q, ct, &body).await;
        assert!(
            r.headers.contains_key("x-request-id"),
            "{}: no X-Request-Id",
            op.id
        );
        if r.status != 200 {
            let (code, _) = r.err(r.status);
            assert_ne!(
                code, "APIGW.0101",
                "{} {} is not routed",
                op.method, op.path
            );
            assert!(
                matches!(r.status, 400 | 404),
                "{}: HTTP {}",
                op.id,
                r.status
            );
        }
        if !stateful_prefixes.iter().any(|p| op.path.starts_with(p)) {
            stateless += 1;
            if op.binary_response {
                assert_eq!(r.status, 200, "{}", op.id);
            } else if r.status == 200 {
                // the example's fields, as given (the sandbox may add `[]` for list fields the
                // example leaves out)
                let got = r.json();
                let example = op.example.clone().unwrap_or_else(|| json!({}));
                for (k, v) in example.as_object().unwrap() {
                    assert_eq!(&got[k], v, "{} answers its spec example ({k})", op.id);
                }
            } else {
                // required body fields of a stateless op: a proper body must get the example
                let (_, msg) = r.err(400);
                assert!(msg.contains("body."), "{}: {msg}", op.id);
            }
        }
    }
    assert!(stateless > 20, "{stateless}");
    sb.shutdown().await;
}
