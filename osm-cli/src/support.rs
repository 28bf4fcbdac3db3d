//! What the generated operation commands (`generated/commands.rs`) call: the per-command
//! context ([`Cx`]: `--json-body`, `--limit`, `--page`, uploads), value parsers for value sets
//! and JSON flags, and the conversion of answers into [`Output`].

use std::io::Read as _;
use std::marker::PhantomData;
use std::path::Path;

use clap::ArgMatches;
use clap::builder::{PossibleValue, TypedValueParser};
use futures::TryStreamExt as _;
use serde::Serialize;
use serde::de::DeserializeOwned;

pub(crate) use crate::error::CliError;

/// The page size `--limit` asks for at most (the client's default page size).
const MAX_PAGE: i32 = 50;

/// One value of a value set, as a flag shows and accepts it.
#[derive(Debug)]
pub(crate) struct EnumValue {
    /// The kebab-case name of its variant (`processing`).
    pub(crate) name: &'static str,
    /// The value on the wire (`1`).
    pub(crate) wire: &'static str,
    /// The spec's description of the value.
    pub(crate) help: &'static str,
}

/// What kind of command an operation makes (which extra flags it gets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OpKind {
    /// Parameters only.
    Plain,
    /// A JSON body: `--json-body`, `--json-body-template`.
    WithBody,
    /// A page stream: `--limit`, `--page`.
    List,
    /// A file download: `-o/--out-file`.
    Download,
    /// A multipart upload.
    Upload,
}

/// What a command produced.
#[derive(Debug)]
pub(crate) enum Output {
    /// A JSON value to print (after `--query`) as JSON, YAML or a table.
    Value(serde_json::Value),
    /// A file to save or stream to stdout.
    Download(osm_client::Download),
}

/// The per-command context the generated code reads.
#[derive(Debug, Clone)]
pub(crate) struct Cx {
    /// `--limit N` of a list command.
    pub(crate) limit: Option<i32>,
    /// `--page`: print the first page's answer as sent.
    pub(crate) whole_page: bool,
    /// Show progress bars (stderr is a terminal and `--no-progress` is not given).
    pub(crate) progress: bool,
}

impl Cx {
    /// `--limit N`.
    pub(crate) fn limit(&self) -> Option<i32> {
        self.limit
    }

    /// The page size for `--limit N`: N when one page holds it, else the default.
    pub(crate) fn page_size(&self) -> Option<i32> {
        self.limit.map(|n| n.clamp(1, MAX_PAGE))
    }

    /// `--page`.
    pub(crate) fn whole_page(&self) -> bool {
        self.whole_page
    }

    /// The body given with `--json-body FILE|-`, deserialized into the body model. Unknown
    /// fields are an error (they would be dropped silently otherwise).
    pub(crate) fn json_body<T: DeserializeOwned>(
        &self,
        m: &ArgMatches,
    ) -> Result<Option<T>, CliError> {
        let Some(source) = m.try_get_one::<String>("json_body").ok().flatten() else {
            return Ok(None);
        };
        let text = if source == "-" {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| CliError::usage(format!("--json-body -: cannot read stdin: {e}")))?;
            text
        } else {
            std::fs::read_to_string(source)
                .map_err(|e| CliError::usage(format!("--json-body {source}: {e}")))?
        };
        strict_json(&text)
            .map(Some)
            .map_err(|e| CliError::usage(format!("--json-body {source}: {e}")))
    }

    /// A file to upload, with a progress bar on a terminal.
    pub(crate) async fn attachment(&self, path: &Path) -> Result<osm_client::Attachment, CliError> {
        crate::transfer::attachment(path, self.progress).await
    }
}

/// Deserializes `text` into `T`, refusing fields `T` does not have; errors name the JSON path.
pub(crate) fn strict_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let mut unknown = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let mut note = |path: serde_ignored::Path<'_>| unknown.push(path.to_string());
    let tracked = serde_ignored::Deserializer::new(&mut de, &mut note);
    let value: T = serde_path_to_error::deserialize(tracked).map_err(|e| {
        let path = e.path().to_string();
        if path == "." {
            e.inner().to_string()
        } else {
            format!("{path}: {}", e.inner())
        }
    })?;
    de.end().map_err(|e| e.to_string())?;
    if !unknown.is_empty() {
        return Err(format!(
            "unknown field{} {} (see --json-body-template for the fields)",
            if unknown.len() == 1 { "" } else { "s" },
            unknown.join(", ")
        ));
    }
    Ok(value)
}

/// Parses a value-set flag: a value's name (`processing`) or its wire value (`1`). For
/// integer sets any other integer is accepted too (a value the service added later).
#[derive(Debug)]
pub(crate) struct EnumParser<T> {
    values: &'static [EnumValue],
    _t: PhantomData<fn() -> T>,
}

impl<T> Clone for EnumParser<T> {
    fn clone(&self) -> Self {
        Self {
            values: self.values,
            _t: PhantomData,
        }
    }
}

/// The parser of a value-set flag.
pub(crate) fn enum_parser<T>(values: &'static [EnumValue]) -> EnumParser<T> {
    EnumParser {
        values,
        _t: PhantomData,
    }
}

impl<T> TypedValueParser for EnumParser<T>
where
    T: std::str::FromStr + Clone + Send + Sync + 'static,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        let text = text.trim();
        let known = self
            .values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(text) || v.wire == text);
        let integer_set = self.values.iter().all(|v| v.wire.parse::<i64>().is_ok());
        let wire = match known {
            Some(v) => v.wire,
            None if integer_set && text.parse::<i64>().is_ok() => text,
            None => {
                let flag = arg.map_or_else(|| "value".to_owned(), |a| format!("--{}", a.get_id()));
                let names: Vec<&str> = self.values.iter().map(|v| v.name).collect();
                let mut err = clap::Error::raw(
                    clap::error::ErrorKind::InvalidValue,
                    format!(
                        "invalid value '{text}' for {}: one of {}\n",
                        flag.replace('_', "-"),
                        names.join(", ")
                    ),
                );
                err = err.with_cmd(cmd);
                return Err(err);
            }
        };
        wire.parse::<T>().map_err(|_| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value '{text}'\n"),
            )
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().map(|v| {
            let help = if v.help.is_empty() {
                format!("= {}", v.wire)
            } else {
                format!("= {}: {}", v.wire, v.help)
            };
            PossibleValue::new(v.name).help(help)
        })))
    }
}

/// Parses a JSON flag into `T`.
#[derive(Debug)]
pub(crate) struct JsonParser<T>(PhantomData<fn() -> T>);

impl<T> Clone for JsonParser<T> {
    fn clone(&self) -> Self {
        Self(PhantomData)
    }
}

/// The parser of a flag that takes JSON text.
pub(crate) fn json_parser<T>() -> JsonParser<T> {
    JsonParser(PhantomData)
}

impl<T> TypedValueParser for JsonParser<T>
where
    T: DeserializeOwned + Clone + Send + Sync + 'static,
{
    type Value = T;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let flag = arg.and_then(clap::Arg::get_long).unwrap_or("value");
        strict_json(&value.to_string_lossy()).map_err(|e| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid JSON for --{flag}: {e}\n"),
            )
        })
    }
}

/// A JSON answer as output.
pub(crate) fn answer<T: Serialize>(response: osm_client::Response<T>) -> Result<Output, CliError> {
    value(&*response)
}

/// Any serializable value as output.
pub(crate) fn value<T: Serialize + ?Sized>(v: &T) -> Result<Output, CliError> {
    serde_json::to_value(v)
        .map(Output::Value)
        .map_err(|e| CliError::Failed(format!("cannot render the answer as JSON: {e}")))
}

/// Every item of a page stream (at most `limit`) as one JSON array.
pub(crate) async fn items<T: Serialize>(
    stream: osm_client::ItemStream<T>,
    limit: Option<i32>,
) -> Result<Output, CliError> {
    let limit = limit.map_or(usize::MAX, |n| usize::try_from(n.max(0)).unwrap_or(0));
    let items: Vec<T> = futures::StreamExt::take(stream, limit)
        .try_collect()
        .await?;
    value(&items)
}
