//! `check` as a CI gate: --fail-on and --min-severity, per-fact severity overrides in
//! factlint.yaml, and linting standard input under a file name.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

/// A small project: one fact, one article that contradicts it, one consistent article.
fn project(config_extra: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("rules")).unwrap();
    std::fs::create_dir_all(p.join("docs")).unwrap();
    std::fs::write(
        p.join("rules/club.yaml"),
        "facts:\n  - id: stadium-capacity\n    value: 60,704\n    match: { all: [capacity], any: [stadium] }\n",
    )
    .unwrap();
    std::fs::write(
        p.join("docs/report.md"),
        "---\ndate: 2025-03-01\n---\nThe stadium, with a capacity of 67,004, was full.\n",
    )
    .unwrap();
    std::fs::write(
        p.join("factlint.yaml"),
        format!("rules: [rules]\ndocuments: [docs]\n{config_extra}"),
    )
    .unwrap();
    dir
}

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir).env("NO_COLOR", "1");
    cmd
}

#[test]
fn fail_on_sets_the_threshold_independently_of_what_is_shown() {
    let dir = project("");
    factlint(dir.path()).arg("check").assert().code(1);
    factlint(dir.path())
        .args(["check", "--fail-on", "never"])
        .assert()
        .code(0);
    // Hidden findings still fail the run: the two flags are separate.
    factlint(dir.path())
        .args(["check", "--min-severity", "error", "--format", "json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("factlint::mismatch"));
}

#[test]
fn a_per_fact_severity_override_changes_the_exit_code() {
    let dir = project("severity:\n  stadium-capacity: warning\n");
    factlint(dir.path())
        .args(["check", "--format", "json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"severity\": \"warning\""));
    factlint(dir.path())
        .args(["check", "--fail-on", "warning"])
        .assert()
        .code(1);
    // Shown only at or above error: the warning disappears from the output.
    factlint(dir.path())
        .args(["check", "--min-severity", "error", "--format", "json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("factlint::mismatch").not());
}

#[test]
fn an_override_naming_no_fact_is_a_config_error() {
    let dir = project("severity:\n  stadium-capacty: warning\n  stadium-capacity: loud\n");
    factlint(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a severity").or(predicate::str::contains("loud")));
    let dir = project("severity:\n  stadium-capacty: warning\n");
    factlint(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("stadium-capacty"))
        .stderr(predicate::str::contains("Did you mean `stadium-capacity`?"));
}

#[test]
fn stdin_is_linted_under_its_file_name() {
    let dir = project("");
    // Markdown by name: the code block is not prose, so only the prose figure is checked.
    let text = "The stadium has a capacity of 67,004.\n\n```\ncapacity of stadium: 1\n```\n";
    factlint(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "docs/draft.md",
            "-",
        ])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"path\": \"docs/draft.md\""))
        .stdout(predicate::str::contains("\"text\": \"67,004\""))
        .stdout(predicate::str::contains("\"text\": \"1\"").not());
    // Empty standard input is reported like an empty file.
    factlint(dir.path())
        .args(["check", "--stdin-filename", "docs/empty.md", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("docs/empty.md"));
}
