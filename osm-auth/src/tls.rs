//! The TLS configuration of osm-rs's HTTP clients: rustls with the *ring* crypto provider and
//! the platform's certificate verifier (the system trust store), offering HTTP/2 and HTTP/1.1.
//!
//! reqwest's own rustls default, aws-lc-rs, compiles a large C library (about 35 s of a fresh
//! build on two cores); *ring* is much smaller. The configuration is handed to each reqwest
//! client (`tls_backend_preconfigured`), so nothing process-wide is installed.

use std::sync::Arc;

use rustls_platform_verifier::BuilderVerifierExt as _;

/// A rustls client configuration: *ring*, the platform verifier, safe default protocol
/// versions, ALPN `h2` then `http/1.1`. Fails only when the platform verifier cannot start.
pub fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// A reqwest client builder that uses [`client_config`].
pub fn http_client_builder() -> Result<reqwest::ClientBuilder, rustls::Error> {
    Ok(reqwest::Client::builder().tls_backend_preconfigured(client_config()?))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn ring_with_h2_and_http1() {
        let config = client_config().unwrap();
        assert_eq!(
            config.alpn_protocols,
            [b"h2".to_vec(), b"http/1.1".to_vec()]
        );
        assert!(http_client_builder().unwrap().build().is_ok());
    }
}
