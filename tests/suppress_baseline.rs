//! Suppressions and baselines end to end: each test copies the planted-error corpus
//! (tests/check-corpus/, whose expected.yaml lists its 7 findings) to a temporary folder, edits
//! an article the way a writer would, and runs the real binary there.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// A private copy of tests/check-corpus.
struct Corpus {
    dir: tempfile::TempDir,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

impl Corpus {
    fn new() -> Corpus {
        let dir = tempfile::tempdir().unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check-corpus");
        copy_dir(&from, dir.path());
        Corpus { dir }
    }

    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.dir.path().join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Replaces the one occurrence of `from` in an article.
    fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert_eq!(text.matches(from).count(), 1, "{from:?} once in {rel}");
        std::fs::write(self.path(rel), text.replacen(from, to, 1)).unwrap();
    }

    /// Moves an article to another name (to read it as another format).
    fn rename(&self, from: &str, to: &str) {
        std::fs::rename(self.path(from), self.path(to)).unwrap();
    }

    /// `factlint check --rules rules articles` in the copy, plus `args`.
    fn check(&self, args: &[&str]) -> std::process::Output {
        Command::cargo_bin("factlint")
            .unwrap()
            .current_dir(self.dir.path())
            .args(["check", "--rules", "rules", "articles"])
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    }

    /// The JSON report and the exit code.
    fn json(&self, args: &[&str]) -> (Value, i32) {
        let out = self.check(&[args, &["--format", "json"]].concat());
        let v = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (v, out.status.code().unwrap())
    }

    /// The JSON report and exit code of checking one file of the copy.
    fn json_of_file(&self, rel: &str) -> (Value, i32) {
        let out = Command::cargo_bin("factlint")
            .unwrap()
            .current_dir(self.dir.path())
            .args(["check", "--rules", "rules", rel, "--format", "json"])
            .output()
            .unwrap();
        let v = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (v, out.status.code().unwrap())
    }

    fn human(&self, args: &[&str]) -> (String, i32) {
        let out = self.check(args);
        (
            String::from_utf8(out.stdout).unwrap(),
            out.status.code().unwrap(),
        )
    }
}

/// `code fact path "text"` per finding, `factlint::` and `articles/` left out.
fn findings(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {:?}",
                f["code"].as_str().unwrap().trim_start_matches("factlint::"),
                f["fact"].as_str().unwrap_or("-"),
                f["path"].as_str().unwrap().trim_start_matches("articles/"),
                f["text"].as_str().unwrap()
            )
        })
        .collect()
}

const Q3: &str = "articles/corvane-q3-2024.md";
const Q3_SENTENCE: &str = "Corvane Foods said on Thursday that revenue in the third quarter";
const Q3_FACT: &str = "corvane-revenue-growth-2024-q3";
const Q3_FINDING: &str = "mismatch corvane-revenue-growth-2024-q3 corvane-q3-2024.md \"8.3%\"";

#[test]
fn the_copy_reports_the_planted_findings() {
    let (v, code) = Corpus::new().json(&[]);
    assert_eq!(code, 1);
    assert_eq!(findings(&v).len(), 7);
    assert!(findings(&v).contains(&Q3_FINDING.to_string()));
    assert_eq!(v["summary"]["suppressed"], 0);
}

/// Puts `before` on the line above the Q3 sentence and `after` after its paragraph, and
/// checks that the Q3 finding, and only it, is suppressed without a warning.
fn assert_suppressed(corpus: &Corpus, article: &str, before: &str, after: &str) {
    if !before.is_empty() {
        corpus.edit(article, Q3_SENTENCE, &format!("{before}\n{Q3_SENTENCE}"));
    }
    if !after.is_empty() {
        corpus.edit(
            article,
            "after a wet summer.\n",
            &format!("after a wet summer.\n\n{after}\n"),
        );
    }
    let (v, code) = corpus.json(&[]);
    let got = findings(&v);
    assert!(
        !got.iter().any(|f| f.contains(Q3_FACT)),
        "{before} {after}: {got:#?}"
    );
    assert_eq!(got.len(), 6, "{before} {after}: the others stay: {got:#?}");
    assert_eq!(v["summary"]["suppressed"], 1);
    assert_eq!(v["summary"]["warnings"], 0, "{got:#?}");
    assert_eq!(code, 1, "the other errors still fail the run");
}

#[test]
fn every_markdown_form_suppresses_the_finding() {
    let forms = [
        (
            format!("<!-- factlint-disable-next-line {Q3_FACT} -- the company's own rounding -->"),
            String::new(),
        ),
        (
            "<!-- factlint-disable-next-line -->".to_string(),
            String::new(),
        ),
        (
            format!("<!-- factlint-disable {Q3_FACT} -- a block -->"),
            "<!-- factlint-enable -->".to_string(),
        ),
        (
            "<!-- factlint-disable -->".to_string(),
            "<!-- factlint-enable -- end of the quote -->".to_string(),
        ),
        (
            format!("<!-- factlint-disable-file {Q3_FACT} -- reviewed 2024-11 -->"),
            String::new(),
        ),
        (String::new(), "<!-- factlint-disable-file -->".to_string()),
    ];
    for (before, after) in &forms {
        assert_suppressed(&Corpus::new(), Q3, before, after);
    }
}

#[test]
fn every_plain_text_form_suppresses_the_finding() {
    let txt = "articles/corvane-q3-2024.txt";
    let plain = Corpus::new();
    plain.rename(Q3, txt);
    let (v, _) = plain.json(&[]);
    assert!(
        findings(&v).iter().any(|f| f.contains(Q3_FACT)),
        "the article read as plain text still has its finding"
    );
    let forms = [
        (
            format!("# factlint-disable-next-line {Q3_FACT} -- quoted"),
            "",
        ),
        ("  # factlint-disable-next-line".to_string(), ""),
        (format!("# factlint-disable {Q3_FACT}"), "# factlint-enable"),
        (format!("# factlint-disable-file {Q3_FACT}"), ""),
        (String::new(), "#factlint-disable-file"),
    ];
    for (before, after) in &forms {
        let corpus = Corpus::new();
        corpus.rename(Q3, txt);
        assert_suppressed(&corpus, txt, before, after);
    }
}

#[test]
fn a_conflict_is_suppressed_at_its_own_claim_not_at_the_related_one() {
    let corpus = Corpus::new();
    let fact = "larkhaven-school-meals-2026";
    corpus.edit(
        "articles/larkhaven-budget-2026.md",
        "The plan sets aside",
        &format!("<!-- factlint-disable-next-line {fact} -->\nThe plan sets aside"),
    );
    let (v, _) = corpus.json(&[]);
    let got = findings(&v);
    assert!(got.iter().any(|f| f.starts_with("conflict")), "{got:#?}");
    assert!(got.contains(&format!(
        "unused-suppression {fact} larkhaven-budget-2026.md \"<!-- factlint-disable-next-line {fact} -->\""
    )));
    let corpus = Corpus::new();
    corpus.edit(
        "articles/larkhaven-schools-2026.md",
        "Larkhaven will spend",
        &format!("<!-- factlint-disable-next-line {fact} -->\nLarkhaven will spend"),
    );
    let (v, _) = corpus.json(&[]);
    assert!(!findings(&v).iter().any(|f| f.contains(fact)));
    assert_eq!(v["summary"]["suppressed"], 1);
}

#[test]
fn an_unused_suppression_is_a_warning_that_does_not_fail_the_run() {
    let corpus = Corpus::new();
    let clean = "articles/corvane-annual-2024.md";
    let text = corpus.read(clean);
    let first = text.lines().find(|l| l.starts_with("Corvane")).unwrap();
    corpus.edit(
        clean,
        first,
        &format!("<!-- factlint-disable-next-line corvane-revenue-2024 -->\n{first}"),
    );
    let (v, code) = corpus.json_of_file(clean);
    assert_eq!(
        findings(&v),
        [
            "unused-suppression corvane-revenue-2024 corvane-annual-2024.md \"<!-- factlint-disable-next-line corvane-revenue-2024 -->\""
        ]
    );
    let f = &v["findings"][0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["claimed"], Value::Null);
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(7), Some(1))
    );
    assert_eq!(code, 0, "a warning does not fail the run");
}

#[test]
fn a_malformed_directive_is_reported_and_suppresses_nothing() {
    let corpus = Corpus::new();
    corpus.edit(
        Q3,
        Q3_SENTENCE,
        &format!("<!-- factlint-disable-nxt-line {Q3_FACT} -->\n{Q3_SENTENCE}"),
    );
    let (v, code) = corpus.json(&[]);
    let got = findings(&v);
    assert!(got.contains(&Q3_FINDING.to_string()));
    let bad: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "factlint::bad-suppression")
        .collect();
    assert_eq!(bad.len(), 1);
    assert!(
        bad[0]["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `factlint-disable-next-line`?")
    );
    assert_eq!(code, 1);
}

/// A new planted error: the metro figure, wrong, in another article.
const NEW_ERROR: &str = "Larkhaven's metro carried 260 million passengers in 2024.";
const TRAM: &str = "articles/larkhaven-tram-extension.md";

#[test]
fn baseline_round_trip() {
    let corpus = Corpus::new();
    // Write: today's findings are recorded and the run passes.
    let (v, code) = corpus.json(&["--write-baseline", "factlint-baseline.json"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["summary"]["baselined"], 7);
    assert!(findings(&v).is_empty());
    let written = corpus.read("factlint-baseline.json");
    let entries: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(entries["findings"].as_array().unwrap().len(), 7);

    // Check against it: nothing new, exit 0.
    let (v, code) = corpus.json(&["--baseline", "factlint-baseline.json"]);
    assert_eq!((code, v["summary"]["baselined"].as_u64()), (0, Some(7)));
    assert_eq!(v["baseline_unmatched"], Value::Array(vec![]));

    // Edit elsewhere: a paragraph above the finding moves it down two lines; still known.
    corpus.edit(
        Q3,
        Q3_SENTENCE,
        &format!("A new first paragraph, added after the baseline.\n\n{Q3_SENTENCE}"),
    );
    let (v, code) = corpus.json(&["--baseline", "factlint-baseline.json"]);
    assert_eq!(code, 0, "{:#?}", findings(&v));
    assert_eq!(v["summary"]["baselined"], 7);

    // A new error fails the run, and only it is reported.
    corpus.edit(
        TRAM,
        "The new line will have",
        &format!("{NEW_ERROR}\n\nThe new line will have"),
    );
    let (v, code) = corpus.json(&["--baseline", "factlint-baseline.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&v),
        ["mismatch larkhaven-metro-passengers-2024 larkhaven-tram-extension.md \"260 million\""]
    );

    // Fixing a recorded error makes its entry removable (and does not fail the run).
    corpus.edit(TRAM, &format!("{NEW_ERROR}\n\n"), "");
    corpus.edit(TRAM, "€480 billion", "€480 million");
    let (v, code) = corpus.json(&["--baseline", "factlint-baseline.json"]);
    assert_eq!(code, 0);
    assert_eq!(v["summary"]["baselined"], 6);
    assert_eq!(v["summary"]["baseline_unmatched"], 1);
    assert_eq!(v["baseline_unmatched"][0]["text"], "€480 billion");
    let (human, _) = corpus.human(&["--baseline", "factlint-baseline.json"]);
    assert!(
        human.contains(
            "1 baseline entry no longer matches: remove it with --write-baseline\n  \
             articles/larkhaven-tram-extension.md: factlint::mismatch \
             larkhaven-tram-extension-cost \"€480 billion\"\n"
        ),
        "{human}"
    );
    // The file itself is left alone until it is written again.
    assert_eq!(corpus.read("factlint-baseline.json"), written);
}

#[test]
fn a_repeated_sentence_counts_as_a_new_finding() {
    let corpus = Corpus::new();
    corpus.json(&["--write-baseline", "b.json"]);
    let text = corpus.read(TRAM);
    let wrong = text.lines().find(|l| l.contains("€480 billion")).unwrap();
    corpus.edit(
        TRAM,
        "The new line will have",
        &format!("{wrong}\n\nThe new line will have"),
    );
    let (v, code) = corpus.json(&["--baseline", "b.json"]);
    assert_eq!(code, 1, "one copy is known, the second is new");
    assert_eq!(
        findings(&v),
        ["mismatch larkhaven-tram-extension-cost larkhaven-tram-extension.md \"€480 billion\""]
    );
    assert_eq!(v["findings"][0]["line"], 9, "the later copy is the new one");
}

#[test]
fn a_missing_or_broken_baseline_stops_the_run() {
    let corpus = Corpus::new();
    let out = corpus.check(&["--baseline", "no-such-baseline.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is checked");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no-such-baseline.json cannot be read"),
        "{stderr}"
    );
    std::fs::write(
        corpus.path("broken.json"),
        "{\"version\": 1, \"findings\": [",
    )
    .unwrap();
    let out = corpus.check(&["--baseline", "broken.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a factlint baseline"));
    std::fs::write(corpus.path("v2.json"), "{\"version\": 2, \"findings\": []}").unwrap();
    let out = corpus.check(&["--baseline", "v2.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has version 2"));
    let out = corpus.check(&["--baseline", "a.json", "--write-baseline", "b.json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the two flags exclude each other"
    );
}

#[test]
fn suppressions_and_baseline_human_output_and_file_are_snapshotted() {
    let corpus = Corpus::new();
    corpus.edit(
        Q3,
        Q3_SENTENCE,
        &format!(
            "<!-- factlint-disable-next-line {Q3_FACT} -- quoting the company's release -->\n\
             {Q3_SENTENCE}"
        ),
    );
    let (_, code) = corpus.human(&["--write-baseline", "factlint-baseline.json"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("baseline_file", corpus.read("factlint-baseline.json"));
    // After the baseline: a stale directive, a misspelt one, a fix and a new error.
    corpus.edit(
        "articles/larkhaven-metro-2024.md",
        "Punctuality improved",
        "<!-- factlint-disable-next-line larkhaven-metro-passengers-2024 -->\nPunctuality improved",
    );
    corpus.edit(
        "articles/larkhaven-metro-2024.md",
        "Fares rose by 3%",
        "<!-- factlint-disable-nxt-line -->\nFares rose by 3%",
    );
    corpus.edit(TRAM, "€480 billion", "€480 million");
    corpus.edit(
        TRAM,
        "The new line will have",
        &format!("{NEW_ERROR}\n\nThe new line will have"),
    );
    let (human, code) = corpus.human(&["--baseline", "factlint-baseline.json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("suppressions_and_baseline_human", human);
}

/// The fenced blocks of a language in a section of docs/checking.md.
fn doc_examples(section: &str, lang: &str) -> Vec<String> {
    let docs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/checking.md"))
            .unwrap();
    let start = docs.find(&format!("## {section}\n")).unwrap();
    let body = &docs[start + 3..];
    let body = &body[..body.find("\n## ").unwrap_or(body.len())];
    let fence = format!("```{lang}\n");
    body.match_indices(&fence)
        .map(|(i, _)| {
            let code = &body[i + fence.len()..];
            code[..code.find("```").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn the_documented_examples_suppress_what_they_say() {
    let corpus = Corpus::new();
    let mut examples: Vec<(String, String)> = Vec::new();
    for (lang, ext) in [("markdown", "md"), ("text", "txt")] {
        for (k, text) in doc_examples("Suppressing a finding", lang)
            .into_iter()
            .enumerate()
        {
            examples.push((format!("example-{k}.{ext}"), text));
        }
    }
    assert_eq!(examples.len(), 4);
    for (name, text) in &examples {
        std::fs::write(corpus.path(name), text).unwrap();
        let (v, _) = corpus.json_of_file(name);
        assert_eq!(findings(&v), Vec::<String>::new(), "{name}:\n{text}");
        assert!(v["summary"]["suppressed"].as_u64().unwrap() > 0, "{name}");
        // Without its directives, the example has findings to hide.
        let bare: String = text
            .lines()
            .filter(|l| !l.contains("factlint-"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(corpus.path(name), bare).unwrap();
        let (v, _) = corpus.json_of_file(name);
        assert!(!findings(&v).is_empty(), "{name} without directives");
    }
}
