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
    TABLE
        .binary_search_by(|(w, _)| w.as_bytes().cmp(word.as_bytes()))
        .ok()
        .map(|i| TABLE[i].1)
}

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
