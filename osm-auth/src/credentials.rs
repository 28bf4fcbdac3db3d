//! AK/SK credentials, with the optional security token and the account's domain id.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use crate::SecretString;

/// An access key (AK), its secret key (SK), an optional security token (temporary
/// credentials) and the account's domain id (sent as `X-Domain-Id` to global services).
///
/// `Debug` shows the AK and domain id only; the SK and token are zeroized on drop.
///
/// Clones share one copy (a reference count): every request's identity is a clone.
#[derive(Clone)]
pub struct Credentials {
    data: Arc<CredentialsData>,
}

#[derive(Clone)]
struct CredentialsData {
    access_key: String,
    secret_key: SecretString,
    security_token: Option<SecretString>,
    domain_id: Option<String>,
    expires_at: Option<SystemTime>,
    /// Each algorithm's prepared key (HMAC pads, derived EC key), shared by clones.
    pub(crate) keys: crate::key::KeyCache,
}

/// Why credentials cannot be built or found.
#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    /// The access key is empty or contains characters that break the `Authorization` header.
    #[error(
        "the access key is empty or contains white space, ',', '/' or non-ASCII characters: use the AK from your access-key CSV"
    )]
    InvalidAccessKey,
    /// The secret key is empty.
    #[error("the secret key is empty: set the SK that belongs to the access key")]
    EmptySecretKey,
    /// No domain id: OSM is a global service and needs `X-Domain-Id`.
    #[error(
        "{source_name}: no domain id (account id) for access key {access_key}: OSM is a global service; set {hint}"
    )]
    MissingDomainId {
        /// Where the credentials came from.
        source_name: String,
        /// The access key (not secret) whose domain id is missing.
        access_key: String,
        /// What to set.
        hint: &'static str,
    },
    /// A provider found nothing to read (no variables set, no file): the chain tries the next.
    #[error("{provider}: {detail}")]
    NotConfigured {
        /// The provider's name.
        provider: &'static str,
        /// What it looked for.
        detail: String,
    },
    /// A provider found credentials that cannot be used (half set, unreadable, malformed).
    #[error("{provider}: {detail}")]
    Invalid {
        /// The provider's name.
        provider: &'static str,
        /// What is wrong and how to fix it.
        detail: String,
    },
    /// Every provider of a chain failed; each one's error, in order.
    #[error("no usable credentials: {}", join_errors(.0))]
    ChainExhausted(Vec<CredentialsError>),
}

fn join_errors(errors: &[CredentialsError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl Credentials {
    /// Credentials from an AK and SK; the AK must be printable ASCII without white space, `,`
    /// or `/`, the SK non-empty.
    pub fn new(
        access_key: impl Into<String>,
        secret_key: impl Into<SecretString>,
    ) -> Result<Self, CredentialsError> {
        let access_key = access_key.into();
        let secret_key = secret_key.into();
        let ak_ok = !access_key.is_empty()
            && access_key
                .bytes()
                .all(|b| b.is_ascii_graphic() && b != b',' && b != b'/');
        if !ak_ok {
            return Err(CredentialsError::InvalidAccessKey);
        }
        if secret_key.is_empty() {
            return Err(CredentialsError::EmptySecretKey);
        }
        Ok(Self {
            data: Arc::new(CredentialsData {
                access_key,
                secret_key,
                security_token: None,
                domain_id: None,
                expires_at: None,
                keys: crate::key::KeyCache::default(),
            }),
        })
    }

    /// Adds a security token (temporary credentials): sent and signed as `X-Security-Token`.
    /// An empty token is ignored.
    pub fn with_security_token(mut self, token: impl Into<SecretString>) -> Self {
        let token = token.into();
        Arc::make_mut(&mut self.data).security_token = (!token.is_empty()).then_some(token);
        self
    }

    /// Adds the account's domain id: sent and signed as `X-Domain-Id`. An empty id is ignored.
    pub fn with_domain_id(mut self, domain_id: impl Into<String>) -> Self {
        let domain_id = domain_id.into();
        Arc::make_mut(&mut self.data).domain_id = (!domain_id.is_empty()).then_some(domain_id);
        self
    }

    /// Marks the credentials as temporary: they stop working at `expires_at` (set by the
    /// providers of temporary credentials; a cache refreshes them ahead of it).
    pub fn with_expiry(mut self, expires_at: SystemTime) -> Self {
        Arc::make_mut(&mut self.data).expires_at = Some(expires_at);
        self
    }

    /// Each algorithm's prepared key (HMAC pads, derived EC key), shared by clones.
    pub(crate) fn keys(&self) -> &crate::key::KeyCache {
        &self.data.keys
    }

    /// When temporary credentials expire; `None` for permanent ones.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.data.expires_at
    }

    /// The access key (AK); not secret.
    pub fn access_key(&self) -> &str {
        &self.data.access_key
    }

    /// The secret key (SK).
    pub fn secret_key(&self) -> &SecretString {
        &self.data.secret_key
    }

    /// The security token of temporary credentials.
    pub fn security_token(&self) -> Option<&SecretString> {
        self.data.security_token.as_ref()
    }

    /// The account's domain id.
    pub fn domain_id(&self) -> Option<&str> {
        self.data.domain_id.as_deref()
    }

    /// The domain id, or an error naming `source_name` and what to set (`hint`).
    pub fn require_domain_id(
        &self,
        source_name: &str,
        hint: &'static str,
    ) -> Result<&str, CredentialsError> {
        self.domain_id()
            .ok_or_else(|| CredentialsError::MissingDomainId {
                source_name: source_name.to_owned(),
                access_key: self.data.access_key.clone(),
                hint,
            })
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.data.access_key)
            .field("secret_key", &self.data.secret_key)
            .field("security_token", &self.data.security_token)
            .field("domain_id", &self.data.domain_id)
            .field("expires_at", &self.data.expires_at)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn clones_share_and_a_changed_clone_is_its_own() {
        let base = Credentials::new("AK1", "sk").unwrap();
        let clone = base.clone();
        assert!(
            Arc::ptr_eq(&base.data, &clone.data),
            "a clone is a reference"
        );
        let changed = clone.with_domain_id("d1").with_security_token("tok");
        assert_eq!(base.domain_id(), None);
        assert!(base.security_token().is_none());
        assert_eq!(changed.domain_id(), Some("d1"));
        assert_eq!(changed.access_key(), "AK1");
        assert_eq!(changed.secret_key().expose_secret(), "sk");
    }
}
