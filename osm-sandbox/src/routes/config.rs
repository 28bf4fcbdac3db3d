//! Config endpoints, served from the seeded [`crate::catalog`] as the generated response types.

use osm_client::types as t;

use super::{Ctx, Reply, view};
use crate::catalog::{
    self, AREA_CODES, BUSINESS_TYPES, PRODUCTS, REGIONS, SATISFACTION, SEVERITIES, SUB_TYPES,
};
use crate::error::{ApiError, ApiResult};
use crate::state::status;

fn count(n: usize) -> Option<i32> {
    i32::try_from(n).ok()
}

fn product(p: &catalog::Product) -> t::IncidentProductCategoryV2 {
    t::IncidentProductCategoryV2 {
        incident_product_category_id: Some(p.id.into()),
        incident_product_category_name: Some(p.name.into()),
        incident_product_category_acronym: Some(p.acronym.into()),
        incident_product_category_desc: Some(p.desc.into()),
        can_use_support_plan: Some(true),
    }
}

pub(super) fn categories() -> ApiResult<Reply> {
    let list: Vec<t::IncidentSubTypeV2Do> = SUB_TYPES
        .iter()
        .map(|s| t::IncidentSubTypeV2Do {
            incident_sub_type_id: Some(s.id.into()),
            incident_sub_type_name: Some(s.name.into()),
            incident_product_category_list: s
                .products
                .iter()
                .filter_map(|id| catalog::product(id))
                .map(product)
                .collect(),
        })
        .collect();
    view::reply(&t::ListCaseCategoriesResponse {
        total_count: count(list.len()),
        incident_sub_type_list: list,
    })
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

pub(super) fn problem_types(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    known_product(ctx.params.str("product_category_id"))?;
    let billing_only = ctx.params.str("product_category_id") == Some("pc-billing");
    let list: Vec<t::SimpleIncidentBusinessTypeV2> = BUSINESS_TYPES
        .iter()
        .filter(|b| !billing_only || b.id == "bt-billing")
        .map(|b| t::SimpleIncidentBusinessTypeV2 {
            business_type_id: Some(b.id.into()),
            business_type_name: Some(b.name.into()),
            case_type: Some(b.case_type.into()),
            can_use_support_plan: Some(true),
        })
        .collect();
    view::reply(&t::ListProblemTypesResponse {
        total_count: count(list.len()),
        incident_business_type_list: list,
    })
}

pub(super) fn product_categories(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let name = ctx
        .params
        .str("product_category_name")
        .map(str::to_lowercase);
    let list: Vec<t::IncidentProductCategoryV2> = PRODUCTS
        .iter()
        .filter(|p| {
            name.as_ref()
                .is_none_or(|n| p.name.to_lowercase().contains(n.as_str()))
        })
        .map(product)
        .collect();
    view::reply(&t::ListProductCategoriesResponse {
        total_count: count(list.len()),
        incident_product_category_list: list,
    })
}

pub(super) fn severities(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    known_product(ctx.params.str("product_category_id"))?;
    known_business_type(ctx.params.str("business_type_id"))?;
    let severity_list = SEVERITIES
        .iter()
        .map(|(id, name)| t::SeverityV2Do {
            severity_id: Some((*id).into()),
            severity_name: Some((*name).into()),
            language: Some("en-us".into()),
        })
        .collect();
    view::reply(&t::ListSeveritiesResponse {
        show: Some(true),
        severity_list,
    })
}

pub(super) fn regions() -> ApiResult<Reply> {
    let list: Vec<t::DataCenterV2Do> = REGIONS
        .iter()
        .map(|(id, name, ty)| t::DataCenterV2Do {
            region_id: Some((*id).into()),
            region_name: Some((*name).into()),
            type_: Some((*ty).into()),
            is_sensitive: Some(0),
        })
        .collect();
    view::reply(&t::ListRegionsResponse {
        total_count: count(list.len()),
        data_center_list: list,
    })
}

pub(super) fn templates(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    let list = vec![t::IncidentTempV2 {
        incident_template_id: Some(format!("tpl-{}", b.id)),
        incident_template_name: Some(format!("{} template", b.name)),
        incident_template_content: Some(b.template.into()),
    }];
    view::reply(&t::ListCaseTemplatesResponse {
        total_count: count(list.len()),
        incident_template_list: list,
    })
}

pub(super) fn limits() -> ApiResult<Reply> {
    view::reply(&t::ListCaseLimitsResponse {
        config: Some(t::TenantConfigV2 {
            create_case_ccemail_max_count: Some(catalog::CC_EMAIL_MAX),
        }),
    })
}

/// Quota: [`catalog::CASE_QUOTA`] open cases per problem type; used = open cases of that type.
pub(super) fn quotas(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    known_product(ctx.params.str("product_category_id"))?;
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    let open_cases = crate::state::CaseQuery {
        business_type_id: Some(b.id.to_owned()),
        statuses: status::ALL
            .into_iter()
            .filter(|s| !status::is_terminal(*s))
            .collect(),
        ..Default::default()
    };
    let open = ctx
        .app
        .store
        .read(|r| r.count_cases(ctx.domain(), &open_cases))?;
    let open = i64::try_from(open).unwrap_or(i64::MAX);
    let total = i32::try_from(catalog::CASE_QUOTA).ok();
    let un_used = i32::try_from((catalog::CASE_QUOTA - open).max(0)).ok();
    view::reply(&t::ListCaseQuotasResponse { total, un_used })
}

pub(super) fn area_codes() -> ApiResult<Reply> {
    let area_code_list = AREA_CODES
        .iter()
        .enumerate()
        .map(|(i, (code, name))| t::AreaCodeSimpleInfoV2 {
            id: count(i + 1),
            area_code: Some((*code).into()),
            area_name: Some((*name).into()),
        })
        .collect();
    view::reply(&t::ListAreaCodesResponse { area_code_list })
}

fn extends_param(
    key: &str,
    name: &str,
    desc: &str,
    length: i32,
    required: i32,
    tips: &str,
) -> t::ExtendsParamV2 {
    t::ExtendsParamV2 {
        param_key: Some(key.into()),
        param_name: Some(name.into()),
        param_desc: Some(desc.into()),
        param_type: Some(0),
        length: Some(length),
        required: Some(required),
        is_show: Some(1),
        is_sensitive: Some(0),
        language: Some("en-us".into()),
        default_value: Some(String::new()),
        tips: Some(tips.into()),
        select_item: Some(String::new()),
        min_value: Some(0),
        max_value: Some(0),
    }
}

pub(super) fn extends_params(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let b = known_business_type(ctx.params.str("business_type_id"))?;
    known_product(ctx.params.str("product_category_id"))?;
    let common = |key: &str, name: &str| t::CommonParamV2 {
        param_key: Some(key.into()),
        param_name: Some(name.into()),
        is_required: Some(0),
        is_show: Some(1),
    };
    let mut extends = vec![extends_param(
        "resource_id",
        "Resource id",
        "Id of the affected resource",
        128,
        0,
        "e.g. an ECS instance id",
    )];
    if b.case_type == "5" {
        extends.push(extends_param(
            "fault_time",
            "Fault start time",
            "When the fault began",
            32,
            1,
            "2026-11-29 08:00:00",
        ));
    }
    view::reply(&t::ListExtendsParamsResponse {
        common_params: vec![
            common("remind_mail", "Contact e-mail"),
            common("remind_mobile", "Contact mobile"),
        ],
        extends_params: extends,
    })
}

pub(super) fn satisfaction_dimensions() -> ApiResult<Reply> {
    let list: Vec<t::SatisfactionDimensionSimpleInfoV2> = SATISFACTION
        .iter()
        .map(|(id, name, desc)| t::SatisfactionDimensionSimpleInfoV2 {
            satisfaction_id: Some(*id),
            satisfaction_name: Some((*name).into()),
            satisfaction_desc: Some((*desc).into()),
            sat_category_id: Some(format!("sat-{id}")),
            per_value: Some(1),
            value: Some(catalog::SATISFACTION_MAX),
        })
        .collect();
    view::reply(&t::ListSatisfactionDimensionsResponse {
        total_count: count(list.len()),
        satisfaction_dimension_list: list,
    })
}
