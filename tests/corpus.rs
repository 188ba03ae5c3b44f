//! Scores the extractor against the labelled corpus in tests/corpus/ (written to
//! docs/extraction.md, on subjects other than the seeds) and holds it to the quality bar:
//! value+unit+span precision >= 0.97 and recall >= 0.95; hedge and direction accuracy >= 0.95;
//! period accuracy >= 0.90 (accuracies over claims whose span was found).
//!
//! `FACTLINT_CORPUS_VERBOSE=1 cargo test --test corpus -- --nocapture` prints every
//! disagreement.

use factlint::claim::{Claim, ClaimKind};
use factlint::extract::Extractor;
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    date: Option<serde_yaml::Value>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    date: Option<serde_yaml::Value>,
    claims: Vec<Gold>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    text: String,
    occurrence: Option<usize>,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: String,
    hedge: Option<String>,
    direction: Option<String>,
    period: Option<serde_yaml::Value>,
}

fn scalar(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Number(n) => n.to_string(),
        other => format!("{other:?}"),
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
    span_found: usize,
    hedge_ok: usize,
    direction_ok: usize,
    period_ok: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.span_found += o.span_found;
        self.hedge_ok += o.hedge_ok;
        self.direction_ok += o.direction_ok;
        self.period_ok += o.period_ok;
    }
    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 { 1.0 } else { n as f64 / d as f64 }
    }
    fn precision(&self) -> f64 {
        Self::ratio(self.matched, self.predicted)
    }
    fn recall(&self) -> f64 {
        Self::ratio(self.matched, self.gold)
    }
    fn hedge(&self) -> f64 {
        Self::ratio(self.hedge_ok, self.span_found)
    }
    fn direction(&self) -> f64 {
        Self::ratio(self.direction_ok, self.span_found)
    }
    fn period(&self) -> f64 {
        Self::ratio(self.period_ok, self.span_found)
    }
}

/// Byte span of the n-th (1-based) occurrence of `needle` in `hay`.
fn find_nth(hay: &str, needle: &str, n: usize) -> Option<(usize, usize)> {
    let mut from = 0;
    for k in 1.. {
        let at = from + hay[from..].find(needle)?;
        if k == n {
            return Some((at, at + needle.len()));
        }
        from = at + needle.len().max(1);
    }
    None
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

fn value_agrees(g: &Gold, c: &Claim) -> bool {
    let q = &c.quantity;
    match (g.value, q.value) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => {
            let lo = q.interval.low.zip(g.low).is_some_and(|(a, b)| close(a, b));
            let hi = q
                .interval
                .high
                .zip(g.high)
                .is_some_and(|(a, b)| close(a, b));
            lo && hi
        }
        _ => false,
    }
}

fn score_case(ex: &Extractor, case: &Case, file_date: Option<&str>, log: &mut String) -> Tally {
    let date = case
        .date
        .as_ref()
        .map(scalar)
        .or(file_date.map(str::to_string))
        .map(|d| d.parse().expect("corpus dates are YYYY-MM-DD"));
    let claims: Vec<Claim> = ex
        .extract_text(&case.text, date)
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Quantity)
        .collect();
    let mut t = Tally {
        gold: case.claims.len(),
        predicted: claims.len(),
        ..Tally::default()
    };
    let mut used = vec![false; claims.len()];
    for g in &case.claims {
        let span = find_nth(&case.text, &g.text, g.occurrence.unwrap_or(1))
            .unwrap_or_else(|| panic!("{:?} not in {:?}", g.text, case.text));
        let Some(k) = claims
            .iter()
            .position(|c| (c.span.start, c.span.end) == span)
        else {
            let _ = writeln!(log, "MISSED  {:?} in: {}", g.text, case.text);
            continue;
        };
        used[k] = true;
        let c = &claims[k];
        t.span_found += 1;
        if value_agrees(g, c) && g.unit == c.quantity.unit {
            t.matched += 1;
        } else {
            let _ = writeln!(
                log,
                "VALUE   {:?}: want {:?} {:?}..{:?} {:?}, got {:?} {:?} {:?}",
                g.text,
                g.value,
                g.low,
                g.high,
                g.unit,
                c.quantity.value,
                c.quantity.interval,
                c.quantity.unit
            );
        }
        let hedge = c.hedge.map(|h| h.as_str().to_string());
        if hedge == g.hedge {
            t.hedge_ok += 1;
        } else {
            let _ = writeln!(
                log,
                "HEDGE   {:?}: want {:?}, got {:?} in: {}",
                g.text, g.hedge, hedge, case.text
            );
        }
        let dir = c.direction.map(|d| format!("{d:?}").to_lowercase());
        if dir == g.direction {
            t.direction_ok += 1;
        } else {
            let _ = writeln!(
                log,
                "DIR     {:?}: want {:?}, got {:?} in: {}",
                g.text, g.direction, dir, case.text
            );
        }
        let want = g.period.as_ref().map(scalar);
        let got = c.period.map(|p| p.to_string());
        if want == got {
            t.period_ok += 1;
        } else {
            let _ = writeln!(
                log,
                "PERIOD  {:?}: want {:?}, got {:?} in: {}",
                g.text, want, got, case.text
            );
        }
    }
    for (c, u) in claims.iter().zip(&used) {
        if !u {
            let _ = writeln!(
                log,
                "EXTRA   {:?} ({:?} {:?}) in: {}",
                &case.text[c.span.start..c.span.end],
                c.quantity.value,
                c.quantity.unit,
                case.text
            );
        }
    }
    t
}

#[test]
fn labelled_corpus_meets_the_quality_bar() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let ex = Extractor::new();
    let mut total = Tally::default();
    let mut log = String::new();
    let mut table =
        String::from("file                      gold  pred  P      R      hedge  dir    period\n");
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let file: CorpusFile =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file_date = file.date.as_ref().map(scalar);
        let mut t = Tally::default();
        for case in &file.cases {
            t.add(score_case(&ex, case, file_date.as_deref(), &mut log));
        }
        let name = path.file_name().unwrap().to_string_lossy();
        let _ = writeln!(
            table,
            "{name:<25} {:>4}  {:>4}  {:.3}  {:.3}  {:.3}  {:.3}  {:.3}",
            t.gold,
            t.predicted,
            t.precision(),
            t.recall(),
            t.hedge(),
            t.direction(),
            t.period()
        );
        total.add(t);
    }
    let _ = writeln!(
        table,
        "{:<25} {:>4}  {:>4}  {:.3}  {:.3}  {:.3}  {:.3}  {:.3}",
        "all",
        total.gold,
        total.predicted,
        total.precision(),
        total.recall(),
        total.hedge(),
        total.direction(),
        total.period()
    );
    eprintln!("{table}");
    if std::env::var_os("FACTLINT_CORPUS_VERBOSE").is_some() {
        eprintln!("{log}");
    }
    assert!(files.len() >= 5, "at least five subjects");
    assert!(
        total.gold >= 400,
        "at least 400 labelled expressions, have {}",
        total.gold
    );
    assert!(
        total.precision() >= 0.97,
        "precision {:.3}\n{log}",
        total.precision()
    );
    assert!(
        total.recall() >= 0.95,
        "recall {:.3}\n{log}",
        total.recall()
    );
    assert!(
        total.hedge() >= 0.95,
        "hedge accuracy {:.3}\n{log}",
        total.hedge()
    );
    assert!(
        total.direction() >= 0.95,
        "direction accuracy {:.3}\n{log}",
        total.direction()
    );
    assert!(
        total.period() >= 0.90,
        "period accuracy {:.3}\n{log}",
        total.period()
    );
}
