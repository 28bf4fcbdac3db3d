//! State rendered as the spec's response models — the generated `osm_client::types`, so the
//! sandbox and the client share one definition of every body.

use chrono::{DateTime, SecondsFormat, Utc};
use osm_client::types as t;
use serde::Serialize;
use serde_json::Value;

use super::Reply;
use crate::error::ApiError;
use crate::state::{AccountView, Case, Label, Message, OperateLog};

/// RFC 3339 with seconds and `Z` (as text, for fields the spec types as plain strings).
pub(crate) fn time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A generated response body as a JSON reply.
pub(crate) fn reply<T: Serialize>(body: &T) -> Result<Reply, ApiError> {
    serde_json::to_value(body)
        .map(Reply::Json)
        .map_err(|e| ApiError::internal(format!("response could not be encoded: {e}")))
}

/// Adds a field the spec's model does not declare (documented extras only).
pub(crate) fn with_extra(reply: Reply, key: &str, value: Value) -> Reply {
    match reply {
        Reply::Json(Value::Object(mut m)) => {
            m.insert(key.to_owned(), value);
            Reply::Json(Value::Object(m))
        }
        other => other,
    }
}

/// `CaseLabelInfo`.
pub(crate) fn label_info(l: &Label) -> t::CaseLabelInfo {
    t::CaseLabelInfo {
        label_id: i32::try_from(l.label_id).ok(),
        name: Some(l.name.clone()),
        color: Some(l.color.clone()),
    }
}

/// Labels of a case.
pub(crate) fn case_labels(acct: &AccountView, case: &Case) -> Vec<t::CaseLabelInfo> {
    case.label_ids
        .iter()
        .filter_map(|id| acct.labels.get(id))
        .map(label_info)
        .collect()
}

/// A generated case model (`IncidentInfo`, `IncidentInfoV2`, `IncidentDetailInfoV2`) with the
/// fields every case view shares taken from `case`, then the given fields, the rest default.
macro_rules! case_model {
    ($model:path, $case:expr, { $($field:ident: $value:expr),* $(,)? }) => {{
        let case: &$crate::state::Case = $case;
        $model {
            incident_id: Some(case.incident_id.clone()),
            status: Some(case.status.into()),
            business_type_name: Some(case.business_type_name.clone()),
            incident_type_name: Some(case.incident_type_name.clone()),
            create_time: Some($crate::routes::view::time(&case.create_time)),
            customer_id: Some(case.customer_id.clone()),
            dc_name: Some(case.dc_name.clone()),
            $($field: $value,)*
            ..Default::default()
        }
    }};
}
pub(crate) use case_model;

/// `IncidentInfoV2`.
pub(crate) fn incident_info(acct: &AccountView, c: &Case) -> t::IncidentInfoV2 {
    case_model!(t::IncidentInfoV2, c, {
        simple_description: Some(c.simple_description.clone()),
        confirmed_time: c.confirmed_time.as_ref().map(time),
        label_list: case_labels(acct, c)
            .into_iter()
            .map(|l| t::LabelInfo {
                label_id: l.label_id,
                name: l.name,
                color: l.color,
            })
            .collect(),
        incident_service_type: Some("0".into()),
        product_category_name: c.product_category_name.clone(),
    })
}

fn accessories(acct: &AccountView, ids: &[String]) -> Vec<t::SimpleAccessoryV2> {
    ids.iter()
        .map(|id| t::SimpleAccessoryV2 {
            accessory_id: Some(id.clone()),
            file_actual_name: acct.accessory_names.get(id).cloned(),
        })
        .collect()
}

/// A message's text as customers see it: empty once withdrawn.
fn shown_content(m: &Message) -> String {
    if m.revoked {
        String::new()
    } else {
        m.content.clone()
    }
}

/// `QueryMessageInfoV2` plus the message's id (an extra the model lacks; withdrawn messages
/// keep their place with empty content).
pub(crate) fn message(acct: &AccountView, m: &Message, first: bool) -> Value {
    let body = t::QueryMessageInfoV2 {
        content: Some(shown_content(m)),
        create_time: Some(time(&m.create_time)),
        type_: Some(m.kind.into()),
        replier_type: Some(m.kind.into()),
        replier: Some(m.replier.clone()),
        replier_name: Some(m.replier_name.clone()),
        is_first_message: Some(i32::from(first)),
        iam_user_type: Some(0),
        accessory_list: if m.revoked {
            Vec::new()
        } else {
            accessories(acct, &m.accessory_ids)
        },
    };
    let mut v = serde_json::to_value(body).unwrap_or_default();
    if let Value::Object(o) = &mut v {
        o.insert("message_id".into(), Value::String(m.message_id.clone()));
    }
    v
}

/// All messages of a case.
pub(crate) fn messages(acct: &AccountView, c: &Case) -> Vec<Value> {
    c.messages
        .iter()
        .enumerate()
        .map(|(i, m)| message(acct, m, i == 0))
        .collect()
}

/// `IncidentDetailInfoV2`.
pub(crate) fn incident_detail(acct: &AccountView, c: &Case) -> t::IncidentDetailInfoV2 {
    let messages = c
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| t::IncidentMessageV2 {
            message_id: Some(m.message_id.clone()),
            content: Some(shown_content(m)),
            create_time: Some(time(&m.create_time)),
            type_: Some(m.kind.into()),
            replier: Some(m.replier.clone()),
            replier_name: Some(m.replier_name.clone()),
            is_first_message: Some(i32::from(i == 0)),
            accessory_list: accessories(acct, &m.accessory_ids),
        })
        .collect();
    case_model!(t::IncidentDetailInfoV2, c, {
        simple_description: Some(c.simple_description.clone()),
        source_name: Some("OpenAPI".into()),
        judgement: Some(c.judgement.clone()),
        incident_satisfaction: c.satisfaction.clone(),
        message_list: messages,
        business_ownership: Some(0),
        severity_name: c.severity_name.clone(),
        resolve_time: c.confirmed_time.map(|t| t.timestamp_millis()),
        ext_info: Some(t::IncidentDetailExtInfoV2 {
            area_code: c.contact.area_code.clone(),
            remind_mail: c.contact.remind_mail.clone(),
            remind_mobile: c.contact.remind_mobile.clone(),
            remind_time: c.contact.remind_time.clone(),
            contact_type: Some("0".into()),
            ..Default::default()
        }),
    })
}

/// `IncidentOperateLogV2`.
pub(crate) fn operate_log(case_id: &str, l: &OperateLog) -> t::IncidentOperateLogV2 {
    t::IncidentOperateLogV2 {
        incident_id: Some(case_id.to_owned()),
        incident_log_id: Some(l.log_id.clone()),
        operate_type: Some(l.operate_type),
        operate_desc: Some(l.operate_desc.clone()),
        operate_time: Some(l.time.format("%Y-%m-%d %H:%M:%S").to_string()),
        timestamp_operate_time: Some(time(&l.time)),
        operator_type: Some(l.operator_type),
        operator_id: Some(l.operator_id.clone()),
        operator_name: Some(l.operator_name.clone()),
    }
}
