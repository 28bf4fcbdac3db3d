//! `osm`: Huawei Cloud's OSM (support ticket) API from the command line.
//!
//! Every operation of `spec/osm.yaml` is a command (generated into `generated/commands.rs`,
//! named in [`names`]), grouped by the spec's tags: `osm case create`, `osm message send`, ...
//! Around them: `case follow`/`case wait`, `attachment upload` with progress, `configure`,
//! `completions`, `sandbox` and `sign`.
//!
//! Exit codes: 0 success; 1 the service answered with an error or the network, a file or the
//! answer failed; 2 usage (bad flags or input, missing credentials; nothing was sent). Errors
//! are one line on stderr, `osm: ...`.

mod config;
mod configure;
mod error;
mod follow;
mod names;
mod output;
mod profiles;
mod sandbox;
mod sign;
mod support;
mod transfer;
mod upload;

#[allow(
    clippy::all,
    clippy::unwrap_used,
    dead_code,
    unused_mut,
    unused_variables,
    reason = "generated code"
)]
mod generated {
    include!("../generated/commands.rs");
}

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Args as _, Command, FromArgMatches as _};
use osm_client::DryRun;

use crate::config::Global;
use crate::error::{CliError, EXIT_OK, EXIT_USAGE};
use crate::generated::{Op, Tag};
use crate::names::Name;
use crate::output::{DEFAULT_WIDTH, Format, Query};
use crate::support::{Cx, OpKind, Output};

const AFTER_HELP: &str = "New here? `osm case create --help` shows how to open a ticket; `osm sandbox` runs a local OSM to try everything against.\n\
Credentials: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_DOMAIN_ID, or `osm configure` (then --profile NAME).\n\
Exit codes: 0 ok, 1 API or network error, 2 usage (nothing was sent).";

/// The id of the hidden `--sk` / `--secret-key` flags, taken only to be refused.
const SECRET_ON_ARGV: &str = "secret_on_argv";

/// The whole command tree, with the hidden flags that refuse a secret.
pub(crate) fn command() -> Command {
    // a secret on the command line shows in `ps` and shell history: refused with advice
    // (main) rather than clap's "unexpected argument", and never echoed
    tree().arg(
        Arg::new(SECRET_ON_ARGV)
            .long("sk")
            .alias("secret-key")
            .global(true)
            .hide(true)
            .num_args(0..=1)
            .allow_hyphen_values(true)
            .action(ArgAction::Set),
    )
}

/// The command tree as completions offer it.
fn tree() -> Command {
    let mut root = Global::augment_args(Command::new("osm"))
        .version(env!("CARGO_PKG_VERSION"))
        .about("Huawei Cloud's OSM API (support tickets) from the command line")
        .after_help(AFTER_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true);
    for tag in Tag::ALL {
        let (group, about) = names::group(*tag);
        let mut g = Command::new(group)
            .about(about)
            .subcommand_required(true)
            .arg_required_else_help(true);
        for op in Op::ALL.iter().filter(|op| op.tag() == *tag) {
            if let Name::Generated(name) = names::name(*op) {
                g = g.subcommand(op_command(*op, name));
            }
        }
        g = match tag {
            Tag::Cases => g
                .subcommand(follow::follow_command())
                .subcommand(follow::wait_command()),
            Tag::Accessories => g.subcommand(upload::command()),
            _ => g,
        };
        root = root.subcommand(g);
    }
    root.subcommand(configure::command())
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script: bash, zsh, fish, powershell or elvish")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                ),
        )
        .subcommand(sandbox::command())
        .subcommand(sign::SignArgs::augment_args(Command::new("sign")).about(
            "Sign an HTTP request with AK/SK and print the headers (or a curl command) to send",
        ).long_about(
            "Sign an HTTP request with AK/SK and print the headers (or a curl command) to send.\n\n\
             Credentials come from the --profile (or HUAWEICLOUD_SDK_PROFILE) section of the \
             credentials file (HUAWEICLOUD_SDK_CREDENTIALS_FILE, default \
             ~/.huaweicloud/credentials) when one is named, else from HUAWEICLOUD_SDK_AK, \
             HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_DOMAIN_ID (and HUAWEICLOUD_SDK_SECURITY_TOKEN), \
             else from its [global] section. There is deliberately no flag for the secret key.",
        ))
}

/// The command of a generated operation.
fn op_command(op: Op, name: &'static str) -> Command {
    let mut c = Command::new(name)
        .about(op.summary())
        .long_about(op.about())
        .args(op.args());
    match op.kind() {
        OpKind::WithBody => {
            c = c
                .arg(
                    Arg::new("json_body")
                        .long("json-body")
                        .value_name("FILE")
                        .help("The request body as JSON, from FILE or - for stdin; flags given too override its fields"),
                )
                .arg(
                    Arg::new("json_body_template")
                        .long("json-body-template")
                        .action(ArgAction::SetTrue)
                        .help("Print a skeleton of the JSON body (every field) and exit"),
                );
        }
        OpKind::List => {
            c = c
                .arg(
                    Arg::new("limit")
                        .long("limit")
                        .value_name("N")
                        .value_parser(clap::value_parser!(i32).range(1..))
                        .help("At most N items [default: every page]"),
                )
                .arg(
                    Arg::new("page")
                        .long("page")
                        .action(ArgAction::SetTrue)
                        .help("Print one page's answer as sent (with its totals) instead of the items; --limit sets its size"),
                );
        }
        OpKind::Download => {
            c = c.arg(
                Arg::new("out_file")
                    .short('o')
                    .long("out-file")
                    .value_name("FILE")
                    .value_parser(clap::value_parser!(PathBuf))
                    .help("Write the file here (- or none: stdout, which must not be a terminal)"),
            );
        }
        OpKind::Plain | OpKind::Upload => {}
    }
    c
}

/// clap's error folded into one line (the usage block dropped).
fn one_line_clap_error(e: &clap::Error) -> String {
    let rendered = e.to_string();
    let message: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .collect();
    message.join(" ").trim_start_matches("error: ").to_owned()
}

fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
                    let _ = e.print();
                    ExitCode::SUCCESS
                }
                // `osm` or `osm case` alone: the command list, on stderr
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                    ExitCode::from(EXIT_USAGE)
                }
                // `--security-token TOKEN`: clap's message would echo the token
                _ if token_on_argv(std::env::args_os().skip(1)) => {
                    eprintln!(
                        "osm: --security-token takes no value: `osm configure --security-token` \
                         reads the token from its prompt or standard input, never from the \
                         command line"
                    );
                    ExitCode::from(EXIT_USAGE)
                }
                _ => {
                    eprintln!("osm: {}", one_line_clap_error(&e));
                    ExitCode::from(EXIT_USAGE)
                }
            };
        }
    };
    if secret_on_argv(&matches) {
        eprintln!(
            "osm: secrets are never taken from the command line (--sk, --secret-key): `osm configure` \
             reads the secret key from its prompt or standard input; other commands from \
             HUAWEICLOUD_SDK_SK or the profile's sk"
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("osm: cannot start the async runtime: {e}");
            return ExitCode::from(error::EXIT_FAILED);
        }
    };
    match runtime.block_on(run(&matches)) {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(e) => {
            eprintln!("osm: {e}");
            // --debug: a signature mismatch the server explained, line by line
            if let Some(diagnosis) = e.signature_diagnosis()
                && Global::from_arg_matches(&matches).is_ok_and(|g| g.debug)
            {
                eprint!("signature mismatch, signed vs. computed by the server:\n{diagnosis}");
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// Whether a value follows the `--security-token` switch (`--security-token TOKEN` or
/// `--security-token=TOKEN`).
fn token_on_argv(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<_> = args.collect();
    args.iter().enumerate().any(|(i, a)| {
        let a = a.to_string_lossy();
        a.starts_with("--security-token=")
            || (a == "--security-token"
                && args
                    .get(i + 1)
                    .is_some_and(|next| !next.to_string_lossy().starts_with('-')))
    })
}

/// Whether `--sk` or `--secret-key` was given, at any level of the command.
fn secret_on_argv(matches: &ArgMatches) -> bool {
    let mut level = Some(matches);
    while let Some(m) = level {
        if m.value_source(SECRET_ON_ARGV) == Some(clap::parser::ValueSource::CommandLine) {
            return true;
        }
        level = m.subcommand().map(|(_, sub)| sub);
    }
    false
}

/// Returns once `dry_run` has recorded a request.
async fn first_request(dry_run: &DryRun) {
    while dry_run.requests().is_empty() {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

/// Prints `value` after `--query`, in the chosen format.
fn print_value(
    value: &serde_json::Value,
    query: Option<&Query>,
    format: Format,
) -> Result<(), CliError> {
    print_answer(value, query, format, &[])
}

/// [`print_value`] for an operation's answer: a table names the values of its value sets.
fn print_answer(
    value: &serde_json::Value,
    query: Option<&Query>,
    format: Format,
    sets: output::ValueSets,
) -> Result<(), CliError> {
    let value = match query {
        Some(q) => q.apply(value)?,
        None => value.clone(),
    };
    let width = console::Term::stdout()
        .size_checked()
        .map_or(DEFAULT_WIDTH, |(_, w)| w.max(40));
    let text = output::render(&value, format, width, sets)?;
    write_stdout(&text)
}

/// The global flags that shape a call to OSM. `osm sign`, `osm completions` and `osm sandbox`
/// make none, so one of these typed on their command line would be silently ignored: it is
/// refused instead. (The same settings from the environment, e.g. `OSM_ENDPOINT`, are fine.)
/// `--profile` is one too, except for `osm sign`, which signs with the profile's credentials.
const REMOTE_FLAGS: [&str; 13] = [
    "output",
    "query",
    "endpoint",
    "region",
    "connect_timeout",
    "attempt_timeout",
    "operation_timeout",
    "max_attempts",
    "site",
    "language",
    "time_zone",
    "dry_run",
    "no_progress",
];

fn refuse_remote_flags(command: &str, m: &ArgMatches) -> Result<(), CliError> {
    // a flag of the command's own with the same name (`osm sign --region`) is not the global
    let tree = tree();
    let sub = tree.find_subcommand(command);
    let own = |id: &str| sub.is_some_and(|c| c.get_arguments().any(|a| a.get_id() == id));
    let profile = (command != "sign").then_some(&"profile");
    let given = REMOTE_FLAGS
        .iter()
        .chain(profile)
        .find(|id| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine) && !own(id));
    match given {
        Some(id) => Err(CliError::usage(format!(
            "--{} does not apply to `osm {command}`, which sends no request to OSM; remove it",
            id.replace('_', "-")
        ))),
        None => Ok(()),
    }
}

/// Writes to stdout; a closed pipe (`osm ... | head`) is not an error.
fn write_stdout(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e)
            }
        })
        .map_err(|e| CliError::Failed(format!("cannot write to stdout: {e}")))
}

async fn run(matches: &ArgMatches) -> Result<(), CliError> {
    let global =
        Global::from_arg_matches(matches).map_err(|e| CliError::usage(one_line_clap_error(&e)))?;
    let query = global.query.as_deref().map(Query::compile).transpose()?;
    let format = global.format();
    if global.debug {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                "osm_client=trace,osm_auth=debug",
            ))
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .try_init();
    }
    let Some((group, gm)) = matches.subcommand() else {
        return Err(CliError::usage("no command given; see `osm --help`"));
    };
    if matches!(group, "sign" | "completions" | "sandbox") {
        refuse_remote_flags(group, gm)?;
    }

    match group {
        "sign" => {
            let args = sign::SignArgs::from_arg_matches(gm)
                .map_err(|e| CliError::usage(one_line_clap_error(&e)))?;
            // the credentials of `--profile` / HUAWEICLOUD_SDK_PROFILE, as every call uses
            let profile = match &global.profile {
                Some(name) => Some(profiles::load(name).await?.credentials),
                None => None,
            };
            let text = sign::run(&args, profile).map_err(|e| CliError::usage(e.to_string()))?;
            return write_stdout(&text);
        }
        "completions" => {
            let shell = gm
                .get_one::<clap_complete::Shell>("shell")
                .copied()
                .ok_or_else(|| CliError::usage("which shell?"))?;
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut tree(), "osm", &mut script);
            return write_stdout(&String::from_utf8_lossy(&script));
        }
        "sandbox" => return sandbox::run(gm).await,
        "configure" => {
            let out = configure::run(&global, matches, gm)?;
            if let Output::Value(v) = out {
                print_value(&v, query.as_ref(), format)?;
            }
            return Ok(());
        }
        _ => {}
    }
    let Some((name, m)) = gm.subcommand() else {
        return Err(CliError::usage(format!(
            "`osm {group}` needs a command; see `osm {group} --help`"
        )));
    };
    let op = names::find(group, name);
    if let Some(op) = op
        && m.try_get_one::<bool>("json_body_template").ok().flatten() == Some(&true)
    {
        return write_stdout(&format!("{}\n", op.body_template().unwrap_or("{}")));
    }
    let dry_run = global.dry_run.then(DryRun::new);
    let client = global.client(dry_run.as_ref()).await?;
    let cx = Cx {
        limit: m.try_get_one::<i32>("limit").ok().flatten().copied(),
        whole_page: m.try_get_one::<bool>("page").ok().flatten() == Some(&true),
        progress: !global.dry_run && transfer::progress_wanted(global.no_progress),
    };
    let polls = group == "case" && matches!(name, "follow" | "wait");
    let run = async {
        match (group, name, op) {
            ("case", "follow", _) => {
                let streaming = format;
                follow::follow(&client, m, |message| match streaming {
                    Format::Json if dry_run.is_none() => {
                        let v = match &query {
                            Some(q) => q.apply(&message)?,
                            None => message,
                        };
                        write_stdout(&format!("{v}\n"))
                    }
                    _ => print_message(&message, query.as_ref(), streaming),
                })
                .await
            }
            ("case", "wait", _) => follow::wait(&client, m).await,
            ("attachment", "upload", _) => upload::run(&client, m, &cx).await,
            (_, _, Some(op)) => op
                .run(&client, m, &cx)
                .await
                .map_err(|e| missing_flags(op, e)),
            _ => Err(CliError::usage(format!(
                "unknown command `osm {group} {name}`"
            ))),
        }
    };
    let result = match &dry_run {
        // a follower or waiter would poll the locally answered requests forever: its first
        // request is what --dry-run shows
        Some(d) if polls => {
            tokio::select! {
                result = run => result,
                () = first_request(d) => Ok(Output::Value(serde_json::Value::Null)),
            }
        }
        _ => run.await,
    };
    if let Some(dry_run) = &dry_run {
        let requests = dry_run.requests();
        if requests.is_empty() {
            result?;
            return Err(CliError::usage("--dry-run: the command made no request"));
        }
        // what happens after the first (locally answered) request does not matter here
        return print_requests(&requests, query.as_ref(), format);
    }
    match result? {
        Output::Value(serde_json::Value::Null) if matches!(name, "follow") => Ok(()),
        Output::Value(v) => {
            // `case wait` answers with the case's status, as show_case_status does
            let sets = match (group, name, op) {
                ("case", "wait", _) => Op::ShowCaseStatus.answer_values(),
                (_, _, Some(op)) => op.answer_values(),
                _ => &[],
            };
            print_answer(&v, query.as_ref(), format, sets)
        }
        Output::Download(download) => {
            let out = m.try_get_one::<PathBuf>("out_file").ok().flatten().cloned();
            let to_file = out.as_ref().filter(|p| p.as_os_str() != "-").cloned();
            let bytes = transfer::save(download, out.as_deref(), cx.progress).await?;
            match to_file {
                Some(path) => print_value(
                    &serde_json::json!({"file": path.display().to_string(), "bytes": bytes}),
                    query.as_ref(),
                    format,
                ),
                None => Ok(()),
            }
        }
    }
}

/// One followed message on a terminal (table/yaml formats).
fn print_message(
    message: &serde_json::Value,
    query: Option<&Query>,
    format: Format,
) -> Result<(), CliError> {
    if let Some(q) = query {
        return print_value(&q.apply(message)?, None, format);
    }
    if format == Format::Yaml {
        return print_value(
            &serde_json::Value::Array(vec![message.clone()]),
            None,
            format,
        );
    }
    let text = |k: &str| {
        message
            .get(k)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
    };
    println!(
        "{} {}: {}",
        text("create_time"),
        if text("replier_name").is_empty() {
            text("replier")
        } else {
            text("replier_name")
        },
        text("content")
    );
    Ok(())
}

/// A missing required input named by its flag (`--business-type-id`), not its setter.
fn missing_flags(op: Op, e: CliError) -> CliError {
    match e {
        CliError::Client(osm_client::Error::MissingInput { names, .. }) => {
            let flags: Vec<&str> = names.iter().map(|n| op.flag(n).unwrap_or(n)).collect();
            let body = if op.kind() == OpKind::WithBody {
                " (as flags or in --json-body)"
            } else {
                ""
            };
            let (group, _) = names::group(op.tag());
            CliError::usage(format!(
                "osm {group} {}: missing {}{body}; nothing was sent",
                names::name(op).command(),
                flags.join(", ")
            ))
        }
        other => other,
    }
}

/// `--dry-run`'s output: the recorded requests, as JSON/YAML or as HTTP text on a terminal;
/// `--query` applies to the JSON form (`[0].url`), in any format.
fn print_requests(
    requests: &[osm_client::dry_run::RecordedRequest],
    query: Option<&Query>,
    format: Format,
) -> Result<(), CliError> {
    use osm_client::dry_run::RecordedBody;
    let body_text = |b: &RecordedBody| match b {
        RecordedBody::Empty => None,
        RecordedBody::Bytes(bytes) => Some(match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => format!("<{} bytes of binary data>", bytes.len()),
        }),
        RecordedBody::Streamed { len } => Some(match len {
            Some(n) => format!("<streamed body, {n} bytes>"),
            None => "<streamed body>".to_owned(),
        }),
    };
    if format == Format::Table && query.is_none() {
        let mut out = String::new();
        for (i, r) in requests.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&format!("{} {}\n", r.method, r.url));
            for (k, v) in &r.headers {
                out.push_str(&format!("{k}: {v}\n"));
            }
            if let Some(body) = body_text(&r.body) {
                out.push('\n');
                out.push_str(&body);
                out.push('\n');
            }
        }
        return write_stdout(&out);
    }
    let value: Vec<serde_json::Value> = requests
        .iter()
        .map(|r| {
            let headers: serde_json::Map<String, serde_json::Value> = r
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect();
            serde_json::json!({
                "operation": r.operation,
                "method": r.method,
                "url": r.url,
                "headers": headers,
                "body": body_text(&r.body),
            })
        })
        .collect();
    print_value(&serde_json::Value::Array(value), query, format)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Every operation of the spec has a command, at the place the name map says, and no two
    /// share one.
    #[test]
    fn every_spec_operation_has_a_command() {
        let spec = include_str!("../../spec/osm.yaml");
        let generated = osm_gen::generate_with(spec, &osm_gen::Options::default()).unwrap();
        let spec_ids: Vec<&str> = generated
            .operations
            .iter()
            .map(|o| o.operation_id.as_str())
            .collect();
        let ids: Vec<&str> = Op::ALL.iter().map(|op| op.id()).collect();
        assert_eq!(ids, spec_ids);
        assert_eq!(ids.len(), 82);

        let tree = command();
        let mut places = std::collections::BTreeSet::new();
        for op in Op::ALL {
            let (group, _) = names::group(op.tag());
            let name = names::name(*op).command();
            assert!(
                places.insert((group, name)),
                "{} shares `{group} {name}`",
                op.id()
            );
            let g = tree
                .find_subcommand(group)
                .unwrap_or_else(|| panic!("no group {group} for {}", op.id()));
            assert!(
                g.find_subcommand(name).is_some(),
                "no command `osm {group} {name}` for {}",
                op.id()
            );
            assert_eq!(names::find(group, name), Some(*op));
            assert!(!op.tag().name().is_empty());
        }
    }

    /// clap's own consistency checks over the whole tree (duplicate flags, bad defaults).
    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }
}
