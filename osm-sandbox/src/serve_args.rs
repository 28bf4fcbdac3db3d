//! [`ServeArgs`]: the command-line flags of a sandbox server, shared by the `osm-sandbox`
//! binary and `osm sandbox`, and how they configure a [`SandboxBuilder`].

use std::path::PathBuf;
use std::time::Duration;

use crate::{Account, ConnectionLimits, Sandbox, SandboxBuilder};

/// The environment variable with the sandbox's accounts: `AK:SK:DOMAIN_ID[,AK:SK:DOMAIN_ID...]`.
pub const ENV_CREDENTIALS: &str = "OSM_SANDBOX_CREDENTIALS";

/// How a sandbox server is run: address, state, recording, limits, IAM lifetimes.
#[derive(Debug, Clone, clap::Args)]
// the field docs are `--help` text, not Markdown: brackets stay as typed
#[allow(rustdoc::broken_intra_doc_links)]
pub struct ServeArgs {
    /// Address to listen on: HOST:PORT, localhost:PORT, [::1]:PORT or a bare PORT (on
    /// 127.0.0.1); port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8080", value_parser = crate::parse_listen)]
    pub listen: std::net::SocketAddr,
    /// Keep state in this SQLite database across restarts (every change is committed before it
    /// is acknowledged; a JSON state file of the earlier format is converted once).
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Append every request as received, signatures included, as a JSON line to this file
    /// (for debugging signing; record replayable fixtures with --record).
    #[arg(long, value_name = "FILE")]
    pub trace: Option<PathBuf>,
    /// Answer OSM requests from this recording (JSON lines, as osm-client's
    /// `ClientBuilder::record_to` writes them) instead of the sandbox's state; signatures are
    /// still verified, and a request with no recorded answer gets 501 saying which.
    #[arg(long, value_name = "FILE", conflicts_with = "record")]
    pub replay: Option<PathBuf>,
    /// Record every OSM exchange served to this file (secrets and access keys removed), in the
    /// format --replay reads.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// With --record: also remove personal fields (phone numbers, mail addresses, contact
    /// values, customer names).
    #[arg(long, requires = "record")]
    pub redact_personal: bool,
    /// With --record: also remove every field, parameter or header whose name contains FIELD
    /// (case, `_` and `-` ignored); repeat for more.
    #[arg(long, value_name = "FIELD", requires = "record")]
    pub redact: Vec<String>,
    /// Largest accepted request body in bytes (more → 413).
    #[arg(long, default_value_t = crate::DEFAULT_BODY_LIMIT)]
    pub body_limit: usize,
    /// Seconds a request head may take from its first byte, and a new connection may wait
    /// before its first request (then 408 / closed).
    #[arg(long, value_name = "SECS", default_value_t = 10.0, value_parser = seconds)]
    pub header_timeout: f64,
    /// Seconds a keep-alive connection may sit idle between requests before it is closed.
    #[arg(long, value_name = "SECS", default_value_t = 60.0, value_parser = seconds)]
    pub idle_timeout: f64,
    /// Seconds a request body may take to arrive completely (then 408).
    #[arg(long, value_name = "SECS", default_value_t = 30.0, value_parser = seconds)]
    pub body_timeout: f64,
    /// Most open connections; at the cap the longest-stalled connection is closed to make room.
    #[arg(long, value_name = "N", default_value_t = 512)]
    pub max_connections: usize,
    /// Most header lines in a request (more → 431).
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_headers: usize,
    /// Most bytes of a request head, request line and headers (more → 431).
    #[arg(long, value_name = "BYTES", default_value_t = 32 * 1024)]
    pub max_header_bytes: usize,
    /// Most bytes of a request target, path and query (more → 414).
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024)]
    pub max_uri_bytes: usize,
    /// Most request-body bytes buffered at once over all requests (beyond → 503, Retry-After).
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_inflight_body_bytes: usize,
    /// Lifetime of IAM tokens, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = crate::iam::DEFAULT_TOKEN_TTL.as_secs())]
    pub token_ttl: u64,
    /// Lifetime of the temporary AK/SK of the metadata and pod-identity endpoints, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = crate::iam::DEFAULT_TEMPORARY_TTL.as_secs())]
    pub temporary_credentials_ttl: u64,
}

impl ServeArgs {
    /// A builder configured by these flags for `accounts`, with the IAM settings of the
    /// environment (`var` reads a variable); the notes say what the environment configured.
    pub fn builder(
        &self,
        accounts: &[Account],
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<(SandboxBuilder, Vec<String>), String> {
        let builder = Sandbox::builder()
            .accounts(accounts.to_vec())
            .listen(self.listen)
            .body_limit(self.body_limit)
            .body_timeout(Duration::from_secs_f64(self.body_timeout))
            .connection_limits(ConnectionLimits {
                header_timeout: Duration::from_secs_f64(self.header_timeout),
                idle_timeout: Duration::from_secs_f64(self.idle_timeout),
                max_connections: self.max_connections,
                max_headers: self.max_headers,
                max_header_bytes: self.max_header_bytes,
                max_uri_bytes: self.max_uri_bytes,
                max_inflight_body_bytes: self.max_inflight_body_bytes,
            })
            .token_ttl(Duration::from_secs(self.token_ttl))
            .temporary_credentials_ttl(Duration::from_secs(self.temporary_credentials_ttl));
        let (mut builder, notes) = crate::iam::configure_from_env(builder, accounts, var)?;
        if let Some(path) = &self.state {
            builder = builder.state_file(path);
        }
        if let Some(path) = &self.trace {
            builder = builder.trace_file(path);
        }
        if let Some(path) = &self.record {
            builder = builder.record_file(path, self.redaction());
        }
        if let Some(path) = &self.replay {
            builder = builder.replay_file(path).map_err(|e| e.to_string())?;
        }
        Ok((builder, notes))
    }

    /// What --record removes: secrets always, plus --redact-personal and --redact FIELD.
    pub fn redaction(&self) -> osm_client::record::Redaction {
        let mut redaction = osm_client::record::Redaction::new();
        if self.redact_personal {
            redaction = redaction.personal();
        }
        for field in &self.redact {
            redaction = redaction.field(field);
        }
        redaction
    }
}

/// The accounts of [`ENV_CREDENTIALS`] (`var` reads a variable); `None` when it is unset or
/// empty (then a server uses [`Account::demo`]).
pub fn accounts_from_env(
    var: impl Fn(&str) -> Option<String>,
) -> Result<Option<Vec<Account>>, String> {
    match var(ENV_CREDENTIALS) {
        Some(text) if !text.trim().is_empty() => Account::parse_list(&text)
            .map(Some)
            .map_err(|e| format!("{ENV_CREDENTIALS}: {e}")),
        _ => Ok(None),
    }
}

fn seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => Ok(s),
        _ => Err(format!(
            "{text:?} is not a number of seconds between 0 and 86400 (fractions allowed: 0.5)"
        )),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        serve: super::ServeArgs,
    }

    #[test]
    fn record_redacts_what_the_flags_say() {
        let flags = ["x", "--record", "r.jsonl", "--redact-personal"];
        let cli = Cli::try_parse_from(flags.into_iter().chain(["--redact", "remark"])).unwrap();
        let redaction = cli.serve.redaction();
        for name in ["remind_mobile", "contact_value", "Remark", "ak"] {
            assert!(redaction.is_redacted_name(name), "{name}");
        }
        assert!(!redaction.is_redacted_name("simple_description"));

        let plain = Cli::try_parse_from(["x", "--record", "r.jsonl"]).unwrap();
        assert!(!plain.serve.redaction().is_redacted_name("remind_mobile"));
        assert!(plain.serve.redaction().is_redacted_name("password"));

        let without_record = Cli::try_parse_from(["x", "--redact-personal"]);
        assert!(without_record.is_err(), "--redact-personal needs --record");
    }
}
