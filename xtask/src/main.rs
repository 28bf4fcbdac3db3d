//! `cargo xtask`: see the library docs, or `cargo xtask --help`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use xtask::api_report::CrateVersion;
use xtask::codegen::{
    self, CLI_COMMANDS_PATH, CodegenError, Comparison, DIFF_LINE_CAP, FIX_COMMAND, SPEC_PATH,
};
use xtask::spec_source::api_changes_text;

#[derive(Debug, Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Repository automation for osm-rs"
)]
struct Cli {
    /// Workspace root to work on [default: the workspace this xtask was built from].
    #[arg(long, global = true, value_name = "DIR")]
    workspace: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Regenerate osm-client's committed bindings and the `osm` command line's commands from
    /// spec/osm.yaml, and report the API changes.
    Codegen(CodegenArgs),
    /// Print only the API-change report (writes nothing).
    ApiReport(ReportArgs),
    /// Check that no progenitor, typify or reqwest type is reachable from osm-client's public
    /// API (builds its rustdoc JSON; CI runs this).
    PublicApi,
}

#[derive(Debug, Args)]
struct CodegenArgs {
    /// Write nothing; fail with the diff when a committed generated file is stale (for CI).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    check: bool,
    #[command(flatten)]
    report: ReportArgs,
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
    let root = cli.workspace.clone().unwrap_or_else(workspace_root);
    match cli.command {
        Command::Codegen(args) if args.check => check(&root),
        Command::Codegen(args) => regenerate(&root, &args.report),
        Command::ApiReport(args) => print_report(&root, &args),
        Command::PublicApi => public_api(&root),
    }
}

/// Builds osm-client's rustdoc JSON (in `target/public-api`, with `RUSTC_BOOTSTRAP=1` so the
/// stable toolchain emits it) and reports every forbidden type its public API reaches.
fn public_api(root: &Path) -> ExitCode {
    let target = root.join("target").join("public-api");
    let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", &target)
        .args([
            "rustdoc",
            "-q",
            "-p",
            "osm-client",
            "--lib",
            "--no-default-features",
            "--",
            "-Z",
            "unstable-options",
            "--output-format",
            "json",
        ])
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => return fail_text(&format!("cargo rustdoc for osm-client failed ({s})")),
        Err(e) => return fail_text(&format!("could not run cargo rustdoc: {e}")),
    }
    let json = target.join("doc").join("osm_client.json");
    let doc: serde_json::Value = match std::fs::read_to_string(&json)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
    {
        Ok(doc) => doc,
        Err(e) => return fail_text(&format!("cannot read {}: {e}", json.display())),
    };
    match xtask::public_api::leaks(&doc) {
        Ok(leaks) if leaks.is_empty() => {
            println!(
                "osm-client's public API reaches no type of {}",
                xtask::public_api::FORBIDDEN.join(", ")
            );
            ExitCode::SUCCESS
        }
        Ok(leaks) => {
            eprintln!("osm-client's public API exposes types it must not:");
            for leak in &leaks {
                eprintln!("  {} -> {}", leak.item, leak.target);
            }
            eprintln!(
                "fix: wrap them in osm-client's own types (the generated request layer stays \
                 crate-private)"
            );
            ExitCode::FAILURE
        }
        Err(e) => fail_text(&e),
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_owned()
}

/// Both generated files: osm-client's bindings, then the command line's commands (one run of
/// osm-gen makes both).
fn comparisons(root: &Path) -> Result<Vec<Comparison>, CodegenError> {
    let mut cli = None;
    let bindings = Comparison::load(root, |spec| {
        osm_gen::generate_with(spec, &osm_gen::Options::default()).map(|g| {
            cli = Some(g.cli);
            g.code
        })
    })?;
    let cli = Comparison::for_file(root, CLI_COMMANDS_PATH, cli.unwrap_or_default())?;
    Ok(vec![bindings, cli])
}

fn check(root: &Path) -> ExitCode {
    let comparisons = match comparisons(root) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let stale: Vec<&Comparison> = comparisons.iter().filter(|c| !c.is_up_to_date()).collect();
    if stale.is_empty() {
        for c in &comparisons {
            println!("{} is up to date with {SPEC_PATH}", c.path);
        }
        return ExitCode::SUCCESS;
    }
    for c in &stale {
        print!("{}", c.unified_diff(DIFF_LINE_CAP));
    }
    eprintln!();
    for c in &stale {
        let counts = c.line_counts();
        eprintln!(
            "error: {} is stale: regenerating it from {SPEC_PATH} changes +{} -{} lines",
            c.path, counts.added, counts.removed
        );
    }
    let paths: Vec<&str> = stale.iter().map(|c| c.path).collect();
    eprintln!(
        "fix: run `{FIX_COMMAND}` and commit {}",
        paths.join(" and ")
    );
    ExitCode::FAILURE
}

fn regenerate(root: &Path, report: &ReportArgs) -> ExitCode {
    let comparisons = match comparisons(root) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    // The report first: a --from/--to file that cannot be used fails before anything is written.
    let changes = match api_changes_text(
        root,
        report.from.as_deref(),
        report.to.as_deref(),
        crate_version(),
    ) {
        Ok(text) => text,
        Err(e) => return fail(&e),
    };
    for comparison in &comparisons {
        let written = match comparison.write(root) {
            Ok(written) => written,
            Err(e) => return fail(&e),
        };
        println!("{}", codegen::summary_line(comparison, written));
    }
    println!();
    print!("{changes}");
    ExitCode::SUCCESS
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
        Err(e) => fail(&e),
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

fn fail_text(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

fn fail(error: &dyn std::error::Error) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::FAILURE
}
