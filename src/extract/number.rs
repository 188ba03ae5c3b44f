//! Parsing the number at the head of a claim: digits ("21,000", "3.8", "-5") or words
//! ("seven", "twenty-one", "two hundred and fifty", "a", "half a"), before any scale word.
//!
//! Each parser takes the tokens and a start index and returns a [`Number`] with the index
//! just past it, or `None`. None of them looks at units, scales or context: the caller does.

use super::lexicon::number_word;
use super::token::Tokens;

/// A parsed number: its value, the size of one unit in its last significant digit (its
/// precision, see docs/extraction.md), and the token range it spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub step: f64,
    pub start: usize,
    pub end: usize,
    /// Written in words ("seven") rather than digits.
    pub words: bool,
}

/// A digit token at `i`, with a glued sign before it when the sign starts a word ("-5%",
/// "−3.2", "+3.8%"); "10-20" is a range, not a negative number, and is left to the caller.
pub fn digits(t: &Tokens, i: usize) -> Option<Number> {
    let signed = is_sign(t.raw_opt(i)?) && t.is_num(i + 1) && t.glued(i + 1);
    if signed {
        let sign_starts_word = i == 0 || !t.glued(i) || t.is_punct(i - 1, "(");
        if !sign_starts_word {
            return None;
        }
    } else if !t.is_num(i) {
        return None;
    }
    let (start, negative) = (i, signed && is_minus(t.raw(i)));
    let num = if signed { i + 1 } else { i };
    let (mut value, mut step) = parse_digits(t.raw(num))?;
    let mut end = num + 1;
    // "4e14", "9.83e-3": scientific notation.
    if let Some((exp, e)) = exponent(t, end) {
        let scale = 10f64.powi(exp);
        (value, step, end) = (value * scale, step * scale, e);
    }
    // "1/4", "10 1/2", "10½": a fraction, alone or after a whole number.
    if let Some((f, e)) = fraction(t, num) {
        (value, step, end) = (f.0, f.1, e);
    } else if let Some(((f, s), e)) = fraction(t, end).filter(|_| value.fract() == 0.0) {
        (value, step, end) = (value + f, s, e);
    } else if let Some(f) = t.raw_opt(end).and_then(vulgar).filter(|_| t.glued(end)) {
        (value, step, end) = (value + f, 0.125, end + 1);
    }
    Some(Number {
        value: if negative { -value } else { value },
        step,
        start,
        end,
        words: false,
    })
}

/// An exponent glued after a number: "e14", "e-3", "E+6": (power, end).
fn exponent(t: &Tokens, i: usize) -> Option<(i32, usize)> {
    if !(t.glued(i) && matches!(t.raw_opt(i)?, "e" | "E")) {
        return None;
    }
    let (sign, k) = match t.raw_opt(i + 1)? {
        "-" | "\u{2212}" => (-1, i + 2),
        "+" => (1, i + 2),
        _ => (1, i + 1),
    };
    if !(t.is_num(k) && t.glued(k) && t.raw(k).len() <= 3) {
        return None;
    }
    let p: i32 = t.raw(k).parse().ok()?;
    Some((sign * p, k + 1))
}

/// A simple fraction at token `i`: "1/4" (numerator below denominator, at most 100, not
/// part of a date such as "3/11/2025"): ((value, step), end).
fn fraction(t: &Tokens, i: usize) -> Option<((f64, f64), usize)> {
    let glued = |k: usize| t.glued(k);
    if !(t.is_num(i) && t.is_punct(i + 1, "/") && glued(i + 1) && t.is_num(i + 2) && glued(i + 2)) {
        return None;
    }
    if t.is_punct(i + 3, "/") && glued(i + 3) {
        return None;
    }
    let a: u32 = t.raw(i).parse().ok()?;
    let b: u32 = t.raw(i + 2).parse().ok()?;
    (a > 0 && a < b && b <= 100).then(|| ((f64::from(a) / f64::from(b), 1.0 / f64::from(b)), i + 3))
}

/// Unicode vulgar fractions.
pub fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// A fraction written as one character: "½ teaspoon".
pub fn vulgar_at(t: &Tokens, i: usize) -> Option<Number> {
    let v = vulgar(t.raw_opt(i)?)?;
    Some(Number {
        value: v,
        step: 0.125,
        start: i,
        end: i + 1,
        words: false,
    })
}

fn is_minus(s: &str) -> bool {
    s == "-" || s == "\u{2212}"
}

fn is_sign(s: &str) -> bool {
    is_minus(s) || s == "+"
}

/// Value and precision step of a digit string with `,`/thin-space groups and a `.` decimal:
/// one unit of the last written digit. "245" -> (245, 1); "21,000" -> (21000, 1);
/// "3.80" -> (3.8, 0.01). Trailing zeros count: a writer who means "about" says so.
pub fn parse_digits(raw: &str) -> Option<(f64, f64)> {
    // Only thousands separators need removing; most numbers have none.
    let grouped = !raw.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let clean = if grouped {
        raw.chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect()
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let dot = clean.find('.');
    let value: f64 = match dot {
        // A whole number of up to 15 digits is exact as an integer: no decimal parsing.
        None if clean.len() <= 15 => clean.parse::<u64>().ok()? as f64,
        _ => clean.parse().ok()?,
    };
    let step = dot.map_or(1.0, |dot| tenth_power(clean.len() - dot - 1));
    Some((value, step))
}

/// 10^-k exactly as `10f64.powi(-k)` gives it (one over the power of ten, exact in an f64
/// up to 10^22), without a library call for the usual few decimals.
fn tenth_power(k: usize) -> f64 {
    match u32::try_from(k).ok().and_then(|k| 10u64.checked_pow(k)) {
        Some(p) => 1.0 / p as f64,
        None => 10f64.powi(-(k as i32)),
    }
}

/// A cardinal in words: "seven", "twenty-one", "two hundred and fifty". Scale words above a
/// hundred ("thousand", "million") are left to the caller, as for digits.
pub fn words(t: &Tokens, i: usize) -> Option<Number> {
    let (mut value, mut end) = below_hundred(t, i)?;
    if t.matches(end, &["and", "a", "half"]).is_some() {
        return Some(Number {
            value: value as f64 + 0.5,
            step: 0.5,
            start: i,
            end: end + 3,
            words: true,
        });
    }
    if t.low(end) == "hundred" {
        value *= 100;
        end += 1;
        let after_and = if t.low(end) == "and" { end + 1 } else { end };
        if let Some((rest, e)) = below_hundred(t, after_and) {
            value += rest;
            end = e;
        }
    }
    Some(Number {
        value: value as f64,
        step: 1.0,
        start: i,
        end,
        words: true,
    })
}

/// "one" .. "ninety-nine", including "twenty-one" and "twenty one".
fn below_hundred(t: &Tokens, i: usize) -> Option<(u64, usize)> {
    let v = u64::from(number_word(t.low(i))?);
    if v >= 20 && v % 10 == 0 {
        let (j, glued_hyphen) = if t.is_punct(i + 1, "-") && t.glued(i + 1) {
            (i + 2, true)
        } else {
            (i + 1, false)
        };
        if let Some(u) = number_word(t.low(j)).filter(|u| (1..10).contains(u))
            && (glued_hyphen || t.toks.get(j).is_some())
        {
            return Some((v + u64::from(u), j + 1));
        }
    }
    Some((v, i + 1))
}

/// An article or fraction standing for a number before a scale word: "a million" (1),
/// "half a billion" (0.5), "a quarter of a million" (0.25), "one and a half million" (1.5).
/// The caller checks that a scale word follows.
pub fn article(t: &Tokens, i: usize) -> Option<Number> {
    // Longest first: "half a" before "half", "a quarter of a" before "a quarter".
    let patterns: &[(&[&str], f64)] = &[
        (&["one", "and", "a", "half"], 1.5),
        (&["a", "quarter", "of", "a"], 0.25),
        (&["a", "quarter", "of", "an"], 0.25),
        (&["three", "quarters", "of", "a"], 0.75),
        (&["half", "a"], 0.5),
        (&["half", "an"], 0.5),
        (&["a", "quarter"], 0.25),
        (&["three", "quarters"], 0.75),
        (&["quarter"], 0.25),
        (&["half"], 0.5),
        (&["a"], 1.0),
        (&["an"], 1.0),
    ];
    patterns.iter().find_map(|(words, value)| {
        t.matches(i, words).map(|end| Number {
            value: *value,
            step: if *value == 1.0 { 1.0 } else { 0.1 },
            start: i,
            end,
            words: true,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn parse(text: &str, f: fn(&Tokens, usize) -> Option<Number>) -> Option<(f64, f64, usize)> {
        let mut t = Tokens::new(text);
        t.fill(&[Span::new(0, text.len())]);
        f(&t, 0).map(|n| (n.value, n.step, n.end))
    }

    #[test]
    fn digit_precision_is_one_unit_of_the_last_written_digit() {
        assert_eq!(parse_digits("245"), Some((245.0, 1.0)));
        assert_eq!(parse_digits("21,000"), Some((21000.0, 1.0)));
        assert_eq!(parse_digits("200"), Some((200.0, 1.0)));
        assert_eq!(parse_digits("0"), Some((0.0, 1.0)));
        let (v, s) = parse_digits("3.80").unwrap();
        assert_eq!(v, 3.8);
        assert!((s - 0.01).abs() < 1e-12);
    }

    #[test]
    fn tenth_powers_match_powi() {
        for k in 0..30 {
            assert_eq!(tenth_power(k), 10f64.powi(-(k as i32)), "10^-{k}");
        }
    }

    #[test]
    fn negative_only_when_the_sign_starts_a_word() {
        assert_eq!(parse("-5%", digits), Some((-5.0, 1.0, 2)));
        assert_eq!(parse("\u{2212}3.2", digits).map(|p| p.0), Some(-3.2));
        let mut t = Tokens::new("10-20");
        t.fill(&[Span::new(0, 5)]);
        assert_eq!(digits(&t, 1), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(parse("seven hours", words), Some((7.0, 1.0, 1)));
        assert_eq!(parse("twenty-one students", words), Some((21.0, 1.0, 3)));
        assert_eq!(parse("twenty people", words), Some((20.0, 1.0, 1)));
        assert_eq!(parse("two hundred and fifty", words), Some((250.0, 1.0, 4)));
        assert_eq!(parse("three hundred", words), Some((300.0, 1.0, 2)));
        assert_eq!(parse("people", words), None);
    }

    #[test]
    fn articles_before_scales() {
        assert_eq!(parse("half a billion", article), Some((0.5, 0.1, 2)));
        assert_eq!(parse("a million", article), Some((1.0, 1.0, 1)));
        assert_eq!(
            parse("one and a half million", article),
            Some((1.5, 0.1, 4))
        );
    }
}
