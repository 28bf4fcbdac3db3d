//! Where the two specs of the API-change report come from: files, or the last commit.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The spec, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/osm.yaml";

/// Where a spec text was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpecSource {
    /// `git show HEAD:<path>`.
    Committed(String),
    /// The working-tree file.
    WorkingTree(String),
    /// A file given with `--from`/`--to`.
    File(PathBuf),
}

impl std::fmt::Display for SpecSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Committed(path) => write!(f, "HEAD:{path}"),
            Self::WorkingTree(path) => write!(f, "{path} (working tree)"),
            Self::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// Why the committed spec is not available.
#[derive(Debug, thiserror::Error)]
pub enum CommittedSpecError {
    /// git could not be started.
    #[error("cannot run git: {0}")]
    NoGit(#[source] std::io::Error),
    /// git ran but has no such file at HEAD (no commit yet, not a repository, file not
    /// committed yet, ...); holds git's message.
    #[error("no committed {path} to compare with ({git_says})")]
    NotCommitted {
        /// The spec path.
        path: String,
        /// git's stderr, trimmed.
        git_says: String,
    },
}

/// The text of `path` (relative to the repository root `root`) at `HEAD`.
pub fn committed_spec(root: &Path, path: &str) -> Result<String, CommittedSpecError> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["show", &format!("HEAD:{path}")])
        .output()
        .map_err(CommittedSpecError::NoGit)?;
    if output.status.success() {
        return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
    }
    Err(CommittedSpecError::NotCommitted {
        path: path.to_owned(),
        git_says: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
    })
}

/// Why a spec named on the command line could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ReportInputError {
    /// The file could not be read.
    #[error("cannot read {source_name}: {error}")]
    Read {
        /// Where the spec was to come from.
        source_name: SpecSource,
        /// The I/O error.
        error: std::io::Error,
    },
    /// The text is not an OpenAPI 3.0 document.
    #[error("cannot parse {source_name} as OpenAPI 3.0: {error}")]
    Parse {
        /// Where the spec came from.
        source_name: SpecSource,
        /// The parser's message, with line and column.
        error: serde_yaml_ng::Error,
    },
}

/// The API-change report between `from` (default: the committed spec) and `to` (default: the
/// working-tree spec), as printed by `cargo xtask codegen`, with a heading line.
///
/// Without `from`, a committed spec that is missing or does not parse is not an error: the
/// report says it was skipped.
pub fn api_changes_text(
    root: &Path,
    from: Option<&Path>,
    to: Option<&Path>,
    version: crate::api_report::CrateVersion,
) -> Result<String, ReportInputError> {
    let read = |source_name: SpecSource, path: PathBuf| {
        std::fs::read_to_string(&path)
            .map_err(|error| ReportInputError::Read { source_name, error })
    };
    let (old_source, old_text) = match from {
        Some(path) => (
            SpecSource::File(path.to_owned()),
            read(SpecSource::File(path.to_owned()), path.to_owned())?,
        ),
        None => match committed_spec(root, SPEC_PATH) {
            Ok(text) => (SpecSource::Committed(SPEC_PATH.to_owned()), text),
            Err(e) => return Ok(format!("API changes: skipped, {e}\n")),
        },
    };
    let new_source = match to {
        Some(path) => SpecSource::File(path.to_owned()),
        None => SpecSource::WorkingTree(SPEC_PATH.to_owned()),
    };
    let new_path = to.map_or_else(|| root.join(SPEC_PATH), Path::to_owned);
    let new_text = read(new_source.clone(), new_path)?;
    let parse = |source_name: &SpecSource, text: &str| {
        crate::api_report::parse_spec(text).map_err(|error| ReportInputError::Parse {
            source_name: source_name.clone(),
            error,
        })
    };
    let new = parse(&new_source, &new_text)?;
    let old = match parse(&old_source, &old_text) {
        Ok(old) => old,
        // An unparsable spec in an old commit is history, not a problem with this edit.
        Err(e) if matches!(old_source, SpecSource::Committed(_)) => {
            return Ok(format!("API changes: skipped, {e}\n"));
        }
        Err(e) => return Err(e),
    };
    let report = crate::api_report::Report::between(&old, &new);
    Ok(format!(
        "API changes ({old_source} -> {new_source}):\n{}",
        report.render(version)
    ))
}
