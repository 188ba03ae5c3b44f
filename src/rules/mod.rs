//! Facts declared in YAML rule files, and the project config that names them.
//!
//! This module owns reading rule files into a [`RuleSet`] of [`Fact`]s: each fact's expected
//! value (read by the article extractor, so rules and articles share one notion of units and
//! scales), tolerance, period, `match` terms, severity and where it is written. It also owns
//! `factlint.yaml` ([`config`]). Every mistake in every file is reported at once as a
//! [`RuleErrors`] of miette diagnostics underlining the YAML; nothing is half-loaded.
//!
//! It does not bind claims to facts or judge them: that is the checker's. The rule file format
//! is documented for users in `docs/rules.md`.

pub mod config;
mod errors;
mod load;
#[cfg(test)]
mod load_tests;
mod matcher;
mod period;
mod schema;
mod value;
mod yaml;

pub use errors::{ErrorKind, RuleError, RuleErrors, RuleNote};
pub(crate) use load::is_kebab;
pub use load::{load, load_texts, load_with_defaults};
pub use matcher::{Matcher, Term, normalize};

use crate::claim::{Dimension, Interval, Period};
use crate::span::Span;

/// Every fact from every rule file, in file order (files sorted by path within a folder).
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub facts: Vec<Fact>,
    /// Each rule file, for diagnostics; [`Origin::source`] indexes this.
    pub sources: Vec<RuleSource>,
}

impl RuleSet {
    /// The fact with this id.
    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The rule file a fact is written in.
    pub fn source_of(&self, fact: &Fact) -> Option<&RuleSource> {
        self.sources.get(fact.origin.source)
    }
}

/// One rule file as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSource {
    /// The path as found (relative paths stay relative).
    pub path: String,
    pub text: String,
}

/// One declared fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Unique across all rule files; kebab-case.
    pub id: String,
    /// What the fact is, in words ("Russia-China bilateral trade in 2024"); may be empty.
    pub about: String,
    /// The expected value; `None` when articles must only agree with each other.
    pub value: Option<ExpectedValue>,
    /// Canonical unit code of the value as written ("USD", "%", "bcm", "" for a count).
    pub unit: &'static str,
    pub dimension: Dimension,
    /// The dimension's base unit code ("m3", "USD", "%", "" for a count): what
    /// [`ExpectedValue::base`] and absolute tolerances are in.
    pub base_unit: &'static str,
    pub tolerance: Tolerance,
    /// The period the fact is about; `None` = timeless.
    pub period: Option<Period>,
    pub matcher: Matcher,
    pub severity: Severity,
    /// Where the fact comes from (URLs or citations), as written.
    pub sources: Vec<String>,
    pub origin: Origin,
}

/// A fact's value.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedValue {
    /// Signed, in the base unit: "-21%" and "down 21%" are -21.0; "245 billion USD" is 2.45e11.
    pub base: f64,
    /// As written in the YAML ("245 billion USD").
    pub text: String,
}

/// How far a claim may be from a fact's value and still agree with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// A share of the value: 0.01 for `1%`.
    Relative(f64),
    /// A distance either side, in the fact's base unit: `2 billion USD` is 2e9.
    Absolute(f64),
    /// No distance at all (a claim still agrees through its own rounding and hedge).
    Exact,
}

/// The tolerance when neither the fact, its file's `defaults` nor the config gives one.
pub const DEFAULT_TOLERANCE: Tolerance = Tolerance::Relative(0.01);

/// The severity when neither the fact, its file's `defaults` nor the config gives one.
pub const DEFAULT_SEVERITY: Severity = Severity::Error;

/// How serious a finding against a fact is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a fact is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Index into [`RuleSet::sources`].
    pub source: usize,
    /// The fact's `id` value in the YAML.
    pub span: Span,
    /// 1-based line and character column of `span`'s start.
    pub line: usize,
    pub column: usize,
}

/// Tolerance and severity for facts that give none: from a rule file's `defaults` or the
/// project config's. Unset fields fall through to the next level.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Defaults {
    /// Relative or exact only: a default applies to facts of every unit.
    pub tolerance: Option<Tolerance>,
    pub severity: Option<Severity>,
}

impl Defaults {
    /// These defaults, with `fallback`'s where these have none.
    pub fn or(self, fallback: Defaults) -> Defaults {
        Defaults {
            tolerance: self.tolerance.or(fallback.tolerance),
            severity: self.severity.or(fallback.severity),
        }
    }
}

impl Tolerance {
    /// The absolute half-width allowed around `at` (base unit).
    pub fn width(self, at: f64) -> f64 {
        match self {
            Tolerance::Relative(r) => r * at.abs(),
            Tolerance::Absolute(a) => a,
            Tolerance::Exact => 0.0,
        }
    }
}

impl Fact {
    /// The expected value widened by the tolerance, in base unit, closed at both ends;
    /// `None` without a value.
    pub fn expected_interval(&self) -> Option<Interval> {
        let v = self.value.as_ref()?.base;
        let w = self.tolerance.width(v);
        Some(Interval::closed(v - w, v + w))
    }

    /// The absolute half-width this fact's tolerance allows around `at` (base unit). For a
    /// fact without a value, two claims agree when they are within this distance of each
    /// other (measured around either one).
    pub fn tolerance_width(&self, at: f64) -> f64 {
        self.tolerance.width(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(value: f64, tolerance: Tolerance) -> Fact {
        Fact {
            id: "f".into(),
            about: String::new(),
            value: Some(ExpectedValue {
                base: value,
                text: value.to_string(),
            }),
            unit: "USD",
            dimension: Dimension::Currency,
            base_unit: "USD",
            tolerance,
            period: None,
            matcher: Matcher::default(),
            severity: Severity::Error,
            sources: Vec::new(),
            origin: Origin {
                source: 0,
                span: Span::new(0, 1),
                line: 1,
                column: 1,
            },
        }
    }

    #[test]
    fn expected_interval_widens_by_the_tolerance() {
        let f = fact(245e9, Tolerance::Relative(0.01));
        assert_eq!(
            f.expected_interval(),
            Some(Interval::closed(242.55e9, 247.45e9))
        );
        let f = fact(-21.0, Tolerance::Relative(0.01));
        assert_eq!(
            f.expected_interval(),
            Some(Interval::closed(-21.21, -20.79))
        );
        let f = fact(245e9, Tolerance::Absolute(2e9));
        assert_eq!(f.expected_interval(), Some(Interval::closed(243e9, 247e9)));
        let f = fact(245e9, Tolerance::Exact);
        assert_eq!(f.expected_interval(), Some(Interval::point(245e9)));
        let mut f = fact(1.0, Tolerance::Exact);
        f.value = None;
        assert_eq!(f.expected_interval(), None);
    }

    #[test]
    fn tolerance_width_is_absolute() {
        assert_eq!(
            fact(0.0, Tolerance::Relative(0.05)).tolerance_width(-200.0),
            10.0
        );
        assert_eq!(
            fact(0.0, Tolerance::Absolute(3.0)).tolerance_width(1e9),
            3.0
        );
        assert_eq!(fact(0.0, Tolerance::Exact).tolerance_width(5.0), 0.0);
    }

    #[test]
    fn severities_order_and_serialise_in_lower_case() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!(
            serde_json::to_string(&Severity::Warning).ok().as_deref(),
            Some("\"warning\"")
        );
    }
}
