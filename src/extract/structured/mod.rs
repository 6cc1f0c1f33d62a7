//! Documents whose structure says what a value is: a FHIR resource's
//! `birthDate`, a CDA `patientRole/id`. Each reader finds such values and
//! names them with a [`FIELDS`] entry, which detectors list in their
//! `fields` like a table's column names; the engine then reports the value
//! at `high` when it validates.

pub mod cda;
pub mod dicom_tags;
pub mod fhir;
pub mod hl7;
pub mod table;

use crate::structure::Cell;

/// The field names structured readers give their values (the `column` of
/// a [`Cell`] indexes this list). Detectors claim them in `fields`.
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

/// Which reader understands a text, judged from its first bytes. Each is
/// a clinical format: identifiers in it are PHI whatever the words around
/// them (DESIGN.md section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClinicalFormat {
    /// HL7 v2: a message, or a batch or file of them.
    Hl7,
    /// FHIR JSON: a resource, a Bundle, or NDJSON bulk export lines.
    Fhir,
    /// HL7 CDA / C-CDA XML (`ClinicalDocument`).
    Cda,
    /// A DICOM header as `container::dicom` renders it (one element per
    /// line), whose tags name the patient's values.
    Dicom,
}

/// The clinical format of `text`, if any: which reader here understands
/// it, judged from its first bytes ([`crate::extract::sniff`] asks this
/// after the container magic numbers).
pub fn clinical_format(text: &[u8]) -> Option<ClinicalFormat> {
    if hl7::is_hl7(text) {
        Some(ClinicalFormat::Hl7)
    } else if fhir::is_fhir(text) {
        Some(ClinicalFormat::Fhir)
    } else if cda::is_cda(text) {
        Some(ClinicalFormat::Cda)
    } else if dicom_tags::is_dicom_header(text) {
        Some(ClinicalFormat::Dicom)
    } else {
        None
    }
}

/// The values of `text` that its structure names, in text order, into
/// `out` (cleared first). Malformed input yields what was read before the
/// fault: the plain-text scan still covers the whole text.
pub fn fields(format: ClinicalFormat, text: &[u8], out: &mut Vec<Cell>) {
    out.clear();
    match format {
        // In the order of its segments, each field's values once.
        ClinicalFormat::Hl7 => return hl7::hl7_fields(text, out),
        ClinicalFormat::Fhir => fhir::fields(text, out),
        ClinicalFormat::Cda => cda::fields(text, out),
        ClinicalFormat::Dicom => dicom_tags::fields(text, out),
    }
    out.sort_by_key(|f| (f.start, f.end));
    out.dedup_by_key(|f| (f.start, f.end));
}

impl ClinicalFormat {
    /// The names of the fields its reader gives values (a [`Cell`]'s
    /// `column` indexes this list), which detectors claim in `fields`.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ClinicalFormat::Hl7 => hl7::HL7_FIELDS,
            ClinicalFormat::Fhir | ClinicalFormat::Cda | ClinicalFormat::Dicom => FIELDS,
        }
    }
}

/// (value, field name) of every named value of `text`, in text order, with
/// the expected values written as `&[(&str, &str)]` pairs.
#[cfg(test)]
pub(crate) fn named(format: ClinicalFormat, text: &[u8]) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    fields(format, text, &mut out);
    out.iter()
        .map(|f| {
            assert!(f.start <= f.end && f.end <= text.len());
            (
                String::from_utf8_lossy(&text[f.start..f.end]).into_owned(),
                format.columns()[f.column],
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
    use super::hl7::{hl7_fields, is_hl7};
    use super::is_placeholder;
    use super::table::{aligned_tables, tab_tables, table, table_fields};

    /// Every table and HL7 reader on short texts made of the bytes that
    /// steer them (separators, line ends, labels, digits): none may panic
    /// and every field must lie inside the text. Deterministic, so a
    /// failure replays.
    #[test]
    fn table_readers_never_panic_on_noise() {
        let alphabet: &[&[u8]] = &[
            b"\t",
            b"  ",
            b" ",
            b"\n",
            b"\r",
            b"\r\n",
            b",",
            b"|",
            b";",
            b"^",
            b"~",
            b"\\",
            b"&",
            b"\"",
            b"Name",
            b"DOB",
            b"ssn",
            b"12",
            b"2022-04-14",
            b"MSH|^~\\&|",
            b"PID|",
            b"a",
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..40_000 {
            let mut text = Vec::new();
            for _ in 0..(next() % 24) {
                text.extend_from_slice(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            let (mut columns, mut fields) = (Vec::new(), Vec::new());
            tab_tables(&text, &mut columns, &mut fields);
            aligned_tables(&text, &mut columns, &mut fields);
            if let Some(t) = table(&text) {
                table_fields(&text, &t, &mut fields);
            }
            if is_hl7(&text) {
                hl7_fields(&text, &mut fields);
            }
            for f in &fields {
                assert!(
                    f.start <= f.end && f.end <= text.len(),
                    "{:?}",
                    String::from_utf8_lossy(&text)
                );
            }
        }
    }

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
