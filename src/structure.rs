//! Words that describe a unit's structure, on the ground floor: `extract`
//! finds the values a structure names and `detect` reads them, and neither
//! room imports the other to share the type.

/// One value that a unit's structure names: a table cell, an HL7 field's
/// component, a FHIR or CDA element, a DICOM patient tag. `column` says
/// what it is, as an index into the names the structure gives its values
/// (a table's header, the field names of a clinical format).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// Offset of the value (quotes and padding excluded).
    pub start: usize,
    /// Offset after the value.
    pub end: usize,
    /// Index of its column (or field name) in the structure's names.
    pub column: usize,
}
