//! OLE2 compound files: legacy .doc, .xls, .ppt and Outlook .msg.
use super::{Budget, Problem, Visit};

/// Reads an OLE2 file's text streams.
pub fn read(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("ole2: not yet"))
}
