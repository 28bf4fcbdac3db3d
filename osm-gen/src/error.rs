//! Errors and findings: every problem names a JSON pointer into the spec, says what is wrong
//! and how to fix it.

use std::fmt;

/// What kind of problem a [`Finding`] reports (stable, for tests and tools to match on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingKind {
    /// The text is neither valid YAML nor valid JSON.
    Syntax,
    /// The document is valid YAML/JSON but not an OpenAPI 3.0 document of the expected shape.
    Schema,
    /// `openapi` is not 3.0.x (e.g. a 3.1 or Swagger 2.0 document).
    UnsupportedVersion,
    /// A `$ref` points nowhere (or outside the document).
    UnresolvedRef,
    /// A path item is a `$ref`, which progenitor cannot follow.
    PathItemRef,
    /// An operation has no `operationId`.
    MissingOperationId,
    /// Two operations share an `operationId`.
    DuplicateOperationId,
    /// An `operationId` is not a snake_case Rust identifier.
    InvalidOperationId,
    /// An operation has no (or an empty) `summary`.
    MissingSummary,
    /// An operation has no tag.
    MissingTag,
    /// An operation has no 2xx response.
    NoSuccessResponse,
    /// An operation has more than one 2xx response.
    MultipleSuccessResponses,
    /// An operation has a `default` response (progenitor counts it as a second success).
    DefaultResponse,
    /// A response shape progenitor cannot take (no schema, several media types, ...).
    UnsupportedResponse,
    /// Error responses with different schemas.
    InconsistentErrorResponses,
    /// A parameter shape progenitor cannot take (cookie, deepObject, array header, ...).
    UnsupportedParameter,
    /// A `{variable}` in a path without its `in: path` parameter, or the reverse.
    PathParameterMismatch,
    /// A request body shape progenitor cannot take (several media types, ...).
    UnsupportedRequestBody,
    /// A value set (`enum` component) osm-gen cannot make an open enum of (no or bad
    /// `x-enum-varnames`, a type other than integer or string).
    InvalidEnum,
    /// A model, property or parameter name that does not map to a Rust name.
    InvalidName,
    /// A malformed `x-osm-*` vendor extension.
    InvalidExtension,
    /// Two builder inputs (or an input and a builder method) would get the same name.
    NameClash,
}

/// One problem found in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What kind of problem this is.
    pub kind: FindingKind,
    /// JSON pointer (RFC 6901) to the offending place, e.g. `/paths/~1v2~1cases/get`.
    pub pointer: String,
    /// What is wrong.
    pub problem: String,
    /// How to fix it.
    pub fix: String,
}

impl Finding {
    pub(crate) fn new(
        kind: FindingKind,
        pointer: impl Into<String>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            pointer: pointer.into(),
            problem: problem.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        };
        write!(f, "{pointer}: {}\n  fix: {}", self.problem, self.fix)
    }
}

/// Why osm-gen could not generate code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec has problems; all of them are listed.
    #[error("{}", render_findings(.0))]
    Invalid(Vec<Finding>),
    /// progenitor rejected (or panicked on) an operation that passed osm-gen's checks.
    #[error(
        "{}: progenitor {} on operation `{operation}`: {message}\n  fix: change this \
         operation to a shape progenitor 0.15 supports (one JSON success response, `4XX`/`5XX` \
         errors sharing ErrorResponse, JSON request body), or teach osm-gen to adapt it",
        if .pointer.is_empty() { "/paths" } else { .pointer.as_str() },
        if *.panicked { "panicked" } else { "failed" }
    )]
    Generator {
        /// The operationId progenitor failed on (`*` when it could not be narrowed down).
        operation: String,
        /// JSON pointer to the operation.
        pointer: String,
        /// progenitor's message.
        message: String,
        /// Whether progenitor panicked (rather than returning an error).
        panicked: bool,
    },
    /// A bug in osm-gen: its own output did not parse, or progenitor's output changed shape.
    #[error("osm-gen internal error: {0}\n  fix: report this with the spec that triggers it")]
    Internal(String),
}

impl Error {
    /// The findings, when the spec itself is invalid.
    pub fn findings(&self) -> &[Finding] {
        match self {
            Error::Invalid(findings) => findings,
            _ => &[],
        }
    }
}

fn render_findings(findings: &[Finding]) -> String {
    let mut out = format!(
        "spec/osm.yaml has {} problem{}:",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    for finding in findings {
        out.push_str("\n- ");
        out.push_str(&finding.to_string().replace('\n', "\n  "));
    }
    out
}

/// Escapes one JSON pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Builds a JSON pointer from segments.
pub(crate) fn pointer<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    segments.into_iter().fold(String::new(), |mut acc, s| {
        acc.push('/');
        acc.push_str(&escape(s.as_ref()));
        acc
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_slash_and_tilde() {
        assert_eq!(
            pointer(["paths", "/v2/a~b", "get"]),
            "/paths/~1v2~1a~0b/get"
        );
    }

    #[test]
    fn display_names_pointer_problem_and_fix() {
        let err = Error::Invalid(vec![Finding::new(
            FindingKind::MissingSummary,
            "/paths/~1x/get",
            "operation `x` has no summary",
            "add `summary:`",
        )]);
        let text = err.to_string();
        assert!(
            text.contains("/paths/~1x/get: operation `x` has no summary"),
            "{text}"
        );
        assert!(text.contains("fix: add `summary:`"), "{text}");
    }
}
