//! The JSON state files of earlier sandboxes (format 1: the whole world in one JSON document),
//! converted once into the SQLite store when `--state` names one: the converted database
//! replaces the file and the JSON is kept beside it as `FILE.v1.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::Value;

use super::db::{self, PersistError};
use super::{Accessory, AccountMisc, Case, Label};

/// Format version of the JSON state files this module reads.
pub const JSON_VERSION: u32 = 1;

#[derive(Debug, Default, Deserialize)]
struct AccountState {
    #[serde(default)]
    cases: BTreeMap<String, Case>,
    #[serde(default)]
    labels: BTreeMap<i64, Label>,
    #[serde(default)]
    next_label_id: i64,
    #[serde(default)]
    accessories: BTreeMap<String, Accessory>,
    #[serde(default)]
    privileges: BTreeSet<String>,
    #[serde(default)]
    feedbacks: Vec<Value>,
    #[serde(default)]
    signed_agreements: BTreeMap<String, DateTime<Utc>>,
}

#[derive(Debug, Default, Deserialize)]
struct World {
    version: u32,
    #[serde(default)]
    next_seq: u64,
    #[serde(default)]
    accounts: BTreeMap<String, AccountState>,
}

fn io(path: &Path, what: &'static str) -> impl FnOnce(std::io::Error) -> PersistError {
    let path = path.to_owned();
    move |e| PersistError::Io {
        path,
        what,
        source: Arc::new(e),
    }
}

/// Checks at start-up that the state file can be created: its directory exists.
pub(crate) fn check_directory(path: &Path) -> Result<(), PersistError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if dir.is_dir() {
        Ok(())
    } else {
        Err(PersistError::NoDirectory {
            path: path.to_owned(),
            dir: dir.to_owned(),
        })
    }
}

/// The path the JSON file is kept at after its conversion.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".v1.json");
    path.with_file_name(name)
}

/// If `path` holds a JSON state file, converts it into an SQLite database in its place (the
/// JSON moves to [`backup_path`]). A file that is neither JSON nor SQLite is left alone (the
/// database open reports it).
pub(crate) fn convert_if_json(path: &Path) -> Result<(), PersistError> {
    let mut first = [0u8; 64];
    let n = match std::fs::File::open(path) {
        Ok(mut f) => f.read(&mut first).map_err(io(path, "reading"))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(path, "opening")(e)),
    };
    if first[..n].iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Ok(());
    }
    let corrupt = |msg: String| PersistError::Corrupt {
        path: path.to_owned(),
        msg,
    };
    let bytes = std::fs::read(path).map_err(io(path, "reading"))?;
    let world: World = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
    if world.version != JSON_VERSION {
        return Err(corrupt(format!(
            "JSON state version {} (this sandbox converts version {JSON_VERSION})",
            world.version
        )));
    }
    let tmp = path.with_file_name(format!(
        ".{}.converting-{}",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_file(&tmp);
    db::with_file_tx(&tmp, |tx| {
        tx.set_seq(world.next_seq)?;
        for (domain, acct) in &world.accounts {
            for case in acct.cases.values() {
                tx.put_case(domain, case)?;
            }
            for label in acct.labels.values() {
                tx.put_label(domain, label)?;
            }
            for a in acct.accessories.values() {
                tx.put_accessory(domain, a)?;
            }
            tx.put_misc(
                domain,
                &AccountMisc {
                    next_label_id: acct.next_label_id,
                    privileges: acct.privileges.clone(),
                    feedbacks: acct.feedbacks.clone(),
                    signed_agreements: acct.signed_agreements.clone(),
                },
            )?;
        }
        Ok(())
    })
    .inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    let backup = backup_path(path);
    std::fs::rename(path, &backup).map_err(io(path, "keeping the JSON state as FILE.v1.json"))?;
    std::fs::rename(&tmp, path).map_err(io(path, "moving the converted database into place"))?;
    eprintln!(
        "osm-sandbox: converted the JSON state file {} to the SQLite format (the JSON is kept as {})",
        path.display(),
        backup.display()
    );
    Ok(())
}
