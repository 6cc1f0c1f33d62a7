//! Documents whose structure says what a value is: a FHIR resource's
//! `birthDate`, a CDA `patientRole/id`. Each reader finds such values and
//! names them with a [`FIELDS`] entry, which detectors list in their
//! `fields` like a table's column names; the engine then reports the value
//! at `high` when it validates.

pub mod cda;
pub mod dicom;
pub mod fhir;

use crate::extract::Field;

/// The field names structured readers give their values (the `column` of
/// a [`Field`] indexes this list). Detectors claim them in `fields`.
pub const FIELDS: &[&str] = &[
    "mrn",
    "ssn",
    "patient name",
    "birthdate",
    "icd10",
    "icd9",
    "phone",
    "fax",
    "email",
    "url",
    "address",
    "zip",
    "member id",
    "mbi",
    "account",
    "license",
    "device id",
    "patient age",
    "ip",
    "npi",
    // A city or county (district) of a patient's address: Safe Harbor B
    // counts every geographic subdivision smaller than a state.
    "patient city",
    "patient county",
    // A number that identifies the patient or their study without being a
    // record number: a passport, an untyped system identifier, a DICOM
    // accession number or study ID.
    "other id",
];

/// Index of a field name in [`FIELDS`].
pub(crate) fn column(name: &str) -> usize {
    FIELDS
        .iter()
        .position(|f| *f == name)
        .expect("field name listed in FIELDS")
}

/// Whether a structured value is a placeholder rather than a value: empty,
/// only zeros and separators (`000-00-0000`, `00000000`), one punctuation
/// mark repeated, or a word systems write for "no value" (`UNKNOWN`,
/// `N/A`, `UNKNOWN^UNKNOWN`). Readers do not name such values, so the
/// structure never raises them: the plain-text scan still sees them, where
/// they are at most `low` (DESIGN.md section 3: known test values are low).
pub fn is_placeholder(value: &[u8]) -> bool {
    let v = value.trim_ascii();
    if v.is_empty() {
        return true;
    }
    // Zeros with separators, or one mark repeated (`---`, `***`).
    if v.iter().any(|b| b.is_ascii_digit())
        && v.iter()
            .all(|&b| b == b'0' || matches!(b, b'-' | b' ' | b'.' | b'/' | b'^' | b'_'))
    {
        return true;
    }
    if v.iter().all(|&b| b == v[0] && !b.is_ascii_alphanumeric()) {
        return true;
    }
    // Every word a "no value" word (a name `UNKNOWN^UNKNOWN`).
    const NONE: &[&str] = &[
        "unknown",
        "unk",
        "none",
        "null",
        "nil",
        "n/a",
        "na",
        "tbd",
        "pending",
        "not",
        "available",
        "applicable",
        "undefined",
        "blank",
        "empty",
    ];
    let mut words = v
        .split(|&b| matches!(b, b'^' | b' ' | b',' | b'\\' | b'=' | b'\t'))
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| NONE.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes())))
}

/// Which reader understands a text, judged from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// FHIR JSON: a resource, a Bundle, or NDJSON bulk export lines.
    Fhir,
    /// HL7 CDA / C-CDA XML (`ClinicalDocument`).
    Cda,
    /// A DICOM header as `container::dicom` renders it (one element per
    /// line), whose tags name the patient's values.
    Dicom,
}

/// The structured format of `text`, if any.
pub fn sniff(text: &[u8]) -> Option<Format> {
    if fhir::is_fhir(text) {
        Some(Format::Fhir)
    } else if cda::is_cda(text) {
        Some(Format::Cda)
    } else if dicom::is_dicom_header(text) {
        Some(Format::Dicom)
    } else {
        None
    }
}

/// The values of `text` that its structure names, in text order, into
/// `out` (cleared first). Malformed input yields what was read before the
/// fault: the plain-text scan still covers the whole text.
pub fn fields(format: Format, text: &[u8], out: &mut Vec<Field>) {
    out.clear();
    match format {
        Format::Fhir => fhir::fields(text, out),
        Format::Cda => cda::fields(text, out),
        Format::Dicom => dicom::fields(text, out),
    }
    out.sort_by_key(|f| (f.start, f.end));
    out.dedup_by_key(|f| (f.start, f.end));
}

/// (value, field name) of every named value of `text`, in text order, with
/// the expected values written as `&[(&str, &str)]` pairs.
#[cfg(test)]
pub(crate) fn named(format: Format, text: &[u8]) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    fields(format, text, &mut out);
    out.iter()
        .map(|f| {
            assert!(f.start <= f.end && f.end <= text.len());
            (
                String::from_utf8_lossy(&text[f.start..f.end]).into_owned(),
                FIELDS[f.column],
            )
        })
        .collect()
}

/// Expected (value, field name) pairs as [`named`] returns them.
#[cfg(test)]
pub(crate) fn pairs(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    list.iter().map(|(v, f)| (v.to_string(), *f)).collect()
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn placeholders() {
        for p in [
            "",
            "  ",
            "000-00-0000",
            "00000000",
            "0",
            "00000",
            "---",
            "UNKNOWN",
            "unk",
            "N/A",
            "UNKNOWN^UNKNOWN",
            "Not Available",
            "none",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p:?}");
        }
        for v in [
            "212-09-1234",
            "10000000",
            "Anonymized",
            "CompressedSamples^CT1",
            "Unknown Pleasure",
            "A0",
            "Springfield",
            "0^JOHN",
        ] {
            assert!(!is_placeholder(v.as_bytes()), "{v:?}");
        }
    }
}
