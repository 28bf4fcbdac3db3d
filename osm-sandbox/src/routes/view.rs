//! State rendered as the spec's response models.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::state::{AccountState, Case, Message, OperateLog};

pub(crate) fn time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// `LabelInfo` / `CaseLabelInfo` of a case.
pub(crate) fn case_labels(acct: &AccountState, case: &Case) -> Vec<Value> {
    case.label_ids
        .iter()
        .filter_map(|id| acct.labels.get(id))
        .map(|l| json!({"label_id": l.label_id, "name": l.name, "color": l.color}))
        .collect()
}

/// `IncidentInfoV2`.
pub(crate) fn incident_info(acct: &AccountState, c: &Case) -> Value {
    let mut v = json!({
        "incident_id": c.incident_id,
        "simple_description": c.simple_description,
        "status": c.status,
        "business_type_name": c.business_type_name,
        "incident_type_name": c.incident_type_name,
        "create_time": time(&c.create_time),
        "customer_id": c.customer_id,
        "dc_name": c.dc_name,
        "label_list": case_labels(acct, c),
        "incident_service_type": "0",
    });
    if let Some(p) = &c.product_category_name {
        v["product_category_name"] = json!(p);
    }
    if let Some(t) = &c.confirmed_time {
        v["confirmed_time"] = json!(time(t));
    }
    v
}

fn accessories(acct: &AccountState, ids: &[String]) -> Vec<Value> {
    ids.iter()
        .map(|id| {
            let name = acct
                .accessories
                .get(id)
                .map(|a| a.name.clone())
                .unwrap_or_default();
            json!({"accessory_id": id, "file_actual_name": name})
        })
        .collect()
}

/// `QueryMessageInfoV2` (withdrawn messages keep their place with empty content).
pub(crate) fn message(acct: &AccountState, m: &Message, first: bool) -> Value {
    json!({
        "message_id": m.message_id,
        "content": if m.revoked { String::new() } else { m.content.clone() },
        "create_time": time(&m.create_time),
        "type": m.kind,
        "replier_type": m.kind,
        "replier": m.replier,
        "replier_name": m.replier_name,
        "is_first_message": i32::from(first),
        "iam_user_type": 0,
        "accessory_list": if m.revoked { Vec::new() } else { accessories(acct, &m.accessory_ids) },
    })
}

/// All messages of a case as `QueryMessageInfoV2`.
pub(crate) fn messages(acct: &AccountState, c: &Case) -> Vec<Value> {
    c.messages
        .iter()
        .enumerate()
        .map(|(i, m)| message(acct, m, i == 0))
        .collect()
}

/// `IncidentDetailInfoV2`.
pub(crate) fn incident_detail(acct: &AccountState, c: &Case) -> Value {
    let msgs: Vec<Value> = c
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| {
            json!({
                "message_id": m.message_id,
                "content": if m.revoked { String::new() } else { m.content.clone() },
                "create_time": time(&m.create_time),
                "type": m.kind,
                "replier": m.replier,
                "replier_name": m.replier_name,
                "is_first_message": i32::from(i == 0),
                "accessory_list": accessories(acct, &m.accessory_ids),
            })
        })
        .collect();
    let mut v = json!({
        "incident_id": c.incident_id,
        "simple_description": c.simple_description,
        "status": c.status,
        "business_type_name": c.business_type_name,
        "incident_type_name": c.incident_type_name,
        "create_time": time(&c.create_time),
        "customer_id": c.customer_id,
        "dc_name": c.dc_name,
        "source_name": "OpenAPI",
        "judgement": c.judgement,
        "incident_satisfaction": c.satisfaction,
        "message_list": msgs,
        "business_ownership": 0,
        "ext_info": {
            "area_code": c.contact.area_code,
            "remind_mail": c.contact.remind_mail,
            "remind_mobile": c.contact.remind_mobile,
            "remind_time": c.contact.remind_time,
            "contact_type": "0",
        },
    });
    if let Some(s) = &c.severity_name {
        v["severity_name"] = json!(s);
    }
    if let Some(t) = &c.confirmed_time {
        v["resolve_time"] = json!(t.timestamp_millis());
    }
    v
}

/// `IncidentOperateLogV2`.
pub(crate) fn operate_log(case_id: &str, l: &OperateLog) -> Value {
    json!({
        "incident_id": case_id,
        "incident_log_id": l.log_id,
        "operate_type": l.operate_type,
        "operate_desc": l.operate_desc,
        "operate_time": l.time.format("%Y-%m-%d %H:%M:%S").to_string(),
        "timestamp_operate_time": time(&l.time),
        "operator_type": l.operator_type,
        "operator_id": l.operator_id,
        "operator_name": l.operator_name,
    })
}
