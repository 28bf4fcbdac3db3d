//! Credential providers: explicit, environment, credentials file, and a default chain.
//!
//! Names and file format follow the official SDKs: `HUAWEICLOUD_SDK_AK`, `HUAWEICLOUD_SDK_SK`,
//! `HUAWEICLOUD_SDK_SECURITY_TOKEN`, `HUAWEICLOUD_SDK_DOMAIN_ID`; the INI file named by
//! `HUAWEICLOUD_SDK_CREDENTIALS_FILE` (default `~/.huaweicloud/credentials`) whose `[global]`
//! section holds `ak`, `sk`, `security_token` and `domain_id` (keys in any case).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::PathBuf;

use ini::{Ini, ParseOption};

use crate::{Credentials, CredentialsError, SecretString};

/// Environment variable holding the access key.
pub const ENV_AK: &str = "HUAWEICLOUD_SDK_AK";
/// Environment variable holding the secret key.
pub const ENV_SK: &str = "HUAWEICLOUD_SDK_SK";
/// Environment variable holding the security token.
pub const ENV_SECURITY_TOKEN: &str = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
/// Environment variable holding the domain (account) id.
pub const ENV_DOMAIN_ID: &str = "HUAWEICLOUD_SDK_DOMAIN_ID";
/// Environment variable naming the credentials file.
pub const ENV_CREDENTIALS_FILE: &str = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
/// The credentials file's section for global services such as OSM.
pub const FILE_SECTION: &str = "global";

/// A source of environment variables; tests pass a map instead of touching the process.
pub trait Environment: fmt::Debug + Send + Sync {
    /// The value of `name`, or `None` when unset or not Unicode.
    fn var(&self, name: &str) -> Option<String>;

    /// The user's home directory (default: `$HOME`).
    fn home_dir(&self) -> Option<PathBuf> {
        self.var("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// The real process environment.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn home_dir(&self) -> Option<PathBuf> {
        home::home_dir()
    }
}

impl Environment for HashMap<String, String> {
    fn var(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

impl Environment for BTreeMap<String, String> {
    fn var(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

/// Something that produces credentials.
pub trait ProvideCredentials: fmt::Debug + Send + Sync {
    /// A short name for error messages, e.g. `environment`.
    fn name(&self) -> &'static str;

    /// The credentials, [`CredentialsError::NotConfigured`] when this source is simply absent,
    /// or another error when it is present but unusable.
    fn provide(&self) -> Result<Credentials, CredentialsError>;
}

/// Credentials given in code; they must carry a domain id.
#[derive(Clone, Debug)]
pub struct StaticProvider(Credentials);

impl StaticProvider {
    /// Provides `credentials`.
    pub fn new(credentials: Credentials) -> Self {
        Self(credentials)
    }
}

impl ProvideCredentials for StaticProvider {
    fn name(&self) -> &'static str {
        "explicit credentials"
    }

    fn provide(&self) -> Result<Credentials, CredentialsError> {
        self.0
            .require_domain_id(self.name(), "it with Credentials::with_domain_id")?;
        Ok(self.0.clone())
    }
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.trim().is_empty())
}

/// Reads `HUAWEICLOUD_SDK_AK`, `_SK`, `_SECURITY_TOKEN` and `_DOMAIN_ID`.
#[derive(Debug)]
pub struct EnvProvider<E: Environment = ProcessEnv> {
    env: E,
}

impl EnvProvider<ProcessEnv> {
    /// Reads the process environment.
    pub fn from_process() -> Self {
        Self { env: ProcessEnv }
    }
}

impl<E: Environment> EnvProvider<E> {
    /// Reads `env`.
    pub fn new(env: E) -> Self {
        Self { env }
    }
}

impl<E: Environment> ProvideCredentials for EnvProvider<E> {
    fn name(&self) -> &'static str {
        "environment"
    }

    fn provide(&self) -> Result<Credentials, CredentialsError> {
        let provider = self.name();
        let ak = non_empty(self.env.var(ENV_AK));
        let sk = non_empty(self.env.var(ENV_SK)).map(SecretString::new);
        let (ak, sk) = match (ak, sk) {
            (None, None) => {
                return Err(CredentialsError::NotConfigured {
                    provider,
                    detail: format!("{ENV_AK} and {ENV_SK} are not set"),
                });
            }
            (Some(_), None) => {
                return Err(CredentialsError::Invalid {
                    provider,
                    detail: format!("{ENV_AK} is set but {ENV_SK} is not; set both"),
                });
            }
            (None, Some(_)) => {
                return Err(CredentialsError::Invalid {
                    provider,
                    detail: format!("{ENV_SK} is set but {ENV_AK} is not; set both"),
                });
            }
            (Some(ak), Some(sk)) => (ak, sk),
        };
        let mut credentials =
            Credentials::new(ak.trim(), sk).map_err(|e| CredentialsError::Invalid {
                provider,
                detail: format!("{ENV_AK}/{ENV_SK}: {e}"),
            })?;
        if let Some(token) = non_empty(self.env.var(ENV_SECURITY_TOKEN)) {
            credentials = credentials.with_security_token(token);
        }
        if let Some(domain_id) = non_empty(self.env.var(ENV_DOMAIN_ID)) {
            credentials = credentials.with_domain_id(domain_id.trim());
        }
        credentials.require_domain_id(provider, ENV_DOMAIN_ID)?;
        Ok(credentials)
    }
}

/// Reads the `[global]` profile of the official SDKs' INI credentials file.
#[derive(Debug)]
pub struct FileProvider<E: Environment = ProcessEnv> {
    env: E,
    path: Option<PathBuf>,
}

impl FileProvider<ProcessEnv> {
    /// Finds the file through the process environment.
    pub fn from_process() -> Self {
        Self::new(ProcessEnv)
    }
}

impl<E: Environment> FileProvider<E> {
    /// Finds the file through `env`: `HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else
    /// `<home>/.huaweicloud/credentials`.
    pub fn new(env: E) -> Self {
        Self { env, path: None }
    }

    /// Reads `path` instead.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The file this provider reads, and whether it was named explicitly (then a missing file
    /// is an error rather than "not configured").
    pub fn resolve_path(&self) -> Option<(PathBuf, bool)> {
        if let Some(p) = &self.path {
            return Some((p.clone(), true));
        }
        if let Some(p) = non_empty(self.env.var(ENV_CREDENTIALS_FILE)) {
            return Some((PathBuf::from(p), true));
        }
        self.env
            .home_dir()
            .map(|h| (h.join(".huaweicloud").join("credentials"), false))
    }
}

impl<E: Environment> ProvideCredentials for FileProvider<E> {
    fn name(&self) -> &'static str {
        "credentials file"
    }

    fn provide(&self) -> Result<Credentials, CredentialsError> {
        let provider = self.name();
        let invalid = |detail: String| CredentialsError::Invalid { provider, detail };
        let Some((path, explicit)) = self.resolve_path() else {
            return Err(CredentialsError::NotConfigured {
                provider,
                detail: format!("{ENV_CREDENTIALS_FILE} is not set and there is no home directory"),
            });
        };
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                return Err(CredentialsError::NotConfigured {
                    provider,
                    detail: format!("{shown} does not exist"),
                });
            }
            Err(e) => return Err(invalid(format!("cannot read {shown}: {e}"))),
        };
        // configparser keeps values literally: no quote or escape processing
        let options = ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            ..ParseOption::default()
        };
        let ini = Ini::load_from_str_opt(&text, options)
            .map_err(|e| invalid(format!("{shown} is not a valid INI file: {e}")))?;
        let section = ini.section(Some(FILE_SECTION)).ok_or_else(|| {
            invalid(format!(
                "{shown} has no [{FILE_SECTION}] section (OSM is a global service: put ak, sk and domain_id under [{FILE_SECTION}])"
            ))
        })?;
        let get = |key: &str| {
            non_empty(
                section
                    .iter()
                    .rfind(|(k, _)| k.eq_ignore_ascii_case(key))
                    .map(|(_, v)| v.trim().to_owned()),
            )
        };
        let (Some(ak), Some(sk)) = (get("ak"), get("sk")) else {
            return Err(invalid(format!(
                "the [{FILE_SECTION}] section of {shown} needs both ak and sk"
            )));
        };
        let mut credentials = Credentials::new(ak, SecretString::new(sk))
            .map_err(|e| invalid(format!("{shown}: {e}")))?;
        if let Some(token) = get("security_token") {
            credentials = credentials.with_security_token(token);
        }
        if let Some(domain_id) = get("domain_id") {
            credentials = credentials.with_domain_id(domain_id);
        }
        credentials.require_domain_id(
            &format!("{provider} {shown}"),
            "domain_id in its [global] section",
        )?;
        Ok(credentials)
    }
}

/// Tries providers in order: one that is not configured is skipped, the first that is
/// configured answers (with credentials or its error); when none is configured the error
/// lists what each one said.
#[derive(Debug)]
pub struct ChainProvider {
    providers: Vec<Box<dyn ProvideCredentials>>,
}

impl ChainProvider {
    /// A chain of `providers`, tried in order.
    pub fn new(providers: Vec<Box<dyn ProvideCredentials>>) -> Self {
        Self { providers }
    }

    /// The default chain over `env`: environment variables, then the credentials file.
    pub fn default_chain<E: Environment + Clone + 'static>(env: E) -> Self {
        Self::new(vec![
            Box::new(EnvProvider::new(env.clone())),
            Box::new(FileProvider::new(env)),
        ])
    }

    /// The default chain over the process environment.
    pub fn from_process() -> Self {
        Self::default_chain(ProcessEnv)
    }
}

impl ProvideCredentials for ChainProvider {
    fn name(&self) -> &'static str {
        "default chain"
    }

    fn provide(&self) -> Result<Credentials, CredentialsError> {
        let mut errors = Vec::new();
        for provider in &self.providers {
            match provider.provide() {
                Ok(c) => return Ok(c),
                Err(e @ CredentialsError::NotConfigured { .. }) => errors.push(e),
                Err(e) => return Err(e),
            }
        }
        Err(CredentialsError::ChainExhausted(errors))
    }
}
