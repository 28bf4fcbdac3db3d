//! Lists cases with whatever identity the official default chain finds, the way a client
//! uses osm-auth's identity cache: AK/SK are signed, an IAM token is sent as `X-Auth-Token`.
//!
//! ```sh
//! cargo run -p osm-sandbox -- --listen 127.0.0.1:8080 &
//! # e.g. the sandbox's demo IAM user (password from a file, never a flag):
//! echo sandbox-demo-password-do-not-use > /tmp/pw
//! OSM_ENDPOINT=http://127.0.0.1:8080 HUAWEICLOUD_SDK_IAM_ENDPOINT=http://127.0.0.1:8080 \
//!   HUAWEICLOUD_SDK_DOMAIN_NAME=sandbox-demo HUAWEICLOUD_SDK_USER_NAME=sandbox-demo-user \
//!   HUAWEICLOUD_SDK_PASSWORD_FILE=/tmp/pw cargo run -p osm-auth --example identity
//! ```

use std::time::SystemTime;

use osm_auth::identity::{Identity, IdentityCache};
use osm_auth::{SignableRequest, SigningParams, sign};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let endpoint =
        std::env::var("OSM_ENDPOINT").unwrap_or_else(|_| "http://127.0.0.1:8080".to_owned());
    let url = format!("{endpoint}/v2/servicerequest/cases?limit=10");
    let cache = IdentityCache::from_env(); // clone it into every task that sends requests

    let identity = cache.identity().await?;
    println!("authenticating as {identity}"); // Display never shows a secret
    let mut request = reqwest::Client::new().get(&url);
    match &identity {
        Identity::AkSk(credentials) => {
            let signable = SignableRequest::from_url("GET", &url)?;
            let signed = sign(
                &signable,
                &SigningParams::new(credentials, SystemTime::now()),
            )?;
            for (name, value) in signed.headers_to_add() {
                request = request.header(name, value);
            }
        }
        Identity::Token(token) => {
            request = request.header("X-Auth-Token", token.token().expose_secret());
        }
        other => return Err(format!("unsupported identity {other}").into()),
    }
    let response = request.send().await?;
    println!("{} {}", response.status(), response.text().await?);
    Ok(())
}
