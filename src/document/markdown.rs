//! Markdown: which bytes are prose, read with pulldown-cmark's offset iterator.
//!
//! Prose is the text of paragraphs, headings, list items, block quotes, table cells, footnote
//! definitions, emphasis and link text; each text event becomes one piece whose bytes are
//! exactly the event's text. Every block-level element (a heading, a list item, a table cell,
//! a paragraph) is its own block, so sentences never cross them.
//!
//! Not prose: fenced and indented code blocks, inline code, HTML blocks and inline HTML
//! (comments included), link destinations, autolinks (`<https://…>`), footnote markers, task
//! list markers, character references (`&amp;`, which are skipped), and image alt text. Alt text
//! describes a picture rather than stating the article's words, and it sits mid-paragraph
//! where it would glue onto the sentence around it.
//!
//! HTML comments (`<!-- … -->`, in HTML blocks or inline, never inside code) are also recorded
//! as [`Blocks::comments`]: they are where suppression directives live.

use super::blocks::Blocks;
use crate::span::Span;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// Extensions read: GFM tables, footnotes, strikethrough and task lists. Smart punctuation is
/// off so that text events stay byte-exact.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS);

/// Splits the Markdown in `text[start..]` into blocks of prose pieces.
pub(crate) fn blocks(text: &str, start: usize, out: &mut Blocks) {
    let body = &text[start..];
    // One entry per open tag: whether it hides its text. `hidden` counts the `true`s.
    let mut open: Vec<bool> = Vec::new();
    let mut hidden = 0usize;
    for (event, range) in Parser::new_ext(body, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if tag == Tag::HtmlBlock {
                    html_comments(text, start + range.start..start + range.end, out);
                }
                let hides = hides_text(&tag);
                hidden += usize::from(hides);
                open.push(hides);
                if !is_inline(&tag.to_end()) {
                    out.end_block();
                }
            }
            Event::End(tag) => {
                hidden -= usize::from(open.pop().unwrap_or(false));
                if !is_inline(&tag) {
                    out.end_block();
                }
            }
            Event::Text(t) if hidden == 0 => {
                if let Some(piece) = exact(body, range, &t) {
                    out.push_piece(Span::new(start + piece.start, start + piece.end));
                }
            }
            Event::InlineHtml(html) if hidden == 0 && html.starts_with("<!--") => {
                out.comments
                    .push(Span::new(start + range.start, start + range.end));
            }
            Event::Rule => out.end_block(),
            _ => {} // code, HTML, breaks, footnote and task markers: not prose
        }
    }
    out.end_block();
}

/// Records the comments in an HTML block's bytes, `text[block]`. A comment the block does
/// not close runs to the block's end, as CommonMark reads it.
fn html_comments(text: &str, block: Range<usize>, out: &mut Blocks) {
    let bytes = &text.as_bytes()[block.clone()];
    let mut pos = 0;
    while let Some(open) = memchr::memmem::find(&bytes[pos..], b"<!--").map(|i| pos + i) {
        let end = memchr::memmem::find(&bytes[open + 4..], b"-->")
            .map_or(bytes.len(), |i| open + 4 + i + 3);
        out.comments
            .push(Span::new(block.start + open, block.start + end));
        pos = end;
    }
}

/// Tags whose text is not prose.
fn hides_text(tag: &Tag) -> bool {
    match tag {
        Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. } | Tag::MetadataBlock(_) => true,
        Tag::Link { link_type, .. } => matches!(link_type, LinkType::Autolink | LinkType::Email),
        _ => false,
    }
}

/// Tags that live inside a block and do not end it.
fn is_inline(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// The bytes of `range` that are exactly `t`: the whole range, or its tail when the range
/// also covers an escaping backslash. `None` when the text is not in the source as written
/// (a character reference such as `&amp;`).
fn exact(body: &str, range: Range<usize>, t: &str) -> Option<Range<usize>> {
    let source = body.get(range.clone())?;
    if source == t {
        Some(range)
    } else if source.ends_with(t) {
        Some(range.end - t.len()..range.end)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prose pieces of each block.
    fn prose(text: &str) -> Vec<Vec<&str>> {
        let mut out = Blocks::default();
        blocks(text, 0, &mut out);
        out.iter()
            .map(|b| b.iter().map(|p| &text[p.range()]).collect())
            .collect()
    }

    #[test]
    fn code_is_not_prose() {
        let text = "Run `make all` now.\n\n```\nlet x = 5;\n```\n\n    indented 7\n\nAfter.";
        assert_eq!(prose(text), [vec!["Run ", " now."], vec!["After."]]);
    }

    #[test]
    fn html_and_comments_are_not_prose() {
        let text = "Turnout <!-- check: 61% --> was high.\n\n<div>\n<p>12 seats</p>\n</div>\n\n\
                    <!--\nDraft: 40 seats\n-->\n\nEnd <b>now</b>.";
        assert_eq!(
            prose(text),
            [vec!["Turnout ", " was high."], vec!["End ", "now", "."]]
        );
    }

    /// The comments a Markdown text holds.
    fn comments(text: &str) -> Vec<&str> {
        let mut out = Blocks::default();
        blocks(text, 0, &mut out);
        out.comments.iter().map(|c| &text[c.range()]).collect()
    }

    #[test]
    fn html_comments_are_recorded_but_not_in_code() {
        let text = "Para\n<!-- a -->\nNext <!-- b\nc --> on.\n\n<div>\n<!-- d --><!-- e -->\n</div>\n\n\
                    ```\n<!-- code -->\n```\n\nSee `<!-- span -->`.\n\n> <!-- f";
        assert_eq!(
            comments(text),
            [
                "<!-- a -->",
                "<!-- b\nc -->",
                "<!-- d -->",
                "<!-- e -->",
                "<!-- f"
            ]
        );
    }

    #[test]
    fn link_text_is_prose_but_not_its_destination() {
        let text =
            "See [the 2025 report](https://x.org/r?id=42 \"Title 9\") and <https://y.org/7>.";
        assert_eq!(prose(text), [vec!["See ", "the 2025 report", " and ", "."]]);
    }

    #[test]
    fn image_alt_text_is_not_prose() {
        assert_eq!(
            prose("Sales ![chart of 40% growth](c.png) grew."),
            [vec!["Sales ", " grew."]]
        );
    }

    #[test]
    fn emphasis_pieces_are_exact() {
        let text = "Exports rose **21%** to *$4.5 bn*, a _record_.";
        assert_eq!(
            prose(text),
            [vec![
                "Exports rose ",
                "21%",
                " to ",
                "$4.5 bn",
                ", a ",
                "record",
                "."
            ]]
        );
    }

    #[test]
    fn escapes_give_the_bytes_after_the_backslash() {
        let text = "It cost \\$5 \\*each\\* &amp; more.";
        let mut out = Blocks::default();
        blocks(text, 0, &mut out);
        let pieces: Vec<&str> = out.pieces.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(pieces, ["It cost ", "$5 ", "*each", "* ", " more."]);
    }

    #[test]
    fn headings_items_cells_and_quotes_are_separate_blocks() {
        let text = "# Season review\nThe club scored 71 goals\n\n- Wins: 22\n- Losses: 5\n  \
                    1. nested\n\n> Quoted 3 times\n\n| Team | Pts |\n|---|---|\n| Ajax | 80 |\n";
        assert_eq!(
            prose(text),
            [
                vec!["Season review"],
                vec!["The club scored 71 goals"],
                vec!["Wins: 22"],
                vec!["Losses: 5"],
                vec!["nested"],
                vec!["Quoted 3 times"],
                vec!["Team"],
                vec!["Pts"],
                vec!["Ajax"],
                vec!["80"],
            ]
        );
    }

    #[test]
    fn offsets_are_into_the_whole_text() {
        let text = "---\nx: 1\n---\nRain *fell*.";
        let mut out = Blocks::default();
        blocks(text, 13, &mut out);
        let pieces: Vec<&str> = out.pieces.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(pieces, ["Rain ", "fell", "."]);
    }
}
