//! Skimming: the sentences that cannot hold a figure, passed over without tokenizing.
//!
//! Most sentences of news prose state no figure ("Talks broke down on Monday."), and
//! tokenizing is most of the extractor's cost. A figure starts (see `figure::could_start`)
//! at a digit, at a vulgar fraction ("½"), or at a word that is or needs a number word,
//! "half", "quarter" or a scale word ("three", "a million", "half a billion"): see
//! [`lexicon::is_figure_word`]. So a sentence of ASCII text, with at most the typographic
//! quotes, dashes and spaces of [`PLAIN`], and with no digit and none of those words, holds
//! no figure. Any other sentence is read in full; skimming only ever saves work.

use super::lexicon;
use crate::span::Span;

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

fn piece_may_hold_figure(piece: &str) -> bool {
    let bytes = piece.as_bytes();
    // A digit is the common reason and the quickest to see: a branch-free pass over blocks
    // of bytes, before any word is looked at.
    let has_digit = |block: &[u8]| {
        block
            .iter()
            .fold(false, |seen, b| seen | b.is_ascii_digit())
    };
    if bytes.chunks(64).any(has_digit) {
        return true;
    }
    let mut word_start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_alphabetic() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take()
            && is_figure_word(&bytes[start..i])
        {
            return true;
        }
        if !b.is_ascii() && !plain_at(piece, i) {
            return true;
        }
    }
    word_start.is_some_and(|start| is_figure_word(&bytes[start..]))
}

/// Whether the non-ASCII byte at `i` is part of a [`PLAIN`] character. Continuation bytes
/// are judged with the character they continue.
fn plain_at(piece: &str, i: usize) -> bool {
    if !piece.is_char_boundary(i) {
        return true;
    }
    piece[i..]
        .chars()
        .next()
        .is_some_and(|c| PLAIN.contains(&c))
}

/// An ASCII word, lower-cased, against the figure words (which are at most 15 bytes).
fn is_figure_word(word: &[u8]) -> bool {
    let mut lower = [0u8; 15];
    let Some(buf) = lower.get_mut(..word.len()) else {
        return false;
    };
    buf.copy_from_slice(word);
    buf.make_ascii_lowercase();
    std::str::from_utf8(buf).is_ok_and(lexicon::is_figure_word)
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
