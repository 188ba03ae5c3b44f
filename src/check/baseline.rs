//! Baselines: the findings a corpus had when factlint was adopted, recorded in a file, so that
//! a check fails only on new ones and says which recorded ones are gone.
//!
//! A finding's identity is its [`fingerprint`]: SHA-256 over its code, fact, document path,
//! claim text and the text of its sentence (whitespace collapsed), never its line or byte
//! position, so editing elsewhere in a document does not resurrect it. The same fingerprint
//! may occur more than once (a sentence repeated in one article): entries and findings are
//! matched as multisets, one finding per entry.
//!
//! The file is versioned JSON with stable bytes (docs/output.md). This module builds,
//! compares, reads and writes it; it does not decide which findings exist, and only
//! [`Baseline::read`] and [`Baseline::write`] touch the file system.

use super::{CheckReport, Finding};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Component, Path};

/// The baseline file's format version.
pub const VERSION: u32 = 1;

/// Hashed before the fields, so that a future algorithm cannot collide with this one.
const DOMAIN: &[u8] = b"factlint-fingerprint-v1";

/// Hex digits in a fingerprint: the first 16 bytes of the digest.
const FINGERPRINT_LEN: usize = 32;

/// One recorded finding. Only `fingerprint` identifies it; the rest is for readers (and for
/// listing entries that no longer match).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub code: String,
    pub fact: Option<String>,
    pub path: String,
    pub text: String,
}

impl Entry {
    /// The order of entries in the file: by path, then code, fact, text and fingerprint, so a
    /// document's entries stand together and duplicates are adjacent.
    fn sort_key(&self) -> (&str, &str, Option<&str>, &str, &str) {
        (
            &self.path,
            &self.code,
            self.fact.as_deref(),
            &self.text,
            &self.fingerprint,
        )
    }
}

/// A set of recorded findings (duplicates kept: each stands for one finding).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    /// Sorted by `Entry::sort_key`.
    pub entries: Vec<Entry>,
}

/// The file: `{"version": 1, "findings": [...]}`.
#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

/// Only the version, read first so that another version is named rather than misparsed.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// A baseline file that cannot be read, parsed or written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum BaselineError {
    #[error("The baseline file {path} cannot be read: {error}.")]
    #[diagnostic(
        code(factlint::baseline),
        help("Check the path, or record today's findings first with `--write-baseline FILE`.")
    )]
    Read { path: String, error: std::io::Error },
    #[error("The baseline file {path} is not a factlint baseline: {message}.")]
    #[diagnostic(
        code(factlint::baseline),
        help(
            "A baseline is the JSON that `factlint check --write-baseline FILE` writes \
             (docs/output.md); write it again rather than editing it by hand."
        )
    )]
    Parse { path: String, message: String },
    #[error("The baseline file {path} has version {found}; this factlint reads version 1.")]
    #[diagnostic(
        code(factlint::baseline),
        help("Write the baseline again with this factlint's `--write-baseline FILE`.")
    )]
    Version { path: String, found: u64 },
    #[error("The baseline file {path} cannot be written: {error}.")]
    #[diagnostic(code(factlint::baseline))]
    Write { path: String, error: std::io::Error },
}

impl Baseline {
    /// Records findings (of the documents they were found in).
    pub fn of(findings: &[Finding]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                fingerprint: fingerprint(f),
                code: f.code.as_str().to_string(),
                fact: f.fact.clone(),
                path: normal_path(&f.path),
                text: collapse(&f.text),
            })
            .collect();
        entries.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        Baseline { entries }
    }

    /// The file's bytes: pretty JSON (two-space indent, UTF-8 as is), entries sorted, a final
    /// newline. The same baseline always gives the same bytes.
    pub fn to_json(&self) -> String {
        let file = BaselineFile {
            version: VERSION,
            findings: self.entries.clone(),
        };
        let mut json = serde_json::to_string_pretty(&file).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Parses a baseline file's text; `path` names it in errors. Entries are re-sorted, so a
    /// hand-reordered file still works.
    pub fn from_json(text: &str, path: &str) -> Result<Baseline, BaselineError> {
        let parse_error = |e: serde_json::Error| BaselineError::Parse {
            path: path.to_string(),
            message: if e.is_syntax() || e.is_eof() {
                format!(
                    "it is not valid JSON (line {}, column {})",
                    e.line(),
                    e.column()
                )
            } else {
                e.to_string()
            },
        };
        let versioned: Versioned = serde_json::from_str(text).map_err(parse_error)?;
        if versioned.version != u64::from(VERSION) {
            return Err(BaselineError::Version {
                path: path.to_string(),
                found: versioned.version,
            });
        }
        let file: BaselineFile = serde_json::from_str(text).map_err(parse_error)?;
        if let Some((i, e)) = file
            .findings
            .iter()
            .enumerate()
            .find(|(_, e)| !is_fingerprint(&e.fingerprint))
        {
            return Err(BaselineError::Parse {
                path: path.to_string(),
                message: format!(
                    "finding {} has the fingerprint {:?}, which is not {FINGERPRINT_LEN} \
                     lower-case hexadecimal digits",
                    i + 1,
                    e.fingerprint
                ),
            });
        }
        let mut entries = file.findings;
        entries.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        Ok(Baseline { entries })
    }

    /// Reads a baseline file. A missing file is an error: a baseline is given on purpose.
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| BaselineError::Read {
            path: shown.clone(),
            error,
        })?;
        Baseline::from_json(&text, &shown)
    }

    /// Writes the baseline file ([`Baseline::to_json`]), replacing any file there.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        std::fs::write(path, self.to_json()).map_err(|error| BaselineError::Write {
            path: path.display().to_string(),
            error,
        })
    }
}

/// What comparing a check's findings with a baseline found.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Findings the baseline records: not reported and not failing.
    pub known: Vec<Finding>,
    /// Entries no finding matches any more (fixed, or their sentence was edited): removable.
    pub unmatched: Vec<Entry>,
}

/// Moves the findings the baseline records to [`Outcome::known`]; the others stay in
/// `report.findings`. With duplicates, the first findings in order match first.
pub fn apply(mut report: CheckReport, baseline: &Baseline) -> CheckReport {
    let mut left: FxHashMap<&str, usize> = FxHashMap::default();
    for e in &baseline.entries {
        *left.entry(e.fingerprint.as_str()).or_default() += 1;
    }
    let mut outcome = Outcome::default();
    for f in std::mem::take(&mut report.findings) {
        let fp = fingerprint(&f);
        match left.get_mut(fp.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                outcome.known.push(f);
            }
            _ => report.findings.push(f),
        }
    }
    for e in &baseline.entries {
        if let Some(n) = left.get_mut(e.fingerprint.as_str())
            && *n > 0
        {
            *n -= 1;
            outcome.unmatched.push(e.clone());
        }
    }
    report.baseline = Some(outcome);
    report
}

/// A finding's identity (docs/output.md, "Baseline file"): 32 lower-case hex digits, the first
/// 16 bytes of SHA-256 over `factlint-fingerprint-v1` followed by five fields, each as its
/// UTF-8 length (8 bytes, little-endian) then its bytes:
///
/// 1. the code (`factlint::mismatch`);
/// 2. the fact id, or the empty string for a finding without one;
/// 3. the document path as given, `/`-separated, without `.` components;
/// 4. the claim text, whitespace runs collapsed to one space;
/// 5. the sentence: its prose pieces joined (Markdown markup left out; a space where the bytes
///    between two pieces hold whitespace, such as a soft line break), whitespace runs
///    collapsed to one space and trimmed; for a finding about a directive, its comment.
///
/// No line, column or byte offset enters it.
pub fn fingerprint(f: &Finding) -> String {
    let fields = [
        f.code.as_str(),
        f.fact.as_deref().unwrap_or(""),
        &normal_path(&f.path),
        &collapse(&f.text),
        &collapse(&f.prose),
    ];
    hash_fields(&fields)
}

/// The hash of [`fingerprint`] over already-normalised fields.
fn hash_fields(fields: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(DOMAIN);
    for field in fields {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    let digest = h.finalize();
    digest[..FINGERPRINT_LEN / 2]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn is_fingerprint(s: &str) -> bool {
    s.len() == FINGERPRINT_LEN && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Whitespace runs become one space; the ends are trimmed.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A path as given, `/`-separated and without `.` components (`./a\b.md` on Windows and
/// `a/b.md` elsewhere both give `a/b.md`).
fn normal_path(path: &str) -> String {
    let parts: Vec<String> = Path::new(path)
        .components()
        .filter_map(|c| match c {
            Component::CurDir => None,
            Component::RootDir => Some(String::new()),
            c => Some(c.as_os_str().to_string_lossy().into_owned()),
        })
        .collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Code, suppress};
    use crate::document::Document;
    use crate::document::{DocOptions, Format};
    use crate::rules::Severity;
    use crate::span::Span;

    fn doc(path: &str, text: &str) -> Document {
        Document::parse_as(
            path,
            text.to_string(),
            Format::Markdown,
            &DocOptions::default(),
        )
        .unwrap()
    }

    /// A mismatch of fact `a` on the first `needle`, in its sentence.
    fn finding(doc: &Document, d: usize, needle: &str) -> Finding {
        let start = doc.text.find(needle).unwrap();
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.span.start <= start && start < s.span.end)
            .unwrap()
            .span;
        let span = Span::new(start, start + needle.len());
        let mut f = Finding::at(
            Code::Mismatch,
            Severity::Error,
            (doc, d),
            span,
            sentence,
            String::new(),
        );
        f.fact = Some("a".into());
        f
    }

    #[test]
    fn the_hash_is_sha256_over_length_prefixed_fields() {
        // Checked against `printf` piped into `sha256sum`: the domain, then for "x" and ""
        // an 8-byte little-endian length and the bytes.
        assert_eq!(hash_fields(&["x", ""]), "f203851dbfcf377a679247e09ce4a5d1");
        assert_ne!(hash_fields(&["ab", "c"]), hash_fields(&["a", "bc"]));
    }

    #[test]
    fn the_fingerprint_ignores_position_markup_and_wrapping() {
        let a = doc("a.md", "Trade was 245 billion in 2024.\n");
        let b = doc(
            "./a.md",
            "# New title\n\nA new paragraph.\n\nTrade was **245 billion**\nin  2024.\n",
        );
        assert_eq!(
            fingerprint(&finding(&a, 0, "245 billion")),
            fingerprint(&finding(&b, 0, "245 billion"))
        );
    }

    #[test]
    fn the_fingerprint_changes_with_each_field() {
        let a = doc("a.md", "Trade was 245 billion in 2024.\n");
        let base = finding(&a, 0, "245 billion");
        let fp = fingerprint(&base);
        let mut other = base.clone();
        other.fact = Some("b".into());
        assert_ne!(fingerprint(&other), fp, "fact");
        let mut other = base.clone();
        other.code = Code::Conflict;
        assert_ne!(fingerprint(&other), fp, "code");
        let mut other = base.clone();
        other.path = "b.md".into();
        assert_ne!(fingerprint(&other), fp, "path");
        let edited = doc("a.md", "Trade was 245 billion in 2023.\n");
        assert_ne!(
            fingerprint(&finding(&edited, 0, "245 billion")),
            fp,
            "sentence"
        );
        assert!(is_fingerprint(&fp));
    }

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normal_path("./articles/./a.md"), "articles/a.md");
        assert_eq!(normal_path("/srv/a.md"), "/srv/a.md");
        assert_eq!(normal_path("../a.md"), "../a.md");
    }

    fn report(findings: Vec<Finding>) -> CheckReport {
        CheckReport {
            findings,
            ..CheckReport::default()
        }
    }

    #[test]
    fn duplicates_are_counted() {
        let text = "Trade was 245 billion.\n\nTrade was 245 billion.\n\nTrade was 245 billion.\n";
        let d = doc("a.md", text);
        let at = |n: usize| {
            let mut f = finding(&d, 0, "245 billion");
            let start = text.match_indices("245").nth(n).unwrap().0;
            f.span = Span::new(start, start + 11);
            f.sentence = d.sentences[n].span;
            f.prose = d.prose(f.sentence);
            f
        };
        let two = Baseline::of(&[at(0), at(1)]);
        assert_eq!(two.entries.len(), 2);
        assert_eq!(two.entries[0], two.entries[1]);
        let r = apply(report(vec![at(0), at(1), at(2)]), &two);
        assert_eq!(r.findings.len(), 1, "the third copy is new");
        assert_eq!(r.findings[0].span.start, at(2).span.start);
        let outcome = r.baseline.unwrap();
        assert_eq!((outcome.known.len(), outcome.unmatched.len()), (2, 0));
        let r = apply(report(vec![at(0)]), &two);
        let outcome = r.baseline.unwrap();
        assert_eq!((outcome.known.len(), outcome.unmatched.len()), (1, 1));
    }

    #[test]
    fn the_file_round_trips_with_stable_bytes() {
        let d = doc("b.md", "Exports fell 21% to €4.5bn.\n");
        let b = Baseline::of(&[finding(&d, 0, "€4.5bn"), finding(&d, 0, "21%")]);
        let json = b.to_json();
        insta::assert_snapshot!(json, @r#"
        {
          "version": 1,
          "findings": [
            {
              "fingerprint": "f7d7f9af8e0052b575418840cebc659b",
              "code": "factlint::mismatch",
              "fact": "a",
              "path": "b.md",
              "text": "21%"
            },
            {
              "fingerprint": "c6c5829cd1f0b6a5062702e01dab051a",
              "code": "factlint::mismatch",
              "fact": "a",
              "path": "b.md",
              "text": "€4.5bn"
            }
          ]
        }
        "#);
        assert_eq!(Baseline::from_json(&json, "b.json").unwrap(), b);
        assert_eq!(
            Baseline::from_json(&json, "b.json").unwrap().to_json(),
            json
        );
    }

    #[test]
    fn bad_files_are_clear_errors() {
        let err = |text: &str| Baseline::from_json(text, "b.json").unwrap_err().to_string();
        insta::assert_snapshot!(err("not json"), @"The baseline file b.json is not a factlint baseline: it is not valid JSON (line 1, column 2).");
        insta::assert_snapshot!(err(r#"{"version": 2, "findings": []}"#), @"The baseline file b.json has version 2; this factlint reads version 1.");
        insta::assert_snapshot!(err(r#"{"findings": []}"#), @"The baseline file b.json is not a factlint baseline: missing field `version` at line 1 column 16.");
        insta::assert_snapshot!(err(r#"{"version": 1, "findings": [{"fingerprint": "xyz", "code": "c", "fact": null, "path": "p", "text": "t"}]}"#), @r#"The baseline file b.json is not a factlint baseline: finding 1 has the fingerprint "xyz", which is not 32 lower-case hexadecimal digits."#);
        insta::assert_snapshot!(err(r#"{"version": 1}"#), @"The baseline file b.json is not a factlint baseline: missing field `findings` at line 1 column 14.");
    }

    #[test]
    fn suppression_findings_have_fingerprints_too() {
        let d = doc("a.md", "<!-- factlint-disable-file -->\n\nText.\n");
        let s = suppress::Suppressions::read(&d, 0, &[]).unwrap();
        let r = suppress::apply(CheckReport::default(), vec![(0, s)]);
        assert_eq!(r.findings.len(), 1);
        let b = Baseline::of(&r.findings);
        assert_eq!(b.entries[0].text, "<!-- factlint-disable-file -->");
        assert_eq!(b.entries[0].fact, None);
        assert!(apply(r, &b).findings.is_empty());
    }
}
