//! `osm-sandbox`: runs the sandbox server until SIGINT or SIGTERM.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;

use osm_sandbox::Account;
use osm_sandbox::serve_args::{self, ServeArgs};

/// A local OSM API v2 server that verifies AK/SK signatures and keeps ticket state.
///
/// Accounts come from OSM_SANDBOX_CREDENTIALS=AK:SK:DOMAIN_ID[,AK:SK:DOMAIN_ID...]; when it is
/// unset a demo account is used and printed on stderr.
#[derive(Debug, Parser)]
#[command(name = "osm-sandbox", version)]
struct Args {
    #[command(flatten)]
    serve: ServeArgs,
}

/// SIGINT/SIGTERM, registered when this is called (not when first awaited), so a signal that
/// arrives right after the "listening" line is not lost and does not kill the process.
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        // ctrl_c registers its handler on first poll: poll it once now
        let mut ctrl_c = Box::pin(tokio::signal::ctrl_c());
        let waker = std::task::Waker::noop();
        let _ = ctrl_c
            .as_mut()
            .poll(&mut std::task::Context::from_waker(waker));
        Ok(async move {
            let _ = ctrl_c.await;
        })
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("OSM_SANDBOX_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let var = |n: &str| std::env::var(n).ok();
    let accounts = match serve_args::accounts_from_env(var) {
        Ok(Some(a)) => a,
        Ok(None) => {
            let demo = Account::demo();
            eprintln!(
                "osm-sandbox: {} is unset; using the demo account\n  \
                 HUAWEICLOUD_SDK_AK={}\n  HUAWEICLOUD_SDK_SK={}\n  HUAWEICLOUD_SDK_DOMAIN_ID={}",
                serve_args::ENV_CREDENTIALS,
                demo.access_key(),
                demo.secret_key(),
                demo.domain_id()
            );
            vec![demo]
        }
        Err(e) => {
            eprintln!("osm-sandbox: {e}");
            return ExitCode::from(2);
        }
    };
    let builder = match args.serve.builder(&accounts, var) {
        Ok((builder, notes)) => {
            for n in notes {
                eprintln!("osm-sandbox: {n}");
            }
            builder
        }
        Err(e) => {
            eprintln!("osm-sandbox: {e}");
            return ExitCode::from(2);
        }
    };
    // Handlers first: the "listening" line tells a supervisor it may signal us from now on.
    let stop = match shutdown_signal() {
        Ok(stop) => stop,
        Err(e) => {
            eprintln!("osm-sandbox: cannot install the SIGINT/SIGTERM handler: {e}");
            return ExitCode::from(1);
        }
    };
    let handle = match builder.spawn().await {
        Ok(h) => h,
        Err(e) => {
            eprintln!("osm-sandbox: {e}");
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "osm-sandbox listening on {}", handle.base_url());
    let _ = out.flush();
    drop(out);
    stop.await;
    eprintln!("osm-sandbox: shutting down");
    handle.shutdown().await;
    ExitCode::SUCCESS
}
