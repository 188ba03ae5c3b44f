//! A readable document: the original text, its metadata and date, and its prose cut into
//! sentences.
//!
//! This stage decides *what is prose* (Markdown code, HTML comments, link targets and front
//! matter are not) and *where sentences are*. It does not look for numbers: that is `extract`.
//! It records where comments are ([`Document::comments`]) but does not read them: suppression
//! directives are `check::suppress`'s.
//!
//! The work is split by concern (private modules): `frontmatter` reads YAML front matter,
//! `plain` and `markdown` turn the body into blocks of prose pieces (`blocks`), `dateline`
//! finds a printed date near the top, and `sentence` (with its `abbrev` table) cuts blocks
//! into sentences.
//! Every span is an end-exclusive byte range into the original text: a UTF-8 BOM is kept in
//! [`Document::text`] but is never prose.

mod abbrev;
mod blocks;
mod dateline;
mod frontmatter;
mod markdown;
mod plain;
mod sentence;

use crate::span::{Excerpt, LineIndex, Span};
use blocks::Blocks;
use jiff::civil::Date;
use std::collections::BTreeMap;
use std::ops::Range;

/// How a document's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// The format a file name implies: Markdown for `.md`/`.markdown`, else plain text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if [".md", ".markdown", ".mdown", ".mkd"]
            .iter()
            .any(|ext| lower.ends_with(ext))
        {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Where a document's date came from. Precedence, highest first: front matter, given,
/// dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    FrontMatter,
    /// The `--date` flag or the project config.
    Given,
    /// A date printed near the top of the text (see [`Document::dateline`]).
    Dateline,
}

/// Settings that come from outside the document.
#[derive(Debug, Clone, Default)]
pub struct DocOptions {
    /// A date to use when the front matter has none (from `--date` or the config); it wins
    /// over a dateline found in the text.
    pub date: Option<Date>,
}

/// A sentence of prose. `pieces` indexes [`Document::pieces`]: the prose byte ranges inside
/// the sentence, in order (Markdown markup between them is not prose).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub pieces: Range<usize>,
}

/// A parsed document, ready for extraction.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user gave it (or `-`/the stdin name).
    pub path: String,
    /// The original text, byte for byte (a BOM, if any, is kept so spans stay true).
    pub text: String,
    pub format: Format,
    /// The front matter's `title`.
    pub title: Option<String>,
    pub date: Option<Date>,
    pub date_source: Option<DateSource>,
    /// Front matter keys other than `date` and `title`.
    pub metadata: BTreeMap<String, serde_json::Value>,
    /// Sentences in text order; each is trimmed and lies inside one block.
    pub sentences: Vec<Sentence>,
    /// Prose byte ranges in text order, grouped by sentence (see [`Sentence::pieces`]).
    pub pieces: Vec<Span>,
    /// The front matter, fences included, when there is one.
    pub front_matter: Option<Span>,
    /// The date text the document's date was read from, when `date_source` is `Dateline`.
    pub dateline: Option<Span>,
    /// Comments, in text order, markers included: HTML comments (`<!-- … -->`) in Markdown,
    /// outside code; in plain text, factlint's own comment lines (`# factlint-…`). Neither is
    /// prose. Suppression directives are read from these ([`Document::comment_text`]).
    pub comments: Vec<Span>,
    lines: LineIndex,
}

/// A document that could not be parsed (its bytes were read fine).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DocumentError {
    #[error("{path}:{line}:{column}: the front matter is not valid YAML: {message}.")]
    #[diagnostic(
        code(factlint::front_matter),
        help("Front matter is YAML between a `---` line at the top and a `---` or `...` line.")
    )]
    FrontMatter {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{path}:{line}:{column}: the front matter date {value:?} is not a date.")]
    #[diagnostic(
        code(factlint::front_matter),
        help("Write the date as YYYY-MM-DD (2025-11-03) or as an RFC 3339 date-time.")
    )]
    FrontMatterDate {
        path: String,
        value: String,
        line: usize,
        column: usize,
    },
}

impl DocumentError {
    /// The document the error is about.
    pub fn path(&self) -> &str {
        match self {
            DocumentError::FrontMatter { path, .. }
            | DocumentError::FrontMatterDate { path, .. } => path,
        }
    }
}

impl Document {
    /// Parses `text` as the format its path implies.
    pub fn parse(
        path: impl Into<String>,
        text: String,
        opts: &DocOptions,
    ) -> Result<Document, DocumentError> {
        let path = path.into();
        let format = Format::from_path(&path);
        Document::parse_as(path, text, format, opts)
    }

    /// Parses `text` as the given format.
    pub fn parse_as(
        path: impl Into<String>,
        text: String,
        format: Format,
        opts: &DocOptions,
    ) -> Result<Document, DocumentError> {
        let path = path.into();
        let lines = LineIndex::new(&text);
        let bom = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let front = match frontmatter::parse(&text, bom) {
            Ok(front) => front.unwrap_or_default(),
            Err(problem) => return Err(front_matter_error(path, &text, &lines, problem)),
        };
        let body = if front.end > 0 { front.end } else { bom };
        let mut blocks = Blocks::default();
        match format {
            Format::Text => plain::blocks(&text, body, &mut blocks),
            Format::Markdown => markdown::blocks(&text, body, &mut blocks),
        }
        let (date, date_source, dateline_span) = choose_date(front.date, opts.date, || {
            dateline::find(&text, body, |span| blocks.contains(span))
        });
        let (sentences, pieces) = sentence::split(&text, &blocks);
        Ok(Document {
            path,
            format,
            title: front.title,
            date,
            date_source,
            metadata: front.metadata,
            sentences,
            pieces,
            front_matter: (front.end > 0).then(|| Span::new(bom, front.end)),
            dateline: dateline_span,
            comments: std::mem::take(&mut blocks.comments),
            lines,
            text,
        })
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The prose pieces of a sentence.
    pub fn sentence_pieces(&self, sentence: &Sentence) -> &[Span] {
        &self.pieces[sentence.pieces.clone()]
    }

    /// The text of each sentence, in order.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|s| self.slice(s.span))
    }

    /// The text inside one of [`Document::comments`], without its markers (`<!--`, `-->`, or
    /// the leading `#`).
    pub fn comment_text(&self, comment: Span) -> &str {
        let text = self.slice(comment);
        match self.format {
            Format::Markdown => {
                let inner = text.strip_prefix("<!--").unwrap_or(text);
                inner.strip_suffix("-->").unwrap_or(inner)
            }
            Format::Text => text.strip_prefix(plain::COMMENT).unwrap_or(text),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// A span's text with its position, to outlive the document (see [`Excerpt`]).
    pub fn excerpt(&self, span: Span) -> Excerpt {
        Excerpt::new(&self.text, &self.lines, span)
    }

    /// A sentence's prose: its pieces joined, with a space where markup between two pieces
    /// held whitespace (a soft line break separates words but is no text). For a span that is
    /// not one of the document's sentences (a directive's comment), the span's text.
    pub fn prose(&self, span: Span) -> String {
        let found = self
            .sentences
            .binary_search_by_key(&span.start, |s| s.span.start)
            .ok()
            .map(|i| &self.sentences[i])
            .filter(|s| s.span == span);
        let Some(sentence) = found else {
            return self.slice(span).to_string();
        };
        let mut prose = String::with_capacity(span.len());
        let mut prev_end = span.start;
        for p in self.sentence_pieces(sentence) {
            if self.text[prev_end..p.start].contains(char::is_whitespace) {
                prose.push(' ');
            }
            prose.push_str(self.slice(*p));
            prev_end = p.end;
        }
        prose
    }
}

/// Front matter beats the given date, which beats a dateline; the dateline is only looked for
/// when needed.
fn choose_date(
    front: Option<Date>,
    given: Option<Date>,
    dateline: impl FnOnce() -> Option<(Date, Span)>,
) -> (Option<Date>, Option<DateSource>, Option<Span>) {
    if let Some(date) = front {
        return (Some(date), Some(DateSource::FrontMatter), None);
    }
    if let Some(date) = given {
        return (Some(date), Some(DateSource::Given), None);
    }
    match dateline() {
        Some((date, span)) => (Some(date), Some(DateSource::Dateline), Some(span)),
        None => (None, None, None),
    }
}

fn front_matter_error(
    path: String,
    text: &str,
    lines: &LineIndex,
    problem: frontmatter::Problem,
) -> DocumentError {
    match problem {
        frontmatter::Problem::Yaml { message, offset } => {
            let (line, column) = lines.line_col(text, offset);
            DocumentError::FrontMatter {
                path,
                message,
                line,
                column,
            }
        }
        frontmatter::Problem::Date { value, offset } => {
            let (line, column) = lines.line_col(text, offset);
            DocumentError::FrontMatterDate {
                path,
                value,
                line,
                column,
            }
        }
    }
}

#[cfg(test)]
mod tests;
