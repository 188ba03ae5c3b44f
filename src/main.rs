//! The `factlint` command: parses arguments, resolves them into settings (config, rules,
//! inputs), calls the library, prints, and exits. Nothing here decides a verdict.

use clap::{Args, Parser, Subcommand, ValueEnum};
use factlint::check::CheckOptions;
use factlint::document::DocOptions;
use factlint::extract::Extractor;
use factlint::report::check::facts;
use factlint::report::check::human::HumanReporter;
use factlint::report::check::json::JsonReporter;
use factlint::report::check::{CheckOutput, Reporter};
use factlint::report::{self, ExtractReport};
use factlint::rules::config::{self, Config};
use factlint::rules::{self, RuleSet, Severity};
use factlint::run::{self, BaselineFile, Settings};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Finds numeric claims in prose and checks them against declared facts and each other.
#[derive(Parser)]
#[command(name = "factlint", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check documents against the rules: mismatches with facts, conflicts between documents.
    Check(CheckArgs),
    /// List every numeric claim found in the given documents.
    Extract(ExtractArgs),
    /// List the loaded facts.
    Rules(RulesArgs),
    /// Show which claims bound to a fact, which nearly did, and why not.
    Explain(ExplainArgs),
}

/// Where the project's config and rules come from.
#[derive(Args)]
struct ProjectArgs {
    /// Rule files or folders (repeatable). Default: the config's `rules`.
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// The project config. Default: factlint.yaml in this folder or a parent.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Date for documents without front matter (YYYY-MM-DD); resolves "last year".
    #[arg(long, value_parser = parse_date)]
    date: Option<jiff::civil::Date>,
}

#[derive(Args)]
struct CheckArgs {
    /// Documents or folders to check. Default: the config's `documents`.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    project: ProjectArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also report claims consistent only through rounding or a hedge.
    #[arg(long)]
    show_rounded: bool,
    /// Fail only on findings this baseline file does not record (docs/checking.md).
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record today's findings in FILE as the baseline; the run then passes.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or directories to read (directories are walked, .gitignore respected); `-` reads
    /// standard input. Default: the config's `documents`, else `seeds`.
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Date for documents whose front matter has none (YYYY-MM-DD); resolves "last year".
    #[arg(long, value_parser = parse_date)]
    date: Option<jiff::civil::Date>,
    /// The project config, for per-document dates. Default: factlint.yaml if found.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Args)]
struct RulesArgs {
    #[command(flatten)]
    project: ProjectArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Args)]
struct ExplainArgs {
    /// The fact's id.
    fact: String,
    /// Documents or folders. Default: the config's `documents`.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    project: ProjectArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse()
        .map_err(|e| format!("expected a date as YYYY-MM-DD: {e}"))
}

/// Exit codes (docs/output.md).
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Extract(args) => extract(args),
        Command::Rules(args) => list_rules(args),
        Command::Explain(args) => explain(args),
    };
    result.unwrap_or_else(|failure| {
        eprintln!("{failure:?}");
        ExitCode::from(EXIT_ERROR)
    })
}

/// A failure that stops the run before any output: usage, config or rule errors.
type Failure = miette::Report;

/// The config: the one given, else factlint.yaml found from the current folder, else none.
fn find_config(given: Option<&PathBuf>) -> Result<Option<Config>, Failure> {
    let path = match given {
        Some(p) => p.clone(),
        None => match config::find(std::path::Path::new(".")) {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    config::load(&path).map(Some).map_err(miette::Report::new)
}

/// Config, rules and inputs resolved from flags, falling back to the config.
fn project(
    args: &ProjectArgs,
    paths: &[PathBuf],
    extractor: &Extractor,
) -> Result<(Settings, RuleSet), Failure> {
    let config = find_config(args.config.as_ref())?;
    let rule_paths = if args.rules.is_empty() {
        config.as_ref().map(|c| c.rules.clone()).unwrap_or_default()
    } else {
        args.rules.clone()
    };
    if rule_paths.is_empty() {
        return Err(miette::miette!(
            help = "pass --rules PATH, or write a factlint.yaml with `rules:` (docs/rules.md)",
            "no rules to check against"
        ));
    }
    let defaults = config.as_ref().map(|c| c.defaults).unwrap_or_default();
    let rules =
        rules::load_with_defaults(&rule_paths, extractor, defaults).map_err(miette::Report::new)?;
    let inputs = if paths.is_empty() {
        config
            .as_ref()
            .map(|c| c.documents.clone())
            .unwrap_or_default()
    } else {
        paths.to_vec()
    };
    let settings = Settings {
        inputs,
        doc: DocOptions { date: args.date },
        config,
    };
    Ok((settings, rules))
}

fn check(args: CheckArgs) -> Result<ExitCode, Failure> {
    let extractor = Extractor::new();
    let (settings, rules) = project(&args.project, &args.paths, &extractor)?;
    if settings.inputs.is_empty() {
        return Err(miette::miette!(
            help = "pass documents to check, or list them under `documents:` in factlint.yaml",
            "no documents to check"
        ));
    }
    let opts = CheckOptions {
        show_rounded: args.show_rounded,
        explain: None,
    };
    let baseline = args
        .baseline
        .map(BaselineFile::Compare)
        .or(args.write_baseline.map(BaselineFile::Write));
    let (extracted, checked) =
        run::check_filtered(&settings, &extractor, &rules, &opts, baseline.as_ref())?;
    let output = CheckOutput {
        documents: &extracted.documents,
        report: &checked,
        rules: &rules,
    };
    let reporter: Box<dyn Reporter> = match args.format {
        Format::Human => Box::new(HumanReporter {
            color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            width: 100,
        }),
        Format::Json => Box::new(JsonReporter),
    };
    write_stdout(|out| reporter.write(&output, out))?;
    let unread = report_unread(extracted);
    let failing = checked
        .findings
        .iter()
        .any(|f| f.severity >= Severity::Error);
    Ok(if unread {
        ExitCode::from(EXIT_ERROR)
    } else if failing {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Failure> {
    let config = find_config(args.config.as_ref())?;
    let inputs = if !args.paths.is_empty() {
        args.paths
    } else if let Some(c) = config.as_ref().filter(|c| !c.documents.is_empty()) {
        c.documents.clone()
    } else {
        vec![PathBuf::from("seeds")]
    };
    let settings = Settings {
        inputs,
        doc: DocOptions { date: args.date },
        config,
    };
    let report = run::extract(&settings, &Extractor::new());
    write_stdout(|out| match args.format {
        Format::Human => report::human::write(&report, out),
        Format::Json => report::json::write(&report, out),
    })?;
    Ok(if report_unread(report) {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    })
}

fn list_rules(args: RulesArgs) -> Result<ExitCode, Failure> {
    let extractor = Extractor::new();
    let (_, rules) = project(&args.project, &[], &extractor)?;
    write_stdout(|out| match args.format {
        Format::Human => facts::write_facts(&rules, out),
        Format::Json => facts::write_facts_json(&rules, out),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn explain(args: ExplainArgs) -> Result<ExitCode, Failure> {
    let extractor = Extractor::new();
    let (settings, rules) = project(&args.project, &args.paths, &extractor)?;
    let Some(fact) = rules.facts.iter().position(|f| f.id == args.fact) else {
        let known: Vec<&str> = rules.facts.iter().map(|f| f.id.as_str()).collect();
        let near = known
            .iter()
            .min_by_key(|k| strsim::levenshtein(k, &args.fact))
            .map(|k| format!("did you mean `{k}`?"))
            .unwrap_or_default();
        return Err(miette::miette!(
            help = near,
            "no fact has the id `{}`",
            args.fact
        ));
    };
    let opts = CheckOptions {
        show_rounded: true,
        explain: Some(fact),
    };
    let (extracted, checked) = run::check(&settings, &extractor, &rules, &opts);
    let output = CheckOutput {
        documents: &extracted.documents,
        report: &checked,
        rules: &rules,
    };
    write_stdout(|out| facts::write_explain(&output, fact, out))?;
    report_unread(extracted);
    Ok(ExitCode::SUCCESS)
}

/// Writes to a buffered stdout; a closed pipe (`| head`) is not an error.
fn write_stdout(f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), Failure> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match f(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(miette::miette!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Reports inputs that could not be read on stderr; true if there were any.
fn report_unread(report: ExtractReport) -> bool {
    let unread = !report.errors.is_empty();
    for e in report.errors {
        eprintln!("{:?}", miette::Report::new(e));
    }
    unread
}
