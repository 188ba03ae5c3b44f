//! `factlint init` through the real binary: the files it writes load and check cleanly, and it
//! never overwrites without `--force`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn factlint(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(dir);
    cmd
}

#[test]
fn init_writes_a_project_that_loads_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    factlint(dir.path())
        .arg("init")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "wrote factlint.yaml\nwrote rules/example.yaml\n",
        ));
    factlint(dir.path())
        .arg("rules")
        .assert()
        .success()
        .stdout(predicate::str::contains("example-corp-revenue-2024"))
        .stdout(predicate::str::ends_with("2 facts\n"));
    // `documents: [.]` with nothing to read yet is a clean run.
    factlint(dir.path())
        .arg("check")
        .assert()
        .success()
        .stdout("0 documents, 0 claims, 0 bound to 2 facts: 0 errors, 0 warnings, 0 info\n");
    // The example facts are live: an article that contradicts one fails the check.
    std::fs::write(
        dir.path().join("news.md"),
        "Example Corp said its revenue rose to $1.5 billion in 2024.\n",
    )
    .unwrap();
    factlint(dir.path())
        .args(["check", "--format", "json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            r#""fact": "example-corp-revenue-2024""#,
        ));
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    factlint(dir.path()).arg("init").assert().success();
    std::fs::write(dir.path().join("rules/example.yaml"), "facts: []\n").unwrap();
    factlint(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "factlint.yaml already exists, so factlint init wrote nothing.",
        ))
        .stderr(predicate::str::contains("--force"));
    let kept = std::fs::read_to_string(dir.path().join("rules/example.yaml")).unwrap();
    assert_eq!(kept, "facts: []\n");

    factlint(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    let restored = std::fs::read_to_string(dir.path().join("rules/example.yaml")).unwrap();
    assert!(restored.contains("example-corp-staff"), "{restored}");
}

#[test]
fn init_dir_creates_the_folder_and_paths_stay_relative_to_it() {
    let dir = tempfile::tempdir().unwrap();
    factlint(dir.path())
        .args(["init", "--dir", "site"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "wrote site/factlint.yaml\nwrote site/rules/example.yaml\n",
        ));
    factlint(dir.path())
        .args(["rules", "--config", "site/factlint.yaml"])
        .assert()
        .success();
    factlint(&dir.path().join("site"))
        .arg("check")
        .assert()
        .success();
}
