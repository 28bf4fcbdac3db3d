//! Cases: create, list, detail, status, counts, export, actions, contact info, extends params,
//! operate logs, scores, relations.

use osm_client::types as t;

use super::{Ctx, Reply, check_text, parse_time, view};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::state::{Case, CaseQuery, Contact, status};

/// Longest accepted description.
const MAX_DESCRIPTION: usize = 5000;

pub(super) async fn create(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let req: t::CreateOrderIncidentV2Req = ctx.body_as()?;
    let nonempty = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
    let bt_id = Ctx::required(req.business_type_id.clone(), "body.business_type_id")?;
    let bt = catalog::business_type(&bt_id).ok_or_else(|| {
        ApiError::bad_request(format!(
            "body.business_type_id: unknown business type {bt_id:?}; list the valid ones with list_problem_types"
        ))
    })?;
    let description = Ctx::required(req.simple_description.clone(), "body.simple_description")?;
    check_text(&description, "body.simple_description", MAX_DESCRIPTION)?;
    let source_id = Ctx::required(req.source_id.clone(), "body.source_id")?;
    let product = match nonempty(&req.product_category_id) {
        Some(id) => Some(catalog::product(&id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.product_category_id: unknown product category {id:?}; see list_product_categories"
            ))
        })?),
        None => None,
    };
    let sub_type = nonempty(&req.incident_sub_type_id);
    if let Some(id) = &sub_type {
        let st = catalog::sub_type(id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.incident_sub_type_id: unknown sub type {id:?}; see list_case_categories"
            ))
        })?;
        if let Some(p) = product
            && !st.products.contains(&p.id)
        {
            return Err(ApiError::bad_request(format!(
                "body.product_category_id: {} does not belong to sub type {id}",
                p.id
            )));
        }
    }
    let severity_id = nonempty(&req.severity_id);
    let severity_name = match &severity_id {
        Some(id) => Some(catalog::severity(id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.severity_id: unknown severity {id:?}; see list_severities"
            ))
        })?),
        None => None,
    };
    let region_id = nonempty(&req.region_id);
    let dc_name = match &region_id {
        Some(id) => catalog::region(id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.region_id: unknown region {id:?}; see list_regions"
            ))
        })?,
        None if bt.case_type == "5" => {
            return Err(ApiError::bad_request(format!(
                "body.region_id: required for business type {} (a fault report); see list_regions",
                bt.id
            )));
        }
        None => "",
    };
    if let Some(code) = nonempty(&req.area_code)
        && !catalog::AREA_CODES.iter().any(|a| a.0 == code)
    {
        return Err(ApiError::bad_request(format!(
            "body.area_code: unknown area code {code:?}; see list_area_codes"
        )));
    }
    let accessory_ids = req.accessory_ids.clone();
    let contact = Contact {
        area_code: nonempty(&req.area_code),
        remind_mail: nonempty(&req.remind_mail),
        remind_mobile: nonempty(&req.remind_mobile),
        remind_time: nonempty(&req.remind_time),
    };
    let extends_map = req.extends_map.clone();
    let extension_map = req.extension_map.clone();
    let id = ctx
        .write_account(move |tx, by| {
            let (now, domain, ak) = (by.now, by.domain.clone(), by.access_key.clone());
            for missing in &accessory_ids {
                if !tx.has_accessory(&domain, missing)? {
                    return Err(ApiError::bad_request(format!(
                        "body.accessory_ids: attachment {missing} does not exist in this account; upload it first"
                    )));
                }
            }
            let seq = tx.seq()?;
            let incident_id = format!("CS{}{seq:06}", now.format("%Y%m%d"));
            let mut case = Case {
                incident_id: incident_id.clone(),
                business_type_id: bt.id.to_owned(),
                business_type_name: bt.name.to_owned(),
                incident_type_name: if bt.case_type == "5" { "Fault report" } else { "Consultation" }.to_owned(),
                incident_sub_type_id: sub_type,
                product_category_id: product.map(|p| p.id.to_owned()),
                product_category_name: product.map(|p| p.name.to_owned()),
                severity_id,
                severity_name: severity_name.map(str::to_owned),
                region_id,
                dc_name: dc_name.to_owned(),
                simple_description: description,
                source_id,
                status: status::PENDING_ACCEPTANCE,
                create_time: now,
                confirmed_time: None,
                customer_id: domain.clone(),
                creator: ak.clone(),
                messages: Vec::new(),
                label_ids: Default::default(),
                relations: Vec::new(),
                extends_map,
                extension_map,
                contact,
                satisfaction: Vec::new(),
                judgement: String::new(),
                accessory_ids,
                logs: Vec::new(),
            };
            case.log(now, 1, "case created", (0, &ak));
            tx.put_case(&domain, &case)?;
            Ok(incident_id)
        })
        .await?;
    view::reply(&t::CreateCasesResponse {
        incident_id: Some(id),
    })
}

/// Filters shared by list, export and the v1 query, from the query parameters.
struct Filter;

impl Filter {
    fn from_params(ctx: &Ctx<'_>, names: [&str; 8]) -> ApiResult<CaseQuery> {
        let [search, labels, id, start, end, st, sts, bt] = names;
        let p = &ctx.params;
        let mut labels_out = Vec::new();
        for l in p.list(labels) {
            labels_out.push(l.trim().parse::<i64>().map_err(|_| {
                ApiError::bad_request(format!("query.{labels}: {l:?} is not a label id"))
            })?);
        }
        let mut statuses = Vec::new();
        if let Some(s) = p.str(sts) {
            for part in s.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                statuses.push(part.parse::<i32>().map_err(|_| {
                    ApiError::bad_request(format!("query.{sts}: {part:?} is not a status code"))
                })?);
            }
        }
        Ok(CaseQuery {
            search: p
                .list(search)
                .iter()
                .flat_map(|s| {
                    s.split_whitespace()
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .collect(),
            labels: labels_out,
            incident_id: p.str(id).filter(|s| !s.is_empty()).map(str::to_owned),
            start: p
                .str(start)
                .filter(|s| !s.is_empty())
                .map(|s| parse_time(s, &format!("query.{start}")))
                .transpose()?,
            end: p
                .str(end)
                .filter(|s| !s.is_empty())
                .map(|s| parse_time(s, &format!("query.{end}")))
                .transpose()?,
            status: p.int(st).map(|s| s as i32),
            statuses,
            business_type_id: p.str(bt).map(str::to_owned),
            product_category_id: None,
        })
    }
}

const LIST_NAMES: [&str; 8] = [
    "search_key",
    "label_id_list",
    "incident_id",
    "query_start_time",
    "query_end_time",
    "status",
    "incident_status",
    "business_type_id",
];

pub(super) fn list(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let f = Filter::from_params(ctx, LIST_NAMES)?;
    let (offset, limit) = ctx.params.page();
    ctx.app.store.read(|r| {
        let (total, cases) = r.list_cases(ctx.domain(), &f, offset, limit)?;
        let v = r.view(ctx.domain(), &cases)?;
        view::reply(&t::ListCasesResponse {
            incident_info_list: cases.iter().map(|c| view::incident_info(&v, c)).collect(),
            total_count: i32::try_from(total).ok(),
        })
    })
}

/// `GET /osm/incidentservice/api/v1/queryincident`: the camelCase v1 list (pageNo/pageSize).
pub(super) fn list_order_incident(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let mut f = Filter::from_params(
        ctx,
        [
            "searchKey",
            "labelIdList",
            "incidentId",
            "queryStartTime",
            "queryEndTime",
            "status",
            "incidentStatus",
            "businessTypeId",
        ],
    )?;
    f.product_category_id = ctx.params.str("productCategoryId").map(str::to_owned);
    let page_no = ctx.params.int("pageNo").unwrap_or(1).max(1) as usize;
    let size = ctx.params.int("pageSize").unwrap_or(10).clamp(1, 1000) as usize;
    ctx.app.store.read(|r| {
        let offset = (page_no - 1).saturating_mul(size);
        let (total, cases) = r.list_cases(ctx.domain(), &f, offset, size)?;
        let items: Vec<t::IncidentInfo> = cases
            .iter()
            .map(|c| {
                view::case_model!(t::IncidentInfo, c, {
                    simple_describe: Some(c.simple_description.clone()),
                })
            })
            .collect();
        view::reply(&t::ListOrderIncidentResponse {
            incident_info_list: items,
            total_count: i32::try_from(total).ok(),
        })
    })
}

pub(super) fn counts(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let only = ctx.params.int("status");
    ctx.app.store.read(|r| {
        let incident_status_counts = r
            .status_counts(ctx.domain())?
            .into_iter()
            .filter(|(s, _)| only.is_none_or(|o| o == i64::from(*s)))
            .map(|(s, n)| t::IncidentStatusCount {
                status: Some(s.into()),
                count: i32::try_from(n).ok(),
            })
            .collect();
        view::reply(&t::ListCaseCountsResponse {
            incident_status_counts,
        })
    })
}

pub(super) fn detail(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|r| {
        let c = r.case(ctx.domain(), &id)?;
        let v = r.view(ctx.domain(), [&c])?;
        view::reply(&t::ShowCaseDetailResponse {
            incident_detail_info: Some(view::incident_detail(&v, &c)),
        })
    })
}

pub(super) fn status(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|r| {
        let status = r.case(ctx.domain(), &id)?.status;
        view::reply(&t::ShowCaseStatusResponse {
            status: Some(status.into()),
        })
    })
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub(super) fn export(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    // search_key is one string here (an array in list_cases): both split on white space
    let f = Filter::from_params(ctx, LIST_NAMES)?;
    let (offset, _) = ctx.params.page();
    let limit = ctx
        .params
        .int("limit")
        .map_or(usize::MAX, |l| l.max(1) as usize);
    let csv = ctx.app.store.read(|r| {
        let (_, cases) = r.list_cases(ctx.domain(), &f, offset, limit)?;
        let mut out = String::from(
            "incident_id,status,business_type_name,simple_description,create_time,dc_name\n",
        );
        for c in &cases {
            let row = [
                c.incident_id.clone(),
                c.status.to_string(),
                c.business_type_name.clone(),
                c.simple_description.clone(),
                view::time(&c.create_time),
                c.dc_name.clone(),
            ];
            out.push_str(
                &row.iter()
                    .map(|s| csv_field(s))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push('\n');
        }
        Ok(out)
    })?;
    Ok(Reply::File {
        name: "cases.csv".into(),
        content_type: "text/csv; charset=utf-8",
        data: csv.into_bytes(),
    })
}
