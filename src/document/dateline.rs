//! The dateline: a date printed near the top of an article ("November 3, 2025" under the
//! headline, "WASHINGTON, Nov. 3, 2025 — ...").
//!
//! Looked for in the first ten non-blank lines that start within the first kilobyte of the
//! body. A line qualifies when it is short (at most 100 bytes) and does not end like a sentence;
//! a longer line qualifies through its lead-in before a dash ("PARIS, 3 November 2025 – ...")
//! when that lead-in is at most 60 bytes. Accepted dates: "November 3, 2025", "Nov. 3, 2025",
//! "3 November 2025", "2025-11-03". A date without a year ("MOSCOW, Nov 3 (Reuters) -") is
//! ignored, never completed with a guessed year; so are numeric forms such as "03/11/2025",
//! whose day and month order is unknown.

use crate::span::Span;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

const MAX_LINES: usize = 10;
const MAX_OFFSET: usize = 1024;
const MAX_LINE_BYTES: usize = 100;
const MAX_LEAD_IN_BYTES: usize = 60;

/// Month names and abbreviations, lowercase.
const MONTHS: &[(&str, i8)] = &[
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
];

/// "Month D, YYYY", "D Month YYYY" or "YYYY-MM-DD"; the month word is checked in code.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = r"(?i)\b(?:(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4})|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))";
    Regex::new(pattern).expect("the dateline pattern is valid")
});

/// The first dateline in `text[start..]` that `is_prose` accepts, and where it is.
pub(crate) fn find(
    text: &str,
    start: usize,
    is_prose: impl Fn(Span) -> bool,
) -> Option<(Date, Span)> {
    candidate_regions(text, start)
        .flat_map(|region| dates_in(text, region))
        .find(|(_, span)| is_prose(*span))
}

/// The parts of the top lines that may hold a dateline.
fn candidate_regions(text: &str, start: usize) -> impl Iterator<Item = Span> + '_ {
    let top = text.get(start..).unwrap_or("");
    let mut offset = start;
    top.split_inclusive('\n')
        .map(move |line| {
            let at = offset;
            offset += line.len();
            (at, line)
        })
        .take_while(move |(at, _)| at - start < MAX_OFFSET)
        .filter(|(_, line)| !line.trim().is_empty())
        .take(MAX_LINES)
        .filter_map(|(at, line)| region(line).map(|r| Span::new(at + r.start, at + r.end)))
}

/// The part of one line that may hold a dateline, relative to the line.
fn region(line: &str) -> Option<Span> {
    let trimmed = line.trim_end();
    let ends_like_sentence = trimmed
        .trim_end_matches(['*', '_', ')', '"', '”'])
        .ends_with(['.', '!', '?']);
    if trimmed.len() <= MAX_LINE_BYTES && !ends_like_sentence {
        return Some(Span::new(0, trimmed.len()));
    }
    let dash = [" — ", " – ", " - ", " -- "]
        .iter()
        .filter_map(|d| trimmed.find(d))
        .min()?;
    (dash <= MAX_LEAD_IN_BYTES).then_some(Span::new(0, dash))
}

/// Every valid date in a region, with its span.
fn dates_in(text: &str, region: Span) -> impl Iterator<Item = (Date, Span)> + '_ {
    let base = region.start;
    DATE.captures_iter(&text[region.range()])
        .filter_map(move |c| {
            let whole = c.get(0)?;
            let after = text[base + whole.end()..].chars().next();
            if after.is_some_and(|ch| ch.is_ascii_digit()) {
                return None; // "2025-11-031" or a longer number
            }
            let date = date_of(&c)?;
            Some((date, Span::new(base + whole.start(), base + whole.end())))
        })
}

/// The date a match spells, if it is a real one.
fn date_of(c: &regex::Captures) -> Option<Date> {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
    let (year, month, day) = if let Some(m) = c.name("m1") {
        (num("y1")?, month(m.as_str())?, num("d1")?)
    } else if let Some(m) = c.name("m2") {
        (num("y2")?, month(m.as_str())?, num("d2")?)
    } else {
        (num("y3")?, i8::try_from(num("m3")?).ok()?, num("d3")?)
    };
    Date::new(year, month, i8::try_from(day).ok()?).ok()
}

fn month(word: &str) -> Option<i8> {
    let lower = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dateline(text: &str) -> Option<Date> {
        find(text, 0, |_| true).map(|(d, _)| d)
    }

    #[test]
    fn finds_the_date_under_a_headline() {
        let text = "City budget tops €2bn for first time\nCouncil backs spending plan\n\
                    Photo: the town hall / Staff\nNovember 3, 2025\n\nThe council approved...";
        let (d, span) = find(text, 0, |_| true).unwrap_or_else(|| panic!("no dateline"));
        assert_eq!(d, date(2025, 11, 3));
        assert_eq!(&text[span.range()], "November 3, 2025");
    }

    #[test]
    fn accepts_the_common_forms() {
        assert_eq!(dateline("Nov. 3, 2025"), Some(date(2025, 11, 3)));
        assert_eq!(
            dateline("Published 3 November 2025, 10:31 GMT"),
            Some(date(2025, 11, 3))
        );
        assert_eq!(dateline("Updated: 2025-11-03"), Some(date(2025, 11, 3)));
        assert_eq!(
            dateline("By Ana Ruiz | Sept 9th, 2024"),
            Some(date(2024, 9, 9))
        );
        assert_eq!(
            dateline("Monday,\u{a0}March\u{a0}2,\u{a0}2026"),
            Some(date(2026, 3, 2))
        );
        let lead = "GENEVA, June 12, 2025 — Glaciers in the Alps lost 4% of their volume in a \
                    single year, scientists said on Thursday, the second-worst loss on record.";
        assert_eq!(dateline(lead), Some(date(2025, 6, 12)));
    }

    #[test]
    fn never_guesses_a_missing_year() {
        let text = "MOSCOW, Nov 3 (Reuters) - Wheat exports rose 12% in October, traders said.";
        assert_eq!(dateline(text), None);
        assert_eq!(dateline("03/11/2025"), None);
        assert_eq!(dateline("Novel 3, 2025"), None);
        assert_eq!(dateline("February 30, 2025"), None);
    }

    #[test]
    fn ignores_sentences_and_text_further_down() {
        assert_eq!(dateline("The final was played on May 4, 2025."), None);
        let deep = format!("{}\nMay 4, 2025", "Line.\n".repeat(10));
        assert_eq!(dateline(&deep), None);
        let far = format!("{}\n\nMay 4, 2025", "word ".repeat(220));
        assert_eq!(dateline(&far), None);
    }

    #[test]
    fn asks_whether_the_date_is_prose() {
        assert_eq!(find("May 4, 2025", 0, |_| false), None);
    }
}
