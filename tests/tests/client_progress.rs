//! Progress callbacks on uploads and downloads against osm-sandbox: counted, monotonic, ending
//! at the total, and bounded by the interval (checked on the callbacks' own `elapsed`, not on
//! the wall clock).
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use osm_client::{Attachment, Client, Credentials, Progress, blocking};
use osm_sandbox::{Account, Sandbox, SandboxHandle};

const SIZE: usize = 3 * 1024 * 1024;

fn account() -> Account {
    Account::new("AKPROG00000000001", "sk-prog", "domain-prog")
}

async fn spawn() -> SandboxHandle {
    Sandbox::builder().account(account()).spawn().await.unwrap()
}

fn builder(sandbox: &SandboxHandle) -> osm_client::ClientBuilder {
    let account = account();
    Client::builder().endpoint(sandbox.base_url()).credentials(
        Credentials::new(account.access_key(), account.secret_key())
            .unwrap()
            .with_domain_id(account.domain_id()),
    )
}

async fn setup() -> (SandboxHandle, Client) {
    let sandbox = spawn().await;
    let client = builder(&sandbox).build().unwrap();
    (sandbox, client)
}

type Calls = Arc<Mutex<Vec<Progress>>>;

fn recorder() -> (Calls, impl Fn(Progress) + Send + Sync + 'static) {
    let calls: Calls = Arc::default();
    let log = calls.clone();
    (calls, move |p| log.lock().unwrap().push(p))
}

fn content() -> Vec<u8> {
    (0..SIZE as u32).map(|i| (i % 253) as u8).collect()
}

/// Monotonic, ending with the whole size, never reporting the same count twice.
fn check_shape(calls: &[Progress], total: Option<u64>) {
    assert!(!calls.is_empty());
    assert!(
        calls
            .windows(2)
            .all(|w| w[0].transferred < w[1].transferred && w[0].elapsed <= w[1].elapsed),
        "{calls:?}"
    );
    let last = calls.last().unwrap();
    assert_eq!(last.transferred, SIZE as u64);
    assert_eq!(last.total, total);
}

#[tokio::test]
async fn upload_progress_is_counted_and_bounded() {
    let (_sandbox, client) = setup().await;

    // no bound: one call per 64 KiB chunk of an in-memory upload
    let (calls, cb) = recorder();
    let a = Attachment::from_bytes("a.bin.zip", content())
        .with_progress(cb)
        .with_progress_interval(Duration::ZERO);
    client.upload_attachment(a).await.unwrap();
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    assert_eq!(calls.len(), SIZE / (64 * 1024));
    assert!(calls.last().unwrap().is_done());

    // an interval longer than the transfer: the first chunk and the end, nothing between
    let (calls, cb) = recorder();
    let a = Attachment::from_bytes("b.bin.zip", content())
        .with_progress(cb)
        .with_progress_interval(Duration::from_secs(3600));
    client.upload_attachment(a).await.unwrap();
    let counts: Vec<u64> = calls
        .lock()
        .unwrap()
        .iter()
        .map(|p| p.transferred)
        .collect();
    assert_eq!(counts, [64 * 1024, SIZE as u64]);

    // from a file with the default interval: calls are at least the interval apart (but the
    // last), so there are at most elapsed / interval + 2 of them
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.bin.zip");
    std::fs::write(&path, content()).unwrap();
    let (calls, cb) = recorder();
    let a = Attachment::from_path(&path)
        .await
        .unwrap()
        .with_progress(cb);
    client.upload_attachment(a).await.unwrap();
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    check_bounded(&calls);
}

#[tokio::test]
async fn upload_progress_of_a_stream_ends_at_its_length() {
    let (_sandbox, client) = setup().await;
    let chunks: Vec<std::io::Result<Bytes>> = content()
        .chunks(100_000)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let n = chunks.len();
    let (calls, cb) = recorder();
    // the interval may be set before the callback
    let a = Attachment::from_stream("e.bin.zip", SIZE as u64, futures::stream::iter(chunks))
        .with_progress_interval(Duration::ZERO)
        .with_progress(cb);
    let id = client.upload_attachment(a).await.unwrap();
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    assert_eq!(calls.len(), n, "one call per chunk of the stream");
    assert!(calls.last().unwrap().is_done());
    let stored = client
        .download_accessories()
        .accessory_id(&id)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(stored, content());

    // the same for in-memory bytes: one call per 64 KiB chunk, not the default bound
    let (calls, cb) = recorder();
    let a = Attachment::from_bytes("f.bin.zip", content())
        .with_progress_interval(Duration::ZERO)
        .with_progress(cb);
    client.upload_attachment(a).await.unwrap();
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    assert_eq!(calls.len(), SIZE / (64 * 1024));
}

/// The blocking client's downloads report progress through its own chunk loop
/// (`write_to`) and through the async one (`save`).
#[test]
fn blocking_download_progress_reports_every_byte() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let sandbox = rt.block_on(spawn());
    let client: blocking::Client = builder(&sandbox).build_blocking().unwrap();
    let id = client
        .upload_attachment(Attachment::from_bytes("g.bin.zip", content()))
        .unwrap();
    let download = || {
        client
            .download(client.download_accessories().accessory_id(&id))
            .unwrap()
    };

    let (calls, cb) = recorder();
    let mut written = Vec::new();
    let n = download().with_progress(cb).write_to(&mut written).unwrap();
    assert_eq!((n, written.len()), (SIZE as u64, SIZE));
    assert!(written == content());
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    assert!(calls.last().unwrap().is_done());

    let (calls, cb) = recorder();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.bin.zip");
    let n = download()
        .with_progress_interval(Duration::from_secs(3600))
        .with_progress(cb)
        .save(&path)
        .unwrap();
    assert_eq!(n, SIZE as u64);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), SIZE as u64);
    let calls = calls.lock().unwrap().clone();
    assert!(calls.len() <= 2, "{calls:?}");
    check_shape(&calls, Some(SIZE as u64));
    drop(client);
    rt.block_on(sandbox.shutdown());
}

fn check_bounded(calls: &[Progress]) {
    let spaced = &calls[..calls.len() - 1];
    assert!(
        spaced
            .windows(2)
            .all(|w| w[1].elapsed - w[0].elapsed >= Progress::DEFAULT_INTERVAL),
        "{calls:?}"
    );
    let elapsed = calls.last().unwrap().elapsed;
    let bound = (elapsed.as_millis() / Progress::DEFAULT_INTERVAL.as_millis()) as usize + 2;
    assert!(calls.len() <= bound, "{} calls in {elapsed:?}", calls.len());
}

#[tokio::test]
async fn download_progress_is_counted_and_bounded() {
    let (_sandbox, client) = setup().await;
    let id = client
        .upload_attachment(Attachment::from_bytes("d.bin.zip", content()))
        .await
        .unwrap();
    let download = || client.download_accessories().accessory_id(&id).send();

    let (calls, cb) = recorder();
    let got = download()
        .await
        .unwrap()
        .with_progress(cb)
        .with_progress_interval(Duration::ZERO)
        .bytes()
        .await
        .unwrap();
    assert_eq!(got.len(), SIZE);
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));

    let (calls, cb) = recorder();
    let dir = tempfile::tempdir().unwrap();
    download()
        .await
        .unwrap()
        .with_progress(cb)
        .save(dir.path().join("d.bin.zip"))
        .await
        .unwrap();
    let calls = calls.lock().unwrap().clone();
    check_shape(&calls, Some(SIZE as u64));
    check_bounded(&calls);

    let (calls, cb) = recorder();
    download()
        .await
        .unwrap()
        .with_progress(cb)
        .with_progress_interval(Duration::from_secs(3600))
        .bytes()
        .await
        .unwrap();
    let calls = calls.lock().unwrap().clone();
    assert!(calls.len() <= 2, "{calls:?}");
    check_shape(&calls, Some(SIZE as u64));
}
