//! The project config, `factlint.yaml`: which rules to load, which documents `factlint check`
//! checks when no path is given, dates for documents without one of their own, and
//! project-wide defaults.
//!
//! Paths in the file are relative to the folder the file is in, and are resolved against it
//! here, so the rest of factlint sees ordinary paths. Mistakes are reported like rule-file
//! mistakes: all at once, underlined in the YAML ([`RuleErrors`], codes `factlint::config::*`).
//! Reading the named rules and documents is not done here.

use super::errors::{ErrorKind, File, RuleErrors};
use super::matcher::Regexes;
use super::schema::{Ctx, sort_from, unread};
use super::yaml::Value;
use super::{Defaults, RuleSet, Severity, errors::closest, value};
use crate::source;
use crate::span::Span;
use globset::{GlobBuilder, GlobMatcher};
use jiff::civil::Date;
use std::path::{Component, Path, PathBuf};

/// The config file's name.
pub const FILE_NAME: &str = "factlint.yaml";

const KEYS: &[&str] = &["rules", "documents", "dates", "defaults", "severity"];

/// A loaded `factlint.yaml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// The config file, as found or given.
    pub path: PathBuf,
    /// Rule files and folders, resolved against the config's folder.
    pub rules: Vec<PathBuf>,
    /// What `factlint check` checks when no path is given, resolved likewise.
    pub documents: Vec<PathBuf>,
    /// Dates for documents without one of their own, in file order (the first match wins).
    pub dates: Vec<DateRule>,
    /// Defaults for every rule file; a rule file's own `defaults` and each fact override them.
    pub defaults: Defaults,
    /// Per-fact severity overrides (`severity: {trade-2024: warning}`), in file order.
    pub severity: Vec<SeverityOverride>,
    /// The config's folder, canonical, when it could be resolved.
    root: Option<PathBuf>,
    /// The file, for errors found after loading (an override naming no fact).
    file: Option<File>,
}

/// One `fact-id: severity` line of `severity`.
#[derive(Debug, Clone)]
pub struct SeverityOverride {
    pub fact: String,
    pub severity: Severity,
    /// The fact id's span in the config, for errors.
    span: Span,
}

/// One `glob: date` line of `dates`.
#[derive(Debug, Clone)]
pub struct DateRule {
    /// The glob as written, over document paths relative to the config's folder (a glob
    /// without `/` matches the file name in any folder).
    pub pattern: String,
    pub date: Date,
    matcher: GlobMatcher,
    by_name: bool,
}

impl DateRule {
    /// Whether this rule's glob matches a path relative to the config's folder.
    pub fn matches(&self, relative: &Path) -> bool {
        if self.by_name {
            relative
                .file_name()
                .is_some_and(|name| self.matcher.is_match(name))
        } else {
            self.matcher.is_match(relative)
        }
    }
}

impl Config {
    /// The folder the config is in (`""` for one in the current directory).
    pub fn folder(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }

    /// The date for a document, from the first `dates` glob that matches its path relative to
    /// the config's folder. `document_path` may be relative to the current directory or
    /// absolute.
    pub fn date_for(&self, document_path: &Path) -> Option<Date> {
        let relative = self.relative(document_path);
        self.dates
            .iter()
            .find(|rule| rule.matches(&relative))
            .map(|rule| rule.date)
    }

    /// `path` relative to the config's folder: through the file system when both can be
    /// resolved, else by taking the folder off the front of the path as written.
    fn relative(&self, path: &Path) -> PathBuf {
        if let (Some(root), Ok(full)) = (&self.root, std::fs::canonicalize(path))
            && let Ok(rel) = full.strip_prefix(root)
        {
            return rel.to_path_buf();
        }
        let path = without_cur_dir(path);
        let folder = without_cur_dir(self.folder());
        path.strip_prefix(&folder)
            .map_or(path.clone(), Path::to_path_buf)
    }
}

/// The path without `.` components.
fn without_cur_dir(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

/// The nearest `factlint.yaml` in `start` or one of its parents. When `start` is relative,
/// so is the path returned where possible (`factlint.yaml`, `../factlint.yaml`).
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = if start.as_os_str().is_empty() {
        Path::new(".")
    } else {
        start
    };
    let here = start.join(FILE_NAME);
    if here.is_file() {
        return Some(without_cur_dir(&here));
    }
    let canonical = std::fs::canonicalize(start).ok()?;
    let folder = canonical
        .ancestors()
        .skip(1)
        .find(|folder| folder.join(FILE_NAME).is_file())?;
    let found = folder.join(FILE_NAME);
    if start.is_absolute() {
        return Some(found);
    }
    Some(relative_to_cwd(folder).map_or(found, |rel| rel.join(FILE_NAME)))
}

/// `folder` as a path relative to the current directory, when it is the current directory,
/// inside it, or one of its parents (`..`, `../..`).
fn relative_to_cwd(folder: &Path) -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let cwd = std::fs::canonicalize(cwd).ok()?;
    if let Ok(inside) = folder.strip_prefix(&cwd) {
        return Some(inside.to_path_buf());
    }
    let up = cwd.ancestors().position(|a| a == folder)?;
    Some((0..up).map(|_| Component::ParentDir).collect())
}

/// Loads a config file, reporting every problem at once.
pub fn load(path: &Path) -> Result<Config, RuleErrors> {
    let text = source::read_file(path).map_err(|e| RuleErrors {
        errors: vec![unread(&e, true)],
    })?;
    let file = File::new(&path.display().to_string(), &text.text, true);
    let mut errors = Vec::new();
    let regexes = Regexes::default();
    let mut ctx = Ctx {
        file: &file,
        errors: &mut errors,
        regexes: &regexes,
    };
    let mut config = Config {
        path: path.to_path_buf(),
        rules: Vec::new(),
        documents: Vec::new(),
        dates: Vec::new(),
        defaults: Defaults::default(),
        severity: Vec::new(),
        root: None,
        file: Some(file.clone()),
    };
    let folder = config.folder().to_path_buf();
    config.root = std::fs::canonicalize(if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &folder
    })
    .ok();
    if let Some(root) = ctx.tree("`rules:` and `documents:`")
        && let Some(entries) = ctx.map(
            &root,
            "The config is a mapping of `rules`, `documents`, `dates` and `defaults`",
            "Write `rules: [rules]` and `documents: [docs]` on their own lines.",
        )
    {
        let fields = ctx.fields(entries, KEYS, "the config");
        if let Some(e) = fields.get("rules") {
            config.rules = paths(&mut ctx, e, &folder);
        }
        if let Some(e) = fields.get("documents") {
            config.documents = paths(&mut ctx, e, &folder);
        }
        if let Some(e) = fields.get("dates") {
            config.dates = dates(&mut ctx, e);
        }
        if let Some(e) = fields.get("defaults") {
            config.defaults = ctx.defaults(e);
        }
        if let Some(e) = fields.get("severity") {
            config.severity = severities(&mut ctx, e);
        }
    }
    sort_from(&mut errors, 0);
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(RuleErrors { errors })
    }
}

/// A list of paths, resolved against the config's folder; each must exist.
fn paths(ctx: &mut Ctx, entry: &super::yaml::Entry, folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for (text, node) in ctx.list(entry) {
        let resolved = folder.join(text.trim());
        if resolved.exists() {
            out.push(resolved);
            continue;
        }
        let siblings = sibling_names(folder, Path::new(text.trim()));
        let help = match closest(text.trim(), siblings.iter().map(String::as_str)) {
            Some(name) => format!("Did you mean `{name}`?"),
            None => format!(
                "Paths in {FILE_NAME} are relative to the folder it is in{}.",
                if folder.as_os_str().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", folder.display())
                }
            ),
        };
        let e = ctx
            .file
            .error(
                ErrorKind::MissingPath,
                node.span,
                format!("`{}` does not exist.", text.trim()),
            )
            .label("not found")
            .help(help);
        ctx.errors.push(e);
    }
    out
}

/// The names next to where a missing path would be, written as the user would write them
/// (relative to the config's folder), for "did you mean".
fn sibling_names(folder: &Path, written: &Path) -> Vec<String> {
    let written_parent = written.parent().unwrap_or(Path::new(""));
    let on_disk = folder.join(written_parent);
    let on_disk = if on_disk.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        on_disk
    };
    let Ok(entries) = std::fs::read_dir(on_disk) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| written_parent.join(e.file_name()).display().to_string())
        .collect();
    names.sort();
    names
}

/// What a `key: value` mapping in the config holds, for its error messages.
struct MapShape {
    name: &'static str,
    of: &'static str,
    key: &'static str,
    example: &'static str,
}

/// The pairs of a mapping whose keys are text, with their trimmed keys. A value that is not a
/// mapping, or a key that is not text, is reported; an empty value is an empty mapping.
fn keyed_pairs<'e>(
    ctx: &mut Ctx,
    entry: &'e super::yaml::Entry,
    shape: &MapShape,
) -> Vec<(&'e str, &'e super::yaml::Entry)> {
    let help = format!(
        "Write one pair per line under `{}:`, such as {}.",
        shape.name, shape.example
    );
    let entries = match &entry.value.value {
        Value::Map(entries) => entries,
        Value::Scalar(s) if s.is_null() => return Vec::new(),
        _ => {
            let message = format!("`{}` must be a mapping of {}", shape.name, shape.of);
            ctx.map(&entry.value, &message, &help);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for pair in entries {
        match pair.key_text().map(str::trim) {
            Some(key) => out.push((key, pair)),
            None => {
                let message = format!("A key in `{}` is not {}.", shape.name, shape.key);
                let err = ctx
                    .file
                    .error(ErrorKind::WrongType, pair.key.span, message)
                    .label(format!("not {}", shape.key))
                    .help(help.clone());
                ctx.errors.push(err);
            }
        }
    }
    out
}

/// The `severity` mapping of fact id to severity.
fn severities(ctx: &mut Ctx, entry: &super::yaml::Entry) -> Vec<SeverityOverride> {
    let shape = MapShape {
        name: "severity",
        of: "fact ids to severities",
        key: "a fact id",
        example: "`trade-2024: warning`",
    };
    let mut out = Vec::new();
    for (fact, pair) in keyed_pairs(ctx, entry, &shape) {
        let Some(text) = ctx.text(pair) else { continue };
        match value::severity(text) {
            Ok(severity) => out.push(SeverityOverride {
                fact: fact.to_string(),
                severity,
                span: pair.key.span,
            }),
            Err(p) => {
                let mut err = ctx
                    .file
                    .error(p.kind, pair.value.span, p.message)
                    .label("not a severity");
                if let Some(h) = p.help {
                    err = err.help(h);
                }
                ctx.errors.push(err);
            }
        }
    }
    out
}

impl Config {
    /// Applies the `severity` overrides to the loaded facts. An override naming no fact is an
    /// error (all of them are reported), so a renamed fact cannot silently lose its override.
    pub fn apply_severity(&self, rules: &mut RuleSet) -> Result<(), RuleErrors> {
        let mut errors = Vec::new();
        for o in &self.severity {
            match rules.facts.iter_mut().find(|f| f.id == o.fact) {
                Some(f) => f.severity = o.severity,
                None => {
                    let Some(file) = &self.file else { continue };
                    let ids = rules.facts.iter().map(|f| f.id.as_str());
                    let help = closest(&o.fact, ids).map_or_else(
                        || "`severity` names facts by their `id`; run `factlint rules` to list them.".to_string(),
                        |id| format!("Did you mean `{id}`?"),
                    );
                    let err = file
                        .error(
                            ErrorKind::UnknownFact,
                            o.span,
                            format!("No fact has the id `{}`.", o.fact),
                        )
                        .label("unknown fact")
                        .help(help);
                    errors.push(err);
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(RuleErrors { errors })
        }
    }
}

/// The `dates` mapping of glob to date.
fn dates(ctx: &mut Ctx, entry: &super::yaml::Entry) -> Vec<DateRule> {
    let shape = MapShape {
        name: "dates",
        of: "globs to dates",
        key: "a glob",
        example: "`seeds/000_*.txt: 2025-11-18`",
    };
    let mut out = Vec::new();
    for (pattern, pair) in keyed_pairs(ctx, entry, &shape) {
        let glob = GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .map(|g| g.compile_matcher());
        let glob = match glob {
            Ok(g) => Some(g),
            Err(e) => {
                let err = ctx
                    .file
                    .error(
                        ErrorKind::BadGlob,
                        pair.key.span,
                        format!("`{pattern}` is not a valid glob: {}.", e.kind()),
                    )
                    .label("invalid glob")
                    .help(
                        "`*` matches within a folder, `**` across folders, `?` one character, \
                         `[abc]` one of a set and `{a,b}` either.",
                    );
                ctx.errors.push(err);
                None
            }
        };
        let date = ctx.text(pair).and_then(|text| {
            let t = text.trim();
            match t.parse::<Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    let err = ctx
                        .file
                        .error(
                            ErrorKind::BadDate,
                            pair.value.span,
                            format!("`{t}` is not a date."),
                        )
                        .label("not a date")
                        .help("Write the date as YYYY-MM-DD, such as `2025-11-18`.");
                    ctx.errors.push(err);
                    None
                }
            }
        });
        if let (Some(matcher), Some(date)) = (glob, date) {
            out.push(DateRule {
                pattern: pattern.to_string(),
                date,
                matcher,
                by_name: !pattern.contains('/'),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(config: &str, files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join(FILE_NAME), config).unwrap_or_else(|e| panic!("{e}"));
        for name in files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
            }
            std::fs::write(path, "text").unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    }

    fn date(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    #[test]
    fn paths_resolve_against_the_config_folder_and_dates_match_globs() {
        let dir = project(
            "rules: [rules]\ndocuments: seeds\ndates:\n  seeds/000_*.txt: 2025-11-18\n  seeds/**/*.md: 2024-01-02\n  notes.txt: 2023-03-04\ndefaults: { tolerance: 2%, severity: warning }\n",
            &[
                "rules/a.yaml",
                "seeds/000_a.txt",
                "seeds/deep/x.md",
                "seeds/sub/notes.txt",
            ],
        );
        let config = load(&dir.path().join(FILE_NAME)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(config.rules, [dir.path().join("rules")]);
        assert_eq!(config.documents, [dir.path().join("seeds")]);
        assert_eq!(
            config.defaults.tolerance,
            Some(super::super::Tolerance::Relative(0.02))
        );
        let seeds = dir.path().join("seeds");
        assert_eq!(
            config.date_for(&seeds.join("000_a.txt")),
            date("2025-11-18")
        );
        assert_eq!(
            config.date_for(&seeds.join("deep/x.md")),
            date("2024-01-02")
        );
        assert_eq!(
            config.date_for(&seeds.join("sub/notes.txt")),
            date("2023-03-04")
        );
        assert_eq!(config.date_for(&seeds.join("001_b.txt")), None);
        // `*` does not cross folders.
        assert_eq!(config.date_for(&seeds.join("deep/000_a.txt")), None);
    }

    #[test]
    fn relative_paths_match_without_the_file_system() {
        let dir = project("dates:\n  seeds/000_*.txt: 2025-11-18\n", &[]);
        let mut config = load(&dir.path().join(FILE_NAME)).unwrap_or_else(|e| panic!("{e:?}"));
        config.path = PathBuf::from("proj/factlint.yaml");
        config.root = None;
        assert_eq!(
            config.date_for(Path::new("proj/seeds/000_x.txt")),
            date("2025-11-18")
        );
        assert_eq!(
            config.date_for(Path::new("./proj/seeds/000_x.txt")),
            date("2025-11-18")
        );
        config.path = PathBuf::from(FILE_NAME);
        assert_eq!(
            config.date_for(Path::new("seeds/000_x.txt")),
            date("2025-11-18")
        );
    }

    #[test]
    fn every_config_mistake_is_reported() {
        let dir = project(
            "rule: [rules]\ndocuments: [seedz]\ndates:\n  'seeds/[0-9.txt': 2025-11-18\n  seeds/001_*.txt: 2025-13-01\ndefaults: { tolerance: 2 billion USD }\n",
            &["seeds/a.txt"],
        );
        let err = load(&dir.path().join(FILE_NAME)).err();
        let errors = err.map(|e| e.errors).unwrap_or_default();
        let got: Vec<(String, usize, Option<String>)> = errors
            .iter()
            .map(|e| (e.code(), e.line, e.help.clone()))
            .collect();
        assert_eq!(
            got[0],
            (
                "factlint::config::unknown_key".into(),
                1,
                Some("Did you mean `rules`?".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "factlint::config::missing_path".into(),
                2,
                Some("Did you mean `seeds`?".into())
            )
        );
        assert_eq!(got[2].0, "factlint::config::bad_glob");
        assert_eq!(got[3].0, "factlint::config::bad_date");
        assert_eq!(got[4].0, "factlint::config::bad_tolerance");
        assert_eq!(got.len(), 5, "{got:#?}");
    }

    #[test]
    fn find_looks_upwards_and_stays_relative() {
        let dir = project("rules: []\n", &["a/b/placeholder.txt"]);
        let deep = dir.path().join("a/b");
        let canonical = |p: Option<PathBuf>| p.and_then(|p| std::fs::canonicalize(p).ok());
        let expected = canonical(Some(dir.path().join(FILE_NAME)));
        assert_eq!(canonical(find(&deep)), expected);
        assert_eq!(find(dir.path()), Some(dir.path().join(FILE_NAME)));
        // Tests run in the package folder, whose factlint.yaml is found from below.
        assert_eq!(find(Path::new("src/rules")), Some(PathBuf::from(FILE_NAME)));
        assert_eq!(find(Path::new(".")), Some(PathBuf::from(FILE_NAME)));
        let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // Nothing in the temp folder; a parent of it is unlikely to hold a factlint.yaml.
        assert!(find(empty.path()).is_none_or(|p| !p.starts_with(empty.path())));
    }

    #[test]
    fn a_missing_or_empty_config_is_an_error() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let err = load(&dir.path().join(FILE_NAME))
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.ends_with("the project config was not loaded.")));
    }
}
