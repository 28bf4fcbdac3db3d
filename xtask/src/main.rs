//! `cargo xtask`: see the library docs, or `cargo xtask --help`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use xtask::api_report::CrateVersion;
use xtask::spec_source::api_changes_text;

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", about = "Repository automation for osm-rs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print only the API-change report (writes nothing).
    ApiReport(ReportArgs),
}

#[derive(Debug, Args)]
struct ReportArgs {
    /// Old spec for the API-change report [default: spec/osm.yaml as committed at HEAD].
    #[arg(long, value_name = "FILE")]
    from: Option<PathBuf>,
    /// New spec for the API-change report [default: spec/osm.yaml in the working tree].
    #[arg(long, value_name = "FILE")]
    to: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    match cli.command {
        Command::ApiReport(args) => print_report(&root, &args),
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_owned()
}

fn print_report(root: &Path, args: &ReportArgs) -> ExitCode {
    match api_changes_text(
        root,
        args.from.as_deref(),
        args.to.as_deref(),
        crate_version(),
    ) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// osm-client's version: every crate of the workspace shares `workspace.package.version`.
fn crate_version() -> CrateVersion {
    CrateVersion::parse(env!("CARGO_PKG_VERSION")).unwrap_or(CrateVersion {
        major: 0,
        minor: 0,
        patch: 0,
    })
}
