//! The rule index: every match phrase of every fact in one automaton ([`Phrases`]), so finding
//! the facts a sentence may be about costs one pass over the sentence, however many facts
//! there are. Regex terms are kept per fact and run only for facts the phrases nominate (or,
//! for facts whose positive terms are all regexes, for every sentence with a claim).

use super::phrases::Phrases;
use crate::rules::{Fact, Matcher, Term};
use crate::span::Span;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A term of a fact's matcher: a phrase in the automaton, or a regex.
#[derive(Debug, Clone)]
enum TermRef {
    Phrase(usize),
    Regex(Regex),
}

#[derive(Debug, Default, Clone)]
struct FactTerms {
    all: Vec<TermRef>,
    any: Vec<TermRef>,
    none: Vec<TermRef>,
}

/// Facts indexed by their match terms.
#[derive(Debug)]
pub struct RuleIndex {
    phrases: Option<Phrases>,
    /// For each phrase: the facts that use it positively (in `all` or `any`).
    nominates: Vec<Vec<usize>>,
    terms: Vec<FactTerms>,
    /// Facts with no positive phrase: tried in every sentence.
    always: Vec<usize>,
}

/// Where each phrase occurs in one sentence (absolute byte spans).
#[derive(Debug, Default)]
pub struct SentenceHits {
    hits: Vec<Vec<Span>>,
    /// The phrases with hits, so the next scan clears only those (not one list per phrase
    /// of the whole rule set).
    touched: Vec<usize>,
    pub candidates: Vec<usize>,
}

/// The facts whose matchers hold in one sentence, and where their terms were found. Kept
/// from sentence to sentence, so that finding them allocates nothing once it has grown.
#[derive(Debug, Default)]
pub struct Matched {
    facts: Vec<MatchedFact>,
    /// The spans of every term group, one group after another.
    spans: Vec<Span>,
    /// Where each group's spans end in `spans`.
    group_ends: Vec<usize>,
}

/// A fact whose matcher holds in a sentence.
#[derive(Debug, Clone)]
pub struct MatchedFact {
    pub fact: usize,
    /// Its positive term groups (each `all` term, and `any` as one group), as indexes of
    /// [`Matched::group_ends`].
    groups: Range<usize>,
}

impl RuleIndex {
    pub fn new(facts: &[Fact]) -> RuleIndex {
        let mut phrases: Vec<String> = Vec::new();
        let mut ids: FxHashMap<String, usize> = FxHashMap::default();
        let mut intern = |p: &str| -> usize {
            *ids.entry(p.to_string()).or_insert_with(|| {
                phrases.push(p.to_string());
                phrases.len() - 1
            })
        };
        let terms: Vec<FactTerms> = facts
            .iter()
            .map(|fact| {
                let m: &Matcher = &fact.matcher;
                let mut conv = |list: &[Term]| -> Vec<TermRef> {
                    list.iter()
                        .map(|t| match t {
                            Term::Phrase(p) => TermRef::Phrase(intern(p)),
                            Term::Regex(r) => TermRef::Regex(r.clone()),
                        })
                        .collect()
                };
                FactTerms {
                    all: conv(&m.all),
                    any: conv(&m.any),
                    none: conv(&m.none),
                }
            })
            .collect();
        let (nominates, always) = nominations(&terms, phrases.len());
        let phrases = Phrases::new(&phrases);
        RuleIndex {
            phrases,
            nominates,
            terms,
            always,
        }
    }

    /// Scans one sentence (`text` is the whole document, `sentence` its span).
    pub fn scan(&self, text: &str, sentence: Span, out: &mut SentenceHits) {
        for &id in &out.touched {
            out.hits[id].clear();
        }
        out.touched.clear();
        if out.hits.len() != self.nominates.len() {
            out.hits.clear();
            out.hits.resize(self.nominates.len(), Vec::new());
        }
        out.candidates.clear();
        let raw = &text[sentence.range()];
        // Phrases are written with single spaces; a sentence wrapped across lines or spaced
        // twice is matched through a copy with each whitespace run made one space.
        let squeezed = squeeze_whitespace(raw);
        let (s, offsets) = match &squeezed {
            Some((s, offsets)) => (s.as_str(), Some(offsets)),
            None => (raw, None),
        };
        let original = |i: usize| offsets.map_or(i, |o| o[i]);
        if let Some(phrases) = &self.phrases {
            phrases.find(s, |id, start, end| {
                let span = Span::new(
                    sentence.start + original(start),
                    sentence.start + original(end - 1) + 1,
                );
                if out.hits[id].is_empty() {
                    out.touched.push(id);
                }
                out.hits[id].push(span);
                out.candidates.extend_from_slice(&self.nominates[id]);
            });
        }
        out.candidates.extend_from_slice(&self.always);
        out.candidates.sort_unstable();
        out.candidates.dedup();
    }

    /// The candidate facts whose matcher holds in the scanned sentence, into `out`.
    pub fn matched(&self, text: &str, sentence: Span, hits: &SentenceHits, out: &mut Matched) {
        out.facts.clear();
        out.spans.clear();
        out.group_ends.clear();
        let s = &text[sentence.range()];
        let present = |t: &TermRef| match t {
            TermRef::Phrase(id) => !hits.hits[*id].is_empty(),
            TermRef::Regex(r) => r.is_match(s),
        };
        let spans = |t: &TermRef, spans: &mut Vec<Span>| match t {
            TermRef::Phrase(id) => spans.extend_from_slice(&hits.hits[*id]),
            TermRef::Regex(r) => spans.extend(
                r.find_iter(s)
                    .map(|m| Span::new(sentence.start + m.start(), sentence.start + m.end())),
            ),
        };
        for &f in &hits.candidates {
            let ft = &self.terms[f];
            // Presence first: most candidates fail here.
            let holds = !ft.none.iter().any(present)
                && ft.all.iter().all(present)
                && (ft.any.is_empty() || ft.any.iter().any(present));
            if !holds {
                continue;
            }
            let first = out.group_ends.len();
            for t in &ft.all {
                spans(t, &mut out.spans);
                out.group_ends.push(out.spans.len());
            }
            if !ft.any.is_empty() {
                ft.any.iter().for_each(|t| spans(t, &mut out.spans));
                out.group_ends.push(out.spans.len());
            }
            let groups = first..out.group_ends.len();
            out.facts.push(MatchedFact { fact: f, groups });
        }
    }
}

/// Which phrases nominate which facts, and which facts must be tried in every sentence.
///
/// A fact is nominated by as few phrases as will never miss it, so that a word many facts
/// share ("revenue") does not make every one of them a candidate: by its rarest `all` phrase
/// (every `all` term must occur, so that one must), else by each of its `any` phrases when
/// they are all phrases. A fact that a regex alone could match is tried everywhere.
fn nominations(terms: &[FactTerms], phrases: usize) -> (Vec<Vec<usize>>, Vec<usize>) {
    let phrase_ids = |list: &[TermRef]| -> Vec<usize> {
        list.iter()
            .filter_map(|t| match t {
                TermRef::Phrase(id) => Some(*id),
                TermRef::Regex(_) => None,
            })
            .collect()
    };
    let mut uses = vec![0usize; phrases];
    for ft in terms {
        for id in phrase_ids(&ft.all).into_iter().chain(phrase_ids(&ft.any)) {
            uses[id] += 1;
        }
    }
    let mut nominates = vec![Vec::new(); phrases];
    let mut always = Vec::new();
    for (f, ft) in terms.iter().enumerate() {
        let all = phrase_ids(&ft.all);
        let any = phrase_ids(&ft.any);
        if let Some(&rarest) = all.iter().min_by_key(|&&id| (uses[id], id)) {
            nominates[rarest].push(f);
        } else if !ft.any.is_empty() && any.len() == ft.any.len() {
            for id in any {
                if nominates[id].last() != Some(&f) {
                    nominates[id].push(f);
                }
            }
        } else {
            always.push(f);
        }
    }
    (nominates, always)
}

/// The sentence with every whitespace run made one space, and for each byte of it the byte
/// it came from; `None` when the sentence has nothing to squeeze (the common case).
fn squeeze_whitespace(s: &str) -> Option<(String, Vec<usize>)> {
    // Bytes that start any whitespace other than a single space (a cheap over-approximation:
    // a false alarm only takes the slow, exact path).
    let odd_space = s.as_bytes().iter().any(|&b| {
        matches!(
            b,
            b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0xC2 | 0xE1 | 0xE2 | 0xE3
        )
    });
    let plain = !odd_space && !s.contains("  ");
    if plain {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len());
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                offsets.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        out.push(c);
        offsets.extend((0..c.len_utf8()).map(|k| i + k));
    }
    Some((out, offsets))
}

impl Matched {
    pub fn facts(&self) -> &[MatchedFact] {
        &self.facts
    }

    fn group(&self, g: usize) -> &[Span] {
        let start = g.checked_sub(1).map_or(0, |k| self.group_ends[k]);
        &self.spans[start..self.group_ends[g]]
    }

    /// How far a matched fact's words stand from a claim: for each term group, the nearest
    /// occurrence; the score is the farthest of those (every required word must be near).
    /// A word that is the claim's own counted noun ("600 institutions") is at distance 0.
    pub fn distance(&self, m: &MatchedFact, text: &str, claim: Span, noun: &str) -> usize {
        let own_noun = |s: Span| {
            let word = &text[s.range()];
            !noun.is_empty()
                && noun.len() >= word.len()
                && noun[..word.len()].eq_ignore_ascii_case(word)
        };
        m.groups
            .clone()
            .map(|g| {
                self.group(g)
                    .iter()
                    .map(|&s| if own_noun(s) { 0 } else { gap(s, claim) })
                    .min()
                    .unwrap_or(usize::MAX)
            })
            .max()
            .unwrap_or(usize::MAX)
    }
}

fn gap(a: Span, b: Span) -> usize {
    // Zero when they overlap; otherwise the bytes between them.
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}
