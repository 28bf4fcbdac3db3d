//! The ECS metadata service and the CCE pod-identity endpoint.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, put};
use serde_json::json;

use super::{bump, iam_time, random_hex};
use crate::server::App;

const CONFIG_AGENCY_ERROR: &str = "Please configure Cloud Service Agency first";
const MAX_TOKEN_TTL: u64 = 6 * 60 * 60;

pub(super) fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/meta-data/latest/api/token", put(session_token))
        .route(
            "/openstack/latest/securitykey",
            axum::routing::get(security_key),
        )
        .route("/v1/credentials", post(pod_credentials))
}

fn text(status: StatusCode, msg: &str) -> Response {
    (status, msg.to_owned()).into_response()
}

fn outage(app: &App) -> Option<Response> {
    app.iam.check_outage().err().map(|e| text(e.status, &e.msg))
}

async fn session_token(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    bump(&app.iam.counters.metadata_tokens);
    if let Some(r) = outage(&app) {
        return r;
    }
    let ttl = headers
        .get("x-metadata-token-ttl-seconds")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let Some(ttl) = ttl.filter(|t| (1..=MAX_TOKEN_TTL).contains(t)) else {
        return text(
            StatusCode::BAD_REQUEST,
            "X-Metadata-Token-Ttl-Seconds must be an integer from 1 to 21600",
        );
    };
    let token = format!("{}{}", random_hex(), random_hex());
    let expires = app.clock.now() + chrono::TimeDelta::seconds(ttl as i64);
    app.iam
        .issued()
        .metadata_tokens
        .insert(token.clone(), expires);
    (StatusCode::OK, token).into_response()
}

fn key_for(app: &App, domain_id: &str, ttl: Duration) -> (String, super::TempKey) {
    app.iam.issue_key(domain_id, app.clock.now(), ttl)
}

async fn security_key(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    bump(&app.iam.counters.metadata_keys);
    if let Some(r) = outage(&app) {
        return r;
    }
    if let Some(t) = headers.get("x-metadata-token") {
        let valid = t
            .to_str()
            .ok()
            .and_then(|t| app.iam.issued().metadata_tokens.get(t).copied())
            .is_some_and(|exp| app.clock.now() < exp);
        if !valid {
            return text(
                StatusCode::UNAUTHORIZED,
                "the X-Metadata-Token is invalid or expired",
            );
        }
    }
    let Some(domain) = app.iam.config.ecs_agency.clone() else {
        return text(StatusCode::UNAUTHORIZED, CONFIG_AGENCY_ERROR);
    };
    let (ak, key) = key_for(&app, &domain, app.iam.config.temporary_ttl);
    let body = json!({"credential": {"access": ak, "secret": key.secret.as_str(),
        "securitytoken": key.security_token.as_str(), "expires_at": iam_time(key.expires_at)}});
    (StatusCode::OK, axum::Json(body)).into_response()
}

async fn pod_credentials(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    bump(&app.iam.counters.pod_credentials);
    if let Some(r) = outage(&app) {
        return r;
    }
    let presented = headers.get("authorization").and_then(|v| v.to_str().ok());
    let domain = presented.and_then(|p| {
        app.iam
            .config
            .pod_tokens
            .iter()
            .find(|(t, _)| t.as_str() == p.trim())
            .map(|(_, d)| d.clone())
    });
    let Some(domain) = domain else {
        let body = json!({"error_code": "SANDBOX.0401",
            "error_msg": "the Authorization header is not a valid pod-identity token"});
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    };
    let (ak, key) = key_for(&app, &domain, app.iam.config.temporary_ttl);
    let body = json!({"assumedAgency": {"urn": format!("iam::{domain}:agency:sandbox-pod"), "id": "sandbox-pod-agency"},
        "audience": "sandbox",
        "credentials": {"accessKeyId": ak, "secretAccessKey": key.secret.as_str(),
            "securityToken": key.security_token.as_str(), "expiration": iam_time(key.expires_at)},
        "podIdentityAssociationId": "sandbox", "subject": {"namespace": "default", "serviceAccount": "default"}});
    (StatusCode::OK, axum::Json(body)).into_response()
}
