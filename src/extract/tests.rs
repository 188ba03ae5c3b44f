//! Extractor behaviour as a spec: one line per claim, on varied subjects. Each snapshot line is
//! `span | value unit [hedge] [dir] [period] [noun]`; a range shows its [low, high].

use super::Extractor;
use crate::claim::Claim;
use jiff::civil::date;
use std::fmt::Write;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn claims_on(text: &str, d: Option<jiff::civil::Date>) -> String {
    let mut out = String::new();
    for c in EXTRACTOR.extract_text(text, d) {
        let _ = writeln!(out, "{}", line(text, &c));
    }
    out.trim_end().to_string()
}

/// Claims of a text dated 15 March 2025.
fn claims(text: &str) -> String {
    claims_on(text, Some(date(2025, 3, 15)))
}

fn line(text: &str, c: &Claim) -> String {
    let q = &c.quantity;
    let mut s = format!("{} |", &text[c.span.range()]);
    match q.value {
        Some(v) => write!(s, " {v}").unwrap(),
        None => write!(
            s,
            " [{}, {}]",
            q.interval.low.unwrap_or(f64::NAN),
            q.interval.high.unwrap_or(f64::NAN)
        )
        .unwrap(),
    }
    if !q.unit.is_empty() {
        write!(s, " {}", q.unit).unwrap();
    }
    if let Some(h) = c.hedge {
        write!(s, " hedge={}", h.as_str()).unwrap();
    }
    if let Some(d) = c.direction {
        write!(s, " dir={d:?}").unwrap();
    }
    if let Some(p) = c.period {
        write!(s, " period={p}").unwrap();
    }
    if let Some(noun) = c.noun(text) {
        write!(s, " noun={}", noun.to_lowercase()).unwrap();
    }
    if c.kind == crate::claim::ClaimKind::Ordinal {
        s.push_str(" ordinal");
    }
    s
}

#[test]
fn company_results() {
    insta::assert_snapshot!(claims("Acme's revenue rose 12% to $4.5bn in fiscal 2024, up from $4.0bn a year earlier."), @"
    12% | 12 % dir=Up period=FY2024
    $4.5bn | 4500000000 USD period=FY2024
    $4.0bn | 4000000000 USD period=FY2023
    ");
    assert_eq!(
        claims("Revenue reached $4.5bn in the 2024 fiscal year."),
        "$4.5bn | 4500000000 USD period=FY2024"
    );
    insta::assert_snapshot!(claims("Sales fell to $3.1bn in 2023 from $3.4bn a year earlier."), @"
    $3.1bn | 3100000000 USD period=2023
    $3.4bn | 3400000000 USD period=2022
    ");
    assert_eq!(
        claims("The cluster MACS J1149.5+6663 and the power 1.1^+23."),
        "1.1 | 1.1"
    );
    insta::assert_snapshot!(claims("Margins moved +3.8% while costs moved −2.1%; call +44 20 7946 0958."), @"
    +3.8% | 3.8 %
    −2.1% | -2.1 %
    ");
    insta::assert_snapshot!(claims("Profit was -5% in Q3 2024 and the firm cut 500 jobs, or 4% of staff."), @"
    -5% | -5 % period=2024-Q3
    500 | 500 dir=Down period=2024-Q3 noun=jobs
    4% | 4 % period=2024-Q3 noun=staff
    ");
    insta::assert_snapshot!(claims("Shares of the company, founded in 1998, opened at 9:30 a.m. on the Nasdaq."), @"");
}

#[test]
fn amounts_in_two_parts_and_finance_shorthand() {
    insta::assert_snapshot!(claims("Lunch cost 15 dollars and 50 cents, a ticket 17 USD 25."), @"
    15 dollars and 50 cents | 15.5 USD
    17 USD 25 | 17.25 USD
    ");
    insta::assert_snapshot!(claims("They paid 75 USD million; losses exceeded 30 MUSD."), @"
    75 USD million | 75000000 USD
    30 MUSD | 30000000 USD
    ");
    insta::assert_snapshot!(claims("The fee is 10 rmb 20 usd, and 15 dollars and 50 people came."), @"
    10 rmb | 10 CNY
    20 usd | 20 USD
    15 dollars | 15 USD
    50 | 50 noun=people
    ");
    insta::assert_snapshot!(claims("Supply is capped at ₿21,000,000; lunch was 100元 and 6.65 billion pesetas."), @"
    ₿21,000,000 | 21000000 BTC
    100元 | 100 CNY
    6.65 billion pesetas | 6650000000 ESP
    ");
}

#[test]
fn public_budgets() {
    insta::assert_snapshot!(claims("The city will spend between €10m and €20m on school meals in 2026, about 5% of its budget."), @"
    between €10m and €20m | [10000000, 20000000] EUR hedge=range period=2026
    5% | 5 % hedge=about period=2026
    ");
    insta::assert_snapshot!(claims("The budget deficit narrowed to 3.2% of GDP from 4.1% the year before."), @"
    3.2% | 3.2 % noun=gdp
    4.1% | 4.1 % period=2024
    ");
    insta::assert_snapshot!(claims("Nearly half a billion dollars was raised from 3,000 donors in the first half."), @"
    half a billion dollars | 500000000 USD hedge=nearly
    3,000 | 3000 period=2025-H1 noun=donors
    ");
    insta::assert_snapshot!(claims("Section 230 and Article 5 were cited 12 times; see page 4."), @"12 | 12 noun=times");
}

#[test]
fn climate_and_energy() {
    insta::assert_snapshot!(claims("Emissions dropped 4.2 percent last year to 5.1 billion tonnes."), @"
    4.2 percent | 4.2 % dir=Down period=2024
    5.1 billion tonnes | 5100000000 t period=2024
    ");
    insta::assert_snapshot!(claims("Temperatures reached 41.2C in July, the hottest since 1995, and 1.5°C above average."), @"
    41.2C | 41.2 degC period=2024-07
    1.5°C | 1.5 degC period=2024-07
    ");
    insta::assert_snapshot!(claims("Wind capacity hit 30 GW, roughly 18% of the 165 gigawatts installed by 2030."), @"
    30 GW | 30 GW period=2030
    18% | 18 % hedge=about period=2030
    165 gigawatts | 165 GW period=2030
    ");
    insta::assert_snapshot!(claims("The pipeline could deliver an additional 50 billion cubic metres (bcm) of gas per year."), @"50 billion cubic metres | 50000000000 m3 noun=gas");
    insta::assert_snapshot!(claims("Two of the three reactors produced 2.4 TWh, and one reactor was offline for 90 days."), @"
    three | 3 noun=reactors
    2.4 TWh | 2.4 TWh
    90 days | 90 d
    ");
}

#[test]
fn sport() {
    insta::assert_snapshot!(claims("The striker scored 23 goals in 31 games as United won 3-1 on Saturday."), @"
    23 | 23 noun=goals
    31 | 31 noun=games
    ");
    insta::assert_snapshot!(claims("More than 200,000 people ran the 42.2 km course, which takes up to 6 hours."), @"
    200,000 | 200000 hedge=more_than noun=people
    42.2 km | 42.2 km
    6 hours | 6 h hedge=up_to
    ");
    insta::assert_snapshot!(claims("She finished 2nd in the 100m, a 50-50 call, in the 2024 Olympics."), @"
    2nd | 2 period=2024 ordinal
    100m | 100 m period=2024
    ");
}

#[test]
fn health_statistics() {
    insta::assert_snapshot!(claims("Hospital admissions rose to 21,400 in the third quarter of 2024, a 3.5% increase on the previous quarter."), @"
    21,400 | 21400 period=2024-Q3
    3.5% | 3.5 % dir=Up period=2024-Q3
    ");
    insta::assert_snapshot!(claims("The COVID-19 fund bought 5-7 million doses, and the G7 pledged $100bn-$120bn."), @"
    5-7 million | [5000000, 7000000] hedge=range noun=doses
    $100bn-$120bn | [100000000000, 120000000000] USD hedge=range
    ");
    insta::assert_snapshot!(claims("Unemployment rose 0.3 percentage points to 4.1% in September."), @"
    0.3 percentage points | 0.3 pp dir=Up period=2024-09
    4.1% | 4.1 % period=2024-09
    ");
}

#[test]
fn changes_carry_direction_and_keep_magnitude() {
    insta::assert_snapshot!(claims("China's September exports to Russia were down a staggering 21 percent year-on-year."), @"21 percent | 21 % dir=Down period=2024-09");
    insta::assert_snapshot!(claims("Imports swung back to growth in September with a 3.8 percent rise compared with a 17.8 percent contraction a month earlier."), @"
    3.8 percent | 3.8 % dir=Up period=2024-09
    17.8 percent | 17.8 % dir=Down period=2024-08
    ");
    insta::assert_snapshot!(claims("Prices were 5% higher, after a decline of 2% and growth of 1.5%."), @"
    5% | 5 % dir=Up
    2% | 2 % dir=Down
    1.5% | 1.5 % dir=Up
    ");
}

#[test]
fn hedges_shape_the_interval() {
    let interval = |text: &str| {
        let c = &EXTRACTOR.extract_text(text, None)[0];
        let i = c.quantity.interval;
        format!("{:?} {:?} {} {}", i.low, i.high, i.low_open, i.high_open)
    };
    assert_eq!(
        interval("245 billion"),
        "Some(244500000000.0) Some(245500000000.0) false true"
    );
    assert_eq!(
        interval("more than 200 people"),
        "Some(200.0) None true false"
    );
    assert_eq!(
        interval("at least 200 people"),
        "Some(200.0) None false false"
    );
    assert_eq!(
        interval("fewer than 200 people"),
        "None Some(200.0) false true"
    );
    assert_eq!(interval("up to 200 people"), "None Some(200.0) false false");
    assert_eq!(
        interval("nearly 200 people"),
        "Some(180.0) Some(200.0) false true"
    );
    assert_eq!(
        interval("about 200 people"),
        "Some(190.0) Some(210.0) false false"
    );
    assert_eq!(
        interval("about 245 people"),
        "Some(232.75) Some(257.25) false false"
    );
    assert_eq!(
        interval("exactly 245 people"),
        "Some(245.0) Some(245.0) false false"
    );
    assert_eq!(interval("500+ people"), "Some(500.0) None false false");
    // A year-like number behind a hedge is an amount, not a year.
    assert_eq!(
        interval("up to 2024 households"),
        "None Some(2024.0) false false"
    );
    assert_eq!(
        interval("about 1950 people"),
        "Some(1852.5) Some(2047.5) false false"
    );
}

#[test]
fn fractions_small_units_and_codes() {
    insta::assert_snapshot!(claims("The track is a 1/4 mile oval, add ½ teaspoon of salt, and it took 10 1/2 hours."), @"
    1/4 mile | 0.25 mi
    ½ | 0.5 noun=teaspoon
    10 1/2 hours | 10.5 h
    ");
    insta::assert_snapshot!(claims("Eggs averaged 64.2 cents, shares fell 34 pence and panthers roam 190 km2."), @"
    64.2 cents | 64.2 USc
    34 pence | 34 GBp dir=Down
    190 km2 | 190 km2
    ");
    insta::assert_snapshot!(claims("Light oscillates at 4e14 hertz; the drift was -1e-3 W, over two and a half miles of 1.7 eV cells."), @"
    4e14 | 400000000000000 noun=hertz
    -1e-3 W | -0.001 W
    two and a half miles | 2.5 mi hedge=more_than
    1.7 eV | 1.7 eV
    ");
    insta::assert_snapshot!(claims("Serial 24703L202 shipped with 0.9 trillion cubic feet and 120 μg doses."), @"
    0.9 trillion cubic feet | 900000000000 ft3
    120 μg | 120 ug
    ");
}

#[test]
fn not_claims() {
    insta::assert_snapshot!(claims("Call +44 20 7946 0958 or 555-123-4567; see https://example.org/report-2024 [3]."), @"");
    insta::assert_snapshot!(claims("The Boeing 737 and Airbus A320 fleets, Windows 11 and the Power of Siberia 2 pipeline."), @"");
    insta::assert_snapshot!(claims("One of the goals, agreed on November 3, 2025, runs to 2030 and covers the 1990s."), @"");
    insta::assert_snapshot!(claims("1. Revenue grew strongly."), @"");
}

#[test]
fn relative_periods_need_a_date() {
    let text = "Sales rose 8% last year and 3% in September.";
    insta::assert_snapshot!(claims_on(text, None), @"
    8% | 8 % dir=Up
    3% | 3 %
    ");
    insta::assert_snapshot!(claims_on(text, Some(date(2025, 11, 3))), @"
    8% | 8 % dir=Up period=2024
    3% | 3 % period=2025-09
    ");
}

#[test]
fn units_convert_to_base() {
    let base = |text: &str| {
        let c = &EXTRACTOR.extract_text(text, None)[0];
        format!("{:?} {}", c.quantity.base.value, c.quantity.base.unit)
    };
    assert_eq!(base("35 miles"), "Some(56327.04) m");
    assert_eq!(base("3 tonnes"), "Some(3000.0) kg");
    assert_eq!(base("50 bcm"), "Some(50000000000.0) m3");
    assert_eq!(base("212°F"), "Some(100.0) degC");
    assert_eq!(base("30 basis points"), "Some(0.3) pp");
    assert_eq!(base("US$245bn"), "Some(245000000000.0) USD");
}

#[test]
fn a_large_document_is_read_the_same_in_parallel_runs() {
    let paragraph = "Revenue rose 12% to $4.5bn in fiscal 2024. About 1.2 million tonnes left port. \
                     Emissions fell 4.2 percent last year to 5.1 billion tonnes.\n\n";
    let text = paragraph.repeat((super::PARALLEL_BYTES / paragraph.len()) + 10);
    let doc = crate::document::Document::parse_as(
        "big.txt",
        text,
        crate::document::Format::Text,
        &crate::document::DocOptions {
            date: Some(date(2025, 3, 15)),
        },
    )
    .unwrap();
    let parallel = EXTRACTOR.extract(&doc);
    let sequential = EXTRACTOR.extract_sentences(&doc, &doc.sentences);
    assert!(parallel.len() > 30_000, "{} claims", parallel.len());
    assert_eq!(parallel, sequential);
}

#[test]
fn skimming_finds_every_claim_reading_every_sentence_finds() {
    // Real articles (the seeds) and the check corpus, in plain text and Markdown.
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["seeds", "tests/check-corpus/articles"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}"));
        files.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
    }
    assert!(files.len() >= 15, "{files:?}");
    let mut total = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let opts = crate::document::DocOptions::default();
        let doc = crate::document::Document::parse(path.display().to_string(), text, &opts)
            .unwrap_or_else(|e| panic!("{path:?}: {e:?}"));
        let every = EXTRACTOR.extract_every_sentence(&doc);
        assert_eq!(EXTRACTOR.extract(&doc), every, "{path:?}");
        total += every.len();
    }
    assert!(total > 100, "{total} claims");
}
