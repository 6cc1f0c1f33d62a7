//! PDF documents: the text layer of every page.
use super::{Budget, Problem, Visit};

/// Reads a PDF's text.
pub fn read(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("pdf: not yet"))
}
