//! The shape checks every YAML file of factlint shares (rule files and `factlint.yaml`):
//! reading the file into a tree, mappings with known keys (unknown keys get a "did you mean",
//! duplicated keys point at both), single values, lists, `defaults`, and turning field-parser
//! problems into errors on the right span.
//!
//! What each key means is not known here; `load` (facts) and `config` (the project config)
//! build on these checks.

use super::Defaults;
use super::errors::{ErrorKind, File, RuleError, choices, closest};
use super::matcher::Regexes;
use super::value::{self, Problem};
use super::yaml::{self, Entry, Node, Value};
use crate::source::ReadError;
use crate::span::Span;

/// Sorts the errors from `start` on (one file's) by where they are in the file.
pub(crate) fn sort_from(errors: &mut [RuleError], start: usize) {
    if let Some(tail) = errors.get_mut(start..) {
        tail.sort_by_key(|e| e.span.map(|s| s.start));
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

pub(crate) const DEFAULT_KEYS: &[&str] = &["tolerance", "severity"];

/// One file being checked, and where its problems go.
pub(crate) struct Ctx<'a> {
    pub(crate) file: &'a File,
    pub(crate) errors: &'a mut Vec<RuleError>,
    /// Regex terms compiled by any file of the rule set.
    pub(crate) regexes: &'a Regexes,
}

impl Ctx<'_> {
    pub(crate) fn push(&mut self, e: RuleError) {
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
}

/// The known keys found in a mapping, in file order.
#[derive(Default)]
pub(crate) struct Fields<'n> {
    found: Vec<(&'static str, &'n Entry)>,
}

impl<'n> Fields<'n> {
    /// No known key was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'n Entry> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, e)| *e)
    }
}
