//! factlint: finds numeric claims in prose and checks them against declared facts.
//!
//! Data flows one way:
//!
//! ```text
//! files -> source::SourceFile -> document::Document -> extract::Extractor -> claim::Claim
//!       -> report (human table, JSON)
//! rules/*.yaml, factlint.yaml -> rules::RuleSet of rules::Fact (rules::config)
//! ```
//!
//! Around the pipeline: `changed` filters a run's findings to the lines git says changed
//! (`--changed-since`, `--staged`), and `init` writes a new project's starting files.
//!
//! The library never prints and never exits; `main.rs` does both.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod changed;
pub mod check;
pub mod claim;
pub mod document;
pub mod extract;
pub mod init;
pub mod report;
pub mod rules;
pub mod run;
pub mod source;
pub mod span;
