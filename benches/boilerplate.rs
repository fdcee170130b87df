//! Speed of the boilerplate pass (entities off): segmentation, line
//! features, the two-pass line model, Viterbi, reasons and junk (and the
//! same with the pass off, so the pass alone is the difference), on the dev
//! set's pasted pages read in place from `../shared` (all 80 concatenated,
//! about 0.7 MB) or, without it, on the seeds repeated to 1 MB; and the HTML
//! mode on pre-parsed block hints.
//!
//! `cargo bench --profile native --bench boilerplate`; figures go in the
//! notes, never into test assertions.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsmark::{Annotator, BlockHint, OffsetUnit, Options};

const DEV: &str = "../shared/bench/boilerplate/dev";

/// A page as text and its blocks.
type Page = (String, Vec<BlockHint>);

/// Every `*.raw.txt` of the dev set, and every page as text and blocks.
fn dev_set() -> Option<(String, Vec<Page>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEV);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    let mut text = String::new();
    let mut pages = Vec::new();
    for p in names {
        let name = p.file_name()?.to_str()?.to_string();
        if name.ends_with(".raw.txt") {
            text.push_str(&std::fs::read_to_string(&p).ok()?);
            text.push('\n');
        } else if name.ends_with(".html") {
            pages.push(newsmark::html::blocks(&std::fs::read_to_string(&p).ok()?));
        }
    }
    Some((text, pages))
}

fn boilerplate(c: &mut Criterion) {
    let annotator = Annotator::new();
    let options = Options {
        entities: false,
        ..Options::default()
    };
    let mut group = c.benchmark_group("boilerplate");
    group.sample_size(20);
    match dev_set() {
        Some((text, pages)) => {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function("dev pasted text", |b| {
                b.iter(|| annotator.annotate(&text, &options).unwrap())
            });
            // Segmentation and the result alone: the pass itself is the
            // difference.
            let off = Options {
                boilerplate: false,
                ..options.clone()
            };
            group.bench_function("dev pasted text, pass off", |b| {
                b.iter(|| annotator.annotate(&text, &off).unwrap())
            });
            let bytes: usize = pages.iter().map(|(t, _)| t.len()).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_function("dev html blocks", |b| {
                b.iter(|| {
                    for (t, blocks) in &pages {
                        annotator
                            .annotate_blocks(t, blocks, OffsetUnit::Bytes, &options)
                            .unwrap();
                    }
                })
            });
        }
        None => {
            let seeds = include_str!("../seeds/gold.jsonl");
            let text: String = seeds
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_string))
                .collect::<Vec<_>>()
                .join("\n");
            let one_mb = text.repeat(1024 * 1024 / text.len().max(1) + 1);
            group.throughput(Throughput::Bytes(one_mb.len() as u64));
            group.bench_function("seeds 1MB", |b| {
                b.iter(|| annotator.annotate(&one_mb, &options).unwrap())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, boilerplate);
criterion_main!(benches);
