//! A ticket's whole life: attachments, case, messages, engineer reply, labels, relations,
//! extends params, contact info, close, score, operate logs, counts, export, delete.

use base64::Engine as _;
use serde_json::json;

use crate::CASES;
use crate::common::{Osm, account_a, control, sandbox};

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
    let l1 = a.create_label("prod", "#ff0000").await;
    let l2 = a.create_label("db", "#00ff00").await;
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
