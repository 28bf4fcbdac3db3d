//! Record, then replay: a client records its calls against the sandbox (secrets and, when
//! asked, phone and mail removed), then a sandbox answers the same calls from the recording —
//! what a test of your own code does, without a network or an account. Self-contained:
//! `cargo run -p osm-tests --example record_replay`. The body of `main` is the README's
//! example, kept identical (and run) by `tests/tests/client_readme.rs`.

#[tokio::main]
pub(crate) async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // README example start
    use osm_client::record::Redaction;
    use osm_client::{Client, Credentials};
    use osm_sandbox::{Account, Sandbox};

    let demo = || {
        Credentials::new(Account::DEMO_AK, Account::DEMO_SK)
            .map(|c| c.with_domain_id(Account::DEMO_DOMAIN_ID))
    };
    let recording =
        std::env::temp_dir().join(format!("osm-recording-{}.jsonl", std::process::id()));

    // 1. record (here against the sandbox; against Huawei Cloud it is the same builder call)
    let live = Sandbox::builder().account(Account::demo()).spawn().await?;
    let client = Client::builder()
        .endpoint(live.base_url())
        .credentials(demo()?)
        .record_with(&recording, Redaction::new().personal())
        .build()?;
    let created = client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("Recorded once")
        .source_id("83")
        .remind_mobile("13800000000") // recorded as "[REDACTED]"
        .send()
        .await?;
    live.shutdown().await;

    // 2. replay: the same calls get the recorded answers (`osm-sandbox --replay FILE` does
    //    the same from the command line); signatures are still verified
    let replay = Sandbox::builder()
        .account(Account::demo())
        .replay_file(&recording)?
        .spawn()
        .await?;
    let client = Client::builder()
        .endpoint(replay.base_url())
        .credentials(demo()?)
        .build()?;
    let replayed = client
        .create_cases()
        .business_type_id("bt-consult")
        .simple_description("Recorded once")
        .source_id("83")
        .remind_mobile("13800000000")
        .send()
        .await?;
    assert_eq!(replayed.incident_id(), created.incident_id());
    println!("replayed {:?}", replayed.incident_id());
    // a call that was not recorded fails, naming itself
    match client.list_case_limits().send().await {
        Err(missing) => println!("{missing}"),
        Ok(_) => return Err("a call that was not recorded was answered".into()),
    }
    std::fs::remove_file(&recording)?;
    // README example end
    Ok(())
}
