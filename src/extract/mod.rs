//! Finding numeric claims in a document's sentences.
//!
//! The [`Extractor`] is built once (all patterns and tables compiled up front) and shared by
//! every thread. It reads sentences from a [`Document`] and returns [`Claim`]s; it knows
//! nothing about rules or output formats.

use crate::claim::Claim;
use crate::document::{DocOptions, Document};

/// Compiled extraction tables; build once, share across threads.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    /// Every claim in the document's prose, in text order.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        let _ = doc;
        Vec::new()
    }

    /// Convenience for tests and tools: extract from plain text with an optional date.
    pub fn extract_text(&self, text: &str, date: Option<jiff::civil::Date>) -> Vec<Claim> {
        let opts = DocOptions { date };
        match Document::parse_as("-", text.to_string(), crate::document::Format::Text, &opts) {
            Ok(doc) => self.extract(&doc),
            Err(_) => Vec::new(),
        }
    }
}
