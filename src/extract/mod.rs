//! Finding numeric claims in a document's sentences.
//!
//! The [`Extractor`] is built once (unit maps and word tables compiled up front) and shared
//! by every thread. Per sentence it tokenizes the prose pieces, marks time expressions
//! ([`period`]), reads each figure (`figure`: currency, number, scale, unit, range, hedge)
//! and then attaches what the words around a figure say: its direction, counted noun and
//! period. It knows nothing about rules or output formats.

mod figure;
pub mod lexicon;
pub mod number;
pub mod period;
mod skim;
pub mod token;
pub mod units;

use crate::claim::{Base, Claim, ClaimKind, Direction, Hedge, Interval, Period, Quantity};
use crate::document::{DocOptions, Document, Format, Sentence};
use crate::span::Span;
use figure::{Fig, Outcome};
use jiff::civil::Date;
use lexicon::{
    DIRECTION_FILLER, DIRECTION_NOUN_FILLER, LEVEL_NOUNS, NOUN_STOP_WORD, direction_before,
    direction_noun, hedge_rule,
};
use period::Mention;
use rayon::prelude::*;
use token::Tokens;
use units::Units;

/// Documents at least this large are extracted in parallel runs of sentences.
pub const PARALLEL_BYTES: usize = 1 << 20;
/// Sentences per parallel run: large enough that a task outweighs its scheduling.
pub const SENTENCES_PER_TASK: usize = 1024;

/// Compiled extraction tables; build once, share across threads.
#[derive(Debug, Default)]
pub struct Extractor {
    units: Units,
}

/// Buffers reused from sentence to sentence so extraction does not allocate per token.
struct Scratch<'t> {
    tokens: Tokens<'t>,
    used: Vec<bool>,
    figs: Vec<Fig>,
}

impl Extractor {
    pub fn new() -> Self {
        Extractor {
            units: Units::new(),
        }
    }

    /// The unit table in use (rules extend it).
    pub fn units(&self) -> &Units {
        &self.units
    }

    /// Every claim in the document's prose, in text order.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        // Sentences are read independently, so a large document is cut into runs of
        // sentences read in parallel; the runs are joined in order, so the result does not
        // depend on the number of threads. With one thread, runs would only add a copy.
        if doc.text.len() < PARALLEL_BYTES || rayon::current_num_threads() == 1 {
            return self.extract_sentences(doc, &doc.sentences);
        }
        let runs: Vec<Vec<Claim>> = doc
            .sentences
            .par_chunks(SENTENCES_PER_TASK)
            .map(|run| self.extract_sentences(doc, run))
            .collect();
        runs.concat()
    }

    /// The claims of some of the document's sentences, in text order: a caller that checks
    /// a large document run by run never holds all of its claims.
    pub fn extract_sentences(&self, doc: &Document, sentences: &[Sentence]) -> Vec<Claim> {
        self.read_sentences(doc, sentences, true)
    }

    /// [`Extractor::extract`] without skimming: every sentence tokenized, for tests that
    /// hold skimming to what it promises.
    #[cfg(test)]
    pub(crate) fn extract_every_sentence(&self, doc: &Document) -> Vec<Claim> {
        self.read_sentences(doc, &doc.sentences, false)
    }

    /// Reads sentences in order; with `skimming`, those that cannot hold a figure are
    /// passed over untokenized.
    fn read_sentences(&self, doc: &Document, sentences: &[Sentence], skimming: bool) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut scratch = Scratch {
            tokens: Tokens::new(&doc.text),
            used: Vec::new(),
            figs: Vec::new(),
        };
        for sentence in sentences {
            let pieces = doc.sentence_pieces(sentence);
            if skimming && !skim::may_hold_figure(&doc.text, pieces) {
                continue;
            }
            scratch.tokens.fill(pieces);
            self.sentence(&mut scratch, sentence.span, doc.date, &mut out);
        }
        out
    }

    /// Convenience for tests and tools: extract from plain text with an optional date.
    pub fn extract_text(&self, text: &str, date: Option<Date>) -> Vec<Claim> {
        let opts = DocOptions { date };
        match Document::parse_as("-", text.to_string(), Format::Text, &opts) {
            Ok(doc) => self.extract(&doc),
            Err(_) => Vec::new(),
        }
    }

    fn sentence(&self, s: &mut Scratch, span: Span, date: Option<Date>, out: &mut Vec<Claim>) {
        let Scratch {
            tokens: t,
            used,
            figs,
        } = s;
        used.clear();
        used.resize(t.len(), false);
        let mentions = period::find(t, used, |i| figure::reads_as_amount(&self.units, t, i));
        figs.clear();
        self.figures(t, used, figs);
        // Periods are resolved only for sentences that state a figure.
        if figs.is_empty() {
            return;
        }
        let periods = period::resolve(&mentions, date);
        // Mentions that name a comparison basis ("on the previous quarter") date no figure.
        let dating: Vec<(&Mention, Option<Period>)> = mentions
            .iter()
            .zip(periods)
            .filter(|(m, _)| !is_comparison_basis(t, m))
            .collect();
        let first = out.len();
        for (k, fig) in figs.iter().enumerate() {
            let next_start = figs.get(k + 1).map_or(t.len(), |f| f.start);
            let period = claim_period(&dating, fig, next_start);
            out.push(self.claim(t, fig, span, period));
        }
        link_neighbours(t, figs, &mut out[first..]);
    }

    /// The sentence's figures in text order, outside the time expressions marked in `used`.
    fn figures(&self, t: &Tokens, used: &[bool], figs: &mut Vec<Fig>) {
        // The first token past the last figure read or skipped.
        let mut next = 0;
        for &i in t.heads() {
            if i < next || used[i] || !figure::could_start(t, i) {
                continue;
            }
            let floor = figs.last().map_or(0, |f| f.after);
            match figure::at(&self.units, t, i, used, floor) {
                Outcome::Figure(fig) => {
                    next = fig.after.max(i + 1);
                    figs.push(fig);
                }
                Outcome::Skip(end) => next = end.max(i + 1),
                Outcome::None => {}
            }
        }
    }

    fn claim(&self, t: &Tokens, fig: &Fig, sentence: Span, period: Option<Period>) -> Claim {
        let def = self.units.get(fig.unit);
        let interval = interval(fig);
        let value = fig.range.is_none().then_some(fig.value);
        let to_base = |v: f64| v * def.factor + def.offset;
        Claim {
            kind: if fig.ordinal {
                ClaimKind::Ordinal
            } else {
                ClaimKind::Quantity
            },
            span: t.span(fig.start, fig.end - 1),
            sentence,
            quantity: Quantity {
                value,
                unit: def.code,
                dimension: def.dimension,
                interval,
                base: Base {
                    value: value.map(to_base),
                    unit: def.base,
                    interval: interval.converted(def.factor, def.offset),
                },
            },
            noun: noun(t, fig, def.dimension == crate::claim::Dimension::Count),
            hedge: fig.hedge,
            direction: if fig.ordinal {
                None
            } else {
                direction(t, fig, def.dimension != crate::claim::Dimension::Percent)
            },
            period,
        }
    }
}

/// The interval a figure allows: written precision, then its hedge (docs/extraction.md).
fn interval(fig: &Fig) -> Interval {
    if let Some((lo, hi)) = fig.range {
        return Interval::closed(lo, hi);
    }
    let v = fig.value;
    let half = fig.step / 2.0;
    let written = Interval::half_open(v - half, v + half);
    let open = |low: Option<f64>, high: Option<f64>, low_open, high_open| Interval {
        low,
        high,
        low_open,
        high_open,
    };
    match fig.hedge {
        None | Some(Hedge::Range) => written,
        Some(Hedge::About) => {
            let share = hedge_rule::ABOUT_SHARE * v.abs();
            Interval::closed((v - half).min(v - share), (v + half).max(v + share))
        }
        Some(Hedge::Nearly) => Interval::half_open(v - hedge_rule::NEARLY_SHARE * v.abs(), v),
        Some(Hedge::MoreThan) => open(Some(v), None, true, false),
        Some(Hedge::AtLeast) => open(Some(v), None, false, false),
        Some(Hedge::LessThan) => open(None, Some(v), false, true),
        Some(Hedge::UpTo) => open(None, Some(v), false, false),
        Some(Hedge::Exactly) => Interval::point(v),
    }
}

/// The period for a figure: the first mention after it and before the next figure, else the
/// nearest mention before it (docs/extraction.md, "Period"), among the mentions that can date
/// a figure, with their periods.
fn claim_period(
    dating: &[(&Mention, Option<Period>)],
    fig: &Fig,
    next_start: usize,
) -> Option<Period> {
    let after = dating
        .iter()
        .find(|(m, _)| m.start >= fig.end && m.start < next_start);
    let before = dating.iter().rfind(|(m, _)| m.end <= fig.start);
    after.or(before)?.1
}

/// Figures joined by a word or two share what only one of them says: "rose 12% to $4.5bn in
/// fiscal 2024" (the period), "cut by $400 million, or 7 percent" (the direction).
fn link_neighbours(t: &Tokens, figs: &[Fig], claims: &mut [Claim]) {
    for k in (0..figs.len().saturating_sub(1)).rev() {
        let gap = figs[k + 1].hedge_start.saturating_sub(figs[k].after);
        if gap <= 2 && claims[k].period.is_none() {
            claims[k].period = claims[k + 1].period;
        }
    }
    for k in 1..figs.len() {
        let between = figs[k - 1].after..figs[k].hedge_start;
        let or_joined = between.len() <= 2 && between.clone().any(|j| t.low(j) == "or");
        if or_joined && claims[k].direction.is_none() {
            claims[k].direction = claims[k - 1].direction;
        }
    }
}

/// Words that introduce the basis of a comparison rather than the figure's own period.
const COMPARISON_WORDS: &[&[&str]] = &[
    &["on"],
    &["over"],
    &["than"],
    &["since"],
    &["versus"],
    &["vs"],
    &["against"],
    &["compared", "with"],
    &["compared", "to"],
    &["from"],
];

fn is_comparison_basis(t: &Tokens, m: &Mention) -> bool {
    // "on November 1, 2025" dates a figure; "on the previous quarter" compares it.
    let dated_day = matches!(m.when, period::When::Absolute(Period::Day(..)));
    if dated_day && t.low(m.start.wrapping_sub(1)) == "on" {
        return false;
    }
    // Every entry ends with the word just before the mention: compare that one first.
    let prev = t.low(m.start.wrapping_sub(1));
    COMPARISON_WORDS
        .iter()
        .any(|words| words.last() == Some(&prev) && t.matches_before(m.start, words).is_some())
}

/// "fell 21%", "down a staggering 21 percent", "a 3.8% rise", "a rise of 5%", "5% higher",
/// "cut the risk of stroke by 20%". A figure that measures stuff ("dropped 600 mm of rain",
/// "added 585 GW of capacity") is an amount, not a change.
fn direction(t: &Tokens, fig: &Fig, count_or_measure: bool) -> Option<Direction> {
    let of_stuff = count_or_measure && t.low(fig.after) == "of";
    direction_before_figure(t, fig.hedge_start)
        .filter(|_| !of_stuff)
        .or_else(|| direction_after_figure(t, fig.after))
}

pub(crate) fn direction_before_figure(t: &Tokens, start: usize) -> Option<Direction> {
    if start >= 2
        && t.low(start - 1) == "of"
        && !LEVEL_NOUNS.contains(&t.low(start - 2))
        && let Some(d) = direction_noun(t.low(start - 2))
    {
        return Some(d);
    }
    let mut k = start;
    let mut saw_by = false;
    for _ in 0..6 {
        let Some(prev) = k.checked_sub(1) else { break };
        let w = t.low(prev);
        // "made up 19.6% of": a share, not a rise.
        let made_up = w == "up"
            && matches!(
                t.low(prev.wrapping_sub(1)),
                "made" | "make" | "makes" | "making"
            );
        if let Some(d) = direction_before(w).filter(|_| !made_up) {
            return Some(d);
        }
        if !DIRECTION_FILLER.contains(w) {
            break;
        }
        saw_by |= w == "by";
        k = prev;
    }
    // "cut the risk of heart attack by 20%": the verb may stand further back before "by".
    if saw_by {
        for prev in (k.saturating_sub(8)..k).rev() {
            if let Some(d) = direction_before(t.low(prev)) {
                return Some(d);
            }
            if t.is_num(prev) || matches!(t.raw(prev), "," | ";" | ":" | "(" | ")") {
                break;
            }
        }
    }
    None
}

fn direction_after_figure(t: &Tokens, after: usize) -> Option<Direction> {
    for j in after..after + 5 {
        let w = t.low(j);
        if let Some(d) = direction_noun(w) {
            return Some(d);
        }
        match w {
            "higher" | "up" => return Some(Direction::Up),
            "lower" | "down" => return Some(Direction::Down),
            _ => {}
        }
        let glued_hyphen = w == "-" && t.glued(j);
        if !(glued_hyphen || w != "-" && DIRECTION_NOUN_FILLER.contains(w)) {
            break;
        }
    }
    None
}

/// The counted or measured noun: the head of the noun phrase after a count ("21,000 Russian
/// students"), or after "of" for a measure ("50 bcm of gas").
fn noun(t: &Tokens, fig: &Fig, count: bool) -> Option<Span> {
    let mut j = fig.after;
    // Skip a parenthetical right after the figure: "50 billion cubic metres (bcm) of gas".
    if t.is_punct(j, "(")
        && let Some(close) = (j + 1..(j + 8).min(t.len())).find(|&k| t.is_punct(k, ")"))
    {
        j = close + 1;
    }
    if !count {
        if t.low(j) != "of" {
            return None;
        }
        j += 1;
        while matches!(t.low(j), "the" | "a" | "an") {
            j += 1;
        }
    }
    // The head is the first plural in the phrase ("two nations hit another record"), else
    // its last word ("30 Russian and 50 Chinese cities" stops at "and": "russian").
    let mut last: Option<usize> = None;
    let mut words = 0;
    while j < t.len() && words < 4 {
        if t.is_punct(j, "-") && t.glued(j) && t.is_word(j + 1) && t.glued(j + 1) {
            j += 1;
            continue;
        }
        if !t.is_word(j) || NOUN_STOP_WORD.contains(t.low(j)) {
            break;
        }
        let verb_like = words > 0 && (t.low(j).ends_with("ed") || t.low(j).ends_with("ing"));
        if verb_like {
            break;
        }
        last = Some(j);
        words += 1;
        j += 1;
        if is_plural(t.low(j - 1)) {
            break;
        }
    }
    last.map(|k| t.toks[k].span)
}

fn is_plural(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "children",
        "men",
        "women",
        "staff",
        "police",
        "cattle",
        "sheep",
        "fish",
        "personnel",
        "data",
        "feet",
        "teeth",
        "mice",
        "geese",
        "livestock",
        "aircraft",
    ];
    (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || IRREGULAR.contains(&w)
}

#[cfg(test)]
mod tests;
