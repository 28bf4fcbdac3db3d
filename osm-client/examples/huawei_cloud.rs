//! A client with the identities services on Huawei Cloud use: the default chain (ECS agency,
//! CCE pod identity, OIDC federation, environment, credentials file), or an IAM user's
//! password token as in the OSM API reference's own create-case flow.
//!
//! `cargo run -p osm-client --example huawei_cloud` (against the sandbox: export `OSM_ENDPOINT`
//! and `HUAWEICLOUD_SDK_IAM_ENDPOINT` as its URL, and the demo IAM user it prints).

#[tokio::main]
async fn main() -> Result<(), osm_client::Error> {
    // README example start
    use osm_client::Client;
    use osm_client::identity::{IamPasswordProvider, ProviderConfig};

    // on ECS or CCE, or with OIDC federation: the default chain finds the credentials
    let client = Client::from_env()?;

    // an IAM user's token (X-Auth-Token, requests not signed), the password read from a file
    let password_file =
        std::env::var("IAM_PASSWORD_FILE").unwrap_or("/run/secrets/iam-password".into());
    let iam_user = Client::builder()
        .credentials_provider(IamPasswordProvider::with_password_file(
            ProviderConfig::new(), // IAM endpoint, environment and clock of the process
            "my-account",
            "ticket-bot",
            password_file,
        ))
        .build()?;
    // README example end
    let limits = iam_user.show_accessory_limits().send().await?;
    println!("{:?} via {}", limits.accessory_limit(), client.endpoint());
    Ok(())
}
