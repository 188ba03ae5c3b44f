//! `factlint check --format concise|sarif|github|junit` and `--output`, run as the real
//! binary over the planted-error corpus (tests/check-corpus/: mismatches and a conflict) and
//! the info-level fixture (tests/fixtures/kinds/ with --show-rounded: ambiguous and rounded).
//!
//! Every format is snapshotted; the snapshots are the spec of each format. Beyond them: SARIF
//! validates against the SARIF 2.1.0 JSON schema (tests/fixtures/sarif/, see its README for
//! where that copy comes from), JUnit parses back with one test case per document, GitHub
//! commands carry one line per finding, and no format's bytes depend on the thread count.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const CORPUS: [&str; 4] = [
    "--rules",
    "tests/check-corpus/rules",
    "tests/check-corpus/articles",
    "--show-rounded",
];
const KINDS: [&str; 4] = [
    "--show-rounded",
    "--rules",
    "tests/fixtures/kinds/rules.yaml",
    "tests/fixtures/kinds/election.md",
];
const FORMATS: [&str; 6] = ["human", "concise", "json", "sarif", "github", "junit"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary in the repository root, with the environment that changes output cleared.
fn factlint() -> Command {
    let mut cmd = Command::cargo_bin("factlint").unwrap();
    cmd.current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("FACTLINT_DOCS_URL");
    cmd
}

/// `factlint check ARGS --format FORMAT`: stdout and exit code.
fn check(args: &[&str], format: &str) -> (String, i32) {
    let out = factlint()
        .arg("check")
        .args(args)
        .args(["--format", format])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&check(args, "json").0).unwrap()
}

// The corpus run above includes --show-rounded, so its snapshots show every level the corpus
// has; the corpus itself has errors only (expected.yaml), and rounding agreements as info.

#[test]
fn concise_is_one_line_per_finding_then_the_summary() {
    let (out, code) = check(&CORPUS, "concise");
    assert_eq!(code, 1);
    let findings = json(&CORPUS)["findings"].as_array().unwrap().len();
    assert_eq!(out.lines().count(), findings + 1);
    insta::assert_snapshot!("concise_corpus", out);
    let (out, code) = check(&KINDS, "concise");
    assert_eq!(code, 0);
    insta::assert_snapshot!("concise_kinds", out);
}

#[test]
fn github_commands_match_findings_and_levels() {
    let (out, _) = check(&CORPUS, "github");
    let v = json(&CORPUS);
    let findings = v["findings"].as_array().unwrap();
    let commands: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), findings.len());
    for (c, f) in commands.iter().zip(findings) {
        let name = match f["severity"].as_str().unwrap() {
            "error" => "::error ",
            "warning" => "::warning ",
            _ => "::notice ",
        };
        assert!(c.starts_with(name), "{c}");
        let file = format!(" file={},line={},", f["path"].as_str().unwrap(), f["line"]);
        assert!(c.contains(&file), "{c}");
    }
    insta::assert_snapshot!("github_corpus", out);
    let (out, _) = check(&KINDS, "github");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::notice ")).count(),
        2
    );
    insta::assert_snapshot!("github_kinds", out);
}

/// The SARIF 2.1.0 schema, compiled with format checking on (`uri`, `uri-reference`).
fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn schema_errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let validator = sarif_validator();
    for args in [&CORPUS, &KINDS] {
        for docs_url in [None, Some("https://factlint.example/docs/")] {
            let mut cmd = factlint();
            if let Some(url) = docs_url {
                cmd.env("FACTLINT_DOCS_URL", url);
            }
            let out = cmd
                .arg("check")
                .args(args)
                .args(["--format", "sarif"])
                .output()
                .unwrap();
            let log: Value = serde_json::from_slice(&out.stdout).unwrap();
            let errors = schema_errors(&validator, &log);
            assert!(errors.is_empty(), "{args:?} {docs_url:?}: {errors:#?}");
            // The vendored schema lacks region's anyOf (see its README): check it here.
            for result in log["runs"][0]["results"].as_array().unwrap() {
                let locations = result["locations"].as_array().unwrap().iter();
                for l in
                    locations.chain(result["relatedLocations"].as_array().into_iter().flatten())
                {
                    assert!(l["physicalLocation"]["region"]["startLine"].is_u64());
                }
            }
            let rules = &log["runs"][0]["tool"]["driver"]["rules"];
            assert_eq!(rules[0]["helpUri"].is_string(), docs_url.is_some());
        }
    }
}

#[test]
fn the_schema_check_rejects_broken_logs() {
    // Guards against a validator that accepts anything.
    let validator = sarif_validator();
    let (out, _) = check(&CORPUS, "sarif");
    let good: Value = serde_json::from_str(&out).unwrap();
    type Breakage = (&'static str, fn(&mut Value));
    let breakages: [Breakage; 4] = [
        ("level", |v| {
            v["runs"][0]["results"][0]["level"] = "fatal".into()
        }),
        ("startLine", |v| {
            v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
                0.into()
        }),
        ("message", |v| {
            v["runs"][0]["results"][0]
                .as_object_mut()
                .unwrap()
                .remove("message");
        }),
        ("helpUri", |v| {
            v["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] =
                "docs/checking.md#factlintmismatch".into()
        }),
    ];
    for (what, breakage) in breakages {
        let mut bad = good.clone();
        breakage(&mut bad);
        assert!(
            !schema_errors(&validator, &bad).is_empty(),
            "a log with a broken {what} passed"
        );
    }
}

#[test]
fn sarif_results_follow_the_findings() {
    let (out, _) = check(&CORPUS, "sarif");
    let log: Value = serde_json::from_str(&out).unwrap();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "factlint::mismatch",
            "factlint::conflict",
            "factlint::ambiguous",
            "factlint::rounded",
            "factlint::unused-suppression",
            "factlint::bad-suppression",
        ]
    );
    let v = json(&CORPUS);
    let findings = v["findings"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    let mut prints = std::collections::BTreeSet::new();
    for (r, f) in results.iter().zip(findings) {
        assert_eq!(r["ruleId"], f["code"]);
        assert_eq!(
            rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
            f["code"]
        );
        let level = match f["severity"].as_str().unwrap() {
            "info" => "note",
            s => s,
        };
        assert_eq!(r["level"], level);
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], f["path"]);
        assert_eq!(loc["region"]["startLine"], f["line"]);
        assert_eq!(loc["region"]["snippet"]["text"], f["text"]);
        let related = r["relatedLocations"].as_array().map_or(0, Vec::len);
        assert_eq!(related, f["related"].as_array().unwrap().len());
        assert!(prints.insert(r["partialFingerprints"]["factlintClaim/v1"].to_string()));
    }
    assert!(results.iter().any(|r| r["relatedLocations"].is_array()));
    insta::assert_snapshot!("sarif_corpus", out);
    insta::assert_snapshot!("sarif_kinds", check(&KINDS, "sarif").0);
}

#[test]
fn junit_has_one_test_case_per_document() {
    let (out, code) = check(&CORPUS, "junit");
    assert_eq!(code, 1);
    let xml = roxmltree::Document::parse(&out).unwrap();
    let v = json(&CORPUS);
    let documents = v["summary"]["documents"].as_u64().unwrap() as usize;
    let cases: Vec<roxmltree::Node> = xml
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), documents);
    let mut errors: BTreeMap<&str, usize> = BTreeMap::new();
    for f in v["findings"].as_array().unwrap() {
        if f["severity"] == "error" {
            *errors.entry(f["path"].as_str().unwrap()).or_default() += 1;
        }
    }
    for case in &cases {
        assert_eq!(case.attribute("classname"), Some("factlint"));
        let name = case.attribute("name").unwrap();
        let failures = case
            .children()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        assert_eq!(failures, errors.get(name).copied().unwrap_or(0), "{name}");
    }
    let names: Vec<&str> = cases.iter().map(|c| c.attribute("name").unwrap()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "test cases in path order");
    let suite = xml
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(
        suite.attribute("tests"),
        Some(documents.to_string().as_str())
    );
    assert_eq!(
        suite.attribute("failures"),
        Some(errors.len().to_string().as_str())
    );
    insta::assert_snapshot!("junit_corpus", out);

    // Info findings do not fail the test case; they are listed in its output.
    let (out, _) = check(&KINDS, "junit");
    let xml = roxmltree::Document::parse(&out).unwrap();
    assert_eq!(
        xml.descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count(),
        0
    );
    let case = xml
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap();
    let system_out = case
        .children()
        .find(|n| n.has_tag_name("system-out"))
        .unwrap();
    assert_eq!(system_out.text().unwrap().lines().count(), 2);
    insta::assert_snapshot!("junit_kinds", out);
}

#[test]
fn output_bytes_do_not_depend_on_the_thread_count() {
    for format in FORMATS {
        let run = |threads: &str| {
            let out = factlint()
                .env("RAYON_NUM_THREADS", threads)
                .arg("check")
                .args(CORPUS)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(!out.stdout.is_empty());
            out.stdout
        };
        assert!(
            run("1") == run("2"),
            "{format} differs between 1 and 2 threads"
        );
    }
}

#[test]
fn output_writes_the_format_to_a_file_and_the_human_view_to_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let (human, _) = check(&CORPUS, "human");
    for format in ["sarif", "junit", "concise"] {
        let file = dir.path().join(format!("results.{format}"));
        let out = factlint()
            .arg("check")
            .args(CORPUS)
            .args(["--format", format, "--output"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "the exit code does not change");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), human);
        let written = std::fs::read_to_string(&file).unwrap();
        assert_eq!(written, check(&CORPUS, format).0, "{format}");
    }
    // A file that cannot be written is an error (2), named in the message.
    let out = factlint()
        .arg("check")
        .args(CORPUS)
        .args(["--format", "sarif", "--output"])
        .arg(dir.path().join("no-such-folder/results.sarif"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("results.sarif"));
}

#[test]
fn a_claim_across_a_line_break_after_an_emoji() {
    // "🏟️" is two characters (U+1F3DF U+FE0F) and three UTF-16 units; the claim "67\nthousand"
    // starts at character column 36 and ends on the next line.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rules.yaml"),
        "facts:\n  - id: stadium-capacity\n    value: 60,704\n    match: { all: [capacity], any: [stadium] }\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("report.md"),
        "# Match report\n\nThe 🏟️ stadium, with a capacity of 67\nthousand, was full.\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = Command::cargo_bin("factlint")
            .unwrap()
            .current_dir(dir.path())
            .env_remove("FACTLINT_DOCS_URL")
            .args([
                "check",
                "--rules",
                "rules.yaml",
                "report.md",
                "--format",
                format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let concise = run("concise");
    assert!(
        concise.starts_with(
            "report.md:3:36: error[factlint::mismatch] stadium-capacity: claims 67 thousand, "
        ),
        "{concise}"
    );
    // GitHub takes columns only within one line.
    let github = run("github");
    assert!(
        github.starts_with("::error file=report.md,line=3,endLine=4,title="),
        "{github}"
    );
    assert!(github.contains("::claims 67%0Athousand, but"), "{github}");
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endLine"],
            &region["endColumn"]
        ),
        (&3.into(), &37.into(), &4.into(), &9.into()),
        "UTF-16 columns: {region}"
    );
    assert_eq!(region["snippet"]["text"], "67\nthousand");
    assert!(schema_errors(&sarif_validator(), &sarif).is_empty());
}
