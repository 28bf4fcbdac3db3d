//! Cases: create, list, detail, status, counts, export, actions, contact info, extends params,
//! operate logs, scores, relations.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{Ctx, Reply, page, parse_time, view};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::state::{AccountState, Action, Case, Contact, status};

/// Longest accepted description.
const MAX_DESCRIPTION: usize = 5000;

fn opt_str(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn object(v: &Value, key: &str) -> Map<String, Value> {
    v.get(key)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

pub(super) async fn create(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let b = ctx.body();
    let bt_id = opt_str(b, "business_type_id").unwrap_or_default();
    let bt = catalog::business_type(&bt_id).ok_or_else(|| {
        ApiError::bad_request(format!(
            "body.business_type_id: unknown business type {bt_id:?}; list the valid ones with list_problem_types"
        ))
    })?;
    let description = opt_str(b, "simple_description").unwrap_or_default();
    if description.trim().is_empty() {
        return Err(ApiError::bad_request(
            "body.simple_description: must not be empty",
        ));
    }
    if description.chars().count() > MAX_DESCRIPTION {
        return Err(ApiError::bad_request(format!(
            "body.simple_description: longer than {MAX_DESCRIPTION} characters"
        )));
    }
    let source_id = opt_str(b, "source_id").unwrap_or_default();
    let product = match opt_str(b, "product_category_id") {
        Some(id) => Some(catalog::product(&id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.product_category_id: unknown product category {id:?}; see list_product_categories"
            ))
        })?),
        None => None,
    };
    let sub_type = opt_str(b, "incident_sub_type_id");
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
    let severity_id = opt_str(b, "severity_id");
    let severity_name = match &severity_id {
        Some(id) => Some(catalog::severity(id).ok_or_else(|| {
            ApiError::bad_request(format!(
                "body.severity_id: unknown severity {id:?}; see list_severities"
            ))
        })?),
        None => None,
    };
    let region_id = opt_str(b, "region_id");
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
    if let Some(code) = opt_str(b, "area_code")
        && !catalog::AREA_CODES.iter().any(|a| a.0 == code)
    {
        return Err(ApiError::bad_request(format!(
            "body.area_code: unknown area code {code:?}; see list_area_codes"
        )));
    }
    let accessory_ids: Vec<String> = b
        .get("accessory_ids")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let contact = Contact {
        area_code: opt_str(b, "area_code"),
        remind_mail: opt_str(b, "remind_mail"),
        remind_mobile: opt_str(b, "remind_mobile"),
        remind_time: opt_str(b, "remind_time"),
    };
    let extends_map = object(b, "extends_map");
    let extension_map = object(b, "extension_map");
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
    Ok(Reply::Json(json!({ "incident_id": id })))
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
        let text = format!("{} {}", c.incident_id, c.simple_description).to_lowercase();
        self.search.iter().all(|k| text.contains(&k.to_lowercase()))
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
                .flat_map(|s| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
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

/// Cases of an account matching `f`, newest first.
fn select<'a>(acct: &'a AccountState, f: &Filter) -> Vec<&'a Case> {
    let mut out: Vec<&Case> = acct.cases.values().filter(|c| f.matches(c)).collect();
    out.sort_by(|a, b| {
        b.create_time
            .cmp(&a.create_time)
            .then(b.incident_id.cmp(&a.incident_id))
    });
    out
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
    Ok(ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let all = select(acct, &f);
        let items: Vec<Value> = page(&all, offset, limit)
            .into_iter()
            .map(|c| view::incident_info(acct, c))
            .collect();
        Reply::Json(json!({ "total_count": all.len(), "incident_info_list": items }))
    }))
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
    Ok(ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let all = select(acct, &f);
        let items: Vec<Value> = page(&all, (page_no - 1) * size, size)
            .into_iter()
            .map(|c| {
                json!({
                    "incidentId": c.incident_id,
                    "simpleDescription": c.simple_description,
                    "status": c.status,
                    "businessTypeName": c.business_type_name,
                    "incidentTypeName": c.incident_type_name,
                    "createTime": view::time(&c.create_time),
                    "customerId": c.customer_id,
                    "dcName": c.dc_name,
                    "productCategoryName": c.product_category_name,
                })
            })
            .collect();
        Reply::Json(json!({ "totalCount": all.len(), "incidentInfoList": items }))
    }))
}

pub(super) fn counts(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let only = ctx.params.int("status");
    Ok(ctx.app.store.read(|w| {
        let mut by: BTreeMap<i32, usize> = BTreeMap::new();
        for c in w.account(ctx.domain()).cases.values() {
            *by.entry(c.status).or_default() += 1;
        }
        let list: Vec<Value> = by
            .into_iter()
            .filter(|(s, _)| only.is_none_or(|o| o == i64::from(*s)))
            .map(|(s, n)| json!({"status": s, "count": n}))
            .collect();
        Reply::Json(json!({ "incident_status_counts": list }))
    }))
}

pub(super) fn detail(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let c = acct.case(&id)?;
        Ok(Reply::Json(
            json!({ "incident_detail_info": view::incident_detail(acct, c) }),
        ))
    })
}

pub(super) fn status(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|w| {
        Ok(Reply::Json(
            json!({ "status": w.account(ctx.domain()).case(&id)?.status }),
        ))
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
    let mut f = Filter::from_params(ctx, LIST_NAMES)?;
    f.search = ctx
        .params
        .str("search_key")
        .map(|s| s.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default();
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

fn satisfaction_list(v: &Value) -> ApiResult<Vec<Value>> {
    let items = v
        .get("incident_satisfaction_list")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for (i, s) in items.iter().enumerate() {
        let id = s
            .get("satisfaction_id")
            .and_then(Value::as_i64)
            .unwrap_or_default();
        let val = s
            .get("satisfaction_value")
            .and_then(Value::as_i64)
            .unwrap_or_default();
        if !catalog::SATISFACTION.iter().any(|d| i64::from(d.0) == id) {
            return Err(ApiError::bad_request(format!(
                "body.incident_satisfaction_list[{i}].satisfaction_id: unknown dimension {id}; see list_satisfaction_dimensions"
            )));
        }
        if !(0..=i64::from(catalog::SATISFACTION_MAX)).contains(&val) {
            return Err(ApiError::bad_request(format!(
                "body.incident_satisfaction_list[{i}].satisfaction_value: {val} is outside 0..={}",
                catalog::SATISFACTION_MAX
            )));
        }
    }
    Ok(items)
}

pub(super) async fn action(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let action = Action::parse(ctx.params.str("action_id").unwrap_or_default())?;
    let scores = satisfaction_list(ctx.body())?;
    let judgement = ctx.body_str("/judgement").map(str::to_owned);
    let desc = ctx.body_str("/operate_desc").map(str::to_owned);
    let now = ctx.now();
    let domain = ctx.domain().to_owned();
    let ak = ctx.account.access_key().to_owned();
    ctx.app
        .store
        .write(|w| {
            let acct = w.account_mut(&domain);
            let case = acct.case_mut(&id)?;
            let from = case.status;
            let next = action.next_status(&id, from)?;
            if action == Action::Delete {
                acct.cases.remove(&id);
                return Ok(());
            }
            let what = desc.unwrap_or_else(|| format!("{action:?}").to_lowercase());
            case.log(now, 3, what, (0, &ak));
            if let Some(s) = next {
                case.log(now, 4, format!("status {from} -> {s}"), (0, &ak));
                case.status = s;
                if s == status::COMPLETED {
                    case.confirmed_time = Some(now);
                }
            }
            if !scores.is_empty() {
                case.satisfaction = scores;
            }
            if let Some(j) = judgement {
                case.judgement = j;
            }
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}

pub(super) async fn contact(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let b = ctx.body().clone();
    if let Some(code) = opt_str(&b, "area_code")
        && !catalog::AREA_CODES.iter().any(|a| a.0 == code)
    {
        return Err(ApiError::bad_request(format!(
            "body.area_code: unknown area code {code:?}; see list_area_codes"
        )));
    }
    let (now, domain, ak) = (
        ctx.now(),
        ctx.domain().to_owned(),
        ctx.account.access_key().to_owned(),
    );
    ctx.app
        .store
        .write(|w| {
            let case = w.account_mut(&domain).case_mut(&id)?;
            let c = &mut case.contact;
            for (key, slot) in [
                ("area_code", &mut c.area_code),
                ("remind_mail", &mut c.remind_mail),
                ("remind_mobile", &mut c.remind_mobile),
                ("remind_time", &mut c.remind_time),
            ] {
                if let Some(v) = b.get(key).and_then(Value::as_str) {
                    *slot = Some(v.to_owned());
                }
            }
            case.extension_map.extend(object(&b, "extension_map"));
            case.log(now, 6, "contact information updated", (0, &ak));
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}

pub(super) async fn put_extends(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let map = object(ctx.body(), "extends_map");
    let (now, domain, ak) = (
        ctx.now(),
        ctx.domain().to_owned(),
        ctx.account.access_key().to_owned(),
    );
    ctx.app
        .store
        .write(|w| {
            let case = w.account_mut(&domain).case_mut(&id)?;
            let keys: Vec<String> = map.keys().cloned().collect();
            case.extends_map.extend(map);
            case.log(
                now,
                8,
                format!("extends params set: {}", keys.join(", ")),
                (0, &ak),
            );
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}

/// `ShowCaseExtendsParamResponse` declares only `error_code`/`error_msg`; the parameters ride
/// along as `extends_map` (lenient clients ignore it).
pub(super) fn show_extends(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|w| {
        let c = w.account(ctx.domain()).case(&id)?;
        Ok(Reply::Json(json!({ "extends_map": c.extends_map })))
    })
}

pub(super) fn logs(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let (offset, limit) = ctx.params.page();
    ctx.app.store.read(|w| {
        let c = w.account(ctx.domain()).case(&id)?;
        let items: Vec<Value> = page(&c.logs, offset, limit)
            .iter()
            .map(|l| view::operate_log(&id, l))
            .collect();
        Ok(Reply::Json(
            json!({ "total_count": c.logs.len(), "incident_operate_log_list": items }),
        ))
    })
}

pub(super) async fn score(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let scores = satisfaction_list(ctx.body())?;
    let judgement = ctx.body_str("/judgement").unwrap_or_default().to_owned();
    let (now, domain, ak) = (
        ctx.now(),
        ctx.domain().to_owned(),
        ctx.account.access_key().to_owned(),
    );
    ctx.app
        .store
        .write(|w| {
            let case = w.account_mut(&domain).case_mut(&id)?;
            if case.status != status::COMPLETED {
                return Err(ApiError::bad_transition(format!(
                    "case {id} is {} (status {}): only a completed case (status 3) can be rated",
                    status::name(case.status),
                    case.status
                )));
            }
            case.satisfaction = scores;
            case.judgement = judgement;
            case.log(now, 7, "satisfaction scored", (0, &ak));
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}

/// Most related cases per case.
const MAX_RELATIONS: usize = 3;

pub(super) async fn relate(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let related: Vec<String> = ctx
        .body()
        .get("related_id_list")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let (now, domain, ak) = (
        ctx.now(),
        ctx.domain().to_owned(),
        ctx.account.access_key().to_owned(),
    );
    ctx.app
        .store
        .write(|w| {
            let acct = w.account_mut(&domain);
            for r in &related {
                if r == &id {
                    return Err(ApiError::bad_request("body.related_id_list: a case cannot be related to itself"));
                }
                acct.case(r)?;
            }
            let case = acct.case_mut(&id)?;
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
            case.log(now, 9, format!("related to {}", related.join(", ")), (0, &ak));
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}

pub(super) fn relations(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    ctx.app.store.read(|w| {
        let acct = w.account(ctx.domain());
        let c = acct.case(&id)?;
        let list: Vec<Value> = c
            .relations
            .iter()
            .map(|r| {
                let other = acct.cases.get(r);
                json!({
                    "case_id": r,
                    "simple_description": other.map(|o| o.simple_description.clone()).unwrap_or_default(),
                    "user_name": other.map(|o| o.creator.clone()).unwrap_or_default(),
                })
            })
            .collect();
        Ok(Reply::Json(json!({ "case_relation_list": list })))
    })
}

pub(super) async fn unrelate(ctx: &Ctx<'_>) -> ApiResult<Reply> {
    let id = ctx.path("case_id")?;
    let other = ctx.body_str("/related_id").unwrap_or_default().to_owned();
    let (now, domain, ak) = (
        ctx.now(),
        ctx.domain().to_owned(),
        ctx.account.access_key().to_owned(),
    );
    ctx.app
        .store
        .write(|w| {
            let case = w.account_mut(&domain).case_mut(&id)?;
            let before = case.relations.len();
            case.relations.retain(|r| r != &other);
            if case.relations.len() == before {
                return Err(ApiError::not_found(format!(
                    "case {id} is not related to {other}"
                )));
            }
            case.log(now, 9, format!("relation to {other} removed"), (0, &ak));
            Ok(())
        })
        .await?;
    Ok(ctx.ack())
}
