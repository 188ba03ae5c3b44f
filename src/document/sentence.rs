//! Sentence boundaries inside blocks of prose pieces.
//!
//! Inside a block a sentence ends after `.`, `!` or `?` (a run of them, then any closing
//! quotes or brackets) when whitespace follows and then a sentence starter: an uppercase
//! letter, a digit, an opening quote or bracket, or a currency sign. A lone `.` after an
//! abbreviation from the `abbrev` table or after initials does not end one.
//! Decimals ("3.8%") and "U.S.-China" never split because no whitespace follows their dots.
//!
//! Sentences never leave their block, are trimmed of surrounding whitespace, and keep the prose
//! pieces they cover (a piece that straddles a boundary is cut in two).
//!
//! Not handled: a sentence that starts with a lowercase letter, an ellipsis (`…`) as a sentence
//! end, and an abbreviation split across Markdown markup ("*U.S*.").

use super::Sentence;
use super::abbrev::{self, Abbrev};
use super::blocks::Blocks;
use crate::span::Span;
use rayon::prelude::*;

/// Closing quotes and brackets that may follow a terminal and still belong to its sentence.
const CLOSERS: &[char] = &['"', '\'', ')', ']', '}', '”', '’', '»', '›'];

/// Characters besides uppercase letters and digits that may open a sentence.
const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '„', '«', '‹', '(', '[', '¿', '¡', '$', '€', '£', '¥',
];

/// Cuts every block into sentences: returns the sentences and the pieces they index.
/// A large text's blocks are cut in parallel runs, joined in order (the same result whatever
/// the thread count).
pub(crate) fn split(text: &str, blocks: &Blocks) -> (Vec<Sentence>, Vec<Span>) {
    if text.len() < PARALLEL_BYTES {
        let out = split_blocks(text, blocks.iter());
        return (out.sentences, out.pieces);
    }
    let all: Vec<&[Span]> = blocks.iter().collect();
    let runs: Vec<Output> = all
        .par_chunks(BLOCKS_PER_TASK)
        .map(|run| split_blocks(text, run.iter().copied()))
        .collect();
    let mut out = Output::default();
    for run in runs {
        let base = out.pieces.len();
        let shift = |s: Sentence| Sentence {
            span: s.span,
            pieces: s.pieces.start + base..s.pieces.end + base,
        };
        out.sentences.extend(run.sentences.into_iter().map(shift));
        out.pieces.extend(run.pieces);
    }
    (out.sentences, out.pieces)
}

/// Texts at least this large are split in parallel runs of blocks.
const PARALLEL_BYTES: usize = 1 << 20;
const BLOCKS_PER_TASK: usize = 2048;

fn split_blocks<'b>(text: &str, blocks: impl Iterator<Item = &'b [Span]>) -> Output {
    let mut out = Output::default();
    let mut cuts = Vec::new();
    for block in blocks {
        cuts.clear();
        find_cuts(text, block, &mut cuts);
        out.emit_block(text, block, &cuts);
    }
    out
}

/// Whether a plain-text line (already trimmed at its end) ends a sentence at its end.
///
/// Like a cut inside a block, plus `:` as a terminal; `next` is the first character of the
/// following line, which decides for "etc."-like abbreviations.
pub(crate) fn line_ends_sentence(line: &str, next: Option<char>) -> bool {
    let body = line.trim_end_matches(CLOSERS);
    if body.ends_with([':', '!', '?']) || body.ends_with("..") {
        return true;
    }
    let Some(before) = body.strip_suffix('.') else {
        return false;
    };
    match abbrev::classify(before) {
        Some(Abbrev::Never) => false,
        Some(Abbrev::BeforeLowercase) => !next.is_some_and(char::is_lowercase),
        None => true,
    }
}

/// Whether a line (already trimmed at its end) ends with `.`, `!`, `?` or `:`, perhaps
/// followed by closing quotes or brackets; an abbreviation's dot counts.
pub(crate) fn ends_with_terminal(line: &str) -> bool {
    line.trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', ':'])
}

/// Pushes the byte offset at which each sentence of `block` but the last ends.
fn find_cuts(text: &str, block: &[Span], cuts: &mut Vec<usize>) {
    for (i, piece) in block.iter().enumerate() {
        let piece_text = &text[piece.range()];
        let mut skip_to = 0;
        for at in memchr::memchr3_iter(b'.', b'!', b'?', piece_text.as_bytes()) {
            if at < skip_to {
                continue; // inside a run already looked at ("?!", "...")
            }
            let end = terminal_end(piece_text, at);
            skip_to = end;
            if is_abbreviation(piece_text, at, end) {
                continue;
            }
            if starts_sentence(text, block, i, piece.start + end) {
                cuts.push(piece.start + end);
            }
        }
    }
}

/// The end of the terminal run starting at `at`, with its closing quotes and brackets.
fn terminal_end(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    let after_run = rest.trim_start_matches(['.', '!', '?']);
    let after_closers = after_run.trim_start_matches(CLOSERS);
    s.len() - after_closers.len()
}

/// Whether the terminal run at `at` is a single dot closing an abbreviation that never ends a
/// sentence ("etc."-like ones are left to the sentence-starter test).
fn is_abbreviation(s: &str, at: usize, end: usize) -> bool {
    let run_is_one_dot = s.as_bytes()[at] == b'.' && !s[at + 1..end].starts_with(['.', '!', '?']);
    run_is_one_dot && abbrev::classify(&s[..at]) == Some(Abbrev::Never)
}

/// Whether, from `pos` in piece `i`, whitespace and then a sentence starter follow within the
/// block. A gap between pieces counts as whitespace when it holds any (a soft line break); a
/// gap of pure markup (`**`, a backslash) counts as nothing.
fn starts_sentence(text: &str, block: &[Span], mut i: usize, mut pos: usize) -> bool {
    let mut spaced = false;
    loop {
        let piece = block[i];
        for c in text[pos..piece.end].chars() {
            if !c.is_whitespace() {
                return spaced && is_starter(c);
            }
            spaced = true;
        }
        i += 1;
        let Some(next) = block.get(i) else {
            return false; // the block's end ends the sentence anyway
        };
        spaced |= text[piece.end..next.start].chars().any(char::is_whitespace);
        pos = next.start;
    }
}

fn is_starter(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c)
}

/// Sentences and their pieces, built block by block.
#[derive(Default)]
struct Output {
    sentences: Vec<Sentence>,
    pieces: Vec<Span>,
}

impl Output {
    /// Emits the sentences of one block, cut at `cuts` (sorted offsets).
    fn emit_block(&mut self, text: &str, block: &[Span], cuts: &[usize]) {
        let (Some(first), Some(last)) = (block.first(), block.last()) else {
            return;
        };
        let mut from = first.start;
        let mut next = 0; // first piece not yet wholly emitted
        for &cut in cuts.iter().chain([&last.end]) {
            let first_piece = self.pieces.len();
            while let Some(&p) = block.get(next).filter(|p| p.start < cut) {
                self.pieces
                    .push(Span::new(p.start.max(from), p.end.min(cut)));
                if p.end > cut {
                    break; // the rest of this piece opens the next sentence
                }
                next += 1;
            }
            from = cut;
            self.finish_sentence(text, first_piece);
        }
    }

    /// Trims the pieces pushed since `first` of surrounding whitespace and records them as a
    /// sentence, or drops them if they hold no text.
    fn finish_sentence(&mut self, text: &str, first: usize) {
        let tail = &mut self.pieces[first..];
        let has_text = |p: &Span| !text[p.range()].trim().is_empty();
        let (Some(a), Some(b)) = (
            tail.iter().position(has_text),
            tail.iter().rposition(has_text),
        ) else {
            self.pieces.truncate(first);
            return;
        };
        let head = tail[a];
        tail[a].start = head.end - text[head.range()].trim_start().len();
        let back = tail[b];
        tail[b].end = back.start + text[back.range()].trim_end().len();
        self.pieces.copy_within(first + a..=first + b, first);
        self.pieces.truncate(first + b - a + 1);
        let span = Span::new(self.pieces[first].start, self.pieces[first + b - a].end);
        self.sentences.push(Sentence {
            span,
            pieces: first..self.pieces.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_text_splits_in_parallel_as_in_one_run() {
        // Blocks of two pieces each, one of them cut by a sentence end, over 1 MB.
        let para = "Costs rose 5%. The U.S. share fell. *Markup* here.\n\n";
        let text = para.repeat(PARALLEL_BYTES / para.len() + 2 * BLOCKS_PER_TASK);
        let mut blocks = Blocks::default();
        for (start, _) in text.match_indices(para) {
            let markup = start + para.find("*Markup*").unwrap();
            blocks.push_piece(Span::new(start, markup));
            blocks.push_piece(Span::new(markup + 1, start + para.len() - 2));
            blocks.end_block();
        }
        let (sentences, pieces) = split(&text, &blocks);
        let one = split_blocks(&text, blocks.iter());
        assert!(blocks.iter().count() > 2 * BLOCKS_PER_TASK);
        assert_eq!(sentences, one.sentences);
        assert_eq!(pieces, one.pieces);
        assert_eq!(sentences.len(), 3 * blocks.iter().count());
    }

    /// The sentences of `text` taken as one block with one piece.
    fn sentences(text: &str) -> Vec<&str> {
        let mut blocks = Blocks::default();
        blocks.push_block(Span::new(0, text.len()));
        let (sentences, _) = split(text, &blocks);
        sentences.iter().map(|s| &text[s.span.range()]).collect()
    }

    #[test]
    fn splits_after_terminals_before_starters() {
        assert_eq!(
            sentences("The club won 3-1. Fans cheered! Was it luck? No."),
            ["The club won 3-1.", "Fans cheered!", "Was it luck?", "No."]
        );
        assert_eq!(
            sentences("Rainfall fell 12%. 2024 was drier. “Worst in decades,” he said."),
            [
                "Rainfall fell 12%.",
                "2024 was drier.",
                "“Worst in decades,” he said."
            ]
        );
        assert_eq!(
            sentences("Costs rose. $5bn was cut. (A record.) Then?! Yes."),
            [
                "Costs rose.",
                "$5bn was cut.",
                "(A record.)",
                "Then?!",
                "Yes."
            ]
        );
    }

    #[test]
    fn does_not_split_before_lowercase_or_without_space() {
        assert_eq!(
            sentences("It grew 3.8% in Q2. it did.No space here."),
            ["It grew 3.8% in Q2. it did.No space here."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said “it is over.” The coach left. (She agreed.) ‘Fine.’ Done."),
            [
                "He said “it is over.”",
                "The coach left.",
                "(She agreed.)",
                "‘Fine.’",
                "Done."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        let text = "The U.S. Treasury and the U.K. Office met. Dr. Lee and Mr. Obi spoke. \
                    Prof. Ana Ruiz of St. Mary’s agreed. J. Smith of Acme Inc. Group signed \
                    deal No. 7 vs. Rivals Corp. Holdings on Nov. 3 and Sept. 9, e.g. Monday.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. Treasury and the U.K. Office met.",
                "Dr. Lee and Mr. Obi spoke.",
                "Prof. Ana Ruiz of St. Mary’s agreed.",
                "J. Smith of Acme Inc. Group signed deal No. 7 vs. Rivals Corp. Holdings on \
                 Nov. 3 and Sept. 9, e.g. Monday."
            ]
        );
    }

    #[test]
    fn etc_and_pm_split_only_before_a_new_sentence() {
        assert_eq!(
            sentences("Bring tents, stoves etc. and food. Bring maps etc. Then go."),
            [
                "Bring tents, stoves etc. and food.",
                "Bring maps etc.",
                "Then go."
            ]
        );
        assert_eq!(
            sentences("Polls close at 8 p.m. on Sunday. The count ends at 2 a.m. Results follow."),
            [
                "Polls close at 8 p.m. on Sunday.",
                "The count ends at 2 a.m.",
                "Results follow."
            ]
        );
    }

    #[test]
    fn decimals_and_compounds_never_split() {
        assert_eq!(
            sentences("Inflation hit 3.8% while U.S.-China trade fell 1.5 pp. The E.U. agreed."),
            [
                "Inflation hit 3.8% while U.S.-China trade fell 1.5 pp.",
                "The E.U. agreed."
            ]
        );
    }

    #[test]
    fn unicode_spaces_and_crlf_are_whitespace() {
        assert_eq!(
            sentences("Emissions fell 4\u{202f}%.\u{a0}The target is 55\u{2009}%.\r\nNext year?"),
            [
                "Emissions fell 4\u{202f}%.",
                "The target is 55\u{2009}%.",
                "Next year?"
            ]
        );
    }

    #[test]
    fn sentences_are_trimmed_and_empty_ones_dropped() {
        assert_eq!(sentences("  \u{a0} "), Vec::<&str>::new());
        assert_eq!(
            sentences("  Budget approved.   Vote 12-3.  "),
            ["Budget approved.", "Vote 12-3."]
        );
    }

    #[test]
    fn pieces_are_cut_at_sentence_boundaries() {
        // "Ends. " | "**" | "Bold." | "** " | "Next"  -> two sentences over three pieces.
        let text = "Ends. **Bold.** Next";
        let mut blocks = Blocks::default();
        for (a, b) in [(0, 6), (8, 13), (15, 20)] {
            blocks.push_piece(Span::new(a, b));
        }
        blocks.end_block();
        let (sentences, pieces) = split(text, &blocks);
        let texts: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| {
                pieces[s.pieces.clone()]
                    .iter()
                    .map(|p| &text[p.range()])
                    .collect()
            })
            .collect();
        assert_eq!(texts, [vec!["Ends."], vec!["Bold."], vec!["Next"]]);
        assert_eq!(&text[sentences[1].span.range()], "Bold.");
    }

    #[test]
    fn markup_gaps_without_whitespace_do_not_count_as_space() {
        // "Rose 5%." then "**Next**" glued on: no whitespace, no split.
        let text = "Rose 5%.**Next**";
        let mut blocks = Blocks::default();
        blocks.push_piece(Span::new(0, 8));
        blocks.push_piece(Span::new(10, 14));
        blocks.end_block();
        let (sentences, _) = split(text, &blocks);
        assert_eq!(sentences.len(), 1);
    }

    #[test]
    fn line_ends() {
        assert!(line_ends_sentence("Turnout was 61%.", Some('t')));
        assert!(line_ends_sentence("They said:", Some('“')));
        assert!(line_ends_sentence("“Is it over?”", Some('N')));
        assert!(!line_ends_sentence("talks with the U.S.", Some('T')));
        assert!(!line_ends_sentence("met Dr.", Some('A')));
        assert!(line_ends_sentence("fruit, nuts etc.", Some('T')));
        assert!(!line_ends_sentence("fruit, nuts etc.", Some('a')));
        assert!(!line_ends_sentence("The budget rose by", Some('f')));
    }
}
