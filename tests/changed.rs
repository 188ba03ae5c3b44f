//! `--changed-since REV` and `--staged` in real, temporary git repositories: only findings on
//! changed lines are reported, while every document is still the reference for conflicts.
//!
//! Each test builds a repository with two articles about Example Corp and two facts: its 2024
//! revenue (1.2 billion USD, so any other figure is a mismatch) and its headcount (no value,
//! so articles must agree). The tests pass, with a note, when the `git` program is missing.

use assert_cmd::cargo::CommandCargoExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const RULES: &str = "\
facts:
  - id: revenue-2024
    value: 1.2 billion USD
    period: 2024
    match: { all: [Example Corp], any: [revenue, sales] }
  - id: staff
    unit: count
    match: { all: [Example Corp], any: [employees, staff] }
";

/// Line 1: a mismatch that was there before any change. Line 3: the headcount.
const A: &str = "\
Example Corp said its revenue rose to $1.5 billion in 2024.

Example Corp has 1,200 employees.
";

const B: &str = "Example Corp now has 1,200 employees.\n";

/// Lines without figures, so that an edited file stays similar enough to count as renamed.
const FILLER: &str = "
The company opened a new plant near the river and hired engineers for it.

Its chief executive said the market for its products was growing steadily.

Analysts expect the company to keep investing in the region for years.
";

/// Environment for git and factlint: no user or system git config, no repository inherited
/// from a hook that runs the tests.
fn hermetic(cmd: &mut Command, home: &Path) {
    cmd.env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env(
            "GIT_CEILING_DIRECTORIES",
            home.parent().unwrap_or(Path::new("/")),
        );
}

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    /// A repository with the rules, a config and articles a.md and b.md, committed; `None`
    /// (after a note) when git is not installed.
    fn new() -> Option<Repo> {
        if Command::new("git").arg("--version").output().is_err() {
            eprintln!("note: `git` is not installed; changed-only tests skipped");
            return None;
        }
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
        };
        repo.git(&["init", "-q", "."]);
        repo.git(&["config", "user.name", "factlint tests"]);
        repo.git(&["config", "user.email", "tests@factlint.invalid"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo.write("factlint.yaml", "rules: [rules]\ndocuments: [articles]\n");
        repo.write("rules/facts.yaml", RULES);
        repo.write("articles/a.md", A);
        repo.write("articles/b.md", B);
        repo.git(&["add", "."]);
        repo.git(&["commit", "-q", "-m", "articles"]);
        Some(repo)
    }

    fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    fn git(&self, args: &[&str]) {
        let mut cmd = Command::new("git");
        cmd.current_dir(self.dir.path()).args(args);
        hermetic(&mut cmd, self.dir.path());
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn write(&self, name: &str, text: &str) {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Runs `factlint check --format json ARGS` in `dir` (relative to the repository).
    fn check_in(&self, dir: &str, args: &[&str]) -> Run {
        let mut cmd = Command::cargo_bin("factlint").unwrap();
        hermetic(&mut cmd, self.dir.path());
        let out = cmd
            .current_dir(self.dir.path().join(dir))
            .args(["check", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let findings = json["findings"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| {
                        let related: Vec<String> = f["related"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .map(|r| format!("{}:{}", r["path"].as_str().unwrap(), r["line"]))
                            .collect();
                        Finding {
                            place: format!("{}:{}", f["path"].as_str().unwrap(), f["line"]),
                            fact: f["fact"].as_str().unwrap_or("").to_string(),
                            related,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        Run {
            code: out.status.code().unwrap_or(-1),
            findings,
            documents: json["summary"]["documents"].as_u64().unwrap_or(0),
            stderr,
        }
    }

    fn check(&self, args: &[&str]) -> Run {
        self.check_in(".", args)
    }
}

#[derive(Debug, PartialEq)]
struct Finding {
    place: String,
    fact: String,
    related: Vec<String>,
}

fn finding(place: &str, fact: &str, related: &[&str]) -> Finding {
    Finding {
        place: place.to_string(),
        fact: fact.to_string(),
        related: related.iter().map(|r| r.to_string()).collect(),
    }
}

#[derive(Debug)]
struct Run {
    code: i32,
    findings: Vec<Finding>,
    documents: u64,
    stderr: String,
}

#[test]
fn a_finding_on_an_unchanged_line_is_not_reported() {
    let Some(repo) = Repo::new() else { return };
    let full = repo.check(&[]);
    assert_eq!(full.code, 1, "{}", full.stderr);
    assert_eq!(
        full.findings,
        [finding("articles/a.md:1", "revenue-2024", &[])]
    );

    let changed = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert_eq!(changed.findings, []);
    assert_eq!(changed.documents, 2, "every document is still read");
}

#[test]
fn a_finding_on_a_changed_line_is_reported() {
    let Some(repo) = Repo::new() else { return };
    repo.write(
        "articles/a.md",
        &format!("{A}\nExample Corp's sales reached $1.6 billion in 2024.\n"),
    );
    let run = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.findings,
        [finding("articles/a.md:5", "revenue-2024", &[])]
    );
}

#[test]
fn a_line_edited_inside_a_sentence_counts_for_the_whole_sentence() {
    let Some(repo) = Repo::new() else { return };
    // The figure stays on line 1; the sentence's period moves to line 2.
    repo.write(
        "articles/a.md",
        "Example Corp said its revenue rose to $1.5 billion\nin 2024.\n",
    );
    repo.git(&["commit", "-qam", "wrapped"]);
    repo.write(
        "articles/a.md",
        "Example Corp said its revenue rose to $1.5 billion\nin 2024, its filing shows.\n",
    );
    let run = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(
        run.findings,
        [finding("articles/a.md:1", "revenue-2024", &[])]
    );
}

#[test]
fn a_conflict_with_an_unchanged_document_is_found() {
    let Some(repo) = Repo::new() else { return };
    repo.write("articles/b.md", "Example Corp now has 1,900 employees.\n");
    let run = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.findings,
        [finding("articles/b.md:1", "staff", &["articles/a.md:3"])]
    );
}

#[test]
fn a_conflict_placed_on_the_unchanged_side_is_reported_through_the_changed_side() {
    let Some(repo) = Repo::new() else { return };
    // a.md is the reference (earliest document), so the conflict lands on b.md, which did
    // not change; it is reported because its other side did.
    repo.write("articles/a.md", &A.replace("1,200", "1,900"));
    let run = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(
        run.findings,
        [finding("articles/b.md:1", "staff", &["articles/a.md:3"])]
    );
}

#[test]
fn staged_reports_only_staged_lines_and_ignores_untracked_files() {
    let Some(repo) = Repo::new() else { return };
    repo.write(
        "articles/a.md",
        &format!("{A}\nExample Corp's sales reached $1.6 billion in 2024.\n"),
    );
    repo.git(&["add", "articles/a.md"]);
    repo.write("articles/b.md", "Example Corp now has 1,900 employees.\n");
    repo.write(
        "articles/c.md",
        "Example Corp's revenue was $2 billion in 2024.\n",
    );

    let staged = repo.check(&["--staged"]);
    assert_eq!(staged.code, 1, "{}", staged.stderr);
    assert_eq!(
        staged.findings,
        [finding("articles/a.md:5", "revenue-2024", &[])]
    );

    // Since HEAD: the unstaged edit and the untracked file count too.
    let since = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(
        since.findings,
        [
            finding("articles/a.md:5", "revenue-2024", &[]),
            finding("articles/b.md:1", "staff", &["articles/a.md:3"]),
            finding("articles/c.md:1", "revenue-2024", &[]),
        ]
    );
}

#[test]
fn staged_works_before_the_first_commit() {
    let Some(repo) = Repo::new() else { return };
    repo.git(&["update-ref", "-d", "HEAD"]);
    let run = repo.check(&["--staged"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.findings,
        [finding("articles/a.md:1", "revenue-2024", &[])]
    );
}

#[test]
fn renamed_files_paths_with_spaces_and_other_working_folders_match() {
    let Some(repo) = Repo::new() else { return };
    repo.git(&["mv", "articles/b.md", "articles/new name.md"]);
    let text = format!("Example Corp now has 1,900 employees.\n{FILLER}");
    repo.write("articles/new name.md", &text);
    repo.git(&["commit", "-qam", "rename"]);
    // Line 9: a new mismatch, in a file renamed again (and similar enough to be a rename).
    repo.write(
        "articles/new name.md",
        &format!("{text}\nExample Corp's revenue was $1.9 billion in 2024.\n"),
    );
    repo.git(&["mv", "articles/new name.md", "articles/renamed again.md"]);

    let from_root = repo.check(&["--changed-since", "HEAD"]);
    assert_eq!(
        from_root.findings,
        [finding("articles/renamed again.md:9", "revenue-2024", &[])]
    );

    // From a subfolder, with the inputs given relative to it and absolutely.
    let absolute = repo.path().join("articles");
    let from_sub = repo.check_in(
        "articles",
        &[
            "--changed-since",
            "HEAD~1",
            "--rules",
            "../rules",
            absolute.to_str().unwrap(),
        ],
    );
    let places: Vec<&str> = from_sub.findings.iter().map(|f| f.place.as_str()).collect();
    let expected_path = absolute.join("renamed again.md");
    assert_eq!(
        places,
        [
            format!("{}:1", expected_path.display()),
            format!("{}:9", expected_path.display()),
        ],
        "{}",
        from_sub.stderr
    );
}

#[test]
fn documents_outside_the_repository_are_a_reference_but_never_reported() {
    let Some(repo) = Repo::new() else { return };
    let outside = tempfile::tempdir().unwrap();
    let elsewhere = outside.path().join("elsewhere.md");
    std::fs::write(
        &elsewhere,
        "Example Corp's revenue was $3 billion in 2024. Example Corp has 1,900 staff.\n",
    )
    .unwrap();
    repo.write("articles/b.md", "Example Corp now has 1,900 employees.\n");
    let run = repo.check(&[
        "--changed-since",
        "HEAD",
        "articles",
        elsewhere.to_str().unwrap(),
    ]);
    assert_eq!(run.documents, 3);
    // b.md now agrees with the outside article, two documents against a.md, so the conflict is
    // placed on a.md's unchanged line and reported because b.md's side changed. The outside
    // article's own mismatch, and a.md's old one, are not reported.
    assert_eq!(
        run.findings,
        [finding(
            "articles/a.md:3",
            "staff",
            &[&format!("{}:1", elsewhere.display()), "articles/b.md:1"]
        )],
        "{}",
        run.stderr
    );
}

#[test]
fn a_bad_revision_exits_2_and_names_it() {
    let Some(repo) = Repo::new() else { return };
    let run = repo.check(&["--changed-since", "no-such-branch"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`no-such-branch` is not a commit in this repository."),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("fetch-depth: 0"), "{}", run.stderr);
    assert_eq!(run.findings, [], "nothing is checked");

    let option_like = repo.check(&["--changed-since=--output=x"]);
    assert_eq!(option_like.code, 2, "{}", option_like.stderr);
    assert!(!repo.path().join("x").exists());
}

#[test]
fn outside_a_repository_exits_2() {
    let Some(repo) = Repo::new() else { return };
    std::fs::remove_dir_all(repo.path().join(".git")).unwrap();
    let run = repo.check(&["--staged"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not inside a git repository"),
        "{}",
        run.stderr
    );
}

#[test]
fn changed_since_and_staged_do_not_mix() {
    let Some(repo) = Repo::new() else { return };
    let run = repo.check(&["--staged", "--changed-since", "HEAD"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
}
