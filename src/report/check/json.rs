//! `check --format json`: the findings contract, version 1 (docs/output.md). Fields are only
//! ever added; a change of meaning bumps the version.

use super::{CheckOutput, Reporter, Summary};
use crate::check::Finding;
use serde::Serialize;
use std::io;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    version: u32,
    summary: Summary,
    findings: &'a [Finding],
}

pub struct JsonReporter;

impl Reporter for JsonReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        let json = Json {
            version: VERSION,
            summary: Summary::of(run),
            findings: &run.report.findings,
        };
        serde_json::to_writer_pretty(&mut *out, &json)?;
        writeln!(out)
    }
}
