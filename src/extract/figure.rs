//! Reading one figure at a token: currency prefix, number, scale, unit, range and hedges, and
//! recognising the numbers that are not amounts (names, times, phone numbers, scores, list
//! markers, footnotes), which are skipped whole.

use super::lexicon::{
    FUNCTION, HEDGES_AFTER, LABELS, SCORE_VERBS, SCORE_WORDS, ScaleUse, ends_a_hedge,
    hedge_ending_at, month, number_word, scale_word,
};
use super::number::{self, Number};
use super::token::{TokKind, Tokens};
use super::units::{UnitId, Units};
use crate::claim::{Dimension, Hedge};

/// A figure's token layout and reading.
#[derive(Debug, Clone)]
pub struct Fig {
    /// First token of the span (a currency prefix, or "between" for a range).
    pub start: usize,
    /// One past the span's last token.
    pub end: usize,
    /// First token of a hedge before the figure, or `start`.
    pub hedge_start: usize,
    /// One past the figure and any hedge after it: where the words about it begin.
    pub after: usize,
    /// Value with scale applied (the low end for a range).
    pub value: f64,
    /// Precision step with scale applied.
    pub step: f64,
    pub unit: UnitId,
    pub range: Option<(f64, f64)>,
    pub hedge: Option<Hedge>,
    pub ordinal: bool,
}

pub enum Outcome {
    Figure(Fig),
    /// Not a claim; resume scanning at this token.
    Skip(usize),
    None,
}

/// A number read with its scale and unit, before ranges and hedges.
#[derive(Debug, Clone, Copy)]
struct Reading {
    start: usize,
    num: Number,
    scaled: bool,
    value: f64,
    step: f64,
    /// The unit named before (currency) or after the number, if any.
    unit: Option<UnitId>,
    prefix: bool,
    end: usize,
}

/// Can a figure start at token `i`? A cheap gate before the parsers: a digit, a sign before
/// a digit, or a word that can begin a number ("seven", "a", "half").
pub fn could_start(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        Some(TokKind::Num) => true,
        Some(TokKind::Punct) => {
            (matches!(t.raw(i), "-" | "\u{2212}" | "+") && t.is_num(i + 1))
                || number::vulgar(t.raw(i)).is_some()
        }
        Some(TokKind::Word) if t.is_starter(i) => {
            let w = t.low(i);
            match w {
                // "a million", "a quarter of a million", "half a billion".
                "a" | "an" => {
                    t.low(i + 1) == "quarter"
                        || scale_word(t.raw_opt(i + 1).unwrap_or(""), t.low(i + 1))
                            .is_some_and(|s| s.1 == ScaleUse::Word)
                }
                "half" | "quarter" => {
                    matches!(t.low(i + 1), "a" | "an")
                        || scale_word(t.raw_opt(i + 1).unwrap_or(""), t.low(i + 1))
                            .is_some_and(|s| s.1 == ScaleUse::Word)
                }
                _ => number_word(w).is_some(),
            }
        }
        _ => false,
    }
}

/// The figure starting at token `i`, if any.
pub fn at(units: &Units, t: &Tokens, i: usize, used: &[bool], floor: usize) -> Outcome {
    let Some(num) = number::digits(t, i)
        .or_else(|| number::vulgar_at(t, i))
        .or_else(|| number::words(t, i))
        .or_else(|| number::article(t, i))
    else {
        return Outcome::None;
    };
    if !num.words {
        if let Some(skip) = not_an_amount(units, t, &num) {
            return Outcome::Skip(skip);
        }
        if let Some(fig) = ordinal(units, t, &num) {
            return Outcome::Figure(fig);
        }
    }
    let Some(first) = read(units, t, num, None, floor) else {
        // A number word that makes no figure ("a" without a scale) is simply not a claim.
        return Outcome::None;
    };
    // "Three Gorges Dam": a capitalised number word inside a sentence starts a name.
    if num.words && num.start > 0 && t.is_capitalised(num.start) {
        return Outcome::Skip(first.end);
    }
    // "one" is a pronoun or determiner unless scaled or hedged ("one million", "about one hour").
    if num.words && num.value == 1.0 && !first.scaled && hedge_before(t, first.start).is_none() {
        return Outcome::None;
    }
    if num.words && !first.scaled && first.unit.is_none() {
        if num.value == 1.0 || t.low(first.end) == "of" {
            return Outcome::None;
        }
        if t.is_punct(first.end, "-") && t.glued(first.end) {
            return Outcome::Skip(first.end + 2);
        }
    }
    if is_name(t, &first) {
        return Outcome::Skip(chain_end(t, first.end));
    }
    let mut fig = Fig {
        start: first.start,
        end: first.end,
        hedge_start: first.start,
        after: first.end,
        value: first.value,
        step: first.step,
        unit: first.unit.unwrap_or_else(|| units.count()),
        range: None,
        hedge: None,
        ordinal: false,
    };
    match range(units, t, &first, used) {
        RangeEnd::Range(second, start) => {
            let unit = first.unit.or(second.unit).unwrap_or_else(|| units.count());
            let factor = if first.scaled {
                1.0
            } else {
                second.value / second.num.value
            };
            let low = if factor.is_finite() {
                first.value * factor
            } else {
                first.value
            };
            fig = Fig {
                start,
                end: second.end,
                hedge_start: start,
                after: second.end,
                value: low,
                step: first.step,
                unit,
                range: Some((low, second.value)),
                hedge: Some(Hedge::Range),
                ..fig
            };
            return Outcome::Figure(fig);
        }
        RangeEnd::Skip(end) => return Outcome::Skip(end),
        RangeEnd::None => {}
    }
    if let Some((hedge, start)) = hedge_before(t, fig.start) {
        fig.hedge = Some(hedge);
        fig.hedge_start = start;
    }
    if let Some((hedge, end)) = hedge_after(t, fig.end) {
        fig.hedge = fig.hedge.or(Some(hedge));
        fig.after = end;
    }
    Outcome::Figure(fig)
}

/// Reads scale and unit after a number, and a currency before it. `prefix_hint` carries the
/// first figure's currency into the second half of a range ("$10-20bn").
fn read(
    units: &Units,
    t: &Tokens,
    num: Number,
    prefix_hint: Option<UnitId>,
    floor: usize,
) -> Option<Reading> {
    // A prefix never reaches back into the previous figure: "10 rmb 20 usd".
    let prefix = units.before(t, num.start).filter(|&(_, s)| s >= floor);
    let has_currency = prefix.is_some() || prefix_hint.is_some();
    let article = num.words && !t.is_num(num.start) && number::words(t, num.start).is_none();
    let (mut scale, mut j) = scale_at(t, num.end, has_currency, article);
    if article && scale.is_none() {
        return None;
    }
    let mut unit = prefix.map(|(u, _)| u);
    let mut value = num.value;
    // "24-hour", "two-day": a unit glued behind a hyphen makes a compound adjective.
    let compound = t.is_punct(j, "-") && t.glued(j) && t.glued(j + 1) && t.is_word(j + 1);
    let unit_from = if compound { j + 1 } else { j };
    if let Some((u, end)) = units.after(t, unit_from) {
        let after_currency = units.get(u).dimension == Dimension::Currency;
        let compatible = match unit {
            None => true,
            Some(p) => after_currency && units.get(p).code == units.get(u).code,
        };
        // "24703L202": a unit glued to more digits is a code, not a measure.
        let code_like = t.is_num(end) && t.glued(end) && t.glued(unit_from);
        if code_like {
            return None;
        }
        if compatible {
            unit = Some(pounds_of(units, t, u, unit_from, end));
            j = end;
            if after_currency && prefix.is_none() {
                // "75 USD million"; "15 dollars and 50 cents", "17 USD 25".
                if scale.is_none()
                    && let (Some(v), e) = scale_at(t, j, true, false)
                {
                    (scale, j) = (Some(v), e);
                }
                let minor = if scale.is_none() {
                    minor_part(t, j, units.get(u).code)
                } else {
                    None
                };
                if let Some((cents, e)) = minor {
                    (value, j) = (value + cents, e);
                }
            }
        }
    } else if unit.is_none()
        && let Some(u) = million_code(units, t, j)
    {
        // "30 MUSD", "120 MEUR": finance shorthand for millions.
        (unit, scale, j) = (Some(u), Some(1e6), j + 1);
    }
    let factor = scale.unwrap_or(1.0);
    Some(Reading {
        start: prefix.map_or(num.start, |(_, s)| s),
        num,
        scaled: scale.is_some(),
        value: value * factor,
        step: num.step * factor,
        unit,
        prefix: prefix.is_some(),
        end: j,
    })
}

/// The minor part of an amount written in two parts after its major unit: "and 50 cents",
/// "45 cents", "and 50" at the end of a clause; (value in the major unit, end token). A
/// number that goes on to count something else ("15 dollars and 50 people") is not one.
fn minor_part(t: &Tokens, j: usize, code: &str) -> Option<(f64, usize)> {
    if !matches!(
        code,
        "USD" | "EUR" | "GBP" | "CAD" | "AUD" | "NZD" | "HKD" | "SGD" | "CHF"
    ) {
        return None;
    }
    let k = if t.low(j) == "and" { j + 1 } else { j };
    let n = number::digits(t, k)
        .filter(|n| t.raw(n.start).bytes().all(|b| b.is_ascii_digit()))
        .or_else(|| number::words(t, k))?;
    if !(0.0..100.0).contains(&n.value) || n.value.fract() != 0.0 {
        return None;
    }
    let minor = matches!(
        t.low(n.end),
        "cent" | "cents" | "pence" | "penny" | "c" | "p"
    );
    let end = if minor { n.end + 1 } else { n.end };
    let clause_ends =
        end >= t.len() || matches!(t.raw(end), "." | "," | ";" | ":" | "!" | "?" | ")");
    (minor || clause_ends).then_some((n.value / 100.0, end))
}

/// "MUSD", "MEUR": an M glued to a currency code, meaning millions of that currency.
fn million_code(units: &Units, t: &Tokens, j: usize) -> Option<UnitId> {
    let w = t.raw_opt(j)?;
    if !t.is_word(j) || w.len() != 4 || !w.starts_with(['M', 'm']) {
        return None;
    }
    let code = w[1..].to_ascii_uppercase();
    let id = units.id(&code)?;
    (units.get(id).dimension == Dimension::Currency
        && w[1..].bytes().all(|b| b.is_ascii_uppercase()))
    .then_some(id)
}

/// "pounds of flour" is a weight, "£5" and "5 pounds" alone are money.
fn pounds_of(units: &Units, t: &Tokens, u: UnitId, from: usize, end: usize) -> UnitId {
    let word = t.low(from);
    if units.get(u).code == "GBP" && matches!(word, "pound" | "pounds") && t.low(end) == "of" {
        return units.id("lb").unwrap_or(u);
    }
    u
}

/// A scale word at token `j` ("billion", "bn", "$5m"), also as "-billion" in "$5-billion".
fn scale_at(t: &Tokens, j: usize, has_currency: bool, words_only: bool) -> (Option<f64>, usize) {
    let at = |k: usize| {
        let (v, usage) = scale_word(t.raw_opt(k)?, t.low(k))?;
        let ok = match usage {
            ScaleUse::Word => true,
            ScaleUse::Abbrev => !words_only,
            ScaleUse::AfterCurrency => has_currency && !words_only,
        };
        ok.then_some(v)
    };
    if let Some(v) = at(j) {
        return (Some(v), j + 1);
    }
    // "$5-billion deal": only a scale word, never an abbreviation ("10-K" is a form).
    let word_scale =
        |k: usize| scale_word(t.raw_opt(k)?, t.low(k)).filter(|s| s.1 == ScaleUse::Word);
    if t.is_punct(j, "-")
        && t.glued(j)
        && t.glued(j + 1)
        && let Some((v, _)) = word_scale(j + 1)
    {
        return (Some(v), j + 2);
    }
    (None, j)
}

/// Whether the number at token `i` reads as an amount (so a year-like "2000" is not a year):
/// a currency before it, or a scale, unit or percent sign after it.
pub fn reads_as_amount(units: &Units, t: &Tokens, i: usize) -> bool {
    // A hedge before it ("about 2000") is decided by the hedge table, in `period::year`.
    units.before(t, i).is_some()
        || scale_at(t, i + 1, true, false).0.is_some()
        || units.after(t, i + 1).is_some()
}

/// Digit numbers that are not amounts; returns the token to resume at.
fn not_an_amount(units: &Units, t: &Tokens, num: &Number) -> Option<usize> {
    let s = num.start;
    let n = num.end;
    let glued_before = s > 0 && t.glued(s);
    if glued_before {
        let p = s - 1;
        // "G20", "A320", "v2" — but not "US$245" or "RMB5bn".
        if t.is_word(p) && units.before(t, s).is_none() {
            return Some(chain_end(t, n));
        }
        // "COVID-19", "F-16", "Su-35".
        if t.is_punct(p, "-") && p > 0 && t.glued(p) && t.is_capitalised(p - 1) {
            return Some(chain_end(t, n));
        }
        if t.is_punct(p, "#") || (t.is_punct(p, "/") && p > 0 && t.is_num(p - 1)) {
            return Some(chain_end(t, n));
        }
        // Footnote markers: "[1]".
        if t.is_punct(p, "[") && t.is_punct(n, "]") {
            return Some(n + 1);
        }
    }
    // Numbers with a leading zero are codes or phone numbers: "0344 844 0004".
    let raw = t.raw(n - 1);
    if raw.len() > 1 && raw.starts_with('0') && !raw.contains('.') {
        let mut k = chain_end(t, n);
        while t.is_num(k) && !t.raw(k).contains(['.', ',']) {
            k += 1;
        }
        return Some(k);
    }
    // Area codes: "(212) 639-9675".
    if s > 0
        && t.is_punct(s - 1, "(")
        && t.is_punct(n, ")")
        && t.is_num(n + 1)
        && t.is_punct(n + 2, "-")
    {
        return Some(chain_end(t, n + 1));
    }
    // A "+" glued on both sides joins a code: "J1149.5+6663", "1.1^+23".
    if glued_before && s >= 2 && t.is_punct(s - 1, "+") && t.glued(s - 1) {
        return Some(chain_end(t, n));
    }
    // International phone numbers: "+44 20 7946 0958".
    let plus = t.is_punct(s, "+") || (glued_before && t.is_punct(s - 1, "+"));
    if plus && (t.is_num(n) || t.is_punct(n, "(")) {
        let mut k = n;
        while t.is_num(k) || matches!(t.raw_opt(k), Some("-" | "(" | ")" | ".")) {
            k += 1;
        }
        return Some(k);
    }
    if t.glued(n) {
        match t.raw_opt(n) {
            // Clock times and ratios "10:30"; dates and fractions "3/11/2025", "24/7".
            Some(":" | "/") if t.is_num(n + 1) && t.glued(n + 1) => return Some(chain_end(t, n)),
            // Phone numbers and codes: "555-123-4567", "555-1234", "1.2.3".
            Some("-" | ".") if t.is_num(n + 1) && t.glued(n + 1) => {
                let three_groups = matches!(t.raw_opt(n + 2), Some("-" | ".")) && t.is_num(n + 3);
                let phone = t.raw(s).len() == 3 && t.raw(n + 1).len() == 4;
                if three_groups || phone || t.is_punct(n, ".") {
                    return Some(chain_end(t, n));
                }
            }
            _ => {}
        }
    }
    // Form and model codes: "10-K", "4-H" (a capital letter glued behind a hyphen).
    if t.is_punct(n, "-")
        && t.glued(n)
        && t.glued(n + 1)
        && t.is_capitalised(n + 1)
        && units.after(t, n + 1).is_none()
    {
        return Some(n + 2);
    }
    // "3 p.m.", "10am", "9 a.m."
    let w = t.low(n);
    if matches!(w, "am" | "pm")
        || (matches!(w, "a" | "p") && t.is_punct(n + 1, ".") && t.low(n + 2) == "m")
    {
        return Some(n + 1);
    }
    // Decades ("the 90s") and glued letters that are neither scale, unit nor ordinal ("5G").
    if t.glued(n) && t.is_word(n) {
        let known = scale_at(t, n, true, false).0.is_some()
            || units.after(t, n).is_some()
            || matches!(w, "st" | "nd" | "rd" | "th");
        if !known {
            return Some(n + 1);
        }
    }
    // List numbering at the start of a sentence: "1. Revenue", "2) Costs", "(3) Staff".
    let at_start = s == 0 || (s == 1 && t.is_punct(0, "("));
    if at_start && (t.is_punct(n, ".") || t.is_punct(n, ")")) && t.raw(s).len() <= 3 {
        return Some(n + 1);
    }
    // Labels: "Section 230", "No. 5", "flight 370".
    if s > 0 && !glued_before {
        let p = s - 1;
        let label =
            LABELS.contains(t.low(p)) || (t.is_punct(p, ".") && p > 0 && t.low(p - 1) == "no");
        if label && !has_unit_after(units, t, n) {
            return Some(n);
        }
    }
    None
}

fn has_unit_after(units: &Units, t: &Tokens, n: usize) -> bool {
    scale_at(t, n, true, false).0.is_some() || units.after(t, n).is_some()
}

/// One past a run of glued number-ish tokens ("555-123-4567", "3/11/2025").
fn chain_end(t: &Tokens, from: usize) -> usize {
    let mut k = from;
    while k < t.len()
        && t.glued(k)
        && (t.is_num(k) || t.is_word(k) || matches!(t.raw(k), "-" | "/" | ":" | "."))
    {
        k += 1;
    }
    k
}

/// "30th", "2nd": a rank, kept with kind ordinal.
fn ordinal(units: &Units, t: &Tokens, num: &Number) -> Option<Fig> {
    let n = num.end;
    if !(t.glued(n) && matches!(t.low(n), "st" | "nd" | "rd" | "th")) {
        return None;
    }
    Some(Fig {
        start: num.start,
        end: n + 1,
        hedge_start: num.start,
        after: n + 1,
        value: num.value,
        step: 1.0,
        unit: units.count(),
        range: None,
        hedge: None,
        ordinal: true,
    })
}

/// A bare integer right after a capitalised word is part of a name: "Boeing 737",
/// "Power of Siberia 2", "Windows 11".
fn is_name(t: &Tokens, r: &Reading) -> bool {
    if r.unit.is_some() || r.scaled || r.num.words || r.start == 0 {
        return false;
    }
    let p = r.start - 1;
    // "iPhone 16", "iOS 18.4", "macOS 15": a capital inside a word marks a product name.
    let camel = t.is_word(p) && t.raw(p).chars().skip(1).any(char::is_uppercase);
    if camel && !t.glued(r.start) {
        return true;
    }
    if !t.raw(r.num.start).bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let w = t.low(p);
    t.is_capitalised(p)
        && !t.glued(r.start)
        && !FUNCTION.contains(w)
        && month(w).is_none()
        && !ends_a_hedge(w)
}

enum RangeEnd {
    /// The second figure and the range's first token.
    Range(Reading, usize),
    Skip(usize),
    None,
}

/// "10-20%", "$10-$20", "5 to 7 days", "between 10 and 20 km".
fn range(units: &Units, t: &Tokens, first: &Reading, used: &[bool]) -> RangeEnd {
    let c = first.end;
    let between = first.start > 0 && t.low(first.start - 1) == "between";
    let connector = t.raw_opt(c).unwrap_or("");
    let hyphen = matches!(connector, "-" | "\u{2013}" | "\u{2014}");
    let ok = hyphen || (connector == "to" && !between) || (connector == "and" && between);
    if !ok {
        return RangeEnd::None;
    }
    // "from 5% to 7%" and "rose by $120m to $2.4bn" are a change and a level, not a range.
    let from = first.start > 0 && t.low(first.start - 1) == "from";
    if connector == "to" && (from || super::direction_before_figure(t, first.start).is_some()) {
        return RangeEnd::None;
    }
    // The second number, possibly behind its own currency prefix.
    let Some(k) = (c + 1..(c + 4).min(t.len()))
        .find(|&k| t.is_num(k) || (first.num.words && number::words(t, k).is_some()))
    else {
        return RangeEnd::None;
    };
    if used[k] {
        return RangeEnd::None;
    }
    let Some(num) = (if first.num.words {
        number::words(t, k)
    } else {
        number::digits(t, k)
    }) else {
        return RangeEnd::None;
    };
    let hint = first.unit.filter(|_| first.prefix);
    let Some(second) = read(units, t, num, hint, first.end) else {
        return RangeEnd::None;
    };
    if second.start != c + 1 {
        return RangeEnd::None;
    }
    if hyphen && is_score(t, first, &second) {
        return RangeEnd::Skip(second.end);
    }
    let same_unit = match (first.unit, second.unit) {
        (Some(a), Some(b)) => units.get(a).dimension == units.get(b).dimension,
        // "5% to 26 million": a unit on the first figure only is not shared forward.
        (Some(_), None) => first.prefix,
        _ => true,
    };
    let factor = if first.scaled {
        1.0
    } else {
        second.value / second.num.value
    };
    if !same_unit || second.value <= first.value * factor {
        return if hyphen && !first.num.words {
            RangeEnd::Skip(second.end)
        } else {
            RangeEnd::None
        };
    }
    let start = if between {
        first.start - 1
    } else {
        first.start
    };
    RangeEnd::Range(second, start)
}

/// "a 3-1 win", "won 2-0", "50-50": a score or idiom, not a range.
fn is_score(t: &Tokens, a: &Reading, b: &Reading) -> bool {
    let small =
        |r: &Reading| r.unit.is_none() && !r.scaled && r.value <= 30.0 && r.value.fract() == 0.0;
    if a.unit.is_none() && b.unit.is_none() && a.value == b.value {
        return true;
    }
    if !(small(a) && small(b)) {
        return false;
    }
    let after = (b.end..b.end + 2).any(|k| SCORE_WORDS.contains(&t.low(k)));
    let before = (a.start.saturating_sub(3)..a.start).any(|k| SCORE_VERBS.contains(&t.low(k)));
    after || before
}

/// The longest hedge ending just before token `start`.
fn hedge_before(t: &Tokens, start: usize) -> Option<(Hedge, usize)> {
    hedge_ending_at(t, start)
}

/// A hedge right after the figure: "or more", "500+", "20-plus".
fn hedge_after(t: &Tokens, end: usize) -> Option<(Hedge, usize)> {
    // Every hedge after a figure starts with one of these: most figures stop here.
    if !matches!(t.low(end), "or" | "-" | "+") {
        return None;
    }
    HEDGES_AFTER.iter().find_map(|(words, hedge)| {
        let glue_needed = !words[0].chars().next()?.is_alphabetic();
        if glue_needed && !t.glued(end) {
            return None;
        }
        t.matches(end, words).map(|e| (*hedge, e))
    })
}
