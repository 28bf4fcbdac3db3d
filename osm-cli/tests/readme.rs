//! The README's command-line example runs as written (on a free port instead of 8080) and
//! prints what the README says.
#![allow(clippy::unwrap_used)]

use std::path::Path;

#[test]
fn readme_cli_example_runs_as_written() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let block: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("A ticket's life against the sandbox"))
        .skip_while(|l| *l != "```sh")
        .skip(1)
        .take_while(|l| *l != "```")
        .collect();
    assert!(block.len() > 10, "README lost its CLI example");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // the binary under test instead of `cargo install`; stop the sandbox however it ends
    let script: String = std::iter::once("trap 'kill $SANDBOX 2>/dev/null' EXIT".to_owned())
        .chain(
            block
                .iter()
                .filter(|l| !l.starts_with("cargo install"))
                .map(|l| l.replace("127.0.0.1:8080", &format!("127.0.0.1:{port}"))),
        )
        .collect::<Vec<_>>()
        .join("\n");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_osm")).parent().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("sh")
        .args(["-e", "-c", &script])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(
        stdout.contains(
            "Huawei Cloud engineer: Expand it in the EVS console, then grow the file system."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("\"status\": 3"), "{stdout}");
    // the README's sample output: the table's header line and the followed reply
    let shown: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("What the table and the followed reply look like"))
        .skip(2)
        .take_while(|l| *l != "```")
        .collect();
    let header = shown[0].split_whitespace().collect::<Vec<_>>();
    let printed = stdout
        .lines()
        .find(|l| l.contains("INCIDENT_ID"))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>();
    assert_eq!(header, printed, "{stdout}");
}
