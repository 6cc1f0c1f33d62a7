//! Integration tests for values whose field or column says what they are
//! (issue 15, DESIGN.md section 3 "Structure outranks dictionaries"),
//! applied to contact details: in a patient table (CSV, a spreadsheet) or
//! a patient structure (HL7 PID-11/13/14, FHIR telecom and address), a
//! phone, fax, postcode, street or city in a form no US validator knows
//! (Czech, Hungarian, Vietnamese numbers and postcodes, a phone with an
//! extension) is still the patient's and reported; empty and placeholder
//! values are not. Free text is not structure: the same shapes outside a
//! named field stay unreported. Also the labelled identifiers of issue 15
//! class 7: ICD-9 codes written without their dot after a diagnosis label,
//! and pager and beeper numbers.
//!
//! The real binary scans files written to a temporary directory; findings
//! are compared as (kind, value, confidence), values requested with
//! `--show-values` so each cell can be named. Every value here is made up.

use crate::common;

use crate::common::Run;

/// Scans one file written to a fresh directory, values shown, every level.
fn scan_file(name: &str, bytes: &[u8]) -> Run {
    common::scan_one(name, bytes, "low")
}

type Found = Vec<(String, String, String)>;

fn found(r: &Run) -> Found {
    r.kind_value_confidence("")
}

/// The confidence `value` was reported at as `kind`, if it was.
fn level(got: &Found, kind: &str, value: &str) -> Option<String> {
    got.iter()
        .find(|(k, v, _)| k == kind && v == value)
        .map(|(_, _, c)| c.clone())
}

/// `value` was reported as `kind` at medium or above.
#[track_caller]
fn assert_reported(got: &Found, kind: &str, value: &str) {
    let l = level(got, kind, value);
    assert!(
        matches!(l.as_deref(), Some("medium" | "high")),
        "{kind} {value} at {l:?}: {got:?}"
    );
}

/// Nothing containing `value` was reported at medium or above.
#[track_caller]
fn assert_not_reported(got: &Found, value: &str) {
    assert!(
        !got.iter().any(|(_, v, c)| v.contains(value) && c != "low"),
        "{value} reported: {got:?}"
    );
}

/// A patient export with contact columns in the forms other countries and
/// exporters write: a Czech and a Hungarian phone, a phone with an
/// extension, a six-digit local number, a fax column, postcodes that are no
/// US ZIP, and an `Occupation` cell with an organisation's word in the row
/// above an address.
const PATIENTS: &str = "PatientID,PatientName,BirthDate,HomePhone,Fax,StreetAddress,City,PostCode,Occupation\n\
P-100234,Kovářová Jitka,03.11.1958,+420 734 118 552,(06 1) 455-2290,Nádražní 1187/14,Olomouc,779 00,University professor\n\
P-100235,Nguyễn Văn Bình,12.04.1971,87 47 98,028 3822 4412,\"45/7 Lê Lợi, Phường 3\",Huế,530000,Teacher\n\
P-100236,Szabó Péter,1980.02.17.,+1-415-448-0172x331,+36 1 266 1190,Kossuth u. 23.,Debrecen,H-4025,Clerk\n\
P-100237,Haddad Samir,07/09/1966,N/A,000-000-0000,UNKNOWN,n/a,00000,Driver\n";

#[test]
fn contact_columns_of_a_patient_table_report_non_us_values() {
    let got = found(&scan_file("patients.csv", PATIENTS.as_bytes()));
    for phone in ["+420 734 118 552", "87 47 98", "+1-415-448-0172x331"] {
        assert_reported(&got, "phone", phone);
    }
    // A `Fax` column holds fax numbers.
    for fax in ["(06 1) 455-2290", "028 3822 4412", "+36 1 266 1190"] {
        assert_reported(&got, "fax", fax);
    }
    // `PostCode`: the column's words, not a US ZIP, say what it holds.
    for zip in ["779 00", "530000", "H-4025"] {
        assert_reported(&got, "zip", zip);
    }
    // "University professor" in the row above is the patient's job, not an
    // organisation's letterhead over the next row's address.
    for address in [
        "Nádražní 1187/14",
        "45/7 Lê Lợi, Phường 3",
        "Kossuth u. 23.",
        "Olomouc",
        "Huế",
    ] {
        assert_reported(&got, "address", address);
    }
    // Placeholders are no one's contact details.
    for placeholder in ["N/A", "000-000-0000", "UNKNOWN", "n/a", "00000"] {
        assert!(
            !got.iter().any(|(_, v, _)| v == placeholder),
            "{placeholder}: {got:?}"
        );
    }
}

#[test]
fn the_same_columns_in_a_staff_list_stay_unreported() {
    // No patient column: a directory's numbers are known to be phones, not
    // known to be anyone's record.
    let csv = "Name,Department,Phone,Fax,PostCode\n\
Kovářová Jitka,Radiology,+420 734 118 552,+420 734 118 553,779 00\n\
Szabó Péter,Billing,06-30-412-7781,06-30-412-7782,H-4025\n";
    let got = found(&scan_file("staff.csv", csv.as_bytes()));
    for value in ["+420 734 118 552", "+420 734 118 553", "779 00", "H-4025"] {
        assert_not_reported(&got, value);
    }
}

#[test]
fn non_us_shapes_in_free_text_stay_unreported() {
    // Free text is not structure: a Czech number and postcode after their
    // labels in a letter are not read as a US phone or ZIP.
    let text = "Dear colleague,\nour new office: Nádražní 1187/14, 779 00 Olomouc.\n\
Phone +420 734 118 552, fax (06 1) 455-2290.\nKind regards\n";
    let got = found(&scan_file("letter.txt", text.as_bytes()));
    for value in ["+420 734 118 552", "(06 1) 455-2290", "779 00", "Olomouc"] {
        assert_not_reported(&got, value);
    }
}

#[test]
fn hl7_pid_address_and_phones_in_non_us_forms() {
    let msg = "MSH|^~\\&|ADT|HOSP|||202301011200||ADT^A01|MSG1|P|2.5\r\
PID|1||448812^^^HOSP^MR||Horváthová^Eszter||19700412|F|||Váci út 112.^^Budapest^^1138^HU||\
+36 1 412 7781^PRN^PH~(06 30) 555 1234^ORN^CP|+36 1 999 0011\r";
    let got = found(&scan_file("adt.hl7", msg.as_bytes()));
    assert_reported(&got, "address", "Váci út 112.");
    assert_reported(&got, "address", "Budapest");
    assert_reported(&got, "zip", "1138");
    for phone in ["+36 1 412 7781", "(06 30) 555 1234", "+36 1 999 0011"] {
        assert_reported(&got, "phone", phone);
    }
}

#[test]
fn fhir_telecom_and_address_in_non_us_forms() {
    let json = r#"{"resourceType":"Patient","id":"p1","identifier":[{"system":"urn:hosp:mrn","value":"CZ77120"}],"name":[{"family":"Dvořák","given":["Tomáš"]}],"birthDate":"1962-05-30","telecom":[{"system":"phone","value":"+420 603 551 209"},{"system":"email","value":"tomas.d@seznam.cz"}],"address":[{"line":["Husova 1187/5"],"city":"Brno","postalCode":"602 00","country":"CZ"}]}"#;
    let got = found(&scan_file("patient.json", json.as_bytes()));
    assert_reported(&got, "phone", "+420 603 551 209");
    assert_reported(&got, "email", "tomas.d@seznam.cz");
    assert_reported(&got, "address", "Husova 1187/5");
    assert_reported(&got, "address", "Brno");
    assert_reported(&got, "zip", "602 00");
}

#[test]
fn icd9_codes_without_their_dot_after_a_diagnosis_label() {
    let note = "Patient: Jane Roe  MRN: 44812\n\
Dx: 4019\n\
Diagnosis code V5861 noted at follow-up.\n\
ICD-9: 25000\n";
    let got = found(&scan_file("claim_note.txt", note.as_bytes()));
    assert_eq!(
        level(&got, "icd9", "4019").as_deref(),
        Some("high"),
        "{got:?}"
    );
    assert_eq!(
        level(&got, "icd9", "V5861").as_deref(),
        Some("high"),
        "{got:?}"
    );
    assert_eq!(
        level(&got, "icd9", "25000").as_deref(),
        Some("high"),
        "{got:?}"
    );
}

#[test]
fn numbers_near_a_diagnosis_word_without_its_label_are_no_codes() {
    let text = "Patient: Jane Roe  MRN: 44812\n\
Diagnosis: 1987, confirmed by biopsy.\n\
The diagnosis was reviewed; invoice total 4019 due.\n\
Dx: 8888 is not a code.\n";
    let got = found(&scan_file("claim_note.txt", text.as_bytes()));
    assert!(!got.iter().any(|(k, _, _)| k == "icd9"), "{got:?}");
}

#[test]
fn pager_and_beeper_numbers_are_phones() {
    let note = "Patient: Jane Roe  MRN: 44812\n\
Pager: 312-448-2291   Beeper (773) 448-2291\n";
    let got = found(&scan_file("note.txt", note.as_bytes()));
    assert_eq!(
        level(&got, "phone", "312-448-2291").as_deref(),
        Some("high"),
        "{got:?}"
    );
    assert_eq!(
        level(&got, "phone", "(773) 448-2291").as_deref(),
        Some("high"),
        "{got:?}"
    );
}

#[test]
fn pager_and_fax_columns_of_a_patient_table() {
    let csv = "MRN,Patient Name,Pager,Fax Number\n\
00482913,Jana Nováková,312-448-2291,614.448.2368\n";
    let got = found(&scan_file("pagers.csv", csv.as_bytes()));
    assert_reported(&got, "phone", "312-448-2291");
    assert_reported(&got, "fax", "614.448.2368");
}

#[test]
fn hl7_guarantor_fields_are_read_and_other_parties_contacts_are_not_raised() {
    // GT1 (the guarantor, here the patient: SELF) names its phones; the
    // provider's address in ROL and the insurer's phone in IN1 are in the
    // same message but no one's record: the structure did not name them.
    let msg = "MSH|^~\\&|ADT|HOSP|||202301011200||ADT^A01|MSG1|P|2.5\r\
PID|1||448812^^^HOSP^MR||Roe^Jane||19650601|F|||123 Main St^^Edina^MN^55416^US||(612)448-1234\r\
ROL|||PCP|2725^McCoy^Leonard|20070510||||||1234 Example Pkwy STE 300^^PITTSBURGH^PA^15226\r\
GT1|1|100000644|Roe^Jane||123 Main St^^Edina^MN^55416^US|(612)448-1234|(763)448-4567|19650601|F||SELF\r\
IN1|1|3004^ACME|1002|ACME SELECT CARE|PO BOX 981107^^EL PASO^TX^79998||(915)872-3862\r";
    let got = found(&scan_file("adt_gt1.hl7", msg.as_bytes()));
    assert_reported(&got, "phone", "(612)448-1234");
    assert_reported(&got, "phone", "(763)448-4567");
    assert_not_reported(&got, "1234 Example Pkwy STE 300");
    assert_not_reported(&got, "(915)872-3862");
}

/// One implicit VR little endian element: tag, 32-bit length, value.
fn implicit(group: u16, element: u16, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&group.to_le_bytes());
    out.extend_from_slice(&element.to_le_bytes());
    out.extend_from_slice(&(value.len() as u32).to_le_bytes());
    out.extend_from_slice(value);
    out
}

/// A Part 10 file whose meta group names implicit VR little endian, with
/// `dataset` after it.
fn implicit_vr_file(dataset: &[u8]) -> Vec<u8> {
    let ts = b"1.2.840.10008.1.2\0";
    let mut meta = Vec::new();
    meta.extend_from_slice(&[0x02, 0x00, 0x10, 0x00, b'U', b'I']);
    meta.extend_from_slice(&(ts.len() as u16).to_le_bytes());
    meta.extend_from_slice(ts);
    let mut out = vec![0u8; 128];
    out.extend_from_slice(b"DICM");
    out.extend_from_slice(&[0x02, 0x00, 0x00, 0x00, b'U', b'L', 4, 0]);
    out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
    out.extend_from_slice(&meta);
    out.extend_from_slice(dataset);
    out
}

#[test]
fn a_dicomdir_in_implicit_vr_names_its_patients() {
    // A CD's DICOMDIR as DCMTK writes it in implicit VR: the directory
    // records sit in a sequence of defined length, which only the tag
    // says is a sequence.
    let mut record = implicit(0x0004, 0x1430, b"PATIENT ");
    record.extend(implicit(0x0010, 0x0010, b"Nov\xe1k^Jan"));
    record.extend(implicit(0x0010, 0x0020, b"77654033"));
    let item = implicit(0xFFFE, 0xE000, &record);
    let dataset = implicit(0x0004, 0x1220, &item);
    let got = found(&scan_file("DICOMDIR", &implicit_vr_file(&dataset)));
    assert_reported(&got, "mrn", "77654033");
    assert!(
        got.iter().any(|(k, _, c)| k == "name" && c == "high"),
        "{got:?}"
    );
}

#[test]
fn a_dicom_patient_id_in_letters_only_is_an_identifier() {
    // pydicom's character-set samples carry PatientIDs such as `SCSGERM`:
    // the tag says it is the patient's identifier, digits or not.
    let mut dataset = implicit(0x0008, 0x0060, b"CT");
    dataset.extend(implicit(0x0010, 0x0010, b"DOE^JANE"));
    dataset.extend(implicit(0x0010, 0x0020, b"SCSTESTX"));
    dataset.extend(implicit(0x0010, 0x0030, b"19430517"));
    let got = found(&scan_file("letters.dcm", &implicit_vr_file(&dataset)));
    assert_reported(&got, "mrn", "SCSTESTX");
}

#[test]
fn a_cda_name_with_a_comment_between_its_parts_is_one_name() {
    let cda = r#"<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget>
    <patientRole>
      <id extension="998991" root="2.16.840.1.113883.19.5.99999.2"/>
      <patient>
        <name use="L">
          <!-- L is "Legal" from HL7 EntityNameUse 2.16.840.1.113883.5.45 -->
          <given>Isabella</given>
          <given>Isa</given>
          <!-- CL is "Call me" from HL7 EntityNamePartQualifier 2.16.840.1.113883.5.43 -->
          <family>Jones</family>
        </name>
        <birthTime value="19750501"/>
      </patient>
    </patientRole>
  </recordTarget>
</ClinicalDocument>
"#;
    let got = found(&scan_file("ccd.xml", cda.as_bytes()));
    assert!(
        got.iter().any(|(k, v, c)| k == "name"
            && v.starts_with("Isabella")
            && v.ends_with("Jones")
            && c == "high"),
        "{got:?}"
    );
}

#[test]
fn clarity_style_address_lines_are_the_patients() {
    // Epic Clarity names its address columns ADD_LINE_1 and ADD_LINE_2.
    let csv = "PAT_ID,PAT_NAME,PAT_MRN_ID,BIRTH_DATE,ADD_LINE_1,ADD_LINE_2,CITY,ZIP,HOME_PHONE\n\
Z48213,\"NOVAKOVA,JANA\",E1029384,1948-02-29,Nádražní 1187/14,Byt 12,Olomouc,779 00,+420 734 118 552\n";
    let got = found(&scan_file("clarity.csv", csv.as_bytes()));
    assert_reported(&got, "address", "Nádražní 1187/14");
    assert_reported(&got, "address", "Byt 12");
    assert_reported(&got, "address", "Olomouc");
    assert_reported(&got, "zip", "779 00");
    assert_reported(&got, "phone", "+420 734 118 552");
}
