//! The three HMAC signing algorithms and their hash primitives.

use std::fmt;
use std::str::FromStr;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use sm3::Sm3;

/// A signing algorithm of Huawei Cloud's API gateway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Algorithm {
    /// `SDK-HMAC-SHA256`: HMAC-SHA256 keyed with the secret key (the official SDKs' default).
    #[default]
    SdkHmacSha256,
    /// `V11-HMAC-SHA256`: HMAC-SHA256 keyed with a key derived (HKDF) from AK, SK, date,
    /// region and service; needs a [`DerivedScope`](crate::DerivedScope).
    V11HmacSha256,
    /// `SDK-HMAC-SM3`: as `SDK-HMAC-SHA256` with the SM3 hash (GB/T 32905).
    SdkHmacSm3,
}

/// SHA-256 of the empty string, lower-case hex.
pub(crate) const EMPTY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// SM3 of the empty string, lower-case hex.
pub(crate) const EMPTY_SM3: &str =
    "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";

impl Algorithm {
    /// Every algorithm, in a fixed order.
    pub const ALL: [Algorithm; 3] = [
        Algorithm::SdkHmacSha256,
        Algorithm::V11HmacSha256,
        Algorithm::SdkHmacSm3,
    ];

    /// The name used in the `Authorization` header, e.g. `SDK-HMAC-SHA256`.
    pub const fn name(self) -> &'static str {
        match self {
            Algorithm::SdkHmacSha256 => "SDK-HMAC-SHA256",
            Algorithm::V11HmacSha256 => "V11-HMAC-SHA256",
            Algorithm::SdkHmacSm3 => "SDK-HMAC-SM3",
        }
    }

    /// The header that carries the payload hash (or `UNSIGNED-PAYLOAD`).
    pub const fn content_hash_header(self) -> &'static str {
        match self {
            Algorithm::SdkHmacSha256 | Algorithm::V11HmacSha256 => "X-Sdk-Content-Sha256",
            Algorithm::SdkHmacSm3 => "X-Sdk-Content-Sm3",
        }
    }

    /// Lower-case hex hash of the empty body.
    pub(crate) const fn empty_hash(self) -> &'static str {
        match self {
            Algorithm::SdkHmacSha256 | Algorithm::V11HmacSha256 => EMPTY_SHA256,
            Algorithm::SdkHmacSm3 => EMPTY_SM3,
        }
    }

    /// Raw hash of `data` with this algorithm's hash function.
    pub(crate) fn hash(self, data: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        match self {
            Algorithm::SdkHmacSha256 | Algorithm::V11HmacSha256 => {
                out.copy_from_slice(&Sha256::digest(data));
            }
            Algorithm::SdkHmacSm3 => out.copy_from_slice(&Sm3::digest(data)),
        }
        out
    }

    /// Lower-case hex hash of `data` with this algorithm's hash function.
    pub(crate) fn hash_hex(self, data: &[u8]) -> Hex64 {
        Hex64::of(&self.hash(data))
    }

    /// Raw HMAC of `data` keyed with `key`, with this algorithm's hash function.
    pub(crate) fn hmac(self, key: &[u8], data: &[u8]) -> [u8; 32] {
        match self {
            Algorithm::SdkHmacSha256 | Algorithm::V11HmacSha256 => {
                hmac_with::<Hmac<Sha256>>(key, data)
            }
            Algorithm::SdkHmacSm3 => hmac_with::<Hmac<Sm3>>(key, data),
        }
    }
}

/// 32 bytes as 64 lower-case hex digits, on the stack.
#[derive(Clone, Copy)]
pub(crate) struct Hex64([u8; 64]);

impl Hex64 {
    pub(crate) fn of(bytes: &[u8; 32]) -> Self {
        let mut out = [0u8; 64];
        // 64 = 2 * 32, so the lengths always fit and this cannot fail.
        let _ = hex::encode_to_slice(bytes, &mut out);
        Self(out)
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub(crate) fn as_str(&self) -> &str {
        // hex digits are ASCII
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

fn hmac_with<M: Mac + KeyInit>(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    // HMAC accepts keys of every length, so this never fails
    if let Ok(mut mac) = <M as KeyInit>::new_from_slice(key) {
        mac.update(data);
        let tag = mac.finalize().into_bytes();
        if tag.len() == 32 {
            out.copy_from_slice(&tag);
        }
    }
    out
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An algorithm name that is not one of the three supported ones.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unsupported signing algorithm {0:?}: use SDK-HMAC-SHA256, V11-HMAC-SHA256 or SDK-HMAC-SM3"
)]
pub struct UnsupportedAlgorithm(pub String);

impl FromStr for Algorithm {
    type Err = UnsupportedAlgorithm;

    /// Parses an algorithm name, ignoring ASCII case (`sdk-hmac-sha256` works).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnsupportedAlgorithm(s.to_owned()))
    }
}
