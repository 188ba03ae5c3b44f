//! The readable `extract` table: one line per claim with its location, figure and reading.

use super::ExtractReport;
use crate::claim::{Claim, ClaimKind};
use crate::document::Document;
use std::io::{self, Write};

/// Writes every document's claims as an aligned table.
pub fn write(r: &ExtractReport, out: &mut dyn Write) -> io::Result<()> {
    for d in &r.documents {
        let doc = &d.document;
        let date = doc.date.map_or("no date".to_string(), |x| x.to_string());
        writeln!(out, "{} ({date}, {} claims)", doc.path, d.claims.len())?;
        for c in &d.claims {
            writeln!(out, "  {}", row(doc, c))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn row(doc: &Document, c: &Claim) -> String {
    let (line, col) = doc.line_col(c.span.start);
    let q = &c.quantity;
    let value = match q.value {
        Some(v) => format!("{} {}", fmt_num(v), q.unit),
        None => format!(
            "{}..{} {}",
            q.interval.low.map_or("".into(), fmt_num),
            q.interval.high.map_or("".into(), fmt_num),
            q.unit
        ),
    };
    let mut notes = Vec::new();
    if c.kind == ClaimKind::Ordinal {
        notes.push("ordinal".to_string());
    }
    if let Some(h) = c.hedge {
        notes.push(h.as_str().to_string());
    }
    if let Some(d) = c.direction {
        notes.push(format!("{d:?}").to_lowercase());
    }
    if let Some(p) = c.period {
        notes.push(format!("period {p}"));
    }
    if let Some(noun) = c.noun(&doc.text) {
        notes.push(format!("of {}", noun.to_lowercase()));
    }
    format!(
        "{:>4}:{:<3} {:<28} {:<24} {}",
        line,
        col,
        truncate(doc.slice(c.span), 28),
        value.trim_end(),
        notes.join(", ")
    )
}

fn truncate(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        one_line.chars().take(max - 1).chain(['…']).collect()
    }
}

/// A number without float noise: 245000000000 -> "245000000000", 3.8 -> "3.8".
pub fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e17 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
