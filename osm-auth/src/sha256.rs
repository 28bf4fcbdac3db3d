//! SHA-256 and HMAC-SHA256 over sha2's block function, for the signer's hot path: whole
//! blocks are compressed straight from the input, the last one or two are padded on the
//! stack, and an HMAC key is kept as its two absorbed pad states (64 bytes), so a MAC copies
//! 32 bytes of state instead of cloning a hasher.
//!
//! Checked against `sha2::Sha256` and `hmac::Hmac<Sha256>` for every length up to three
//! blocks (every padding case) and for keys shorter than, as long as and longer than a block.

use sha2::block_api::compress256;
use zeroize::Zeroize;

const BLOCK: usize = 64;

/// SHA-256's initial state (FIPS 180-4, 5.3.3).
const INITIAL: [u32; 8] = [
    0x6a09_e667,
    0xbb67_ae85,
    0x3c6e_f372,
    0xa54f_f53a,
    0x510e_527f,
    0x9b05_688c,
    0x1f83_d9ab,
    0x5be0_cd19,
];

/// Hashes `data` after `prefix_len` bytes already absorbed into `state` (a multiple of the
/// block size) and returns the digest.
fn finish(mut state: [u32; 8], prefix_len: u64, data: &[u8]) -> [u8; 32] {
    let (blocks, tail) = data.as_chunks::<BLOCK>();
    if !blocks.is_empty() {
        compress256(&mut state, blocks);
    }
    // The tail, 0x80, zeros, then the message length in bits (big-endian) at the end of the
    // first or the second block.
    let mut last = [[0u8; BLOCK]; 2];
    let flat = last.as_flattened_mut();
    flat[..tail.len()].copy_from_slice(tail);
    flat[tail.len()] = 0x80;
    let used = if tail.len() < BLOCK - 8 { 1 } else { 2 };
    let bits = (prefix_len + data.len() as u64).wrapping_mul(8);
    flat[used * BLOCK - 8..used * BLOCK].copy_from_slice(&bits.to_be_bytes());
    compress256(&mut state, &last[..used]);
    digest_bytes(state)
}

/// The digest of a final state: its words, big-endian.
fn digest_bytes(state: [u32; 8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

/// SHA-256 of `data`.
pub(crate) fn digest(data: &[u8]) -> [u8; 32] {
    finish(INITIAL, 0, data)
}

/// An HMAC-SHA256 key as the states after absorbing `key ⊕ ipad` and `key ⊕ opad`.
#[derive(Clone)]
pub(crate) struct HmacSha256Key {
    inner: [u32; 8],
    outer: [u32; 8],
}

impl HmacSha256Key {
    /// Absorbs the pads of `key` (hashed first when longer than a block, as RFC 2104 says).
    pub(crate) fn new(key: &[u8]) -> Self {
        let mut block = [0u8; BLOCK];
        if key.len() > BLOCK {
            let mut hashed = digest(key);
            block[..32].copy_from_slice(&hashed);
            hashed.zeroize();
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let absorbed = |pad: u8| {
            let mut padded = block.map(|b| b ^ pad);
            let mut state = INITIAL;
            compress256(&mut state, &[padded]);
            padded.zeroize();
            state
        };
        let inner = absorbed(0x36);
        let outer = absorbed(0x5c);
        block.zeroize();
        Self { inner, outer }
    }

    /// HMAC-SHA256 of `data`. The copies of the key states are overwritten in place by the
    /// compression; the inner digest is not key material and is not zeroized.
    pub(crate) fn mac(&self, data: &[u8]) -> [u8; 32] {
        let inner = finish(self.inner, BLOCK as u64, data);
        // The outer hash's one block after the pad: the inner digest, 0x80, zeros, and the
        // length of pad and digest (96 bytes) in bits.
        let mut block = [0u8; BLOCK];
        block[..32].copy_from_slice(&inner);
        block[32] = 0x80;
        block[BLOCK - 8..].copy_from_slice(&((BLOCK as u64 + 32) * 8).to_be_bytes());
        let mut state = self.outer;
        compress256(&mut state, &[block]);
        digest_bytes(state)
    }
}

impl Drop for HmacSha256Key {
    fn drop(&mut self) {
        self.inner.zeroize();
        self.outer.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use hmac::{Hmac, KeyInit, Mac};
    use sha2::{Digest, Sha256};

    use super::*;

    fn bytes(n: usize, seed: u8) -> Vec<u8> {
        (0..n)
            .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
            .collect()
    }

    #[test]
    fn digest_matches_sha2_at_every_length_over_three_blocks() {
        for n in (0..200).chain([1024, 4099]) {
            let data = bytes(n, 7);
            assert_eq!(
                digest(&data),
                <[u8; 32]>::from(Sha256::digest(&data)),
                "length {n}"
            );
        }
    }

    #[test]
    fn mac_matches_hmac_for_short_block_and_long_keys() {
        for key_len in [0, 1, 40, 63, 64, 65, 130] {
            let key = bytes(key_len, 3);
            let ours = HmacSha256Key::new(&key);
            for n in 0..150 {
                let data = bytes(n, 11);
                let mut theirs = <Hmac<Sha256> as KeyInit>::new_from_slice(&key)
                    .expect("HMAC takes any key length");
                theirs.update(&data);
                let expected: [u8; 32] = theirs.finalize().into_bytes().into();
                assert_eq!(ours.mac(&data), expected, "key {key_len}, data {n}");
            }
        }
    }
}
