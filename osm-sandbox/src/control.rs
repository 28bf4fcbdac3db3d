//! The engineer's side: an unauthenticated control API under `/sandbox/` that lets a test act
//! as Huawei Cloud support.
//!
//! | method and path | body | effect |
//! |---|---|---|
//! | `GET /sandbox/health` | | `{"status":"ok"}` |
//! | `POST /sandbox/cases/{case_id}/reply` | `{"content": "...", "status": 2?}` | adds an engineer message (unread for the customer); a case pending acceptance moves to processing (1), or to `status` if given |
//! | `POST /sandbox/cases/{case_id}/status` | `{"status": 1}` | sets the status (0, 1, 2, 3, 4, 5, 12, 17) |
//! | `GET /sandbox/cases/{case_id}` | | the case as stored, with all messages and logs |
//!
//! Errors use the same JSON body as the OSM paths. In-process tests can do the same through
//! [`SandboxHandle::engineer_reply`](crate::SandboxHandle::engineer_reply) and
//! [`SandboxHandle::set_case_status`](crate::SandboxHandle::set_case_status).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::routing::{get, post};
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
    app.store.read(|w| {
        w.accounts
            .values()
            .find_map(|a| a.cases.get(&case_id))
            .map(|c| Json(json!(c)))
            .ok_or_else(|| ApiError::not_found(format!("case {case_id} does not exist")))
    })
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
    app.store
        .write(|w| {
            let seq = w.seq();
            let case = w.find_case_mut(case_id)?;
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
                move_to(case, s, now);
            }
            Ok(message_id)
        })
        .await
}

/// Sets a case's status as support would.
pub(crate) async fn set_case_status(app: &App, case_id: &str, status: i32) -> ApiResult<()> {
    let s = check_status(status)?;
    let now = app.clock.now();
    app.store
        .write(|w| {
            move_to(w.find_case_mut(case_id)?, s, now);
            Ok(())
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
