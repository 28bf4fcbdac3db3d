//! Pieces of the client configuration: endpoints, timeouts and per-call header defaults.
//! [`crate::ClientBuilder`] puts them together.

use std::time::Duration;

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::error::Error;

/// Region used when none is configured.
pub const DEFAULT_REGION: &str = "cn-south-1";

/// The OSM endpoint of a Huawei Cloud region: `https://osm.<region>.myhuaweicloud.com`.
pub fn region_endpoint(region: &str) -> String {
    format!("https://osm.{region}.myhuaweicloud.com")
}

/// Operations that move file contents; they get the longer transfer timeouts.
pub(crate) const TRANSFER_OPERATIONS: &[&str] = &[
    "upload_accessory",
    "upload_json_accessories",
    "download_accessories",
    "download_images",
    "download_cases",
];

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
    /// (per attempt, whole operation) for an operation id.
    pub(crate) fn for_operation(&self, operation_id: &str) -> (Duration, Duration) {
        if TRANSFER_OPERATIONS.contains(&operation_id) {
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

/// Which Huawei Cloud site the account belongs to (the `X-Site` header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// The China site (`X-Site: 0`, the service's default).
    China,
    /// The international site (`X-Site: 1`).
    International,
}

impl Site {
    fn header_value(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Site::China => "0",
            Site::International => "1",
        })
    }
}

/// Headers sent with every call unless the call sets them itself.
#[derive(Debug, Clone, Default)]
pub(crate) struct HeaderDefaults {
    headers: HeaderMap,
}

impl HeaderDefaults {
    pub(crate) fn set_site(&mut self, site: Site) {
        self.headers
            .insert(HeaderName::from_static("x-site"), site.header_value());
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

    pub(crate) fn first(&self) -> &str {
        &self.0[0]
    }
}

fn parse_endpoint(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim();
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_owned()
    } else {
        format!("https://{trimmed}")
    };
    let url = reqwest::Url::parse(&with_scheme).map_err(|e| {
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
    fn region_endpoints() {
        assert_eq!(
            region_endpoint(DEFAULT_REGION),
            "https://osm.cn-south-1.myhuaweicloud.com"
        );
        assert_eq!(
            region_endpoint("ap-southeast-1"),
            "https://osm.ap-southeast-1.myhuaweicloud.com"
        );
    }

    #[test]
    fn endpoint_parsing() {
        let e = Endpoints::parse([
            "http://127.0.0.1:8080/",
            "osm.cn-north-4.myhuaweicloud.com",
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
        assert!(Endpoints::parse(Vec::<String>::new()).is_err());
    }

    #[test]
    fn timeouts() {
        let t = Timeouts::default();
        assert_eq!(t.for_operation("list_cases"), (t.attempt, t.operation));
        assert_eq!(
            t.for_operation("download_accessories"),
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
