//! [`CliError`]: why a command failed, its one-line message (with a hint where one is known)
//! and its exit code.
//!
//! | exit code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | the service answered with an error, or the network, a file or the service's answer failed |
//! | 2 | usage: a bad flag or value, bad input, missing credentials or configuration; nothing was sent |

use osm_client::Error as ClientError;
use osm_client::identity::IdentityError;

/// Exit code of a command that worked.
pub(crate) const EXIT_OK: u8 = 0;
/// Exit code of an API, network or I/O failure.
pub(crate) const EXIT_FAILED: u8 = 1;
/// Exit code of a usage error (nothing was sent).
pub(crate) const EXIT_USAGE: u8 = 2;

/// Why an `osm` command failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// A bad flag, value or input; nothing was sent.
    #[error("{0}")]
    Usage(String),
    /// What osm-client said.
    #[error("{}", client_message(.0))]
    Client(#[from] ClientError),
    /// A local failure after the command started (writing a file, the terminal).
    #[error("{0}")]
    Failed(String),
}

impl CliError {
    /// A usage error.
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        CliError::Usage(message.into())
    }

    /// For a signature mismatch the server explained, how its canonical request differs
    /// from the one signed.
    pub(crate) fn signature_diagnosis(&self) -> Option<osm_client::SignatureDiagnosis> {
        match self {
            CliError::Client(e) => e.signature_diagnosis(),
            _ => None,
        }
    }

    /// The process exit code for this error.
    pub(crate) fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => EXIT_USAGE,
            CliError::Failed(_) => EXIT_FAILED,
            CliError::Client(e) => match e {
                ClientError::Config(_)
                | ClientError::Credentials(_)
                | ClientError::InvalidRequest(_)
                | ClientError::MissingInput { .. }
                | ClientError::AttachmentRejected(_) => EXIT_USAGE,
                // nothing configured anywhere (a provider that failed is exit 1)
                ClientError::Identity(IdentityError::ChainExhausted(_)) => EXIT_USAGE,
                _ => EXIT_FAILED,
            },
        }
    }
}

/// The client's one-line message, with a hint for errors whose cause is usually known.
fn client_message(e: &ClientError) -> String {
    let text = e.to_string().replace('\n', " ");
    match hint(e) {
        Some(hint) => format!("{text}; hint: {hint}"),
        None => text,
    }
}

fn hint(e: &ClientError) -> Option<&'static str> {
    match e {
        ClientError::Api(api) if api.signature_diagnosis().is_some() => {
            // the message already says which of the two it is
            Some(match api.signature_diagnosis()?.is_identical() {
                true => "check HUAWEICLOUD_SDK_SK or the profile's sk",
                false => {
                    "a proxy that rewrites the URL or headers breaks signatures; --debug shows both canonical requests"
                }
            })
        }
        ClientError::Api(api) => {
            let message = api.error_msg().unwrap_or_default().to_ascii_lowercase();
            match api.error_code() {
                Some("APIGW.0301")
                    if message.contains("date")
                        || message.contains("time")
                        || message.contains("expired")
                        || message.contains("skew") =>
                {
                    Some(
                        "signed requests are valid for 15 minutes around the server's clock; check this machine's clock",
                    )
                }
                Some("APIGW.0301")
                    if message.contains("access key")
                        || message.contains("unknown")
                        || message.contains("not found") =>
                {
                    Some(
                        "the access key is not known to this endpoint; check HUAWEICLOUD_SDK_AK, --profile and --endpoint",
                    )
                }
                Some("APIGW.0301") if message.contains("signature") => Some(
                    "the secret key does not match the access key; check HUAWEICLOUD_SDK_SK or the profile's sk",
                ),
                Some("APIGW.0302") => Some(
                    "the domain id must be the account that owns the access key; check HUAWEICLOUD_SDK_DOMAIN_ID or the profile's domain_id",
                ),
                Some("APIGW.0101") => {
                    Some("this endpoint does not serve the OSM API; check --endpoint or --region")
                }
                _ => None,
            }
        }
        ClientError::Transport(t) if t.to_string().contains("connect") => {
            Some("check --endpoint (or OSM_ENDPOINT) and that the server is running")
        }
        ClientError::Credentials(_) | ClientError::Identity(_) => Some(
            "set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK and HUAWEICLOUD_SDK_DOMAIN_ID, run `osm configure`, or run on ECS/CCE with an agency",
        ),
        _ => None,
    }
}
