//! Loading rule files: finding them, reading each into a YAML tree with spans, checking it
//! against the schema field by field, and gathering every problem before deciding.
//!
//! Each field is read by a small parser (`value`, `period`, `matcher`) that returns a problem
//! instead of stopping; this module puts each problem on the span of the key or value it is
//! about, checks what spans several fields (a `unit` against a `value`, an absolute tolerance
//! against the fact's unit, ids across files), and returns facts only when there is nothing to
//! report. The schema itself is documented in `docs/rules.md`.

use super::errors::{ErrorKind, File, RuleError, RuleErrors, choices, closest};
use super::matcher::{self, Matcher, Term};
use super::value::{self, Figure, Problem, Unit};
use super::yaml::{self, Entry, Node, Value};
use super::{
    DEFAULT_SEVERITY, DEFAULT_TOLERANCE, Defaults, ExpectedValue, Fact, Origin, RuleSet,
    RuleSource, period,
};
use crate::extract::Extractor;
use crate::source::{self, ReadError};
use crate::span::Span;
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
    for path in rule_files(paths, &mut loader.errors) {
        match source::read_file(&path) {
            Ok(f) => loader.add(&path.display().to_string(), f.text),
            Err(e) => loader.errors.push(unread(&e, false)),
        }
    }
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
    for (name, text) in files {
        loader.add(name, (*text).to_string());
    }
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
        }
    }

    /// Reads one file's facts; checks their ids against every file before it.
    fn add(&mut self, shown: &str, text: String) {
        let index = self.set.sources.len();
        let first_error = self.errors.len();
        let file = File::new(shown, &text, false);
        let mut ctx = Ctx {
            file: &file,
            errors: &mut self.errors,
        };
        for (id, fact) in ctx.rule_file(index, self.base, self.extractor) {
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
        self.set.sources.push(RuleSource {
            path: shown.to_string(),
            text,
        });
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

/// Sorts the errors from `start` on (one file's) by where they are in the file.
pub(crate) fn sort_from(errors: &mut [RuleError], start: usize) {
    if let Some(tail) = errors.get_mut(start..) {
        tail.sort_by_key(|e| e.span.map(|s| s.start));
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

/// A read error as a rule error (no source text to show).
pub(crate) fn unread(e: &ReadError, config: bool) -> RuleError {
    use miette::Diagnostic;
    let (message, help) = match e {
        ReadError::Empty { path } if config => (
            format!("{path} is empty."),
            Some("Name the rules and documents in it: `rules: [rules]`.".to_string()),
        ),
        ReadError::Empty { path } => (
            format!("{path} is empty: it declares no facts."),
            Some("Add a `facts:` list, or delete the file.".to_string()),
        ),
        _ => (e.to_string(), e.help().map(|h| h.to_string())),
    };
    RuleError::unread(e.path(), message, help, config)
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
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                let yaml = entry
                    .path()
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| {
                        e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")
                    });
                if yaml {
                    out.push(entry.into_path());
                }
            }
            Ok(_) => {}
            Err(source) => errors.push(unread(
                &ReadError::Walk {
                    path: dir.display().to_string(),
                    source,
                },
                false,
            )),
        }
    }
}

/// Keys of each mapping in a rule file.
const FILE_KEYS: &[&str] = &["defaults", "facts"];
pub(crate) const DEFAULT_KEYS: &[&str] = &["tolerance", "severity"];
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

/// One file being checked, and where its problems go.
pub(crate) struct Ctx<'a> {
    pub(crate) file: &'a File,
    pub(crate) errors: &'a mut Vec<RuleError>,
}

/// A fact's id and the span of its value.
type IdRef = (String, Span);

impl Ctx<'_> {
    fn push(&mut self, e: RuleError) {
        self.errors.push(e);
    }

    /// A problem from a field parser, placed on `span`.
    pub(crate) fn problem(&mut self, span: Span, p: Problem) {
        let e = self
            .file
            .error(p.kind, span, p.message)
            .label(p.label)
            .help_opt(p.help);
        self.push(e);
    }

    /// Reads the file's tree; `None` after reporting why there is none.
    pub(crate) fn tree(&mut self, what: &str) -> Option<Node> {
        match yaml::parse(&self.file.text) {
            Ok(Some(node)) => Some(node),
            Ok(None) => {
                let first_line = self.file.text.lines().next().map_or(0, str::len);
                let e = self
                    .file
                    .error(
                        ErrorKind::Empty,
                        Span::new(0, first_line),
                        format!("{} holds no YAML, only comments.", self.file.path),
                    )
                    .label("nothing but comments")
                    .help(format!("Write {what}, or delete the file."));
                self.push(e);
                None
            }
            Err(e) => {
                let err = self
                    .file
                    .error(
                        ErrorKind::Syntax,
                        e.span,
                        format!("The YAML is invalid: {}.", e.message),
                    )
                    .label("the YAML reader stopped here")
                    .help(
                        "Check the indentation and the space after each key's colon. Quote a \
                         value that contains a colon or a `#` after a space, or that starts with \
                         one of `[{*&!%@`.",
                    );
                self.push(err);
                None
            }
        }
    }

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

    /// A node that must be a mapping; reports `expected` otherwise.
    pub(crate) fn map<'n>(
        &mut self,
        node: &'n Node,
        expected: &str,
        help: &str,
    ) -> Option<&'n [Entry]> {
        match &node.value {
            Value::Map(entries) => Some(entries),
            _ => {
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        node.span,
                        format!("{expected}; found {}.", node.kind_name()),
                    )
                    .label("expected a mapping")
                    .help(help);
                self.push(e);
                None
            }
        }
    }

    /// Checks a mapping's keys against `known` (unknown, duplicated, non-text keys are
    /// reported) and returns the known ones.
    pub(crate) fn fields<'n>(
        &mut self,
        entries: &'n [Entry],
        known: &[&'static str],
        place: &str,
    ) -> Fields<'n> {
        let mut fields = Fields::default();
        for entry in entries {
            let Some(key) = entry.key_text() else {
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        entry.key.span,
                        format!("A key in {place} is not a word."),
                    )
                    .label("not a key")
                    .help(format!("Keys here are {}.", choices(known)));
                self.push(e);
                continue;
            };
            match known.iter().find(|k| **k == key) {
                Some(k) => {
                    if let Some(earlier) = fields.get(k) {
                        let e = self
                            .file
                            .error(
                                ErrorKind::DuplicateKey,
                                entry.key.span,
                                format!("The key `{key}` is written twice in {place}."),
                            )
                            .label("written again here")
                            .also(earlier.key.span, "first written here")
                            .help("Keep one of the two.");
                        self.push(e);
                    } else {
                        fields.found.push((k, entry));
                    }
                }
                None => {
                    let help = match closest(key, known.iter().copied()) {
                        Some(k) => format!("Did you mean `{k}`?"),
                        None => format!("Keys in {place} are {}.", choices(known)),
                    };
                    let e = self
                        .file
                        .error(
                            ErrorKind::UnknownKey,
                            entry.key.span,
                            format!("Unknown key `{key}` in {place}."),
                        )
                        .label("unknown key")
                        .help(help);
                    self.push(e);
                }
            }
        }
        fields
    }

    /// The text of a key's value, which must be a single value.
    pub(crate) fn text<'n>(&mut self, entry: &'n Entry) -> Option<&'n str> {
        let key = entry.key_text().unwrap_or("value");
        match &entry.value.value {
            Value::Scalar(s) if !s.is_null() => Some(&s.text),
            Value::Scalar(_) => {
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        entry.key.span,
                        format!("`{key}` is empty."),
                    )
                    .label("no value")
                    .help(format!(
                        "Write the {key} after `{key}: `, or remove the key."
                    ));
                self.push(e);
                None
            }
            _ => {
                let found = entry.value.kind_name();
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        entry.value.span,
                        format!("`{key}` must be a single value; found {found}."),
                    )
                    .label("expected a single value")
                    .help(format!("Write the {key} on one line after `{key}: `."));
                self.push(e);
                None
            }
        }
    }

    /// The items of a list value (a single value counts as a list of one; nothing as none).
    /// Each item must be a single value.
    pub(crate) fn list<'n>(&mut self, entry: &'n Entry) -> Vec<(&'n str, &'n Node)> {
        let key = entry.key_text().unwrap_or("list");
        let items: Vec<&Node> = match &entry.value.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Scalar(s) if s.is_null() => Vec::new(),
            Value::Scalar(_) => vec![&entry.value],
            Value::Map(_) => {
                let e = self
                    .file
                    .error(
                        ErrorKind::WrongType,
                        entry.value.span,
                        format!("`{key}` must be a list; found a mapping."),
                    )
                    .label("expected a list")
                    .help(format!("Write the items as `{key}: [one, two]`."));
                self.push(e);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.scalar() {
                Some(s) => out.push((s.text.as_str(), item)),
                None => {
                    let e = self
                        .file
                        .error(
                            ErrorKind::WrongType,
                            item.span,
                            format!(
                                "Each item of `{key}` must be a single value; found {}.",
                                item.kind_name()
                            ),
                        )
                        .label("expected a single value")
                        .help("Quote an item that contains `: `, `, ` or brackets.");
                    self.push(e);
                }
            }
        }
        out
    }

    /// A `defaults:` mapping (rule file or config): tolerance (relative or exact) and
    /// severity.
    pub(crate) fn defaults(&mut self, entry: &Entry) -> Defaults {
        let mut out = Defaults::default();
        let Some(entries) = self.map(
            &entry.value,
            "`defaults` must be a mapping of `tolerance` and `severity`",
            "Write `defaults: { tolerance: 1%, severity: error }`.",
        ) else {
            return out;
        };
        let fields = self.fields(entries, DEFAULT_KEYS, "`defaults`");
        if let Some(e) = fields.get("tolerance")
            && let Some(text) = self.text(e)
        {
            match value::default_tolerance(text) {
                Ok(t) => out.tolerance = Some(t),
                Err(p) => self.problem(e.value.span, p),
            }
        }
        if let Some(e) = fields.get("severity")
            && let Some(text) = self.text(e)
        {
            match value::severity(text) {
                Ok(s) => out.severity = Some(s),
                Err(p) => self.problem(e.value.span, p),
            }
        }
        out
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
        if written == 0 && (entries.is_empty() || !fields.found.is_empty()) {
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
        match matcher::term(text) {
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

/// The known keys found in a mapping, in file order.
#[derive(Default)]
pub(crate) struct Fields<'n> {
    found: Vec<(&'static str, &'n Entry)>,
}

impl<'n> Fields<'n> {
    pub(crate) fn get(&self, key: &str) -> Option<&'n Entry> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, e)| *e)
    }
}

/// Lower-case letters and digits in runs joined by single hyphens.
fn is_kebab(s: &str) -> bool {
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
    use crate::claim::{Dimension, Period};
    use crate::rules::{Severity, Tolerance};
    use std::sync::LazyLock;

    static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

    fn dir_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for (name, text) in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
            }
            std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    }

    fn load_text(text: &str) -> Result<RuleSet, RuleErrors> {
        let dir = dir_with(&[("rules.yaml", text)]);
        load(&[dir.path().join("rules.yaml")], &EX)
    }

    fn facts(text: &str) -> Vec<Fact> {
        match load_text(text) {
            Ok(set) => set.facts,
            Err(e) => panic!(
                "{:#?}",
                e.errors
                    .iter()
                    .map(|e| (&e.message, &e.help))
                    .collect::<Vec<_>>()
            ),
        }
    }

    /// (code, line, column, message) of each error.
    fn errors(text: &str) -> Vec<(String, usize, usize, String)> {
        match load_text(text) {
            Ok(set) => panic!("expected errors, loaded {} facts", set.facts.len()),
            Err(e) => e
                .errors
                .iter()
                .map(|e| {
                    (
                        e.kind.name().to_string(),
                        e.line,
                        e.column,
                        e.message.clone(),
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn the_schema_example_loads() {
        let f = facts(
            "defaults:\n  tolerance: 2%\n  severity: warning\nfacts:\n\
             - id: trade-2024\n  about: Russia-China bilateral trade in 2024\n  value: 245 billion USD\n  tolerance: 1%\n  period: 2024\n  match:\n    all: [trade]\n    any: [Russia, China, bilateral]\n    none: [deficit, surplus]\n  severity: error\n  sources: [\"https://example.org/customs-2024\"]\n\
             - id: china-exports-to-russia-2025-09\n  value: -21%\n  period: 2025-09\n  match: { any: [exports, /shipments?/] }\n\
             - id: school-meals-budget-2026\n  unit: EUR\n  period: 2026\n  match: { all: [school meals] }\n",
        );
        assert_eq!(f.len(), 3);
        let trade = &f[0];
        assert_eq!(
            trade.value.as_ref().map(|v| (v.base, v.text.as_str())),
            Some((2.45e11, "245 billion USD"))
        );
        assert_eq!(
            (trade.unit, trade.base_unit, trade.dimension),
            ("USD", "USD", Dimension::Currency)
        );
        assert_eq!(trade.tolerance, Tolerance::Relative(0.01));
        assert_eq!(trade.period, Some(Period::Year(2024)));
        assert_eq!(trade.severity, Severity::Error);
        assert_eq!(trade.matcher.any.len(), 3);
        assert_eq!(trade.sources, ["https://example.org/customs-2024"]);
        assert_eq!((trade.origin.line, trade.origin.column), (5, 7));
        let exports = &f[1];
        assert_eq!(exports.value.as_ref().map(|v| v.base), Some(-21.0));
        assert_eq!(exports.tolerance, Tolerance::Relative(0.02), "file default");
        assert_eq!(exports.severity, Severity::Warning, "file default");
        assert_eq!(exports.about, "");
        let meals = &f[2];
        assert_eq!((meals.value.clone(), meals.unit), (None, "EUR"));
        assert_eq!(meals.matcher.all, [Term::Phrase("school meals".into())]);
    }

    #[test]
    fn a_count_value_takes_the_unit() {
        let f = facts(
            "facts:\n- id: a\n  value: 245000000000\n  unit: US dollars\n  match: {all: [trade]}\n",
        );
        assert_eq!(
            (f[0].unit, f[0].value.as_ref().map(|v| v.base)),
            ("USD", Some(2.45e11))
        );
        let f = facts(
            "facts:\n- id: a\n  value: 50 bcm\n  unit: m3\n  tolerance: 1 bcm\n  match: {all: [gas]}\n",
        );
        assert_eq!((f[0].unit, f[0].base_unit), ("bcm", "m3"));
        assert_eq!(f[0].tolerance, Tolerance::Absolute(1e9));
        for unit in ["count", "''"] {
            let f = facts(&format!(
                "facts:\n- id: a\n  unit: {unit}\n  match: {{all: [students]}}\n"
            ));
            assert_eq!(
                (f[0].unit, f[0].dimension, f[0].value.clone()),
                ("", Dimension::Count, None)
            );
        }
        let empty = errors("facts:\n- id: a\n  unit:\n  match: {all: [x]}\n");
        assert_eq!(empty[0].3, "`unit` is empty.");
    }

    #[test]
    fn config_defaults_sit_under_file_defaults() {
        let dir = dir_with(&[
            (
                "a.yaml",
                "defaults: {severity: info}\nfacts:\n- {id: a, value: 5%, match: {all: [x]}}\n",
            ),
            (
                "b.yaml",
                "facts:\n- {id: b, value: 5%, match: {all: [x]}}\n",
            ),
        ]);
        let project = Defaults {
            tolerance: Some(Tolerance::Exact),
            severity: Some(Severity::Warning),
        };
        let set = load_with_defaults(&[dir.path().to_path_buf()], &EX, project)
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<_> = set
            .facts
            .iter()
            .map(|f| (f.id.as_str(), f.tolerance, f.severity))
            .collect();
        use Severity::{Info, Warning};
        assert_eq!(
            got,
            [
                ("a", Tolerance::Exact, Info),
                ("b", Tolerance::Exact, Warning)
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let got = errors(
            "facts:\n\
             - id: Trade_2024\n  value: 245 billon USD\n  tolerence: 1%\n  match: {all: [trade]}\n\
             - about: no id\n  value: 5%\n  match: {none: [x]}\n\
             - id: ok\n  unit: zorkmids\n  period: 2025-13\n  severity: fatal\n  match: {any: ['/(a/']}\n",
        );
        let codes: Vec<(&str, usize, usize)> = got
            .iter()
            .map(|(c, l, col, _)| (c.as_str(), *l, *col))
            .collect();
        assert_eq!(
            codes,
            [
                ("bad_id", 2, 7),
                ("bad_value", 3, 10),
                ("unknown_key", 4, 3),
                ("missing_key", 6, 3),
                ("empty_match", 8, 3),
                ("unknown_unit", 10, 9),
                ("bad_period", 11, 11),
                ("bad_severity", 12, 13),
                ("bad_regex", 13, 17),
            ],
            "{got:#?}"
        );
    }

    #[test]
    fn duplicate_ids_and_keys() {
        let got = errors(
            "facts:\n- {id: a, value: 1%, match: {all: [x]}}\n- {id: a, value: 2%, value: 3%, match: {all: [x]}}\n",
        );
        let kinds: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(kinds, ["duplicate_id", "duplicate_key"], "{got:#?}");
    }

    #[test]
    fn shapes_and_missing_pieces() {
        let got = errors(
            "facts:\n- id: a\n  value: [1, 2]\n  match: [trade]\n- just a string\n- id: b\n  match: {all: x}\n",
        );
        let kinds: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.3.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (
                    "wrong_type",
                    "`value` must be a single value; found a list."
                ),
                (
                    "wrong_type",
                    "`match` must be a mapping of `all`, `any` and `none` lists; found a list."
                ),
                (
                    "wrong_type",
                    "Each fact is a mapping of keys such as `id`, `value` and `match`; found a single value."
                ),
                (
                    "missing_key",
                    "The fact `b` has neither a `value` nor a `unit`."
                ),
            ],
        );
        let missing = errors("defaults: {}\n");
        assert!(
            missing[0].3.ends_with("rules.yaml has no `facts:` list."),
            "{missing:?}"
        );
    }

    #[test]
    fn tolerance_must_fit_the_fact() {
        let got = errors(
            "facts:\n- {id: a, value: 245 billion USD, tolerance: 2 billion EUR, match: {all: [x]}}\n- {id: b, unit: EUR, value: 5 USD, match: {all: [x]}}\n- {id: c, value: 5%, tolerance: -1%, match: {all: [x]}}\n",
        );
        let kinds: Vec<&str> = got.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            kinds,
            ["bad_tolerance", "unit_mismatch", "bad_tolerance"],
            "{got:#?}"
        );
    }

    #[test]
    fn empty_folders_are_fine_and_missing_paths_are_not() {
        let dir = dir_with(&[("notes.txt", "not rules")]);
        let set = load(&[dir.path().to_path_buf()], &EX).unwrap_or_else(|e| panic!("{e}"));
        assert!(set.facts.is_empty() && set.sources.is_empty());
        let missing = dir.path().join("nope");
        let err = load(std::slice::from_ref(&missing), &EX)
            .err()
            .map(|e| e.errors);
        let err = err.unwrap_or_default();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].kind, ErrorKind::Read);
        assert_eq!(
            err[0].message,
            format!("{} does not exist.", missing.display())
        );
    }

    #[test]
    fn unreadable_files_are_errors_not_panics() {
        let dir = dir_with(&[("empty.yaml", ""), ("comments.yml", "# nothing yet\n")]);
        std::fs::write(dir.path().join("binary.yaml"), b"facts:\x00\x01")
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("latin1.yaml"), b"facts: []\n# caf\xe9\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let errors = load(&[dir.path().to_path_buf()], &EX)
            .err()
            .map(|e| e.errors)
            .unwrap_or_default();
        let got: Vec<(&str, bool)> = errors
            .iter()
            .map(|e| (e.kind.name(), e.message.contains(".y")))
            .collect();
        assert_eq!(
            got,
            [
                ("read", true),
                ("empty", true),
                ("read", true),
                ("read", true)
            ],
            "{errors:#?}"
        );
    }

    #[test]
    fn alias_bombs_are_refused_quickly() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = format!("*a{}", i - 1);
            let items = [prev.as_str(); 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{items}]\n"));
        }
        text.push_str("facts: []\n");
        let got = errors(&text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "syntax", "{got:?}");
    }

    #[test]
    fn regex_errors_underline_inside_multibyte_patterns() {
        let got = errors("facts:\n- {id: a, value: 1%, match: {any: ['/é(x/', '/ü[/']}}\n");
        assert_eq!(
            got.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
            ["bad_regex", "bad_regex"]
        );
    }

    #[test]
    fn the_same_file_twice_is_read_once() {
        let dir = dir_with(&[(
            "a.yaml",
            "facts:\n- {id: a, value: 1%, match: {all: [x]}}\n",
        )]);
        let set = load(&[dir.path().to_path_buf(), dir.path().join("a.yaml")], &EX)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(set.facts.len(), 1);
    }

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
