//! Every operation of the spec is built into a request by the generated client and sent to a
//! capturing HTTP listener on 127.0.0.1, which answers with the operation's example response.
//! The list of operations (method, path) comes from the spec; the calls below
//! set each operation's required parameters (bodies are minimal instances built from the
//! spec's schemas). Checks: method and path of all 82, the multipart upload's parts, JSON
//! bodies, required query parameters, signing headers, and that every example decodes.

#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use osm_client::{Attachment, Client, Credentials, RetryPolicy, types};
use serde_json::{Value, json};

const SPEC: &str = include_str!("../../spec/osm.yaml");

#[derive(Debug)]
struct Captured {
    method: String,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

/// What the listener answers next, and what it has seen.
#[derive(Clone, Default)]
struct Listener {
    seen: Arc<Mutex<Vec<Captured>>>,
    answer: Arc<Mutex<Option<(String, Bytes)>>>,
}

async fn capture(State(listener): State<Listener>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    listener.seen.lock().unwrap().push(Captured {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    });
    match listener.answer.lock().unwrap().clone() {
        Some((content_type, bytes)) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, content_type)],
            bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The spec as JSON, with `$ref`s resolvable.
fn spec_json() -> Value {
    serde_yaml_ng::from_str(SPEC).unwrap()
}

fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(spec, spec.pointer(r.trim_start_matches('#')).unwrap()),
        None => value,
    }
}

fn operation<'a>(spec: &'a Value, id: &str) -> &'a Value {
    spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == id)
        .unwrap_or_else(|| panic!("operation {id} not in the spec"))
}

/// The smallest instance of `schema` with every required property set.
fn minimal(spec: &Value, schema: &Value) -> Value {
    let schema = resolve(spec, schema);
    if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    match schema["type"].as_str().unwrap_or("object") {
        "object" => {
            let mut out = serde_json::Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap();
                out.insert(name.to_owned(), minimal(spec, &schema["properties"][name]));
            }
            Value::Object(out)
        }
        "array" => {
            let n = schema["minItems"].as_u64().unwrap_or(1).max(1);
            Value::Array((0..n).map(|_| minimal(spec, &schema["items"])).collect())
        }
        "integer" => json!(schema["minimum"].as_i64().unwrap_or(1).max(1)),
        "number" => json!(1.5),
        "boolean" => json!(true),
        _ if schema["format"] == "date-time" => json!("2024-05-06T07:08:09Z"),
        _ => {
            let n = schema["minLength"].as_u64().unwrap_or(1).max(1);
            json!("x".repeat(usize::try_from(n).unwrap()))
        }
    }
}

/// A minimal request body for `id`, typed (so the spec's schema and the type agree).
fn body<T: serde::de::DeserializeOwned>(spec: &Value, id: &str) -> T {
    let op = operation(spec, id);
    let schema = &resolve(spec, &op["requestBody"])["content"]["application/json"]["schema"];
    let value = minimal(spec, schema);
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{id}: minimal body {value} does not decode: {e}"))
}

/// The example the listener answers `id` with: (content type, bytes).
fn example(spec: &Value, id: &str) -> (String, Bytes) {
    let op = operation(spec, id);
    let ok = resolve(spec, &op["responses"]["200"]);
    let (media, content) = ok["content"].as_object().unwrap().iter().next().unwrap();
    if media.contains("json") {
        let example = content.get("example").cloned().unwrap_or_else(|| json!({}));
        (
            media.clone(),
            Bytes::from(serde_json::to_vec(&example).unwrap()),
        )
    } else {
        (media.clone(), Bytes::from_static(b"file bytes"))
    }
}

macro_rules! call {
    ($builder:expr) => {
        $builder.send().await.map(|_| ()).map_err(|e| e.to_string())
    };
}

/// Calls operation `id` with its required parameters set.
async fn call(c: &Client, spec: &Value, id: &str) -> Result<(), String> {
    match id {
        "list_order_incident" => call!(c.list_order_incident()),
        "list_case_cc_emails" => call!(c.list_case_cc_emails()),
        "list_cases" => call!(c.list_cases()),
        "create_cases" => call!(
            c.create_cases()
                .body(body::<types::CreateOrderIncidentV2Req>(
                    spec,
                    "create_cases"
                ))
        ),
        "list_case_counts" => call!(c.list_case_counts()),
        "download_cases" => call!(c.download_cases().language("x").timezone("x")),
        "show_partners_cases_privilege" => call!(c.show_partners_cases_privilege()),
        "show_partners_service_info" => call!(c.show_partners_service_info()),
        "show_case_detail" => call!(c.show_case_detail().case_id("v-case_id")),
        "update_cases" => call!(
            c.update_cases()
                .case_id("v-case_id")
                .action_id("x")
                .body(body::<types::WorkOrderOperateV2Req>(spec, "update_cases"))
        ),
        "update_case_contact_info" => call!(
            c.update_case_contact_info()
                .case_id("v-case_id")
                .body(body::<types::UpdateCaseContactInfoReq>(
                    spec,
                    "update_case_contact_info"
                ))
        ),
        "show_case_extends_param" => call!(c.show_case_extends_param().case_id("v-case_id")),
        "create_case_extends_param" => call!(
            c.create_case_extends_param()
                .case_id("v-case_id")
                .body(body::<types::PutCaseExtParamReq>(
                    spec,
                    "create_case_extends_param"
                ))
        ),
        "list_case_operate_logs" => call!(c.list_case_operate_logs().case_id("v-case_id")),
        "list_relation" => call!(c.list_relation().case_id("v-case_id")),
        "create_relations" => call!(c.create_relations().case_id("v-case_id").body(body::<
            types::CreateRelationsReq,
        >(
            spec,
            "create_relations"
        ))),
        "delete_relation" => call!(c.delete_relation().case_id("v-case_id").body(body::<
            types::DeleteRelationsReq,
        >(
            spec,
            "delete_relation"
        ))),
        "create_scores" => call!(c.create_scores().case_id("v-case_id").body(body::<
            types::CreateScoreV2Req,
        >(
            spec,
            "create_scores"
        ))),
        "show_case_status" => call!(c.show_case_status().case_id("v-case_id")),
        "list_case_quotas" => call!(c.list_case_quotas().business_type_id("x")),
        "list_new_instant_messages" => call!(
            c.list_new_instant_messages()
                .case_ids(vec![String::from("a")])
        ),
        "list_unread_new_instant_messages" => call!(
            c.list_unread_new_instant_messages()
                .case_ids(vec![String::from("a")])
        ),
        "list_more_instant_messages" => call!(
            c.list_more_instant_messages()
                .case_id("v-case_id")
                .create_time("x")
                .type_(1)
                .limit(1)
        ),
        "update_new_instant_messages_read" => call!(
            c.update_new_instant_messages_read()
                .case_id("v-case_id")
                .body(body::<types::UpdateUnreadNewInstantMsgV2Req>(
                    spec,
                    "update_new_instant_messages_read"
                ))
        ),
        "revoke_message" => call!(
            c.revoke_message()
                .case_id("v-case_id")
                .message_id("v-message_id")
        ),
        "create_messages" => call!(c.create_messages().case_id("v-case_id").body(body::<
            types::CreateMessageV2Req,
        >(
            spec,
            "create_messages"
        ))),
        "list_messages" => call!(c.list_messages().case_id("v-case_id")),
        "list_case_labels" => call!(c.list_case_labels().case_id("v-case_id")),
        "create_case_labels" => call!(
            c.create_case_labels()
                .case_id("v-case_id")
                .label_ids(vec![1])
        ),
        "delete_case_labels" => call!(
            c.delete_case_labels()
                .case_id("v-case_id")
                .label_ids(vec![1])
        ),
        "list_labels" => call!(c.list_labels()),
        "create_labels" => call!(
            c.create_labels()
                .body(body::<types::CreateLabelsReq>(spec, "create_labels"))
        ),
        "update_labels" => call!(
            c.update_labels()
                .label_id(1)
                .body(body::<types::UpdateLabelsReq>(spec, "update_labels"))
        ),
        "delete_labels" => call!(c.delete_labels().label_id(1)),
        "upload_accessory" => call!(
            c.upload_accessory()
                .file(Attachment::from_bytes("note.txt", b"hello osm".to_vec()))
                .form_data(r#"{"accessFrom":"message"}"#)
        ),
        "list_accessory_access_urls" => call!(
            c.list_accessory_access_urls()
                .accessory_ids(vec![String::from("a")])
        ),
        "upload_json_accessories" => call!(c.upload_json_accessories().body(body::<
            types::AccessoryJsonFormatReq,
        >(
            spec,
            "upload_json_accessories"
        ))),
        "show_accessory_limits" => call!(c.show_accessory_limits()),
        "download_accessories" => call!(c.download_accessories().accessory_id("v-accessory_id")),
        "delete_accessories" => call!(c.delete_accessories().accessory_id("v-accessory_id")),
        "show_download_accessory_url" => call!(
            c.show_download_accessory_url()
                .accessory_id("v-accessory_id")
                .relation_type("DEFAULT")
        ),
        "download_images" => call!(c.download_images().accessory_id("v-accessory_id")),
        "list_authorizations" => call!(c.list_authorizations()),
        "check_hosts" => call!(c.check_hosts().authorization_detail_id(1).body(body::<
            types::VerifyHostV2Req,
        >(
            spec,
            "check_hosts"
        ))),
        "show_login_type" => call!(c.show_login_type()),
        "show_authorization_detail" => call!(
            c.show_authorization_detail()
                .authorization_id("v-authorization_id")
        ),
        "confirm_authorizations" => call!(
            c.confirm_authorizations()
                .authorization_id("v-authorization_id")
                .body(body::<types::AgreeTenantAuthorizationV2Req>(
                    spec,
                    "confirm_authorizations"
                ))
        ),
        "update_authorizations" => call!(
            c.update_authorizations()
                .authorization_id("v-authorization_id")
                .body(body::<types::OperateAuthorizationV2Req>(
                    spec,
                    "update_authorizations"
                ))
        ),
        "list_history_sessions" => call!(
            c.list_history_sessions()
                .authorization_id("v-authorization_id")
                .authorization_detail_id(1)
        ),
        "list_transport_histories" => call!(
            c.list_transport_histories()
                .authorization_id("v-authorization_id")
                .authorization_detail_id(1)
                .session_id(1)
        ),
        "list_history_operate_logs" => call!(
            c.list_history_operate_logs()
                .authorization_id("v-authorization_id")
                .authorization_detail_id(1)
                .session_id(1)
        ),
        "list_agencies" => call!(c.list_agencies()),
        "show_latest_published_agreement" => call!(c.show_latest_published_agreement()),
        "show_signed_latest_published_agreement" => {
            call!(c.show_signed_latest_published_agreement())
        }
        "sign_published_agreement" => call!(c.sign_published_agreement().id(1).body(body::<
            types::SignAgreementReq,
        >(
            spec,
            "sign_published_agreement"
        ))),
        "create_diagnose_feedback" => call!(c.create_diagnose_feedback().body(body::<
            types::CreateFeedbackReq,
        >(
            spec,
            "create_diagnose_feedback"
        ))),
        "list_diagnose_job" => call!(c.list_diagnose_job()),
        "list_diagnose_items" => call!(c.list_diagnose_items().body(body::<
            types::QueryDiagnoseItemsReq,
        >(
            spec, "list_diagnose_items"
        ))),
        "create_diagnose_job" => call!(c.create_diagnose_job().body(body::<
            types::SubmitDiagnoseJobReq,
        >(
            spec, "create_diagnose_job"
        ))),
        "list_diagnose_resources" => call!(c.list_diagnose_resources().body(body::<
            types::QueryTscDiagnoseResourcesReq,
        >(
            spec,
            "list_diagnose_resources"
        ))),
        "list_diagnose_records" => call!(c.list_diagnose_records()),
        "list_area_codes" => call!(c.list_area_codes()),
        "list_case_categories" => call!(c.list_case_categories()),
        "list_extends_params" => call!(c.list_extends_params().business_type_id("x")),
        "list_case_limits" => call!(c.list_case_limits()),
        "list_problem_types" => call!(c.list_problem_types()),
        "list_product_categories" => call!(c.list_product_categories()),
        "list_regions" => call!(c.list_regions()),
        "list_satisfaction_dimensions" => call!(c.list_satisfaction_dimensions()),
        "list_severities" => call!(
            c.list_severities()
                .product_category_id("x")
                .business_type_id("x")
        ),
        "list_case_templates" => call!(c.list_case_templates().business_type_id("x")),
        "show_configuration" => call!(c.show_configuration().config_key("v-config_key")),
        "check_verify_codes" => call!(c.check_verify_codes().body(body::<
            types::VerifyVerifyCodeV2Req,
        >(
            spec, "check_verify_codes"
        ))),
        "list_has_verified_contacts" => call!(c.list_has_verified_contacts()),
        "check_need_verify" => call!(c.check_need_verify().contact_value("x").contact_way(1)),
        "send_verify_codes" => call!(
            c.send_verify_codes()
                .body(body::<types::SendVerifyCodeReq>(spec, "send_verify_codes"))
        ),
        "list_privileges" => call!(c.list_privileges().privilege("export")),
        "create_privileges" => call!(c.create_privileges().body(body::<
            types::CreateAndDeletePrivilegeReq,
        >(
            spec, "create_privileges"
        ))),
        "show_customer_privilege_policy" => call!(c.show_customer_privilege_policy()),
        "list_customers_regions" => call!(c.list_customers_regions()),
        "list_sub_customers" => call!(c.list_sub_customers()),
        "create_feedback" => call!(
            c.create_feedback()
                .body(body::<types::CreateFeedbackV2Req>(spec, "create_feedback"))
        ),
        other => Err(format!(
            "operation `{other}` is in the spec but has no call in this test: add one"
        )),
    }
}

/// One operation as the spec declares it.
#[derive(Debug)]
struct SpecOperation {
    operation_id: String,
    method: String,
    path: String,
    multipart: bool,
}

/// Every operation of the spec, in document order.
fn spec_operations(spec: &Value) -> Vec<SpecOperation> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let body = resolve(spec, &op["requestBody"]);
            out.push(SpecOperation {
                operation_id: id.to_owned(),
                method: method.to_uppercase(),
                path: path.clone(),
                multipart: body["content"].get("multipart/form-data").is_some(),
            });
        }
    }
    out
}

/// Starts the capturing listener and a signing client pointed at it.
async fn start() -> (Listener, Client) {
    let listener = Listener::default();
    let app = axum::Router::new()
        .fallback(capture)
        .with_state(listener.clone());
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(socket, app).await });
    let credentials = Credentials::new("TESTAK", "test-secret")
        .unwrap()
        .with_domain_id("test-domain");
    let client = Client::builder()
        .endpoint(&url)
        .credentials(credentials)
        .retry_policy(RetryPolicy::none())
        .no_proxy()
        .build()
        .unwrap();
    (listener, client)
}

#[tokio::test]
async fn upload_without_its_required_parts_fails_before_sending() {
    let (listener, client) = start().await;
    let err = client
        .upload_accessory()
        .form_data("{}")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "upload_accessory: required file not set; call .file(..) before .send() (nothing was sent)"
    );
    let err = client
        .upload_accessory()
        .file(Attachment::from_bytes("a.txt", "abc"))
        .send()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("required form_data not set"),
        "{err}"
    );
    let err = client.update_cases().send().await.unwrap_err();
    assert!(
        matches!(&err, osm_client::Error::MissingInput { operation: "update_cases", names } if names == &["case_id", "action_id"]),
        "{err:#?}"
    );
    assert!(listener.seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn every_operation_builds_and_sends_its_request() {
    let spec = spec_json();
    let (listener, client) = start().await;

    let operations = spec_operations(&spec);
    assert_eq!(
        operations.len(),
        82,
        "the spec should hold all 82 operations"
    );
    let mut failures = Vec::new();
    for op in &operations {
        *listener.answer.lock().unwrap() = Some(example(&spec, &op.operation_id));
        let before = listener.seen.lock().unwrap().len();
        let result = call(&client, &spec, &op.operation_id).await;
        let seen = listener.seen.lock().unwrap();
        let Some(request) = seen.get(before) else {
            failures.push(format!("{}: no request sent ({result:?})", op.operation_id));
            continue;
        };
        if let Err(e) = result {
            failures.push(format!(
                "{}: the example response does not decode: {e}",
                op.operation_id
            ));
        }
        let expected_path = expected_path(&spec, op);
        if (request.method.as_str(), request.path.as_str())
            != (op.method.as_str(), expected_path.as_str())
        {
            failures.push(format!(
                "{}: sent {} {}, spec says {} {}",
                op.operation_id, request.method, request.path, op.method, expected_path
            ));
        }
        check_request(&spec, op, request, &mut failures);
    }
    assert_eq!(listener.seen.lock().unwrap().len(), 82);
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The path the calls above produce: `v-<name>` for string path parameters, `1` for integers.
fn expected_path(spec: &Value, op: &SpecOperation) -> String {
    let operation = operation(spec, &op.operation_id);
    op.path
        .split('/')
        .map(
            |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => {
                    let param = operation["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|p| resolve(spec, p))
                        .find(|p| p["in"] == "path" && p["name"] == name)
                        .unwrap_or_else(|| panic!("{}: no path parameter {name}", op.operation_id));
                    if resolve(spec, &param["schema"])["type"] == "integer" {
                        "1".to_owned()
                    } else {
                        format!("v-{name}")
                    }
                }
                None => seg.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// Required query parameters are on the wire; JSON bodies are JSON; every request is signed.
fn check_request(spec: &Value, op: &SpecOperation, request: &Captured, failures: &mut Vec<String>) {
    let id = &op.operation_id;
    let operation = operation(spec, id);
    let query = request.query.as_deref().unwrap_or("");
    for param in operation["parameters"].as_array().into_iter().flatten() {
        let param = resolve(spec, param);
        if param["in"] == "query" && param["required"] == true {
            let name = param["name"].as_str().unwrap();
            if !query
                .split('&')
                .any(|kv| kv.split('=').next() == Some(name))
            {
                failures.push(format!(
                    "{id}: required query parameter `{name}` missing from `{query}`"
                ));
            }
        }
    }
    let content_type = request
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if op.multipart {
        let body = String::from_utf8_lossy(&request.body);
        let ok = content_type.starts_with("multipart/form-data; boundary=")
            && body.contains("name=\"file\"; filename=\"note.txt\"")
            && body.contains("hello osm")
            && body.contains("name=\"form_data\"")
            && body.contains(r#"{"accessFrom":"message"}"#);
        if !ok {
            failures.push(format!(
                "{id}: multipart request is wrong: {content_type} {body}"
            ));
        }
    } else if operation.get("requestBody").is_some() {
        let json: Result<Value, _> = serde_json::from_slice(&request.body);
        if content_type != "application/json" || json.is_err() {
            failures.push(format!("{id}: body is not JSON ({content_type})"));
        }
    }
    if !request.headers.contains_key(header::AUTHORIZATION) {
        failures.push(format!("{id}: request is not signed"));
    }
}

#[tokio::test]
async fn per_call_headers_override_client_defaults_and_bad_ones_send_nothing() {
    let (listener, _) = start().await;
    let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    let app = axum::Router::new()
        .fallback(capture)
        .with_state(listener.clone());
    tokio::spawn(async move { axum::serve(socket, app).await });
    let client = Client::builder()
        .endpoint(&url)
        .credentials(
            Credentials::new("TESTAK", "test-secret")
                .unwrap()
                .with_domain_id("test-domain"),
        )
        .language("zh-cn")
        .site(types::Site::International)
        .retry_policy(RetryPolicy::none())
        .no_proxy()
        .build()
        .unwrap();
    *listener.answer.lock().unwrap() = Some(("application/json".into(), Bytes::from_static(b"{}")));

    client
        .list_problem_types()
        .header("X-Language", "en-us")
        .send()
        .await
        .unwrap();
    let options = osm_client::RequestOptions::new().header("X-Time-Zone", "GMT+1");
    client
        .list_problem_types()
        .customize(options)
        .send()
        .await
        .unwrap();
    {
        let seen = listener.seen.lock().unwrap();
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[0].headers["x-language"], "en-us", "the call wins");
        assert_eq!(seen[0].headers["x-site"], "1", "the client default stays");
        assert_eq!(seen[1].headers["x-language"], "zh-cn");
        assert_eq!(seen[1].headers["x-time-zone"], "GMT+1");
        // the overriding header is signed like any other
        let auth = seen[0].headers["authorization"].to_str().unwrap();
        assert!(auth.contains("x-language"), "{auth}");
    }

    let err = client
        .list_problem_types()
        .header("X-Language", "en\r\nX-Evil: 1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, osm_client::Error::InvalidRequest(_)),
        "{err:#?}"
    );
    assert!(err.to_string().contains("nothing was sent"), "{err}");
    assert_eq!(listener.seen.lock().unwrap().len(), 2);
}
