//! `factlint init`: a new project's starting files, a commented `factlint.yaml` and an example
//! rule file, written into a folder without overwriting anything unless forced.
//!
//! This module owns the templates (`src/init/`) and the writing. It does not print: the command
//! line says what was written. The templates are tested to load and check cleanly, so a new
//! project starts from files that work.

use crate::rules::config::FILE_NAME;
use std::path::{Path, PathBuf};

/// A file `factlint init` writes: its path relative to the project folder, and its text.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub path: &'static str,
    pub text: &'static str,
}

/// What `factlint init` writes, in order.
pub const TEMPLATES: [Template; 2] = [
    Template {
        path: FILE_NAME,
        text: include_str!("init/factlint.yaml"),
    },
    Template {
        path: "rules/example.yaml",
        text: include_str!("init/example.yaml"),
    },
];

/// Why `factlint init` wrote nothing, or stopped.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum InitError {
    #[error("{path} already exists, so factlint init wrote nothing.")]
    #[diagnostic(
        code(factlint::init::exists),
        help("Pass --force to overwrite it, or move it out of the way first.")
    )]
    Exists { path: String },

    #[error("{path} could not be written: {source}.")]
    #[diagnostic(code(factlint::init::unwritable))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Writes the [`TEMPLATES`] into `dir` (created if missing) and returns the paths written.
/// Without `force`, nothing is written when any of them exists.
pub fn init(dir: &Path, force: bool) -> Result<Vec<PathBuf>, InitError> {
    let targets: Vec<(PathBuf, &str)> = TEMPLATES
        .iter()
        .map(|t| (shown_join(dir, t.path), t.text))
        .collect();
    if !force && let Some((path, _)) = targets.iter().find(|(p, _)| p.exists()) {
        return Err(InitError::Exists {
            path: path.display().to_string(),
        });
    }
    let mut written = Vec::with_capacity(targets.len());
    for (path, text) in targets {
        let io = |source| InitError::Io {
            path: path.display().to_string(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, text).map_err(io)?;
        written.push(path);
    }
    Ok(written)
}

/// `dir/name`, without a leading `./` when `dir` is the current folder.
fn shown_join(dir: &Path, name: &str) -> PathBuf {
    if dir == Path::new(".") || dir.as_os_str().is_empty() {
        PathBuf::from(name)
    } else {
        dir.join(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::rules::{self, config};

    fn tempdir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn writes_a_config_and_rules_that_load() {
        let dir = tempdir();
        let project = dir.path().join("new project");
        let written = init(&project, false).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            written,
            [project.join(FILE_NAME), project.join("rules/example.yaml")]
        );
        let cfg = config::load(&project.join(FILE_NAME)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(cfg.rules, [project.join("rules")]);
        assert_eq!(cfg.documents, [project.join(".")]);
        let set = rules::load_with_defaults(&cfg.rules, &Extractor::new(), cfg.defaults)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let ids: Vec<&str> = set.facts.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["example-corp-revenue-2024", "example-corp-staff"]);
    }

    #[test]
    fn refuses_to_overwrite_without_force_and_writes_nothing() {
        let dir = tempdir();
        let rules_dir = dir.path().join("rules");
        std::fs::create_dir_all(&rules_dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(rules_dir.join("example.yaml"), "facts: []\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let err = init(dir.path(), false).err().map(|e| e.to_string());
        assert_eq!(
            err,
            Some(format!(
                "{} already exists, so factlint init wrote nothing.",
                rules_dir.join("example.yaml").display()
            ))
        );
        assert!(!dir.path().join(FILE_NAME).exists());
        init(dir.path(), true).unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(rules_dir.join("example.yaml"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text, TEMPLATES[1].text);
    }

    #[test]
    fn the_current_folder_is_not_shown() {
        assert_eq!(shown_join(Path::new("."), FILE_NAME), Path::new(FILE_NAME));
        assert_eq!(
            shown_join(Path::new("a"), FILE_NAME),
            Path::new("a/factlint.yaml")
        );
    }
}
