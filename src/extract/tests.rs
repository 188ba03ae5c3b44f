//! Extractor behaviour as a spec: one line per expression, on varied subjects.

use super::Extractor;
use crate::claim::Claim;
use jiff::civil::date;
use std::fmt::Write;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// One line per claim: `text | value unit [hedge] [direction] [period] [noun] [interval]`.
fn claims_on(text: &str, d: Option<jiff::civil::Date>) -> String {
    let mut out = String::new();
    for c in EXTRACTOR.extract_text(text, d) {
        let _ = writeln!(out, "{}", line(text, &c));
    }
    out.trim_end().to_string()
}

fn claims(text: &str) -> String {
    claims_on(text, Some(date(2025, 11, 3)))
}

fn line(text: &str, c: &Claim) -> String {
    let q = &c.quantity;
    let mut s = format!("{} |", &text[c.span.range()]);
    match q.value {
        Some(v) => write!(s, " {v}").unwrap(),
        None => write!(s, " [{:?}, {:?}]", q.interval.low, q.interval.high).unwrap(),
    }
    if !q.unit.is_empty() {
        write!(s, " {}", q.unit).unwrap();
    }
    if let Some(h) = c.hedge {
        write!(s, " hedge={}", h.as_str()).unwrap();
    }
    if let Some(d) = c.direction {
        write!(s, " dir={d:?}").unwrap();
    }
    if let Some(p) = c.period {
        write!(s, " period={p}").unwrap();
    }
    if !c.noun.is_empty() {
        write!(s, " noun={}", c.noun).unwrap();
    }
    if c.kind == crate::claim::ClaimKind::Ordinal {
        s.push_str(" ordinal");
    }
    s
}

#[test]
fn money_with_symbols_codes_words_and_scales() {
    insta::assert_snapshot!(claims("Trade hit US$245 billion, while Acme made $3.1bn and €1.2tn moved."), @"");
    insta::assert_snapshot!(claims("The fund holds USD 200 million and 450 million euros, plus £75m."), @"");
    insta::assert_snapshot!(claims("Half a billion dollars and a million rupees were pledged."), @"");
}
