//! The `extract --format json` contract, version 1 (docs/output.md). Field meanings never
//! change without a version bump; new fields may be added.

use super::ExtractReport;
use crate::claim::{Claim, ClaimKind, Dimension, Direction, Interval, Period};
use crate::document::Document;
use crate::span::Span;
use serde::Serialize;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
pub struct ExtractJson<'a> {
    pub version: u32,
    pub documents: Vec<DocumentJson<'a>>,
    pub errors: Vec<ErrorJson>,
}

#[derive(Serialize)]
pub struct DocumentJson<'a> {
    pub path: &'a str,
    pub date: Option<String>,
    pub date_source: Option<crate::document::DateSource>,
    pub title: Option<&'a str>,
    pub claims: Vec<ClaimJson<'a>>,
}

#[derive(Serialize)]
pub struct ClaimJson<'a> {
    pub text: &'a str,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub sentence: Span,
    pub value: Option<f64>,
    pub unit: &'a str,
    pub dimension: &'static str,
    /// Lower-cased, as the contract says; `""` when there is none.
    pub noun: String,
    pub base: BaseJson<'a>,
    pub interval: Interval,
    pub hedge: Option<&'static str>,
    pub direction: Option<Direction>,
    pub period: Option<Period>,
    pub kind: ClaimKind,
}

#[derive(Serialize)]
pub struct BaseJson<'a> {
    pub value: Option<f64>,
    pub unit: &'a str,
    pub interval: Interval,
}

#[derive(Serialize)]
pub struct ErrorJson {
    pub path: String,
    pub message: String,
}

fn dimension(d: Dimension) -> &'static str {
    d.as_str()
}

/// Builds the JSON value of a claim in a document.
pub fn claim<'a>(doc: &'a Document, c: &'a Claim) -> ClaimJson<'a> {
    let (line, column) = doc.line_col(c.span.start);
    ClaimJson {
        text: doc.slice(c.span),
        span: c.span,
        line,
        column,
        sentence: c.sentence,
        value: c.quantity.value,
        unit: c.quantity.unit,
        dimension: dimension(c.quantity.dimension),
        noun: c.noun(&doc.text).map(str::to_lowercase).unwrap_or_default(),
        base: BaseJson {
            value: c.quantity.base.value,
            unit: c.quantity.base.unit,
            interval: c.quantity.base.interval,
        },
        interval: c.quantity.interval,
        hedge: c.hedge.map(|h| h.as_str()),
        direction: c.direction,
        period: c.period,
        kind: c.kind,
    }
}

/// The whole report as the contract's JSON value.
pub fn report(r: &ExtractReport) -> ExtractJson<'_> {
    ExtractJson {
        version: VERSION,
        documents: r
            .documents
            .iter()
            .map(|d| DocumentJson {
                path: &d.document.path,
                date: d.document.date.map(|x| x.to_string()),
                date_source: d.document.date_source,
                title: d.document.title.as_deref(),
                claims: d.claims.iter().map(|c| claim(&d.document, c)).collect(),
            })
            .collect(),
        errors: r
            .errors
            .iter()
            .map(|e| ErrorJson {
                path: error_path(e),
                message: e.to_string(),
            })
            .collect(),
    }
}

fn error_path(e: &super::InputError) -> String {
    match e {
        super::InputError::Read(r) => r.path().to_string(),
        super::InputError::Document(d) => d.path().to_string(),
    }
}

/// Writes the report as pretty JSON followed by a newline.
pub fn write(r: &ExtractReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &report(r))?;
    writeln!(out)
}
