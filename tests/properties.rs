//! Property tests for the arithmetic: written precision, scales, hedges, unit conversion, and
//! that extraction never panics whatever the input.

use factlint::claim::Hedge;
use factlint::extract::Extractor;
use proptest::prelude::*;
use std::sync::LazyLock;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #[test]
    fn a_decimal_figure_covers_half_a_last_digit_each_side(int in 1u32..100_000, frac in 0u32..1000) {
        let text = format!("Output reached {int}.{frac:03} tonnes.");
        let claims = EX.extract_text(&text, None);
        prop_assert_eq!(claims.len(), 1);
        let q = &claims[0].quantity;
        let v = q.value.unwrap();
        let i = q.interval;
        prop_assert!(i.contains(v));
        prop_assert!(close(i.high.unwrap() - i.low.unwrap(), 0.001));
        prop_assert!(close(v, f64::from(int) + f64::from(frac) / 1000.0));
        prop_assert!(!i.low_open && i.high_open);
    }

    #[test]
    fn scale_words_multiply_value_and_precision(n in 1u32..1000, scale in 0usize..4) {
        let (word, factor) = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)][scale];
        let text = format!("The fund holds US${n} {word} in bonds.");
        let claims = EX.extract_text(&text, None);
        prop_assert_eq!(claims.len(), 1);
        let q = &claims[0].quantity;
        prop_assert_eq!(q.unit, "USD");
        prop_assert!(close(q.value.unwrap(), f64::from(n) * factor));
        let width = q.interval.high.unwrap() - q.interval.low.unwrap();
        prop_assert!(width >= factor * 0.999, "width {} for {}", width, text);
    }

    #[test]
    fn hedged_intervals_keep_their_shape(n in 1u32..100_000, h in 0usize..6) {
        let (phrase, hedge) = [
            ("about", Hedge::About), ("nearly", Hedge::Nearly), ("more than", Hedge::MoreThan),
            ("at least", Hedge::AtLeast), ("fewer than", Hedge::LessThan), ("up to", Hedge::UpTo),
        ][h];
        let text = format!("The survey counted {phrase} {n} households.");
        let claims = EX.extract_text(&text, None);
        prop_assert_eq!(claims.len(), 1);
        let c = &claims[0];
        prop_assert_eq!(c.hedge, Some(hedge));
        let v = f64::from(n);
        let i = c.quantity.interval;
        match hedge {
            Hedge::About => prop_assert!(i.contains(v) && i.contains(v * 0.951) && i.contains(v * 1.049)),
            Hedge::Nearly => prop_assert!(!i.contains(v) && i.contains(v * 0.95)),
            Hedge::MoreThan => prop_assert!(!i.contains(v) && i.contains(v + 0.5) && i.high.is_none()),
            Hedge::AtLeast => prop_assert!(i.contains(v) && i.high.is_none()),
            Hedge::LessThan => prop_assert!(!i.contains(v) && i.contains(v - 0.5) && i.low.is_none()),
            Hedge::UpTo => prop_assert!(i.contains(v) && i.low.is_none()),
            _ => unreachable!(),
        }
    }

    #[test]
    fn conversions_agree_across_units(km in 1u32..10_000) {
        let miles = f64::from(km) / 1.609_344;
        let a = &EX.extract_text(&format!("The line is {km} km long."), None)[0];
        let b = &EX.extract_text(&format!("The line is {miles:.6} miles long."), None)[0];
        prop_assert!((a.quantity.base.value.unwrap() - b.quantity.base.value.unwrap()).abs() < 0.01);
        prop_assert_eq!(a.quantity.base.unit, "m");
        let t = &EX.extract_text(&format!("Harvests reached {km} tonnes."), None)[0];
        prop_assert!(close(t.quantity.base.value.unwrap(), f64::from(km) * 1000.0));
    }

    #[test]
    fn extraction_never_panics(text in "\\PC{0,200}") {
        let claims = EX.extract_text(&text, None);
        for c in claims {
            prop_assert!(c.span.end <= text.len() && text.is_char_boundary(c.span.start));
            prop_assert!(text.is_char_boundary(c.span.end));
        }
    }

    #[test]
    fn numbers_in_noise_never_panic(text in "[0-9a-zA-Z$€£%.,:;/+()\\- ]{0,120}") {
        let _ = EX.extract_text(&text, Some(jiff::civil::date(2025, 1, 1)));
    }
}
