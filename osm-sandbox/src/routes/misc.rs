//! Privileges, feedback and agreements: small pieces of per-account state.

use osm_client::types as t;

use super::{Ctx, Reply, view};
use crate::error::{ApiError, ApiResult};

pub(super) async fn create_privilege(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let req: t::CreateAndDeletePrivilegeReq = ctx.body_as()?;
    let operation = Ctx::required(req.operation, "body.operation")?;
    let privilege = req
        .privilege
        .map_or_else(|| "createCase".to_owned(), |p| p.to_string());
    ctx.write_account(move |tx, by| {
        let mut misc = tx.misc(&by.domain)?;
        let p = &mut misc.privileges;
        match operation.as_str() {
            "create" => {
                p.insert(privilege);
            }
            "delete" => {
                p.remove(&privilege);
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "body.operation: {other:?} is not create or delete"
                )));
            }
        }
        tx.put_misc(&by.domain, &misc)
    })
    .await?;
    Ok(ctx.ack())
}

pub(super) fn list_privileges(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let privilege = ctx.params.str("privilege").unwrap_or_default();
    let has = ctx
        .app
        .store
        .read(|r| Ok(r.misc(ctx.domain())?.privileges.contains(privilege)))?;
    view::reply(&t::ListPrivilegesResponse {
        has_privilege: Some(i32::from(has)),
    })
}

pub(super) async fn feedback(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let req: t::CreateFeedbackV2Req = ctx.body_as()?;
    let contacts = Ctx::required(req.contacts.clone(), "body.contacts")?;
    let ids = contacts.id_files.len();
    if !(1..=3).contains(&ids) {
        return Err(ApiError::bad_request(format!(
            "body.contacts.id_files: {ids} files; give 1 to 3 identity documents"
        )));
    }
    let body = ctx.body().clone();
    ctx.write_account(move |tx, by| {
        let mut misc = tx.misc(&by.domain)?;
        misc.feedbacks.push(body);
        tx.put_misc(&by.domain, &misc)
    })
    .await?;
    Ok(ctx.ack())
}

pub(super) async fn sign_agreement(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("id")?;
    ctx.write_account(move |tx, by| {
        let mut misc = tx.misc(&by.domain)?;
        misc.signed_agreements.insert(id, by.now);
        tx.put_misc(&by.domain, &misc)
    })
    .await?;
    Ok(ctx.ack())
}
