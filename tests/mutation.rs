//! Mutation test over the seeds: for every seed claim bound to a fact, a copy of its article
//! with the number moved 15% up and down, and with its direction flipped ("down" -> "up"),
//! must make `check` report a finding at that claim. Recall must be 100%.
//!
//! Two kinds of mutation cannot contradict anything and are counted apart, not as misses:
//! a one-sided hedge moved towards its open side ("more than 200" cut to "more than 170" is
//! still true of 200), and a claim about a fact without a value that no other article states
//! (there is nothing to disagree with).

use factlint::check::{CheckOptions, Code, check};
use factlint::claim::{Claim, Direction, Hedge};
use factlint::document::Document;
use factlint::extract::Extractor;
use factlint::report::DocumentClaims;
use factlint::rules::{self, RuleSet, config};
use factlint::run::{self, Settings};
use regex::Regex;
use std::path::Path;

struct Seeds {
    extractor: Extractor,
    rules: RuleSet,
    docs: Vec<DocumentClaims>,
}

fn seeds() -> Seeds {
    let extractor = Extractor::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cfg = config::load(&root.join("factlint.yaml")).unwrap();
    let rules = rules::load_with_defaults(&cfg.rules, &extractor, cfg.defaults).unwrap();
    let settings = Settings {
        inputs: cfg.documents.clone(),
        doc: Default::default(),
        config: Some(cfg),
        ..Default::default()
    };
    let docs = run::extract(&settings, &extractor).documents;
    Seeds {
        extractor,
        rules,
        docs,
    }
}

/// The documents with document `d` replaced by `text`, re-read.
fn with_text(s: &Seeds, d: usize, text: String) -> Vec<DocumentClaims> {
    let old = &s.docs[d].document;
    let opts = factlint::document::DocOptions { date: old.date };
    let document = Document::parse(old.path.clone(), text, &opts).unwrap();
    let claims = s.extractor.extract(&document);
    let mut docs: Vec<DocumentClaims> = s
        .docs
        .iter()
        .map(|dc| DocumentClaims {
            document: dc.document.clone(),
            claims: dc.claims.clone(),
        })
        .collect();
    docs[d] = DocumentClaims { document, claims };
    docs
}

/// Does `check` on `docs` report a finding at byte `at` of document `d`?
fn flagged(s: &Seeds, docs: &[DocumentClaims], d: usize, at: usize) -> bool {
    let report = check(docs, &s.rules, &CheckOptions::default());
    let path = &docs[d].document.path;
    report.findings.iter().any(|f| {
        let here = f.document == d && f.span.start == at && f.code != Code::Ambiguous;
        let named = f.code == Code::Conflict
            && f.related
                .iter()
                .any(|r| &r.path == path && r.span.start == at);
        here || named
    })
}

/// The claim's text with its number scaled: digits keep their decimals and grouping; a
/// number word is replaced by digits. A whole number moves by at least one, so a small
/// count changes at all ("two-day" becomes "3-day", not the meaningless "2.3-day").
fn scaled(claim_text: &str, factor: f64) -> Option<String> {
    let digits = Regex::new(r"\d[\d,]*(?:\.\d+)?").unwrap();
    if let Some(m) = digits.find(claim_text) {
        let raw = m.as_str();
        let value: f64 = raw.replace(',', "").parse().ok()?;
        let decimals = raw.split_once('.').map_or(0, |(_, d)| d.len());
        let mut new = if decimals == 0 {
            whole(value, factor).to_string()
        } else {
            format!("{:.*}", decimals, value * factor)
        };
        if new == raw.replace(',', "") {
            new = format!("{:.*}", decimals + 1, value * factor);
        }
        if raw.contains(',') {
            new = group_thousands(&new);
        }
        return Some(format!(
            "{}{new}{}",
            &claim_text[..m.start()],
            &claim_text[m.end()..]
        ));
    }
    let word = Regex::new(r"[A-Za-z]+").unwrap();
    for m in word.find_iter(claim_text) {
        if let Some(v) = factlint::extract::lexicon::number_word(&m.as_str().to_lowercase()) {
            let new = whole(f64::from(v), factor).to_string();
            return Some(format!(
                "{}{new}{}",
                &claim_text[..m.start()],
                &claim_text[m.end()..]
            ));
        }
    }
    None
}

/// A whole number scaled and rounded, moved by at least one.
fn whole(value: f64, factor: f64) -> i64 {
    let v = value as i64;
    let scaled = (value * factor).round() as i64;
    match scaled.cmp(&v) {
        std::cmp::Ordering::Equal if factor > 1.0 => v + 1,
        std::cmp::Ordering::Equal => v - 1,
        _ => scaled,
    }
}

fn group_thousands(s: &str) -> String {
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Direction words and their opposites.
const FLIPS: &[(&str, &str)] = &[
    ("down", "up"),
    ("up", "down"),
    ("fell", "rose"),
    ("rose", "fell"),
    ("drop", "rise"),
    ("rise", "drop"),
    ("decline", "increase"),
    ("increase", "decline"),
    ("contraction", "expansion"),
    ("grew", "shrank"),
    ("decreased", "increased"),
    ("increased", "decreased"),
];

/// The text with the direction word nearest the claim flipped, and where the claim now
/// starts (a flipped word before it shifts it).
fn flipped(doc: &Document, claim: &Claim) -> Option<(String, usize)> {
    let words = Regex::new(r"[A-Za-z]+").unwrap();
    let sentence = &doc.text[claim.sentence.range()];
    let best = words
        .find_iter(sentence)
        .filter_map(|m| {
            let to = FLIPS.iter().find(|(from, _)| *from == m.as_str())?.1;
            let at = claim.sentence.start + m.start();
            Some((at.abs_diff(claim.span.start), at, m.len(), to))
        })
        .min()?;
    let (_, at, len, to) = best;
    let text = format!("{}{to}{}", &doc.text[..at], &doc.text[at + len..]);
    let start = if at < claim.span.start {
        claim.span.start + to.len() - len
    } else {
        claim.span.start
    };
    Some((text, start))
}

#[test]
fn every_bound_seed_claim_mutated_is_reported() {
    let s = seeds();
    let base = check(&s.docs, &s.rules, &CheckOptions::default());
    let mut tried = 0;
    let mut caught = 0;
    let mut misses = Vec::new();
    let mut skipped_open_side = 0;
    let mut skipped_alone = 0;
    for b in &base.bindings {
        let doc = &s.docs[b.document].document;
        let claim = &s.docs[b.document].claims[b.claim];
        let fact = &s.rules.facts[b.fact];
        let stated_elsewhere = base
            .bindings
            .iter()
            .any(|o| o.fact == b.fact && o.document != b.document);
        if fact.value.is_none() && !stated_elsewhere {
            skipped_alone += 1;
            continue;
        }
        let text = doc.slice(claim.span);
        for factor in [1.15, 0.85] {
            let open_side = matches!(
                (claim.hedge, factor < 1.0),
                (Some(Hedge::MoreThan | Hedge::AtLeast), true)
                    | (Some(Hedge::LessThan | Hedge::UpTo), false)
            );
            if open_side {
                skipped_open_side += 1;
                continue;
            }
            let new = scaled(text, factor).expect("every bound claim has a number");
            let mutated = format!(
                "{}{new}{}",
                &doc.text[..claim.span.start],
                &doc.text[claim.span.end..]
            );
            tried += 1;
            if flagged(
                &s,
                &with_text(&s, b.document, mutated),
                b.document,
                claim.span.start,
            ) {
                caught += 1;
            } else {
                misses.push(format!("{} {text:?} -> {new:?} ({})", doc.path, fact.id));
            }
        }
        if claim.direction.is_some() {
            let (mutated, at) = flipped(doc, claim).expect("a direction word near the claim");
            tried += 1;
            if flagged(&s, &with_text(&s, b.document, mutated), b.document, at) {
                caught += 1;
            } else {
                let d = if claim.direction == Some(Direction::Up) {
                    "up"
                } else {
                    "down"
                };
                misses.push(format!(
                    "{} {text:?} direction {d} flipped ({})",
                    doc.path, fact.id
                ));
            }
        }
    }
    eprintln!(
        "mutation recall: {caught}/{tried}; not contradictions by construction: \
         {skipped_open_side} one-sided hedges moved to their open side, {skipped_alone} claims \
         on a no-value fact no other article states"
    );
    assert!(
        tried >= 60,
        "too few mutations ({tried}): are the seed facts bound?"
    );
    assert!(
        misses.is_empty(),
        "mutations not reported:\n{}",
        misses.join("\n")
    );
}

#[test]
fn scaling_keeps_the_written_form() {
    assert_eq!(scaled("US$245 billion", 1.15).unwrap(), "US$282 billion");
    assert_eq!(
        scaled("US$244.8 billion", 0.85).unwrap(),
        "US$208.1 billion"
    );
    assert_eq!(scaled("21,000", 0.85).unwrap(), "17,850");
    assert_eq!(scaled("3.8 percent", 1.15).unwrap(), "4.4 percent");
    assert_eq!(scaled("seven hours", 0.85).unwrap(), "6 hours");
    assert_eq!(scaled("two-day", 1.15).unwrap(), "3-day");
    assert_eq!(scaled("two-day", 0.85).unwrap(), "1-day");
}
