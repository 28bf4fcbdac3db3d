//! Pieces of the client configuration: endpoints, timeouts and per-call header defaults.
//! [`crate::ClientBuilder`] puts them together.

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::error::Error;
use crate::types::Site;

/// Region used when none is configured.
pub const DEFAULT_REGION: &str = "cn-south-1";

/// Timeouts applied to every call. All are finite.
///
/// | timeout | default | what it bounds |
/// |---|---|---|
/// | `connect` | 10 s | establishing one TCP + TLS connection |
/// | `attempt` | 30 s | one attempt: sending, waiting, and reading the whole response |
/// | `operation` | 90 s | a call including all its retries and backoff |
/// | `transfer_attempt` | 5 min | one attempt of an upload or download |
/// | `transfer_operation` | 10 min | an upload or download including retries |
///
/// For downloads the attempt timeout also bounds reading the streamed body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing a connection.
    pub connect: Duration,
    /// One attempt of an ordinary call.
    pub attempt: Duration,
    /// An ordinary call including retries.
    pub operation: Duration,
    /// One attempt of an upload or download.
    pub transfer_attempt: Duration,
    /// An upload or download including retries.
    pub transfer_operation: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            operation: Duration::from_secs(90),
            transfer_attempt: Duration::from_secs(300),
            transfer_operation: Duration::from_secs(600),
        }
    }
}

impl Timeouts {
    /// (per attempt, whole operation) for an operation (transfers: `x-osm-transfer`).
    pub(crate) fn for_operation(&self, transfer: bool) -> (Duration, Duration) {
        if transfer {
            (self.transfer_attempt, self.transfer_operation)
        } else {
            (self.attempt, self.operation)
        }
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        let all = [
            ("connect", self.connect),
            ("attempt", self.attempt),
            ("operation", self.operation),
            ("transfer_attempt", self.transfer_attempt),
            ("transfer_operation", self.transfer_operation),
        ];
        for (name, d) in all {
            if d.is_zero() {
                return Err(Error::Config(format!(
                    "the {name} timeout is zero; give it a positive duration"
                )));
            }
        }
        Ok(())
    }
}

/// Headers sent with every call unless the call sets them itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct HeaderDefaults {
    headers: HeaderMap,
}

impl HeaderDefaults {
    pub(crate) fn set_site(&mut self, site: Site) {
        self.headers.insert(
            HeaderName::from_static("x-site"),
            HeaderValue::from(site.value()),
        );
    }

    pub(crate) fn set(&mut self, name: &'static str, value: &str) -> Result<(), Error> {
        let value = HeaderValue::from_str(value).map_err(|_| {
            Error::Config(format!(
                "{value:?} is not a valid {name} header value (printable ASCII only)"
            ))
        })?;
        self.headers.insert(HeaderName::from_static(name), value);
        Ok(())
    }

    /// Adds each default the request does not already carry.
    pub(crate) fn apply(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.headers {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
    }
}

/// The endpoints calls go to, in failover order, without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoints(Vec<String>);

impl Endpoints {
    pub(crate) fn parse<I, S>(endpoints: I) -> Result<Self, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut out = Vec::new();
        for e in endpoints {
            out.push(parse_endpoint(e.as_ref())?);
        }
        if out.is_empty() {
            return Err(Error::Config(
                "no endpoint configured; give a region or at least one endpoint URL".into(),
            ));
        }
        Ok(Endpoints(out))
    }

    pub(crate) fn get(&self, index: usize) -> &str {
        &self.0[index % self.0.len()]
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    #[cfg(test)]
    fn first(&self) -> &str {
        &self.0[0]
    }
}

fn parse_endpoint(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim();
    if !trimmed.contains("://") {
        return Err(Error::Config(format!(
            "endpoint {raw:?} has no scheme; write http://{trimmed} (e.g. for osm-sandbox) or \
             https://{trimmed}"
        )));
    }
    let url = reqwest::Url::parse(trimmed).map_err(|e| {
        Error::Config(format!(
            "endpoint {raw:?} is not a valid URL ({e}); expected e.g. https://osm.cn-south-1.myhuaweicloud.com"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::Config(format!(
            "endpoint {raw:?} must be an http:// or https:// URL with a host"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(Error::Config(format!(
            "endpoint {raw:?} must not carry a query, fragment or user name"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn endpoint_parsing() {
        let e = Endpoints::parse([
            "http://127.0.0.1:8080/",
            "https://osm.cn-north-4.myhuaweicloud.com",
            "https://gw.example/osm/",
        ])
        .unwrap();
        assert_eq!(e.first(), "http://127.0.0.1:8080");
        assert_eq!(e.get(1), "https://osm.cn-north-4.myhuaweicloud.com");
        assert_eq!(e.get(2), "https://gw.example/osm");
        assert_eq!(e.get(3), "http://127.0.0.1:8080");
        assert_eq!(e.len(), 3);
        for bad in ["ftp://x", "http://", "https://h/?a=1", "http://u:p@h", "::"] {
            let err = Endpoints::parse([bad]).unwrap_err();
            assert!(matches!(err, Error::Config(_)), "{bad}: {err}");
        }
        // no scheme: say which to add instead of guessing https
        let err = Endpoints::parse(["127.0.0.1:8080"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("write http://127.0.0.1:8080"), "{err}");
        assert!(Endpoints::parse(Vec::<String>::new()).is_err());
    }

    #[test]
    fn timeouts() {
        let t = Timeouts::default();
        assert_eq!(t.for_operation(false), (t.attempt, t.operation));
        assert_eq!(
            t.for_operation(true),
            (t.transfer_attempt, t.transfer_operation)
        );
        assert!(t.validate().is_ok());
        let zero = Timeouts {
            attempt: Duration::ZERO,
            ..t
        };
        assert!(zero.validate().unwrap_err().to_string().contains("attempt"));
    }

    #[test]
    fn header_defaults_do_not_override_the_call() {
        let mut d = HeaderDefaults::default();
        d.set_site(Site::International);
        d.set("x-language", "en-us").unwrap();
        assert!(d.set("x-time-zone", "GMT+8\n").is_err());
        let mut h = HeaderMap::new();
        h.insert("x-language", HeaderValue::from_static("zh-cn"));
        d.apply(&mut h);
        assert_eq!(h["x-site"], "1");
        assert_eq!(h["x-language"], "zh-cn");
    }
}
