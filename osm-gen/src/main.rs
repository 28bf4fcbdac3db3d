//! `osm-gen [SPEC] [-o OUT]`: generates osm-client's source from the spec
//! (default `spec/osm.yaml`) to OUT (default: standard output).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: osm-gen [SPEC] [-o OUT]\n\n  SPEC    OpenAPI 3.0 spec, YAML or JSON (default: spec/osm.yaml)\n  -o OUT  write the generated Rust source to OUT (default: standard output)";

struct Args {
    spec: PathBuf,
    out: Option<PathBuf>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut spec = None;
    let mut out = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(None),
            Some("-o" | "--output") => {
                let value = args.next().ok_or("-o needs a file name")?;
                out = Some(PathBuf::from(value));
            }
            Some(flag) if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option `{flag}`"));
            }
            _ if spec.is_none() => spec = Some(PathBuf::from(arg)),
            _ => return Err("more than one SPEC given".to_owned()),
        }
    }
    Ok(Some(Args {
        spec: spec.unwrap_or_else(|| PathBuf::from("spec/osm.yaml")),
        out,
    }))
}

fn run(args: &Args) -> Result<(), String> {
    let text = std::fs::read_to_string(&args.spec)
        .map_err(|e| format!("cannot read {}: {e}", args.spec.display()))?;
    let options = osm_gen::Options {
        spec_name: header_name(&args.spec),
    };
    let generated = osm_gen::generate_with(&text, &options)
        .map_err(|e| format!("{}: {e}", args.spec.display()))?;
    match &args.out {
        Some(path) => std::fs::write(path, generated.code)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(generated.code.as_bytes())
            .map_err(|e| format!("cannot write to standard output: {e}")),
    }
}

/// How the header names the spec: `spec/osm.yaml` for the project's spec, else the file name,
/// so the output never depends on the directory osm-gen runs in.
fn header_name(spec: &std::path::Path) -> String {
    if spec.ends_with("spec/osm.yaml") {
        return "spec/osm.yaml".to_owned();
    }
    spec.file_name()
        .map_or_else(|| "spec".to_owned(), |n| n.to_string_lossy().into_owned())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("osm-gen: {e}\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("osm-gen: error: {e}");
            ExitCode::FAILURE
        }
    }
}
