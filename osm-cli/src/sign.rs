//! `osm sign`: sign a request for curl by hand.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::SystemTime;

use clap::{Args, ValueEnum};
use osm_auth::{
    Algorithm, ChainProvider, Credentials, CredentialsError, ProvideCredentials, SignableBody,
    SignableRequest, SigningError, SigningParams,
};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// Arguments of `osm sign`.
#[derive(Debug, Args)]
// the field docs are `--help` text, not Markdown: URLs and brackets stay as typed
#[allow(rustdoc::broken_intra_doc_links)]
pub(crate) struct SignArgs {
    /// HTTP method.
    #[arg(long, short = 'X', default_value = "GET")]
    method: String,
    /// Absolute URL: https://host[:port]/path?query (path and query are re-encoded canonically).
    #[arg(long)]
    url: String,
    /// A header to send and sign, `Name: value` (repeatable). An X-Sdk-Date header sets the
    /// signing time (YYYYMMDDTHHMMSSZ); otherwise the current time is used.
    #[arg(long = "header", short = 'H', value_name = "NAME: VALUE")]
    headers: Vec<String>,
    /// Request body.
    #[arg(long, short = 'd', conflicts_with = "data_file")]
    data: Option<String>,
    /// Read the request body from this file.
    #[arg(long, value_name = "PATH")]
    data_file: Option<PathBuf>,
    /// Signing algorithm (any case): sdk-hmac-sha256, v11-hmac-sha256, sdk-hmac-sm3,
    /// sdk-ecdsa-p256-sha256 or sdk-sm2-sm3. The last two sign with an EC key derived from the
    /// SK (deterministic, RFC 6979).
    #[arg(long, default_value = "sdk-hmac-sha256")]
    algorithm: String,
    /// Region id for v11-hmac-sha256.
    #[arg(long)]
    region: Option<String>,
    /// Service name for v11-hmac-sha256.
    #[arg(long)]
    service: Option<String>,
    /// Output: the headers to send, or a curl command.
    #[arg(long, value_enum, default_value_t = Format::Headers)]
    format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Every header to send, one `Name: value` per line.
    Headers,
    /// A ready-to-run curl command.
    Curl,
}

/// Why `osm sign` cannot sign.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SignError {
    #[error("bad header {0:?}: write it as 'Name: value'")]
    Header(String),
    #[error("{0}")]
    Algorithm(#[from] osm_auth::UnsupportedAlgorithm),
    #[error("v11-hmac-sha256 needs --region and --service")]
    MissingScope,
    #[error("cannot read --data-file {path}: {source}")]
    DataFile {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Credentials(#[from] CredentialsError),
    #[error("{0}")]
    Signing(#[from] SigningError),
}

/// Characters that cannot appear raw in a URL path (besides non-ASCII, always encoded).
const PATH_UNSAFE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'?')
    .add(b'{')
    .add(b'}');

fn parse_header(raw: &str) -> Result<(&str, &str), SignError> {
    let (name, value) = raw
        .split_once(':')
        .ok_or_else(|| SignError::Header(raw.to_owned()))?;
    let name = name.trim();
    let valid_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b));
    if !valid_name {
        return Err(SignError::Header(raw.to_owned()));
    }
    // like curl: the optional white space around the value is not part of it
    Ok((name, value.trim_matches([' ', '\t'])))
}

/// Signs the request `args` describe and renders the output.
pub(crate) fn run(args: &SignArgs, profile: Option<Credentials>) -> Result<String, SignError> {
    let algorithm: Algorithm = args.algorithm.parse()?;
    let headers = args
        .headers
        .iter()
        .map(|h| parse_header(h))
        .collect::<Result<Vec<_>, _>>()?;
    let body: Vec<u8> = match (&args.data, &args.data_file) {
        (Some(d), _) => d.clone().into_bytes(),
        (None, Some(path)) => std::fs::read(path).map_err(|source| SignError::DataFile {
            path: path.display().to_string(),
            source,
        })?,
        (None, None) => Vec::new(),
    };

    let mut request = SignableRequest::from_url(args.method.as_str(), &args.url)?;
    for (name, value) in &headers {
        request = request.with_header(*name, *value);
    }
    request = request.with_body(SignableBody::Bytes(&body));

    let credentials = match profile {
        Some(credentials) => credentials,
        None => ChainProvider::from_process().provide()?,
    };
    let mut params = SigningParams::new(&credentials, SystemTime::now()).with_algorithm(algorithm);
    if algorithm == Algorithm::V11HmacSha256 {
        match (&args.region, &args.service) {
            (Some(region), Some(service)) => {
                params = params.with_derived_scope(region, service);
            }
            _ => return Err(SignError::MissingScope),
        }
    }
    let signed = osm_auth::sign(&request, &params)?;

    let mut out = String::new();
    match args.format {
        Format::Headers => {
            for (name, value) in signed.headers() {
                let _ = writeln!(out, "{name}: {value}");
            }
        }
        Format::Curl => {
            let scheme = args.url.split_once("://").map_or("https", |(s, _)| s);
            let mut url = format!(
                "{scheme}://{}{}",
                request.host(),
                utf8_percent_encode(request.path(), PATH_UNSAFE)
            );
            if !signed.canonical_query().is_empty() {
                url.push('?');
                url.push_str(signed.canonical_query());
            }
            let _ = write!(
                out,
                "curl -X {} {}",
                shell_quote(request.method()),
                shell_quote(&url)
            );
            for (name, value) in signed.headers() {
                let _ = write!(
                    out,
                    " \\\n  -H {}",
                    shell_quote(&format!("{name}: {value}"))
                );
            }
            match (&args.data, &args.data_file) {
                (Some(d), _) => {
                    let _ = write!(out, " \\\n  --data-binary {}", shell_quote(d));
                }
                (None, Some(path)) => {
                    let _ = write!(
                        out,
                        " \\\n  --data-binary {}",
                        shell_quote(&format!("@{}", path.display()))
                    );
                }
                (None, None) => {}
            }
            out.push('\n');
        }
    }
    Ok(out)
}

/// Quotes `s` for a POSIX shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}
