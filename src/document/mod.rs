//! A readable document: the original text, its metadata and date, and its prose cut into
//! sentences.
//!
//! This stage decides *what is prose* (Markdown code, HTML comments, link targets and front
//! matter are not) and *where sentences are*. It does not look for numbers: that is `extract`.

use crate::span::{LineIndex, Span};
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

/// Where a document's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    FrontMatter,
    /// The `--date` flag or the project config.
    Given,
    Dateline,
}

/// Settings that come from outside the document.
#[derive(Debug, Clone, Default)]
pub struct DocOptions {
    /// A date to use when the front matter has none (from `--date` or the config).
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
    pub title: Option<String>,
    pub date: Option<Date>,
    pub date_source: Option<DateSource>,
    /// Front matter keys other than `date` and `title`.
    pub metadata: BTreeMap<String, serde_json::Value>,
    pub sentences: Vec<Sentence>,
    pub pieces: Vec<Span>,
    lines: LineIndex,
}

/// A document that could not be parsed (its bytes were read fine).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DocumentError {
    #[error("{path}: front matter is not valid YAML: {message}")]
    #[diagnostic(code(factlint::front_matter))]
    FrontMatter {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
}

impl DocumentError {
    /// The document the error is about.
    pub fn path(&self) -> &str {
        match self {
            DocumentError::FrontMatter { path, .. } => path,
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
        // Provisional: one piece for the whole text, sentences split on line ends.
        let mut pieces = Vec::new();
        let mut sentences = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let end = start + line.trim_end().len();
            if end > start {
                sentences.push(Sentence {
                    span: Span::new(start, end),
                    pieces: pieces.len()..pieces.len() + 1,
                });
                pieces.push(Span::new(start, end));
            }
            start += line.len();
        }
        Ok(Document {
            path: path.into(),
            lines: LineIndex::new(&text),
            text,
            format,
            title: None,
            date: opts.date,
            date_source: opts.date.map(|_| DateSource::Given),
            metadata: BTreeMap::new(),
            sentences,
            pieces,
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

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }
}
