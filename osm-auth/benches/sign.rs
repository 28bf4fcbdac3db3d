//! Signing a typical create-case request beside the raw hash floor: the SHA-256 of the body,
//! the SHA-256 of the canonical request and the HMAC of the string to sign, over the same bytes.
//!
//! The two arms run interleaved in batches (each timed batch of one is followed by an untimed
//! batch of the other), so background load on a shared machine hits both alike. After the
//! criterion groups, a last measurement prints `sign / hash floor` as the median over many
//! short interleaved rounds (a round is well under a scheduler time slice, so the rounds that
//! another process interrupted fall in the tails, not at the median).
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, criterion_group, criterion_main};
use hmac::{Hmac, KeyInit, Mac};
use osm_auth::{Credentials, SignableBody, SignableRequest, SigningParams, sign};
use sha2::{Digest, Sha256};

/// Iterations per interleaved batch: long enough that reading the clock costs nothing.
const BATCH: u64 = 64;

/// A create-case JSON body padded to 1 KiB.
fn body() -> Vec<u8> {
    let head = r#"{"x_customer_name":"osm-rs","business_type_id":"bt-0001","incident_id":"inc-0002","region_id":"cn-south-1","simple_description":"Cannot attach the volume to the instance after resizing","contact_way":0,"customer_phone":"+8613800000000","remind_mail":"ops@example.com","severity":"3","source_id":"83613b1ba57c4e5ea5d6bbf9db4e0ee9","extends_param":{"note":""#;
    let mut s = head.to_owned();
    while s.len() < 1024 - 3 {
        s.push('x');
    }
    s.push_str("\"}}");
    assert_eq!(s.len(), 1024);
    s.into_bytes()
}

struct Arms<'a> {
    request: SignableRequest<'a>,
    params: SigningParams<'a>,
    body: &'a [u8],
    canonical: Vec<u8>,
    sts: Vec<u8>,
    sk: Vec<u8>,
}

impl Arms<'_> {
    fn sign(&self) {
        black_box(sign(black_box(&self.request), black_box(&self.params)).unwrap());
    }

    fn floor(&self) {
        let body_hash = Sha256::digest(black_box(self.body));
        let canonical_hash = Sha256::digest(black_box(&self.canonical));
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(black_box(&self.sk)).unwrap();
        mac.update(black_box(&self.sts));
        black_box((body_hash, canonical_hash, mac.finalize().into_bytes()));
    }

    /// Times `iters` calls of `timed` in batches, each followed by a batch of `other`.
    fn interleaved(&self, iters: u64, timed: fn(&Self), other: fn(&Self)) -> Duration {
        let mut total = Duration::ZERO;
        let mut left = iters;
        while left > 0 {
            let n = left.min(BATCH);
            let start = Instant::now();
            for _ in 0..n {
                timed(self);
            }
            total += start.elapsed();
            for _ in 0..n {
                other(self);
            }
            left -= n;
        }
        total
    }
}

fn bench(c: &mut Criterion) {
    let body = body();
    let creds = Credentials::new(
        "HPUAXXXXXXXXXXXXXXXX",
        "skskskskskskskskskskskskskskskskskskskss",
    )
    .unwrap()
    .with_domain_id("0c2f1a0d3e8000f21f3dc0195b9e2b87");
    let request = SignableRequest::new("POST", "osm.myhuaweicloud.com", "/v2/servicerequest/cases")
        .with_header("Content-Type", "application/json;charset=UTF-8")
        .with_header("User-Agent", "osm-rs/0.1.0")
        .with_header("X-Language", "en-us")
        .with_header("Accept", "application/json")
        .with_body(SignableBody::Bytes(&body));
    let params = SigningParams::new(&creds, SystemTime::now());
    let out = sign(&request, &params).unwrap();
    let arms = Arms {
        canonical: out.canonical_request().as_str().as_bytes().to_vec(),
        sts: out.string_to_sign().as_str().as_bytes().to_vec(),
        sk: creds.secret_key().expose_secret().as_bytes().to_vec(),
        request,
        params,
        body: &body,
    };

    let mut group = c.benchmark_group("create_case_1KiB");
    group.bench_function("sign", |b| {
        b.iter_custom(|iters| arms.interleaved(iters, Arms::sign, Arms::floor))
    });
    group.bench_function("hash_floor", |b| {
        b.iter_custom(|iters| arms.interleaved(iters, Arms::floor, Arms::sign))
    });
    group.finish();

    ratio(&arms);
}

/// Prints the median over short interleaved rounds of (time of a batch of signs) / (time of a
/// batch of floors): one number from one run, robust against other processes.
fn ratio<'a>(arms: &Arms<'a>) {
    const ROUNDS: usize = 2001;
    const PER_ROUND: u64 = 256;
    let time = |f: fn(&Arms<'a>)| {
        let start = Instant::now();
        for _ in 0..PER_ROUND {
            f(arms);
        }
        start.elapsed()
    };
    let mut rounds: Vec<(f64, Duration, Duration)> = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        // alternate which arm goes first, so neither always runs on a warmer cache
        let (s, f) = if round % 2 == 0 {
            let s = time(Arms::sign);
            (s, time(Arms::floor))
        } else {
            let f = time(Arms::floor);
            (time(Arms::sign), f)
        };
        rounds.push((s.as_secs_f64() / f.as_secs_f64().max(1e-12), s, f));
    }
    rounds.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (median, s, f) = rounds[ROUNDS / 2];
    let per_call = |d: Duration| d.as_secs_f64() * 1e6 / PER_ROUND as f64;
    println!(
        "create_case_1KiB: sign / hash floor = {median:.3}x (median of {ROUNDS} interleaved rounds of {PER_ROUND} calls each; quartiles {:.3}x..{:.3}x; median round: sign {:.3} us, floor {:.3} us per call)",
        rounds[ROUNDS / 4].0,
        rounds[3 * ROUNDS / 4].0,
        per_call(s),
        per_call(f),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
