//! Gateway-style authentication of OSM requests: an IAM token (`X-Auth-Token`), or a
//! signature (osm-auth's verifier) by a permanent or temporary AK within the date window, and
//! `X-Domain-Id` equal to the AK's account.

use std::time::SystemTime;

use http::request::Parts;
use osm_auth::{KeyEntry, SecretString, Verifier, VerifyError};

use crate::account::Account;
use crate::error::{ApiError, ApiResult};
use crate::iam::{self, TemporaryUse};
use crate::server::App;

/// Authenticates a request; returns the account it acts for.
pub(crate) fn authenticate<'a>(app: &'a App, parts: &Parts, body: &[u8]) -> ApiResult<&'a Account> {
    if let Some(account) = iam::authenticate_token(app, parts)? {
        return Ok(account);
    }
    let account = verify_signature(app, parts, body)?;
    let domain = parts
        .headers
        .get("x-domain-id")
        .ok_or_else(|| {
            ApiError::forbidden("X-Domain-Id header is missing: OSM is a global service, send the account (domain) id of the AK")
        })?
        .to_str()
        .map_err(|_| ApiError::forbidden("X-Domain-Id is not valid ASCII"))?;
    if domain.trim() != account.domain_id() {
        return Err(ApiError::forbidden(format!(
            "X-Domain-Id {domain} is not the account of access key {}; send the AK's own domain id",
            account.access_key()
        )));
    }
    Ok(account)
}

/// Who is calling, by token or signature, without the `X-Domain-Id` rule (IAM's own APIs).
pub(crate) fn identify<'a>(app: &'a App, parts: &Parts, body: &[u8]) -> ApiResult<&'a Account> {
    match iam::authenticate_token(app, parts)? {
        Some(account) => Ok(account),
        None => verify_signature(app, parts, body),
    }
}

fn verify_signature<'a>(app: &'a App, parts: &Parts, body: &[u8]) -> ApiResult<&'a Account> {
    let lookup = |ak: &str| -> Option<KeyEntry<(&'a Account, Option<TemporaryUse>)>> {
        if let Some(a) = app.accounts.iter().find(|a| a.access_key() == ak) {
            return Some(KeyEntry {
                secret_key: SecretString::new(a.secret_key()),
                account: (a, None),
            });
        }
        iam::temporary_key(app, ak).map(|(sk, a, temporary)| KeyEntry {
            secret_key: SecretString::new(sk),
            account: (a, Some(temporary)),
        })
    };
    let now: SystemTime = app.clock.now().into();
    let verifier = Verifier::new().with_window(app.window);
    let (account, temporary) = verifier
        .verify_parts(parts, body, &lookup, now)
        .map(|v| v.account)
        .map_err(|e| match e {
            // as Huawei's gateway reports it, with the canonical request it computed, so the
            // client can diff it with its own (osm_auth::diagnose)
            VerifyError::BadSignature => {
                // (never the security token it carries)
                let canonical = verifier
                    .canonical_request_of_parts(parts, body)
                    .unwrap_or_default();
                let canonical = osm_auth::diagnose::redact_security_token(&canonical);
                ApiError::unauthorized(format!(
                    "Incorrect IAM authentication information: verify aksk signature fail ({e}){}{canonical}",
                    osm_auth::diagnose::CANONICAL_REQUEST_MARKER
                ))
            }
            other => ApiError::unauthorized(format!("{other}")),
        })?;
    if let Some(t) = &temporary {
        iam::check_temporary(app, parts, t)?;
    }
    Ok(account)
}
