//! `factlint check` end to end: the seeds stay clean with every fact bound, the planted-error
//! corpus (tests/check-corpus/) gives exactly the findings its expected.yaml lists, output
//! formats are snapshotted, and exit codes hold.

use assert_cmd::Command;
use factlint::check::{CheckOptions, check};
use factlint::extract::Extractor;
use factlint::rules::{self, Severity, config};
use factlint::run::{self, Settings};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(root());
    cmd
}

fn json_of(cmd: &mut Command) -> (serde_json::Value, i32) {
    let out = cmd.output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (v, out.status.code().unwrap_or(-1))
}

#[test]
fn seeds_are_clean_and_every_fact_binds() {
    let extractor = Extractor::new();
    let cfg = config::load(&root().join("factlint.yaml")).unwrap();
    let rules = rules::load_with_defaults(&cfg.rules, &extractor, cfg.defaults).unwrap();
    assert!(rules.facts.len() >= 20, "at least 20 facts about the seeds");
    let settings = Settings {
        inputs: cfg.documents.clone(),
        doc: Default::default(),
        config: Some(cfg),
        ..Default::default()
    };
    let (extracted, report) = run::check(&settings, &extractor, &rules, &CheckOptions::default());
    assert_eq!(extracted.documents.len(), 5);
    assert!(extracted.errors.is_empty());
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| format!("{}:{} {} {}", f.path, f.line, f.text, f.message))
        .collect();
    assert!(errors.is_empty(), "seed findings: {errors:#?}");
    let bound: BTreeSet<usize> = report.bindings.iter().map(|b| b.fact).collect();
    let unbound: Vec<&str> = (0..rules.facts.len())
        .filter(|f| !bound.contains(f))
        .map(|f| rules.facts[f].id.as_str())
        .collect();
    assert!(unbound.is_empty(), "facts no seed claim binds: {unbound:?}");
}

#[test]
fn bare_check_uses_the_config_and_exits_zero() {
    let (v, code) = json_of(factlint().args(["check", "--format", "json"]));
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["documents"], 5);
    assert_eq!(v["summary"]["errors"], 0);
}

#[derive(Deserialize)]
struct Expected {
    findings: Vec<ExpectedFinding>,
    clean: Vec<String>,
}

#[derive(Deserialize)]
struct ExpectedFinding {
    path: String,
    text: String,
    fact: String,
    code: String,
    #[serde(default)]
    related: Vec<ExpectedRelated>,
}

#[derive(Deserialize)]
struct ExpectedRelated {
    path: String,
    text: String,
}

fn corpus_check() -> (serde_json::Value, i32) {
    json_of(factlint().args([
        "check",
        "--format",
        "json",
        "--rules",
        "tests/check-corpus/rules",
        "tests/check-corpus/articles",
    ]))
}

#[test]
fn planted_errors_are_found_exactly() {
    let expected: Expected = serde_yaml::from_str(
        &std::fs::read_to_string(root().join("tests/check-corpus/expected.yaml")).unwrap(),
    )
    .unwrap();
    let (v, code) = corpus_check();
    assert_eq!(code, 1, "error findings exit with 1");
    let prefix = "tests/check-corpus/";
    let got: BTreeSet<(String, String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches(prefix)
                    .to_string(),
                f["text"].as_str().unwrap().to_string(),
                f["fact"].as_str().unwrap_or("").to_string(),
                f["code"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("factlint::")
                    .to_string(),
            )
        })
        .collect();
    let want: BTreeSet<(String, String, String, String)> = expected
        .findings
        .iter()
        .map(|f| {
            (
                f.path.clone(),
                f.text.clone(),
                f.fact.clone(),
                f.code.clone(),
            )
        })
        .collect();
    assert_eq!(got, want);
    for clean in &expected.clean {
        assert!(
            !got.iter().any(|g| &g.0 == clean),
            "{clean} must stay clean"
        );
    }
    // A conflict names the other side.
    for e in expected.findings.iter().filter(|f| !f.related.is_empty()) {
        let f = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["text"] == e.text.as_str())
            .unwrap();
        for r in &e.related {
            let named = f["related"].as_array().unwrap().iter().any(|x| {
                x["text"] == r.text.as_str()
                    && x["path"].as_str().unwrap().trim_start_matches(prefix) == r.path
            });
            assert!(named, "{} should name {} in {}", e.text, r.text, r.path);
        }
    }
}

#[test]
fn human_and_json_renderings_are_snapshotted() {
    let out = factlint()
        .args([
            "check",
            "--rules",
            "tests/check-corpus/rules",
            "tests/check-corpus/articles",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    insta::assert_snapshot!("check_human", String::from_utf8(out.stdout).unwrap());
    let (v, _) = corpus_check();
    insta::assert_snapshot!("check_json", serde_json::to_string_pretty(&v).unwrap());
}

#[test]
fn rules_and_explain_commands() {
    let out = factlint().args(["rules"]).output().unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("rules_list", String::from_utf8(out.stdout).unwrap());
    let out = factlint()
        .args(["explain", "russia-china-trade-2024"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("explain_trade", String::from_utf8(out.stdout).unwrap());
    let out = factlint()
        .args(["explain", "russia-china-trade-204"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean"));
}

#[test]
fn broken_rules_and_missing_inputs_exit_with_two() {
    let out = factlint()
        .args(["check", "--rules", "tests/fixtures/broken-rules", "seeds"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "nothing is checked with broken rules"
    );
    let out = factlint()
        .args(["check", "--rules", "rules", "no-such-folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "a.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no rules"));
}

#[test]
fn a_check_against_in_memory_rules_finds_a_mismatch_in_new_text() {
    // A subject far from the seeds, checked through the library.
    let extractor = Extractor::new();
    let rules = rules::load_texts(
        &[(
            "club.yaml",
            "facts:\n  - id: stadium-capacity\n    value: 60,704\n    match: { all: [capacity], any: [stadium] }\n",
        )],
        &extractor,
        Default::default(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("match-report.md");
    std::fs::write(&doc, "The stadium, with a capacity of 67,004, was full.\n").unwrap();
    let settings = Settings {
        inputs: vec![PathBuf::from(&doc)],
        ..Default::default()
    };
    let extracted = run::extract(&settings, &extractor);
    let report = check(&extracted.documents, &rules, &CheckOptions::default());
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].text, "67,004");
}

#[test]
fn info_findings_ambiguous_and_rounded_are_snapshotted() {
    let args = [
        "check",
        "--show-rounded",
        "--rules",
        "tests/fixtures/kinds/rules.yaml",
        "tests/fixtures/kinds/election.md",
    ];
    let out = factlint().args(args).env("NO_COLOR", "1").output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "info findings do not fail the run"
    );
    insta::assert_snapshot!("kinds_human", String::from_utf8(out.stdout).unwrap());
    let (v, _) = json_of(factlint().args(args).args(["--format", "json"]));
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["factlint::ambiguous", "factlint::rounded"]);
    insta::assert_snapshot!("kinds_json", serde_json::to_string_pretty(&v).unwrap());
    // Without --show-rounded, rounding is not reported.
    let (v, _) = json_of(
        factlint()
            .args(&args[..1])
            .args(&args[2..])
            .args(["--format", "json"]),
    );
    assert_eq!(v["findings"].as_array().unwrap().len(), 1);
}

/// Runs `check` both ways on `dir`: streaming (`check_filtered`, what `factlint check` does:
/// each document is dropped once checked) and in memory (`run::check`, for `explain`: every
/// document kept). Asserts they report the same findings, rendered the same in every
/// machine format and the human view, each finding numbered by its own document; returns
/// the streamed report and the number of unreadable inputs.
fn streamed_equals_in_memory(
    dir: &Path,
    rules: &rules::RuleSet,
) -> (factlint::check::CheckReport, usize) {
    use factlint::check::suppress::{Suppressions, known_ids};
    let extractor = Extractor::new();
    let settings = Settings {
        inputs: vec![dir.to_path_buf()],
        ..Default::default()
    };
    let opts = CheckOptions::default();
    let (kept, in_memory) = run::check(&settings, &extractor, rules, &opts);
    let known = known_ids(rules);
    let directives = (kept.documents.iter().enumerate())
        .filter_map(|(d, dc)| Suppressions::read(&dc.document, d, &known).map(|s| (d, s)))
        .collect();
    let in_memory = factlint::check::filter(in_memory, directives, None);
    let progress = run::Progress::none();
    let (streamed, unread) =
        run::check_filtered(&settings, &extractor, rules, &opts, None, progress).unwrap();
    assert_eq!(unread.len(), kept.errors.len());
    let render = |report: &factlint::check::CheckReport| {
        use factlint::report::check::{Reporter, human, json, junit, sarif};
        let output = factlint::report::check::CheckOutput { report, rules };
        let formats: [&dyn Reporter; 4] = [
            &json::JsonReporter,
            &sarif::SarifReporter { docs_url: None },
            &junit::JunitReporter,
            &human::HumanReporter {
                color: false,
                width: 100,
            },
        ];
        let mut out = Vec::new();
        for format in formats {
            format.write(&output, &mut out).unwrap();
        }
        String::from_utf8(out).unwrap()
    };
    for f in &streamed.findings {
        assert_eq!(streamed.paths[f.document], f.path, "{}", f.message);
    }
    assert_eq!(streamed.paths, in_memory.paths);
    assert_eq!(
        (streamed.bound, streamed.claims),
        (in_memory.bound, in_memory.claims)
    );
    assert_eq!(render(&streamed), render(&in_memory));
    assert!(
        streamed.bindings.is_empty(),
        "a streaming run only counts bindings"
    );
    (streamed, unread.len())
}

/// The planted-error corpus, with an unreadable input and a directive that hides nothing
/// sorted before the articles (so every later document's index shifts).
#[test]
fn streaming_and_in_memory_runs_agree() {
    let corpus = root().join("tests/check-corpus");
    let rules = rules::load(&[corpus.join("rules")], &Extractor::new()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(corpus.join("articles")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("b-binary.md"), b"\x00\x01\x02 not text").unwrap();
    std::fs::write(
        dir.path().join("c-directive.md"),
        "<!-- factlint-disable-file -->\n\nNothing here states a fact.\n",
    )
    .unwrap();
    let (streamed, unread) = streamed_equals_in_memory(dir.path(), &rules);
    assert_eq!(unread, 1, "the binary file is reported");
    let codes: Vec<&str> = streamed.findings.iter().map(|f| f.code.as_str()).collect();
    assert!(codes.len() >= 5, "{codes:?}");
    assert!(codes.contains(&"factlint::conflict"), "{codes:?}");
    assert!(codes.contains(&"factlint::unused-suppression"), "{codes:?}");
}

/// A document over a megabyte is extracted and checked in runs of sentences, never whole:
/// it must give what extracting it whole gives.
#[test]
fn a_large_document_streams_in_runs_with_the_same_findings() {
    let corpus = root().join("tests/check-corpus");
    let rules = rules::load(&[corpus.join("rules")], &Extractor::new()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut articles = String::new();
    for entry in std::fs::read_dir(corpus.join("articles")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // The articles' bodies, without front matter, as one long plain-text document.
        let body = text.rsplit("---\n").next().unwrap_or(&text);
        articles.push_str(body);
        articles.push_str("\n\n");
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let large = articles.repeat((1 << 20) / articles.len() + 1);
    assert!(large.len() > 1 << 20);
    std::fs::write(dir.path().join("archive.txt"), &large).unwrap();
    let (streamed, _) = streamed_equals_in_memory(dir.path(), &rules);
    let in_archive = (streamed.findings.iter())
        .filter(|f| f.path.ends_with("archive.txt"))
        .count();
    assert!(in_archive > 100, "{in_archive} findings in the archive");
}
