//! Skimming: the sentences that cannot hold a figure, passed over without tokenizing.
//!
//! Most sentences of news prose state no figure ("Talks broke down on Monday."), and
//! tokenizing is most of the extractor's cost. A figure starts (see `figure::could_start`)
//! at a digit, at a vulgar fraction ("½"), or at a word that is or needs a number word,
//! "half", "quarter" or a scale word ("three", "a million", "half a billion"): see
//! [`lexicon::figure_words`]. So a sentence of ASCII text, with at most the typographic
//! quotes, dashes and spaces of [`PLAIN`], and with no digit and none of those words, holds
//! no figure. Any other sentence is read in full; skimming only ever saves work.

use super::lexicon;
use crate::span::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Non-ASCII characters that are neither letters nor digits nor signs, and are common in
/// prose: quotes, dashes, the ellipsis and spaces. Any other non-ASCII character sends the
/// sentence to the tokenizer.
const PLAIN: &[char] = &[
    '\u{a0}', '«', '»', '‘', '’', '‚', '“', '”', '„', '‹', '›', '–', '—', '…', '\u{2009}',
    '\u{202f}',
];

/// Whether any of `pieces` of `text` may hold a figure. `false` is a promise: the extractor
/// would find none there.
pub fn may_hold_figure(text: &str, pieces: &[Span]) -> bool {
    pieces
        .iter()
        .any(|p| piece_may_hold_figure(&text[p.range()]))
}

/// Two passes, each quick over text that has none of what it looks for: one over blocks of
/// bytes, branch-free within a block, for digits and non-ASCII bytes; then figure words with
/// one automaton (most sentences have none, or only inside longer words: "one" in "money").
fn piece_may_hold_figure(piece: &str) -> bool {
    let mut beyond_ascii = false;
    for block in piece.as_bytes().chunks(64) {
        let (digit, high) = block.iter().fold((false, false), |(digit, high), b| {
            (digit | b.is_ascii_digit(), high | !b.is_ascii())
        });
        if digit {
            return true;
        }
        beyond_ascii |= high;
    }
    if beyond_ascii && !only_plain_beyond_ascii(piece) {
        return true;
    }
    has_figure_word(piece)
}

/// Whether every non-ASCII character of `piece` is [`PLAIN`].
fn only_plain_beyond_ascii(piece: &str) -> bool {
    piece.chars().all(|c| c.is_ascii() || PLAIN.contains(&c))
}

/// Whether a figure word occurs as a whole word, in any ASCII case. The search is
/// leftmost-longest, so a longer word at the same start ("sixty") is tried before a shorter
/// one ("six"), which could then not be whole anyway; a match inside a longer word is
/// skipped, and no whole word can start inside it.
fn has_figure_word(piece: &str) -> bool {
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(lexicon::figure_words())
            .expect("figure words are a few dozen plain words")
    });
    let bytes = piece.as_bytes();
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    WORDS.find_iter(piece).any(|m| {
        let before = m.start().checked_sub(1).is_some_and(letter);
        !before && !letter(m.end())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use proptest::prelude::*;

    fn skim(s: &str) -> bool {
        may_hold_figure(s, &[Span::new(0, s.len())])
    }

    #[test]
    fn sentences_without_digits_or_number_words_are_passed_over() {
        assert!(!skim(
            "Talks between the union and the board broke down on Monday."
        ));
        assert!(!skim("“Frankly, we expected worse,” she said — and left…"));
        assert!(!skim(
            "Someone phoned: it was often gone, and nothing was done."
        ));
        assert!(!skim(
            "A sixtyfold tenement, oftentimes threefold: halfway."
        ));
        assert!(!skim(""));
    }

    #[test]
    fn anything_that_may_be_a_figure_is_read() {
        for s in [
            "Sales rose 4%.",
            "Three ministers resigned.",
            "It cost a MILLION euros",
            "half a billion",
            "a quarter of the budget",
            "two dozen",
            "Ein Drittel — ½ der Stimmen",
            "a crore",
            "they hired twenty",
            "the ninety-nine",
            "“Sixty”",
            "TRILLION",
            "lakhs",
            "six",
            "Zürich voted",
            "prices fell \u{2212}",
        ] {
            assert!(skim(s), "{s}");
        }
    }

    #[test]
    fn a_skipped_sentence_would_yield_no_claim() {
        let x = Extractor::new();
        let corpus = [
            "The board met on Monday. Analysts were cautious about the outlook.",
            "Exports fell by a third. Imports rose by half. A quarter of staff left.",
            "One in ten voters agreed. The plan costs a billion dollars.",
            "Nearly a hundred people came. Officials said little in public.",
        ];
        for text in corpus {
            for (sentence, claims) in per_sentence(&x, text) {
                assert!(
                    claims == 0 || skim(&sentence),
                    "{sentence}: {claims} claims"
                );
            }
        }
    }

    /// Each sentence of `text` and the number of claims the full extractor finds in it.
    fn per_sentence(x: &Extractor, text: &str) -> Vec<(String, usize)> {
        let opts = crate::document::DocOptions::default();
        let Ok(doc) = crate::document::Document::parse_as(
            "-",
            text.into(),
            crate::document::Format::Text,
            &opts,
        ) else {
            return Vec::new();
        };
        let claims = x.extract_every_sentence(&doc);
        doc.sentences
            .iter()
            .map(|s| {
                let n = claims.iter().filter(|c| c.sentence == s.span).count();
                (doc.slice(s.span).to_string(), n)
            })
            .collect()
    }

    proptest! {
        /// Sentences made of figure words, near misses, digits and punctuation: whatever
        /// the full extractor finds a claim in, skimming must read.
        #[test]
        fn skimming_never_hides_a_claim(
            words in prop::collection::vec(prop::sample::select(vec![
                "a", "an", "half", "quarter", "third", "one", "Twelve", "ninety", "someone",
                "million", "Billion", "dozen", "lakh", "bn", "m", "per", "cent", "percent",
                "rose", "fell", "to", "of", "the", "exports", "year", "last", "in", "2024",
                "5", "3.2", "%", "$", "€", "½", "—", "“", "”", "-", "+", "\u{2212}", ",",
            ]), 1..14),
        ) {
            let x = Extractor::new();
            let text = format!("{}.", words.join(" "));
            for (sentence, claims) in per_sentence(&x, &text) {
                prop_assert!(claims == 0 || skim(&sentence), "{}: {} claims", sentence, claims);
            }
        }
    }
}
