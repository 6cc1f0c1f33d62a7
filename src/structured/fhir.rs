//! FHIR JSON resources (placeholder; see mod.rs).
use crate::extract::Field;

/// Whether `text` looks like FHIR JSON.
pub fn is_fhir(_text: &[u8]) -> bool {
    false
}

/// Appends the named values of a FHIR JSON text to `out`.
pub fn fields(_text: &[u8], _out: &mut Vec<Field>) {}
