//! The signature pipeline shared by signer and verifier:
//! canonical request → string to sign → signature → `Authorization` value.

use std::fmt;

use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use crate::algorithm::Hex64;
use crate::date::DateText;
use crate::{Algorithm, SdkDate, SecretString};

/// The region and service a `V11-HMAC-SHA256` key is derived for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DerivedScope<'a> {
    /// Region id, e.g. `cn-south-1` (the official SDKs use `globe` for global services).
    pub region: &'a str,
    /// Service name, e.g. `osm`.
    pub service: &'a str,
}

/// `METHOD\nURI\nQUERY\nHEADERS\nSIGNED\nHASH`, the bytes whose hash is signed.
///
/// [`CanonicalRequest::as_str`] gives the exact bytes. `Display` and `Debug` print them with the
/// `x-security-token` value replaced by `<redacted>`, so the value can go to TRACE logs. When
/// it holds a security token, the text is zeroized on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct CanonicalRequest {
    text: String,
    /// The exact `\nx-security-token:<value>\n` line to hide when displayed.
    secret_line: Option<Zeroizing<String>>,
}

impl CanonicalRequest {
    pub(crate) fn new(text: String, security_token: Option<&str>) -> Self {
        let secret_line =
            security_token.map(|t| Zeroizing::new(format!("\nx-security-token:{t}\n")));
        Self { text, secret_line }
    }

    /// The exact canonical request.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl Drop for CanonicalRequest {
    fn drop(&mut self) {
        // only a security token makes the text secret; skip the cost otherwise
        if self.secret_line.is_some() {
            self.text.zeroize();
        }
    }
}

impl fmt::Display for CanonicalRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.secret_line {
            Some(line) if self.text.contains(line.as_str()) => f.write_str(
                &self
                    .text
                    .replace(line.as_str(), "\nx-security-token:<redacted>\n"),
            ),
            _ => f.write_str(&self.text),
        }
    }
}

impl fmt::Debug for CanonicalRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CanonicalRequest({:?})", self.to_string())
    }
}

/// `ALGORITHM\nDATE\n[SCOPE\n]HASH(canonical request)`, the text the HMAC is computed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringToSign(String);

impl StringToSign {
    /// The exact string to sign.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StringToSign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The V11 credential scope `YYYYMMDD/region/service`.
pub(crate) fn scope_info(date: SdkDate, scope: DerivedScope<'_>) -> String {
    format!("{}/{}/{}", date.date_stamp(), scope.region, scope.service)
}

/// The string to sign over `canonical`.
pub(crate) fn string_to_sign(
    algorithm: Algorithm,
    date: &DateText,
    info: Option<&str>,
    canonical: &CanonicalRequest,
) -> StringToSign {
    let hash = algorithm.hash_hex(canonical.as_str().as_bytes());
    let mut out = String::with_capacity(128 + info.map_or(0, str::len));
    out.push_str(algorithm.name());
    out.push('\n');
    out.push_str(date.as_str());
    out.push('\n');
    if let Some(info) = info {
        out.push_str(info);
        out.push('\n');
    }
    out.push_str(hash.as_str());
    StringToSign(out)
}

/// Lower-case hex signature of `sts`.
pub(crate) fn signature(
    algorithm: Algorithm,
    access_key: &str,
    secret_key: &SecretString,
    info: Option<&str>,
    sts: &StringToSign,
) -> Hex64 {
    let data = sts.as_str().as_bytes();
    match (algorithm, info) {
        (Algorithm::V11HmacSha256, Some(info)) => {
            let key = derived_key(access_key, secret_key, info);
            Hex64::of(&algorithm.hmac(key.as_bytes(), data))
        }
        _ => Hex64::of(&algorithm.hmac(secret_key.expose_secret().as_bytes(), data)),
    }
}

/// The V11 signing key: the lower-case hex text of HKDF-SHA256(salt = AK, ikm = SK, info).
fn derived_key(access_key: &str, secret_key: &SecretString, info: &str) -> Zeroizing<String> {
    let hk = Hkdf::<Sha256>::new(
        Some(access_key.as_bytes()),
        secret_key.expose_secret().as_bytes(),
    );
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit of 255 * 32, so expand cannot fail.
    let _ = hk.expand(info.as_bytes(), okm.as_mut());
    Zeroizing::new(hex::encode(okm.as_ref()))
}

/// Appends the `Authorization` header value to `out`.
pub(crate) fn push_authorization(
    out: &mut String,
    algorithm: Algorithm,
    access_key: &str,
    info: Option<&str>,
    signed_headers: &str,
    signature: &str,
) {
    out.push_str(algorithm.name());
    match info {
        Some(info) => {
            out.push_str(" Credential=");
            out.push_str(access_key);
            out.push('/');
            out.push_str(info);
        }
        None => {
            out.push_str(" Access=");
            out.push_str(access_key);
        }
    }
    out.push_str(", SignedHeaders=");
    out.push_str(signed_headers);
    out.push_str(", Signature=");
    out.push_str(signature);
}
