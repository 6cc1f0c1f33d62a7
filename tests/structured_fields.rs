//! Issue 15, structured fields: the real `phiscan` binary reports what a
//! structure says is the patient's, whatever the dictionaries say: whole
//! names (FHIR HumanName, CDA given + family, HL7 XPN, DICOM PN), city and
//! county of the patient's address as `address`, identifiers of every type
//! (`other_id` for passports, system-only ids and DICOM accession
//! numbers), and DICOM data sets written without the preamble and `DICM`.
//! Placeholders in structured fields (`000-00-0000`, `UNKNOWN`) stay below
//! the default threshold. Raw values are compared only with
//! `--show-values`, and the default output is checked to hold none.

use std::path::Path;

use dicom_core::{DataElement, VR};
use dicom_dictionary_std::{tags, uids};
use dicom_object::{FileMetaTableBuilder, InMemDicomObject};
use serde_json::Value;

use crate::common::{s, scan_jsonl, write, Run};

/// Scans `dir` as JSON lines with raw values.
fn scan_values(dir: &Path) -> Run {
    let r = scan_jsonl(dir, &["--show-values", "."]);
    r.assert_code(1);
    r
}

/// (kind, value, confidence) of every finding in `file`.
fn found_in(r: &Run, file: &str) -> Vec<(String, String, String)> {
    r.kind_value_confidence(file)
}

/// Whether `file` has a finding of `kind` whose value is `value`, at
/// `medium` or above.
#[track_caller]
fn has(r: &Run, file: &str, kind: &str, value: &str) {
    let got = found_in(r, file);
    assert!(
        got.iter().any(|(k, v, _)| k == kind && v == value),
        "{file}: no {kind} {value:?} in {got:?}\n{}",
        r.dump()
    );
}

/// No finding in `file` whose value contains `needle`.
#[track_caller]
fn hasnt(r: &Run, file: &str, needle: &str) {
    let got = found_in(r, file);
    assert!(
        got.iter().all(|(_, v, _)| !v.contains(needle)),
        "{file}: {needle:?} reported: {got:?}"
    );
}

const FHIR: &str = r#"{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Patient","id":"p1",
  "identifier":[
    {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"PPN"}]},"value":"X1974835X"},
    {"system":"http://hospital.example.org/mrn","value":"MR4471902"},
    {"system":"urn:oid:1.2.36.146.595.217.0.1","value":"12345-88"},
    {"type":{"coding":[{"code":"DL"}]},"value":"S99912345"},
    {"type":{"coding":[{"code":"SS"}]},"value":"000-00-0000"}],
  "name":[
    {"use":"official","family":"Simpson","given":["Homer","Jay"]},
    {"use":"maiden","given":["Marjorie"],"family":"Bouvier"},
    {"use":"nickname","text":"Homie"}],
  "birthDate":"1956-05-12",
  "address":[{"line":["742 Evergreen Terrace"],"city":"Springfield","district":"Sangamon","state":"IL","postalCode":"62704"}],
  "contact":[{"name":{"given":["Abraham"],"family":"Simpson"}}]}},
 {"resource":{"resourceType":"Organization","name":"Springfield General",
  "address":[{"line":["1 Hospital Way"],"city":"Shelbyville","postalCode":"62565"}]}}]}
"#;

#[test]
fn fhir_whole_names_every_identifier_city_and_county() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "bundle.json", FHIR);
    let r = scan_values(dir.path());
    let f = "bundle.json";
    // One finding per HumanName, covering given and family.
    has(&r, f, "name", "Simpson\",\"given\":[\"Homer\",\"Jay");
    has(&r, f, "name", "Marjorie\"],\"family\":\"Bouvier");
    has(&r, f, "name", "Abraham\"],\"family\":\"Simpson");
    has(&r, f, "other_id", "X1974835X");
    has(&r, f, "mrn", "MR4471902");
    has(&r, f, "other_id", "12345-88");
    has(&r, f, "license", "S99912345");
    has(&r, f, "address", "Springfield");
    has(&r, f, "address", "Sangamon");
    // The organisation's city is not the patient's; the placeholder SSN
    // is not vouched for by its field.
    hasnt(&r, f, "Shelbyville");
    hasnt(&r, f, "000-00-0000");
}

#[test]
fn fhir_name_that_no_census_list_holds_is_a_name() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "p.json",
        r#"{"resourceType":"Patient","name":[{"text":"Nguyễn Thị Mai"},{"family":"Blinky"}],"birthDate":"1990-01-01"}"#,
    );
    let r = scan_values(dir.path());
    has(&r, "p.json", "name", "Nguyễn Thị Mai");
    has(&r, "p.json", "name", "Blinky");
}

const CDA: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5" extension="MRN12345"/>
      <addr use="HP">
        <streetAddressLine>1357 Amber Drive</streetAddressLine>
        <city>Beaverton</city>
        <county>Washington</county>
        <state>OR</state>
        <postalCode>97006</postalCode>
      </addr>
      <patient>
        <name use="L"><given>Isabella</given><given>Isa</given><family>Jones</family></name>
        <birthTime value="19750501"/>
        <guardian>
          <guardianPerson><name><given>Ralph</given><family>Jones</family></name></guardianPerson>
        </guardian>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <assignedAuthor>
      <addr><streetAddressLine>1002 Healthcare Drive</streetAddressLine><city>Portland</city><county>Multnomah</county></addr>
      <telecom use="WP" value="tel:+1(555)555-1002"/>
      <assignedPerson><name><given>Henry</given><family>Seven</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <name>Community Health and Hospitals</name>
    <addr><city>Salem</city></addr>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <participant typeCode="IND">
    <associatedEntity classCode="NOK">
      <addr><city>Hillsboro</city></addr>
      <associatedPerson><name><given>Frank</given><family>Jones</family></name></associatedPerson>
    </associatedEntity>
  </participant>
</ClinicalDocument>
"#;

#[test]
fn cda_whole_names_guardian_participant_city_and_county_not_the_organisations() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ccd.xml", CDA);
    let r = scan_values(dir.path());
    let f = "ccd.xml";
    has(
        &r,
        f,
        "name",
        "Isabella</given><given>Isa</given><family>Jones",
    );
    has(&r, f, "name", "Ralph</given><family>Jones");
    has(&r, f, "name", "Frank</given><family>Jones");
    has(&r, f, "address", "Beaverton");
    has(&r, f, "address", "Washington");
    has(&r, f, "address", "Hillsboro");
    for org in ["Portland", "Multnomah", "Salem", "Seven"] {
        hasnt(&r, f, org);
    }
    // The author's street line and phone are not named by the structure
    // (the plain-text scan may still see them beside the record, which is
    // the record rule's business, not the structure's): never `high`.
    assert!(
        found_in(&r, f)
            .iter()
            .all(|(_, v, c)| c != "high" || !(v.contains("1002") || v.contains("555-1002"))),
        "{}",
        r.dump()
    );
    // One name per person: the given names are in the name's finding, not
    // findings of their own.
    assert!(found_in(&r, f)
        .iter()
        .all(|(k, v, _)| k != "name" || v.contains("</given>")));
}

#[test]
fn hl7_whole_name_city_county_and_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let msg = "MSH|^~\\&|ADT1|HOSP|||20240307||ADT^A04|MSG1|P|2.5.1\r\
PID|1||4471902^^^HOSP^MR~000-00-0000^^^SSA^SS||OKAFOR^CHIDI^ADAEZE^JR^^^L|JONES^MARY|19430517|M|||1234 Oak Street^^Dayton^OH^45402^USA^H^^Montgomery||(937) 555-2211|||||||000-00-0000\r\
NK1|1|OKAFOR^ADA|SPO|77 W Elm Ave^^Kettering^OH^45429^^^^Greene\r\
DG1|1||E11.9^Type 2 diabetes^I10\r";
    write(dir.path(), "adt.hl7", msg);
    let r = scan_values(dir.path());
    let f = "adt.hl7";
    has(&r, f, "name", "OKAFOR^CHIDI^ADAEZE^JR");
    // PID-6, the mother's maiden name.
    has(&r, f, "name", "JONES^MARY");
    has(&r, f, "address", "Dayton");
    has(&r, f, "address", "Montgomery");
    has(&r, f, "address", "Kettering");
    has(&r, f, "address", "Greene");
    let high = |kind: &str, value: &str| {
        found_in(&r, f)
            .iter()
            .any(|(k, v, c)| k == kind && v == value && c == "high")
    };
    assert!(high("address", "Dayton"), "{}", r.dump());
    // All-zero SSNs in PID-3 (typed SS) and PID-19: not reported.
    hasnt(&r, f, "000-00-0000");
}

#[test]
fn placeholders_in_structured_fields_are_at_most_low() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "p.json",
        r#"{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"SS"}]},"value":"000-00-0000"},
          {"type":{"coding":[{"code":"MR"}]},"value":"00000000"}],"name":[{"text":"UNKNOWN"}],
          "address":[{"city":"UNKNOWN"}]}"#,
    );
    write(
        dir.path(),
        "a.hl7",
        "MSH|^~\\&|A|B|||20240101||ADT^A01|1|P|2.5\rPID|1||00000000^^^H^MR||UNKNOWN^UNKNOWN||00000000|U|||^^UNKNOWN||||||||000-00-0000\r",
    );
    let r = scan_jsonl(
        dir.path(),
        &["--show-values", "--min-confidence", "low", "."],
    );
    for f in r.findings() {
        assert_eq!(s(&f["confidence"]), "low", "{f}\n{}", r.dump());
    }
    // And nothing at the default threshold.
    let d = scan_jsonl(dir.path(), &["."]);
    d.assert_code(0);
}

/// The data set of a Part 10 file that dicom-object writes, alone: no
/// preamble, no `DICM`, no meta group (as pydicom writes a data set
/// without file meta, and as ACR-NEMA files and old exports are).
fn bare_dicom(ts: &str, extra: Vec<DataElement<InMemDicomObject>>) -> Vec<u8> {
    let mut obj = InMemDicomObject::from_element_iter([
        DataElement::new(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 192"),
        DataElement::new(tags::SOP_CLASS_UID, VR::UI, uids::CT_IMAGE_STORAGE),
        DataElement::new(tags::SOP_INSTANCE_UID, VR::UI, "2.25.4471902194305170002"),
        DataElement::new(tags::STUDY_DATE, VR::DA, "20240105"),
        DataElement::new(tags::ACCESSION_NUMBER, VR::SH, "A24-118832"),
        DataElement::new(tags::MODALITY, VR::CS, "CT"),
        DataElement::new(tags::REFERRING_PHYSICIAN_NAME, VR::PN, "HOUSE^GREGORY"),
        DataElement::new(tags::PATIENT_NAME, VR::PN, "DOE^JANE^Q"),
        DataElement::new(tags::PATIENT_ID, VR::LO, "MR4471902"),
        DataElement::new(tags::PATIENT_BIRTH_DATE, VR::DA, "19430517"),
        DataElement::new(tags::STUDY_ID, VR::SH, "1"),
    ]);
    for e in extra {
        obj.put(e);
    }
    let file = obj
        .with_meta(FileMetaTableBuilder::new().transfer_syntax(ts))
        .expect("meta group");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOM");
    let group_len = u32::from_le_bytes(out[140..144].try_into().unwrap()) as usize;
    out[144 + group_len..].to_vec()
}

#[test]
fn dicom_data_set_without_preamble_is_read_in_either_little_endian_syntax() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "explicit",
        bare_dicom(uids::EXPLICIT_VR_LITTLE_ENDIAN, Vec::new()),
    );
    write(
        dir.path(),
        "implicit.dcm",
        bare_dicom(uids::IMPLICIT_VR_LITTLE_ENDIAN, Vec::new()),
    );
    let r = scan_values(dir.path());
    for f in ["explicit", "implicit.dcm"] {
        let all: Vec<Value> = r
            .findings()
            .into_iter()
            .filter(|x| s(&x["path"]).ends_with(f))
            .collect();
        assert!(
            all.iter()
                .all(|x| x["inner"] == serde_json::json!(["dicom header"])),
            "{f}: {all:?}"
        );
        has(&r, f, "name", "DOE^JANE^Q");
        has(&r, f, "mrn", "MR4471902");
        has(&r, f, "dob", "19430517");
        has(&r, f, "other_id", "A24-118832");
        hasnt(&r, f, "HOUSE");
    }
    assert!(r.skipped().is_empty(), "{}", r.dump());
    // Without --show-values nothing raw is written.
    let plain = scan_jsonl(dir.path(), &["."]);
    for raw in ["DOE^JANE", "MR4471902", "19430517", "A24-118832"] {
        assert!(!plain.stdout.contains(raw), "{raw}\n{}", plain.dump());
    }
}

#[test]
fn random_binary_and_text_are_not_taken_for_dicom() {
    let dir = tempfile::tempdir().unwrap();
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..200 {
        let len = 16 + (next() % 4096) as usize;
        let mut b: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if i % 2 == 0 {
            // Starts like a group 0008 element.
            b[..4].copy_from_slice(b"\x08\x00\x05\x00");
        }
        write(dir.path(), &format!("blob{i}.bin"), b);
    }
    write(
        dir.path(),
        "notes.txt",
        "\x08\x00\x05\x00 a backspace, then prose\n",
    );
    let r = scan_jsonl(dir.path(), &["."]);
    let dicom: Vec<Value> = r
        .records()
        .into_iter()
        .filter(|x| x["inner"].to_string().contains("dicom header"))
        .collect();
    assert!(dicom.is_empty(), "{dicom:?}");
    // Nothing is skipped as a corrupt DICOM file either.
    assert!(
        r.skipped()
            .iter()
            .all(|x| !s(&x["detail"]).contains("DICOM")),
        "{}",
        r.dump()
    );
}

#[test]
fn dicom_patient_names_no_census_list_holds_are_names() {
    let dir = tempfile::tempdir().unwrap();
    for (file, name) in [
        ("ct", "CompressedSamples^CT1"),
        ("anon", "Anonymized"),
        ("cz", "Dvořák^Bohuslav"),
        ("jp", "Yamada^Tarou=山田^太郎=やまだ^たろう"),
    ] {
        write(
            dir.path(),
            file,
            bare_dicom(
                uids::EXPLICIT_VR_LITTLE_ENDIAN,
                vec![DataElement::new(tags::PATIENT_NAME, VR::PN, name)],
            ),
        );
    }
    let r = scan_values(dir.path());
    has(&r, "ct", "name", "CompressedSamples^CT1");
    // An anonymiser's marker stands where a name was: not a name
    // (README, "Placeholders"), so a de-identified study stays clean.
    hasnt(&r, "anon", "Anonymized");
    has(&r, "cz", "name", "Dvořák^Bohuslav");
    has(&r, "jp", "name", "Yamada^Tarou");
}
