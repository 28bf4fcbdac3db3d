//! The blocking client (feature `blocking`): a ticket's life without async code. Self-contained
//! (the sandbox runs on a runtime of its own): `cargo run -p osm-tests --example blocking_ticket`.
//! The marked part is the README's example, kept identical (and run) by
//! `tests/tests/client_readme.rs`.

pub(crate) fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Runtime::new()?;
    let account = osm_sandbox::Account::demo();
    let sandbox = runtime.block_on(osm_sandbox::Sandbox::builder().account(account).spawn())?;
    let endpoint = sandbox.base_url().to_owned();
    let credentials =
        osm_client::Credentials::new(osm_sandbox::Account::DEMO_AK, osm_sandbox::Account::DEMO_SK)?
            .with_domain_id(osm_sandbox::Account::DEMO_DOMAIN_ID);

    // README example start
    use osm_client::types::{CaseAction, CaseStatus, CreateMessageDoV2};
    use osm_client::{Attachment, Client};

    // its own runtime, on a thread of its own; no async code here
    let client = Client::builder()
        .endpoint(endpoint)
        .credentials(credentials)
        .build_blocking()?;

    // every operation: build the request as usual, hand it to send()
    let case = client.send(
        client
            .create_cases()
            .business_type_id("bt-consult")
            .simple_description("How do I resize a cloud disk?")
            .source_id("83"),
    )?;
    let id = case.incident_id().unwrap_or_default().to_owned();

    let log = client.upload_attachment(Attachment::from_bytes("resize.log", "resize2fs: ok"))?;
    let message = CreateMessageDoV2 {
        content: Some("Log attached.".into()),
        accessory_ids: vec![log.clone()],
    };
    client.send(client.create_messages().case_id(&id).message(message))?;

    // pagination as an Iterator
    for message in client.iter(client.list_messages().case_id(&id)) {
        println!("message: {}", message?.content().unwrap_or_default());
    }
    let bytes = client
        .download(client.download_accessories().accessory_id(&log))?
        .bytes()?;
    println!("downloaded {} bytes", bytes.len());

    client.send(
        client
            .update_cases()
            .case_id(&id)
            .action_id(CaseAction::Close),
    )?;
    let closed = client.send(client.wait_for_case(&id).until(CaseStatus::Completed))?;
    println!("{id} closed: {:?}", closed.status);
    // README example end
    Ok(())
}
