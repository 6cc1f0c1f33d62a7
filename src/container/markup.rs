//! Markup: RTF, HTML and XML, tags stripped and entities decoded.
use super::{Budget, Problem, Visit};

/// Reads an RTF document's text.
pub fn read_rtf(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("rtf: not yet"))
}

/// Reads an HTML page's text.
pub fn read_html(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("html: not yet"))
}

/// Reads an XML document's text.
pub fn read_xml(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("xml: not yet"))
}
