//! Following a ticket: open a case, let the sandbox's engineer answer, print the reply as the
//! follow stream delivers it, close the case and wait until it is closed. Self-contained (an
//! in-process sandbox plays OSM and support): `cargo run -p osm-tests --example follow_ticket`.
//! The body of `main` is the README's example, kept identical (and run) by
//! `tests/tests/client_readme.rs`.

#[tokio::main]
pub(crate) async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // README example start
    use futures::StreamExt;
    use osm_client::types::{CaseAction, CaseStatus};
    use osm_client::workflows::CaseEvent;
    use osm_client::{Client, Credentials};
    use osm_sandbox::{Account, Sandbox};

    // a local OSM with the demo account; its handle plays Huawei Cloud support
    let sandbox = Sandbox::builder().account(Account::demo()).spawn().await?;
    let client = Client::builder()
        .endpoint(sandbox.base_url())
        .credentials(
            Credentials::new(Account::DEMO_AK, Account::DEMO_SK)?
                .with_domain_id(Account::DEMO_DOMAIN_ID),
        )
        .build()?;

    let case = client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("The data disk of ecs-web-01 is full")
        .source_id("83")
        .send()
        .await?;
    let id = case.incident_id().unwrap_or_default().to_owned();

    // new messages and status changes, polled with backoff until the stream is dropped
    let mut events = client.follow_case(&id).mark_read(true).into_stream();
    while let Some(event) = events.next().await {
        match event? {
            CaseEvent::Status { status, .. } => {
                println!("{id} is {status:?}");
                if status == CaseStatus::PendingAcceptance {
                    // support picks the case up and answers
                    let answer = "Please extend the disk in the console.";
                    sandbox.engineer_reply(&id, answer, Some(2)).await?;
                }
            }
            CaseEvent::Message { message, .. } => {
                println!("support: {}", message.content().unwrap_or_default());
                break;
            }
            _ => {}
        }
    }
    drop(events); // stops polling

    client
        .update_cases()
        .case_id(&id)
        .action_id(CaseAction::Close)
        .send()
        .await?;
    let closed = client
        .wait_for_case(&id)
        .until(CaseStatus::Completed)
        .timeout(std::time::Duration::from_secs(60))
        .send()
        .await?;
    println!("{id} closed: {:?}", closed.status);
    // README example end
    Ok(())
}
