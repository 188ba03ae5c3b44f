//! `check --format concise`: one line per finding, the way compilers print them, then the
//! summary line:
//!
//! ```text
//! tests/check-corpus/articles/eastmoor-health-2024.md:7:41: error[factlint::mismatch] eastmoor-flu-admissions-2024: claims 2,987 for 2024, but the fact is 3412 (±1%) for 2024
//! 13 documents, 67 claims, 47 bound to 37 facts: 7 errors, 0 warnings, 0 info
//! ```
//!
//! Line breaks inside a message become spaces, so every finding is exactly one line.

use super::human::summary_line;
use super::{CheckOutput, Reporter, Summary, display_path};
use crate::check::Finding;
use std::io;

pub struct ConciseReporter;

impl Reporter for ConciseReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        for f in &run.report.findings {
            writeln!(out, "{}", line(f))?;
        }
        writeln!(out, "{}", summary_line(&Summary::of(run)))
    }
}

/// `path:line:col: severity[code] fact: message`, on one line.
pub fn line(f: &Finding) -> String {
    let mut s = format!(
        "{}:{}:{}: {}[{}] ",
        display_path(&f.path),
        f.line,
        f.column,
        f.severity.as_str(),
        f.code.as_str()
    );
    if let Some(fact) = &f.fact {
        s.push_str(fact);
        s.push_str(": ");
    }
    s.push_str(&one_line(&f.message));
    s
}

/// The text with each line break (`\r\n`, `\n` or `\r`) replaced by one space.
fn one_line(text: &str) -> String {
    text.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn line_breaks_become_spaces() {
        assert_eq!(one_line("claims 245\nbillion"), "claims 245 billion");
        assert_eq!(one_line("a\r\nb\rc"), "a b c");
        assert_eq!(one_line("plain"), "plain");
    }
}
