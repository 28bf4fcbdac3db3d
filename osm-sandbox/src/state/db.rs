//! The SQLite store: one writer thread (one transaction per change), readers on the calling
//! thread, the schema and every query.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, params, params_from_iter};

use super::{Accessory, AccountMisc, AccountView, Case, Label, STATE_VERSION, legacy};
use crate::error::{ApiError, ApiResult};

/// Why the state could not be opened, read or written.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PersistError {
    /// Reading or writing a file failed.
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
    /// The state file's directory does not exist (checked at start-up).
    #[error(
        "state file {path}: directory {dir} does not exist; create it or pass another --state path"
    )]
    NoDirectory {
        /// The file.
        path: PathBuf,
        /// Its directory.
        dir: PathBuf,
    },
    /// The file is not sandbox state.
    #[error(
        "state file {path} is not valid sandbox state ({msg}); move it away or pass another --state path"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        msg: String,
    },
    /// The database refused an operation.
    #[error("state database {path}: {what}: {msg}")]
    Db {
        /// The file (`:memory:` for the in-memory store).
        path: PathBuf,
        /// What was being done.
        what: &'static str,
        /// SQLite's message.
        msg: String,
    },
}

fn db_err<'p>(path: &'p Path, what: &'static str) -> impl Fn(rusqlite::Error) -> PersistError + 'p {
    move |e| PersistError::Db {
        path: path.to_owned(),
        what,
        msg: e.to_string(),
    }
}

/// An SQLite failure while serving a request: 500, what failed.
fn internal(e: rusqlite::Error) -> ApiError {
    ApiError::internal(format!("the state database failed: {e}"))
}

fn corrupt_row(what: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("stored {what} cannot be read: {e}"))
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cases (
    domain TEXT NOT NULL,
    id TEXT NOT NULL,
    status INTEGER NOT NULL,
    create_time INTEGER NOT NULL,
    business_type_id TEXT NOT NULL,
    product_category_id TEXT,
    search TEXT NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (domain, id)
);
CREATE INDEX IF NOT EXISTS cases_by_time ON cases (domain, create_time, id);
CREATE INDEX IF NOT EXISTS cases_by_status ON cases (domain, status, create_time, id);
CREATE INDEX IF NOT EXISTS cases_by_type ON cases (domain, business_type_id, create_time, id);
CREATE INDEX IF NOT EXISTS cases_by_id ON cases (id);
CREATE TABLE IF NOT EXISTS case_counts (
    domain TEXT NOT NULL, status INTEGER NOT NULL, business_type_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (domain, status, business_type_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS case_labels (
    domain TEXT NOT NULL, label_id INTEGER NOT NULL, case_id TEXT NOT NULL,
    PRIMARY KEY (domain, label_id, case_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS labels (
    domain TEXT NOT NULL, label_id INTEGER NOT NULL, name TEXT NOT NULL, color TEXT NOT NULL,
    PRIMARY KEY (domain, label_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS accessories (
    domain TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL,
    created INTEGER NOT NULL, data BLOB NOT NULL,
    UNIQUE (domain, id)
);
CREATE TABLE IF NOT EXISTS accounts (domain TEXT PRIMARY KEY, body BLOB NOT NULL) WITHOUT ROWID;
";

/// Tables whose rows are the state (everything but `meta`).
const TABLES: [&str; 6] = [
    "cases",
    "case_counts",
    "case_labels",
    "labels",
    "accessories",
    "accounts",
];

/// Filters of the case lists (`list_cases`, the v1 query, the export).
#[derive(Debug, Default, Clone)]
pub struct CaseQuery {
    /// Lower-case words that must all occur in the case id or description.
    pub search: Vec<String>,
    /// Label ids the case must all carry.
    pub labels: Vec<i64>,
    /// Part of the case id.
    pub incident_id: Option<String>,
    /// Created at or after.
    pub start: Option<DateTime<Utc>>,
    /// Created at or before.
    pub end: Option<DateTime<Utc>>,
    /// Exactly this status.
    pub status: Option<i32>,
    /// One of these statuses (empty: any).
    pub statuses: Vec<i32>,
    /// Exactly this business type.
    pub business_type_id: Option<String>,
    /// Exactly this product category.
    pub product_category_id: Option<String>,
}

impl CaseQuery {
    /// Whether the counters answer `total_count` (no filter needs a row scan).
    fn counted(&self) -> bool {
        self.search.is_empty()
            && self.labels.is_empty()
            && self.incident_id.is_none()
            && self.start.is_none()
            && self.end.is_none()
            && self.product_category_id.is_none()
    }

    /// The WHERE clause (after `domain = ?1`) for `table` and its parameters.
    fn clause(&self, table: &str) -> (String, Vec<rusqlite::types::Value>) {
        use rusqlite::types::Value as V;
        let mut sql = String::new();
        let mut args: Vec<V> = Vec::new();
        if let Some(s) = self.status {
            sql.push_str(" AND status = ?");
            args.push(V::Integer(s.into()));
        }
        if !self.statuses.is_empty() {
            let marks = vec!["?"; self.statuses.len()].join(",");
            sql.push_str(&format!(" AND status IN ({marks})"));
            args.extend(self.statuses.iter().map(|s| V::Integer((*s).into())));
        }
        if let Some(b) = &self.business_type_id {
            sql.push_str(" AND business_type_id = ?");
            args.push(V::Text(b.clone()));
        }
        if table == "cases" {
            if let Some(p) = &self.product_category_id {
                sql.push_str(" AND product_category_id = ?");
                args.push(V::Text(p.clone()));
            }
            if let Some(t) = self.start {
                sql.push_str(" AND create_time >= ?");
                args.push(V::Integer(t.timestamp_millis()));
            }
            if let Some(t) = self.end {
                sql.push_str(" AND create_time <= ?");
                args.push(V::Integer(t.timestamp_millis()));
            }
            if let Some(id) = &self.incident_id {
                sql.push_str(" AND instr(id, ?) > 0");
                args.push(V::Text(id.clone()));
            }
            for w in &self.search {
                sql.push_str(" AND instr(search, ?) > 0");
                args.push(V::Text(w.clone()));
            }
            for l in &self.labels {
                sql.push_str(
                    " AND EXISTS (SELECT 1 FROM case_labels l WHERE l.domain = cases.domain AND l.label_id = ? AND l.case_id = cases.id)",
                );
                args.push(V::Integer(*l));
            }
        }
        (sql, args)
    }
}

/// A whole-state snapshot: the SQLite database image (attachments included).
#[derive(Clone, PartialEq, Eq)]
pub struct Snapshot(pub Vec<u8>);

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Snapshot({} bytes)", self.0.len())
    }
}

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// The shared state: a writer thread owning the read-write connection, and reader connections.
#[derive(Debug)]
pub struct Store {
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
    readers: Mutex<Vec<Connection>>,
    /// How readers open the database.
    uri: String,
    /// For messages: the state file or `:memory:`.
    path: PathBuf,
}

tokio::task_local! {
    /// Set by an injected `fail_commit` fault: the change runs, then is rolled back as if its
    /// commit had failed.
    pub(crate) static FAIL_COMMIT: bool;
}

fn configure(c: &Connection, path: &Path, durable: bool) -> Result<(), PersistError> {
    let e = db_err(path, "configuring");
    c.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(&e)?;
    if durable {
        // WAL: readers never block the writer; FULL: the WAL is synced at every commit
        c.pragma_update(None, "journal_mode", "WAL").map_err(&e)?;
        c.pragma_update(None, "synchronous", "FULL").map_err(&e)?;
    } else {
        c.pragma_update(None, "synchronous", "OFF").map_err(&e)?;
    }
    c.pragma_update(None, "foreign_keys", "OFF").map_err(&e)?;
    Ok(())
}

impl Store {
    /// An in-memory store (an in-memory SQLite database shared by the writer and readers).
    pub fn in_memory() -> Result<Arc<Store>, PersistError> {
        let uri = format!(
            "file:/osm-sandbox-{}?vfs=memdb",
            uuid::Uuid::new_v4().simple()
        );
        Store::start(uri, PathBuf::from(":memory:"), false)
    }

    /// A store in `path`: opened if it exists (a JSON state file of the older format is
    /// converted first), created otherwise; every acknowledged change is on disk.
    pub fn open(path: PathBuf) -> Result<Arc<Store>, PersistError> {
        legacy::check_directory(&path)?;
        legacy::convert_if_json(&path)?;
        let uri = format!("file:{}", uri_path(&path));
        Store::start(uri, path, true)
    }

    fn start(uri: String, path: PathBuf, durable: bool) -> Result<Arc<Store>, PersistError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&uri, flags).map_err(|e| {
            if durable {
                PersistError::Corrupt {
                    path: path.clone(),
                    msg: e.to_string(),
                }
            } else {
                db_err(&path, "opening")(e)
            }
        })?;
        configure(&conn, &path, durable).map_err(|e| match e {
            PersistError::Db { msg, .. } if durable => PersistError::Corrupt {
                path: path.clone(),
                msg,
            },
            other => other,
        })?;
        init_schema(&conn, &path)?;
        let (tx, rx) = mpsc::channel::<Job>();
        let mut writer = conn;
        let thread = std::thread::Builder::new()
            .name("osm-sandbox-state".into())
            .spawn(move || {
                for job in rx {
                    // a bug in one change must not stop every later one: its sender sees the
                    // writer drop the answer (500), the transaction rolls back on unwinding
                    let run = std::panic::AssertUnwindSafe(|| job(&mut writer));
                    if std::panic::catch_unwind(run).is_err() {
                        tracing::error!("a state change panicked; it was rolled back");
                    }
                }
            })
            .map_err(|e| PersistError::Io {
                path: path.clone(),
                what: "starting the writer thread",
                source: Arc::new(e),
            })?;
        Ok(Arc::new(Store {
            jobs: Mutex::new(Some(tx)),
            writer: Mutex::new(Some(thread)),
            readers: Mutex::new(Vec::new()),
            uri,
            path,
        }))
    }

    fn reader(&self) -> ApiResult<Connection> {
        if let Some(c) = self.readers.lock().ok().and_then(|mut r| r.pop()) {
            return Ok(c);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let c = Connection::open_with_flags(&self.uri, flags).map_err(internal)?;
        c.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(internal)?;
        Ok(c)
    }

    /// Reads the state (on the calling thread, with a reader connection).
    pub fn read<R>(&self, f: impl FnOnce(&Reader<'_>) -> ApiResult<R>) -> ApiResult<R> {
        let conn = self.reader()?;
        let out = {
            // one read transaction: a consistent view for the whole closure
            let txn = conn.unchecked_transaction().map_err(internal)?;
            let out = f(&Reader { c: &txn });
            let _ = txn.finish();
            out
        };
        if let Ok(mut r) = self.readers.lock()
            && r.len() < 16
        {
            r.push(conn);
        }
        out
    }

    async fn run<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Connection) -> ApiResult<R> + Send + 'static,
    ) -> ApiResult<R> {
        let (done, wait) = tokio::sync::oneshot::channel();
        let sent = self.jobs.lock().map_err(|_| ()).and_then(|jobs| {
            jobs.as_ref()
                .ok_or(())?
                .send(Box::new(move |c: &mut Connection| {
                    let _ = done.send(job(c));
                }))
                .map_err(|_| ())
        });
        sent.map_err(|()| ApiError::internal("the state writer has stopped"))?;
        wait.await
            .map_err(|_| ApiError::internal("the state writer has stopped"))?
    }

    /// Changes the state in one transaction: `f` sees the state as committed before it and
    /// its own changes; on `Err` (or a failed commit) everything it did is rolled back.
    /// Answers once the transaction is committed (on disk, with a state file).
    pub async fn write<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Tx<'_>) -> ApiResult<R> + Send + 'static,
    ) -> ApiResult<R> {
        let fail = FAIL_COMMIT.try_with(|f| *f).unwrap_or(false);
        let path = self.path.clone();
        self.run(move |c| {
            let txn = c
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(internal)?;
            let out = f(&mut Tx {
                r: Reader { c: &txn },
            })?;
            if fail {
                drop(txn); // rolls back
                return Err(ApiError::internal(format!(
                    "the change could not be saved to {}: commit failed (injected fault fail_commit); nothing was changed",
                    path.display()
                )));
            }
            txn.commit().map_err(|e| {
                ApiError::internal(format!(
                    "the change could not be saved to {}: {e}; nothing was changed",
                    path.display()
                ))
            })?;
            Ok(out)
        })
        .await
    }

    /// The whole state as an SQLite database image.
    pub async fn snapshot(&self) -> ApiResult<Snapshot> {
        self.run(|c| {
            let mut mem = Connection::open_in_memory().map_err(internal)?;
            {
                let backup = rusqlite::backup::Backup::new(c, &mut mem).map_err(internal)?;
                backup
                    .run_to_completion(i32::MAX, std::time::Duration::ZERO, None)
                    .map_err(internal)?;
            }
            let data = mem.serialize(rusqlite::MAIN_DB).map_err(internal)?;
            Ok(Snapshot(data.to_vec()))
        })
        .await
    }

    /// Replaces the whole state with a snapshot (checked first: a snapshot of another layout
    /// or not a database at all is refused with 400 and nothing changes).
    pub async fn restore(&self, snapshot: Snapshot) -> ApiResult<()> {
        self.run(move |c| {
            let bad = |msg: String| {
                ApiError::bad_request(format!(
                    "body: not a sandbox snapshot ({msg}); send the bytes GET /sandbox/snapshot returned"
                ))
            };
            let mut src = Connection::open_in_memory().map_err(internal)?;
            if snapshot.0.is_empty() {
                return Err(bad("empty".into()));
            }
            src.deserialize_read_exact(rusqlite::MAIN_DB, snapshot.0.as_slice(), snapshot.0.len(), false)
                .map_err(|e| bad(e.to_string()))?;
            let version: Option<i64> = src
                .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| r.get(0))
                .optional()
                .map_err(|e| bad(e.to_string()))?;
            if version != Some(i64::from(STATE_VERSION)) {
                return Err(bad(format!(
                    "layout {version:?}, this sandbox reads {STATE_VERSION}"
                )));
            }
            let ok: String = src
                .query_row("PRAGMA quick_check", [], |r| r.get(0))
                .map_err(|e| bad(e.to_string()))?;
            if ok != "ok" {
                return Err(bad(ok));
            }
            let backup = rusqlite::backup::Backup::new(&src, c).map_err(internal)?;
            backup
                .run_to_completion(i32::MAX, std::time::Duration::ZERO, None)
                .map_err(internal)?;
            Ok(())
        })
        .await
    }

    /// Deletes everything (every account, the id counter too) in one transaction.
    pub async fn reset(&self) -> ApiResult<()> {
        self.write(|tx| {
            for t in TABLES {
                tx.r.c
                    .execute(&format!("DELETE FROM {t}"), [])
                    .map_err(internal)?;
            }
            tx.r.c
                .execute("UPDATE meta SET value = 0 WHERE key = 'seq'", [])
                .map_err(internal)?;
            Ok(())
        })
        .await
    }
}

impl Drop for Store {
    /// Closes the database before returning (the writer finishes its queue), so a state file
    /// is complete and its `-wal` file is gone once the sandbox has stopped.
    fn drop(&mut self) {
        if let Ok(mut r) = self.readers.lock() {
            r.clear();
        }
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.take();
        }
        if let Some(t) = self.writer.lock().ok().and_then(|mut w| w.take()) {
            let _ = t.join();
        }
    }
}

/// `path` as the path part of an SQLite `file:` URI.
fn uri_path(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let text = abs.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", ch as u32)),
            c => out.push(c),
        }
    }
    out
}

fn init_schema(c: &Connection, path: &Path) -> Result<(), PersistError> {
    let corrupt = |msg: String| PersistError::Corrupt {
        path: path.to_owned(),
        msg,
    };
    c.execute_batch(SCHEMA)
        .map_err(|e| corrupt(e.to_string()))?;
    c.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?1), ('seq', 0)",
        [i64::from(STATE_VERSION)],
    )
    .map_err(|e| corrupt(e.to_string()))?;
    let version: i64 = c
        .query_row("SELECT value FROM meta WHERE key = 'schema'", [], |r| {
            r.get(0)
        })
        .map_err(|e| corrupt(e.to_string()))?;
    if version != i64::from(STATE_VERSION) {
        return Err(corrupt(format!(
            "layout version {version}, this sandbox reads {STATE_VERSION}"
        )));
    }
    Ok(())
}

/// Read access to the state (one consistent view).
#[derive(Debug)]
pub struct Reader<'c> {
    c: &'c Connection,
}

fn decode_case(body: &[u8]) -> ApiResult<Case> {
    serde_json::from_slice(body).map_err(|e| corrupt_row("case", e))
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("case {id} does not exist in this account"))
}

impl Reader<'_> {
    /// The case, or 404.
    pub fn case(&self, domain: &str, id: &str) -> ApiResult<Case> {
        self.case_opt(domain, id)?.ok_or_else(|| not_found(id))
    }

    /// The case, if the account has it.
    pub fn case_opt(&self, domain: &str, id: &str) -> ApiResult<Option<Case>> {
        let mut st = self
            .c
            .prepare_cached("SELECT body FROM cases WHERE domain = ?1 AND id = ?2")
            .map_err(internal)?;
        let body: Option<Vec<u8>> = st
            .query_row(params![domain, id], |r| r.get(0))
            .optional()
            .map_err(internal)?;
        body.map(|b| decode_case(&b)).transpose()
    }

    /// A case in any account, with its account (for the engineer's side).
    pub fn find_case(&self, id: &str) -> ApiResult<(String, Case)> {
        let mut st = self
            .c
            .prepare_cached("SELECT domain, body FROM cases WHERE id = ?1 LIMIT 1")
            .map_err(internal)?;
        let row: Option<(String, Vec<u8>)> = st
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(internal)?;
        let (domain, body) =
            row.ok_or_else(|| ApiError::not_found(format!("case {id} does not exist")))?;
        Ok((domain, decode_case(&body)?))
    }

    /// Number of cases of an account by status (statuses with none left out).
    pub fn status_counts(&self, domain: &str) -> ApiResult<BTreeMap<i32, u64>> {
        let mut st = self
            .c
            .prepare_cached(
                "SELECT status, SUM(n) FROM case_counts WHERE domain = ?1 GROUP BY status HAVING SUM(n) > 0",
            )
            .map_err(internal)?;
        let rows = st
            .query_map([domain], |r| Ok((r.get::<_, i32>(0)?, r.get::<_, i64>(1)?)))
            .map_err(internal)?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (s, n) = row.map_err(internal)?;
            out.insert(s, u64::try_from(n).unwrap_or(0));
        }
        Ok(out)
    }

    /// Number of cases of an account.
    pub fn case_count(&self, domain: &str) -> ApiResult<u64> {
        Ok(self.status_counts(domain)?.values().sum())
    }

    /// Cases matching `q`, newest first (creation time, then id, both descending): the
    /// `limit` after `offset`, and how many match in all.
    pub fn list_cases(
        &self,
        domain: &str,
        q: &CaseQuery,
        offset: usize,
        limit: usize,
    ) -> ApiResult<(u64, Vec<Case>)> {
        let total = self.count_cases(domain, q)?;
        let (clause, args) = q.clause("cases");
        let sql = format!(
            "SELECT body FROM cases WHERE domain = ?{clause} ORDER BY create_time DESC, id DESC LIMIT ? OFFSET ?"
        );
        let mut st = self.c.prepare_cached(&sql).map_err(internal)?;
        let all = std::iter::once(rusqlite::types::Value::Text(domain.to_owned()))
            .chain(args)
            .chain([
                rusqlite::types::Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)),
                rusqlite::types::Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)),
            ]);
        let rows = st
            .query_map(params_from_iter(all), |r| r.get::<_, Vec<u8>>(0))
            .map_err(internal)?;
        let mut cases = Vec::new();
        for row in rows {
            cases.push(decode_case(&row.map_err(internal)?)?);
        }
        Ok((total, cases))
    }

    /// How many cases of the account match `q` (O(1) for status and business-type filters).
    pub fn count_cases(&self, domain: &str, q: &CaseQuery) -> ApiResult<u64> {
        let (table, expr) = if q.counted() {
            ("case_counts", "COALESCE(SUM(n), 0)")
        } else {
            ("cases", "COUNT(*)")
        };
        let (clause, args) = q.clause(table);
        let sql = format!("SELECT {expr} FROM {table} WHERE domain = ?{clause}");
        let mut st = self.c.prepare_cached(&sql).map_err(internal)?;
        let all = std::iter::once(rusqlite::types::Value::Text(domain.to_owned())).chain(args);
        let n: i64 = st
            .query_row(params_from_iter(all), |r| r.get(0))
            .map_err(internal)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// An account's labels by id.
    pub fn labels(&self, domain: &str) -> ApiResult<BTreeMap<i64, Label>> {
        let mut st = self
            .c
            .prepare_cached("SELECT label_id, name, color FROM labels WHERE domain = ?1")
            .map_err(internal)?;
        let rows = st
            .query_map([domain], |r| {
                Ok(Label {
                    label_id: r.get(0)?,
                    name: r.get(1)?,
                    color: r.get(2)?,
                })
            })
            .map_err(internal)?;
        let mut out = BTreeMap::new();
        for row in rows {
            let l = row.map_err(internal)?;
            out.insert(l.label_id, l);
        }
        Ok(out)
    }

    /// An attachment, if the account has it.
    pub fn accessory(&self, domain: &str, id: &str) -> ApiResult<Option<Accessory>> {
        let mut st = self
            .c
            .prepare_cached(
                "SELECT name, source, created, data FROM accessories WHERE domain = ?1 AND id = ?2",
            )
            .map_err(internal)?;
        st.query_row(params![domain, id], |r| {
            Ok(Accessory {
                accessory_id: id.to_owned(),
                name: r.get(0)?,
                from: r.get(1)?,
                created: DateTime::from_timestamp_millis(r.get(2)?).unwrap_or_default(),
                data: r.get(3)?,
            })
        })
        .optional()
        .map_err(internal)
    }

    /// Whether the account has this attachment.
    pub fn has_accessory(&self, domain: &str, id: &str) -> ApiResult<bool> {
        Ok(self.accessory_name(domain, id)?.is_some())
    }

    fn accessory_name(&self, domain: &str, id: &str) -> ApiResult<Option<String>> {
        let mut st = self
            .c
            .prepare_cached("SELECT name FROM accessories WHERE domain = ?1 AND id = ?2")
            .map_err(internal)?;
        st.query_row(params![domain, id], |r| r.get(0))
            .optional()
            .map_err(internal)
    }

    /// Number of attachments of an account.
    pub fn accessory_count(&self, domain: &str) -> ApiResult<u64> {
        let mut st = self
            .c
            .prepare_cached("SELECT COUNT(*) FROM accessories WHERE domain = ?1")
            .map_err(internal)?;
        let n: i64 = st.query_row([domain], |r| r.get(0)).map_err(internal)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// What rendering `cases` needs: the account's labels and the names of their attachments.
    pub fn view<'a>(
        &self,
        domain: &str,
        cases: impl IntoIterator<Item = &'a Case>,
    ) -> ApiResult<AccountView> {
        let mut view = AccountView {
            labels: self.labels(domain)?,
            ..AccountView::default()
        };
        for c in cases {
            let ids = c
                .accessory_ids
                .iter()
                .chain(c.messages.iter().flat_map(|m| m.accessory_ids.iter()));
            for id in ids {
                if !view.accessory_names.contains_key(id)
                    && let Some(name) = self.accessory_name(domain, id)?
                {
                    view.accessory_names.insert(id.clone(), name);
                }
            }
        }
        Ok(view)
    }

    /// The account's privileges, feedback and agreements.
    pub fn misc(&self, domain: &str) -> ApiResult<AccountMisc> {
        let mut st = self
            .c
            .prepare_cached("SELECT body FROM accounts WHERE domain = ?1")
            .map_err(internal)?;
        let body: Option<Vec<u8>> = st
            .query_row([domain], |r| r.get(0))
            .optional()
            .map_err(internal)?;
        match body {
            Some(b) => serde_json::from_slice(&b).map_err(|e| corrupt_row("account", e)),
            None => Ok(AccountMisc::default()),
        }
    }
}

/// A change in progress (inside its transaction); reads see the change so far.
#[derive(Debug)]
pub struct Tx<'c> {
    r: Reader<'c>,
}

impl<'c> std::ops::Deref for Tx<'c> {
    type Target = Reader<'c>;
    fn deref(&self) -> &Reader<'c> {
        &self.r
    }
}

impl Tx<'_> {
    fn c(&self) -> &Connection {
        self.r.c
    }

    /// The next value of the global sequence behind case, message and attachment ids.
    pub fn seq(&mut self) -> ApiResult<u64> {
        let n: i64 = self
            .c()
            .query_row(
                "UPDATE meta SET value = value + 1 WHERE key = 'seq' RETURNING value",
                [],
                |r| r.get(0),
            )
            .map_err(internal)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn count(&self, domain: &str, status: i32, bt: &str, delta: i64) -> ApiResult<()> {
        let mut st = self
            .c()
            .prepare_cached(
                "INSERT INTO case_counts (domain, status, business_type_id, n) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (domain, status, business_type_id) DO UPDATE SET n = n + excluded.n",
            )
            .map_err(internal)?;
        st.execute(params![domain, status, bt, delta])
            .map_err(internal)?;
        Ok(())
    }

    /// Stores a case (new or changed), with its index entries and counters.
    pub fn put_case(&mut self, domain: &str, case: &Case) -> ApiResult<()> {
        let old: Option<(i32, String)> = self
            .c()
            .prepare_cached(
                "SELECT status, business_type_id FROM cases WHERE domain = ?1 AND id = ?2",
            )
            .map_err(internal)?
            .query_row(params![domain, case.incident_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(internal)?;
        let body = serde_json::to_vec(case)
            .map_err(|e| ApiError::internal(format!("case cannot be encoded: {e}")))?;
        let search = format!("{} {}", case.incident_id, case.simple_description).to_lowercase();
        self.c()
            .prepare_cached(
                "INSERT INTO cases (domain, id, status, create_time, business_type_id, product_category_id, search, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (domain, id) DO UPDATE SET status = excluded.status,
                   create_time = excluded.create_time, business_type_id = excluded.business_type_id,
                   product_category_id = excluded.product_category_id, search = excluded.search,
                   body = excluded.body",
            )
            .map_err(internal)?
            .execute(params![
                domain,
                case.incident_id,
                case.status,
                case.create_time.timestamp_millis(),
                case.business_type_id,
                case.product_category_id,
                search,
                body
            ])
            .map_err(internal)?;
        let changed = old
            .as_ref()
            .is_none_or(|(s, bt)| *s != case.status || *bt != case.business_type_id);
        if changed {
            if let Some((s, bt)) = &old {
                self.count(domain, *s, bt, -1)?;
            }
            self.count(domain, case.status, &case.business_type_id, 1)?;
        }
        self.c()
            .prepare_cached("DELETE FROM case_labels WHERE domain = ?1 AND case_id = ?2 AND label_id NOT IN (SELECT value FROM json_each(?3))")
            .map_err(internal)?
            .execute(params![domain, case.incident_id, label_json(case)])
            .map_err(internal)?;
        let mut ins = self
            .c()
            .prepare_cached(
                "INSERT OR IGNORE INTO case_labels (domain, label_id, case_id) VALUES (?1, ?2, ?3)",
            )
            .map_err(internal)?;
        for l in &case.label_ids {
            ins.execute(params![domain, l, case.incident_id])
                .map_err(internal)?;
        }
        Ok(())
    }

    /// Removes a case; whether it existed.
    pub fn delete_case(&mut self, domain: &str, id: &str) -> ApiResult<bool> {
        let Some(case) = self.case_opt(domain, id)? else {
            return Ok(false);
        };
        self.c()
            .execute(
                "DELETE FROM cases WHERE domain = ?1 AND id = ?2",
                params![domain, id],
            )
            .map_err(internal)?;
        self.c()
            .execute(
                "DELETE FROM case_labels WHERE domain = ?1 AND case_id = ?2",
                params![domain, id],
            )
            .map_err(internal)?;
        self.count(domain, case.status, &case.business_type_id, -1)?;
        Ok(true)
    }

    /// Stores a label (new or changed).
    pub fn put_label(&mut self, domain: &str, l: &Label) -> ApiResult<()> {
        self.c()
            .execute(
                "INSERT INTO labels (domain, label_id, name, color) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (domain, label_id) DO UPDATE SET name = excluded.name, color = excluded.color",
                params![domain, l.label_id, l.name, l.color],
            )
            .map_err(internal)?;
        Ok(())
    }

    /// Deletes a label and detaches it from every case of the account; whether it existed.
    pub fn delete_label(&mut self, domain: &str, id: i64) -> ApiResult<bool> {
        let n = self
            .c()
            .execute(
                "DELETE FROM labels WHERE domain = ?1 AND label_id = ?2",
                params![domain, id],
            )
            .map_err(internal)?;
        if n == 0 {
            return Ok(false);
        }
        let case_ids: Vec<String> = {
            let mut st = self
                .c()
                .prepare_cached(
                    "SELECT case_id FROM case_labels WHERE domain = ?1 AND label_id = ?2",
                )
                .map_err(internal)?;
            let rows = st
                .query_map(params![domain, id], |r| r.get(0))
                .map_err(internal)?;
            rows.collect::<Result<_, _>>().map_err(internal)?
        };
        for cid in case_ids {
            let mut case = self.case(domain, &cid)?;
            case.label_ids.remove(&id);
            self.put_case(domain, &case)?;
        }
        Ok(true)
    }

    /// Stores an attachment.
    pub fn put_accessory(&mut self, domain: &str, a: &Accessory) -> ApiResult<()> {
        self.c()
            .execute(
                "INSERT INTO accessories (domain, id, name, source, created, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![domain, a.accessory_id, a.name, a.from, a.created.timestamp_millis(), a.data],
            )
            .map_err(internal)?;
        Ok(())
    }

    /// Deletes an attachment; whether it existed.
    pub fn delete_accessory(&mut self, domain: &str, id: &str) -> ApiResult<bool> {
        let n = self
            .c()
            .execute(
                "DELETE FROM accessories WHERE domain = ?1 AND id = ?2",
                params![domain, id],
            )
            .map_err(internal)?;
        Ok(n > 0)
    }

    /// Stores the account's privileges, feedback and agreements.
    pub fn put_misc(&mut self, domain: &str, m: &AccountMisc) -> ApiResult<()> {
        let body = serde_json::to_vec(m)
            .map_err(|e| ApiError::internal(format!("account cannot be encoded: {e}")))?;
        self.c()
            .execute(
                "INSERT INTO accounts (domain, body) VALUES (?1, ?2)
                 ON CONFLICT (domain) DO UPDATE SET body = excluded.body",
                params![domain, body],
            )
            .map_err(internal)?;
        Ok(())
    }

    /// Sets the global sequence (the JSON import).
    pub(crate) fn set_seq(&mut self, n: u64) -> ApiResult<()> {
        self.c()
            .execute(
                "UPDATE meta SET value = ?1 WHERE key = 'seq'",
                [i64::try_from(n).unwrap_or(i64::MAX)],
            )
            .map_err(internal)?;
        Ok(())
    }
}

fn label_json(case: &Case) -> String {
    serde_json::to_string(&case.label_ids).unwrap_or_else(|_| "[]".into())
}

/// Opens `path` directly (no writer thread) for a one-shot job such as the JSON conversion.
pub(super) fn with_file_tx(
    path: &Path,
    f: impl FnOnce(&mut Tx<'_>) -> ApiResult<()>,
) -> Result<(), PersistError> {
    let mut c = Connection::open(path).map_err(db_err(path, "creating"))?;
    configure(&c, path, true)?;
    init_schema(&c, path)?;
    let txn = c.transaction().map_err(db_err(path, "converting"))?;
    f(&mut Tx {
        r: Reader { c: &txn },
    })
    .map_err(|e| PersistError::Corrupt {
        path: path.to_owned(),
        msg: e.msg,
    })?;
    txn.commit()
        .map_err(db_err(path, "committing the conversion"))?;
    // leave a plain database file behind (no -wal) before it is renamed into place
    c.pragma_update(None, "journal_mode", "DELETE")
        .map_err(db_err(path, "closing the conversion"))?;
    Ok(())
}
