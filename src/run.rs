//! Running a command end to end on resolved settings: find inputs, read and parse them in
//! parallel, extract, and collect a report in a deterministic order. No printing here.

use crate::document::{DocOptions, Document};
use crate::extract::Extractor;
use crate::report::{DocumentClaims, ExtractReport, InputError};
use crate::source::{self, SourceFile};
use rayon::prelude::*;
use std::path::PathBuf;

/// What an `extract` run works on, resolved from flags and config.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Files and directories; `-` is standard input.
    pub inputs: Vec<PathBuf>,
    pub doc: DocOptions,
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
            let document = Document::parse(file.path, file.text, &settings.doc)?;
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
