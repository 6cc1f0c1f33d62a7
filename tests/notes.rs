//! Integration tests for clinical notes as clinicians write them (issue 15,
//! class 0): a progress note, a discharge summary and a referral letter in
//! `tests/fixtures/notes/`, with tabs, all-caps headers, `LAST,FIRST`,
//! courtesy titles, two-digit years, partial dates and labelled insurance
//! numbers. The real binary scans each one alone; the patient's values must
//! be reported at the default threshold, by kind and value (`--show-values`
//! is used only so the tests can say which value), and ordinary texts that
//! share the shapes (a changelog, a mailing-list reply, code) must not
//! rise to `medium`.

use crate::common;

use std::path::Path;

use crate::common::{rank, s, Run};

/// Scans `text` written to `name` in a temporary directory, as JSON lines
/// with raw values, at `min` confidence and above.
fn scan_text(name: &str, text: &str, min: &str) -> Run {
    common::scan_one(name, text, min)
}

/// A fixture of `tests/fixtures/notes/`, scanned at the default threshold.
fn scan_note(name: &str) -> Vec<(String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/notes")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let r = scan_text(name, &text, "medium");
    r.assert_code(1);
    triples(&r)
}

/// (kind, value, confidence) of every finding.
fn triples(r: &Run) -> Vec<(String, String, String)> {
    r.kind_value_confidence("")
}

/// Asserts that `kind` `value` was reported at `min` or above.
#[track_caller]
fn has(found: &[(String, String, String)], kind: &str, value: &str, min: &str) {
    assert!(
        found
            .iter()
            .any(|(k, v, c)| k == kind && v == value && rank(c) >= rank(min)),
        "{kind} {value:?} at {min}+ not found in {found:#?}"
    );
}

#[test]
fn progress_note_names_dates_and_numbers() {
    let f = scan_note("progress-note.txt");
    // `LAST,FIRST` after an all-caps label, whatever the census lists say.
    has(&f, "name", "NWOSU,ADAEZE", "high");
    // Surnames after courtesy titles in a clinical note: patient and relative.
    has(&f, "name", "Nwosu", "medium");
    has(&f, "name", "Okafor", "medium");
    // "MR:" and a tab.
    has(&f, "mrn", "4417829", "high");
    // A two-digit year after a birth label.
    has(&f, "dob", "03/14/61", "high");
    // Service date, and partial dates in the note's text.
    has(&f, "date", "11/03/2019", "medium");
    has(&f, "date", "3/14", "medium");
    has(&f, "date", "Nov 2019", "medium");
    // Pager and beeper numbers in a note with a record number.
    has(&f, "phone", "617-726-3812", "medium");
    has(&f, "phone", "(617) 732-4410", "medium");
    // An age of 89 or less is not an identifier.
    assert!(!f.iter().any(|(k, _, _)| k == "age"), "{f:#?}");
}

#[test]
fn discharge_summary_non_census_names_and_labelled_ids() {
    let f = scan_note("discharge-summary.txt");
    has(&f, "name", "Nováková, Jana", "high");
    has(&f, "name", "Nováková", "medium");
    has(&f, "mrn", "00927714", "high");
    has(&f, "date", "November 3, 2019", "medium");
    has(&f, "date", "11/9/19", "medium");
    has(&f, "date", "November 3", "medium");
    has(&f, "date", "11/7", "medium");
    has(&f, "age", "93-year-old", "medium");
    // The unit line belongs to the address value.
    has(&f, "address", "14 Lindell Avenue, Apt. 4B", "high");
    has(&f, "health_plan_id", "XJH449201776", "high");
    has(&f, "health_plan_id", "00418822", "high");
    // Providers are not looked for after "Dr.".
    assert!(
        !f.iter().any(|(k, v, _)| k == "name" && v.contains("Tran")),
        "{f:#?}"
    );
}

#[test]
fn referral_letter_re_line_and_relatives() {
    let f = scan_note("referral-letter.txt");
    // "Re:" with a date of birth right after it.
    has(&f, "name", "Chidi A. Okafor", "high");
    has(&f, "dob", "07/22/1958", "high");
    has(&f, "mrn", "55120934", "high");
    has(&f, "name", "Ngozi Okafor", "medium");
    // Every date of a clinical letter relates to the patient.
    has(&f, "date", "Oct 14, 2019", "medium");
    has(&f, "date", "10/15/19", "medium");
    has(&f, "address", "88 Elm Street, APARTMENT 12", "high");
    // The practice's letterhead is not the patient's address.
    assert!(
        !f.iter()
            .any(|(k, v, _)| k == "address" && v.contains("Main Street")),
        "{f:#?}"
    );
}

#[test]
fn labels_read_names_in_any_script() {
    let text = "PATIENT: Nguyễn Văn Đặng\tDOB: 02/11/1949\nAssessment: chronic kidney disease.\n";
    let r = scan_text("note.txt", text, "medium");
    has(&triples(&r), "name", "Nguyễn Văn Đặng", "high");
    let text = "Pt Name: DVOŘÁK, LUBOŠ\nMRN: 00482913\n";
    let r = scan_text("note.txt", text, "medium");
    has(&triples(&r), "name", "DVOŘÁK, LUBOŠ", "high");
    // The name ends at the next label on its line.
    let text = "PATIENT NAME:\n  JESSIAH PATE DOB: 5/9/98\n";
    let r = scan_text("note.txt", text, "medium");
    has(&triples(&r), "name", "JESSIAH PATE", "high");
}

#[test]
fn shapes_outside_clinical_text_stay_low() {
    for text in [
        // A mailing-list reply, a changelog, code and package metadata.
        "Re: Fix Build Failure On Arm\n\nOn 3/14 Mr. Smith wrote: the patch works.\n",
        "2019-03-04  Release 1.2 (March 2019)\n  * Special treatment of symlinks.\n  * Thanks to Ms. Okafor.\n",
        "struct Visit { patient: Option<Patient>, name: String }\nlet x = Name: Into<String>;\n",
        "Name: GLib\nDescription: C utility library\nVersion: 2.80.0\nDate: Nov 2023\n",
        "Group: 0841127 owns the build servers; ID Number: 55120934 is the order.\n",
    ] {
        let r = scan_text("notes.txt", text, "medium");
        assert!(r.findings().is_empty(), "{text:?}: {:#?}", triples(&r));
    }
}

#[test]
fn courtesy_titles_without_clinical_words_are_low() {
    let r = scan_text(
        "letter.txt",
        "Dear Mrs. Nwosu,\nThank you for your order.\n",
        "low",
    );
    has(&triples(&r), "name", "Nwosu", "low");
    assert!(
        r.findings().iter().all(|f| s(&f["confidence"]) == "low"),
        "{:#?}",
        triples(&r)
    );
    // Capitals need their dot: "MS" is multiple sclerosis or Microsoft.
    let r = scan_text(
        "note.txt",
        "Dx: MS Flare, chronic fatigue, depression.\n",
        "low",
    );
    assert!(
        !r.findings().iter().any(|f| s(&f["kind"]) == "name"),
        "{:#?}",
        triples(&r)
    );
}

/// Dates as a clinic note carries them: a record date in a year far from
/// now, month and day or month and two-digit year after a preposition,
/// `M-D-YY`, a month alone after "since", and dictation footers. Scores
/// (`2/6` murmur, `5/5` strength, `4/4` extremities, `1/2` tablet) stay
/// out.
#[test]
fn clinic_note_dates_in_every_shape() {
    let f = scan_note("clinic-visit.txt");
    has(&f, "date", "2081-06-14", "medium");
    has(&f, "date", "November", "medium");
    has(&f, "date", "9/14", "medium");
    has(&f, "date", "3/79", "medium");
    has(&f, "date", "4-12-80", "medium");
    has(&f, "date", "06/18/81", "medium");
    has(&f, "date", "6/80", "medium");
    for score in ["2/6", "5/5", "4/4", "1/2", "148/86"] {
        assert!(!f.iter().any(|(_, v, _)| v == score), "{score}: {f:#?}");
    }
}

/// Names a clinic note carries besides its header: the signature with a
/// credential, the transcriptionist's initials line, and the patient's
/// first name or surname alone once the header named them.
#[test]
fn clinic_note_signatures_transcriptionists_and_repeats() {
    let f = scan_note("clinic-visit.txt");
    has(&f, "name", "Whitcombe, Rosalind", "high");
    has(&f, "name", "Dalibor K. Ferrante", "medium");
    has(&f, "name", "whitlock", "medium");
    has(&f, "name", "Rosalind", "medium");
    has(&f, "name", "Whitcombe", "medium");
}

/// An emergency visit in capitals: `LAST,FIRST` in the header, dictation
/// lines, a `cc:` with a credential, two transcriptionists and a pager.
#[test]
fn emergency_visit_header_signature_and_pager() {
    let f = scan_note("ed-visit.txt");
    has(&f, "name", "ABERNATHY,LUCINDA", "medium");
    // The unit number beside the name, in four digit groups, no label.
    has(&f, "mrn", "418-22-90-3", "medium");
    has(&f, "date", "02/11/84", "medium");
    has(&f, "date", "5/82", "medium");
    has(&f, "date", "02/12/84", "medium");
    has(&f, "name", "Imogen Salcedo", "medium");
    has(&f, "name", "EZEKIEL MARCHETTI", "medium");
    has(&f, "name", "gallardo", "medium");
    // The second transcriptionist is in no census list: the line is one
    // because the first is.
    has(&f, "name", "pzwick", "medium");
    // A surname that is also a common word, before a credential.
    has(&f, "name", "Octavia Brown", "medium");
    has(&f, "phone", "55120", "medium");
}

/// The same shapes outside a clinical note: sign-offs with degrees,
/// `ABC:word` lines, a pager setting, a month after "since" and
/// month/year after "in" in software text stay below `medium`.
#[test]
fn note_shapes_outside_clinical_text_stay_low() {
    for text in [
        "Reviewed-by: Anna K. Berg, PhD\nTested-by: Tom Lane, MD\n\nFix crash since November.\n",
        "API:get returns the list\nNOTE:see below\nSet the pager 5512 option.\n",
        "Release 2.1 shipped in 3/24; the bug was fixed on 4-12-80 builds since March.\n",
        "Minutes: Plan: ship in 3/24. Rosalind Whitcombe, MD, chaired; Whitcombe thanked all.\n",
    ] {
        let r = scan_text("notes.txt", text, "medium");
        assert!(r.findings().is_empty(), "{text:?}: {:#?}", triples(&r));
    }
}
