//! `check --format sarif`: a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
//! Format), which GitHub code scanning and most CI dashboards read.
//!
//! One run, whose `tool.driver` lists one rule (`reportingDescriptor`) per finding code, always
//! all of them in [`Code::ALL`] order, so a result's `ruleIndex` never depends on what was
//! found. Each finding is one result: its level (`error`, `warning`, `note` for info), its
//! message, the claim's region, the other side of a conflict as `relatedLocations`, and a
//! `partialFingerprints` entry that stays the same when lines move (see [`fingerprint`]).
//!
//! Regions count columns in UTF-16 code units, SARIF's default; the run also says so
//! (`columnKind: utf16CodeUnits`). `endColumn` is the column just after the claim.
//!
//! SARIF wants absolute URIs for documentation (`helpUri`, `informationUri`), and factlint
//! has no published address built in: they are written only when the reporter is given the
//! address at which the repository's `docs/` folder is published ([`SarifReporter::docs_url`];
//! the command line takes it from `FACTLINT_DOCS_URL`). The help text always names the
//! section of docs/checking.md.

use super::human::help_text;
use super::{CheckOutput, Columns, Region, Reporter, display_path};
use crate::check::{Code, Finding};
use crate::rules::Severity;
use crate::span::{Excerpt, Span};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io;

/// The schema the log declares: the OASIS standard's, with its errata.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The key of factlint's entry in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "factlintClaim/v1";

pub struct SarifReporter {
    /// Where the repository's `docs/` folder is published (an absolute URL, such as
    /// `https://example.org/factlint/docs/`); rule help links point into `checking.md` there.
    pub docs_url: Option<String>,
}

impl Reporter for SarifReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        let log = self.log(run);
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

impl SarifReporter {
    fn log<'a>(&self, run: &'a CheckOutput) -> Log<'a> {
        let base = self.docs_url.as_ref().map(|u| {
            if u.ends_with('/') {
                u.clone()
            } else {
                format!("{u}/")
            }
        });
        let rules = Code::ALL
            .iter()
            .map(|&code| rule(code, base.as_deref()))
            .collect();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let results = run
            .report
            .findings
            .iter()
            .map(|f| {
                let print = fingerprint(f);
                let n = seen.entry(print.clone()).or_default();
                *n += 1;
                result(f, format!("{print}:{n}"))
            })
            .collect();
        Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "factlint",
                        version: env!("CARGO_PKG_VERSION"),
                        semantic_version: env!("CARGO_PKG_VERSION"),
                        information_uri: base.as_ref().map(|b| format!("{b}checking.md")),
                        rules,
                    },
                },
                column_kind: "utf16CodeUnits",
                results,
            }],
        }
    }
}

/// What each code means, for the rules list: (name, short, full description, help).
fn describe(code: Code) -> (&'static str, &'static str, &'static str, &'static str) {
    match code {
        Code::Mismatch => (
            "FactMismatch",
            "A claim contradicts the value of the fact it is about.",
            "A claim bound to a fact with a value lies outside the value widened by the fact's \
             tolerance: the claim's interval (its written precision and hedge) and the fact's \
             accepted interval do not overlap. Severity: the fact's (error by default).",
            "Fix the article, or, if the article is right, the rule.",
        ),
        Code::Conflict => (
            "ArticlesConflict",
            "Claims about the same fact disagree with each other.",
            "Claims about a fact without a value disagree beyond its tolerance. The finding sits \
             on a claim outside the reference cluster (the one stated by the most documents) and \
             names the claims it disagrees with as related locations. Severity: the fact's.",
            "Correct the articles that are wrong, or give the fact a value to check them against.",
        ),
        Code::Ambiguous => (
            "AmbiguousClaim",
            "A claim fits two facts equally well, so it was not checked.",
            "A claim fits two facts equally well (same word distance, same period fit), so it \
             was checked against neither. Severity: info.",
            "Make one fact's match more specific, or give the facts periods.",
        ),
        Code::Rounded => (
            "ConsistentOnlyThroughRounding",
            "A claim agrees with its fact only through rounding or a hedge.",
            "A claim agrees with its fact only because of its rounding or hedge (\"about US$250 \
             billion\" for 245 billion with a 1% tolerance). Reported only with --show-rounded. \
             Severity: info.",
            "State the figure more precisely if the difference matters.",
        ),
        Code::UnusedSuppression => (
            "UnusedSuppression",
            "A suppression comment that hid no finding.",
            "A factlint-disable directive hid no finding: the figure was fixed, the sentence \
             moved, or the directive names the wrong fact or stands on the wrong line. Severity: \
             warning.",
            "Remove the directive, or the fact from it.",
        ),
        Code::BadSuppression => (
            "BadSuppression",
            "A comment that starts like a suppression but cannot be read as one.",
            "A comment whose first word starts with factlint- is not a valid directive: an \
             unknown keyword, a word that is not a fact id (often a reason without its ` -- `), \
             a fact id no loaded rule defines, or an enable that ends no block. Severity: warning.",
            "Correct the directive; the message says what is wrong with it.",
        ),
    }
}

/// The docs/checking.md heading anchor of a code: "factlint::mismatch" -> "factlintmismatch".
fn anchor(code: Code) -> String {
    code.as_str().replace("::", "")
}

fn rule(code: Code, docs: Option<&str>) -> Rule {
    let (name, short, full, help) = describe(code);
    let section = format!("checking.md#{}", anchor(code));
    Rule {
        id: code.as_str(),
        name,
        short_description: Text::new(short),
        full_description: Text::new(full),
        help: Text::new(format!(
            "{help} See docs/{section} in the factlint repository."
        )),
        help_uri: docs.map(|base| format!("{base}{section}")),
        default_configuration: Configuration {
            level: match code {
                Code::Mismatch | Code::Conflict => "error",
                Code::UnusedSuppression | Code::BadSuppression => "warning",
                Code::Ambiguous | Code::Rounded => "note",
            },
        },
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(f: &Finding, fingerprint: String) -> SarifResult<'_> {
    let mut text = match &f.fact {
        Some(fact) => format!("{fact}: {}", f.message),
        None => f.message.clone(),
    };
    if let Some(help) = help_text(f) {
        text.push('\n');
        text.push_str(&help);
    }
    let related = f
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| Location {
            id: Some(i + 1),
            physical_location: physical(&r.path, &r.excerpt, r.span),
            message: Some(Text::new(format!(
                "{} {}",
                display_path(&r.path),
                r.message
            ))),
        })
        .collect();
    SarifResult {
        rule_id: f.code.as_str(),
        rule_index: Code::ALL.iter().position(|&c| c == f.code).unwrap_or(0),
        level: level(f.severity),
        message: Text::new(text),
        locations: vec![Location {
            id: None,
            physical_location: physical(&f.path, &f.excerpt, f.span),
            message: None,
        }],
        related_locations: related,
        partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint)]),
        properties: Properties {
            fact: f.fact.as_deref(),
            rule: f
                .expected
                .as_ref()
                .map(|e| format!("{}:{}", display_path(&e.rule_file), e.rule_line)),
        },
    }
}

/// Where `span` of the document at `path` is; `excerpt` holds it.
fn physical(path: &str, excerpt: &Excerpt, span: Span) -> PhysicalLocation {
    let r = Region::of(excerpt, span, Columns::Utf16);
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: path_uri(path),
        },
        region: SarifRegion {
            start_line: r.start_line,
            start_column: r.start_column,
            end_line: r.end_line,
            end_column: r.end_column,
            snippet: Text::new(excerpt.slice(span)),
        },
    }
}

/// A finding's identity across runs, whatever its line: a hash (64-bit FNV-1a, hex) of its
/// fact, document path and claim text. The reporter appends `:n`, the occurrence of that
/// hash in the run, so two equal claims in one document stay apart.
pub fn fingerprint(f: &Finding) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        f.fact.as_deref().unwrap_or(""),
        &display_path(&f.path),
        &f.text,
    ];
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h = fnv(h, 0);
        }
        for &b in part.as_bytes() {
            h = fnv(h, b);
        }
    }
    format!("{h:016x}")
}

fn fnv(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A document path as a URI reference: relative paths stay relative (with `/`), absolute
/// ones become `file:` URIs, and every byte outside RFC 3986's unreserved characters,
/// sub-delimiters, `/` and `@` is percent-encoded (so are `:` in a relative path, where it
/// would read as a scheme, and `%`).
pub fn path_uri(path: &str) -> String {
    let p = display_path(path);
    let bytes = p.as_bytes();
    let drive = bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && matches!(bytes[2], b'/' | b'\\');
    let (prefix, keep_colon) = if p.starts_with('/') {
        ("file://", true)
    } else if drive {
        ("file:///", true)
    } else {
        ("", false)
    };
    let mut out = String::from(prefix);
    for &b in bytes {
        let plain = b.is_ascii_alphanumeric()
            || b"-._~!$&'()*+,;=/@".contains(&b)
            || (b == b':' && keep_colon);
        if plain {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// The log, field by field as SARIF names them. Only what factlint fills in.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<String>,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

/// A SARIF `message` or `multiformatMessageString`: plain text only.
#[derive(Serialize)]
struct Text {
    text: String,
}

impl Text {
    fn new(text: impl Into<String>) -> Text {
        Text { text: text.into() }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Properties<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    fact: Option<&'a str>,
    /// The rule file and line that declare the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: SarifRegion,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(path_uri("articles/q3.md"), "articles/q3.md");
        assert_eq!(path_uri("./a b/c#1.md"), "./a%20b/c%231.md");
        assert_eq!(path_uri("100%.md"), "100%25.md");
        assert_eq!(path_uri("été/ü.md"), "%C3%A9t%C3%A9/%C3%BC.md");
        // A colon in a relative path would read as a scheme.
        assert_eq!(path_uri("notes:2024.md"), "notes%3A2024.md");
        assert_eq!(path_uri("/srv/docs/a.md"), "file:///srv/docs/a.md");
        assert_eq!(path_uri("C:/docs/a.md"), "file:///C:/docs/a.md");
        assert_eq!(path_uri("-"), "-");
    }

    #[test]
    fn anchors_match_the_headings_of_checking_md() {
        let doc = include_str!("../../../docs/checking.md");
        for code in Code::ALL {
            let heading = format!("### `{}`", code.as_str());
            assert!(doc.contains(&heading), "docs/checking.md lacks {heading}");
            // GitHub's slug of that heading: lower case, punctuation dropped.
            let slug: String = code
                .as_str()
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            assert_eq!(anchor(code), slug);
        }
    }
}
