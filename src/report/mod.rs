//! Turning extraction results into output: the versioned JSON contract ([`json`]) and the
//! readable table ([`human`]). Reporters only render; they never re-derive a claim.

pub mod human;
pub mod json;

use crate::claim::Claim;
use crate::document::Document;
use crate::source::ReadError;

/// One document and the claims found in it.
#[derive(Debug)]
pub struct DocumentClaims {
    pub document: Document,
    pub claims: Vec<Claim>,
}

/// Everything one `extract` run produced, in input order.
#[derive(Debug, Default)]
pub struct ExtractReport {
    pub documents: Vec<DocumentClaims>,
    /// Inputs that could not be read or parsed, with the reason.
    pub errors: Vec<InputError>,
}

/// An input that could not be read or parsed.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum InputError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    #[diagnostic(transparent)]
    Document(#[from] crate::document::DocumentError),
}
pub mod check;
