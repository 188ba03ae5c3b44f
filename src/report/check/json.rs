//! `check --format json`: the findings contract, version 1 (docs/output.md). Fields are only
//! ever added; a change of meaning bumps the version.

use super::{CheckOutput, Reporter, Summary};
use crate::check::Finding;
use crate::check::baseline::Entry;
use serde::Serialize;
use std::io;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    summary: Summary,
    findings: &'a [Finding],
    /// With a baseline only: its entries that no finding matches any more.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_unmatched: Option<&'a [Entry]>,
}

pub struct JsonReporter;

impl Reporter for JsonReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        let json = Json {
            version: VERSION,
            summary: Summary::of(run),
            findings: &run.report.findings,
            baseline_unmatched: run.report.baseline.as_ref().map(|b| &b.unmatched[..]),
        };
        serde_json::to_writer_pretty(&mut *out, &json)?;
        writeln!(out)
    }
}
