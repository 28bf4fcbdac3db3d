//! `osm attachment upload PATH [--case ID]`: the `upload_accessory` operation through
//! osm-client's `upload_attachment` (the published size and type limits are checked first),
//! streamed from disk with a progress bar; with `--case` the file is then attached to the case
//! by posting a message that carries it (`create_messages`).

use std::path::PathBuf;

use clap::{ArgMatches, Args, Command, FromArgMatches as _};
use osm_client::Client;
use osm_client::types::CreateMessageDoV2;

use crate::error::CliError;
use crate::support::{Cx, Output};

/// Arguments of `osm attachment upload`.
#[derive(Debug, Args)]
pub(crate) struct UploadArgs {
    /// The file to upload
    #[arg(value_name = "PATH")]
    path: PathBuf,
    /// Attach it to this case: post a message carrying the attachment
    #[arg(long = "case", value_name = "CASE_ID")]
    case_id: Option<String>,
    /// The text of that message [default: "Attached NAME."]
    #[arg(long, value_name = "TEXT", requires = "case_id")]
    message: Option<String>,
    /// The `form_data` part describing the upload (JSON text) [default: {"accessFrom":"message","fileName":NAME}]
    #[arg(long, value_name = "JSON")]
    form_data: Option<String>,
}

/// The `attachment upload` command.
pub(crate) fn command() -> Command {
    UploadArgs::augment_args(Command::new("upload")).about(
        "Upload an attachment (limits checked first, progress on a terminal); --case attaches it to a case",
    ).long_about(
        "Upload an attachment and print its accessory_id.\n\n\
         The file is streamed from disk after its size and type are checked against \
         show_accessory_limits; a progress bar shows on a terminal. With --case ID the \
         attachment is then posted on the case in a message (create_messages).\n\n\
         Operation `upload_accessory`: POST /v2/servicerequest/accessorys (multipart).",
    )
}

/// Runs `attachment upload`.
pub(crate) async fn run(client: &Client, m: &ArgMatches, cx: &Cx) -> Result<Output, CliError> {
    let args = UploadArgs::from_arg_matches(m).map_err(|e| CliError::usage(e.to_string()))?;
    if let Some(form) = &args.form_data
        && serde_json::from_str::<serde_json::Value>(form).is_err()
    {
        return Err(CliError::usage("--form-data is not valid JSON"));
    }
    let mut attachment = cx.attachment(&args.path).await?;
    if let Some(form) = args.form_data {
        attachment = attachment.with_form_data(form);
    }
    let (file_name, size) = (attachment.file_name().to_owned(), attachment.len());
    let accessory_id = client.upload_attachment(attachment).await?;
    let mut out = serde_json::json!({
        "accessory_id": accessory_id,
        "file_name": file_name,
        "size": size,
    });
    if let Some(case_id) = args.case_id {
        let content = args
            .message
            .unwrap_or_else(|| format!("Attached {file_name}."));
        client
            .create_messages()
            .case_id(&case_id)
            .message(CreateMessageDoV2 {
                accessory_ids: vec![accessory_id],
                content: Some(content),
            })
            .send()
            .await?;
        out["case_id"] = serde_json::Value::String(case_id);
    }
    Ok(Output::Value(out))
}
