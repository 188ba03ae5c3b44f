//! Rendering a check run's findings. One file per format behind [`Reporter`]; every format
//! renders the same [`Finding`](crate::check::Finding) values and none re-derives a verdict.
//! The formats are documented in docs/output.md: [`human`] (miette), [`concise`] (one line per
//! finding), [`json`] (the contract), [`sarif`] (SARIF 2.1.0), [`github`] (Actions workflow
//! commands) and [`junit`] (JUnit XML, one test case per document).

pub mod concise;
pub mod facts;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use crate::check::CheckReport;
use crate::rules::{RuleSet, Severity};
pub use crate::span::Columns;
use crate::span::{Excerpt, Span};
use serde::Serialize;
use std::io;

/// Everything a reporter may show. Findings carry their sentences ([`Excerpt`]), so no
/// reporter needs the documents.
pub struct CheckOutput<'a> {
    pub report: &'a CheckReport,
    pub rules: &'a RuleSet,
}

/// An output format for findings.
pub trait Reporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()>;
}

/// Counts shown at the end of every format.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub claims: usize,
    pub bound: usize,
    pub facts: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings hidden by inline suppressions.
    pub suppressed: usize,
    /// Findings hidden because the baseline records them.
    pub baselined: usize,
    /// Baseline entries no finding matches any more: removable.
    pub baseline_unmatched: usize,
}

impl Summary {
    pub fn of(run: &CheckOutput) -> Summary {
        let count = |s: Severity| {
            run.report
                .findings
                .iter()
                .filter(|f| f.severity == s)
                .count()
        };
        Summary {
            documents: run.report.paths.len(),
            claims: run.report.claims,
            bound: run.report.bound,
            facts: run.rules.facts.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            suppressed: run.report.suppressed.len(),
            baselined: run.report.baseline.as_ref().map_or(0, |b| b.known.len()),
            baseline_unmatched: run
                .report
                .baseline
                .as_ref()
                .map_or(0, |b| b.unmatched.len()),
        }
    }
}

/// Both ends of a span as 1-based lines and columns. `end_column` is the column just after
/// the last character (end-exclusive, like the span), as SARIF defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Region {
    /// The region of `span`, which lies in `excerpt`.
    pub fn of(excerpt: &Excerpt, span: Span, columns: Columns) -> Region {
        let (start_line, start_column) = excerpt.position(span.start, columns);
        let (end_line, end_column) = excerpt.position(span.end, columns);
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
        }
    }
}

/// A document path as a report shows it: as given, with `/` between folders on every
/// platform (on Windows, `\` becomes `/`; elsewhere a backslash is part of a file name).
pub fn display_path(path: &str) -> std::borrow::Cow<'_, str> {
    if std::path::MAIN_SEPARATOR == '\\' && path.contains('\\') {
        path.replace('\\', "/").into()
    } else {
        path.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocOptions, Document};

    #[test]
    fn regions_count_characters_or_utf16_units() {
        // "😀" is one character but two UTF-16 units; "€" is one of each.
        let text = "Intro 😀 line.\nIt cost €5 and 😀😀 12\nunits.\n".to_string();
        let doc = Document::parse("a.txt", text.clone(), &DocOptions::default()).unwrap();
        let span = |s: &str| {
            let start = text.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        // The excerpt of the second sentence, across its line break, as findings carry it.
        let doc = doc.excerpt(span("It cost €5 and 😀😀 12\nunits."));
        let euro = span("€5");
        assert_eq!(
            Region::of(&doc, euro, Columns::Chars),
            Region {
                start_line: 2,
                start_column: 9,
                end_line: 2,
                end_column: 11
            }
        );
        assert_eq!(
            Region::of(&doc, euro, Columns::Utf16),
            Region::of(&doc, euro, Columns::Chars)
        );
        let twelve = span("12");
        assert_eq!(
            Region::of(&doc, twelve, Columns::Chars),
            Region {
                start_line: 2,
                start_column: 19,
                end_line: 2,
                end_column: 21
            }
        );
        assert_eq!(
            Region::of(&doc, twelve, Columns::Utf16),
            Region {
                start_line: 2,
                start_column: 21,
                end_line: 2,
                end_column: 23
            }
        );
        // A span across a line break ends on the next line.
        let across = span("12\nunits");
        assert_eq!(
            Region::of(&doc, across, Columns::Utf16),
            Region {
                start_line: 2,
                start_column: 21,
                end_line: 3,
                end_column: 6
            }
        );
        // The start agrees with the column findings carry.
        assert_eq!(doc.position(twelve.start, Columns::Chars), (2, 19));
    }
}
