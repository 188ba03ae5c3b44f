//! Declared facts, loaded from rule files. (Interface only: the loader lands separately.)

use crate::claim::{Dimension, Interval, Period};
use crate::span::Span;

pub struct RuleSet {
    pub facts: Vec<Fact>,
    pub sources: Vec<RuleSource>,
}

pub struct RuleSource {
    pub path: String,
    pub text: String,
}

pub struct Fact {
    pub id: String,
    pub about: String,
    pub value: Option<ExpectedValue>,
    pub unit: &'static str,
    pub dimension: Dimension,
    pub base_unit: &'static str,
    pub tolerance: Tolerance,
    pub period: Option<Period>,
    pub matcher: Matcher,
    pub severity: Severity,
    pub sources: Vec<String>,
    pub origin: Origin,
}

pub struct ExpectedValue {
    pub base: f64,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    Relative(f64),
    Absolute(f64),
    Exact,
}

pub struct Matcher {
    pub all: Vec<Term>,
    pub any: Vec<Term>,
    pub none: Vec<Term>,
}

pub enum Term {
    Phrase(String),
    Regex(regex::Regex),
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

pub struct Origin {
    pub source: usize,
    pub span: Span,
    pub line: usize,
    pub column: usize,
}

impl Fact {
    pub fn tolerance_width(&self, at: f64) -> f64 {
        match self.tolerance {
            Tolerance::Relative(r) => r * at.abs(),
            Tolerance::Absolute(a) => a,
            Tolerance::Exact => 0.0,
        }
    }
    pub fn expected_interval(&self) -> Option<Interval> {
        let v = self.value.as_ref()?.base;
        let w = self.tolerance_width(v);
        Some(Interval::closed(v - w, v + w))
    }
}

impl Matcher {
    pub fn is_empty(&self) -> bool {
        self.all.is_empty() && self.any.is_empty()
    }
}
