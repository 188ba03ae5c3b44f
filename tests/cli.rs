//! The real binary on real files: formats, exit codes, unreadable inputs, stdin, Markdown.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_seed_extracts_and_its_claims_are_snapshotted() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(seeds)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for name in names {
        let path = format!("seeds/{name}");
        let out = factlint()
            .args(["extract", "--date", "2025-11-03", &path])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn json_output_follows_the_version_1_contract() {
    // Outside the project (no factlint.yaml), so the article's own dateline gives its date.
    let dir = tempfile::tempdir().unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/002_511ebd295f3c6f0d.txt");
    std::fs::copy(seed, dir.path().join("002_511ebd295f3c6f0d.txt")).unwrap();
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir.path());
    let json = stdout_of(cmd.args(["extract", "--format", "json", "002_511ebd295f3c6f0d.txt"]));
    insta::assert_snapshot!(json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], 1);
    let claims = v["documents"][0]["claims"].as_array().unwrap();
    let claim = claims.iter().find(|c| c["text"] == "21 percent").unwrap();
    for key in [
        "text",
        "span",
        "line",
        "column",
        "value",
        "unit",
        "dimension",
        "noun",
        "base",
        "interval",
        "hedge",
        "direction",
        "period",
        "kind",
    ] {
        assert!(claim.get(key).is_some(), "claim lacks {key}: {claim}");
    }
    assert_eq!(claim["direction"], "down");
    assert_eq!(claim["period"], "2025-09");
    assert_eq!(v["documents"][0]["date"], "2025-11-03");
    assert_eq!(v["documents"][0]["date_source"], "dateline");
}

#[test]
fn markdown_prose_only_with_front_matter_date() {
    let out = stdout_of(factlint().args(["extract", "tests/fixtures/budget.md"]));
    insta::assert_snapshot!(out);
    for not_prose in ["999", "$7bn", "45bn", "500 tonnes", "widgets"] {
        assert!(!out.contains(not_prose), "{not_prose} is not prose:\n{out}");
    }
}

#[test]
fn spans_point_into_the_original_bytes() {
    let json =
        stdout_of(factlint().args(["extract", "--format", "json", "tests/fixtures/budget.md"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let original = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/budget.md"),
    )
    .unwrap();
    let claims = v["documents"][0]["claims"].as_array().unwrap();
    assert!(claims.len() >= 5);
    for c in claims {
        let (s, e) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&original[s..e], c["text"].as_str().unwrap());
    }
}

#[test]
fn unreadable_inputs_are_reported_and_the_rest_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("data.txt");
    std::fs::write(&bin, b"abc\0def").unwrap();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 sales rose 5%.").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Sales rose 5% to $3bn.").unwrap();
    factlint()
        .args(["extract", "--format", "json"])
        .arg(&bin)
        .arg(&latin1)
        .arg(&empty)
        .arg(dir.path().join("missing.txt"))
        .arg(&good)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("\"text\": \"$3bn\""))
        .stderr(predicate::str::contains("binary"))
        .stderr(predicate::str::contains("not valid UTF-8"))
        .stderr(predicate::str::contains("empty"))
        .stderr(predicate::str::contains("missing.txt"));
}

#[test]
fn directories_are_walked_and_gitignore_respected() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(dir.path().join("a.md"), "Profit fell 3%.").unwrap();
    std::fs::write(dir.path().join("drafts/b.txt"), "Profit rose 9%.").unwrap();
    std::fs::write(dir.path().join("notes.bin"), "Profit rose 7%.").unwrap();
    std::fs::write(dir.path().join(".gitignore"), "drafts/\n").unwrap();
    let out = stdout_of(factlint().arg("extract").arg(dir.path()));
    assert!(out.contains("3%"), "{out}");
    assert!(!out.contains("9%") && !out.contains("7%"), "{out}");
}

#[test]
fn stdin_is_read_with_dash() {
    factlint()
        .args(["extract", "--date", "2025-05-01", "-"])
        .write_stdin("Exports fell 4.1% last month to 12,000 tonnes.")
        .assert()
        .success()
        .stdout(predicate::str::contains("period 2025-04"))
        .stdout(predicate::str::contains("12,000 tonnes"));
}

#[test]
fn a_bad_date_flag_is_a_usage_error() {
    factlint()
        .args(["extract", "--date", "yesterday", "seeds"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}
