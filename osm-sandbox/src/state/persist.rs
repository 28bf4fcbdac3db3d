//! Durable state: the whole world as JSON, written atomically (temp file, fsync, rename,
//! fsync of the directory) by one background task with group commit. A change is
//! acknowledged only after a snapshot containing it is on disk, so a crash loses nothing
//! that was acknowledged; concurrent changes share one write.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Weak};

use tokio::sync::{Notify, watch};

use super::{STATE_VERSION, Store, World};

/// Why the state file could not be read or written.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PersistError {
    /// Reading or writing the file failed.
    #[error("state file {path}: {what}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done.
        what: &'static str,
        /// The OS error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The file is not a sandbox state file.
    #[error(
        "state file {path} is not valid sandbox state ({msg}); move it away or pass another --state path"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// The parse error.
        msg: String,
    },
}

fn io(path: &Path, what: &'static str) -> impl FnOnce(std::io::Error) -> PersistError {
    let path = path.to_owned();
    move |e| PersistError::Io {
        path,
        what,
        source: Arc::new(e),
    }
}

/// Loads the state file, or an empty world if it does not exist.
pub(super) fn load(path: &Path) -> Result<World, PersistError> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let world: World =
                serde_json::from_slice(&bytes).map_err(|e| PersistError::Corrupt {
                    path: path.to_owned(),
                    msg: e.to_string(),
                })?;
            if world.version != STATE_VERSION {
                return Err(PersistError::Corrupt {
                    path: path.to_owned(),
                    msg: format!(
                        "version {} (this sandbox reads {STATE_VERSION})",
                        world.version
                    ),
                });
            }
            Ok(world)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(World {
            version: STATE_VERSION,
            ..World::default()
        }),
        Err(e) => Err(io(path, "reading")(e)),
    }
}

/// Writes `bytes` to `path` atomically and durably.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), PersistError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let mut file = std::fs::File::create(&tmp).map_err(io(&tmp, "creating temp file"))?;
    file.write_all(bytes)
        .map_err(io(&tmp, "writing temp file"))?;
    file.sync_all().map_err(io(&tmp, "syncing temp file"))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(io(path, "renaming temp file over"))?;
    if let Ok(d) = std::fs::File::open(dir) {
        // Makes the rename itself durable; not supported everywhere, so best effort.
        let _ = d.sync_all();
    }
    Ok(())
}

#[derive(Debug, Clone, Default)]
struct Durable {
    /// Every generation up to this one is on disk.
    saved: u64,
    /// The last write failed for generations up to this one.
    failed: u64,
    error: Option<PersistError>,
}

/// Background writer of the state file.
#[derive(Debug)]
pub struct Persister {
    path: PathBuf,
    wake: Arc<Notify>,
    durable: watch::Sender<Durable>,
}

impl Persister {
    pub(super) fn new(path: PathBuf) -> Persister {
        Persister {
            path,
            wake: Arc::new(Notify::new()),
            durable: watch::Sender::new(Durable::default()),
        }
    }

    pub(super) fn start(&self, store: Weak<Store>) {
        let wake = self.wake.clone();
        let durable = self.durable.clone();
        let path = self.path.clone();
        tokio::spawn(async move {
            loop {
                wake.notified().await;
                let Some(store) = store.upgrade() else { break };
                let snap = store.snapshot();
                drop(store);
                let (generation, result) = match snap {
                    Ok((generation, bytes)) => {
                        let p = path.clone();
                        let r = tokio::task::spawn_blocking(move || write_atomic(&p, &bytes))
                            .await
                            .unwrap_or_else(|e| {
                                Err(io(&path, "writing")(std::io::Error::other(e.to_string())))
                            });
                        (generation, r)
                    }
                    Err(e) => (
                        u64::MAX,
                        Err(PersistError::Corrupt {
                            path: path.clone(),
                            msg: e.to_string(),
                        }),
                    ),
                };
                durable.send_modify(|d| match result {
                    Ok(()) => d.saved = d.saved.max(generation),
                    Err(e) => {
                        d.failed = d.failed.max(generation);
                        d.error = Some(e);
                    }
                });
            }
        });
    }

    /// Waits until a snapshot containing `generation` is on disk.
    pub(super) async fn wait_durable(&self, generation: u64) -> Result<(), PersistError> {
        let mut rx = self.durable.subscribe();
        self.wake.notify_one();
        let state = rx
            .wait_for(|d| d.saved >= generation || d.failed >= generation)
            .await
            .map_err(|_| {
                io(&self.path, "waiting for the writer")(std::io::Error::other("writer stopped"))
            })?;
        if state.saved >= generation {
            Ok(())
        } else {
            Err(state.error.clone().unwrap_or_else(|| {
                io(&self.path, "writing")(std::io::Error::other("unknown failure"))
            }))
        }
    }
}
