//! Profiles: sections of the official SDKs' credentials file (INI, `HUAWEICLOUD_SDK_CREDENTIALS_FILE`,
//! default `~/.huaweicloud/credentials`).
//!
//! A profile holds the keys the official SDKs read — `ak`, `sk`, `domain_id`,
//! `security_token` — and two only `osm` reads, `osm_endpoint` and `osm_region`. `[global]`
//! is the section the SDKs (and `osm` without `--profile`) use. Values are literal (no quotes
//! or escapes), as Python's configparser and osm-auth read them. Writing keeps every other
//! line of the file (comments, other sections) as it was, and the file private (0600).

use std::path::PathBuf;

use ini::{Ini, ParseOption};
use osm_auth::provider::{ENV_CREDENTIALS_FILE, FILE_SECTION};
use osm_auth::{Credentials, SecretString};

use crate::error::CliError;

/// What a profile configures.
#[derive(Debug)]
pub(crate) struct Profile {
    pub(crate) credentials: Credentials,
    pub(crate) endpoint: Option<String>,
    pub(crate) region: Option<String>,
}

/// The credentials file: `HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else `~/.huaweicloud/credentials`.
pub(crate) fn path() -> Result<PathBuf, CliError> {
    if let Some(p) = std::env::var_os(ENV_CREDENTIALS_FILE).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    home::home_dir()
        .map(|h| h.join(".huaweicloud").join("credentials"))
        .ok_or_else(|| {
            CliError::usage(format!(
                "no home directory: set {ENV_CREDENTIALS_FILE} to the credentials file"
            ))
        })
}

fn parse(text: &str, shown: &str) -> Result<Ini, CliError> {
    let options = ParseOption {
        enabled_quote: false,
        enabled_escape: false,
        ..ParseOption::default()
    };
    Ini::load_from_str_opt(text, options)
        .map_err(|e| CliError::usage(format!("{shown} is not a valid INI file: {e}")))
}

/// Every profile of the file, one row each: `profile` (the section's name) and its keys (`ak`,
/// `domain_id`, `osm_endpoint`, ...), the secret key and security token shown only as whether
/// they are set. An absent file has no profiles.
pub(crate) fn list() -> Result<(PathBuf, serde_json::Value), CliError> {
    let path = path()?;
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(CliError::Failed(format!("cannot read {shown}: {e}"))),
    };
    let ini = parse(&text, &shown)?;
    let mut rows = Vec::new();
    for (name, section) in ini.iter() {
        let Some(name) = name else { continue };
        let mut row = serde_json::Map::new();
        row.insert(
            "profile".to_owned(),
            serde_json::Value::String(name.to_owned()),
        );
        for (k, v) in section.iter() {
            let key = k.to_ascii_lowercase();
            let value = match key.as_str() {
                "sk" | "security_token" | "password" => {
                    if v.trim().is_empty() {
                        "(empty)".to_owned()
                    } else {
                        "(set)".to_owned()
                    }
                }
                // a key named `profile` cannot hide the section's name
                "profile" => continue,
                _ => v.trim().to_owned(),
            };
            row.insert(key, serde_json::Value::String(value));
        }
        rows.push(serde_json::Value::Object(row));
    }
    Ok((path, serde_json::Value::Array(rows)))
}

/// Reads profile `name`.
pub(crate) async fn load(name: &str) -> Result<Profile, CliError> {
    let path = path()?;
    let shown = path.display().to_string();
    let text = tokio::fs::read_to_string(&path).await.map_err(|e| {
        CliError::usage(format!(
            "--profile {name}: cannot read {shown}: {e} (create it with `osm configure --profile {name}`)"
        ))
    })?;
    let text = zeroize::Zeroizing::new(text);
    let ini = parse(&text, &shown)?;
    let section = ini.section(Some(name)).ok_or_else(|| {
        CliError::usage(format!(
            "{shown} has no [{name}] profile (create it with `osm configure --profile {name}`)"
        ))
    })?;
    let get = |key: &str| {
        section
            .iter()
            .rfind(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let (Some(ak), Some(sk)) = (get("ak"), get("sk")) else {
        return Err(CliError::usage(format!(
            "the [{name}] profile of {shown} needs ak and sk (set them with `osm configure --profile {name}`)"
        )));
    };
    let Some(domain_id) = get("domain_id") else {
        return Err(CliError::usage(format!(
            "the [{name}] profile of {shown} has no domain_id (OSM needs the account id: `osm configure --profile {name} --domain-id ID`)"
        )));
    };
    let mut credentials = Credentials::new(ak, SecretString::new(sk))
        .map_err(|e| CliError::usage(format!("[{name}] of {shown}: {e}")))?
        .with_domain_id(domain_id);
    if let Some(t) = get("security_token") {
        credentials = credentials.with_security_token(t);
    }
    Ok(Profile {
        credentials,
        endpoint: get("osm_endpoint"),
        region: get("osm_region"),
    })
}

/// The file text with `section`'s keys set to the given values (`None` leaves a key as it
/// is); every other line is kept.
pub(crate) fn set_keys(text: &str, section: &str, values: &[(&str, Option<&str>)]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let header = |l: &str| {
        let t = l.trim();
        (t.starts_with('[') && t.ends_with(']')).then(|| t[1..t.len() - 1].trim().to_owned())
    };
    let key_of = |l: &str| {
        let t = l.trim_start();
        if t.starts_with(['#', ';']) {
            return None;
        }
        t.split_once(['=', ':'])
            .map(|(k, _)| k.trim().to_ascii_lowercase())
    };
    // the section's extent: [start, end)
    let start = lines
        .iter()
        .position(|l| header(l).as_deref() == Some(section));
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let pending: Vec<(&str, &str)> = values
        .iter()
        .filter_map(|(k, v)| v.map(|v| (*k, v)))
        .collect();
    match start {
        None => {
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
            out.push(format!("[{section}]"));
            for (k, v) in pending {
                out.push(format!("{k} = {v}"));
            }
        }
        Some(start) => {
            let end = (start + 1..lines.len())
                .find(|&i| header(lines[i]).is_some())
                .unwrap_or(lines.len());
            let insert_at = (start + 1..end)
                .rev()
                .find(|&i| key_of(lines[i]).is_some())
                .map_or(start + 1, |i| i + 1);
            let mut added = Vec::new();
            for (k, v) in pending {
                match (start + 1..end)
                    .rev()
                    .find(|&i| key_of(lines[i]).as_deref() == Some(k))
                {
                    Some(i) => out[i] = format!("{k} = {v}"),
                    None => added.push(format!("{k} = {v}")),
                }
            }
            for (n, line) in added.into_iter().enumerate() {
                out.insert(insert_at + n, line);
            }
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Writes `text` to the credentials file atomically, readable only by the user.
pub(crate) fn write(path: &std::path::Path, text: &str) -> Result<(), CliError> {
    let shown = path.display().to_string();
    let fail =
        |what: &str, e: std::io::Error| CliError::Failed(format!("cannot {what} {shown}: {e}"));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| fail("create the directory of", e))?;
    }
    let tmp = path.with_extension("osm-tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let result = (|| {
        use std::io::Write as _;
        let mut file = options.open(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        fail("write", e)
    })
}

/// The section `osm` reads without `--profile`.
pub(crate) const DEFAULT_PROFILE: &str = FILE_SECTION;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_set_in_place_and_everything_else_kept() {
        let text = "# mine\n[global]\nak = OLD\n; note\nsk = s\n\n[other]\nak = O\n";
        let out = set_keys(
            text,
            "global",
            &[("ak", Some("NEW")), ("domain_id", Some("d")), ("sk", None)],
        );
        assert_eq!(
            out,
            "# mine\n[global]\nak = NEW\n; note\nsk = s\ndomain_id = d\n\n[other]\nak = O\n"
        );
        let added = set_keys(&out, "sandbox", &[("ak", Some("A"))]);
        assert!(
            added.ends_with("[other]\nak = O\n\n[sandbox]\nak = A\n"),
            "{added}"
        );
        assert_eq!(
            set_keys("", "global", &[("ak", Some("A"))]),
            "[global]\nak = A\n"
        );
    }
}
