//! Config endpoints, served from the seeded [`crate::catalog`].

use serde_json::{Value, json};

use super::{Ctx, Reply};
use crate::catalog::{
    self, AREA_CODES, BUSINESS_TYPES, PRODUCTS, REGIONS, SATISFACTION, SEVERITIES, SUB_TYPES,
};
use crate::error::{ApiError, ApiResult};
use crate::state::status;

fn product_json(p: &catalog::Product) -> Value {
    json!({
        "incident_product_category_id": p.id,
        "incident_product_category_name": p.name,
        "incident_product_category_acronym": p.acronym,
        "incident_product_category_desc": p.desc,
        "can_use_support_plan": true,
    })
}

pub(super) fn categories() -> Reply {
    let list: Vec<Value> = SUB_TYPES
        .iter()
        .map(|s| {
            let products: Vec<Value> = s
                .products
                .iter()
                .filter_map(|id| catalog::product(id))
                .map(product_json)
                .collect();
            json!({
                "incident_sub_type_id": s.id,
                "incident_sub_type_name": s.name,
                "incident_product_category_list": products,
            })
        })
        .collect();
    Reply::Json(json!({ "total_count": list.len(), "incident_sub_type_list": list }))
}

fn known_product(id: Option<&str>) -> ApiResult<()> {
    match id {
        Some(id) if catalog::product(id).is_none() => Err(ApiError::bad_request(format!(
            "query.product_category_id: unknown product category {id:?}; see list_product_categories"
        ))),
        _ => Ok(()),
    }
}

fn known_business_type(id: Option<&str>) -> ApiResult<&'static catalog::BusinessType> {
    let id = id.unwrap_or_default();
    catalog::business_type(id).ok_or_else(|| {
        ApiError::bad_request(format!(
            "query.business_type_id: unknown business type {id:?}; see list_problem_types"
        ))
    })
}

pub(super) fn problem_types(ctx: &Ctx<'_>) -> Reply {
    let billing_only = ctx.params.str("product_category_id") == Some("pc-billing");
    let list: Vec<Value> = BUSINESS_TYPES
        .iter()
        .filter(|b| !billing_only || b.id == "bt-billing")
        .map(|b| {
            json!({
                "business_type_id": b.id,
                "business_type_name": b.name,
                "case_type": b.case_type,
                "can_use_support_plan": true,
            })
        })
        .collect();
    Reply::Json(json!({ "total_count": list.len(), "incident_business_type_list": list }))
}

pub(super) fn product_categories(ctx: &Ctx<'_>) -> Reply {
    let name = ctx
        .params
        .str("product_category_name")
        .map(str::to_lowercase);
    let list: Vec<Value> = PRODUCTS
        .iter()
        .filter(|p| {
            name.as_ref()
                .is_none_or(|n| p.name.to_lowercase().contains(n.as_str()))
        })
        .map(product_json)
        .collect();
    Reply::Json(json!({ "total_count": list.len(), "incident_product_category_list": list }))
}

pub(super) fn severities(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    known_product(ctx.params.str("product_category_id"))?;
    known_business_type(ctx.params.str("business_type_id"))?;
    let list: Vec<Value> = SEVERITIES
        .iter()
        .map(|(id, name)| json!({"severity_id": id, "severity_name": name, "language": "en-us"}))
        .collect();
    Ok(Reply::Json(json!({ "show": true, "severity_list": list })))
}

pub(super) fn regions() -> Reply {
    let list: Vec<Value> = REGIONS
        .iter()
        .map(|(id, name, ty)| json!({"region_id": id, "region_name": name, "type": ty, "is_sensitive": 0}))
        .collect();
    Reply::Json(json!({ "total_count": list.len(), "data_center_list": list }))
}

pub(super) fn templates(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    let list = vec![json!({
        "incident_template_id": format!("tpl-{}", b.id),
        "incident_template_name": format!("{} template", b.name),
        "incident_template_content": b.template,
    })];
    Ok(Reply::Json(
        json!({ "total_count": list.len(), "incident_template_list": list }),
    ))
}

pub(super) fn limits() -> Reply {
    Reply::Json(json!({ "config": { "create_case_ccemail_max_count": catalog::CC_EMAIL_MAX } }))
}

/// Quota: [`catalog::CASE_QUOTA`] open cases per problem type; used = open cases of that type.
pub(super) fn quotas(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    known_product(ctx.params.str("product_category_id"))?;
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    let open = ctx.app.store.read(|w| {
        w.account(ctx.domain())
            .cases
            .values()
            .filter(|c| c.business_type_id == b.id && !status::is_terminal(c.status))
            .count() as i64
    });
    Ok(Reply::Json(
        json!({ "total": catalog::CASE_QUOTA, "un_used": (catalog::CASE_QUOTA - open).max(0) }),
    ))
}

pub(super) fn area_codes() -> Reply {
    let list: Vec<Value> = AREA_CODES
        .iter()
        .enumerate()
        .map(|(i, (code, name))| json!({"id": i + 1, "area_code": code, "area_name": name}))
        .collect();
    Reply::Json(json!({ "area_code_list": list }))
}

pub(super) fn extends_params(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    known_product(ctx.params.str("product_category_id"))?;
    let common = vec![
        json!({"param_key": "remind_mail", "param_name": "Contact e-mail", "is_required": 0, "is_show": 1}),
        json!({"param_key": "remind_mobile", "param_name": "Contact mobile", "is_required": 0, "is_show": 1}),
    ];
    let mut extends = vec![json!({
        "param_key": "resource_id", "param_name": "Resource id", "param_desc": "Id of the affected resource",
        "param_type": 0, "length": 128, "required": 0, "is_show": 1, "is_sensitive": 0, "language": "en-us",
        "default_value": "", "tips": "e.g. an ECS instance id", "select_item": "", "min_value": 0, "max_value": 0,
    })];
    if b.case_type == "5" {
        extends.push(json!({
            "param_key": "fault_time", "param_name": "Fault start time", "param_desc": "When the fault began",
            "param_type": 0, "length": 32, "required": 1, "is_show": 1, "is_sensitive": 0, "language": "en-us",
            "default_value": "", "tips": "2026-11-29 08:00:00", "select_item": "", "min_value": 0, "max_value": 0,
        }));
    }
    Ok(Reply::Json(
        json!({ "common_params": common, "extends_params": extends }),
    ))
}

pub(super) fn satisfaction_dimensions() -> Reply {
    let list: Vec<Value> = SATISFACTION
        .iter()
        .map(|(id, name, desc)| {
            json!({
                "satisfaction_id": id, "satisfaction_name": name, "satisfaction_desc": desc,
                "sat_category_id": format!("sat-{id}"), "per_value": 1, "value": catalog::SATISFACTION_MAX,
            })
        })
        .collect();
    Reply::Json(json!({ "total_count": list.len(), "satisfaction_dimension_list": list }))
}
