//! Changes to an existing case: actions (cancel/close/press/delete), contact info, extends
//! params, operate logs, satisfaction scores, relations.

use osm_client::types as t;
use serde_json::json;

use super::{Ctx, Reply, page, view};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::state::{Action, status};

/// Most related cases per case.
const MAX_RELATIONS: usize = 3;

fn check_scores(items: &[t::IncidentSatisfactionV2Do]) -> ApiResult<()> {
    for (i, s) in items.iter().enumerate() {
        let at = format!("body.incident_satisfaction_list[{i}]");
        let id = Ctx::required(s.satisfaction_id, &format!("{at}.satisfaction_id"))?;
        let value = Ctx::required(s.satisfaction_value, &format!("{at}.satisfaction_value"))?;
        if !catalog::SATISFACTION.iter().any(|d| d.0 == id) {
            return Err(ApiError::bad_request(format!(
                "{at}.satisfaction_id: unknown dimension {id}; see list_satisfaction_dimensions"
            )));
        }
        if !(0..=catalog::SATISFACTION_MAX).contains(&value) {
            return Err(ApiError::bad_request(format!(
                "{at}.satisfaction_value: {value} is outside 0..={}",
                catalog::SATISFACTION_MAX
            )));
        }
    }
    Ok(())
}

pub(super) async fn action(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let action = Action::parse(ctx.params.str("action_id").unwrap_or_default())?;
    let req: t::WorkOrderOperateV2Req = ctx.body_as()?;
    check_scores(&req.incident_satisfaction_list)?;
    ctx.write_account(move |tx, by| {
        let mut case = tx.case(&by.domain, &id)?;
        let from = case.status;
        let next = action.next_status(&id, from)?;
        if action == Action::Delete {
            tx.delete_case(&by.domain, &id)?;
            return Ok(());
        }
        let case = &mut case;
        let what = req
            .operate_desc
            .unwrap_or_else(|| format!("{action:?}").to_lowercase());
        by.log(case, 3, what);
        if let Some(s) = next {
            by.log(case, 4, format!("status {from} -> {s}"));
            case.status = s;
            if s == status::COMPLETED {
                case.confirmed_time = Some(by.now);
            }
        }
        if !req.incident_satisfaction_list.is_empty() {
            case.satisfaction = req.incident_satisfaction_list;
        }
        if let Some(j) = req.judgement {
            case.judgement = j;
        }
        tx.put_case(&by.domain, case)
    })
    .await?;
    Ok(ctx.ack())
}

pub(super) async fn contact(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::UpdateCaseContactInfoReq = ctx.body_as()?;
    if let Some(code) = &req.area_code
        && !catalog::AREA_CODES.iter().any(|a| a.0 == code)
    {
        return Err(ApiError::bad_request(format!(
            "body.area_code: unknown area code {code:?}; see list_area_codes"
        )));
    }
    ctx.write_case(&id, move |case, by| {
        let c = &mut case.contact;
        for (value, slot) in [
            (req.area_code, &mut c.area_code),
            (req.remind_mail, &mut c.remind_mail),
            (req.remind_mobile, &mut c.remind_mobile),
            (req.remind_time, &mut c.remind_time),
        ] {
            if value.is_some() {
                *slot = value;
            }
        }
        case.extension_map.extend(req.extension_map);
        by.log(case, 6, "contact information updated");
        Ok(())
    })
    .await
}

pub(super) async fn put_extends(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::PutCaseExtParamReq = ctx.body_as()?;
    ctx.write_case(&id, move |case, by| {
        let keys: Vec<String> = req.extends_map.keys().cloned().collect();
        case.extends_map.extend(req.extends_map);
        by.log(case, 8, format!("extends params set: {}", keys.join(", ")));
        Ok(())
    })
    .await
}

/// `ShowCaseExtendsParamResponse` declares only `error_code`/`error_msg`; the parameters ride
/// along as `extends_map` (lenient clients ignore it).
pub(super) fn show_extends(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        Ok(Reply::Json(json!({ "extends_map": c.extends_map })))
    })
}

pub(super) fn logs(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let (offset, limit) = ctx.params.page();
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        view::reply(&t::ListCaseOperateLogsResponse {
            incident_operate_log_list: page(&c.logs, offset, limit)
                .iter()
                .map(|l| view::operate_log(&id, l))
                .collect(),
            total_count: i32::try_from(c.logs.len()).ok(),
        })
    })
}

pub(super) async fn score(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::CreateScoreV2Req = ctx.body_as()?;
    check_scores(&req.incident_satisfaction_list)?;
    let judgement = Ctx::required(req.judgement, "body.judgement")?;
    let case_id = id.clone();
    ctx.write_case(&case_id, move |case, by| {
        if case.status != status::COMPLETED {
            return Err(ApiError::bad_transition(format!(
                "case {id} is {} (status {}): only a completed case (status 3) can be rated",
                status::name(case.status),
                case.status
            )));
        }
        case.satisfaction = req.incident_satisfaction_list;
        case.judgement = judgement;
        by.log(case, 7, "satisfaction scored");
        Ok(())
    })
    .await
}

pub(super) async fn relate(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::CreateRelationsReq = ctx.body_as()?;
    let related = req.related_id_list;
    ctx.write_account(move |tx, by| {
            for r in &related {
                if r == &id {
                    return Err(ApiError::bad_request(
                        "body.related_id_list: a case cannot be related to itself",
                    ));
                }
                tx.case(&by.domain, r)?;
            }
            let mut case = tx.case(&by.domain, &id)?;
            let mut all = case.relations.clone();
            for r in &related {
                if !all.contains(r) {
                    all.push(r.clone());
                }
            }
            if all.len() > MAX_RELATIONS {
                return Err(ApiError::bad_request(format!(
                    "body.related_id_list: a case has at most {MAX_RELATIONS} related cases ({} requested)",
                    all.len()
                )));
            }
            case.relations = all;
            by.log(&mut case, 9, format!("related to {}", related.join(", ")));
            tx.put_case(&by.domain, &case)
        })
        .await?;
    Ok(ctx.ack())
}

pub(super) fn relations(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        let mut case_relation_list = Vec::new();
        for rel in &c.relations {
            let other = r.case_opt(ctx.domain(), rel)?;
            case_relation_list.push(t::CaseRealtionInfo {
                case_id: Some(rel.clone()),
                simple_description: other.as_ref().map(|o| o.simple_description.clone()),
                user_name: other.as_ref().map(|o| o.creator.clone()),
            });
        }
        view::reply(&t::ListRelationResponse { case_relation_list })
    })
}

pub(super) async fn unrelate(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let req: t::DeleteRelationsReq = ctx.body_as()?;
    let other = Ctx::required(req.related_id, "body.related_id")?;
    let case_id = id.clone();
    ctx.write_case(&case_id, move |case, by| {
        let before = case.relations.len();
        case.relations.retain(|r| r != &other);
        if case.relations.len() == before {
            return Err(ApiError::not_found(format!(
                "case {id} is not related to {other}"
            )));
        }
        by.log(case, 9, format!("relation to {other} removed"));
        Ok(())
    })
    .await
}
