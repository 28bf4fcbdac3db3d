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

/// Parses a value-set flag with the value set's own `FromStr`: a value's name in any case,
/// kebab, snake or camel (`pending-confirmation`, `pending_confirmation`,
/// `PendingConfirmation`) or its wire value (`2`). For integer sets any other integer is
/// accepted too (a value the service added later); a text that is none of these is refused
/// with the list of names. The table gives the names and help that `--help` shows.
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
    T: std::str::FromStr + std::fmt::Display + Clone + Send + Sync + 'static,
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
        let integer_set = self.values.iter().all(|v| v.wire.parse::<i64>().is_ok());
        // a string set's FromStr takes anything (as an unknown value): only known ones here
        let parsed = text
            .parse::<T>()
            .ok()
            .filter(|v| integer_set || self.values.iter().any(|known| known.wire == v.to_string()));
        parsed.ok_or_else(|| {
            let flag = arg.map_or_else(|| "value".to_owned(), |a| format!("--{}", a.get_id()));
            let names: Vec<&str> = self.values.iter().map(|v| v.name).collect();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "invalid value '{text}' for {}: one of {}\n",
                    flag.replace('_', "-"),
                    names.join(", ")
                ),
            )
            .with_cmd(cmd)
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::generated::*;
    use osm_client::types;

    fn parse<T>(table: &'static [EnumValue], text: &str) -> Result<T, String>
    where
        T: std::str::FromStr + std::fmt::Display + Clone + Send + Sync + 'static,
    {
        let arg = clap::Arg::new("status");
        enum_parser::<T>(table)
            .parse_ref(&clap::Command::new("t"), Some(&arg), text.as_ref())
            .map_err(|e| e.to_string())
    }

    /// Every value of every value-set flag, by its name as `--help` shows it, in snake and
    /// upper case, and by its wire value: all the same value.
    fn every_form_parses<T>(table: &'static [EnumValue])
    where
        T: std::str::FromStr + std::fmt::Display + Clone + Send + Sync + PartialEq + 'static,
        T: std::fmt::Debug,
    {
        for v in table {
            let by_wire: T = parse(table, v.wire).unwrap();
            assert_eq!(by_wire.to_string(), v.wire);
            for form in [
                v.name.to_owned(),
                v.name.replace('-', "_"),
                v.name.to_ascii_uppercase(),
                format!(" {} ", v.name),
            ] {
                assert_eq!(parse::<T>(table, &form).unwrap(), by_wire, "{form:?}");
            }
        }
        let err = parse::<T>(table, "no-such-value").unwrap_err();
        assert!(
            err.contains("invalid value 'no-such-value' for --status: one of "),
            "{err}"
        );
        assert!(err.contains(table[0].name), "{err}");
    }

    #[test]
    fn value_set_flags_take_names_in_any_form_and_wire_values() {
        every_form_parses::<types::CaseStatus>(CASE_STATUS_VALUES);
        every_form_parses::<types::CaseAction>(CASE_ACTION_VALUES);
        every_form_parses::<types::ContactWay>(CONTACT_WAY_VALUES);
        every_form_parses::<types::MessageType>(MESSAGE_TYPE_VALUES);
        every_form_parses::<types::Privilege>(PRIVILEGE_VALUES);
        every_form_parses::<types::SortOrder>(SORT_ORDER_VALUES);
        every_form_parses::<types::UploadType>(UPLOAD_TYPE_VALUES);
        let s: types::CaseStatus = parse(CASE_STATUS_VALUES, "PendingConfirmation").unwrap();
        assert_eq!(s, types::CaseStatus::PendingConfirmation);
    }

    #[test]
    fn integer_sets_take_new_numbers_string_sets_only_known_values() {
        let new: types::CaseStatus = parse(CASE_STATUS_VALUES, "99").unwrap();
        assert_eq!(new.value(), 99);
        let err = parse::<types::CaseAction>(CASE_ACTION_VALUES, "reopen").unwrap_err();
        assert!(err.contains("one of "), "{err}");
        assert!(parse::<types::CaseStatus>(CASE_STATUS_VALUES, "1.5").is_err());
    }
}
