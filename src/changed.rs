//! Only what changed: which lines of which files differ from a git revision (`--changed-since
//! REV`) or are staged for commit (`--staged`), and which findings fall on them.
//!
//! This module owns the question "did this finding's text change?". It asks the `git` program
//! (rather than a library: see "Why the git binary?" in docs/checking.md) for a zero-context diff and
//! reads the new side's line numbers from it. It does not decide which documents are read or
//! checked: every document is still read, bound and checked, so conflicts with unchanged
//! documents are found; only the reported findings are filtered, by [`ChangedLines::retain`].
//!
//! What counts as changed:
//! - a line that was added or modified on the new side of the diff (a pure deletion marks
//!   nothing: no line of the new text carries it);
//! - every line of a file git does not track yet, for `--changed-since` (not for `--staged`:
//!   a file that is not staged is not part of the commit);
//! - a finding is on a changed line when any line of its claim's sentence is, and a conflict
//!   is also kept when any line of the sentence of one of its related claims is (an edit on
//!   one side of a conflict can put the finding on the other, unchanged side).

use crate::check::Finding;
use crate::span::{Columns, Excerpt};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The lines of one file that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lines {
    /// The whole file is new to git (untracked).
    All,
    /// Sorted, disjoint, non-adjacent ranges of 1-based line numbers, both ends included.
    Ranges(Vec<(usize, usize)>),
}

impl Lines {
    /// Whether any line in `first..=last` changed.
    pub fn touches(&self, first: usize, last: usize) -> bool {
        match self {
            Lines::All => true,
            Lines::Ranges(ranges) => {
                // The first range that does not end before `first`.
                let i = ranges.partition_point(|&(_, end)| end < first);
                ranges.get(i).is_some_and(|&(start, _)| start <= last)
            }
        }
    }

    /// Builds ranges from line numbers in increasing order, merging neighbours.
    fn from_sorted(lines: &[usize]) -> Lines {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for &n in lines {
            match ranges.last_mut() {
                Some((_, end)) if n <= *end + 1 => *end = (*end).max(n),
                _ => ranges.push((n, n)),
            }
        }
        Lines::Ranges(ranges)
    }
}

/// Which lines changed, per file, in one git repository.
#[derive(Debug, Clone)]
pub struct ChangedLines {
    /// The repository's top folder, canonical.
    root: PathBuf,
    /// Changed files by canonical path (or the path under `root` when it cannot be resolved).
    files: BTreeMap<PathBuf, Lines>,
}

/// Why the changed lines could not be found. All of these stop the run (exit code 2).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ChangedError {
    #[error("The `git` program could not be run: {}.", spawn_reason(.error))]
    #[diagnostic(
        code(factlint::changed::no_git),
        help(
            "--changed-since and --staged ask the `git` program which lines changed; install it or put it on the PATH."
        )
    )]
    NoGit { error: std::io::Error },

    #[error("{dir} is not inside a git repository (git says: {detail}).")]
    #[diagnostic(
        code(factlint::changed::not_a_repository),
        help(
            "--changed-since and --staged compare with git; run factlint inside the repository's working tree."
        )
    )]
    NotARepository { dir: String, detail: String },

    #[error("`{rev}` is not a commit in this repository.")]
    #[diagnostic(
        code(factlint::changed::bad_revision),
        help(
            "Check the spelling with `git log --oneline`. In CI, fetch the history the revision is in (actions/checkout with `fetch-depth: 0`, GitLab with `GIT_DEPTH: 0`)."
        )
    )]
    BadRevision { rev: String },

    #[error("`git {command}` failed: {detail}")]
    #[diagnostic(code(factlint::changed::git_failed))]
    GitFailed { command: String, detail: String },
}

fn spawn_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "it was not found on the PATH".to_string(),
        _ => e.to_string(),
    }
}

impl ChangedLines {
    /// The lines that differ between revision `rev` and the working tree of the repository
    /// holding `repo_dir`, with every line of untracked (not ignored) files.
    pub fn since(repo_dir: &Path, rev: &str) -> Result<ChangedLines, ChangedError> {
        let root = top_level(repo_dir)?;
        let commit = resolve(&root, rev)?;
        let mut args = diff_args();
        args.push(commit.as_str());
        args.push("--");
        let mut files = parse_diff(&root, &git(&root, &args)?);
        let untracked = git(
            &root,
            &[
                "ls-files",
                "-z",
                "--others",
                "--exclude-standard",
                "--full-name",
            ],
        )?;
        for name in untracked.split(|&b| b == 0).filter(|n| !n.is_empty()) {
            files.insert(key(&root, name), Lines::All);
        }
        Ok(ChangedLines { root, files })
    }

    /// The lines staged for commit: the index against `HEAD` (against nothing before the first
    /// commit). Lines are those of the staged text, which is the working tree's when nothing
    /// unstaged is pending (pre-commit stashes unstaged changes before running hooks).
    pub fn staged(repo_dir: &Path) -> Result<ChangedLines, ChangedError> {
        let root = top_level(repo_dir)?;
        let mut args = diff_args();
        args.extend(["--cached", "--"]);
        let files = parse_diff(&root, &git(&root, &args)?);
        Ok(ChangedLines { root, files })
    }

    /// The repository's top folder, canonical.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The changed files (canonical paths) and their changed lines, in path order.
    pub fn files(&self) -> impl Iterator<Item = (&Path, &Lines)> {
        self.files.iter().map(|(p, l)| (p.as_path(), l))
    }

    /// The changed lines of `path` (relative to the current directory or absolute), or `None`
    /// when it did not change, is outside the repository, or does not exist (`-`, stdin).
    pub fn lines(&self, path: &Path) -> Option<&Lines> {
        if path.as_os_str() == crate::source::STDIN {
            return None;
        }
        let full = std::fs::canonicalize(path).ok()?;
        self.files.get(&full)
    }

    /// Whether the finding is reported in a changed-only run: any line of its claim's sentence
    /// changed, or, for a finding with related places (a conflict), any line of a related
    /// claim's sentence did.
    pub fn keeps(&self, finding: &Finding) -> bool {
        Judge::new(self).keeps(finding)
    }

    /// Drops the findings [`ChangedLines::keeps`] does not keep, keeping the order.
    pub fn retain(&self, findings: &mut Vec<Finding>) {
        let mut judge = Judge::new(self);
        findings.retain(|f| judge.keeps(f));
    }
}

/// Decides findings of one run, resolving each document's path once.
struct Judge<'a> {
    changed: &'a ChangedLines,
    /// Per path: its changed lines (`None`: unchanged).
    lines: HashMap<String, Option<&'a Lines>>,
}

impl<'a> Judge<'a> {
    fn new(changed: &'a ChangedLines) -> Judge<'a> {
        Judge {
            changed,
            lines: HashMap::new(),
        }
    }

    fn lines_of(&mut self, path: &str) -> Option<&'a Lines> {
        let changed = self.changed;
        *self
            .lines
            .entry(path.to_string())
            .or_insert_with(|| changed.lines(Path::new(path)))
    }

    fn keeps(&mut self, f: &Finding) -> bool {
        let places = std::iter::once((&f.path, &f.excerpt));
        let related = f.related.iter().map(|r| (&r.path, &r.excerpt));
        places.chain(related).any(|(path, sentence)| {
            self.lines_of(path).is_some_and(|lines| {
                let (first, last) = sentence_lines(sentence);
                lines.touches(first, last)
            })
        })
    }
}

/// The first and last line of a sentence (its last byte's line).
fn sentence_lines(sentence: &Excerpt) -> (usize, usize) {
    let span = sentence.span();
    let last_byte = span.end.saturating_sub(1).max(span.start);
    let last = sentence.position(last_byte, Columns::Chars).0;
    (sentence.line, last.max(sentence.line))
}

/// The options of every diff: zero context, hunks never fused, no user diff drivers or
/// colours, paths relative to the top folder with fixed prefixes, renames followed.
fn diff_args() -> Vec<&'static str> {
    vec![
        "diff",
        "--unified=0",
        "--inter-hunk-context=0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--no-relative",
        "--find-renames",
        "--ignore-submodules",
        "--src-prefix=a/",
        "--dst-prefix=b/",
    ]
}

/// Runs git in `dir` and returns its standard output, or its standard error as the failure.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, ChangedError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "core.quotePath=false"])
        .args(args)
        // Never take the index lock to refresh it: a hook's git may be holding it.
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output()
        .map_err(|error| ChangedError::NoGit { error })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(ChangedError::GitFailed {
            command: args.join(" "),
            detail: stderr_text(&out.stderr),
        })
    }
}

/// Git's message, without its `fatal: ` and `error: ` prefixes.
fn stderr_text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim();
    let text = text
        .strip_prefix("fatal: ")
        .or_else(|| text.strip_prefix("error: "))
        .unwrap_or(text);
    if text.is_empty() {
        "it gave no reason".to_string()
    } else {
        text.to_string()
    }
}

/// The canonical top folder of the working tree holding `dir`.
fn top_level(dir: &Path) -> Result<PathBuf, ChangedError> {
    let shown = std::fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .display()
        .to_string();
    let out = git(dir, &["rev-parse", "--show-toplevel"]).map_err(|e| match e {
        ChangedError::GitFailed { detail, .. } => ChangedError::NotARepository {
            dir: shown.clone(),
            detail,
        },
        e => e,
    })?;
    let top = path_of(trim_newline(&out));
    if top.as_os_str().is_empty() {
        return Err(ChangedError::NotARepository {
            dir: shown,
            detail: "it has no working tree".to_string(),
        });
    }
    Ok(std::fs::canonicalize(&top).unwrap_or(top))
}

/// The commit `rev` names, as a full hash, or [`ChangedError::BadRevision`].
fn resolve(root: &Path, rev: &str) -> Result<String, ChangedError> {
    let spec = format!("{rev}^{{commit}}");
    let out = git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &spec,
        ],
    )
    .map_err(|e| match e {
        ChangedError::GitFailed { .. } => ChangedError::BadRevision {
            rev: rev.to_string(),
        },
        e => e,
    })?;
    let hash = String::from_utf8_lossy(trim_newline(&out)).into_owned();
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ChangedError::BadRevision {
            rev: rev.to_string(),
        });
    }
    Ok(hash)
}

fn trim_newline(bytes: &[u8]) -> &[u8] {
    bytes.strip_suffix(b"\n").unwrap_or(bytes)
}

/// Reads a patch (as printed with [`diff_args`]) into the changed lines of each file's new
/// side. Two-way and combined (`diff --cc`, merge conflicts) hunks are both read; files
/// without a new side (deleted) or without hunks (pure renames, mode changes, binary files)
/// have no changed lines and are left out.
fn parse_diff(root: &Path, patch: &[u8]) -> BTreeMap<PathBuf, Lines> {
    let mut files = BTreeMap::new();
    let mut current: Option<PathBuf> = None;
    let mut marked: Vec<usize> = Vec::new();
    // In a hunk: the next new-side line number and the number of prefix columns.
    let mut hunk: Option<(usize, usize)> = None;
    let mut flush = |current: &mut Option<PathBuf>, marked: &mut Vec<usize>| {
        if let Some(path) = current.take()
            && !marked.is_empty()
        {
            files.insert(path, Lines::from_sorted(marked));
        }
        marked.clear();
    };
    for line in patch.split(|&b| b == b'\n') {
        if line.starts_with(b"diff ") {
            flush(&mut current, &mut marked);
            hunk = None;
        } else if line.starts_with(b"@@") {
            hunk = hunk_start(line);
        } else if let Some((next, columns)) = hunk.as_mut() {
            if line.len() < *columns || line.starts_with(b"\\") {
                continue; // "\ No newline at end of file"
            }
            let prefix = &line[..*columns];
            if prefix.contains(&b'-') {
                continue; // not in the new text
            }
            if prefix.contains(&b'+') {
                marked.push(*next);
            }
            *next += 1;
        } else if let Some(name) = line.strip_prefix(b"+++ ") {
            current = new_side(name).map(|n| key(root, &n));
        }
    }
    flush(&mut current, &mut marked);
    files
}

/// The new side's first line and the number of prefix columns, from a hunk header such as
/// `@@ -3,0 +4,2 @@` (one column) or `@@@ -1 -1 +1,2 @@@` (two).
fn hunk_start(header: &[u8]) -> Option<(usize, usize)> {
    let ats = header.iter().take_while(|&&b| b == b'@').count();
    let header = std::str::from_utf8(header).ok()?;
    let ranges = header[ats..].split(" @@").next()?;
    let new = ranges.split(' ').find_map(|r| r.strip_prefix('+'))?;
    let start = new.split(',').next()?.parse().ok()?;
    Some((start, ats - 1))
}

/// The path on a `+++ ` line, without its `b/` prefix: `None` for `/dev/null`. A quoted name
/// is unquoted; an unquoted one loses the tab git adds after names holding a space.
fn new_side(name: &[u8]) -> Option<Vec<u8>> {
    let name = if name.starts_with(b"\"") {
        unquote(name)?
    } else {
        name.strip_suffix(b"\t").unwrap_or(name).to_vec()
    };
    name.strip_prefix(b"b/").map(<[u8]>::to_vec)
}

/// Undoes git's C-style quoting (`"a\"b\\c\303\274"`): the escapes `\a \b \t \n \v \f \r \"
/// \\` and three-digit octal bytes. `None` if the text is not a quoted name.
fn unquote(quoted: &[u8]) -> Option<Vec<u8>> {
    let inner = quoted.strip_prefix(b"\"")?;
    let mut out = Vec::with_capacity(inner.len());
    let mut i = 0;
    while i < inner.len() {
        match inner[i] {
            b'"' => return Some(out),
            b'\\' => {
                let c = *inner.get(i + 1)?;
                let byte = match c {
                    b'a' => 7,
                    b'b' => 8,
                    b't' => b'\t',
                    b'n' => b'\n',
                    b'v' => 11,
                    b'f' => 12,
                    b'r' => b'\r',
                    b'0'..=b'3' => {
                        let digits = inner.get(i + 1..i + 4)?;
                        if !digits.iter().all(|d| (b'0'..=b'7').contains(d)) {
                            return None;
                        }
                        i += 2;
                        digits.iter().fold(0u8, |acc, d| acc * 8 + (d - b'0'))
                    }
                    other => other,
                };
                out.push(byte);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    None
}

/// The map key for a path relative to the top folder: its canonical path, else the joined one.
fn key(root: &Path, relative: &[u8]) -> PathBuf {
    let full = root.join(path_of(relative));
    std::fs::canonicalize(&full).unwrap_or(full)
}

/// Bytes from git as a path (git prints paths byte for byte).
fn path_of(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(lines: Option<&Lines>) -> Vec<(usize, usize)> {
        match lines {
            Some(Lines::Ranges(r)) => r.clone(),
            Some(Lines::All) => vec![(0, usize::MAX)],
            None => Vec::new(),
        }
    }

    #[test]
    fn added_and_modified_lines_count_and_deletions_do_not() {
        let patch = b"diff --git a/a b.md b/c d.md\nsimilarity index 52%\nrename from a b.md\nrename to c d.md\n--- a/a b.md\t\n+++ b/c d.md\t\n@@ -2 +2 @@ one\n-two\n+TWO\n@@ -3,0 +4,2 @@ three\n+four\n+five\n@@ -9,2 +10,0 @@\n-gone\n-gone too\n\\ No newline at end of file\n";
        let files = parse_diff(Path::new("/r"), patch);
        assert_eq!(ranges(files.get(Path::new("/r/c d.md"))), [(2, 2), (4, 5)]);
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn a_line_that_looks_like_a_header_inside_a_hunk_is_content() {
        let patch = b"diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n@@ -1 +1,3 @@\n-old\n+++ b/evil.md\n+--- not a header\n+new\n";
        let files = parse_diff(Path::new("/r"), patch);
        assert_eq!(ranges(files.get(Path::new("/r/x.md"))), [(1, 3)]);
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn deleted_files_renames_without_edits_and_binaries_have_no_lines() {
        let patch = b"diff --git a/gone.md b/gone.md\ndeleted file mode 100644\n--- a/gone.md\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a\n-b\ndiff --git a/old.md b/new.md\nsimilarity index 100%\nrename from old.md\nrename to new.md\ndiff --git a/p.png b/p.png\nBinary files a/p.png and b/p.png differ\n";
        assert!(parse_diff(Path::new("/r"), patch).is_empty());
    }

    #[test]
    fn combined_hunks_count_lines_new_to_the_merge_result() {
        // Columns: vs first parent, vs second parent.
        let patch = b"diff --cc m.md\nindex 1,2..3\n--- a/m.md\n+++ b/m.md\n@@@ -1,2 -1,2 +1,3 @@@\n  same\n- ours\n +theirs\n++both new\n+ ours kept\n";
        let files = parse_diff(Path::new("/r"), patch);
        assert_eq!(ranges(files.get(Path::new("/r/m.md"))), [(2, 4)]);
    }

    #[test]
    fn quoted_names_are_unquoted() {
        assert_eq!(
            new_side(br#""b/q\"u\\o\303\274te.md""#),
            Some("q\"u\\o\u{fc}te.md".as_bytes().to_vec())
        );
        assert_eq!(
            new_side(b"b/with space.md\t"),
            Some(b"with space.md".to_vec())
        );
        assert_eq!(new_side(b"/dev/null"), None);
        assert_eq!(unquote(br#""unterminated"#), None);
    }

    #[test]
    fn touches_finds_overlaps_with_ranges() {
        let lines = Lines::from_sorted(&[2, 3, 4, 9, 11, 12]);
        assert_eq!(lines, Lines::Ranges(vec![(2, 4), (9, 9), (11, 12)]));
        assert!(lines.touches(1, 2));
        assert!(lines.touches(4, 8));
        assert!(!lines.touches(5, 8));
        assert!(lines.touches(9, 9));
        assert!(!lines.touches(10, 10));
        assert!(!lines.touches(13, 40));
        assert!(lines.touches(1, 40));
        assert!(Lines::All.touches(7, 7));
    }

    #[test]
    fn hunk_headers_give_the_new_start() {
        assert_eq!(hunk_start(b"@@ -3,0 +4,2 @@ three"), Some((4, 1)));
        assert_eq!(hunk_start(b"@@ -1 +1 @@"), Some((1, 1)));
        assert_eq!(hunk_start(b"@@@ -1 -1,2 +1,3 @@@"), Some((1, 2)));
        assert_eq!(hunk_start(b"@@ nonsense @@"), None);
    }
}
