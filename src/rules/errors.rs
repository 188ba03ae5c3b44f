//! Rule and config errors as miette diagnostics.
//!
//! Loading never stops at the first mistake: every problem in every file becomes a
//! [`RuleError`] (a stable code, a sentence naming the culprit, the YAML file as source code, a
//! labelled span on the offending key or value, and a hint), and [`RuleErrors`] carries all of
//! them as related diagnostics, the way kdl-rs reports a document, so one run shows them all.
//!
//! This module only shapes errors; deciding what is wrong is `load`'s and `config`'s job.

use crate::span::{LineIndex, Span};
use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};
use std::fmt;
use std::sync::Arc;

/// What kind of mistake an error is; [`ErrorKind::name`] is the last part of its code
/// (`factlint::rules::unknown_key`, or `factlint::config::...` for the project config).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read: missing, binary, not UTF-8, empty, too large.
    Read,
    /// The file is not valid YAML.
    Syntax,
    /// The file holds no YAML at all (only comments).
    Empty,
    /// A value of the wrong shape: a list where a single value belongs, and so on.
    WrongType,
    UnknownKey,
    /// A key written twice in one mapping.
    DuplicateKey,
    MissingKey,
    /// A fact id that is not kebab-case.
    BadId,
    /// A fact id used twice, in one file or across files.
    DuplicateId,
    /// A `value` that is not exactly one figure.
    BadValue,
    UnknownUnit,
    /// A `unit` (or an absolute tolerance) that disagrees with the fact's value.
    UnitMismatch,
    BadTolerance,
    BadPeriod,
    BadSeverity,
    /// An empty or malformed match term.
    BadTerm,
    BadRegex,
    /// A `match` with neither `all` nor `any`.
    EmptyMatch,
    BadDate,
    BadGlob,
    /// A path named in the config that does not exist.
    MissingPath,
    /// A fact id named in the config that no rule file declares.
    UnknownFact,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Read => "read",
            ErrorKind::Syntax => "syntax",
            ErrorKind::Empty => "empty",
            ErrorKind::WrongType => "wrong_type",
            ErrorKind::UnknownKey => "unknown_key",
            ErrorKind::DuplicateKey => "duplicate_key",
            ErrorKind::MissingKey => "missing_key",
            ErrorKind::BadId => "bad_id",
            ErrorKind::DuplicateId => "duplicate_id",
            ErrorKind::BadValue => "bad_value",
            ErrorKind::UnknownUnit => "unknown_unit",
            ErrorKind::UnitMismatch => "unit_mismatch",
            ErrorKind::BadTolerance => "bad_tolerance",
            ErrorKind::BadPeriod => "bad_period",
            ErrorKind::BadSeverity => "bad_severity",
            ErrorKind::BadTerm => "bad_term",
            ErrorKind::BadRegex => "bad_regex",
            ErrorKind::EmptyMatch => "empty_match",
            ErrorKind::BadDate => "bad_date",
            ErrorKind::BadGlob => "bad_glob",
            ErrorKind::MissingPath => "missing_path",
            ErrorKind::UnknownFact => "unknown_fact",
        }
    }
}

type Source = Arc<NamedSource<Arc<str>>>;

/// A file being checked: its name and text, shared by every error found in it.
#[derive(Debug, Clone)]
pub(crate) struct File {
    pub(crate) path: String,
    pub(crate) text: Arc<str>,
    source: Source,
    lines: Arc<LineIndex>,
    config: bool,
}

impl File {
    pub(crate) fn new(path: &str, text: &str, config: bool) -> File {
        let text: Arc<str> = Arc::from(text);
        File {
            path: path.to_string(),
            source: Arc::new(NamedSource::new(path, Arc::clone(&text))),
            lines: Arc::new(LineIndex::new(&text)),
            text,
            config,
        }
    }

    /// 1-based line and character column of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// An error underlining `span` in this file.
    pub(crate) fn error(
        &self,
        kind: ErrorKind,
        span: Span,
        message: impl Into<String>,
    ) -> RuleError {
        let (line, column) = self.line_col(span.start);
        RuleError {
            kind,
            message: message.into(),
            path: self.path.clone(),
            span: Some(span),
            line,
            column,
            help: None,
            config: self.config,
            source: Some(Arc::clone(&self.source)),
            labels: vec![Label {
                span,
                text: None,
                primary: true,
            }],
            notes: Vec::new(),
        }
    }

    /// A note pointing at `span` in this file, to hang on an error about another place.
    pub(crate) fn note(&self, span: Span, message: impl Into<String>, label: &str) -> RuleNote {
        let (line, column) = self.line_col(span.start);
        RuleNote {
            message: message.into(),
            path: self.path.clone(),
            span,
            line,
            column,
            label: label.to_string(),
            source: Arc::clone(&self.source),
        }
    }
}

#[derive(Debug, Clone)]
struct Label {
    span: Span,
    text: Option<String>,
    primary: bool,
}

/// One mistake in a rule file or the project config.
#[derive(Debug, Clone)]
pub struct RuleError {
    pub kind: ErrorKind,
    /// A sentence naming the culprit.
    pub message: String,
    /// The file as it was named (relative paths stay relative).
    pub path: String,
    /// The offending key or value, as an end-exclusive byte range; `None` when the file could
    /// not be read at all.
    pub span: Option<Span>,
    /// 1-based line and character column of `span`'s start; 0 without a span.
    pub line: usize,
    pub column: usize,
    /// What to do about it ("did you mean `tolerance`?").
    pub help: Option<String>,
    config: bool,
    source: Option<Source>,
    labels: Vec<Label>,
    notes: Vec<RuleNote>,
}

impl RuleError {
    /// An error about a whole file that has no text to show (it could not be read).
    pub(crate) fn unread(path: &str, message: String, help: Option<String>, config: bool) -> Self {
        RuleError {
            kind: ErrorKind::Read,
            message,
            path: path.to_string(),
            span: None,
            line: 0,
            column: 0,
            help,
            config,
            source: None,
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Labels the primary span.
    pub(crate) fn label(mut self, text: impl Into<String>) -> Self {
        if let Some(primary) = self.labels.iter_mut().find(|l| l.primary) {
            primary.text = Some(text.into());
        }
        self
    }

    /// Adds a secondary labelled span in the same file.
    pub(crate) fn also(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            text: Some(text.into()),
            primary: false,
        });
        self
    }

    pub(crate) fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }

    pub(crate) fn help_opt(mut self, text: Option<String>) -> Self {
        if text.is_some() {
            self.help = text;
        }
        self
    }

    /// Adds a related note (another place, possibly in another file).
    pub(crate) fn note(mut self, note: RuleNote) -> Self {
        self.notes.push(note);
        self
    }

    /// The stable code, such as `factlint::rules::unknown_key`.
    pub fn code(&self) -> String {
        format!("factlint::{}::{}", self.domain(), self.kind.name())
    }

    /// The notes attached to this error (for a duplicate id: where it was first declared).
    pub fn notes(&self) -> &[RuleNote] {
        &self.notes
    }

    /// Whether the error is about the project config rather than a rule file.
    pub fn is_config(&self) -> bool {
        self.config
    }

    fn domain(&self) -> &'static str {
        if self.config { "config" } else { "rules" }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

impl Diagnostic for RuleError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| &**s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().map(|l| {
            if l.primary {
                LabeledSpan::new_primary_with_span(l.text.clone(), l.span)
            } else {
                LabeledSpan::new_with_span(l.text.clone(), l.span)
            }
        })))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.notes.is_empty() {
            return None;
        }
        Some(Box::new(self.notes.iter().map(|n| n as &dyn Diagnostic)))
    }
}

/// Another place an error refers to, such as the first declaration of a duplicated id.
#[derive(Debug, Clone)]
pub struct RuleNote {
    pub message: String,
    pub path: String,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    label: String,
    source: Source,
}

impl fmt::Display for RuleNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleNote {}

impl Diagnostic for RuleNote {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&*self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(self.label.clone()), self.span),
        )))
    }
}

/// Every problem found while loading rules or the config. Loading is all or nothing: when
/// this is returned, no fact was loaded.
#[derive(Debug, Clone, Default)]
pub struct RuleErrors {
    pub errors: Vec<RuleError>,
}

impl RuleErrors {
    /// The files with problems, each once, in the order of their first error.
    pub fn paths(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for e in &self.errors {
            if !out.contains(&e.path.as_str()) {
                out.push(&e.path);
            }
        }
        out
    }

    fn all_config(&self) -> bool {
        !self.errors.is_empty() && self.errors.iter().all(|e| e.config)
    }
}

impl fmt::Display for RuleErrors {
    /// "3 problems in rules/a.yaml and rules/b.yaml; no rules were loaded."
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        let paths = self.paths();
        let files = match paths.as_slice() {
            [] => "the rules".to_string(),
            [one] => one.to_string(),
            [a, b] => format!("{a} and {b}"),
            many if many.len() <= 4 => {
                let (last, rest) = many.split_last().map_or((&"", &[][..]), |(l, r)| (l, r));
                format!("{} and {last}", rest.join(", "))
            }
            many => format!("{} files", many.len()),
        };
        let outcome = if self.all_config() {
            "the project config was not loaded"
        } else {
            "no rules were loaded"
        };
        let s = if n == 1 { "" } else { "s" };
        write!(f, "{n} problem{s} in {files}; {outcome}.")
    }
}

impl std::error::Error for RuleErrors {}

impl Diagnostic for RuleErrors {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(if self.all_config() {
            "factlint::config"
        } else {
            "factlint::rules"
        }))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        Some(Box::new(self.errors.iter().map(|e| e as &dyn Diagnostic)))
    }
}

/// The candidate closest to `word` when it is close enough to be a likely typo
/// (case-insensitive; at most one edit per three characters, and at least one allowed).
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let low = word.to_lowercase();
    let limit = (low.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&low, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// "`a`, `b` or `c`": a list of choices for a help line.
pub(crate) fn choices(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_word() {
        let keys = ["id", "about", "value", "tolerance", "match", "severity"];
        assert_eq!(closest("tolerence", keys), Some("tolerance"));
        assert_eq!(closest("vaule", keys), Some("value"));
        assert_eq!(closest("ID", keys), Some("id"));
        assert_eq!(closest("mach", keys), Some("match"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest("x", keys), None);
    }

    #[test]
    fn choices_read_as_a_list() {
        assert_eq!(choices(&["a"]), "`a`");
        assert_eq!(choices(&["a", "b", "c"]), "`a`, `b` or `c`");
    }

    #[test]
    fn codes_name_the_domain_and_kind() {
        let file = File::new("rules/a.yaml", "id: x\n", false);
        let e = file.error(ErrorKind::UnknownKey, Span::new(0, 2), "Unknown key.");
        assert_eq!(e.code(), "factlint::rules::unknown_key");
        assert_eq!((e.line, e.column), (1, 1));
        let config = File::new("factlint.yaml", "x: 1\n", true);
        let e = config.error(ErrorKind::BadDate, Span::new(3, 4), "Bad date.");
        assert_eq!(e.code(), "factlint::config::bad_date");
        assert_eq!((e.line, e.column), (1, 4));
    }

    #[test]
    fn the_summary_names_the_files() {
        let a = File::new("a.yaml", "x\n", false);
        let b = File::new("b.yaml", "x\n", false);
        let err = |f: &File| f.error(ErrorKind::Syntax, Span::new(0, 1), "m");
        let errors = RuleErrors {
            errors: vec![err(&a), err(&b), err(&a)],
        };
        assert_eq!(
            errors.to_string(),
            "3 problems in a.yaml and b.yaml; no rules were loaded."
        );
        let one = RuleErrors {
            errors: vec![err(&File::new("factlint.yaml", "x\n", true))],
        };
        assert_eq!(
            one.to_string(),
            "1 problem in factlint.yaml; the project config was not loaded."
        );
    }
}
