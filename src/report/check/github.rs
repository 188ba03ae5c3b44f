//! `check --format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations on the pull request's diff:
//!
//! ```text
//! ::error file=articles/q3.md,line=7,col=79,endLine=7,endColumn=83,title=...::claims up 8.3% ...
//! ```
//!
//! `error` and `warning` findings become `::error` and `::warning`, `info` becomes `::notice`.
//! Columns count characters, and `endColumn` is the column just after the claim, as in SARIF;
//! a claim that spans lines gets no columns, which GitHub accepts only on one-line annotations.
//! Values are escaped as the runner expects (`%`, CR and LF everywhere, and `:` and `,` in
//! properties), so a message can span lines. The summary line ends the output as plain log
//! text.

use super::human::{help_text, summary_line};
use super::{CheckOutput, Columns, Region, Reporter, Summary, display_path};
use crate::check::Finding;
use crate::rules::Severity;
use std::io;

pub struct GithubReporter;

impl Reporter for GithubReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        for f in &run.report.findings {
            writeln!(out, "{}", command(f))?;
        }
        writeln!(out, "{}", summary_line(&Summary::of(run)))
    }
}

/// One finding as a workflow command.
fn command(f: &Finding) -> String {
    let name = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let r = Region::of(&f.excerpt, f.span, Columns::Chars);
    let title = match &f.fact {
        Some(fact) => format!("{fact} ({})", f.code.as_str()),
        None => f.code.as_str().to_string(),
    };
    // Columns are only allowed on a one-line annotation.
    let place = if r.start_line == r.end_line {
        format!(
            "line={},col={},endLine={},endColumn={}",
            r.start_line, r.start_column, r.end_line, r.end_column
        )
    } else {
        format!("line={},endLine={}", r.start_line, r.end_line)
    };
    format!(
        "::{name} file={},{place},title={}::{}",
        escape_property(&display_path(&f.path)),
        escape_property(&title),
        escape_data(&message(f)),
    )
}

/// The finding's message, then the places it disagrees with and the help text, one per line.
fn message(f: &Finding) -> String {
    let mut s = f.message.clone();
    for r in f.related.iter() {
        s.push_str(&format!(
            "\n{}:{}:{}: {}",
            display_path(&r.path),
            r.line,
            r.column,
            r.message
        ));
    }
    if let Some(help) = help_text(f) {
        s.push('\n');
        s.push_str(&help);
    }
    s
}

/// Escapes a command's message: `%`, CR and LF.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a command's property value: as [`escape_data`], and also `:` and `,`, which
/// would otherwise end the value.
pub fn escape_property(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' => out.push_str("%3A"),
            ',' => out.push_str("%2C"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_escaping_keeps_colons_and_commas() {
        assert_eq!(escape_data("plain text"), "plain text");
        assert_eq!(
            escape_data("up 21%, not 12%: check\r\nline two\nline three\r"),
            "up 21%25, not 12%25: check%0D%0Aline two%0Aline three%0D"
        );
        // An already escaped-looking sequence is escaped again, not passed through.
        assert_eq!(escape_data("%0A and %25"), "%250A and %2525");
        assert_eq!(escape_data("::error file=x::y"), "::error file=x::y");
        assert_eq!(escape_data("€3.97bn «ok» 日本"), "€3.97bn «ok» 日本");
        assert_eq!(escape_data(""), "");
    }

    #[test]
    fn property_escaping_also_covers_colons_and_commas() {
        assert_eq!(
            escape_property("factlint::mismatch"),
            "factlint%3A%3Amismatch"
        );
        assert_eq!(escape_property("a,b:c%d\re\nf"), "a%2Cb%3Ac%25d%0De%0Af");
        assert_eq!(
            escape_property("dir with spaces/file,1.md"),
            "dir with spaces/file%2C1.md"
        );
        assert_eq!(escape_property("%3A"), "%253A");
        assert_eq!(escape_property("C:\\docs\\a.md"), "C%3A\\docs\\a.md");
    }

    #[test]
    fn escaped_values_contain_no_separator_a_runner_would_split_on() {
        let nasty = "a:b,c%d\r\n::warning file=x,line=1::injected\n%0A";
        let p = escape_property(nasty);
        assert!(!p.contains([':', ',', '\r', '\n']), "{p}");
        let d = escape_data(nasty);
        assert!(!d.contains(['\r', '\n']), "{d}");
        // Unescaping in the runner's order gives the original back.
        let unescape = |s: &str| {
            s.replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%3A", ":")
                .replace("%2C", ",")
                .replace("%25", "%")
        };
        assert_eq!(unescape(&p), nasty);
        assert_eq!(unescape(&d), nasty);
    }
}
