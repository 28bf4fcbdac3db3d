//! Sandbox accounts (AK, SK, domain id) and the clock the sandbox uses.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

/// An account the sandbox accepts: requests signed with `secret_key` under `access_key` and
/// carrying `X-Domain-Id: domain_id`.
#[derive(Clone)]
pub struct Account {
    access_key: String,
    secret_key: Zeroizing<String>,
    domain_id: String,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .field("domain_id", &self.domain_id)
            .finish()
    }
}

/// `OSM_SANDBOX_CREDENTIALS` could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "OSM_SANDBOX_CREDENTIALS entry {index}: {reason}; expected AK:SK:DOMAIN_ID[,AK:SK:DOMAIN_ID...]"
)]
pub struct CredentialsParseError {
    /// 1-based position of the bad entry.
    pub index: usize,
    /// What is wrong with it (never contains the secret).
    pub reason: String,
}

impl Account {
    /// The demo account used when no credentials are configured (documented in the README).
    pub const DEMO_AK: &'static str = "SANDBOXDEMOAK0000001";
    /// Secret key of the demo account.
    pub const DEMO_SK: &'static str = "sandbox-demo-secret-key-do-not-use-in-production";
    /// Domain id of the demo account.
    pub const DEMO_DOMAIN_ID: &'static str = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    /// An account.
    pub fn new(
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> Account {
        Account {
            access_key: access_key.into(),
            secret_key: Zeroizing::new(secret_key.into()),
            domain_id: domain_id.into(),
        }
    }

    /// The built-in demo account.
    pub fn demo() -> Account {
        Account::new(Self::DEMO_AK, Self::DEMO_SK, Self::DEMO_DOMAIN_ID)
    }

    /// Parses `AK:SK:DOMAIN_ID[,AK:SK:DOMAIN_ID...]`.
    pub fn parse_list(text: &str) -> Result<Vec<Account>, CredentialsParseError> {
        let mut out: Vec<Account> = Vec::new();
        for (i, entry) in text.split(',').map(str::trim).enumerate() {
            let err = |reason: &str| CredentialsParseError {
                index: i + 1,
                reason: reason.to_owned(),
            };
            if entry.is_empty() {
                return Err(err("empty entry"));
            }
            let parts: Vec<&str> = entry.split(':').collect();
            let [ak, sk, domain] = parts[..] else {
                return Err(err(&format!(
                    "{} colon-separated fields instead of 3",
                    parts.len()
                )));
            };
            if ak.is_empty() || sk.is_empty() || domain.is_empty() {
                return Err(err("AK, SK and DOMAIN_ID must all be non-empty"));
            }
            if out.iter().any(|a| a.access_key == ak) {
                return Err(err(&format!("AK {ak} appears twice")));
            }
            out.push(Account::new(ak, sk, domain));
        }
        Ok(out)
    }

    /// Access key id.
    pub fn access_key(&self) -> &str {
        &self.access_key
    }
    /// Secret key (keep it out of logs).
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }
    /// Account (domain) id.
    pub fn domain_id(&self) -> &str {
        &self.domain_id
    }
}

/// The sandbox's notion of "now": checks signature dates, stamps cases and messages, and
/// expires IAM tokens and temporary credentials. Clones share an offset that tests move
/// with [`Clock::advance`] / [`Clock::set_offset`] (or `POST /sandbox/clock`).
#[derive(Clone)]
pub struct Clock(
    Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>,
    /// Milliseconds added to the underlying time.
    Arc<AtomicI64>,
);

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(Arc::new(Utc::now), Arc::default())
    }
    /// A clock stopped at `t` (e.g. to replay recorded requests).
    pub fn fixed(t: DateTime<Utc>) -> Clock {
        Clock(Arc::new(move || t), Arc::default())
    }
    /// Any function of time.
    pub fn from_fn(f: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Clock {
        Clock(Arc::new(f), Arc::default())
    }
    /// Now, truncated to milliseconds (the precision OSM timestamps carry).
    pub fn now(&self) -> DateTime<Utc> {
        let base = (self.0)();
        let t = base
            .checked_add_signed(chrono::TimeDelta::milliseconds(
                self.1.load(Ordering::SeqCst),
            ))
            .unwrap_or(base);
        DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(t)
    }

    /// Moves this clock (and every clone of it) forward by `by`.
    pub fn advance(&self, by: std::time::Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        let _ = self
            .1
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |o| {
                Some(o.saturating_add(ms))
            });
    }
    /// Sets the offset from the underlying time (zero: back to it).
    pub fn set_offset(&self, offset: chrono::TimeDelta) {
        self.1.store(offset.num_milliseconds(), Ordering::SeqCst);
    }
    /// The offset from the underlying time.
    pub fn offset(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::milliseconds(self.1.load(Ordering::SeqCst))
    }
}
