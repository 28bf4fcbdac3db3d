//! `cargo xtask codegen [--check]`: keep the committed generated files — osm-client's
//! bindings and the `osm` command line's operation commands — equal to what osm-gen makes of
//! the spec.
//!
//! The generator is passed in as a function so the file handling can be tested without
//! running osm-gen; the binary passes `osm_gen::generate`.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use similar::{Algorithm, ChangeTag, TextDiff};

pub use crate::spec_source::SPEC_PATH;

/// The committed bindings that osm-client compiles with its `codegen` feature off, relative to
/// the workspace root.
pub const BINDINGS_PATH: &str = "osm-client/generated/osm.rs";

/// The `osm` command line's generated operation commands (osm-cli compiles them as they are),
/// relative to the workspace root.
pub const CLI_COMMANDS_PATH: &str = "osm-cli/generated/commands.rs";

/// The command that brings the bindings up to date.
pub const FIX_COMMAND: &str = "cargo xtask codegen";

/// How many lines of unified diff `--check` prints before cutting it short.
pub const DIFF_LINE_CAP: usize = 300;

/// Why `codegen` could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// The spec file could not be read.
    #[error("cannot read {path}: {source}")]
    ReadSpec {
        /// The spec path.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// osm-gen rejected the spec; the message names the place in the spec and the fix.
    #[error("osm-gen rejected {SPEC_PATH}; nothing was written.\n{0}")]
    Generate(String),
    /// The committed bindings could not be read.
    #[error("cannot read {path}: {source}")]
    ReadBindings {
        /// The bindings path.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The new bindings could not be written; the old file is left as it was.
    #[error("cannot write {path}: {source} (the previous file is unchanged)")]
    WriteBindings {
        /// The bindings path.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
}

/// Lines added and removed between two versions of a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineCounts {
    /// Lines only in the new version.
    pub added: usize,
    /// Lines only in the old version.
    pub removed: usize,
}

/// A committed generated file compared with a freshly generated one.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The file, relative to the workspace root ([`BINDINGS_PATH`] or [`CLI_COMMANDS_PATH`]).
    pub path: &'static str,
    /// The committed file, empty if it does not exist yet.
    pub committed: String,
    /// Whether the committed file exists.
    pub exists: bool,
    /// What osm-gen generates from the current spec.
    pub generated: String,
}

impl Comparison {
    /// Generates the bindings from the spec under `root` and reads the committed ones.
    pub fn load<E: std::fmt::Display>(
        root: &Path,
        generate: impl FnOnce(&str) -> Result<String, E>,
    ) -> Result<Self, CodegenError> {
        let spec_path = root.join(SPEC_PATH);
        let spec =
            std::fs::read_to_string(&spec_path).map_err(|source| CodegenError::ReadSpec {
                path: spec_path,
                source,
            })?;
        let generated = generate(&spec).map_err(|e| CodegenError::Generate(e.to_string()))?;
        Self::for_file(root, BINDINGS_PATH, generated)
    }

    /// Compares `generated` with the committed file at `path` (relative to `root`).
    pub fn for_file(
        root: &Path,
        path: &'static str,
        generated: String,
    ) -> Result<Self, CodegenError> {
        let bindings_path = root.join(path);
        let (committed, exists) = match std::fs::read_to_string(&bindings_path) {
            Ok(text) => (text, true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => (String::new(), false),
            Err(source) => {
                return Err(CodegenError::ReadBindings {
                    path: bindings_path,
                    source,
                });
            }
        };
        Ok(Self {
            path,
            committed,
            exists,
            generated,
        })
    }

    /// The committed file is exactly what the spec generates.
    pub fn is_up_to_date(&self) -> bool {
        self.exists && self.committed == self.generated
    }

    fn diff(&self) -> TextDiff<'_, '_, str> {
        TextDiff::configure()
            .algorithm(Algorithm::Myers)
            // Bounds the time on pathological inputs; the diff stays correct, just less minimal.
            .timeout(Duration::from_secs(2))
            .diff_lines(self.committed.as_str(), self.generated.as_str())
    }

    /// Lines added and removed by regenerating.
    pub fn line_counts(&self) -> LineCounts {
        let mut counts = LineCounts::default();
        for change in self.diff().iter_all_changes() {
            match change.tag() {
                ChangeTag::Insert => counts.added += 1,
                ChangeTag::Delete => counts.removed += 1,
                ChangeTag::Equal => {}
            }
        }
        counts
    }

    /// The unified diff committed → generated, cut after `cap` lines with a note saying how
    /// many were left out.
    pub fn unified_diff(&self, cap: usize) -> String {
        let path = self.path;
        let committed = if self.exists {
            format!("a/{path} (committed)")
        } else {
            "/dev/null (no committed bindings yet)".to_owned()
        };
        let generated = format!("b/{path} (generated from {SPEC_PATH})");
        let full = self
            .diff()
            .unified_diff()
            .context_radius(3)
            .header(&committed, &generated)
            .to_string();
        let total = full.lines().count();
        if total <= cap {
            return full;
        }
        let mut out: String = full.lines().take(cap).fold(String::new(), |mut out, line| {
            out.push_str(line);
            out.push('\n');
            out
        });
        let _ = writeln!(
            out,
            "... diff cut after {cap} of {total} lines; run `{FIX_COMMAND}` and `git diff {path}` to see all of it"
        );
        out
    }

    /// Replaces the committed bindings with the generated ones, if they differ. The new text
    /// is written to a temporary file beside the target and renamed over it, so an
    /// interrupted run never leaves a half-written file.
    pub fn write(&self, root: &Path) -> Result<bool, CodegenError> {
        if self.is_up_to_date() {
            return Ok(false);
        }
        let path = root.join(self.path);
        let tmp = path.with_extension("rs.tmp");
        let write = || -> io::Result<()> {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&tmp, &self.generated)?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|source| {
            let _ = std::fs::remove_file(&tmp);
            CodegenError::WriteBindings {
                path: path.clone(),
                source,
            }
        })?;
        Ok(true)
    }
}

/// The line that `codegen` prints about a generated file, e.g.
/// `osm-client/generated/osm.rs: rewritten, +12 -3 lines (1 file changed)`.
pub fn summary_line(comparison: &Comparison, written: bool) -> String {
    let path = comparison.path;
    if !written {
        let lines = comparison.generated.lines().count();
        return format!("{path}: up to date ({lines} lines, 0 files changed)");
    }
    let LineCounts { added, removed } = comparison.line_counts();
    let verb = if comparison.exists {
        "rewritten"
    } else {
        "created"
    };
    format!("{path}: {verb}, +{added} -{removed} lines (1 file changed)")
}
