//! The canonical forms the signature covers: URI, query string, header values.
//!
//! Every function here reproduces the official Python SDK (`huaweicloudsdkcore` 3.1.219,
//! `signer/signer.py`) byte for byte, quirks included; the vector tests pin that down.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Bytes kept as they are: `A-Z a-z 0-9 - _ . ~` (Python's `quote(s, safe='~')`).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The path bytes that neither decoding nor encoding changes: unreserved bytes and `/`.
static PLAIN_PATH: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-' | b'_' | b'.' | b'~');
        b += 1;
    }
    table
};

/// Percent-encodes `s` (UTF-8) keeping only unreserved bytes, upper-case hex.
pub fn encode(s: &str) -> impl std::fmt::Display + '_ {
    utf8_percent_encode(s, UNRESERVED)
}

/// Percent-decodes `s` as Python's `urllib.parse.unquote` does: `%XX` to bytes (a `%` not
/// followed by two hex digits stays), `+` stays, invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> Cow<'_, str> {
    percent_decode_str(s).decode_utf8_lossy()
}

/// Appends `s` percent-encoded as [`encode`] does.
pub(crate) fn push_encoded(out: &mut String, s: &str) {
    for chunk in utf8_percent_encode(s, UNRESERVED) {
        out.push_str(chunk);
    }
}

/// The canonical URI of a request path: decode, split on `/`, encode every segment, join,
/// and end with `/`. An empty path is treated as `/`.
pub fn canonical_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 8);
    push_canonical_uri(&mut out, path);
    out
}

/// Appends the canonical URI of `path` to `out`.
pub(crate) fn push_canonical_uri(out: &mut String, path: &str) {
    let start = out.len();
    // fast path: nothing to decode or encode (all bytes looked up, without a branch each)
    if path
        .bytes()
        .fold(true, |plain, b| plain & PLAIN_PATH[usize::from(b)])
    {
        out.push_str(path);
        if !path.ends_with('/') {
            out.push('/');
        }
        return;
    }
    let decoded = decode(path);
    for (i, segment) in decoded.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        push_encoded(out, segment);
    }
    if out.len() == start || !out.ends_with('/') {
        out.push('/');
    }
}

/// The canonical query string of decoded `(key, value)` pairs: sorted by key then value (by
/// code point), each encoded, joined as `k=v` with `&`. Repeated keys and empty values stay.
pub fn canonical_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    push_canonical_query(&mut out, pairs);
    out
}

/// Appends the canonical query string of `pairs` (see [`canonical_query`]) to `out`.
pub(crate) fn push_canonical_query<K: AsRef<str>, V: AsRef<str>>(
    out: &mut String,
    pairs: &[(K, V)],
) {
    if pairs.is_empty() {
        return;
    }
    let mut sorted: smallvec::SmallVec<[(&str, &str); 16]> = pairs
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    sorted.sort_unstable();
    for (i, (k, v)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_encoded(out, k);
        out.push('=');
        push_encoded(out, v);
    }
}

/// Splits a raw query string (`a=1&b=%20&c`) into decoded pairs: empty pieces are skipped, a
/// piece without `=` has an empty value, `+` is a literal plus (as in `unquote`).
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
            (decode(k).into_owned(), decode(v).into_owned())
        })
        .collect()
}

/// Whether Python's `str.strip()` removes `c`: Unicode white space plus U+001C..U+001F.
pub(crate) fn is_python_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Trims a header value as the Python SDK does (`str(value).strip()`).
pub fn trim_header_value(value: &str) -> &str {
    let b = value.as_bytes();
    // fast path: nothing to trim when both ends are visible ASCII
    if b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic) {
        return value;
    }
    value.trim_matches(is_python_whitespace)
}

/// What the Python SDK's header value becomes after it re-decodes the UTF-8 bytes as
/// ISO-8859-1 (it reads the payload-hash header back in that form).
pub(crate) fn utf8_as_latin1(value: &str) -> Cow<'_, str> {
    if value.is_ascii() {
        Cow::Borrowed(value)
    } else {
        Cow::Owned(value.bytes().map(char::from).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_gets_trailing_slash_and_reencoded_segments() {
        assert_eq!(canonical_uri("/v2/cases"), "/v2/cases/");
        assert_eq!(canonical_uri("/v2/cases/"), "/v2/cases/");
        assert_eq!(canonical_uri("/a%2Fb/c d"), "/a/b/c%20d/");
        assert_eq!(canonical_uri("/%E4%B8%80/%zz"), "/%E4%B8%80/%25zz/");
        assert_eq!(canonical_uri(""), "/");
    }

    #[test]
    fn query_sorted_by_key_then_value() {
        let pairs = [("b", "2"), ("a", "z"), ("a", ""), ("a b", "~*")];
        assert_eq!(canonical_query(&pairs), "a=&a=z&a%20b=~%2A&b=2");
    }

    #[test]
    fn parse_query_keeps_plus_and_empty_values() {
        assert_eq!(
            parse_query("a=1+2&&b&c=%41"),
            vec![
                ("a".into(), "1+2".into()),
                ("b".into(), String::new()),
                ("c".into(), "A".into())
            ]
        );
    }

    #[test]
    fn python_strip_removes_file_separators() {
        assert_eq!(trim_header_value("\u{1c} a\u{a0}\t"), "a");
    }
}
