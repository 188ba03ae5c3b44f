//! Throughput of the document and extraction stages on generated article-like prose.
//!
//! ```text
//! cargo bench --bench extract                 # everything, a few minutes
//! cargo bench --bench extract -- document     # one group
//! ```
//!
//! Groups, measured in bytes of input per second unless said otherwise:
//! - `document`: `Document::parse` of a 1 MB plain-text document (blocks, then sentences);
//! - `number`: `extract::number::parse_digits` over every digit string of that text
//!   ("21,000", "3.80", "2024"), in strings per second;
//! - `extract_1MB`: extraction from that document, parsed beforehand, on one thread, and
//!   `extract_text` (parse and extract) on the same text;
//! - `corpus_50MB`: extraction over a 50 MB corpus of about 5 KB documents, parsed
//!   beforehand, on one thread and with rayon across all cores, and parse plus extraction
//!   with rayon.
//!
//! The text comes from `support/corpus.rs` and is generated before any timing starts.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use factlint::document::{DocOptions, Document};
use factlint::extract::{Extractor, number};
use rayon::prelude::*;
use std::hint::black_box;
use std::time::Duration;

const SEED: u64 = 1;
const ONE_MB: usize = 1 << 20;
const CORPUS_BYTES: usize = 50 << 20;
const DOC_BYTES: usize = 5 << 10;

/// A fixed document date, so that relative periods ("last year") are resolved as in real use.
fn options() -> DocOptions {
    DocOptions {
        date: Some(jiff::civil::date(2025, 9, 3)),
    }
}

fn parse(path: &str, text: String) -> Document {
    Document::parse(path, text, &options()).expect("generated text parses")
}

fn one_megabyte(c: &mut Criterion) {
    let world = corpus::World::new(SEED, corpus::world::FACTS);
    let text = corpus::Generator::new(&world, SEED).text(ONE_MB);
    let bytes = text.len() as u64;
    let extractor = Extractor::new();

    let mut group = c.benchmark_group("document");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("parse_1MB", |b| {
        b.iter_batched(
            || text.clone(),
            |t| parse("bench.txt", t),
            // A fresh copy per iteration, still in cache as a file just read would be.
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let strings = digit_strings(&text);
    eprintln!("number: {} digit strings", strings.len());
    let mut group = c.benchmark_group("number");
    group.throughput(Throughput::Elements(strings.len() as u64));
    group.bench_function("parse_digits", |b| {
        b.iter(|| {
            strings
                .iter()
                .filter_map(|s| number::parse_digits(black_box(s)))
                .map(|(value, step)| value + step)
                .sum::<f64>()
        })
    });
    group.finish();

    let doc = parse("bench.txt", text.clone());
    eprintln!(
        "extract_1MB: {bytes} bytes, {} sentences, {} claims",
        doc.sentences.len(),
        extractor.extract(&doc).len()
    );
    let mut group = c.benchmark_group("extract_1MB");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("extract", |b| b.iter(|| extractor.extract(black_box(&doc))));
    group.bench_function("extract_text", |b| {
        b.iter(|| extractor.extract_text(black_box(&text), Some(jiff::civil::date(2025, 9, 3))))
    });
    group.finish();
}

/// Every run of digits, commas and points that starts and ends with a digit: what the
/// tokenizer hands `parse_digits`.
fn digit_strings(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_digit() || matches!(bytes[i], b',' | b'.')) {
            i += 1;
        }
        let s = text[start..i].trim_end_matches([',', '.']);
        out.push(s);
    }
    out
}

fn corpus_50mb(c: &mut Criterion) {
    let world = corpus::World::new(SEED, corpus::world::FACTS);
    let mut texts = Vec::new();
    let mut bytes = 0;
    while bytes < CORPUS_BYTES {
        let seed = corpus::document_seed(SEED, texts.len() as u64);
        let text = corpus::Generator::new(&world, seed).text(DOC_BYTES);
        bytes += text.len();
        texts.push(text);
    }
    let docs: Vec<Document> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| parse(&format!("doc-{i:05}.txt"), t.clone()))
        .collect();
    let extractor = Extractor::new();
    let claims: usize = docs.par_iter().map(|d| extractor.extract(d).len()).sum();
    eprintln!(
        "corpus_50MB: {bytes} bytes in {} documents, {} claims, {} rayon threads",
        docs.len(),
        claims,
        rayon::current_num_threads()
    );

    let mut group = c.benchmark_group("corpus_50MB");
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10));
    group.bench_function("extract_seq", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| extractor.extract(black_box(d)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("extract_par", |b| {
        b.iter(|| {
            docs.par_iter()
                .map(|d| extractor.extract(black_box(d)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("parse_extract_par", |b| {
        b.iter(|| {
            texts
                .par_iter()
                .map(|t| {
                    extractor
                        .extract(&parse("doc.txt", black_box(t).clone()))
                        .len()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
}

criterion_group! {
    name = benches;
    config = config();
    targets = one_megabyte, corpus_50mb
}
criterion_main!(benches);
