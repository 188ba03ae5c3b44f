//! The world the generated corpus reports on: entities with invented, word-based names
//! ("Varnel Foods", "University of Ostrick", "Port of Dunmere"), each with a few facts (a
//! metric, a period and a figure), and the rule files that declare those facts.
//!
//! A child module of `corpus.rs`, std only like it. Each entity is a function of the seed and
//! its index alone, so the first N facts of a world do not depend on its size: the rule set of
//! 10 facts is a prefix of the one of 10,000, and both bind to the same text.
//!
//! Names carry no digits (numbers in names are not claims, so "Company 0417" would state
//! nothing). Within an entity, facts of one unit have distinct `match` words, so a sentence
//! about one fact never nominates another of the same unit: every binding the text makes is
//! one the generator meant.

use super::{CURRENCIES, Currency, Rng, TOPICS};
use std::collections::HashSet;
use std::fmt::Write as _;

/// Facts in the world the corpus generator uses unless told otherwise: the largest rule set.
pub const FACTS: usize = 10_000;

/// Percent of body sentences that state a fact, in ordinary articles.
pub const MENTION_SHARE: u64 = 20;

/// Percent of stated figures that are deliberately wrong: a mismatch against a fact with a
/// value, a conflict between articles for a fact without one.
pub const PLANTED: u64 = 3;

/// Percent of facts declared without a value (articles must agree with each other).
const NO_VALUE: u64 = 12;

/// Facts per rule file.
pub const FACTS_PER_FILE: usize = 250;

/// What a metric's figures are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Money in the entity's currency.
    Money,
    /// A count of something the templates name ("passengers").
    Count,
    /// A mass in tonnes.
    Tonnes,
    /// Electricity in TWh.
    Energy,
    /// A percentage level ("a market share of 12.4%").
    Share,
    /// A signed percentage change ("sales rose 4.2%").
    Growth,
}

/// Something an entity reports, and the sentences that state it.
///
/// Templates use `{E}` for the entity, `{V}` for the figure, `{P}` for the period phrase ("in
/// 2024"), `{D}` (`{Dto}` after "to") for a direction verb agreeing with the figure's sign
/// (growth only), `{X}` for a figure that is not the fact's and `{Q}` for the period before
/// the fact's; any other slot is an ordinary corpus slot without figures (`{person}`,
/// `{said}`).
pub struct Metric {
    /// The metric's part of a fact id: "revenue".
    pub key: &'static str,
    /// In words, for a fact's `about`.
    pub about: &'static str,
    pub kind: Kind,
    /// `match: any`: one of these occurs in every sentence stating the fact.
    pub words: &'static [&'static str],
    /// `match: none`.
    pub none: &'static [&'static str],
    /// Values are a three-digit mantissa times ten to a power in this range.
    pub exp: (i32, i32),
    /// Sentences about a period that is over when the article is dated.
    pub past: &'static [&'static str],
    /// Sentences about a period that is not over yet.
    pub future: &'static [&'static str],
    /// Past sentences that also give the previous period's figure (`{X}` for `{Q}`), which
    /// must not bind: its period is not the fact's.
    pub earlier: &'static [&'static str],
    /// Sentences with a figure (`{X}`) that one of the `none` words rules out.
    pub decoy: &'static [&'static str],
}

/// A kind of organisation: how its name is made, which subject's articles report on it, and
/// what it reports.
pub struct Sector {
    /// The name around the root: "{} Foods", "University of {}".
    pub pattern: &'static str,
    /// The name of the corpus topic whose articles mention it.
    pub topic: &'static str,
    pub metrics: &'static [&'static Metric],
    /// Sentences stating the first two metrics at once: `{A}` and `{B}` are their figures,
    /// `{DA}`/`{DB}` their direction verbs; `{P}` is the shared period.
    pub pairs: &'static [&'static str],
}

/// The period an entity's facts are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year(u32),
    Quarter(u32, u32),
    Fiscal(u32),
}

impl Period {
    /// The contract form rule files use: `2024`, `2024-Q3`, `FY2024`.
    pub fn rule(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Quarter(y, q) => format!("{y}-Q{q}"),
            Period::Fiscal(y) => format!("FY{y}"),
        }
    }

    /// The period before this one.
    pub fn earlier(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Quarter(y, 1) => Period::Quarter(y - 1, 4),
            Period::Quarter(y, q) => Period::Quarter(y, q - 1),
            Period::Fiscal(y) => Period::Fiscal(y - 1),
        }
    }

    /// The period as an article writes it, with its preposition: "in 2024", "in the third
    /// quarter of 2024", "in Q3 2024", "in fiscal 2024", "in FY2024", "in fiscal year 2024".
    pub fn phrase(self, rng: &mut Rng) -> String {
        const ORDINAL: [&str; 4] = ["first", "second", "third", "fourth"];
        match self {
            Period::Year(y) => format!("in {y}"),
            Period::Quarter(y, q) => {
                if rng.chance(50) {
                    format!("in the {} quarter of {y}", ORDINAL[q as usize - 1])
                } else {
                    format!("in Q{q} {y}")
                }
            }
            Period::Fiscal(y) => match rng.below(3) {
                0 => format!("in fiscal {y}"),
                1 => format!("in FY{y}"),
                // Not "the 2024 fiscal year": the extractor reads that as the calendar year.
                _ => format!("in fiscal year {y}"),
            },
        }
    }
}

/// A value: `mantissa * 10^exp`, negative for a fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    pub mantissa: u32,
    pub exp: i32,
    pub negative: bool,
}

impl Value {
    /// The value times `percent / 100`, kept to three significant digits.
    fn scaled(self, percent: u32) -> Value {
        let mut m = (u64::from(self.mantissa) * u64::from(percent) + 50) / 100;
        let mut exp = self.exp;
        while m >= 1000 {
            m = (m + 5) / 10;
            exp += 1;
        }
        while m < 100 {
            m *= 10;
            exp -= 1;
        }
        Value {
            mantissa: m as u32,
            exp,
            negative: self.negative,
        }
    }

    /// Rounded to two significant digits (for a hedged figure: "about $4.5bn"); `None` when
    /// that leaves one ("about $1bn" stands for anything from 0.5 to 1.5 billion).
    fn rounded(self) -> Option<Value> {
        let m = (self.mantissa + 5) / 10 * 10;
        let (m, exp) = if m >= 1000 {
            (m / 10, self.exp + 1)
        } else {
            (m, self.exp)
        };
        (!m.is_multiple_of(100)).then_some(Value {
            mantissa: m,
            exp,
            negative: self.negative,
        })
    }

    /// The value moved by one in its last digit (`step` is 1 or -1) if it would otherwise be
    /// written with one significant digit: a wrong "$1bn" would stand for 0.5 to 1.5 billion
    /// and agree with nearly anything.
    fn precise(self, step: i32) -> Value {
        if !self.mantissa.is_multiple_of(100) {
            return self;
        }
        let (m, exp) = match self.mantissa as i32 + step {
            m if m < 100 => (m * 10, self.exp - 1),
            m => (m, self.exp),
        };
        Value {
            mantissa: m as u32,
            exp,
            negative: self.negative,
        }
    }
}

/// An organisation the corpus reports on.
pub struct Entity {
    pub name: String,
    pub sector: &'static Sector,
    pub period: Period,
    pub currency: &'static Currency,
    /// Index of its first fact in [`World::facts`]; its facts follow in metric order.
    pub first_fact: u32,
    /// How many of its sector's metrics are facts (fewer for the last entity of a world).
    pub facts: u32,
}

/// One declared fact: an entity's metric for its period.
pub struct Fact {
    pub entity: u32,
    pub metric: &'static Metric,
    pub value: Value,
    /// The wrong value planted figures state.
    pub wrong: Value,
    /// False for a fact declared with a unit only.
    pub stated: bool,
    /// A regex instead of the first `any` word (`/\bsales\b/`), for some facts.
    pub regex: bool,
}

/// A figure as an article states it.
pub struct Stated {
    /// The figure's own words, as factlint reports a claim's text ("US$4.53 billion").
    pub text: String,
    /// A hedge written before it ("about "), or "".
    pub hedge: &'static str,
    pub negative: bool,
    /// Deliberately wrong.
    pub planted: bool,
}

/// The entities and facts, and which facts each corpus topic reports.
pub struct World {
    pub seed: u64,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    /// For each topic name, the facts its articles state.
    by_topic: Vec<(&'static str, Vec<u32>)>,
    /// Percent of body sentences that state a fact ([`MENTION_SHARE`]).
    pub mention_share: u64,
}

impl World {
    /// The world of `facts` facts for `seed`.
    pub fn new(seed: u64, facts: usize) -> World {
        let mut world = World {
            seed,
            entities: Vec::new(),
            facts: Vec::with_capacity(facts),
            by_topic: TOPICS.iter().map(|t| (t.name, Vec::new())).collect(),
            mention_share: MENTION_SHARE,
        };
        let mut names = HashSet::new();
        let mut e = 0u32;
        while world.facts.len() < facts {
            let entity = world.entity(e, facts, &mut names);
            e += 1;
            world.entities.push(entity);
        }
        world
    }

    /// The same world with a different share of fact sentences (100: every body sentence).
    pub fn with_mention_share(mut self, percent: u64) -> World {
        self.mention_share = percent;
        self
    }

    fn entity(&mut self, e: u32, limit: usize, names: &mut HashSet<String>) -> Entity {
        let mut rng = Rng::new(self.seed ^ u64::from(e).wrapping_mul(0x9E6C_63D0_876A_9A99));
        rng.next_u64();
        // Topics take turns, so each subject's articles have about as many facts to report.
        let topic = TOPICS[e as usize % TOPICS.len()].name;
        let sectors: Vec<&'static Sector> = SECTORS.iter().filter(|s| s.topic == topic).collect();
        let sector = sectors[(e as usize / TOPICS.len()) % sectors.len()];
        let mut k = 0;
        let name = loop {
            let name = sector.pattern.replace("{}", &root(e as u64 + k * 7919));
            if names.insert(name.clone()) {
                break name;
            }
            k += 1;
        };
        let year = rng.between(2019, 2025) as u32;
        let period = match rng.below(20) {
            0..=13 => Period::Year(year),
            14..=16 => Period::Quarter(year, rng.between(1, 4) as u32),
            _ => Period::Fiscal(year),
        };
        let currency = &CURRENCIES[*rng.pick(&[0usize, 0, 0, 1, 1, 2])];
        let first_fact = self.facts.len() as u32;
        let topic_facts = &mut self
            .by_topic
            .iter_mut()
            .find(|(t, _)| *t == topic)
            .expect("every sector names a topic")
            .1;
        for &metric in sector.metrics {
            if self.facts.len() == limit {
                break;
            }
            let value = match metric.kind {
                Kind::Growth => Value {
                    mantissa: rng.between(5, 250) as u32,
                    exp: -1,
                    negative: rng.chance(35),
                },
                Kind::Share => Value {
                    mantissa: rng.between(100, 599) as u32,
                    exp: rng.between(0, 1) as i32 - 2,
                    negative: false,
                },
                _ => Value {
                    mantissa: rng.between(100, 999) as u32,
                    exp: metric.exp.0 + rng.below((metric.exp.1 - metric.exp.0 + 1) as u64) as i32,
                    negative: false,
                },
            };
            // The wrong figure some articles state: the wrong direction for a change, else
            // 15 to 45% off. One per fact, as a misreported figure is copied around, so that
            // wrong figures agree with each other and conflict only with right ones.
            let wrong = if metric.kind == Kind::Growth {
                Value {
                    negative: !value.negative,
                    ..value
                }
            } else if rng.chance(50) {
                value.scaled(rng.between(55, 85) as u32).precise(-1)
            } else {
                value.scaled(rng.between(118, 145) as u32).precise(1)
            };
            topic_facts.push(self.facts.len() as u32);
            self.facts.push(Fact {
                entity: e,
                metric,
                value,
                wrong,
                stated: !rng.chance(NO_VALUE),
                regex: rng.chance(5),
            });
        }
        Entity {
            name,
            sector,
            period,
            currency,
            first_fact,
            facts: self.facts.len() as u32 - first_fact,
        }
    }

    /// A fact for an article on `topic` to state (any fact if the topic has none).
    pub fn pick(&self, rng: &mut Rng, topic: &str) -> Option<usize> {
        let in_topic = self
            .by_topic
            .iter()
            .find(|(t, _)| *t == topic)
            .map(|(_, f)| f.as_slice())
            .unwrap_or(&[]);
        if !in_topic.is_empty() {
            return Some(*rng.pick(in_topic) as usize);
        }
        (!self.facts.is_empty()).then(|| rng.below(self.facts.len() as u64) as usize)
    }

    pub fn entity_of(&self, fact: usize) -> &Entity {
        &self.entities[self.facts[fact].entity as usize]
    }

    /// The fact's figure as an article states it: the value, sometimes hedged at two
    /// significant digits, or [`PLANTED`] times in a hundred its wrong value.
    pub fn state(&self, fact: usize, rng: &mut Rng, hedge_ok: bool) -> Stated {
        let f = &self.facts[fact];
        let planted = rng.chance(PLANTED);
        let mut value = f.value;
        let mut hedge = "";
        if planted {
            value = f.wrong;
        } else if hedge_ok
            && f.metric.kind != Kind::Growth
            && rng.chance(10)
            && let Some(rounded) = value.rounded()
        {
            value = rounded;
            hedge = *rng.pick(&["about ", "some ", "roughly ", "around "]);
        }
        Stated {
            text: self.figure(fact, value, rng),
            hedge,
            negative: value.negative,
            planted,
        }
    }

    /// A figure that is not the fact's: its value times `lo..=hi` percent.
    pub fn other(&self, fact: usize, rng: &mut Rng, lo: u64, hi: u64) -> String {
        let value = self.facts[fact].value.scaled(rng.between(lo, hi) as u32);
        self.figure(fact, value, rng)
    }

    /// Writes `value` in one of the forms articles use for the fact's kind.
    fn figure(&self, fact: usize, value: Value, rng: &mut Rng) -> String {
        let f = &self.facts[fact];
        let (m, exp) = (u64::from(value.mantissa), value.exp);
        let mut out = String::new();
        match f.metric.kind {
            Kind::Money => {
                let c = self.entity_of(fact).currency;
                let (number, scale) = scaled(m, exp, rng);
                let symbol = *rng.pick(c.symbols);
                match (scale, rng.below(5)) {
                    ("", 0..=3) => write_all(&mut out, &[symbol, &number]),
                    ("", _) => write_all(&mut out, &[c.code, " ", &number]),
                    (s, 0 | 1) => write_all(&mut out, &[symbol, &number, short_scale(s)]),
                    (s, 2) => write_all(&mut out, &[symbol, &number, " ", s]),
                    (s, 3) if c.code != "GBP" => {
                        write_all(&mut out, &[&number, " ", s, " ", c.plural])
                    }
                    (s, _) => write_all(&mut out, &[c.code, " ", &number, " ", s]),
                }
            }
            Kind::Count => {
                let (number, scale) = scaled(m, exp, rng);
                write_all(&mut out, &[&number]);
                if !scale.is_empty() {
                    write_all(&mut out, &[" ", scale]);
                }
            }
            Kind::Tonnes => {
                let (number, scale) = scaled(m, exp, rng);
                write_all(&mut out, &[&number]);
                if !scale.is_empty() {
                    write_all(&mut out, &[" ", scale]);
                }
                let unit = *rng.pick(&[" tonnes", " tonnes", " metric tons"]);
                out.push_str(unit);
            }
            Kind::Energy => match rng.below(4) {
                0 | 1 => write_all(&mut out, &[&decimal(m, exp), " TWh"]),
                2 => write_all(&mut out, &[&decimal(m, exp), " terawatt hours"]),
                _ => write_all(&mut out, &[&decimal(m, exp + 3), " GWh"]),
            },
            Kind::Share | Kind::Growth => {
                let sign = rng.pick(&["%", "%", "%", " percent", " per cent"]);
                write_all(&mut out, &[&decimal(m, exp), sign]);
            }
        }
        out
    }

    /// The rule files declaring the first `n` facts: (file name, YAML), [`FACTS_PER_FILE`]
    /// facts a file.
    pub fn rule_files(&self, n: usize) -> Vec<(String, String)> {
        let n = n.min(self.facts.len());
        (0..n)
            .step_by(FACTS_PER_FILE)
            .enumerate()
            .map(|(i, start)| {
                let end = (start + FACTS_PER_FILE).min(n);
                let mut yaml = format!(
                    "# Generated by `gen_corpus --rules` (seed {}): facts {} to {} of the generated world.\n\
                     defaults:\n  tolerance: 1%\nfacts:\n",
                    self.seed,
                    start + 1,
                    end
                );
                for f in start..end {
                    self.write_fact(f, &mut yaml);
                }
                (format!("facts-{:04}.yaml", i + 1), yaml)
            })
            .collect()
    }

    /// The fact's id: kebab-case name, metric and period ("varnel-foods-revenue-2024").
    pub fn id(&self, fact: usize) -> String {
        let f = &self.facts[fact];
        let e = self.entity_of(fact);
        let mut id = String::new();
        for word in e.name.split(' ') {
            id.push_str(&word.to_ascii_lowercase());
            id.push('-');
        }
        id.push_str(f.metric.key);
        id.push('-');
        id.push_str(&e.period.rule().to_ascii_lowercase());
        id
    }

    fn write_fact(&self, fact: usize, out: &mut String) {
        let f = &self.facts[fact];
        let e = self.entity_of(fact);
        let m = f.metric;
        let _ = writeln!(out, "  - id: {}", self.id(fact));
        let _ = writeln!(
            out,
            "    about: {} {}, {}",
            e.name,
            m.about,
            e.period.rule()
        );
        if f.stated {
            let _ = writeln!(out, "    value: '{}'", self.rule_value(fact));
        } else {
            let unit = match m.kind {
                Kind::Money => e.currency.code,
                Kind::Count => "count",
                Kind::Tonnes => "t",
                Kind::Energy => "TWh",
                Kind::Share | Kind::Growth => "'%'",
            };
            let _ = writeln!(out, "    unit: {unit}");
        }
        if m.kind == Kind::Growth {
            out.push_str("    tolerance: 0.2 pp\n");
        }
        let _ = writeln!(out, "    period: '{}'", e.period.rule());
        out.push_str("    match:\n");
        let _ = writeln!(out, "      all: [{}]", e.name);
        let mut any: Vec<String> = m.words.iter().map(|w| (*w).to_string()).collect();
        if f.regex {
            any[0] = format!("'/\\b{}\\b/'", any[0]);
        }
        let _ = writeln!(out, "      any: [{}]", any.join(", "));
        if !m.none.is_empty() {
            let _ = writeln!(out, "      none: [{}]", m.none.join(", "));
        }
    }

    /// The value as a rule writes it: "4.53 billion USD", "12,400", "41.2 TWh", "-4.2%".
    pub fn rule_value(&self, fact: usize) -> String {
        let f = &self.facts[fact];
        let (m, exp) = (u64::from(f.value.mantissa), f.value.exp);
        let plain = |m: u64, exp: i32| {
            let (number, scale) = scale_of(m, exp);
            if scale.is_empty() {
                number
            } else {
                format!("{number} {scale}")
            }
        };
        match f.metric.kind {
            Kind::Money => format!("{} {}", plain(m, exp), self.entity_of(fact).currency.code),
            Kind::Count => plain(m, exp),
            Kind::Tonnes => format!("{} tonnes", plain(m, exp)),
            Kind::Energy => format!("{} TWh", decimal(m, exp)),
            Kind::Share => format!("{}%", decimal(m, exp)),
            Kind::Growth => {
                let sign = if f.value.negative { "-" } else { "+" };
                format!("{sign}{}%", decimal(m, exp))
            }
        }
    }
}

fn write_all(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

fn short_scale(scale: &str) -> &'static str {
    if scale == "billion" { "bn" } else { "m" }
}

/// The number and scale word for a value: "4.53" billion, "453" million, "45,300" with none.
fn scale_of(m: u64, exp: i32) -> (String, &'static str) {
    // m is three digits, so the value has exp + 3 digits before the point.
    match exp + 2 {
        t if t >= 9 => (decimal(m, exp - 9), "billion"),
        t if t >= 6 => (decimal(m, exp - 6), "million"),
        _ => (decimal(m, exp), ""),
    }
}

/// Like [`scale_of`], sometimes in a longer form: "4,530 million", "12,400,000".
fn scaled(m: u64, exp: i32, rng: &mut Rng) -> (String, &'static str) {
    let t = exp + 2;
    if t >= 9 && rng.chance(10) {
        return (decimal(m, exp - 6), "million");
    }
    if (6..8).contains(&t) && rng.chance(15) {
        return (decimal(m, exp), "");
    }
    scale_of(m, exp)
}

/// `m * 10^exp` with comma thousands separators and no trailing zeros after the point:
/// (453, -2) is "4.53", (450, -2) "4.5", (453, 2) "45,300".
pub fn decimal(m: u64, exp: i32) -> String {
    let digits = m.to_string();
    let (int, frac) = if exp >= 0 {
        (
            format!("{digits}{}", "0".repeat(exp as usize)),
            String::new(),
        )
    } else {
        let point = digits.len() as i32 + exp;
        if point <= 0 {
            (
                "0".to_string(),
                format!("{}{digits}", "0".repeat((-point) as usize)),
            )
        } else {
            let (a, b) = digits.split_at(point as usize);
            (a.to_string(), b.to_string())
        }
    };
    let mut out = String::with_capacity(int.len() + frac.len() + 4);
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    let frac = frac.trim_end_matches('0');
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// The `index`-th root name: two to four syllables, one word, no digits, distinct for
/// distinct indexes. The first [`ROOTS`] are plain ("Varnel", "Ostrick"); later ones take an
/// ending ("Varnelia").
pub fn root(index: u64) -> String {
    let n = ROOTS as u64;
    let level = index / n;
    if level >= END.len() as u64 {
        // Beyond the tables, two roots make one longer word: "Varnelostrick".
        let all = n * END.len() as u64;
        let tail = root(index / all - 1).to_ascii_lowercase();
        return format!("{}{tail}", root(index % all));
    }
    // A fixed permutation of the indexes, so neighbours do not share syllables.
    let mut p = (index % n * 7_919) % n;
    let mut next = |table: &[&'static str]| {
        let s = table[(p % table.len() as u64) as usize];
        p /= table.len() as u64;
        s
    };
    let (first, middle, last) = (next(FIRST), next(MIDDLE), next(LAST));
    format!("{first}{middle}{last}{}", END[level as usize])
}

/// Roots without an ending: a world of 10,000 facts uses about 4,300 of them.
pub const ROOTS: usize = FIRST.len() * MIDDLE.len() * LAST.len();

const FIRST: &[&str] = &[
    "Var", "Ost", "Bel", "Cal", "Dun", "Fen", "Gar", "Hal", "Kel", "Lor", "Mar", "Nor", "Pel",
    "Quen", "Ros", "Sel", "Tor", "Vel", "Wen", "Ard", "Bran", "Cor", "Dal", "Eld", "Fal", "Gil",
    "Har", "Isk", "Jor", "Kav", "Lin", "Mor", "Nes", "Orm", "Pra", "Ral", "Sar", "Tam", "Ulv",
    "Vor", "Wes", "Yar", "Zel", "Bax", "Cas", "Dor", "Elm", "Fir", "Gorm", "Hav",
];
const MIDDLE: &[&str] = &["", "a", "e", "i", "o", "en", "ar"];
const LAST: &[&str] = &[
    "nel", "rick", "ton", "dale", "mere", "wick", "holt", "by", "stead", "ford", "ley", "more",
    "ridge", "ham", "wood", "den", "vale", "thorpe", "mont", "bury", "gate", "field", "brook",
    "combe", "worth", "mouth", "well", "hurst", "stow", "land", "wyn", "dell", "ness", "crest",
    "haven", "moor", "wold", "fell", "shaw", "lund",
];
const END: &[&str] = &["", "ia", "a", "ine"];

// ---- the catalogue ------------------------------------------------------------------------

const REVENUE: Metric = Metric {
    key: "revenue",
    about: "revenue",
    kind: Kind::Money,
    words: &["revenue", "sales", "turnover"],
    none: &["target"],
    exp: (5, 7),
    past: &[
        "{E} said its revenue rose to {V} {P}.",
        "{E} reported sales of {V} {P}, chief executive {person} said.",
        "Revenue at {E} reached {V} {P}.",
        "{P}, {E} booked turnover of {V}.",
        "{E}'s revenue came in at {V} {P}, slightly ahead of what analysts had expected.",
    ],
    future: &[
        "{E} expects revenue of {V} {P}.",
        "{E} is aiming for sales of {V} {P}, {person} {said}.",
    ],
    earlier: &["{E}'s revenue rose to {V} {P}, from {X} {Q}."],
    decoy: &["{E} had set itself a revenue target of {X} {P}."],
};

const NET_PROFIT: Metric = Metric {
    key: "net-profit",
    about: "net profit",
    kind: Kind::Money,
    words: &["net profit"],
    none: &["target"],
    exp: (5, 7),
    past: &[
        "{E} made a net profit of {V} {P}.",
        "Net profit at {E} rose to {V} {P}, {person} {said}.",
    ],
    future: &["{E} expects a net profit of {V} {P}."],
    earlier: &["{E} made a net profit of {V} {P}, up from {X} {Q}."],
    decoy: &["{E} had set a net profit target of {X} {P}."],
};

const BUDGET: Metric = Metric {
    key: "budget",
    about: "budget",
    kind: Kind::Money,
    words: &["budget"],
    none: &["deficit"],
    exp: (5, 7),
    past: &[
        "{E} had a budget of {V} {P}.",
        "{E}'s budget was {V} {P}, {person} {said}.",
    ],
    future: &[
        "{E} will have a budget of {V} {P}.",
        "{E} has set a budget of {V} {P}.",
    ],
    earlier: &["{E} had a budget of {V} {P}, against {X} {Q}."],
    decoy: &["{E} ran a budget deficit of {X} {P}."],
};

const SALES_GROWTH: Metric = Metric {
    key: "sales-growth",
    about: "sales growth",
    kind: Kind::Growth,
    words: &["sales", "revenue"],
    none: &[],
    exp: (-1, -1),
    past: &[
        "{E}'s sales {D} {V} {P}.",
        "Sales at {E} {D} {V} {P}, {person} {said}.",
    ],
    future: &["{E} expects sales to {Dto} {V} {P}."],
    earlier: &[],
    decoy: &[],
};

const MARKET_SHARE: Metric = Metric {
    key: "market-share",
    about: "market share",
    kind: Kind::Share,
    words: &["market share"],
    none: &[],
    exp: (-2, -1),
    past: &[
        "{E}'s market share rose to {V} {P}.",
        "{E} held a market share of {V} {P}.",
    ],
    future: &["{E} is targeting a market share of {V} {P}."],
    earlier: &["{E}'s market share rose to {V} {P}, from {X} {Q}."],
    decoy: &[],
};

const EMPLOYEES: Metric = Metric {
    key: "employees",
    about: "employees",
    kind: Kind::Count,
    words: &["employees", "staff", "workers", "workforce", "people"],
    none: &[],
    exp: (1, 2),
    past: &[
        "{E} employed {V} people {P}.",
        "{E}'s workforce stood at {V} {P}.",
        "{E} had {V} employees {P}, {person} {said}.",
    ],
    future: &["{E} plans to employ {V} people {P}."],
    earlier: &["{E} employed {V} people {P}, up from {X} {Q}."],
    decoy: &[],
};

const VEHICLES: Metric = Metric {
    key: "vehicles-sold",
    about: "vehicles sold",
    kind: Kind::Count,
    words: &["cars", "vehicles"],
    none: &[],
    exp: (2, 4),
    past: &[
        "{E} sold {V} cars {P}.",
        "{E} delivered {V} vehicles {P}, {person} {said}.",
    ],
    future: &["{E} expects to sell {V} cars {P}."],
    earlier: &["{E} sold {V} cars {P}, up from {X} {Q}."],
    decoy: &[],
};

const PASSENGERS_CARRIED: Metric = Metric {
    key: "passengers",
    about: "passengers carried",
    kind: Kind::Count,
    words: &["passengers"],
    none: &[],
    exp: (3, 5),
    past: &[
        "{E} carried {V} passengers {P}.",
        "{V} passengers travelled with {E} {P}.",
    ],
    future: &["{E} expects to carry {V} passengers {P}."],
    earlier: &["{E} carried {V} passengers {P}, up from {X} {Q}."],
    decoy: &[],
};

const PASSENGERS_HANDLED: Metric = Metric {
    key: "passengers",
    about: "passengers handled",
    kind: Kind::Count,
    words: &["passengers"],
    none: &[],
    exp: (3, 5),
    past: &[
        "{E} handled {V} passengers {P}, a record.",
        "{V} passengers passed through {E} {P}.",
    ],
    future: &["{E} expects to handle {V} passengers {P}."],
    earlier: &["{E} handled {V} passengers {P}, up from {X} {Q}."],
    decoy: &[],
};

const STUDENTS: Metric = Metric {
    key: "students",
    about: "students enrolled",
    kind: Kind::Count,
    words: &["students"],
    none: &[],
    exp: (1, 2),
    past: &[
        "{E} enrolled {V} students {P}.",
        "{E} had {V} students {P}, {person} {said}.",
    ],
    future: &["{E} expects to enrol {V} students {P}."],
    earlier: &["{E} enrolled {V} students {P}, up from {X} {Q}."],
    decoy: &[],
};

const PATIENTS: Metric = Metric {
    key: "patients",
    about: "patients treated",
    kind: Kind::Count,
    words: &["patients"],
    none: &[],
    exp: (2, 3),
    past: &[
        "{E} treated {V} patients {P}.",
        "{V} patients were treated at {E} {P}.",
    ],
    future: &["{E} expects to treat {V} patients {P}."],
    earlier: &["{E} treated {V} patients {P}, up from {X} {Q}."],
    decoy: &[],
};

const HOMES: Metric = Metric {
    key: "homes-built",
    about: "homes built",
    kind: Kind::Count,
    words: &["homes", "houses"],
    none: &[],
    exp: (1, 2),
    past: &[
        "{E} completed {V} homes {P}.",
        "{E} built {V} new houses {P}, {person} {said}.",
    ],
    future: &["{E} plans to build {V} homes {P}."],
    earlier: &["{E} completed {V} homes {P}, against {X} {Q}."],
    decoy: &[],
};

const SUBSCRIBERS: Metric = Metric {
    key: "subscribers",
    about: "subscribers",
    kind: Kind::Count,
    words: &["subscribers"],
    none: &[],
    exp: (3, 4),
    past: &[
        "{E} counted {V} subscribers {P}.",
        "{E}'s network served {V} subscribers {P}.",
    ],
    future: &["{E} expects to reach {V} subscribers {P}."],
    earlier: &["{E} counted {V} subscribers {P}, up from {X} {Q}."],
    decoy: &[],
};

const VISITORS: Metric = Metric {
    key: "visitors",
    about: "visitors",
    kind: Kind::Count,
    words: &["visitors", "guests"],
    none: &[],
    exp: (2, 4),
    past: &[
        "{E} welcomed {V} visitors {P}.",
        "{V} guests stayed at {E} {P}.",
    ],
    future: &["{E} expects to welcome {V} visitors {P}."],
    earlier: &["{E} welcomed {V} visitors {P}, up from {X} {Q}."],
    decoy: &[],
};

const OCCUPANCY: Metric = Metric {
    key: "occupancy",
    about: "occupancy",
    kind: Kind::Share,
    words: &["occupancy"],
    none: &[],
    exp: (-2, -1),
    past: &[
        "{E} reported occupancy of {V} {P}.",
        "Occupancy at {E} averaged {V} {P}.",
    ],
    future: &["{E} expects occupancy of {V} {P}."],
    earlier: &[],
    decoy: &[],
};

const CROWD: Metric = Metric {
    key: "attendance",
    about: "average attendance",
    kind: Kind::Count,
    words: &["crowd", "attendance", "fans"],
    none: &[],
    exp: (1, 2),
    past: &[
        "{E} drew an average crowd of {V} {P}.",
        "Average attendance at {E} was {V} {P}.",
        "{E} played in front of {V} fans on average {P}.",
    ],
    future: &["{E} expects an average crowd of {V} {P}."],
    earlier: &["Average attendance at {E} was {V} {P}, up from {X} {Q}."],
    decoy: &[],
};

const CUSTOMERS: Metric = Metric {
    key: "customers",
    about: "customers",
    kind: Kind::Count,
    words: &["customers"],
    none: &[],
    exp: (3, 4),
    past: &[
        "{E} served {V} customers {P}.",
        "{E} had {V} customers {P}, {person} {said}.",
    ],
    future: &["{E} expects to serve {V} customers {P}."],
    earlier: &["{E} served {V} customers {P}, up from {X} {Q}."],
    decoy: &[],
};

const RESIDENTS: Metric = Metric {
    key: "residents",
    about: "residents served",
    kind: Kind::Count,
    words: &["residents"],
    none: &[],
    exp: (3, 3),
    past: &["{E} served {V} residents {P}."],
    future: &["{E} expects to serve {V} residents {P}."],
    earlier: &["{E} served {V} residents {P}, up from {X} {Q}."],
    decoy: &[],
};

const COPPER: Metric = Metric {
    key: "copper-output",
    about: "copper output",
    kind: Kind::Tonnes,
    words: &["copper"],
    none: &[],
    exp: (3, 5),
    past: &[
        "{E} produced {V} of copper {P}.",
        "Copper output at {E} reached {V} {P}.",
    ],
    future: &["{E} expects to produce {V} of copper {P}."],
    earlier: &["{E} produced {V} of copper {P}, up from {X} {Q}."],
    decoy: &[],
};

const STEEL: Metric = Metric {
    key: "steel-output",
    about: "steel output",
    kind: Kind::Tonnes,
    words: &["output", "produced", "production"],
    none: &[],
    exp: (4, 5),
    past: &[
        "{E} produced {V} of steel {P}.",
        "Steel output at {E} reached {V} {P}.",
    ],
    future: &["{E} expects steel output of {V} {P}."],
    earlier: &["{E} produced {V} of steel {P}, against {X} {Q}."],
    decoy: &[],
};

const CARGO: Metric = Metric {
    key: "cargo",
    about: "cargo handled",
    kind: Kind::Tonnes,
    words: &["cargo", "freight"],
    none: &[],
    exp: (4, 5),
    past: &[
        "{E} handled {V} of cargo {P}.",
        "Freight through {E} reached {V} {P}.",
    ],
    future: &["{E} expects to handle {V} of cargo {P}."],
    earlier: &["{E} handled {V} of cargo {P}, up from {X} {Q}."],
    decoy: &[],
};

const HARVEST: Metric = Metric {
    key: "wheat-harvest",
    about: "wheat harvest",
    kind: Kind::Tonnes,
    words: &["wheat", "harvest"],
    none: &[],
    exp: (2, 4),
    past: &[
        "{E} harvested {V} of wheat {P}.",
        "The wheat harvest at {E} came to {V} {P}.",
    ],
    future: &["{E} expects to harvest {V} of wheat {P}."],
    earlier: &["{E} harvested {V} of wheat {P}, against {X} {Q}."],
    decoy: &[],
};

const EMISSIONS: Metric = Metric {
    key: "emissions",
    about: "carbon dioxide emissions",
    kind: Kind::Tonnes,
    words: &["emissions", "emitted"],
    none: &[],
    exp: (3, 4),
    past: &[
        "{E} emitted {V} of carbon dioxide {P}.",
        "Emissions at {E} reached {V} {P}, {person} {said}.",
    ],
    future: &["{E} expects its emissions to reach {V} {P}."],
    earlier: &["{E} emitted {V} of carbon dioxide {P}, down from {X} {Q}."],
    decoy: &[],
};

const GENERATION: Metric = Metric {
    key: "generation",
    about: "electricity generated",
    kind: Kind::Energy,
    words: &["generated", "generation"],
    none: &[],
    exp: (-2, -1),
    past: &[
        "{E} generated {V} of electricity {P}.",
        "Generation at {E} reached {V} {P}.",
    ],
    future: &["{E} expects generation of {V} {P}."],
    earlier: &["{E} generated {V} of electricity {P}, up from {X} {Q}."],
    decoy: &[],
};

/// Organisations by subject. Each topic of the corpus has at least one.
pub const SECTORS: &[Sector] = &[
    Sector {
        pattern: "{} Foods",
        topic: "results",
        metrics: &[&REVENUE, &SALES_GROWTH, &EMPLOYEES],
        pairs: &["{E}'s revenue {DB} {B} to {A} {P}."],
    },
    Sector {
        pattern: "{} Motors",
        topic: "results",
        metrics: &[&REVENUE, &VEHICLES, &MARKET_SHARE],
        pairs: &["{E} sold {B} cars {P}, bringing in revenue of {A}."],
    },
    Sector {
        pattern: "{} Steel",
        topic: "results",
        metrics: &[&REVENUE, &STEEL, &EMPLOYEES],
        pairs: &["{E} produced {B} of steel {P} and reported revenue of {A}."],
    },
    Sector {
        pattern: "{} Mining",
        topic: "trade",
        metrics: &[&COPPER, &REVENUE],
        pairs: &["{E} produced {A} of copper {P}, on revenue of {B}."],
    },
    Sector {
        pattern: "Port of {}",
        topic: "trade",
        metrics: &[&CARGO, &REVENUE],
        pairs: &["{E} handled {A} of cargo {P} and reported revenue of {B}."],
    },
    Sector {
        pattern: "{} Power",
        topic: "energy",
        metrics: &[&GENERATION, &REVENUE, &CUSTOMERS],
        pairs: &["{E} generated {A} of electricity {P}, earning revenue of {B}."],
    },
    Sector {
        pattern: "{} Airlines",
        topic: "transport",
        metrics: &[&PASSENGERS_CARRIED, &REVENUE],
        pairs: &["{E} carried {A} passengers {P} and reported revenue of {B}."],
    },
    Sector {
        pattern: "{} Rail",
        topic: "transport",
        metrics: &[&PASSENGERS_CARRIED, &REVENUE, &EMPLOYEES],
        pairs: &["{E} carried {A} passengers {P}, and its revenue reached {B}."],
    },
    Sector {
        pattern: "{} Airport",
        topic: "tourism",
        metrics: &[&PASSENGERS_HANDLED, &REVENUE],
        pairs: &["{E} handled {A} passengers {P}, and its revenue reached {B}."],
    },
    Sector {
        pattern: "{} Resorts",
        topic: "tourism",
        metrics: &[&VISITORS, &OCCUPANCY],
        pairs: &["{E} welcomed {A} visitors {P}, and occupancy averaged {B}."],
    },
    Sector {
        pattern: "University of {}",
        topic: "education",
        metrics: &[&STUDENTS, &BUDGET],
        pairs: &["{E} enrolled {A} students {P} on a budget of {B}."],
    },
    Sector {
        pattern: "{} General Hospital",
        topic: "health",
        metrics: &[&PATIENTS, &BUDGET],
        pairs: &["{E} treated {A} patients {P} on a budget of {B}."],
    },
    Sector {
        pattern: "{} Homes",
        topic: "housing",
        metrics: &[&HOMES, &REVENUE],
        pairs: &["{E} completed {A} homes {P}, lifting revenue to {B}."],
    },
    Sector {
        pattern: "{} Logistics",
        topic: "jobs",
        metrics: &[&EMPLOYEES, &REVENUE],
        pairs: &["{E} employed {A} people {P} and reported revenue of {B}."],
    },
    Sector {
        pattern: "{} Telecom",
        topic: "tech",
        metrics: &[&SUBSCRIBERS, &REVENUE, &MARKET_SHARE],
        pairs: &["{E} counted {A} subscribers {P}, with revenue of {B}."],
    },
    Sector {
        pattern: "{} United",
        topic: "sport",
        metrics: &[&REVENUE, &CROWD],
        pairs: &["{E} reported revenue of {A} {P}, with an average crowd of {B}."],
    },
    Sector {
        pattern: "{} Farms",
        topic: "agriculture",
        metrics: &[&HARVEST, &REVENUE],
        pairs: &["{E} harvested {A} of wheat {P} and reported revenue of {B}."],
    },
    Sector {
        pattern: "{} Cement",
        topic: "climate",
        metrics: &[&EMISSIONS, &REVENUE],
        pairs: &["{E} emitted {A} of carbon dioxide {P} on revenue of {B}."],
    },
    Sector {
        pattern: "{} Bank",
        topic: "central_bank",
        metrics: &[&NET_PROFIT, &CUSTOMERS],
        pairs: &["{E} made a net profit of {A} {P} and served {B} customers."],
    },
    Sector {
        pattern: "{} County Council",
        topic: "budget",
        metrics: &[&BUDGET, &RESIDENTS],
        pairs: &["{E} had a budget of {A} {P} for its {B} residents."],
    },
];
