//! The report as text, and the version bump it suggests.

use std::fmt;

use super::Report;

/// A `major.minor.patch` crate version (pre-release and build tags are ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrateVersion {
    /// Major version.
    pub major: u64,
    /// Minor version.
    pub minor: u64,
    /// Patch version.
    pub patch: u64,
}

impl CrateVersion {
    /// Parses `1.2.3` (a `-pre` or `+build` suffix is ignored); `None` if it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let core = text.split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|part| part.parse::<u64>().ok());
        let version = Self {
            major: parts.next()??,
            minor: parts.next()??,
            patch: parts.next()??,
        };
        parts.next().is_none().then_some(version)
    }
}

impl fmt::Display for CrateVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// Which part of the version to increase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bump {
    /// Nothing changed.
    None,
    /// `x.y.z` → `x.y.(z+1)`.
    Patch,
    /// `x.y.z` → `x.(y+1).0`.
    Minor,
    /// `x.y.z` → `(x+1).0.0`.
    Major,
}

impl Bump {
    /// The bump for a crate at `current`: for `0.x`, breaking → minor and additive → patch
    /// (Cargo treats `0.x` minor releases as incompatible); from `1.0`, breaking → major and
    /// additive → minor.
    pub fn suggest(current: CrateVersion, breaking: bool, additive: bool) -> Self {
        match (current.major, breaking, additive) {
            (_, false, false) => Self::None,
            (0, true, _) => Self::Minor,
            (0, false, true) => Self::Patch,
            (_, true, _) => Self::Major,
            (_, false, true) => Self::Minor,
        }
    }

    /// The version after this bump.
    pub fn apply(self, v: CrateVersion) -> CrateVersion {
        let (major, minor, patch) = match self {
            Self::None => (v.major, v.minor, v.patch),
            Self::Patch => (v.major, v.minor, v.patch + 1),
            Self::Minor => (v.major, v.minor + 1, 0),
            Self::Major => (v.major + 1, 0, 0),
        };
        CrateVersion {
            major,
            minor,
            patch,
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::None => "none",
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        })
    }
}

impl Report {
    /// The report as printed: one line per change, then the summary line.
    pub fn render(&self, current: CrateVersion) -> String {
        let mut out = String::new();
        for change in &self.changes {
            out.push_str("  ");
            out.push_str(&change.to_string());
            out.push('\n');
        }
        out.push_str(&self.summary(current));
        out.push('\n');
        out
    }

    /// One line: counts and the suggested bump, e.g.
    /// `2 breaking, 3 additive: suggested bump minor (osm-client 0.1.0 -> 0.2.0)`.
    pub fn summary(&self, current: CrateVersion) -> String {
        let bump = self.suggested_bump(current);
        if bump == Bump::None {
            return "no API changes: no version bump needed".to_owned();
        }
        let why = match (current.major, bump) {
            (0, Bump::Minor) => "breaking changes bump the minor version of a 0.x crate",
            (0, _) => "additive changes bump the patch version of a 0.x crate",
            (_, Bump::Major) => "breaking changes bump the major version",
            _ => "additive changes bump the minor version",
        };
        format!(
            "{} breaking, {} additive: suggested bump {bump} (osm-client {current} -> {}; {why})",
            self.breaking(),
            self.additive(),
            bump.apply(current),
        )
    }
}
