//! The `factlint` command: parses arguments, resolves them into settings (config, rules,
//! inputs), calls the library, prints, and exits. Nothing here decides a verdict.

/// Checking allocates many small, short-lived things (tokens, YAML nodes, findings) on
/// every thread; mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factlint::changed::ChangedLines;
use factlint::check::CheckOptions;
use factlint::document::DocOptions;
use factlint::extract::Extractor;
use factlint::report::check::concise::ConciseReporter;
use factlint::report::check::facts;
use factlint::report::check::github::GithubReporter;
use factlint::report::check::human::HumanReporter;
use factlint::report::check::json::JsonReporter;
use factlint::report::check::junit::JunitReporter;
use factlint::report::check::sarif::SarifReporter;
use factlint::report::check::{CheckOutput, Reporter};
use factlint::report::{self, InputError};
use factlint::rules::config::{self, Config};
use factlint::rules::{self, RuleSet, Severity};
use factlint::run::{self, BaselineFile, Settings};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
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
    /// Write a commented factlint.yaml and an example rule file to start a project.
    Init(InitArgs),
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
    /// The name standard input (`-`) goes by: its format (.md is Markdown) and its config date
    /// follow it. For editors linting unsaved text.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// Documents or folders to check. Default: the config's `documents`.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    project: ProjectArgs,
    /// How to report findings (docs/output.md).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Write the report, in --format, to FILE; the terminal still gets the human view.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also report claims consistent only through rounding or a hedge.
    #[arg(long)]
    show_rounded: bool,
    /// Exit with 1 when a finding at or above this severity exists (whether shown or not).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Show only findings at or above this severity.
    #[arg(long, value_enum, default_value_t = Level::Info)]
    min_severity: Level,
    /// Fail only on findings this baseline file does not record (docs/checking.md).
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record today's findings in FILE as the baseline; the run then passes.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    #[command(flatten)]
    changed: ChangedArgs,
}

/// The severity threshold that fails a run.
#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// A severity as a command-line value.
#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Info,
    Warning,
    Error,
}

impl From<Level> for Severity {
    fn from(l: Level) -> Severity {
        match l {
            Level::Info => Severity::Info,
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

/// Changed-only runs: every document is still checked, only findings on changed lines shown.
#[derive(Args)]
struct ChangedArgs {
    /// Report only findings on lines changed since this git revision (and in untracked files).
    #[arg(long, value_name = "REV", conflicts_with = "staged")]
    changed_since: Option<String>,
    /// Report only findings on lines staged for commit.
    #[arg(long)]
    staged: bool,
}

impl ChangedArgs {
    /// The changed lines of the current folder's repository, when asked for.
    fn lines(&self) -> Result<Option<ChangedLines>, Failure> {
        let here = std::path::Path::new(".");
        let lines = match (&self.changed_since, self.staged) {
            (Some(rev), _) => ChangedLines::since(here, rev),
            (None, true) => ChangedLines::staged(here),
            (None, false) => return Ok(None),
        };
        lines.map(Some).map_err(miette::Report::new)
    }
}

#[derive(Args)]
struct InitArgs {
    /// The project folder to write into (created if missing).
    #[arg(long, value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    /// Overwrite files that already exist.
    #[arg(long)]
    force: bool,
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
    /// The name standard input (`-`) goes by (see `check --help`).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
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

/// The formats of `check` (docs/output.md).
#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// Diagnostics with the sentence and the claim underlined.
    Human,
    /// One line per finding: path:line:col: severity[code] fact: message.
    Concise,
    /// The versioned JSON contract.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JUnit XML, one test case per document.
    Junit,
}

/// The reporter for a check format; `color` applies to the human view only. SARIF's help
/// links use `FACTLINT_DOCS_URL`, the address where the repository's docs/ is published.
fn reporter_for(format: CheckFormat, color: bool) -> Box<dyn Reporter> {
    match format {
        CheckFormat::Human => Box::new(HumanReporter { color, width: 100 }),
        CheckFormat::Concise => Box::new(ConciseReporter),
        CheckFormat::Json => Box::new(JsonReporter),
        CheckFormat::Sarif => Box::new(SarifReporter {
            docs_url: std::env::var("FACTLINT_DOCS_URL")
                .ok()
                .filter(|u| !u.is_empty()),
        }),
        CheckFormat::Github => Box::new(GithubReporter),
        CheckFormat::Junit => Box::new(JunitReporter),
    }
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
        Command::Init(args) => init(args),
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
    let mut rules =
        rules::load_with_defaults(&rule_paths, extractor, defaults).map_err(miette::Report::new)?;
    if let Some(c) = &config {
        c.apply_severity(&mut rules).map_err(miette::Report::new)?;
    }
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
        stdin_name: args.stdin_filename.clone(),
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
    let changed = args.changed.lines()?;
    let opts = CheckOptions {
        show_rounded: args.show_rounded,
        explain: None,
    };
    let baseline = args
        .baseline
        .map(BaselineFile::Compare)
        .or(args.write_baseline.map(BaselineFile::Write));
    let progress = Progress::new();
    let (mut checked, unread) = run::check_filtered(
        &settings,
        &extractor,
        &rules,
        &opts,
        baseline.as_ref(),
        run::Progress {
            start: &|n| progress.start(n),
            tick: &|| progress.tick(),
        },
    )?;
    progress.finish();
    if let Some(changed) = &changed {
        changed.retain(&mut checked.findings);
    }
    let failing = checked
        .findings
        .iter()
        .any(|f| args.fail_on.fails(f.severity));
    let shown = Severity::from(args.min_severity);
    checked.findings.retain(|f| f.severity >= shown);
    let output = CheckOutput {
        report: &checked,
        rules: &rules,
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match &args.output {
        None => write_stdout(|out| reporter_for(args.format, color).write(&output, out))?,
        Some(file) => {
            write_file(file, |out| {
                reporter_for(args.format, false).write(&output, out)
            })?;
            write_stdout(|out| reporter_for(CheckFormat::Human, color).write(&output, out))?;
        }
    }
    let unread = report_unread(unread);
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
        stdin_name: args.stdin_filename,
    };
    let report = run::extract(&settings, &Extractor::new());
    write_stdout(|out| match args.format {
        Format::Human => report::human::write(&report, out),
        Format::Json => report::json::write(&report, out),
    })?;
    Ok(if report_unread(report.errors) {
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
    let output = facts::Explained {
        documents: &extracted.documents,
        report: &checked,
        rules: &rules,
    };
    write_stdout(|out| facts::write_explain(&output, fact, out))?;
    report_unread(extracted.errors);
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on stderr for long runs on a terminal; silent in CI and in pipes.
struct Progress(std::sync::OnceLock<indicatif::ProgressBar>);

impl Progress {
    /// Runs shorter than this many documents finish before a bar would help.
    const MIN_DOCUMENTS: usize = 200;

    fn new() -> Self {
        Progress(std::sync::OnceLock::new())
    }

    fn start(&self, documents: usize) {
        let quiet = !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some();
        if quiet || documents < Self::MIN_DOCUMENTS {
            return;
        }
        let bar = indicatif::ProgressBar::new(documents as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
        {
            bar.set_style(style);
        }
        let _ = self.0.set(bar);
    }

    fn tick(&self) {
        if let Some(bar) = self.0.get() {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.0.get() {
            bar.finish_and_clear();
        }
    }
}

fn init(args: InitArgs) -> Result<ExitCode, Failure> {
    let written = factlint::init::init(&args.dir, args.force).map_err(miette::Report::new)?;
    write_stdout(|out| {
        for path in &written {
            writeln!(out, "wrote {}", path.display())?;
        }
        writeln!(
            out,
            "Next: write your facts in the rule file, point `documents:` at your articles, and run `factlint check`."
        )
    })?;
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

/// Writes a report to a file (`--output`), replacing it.
fn write_file(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Failure> {
    let fail = |e: std::io::Error| miette::miette!("cannot write {}: {e}", path.display());
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).map_err(fail)?);
    f(&mut out).and_then(|()| out.flush()).map_err(fail)
}

/// Reports inputs that could not be read on stderr; true if there were any.
fn report_unread(errors: Vec<InputError>) -> bool {
    let unread = !errors.is_empty();
    for e in errors {
        eprintln!("{:?}", miette::Report::new(e));
    }
    unread
}
