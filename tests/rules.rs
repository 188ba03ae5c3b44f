//! Rule files and the project config, end to end: a correct rule file loads to the values it
//! declares, and a folder of broken rule files (one per kind of mistake, see the comment at the
//! top of each) is reported all at once, as the user sees it.

use factlint::claim::{Dimension, Period};
use factlint::extract::Extractor;
use factlint::rules::{self, Severity, Term, Tolerance, config};
use std::path::{Path, PathBuf};

/// A diagnostic as the terminal shows it, without colour, at a fixed width.
fn render(diagnostic: &dyn miette::Diagnostic) -> String {
    let mut out = String::new();
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100);
    if let Err(e) = handler.render_report(&mut out, diagnostic) {
        panic!("render: {e}");
    }
    out
}

#[test]
fn a_correct_rule_file_loads_with_the_right_values() {
    let set = rules::load(
        &[PathBuf::from("tests/fixtures/good-rules")],
        &Extractor::new(),
    )
    .unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(set.sources.len(), 1);
    assert_eq!(
        set.sources[0].path,
        Path::new("tests/fixtures/good-rules/facts.yaml")
            .display()
            .to_string()
    );
    let ids: Vec<&str> = set.facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "trade-2024",
            "china-exports-to-russia-2025-09",
            "school-meals-budget-2026",
            "trade-2025-estimate",
            "power-of-siberia-volume",
            "year-of-culture-events"
        ]
    );
    let fact = |id: &str| set.get(id).unwrap_or_else(|| panic!("no fact {id}"));

    let trade = fact("trade-2024");
    assert_eq!(trade.about, "Russia-China bilateral trade in 2024");
    let value = trade.value.as_ref().map(|v| (v.base, v.text.as_str()));
    assert_eq!(value, Some((2.45e11, "245 billion USD")));
    assert_eq!(
        (trade.unit, trade.base_unit, trade.dimension),
        ("USD", "USD", Dimension::Currency)
    );
    assert_eq!(trade.tolerance, Tolerance::Absolute(2e9));
    assert_eq!(trade.period, Some(Period::Year(2024)));
    assert_eq!(trade.severity, Severity::Error);
    let phrase = |s: &str| Term::Phrase(s.to_string());
    assert_eq!(trade.matcher.all, [phrase("trade")]);
    assert_eq!(
        trade.matcher.any,
        [phrase("russia"), phrase("china"), phrase("bilateral")]
    );
    assert_eq!(trade.matcher.none, [phrase("deficit"), phrase("surplus")]);
    assert_eq!(trade.sources, ["https://example.org/customs-2024"]);
    assert_eq!(
        (trade.origin.source, trade.origin.line, trade.origin.column),
        (0, 6, 9)
    );
    assert_eq!(
        &set.sources[0].text[trade.origin.span.start..trade.origin.span.end],
        "trade-2024"
    );
    let interval = trade.expected_interval().map(|i| (i.low, i.high));
    assert_eq!(interval, Some((Some(2.43e11), Some(2.47e11))));

    let exports = fact("china-exports-to-russia-2025-09");
    assert_eq!(exports.value.as_ref().map(|v| v.base), Some(-21.0));
    assert_eq!((exports.unit, exports.dimension), ("%", Dimension::Percent));
    assert_eq!(exports.period, Some(Period::Month(2025, 9)));
    assert_eq!(
        exports.tolerance,
        Tolerance::Relative(0.01),
        "the file's default"
    );
    assert!(matches!(&exports.matcher.any[1], Term::Regex(r) if r.as_str() == "shipments?"));
    assert!(
        exports
            .matcher
            .holds("Shipments to Russia fell 21% in September.")
    );

    let meals = fact("school-meals-budget-2026");
    assert_eq!(meals.value, None);
    assert_eq!(
        (meals.unit, meals.base_unit, meals.dimension),
        ("EUR", "EUR", Dimension::Currency)
    );
    assert_eq!(meals.severity, Severity::Warning);
    assert_eq!(meals.tolerance_width(1000.0), 10.0);

    let estimate = fact("trade-2025-estimate");
    assert_eq!(estimate.value.as_ref().map(|v| v.base), Some(2.28e11));

    let gas = fact("power-of-siberia-volume");
    assert_eq!(
        (gas.unit, gas.base_unit, gas.dimension),
        ("bcm", "m3", Dimension::Volume)
    );
    assert_eq!(gas.value.as_ref().map(|v| v.base), Some(3.1e10));
    assert_eq!(gas.tolerance, Tolerance::Exact);
    assert_eq!(gas.period, Some(Period::FiscalYear(2024)));

    let events = fact("year-of-culture-events");
    assert_eq!(
        events.value.as_ref().map(|v| (v.base, v.text.as_str())),
        Some((2024.0, "2024"))
    );
    assert_eq!((events.unit, events.dimension), ("", Dimension::Count));
    assert_eq!(events.period, Some(Period::Years(2024, 2025)));
    assert_eq!(events.severity, Severity::Info);
}

#[test]
fn every_broken_rule_file_is_reported_at_once() {
    let errors = match rules::load(
        &[PathBuf::from("tests/fixtures/broken-rules")],
        &Extractor::new(),
    ) {
        Ok(set) => panic!("broken rules loaded {} facts", set.facts.len()),
        Err(e) => e,
    };
    // Every file has a problem, except the first declaration of the duplicated id.
    let mut files: Vec<String> = std::fs::read_dir("tests/fixtures/broken-rules")
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|e| {
            e.map(|e| e.file_name().to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .filter(|name| name != "12-duplicate-id-a.yaml")
        .collect();
    files.sort();
    let reported: Vec<String> = errors
        .paths()
        .iter()
        .map(|p| {
            Path::new(p)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(reported, files);
    insta::assert_snapshot!("broken_rules", render(&errors));
}

#[test]
fn every_config_mistake_is_reported_at_once() {
    let errors = match config::load(Path::new("tests/fixtures/broken-config/factlint.yaml")) {
        Ok(c) => panic!("broken config loaded: {c:?}"),
        Err(e) => e,
    };
    insta::assert_snapshot!("broken_config", render(&errors));
}

#[test]
fn the_repository_config_dates_every_seed() {
    // The repository's own factlint.yaml, in a copy of the project layout (its rules folder
    // is written elsewhere, and a config naming a missing folder is an error).
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(config::FILE_NAME).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join(config::FILE_NAME), text).unwrap_or_else(|e| panic!("{e}"));
    for folder in ["rules", "seeds"] {
        std::fs::create_dir(dir.path().join(folder)).unwrap_or_else(|e| panic!("{e}"));
    }
    let config = config::load(&dir.path().join(config::FILE_NAME))
        .unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(config.rules, [dir.path().join("rules")]);
    assert_eq!(config.documents, [dir.path().join("seeds")]);
    let mut dated = Vec::new();
    for entry in std::fs::read_dir("seeds").unwrap_or_else(|e| panic!("{e}")) {
        let name = entry.unwrap_or_else(|e| panic!("{e}")).file_name();
        let date = config.date_for(&dir.path().join("seeds").join(&name));
        dated.push((
            name.to_string_lossy().chars().take(3).collect::<String>(),
            date.map(|d| d.to_string()),
        ));
    }
    dated.sort();
    let expected: Vec<(String, Option<String>)> = [
        ("000", "2025-11-18"),
        ("001", "2025-05-09"),
        ("002", "2025-11-03"),
        ("003", "2025-11-03"),
        ("004", "2024-08-21"),
    ]
    .iter()
    .map(|(n, d)| (n.to_string(), Some(d.to_string())))
    .collect();
    assert_eq!(dated, expected);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);
    static GOOD: LazyLock<String> = LazyLock::new(|| {
        std::fs::read_to_string("tests/fixtures/good-rules/facts.yaml")
            .unwrap_or_else(|e| panic!("{e}"))
    });

    /// Loads `text`; on error, every span must lie on character boundaries of the text and
    /// the report must render.
    fn check(text: &str) {
        match rules::load_texts(&[("mutant.yaml", text)], &EX, rules::Defaults::default()) {
            Ok(set) => assert!(
                set.facts
                    .iter()
                    .all(|f| text.get(f.origin.span.start..f.origin.span.end).is_some())
            ),
            Err(errors) => {
                for e in &errors.errors {
                    if let Some(span) = e.span {
                        assert!(
                            text.get(span.start..span.end).is_some(),
                            "{e:?} in {text:?}"
                        );
                    }
                }
                assert!(!render(&errors).is_empty());
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn mutated_rule_files(at in 0usize..2000, cut in 0usize..40, insert in "[ -~\n\t:é\\[\\]{}&*!|>'\"#-]{0,12}") {
            let good: &str = &GOOD;
            let mut at = at.min(good.len());
            while !good.is_char_boundary(at) { at -= 1; }
            let mut end = (at + cut).min(good.len());
            while !good.is_char_boundary(end) { end -= 1; }
            let mutant = format!("{}{}{}", &good[..at], insert, &good[end..]);
            check(&mutant);
        }

        #[test]
        fn arbitrary_text(text in "\\PC{0,200}") {
            check(&text);
        }
    }
}
