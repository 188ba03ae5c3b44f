//! Writes a deterministic article-like corpus for benchmarks and load tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --out corpus.txt --size 50MB
//! cargo run --release --example gen_corpus -- --out docs/ --files 1000 --size 5KB --seed 1
//! ```
//!
//! With `--files N`, OUT is a directory that receives `doc-00001.txt` ... each of about SIZE;
//! without it, OUT is one file of about SIZE. Sizes take B, KB, MB or GB (1024-based). The same
//! seed and size always give the same bytes. The text comes from `benches/support/corpus.rs`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Parser)]
#[command(about = "Write a deterministic article-like corpus")]
struct Args {
    /// The file to write, or the directory to fill when --files is given.
    #[arg(long)]
    out: PathBuf,
    /// Total size, or the size of each file with --files: 500KB, 5KB, 50MB, 1GB, 4096.
    #[arg(long, value_parser = parse_size)]
    size: usize,
    /// Write this many files of about SIZE each into the OUT directory.
    #[arg(long)]
    files: Option<usize>,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// Parses "5KB", "50MB", "1GB", "4096", "12 kb" (units are 1024-based).
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{s:?} is not a size such as 5KB, 50MB or 4096"))?;
    let factor = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1.0,
        "K" | "KB" | "KIB" => 1024.0,
        "M" | "MB" | "MIB" => 1024.0 * 1024.0,
        "G" | "GB" | "GIB" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!(
                "unknown size unit {other:?} in {s:?}: use B, KB, MB or GB"
            ));
        }
    };
    Ok((number * factor).round() as usize)
}

fn main() -> ExitCode {
    let args = Args::parse();
    let started = Instant::now();
    let result = match args.files {
        None => std::fs::write(&args.out, corpus::corpus(args.seed, args.size)).map(|()| 1),
        Some(n) => write_files(&args, n),
    };
    match result {
        Ok(files) => {
            let bytes = total_bytes(&args.out);
            eprintln!(
                "wrote {files} file(s), {bytes} bytes, to {} in {:.2}s",
                args.out.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: cannot write {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}

fn write_files(args: &Args, n: usize) -> std::io::Result<usize> {
    std::fs::create_dir_all(&args.out)?;
    let width = n.to_string().len().max(5);
    for i in 0..n {
        let text = corpus::corpus(corpus::document_seed(args.seed, i as u64), args.size);
        let name = format!("doc-{:0width$}.txt", i + 1);
        std::fs::write(args.out.join(name), text)?;
    }
    Ok(n)
}

/// Bytes in a file, or in the files directly inside a directory.
fn total_bytes(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_are_1024_based() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("5KB"), Ok(5 * 1024));
        assert_eq!(parse_size("50MB"), Ok(50 << 20));
        assert_eq!(parse_size("1.5 mb"), Ok(3 << 19));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert!(parse_size("5 furlongs").is_err());
        assert!(parse_size("MB").is_err());
    }
}
