//! The engineer's side: an unauthenticated control API under `/sandbox/` that lets a test act
//! as Huawei Cloud support.
//!
//! | method and path | body | effect |
//! |---|---|---|
//! | `GET /sandbox/health` | | `{"status":"ok"}` |
//! | `POST /sandbox/cases/{case_id}/reply` | `{"content": "...", "status": 2?}` | adds an engineer message (unread for the customer); a case pending acceptance moves to processing (1), or to `status` if given |
//! | `POST /sandbox/cases/{case_id}/status` | `{"status": 1}` | sets the status (0, 1, 2, 3, 4, 5, 12, 17) |
//! | `GET /sandbox/cases/{case_id}` | | the case as stored, with all messages and logs |
//! | `POST /sandbox/faults` | a [`Fault`](crate::Fault): `{"operation": "list_cases", "status": 503, "times": 2}` | adds a fault; answers it with its `fault_id` |
//! | `GET /sandbox/faults` | | `{"faults": [...]}`: the active faults, with `remaining` and `hits` |
//! | `DELETE /sandbox/faults` / `DELETE /sandbox/faults/{fault_id}` | | removes all faults / one: `{"removed": n}` |
//! | `POST /sandbox/reset` | | deletes all state (every account; ids start over) |
//! | `GET /sandbox/snapshot` | | the whole state as bytes (`application/vnd.sqlite3`, an SQLite database) |
//! | `POST /sandbox/restore` | those bytes | replaces the whole state with the snapshot |
//!
//! Errors use the same JSON body as the OSM paths. In-process tests can do the same through
//! [`SandboxHandle::engineer_reply`](crate::SandboxHandle::engineer_reply) and
//! [`SandboxHandle::set_case_status`](crate::SandboxHandle::set_case_status).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult};
use crate::server::App;
use crate::state::{Case, Message, status};

pub(crate) fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/health", get(|| async { Json(json!({"status": "ok"})) }))
        .route("/cases/{case_id}", get(show))
        .route("/cases/{case_id}/reply", post(reply))
        .route("/cases/{case_id}/status", post(set_status))
        .route(
            "/faults",
            post(add_fault).get(list_faults).delete(clear_faults),
        )
        .route("/faults/{fault_id}", delete(remove_fault))
        .route("/reset", post(reset))
        .route("/snapshot", get(snapshot))
        .route("/restore", post(restore))
}

async fn add_fault(
    State(app): State<Arc<App>>,
    body: axum::body::Bytes,
) -> ApiResult<Json<crate::faults::ActiveFault>> {
    let fault: crate::faults::Fault = parse(&body)?;
    fault.check(app.spec)?;
    Ok(Json(app.faults.add(fault)))
}

async fn list_faults(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({ "faults": app.faults.list() }))
}

async fn clear_faults(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!({ "removed": app.faults.remove(None) }))
}

async fn remove_fault(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    match app.faults.remove(Some(&id)) {
        0 => Err(ApiError::not_found(format!(
            "fault {id} does not exist (GET /sandbox/faults lists them)"
        ))),
        n => Ok(Json(json!({ "removed": n }))),
    }
}

async fn reset(State(app): State<Arc<App>>) -> ApiResult<Json<Value>> {
    app.store.reset().await?;
    Ok(Json(json!({ "status": "reset" })))
}

async fn snapshot(State(app): State<Arc<App>>) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse as _;
    let snap = app.store.snapshot().await?;
    Ok((
        [(http::header::CONTENT_TYPE, "application/vnd.sqlite3")],
        snap.0,
    )
        .into_response())
}

async fn restore(State(app): State<Arc<App>>, body: axum::body::Bytes) -> ApiResult<Json<Value>> {
    let n = body.len();
    app.store
        .restore(crate::state::Snapshot(body.to_vec()))
        .await?;
    Ok(Json(json!({ "status": "restored", "bytes": n })))
}

#[derive(Debug, Deserialize)]
struct ReplyReq {
    content: String,
    status: Option<i32>,
}

#[derive(Debug, Deserialize)]
struct StatusReq {
    status: i32,
}

fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("body: {e}")))
}

fn check_status(s: i32) -> ApiResult<i32> {
    if status::ALL.contains(&s) {
        Ok(s)
    } else {
        Err(ApiError::bad_request(format!(
            "status {s} is not one of {:?}",
            status::ALL
        )))
    }
}

async fn show(State(app): State<Arc<App>>, Path(case_id): Path<String>) -> ApiResult<Json<Value>> {
    app.store
        .read(|r| r.find_case(&case_id))
        .map(|(_, c)| Json(json!(c)))
}

const ENGINEER: (i32, &str) = (1, "engineer-001");

fn move_to(case: &mut Case, s: i32, now: chrono::DateTime<chrono::Utc>) {
    case.log(now, 4, format!("status {} -> {s}", case.status), ENGINEER);
    if s == status::COMPLETED {
        case.confirmed_time = Some(now);
    }
    case.status = s;
}

/// Adds a support engineer's message to a case (unread for the customer); a case pending
/// acceptance moves to processing, or to `status` if given. Returns the message id.
pub(crate) async fn engineer_reply(
    app: &App,
    case_id: &str,
    content: String,
    status: Option<i32>,
) -> ApiResult<String> {
    let target = status.map(check_status).transpose()?;
    let now = app.clock.now();
    let case_id = case_id.to_owned();
    app.store
        .write(move |tx| {
            let seq = tx.seq()?;
            let (domain, mut case) = tx.find_case(&case_id)?;
            let message_id = format!("MSG{seq:010}");
            let create_time = case.next_message_time(now);
            case.messages.push(Message {
                message_id: message_id.clone(),
                content,
                create_time,
                kind: 1,
                replier: ENGINEER.1.into(),
                replier_name: "Huawei Cloud engineer".into(),
                accessory_ids: Vec::new(),
                read: false,
                revoked: false,
            });
            case.log(now, 2, "engineer replied", ENGINEER);
            let next = target
                .or((case.status == status::PENDING_ACCEPTANCE).then_some(status::PROCESSING));
            if let Some(s) = next {
                move_to(&mut case, s, now);
            }
            tx.put_case(&domain, &case)?;
            Ok(message_id)
        })
        .await
}

/// Sets a case's status as support would.
pub(crate) async fn set_case_status(app: &App, case_id: &str, status: i32) -> ApiResult<()> {
    let s = check_status(status)?;
    let now = app.clock.now();
    let case_id = case_id.to_owned();
    app.store
        .write(move |tx| {
            let (domain, mut case) = tx.find_case(&case_id)?;
            move_to(&mut case, s, now);
            tx.put_case(&domain, &case)
        })
        .await
}

async fn reply(
    State(app): State<Arc<App>>,
    Path(case_id): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req: ReplyReq = parse(&body)?;
    let id = engineer_reply(&app, &case_id, req.content, req.status).await?;
    Ok(Json(json!({"message_id": id})))
}

async fn set_status(
    State(app): State<Arc<App>>,
    Path(case_id): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Value>> {
    let req: StatusReq = parse(&body)?;
    set_case_status(&app, &case_id, req.status).await?;
    Ok(Json(json!({"incident_id": case_id, "status": req.status})))
}
