//! The domain types an extracted figure is made of: [`Claim`], [`Quantity`], [`Interval`],
//! [`Hedge`], [`Direction`] and [`Period`].
//!
//! These are plain data. The extractor builds them, the checker compares them, reporters print
//! them; none of that logic lives here beyond small, obviously-correct helpers.

use crate::span::Span;
use serde::{Serialize, Serializer};
use std::fmt;

/// What kind of figure a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A measured or counted amount: money, a count, a percentage, a physical quantity.
    Quantity,
    /// A rank such as "30th" or "third": kept so it is visibly not a quantity.
    Ordinal,
}

/// The direction a change is said to go: "down 21%", "a 3.8% rise".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// The hedge that qualifies a figure; each one maps to an interval rule (see `extract::lexicon`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// about, approximately, around, roughly, some, an estimated, or so
    About,
    /// nearly, almost, just under, close to
    Nearly,
    /// more than, over, above, in excess of, upwards of
    MoreThan,
    /// at least, no fewer than, a minimum of, or more, -plus
    AtLeast,
    /// fewer than, less than, under, below
    LessThan,
    /// up to, as many as, at most, no more than, a maximum of
    UpTo,
    /// between X and Y, X-Y, X to Y
    Range,
    /// exactly, precisely
    Exactly,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::About => "about",
            Hedge::Nearly => "nearly",
            Hedge::MoreThan => "more_than",
            Hedge::AtLeast => "at_least",
            Hedge::LessThan => "less_than",
            Hedge::UpTo => "up_to",
            Hedge::Range => "range",
            Hedge::Exactly => "exactly",
        }
    }
}

/// A closed or open interval; `None` bounds are unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub low_open: bool,
    pub high_open: bool,
}

impl Interval {
    pub fn closed(low: f64, high: f64) -> Self {
        Interval {
            low: Some(low),
            high: Some(high),
            low_open: false,
            high_open: false,
        }
    }
    /// `[low, high)`: how a rounded figure covers the values it may stand for.
    pub fn half_open(low: f64, high: f64) -> Self {
        Interval {
            high_open: true,
            ..Interval::closed(low, high)
        }
    }
    pub fn point(v: f64) -> Self {
        Interval::closed(v, v)
    }
    /// The same interval mapped through `v * factor + offset` (unit conversion).
    pub fn converted(self, factor: f64, offset: f64) -> Self {
        Interval {
            low: self.low.map(|v| v * factor + offset),
            high: self.high.map(|v| v * factor + offset),
            ..self
        }
    }
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.low {
            None => true,
            Some(l) if self.low_open => v > l,
            Some(l) => v >= l,
        };
        let below = match self.high {
            None => true,
            Some(h) if self.high_open => v < h,
            Some(h) => v <= h,
        };
        above && below
    }
}

/// What a dimension's values are measured in. Values convert only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Money; each currency is its own base unit (no exchange rates).
    Currency,
    /// Percent (%), a ratio.
    Percent,
    /// Percentage points and basis points: a difference of percentages.
    PercentagePoints,
    /// A bare count ("21,000 students"); the counted noun is kept on the claim.
    Count,
    Length,
    Mass,
    Area,
    Volume,
    Energy,
    Power,
    Duration,
    Speed,
    Temperature,
    Information,
}

impl Dimension {
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Currency => "currency",
            Dimension::Percent => "percent",
            Dimension::PercentagePoints => "percentage_points",
            Dimension::Count => "count",
            Dimension::Length => "length",
            Dimension::Mass => "mass",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Duration => "duration",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Information => "information",
        }
    }
}

/// The period a claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Year(i16),
    /// A fiscal year as the text names it ("fiscal 2025" is `FiscalYear(2025)`).
    FiscalYear(i16),
    /// 1..=2
    Half(i16, u8),
    /// 1..=4
    Quarter(i16, u8),
    /// 1..=12
    Month(i16, u8),
    Day(i16, u8, u8),
    /// An inclusive span of calendar years ("2024-2025").
    Years(i16, i16),
}

impl fmt::Display for Period {
    /// The contract form used in JSON and rules: `2024`, `FY2025`, `2024-H1`, `2024-Q3`,
    /// `2025-09`, `2025-09-03`, `2024/2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::FiscalYear(y) => write!(f, "FY{y}"),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Day(y, m, d) => write!(f, "{y}-{m:02}-{d:02}"),
            Period::Years(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A number with its unit, as written and in its dimension's base unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The value with scale words applied, in the unit as written; `None` for a range.
    pub value: Option<f64>,
    /// Canonical unit code: "USD", "%", "pp", "km", "" for a bare count.
    pub unit: &'static str,
    pub dimension: Dimension,
    /// The interval the written figure and its hedge allow, in the unit as written.
    pub interval: Interval,
    /// The same figure in its dimension's base unit: what comparisons use.
    pub base: Base,
}

/// A figure converted to its dimension's base unit (metres, kilograms, the currency itself).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Base {
    pub value: Option<f64>,
    pub unit: &'static str,
    pub interval: Interval,
}

/// One numeric expression found in a document's prose.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The figure's own bytes: currency, number, scale and unit ("US$245 billion").
    pub span: Span,
    /// The sentence the claim sits in.
    pub sentence: Span,
    pub quantity: Quantity,
    /// Where the counted or measured noun is ("students", "gas"), if there is one. A span
    /// rather than a string, so extraction allocates nothing per claim; see [`Claim::noun`].
    pub noun: Option<Span>,
    pub hedge: Option<Hedge>,
    pub direction: Option<Direction>,
    pub period: Option<Period>,
}

impl Claim {
    /// The counted or measured noun as written in `text` (the claim's document text).
    pub fn noun<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.noun.and_then(|s| text.get(s.range()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_contract_forms() {
        let forms: Vec<String> = [
            Period::Year(2024),
            Period::FiscalYear(2025),
            Period::Half(2024, 1),
            Period::Quarter(2024, 3),
            Period::Month(2025, 9),
            Period::Day(2025, 9, 3),
            Period::Years(2024, 2025),
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            forms,
            [
                "2024",
                "FY2025",
                "2024-H1",
                "2024-Q3",
                "2025-09",
                "2025-09-03",
                "2024/2025"
            ]
        );
    }

    #[test]
    fn half_open_interval_excludes_its_high_end() {
        let i = Interval::half_open(244.5, 245.5);
        assert!(i.contains(244.5));
        assert!(i.contains(245.49));
        assert!(!i.contains(245.5));
    }
}
