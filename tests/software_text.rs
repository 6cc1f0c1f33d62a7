//! Integration tests for precision on software-project text (issue 15,
//! class 6: contributor names near dates in changelogs and release notes),
//! driven through the real `phiscan` binary.
//!
//! GNU ChangeLogs, Debian changelogs, release notes, NEWS files and source
//! code credit people by name beside dates, with words that the clinical
//! context rules read as health information ("diagnosis by", "tests", "seen
//! on", "if PT is", "use or encounter", `PATIENT_NAME`). None of those names
//! or dates is reported at `medium`; a clinical note, even one that carries
//! a version string, still is. Nor is `PT` in a list of country codes, or a
//! date after "group :" in the public suffix list.

#[allow(dead_code)]
mod common;

use common::{rank, s, scan_in, Run};
use serde_json::Value;

/// Scans `files` (name, content), written alone into a temporary directory,
/// as JSON lines at the default threshold.
fn scan(files: &[(&str, &str)]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    for (name, content) in files {
        common::write(tmp.path(), name, content);
    }
    scan_in(tmp.path(), &["--format", "jsonl", "."])
}

/// Findings of `path` at `medium` or above, as (kind, masked value).
fn reported(r: &Run, path: &str) -> Vec<(String, String)> {
    r.findings()
        .into_iter()
        .filter(|f: &Value| {
            s(&f["path"]).ends_with(path) && rank(s(&f["confidence"])) >= rank("medium")
        })
        .map(|f| (s(&f["kind"]).to_string(), s(&f["masked"]).to_string()))
        .collect()
}

/// A GNU ChangeLog: entry headers `date  Name  <mail>`, `* file (func):`
/// items, "reported by", "with diagnosis by", "seen on", `pt_BR`.
const CHANGELOG: &str = r#"2020-01-20  Robert Wilson  <rwilson@example.org>

	tests: work around GCC -fprofile-generate bug
	* tests/triple-backref: Add a 10 s timeout to work around
	what appears to be a GCC bug with -fprofile-generate.
	Problem reported by Maria Garcia, with diagnosis by
	James Porter (Bug#21513).

2020-01-02  Linda Brooks  <lbrooks@example.org>

	maint: post-release administrivia
	* NEWS: Add header line for next release.
	* acinclude.m4 (GMP_C_DOUBLE_FORMAT): Tolerate incorrect last data
	byte seen on an arm system.

2019-12-16  Linda Brooks  <lbrooks@example.org>

	* src/man.c (compare_candidates): Fix territory comparison, which
	left pt_BR users seeing pt pages.  Reported by Maria Garcia.
"#;

/// NEWS with contributor credits in parentheses and merge-request links.
const NEWS: &str = r#"3.42.2 - 2022-07-16
-------------------

* Fix a crash when marshaling a hash table fails :mr:`191`
* Fail tests if they use or encounter deprecations (Robert Wilson)
* Do not run tests in two phases any more (Robert Wilson)
* Add a pep8 check to the makefile (James Porter) (:bzbug:`672627`)
"#;

/// Release notes: bullets credited `  [Name Name]`, "if PT is".
const RELEASE_NOTES: &str = r#"Util-linux 2.20 Release Notes
=============================

blkid:
   - fix typo in *_to_cpu() usage in raid detection  [Linda Brooks]
   - remove test for non-zero head count in FAT superblock probe.  [James Porter]
   - try to detect if PT is newer than LVM  [Robert Wilson]
   - use MINIX_BLOCK_SIZE from minix.h  [Maria Garcia]
"#;

/// A Debian changelog: headers with `urgency=`, trailer lines
/// ` -- Name <mail>  date`.
const DEBIAN: &str = r#"tool (1.2-3) unstable; urgency=medium

  * Fix crash seen on arm64 (Closes: #1001234).
  * Patient mode: report progress less often.

 -- Robert Wilson <rwilson@example.org>  Mon, 02 Jan 2023 10:00:00 +0000

tool (1.2-2) unstable; urgency=low

  * New upstream release, admitted to testing 2022-12-20.

 -- Maria Garcia <mgarcia@example.org>  Sun, 01 Jan 2023 10:00:00 +0000
"#;

/// Test code of a DICOM library: `PATIENT_NAME` beside a name literal.
const SOURCE: &str = r#"    #[test]
    fn patient_name_round_trip() {
        let obj = InMemDicomObject::from_element_iter([
            DataElement::new(tags::PATIENT_NAME, VR::PN, "Wilson^Robert"),
            DataElement::new(tags::PATIENT_ID, VR::LO, "12345"),
        ]);
        assert_eq!(obj.element(tags::PATIENT_NAME).unwrap().to_str().unwrap(), "Wilson^Robert");
        let name = PersonName::from("Robert Wilson");
    }
"#;

/// A clinical note that carries a version string and a build number.
const NOTE: &str = r#"PROGRESS NOTE  (EHR export v2.3.1, build 20190304)

Patient Robert Wilson was seen on 2019-03-04 for follow-up of type 2 diabetes
and hypertension. Reported by his wife, Maria Garcia: polyuria and fatigue.
Assessment: diabetes mellitus without complications. Continue metformin.
Follow-up visit scheduled; admitted 2019-04-11 for observation.
"#;

#[test]
fn contributor_names_and_dates_in_changelogs_are_not_reported() {
    let files = [
        ("ChangeLog", CHANGELOG),
        ("NEWS", NEWS),
        ("v2.20-ReleaseNotes", RELEASE_NOTES),
        ("changelog.Debian", DEBIAN),
        ("src/collector.rs", SOURCE),
    ];
    let r = scan(&files);
    for (name, _) in files {
        let found = reported(&r, name);
        assert!(found.is_empty(), "{name}: {found:?}\n{}", r.dump());
    }
    r.assert_code(0);
}

#[test]
fn a_clinical_note_is_still_reported() {
    let r = scan(&[("note.txt", NOTE), ("ChangeLog", CHANGELOG)]);
    let found = reported(&r, "note.txt");
    assert!(
        found.iter().any(|(k, _)| k == "name"),
        "the patient's name: {found:?}\n{}",
        r.dump()
    );
    assert!(
        found.iter().filter(|(k, _)| k == "date").count() >= 2,
        "the visit and admission dates: {found:?}\n{}",
        r.dump()
    );
    assert!(reported(&r, "ChangeLog").is_empty(), "{}", r.dump());
}

#[test]
fn a_clinical_note_beside_a_changelog_in_one_file_is_still_reported() {
    // Evidence is local: a changelog far above does not hide the note.
    let text = format!("{}{}\n{NOTE}", CHANGELOG, "\n".repeat(20_000));
    let r = scan(&[("mixed.txt", &text)]);
    let found: Vec<Value> = r
        .findings()
        .into_iter()
        .filter(|f| rank(s(&f["confidence"])) >= rank("medium"))
        .collect();
    let changelog_lines = CHANGELOG.lines().count() as u64;
    assert!(
        found.iter().any(|f| s(&f["kind"]) == "name"),
        "the patient's name: {}",
        r.dump()
    );
    assert!(
        found
            .iter()
            .all(|f| f["line"].as_u64().unwrap() > changelog_lines),
        "nothing from the changelog part: {}",
        r.dump()
    );
}

#[test]
fn country_codes_and_registry_dates_are_not_patient_data() {
    // `PT` among other two-letter codes is Portugal; a date after
    // "group :" in the public suffix list is no insurance group number.
    let codes = "Locales: DE FR NL PT SK IT NO - translated by Linda Brooks\n";
    let suffixes = "// Insurance registry, policy domains\n\
                    // group : 2015-08-15 Registry Holdings, LLC\n";
    let r = scan(&[("locales.txt", codes), ("public_suffix_list.dat", suffixes)]);
    for name in ["locales.txt", "public_suffix_list.dat"] {
        let found = reported(&r, name);
        assert!(found.is_empty(), "{name}: {found:?}\n{}", r.dump());
    }
    r.assert_code(0);
}
