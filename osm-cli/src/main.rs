//! `osm`: command line tools for Huawei Cloud's OSM API.
//!
//! Errors print one line on stderr and exit with code 2.

mod sign;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Command line tools for Huawei Cloud's OSM (support ticket) API.
#[derive(Debug, Parser)]
#[command(name = "osm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Sign an HTTP request with AK/SK and print the headers (or a curl command) to send.
    ///
    /// Credentials come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK,
    /// HUAWEICLOUD_SDK_DOMAIN_ID (and HUAWEICLOUD_SDK_SECURITY_TOKEN), else from the
    /// [global] section of the credentials file (HUAWEICLOUD_SDK_CREDENTIALS_FILE, default
    /// ~/.huaweicloud/credentials). There is deliberately no flag for the secret key.
    Sign(sign::SignArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // clap's message up to its usage block, folded into one line
            let rendered = e.to_string();
            let message: Vec<&str> = rendered
                .lines()
                .map(str::trim)
                .take_while(|l| !l.is_empty() && !l.starts_with("Usage:"))
                .collect();
            eprintln!("osm: {}", message.join(" ").trim_start_matches("error: "));
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Sign(args) => sign::run(&args),
    };
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("osm: {e}");
            ExitCode::from(2)
        }
    }
}
