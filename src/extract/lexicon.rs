//! Word tables: number words, scale words, hedges, change directions and months.
//!
//! Each hedge's or direction's meaning is one row here, not code scattered through the
//! extractor. Words are lower-case and matched as whole tokens; multi-word entries are token
//! sequences ("more than", "in excess of").

use crate::claim::{Direction, Hedge};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// Number words and their values. Tens combine with units ("twenty-one").
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

pub fn number_word(w: &str) -> Option<u32> {
    // Every number word starts with one of these letters: most words stop here.
    if !matches!(
        w.as_bytes().first(),
        Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n')
    ) {
        return None;
    }
    static INDEX: LazyLock<FxHashMap<&str, u32>> = LazyLock::new(|| index(NUMBER_WORDS));
    INDEX.get(w).copied()
}

/// A hash set over a word list, built on first use: membership tests run at every figure.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident = $table:ident) => {
        $(#[$doc])*
        pub static $name: LazyLock<FxHashSet<&'static str>> =
            LazyLock::new(|| $table.iter().copied().collect());
    };
}

word_set!(LABELS = LABEL_WORDS);
word_set!(FUNCTION = FUNCTION_WORDS);
word_set!(DIRECTION_FILLER = DIRECTION_FILLERS);
word_set!(DIRECTION_NOUN_FILLER = DIRECTION_NOUN_FILLERS);
word_set!(NOUN_STOP_WORD = NOUN_STOP);

/// A hash index over a word table, built once: look-ups run at every token.
fn index<V: Copy>(table: &[(&'static str, V)]) -> FxHashMap<&'static str, V> {
    let mut map = FxHashMap::default();
    for &(k, v) in table {
        map.entry(k).or_insert(v);
    }
    map
}

/// How a scale word may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleUse {
    /// A word: "million", "dozen". Always a scale.
    Word,
    /// An abbreviation that is unambiguous: "bn", "mn", "tn".
    Abbrev,
    /// An abbreviation that is a scale only after a currency ("$5m", "$3b"); elsewhere it
    /// may be a unit ("5m" is five metres).
    AfterCurrency,
}

/// Scale words. Matching is case-sensitive for one-letter abbreviations (see `scale_word`).
pub const SCALES: &[(&str, f64, ScaleUse)] = &[
    ("hundred", 1e2, ScaleUse::Word),
    ("thousand", 1e3, ScaleUse::Word),
    ("million", 1e6, ScaleUse::Word),
    ("billion", 1e9, ScaleUse::Word),
    ("trillion", 1e12, ScaleUse::Word),
    ("lakh", 1e5, ScaleUse::Word),
    ("lakhs", 1e5, ScaleUse::Word),
    ("crore", 1e7, ScaleUse::Word),
    ("crores", 1e7, ScaleUse::Word),
    ("dozen", 12.0, ScaleUse::Word),
    ("k", 1e3, ScaleUse::Abbrev),
    ("K", 1e3, ScaleUse::Abbrev),
    ("mn", 1e6, ScaleUse::Abbrev),
    ("mln", 1e6, ScaleUse::Abbrev),
    ("mio", 1e6, ScaleUse::Abbrev),
    ("M", 1e6, ScaleUse::Abbrev),
    ("bn", 1e9, ScaleUse::Abbrev),
    ("bln", 1e9, ScaleUse::Abbrev),
    ("tn", 1e12, ScaleUse::Abbrev),
    ("trn", 1e12, ScaleUse::Abbrev),
    ("tln", 1e12, ScaleUse::Abbrev),
    ("m", 1e6, ScaleUse::AfterCurrency),
    ("b", 1e9, ScaleUse::AfterCurrency),
    ("B", 1e9, ScaleUse::AfterCurrency),
    ("T", 1e12, ScaleUse::AfterCurrency),
    ("tr", 1e12, ScaleUse::AfterCurrency),
];

/// The scale named by `raw` (original case) / `low` (lower case).
pub fn scale_word(raw: &str, low: &str) -> Option<(f64, ScaleUse)> {
    // Every spelling that can match lower-cases to `low`: index the table by lower case,
    // keeping its order, so a look-up is one probe (most words are no scale at all).
    type ByLower = FxHashMap<String, Vec<(&'static str, f64, ScaleUse)>>;
    static BY_LOWER: LazyLock<ByLower> = LazyLock::new(|| {
        let mut map = ByLower::default();
        for &row in SCALES {
            map.entry(row.0.to_ascii_lowercase()).or_default().push(row);
        }
        map
    });
    BY_LOWER.get(low)?.iter().find_map(|&(w, v, u)| {
        let hit = if u == ScaleUse::Word {
            w == low
        } else {
            w == raw || (w.len() > 1 && w == low)
        };
        hit.then_some((v, u))
    })
}

/// Hedges written before a figure, longest first within each hedge.
pub const HEDGES_BEFORE: &[(&[&str], Hedge)] = &[
    (&["about"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["approx", "."], Hedge::About),
    (&["around"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["an", "estimated"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["~"], Hedge::About),
    (&["nearly"], Hedge::Nearly),
    (&["almost"], Hedge::Nearly),
    (&["just", "under"], Hedge::Nearly),
    (&["just", "below"], Hedge::Nearly),
    (&["just", "shy", "of"], Hedge::Nearly),
    (&["close", "to"], Hedge::Nearly),
    (&["not", "quite"], Hedge::Nearly),
    (&["more", "than"], Hedge::MoreThan),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["upward", "of"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    (&["just", "above"], Hedge::MoreThan),
    (&["well", "over"], Hedge::MoreThan),
    (&["well", "above"], Hedge::MoreThan),
    (&["at", "least"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["less", "than"], Hedge::LessThan),
    (&["fewer", "than"], Hedge::LessThan),
    (&["under"], Hedge::LessThan),
    (&["below"], Hedge::LessThan),
    (&["up", "to"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["as", "much", "as"], Hedge::UpTo),
    (&["as", "high", "as"], Hedge::UpTo),
    (&["at", "most"], Hedge::UpTo),
    (&["no", "more", "than"], Hedge::UpTo),
    (&["not", "more", "than"], Hedge::UpTo),
    (&["a", "maximum", "of"], Hedge::UpTo),
    (&["exactly"], Hedge::Exactly),
    (&["precisely"], Hedge::Exactly),
];

/// The longest hedge ending just before token `end`: (hedge, its first token). Hedges are
/// indexed by their last word, built once: this runs for every figure.
pub fn hedge_ending_at(t: &super::token::Tokens, end: usize) -> Option<(Hedge, usize)> {
    type ByLast = FxHashMap<&'static str, Vec<(&'static [&'static str], Hedge)>>;
    static BY_LAST: LazyLock<ByLast> = LazyLock::new(|| {
        let mut map = ByLast::default();
        for &(words, hedge) in HEDGES_BEFORE {
            if let Some(last) = words.last() {
                map.entry(*last).or_default().push((words, hedge));
            }
        }
        map
    });
    let last = t.low(end.checked_sub(1)?);
    BY_LAST
        .get(last)?
        .iter()
        .filter_map(|(words, hedge)| t.matches_before(end, words).map(|s| (*hedge, s)))
        .min_by_key(|&(_, s)| s)
}

/// Is this word the last word of some hedge ("than", "about", "least")?
pub fn ends_a_hedge(w: &str) -> bool {
    HEDGES_BEFORE
        .iter()
        .any(|(words, _)| words.last() == Some(&w))
}

/// Hedges written after a figure ("200 or more", "20-plus", "500+").
pub const HEDGES_AFTER: &[(&[&str], Hedge)] = &[
    (&["or", "more"], Hedge::AtLeast),
    (&["or", "above"], Hedge::AtLeast),
    (&["or", "higher"], Hedge::AtLeast),
    (&["-", "plus"], Hedge::AtLeast),
    (&["+"], Hedge::AtLeast),
    (&["or", "so"], Hedge::About),
    (&["or", "less"], Hedge::UpTo),
    (&["or", "fewer"], Hedge::UpTo),
    (&["or", "lower"], Hedge::UpTo),
];

/// How a hedge reshapes a figure's interval; see docs/extraction.md.
pub mod hedge_rule {
    /// "about": the written precision, widened to at least this share of the value each side.
    pub const ABOUT_SHARE: f64 = 0.05;
    /// "nearly": from this share below the value up to (not including) the value.
    pub const NEARLY_SHARE: f64 = 0.10;
}

/// Verbs and adverbs that put a direction on the figure after them ("fell 21%", "up 18%").
pub const DIRECTION_BEFORE: &[(&str, Direction)] = &[
    ("up", Direction::Up),
    ("rose", Direction::Up),
    ("rise", Direction::Up),
    ("rises", Direction::Up),
    ("risen", Direction::Up),
    ("rising", Direction::Up),
    ("increased", Direction::Up),
    ("increase", Direction::Up),
    ("increases", Direction::Up),
    ("increasing", Direction::Up),
    ("grew", Direction::Up),
    ("grow", Direction::Up),
    ("grows", Direction::Up),
    ("grown", Direction::Up),
    ("growing", Direction::Up),
    ("gained", Direction::Up),
    ("gain", Direction::Up),
    ("gains", Direction::Up),
    ("climbed", Direction::Up),
    ("climb", Direction::Up),
    ("climbs", Direction::Up),
    ("jumped", Direction::Up),
    ("jump", Direction::Up),
    ("jumps", Direction::Up),
    ("surged", Direction::Up),
    ("surge", Direction::Up),
    ("surges", Direction::Up),
    ("soared", Direction::Up),
    ("soars", Direction::Up),
    ("rocketed", Direction::Up),
    ("leapt", Direction::Up),
    ("leaped", Direction::Up),
    ("leaps", Direction::Up),
    ("advanced", Direction::Up),
    ("expanded", Direction::Up),
    ("expands", Direction::Up),
    ("boosted", Direction::Up),
    ("raised", Direction::Up),
    ("raises", Direction::Up),
    ("higher", Direction::Up),
    ("accelerated", Direction::Up),
    ("spiked", Direction::Up),
    ("rebounded", Direction::Up),
    ("widened", Direction::Up),
    ("down", Direction::Down),
    ("fell", Direction::Down),
    ("fall", Direction::Down),
    ("falls", Direction::Down),
    ("fallen", Direction::Down),
    ("falling", Direction::Down),
    ("dropped", Direction::Down),
    ("drop", Direction::Down),
    ("drops", Direction::Down),
    ("declined", Direction::Down),
    ("decline", Direction::Down),
    ("declines", Direction::Down),
    ("decreased", Direction::Down),
    ("decrease", Direction::Down),
    ("decreases", Direction::Down),
    ("shrank", Direction::Down),
    ("shrink", Direction::Down),
    ("shrinks", Direction::Down),
    ("shrunk", Direction::Down),
    ("slumped", Direction::Down),
    ("slumps", Direction::Down),
    ("plunged", Direction::Down),
    ("plunges", Direction::Down),
    ("tumbled", Direction::Down),
    ("tumbles", Direction::Down),
    ("slid", Direction::Down),
    ("slides", Direction::Down),
    ("sank", Direction::Down),
    ("sinks", Direction::Down),
    ("dipped", Direction::Down),
    ("dips", Direction::Down),
    ("cut", Direction::Down),
    ("cuts", Direction::Down),
    ("lost", Direction::Down),
    ("loses", Direction::Down),
    ("plummeted", Direction::Down),
    ("contracted", Direction::Down),
    ("contracts", Direction::Down),
    ("retreated", Direction::Down),
    ("slipped", Direction::Down),
    ("slips", Direction::Down),
    ("eased", Direction::Down),
    ("reduced", Direction::Down),
    ("reduce", Direction::Down),
    ("lower", Direction::Down),
    ("shed", Direction::Down),
    ("sheds", Direction::Down),
    ("slowed", Direction::Down),
    ("narrowed", Direction::Down),
    ("lowered", Direction::Down),
    ("trimmed", Direction::Down),
    ("downgraded", Direction::Down),
    ("crashed", Direction::Down),
    ("sagged", Direction::Down),
];

/// Nouns that put a direction on the figure before them ("a 21% drop", "3.8 percent rise"),
/// or on the figure after "of" ("a rise of 5%").
pub const DIRECTION_NOUNS: &[(&str, Direction)] = &[
    ("rise", Direction::Up),
    ("increase", Direction::Up),
    ("gain", Direction::Up),
    ("jump", Direction::Up),
    ("growth", Direction::Up),
    ("surge", Direction::Up),
    ("hike", Direction::Up),
    ("boost", Direction::Up),
    ("expansion", Direction::Up),
    ("uptick", Direction::Up),
    ("climb", Direction::Up),
    ("advance", Direction::Up),
    ("upswing", Direction::Up),
    ("increment", Direction::Up),
    ("drop", Direction::Down),
    ("decline", Direction::Down),
    ("fall", Direction::Down),
    ("decrease", Direction::Down),
    ("contraction", Direction::Down),
    ("slump", Direction::Down),
    ("plunge", Direction::Down),
    ("cut", Direction::Down),
    ("loss", Direction::Down),
    ("reduction", Direction::Down),
    ("dip", Direction::Down),
    ("slide", Direction::Down),
    ("downturn", Direction::Down),
    ("shrinkage", Direction::Down),
    ("slowdown", Direction::Down),
    ("tumble", Direction::Down),
    ("retreat", Direction::Down),
    ("reduction", Direction::Down),
];

/// Words that may sit between a direction verb and its figure ("fell by a staggering 21%").
pub const DIRECTION_FILLERS: &[&str] = &[
    "by",
    "a",
    "an",
    "another",
    "further",
    "staggering",
    "whopping",
    "massive",
    "record",
    "additional",
    "extra",
    "sharp",
    "steep",
    "modest",
    "healthy",
    "robust",
    "some",
    "almost",
    "nearly",
    "about",
    "around",
    "roughly",
    "approximately",
    "more",
    "than",
    "over",
    "just",
    "only",
    "as",
    "much",
    "many",
    "at",
    "least",
    "estimated",
    "respectively",
    "average",
    "total",
    "of",
    "no",
    "less",
    "fewer",
    "well",
];

/// Words allowed between a figure and a direction noun ("a 5% year-on-year rise").
pub const DIRECTION_NOUN_FILLERS: &[&str] = &[
    "year",
    "on",
    "-",
    "over",
    "annual",
    "annualised",
    "annualized",
    "yearly",
    "monthly",
    "quarterly",
    "weekly",
    "daily",
    "sharp",
    "steep",
    "modest",
    "further",
    "sequential",
    "y",
    "/",
    "price",
    "sales",
    "real",
    "nominal",
    "pay",
    "wage",
    "salary",
    "rent",
    "tax",
    "fare",
    "rate",
    "interest",
    "tariff",
    "budget",
    "spending",
    "funding",
    "headcount",
    "output",
];

pub fn direction_before(w: &str) -> Option<Direction> {
    static INDEX: LazyLock<FxHashMap<&str, Direction>> = LazyLock::new(|| index(DIRECTION_BEFORE));
    INDEX.get(w).copied()
}

pub fn direction_noun(w: &str) -> Option<Direction> {
    static INDEX: LazyLock<FxHashMap<&str, Direction>> = LazyLock::new(|| index(DIRECTION_NOUNS));
    let singular = w.strip_suffix('s').filter(|s| s.len() > 3).unwrap_or(w);
    INDEX.get(w).or_else(|| INDEX.get(singular)).copied()
}

/// Nouns whose "of" names a level, not a change: "a loss of £89m".
pub const LEVEL_NOUNS: &[&str] = &["loss", "cut"];

/// Month names and abbreviations (lower case) with their number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

pub fn month(w: &str) -> Option<u8> {
    static INDEX: LazyLock<FxHashMap<&str, u8>> = LazyLock::new(|| index(MONTHS));
    INDEX.get(w).copied()
}

/// Ordinal words used for quarters and halves ("the third quarter").
pub const ORDINAL_WORDS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
];

pub fn ordinal_word(w: &str) -> Option<u8> {
    static INDEX: LazyLock<FxHashMap<&str, u8>> = LazyLock::new(|| index(ORDINAL_WORDS));
    INDEX.get(w).copied()
}

/// Words that begin a time expression by themselves ("last year", "fiscal 2025", "Q3").
pub const PERIOD_WORDS: &[&str] = &[
    "last", "this", "next", "past", "year", "fiscal", "fy", "q", "h",
];

/// Words that begin a time expression when a period word follows ("the previous year",
/// "a year earlier").
pub const PERIOD_LEADS: &[&str] = &["the", "a"];

/// Words that stand for a number before a scale word ("a million", "half a billion").
pub const NUMBER_ARTICLES: &[&str] = &["a", "an", "half", "quarter"];

/// Can a figure or a time expression start at this lower-cased word? Only number words,
/// months, ordinals and the three lists above can: the tokenizer asks once per word, so the
/// parsers' gates pass over every other word without a look-up of their own.
pub fn is_starter(w: &str) -> bool {
    static STARTERS: LazyLock<WordSet> = LazyLock::new(|| {
        let numbers = NUMBER_WORDS.iter().map(|&(w, _)| w);
        let months = MONTHS.iter().map(|&(w, _)| w);
        let ordinals = ORDINAL_WORDS.iter().map(|&(w, _)| w);
        let lists = [PERIOD_WORDS, PERIOD_LEADS, NUMBER_ARTICLES]
            .into_iter()
            .flatten();
        WordSet::new(numbers.chain(months).chain(ordinals).chain(lists.copied()))
    });
    STARTERS.contains(w)
}

/// The words a figure may start with, or needs, when no digit is written: number words
/// ("three"), "half" and "quarter", and scale words ("a million", "a dozen"); see
/// `figure::could_start`. A sentence without a digit or one of these holds no figure.
pub fn figure_words() -> impl Iterator<Item = &'static str> {
    let numbers = NUMBER_WORDS.iter().map(|&(w, _)| w);
    let scales = SCALES
        .iter()
        .filter(|&&(_, _, used)| used == ScaleUse::Word)
        .map(|&(w, _, _)| w);
    numbers.chain(scales).chain(["half", "quarter"])
}

/// A set of lower-cased words asked about every word of the text, most of which are not in
/// it: the lengths of the words that begin with each byte turn most of them away unhashed.
struct WordSet {
    lengths_by_first: [u16; 256],
    words: FxHashSet<&'static str>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut set = WordSet {
            lengths_by_first: [0; 256],
            words: FxHashSet::default(),
        };
        for w in words {
            assert!((1..16).contains(&w.len()), "word {w:?}: 1 to 15 bytes");
            set.lengths_by_first[usize::from(w.as_bytes()[0])] |= 1 << w.len();
            set.words.insert(w);
        }
        set
    }

    fn contains(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else {
            return false;
        };
        let length_seen =
            w.len() < 16 && self.lengths_by_first[usize::from(first)] >> w.len() & 1 == 1;
        length_seen && self.words.contains(w)
    }
}

/// Words after which a capitalised word followed by a number is not a name ("In 2024").
pub const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "by", "for", "of", "to", "from", "and", "or", "but", "the", "a", "an",
    "with", "since", "until", "about", "around", "some", "nearly", "almost", "over", "under",
    "than", "between", "about", "only", "just", "all", "its", "their", "our", "his", "her", "this",
    "that", "these", "those", "last", "next", "every", "each", "per", "while", "when",
];

/// Words after a number that say it is a sports score or a tally, not an amount ("a 3-1 win").
pub const SCORE_WORDS: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "draw",
    "loss",
    "lead",
    "scoreline",
    "aggregate",
    "home",
    "away",
    "thrashing",
    "triumph",
    "upset",
    "rout",
    "comeback",
];

/// Verbs before a score ("won 3-1", "beat them 2-0").
pub const SCORE_VERBS: &[&str] = &[
    "won", "beat", "lost", "drew", "defeated", "trailed", "trailing", "led", "leading", "edged",
    "thrashed", "routed", "downed", "winning", "losing", "ended",
];

/// Words that, right before a number, make it a name or label ("No. 5", "Chapter 11").
pub const LABEL_WORDS: &[&str] = &[
    "no",
    "number",
    "chapter",
    "section",
    "article",
    "clause",
    "paragraph",
    "page",
    "pages",
    "figure",
    "fig",
    "table",
    "room",
    "gate",
    "flight",
    "route",
    "highway",
    "interstate",
    "level",
    "grade",
    "phase",
    "stage",
    "round",
    "episode",
    "season",
    "volume",
    "vol",
    "issue",
    "version",
    "v",
    "model",
    "type",
    "class",
    "category",
    "line",
    "platform",
    "terminal",
    "lane",
    "apartment",
    "suite",
    "unit",
    "block",
    "district",
    "ward",
    "zone",
    "item",
    "step",
    "game",
    "match",
    "race",
    "lap",
    "hole",
    "act",
    "scene",
    "tier",
    "band",
    "rule",
    "resolution",
    "amendment",
    "directive",
    "regulation",
    "call",
    "dial",
    "text",
    "phone",
    "telephone",
    "fax",
    "hotline",
    "helpline",
    "tel",
    "extension",
    "ext",
];

/// Words that end a noun phrase after a figure.
pub const NOUN_STOP: &[&str] = &[
    "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "or", "but", "the", "a",
    "an", "that", "which", "who", "whom", "whose", "were", "was", "are", "is", "be", "been",
    "have", "has", "had", "will", "would", "could", "should", "can", "may", "might", "must",
    "than", "per", "each", "this", "these", "those", "their", "its", "as", "into", "over", "under",
    "last", "this", "year", "years", "ago", "earlier", "more", "less", "so", "while", "when",
    "between", "across", "after", "before", "since", "during", "compared", "did", "do", "does",
    "not", "also", "just", "only", "about", "around", "up", "down", "there", "then",
];
