//! Cost of the checker on generated articles and the generated facts that bind to them.
//!
//! ```text
//! cargo bench --bench check                  # both groups, about two minutes
//! cargo bench --bench check -- bind          # binding per claim: 10, 1,000, 10,000 facts
//! cargo bench --bench check -- conflicts     # grouping 1,000,000 bound claims
//! ```
//!
//! Groups:
//! - `bind_5MB`: `check::check` (binding, verdicts, conflicts, sorting the findings) over
//!   1,000 documents of about 5 KB, parsed and extracted beforehand, with the first 10, 1,000
//!   and 10,000 facts of the generated world. Throughput is in claims (every claim the
//!   extractor found, bound or not), so criterion's time per iteration divided by the claim
//!   count printed before the group is the time per claim.
//! - `conflicts_1M`: the cross-document grouping step alone (`check::conflicts`) over
//!   1,000,000 claims bound to facts without a value (the generated facts with their values
//!   removed), taken from documents in which every body sentence states a fact. Throughput
//!   is in bound claims.
//!
//! Text and facts come from `support/corpus.rs` and `support/world.rs`, generated before any
//! timing starts.

#[path = "support/corpus.rs"]
mod corpus;

use corpus::{Generator, World};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use factlint::check::index::RuleIndex;
use factlint::check::{self, CheckOptions, Stated};
use factlint::document::{DocOptions, Document};
use factlint::extract::Extractor;
use factlint::report::DocumentClaims;
use factlint::rules::{Defaults, RuleSet, load_texts};
use rayon::prelude::*;
use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

const SEED: u64 = 1;
const DOC_BYTES: usize = 5 << 10;
const BOUND_CLAIMS: usize = 1_000_000;

/// The rule set of the world's first `n` facts, loaded as `factlint check` loads rule files.
fn rules(world: &World, n: usize, extractor: &Extractor) -> RuleSet {
    let files = world.rule_files(n);
    let named: Vec<(&str, &str)> = files
        .iter()
        .map(|(name, yaml)| (name.as_str(), yaml.as_str()))
        .collect();
    load_texts(&named, extractor, Defaults::default()).expect("generated rules load")
}

/// `n` documents of about `size`, as `gen_corpus --files` writes them, parsed and extracted.
fn documents(world: &World, n: usize, size: usize, extractor: &Extractor) -> Vec<DocumentClaims> {
    (0..n)
        .into_par_iter()
        .map(|i| {
            let text = Generator::new(world, corpus::document_seed(SEED, i as u64)).text(size);
            let document = Document::parse(format!("doc-{i:06}.txt"), text, &DocOptions::default())
                .expect("generated text parses");
            let claims = extractor.extract(&document);
            DocumentClaims { document, claims }
        })
        .collect()
}

fn bind(c: &mut Criterion) {
    let extractor = Extractor::new();
    let world = World::new(SEED, corpus::world::FACTS);
    let docs = documents(&world, 1000, DOC_BYTES, &extractor);
    let bytes: usize = docs.iter().map(|d| d.document.text.len()).sum();
    let claims: usize = docs.iter().map(|d| d.claims.len()).sum();
    let opts = CheckOptions::default();
    let mut group = c.benchmark_group("bind_5MB");
    group.throughput(Throughput::Elements(claims as u64));
    for facts in [10, 1_000, 10_000] {
        let rules = rules(&world, facts, &extractor);
        let report = check::check(&docs, &rules, &opts);
        let facts_bound: HashSet<usize> = report.bindings.iter().map(|b| b.fact).collect();
        eprintln!(
            "bind_5MB/facts_{facts}: {} documents, {bytes} bytes, {claims} claims, {} bound to \
             {} of the {facts} facts, {} findings, {} rayon threads",
            docs.len(),
            report.bindings.len(),
            facts_bound.len(),
            report.findings.len(),
            rayon::current_num_threads()
        );
        group.bench_function(format!("facts_{facts}"), |b| {
            b.iter(|| check::check(black_box(&docs), &rules, &opts).bindings.len())
        });
    }
    group.finish();
}

fn conflicts(c: &mut Criterion) {
    let extractor = Extractor::new();
    // Every body sentence states a fact, so a million bound claims fit in about 100 MB.
    let world = World::new(SEED, corpus::world::FACTS).with_mention_share(100);
    let mut rules = rules(&world, world.facts.len(), &extractor);
    for fact in &mut rules.facts {
        fact.value = None;
    }
    let mut docs = Vec::new();
    let mut mentions = 0;
    while mentions < BOUND_CLAIMS + BOUND_CLAIMS / 20 {
        let batch = documents_with_mentions(&world, docs.len(), 200, 64 << 10, &extractor);
        mentions += batch.iter().map(|(_, m)| m).sum::<usize>();
        docs.extend(batch.into_iter().map(|(d, _)| d));
    }
    let index = RuleIndex::new(&rules.facts);
    let opts = CheckOptions::default();
    let mut stated: Vec<Stated> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, dc)| {
            check::check_document(d, &dc.document, &dc.claims, &rules, &index, &opts).stated
        })
        .collect();
    assert!(stated.len() >= BOUND_CLAIMS, "{} bound", stated.len());
    stated.truncate(BOUND_CLAIMS);
    let paths: Vec<String> = docs.iter().map(|d| d.document.path.clone()).collect();
    let found = check::conflicts(&stated, &paths, &rules).len();
    eprintln!(
        "conflicts_1M: {} bound claims in {} documents ({} bytes) about {} facts without a \
         value, {found} conflict findings",
        stated.len(),
        docs.len(),
        docs.iter().map(|d| d.document.text.len()).sum::<usize>(),
        rules.facts.len(),
    );
    let mut group = c.benchmark_group("conflicts_1M");
    group
        .throughput(Throughput::Elements(stated.len() as u64))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("group", |b| {
        b.iter(|| check::conflicts(black_box(&stated), &paths, &rules).len())
    });
    group.finish();
}

/// Like [`documents`] (numbered from `first`), with how many figures each states about facts.
fn documents_with_mentions(
    world: &World,
    first: usize,
    n: usize,
    size: usize,
    extractor: &Extractor,
) -> Vec<(DocumentClaims, usize)> {
    (first..first + n)
        .into_par_iter()
        .map(|i| {
            let seed = corpus::document_seed(SEED, i as u64);
            let mut generator = Generator::new(world, seed).recording();
            let text = generator.text(size);
            let mentions = generator.mentions.take().map_or(0, |m| m.len());
            let document = Document::parse(format!("doc-{i:06}.txt"), text, &DocOptions::default())
                .expect("generated text parses");
            let claims = extractor.extract(&document);
            (DocumentClaims { document, claims }, mentions)
        })
        .collect()
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bind, conflicts
}
criterion_main!(benches);
