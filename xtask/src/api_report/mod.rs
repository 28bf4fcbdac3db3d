//! The API-change report: what an edit of `spec/osm.yaml` does to code that uses osm-client.
//!
//! [`Report::between`] compares two OpenAPI documents and lists every change that the generated
//! client exposes — operations, parameters, request bodies, responses, models (named
//! `components/schemas`) and their fields — each classified [`Impact::Breaking`] or
//! [`Impact::Additive`]. Not compared: descriptions, summaries, examples, tags, security,
//! `nullable`, `default`, length/range/pattern constraints (osm-gen strips them before
//! progenitor) and vendor extensions.
//!
//! # Classification rules
//!
//! The rules follow what the generated Rust API does (osm-gen's fluent builders over typify's
//! models: one setter per parameter and body field, every model field an `Option` (or a list or
//! map), value sets as open enums, required inputs checked by `send()`). "Sent" means the schema
//! is reachable from a parameter or a request body, "received" from a response; a model
//! reachable from both, or from no operation, counts as both ([`Side`]). Code is assumed to
//! build requests through the setters, or model literals ending in `..Default::default()`
//! (every model has a `Default`): with exhaustive struct literals every added field would be
//! breaking.
//!
//! | change | breaking when | why |
//! |---|---|---|
//! | operation added | never | a new method on `Client` |
//! | operation removed | always | the method disappears |
//! | operation method/path changed | never | same Rust method; requests go to the new route |
//! | parameter added | it is required | `send()` fails with `Error::MissingInput` until callers set it |
//! | parameter removed | always | its builder setter disappears |
//! | parameter or field retyped | always | the setter/field type changes (also `T` ↔ enum, format changes) |
//! | parameter made required | always | `send()` fails for callers that never set it |
//! | parameter made optional | never | optional setters take the plain value, as required ones do |
//! | request body added / removed / retyped | always | its setters appear / disappear / change type |
//! | success or error response retyped | always | `Response<T>` changes type / the error body `osm_client::Error` reads changes shape |
//! | model added | never | a new type |
//! | model removed or retyped | always | the type disappears or changes shape |
//! | field added | it is required on a sent model | `send()` fails until callers set it |
//! | field removed | always | field, accessor and setter disappear |
//! | field made required | the model is sent | `send()` fails for callers that never set it; readers see `Option<T>` either way |
//! | field made optional | never | every model field is `Option<T>` already |
//! | enum narrowed (values removed) | always | a variant disappears |
//! | enum widened (values added) | never | value sets are open enums (`#[non_exhaustive]`): the new value decoded as `Unknown(..)` before |
//!
//! # Suggested version bump
//! [`Bump::suggest`]: for `0.x` crates breaking → minor (`0.1.3` → `0.2.0`), additive → patch;
//! from `1.0` on breaking → major, additive → minor; no change → none.

mod models;
mod operations;
mod render;
mod rules;
mod schema_shape;
mod side;

use std::fmt;

use openapiv3::OpenAPI;

pub use render::{Bump, CrateVersion};
pub use schema_shape::EnumKind;
pub use side::Side;

/// Parses an OpenAPI document from YAML (JSON is YAML too).
pub fn parse_spec(text: &str) -> Result<OpenAPI, serde_yaml_ng::Error> {
    serde_yaml_ng::from_str(text)
}

/// Whether a change can break code that compiles and works against the previous client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Existing code may stop compiling or start failing at run time.
    Breaking,
    /// Existing code keeps compiling and behaving as before.
    Additive,
}

impl fmt::Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Self::Breaking => "breaking",
            Self::Additive => "additive",
        })
    }
}

/// The part of the API a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// An operation (a method on the generated `Client`).
    Operation,
    /// A path, query or header parameter of an operation (a builder setter).
    Parameter,
    /// The request body of an operation.
    RequestBody,
    /// The success or error response of an operation.
    Response,
    /// A named model, `components/schemas/<Name>` (a generated type).
    Model,
    /// A property of a model or of an inline object.
    Field,
}

/// What changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Newly present; `required` for parameters and fields, false otherwise.
    Added {
        /// The new parameter or field is required.
        required: bool,
    },
    /// No longer present.
    Removed,
    /// The generated Rust type changed.
    Retyped {
        /// Type label before.
        from: String,
        /// Type label after.
        to: String,
    },
    /// An operation kept its id but changed method or path.
    Moved {
        /// `METHOD /path` before.
        from: String,
        /// `METHOD /path` after.
        to: String,
    },
    /// Was optional, is now required.
    RequiredOn,
    /// Was required, is now optional.
    RequiredOff,
    /// Enum values were removed.
    EnumNarrowed {
        /// The removed values, as JSON.
        removed: Vec<String>,
    },
    /// Enum values were added.
    EnumWidened {
        /// The added values, as JSON.
        added: Vec<String>,
        /// What the enum is in Rust.
        kind: EnumKind,
    },
}

/// One line of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Breaking or additive, by the rules in the [module docs](self).
    pub impact: Impact,
    /// What part of the API changed.
    pub element: Element,
    /// What happened to it.
    pub kind: ChangeKind,
    /// Where: `list_cases: query parameter status`, `model CaseInfo`, `CaseInfo.status`, ...
    pub location: String,
    /// Why it is breaking, for the cases where that is not obvious.
    pub reason: Option<&'static str>,
    /// For models and their fields: the operations (ids, sorted) whose parameters, request
    /// body or responses use the model, in either spec.
    pub used_by: Vec<String>,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<9} {}: ", self.impact, self.location)?;
        match &self.kind {
            ChangeKind::Added { required: true } => f.write_str("added (required)")?,
            ChangeKind::Added { required: false } => match self.element {
                Element::Parameter | Element::Field => f.write_str("added (optional)")?,
                _ => f.write_str("added")?,
            },
            ChangeKind::Removed => f.write_str("removed")?,
            ChangeKind::Retyped { from, to } => write!(f, "retyped {from} -> {to}")?,
            ChangeKind::Moved { from, to } => write!(f, "moved {from} -> {to}")?,
            ChangeKind::RequiredOn => f.write_str("now required")?,
            ChangeKind::RequiredOff => f.write_str("now optional")?,
            ChangeKind::EnumNarrowed { removed } => {
                write!(f, "enum narrowed, removed {}", removed.join(", "))?;
            }
            ChangeKind::EnumWidened { added, .. } => {
                write!(f, "enum widened, added {}", added.join(", "))?;
            }
        }
        if let Some(reason) = self.reason {
            write!(f, " ({reason})")?;
        }
        match self.used_by.as_slice() {
            [] => Ok(()),
            [a] => write!(f, " [used by {a}]"),
            [a, b] => write!(f, " [used by {a}, {b}]"),
            [a, b, rest @ ..] => write!(f, " [used by {a}, {b} and {} more]", rest.len()),
        }
    }
}

/// Every API change between two versions of the spec, breaking ones first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The changes: breaking first, then additive; each group in document order.
    pub changes: Vec<Change>,
}

impl Report {
    /// Compares `old` with `new`.
    pub fn between(old: &OpenAPI, new: &OpenAPI) -> Self {
        let mut diff = models::Diff::new(old, new);
        operations::diff_operations(&mut diff);
        diff.diff_models();
        let mut changes = diff.into_changes();
        changes.sort_by_key(|change| change.impact);
        Self { changes }
    }

    /// How many changes are breaking.
    pub fn breaking(&self) -> usize {
        self.count(Impact::Breaking)
    }

    /// How many changes are additive.
    pub fn additive(&self) -> usize {
        self.count(Impact::Additive)
    }

    fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    /// The version bump these changes call for, from `current`.
    pub fn suggested_bump(&self, current: CrateVersion) -> Bump {
        Bump::suggest(current, self.breaking() > 0, self.additive() > 0)
    }
}
