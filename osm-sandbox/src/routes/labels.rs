//! Labels: create, list, update, delete; attach to and detach from cases.

use osm_client::types as t;
use serde_json::json;

use super::{Ctx, Reply, page, view};
use crate::error::{ApiError, ApiResult};
use crate::state::Label;

/// Longest label name.
const MAX_NAME: usize = 64;
/// Most labels per case.
const MAX_PER_CASE: usize = 10;

fn name_and_color(name: &str, color: &str) -> ApiResult<(String, String)> {
    let (name, color) = (name.trim().to_owned(), color.trim().to_owned());
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(ApiError::bad_request(format!(
            "body.name: must be 1 to {MAX_NAME} characters"
        )));
    }
    if color.is_empty() {
        return Err(ApiError::bad_request(
            "body.color: must not be empty (e.g. #1a2b3c)",
        ));
    }
    Ok((name, color))
}

pub(super) async fn create(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let req: t::CreateLabelsReq = ctx.body_as()?;
    let (name, color) = name_and_color(
        &Ctx::required(req.name, "body.name")?,
        &Ctx::required(req.color, "body.color")?,
    )?;
    let id = ctx
        .write_account(move |tx, by| {
            if tx.labels(&by.domain)?.values().any(|l| l.name == name) {
                return Err(ApiError::bad_request(format!(
                    "body.name: a label named {name:?} already exists"
                )));
            }
            let mut misc = tx.misc(&by.domain)?;
            misc.next_label_id += 1;
            let label_id = misc.next_label_id;
            tx.put_misc(&by.domain, &misc)?;
            tx.put_label(
                &by.domain,
                &Label {
                    label_id,
                    name,
                    color,
                },
            )?;
            Ok(label_id)
        })
        .await?;
    // the spec's ack has no id; the new label's id rides along as an extra
    Ok(view::with_extra(ctx.ack(), "label_id", json!(id)))
}

pub(super) fn list(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let (offset, limit) = ctx.params.page();
    let name = ctx.params.str("name").map(str::to_lowercase);
    let id = ctx.params.int("label_id");
    ctx.app.store.read(|r| {
        let all: Vec<t::CaseLabelInfo> = r
            .labels(ctx.domain())?
            .values()
            .filter(|l| id.is_none_or(|i| i == l.label_id))
            .filter(|l| {
                name.as_ref()
                    .is_none_or(|n| l.name.to_lowercase().contains(n.as_str()))
            })
            .map(view::label_info)
            .collect();
        view::reply(&t::ListLabelsResponse {
            total_count: i32::try_from(all.len()).ok(),
            label_list: page(&all, offset, limit),
        })
    })
}

fn label_id(ctx: &Ctx<'_>) -> ApiResult<i64> {
    ctx.params
        .int("label_id")
        .ok_or_else(|| ApiError::bad_request("path.label_id: expected an integer"))
}

fn no_label(id: i64) -> ApiError {
    ApiError::not_found(format!("label {id} does not exist in this account"))
}

pub(super) async fn update(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = label_id(ctx)?;
    let req: t::UpdateLabelsReq = ctx.body_as()?;
    let (name, color) = name_and_color(
        &Ctx::required(req.name, "body.name")?,
        &Ctx::required(req.color, "body.color")?,
    )?;
    ctx.write_account(move |tx, by| {
        let labels = tx.labels(&by.domain)?;
        if labels.values().any(|l| l.name == name && l.label_id != id) {
            return Err(ApiError::bad_request(format!(
                "body.name: a label named {name:?} already exists"
            )));
        }
        let mut l = labels.get(&id).cloned().ok_or_else(|| no_label(id))?;
        l.name = name;
        l.color = color;
        tx.put_label(&by.domain, &l)
    })
    .await?;
    Ok(ctx.ack())
}

pub(super) async fn delete(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = label_id(ctx)?;
    ctx.write_account(move |tx, by| {
        if tx.delete_label(&by.domain, id)? {
            Ok(())
        } else {
            Err(no_label(id))
        }
    })
    .await?;
    Ok(ctx.ack())
}

fn label_ids(ctx: &Ctx<'_>) -> ApiResult<Vec<i64>> {
    let ids = ctx
        .params
        .list("label_ids")
        .iter()
        .map(|s| {
            s.trim().parse::<i64>().map_err(|_| {
                ApiError::bad_request(format!("query.label_ids: {s:?} is not a label id"))
            })
        })
        .collect::<ApiResult<Vec<i64>>>()?;
    if ids.is_empty() {
        return Err(ApiError::bad_request(
            "query.label_ids: give at least one label id",
        ));
    }
    Ok(ids)
}

pub(super) async fn attach(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let case_id = ctx.path("case_id")?;
    let ids = label_ids(ctx)?;
    ctx.write_account(move |tx, by| {
        let labels = tx.labels(&by.domain)?;
        if let Some(missing) = ids.iter().find(|i| !labels.contains_key(i)) {
            return Err(no_label(*missing));
        }
        let mut case = tx.case(&by.domain, &case_id)?;
        let mut all = case.label_ids.clone();
        all.extend(ids.iter().copied());
        if all.len() > MAX_PER_CASE {
            return Err(ApiError::bad_request(format!(
                "query.label_ids: a case has at most {MAX_PER_CASE} labels"
            )));
        }
        case.label_ids = all;
        by.log(&mut case, 5, format!("labels attached: {ids:?}"));
        tx.put_case(&by.domain, &case)
    })
    .await?;
    Ok(ctx.ack())
}

pub(super) async fn detach(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let case_id = ctx.path("case_id")?;
    let ids = label_ids(ctx)?;
    let id = case_id.clone();
    ctx.write_case(&id, move |case, by| {
        if let Some(missing) = ids.iter().find(|i| !case.label_ids.contains(i)) {
            return Err(ApiError::not_found(format!(
                "label {missing} is not attached to case {case_id}"
            )));
        }
        for i in &ids {
            case.label_ids.remove(i);
        }
        by.log(case, 5, format!("labels detached: {ids:?}"));
        Ok(())
    })
    .await
}

pub(super) fn of_case(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let case_id = ctx.path("case_id")?;
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &case_id)?;
        let v = r.view(ctx.domain(), [])?;
        view::reply(&t::ListCaseLabelsResponse {
            case_label_list: view::case_labels(&v, &c),
        })
    })
}
