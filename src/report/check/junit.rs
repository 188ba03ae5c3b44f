//! `check --format junit`: JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines ...)
//! show as a test report. Every checked document is one test case (`classname` factlint,
//! `name` its path), clean ones included, in path order.
//!
//! - A finding at `error` severity is a `<failure>` of its document (`type` the code,
//!   `message` the finding's message; the text gives its place, fact, expected value and rule).
//!   A document with at least one is a failed test; `failures` counts such documents.
//! - Findings at `warning` and `info` severity do not fail a test (they do not fail the run
//!   either): they are listed, one concise line each, in the test case's `<system-out>`.
//! - The summary line is the suite's `<system-out>`.
//!
//! No timestamps or durations are written, so the same input gives the same bytes.

use super::human::{help_text, summary_line};
use super::{CheckOutput, Reporter, Summary, concise, display_path};
use crate::check::Finding;
use crate::rules::Severity;
use std::io;

pub struct JunitReporter;

impl Reporter for JunitReporter {
    fn write(&self, run: &CheckOutput, out: &mut dyn io::Write) -> io::Result<()> {
        let mut per_doc: Vec<Vec<&Finding>> = vec![Vec::new(); run.report.paths.len()];
        for f in &run.report.findings {
            if let Some(d) = per_doc.get_mut(f.document) {
                d.push(f);
            }
        }
        let paths = &run.report.paths;
        let mut order: Vec<usize> = (0..paths.len()).collect();
        order.sort_by(|&a, &b| paths[a].cmp(&paths[b]));
        let tests = paths.len();
        let failures = per_doc
            .iter()
            .filter(|fs| fs.iter().any(|f| f.severity == Severity::Error))
            .count();
        let counts = format!(r#"tests="{tests}" failures="{failures}" errors="0""#);
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(out, r#"<testsuites name="factlint" {counts}>"#)?;
        writeln!(
            out,
            r#"  <testsuite name="factlint check" {counts} skipped="0">"#
        )?;
        for d in order {
            write_case(&display_path(&paths[d]), &per_doc[d], out)?;
        }
        writeln!(
            out,
            "    <system-out>{}</system-out>",
            text(&summary_line(&Summary::of(run)))
        )?;
        writeln!(out, "  </testsuite>")?;
        writeln!(out, "</testsuites>")
    }
}

/// One document's `<testcase>`.
fn write_case(path: &str, findings: &[&Finding], out: &mut dyn io::Write) -> io::Result<()> {
    let open = format!(
        r#"    <testcase classname="factlint" name="{}" file="{}""#,
        attr(path),
        attr(path)
    );
    if findings.is_empty() {
        return writeln!(out, "{open}/>");
    }
    writeln!(out, "{open}>")?;
    let (errors, others): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.severity == Severity::Error);
    for f in errors {
        let mut body = concise::line(f);
        if let Some(help) = help_text(f) {
            body.push('\n');
            body.push_str(&help);
        }
        writeln!(
            out,
            r#"      <failure type="{}" message="{}">{}</failure>"#,
            attr(f.code.as_str()),
            attr(&f.message),
            text(&body)
        )?;
    }
    if !others.is_empty() {
        let lines: Vec<String> = others.iter().map(|f| concise::line(f)).collect();
        writeln!(
            out,
            "      <system-out>{}</system-out>",
            text(&lines.join("\n"))
        )?;
    }
    writeln!(out, "    </testcase>")
}

/// Escapes character data: `&`, `<`, `>`, and CR (which XML would turn into LF).
/// Characters XML 1.0 cannot carry at all (most control characters) become U+FFFD.
pub fn text(s: &str) -> String {
    escape(s, false)
}

/// Escapes a double-quoted attribute value: as [`text`], and also `"`, `'`, and tab and line
/// breaks, which a parser would otherwise normalise to spaces.
pub fn attr(s: &str) -> String {
    escape(s, true)
}

fn escape(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(text("a < b && c > d"), "a &lt; b &amp;&amp; c &gt; d");
        assert_eq!(text(r#"say "hi" 'there'"#), r#"say "hi" 'there'"#);
        assert_eq!(
            attr(r#"say "hi" 'there'"#),
            "say &quot;hi&quot; &apos;there&apos;"
        );
        assert_eq!(text("]]> <![CDATA["), "]]&gt; &lt;![CDATA[");
    }

    #[test]
    fn line_breaks_survive_and_control_characters_are_replaced() {
        assert_eq!(
            text("one\ntwo\r\nthree\tfour"),
            "one\ntwo&#13;\nthree\tfour"
        );
        assert_eq!(attr("one\ntwo\r\tthree"), "one&#10;two&#13;&#9;three");
        assert_eq!(
            text("bell\u{7} nul\u{0} esc\u{1b}"),
            "bell\u{fffd} nul\u{fffd} esc\u{fffd}"
        );
        assert_eq!(text("\u{ffff}€日本"), "\u{fffd}€日本");
    }
}
