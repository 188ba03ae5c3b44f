//! A deterministic generator of article-like news prose, for benchmarks and load tests.
//!
//! It is shared by `benches/extract.rs`, `benches/check.rs` and `examples/gen_corpus.rs`, which
//! include this file with `#[path]`, so it uses std only: a SplitMix64 generator ([`Rng`]), word
//! tables, and sentence templates whose `{slot}`s are filled with figures in every form that
//! `docs/extraction.md` describes (currencies as symbols, codes and words; scale words and
//! suffixes; number words; decimals; thousands separators; negative numbers; percentages and
//! percentage points; changes with directions; every hedge; ranges; physical units; periods of
//! every kind) and with the things that are not claims (years, dates, names with numbers,
//! ordinals, clock times, URLs, phone numbers, versions, score lines, idioms).
//!
//! A fifth or so of the body sentences state facts about the entities of a generated
//! [`World`] ("Varnel Foods' revenue rose to $4.53bn in 2024."), which `world.rs` also writes
//! as rule files, so that `factlint check` has real binding, verdict and conflict work to do.
//! The generator records those statements when asked ([`Generator::recording`]); the rest of
//! the text is unlabelled load. The same seed, world and size always give the same bytes.
//!
//! The text is [`Density::Dense`] unless told: figures in nearly every sentence, about 18,200
//! claims per MB. [`Density::News`] writes the same articles with number-free prose between the
//! figures (context, background, transitions and quotes from invented, word-built people, on
//! each subject), one claim in about 470 bytes like the real articles in `seeds/`.

// Each including crate uses a different part of this module.
#![allow(dead_code)]

#[path = "world.rs"]
pub mod world;

use std::fmt::Write as _;
use std::io;
pub use world::World;

/// SplitMix64: tiny, fast, and good enough to pick words.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`); the bias of the multiply-shift is negligible here.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// A calendar date; the generator only needs to print it and count back from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u32,
    /// 1..=12
    pub month: u32,
    /// 1..=28 is all the generator produces.
    pub day: u32,
}

impl Date {
    pub fn new(year: u32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// A date between 2019 and 2026, as news archives hold.
    pub fn random(rng: &mut Rng) -> Date {
        Date::new(
            rng.between(2019, 2026) as u32,
            rng.between(1, 12) as u32,
            rng.between(1, 28) as u32,
        )
    }
}

/// About `target_bytes` of articles about the standard world of `seed` ([`world::FACTS`]
/// facts). Builds the world each call: for many documents, build it once and use
/// [`Generator`].
pub fn corpus(seed: u64, target_bytes: usize) -> String {
    let world = World::new(seed, world::FACTS);
    Generator::new(&world, seed).text(target_bytes)
}

/// The seed of the `index`-th document of a multi-file corpus: distinct, well mixed seeds.
pub fn document_seed(seed: u64, index: u64) -> u64 {
    Rng::new(seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03)).next_u64()
}

/// How much of the text states figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Density {
    /// Nearly every sentence states figures: about 18,200 claims per MB, the stress test for
    /// per-claim work. The default; its bytes do not change.
    #[default]
    Dense,
    /// Real news: the same articles, with number-free prose between the figures (context,
    /// quotes from named people, background, transitions), for one claim in about 470 bytes.
    News,
}

impl Density {
    pub const NAMES: &'static [&'static str] = &["dense", "news"];

    pub fn name(self) -> &'static str {
        match self {
            Density::Dense => "dense",
            Density::News => "news",
        }
    }
}

impl std::str::FromStr for Density {
    type Err = String;

    fn from_str(s: &str) -> Result<Density, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dense" => Ok(Density::Dense),
            "news" => Ok(Density::News),
            _ => Err(format!("unknown density {s:?}: use dense or news")),
        }
    }
}

/// Every template of number-free prose that [`Density::News`] writes, each expanded `rounds`
/// times for every subject, with every invented given name: a text that must state nothing
/// (no claim, no ordinal), for the test that checks it with the extractor.
pub fn every_prose_template(world: &World, seed: u64, rounds: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    for topic in TOPICS {
        let mut w = Writer {
            rng: &mut rng,
            date: Date::new(2024, 6, 15),
            topic,
            out: &mut out,
            world,
            mentions: None,
            counts: None,
            speaker: None,
            used: Vec::new(),
        };
        let prose = w.prose_of();
        let templates = prose
            .context
            .iter()
            .chain(NEWS_GENERAL)
            .chain(QUOTE_OPENERS)
            .chain(QUOTE_FOLLOWERS);
        for template in templates {
            for _ in 0..rounds {
                w.used.clear();
                w.prose(template);
                w.push("\n\n");
            }
        }
        for quote in prose.quotes.iter().chain(QUOTES) {
            let _ = write!(w.out, "\u{201c}{quote},\u{201d} she said.\n\n");
        }
        for job in prose.jobs {
            for _ in 0..rounds {
                w.prose(&format!("{{who}}, {job}, declined to comment.\n\n"));
            }
        }
    }
    for start in GIVEN_STARTS {
        for end in GIVEN_ENDS {
            let _ = write!(out, "{start}{end} Ostrick declined to comment.\n\n");
        }
    }
    out
}

/// A figure an article states about a fact of the world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`World::facts`].
    pub fact: usize,
    /// Deliberately wrong: a mismatch, or a conflict for a fact without a value.
    pub planted: bool,
    /// The figure's own words, as factlint reports a claim's text.
    pub text: String,
}

/// Writes articles about a world from one seed's random stream.
pub struct Generator<'w> {
    rng: Rng,
    world: &'w World,
    /// The figures stated about facts so far, when recording.
    pub mentions: Option<Vec<Mention>>,
    /// How many figures were stated about each fact, when counting.
    pub counts: Option<Vec<u32>>,
    density: Density,
}

impl<'w> Generator<'w> {
    pub fn new(world: &'w World, seed: u64) -> Generator<'w> {
        Generator {
            rng: Rng::new(seed),
            world,
            mentions: None,
            counts: None,
            density: Density::Dense,
        }
    }

    /// Writes text of this density ([`Density::Dense`] unless told).
    pub fn with_density(mut self, density: Density) -> Generator<'w> {
        self.density = density;
        self
    }

    /// Records every figure stated about a fact in [`Generator::mentions`].
    pub fn recording(mut self) -> Generator<'w> {
        self.mentions = Some(Vec::new());
        self
    }

    /// Counts the figures stated about each fact in `counts` (one slot per fact of the
    /// world), kept in [`Generator::counts`]: constant memory, unlike recording.
    pub fn counting(mut self, mut counts: Vec<u32>) -> Generator<'w> {
        counts.resize(self.world.facts.len(), 0);
        self.counts = Some(counts);
        self
    }

    /// Appends one article, stopping between paragraphs once `out` reaches `limit` bytes (the
    /// headline and first paragraph are always written).
    pub fn article(&mut self, out: &mut String, limit: usize) {
        let date = Date::random(&mut self.rng);
        let topic = self.rng.pick(TOPICS);
        let mut w = Writer {
            rng: &mut self.rng,
            date,
            topic,
            out,
            world: self.world,
            mentions: self.mentions.as_mut(),
            counts: self.counts.as_mut(),
            speaker: None,
            used: Vec::new(),
        };
        match self.density {
            Density::Dense => w.article(limit),
            Density::News => w.news_article(limit),
        }
    }

    /// About `target_bytes` of articles separated by blank lines, ending with a newline. The
    /// last article stops at the first paragraph end past the target, so the text overshoots
    /// the target by less than one paragraph.
    pub fn text(&mut self, target_bytes: usize) -> String {
        let mut out = String::with_capacity(target_bytes + 4096);
        loop {
            self.article(&mut out, target_bytes);
            out.push('\n');
            if out.len() >= target_bytes {
                return out;
            }
            out.push('\n');
        }
    }

    /// Writes the same bytes as [`Generator::text`] to `w`, a megabyte at a time, so memory
    /// stays flat whatever the size. Returns the bytes written.
    pub fn write_text(&mut self, target_bytes: usize, w: &mut impl io::Write) -> io::Result<u64> {
        const CHUNK: usize = 1 << 20;
        let mut buf = String::with_capacity(CHUNK + 8192);
        let mut written = 0usize;
        loop {
            // `article` measures the limit against the buffer, which starts at `written`.
            self.article(&mut buf, target_bytes.saturating_sub(written));
            buf.push('\n');
            let done = written + buf.len() >= target_bytes;
            if !done {
                buf.push('\n');
            }
            if done || buf.len() >= CHUNK {
                w.write_all(buf.as_bytes())?;
                written += buf.len();
                buf.clear();
            }
            if done {
                return Ok(written as u64);
            }
        }
    }
}

/// A subject's vocabulary and sentence templates.
struct Topic {
    /// What [`world::Sector::topic`] calls it.
    name: &'static str,
    headlines: &'static [&'static str],
    sentences: &'static [&'static str],
    orgs: &'static [&'static str],
    metrics: &'static [&'static str],
}

/// Fills templates into `out`.
struct Writer<'a> {
    rng: &'a mut Rng,
    date: Date,
    topic: &'static Topic,
    out: &'a mut String,
    world: &'a World,
    mentions: Option<&'a mut Vec<Mention>>,
    counts: Option<&'a mut Vec<u32>>,
    /// The surname of the person the article quoted last (news density).
    speaker: Option<String>,
    /// The prose templates this article has used (news density), not to repeat them.
    used: Vec<&'static str>,
}

/// How a figure may be hedged.
#[derive(Clone, Copy, PartialEq, Eq)]
enum HedgeOk {
    No,
    /// A mass noun or a measure: "less than", never "fewer than".
    Amount,
    /// A count: every hedge, including "fewer than", "40-plus" and "40+".
    Count,
}

impl Writer<'_> {
    /// One article: a headline, a dateline paragraph and body paragraphs, separated by
    /// newlines, stopping between paragraphs once `out` reaches `limit` bytes.
    fn article(&mut self, limit: usize) {
        self.headline();
        self.out.push('\n');
        self.dateline();
        let paragraphs = self.rng.between(3, 9);
        for i in 0..paragraphs {
            if self.out.len() >= limit {
                return;
            }
            self.out.push('\n');
            if i == 1 && self.rng.chance(20) {
                self.numbered_list();
            } else {
                self.paragraph();
            }
        }
        if self.out.len() < limit && self.rng.chance(50) {
            self.out.push('\n');
            let closing = *self.rng.pick(CLOSINGS);
            self.sentence(closing);
        }
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn pick_push(&mut self, items: &'static [&'static str]) {
        let s = *self.rng.pick(items);
        self.out.push_str(s);
    }

    /// Expands `{slot}`s in `template`.
    fn expand(&mut self, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a slot is closed by '}'");
            self.slot(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        self.out.push_str(rest);
    }

    /// Expands a template and capitalises its first letter.
    fn sentence(&mut self, template: &str) {
        let start = self.out.len();
        self.expand(template);
        if self
            .out
            .as_bytes()
            .get(start)
            .is_some_and(u8::is_ascii_lowercase)
        {
            self.out[start..=start].make_ascii_uppercase();
        }
    }

    fn headline(&mut self) {
        let h = *self.rng.pick(self.topic.headlines);
        self.sentence(h);
    }

    fn dateline(&mut self) {
        self.dateline_head();
        let s = *self.rng.pick(self.topic.sentences);
        self.sentence(s);
        self.push(" ");
        let s = *self.rng.pick(self.topic.sentences);
        self.sentence(s);
    }

    /// "LONDON, March 3, 2024 (Factwire) - ": the city, the article's date and the agency.
    fn dateline_head(&mut self) {
        let city = *self.rng.pick(CITIES);
        for b in city.bytes() {
            self.out.push(b.to_ascii_uppercase() as char);
        }
        self.push(", ");
        let Date { year, month, day } = self.date;
        let name = MONTHS[month as usize - 1];
        if self.rng.chance(50) {
            let _ = write!(self.out, "{name} {day}, {year}");
        } else {
            let _ = write!(self.out, "{day} {name} {year}");
        }
        self.pick_push(&[" (Factwire) \u{2014} ", " \u{2014} ", " (NewsDesk) - "]);
    }

    fn paragraph(&mut self) {
        let n = self.rng.between(2, 4);
        for i in 0..n {
            if i > 0 {
                self.push(" ");
            }
            self.body_sentence(self.world.mention_share);
        }
    }

    /// A body sentence with figures: one stating a fact `mention_share` times in a hundred,
    /// otherwise one of the subject's sentences, a general one or one from another subject.
    fn body_sentence(&mut self, mention_share: u64) {
        if self.rng.chance(mention_share) && self.fact_sentence() {
            return;
        }
        let roll = self.rng.below(100);
        if roll < 72 {
            let template = *self.rng.pick(self.topic.sentences);
            self.sentence(template);
        } else if roll < 90 {
            let template = *self.rng.pick(GENERAL);
            self.sentence(template);
        } else {
            // A sentence from another subject, with that subject's names.
            let own = self.topic;
            self.topic = self.rng.pick(TOPICS);
            let template = *self.rng.pick(self.topic.sentences);
            self.sentence(template);
            self.topic = own;
        }
    }

    /// A sentence stating facts about one of the world's entities, among those this
    /// article's subject reports on; false when the world has no facts. Figures of the facts
    /// are recorded as [`Mention`]s when recording.
    fn fact_sentence(&mut self) -> bool {
        let world = self.world;
        let Some(f) = world.pick(self.rng, self.topic.name) else {
            return false;
        };
        let entity = world.entity_of(f);
        let metric = world.facts[f].metric;
        let (year, last_month) = match entity.period {
            world::Period::Year(y) | world::Period::Fiscal(y) => (y, 12),
            world::Period::Quarter(y, q) => (y, q * 3),
        };
        // A period not over when the article is dated is written as an expectation.
        let future = (year, last_month) >= (self.date.year, self.date.month);
        let roll = self.rng.below(100);
        let pair = entity.facts >= 2 && !entity.sector.pairs.is_empty();
        let (template, decoy) = if future {
            (*self.rng.pick(metric.future), false)
        } else if roll < 25 && pair {
            (*self.rng.pick(entity.sector.pairs), false)
        } else if roll < 37 && !metric.earlier.is_empty() {
            (*self.rng.pick(metric.earlier), false)
        } else if roll < 42 && !metric.decoy.is_empty() {
            (*self.rng.pick(metric.decoy), true)
        } else {
            (*self.rng.pick(metric.past), false)
        };
        let first = entity.first_fact as usize;
        let state = |w: &mut Self, slot: &str, fact: usize| {
            template
                .contains(slot)
                .then(|| (fact, world.state(fact, w.rng, true)))
        };
        let v = state(self, "{V}", f);
        let a = state(self, "{A}", first);
        let b = state(self, "{B}", first + 1);
        let x = template.contains("{X}").then(|| {
            let (lo, hi) = if decoy {
                (110, 130)
            } else if template.contains("down from") {
                (106, 125)
            } else {
                (80, 94)
            };
            world.other(f, self.rng, lo, hi)
        });

        let start = self.out.len();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a slot is closed by '}'");
            let name = &rest[open + 1..close];
            rest = &rest[close + 1..];
            match name {
                "E" => {
                    self.out.push_str(&entity.name);
                    // "Varnel Foods' revenue", not "Varnel Foods's".
                    if entity.name.ends_with('s') && rest.starts_with("'s") {
                        self.out.push('\'');
                        rest = &rest[2..];
                    }
                }
                "V" | "A" | "B" => {
                    let (fact, stated) = match name {
                        "V" => &v,
                        "A" => &a,
                        _ => &b,
                    }
                    .as_ref()
                    .expect("stated above");
                    self.out.push_str(stated.hedge);
                    self.out.push_str(&stated.text);
                    if let Some(c) = self.counts.as_deref_mut() {
                        c[*fact] += 1;
                    }
                    if let Some(m) = self.mentions.as_deref_mut() {
                        m.push(Mention {
                            fact: *fact,
                            planted: stated.planted,
                            text: stated.text.clone(),
                        });
                    }
                }
                "D" | "DA" | "DB" | "Dto" => {
                    let stated = match name {
                        "DA" => &a,
                        "DB" => &b,
                        _ => &v,
                    };
                    let down = stated.as_ref().is_some_and(|(_, s)| s.negative);
                    let verbs: &[&str] = match (name == "Dto", down) {
                        (false, false) => &["rose", "grew", "increased", "climbed"],
                        (false, true) => &["fell", "declined", "dropped", "decreased"],
                        (true, false) => &["rise", "grow", "increase"],
                        (true, true) => &["fall", "decline", "drop"],
                    };
                    self.pick_push(verbs);
                }
                "X" => self.out.push_str(x.as_deref().expect("written above")),
                "P" => {
                    let p = entity.period.phrase(self.rng);
                    self.out.push_str(&p);
                }
                "Q" => {
                    let q = entity.period.earlier().phrase(self.rng);
                    self.out.push_str(&q);
                }
                other => self.slot(other),
            }
        }
        self.out.push_str(rest);
        if self
            .out
            .as_bytes()
            .get(start)
            .is_some_and(u8::is_ascii_lowercase)
        {
            self.out[start..=start].make_ascii_uppercase();
        }
        true
    }

    // ---- news density ----------------------------------------------------------------------

    /// An article at [`Density::News`]: the headline, dateline, figure sentences, lists and
    /// closings of [`Writer::article`], with number-free prose between the figures. Stops
    /// between paragraphs once `out` reaches `limit` bytes.
    fn news_article(&mut self, limit: usize) {
        self.speaker = None;
        self.headline();
        self.out.push('\n');
        // The lede: the dateline, a sentence with figures and one of context.
        self.dateline_head();
        let s = *self.rng.pick(self.topic.sentences);
        self.sentence(s);
        self.push(" ");
        self.prose_sentence();
        let paragraphs = self.rng.between(6, 14);
        for i in 0..paragraphs {
            if self.out.len() >= limit {
                return;
            }
            self.out.push('\n');
            let roll = self.rng.below(100);
            if i == 2 && roll < 3 {
                self.numbered_list();
            } else if roll < NEWS_FIGURE_PARAGRAPHS {
                self.figure_paragraph();
            } else if roll < NEWS_FIGURE_PARAGRAPHS + 30 {
                self.quote_paragraph();
            } else {
                self.context_paragraph();
            }
        }
        if self.out.len() < limit && self.rng.chance(50) {
            self.out.push('\n');
            let closing = *self.rng.pick(CLOSINGS);
            self.sentence(closing);
        }
    }

    /// One sentence with figures among one to three of prose. It states a fact twice as
    /// often as a dense body sentence: the few figures of a news story are mostly about who
    /// did what.
    fn figure_paragraph(&mut self) {
        let prose = self.rng.between(1, 3);
        let at = self.rng.below(prose + 1);
        for i in 0..=prose {
            if i > 0 {
                self.push(" ");
            }
            if i == at {
                self.body_sentence((self.world.mention_share * 2).min(100));
            } else {
                self.prose_sentence();
            }
        }
    }

    /// A quote from a newly named person, sometimes followed by more from them.
    fn quote_paragraph(&mut self) {
        let opener = self.fresh(QUOTE_OPENERS);
        self.prose(opener);
        if self.rng.chance(55) {
            self.push(" ");
            if self.rng.chance(60) {
                let more = self.fresh(QUOTE_FOLLOWERS);
                self.prose(more);
            } else {
                self.prose_sentence();
            }
        }
    }

    /// Two to four sentences of context, background and explanation.
    fn context_paragraph(&mut self) {
        let n = self.rng.between(2, 4);
        for i in 0..n {
            if i > 0 {
                self.push(" ");
            }
            self.prose_sentence();
        }
    }

    /// A number-free sentence: the subject's context most often, else general prose or more
    /// from the person quoted last.
    fn prose_sentence(&mut self) {
        let roll = self.rng.below(100);
        let templates = if roll < 50 {
            self.prose_of().context
        } else if roll < 85 || self.speaker.is_none() {
            NEWS_GENERAL
        } else {
            QUOTE_FOLLOWERS
        };
        // Once the article has used up its subject's context, general prose takes over.
        let template = match self.unused(templates) {
            Some(t) => t,
            None => self.fresh(NEWS_GENERAL),
        };
        self.prose(template);
    }

    /// One of `templates`, avoiding those the article has used while a few tries allow.
    fn fresh(&mut self, templates: &'static [&'static str]) -> &'static str {
        self.unused(templates)
            .unwrap_or_else(|| *self.rng.pick(templates))
    }

    /// One of `templates` the article has not used yet, if a few tries find it; it is then
    /// used.
    fn unused(&mut self, templates: &'static [&'static str]) -> Option<&'static str> {
        for _ in 0..6 {
            let template = *self.rng.pick(templates);
            if !self.used.contains(&template) {
                self.used.push(template);
                return Some(template);
            }
        }
        None
    }

    fn prose_of(&self) -> &'static Prose {
        PROSE
            .iter()
            .find(|p| p.topic == self.topic.name)
            .expect("every subject has prose")
    }

    /// Expands a number-free template (only [`Writer::prose_slot`]s) and capitalises it.
    fn prose(&mut self, template: &str) {
        let start = self.out.len();
        self.prose_expand(template);
        if self
            .out
            .as_bytes()
            .get(start)
            .is_some_and(u8::is_ascii_lowercase)
        {
            self.out[start..=start].make_ascii_uppercase();
        }
    }

    fn prose_expand(&mut self, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            self.out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("a slot is closed by '}'");
            self.prose_slot(&rest[open + 1..close]);
            rest = &rest[close + 1..];
        }
        self.out.push_str(rest);
    }

    /// The slots of number-free prose: people, organisations, places and quotes, never a
    /// figure.
    fn prose_slot(&mut self, name: &str) {
        match name {
            // A newly named person, who becomes the speaker: "Talia Ostrick".
            "who" => {
                let first = *self.rng.pick(GIVEN_STARTS);
                let end = *self.rng.pick(GIVEN_ENDS);
                let surname = world::root(self.rng.below(world::ROOTS as u64 * 2));
                let _ = write!(self.out, "{first}{end} {surname}");
                self.speaker = Some(surname);
            }
            // The person named last, by surname.
            "them" => match self.speaker.take() {
                Some(s) => {
                    self.out.push_str(&s);
                    self.speaker = Some(s);
                }
                None => self.prose_slot("who"),
            },
            "job" => {
                let job = *self.rng.pick(self.prose_of().jobs);
                self.prose_expand(job);
            }
            "quote" => {
                let q = self.fresh(self.prose_of().quotes);
                self.push(q);
            }
            "anyquote" => {
                let q = self.fresh(QUOTES);
                self.push(q);
            }
            // An organisation of the world that this subject reports on.
            "entity" => match self.world.pick(self.rng, self.topic.name) {
                Some(f) => {
                    let world = self.world;
                    self.out.push_str(&world.entity_of(f).name);
                }
                None => self.slot("org"),
            },
            "org" | "city" | "country" | "weekday" | "said" => self.slot(name),
            other => panic!("unknown prose slot {{{other}}}"),
        }
    }

    /// "Key figures:" and lines numbered "1.", "2.", ... (list numbering is not a claim).
    fn numbered_list(&mut self) {
        self.pick_push(&["Key figures:", "At a glance:", "The main points:"]);
        for i in 1..=self.rng.between(3, 5) {
            let _ = write!(self.out, "\n{i}. ");
            let line = *self.rng.pick(LIST_LINES);
            self.sentence(line);
        }
    }

    fn slot(&mut self, name: &str) {
        match name {
            // Names and places.
            "org" => {
                let o = *self.rng.pick(self.topic.orgs);
                self.push(o);
            }
            "metric" => {
                let m = *self.rng.pick(self.topic.metrics);
                self.push(m);
            }
            "person" => {
                self.pick_push(FIRST_NAMES);
                self.push(" ");
                self.pick_push(LAST_NAMES);
            }
            "role" => self.pick_push(ROLES),
            "country" => self.pick_push(COUNTRIES),
            "city" => self.pick_push(CITIES),
            "team" => self.pick_push(TEAMS),
            "product" => self.pick_push(PRODUCTS),
            "summit" => self.pick_push(&["G20", "G7", "COP29", "BRICS", "Asean"]),
            "said" => self.pick_push(&["said", "told reporters", "said in a statement", "added"]),
            "weekday" => self.pick_push(WEEKDAYS),
            "month" => self.pick_push(MONTHS),
            // Directions.
            "up" => self.pick_push(UP_VERBS),
            "down" => self.pick_push(DOWN_VERBS),
            "move" => {
                if self.rng.chance(50) {
                    self.pick_push(UP_VERBS)
                } else {
                    self.pick_push(DOWN_VERBS)
                }
            }
            "rise" => self.pick_push(&["rise", "increase", "jump", "gain", "climb"]),
            "drop" => self.pick_push(&["drop", "decline", "fall", "contraction", "slump"]),
            // Money.
            "money" => self.hedged(HedgeOk::Amount, Writer::money),
            "money0" => self.money(),
            "price" => self.hedged(HedgeOk::Amount, Writer::price),
            "price0" => self.price(),
            // Percentages and points.
            "pct" => self.hedged(HedgeOk::Amount, Writer::percent),
            "pct0" => self.percent(),
            "rate" => self.hedged(HedgeOk::Amount, Writer::rate),
            "rate0" => self.rate(),
            "chg" => self.hedged(HedgeOk::Amount, Writer::change),
            "chg0" => self.change(),
            "pp" => self.points(),
            "neg" => self.negative(),
            // Counts: small (often words), medium, large.
            "few" => self.hedged(HedgeOk::Count, Writer::few),
            "few0" => self.few(),
            "cnt" => self.hedged(HedgeOk::Count, Writer::count),
            "cnt0" => self.count(),
            "many" => self.hedged(HedgeOk::Count, Writer::many),
            "many0" => self.many(),
            // Physical quantities.
            "len" => self.hedged(HedgeOk::Amount, Writer::length),
            "len0" => self.length(),
            "dist" => self.hedged(HedgeOk::Amount, Writer::distance),
            "dist0" => self.distance(),
            "floor" => self.measure(FLOOR_AREAS),
            "dose" => self.measure(DOSES),
            "span" => self.hedged(HedgeOk::Amount, Writer::long_duration),
            "span0" => self.long_duration(),
            "secs" => {
                let v = self.rng.between(950, 9999);
                self.fixed(v, 2);
                self.push(" seconds");
            }
            "dec" => {
                let v = self.rng.between(10, 99);
                self.fixed(v, 1);
            }
            "house" => self.house_price(),
            "area" => self.hedged(HedgeOk::Amount, Writer::area),
            "area0" => self.area(),
            "mass" => self.hedged(HedgeOk::Amount, Writer::mass),
            "mass0" => self.mass(),
            "vol" => self.hedged(HedgeOk::Amount, Writer::volume),
            "gas" => self.hedged(HedgeOk::Amount, |w| w.measure(GAS_VOLUMES)),
            "watts" => self.measure(SMALL_POWERS),
            "energy" => self.hedged(HedgeOk::Amount, Writer::energy),
            "power" => self.hedged(HedgeOk::Amount, Writer::power),
            "power0" => self.power(),
            "dur" => self.hedged(HedgeOk::Amount, Writer::duration),
            "dur0" => self.duration(),
            "speed" => self.hedged(HedgeOk::Amount, Writer::speed),
            "temp" => self.hedged(HedgeOk::Amount, Writer::temperature),
            "temp0" => self.temperature(),
            "info" => self.hedged(HedgeOk::Amount, Writer::information),
            "rain" => self.hedged(HedgeOk::Amount, Writer::rain),
            // Ranges.
            "range" => match self.rng.below(6) {
                0 => self.range_percent(),
                1 => self.range_money(),
                2 => self.range_count(),
                3 => self.range_length(),
                4 => self.range_duration(),
                _ => self.range_temperature(),
            },
            "range_pct" => self.range_percent(),
            "range_money" => self.range_money(),
            "range_cnt" => self.range_count(),
            "range_len" => self.range_length(),
            "range_cm" => {
                let (a, b) = self.pair(2, 40);
                match self.rng.below(3) {
                    0 => {
                        let _ = write!(self.out, "between {a} and {b} cm");
                    }
                    1 => {
                        let _ = write!(self.out, "{a}");
                        self.dash();
                        let _ = write!(self.out, "{b}cm");
                    }
                    _ => {
                        let _ = write!(self.out, "{a} to {b} centimetres");
                    }
                }
            }
            "range_dur" => self.range_duration(),
            "range_temp" => self.range_temperature(),
            // Periods.
            "period" => self.period(),
            "prev" => self.pick_push(&[
                "a year earlier",
                "the previous year",
                "the year before",
                "a year ago",
                "a month earlier",
                "the previous quarter",
                "the same period a year earlier",
            ]),
            "next" => self.next_period(),
            "quarter" => self.quarter(),
            "fiscal" => self.fiscal(),
            "target" => {
                let y = self.date.year + self.rng.between(2, 11) as u32;
                let _ = write!(self.out, "by {y}");
            }
            "y" => {
                let y = self.date.year - 1;
                let _ = write!(self.out, "{y}");
            }
            "y2" => {
                let y = self.date.year - 2;
                let _ = write!(self.out, "{y}");
            }
            "ythis" => {
                let y = self.date.year;
                let _ = write!(self.out, "{y}");
            }
            "yearpast" => {
                let y = self.rng.between(1990, u64::from(self.date.year) - 3);
                let _ = write!(self.out, "{y}");
            }
            "season" => {
                let y = self.date.year - 1;
                let sep = *self.rng.pick(&["\u{2013}", "-", "/"]);
                if self.rng.chance(50) {
                    let _ = write!(self.out, "{y}{sep}{}", y + 1);
                } else {
                    let _ = write!(self.out, "{y}{sep}{:02}", (y + 1) % 100);
                }
            }
            "date" => self.date_phrase(),
            "lifeexp" => {
                let (a, b) = (self.rng.between(62, 86), self.rng.below(10));
                let _ = write!(self.out, "{a}.{b}");
            }
            // Things that are not claims.
            "ord" => self.pick_push(ORDINALS),
            "time" => self.pick_push(TIMES),
            "score" => {
                let (a, b) = (self.rng.below(6), self.rng.below(4));
                let sep = *self.rng.pick(&["-", "\u{2013}"]);
                let _ = write!(self.out, "{a}{sep}{b}");
            }
            "url" => self.url(),
            "phone" => self.phone(),
            "version" => self.version(),
            other => panic!("unknown template slot {{{other}}}"),
        }
    }

    /// Writes a figure, sometimes inside a hedge ("about", "more than", "or so", "40-plus").
    fn hedged(&mut self, ok: HedgeOk, figure: fn(&mut Self)) {
        if ok == HedgeOk::No || !self.rng.chance(30) {
            figure(self);
            return;
        }
        let roll = self.rng.below(100);
        if roll < 8 {
            figure(self);
            self.pick_push(&[" or so", " or more"]);
        } else if roll < 12 && ok == HedgeOk::Count {
            self.few_digits();
            self.pick_push(&["-plus", "+"]);
        } else if roll < 15 {
            self.push("~");
            figure(self);
        } else {
            if ok == HedgeOk::Count && self.rng.chance(20) {
                self.pick_push(COUNT_HEDGES);
            } else {
                self.pick_push(HEDGES);
            }
            figure(self);
        }
    }

    // ---- numbers -------------------------------------------------------------------------

    /// A positive integer with 1 to 3 significant digits and `digits` digits in all.
    fn round_int(&mut self, min_digits: u32, max_digits: u32) -> u64 {
        let digits = self
            .rng
            .between(u64::from(min_digits), u64::from(max_digits)) as u32;
        let sig = self.rng.between(1, 3).min(u64::from(digits)) as u32;
        let mantissa = self.rng.between(10u64.pow(sig - 1), 10u64.pow(sig) - 1);
        mantissa * 10u64.pow(digits - sig)
    }

    /// Writes `n` with comma thousands separators ("21,000").
    fn int_sep(&mut self, n: u64) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut v = n;
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        let digits = &buf[i..];
        for (k, d) in digits.iter().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                self.out.push(',');
            }
            self.out.push(*d as char);
        }
    }

    /// Writes `mantissa / 10^decimals` ("4.5", "12.25", "245").
    fn fixed(&mut self, mantissa: u64, decimals: u32) {
        let p = 10u64.pow(decimals);
        self.int_sep(mantissa / p);
        if decimals > 0 {
            let _ = write!(
                self.out,
                ".{:0width$}",
                mantissa % p,
                width = decimals as usize
            );
        }
    }

    /// A number before a scale word: 1 to 3 integer digits, often a decimal ("4.5", "245").
    fn scaled_number(&mut self) {
        let decimals = match self.rng.below(10) {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        let whole = if self.rng.chance(60) {
            self.rng.between(1, 20)
        } else {
            self.rng.between(21, 999)
        };
        let frac = if decimals == 0 {
            0
        } else {
            self.rng.between(1, 10u64.pow(decimals) - 1)
        };
        self.fixed(whole * 10u64.pow(decimals) + frac, decimals);
    }

    /// A number and a scale from `scales`, small before trillions ("1.2tn", "245 billion").
    fn scaled(&mut self, scales: &'static [&'static str]) {
        let scale = *self.rng.pick(scales);
        if scale.contains('t') {
            let v = self.rng.between(10, 300);
            self.fixed(v, 1);
        } else {
            self.scaled_number();
        }
        self.push(scale);
    }

    /// A decimal or integer in `1..=max` ("3.8", "21", "0.4" when `max` allows).
    fn small_decimal(&mut self, max: u64) {
        if self.rng.chance(40) {
            let v = self.rng.between(1, max);
            self.int_sep(v);
        } else {
            let v = self.rng.between(1, max * 10 - 1);
            self.fixed(v, 1);
        }
    }

    /// Number words for 1..=99 ("seven", "twenty-three").
    fn words(&mut self, n: u64) {
        debug_assert!((1..100).contains(&n));
        if n < 20 {
            self.push(ONES[n as usize]);
        } else {
            self.push(TENS[(n / 10) as usize]);
            if !n.is_multiple_of(10) {
                self.push("-");
                self.push(ONES[(n % 10) as usize]);
            }
        }
    }

    fn few_digits(&mut self) {
        let n = self.round_int(2, 3);
        self.int_sep(n);
    }

    /// 2 to 60, usually in words: "seven", "three dozen", "a dozen", "24".
    fn few(&mut self) {
        match self.rng.below(20) {
            0..=10 => {
                let n = self.rng.between(2, 30);
                self.words(n);
            }
            11 | 12 => self.pick_push(&[
                "a dozen",
                "two dozen",
                "three dozen",
                "half a dozen",
                "four dozen",
            ]),
            _ => {
                let n = self.rng.between(2, 60);
                self.int_sep(n);
            }
        }
    }

    /// 100 to 99,999: "21,000", "4,350", "12k", "two hundred", "three thousand".
    fn count(&mut self) {
        match self.rng.below(20) {
            0..=14 => {
                let n = self.round_int(3, 5);
                self.int_sep(n);
            }
            15 => {
                let n = self.rng.between(2, 90);
                let _ = write!(self.out, "{n}k");
            }
            16 => {
                let n = self.round_int(4, 5);
                let _ = write!(self.out, "{n}");
            }
            _ => {
                let n = self.rng.between(1, 9);
                if n == 1 {
                    self.pick_push(&["a hundred", "a thousand"]);
                } else {
                    self.words(n);
                    self.pick_push(&[" hundred", " thousand"]);
                }
            }
        }
    }

    /// 100,000 and up: "1.6 million", "2.4m", "340,000", "a million", "half a billion".
    fn many(&mut self) {
        match self.rng.below(20) {
            0..=6 => {
                self.scaled_number();
                self.pick_push(&[" million", " million", " billion", "m", " mn", " mln", "bn"]);
            }
            7..=11 => {
                let n = self.round_int(6, 7);
                self.int_sep(n);
            }
            12..=15 => self.pick_push(&[
                "a million",
                "half a million",
                "a quarter of a million",
                "a billion",
                "half a billion",
                "two million",
                "three million",
                "a hundred thousand",
                "two hundred thousand",
            ]),
            16 => {
                let n = self.rng.between(2, 90);
                self.words(n);
                self.push(" million");
            }
            17 => {
                let n = self.rng.between(2, 40);
                let _ = write!(self.out, "{n} lakh");
            }
            _ => {
                let n = self.round_int(6, 7);
                let _ = write!(self.out, "{n}");
            }
        }
    }

    // ---- money ---------------------------------------------------------------------------

    fn currency(&mut self) -> &'static Currency {
        let total: u64 = CURRENCIES.iter().map(|c| c.weight).sum();
        let mut roll = self.rng.below(total);
        for c in CURRENCIES {
            if roll < c.weight {
                return c;
            }
            roll -= c.weight;
        }
        &CURRENCIES[0]
    }

    /// Large money: "$4.5bn", "US$245 billion", "EUR 1.2bn", "200 million euros",
    /// "half a billion dollars", "€450,000", "Rs 3,400 crore".
    fn money(&mut self) {
        let c = self.currency();
        let sym = if c.symbols.is_empty() {
            None
        } else {
            Some(*self.rng.pick(c.symbols))
        };
        let mut roll = self.rng.below(100);
        if sym.is_none() && roll < 45 {
            // No symbol: write the words form instead ("200 million yuan").
            roll = 55 + roll % 20;
        }
        match (roll, sym) {
            (0..=29, Some(s)) => {
                self.push(s);
                self.scaled(&["bn", "bn", "m", "m", "tn", " mn", " billion", " million"]);
            }
            (30..=44, Some(s)) => {
                self.push(s);
                self.scaled(&[" billion", " million", " million", " trillion"]);
            }
            (45..=54, _) => {
                self.push(c.code);
                self.push(" ");
                self.scaled(&[" billion", " million", "bn", "m", " mln", " bln", " trn"]);
            }
            (55..=74, _) => {
                self.scaled(&[" billion ", " million ", " million ", " trillion "]);
                self.push(c.plural);
            }
            (75..=81, _) => {
                self.pick_push(&[
                    "half a billion ",
                    "a million ",
                    "a quarter of a billion ",
                    "two billion ",
                    "three million ",
                    "a billion ",
                    "a trillion ",
                ]);
                self.push(c.plural);
            }
            (82..=91, Some(s)) => {
                self.push(s);
                let n = self.round_int(6, 7);
                self.int_sep(n);
            }
            (82..=91, None) => {
                let n = self.round_int(6, 7);
                self.int_sep(n);
                self.push(" ");
                self.push(c.plural);
            }
            (92..=95, _) => {
                // Indian and Chinese conventions.
                if self.rng.chance(50) {
                    self.pick_push(&["Rs ", "\u{20b9}", "INR "]);
                    let n = self.round_int(2, 5);
                    self.int_sep(n);
                    self.pick_push(&[" crore", " lakh"]);
                } else {
                    self.pick_push(&["RMB ", "CNY "]);
                    self.scaled(&[" billion", " million", "bn"]);
                }
            }
            _ => {
                self.scaled(&[" million ", " billion ", "bn "]);
                self.push(c.code);
            }
        }
    }

    /// Small money: "$4.99", "£12.50", "€1,200", "35 euros", "USD 15", "12 dollars".
    fn price(&mut self) {
        let c = self.currency();
        let cents = self.rng.chance(40);
        let whole = self.round_int(1, 4);
        let sym = if c.symbols.is_empty() {
            None
        } else {
            Some(*self.rng.pick(c.symbols))
        };
        match (self.rng.below(10), sym) {
            (0..=5, Some(s)) => {
                self.push(s);
                self.price_number(whole, cents);
            }
            (6 | 7, _) => {
                self.price_number(whole, cents);
                self.push(" ");
                self.push(if whole == 1 && !cents {
                    c.singular
                } else {
                    c.plural
                });
            }
            _ => {
                self.push(c.code);
                self.push(" ");
                self.price_number(whole, cents);
            }
        }
    }

    fn price_number(&mut self, whole: u64, cents: bool) {
        if cents {
            let c = *self.rng.pick(&[99, 50, 25, 49, 95, 10, 75]);
            self.fixed(whole * 100 + c, 2);
        } else {
            self.int_sep(whole);
        }
    }

    // ---- percentages ---------------------------------------------------------------------

    fn percent_sign(&mut self) {
        self.pick_push(&[
            "%",
            "%",
            "%",
            "%",
            " percent",
            " percent",
            " per cent",
            " per cent",
            " pct",
        ]);
    }

    /// A level: "4.2%", "21 percent", "56.3 per cent", "twelve percent".
    fn percent(&mut self) {
        if self.rng.chance(6) {
            let n = self.rng.between(2, 20);
            self.words(n);
            self.pick_push(&[" percent", " per cent"]);
            return;
        }
        self.small_decimal(99);
        self.percent_sign();
    }

    /// A rate: "4.2%", "0.75 percent", "3 per cent".
    fn rate(&mut self) {
        if self.rng.chance(20) {
            let v = *self.rng.pick(&[25, 50, 75, 125, 175, 225, 325, 425, 525]);
            self.fixed(v, 2);
        } else {
            self.small_decimal(9);
        }
        self.percent_sign();
    }

    /// A change's magnitude, mostly small: "3.8%", "21 percent", "0.7 pct".
    fn change(&mut self) {
        if self.rng.chance(70) {
            self.small_decimal(15);
        } else {
            self.small_decimal(80);
        }
        self.percent_sign();
    }

    /// Percentage points and basis points.
    fn points(&mut self) {
        match self.rng.below(10) {
            0..=4 => {
                self.small_decimal(5);
                self.pick_push(&[
                    " percentage points",
                    " percentage points",
                    " percentage point",
                    " pp",
                ]);
            }
            5..=7 => {
                let bp = *self.rng.pick(&[5, 10, 15, 20, 25, 25, 50, 50, 75, 100]);
                let _ = write!(self.out, "{bp}");
                self.pick_push(&[" basis points", " basis points", " bp", "bps"]);
            }
            _ => self.pick_push(&[
                "half a percentage point",
                "a quarter of a percentage point",
                "a percentage point",
                "two percentage points",
            ]),
        }
    }

    /// A written negative: "-0.4%", "−1.2 per cent" (U+2212), "-3.1%".
    fn negative(&mut self) {
        self.pick_push(&["-", "-", "\u{2212}"]);
        let v = self.rng.between(1, 49);
        self.fixed(v, 1);
        self.percent_sign();
    }

    // ---- physical quantities ----------------------------------------------------------------

    /// A figure in one of `units`: (suffix, scale words allowed, low, high, max decimals).
    fn measure(&mut self, units: &'static [Unit]) {
        let u = self.rng.pick(units);
        if u.scaled && self.rng.chance(50) {
            self.scaled_number();
            self.pick_push(&[" million", " billion", " thousand"]);
        } else {
            let decimals = self.rng.below(u64::from(u.decimals) + 1) as u32;
            let p = 10u64.pow(decimals);
            let v = self.rng.between(u.low * p, u.high * p);
            self.fixed(v, decimals);
        }
        self.push(u.suffix);
    }

    fn length(&mut self) {
        self.measure(LENGTHS)
    }
    fn distance(&mut self) {
        self.measure(DISTANCES)
    }
    fn area(&mut self) {
        self.measure(AREAS)
    }
    fn mass(&mut self) {
        self.measure(MASSES)
    }
    fn volume(&mut self) {
        self.measure(VOLUMES)
    }
    fn energy(&mut self) {
        self.measure(ENERGIES)
    }
    fn power(&mut self) {
        self.measure(POWERS)
    }
    fn speed(&mut self) {
        self.measure(SPEEDS)
    }
    fn information(&mut self) {
        self.measure(INFORMATION)
    }
    fn rain(&mut self) {
        self.measure(RAINFALL)
    }

    /// A short duration: "seven hours", "45 minutes", "three days".
    fn duration(&mut self) {
        let (unit, max) = *self
            .rng
            .pick(&[(" hours", 20), (" minutes", 90), (" days", 12)]);
        self.duration_in(unit, max);
    }

    /// A long duration: "18 months", "two weeks", "12 years".
    fn long_duration(&mut self) {
        let (unit, max) = *self
            .rng
            .pick(&[(" weeks", 20), (" months", 36), (" years", 30)]);
        self.duration_in(unit, max);
    }

    fn duration_in(&mut self, unit: &str, max: u64) {
        let n = self.rng.between(2, max);
        if n < 30 && self.rng.chance(50) {
            self.words(n);
        } else {
            self.int_sep(n);
        }
        self.push(unit);
    }

    /// A house price: "£285,000", "$412,500", "€1.2 million".
    fn house_price(&mut self) {
        let sym = *self.rng.pick(&["\u{a3}", "$", "\u{20ac}", "A$", "\u{a3}"]);
        self.push(sym);
        if self.rng.chance(80) {
            let n = self.rng.between(90, 990) * 1000 + self.rng.below(2) * 500;
            self.int_sep(n);
        } else {
            let n = self.rng.between(10, 49);
            self.fixed(n, 1);
            self.push(" million");
        }
    }

    /// "38.5 degrees Celsius", "-12C", "104°F", "−5 °C".
    fn temperature(&mut self) {
        let fahrenheit = self.rng.chance(25);
        if self.rng.chance(20) {
            self.pick_push(&["-", "\u{2212}"]);
            let v = self.rng.between(1, 40);
            self.int_sep(v);
        } else if fahrenheit {
            let v = self.rng.between(60, 118);
            self.int_sep(v);
        } else {
            let v = self.rng.between(10, 480);
            self.fixed(v, 1);
        }
        if fahrenheit {
            self.pick_push(&["\u{b0}F", " degrees Fahrenheit", "F"]);
        } else {
            self.pick_push(&["C", "\u{b0}C", " \u{b0}C", " degrees Celsius", " degrees"]);
        }
    }

    // ---- ranges ----------------------------------------------------------------------------

    /// Two increasing integers with 1 or 2 significant digits.
    fn pair(&mut self, lo: u64, hi: u64) -> (u64, u64) {
        let a = self.rng.between(lo, hi);
        let step = (a / 5).max(1);
        (a, a + step * self.rng.between(1, 5))
    }

    fn dash(&mut self) {
        self.pick_push(&["-", "-", "\u{2013}"]);
    }

    /// "between 3% and 4%", "3-4%", "3–4 per cent", "3 to 4 percent".
    fn range_percent(&mut self) {
        let (a, b) = self.pair(1, 40);
        match self.rng.below(4) {
            0 => {
                let _ = write!(self.out, "between {a}% and {b}%");
            }
            1 => {
                let _ = write!(self.out, "between {a} and {b}");
                self.percent_sign();
            }
            2 => {
                let _ = write!(self.out, "{a}");
                self.dash();
                let _ = write!(self.out, "{b}");
                self.percent_sign();
            }
            _ => {
                let _ = write!(self.out, "{a}% to {b}%");
            }
        }
    }

    /// "between $1.5bn and $2bn", "$10-$20", "€3-4 billion", "200 to 250 million euros".
    fn range_money(&mut self) {
        let (a, b) = self.pair(2, 60);
        let c = self.currency();
        let sym = c.symbols.first().copied().unwrap_or("$");
        match self.rng.below(5) {
            0 => {
                let s = *self.rng.pick(&["bn", "m", " billion", " million"]);
                let _ = write!(self.out, "between {sym}{a}{s} and {sym}{b}{s}");
            }
            1 => {
                let _ = write!(self.out, "{sym}{a}");
                self.dash();
                let _ = write!(self.out, "{sym}{b}");
            }
            2 => {
                let _ = write!(self.out, "{sym}{a}");
                self.dash();
                let _ = write!(self.out, "{b}");
                self.pick_push(&[" billion", " million", "bn"]);
            }
            3 => {
                let _ = write!(self.out, "{a} to {b}");
                self.pick_push(&[" million ", " billion "]);
                self.push(c.plural);
            }
            _ => {
                let _ = write!(
                    self.out,
                    "between {} {a} million and {} {b} million",
                    c.code, c.code
                );
            }
        }
    }

    /// "between 2,000 and 3,000", "10 to 12 million", "2,000-3,000".
    fn range_count(&mut self) {
        let (a, b) = self.pair(2, 90);
        match self.rng.below(4) {
            0 => {
                self.push("between ");
                self.int_sep(a * 100);
                self.push(" and ");
                self.int_sep(b * 100);
            }
            1 => {
                let _ = write!(self.out, "{a} to {b} million");
            }
            2 => {
                self.int_sep(a * 1000);
                self.dash();
                self.int_sep(b * 1000);
            }
            _ => {
                let _ = write!(self.out, "between {a} and {b} million");
            }
        }
    }

    /// "between 10 and 20 km", "10-20 cm", "5 to 7 miles".
    fn range_length(&mut self) {
        let (a, b) = self.pair(1, 90);
        let unit = *self.rng.pick(&[" km", " miles", " kilometres", " km"]);
        match self.rng.below(3) {
            0 => {
                let _ = write!(self.out, "between {a} and {b}{unit}");
            }
            1 => {
                let _ = write!(self.out, "{a}");
                self.dash();
                let _ = write!(self.out, "{b}{unit}");
            }
            _ => {
                let _ = write!(self.out, "{a} to {b}{unit}");
            }
        }
    }

    /// "5 to 7 days", "between two and three hours", "18-24 months".
    fn range_duration(&mut self) {
        let unit = *self
            .rng
            .pick(&[" hours", " hours", " minutes", " minutes", " days"]);
        if self.rng.chance(30) {
            let a = self.rng.between(2, 8);
            self.push("between ");
            self.words(a);
            self.push(" and ");
            let b = a + self.rng.between(1, 3);
            self.words(b);
            self.push(unit);
            return;
        }
        let (a, b) = self.pair(2, 30);
        if self.rng.chance(50) {
            let _ = write!(self.out, "{a} to {b}{unit}");
        } else {
            let _ = write!(self.out, "{a}");
            self.dash();
            let _ = write!(self.out, "{b}{unit}");
        }
    }

    /// "between 35C and 40C", "35-40 degrees Celsius", "-5 to 2 °C".
    fn range_temperature(&mut self) {
        let (a, b) = self.pair(5, 40);
        match self.rng.below(3) {
            0 => {
                let _ = write!(self.out, "between {a}C and {b}C");
            }
            1 => {
                let _ = write!(self.out, "{a}");
                self.dash();
                let _ = write!(self.out, "{b} degrees Celsius");
            }
            _ => {
                let _ = write!(self.out, "-{a} to {b} \u{b0}C");
            }
        }
    }

    // ---- periods ---------------------------------------------------------------------------

    /// A past year: mostly last year, sometimes this year or the one before.
    fn past_year(&mut self) -> u32 {
        match self.rng.below(10) {
            0..=4 => self.date.year - 1,
            5..=7 if self.date.month > 3 => self.date.year,
            _ => self.date.year - 2,
        }
    }

    fn quarter(&mut self) {
        let y = self.past_year();
        let q = self.rng.between(1, 4);
        match self.rng.below(4) {
            0 | 1 => {
                let _ = write!(self.out, "Q{q} {y}");
            }
            2 => {
                let _ = write!(
                    self.out,
                    "the {} quarter of {y}",
                    ORDINAL_WORDS[q as usize - 1]
                );
            }
            _ => {
                let _ = write!(self.out, "the {} quarter", ORDINAL_WORDS[q as usize - 1]);
            }
        }
    }

    fn fiscal(&mut self) {
        let y = self.past_year() + self.rng.below(2) as u32;
        match self.rng.below(5) {
            0 | 1 => {
                let _ = write!(self.out, "fiscal {y}");
            }
            2 => {
                let _ = write!(self.out, "FY{y}");
            }
            3 => {
                let _ = write!(self.out, "the {y} fiscal year");
            }
            _ => {
                let _ = write!(self.out, "fiscal year {y}");
            }
        }
    }

    /// A past period with its preposition, in every form the spec lists.
    fn period(&mut self) {
        match self.rng.below(20) {
            0..=3 => {
                let y = self.past_year();
                let _ = write!(self.out, "in {y}");
            }
            4 | 5 => {
                let y = self.past_year();
                let m = *self.rng.pick(MONTHS);
                let _ = write!(self.out, "in {m} {y}");
            }
            6 => {
                self.push("in ");
                self.fiscal();
            }
            7 | 8 => {
                self.push("in ");
                self.quarter();
            }
            9 => {
                let y = self.past_year();
                let h = *self.rng.pick(&["first", "second"]);
                let _ = write!(self.out, "in the {h} half of {y}");
            }
            10..=12 => self.pick_push(&["last year", "last year", "this year", "last month"]),
            13 => self.pick_push(&["last quarter", "this month", "a year ago"]),
            14 | 15 => {
                self.push("in ");
                self.pick_push(MONTHS);
            }
            16 => {
                self.push("on ");
                self.date_phrase();
            }
            17 => {
                let y = self.past_year() - 1;
                let _ = write!(self.out, "in {y}\u{2013}{}", y + 1);
            }
            _ => {
                let y = self.past_year();
                let _ = write!(self.out, "in H{} {y}", self.rng.between(1, 2));
            }
        }
    }

    /// A future period: "next year", "in 2026", "in fiscal 2026", "by 2030".
    fn next_period(&mut self) {
        let y = self.date.year + 1;
        match self.rng.below(6) {
            0 | 1 => self.push("next year"),
            2 => {
                let _ = write!(self.out, "in {y}");
            }
            3 => {
                let _ = write!(self.out, "in fiscal {y}");
            }
            4 => self.pick_push(&["this year", "in the fourth quarter", "next month"]),
            _ => {
                let _ = write!(self.out, "by {}", y + self.rng.below(8) as u32);
            }
        }
    }

    /// "March 3, 2025", "3 March 2025", "March 3".
    fn date_phrase(&mut self) {
        let y = self.past_year();
        let m = *self.rng.pick(MONTHS);
        let d = self.rng.between(1, 28);
        match self.rng.below(3) {
            0 => {
                let _ = write!(self.out, "{m} {d}, {y}");
            }
            1 => {
                let _ = write!(self.out, "{d} {m} {y}");
            }
            _ => {
                let _ = write!(self.out, "{m} {d}");
            }
        }
    }

    // ---- non-claims with digits ---------------------------------------------------------------

    fn url(&mut self) {
        let site = *self
            .rng
            .pick(&["example.org", "news.example.com", "data.example.net"]);
        let slug = *self
            .rng
            .pick(&["budget", "results", "report", "figures", "release"]);
        let (y, m, n) = (self.date.year, self.date.month, self.rng.between(2, 9999));
        let _ = write!(self.out, "https://{site}/{y}/{m:02}/{slug}-{n}.html");
    }

    fn phone(&mut self) {
        let n = self.rng.between(100, 999);
        match self.rng.below(3) {
            0 => {
                let _ = write!(self.out, "+44 20 7946 0{n}");
            }
            1 => {
                let _ = write!(self.out, "(555) 010-4{n}");
            }
            _ => {
                let _ = write!(self.out, "1-800-555-0{n}");
            }
        }
    }

    fn version(&mut self) {
        let (a, b, c) = (
            self.rng.between(1, 12),
            self.rng.below(10),
            self.rng.below(20),
        );
        match self.rng.below(3) {
            0 => {
                let _ = write!(self.out, "v{a}.{b}");
            }
            1 => {
                let _ = write!(self.out, "version {a}.{b}.{c}");
            }
            _ => {
                let _ = write!(self.out, "release {a}.{b}");
            }
        }
    }
}

pub struct Currency {
    code: &'static str,
    symbols: &'static [&'static str],
    singular: &'static str,
    plural: &'static str,
    weight: u64,
}

#[rustfmt::skip]
const CURRENCIES: &[Currency] = &[
    Currency { code: "USD", symbols: &["$", "$", "$", "US$"], singular: "dollar", plural: "dollars", weight: 40 },
    Currency { code: "EUR", symbols: &["\u{20ac}"], singular: "euro", plural: "euros", weight: 15 },
    Currency { code: "GBP", symbols: &["\u{a3}"], singular: "pound", plural: "pounds", weight: 10 },
    Currency { code: "CNY", symbols: &[], singular: "yuan", plural: "yuan", weight: 7 },
    Currency { code: "JPY", symbols: &["\u{a5}"], singular: "yen", plural: "yen", weight: 5 },
    Currency { code: "INR", symbols: &["\u{20b9}", "Rs "], singular: "rupee", plural: "rupees", weight: 4 },
    Currency { code: "RUB", symbols: &[], singular: "rouble", plural: "roubles", weight: 4 },
    Currency { code: "CHF", symbols: &[], singular: "Swiss franc", plural: "Swiss francs", weight: 2 },
    Currency { code: "AUD", symbols: &["A$"], singular: "Australian dollar", plural: "Australian dollars", weight: 2 },
    Currency { code: "CAD", symbols: &["C$"], singular: "Canadian dollar", plural: "Canadian dollars", weight: 2 },
    Currency { code: "HKD", symbols: &["HK$"], singular: "Hong Kong dollar", plural: "Hong Kong dollars", weight: 1 },
    Currency { code: "KRW", symbols: &["\u{20a9}"], singular: "won", plural: "won", weight: 2 },
    Currency { code: "BRL", symbols: &["R$"], singular: "real", plural: "reais", weight: 1 },
    Currency { code: "ZAR", symbols: &[], singular: "rand", plural: "rand", weight: 1 },
    Currency { code: "SEK", symbols: &[], singular: "Swedish crown", plural: "Swedish crowns", weight: 1 },
    Currency { code: "NOK", symbols: &[], singular: "Norwegian crown", plural: "Norwegian crowns", weight: 1 },
    Currency { code: "TRY", symbols: &[], singular: "lira", plural: "lira", weight: 1 },
    Currency { code: "MXN", symbols: &[], singular: "peso", plural: "pesos", weight: 1 },
    Currency { code: "PLN", symbols: &[], singular: "zloty", plural: "zlotys", weight: 1 },
    Currency { code: "SGD", symbols: &["S$"], singular: "Singapore dollar", plural: "Singapore dollars", weight: 1 },
];

/// A unit a measure may be written in.
struct Unit {
    /// Written after the number, with its space when it takes one.
    suffix: &'static str,
    /// Whether "million"/"billion"/"thousand" may come before it ("50 billion cubic metres").
    scaled: bool,
    low: u64,
    high: u64,
    decimals: u32,
}

const fn unit(suffix: &'static str, scaled: bool, low: u64, high: u64, decimals: u32) -> Unit {
    Unit {
        suffix,
        scaled,
        low,
        high,
        decimals,
    }
}

/// Lengths on a human scale; [`DISTANCES`] are the long ones.
const LENGTHS: &[Unit] = &[
    unit(" metres", false, 1, 9, 2),
    unit("m", false, 1, 9, 2),
    unit(" ft", false, 2, 90, 0),
    unit(" feet", false, 2, 90, 0),
    unit(" inches", false, 1, 40, 1),
    unit(" cm", false, 1, 300, 1),
    unit(" mm", false, 1, 900, 0),
    unit(" yards", false, 5, 400, 0),
];
const DISTANCES: &[Unit] = &[
    unit(" km", false, 2, 2500, 1),
    unit(" kilometres", false, 2, 4000, 0),
    unit(" miles", false, 2, 2000, 1),
    unit(" metres", false, 100, 900, 0),
    unit(" nautical miles", false, 5, 400, 0),
];
const FLOOR_AREAS: &[Unit] = &[
    unit(" square metres", false, 30, 200, 0),
    unit(" sq m", false, 30, 200, 0),
    unit(" m2", false, 30, 200, 0),
    unit(" square feet", false, 400, 3000, 0),
    unit(" sq ft", false, 400, 3000, 0),
];
const DOSES: &[Unit] = &[
    unit(" mg", false, 5, 900, 0),
    unit(" milligrams", false, 5, 900, 0),
    unit(" grams", false, 1, 30, 1),
    unit("g", false, 1, 30, 0),
];
const AREAS: &[Unit] = &[
    unit(" hectares", true, 10, 90000, 0),
    unit(" acres", true, 10, 90000, 0),
    unit(" square kilometres", true, 10, 9000, 0),
    unit(" km2", false, 1, 9000, 1),
    unit(" square miles", false, 2, 9000, 0),
];
const MASSES: &[Unit] = &[
    unit(" tonnes", true, 2, 900, 1),
    unit(" tonnes", false, 2000, 900_000, 0),
    unit(" metric tons", true, 2, 900, 1),
    unit(" Mt", false, 1, 900, 1),
    unit(" Gt", false, 1, 60, 1),
    unit(" kt", false, 10, 900, 0),
    unit(" kg", true, 1, 900, 1),
    unit(" lb", true, 1, 900, 0),
    unit(" pounds", true, 1, 90, 0),
];
const VOLUMES: &[Unit] = &[
    unit(" bcm", false, 1, 200, 1),
    unit(" cubic metres", true, 1, 90, 1),
    unit(" tcf", false, 1, 90, 1),
    unit(" barrels", true, 1, 20, 1),
    unit(" litres", true, 1, 90000, 0),
    unit(" gallons", true, 1, 9000, 0),
    unit(" bbl", false, 100, 9000, 0),
];
const ENERGIES: &[Unit] = &[
    unit(" TWh", false, 1, 900, 1),
    unit(" GWh", false, 10, 9000, 0),
    unit(" MWh", false, 100, 90000, 0),
    unit(" kWh", false, 1, 5000, 1),
    unit(" terawatt hours", false, 1, 900, 1),
    unit(" gigawatt-hours", false, 10, 9000, 0),
];
const POWERS: &[Unit] = &[
    unit(" GW", false, 1, 120, 1),
    unit(" MW", false, 5, 5000, 0),
    unit(" megawatts", false, 5, 5000, 0),
    unit(" gigawatts", false, 1, 120, 1),
];
/// Engines, chips and appliances.
const SMALL_POWERS: &[Unit] = &[
    unit(" kW", false, 1, 500, 1),
    unit(" W", false, 5, 900, 0),
    unit(" watts", false, 5, 900, 0),
    unit(" hp", false, 70, 1500, 0),
    unit(" horsepower", false, 70, 1500, 0),
];
/// Natural gas.
const GAS_VOLUMES: &[Unit] = &[
    unit(" bcm", false, 1, 200, 1),
    unit(" billion cubic metres", false, 1, 200, 1),
    unit(" tcf", false, 1, 90, 1),
    unit(" cubic metres", true, 1, 90, 1),
];
const SPEEDS: &[Unit] = &[
    unit(" km/h", false, 20, 350, 0),
    unit(" mph", false, 10, 220, 0),
    unit(" knots", false, 5, 60, 0),
    unit(" kilometres per hour", false, 20, 350, 0),
    unit(" m/s", false, 1, 90, 1),
];
const INFORMATION: &[Unit] = &[
    unit(" TB", false, 1, 20, 0),
    unit(" GB", false, 4, 1024, 0),
    unit(" MB", false, 1, 900, 0),
    unit(" terabytes", false, 1, 900, 0),
    unit(" gigabytes", false, 1, 900, 0),
];
const RAINFALL: &[Unit] = &[
    unit(" mm", false, 5, 400, 0),
    unit(" millimetres", false, 5, 400, 0),
    unit(" inches", false, 1, 20, 1),
    unit(" cm", false, 1, 60, 0),
];

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINAL_WORDS: [&str; 4] = ["first", "second", "third", "fourth"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Hedges before a figure (each hedge of the spec is here).
const HEDGES: &[&str] = &[
    "about ",
    "approximately ",
    "around ",
    "roughly ",
    "some ",
    "an estimated ",
    "circa ",
    "nearly ",
    "almost ",
    "just under ",
    "close to ",
    "not quite ",
    "more than ",
    "over ",
    "above ",
    "in excess of ",
    "upwards of ",
    "exceeding ",
    "at least ",
    "no less than ",
    "a minimum of ",
    "less than ",
    "under ",
    "below ",
    "up to ",
    "at most ",
    "no more than ",
    "a maximum of ",
    "exactly ",
    "precisely ",
];
const COUNT_HEDGES: &[&str] = &["fewer than ", "no fewer than ", "as many as "];
const UP_VERBS: &[&str] = &[
    "rose",
    "climbed",
    "grew",
    "increased",
    "jumped",
    "was up",
    "edged up",
    "surged",
];
const DOWN_VERBS: &[&str] = &[
    "fell",
    "dropped",
    "declined",
    "slid",
    "decreased",
    "was down",
    "shrank",
    "plunged",
];
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "tenth", "30th", "21st", "2nd", "3rd", "12th",
    "43rd", "101st",
];
const TIMES: &[&str] = &[
    "10:30",
    "3 p.m.",
    "9.30am",
    "14:00 GMT",
    "7 a.m.",
    "6:45 p.m.",
    "08:15 local time",
    "11pm",
];
const PRODUCTS: &[&str] = &[
    "Boeing 737",
    "Boeing 737 MAX",
    "Airbus A320",
    "A320neo",
    "F-16",
    "Windows 11",
    "iPhone 16",
    "Model 3",
    "PlayStation 5",
    "Galaxy S24",
];
const FIRST_NAMES: &[&str] = &[
    "Maria", "Chen", "James", "Aisha", "Lars", "Priya", "Tomasz", "Yuki", "Olu", "Elena", "David",
    "Fatima", "Sven", "Ana", "Kwame", "Hiroshi", "Claire", "Rahul", "Ingrid", "Omar",
];
const LAST_NAMES: &[&str] = &[
    "Keller",
    "Wei",
    "Okafor",
    "Lindqvist",
    "Sharma",
    "Nowak",
    "Tanaka",
    "Adeyemi",
    "Petrova",
    "Morgan",
    "Haddad",
    "Berg",
    "Silva",
    "Mensah",
    "Sato",
    "Dubois",
    "Gupta",
    "Hansen",
    "Reyes",
    "Fischer",
];
const ROLES: &[&str] = &[
    "chief executive",
    "finance minister",
    "chief economist",
    "spokeswoman",
    "spokesman",
    "analyst at a London brokerage",
    "head of research",
    "health minister",
    "union leader",
];
const COUNTRIES: &[&str] = &[
    "China",
    "Russia",
    "India",
    "Germany",
    "Brazil",
    "Japan",
    "the United States",
    "Britain",
    "France",
    "Nigeria",
    "Indonesia",
    "Mexico",
    "South Africa",
    "Australia",
    "Canada",
    "Turkey",
    "Poland",
    "Vietnam",
];
const CITIES: &[&str] = &[
    "London",
    "Moscow",
    "Beijing",
    "Frankfurt",
    "Mumbai",
    "Sao Paulo",
    "Tokyo",
    "New York",
    "Paris",
    "Lagos",
    "Jakarta",
    "Singapore",
    "Sydney",
    "Toronto",
    "Warsaw",
    "Nairobi",
];
const TEAMS: &[&str] = &[
    "Ashford United",
    "Real Castellon",
    "Riverside Rovers",
    "FC Nordhavn",
    "Sporting Lisboa Norte",
    "the Harbour Lions",
    "the national team",
];

const LIST_LINES: &[&str] = &[
    "revenue: {money0}, up {chg0}",
    "operating margin: {pct0}",
    "headcount: {cnt0}",
    "net debt: {money0} at the end of {quarter}",
    "market share: {pct0}, down {pp}",
    "output: {energy} {period}",
    "visitors: {many0}",
    "budget: {range_money}",
];

const CLOSINGS: &[&str] = &[
    "Reporting by {person}; editing by {person}.",
    "The full report is available at {url}.",
    "For more information call {phone}.",
    "Read more: {url}",
    "This story was updated at {time} to add comments from {person}.",
];

/// Sentences any article may contain: quotes, context and the non-claims with digits.
const GENERAL: &[&str] = &[
    "\u{201c}This is one of the most important decisions we have taken,\u{201d} {person} said.",
    "{person}, the {role}, said the figures were \u{201c}better than expected\u{201d}.",
    "The announcement came at a news conference at {time} on {weekday}.",
    "Officials from the G20 are due to meet in {city} on {date}.",
    "Dozens of protesters gathered outside the building on {weekday}.",
    "Several analysts said the outlook remained uncertain.",
    "Hundreds of thousands of people have signed a petition against the plan.",
    "One day, {person} said, the numbers would speak for themselves.",
    "The full report is available at {url}.",
    "The figures are published in an annex to the report.[1]",
    "The statement was released on {date}.",
    "The meeting was the {ord} of its kind this year.",
    "Talks are expected to resume in the {ord} week of {month}.",
    "The agency runs a 24/7 hotline on {phone}.",
    "The odds are roughly 50-50, one trader said.",
    "{person} spoke to reporters on the sidelines of the {summit} summit.",
    "The software, {version}, was released on {date}.",
    "Under Article 5 of the agreement, either side may call for consultations.",
    "The issue was debated at the Fourth Plenary Session in {month}.",
    "One of the main goals is to simplify the rules, {person} said.",
    "{person}, 54, has led the organisation since {yearpast}.",
    "The {ord}-largest economy in the region is also its most indebted.",
    "Growth was measured year-on-year, as is customary for the series.",
    "The committee will publish its {ord} report in {month}, {person} {said}.",
];

const RESULTS: Topic = Topic {
    name: "results",
    headlines: &[
        "{org} Profit Jumps {chg0} on Strong Demand",
        "{org} Revenue Falls {chg0} as Orders Slow",
        "{org} to Cut {cnt0} Jobs After {money0} Loss",
        "{org} Beats Forecasts, Raises {ythis} Outlook",
    ],
    sentences: &[
        "{org} said {metric} {up} {chg} to {money0} {period}, ahead of the {money} analysts had expected.",
        "{metric} {down} {chg} to {money0} {period}, from {money0} {prev}.",
        "Shares in {org} closed {chg0} higher at {price0} on {weekday}, valuing the company at {money}.",
        "Shares fell as much as {chg0} in early trading before recovering by {time} on {weekday}.",
        "The group now expects full-year {metric} of {range_money}, compared with an earlier forecast of {money}.",
        "Operating margin narrowed by {pp} to {pct0} {period}.",
        "{org} plans to cut {cnt} jobs, roughly {pct0} of its workforce, {target}.",
        "The board proposed a dividend of {price0} a share and a buyback of up to {money0}.",
        "Deliveries of the {product} rose to {cnt0} units {period}, a {chg0} {rise} on {prev}.",
        "{metric} for {fiscal} came in at {money}, the {ord} consecutive year of growth.",
        "Net debt stood at {money} at the end of {quarter}.",
        "Chief executive {person} told analysts on a call at {time} that {metric} in {country} {up} {chg}.",
        "The company employs {many} people in {few} countries and spent {money} on research {period}.",
        "{org}, one of the {few0} largest suppliers in the sector, booked a one-off charge of {money}.",
        "{y}'s results were flattered by a {money0} gain from the sale of its {country} unit.",
        "Analysts had forecast earnings per share of {price}, against {price0} {prev}.",
        "{metric} in {quarter} {move} {chg} year-on-year to {money0}.",
        "Orders for the {product} {move} {chg} {period}, while the order backlog reached {money}.",
        "In {y}, {org} shipped {many} units, while in {y2} it shipped {many0}.",
        "The company lost {money0} in {fiscal}, compared with a profit of {money0} {prev}.",
        "Its gross margin was {neg} in the loss-making division, the {ord} quarter in the red.",
        "Research spending increased by {money0} to {money0} {period}.",
        "Sales in {country} rose by {chg0}, while costs fell by {chg0}.",
    ],
    orgs: &[
        "Halvorsen Group",
        "Kestrel Motors",
        "Aurora Telecom",
        "Meridian Foods",
        "Brightwater Holdings",
        "Tamura Electronics",
        "Solvang Shipping",
        "Crescent Retail",
        "Vantage Pharma",
        "Orion Steel",
        "Pinecrest Bank",
    ],
    metrics: &[
        "revenue",
        "net profit",
        "operating profit",
        "sales",
        "net income",
        "core earnings",
        "adjusted EBITDA",
        "free cash flow",
        "order intake",
    ],
};

const BUDGET: Topic = Topic {
    name: "budget",
    headlines: &[
        "Government Unveils {money0} Spending Plan",
        "Deficit Widens to {pct0} of GDP",
        "{country} Budget Raises Defence Spending by {chg0}",
    ],
    sentences: &[
        "The government will spend {money} on {metric} {next}, the {role} told parliament.",
        "The budget deficit widened to {rate} of GDP {period}, from {rate0} {prev}.",
        "Public debt stands at {money}, or {pct0} of economic output.",
        "Tax revenue {up} {chg} year-on-year to {money0} {period}.",
        "Under Article 5 of the fiscal rules, the deficit must stay below {rate0}.",
        "The plan earmarks {range_money} for defence over the next {few0} years.",
        "Pensions will rise by {chg0} from April, adding {money} a year to the bill.",
        "Around {many0} households will receive a one-off payment of {price0}.",
        "{country} aims to cut its deficit to {rate0} of GDP {target}.",
        "Spending on {metric} was raised by {money0}, a {chg0} {rise} on {prev}.",
        "Finance ministers of the G20 meet in {city} on {date} to discuss debt relief.",
        "The budget was passed by {cnt0} votes to {cnt0} after a debate lasting {dur}.",
        "Interest payments on the debt will reach {money} {next}, more than the defence budget.",
        "The ministry expects growth of {range_pct} {next}.",
        "{fiscal} ended with a surplus of {money0}, the first since {yearpast}.",
        "Borrowing in {quarter} was {money0}, {money} less than forecast.",
        "Local councils face a funding gap of {money} {target}.",
        "The state audit office found that {pct} of contracts were awarded without a tender.",
    ],
    orgs: &[
        "the Treasury",
        "the finance ministry",
        "the budget office",
        "the state audit office",
    ],
    metrics: &[
        "health",
        "education",
        "defence",
        "infrastructure",
        "social security",
        "public transport",
        "housing",
    ],
};

const ENERGY: Topic = Topic {
    name: "energy",
    headlines: &[
        "Utility Plans {power0} Offshore Wind Farm",
        "Gas Exports Fall {chg0} in {month}",
        "Solar Output Hits Record {energy}",
    ],
    sentences: &[
        "{org} will build a {power} offshore wind farm off the coast of {country} at a cost of {money}.",
        "Gas flows through Power of Siberia 2 could reach {gas} a year {target}.",
        "{country} exported {gas} of gas {period}, down {chg} from {prev}.",
        "Solar output {up} {chg} to {energy} {period}.",
        "The plant, which has a capacity of {power}, will supply {many} homes.",
        "Brent crude {move} {chg0} to {price0} a barrel at {time}.",
        "Output averaged {vol} a day in {month}, the {ord} monthly increase.",
        "Wholesale power prices fell to {price0} per megawatt hour.",
        "Renewables supplied {pct} of the country's electricity {period}, up {pp} on {prev}.",
        "The pipeline, {dist} long, runs from {city} to the border.",
        "An average household uses {energy} of electricity a year.",
        "Battery storage capacity is expected to reach {power} {target}.",
        "The utility raised its tariff by {chg0}, or {price0} a month for a typical customer.",
        "Coal generation {down} to {energy} {period}, its lowest level since {yearpast}.",
        "The reactor near {city} has been offline for {span} after a fault at {time} on {weekday}.",
        "The agency expects demand of {range_pct} growth {next}.",
        "Gas storage sites were {pct0} full on {date}.",
    ],
    orgs: &[
        "Northwind Energy",
        "Solvik Power",
        "Baltic Grid",
        "Sunridge Renewables",
        "Helios Solar",
        "the grid operator",
        "the International Energy Agency",
    ],
    metrics: &[
        "gas output",
        "oil production",
        "power demand",
        "wind generation",
    ],
};

const CLIMATE: Topic = Topic {
    name: "climate",
    headlines: &[
        "Heatwave Pushes Temperatures to {temp0}",
        "Emissions Rise {chg0} Despite Pledges",
        "Storm Leaves {many0} Homes Without Power",
    ],
    sentences: &[
        "Temperatures reached {temp} in {city} on {weekday}, the highest since {yearpast}.",
        "The region received {rain} of rain in {dur0}, {chg0} more than the monthly average.",
        "Global emissions {up} {chg} to {mass} of CO2 {period}.",
        "Limiting warming to 1.5C requires cutting emissions by {pct0} {target}.",
        "Wildfires burned {area} {period}, {chg0} more than {prev}.",
        "Sea ice extent fell to {area} in September, the {ord} lowest on record.",
        "Wind gusts of up to {speed} were recorded at {time}.",
        "At COP29 delegates agreed to mobilise {money} a year for developing countries.",
        "More than {cnt0} people were evacuated as the river rose {dec} metres in {dur0}.",
        "The warmest year on record was {y}, when temperatures were {temp} above pre-industrial levels.",
        "Nearly {pct0} of the glacier's volume has been lost since {yearpast}.",
        "The storm left {many} homes without power and caused an estimated {money0} in damage.",
        "Forecasters expect {range_cm} of snow on high ground and lows of {range_temp}.",
        "Night-time lows of {temp} are forecast for {weekday}.",
        "Waves of up to {len} hit the coast, and the sea wall will be raised by {len0}.",
        "The reservoir is at {pct0} of capacity, holding {vol}.",
        "Planting {many0} trees would absorb {mass} of carbon dioxide over {span0}.",
    ],
    orgs: &[
        "the Met Office",
        "the national weather service",
        "the World Meteorological Organization",
    ],
    metrics: &["rainfall", "emissions", "sea levels"],
};

const SPORT: Topic = Topic {
    name: "sport",
    headlines: &[
        "{team} Win {score} to Reach Final",
        "Record {money0} Transfer Completed",
        "{person} Sets Course Record in {city}",
    ],
    sentences: &[
        "{team} beat {team} {score} on {weekday} to move {ord} in the table.",
        "The striker joined from {team} in a deal worth {money}, a club record.",
        "A crowd of {cnt} watched the final in {city}.",
        "She won the marathon in two hours {few0} minutes, taking {secs} off the course record.",
        "The club finished {ord} in the league, {few0} points behind the leaders.",
        "Ticket prices rose {chg} to {price0} for the {season} season.",
        "Broadcast rights were sold for {money} over {few0} seasons.",
        "{person}, 31, has scored {few} goals in {few0} appearances this season.",
        "Attendance averaged {cnt0}, up {chg0} on the previous season.",
        "The match kicks off at {time} and is sold out.",
        "It was a 50-50 game until the {ord} minute, when {person} scored.",
        "The Formula 1 circuit is {dist} long and cars reach {speed} on the straight.",
        "He ran the 100 metres in {secs} at the trials in {month}.",
        "The club's wage bill {up} {chg} to {money0} in {fiscal}.",
        "The stadium, which holds {cnt0} fans, will be expanded by {cnt0} seats {target}.",
        "The race covers {range_len} a day over {few0} stages.",
        "She cleared {len0} to win gold, {len} short of the world record.",
    ],
    orgs: &["the league", "the football association", "the organisers"],
    metrics: &["revenue", "attendance", "ticket sales"],
};

const HEALTH: Topic = Topic {
    name: "health",
    headlines: &[
        "Hospital Waiting Lists Hit {many0}",
        "COVID-19 Admissions Rise {chg0}",
        "Trial Shows {pct0} Response to New Drug",
    ],
    sentences: &[
        "COVID-19 admissions {up} {chg} in the week to {date}.",
        "Waiting lists stand at {many} patients, with {cnt} waiting more than {span0}.",
        "The trial enrolled {cnt0} patients across {few0} sites, and {pct} responded to a daily {dose} dose.",
        "The drug costs {price} per course, or {money0} a year for the health service.",
        "Life expectancy fell to {lifeexp} years {period}.",
        "The guidelines recommend {range_dur} of exercise a week.",
        "The vaccine was {pct0} effective against severe disease.",
        "{org} employs {cnt} nurses and runs its emergency department 24/7.",
        "Spending on mental health {up} to {money0}, {pct0} of the budget.",
        "Obesity rates have nearly doubled since {yearpast}, to {pct0} of adults.",
        "Patients can call NHS 111 or the helpline on {phone}.",
        "The hospital has {few0} intensive care beds and {cnt0} staff.",
        "Adults should eat less than {dose} of salt a day, {org} said.",
        "Measles cases {up} to {cnt0} {period}, from {cnt0} {prev}.",
        "The average wait in the emergency department was {dur}.",
        "Babies born weighing under {few0} pounds need specialist care.",
    ],
    orgs: &[
        "the health ministry",
        "the World Health Organization",
        "St Mary's Hospital",
        "Vantage Pharma",
        "the NHS",
    ],
    metrics: &["admissions", "infections", "waiting times"],
};

const TRANSPORT: Topic = Topic {
    name: "transport",
    headlines: &[
        "Passenger Numbers Rise {chg0} at {city} Airport",
        "Airline Orders {few0} Jets Worth {money0}",
        "High-Speed Line Cuts Journey to {dur0}",
    ],
    sentences: &[
        "{org} carried {many} passengers {period}, up {chg} on {prev}.",
        "The airline ordered {few0} Airbus A320neo jets and {few0} Boeing 737 MAX aircraft, worth {money} at list prices.",
        "The new high-speed line will cut journey times to {dur0} and allow speeds of {speed}.",
        "The electric bus has a {watts} motor and a range of {dist}.",
        "The {dist0} tunnel cost {money}, {chg0} over budget.",
        "Punctuality fell to {pct0} in September, down {pp} from {prev}.",
        "Fares will rise by {chg0} from January, the {ord} increase in {few0} years.",
        "A stretch of the M25 will close from {time} on {weekday} for resurfacing.",
        "Electric vehicles made up {pct} of new car sales {period}.",
        "Average speeds on the route are {speed}, against a limit of {speed}.",
        "Petrol costs {price0} a litre, up from {price0} {prev}.",
        "The ferry crossing takes {range_dur} depending on the weather.",
        "The port handled {many} containers {period}, a {chg0} {drop} on {prev}.",
        "Flight 217 to {city} was delayed by {dur} on {weekday}.",
        "The bridge, {dist} long, carries {cnt} vehicles a day.",
        "The operator will spend {money} on {few} new trains {target}.",
        "Car sales {move} {chg} to {cnt0} units in {month}.",
    ],
    orgs: &[
        "Blue Harbor Airlines",
        "Northern Rail",
        "the port authority",
        "Skyline Air",
        "Metro Transit",
    ],
    metrics: &["passenger numbers", "freight volumes", "ticket revenue"],
};

const AGRICULTURE: Topic = Topic {
    name: "agriculture",
    headlines: &[
        "Wheat Harvest Forecast at {mass0}",
        "Drought Cuts Crop Yields by {chg0}",
        "Coffee Prices Jump {chg0}",
    ],
    sentences: &[
        "The wheat harvest is forecast at {mass} {next}, down {chg} from {prev}.",
        "Farmers planted {area} of maize {period}.",
        "Rainfall of {rain} in {month} helped the crop recover.",
        "Milk prices rose to {price0} a litre, the {ord} increase this year.",
        "Coffee futures jumped {chg0} to {price0} a pound.",
        "The drought has cost farmers an estimated {money0}.",
        "Exports of soybeans reached {mass} {period}, worth {money}.",
        "The average farm covers {area}, {org} said.",
        "The cattle herd {down} to {many0} head, the lowest since {yearpast}.",
        "Yields averaged {dec} tonnes per hectare, against {dec} tonnes {prev}.",
        "Fertiliser prices have almost doubled to {price0} a tonne.",
        "Locusts damaged hundreds of thousands of hectares in {country}.",
        "{country}'s rice output {move} {chg} to {mass0} in {fiscal}.",
        "The subsidy scheme pays {price0} per hectare to {cnt} farmers.",
        "{y}'s harvest was the largest in {few0} years.",
    ],
    orgs: &[
        "the agriculture ministry",
        "the farmers' union",
        "the grain board",
        "Meridian Foods",
    ],
    metrics: &["wheat output", "grain exports", "farm incomes"],
};

const TRADE: Topic = Topic {
    name: "trade",
    headlines: &[
        "Exports Fall {chg0} in {month}",
        "{country}, {country} Sign Multiple Agreements Following {few0} Hour Talks",
        "Trade Surplus Narrows to {money0}",
    ],
    sentences: &[
        "Exports {down} {chg} year-on-year to {money0} {period}, customs data showed.",
        "The trade surplus narrowed to {money0} {period} from {money0} {prev}.",
        "Trade between {country} and {country} hit another record last year, reaching {money0}.",
        "Tariffs of {pct0} will apply to {money} of imports from {date}.",
        "The two leaders talked for {dur} and signed {few} agreements.",
        "Around {few0} priority joint projects, worth approximately {money0}, are underway.",
        "Imports of crude oil {move} {chg} to {vol} in {month}.",
        "Section 232 tariffs on steel were raised to {pct0} {period}.",
        "{country} accounts for {pct} of global exports of the metal.",
        "Shipments of soybeans {move} to {mass} {period}.",
        "The port of {city} handled {many} containers, {chg0} more than {prev}.",
        "The agreement cuts duties on {cnt0} products by {range_pct} over {few0} years.",
        "Investment from {country} {up} {chg} to {money0} in {quarter}.",
        "Rail freight to {country} takes {range_dur}, against {span0} by sea.",
        "The G7 agreed a price cap of {price0} a barrel.",
    ],
    orgs: &[
        "customs",
        "the commerce ministry",
        "the World Trade Organization",
    ],
    metrics: &["exports", "imports", "the trade surplus"],
};

const TECH: Topic = Topic {
    name: "tech",
    headlines: &[
        "{org} Users Top {many0}",
        "Data Breach Hits {many0} Customers",
        "Cloud Revenue Climbs {chg0}",
    ],
    sentences: &[
        "{org} said its app had {many} monthly users, up {chg} from {prev}.",
        "The phone ships with {info} of storage and costs {price}.",
        "A data breach exposed the records of {many} customers.",
        "The update, {version}, fixes {few} security flaws.",
        "Windows 11 now runs on {pct} of the company's PCs.",
        "Cloud revenue {up} {chg} to {money0} in {quarter}.",
        "The data centre will draw up to {power0} and use {vol} of water a year.",
        "The company was fined {money} under Section 230 rules, a decision it will appeal.",
        "Download speeds averaged {cnt0} Mbps, {chg0} faster than {prev}.",
        "Support is available 24/7 at {url}.",
        "The 5G network covers {pct0} of the population and {area}.",
        "The chip draws {watts} and stores {info} of data.",
        "{org} spent {money} on research {period}, {pct0} of sales.",
        "The start-up raised {money} at a valuation of {money0}.",
        "Smartphone shipments {move} {chg} to {many0} units in {quarter}.",
    ],
    orgs: &[
        "Aurora Telecom",
        "Tamura Electronics",
        "Cloudspire",
        "Nimbus Labs",
        "Quillbyte",
    ],
    metrics: &["cloud revenue", "subscriptions", "advertising sales"],
};

const HOUSING: Topic = Topic {
    name: "housing",
    headlines: &[
        "House Prices Rise {chg0} in {month}",
        "Rents Climb to Record {price0}",
        "Builder to Deliver {cnt0} Homes",
    ],
    sentences: &[
        "Average house prices {up} {chg} to {house} {period}.",
        "Rents {up} {chg} year-on-year {period}, {org} said.",
        "The developer will build {cnt} homes on a {area} site.",
        "A two-bedroom flat of {floor} sells for about {house}.",
        "Mortgage rates fell to {rate0}, down {pp} from {prev}.",
        "Housing starts {down} to {cnt0} {period}.",
        "The government has pledged {few} new towns and {many0} homes {target}.",
        "The average rent is {price0} a month, or {pct0} of take-home pay.",
        "Prices in {city} are {chg0} lower than their peak in {yearpast}.",
        "House price growth was {neg} in {month}, the weakest reading since {yearpast}.",
        "Grants to developers were cut by {chg0} {period}.",
        "Sales of homes worth more than {money0} {move} {chg} {period}.",
        "The tower has {few0} floors and {floor} of office space.",
        "Completions {move} {chg} in {quarter} to {cnt0}.",
    ],
    orgs: &[
        "the land registry",
        "Crescent Homes",
        "the statistics office",
    ],
    metrics: &["house prices", "rents", "mortgage approvals"],
};

const JOBS: Topic = Topic {
    name: "jobs",
    headlines: &[
        "Unemployment Rises to {pct0}",
        "Employers Add {cnt0} Jobs in {month}",
        "Minimum Wage to Rise to {price0} an Hour",
    ],
    sentences: &[
        "The unemployment rate {up} to {rate0} {period}, from {rate0} {prev}.",
        "Employers added {cnt} jobs in September, more than the {cnt0} economists had expected.",
        "Average earnings grew {chg} year-on-year, or {rate0} after inflation.",
        "The minimum wage will rise to {price0} an hour from April.",
        "Some {many0} people are out of work, the highest since {yearpast}.",
        "Workers in the sector put in {dur} a week on average.",
        "{person}, 54, has worked at the plant for {few0} years.",
        "Strikes cost the economy {money} and {cnt0} working days {period}.",
        "Jobless claims fell by {cnt0} to {cnt0} in the week ended {date}.",
        "Youth unemployment stands at {pct}, against {rate0} for all workers.",
        "The retailer will hire {cnt} seasonal staff at {price0} an hour.",
        "Vacancies {move} {chg} to {many0} in the three months to {month}.",
    ],
    orgs: &[
        "the statistics office",
        "the labour department",
        "the employers' federation",
    ],
    metrics: &["employment", "wages", "vacancies"],
};

const CENTRAL_BANK: Topic = Topic {
    name: "central_bank",
    headlines: &[
        "Central Bank Raises Rates by {pp}",
        "Inflation Eases to {pct0}",
        "Economy Shrinks {chg0} in {quarter}",
    ],
    sentences: &[
        "The central bank raised its benchmark rate by {pp} to {rate0}, the {ord} increase in a row.",
        "Consumer prices {up} {chg} year-on-year in September, after {rate0} in August.",
        "Core inflation eased to {rate} {period}.",
        "The bank expects inflation of {range_pct} {next}.",
        "GDP {down} {chg} in {quarter}, the first contraction since {yearpast}.",
        "The economy grew at an annualised rate of {rate0} {period}.",
        "Growth came in at {neg} quarter-on-quarter, worse than forecast.",
        "Policymakers voted 7-2 to hold rates at {rate0}.",
        "The bank bought {money} of government bonds {period}.",
        "The yield on ten-year bonds rose {pp} to {rate0}.",
        "The euro fell {chg0} to {price0} at {time}.",
        "Inflation rose from {rate0} to {rate0} between {month} and {month}.",
        "Foreign reserves {move} by {money0} to {money0} {period}.",
        "{org} cut its growth forecast for {ythis} to {rate0} from {rate0}.",
    ],
    orgs: &[
        "the central bank",
        "the Federal Reserve",
        "the European Central Bank",
        "the Bank of England",
        "the Reserve Bank",
    ],
    metrics: &["inflation", "growth", "the policy rate"],
};

const TOURISM: Topic = Topic {
    name: "tourism",
    headlines: &[
        "{city} Welcomes Record {many0} Visitors",
        "Hotel Occupancy Hits {pct0}",
        "Tourist Spending Rises {chg0}",
    ],
    sentences: &[
        "{city} welcomed {many} visitors {period}, up {chg} on {prev}.",
        "In {y}, {many} tourists visited the island, while {many0} travelled to the mainland.",
        "Hotel occupancy reached {pct} in August.",
        "Visitors spent {money} {period}, {org} said.",
        "A night at the hotel costs {price}.",
        "Cruise ships brought {cnt} passengers to the port {period}.",
        "The museum drew {many} visitors during the festival, which lasted {dur0}.",
        "The average stay was {dur}, down from {dur0} {prev}.",
        "Flights from {city} take {range_dur}.",
        "The beach, {dist} long, was named the {ord} best in Europe.",
        "A tourist tax of {price0} a night will raise {money} a year.",
        "Arrivals from {country} {move} {chg} in {quarter}.",
    ],
    orgs: &[
        "the tourism board",
        "the hotel association",
        "the city council",
    ],
    metrics: &["visitor numbers", "hotel bookings", "tourist spending"],
};

const EDUCATION: Topic = Topic {
    name: "education",
    headlines: &[
        "University Enrols {cnt0} Students",
        "Tuition Fees to Rise to {price0}",
        "Teachers Win {chg0} Pay Rise",
    ],
    sentences: &[
        "The {org} enrolled {cnt} students {period}, including {cnt0} from {country}.",
        "Tuition fees will rise to {price0} a year from {month}.",
        "{pct0} of pupils passed the exam, up {pp} on {prev}.",
        "Teachers' pay rose {chg0} {period}.",
        "The university ranks {ord} in the world for engineering.",
        "Schools will receive {money} to repair buildings {next}.",
        "Class sizes average {few0} pupils, against {few0} a decade ago.",
        "Some {cnt0} Russian students study in China, and {cnt} Chinese students in Russia.",
        "The scholarship is worth {price} a year for {few0} years.",
        "About {pct0} of graduates find work within {span0}.",
        "Spending per pupil {move} {chg} in real terms {period}.",
    ],
    orgs: &["university", "education ministry", "school board"],
    metrics: &["enrolment", "funding", "exam results"],
};

const TOPICS: &[Topic] = &[
    RESULTS,
    BUDGET,
    ENERGY,
    CLIMATE,
    SPORT,
    HEALTH,
    TRANSPORT,
    AGRICULTURE,
    TRADE,
    TECH,
    HOUSING,
    JOBS,
    CENTRAL_BANK,
    TOURISM,
    EDUCATION,
];

// ---- news density: number-free prose ----------------------------------------------------------
//
// Nothing below may state a figure: no digits, number words, ordinals or units after "a"
// ("a year", "an hour"). The test `news_prose_states_nothing` runs the extractor on every
// template and asserts it finds no claim.

/// Percent of the body paragraphs of a news-density article that hold a sentence with
/// figures; the rest are quotes and context.
const NEWS_FIGURE_PARAGRAPHS: u64 = 15;

/// Invented given names are a start and an end: "Talia", "Maren", "Ivodric".
const GIVEN_STARTS: &[&str] = &[
    "Ma", "Ta", "Li", "Ro", "Se", "Ka", "Ne", "Jo", "Ei", "Da", "Ha", "Ve", "So", "Mi", "Ar", "El",
    "Bri", "Cor", "Fen", "Iv",
];
const GIVEN_ENDS: &[&str] = &[
    "ren", "lia", "nas", "ria", "vin", "ko", "dric", "ssa", "mon", "la", "rik", "lan", "bel", "ya",
    "sha", "nor",
];

/// Sentences that name a new person and quote them ("{quote}" is the subject's, "{anyquote}"
/// any subject's).
const QUOTE_OPENERS: &[&str] = &[
    "\u{201c}{quote},\u{201d} {who}, {job}, said.",
    "\u{201c}{quote},\u{201d} said {who}, {job}.",
    "{who}, {job}, said in an interview: \u{201c}{quote}.\u{201d}",
    "\u{201c}{anyquote},\u{201d} {who}, {job}, told reporters in {city}.",
    "Speaking in {city} on {weekday}, {who}, {job}, said: \u{201c}{quote}.\u{201d}",
    "\u{201c}{quote},\u{201d} {who}, {job}, wrote on social media.",
    "{who}, {job}, was blunter. \u{201c}{quote},\u{201d} {them} said.",
    "\u{201c}{quote}. {anyquote},\u{201d} {who}, {job}, said in a statement.",
    "{who}, {job}, said the announcement had been a long time coming.",
];

/// More from the person quoted last.
const QUOTE_FOLLOWERS: &[&str] = &[
    "\u{201c}{quote},\u{201d} {them} added.",
    "\u{201c}{anyquote},\u{201d} {them} said.",
    "{them} said the decision had not been taken lightly.",
    "Asked whether the worst was over, {them} said: \u{201c}{quote}.\u{201d}",
    "\u{201c}{anyquote}. {quote},\u{201d} {them} {said}.",
    "{them} declined to say what would happen next.",
    "\u{201c}{anyquote}.\u{201d}",
];

/// Quotes that fit any subject, capitalised, without their final stop.
const QUOTES: &[&str] = &[
    "We have to be honest about the scale of the challenge",
    "Nobody should be surprised by this",
    "It is too early to draw firm conclusions",
    "This is a step in the right direction, but it is not enough",
    "We are watching the situation very closely",
    "People are tired of waiting",
    "The direction of travel is clear",
    "There are no easy answers here",
    "We will keep listening to people on the ground",
    "I think the market has got ahead of itself",
    "Frankly, we expected worse",
];

/// Context, background and transitions for any subject.
const NEWS_GENERAL: &[&str] = &[
    "It was not immediately clear how the change would be paid for.",
    "The move had been widely expected.",
    "Critics said the plan did little to address the underlying problem.",
    "{entity} did not respond to a request for comment.",
    "A spokesperson for {org} declined to comment.",
    "The details are likely to be scrutinised closely in the coming weeks.",
    "Opposition politicians were quick to criticise the announcement.",
    "Not everyone is convinced.",
    "Investors will be watching for further signs of strain.",
    "Officials in {country} have so far said little in public.",
    "Much will depend on decisions that have yet to be taken.",
    "Still, the mood in {city} was cautiously optimistic.",
    "The debate is far from settled.",
    "People familiar with the matter said talks were continuing.",
    "Neither side has published the details of the arrangement.",
    "For now, the picture remains mixed.",
    "The announcement was made at a news conference in {city} on {weekday}.",
    "The timing caught some observers by surprise.",
    "Supporters say the approach has worked well elsewhere.",
    "That view is not universally shared.",
    "The change comes after months of pressure from campaigners and lawmakers.",
    "Similar measures have been tried before, with mixed results.",
    "The government has said it will review the policy later in the year.",
    "Whether that will be enough remains to be seen.",
    "Rivals are expected to follow suit.",
    "The findings are likely to add to the pressure on ministers.",
    "Some of the details are still being worked out, officials said.",
    "The issue is expected to feature prominently in the coming election campaign.",
    "Several people who attended the meeting described it as tense.",
    "A final decision is expected before the end of the year.",
    "The proposals will now go out to consultation.",
    "Industry groups gave the plans a cautious welcome.",
    "The news was greeted with relief in {city}.",
    "Behind the headline, the picture is more complicated.",
    "That has not stopped others from trying.",
    "The episode has raised awkward questions for {org}.",
    "Talks between the government and {org} broke down on {weekday} without agreement.",
    "Privately, some officials concede that the plan is behind schedule.",
    "The report stopped short of recommending any specific changes.",
    "In {country}, the reaction was more muted.",
    "The announcement did little to calm nerves.",
    "It is the latest sign of how quickly conditions have changed.",
];

/// A subject's number-free prose.
struct Prose {
    /// The [`Topic::name`] it belongs to.
    topic: &'static str,
    /// Context, background and explanation.
    context: &'static [&'static str],
    /// Quotes, capitalised, without their final stop.
    quotes: &'static [&'static str],
    /// Who says them: "the chief executive of {entity}".
    jobs: &'static [&'static str],
}

const PROSE: &[Prose] = &[
    Prose {
        topic: "results",
        context: &[
            "{entity} has spent much of the past decade trying to reduce its dependence on its home market.",
            "The company has been squeezed by higher costs for energy, raw materials and labour.",
            "Analysts said the results suggested that the restructuring was beginning to pay off.",
            "The group is in the middle of a broad overhaul that includes selling weaker divisions and closing older plants.",
            "{entity}, a rival, is due to report its own results later this month.",
            "Margins have come under pressure as customers switch to cheaper products.",
            "The company left its guidance for the rest of the year unchanged.",
            "Investors have been waiting for evidence that the new management team can deliver on its promises.",
            "Like many of its peers, {entity} has been cutting costs while investing heavily in automation.",
            "The shares have lagged behind the wider market since the start of the year.",
            "The company said demand in {country} had been weaker than it expected, while sales closer to home held up.",
            "Management repeated that it would keep returning cash to shareholders.",
            "Bankers said the business could attract interest from larger rivals.",
        ],
        quotes: &[
            "We delivered a solid performance in a difficult market",
            "Demand held up better than we had feared",
            "There is still a lot of work to do, but we are heading in the right direction",
            "We are not going to chase volume at any price",
            "The quality of these earnings is better than the headline suggests",
            "Our customers are cautious, and we expect that to continue for some time",
            "This is a clean set of results with no nasty surprises",
        ],
        jobs: &[
            "the chief executive of {entity}",
            "the company's finance chief",
            "an equity analyst in {city}",
            "a fund manager who holds shares in the company",
            "head of investor relations at {entity}",
        ],
    },
    Prose {
        topic: "budget",
        context: &[
            "The budget is the government's most important economic statement of the year.",
            "Ministers have promised to rebuild public services without raising the main rates of income tax.",
            "The opposition accused the government of hiding tax rises in the small print.",
            "Economists said the plans relied on optimistic assumptions about growth.",
            "Much of the extra spending will go to hospitals, schools and local roads.",
            "The finance ministry has been under pressure to rein in borrowing after a long run of overspending.",
            "Independent forecasters will publish their own assessment of the plans in the coming days.",
            "Spending on pensions and health care is rising faster than tax receipts as the population ages.",
            "Lawmakers are expected to vote on the package before the summer recess.",
            "The budget office has warned that the public finances remain on an unsustainable path.",
            "Business groups welcomed the measures on investment but criticised the new levy on banks.",
            "Mayors from across {country} have lobbied for more money for local services.",
        ],
        quotes: &[
            "This is a budget for working families",
            "We are fixing the roof while the sun is shining",
            "The sums simply do not add up",
            "Every government says it will be prudent, and every government finds a reason not to be",
            "The choices we have made are difficult but necessary",
            "Households will feel this in their pockets sooner than they think",
        ],
        jobs: &[
            "the finance minister",
            "the opposition's finance spokesperson",
            "director of a fiscal think tank in {city}",
            "a senior economist at a bank in {city}",
        ],
    },
    Prose {
        topic: "energy",
        context: &[
            "The country is trying to wean itself off imported fossil fuels while keeping bills affordable.",
            "Wind and solar projects have faced long delays in getting connected to the grid.",
            "{entity} has been investing heavily in renewables as older coal plants close.",
            "Energy prices remain well above where they were before the war in Ukraine.",
            "Grid operators say the network needs major upgrades to handle more intermittent power.",
            "Environmental groups argue that new gas infrastructure risks locking in emissions for decades.",
            "The project still needs approval from the regulator and local planning authorities.",
            "Households have been urged to cut their consumption during the coldest months.",
            "Oil prices have swung sharply in recent weeks on worries about supply.",
            "Nuclear power is back on the agenda in several countries after years of decline.",
            "{entity} said the outage had been caused by a fault at a substation near {city}.",
        ],
        quotes: &[
            "The transition has to be affordable or it will not happen",
            "We are building as fast as the planning system allows",
            "Security of supply comes before everything else",
            "The grid is the bottleneck, not the turbines",
            "Consumers have been paying for this uncertainty for too long",
        ],
        jobs: &[
            "chief executive of {entity}",
            "the energy minister",
            "an energy analyst in {city}",
            "head of policy at a renewables trade body",
        ],
    },
    Prose {
        topic: "climate",
        context: &[
            "Scientists say rising temperatures are making extreme weather more frequent and more intense.",
            "The report draws on data from weather stations, satellites and ocean buoys.",
            "Farmers in the region have struggled with drought followed by heavy flooding.",
            "Governments are under pressure to set out more ambitious plans to cut emissions before the next climate summit.",
            "Insurers have warned that some homes may become impossible to insure.",
            "The findings were published by {org}.",
            "Campaigners staged protests outside government buildings in {city} on {weekday}.",
            "Cities across {country} are planting trees and redesigning streets to cope with hotter summers.",
            "Scientists stress that no season on its own makes a trend.",
            "Coastal communities are debating whether to defend their shores or move inland.",
        ],
        quotes: &[
            "What used to be rare is now becoming normal",
            "The science is clear, and the window for action is closing",
            "We cannot adapt our way out of this",
            "These are not abstractions, they are people's homes and livelihoods",
            "The cost of doing nothing is far higher than the cost of acting",
        ],
        jobs: &[
            "a climate scientist based in {city}",
            "a senior forecaster at {org}",
            "director of a climate campaign group",
            "the environment minister",
        ],
    },
    Prose {
        topic: "sport",
        context: &[
            "The club has been in turmoil since the manager left at the end of last season.",
            "Supporters have staged protests against the owners over ticket prices.",
            "The league is negotiating a new broadcasting deal that could reshape the finances of smaller clubs.",
            "Injuries to key players have disrupted the team's preparations.",
            "The stadium, which is being renovated, will host matches again next season.",
            "Fans travelled from across {country} for the match.",
            "The result leaves the team needing a win in its final game to avoid relegation.",
            "{org} said it would review the incident.",
            "The coach has been praised for bringing through young players from the academy.",
            "The tournament has struggled to attract sponsors despite strong television audiences.",
        ],
        quotes: &[
            "We showed real character out there",
            "The players gave everything, and I could not ask for more",
            "It was not our night, but we will come back stronger",
            "The fans deserve better than what they saw today",
            "We have to keep our feet on the ground",
        ],
        jobs: &[
            "the head coach",
            "the club captain",
            "chief executive of {org}",
            "a former international who now works as a pundit",
        ],
    },
    Prose {
        topic: "health",
        context: &[
            "Hospitals have been struggling with staff shortages and rising demand for emergency care.",
            "The health ministry said it was monitoring the situation closely.",
            "Doctors' unions have warned that the service cannot cope without more funding.",
            "The vaccine is being offered to older people and those with underlying conditions before anyone else.",
            "Researchers said the findings needed to be confirmed in larger trials.",
            "Waiting lists grew sharply during the pandemic and have yet to recover.",
            "Public health officials urged people with symptoms to stay at home.",
            "The drug was developed by {entity} and approved by regulators last year.",
            "Patients' groups said the changes would make it harder to see a family doctor.",
            "The outbreak has prompted authorities in {country} to step up testing at airports.",
        ],
        quotes: &[
            "Our staff are exhausted, and they have been for a long time",
            "Prevention is always cheaper than cure",
            "We are seeing patients who are sicker than they were before the pandemic",
            "This is an encouraging result, but it is not a cure",
            "Nobody should have to wait this long for treatment",
        ],
        jobs: &[
            "a consultant at a hospital in {city}",
            "the health minister",
            "chief medical officer at {org}",
            "an epidemiologist based in {city}",
        ],
    },
    Prose {
        topic: "transport",
        context: &[
            "Rail passengers have faced repeated disruption because of strikes and signalling failures.",
            "The airline is investing in new aircraft that burn less fuel.",
            "Airports across {country} have struggled to recruit security staff.",
            "The line, which has been under construction for years, has repeatedly run late and cost more than planned.",
            "Freight operators say congestion at the port is adding days to delivery times.",
            "Commuters have complained about overcrowded trains and rising fares.",
            "{entity} said it expected the disruption to ease by the end of the week.",
            "The government wants more goods to travel by rail instead of road.",
            "Plans for a new runway have been opposed by residents and environmental groups.",
            "Fuel is the largest expense for most airlines after staff.",
        ],
        quotes: &[
            "Passengers want trains that run on time, it is as simple as that",
            "We are carrying more people than ever, and the network was not built for it",
            "Every delay costs us money and costs our customers time",
            "We apologise to everyone whose journey was affected",
            "The infrastructure is decades old and it shows",
        ],
        jobs: &[
            "chief executive of {entity}",
            "the transport minister",
            "a spokesperson for a passenger group",
            "an aviation analyst in {city}",
        ],
    },
    Prose {
        topic: "agriculture",
        context: &[
            "Farmers have been hit by higher prices for fertiliser, fuel and animal feed.",
            "A dry spring followed by heavy rain at harvest time damaged crops across the region.",
            "The government is phasing out subsidies based on the size of farms in favour of payments for environmental work.",
            "Grain traders are watching the weather in the main growing regions closely.",
            "{entity} buys much of its wheat from farmers in {country}.",
            "Young people are leaving rural areas, and many farms have no obvious successor.",
            "Farmers blocked roads with tractors in {city} on {weekday} in protest at cheap imports.",
            "Supermarkets have been accused of squeezing suppliers on price.",
            "Export restrictions imposed by some producers have added to volatility in world markets.",
            "Disease outbreaks in livestock have forced culls in parts of {country}.",
        ],
        quotes: &[
            "We are producing food at a loss, and that cannot go on",
            "The weather is the biggest risk, and it is getting harder to predict",
            "Farmers feel forgotten by the people who make the rules",
            "A good harvest does not mean a good season if prices collapse",
            "Without fair prices, the next generation will not take over",
        ],
        jobs: &[
            "a wheat grower from the north of the country",
            "president of {org}",
            "the agriculture minister",
            "a commodities analyst in {city}",
        ],
    },
    Prose {
        topic: "trade",
        context: &[
            "Exporters have been hurt by a strong currency and weak demand in their main markets.",
            "The dispute has raised fears of a wider trade war between the world's largest economies.",
            "Negotiators from both sides are due to meet again in {city}.",
            "Tariffs introduced by {country} have disrupted supply chains for manufacturers.",
            "Shipping costs have risen as vessels avoid the most direct routes.",
            "Business groups have called for a free trade agreement with {country}.",
            "The agreement still needs to be ratified by national parliaments.",
            "Economists said the data reflected weaker demand for machinery and cars.",
            "Customs officials have stepped up checks on goods arriving from {country}.",
            "Smaller exporters say the paperwork has become a serious burden since the new rules took effect.",
        ],
        quotes: &[
            "Nobody wins a trade war",
            "We want open markets, but they have to be fair",
            "The rules of global trade are being rewritten in front of our eyes",
            "Our exporters need certainty, and right now they do not have it",
            "Tariffs are a tax on consumers, whatever politicians say",
        ],
        jobs: &[
            "the trade minister",
            "director general of a national exporters' association",
            "a trade economist in {city}",
            "a senior official at {org}",
        ],
    },
    Prose {
        topic: "tech",
        context: &[
            "{entity} has been investing heavily in artificial intelligence and the data centres needed to run it.",
            "Regulators in Europe and the United States are examining the company's dominance of online advertising.",
            "The company is also facing scrutiny over how it handles users' data.",
            "Chipmakers have struggled to keep up with demand from cloud providers.",
            "Start-ups in the sector have found it harder to raise money as investors become more cautious.",
            "The product will be available in {country} later this year, the company said.",
            "Critics say the technology could be used to spread misinformation.",
            "Engineers at the company have been told to focus on fewer products.",
            "Competition for skilled software engineers remains fierce.",
            "The outage affected customers across {country} for much of the morning.",
        ],
        quotes: &[
            "We are still at the very beginning of this technology",
            "Privacy is not a feature, it is a right",
            "The hype has run ahead of the reality",
            "Our customers want tools that just work",
            "Regulation has to keep up with innovation, not stop it",
        ],
        jobs: &[
            "chief technology officer at {entity}",
            "founder of a start-up in {city}",
            "a technology analyst in {city}",
            "a researcher who studies online platforms",
        ],
    },
    Prose {
        topic: "housing",
        context: &[
            "Buyers have been priced out of many cities as wages fail to keep pace with the cost of homes.",
            "Higher mortgage rates have cooled demand from younger buyers.",
            "Builders blame slow planning decisions for the shortage of new homes.",
            "Renters face intense competition for the homes that come on the market.",
            "{entity} said it had slowed construction on several sites.",
            "The government has promised to build more social housing but has been criticised for falling short of its own plans.",
            "Estate agents report that sellers are cutting asking prices to secure a sale.",
            "Many landlords are selling up, citing higher taxes and new regulations.",
            "Housing charities say homelessness has risen sharply in {city}.",
            "Economists expect the market to remain subdued until borrowing costs fall.",
        ],
        quotes: &[
            "A whole generation has been locked out of home ownership",
            "We cannot build homes if we cannot get permission to build them",
            "The market is finding its feet again",
            "Rents are rising faster than anyone can afford",
            "Buyers are cautious, but they have not gone away",
        ],
        jobs: &[
            "chief executive of {entity}",
            "the housing minister",
            "an estate agent in {city}",
            "director of a housing charity",
        ],
    },
    Prose {
        topic: "jobs",
        context: &[
            "Employers say they are struggling to find workers with the right skills.",
            "The labour market has cooled from the highs seen after the pandemic.",
            "Unions are pushing for pay rises to make up for years of high inflation.",
            "Economists watch the data closely for signs of how the economy is faring.",
            "The rise of remote working has changed where many people choose to live.",
            "{entity} said it would freeze hiring for the rest of the year.",
            "Young people have been hit hardest by the slowdown in hiring.",
            "The government wants to get more people who are off sick back into work.",
            "Strikes by teachers, nurses and rail workers have disrupted services across {country}.",
            "Some companies are replacing routine office jobs with software.",
        ],
        quotes: &[
            "Workers have had a rough time of it for years",
            "There are jobs out there, but not always where people live",
            "Pay has to keep up with the cost of living",
            "Employers are holding on to staff because they know how hard it is to hire",
            "The labour market is cooling, not collapsing",
        ],
        jobs: &[
            "general secretary of a trade union",
            "the labour minister",
            "chief economist at a recruitment firm in {city}",
            "head of human resources at {entity}",
        ],
    },
    Prose {
        topic: "central_bank",
        context: &[
            "Higher interest rates make borrowing more expensive, which tends to cool demand and slow price growth.",
            "Policymakers have signalled that they are in no hurry to cut rates.",
            "Markets had priced in a cut before the decision.",
            "The central bank's independence has become a political issue in {country}.",
            "Some members of the committee argued for a more cautious approach, according to the minutes.",
            "A weaker currency has pushed up the cost of imported goods.",
            "Investors will be watching the governor's press conference for hints about the next move.",
            "Banks have been quick to pass higher rates on to borrowers but slower to reward savers.",
            "Bond yields fell after the announcement.",
            "The decision was in line with the expectations of most economists.",
        ],
        quotes: &[
            "We will do whatever is necessary to bring inflation back under control",
            "The job is not yet done",
            "We are not on a preset course",
            "Monetary policy works with long and variable lags",
            "The risks are now more evenly balanced",
        ],
        jobs: &[
            "the governor of {org}",
            "a member of the rate-setting committee",
            "chief economist at a bank in {city}",
            "a former central banker",
        ],
    },
    Prose {
        topic: "tourism",
        context: &[
            "Tourist hotspots have been struggling with overcrowding during the summer.",
            "{city} has introduced a fee for day-trippers in an effort to manage crowds.",
            "Airlines have added routes to the region to meet strong demand.",
            "Hotels say staff shortages have made it hard to open all their rooms.",
            "Residents complain that short-term rentals are pushing up rents and hollowing out neighbourhoods.",
            "Visitors from {country} have returned in large numbers.",
            "The tourism board is promoting quieter regions to spread visitors more evenly.",
            "A strong currency has made the country more expensive for foreign tourists.",
            "Cruise ships have been banned from the historic centre.",
            "Tour operators say bookings for the autumn are running ahead of expectations.",
        ],
        quotes: &[
            "We want visitors, but we also want a city people can live in",
            "Tourism is the lifeblood of this region",
            "The season has been busy, but costs have eaten into our margins",
            "Travellers are looking for experiences, not just a place to sleep",
            "We have never seen demand like this",
        ],
        jobs: &[
            "head of {org}",
            "a hotel owner in {city}",
            "the tourism minister",
            "a travel industry analyst",
        ],
    },
    Prose {
        topic: "education",
        context: &[
            "Schools have struggled to recruit and keep teachers, especially in science and maths.",
            "Universities depend heavily on fees from international students.",
            "The government has promised to review the way exams are graded.",
            "Parents have complained about crumbling school buildings.",
            "{entity} said it would expand its courses in engineering and medicine.",
            "Students have protested against the cost of tuition and accommodation.",
            "Teachers' unions say pay has fallen behind other professions.",
            "Researchers warn that children from poorer families are falling further behind.",
            "The ministry plans to put more emphasis on vocational training.",
            "Tighter visa rules have made it harder for universities to attract students from abroad.",
        ],
        quotes: &[
            "Every child deserves a good school, wherever they live",
            "We are asking teachers to do more with less",
            "Students are graduating with debts they may never repay",
            "Education is the best investment a country can make",
            "The gap between the richest and poorest pupils is not closing",
        ],
        jobs: &[
            "vice-chancellor of {entity}",
            "the education minister",
            "head teacher of a school in {city}",
            "a researcher in education policy",
        ],
    },
];

#[cfg(test)]
mod tests {
    // The bench target is built with `cfg(test)` but without a test harness, which drops the
    // tests and leaves this import unused there.
    #[allow(unused_imports)]
    use super::*;

    const DENSITIES: [Density; 2] = [Density::Dense, Density::News];

    fn text(seed: u64, bytes: usize, density: Density) -> String {
        let world = World::new(seed, world::FACTS);
        Generator::new(&world, seed)
            .with_density(density)
            .text(bytes)
    }

    #[test]
    fn same_seed_and_size_give_the_same_bytes() {
        assert_eq!(corpus(7, 300_000), corpus(7, 300_000));
        assert_eq!(corpus(7, 300_000), text(7, 300_000, Density::Dense));
        assert_eq!(
            text(7, 300_000, Density::News),
            text(7, 300_000, Density::News)
        );
        let world = World::new(3, 500);
        for density in DENSITIES {
            let (mut a, mut b) = (String::new(), String::new());
            Generator::new(&world, 3)
                .with_density(density)
                .article(&mut a, usize::MAX);
            Generator::new(&world, 3)
                .with_density(density)
                .article(&mut b, usize::MAX);
            assert_eq!(a, b);
        }
    }

    #[test]
    fn different_seeds_give_different_text() {
        assert_ne!(corpus(1, 20_000), corpus(2, 20_000));
        assert_ne!(
            text(1, 20_000, Density::News),
            text(2, 20_000, Density::News)
        );
        assert_ne!(text(1, 20_000, Density::News), corpus(1, 20_000));
        assert_ne!(document_seed(1, 0), document_seed(1, 1));
    }

    #[test]
    fn densities_are_named() {
        for density in DENSITIES {
            assert_eq!(density.name().parse(), Ok(density));
        }
        assert_eq!(Density::default(), Density::Dense);
        assert!("sparse".parse::<Density>().is_err());
    }

    #[test]
    fn size_is_reached_and_overshot_by_less_than_a_paragraph() {
        for density in DENSITIES {
            for target in [1, 5 * 1024, 100_000] {
                let text = text(11, target, density);
                assert!(text.len() >= target, "{} < {target}", text.len());
                assert!(
                    text.len() < target + 4096,
                    "{} overshoots {target}",
                    text.len()
                );
            }
        }
    }

    #[test]
    fn articles_are_separated_by_blank_lines_and_paragraphs_are_not() {
        for density in DENSITIES {
            let text = text(5, 100_000, density);
            let articles: Vec<&str> = text.trim_end().split("\n\n").collect();
            assert!(articles.len() > 5);
            for a in &articles {
                assert!(
                    a.lines().count() >= 2,
                    "an article has a headline and a body: {a}"
                );
                assert!(!a.trim().is_empty());
            }
        }
    }

    /// News articles are mostly prose: the paragraphs without a digit outnumber those with
    /// one, and an article rarely repeats a sentence.
    #[test]
    fn news_articles_are_mostly_prose() {
        let text = text(8, 500_000, Density::News);
        let paragraphs: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        let with_digits = paragraphs
            .iter()
            .filter(|p| p.contains(|c: char| c.is_ascii_digit()))
            .count();
        assert!(
            with_digits * 2 < paragraphs.len(),
            "{with_digits} of {}",
            paragraphs.len()
        );
        let (mut sentences, mut repeats) = (0, 0);
        for article in text.split("\n\n") {
            let mut seen = std::collections::HashSet::new();
            for s in article.split_inclusive(". ").map(str::trim) {
                sentences += 1;
                if !seen.insert(s) {
                    repeats += 1;
                }
            }
        }
        assert!(
            repeats * 50 < sentences,
            "{repeats} of {sentences} sentences repeat"
        );
    }

    /// Every subject has its prose, and every prose belongs to a subject.
    #[test]
    fn every_subject_has_prose() {
        for topic in TOPICS {
            let prose: Vec<&Prose> = PROSE.iter().filter(|p| p.topic == topic.name).collect();
            assert_eq!(prose.len(), 1, "{}", topic.name);
            assert!(prose[0].context.len() >= 10 && prose[0].quotes.len() >= 5);
        }
        assert_eq!(PROSE.len(), TOPICS.len());
    }

    #[test]
    fn every_template_expands() {
        let mut rng = Rng::new(99);
        let mut out = String::new();
        let date = Date::new(2024, 6, 15);
        let empty = World::new(1, 0);
        let all = TOPICS
            .iter()
            .flat_map(|t| t.headlines.iter().chain(t.sentences))
            .chain(GENERAL)
            .chain(LIST_LINES)
            .chain(CLOSINGS);
        for template in all {
            for topic in TOPICS {
                let mut w = Writer {
                    rng: &mut rng,
                    date,
                    topic,
                    out: &mut out,
                    world: &empty,
                    mentions: None,
                    counts: None,
                    speaker: None,
                    used: Vec::new(),
                };
                // Each slot makes several random choices; a few rounds reach most branches.
                for _ in 0..8 {
                    w.sentence(template);
                }
            }
            assert!(!out.contains('{') && !out.contains('}'), "{template}");
            out.clear();
        }
    }

    /// Every sector's sentences expand, past and future, single and paired.
    #[test]
    fn every_fact_template_expands() {
        let world = World::new(4, 2000).with_mention_share(100);
        let mut generator = Generator::new(&world, 4).recording();
        let text = generator.text(2 << 20);
        assert!(!text.contains('{') && !text.contains('}'));
        for sector in world::SECTORS {
            let name = world
                .entities
                .iter()
                .find(|e| e.sector.pattern == sector.pattern)
                .map(|e| e.name.as_str())
                .expect("every sector has entities");
            assert!(text.contains(name), "{name}");
        }
        let mentions = generator.mentions.unwrap_or_default();
        let stated: std::collections::HashSet<usize> = mentions.iter().map(|m| m.fact).collect();
        assert!(
            stated.len() * 10 >= world.facts.len() * 9,
            "{} facts stated",
            stated.len()
        );
        assert!(mentions.iter().any(|m| m.planted));
    }

    /// The forms docs/extraction.md names, each of which the corpus must contain, at either
    /// density (news text holds the same sentences with figures, an eighth as often).
    #[test]
    fn corpus_exercises_every_number_form() {
        exercises_every_number_form(&corpus(1, 3 << 20));
        exercises_every_number_form(&text(1, 24 << 20, Density::News));
    }

    fn exercises_every_number_form(text: &str) {
        let forms = [
            // currencies: symbols, codes, words
            "US$",
            "$",
            "\u{20ac}",
            "\u{a3}",
            "\u{a5}",
            "\u{20b9}",
            "USD ",
            "EUR ",
            " euros",
            " yuan",
            " roubles",
            "RMB ",
            " crore",
            " lakh",
            // scales
            " billion",
            "bn",
            " million",
            "0m",
            " mn",
            " mln",
            "tn",
            " trillion",
            "0k",
            " thousand",
            "a million",
            "half a billion",
            "three dozen",
            "a quarter of a",
            // number words, decimals, separators, negatives
            "twenty-",
            "seven",
            ".5",
            ",000",
            "-0.",
            "\u{2212}",
            // percentages and points
            "%",
            " percent",
            " per cent",
            " pct",
            " percentage points",
            " basis points",
            // directions
            "increased by",
            "cut by",
            "rose",
            "fell",
            " was down",
            " was up",
            " drop",
            " rise",
            // hedges
            "about ",
            "approximately ",
            "roughly ",
            "an estimated ",
            "nearly ",
            "almost ",
            "just under ",
            "more than ",
            "over ",
            "in excess of ",
            "upwards of ",
            "at least ",
            "no fewer than ",
            " or more",
            "-plus",
            "less than ",
            "fewer than ",
            "under ",
            "up to ",
            "as many as ",
            "at most ",
            "no more than ",
            "exactly ",
            "precisely ",
            " or so",
            "~",
            // ranges
            "between ",
            " and ",
            "\u{2013}",
            " to ",
            // physical units
            " km",
            " miles",
            " metres",
            " hectares",
            " acres",
            " tonnes",
            " kg",
            " bcm",
            " cubic metres",
            " barrels",
            " TWh",
            " GW",
            " MW",
            " hours",
            " minutes",
            " km/h",
            " mph",
            " degrees Celsius",
            "\u{b0}F",
            " GB",
            " mm",
            // periods
            "in 20",
            "fiscal 20",
            "FY20",
            " Q",
            "quarter of 20",
            "first half of",
            "last year",
            "this year",
            "a year earlier",
            "the previous year",
            "the year before",
            "last month",
            "in September",
            "a year ago",
            "by 20",
            "next year",
            "'s ",
            // non-claims
            "G20",
            "Boeing 737",
            "COVID-19",
            "Article 5",
            "Power of Siberia 2",
            "30th",
            "third",
            ":",
            "p.m.",
            "https://",
            "24/7",
            "50-50",
            "year-on-year",
            "one of the",
            "Dozens of",
            "Hundreds of thousands of",
            "Several",
            "[1]",
            "\n1. ",
            "v",
        ];
        let missing: Vec<&str> = forms
            .iter()
            .copied()
            .filter(|f| !text.contains(f))
            .collect();
        assert!(
            missing.is_empty(),
            "forms missing from the corpus: {missing:?}"
        );
    }
}
