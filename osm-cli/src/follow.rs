//! `osm case follow ID` and `osm case wait ID --status S`: polling with backoff.
//!
//! These use a small poller over `list_messages` and `show_case_status` of their own; when
//! osm-client's `follow_case`/`wait_for_case` land they are meant to switch to those.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use clap::{ArgMatches, Args, Command, FromArgMatches as _};
use futures::TryStreamExt as _;
use osm_client::Client;
use osm_client::types::{CaseStatus, MessageType};

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
    /// First polling interval; doubles while nothing arrives, up to 30s
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
    /// First polling interval; doubles up to 30s
    #[arg(long, value_parser = parse_duration, default_value = "2s", value_name = "DURATION")]
    interval: Duration,
}

/// `case follow`.
pub(crate) fn follow_command() -> Command {
    FollowArgs::augment_args(Command::new("follow")).about(
        "Print the engineer's replies to a case as they arrive, until Ctrl-C or the case is closed",
    ).long_about(
        "Print the engineer's replies to a case as they arrive (polling list_messages with \
         backoff), until Ctrl-C, --count messages, or the case is completed, cancelled or \
         invalid. One line per message on a terminal; one JSON object per line with --output json.",
    )
}

/// `case wait`.
pub(crate) fn wait_command() -> Command {
    WaitArgs::augment_args(Command::new("wait")).about(
        "Wait until a case has one of the given statuses (polling show_case_status); prints it",
    )
}

fn closed(status: &CaseStatus) -> bool {
    matches!(
        status,
        CaseStatus::Completed | CaseStatus::Cancelled | CaseStatus::Invalid
    )
}

async fn status(client: &Client, case_id: &str) -> Result<Option<CaseStatus>, CliError> {
    Ok(client
        .show_case_status()
        .case_id(case_id)
        .send()
        .await?
        .into_inner()
        .status)
}

fn next_interval(current: Duration) -> Duration {
    (current * 2).min(MAX_INTERVAL)
}

/// Runs `case follow`, calling `emit` for every message to print.
pub(crate) async fn follow(
    client: &Client,
    m: &ArgMatches,
    mut emit: impl FnMut(serde_json::Value) -> Result<(), CliError>,
) -> Result<Output, CliError> {
    let args = FollowArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut first = true;
    let mut printed = 0usize;
    let mut interval = args.interval;
    loop {
        let messages: Vec<_> = client
            .list_messages()
            .case_id(&args.case_id)
            .into_stream()
            .try_collect()
            .await?;
        let mut fresh = false;
        for message in messages {
            // messages carry no id: time, author and text tell them apart
            let key = format!(
                "{}\u{0}{}\u{0}{}",
                message.create_time.as_deref().unwrap_or_default(),
                message.replier.as_deref().unwrap_or_default(),
                message.content.as_deref().unwrap_or_default()
            );
            if !seen.insert(key) || (first && args.new) {
                continue;
            }
            fresh = true;
            let from_engineer = message.type_ == Some(MessageType::Engineer);
            if !args.all && !from_engineer {
                continue;
            }
            let value = serde_json::to_value(&message)
                .map_err(|e| CliError::Failed(format!("cannot render a message: {e}")))?;
            emit(value)?;
            printed += 1;
            if args.count.is_some_and(|n| printed >= n) {
                return Ok(Output::Value(serde_json::Value::Null));
            }
        }
        first = false;
        if let Some(s) = status(client, &args.case_id).await?
            && closed(&s)
        {
            eprintln!(
                "osm: case {} is closed (status {s}); stopped following",
                args.case_id
            );
            return Ok(Output::Value(serde_json::Value::Null));
        }
        interval = if fresh {
            args.interval
        } else {
            next_interval(interval)
        };
        tokio::select! {
            () = tokio::time::sleep(interval) => {}
            _ = tokio::signal::ctrl_c() => return Ok(Output::Value(serde_json::Value::Null)),
        }
    }
}

/// Runs `case wait`.
pub(crate) async fn wait(client: &Client, m: &ArgMatches) -> Result<Output, CliError> {
    let args = WaitArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    let deadline = Instant::now() + args.timeout;
    let mut interval = args.interval;
    loop {
        let current = status(client, &args.case_id).await?;
        if let Some(s) = &current
            && args.status.contains(s)
        {
            return Ok(Output::Value(serde_json::json!({
                "case_id": args.case_id,
                "status": s.value(),
            })));
        }
        let now = Instant::now();
        if now >= deadline {
            let shown = current.map_or_else(|| "unknown".to_owned(), |s| s.to_string());
            return Err(CliError::Failed(format!(
                "case {} still has status {shown} after {:?}",
                args.case_id, args.timeout
            )));
        }
        let sleep = interval.min(deadline - now);
        interval = next_interval(interval);
        tokio::select! {
            () = tokio::time::sleep(sleep) => {}
            _ = tokio::signal::ctrl_c() => return Err(CliError::Failed("interrupted".into())),
        }
    }
}
