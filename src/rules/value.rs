//! Reading a fact's `value`, `unit`, `tolerance` and `severity` from their YAML text.
//!
//! A value is read by the article extractor itself, so a rule can be written the way articles
//! write figures ("US$245bn", "down 21%", "50 bcm"), and a fact and a claim can never disagree
//! about what a unit or scale word means. The extractor is forgiving with prose; a rule must not
//! be, so every word of the text has to be accounted for: "245 billon USD" is an error, not a
//! count of 245. Each parser returns a [`Problem`] (kind, sentence, hint) that the caller places
//! on the YAML span.
//!
//! Not handled here: where the text sits in the file (`load`), periods (`period`).

use super::Severity;
use super::Tolerance;
use super::errors::{ErrorKind, choices, closest};
use crate::claim::{Claim, ClaimKind, Dimension, Direction};
use crate::extract::Extractor;
use crate::extract::lexicon::{SCALES, direction_before, direction_noun};
use crate::extract::units::{UNITS, UnitDef};

/// Why a text could not be read, ready to become a `RuleError` on the text's span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Problem {
    pub(crate) kind: ErrorKind,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
    /// A few words to put under the span.
    pub(crate) label: String,
}

impl Problem {
    pub(crate) fn new(kind: ErrorKind, message: String, help: Option<String>) -> Problem {
        let label = match kind {
            ErrorKind::BadValue => "not one exact figure",
            ErrorKind::UnknownUnit => "unknown unit",
            ErrorKind::BadTolerance => "not a tolerance",
            ErrorKind::BadPeriod => "not a period",
            ErrorKind::BadSeverity => "not a severity",
            ErrorKind::BadRegex => "invalid regex",
            _ => "here",
        };
        Problem {
            kind,
            message,
            help,
            label: label.to_string(),
        }
    }

    pub(crate) fn labelled(mut self, label: impl Into<String>) -> Problem {
        self.label = label.into();
        self
    }
}

/// A unit: its canonical code, dimension, and how to convert to the dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    pub(crate) code: &'static str,
    pub(crate) dimension: Dimension,
    pub(crate) base: &'static str,
    factor: f64,
    offset: f64,
}

impl Unit {
    fn of(def: &UnitDef) -> Unit {
        Unit {
            code: def.code,
            dimension: def.dimension,
            base: def.base,
            factor: def.factor,
            offset: def.offset,
        }
    }

    fn is_count(&self) -> bool {
        self.dimension == Dimension::Count
    }

    fn to_base(self, v: f64) -> f64 {
        v * self.factor + self.offset
    }

    /// A short name for messages: the code, or "a bare count".
    pub(crate) fn shown(&self) -> String {
        if self.is_count() {
            "a bare count".to_string()
        } else {
            format!("`{}`", self.code)
        }
    }
}

/// One figure read from a rule: signed value in its written unit and in the base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Figure {
    pub(crate) value: f64,
    pub(crate) base: f64,
    pub(crate) unit: Unit,
    /// The text said "down", "fell", "up" ...; the sign of `value` already reflects it.
    pub(crate) direction: Option<Direction>,
}

impl Figure {
    /// The same number in another unit (for a bare count given a `unit:`).
    pub(crate) fn in_unit(self, unit: Unit) -> Figure {
        Figure {
            base: unit.to_base(self.value),
            unit,
            ..self
        }
    }
}

const VALUE_EXAMPLES: &str = "Write one number with its unit, such as `245 billion USD`, `US$245bn`, `-21%`, `50 bcm` or `21,000`.";

/// Reads one figure: a plain number (`2024`, `0.5`, `-3`), or text the extractor reads as
/// exactly one claim with nothing left over but a direction word ("down 21%") or the counted
/// noun ("21,000 students"). A canonical code as the last word ("50 m3", "1.5 degC") is read
/// as the unit even where prose would not be. Hedges, ranges and ranks are refused.
pub(crate) fn figure(text: &str, extractor: &Extractor) -> Result<Figure, Problem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Problem::new(
            ErrorKind::BadValue,
            "The value is empty.".into(),
            Some(VALUE_EXAMPLES.into()),
        ));
    }
    if let Some(v) = plain_number(t) {
        return Ok(count(extractor, v));
    }
    let (forced_up, body) = match t.strip_prefix('+') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let read = match code_suffix(body, extractor) {
        Some(figure) => figure,
        None => read_one(body, extractor, true)?,
    };
    Ok(if forced_up {
        Figure {
            value: read.value.abs(),
            base: read.unit.to_base(read.value.abs()),
            direction: Some(Direction::Up),
            ..read
        }
    } else {
        read
    })
}

/// A bare count.
fn count(extractor: &Extractor, v: f64) -> Figure {
    let units = extractor.units();
    let unit = Unit::of(units.get(units.count()));
    Figure {
        value: v,
        base: v,
        unit,
        direction: None,
    }
}

/// A number written as YAML or Rust would: `2024`, `-3`, `0.5`, `1e6`. Not "inf" or "NaN".
fn plain_number(t: &str) -> Option<f64> {
    let numeric = t
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E' | b'_'));
    if !numeric || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    t.replace('_', "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// "50 m3": a clean bare count followed by a canonical unit code.
fn code_suffix(t: &str, extractor: &Extractor) -> Option<Figure> {
    let (head, code) = t.rsplit_once(char::is_whitespace)?;
    let units = extractor.units();
    let unit = Unit::of(units.get(units.id(code)?));
    let head = head.trim();
    let number = match plain_number(head) {
        Some(v) => count(extractor, v),
        None => read_one(head, extractor, false).ok()?,
    };
    number.unit.is_count().then(|| number.in_unit(unit))
}

/// The one claim in `t`, checked for hedges, ranges, ranks and unread words.
fn read_one(t: &str, extractor: &Extractor, allow_noun: bool) -> Result<Figure, Problem> {
    let claims = extractor.extract_text(t, None);
    let claim = match claims.as_slice() {
        [] => {
            return Err(Problem::new(
                ErrorKind::BadValue,
                format!("`{t}` holds no figure that factlint can read."),
                Some(VALUE_EXAMPLES.into()),
            ));
        }
        [one] => one,
        several => {
            let shown: Vec<&str> = several.iter().map(|c| &t[c.span.range()]).collect();
            return Err(Problem::new(
                ErrorKind::BadValue,
                format!(
                    "`{t}` holds {} figures ({}); a fact has exactly one value.",
                    several.len(),
                    choices(&shown).replace(" or ", " and ")
                ),
                Some("Split it into one fact per figure.".into()),
            )
            .labelled(format!("{} figures", several.len())));
        }
    };
    refuse_shapes(t, claim)?;
    check_leftovers(t, claim, allow_noun)?;
    let q = &claim.quantity;
    let unit = extractor
        .units()
        .id(q.unit)
        .map(|id| Unit::of(extractor.units().get(id)))
        .unwrap_or(Unit {
            code: q.unit,
            dimension: q.dimension,
            base: q.base.unit,
            factor: 1.0,
            offset: 0.0,
        });
    let written = q.value.unwrap_or(0.0);
    let value = match claim.direction {
        Some(Direction::Down) => -written.abs(),
        Some(Direction::Up) => written.abs(),
        None => written,
    };
    Ok(Figure {
        value,
        base: unit.to_base(value),
        unit,
        direction: claim.direction,
    })
}

/// Ranks, ranges and hedged figures cannot be a fact's value.
fn refuse_shapes(t: &str, claim: &Claim) -> Result<(), Problem> {
    let shown = &t[claim.span.range()];
    if claim.kind == ClaimKind::Ordinal {
        return Err(Problem::new(
            ErrorKind::BadValue,
            format!("`{shown}` is a rank, not an amount."),
            Some(VALUE_EXAMPLES.into()),
        )
        .labelled("a rank"));
    }
    if claim.quantity.value.is_none() {
        return Err(Problem::new(
            ErrorKind::BadValue,
            format!("`{shown}` is a range; a fact's value is one number."),
            Some(
                "Give the middle as the value and half the width as an absolute tolerance: \
                 `value: 15%` with `tolerance: 5 pp` for 10-20%."
                    .into(),
            ),
        )
        .labelled("a range"));
    }
    if let Some(hedge) = claim.hedge {
        return Err(Problem::new(
            ErrorKind::BadValue,
            format!(
                "`{t}` is hedged ({}); a fact's value is exact.",
                hedge.as_str().replace('_', " ")
            ),
            Some("Drop the hedge and say how far off a claim may be with `tolerance`.".into()),
        )
        .labelled("hedged"));
    }
    Ok(())
}

/// Every word outside the claim's span must be a direction word the claim took (or, for a
/// count, its noun); anything else was not understood.
fn check_leftovers(t: &str, claim: &Claim, allow_noun: bool) -> Result<(), Problem> {
    let outside = [&t[..claim.span.start], &t[claim.span.end..]];
    let unread: Vec<&str> = outside
        .iter()
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')))
        .filter(|w| !w.is_empty())
        .filter(|w| !accounted_for(t, w, claim, allow_noun))
        .collect();
    if unread.is_empty() {
        return Ok(());
    }
    let shown = &t[claim.span.range()];
    let left: Vec<&str> = outside
        .iter()
        .flat_map(|s| s.split_whitespace())
        .filter(|w| !accounted_for(t, w, claim, false))
        .collect();
    let guess = unread
        .iter()
        .find_map(|w| closest(w, known_words()).map(|k| (*w, k)));
    let help = match guess {
        Some((w, k)) => format!("`{w}` is not a word factlint knows; did you mean `{k}`?"),
        None => VALUE_EXAMPLES.to_string(),
    };
    Err(Problem::new(
        ErrorKind::BadValue,
        format!(
            "`{t}` reads as `{shown}` and leaves `{}` unread.",
            left.join(" ")
        ),
        Some(help),
    )
    .labelled(format!("`{}` not understood", left.join(" "))))
}

fn accounted_for(t: &str, word: &str, claim: &Claim, allow_noun: bool) -> bool {
    let low = word.to_lowercase();
    if allow_noun && claim.noun(t).is_some_and(|n| n.eq_ignore_ascii_case(word)) {
        return true;
    }
    claim.direction.is_some()
        && (direction_before(&low).is_some()
            || direction_noun(&low).is_some()
            || matches!(low.as_str(), "by" | "a" | "an" | "of"))
}

/// Scale words, unit codes and unit names: what a misspelt word in a value probably meant.
fn known_words() -> impl Iterator<Item = &'static str> {
    let scales = SCALES.iter().map(|s| s.0).filter(|w| w.len() > 2);
    let units = UNITS.iter().flat_map(|&(code, _, _, _, aliases)| {
        std::iter::once(code).chain(aliases.split('|').map(|a| a.trim_start_matches(['^', '='])))
    });
    scales.chain(units).filter(|w| w.chars().count() > 2)
}

/// Reads a `unit:` value: a canonical code (`USD`, `m3`, `%`), anything the unit table reads
/// after a number (`euros`, `billion cubic metres` is not a unit but `cubic metres` is), or
/// `count` / `""` for a bare count.
pub(crate) fn unit(text: &str, extractor: &Extractor) -> Result<Unit, Problem> {
    let t = text.trim();
    let units = extractor.units();
    if t.is_empty() || t.eq_ignore_ascii_case("count") {
        return Ok(Unit::of(units.get(units.count())));
    }
    if let Some(id) = units.id(t) {
        return Ok(Unit::of(units.get(id)));
    }
    let probe = format!("1 {t}");
    let claims = extractor.extract_text(&probe, None);
    if let [claim] = claims.as_slice()
        && claim.span.len() == probe.len()
        && claim.hedge.is_none()
        && claim.quantity.value == Some(1.0)
        && let Some(id) = units.id(claim.quantity.unit)
    {
        return Ok(Unit::of(units.get(id)));
    }
    let help = match closest(t, known_words()) {
        Some(k) => format!("Did you mean `{k}`?"),
        None => "Use a unit code such as `USD`, `EUR`, `%`, `pp`, `bcm`, `m3`, `km`, `t` or \
                 `kWh`, or `count` for a bare count; docs/extraction.md lists them all."
            .to_string(),
    };
    Err(Problem::new(
        ErrorKind::UnknownUnit,
        format!("`{t}` is not a unit factlint knows."),
        Some(help),
    ))
}

const TOLERANCE_FORMS: &str = "Write a relative tolerance such as `1%`, an absolute one in the \
     fact's unit such as `2 billion USD` (`1 pp` for a percentage), or `exact`.";

/// A tolerance before it is checked against a fact's unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum RawTolerance {
    Relative(f64),
    Exact,
    Absolute(Figure),
}

/// Reads `exact`, `N%` (relative) or an amount (absolute). Negative or directed amounts are
/// refused; whether an absolute one fits the fact is [`fit_tolerance`]'s question.
pub(crate) fn tolerance(text: &str, extractor: &Extractor) -> Result<RawTolerance, Problem> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("exact") {
        return Ok(RawTolerance::Exact);
    }
    let bad = |message: String, label: &str| {
        Problem::new(
            ErrorKind::BadTolerance,
            message,
            Some(TOLERANCE_FORMS.into()),
        )
        .labelled(label)
    };
    if t.starts_with(['-', '−']) {
        return Err(bad(
            format!(
                "The tolerance `{t}` is negative; a tolerance is a distance either side of the value."
            ),
            "negative",
        ));
    }
    let figure = figure(t, extractor).map_err(|p| Problem {
        kind: ErrorKind::BadTolerance,
        message: p.message.replace("a fact's value", "a tolerance"),
        help: p
            .help
            .filter(|h| h != VALUE_EXAMPLES)
            .or(Some(TOLERANCE_FORMS.into())),
        label: p.label,
    })?;
    if figure.direction.is_some() || figure.value < 0.0 {
        return Err(bad(
            format!(
                "The tolerance `{t}` has a direction; a tolerance is a distance either side of the value."
            ),
            "has a direction",
        ));
    }
    if figure.unit.dimension == Dimension::Percent {
        return Ok(RawTolerance::Relative(figure.value / 100.0));
    }
    Ok(RawTolerance::Absolute(figure))
}

/// An absolute tolerance must be in the fact's dimension and base unit; a percentage fact
/// also takes percentage points (`1 pp` is one point either side).
pub(crate) fn fit_tolerance(
    raw: RawTolerance,
    text: &str,
    fact: Unit,
) -> Result<Tolerance, Problem> {
    match raw {
        RawTolerance::Relative(r) => Ok(Tolerance::Relative(r)),
        RawTolerance::Exact => Ok(Tolerance::Exact),
        RawTolerance::Absolute(f) => {
            let points_on_percent = fact.dimension == Dimension::Percent
                && f.unit.dimension == Dimension::PercentagePoints;
            if f.unit.base == fact.base && f.unit.dimension == fact.dimension || points_on_percent {
                return Ok(Tolerance::Absolute(f.base));
            }
            let t = text.trim();
            if f.unit.is_count() {
                return Err(Problem::new(
                    ErrorKind::BadTolerance,
                    format!(
                        "The tolerance `{t}` has no unit, but the fact's value is in {}.",
                        fact.shown()
                    ),
                    Some(format!(
                        "For a relative tolerance write a percentage such as `1%`; for an absolute \
                         one give the unit: `{t} {}`.",
                        fact.code
                    )),
                )
                .labelled("no unit"));
            }
            Err(Problem::new(
                ErrorKind::BadTolerance,
                format!(
                    "The tolerance `{t}` is in {}, but the fact's value is in {}.",
                    f.unit.shown(),
                    fact.shown()
                ),
                Some(TOLERANCE_FORMS.to_string()),
            )
            .labelled(format!("in {}", f.unit.shown())))
        }
    }
}

/// A default tolerance: `exact` or a relative `N%` (`N percent`). It applies to facts of every
/// unit, so an absolute amount is refused.
pub(crate) fn default_tolerance(text: &str) -> Result<Tolerance, Problem> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("exact") {
        return Ok(Tolerance::Exact);
    }
    let number = t
        .strip_suffix('%')
        .or_else(|| t.strip_suffix("percent"))
        .or_else(|| t.strip_suffix("per cent"))
        .and_then(|n| n.trim().parse::<f64>().ok())
        .filter(|n| n.is_finite());
    match number {
        Some(n) if n >= 0.0 => Ok(Tolerance::Relative(n / 100.0)),
        Some(_) => Err(Problem::new(
            ErrorKind::BadTolerance,
            format!("The tolerance `{t}` is negative; a tolerance is a distance either side of the value."),
            Some("Write a relative default such as `1%`, or `exact`.".into()),
        )
        .labelled("negative")),
        None => Err(Problem::new(
            ErrorKind::BadTolerance,
            format!("The default tolerance `{t}` is neither relative (`1%`) nor `exact`."),
            Some(
                "A default applies to facts of every unit, so it must be relative or `exact`; \
                 give absolute tolerances (`2 billion USD`) on each fact."
                    .into(),
            ),
        )
        .labelled("not relative")),
    }
}

/// `info`, `warning` or `error` (any case).
pub(crate) fn severity(text: &str) -> Result<Severity, Problem> {
    const NAMES: [&str; 3] = ["info", "warning", "error"];
    let t = text.trim();
    match t.to_lowercase().as_str() {
        "info" => return Ok(Severity::Info),
        "warning" => return Ok(Severity::Warning),
        "error" => return Ok(Severity::Error),
        _ => {}
    }
    let low = t.to_lowercase();
    let guess = NAMES
        .iter()
        .copied()
        .find(|n| low.len() >= 3 && n.starts_with(&low))
        .or_else(|| closest(t, NAMES));
    let help = match guess {
        Some(g) => format!("Did you mean `{g}`?"),
        None => format!("A severity is {}.", choices(&NAMES)),
    };
    Err(Problem::new(
        ErrorKind::BadSeverity,
        format!("`{t}` is not a severity."),
        Some(help),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

    /// "kind: message | help".
    fn problem(p: Problem) -> String {
        format!(
            "{}: {} | {}",
            p.kind.name(),
            p.message,
            p.help.unwrap_or_default()
        )
    }

    /// "value unit base" or the problem's message and help.
    fn fig(text: &str) -> String {
        match figure(text, &EX) {
            Ok(f) => format!("{} {} -> {} {}", f.value, f.unit.code, f.base, f.unit.base),
            Err(p) => problem(p),
        }
    }

    #[test]
    fn values_read_like_articles() {
        assert_eq!(
            fig("245 billion USD"),
            "245000000000 USD -> 245000000000 USD"
        );
        assert_eq!(fig("US$245bn"), "245000000000 USD -> 245000000000 USD");
        assert_eq!(fig("-21%"), "-21 % -> -21 %");
        assert_eq!(fig("down 21%"), "-21 % -> -21 %");
        assert_eq!(fig("fell 21%"), "-21 % -> -21 %");
        assert_eq!(fig("up 3.8%"), "3.8 % -> 3.8 %");
        assert_eq!(fig("+3.8%"), "3.8 % -> 3.8 %");
        assert_eq!(fig("50 bcm"), "50 bcm -> 50000000000 m3");
        assert_eq!(fig("50 m3"), "50 m3 -> 50 m3");
        assert_eq!(fig("21,000 students"), "21000  -> 21000 ");
        assert_eq!(fig("2024"), "2024  -> 2024 ");
        assert_eq!(fig("1e6"), "1000000  -> 1000000 ");
        assert_eq!(fig("1.5 degC"), "1.5 degC -> 1.5 degC");
        // The examples in docs/rules.md.
        assert_eq!(fig("$245 billion"), "245000000000 USD -> 245000000000 USD");
        assert_eq!(
            fig("USD 245 billion"),
            "245000000000 USD -> 245000000000 USD"
        );
        assert_eq!(fig("€1.2tn"), "1200000000000 EUR -> 1200000000000 EUR");
        assert_eq!(
            fig("half a billion dollars"),
            "500000000 USD -> 500000000 USD"
        );
        assert_eq!(
            fig("50 billion cubic metres"),
            "50000000000 m3 -> 50000000000 m3"
        );
        assert_eq!(fig("three dozen"), "36  -> 36 ");
        assert_eq!(fig("7 percent"), "7 % -> 7 %");
        assert_eq!(fig("a 21% drop"), "-21 % -> -21 %");
        assert_eq!(fig("rose 3.8%"), "3.8 % -> 3.8 %");
        assert_eq!(fig("0.5 percentage points"), "0.5 pp -> 0.5 pp");
    }

    #[test]
    fn values_that_are_not_one_exact_figure() {
        assert_eq!(
            fig("245 billon USD"),
            "bad_value: `245 billon USD` reads as `245` and leaves `billon USD` unread. | \
             `billon` is not a word factlint knows; did you mean `billion`?"
        );
        assert!(fig("lots").starts_with("bad_value: `lots` holds no figure"));
        assert!(fig("").starts_with("bad_value: The value is empty."));
        assert!(fig("about 245 billion USD").contains("is hedged (about)"));
        assert!(fig("10-20%").contains("is a range"));
        assert!(fig("30th").contains("is a rank"));
        assert!(
            fig("245 billion USD and 5%").contains("holds 2 figures"),
            "{}",
            fig("245 billion USD and 5%")
        );
        assert!(fig("inf").starts_with("bad_value"));
        assert!(fig("more than 200").contains("is hedged (more than)"));
        assert!(fig("between 10 and 20 km").contains("is a range"));
    }

    fn unit_code(text: &str) -> Result<&'static str, String> {
        unit(text, &EX)
            .map(|u| u.code)
            .map_err(|p| format!("{} | {}", p.message, p.help.unwrap_or_default()))
    }

    #[test]
    fn units_by_code_or_alias() {
        assert_eq!(unit_code("EUR"), Ok("EUR"));
        assert_eq!(unit_code("euros"), Ok("EUR"));
        assert_eq!(unit_code("m3"), Ok("m3"));
        assert_eq!(unit_code("cubic metres"), Ok("m3"));
        assert_eq!(unit_code("%"), Ok("%"));
        assert_eq!(unit_code("percentage points"), Ok("pp"));
        assert_eq!(unit_code("count"), Ok(""));
        assert_eq!(unit_code(""), Ok(""));
        assert_eq!(
            unit_code("eruos"),
            Err("`eruos` is not a unit factlint knows. | Did you mean `euros`?".into())
        );
        assert!(unit_code("zorkmids").is_err_and(|e| e.contains("Use a unit code")));
    }

    fn tol(text: &str, fact: &str) -> String {
        let fact = unit(fact, &EX).unwrap_or_else(|p| panic!("{p:?}"));
        match tolerance(text, &EX).and_then(|raw| fit_tolerance(raw, text, fact)) {
            Ok(t) => format!("{t:?}"),
            Err(p) => problem(p),
        }
    }

    #[test]
    fn tolerances() {
        assert_eq!(tol("1%", "USD"), "Relative(0.01)");
        assert_eq!(tol("exact", "USD"), "Exact");
        assert_eq!(tol("Exact", "%"), "Exact");
        assert_eq!(tol("2 billion USD", "USD"), "Absolute(2000000000.0)");
        assert_eq!(tol("US$2bn", "USD"), "Absolute(2000000000.0)");
        assert_eq!(tol("1 pp", "%"), "Absolute(1.0)");
        assert_eq!(tol("1 bcm", "m3"), "Absolute(1000000000.0)");
        assert_eq!(tol("500", "count"), "Absolute(500.0)");
        assert!(tol("-1%", "USD").starts_with("bad_tolerance: The tolerance `-1%` is negative"));
        assert!(
            tol("2 billion EUR", "USD").contains("is in `EUR`, but the fact's value is in `USD`")
        );
        assert_eq!(
            tol("0.01", "USD"),
            "bad_tolerance: The tolerance `0.01` has no unit, but the fact's value is in `USD`. | \
             For a relative tolerance write a percentage such as `1%`; for an absolute one give \
             the unit: `0.01 USD`."
        );
        assert!(tol("one percent-ish", "USD").starts_with("bad_tolerance"));
        assert!(tol("down 1%", "USD").contains("has a direction"));
    }

    #[test]
    fn severities() {
        assert_eq!(severity("error"), Ok(Severity::Error));
        assert_eq!(severity("Warning"), Ok(Severity::Warning));
        let help = |t: &str| severity(t).err().and_then(|p| p.help);
        assert_eq!(help("warn").as_deref(), Some("Did you mean `warning`?"));
        assert_eq!(help("eror").as_deref(), Some("Did you mean `error`?"));
        assert_eq!(
            help("fatal").as_deref(),
            Some("A severity is `info`, `warning` or `error`.")
        );
    }
}
