//! Reading a fact's `period` in the contract form that claims print (see `Period`'s Display):
//! `2024`, `FY2025`, `2024-H1`, `2024-Q3`, `2025-09`, `2025-09-03`, `2024/2025`.
//!
//! Letters may be in either case (`fy2025`, `2024-q3`). Prose ("September 2025", "last year")
//! is not read here: a rule names its period exactly.

use super::errors::ErrorKind;
use super::value::Problem;
use crate::claim::Period;

const FORMS: &str = "Write the period as `2024`, `FY2025`, `2024-H1`, `2024-Q3`, `2025-09`, \
                     `2025-09-03` or `2024/2025`.";

/// Parses one period in contract form.
pub(crate) fn period(text: &str) -> Result<Period, Problem> {
    let t = text.trim();
    parse(t).map_err(|reason| {
        let message = match reason {
            Some(reason) => format!("`{t}` is not a period: {reason}."),
            None => format!("`{t}` is not a period."),
        };
        Problem::new(ErrorKind::BadPeriod, message, Some(hint(t)))
    })
}

/// A hint for common near-misses, else the list of forms.
fn hint(t: &str) -> String {
    if let Some((a, b)) = t.split_once(['-', '–'])
        && year(a).is_some()
        && year(b).is_some()
    {
        return format!("For a span of years write `{a}/{b}`.");
    }
    FORMS.to_string()
}

/// `Err(Some(reason))` for a recognised form with an impossible number, `Err(None)` otherwise.
fn parse(t: &str) -> Result<Period, Option<String>> {
    let upper = t.to_ascii_uppercase();
    if let Some(rest) = upper.strip_prefix("FY") {
        return year(rest.trim_start()).map(Period::FiscalYear).ok_or(None);
    }
    if let Some((a, b)) = t.split_once('/') {
        let (a, b) = (year(a).ok_or(None)?, year(b).ok_or(None)?);
        return if a < b {
            Ok(Period::Years(a, b))
        } else {
            Err(Some("a span of years must end after it starts".to_string()))
        };
    }
    let parts: Vec<&str> = upper.split('-').collect();
    match parts.as_slice() {
        [y] => year(y).map(Period::Year).ok_or(None),
        [y, part] => {
            let y = year(y).ok_or(None)?;
            if let Some(h) = part.strip_prefix('H') {
                let h = number(h, 1).ok_or(None)?;
                return in_range(h, 1, 2, "half").map(|h| Period::Half(y, h));
            }
            if let Some(q) = part.strip_prefix('Q') {
                let q = number(q, 1).ok_or(None)?;
                return in_range(q, 1, 4, "quarter").map(|q| Period::Quarter(y, q));
            }
            let m = number(part, 2).ok_or(None)?;
            in_range(m, 1, 12, "month").map(|m| Period::Month(y, m))
        }
        [y, m, d] => {
            let (y, m, d) = (
                year(y).ok_or(None)?,
                number(m, 2).ok_or(None)?,
                number(d, 2).ok_or(None)?,
            );
            let m = in_range(m, 1, 12, "month")?;
            match jiff::civil::Date::new(y, m as i8, d as i8) {
                Ok(_) => Ok(Period::Day(y, m, d)),
                Err(_) => Err(Some(format!("{y}-{m:02} has no day {d}"))),
            }
        }
        _ => Err(None),
    }
}

/// A four-digit year.
fn year(s: &str) -> Option<i16> {
    let s = s.trim();
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Exactly `digits` ASCII digits.
fn number(s: &str, digits: usize) -> Option<u8> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn in_range(n: u8, low: u8, high: u8, what: &str) -> Result<u8, Option<String>> {
    if (low..=high).contains(&n) {
        Ok(n)
    } else {
        Err(Some(format!("there is no {what} {n}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(t: &str) -> String {
        match period(t) {
            Ok(p) => p.to_string(),
            Err(p) => format!("{} | {}", p.message, p.help.unwrap_or_default()),
        }
    }

    #[test]
    fn contract_forms_round_trip() {
        for form in [
            "2024",
            "FY2025",
            "2024-H1",
            "2024-Q3",
            "2025-09",
            "2025-09-03",
            "2024/2025",
        ] {
            assert_eq!(round_trip(form), form);
        }
        assert_eq!(round_trip("fy2025"), "FY2025");
        assert_eq!(round_trip("2024-q3"), "2024-Q3");
        assert_eq!(round_trip(" 2024 "), "2024");
    }

    #[test]
    fn impossible_and_unknown_periods() {
        assert_eq!(
            round_trip("2025-13"),
            format!("`2025-13` is not a period: there is no month 13. | {FORMS}")
        );
        assert!(
            round_trip("2025-02-30")
                .starts_with("`2025-02-30` is not a period: 2025-02 has no day 30.")
        );
        assert!(round_trip("2024-Q5").contains("there is no quarter 5"));
        assert!(round_trip("2024-H3").contains("there is no half 3"));
        assert!(round_trip("2025/2024").contains("must end after it starts"));
        assert_eq!(
            round_trip("2024-2025"),
            "`2024-2025` is not a period. | For a span of years write `2024/2025`."
        );
        assert!(round_trip("September 2025").starts_with("`September 2025` is not a period."));
        assert!(round_trip("2025-9").starts_with("`2025-9` is not a period."));
        assert!(round_trip("24").starts_with("`24` is not a period."));
    }
}
