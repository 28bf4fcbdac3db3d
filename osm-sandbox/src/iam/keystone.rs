//! IAM's token, federation, security-token and domain endpoints.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::{TokenRecord, bump, iam_time};
use crate::error::ApiError;
use crate::server::App;

pub(super) fn router() -> Router<Arc<App>> {
    Router::new()
        .route("/v3/auth/tokens", post(password_token))
        .route("/v3.0/OS-AUTH/id-token/tokens", post(id_token))
        .route("/v3.0/OS-CREDENTIAL/securitytokens", post(security_token))
        .route("/v3/auth/domains", get(domains))
        .route("/v5/agencies/assume-with-oidc", post(assume_with_oidc))
}

/// IAM's error body: `{"error": {"code": 401, "title": "Unauthorized", "message": "..."}}`,
/// with an `X-IAM-Trace-Id`.
pub(super) struct IamError(StatusCode, String);

impl IamError {
    fn unauthorized(msg: impl Into<String>) -> Self {
        Self(StatusCode::UNAUTHORIZED, msg.into())
    }
    fn bad_request(msg: impl Into<String>) -> Self {
        Self(StatusCode::BAD_REQUEST, msg.into())
    }
}

impl From<ApiError> for IamError {
    fn from(e: ApiError) -> Self {
        Self(e.status, e.msg)
    }
}

pub(super) fn trace_id() -> HeaderValue {
    HeaderValue::from_str(&uuid::Uuid::new_v4().simple().to_string())
        .unwrap_or(HeaderValue::from_static("sandbox"))
}

impl IntoResponse for IamError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"code": self.0.as_u16(),
            "title": self.0.canonical_reason().unwrap_or("Error"), "message": self.1}});
        let mut r = (self.0, axum::Json(body)).into_response();
        r.headers_mut().insert("x-iam-trace-id", trace_id());
        r
    }
}

type IamResult = Result<Response, IamError>;

fn parse(body: &[u8]) -> Result<Value, IamError> {
    serde_json::from_slice(body)
        .map_err(|e| IamError::bad_request(format!("the body is not JSON: {e}")))
}

fn str_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

/// 201 with `X-Subject-Token` and `{"token": ...}`.
fn token_response(token: &str, body: Value) -> IamResult {
    let mut r = (StatusCode::CREATED, axum::Json(body)).into_response();
    let v = HeaderValue::from_str(token).map_err(|_| {
        IamError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "token is not a header value".into(),
        )
    })?;
    r.headers_mut().insert("x-subject-token", v);
    r.headers_mut().insert("x-iam-trace-id", trace_id());
    Ok(r)
}

async fn password_token(State(app): State<Arc<App>>, body: Bytes) -> IamResult {
    let iam = &app.iam;
    bump(&iam.counters.password_tokens);
    iam.check_outage()?;
    let v = parse(&body)?;
    let methods = v
        .pointer("/auth/identity/methods")
        .and_then(Value::as_array);
    if !methods.is_some_and(|m| m.iter().any(|x| x == "password")) {
        return Err(IamError::bad_request(
            "auth.identity.methods must contain \"password\" (the sandbox supports password tokens here)",
        ));
    }
    let user = "/auth/identity/password/user";
    let (Some(domain), Some(name), Some(password)) = (
        str_at(&v, &format!("{user}/domain/name")),
        str_at(&v, &format!("{user}/name")),
        str_at(&v, &format!("{user}/password")),
    ) else {
        return Err(IamError::bad_request(
            "auth.identity.password.user needs domain.name, name and password",
        ));
    };
    let Some(u) = iam.config.users.iter().find(|u| {
        u.domain_name == domain && u.user_name == name && u.password.as_str() == password
    }) else {
        return Err(IamError::unauthorized("The username or password is wrong."));
    };
    let scope = v.pointer("/auth/scope");
    let scoped_domain = scope.and_then(|s| s.get("domain"));
    let scoped = match scoped_domain {
        Some(d) => {
            let ok = str_at(d, "/name").is_some_and(|n| n == u.domain_name)
                || str_at(d, "/id").is_some_and(|i| i == u.domain_id);
            if !ok {
                return Err(IamError::unauthorized(
                    "auth.scope.domain is not the user's account",
                ));
            }
            true
        }
        None => scope.and_then(|s| s.get("project")).is_some(),
    };
    let now = app.clock.now();
    let expires_at = super::later(now, iam.config.token_ttl);
    let token = iam.issue_token(
        TokenRecord {
            domain_id: u.domain_id.clone(),
            expires_at,
            scoped,
        },
        now,
    );
    let domain_obj = json!({"id": u.domain_id, "name": u.domain_name});
    let mut body = json!({"token": {
        "expires_at": iam_time(expires_at), "issued_at": iam_time(now), "methods": ["password"],
        "user": {"domain": domain_obj, "id": u.user_id(), "name": u.user_name,
            "password_expires_at": ""},
        "roles": [{"id": "0", "name": "op_service"}], "catalog": []}});
    if scoped_domain.is_some() {
        body["token"]["domain"] = domain_obj;
    }
    token_response(&token, body)
}

async fn id_token(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> IamResult {
    let iam = &app.iam;
    bump(&iam.counters.id_token_tokens);
    iam.check_outage()?;
    let v = parse(&body)?;
    let idp_id = headers
        .get("x-idp-id")
        .and_then(|h| h.to_str().ok())
        .ok_or_else(|| IamError::bad_request("the X-Idp-Id header is missing"))?;
    let id_token = str_at(&v, "/auth/id_token/id")
        .ok_or_else(|| IamError::bad_request("auth.id_token.id is missing"))?;
    let idp = iam
        .config
        .idps
        .iter()
        .find(|i| i.idp_id == idp_id)
        .ok_or_else(|| {
            IamError(
                StatusCode::NOT_FOUND,
                format!("identity provider {idp_id} does not exist"),
            )
        })?;
    if !idp.id_tokens.iter().any(|t| t.as_str() == id_token) {
        return Err(IamError::unauthorized(
            "the id token is not valid for this identity provider",
        ));
    }
    let now = app.clock.now();
    let expires_at = super::later(now, iam.config.token_ttl);
    let user_name = format!("{idp_id}-federated");
    let token = iam.issue_token(
        TokenRecord {
            domain_id: idp.domain_id.clone(),
            expires_at,
            scoped: false,
        },
        now,
    );
    let body = json!({"token": {
        "expires_at": iam_time(expires_at), "issued_at": iam_time(now), "methods": ["mapped"],
        "user": {"domain": {"id": idp.domain_id, "name": iam.domain_name(&idp.domain_id)},
            "id": format!("fed-{idp_id}"), "name": user_name,
            "OS-FEDERATION": {"identity_provider": {"id": idp_id}, "protocol": {"id": "oidc"}, "groups": []}},
        "roles": [], "catalog": []}});
    token_response(&token, body)
}

async fn security_token(State(app): State<Arc<App>>, headers: HeaderMap, body: Bytes) -> IamResult {
    let iam = &app.iam;
    bump(&iam.counters.security_tokens);
    iam.check_outage()?;
    let v = parse(&body)?;
    let methods = v
        .pointer("/auth/identity/methods")
        .and_then(Value::as_array);
    if !methods.is_some_and(|m| m.iter().any(|x| x == "token")) {
        return Err(IamError::bad_request(
            "auth.identity.methods must be [\"token\"]",
        ));
    }
    let token = str_at(&v, "/auth/identity/token/id")
        .or_else(|| headers.get("x-auth-token").and_then(|h| h.to_str().ok()))
        .ok_or_else(|| {
            IamError::bad_request("auth.identity.token.id (or X-Auth-Token) is missing")
        })?;
    let duration = v
        .pointer("/auth/identity/token/duration_seconds")
        .map(|d| {
            d.as_u64()
                .ok_or_else(|| IamError::bad_request("duration_seconds must be an integer"))
        })
        .transpose()?
        .unwrap_or(900);
    if !(900..=86_400).contains(&duration) {
        return Err(IamError::bad_request(
            "duration_seconds must be between 900 and 86400",
        ));
    }
    let now = app.clock.now();
    let record = iam.issued().tokens.get(token).cloned();
    let record = match record {
        Some(r) if now < r.expires_at => r,
        Some(_) => return Err(IamError::unauthorized("The token has expired.")),
        None => return Err(IamError::unauthorized("The token is not valid.")),
    };
    let (ak, key) = iam.issue_key(&record.domain_id, now, Duration::from_secs(duration));
    let body = json!({"credential": {"access": ak, "secret": key.secret.as_str(),
        "securitytoken": key.security_token.as_str(), "expires_at": iam_time(key.expires_at)}});
    let mut r = (StatusCode::CREATED, axum::Json(body)).into_response();
    r.headers_mut().insert("x-iam-trace-id", trace_id());
    Ok(r)
}

async fn domains(State(app): State<Arc<App>>, req: Request) -> IamResult {
    let iam = &app.iam;
    bump(&iam.counters.domain_lookups);
    iam.check_outage()?;
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map_err(|e| IamError::bad_request(format!("could not read the body: {e}")))?;
    let account = crate::auth::identify(&app, &parts, &body)?;
    let id = account.domain_id();
    let body = json!({"domains": [{"id": id, "name": iam.domain_name(id), "enabled": true,
        "description": "", "links": {"self": format!("{}/v3/domains/{id}", app.base_url)}}],
        "links": {"self": format!("{}/v3/auth/domains", app.base_url)}});
    let mut r = (StatusCode::OK, axum::Json(body)).into_response();
    r.headers_mut().insert("x-iam-trace-id", trace_id());
    Ok(r)
}

/// STS `AssumeAgencyWithOIDC`: `provider_urn` `iam::<domain>:identity-provider:<idp>` of a
/// registered provider accepting `id_token`, `agency_urn` `iam::<domain>:agency:<name>` of the
/// same account, `duration_seconds` 900..=43200.
async fn assume_with_oidc(State(app): State<Arc<App>>, body: Bytes) -> IamResult {
    let iam = &app.iam;
    bump(&iam.counters.sts_assumes);
    iam.check_outage()?;
    let v = parse(&body)?;
    let need = |k: &str| {
        str_at(&v, &format!("/{k}"))
            .filter(|s| !s.is_empty())
            .ok_or_else(|| IamError::bad_request(format!("{k} is required")))
    };
    let (provider_urn, agency_urn, id_token) = (
        need("provider_urn")?,
        need("agency_urn")?,
        need("id_token")?,
    );
    need("agency_session_name")?;
    let duration = v
        .get("duration_seconds")
        .and_then(Value::as_u64)
        .unwrap_or(3600);
    if !(900..=43_200).contains(&duration) {
        return Err(IamError::bad_request(
            "duration_seconds must be between 900 and 43200",
        ));
    }
    let idp = iam
        .config
        .idps
        .iter()
        .find(|i| provider_urn == format!("iam::{}:identity-provider:{}", i.domain_id, i.idp_id))
        .ok_or_else(|| {
            IamError(
                StatusCode::NOT_FOUND,
                format!("identity provider {provider_urn} does not exist"),
            )
        })?;
    let agency_prefix = format!("iam::{}:agency:", idp.domain_id);
    if agency_urn
        .strip_prefix(&agency_prefix)
        .is_none_or(str::is_empty)
    {
        return Err(IamError(
            StatusCode::FORBIDDEN,
            format!(
                "agency_urn must name an agency of the provider's account ({agency_prefix}NAME)"
            ),
        ));
    }
    if !idp.id_tokens.iter().any(|t| t.as_str() == id_token) {
        return Err(IamError::unauthorized(
            "the id token is not valid for this identity provider",
        ));
    }
    let (ak, key) = iam.issue_key(
        &idp.domain_id,
        app.clock.now(),
        Duration::from_secs(duration),
    );
    let body = json!({"credentials": {"access_key_id": ak, "secret_access_key": key.secret.as_str(),
        "security_token": key.security_token.as_str(), "expiration": iam_time(key.expires_at)},
        "assumed_agency": {"agency_session_urn": format!("{agency_urn}/{}", str_at(&v, "/agency_session_name").unwrap_or_default())}});
    Ok((StatusCode::OK, axum::Json(body)).into_response())
}
