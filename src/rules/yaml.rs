//! A YAML tree that remembers where every key and value is written.
//!
//! serde_yaml forgets positions once it has deserialised, and a rule error must underline the
//! offending key or value. So `saphyr-parser`'s event stream builds this small tree of
//! [`Node`]s with byte spans, which the schema checks in `load` and `config` walk. Only when
//! saphyr finds a file is not YAML is serde_yaml asked too: its message and location are
//! what the user sees when it agrees (they are the ones users of serde_yaml know), saphyr's
//! when it does not. Reading every file once, not twice, is a fifth of loading a large rule
//! set.
//!
//! What it does not do: resolve scalar types. Every scalar keeps its text as written (`2024`,
//! `1%`, `true`); whether that text is a number, a period or a word is for the field that reads
//! it to decide. Only "null" is recognised ([`Scalar::is_null`]). Anchors and aliases are
//! followed (an alias is a copy of its anchor's node, with the anchor's spans); tags are ignored;
//! merge keys (`<<`) are not special.

use crate::span::Span;
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

/// A YAML value and the bytes it was written in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) span: Span,
    pub(crate) value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// A scalar's text after YAML unquoting and folding.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scalar {
    pub(crate) text: String,
    /// Written without quotes or block indicators.
    pub(crate) plain: bool,
}

impl Scalar {
    /// `~`, `null` or nothing at all, written plain.
    pub(crate) fn is_null(&self) -> bool {
        self.plain && matches!(self.text.as_str(), "" | "~" | "null" | "Null" | "NULL")
    }
}

/// One `key: value` pair of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub(crate) key: Node,
    pub(crate) value: Node,
}

impl Entry {
    /// The key's text when the key is a scalar.
    pub(crate) fn key_text(&self) -> Option<&str> {
        match &self.key.value {
            Value::Scalar(s) => Some(&s.text),
            _ => None,
        }
    }
}

impl Node {
    /// The scalar, unless it is null.
    pub(crate) fn scalar(&self) -> Option<&Scalar> {
        match &self.value {
            Value::Scalar(s) if !s.is_null() => Some(s),
            _ => None,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar(s) if s.is_null())
    }

    /// A word for the kind of value, for "expected a list, found a mapping" messages.
    pub(crate) fn kind_name(&self) -> &'static str {
        match &self.value {
            Value::Scalar(s) if s.is_null() => "nothing",
            Value::Scalar(_) => "a single value",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Why a file is not YAML: the reader's message (a clause, no full stop) and a byte span to
/// underline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    pub(crate) message: String,
    pub(crate) span: Span,
}

/// Parses `text` into a tree; `Ok(None)` when it holds no document (only comments).
pub(crate) fn parse(text: &str) -> Result<Option<Node>, SyntaxError> {
    tree(text).map_err(
        |saphyr| match serde_yaml::from_str::<serde::de::IgnoredAny>(text) {
            Err(e) => serde_error(text, &e),
            Ok(_) => saphyr,
        },
    )
}

fn tree(text: &str) -> Result<Option<Node>, SyntaxError> {
    let offsets = CharOffsets::new(text);
    let mut builder = Builder::default();
    for event in Parser::new_from_str(text) {
        match event {
            Ok((event, span)) => {
                let span = Span::new(
                    offsets.byte(span.start.index()),
                    offsets.byte(span.end.index()),
                );
                builder.event(event, span).map_err(|message| SyntaxError {
                    message,
                    span: char_span(text, span.start),
                })?;
            }
            Err(e) => {
                let at = offsets.byte(e.marker().index());
                return Err(SyntaxError {
                    message: sentence(e.info()),
                    span: char_span(text, at),
                });
            }
        }
    }
    Ok(builder.root)
}

/// serde_yaml's message without its trailing position, and the position as a span.
fn serde_error(text: &str, e: &serde_yaml::Error) -> SyntaxError {
    let message = e.to_string();
    let message = match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    let at = e.location().map_or(0, |l| {
        byte_at_line_column(text, l.line(), l.column()).unwrap_or(l.index().min(text.len()))
    });
    SyntaxError {
        message: sentence(&message),
        span: char_span(text, at),
    }
}

/// A parser's message as a clause: trimmed, without a full stop.
fn sentence(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    if message.is_empty() {
        "the YAML reader could not go on".to_string()
    } else {
        message.to_string()
    }
}

/// The byte offset of a 1-based line and column (column counted in characters).
fn byte_at_line_column(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', text.as_bytes()).nth(line - 2)? + 1
    };
    let rest = &text[start..];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

/// The span of the one character at `at` (empty at the end of the text or of a line).
fn char_span(text: &str, at: usize) -> Span {
    let at = at.min(text.len());
    let len = text[at..]
        .chars()
        .next()
        .filter(|c| *c != '\n' && *c != '\r')
        .map_or(0, char::len_utf8);
    Span::new(at, at + len)
}

/// Character index to byte offset (saphyr counts characters).
struct CharOffsets {
    /// Byte offset of each character, then the text length; empty for ASCII text.
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect()
        };
        CharOffsets {
            starts,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.starts.is_empty() {
            char_index.min(self.len)
        } else {
            self.starts.get(char_index).copied().unwrap_or(self.len)
        }
    }
}

/// How many nodes aliases may copy in one file: a rule file has no use for more, and an
/// "alias bomb" (aliases of aliases of lists) would otherwise grow exponentially.
const ALIAS_BUDGET: usize = 100_000;

/// Builds the tree from parser events with a stack of open collections.
#[derive(Default)]
struct Builder {
    stack: Vec<Open>,
    root: Option<Node>,
    /// Anchored nodes and how many nodes each holds.
    anchors: HashMap<usize, (Node, usize)>,
    copied: usize,
    /// Documents started: a second one is an error, not silently dropped.
    documents: usize,
}

/// A collection being built: its start, anchor, the nodes so far and their size.
struct Open {
    start: usize,
    anchor: usize,
    map: bool,
    items: Vec<Node>,
    size: usize,
}

impl Builder {
    /// Takes one event; `Err` when aliases copy too much.
    fn event(&mut self, event: Event, span: Span) -> Result<(), String> {
        match event {
            Event::Scalar(text, style, anchor, _tag) => {
                let node = Node {
                    span,
                    value: Value::Scalar(Scalar {
                        text: text.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    }),
                };
                self.finish(node, 1, anchor);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let map = matches!(event, Event::MappingStart(..));
                self.stack.push(Open {
                    start: span.start,
                    anchor,
                    map,
                    items: Vec::new(),
                    size: 1,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = self.stack.pop() else {
                    return Ok(());
                };
                // A flow collection's end event covers its `]` or `}`; a block collection's
                // is empty and may sit lines later, so it ends with its last item.
                let last = open.items.last().map_or(open.start, |n| n.span.end);
                let end = if span.is_empty() { last } else { span.end };
                let span = Span::new(open.start, end.max(open.start));
                let value = if open.map {
                    let mut entries = Vec::with_capacity(open.items.len() / 2);
                    let mut items = open.items.into_iter();
                    while let (Some(key), Some(value)) = (items.next(), items.next()) {
                        entries.push(Entry { key, value });
                    }
                    Value::Map(entries)
                } else {
                    Value::Seq(open.items)
                };
                self.finish(Node { span, value }, open.size, open.anchor);
            }
            Event::Alias(id) => {
                let (node, size) = self.anchors.get(&id).cloned().unwrap_or((
                    Node {
                        span,
                        value: Value::Scalar(Scalar {
                            text: String::new(),
                            plain: true,
                        }),
                    },
                    1,
                ));
                self.copied += size;
                if self.copied > ALIAS_BUDGET {
                    return Err(format!(
                        "its aliases copy more than {ALIAS_BUDGET} values, more than any rule \
                         file needs"
                    ));
                }
                self.finish(node, size, 0);
            }
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err("a rule file holds one YAML document, and this is a second".into());
                }
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn finish(&mut self, node: Node, size: usize, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), size));
        }
        match self.stack.last_mut() {
            Some(open) => {
                open.items.push(node);
                open.size += size;
            }
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Node {
        match parse(text) {
            Ok(Some(node)) => node,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    fn entries(node: &Node) -> &[Entry] {
        match &node.value {
            Value::Map(e) => e,
            other => panic!("not a mapping: {other:?}"),
        }
    }

    /// The source text of every scalar in document order.
    fn scalar_spans<'t>(text: &'t str, node: &Node, out: &mut Vec<&'t str>) {
        match &node.value {
            Value::Scalar(_) => out.push(&text[node.span.range()]),
            Value::Seq(items) => items.iter().for_each(|n| scalar_spans(text, n, out)),
            Value::Map(entries) => entries.iter().for_each(|e| {
                scalar_spans(text, &e.key, out);
                scalar_spans(text, &e.value, out);
            }),
        }
    }

    #[test]
    fn spans_are_bytes_even_after_multibyte_text() {
        let text = "about: «Zoll» – 2024\nvalue: '245 billion USD'\nlist: [a, \"b c\"]\n";
        let node = tree(text);
        let mut spans = Vec::new();
        scalar_spans(text, &node, &mut spans);
        assert_eq!(
            spans,
            [
                "about",
                "«Zoll» – 2024",
                "value",
                "'245 billion USD'",
                "list",
                "a",
                "\"b c\""
            ]
        );
        let e = entries(&node);
        assert_eq!(e[1].key_text(), Some("value"));
        match &e[1].value.value {
            Value::Scalar(s) => assert_eq!((s.text.as_str(), s.plain), ("245 billion USD", false)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_byte_order_mark_is_counted() {
        let text = "\u{feff}id: trade\n";
        let node = tree(text);
        let e = entries(&node);
        assert_eq!(&text[e[0].value.span.range()], "trade");
    }

    #[test]
    fn nulls_and_empty_documents() {
        let node = tree("a:\nb: ~\nc: 'null'\n");
        let nulls: Vec<bool> = entries(&node).iter().map(|e| e.value.is_null()).collect();
        assert_eq!(nulls, [true, true, false]);
        assert_eq!(parse("# only a comment\n"), Ok(None));
        assert_eq!(parse(""), Ok(None));
    }

    #[test]
    fn aliases_copy_their_anchor() {
        let node = tree("a: &x [one, two]\nb: *x\n");
        let e = entries(&node);
        assert_eq!(e[0].value, e[1].value);
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        let text = "facts:\n  - id: a\n   about: b\n";
        let err = parse(text).err();
        let err = err.unwrap_or_else(|| panic!("expected a syntax error"));
        assert!(!err.message.ends_with('.'), "{err:?}");
        assert!(!err.message.contains(" at line "), "{err:?}");
        let (line, _) = crate::span::LineIndex::new(text).line_col(text, err.span.start);
        assert_eq!(line, 3, "{err:?}");
    }

    #[test]
    fn several_documents_are_a_syntax_error() {
        let err = parse("a: 1\n---\nb: 2\n").err();
        assert!(
            err.as_ref()
                .is_some_and(|e| e.message.contains("more than one document")),
            "{err:?}"
        );
    }

    #[test]
    fn line_and_column_to_byte() {
        let text = "ab\nçd\n";
        assert_eq!(byte_at_line_column(text, 1, 1), Some(0));
        assert_eq!(byte_at_line_column(text, 2, 2), Some(5));
        assert_eq!(byte_at_line_column(text, 9, 1), None);
    }
}
