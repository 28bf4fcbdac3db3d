//! AK/SK request signing for Huawei Cloud, byte for byte as the official Python SDK
//! (`huaweicloudsdkcore` 3.1.219) signs; signature verification for servers; credential
//! providers.
//!
//! Signing is a pure function over plain data (time is a parameter):
//!
//! ```
//! use std::time::SystemTime;
//! use osm_auth::{sign, Credentials, SignableBody, SignableRequest, SigningParams};
//!
//! let credentials = Credentials::new("AK", "SK")?.with_domain_id("domain-id");
//! let request = SignableRequest::new("POST", "osm.myhuaweicloud.com", "/v2/servicerequest/cases")
//!     .with_query_pair("limit", "10")
//!     .with_header("Content-Type", "application/json")
//!     .with_header("X-Sdk-Date", "20261129T080000Z")
//!     .with_body(SignableBody::Bytes(br#"{"a":1}"#));
//! let signed = sign(&request, &SigningParams::new(&credentials, SystemTime::now()))?;
//! assert!(signed.authorization().starts_with("SDK-HMAC-SHA256 Access=AK, "));
//! assert_eq!(signed.canonical_query(), "limit=10");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Credentials that expire and refresh — ECS metadata, CCE pod identity, OIDC federation, IAM
//! password tokens — and the shared cache a client asks before every request are in
//! [`identity`] (feature `http-providers`, on by default).
//!
//! A server checks such a request with [`Verifier`] (see [`Verifier::verify_parts`] for
//! `http::request::Parts`), looking secret keys up through a [`KeyLookup`].
//!
//! # Algorithms and keys
//!
//! All five of the official SDKs: `SDK-HMAC-SHA256` (default), `V11-HMAC-SHA256`,
//! `SDK-HMAC-SM3`, `SDK-ECDSA-P256-SHA256` and `SDK-SM2-SM3` ([`Algorithm`]). The key of each
//! is prepared once per [`Credentials`] and algorithm, on first use, and shared by clones
//! ([`SigningKey`]): the HMAC inner and outer pads, the V11 HKDF extract, or the elliptic-curve
//! private key the asymmetric algorithms derive from AK and SK (see the `SigningKey` docs).
//! Our ECDSA and SM2 signatures are deterministic (RFC 6979), the SDKs' random; both verify the
//! same way.
//!
//! # Fidelity to the official SDK
//!
//! Checked against 410 vectors generated with the Python SDK (`tests/vectors/`), at every stage;
//! the asymmetric algorithms by cross-verification with the SDK's own keys and signatures.
//! Its quirks are reproduced on purpose: only a header named exactly `Content-Type` triggers
//! `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`; header values are trimmed of everything Python's
//! `str.strip()` removes (Unicode spaces and U+001C..U+001F included); names that differ only
//! in case are both signed with the last value; the payload-hash header is read back as
//! ISO-8859-1; years below 1000 are not zero-padded in the string to sign.
//!
//! Where this crate deliberately differs (the SDK would send a request the gateway rejects or
//! crash):
//! - `X-Sdk-Date` must be exactly `YYYYMMDDTHHMMSSZ`; Python's `strptime` also takes forms
//!   such as single-digit fields or a lower-case `t`/`z`, which are refused here.
//! - An empty path signs as `/` (the SDK raises `IndexError`).
//! - A request that already carries `Authorization` is an error, not re-signed.
//! - The verifier refuses a body that does not match a declared `X-Sdk-Content-Sha256`/`-Sm3`
//!   other than `UNSIGNED-PAYLOAD`.
//! - A CR or LF left in a header name or (trimmed) value, white space or control characters
//!   in the method, and an empty (or `/`, `,`, blank) V11 region or service are errors: they
//!   would inject header lines, or sign what no gateway can verify.
//! - `SDK-SM2-SM3` hashes the public key into the user hash `Z` with 32-byte coordinates, as
//!   GB/T 32918 and the Go and Java SDKs do; the Python SDK drops leading zero bytes (about one
//!   key in 128 is affected). The verifier accepts signatures over either `Z`.

mod algorithm;
pub mod canonical;
mod credentials;
mod date;
pub mod diagnose;
pub mod identity;
mod key;
mod output;
pub mod provider;
mod secret;
mod sha256;
mod sign;
mod signature;
#[cfg(feature = "http-providers")]
pub mod tls;
mod verify;

pub use algorithm::{Algorithm, UnsupportedAlgorithm};
pub use credentials::{Credentials, CredentialsError};
pub use date::{DateError, SdkDate};
pub use key::{KeyError, SigningKey};
pub use output::SigningOutput;
pub use provider::{
    ChainProvider, EnvProvider, Environment, FileProvider, ProcessEnv, ProvideCredentials,
    StaticProvider,
};
pub use secret::SecretString;
pub use sign::{SignableBody, SignableRequest, SigningError, SigningParams, sign};
pub use signature::{CanonicalRequest, DerivedScope, StringToSign};
pub use verify::{
    AuthorizationHeader, DEFAULT_WINDOW, KeyEntry, KeyLookup, VerifiableRequest, Verified,
    Verifier, VerifyError,
};
