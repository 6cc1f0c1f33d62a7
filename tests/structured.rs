//! Integration tests for the structured readers (FHIR JSON, C-CDA XML and
//! HL7 v2):
//! the real `phiscan` binary scans real-world-shaped fixtures from
//! `tests/fixtures/` (provenance in each folder's README) and must report
//! the patient's own elements at `high`, by kind and line, while
//! clinicians' and organisations' contact details and extension values
//! are never promoted by the structure.
//!
//! Findings are compared as (kind, line, confidence) only; raw values are
//! requested (`--show-values`) in one test, which checks exactly that a
//! CDA `tel:`/`mailto:` scheme is not part of the value.

use crate::common;

use std::path::Path;

use crate::common::{rank, s, scan_jsonl, u, Run};

/// A fixture's text, read from `tests/fixtures/{dir}/{name}`.
fn fixture(dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Scans one fixture, copied alone into a temporary directory (so nothing
/// else in the repository is walked), as JSON lines.
fn scan_fixture(dir: &str, name: &str, extra: &[&str]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    common::write(tmp.path(), name, fixture(dir, name));
    let mut args = extra.to_vec();
    args.push(name);
    let r = scan_jsonl(tmp.path(), &args);
    r.assert_code(1);
    r
}

/// (kind, line, confidence) of every finding: what these tests compare.
fn found(r: &Run) -> Vec<(String, u64, String)> {
    r.findings()
        .iter()
        .map(|f| {
            (
                s(&f["kind"]).to_string(),
                u(&f["line"]),
                s(&f["confidence"]).to_string(),
            )
        })
        .collect()
}

/// 1-based lines of every occurrence of `needle` in `text`.
fn lines_of(text: &str, needle: &str) -> Vec<u64> {
    let lines: Vec<u64> = text
        .match_indices(needle)
        .map(|(at, _)| text[..at].matches('\n').count() as u64 + 1)
        .collect();
    assert!(!lines.is_empty(), "the fixture lacks an expected element");
    lines
}

/// The line of the only occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    let lines = lines_of(text, needle);
    assert_eq!(lines.len(), 1, "an expected element is not unique");
    lines[0]
}

/// Asserts a finding of `kind` on `line` at `min` confidence or above.
#[track_caller]
fn assert_at(found: &[(String, u64, String)], kind: &str, line: u64, min: &str) {
    assert!(
        found
            .iter()
            .any(|(k, l, c)| k == kind && *l == line && rank(c) >= rank(min)),
        "no {kind} at {min} or above on line {line}; found (kind, line, confidence): {found:?}"
    );
}

/// Asserts no finding on `line` reaches `level` (for `low`: no finding).
#[track_caller]
fn assert_below(found: &[(String, u64, String)], line: u64, level: &str) {
    let hit: Vec<_> = found
        .iter()
        .filter(|(_, l, c)| *l == line && rank(c) >= rank(level))
        .collect();
    assert!(
        hit.is_empty(),
        "line {line} must stay below {level}, found {hit:?}"
    );
}

/// The `verdict` of the one `file` record.
fn verdict(r: &Run) -> String {
    let files = r.files();
    assert_eq!(files.len(), 1, "one file record\n{}", r.dump());
    s(&files[0]["verdict"]).to_string()
}

#[test]
fn fhir_spec_patient_example_names_patient_fields() {
    // HL7's general person example (Peter James Chalmers): an MR
    // identifier, DSTU2-style family array, an Australian work phone and
    // address, and a contact (partner) with her own phone and address.
    let text = fixture("fhir", "patient-example.json");
    let r = scan_fixture("fhir", "patient-example.json", &[]);
    let f = found(&r);
    assert_at(&f, "mrn", line_of(&text, "\"value\": \"12345\""), "high");
    assert_at(&f, "name", line_of(&text, "\"Chalmers\""), "high");
    assert_at(&f, "dob", line_of(&text, "\"birthDate\""), "high");
    // The patient's and the contact's street lines.
    let streets = lines_of(&text, "\"534 Erewhon St\"");
    assert_eq!(streets.len(), 2);
    for line in streets {
        assert_at(&f, "address", line, "high");
    }
    // An Australian number is no NANP phone and 3999 no US ZIP: the
    // structure names them, validation keeps them below high.
    assert_below(&f, line_of(&text, "(03) 5555 6473\","), "high");
    for line in lines_of(&text, "\"postalCode\": \"3999\"") {
        assert_below(&f, line, "high");
    }
    // The birth-time extension is not a second birth date.
    assert_below(&f, line_of(&text, "\"valueDateTime\""), "medium");
    // A FHIR resource is a clinical format: its identifiers are PHI.
    assert_eq!(verdict(&r), "phi");
}

#[test]
fn fhir_us_core_patient_example_keeps_extensions_out() {
    // US Core's example patient (Amy V. Shaw): race, ethnicity and birth
    // sex extensions, an MR identifier, phone, email and a US address.
    let text = fixture("fhir", "us-core-patient-example.json");
    let r = scan_fixture("fhir", "us-core-patient-example.json", &[]);
    let f = found(&r);
    assert_at(&f, "mrn", line_of(&text, "\"value\": \"1032702\""), "high");
    assert_at(&f, "name", line_of(&text, "\"family\": \"Shaw\""), "high");
    assert_at(&f, "dob", line_of(&text, "\"birthDate\""), "high");
    assert_at(&f, "address", line_of(&text, "\"49 Meadow St\""), "high");
    assert_at(
        &f,
        "zip",
        line_of(&text, "\"postalCode\": \"74047\""),
        "high",
    );
    assert_at(
        &f,
        "phone",
        line_of(&text, "\"value\": \"555-555-5555\""),
        "medium",
    );
    // example.com is a documentation domain: a sample, never high.
    assert_below(&f, line_of(&text, "\"value\": \"amy.shaw@"), "high");
    // Nothing at all between the extensions' start and the identifiers:
    // race and ethnicity displays are neither names nor anything else.
    let (from, to) = (
        lines_of(&text, "\"extension\": [")[0],
        line_of(&text, "\"identifier\": ["),
    );
    for line in from..to {
        assert_below(&f, line, "medium");
    }
}

#[test]
fn fhir_coverage_example_names_member_id() {
    // HL7's Coverage example: the payer's certificate number identifies
    // the member; the plan holder and beneficiary are references.
    let text = fixture("fhir", "coverage-example.json");
    let r = scan_fixture("fhir", "coverage-example.json", &[]);
    let f = found(&r);
    assert_at(
        &f,
        "health_plan_id",
        line_of(&text, "\"value\": \"12345\""),
        "medium",
    );
    for line in lines_of(&text, "\"reference\": \"") {
        assert_below(&f, line, "medium");
    }
}

#[test]
fn synthea_style_bundle_names_patient_and_contained_coverage() {
    let text = fixture("fhir", "synthea-style-bundle.json");
    let r = scan_fixture("fhir", "synthea-style-bundle.json", &[]);
    let f = found(&r);
    assert_at(
        &f,
        "mrn",
        line_of(&text, "\"value\": \"8830417265\""),
        "high",
    );
    assert_at(&f, "name", line_of(&text, "\"family\": \"Hansen\""), "high");
    assert_at(&f, "dob", line_of(&text, "\"birthDate\""), "high");
    assert_at(
        &f,
        "license",
        line_of(&text, "\"value\": \"S99954321\""),
        "high",
    );
    assert_at(
        &f,
        "phone",
        line_of(&text, "\"value\": \"555-392-4417\""),
        "high",
    );
    assert_at(
        &f,
        "email",
        line_of(&text, "\"value\": \"marguerite."),
        "high",
    );
    assert_at(
        &f,
        "address",
        line_of(&text, "\"1420 Birchwood Avenue\""),
        "high",
    );
    let zips = lines_of(&text, "\"postalCode\": \"01002\"");
    assert_at(&f, "zip", zips[0], "high");
    // The Claim's contained Coverage: the subscriber's member number.
    assert_at(
        &f,
        "health_plan_id",
        line_of(&text, "\"subscriberId\""),
        "high",
    );
    assert_at(&f, "icd10", line_of(&text, "\"code\": \"E11.9\""), "high");
    // Extensions: the mother's maiden name is not the patient's name.
    assert_below(&f, line_of(&text, "\"valueString\": \"Edith"), "medium");
    // The clinic (Organization) and the doctor (Practitioner): their
    // phones, email and addresses are not patient fields.
    for needle in [
        "\"value\": \"5554102200\"",
        "\"value\": \"grace.whitfield@",
        "\"value\": \"555-410-2231\"",
    ] {
        assert_below(&f, line_of(&text, needle), "high");
    }
    for line in lines_of(&text, "\"880 Meadow Street\"") {
        assert_below(&f, line, "high");
    }
    for line in &zips[1..] {
        assert_below(&f, *line, "high");
    }
    assert_eq!(verdict(&r), "phi");
}

#[test]
fn cda_record_target_names_contacts_at_high() {
    let text = fixture("cda", "ccd-r21-contacts.xml");
    let r = scan_fixture("cda", "ccd-r21-contacts.xml", &[]);
    let f = found(&r);
    assert_at(&f, "mrn", line_of(&text, "extension=\"P29016544\""), "high");
    assert_at(&f, "dob", line_of(&text, "<birthTime"), "high");
    assert_at(&f, "icd10", line_of(&text, "code=\"E11.9\""), "high");
    // The patient, the guardian and the next of kin: names, street lines,
    // ZIP codes and phones; the patient's email.
    // Each name is one finding from its first given name to its family
    // (issue 15): it starts on the line of the first `<given>`.
    for given in [
        "<given>Isabella</given>",
        "<given>Ralph</given>",
        "<given>Frank</given>",
    ] {
        assert_at(&f, "name", line_of(&text, given), "high");
    }
    for street in ["1357 Amber Drive", "2468 Willow Lane", "78 Cedar Court"] {
        assert_at(&f, "address", line_of(&text, street), "high");
    }
    for line in lines_of(&text, "<postalCode>97006</postalCode>") {
        assert_at(&f, "zip", line, "high");
    }
    assert_at(&f, "zip", line_of(&text, "<postalCode>97205"), "high");
    for tel in ["tel:555-723-1544", "tel:555-723-1550", "tel:555-723-1560"] {
        assert_at(&f, "phone", line_of(&text, tel), "high");
    }
    assert_at(&f, "email", line_of(&text, "mailto:"), "high");
    // Provider organisation, author, custodian, legal authenticator and
    // performer: their addresses and phones are the clinic's.
    for needle in [
        "Village Avenue",
        "Healthcare Drive",
        "tel:555-555-10",
        "97239",
    ] {
        for line in lines_of(&text, needle) {
            assert_below(&f, line, "high");
        }
    }
    // The birthplace is a city, not an address.
    for line in line_of(&text, "<birthplace>")..=line_of(&text, "</birthplace>") {
        assert_below(&f, line, "medium");
    }
    assert_eq!(verdict(&r), "phi");
}

#[test]
fn cda_telecom_values_exclude_the_scheme() {
    // The one test that asks for raw values: a `tel:` or `mailto:` URL's
    // scheme is CDA's wrapping, not part of the number or address.
    let text = fixture("cda", "ccd-r21-contacts.xml");
    let r = scan_fixture("cda", "ccd-r21-contacts.xml", &["--show-values"]);
    let findings = r.findings();
    let on = |kind: &str, needle: &str| {
        let line = line_of(&text, needle);
        findings
            .iter()
            .find(|f| f["kind"] == kind && u(&f["line"]) == line)
            .unwrap_or_else(|| panic!("no {kind} on line {line}"))
            .clone()
    };
    let phone = on("phone", "tel:555-723-1544");
    assert_eq!(s(&phone["value"]), "555-723-1544");
    let at = text.find("tel:555-723-1544").unwrap() + "tel:".len();
    assert_eq!(u(&phone["start"]) as usize, at);
    assert_eq!(u(&phone["end"]) as usize, at + "555-723-1544".len());
    let email = on("email", "mailto:");
    assert_eq!(s(&email["value"]), "isabella.jones@quillmail.net");
    let mobile = on("phone", "tel:+1(555)555-2004");
    assert!(!s(&mobile["value"]).starts_with("tel:"));
}

#[test]
fn hl7_adt_names_addresses_phones_and_plan_numbers_at_high() {
    // An ADT^A04 in the form interface engines emit (see the fixture's
    // README): every patient field of the issue, at high, by line.
    let r = scan_fixture("hl7", "adt_a04.hl7", &["--show-values"]);
    let values: Vec<(String, String, String)> = r
        .findings()
        .iter()
        .map(|x| {
            (
                s(&x["kind"]).to_string(),
                s(&x["value"]).to_string(),
                s(&x["confidence"]).to_string(),
            )
        })
        .collect();
    for (kind, value) in [
        ("mrn", "4471902"),
        ("ssn", "212091234"),
        ("name", "OKAFOR^CHIDI"),
        ("dob", "19430517"),
        ("address", "1234 Oak Street"),
        ("zip", "45402"),
        ("phone", "614^5552368"),
        ("phone", "937^4417720"),
        ("email", "chidi.okafor@gmail.com"),
        ("phone", "937^5552211"),
        ("account", "4410298821"),
        ("ssn", "212-09-1234"),
        ("license", "OH1234567"),
        ("name", "OKAFOR^ADA^N"),
        ("address", "77 W Elm Ave"),
        ("zip", "45405"),
        ("phone", "614^5558812"),
        ("health_plan_id", "XKW884213907"),
        ("name", "OKAFOR^CHIDI"),
        ("icd10", "I10"),
    ] {
        assert!(
            values
                .iter()
                .any(|(k, v, c)| k == kind && v == value && c == "high"),
            "{kind} {value} at high in {values:?}"
        );
    }
    // The attending's NPI is labelled by nothing the free text sees and
    // PV1-7 is not a patient field; the payer's phone is a business's.
    assert!(
        !values.iter().any(|(_, v, _)| v.contains("1245319599")),
        "{values:?}"
    );
    assert!(
        !values.iter().any(|(_, v, _)| v.contains("5550199")),
        "{values:?}"
    );
    assert_eq!(verdict(&r), "phi");
}
