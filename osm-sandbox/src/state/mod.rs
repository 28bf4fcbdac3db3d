//! Ticket state, kept per account (domain id) in an embedded SQLite database: cases (with
//! their messages, logs, labels, relations and scores), labels, attachments (as blobs),
//! privileges, feedback and agreements.
//!
//! - **One transaction per change**: [`Store::write`] runs a change in its own SQLite
//!   transaction on the writer thread and answers only after `COMMIT` returned; a change that
//!   fails (a rule says no, or the commit fails) is rolled back, so nothing of it is visible.
//! - **Indexes for the list filters**: cases by (account, creation time), by status and by
//!   business type, plus a label index and per-(status, business type) counters, so a list
//!   page costs O(page + log n) and its `total_count` O(1) for the common filters (text
//!   search, label and time-range filters count the matching rows).
//! - **In memory by default** (an in-memory SQLite database, the same code path), or in a file
//!   with `--state FILE` (WAL journal, `synchronous=FULL`: acknowledged means on disk). A
//!   state file of the older JSON format is converted once at start-up ([`legacy`]).
//!
//! One account never reaches another's data: every query is keyed by the authenticated
//! domain id.

mod case;
mod db;
pub mod legacy;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use case::{Action, Case, Contact, Message, OperateLog, status};
pub(crate) use db::FAIL_COMMIT;
pub use db::{CaseQuery, PersistError, Reader, Snapshot, Store, Tx};

/// Version of the database layout (`meta.schema`); the JSON files of earlier sandboxes were 1.
pub const STATE_VERSION: u32 = 2;

/// A label an account defines and attaches to its cases.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Label {
    /// Label id (unique within the account).
    pub label_id: i64,
    /// Name.
    pub name: String,
    /// Colour, e.g. `#1a2b3c`.
    pub color: String,
}

/// An uploaded attachment.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Accessory {
    /// Attachment id.
    pub accessory_id: String,
    /// File name as uploaded.
    pub name: String,
    /// `incident` or `message` (or what the multipart form data said).
    pub from: String,
    /// The bytes, byte-exact.
    #[serde(with = "b64")]
    pub data: Vec<u8>,
    /// Upload time.
    pub created: DateTime<Utc>,
}

impl std::fmt::Debug for Accessory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Accessory")
            .field("accessory_id", &self.accessory_id)
            .field("name", &self.name)
            .field("bytes", &self.data.len())
            .finish()
    }
}

mod b64 {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(data: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(data))
    }
    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

/// What an account owns besides cases, labels and attachments.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
pub struct AccountMisc {
    /// Last label id handed out.
    pub next_label_id: i64,
    /// Privileges granted (`export`, `createCase`).
    pub privileges: BTreeSet<String>,
    /// Feedback reports received, as sent.
    pub feedbacks: Vec<Value>,
    /// Signed agreements: agreement id → signing time.
    pub signed_agreements: BTreeMap<String, DateTime<Utc>>,
}

/// What rendering a case needs from its account: label definitions and attachment names.
#[derive(Debug, Default, Clone)]
pub struct AccountView {
    /// Labels by id.
    pub labels: BTreeMap<i64, Label>,
    /// Attachment names by id.
    pub accessory_names: BTreeMap<String, String>,
}
