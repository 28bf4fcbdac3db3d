//! Messages and instant messages: send, list, new/unread, history, mark read, withdraw.

use osm_client::types as t;
use serde_json::{Value, json};

use super::{Ctx, Reply, check_text, page, parse_time, view};
use crate::error::{ApiError, ApiResult};
use crate::state::{Message, Reader, status};

/// Longest accepted message.
const MAX_MESSAGE: usize = 5000;

pub(super) async fn create(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::CreateMessageV2Req = ctx.body_as()?;
    let message = Ctx::required(req.message, "body.message")?;
    let content = Ctx::required(message.content, "body.message.content")?;
    check_text(&content, "body.message.content", MAX_MESSAGE)?;
    let accessory_ids = message.accessory_ids;
    ctx.write_account(move |tx, by| {
            let seq = tx.seq()?;
            for missing in &accessory_ids {
                if !tx.has_accessory(&by.domain, missing)? {
                    return Err(ApiError::bad_request(format!(
                        "body.message.accessory_ids: attachment {missing} does not exist in this account"
                    )));
                }
            }
            let mut case = tx.case(&by.domain, &id)?;
            let case = &mut case;
            if status::is_terminal(case.status) {
                return Err(ApiError::bad_transition(format!(
                    "case {id} is {} (status {}): messages can only be sent to an open case",
                    status::name(case.status),
                    case.status
                )));
            }
            let create_time = case.next_message_time(by.now);
            case.messages.push(Message {
                message_id: format!("MSG{seq:010}"),
                content,
                create_time,
                kind: 0,
                replier: by.access_key.clone(),
                replier_name: by.access_key.clone(),
                accessory_ids,
                read: true,
                revoked: false,
            });
            by.log(case, 2, "customer sent a message");
            if case.status == status::PENDING_FEEDBACK {
                by.log(case, 4, "status 17 -> 1");
                case.status = status::PROCESSING;
            }
            tx.put_case(&by.domain, case)
        })
        .await?;
    Ok(ctx.ack())
}

pub(super) fn list(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let (offset, limit) = ctx.params.page();
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        let v = r.view(ctx.domain(), [&c])?;
        let all = view::messages(&v, &c);
        Ok(Reply::Json(
            json!({ "count": all.len(), "message_list": page(&all, offset, limit) }),
        ))
    })
}

/// The cases named by `case_ids` (404 for one the account does not have).
fn cases(ctx: &Ctx<'_>, r: &Reader<'_>) -> ApiResult<Vec<crate::state::Case>> {
    ctx.params
        .list("case_ids")
        .iter()
        .map(|id| r.case(ctx.domain(), id))
        .collect()
}

pub(super) fn new_instant(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let since = ctx
        .params
        .str("last_message_time_id")
        .filter(|s| !s.is_empty())
        .map(|s| parse_time(s, "query.last_message_time_id"))
        .transpose()?;
    ctx.app.store.read(|r| {
        let cases = cases(ctx, r)?;
        let v = r.view(ctx.domain(), &cases)?;
        let mut immsg = Vec::new();
        let mut imstatus = Vec::new();
        let mut latest = since;
        for c in &cases {
            let id = &c.incident_id;
            let msgs: Vec<Value> = c
                .messages
                .iter()
                .enumerate()
                .filter(|(_, m)| since.is_none_or(|t| m.create_time > t))
                .map(|(i, m)| view::message(&v, m, i == 0))
                .collect();
            if let Some(last) = c.messages.last() {
                latest = latest.max(Some(last.create_time));
            }
            immsg.push(json!({ "incident_id": id, "message_list": msgs }));
            imstatus.push(json!({ "incident_id": id, "status": c.status }));
        }
        let last = latest
            .map(|t| t.timestamp_millis().to_string())
            .unwrap_or_default();
        Ok(Reply::Json(
            json!({ "immsg": immsg, "imstatus": imstatus, "last_message_time_id": last }),
        ))
    })
}

pub(super) fn unread(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    ctx.app.store.read(|r| {
        let mut list = Vec::new();
        for c in cases(ctx, r)? {
            list.push(t::ImUnreadV2 {
                incident_id: Some(c.incident_id.clone()),
                status: Some(c.status),
                unread_num: i32::try_from(c.unread()).ok(),
            });
        }
        view::reply(&t::ListUnreadNewInstantMessagesResponse { imunread: list })
    })
}

/// History before `create_time`, at most `limit` messages, oldest first.
pub(super) fn more(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let before = parse_time(
        ctx.params.str("create_time").unwrap_or_default(),
        "query.create_time",
    )?;
    let limit = ctx.params.int("limit").unwrap_or(10).clamp(1, 1000) as usize;
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        let v = r.view(ctx.domain(), [&c])?;
        let older: Vec<Value> = c
            .messages
            .iter()
            .enumerate()
            .filter(|(_, m)| m.create_time < before)
            .map(|(i, m)| view::message(&v, m, i == 0))
            .collect();
        let start = older.len().saturating_sub(limit);
        Ok(Reply::Json(
            json!({ "count": older.len(), "message_list": older[start..].to_vec() }),
        ))
    })
}

pub(super) async fn mark_read(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.write_case(&id, move |case, _| {
        for m in &mut case.messages {
            m.read = true;
        }
        Ok(())
    })
    .await
}

pub(super) async fn revoke(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let mid = ctx.path("message_id")?;
    let case_id = id.clone();
    ctx.write_case(&case_id, move |case, by| {
        let m = case
            .messages
            .iter_mut()
            .find(|m| m.message_id == mid)
            .ok_or_else(|| {
                ApiError::not_found(format!("message {mid} does not exist in case {id}"))
            })?;
        if m.kind != 0 {
            return Err(ApiError::bad_request(format!(
                "message {mid} was sent by support; only your own messages can be withdrawn"
            )));
        }
        if m.revoked {
            return Err(ApiError::bad_request(format!(
                "message {mid} is already withdrawn"
            )));
        }
        m.revoked = true;
        by.log(case, 10, format!("message {mid} withdrawn"));
        Ok(())
    })
    .await
}
