//! Office documents: OOXML (docx, xlsx, pptx) and ODF (odt, ods, odp).
use super::{Budget, Problem, Visit};

/// Whether a zip archive is an office document.
pub fn is_office(_bytes: &[u8]) -> bool {
    false
}

/// Reads an office document's text parts.
pub fn read(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("office: not yet"))
}
