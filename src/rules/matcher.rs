//! A fact's `match`: which sentences are about the fact.
//!
//! A [`Matcher`] has three lists of [`Term`]s: `all` (every term occurs), `any` (at least one
//! occurs, when the list is not empty) and `none` (no term occurs). A term is a phrase, matched
//! as whole words case-insensitively with any run of whitespace standing for one space, or a
//! regex written `/.../`, compiled once here and matched case-insensitively as written.
//!
//! This module parses terms and defines what "occurs" means ([`Term::occurs_in`],
//! [`Matcher::holds`], a plain reference implementation). Indexing terms for speed and
//! binding claims to facts belong to the checker.

use super::errors::ErrorKind;
use super::value::Problem;
use rustc_hash::FxHashMap;
use std::sync::Mutex;

/// Which sentences are about a fact.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matcher {
    pub all: Vec<Term>,
    pub any: Vec<Term>,
    pub none: Vec<Term>,
}

/// One match term.
#[derive(Debug, Clone)]
pub enum Term {
    /// Lower-cased words separated by single spaces ("school meals"), matched as whole words.
    Phrase(String),
    /// Written `/.../` in YAML; case-insensitive.
    Regex(regex::Regex),
}

impl PartialEq for Term {
    fn eq(&self, other: &Term) -> bool {
        match (self, other) {
            (Term::Phrase(a), Term::Phrase(b)) => a == b,
            (Term::Regex(a), Term::Regex(b)) => a.as_str() == b.as_str(),
            _ => false,
        }
    }
}

impl std::fmt::Display for Term {
    /// As written in YAML: `school meals`, `/exports?/`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Term::Phrase(p) => f.write_str(p),
            Term::Regex(r) => {
                let pattern = r.as_str().strip_prefix("(?i)").unwrap_or(r.as_str());
                write!(f, "/{pattern}/")
            }
        }
    }
}

impl Matcher {
    /// True when neither `all` nor `any` has a term: such a matcher would be about every
    /// sentence, so a rule file may not have one.
    pub fn is_empty(&self) -> bool {
        self.all.is_empty() && self.any.is_empty()
    }

    /// Whether a sentence is about the fact: every `all` term, at least one `any` term (if
    /// there are any) and no `none` term occur in it.
    pub fn holds(&self, sentence: &str) -> bool {
        let text = normalize(sentence);
        self.all.iter().all(|t| t.occurs_in_normalized(&text))
            && (self.any.is_empty() || self.any.iter().any(|t| t.occurs_in_normalized(&text)))
            && !self.none.iter().any(|t| t.occurs_in_normalized(&text))
    }
}

impl Term {
    /// Whether the term occurs in `text`: a phrase as whole words (case and runs of
    /// whitespace ignored), a regex anywhere.
    pub fn occurs_in(&self, text: &str) -> bool {
        match self {
            Term::Phrase(_) => self.occurs_in_normalized(&normalize(text)),
            Term::Regex(r) => r.is_match(text),
        }
    }

    /// Like [`Term::occurs_in`], for text already passed through [`normalize`]. A regex sees
    /// the normalised text too (lower case, single spaces), which its case-insensitivity and
    /// `\s+` make no difference to.
    pub fn occurs_in_normalized(&self, text: &str) -> bool {
        match self {
            Term::Phrase(p) => whole_word_find(text, p),
            Term::Regex(r) => r.is_match(text),
        }
    }
}

/// Lower case, with every run of whitespace turned into one space and the ends trimmed:
/// the form phrases are stored in.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Does `phrase` occur in `text` with no letter or digit touching either end?
fn whole_word_find(text: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let first_is_word = phrase.chars().next().is_some_and(char::is_alphanumeric);
    let last_is_word = phrase
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !(first_is_word && is_word(before) || last_is_word && is_word(after))
    })
}

/// Where a regex's own error is, as a byte range inside the pattern, when it is known.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RegexProblem {
    pub(crate) problem: Problem,
    /// Byte range within the pattern (the text between the slashes).
    pub(crate) within: Option<std::ops::Range<usize>>,
}

/// Regex terms compiled so far, by pattern, shared by the rule files read in parallel.
///
/// Large rule sets repeat a pattern across many facts (`/\brevenue\b/`), and compiling a
/// Unicode-aware regex costs more than reading the fact that holds it. A clone of a compiled
/// [`regex::Regex`] shares its program, so every fact with the pattern gets the one copy.
#[derive(Debug, Default)]
pub(crate) struct Regexes(Mutex<FxHashMap<String, regex::Regex>>);

impl Regexes {
    fn get(&self, pattern: &str) -> Option<regex::Regex> {
        let compiled = self.0.lock().unwrap_or_else(|e| e.into_inner());
        compiled.get(pattern).cloned()
    }

    fn keep(&self, pattern: &str, regex: &regex::Regex) {
        let mut compiled = self.0.lock().unwrap_or_else(|e| e.into_inner());
        compiled.insert(pattern.to_string(), regex.clone());
    }
}

/// Reads one term as written in YAML; a regex already compiled comes from `regexes`.
pub(crate) fn term(text: &str, regexes: &Regexes) -> Result<Term, RegexProblem> {
    let bare = |problem| RegexProblem {
        problem,
        within: None,
    };
    let t = text.trim();
    if t.len() >= 2 && t.starts_with('/') && t.ends_with('/') {
        let pattern = &t[1..t.len() - 1];
        if let Some(r) = regexes.get(pattern) {
            return Ok(Term::Regex(r));
        }
        let r = regex(pattern)?;
        regexes.keep(pattern, &r);
        return Ok(Term::Regex(r));
    }
    if t.starts_with('/') {
        let flags = t
            .rfind('/')
            .filter(|&i| i > 0 && t[i + 1..].chars().all(|c| c.is_ascii_alphabetic()));
        let help = if flags.is_some() {
            "Regex flags are not supported: matching is always case-insensitive. Drop the \
             letters after the closing `/`."
        } else {
            "Close the regex with `/`, or drop the leading `/` to match the words."
        };
        return Err(bare(Problem::new(
            ErrorKind::BadTerm,
            format!("`{t}` starts like a regex but does not end with `/`."),
            Some(help.into()),
        )));
    }
    let phrase = normalize(t);
    if phrase.is_empty() {
        return Err(bare(Problem::new(
            ErrorKind::BadTerm,
            "A match term is empty.".into(),
            Some("Write a word or phrase, or a regex between slashes: `/exports?/`.".into()),
        )));
    }
    Ok(Term::Phrase(phrase))
}

/// Compiles a `/.../` term, case-insensitively. regex-syntax finds the offending part of the
/// pattern; the regex crate has the last word (size limits).
fn regex(pattern: &str) -> Result<regex::Regex, RegexProblem> {
    let bad = |message: String, within| RegexProblem {
        problem: Problem::new(
            ErrorKind::BadRegex,
            message,
            Some(
                "The pattern is a Rust regex (docs.rs/regex); escape special characters with \
                 `\\`, or write the words without slashes."
                    .into(),
            ),
        ),
        within,
    };
    if pattern.trim().is_empty() {
        return Err(bad(
            "The regex `//` is empty and would match every sentence.".into(),
            None,
        ));
    }
    let mut parser = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build();
    if let Err(e) = parser.parse(pattern) {
        let (kind, span) = match &e {
            regex_syntax::Error::Parse(e) => (e.kind().to_string(), Some(e.span())),
            regex_syntax::Error::Translate(e) => (e.kind().to_string(), Some(e.span())),
            _ => (e.to_string(), None),
        };
        let within = span.map(|s| s.start.offset..s.end.offset.max(s.start.offset));
        return Err(bad(
            format!("The regex `/{pattern}/` is invalid: {kind}."),
            within,
        ));
    }
    match regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
    {
        Ok(r) => Ok(r),
        Err(e) => Err(bad(
            format!(
                "The regex `/{pattern}/` is invalid: {}.",
                last_line(&e.to_string())
            ),
            None,
        )),
    }
}

fn last_line(s: &str) -> &str {
    s.lines()
        .last()
        .unwrap_or(s)
        .trim()
        .trim_start_matches("error: ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Term {
        term(text, &Regexes::default()).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn phrases_are_normalised() {
        assert_eq!(t("  School\t Meals "), Term::Phrase("school meals".into()));
        assert_eq!(t("Russia").to_string(), "russia");
    }

    #[test]
    fn phrases_match_whole_words_only() {
        let p = t("trade");
        assert!(p.occurs_in("Bilateral TRADE rose"));
        assert!(p.occurs_in("trade."));
        assert!(!p.occurs_in("traders rose"));
        assert!(!p.occurs_in("free-trader"));
        assert!(t("school meals").occurs_in("the school\n  meals budget"));
        assert!(t("russia").occurs_in("Russia's exports"));
        assert!(t("u.s.").occurs_in("the U.S. said"));
        assert!(!t("china").occurs_in("Indochina"));
    }

    #[test]
    fn regexes_are_case_insensitive_and_unanchored() {
        let r = t("/exports?/");
        assert_eq!(r.to_string(), "/exports?/");
        assert!(r.occurs_in("EXPORT volumes"));
        assert!(r.occurs_in("re-exports"));
        assert!(!r.occurs_in("imports"));
    }

    #[test]
    fn a_pattern_is_compiled_once_per_rule_set() {
        let regexes = Regexes::default();
        let first = term("/\\bsales\\b/", &regexes);
        let again = term(" /\\bsales\\b/ ", &regexes);
        assert_eq!(regexes.0.lock().map(|m| m.len()).ok(), Some(1));
        assert!(matches!((&first, &again), (Ok(a), Ok(b)) if a == b));
        assert!(again.is_ok_and(|t| t.occurs_in("SALES rose") && !t.occurs_in("wholesales")));
        // A bad pattern is not kept: it fails the same way every time it is written.
        for _ in 0..2 {
            let e = term("/(sales/", &regexes).err().map(|e| e.problem.kind);
            assert_eq!(e, Some(ErrorKind::BadRegex));
        }
        assert_eq!(regexes.0.lock().map(|m| m.len()).ok(), Some(1));
    }

    #[test]
    fn bad_terms_say_why() {
        let e = term("/(exports/", &Regexes::default()).err();
        let e = e.unwrap_or_else(|| panic!("expected an error"));
        assert_eq!(e.problem.kind, ErrorKind::BadRegex);
        assert_eq!(
            e.problem.message,
            "The regex `/(exports/` is invalid: unclosed group."
        );
        assert_eq!(e.within, Some(0..1));
        let flags = term("/exports/i", &Regexes::default())
            .err()
            .map(|e| e.problem.help);
        assert!(
            flags
                .flatten()
                .is_some_and(|h| h.contains("flags are not supported"))
        );
        assert_eq!(
            term("  ", &Regexes::default())
                .err()
                .map(|e| e.problem.kind),
            Some(ErrorKind::BadTerm)
        );
        assert_eq!(
            term("//", &Regexes::default())
                .err()
                .map(|e| e.problem.kind),
            Some(ErrorKind::BadRegex)
        );
    }

    #[test]
    fn a_matcher_needs_all_any_and_no_none() {
        let m = Matcher {
            all: vec![t("trade")],
            any: vec![t("russia"), t("china")],
            none: vec![t("deficit")],
        };
        assert!(m.holds("Russia-China trade reached US$245bn."));
        assert!(!m.holds("Trade with India grew."));
        assert!(!m.holds("China's trade deficit with Russia."));
        assert!(!m.is_empty());
        let only_none = Matcher {
            none: vec![t("deficit")],
            ..Matcher::default()
        };
        assert!(only_none.is_empty());
    }
}
