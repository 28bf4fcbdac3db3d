//! A ticket's life in a few lines: create a case, list the open ones, close it.
//!
//! Against the sandbox: start `cargo run -p osm-sandbox -- --listen 127.0.0.1:8080`, export
//! `OSM_ENDPOINT=http://127.0.0.1:8080` and the `HUAWEICLOUD_SDK_*` variables it prints, then
//! `cargo run -p osm-client --example create_case`. The body of `main` is the README's example,
//! kept identical by a test.

#[tokio::main]
async fn main() -> Result<(), osm_client::Error> {
    // README example start
    use futures::TryStreamExt;
    use osm_client::{Client, types::CaseStatus};

    let client = Client::from_env()?;
    let case = client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("How do I resize a cloud disk?")
        .source_id("83")
        .area_code("86") // optional fields take &str / String / impl Into too
        .send()
        .await?;
    let id = case.incident_id().unwrap_or_default(); // accessors on response models: Option<&str>, &[T]
    println!(
        "created {id} (request id {})",
        case.request_id().unwrap_or("-")
    );

    let open: Vec<_> = client
        .list_cases()
        .status(CaseStatus::Processing)
        .into_stream()
        .try_collect()
        .await?;
    client
        .update_cases()
        .case_id(id)
        .action_id(osm_client::types::CaseAction::Close)
        .send()
        .await?;
    // README example end
    println!("{} case(s) in processing; closed {id}", open.len());
    Ok(())
}
