//! Fault injection: per-operation faults for the next N signed calls, or for a percentage of
//! them, set through `POST /sandbox/faults` or [`SandboxHandle::add_fault`](crate::SandboxHandle::add_fault).
//!
//! A fault applies to a call of its operation (`operationId`, or `*` for any) once the call's
//! signature has been verified. Its effect is one of:
//! - `status` (400..=599): answered instead of the operation (nothing changes) with a
//!   Huawei-shaped error (`error_code` default: 429 `APIGW.0308`, 503 `APIGW.0202`, other 5xx
//!   `OSM.00050001`, other 4xx `OSM.00040001`) and `Retry-After: retry_after` if given;
//! - `drop`: the connection is closed after the request was read, without an answer (nothing
//!   changes);
//! - `malformed`: the operation runs, and its JSON answer is cut in half (still 200);
//! - `fail_commit`: the operation runs, then its change is rolled back as if the commit had
//!   failed, and the answer is 500 `OSM.00050001`;
//! - none of these, only `delay_ms`: the call is delayed, then served normally.
//!
//! `delay_ms` may accompany any effect (the delay comes first).

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::error::{self, ApiError, ApiResult};

/// One fault as configured (the body of `POST /sandbox/faults`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// The `operationId` it applies to (`list_cases`, ...) or `*` for every operation.
    pub operation: String,
    /// Applies to the next this many calls (default 1 when `percent` is not given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u64>,
    /// Applies to each call with this probability in percent (until removed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<f64>,
    /// Answer this HTTP status instead of the operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// `error_code` of that answer (default by status, see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// `Retry-After` seconds sent with that answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Delay before anything else, in milliseconds (at most 60000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_ms: Option<u64>,
    /// Close the connection after reading the request, without answering.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop: bool,
    /// Run the operation and cut its JSON answer in half.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub malformed: bool,
    /// Run the operation, roll its change back as a failed commit would, answer 500.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fail_commit: bool,
}

impl Fault {
    /// A fault for the next call of `operation` (set an effect with the other fields).
    pub fn new(operation: impl Into<String>) -> Fault {
        Fault {
            operation: operation.into(),
            ..Fault::default()
        }
    }

    /// Checks the fault makes sense; the error names the field.
    pub fn check(&self, spec: &crate::spec::Spec) -> ApiResult<()> {
        let bad = |m: String| Err(ApiError::bad_request(format!("body.{m}")));
        if self.operation != "*" && spec.operation(&self.operation).is_none() {
            return bad(format!(
                "operation: {:?} is not an operationId of spec/osm.yaml (or use \"*\")",
                self.operation
            ));
        }
        let effects = [
            self.status.is_some(),
            self.drop,
            self.malformed,
            self.fail_commit,
        ]
        .iter()
        .filter(|e| **e)
        .count();
        if effects > 1 {
            return bad("status, drop, malformed, fail_commit: give at most one".into());
        }
        if effects == 0 && self.delay_ms.is_none() {
            return bad(
                "status: give an effect (status, drop, malformed, fail_commit) or delay_ms".into(),
            );
        }
        if let Some(s) = self.status
            && !(400..=599).contains(&s)
        {
            return bad(format!("status: {s} is not between 400 and 599"));
        }
        if self.status.is_none() && (self.error_code.is_some() || self.retry_after.is_some()) {
            return bad("error_code, retry_after: only with status".into());
        }
        if self.delay_ms.is_some_and(|d| d > 60_000) {
            return bad("delay_ms: at most 60000".into());
        }
        match (self.times, self.percent) {
            (Some(_), Some(_)) => bad("times, percent: give one of them".into()),
            (Some(0), None) => bad("times: at least 1".into()),
            (None, Some(p)) if !(p > 0.0 && p <= 100.0) => {
                bad(format!("percent: {p} is not in (0, 100]"))
            }
            _ => Ok(()),
        }
    }

    /// The error answered for a `status` fault.
    pub(crate) fn error(&self, status: u16) -> ApiError {
        let code = match (&self.error_code, status) {
            (Some(c), _) => leak_code(c),
            (None, 429) => error::THROTTLED,
            (None, 503) => error::UNAVAILABLE,
            (None, 500..) => error::INTERNAL,
            (None, _) => error::BAD_REQUEST,
        };
        let status =
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        ApiError {
            status,
            code,
            msg: format!(
                "injected fault for {}: HTTP {}",
                self.operation,
                status.as_u16()
            ),
            request_id: None,
        }
    }
}

/// Error codes are `&'static str`; the few a test configures are interned once.
fn leak_code(code: &str) -> &'static str {
    static CODES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Ok(mut codes) = CODES.lock() else {
        return error::INTERNAL;
    };
    if let Some(c) = codes.iter().find(|c| **c == code) {
        return c;
    }
    if codes.len() >= 64 {
        return error::INTERNAL;
    }
    let c: &'static str = Box::leak(code.to_owned().into_boxed_str());
    codes.push(c);
    c
}

/// A configured fault and what it has done so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActiveFault {
    /// Id for `DELETE /sandbox/faults/{id}`.
    pub fault_id: String,
    /// The fault.
    #[serde(flatten)]
    pub fault: Fault,
    /// Calls still to be hit (`times` faults).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u64>,
    /// Calls hit so far.
    pub hits: u64,
}

/// The faults of a sandbox.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    next: Mutex<(u64, Vec<ActiveFault>)>,
}

impl Faults {
    pub(crate) fn add(&self, fault: Fault) -> ActiveFault {
        let remaining = match fault.percent {
            Some(_) => None,
            None => Some(fault.times.unwrap_or(1)),
        };
        let Ok(mut g) = self.next.lock() else {
            return ActiveFault {
                fault_id: String::new(),
                fault,
                remaining,
                hits: 0,
            };
        };
        g.0 += 1;
        let active = ActiveFault {
            fault_id: format!("F{}", g.0),
            fault,
            remaining,
            hits: 0,
        };
        g.1.push(active.clone());
        active
    }

    pub(crate) fn list(&self) -> Vec<ActiveFault> {
        self.next.lock().map(|g| g.1.clone()).unwrap_or_default()
    }

    /// Removes one fault (`Some(id)`) or all; how many were removed.
    pub(crate) fn remove(&self, id: Option<&str>) -> usize {
        let Ok(mut g) = self.next.lock() else {
            return 0;
        };
        let before = g.1.len();
        g.1.retain(|f| id.is_some_and(|id| f.fault_id != id));
        before - g.1.len()
    }

    /// The fault that applies to this call of `operation`, if any (counting it).
    pub(crate) fn take(&self, operation: &str) -> Option<Fault> {
        let mut g = self.next.lock().ok()?;
        let list = &mut g.1;
        let i = list.iter().position(|f| {
            (f.fault.operation == operation || f.fault.operation == "*")
                && f.fault
                    .percent
                    .is_none_or(|p| rand::random::<f64>() * 100.0 < p)
        })?;
        let f = &mut list[i];
        f.hits += 1;
        let fault = f.fault.clone();
        if let Some(r) = &mut f.remaining {
            *r -= 1;
            if *r == 0 {
                list.remove(i);
            }
        }
        Some(fault)
    }
}
