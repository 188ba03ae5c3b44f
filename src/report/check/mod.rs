//! Rendering a check run's findings. One file per format behind [`Reporter`]; every format
//! renders the same [`Finding`] values and none re-derives a verdict.

pub mod facts;
pub mod human;
pub mod json;

use crate::check::{CheckReport, Finding};
use crate::report::DocumentClaims;
use crate::rules::{RuleSet, Severity};
use serde::Serialize;
use std::io;

/// Everything a reporter may show.
pub struct CheckOutput<'a> {
    pub documents: &'a [DocumentClaims],
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
            documents: run.report.documents,
            claims: run.report.claims,
            bound: run.report.bindings.len(),
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

/// Findings at or above a severity.
pub fn at_least(findings: &[Finding], min: Severity) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(move |f| f.severity >= min)
}
