//! The global options every command takes, and the [`osm_client::Client`] they configure:
//! endpoint or region, profile, timeouts, retries, header defaults, `--dry-run`, `--debug`.

use std::time::Duration;

use clap::Args;
use osm_client::{Client, DryRun, RetryPolicy, types::Site};

use crate::error::CliError;
use crate::output::Format;
use crate::profiles;

/// Options of every command (given before or after the command's name).
#[derive(Debug, Clone, Args)]
// the field docs are `--help` text, not Markdown: URLs and brackets stay as typed
#[allow(rustdoc::bare_urls)]
#[command(next_help_heading = "Global options")]
pub(crate) struct Global {
    /// Output format [default: table on a terminal, json otherwise]
    #[arg(
        long,
        global = true,
        value_enum,
        env = "OSM_OUTPUT",
        value_name = "FORMAT"
    )]
    pub(crate) output: Option<Format>,
    /// Filter the output with a JMESPath expression, e.g. `[].incident_id`
    #[arg(long, global = true, value_name = "JMESPATH")]
    pub(crate) query: Option<String>,
    /// Use this profile (section) of the credentials file: its ak, sk, domain_id and
    /// security_token instead of the HUAWEICLOUD_SDK_* variables, and its osm_endpoint or
    /// osm_region
    #[arg(
        long,
        global = true,
        env = "HUAWEICLOUD_SDK_PROFILE",
        value_name = "NAME"
    )]
    pub(crate) profile: Option<String>,
    /// Endpoint URL(s), comma-separated, with http:// or https:// [default: from the region]
    #[arg(
        long,
        global = true,
        env = "OSM_ENDPOINT",
        value_name = "URL",
        value_delimiter = ','
    )]
    pub(crate) endpoint: Vec<String>,
    /// Region: the endpoint becomes https://osm.REGION.myhuaweicloud.com [default: cn-south-1]
    #[arg(long, global = true, env = "OSM_REGION", value_name = "REGION")]
    pub(crate) region: Option<String>,
    /// Time allowed to connect, e.g. 10s, 2m, 500ms [default: 10s]
    #[arg(long, global = true, env = "OSM_CONNECT_TIMEOUT", value_parser = parse_duration, value_name = "DURATION")]
    pub(crate) connect_timeout: Option<Duration>,
    /// Time allowed for one attempt of a call [default: 30s; transfers 5m]
    #[arg(long, global = true, env = "OSM_ATTEMPT_TIMEOUT", value_parser = parse_duration, value_name = "DURATION")]
    pub(crate) attempt_timeout: Option<Duration>,
    /// Time allowed for a call including its retries [default: 90s; transfers 10m]
    #[arg(long, global = true, env = "OSM_OPERATION_TIMEOUT", value_parser = parse_duration, value_name = "DURATION")]
    pub(crate) operation_timeout: Option<Duration>,
    /// Attempts per call, the first included; 1 disables retries [default: 3]
    #[arg(long, global = true, env = "OSM_MAX_ATTEMPTS", value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10))]
    pub(crate) max_attempts: Option<u32>,
    /// X-Site sent with every call: china (0) or international (1)
    #[arg(long, global = true, env = "OSM_SITE", value_parser = parse_site, value_name = "SITE")]
    pub(crate) site: Option<Site>,
    /// X-Language sent with every call, e.g. en-us or zh-cn
    #[arg(long, global = true, env = "OSM_LANGUAGE", value_name = "LANG")]
    pub(crate) language: Option<String>,
    /// X-Time-Zone sent with every call, e.g. GMT+8
    #[arg(long, global = true, env = "OSM_TIME_ZONE", value_name = "TZ")]
    pub(crate) time_zone: Option<String>,
    /// Print the signed request(s) instead of sending them (signature and tokens redacted)
    #[arg(long, global = true)]
    pub(crate) dry_run: bool,
    /// Log the canonical request and every attempt on stderr (never a secret)
    #[arg(long, global = true)]
    pub(crate) debug: bool,
    /// No progress bars (they are shown only when stderr is a terminal anyway)
    #[arg(long, global = true)]
    pub(crate) no_progress: bool,
}

/// `10s`, `2m`, `1h`, `500ms`, or plain seconds.
pub(crate) fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration: write e.g. 30s, 10m, 1h or 500ms"))?;
    let d = match unit.trim() {
        "" | "s" => Duration::from_secs(n),
        "ms" => Duration::from_millis(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        "h" => Duration::from_secs(n.saturating_mul(3600)),
        other => {
            return Err(format!(
                "unknown unit {other:?} in {text:?}: use ms, s, m or h"
            ));
        }
    };
    if d.is_zero() {
        return Err(format!("{text:?} is zero: give a positive duration"));
    }
    Ok(d)
}

fn parse_site(text: &str) -> Result<Site, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "china" | "0" => Ok(Site::China),
        "international" | "intl" | "1" => Ok(Site::International),
        _ => Err(format!("{text:?}: use china (0) or international (1)")),
    }
}

impl Global {
    /// The client these options describe; with `--dry-run` it records into `dry_run`.
    pub(crate) async fn client(&self, dry_run: Option<&DryRun>) -> Result<Client, CliError> {
        let mut b = Client::builder().env(osm_auth::ProcessEnv);
        let mut endpoints: Vec<String> = self
            .endpoint
            .iter()
            .map(|e| e.trim().to_owned())
            .filter(|e| !e.is_empty())
            .collect();
        let mut region = self.region.clone();
        if let Some(name) = &self.profile {
            let profile = profiles::load(name).await?;
            b = b.credentials(profile.credentials);
            if endpoints.is_empty()
                && region.is_none()
                && let Some(e) = profile.endpoint
            {
                endpoints = e.split(',').map(|s| s.trim().to_owned()).collect();
            }
            if region.is_none() {
                region = profile.region;
            }
        }
        for e in endpoints {
            b = b.endpoint(e);
        }
        if let Some(r) = region {
            b = b.region(r);
        }
        if let Some(d) = self.connect_timeout {
            b = b.connect_timeout(d);
        }
        if let Some(d) = self.attempt_timeout {
            b = b.attempt_timeout(d);
        }
        if let Some(d) = self.operation_timeout {
            b = b.operation_timeout(d);
        }
        if let Some(n) = self.max_attempts {
            b = b.retry_policy(RetryPolicy::new().with_max_attempts(n));
        }
        if let Some(s) = &self.site {
            b = b.site(*s);
        }
        if let Some(l) = &self.language {
            b = b.language(l);
        }
        if let Some(tz) = &self.time_zone {
            b = b.time_zone(tz);
        }
        if let Some(d) = dry_run {
            b = b.dry_run(d.clone());
        }
        b = b.user_agent(concat!("osm-cli/", env!("CARGO_PKG_VERSION")));
        Ok(b.build()?)
    }

    /// The output format: `--output`, else table on a terminal and JSON otherwise.
    pub(crate) fn format(&self) -> Format {
        use std::io::IsTerminal as _;
        self.output.unwrap_or_else(|| {
            if std::io::stdout().is_terminal() {
                Format::Table
            } else {
                Format::Json
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10m").unwrap(), Duration::from_secs(600));
        assert_eq!(parse_duration("45").unwrap(), Duration::from_secs(45));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2h").unwrap(), Duration::from_secs(7200));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("ten").is_err());
        assert!(parse_duration("5d").unwrap_err().contains("unknown unit"));
    }
}
