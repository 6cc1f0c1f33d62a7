//! Integration tests for DICOM Part 10 files: files written by a maintained
//! DICOM library (dicom-object), scanned by the real `phiscan` binary as a
//! `.dcm`, without an extension (found by content) and inside a zip. The
//! header's patient elements are reported at `high` from their tags, with
//! the member chain ending in the `dicom header` part, and masked.

use std::io::{Cursor, Write};
use std::path::Path;

use dicom_core::value::PrimitiveValue;
use dicom_core::{DataElement, VR};
use dicom_dictionary_std::{tags, uids};
use dicom_object::{FileMetaTableBuilder, InMemDicomObject};
use serde_json::Value;

use crate::common::{s, scan_jsonl, write, Run};

/// The text part a DICOM file yields (`extract::container::dicom::HEADER_PART`).
const HEADER: &str = "dicom header";

/// Raw values planted in every file; none may appear without
/// `--show-values`.
const NAME: &str = "DOE^JANE^Q";
const MRN: &str = "MR4471902";
const DOB: &str = "19430517";

/// 1 MiB of pseudo-random pixels (xorshift): an image's noise, which does
/// not compress like a run of zeros would (a zip of a blank image trips the
/// zip-bomb ratio check, a real image does not).
fn pixels() -> Vec<u8> {
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A CT image of the patient, with `extra` elements and 1 MiB of pixel
/// data, as dicom-object writes it in `ts`.
fn dicom(ts: &str, extra: Vec<DataElement<InMemDicomObject>>) -> Vec<u8> {
    let mut obj = InMemDicomObject::from_element_iter([
        DataElement::new(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 100"),
        DataElement::new(tags::SOP_CLASS_UID, VR::UI, uids::CT_IMAGE_STORAGE),
        DataElement::new(tags::SOP_INSTANCE_UID, VR::UI, "2.25.4471902194305170001"),
        DataElement::new(tags::STUDY_DATE, VR::DA, "20240105"),
        DataElement::new(tags::MODALITY, VR::CS, "CT"),
        DataElement::new(tags::REFERRING_PHYSICIAN_NAME, VR::PN, "HOUSE^GREGORY"),
        DataElement::new(tags::PATIENT_NAME, VR::PN, NAME),
        DataElement::new(tags::PATIENT_ID, VR::LO, MRN),
        DataElement::new(tags::PATIENT_BIRTH_DATE, VR::DA, DOB),
        DataElement::new(tags::PATIENT_SEX, VR::CS, "F"),
        DataElement::new(tags::STUDY_DESCRIPTION, VR::LO, "CT CHEST WITHOUT CONTRAST"),
        DataElement::new(tags::ROWS, VR::US, PrimitiveValue::from(512_u16)),
        DataElement::new(tags::COLUMNS, VR::US, PrimitiveValue::from(1024_u16)),
        DataElement::new(tags::PIXEL_DATA, VR::OW, PrimitiveValue::from(pixels())),
    ]);
    for e in extra {
        obj.put(e);
    }
    let file = obj
        .with_meta(FileMetaTableBuilder::new().transfer_syntax(ts))
        .expect("meta group");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOM");
    out
}

/// A zip holding `bytes` as `name`.
fn zip_of(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file(name, zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(bytes).unwrap();
    w.finish().unwrap().into_inner()
}

/// `scan.dcm`, the same file as `scan` (no extension) and inside
/// `bundle.zip` as `images/scan.dcm`, under `root/tree`; returns each
/// file's path as reported and its expected member chain.
fn plant(root: &Path, bytes: &[u8]) -> Vec<(&'static str, Vec<&'static str>)> {
    write(root, "tree/scan.dcm", bytes);
    write(root, "tree/scan", bytes);
    write(root, "tree/bundle.zip", zip_of("images/scan.dcm", bytes));
    vec![
        ("tree/scan.dcm", vec![HEADER]),
        ("tree/scan", vec![HEADER]),
        ("tree/bundle.zip", vec!["images/scan.dcm", HEADER]),
    ]
}

/// The one finding of `kind` at `path` with member chain `inner`.
#[track_caller]
fn one<'a>(r: &Run, findings: &'a [Value], path: &str, inner: &[&str], kind: &str) -> &'a Value {
    let hits: Vec<&Value> = findings
        .iter()
        .filter(|f| {
            f["path"] == path && f["kind"] == kind && f["inner"] == serde_json::json!(inner)
        })
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "one {kind} finding at {path} {inner:?}\n{}",
        r.dump()
    );
    hits[0]
}

#[test]
fn dicom_patient_name_id_and_birth_date_are_high_in_a_dcm_a_bare_file_and_a_zip() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = dicom(uids::EXPLICIT_VR_LITTLE_ENDIAN, Vec::new());
    let planted = plant(dir.path(), &bytes);

    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    for raw in [NAME, "DOE^JANE", MRN, DOB] {
        assert!(
            !r.stdout.contains(raw),
            "raw {raw:?} in stdout\n{}",
            r.dump()
        );
        assert!(
            !r.stderr.contains(raw),
            "raw {raw:?} in stderr\n{}",
            r.dump()
        );
    }
    assert!(r.skipped().is_empty(), "nothing skipped\n{}", r.dump());
    let findings = r.findings();
    for (path, inner) in &planted {
        for kind in ["name", "mrn", "dob"] {
            let f = one(&r, &findings, path, inner, kind);
            assert_eq!(s(&f["confidence"]), "high", "{kind} at {path}: {f}");
            assert!(f.get("value").is_none(), "no raw value: {f}");
            let masked = s(&f["masked"]);
            assert!(masked.contains('*'), "masked: {f}");
        }
    }
    // DICOM is a clinical format: a patient's identifiers in it are PHI.
    let files = r.files();
    assert!(files.len() >= planted.len(), "{}", r.dump());
    for f in &files {
        assert_eq!(s(&f["verdict"]), "phi", "{f}");
    }

    // With --show-values the values are exactly the elements' values, at
    // their offsets in the header text.
    let r = scan_jsonl(dir.path(), &["--show-values", "tree"]);
    r.assert_code(1);
    let findings = r.findings();
    for (path, inner) in &planted {
        for (kind, raw) in [("name", NAME), ("mrn", MRN), ("dob", DOB)] {
            let f = one(&r, &findings, path, inner, kind);
            assert_eq!(s(&f["value"]), raw, "{f}");
            let (start, end) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            assert_eq!(end - start, raw.len() as u64, "{f}");
        }
    }
}

#[test]
fn implicit_vr_dicom_is_read_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = dicom(uids::IMPLICIT_VR_LITTLE_ENDIAN, Vec::new());
    write(dir.path(), "tree/implicit.dcm", &bytes);
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    let findings = r.findings();
    for kind in ["name", "mrn", "dob"] {
        let f = one(&r, &findings, "tree/implicit.dcm", &[HEADER], kind);
        assert_eq!(s(&f["confidence"]), "high", "{f}");
    }
}

#[test]
fn a_truncated_dicom_file_reports_its_header_findings_and_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = dicom(uids::EXPLICIT_VR_LITTLE_ENDIAN, Vec::new());
    // Cut inside Columns (0028,0011), after the patient elements.
    let at = bytes
        .windows(6)
        .position(|w| w == b"\x28\x00\x11\x00US")
        .expect("columns");
    write(dir.path(), "tree/cut.dcm", &bytes[..at + 9]);
    let r = scan_jsonl(dir.path(), &["tree"]);
    let findings = r.findings();
    for kind in ["name", "mrn", "dob"] {
        one(&r, &findings, "tree/cut.dcm", &[HEADER], kind);
    }
    let skipped = r.skipped();
    assert_eq!(skipped.len(), 1, "{}", r.dump());
    assert_eq!(s(&skipped[0]["reason"]), "corrupt");
    assert_eq!(skipped[0]["inner"], serde_json::json!([]));
    assert!(!r.stdout.contains(MRN) && !r.stderr.contains(MRN));
}

// NOTE: this test depends on the phone, address and age detectors of issue
// 5, which are being written in parallel: it fails until they claim the
// `phone`, `address` and `patient age` fields. It is not #[ignore]d on
// purpose, so it turns green on its own when they land.
#[test]
fn dicom_patient_phone_address_and_age_are_high_once_their_detectors_land() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = dicom(
        uids::EXPLICIT_VR_LITTLE_ENDIAN,
        vec![
            DataElement::new(tags::PATIENT_TELEPHONE_NUMBERS, VR::SH, "(614) 555-2368"),
            DataElement::new(
                tags::PATIENT_ADDRESS,
                VR::LO,
                "1234 Oak Street, Dayton, OH 45402",
            ),
            DataElement::new(tags::PATIENT_AGE, VR::AS, "093Y"),
        ],
    );
    write(dir.path(), "tree/scan.dcm", &bytes);
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    for raw in ["(614) 555-2368", "555-2368", "1234 Oak Street", "093Y"] {
        assert!(
            !r.stdout.contains(raw),
            "raw {raw:?} in stdout\n{}",
            r.dump()
        );
        assert!(
            !r.stderr.contains(raw),
            "raw {raw:?} in stderr\n{}",
            r.dump()
        );
    }
    let findings = r.findings();
    for kind in ["phone", "address", "age", "name", "mrn", "dob"] {
        let f = one(&r, &findings, "tree/scan.dcm", &[HEADER], kind);
        assert_eq!(s(&f["confidence"]), "high", "{kind}: {f}");
    }
}
