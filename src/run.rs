//! Running a command end to end on resolved settings: find inputs, read and parse them in
//! parallel, extract, and collect a report in a deterministic order. No printing here.

use crate::check::baseline::{Baseline, BaselineError};
use crate::check::{self, CheckOptions, CheckReport};
use crate::document::{DocOptions, Document};
use crate::extract::Extractor;
use crate::report::{DocumentClaims, ExtractReport, InputError};
use crate::rules::RuleSet;
use crate::rules::config::Config;
use crate::source::{self, SourceFile};
use rayon::prelude::*;
use std::path::PathBuf;

/// What a run works on, resolved from flags and config.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Files and directories; `-` is standard input.
    pub inputs: Vec<PathBuf>,
    /// Options for every document (`--date`).
    pub doc: DocOptions,
    /// The project config, for per-document dates.
    pub config: Option<Config>,
}

impl Settings {
    /// The options for one document: the `--date` flag, else the config's date for its path.
    fn doc_options(&self, path: &std::path::Path) -> DocOptions {
        let date = self
            .doc
            .date
            .or_else(|| self.config.as_ref().and_then(|c| c.date_for(path)));
        DocOptions { date }
    }
}

/// Reads, parses and extracts every input. Inputs that cannot be read are reported in
/// `errors`; the others are processed in parallel and returned in input order.
pub fn extract(settings: &Settings, extractor: &Extractor) -> ExtractReport {
    let mut errors = Vec::new();
    let mut paths = Vec::new();
    for found in source::walk(&settings.inputs) {
        match found {
            Ok(p) => paths.push(p),
            Err(e) => errors.push(InputError::from(e)),
        }
    }
    let results: Vec<Result<DocumentClaims, InputError>> = paths
        .par_iter()
        .map(|path| {
            let file = read(path)?;
            let document = Document::parse(file.path, file.text, &settings.doc_options(path))?;
            let claims = extractor.extract(&document);
            Ok(DocumentClaims { document, claims })
        })
        .collect();
    let mut report = ExtractReport {
        documents: Vec::with_capacity(results.len()),
        errors,
    };
    for r in results {
        match r {
            Ok(d) => report.documents.push(d),
            Err(e) => report.errors.push(e),
        }
    }
    report
}

/// Extracts every input, then checks the claims against the rules.
pub fn check(
    settings: &Settings,
    extractor: &Extractor,
    rules: &RuleSet,
    opts: &CheckOptions,
) -> (ExtractReport, CheckReport) {
    let extracted = extract(settings, extractor);
    let checked = check::check(&extracted.documents, rules, opts);
    (extracted, checked)
}

/// A baseline file to check against, or to record today's findings in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineFile {
    /// `--baseline FILE`: hide the findings it records, list its entries that no longer match.
    Compare(PathBuf),
    /// `--write-baseline FILE`: record the findings (after suppressions), then compare with it.
    Write(PathBuf),
}

/// [`check`], then [`check::filter`]: inline suppressions, then the baseline. A baseline to
/// compare with is read before anything is checked, so a missing or broken file stops the run
/// early; a baseline to write is written after suppressions and before the comparison.
pub fn check_filtered(
    settings: &Settings,
    extractor: &Extractor,
    rules: &RuleSet,
    opts: &CheckOptions,
    baseline: Option<&BaselineFile>,
) -> Result<(ExtractReport, CheckReport), BaselineError> {
    let known = match baseline {
        Some(BaselineFile::Compare(path)) => Some(Baseline::read(path)?),
        _ => None,
    };
    let (extracted, checked) = check(settings, extractor, rules, opts);
    let docs = &extracted.documents;
    let mut checked = check::filter(checked, docs, rules, known.as_ref());
    if let Some(BaselineFile::Write(path)) = baseline {
        let written = Baseline::of(&checked.findings, docs);
        written.write(path)?;
        checked = check::baseline::apply(checked, docs, &written);
    }
    Ok((extracted, checked))
}

fn read(path: &std::path::Path) -> Result<SourceFile, source::ReadError> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|e| {
            source::ReadError::Io {
                path: "-".into(),
                source: e,
            }
        })?;
        return Ok(SourceFile {
            path: "-".into(),
            text,
        });
    }
    source::read_file(path)
}
