//! Time expressions in a sentence ("in 2024", "September 2025", "fiscal 2025", "Q3 2024",
//! "last year", "a month earlier") and their resolution to a [`Period`].
//!
//! Finding is separate from resolving: [`find`] returns [`Mention`]s with token ranges and
//! marks their tokens as used (a year is not a claim). [`resolve`] then turns each mention
//! into a period using the document date (for "last year") or another mention in the same
//! sentence (for "a year earlier"). Nothing is guessed: unresolvable mentions give `None`.

use super::lexicon::{PERIOD_LEADS, PERIOD_WORDS, hedge_ending_at, month, ordinal_word};
use super::token::Tokens;
use crate::claim::Period;
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What a mention says about time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    Absolute(Period),
    /// Relative to the document date ("last year", "in September").
    Deictic(Rel),
    /// Relative to another period in the sentence, else to the document date ("a year earlier").
    Anaphoric(Rel),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rel {
    Years(i16),
    Months(i32),
    Quarters(i32),
    /// The most recent such month on or before the date.
    RecentMonth(u8),
    RecentDay(u8, u8),
    RecentQuarter(u8),
    RecentHalf(u8),
}

/// A time expression: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub when: When,
}

/// Relative phrases, as token sequences.
const RELATIVE: &[(&[&str], When)] = {
    use Rel::*;
    use When::{Anaphoric as A, Deictic as D};
    &[
        (&["last", "year"], D(Years(-1))),
        (&["this", "year"], D(Years(0))),
        (&["next", "year"], D(Years(1))),
        (&["a", "year", "ago"], D(Years(-1))),
        (&["past", "year"], D(Years(-1))),
        (&["last", "month"], D(Months(-1))),
        (&["this", "month"], D(Months(0))),
        (&["next", "month"], D(Months(1))),
        (&["a", "month", "ago"], D(Months(-1))),
        (&["last", "quarter"], D(Quarters(-1))),
        (&["this", "quarter"], D(Quarters(0))),
        (&["next", "quarter"], D(Quarters(1))),
        (&["a", "year", "earlier"], A(Years(-1))),
        (&["a", "year", "before"], A(Years(-1))),
        (&["a", "year", "previously"], A(Years(-1))),
        (&["the", "year", "before"], A(Years(-1))),
        (&["the", "previous", "year"], A(Years(-1))),
        (&["the", "prior", "year"], A(Years(-1))),
        (&["the", "preceding", "year"], A(Years(-1))),
        (&["year", "-", "earlier"], A(Years(-1))),
        (&["year", "-", "ago"], A(Years(-1))),
        (&["a", "month", "earlier"], A(Months(-1))),
        (&["a", "month", "before"], A(Months(-1))),
        (&["the", "month", "before"], A(Months(-1))),
        (&["the", "previous", "month"], A(Months(-1))),
        (&["the", "prior", "month"], A(Months(-1))),
        (&["the", "preceding", "month"], A(Months(-1))),
        (&["a", "quarter", "earlier"], A(Quarters(-1))),
        (&["the", "quarter", "before"], A(Quarters(-1))),
        (&["the", "previous", "quarter"], A(Quarters(-1))),
        (&["the", "prior", "quarter"], A(Quarters(-1))),
        (&["the", "preceding", "quarter"], A(Quarters(-1))),
    ]
};

/// Words before a bare number that make it a year ("in 2024") rather than an amount.
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "since",
    "during",
    "of",
    "for",
    "from",
    "to",
    "until",
    "till",
    "through",
    "before",
    "after",
    "mid",
    "early",
    "late",
    "end",
    "fiscal",
    "year",
    "throughout",
    "within",
];

/// Finds every time expression, marking its tokens in `used`. `is_amount(i)` says whether
/// the number at token `i` reads as an amount (a unit, scale or currency beside it), in which
/// case a year-like number is left alone.
pub fn find(t: &Tokens, used: &mut [bool], is_amount: impl Fn(usize) -> bool) -> Vec<Mention> {
    let mut out = Vec::new();
    // The first token past the last expression found.
    let mut next = 0;
    for &i in t.heads() {
        if i < next || !could_start(t, i) {
            continue;
        }
        // Only "3 November" and years start with a number; the rest start with a word.
        let found = if t.is_num(i) {
            day_first(t, i).or_else(|| year(t, i, &is_amount))
        } else {
            relative(t, i)
                .or_else(|| quarter_or_half(t, i))
                .or_else(|| month_first(t, i))
                .or_else(|| fiscal(t, i))
        };
        if let Some(f) = found {
            used[f.start..f.end].iter_mut().for_each(|u| *u = true);
            out.extend(f.mention());
            next = f.end.max(i + 1);
        }
    }
    out
}

/// A cheap gate before the period parsers: a number, or a word that can begin a period.
fn could_start(t: &Tokens, i: usize) -> bool {
    if t.is_num(i) {
        return true;
    }
    // Only a starter word (a month, an ordinal, "last", "the"...) can begin a period.
    if !t.is_starter(i) {
        return false;
    }
    let w = t.low(i);
    if PERIOD_LEADS.contains(&w) {
        // "the" and "a", the commonest words in English: peek at the next before any parser.
        matches!(
            t.low(i + 1),
            "year"
                | "month"
                | "quarter"
                | "previous"
                | "prior"
                | "preceding"
                | "first"
                | "second"
                | "third"
                | "fourth"
        )
    } else if PERIOD_WORDS.contains(&w) {
        true
    } else if t.is_capitalised(i) {
        month(w).is_some() || ordinal_word(w).is_some()
    } else {
        matches!(t.low(i + 1), "quarter" | "half" | "-") && ordinal_word(w).is_some()
    }
}

/// A found expression: a mention, or tokens that are time but name no usable period
/// ("the 1990s").
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    when: Option<When>,
}

impl Found {
    fn new(start: usize, end: usize, when: When) -> Option<Found> {
        Some(Found {
            start,
            end,
            when: Some(when),
        })
    }
}

impl Found {
    fn mention(&self) -> Option<Mention> {
        self.when.map(|when| Mention {
            start: self.start,
            end: self.end,
            when,
        })
    }
}

fn relative(t: &Tokens, i: usize) -> Option<Found> {
    // Phrases indexed by their first word, built once: this runs at many tokens.
    type Phrases = FxHashMap<&'static str, Vec<(&'static [&'static str], When)>>;
    static BY_FIRST: LazyLock<Phrases> = LazyLock::new(|| {
        let mut map = Phrases::default();
        for &(words, when) in RELATIVE {
            map.entry(words[0]).or_default().push((words, when));
        }
        map
    });
    let phrases = BY_FIRST.get(t.low(i))?;
    phrases.iter().find_map(|(words, when)| {
        let end = t.matches(i, words)?;
        Found::new(i, end, *when)
    })
}

/// A four-digit year 1900..=2100 written without separators.
fn year_at(t: &Tokens, i: usize) -> Option<i16> {
    let raw = t.raw_opt(i)?;
    if !t.is_num(i) || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = raw.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// A year written in two digits after an apostrophe or in "FY25": 2000 + n.
fn short_year(t: &Tokens, i: usize) -> Option<i16> {
    let raw = t.raw_opt(i)?;
    if !t.is_num(i) || raw.len() != 2 {
        return None;
    }
    raw.parse::<i16>().ok().map(|y| 2000 + y)
}

/// Skips a possessive "'s" / "’s" glued after token `end - 1`.
fn possessive(t: &Tokens, end: usize) -> usize {
    if (t.is_punct(end, "'") || t.is_punct(end, "\u{2019}"))
        && t.glued(end)
        && t.low(end + 1) == "s"
    {
        end + 2
    } else {
        end
    }
}

fn year(t: &Tokens, i: usize, is_amount: &impl Fn(usize) -> bool) -> Option<Found> {
    let y = year_at(t, i)?;
    // Decades: "the 1990s".
    if t.glued(i + 1) && t.low(i + 1) == "s" {
        return Some(Found {
            start: i,
            end: i + 2,
            when: None,
        });
    }
    // ISO date: 2025-09-03, or a year and month: 2025-09.
    if let Some(f) = iso_date(t, i, y) {
        return Some(f);
    }
    // Year spans: "2024-2025", "2024–25", "2024/25".
    if let Some(f) = year_span(t, i, y) {
        return Some(f);
    }
    // "below 2019 levels": a year as a reference level.
    let level = matches!(t.low(i + 1), "level" | "levels");
    // A hedge makes any number an amount: "up to 2024 households", "about 1950 people".
    if !level && hedge_ending_at(t, i).is_some() {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| t.low(p)).unwrap_or("");
    let after_preposition = YEAR_PREPOSITIONS.contains(&prev) || prev == "-";
    if is_amount(i) && !after_preposition {
        return None;
    }
    // "the 2024 fiscal year", "its 2024 financial year": a fiscal year named after the number.
    if let Some(end) = t
        .matches(i + 1, &["fiscal", "year"])
        .or_else(|| t.matches(i + 1, &["financial", "year"]))
    {
        return Found::new(i, possessive(t, end), When::Absolute(Period::FiscalYear(y)));
    }
    Found::new(i, possessive(t, i + 1), When::Absolute(Period::Year(y)))
}

fn iso_date(t: &Tokens, i: usize, y: i16) -> Option<Found> {
    let dash = |k: usize| t.is_punct(k, "-") && t.glued(k) && t.glued(k + 1);
    if !dash(i + 1) || t.raw_opt(i + 2)?.len() != 2 {
        return None;
    }
    let m: u8 = t.raw(i + 2).parse().ok().filter(|m| (1..=12).contains(m))?;
    if dash(i + 3) && t.raw_opt(i + 4).is_some_and(|d| d.len() == 2) {
        let d: u8 = t.raw(i + 4).parse().ok().filter(|d| (1..=31).contains(d))?;
        return Found::new(i, i + 5, When::Absolute(Period::Day(y, m, d)));
    }
    Found::new(i, i + 3, When::Absolute(Period::Month(y, m)))
}

fn year_span(t: &Tokens, i: usize, y: i16) -> Option<Found> {
    let sep = t.raw_opt(i + 1)?;
    if !matches!(sep, "-" | "\u{2013}" | "\u{2014}" | "/") {
        return None;
    }
    let y2 = year_at(t, i + 2).or_else(|| {
        let s = short_year(t, i + 2)?;
        Some(y / 100 * 100 + (s - 2000))
    })?;
    (y2 > y && y2 - y <= 10).then_some(())?;
    Found::new(
        i,
        possessive(t, i + 3),
        When::Absolute(Period::Years(y, y2)),
    )
}

/// "fiscal 2025", "fiscal year 2025", "FY2025", "FY 2025", "FY25".
fn fiscal(t: &Tokens, i: usize) -> Option<Found> {
    let w = t.low(i);
    let after = if w == "fiscal" {
        if t.low(i + 1) == "year" { i + 2 } else { i + 1 }
    } else if w == "fy" {
        i + 1
    } else {
        return None;
    };
    let y = year_at(t, after).or_else(|| short_year(t, after).filter(|_| w == "fy"))?;
    Found::new(
        i,
        possessive(t, after + 1),
        When::Absolute(Period::FiscalYear(y)),
    )
}

/// "Q3 2024", "Q3", "the third quarter of 2024", "third-quarter", "H1 2024", "first half".
fn quarter_or_half(t: &Tokens, i: usize) -> Option<Found> {
    let (which, n, end) = if matches!(t.raw_opt(i)?, "Q" | "H") && t.is_num(i + 1) && t.glued(i + 1)
    {
        let n: u8 = t.raw(i + 1).parse().ok()?;
        (if t.raw(i) == "Q" { 'Q' } else { 'H' }, n, i + 2)
    } else {
        let n = ordinal_word(t.low(i))?;
        let j = if t.is_punct(i + 1, "-") { i + 2 } else { i + 1 };
        match t.low(j) {
            "quarter" => ('Q', n, j + 1),
            "half" => ('H', n, j + 1),
            _ => return None,
        }
    };
    let valid = if which == 'Q' {
        (1..=4).contains(&n)
    } else {
        (1..=2).contains(&n)
    };
    if !valid {
        return None;
    }
    // A year after ("of 2024", "2024") or before ("2024's third quarter" is rare; skipped).
    let of = if t.low(end) == "of" { end + 1 } else { end };
    let (year, end) = match year_at(t, of).or_else(|| fiscal_year_after(t, of)) {
        Some(y) => (
            Some(y),
            possessive(t, of + if t.low(of) == "fiscal" { 2 } else { 1 }),
        ),
        None => (None, end),
    };
    let start = if i > 0 && t.low(i - 1) == "the" {
        i - 1
    } else {
        i
    };
    let when = match (which, year) {
        ('Q', Some(y)) => When::Absolute(Period::Quarter(y, n)),
        ('H', Some(y)) => When::Absolute(Period::Half(y, n)),
        ('Q', None) => When::Deictic(Rel::RecentQuarter(n)),
        _ => When::Deictic(Rel::RecentHalf(n)),
    };
    Found::new(start, end, when)
}

fn fiscal_year_after(t: &Tokens, i: usize) -> Option<i16> {
    (t.low(i) == "fiscal").then(|| year_at(t, i + 1)).flatten()
}

/// A month name (capitalised; "May" only where it cannot be the verb), optionally with a
/// day and/or year: "September", "September 2025", "Sept. 3, 2025", "March 3".
fn month_first(t: &Tokens, i: usize) -> Option<Found> {
    let m = month_name(t, i)?;
    let mut j = i + 1;
    if t.is_punct(j, ".") && t.glued(j) {
        j += 1;
    }
    if let Some(d) = day_at(t, j) {
        let k = if t.is_punct(j + 1, ",") { j + 2 } else { j + 1 };
        if let Some(y) = year_at(t, k) {
            return Found::new(
                i,
                possessive(t, k + 1),
                When::Absolute(Period::Day(y, m, d)),
            );
        }
        return Found::new(i, j + 1, When::Deictic(Rel::RecentDay(m, d)));
    }
    let k = if t.is_punct(j, ",") { j + 1 } else { j };
    if let Some(y) = year_at(t, k) {
        return Found::new(i, possessive(t, k + 1), When::Absolute(Period::Month(y, m)));
    }
    Found::new(i, possessive(t, i + 1), When::Deictic(Rel::RecentMonth(m)))
}

/// "3 November 2025", "3 November".
fn day_first(t: &Tokens, i: usize) -> Option<Found> {
    let d = day_at(t, i)?;
    let mut j = i + 1;
    if t.glued(j) && matches!(t.low(j), "st" | "nd" | "rd" | "th") {
        j += 1;
    }
    let m = month_name(t, j)?;
    let k = j + 1 + usize::from(t.is_punct(j + 1, "."));
    match year_at(t, k) {
        Some(y) => Found::new(i, k + 1, When::Absolute(Period::Day(y, m, d))),
        None => Found::new(i, k, When::Deictic(Rel::RecentDay(m, d))),
    }
}

fn day_at(t: &Tokens, i: usize) -> Option<u8> {
    let raw = t.raw_opt(i)?;
    if !t.is_num(i) || raw.len() > 2 {
        return None;
    }
    raw.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month at token `i`, written as a name. Lower-case words ("may", "march") and a
/// sentence-initial or bare "May" are verbs or nouns, not months.
fn month_name(t: &Tokens, i: usize) -> Option<u8> {
    if !t.is_capitalised(i) {
        return None;
    }
    let m = month(t.low(i))?;
    let short = t.low(i).len() <= 4 && !matches!(t.low(i), "june" | "july");
    if short
        && t.raw(i).len() == 3
        && t.low(i) != "may"
        && !t.is_punct(i + 1, ".")
        && !t.is_num(i + 1)
    {
        // "Jan" or "Dec" alone is more often a name than a month.
        return None;
    }
    if t.low(i) == "may" {
        let prev = i.checked_sub(1).map(|p| t.low(p)).unwrap_or("");
        let dated = t.is_num(i + 1)
            || matches!(
                prev,
                "in" | "of"
                    | "since"
                    | "by"
                    | "until"
                    | "last"
                    | "this"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "during"
                    | "from"
                    | "to"
                    | "through"
            );
        if !dated {
            return None;
        }
    }
    Some(m)
}

/// Resolves each mention in a sentence; `None` where it cannot be resolved.
pub fn resolve(mentions: &[Mention], date: Option<Date>) -> Vec<Option<Period>> {
    let absolute: Vec<Option<Period>> = mentions
        .iter()
        .map(|m| match m.when {
            When::Absolute(p) => Some(p),
            When::Deictic(rel) => date.and_then(|d| from_date(rel, d)),
            When::Anaphoric(_) => None,
        })
        .collect();
    mentions
        .iter()
        .enumerate()
        .map(|(k, m)| match m.when {
            When::Anaphoric(rel) => match anchor(&absolute, k) {
                Some(p) => shift(p, rel),
                None => date.and_then(|d| from_date(rel, d)),
            },
            _ => absolute[k],
        })
        .collect()
}

/// The nearest resolved period to mention `k`, preferring one before it.
fn anchor(resolved: &[Option<Period>], k: usize) -> Option<Period> {
    resolved[..k]
        .iter()
        .rev()
        .chain(resolved[k + 1..].iter())
        .find_map(|p| *p)
}

/// A period relative to a date.
fn from_date(rel: Rel, d: Date) -> Option<Period> {
    let (y, m) = (d.year(), d.month() as u8);
    let quarter = (m - 1) / 3 + 1;
    Some(match rel {
        Rel::Years(k) => Period::Year(y + k),
        Rel::Months(k) => month_shift(y, m, k),
        Rel::Quarters(k) => quarter_shift(y, quarter, k),
        Rel::RecentMonth(rm) => Period::Month(if rm <= m { y } else { y - 1 }, rm),
        Rel::RecentDay(rm, rd) => {
            let this_year = (rm, rd) <= (m, d.day() as u8);
            Period::Day(if this_year { y } else { y - 1 }, rm, rd)
        }
        Rel::RecentQuarter(q) => Period::Quarter(if q <= quarter { y } else { y - 1 }, q),
        Rel::RecentHalf(h) => Period::Half(if h <= (m - 1) / 6 + 1 { y } else { y - 1 }, h),
    })
}

/// Shifts an anchor period by a relative offset ("a year earlier" than September 2025).
fn shift(p: Period, rel: Rel) -> Option<Period> {
    Some(match (rel, p) {
        (Rel::Years(k), Period::Year(y)) => Period::Year(y + k),
        (Rel::Years(k), Period::FiscalYear(y)) => Period::FiscalYear(y + k),
        (Rel::Years(k), Period::Half(y, h)) => Period::Half(y + k, h),
        (Rel::Years(k), Period::Quarter(y, q)) => Period::Quarter(y + k, q),
        (Rel::Years(k), Period::Month(y, m)) => Period::Month(y + k, m),
        (Rel::Years(k), Period::Day(y, m, d)) => Period::Day(y + k, m, d),
        (Rel::Months(k), Period::Month(y, m)) => month_shift(y, m, k),
        (Rel::Months(k), Period::Day(y, m, _)) => month_shift(y, m, k),
        (Rel::Quarters(k), Period::Quarter(y, q)) => quarter_shift(y, q, k),
        _ => return None,
    })
}

fn month_shift(y: i16, m: u8, k: i32) -> Period {
    let idx = i32::from(y) * 12 + i32::from(m) - 1 + k;
    Period::Month(idx.div_euclid(12) as i16, (idx.rem_euclid(12) + 1) as u8)
}

fn quarter_shift(y: i16, q: u8, k: i32) -> Period {
    let idx = i32::from(y) * 4 + i32::from(q) - 1 + k;
    Period::Quarter(idx.div_euclid(4) as i16, (idx.rem_euclid(4) + 1) as u8)
}
