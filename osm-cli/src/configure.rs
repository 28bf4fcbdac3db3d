//! `osm configure`: write a profile of the credentials file, or list them.
//!
//! The secret key (and a security token) never come from the command line: on a terminal
//! they are prompted for without echo; otherwise they are read from standard input, one per
//! line (`printf '%s\n' "$SK" | osm configure --access-key AK --domain-id ID`).

use std::io::{BufRead as _, IsTerminal as _};

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Command, FromArgMatches as _, Subcommand};

use crate::config::Global;
use crate::error::CliError;
use crate::profiles;
use crate::support::Output;

/// Arguments of `osm configure`.
#[derive(Debug, Args)]
pub(crate) struct ConfigureArgs {
    #[command(subcommand)]
    list: Option<ConfigureCommand>,
    /// Access key (AK) of the profile
    #[arg(long, value_name = "AK")]
    access_key: Option<String>,
    /// Account (domain) id the access key belongs to
    #[arg(long, value_name = "ID")]
    domain_id: Option<String>,
    /// Also read a security token (temporary credentials), after the secret key
    #[arg(long)]
    security_token: bool,
}

#[derive(Debug, Subcommand)]
enum ConfigureCommand {
    /// List the profiles of the credentials file (secrets shown only as "(set)")
    List,
}

/// The `configure` command.
pub(crate) fn command() -> Command {
    ConfigureArgs::augment_args(Command::new("configure"))
            .about("Write a profile of the credentials file (secrets prompted or read from stdin), or list them")
            .long_about(
                "Write a profile (section) of the official credentials file \
                 (HUAWEICLOUD_SDK_CREDENTIALS_FILE, default ~/.huaweicloud/credentials): ak, sk, \
                 domain_id, and security_token with --security-token; --endpoint and --region are \
                 stored as osm_endpoint and osm_region, once the client would accept them. \
                 Without --profile the [global] section is \
                 written, which every command uses when no profile is given.\n\n\
                 The secret key is prompted for without echo on a terminal, else read from the \
                 first line of standard input; it is never taken from the command line.",
            )
            .args_conflicts_with_subcommands(true)
}

fn prompt(label: &str, secret: bool) -> Result<String, CliError> {
    let term = console::Term::stderr();
    term.write_str(label)
        .map_err(|e| CliError::Failed(format!("cannot prompt: {e}")))?;
    let line = if secret {
        term.read_secure_line()
    } else {
        term.read_line()
    };
    line.map(|l| l.trim().to_owned())
        .map_err(|e| CliError::Failed(format!("cannot read the answer: {e}")))
}

/// Runs `osm configure`.
pub(crate) fn run(global: &Global, root: &ArgMatches, m: &ArgMatches) -> Result<Output, CliError> {
    let args = ConfigureArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    if matches!(args.list, Some(ConfigureCommand::List)) {
        let (_, profiles) = profiles::list()?;
        return Ok(Output::Value(profiles));
    }
    let name = global
        .profile
        .clone()
        .unwrap_or_else(|| profiles::DEFAULT_PROFILE.to_owned());
    if name.is_empty() || name.contains([']', '[', '\n']) {
        return Err(CliError::usage(format!(
            "--profile {name:?} is not a valid section name"
        )));
    }
    let from_command_line = |id: &str| {
        root.value_source(id) == Some(ValueSource::CommandLine)
            || m.value_source(id) == Some(ValueSource::CommandLine)
    };
    // checked as the client will check it when the profile is used, before any prompt
    let endpoint = if from_command_line("endpoint") {
        let endpoints: Vec<&str> = global
            .endpoint
            .iter()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .collect();
        if endpoints.is_empty() {
            return Err(CliError::usage("--endpoint is empty"));
        }
        let builder = endpoints
            .iter()
            .fold(osm_client::Client::builder(), |b, e| b.endpoint(*e));
        client_accepts(builder, "--endpoint")?;
        Some(endpoints.join(","))
    } else {
        None
    };
    let region = from_command_line("region")
        .then(|| global.region.clone())
        .flatten();
    if let Some(region) = &region {
        check_region(region)?;
    }
    let interactive = std::io::stdin().is_terminal();
    let (ak, sk, token) = if interactive {
        let ak = match &args.access_key {
            Some(ak) => ak.clone(),
            None => prompt(&format!("[{name}] access key (AK): "), false)?,
        };
        let sk = prompt(&format!("[{name}] secret key (SK, not shown): "), true)?;
        let token = if args.security_token {
            Some(prompt(
                &format!("[{name}] security token (not shown): "),
                true,
            )?)
        } else {
            None
        };
        (ak, sk, token)
    } else {
        let ak = args.access_key.clone().ok_or_else(|| {
            CliError::usage("--access-key is required when standard input is not a terminal")
        })?;
        let mut lines = std::io::stdin().lock().lines();
        let mut next = |what: &str| -> Result<String, CliError> {
            match lines.next() {
                Some(Ok(line)) if !line.trim().is_empty() => Ok(line.trim().to_owned()),
                Some(Err(e)) => Err(CliError::usage(format!(
                    "cannot read the {what} from stdin: {e}"
                ))),
                _ => Err(CliError::usage(format!(
                    "no {what} on standard input: pipe it in, one per line (it is never taken from the command line)"
                ))),
            }
        };
        let sk = next("secret key")?;
        let token = if args.security_token {
            Some(next("security token")?)
        } else {
            None
        };
        (ak, sk, token)
    };
    if ak.is_empty() || sk.is_empty() {
        return Err(CliError::usage(
            "the access key and the secret key must not be empty",
        ));
    }
    let sk = zeroize::Zeroizing::new(sk);
    let domain_id = match &args.domain_id {
        Some(d) => Some(d.clone()),
        None if interactive => Some(prompt(&format!("[{name}] account (domain) id: "), false)?)
            .filter(|d| !d.is_empty()),
        None => None,
    };
    for (what, value) in [("access key", Some(&ak)), ("domain id", domain_id.as_ref())] {
        if value.is_some_and(|v| v.contains(['\n', '\r'])) {
            return Err(CliError::usage(format!("the {what} must be one line")));
        }
    }
    let path = profiles::path()?;
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(CliError::Failed(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let updated = zeroize::Zeroizing::new(profiles::set_keys(
        &text,
        &name,
        &[
            ("ak", Some(ak.as_str())),
            ("sk", Some(sk.as_str())),
            ("domain_id", domain_id.as_deref()),
            ("security_token", token.as_deref()),
            ("osm_endpoint", endpoint.as_deref()),
            ("osm_region", region.as_deref()),
        ],
    ));
    profiles::write(&path, &updated)?;
    Ok(Output::Value(serde_json::json!({
        "profile": name,
        "file": path.display().to_string(),
        "access_key": ak,
        "domain_id": domain_id,
    })))
}

/// Checks `region` as the client will when the profile is used, and notes on stderr, with the
/// endpoint the client picked for it, when OSM is not documented there.
fn check_region(region: &str) -> Result<(), CliError> {
    let client = client_accepts(osm_client::Client::builder().region(region), "--region")?;
    let known = osm_client::region::REGIONS;
    if !known.iter().any(|r| r.id == region) {
        let ids: Vec<&str> = known.iter().map(|r| r.id).collect();
        eprintln!(
            "osm configure: note: OSM is documented in {} only; region {region} means endpoint \
             {} ({} or a regions file changes it)",
            ids.join(", "),
            client.endpoint(),
            osm_client::region::override_variable(region)
        );
    }
    Ok(())
}

/// Builds a client from `builder` (the check the client makes when the profile is used) and
/// turns its refusal into a usage error for `flag`.
fn client_accepts(
    builder: osm_client::ClientBuilder,
    flag: &str,
) -> Result<osm_client::Client, CliError> {
    builder.build().map_err(|e| {
        let why = match e {
            osm_client::Error::Config(m) => m,
            other => other.to_string(),
        };
        CliError::usage(format!("{flag}: {why}; nothing was written"))
    })
}
