//! Byte spans and line/column lookup.
//!
//! Every position in factlint is an end-exclusive byte range into the original file bytes
//! (BOM included). Lines and columns are computed only when a reporter asks for them.

use serde::Serialize;
use std::ops::Range;
use std::sync::Arc;

/// An end-exclusive byte range into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(s: Span) -> Self {
        (s.start, s.len()).into()
    }
}

/// Maps byte offsets to 1-based line and column (column counted in characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters, not bytes.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }
}

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Columns {
    /// Characters (Unicode scalar values), as in the JSON contract and the human view.
    Chars,
    /// UTF-16 code units, SARIF's default `columnKind`.
    Utf16,
}

/// A stretch of a document's text (a claim's sentence, a directive's comment) with the line
/// and columns it starts at: enough to show it and to place any position inside it once the
/// document has been dropped. Findings carry one, so reporting never needs the documents and
/// a run keeps none of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Excerpt {
    /// Byte offset of `text` in the document.
    pub start: usize,
    /// 1-based line of the first byte.
    pub line: usize,
    /// 1-based column of the first byte, in characters.
    pub column: usize,
    /// 1-based column of the first byte, in UTF-16 code units.
    pub column_utf16: usize,
    /// Shared: a claim's sentence is copied into every conflict that names the claim.
    pub text: Arc<str>,
}

impl Excerpt {
    /// The excerpt of `span` in `text`, whose line starts `lines` indexes.
    pub fn new(text: &str, lines: &LineIndex, span: Span) -> Excerpt {
        let (line, column) = lines.line_col(text, span.start);
        let line_start = lines.starts[line - 1];
        let column_utf16 = text
            .get(line_start..span.start)
            .map_or(column, |s| s.encode_utf16().count() + 1);
        Excerpt {
            start: span.start,
            line,
            column,
            column_utf16,
            text: text.get(span.range()).unwrap_or_default().into(),
        }
    }

    /// Where the excerpt lies in its document.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The text of a span inside the excerpt (clipped to it).
    pub fn slice(&self, span: Span) -> &str {
        let clip = |o: usize| o.clamp(self.start, self.start + self.text.len()) - self.start;
        self.text
            .get(clip(span.start)..clip(span.end))
            .unwrap_or_default()
    }

    /// 1-based (line, column) of a byte offset of the document inside the excerpt (clipped
    /// to it).
    pub fn position(&self, offset: usize, columns: Columns) -> (usize, usize) {
        let before = self.slice(Span::new(self.start, offset));
        let count = |s: &str| match columns {
            Columns::Chars => s.chars().count(),
            Columns::Utf16 => s.encode_utf16().count(),
        };
        match memchr::memrchr(b'\n', before.as_bytes()) {
            None => {
                let first = match columns {
                    Columns::Chars => self.column,
                    Columns::Utf16 => self.column_utf16,
                };
                (self.line, first + count(before))
            }
            Some(nl) => {
                let line = self.line + memchr::memchr_iter(b'\n', before.as_bytes()).count();
                (line, count(&before[nl + 1..]) + 1)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nc\u{2019}d\nxyz";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        // 'd' sits after a 3-byte apostrophe: byte 7, character column 3.
        assert_eq!(idx.line_col(text, 7), (2, 3));
        assert_eq!(idx.line_col(text, text.len()), (3, 4));
    }

    #[test]
    fn an_excerpt_places_positions_as_its_document_would() {
        // "😀" is one character but two UTF-16 units; "€" is one of each.
        let text = "Intro 😀 line. It cost €5 and\n😀😀 12 units.\nEnd.";
        let idx = LineIndex::new(text);
        let start = text.find("It").unwrap();
        let end = text.find("\nEnd").unwrap();
        let e = Excerpt::new(text, &idx, Span::new(start, end));
        assert_eq!(&*e.text, "It cost €5 and\n😀😀 12 units.");
        assert_eq!(e.span(), Span::new(start, end));
        for offset in (start..=end).filter(|&o| text.is_char_boundary(o)) {
            let (line, col) = idx.line_col(text, offset);
            assert_eq!(
                e.position(offset, Columns::Chars),
                (line, col),
                "at {offset}"
            );
            let line_start = idx.starts[line - 1];
            let utf16 = text[line_start..offset].encode_utf16().count() + 1;
            assert_eq!(
                e.position(offset, Columns::Utf16),
                (line, utf16),
                "at {offset}"
            );
        }
        let twelve = text.find("12").unwrap();
        assert_eq!(e.slice(Span::new(twelve, twelve + 2)), "12");
        // Outside the excerpt: clipped, never a panic.
        assert_eq!(e.slice(Span::new(0, 3)), "");
        assert_eq!(e.position(0, Columns::Chars), (1, e.column));
    }
}
