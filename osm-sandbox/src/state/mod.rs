//! Ticket state, kept per account (domain id): cases with their messages, logs, labels,
//! relations and scores; labels; attachments; privileges; feedback.
//!
//! One account never reaches another's data: every lookup goes through [`World::account`] /
//! [`World::account_mut`] keyed by the authenticated domain id.

mod case;
mod persist;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use case::{Action, Case, Contact, Message, OperateLog, status};
pub use persist::{PersistError, Persister};

use crate::error::{ApiError, ApiResult};

/// Format version of the state file.
pub const STATE_VERSION: u32 = 1;

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

/// Everything one account owns.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct AccountState {
    /// Cases by id.
    pub cases: BTreeMap<String, Case>,
    /// Labels by id.
    pub labels: BTreeMap<i64, Label>,
    /// Next label id.
    pub next_label_id: i64,
    /// Attachments by id.
    pub accessories: BTreeMap<String, Accessory>,
    /// Privileges granted (`export`, `createCase`).
    pub privileges: BTreeSet<String>,
    /// Feedback reports received, as sent.
    pub feedbacks: Vec<Value>,
    /// Signed agreements: agreement id → signing time.
    pub signed_agreements: BTreeMap<String, DateTime<Utc>>,
}

impl AccountState {
    /// The case, or 404.
    pub fn case(&self, id: &str) -> ApiResult<&Case> {
        self.cases.get(id).ok_or_else(|| case_not_found(id))
    }
    /// The case for a change, or 404.
    pub fn case_mut(&mut self, id: &str) -> ApiResult<&mut Case> {
        self.cases.get_mut(id).ok_or_else(|| case_not_found(id))
    }
}

fn case_not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("case {id} does not exist in this account"))
}

/// All state of the sandbox.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct World {
    /// State file format version.
    pub version: u32,
    /// Counter behind case ids and other sequential ids.
    pub next_seq: u64,
    /// Accounts by domain id.
    pub accounts: BTreeMap<String, AccountState>,
    /// Bumped by every acknowledged change (not persisted meaningfully).
    #[serde(default)]
    pub generation: u64,
}

impl World {
    /// An account's state (empty if it never wrote anything).
    pub fn account(&self, domain: &str) -> &AccountState {
        static EMPTY: std::sync::LazyLock<AccountState> =
            std::sync::LazyLock::new(AccountState::default);
        self.accounts.get(domain).unwrap_or(&EMPTY)
    }
    /// An account's state for a change.
    pub fn account_mut(&mut self, domain: &str) -> &mut AccountState {
        self.accounts.entry(domain.to_owned()).or_default()
    }
    /// The next value of the global sequence.
    pub fn seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }
    /// Finds a case in any account (for the engineer's control API).
    pub fn find_case_mut(&mut self, id: &str) -> ApiResult<&mut Case> {
        self.accounts
            .values_mut()
            .find_map(|a| a.cases.get_mut(id))
            .ok_or_else(|| ApiError::not_found(format!("case {id} does not exist")))
    }
}

/// The shared state: one reader-writer lock around the world, and optional durable persistence.
#[derive(Debug)]
pub struct Store {
    world: RwLock<World>,
    persister: Option<Persister>,
}

impl Store {
    /// An in-memory store.
    pub fn in_memory() -> Arc<Store> {
        Arc::new(Store {
            world: RwLock::new(World {
                version: STATE_VERSION,
                ..World::default()
            }),
            persister: None,
        })
    }

    /// A store backed by `path`: loads it if it exists, then writes every acknowledged change.
    pub fn open(path: PathBuf) -> Result<Arc<Store>, PersistError> {
        let world = persist::load(&path)?;
        let persister = Persister::new(path);
        let store = Arc::new(Store {
            world: RwLock::new(world),
            persister: Some(persister),
        });
        if let Some(p) = &store.persister {
            p.start(Arc::downgrade(&store));
        }
        Ok(store)
    }

    fn read_lock(&self) -> RwLockReadGuard<'_, World> {
        self.world
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn write_lock(&self) -> RwLockWriteGuard<'_, World> {
        self.world
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Reads the world.
    pub fn read<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        f(&self.read_lock())
    }

    /// Changes the world. `f` must check everything before it changes anything: on `Err`
    /// nothing is recorded. Returns once the change is durable (when persisting).
    pub async fn write<R>(&self, f: impl FnOnce(&mut World) -> ApiResult<R>) -> ApiResult<R> {
        let (out, generation) = {
            let mut w = self.write_lock();
            let out = f(&mut w)?;
            w.generation += 1;
            (out, w.generation)
        };
        if let Some(p) = &self.persister {
            p.wait_durable(generation).await.map_err(|e| {
                ApiError::internal(format!(
                    "the change was applied but could not be saved: {e}"
                ))
            })?;
        }
        Ok(out)
    }

    /// Serialized snapshot and its generation (for the persister).
    fn snapshot(&self) -> Result<(u64, Vec<u8>), serde_json::Error> {
        let w = self.read_lock();
        Ok((w.generation, serde_json::to_vec(&*w)?))
    }
}
