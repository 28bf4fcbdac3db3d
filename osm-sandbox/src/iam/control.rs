//! Control routes for tests: the clock, IAM request counts, a simulated outage.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult};
use crate::server::App;

pub(super) fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/sandbox/clock", get(show_clock).post(set_clock))
        .route("/sandbox/iam/stats", get(stats))
        .route("/sandbox/iam/outage", post(outage))
}

fn clock_json(app: &App) -> Json<Value> {
    Json(json!({"now": app.clock.now().to_rfc3339(),
        "offset_seconds": app.clock.offset().num_milliseconds() as f64 / 1000.0}))
}

async fn show_clock(State(app): State<Arc<App>>) -> Json<Value> {
    clock_json(&app)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClockReq {
    offset_seconds: Option<i64>,
    advance_seconds: Option<i64>,
}

async fn set_clock(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let req: ClockReq = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(format!(
            "body: {e}; send {{\"offset_seconds\": N}} or {{\"advance_seconds\": N}}"
        ))
    })?;
    let secs = |s: i64| {
        chrono::TimeDelta::try_seconds(s)
            .ok_or_else(|| ApiError::bad_request("the number of seconds is out of range"))
    };
    match (req.offset_seconds, req.advance_seconds) {
        (Some(o), None) => app.clock.set_offset(secs(o)?),
        (None, Some(a)) => {
            let next = app
                .clock
                .offset()
                .checked_add(&secs(a)?)
                .ok_or_else(|| ApiError::bad_request("the offset would overflow"))?;
            app.clock.set_offset(next);
        }
        _ => {
            return Err(ApiError::bad_request(
                "send exactly one of offset_seconds and advance_seconds",
            ));
        }
    }
    Ok(clock_json(&app))
}

async fn stats(State(app): State<Arc<App>>) -> Json<Value> {
    Json(json!(app.iam.stats()))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutageReq {
    on: bool,
}

async fn outage(State(app): State<Arc<App>>, body: Bytes) -> ApiResult<Json<Value>> {
    let req: OutageReq = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("body: {e}; send {{\"on\": true|false}}")))?;
    app.iam.outage.store(req.on, Ordering::SeqCst);
    Ok(Json(json!({"outage": req.on})))
}
