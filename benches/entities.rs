//! Entity recognition alone (no boilerplate classification), per seed, and
//! with the tagger's share visible by comparing `entities` with `no-entities`.
//! Run with `cargo bench --profile native --bench entities`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsmark::{Annotator, Options};

mod seeds;
use seeds::SEEDS;

fn entities(c: &mut Criterion) {
    let annotator = Annotator::new();
    let only_entities = Options {
        boilerplate: false,
        ..Options::default()
    };
    let nothing = Options {
        boilerplate: false,
        entities: false,
        ..Options::default()
    };
    let mut group = c.benchmark_group("entities");
    for (name, text) in SEEDS {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("entities", name), text, |b, t| {
            b.iter(|| annotator.annotate(t, &only_entities).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("no-entities", name), text, |b, t| {
            b.iter(|| annotator.annotate(t, &nothing).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, entities);
criterion_main!(benches);
