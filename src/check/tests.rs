//! Checker behaviour: binding, verdicts and conflicts on small invented corpora.

use super::*;
use crate::document::{DocOptions, Document, Format};
use crate::extract::Extractor;
use crate::rules::{ExpectedValue, Matcher, Origin, RuleSource, Term};
use std::sync::LazyLock;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// A fact from short strings: `value` is parsed by the extractor ("245 billion USD").
struct F<'a> {
    id: &'a str,
    value: Option<&'a str>,
    unit: &'a str,
    tolerance: Tolerance,
    period: Option<Period>,
    all: &'a [&'a str],
    any: &'a [&'a str],
    none: &'a [&'a str],
}

impl Default for F<'_> {
    fn default() -> Self {
        F {
            id: "fact",
            value: None,
            unit: "",
            tolerance: Tolerance::Relative(0.01),
            period: None,
            all: &[],
            any: &[],
            none: &[],
        }
    }
}

fn terms(words: &[&str]) -> Vec<Term> {
    words
        .iter()
        .map(|w| Term::Phrase(w.to_lowercase()))
        .collect()
}

fn fact(f: F) -> Fact {
    let units = EX.units();
    let (value, unit) = match f.value {
        Some(v) => {
            let c = &EX.extract_text(v, None)[0];
            let base = c.quantity.base.value.unwrap();
            (
                Some(ExpectedValue {
                    base,
                    text: v.to_string(),
                }),
                c.quantity.unit,
            )
        }
        None => (None, units.get(units.id(f.unit).unwrap()).code),
    };
    let def = units.get(units.id(unit).unwrap());
    Fact {
        id: f.id.to_string(),
        about: format!("about {}", f.id),
        value,
        unit: def.code,
        dimension: def.dimension,
        base_unit: def.base,
        tolerance: f.tolerance,
        period: f.period,
        matcher: Matcher {
            all: terms(f.all),
            any: terms(f.any),
            none: terms(f.none),
        },
        severity: Severity::Error,
        sources: Vec::new(),
        origin: Origin {
            source: 0,
            span: crate::span::Span::new(0, 0),
            line: 1,
            column: 1,
        },
    }
}

fn rules(facts: Vec<Fact>) -> RuleSet {
    RuleSet {
        facts,
        sources: vec![RuleSource {
            path: "rules/test.yaml".into(),
            text: String::new(),
        }],
    }
}

fn docs(texts: &[(&str, &str)]) -> Vec<DocumentClaims> {
    texts
        .iter()
        .map(|(date, text)| {
            let opts = DocOptions {
                date: Some(date.parse().unwrap()),
            };
            let document =
                Document::parse_as(format!("{date}.txt"), text.to_string(), Format::Text, &opts)
                    .unwrap();
            let claims = EX.extract(&document);
            DocumentClaims { document, claims }
        })
        .collect()
}

/// One line per finding: `code fact "text" path`.
fn findings(report: &CheckReport) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {:?} {}",
                f.code.as_str().trim_start_matches("factlint::"),
                f.fact.as_deref().unwrap_or("-"),
                f.text,
                f.path
            )
        })
        .collect()
}

fn run(facts: Vec<Fact>, texts: &[(&str, &str)]) -> Vec<String> {
    findings(&check(
        &docs(texts),
        &rules(facts),
        &CheckOptions::default(),
    ))
}

fn revenue() -> Fact {
    fact(F {
        id: "acme-revenue-2024",
        value: Some("4.5 billion USD"),
        period: Some(Period::Year(2024)),
        all: &["revenue"],
        any: &["acme"],
        ..F::default()
    })
}

#[test]
fn a_figure_outside_the_tolerance_is_a_mismatch() {
    let out = run(
        vec![revenue()],
        &[(
            "2025-02-01",
            "Acme's revenue reached $5.4bn in 2024. Acme's revenue was $4.52bn in 2024.",
        )],
    );
    assert_eq!(
        out,
        ["mismatch acme-revenue-2024 \"$5.4bn\" 2025-02-01.txt"]
    );
}

#[test]
fn a_hedge_that_overreaches_is_a_mismatch() {
    let out = run(
        vec![revenue()],
        &[(
            "2025-02-01",
            "Acme's revenue was more than $4.6bn last year. Acme's revenue was nearly $4.6bn last year.",
        )],
    );
    assert_eq!(
        out,
        ["mismatch acme-revenue-2024 \"$4.6bn\" 2025-02-01.txt"]
    );
    assert_eq!(
        check(
            &docs(&[(
                "2025-02-01",
                "Acme's revenue was more than $4.6bn last year."
            )]),
            &rules(vec![revenue()]),
            &CheckOptions::default()
        )
        .findings[0]
            .claimed
            .as_ref()
            .and_then(|c| c.hedge),
        Some("more_than")
    );
}

#[test]
fn directions_count() {
    let drop = fact(F {
        id: "exports-2025-09",
        value: Some("-21%"),
        period: Some(Period::Month(2025, 9)),
        any: &["exports"],
        ..F::default()
    });
    let out = run(
        vec![drop],
        &[(
            "2025-11-03",
            "September exports were down 21% year-on-year. Exports rose 21% in September. Exports fell 12% in September.",
        )],
    );
    assert_eq!(
        out,
        [
            "mismatch exports-2025-09 \"21%\" 2025-11-03.txt",
            "mismatch exports-2025-09 \"12%\" 2025-11-03.txt"
        ]
    );
}

#[test]
fn two_figures_in_a_sentence_bind_to_their_own_facts() {
    let students = |id, value, nationality| {
        fact(F {
            id,
            value: Some(value),
            all: &["students"],
            any: &[nationality],
            ..F::default()
        })
    };
    let facts = vec![
        students("russian-students", "21000", "Russian"),
        students("chinese-students", "51000", "Chinese"),
    ];
    let text = "There are 21,000 Russian students in China, and 51,000 Chinese students in Russia.";
    assert!(run(facts, &[("2025-05-09", text)]).is_empty());
    let facts = vec![
        students("russian-students", "21000", "Russian"),
        students("chinese-students", "51000", "Chinese"),
    ];
    let crossed =
        "There are 51,000 Russian students in China, and 21,000 Chinese students in Russia.";
    assert_eq!(
        run(facts, &[("2025-05-09", crossed)]),
        [
            "mismatch russian-students \"51,000\" 2025-05-09.txt",
            "mismatch chinese-students \"21,000\" 2025-05-09.txt"
        ]
    );
}

#[test]
fn a_sentence_binds_a_fact_to_its_nearest_claim_only() {
    let institutions = fact(F {
        id: "member-institutions",
        value: Some("600"),
        all: &["institutions"],
        ..F::default()
    });
    let text = "The associations unite about 600 education institutions in the two countries.";
    assert!(run(vec![institutions], &[("2025-05-09", text)]).is_empty());
}

#[test]
fn a_claim_two_facts_fit_equally_is_ambiguous_and_unchecked() {
    let a = fact(F {
        id: "a",
        value: Some("10%"),
        any: &["turnout"],
        ..F::default()
    });
    let b = fact(F {
        id: "b",
        value: Some("90%"),
        any: &["turnout"],
        ..F::default()
    });
    assert_eq!(
        run(vec![a, b], &[("2025-01-01", "Turnout was 50%.")]),
        ["ambiguous a \"50%\" 2025-01-01.txt"]
    );
}

#[test]
fn units_and_periods_must_fit() {
    let f = || revenue();
    // A different currency, a different year, a figure without a year in a document
    // written before 2024: none binds.
    assert!(
        run(
            vec![f()],
            &[("2025-02-01", "Acme's revenue was €9bn in 2024.")]
        )
        .is_empty()
    );
    assert!(
        run(
            vec![f()],
            &[("2025-02-01", "Acme's revenue was $9bn in 2023.")]
        )
        .is_empty()
    );
    assert!(run(vec![f()], &[("2023-06-01", "Acme's revenue was $9bn.")]).is_empty());
    // Without a period of its own, the claim is taken to be about 2024, and says so.
    let report = check(
        &docs(&[("2025-02-01", "Acme's revenue was $9bn.")]),
        &rules(vec![f()]),
        &CheckOptions::default(),
    );
    assert_eq!(report.findings.len(), 1);
    assert!(report.findings[0].claimed.as_ref().unwrap().period_assumed);
}

#[test]
fn documents_disagreeing_about_a_fact_without_value_conflict() {
    let meals = fact(F {
        id: "school-meals-2026",
        unit: "EUR",
        period: Some(Period::Year(2026)),
        all: &["school meals"],
        ..F::default()
    });
    let out = run(
        vec![meals],
        &[
            (
                "2026-01-10",
                "The city will spend €20m on school meals in 2026.",
            ),
            (
                "2026-01-11",
                "School meals will cost €24m in 2026, the council said.",
            ),
            ("2026-01-12", "In 2026 the school meals budget is €20.1m."),
        ],
    );
    assert_eq!(out, ["conflict school-meals-2026 \"€24m\" 2026-01-11.txt"]);
    let report = check(
        &docs(&[
            (
                "2026-01-10",
                "The city will spend €20m on school meals in 2026.",
            ),
            (
                "2026-01-11",
                "School meals will cost €24m in 2026, the council said.",
            ),
            ("2026-01-12", "In 2026 the school meals budget is €20.1m."),
        ]),
        &rules(vec![fact(F {
            id: "school-meals-2026",
            unit: "EUR",
            period: Some(Period::Year(2026)),
            all: &["school meals"],
            ..F::default()
        })]),
        &CheckOptions::default(),
    );
    let related: Vec<&str> = report.findings[0]
        .related
        .iter()
        .map(|r| r.path.as_str())
        .collect();
    assert_eq!(related, ["2026-01-10.txt", "2026-01-12.txt"]);
}

#[test]
fn rounding_is_reported_only_when_asked() {
    let f = || {
        fact(F {
            id: "visitors",
            value: Some("1,234,000"),
            tolerance: Tolerance::Exact,
            any: &["visitors"],
            ..F::default()
        })
    };
    let texts = [("2025-01-01", "The museum had 1.2 million visitors.")];
    assert!(run(vec![f()], &texts).is_empty());
    let shown = check(
        &docs(&texts),
        &rules(vec![f()]),
        &CheckOptions {
            show_rounded: true,
            explain: None,
        },
    );
    assert_eq!(
        findings(&shown),
        ["rounded visitors \"1.2 million\" 2025-01-01.txt"]
    );
}

#[test]
fn words_match_whole_words_only() {
    let f = fact(F {
        id: "trade",
        value: Some("245 billion USD"),
        all: &["trade"],
        ..F::default()
    });
    assert!(run(vec![f], &[("2025-01-01", "The trademark sold for $900bn.")]).is_empty());
}

#[test]
fn phrases_match_across_line_breaks_and_double_spaces() {
    let f = || {
        fact(F {
            id: "meals",
            value: Some("20 million EUR"),
            all: &["school meals"],
            ..F::default()
        })
    };
    let text = "Under the plan approved by the council on Tuesday, the city will spend €25m on school\nmeals next year, the mayor said.";
    assert_eq!(
        run(vec![f()], &[("2026-01-01", text)]),
        ["mismatch meals \"€25m\" 2026-01-01.txt"]
    );
}

#[test]
fn intervals_overlap_with_open_ends() {
    let a = Interval::half_open(1.0, 2.0);
    assert!(!overlaps(&a, &Interval::closed(2.0, 3.0)));
    assert!(overlaps(&a, &Interval::closed(1.5, 3.0)));
    let unbounded = Interval {
        low: Some(2.0),
        high: None,
        low_open: true,
        high_open: false,
    };
    assert!(!overlaps(&unbounded, &Interval::closed(1.0, 2.0)));
    assert!(overlaps(&unbounded, &Interval::closed(1.0, 2.1)));
}

#[test]
fn a_large_document_binds_the_same_whatever_the_thread_count() {
    let text = "Acme's revenue reached $5.4bn in 2024. Acme's revenue was $4.52bn in 2024.\n\n"
        .repeat(PARALLEL_CLAIMS / 2 + 100);
    let corpus = docs(&[("2025-02-01", text.as_str())]);
    let rules = rules(vec![revenue()]);
    let on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| check(&corpus, &rules, &CheckOptions::default()))
    };
    let (one, two) = (on(1), on(2));
    assert!(one.bindings.len() > PARALLEL_CLAIMS);
    assert_eq!(one.bindings, two.bindings);
    assert_eq!(findings(&one), findings(&two));
    assert_eq!(findings(&one).len(), PARALLEL_CLAIMS / 2 + 100);
}

#[test]
fn a_regex_alone_can_match_an_any_list() {
    let mut f = fact(F {
        id: "exports",
        value: Some("-21%"),
        any: &["shipments"],
        ..F::default()
    });
    f.matcher
        .any
        .push(Term::Regex(regex::Regex::new("(?i)exports?").unwrap()));
    let out = run(vec![f], &[("2025-11-03", "Exports rose 21% in September.")]);
    assert_eq!(out, ["mismatch exports \"21%\" 2025-11-03.txt"]);
}

#[test]
fn a_shared_word_nominates_only_the_facts_whose_rarest_word_occurs() {
    let names = ["varnel", "ostrick", "belmar", "quenton", "harrow", "dulcet"];
    let facts: Vec<Fact> = (0..600)
        .map(|k| {
            let name = format!("{}{k}", names[k % names.len()]);
            let mut f = fact(F {
                id: "f",
                value: Some("4.5 billion USD"),
                all: &["revenue"],
                ..F::default()
            });
            f.id = format!("fact-{k}");
            f.matcher.all.push(Term::Phrase(name));
            f
        })
        .collect();
    let index = RuleIndex::new(&facts);
    let d = docs(&[(
        "2025-01-01",
        "Revenue at varnel42 reached $4.5bn, the revenue report said.",
    )]);
    let mut hits = SentenceHits::default();
    index.scan(
        &d[0].document.text,
        d[0].document.sentences[0].span,
        &mut hits,
    );
    assert_eq!(hits.candidates, [42]);
}

/// A conflict is built after its document is dropped, from what `Stated` kept: it must carry
/// the same sentence, prose and position as a finding made from the document itself, and
/// name at most three of the other side's claims in its message while `related` has them all.
#[test]
fn a_conflict_carries_its_sentence_without_its_document() {
    let opts = DocOptions {
        date: Some("2026-02-01".parse().unwrap()),
    };
    let markdown = |path: &str, text: &str| {
        let document =
            Document::parse_as(path.to_string(), text.to_string(), Format::Markdown, &opts)
                .unwrap();
        let claims = EX.extract(&document);
        DocumentClaims { document, claims }
    };
    let mut corpus = vec![markdown(
        "odd.md",
        "# Meals\n\nIntro line.\n\nSchool meals will cost **€24m**\nin 2026, the council said.\n",
    )];
    for k in 0..5 {
        corpus.push(markdown(
            &format!("n{k}.md"),
            "The city will spend €20m on school meals in 2026.\n",
        ));
    }
    let meals = fact(F {
        id: "school-meals-2026",
        unit: "EUR",
        period: Some(Period::Year(2026)),
        all: &["school meals"],
        ..F::default()
    });
    let report = check(&corpus, &rules(vec![meals]), &CheckOptions::default());
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    let doc = &corpus[0].document;
    let from_doc = Finding::at(
        Code::Conflict,
        Severity::Error,
        (doc, 0),
        f.span,
        f.sentence,
        String::new(),
    );
    assert_eq!(f.excerpt, from_doc.excerpt);
    assert_eq!(f.prose, from_doc.prose);
    assert_eq!(
        f.prose,
        "School meals will cost €24m in 2026, the council said."
    );
    assert_eq!(
        (f.line, f.column, &f.text),
        (from_doc.line, from_doc.column, &from_doc.text)
    );
    assert_eq!(f.related.len(), 5);
    assert!(f.message.ends_with("(n2.md) and 2 more"), "{}", f.message);
    // Each related place carries its own sentence.
    let r = &f.related[0];
    assert_eq!(
        &*r.excerpt.text,
        "The city will spend €20m on school meals in 2026."
    );
}
