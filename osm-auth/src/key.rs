//! Secret keys prepared once per credentials and algorithm: the HMAC key state (inner and
//! outer pads already absorbed), the V11 HKDF pseudo-random key, or the elliptic-curve private
//! key the asymmetric algorithms derive from AK and SK.
//!
//! The asymmetric algorithms are in [`asymmetric`] (feature `asymmetric`).

use std::fmt;
use std::sync::{Arc, OnceLock};

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use sm3::Sm3;
use zeroize::Zeroizing;

use crate::algorithm::Hex64;
use crate::sha256::HmacSha256Key;
use crate::{Algorithm, Credentials, SecretString};

#[cfg(feature = "asymmetric")]
pub(crate) mod asymmetric;

/// A secret key prepared for one [`Algorithm`], computed once and reused for every request.
///
/// [`sign`](crate::sign) takes it from the [`Credentials`] (which prepare each algorithm's key
/// the first time it is used and share it between clones); a server derives one per request
/// with [`SigningKey::new`]. `Debug` shows only the algorithm and, for the asymmetric
/// algorithms, the public key; all secret state is zeroized on drop.
#[derive(Clone)]
pub struct SigningKey {
    algorithm: Algorithm,
    state: State,
}

#[derive(Clone)]
enum State {
    HmacSha256(Box<HmacSha256Key>),
    HmacSm3(Box<Hmac<Sm3>>),
    /// HKDF-Extract(salt = AK, ikm = SK): only the expand step depends on date and scope.
    V11(Box<Hkdf<Sha256>>),
    #[cfg(feature = "asymmetric")]
    P256(Box<asymmetric::P256Key>),
    #[cfg(feature = "asymmetric")]
    Sm2(Box<asymmetric::Sm2Key>),
}

/// Why a key cannot be prepared or a signature made with it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// No key-derivation candidate fell below the curve order (for a random secret key this
    /// happens with probability below 2^-8000).
    #[error(
        "cannot derive an {algorithm} key from this secret key: no candidate below the curve order; use another algorithm or access key"
    )]
    NoCandidate {
        /// The algorithm.
        algorithm: Algorithm,
    },
    /// The algorithm is asymmetric and this build of osm-auth has no asymmetric signers.
    #[error(
        "{algorithm} is not available: osm-auth was built without its `asymmetric` feature (osm-client: enable the `asymmetric-signing` feature), or use an HMAC algorithm"
    )]
    Unsupported {
        /// The algorithm.
        algorithm: Algorithm,
    },
    /// The elliptic-curve signing primitive failed (negligible probability).
    #[error("{algorithm} signing failed for this request; sign it again with another X-Sdk-Date")]
    SigningFailed {
        /// The algorithm.
        algorithm: Algorithm,
    },
}

impl SigningKey {
    /// Prepares the key of `algorithm` for `credentials`: the HMAC pads, the V11 HKDF key, or
    /// the derived elliptic-curve private key (the slow part: one HMAC per candidate and one
    /// scalar multiplication for the public key).
    pub fn new(credentials: &Credentials, algorithm: Algorithm) -> Result<Self, KeyError> {
        Self::from_parts(
            algorithm,
            credentials.access_key(),
            credentials.secret_key(),
        )
    }

    /// As [`SigningKey::new`], from the access key and secret key (what a verifier looks up).
    pub fn from_parts(
        algorithm: Algorithm,
        access_key: &str,
        secret_key: &SecretString,
    ) -> Result<Self, KeyError> {
        let sk = secret_key.expose_secret().as_bytes();
        let state = match algorithm {
            Algorithm::SdkHmacSha256 => State::HmacSha256(Box::new(HmacSha256Key::new(sk))),
            Algorithm::SdkHmacSm3 => State::HmacSm3(Box::new(hmac_key(sk))),
            Algorithm::V11HmacSha256 => State::V11(Box::new(Hkdf::<Sha256>::new(
                Some(access_key.as_bytes()),
                sk,
            ))),
            Algorithm::SdkEcdsaP256Sha256 | Algorithm::SdkSm2Sm3 => {
                asymmetric_state(algorithm, access_key, sk)?
            }
        };
        Ok(Self { algorithm, state })
    }

    /// The algorithm this key is for.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// For `SDK-ECDSA-P256-SHA256` and `SDK-SM2-SM3`: the public key the secret key derives,
    /// uncompressed SEC1 (`04 ‖ x ‖ y`, 65 bytes). `None` for the HMAC algorithms.
    pub fn public_key_sec1(&self) -> Option<[u8; 65]> {
        match &self.state {
            #[cfg(feature = "asymmetric")]
            State::P256(k) => Some(k.public_key_sec1()),
            #[cfg(feature = "asymmetric")]
            State::Sm2(k) => Some(k.public_key_sec1()),
            _ => None,
        }
    }

    /// The lower-case hex signature of `string_to_sign`. `info` is the V11 scope
    /// `YYYYMMDD/region/service`.
    pub(crate) fn signature(
        &self,
        info: Option<&str>,
        string_to_sign: &[u8],
    ) -> Result<SignatureText, KeyError> {
        Ok(match &self.state {
            State::HmacSha256(key) => SignatureText::Mac(Hex64::of(&key.mac(string_to_sign))),
            State::HmacSm3(mac) => SignatureText::Mac(Hex64::of(&mac_once(mac, string_to_sign))),
            State::V11(hkdf) => {
                let key = v11_key(hkdf, info.unwrap_or_default());
                let mac = hmac_key::<Sha256>(key.as_ref());
                SignatureText::Mac(Hex64::of(&mac_once(&mac, string_to_sign)))
            }
            #[cfg(feature = "asymmetric")]
            State::P256(key) => {
                SignatureText::Der(key.sign(string_to_sign).ok_or(KeyError::SigningFailed {
                    algorithm: self.algorithm,
                })?)
            }
            #[cfg(feature = "asymmetric")]
            State::Sm2(key) => SignatureText::Der(key.sign_hex(string_to_sign).ok_or(
                KeyError::SigningFailed {
                    algorithm: self.algorithm,
                },
            )?),
        })
    }

    /// Whether `signature_hex` (lower-case) is this key's signature of `string_to_sign`:
    /// recomputed and compared in constant time for HMAC, verified for the asymmetric
    /// algorithms. An SM2 signature is also accepted over the Python SDK's user hash `Z`,
    /// which writes public-key coordinates without their leading zero bytes.
    pub(crate) fn verifies(
        &self,
        info: Option<&str>,
        string_to_sign: &[u8],
        signature_hex: &str,
    ) -> Result<bool, KeyError> {
        use subtle::ConstantTimeEq as _;
        match &self.state {
            #[cfg(feature = "asymmetric")]
            State::P256(key) => Ok(key.verifies_hex(string_to_sign, signature_hex)),
            #[cfg(feature = "asymmetric")]
            State::Sm2(key) => Ok(key.verifies_hex(string_to_sign, signature_hex)),
            _ => {
                let expected = self.signature(info, string_to_sign)?;
                Ok(bool::from(
                    expected.as_str().as_bytes().ct_eq(signature_hex.as_bytes()),
                ))
            }
        }
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("SigningKey");
        s.field("algorithm", &self.algorithm);
        if let Some(public) = self.public_key_sec1() {
            s.field("public_key", &const_hex::encode(public));
        }
        s.finish_non_exhaustive()
    }
}

pub(crate) fn hmac_key<D>(key: &[u8]) -> Hmac<D>
where
    D: hmac::EagerHash,
    Hmac<D>: KeyInit,
{
    // HMAC takes keys of every length: new_from_slice cannot fail
    <Hmac<D> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| <Hmac<D> as KeyInit>::new(&Default::default()))
}

/// One MAC from a prepared key state (the pads are not recomputed).
pub(crate) fn mac_once<D>(key: &Hmac<D>, data: &[u8]) -> [u8; 32]
where
    D: hmac::EagerHash,
    Hmac<D>: Mac + Clone,
{
    let mut mac = key.clone();
    mac.update(data);
    let mut out = [0u8; 32];
    let tag = mac.finalize().into_bytes();
    if tag.len() == 32 {
        out.copy_from_slice(&tag);
    }
    out
}

/// The V11 signing key: the lower-case hex text of HKDF-SHA256-Expand(PRK, info, 32).
fn v11_key(hkdf: &Hkdf<Sha256>, info: &str) -> Zeroizing<[u8; 64]> {
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit of 255 * 32, so expand cannot fail.
    let _ = hkdf.expand(info.as_bytes(), okm.as_mut());
    let mut text = Zeroizing::new([0u8; 64]);
    // 64 = 2 * 32: the lengths fit, so this cannot fail
    let _ = const_hex::encode_to_slice(okm.as_ref(), text.as_mut());
    text
}

/// A signature as lower-case hex: on the stack for the HMAC algorithms, DER (70 to 72
/// bytes) for the asymmetric ones.
#[derive(Clone)]
pub(crate) enum SignatureText {
    Mac(Hex64),
    #[cfg(feature = "asymmetric")]
    Der(String),
}

impl SignatureText {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            SignatureText::Mac(hex) => hex.as_str(),
            #[cfg(feature = "asymmetric")]
            SignatureText::Der(hex) => hex,
        }
    }
}

/// The key state of an asymmetric `algorithm`.
#[cfg(feature = "asymmetric")]
fn asymmetric_state(algorithm: Algorithm, access_key: &str, sk: &[u8]) -> Result<State, KeyError> {
    Ok(match algorithm {
        Algorithm::SdkSm2Sm3 => State::Sm2(Box::new(asymmetric::Sm2Key::derive(access_key, sk)?)),
        _ => State::P256(Box::new(asymmetric::P256Key::derive(access_key, sk)?)),
    })
}

/// Without the `asymmetric` feature: [`KeyError::Unsupported`].
#[cfg(not(feature = "asymmetric"))]
fn asymmetric_state(algorithm: Algorithm, _: &str, _: &[u8]) -> Result<State, KeyError> {
    Err(KeyError::Unsupported { algorithm })
}

impl Credentials {
    /// The prepared key of `algorithm` for these credentials, derived on first use.
    pub(crate) fn signing_key(&self, algorithm: Algorithm) -> Result<&SigningKey, KeyError> {
        self.keys().get(self, algorithm)
    }
}

/// Each algorithm's [`SigningKey`], prepared the first time it is used; clones of a
/// [`Credentials`] share it.
#[derive(Clone, Default)]
pub(crate) struct KeyCache(Arc<[OnceLock<SigningKey>; 5]>);

impl KeyCache {
    /// The key of `algorithm` for `credentials` (whose cache this is).
    pub(crate) fn get(
        &self,
        credentials: &Credentials,
        algorithm: Algorithm,
    ) -> Result<&SigningKey, KeyError> {
        let index = Algorithm::ALL
            .iter()
            .position(|a| *a == algorithm)
            .unwrap_or_default();
        let Some(cell) = self.0.get(index) else {
            return Err(KeyError::NoCandidate { algorithm });
        };
        if let Some(key) = cell.get() {
            return Ok(key);
        }
        let key = SigningKey::new(credentials, algorithm)?;
        Ok(cell.get_or_init(|| key))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn key(algorithm: Algorithm, ak: &str, sk: &str) -> SigningKey {
        SigningKey::from_parts(algorithm, ak, &SecretString::new(sk)).unwrap()
    }

    #[cfg(not(feature = "asymmetric"))]
    #[test]
    fn asymmetric_algorithms_are_unsupported_without_the_feature() {
        for algorithm in [Algorithm::SdkEcdsaP256Sha256, Algorithm::SdkSm2Sm3] {
            let err = SigningKey::from_parts(algorithm, "AK", &SecretString::new("SK"))
                .map(|_| ())
                .unwrap_err();
            assert_eq!(err, KeyError::Unsupported { algorithm });
            assert!(err.to_string().contains("`asymmetric` feature"), "{err}");
        }
    }

    #[test]
    fn debug_shows_no_secret() {
        let available = Algorithm::ALL
            .into_iter()
            .filter(|a| cfg!(feature = "asymmetric") || !a.is_asymmetric());
        for algorithm in available {
            let text = format!("{:?}", key(algorithm, "AK", "the-secret-key"));
            assert!(!text.contains("the-secret-key"), "{text}");
            assert!(
                text.contains(algorithm.name().replace('-', "").as_str())
                    || text.contains("algorithm"),
                "{text}"
            );
        }
    }
}
