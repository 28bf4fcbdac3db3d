//! The official SDKs' credentials file, with named profiles.

use std::path::PathBuf;

use ini::{Ini, ParseOption};

use super::federation::federate;
use super::password::{Password, password_token};
use crate::identity::{Identity, IdentityError, IdentityFuture, ProvideIdentity, ProviderConfig};
use crate::provider::{ENV_CREDENTIALS_FILE, FILE_SECTION};
use crate::{Credentials, SecretString};

/// Environment variable naming the profile (section) to read instead of `[global]` (osm-rs;
/// the official SDKs read only `[basic]`/`[global]`).
pub const ENV_PROFILE: &str = "HUAWEICLOUD_SDK_PROFILE";
const NAME: &str = "credentials file";

/// Reads one profile (section) of the credentials file: `HUAWEICLOUD_SDK_CREDENTIALS_FILE`,
/// else `~/.huaweicloud/credentials`; the section is [`with_profile`](Self::with_profile),
/// else `HUAWEICLOUD_SDK_PROFILE`, else `global`.
///
/// Keys, in any case, as the official SDKs read them: `ak`, `sk`, `security_token`,
/// `domain_id`, `iam_endpoint` (used for every IAM call this profile makes), `idp_id` +
/// `id_token_file` (OIDC federation, preferred over AK/SK as in the SDKs); and osm-rs's
/// `domain_name` + `user_name` + `password` (IAM password, when neither pair is present).
/// Values are taken literally (no quotes or escapes), as Python's configparser does.
#[derive(Debug, Clone)]
pub struct ProfileIdentityProvider {
    cfg: ProviderConfig,
    path: Option<PathBuf>,
    profile: Option<String>,
}

impl ProfileIdentityProvider {
    /// Finds the file and profile through the environment of `config`.
    pub fn new(config: ProviderConfig) -> Self {
        Self {
            cfg: config,
            path: None,
            profile: None,
        }
    }

    /// Reads `path` instead.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Reads section `[name]` instead of `[global]`.
    #[must_use]
    pub fn with_profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    async fn provide(&self) -> Result<Identity, IdentityError> {
        let invalid = |detail: String| IdentityError::Invalid {
            provider: NAME,
            detail,
        };
        let (path, explicit) = match (&self.path, self.cfg.var(ENV_CREDENTIALS_FILE)) {
            (Some(p), _) => (p.clone(), true),
            (None, Some(p)) => (PathBuf::from(p), true),
            (None, None) => match self.cfg.env.home_dir() {
                Some(h) => (h.join(".huaweicloud").join("credentials"), false),
                None => {
                    return Err(IdentityError::NotConfigured {
                        provider: NAME,
                        detail: format!(
                            "{ENV_CREDENTIALS_FILE} is not set and there is no home directory"
                        ),
                    });
                }
            },
        };
        let shown = path.display().to_string();
        let text = match tokio::fs::read_to_string(&path).await {
            Ok(t) => zeroize::Zeroizing::new(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                return Err(IdentityError::NotConfigured {
                    provider: NAME,
                    detail: format!("{shown} does not exist"),
                });
            }
            Err(e) => return Err(invalid(format!("cannot read {shown}: {e}"))),
        };
        let options = ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            ..ParseOption::default()
        };
        let ini = Ini::load_from_str_opt(&text, options)
            .map_err(|e| invalid(format!("{shown} is not a valid INI file: {e}")))?;
        let named = self.profile.clone().or_else(|| self.cfg.var(ENV_PROFILE));
        let section_name = named.clone().unwrap_or_else(|| FILE_SECTION.to_owned());
        let section = ini.section(Some(section_name.as_str())).ok_or_else(|| {
            invalid(match &named {
                Some(n) => format!("{shown} has no [{n}] section (the profile asked for)"),
                None => format!(
                    "{shown} has no [{FILE_SECTION}] section (OSM is a global service: put ak, sk and domain_id under [{FILE_SECTION}])"
                ),
            })
        })?;
        let get = |key: &str| {
            section
                .iter()
                .rfind(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let iam = get("iam_endpoint");
        let iam = iam.as_deref();
        if let (Some(idp), Some(file)) = (get("idp_id"), get("id_token_file")) {
            return federate(&self.cfg, NAME, iam, &idp, &PathBuf::from(file)).await;
        }
        if let (Some(ak), Some(sk)) = (get("ak"), get("sk")) {
            let mut c = Credentials::new(ak, SecretString::new(sk))
                .map_err(|e| invalid(format!("[{section_name}] of {shown}: {e}")))?;
            if let Some(t) = get("security_token") {
                c = c.with_security_token(t);
            }
            if let Some(d) = get("domain_id") {
                c = c.with_domain_id(d);
            }
            return Ok(Identity::AkSk(self.cfg.resolve_domain_id(c, iam).await?));
        }
        if let (Some(domain), Some(user), Some(password)) =
            (get("domain_name"), get("user_name"), get("password"))
        {
            let password = Password::Value(SecretString::new(password));
            return password_token(&self.cfg, NAME, iam, &domain, &user, &password).await;
        }
        Err(invalid(format!(
            "the [{section_name}] section of {shown} needs ak and sk, or idp_id and id_token_file, or domain_name, user_name and password"
        )))
    }
}

impl ProvideIdentity for ProfileIdentityProvider {
    fn name(&self) -> &'static str {
        NAME
    }

    fn provide_identity(&self) -> IdentityFuture<'_> {
        Box::pin(self.provide())
    }
}
