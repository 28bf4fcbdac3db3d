//! Signing a typical create-case request beside the raw hash floor: the SHA-256 of the body,
//! the SHA-256 of the canonical request and the HMAC of the string to sign, over the same bytes.
#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::time::SystemTime;

use criterion::{Criterion, criterion_group, criterion_main};
use hmac::{Hmac, KeyInit, Mac};
use osm_auth::{Credentials, SignableBody, SignableRequest, SigningParams, sign};
use sha2::{Digest, Sha256};

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
    let canonical = out.canonical_request().as_str().as_bytes().to_vec();
    let sts = out.string_to_sign().as_str().as_bytes().to_vec();
    let sk = creds.secret_key().expose_secret().as_bytes().to_vec();

    let mut group = c.benchmark_group("create_case_1KiB");
    group.bench_function("sign", |b| {
        b.iter(|| sign(black_box(&request), black_box(&params)).unwrap())
    });
    group.bench_function("hash_floor", |b| {
        b.iter(|| {
            let body_hash = Sha256::digest(black_box(&body));
            let canonical_hash = Sha256::digest(black_box(&canonical));
            let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(black_box(&sk)).unwrap();
            mac.update(black_box(&sts));
            (body_hash, canonical_hash, mac.finalize().into_bytes())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
