//! The `factlint` command: parses arguments, calls the library, prints, and exits.

use clap::{Parser, Subcommand, ValueEnum};
use factlint::document::DocOptions;
use factlint::extract::Extractor;
use factlint::report;
use factlint::run::{self, Settings};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Finds numeric claims in prose and checks them for consistency.
#[derive(Parser)]
#[command(name = "factlint", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every numeric claim found in the given documents.
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or directories to read (directories are walked, .gitignore respected); `-` reads
    /// standard input.
    #[arg(default_value = "seeds")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Date for documents whose front matter has none (YYYY-MM-DD); resolves "last year".
    #[arg(long, value_parser = parse_date)]
    date: Option<jiff::civil::Date>,
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

/// Exit codes: 0 success, 2 something could not be read or a usage error (clap).
const EXIT_UNREAD: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract(args),
    }
}

fn extract(args: ExtractArgs) -> ExitCode {
    let settings = Settings {
        inputs: args.paths,
        doc: DocOptions { date: args.date },
    };
    let extractor = Extractor::new();
    let report = run::extract(&settings, &extractor);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match args.format {
        Format::Human => report::human::write(&report, &mut out),
        Format::Json => report::json::write(&report, &mut out),
    };
    if let Err(e) = written.and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: cannot write output: {e}");
        return ExitCode::from(EXIT_UNREAD);
    }
    let unread = !report.errors.is_empty();
    for e in report.errors {
        eprintln!("{:?}", miette::Report::new(e));
    }
    if unread {
        ExitCode::from(EXIT_UNREAD)
    } else {
        ExitCode::SUCCESS
    }
}
