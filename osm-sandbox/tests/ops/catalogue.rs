//! Config catalogue vs create-case validation, privileges, feedback, pagination, and every
//! operation of the spec.

use serde_json::{Value, json};

use crate::CASES;
use crate::common::{Osm, account_a, account_b, sandbox};

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
    let doc: Value = serde_yaml_ng::from_str(osm_sandbox::spec::SPEC_YAML).unwrap();
    for op in spec.operations() {
        let mut path = op.path.clone();
        let mut query = Vec::new();
        for p in &op.params {
            // a value set's first value; otherwise any value of the type
            let schema = match p.schema.get("$ref").and_then(Value::as_str) {
                Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap(),
                None => &p.schema,
            };
            let dummy = match (
                schema.get("enum"),
                schema.get("type").and_then(Value::as_str),
            ) {
                (Some(values), _) => match &values[0] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                },
                (None, Some("integer" | "array")) => "1".to_owned(),
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
