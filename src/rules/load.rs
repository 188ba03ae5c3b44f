//! Loading rule files: finding them, reading each into a YAML tree with spans, checking it
//! against the schema field by field, and gathering every problem before deciding.
//!
//! Each field is read by a small parser (`value`, `period`, `matcher`) that returns a problem
//! instead of stopping; this module puts each problem on the span of the key or value it is
//! about, checks what spans several fields (a `unit` against a `value`, an absolute tolerance
//! against the fact's unit, ids across files), and returns facts only when there is nothing to
//! report. The schema itself is documented in `docs/rules.md`.

use super::errors::{ErrorKind, File, RuleError, RuleErrors};
use super::matcher::{self, Matcher, Regexes, Term};
use super::schema::{Ctx, Fields, sort_from, unread};
use super::value::{self, Figure, Unit};
use super::yaml::{Entry, Node, Value};
use super::{
    DEFAULT_SEVERITY, DEFAULT_TOLERANCE, Defaults, ExpectedValue, Fact, Origin, RuleSet,
    RuleSource, period,
};
use crate::extract::Extractor;
use crate::source::{self, ReadError};
use crate::span::Span;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Loads every rule file under `paths` (files as given; folders walked for `*.yaml` and
/// `*.yml`, sorted, hidden and git-ignored files skipped). Any problem in any file is an
/// error, and all of them are returned together.
pub fn load(paths: &[PathBuf], extractor: &Extractor) -> Result<RuleSet, RuleErrors> {
    load_with_defaults(paths, extractor, Defaults::default())
}

/// Like [`load`], with project-wide defaults (from `factlint.yaml`) that a rule file's own
/// `defaults` and each fact override.
pub fn load_with_defaults(
    paths: &[PathBuf],
    extractor: &Extractor,
    defaults: Defaults,
) -> Result<RuleSet, RuleErrors> {
    let mut loader = Loader::new(extractor, defaults);
    let files = rule_files(paths, &mut loader.errors);
    let read: Vec<Result<(String, String), Box<RuleError>>> = (files.iter())
        .map(|path| match source::read_file(path) {
            Ok(f) => Ok((path.display().to_string(), f.text)),
            Err(e) => Err(Box::new(unread(&e, false))),
        })
        .collect();
    loader.add_all(read);
    loader.finish()
}

/// Loads rule files given as text, each named as it should appear in messages: for tests and
/// tools that hold rules in memory. Errors are exactly those [`load`] would report.
pub fn load_texts(
    files: &[(&str, &str)],
    extractor: &Extractor,
    defaults: Defaults,
) -> Result<RuleSet, RuleErrors> {
    let mut loader = Loader::new(extractor, defaults);
    let read = (files.iter())
        .map(|(name, text)| Ok((name.to_string(), text.to_string())))
        .collect();
    loader.add_all(read);
    loader.finish()
}

/// Rule files read so far, the ids they declare, and every problem found.
struct Loader<'x> {
    extractor: &'x Extractor,
    /// Config defaults over the built-in ones.
    base: Defaults,
    set: RuleSet,
    files: Vec<File>,
    /// Where each id was first declared: (file index, span).
    first: HashMap<String, (usize, Span)>,
    errors: Vec<RuleError>,
    regexes: Regexes,
}

/// What every rule file is read with, whichever thread reads it.
#[derive(Clone, Copy)]
struct Shared<'a> {
    base: Defaults,
    extractor: &'a Extractor,
    regexes: &'a Regexes,
}

impl<'x> Loader<'x> {
    fn new(extractor: &'x Extractor, defaults: Defaults) -> Self {
        Loader {
            extractor,
            base: defaults.or(Defaults {
                tolerance: Some(DEFAULT_TOLERANCE),
                severity: Some(DEFAULT_SEVERITY),
            }),
            set: RuleSet::default(),
            files: Vec::new(),
            first: HashMap::new(),
            errors: Vec::new(),
            regexes: Regexes::default(),
        }
    }

    /// Reads the files (or the errors reading them gave), in order: each file is checked
    /// on its own, in parallel (ten thousand facts take a fifth of a second to read), then
    /// its ids against every file before it.
    fn add_all(&mut self, read: Vec<Result<(String, String), Box<RuleError>>>) {
        let mut index = self.set.sources.len();
        let numbered: Vec<_> = (read.into_iter())
            .map(|r| {
                r.map(|file| {
                    index += 1;
                    (index - 1, file)
                })
            })
            .collect();
        let shared = Shared {
            base: self.base,
            extractor: self.extractor,
            regexes: &self.regexes,
        };
        let parsed: Vec<Result<Parsed, Box<RuleError>>> = numbered
            .into_par_iter()
            .map(|r| r.map(|(index, (shown, text))| Parsed::new(index, shown, text, &shared)))
            .collect();
        for p in parsed {
            match p {
                Ok(p) => self.add(p),
                Err(e) => self.errors.push(*e),
            }
        }
    }

    /// Adds one file's facts; checks their ids against every file before it.
    fn add(&mut self, parsed: Parsed) {
        let Parsed {
            index,
            shown,
            text,
            file,
            facts,
            errors,
        } = parsed;
        let first_error = self.errors.len();
        self.errors.extend(errors);
        for (id, fact) in facts {
            match self.first.get(&id.0) {
                Some(&(at, span)) => {
                    let e = duplicate(&self.files, &file, at, index, span, &id);
                    self.errors.push(e);
                }
                None => {
                    self.first.insert(id.0.clone(), (index, id.1));
                    self.set.facts.extend(fact);
                }
            }
        }
        sort_from(&mut self.errors, first_error);
        self.files.push(file);
        self.set.sources.push(RuleSource { path: shown, text });
    }

    /// All or nothing.
    fn finish(self) -> Result<RuleSet, RuleErrors> {
        if self.errors.is_empty() {
            Ok(self.set)
        } else {
            Err(RuleErrors {
                errors: self.errors,
            })
        }
    }
}

/// One rule file checked on its own: its facts with their ids, and its problems.
struct Parsed {
    /// Its index among the rule files read.
    index: usize,
    shown: String,
    text: String,
    file: File,
    facts: Vec<(IdRef, Option<Fact>)>,
    errors: Vec<RuleError>,
}

impl Parsed {
    fn new(index: usize, shown: String, text: String, shared: &Shared) -> Parsed {
        let Shared {
            base,
            extractor: x,
            regexes,
        } = *shared;
        let file = File::new(&shown, &text, false);
        let mut errors = Vec::new();
        let mut ctx = Ctx {
            file: &file,
            errors: &mut errors,
            regexes,
        };
        let facts = ctx.rule_file(index, base, x);
        Parsed {
            index,
            shown,
            text,
            file,
            facts,
            errors,
        }
    }
}

/// The error for a second declaration of an id: a second label in the same file, or a note
/// pointing into the file that declared it first.
fn duplicate(
    files: &[File],
    file: &File,
    first_file: usize,
    this_file: usize,
    first_span: Span,
    id: &(String, Span),
) -> RuleError {
    let err = file
        .error(
            ErrorKind::DuplicateId,
            id.1,
            format!("The fact id `{}` is declared twice.", id.0),
        )
        .label("declared again here")
        .help("Fact ids are unique across all rule files; rename or remove one of the two.");
    match files.get(first_file) {
        Some(_) if first_file == this_file => err.also(first_span, "first declared here"),
        Some(other) => err.note(other.note(
            first_span,
            format!("`{}` is first declared in {}.", id.0, other.path),
            "first declared here",
        )),
        None => err.also(first_span, "first declared here"),
    }
}

/// Rule files to read: files as given, folders walked; missing paths are errors. A file
/// reached twice is read once.
fn rule_files(paths: &[PathBuf], errors: &mut Vec<RuleError>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut out, errors),
            Ok(_) => out.push(path.clone()),
            Err(e) => {
                let shown = path.display().to_string();
                let err = match e.kind() {
                    std::io::ErrorKind::NotFound => ReadError::Missing { path: shown },
                    _ => ReadError::Io {
                        path: shown,
                        source: e,
                    },
                };
                errors.push(unread(&err, false));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<RuleError>) {
    let is_yaml = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
    };
    for found in crate::source::files_under(dir, is_yaml) {
        match found {
            Ok(path) => out.push(path),
            Err(e) => errors.push(unread(&e, false)),
        }
    }
}

/// Keys of each mapping in a rule file.
const FILE_KEYS: &[&str] = &["defaults", "facts"];
const FACT_KEYS: &[&str] = &[
    "id",
    "about",
    "value",
    "unit",
    "tolerance",
    "period",
    "match",
    "severity",
    "sources",
];
const MATCH_KEYS: &[&str] = &["all", "any", "none"];

/// A fact's id and the span of its value.
type IdRef = (String, Span);

/// The rule-file schema on top of the generic checks in `schema`.
impl Ctx<'_> {
    /// Reads one rule file: its facts, each with the id it declares (kept even when the
    /// fact has other problems, so duplicate ids are still found).
    fn rule_file(
        &mut self,
        index: usize,
        base: Defaults,
        extractor: &Extractor,
    ) -> Vec<(IdRef, Option<Fact>)> {
        let Some(root) = self.tree("a `facts:` list") else {
            return Vec::new();
        };
        let Some(entries) = self.map(
            &root,
            "A rule file is a mapping with a `facts:` list",
            "Start the file with `facts:` and indent the list of facts under it.",
        ) else {
            return Vec::new();
        };
        let fields = self.fields(entries, FILE_KEYS, "a rule file");
        let file_defaults = match fields.get("defaults") {
            Some(e) => self.defaults(e),
            None => Defaults::default(),
        };
        let defaults = file_defaults.or(base);
        let Some(facts) = fields.get("facts") else {
            let span = entries.first().map_or(root.span, |e| e.key.span);
            let e = self
                .file
                .error(
                    ErrorKind::MissingKey,
                    span,
                    format!("{} has no `facts:` list.", self.file.path),
                )
                .label("in this file")
                .help("List the facts under a `facts:` key; write `facts: []` for none.");
            self.push(e);
            return Vec::new();
        };
        let items = match &facts.value.value {
            Value::Seq(items) => items.as_slice(),
            _ => {
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        facts.key.span,
                        format!("`facts` must be a list of facts; found {}.", facts.value.kind_name()),
                    )
                    .label("not a list")
                    .help("Start each fact with `- id: ...` under `facts:`; write `facts: []` for none.");
                self.push(e);
                return Vec::new();
            }
        };
        items
            .iter()
            .filter_map(|item| self.fact(index, item, defaults, extractor))
            .collect()
    }

    /// One fact: its id (when it has a valid one) and the fact (when nothing is wrong).
    fn fact(
        &mut self,
        index: usize,
        node: &Node,
        defaults: Defaults,
        extractor: &Extractor,
    ) -> Option<(IdRef, Option<Fact>)> {
        let entries = self.map(
            node,
            "Each fact is a mapping of keys such as `id`, `value` and `match`",
            "Start each fact with `- id: ...` and indent its other keys under `id`.",
        )?;
        let before = self.errors.len();
        let fields = self.fields(entries, FACT_KEYS, "a fact");
        let start = entries.first().map_or(node.span, |e| self.first_line(e));

        let id = self.id(&fields, start);
        let name = id
            .as_ref()
            .map_or("this fact".to_string(), |(id, _)| format!("fact `{id}`"));
        let about = fields
            .get("about")
            .and_then(|e| self.text(e))
            .unwrap_or("")
            .trim()
            .to_string();
        let value = fields.get("value").and_then(|e| {
            let text = self.text(e)?;
            match value::figure(text, extractor) {
                Ok(f) => Some((f, text.trim().to_string(), e)),
                Err(p) => {
                    self.problem(e.value.span, p);
                    None
                }
            }
        });
        let unit = fields.get("unit").and_then(|e| {
            let text = self.text(e)?;
            match value::unit(text, extractor) {
                Ok(u) => Some((u, e)),
                Err(p) => {
                    self.problem(e.value.span, p);
                    None
                }
            }
        });
        let measure = self.measure(&fields, value, unit, &name, start);

        let tolerance = match fields.get("tolerance") {
            Some(e) => self.text(e).and_then(|text| {
                let raw = value::tolerance(text, extractor);
                let fitted = match (raw, &measure) {
                    (Err(p), _) => Err(p),
                    (Ok(raw), Some(m)) => value::fit_tolerance(raw, text, m.unit),
                    (Ok(_), None) => return None, // the unit is unknown; reported already
                };
                fitted.map_err(|p| self.problem(e.value.span, p)).ok()
            }),
            None => defaults.tolerance,
        };
        let period = fields.get("period").and_then(|e| {
            let text = self.text(e)?;
            period::period(text)
                .map_err(|p| self.problem(e.value.span, p))
                .ok()
        });
        let matcher = match fields.get("match") {
            Some(e) => self.matcher(e, &name),
            None => {
                let err = self
                    .file
                    .error(
                        ErrorKind::MissingKey,
                        start,
                        format!("The {name} has no `match`."),
                    )
                    .label("fact without `match`")
                    .help(
                        "Say which sentences are about it, for example \
                         `match: { all: [trade], any: [Russia, China] }`.",
                    );
                self.push(err);
                None
            }
        };
        let severity = match fields.get("severity") {
            Some(e) => self.text(e).and_then(|text| {
                value::severity(text)
                    .map_err(|p| self.problem(e.value.span, p))
                    .ok()
            }),
            None => defaults.severity,
        };
        let sources = fields.get("sources").map_or_else(Vec::new, |e| {
            self.list(e)
                .into_iter()
                .map(|(s, _)| s.trim().to_string())
                .collect()
        });

        let id = id?;
        if self.errors.len() != before {
            return Some((id, None));
        }
        let (measure, tolerance, matcher, severity) = match (measure, tolerance, matcher, severity)
        {
            (Some(m), Some(t), Some(mt), Some(s)) => (m, t, mt, s),
            _ => return Some((id, None)),
        };
        let (line, column) = self.file.line_col(id.1.start);
        let fact = Fact {
            id: id.0.clone(),
            about,
            value: measure.value,
            unit: measure.unit.code,
            dimension: measure.unit.dimension,
            base_unit: measure.unit.base,
            tolerance,
            period,
            matcher,
            severity,
            sources,
            origin: Origin {
                source: index,
                span: id.1,
                line,
                column,
            },
        };
        Some((id, Some(fact)))
    }

    /// An entry's key and value when they share a line (`id: trade-2024`), else its key: what
    /// to underline for "this fact".
    fn first_line(&self, entry: &Entry) -> Span {
        let whole = entry.key.span.cover(entry.value.span);
        let one_line = !self.file.text[whole.range()].contains('\n');
        if one_line && !entry.value.span.is_empty() {
            whole
        } else {
            entry.key.span
        }
    }

    /// The fact's `id`: present, a single value, kebab-case.
    fn id(&mut self, fields: &Fields, start: Span) -> Option<IdRef> {
        let Some(entry) = fields.get("id") else {
            let e = self
                .file
                .error(ErrorKind::MissingKey, start, "This fact has no `id`.")
                .label("fact without an id")
                .help("Give every fact a unique kebab-case `id`, such as `trade-2024`.");
            self.push(e);
            return None;
        };
        let text = self.text(entry)?.trim();
        if is_kebab(text) {
            return Some((text.to_string(), entry.value.span));
        }
        let suggestion = kebab(text);
        let help = if suggestion.is_empty() {
            "Use lower-case letters, digits and single hyphens, such as `trade-2024`.".to_string()
        } else {
            format!("Use lower-case letters, digits and single hyphens: `{suggestion}`.")
        };
        let e = self
            .file
            .error(
                ErrorKind::BadId,
                entry.value.span,
                format!("The fact id `{text}` is not kebab-case."),
            )
            .label("not kebab-case")
            .help(help);
        self.push(e);
        None
    }

    /// The fact's value and unit, agreed: a count value takes the `unit`; a value with its
    /// own unit must agree with `unit`; with no value, `unit` alone says what to compare.
    fn measure(
        &mut self,
        fields: &Fields,
        value: Option<(Figure, String, &Entry)>,
        unit: Option<(Unit, &Entry)>,
        name: &str,
        start: Span,
    ) -> Option<Measure> {
        match (value, unit) {
            (Some((figure, text, _)), None) => Some(Measure::of(figure, text)),
            (None, Some((unit, _))) => Some(Measure { unit, value: None }),
            (Some((figure, text, ve)), Some((unit, ue))) => {
                let value_is_count = figure.unit.dimension == crate::claim::Dimension::Count;
                if value_is_count {
                    return Some(Measure::of(figure.in_unit(unit), text));
                }
                if figure.unit.dimension == unit.dimension && figure.unit.base == unit.base {
                    return Some(Measure::of(figure, text));
                }
                let e = self
                    .file
                    .error(
                        ErrorKind::UnitMismatch,
                        ue.value.span,
                        format!(
                            "The unit {} disagrees with the value `{text}`, which is in {}.",
                            unit.shown(),
                            figure.unit.shown()
                        ),
                    )
                    .label("this unit")
                    .also(ve.value.span, format!("in {}", figure.unit.shown()))
                    .help("Drop `unit:` (the value names its unit), or correct one of the two.");
                self.push(e);
                None
            }
            (None, None) => {
                // A value or unit that failed to parse has been reported; only a fact with
                // neither key is missing something.
                if fields.get("value").is_none() && fields.get("unit").is_none() {
                    let e = self
                        .file
                        .error(
                            ErrorKind::MissingKey,
                            start,
                            format!("The {name} has neither a `value` nor a `unit`."),
                        )
                        .label("fact without a value or unit")
                        .help(
                            "Give the expected `value` (`245 billion USD`), or only a `unit` \
                             (`EUR`) when articles need only agree with each other.",
                        );
                    self.push(e);
                }
                None
            }
        }
    }

    /// The `match` mapping: `all`, `any`, `none` lists of terms; `all` or `any` required.
    fn matcher(&mut self, entry: &Entry, name: &str) -> Option<Matcher> {
        let empty_help = "Add words that sentences about the fact contain, for example \
                          `match: { all: [trade], any: [Russia, China] }`; `none` only excludes.";
        if entry.value.is_null() {
            let e = self
                .file
                .error(
                    ErrorKind::EmptyMatch,
                    entry.key.span,
                    format!("The `match` of {name} is empty."),
                )
                .label("empty match")
                .help(empty_help);
            self.push(e);
            return None;
        }
        let entries = self.map(
            &entry.value,
            "`match` must be a mapping of `all`, `any` and `none` lists",
            "Put the terms under `all` or `any`: `match: { any: [trade, exports] }`.",
        )?;
        let fields = self.fields(entries, MATCH_KEYS, "`match`");
        let mut matcher = Matcher::default();
        let mut written = 0;
        let mut ok = true;
        for (key, list) in [
            ("all", &mut matcher.all),
            ("any", &mut matcher.any),
            ("none", &mut matcher.none),
        ] {
            let Some(e) = fields.get(key) else { continue };
            let items = self.list(e);
            if key != "none" {
                written += items.len();
            }
            for (text, node) in items {
                match self.term(text, node) {
                    Some(t) => list.push(t),
                    None => ok = false,
                }
            }
        }
        if written == 0 && (entries.is_empty() || !fields.is_empty()) {
            let e = self
                .file
                .error(
                    ErrorKind::EmptyMatch,
                    entry.key.span,
                    format!("The `match` of {name} has no `all` or `any` terms, so it would match every sentence."),
                )
                .label("empty match")
                .help(empty_help);
            self.push(e);
            return None;
        }
        ok.then_some(matcher)
    }

    /// One term; a bad regex is underlined at the part of the pattern at fault when the
    /// pattern is written verbatim in the file.
    fn term(&mut self, text: &str, node: &Node) -> Option<Term> {
        match matcher::term(text, self.regexes) {
            Ok(t) => Some(t),
            Err(e) => {
                let written = &self.file.text[node.span.range()];
                let trimmed = text.trim();
                let at = written.find(trimmed).filter(|_| !trimmed.is_empty());
                let inner = match (at, e.within.clone()) {
                    (Some(k), Some(r)) => {
                        let pattern_start = node.span.start + k + 1;
                        let pattern_end = node.span.start + k + trimmed.len() - 1;
                        let start = (pattern_start + r.start).min(pattern_end);
                        let end = (pattern_start + r.end).min(pattern_end);
                        // An empty span (a missing piece) underlines the character there.
                        let end = if end > start {
                            end
                        } else {
                            start
                                + self.file.text[start..]
                                    .chars()
                                    .next()
                                    .map_or(0, char::len_utf8)
                        };
                        Some(Span::new(start, end))
                    }
                    _ => None,
                };
                let mut err = self
                    .file
                    .error(e.problem.kind, node.span, e.problem.message)
                    .help_opt(e.problem.help);
                err = match inner {
                    Some(span) => {
                        let reason = err
                            .message
                            .rsplit(": ")
                            .next()
                            .unwrap_or("")
                            .trim_end_matches('.')
                            .to_string();
                        err.also(span, reason).label("in this regex")
                    }
                    None => err.label("this term"),
                };
                self.push(err);
                None
            }
        }
    }
}

/// A fact's unit and value once `value` and `unit` agree.
#[derive(Debug, Clone)]
struct Measure {
    unit: Unit,
    value: Option<ExpectedValue>,
}

impl Measure {
    fn of(figure: Figure, text: String) -> Measure {
        Measure {
            unit: figure.unit,
            value: Some(ExpectedValue {
                base: figure.base,
                text,
            }),
        }
    }
}

/// Lower-case letters and digits in runs joined by single hyphens.
pub(crate) fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A kebab-case spelling of `s` ("Trade_2024 (est.)" -> "trade-2024-est").
fn kebab(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case() {
        assert!(is_kebab("trade-2024") && is_kebab("a") && is_kebab("2024"));
        assert!(
            !is_kebab("Trade")
                && !is_kebab("a--b")
                && !is_kebab("-a")
                && !is_kebab("a_b")
                && !is_kebab("")
        );
        assert_eq!(kebab("Trade_2024 (est.)"), "trade-2024-est");
    }
}
