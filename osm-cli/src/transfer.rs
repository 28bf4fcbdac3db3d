//! Uploads and downloads with a progress bar on stderr when it is a terminal (none when
//! piped or with `--no-progress`).

use std::io::Write as _;
use std::path::Path;

use futures::StreamExt as _;
use indicatif::{ProgressBar, ProgressStyle};
use tokio::io::AsyncWriteExt as _;

use crate::error::CliError;

/// Whether progress bars are wanted: stderr is a terminal and `--no-progress` is not given.
pub(crate) fn progress_wanted(no_progress: bool) -> bool {
    use std::io::IsTerminal as _;
    !no_progress && std::io::stderr().is_terminal()
}

fn bar(len: Option<u64>, what: &str) -> ProgressBar {
    let bar = match len {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::new_spinner(),
    };
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

/// The file at `path` as an attachment streamed from disk, advancing a progress bar as the
/// client reads it.
pub(crate) async fn attachment(
    path: &Path,
    progress: bool,
) -> Result<osm_client::Attachment, CliError> {
    let shown = path.display().to_string();
    let file = tokio::fs::File::open(path)
        .await
        .map_err(|e| CliError::usage(format!("cannot open {shown}: {e}")))?;
    let len = file
        .metadata()
        .await
        .map_err(|e| CliError::usage(format!("cannot read the size of {shown}: {e}")))?
        .len();
    let name = path.file_name().map_or_else(
        || "attachment".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let stream = tokio_util::io::ReaderStream::new(file);
    let attachment = if progress {
        let bar = bar(Some(len), &format!("uploading {name}"));
        let done = bar.clone();
        let stream = stream
            .inspect(move |chunk| {
                if let Ok(c) = chunk {
                    bar.inc(c.len() as u64);
                }
            })
            .chain(futures::stream::once(async move {
                done.finish_and_clear();
                Ok(bytes::Bytes::new())
            }));
        osm_client::Attachment::from_stream(name, len, stream)
    } else {
        osm_client::Attachment::from_stream(name, len, stream)
    };
    Ok(attachment)
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
                        if let Some(b) = &bar {
                            b.inc(chunk.len() as u64);
                        }
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
                    if let Some(b) = &bar {
                        b.inc(chunk.len() as u64);
                    }
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
