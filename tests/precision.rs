//! Integration tests for precision on text written by others (issue 15,
//! classes 6 and 8), driven through the real `phiscan` binary:
//!
//! - a report's context shows labels and common words only, so a patient
//!   name no census list holds never appears beside a masked SSN;
//! - code-shaped tokens in technical text (`X11`, `HITSP C32`, `ISO C99`),
//!   command-line placeholders after `--policy-id`, reserved e-mail
//!   domains, object identifiers and version numbers, all-zero and
//!   `UNKNOWN` placeholders and longer digit runs are not reported at
//!   `medium`, and never make a file `phi`;
//! - a facility's phone repeated on every page of a record export is not
//!   raised by the record, while the patient's own phone still is.

use crate::common;

use crate::common::{rank, s, scan_in, scan_jsonl, Run};
use serde_json::Value;

/// Scans `files` (name, content), written alone into a temporary
/// directory, as JSON lines at the default threshold (plus `extra`).
fn scan(files: &[(&str, &str)], extra: &[&str]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    for (name, content) in files {
        common::write(tmp.path(), name, content);
    }
    let mut args = extra.to_vec();
    args.push(".");
    scan_jsonl(tmp.path(), &args)
}

/// Findings of one kind at `medium` or above.
fn reported(r: &Run, kind: &str) -> Vec<Value> {
    r.findings()
        .into_iter()
        .filter(|f| s(&f["kind"]) == kind && rank(s(&f["confidence"])) >= rank("medium"))
        .collect()
}

/// The verdict of the `file` record of `path`.
fn verdict(r: &Run, path: &str) -> String {
    r.files()
        .iter()
        .find(|f| s(&f["path"]).ends_with(path))
        .map(|f| s(&f["verdict"]).to_string())
        .unwrap_or_else(|| "clean".into())
}

const NOTE: &str = "Patient: Nwosu Adaeze  SSN: 212-09-1234  DOB: 03/14/1961\n\
                    Zyxwer Qlopam called about MRN: 00482913. Age: 93\n";

#[test]
fn context_never_shows_a_name_no_list_holds() {
    for format in ["jsonl", "human"] {
        let tmp = tempfile::tempdir().unwrap();
        common::write(tmp.path(), "note.txt", NOTE);
        let r = scan_in(tmp.path(), &["--format", format, "note.txt"]);
        r.assert_code(1);
        for raw in [
            "Nwosu", "Adaeze", "Zyxwer", "Qlopam", "wosu", "daeze", "1234-", "00482913", "03/14",
        ] {
            assert!(
                !r.stdout.contains(raw),
                "{format}: {raw} leaked\n{}",
                r.stdout
            );
        }
        // Labels still show, so a reviewer sees what a value was labelled.
        for label in ["Patient:", "SSN:", "DOB:", "MRN:", "Age:"] {
            assert!(
                r.stdout.contains(label),
                "{format}: {label} hidden\n{}",
                r.stdout
            );
        }
        assert!(r.stdout.contains("N**** A*****"), "{}", r.stdout);
    }
}

#[test]
fn an_age_over_89_is_masked_in_value_and_context() {
    let r = scan(&[("note.txt", NOTE)], &[]);
    let ages = reported(&r, "age");
    assert_eq!(ages.len(), 1, "{}", r.dump());
    assert!(!s(&ages[0]["masked"]).contains("93"), "{}", r.dump());
    for f in r.findings() {
        assert!(!s(&f["context"]).contains("93"), "{}", r.dump());
    }
}

#[test]
fn context_masks_non_ascii_names_and_keeps_clinical_words() {
    let r = scan(
        &[(
            "note.txt",
            "Patient: José Müller-Øst  SSN: 212-09-1234  history of bronchitis\n",
        )],
        &[],
    );
    let f = &reported(&r, "ssn")[0];
    let ctx = s(&f["context"]);
    for raw in ["José", "Müller", "Øst", "ller"] {
        assert!(!ctx.contains(raw), "{raw} leaked: {ctx}");
    }
    assert!(ctx.contains("history of bronchitis"), "{ctx}");
}

#[test]
fn code_shaped_product_names_are_not_diagnoses() {
    let csv = "patient_name,ssn,dob,user_agent,notes\n\
               John Smith,212-09-1234,03/14/1961,\"Mozilla/5.0 (X11; Linux x86_64)\",history of chronic cough\n\
               Mary Roe,212-09-4321,04/15/1962,\"Mozilla/5.0 (X11; Ubuntu)\",diagnosis pending; chronic pain\n";
    let xml = "<!-- HITSP C32 template for the chronic care summary: diagnosis, medications -->\n\
               <note>Patient SSN: 212-09-1234</note>\n\
               <tool>ISO C99 compiler; HP X11 terminal; defined in X11; history of acute care</tool>\n";
    let r = scan(&[("visits.csv", csv), ("c32.xml", xml)], &[]);
    assert!(reported(&r, "icd10").is_empty(), "{}", r.dump());
    // Without clinical words, identifiers beside such tokens are pii: the
    // tokens are no health information.
    let csv = "patient_name,ssn,dob,user_agent\n\
               John Smith,212-09-1234,03/14/1961,\"Mozilla/5.0 (X11; Linux x86_64)\"\n\
               Mary Roe,212-09-4321,04/15/1962,\"UPS 1Z A77 tracking\"\n";
    let xml = "<!-- HITSP C32 template -->\n<note>SSN: 212-09-1234</note>\n\
               <tool>ISO C99 compiler; HP X11 terminal</tool>\n";
    let r = scan(&[("visits.csv", csv), ("c32.xml", xml)], &[]);
    assert_eq!(verdict(&r, "visits.csv"), "pii", "{}", r.dump());
    assert_eq!(verdict(&r, "c32.xml"), "pii", "{}", r.dump());
    // A real code in the same kind of text is still found.
    let r = scan(
        &[(
            "note.txt",
            "Patient SSN: 212-09-1234\nHistory of chronic kidney disease, stage 3 N18.30 noted\n\
             Essential hypertension - I10, chronic\n",
        )],
        &[],
    );
    assert_eq!(reported(&r, "icd10").len(), 2, "{}", r.dump());
    assert_eq!(verdict(&r, "note.txt"), "phi");
}

#[test]
fn encoded_binary_and_other_scripts_hold_no_codes() {
    let r = scan(
        &[
            (
                "mail.eml",
                "Diagnosis list attached\nM!#E*)?F)A12%G*V#DX,:*YN+AY>'GY^+D%\nSSN: 212-09-1234\n",
            ),
            (
                "pkg.tsv",
                "name\tdesc\nfoo\t舞萌DX B50数据分析 插件\nSSN: 212-09-1234\n",
            ),
        ],
        &[],
    );
    assert!(reported(&r, "icd10").is_empty(), "{}", r.dump());
}

#[test]
fn a_command_line_placeholder_anchors_no_record() {
    let mut text = String::from(
        "aws iot attach-policy --policy-id 12345678-5678-EXAMPLE --target x\n\
         aws workmail get-member --member-id 12345678-1234-1234-1234-123456789012\n",
    );
    for i in 0..40 {
        text.push_str(&format!(
            "contact user{i}@amazon.com or admin{i}@corp.net\n"
        ));
    }
    let r = scan(&[("aws.txt", &text)], &[]);
    assert!(r.findings().is_empty(), "{}", r.dump());
    r.assert_code(0);
}

#[test]
fn reserved_domains_are_samples() {
    let r = scan(
        &[(
            "d.txt",
            "Patient: John Smith  MRN: 00482913\nemail jane@mail.example.co.uk a@b.tld \
             x@host.invalid y@box.localhost z@foo.test w@example.de real@gmail.com\n",
        )],
        &[],
    );
    let emails = reported(&r, "email");
    assert_eq!(emails.len(), 1, "{}", r.dump());
    assert!(s(&emails[0]["masked"]).ends_with("l.com"), "{}", r.dump());
}

#[test]
fn oids_versions_and_link_ids_are_not_addresses() {
    let r = scan(
        &[(
            "ips.txt",
            "Patient: John Smith  MRN: 00482913\nurn:oid:1.2.3.4  version: 2.6.4.2  \
             \"linkId\": \"1.2.3.4\"  OID 2.16.840.1\nloopback 127.0.0.1\n\
             login from IP 73.162.41.208\n",
        )],
        &[],
    );
    let ips = reported(&r, "ip");
    assert_eq!(ips.len(), 1, "{}", r.dump());
    assert_eq!(common::u(&ips[0]["line"]), 4, "{}", r.dump());
}

#[test]
fn placeholders_and_longer_digit_runs_are_not_ssns() {
    let r = scan(
        &[
            (
                "order.txt",
                "Order number: 212-09-1234-01\nRef 12-212-09-1234\n",
            ),
            (
                "zeros.csv",
                "name,ssn,dob\nJohn Smith,000-00-0000,03/14/1961\n",
            ),
            (
                "adt.hl7",
                "MSH|^~\\&|LAB|RIVERBEND|||20220121094440||ADT^A04^ADT_A01|MSG1|P|2.4\r\
                 PID|1||00482913^^^RB^MR||UNKNOWN^UNKNOWN||19610314|F|||||||||||000-00-0000\r",
            ),
        ],
        &["--min-confidence", "low"],
    );
    assert!(
        r.findings().iter().all(|f| s(&f["kind"]) != "ssn"),
        "{}",
        r.dump()
    );
    let names: Vec<Value> = r
        .findings()
        .into_iter()
        .filter(|f| s(&f["kind"]) == "name" && s(&f["path"]).ends_with("adt.hl7"))
        .collect();
    assert!(names.is_empty(), "{}", r.dump());
}

#[test]
fn a_facility_phone_on_every_page_is_not_the_patients() {
    let mut text = String::new();
    for page in 1..=3 {
        text.push_str(&format!(
            "Riverbend Medical Clinic\n100 Main Street, Columbus, OH 43215\nPhone: 614-555-2368\n\n\
             Patient: John Smith  MRN: 00482913  DOB: 03/14/1961\n\
             Patient home phone: 614-458-4999\nNotes page {page}: stable, chronic cough.\n\n"
        ));
        text.push_str(&" ".repeat(400));
        text.push_str("\nPage footer 614-555-2368\n");
    }
    let r = scan(&[("export.txt", &text)], &["--show-values"]);
    let phones = reported(&r, "phone");
    assert_eq!(phones.len(), 3, "{}", r.dump());
    assert!(
        phones.iter().all(|f| s(&f["value"]) == "614-458-4999"),
        "{}",
        r.dump()
    );
}

#[test]
fn a_translation_map_key_is_no_patient_label() {
    let mut yml = String::from("Components:\n");
    for _ in 0..5 {
        yml.push_str(
            "DeveloperName:\n  nn: John Smith\n  pt: John Smith\n  ru: John Smith\n\
             Email: john@gnome.org\nUrl:\n  homepage: https://gnome.org/apps\n",
        );
    }
    yml.push_str("Description: diagnosis history of chronic disease for the medical app\n");
    let r = scan(&[("Components.yml", &yml)], &[]);
    assert!(
        r.findings()
            .iter()
            .all(|f| s(&f["confidence"]) != "high" && s(&f["kind"]) != "email"),
        "{}",
        r.dump()
    );
    // In a note, `pt:` between clinical keys is still a patient label.
    let r = scan(
        &[(
            "note.txt",
            "  dx: asthma\n  pt: John Smith\n  hx: chronic cough\n",
        )],
        &[],
    );
    let names = reported(&r, "name");
    assert_eq!(names.len(), 1, "{}", r.dump());
    assert_eq!(s(&names[0]["confidence"]), "high", "{}", r.dump());
}
