//! Cases: create, list, detail, status, counts, export, actions, contact info, extends params,
//! operate logs, scores, relations.

use std::collections::BTreeMap;

use osm_client::types as t;

use super::{Ctx, Reply, check_text, parse_time, view};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::state::{AccountState, Case, Contact, status};

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
    let now = ctx.now();
    let domain = ctx.domain().to_owned();
    let ak = ctx.account.access_key().to_owned();
    let id = ctx
        .app
        .store
        .write(|w| {
            let acct = w.account(&domain);
            if let Some(missing) = accessory_ids.iter().find(|id| !acct.accessories.contains_key(*id)) {
                return Err(ApiError::bad_request(format!(
                    "body.accessory_ids: attachment {missing} does not exist in this account; upload it first"
                )));
            }
            let seq = w.seq();
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
            w.account_mut(&domain).cases.insert(incident_id.clone(), case);
            Ok(incident_id)
        })
        .await?;
    view::reply(&t::CreateCasesResponse {
        incident_id: Some(id),
    })
}

/// Filters shared by list, export and the v1 query.
#[derive(Debug, Default)]
struct Filter {
    search: Vec<String>,
    labels: Vec<i64>,
    incident_id: Option<String>,
    start: Option<chrono::DateTime<chrono::Utc>>,
    end: Option<chrono::DateTime<chrono::Utc>>,
    status: Option<i32>,
    statuses: Vec<i32>,
    business_type_id: Option<String>,
    product_category_id: Option<String>,
}

impl Filter {
    fn matches(&self, c: &Case) -> bool {
        let searched = || {
            let text = format!("{} {}", c.incident_id, c.simple_description).to_lowercase();
            self.search.iter().all(|k| text.contains(k.as_str()))
        };
        (self.search.is_empty() || searched())
            && self.labels.iter().all(|l| c.label_ids.contains(l))
            && self
                .incident_id
                .as_ref()
                .is_none_or(|id| c.incident_id.contains(id.as_str()))
            && self.start.is_none_or(|t| c.create_time >= t)
            && self.end.is_none_or(|t| c.create_time <= t)
            && self.status.is_none_or(|s| c.status == s)
            && (self.statuses.is_empty() || self.statuses.contains(&c.status))
            && self
                .business_type_id
                .as_ref()
                .is_none_or(|b| &c.business_type_id == b)
            && self
                .product_category_id
                .as_ref()
                .is_none_or(|p| c.product_category_id.as_ref() == Some(p))
    }

    fn from_params(ctx: &Ctx<'_>, names: [&str; 8]) -> ApiResult<Filter> {
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
        Ok(Filter {
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

/// Newest first: creation time, then id, both descending.
fn newest_first(a: &&Case, b: &&Case) -> std::cmp::Ordering {
    b.create_time
        .cmp(&a.create_time)
        .then(b.incident_id.cmp(&a.incident_id))
}

/// Cases of an account matching `f`, newest first.
fn select<'a>(acct: &'a AccountState, f: &Filter) -> Vec<&'a Case> {
    let mut out: Vec<&Case> = acct.cases.values().filter(|c| f.matches(c)).collect();
    out.sort_by(newest_first);
    out
}

/// One page of [`select`] and the total count, without sorting the whole account: the
/// newest `offset + limit` are partitioned out in linear time, then only they are sorted.
fn select_page<'a>(
    acct: &'a AccountState,
    f: &Filter,
    offset: usize,
    limit: usize,
) -> (usize, Vec<&'a Case>) {
    let mut all: Vec<&Case> = acct.cases.values().filter(|c| f.matches(c)).collect();
    let total = all.len();
    let keep = offset.saturating_add(limit).min(total);
    if keep < total {
        all.select_nth_unstable_by(keep, newest_first);
        all.truncate(keep);
    }
    all.sort_by(newest_first);
    (total, all.into_iter().skip(offset).collect())
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
    ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let (total, cases) = select_page(acct, &f, offset, limit);
        view::reply(&t::ListCasesResponse {
            incident_info_list: cases
                .into_iter()
                .map(|c| view::incident_info(acct, c))
                .collect(),
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
    ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let (total, cases) = select_page(acct, &f, (page_no - 1).saturating_mul(size), size);
        let items: Vec<t::IncidentInfo> = cases
            .into_iter()
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
    ctx.app.store.read(|w| {
        let mut by: BTreeMap<i32, usize> = BTreeMap::new();
        for c in w.account(ctx.domain()).cases.values() {
            *by.entry(c.status).or_default() += 1;
        }
        let incident_status_counts = by
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
    ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let c = acct.case(&id)?;
        view::reply(&t::ShowCaseDetailResponse {
            incident_detail_info: Some(view::incident_detail(acct, c)),
        })
    })
}

pub(super) fn status(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|w| {
        let status = w.account(ctx.domain()).case(&id)?.status;
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
    let csv = ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let mut out = String::from(
            "incident_id,status,business_type_name,simple_description,create_time,dc_name\n",
        );
        for c in select(acct, &f).into_iter().skip(offset).take(limit) {
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
        out
    });
    Ok(Reply::File {
        name: "cases.csv".into(),
        content_type: "text/csv; charset=utf-8",
        data: csv.into_bytes(),
    })
}
