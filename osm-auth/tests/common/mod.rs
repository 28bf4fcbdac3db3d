//! Loading the committed Python SDK vectors.
#![allow(dead_code, unreachable_pub)]

use std::time::SystemTime;

use base64::Engine as _;
use osm_auth::{Algorithm, Credentials, SdkDate, SignableBody, SignableRequest, SigningParams};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct VectorFile {
    pub python_whitespace: Vec<u32>,
    pub vectors: Vec<Vector>,
}

#[derive(Debug, Deserialize)]
pub struct Vector {
    pub name: String,
    pub algorithm: String,
    pub credentials: VectorCredentials,
    pub request: VectorRequest,
    pub now: String,
    pub scope: Option<VectorScope>,
    pub expected: Expected,
}

#[derive(Debug, Deserialize)]
pub struct VectorCredentials {
    pub ak: String,
    pub sk: String,
    pub domain_id: Option<String>,
    pub security_token: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct VectorRequest {
    pub method: String,
    pub host: String,
    pub path: String,
    pub query: Vec<[String; 2]>,
    pub headers: Vec<[String; 2]>,
    pub body: Option<String>,
    pub body_base64: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct VectorScope {
    pub region: String,
    pub service: String,
}

#[derive(Debug, Deserialize)]
pub struct Expected {
    pub error: Option<String>,
    pub canonical_request: Option<String>,
    pub string_to_sign: Option<String>,
    pub authorization: Option<String>,
    pub uri: Option<String>,
    #[serde(default)]
    pub headers: Vec<[String; 2]>,
}

/// `vectors/asymmetric_vectors.json`: public keys the SDK derives, and SDK-signed requests.
#[derive(Debug, Deserialize)]
pub struct AsymmetricFile {
    pub keys: Vec<AsymmetricKey>,
    pub vectors: Vec<Vector>,
}

#[derive(Debug, Deserialize)]
pub struct AsymmetricKey {
    pub algorithm: String,
    pub ak: String,
    pub sk: String,
    /// Uncompressed SEC1, hex.
    pub public_key: String,
    /// A coordinate has a leading zero byte (the Python SDK's SM2 `Z` differs then).
    pub short_coordinate: bool,
}

pub fn load_asymmetric() -> AsymmetricFile {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/asymmetric_vectors.json"
    );
    let text = std::fs::read_to_string(path).expect("the committed fixture is readable");
    serde_json::from_str(&text).expect("the fixture is valid JSON of the expected shape")
}

pub fn load_vectors() -> VectorFile {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/python_sdk_vectors.json"
    );
    let text = std::fs::read_to_string(path).expect("the committed vector file is readable");
    serde_json::from_str(&text).expect("the vector file is valid JSON of the expected shape")
}

impl Vector {
    pub fn body(&self) -> Vec<u8> {
        match (&self.request.body, &self.request.body_base64) {
            (Some(b), _) => b.clone().into_bytes(),
            (None, Some(b)) => base64::engine::general_purpose::STANDARD
                .decode(b)
                .expect("body_base64 is base64"),
            (None, None) => Vec::new(),
        }
    }

    pub fn credentials(&self) -> Credentials {
        let c = &self.credentials;
        let mut creds = Credentials::new(c.ak.as_str(), c.sk.as_str()).expect("valid credentials");
        if let Some(t) = &c.security_token {
            creds = creds.with_security_token(t.as_str());
        }
        if let Some(d) = &c.domain_id {
            creds = creds.with_domain_id(d.as_str());
        }
        creds
    }

    pub fn signable<'a>(&'a self, body: &'a [u8]) -> SignableRequest<'a> {
        let r = &self.request;
        let mut req = SignableRequest::new(r.method.as_str(), r.host.as_str(), r.path.as_str())
            .with_body(SignableBody::Bytes(body));
        for [k, v] in &r.query {
            req = req.with_query_pair(k.as_str(), v.as_str());
        }
        for [k, v] in &r.headers {
            req = req.with_header(k.as_str(), v.as_str());
        }
        req
    }

    pub fn now(&self) -> SystemTime {
        SdkDate::parse(&self.now)
            .expect("vector clock")
            .to_system_time()
    }

    pub fn params<'a>(&'a self, credentials: &'a Credentials) -> SigningParams<'a> {
        let algorithm: Algorithm = self.algorithm.parse().expect("known algorithm");
        let mut p = SigningParams::new(credentials, self.now()).with_algorithm(algorithm);
        if let Some(s) = &self.scope {
            p = p.with_derived_scope(&s.region, &s.service);
        }
        p
    }
}
