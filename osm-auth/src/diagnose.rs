//! Signature-mismatch diagnosis: the line-by-line difference between the canonical request a
//! client signed and the one the server computed.
//!
//! Huawei's API gateway logs the canonical request it computed for an `APIGW.0301` "verify
//! aksk signature fail" as `...;canonicalRequest:<canonical request>`; osm-sandbox puts the same
//! in the error message itself: `error_msg` = *text* + [`CANONICAL_REQUEST_MARKER`] + the
//! canonical request (its lines separated by `\n`, up to the end of the message).
//!
//! ```
//! use osm_auth::diagnose::{canonical_request_from_error, diff_canonical_requests};
//!
//! let signed = "GET\n/v2/cases/\nlimit=10\nhost:osm.example.com\n\nhost\nUNSIGNED-PAYLOAD";
//! let msg = "Incorrect IAM authentication information: verify aksk signature fail;canonicalRequest:\
//!     GET\n/v2/cases/\nlimit=20\nhost:osm.example.com\n\nhost\nUNSIGNED-PAYLOAD";
//! let server = canonical_request_from_error(msg).unwrap();
//! let diagnosis = diff_canonical_requests(signed, server);
//! assert_eq!(diagnosis.differences().count(), 2); // the signed line and the server's
//! assert_eq!(
//!     diagnosis.to_string(),
//!     "line 3 (query string):\n  signed: limit=10\n  server: limit=20\n"
//! );
//! ```

use std::borrow::Cow;
use std::fmt;

use similar::{ChangeTag, TextDiff};

/// What separates the message from the canonical request in a signature-mismatch error.
pub const CANONICAL_REQUEST_MARKER: &str = ";canonicalRequest:";

/// The canonical request a signature-mismatch error message carries, if any.
pub fn canonical_request_from_error(error_msg: &str) -> Option<&str> {
    error_msg
        .find(CANONICAL_REQUEST_MARKER)
        .map(|i| &error_msg[i + CANONICAL_REQUEST_MARKER.len()..])
}

/// `canonical` with the value of its `x-security-token` header line replaced by
/// `<redacted>`: what a server may put in an error message and what a client may show.
pub fn redact_security_token(canonical: &str) -> Cow<'_, str> {
    const LINE: &str = "\nx-security-token:";
    let Some(start) = canonical.find(LINE).map(|i| i + LINE.len()) else {
        return Cow::Borrowed(canonical);
    };
    let end = canonical[start..]
        .find('\n')
        .map_or(canonical.len(), |i| start + i);
    Cow::Owned(format!(
        "{}<redacted>{}",
        &canonical[..start],
        &canonical[end..]
    ))
}

/// One line of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// The same on both sides.
    Same(String),
    /// Only in the canonical request the client signed.
    Signed(String),
    /// Only in the canonical request the server computed.
    Server(String),
}

/// The line-by-line comparison of two canonical requests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureDiagnosis {
    lines: Vec<(Option<usize>, Line)>,
    signed_roles: Vec<&'static str>,
}

impl SignatureDiagnosis {
    /// Every line, in order (differences as the pairs of lines that replace each other).
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().map(|(_, l)| l)
    }

    /// Only the lines that differ.
    pub fn differences(&self) -> impl Iterator<Item = &Line> {
        self.lines().filter(|l| !matches!(l, Line::Same(_)))
    }

    /// Whether the two canonical requests are the same (then the secret key differs).
    pub fn is_identical(&self) -> bool {
        self.differences().next().is_none()
    }

    /// Where the first difference is, as `line N (role)` of the signed canonical request,
    /// e.g. `line 3 (query string)`; `None` when both are identical.
    pub fn first_difference(&self) -> Option<String> {
        self.lines
            .iter()
            .find(|(_, l)| !matches!(l, Line::Same(_)))
            .map(|(at, _)| self.heading(*at))
    }

    fn heading(&self, at: Option<usize>) -> String {
        match at {
            Some(n) => {
                let role = self
                    .signed_roles
                    .get(n - 1)
                    .copied()
                    .unwrap_or("extra line");
                format!("line {n} ({role})")
            }
            None => "line ?".to_owned(),
        }
    }
}

/// What each line of a canonical request is: method, path, query, headers, blank line,
/// signed-header list, payload hash.
fn roles(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut in_headers = true;
    for (i, line) in text.split('\n').enumerate() {
        let role = match i {
            0 => "method",
            1 => "path",
            2 => "query string",
            _ if in_headers && line.is_empty() => {
                in_headers = false;
                "end of headers"
            }
            _ if in_headers => "header",
            _ if out.last() == Some(&"end of headers") => "signed headers",
            _ => "payload hash",
        };
        out.push(role);
    }
    out
}

/// Compares the canonical request the client signed with the one the server computed (each
/// side's security token, if any, [redacted](redact_security_token) first).
pub fn diff_canonical_requests(signed: &str, server: &str) -> SignatureDiagnosis {
    let (signed, server) = (redact_security_token(signed), redact_security_token(server));
    let (signed, server) = (signed.as_ref(), server.as_ref());
    let diff = TextDiff::from_lines(signed, server);
    let lines = diff
        .iter_all_changes()
        .map(|c| {
            let text = c.value().strip_suffix('\n').unwrap_or(c.value()).to_owned();
            let at = c.old_index().or(c.new_index());
            let line = match c.tag() {
                ChangeTag::Equal => Line::Same(text),
                ChangeTag::Delete => Line::Signed(text),
                ChangeTag::Insert => Line::Server(text),
            };
            (at.map(|i| i + 1), line)
        })
        .collect();
    SignatureDiagnosis {
        lines,
        signed_roles: roles(signed),
    }
}

impl fmt::Display for SignatureDiagnosis {
    /// The differing lines, each with its line number and role in the client's canonical
    /// request; or a note that both are identical.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_identical() {
            return writeln!(
                f,
                "the canonical requests are identical: the secret key (or the algorithm) differs"
            );
        }
        let mut last_heading = None;
        for (at, line) in &self.lines {
            let (who, text) = match line {
                Line::Same(_) => continue,
                Line::Signed(t) => ("signed", t),
                Line::Server(t) => ("server", t),
            };
            let heading = self.heading(*at);
            if last_heading.as_ref() != Some(&heading) {
                writeln!(f, "{heading}:")?;
                last_heading = Some(heading);
            }
            writeln!(f, "  {who}: {text}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_and_missing_marker() {
        let d = diff_canonical_requests("a\nb", "a\nb");
        assert!(d.is_identical());
        assert_eq!(d.first_difference(), None);
        assert!(d.to_string().contains("secret key"));
        assert_eq!(
            canonical_request_from_error("verify aksk signature fail"),
            None
        );
        assert_eq!(canonical_request_from_error(";canonicalRequest:"), Some(""));
    }

    #[test]
    fn security_tokens_are_redacted_on_both_sides() {
        let signed = "GET\n/\n\nhost:h\nx-security-token:SECRET-A\n\nhost;x-security-token\nabc";
        let server = "GET\n/\n\nhost:h\nx-security-token:<redacted>\n\nhost;x-security-token\nabc";
        assert_eq!(redact_security_token(signed), server);
        assert_eq!(
            redact_security_token("GET\n/\n\nhost:h\n\nhost\nabc"),
            "GET\n/\n\nhost:h\n\nhost\nabc"
        );
        let d = diff_canonical_requests(signed, server);
        assert!(d.is_identical(), "{d}");
        let d = diff_canonical_requests(signed, &signed.replace("host:h", "host:g"));
        assert!(!d.to_string().contains("SECRET"), "{d}");
    }

    #[test]
    fn a_changed_header_and_an_extra_one() {
        let signed =
            "POST\n/v2/x/\n\ncontent-type:application/json\nhost:h\n\ncontent-type;host\nabc";
        let server =
            "POST\n/v2/x/\n\ncontent-type:text/plain\nhost:h\nx-a:1\n\ncontent-type;host\nabc";
        let d = diff_canonical_requests(signed, server);
        let diffs: Vec<&Line> = d.differences().collect();
        assert_eq!(
            diffs,
            [
                &Line::Signed("content-type:application/json".into()),
                &Line::Server("content-type:text/plain".into()),
                &Line::Server("x-a:1".into()),
            ]
        );
        assert_eq!(d.first_difference().as_deref(), Some("line 4 (header)"));
        assert!(d.to_string().starts_with("line 4 (header):\n  signed: content-type:application/json\n  server: content-type:text/plain\n"), "{d}");
    }
}
