//! Blocks of prose: the hand-over from the format readers (`text`, `markdown`) to the sentence
//! splitter.
//!
//! A block is a paragraph, heading, list item, table cell or plain-text line group: a run of
//! prose pieces that sentences may not leave. This module only stores them (and the comments
//! the readers met on the way); it does not decide what is prose (the readers do) nor where
//! sentences are (`sentence` does).

use crate::span::Span;

/// Prose pieces in text order, grouped into blocks.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    /// Every prose piece, in text order; none is empty.
    pub(crate) pieces: Vec<Span>,
    /// `ends[i]` is one past the index of block `i`'s last piece in `pieces`.
    ends: Vec<usize>,
    /// Comments, in text order (see [`crate::document::Document::comments`]).
    pub(crate) comments: Vec<Span>,
}

impl Blocks {
    /// Adds a piece to the open block (empty pieces are dropped).
    pub(crate) fn push_piece(&mut self, piece: Span) {
        if !piece.is_empty() {
            self.pieces.push(piece);
        }
    }

    /// Closes the open block, if it holds any piece.
    pub(crate) fn end_block(&mut self) {
        if self.pieces.len() > self.ends.last().copied().unwrap_or(0) {
            self.ends.push(self.pieces.len());
        }
    }

    /// Adds a block made of a single piece.
    pub(crate) fn push_block(&mut self, piece: Span) {
        self.end_block();
        self.push_piece(piece);
        self.end_block();
    }

    /// Adds the blocks and comments of a later part of the text.
    pub(crate) fn append(&mut self, later: Blocks) {
        self.end_block();
        let base = self.pieces.len();
        self.pieces.extend(later.pieces);
        self.ends
            .extend(later.ends.into_iter().map(|end| end + base));
        self.comments.extend(later.comments);
    }

    /// The pieces of each block, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[Span]> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(self.ends.iter().copied())
            .map(|(start, end)| &self.pieces[start..end])
    }

    /// Whether `span` lies inside a single piece (the pieces are sorted and disjoint).
    pub(crate) fn contains(&self, span: Span) -> bool {
        let i = self.pieces.partition_point(|p| p.end < span.end);
        self.pieces.get(i).is_some_and(|p| p.contains(span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_group_pieces_and_skip_empty_ones() {
        let mut b = Blocks::default();
        b.push_piece(Span::new(0, 3));
        b.push_piece(Span::new(4, 4));
        b.push_piece(Span::new(5, 9));
        b.end_block();
        b.end_block();
        b.push_block(Span::new(10, 12));
        let blocks: Vec<&[Span]> = b.iter().collect();
        assert_eq!(
            blocks,
            [
                &[Span::new(0, 3), Span::new(5, 9)][..],
                &[Span::new(10, 12)][..]
            ]
        );
        assert!(b.contains(Span::new(6, 8)));
        assert!(!b.contains(Span::new(2, 6)));
        assert!(!b.contains(Span::new(13, 14)));
    }
}
