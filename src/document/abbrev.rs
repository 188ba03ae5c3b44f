//! Which full stops are not sentence ends: the abbreviation table and the initials rule.
//!
//! The table is data: add a word here, not a special case in the splitter. Lookups are
//! case-sensitive ("No. 10" is an abbreviation, "said no. Then" is not). This module does not
//! look at what follows the dot; the splitter does.

/// How a word ending in `.` behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence ("Dr. Smith", "U.S. Treasury", "e.g. Norway").
    Never,
    /// Ends a sentence unless a lowercase word follows ("etc. and", "5 p.m. on"). The splitter
    /// only cuts before uppercase letters, digits and quotes anyway; the entry documents the
    /// word and matters at plain-text line ends, where the next line's case decides.
    BeforeLowercase,
}

use Abbrev::{BeforeLowercase, Never};

/// Abbreviations, written without their final dot, sorted by byte value (a test checks it).
/// "pp." is deliberately absent: in factlint's prose it is percentage points, which do end
/// sentences ("fell 1.5 pp. The ...").
const TABLE: &[(&str, Abbrev)] = &[
    ("Adm", Never),
    ("Apr", Never),
    ("Aug", Never),
    ("Ave", Never),
    ("Capt", Never),
    ("Co", Never),
    ("Col", Never),
    ("Corp", Never),
    ("Dec", Never),
    ("Dept", Never),
    ("Dr", Never),
    ("Feb", Never),
    ("Fig", Never),
    ("Gen", Never),
    ("Gov", Never),
    ("Hon", Never),
    ("Inc", Never),
    ("Jan", Never),
    ("Jr", Never),
    ("Jul", Never),
    ("Jun", Never),
    ("Lt", Never),
    ("Ltd", Never),
    ("Mar", Never),
    ("Messrs", Never),
    ("Mr", Never),
    ("Mrs", Never),
    ("Ms", Never),
    ("Mt", Never),
    ("No", Never),
    ("Nos", Never),
    ("Nov", Never),
    ("Oct", Never),
    ("Ph.D", Never),
    ("Prof", Never),
    ("Rep", Never),
    ("Rev", Never),
    ("Sen", Never),
    ("Sep", Never),
    ("Sept", Never),
    ("Sgt", Never),
    ("Sr", Never),
    ("St", Never),
    ("Vol", Never),
    ("a.m", BeforeLowercase),
    ("al", Never),
    ("approx", Never),
    ("ca", Never),
    ("cf", Never),
    ("e.g", Never),
    ("est", Never),
    ("etc", BeforeLowercase),
    ("i.e", Never),
    ("p.m", BeforeLowercase),
    ("vs", Never),
];

/// How `before`, the text up to a single `.`, ends: as an abbreviation or not.
///
/// The word is the run of ASCII letters and dots before the stop ("U.S" in "the U.S.").
/// A run of single capitals ("J", "U.S", "J.R.R") is a set of initials and never ends a
/// sentence; that covers "U.S.", "U.K.", "U.N.", "E.U." and "J. Smith".
pub(crate) fn classify(before: &str) -> Option<Abbrev> {
    let word = last_word(before);
    if word.is_empty() {
        return None;
    }
    if is_initials(word) {
        return Some(Never);
    }
    if word.len() > KEY_BYTES {
        return None;
    }
    KEYS.binary_search(&key(word)).ok().map(|i| TABLE[i].1)
}

/// Every word of the table fits in a `u64`: the splitter looks up the word before every full
/// stop, and comparing integers is several times quicker than comparing strings.
const KEY_BYTES: usize = 8;

/// A word of at most [`KEY_BYTES`] bytes as an integer that sorts as the word does: its
/// bytes from the most significant end, padded with zeros (so "No" < "Nos", as strings).
const fn key(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut key = 0u64;
    let mut i = 0;
    while i < KEY_BYTES {
        key <<= 8;
        if i < bytes.len() {
            key |= bytes[i] as u64;
        }
        i += 1;
    }
    key
}

/// [`TABLE`]'s words as keys, in the same order.
const KEYS: [u64; TABLE.len()] = {
    let mut keys = [0; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        keys[i] = key(TABLE[i].0);
        i += 1;
    }
    keys
};

/// The trailing run of ASCII letters and dots, without leading dots.
fn last_word(before: &str) -> &str {
    let bytes = before.as_bytes();
    let start = bytes
        .iter()
        .rposition(|b| !(b.is_ascii_alphabetic() || *b == b'.'))
        .map_or(0, |i| i + 1);
    before[start..].trim_start_matches('.')
}

/// "J", "U.S", "J.R.R": single capitals separated by dots.
fn is_initials(word: &str) -> bool {
    word.split('.')
        .all(|part| part.len() == 1 && part.as_bytes()[0].is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        // The keys sort as the words do, so the same search finds them.
        assert!(KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(TABLE.iter().all(|(w, _)| w.len() <= KEY_BYTES));
    }

    #[test]
    fn every_word_of_the_table_is_found_and_no_other() {
        for (word, kind) in TABLE {
            assert_eq!(classify(&format!("see {word}")), Some(*kind), "{word}");
            // One letter longer it is an ordinary word; one shorter, only if not listed.
            assert_eq!(classify(&format!("see {word}x")), None, "{word}x");
            let shorter = &word[..word.len() - 1];
            let listed = TABLE.iter().find(|(w, _)| *w == shorter).map(|(_, k)| *k);
            if !shorter.ends_with('.') && shorter.len() > 1 {
                assert_eq!(classify(&format!("see {shorter}")), listed, "{shorter}");
            }
        }
        assert_eq!(classify("the Corporation"), None);
        assert_eq!(classify("said mr"), None);
    }

    #[test]
    fn words_before_the_stop() {
        assert_eq!(classify("the U.S"), Some(Never));
        assert_eq!(classify("(Dr"), Some(Never));
        assert_eq!(classify("J"), Some(Never));
        assert_eq!(classify("apples, pears etc"), Some(BeforeLowercase));
        assert_eq!(classify("at 5 p.m"), Some(BeforeLowercase));
        assert_eq!(classify("rose 5"), None);
        assert_eq!(classify("the USA"), None);
        assert_eq!(classify("said No"), Some(Never));
        assert_eq!(classify("an"), None);
        assert_eq!(classify(""), None);
    }
}
