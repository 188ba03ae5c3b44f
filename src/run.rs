//! Running a command end to end on resolved settings: find inputs, read and parse them in
//! parallel, extract, and collect a report in a deterministic order. No printing here.

use crate::check::baseline::{Baseline, BaselineError};
use crate::check::index::RuleIndex;
use crate::check::suppress::{self, Suppressions};
use crate::check::{self, CheckOptions, CheckReport, DocumentCheck, Join};
use crate::claim::Claim;
use crate::document::{DocOptions, Document};
use crate::extract::{self, Extractor};
use crate::report::{DocumentClaims, ExtractReport, InputError};
use crate::rules::RuleSet;
use crate::rules::config::Config;
use crate::source::{self, SourceFile};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// What a run works on, resolved from flags and config.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Files and directories; `-` is standard input.
    pub inputs: Vec<PathBuf>,
    /// Options for every document (`--date`).
    pub doc: DocOptions,
    /// The project config, for per-document dates.
    pub config: Option<Config>,
    /// The name standard input (`-`) goes by: its format and config date follow it
    /// (`--stdin-filename`). Default: `-`, read as plain text.
    pub stdin_name: Option<String>,
}

impl Settings {
    /// The options for one document: the `--date` flag, else the config's date for its path.
    fn doc_options(&self, path: &std::path::Path) -> DocOptions {
        let named = self.stdin_name.as_deref().filter(|_| is_stdin(path));
        let path = named.map_or(path, std::path::Path::new);
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
    extract_with_progress(settings, extractor, &|_| {}, &|| {})
}

/// Like [`extract()`], telling `start` how many documents there are and calling `tick` as each
/// is done (from any thread), so a caller can show progress.
pub fn extract_with_progress(
    settings: &Settings,
    extractor: &Extractor,
    start: &dyn Fn(usize),
    tick: &(dyn Fn() + Sync),
) -> ExtractReport {
    let (paths, errors) = inputs(settings);
    start(paths.len());
    let results: Vec<Result<DocumentClaims, InputError>> = paths
        .par_iter()
        .map(|path| {
            let extracted = read_and_extract(settings, extractor, path);
            tick();
            extracted
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

/// The files to read, and the inputs that could not be walked.
fn inputs(settings: &Settings) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut errors = Vec::new();
    let mut paths = Vec::new();
    for found in source::walk(&settings.inputs) {
        match found {
            Ok(p) => paths.push(p),
            Err(e) => errors.push(InputError::from(e)),
        }
    }
    (paths, errors)
}

/// Reads, parses and extracts one input.
fn read_and_extract(
    settings: &Settings,
    extractor: &Extractor,
    path: &Path,
) -> Result<DocumentClaims, InputError> {
    let file = read(path, settings.stdin_name.as_deref())?;
    let document = Document::parse(file.path, file.text, &settings.doc_options(path))?;
    let claims = extractor.extract(&document);
    Ok(DocumentClaims { document, claims })
}

/// Extracts every input, then checks the claims against the rules. Every document, claim
/// and binding is kept (`explain` shows them); [`check_filtered`] is the streaming run.
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

/// Progress callbacks: `start` learns how many documents there are, `tick` is called as each
/// is done (from any thread).
#[derive(Clone, Copy)]
pub struct Progress<'a> {
    pub start: &'a dyn Fn(usize),
    pub tick: &'a (dyn Fn() + Sync),
}

impl Progress<'_> {
    /// No progress reporting.
    pub fn none() -> Progress<'static> {
        Progress {
            start: &|_| {},
            tick: &|| {},
        }
    }
}

/// A baseline file to check against, or to record today's findings in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaselineFile {
    /// `--baseline FILE`: hide the findings it records, list its entries that no longer match.
    Compare(PathBuf),
    /// `--write-baseline FILE`: record the findings (after suppressions), then compare with it.
    Write(PathBuf),
}

/// Checks every input, then applies [`check::filter`]: inline suppressions, then the
/// baseline. Returns the report and the inputs that could not be read.
///
/// Documents are streamed: each is read, parsed, extracted and checked on its own, in
/// parallel, and dropped at once. What outlives it is small: its findings (which carry their
/// sentences), its suppression directives, and the claims bound to facts without a value,
/// which the conflicts between documents need. So memory grows with what is found, not with
/// the corpus. Bindings are counted, not kept.
///
/// A baseline to compare with is read before anything is checked, so a missing or broken
/// file stops the run early; a baseline to write is written after suppressions and before
/// the comparison.
pub fn check_filtered(
    settings: &Settings,
    extractor: &Extractor,
    rules: &RuleSet,
    opts: &CheckOptions,
    baseline: Option<&BaselineFile>,
    progress: Progress,
) -> Result<(CheckReport, Vec<InputError>), BaselineError> {
    let known = match baseline {
        Some(BaselineFile::Compare(path)) => Some(Baseline::read(path)?),
        _ => None,
    };
    let (checked, suppressions, errors) =
        check_streamed(settings, extractor, rules, opts, progress);
    let mut checked = check::filter(checked, suppressions, known.as_ref());
    if let Some(BaselineFile::Write(path)) = baseline {
        let written = Baseline::of(&checked.findings);
        written.write(path)?;
        checked = check::baseline::apply(checked, &written);
    }
    Ok((checked, errors))
}

/// What a streaming run keeps of one document.
struct Kept {
    path: String,
    claims: usize,
    check: DocumentCheck,
    suppressions: Option<Suppressions>,
}

/// Documents checked in parallel before their results are joined: enough to keep both
/// cores busy, few enough that the results waiting to be joined stay small.
const DOCUMENTS_PER_BATCH: usize = 512;

/// Reads, extracts and checks one input for a streaming run. The result is numbered as
/// document 0 until [`Join::add`] gives it its index; bindings are counted, not kept. A
/// document the extractor would read in parallel runs of sentences is checked run by run
/// instead, extraction and checking together, so its claims are never all held at once.
fn check_one(
    settings: &Settings,
    extractor: &Extractor,
    rules: &RuleSet,
    index: &RuleIndex,
    opts: &CheckOptions,
    known: &[&str],
    path: &Path,
) -> Result<Kept, InputError> {
    let file = read(path, settings.stdin_name.as_deref())?;
    let doc = Document::parse(file.path, file.text, &settings.doc_options(path))?;
    let check_run = |claims: &[Claim]| {
        let mut check = check::check_document(0, &doc, claims, rules, index, opts);
        check.bindings = Vec::new();
        (claims.len(), check)
    };
    let (claims, check) = if doc.text.len() < extract::PARALLEL_BYTES {
        check_run(&extractor.extract(&doc))
    } else {
        let runs: Vec<(usize, DocumentCheck)> = doc
            .sentences
            .par_chunks(extract::SENTENCES_PER_TASK)
            .map(|run| check_run(&extractor.extract_sentences(&doc, run)))
            .collect();
        let mut whole = (0, DocumentCheck::default());
        for (claims, check) in runs {
            whole.0 += claims;
            whole.1.append(check);
        }
        whole
    };
    Ok(Kept {
        suppressions: Suppressions::read(&doc, 0, known),
        path: doc.path,
        claims,
        check,
    })
}

/// The streaming check of [`check_filtered`], before suppressions and baselines.
fn check_streamed(
    settings: &Settings,
    extractor: &Extractor,
    rules: &RuleSet,
    opts: &CheckOptions,
    progress: Progress,
) -> (CheckReport, Vec<(usize, Suppressions)>, Vec<InputError>) {
    let (paths, mut errors) = inputs(settings);
    (progress.start)(paths.len());
    let index = RuleIndex::new(&rules.facts);
    let known = suppress::known_ids(rules);
    let mut join = Join::default();
    let mut suppressions = Vec::new();
    for batch in paths.chunks(DOCUMENTS_PER_BATCH) {
        let results: Vec<Result<Kept, InputError>> = batch
            .par_iter()
            .map(|path| {
                let kept = check_one(settings, extractor, rules, &index, opts, &known, path);
                (progress.tick)();
                kept
            })
            .collect();
        for r in results {
            match r {
                Ok(kept) => {
                    if let Some(mut s) = kept.suppressions {
                        s.renumber(join.len());
                        suppressions.push((join.len(), s));
                    }
                    join.add(kept.path, kept.claims, kept.check);
                }
                Err(e) => errors.push(e),
            }
        }
    }
    (join.finish(rules), suppressions, errors)
}

fn is_stdin(path: &std::path::Path) -> bool {
    path.as_os_str() == source::STDIN
}

/// Reads one input; `-` is standard input, under its `--stdin-filename` name if given.
fn read(path: &Path, stdin_name: Option<&str>) -> Result<SourceFile, source::ReadError> {
    if is_stdin(path) {
        return source::read_stdin(stdin_name.unwrap_or(source::STDIN));
    }
    source::read_file(path)
}
