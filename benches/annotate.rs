//! Whole-pipeline speed: each seed, and a 1 MB paste made of the seeds.
//! Run with `cargo bench --profile native --bench annotate`; figures go in the notes, never
//! into test assertions.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsmark::{Annotator, Options};

mod seeds;
use seeds::SEEDS;

fn annotate(c: &mut Criterion) {
    let annotator = Annotator::new();
    let options = Options::default();
    let mut group = c.benchmark_group("annotate");
    for (name, text) in SEEDS {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("seed", name), text, |b, t| {
            b.iter(|| annotator.annotate(t, &options).unwrap())
        });
    }
    let all: String = SEEDS.iter().map(|(_, t)| *t).collect::<Vec<_>>().join("\n");
    let one_mb = all.repeat(1024 * 1024 / all.len() + 1);
    group.throughput(Throughput::Bytes(one_mb.len() as u64));
    group.sample_size(10);
    group.bench_function("1MB", |b| {
        b.iter(|| annotator.annotate(&one_mb, &options).unwrap())
    });
    group.finish();
}

fn build(c: &mut Criterion) {
    c.bench_function("Annotator::new", |b| b.iter(Annotator::new));
}

criterion_group!(benches, annotate, build);
criterion_main!(benches);
