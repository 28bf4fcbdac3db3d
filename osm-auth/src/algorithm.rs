//! The five signing algorithms and their hash primitives.

use std::fmt;
use std::str::FromStr;

use sha2::Digest;
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
    /// `SDK-ECDSA-P256-SHA256`: ECDSA over NIST P-256 with SHA-256, the private key derived
    /// from AK and SK (SP 800-108 counter-mode KDF with HMAC-SHA256); DER signature in hex.
    SdkEcdsaP256Sha256,
    /// `SDK-SM2-SM3`: SM2 signature (GB/T 32918, default user id `1234567812345678`) with
    /// the SM3 hash, the private key derived from AK and SK with HMAC-SM3.
    SdkSm2Sm3,
}

/// SHA-256 of the empty string, lower-case hex.
pub(crate) const EMPTY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// SM3 of the empty string, lower-case hex.
pub(crate) const EMPTY_SM3: &str =
    "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b";

impl Algorithm {
    /// Every algorithm, in a fixed order.
    pub const ALL: [Algorithm; 5] = [
        Algorithm::SdkHmacSha256,
        Algorithm::V11HmacSha256,
        Algorithm::SdkHmacSm3,
        Algorithm::SdkEcdsaP256Sha256,
        Algorithm::SdkSm2Sm3,
    ];

    /// The name used in the `Authorization` header, e.g. `SDK-HMAC-SHA256`.
    pub const fn name(self) -> &'static str {
        match self {
            Algorithm::SdkHmacSha256 => "SDK-HMAC-SHA256",
            Algorithm::V11HmacSha256 => "V11-HMAC-SHA256",
            Algorithm::SdkHmacSm3 => "SDK-HMAC-SM3",
            Algorithm::SdkEcdsaP256Sha256 => "SDK-ECDSA-P256-SHA256",
            Algorithm::SdkSm2Sm3 => "SDK-SM2-SM3",
        }
    }

    /// Whether the signature is asymmetric (ECDSA P-256 or SM2): variable-length DER in hex,
    /// randomized in the official SDKs, so verified rather than compared.
    pub const fn is_asymmetric(self) -> bool {
        matches!(self, Algorithm::SdkEcdsaP256Sha256 | Algorithm::SdkSm2Sm3)
    }

    /// Whether the hash is SM3 (`SDK-HMAC-SM3`, `SDK-SM2-SM3`) rather than SHA-256.
    const fn uses_sm3(self) -> bool {
        matches!(self, Algorithm::SdkHmacSm3 | Algorithm::SdkSm2Sm3)
    }

    /// The longest signature this algorithm writes, in hex digits: 64 for the HMACs, a DER
    /// `(r, s)` pair of up to 72 bytes for the asymmetric ones.
    pub(crate) const fn signature_hex_max(self) -> usize {
        if self.is_asymmetric() { 144 } else { 64 }
    }

    /// The header that carries the payload hash (or `UNSIGNED-PAYLOAD`).
    pub const fn content_hash_header(self) -> &'static str {
        if self.uses_sm3() {
            "X-Sdk-Content-Sm3"
        } else {
            "X-Sdk-Content-Sha256"
        }
    }

    /// Lower-case hex hash of the empty body.
    pub(crate) const fn empty_hash(self) -> &'static str {
        if self.uses_sm3() {
            EMPTY_SM3
        } else {
            EMPTY_SHA256
        }
    }

    /// Raw hash of `data` with this algorithm's hash function.
    pub(crate) fn hash(self, data: &[u8]) -> [u8; 32] {
        if self.uses_sm3() {
            Sm3::digest(data).into()
        } else {
            crate::sha256::digest(data)
        }
    }

    /// Lower-case hex hash of `data` with this algorithm's hash function.
    pub(crate) fn hash_hex(self, data: &[u8]) -> Hex64 {
        Hex64::of(&self.hash(data))
    }
}

/// 32 bytes as 64 lower-case hex digits, on the stack.
#[derive(Clone)]
pub(crate) struct Hex64(const_hex::Buffer<32>);

impl Hex64 {
    pub(crate) fn of(bytes: &[u8; 32]) -> Self {
        let mut buffer = const_hex::Buffer::<32>::new();
        buffer.format(bytes);
        Self(buffer)
    }

    pub(crate) fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An algorithm name that is not one of the five supported ones.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unsupported signing algorithm {0:?}: use SDK-HMAC-SHA256, V11-HMAC-SHA256, SDK-HMAC-SM3, SDK-ECDSA-P256-SHA256 or SDK-SM2-SM3"
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
