//! Uploads and downloads with a progress bar on stderr when it is a terminal (none when
//! piped or with `--no-progress`).

use std::io::Write as _;
use std::path::Path;

use futures::StreamExt as _;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio::io::AsyncWriteExt as _;

use crate::error::CliError;

/// Whether progress bars are wanted: stderr is a terminal and `--no-progress` is not given.
pub(crate) fn progress_wanted(no_progress: bool) -> bool {
    use std::io::IsTerminal as _;
    !no_progress && std::io::stderr().is_terminal()
}

/// A bar that draws nothing until [`follow`] reveals it at the first callback: the client
/// checks the attachment limits (and gets the download's answer) before any byte moves, so
/// a rejected transfer never shows a bar.
fn bar(len: Option<u64>, what: &str) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::hidden());
    let template = if len.is_some() {
        "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}"
    } else {
        "{msg} {spinner} {bytes} {bytes_per_sec}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_owned());
    bar
}

/// Moves `bar` with the client's progress callbacks (at most ten a second, and the last);
/// with `reveal`, the first callback points the bar at stderr.
fn follow(bar: ProgressBar, reveal: bool) -> impl Fn(osm_client::Progress) + Send + Sync + 'static {
    let first = std::sync::Once::new();
    move |p| {
        if reveal {
            first.call_once(|| bar.set_draw_target(ProgressDrawTarget::stderr()));
        }
        bar.set_position(p.transferred);
        if p.is_done() {
            bar.finish_and_clear();
        }
    }
}

/// The file at `path` as an attachment streamed from disk, with a progress bar driven by the
/// client's progress callbacks when `progress` (shown once bytes are sent, after the limits
/// check).
pub(crate) async fn attachment(
    path: &Path,
    progress: bool,
) -> Result<osm_client::Attachment, CliError> {
    let attachment = osm_client::Attachment::from_path(path)
        .await
        .map_err(|e| CliError::usage(e.to_string()))?;
    Ok(if progress {
        let what = format!("uploading {}", attachment.file_name());
        let bar = bar(Some(attachment.len()), &what);
        attachment.with_progress(follow(bar, true))
    } else {
        attachment
    })
}

/// Writes a download to `out` (`-` or none: stdout), returning the bytes written. A file is
/// written to `FILE.part` and renamed when complete.
pub(crate) async fn save(
    download: osm_client::Download,
    out: Option<&Path>,
    progress: bool,
) -> Result<u64, CliError> {
    let len = download.content_length();
    let to_stdout = out.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout {
        use std::io::IsTerminal as _;
        if std::io::stdout().is_terminal() {
            return Err(CliError::usage(
                "the download is binary: give -o FILE (or redirect stdout)",
            ));
        }
    }
    let bar = progress.then(|| bar(len, "downloading"));
    let download = match &bar {
        Some(b) => download.with_progress(follow(b.clone(), true)),
        None => download,
    };
    let mut stream = download.into_stream();
    let mut written = 0u64;
    let result: Result<(), CliError> = async {
        match out.filter(|_| !to_stdout) {
            Some(path) => {
                let mut part = path.as_os_str().to_owned();
                part.push(".part");
                let part = std::path::PathBuf::from(part);
                let shown = path.display().to_string();
                let mut file = tokio::fs::File::create(&part).await.map_err(|e| {
                    CliError::Failed(format!("cannot create {}: {e}", part.display()))
                })?;
                let copied: Result<(), CliError> = async {
                    while let Some(chunk) = stream.next().await {
                        let chunk = chunk?;
                        file.write_all(&chunk)
                            .await
                            .map_err(|e| CliError::Failed(format!("cannot write {shown}: {e}")))?;
                        written += chunk.len() as u64;
                    }
                    file.flush()
                        .await
                        .map_err(|e| CliError::Failed(format!("cannot write {shown}: {e}")))?;
                    Ok(())
                }
                .await;
                drop(file);
                match copied {
                    Ok(()) => tokio::fs::rename(&part, path).await.map_err(|e| {
                        CliError::Failed(format!("cannot move the download to {shown}: {e}"))
                    }),
                    Err(e) => {
                        let _ = tokio::fs::remove_file(&part).await;
                        Err(e)
                    }
                }
            }
            None => {
                let mut stdout = std::io::stdout();
                while let Some(chunk) = stream.next().await {
                    let chunk = chunk?;
                    stdout
                        .write_all(&chunk)
                        .map_err(|e| CliError::Failed(format!("cannot write to stdout: {e}")))?;
                    written += chunk.len() as u64;
                }
                stdout
                    .flush()
                    .map_err(|e| CliError::Failed(format!("cannot write to stdout: {e}")))
            }
        }
    }
    .await;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    result.map(|()| written)
}

#[cfg(all(test, feature = "sandbox"))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use osm_client::{Client, Credentials};
    use osm_sandbox::{Account, Sandbox};

    use super::*;

    #[tokio::test]
    async fn the_bars_follow_the_clients_progress_callbacks() {
        let account = Account::new("AKCLIBAR000000001", "sk-bar", "domain-bar");
        let sandbox = Sandbox::builder()
            .account(account.clone())
            .spawn()
            .await
            .unwrap();
        let client = Client::builder()
            .endpoint(sandbox.base_url())
            .credentials(
                Credentials::new(account.access_key(), account.secret_key())
                    .unwrap()
                    .with_domain_id(account.domain_id()),
            )
            .build()
            .unwrap();
        let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let len = content.len() as u64;

        let upload = ProgressBar::hidden();
        let attachment = osm_client::Attachment::from_bytes("bar.zip", content.clone())
            .with_progress(follow(upload.clone(), false));
        let id = client.upload_attachment(attachment).await.unwrap();
        assert_eq!(upload.position(), len);
        assert!(upload.is_finished(), "the last callback clears the bar");

        let download = ProgressBar::hidden();
        let bytes = client
            .download_accessories()
            .accessory_id(&id)
            .send()
            .await
            .unwrap()
            .with_progress(follow(download.clone(), false))
            .bytes()
            .await
            .unwrap();
        assert_eq!(bytes.as_ref(), content.as_slice());
        assert_eq!(download.position(), len);
        assert!(download.is_finished());
    }
}
