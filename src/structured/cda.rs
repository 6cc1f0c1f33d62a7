//! CDA XML documents (placeholder; see mod.rs).
use crate::extract::Field;

/// Whether `text` looks like CDA XML.
pub fn is_cda(_text: &[u8]) -> bool {
    false
}

/// Appends the named values of a CDA document to `out`.
pub fn fields(_text: &[u8], _out: &mut Vec<Field>) {}
