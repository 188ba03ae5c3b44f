//! Finding the rule set's match phrases in a sentence, as whole words.
//!
//! All phrases sit in one Aho-Corasick automaton (a contiguous NFA), walked anchored from
//! each place a phrase may start: where no letter or digit comes before, and the first two
//! bytes there begin some phrase (two small tables say so without entering the automaton). A
//! walk stops at the first byte no phrase continues with, so most words cost a few steps
//! whatever the number of phrases.
//!
//! Why not one unanchored scan of the sentence: with thousands of phrases the automaton is
//! many megabytes, and an unanchored scan sits deep in it at every byte, missing the cache
//! (as a DFA, with ten thousand facts, it was 15% of a whole run on dense text). The anchored
//! walks keep to the states near the root, and the NFA is quicker to build than a DFA (ten
//! thousand facts load and index in 78 ms, not 102).
//!
//! Matching is ASCII case-insensitive: phrases are stored lower-cased, and "Trade" or
//! "TRADE" in a sentence match `trade`.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

/// A set of phrases, each known by its index in the list it was built from.
#[derive(Debug, Clone)]
pub struct Phrases {
    automaton: NFA,
    /// For each byte: [`FIRST`] when some phrase starts with it (in either ASCII case),
    /// [`WORD`] when it is an ASCII letter or digit.
    bytes: [u8; 256],
    /// The pairs of bytes some phrase starts with, ASCII lower-cased, as a bit set: most
    /// word starts are ruled out here without entering the automaton.
    pairs: Box<[u64; 1024]>,
}

const FIRST: u8 = 1;
const WORD: u8 = 2;

/// A bit for two bytes, ASCII lower-cased.
fn pair(a: u8, b: u8) -> (usize, u64) {
    let key = usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase());
    (key / 64, 1 << (key % 64))
}

impl Phrases {
    /// `None` when there is no phrase to find.
    pub fn new(phrases: &[String]) -> Option<Phrases> {
        if phrases.is_empty() {
            return None;
        }
        let automaton = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases)
            .expect("phrases are plain strings, far fewer than the automaton's limit");
        let mut bytes = [0u8; 256];
        for (b, class) in (0..=255u8).zip(bytes.iter_mut()) {
            if b.is_ascii_alphanumeric() {
                *class |= WORD;
            }
        }
        for b in phrases.iter().filter_map(|p| p.as_bytes().first()) {
            bytes[usize::from(b.to_ascii_lowercase())] |= FIRST;
            bytes[usize::from(b.to_ascii_uppercase())] |= FIRST;
        }
        let mut pairs = Box::new([0u64; 1024]);
        for p in phrases.iter().map(|p| p.as_bytes()) {
            match *p {
                [a, b, ..] => {
                    let (word, bit) = pair(a, b);
                    pairs[word] |= bit;
                }
                // A phrase of one byte may be followed by anything.
                [a] => (0..=255).for_each(|b| {
                    let (word, bit) = pair(a, b);
                    pairs[word] |= bit;
                }),
                [] => {}
            }
        }
        Some(Phrases {
            automaton,
            bytes,
            pairs,
        })
    }

    /// Calls `found(phrase, start, end)` for every occurrence of a phrase in `s` as whole
    /// words (no letter or digit touches either end), in order of start, then end.
    pub fn find(&self, s: &str, mut found: impl FnMut(usize, usize, usize)) {
        let mut from = 0;
        while let Some(start) = self.next_start(s.as_bytes(), from) {
            if !after_letter(s, start) {
                self.walk(s, start, &mut found);
            }
            from = start + 1;
        }
    }

    /// The next place at or after `from` where a phrase may start: a byte pair some phrase
    /// starts with, after no ASCII letter or digit (whether a non-ASCII character before it
    /// is a letter is for the caller to ask). A tight loop of its own, kept apart from the
    /// walk: it runs over every byte of every sentence with a claim.
    #[inline(never)]
    fn next_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        // The class of the byte before, shifted: WORD there rules out FIRST here.
        let mut before = from
            .checked_sub(1)
            .map_or(0, |k| self.bytes[usize::from(bytes[k])]);
        for (i, &b) in bytes.iter().enumerate().skip(from) {
            let class = self.bytes[usize::from(b)];
            if class & !(before >> 1) & FIRST != 0 && self.may_start(bytes, i) {
                return Some(i);
            }
            before = class;
        }
        None
    }

    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let (word, bit) = pair(bytes[i], next);
        self.pairs[word] & bit != 0
    }

    /// Every phrase that starts at `start` and ends where no letter or digit follows.
    fn walk(&self, s: &str, start: usize, found: &mut impl FnMut(usize, usize, usize)) {
        let nfa = &self.automaton;
        let Ok(mut state) = nfa.start_state(Anchored::Yes) else {
            return;
        };
        for (depth, &byte) in s.as_bytes()[start..].iter().enumerate() {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                return;
            }
            let end = start + depth + 1;
            let whole = !s[end..].chars().next().is_some_and(char::is_alphanumeric);
            if !nfa.is_match(state) || !whole {
                continue;
            }
            for k in 0..nfa.match_len(state) {
                let id = nfa.match_pattern(state, k);
                // A state also holds the phrases that end here but start later (suffixes
                // of the path walked): those are found from their own start.
                if nfa.pattern_len(id) == end - start {
                    found(id.as_usize(), start, end);
                }
            }
        }
    }
}

/// Whether a non-ASCII letter or digit ends just before `i`.
fn after_letter(s: &str, i: usize) -> bool {
    i > 0
        && !s.as_bytes()[i - 1].is_ascii()
        && s[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn find_all(phrases: &[&str], s: &str) -> Vec<(usize, usize, usize)> {
        let list: Vec<String> = phrases.iter().map(|p| p.to_string()).collect();
        let mut out = Vec::new();
        if let Some(set) = Phrases::new(&list) {
            set.find(s, |id, start, end| out.push((id, start, end)));
        }
        out
    }

    /// The definition: every occurrence, ASCII case-insensitively, with no letter or digit
    /// just before or after.
    fn reference(phrases: &[&str], s: &str) -> Vec<(usize, usize, usize)> {
        let lower = s.to_ascii_lowercase();
        let mut out = Vec::new();
        for start in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            if s[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            for (id, p) in phrases.iter().enumerate() {
                let end = start + p.len();
                let whole = end <= s.len()
                    && s.is_char_boundary(end)
                    && !s[end..].chars().next().is_some_and(char::is_alphanumeric);
                if !p.is_empty() && whole && lower[start..end] == p.to_ascii_lowercase() {
                    out.push((id, start, end));
                }
            }
        }
        out.sort_by_key(|&(id, start, end)| (start, end, id));
        out
    }

    #[test]
    fn whole_words_in_any_ascii_case() {
        let phrases = ["trade", "trade balance", "balance", "u.s."];
        let s = "Trade rose; the TRADE balance and the U.S. trademark, free-trade.";
        let got = find_all(&phrases, s);
        let words: Vec<&str> = got.iter().map(|&(_, a, b)| &s[a..b]).collect();
        assert_eq!(
            words,
            [
                "Trade",
                "TRADE",
                "TRADE balance",
                "balance",
                "U.S.",
                "trade"
            ]
        );
        assert_eq!(got, reference(&phrases, s));
    }

    #[test]
    fn a_phrase_inside_a_longer_one_is_found_at_its_own_start() {
        // "de" is a suffix of "trade": only a whole word "de" counts.
        assert_eq!(
            find_all(&["trade", "de"], "trade de"),
            [(0, 0, 5), (1, 6, 8)]
        );
        assert_eq!(
            find_all(&["gas", "natural gas"], "natural gas"),
            [(1, 0, 11), (0, 8, 11)]
        );
    }

    #[test]
    fn letters_beyond_ascii_are_word_characters() {
        // "ñ" before or after a phrase makes it part of a longer word.
        assert!(find_all(&["ino"], "niño").is_empty());
        assert!(find_all(&["ni"], "niño").is_empty());
        assert_eq!(find_all(&["año"], "el año 2024"), [(0, 3, 7)]);
        assert_eq!(find_all(&["exports"], "«exports»"), [(0, 2, 9)]);
    }

    #[test]
    fn nothing_to_find() {
        assert!(Phrases::new(&[]).is_none());
        assert!(find_all(&["gdp"], "").is_empty());
        assert!(find_all(&["gdp"], "No figures here.").is_empty());
    }

    proptest! {
        #[test]
        fn finds_what_the_definition_finds(
            phrases in prop::collection::vec("[a-cé][a-c .é]{0,5}", 1..8),
            s in "[a-cA-Cé .,ñ1]{0,40}",
        ) {
            let phrases: Vec<String> = phrases
                .into_iter()
                .map(|p| p.trim_end().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            let refs: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let mut got = find_all(&refs, &s);
            got.sort_by_key(|&(id, start, end)| (start, end, id));
            prop_assert_eq!(got, reference(&refs, &s));
        }
    }
}
