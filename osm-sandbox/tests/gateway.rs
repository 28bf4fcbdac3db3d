//! Gateway behaviour: authentication failures, request ids, validation errors, body limit.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::{Duration, SystemTime};

use common::{DOMAIN_B, Osm, account_a, sandbox};
use osm_auth::Algorithm;
use serde_json::json;

const CASES: &str = "/v2/servicerequest/cases";

#[tokio::test]
async fn every_algorithm_is_accepted() {
    let sb = sandbox().await;
    for alg in Algorithm::ALL {
        let mut a = Osm::new(&sb, &account_a());
        a.algorithm = alg;
        let id = a.create_case(&format!("signed with {alg:?}")).await;
        a.get(&format!("{CASES}/{id}?group_id=g%201")).await.ok();
    }
    sb.shutdown().await;
}

/// A label POST signed with `algorithm`, sent as signed or with one thing changed after signing.
async fn send_signed_label(
    sb: &osm_sandbox::SandboxHandle,
    good: &Osm,
    algorithm: Algorithm,
    change: &str,
) -> reqwest::Response {
    let creds = osm_auth::Credentials::new(good.ak.as_str(), good.sk.as_str())
        .unwrap()
        .with_domain_id(good.domain.as_str());
    let host = sb.addr().to_string();
    let body = format!(r##"{{"name":"signed {algorithm}","color":"#1"}}"##).into_bytes();
    let body = body.as_slice();
    let req = osm_auth::SignableRequest::new("POST", host.as_str(), "/v2/servicerequest/labels")
        .with_query_pair("note", "x")
        .with_header("Content-Type", "application/json")
        .with_body(osm_auth::SignableBody::Bytes(body));
    let params = osm_auth::SigningParams::new(&creds, SystemTime::now()).with_algorithm(algorithm);
    let signed = osm_auth::sign(&req, &params).unwrap();
    let query = if change == "query" {
        "note=y"
    } else {
        signed.canonical_query()
    };
    let sent_body: &[u8] = if change == "body" {
        br##"{"name":"forged","color":"#1"}"##
    } else {
        body
    };
    let mut rb = reqwest::Client::new()
        .post(format!(
            "{}/v2/servicerequest/labels?{query}",
            sb.base_url()
        ))
        .header("Content-Type", "application/json")
        .body(sent_body.to_vec());
    for (k, v) in signed.headers_to_add() {
        let mut v = v.to_owned();
        if k == "Authorization" && change == "signature" {
            // one hex digit of the DER signature's s value
            let i = v.len() - 3;
            let digit = if &v[i..=i] == "0" { "1" } else { "0" };
            v.replace_range(i..=i, digit);
        }
        rb = rb.header(k, v);
    }
    rb.send().await.unwrap()
}

#[tokio::test]
async fn asymmetric_signatures_are_verified_and_mutations_refused() {
    let sb = sandbox().await;
    let good = Osm::new(&sb, &account_a());
    for algorithm in [Algorithm::SdkEcdsaP256Sha256, Algorithm::SdkSm2Sm3] {
        let r = send_signed_label(&sb, &good, algorithm, "none").await;
        assert_eq!(r.status(), 200, "{algorithm}: {}", r.text().await.unwrap());
        for change in ["body", "query", "signature"] {
            let r = send_signed_label(&sb, &good, algorithm, change).await;
            assert_eq!(r.status(), 401, "{algorithm}: changed {change}");
            let body: serde_json::Value = r.json().await.unwrap();
            assert_eq!(body["error_code"], "APIGW.0301", "{algorithm}: {change}");
        }
        let mut other_sk = good.clone();
        other_sk.sk = "not-the-secret".into();
        other_sk.algorithm = algorithm;
        let (code, msg) = other_sk.get(CASES).await.err(401);
        assert_eq!(code, "APIGW.0301");
        assert!(msg.contains("signature mismatch"), "{algorithm}: {msg}");
    }
    // only the two unchanged requests created a label
    assert_eq!(
        good.get("/v2/servicerequest/labels").await.ok()["total_count"],
        2
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn authentication_failures() {
    let sb = sandbox().await;
    let good = Osm::new(&sb, &account_a());

    // no signature at all
    let r = reqwest::get(format!("{}{CASES}", sb.base_url()))
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let id_header = r.headers()["x-request-id"].to_str().unwrap().to_owned();
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error_code"], "APIGW.0301");
    assert_eq!(
        body["request_id"],
        id_header.as_str(),
        "body and header carry the same request id"
    );

    let mut bad_sk = good.clone();
    bad_sk.sk = "not-the-secret".into();
    let (code, msg) = bad_sk.get(CASES).await.err(401);
    assert_eq!(code, "APIGW.0301");
    assert!(msg.contains("signature mismatch"), "{msg}");

    let mut unknown = good.clone();
    unknown.ak = "AKUNKNOWN".into();
    let (_, msg) = unknown.get(CASES).await.err(401);
    assert!(msg.contains("unknown access key AKUNKNOWN"), "{msg}");

    let stale = SystemTime::now() - Duration::from_secs(16 * 60);
    let (_, msg) = good.send_at("GET", CASES, None, b"", stale).await.err(401);
    assert!(msg.contains("expired"), "{msg}");
    let future = SystemTime::now() + Duration::from_secs(16 * 60);
    let (_, msg) = good.send_at("GET", CASES, None, b"", future).await.err(401);
    assert!(msg.contains("future"), "{msg}");
    let slightly_old = SystemTime::now() - Duration::from_secs(14 * 60);
    assert_eq!(
        good.send_at("GET", CASES, None, b"", slightly_old)
            .await
            .status,
        200
    );

    // A's keys, B's domain: a correct signature for the wrong account
    let mut other_domain = good.clone();
    other_domain.domain = DOMAIN_B.into();
    let (code, msg) = other_domain.get(CASES).await.err(403);
    assert_eq!(code, "APIGW.0302");
    assert!(msg.contains(DOMAIN_B), "{msg}");
    let mut no_domain = good.clone();
    no_domain.domain = String::new();
    let (_, msg) = no_domain.get(CASES).await.err(403);
    assert!(msg.contains("X-Domain-Id header is missing"), "{msg}");

    // a body changed after signing
    let creds = osm_auth::Credentials::new(good.ak.as_str(), good.sk.as_str())
        .unwrap()
        .with_domain_id(good.domain.as_str());
    let host = sb.addr().to_string();
    let signed_body = br##"{"name":"a","color":"#1"}"##;
    let req = osm_auth::SignableRequest::new("POST", host.as_str(), "/v2/servicerequest/labels")
        .with_header("Content-Type", "application/json")
        .with_body(osm_auth::SignableBody::Bytes(signed_body));
    let signed = osm_auth::sign(
        &req,
        &osm_auth::SigningParams::new(&creds, SystemTime::now()),
    )
    .unwrap();
    let mut rb = reqwest::Client::new()
        .post(format!("{}/v2/servicerequest/labels", sb.base_url()))
        .header("Content-Type", "application/json")
        .body(r##"{"name":"b","color":"#1"}"##);
    for (k, v) in signed.headers_to_add() {
        rb = rb.header(k, v);
    }
    let r = rb.send().await.unwrap();
    assert_eq!(r.status(), 401);
    // the error carries the canonical request the sandbox computed, as Huawei's gateway
    // reports it; diffed with the one the client signed, only the payload hash differs
    let v: serde_json::Value = r.json().await.unwrap();
    let msg = v["error_msg"].as_str().unwrap();
    assert!(
        msg.starts_with("Incorrect IAM authentication information: verify aksk signature fail"),
        "{msg}"
    );
    let server = osm_auth::diagnose::canonical_request_from_error(msg).expect("canonical request");
    let diagnosis =
        osm_auth::diagnose::diff_canonical_requests(signed.canonical_request().as_str(), server);
    let text = diagnosis.to_string();
    assert!(
        text.starts_with("line 10 (payload hash):\n  signed: "),
        "{text}"
    );
    assert_eq!(diagnosis.differences().count(), 2, "{text}");
    // a wrong secret key: identical canonical requests
    let (_, msg) = bad_sk.get(CASES).await.err(401);
    assert!(
        osm_auth::diagnose::canonical_request_from_error(&msg).is_some(),
        "{msg}"
    );
    // nothing was created by the rejected requests
    assert_eq!(
        good.get("/v2/servicerequest/labels").await.ok()["total_count"],
        0
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let (code, msg) = a.get("/v2/servicerequest/nothing-here").await.err(404);
    assert_eq!(code, "APIGW.0101");
    assert!(msg.contains("GET /v2/servicerequest/nothing-here"), "{msg}");
    let r = a.send("PATCH", CASES, None, b"").await;
    assert_eq!(r.err(405).0, "APIGW.0101");
    let health = reqwest::get(format!("{}/sandbox/health", sb.base_url()))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    assert!(health.headers().contains_key("x-request-id"));
    sb.shutdown().await;
}

#[tokio::test]
async fn validation_errors_name_the_field() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let post_raw = |body: &'static [u8]| {
        let a = a.clone();
        async move { a.send("POST", CASES, Some("application/json"), body).await }
    };
    let cases: Vec<(&[u8], &str)> = vec![
        (b"{not json", "malformed JSON"),
        (b"\xff\xfe\x00garbage", "malformed JSON"),
        (b"[1,2,3]", "body: expected an object"),
        (b"{}", "body.business_type_id: required field is missing"),
        (br#"{"business_type_id":"bt-consult","source_id":"s"}"#, "body.simple_description: required field is missing"),
        (br#"{"business_type_id":7,"simple_description":"x","source_id":"s"}"#, "body.business_type_id: expected a string"),
        (br#"{"business_type_id":"bt-consult","simple_description":"x","source_id":"s","accessory_ids":"a"}"#,
            "body.accessory_ids: expected an array"),
        (br#"{"business_type_id":"bt-consult","simple_description":"x","source_id":"s","accessory_ids":[1]}"#,
            "body.accessory_ids[0]: expected a string"),
        (br#"{"business_type_id":"bt-consult","simple_description":"   ","source_id":"s"}"#,
            "body.simple_description: must not be empty"),
    ];
    for (body, expected) in cases {
        let (code, msg) = post_raw(body).await.err(400);
        assert_eq!(code, "OSM.00040001");
        assert!(msg.contains(expected), "{expected:?} not in {msg:?}");
    }
    // field limits from the spec, everywhere: a 1 MiB value is refused, naming the field
    let mib = "x".repeat(1024 * 1024);
    for (field, value) in [
        ("remind_mail", json!(mib)),
        ("remind_mobile", json!(mib)),
        ("remind_time", json!(mib)),
        ("project_id", json!(mib)),
        (
            "extends_map",
            json!(
                (0..101)
                    .map(|i| (i.to_string(), json!(1)))
                    .collect::<serde_json::Map<_, _>>()
            ),
        ),
    ] {
        let mut body =
            json!({"business_type_id": "bt-consult", "simple_description": "x", "source_id": "s"});
        body[field] = value;
        let (code, msg) = a.post(CASES, &body).await.err(400);
        assert_eq!(code, "OSM.00040001");
        assert!(
            msg.starts_with(&format!("body.{field}: ")) && msg.contains("at most"),
            "{msg}"
        );
    }
    let form = format!(
        "--zz\r\nContent-Disposition: form-data; name=\"form_data\"\r\n\r\n{}\r\n--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhi\r\n--zz--\r\n",
        "f".repeat(5001)
    );
    let (_, msg) = a
        .send(
            "POST",
            "/v2/servicerequest/accessorys",
            Some("multipart/form-data; boundary=zz"),
            form.as_bytes(),
        )
        .await
        .err(400);
    assert_eq!(msg, "body.form_data: 5001 characters, at most 5000 allowed");
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    a.send("POST", CASES, Some("application/json"), deep.as_bytes())
        .await
        .err(400);

    let (_, msg) = a
        .post("/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "a.txt", "accessory_from": "elsewhere", "accessory_data": "aGk="}))
        .await
        .err(400);
    assert!(
        msg.contains("body.accessory_from") && msg.contains("not one of"),
        "{msg}"
    );
    let (_, msg) = a
        .post("/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "a.txt", "accessory_from": "incident", "accessory_data": "!!!"}))
        .await
        .err(400);
    assert!(msg.contains("not valid base64"), "{msg}");
    let (_, msg) = a
        .post("/v2/servicerequest/accessorys/json-format-content",
            &json!({"accessory_name": "run.exe", "accessory_from": "incident", "accessory_data": "aGk="}))
        .await
        .err(400);
    assert!(msg.contains("\"exe\""), "{msg}");
    let id = a.create_case("x").await;
    let (_, msg) = a
        .post(&format!("{CASES}/{id}/message"), &json!({"message": {}}))
        .await
        .err(400);
    assert!(msg.contains("body.message.content: required"), "{msg}");
    let (_, msg) = a.get(&format!("{CASES}?limit=ten")).await.err(400);
    assert!(msg.contains("query.limit: expected an integer"), "{msg}");
    let (_, msg) = a.get(&format!("{CASES}?limit=99999999999")).await.err(400);
    assert!(msg.contains("int32"), "{msg}");
    let (_, msg) = a.get("/v2/servicerequest/config/severities").await.err(400);
    assert!(msg.contains("required parameter is missing"), "{msg}");
    let (_, msg) = a
        .get(&format!("{CASES}?query_start_time=yesterday"))
        .await
        .err(400);
    assert!(msg.contains("query.query_start_time"), "{msg}");
    let (_, msg) = a
        .send(
            "PUT",
            "/v2/servicerequest/labels/abc",
            Some("application/json"),
            b"{}",
        )
        .await
        .err(400);
    assert!(msg.contains("path.label_id"), "{msg}");
    let (_, msg) = a
        .send(
            "POST",
            "/v2/servicerequest/accessorys",
            Some("multipart/form-data; boundary=zz"),
            b"--zz\r\nbroken",
        )
        .await
        .err(400);
    assert!(
        msg.contains("multipart") || msg.contains("body.file"),
        "{msg}"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn bodies_over_the_limit_get_413() {
    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let big = vec![b' '; osm_sandbox::DEFAULT_BODY_LIMIT + 1];
    let (code, msg) = a
        .send("POST", CASES, Some("application/json"), &big)
        .await
        .err(413);
    assert_eq!(code, "APIGW.0201");
    assert!(
        msg.contains(&osm_sandbox::DEFAULT_BODY_LIMIT.to_string()),
        "{msg}"
    );
    // a 5 MiB attachment (the documented maximum) fits, one byte more does not
    let upload = |size: usize| {
        let a = a.clone();
        async move {
            let mut mp = b"--b0undary\r\nContent-Disposition: form-data; name=\"form_data\"\r\n\r\nincident\r\n\
                --b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.log\"\r\n\r\n"
                .to_vec();
            mp.extend(std::iter::repeat_n(b'x', size));
            mp.extend_from_slice(b"\r\n--b0undary--\r\n");
            a.send(
                "POST",
                "/v2/servicerequest/accessorys",
                Some("multipart/form-data; boundary=b0undary"),
                &mp,
            )
            .await
        }
    };
    let max = 5 * 1024 * 1024;
    let id = upload(max).await.ok()["accessory_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        a.get(&format!("/v2/servicerequest/accessorys/{id}"))
            .await
            .bytes
            .len(),
        max
    );
    let (_, msg) = upload(max + 1).await.err(400);
    assert!(msg.contains("5 MiB"), "{msg}");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_stalled_body_gets_408_not_a_hang() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let sb = osm_sandbox::Sandbox::builder()
        .account(account_a())
        .body_timeout(Duration::from_millis(300))
        .spawn()
        .await
        .unwrap();
    let mut tcp = tokio::net::TcpStream::connect(sb.addr()).await.unwrap();
    tcp.write_all(
        b"POST /v2/servicerequest/cases HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a\"",
    )
    .await
    .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&buf[..n]);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("did not arrive within 0.3 s"), "{text}");
    drop(tcp);
    sb.shutdown().await;
}

/// Random JSON (seeded, reproducible) at every operation that takes a JSON body: field names
/// from the spec, values of every type, nesting. No 5xx, every error is Huawei-shaped, and
/// every 200 still matches the spec (the sandbox checks its own responses here).
#[tokio::test]
async fn random_bodies_never_cause_a_server_error() {
    use rand::{Rng as _, SeedableRng as _};
    use serde_json::Value;

    const KEYS: &[&str] = &[
        "business_type_id",
        "simple_description",
        "source_id",
        "region_id",
        "accessory_ids",
        "message",
        "content",
        "name",
        "color",
        "incident_satisfaction_list",
        "satisfaction_id",
        "satisfaction_value",
        "judgement",
        "related_id_list",
        "related_id",
        "extends_map",
        "accessory_data",
        "accessory_from",
        "accessory_name",
        "operation",
        "privilege",
        "contacts",
        "id_files",
        "group_id",
        "area_code",
        "remind_mail",
    ];
    fn random_json(rng: &mut rand::rngs::StdRng, depth: u32) -> Value {
        match rng.random_range(0..if depth > 3 { 6 } else { 9 }) {
            0 => Value::Null,
            1 => Value::Bool(rng.random()),
            2 => json!(rng.random::<i64>()),
            3 => json!(rng.random_range(-3..40)),
            4 => json!(rng.random::<f64>() * 1e6),
            5 => {
                let pool = [
                    "",
                    " ",
                    "bt-consult",
                    "cn-north-4",
                    "incident",
                    "create",
                    "#fff",
                    "💥\u{0}\"\\",
                    "aGk=",
                ];
                json!(pool[rng.random_range(0..pool.len())])
            }
            6 | 7 => {
                let mut m = serde_json::Map::new();
                for _ in 0..rng.random_range(0..6) {
                    m.insert(
                        KEYS[rng.random_range(0..KEYS.len())].to_owned(),
                        random_json(rng, depth + 1),
                    );
                }
                Value::Object(m)
            }
            _ => Value::Array(
                (0..rng.random_range(0..4))
                    .map(|_| random_json(rng, depth + 1))
                    .collect(),
            ),
        }
    }

    let sb = sandbox().await;
    let a = Osm::new(&sb, &account_a());
    let case = a.create_case("fuzz target").await;
    let spec = osm_sandbox::spec::Spec::embedded().unwrap();
    let ops: Vec<_> = spec
        .operations()
        .iter()
        .filter(|o| matches!(o.body, Some(osm_sandbox::spec::Body::Json { .. })))
        .collect();
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x05a4_d60c);
    let mut statuses = std::collections::BTreeMap::new();
    for round in 0..30 {
        for op in &ops {
            let path = op
                .path
                .replace("{case_id}", &case)
                .replace("{label_id}", "1")
                .replace("{message_id}", "MSG1")
                .replace(['{', '}'], "");
            let query: Vec<String> = op
                .params
                .iter()
                .filter(|p| p.required && p.location == osm_sandbox::spec::Location::Query)
                .map(|p| {
                    format!(
                        "{}={}",
                        p.name,
                        if p.name == "action_id" { "press" } else { "1" }
                    )
                })
                .collect();
            let body = if round == 0 {
                b"{\"unterminated\": [1,".to_vec()
            } else {
                random_json(&mut rng, 0).to_string().into_bytes()
            };
            let r = a
                .send(
                    op.method.as_str(),
                    &format!("{path}?{}", query.join("&")),
                    Some("application/json"),
                    &body,
                )
                .await;
            assert!(
                r.status < 500,
                "{} with {}: HTTP {} {}",
                op.id,
                String::from_utf8_lossy(&body),
                r.status,
                String::from_utf8_lossy(&r.bytes)
            );
            if r.status >= 400 {
                let v = r.json();
                assert!(
                    v["error_code"].is_string() && v["error_msg"].is_string(),
                    "{}: {v}",
                    op.id
                );
            }
            *statuses.entry(r.status).or_insert(0) += 1;
        }
    }
    assert!(
        statuses.contains_key(&200) && statuses.contains_key(&400),
        "{statuses:?}"
    );
    sb.shutdown().await;
}
