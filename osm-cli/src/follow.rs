//! `osm case follow ID` and `osm case wait ID --status S`: osm-client's
//! [`follow_case`](Client::follow_case) and [`wait_for_case`](Client::wait_for_case), with
//! the flags mapped onto their options and their results printed. No polling of its own.

use std::time::Duration;

use clap::{ArgMatches, Args, Command, FromArgMatches as _};
use futures::StreamExt as _;
use osm_client::types::CaseStatus;
use osm_client::workflows::Until;
use osm_client::{Client, Error as ClientError};

use crate::config::parse_duration;
use crate::error::CliError;
use crate::generated::CASE_STATUS_VALUES;
use crate::support::{Output, enum_parser};

/// Slowest polling interval the backoff reaches.
const MAX_INTERVAL: Duration = Duration::from_secs(30);

/// Arguments of `osm case follow`.
#[derive(Debug, Args)]
pub(crate) struct FollowArgs {
    /// Case ID
    #[arg(value_name = "CASE_ID")]
    case_id: String,
    /// Also print the customer's own messages (default: only the engineer's replies)
    #[arg(long)]
    all: bool,
    /// Only messages that arrive from now on (default: every reply so far first)
    #[arg(long)]
    new: bool,
    /// Exit after printing N messages
    #[arg(long, value_name = "N")]
    count: Option<usize>,
    /// First polling interval; doubles (with jitter) while nothing arrives, up to 30s
    #[arg(long, value_parser = parse_duration, default_value = "2s", value_name = "DURATION")]
    interval: Duration,
}

/// Arguments of `osm case wait`.
#[derive(Debug, Args)]
pub(crate) struct WaitArgs {
    /// Case ID
    #[arg(value_name = "CASE_ID")]
    case_id: String,
    /// The status to wait for (repeat for any of several)
    #[arg(long, required = true, value_parser = enum_parser::<CaseStatus>(CASE_STATUS_VALUES), value_name = "STATUS")]
    status: Vec<CaseStatus>,
    /// Give up after this long (exit 1)
    #[arg(long, value_parser = parse_duration, default_value = "10m", value_name = "DURATION")]
    timeout: Duration,
    /// First polling interval; doubles (with jitter) while the status stays, up to 30s
    #[arg(long, value_parser = parse_duration, default_value = "2s", value_name = "DURATION")]
    interval: Duration,
}

/// `case follow`.
pub(crate) fn follow_command() -> Command {
    FollowArgs::augment_args(Command::new("follow")).about(
        "Print the engineer's replies to a case as they arrive, until Ctrl-C or the case is closed",
    ).long_about(
        "Print the engineer's replies to a case as they arrive (osm-client's follow_case: \
         list_new_instant_messages polled with backoff), until Ctrl-C, --count messages, or \
         the case is completed, cancelled or invalid. One line per message on a terminal; one \
         JSON object per line with --output json.",
    )
}

/// `case wait`.
pub(crate) fn wait_command() -> Command {
    WaitArgs::augment_args(Command::new("wait")).about(
        "Wait until a case has one of the given statuses (polling show_case_detail); prints it",
    )
}

/// `3 (completed)`: a status as `case wait` and `case follow` show it.
fn shown(status: CaseStatus) -> String {
    let wire = status.to_string();
    match CASE_STATUS_VALUES.iter().find(|v| v.wire == wire) {
        Some(v) => format!("{wire} ({})", v.name),
        None => wire,
    }
}

/// Runs `case follow`, calling `emit` for every message to print.
pub(crate) async fn follow(
    client: &Client,
    m: &ArgMatches,
    mut emit: impl FnMut(serde_json::Value) -> Result<(), CliError>,
) -> Result<Output, CliError> {
    let args = FollowArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let mut follow = client
        .follow_case(&args.case_id)
        .until_closed()
        .poll_interval(args.interval, MAX_INTERVAL);
    if args.new {
        follow = follow.skip_history();
    }
    let mut events = follow.into_stream();
    let done = || Ok(Output::Value(serde_json::Value::Null));
    let mut printed = 0usize;
    let mut status = None;
    loop {
        let event = tokio::select! {
            event = events.next() => event,
            _ = tokio::signal::ctrl_c() => return done(),
        };
        // the stream ends by itself only once the case is closed (until_closed); any failed
        // call ends the command, as the client's retries are already spent
        let Some(event) = event.transpose()? else {
            break;
        };
        status = event.cursor().status();
        let Some(message) = event.message() else {
            continue; // status changes are not printed
        };
        if !args.all && !event.is_from_support() {
            continue;
        }
        let value = serde_json::to_value(message)
            .map_err(|e| CliError::Failed(format!("cannot render a message: {e}")))?;
        emit(value)?;
        printed += 1;
        if args.count.is_some_and(|n| printed >= n) {
            return done();
        }
    }
    let status = status.map_or_else(
        || "an unknown status".to_owned(),
        |s| format!("status {}", shown(s)),
    );
    eprintln!(
        "osm: case {} is closed with {status}; stopped following",
        args.case_id
    );
    done()
}

/// Runs `case wait`.
pub(crate) async fn wait(client: &Client, m: &ArgMatches) -> Result<Output, CliError> {
    let args = WaitArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let waiter = client
        .wait_for_case(&args.case_id)
        .until(Until::any_status(args.status.iter().copied()))
        .timeout(args.timeout)
        .poll_interval(args.interval, MAX_INTERVAL)
        // a failed call ends the command at once (exit 1), as before the waiter
        .fail_fast();
    let waited = tokio::select! {
        waited = waiter.send() => waited,
        _ = tokio::signal::ctrl_c() => return Err(CliError::Failed("interrupted".into())),
    };
    match waited {
        Ok(case) => Ok(Output::Value(serde_json::json!({
            "case_id": args.case_id,
            "status": case.status.map(CaseStatus::value),
        }))),
        Err(ClientError::WaitTimeout { last_status, .. }) => {
            let wanted: Vec<String> = args.status.iter().map(|s| shown(*s)).collect();
            let now = match last_status {
                Some(s) => format!("still has status {}", shown(s)),
                None => "could not be read".to_owned(),
            };
            Err(CliError::Failed(format!(
                "case {} {now} after {:?}, not {}; wait longer with --timeout",
                args.case_id,
                args.timeout,
                wanted.join(" or ")
            )))
        }
        Err(e) => Err(e.into()),
    }
}
