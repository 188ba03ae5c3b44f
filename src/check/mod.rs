//! Checking claims against facts: bind each claim to at most one fact, compare intervals,
//! and find claims in different documents that disagree about a fact without a value.
//!
//! Binding (`bind`) asks the [`RuleIndex`] which facts' words occur in a claim's sentence,
//! keeps those whose unit and period fit, and picks the one whose words stand nearest the
//! figure. Verdicts compare the claim's interval (written precision and hedge, signed by its
//! direction) with the fact's value widened by its tolerance. Output formats live in
//! `report`; nothing here prints.
//!
//! [`filter`] then hides what the user has accepted: inline suppressions ([`suppress`]) and
//! a baseline of known findings ([`baseline`]). Reading and writing baseline files is `run`'s.

pub mod baseline;
pub mod finding;
pub mod index;
pub mod phrases;
pub mod suppress;

use crate::claim::{Claim, ClaimKind, Direction, Interval, Period};
use crate::document::Document;
use crate::report::DocumentClaims;
use crate::rules::{Fact, RuleSet, Severity, Tolerance};
use crate::span::Excerpt;
pub use finding::{BaseValue, Claimed, Code, Expected, Finding, Related};
use index::{Matched, RuleIndex, SentenceHits};
use jiff::civil::Date;
use rayon::prelude::*;
use std::sync::Arc;

/// Options of a check run.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Also report claims consistent only through rounding or a hedge (`factlint::rounded`).
    pub show_rounded: bool,
    /// Record why claims did not bind to this fact (for `factlint explain`).
    pub explain: Option<usize>,
}

/// A claim bound to a fact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Binding {
    pub document: usize,
    pub claim: usize,
    pub fact: usize,
    pub period_assumed: bool,
}

/// Why a claim whose sentence matched a fact's words did not bind to it.
#[derive(Debug, Clone, PartialEq)]
pub enum Miss {
    Unit {
        claim: &'static str,
        fact: &'static str,
    },
    Period {
        claim: Option<Period>,
        fact: Option<Period>,
        document_date: Option<Date>,
    },
    Outranked {
        by: usize,
    },
    Ambiguous {
        with: usize,
    },
    /// Another claim in the sentence stands nearer the fact's words.
    Nearer {
        claim: usize,
    },
}

/// A near miss for `explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    pub document: usize,
    pub claim: usize,
    pub reason: Miss,
}

/// Everything a check run found.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// The findings to report, sorted ([`Finding::sort_key`]).
    pub findings: Vec<Finding>,
    /// Every binding, when the run keeps them ([`check`] does; a streaming run counts them
    /// in `bound` only).
    pub bindings: Vec<Binding>,
    /// How many claims were bound to a fact.
    pub bound: usize,
    pub near_misses: Vec<NearMiss>,
    /// Every checked document's path, in input order (so how many documents were checked).
    pub paths: Vec<String>,
    pub claims: usize,
    /// Findings an inline suppression hid ([`filter`]); not reported, not failing.
    pub suppressed: Vec<Finding>,
    /// What the baseline did, when [`filter`] was given one.
    pub baseline: Option<baseline::Outcome>,
}

/// Applies inline suppressions to a check's findings, then the baseline if one is given:
/// hidden findings move to [`CheckReport::suppressed`] and [`baseline::Outcome::known`], and
/// findings about unused or unreadable directives are added. `suppressions` are the
/// directives of the documents that have any ([`suppress::Suppressions::read`]). No I/O.
pub fn filter(
    report: CheckReport,
    suppressions: Vec<(usize, suppress::Suppressions)>,
    baseline: Option<&baseline::Baseline>,
) -> CheckReport {
    let report = suppress::apply(report, suppressions);
    match baseline {
        Some(b) => baseline::apply(report, b),
        None => report,
    }
}

/// Checks every document's claims against the rule set, keeping every binding.
pub fn check(docs: &[DocumentClaims], rules: &RuleSet, opts: &CheckOptions) -> CheckReport {
    let index = RuleIndex::new(&rules.facts);
    let per_doc: Vec<DocumentCheck> = docs
        .par_iter()
        .enumerate()
        .map(|(d, dc)| check_document(d, &dc.document, &dc.claims, rules, &index, opts))
        .collect();
    let mut join = Join::default();
    for (dc, check) in docs.iter().zip(per_doc) {
        join.add(dc.document.path.clone(), dc.claims.len(), check);
    }
    join.finish(rules)
}

/// What checking one document found on its own. Claims bound to facts without a value wait
/// in `stated` for [`Join`], which compares them across documents.
#[derive(Debug, Default)]
pub struct DocumentCheck {
    pub bindings: Vec<Binding>,
    /// How many claims were bound (kept when a streaming run drops `bindings`).
    pub bound: usize,
    /// Mismatches, ambiguous and rounded claims.
    pub findings: Vec<Finding>,
    pub near_misses: Vec<NearMiss>,
    pub stated: Vec<Stated>,
}

/// A claim bound to a fact without a value, with everything a conflict finding about it
/// needs, so its document can be dropped before the conflicts are known.
#[derive(Debug, Clone)]
pub struct Stated {
    pub fact: usize,
    pub document: usize,
    pub claim: Claim,
    /// The claim as written.
    pub text: Box<str>,
    pub line: usize,
    pub column: usize,
    pub period_assumed: bool,
    /// The claim's sentence.
    pub excerpt: Excerpt,
    /// The sentence's prose ([`Document::prose`]), when it differs from the sentence as
    /// written (Markdown markup); most do not, and a corpus has many stated claims.
    pub prose: Option<Box<str>>,
}

impl Stated {
    fn new(doc: &Document, b: &Binding, claim: &Claim) -> Stated {
        let (line, column) = doc.line_col(claim.span.start);
        let excerpt = doc.excerpt(claim.sentence);
        let prose = doc.prose(claim.sentence);
        Stated {
            fact: b.fact,
            document: b.document,
            claim: claim.clone(),
            text: doc.slice(claim.span).into(),
            line,
            column,
            period_assumed: b.period_assumed,
            prose: (*prose != *excerpt.text).then(|| prose.into()),
            excerpt,
        }
    }

    /// The other side of a conflict, as a related place.
    fn related(&self, path: &str) -> Related {
        Related {
            path: path.to_string(),
            line: self.line,
            column: self.column,
            span: self.claim.span,
            text: self.text.to_string(),
            message: {
                let mut says = String::with_capacity(self.text.len() + 32);
                says.push_str("says ");
                write_claim(&mut says, &self.claim, &self.text);
                says
            },
            excerpt: self.excerpt.clone(),
        }
    }
}

/// Binds a document's claims (document index `d`) and judges those bound to facts with a
/// value; claims about facts without a value are kept for [`Join`]. `claims` are all the
/// document's claims, or those of a run of whole sentences (bindings then count claims
/// from the run's start).
pub fn check_document(
    d: usize,
    doc: &Document,
    claims: &[Claim],
    rules: &RuleSet,
    index: &RuleIndex,
    opts: &CheckOptions,
) -> DocumentCheck {
    let (bindings, mut findings, near_misses) = bind_document(d, doc, claims, rules, index, opts);
    let mut stated = Vec::new();
    for b in &bindings {
        let fact = &rules.facts[b.fact];
        let claim = &claims[b.claim];
        if fact.value.is_none() {
            stated.push(Stated::new(doc, b, claim));
        } else if let Some(f) = verdict(doc, b, fact, claim, rules, opts) {
            findings.push(f);
        }
    }
    DocumentCheck {
        bound: bindings.len(),
        bindings,
        findings,
        near_misses,
        stated,
    }
}

impl DocumentCheck {
    /// Adds what a later run of the same document's sentences (or, once numbered, a later
    /// document) found. Bindings and near misses count claims from their own run's start,
    /// so a caller that keeps them must not split a document.
    pub fn append(&mut self, mut later: DocumentCheck) {
        self.bound += later.bound;
        self.bindings.append(&mut later.bindings);
        self.findings.append(&mut later.findings);
        self.near_misses.append(&mut later.near_misses);
        self.stated.append(&mut later.stated);
    }

    /// Gives everything found the document's index in the run.
    fn renumber(&mut self, d: usize) {
        self.bindings.iter_mut().for_each(|b| b.document = d);
        self.findings.iter_mut().for_each(|f| f.document = d);
        self.near_misses.iter_mut().for_each(|m| m.document = d);
        self.stated.iter_mut().for_each(|s| s.document = d);
    }
}

/// Joins the checks of documents, one at a time and in document order, then compares the
/// claims about facts without a value across them ([`Join::finish`]). A streaming run adds
/// each document as it is checked, so only what the checks found is ever held.
#[derive(Debug, Default)]
pub struct Join {
    /// Everything found so far, numbered by document.
    found: DocumentCheck,
    paths: Vec<String>,
    claims: usize,
}

impl Join {
    /// Adds the next document's check; it becomes document [`Join::len`] of the run,
    /// whatever index it was checked under (a run learns a document's index only once every
    /// input before it has been read or has failed).
    pub fn add(&mut self, path: String, claims: usize, mut check: DocumentCheck) {
        check.renumber(self.len());
        self.found.append(check);
        self.paths.push(path);
        self.claims += claims;
    }

    /// How many documents were added.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds the conflicts between documents and sorts the findings.
    pub fn finish(self, rules: &RuleSet) -> CheckReport {
        let found = self.found;
        let mut findings = found.findings;
        findings.extend(conflicts(&found.stated, &self.paths, rules));
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        CheckReport {
            findings,
            bindings: found.bindings,
            bound: found.bound,
            near_misses: found.near_misses,
            paths: self.paths,
            claims: self.claims,
            ..CheckReport::default()
        }
    }
}

/// Binds the claims of one document, sentence by sentence.
fn bind_document(
    d: usize,
    doc: &Document,
    claims: &[Claim],
    rules: &RuleSet,
    index: &RuleIndex,
    opts: &CheckOptions,
) -> (Vec<Binding>, Vec<Finding>, Vec<NearMiss>) {
    let cx = BindCtx {
        doc,
        d,
        facts: &rules.facts,
        opts,
    };
    let groups = sentence_groups(claims);
    if claims.len() < PARALLEL_CLAIMS {
        return bind_sentences(&cx, claims, &groups, index);
    }
    // A large document: runs of sentences bound in parallel, joined in order.
    let runs: Vec<_> = groups
        .par_chunks(SENTENCES_PER_TASK)
        .map(|run| bind_sentences(&cx, claims, run, index))
        .collect();
    let mut out = (Vec::new(), Vec::new(), Vec::new());
    for (b, f, m) in runs {
        out.0.extend(b);
        out.1.extend(f);
        out.2.extend(m);
    }
    out
}

/// Documents with at least this many claims are bound in parallel runs of sentences.
const PARALLEL_CLAIMS: usize = 20_000;
const SENTENCES_PER_TASK: usize = 1024;

/// The claims of each sentence, as index ranges (claims come in text order).
fn sentence_groups(claims: &[Claim]) -> Vec<std::ops::Range<usize>> {
    let mut groups = Vec::new();
    let mut start = 0;
    for k in 1..=claims.len() {
        if k == claims.len() || claims[k].sentence != claims[start].sentence {
            groups.push(start..k);
            start = k;
        }
    }
    groups
}

/// Binds the claims of the given sentences.
fn bind_sentences(
    cx: &BindCtx,
    claims: &[Claim],
    groups: &[std::ops::Range<usize>],
    index: &RuleIndex,
) -> (Vec<Binding>, Vec<Finding>, Vec<NearMiss>) {
    let doc = cx.doc;
    let mut bindings = Vec::new();
    let mut findings = Vec::new();
    let mut misses = Vec::new();
    let mut hits = SentenceHits::default();
    let mut matched = Matched::default();
    for group in groups {
        let sentence = claims[group.start].sentence;
        index.scan(&doc.text, sentence, &mut hits);
        if hits.candidates.is_empty() {
            continue;
        }
        index.matched(&doc.text, sentence, &hits, &mut matched);
        let mut in_sentence: Vec<(Binding, usize)> = Vec::new();
        for c in group.clone() {
            let claim = &claims[c];
            if claim.kind != ClaimKind::Quantity {
                continue;
            }
            match bind(cx, claim, c, &matched, &mut misses) {
                Bound::One(b, dist) => in_sentence.push((b, dist)),
                Bound::Tie(a, b) => {
                    findings.push(ambiguous(doc, cx.d, claim, &cx.facts[a], &cx.facts[b]))
                }
                Bound::None => {}
            }
        }
        bindings.extend(nearest_per_fact(in_sentence, cx.opts, &mut misses));
    }
    (bindings, findings, misses)
}

/// A sentence states a fact once: when several of its claims bind to the same fact, the
/// one nearest the fact's words keeps it ("600 institutions in the two countries").
fn nearest_per_fact(
    mut bound: Vec<(Binding, usize)>,
    opts: &CheckOptions,
    misses: &mut Vec<NearMiss>,
) -> Vec<Binding> {
    bound.sort_by_key(|(b, dist)| (b.fact, *dist, b.claim));
    let mut kept: Vec<Binding> = Vec::with_capacity(bound.len());
    for (b, _) in bound {
        match kept.last() {
            Some(prev) if prev.fact == b.fact => {
                if opts.explain == Some(b.fact) {
                    misses.push(NearMiss {
                        document: b.document,
                        claim: b.claim,
                        reason: Miss::Nearer { claim: prev.claim },
                    });
                }
            }
            _ => kept.push(b),
        }
    }
    kept.sort_by_key(|b| b.claim);
    kept
}

enum Bound {
    One(Binding, usize),
    Tie(usize, usize),
    None,
}

/// What binding needs to know about the document being bound.
struct BindCtx<'a> {
    doc: &'a Document,
    d: usize,
    facts: &'a [Fact],
    opts: &'a CheckOptions,
}

/// Picks the fact a claim is about, among the facts whose words its sentence holds.
fn bind(
    cx: &BindCtx,
    claim: &Claim,
    c: usize,
    matched: &Matched,
    misses: &mut Vec<NearMiss>,
) -> Bound {
    let (d, facts, opts, date) = (cx.d, cx.facts, cx.opts, cx.doc.date);
    let text = cx.doc.text.as_str();
    let mut fits: Vec<(usize, u8, usize, bool)> = Vec::new();
    for m in matched.facts() {
        let fact = &facts[m.fact];
        let miss = |reason| NearMiss {
            document: d,
            claim: c,
            reason,
        };
        if claim.quantity.base.unit != fact.base_unit || claim.quantity.dimension != fact.dimension
        {
            if opts.explain == Some(m.fact) {
                misses.push(miss(Miss::Unit {
                    claim: claim.quantity.unit,
                    fact: fact.unit,
                }));
            }
            continue;
        }
        match period_fit(claim.period, fact.period, date) {
            Some((rank, assumed)) => fits.push((
                matched.distance(m, text, claim.span, claim.noun(text).unwrap_or("")),
                rank,
                m.fact,
                assumed,
            )),
            None => {
                if opts.explain == Some(m.fact) {
                    misses.push(miss(Miss::Period {
                        claim: claim.period,
                        fact: fact.period,
                        document_date: date,
                    }));
                }
            }
        }
    }
    fits.sort_unstable();
    let Some(&(dist, rank, best, assumed)) = fits.first() else {
        return Bound::None;
    };
    if let Some(&(d2, r2, second, _)) = fits.get(1) {
        if (d2, r2) == (dist, rank) {
            for (f, other) in [(best, second), (second, best)] {
                if opts.explain == Some(f) {
                    misses.push(NearMiss {
                        document: d,
                        claim: c,
                        reason: Miss::Ambiguous { with: other },
                    });
                }
            }
            return Bound::Tie(best, second);
        }
        for &(_, _, f, _) in &fits[1..] {
            if opts.explain == Some(f) {
                misses.push(NearMiss {
                    document: d,
                    claim: c,
                    reason: Miss::Outranked { by: best },
                });
            }
        }
    }
    Bound::One(
        Binding {
            document: d,
            claim: c,
            fact: best,
            period_assumed: assumed,
        },
        dist,
    )
}

/// Whether a claim's period fits a fact's: `Some((rank, assumed))`, lower rank is tighter.
/// A claim without a period fits a period-scoped fact unless the document predates it.
fn period_fit(
    claim: Option<Period>,
    fact: Option<Period>,
    date: Option<Date>,
) -> Option<(u8, bool)> {
    match (claim, fact) {
        (Some(c), Some(f)) => (c == f).then_some((0, false)),
        (None, Some(f)) => {
            let predates = date.is_some_and(|d| d < period_start(f));
            (!predates).then_some((2, true))
        }
        (_, None) => Some((1, false)),
    }
}

/// The first day of a period. A fiscal year may start in the previous calendar year.
fn period_start(p: Period) -> Date {
    let ymd = |y: i16, m: i8| Date::new(y, m, 1).unwrap_or(Date::MIN);
    match p {
        Period::Year(y) | Period::Years(y, _) => ymd(y, 1),
        Period::FiscalYear(y) => ymd(y - 1, 1),
        Period::Half(y, h) => ymd(y, if h == 2 { 7 } else { 1 }),
        Period::Quarter(y, q) => ymd(y, (q as i8 - 1) * 3 + 1),
        Period::Month(y, m) | Period::Day(y, m, _) => ymd(y, m as i8),
    }
}

/// The claim's interval in base units, signed by its direction ("down 21%" is about -21).
pub fn signed_base(claim: &Claim) -> (Option<f64>, Interval) {
    let b = &claim.quantity.base;
    if claim.direction == Some(Direction::Down) {
        let i = b.interval;
        let flipped = Interval {
            low: i.high.map(|v| -v),
            high: i.low.map(|v| -v),
            low_open: i.high_open,
            high_open: i.low_open,
        };
        (b.value.map(|v| -v), flipped)
    } else {
        (b.value, b.interval)
    }
}

/// Do two intervals share a point?
pub fn overlaps(a: &Interval, b: &Interval) -> bool {
    let below = |hi: Option<f64>, hi_open: bool, lo: Option<f64>, lo_open: bool| match (hi, lo) {
        (Some(h), Some(l)) => h < l || (h == l && (hi_open || lo_open)),
        _ => false,
    };
    !below(a.high, a.high_open, b.low, b.low_open) && !below(b.high, b.high_open, a.low, a.low_open)
}

/// Is `inner` inside `outer`?
fn within(inner: &Interval, outer: &Interval) -> bool {
    let lo_ok = match (outer.low, inner.low) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => i > o || (i == o && (!outer.low_open || inner.low_open)),
    };
    let hi_ok = match (outer.high, inner.high) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(o), Some(i)) => i < o || (i == o && (!outer.high_open || inner.high_open)),
    };
    lo_ok && hi_ok
}

/// The finding for a bound claim against a fact with a value, if any.
fn verdict(
    doc: &Document,
    b: &Binding,
    fact: &Fact,
    claim: &Claim,
    rules: &RuleSet,
    opts: &CheckOptions,
) -> Option<Finding> {
    let expected = fact.expected_interval()?;
    let (value, interval) = signed_base(claim);
    if !overlaps(&interval, &expected) {
        let message = format!(
            "claims {}, but the fact is {}",
            describe_claim(claim, doc.slice(claim.span)),
            describe_fact(fact)
        );
        let mut f = finding(Code::Mismatch, fact.severity, doc, b, claim, message);
        f.with_fact(fact, rules);
        return Some(f);
    }
    let exact = match value {
        Some(v) => expected.contains(v),
        None => within(&interval, &expected),
    };
    if exact || !opts.show_rounded {
        return None;
    }
    let message = format!(
        "claims {}, which agrees with the fact only through rounding or its hedge",
        describe_claim(claim, doc.slice(claim.span))
    );
    let mut f = finding(Code::Rounded, Severity::Info, doc, b, claim, message);
    f.with_fact(fact, rules);
    Some(f)
}

/// "down 21% for 2025-09", "more than US$250 billion": the claim (written as `text`) as the
/// checker read it.
pub fn describe_claim(claim: &Claim, text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 24);
    write_claim(&mut s, claim, text);
    s
}

/// Appends [`describe_claim`]'s words to `s`; conflicts write one per related claim, so
/// this allocates nothing of its own.
fn write_claim(s: &mut String, claim: &Claim, text: &str) {
    match claim.direction {
        Some(Direction::Up) => s.push_str("up "),
        Some(Direction::Down) => s.push_str("down "),
        None => {}
    }
    if let Some(h) = claim.hedge.map(|h| h.as_str()).filter(|&h| h != "range") {
        s.extend(h.chars().map(|c| if c == '_' { ' ' } else { c }));
        s.push(' ');
    }
    s.push_str(text);
    if let Some(p) = claim.period {
        use std::fmt::Write;
        let _ = write!(s, " for {p}");
    }
}

fn describe_fact(fact: &Fact) -> String {
    let value = fact
        .value
        .as_ref()
        .map_or("(no value)".to_string(), |v| v.text.clone());
    let tol = tolerance_text(fact.tolerance);
    let period = fact.period.map(|p| format!(" for {p}")).unwrap_or_default();
    format!("{value} ({tol}){period}")
}

pub fn tolerance_text(t: Tolerance) -> String {
    match t {
        Tolerance::Relative(r) => format!("±{}%", crate::report::human::fmt_num(r * 100.0)),
        Tolerance::Absolute(a) => format!("±{}", crate::report::human::fmt_num(a)),
        Tolerance::Exact => "exact".to_string(),
    }
}

/// A finding about a claim, without its fact (see [`Finding::with_fact`]).
fn finding(
    code: Code,
    severity: Severity,
    doc: &Document,
    b: &Binding,
    claim: &Claim,
    message: String,
) -> Finding {
    let at = (doc, b.document);
    let mut f = Finding::at(code, severity, at, claim.span, claim.sentence, message);
    f.claimed = Some(claimed(claim, b.period_assumed));
    f
}

/// What a claim says, for its finding.
fn claimed(claim: &Claim, period_assumed: bool) -> Claimed {
    let (base_value, base_interval) = signed_base(claim);
    Claimed {
        value: claim.quantity.value,
        unit: claim.quantity.unit,
        interval: claim.quantity.interval,
        base: BaseValue {
            value: base_value,
            unit: claim.quantity.base.unit,
            interval: base_interval,
        },
        hedge: claim.hedge.map(|h| h.as_str()),
        direction: claim.direction,
        period: claim.period,
        period_assumed,
    }
}

impl Finding {
    /// Names the fact and what it expects.
    fn with_fact(&mut self, fact: &Fact, rules: &RuleSet) {
        self.fact = Some(fact.id.clone());
        self.expected = Some(expected(fact, rules));
    }
}

fn expected(f: &Fact, rules: &RuleSet) -> Expected {
    Expected {
        about: f.about.clone(),
        value: f.value.as_ref().map(|v| v.text.clone()),
        interval: f.expected_interval(),
        unit: f.base_unit,
        tolerance: tolerance_text(f.tolerance),
        period: f.period,
        rule_file: rules
            .sources
            .get(f.origin.source)
            .map(|s| s.path.clone())
            .unwrap_or_default(),
        rule_line: f.origin.line,
        sources: f.sources.clone(),
    }
}

fn ambiguous(doc: &Document, d: usize, claim: &Claim, a: &Fact, b: &Fact) -> Finding {
    let message = format!(
        "claims {}, which fits this fact and {} equally well, so it was not checked",
        describe_claim(claim, doc.slice(claim.span)),
        b.id
    );
    let binding = Binding {
        document: d,
        claim: 0,
        fact: 0,
        period_assumed: false,
    };
    let mut f = finding(
        Code::Ambiguous,
        Severity::Info,
        doc,
        &binding,
        claim,
        message,
    );
    f.fact = Some(a.id.clone());
    f
}

/// A claim about a fact without a value, placed on the number line.
struct Placed {
    fact: usize,
    /// Index into the stated claims.
    stated: usize,
    low: f64,
    high: f64,
}

/// Claims about a fact without a value must agree across documents. Claims are sorted by
/// their tolerance-widened intervals and swept into clusters of mutually overlapping
/// intervals; with more than one cluster, every claim outside the largest is a conflict that
/// names the claims on the other side. Cost: O(n log n) per fact. `paths[d]` is document
/// `d`'s path.
///
/// Public only so that `benches/check.rs` can time this step alone; call [`check`].
#[doc(hidden)]
pub fn conflicts(stated: &[Stated], paths: &[String], rules: &RuleSet) -> Vec<Finding> {
    let mut placed: Vec<Placed> = stated
        .iter()
        .enumerate()
        .map(|(k, s)| place(s, &rules.facts[s.fact], k))
        .collect();
    // One sort groups by fact and orders each fact's claims by their low end.
    placed.sort_unstable_by(|a, b| {
        (a.fact.cmp(&b.fact))
            .then(a.low.total_cmp(&b.low))
            .then(a.stated.cmp(&b.stated))
    });
    let mut out = Vec::new();
    for members in placed.chunk_by(|a, b| a.fact == b.fact) {
        let clusters = sweep(members);
        if clusters.len() < 2 {
            continue;
        }
        let fact = &rules.facts[members[0].fact];
        let reference = reference_cluster(&clusters, members, stated);
        let mut others: Vec<&Stated> = clusters[reference]
            .clone()
            .map(|q| &stated[members[q].stated])
            .collect();
        others.sort_by_key(|o| (&paths[o.document], o.claim.span.start));
        let related: Arc<[Related]> = others
            .iter()
            .map(|o| o.related(&paths[o.document]))
            .collect();
        for (ci, cluster) in clusters.iter().enumerate() {
            if ci != reference {
                for p in cluster.clone() {
                    let s = &stated[members[p].stated];
                    out.push(conflict(s, &paths[s.document], &related, fact, rules));
                }
            }
        }
    }
    out
}

/// Where a claim sits for agreement: a plain figure is a point, a hedged figure or a range
/// its interval; either is widened by half the tolerance each side, so two plain figures
/// agree when they differ by at most the tolerance ("two-day" and "3-day" do not, although
/// their rounding intervals touch).
fn place(s: &Stated, fact: &Fact, stated: usize) -> Placed {
    let claim = &s.claim;
    let (value, i) = signed_base(claim);
    let plain = matches!(claim.hedge, None | Some(crate::claim::Hedge::Exactly));
    let (lo, hi) = match value {
        Some(v) if plain => (v, v),
        _ => (
            i.low.unwrap_or(f64::NEG_INFINITY),
            i.high.unwrap_or(f64::INFINITY),
        ),
    };
    let mid = if lo.is_finite() && hi.is_finite() {
        (lo + hi) / 2.0
    } else if lo.is_finite() {
        lo
    } else {
        hi
    };
    let half = fact.tolerance_width(mid) / 2.0;
    Placed {
        fact: s.fact,
        stated,
        low: lo - half,
        high: hi + half,
    }
}

/// Splits intervals sorted by low end into runs that overlap (transitively).
fn sweep(placed: &[Placed]) -> Vec<std::ops::Range<usize>> {
    let mut clusters = Vec::new();
    let mut start = 0;
    let mut reach = f64::NEG_INFINITY;
    for (i, p) in placed.iter().enumerate() {
        if i > start && p.low > reach {
            clusters.push(start..i);
            start = i;
            reach = f64::NEG_INFINITY;
        }
        reach = reach.max(p.high);
    }
    if !placed.is_empty() {
        clusters.push(start..placed.len());
    }
    clusters
}

/// The cluster most documents agree on (ties: the one holding the earliest document).
fn reference_cluster(
    clusters: &[std::ops::Range<usize>],
    placed: &[Placed],
    stated: &[Stated],
) -> usize {
    let key = |c: &std::ops::Range<usize>| {
        let mut docs: Vec<usize> = c
            .clone()
            .map(|p| stated[placed[p].stated].document)
            .collect();
        docs.sort_unstable();
        docs.dedup();
        (std::cmp::Reverse(docs.len()), docs[0])
    };
    (0..clusters.len())
        .min_by_key(|&i| key(&clusters[i]))
        .unwrap_or(0)
}

/// How many of the other side's claims a conflict's message names; `related` lists them all.
const NAMED_IN_MESSAGE: usize = 3;

fn conflict(
    s: &Stated,
    path: &str,
    related: &Arc<[Related]>,
    fact: &Fact,
    rules: &RuleSet,
) -> Finding {
    let mut others_text = related
        .iter()
        .take(NAMED_IN_MESSAGE)
        .map(|r| format!("{} ({})", r.text, r.path))
        .collect::<Vec<_>>()
        .join(", ");
    if related.len() > NAMED_IN_MESSAGE {
        let more = related.len() - NAMED_IN_MESSAGE;
        others_text.push_str(&format!(" and {more} more"));
    }
    let message = format!(
        "claims {}, but other articles say {}",
        describe_claim(&s.claim, &s.text),
        others_text
    );
    let mut f = Finding {
        code: Code::Conflict,
        severity: fact.severity,
        fact: None,
        message,
        path: path.to_string(),
        line: s.line,
        column: s.column,
        span: s.claim.span,
        text: s.text.to_string(),
        sentence: s.claim.sentence,
        claimed: Some(claimed(&s.claim, s.period_assumed)),
        expected: None,
        related: Arc::clone(related),
        document: s.document,
        excerpt: s.excerpt.clone(),
        prose: s.prose.as_deref().unwrap_or(&s.excerpt.text).to_string(),
    };
    f.with_fact(fact, rules);
    f
}

#[cfg(test)]
mod tests;
