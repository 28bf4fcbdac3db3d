//! Creates a support case. Against the sandbox: start `osm-sandbox`, export `OSM_ENDPOINT` and
//! the `HUAWEICLOUD_SDK_*` variables it prints, then `cargo run -p osm-client --example create_case`.

#[tokio::main]
async fn main() -> Result<(), osm_client::Error> {
    let client = osm_client::Client::from_env()?;
    let case = client
        .create_cases()
        .body_map(|b| {
            b.business_type_id("bt-consult")
                .simple_description("How do I resize a cloud disk?")
                .source_id("83")
        })
        .send()
        .await?;
    println!(
        "created case {}",
        case.incident_id.as_deref().unwrap_or("?")
    );
    Ok(())
}
