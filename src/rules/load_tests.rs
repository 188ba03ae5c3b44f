//! Loading rule files end to end, from YAML text to facts or to every error with its position.

use super::load::*;
use super::{Defaults, ErrorKind, Fact, RuleErrors, RuleSet, Term};
use crate::claim::{Dimension, Period};
use crate::extract::Extractor;
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
