//! Findings: plain, serialisable data about one claim that contradicts a fact or another
//! claim, or about a suppression directive that does nothing. Every output format renders
//! these; none recomputes a verdict.

use crate::claim::{Direction, Interval, Period};
use crate::document::Document;
use crate::rules::Severity;
use crate::span::{Excerpt, Span};
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// The kind of finding; its string form is the stable code users suppress and look up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// A claim outside the fact's value and tolerance.
    Mismatch,
    /// Claims about a fact without a value that disagree with each other.
    Conflict,
    /// A claim that two facts fit equally well; not checked.
    Ambiguous,
    /// Consistent only through rounding or a hedge (off unless asked for).
    Rounded,
    /// A suppression directive that suppressed no finding.
    UnusedSuppression,
    /// A comment that starts like a suppression directive but cannot be read as one.
    BadSuppression,
}

impl Code {
    /// Every code, in the order documented in docs/checking.md.
    pub const ALL: [Code; 6] = [
        Code::Mismatch,
        Code::Conflict,
        Code::Ambiguous,
        Code::Rounded,
        Code::UnusedSuppression,
        Code::BadSuppression,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Mismatch => "factlint::mismatch",
            Code::Conflict => "factlint::conflict",
            Code::Ambiguous => "factlint::ambiguous",
            Code::Rounded => "factlint::rounded",
            Code::UnusedSuppression => "factlint::unused-suppression",
            Code::BadSuppression => "factlint::bad-suppression",
        }
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What the claim says, in its own unit and in the base unit.
#[derive(Debug, Clone, Serialize)]
pub struct Claimed {
    pub value: Option<f64>,
    pub unit: &'static str,
    pub interval: Interval,
    /// Signed by direction ("down 21%" is -21) and converted to the base unit.
    pub base: BaseValue,
    pub hedge: Option<&'static str>,
    pub direction: Option<Direction>,
    pub period: Option<Period>,
    /// The claim had no period of its own and was taken to be about the fact's.
    pub period_assumed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BaseValue {
    pub value: Option<f64>,
    pub unit: &'static str,
    pub interval: Interval,
}

/// What the fact says.
#[derive(Debug, Clone, Serialize)]
pub struct Expected {
    pub about: String,
    /// The fact's value as written in the rule file, if it has one.
    pub value: Option<String>,
    /// The accepted interval in the base unit (value widened by tolerance).
    pub interval: Option<Interval>,
    pub unit: &'static str,
    pub tolerance: String,
    pub period: Option<Period>,
    pub rule_file: String,
    pub rule_line: usize,
    pub sources: Vec<String>,
}

/// Another place a finding refers to (the other side of a conflict, a competing fact).
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    pub text: String,
    pub message: String,
    /// The related claim's sentence (not serialised).
    #[serde(skip)]
    pub excerpt: Excerpt,
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub fact: Option<String>,
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    pub text: String,
    /// The claim's sentence; for a finding about a directive, the directive's comment.
    pub sentence: Span,
    /// The claim as read; `None` for a finding about a directive rather than a claim.
    pub claimed: Option<Claimed>,
    pub expected: Option<Expected>,
    /// Shared: every conflict outside a fact's reference cluster names the same claims.
    pub related: Arc<[Related]>,
    /// Index of the document in the run (not serialised: paths identify documents).
    #[serde(skip)]
    pub document: usize,
    /// The sentence (or comment) as written, to show and place the finding without its
    /// document (not serialised).
    #[serde(skip)]
    pub excerpt: Excerpt,
    /// The sentence's prose ([`Document::prose`]), which baselines fingerprint (not
    /// serialised).
    #[serde(skip)]
    pub prose: String,
}

impl Finding {
    /// A finding at `span` of document `d`, in its sentence (or comment) `sentence`, with
    /// nothing claimed, expected or related yet.
    pub fn at(
        code: Code,
        severity: Severity,
        (doc, d): (&Document, usize),
        span: Span,
        sentence: Span,
        message: String,
    ) -> Finding {
        let (line, column) = doc.line_col(span.start);
        Finding {
            code,
            severity,
            fact: None,
            message,
            path: doc.path.clone(),
            line,
            column,
            span,
            text: doc.slice(span).to_string(),
            sentence,
            claimed: None,
            expected: None,
            related: Arc::from([]),
            document: d,
            excerpt: doc.excerpt(sentence),
            prose: doc.prose(sentence),
        }
    }

    /// The deterministic order of findings: by path, position, code, fact.
    pub fn sort_key(&self) -> (&str, usize, Code, &Option<String>) {
        (&self.path, self.span.start, self.code, &self.fact)
    }
}
