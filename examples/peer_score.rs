//! Scores factlint's extractor against the peer test suites (Recognizers-Text, quantulum3).
//!
//! ```text
//! cargo run --release --example peer_score -- PATH/peer-suites [--floors FILE] [--json] [--misses]
//! ```
//!
//! The suite files are read where they lie, never copied. For every case the input goes
//! through `Extractor::extract_text(input, None)`; ordinals are ignored. A prediction matches a
//! gold result when their spans overlap, their values agree within a relative tolerance of
//! 1e-5 and, for files with units, their units agree after both are normalised to factlint's
//! unit codes. Matching is greedy and one-to-one, largest overlap first. Precision, recall and
//! F1 are reported per file, never merged across suites. The rules are written out in
//! `docs/peer-suites.md`.
//!
//! `--floors FILE` holds lines `<file-name> <metric> <min>` (`#` starts a comment); the exit
//! status is 1 when any figure is below its floor, 2 when the input cannot be read.

use clap::Parser;
use factlint::claim::{Claim, ClaimKind, Interval};
use factlint::extract::Extractor;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(about = "Score factlint's extractor against the peer test suites")]
struct Args {
    /// The peer-suites directory (holding Recognizers-Text/ and quantulum3/).
    suites: PathBuf,
    /// Minimum figures: lines `<file-name> <metric> <min>`; exit 1 when one is not met.
    #[arg(long)]
    floors: Option<PathBuf>,
    /// Print the scores as JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Also list every unmatched gold result and prediction.
    #[arg(long)]
    misses: bool,
    /// Check the scorer itself: predict the gold results instead of running the extractor;
    /// every file must then score 1.0.
    #[arg(long)]
    self_check: bool,
}

/// Relative tolerance for value agreement.
const TOLERANCE: f64 = 1e-5;

// ---- the files --------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Recognizers,
    Quantulum,
}

/// Whether and how a file's gold results carry a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Units {
    /// Plain numbers: value only.
    None,
    /// Every result is a percentage: the unit is `%`.
    Percent,
    /// Money: ambiguous names ("Pound") are read as currencies first.
    Currency,
    /// Physical units: ambiguous names ("Pound") are read as units of measure first.
    Physical,
}

/// Which kinds of quantity a suite labels; predictions of other kinds are not scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Labels {
    All,
    Percent,
    Currency,
    Physical,
}

struct SuiteFile {
    name: &'static str,
    labels: Labels,
    /// Relative to the peer-suites directory.
    path: &'static str,
    format: Format,
    units: Units,
}

const FILES: &[SuiteFile] = &[
    SuiteFile {
        name: "NumberModel.json",
        labels: Labels::All,
        path: "Recognizers-Text/Specs/Number/English/NumberModel.json",
        format: Format::Recognizers,
        units: Units::None,
    },
    SuiteFile {
        name: "NumberRangeModel.json",
        labels: Labels::All,
        path: "Recognizers-Text/Specs/Number/English/NumberRangeModel.json",
        format: Format::Recognizers,
        units: Units::None,
    },
    SuiteFile {
        name: "PercentModel.json",
        labels: Labels::Percent,
        path: "Recognizers-Text/Specs/Number/English/PercentModel.json",
        format: Format::Recognizers,
        units: Units::Percent,
    },
    SuiteFile {
        name: "CurrencyModel.json",
        labels: Labels::Currency,
        path: "Recognizers-Text/Specs/NumberWithUnit/English/CurrencyModel.json",
        format: Format::Recognizers,
        units: Units::Currency,
    },
    SuiteFile {
        name: "DimensionModel.json",
        labels: Labels::Physical,
        path: "Recognizers-Text/Specs/NumberWithUnit/English/DimensionModel.json",
        format: Format::Recognizers,
        units: Units::Physical,
    },
    SuiteFile {
        name: "quantities.json",
        labels: Labels::All,
        path: "quantulum3/quantulum3/_lang/en_US/tests/quantities.json",
        format: Format::Quantulum,
        units: Units::Physical,
    },
];

// ---- values -----------------------------------------------------------------------------------

/// Interval bounds; `None` is unbounded. Openness is kept but not compared.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bounds {
    low: Option<f64>,
    high: Option<f64>,
    low_open: bool,
    high_open: bool,
}

impl From<Interval> for Bounds {
    fn from(i: Interval) -> Self {
        Bounds {
            low: i.low.filter(|v| v.is_finite()),
            high: i.high.filter(|v| v.is_finite()),
            low_open: i.low_open,
            high_open: i.high_open,
        }
    }
}

/// What a gold result says the value is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum GoldValue {
    /// A number: "245000000000", "20%" (20).
    Point(f64),
    /// A Recognizers-Text range such as "(10,20]", "[500,)" or "(,100]".
    Range(Bounds),
    /// A quantulum3 value with its uncertainty: "between 44 and 50 mg" is 47 ± 3.
    Spread { centre: f64, half_width: f64 },
}

/// Parses a Recognizers-Text interval string: `[` or `(`, an optional low bound, a comma, an
/// optional high bound, `]` or `)`. Does not accept anything else around it.
fn parse_interval(s: &str) -> Option<Bounds> {
    let s = s.trim();
    let low_open = match s.chars().next()? {
        '(' => true,
        '[' => false,
        _ => return None,
    };
    let high_open = match s.chars().last()? {
        ')' => true,
        ']' => false,
        _ => return None,
    };
    let inner = s.get(1..s.len() - 1)?;
    let (low, high) = inner.split_once(',')?;
    let bound = |b: &str| -> Option<Option<f64>> {
        let b = b.trim();
        if b.is_empty() {
            Some(None)
        } else {
            b.parse().ok().map(Some)
        }
    };
    Some(Bounds {
        low: bound(low)?,
        high: bound(high)?,
        low_open,
        high_open,
    })
}

/// Parses a Recognizers-Text `Resolution.value` string: a number ("1.34", "-5"), a percentage
/// ("20%" is 20) or an interval. `None` for "null", empty and unreadable strings.
fn parse_value(s: &str) -> Option<GoldValue> {
    let s = s.trim();
    if s.starts_with('(') || s.starts_with('[') {
        return parse_interval(s).map(GoldValue::Range);
    }
    let number = s.strip_suffix('%').unwrap_or(s).trim();
    number.parse().ok().map(GoldValue::Point)
}

/// Whether `a` and `b` agree within the relative tolerance (0 agrees only with 0).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE * a.abs().max(b.abs())
}

fn close_bound(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

/// A prediction, reduced to what is compared.
#[derive(Debug, Clone, PartialEq)]
struct Pred {
    span: Range<usize>,
    value: Option<f64>,
    bounds: Bounds,
    /// Normalised unit code.
    unit: String,
}

impl Pred {
    /// `None` for ordinals, which are not quantities, and for claims of a kind the suite's
    /// model does not label (a Recognizers-Text model labels one entity type: the currency
    /// model's gold has no percentages, so a percentage found there is not a false positive).
    fn from_claim(c: &Claim, units: Units, labels: Labels) -> Option<Pred> {
        use factlint::claim::Dimension as D;
        let labelled = match labels {
            Labels::All => true,
            Labels::Percent => c.quantity.dimension == D::Percent,
            Labels::Currency => c.quantity.dimension == D::Currency,
            Labels::Physical => matches!(
                c.quantity.dimension,
                D::Length
                    | D::Mass
                    | D::Area
                    | D::Volume
                    | D::Speed
                    | D::Information
                    | D::Energy
                    | D::Power
            ),
        };
        (labelled && c.kind != ClaimKind::Ordinal).then(|| Pred {
            span: c.span.range(),
            value: c.quantity.value,
            bounds: c.quantity.interval.into(),
            unit: normalise_unit(c.quantity.unit, units),
        })
    }

    /// The prediction a perfect extractor would make for a gold result (for `--self-check`).
    fn from_gold(g: &Gold) -> Pred {
        let (value, bounds) = match g.value {
            GoldValue::Point(v) => (Some(v), Bounds::from(Interval::point(v))),
            GoldValue::Range(b) => (None, b),
            GoldValue::Spread {
                centre,
                half_width: 0.0,
            } => (Some(centre), Bounds::from(Interval::point(centre))),
            GoldValue::Spread { centre, half_width } => (
                None,
                Bounds::from(Interval::closed(centre - half_width, centre + half_width)),
            ),
        };
        Pred {
            span: g.span.clone().unwrap_or(0..0),
            value,
            bounds,
            unit: g.unit.clone().unwrap_or_default(),
        }
    }
}

/// Whether a prediction's value agrees with a gold value.
///
/// - A point needs a predicted value (a predicted range never matches a point).
/// - A range needs equal bounds (openness is not compared: Recognizers-Text writes "1000–5000"
///   as `[1000,5000)`, factlint as `[1000, 5000]`); a degenerate range `[v,v]` also accepts
///   a predicted value `v`.
/// - A spread compares centres: a predicted value is its own centre; a predicted bounded range
///   `[lo, hi]` is `(lo+hi)/2 ± (hi-lo)/2`, whose half-width must then agree too.
fn value_matches(gold: &GoldValue, pred: &Pred) -> bool {
    match *gold {
        GoldValue::Point(v) => pred.value.is_some_and(|x| close(x, v)),
        GoldValue::Range(b) => {
            let degenerate = b.low.is_some() && b.low == b.high;
            (degenerate && pred.value.zip(b.low).is_some_and(|(x, v)| close(x, v)))
                || (close_bound(b.low, pred.bounds.low) && close_bound(b.high, pred.bounds.high))
        }
        GoldValue::Spread { centre, half_width } => match (pred.value, pred.bounds) {
            (Some(x), _) => close(x, centre),
            (
                None,
                Bounds {
                    low: Some(lo),
                    high: Some(hi),
                    ..
                },
            ) => close((lo + hi) / 2.0, centre) && close((hi - lo) / 2.0, half_width),
            _ => false,
        },
    }
}

// ---- offsets ----------------------------------------------------------------------------------

/// The byte offset of the character that starts at UTF-16 code unit `units` (.NET offsets;
/// for text inside the Basic Multilingual Plane these are character offsets). `text.len()`
/// for the end; `None` past the end or inside a surrogate pair.
fn utf16_to_byte(text: &str, units: usize) -> Option<usize> {
    let mut seen = 0;
    for (byte, ch) in text.char_indices() {
        if seen == units {
            return Some(byte);
        }
        seen += ch.len_utf16();
        if seen > units {
            return None;
        }
    }
    (seen == units).then_some(text.len())
}

/// The byte range of a Recognizers-Text result: `Start` and inclusive `End` in UTF-16 units.
fn gold_span(text: &str, start: usize, end_inclusive: usize) -> Option<Range<usize>> {
    let s = utf16_to_byte(text, start)?;
    let e = utf16_to_byte(text, end_inclusive + 1)?;
    (s < e).then_some(s..e)
}

/// Byte ranges of quantulum3 surfaces in their sentence, in result order: each takes the
/// first occurrence not already taken by an earlier result. `None` when a surface is absent.
fn locate_surfaces(text: &str, surfaces: &[&str]) -> Vec<Option<Range<usize>>> {
    let mut taken: Vec<Range<usize>> = Vec::new();
    surfaces
        .iter()
        .map(|surface| {
            if surface.is_empty() {
                return None;
            }
            let span = text
                .match_indices(surface)
                .map(|(i, s)| i..i + s.len())
                .find(|r| !taken.contains(r))?;
            taken.push(span.clone());
            Some(span)
        })
        .collect()
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

// ---- units ------------------------------------------------------------------------------------

/// Currency names used by the peers (lower-cased) and their ISO 4217 codes.
const CURRENCY_NAMES: &[(&str, &str)] = &[
    ("cent", "USc"),
    ("pence", "GBp"),
    ("penny", "GBp"),
    ("bitcoin", "BTC"),
    ("satoshi", "sat"),
    ("peseta", "ESP"),
    ("finnish markka", "FIM"),
    ("netherlands guilder", "NLG"),
    ("dollar", "USD"),
    ("united states dollar", "USD"),
    ("us dollar", "USD"),
    ("euro", "EUR"),
    ("pound", "GBP"),
    ("british pound", "GBP"),
    ("pound sterling", "GBP"),
    ("chinese yuan", "CNY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("japanese yen", "JPY"),
    ("yen", "JPY"),
    ("rupee", "INR"),
    ("indian rupee", "INR"),
    ("ruble", "RUB"),
    ("rouble", "RUB"),
    ("russian ruble", "RUB"),
    ("russian rouble", "RUB"),
    ("canadian dollar", "CAD"),
    ("australian dollar", "AUD"),
    ("swiss franc", "CHF"),
    ("hong kong dollar", "HKD"),
    ("south korean won", "KRW"),
    ("won", "KRW"),
    ("brazilian real", "BRL"),
    ("mexican peso", "MXN"),
    ("singapore dollar", "SGD"),
    ("new zealand dollar", "NZD"),
    ("swedish krona", "SEK"),
    ("norwegian krone", "NOK"),
    ("danish krone", "DKK"),
    ("south african rand", "ZAR"),
    ("rand", "ZAR"),
    ("turkish lira", "TRY"),
    ("polish zloty", "PLN"),
    ("polish z\u{142}oty", "PLN"),
];

/// Names of units of measure used by the peers (lower-cased) and factlint's codes
/// (docs/extraction.md, "Unit codes").
const UNIT_NAMES: &[(&str, &str)] = &[
    ("cubic foot", "ft3"),
    ("cubic kilometre", "km3"),
    ("nanometre", "nm"),
    ("micrometre", "um"),
    ("electronvolt", "eV"),
    ("teraelectronvolt", "TeV"),
    ("exabyte", "EB"),
    ("petabyte", "PB"),
    ("microgram", "ug"),
    ("decimeter", "dm"),
    // percent and points
    ("percent", "%"),
    ("per cent", "%"),
    ("percentage", "%"),
    ("percentage point", "pp"),
    ("basis point", "bp"),
    // a bare count
    ("dimensionless", ""),
    // length
    ("meter", "m"),
    ("metre", "m"),
    ("kilometer", "km"),
    ("kilometre", "km"),
    ("centimeter", "cm"),
    ("centimetre", "cm"),
    ("millimeter", "mm"),
    ("millimetre", "mm"),
    ("mile", "mi"),
    ("foot", "ft"),
    ("inch", "in"),
    ("yard", "yd"),
    ("nautical mile", "nmi"),
    // mass
    ("kilogram", "kg"),
    ("gram", "g"),
    ("gramme", "g"),
    ("milligram", "mg"),
    ("tonne", "t"),
    ("metric ton", "t"),
    ("ton", "t"),
    ("kilotonne", "kt"),
    ("megatonne", "Mt"),
    ("gigatonne", "Gt"),
    ("pound", "lb"),
    ("pound-mass", "lb"),
    ("ounce", "oz"),
    // area
    ("square meter", "m2"),
    ("square metre", "m2"),
    ("square kilometer", "km2"),
    ("square kilometre", "km2"),
    ("square centimeter", "cm2"),
    ("square centimetre", "cm2"),
    ("hectare", "ha"),
    ("acre", "acre"),
    ("square foot", "ft2"),
    ("square mile", "mi2"),
    // volume
    ("cubic meter", "m3"),
    ("cubic metre", "m3"),
    ("liter", "l"),
    ("litre", "l"),
    ("milliliter", "ml"),
    ("millilitre", "ml"),
    ("gallon", "gal"),
    ("barrel", "bbl"),
    // energy
    ("joule", "J"),
    ("kilojoule", "kJ"),
    ("megajoule", "MJ"),
    ("gigajoule", "GJ"),
    ("watt hour", "Wh"),
    ("kilowatt hour", "kWh"),
    ("megawatt hour", "MWh"),
    ("gigawatt hour", "GWh"),
    ("terawatt hour", "TWh"),
    ("calorie", "cal"),
    ("kilocalorie", "kcal"),
    ("british thermal unit", "Btu"),
    // power
    ("watt", "W"),
    ("kilowatt", "kW"),
    ("megawatt", "MW"),
    ("gigawatt", "GW"),
    ("terawatt", "TW"),
    ("horsepower", "hp"),
    // duration
    ("second", "s"),
    ("minute", "min"),
    ("hour", "h"),
    ("day", "d"),
    ("week", "wk"),
    ("month", "mo"),
    ("year", "yr"),
    // speed
    ("kilometer per hour", "km/h"),
    ("kilometre per hour", "km/h"),
    ("mile per hour", "mph"),
    ("meter per second", "m/s"),
    ("metre per second", "m/s"),
    ("knot", "kn"),
    // temperature
    ("degree celsius", "degC"),
    ("celsius", "degC"),
    ("degree fahrenheit", "degF"),
    ("fahrenheit", "degF"),
    ("kelvin", "K"),
    // information
    ("byte", "B"),
    ("kilobyte", "KB"),
    ("megabyte", "MB"),
    ("gigabyte", "GB"),
    ("terabyte", "TB"),
];

fn lookup(table: &[(&str, &'static str)], lower: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == lower).map(|(_, v)| *v)
}

/// A peer's unit name, or a factlint code, as a factlint unit code. Names are matched
/// case-insensitively; "Pound" is GBP in a currency file and lb elsewhere. Unknown names (and
/// factlint's own codes) come back unchanged apart from surrounding spaces.
fn normalise_unit(name: &str, units: Units) -> String {
    let name = name.trim();
    let lower = name.to_lowercase();
    let found = if units == Units::Currency {
        lookup(CURRENCY_NAMES, &lower).or_else(|| lookup(UNIT_NAMES, &lower))
    } else {
        lookup(UNIT_NAMES, &lower).or_else(|| lookup(CURRENCY_NAMES, &lower))
    };
    found.map_or_else(|| name.to_string(), str::to_string)
}

// ---- loading the suites -------------------------------------------------------------------------

/// A gold result, ready to match.
#[derive(Debug, Clone, PartialEq)]
struct Gold {
    /// Byte range in the case's input; `None` when it could not be located.
    span: Option<Range<usize>>,
    value: GoldValue,
    /// Normalised unit code; `None` for files scored on value only.
    unit: Option<String>,
    /// The gold text, for messages.
    text: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Case {
    input: String,
    gold: Vec<Gold>,
}

/// A suite file's cases and what was left out of them.
#[derive(Debug, Default)]
struct Loaded {
    cases: Vec<Case>,
    /// Cases marked `NotSupported` on dotnet (they fail on the reference implementation).
    skipped_cases: usize,
    /// Gold results without a value ("dollar" alone, "a small percent").
    gold_without_value: usize,
    /// Gold results whose offsets or surface do not point at their text in the input.
    gold_unlocated: usize,
}

#[derive(Debug, Deserialize)]
struct RecognizersCase {
    #[serde(rename = "Input")]
    input: String,
    #[serde(rename = "NotSupported", default)]
    not_supported: Option<String>,
    #[serde(rename = "Results", default)]
    results: Vec<RecognizersResult>,
}

#[derive(Debug, Deserialize)]
struct RecognizersResult {
    #[serde(rename = "Text")]
    text: String,
    #[serde(rename = "Resolution", default)]
    resolution: Option<serde_json::Value>,
    #[serde(rename = "Start")]
    start: usize,
    #[serde(rename = "End")]
    end: usize,
}

#[derive(Debug, Deserialize)]
struct QuantulumCase {
    req: String,
    #[serde(default)]
    res: Vec<QuantulumResult>,
}

#[derive(Debug, Deserialize)]
struct QuantulumResult {
    value: Option<f64>,
    unit: String,
    surface: String,
    #[serde(default)]
    uncertainty: Option<f64>,
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A `Resolution` field as a string, whether the JSON holds a string or a number.
fn resolution_str(res: Option<&serde_json::Value>, key: &str) -> Option<String> {
    match res?.get(key)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Loads a Recognizers-Text spec file (a JSON array of cases, possibly behind a BOM).
fn load_recognizers(json: &str, units: Units) -> Result<Loaded, String> {
    let raw: Vec<RecognizersCase> = serde_json::from_str(strip_bom(json))
        .map_err(|e| format!("not a Recognizers-Text spec: {e}"))?;
    let mut loaded = Loaded::default();
    for case in raw {
        let dotnet_fails = case
            .not_supported
            .as_deref()
            .is_some_and(|s| s.to_ascii_lowercase().contains("dotnet"));
        if dotnet_fails {
            loaded.skipped_cases += 1;
            continue;
        }
        let mut gold = Vec::new();
        for r in &case.results {
            let res = r.resolution.as_ref();
            let Some(value) = resolution_str(res, "value").and_then(|v| parse_value(&v)) else {
                loaded.gold_without_value += 1;
                continue;
            };
            let span = gold_span(&case.input, r.start, r.end)
                .filter(|s| case.input[s.clone()].to_lowercase() == r.text.to_lowercase());
            if span.is_none() {
                loaded.gold_unlocated += 1;
            }
            let unit = match units {
                Units::None => None,
                Units::Percent => Some("%".to_string()),
                Units::Currency | Units::Physical => {
                    let name = resolution_str(res, "isoCurrency")
                        .or_else(|| resolution_str(res, "unit"))
                        .unwrap_or_default();
                    Some(normalise_unit(&name, units))
                }
            };
            gold.push(Gold {
                span,
                value,
                unit,
                text: r.text.clone(),
            });
        }
        loaded.cases.push(Case {
            input: case.input,
            gold,
        });
    }
    Ok(loaded)
}

/// Loads quantulum3's `quantities.json` (sentences with value, unit, surface, uncertainty).
fn load_quantulum(json: &str) -> Result<Loaded, String> {
    let raw: Vec<QuantulumCase> = serde_json::from_str(strip_bom(json))
        .map_err(|e| format!("not a quantulum3 test file: {e}"))?;
    let mut loaded = Loaded::default();
    for case in raw {
        let surfaces: Vec<&str> = case.res.iter().map(|r| r.surface.as_str()).collect();
        let spans = locate_surfaces(&case.req, &surfaces);
        let mut gold = Vec::new();
        for (r, span) in case.res.iter().zip(spans) {
            let Some(value) = r.value else {
                loaded.gold_without_value += 1;
                continue;
            };
            if span.is_none() {
                loaded.gold_unlocated += 1;
            }
            gold.push(Gold {
                span,
                value: GoldValue::Spread {
                    centre: value,
                    half_width: r.uncertainty.unwrap_or(0.0).abs(),
                },
                unit: Some(normalise_unit(&r.unit, Units::Physical)),
                text: r.surface.clone(),
            });
        }
        loaded.cases.push(Case {
            input: case.req,
            gold,
        });
    }
    Ok(loaded)
}

// ---- matching and scoring -----------------------------------------------------------------------

/// Greedy one-to-one matching: among all (gold, prediction) pairs whose spans overlap and that
/// `accept` allows, take the largest overlap first (ties: earlier gold, then earlier
/// prediction), skipping pairs whose gold or prediction is already taken. Returns the pairs
/// as (gold index, prediction index), sorted by gold index.
fn greedy_match(
    gold: &[Gold],
    preds: &[Pred],
    accept: impl Fn(&Gold, &Pred) -> bool,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let Some(gspan) = &g.span else { continue };
        for (pi, p) in preds.iter().enumerate() {
            let o = overlap(gspan, &p.span);
            if o > 0 && accept(g, p) {
                candidates.push((o, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_taken = vec![false; gold.len()];
    let mut pred_taken = vec![false; preds.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        if !gold_taken[gi] && !pred_taken[pi] {
            gold_taken[gi] = true;
            pred_taken[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs.sort_unstable();
    pairs
}

fn unit_matches(gold: &Gold, pred: &Pred) -> bool {
    gold.unit.as_deref() == Some(pred.unit.as_str())
}

/// Precision, recall and F1 from counts; each is 0 when its denominator is 0.
fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    let (p, r) = (ratio(tp, predicted), ratio(tp, gold));
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
struct Metrics {
    tp: usize,
    precision: f64,
    recall: f64,
    f1: f64,
}

impl Metrics {
    fn new(tp: usize, predicted: usize, gold: usize) -> Metrics {
        let (precision, recall, f1) = prf(tp, predicted, gold);
        Metrics {
            tp,
            precision,
            recall,
            f1,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
struct FileScore {
    file: String,
    /// Relative to the peer-suites directory.
    path: String,
    cases: usize,
    skipped_cases: usize,
    gold: usize,
    gold_without_value: usize,
    gold_unlocated: usize,
    predicted: usize,
    value: Metrics,
    /// `None` for files scored on value only.
    value_unit: Option<Metrics>,
    /// How many gold results carry each normalised unit (empty for value-only files); a name
    /// that is not a factlint code has no mapping yet.
    gold_units: BTreeMap<String, usize>,
    #[serde(skip)]
    misses: Vec<String>,
}

/// Scores predictions against a loaded file. `predict` gives a case's predictions.
fn score(
    file: &SuiteFile,
    loaded: &Loaded,
    predict: impl Fn(&Case) -> Vec<Pred>,
    keep_misses: bool,
) -> FileScore {
    let has_units = file.units != Units::None;
    let (mut gold_n, mut pred_n, mut tp_v, mut tp_vu) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut gold_units = BTreeMap::new();
    for case in &loaded.cases {
        let preds = predict(case);
        gold_n += case.gold.len();
        for g in &case.gold {
            *gold_units
                .entry(g.unit.clone().unwrap_or_default())
                .or_insert(0) += 1;
        }
        pred_n += preds.len();
        let by_value = greedy_match(&case.gold, &preds, |g, p| value_matches(&g.value, p));
        tp_v += by_value.len();
        let strict = if has_units {
            let pairs = greedy_match(&case.gold, &preds, |g, p| {
                value_matches(&g.value, p) && unit_matches(g, p)
            });
            tp_vu += pairs.len();
            pairs
        } else {
            by_value
        };
        if keep_misses {
            describe_misses(case, &preds, &strict, &mut misses);
        }
    }
    FileScore {
        file: file.name.to_string(),
        path: file.path.to_string(),
        cases: loaded.cases.len(),
        skipped_cases: loaded.skipped_cases,
        gold: gold_n,
        gold_without_value: loaded.gold_without_value,
        gold_unlocated: loaded.gold_unlocated,
        predicted: pred_n,
        value: Metrics::new(tp_v, pred_n, gold_n),
        value_unit: has_units.then(|| Metrics::new(tp_vu, pred_n, gold_n)),
        gold_units: if has_units {
            gold_units
        } else {
            BTreeMap::new()
        },
        misses,
    }
}

fn describe_misses(case: &Case, preds: &[Pred], pairs: &[(usize, usize)], out: &mut Vec<String>) {
    for (gi, g) in case.gold.iter().enumerate() {
        if !pairs.iter().any(|&(x, _)| x == gi) {
            out.push(format!(
                "  missed    {:?} = {:?} {} in {:?}",
                g.text,
                g.value,
                g.unit.as_deref().unwrap_or("-"),
                case.input
            ));
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !pairs.iter().any(|&(_, x)| x == pi) {
            let text = case.input.get(p.span.clone()).unwrap_or("?");
            out.push(format!(
                "  spurious  {:?} = {:?} {:?} {} in {:?}",
                text, p.value, p.bounds, p.unit, case.input
            ));
        }
    }
}

// ---- floors -----------------------------------------------------------------------------------

const METRICS: &[&str] = &[
    "value_precision",
    "value_recall",
    "value_f1",
    "value_unit_precision",
    "value_unit_recall",
    "value_unit_f1",
];

#[derive(Debug, Clone, PartialEq)]
struct Floor {
    file: String,
    metric: String,
    min: f64,
    line: usize,
}

/// Parses floor lines `<file-name> <metric> <min>`; blank lines and `#` comments are skipped.
/// Every bad line is reported, not only the first.
fn parse_floors(text: &str) -> Result<Vec<Floor>, Vec<String>> {
    let mut floors = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [file, metric, min] = fields[..] else {
            errors.push(format!(
                "line {n}: expected `<file-name> <metric> <min>`, found {line:?}"
            ));
            continue;
        };
        if !FILES.iter().any(|f| f.name == file) {
            let known: Vec<&str> = FILES.iter().map(|f| f.name).collect();
            errors.push(format!(
                "line {n}: unknown file {file:?}; known files: {}",
                known.join(", ")
            ));
        }
        if !METRICS.contains(&metric) {
            errors.push(format!(
                "line {n}: unknown metric {metric:?}; known metrics: {}",
                METRICS.join(", ")
            ));
        }
        match min.parse::<f64>() {
            Ok(min) if (0.0..=1.0).contains(&min) => floors.push(Floor {
                file: file.to_string(),
                metric: metric.to_string(),
                min,
                line: n,
            }),
            _ => errors.push(format!(
                "line {n}: the minimum {min:?} is not a number between 0 and 1"
            )),
        }
    }
    if errors.is_empty() {
        Ok(floors)
    } else {
        Err(errors)
    }
}

/// A metric of a file's score; `None` when the file is not scored on it.
fn metric_value(score: &FileScore, metric: &str) -> Option<f64> {
    let (m, field) = match metric.strip_prefix("value_unit_") {
        Some(field) => (score.value_unit?, field),
        None => (score.value, metric.strip_prefix("value_")?),
    };
    match field {
        "precision" => Some(m.precision),
        "recall" => Some(m.recall),
        "f1" => Some(m.f1),
        _ => None,
    }
}

/// One message for every floor that is not met.
fn check_floors(floors: &[Floor], scores: &[FileScore]) -> Vec<String> {
    let mut failures = Vec::new();
    for f in floors {
        let Some(score) = scores.iter().find(|s| s.file == f.file) else {
            failures.push(format!(
                "floor on line {}: {} was not scored",
                f.line, f.file
            ));
            continue;
        };
        match metric_value(score, &f.metric) {
            None => failures.push(format!(
                "floor on line {}: {} is scored on value only, so it has no {}",
                f.line, f.file, f.metric
            )),
            Some(v) if v < f.min => failures.push(format!(
                "{} {} is {v:.3}, below its floor of {:.3} (line {})",
                f.file, f.metric, f.min, f.line
            )),
            Some(_) => {}
        }
    }
    failures
}

/// Files that a perfect prediction does not score 1.0 on: a loader or matcher bug.
fn self_check_failures(scores: &[FileScore]) -> Vec<String> {
    let perfect = |m: Metrics| m.precision == 1.0 && m.recall == 1.0;
    scores
        .iter()
        .filter(|s| !perfect(s.value) || s.value_unit.is_some_and(|m| !perfect(m)))
        .map(|s| {
            format!(
                "self-check: {} does not score 1.0 on its own gold results",
                s.file
            )
        })
        .collect()
}

// ---- output -----------------------------------------------------------------------------------

fn table(scores: &[FileScore]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>5} {:>5} {:>5} | {:>5} {:>6} {:>6} {:>6} | {:>5} {:>6} {:>6} {:>6}",
        "file",
        "cases",
        "gold",
        "pred",
        "v tp",
        "v P",
        "v R",
        "v F1",
        "vu tp",
        "vu P",
        "vu R",
        "vu F1"
    );
    let _ = writeln!(out, "{}", "-".repeat(100));
    for s in scores {
        let v = s.value;
        let _ = write!(
            out,
            "{:<22} {:>5} {:>5} {:>5} | {:>5} {:>6.3} {:>6.3} {:>6.3} |",
            s.file, s.cases, s.gold, s.predicted, v.tp, v.precision, v.recall, v.f1
        );
        match s.value_unit {
            Some(u) => {
                let _ = writeln!(
                    out,
                    " {:>5} {:>6.3} {:>6.3} {:>6.3}",
                    u.tp, u.precision, u.recall, u.f1
                );
            }
            None => {
                let _ = writeln!(out, " {:>5} {:>6} {:>6} {:>6}", "-", "-", "-", "-");
            }
        }
    }
    let _ = writeln!(
        out,
        "\nv = value only, vu = value and unit. Left out: cases failing on the reference \
         implementation (dotnet), gold results without a value, gold results not found in \
         their input:"
    );
    for s in scores {
        let _ = writeln!(
            out,
            "  {:<22} {} case(s), {} without value, {} not located",
            s.file, s.skipped_cases, s.gold_without_value, s.gold_unlocated
        );
    }
    out
}

fn run(args: &Args) -> Result<Vec<FileScore>, String> {
    let extractor = Extractor::new();
    let mut scores = Vec::new();
    for file in FILES {
        let path = args.suites.join(file.path);
        let json = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let loaded = match file.format {
            Format::Recognizers => load_recognizers(&json, file.units),
            Format::Quantulum => load_quantulum(&json),
        }
        .map_err(|e| format!("{}: {e}", path.display()))?;
        let predict = |case: &Case| -> Vec<Pred> {
            if args.self_check {
                return case.gold.iter().map(Pred::from_gold).collect();
            }
            extractor
                .extract_text(&case.input, None)
                .iter()
                .filter_map(|c| Pred::from_claim(c, file.units, file.labels))
                .collect()
        };
        scores.push(score(file, &loaded, predict, args.misses));
    }
    Ok(scores)
}

fn read_floors(path: &Path) -> Result<Vec<Floor>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read floors file {}: {e}", path.display()))?;
    parse_floors(&text).map_err(|errors| {
        format!(
            "{} has {} bad line(s):\n  {}",
            path.display(),
            errors.len(),
            errors.join("\n  ")
        )
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    let floors = match args.floors.as_deref().map(read_floors).transpose() {
        Ok(f) => f.unwrap_or_default(),
        Err(e) => {
            eprintln!("peer_score: {e}");
            return ExitCode::from(2);
        }
    };
    let scores = match run(&args) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("peer_score: {e}");
            return ExitCode::from(2);
        }
    };
    if args.json {
        let doc = serde_json::json!({
            "factlint": env!("CARGO_PKG_VERSION"),
            "tolerance": TOLERANCE,
            "files": scores,
        });
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        print!("{}", table(&scores));
    }
    if args.misses {
        for s in &scores {
            println!("\n{} ({} misses):", s.file, s.misses.len());
            for m in &s.misses {
                println!("{m}");
            }
        }
    }
    let mut failures = check_floors(&floors, &scores);
    if args.self_check {
        failures.extend(self_check_failures(&scores));
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        for f in &failures {
            eprintln!("peer_score: {f}");
        }
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(low: Option<f64>, high: Option<f64>, low_open: bool, high_open: bool) -> Bounds {
        Bounds {
            low,
            high,
            low_open,
            high_open,
        }
    }

    fn point(span: Range<usize>, v: f64, unit: &str) -> Pred {
        Pred {
            span,
            value: Some(v),
            bounds: bounds(Some(v), Some(v), false, false),
            unit: unit.to_string(),
        }
    }

    fn range(span: Range<usize>, lo: f64, hi: f64) -> Pred {
        Pred {
            span,
            value: None,
            bounds: bounds(Some(lo), Some(hi), false, false),
            unit: String::new(),
        }
    }

    fn gold(span: Range<usize>, value: GoldValue, unit: Option<&str>) -> Gold {
        Gold {
            span: Some(span),
            value,
            unit: unit.map(str::to_string),
            text: String::new(),
        }
    }

    #[test]
    fn intervals_parse_with_open_and_missing_ends() {
        assert_eq!(
            parse_interval("(10,20]"),
            Some(bounds(Some(10.0), Some(20.0), true, false))
        );
        assert_eq!(
            parse_interval("[500,)"),
            Some(bounds(Some(500.0), None, false, true))
        );
        assert_eq!(
            parse_interval("(,100]"),
            Some(bounds(None, Some(100.0), true, false))
        );
        assert_eq!(
            parse_interval("[-10,15)"),
            Some(bounds(Some(-10.0), Some(15.0), false, true))
        );
        assert_eq!(
            parse_interval("(0.25,0.5)"),
            Some(bounds(Some(0.25), Some(0.5), true, true))
        );
        for bad in ["", "10,20", "[10;20]", "[a,20]", "(10,20", "[", "[]"] {
            assert_eq!(parse_interval(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn value_strings_are_numbers_percentages_or_intervals() {
        assert_eq!(parse_value("245000000000"), Some(GoldValue::Point(245e9)));
        assert_eq!(parse_value("1.34"), Some(GoldValue::Point(1.34)));
        assert_eq!(parse_value("-5"), Some(GoldValue::Point(-5.0)));
        assert_eq!(parse_value("20%"), Some(GoldValue::Point(20.0)));
        assert_eq!(parse_value("-5%"), Some(GoldValue::Point(-5.0)));
        assert_eq!(
            parse_value("(10,20]"),
            Some(GoldValue::Range(bounds(
                Some(10.0),
                Some(20.0),
                true,
                false
            )))
        );
        assert_eq!(parse_value("null"), None);
        assert_eq!(parse_value(""), None);
    }

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        let text = "loaned \u{20ac} 2 million";
        assert_eq!(utf16_to_byte(text, 0), Some(0));
        assert_eq!(utf16_to_byte(text, 7), Some(7));
        // The euro sign is one UTF-16 unit and three bytes.
        assert_eq!(utf16_to_byte(text, 8), Some(10));
        assert_eq!(utf16_to_byte(text, text.chars().count()), Some(text.len()));
        assert_eq!(utf16_to_byte(text, 99), None);
        // Outside the BMP a character is two UTF-16 units and four bytes.
        let clef = "\u{1d11e}x";
        assert_eq!(utf16_to_byte(clef, 2), Some(4));
        assert_eq!(utf16_to_byte(clef, 1), None);
    }

    #[test]
    fn gold_end_is_inclusive() {
        let input = "in 2003 , bayern munich loaned \u{20ac} 2 million to dortmund";
        let span = gold_span(input, 31, 41).unwrap();
        assert_eq!(&input[span], "\u{20ac} 2 million");
        assert_eq!(gold_span(input, 5, 4), None);
    }

    #[test]
    fn surfaces_take_successive_occurrences() {
        let text = "860 and 860 and 2.80 GHz";
        let spans = locate_surfaces(text, &["860", "2.80 GHz", "860", "860", "MHz"]);
        assert_eq!(
            spans,
            vec![Some(0..3), Some(16..24), Some(8..11), None, None]
        );
    }

    #[test]
    fn peer_unit_names_map_to_factlint_codes() {
        let cases = [
            ("United States dollar", Units::Currency, "USD"),
            ("Dollar", Units::Currency, "USD"),
            ("Euro", Units::Currency, "EUR"),
            ("Chinese yuan", Units::Currency, "CNY"),
            ("Pound", Units::Currency, "GBP"),
            ("Pound", Units::Physical, "lb"),
            ("pound sterling", Units::Physical, "GBP"),
            ("pound-mass", Units::Physical, "lb"),
            ("Kilometer", Units::Physical, "km"),
            ("Mile", Units::Physical, "mi"),
            ("Square kilometer", Units::Physical, "km2"),
            ("square kilometre", Units::Physical, "km2"),
            ("metre", Units::Physical, "m"),
            ("Kilometer per hour", Units::Physical, "km/h"),
            ("degree Celsius", Units::Physical, "degC"),
            ("dimensionless", Units::Physical, ""),
            ("percentage", Units::Physical, "%"),
            (" Megabyte ", Units::Physical, "MB"),
            // Unknown names map to themselves.
            ("Lao kip", Units::Currency, "Lao kip"),
            ("inverse femtobarn", Units::Physical, "inverse femtobarn"),
            ("CRC", Units::Currency, "CRC"),
        ];
        for (name, units, code) in cases {
            assert_eq!(normalise_unit(name, units), code, "{name}");
        }
    }

    #[test]
    fn factlint_codes_normalise_to_themselves() {
        // Every code in docs/extraction.md, "Unit codes".
        let codes = [
            "USD", "EUR", "GBP", "CNY", "RUB", "JPY", "INR", "CAD", "AUD", "CHF", "HKD", "KRW",
            "BRL", "MXN", "SGD", "NZD", "SEK", "NOK", "DKK", "ZAR", "TRY", "PLN", "%", "pp", "bp",
            "", "m", "km", "cm", "mm", "mi", "ft", "in", "yd", "nmi", "kg", "g", "mg", "t", "kt",
            "Mt", "Gt", "lb", "oz", "m2", "km2", "cm2", "ha", "acre", "ft2", "mi2", "m3", "l",
            "ml", "bcm", "tcm", "bcf", "tcf", "gal", "bbl", "J", "kJ", "MJ", "GJ", "Wh", "kWh",
            "MWh", "GWh", "TWh", "cal", "kcal", "Btu", "W", "kW", "MW", "GW", "TW", "hp", "s",
            "min", "h", "d", "wk", "mo", "yr", "km/h", "mph", "m/s", "kn", "degC", "degF", "K",
            "B", "KB", "MB", "GB", "TB",
        ];
        for code in codes {
            for units in [Units::Currency, Units::Physical] {
                assert_eq!(normalise_unit(code, units), code);
            }
        }
    }

    #[test]
    fn values_agree_within_relative_tolerance() {
        let p = |v| point(0..1, v, "");
        assert!(value_matches(
            &GoldValue::Point(0.333333333333333),
            &p(1.0 / 3.0)
        ));
        assert!(value_matches(
            &GoldValue::Point(245e9),
            &p(245e9 * (1.0 + 5e-6))
        ));
        assert!(!value_matches(
            &GoldValue::Point(245e9),
            &p(245e9 * (1.0 + 2e-5))
        ));
        assert!(value_matches(&GoldValue::Point(0.0), &p(0.0)));
        assert!(!value_matches(&GoldValue::Point(0.0), &p(1e-9)));
        // A predicted range never matches a point.
        assert!(!value_matches(
            &GoldValue::Point(15.0),
            &range(0..1, 10.0, 20.0)
        ));
    }

    #[test]
    fn ranges_compare_bounds_not_openness() {
        let gold = GoldValue::Range(bounds(Some(1000.0), Some(5000.0), false, true));
        assert!(value_matches(&gold, &range(0..1, 1000.0, 5000.0)));
        assert!(!value_matches(&gold, &range(0..1, 1000.0, 6000.0)));
        // "more than 2": (2, +inf) from a hedged claim whose value is 2.
        let more_than = GoldValue::Range(bounds(Some(2.0), None, true, true));
        let hedged = Pred {
            span: 0..1,
            value: Some(2.0),
            bounds: bounds(Some(2.0), None, true, false),
            unit: String::new(),
        };
        assert!(value_matches(&more_than, &hedged));
        assert!(!value_matches(&more_than, &point(0..1, 2.0, "")));
        // A degenerate range accepts a plain value.
        let exactly = GoldValue::Range(bounds(Some(20.0), Some(20.0), false, false));
        assert!(value_matches(&exactly, &point(0..1, 20.0, "")));
    }

    #[test]
    fn spreads_compare_centre_and_half_width() {
        let between = GoldValue::Spread {
            centre: 47.0,
            half_width: 3.0,
        };
        assert!(value_matches(&between, &range(0..1, 44.0, 50.0)));
        assert!(!value_matches(&between, &range(0..1, 44.0, 52.0)));
        let plain = GoldValue::Spread {
            centre: 2.0,
            half_width: 0.0,
        };
        assert!(value_matches(&plain, &point(0..1, 2.0, "m")));
        assert!(!value_matches(&plain, &range(0..1, 1.0, 3.0)));
        // A figure written with its uncertainty may be extracted as a plain value.
        let measured = GoldValue::Spread {
            centre: 0.00983,
            half_width: 1e-5,
        };
        assert!(value_matches(&measured, &point(0..1, 0.00983, "")));
    }

    #[test]
    fn matching_is_one_to_one_and_prefers_the_larger_overlap() {
        let golds = [
            gold(0..10, GoldValue::Point(5.0), None),
            gold(8..20, GoldValue::Point(5.0), None),
        ];
        // One prediction overlapping both golds goes to the one it overlaps most.
        let preds = [point(7..20, 5.0, "")];
        assert_eq!(
            greedy_match(&golds, &preds, |g, p| value_matches(&g.value, p)),
            [(1, 0)]
        );
        // Two predictions for the two golds both match.
        let preds = [point(0..4, 5.0, ""), point(12..14, 5.0, "")];
        assert_eq!(
            greedy_match(&golds, &preds, |g, p| value_matches(&g.value, p)),
            [(0, 0), (1, 1)]
        );
        // No overlap, or a wrong value, is no match.
        let preds = [point(30..34, 5.0, ""), point(0..4, 6.0, "")];
        assert!(greedy_match(&golds, &preds, |g, p| value_matches(&g.value, p)).is_empty());
        // An unlocated gold never matches.
        let unlocated = [Gold {
            span: None,
            ..gold(0..1, GoldValue::Point(5.0), None)
        }];
        assert!(greedy_match(&unlocated, &[point(0..4, 5.0, "")], |_, _| true).is_empty());
    }

    #[test]
    fn precision_recall_and_f1() {
        assert_eq!(prf(0, 0, 10), (0.0, 0.0, 0.0));
        assert_eq!(prf(5, 10, 5), (0.5, 1.0, 2.0 / 3.0));
        assert_eq!(prf(0, 4, 0), (0.0, 0.0, 0.0));
    }

    const RECOGNIZERS_SAMPLE: &str = "\u{feff}[
      {\"Input\": \"USD 200 and \u{20ac} 2 million\",
       \"Results\": [
         {\"Text\": \"usd 200\", \"TypeName\": \"currency\",
          \"Resolution\": {\"value\": \"200\", \"unit\": \"United States dollar\", \"isoCurrency\": \"USD\"},
          \"Start\": 0, \"End\": 6},
         {\"Text\": \"\u{20ac} 2 million\", \"TypeName\": \"currency\",
          \"Resolution\": {\"value\": \"2000000\", \"unit\": \"Euro\"},
          \"Start\": 12, \"End\": 22},
         {\"Text\": \"dollar\", \"TypeName\": \"currency\",
          \"Resolution\": {\"value\": null, \"unit\": \"Dollar\"}, \"Start\": 0, \"End\": 2}]},
      {\"Input\": \"rmb 10 usd 20\", \"NotSupported\": \"dotnet, python\",
       \"Results\": [{\"Text\": \"rmb 10\", \"TypeName\": \"currency\",
          \"Resolution\": {\"value\": \"10\", \"unit\": \"Chinese yuan\"}, \"Start\": 0, \"End\": 5}]},
      {\"Input\": \"nothing here\", \"Results\": []}
    ]";

    #[test]
    fn recognizers_files_load_past_the_traps() {
        let loaded = load_recognizers(RECOGNIZERS_SAMPLE, Units::Currency).unwrap();
        assert_eq!(loaded.skipped_cases, 1);
        assert_eq!(loaded.gold_without_value, 1);
        assert_eq!(loaded.gold_unlocated, 0);
        assert_eq!(loaded.cases.len(), 2);
        let golds = &loaded.cases[0].gold;
        let seen: Vec<_> = golds
            .iter()
            .map(|g| (g.span.clone(), g.value, g.unit.as_deref()))
            .collect();
        // "€ 2 million" is characters 12..=22 and bytes 12..25; its unit comes from "Euro".
        assert_eq!(
            seen,
            [
                (Some(0..7), GoldValue::Point(200.0), Some("USD")),
                (Some(12..25), GoldValue::Point(2e6), Some("EUR")),
            ]
        );
    }

    #[test]
    fn scores_count_value_and_unit_matches_separately() {
        let loaded = load_recognizers(RECOGNIZERS_SAMPLE, Units::Currency).unwrap();
        let file = &FILES[3];
        // Right value and unit for USD 200; right value, wrong unit for the euros; and one
        // spurious prediction in the empty case.
        let predict = |case: &Case| -> Vec<Pred> {
            if case.input.starts_with("USD") {
                vec![point(0..7, 200.0, "USD"), point(12..25, 2e6, "USD")]
            } else {
                vec![point(0..7, 1.0, "")]
            }
        };
        let s = score(file, &loaded, predict, true);
        assert_eq!((s.gold, s.predicted, s.value.tp), (2, 3, 2));
        assert_eq!(s.value_unit.map(|m| m.tp), Some(1));
        assert_eq!(s.misses.len(), 3, "{:#?}", s.misses);
    }

    #[test]
    fn quantulum_files_load_ranges_as_spreads() {
        let json = r#"[{"req": "They were given between 44 and 50 mg ethanol and 2 pills.",
            "res": [{"value": 47, "unit": "milligram", "surface": "between 44 and 50 mg",
                     "uncertainty": 3},
                    {"value": 2, "unit": "dimensionless", "surface": "2"}]}]"#;
        let loaded = load_quantulum(json).unwrap();
        let g = &loaded.cases[0].gold;
        assert_eq!(g[0].span, Some(16..36));
        assert_eq!(
            g[0].value,
            GoldValue::Spread {
                centre: 47.0,
                half_width: 3.0
            }
        );
        assert_eq!(g[0].unit.as_deref(), Some("mg"));
        assert_eq!(g[1].unit.as_deref(), Some(""));
        assert_eq!(g[1].span, Some(49..50), "the first \"2\" is in \"2 pills\"");
    }

    #[test]
    fn floors_parse_and_report_every_shortfall() {
        let text = "# minimums\n\nCurrencyModel.json value_unit_f1 0.80  # money\n\
                    NumberModel.json value_f1 0.5\nNumberModel.json value_unit_f1 0.1\n";
        let floors = parse_floors(text).unwrap();
        assert_eq!(floors.len(), 3);
        assert_eq!(floors[0].line, 3);
        let bad = parse_floors("Nope.json value_f1 0.5\nCurrencyModel.json f2 x\nonly two\n");
        assert_eq!(bad.unwrap_err().len(), 4);

        let loaded = load_recognizers(RECOGNIZERS_SAMPLE, Units::Currency).unwrap();
        let currency = score(&FILES[3], &loaded, |_| Vec::new(), false);
        let number = score(&FILES[0], &Loaded::default(), |_| Vec::new(), false);
        let failures = check_floors(&floors, &[currency, number]);
        assert_eq!(failures.len(), 3, "{failures:#?}");
        assert!(failures[0].contains("CurrencyModel.json value_unit_f1 is 0.000"));
        assert!(failures[2].contains("value only"));
    }
}
