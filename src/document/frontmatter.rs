//! YAML front matter: a `---` line at the very top (after an optional BOM), closed by a `---`
//! or `...` line.
//!
//! `date` and `title` are read out; every other key is kept as JSON in the metadata. Without a
//! closing line there is no front matter, and a block that parses to something other than a
//! mapping (a lone title between two rules in a text file) is left as prose. Invalid YAML and an
//! unreadable `date` are errors with a byte offset into the file; the caller turns the offset
//! into a line and column.

use jiff::civil::Date;
use serde_yaml::Value as Yaml;
use std::collections::BTreeMap;

/// What the front matter said, and where the body after it starts.
#[derive(Debug, Default)]
pub(crate) struct FrontMatter {
    /// Byte offset just past the closing line.
    pub(crate) end: usize,
    pub(crate) title: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) metadata: BTreeMap<String, serde_json::Value>,
}

/// Why front matter was rejected; `offset` is a byte offset into the whole text.
#[derive(Debug)]
pub(crate) enum Problem {
    Yaml { message: String, offset: usize },
    Date { value: String, offset: usize },
}

/// Reads the front matter starting at `start` (just after any BOM), if there is one.
pub(crate) fn parse(text: &str, start: usize) -> Result<Option<FrontMatter>, Problem> {
    let Some((yaml_start, yaml_end, end)) = fences(text, start) else {
        return Ok(None);
    };
    let yaml = &text[yaml_start..yaml_end];
    let value: Yaml = serde_yaml::from_str(yaml).map_err(|e| yaml_problem(&e, yaml_start))?;
    let mapping = match value {
        Yaml::Mapping(m) => m,
        Yaml::Null => serde_yaml::Mapping::new(),
        _ => return Ok(None), // not front matter: leave it as prose
    };
    let mut fm = FrontMatter {
        end,
        ..FrontMatter::default()
    };
    for (key, value) in mapping {
        match key_string(&key).as_str() {
            "date" => fm.date = front_date(&value, yaml, yaml_start)?,
            "title" if is_scalar(&value) => fm.title = scalar_string(&value),
            other => {
                fm.metadata.insert(other.to_string(), to_json(&value));
            }
        }
    }
    Ok(Some(fm))
}

/// The YAML's start and end and the body's start, if `text[start..]` opens with a fence line
/// and a closing line follows.
fn fences(text: &str, start: usize) -> Option<(usize, usize, usize)> {
    let (first, yaml_start) = line_at(text, start)?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut pos = yaml_start;
    while let Some((line, next)) = line_at(text, pos) {
        if matches!(line.trim_end(), "---" | "...") {
            return Some((yaml_start, pos, next));
        }
        pos = next;
    }
    None
}

/// The line starting at `pos` (without its line end) and the offset of the next line, or
/// `None` at the end of the text. A last line without `\n` counts.
fn line_at(text: &str, pos: usize) -> Option<(&str, usize)> {
    let rest = text.get(pos..).filter(|r| !r.is_empty())?;
    let (line, next) = match memchr::memchr(b'\n', rest.as_bytes()) {
        Some(i) => (&rest[..i], pos + i + 1),
        None => (rest, text.len()),
    };
    Some((line.strip_suffix('\r').unwrap_or(line), next))
}

fn yaml_problem(e: &serde_yaml::Error, yaml_start: usize) -> Problem {
    let message = e.to_string();
    // serde_yaml appends a position relative to the YAML block; the caller gives the file's.
    let message = match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    let offset = yaml_start + e.location().map_or(0, |l| l.index());
    Problem::Yaml { message, offset }
}

/// The `date` value: a YAML date (`2025-11-03`), an RFC 3339 date-time (its date as written),
/// or nothing (`date:` left empty).
fn front_date(value: &Yaml, yaml: &str, yaml_start: usize) -> Result<Option<Date>, Problem> {
    let value = untagged(value);
    if value.is_null() {
        return Ok(None);
    }
    let written = scalar_string(value).unwrap_or_default();
    match parse_date(written.trim()) {
        Some(date) => Ok(Some(date)),
        None => Err(Problem::Date {
            value: written,
            offset: yaml_start + key_offset(yaml, "date"),
        }),
    }
}

/// `YYYY-MM-DD`, optionally followed by a time (`T`, `t` or a space, then a valid RFC 3339 or
/// civil time); the date is taken as written, whatever the offset.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let head = s
        .get(..10)
        .filter(|h| h.as_bytes()[4] == b'-' && h.as_bytes()[7] == b'-')?;
    let date: Date = head.parse().ok()?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(date);
    }
    let timed = rest.starts_with(['T', 't', ' '])
        && (s.parse::<jiff::Timestamp>().is_ok() || s.parse::<jiff::civil::DateTime>().is_ok());
    timed.then_some(date)
}

/// Byte offset of the line that starts with `key:`, or 0.
fn key_offset(yaml: &str, key: &str) -> usize {
    let mut pos = 0;
    for line in yaml.split_inclusive('\n') {
        if line.strip_prefix(key).is_some_and(|r| r.starts_with(':')) {
            return pos;
        }
        pos += line.len();
    }
    0
}

fn untagged(value: &Yaml) -> &Yaml {
    match value {
        Yaml::Tagged(t) => untagged(&t.value),
        other => other,
    }
}

fn is_scalar(value: &Yaml) -> bool {
    matches!(
        untagged(value),
        Yaml::Null | Yaml::Bool(_) | Yaml::Number(_) | Yaml::String(_)
    )
}

/// A scalar as text (`None` for null and for collections).
fn scalar_string(value: &Yaml) -> Option<String> {
    match untagged(value) {
        Yaml::Bool(b) => Some(b.to_string()),
        Yaml::Number(n) => Some(n.to_string()),
        Yaml::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// A mapping key as a JSON object key.
fn key_string(key: &Yaml) -> String {
    match untagged(key) {
        Yaml::Null => "null".to_string(),
        other => scalar_string(other).unwrap_or_else(|| {
            serde_yaml::to_string(other).map_or_else(|_| String::new(), |s| s.trim_end().into())
        }),
    }
}

/// YAML to JSON; tags are dropped, non-finite floats become null.
fn to_json(value: &Yaml) -> serde_json::Value {
    use serde_json::Value as Json;
    match untagged(value) {
        Yaml::Null => Json::Null,
        Yaml::Bool(b) => Json::Bool(*b),
        Yaml::Number(n) => number_to_json(n),
        Yaml::String(s) => Json::String(s.clone()),
        Yaml::Sequence(items) => Json::Array(items.iter().map(to_json).collect()),
        Yaml::Mapping(m) => {
            Json::Object(m.iter().map(|(k, v)| (key_string(k), to_json(v))).collect())
        }
        Yaml::Tagged(_) => Json::Null, // unreachable: `untagged` removed every tag
    }
}

fn number_to_json(n: &serde_yaml::Number) -> serde_json::Value {
    if let Some(i) = n.as_i64() {
        i.into()
    } else if let Some(u) = n.as_u64() {
        u.into()
    } else {
        n.as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use serde_json::json;

    fn fm(text: &str) -> FrontMatter {
        match parse(text, 0) {
            Ok(Some(fm)) => fm,
            other => panic!("expected front matter, got {other:?}"),
        }
    }

    #[test]
    fn reads_date_title_and_metadata() {
        let text = "---\ntitle: Budget 2026\ndate: 2025-11-03\ntags: [budget, tax]\n\
                    author: {name: Ana, id: 7}\nweight: 1.5\n---\nThe budget.";
        let fm = fm(text);
        assert_eq!(fm.title.as_deref(), Some("Budget 2026"));
        assert_eq!(fm.date, Some(date(2025, 11, 3)));
        assert_eq!(&text[fm.end..], "The budget.");
        assert_eq!(
            serde_json::to_value(&fm.metadata).ok(),
            Some(
                json!({"author": {"id": 7, "name": "Ana"}, "tags": ["budget", "tax"], "weight": 1.5})
            )
        );
    }

    #[test]
    fn accepts_datetimes_tags_crlf_and_dots() {
        assert_eq!(
            fm("---\r\ndate: 2025-11-03T23:30:00-05:00\r\n...\r\n").date,
            Some(date(2025, 11, 3))
        );
        assert_eq!(
            fm("---\ndate: 2025-11-03T10:00:00Z\n---\n").date,
            Some(date(2025, 11, 3))
        );
        assert_eq!(
            fm("---\ndate: !!timestamp 2024-02-29\n---\n").date,
            Some(date(2024, 2, 29))
        );
        assert_eq!(
            fm("---\ndate: \"2025-01-31 08:00:00\"\n---\n").date,
            Some(date(2025, 1, 31))
        );
        assert_eq!(fm("---\ndate:\ntitle: 2025\n---\n").date, None);
        assert_eq!(fm("---\ntitle: 2025\n---\n").title.as_deref(), Some("2025"));
        assert_eq!(fm("---\n---\nBody").end, 8);
    }

    #[test]
    fn no_front_matter_without_fences_or_mapping() {
        assert!(matches!(parse("Title\n---\n", 0), Ok(None)));
        assert!(matches!(parse("---\ntitle: x\n", 0), Ok(None)));
        assert!(matches!(parse("--- \nJust a rule\n---\nText", 0), Ok(None)));
        assert!(matches!(parse(" ---\na: 1\n---\n", 0), Ok(None)));
    }

    #[test]
    fn invalid_yaml_points_into_the_file() {
        let text = "---\ntitle: ok\ntags: [a,\nb: 2\n---\n";
        match parse(text, 0) {
            Err(Problem::Yaml { message, offset }) => {
                assert!(!message.contains("at line"), "{message}");
                assert!(offset > 4 && offset <= text.len(), "{offset}");
            }
            other => panic!("expected a YAML problem, got {other:?}"),
        }
    }

    #[test]
    fn a_bad_date_is_a_problem_at_its_line() {
        let text = "---\ntitle: x\ndate: next Tuesday\n---\n";
        match parse(text, 0) {
            Err(Problem::Date { value, offset }) => {
                assert_eq!(value, "next Tuesday");
                assert_eq!(&text[offset..offset + 5], "date:");
            }
            other => panic!("expected a date problem, got {other:?}"),
        }
        assert!(parse("---\ndate: 2025-02-30\n---\n", 0).is_err());
        assert!(parse("---\ndate: 2025-11-03 soon\n---\n", 0).is_err());
    }
}
