//! The patient's tags in a DICOM header, as `container::dicom` renders it: one line
//! per element, `(gggg,eeee) Keyword: value`, sequence items indented. The
//! tag says exactly which values are the patient's (PS3.6 Patient module),
//! so they are named here by tag, never by keyword or shape; the referring
//! physician, operators and the institution are deliberately not patient
//! fields. The DICOM reader names them with [`patient_values`] as it
//! writes each line and hands them over with the text, which is not read
//! again; [`fields`] reads them from text that is itself such a rendering.
//!
//! Spans are byte offsets into the rendered text. Multi-valued elements
//! (`\`-separated) give one field per value; a person name's component
//! groups (`Alphabetic=Ideographic=Phonetic`) give the first that is not
//! empty, so a name written only in ideographs (`=山田^太郎`) is still one.
//! Placeholders (`UNKNOWN`, `00000000`) are not named.

use crate::structure::Cell;

/// How far into a text [`is_dicom_header`] looks for its first line.
const SNIFF_WINDOW: usize = 4096;

/// How an element's value is split into fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Split {
    /// Each `\`-separated value is one field.
    Each,
    /// Each value is a person name: its first component group only, and
    /// without trailing empty components (`DOE^JANE^^`).
    Name,
    /// The whole value is one field (an address holds no `\`, an age one
    /// value).
    Whole,
}

/// The patient's elements: (tag, field name, split), sorted by tag.
/// Patient identifiers (PatientID, OtherPatientIDs, MedicalRecordLocator)
/// are record numbers (`mrn`); the AccessionNumber identifies the
/// patient's imaging order, not the patient's record: `other id` (Safe
/// Harbor R, any other unique identifying number). StudyID is not read:
/// modalities number studies per device from 1 (`1`, `4900`, `sep30`), so
/// it identifies nobody, and an independent labelling of pydicom's test
/// files (corpus/external) does not count it either.
const PATIENT_TAGS: &[(u32, &str, Split)] = &[
    (0x0008_0050, "other id", Split::Each),     // AccessionNumber
    (0x0010_0010, "patient name", Split::Name), // PatientName
    (0x0010_0020, "mrn", Split::Each),          // PatientID
    (0x0010_0030, "birthdate", Split::Each),    // PatientBirthDate
    (0x0010_1000, "mrn", Split::Each),          // OtherPatientIDs
    (0x0010_1001, "patient name", Split::Name), // OtherPatientNames
    (0x0010_1010, "patient age", Split::Whole), // PatientAge
    (0x0010_1040, "address", Split::Whole),     // PatientAddress
    (0x0010_1060, "patient name", Split::Name), // PatientMotherBirthName
    (0x0010_1090, "mrn", Split::Each),          // MedicalRecordLocator
    (0x0010_2154, "phone", Split::Each),        // PatientTelephoneNumbers
    (0x0010_2297, "patient name", Split::Name), // ResponsiblePerson
    (0x0018_1000, "device id", Split::Whole),   // DeviceSerialNumber
];

/// Whether `text` is a rendered DICOM header: its first non-blank line is
/// an unindented element line, `(gggg,eeee) Keyword:` (hexadecimal tag, a
/// keyword of letters and digits). Cheap, so it can run on every text.
pub fn is_dicom_header(text: &[u8]) -> bool {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let window = &text[..text.len().min(SNIFF_WINDOW)];
    let Some(start) = window.iter().position(|b| !b.is_ascii_whitespace()) else {
        return false;
    };
    let line = &window[start..];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    start_of_line(&text[..start]) && element(line).is_some_and(|(_, value)| value > 0)
}

/// Whether `before` (the text before a line's first non-blank byte) ends
/// at a line start, so that line is not indented.
fn start_of_line(before: &[u8]) -> bool {
    matches!(before.last(), None | Some(b'\n' | b'\r'))
}

/// Appends to `out` the patient's values in a rendered DICOM header (see
/// [`super::FIELDS`]): names, record numbers, birth date, age, address,
/// telephone numbers and the device serial number, from top-level elements
/// and sequence items alike. Lines that are not element lines are passed
/// over; never panics, linear time.
pub fn fields(text: &[u8], out: &mut Vec<Cell>) {
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end =
            memchr::memchr(b'\n', &text[line_start..]).map_or(text.len(), |i| line_start + i);
        let mut line = &text[line_start..line_end];
        if let Some(l) = line.strip_suffix(b"\r") {
            line = l;
        }
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        if let Some((tag, value)) = element(&line[indent..]) {
            patient_values(tag, line, indent + value, line_start, out);
        }
        line_start = line_end + 1;
    }
}

/// Appends to `out` the patient's values in one element line `line` (at
/// `line_start` in the text) of tag `tag`, whose value starts at `value`:
/// nothing unless the tag is one of the patient's. The DICOM reader calls
/// this as it writes each line, and hands the values over with the text.
pub fn patient_values(tag: u32, line: &[u8], value: usize, line_start: usize, out: &mut Vec<Cell>) {
    if let Ok(i) = PATIENT_TAGS.binary_search_by_key(&tag, |t| t.0) {
        let (_, field, split) = PATIENT_TAGS[i];
        let column = super::column(field);
        values(line, value, split, &mut |s, e| {
            out.push(Cell {
                start: line_start + s,
                end: line_start + e,
                column,
            });
        });
    }
}

/// Parses an unindented element line: its tag, and where its value starts
/// (after `: `; the line's end for a line without a value).
fn element(line: &[u8]) -> Option<(u32, usize)> {
    let hex = |b: &[u8]| -> Option<u32> {
        if b.len() == 4 && b.iter().all(u8::is_ascii_hexdigit) {
            u32::from_str_radix(std::str::from_utf8(b).ok()?, 16).ok()
        } else {
            None
        }
    };
    if line.len() < 14 || line[0] != b'(' || line[5] != b',' || line[10..12] != *b") " {
        return None;
    }
    let tag = hex(&line[1..5])? << 16 | hex(&line[6..10])?;
    let rest = &line[12..];
    let keyword = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if keyword == 0 || !rest[0].is_ascii_uppercase() || rest.get(keyword) != Some(&b':') {
        return None;
    }
    let colon = 12 + keyword;
    let value = match line.get(colon + 1) {
        Some(b' ') => colon + 2,
        _ => colon + 1,
    };
    Some((tag, value))
}

/// Calls `push` with the span (into `line`) of each field of the value
/// starting at `value`, trimmed of spaces, empty ones left out.
fn values(line: &[u8], value: usize, split: Split, push: &mut dyn FnMut(usize, usize)) {
    let mut emit = |s: usize, e: usize| {
        let (s, e) = trim(line, s, e);
        if e > s && !super::is_placeholder(&line[s..e]) {
            push(s, e);
        }
    };
    if split == Split::Whole {
        emit(value, line.len());
        return;
    }
    let mut s = value;
    while s <= line.len() {
        let e = memchr::memchr(b'\\', &line[s..]).map_or(line.len(), |i| s + i);
        if split == Split::Name {
            // The first component group that holds a name, without empty
            // trailing components.
            let mut gs = s;
            while gs <= e {
                let group_end = memchr::memchr(b'=', &line[gs..e]).map_or(e, |i| gs + i);
                let (ts, mut te) = trim(line, gs, group_end);
                while te > ts && line[te - 1] == b'^' {
                    te -= 1;
                }
                if line[ts..te].iter().any(|&b| b != b'^' && b != b' ') {
                    emit(ts, te);
                    break;
                }
                gs = group_end + 1;
            }
        } else {
            emit(s, e);
        }
        s = e + 1;
    }
}

/// `s..e` without surrounding spaces and tabs.
fn trim(line: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(line[s], b' ' | b'\t') {
        s += 1;
    }
    while e > s && matches!(line[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::structured::{named, pairs, ClinicalFormat};

    const HEADER: &str = "\
(0002,0010) TransferSyntaxUID: 1.2.840.10008.1.2.1
(0008,0005) SpecificCharacterSet: ISO_IR 100
(0008,0020) StudyDate: 20240105
(0008,0080) InstitutionName: Dayton General Hospital
(0008,0090) ReferringPhysicianName: HOUSE^GREGORY
(0010,0010) PatientName: DOE^JANE^Q
(0010,0020) PatientID: MR4471902
(0010,0030) PatientBirthDate: 19430517
(0010,0040) PatientSex: F
(0010,1000) OtherPatientIDs: A123456\\B654321
(0010,1001) OtherPatientNames: ROE^JANE^^\\ SMITH^J=スミス^ジェーン
(0010,1002) OtherPatientIDsSequence:
  (0010,0020) PatientID: XR-99812
  (0010,0021) IssuerOfPatientID: STATE
(0010,1010) PatientAge: 093Y
(0010,1040) PatientAddress: 1234 Oak Street, Dayton, OH 45402
(0010,1060) PatientMotherBirthName: MÜLLER^ANNA
(0010,1090) MedicalRecordLocator: CHART 55-1234
(0010,2154) PatientTelephoneNumbers: (614) 555-2368\\614.555.0199
(0010,2297) ResponsiblePerson: DOE^JOHN
(0018,1000) DeviceSerialNumber: SN4471-22A
(0020,4000) ImageComments: (0010,0020) is not at a line start here
";

    #[test]
    fn names_patient_values_by_tag_with_exact_spans() {
        assert!(is_dicom_header(HEADER.as_bytes()));
        let got = named(ClinicalFormat::Dicom, HEADER.as_bytes());
        let want = pairs(&[
            ("DOE^JANE^Q", "patient name"),
            ("MR4471902", "mrn"),
            ("19430517", "birthdate"),
            ("A123456", "mrn"),
            ("B654321", "mrn"),
            ("ROE^JANE", "patient name"),
            ("SMITH^J", "patient name"),
            ("XR-99812", "mrn"),
            ("093Y", "patient age"),
            ("1234 Oak Street, Dayton, OH 45402", "address"),
            ("MÜLLER^ANNA", "patient name"),
            ("CHART 55-1234", "mrn"),
            ("(614) 555-2368", "phone"),
            ("614.555.0199", "phone"),
            ("DOE^JOHN", "patient name"),
            ("SN4471-22A", "device id"),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn accession_number_other_names_groups_and_placeholders() {
        let text = "\
(0008,0050) AccessionNumber: A24-118832
(0010,0010) PatientName: =山田^太郎=やまだ^たろう
(0010,0020) PatientID: 00000000
(0010,0030) PatientBirthDate: 00000000
(0010,1000) OtherPatientIDs: UNKNOWN\\H-5521
(0010,1001) OtherPatientNames: Anonymized\\CompressedSamples^CT1
(0010,2297) ResponsiblePerson: UNKNOWN^UNKNOWN
(0020,0010) StudyID: 1
";
        assert_eq!(
            named(ClinicalFormat::Dicom, text.as_bytes()),
            pairs(&[
                ("A24-118832", "other id"),
                ("山田^太郎", "patient name"),
                ("H-5521", "mrn"),
                ("Anonymized", "patient name"),
                ("CompressedSamples^CT1", "patient name"),
            ])
        );
    }

    #[test]
    fn physicians_and_institutions_are_not_patient_fields() {
        let got = named(ClinicalFormat::Dicom, HEADER.as_bytes());
        for (v, _) in &got {
            assert!(!v.contains("HOUSE"), "{v}");
            assert!(!v.contains("Hospital"), "{v}");
            assert!(!v.contains("STATE"), "{v}");
        }
    }

    #[test]
    fn sniff_wants_an_unindented_element_line_first() {
        assert!(is_dicom_header(
            b"\n\n(0008,0005) SpecificCharacterSet: ISO_IR 192\n"
        ));
        assert!(is_dicom_header(b"(0010,1002) OtherPatientIDsSequence:\n"));
        assert!(is_dicom_header(b"\xEF\xBB\xBF(0010,0010) PatientName: A^B"));
        for no in [
            &b""[..],
            b"   ",
            b"  (0010,0010) PatientName: DOE^JANE",
            b"(0010,0010) patientName: DOE^JANE",
            b"(0010,0010) PatientName DOE^JANE",
            b"(001G,0010) PatientName: DOE^JANE",
            b"(0010,0010)PatientName: DOE^JANE",
            b"Patient (0010,0010) PatientName: DOE",
            b"(0010,0010) : DOE",
            b"(0010,0010",
            b"{\"resourceType\": \"Patient\"}",
        ] {
            assert!(!is_dicom_header(no), "{:?}", String::from_utf8_lossy(no));
        }
    }

    #[test]
    fn empty_values_and_odd_lines_give_nothing_and_never_panic() {
        let text = "(0010,0010) PatientName: \n(0010,0020) PatientID:\n(0010,1001) OtherPatientNames: \\\\=\n(0010,2154) PatientTelephoneNumbers: \\ \\\r\n(0010\n(\n";
        assert!(named(ClinicalFormat::Dicom, text.as_bytes()).is_empty());
        // Every prefix and CRLF line ends.
        let crlf = HEADER.replace('\n', "\r\n");
        for t in [HEADER, crlf.as_str()] {
            for n in 0..=t.len() {
                let mut out = Vec::new();
                fields(&t.as_bytes()[..n], &mut out);
                for f in &out {
                    assert!(f.start < f.end && f.end <= n);
                }
            }
        }
        assert_eq!(
            named(ClinicalFormat::Dicom, crlf.as_bytes()),
            named(ClinicalFormat::Dicom, HEADER.as_bytes())
        );
    }
}
