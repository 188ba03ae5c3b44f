//! The human view of findings: miette diagnostics with the sentence, the claim underlined,
//! the expected value, the rule's file and line, and for a conflict the other articles'
//! sentences as related diagnostics.

use super::{CheckOutput, Reporter, Summary};
use crate::check::baseline::Entry;
use crate::check::{Code, Finding};
use crate::report::human::fmt_num;
use crate::rules::Severity;
use crate::span::{Excerpt, Span};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use rayon::prelude::*;
use std::fmt;
use std::io;

/// How many findings are rendered at once: enough to share among threads, few enough that
/// the text waiting to be written stays small.
const RENDER_BLOCK: usize = 512;

/// Renders findings as miette reports.
pub struct HumanReporter {
    pub color: bool,
    pub width: usize,
}

impl Reporter for HumanReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        let theme = if self.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(self.width)
            .with_context_lines(0)
            .with_links(false)
            // Ids and directives are hyphenated words: never wrap inside them.
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
        // Findings are rendered in parallel, a block at a time, and written in order: laying
        // out a diagnostic costs more than checking the claim behind it.
        for block in run.report.findings.chunks(RENDER_BLOCK) {
            let rendered: Vec<Result<String, fmt::Error>> = block
                .par_iter()
                .map(|f| {
                    let mut s = String::new();
                    handler.render_report(&mut s, &FindingDiagnostic::new(f))?;
                    Ok(s)
                })
                .collect();
            for s in rendered {
                let s = s.map_err(|e| io::Error::other(e.to_string()))?;
                writeln!(out, "{s}")?;
            }
        }
        if let Some(b) = &run.report.baseline {
            write_unmatched(&b.unmatched, out)?;
        }
        writeln!(out, "{}", summary_line(&Summary::of(run)))
    }
}

/// Baseline entries no finding matches any more, so the user can drop them.
fn write_unmatched(unmatched: &[Entry], out: &mut dyn io::Write) -> io::Result<()> {
    if unmatched.is_empty() {
        return Ok(());
    }
    let (entries, verb, them) = if unmatched.len() == 1 {
        ("entry", "matches", "it")
    } else {
        ("entries", "match", "them")
    };
    writeln!(
        out,
        "{} baseline {entries} no longer {verb}: remove {them} with --write-baseline",
        unmatched.len()
    )?;
    for e in unmatched {
        let fact = e
            .fact
            .as_deref()
            .map(|f| format!(" {f}"))
            .unwrap_or_default();
        writeln!(out, "  {}: {}{fact} {:?}", e.path, e.code, e.text)?;
    }
    writeln!(out)
}

/// "5 documents, 48 claims, 12 bound to 22 facts: 1 error, 0 warnings, 0 info", then what was
/// hidden, if anything: " (2 suppressed, 6 in the baseline)".
pub fn summary_line(s: &Summary) -> String {
    let mut hidden = Vec::new();
    if s.suppressed > 0 {
        hidden.push(format!("{} suppressed", s.suppressed));
    }
    if s.baselined > 0 {
        hidden.push(format!("{} in the baseline", s.baselined));
    }
    let hidden = if hidden.is_empty() {
        String::new()
    } else {
        format!(" ({})", hidden.join(", "))
    };
    format!(
        "{} documents, {} claims, {} bound to {} facts: {} {}, {} {}, {} info{hidden}",
        s.documents,
        s.claims,
        s.bound,
        s.facts,
        s.errors,
        if s.errors == 1 { "error" } else { "errors" },
        s.warnings,
        if s.warnings == 1 {
            "warning"
        } else {
            "warnings"
        },
        s.infos
    )
}

/// One finding as a miette diagnostic.
struct FindingDiagnostic {
    message: String,
    code: Code,
    severity: Severity,
    source: SentenceSource,
    label: LabeledSpan,
    help: Option<String>,
    related: Vec<RelatedDiagnostic>,
}

impl FindingDiagnostic {
    fn new(f: &Finding) -> Self {
        let label = LabeledSpan::new_primary_with_span(Some(label_text(f)), f.span);
        let related = f
            .related
            .iter()
            .map(|r| RelatedDiagnostic {
                message: format!("{} {}", r.path, r.message),
                source: SentenceSource::new(&r.path, &r.excerpt),
                label: LabeledSpan::new_primary_with_span(Some(r.message.clone()), r.span),
            })
            .collect();
        FindingDiagnostic {
            message: match &f.fact {
                Some(fact) => format!("{fact}: {}", f.message),
                None => f.message.clone(),
            },
            code: f.code,
            severity: f.severity,
            source: SentenceSource::new(&f.path, &f.excerpt),
            label,
            help: help_text(f),
            related,
        }
    }
}

fn label_text(f: &Finding) -> String {
    let Some(c) = &f.claimed else {
        return match f.code {
            Code::BadSuppression => "not a directive factlint can read".to_string(),
            _ => "suppresses nothing".to_string(),
        };
    };
    let direction = match c.direction {
        Some(crate::claim::Direction::Up) => "up ",
        Some(crate::claim::Direction::Down) => "down ",
        None => "",
    };
    let hedge = match c.hedge {
        Some(h) if h != "range" => format!("{} ", h.replace('_', " ")),
        _ => String::new(),
    };
    let mut s = format!("claims {direction}{hedge}{}", f.text);
    if let Some(p) = c.period {
        s.push_str(&format!(" for {p}"));
    }
    if c.period_assumed
        && let Some(p) = f.expected.as_ref().and_then(|e| e.period)
    {
        s.push_str(&format!(" (period {p} assumed)"));
    }
    s
}

/// The expected value and accepted interval, the rule's file and line, and the fact's sources.
pub(super) fn help_text(f: &Finding) -> Option<String> {
    let e = f.expected.as_ref()?;
    let mut s = match (&e.value, e.interval) {
        (Some(v), Some(i)) => format!(
            "expected {v} ({}; accepted {}..{} {})",
            e.tolerance,
            i.low.map_or("".into(), fmt_num),
            i.high.map_or("".into(), fmt_num),
            e.unit
        )
        .replace(" )", ")"),
        _ => format!("{}: articles must agree within {}", e.about, e.tolerance),
    };
    if let Some(p) = e.period {
        s.push_str(&format!(" for {p}"));
    }
    s.push_str(&format!("\nrule: {}:{}", e.rule_file, e.rule_line));
    for url in &e.sources {
        s.push_str(&format!("\nsource: {url}"));
    }
    Some(s)
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code.as_str()))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

/// The other side of a conflict.
struct RelatedDiagnostic {
    message: String,
    source: SentenceSource,
    label: LabeledSpan,
}

impl fmt::Debug for RelatedDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for RelatedDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RelatedDiagnostic {}

impl Diagnostic for RelatedDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

/// The source a finding shows: the claim's whole sentence, with its true line and column, so
/// the report quotes the sentence rather than a whole paragraph or a bare number.
struct SentenceSource {
    name: String,
    text: String,
    sentence: Span,
    line: usize,
    column: usize,
}

impl SentenceSource {
    fn new(name: &str, excerpt: &Excerpt) -> Self {
        SentenceSource {
            name: name.to_string(),
            text: excerpt.text.to_string(),
            sentence: excerpt.span(),
            line: excerpt.line - 1,
            column: excerpt.column - 1,
        }
    }
}

impl SourceCode for SentenceSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _before: usize,
        _after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inside =
            span.offset() >= self.sentence.start && span.offset() + span.len() <= self.sentence.end;
        if !inside {
            return Err(MietteError::OutOfBounds);
        }
        let lines = self.text.matches('\n').count() + 1;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (self.sentence.start, self.sentence.len()).into(),
            self.line,
            self.column,
            lines,
        )))
    }
}
