//! `factlint rules` (the loaded facts as a table or JSON) and `factlint explain FACT` (which
//! claims bound to a fact, which nearly did and why not).

use crate::check::{CheckReport, Miss, NearMiss, tolerance_text};
use crate::report::DocumentClaims;
use crate::report::human::fmt_num;
use crate::rules::{Fact, RuleSet};
use serde::Serialize;
use std::io::{self, Write};

/// A fact as `factlint rules --format json` lists it.
#[derive(Serialize)]
struct FactJson<'a> {
    id: &'a str,
    about: &'a str,
    value: Option<&'a str>,
    unit: &'a str,
    base_unit: &'a str,
    tolerance: String,
    period: Option<crate::claim::Period>,
    severity: crate::rules::Severity,
    file: &'a str,
    line: usize,
    sources: &'a [String],
}

fn fact_json<'a>(f: &'a Fact, rules: &'a RuleSet) -> FactJson<'a> {
    FactJson {
        id: &f.id,
        about: &f.about,
        value: f.value.as_ref().map(|v| v.text.as_str()),
        unit: f.unit,
        base_unit: f.base_unit,
        tolerance: tolerance_text(f.tolerance),
        period: f.period,
        severity: f.severity,
        file: rules.source_of(f).map_or("", |s| s.path.as_str()),
        line: f.origin.line,
        sources: &f.sources,
    }
}

/// Writes the loaded facts as JSON: `{"version": 1, "facts": [...]}`.
pub fn write_facts_json(rules: &RuleSet, out: &mut dyn Write) -> io::Result<()> {
    #[derive(Serialize)]
    struct Facts<'a> {
        version: u32,
        facts: Vec<FactJson<'a>>,
    }
    let facts = rules.facts.iter().map(|f| fact_json(f, rules)).collect();
    serde_json::to_writer_pretty(&mut *out, &Facts { version: 1, facts })?;
    writeln!(out)
}

/// Writes the loaded facts as a table, one line each.
pub fn write_facts(rules: &RuleSet, out: &mut dyn Write) -> io::Result<()> {
    for f in &rules.facts {
        let j = fact_json(f, rules);
        let value = j
            .value
            .map_or(format!("(agree) {}", f.unit), str::to_string);
        let period = j.period.map_or("-".to_string(), |p| p.to_string());
        writeln!(
            out,
            "{:<40} {:<24} {:<8} {:<8} {}:{}",
            j.id, value, j.tolerance, period, j.file, j.line
        )?;
    }
    writeln!(out, "{} facts", rules.facts.len())
}

/// What `explain` shows: a check run that kept every document and binding.
pub struct Explained<'a> {
    pub documents: &'a [DocumentClaims],
    pub report: &'a CheckReport,
    pub rules: &'a RuleSet,
}

/// Writes what `explain` found for one fact.
pub fn write_explain(run: &Explained, fact: usize, out: &mut dyn Write) -> io::Result<()> {
    let f = &run.rules.facts[fact];
    let j = fact_json(f, run.rules);
    writeln!(out, "{}: {}", f.id, f.about)?;
    match (j.value, f.expected_interval()) {
        (Some(v), Some(i)) => writeln!(
            out,
            "  expects {v} ({}), accepted {}..{} {}",
            j.tolerance,
            i.low.map_or("".into(), fmt_num),
            i.high.map_or("".into(), fmt_num),
            f.base_unit
        )?,
        _ => writeln!(
            out,
            "  no value: articles must agree within {} ({})",
            j.tolerance, f.unit
        )?,
    }
    if let Some(p) = f.period {
        writeln!(out, "  period {p}")?;
    }
    let terms = |t: &[crate::rules::Term]| {
        t.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        out,
        "  match: all [{}] any [{}] none [{}]",
        terms(&f.matcher.all),
        terms(&f.matcher.any),
        terms(&f.matcher.none)
    )?;
    writeln!(out, "  rule: {}:{}", j.file, j.line)?;

    let bound: Vec<_> = run
        .report
        .bindings
        .iter()
        .filter(|b| b.fact == fact)
        .collect();
    writeln!(out, "\nbound claims ({}):", bound.len())?;
    for b in bound {
        let dc = &run.documents[b.document];
        let c = &dc.claims[b.claim];
        let flagged = run.report.findings.iter().find(|x| {
            x.document == b.document && x.span == c.span && x.fact.as_deref() == Some(&f.id)
        });
        let verdict = flagged.map_or("consistent", |x| x.code.as_str());
        let assumed = if b.period_assumed {
            " (period assumed)"
        } else {
            ""
        };
        writeln!(out, "  {}  {verdict}{assumed}", place(run, b.document, c))?;
    }
    writeln!(out, "\nnear misses ({}):", run.report.near_misses.len())?;
    for m in &run.report.near_misses {
        let c = &run.documents[m.document].claims[m.claim];
        writeln!(out, "  {}  {}", place(run, m.document, c), why(run, m))?;
    }
    Ok(())
}

fn place(run: &Explained, d: usize, c: &crate::claim::Claim) -> String {
    let doc = &run.documents[d].document;
    let (line, col) = doc.line_col(c.span.start);
    format!("{}:{line}:{col}  {}", doc.path, doc.slice(c.span))
}

fn why(run: &Explained, m: &NearMiss) -> String {
    let show = |p: Option<crate::claim::Period>| p.map_or("none".to_string(), |p| p.to_string());
    match &m.reason {
        Miss::Unit { claim, fact } => format!("unit {claim:?} is not the fact's {fact:?}"),
        Miss::Period {
            claim,
            fact,
            document_date,
        } => format!(
            "period {} does not fit {} (document date {})",
            show(*claim),
            show(*fact),
            document_date.map_or("none".to_string(), |d| d.to_string())
        ),
        Miss::Outranked { by } => format!(
            "bound to {} instead (its words are nearer)",
            run.rules.facts[*by].id
        ),
        Miss::Ambiguous { with } => format!(
            "fits {} equally well: not checked",
            run.rules.facts[*with].id
        ),
        Miss::Nearer { claim } => {
            let c = &run.documents[m.document].claims[*claim];
            format!(
                "another claim in the sentence is nearer the words: {}",
                run.documents[m.document].document.slice(c.span)
            )
        }
    }
}
