//! Plain text: paragraphs and line groups.
//!
//! Paragraphs are separated by blank lines. Inside a paragraph a line break also ends a block
//! (so a sentence cannot run across it) when:
//!
//! - the line before ends a sentence (`.`, `!`, `?` or `:`, then closing quotes or brackets;
//!   not after "U.S." or "Dr."), or
//! - the next line does not start in lowercase, the line before does not end with a comma,
//!   semicolon, dash or similar, and the line before either looks like a heading (fewer than
//!   eight words) or is clearly unfilled: the next line's first word would have fitted on it
//!   within 90% of the paragraph's longest line. A wrapped paragraph fills its lines, so an
//!   unfilled line followed by a capital is a title, caption or dateline ending there.
//!
//! Otherwise a wrapped line continues the sentence.
//!
//! Everything after the front matter is prose, except factlint's own comment lines: a line
//! whose first non-blank character is `#` followed (after optional blanks) by `factlint-` is
//! recorded in [`Blocks::comments`] and ends the paragraph, as an HTML comment line does in
//! Markdown. Other `#` lines are prose.

use super::blocks::Blocks;
use super::sentence;
use crate::span::Span;
use rayon::prelude::*;

/// Line ends after which the next line carries on the same sentence.
const CONTINUES: &[char] = &[',', ';', '-', '–', '—', '/', '&', '(', '+'];

/// A heading-like line has fewer words than this.
const HEADING_MAX_WORDS: usize = 8;

/// Splits `text[start..]` into blocks, one piece per block.
///
/// A large text is cut at blank lines into parts of about [`PART_BYTES`], read in parallel
/// and joined in order: paragraphs never cross a blank line, so the blocks are the same.
pub(crate) fn blocks(text: &str, start: usize, out: &mut Blocks) {
    if text.len() - start < 2 * PART_BYTES {
        return blocks_in(text, start, text.len(), out);
    }
    let mut cuts = vec![start];
    while let Some(cut) = blank_line_after(text, cuts[cuts.len() - 1] + PART_BYTES) {
        cuts.push(cut);
    }
    cuts.push(text.len());
    let parts: Vec<Blocks> = cuts
        .par_windows(2)
        .map(|part| {
            let mut blocks = Blocks::default();
            blocks_in(text, part[0], part[1], &mut blocks);
            blocks
        })
        .collect();
    parts.into_iter().for_each(|part| out.append(part));
}

/// Texts are read in parallel parts of about this size.
const PART_BYTES: usize = 1 << 20;

/// The start of the first blank line after `from` (a line of whitespace or nothing), if any.
fn blank_line_after(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let after = bytes.get(from..)?;
    let mut line_start = from + memchr::memchr(b'\n', after)? + 1;
    loop {
        let rest = &bytes[line_start..];
        let line_end = memchr::memchr(b'\n', rest).map_or(bytes.len(), |i| line_start + i);
        if text[line_start..line_end].trim().is_empty() {
            return (line_start < bytes.len()).then_some(line_start);
        }
        if line_end == bytes.len() {
            return None;
        }
        line_start = line_end + 1;
    }
}

/// [`blocks`] for the lines of `text[start..end]` (`end` at a line start or the end).
fn blocks_in(text: &str, start: usize, end: usize, out: &mut Blocks) {
    let mut paragraph: Vec<Span> = Vec::new();
    for line in lines(&text[..end], start) {
        let line_text = &text[line.range()];
        if is_comment(line_text) {
            let indent = line_text.len() - line_text.trim_start().len();
            out.comments.push(Span::new(line.start + indent, line.end));
            paragraph_blocks(text, &paragraph, out);
            paragraph.clear();
        } else if text[line.range()].trim().is_empty() {
            paragraph_blocks(text, &paragraph, out);
            paragraph.clear();
        } else {
            paragraph.push(line);
        }
    }
    paragraph_blocks(text, &paragraph, out);
}

/// The marker that starts a comment line in plain text.
pub(crate) const COMMENT: &str = "#";

/// Whether a line is a factlint comment: `#`, optional blanks, then `factlint-`.
fn is_comment(line: &str) -> bool {
    line.trim_start()
        .strip_prefix(COMMENT)
        .is_some_and(|rest| rest.trim_start().starts_with("factlint-"))
}

/// The lines of `text[start..]`, without their `\n` or `\r\n`.
fn lines(text: &str, start: usize) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let newline = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let end = if newline > pos && bytes[newline - 1] == b'\r' {
            newline - 1
        } else {
            newline
        };
        let line = Span::new(pos, end);
        pos = newline + 1;
        Some(line)
    })
}

/// Cuts one paragraph (its non-blank lines) into blocks at its hard line breaks.
fn paragraph_blocks(text: &str, lines: &[Span], out: &mut Blocks) {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
        return;
    };
    let mut widest = None; // computed only if a line break needs it
    let mut block_start = first.start;
    for pair in lines.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        if breaks(text, prev, next, || {
            *widest.get_or_insert_with(|| widest_line(text, lines))
        }) {
            out.push_block(Span::new(block_start, prev.end));
            block_start = next.start;
        }
    }
    out.push_block(Span::new(block_start, last.end));
}

/// Whether the break between two lines of a paragraph ends a block (see the module docs).
fn breaks(text: &str, prev: Span, next: Span, widest: impl FnOnce() -> usize) -> bool {
    let prev = text[prev.range()].trim_end();
    let next = text[next.range()].trim_start();
    let next_char = next.chars().next();
    if sentence::line_ends_sentence(prev, next_char) {
        return true;
    }
    // A line ending in an abbreviation ("the U.S.") is neither a heading nor unfilled.
    if sentence::ends_with_terminal(prev)
        || next_char.is_none_or(char::is_lowercase)
        || prev.ends_with(CONTINUES)
    {
        return false;
    }
    looks_like_heading(prev) || is_unfilled(prev, next, widest())
}

fn looks_like_heading(line: &str) -> bool {
    line.split_whitespace().nth(HEADING_MAX_WORDS - 1).is_none()
}

/// Whether `next`'s first word would have fitted on `prev` within 90% of the widest line.
fn is_unfilled(prev: &str, next: &str, widest: usize) -> bool {
    let word = next.split_whitespace().next().unwrap_or("");
    let needed = prev.chars().count() + 1 + word.chars().count();
    needed * 10 <= widest * 9
}

/// The width in characters of the paragraph's widest line.
fn widest_line(text: &str, lines: &[Span]) -> usize {
    lines
        .iter()
        .map(|l| text[l.range()].trim_end().chars().count())
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The block texts of a plain-text string.
    fn blocks_of(text: &str) -> Vec<&str> {
        let mut out = Blocks::default();
        blocks(text, 0, &mut out);
        out.iter()
            .map(|b| &text[b[0].start..b[b.len() - 1].end])
            .collect()
    }

    #[test]
    fn a_large_text_read_in_parts_gives_the_same_blocks() {
        let article = "Harbour Authority Report\nFreight volumes rose 4% in 2024, to 38 million \
                       tonnes, the authority said\non Monday. Container traffic grew faster.\n\
                       # factlint-ignore-next-line\nA total of 1,200 ships called.\n  \r\n";
        let text = article.repeat(2 * PART_BYTES / article.len() + 500);
        let mut parallel = Blocks::default();
        blocks(&text, 0, &mut parallel);
        let mut serial = Blocks::default();
        blocks_in(&text, 0, text.len(), &mut serial);
        assert!(serial.iter().count() > 1000);
        assert!(serial.iter().eq(parallel.iter()));
        assert_eq!(serial.comments, parallel.comments);
        // Cuts fall on blank lines only.
        let cut = blank_line_after(&text, PART_BYTES);
        assert!(cut.is_some_and(|c| text[c..].starts_with("  \r\n")));
        assert_eq!(blank_line_after("no blank\nline", 0), None);
        assert_eq!(blank_line_after("a\n\n", 0), Some(2));
        assert_eq!(blank_line_after("a\n", 0), None);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            blocks_of("The council met.\n\n  \nIt approved the\nbudget.\n"),
            ["The council met.", "It approved the\nbudget."]
        );
    }

    #[test]
    fn wrapped_lines_continue_the_sentence() {
        let text = "The regional council approved a budget of 4.2 billion euros on\n\
                    Tuesday, a rise of 3% on last year, with most of the increase going\n\
                    to schools and Transport for the North.";
        assert_eq!(blocks_of(text), [text]);
    }

    #[test]
    fn a_line_ending_a_sentence_ends_the_block() {
        assert_eq!(
            blocks_of("Rain fell for 40 days.\nthe rivers rose.\r\nThey said:\r\n“Leave now.”"),
            [
                "Rain fell for 40 days.",
                "the rivers rose.",
                "They said:",
                "“Leave now.”"
            ]
        );
    }

    #[test]
    fn abbreviations_at_a_line_end_do_not_end_the_block() {
        assert_eq!(
            blocks_of("Talks with the U.S.\nTreasury went on."),
            ["Talks with the U.S.\nTreasury went on."]
        );
    }

    #[test]
    fn a_short_line_before_a_capital_is_a_heading() {
        assert_eq!(
            blocks_of("Global Issues\nLeaders met in Geneva.\nClimate finance\nrose sharply."),
            [
                "Global Issues",
                "Leaders met in Geneva.",
                "Climate finance\nrose sharply."
            ]
        );
    }

    #[test]
    fn an_unfilled_line_before_a_capital_ends_the_block() {
        let title = "Marathon organisers report record entries despite the heatwave warnings";
        let lead = "Organisers of the city marathon said on Sunday that 41,000 runners had \
                    registered, up from 36,500 a year earlier, despite warnings of heat.";
        let caption = "Runners at the start line on the bridge during last year's race / Photo";
        let text = format!("{title}\n{lead}\n{caption}\nMarch 3, 2025");
        assert_eq!(blocks_of(&text), [title, lead, caption, "March 3, 2025"]);
    }

    #[test]
    fn a_comma_at_a_line_end_continues() {
        assert_eq!(
            blocks_of("Goals by Kane, Saka,\nRice and Ødegaard sealed it."),
            ["Goals by Kane, Saka,\nRice and Ødegaard sealed it."]
        );
    }

    #[test]
    fn factlint_comment_lines_are_not_prose_and_end_the_paragraph() {
        let text = "Trade rose to 245 billion\n  # factlint-disable-next-line trade -- why\n\
                    dollars in 2024.\n# Results\n#factlint-enable\r\nEnd.";
        let mut out = Blocks::default();
        blocks(text, 0, &mut out);
        let comments: Vec<&str> = out.comments.iter().map(|c| &text[c.range()]).collect();
        assert_eq!(
            comments,
            [
                "# factlint-disable-next-line trade -- why",
                "#factlint-enable"
            ]
        );
        assert_eq!(
            blocks_of(text),
            [
                "Trade rose to 245 billion",
                "dollars in 2024.",
                "# Results",
                "End."
            ]
        );
    }

    #[test]
    fn offsets_start_where_asked() {
        let text = "skip me\nKeep this.";
        let mut out = Blocks::default();
        blocks(text, 8, &mut out);
        assert_eq!(out.pieces, [Span::new(8, 18)]);
    }
}
