//! Writes a deterministic article-like corpus, and rule files whose facts bind to it, for
//! benchmarks and load tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --out corpus.txt --size 50MB
//! cargo run --release --example gen_corpus -- --out docs/ --files 1000 --size 5KB --seed 1
//! cargo run --release --example gen_corpus -- --out news.txt --size 50MB --density news
//! cargo run --release --example gen_corpus -- --rules rules/ --facts 1000
//! ```
//!
//! With `--files N`, OUT is a directory that receives `doc-00001.txt` ... each of about SIZE,
//! written in parallel; without it, OUT is one file of about SIZE, streamed a megabyte at a
//! time. Sizes take B, KB, MB or GB (1024-based). Memory stays flat whatever the size.
//!
//! `--density dense` (the default) states figures in nearly every sentence, about 18,200
//! claims per MB: the stress test for per-claim work. `--density news` writes the same
//! articles with number-free prose (context, quotes, background) between the figures, about
//! one claim in 470 bytes as in real news.
//!
//! The text states figures about the entities of a generated world of `--world` facts
//! (default 10,000); `--rules DIR --facts N` writes the first N of those facts as rule files
//! (`facts-0001.yaml` ..., 250 facts each), replacing any `facts-*.yaml` already there. Use
//! the same `--seed` for both. The same seed, world and size always give the same bytes.
//! Text and facts come from `benches/support/corpus.rs` and `benches/support/world.rs`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use clap::Parser;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use corpus::{Density, Generator, World, document_seed};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Parser)]
#[command(about = "Write a deterministic article-like corpus and rule files that bind to it")]
struct Args {
    /// The file to write, or the directory to fill when --files is given.
    #[arg(long, requires = "size")]
    out: Option<PathBuf>,
    /// Total size, or the size of each file with --files: 500KB, 5KB, 50MB, 1GB, 4096.
    #[arg(long, value_parser = parse_size)]
    size: Option<usize>,
    /// Write this many files of about SIZE each into the OUT directory.
    #[arg(long, requires = "out")]
    files: Option<usize>,
    /// Write rule files declaring the first --facts facts of the world into this directory.
    #[arg(long, requires = "facts")]
    rules: Option<PathBuf>,
    /// How many facts the rule files declare (10, 100, 1000, 10000 ...).
    #[arg(long, requires = "rules")]
    facts: Option<usize>,
    /// How many facts the text reports on. Rule sets up to this size bind to the text.
    #[arg(long, default_value_t = corpus::world::FACTS)]
    world: usize,
    /// Seed of the generator (text and facts).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How much of the text states figures: dense (figures in nearly every sentence) or news
    /// (number-free prose between them, as in real news).
    #[arg(long, default_value = "dense", value_parser = PossibleValuesParser::new(Density::NAMES).map(|s| s.parse::<Density>().expect("a listed density")))]
    density: Density,
}

/// Parses "5KB", "50MB", "1GB", "4096", "12 kb" (units are 1024-based).
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not a size such as 5KB, 50MB or 4096"))?;
    let factor = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1.0,
        "K" | "KB" | "KIB" => 1024.0,
        "M" | "MB" | "MIB" => 1024.0 * 1024.0,
        "G" | "GB" | "GIB" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!(
                "unknown size unit {other:?} in {s:?}: use B, KB, MB or GB"
            ));
        }
    };
    Ok((number * factor).round() as usize)
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.out.is_none() && args.rules.is_none() {
        eprintln!("gen_corpus: nothing to do: give --out and --size, or --rules and --facts");
        return ExitCode::from(2);
    }
    let started = Instant::now();
    let world = World::new(args.seed, args.world.max(args.facts.unwrap_or(0)));
    if let (Some(dir), Some(n)) = (&args.rules, args.facts) {
        match write_rules(&world, dir, n) {
            Ok(files) => eprintln!(
                "wrote {n} facts in {files} rule file(s) to {}",
                dir.display()
            ),
            Err(e) => {
                eprintln!("gen_corpus: cannot write rules to {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
    }
    if let (Some(out), Some(size)) = (&args.out, args.size) {
        let world = World::new(args.seed, args.world);
        let result = match args.files {
            None => write_one(&world, args.seed, args.density, out, size)
                .map(|(bytes, c)| (1, bytes, c)),
            Some(n) => {
                write_many(&world, args.seed, args.density, out, n, size).map(|(b, c)| (n, b, c))
            }
        };
        match result {
            Ok((files, bytes, counts)) => {
                eprintln!(
                    "wrote {files} file(s), {bytes} bytes, to {} in {:.2}s",
                    out.display(),
                    started.elapsed().as_secs_f64()
                );
                eprintln!("{}", stated(&counts));
            }
            Err(e) => {
                eprintln!("gen_corpus: cannot write {}: {e}", out.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Figures stated about each fact of the world.
type Counts = Vec<u32>;

/// One file, streamed: its bytes and what it states.
fn write_one(
    world: &World,
    seed: u64,
    density: Density,
    path: &Path,
    size: usize,
) -> io::Result<(u64, Counts)> {
    let mut w = BufWriter::new(std::fs::File::create(path)?);
    let mut generator = Generator::new(world, seed)
        .with_density(density)
        .counting(Vec::new());
    let bytes = generator.write_text(size, &mut w)?;
    w.flush()?;
    Ok((bytes, generator.counts.unwrap_or_default()))
}

/// `n` files of about `size` each, generated and written in parallel; each file's text
/// depends only on the seed and its index.
fn write_many(
    world: &World,
    seed: u64,
    density: Density,
    dir: &Path,
    n: usize,
    size: usize,
) -> io::Result<(u64, Counts)> {
    std::fs::create_dir_all(dir)?;
    let width = n.to_string().len().max(5);
    (0..n)
        .into_par_iter()
        .try_fold(
            || (0, Counts::new()),
            |(bytes, counts), i| {
                let seed = document_seed(seed, i as u64);
                let mut generator = Generator::new(world, seed)
                    .with_density(density)
                    .counting(counts);
                let text = generator.text(size);
                let name = format!("doc-{:0width$}.txt", i + 1);
                std::fs::write(dir.join(name), &text)?;
                let counts = generator.counts.unwrap_or_default();
                Ok::<_, io::Error>((bytes + text.len() as u64, counts))
            },
        )
        .try_reduce(
            || (0, Counts::new()),
            |(a, mut x), (b, y)| {
                x.resize(x.len().max(y.len()), 0);
                x.iter_mut().zip(&y).for_each(|(x, y)| *x += y);
                Ok((a + b, x))
            },
        )
}

/// "states 131,470 figures about 9,990 of the world's 10,000 facts; of the first 10, 100,
/// 1,000 and 10,000: 10, 100, 1,000 and 9,990": how much of each rule set can bind.
fn stated(counts: &Counts) -> String {
    let figures: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    let facts = |n: usize| counts.iter().take(n).filter(|&&c| c > 0).count();
    let prefixes: Vec<usize> = [10, 100, 1000, 10_000, 100_000]
        .into_iter()
        .filter(|&n| n <= counts.len())
        .collect();
    format!(
        "the text states {figures} figures about {} of the world's {} facts; of the first {}: {}",
        facts(counts.len()),
        counts.len(),
        prefixes
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        prefixes
            .iter()
            .map(|&n| facts(n).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The first `n` facts as rule files in `dir`, replacing earlier generated ones.
fn write_rules(world: &World, dir: &Path, n: usize) -> io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("");
        if name.starts_with("facts-") && name.ends_with(".yaml") {
            std::fs::remove_file(&path)?;
        }
    }
    let files = world.rule_files(n);
    for (name, yaml) in &files {
        std::fs::write(dir.join(name), yaml)?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::corpus::{self, Density, Generator, Mention, World, document_seed};
    use super::parse_size;
    use factlint::check::{self, CheckOptions, Code};
    use factlint::document::{DocOptions, Document};
    use factlint::extract::Extractor;
    use factlint::report::DocumentClaims;
    use factlint::rules::{Defaults, RuleSet, load_texts};
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn sizes_are_1024_based() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("5KB"), Ok(5 * 1024));
        assert_eq!(parse_size("50MB"), Ok(50 << 20));
        assert_eq!(parse_size("1.5 mb"), Ok(3 << 19));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert!(parse_size("5 furlongs").is_err());
        assert!(parse_size("MB").is_err());
    }

    fn load(world: &World, n: usize, extractor: &Extractor) -> RuleSet {
        let files = world.rule_files(n);
        let named: Vec<(&str, &str)> = files
            .iter()
            .map(|(name, yaml)| (name.as_str(), yaml.as_str()))
            .collect();
        match load_texts(&named, extractor, Defaults::default()) {
            Ok(rules) => rules,
            Err(e) => panic!("generated rules do not load: {e:?}"),
        }
    }

    /// A small multi-file corpus, as `--files` writes it, with what it states about facts.
    fn corpus_of(
        world: &World,
        density: Density,
        files: u64,
        size: usize,
        extractor: &Extractor,
    ) -> (Vec<DocumentClaims>, Vec<(String, Mention)>) {
        let mut docs = Vec::new();
        let mut mentions = Vec::new();
        for i in 0..files {
            let mut generator = Generator::new(world, document_seed(7, i))
                .with_density(density)
                .recording();
            let text = generator.text(size);
            let path = format!("doc-{i:03}.txt");
            for m in generator.mentions.take().unwrap_or_default() {
                mentions.push((path.clone(), m));
            }
            let document = Document::parse(path, text, &DocOptions::default()).expect("parses");
            let claims = extractor.extract(&document);
            docs.push(DocumentClaims { document, claims });
        }
        (docs, mentions)
    }

    /// The generator's promise: its rules bind to its text, and the planted errors, and only
    /// they, are found. Every fact the text states binds; each planted figure for a fact with
    /// a value is a mismatch and every mismatch is a planted figure (so hedged and rounded
    /// figures agree, figures of an earlier period do not bind, and `none` words keep decoy
    /// figures away); facts without a value have conflicts exactly when a planted figure
    /// disagrees with a correct one. At both densities: news text states about as many
    /// figures about facts in eight times the bytes.
    #[test]
    fn generated_rules_bind_to_the_generated_text() {
        rules_bind_to(Density::Dense, 6 * 1024);
        rules_bind_to(Density::News, 48 * 1024);
    }

    fn rules_bind_to(density: Density, size: usize) {
        const FACTS: usize = 60;
        let extractor = Extractor::new();
        let world = World::new(7, FACTS);
        let rules = load(&world, FACTS, &extractor);
        assert_eq!(rules.facts.len(), FACTS);
        let (docs, mentions) = corpus_of(&world, density, 40, size, &extractor);
        eprintln!(
            "{}: {} bytes, {} figures stated about facts",
            density.name(),
            docs.iter().map(|d| d.document.text.len()).sum::<usize>(),
            mentions.len()
        );
        let report = check::check(&docs, &rules, &CheckOptions::default());
        let id = |f: usize| rules.facts[f].id.clone();

        let mentioned: BTreeSet<String> = mentions.iter().map(|(_, m)| id(m.fact)).collect();
        let bound: BTreeSet<String> = report.bindings.iter().map(|b| id(b.fact)).collect();
        assert_eq!(bound, mentioned, "facts bound vs facts the text states");
        assert!(
            bound.len() * 10 >= FACTS * 9,
            "only {} of {FACTS} facts bound",
            bound.len()
        );
        // Each stated figure binds to its fact, and nothing else binds.
        let mut stated: Vec<(String, String, String)> = mentions
            .iter()
            .map(|(path, m)| (path.clone(), id(m.fact), m.text.clone()))
            .collect();
        stated.sort();
        let mut bindings: Vec<(String, String, String)> = report
            .bindings
            .iter()
            .map(|b| {
                let d = &docs[b.document];
                let text = d.document.slice(d.claims[b.claim].span).to_string();
                (d.document.path.clone(), id(b.fact), text)
            })
            .collect();
        bindings.sort();
        let sentences = |missing: &[&(String, String, String)]| -> Vec<String> {
            missing
                .iter()
                .map(|(path, fact, text)| {
                    let d = docs
                        .iter()
                        .find(|d| &d.document.path == path)
                        .expect("a document");
                    let sentence = d
                        .document
                        .sentence_texts()
                        .find(|s| s.contains(text.as_str()))
                        .unwrap_or("?");
                    format!("{fact} {text:?} in {sentence:?}")
                })
                .collect()
        };
        let unbound: Vec<_> = stated.iter().filter(|m| !bindings.contains(m)).collect();
        let unstated: Vec<_> = bindings.iter().filter(|b| !stated.contains(b)).collect();
        assert!(
            unbound.is_empty() && unstated.is_empty(),
            "stated but not bound: {:#?}\nbound but not stated: {:#?}",
            sentences(&unbound),
            sentences(&unstated)
        );
        assert_eq!(bindings, stated);

        let codes = |code: Code| -> Vec<(String, String, String)> {
            let mut v: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.code == code)
                .map(|f| {
                    (
                        f.path.clone(),
                        f.fact.clone().unwrap_or_default(),
                        f.text.clone(),
                    )
                })
                .collect();
            v.sort();
            v
        };
        let mut planted: Vec<(String, String, String)> = mentions
            .iter()
            .filter(|(_, m)| m.planted && world.facts[m.fact].stated)
            .map(|(path, m)| (path.clone(), id(m.fact), m.text.clone()))
            .collect();
        planted.sort();
        assert!(!planted.is_empty(), "the corpus plants mismatches");
        assert_eq!(codes(Code::Mismatch), planted);
        assert!(codes(Code::Ambiguous).is_empty());

        // Conflicts: facts without a value where a planted figure meets a correct one (a
        // fact's planted figures all state the same wrong value, so they agree).
        let mut figures: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (_, m) in mentions.iter().filter(|(_, m)| !world.facts[m.fact].stated) {
            let e = figures.entry(id(m.fact)).or_default();
            if m.planted { e.0 += 1 } else { e.1 += 1 }
        }
        let expected: BTreeSet<String> = figures
            .iter()
            .filter(|(_, (wrong, right))| *wrong > 0 && *right > 0)
            .map(|(fact, _)| fact.clone())
            .collect();
        let found: BTreeSet<String> = codes(Code::Conflict).into_iter().map(|c| c.1).collect();
        assert!(!expected.is_empty(), "the corpus plants conflicts");
        assert_eq!(found, expected);
    }

    /// Every sector's facts, in every value form, load as rules; ids are unique.
    #[test]
    fn a_thousand_generated_facts_load() {
        let extractor = Extractor::new();
        let world = World::new(1, 1000);
        let rules = load(&world, 1000, &extractor);
        assert_eq!(rules.facts.len(), 1000);
        let sectors: BTreeSet<&str> = world.entities.iter().map(|e| e.sector.pattern).collect();
        assert_eq!(sectors.len(), corpus::world::SECTORS.len());
        let ids: BTreeSet<String> = (0..world.facts.len()).map(|f| world.id(f)).collect();
        assert_eq!(ids.len(), 1000);
    }

    /// Entity names state nothing: no digits, and no word the extractor reads as a figure.
    #[test]
    fn entity_names_are_not_claims() {
        let extractor = Extractor::new();
        let world = World::new(1, 10_000);
        let names: Vec<&str> = world.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.len() > 3000);
        assert!(
            names
                .iter()
                .all(|n| !n.contains(|c: char| c.is_ascii_digit()))
        );
        let unique: BTreeSet<&str> = names.iter().copied().collect();
        assert_eq!(unique.len(), names.len());
        let text: String = names
            .iter()
            .map(|n| format!("{n} opened an office on Monday.\n\n"))
            .collect();
        let claims = extractor.extract_text(&text, None);
        assert!(claims.is_empty(), "{:?}", &claims[..claims.len().min(3)]);
    }

    /// The first facts of a world do not depend on its size, so small rule sets are
    /// prefixes of large ones and bind to the same text.
    #[test]
    fn small_worlds_are_prefixes_of_large_ones() {
        let small = World::new(3, 100);
        let large = World::new(3, 10_000);
        assert_eq!(small.rule_files(100), large.rule_files(100));
    }

    #[test]
    fn streamed_text_is_the_text() {
        let world = World::new(5, 300);
        for density in [Density::Dense, Density::News] {
            let text = Generator::new(&world, 5)
                .with_density(density)
                .text(3 << 20);
            let mut streamed = Vec::new();
            let bytes = Generator::new(&world, 5)
                .with_density(density)
                .write_text(3 << 20, &mut streamed)
                .expect("writes to memory");
            assert_eq!(bytes as usize, text.len());
            assert!(streamed == text.as_bytes());
        }
    }

    /// Claims per MB (10^6 bytes) the extractor finds at each density: dense is the stress
    /// test (about 18,200), news reads like the seed articles (one claim in about 470 bytes).
    #[test]
    fn densities_state_figures_as_documented() {
        let extractor = Extractor::new();
        let world = World::new(1, corpus::world::FACTS);
        for (density, size, low, high) in [
            (Density::Dense, 1 << 20, 16_000.0, 20_000.0),
            (Density::News, 2 << 20, 1_950.0, 2_350.0),
        ] {
            let text = Generator::new(&world, 1).with_density(density).text(size);
            let claims = extractor.extract_text(&text, None).len();
            let per_mb = claims as f64 * 1e6 / text.len() as f64;
            assert!(
                (low..=high).contains(&per_mb),
                "{}: {per_mb:.0} claims per MB",
                density.name()
            );
        }
    }

    /// The prose of news density states nothing: no template, with any name, place or
    /// quote in it, holds a claim or an ordinal.
    #[test]
    fn news_prose_states_nothing() {
        let extractor = Extractor::new();
        let world = World::new(2, 2000);
        let text = corpus::every_prose_template(&world, 2, 6);
        assert!(text.len() > 200_000, "{} bytes", text.len());
        assert!(!text.contains(|c: char| c.is_ascii_digit() || c == '{' || c == '}'));
        let claims = extractor.extract_text(&text, None);
        let found: Vec<&str> = claims
            .iter()
            .take(5)
            .map(|c| {
                let (start, end) = (c.span.start, c.span.end);
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
                &text[line_start..line_end]
            })
            .collect();
        assert!(claims.is_empty(), "{} claims, in: {found:#?}", claims.len());
    }
}
