//! A sentence's prose cut into tokens: words, digit runs and single punctuation characters.
//!
//! Tokens carry absolute byte spans into the document and whether whitespace preceded them,
//! so "G20" (letter then digits, no space) and "US$ 245" can be told apart. A lower-cased copy
//! of the sentence is kept in one shared buffer so lexicon look-ups never allocate. URLs and
//! e-mail addresses are swallowed whole as one `Skip` token: nothing inside them is a claim.

use super::lexicon;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Alphabetic characters (any script).
    Word,
    /// ASCII digits, with inner `,` or thin-space thousands groups and one `.` decimal part.
    Num,
    /// Any other single non-space character.
    Punct,
    /// A URL or e-mail address.
    Skip,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub kind: TokKind,
    pub span: Span,
    /// Whitespace (or a gap between prose pieces with whitespace in it) came before.
    pub space_before: bool,
    /// A word that can begin a figure or a time expression ([`lexicon::is_starter`]).
    starter: bool,
    /// Range of this token's lower-cased text in [`Tokens::lower`].
    lower: (u32, u32),
}

/// The tokens of one sentence plus the buffers they point into; reused across sentences.
#[derive(Debug, Default)]
pub struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Tok>,
    lower: String,
    /// The tokens at which a figure or a time expression may start (see [`Tokens::heads`]).
    heads: Vec<usize>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        Tokens {
            text,
            toks: Vec::new(),
            lower: String::new(),
            heads: Vec::new(),
        }
    }

    /// Tokenizes the given prose pieces (absolute spans into `text`), replacing earlier tokens.
    pub fn fill(&mut self, pieces: &[Span]) {
        self.toks.clear();
        self.lower.clear();
        self.heads.clear();
        let mut prev_end: Option<usize> = None;
        for piece in pieces {
            let mut pos = piece.start;
            let mut gap_has_space = match prev_end {
                None => true,
                Some(e) => self.text[e.min(piece.start)..piece.start]
                    .chars()
                    .any(char::is_whitespace),
            };
            // An e-mail address needs an '@': most pieces have none, so no word looks for one.
            let has_at = memchr::memchr(b'@', self.text[piece.range()].as_bytes()).is_some();
            // The piece lower-cased in one go: an ASCII token's lower case is its place in it.
            let lower_start = self.lower.len();
            self.lower.push_str(&self.text[piece.range()]);
            self.lower[lower_start..].make_ascii_lowercase();
            while pos < piece.end {
                let rest = &self.text[pos..piece.end];
                let c = rest.chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    gap_has_space = true;
                    pos += c.len_utf8();
                    continue;
                }
                let (kind, len) = scan(rest, c, has_at);
                let lower_at = lower_start + (pos - piece.start);
                self.push(kind, pos, pos + len, gap_has_space, lower_at);
                gap_has_space = false;
                pos += len;
            }
            prev_end = Some(piece.end);
        }
    }

    /// Adds a token; `lower_at` is where its bytes are in the lower-cased copy of the piece.
    fn push(
        &mut self,
        kind: TokKind,
        start: usize,
        end: usize,
        space_before: bool,
        lower_at: usize,
    ) {
        let word = &self.text[start..end];
        let lower = if word.is_ascii() && kind != TokKind::Skip {
            (lower_at, lower_at + (end - start))
        } else {
            // Non-ASCII words lower-case character by character; URLs and non-ASCII symbols
            // and numbers are copied as written.
            let lo = self.lower.len();
            if kind == TokKind::Word {
                self.lower.extend(word.chars().flat_map(char::to_lowercase));
            } else {
                self.lower.push_str(word);
            }
            (lo, self.lower.len())
        };
        let starter = kind == TokKind::Word && lexicon::is_starter(&self.lower[lower.0..lower.1]);
        let head = match kind {
            TokKind::Num => true,
            TokKind::Word => starter,
            // A sign ("-5%", "+3.8%", "\u{2212}3.2") or a vulgar fraction ("½"): both gates
            // look closer.
            TokKind::Punct => matches!(word, "-" | "+") || !word.is_ascii(),
            TokKind::Skip => false,
        };
        if head {
            self.heads.push(self.toks.len());
        }
        self.toks.push(Tok {
            kind,
            span: Span::new(start, end),
            space_before,
            starter,
            lower: (lower.0 as u32, lower.1 as u32),
        });
    }

    /// The tokens, in order, at which a figure or a time expression may start: numbers, starter
    /// words, signs and non-ASCII punctuation (vulgar fractions). No other token can, so the
    /// scans for figures and periods visit only these.
    pub fn heads(&self) -> &[usize] {
        &self.heads
    }
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    /// The token's original text.
    pub fn raw(&self, i: usize) -> &'t str {
        let t = self.toks[i];
        &self.text[t.span.range()]
    }
    /// The token's original text, or `None` past the end.
    pub fn raw_opt(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i).map(|t| &self.text[t.span.range()])
    }
    /// The token's lower-cased text ("" past the end).
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.lower[t.lower.0 as usize..t.lower.1 as usize],
            None => "",
        }
    }
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }
    /// Is token `i` a word that can begin a figure or a time expression?
    pub fn is_starter(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.starter)
    }
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }
    /// Is token `i` the punctuation character `c`?
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.raw(i) == c
    }
    /// Token `i` follows token `i - 1` with no whitespace between.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && !self.toks[i].space_before
    }
    /// Does the lower-cased word sequence `words` start at token `i`? Returns the end index.
    pub fn matches(&self, i: usize, words: &[&str]) -> Option<usize> {
        let mut j = i;
        for w in words {
            if j >= self.len() || self.low(j) != *w {
                return None;
            }
            j += 1;
        }
        Some(j)
    }
    /// Does the lower-cased word sequence `words` end just before token `end`? Returns its start.
    pub fn matches_before(&self, end: usize, words: &[&str]) -> Option<usize> {
        let start = end.checked_sub(words.len())?;
        self.matches(start, words).map(|_| start)
    }
    pub fn span(&self, from: usize, to_inclusive: usize) -> Span {
        self.toks[from].span.cover(self.toks[to_inclusive].span)
    }
    /// Is the word capitalised (first character upper-case)?
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
}

/// Scans one token at the start of `rest`, whose first character is `c`. `has_at`: an '@'
/// comes later in the piece, so a word may start an e-mail address.
fn scan(rest: &str, c: char, has_at: bool) -> (TokKind, usize) {
    if c.is_ascii_digit() {
        return (TokKind::Num, scan_number(rest.as_bytes()));
    }
    if c.is_alphabetic() {
        if let Some(len) = scan_url(rest, has_at) {
            return (TokKind::Skip, len);
        }
        return (TokKind::Word, word_len(rest));
    }
    (TokKind::Punct, c.len_utf8())
}

/// Length of the run of alphabetic characters at the start of `rest`.
fn word_len(rest: &str) -> usize {
    // ASCII letters need no decoding; only a non-ASCII byte sends the rest to `char`s.
    let ascii = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if rest.as_bytes().get(ascii).is_none_or(u8::is_ascii) {
        return ascii;
    }
    let tail = &rest[ascii..];
    ascii
        + tail
            .char_indices()
            .find(|&(_, ch)| !ch.is_alphabetic())
            .map_or(tail.len(), |(i, _)| i)
}

/// Length of a digit run with thousands groups (`21,000`, `21 000` with a thin space) and a
/// decimal part (`3.8`). A separator is taken only when a group of exactly three digits
/// follows, so "1,2" and list commas stay outside.
fn scan_number(b: &[u8]) -> usize {
    let mut i = digits(b, 0);
    let mut seen_dot = false;
    loop {
        let sep = match b.get(i) {
            Some(b',') => Some(1),
            // U+2009 THIN SPACE, U+202F NARROW NO-BREAK SPACE: SI thousands separators.
            Some(0xE2) if b[i..].starts_with("\u{2009}".as_bytes()) => Some(3),
            Some(0xE2) if b[i..].starts_with("\u{202F}".as_bytes()) => Some(3),
            Some(b'.') if !seen_dot => {
                let end = digits(b, i + 1);
                if end > i + 1 {
                    seen_dot = true;
                    i = end;
                    continue;
                }
                None
            }
            _ => None,
        };
        let Some(sep) = sep else { break };
        if seen_dot {
            break;
        }
        let end = digits(b, i + sep);
        if end - (i + sep) != 3 {
            break;
        }
        i = end;
    }
    i
}

fn digits(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// A URL (`http://`, `https://`, `www.`) or e-mail address running to the next whitespace;
/// e-mail addresses only when `has_at`.
fn scan_url(rest: &str, has_at: bool) -> Option<usize> {
    let lower_prefix = |p: &str| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    let to_space = || rest.find(char::is_whitespace).unwrap_or(rest.len());
    if lower_prefix("http://") || lower_prefix("https://") || lower_prefix("www.") {
        let end = to_space();
        // Leave sentence punctuation that closes the URL outside it.
        let trimmed = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '"', '\'']);
        return Some(trimmed.len());
    }
    if !has_at {
        return None;
    }
    let word_end = to_space();
    let word = &rest[..word_end];
    if let Some(at) = word.find('@') {
        let domain = &word[at + 1..];
        if at > 0
            && domain.contains('.')
            && domain.chars().next().is_some_and(char::is_alphanumeric)
        {
            let trimmed = word.trim_end_matches(['.', ',', ';', ':', ')']);
            return Some(trimmed.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<String> {
        let mut t = Tokens::new(text);
        t.fill(&[Span::new(0, text.len())]);
        (0..t.len())
            .map(|i| {
                let glue = if t.glued(i) { "^" } else { "" };
                format!("{glue}{}", t.raw(i))
            })
            .collect()
    }

    #[test]
    fn numbers_with_groups_and_decimals() {
        assert_eq!(toks("21,000 and 3.8%"), ["21,000", "and", "3.8", "^%"]);
        assert_eq!(toks("1,2,3"), ["1", "^,", "^2", "^,", "^3"]);
        assert_eq!(toks("21\u{202F}000 t"), ["21\u{202F}000", "t"]);
        assert_eq!(toks("ends 2024."), ["ends", "2024", "^."]);
    }

    #[test]
    fn letters_and_digits_split_but_stay_glued() {
        assert_eq!(
            toks("G20 US$245bn"),
            ["G", "^20", "US", "^$", "^245", "^bn"]
        );
        assert_eq!(toks("COVID-19"), ["COVID", "^-", "^19"]);
    }

    #[test]
    fn urls_and_emails_are_one_skip_token() {
        assert_eq!(
            toks("see https://x.org/a/2024?id=5. Or mail a@b.com"),
            [
                "see",
                "https://x.org/a/2024?id=5",
                "^.",
                "Or",
                "mail",
                "a@b.com"
            ]
        );
    }

    #[test]
    fn pieces_join_without_space_when_markup_has_none() {
        let text = "US$**245** billion";
        let mut t = Tokens::new(text);
        t.fill(&[Span::new(0, 3), Span::new(5, 8), Span::new(10, text.len())]);
        assert_eq!(t.raw(2), "245");
        assert!(t.glued(2));
        assert!(!t.glued(3));
        assert_eq!(t.low(3), "billion");
    }
}
