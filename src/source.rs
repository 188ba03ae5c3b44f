//! Finding and reading input files: directory walking (.gitignore respected), stdin, and the
//! checks that turn unreadable input into a clear [`ReadError`] instead of a panic.
//!
//! This module owns bytes: it decides which files to read and whether their bytes are text
//! worth checking (not binary, valid UTF-8, not empty, not too large). It does not look inside
//! the text; that is `document`.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this many bytes are refused by [`read_file`] and [`read_stdin`].
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Extensions (lowercase) of the files a directory walk keeps.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "mdown", "mkd"];

/// A file holding a NUL byte in its first this-many bytes is taken as binary.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// The input name that means standard input.
pub const STDIN: &str = "-";

/// A file's text, read and validated as UTF-8.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or the name given for stdin).
    pub path: String,
    pub text: String,
}

/// Why an input could not be read. The run goes on with the other inputs.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ReadError {
    #[error("{path} does not exist.")]
    #[diagnostic(code(factlint::unread))]
    Missing { path: String },

    #[error("{path} could not be read: {}.", io_reason(.source))]
    #[diagnostic(code(factlint::unread))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{path} is a directory, not a file.")]
    #[diagnostic(
        code(factlint::unread),
        help("Pass the directory as an input to check the text files inside it.")
    )]
    IsDirectory { path: String },

    #[error("{path} could not be listed completely: {source}.")]
    #[diagnostic(code(factlint::unread))]
    Walk {
        path: String,
        #[source]
        source: ignore::Error,
    },

    #[error("{path} looks like a binary file (it has a NUL byte at offset {offset}).")]
    #[diagnostic(
        code(factlint::unread),
        help("Only text and Markdown files can be checked; exclude this one in .gitignore.")
    )]
    Binary { path: String, offset: usize },

    #[error(
        "{path} is not valid UTF-8: the byte at offset {offset} (line {line}, column {column}) \
         does not start a valid character."
    )]
    #[diagnostic(
        code(factlint::unread),
        help("Convert the file to UTF-8, for example with `iconv -f latin1 -t utf-8`.")
    )]
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
        column: usize,
    },

    #[error("{path} is empty or holds only whitespace, so there is nothing to check.")]
    #[diagnostic(code(factlint::unread))]
    Empty { path: String },

    #[error("{path} is too large to check: {size} bytes, more than the limit of {limit} bytes.")]
    #[diagnostic(code(factlint::unread))]
    TooLarge { path: String, size: u64, limit: u64 },
}

/// A short, lowercase reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

impl ReadError {
    /// The input the error is about.
    pub fn path(&self) -> &str {
        match self {
            ReadError::Missing { path }
            | ReadError::Io { path, .. }
            | ReadError::IsDirectory { path }
            | ReadError::Walk { path, .. }
            | ReadError::Binary { path, .. }
            | ReadError::NotUtf8 { path, .. }
            | ReadError::Empty { path }
            | ReadError::TooLarge { path, .. } => path,
        }
    }

    /// The error for a failed file-system call on `path`.
    fn from_io(path: &str, source: std::io::Error) -> ReadError {
        let path = path.to_string();
        match source.kind() {
            std::io::ErrorKind::NotFound => ReadError::Missing { path },
            std::io::ErrorKind::IsADirectory => ReadError::IsDirectory { path },
            _ => ReadError::Io { path, source },
        }
    }
}

impl SourceFile {
    /// Validates bytes read from `path`: not binary, valid UTF-8 and not blank.
    pub fn from_bytes(path: impl Into<String>, bytes: Vec<u8>) -> Result<SourceFile, ReadError> {
        let path = path.into();
        let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
        if let Some(offset) = memchr::memchr(0, sniff) {
            return Err(ReadError::Binary { path, offset });
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => return Err(not_utf8(path, e.as_bytes(), e.utf8_error().valid_up_to())),
        };
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(ReadError::Empty { path });
        }
        Ok(SourceFile { path, text })
    }
}

/// The error for bytes that stop being UTF-8 at `offset`, with its line and column.
fn not_utf8(path: String, bytes: &[u8], offset: usize) -> ReadError {
    let before = &bytes[..offset];
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    // `before` is valid UTF-8, so its last line's characters can be counted.
    let column = std::str::from_utf8(&before[line_start..])
        .map_or(offset - line_start, |s| s.chars().count())
        + 1;
    ReadError::NotUtf8 {
        path,
        offset,
        line,
        column,
    }
}

/// Reads one file, refusing files over [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<SourceFile, ReadError> {
    read_file_limited(path, MAX_FILE_BYTES)
}

/// Reads one file, refusing files over `max_bytes`.
pub fn read_file_limited(path: &Path, max_bytes: u64) -> Result<SourceFile, ReadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ReadError::from_io(&shown, e))?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory { path: shown });
    }
    if meta.len() > max_bytes {
        return Err(too_large(shown, meta.len(), max_bytes));
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::from_io(&shown, e))?;
    // Sized to the file, so a large file is read into one buffer, not copied from buffer to
    // buffer as it grows (each copy alive beside the last). One byte more sees a file that
    // grew since.
    let capacity = usize::try_from(meta.len().saturating_add(1)).unwrap_or(0);
    read_into(shown, file, max_bytes, Vec::with_capacity(capacity))
}

/// Reads standard input, shown as `name` in messages, refusing more than [`MAX_FILE_BYTES`].
pub fn read_stdin(name: &str) -> Result<SourceFile, ReadError> {
    read_limited(name, std::io::stdin().lock(), MAX_FILE_BYTES)
}

/// Reads `reader` to its end as the file `path`, refusing more than `max_bytes` (the size is
/// checked while reading, so a file that grows or a pipe cannot exhaust memory).
pub fn read_limited(
    path: impl Into<String>,
    reader: impl Read,
    max_bytes: u64,
) -> Result<SourceFile, ReadError> {
    read_into(path, reader, max_bytes, Vec::new())
}

/// [`read_limited`] into `bytes`, an empty buffer that may have room reserved already.
fn read_into(
    path: impl Into<String>,
    reader: impl Read,
    max_bytes: u64,
    mut bytes: Vec<u8>,
) -> Result<SourceFile, ReadError> {
    let path = path.into();
    let read = reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(&path, e))?;
    let size = read as u64;
    if size > max_bytes {
        return Err(too_large(path, size, max_bytes));
    }
    SourceFile::from_bytes(path, bytes)
}

fn too_large(path: String, size: u64, limit: u64) -> ReadError {
    ReadError::TooLarge { path, size, limit }
}

/// Expands inputs into files to read.
///
/// Files are taken as given, whatever their extension, and `-` (stdin) is passed through.
/// Directories are walked: `.gitignore` and `.ignore` rules apply (inside a Git repository or
/// not), hidden files and directories are skipped, and only files with a
/// [`TEXT_EXTENSIONS`] extension are kept, in file-name order. Inputs keep the order given;
/// a file reached twice is listed once. A missing input is an `Err` naming it.
pub fn walk(inputs: &[PathBuf]) -> Vec<Result<PathBuf, ReadError>> {
    let mut out = Vec::new();
    for input in inputs {
        walk_input(input, &mut out);
    }
    let mut seen = HashSet::new();
    out.retain(|r| r.as_ref().map_or(true, |p| seen.insert(p.clone())));
    out
}

fn walk_input(input: &Path, out: &mut Vec<Result<PathBuf, ReadError>>) {
    if input.as_os_str() == STDIN {
        out.push(Ok(input.to_path_buf()));
        return;
    }
    match std::fs::metadata(input) {
        Ok(meta) if meta.is_dir() => walk_dir(input, out),
        Ok(_) => out.push(Ok(input.to_path_buf())),
        Err(e) => out.push(Err(ReadError::from_io(&input.display().to_string(), e))),
    }
}

fn walk_dir(dir: &Path, out: &mut Vec<Result<PathBuf, ReadError>>) {
    out.extend(files_under(dir, has_text_extension));
}

/// The files under `dir` that `keep` accepts, sorted by name, with .gitignore respected (also
/// outside a Git repository) and hidden files skipped. A part of the tree that cannot be
/// listed is an error in the list, not a silent gap.
pub fn files_under(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<Result<PathBuf, ReadError>> {
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let mut out = Vec::new();
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                if keep(entry.path()) {
                    out.push(Ok(entry.into_path()));
                }
            }
            Ok(_) => {} // directories, symlinks, sockets
            Err(source) => out.push(Err(ReadError::Walk {
                path: dir.display().to_string(),
                source,
            })),
        }
    }
    out
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|ext| TEXT_EXTENSIONS.iter().any(|t| ext.eq_ignore_ascii_case(t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn tempdir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        path
    }

    #[test]
    fn reads_a_text_file() {
        let dir = tempdir();
        let path = write(
            dir.path(),
            "budget.md",
            "\u{feff}Spending rose 4%.\r\n".as_bytes(),
        );
        let file = read_file(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.text, "\u{feff}Spending rose 4%.\r\n");
        assert_eq!(file.path, path.display().to_string());
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = tempdir();
        let path = dir.path().join("nope.txt");
        let err = read_file(&path).err();
        assert!(matches!(err, Some(ReadError::Missing { .. })), "{err:?}");
        let message = err.map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(message, format!("{} does not exist.", path.display()));
    }

    #[test]
    fn a_directory_is_not_a_file() {
        let dir = tempdir();
        let err = read_file(dir.path()).err();
        assert!(
            matches!(err, Some(ReadError::IsDirectory { .. })),
            "{err:?}"
        );
    }

    #[test]
    fn binary_files_are_refused() {
        let dir = tempdir();
        let path = write(dir.path(), "chart.txt", b"PNG\x00\x01\x02 rest");
        let err = read_file(&path).err();
        assert!(
            matches!(err, Some(ReadError::Binary { offset: 3, .. })),
            "{err:?}"
        );
    }

    #[test]
    fn a_nul_after_the_first_8_kib_is_not_binary_but_still_read() {
        let mut bytes = b"Rain fell. ".repeat(800);
        bytes.push(0);
        assert!(bytes.len() > BINARY_SNIFF_BYTES);
        assert!(SourceFile::from_bytes("late-nul.txt", bytes).is_ok());
    }

    #[test]
    fn invalid_utf8_names_offset_line_and_column() {
        let dir = tempdir();
        // Latin-1 "é" (0xE9) in "Café" on line 2, after a 2-byte "ü" on the same line.
        let path = write(dir.path(), "menu.txt", b"Menu\n\xc3\xbc Caf\xe9 au lait\n");
        match read_file(&path) {
            Err(
                e @ ReadError::NotUtf8 {
                    offset: 11,
                    line: 2,
                    column: 6,
                    ..
                },
            ) => {
                assert!(
                    e.to_string().contains("offset 11 (line 2, column 6)"),
                    "{e}"
                );
            }
            other => panic!("expected NotUtf8, got {other:?}"),
        }
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        for (name, bytes) in [
            ("empty.txt", &b""[..]),
            ("blank.md", b" \n\r\n\t"),
            ("bom.txt", b"\xef\xbb\xbf\n"),
        ] {
            let dir = tempdir();
            let err = read_file(&write(dir.path(), name, bytes)).err();
            assert!(
                matches!(err, Some(ReadError::Empty { .. })),
                "{name}: {err:?}"
            );
        }
    }

    #[test]
    fn files_over_the_limit_are_refused() {
        let dir = tempdir();
        let path = write(dir.path(), "big.txt", &b"Goal! ".repeat(100));
        let err = read_file_limited(&path, 599).err();
        assert!(
            matches!(
                err,
                Some(ReadError::TooLarge {
                    size: 600,
                    limit: 599,
                    ..
                })
            ),
            "{err:?}"
        );
        assert!(read_file_limited(&path, 600).is_ok());
        let streamed = read_limited("pipe", &b"Goal! ".repeat(100)[..], 10).err();
        assert!(
            matches!(streamed, Some(ReadError::TooLarge { size: 11, .. })),
            "{streamed:?}"
        );
    }

    #[test]
    fn errors_carry_the_unread_code() {
        use miette::Diagnostic;
        let err = ReadError::Empty {
            path: "a.txt".into(),
        };
        assert_eq!(
            err.code().map(|c| c.to_string()).as_deref(),
            Some("factlint::unread")
        );
        assert_eq!(err.path(), "a.txt");
    }

    #[test]
    fn walk_keeps_text_files_in_order_and_respects_gitignore() {
        let dir = tempdir();
        let root = dir.path();
        for name in [
            "b.txt",
            "a.md",
            "notes.MARKDOWN",
            "code.rs",
            ".hidden.md",
            "drafts/x.md",
            "sub/c.mkd",
            "sub/d.mdown",
            "sub/e.text",
            ".git-like/f.md",
        ] {
            write(root, name, b"text");
        }
        write(root, ".gitignore", b"drafts/\n");
        let found: Vec<String> = walk(&[root.to_path_buf()])
            .into_iter()
            .map(|r| match r {
                Ok(p) => p
                    .strip_prefix(root)
                    .map_or(String::new(), |p| p.display().to_string()),
                Err(e) => panic!("{e}"),
            })
            .collect();
        let expected: Vec<String> = [
            "a.md",
            "b.txt",
            "notes.MARKDOWN",
            "sub/c.mkd",
            "sub/d.mdown",
            "sub/e.text",
        ]
        .iter()
        .map(|p| Path::new(p).display().to_string())
        .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn walk_takes_files_as_given_and_reports_missing_ones() {
        let dir = tempdir();
        let rs = write(dir.path(), "code.rs", b"fn main() {}");
        let missing = dir.path().join("gone.md");
        let out = walk(&[
            rs.clone(),
            PathBuf::from(STDIN),
            missing.clone(),
            rs.clone(),
        ]);
        assert_eq!(out.len(), 3, "{out:?}");
        assert_eq!(out[0].as_ref().ok(), Some(&rs));
        assert_eq!(out[1].as_ref().ok(), Some(&PathBuf::from("-")));
        match &out[2] {
            Err(e @ ReadError::Missing { .. }) => {
                assert_eq!(e.path(), missing.display().to_string())
            }
            other => panic!("expected Missing, got {other:?}"),
        }
    }
}
