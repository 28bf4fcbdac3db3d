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
//! A server checks such a request with [`Verifier`].

mod algorithm;
pub mod canonical;
mod credentials;
mod date;
pub mod provider;
mod secret;
mod sign;
mod signature;
mod verify;

pub use algorithm::{Algorithm, UnsupportedAlgorithm};
pub use credentials::{Credentials, CredentialsError};
pub use date::{DateError, SdkDate};
pub use provider::{
    ChainProvider, EnvProvider, Environment, FileProvider, ProcessEnv, ProvideCredentials,
    StaticProvider,
};
pub use secret::SecretString;
pub use sign::{SignableBody, SignableRequest, SigningError, SigningOutput, SigningParams, sign};
pub use signature::{CanonicalRequest, DerivedScope, StringToSign};
pub use verify::{
    AuthorizationHeader, DEFAULT_WINDOW, KeyEntry, KeyLookup, VerifiableRequest, Verified,
    Verifier, VerifyError,
};
