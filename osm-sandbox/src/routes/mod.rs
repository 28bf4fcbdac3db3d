//! Handlers of the OSM operations, by group. Operations without state answer the spec's
//! example for their 200 response.

mod accessories;
mod case_ops;
mod cases;
mod config;
mod labels;
mod messages;
mod misc;
mod view;

use std::sync::Arc;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::account::Account;
use crate::error::{ApiError, ApiResult};
use crate::server::App;
use crate::spec::Operation;
use crate::state::{Case, Tx};
use crate::validate::Params;

/// Everything a handler gets: the authenticated account, typed parameters, the checked body.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub(crate) app: &'a Arc<App>,
    pub(crate) account: &'a Account,
    pub(crate) op: &'a Operation,
    pub(crate) params: Params,
    pub(crate) json: Option<Value>,
    pub(crate) raw: bytes::Bytes,
    pub(crate) parts: http::request::Parts,
}

impl Ctx<'_> {
    pub(crate) fn domain(&self) -> &str {
        self.account.domain_id()
    }
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.app.clock.now()
    }
    /// The JSON body (Null when none was sent).
    pub(crate) fn body(&self) -> &Value {
        self.json.as_ref().unwrap_or(&Value::Null)
    }
    /// The body as its generated request type (the spec check already ran, so this only fails
    /// on shapes the check does not cover).
    pub(crate) fn body_as<T: serde::de::DeserializeOwned>(&self) -> ApiResult<T> {
        serde_json::from_value(self.body().clone())
            .map_err(|e| ApiError::bad_request(format!("body: {e}")))
    }
    /// A body field the spec declares required (the generated models make every field
    /// optional; the spec check has already rejected a body without it).
    pub(crate) fn required<T>(value: Option<T>, at: &str) -> ApiResult<T> {
        value.ok_or_else(|| ApiError::bad_request(format!("{at}: required field is missing")))
    }
    /// A path parameter the spec declares required.
    pub(crate) fn path(&self, name: &str) -> ApiResult<String> {
        self.params
            .str(name)
            .map(str::to_owned)
            .or_else(|| self.params.int(name).map(|n| n.to_string()))
            .ok_or_else(|| ApiError::bad_request(format!("path.{name}: missing")))
    }
    /// The operation's example, or `{}` (acknowledgements).
    pub(crate) fn ack(&self) -> Reply {
        Reply::Json(self.op.example.clone().unwrap_or_else(|| json!({})))
    }
    /// The customer behind this request, as of now.
    pub(crate) fn customer(&self) -> Customer {
        Customer {
            now: self.now(),
            access_key: self.account.access_key().to_owned(),
            domain: self.domain().to_owned(),
        }
    }
    /// Changes this account's state on behalf of its customer, in one transaction (see
    /// [`Store::write`](crate::state::Store::write): on `Err` nothing is changed).
    pub(crate) async fn write_account<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Tx<'_>, &Customer) -> ApiResult<R> + Send + 'static,
    ) -> ApiResult<R> {
        let by = self.customer();
        self.app.store.write(move |tx| f(tx, &by)).await
    }
    /// Changes case `case_id` of this account (404 if it has none) on behalf of its customer,
    /// then acknowledges.
    pub(crate) async fn write_case(
        &self,
        case_id: &str,
        f: impl FnOnce(&mut Case, &Customer) -> ApiResult<()> + Send + 'static,
    ) -> ApiResult<Reply> {
        let id = case_id.to_owned();
        self.write_account(move |tx, by| {
            let mut case = tx.case(&by.domain, &id)?;
            f(&mut case, by)?;
            tx.put_case(&by.domain, &case)
        })
        .await?;
        Ok(self.ack())
    }
}

/// The customer changing state, and when: what a change stamps and an operate log records.
#[derive(Debug, Clone)]
pub(crate) struct Customer {
    /// Time of the request.
    pub(crate) now: DateTime<Utc>,
    /// The customer's access key (operator id, message replier).
    pub(crate) access_key: String,
    /// The customer's account (domain id).
    pub(crate) domain: String,
}

impl Customer {
    /// Appends an operate-log entry made by this customer to `case`.
    pub(crate) fn log(&self, case: &mut Case, operate_type: i32, desc: impl Into<String>) {
        case.log(self.now, operate_type, desc, (0, &self.access_key));
    }
}

/// A successful answer.
#[derive(Debug)]
pub(crate) enum Reply {
    /// `200 application/json`.
    Json(Value),
    /// `200` with a file.
    File {
        name: String,
        content_type: &'static str,
        data: Vec<u8>,
    },
    /// `200 application/json` with these bytes as they are (an injected malformed body).
    Raw(Vec<u8>),
    /// An injected error answer, with `Retry-After` seconds.
    Fault {
        err: ApiError,
        retry_after: Option<u64>,
    },
    /// No answer: the connection is dropped (an injected fault).
    Drop,
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self {
            Reply::Json(v) => (StatusCode::OK, axum::Json(v)).into_response(),
            Reply::Raw(bytes) => (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                bytes,
            )
                .into_response(),
            Reply::Fault { err, retry_after } => {
                let mut resp = err.into_response();
                if let Some(s) = retry_after
                    && let Ok(v) = HeaderValue::from_str(&s.to_string())
                {
                    resp.headers_mut().insert(header::RETRY_AFTER, v);
                }
                resp
            }
            Reply::Drop => {
                let mut resp = StatusCode::OK.into_response();
                resp.extensions_mut().insert(crate::server::DropConnection);
                resp
            }
            Reply::File {
                name,
                content_type,
                data,
            } => {
                let mut resp = (StatusCode::OK, data).into_response();
                let h = resp.headers_mut();
                h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
                let safe: String = name
                    .chars()
                    .filter(|c| c.is_ascii_graphic() && *c != '"')
                    .collect();
                if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")) {
                    h.insert(header::CONTENT_DISPOSITION, v);
                }
                resp
            }
        }
    }
}

/// Runs the handler of `ctx.op`.
pub(crate) async fn dispatch(ctx: Ctx<'_>) -> ApiResult<Reply> {
    match ctx.op.id.as_str() {
        // cases
        "create_cases" => cases::create(&ctx).await,
        "list_cases" => cases::list(&ctx),
        "list_order_incident" => cases::list_order_incident(&ctx),
        "list_case_counts" => cases::counts(&ctx),
        "show_case_detail" => cases::detail(&ctx),
        "show_case_status" => cases::status(&ctx),
        "download_cases" => cases::export(&ctx),
        "update_cases" => case_ops::action(&ctx).await,
        "update_case_contact_info" => case_ops::contact(&ctx).await,
        "create_case_extends_param" => case_ops::put_extends(&ctx).await,
        "show_case_extends_param" => case_ops::show_extends(&ctx),
        "list_case_operate_logs" => case_ops::logs(&ctx),
        "create_scores" => case_ops::score(&ctx).await,
        "create_relations" => case_ops::relate(&ctx).await,
        "list_relation" => case_ops::relations(&ctx),
        "delete_relation" => case_ops::unrelate(&ctx).await,
        // messages
        "create_messages" => messages::create(&ctx).await,
        "list_messages" => messages::list(&ctx),
        "list_new_instant_messages" => messages::new_instant(&ctx),
        "list_unread_new_instant_messages" => messages::unread(&ctx),
        "list_more_instant_messages" => messages::more(&ctx),
        "update_new_instant_messages_read" => messages::mark_read(&ctx).await,
        "revoke_message" => messages::revoke(&ctx).await,
        // labels
        "create_labels" => labels::create(&ctx).await,
        "list_labels" => labels::list(&ctx),
        "update_labels" => labels::update(&ctx).await,
        "delete_labels" => labels::delete(&ctx).await,
        "create_case_labels" => labels::attach(&ctx).await,
        "delete_case_labels" => labels::detach(&ctx).await,
        "list_case_labels" => labels::of_case(&ctx),
        // attachments
        "upload_accessory" => accessories::upload_multipart(&ctx).await,
        "upload_json_accessories" => accessories::upload_json(&ctx).await,
        "show_accessory_limits" => accessories::limits(),
        "list_accessory_access_urls" => accessories::access_urls(&ctx),
        "show_download_accessory_url" => accessories::access_url(&ctx),
        "download_accessories" | "download_images" => accessories::download(&ctx),
        "delete_accessories" => accessories::delete(&ctx).await,
        // config
        "list_case_categories" => config::categories(),
        "list_problem_types" => config::problem_types(&ctx),
        "list_product_categories" => config::product_categories(&ctx),
        "list_severities" => config::severities(&ctx),
        "list_regions" => config::regions(),
        "list_case_templates" => config::templates(&ctx),
        "list_case_limits" => config::limits(),
        "list_case_quotas" => config::quotas(&ctx),
        "list_area_codes" => config::area_codes(),
        "list_extends_params" => config::extends_params(&ctx),
        "list_satisfaction_dimensions" => config::satisfaction_dimensions(),
        // privileges, feedback, agreements
        "create_privileges" => misc::create_privilege(&ctx).await,
        "list_privileges" => misc::list_privileges(&ctx),
        "create_feedback" => misc::feedback(&ctx).await,
        "sign_published_agreement" => misc::sign_agreement(&ctx).await,
        _ => Ok(example(&ctx)),
    }
}

/// The spec's example for the operation (stateless operations).
fn example(ctx: &Ctx<'_>) -> Reply {
    if ctx.op.binary_response {
        return Reply::File {
            name: format!("{}.bin", ctx.op.id),
            content_type: "application/octet-stream",
            data: Vec::new(),
        };
    }
    ctx.ack()
}

/// Parses the time formats OSM clients send: RFC 3339, `YYYY-MM-DD HH:MM:SS`, `YYYY-MM-DDTHH:MM:SS`
/// (UTC), or Unix milliseconds.
pub(crate) fn parse_time(s: &str, at: &str) -> ApiResult<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    for f in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, f) {
            return Ok(t.and_utc());
        }
    }
    if let Ok(ms) = s.parse::<i64>()
        && let Some(t) = DateTime::from_timestamp_millis(ms)
    {
        return Ok(t);
    }
    Err(ApiError::bad_request(format!(
        "{at}: {s:?} is not a time; use RFC 3339 (2026-11-29T08:00:00Z), \"2026-11-29 08:00:00\" or Unix milliseconds"
    )))
}

/// Checks free text the customer writes: not blank, at most `max` characters (400 naming `at`).
pub(crate) fn check_text(text: &str, at: &str, max: usize) -> ApiResult<()> {
    if text.trim().is_empty() {
        return Err(ApiError::bad_request(format!("{at}: must not be empty")));
    }
    if text.chars().count() > max {
        return Err(ApiError::bad_request(format!(
            "{at}: longer than {max} characters"
        )));
    }
    Ok(())
}

/// `offset`/`limit` slice of `items`.
pub(crate) fn page<T: Clone>(items: &[T], offset: usize, limit: usize) -> Vec<T> {
    items.iter().skip(offset).take(limit).cloned().collect()
}
