//! `osm sandbox`: the osm-sandbox server in process, with the flags of the `osm-sandbox`
//! binary, printing the `export` lines that point `osm` at it.
//!
//! Everything it prints on stdout is shell: a comment with the address, then the exports,
//! so `osm sandbox > sandbox.env &` followed by `. ./sandbox.env` works.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{ArgMatches, Args, Command, FromArgMatches as _};

use crate::error::CliError;

/// Arguments of `osm sandbox` (the same as the `osm-sandbox` binary's).
#[derive(Debug, Args)]
pub(crate) struct SandboxArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Keep state in this JSON file across restarts (written atomically after every change)
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Append every OSM request as a JSON line to this file (for recording fixtures)
    #[arg(long, value_name = "FILE")]
    trace: Option<PathBuf>,
    /// Largest accepted request body in bytes
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    body_limit: usize,
    /// Lifetime of IAM tokens, in seconds
    #[arg(long, value_name = "SECS", default_value_t = 24 * 60 * 60)]
    token_ttl: u64,
    /// Lifetime of the temporary AK/SK of the metadata and pod-identity endpoints, in seconds
    #[arg(long, value_name = "SECS", default_value_t = 60 * 60)]
    temporary_credentials_ttl: u64,
}

/// The `sandbox` command.
pub(crate) fn command() -> Command {
    SandboxArgs::augment_args(Command::new("sandbox"))
        .about("Run a local OSM server (osm-sandbox) and print the exports that point osm at it")
        .long_about(
            "Run the osm-sandbox server in this process until Ctrl-C: it verifies AK/SK \
                 signatures and keeps tickets, messages, labels and attachments. Accounts come \
                 from OSM_SANDBOX_CREDENTIALS=AK:SK:DOMAIN_ID[,...], else the demo account.\n\n\
                 stdout is shell: a comment with the address, then `export` lines for \
                 OSM_ENDPOINT and the first account's HUAWEICLOUD_SDK_AK/SK/DOMAIN_ID:\n  \
                 osm sandbox > sandbox.env &   then   . ./sandbox.env",
        )
}

/// Runs the sandbox until Ctrl-C or SIGTERM.
#[cfg(feature = "sandbox")]
pub(crate) async fn run(m: &ArgMatches) -> Result<(), CliError> {
    use std::io::Write as _;

    use osm_sandbox::{Account, Sandbox};

    let args = SandboxArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let accounts = match std::env::var("OSM_SANDBOX_CREDENTIALS") {
        Ok(text) if !text.trim().is_empty() => Account::parse_list(&text)
            .map_err(|e| CliError::usage(format!("OSM_SANDBOX_CREDENTIALS: {e}")))?,
        _ => vec![Account::demo()],
    };
    let builder = Sandbox::builder()
        .accounts(accounts.clone())
        .listen(args.listen)
        .body_limit(args.body_limit)
        .token_ttl(std::time::Duration::from_secs(args.token_ttl))
        .temporary_credentials_ttl(std::time::Duration::from_secs(
            args.temporary_credentials_ttl,
        ));
    let (mut builder, notes) =
        osm_sandbox::iam::configure_from_env(builder, &accounts, |n| std::env::var(n).ok())
            .map_err(|e| CliError::usage(e.to_string()))?;
    for n in notes {
        eprintln!("osm sandbox: {n}");
    }
    if let Some(path) = args.state {
        builder = builder.state_file(path);
    }
    if let Some(path) = args.trace {
        builder = builder.trace_file(path);
    }
    let handle = builder
        .spawn()
        .await
        .map_err(|e| CliError::Failed(format!("the sandbox did not start: {e}")))?;
    let account = handle.account().clone();
    let shutdown = shutdown_signal();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "# osm sandbox listening on {} (Ctrl-C stops it)\nexport OSM_ENDPOINT={}\nexport HUAWEICLOUD_SDK_AK={}\nexport HUAWEICLOUD_SDK_SK={}\nexport HUAWEICLOUD_SDK_DOMAIN_ID={}",
        handle.base_url(),
        handle.base_url(),
        shell_word(account.access_key()),
        shell_word(account.secret_key()),
        shell_word(account.domain_id()),
    );
    let _ = out.flush();
    drop(out);
    shutdown.await;
    eprintln!("osm sandbox: shutting down");
    handle.shutdown().await;
    Ok(())
}

/// Without the `sandbox` feature.
#[cfg(not(feature = "sandbox"))]
pub(crate) async fn run(_m: &ArgMatches) -> Result<(), CliError> {
    Err(CliError::usage(
        "this osm was built without the sandbox feature; run `cargo run -p osm-sandbox` instead",
    ))
}

/// `s` quoted for a POSIX shell when it needs it.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:@%+=".contains(&b))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Registers the SIGTERM handler now (a signal sent right after the exports are printed is
/// not lost) and returns the future that waits for SIGINT or SIGTERM.
#[cfg(feature = "sandbox")]
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    async move {
        #[cfg(unix)]
        if let Ok(mut term) = term {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(all(test, feature = "sandbox"))]
mod tests {
    use clap::CommandFactory as _;

    use super::*;

    #[derive(Debug, clap::Parser)]
    struct Probe {
        #[command(flatten)]
        args: SandboxArgs,
    }

    /// The defaults are osm-sandbox's own.
    #[test]
    fn defaults_match_the_sandbox_binary() {
        use clap::Parser as _;
        let p = Probe::parse_from(["probe"]);
        assert_eq!(p.args.body_limit, osm_sandbox::DEFAULT_BODY_LIMIT);
        assert_eq!(
            p.args.token_ttl,
            osm_sandbox::iam::DEFAULT_TOKEN_TTL.as_secs()
        );
        assert_eq!(
            p.args.temporary_credentials_ttl,
            osm_sandbox::iam::DEFAULT_TEMPORARY_TTL.as_secs()
        );
        Probe::command().debug_assert();
        assert_eq!(shell_word("a/b:1"), "a/b:1");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }
}
