//! The asymmetric algorithms, `SDK-ECDSA-P256-SHA256` and `SDK-SM2-SM3` (feature
//! `asymmetric`): key derivation from AK and SK, signing and verification.
//!
//! # Key derivation
//!
//! As the official SDKs do it (Python `signer/signer.py` `P256SHA256Signer._derive_key`, Go
//! `derivePrivateInt`, Java `P256SHA256Signer`): for `counter` = 0, 1, … the candidate is
//! `HMAC(SK, 00000001 ‖ ALGORITHM ‖ 00 ‖ AK ‖ counter ‖ 00000100)` read as a big-endian
//! integer (HMAC-SHA256 for `SDK-ECDSA-P256-SHA256`, HMAC-SM3 for `SDK-SM2-SM3`); the first
//! candidate `c <= n - 2` gives the private key `c + 1`. Where the SDKs disagree this follows
//! Go and Java: the SM2 bound is the SM2 order (the Python SDK compares with P-256's `n - 2`,
//! which differs for about one secret key in 2^32), and 256 counters are tried (Python: 255).

use hmac::Hmac;
use p256::ecdsa::signature::{Signer as _, Verifier as _};
use p256::elliptic_curve::Group as _;
use p256::elliptic_curve::ff::PrimeField;
use p256::elliptic_curve::ops::Reduce;
use p256::elliptic_curve::point::AffineCoordinates as _;
use p256::elliptic_curve::sec1::ToSec1Point as _;
use sha2::Sha256;
use sm2::dsa::signature::hazmat::PrehashVerifier as _;
use sm3::{Digest, Sm3};
use zeroize::{Zeroize, Zeroizing};

use super::{KeyError, hmac_key, mac_once};
use crate::Algorithm;

/// An ECDSA P-256 private key derived from AK and SK.
#[derive(Clone)]
pub(crate) struct P256Key(p256::ecdsa::SigningKey);

impl P256Key {
    pub(crate) fn derive(access_key: &str, sk: &[u8]) -> Result<Self, KeyError> {
        let candidates: Hmac<Sha256> = hmac_key(sk);
        let d = derive_scalar(
            Algorithm::SdkEcdsaP256Sha256,
            access_key,
            |data| mac_once(&candidates, data),
            |bytes| {
                let c = p256::Scalar::from_repr(bytes.into());
                c.and_then(|c| p256::NonZeroScalar::new(c + p256::Scalar::ONE))
                    .into_option()
            },
        )?;
        Ok(Self(p256::ecdsa::SigningKey::from(d)))
    }

    pub(crate) fn public_key_sec1(&self) -> [u8; 65] {
        let point = self.0.verifying_key().to_sec1_point(false).to_bytes();
        point.as_ref().try_into().unwrap_or([0; 65])
    }

    /// The DER signature in lower-case hex.
    pub(crate) fn sign(&self, message: &[u8]) -> Option<String> {
        let signature: p256::ecdsa::Signature = self.0.try_sign(message).ok()?;
        Some(const_hex::encode(signature.to_der().as_bytes()))
    }

    pub(crate) fn verifies_hex(&self, message: &[u8], signature_hex: &str) -> bool {
        let Some(der) = decode_hex(signature_hex) else {
            return false;
        };
        let Ok(signature) = p256::ecdsa::Signature::from_der(&der) else {
            return false;
        };
        self.0.verifying_key().verify(message, &signature).is_ok()
    }
}

/// The counter-mode KDF of the asymmetric algorithms (see the module docs); `accept` turns a
/// candidate into the private scalar `c + 1` when `c <= n - 2`.
fn derive_scalar<S>(
    algorithm: Algorithm,
    access_key: &str,
    mac: impl Fn(&[u8]) -> [u8; 32],
    accept: impl Fn([u8; 32]) -> Option<S>,
) -> Result<S, KeyError> {
    let label = algorithm.name().as_bytes();
    let mut data = Zeroizing::new(Vec::with_capacity(
        4 + label.len() + 1 + access_key.len() + 5,
    ));
    for counter in 0..=u8::MAX {
        data.clear();
        data.extend_from_slice(&[0, 0, 0, 1]);
        data.extend_from_slice(label);
        data.push(0);
        data.extend_from_slice(access_key.as_bytes());
        data.push(counter);
        data.extend_from_slice(&[0, 0, 1, 0]);
        let mut candidate = Zeroizing::new(mac(&data));
        if let Some(scalar) = accept(*candidate) {
            candidate.zeroize();
            return Ok(scalar);
        }
    }
    Err(KeyError::NoCandidate { algorithm })
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    const_hex::decode(text).ok()
}

/// The SM2 default distinguishing identifier, as every official SDK uses it.
const SM2_USER_ID: &str = "1234567812345678";
/// GB/T 32918.5 curve parameters a and b (32 bytes, no leading zero).
const SM2_A: [u8; 32] =
    hex_literal("fffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffc");
const SM2_B: [u8; 32] =
    hex_literal("28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93");

const fn hex_literal(text: &str) -> [u8; 32] {
    match const_hex::const_decode_to_array::<32>(text.as_bytes()) {
        Ok(bytes) => bytes,
        Err(_) => panic!("not 64 hex digits"),
    }
}

/// An SM2 private key with its public key and user hash `Z`; the scalar is zeroized on drop.
///
/// The `sm2` crate's `dsa::SigningKey` does not zeroize its scalar, so signing (GB/T 32918.2
/// steps A1–A7) is written here over the crate's scalar and point arithmetic, with `k` from
/// RFC 6979 (HMAC-SM3 DRBG); verification is the crate's.
#[derive(Clone)]
pub(crate) struct Sm2Key {
    secret: sm2::NonZeroScalar,
    public: sm2::PublicKey,
    /// `Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA)`, coordinates as 32 bytes each.
    z: [u8; 32],
    /// The Python SDK's `Z` (coordinates without leading zero bytes), where it differs.
    python_z: Option<[u8; 32]>,
}

impl Drop for Sm2Key {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

impl Sm2Key {
    pub(crate) fn derive(access_key: &str, sk: &[u8]) -> Result<Self, KeyError> {
        let candidates: Hmac<Sm3> = hmac_key(sk);
        let d = derive_scalar(
            Algorithm::SdkSm2Sm3,
            access_key,
            |data| mac_once(&candidates, data),
            |bytes| {
                let c = sm2::Scalar::from_repr(bytes.into());
                c.and_then(|c| sm2::NonZeroScalar::new(c + sm2::Scalar::ONE))
                    .into_option()
            },
        )?;
        Ok(Self::new(d))
    }

    pub(crate) fn public_key_sec1(&self) -> [u8; 65] {
        let point = self.public.to_sec1_point(false).to_bytes();
        point.as_ref().try_into().unwrap_or([0; 65])
    }

    /// The DER signature in lower-case hex.
    pub(crate) fn sign_hex(&self, message: &[u8]) -> Option<String> {
        let signature = self.sign(message)?;
        Some(const_hex::encode(signature.to_der().as_bytes()))
    }

    pub(crate) fn verifies_hex(&self, message: &[u8], signature_hex: &str) -> bool {
        let Some(der) = decode_hex(signature_hex) else {
            return false;
        };
        let Ok(signature) = sm2::dsa::Signature::from_der(&der) else {
            return false;
        };
        self.verifies(message, &signature)
    }

    fn new(secret: sm2::NonZeroScalar) -> Self {
        let public = sm2::PublicKey::from_secret_scalar(&secret);
        let z = sm2_z(&public, false);
        let python_z = Some(sm2_z(&public, true)).filter(|pz| *pz != z);
        Self {
            secret,
            public,
            z,
            python_z,
        }
    }

    fn sign(&self, message: &[u8]) -> Option<sm2::dsa::Signature> {
        use sm2::{ProjectivePoint, Scalar, U256};
        // A1, A2: e = SM3(Z ‖ M)
        let e_bytes = Sm3::new_with_prefix(self.z)
            .chain_update(message)
            .finalize();
        let e = <Scalar as Reduce<U256>>::reduce(&U256::from_be_slice(&e_bytes));
        let d: &Scalar = self.secret.as_ref();
        let d_repr = Zeroizing::new(d.to_repr());
        let mut kgen = rfc6979::KGenerator::<Sm3, U256>::new(
            d_repr.as_slice(),
            e.to_repr().as_slice(),
            &[],
            &<sm2::Sm2 as p256::elliptic_curve::Curve>::ORDER,
        );
        let d_plus_1_inv = Zeroizing::new(Option::<Scalar>::from((*d + Scalar::ONE).invert())?);
        for _ in 0..16 {
            // A3: k in [1, n-1]
            let mut k_bytes = Zeroizing::new(sm2::FieldBytes::default());
            kgen.fill_next_k(&mut k_bytes);
            let Some(mut k) = Scalar::from_repr(*k_bytes).into_option() else {
                continue;
            };
            // A4, A5: (x1, y1) = [k]G, r = (e + x1) mod n, again if r = 0 or r + k = n
            let x1 = ProjectivePoint::mul_by_generator(&k).to_affine().x();
            let r = e + <Scalar as Reduce<U256>>::reduce(&U256::from_be_slice(&x1));
            if bool::from(r.is_zero() | (r + k).is_zero()) {
                k.zeroize();
                continue;
            }
            // A6: s = ((1 + d)^-1 · (k - r·d)) mod n, again if s = 0
            let s = *d_plus_1_inv * (k - r * d);
            k.zeroize();
            if bool::from(s.is_zero()) {
                continue;
            }
            // A7
            return sm2::dsa::Signature::from_scalars(r, s).ok();
        }
        None
    }

    fn verifies(&self, message: &[u8], signature: &sm2::dsa::Signature) -> bool {
        let Ok(verifying) = sm2::dsa::VerifyingKey::new(SM2_USER_ID, self.public) else {
            return false;
        };
        if verifying.verify(message, signature).is_ok() {
            return true;
        }
        self.python_z.is_some_and(|z| {
            let e = Sm3::new_with_prefix(z).chain_update(message).finalize();
            verifying.verify_prehash(&e, signature).is_ok()
        })
    }
}

/// The SM2 user hash `Z` of `public` with the default user id; `minimal` writes the public
/// key's coordinates without leading zero bytes, as the Python SDK's `_int_to_bytes` does.
fn sm2_z(public: &sm2::PublicKey, minimal: bool) -> [u8; 32] {
    let generator = sm2::ProjectivePoint::generator().to_affine();
    let point = public.as_affine();
    let strip = |bytes: &[u8]| -> Vec<u8> {
        let skip = if minimal {
            bytes.iter().take_while(|&&b| b == 0).count()
        } else {
            0
        };
        bytes[skip..].to_vec()
    };
    // 16 bytes of user id, 128 bits: fits ENTL's two bytes
    let entl = u16::try_from(SM2_USER_ID.len() * 8).unwrap_or(u16::MAX);
    let mut h = Sm3::new();
    h.update(entl.to_be_bytes());
    h.update(SM2_USER_ID.as_bytes());
    h.update(SM2_A);
    h.update(SM2_B);
    h.update(generator.x());
    h.update(generator.y());
    h.update(strip(&point.x()));
    h.update(strip(&point.y()));
    h.finalize().into()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use sm2::dsa::signature::Verifier as _;

    use super::*;
    use crate::{SecretString, SigningKey};

    fn key(algorithm: Algorithm, ak: &str, sk: &str) -> SigningKey {
        SigningKey::from_parts(algorithm, ak, &SecretString::new(sk)).unwrap()
    }

    #[test]
    fn sm2_signatures_verify_with_the_sm2_crate() {
        let inner = Sm2Key::derive("AK", b"SK").unwrap();
        let crate_key = sm2::dsa::VerifyingKey::new(SM2_USER_ID, inner.public).unwrap();
        for message in [
            &b""[..],
            b"SDK-SM2-SM3\n20261129T080000Z\nabc",
            &[0xff; 300],
        ] {
            let signature = inner.sign(message).unwrap();
            crate_key.verify(message, &signature).unwrap();
            assert!(inner.verifies(message, &signature));
            assert!(!inner.verifies(b"other", &signature));
        }
    }

    #[test]
    fn the_sm2_generator_is_the_crates() {
        let g = sm2::ProjectivePoint::generator().to_affine();
        assert_eq!(
            const_hex::encode(g.x()),
            "32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7"
        );
    }

    #[test]
    fn asymmetric_signatures_are_der_hex_and_verify() {
        for algorithm in [Algorithm::SdkEcdsaP256Sha256, Algorithm::SdkSm2Sm3] {
            let key = key(algorithm, "AK", "SK");
            let sig = key.signature(None, b"string to sign").unwrap();
            let hex = sig.as_str();
            assert!(hex.starts_with("30"), "{algorithm}: {hex}");
            assert!((140..=144).contains(&hex.len()), "{algorithm}: {hex}");
            assert!(key.verifies(None, b"string to sign", hex).unwrap());
            assert!(!key.verifies(None, b"string to sigN", hex).unwrap());
            let other = self::key(algorithm, "AK", "SK2");
            assert!(!other.verifies(None, b"string to sign", hex).unwrap());
            // deterministic (RFC 6979): the same input signs the same
            assert_eq!(
                key.signature(None, b"string to sign").unwrap().as_str(),
                hex
            );
            assert_eq!(key.public_key_sec1().unwrap()[0], 4);
        }
        assert!(
            key(Algorithm::SdkHmacSha256, "AK", "SK")
                .public_key_sec1()
                .is_none()
        );
    }
}
