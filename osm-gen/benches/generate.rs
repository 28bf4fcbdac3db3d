//! Generation time on the project's spec (all 82 operations): check, adapt, progenitor,
//! multipart template, prettyplease. `cargo bench -p osm-gen`.

use criterion::{Criterion, criterion_group, criterion_main};

const SPEC: &str = include_str!("../../spec/osm.yaml");

fn generate(c: &mut Criterion) {
    c.bench_function("check spec/osm.yaml", |b| {
        b.iter(|| osm_gen::check(std::hint::black_box(SPEC)));
    });
    c.bench_function("generate spec/osm.yaml", |b| {
        b.iter(|| osm_gen::generate(std::hint::black_box(SPEC)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = generate
}
criterion_main!(benches);
