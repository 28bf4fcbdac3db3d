//! Credential providers (explicit, environment, file, chain) and secret redaction.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::time::SystemTime;

use osm_auth::provider::{ENV_AK, ENV_CREDENTIALS_FILE, ENV_DOMAIN_ID, ENV_SECURITY_TOKEN, ENV_SK};
use osm_auth::{
    ChainProvider, Credentials, CredentialsError, EnvProvider, FileProvider, ProvideCredentials,
    SignableRequest, SigningParams, StaticProvider, sign,
};

const SK: &str = "super-secret-sk-value";
const TOKEN: &str = "very-secret-token-value";

fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn debug_output_redacts_secrets() {
    let creds = Credentials::new("AKVISIBLE", SK)
        .unwrap()
        .with_security_token(TOKEN)
        .with_domain_id("dom");
    let shown = format!("{creds:?}");
    assert!(
        shown.contains("AKVISIBLE") && shown.contains("dom"),
        "{shown}"
    );
    assert!(!shown.contains(SK) && !shown.contains(TOKEN), "{shown}");

    let req = SignableRequest::new("GET", "h", "/").with_header("X-Sdk-Date", "20261129T080000Z");
    let out = sign(&req, &SigningParams::new(&creds, SystemTime::now())).unwrap();
    // the exact canonical request carries the token; what is printed does not
    assert!(out.canonical_request().as_str().contains(TOKEN));
    for printed in [
        format!("{out:?}"),
        out.canonical_request().to_string(),
        format!("{:?}", out.canonical_request()),
    ] {
        assert!(
            !printed.contains(TOKEN) && !printed.contains(SK),
            "{printed}"
        );
        assert!(printed.contains("<redacted>"), "{printed}");
    }
    assert!(
        out.headers_to_add()
            .any(|(n, v)| n == "X-Security-Token" && v == TOKEN)
    );
}

#[test]
fn explicit_provider_needs_a_domain_id() {
    let without = Credentials::new("AK", SK).unwrap();
    let err = StaticProvider::new(without).provide().unwrap_err();
    assert!(matches!(err, CredentialsError::MissingDomainId { .. }));
    assert!(!err.to_string().contains(SK));
    let with = Credentials::new("AK", SK).unwrap().with_domain_id("d");
    assert_eq!(
        StaticProvider::new(with).provide().unwrap().domain_id(),
        Some("d")
    );
}

#[test]
fn credentials_reject_unusable_keys() {
    for ak in ["", "has space", "a,b", "a/b", "ünï"] {
        assert!(
            matches!(
                Credentials::new(ak, SK),
                Err(CredentialsError::InvalidAccessKey)
            ),
            "{ak:?}"
        );
    }
    assert!(matches!(
        Credentials::new("AK", ""),
        Err(CredentialsError::EmptySecretKey)
    ));
}

#[test]
fn env_provider_reads_the_official_names() {
    let e = env(&[
        (ENV_AK, "AKENV"),
        (ENV_SK, SK),
        (ENV_SECURITY_TOKEN, TOKEN),
        (ENV_DOMAIN_ID, "dom-env"),
    ]);
    let c = EnvProvider::new(e).provide().unwrap();
    assert_eq!(c.access_key(), "AKENV");
    assert_eq!(c.secret_key().expose_secret(), SK);
    assert_eq!(c.security_token().unwrap().expose_secret(), TOKEN);
    assert_eq!(c.domain_id(), Some("dom-env"));
}

#[test]
fn env_provider_errors_say_what_is_missing() {
    let none = EnvProvider::new(env(&[])).provide().unwrap_err();
    assert!(
        matches!(none, CredentialsError::NotConfigured { .. }),
        "{none}"
    );
    let half = EnvProvider::new(env(&[(ENV_AK, "AK")]))
        .provide()
        .unwrap_err();
    assert!(
        matches!(half, CredentialsError::Invalid { .. }) && half.to_string().contains(ENV_SK),
        "{half}"
    );
    let half = EnvProvider::new(env(&[(ENV_SK, SK)]))
        .provide()
        .unwrap_err();
    assert!(
        half.to_string().contains(ENV_AK) && !half.to_string().contains(SK),
        "{half}"
    );
    let no_domain = EnvProvider::new(env(&[(ENV_AK, "AK"), (ENV_SK, SK)]))
        .provide()
        .unwrap_err();
    assert!(
        matches!(no_domain, CredentialsError::MissingDomainId { .. }),
        "{no_domain}"
    );
    assert!(no_domain.to_string().contains(ENV_DOMAIN_ID), "{no_domain}");
}

fn write_file(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn file_provider_reads_the_global_profile() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(
        dir.path(),
        "creds.ini",
        "[basic]\nak = BASICAK\nsk = basic\nproject_id = p\n\n[global]\nAK = FILEAK\nsk = a#b;c\"d'e \nsecurity_token = tok\ndomain_id = dom-file\n",
    );
    let e = env(&[(ENV_CREDENTIALS_FILE, path.to_str().unwrap())]);
    let c = FileProvider::new(e).provide().unwrap();
    assert_eq!(c.access_key(), "FILEAK");
    assert_eq!(c.secret_key().expose_secret(), "a#b;c\"d'e");
    assert_eq!(c.security_token().unwrap().expose_secret(), "tok");
    assert_eq!(c.domain_id(), Some("dom-file"));
}

#[test]
fn file_provider_defaults_to_home() {
    let dir = tempfile::tempdir().unwrap();
    write_file(
        dir.path(),
        ".huaweicloud/credentials",
        "[global]\nak = HOMEAK\nsk = s\ndomain_id = d\n",
    );
    let e = env(&[("HOME", dir.path().to_str().unwrap())]);
    assert_eq!(
        FileProvider::new(e).provide().unwrap().access_key(),
        "HOMEAK"
    );

    let empty_home = tempfile::tempdir().unwrap();
    let e = env(&[("HOME", empty_home.path().to_str().unwrap())]);
    let err = FileProvider::new(e).provide().unwrap_err();
    assert!(
        matches!(err, CredentialsError::NotConfigured { .. }),
        "{err}"
    );
}

#[test]
fn file_provider_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope");
    let e = env(&[(ENV_CREDENTIALS_FILE, missing.to_str().unwrap())]);
    let err = FileProvider::new(e).provide().unwrap_err();
    assert!(
        matches!(err, CredentialsError::Invalid { .. }) && err.to_string().contains("nope"),
        "{err}"
    );

    let basic_only = write_file(
        dir.path(),
        "basic",
        "[basic]\nak = A\nsk = secret-in-basic\n",
    );
    let err = FileProvider::new(env(&[]))
        .with_path(&basic_only)
        .provide()
        .unwrap_err();
    assert!(err.to_string().contains("[global]"), "{err}");

    let no_sk = write_file(dir.path(), "nosk", "[global]\nak = A\ndomain_id = d\n");
    let err = FileProvider::new(env(&[]))
        .with_path(&no_sk)
        .provide()
        .unwrap_err();
    assert!(err.to_string().contains("ak and sk"), "{err}");

    let no_domain = write_file(dir.path(), "nodomain", "[global]\nak = A\nsk = hidden-sk\n");
    let err = FileProvider::new(env(&[]))
        .with_path(&no_domain)
        .provide()
        .unwrap_err();
    assert!(
        matches!(err, CredentialsError::MissingDomainId { .. }),
        "{err}"
    );
    assert!(!err.to_string().contains("hidden-sk"), "{err}");
}

#[test]
fn chain_prefers_environment_then_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(
        dir.path(),
        "c",
        "[global]\nak = FILEAK\nsk = s\ndomain_id = d\n",
    );
    let file_str = file.to_str().unwrap();

    let both = env(&[
        (ENV_AK, "ENVAK"),
        (ENV_SK, SK),
        (ENV_DOMAIN_ID, "d"),
        (ENV_CREDENTIALS_FILE, file_str),
    ]);
    assert_eq!(
        ChainProvider::default_chain(both)
            .provide()
            .unwrap()
            .access_key(),
        "ENVAK"
    );

    let file_only = env(&[(ENV_CREDENTIALS_FILE, file_str)]);
    assert_eq!(
        ChainProvider::default_chain(file_only)
            .provide()
            .unwrap()
            .access_key(),
        "FILEAK"
    );

    // a half-configured environment is an error, not a silent fall-through to the file
    let half = env(&[(ENV_AK, "ENVAK"), (ENV_CREDENTIALS_FILE, file_str)]);
    let err = ChainProvider::default_chain(half).provide().unwrap_err();
    assert!(err.to_string().contains(ENV_SK), "{err}");
}

#[test]
fn chain_error_lists_every_provider() {
    let home = tempfile::tempdir().unwrap();
    let e = env(&[("HOME", home.path().to_str().unwrap())]);
    let err = ChainProvider::default_chain(e).provide().unwrap_err();
    let CredentialsError::ChainExhausted(errors) = &err else {
        panic!("expected ChainExhausted, got {err}")
    };
    assert_eq!(errors.len(), 2);
    let text = err.to_string();
    assert!(
        text.contains("environment") && text.contains(ENV_AK),
        "{text}"
    );
    assert!(
        text.contains("credentials file") && text.contains("does not exist"),
        "{text}"
    );
    assert!(!text.contains('\n'), "one line: {text}");
}
