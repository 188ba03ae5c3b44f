//! Inline suppressions: directives in a document's comments that hide findings.
//!
//! A directive is a comment whose text starts with a `factlint-` keyword: an HTML comment in
//! Markdown (`<!-- factlint-disable-next-line trade-2024 -- quoting an older estimate -->`), a
//! `# factlint-…` line in plain text. The document stage says where comments are
//! ([`Document::comments`]); this module reads them once per document into byte regions and
//! hides each finding whose position lies in a region for its fact.
//!
//! | directive | covers |
//! |---|---|
//! | `factlint-disable-next-line [ids]` | the line after the one the comment ends on |
//! | `factlint-disable [ids]` … `factlint-enable [ids]` | from the end of the disable comment to the start of the enable, else to the end of the document |
//! | `factlint-disable-file [ids]` | the whole document |
//!
//! `ids` are fact ids separated by spaces or commas; none means every fact. Text after a
//! ` -- ` is the reason, for readers. A finding is placed by its own claim (for a conflict, the
//! claim outside the reference, not the related places).
//!
//! So that suppressions do not rot, a directive (or one of its fact ids) that hides nothing is
//! reported as `factlint::unused-suppression`, and a comment that starts like a directive but
//! cannot be read is reported as `factlint::bad-suppression`. Both are warnings about the
//! comment itself; neither can be suppressed. Nothing here prints or judges claims.

use super::{CheckReport, Code, Finding};
use crate::document::Document;
use crate::rules::{RuleSet, Severity, is_kebab};
use crate::span::Span;
use std::ops::Range;

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `factlint-disable-next-line`: the line after the comment.
    NextLine,
    /// `factlint-disable`: opens a block.
    Disable,
    /// `factlint-enable`: closes blocks.
    Enable,
    /// `factlint-disable-file`: the whole document.
    File,
}

/// Every directive keyword; a comment whose first word starts with `factlint-` must be one.
const KEYWORDS: [(&str, Kind); 4] = [
    ("factlint-disable-next-line", Kind::NextLine),
    ("factlint-disable", Kind::Disable),
    ("factlint-enable", Kind::Enable),
    ("factlint-disable-file", Kind::File),
];

impl Kind {
    /// The keyword as written.
    pub fn keyword(self) -> &'static str {
        KEYWORDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(w, _)| w)
    }
}

/// A directive as written in a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive<'a> {
    pub kind: Kind,
    /// The fact ids named, in order; empty means every fact.
    pub facts: Vec<&'a str>,
    /// The text after ` -- `, trimmed; `None` when there is none or it is empty.
    pub reason: Option<&'a str>,
}

/// Reads the text inside a comment (markers removed, see [`Document::comment_text`]).
/// `None` when the comment is not meant as a directive (its first word does not start with
/// `factlint-`); `Some(Err(message))` when it is meant as one but cannot be read.
pub fn parse(comment: &str) -> Option<Result<Directive<'_>, String>> {
    let (word, rest) = keyword(comment)?;
    Some(directive(word, rest))
}

/// The directive after its keyword.
fn directive<'a>(word: &str, rest: &'a str) -> Result<Directive<'a>, String> {
    let kind = kind(word)?;
    let (ids, reason) = split_reason(rest);
    let facts = fact_ids(ids)?;
    Ok(Directive {
        kind,
        facts,
        reason,
    })
}

/// The comment's first word, when it starts with `factlint-`, and the text after it. The word
/// is letters, digits and hyphens, so `factlint-disable,a` splits before the comma.
fn keyword(comment: &str) -> Option<(&str, &str)> {
    let s = comment.trim_start();
    if !s.starts_with("factlint-") {
        return None;
    }
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(s.len());
    Some(s.split_at(end))
}

/// The kind a keyword names, or a message that suggests the nearest keyword.
fn kind(word: &str) -> Result<Kind, String> {
    if let Some(&(_, k)) = KEYWORDS.iter().find(|(w, _)| *w == word) {
        return Ok(k);
    }
    let nearest = KEYWORDS
        .iter()
        .map(|(w, _)| *w)
        .min_by_key(|w| strsim::levenshtein(w, word))
        .unwrap_or(KEYWORDS[0].0);
    Err(format!(
        "`{word}` is not a factlint directive; did you mean `{nearest}`?"
    ))
}

/// Splits at the first `--` that stands alone (blanks or the ends on both sides): the fact ids
/// before it, the reason after it. Fact ids never hold `--`, so the split is unambiguous.
fn split_reason(rest: &str) -> (&str, Option<&str>) {
    let alone = |i: usize| {
        rest[..i]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
            && rest[i + 2..].chars().next().is_none_or(char::is_whitespace)
    };
    match rest.match_indices("--").map(|(i, _)| i).find(|&i| alone(i)) {
        Some(i) => {
            let reason = rest[i + 2..].trim();
            (&rest[..i], (!reason.is_empty()).then_some(reason))
        }
        None => (rest, None),
    }
}

/// Fact ids separated by blanks or commas. Each must be kebab-case, as fact ids are; a word
/// that is not is most often a reason written without its ` -- `.
fn fact_ids(s: &str) -> Result<Vec<&str>, String> {
    let ids: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match ids.iter().find(|id| !is_kebab(id)) {
        Some(bad) => Err(format!(
            "`{bad}` is not a fact id (fact ids are kebab-case); write a reason after ` -- `"
        )),
        None => Ok(ids),
    }
}

/// Where a fact's findings (or, with no fact, every finding) are hidden.
#[derive(Debug, Clone)]
struct Region {
    /// Index into [`Suppressions::directives`].
    directive: usize,
    fact: Option<String>,
    bytes: Range<usize>,
    used: bool,
    /// What to say if it hides nothing.
    unused: String,
}

/// A block opened by `factlint-disable` and not yet closed.
#[derive(Debug)]
struct Open {
    directive: usize,
    fact: Option<String>,
    start: usize,
}

/// One document's suppressions, read once from its comments. It holds everything its
/// findings need, so the document can be dropped before the run's findings are all known.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// Each directive's comment, kind and number of facts named.
    directives: Vec<(Span, Kind, usize)>,
    regions: Vec<Region>,
    /// Comments that could not be read as directives, or do not fit (an `enable` that closes
    /// nothing), with the reason.
    problems: Vec<(Span, String)>,
    /// Per directive, the warning about its comment, to complete if it hides nothing.
    warnings: Vec<Finding>,
    /// The findings about `problems`.
    bad: Vec<Finding>,
}

/// Every fact id of the rule set, sorted, as [`Suppressions::read`] wants them.
pub fn known_ids(rules: &RuleSet) -> Vec<&str> {
    let mut known: Vec<&str> = rules.facts.iter().map(|f| f.id.as_str()).collect();
    known.sort_unstable();
    known
}

impl Suppressions {
    /// Reads the directives of document `d`, if it has any comment. `known` is the sorted
    /// list of fact ids ([`known_ids`]): a directive naming another id is a problem (usually
    /// a typo), and that id suppresses nothing.
    pub fn read(doc: &Document, d: usize, known: &[&str]) -> Option<Suppressions> {
        if doc.comments.is_empty() {
            return None;
        }
        let mut s = Suppressions::default();
        let mut open: Vec<Open> = Vec::new();
        for &comment in &doc.comments {
            match parse(doc.comment_text(comment)) {
                None => {}
                Some(Err(message)) => s.problems.push((comment, message)),
                Some(Ok(d)) => s.add(doc, comment, &d, known, &mut open),
            }
        }
        for o in open {
            s.region(o.directive, o.fact, o.start..doc.text.len());
        }
        s.prepare_findings(doc, d);
        Some(s)
    }

    /// Gives the findings about directives the document's index in the run (see
    /// [`super::Join::add`]).
    pub fn renumber(&mut self, d: usize) {
        let findings = self.warnings.iter_mut().chain(self.bad.iter_mut());
        findings.for_each(|f| f.document = d);
    }

    /// Writes, while the document is at hand, what [`Suppressions::leftovers`] may report.
    fn prepare_findings(&mut self, doc: &Document, d: usize) {
        for r in &mut self.regions {
            let (_, kind, named) = self.directives[r.directive];
            r.unused = unused_message(kind, named, doc, &r.bytes);
        }
        let warn = |code, comment, message| comment_finding(code, (doc, d), comment, message);
        self.warnings = (self.directives.iter())
            .map(|&(comment, ..)| warn(Code::UnusedSuppression, comment, String::new()))
            .collect();
        // The problems live on only as their findings.
        self.bad = (self.problems.drain(..))
            .map(|(comment, message)| warn(Code::BadSuppression, comment, message))
            .collect();
    }

    /// Adds one directive: its regions, or (for an `enable`) the end of open blocks.
    fn add(
        &mut self,
        doc: &Document,
        comment: Span,
        d: &Directive,
        known: &[&str],
        open: &mut Vec<Open>,
    ) {
        let index = self.directives.len();
        self.directives.push((comment, d.kind, d.facts.len()));
        let unknown: Vec<&str> = d
            .facts
            .iter()
            .copied()
            .filter(|id| known.binary_search(id).is_err())
            .collect();
        for id in &unknown {
            self.problems.push((comment, unknown_fact(id, known)));
        }
        let facts: Vec<Option<String>> = if d.facts.is_empty() {
            vec![None]
        } else {
            d.facts
                .iter()
                .filter(|id| !unknown.contains(id))
                .map(|id| Some(id.to_string()))
                .collect()
        };
        match d.kind {
            Kind::NextLine => {
                let line = next_line(&doc.text, comment.end);
                for fact in facts {
                    self.region(index, fact, line.clone());
                }
            }
            Kind::File => {
                for fact in facts {
                    self.region(index, fact, 0..doc.text.len());
                }
            }
            Kind::Disable => open.extend(facts.into_iter().map(|fact| Open {
                directive: index,
                fact,
                start: comment.end,
            })),
            Kind::Enable if d.facts.is_empty() => self.enable_all(comment, open),
            Kind::Enable => {
                for fact in facts.into_iter().flatten() {
                    self.enable(comment, &fact, open);
                }
            }
        }
    }

    fn region(&mut self, directive: usize, fact: Option<String>, bytes: Range<usize>) {
        self.regions.push(Region {
            directive,
            fact,
            bytes,
            used: false,
            unused: String::new(),
        });
    }

    /// A bare `factlint-enable`: every open block ends at the comment.
    fn enable_all(&mut self, comment: Span, open: &mut Vec<Open>) {
        if open.is_empty() {
            let message = "`factlint-enable` ends no block: no `factlint-disable` is open above it";
            self.problems.push((comment, message.to_string()));
        }
        for o in open.drain(..) {
            self.region(o.directive, o.fact, o.start..comment.start);
        }
    }

    /// `factlint-enable <fact>`: the latest open block of that fact ends at the comment.
    fn enable(&mut self, comment: Span, fact: &str, open: &mut Vec<Open>) {
        if let Some(k) = open.iter().rposition(|o| o.fact.as_deref() == Some(fact)) {
            let o = open.remove(k);
            self.region(o.directive, o.fact, o.start..comment.start);
        } else if open.iter().any(|o| o.fact.is_none()) {
            self.problems.push((
                comment,
                format!(
                    "cannot enable `{fact}` alone inside a block that disables every fact; \
                     end that block with a bare `factlint-enable`"
                ),
            ));
        } else {
            self.problems.push((
                comment,
                format!(
                    "`factlint-enable {fact}` ends no block: no open `factlint-disable` names it"
                ),
            ));
        }
    }

    /// Whether a region hides the finding; every region that does is marked used.
    pub fn hide(&mut self, finding: &Finding) -> bool {
        let Some(fact) = finding.fact.as_deref() else {
            return false;
        };
        let mut hidden = false;
        for r in &mut self.regions {
            if r.bytes.contains(&finding.span.start) && r.fact.as_deref().is_none_or(|f| f == fact)
            {
                r.used = true;
                hidden = true;
            }
        }
        hidden
    }

    /// Findings about the directives themselves: problems, then regions that hid nothing.
    pub fn leftovers(&self) -> Vec<Finding> {
        let mut out = self.bad.clone();
        for r in self.regions.iter().filter(|r| !r.used) {
            let mut f = self.warnings[r.directive].clone();
            f.fact = r.fact.clone();
            f.message = r.unused.clone();
            out.push(f);
        }
        out
    }
}

/// The byte range of the line after the line holding `end - 1` (the comment's last byte),
/// without its line break; empty at the end of the text.
fn next_line(text: &str, end: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let from = end.saturating_sub(1).min(bytes.len());
    let Some(nl) = memchr::memchr(b'\n', &bytes[from..]) else {
        return bytes.len()..bytes.len();
    };
    let start = from + nl + 1;
    let stop = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
    start..stop
}

/// "names `trde-2024`, which no loaded rule defines; did you mean `trade-2024`?"
fn unknown_fact(id: &str, known: &[&str]) -> String {
    let nearest = known
        .iter()
        .min_by_key(|k| strsim::levenshtein(k, id))
        .map(|k| format!("; did you mean `{k}`?"))
        .unwrap_or_default();
    format!("names `{id}`, which no loaded rule defines{nearest}")
}

/// Why a region hid nothing, and what to do about it; `named` is how many facts the
/// directive names.
fn unused_message(kind: Kind, named: usize, doc: &Document, bytes: &Range<usize>) -> String {
    let what = if named > 0 {
        "no finding of this fact"
    } else {
        "no finding"
    };
    let place = match kind {
        Kind::NextLine if doc.text[bytes.clone()].trim().is_empty() => {
            "on the next line (it is blank: the directive covers exactly one line)"
        }
        Kind::NextLine => "on the next line",
        Kind::Disable | Kind::Enable => "in its block",
        Kind::File => "in this document",
    };
    let remove = if named > 1 {
        "remove this fact from it"
    } else {
        "remove it"
    };
    format!(
        "`{}` suppresses nothing: {what} {place}; {remove}",
        kind.keyword()
    )
}

/// A warning about a directive's comment (it is not about a claim, so `claimed` is `None`).
fn comment_finding(code: Code, at: (&Document, usize), comment: Span, message: String) -> Finding {
    Finding::at(code, Severity::Warning, at, comment, comment, message)
}

/// Hides the findings that directives cover (moved to [`CheckReport::suppressed`]) and adds
/// the findings about unused and unreadable directives. `suppressions` are per document
/// index, in document order. Findings stay sorted.
pub fn apply(mut report: CheckReport, mut suppressions: Vec<(usize, Suppressions)>) -> CheckReport {
    for f in std::mem::take(&mut report.findings) {
        let hidden = suppressions
            .binary_search_by_key(&f.document, |(d, _)| *d)
            .is_ok_and(|k| suppressions[k].1.hide(&f));
        if hidden {
            report.suppressed.push(f);
        } else {
            report.findings.push(f);
        }
    }
    for (_, s) in &suppressions {
        report.findings.extend(s.leftovers());
    }
    report
        .findings
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DocOptions, Format};

    fn ok(comment: &str) -> Directive<'_> {
        parse(comment).unwrap().unwrap()
    }

    fn err(comment: &str) -> String {
        parse(comment).unwrap().unwrap_err()
    }

    #[test]
    fn every_form_with_and_without_facts() {
        let d = ok(" factlint-disable-next-line trade-2024 -- quoting an older estimate ");
        assert_eq!(d.kind, Kind::NextLine);
        assert_eq!(d.facts, ["trade-2024"]);
        assert_eq!(d.reason, Some("quoting an older estimate"));
        assert_eq!(ok("factlint-disable").kind, Kind::Disable);
        assert_eq!(ok("factlint-enable a").kind, Kind::Enable);
        assert_eq!(ok("factlint-disable-file").kind, Kind::File);
        for all in [
            "factlint-disable",
            " factlint-disable-file ",
            "factlint-enable -- done",
        ] {
            assert!(ok(all).facts.is_empty(), "{all}");
        }
    }

    #[test]
    fn facts_are_separated_by_spaces_or_commas() {
        assert_eq!(
            ok("factlint-disable a-1, b-2 c-3,d").facts,
            ["a-1", "b-2", "c-3", "d"]
        );
        assert_eq!(ok("factlint-disable-file,a-1").facts, ["a-1"]);
    }

    #[test]
    fn the_reason_follows_a_lone_double_dash() {
        assert_eq!(ok("factlint-disable a -- b -- c").reason, Some("b -- c"));
        assert_eq!(ok("factlint-disable a --").reason, None);
        assert_eq!(
            ok("factlint-disable -- only a reason").facts,
            Vec::<&str>::new()
        );
        assert_eq!(ok("factlint-disable\n  a\n  -- why\n").reason, Some("why"));
    }

    #[test]
    fn other_comments_are_not_directives() {
        for other in [
            " TODO: check 61% ",
            "factlint is great",
            " eslint-disable ",
            "",
        ] {
            assert_eq!(parse(other), None, "{other}");
        }
    }

    #[test]
    fn malformed_directives_say_why() {
        insta::assert_snapshot!(err("factlint-disable-nxt-line a"), @"`factlint-disable-nxt-line` is not a factlint directive; did you mean `factlint-disable-next-line`?");
        insta::assert_snapshot!(err("factlint-disable-next-line trade-2024 quoting Smith"), @"`Smith` is not a fact id (fact ids are kebab-case); write a reason after ` -- `");
        insta::assert_snapshot!(err("factlint-disable: a"), @"`:` is not a fact id (fact ids are kebab-case); write a reason after ` -- `");
        insta::assert_snapshot!(err("factlint-"), @"`factlint-` is not a factlint directive; did you mean `factlint-enable`?");
    }

    /// A finding of `fact` on the first occurrence of `needle` in the document.
    fn finding(doc: &Document, needle: &str, fact: &str) -> Finding {
        let start = doc.text.find(needle).unwrap();
        let span = Span::new(start, start + needle.len());
        let mut f = comment_finding(Code::Mismatch, (doc, 0), span, String::new());
        f.fact = Some(fact.to_string());
        f.severity = Severity::Error;
        f
    }

    fn doc(text: &str, format: Format) -> Document {
        Document::parse_as("a", text.to_string(), format, &DocOptions::default()).unwrap()
    }

    const KNOWN: &[&str] = &["a", "b", "trade-2024"];

    /// Which of the needles (each a finding of the fact after `=`) are hidden, then the
    /// findings about directives as `code fact line: message`.
    fn run(text: &str, format: Format, needles: &[(&str, &str)]) -> (Vec<bool>, Vec<String>) {
        let doc = doc(text, format);
        let mut s = Suppressions::read(&doc, 0, KNOWN).unwrap_or_default();
        let hidden = needles
            .iter()
            .map(|(n, fact)| s.hide(&finding(&doc, n, fact)))
            .collect();
        let left = s
            .leftovers()
            .iter()
            .map(|f| {
                format!(
                    "{} {} {}: {}",
                    f.code.as_str().trim_start_matches("factlint::"),
                    f.fact.as_deref().unwrap_or("-"),
                    f.line,
                    f.message
                )
            })
            .collect();
        (hidden, left)
    }

    #[test]
    fn next_line_covers_exactly_the_following_line() {
        let text = "X1 here.\n<!-- factlint-disable-next-line a -->\nX2 here.\nX3 here.\n";
        let (hidden, left) = run(
            text,
            Format::Markdown,
            &[("X1", "a"), ("X2", "a"), ("X3", "a")],
        );
        assert_eq!(hidden, [false, true, false]);
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn next_line_names_facts_or_all() {
        let text = "<!-- factlint-disable-next-line b -->\nX1 and Y1.\n\
                    <!-- factlint-disable-next-line -->\nX2 and Y2.\n";
        let (hidden, _) = run(
            text,
            Format::Markdown,
            &[("X1", "a"), ("Y1", "b"), ("X2", "a"), ("Y2", "b")],
        );
        assert_eq!(hidden, [false, true, true, true]);
    }

    #[test]
    fn blocks_run_from_disable_to_enable() {
        let text = "X0.\n\n<!-- factlint-disable a, b -->\n\nX1 Y1.\n\n<!-- factlint-enable b -->\n\n\
                    X2 Y2.\n\n<!-- factlint-enable -->\n\nX3.\n";
        let (hidden, left) = run(
            text,
            Format::Markdown,
            &[
                ("X0", "a"),
                ("X1", "a"),
                ("Y1", "b"),
                ("X2", "a"),
                ("Y2", "b"),
                ("X3", "a"),
            ],
        );
        assert_eq!(hidden, [false, true, true, true, false, false]);
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn an_unclosed_block_runs_to_the_end() {
        let text = "X0.\n# factlint-disable\nX1.\n\nX2.";
        let (hidden, _) = run(text, Format::Text, &[("X0", "a"), ("X1", "a"), ("X2", "b")]);
        assert_eq!(hidden, [false, true, true]);
    }

    #[test]
    fn a_file_directive_covers_the_whole_document_wherever_it_is() {
        let text = "X0 Y0.\n\n<!-- factlint-disable-file b -- old figures -->\n";
        let (hidden, left) = run(text, Format::Markdown, &[("X0", "a"), ("Y0", "b")]);
        assert_eq!(hidden, [false, true]);
        assert!(left.is_empty());
    }

    #[test]
    fn plain_text_directives_are_hash_lines() {
        let text = "X0.\n  # factlint-disable-next-line trade-2024 -- quoted\nX1.\n";
        let (hidden, left) = run(
            text,
            Format::Text,
            &[("X0", "trade-2024"), ("X1", "trade-2024")],
        );
        assert_eq!(hidden, [false, true]);
        assert!(left.is_empty());
        // In Markdown a `#` line is a heading, not a directive.
        let (hidden, _) = run(text, Format::Markdown, &[("X1", "trade-2024")]);
        assert_eq!(hidden, [false]);
    }

    #[test]
    fn code_is_never_a_directive() {
        let text = "```\n<!-- factlint-disable-file -->\n```\n\nX1.\n";
        let (hidden, left) = run(text, Format::Markdown, &[("X1", "a")]);
        assert_eq!(hidden, [false]);
        assert!(left.is_empty());
    }

    #[test]
    fn unused_suppressions_are_reported_per_fact() {
        let text = "<!-- factlint-disable-next-line a b -->\nX1.\n\n\
                    <!-- factlint-disable-next-line -->\n\nX2.\n\n\
                    <!-- factlint-disable -->\nnothing\n<!-- factlint-enable -->\n\n\
                    # factlint-disable-file a\n";
        let (hidden, left) = run(text, Format::Markdown, &[("X1", "a"), ("X2", "a")]);
        assert_eq!(hidden, [true, false]);
        insta::assert_snapshot!(left.join("\n"), @r"
        unused-suppression b 1: `factlint-disable-next-line` suppresses nothing: no finding of this fact on the next line; remove this fact from it
        unused-suppression - 4: `factlint-disable-next-line` suppresses nothing: no finding on the next line (it is blank: the directive covers exactly one line); remove it
        unused-suppression - 8: `factlint-disable` suppresses nothing: no finding in its block; remove it
        ");
        let (_, left) = run("# factlint-disable-file a\nX1.\n", Format::Text, &[]);
        assert_eq!(
            left,
            [
                "unused-suppression a 1: `factlint-disable-file` suppresses nothing: no finding of this fact in this document; remove it"
            ]
        );
    }

    #[test]
    fn bad_suppressions_are_reported_and_unknown_facts_named() {
        let text = "<!-- factlint-disable-nxt-line a -->\n<!-- factlint-enable -->\n\
                    <!-- factlint-disable-next-line trde-2024 -->\nX1.\n\
                    <!-- factlint-disable -->\n<!-- factlint-enable a -->\n";
        let (hidden, left) = run(text, Format::Markdown, &[("X1", "trade-2024")]);
        assert_eq!(hidden, [false]);
        insta::assert_snapshot!(left.join("\n"), @r"
        bad-suppression - 1: `factlint-disable-nxt-line` is not a factlint directive; did you mean `factlint-disable-next-line`?
        bad-suppression - 2: `factlint-enable` ends no block: no `factlint-disable` is open above it
        bad-suppression - 3: names `trde-2024`, which no loaded rule defines; did you mean `trade-2024`?
        bad-suppression - 6: cannot enable `a` alone inside a block that disables every fact; end that block with a bare `factlint-enable`
        unused-suppression - 5: `factlint-disable` suppresses nothing: no finding in its block; remove it
        ");
    }

    #[test]
    fn findings_without_a_fact_are_never_hidden() {
        let doc = doc("<!-- factlint-disable-file -->\nX1.\n", Format::Markdown);
        let mut s = Suppressions::read(&doc, 0, KNOWN).unwrap_or_default();
        let mut f = finding(&doc, "X1", "a");
        f.fact = None;
        assert!(!s.hide(&f));
    }

    #[test]
    fn next_line_handles_the_ends_of_the_text() {
        assert_eq!(next_line("<!-- x -->", 10), 10..10);
        assert_eq!(next_line("<!-- x -->\nab", 10), 11..13);
        assert_eq!(next_line("<!-- x\n", 7), 7..7);
        assert_eq!(next_line("<!-- x\nab\ncd", 7), 7..9);
    }
}
