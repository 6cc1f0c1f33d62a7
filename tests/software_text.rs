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

use crate::common;

use crate::common::{rank, s, scan_jsonl, Run};
use serde_json::Value;

/// Scans `files` (name, content), written alone into a temporary directory,
/// as JSON lines at the default threshold.
fn scan(files: &[(&str, &str)]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    for (name, content) in files {
        common::write(tmp.path(), name, content);
    }
    scan_jsonl(tmp.path(), &["."])
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

/// A manual page's troff source: a `.TS` table whose rows read as a header
/// with a `fin` (FIN number) column, an `.nf` example with an
/// `X-First-Name:` header, private IP addresses and the author's e-mail.
const MAN_PAGE: &str = r#".\" Copyright (C) Linda Brooks <lbrooks@example.org>
.TH MATHERR 3 2023-02-05 "Linux man-pages 6.03"
.SH NAME
matherr \- SVID math library exception handling
.SH DESCRIPTION
.TS
lB lB lB cB lB
l l l c l.
Function	Type	Result	Msg?	errno
cosh(fin) o/f	OVERFLOW	HUGE	n	ERANGE
exp2(fin) o/f	OVERFLOW	HUGE	n	ERANGE
exp10(fin) u/f	UNDERFLOW	0.0	n	ERANGE
lgamma(fin) o/f	OVERFLOW	HUGE	n	ERANGE
.TE
.SH EXAMPLES
.nf
 curl -H "X-First-Name: Robert" --dns-servers 192.168.0.1,192.168.0.2 https://example.com
 curl --interface 192.168.10.1 ftp://example.com
.fi
.PP
Mail bug reports to rwilson@haxx.example.se.
"#;

/// A patient list in the same tab-separated layout, with a FIN column.
const PATIENT_TABLE: &str = "Clinic visits, ward 4\n\n\
    Patient\tFIN\tAdmitted\tIP\n\
    Robert Wilson\tF20481773\t2019-03-04\t73.162.41.208\n\
    Maria Garcia\tF20481902\t2019-03-05\t73.162.41.209\n";

/// A shaded jar's copy of a project's POM: developers and contributors.
const POM: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
	<modelVersion>4.0.0</modelVersion>
	<groupId>org.example</groupId>
	<artifactId>example-codec</artifactId>
	<version>1.15</version>
	<developers>
		<developer>
			<name>Robert Wilson</name>
			<id>rwilson</id>
			<email>rwilson@example.org</email>
			<timezone>-6</timezone>
		</developer>
	</developers>
	<contributors>
		<contributor>
			<name>Maria Garcia</name>
			<email>maria.garcia@heii.example.com</email>
			<roles>
				<role>Documentation</role>
			</roles>
		</contributor>
	</contributors>
</project>
"#;

/// The same project's `pom.properties`, with a maintainer's e-mail.
const POM_PROPERTIES: &str = "#Generated by Maven\n#Mon Jan 02 10:00:00 UTC 2023\n\
    groupId=org.example\nartifactId=example-codec\nversion=1.15\n\
    email: maria.garcia@heii.example.com\n";

/// A patient record in XML, laid out like the POM.
const PATIENT_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<patient>
	<mrn>00482913</mrn>
	<name>Maria Garcia</name>
	<email>mgarcia61@yahoo.com</email>
	<birthDate>1961-03-14</birthDate>
</patient>
"#;

#[test]
fn man_pages_and_build_metadata_are_not_patient_data() {
    let files = [
        ("man/man3/matherr.3", MAN_PAGE),
        ("META-INF/maven/org.example/example-codec/pom.xml", POM),
        (
            "META-INF/maven/org.example/example-codec/pom.properties",
            POM_PROPERTIES,
        ),
    ];
    let r = scan(&files);
    for (name, _) in files {
        let found = reported(&r, name);
        assert!(found.is_empty(), "{name}: {found:?}\n{}", r.dump());
    }
    r.assert_code(0);
}

#[test]
fn patient_records_laid_out_like_them_are_still_reported() {
    let r = scan(&[
        ("visits.txt", PATIENT_TABLE),
        ("patient.xml", PATIENT_XML),
        ("man/man3/matherr.3", MAN_PAGE),
    ]);
    let table = reported(&r, "visits.txt");
    assert!(
        table.iter().filter(|(k, _)| k == "mrn").count() == 2,
        "the FIN column: {table:?}\n{}",
        r.dump()
    );
    let xml = reported(&r, "patient.xml");
    for kind in ["mrn", "email"] {
        assert!(
            xml.iter().any(|(k, _)| k == kind),
            "{kind}: {xml:?}\n{}",
            r.dump()
        );
    }
    assert!(reported(&r, "matherr.3").is_empty(), "{}", r.dump());
}
