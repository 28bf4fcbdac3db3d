//! `osm-sandbox`: runs the sandbox server until SIGINT or SIGTERM.

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use osm_sandbox::{Account, Sandbox};

/// A local OSM API v2 server that verifies AK/SK signatures and keeps ticket state.
///
/// Accounts come from OSM_SANDBOX_CREDENTIALS=AK:SK:DOMAIN_ID[,AK:SK:DOMAIN_ID...]; when it is
/// unset a demo account is used and printed on stderr.
#[derive(Debug, Parser)]
#[command(name = "osm-sandbox", version)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Keep state in this JSON file across restarts (written atomically after every change).
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Append every request as received, signatures included, as a JSON line to this file
    /// (for debugging signing; record replayable fixtures with --record).
    #[arg(long, value_name = "FILE")]
    trace: Option<PathBuf>,
    /// Answer OSM requests from this recording (JSON lines, as osm-client's
    /// `ClientBuilder::record_to` writes them) instead of the sandbox's state; signatures are
    /// still verified, and a request with no recorded answer gets 501 saying which.
    #[arg(long, value_name = "FILE", conflicts_with = "record")]
    replay: Option<PathBuf>,
    /// Record every OSM exchange served to this file (secrets and access keys removed), in the
    /// format --replay reads.
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
    /// Largest accepted request body in bytes.
    #[arg(long, default_value_t = osm_sandbox::DEFAULT_BODY_LIMIT)]
    body_limit: usize,
    /// Lifetime of IAM tokens, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = osm_sandbox::iam::DEFAULT_TOKEN_TTL.as_secs())]
    token_ttl: u64,
    /// Lifetime of the temporary AK/SK of the metadata and pod-identity endpoints, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = osm_sandbox::iam::DEFAULT_TEMPORARY_TTL.as_secs())]
    temporary_credentials_ttl: u64,
}

/// Registers the SIGTERM handler now (so a signal sent right after the address is printed is
/// not lost) and returns the future that waits for SIGINT or SIGTERM.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            match term {
                Ok(mut term) => {
                    tokio::select! {
                        _ = ctrl_c => {}
                        _ = term.recv() => {}
                    }
                }
                Err(_) => {
                    let _ = ctrl_c.await;
                }
            }
        }
        #[cfg(not(unix))]
        {
            let _ = ctrl_c.await;
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("OSM_SANDBOX_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let accounts = match std::env::var("OSM_SANDBOX_CREDENTIALS") {
        Ok(text) if !text.trim().is_empty() => match Account::parse_list(&text) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("osm-sandbox: {e}");
                return ExitCode::from(2);
            }
        },
        _ => {
            let demo = Account::demo();
            eprintln!(
                "osm-sandbox: OSM_SANDBOX_CREDENTIALS is unset; using the demo account\n  \
                 HUAWEICLOUD_SDK_AK={}\n  HUAWEICLOUD_SDK_SK={}\n  HUAWEICLOUD_SDK_DOMAIN_ID={}",
                demo.access_key(),
                demo.secret_key(),
                demo.domain_id()
            );
            vec![demo]
        }
    };
    let builder = Sandbox::builder()
        .accounts(accounts.clone())
        .listen(args.listen)
        .body_limit(args.body_limit)
        .token_ttl(std::time::Duration::from_secs(args.token_ttl))
        .temporary_credentials_ttl(std::time::Duration::from_secs(
            args.temporary_credentials_ttl,
        ));
    let mut builder =
        match osm_sandbox::iam::configure_from_env(builder, &accounts, |n| std::env::var(n).ok()) {
            Ok((b, notes)) => {
                for n in notes {
                    eprintln!("osm-sandbox: {n}");
                }
                b
            }
            Err(e) => {
                eprintln!("osm-sandbox: {e}");
                return ExitCode::from(2);
            }
        };
    if let Some(path) = args.state {
        builder = builder.state_file(path);
    }
    if let Some(path) = args.trace {
        builder = builder.trace_file(path);
    }
    if let Some(path) = args.record {
        builder = builder.record_file(path, osm_client::record::Redaction::new());
    }
    if let Some(path) = args.replay {
        builder = match builder.replay_file(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("osm-sandbox: {e}");
                return ExitCode::from(2);
            }
        };
    }
    let handle = match builder.spawn().await {
        Ok(h) => h,
        Err(e) => {
            eprintln!("osm-sandbox: {e}");
            return ExitCode::from(1);
        }
    };
    let shutdown = shutdown_signal();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "osm-sandbox listening on {}", handle.base_url());
    let _ = out.flush();
    drop(out);
    shutdown.await;
    eprintln!("osm-sandbox: shutting down");
    handle.shutdown().await;
    ExitCode::SUCCESS
}
