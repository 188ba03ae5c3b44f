//! The document stage as a spec: whole texts in, sentences, pieces and dates out.

use super::*;
use jiff::civil::date;

fn parse(text: &str, format: Format, opts: &DocOptions) -> Document {
    Document::parse_as("test", text.to_string(), format, opts)
        .unwrap_or_else(|e| panic!("parse failed: {e}"))
}

/// The sentence texts of a plain-text string.
fn sentences(text: &str) -> Vec<String> {
    let doc = parse(text, Format::Text, &DocOptions::default());
    doc.sentence_texts().map(str::to_string).collect()
}

/// The prose pieces of each sentence of a Markdown string.
fn md_pieces(text: &str) -> Vec<Vec<String>> {
    let doc = parse(text, Format::Markdown, &DocOptions::default());
    doc.sentences
        .iter()
        .map(|s| {
            doc.sentence_pieces(s)
                .iter()
                .map(|p| doc.slice(*p).to_string())
                .collect()
        })
        .collect()
}

/// The sentence texts of a Markdown string, pieces joined.
fn md_sentences(text: &str) -> Vec<String> {
    md_pieces(text).into_iter().map(|p| p.concat()).collect()
}

/// Spans hold together: sentences in order and disjoint, pieces inside their sentence, in
/// order, on character boundaries, and the first and last piece flush with the sentence.
fn assert_well_formed(doc: &Document) {
    let mut prev_end = 0;
    for s in &doc.sentences {
        assert!(
            prev_end <= s.span.start && s.span.start < s.span.end,
            "{s:?}"
        );
        let pieces = doc.sentence_pieces(s);
        assert_eq!(pieces.first().map(|p| p.start), Some(s.span.start));
        assert_eq!(pieces.last().map(|p| p.end), Some(s.span.end));
        let mut at = s.span.start;
        for p in pieces {
            assert!(
                at <= p.start && p.start < p.end && s.span.contains(*p),
                "{p:?} in {s:?}"
            );
            assert!(
                doc.text.get(p.range()).is_some(),
                "{p:?} is not on char boundaries"
            );
            at = p.end;
        }
        prev_end = s.span.end;
    }
}

mod plain_text {
    use super::*;

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "The U.S. and the E.U. agreed a levy on Jan. 5. Dr. Osei of Accra Ltd. \
                 Holdings backed it. Critics, e.g. Ms. Park, did not."
            ),
            [
                "The U.S. and the E.U. agreed a levy on Jan. 5.",
                "Dr. Osei of Accra Ltd. Holdings backed it.",
                "Critics, e.g. Ms. Park, did not."
            ]
        );
    }

    #[test]
    fn decimals_and_hyphenated_abbreviations_do_not_split() {
        assert_eq!(
            sentences(
                "Sea level rose 3.8 mm a year. U.S.-Canada talks resume at 10.30 a.m. today."
            ),
            [
                "Sea level rose 3.8 mm a year.",
                "U.S.-Canada talks resume at 10.30 a.m. today."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        assert_eq!(
            sentences("“We won 2–0,” said the coach. “Next season?” Nobody knew. 'Yes.' \"No.\""),
            [
                "“We won 2–0,” said the coach.",
                "“Next season?”",
                "Nobody knew.",
                "'Yes.'",
                "\"No.\""
            ]
        );
    }

    #[test]
    fn crlf_nbsp_and_thin_spaces() {
        let text = "Budget 2026\r\n\r\nSpending rises to €1\u{202f}200\u{a0}bn.\u{a0}Taxes \
                    rise\r\nby 2\u{2009}%.\r\n";
        assert_eq!(
            sentences(text),
            [
                "Budget 2026",
                "Spending rises to €1\u{202f}200\u{a0}bn.",
                "Taxes rise\r\nby 2\u{2009}%."
            ]
        );
    }

    #[test]
    fn headings_stand_alone_and_wrapped_lines_continue() {
        let text = "Glacier Report\n\
                    The Rhône glacier lost 2.5% of its ice in 2024, researchers at\n\
                    ETH Zurich said, and a further 1.1% is expected to melt\n\
                    this summer.\n\
                    Outlook\n\
                    Losses will continue.";
        assert_eq!(
            sentences(text),
            [
                "Glacier Report",
                "The Rhône glacier lost 2.5% of its ice in 2024, researchers at\nETH Zurich \
                 said, and a further 1.1% is expected to melt\nthis summer.",
                "Outlook",
                "Losses will continue."
            ]
        );
    }

    #[test]
    fn each_sentence_has_one_piece_equal_to_it() {
        let doc = parse(
            "  Goals: 3. Assists: 5.  \n",
            Format::Text,
            &DocOptions::default(),
        );
        assert_well_formed(&doc);
        assert_eq!(doc.pieces.len(), 2);
        assert_eq!(doc.sentences[1].pieces, 1..2);
    }

    #[test]
    fn a_bom_is_kept_in_the_text_but_is_not_prose() {
        let doc = parse(
            "\u{feff}Rates held at 4%.",
            Format::Text,
            &DocOptions::default(),
        );
        assert!(doc.text.starts_with('\u{feff}'));
        assert_eq!(doc.sentences[0].span, Span::new(3, 20));
        assert_eq!(doc.line_col(3), (1, 2));
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences("\n \r\n\u{a0}\n").is_empty());
    }
}

mod markdown_text {
    use super::*;

    #[test]
    fn code_html_comments_and_urls_are_not_prose() {
        let text = "Turnout was 61% <!-- 59%? --> in `district 9`, see \
                    [results](https://vote.example/2025?d=9).\n\n```\nseats = 120\n```\n";
        assert_eq!(
            md_pieces(text),
            [vec!["Turnout was 61% ", " in ", ", see ", "results", "."]]
        );
    }

    #[test]
    fn emphasis_pieces_are_exact_and_sentences_cross_them() {
        let text = "The deficit fell to **£31bn**. *Borrowing* rose 2.1%.";
        assert_eq!(
            md_pieces(text),
            [
                vec!["The deficit fell to ", "£31bn", "."],
                vec!["Borrowing", " rose 2.1%."]
            ]
        );
        let doc = parse(text, Format::Markdown, &DocOptions::default());
        assert_well_formed(&doc);
        assert_eq!(
            doc.slice(doc.sentences[0].span),
            "The deficit fell to **£31bn**."
        );
    }

    #[test]
    fn escaped_dollars_are_exact() {
        let text = "Tickets cost \\$45. Parking is \\$12.";
        let doc = parse(text, Format::Markdown, &DocOptions::default());
        assert_well_formed(&doc);
        assert_eq!(md_sentences(text), ["Tickets cost $45.", "Parking is $12."]);
        assert_eq!(doc.slice(doc.pieces[1]), "$45.");
    }

    #[test]
    fn headings_and_list_items_are_their_own_blocks() {
        let text =
            "## Results\nCity won\n\n* Goals: 4\n* Shots: 17\n\n1. First half\n2. Second half\n";
        assert_eq!(
            md_sentences(text),
            [
                "Results",
                "City won",
                "Goals: 4",
                "Shots: 17",
                "First half",
                "Second half"
            ]
        );
    }

    #[test]
    fn soft_breaks_join_and_split_like_spaces() {
        let text = "Rainfall was 20% below\naverage. The drought\nwent on.";
        assert_eq!(
            md_sentences(text),
            ["Rainfall was 20% belowaverage.", "The droughtwent on."]
        );
        let doc = parse(text, Format::Markdown, &DocOptions::default());
        assert_eq!(doc.slice(doc.sentences[1].span), "The drought\nwent on.");
    }

    #[test]
    fn front_matter_is_not_prose() {
        let text = "---\ntitle: Derby day\ndate: 2025-04-12\n---\n# Derby day\n\nA 2-2 draw.\n";
        let doc = parse(text, Format::Markdown, &DocOptions::default());
        assert_eq!(
            doc.sentence_texts().collect::<Vec<_>>(),
            ["Derby day", "A 2-2 draw."]
        );
        assert_eq!(doc.front_matter, Some(Span::new(0, 42)));
        assert_eq!(doc.title.as_deref(), Some("Derby day"));
    }
}

mod dates {
    use super::*;

    const ARTICLE: &str = "Wind farms beat coal for the first time\n\
        Offshore output rose 18% as new turbines came online.\n\
        A turbine off the coast of Norfolk / Energy Desk\n\
        November 3, 2025\n\n\
        Britain's wind farms generated more power than coal last year.\n";

    #[test]
    fn front_matter_gives_date_title_and_metadata() {
        let text = "---\r\ntitle: Spring budget\r\ndate: 2026-03-18T12:30:00+00:00\r\n\
                    author: Treasury desk\r\nsections: [tax, spending]\r\n---\r\nVAT stays at 20%.";
        let doc = parse(
            text,
            Format::Text,
            &DocOptions {
                date: Some(date(2026, 1, 1)),
            },
        );
        assert_eq!(doc.date, Some(date(2026, 3, 18)));
        assert_eq!(doc.date_source, Some(DateSource::FrontMatter));
        assert_eq!(doc.title.as_deref(), Some("Spring budget"));
        assert_eq!(
            serde_json::to_value(&doc.metadata).ok(),
            Some(serde_json::json!({"author": "Treasury desk", "sections": ["tax", "spending"]}))
        );
        assert_eq!(
            doc.sentence_texts().collect::<Vec<_>>(),
            ["VAT stays at 20%."]
        );
    }

    #[test]
    fn the_dateline_is_found_on_line_four() {
        let doc = parse(ARTICLE, Format::Text, &DocOptions::default());
        assert_eq!(doc.date, Some(date(2025, 11, 3)));
        assert_eq!(doc.date_source, Some(DateSource::Dateline));
        let span = doc.dateline.unwrap_or_else(|| panic!("no dateline span"));
        assert_eq!(doc.slice(span), "November 3, 2025");
        assert_eq!(doc.line_col(span.start), (4, 1));
    }

    #[test]
    fn a_given_date_beats_the_dateline() {
        let doc = parse(
            ARTICLE,
            Format::Text,
            &DocOptions {
                date: Some(date(2025, 11, 4)),
            },
        );
        assert_eq!(doc.date, Some(date(2025, 11, 4)));
        assert_eq!(doc.date_source, Some(DateSource::Given));
        assert_eq!(doc.dateline, None);
    }

    #[test]
    fn a_date_without_a_year_is_not_guessed() {
        let text = "LONDON, Nov 3 (Reuters) - Grain prices rose 4% on Monday.\n";
        let doc = parse(text, Format::Text, &DocOptions::default());
        assert_eq!((doc.date, doc.date_source), (None, None));
    }

    #[test]
    fn a_dateline_in_markdown_must_be_prose() {
        let code = "```\n2025-11-03\n```\n\nThe marathon had 41,000 finishers.\n";
        assert_eq!(
            parse(code, Format::Markdown, &DocOptions::default()).date,
            None
        );
        let emphasised = "# Marathon\n\n*Nov. 3, 2025*\n\nThe race had 41,000 finishers.\n";
        let doc = parse(emphasised, Format::Markdown, &DocOptions::default());
        assert_eq!(doc.date, Some(date(2025, 11, 3)));
    }

    #[test]
    fn bad_front_matter_is_an_error_at_its_line() {
        let text = "---\ntitle: Match report\nscore: [3, 1\nvenue: Anfield\n---\nText.";
        let err = Document::parse_as(
            "match.md",
            text.to_string(),
            Format::Markdown,
            &DocOptions::default(),
        );
        match err {
            // The unclosed list on line 3 is noticed at the next key, on line 4.
            Err(e @ DocumentError::FrontMatter { line: 4, .. }) => {
                assert_eq!(
                    e.to_string(),
                    "match.md:4:6: the front matter is not valid YAML: did not find expected \
                     ',' or ']'."
                );
            }
            other => panic!("expected a front matter error, got {other:?}"),
        }
    }

    #[test]
    fn a_bad_front_matter_date_is_an_error_naming_it() {
        let text = "\u{feff}---\ntitle: x\ndate: 03/11/2025\n---\nText.";
        match Document::parse("notes.txt", text.to_string(), &DocOptions::default()) {
            Err(
                e @ DocumentError::FrontMatterDate {
                    line: 3, column: 1, ..
                },
            ) => {
                assert_eq!(
                    e.to_string(),
                    "notes.txt:3:1: the front matter date \"03/11/2025\" is not a date."
                );
            }
            other => panic!("expected a front matter date error, got {other:?}"),
        }
    }
}

mod seeds {
    use super::*;
    use std::path::Path;

    fn seed_docs() -> Vec<Document> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        assert!(paths.len() >= 5, "expected the seed articles in seeds/");
        paths
            .iter()
            .map(|p| {
                let text =
                    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                Document::parse(p.display().to_string(), text, &DocOptions::default())
                    .unwrap_or_else(|e| panic!("{e}"))
            })
            .collect()
    }

    #[test]
    fn every_seed_parses_into_well_formed_sentences() {
        for doc in seed_docs() {
            assert_well_formed(&doc);
            assert!(
                doc.sentences.len() >= 10,
                "{}: {}",
                doc.path,
                doc.sentences.len()
            );
        }
    }

    #[test]
    fn seed_002_takes_its_dateline() {
        let docs = seed_docs();
        let Some(doc) = docs.iter().find(|d| d.path.contains("002_")) else {
            panic!("seed 002 is missing");
        };
        assert_eq!(doc.date, Some(date(2025, 11, 3)));
        assert_eq!(doc.date_source, Some(DateSource::Dateline));
        let texts: Vec<&str> = doc.sentence_texts().collect();
        assert_eq!(
            texts[..3],
            [
                "Russia says PM Mishustin's visit to China 'very important' amid regional tensions",
                "The visit aims to deepen cooperation with Beijing in energy, industry, and \
                 technology, highlighting Moscow's reliance on China under its \"no limits\" \
                 partnership.",
                "Mishustin's talks in China were expected to focus on trade and economic ties, \
                 transport and industrial cooperation. / Reuters",
            ]
        );
    }

    #[test]
    fn no_seed_splits_an_abbreviation() {
        let mut seen = 0;
        for doc in seed_docs() {
            for s in &doc.sentences {
                let text = doc.slice(s.span);
                for abbr in ["U.S.", "Mr."] {
                    seen += text.matches(abbr).count();
                    assert!(
                        !text.ends_with(abbr),
                        "{}: split after {abbr}: {text}",
                        doc.path
                    );
                }
                assert!(!text.starts_with("S. "), "{}: {text}", doc.path);
            }
        }
        assert!(
            seen >= 6,
            "the seeds mention U.S. and Mr. several times; saw {seen}"
        );
    }

    #[test]
    fn seeds_without_a_printed_date_have_none() {
        for doc in seed_docs().iter().filter(|d| !d.path.contains("002_")) {
            assert_eq!(doc.date, None, "{}", doc.path);
        }
    }
}

mod any_input {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_spans_hold(text in "(?s)[-a-zA-Z0-9 .!?:*_`#>\\[\\]()<>\"'“”’\u{a0}\u{feff}\r\n\\\\|&;$%]{0,200}") {
            for format in [Format::Text, Format::Markdown] {
                if let Ok(doc) = Document::parse_as("p", text.clone(), format, &DocOptions::default()) {
                    assert_well_formed(&doc);
                }
            }
        }
    }
}

#[test]
fn comments_are_recorded_with_their_inner_text() {
    let md = parse(
        "---\ndate: 2024-01-01\n---\nA <!-- factlint-disable --> b.\n",
        Format::Markdown,
        &DocOptions::default(),
    );
    let inner: Vec<&str> = md.comments.iter().map(|c| md.comment_text(*c)).collect();
    assert_eq!(inner, [" factlint-disable "]);
    let txt = parse(
        "Intro.\n# factlint-disable-file\n# Heading\n",
        Format::Text,
        &DocOptions::default(),
    );
    let inner: Vec<&str> = txt.comments.iter().map(|c| txt.comment_text(*c)).collect();
    assert_eq!(inner, [" factlint-disable-file"]);
    assert_eq!(
        txt.sentence_texts().collect::<Vec<_>>(),
        ["Intro.", "# Heading"]
    );
}
