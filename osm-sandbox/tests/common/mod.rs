//! Test helpers: spawn a sandbox and send requests signed with osm-auth through reqwest.
#![allow(dead_code, unreachable_pub)]

use std::time::SystemTime;

use osm_auth::{Algorithm, Credentials, SignableBody, SignableRequest, SigningParams, sign};
use osm_sandbox::{Account, Sandbox, SandboxHandle};
use serde_json::Value;

/// Domain of the first test account.
pub const DOMAIN_A: &str = "domain-aaaa";
/// Domain of the second test account.
pub const DOMAIN_B: &str = "domain-bbbb";

pub fn account_a() -> Account {
    Account::new("AKAAAAAAAAAAAAAAAAAA", "secret-a", DOMAIN_A)
}
pub fn account_b() -> Account {
    Account::new("AKBBBBBBBBBBBBBBBBBB", "secret-b", DOMAIN_B)
}

/// A sandbox with accounts A and B.
pub async fn sandbox() -> SandboxHandle {
    Sandbox::builder()
        .account(account_a())
        .account(account_b())
        .spawn()
        .await
        .expect("sandbox starts")
}

/// A response, fully read.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub bytes: bytes::Bytes,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.bytes)))
    }
    /// Asserts the status and returns the JSON body.
    #[track_caller]
    pub fn ok(&self) -> Value {
        assert_eq!(
            self.status,
            200,
            "body: {}",
            String::from_utf8_lossy(&self.bytes)
        );
        self.json()
    }
    /// Asserts an error status and returns `(error_code, error_msg)`.
    #[track_caller]
    pub fn err(&self, status: u16) -> (String, String) {
        assert_eq!(
            self.status,
            status,
            "body: {}",
            String::from_utf8_lossy(&self.bytes)
        );
        let v = self.json();
        (
            v["error_code"].as_str().expect("error_code").to_owned(),
            v["error_msg"].as_str().expect("error_msg").to_owned(),
        )
    }
}

/// A signing HTTP client for one account.
#[derive(Debug, Clone)]
pub struct Osm {
    pub http: reqwest::Client,
    pub base: String,
    pub host: String,
    pub ak: String,
    pub sk: String,
    pub domain: String,
    pub algorithm: Algorithm,
}

impl Osm {
    pub fn new(handle: &SandboxHandle, account: &Account) -> Osm {
        Osm {
            base: handle.base_url().to_owned(),
            host: handle.addr().to_string(),
            ..Osm::for_account(account)
        }
    }

    /// A client for `account` with no server yet (set `base` and `host`).
    pub fn for_account(account: &Account) -> Osm {
        Osm {
            http: reqwest::Client::new(),
            base: String::new(),
            host: String::new(),
            ak: account.access_key().to_owned(),
            sk: account.secret_key().to_owned(),
            domain: account.domain_id().to_owned(),
            algorithm: Algorithm::SdkHmacSha256,
        }
    }

    /// Signs and sends; `path_q` is `/path?query`.
    pub async fn send(
        &self,
        method: &str,
        path_q: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Resp {
        self.send_at(method, path_q, content_type, body, SystemTime::now())
            .await
    }

    pub async fn send_at(
        &self,
        method: &str,
        path_q: &str,
        content_type: Option<&str>,
        body: &[u8],
        at: SystemTime,
    ) -> Resp {
        let (path, query) = path_q.split_once('?').unwrap_or((path_q, ""));
        let mut creds = Credentials::new(self.ak.as_str(), self.sk.as_str()).expect("credentials");
        if !self.domain.is_empty() {
            creds = creds.with_domain_id(self.domain.as_str());
        }
        let mut req = SignableRequest::new(method, self.host.as_str(), path).with_raw_query(query);
        if let Some(ct) = content_type {
            req = req.with_header("Content-Type", ct);
        }
        req = req.with_body(SignableBody::Bytes(body));
        let mut params = SigningParams::new(&creds, at).with_algorithm(self.algorithm);
        if self.algorithm == Algorithm::V11HmacSha256 {
            params = params.with_derived_scope("cn-south-1", "osm");
        }
        let signed = sign(&req, &params).expect("signs");
        let mut url = format!("{}{}", self.base, path);
        if !signed.canonical_query().is_empty() {
            url.push('?');
            url.push_str(signed.canonical_query());
        }
        let mut rb = self
            .http
            .request(method.parse().expect("method"), url)
            .body(body.to_vec());
        if let Some(ct) = content_type {
            rb = rb.header("Content-Type", ct);
        }
        for (k, v) in signed.headers_to_add() {
            rb = rb.header(k, v);
        }
        let resp = rb.send().await.expect("request sent");
        Resp {
            status: resp.status().as_u16(),
            headers: resp.headers().clone(),
            bytes: resp.bytes().await.expect("body read"),
        }
    }

    pub async fn get(&self, path_q: &str) -> Resp {
        self.send("GET", path_q, None, b"").await
    }
    pub async fn delete(&self, path_q: &str) -> Resp {
        self.send("DELETE", path_q, None, b"").await
    }
    pub async fn post(&self, path_q: &str, body: &Value) -> Resp {
        self.send(
            "POST",
            path_q,
            Some("application/json"),
            body.to_string().as_bytes(),
        )
        .await
    }
    pub async fn put(&self, path_q: &str, body: &Value) -> Resp {
        self.send(
            "PUT",
            path_q,
            Some("application/json"),
            body.to_string().as_bytes(),
        )
        .await
    }

    /// Creates a consultation case and returns its id.
    pub async fn create_case(&self, description: &str) -> String {
        let body = serde_json::json!({
            "business_type_id": "bt-consult",
            "simple_description": description,
            "source_id": "83aeb0f2834c4df49826c781d32a963e",
        });
        let v = self.post("/v2/servicerequest/cases", &body).await.ok();
        v["incident_id"].as_str().expect("incident_id").to_owned()
    }

    /// Creates a label and returns its id.
    pub async fn create_label(&self, name: &str, color: &str) -> i64 {
        let body = serde_json::json!({ "name": name, "color": color });
        let v = self.post("/v2/servicerequest/labels", &body).await.ok();
        v["label_id"].as_i64().expect("label_id")
    }
}

/// Posts to the unauthenticated control API.
pub async fn control(handle: &SandboxHandle, path: &str, body: &Value) -> Resp {
    let resp = reqwest::Client::new()
        .post(format!("{}/sandbox{path}", handle.base_url()))
        .json(body)
        .send()
        .await
        .expect("control request");
    Resp {
        status: resp.status().as_u16(),
        headers: resp.headers().clone(),
        bytes: resp.bytes().await.expect("body"),
    }
}
