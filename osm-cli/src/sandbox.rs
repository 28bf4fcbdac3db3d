//! `osm sandbox`: the osm-sandbox server in process, with the flags of the `osm-sandbox`
//! binary, printing the `export` lines that point `osm` at it.
//!
//! Everything it prints on stdout is shell: a comment with the address, then the exports,
//! so `osm sandbox > sandbox.env &` followed by `. ./sandbox.env` works.

use clap::{ArgMatches, Args, Command};

use crate::error::CliError;

/// Arguments of `osm sandbox`: the `osm-sandbox` binary's own.
#[cfg(feature = "sandbox")]
#[derive(Debug, Args)]
pub(crate) struct SandboxArgs {
    #[command(flatten)]
    serve: osm_sandbox::serve_args::ServeArgs,
}

/// Without the `sandbox` feature the command takes any arguments and says how to get it.
#[cfg(not(feature = "sandbox"))]
#[derive(Debug, Args)]
pub(crate) struct SandboxArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
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

    use clap::FromArgMatches as _;

    let args = SandboxArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let var = |n: &str| std::env::var(n).ok();
    let accounts = osm_sandbox::serve_args::accounts_from_env(var)
        .map_err(CliError::usage)?
        .unwrap_or_else(|| vec![osm_sandbox::Account::demo()]);
    let (builder, notes) = args
        .serve
        .builder(&accounts, var)
        .map_err(CliError::usage)?;
    for n in notes {
        eprintln!("osm sandbox: {n}");
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
#[cfg(feature = "sandbox")]
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

    /// The flags are osm-sandbox's own, connection limits included.
    #[test]
    fn flags_are_the_sandbox_binarys() {
        use clap::Parser as _;
        let p = Probe::parse_from(["probe"]);
        assert_eq!(p.args.serve.body_limit, osm_sandbox::DEFAULT_BODY_LIMIT);
        let p = Probe::parse_from(["probe", "--max-connections", "7", "--idle-timeout", "0.5"]);
        assert_eq!(p.args.serve.max_connections, 7);
        assert!((p.args.serve.idle_timeout - 0.5).abs() < f64::EPSILON);
        assert!(Probe::try_parse_from(["probe", "--idle-timeout", "-1"]).is_err());
        Probe::command().debug_assert();
        assert_eq!(shell_word("a/b:1"), "a/b:1");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }
}
