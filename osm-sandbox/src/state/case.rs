//! A case (ticket), its messages and operate log, and the rules of its status machine.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult};

/// Case status codes as OSM defines them.
pub mod status {
    /// Waiting for support to accept it.
    pub const PENDING_ACCEPTANCE: i32 = 0;
    /// Support is working on it.
    pub const PROCESSING: i32 = 1;
    /// Support answered; the customer should confirm the result.
    pub const PENDING_CONFIRMATION: i32 = 2;
    /// Closed as solved.
    pub const COMPLETED: i32 = 3;
    /// Cancelled by the customer before processing.
    pub const CANCELLED: i32 = 4;
    /// Paused.
    pub const PAUSED: i32 = 5;
    /// Closed as invalid.
    pub const INVALID: i32 = 12;
    /// Support waits for the customer's feedback.
    pub const PENDING_FEEDBACK: i32 = 17;
    /// Every status code.
    pub const ALL: [i32; 8] = [0, 1, 2, 3, 4, 5, 12, 17];

    /// Human name of a status.
    pub fn name(s: i32) -> &'static str {
        match s {
            PENDING_ACCEPTANCE => "pending acceptance",
            PROCESSING => "processing",
            PENDING_CONFIRMATION => "pending confirmation",
            COMPLETED => "completed",
            CANCELLED => "cancelled",
            PAUSED => "paused",
            INVALID => "invalid",
            PENDING_FEEDBACK => "pending feedback",
            _ => "unknown",
        }
    }

    /// Whether the case is finished (completed, cancelled or invalid).
    pub fn is_terminal(s: i32) -> bool {
        matches!(s, COMPLETED | CANCELLED | INVALID)
    }
}

/// A customer action of `update_cases`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Withdraw a case support has not started on.
    Cancel,
    /// Close the case as solved.
    Close,
    /// Urge support.
    Press,
    /// Remove a finished case from the list.
    Delete,
}

impl Action {
    /// Parses an `action_id`.
    pub fn parse(s: &str) -> ApiResult<Action> {
        match s {
            "cancel" => Ok(Action::Cancel),
            "close" => Ok(Action::Close),
            "press" => Ok(Action::Press),
            "delete" => Ok(Action::Delete),
            other => Err(ApiError::bad_request(format!(
                "query.action_id: unknown action {other:?}; use cancel, close, press or delete"
            ))),
        }
    }

    /// The status after this action from `from`, or a 400 saying why it is not allowed.
    /// `None` for `Press` and `Delete`, which keep (or remove) the case.
    pub fn next_status(self, case_id: &str, from: i32) -> ApiResult<Option<i32>> {
        let why = |rule: &str| {
            ApiError::bad_transition(format!(
                "case {case_id} is {} (status {from}): {rule}",
                status::name(from)
            ))
        };
        match self {
            Action::Cancel if from == status::PENDING_ACCEPTANCE => Ok(Some(status::CANCELLED)),
            Action::Cancel => Err(why(
                "only a case pending acceptance (status 0) can be cancelled; close it instead",
            )),
            Action::Close if status::is_terminal(from) => Err(why("the case is already closed")),
            Action::Close => Ok(Some(status::COMPLETED)),
            Action::Press if matches!(from, status::PENDING_ACCEPTANCE | status::PROCESSING) => {
                Ok(None)
            }
            Action::Press => Err(why(
                "support can only be urged while the case waits for them (status 0 or 1)",
            )),
            Action::Delete if status::is_terminal(from) => Ok(None),
            Action::Delete => Err(why(
                "only a completed, cancelled or invalid case can be deleted; close or cancel it first",
            )),
        }
    }
}

/// One message of a case.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Message {
    /// Message id.
    pub message_id: String,
    /// Text.
    pub content: String,
    /// When it was sent.
    pub create_time: DateTime<Utc>,
    /// 0 customer, 1 Huawei engineer.
    pub kind: i32,
    /// Sender id.
    pub replier: String,
    /// Sender name.
    pub replier_name: String,
    /// Attachments.
    pub accessory_ids: Vec<String>,
    /// Whether the customer has read it (engineer messages only).
    pub read: bool,
    /// Whether the sender withdrew it.
    pub revoked: bool,
}

/// One entry of a case's operate log.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OperateLog {
    /// Log id.
    pub log_id: String,
    /// Kind of change (1 create, 2 message, 3 action, 4 status, 5 label, 6 contact, 7 score,
    /// 8 extends params, 9 relation, 10 withdraw).
    pub operate_type: i32,
    /// What changed.
    pub operate_desc: String,
    /// When.
    pub time: DateTime<Utc>,
    /// 0 customer, 1 engineer.
    pub operator_type: i32,
    /// Who (AK or engineer id).
    pub operator_id: String,
    /// Display name.
    pub operator_name: String,
}

/// Contact information of a case.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Contact {
    /// Country calling code.
    pub area_code: Option<String>,
    /// Reminder e-mail.
    pub remind_mail: Option<String>,
    /// Reminder mobile.
    pub remind_mobile: Option<String>,
    /// Preferred contact time.
    pub remind_time: Option<String>,
}

/// A case and everything attached to it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Case {
    /// Case id, e.g. `CS20261129000001`.
    pub incident_id: String,
    /// Problem type id.
    pub business_type_id: String,
    /// Problem type name.
    pub business_type_name: String,
    /// Case type name (consultation / fault report).
    pub incident_type_name: String,
    /// Sub type (category) id.
    pub incident_sub_type_id: Option<String>,
    /// Product category id.
    pub product_category_id: Option<String>,
    /// Product category name.
    pub product_category_name: Option<String>,
    /// Severity id.
    pub severity_id: Option<String>,
    /// Severity name.
    pub severity_name: Option<String>,
    /// Region id.
    pub region_id: Option<String>,
    /// Region name.
    pub dc_name: String,
    /// Problem description.
    pub simple_description: String,
    /// Source id as sent.
    pub source_id: String,
    /// Status code (see [`status`]).
    pub status: i32,
    /// Creation time.
    pub create_time: DateTime<Utc>,
    /// When it was completed.
    pub confirmed_time: Option<DateTime<Utc>>,
    /// Customer id (the domain id).
    pub customer_id: String,
    /// Creator (AK).
    pub creator: String,
    /// Messages, oldest first.
    pub messages: Vec<Message>,
    /// Attached labels.
    pub label_ids: BTreeSet<i64>,
    /// Related case ids.
    pub relations: Vec<String>,
    /// Extends params (`extends_map`).
    pub extends_map: Map<String, Value>,
    /// Extension params (`extension_map`).
    pub extension_map: Map<String, Value>,
    /// Contact information.
    pub contact: Contact,
    /// Satisfaction scores given.
    pub satisfaction: Vec<osm_client::types::IncidentSatisfactionV2Do>,
    /// Judgement text.
    pub judgement: String,
    /// Attachments of the creation.
    pub accessory_ids: Vec<String>,
    /// Operate log, oldest first.
    pub logs: Vec<OperateLog>,
}

impl Case {
    /// Appends an operate-log entry.
    pub fn log(
        &mut self,
        now: DateTime<Utc>,
        operate_type: i32,
        desc: impl Into<String>,
        by: (i32, &str),
    ) {
        let n = self.logs.len() + 1;
        self.logs.push(OperateLog {
            log_id: format!("{}-L{n:04}", self.incident_id),
            operate_type,
            operate_desc: desc.into(),
            time: now,
            operator_type: by.0,
            operator_id: by.1.to_owned(),
            operator_name: if by.0 == 0 {
                "customer".into()
            } else {
                "Huawei Cloud engineer".into()
            },
        });
    }

    /// The time to stamp a new message with: `now`, or 1 ms after the case's last message when
    /// that is not earlier. Message times strictly increase within a case, so the
    /// instant-message poll (`list_new_instant_messages`, "messages after the last time seen",
    /// in milliseconds) never skips a second message sent in the same millisecond.
    pub fn next_message_time(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self.messages.last() {
            Some(last) if last.create_time >= now => {
                last.create_time + chrono::Duration::milliseconds(1)
            }
            _ => now,
        }
    }

    /// Engineer messages the customer has not read.
    pub fn unread(&self) -> usize {
        self.messages
            .iter()
            .filter(|m| m.kind == 1 && !m.read && !m.revoked)
            .count()
    }
}
