//! Integration tests: drive the real `phiscan` executable on temp trees and
//! check the output contract of DESIGN.md section 4 and the safety rules of
//! section 5 through its JSON lines.

use crate::common;

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{
    chmod, is_root, line_col, mkfifo, phiscan, rank, run, run_with_timeout, s, scan_in, scan_jsonl,
    u, write, Run, BIN, KEY,
};

// ---------------------------------------------------------------------------
// Detector examples from detectors/*.toml, run through the real binary.

/// A positive example of one detector.
struct Example {
    detector: String,
    text: String,
    value: Option<String>,
    kind: Option<String>,
    confidence: Option<String>,
}

/// A negative example of one detector.
struct Negative {
    detector: String,
    text: String,
    max: String,
}

/// Every detector's id and kind, and its examples, as written in the repository.
struct Specs {
    detectors: Vec<(String, String)>,
    examples: Vec<Example>,
    negatives: Vec<Negative>,
}

fn detectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("detectors")
}

fn load_specs() -> Specs {
    let mut files: Vec<PathBuf> = std::fs::read_dir(detectors_dir())
        .expect("detectors/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut specs = Specs {
        detectors: Vec::new(),
        examples: Vec::new(),
        negatives: Vec::new(),
    };
    let opt = |t: &toml::Table, k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let Some(dets) = table.get("detector").and_then(|d| d.as_array()) else {
            continue;
        };
        for d in dets {
            let d = d.as_table().expect("[[detector]] is a table");
            let id = opt(d, "id").expect("detector id");
            let kind = opt(d, "kind").expect("detector kind");
            let list = |k: &str| -> Vec<toml::Table> {
                d.get(k)
                    .and_then(|v| v.as_array())
                    .map(|a| a.iter().map(|e| e.as_table().unwrap().clone()).collect())
                    .unwrap_or_default()
            };
            for ex in list("examples") {
                specs.examples.push(Example {
                    detector: id.clone(),
                    text: opt(&ex, "text").expect("example text"),
                    value: opt(&ex, "value"),
                    kind: opt(&ex, "kind"),
                    confidence: opt(&ex, "confidence"),
                });
            }
            for ex in list("negative_examples") {
                specs.negatives.push(Negative {
                    detector: id.clone(),
                    text: opt(&ex, "text").expect("negative example text"),
                    // The schema's default for `max` is "low".
                    max: opt(&ex, "max").unwrap_or_else(|| "low".into()),
                });
            }
            specs.detectors.push((id, kind));
        }
    }
    assert!(
        !specs.detectors.is_empty(),
        "no [[detector]] found in detectors/*.toml"
    );
    specs
}

#[test]
fn every_detector_has_positive_and_negative_examples() {
    let specs = load_specs();
    for (id, _) in &specs.detectors {
        assert!(
            specs.examples.iter().any(|e| &e.detector == id),
            "detector {id} has no [[detector.examples]]"
        );
        assert!(
            specs.negatives.iter().any(|e| &e.detector == id),
            "detector {id} has no [[detector.negative_examples]]"
        );
    }
}

#[test]
fn detector_examples_written_to_files_are_found_by_the_binary() {
    let specs = load_specs();
    let dir = tempfile::tempdir().unwrap();
    let mut cases = Vec::new();
    for (i, ex) in specs.examples.iter().enumerate() {
        let rel = format!("examples/{}-{i:03}.txt", ex.detector);
        write(dir.path(), &rel, format!("{}\n", ex.text));
        cases.push((rel, ex));
    }
    let r = scan_jsonl(
        dir.path(),
        &["--min-confidence", "low", "--show-values", "examples"],
    );
    r.assert_code(1);
    let findings = r.findings();
    let mut failures = Vec::new();
    for (path, ex) in &cases {
        let mine: Vec<&Value> = findings
            .iter()
            .filter(|f| f["path"] == path.as_str() && f["detector"] == ex.detector.as_str())
            .collect();
        // Same rule as `detectors check`: the given confidence exactly,
        // otherwise at least medium.
        let ok = mine.iter().any(|f| {
            let conf = s(&f["confidence"]);
            let conf_ok = match &ex.confidence {
                Some(c) => conf == c,
                None => rank(conf) >= rank("medium"),
            };
            let value_ok = ex.value.as_deref().is_none_or(|v| f["value"] == v);
            let kind_ok = ex.kind.as_deref().is_none_or(|k| f["kind"] == k);
            conf_ok && value_ok && kind_ok
        });
        if !ok {
            let got: Vec<String> = mine
                .iter()
                .map(|f| format!("{}:{}:{}", f["kind"], f["confidence"], f["value"]))
                .collect();
            failures.push(format!(
                "{}: {:?} expected kind {:?} confidence {:?} value {:?}; got [{}]",
                ex.detector,
                ex.text,
                ex.kind,
                ex.confidence.as_deref().unwrap_or(">= medium"),
                ex.value,
                got.join(", ")
            ));
        }
        // Positions are into the file's text: the value sits at start..end,
        // at the line and column of `start`.
        for f in &mine {
            let (start, end) = (u(&f["start"]) as usize, u(&f["end"]) as usize);
            let at = ex.text.get(start..end);
            let (line, column) = line_col(&ex.text, start.min(ex.text.len()));
            if at != f["value"].as_str() || u(&f["line"]) != line || u(&f["column"]) != column {
                failures.push(format!(
                    "{}: {:?}: finding {f} does not point at its value (text there: {at:?})",
                    ex.detector, ex.text
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} detector examples failed through the binary:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn detector_negative_examples_written_to_files_stay_below_their_max() {
    let specs = load_specs();
    let dir = tempfile::tempdir().unwrap();
    let mut cases = Vec::new();
    for (i, ex) in specs.negatives.iter().enumerate() {
        let rel = format!("negatives/{}-{i:03}.txt", ex.detector);
        write(dir.path(), &rel, format!("{}\n", ex.text));
        cases.push((rel, ex));
    }
    let low = scan_jsonl(dir.path(), &["--min-confidence", "low", "negatives"]);
    let default = scan_jsonl(dir.path(), &["negatives"]);
    assert!(matches!(low.code(), 0 | 1), "{}", low.dump());
    assert!(matches!(default.code(), 0 | 1), "{}", default.dump());
    let (low_f, default_f) = (low.findings(), default.findings());
    let mut failures = Vec::new();
    for (path, ex) in &cases {
        let of = |fs: &[Value]| -> Vec<Value> {
            fs.iter()
                .filter(|f| f["path"] == path.as_str() && f["detector"] == ex.detector.as_str())
                .cloned()
                .collect()
        };
        let (at_low, at_default) = (of(&low_f), of(&default_f));
        let bad: Vec<&Value> = match ex.max.as_str() {
            "none" => at_low.iter().chain(&at_default).collect(),
            "low" => at_low
                .iter()
                .filter(|f| rank(s(&f["confidence"])) > rank("low"))
                .chain(&at_default)
                .collect(),
            "medium" => at_low
                .iter()
                .chain(&at_default)
                .filter(|f| f["confidence"] == "high")
                .collect(),
            other => panic!("unknown max {other:?} in a negative example"),
        };
        if !bad.is_empty() {
            failures.push(format!(
                "{}: {:?} (max {}) produced {}",
                ex.detector,
                ex.text,
                ex.max,
                bad.iter()
                    .map(|f| format!("{}:{}", f["kind"], f["confidence"]))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} negative examples failed through the binary:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------
// A realistic planted tree.

const NOTE: &str = "\
PROGRESS NOTE - Internal Medicine

Patient: John Smith  DOB: 03/14/1961
SSN: 212-09-1234
MRN: 00482913

Assessment: type 2 diabetes mellitus without complications (E11.9)
Plan: continue current regimen, follow up in clinic.
";
const NOTE_PATH: &str = "tree/records/2021/progress_note.txt";

const CSV: &str = "\
patient_id,name,dob,ssn,dx
PT-2291873,Maria Garcia,07/22/1958,219-44-5678,I10
PT-2291874,Robert Wilson,11/02/1975,318-22-4410,J45.909
";
const CSV_PATH: &str = "tree/exports/patients.csv";

/// Things that look like identifiers but are not PHI.
const LOOKALIKE: &str = "\
# Changelog

Support: call 555-123-4567 or (555) 987-6543, fax 555.010.2000.
Order number 55120934 shipped on time; order 212091234 shipped 2021-07-04.
Release 1.2.3, firmware 212.09.1234, driver version 401.9, build 20190304 passed.
2023-04-11T10:22:31Z INFO worker started on port 8080 (pid 48213)
Part E11.9 ships in the blue box, seat A01 row B12.
Total due: $250.00 by 02/28/2024.

2019-03-04  John Smith <jsmith@example.org>
  * Fix crash on startup (issue #1961)

Copyright 2014 John Smith. All rights reserved.
";
const LOOKALIKE_PATH: &str = "tree/src/CHANGELOG.md";

const CLEAN: &str = "Nothing to see here.\nJust a plain README with no identifiers.\n";
const CLEAN_PATH: &str = "tree/README.txt";

/// Raw identifiers planted in NOTE and CSV that must never appear without
/// `--show-values` (both spellings of each SSN, name parts, day/month).
const RAW: &[&str] = &[
    "212-09-1234",
    "212091234",
    "00482913",
    "John",
    "Smith",
    "03/14",
    "219-44-5678",
    "219445678",
    "318-22-4410",
    "318224410",
    "Maria",
    "Garcia",
    "Robert",
    "Wilson",
    "07/22",
    "11/02",
];

fn planted_tree(root: &Path) {
    write(root, NOTE_PATH, NOTE);
    write(root, CSV_PATH, CSV);
    write(root, LOOKALIKE_PATH, LOOKALIKE);
    write(root, CLEAN_PATH, CLEAN);
}

/// The finding of `kind` in `path` (exactly one expected).
#[track_caller]
fn one<'a>(fs: &'a [Value], path: &str, kind: &str, line: u64) -> &'a Value {
    let hits: Vec<&Value> = fs
        .iter()
        .filter(|f| f["path"] == path && f["kind"] == kind && f["line"] == line)
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected one {kind} finding in {path} line {line}, got {hits:?}\nall: {fs:#?}"
    );
    hits[0]
}

/// (line, column, start, end) of the first `value` in `text`.
fn position(text: &str, value: &str) -> (u64, u64, u64, u64) {
    let at = text
        .find(value)
        .unwrap_or_else(|| panic!("{value:?} not planted"));
    let (line, col) = line_col(text, at);
    (line, col, at as u64, (at + value.len()) as u64)
}

#[test]
fn planted_clinical_note_reports_exact_positions_kinds_confidence_and_masks() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    let fs = r.findings();
    // (kind, planted value, line planted on, confidence, mask or None)
    let expected: [(&str, &str, u64, &str, Option<&str>); 5] = [
        ("name", "John Smith", 3, "high", Some("J*** S****")),
        ("dob", "03/14/1961", 3, "high", Some("**/**/1961")),
        ("ssn", "212-09-1234", 4, "high", Some("***-**-1234")),
        ("mrn", "00482913", 5, "high", None),
        ("icd10", "E11.9", 7, "high", None),
    ];
    let in_note = r.findings_in(NOTE_PATH);
    assert_eq!(
        in_note.len(),
        expected.len(),
        "exactly the planted identifiers in the note: {in_note:#?}"
    );
    for (kind, value, line, conf, mask) in expected {
        let f = one(&fs, NOTE_PATH, kind, line);
        let (pl, pc, ps, pe) = position(NOTE, value);
        assert_eq!(pl, line, "test plants {value} on line {line}");
        assert_eq!(u(&f["column"]), pc, "column of {kind}: {f}");
        assert_eq!(
            (u(&f["start"]), u(&f["end"])),
            (ps, pe),
            "offsets of {kind}: {f}"
        );
        assert_eq!(f["confidence"], conf, "confidence of {kind}: {f}");
        assert_eq!(
            f["inner"],
            Value::Array(vec![]),
            "plain file has no inner: {f}"
        );
        assert!(
            f.get("value").is_none(),
            "no value without --show-values: {f}"
        );
        let masked = s(&f["masked"]);
        match mask {
            Some(m) => assert_eq!(masked, m, "mask of {kind}"),
            None => {
                assert_eq!(masked.len(), value.len(), "mask keeps the shape: {f}");
                assert_ne!(masked, value, "masked differs from the value: {f}");
                assert!(masked.contains('*'), "masked hides characters: {f}");
            }
        }
        let fp = s(&f["fingerprint"]);
        assert!(
            fp.len() >= 32 && fp.chars().all(|c| c.is_ascii_hexdigit()),
            "fingerprint is a hex digest: {fp}"
        );
        assert!(f["detector"].is_string(), "{f}");
    }
    let files = r.files();
    let note = files
        .iter()
        .find(|f| f["path"] == NOTE_PATH)
        .expect("file record for the note");
    assert_eq!(note["verdict"], "phi", "{note}");
    assert_eq!(note["inner"], Value::Array(vec![]));
    for (kind, _, _, _, _) in expected {
        assert_eq!(note["counts"][kind], 1, "counts.{kind} in {note}");
    }
}

#[test]
fn planted_csv_export_rows_are_found_with_their_positions() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = scan_jsonl(dir.path(), &["--show-values", "tree"]);
    r.assert_code(1);
    let fs = r.findings();
    for (kind, value, line, min_conf) in [
        ("ssn", "219-44-5678", 2, "high"),
        ("ssn", "318-22-4410", 3, "medium"),
        ("name", "Maria Garcia", 2, "medium"),
        ("name", "Robert Wilson", 3, "medium"),
        ("dob", "07/22/1958", 2, "high"),
    ] {
        let f = one(&fs, CSV_PATH, kind, line);
        let (pl, pc, ps, pe) = position(CSV, value);
        assert_eq!(pl, line);
        assert_eq!(f["value"], value, "{f}");
        assert_eq!(u(&f["column"]), pc, "{f}");
        assert_eq!((u(&f["start"]), u(&f["end"])), (ps, pe), "{f}");
        assert!(
            rank(s(&f["confidence"])) >= rank(min_conf),
            "{kind} {value} at least {min_conf}: {f}"
        );
    }
    let file = r
        .files()
        .into_iter()
        .find(|f| f["path"] == CSV_PATH)
        .expect("file record for the CSV");
    assert_eq!(
        file["verdict"], "phi",
        "SSNs next to diagnosis codes: {file}"
    );
}

#[test]
fn show_values_reports_each_exact_planted_value_at_its_offsets() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = scan_jsonl(dir.path(), &["--show-values", "tree"]);
    r.assert_code(1);
    let fs = r.findings();
    for (kind, value, line) in [
        ("name", "John Smith", 3),
        ("dob", "03/14/1961", 3),
        ("ssn", "212-09-1234", 4),
        ("mrn", "00482913", 5),
        ("icd10", "E11.9", 7),
    ] {
        let f = one(&fs, NOTE_PATH, kind, line);
        assert_eq!(f["value"], value, "{f}");
        let (start, end) = (u(&f["start"]) as usize, u(&f["end"]) as usize);
        assert_eq!(&NOTE[start..end], value, "start..end covers the value");
        assert_ne!(f["masked"], value, "masked is still masked: {f}");
    }
    // Every finding anywhere points at its own value.
    for f in &fs {
        let text = match s(&f["path"]) {
            NOTE_PATH => NOTE,
            CSV_PATH => CSV,
            LOOKALIKE_PATH => LOOKALIKE,
            other => panic!("finding in an unexpected file {other}: {f}"),
        };
        let (start, end) = (u(&f["start"]) as usize, u(&f["end"]) as usize);
        assert_eq!(Some(&text[start..end]), f["value"].as_str(), "{f}");
        assert_eq!(
            line_col(text, start),
            (u(&f["line"]), u(&f["column"])),
            "line/column agree with start: {f}"
        );
    }
}

#[test]
fn lookalikes_produce_nothing_at_medium_or_above() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    for args in [&["tree"][..], &["--min-confidence", "low", "tree"][..]] {
        let r = scan_jsonl(dir.path(), args);
        r.assert_code(1);
        for f in r.findings() {
            if f["path"] == LOOKALIKE_PATH {
                assert_eq!(f["confidence"], "low", "look-alike reported above low: {f}");
            }
            assert_ne!(f["path"], CLEAN_PATH, "finding in the clean file: {f}");
        }
        let lookalike_records: Vec<Value> = r
            .records()
            .into_iter()
            .filter(|x| x["path"] == LOOKALIKE_PATH || x["path"] == CLEAN_PATH)
            .collect();
        if !args.contains(&"low") {
            assert!(
                lookalike_records.is_empty(),
                "nothing at all about look-alikes at the default threshold: {lookalike_records:#?}"
            );
        }
    }
}

#[test]
fn summary_record_counts_files_bytes_and_findings() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    let sum = r.summary();
    let total_bytes = (NOTE.len() + CSV.len() + LOOKALIKE.len() + CLEAN.len()) as u64;
    assert_eq!(u(&sum["files"]), 4, "{sum}");
    assert_eq!(u(&sum["bytes"]), total_bytes, "{sum}");
    assert_eq!(
        u(&sum["findings"]),
        r.findings().len() as u64,
        "summary.findings equals the finding records: {sum}"
    );
    assert_eq!(u(&sum["skipped"]), 0, "{sum}");
    assert_eq!(sum["complete"], true, "{sum}");
    assert!(sum["elapsed_ms"].is_u64(), "{sum}");
    let by_kind: u64 = sum["by_kind"]
        .as_object()
        .expect("by_kind object")
        .values()
        .map(u)
        .sum();
    assert_eq!(by_kind, u(&sum["findings"]), "by_kind adds up: {sum}");
    assert_eq!(u(&sum["by_kind"]["ssn"]), 3, "{sum}");
    // One file record per file with findings, and every finding belongs to one.
    let files = r.files();
    for f in r.findings() {
        assert!(
            files.iter().any(|x| x["path"] == f["path"]),
            "finding without a file record: {f}"
        );
    }
    let per_file: u64 = files
        .iter()
        .flat_map(|x| x["counts"].as_object().unwrap().values().map(u))
        .sum();
    assert_eq!(per_file, u(&sum["findings"]), "file counts add up");
}

#[test]
fn thread_count_does_not_change_what_is_found() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    for i in 0..20 {
        write(dir.path(), &format!("tree/copies/n{i}.txt"), NOTE);
    }
    let key = |r: &Run| {
        let mut v: Vec<String> = r
            .findings()
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} {} {}",
                    f["path"], f["kind"], f["line"], f["column"], f["fingerprint"]
                )
            })
            .collect();
        v.sort();
        v
    };
    let one_thread = scan_jsonl(dir.path(), &["-j", "1", "tree"]);
    let many = scan_jsonl(dir.path(), &["-j", "8", "tree"]);
    one_thread.assert_code(1);
    many.assert_code(1);
    assert_eq!(key(&one_thread), key(&many));
    assert!(key(&many).len() > 5 * 21, "5 per note copy, and the CSV's");
}

#[test]
fn human_report_shows_location_kind_and_mask_and_a_summary_line() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = scan_in(
        dir.path(),
        &["--format", "human", "--color", "never", "tree"],
    );
    r.assert_code(1);
    assert!(r.stdout.contains(NOTE_PATH), "{}", r.dump());
    assert!(r.stdout.contains("[PHI]"), "{}", r.dump());
    assert!(
        r.stdout.contains("4:6"),
        "SSN at line 4 column 6\n{}",
        r.dump()
    );
    assert!(r.stdout.contains("***-**-1234"), "{}", r.dump());
    assert!(!r.stdout.contains('\x1b'), "no colour with --color never");
    let last = r.stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("phiscan: 4 files"),
        "summary line last: {last:?}"
    );
}

// ---------------------------------------------------------------------------
// Masking and the report file.

/// Fails if any raw planted identifier occurs in `text`.
#[track_caller]
fn assert_no_raw(text: &str, where_: &str) {
    for raw in RAW {
        assert!(
            !text.contains(raw),
            "raw value {raw:?} leaked into {where_}:\n{text}"
        );
    }
}

/// Note and CSV only: the look-alike file contains "John Smith" on
/// purpose, unreported, so it stays out of the leak check.
fn masking_tree(root: &Path) {
    write(root, NOTE_PATH, NOTE);
    write(root, CSV_PATH, CSV);
}

#[test]
fn no_raw_value_in_stdout_or_stderr_without_show_values_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    masking_tree(dir.path());
    for format in ["jsonl", "human"] {
        for conf in ["low", "medium"] {
            let r = scan_in(
                dir.path(),
                &[
                    "--format",
                    format,
                    "--color",
                    "always",
                    "--min-confidence",
                    conf,
                    "tree",
                ],
            );
            r.assert_code(1);
            let what = format!("{format} --min-confidence {conf}");
            assert_no_raw(&r.stdout, &format!("stdout ({what})"));
            assert_no_raw(&r.stderr, &format!("stderr ({what})"));
            assert!(
                r.stdout.contains("***-**-1234"),
                "the SSN is reported masked"
            );
        }
    }
}

#[test]
fn no_raw_value_in_the_output_file_which_is_0600_and_never_scanned() {
    let dir = tempfile::tempdir().unwrap();
    masking_tree(dir.path());
    for (format, name) in [("jsonl", "report.jsonl"), ("human", "report.txt")] {
        // The report is written inside the scanned tree, and would show up
        // as a finding (it holds masked context) or a file if it were read.
        let out = format!("tree/{name}");
        let r = scan_in(
            dir.path(),
            &[
                "--format",
                format,
                "--min-confidence",
                "low",
                "--output",
                &out,
                "tree",
            ],
        );
        r.assert_code(1);
        assert_no_raw(&r.stdout, &format!("stdout ({format}, --output)"));
        assert_no_raw(&r.stderr, &format!("stderr ({format}, --output)"));
        assert!(
            r.stdout.trim().is_empty(),
            "report goes to the file: {}",
            r.dump()
        );
        let p = dir.path().join(&out);
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o600, "report file mode is {mode:o}");
        let report = std::fs::read_to_string(&p).unwrap();
        assert_no_raw(&report, &format!("the --output file ({format})"));
        assert!(
            !report.contains(name),
            "the report file was scanned itself:\n{report}"
        );
        assert!(report.contains("***-**-1234"), "{report}");
        if format == "human" {
            assert!(
                report.contains("phiscan: 2 files"),
                "only the two planted files were scanned:\n{report}"
            );
        }
        if format == "jsonl" {
            let recs = common::parse_jsonl(&report, "report file");
            assert!(recs.iter().all(|x| x["path"] != out.as_str()));
            let sum = recs.last().expect("summary");
            assert_eq!(sum["type"], "summary");
            assert_eq!(u(&sum["files"]), 2, "only the two planted files: {sum}");
        }
        std::fs::remove_file(&p).unwrap();
    }
}

// ---------------------------------------------------------------------------
// Exit codes.

#[test]
fn clean_tree_exits_0_and_reports_only_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/README.txt", CLEAN);
    write(dir.path(), "tree/src/CHANGELOG.md", LOOKALIKE);
    write(dir.path(), "tree/empty.txt", "");
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(0);
    let recs = r.records();
    assert_eq!(recs.len(), 1, "only the summary: {recs:#?}");
    let sum = r.summary();
    assert_eq!(u(&sum["files"]), 3);
    assert_eq!(u(&sum["findings"]), 0);
    assert_eq!(sum["complete"], true);
}

#[test]
fn phi_tree_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/note.txt", NOTE);
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    let r = scan_in(dir.path(), &["tree"]);
    r.assert_code(1);
}

#[test]
fn findings_below_min_confidence_do_not_count_for_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    // The us-ssn example without a keyword: medium.
    write(
        dir.path(),
        "tree/mail.txt",
        "Forwarded 212-09-1234 to billing.\n",
    );
    let r = scan_jsonl(dir.path(), &["--min-confidence", "high", "tree"]);
    r.assert_code(0);
    assert!(r.findings().is_empty(), "{}", r.dump());
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    assert_eq!(r.findings()[0]["confidence"], "medium");
}

#[test]
fn nonexistent_path_alone_exits_2_with_a_skipped_record() {
    let dir = tempfile::tempdir().unwrap();
    let r = scan_jsonl(dir.path(), &["does-not-exist"]);
    r.assert_code(2);
    let sk = r.skipped();
    assert_eq!(sk.len(), 1, "{}", r.dump());
    assert_eq!(sk[0]["path"], "does-not-exist");
    assert_eq!(sk[0]["reason"], "unreadable");
    assert_eq!(r.summary()["complete"], false);
    // --allow-incomplete: nothing found, so 0.
    let r = scan_jsonl(dir.path(), &["--allow-incomplete", "does-not-exist"]);
    r.assert_code(0);
}

#[test]
fn nonexistent_path_next_to_findings_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/note.txt", NOTE);
    let r = scan_jsonl(dir.path(), &["does-not-exist", "tree"]);
    r.assert_code(1);
    assert!(!r.findings_in("tree/note.txt").is_empty());
    assert!(r
        .skipped()
        .iter()
        .any(|x| x["path"] == "does-not-exist" && x["reason"] == "unreadable"));
    assert_eq!(r.summary()["complete"], false);
}

#[test]
fn empty_detectors_dir_exits_2_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/note.txt", NOTE);
    std::fs::create_dir(dir.path().join("nodetectors")).unwrap();
    let r = scan_jsonl(dir.path(), &["--detectors", "nodetectors", "tree"]);
    r.assert_code(2);
    assert!(r.stdout.trim().is_empty(), "no report: {}", r.dump());
    assert!(
        r.stderr.contains("error") && r.stderr.contains("nodetectors"),
        "stderr names the problem and the directory: {}",
        r.dump()
    );
    assert!(
        r.stderr.contains("no *.toml"),
        "stderr says why: {}",
        r.dump()
    );
}

#[test]
fn missing_detectors_dir_and_bad_regex_exit_2_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/note.txt", NOTE);
    let r = scan_in(dir.path(), &["--detectors", "no-such-dir", "tree"]);
    r.assert_code(2);
    assert!(r.stderr.contains("no-such-dir"), "{}", r.dump());

    write(
        dir.path(),
        "bad/bad.toml",
        r#"
[[detector]]
id = "broken"
kind = "other_id"
description = "an unclosed group"
confidence = { valid = "high" }
[[detector.patterns]]
regex = '(\d{4}'
"#,
    );
    let r = scan_in(dir.path(), &["--detectors", "bad", "tree"]);
    r.assert_code(2);
    assert!(
        r.stderr.contains("broken"),
        "names the detector: {}",
        r.dump()
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.dump());
}

#[test]
fn bad_flags_and_short_key_file_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/note.txt", NOTE);
    let r = scan_in(dir.path(), &["--max-file-size", "12 parsecs", "tree"]);
    r.assert_code(2);
    let r = scan_in(dir.path(), &["--exclude", "a[", "tree"]);
    r.assert_code(2);
    assert!(r.stderr.contains("--exclude"), "{}", r.dump());
    let r = scan_in(
        dir.path(),
        &["--output", "no-such-dir/report.jsonl", "tree"],
    );
    r.assert_code(2);
    assert!(r.stderr.contains("no-such-dir"), "{}", r.dump());
    write(dir.path(), "short.key", "tooshort\n");
    let r = scan_in(dir.path(), &["--key-file", "short.key", "tree"]);
    r.assert_code(2);
    assert!(r.stderr.contains("key"), "{}", r.dump());
    assert!(!r.stderr.contains("tooshort"), "key material not echoed");
}

// ---------------------------------------------------------------------------
// Hostile trees.

/// Whether every directory above `p`, and `p`, can be searched/executed by others.
fn world_reachable(p: &Path) -> bool {
    p.ancestors().all(|a| {
        a.as_os_str().is_empty()
            || std::fs::metadata(a).is_ok_and(|m| m.permissions().mode() & 0o001 != 0)
    })
}

/// A command running phiscan as an unprivileged user when the tests run as
/// root (root reads mode-000 files, which would make the test meaningless).
/// `dir` must be world-readable; the binary is copied there if the build
/// directory is not reachable by "nobody".
fn unprivileged_phiscan(dir: &Path) -> Command {
    if !is_root() {
        return phiscan();
    }
    use std::os::unix::process::CommandExt;
    let bin = if world_reachable(Path::new(BIN)) {
        PathBuf::from(BIN)
    } else {
        let copy = dir.join("phiscan-bin");
        std::fs::copy(BIN, &copy).unwrap();
        chmod(&copy, 0o755);
        copy
    };
    let mut c = Command::new(bin);
    c.env("PHISCAN_KEY", KEY)
        .env("NO_COLOR", "1")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .stdin(Stdio::null())
        .uid(65534)
        .gid(65534);
    c
}

/// A temp dir that the unprivileged user can enter.
fn reachable_tempdir() -> tempfile::TempDir {
    let d = if is_root() {
        tempfile::Builder::new()
            .prefix("phiscan-test")
            .tempdir_in("/tmp")
            .unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    chmod(d.path(), 0o755);
    d
}

#[test]
fn hostile_tree_with_fifo_unreadable_file_and_symlink_loop_completes_and_reports_each() {
    let dir = reachable_tempdir();
    let root = dir.path();
    std::fs::create_dir(root.join("tree")).unwrap();
    chmod(&root.join("tree"), 0o755);
    let note = write(root, "tree/note.txt", NOTE);
    chmod(&note, 0o644);
    mkfifo(&root.join("tree/fifo"), 0o644);
    let secret = write(root, "tree/secret.txt", "SSN: 212-09-1234\n");
    chmod(&secret, 0o000);
    std::os::unix::fs::symlink(".", root.join("tree/loop")).unwrap();

    let mut c = unprivileged_phiscan(root);
    c.current_dir(root)
        .args(["scan", "--format", "jsonl", "--follow", "tree"]);
    let r = run(&mut c);
    r.assert_code(1);
    let fs = r.findings();
    assert!(
        fs.iter()
            .any(|f| f["path"] == "tree/note.txt" && f["kind"] == "ssn"),
        "the readable PHI file is still scanned: {}",
        r.dump()
    );
    assert!(
        fs.iter().all(|f| f["path"] == "tree/note.txt"),
        "only the note has findings (no duplicates through the loop): {fs:#?}"
    );
    assert_eq!(
        fs.len(),
        5,
        "the note is scanned once, not again through tree/loop: {fs:#?}"
    );
    let sk = r.skipped();
    let find = |path: &str| -> &Value {
        sk.iter()
            .find(|x| x["path"] == path)
            .unwrap_or_else(|| panic!("no skipped record for {path}\n{}", r.dump()))
    };
    assert_eq!(find("tree/fifo")["reason"], "not_regular");
    assert!(s(&find("tree/fifo")["detail"]).contains("FIFO"));
    assert_eq!(find("tree/secret.txt")["reason"], "unreadable");
    let lp = find("tree/loop");
    assert_eq!(lp["reason"], "unreadable", "{lp}");
    assert!(
        s(&lp["detail"]).to_lowercase().contains("loop"),
        "detail mentions the loop: {lp}"
    );
    let sum = r.summary();
    assert_eq!(sum["complete"], false, "{sum}");
    assert_eq!(u(&sum["skipped"]), sk.len() as u64, "{sum}");
    assert_no_raw(&r.stdout, "stdout of the hostile scan");
    assert_no_raw(&r.stderr, "stderr of the hostile scan");

    // The same tree without the PHI file: incomplete and nothing found is 2.
    std::fs::remove_file(&note).unwrap();
    let mut c = unprivileged_phiscan(root);
    c.current_dir(root)
        .args(["scan", "--format", "jsonl", "--follow", "tree"]);
    let r = run(&mut c);
    r.assert_code(2);
    let mut c = unprivileged_phiscan(root);
    c.current_dir(root).args([
        "scan",
        "--format",
        "jsonl",
        "--follow",
        "--allow-incomplete",
        "tree",
    ]);
    run(&mut c).assert_code(0);
}

#[test]
fn unfollowed_symlinks_are_not_regular_and_special_files_alone_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "elsewhere/note.txt", NOTE);
    std::fs::create_dir(root.join("tree")).unwrap();
    mkfifo(&root.join("tree/fifo"), 0o600);
    std::os::unix::fs::symlink("../elsewhere/note.txt", root.join("tree/link")).unwrap();
    std::os::unix::fs::symlink(".", root.join("tree/loop")).unwrap();
    std::os::unix::fs::symlink("missing", root.join("tree/dangling")).unwrap();
    let r = scan_jsonl(root, &["tree"]);
    r.assert_code(0);
    assert!(
        r.findings().is_empty(),
        "the link is not followed: {}",
        r.dump()
    );
    let sk = r.skipped();
    for name in ["fifo", "link", "loop", "dangling"] {
        let path = format!("tree/{name}");
        let rec = sk
            .iter()
            .find(|x| x["path"] == path.as_str())
            .unwrap_or_else(|| panic!("no skipped record for {path}\n{}", r.dump()));
        assert_eq!(rec["reason"], "not_regular", "{rec}");
    }
    let sum = r.summary();
    assert_eq!(
        sum["complete"], true,
        "special files leave nothing unscanned: {sum}"
    );
    assert_eq!(u(&sum["files"]), 0);

    // With --follow the link to a file is scanned under the link's path.
    let r = scan_jsonl(root, &["--follow", "tree/link"]);
    r.assert_code(1);
    assert!(r.findings().iter().all(|f| f["path"] == "tree/link"));
}

#[test]
fn fifo_given_directly_as_a_path_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("pipe"), 0o600);
    let r = scan_jsonl(dir.path(), &["pipe"]);
    r.assert_code(0);
    let sk = r.skipped();
    assert_eq!(sk.len(), 1, "{}", r.dump());
    assert_eq!(sk[0]["reason"], "not_regular");
}

#[test]
fn too_large_files_are_skipped_and_make_the_scan_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = String::from("SSN: 212-09-1234\n");
    big.push_str(&"x".repeat(4096));
    write(dir.path(), "tree/big.txt", &big);
    let r = scan_jsonl(dir.path(), &["--max-file-size", "1K", "tree"]);
    r.assert_code(2);
    let sk = r.skipped();
    assert_eq!(sk.len(), 1, "{}", r.dump());
    assert_eq!(sk[0]["reason"], "too_large");
    assert_eq!(r.summary()["complete"], false);
    let r = scan_jsonl(
        dir.path(),
        &["--max-file-size", "1K", "--allow-incomplete", "tree"],
    );
    r.assert_code(0);
    // 0 means no limit.
    let r = scan_jsonl(dir.path(), &["--max-file-size", "0", "tree"]);
    r.assert_code(1);
}

#[test]
fn file_over_the_read_threshold_reports_exact_line_and_offset() {
    // Over 1 MiB, so it is memory-mapped rather than read.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 2 << 20 {
        text.push_str(&format!("filler line {i} with nothing in it\n"));
        i += 1;
    }
    let tail = "SSN: 212-09-1234\n";
    text.push_str(tail);
    write(dir.path(), "big.txt", &text);
    let r = scan_jsonl(dir.path(), &["--show-values", "big.txt"]);
    r.assert_code(1);
    let f = r.only_finding();
    let (line, col, start, end) = position(&text, "212-09-1234");
    assert_eq!(u(&f["line"]), line);
    assert_eq!(u(&f["column"]), col);
    assert_eq!((u(&f["start"]), u(&f["end"])), (start, end));
    assert_eq!(u(&r.summary()["bytes"]), text.len() as u64);
}

// ---------------------------------------------------------------------------
// What is walked.

#[test]
fn phiscanignore_and_exclude_leave_files_out_but_gitignore_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let ssn = "SSN: 212-09-1234\n";
    for f in [
        "tree/kept.txt",
        "tree/exports/dump.csv",
        "tree/.hidden.txt",
        "tree/.cache/hidden_dir.txt",
        "tree/scratch.tmp",
        "tree/sub/private.txt",
        "tree/logs/app.log",
        "tree/build/out.txt",
    ] {
        write(root, f, ssn);
    }
    // Exports are exactly what people put in .gitignore: still scanned.
    write(root, "tree/.gitignore", "exports/\n*.csv\nkept.txt\n");
    write(root, "tree/.ignore", "kept.txt\n");
    write(root, "tree/.phiscanignore", "*.tmp\n");
    write(root, "tree/sub/.phiscanignore", "private.txt\n");
    let r = scan_jsonl(root, &["--exclude", "*.log", "--exclude", "build/", "tree"]);
    r.assert_code(1);
    let mut found: Vec<String> = r
        .files()
        .iter()
        .map(|f| s(&f["path"]).to_string())
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "tree/.cache/hidden_dir.txt",
            "tree/.hidden.txt",
            "tree/exports/dump.csv",
            "tree/kept.txt",
        ],
        "{}",
        r.dump()
    );
    // Left-out files are not reported as skipped either: the user asked.
    assert!(r.skipped().is_empty(), "{}", r.dump());
    assert_eq!(r.summary()["complete"], true);
}

#[test]
fn git_directory_contents_are_scanned() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "repo/.git/COMMIT_EDITMSG",
        "Add MRN: 00482913 export\n",
    );
    write(dir.path(), "repo/.gitignore", "*\n");
    let r = scan_jsonl(dir.path(), &["repo"]);
    r.assert_code(1);
    assert_eq!(r.findings()[0]["path"], "repo/.git/COMMIT_EDITMSG");
}

// ---------------------------------------------------------------------------
// Encodings.

#[test]
fn utf16le_file_with_bom_is_found_at_text_positions() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Patient record\r\nSSN: 212-09-1234\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    write(dir.path(), "export-utf16.txt", &bytes);
    let r = scan_jsonl(dir.path(), &["--show-values", "export-utf16.txt"]);
    r.assert_code(1);
    let f = r.only_finding();
    assert_eq!(f["kind"], "ssn");
    assert_eq!(f["confidence"], "high");
    assert_eq!(f["value"], "212-09-1234");
    assert_eq!((u(&f["line"]), u(&f["column"])), (2, 6));
}

#[test]
fn utf16be_file_with_bom_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = vec![0xFE, 0xFF];
    for unit in "Patient record\nSSN: 212-09-1234\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    write(dir.path(), "be.txt", &bytes);
    let r = scan_jsonl(dir.path(), &["be.txt"]);
    r.assert_code(1);
    assert_eq!(r.findings()[0]["kind"], "ssn");
}

#[test]
fn binary_file_with_an_embedded_ascii_ssn_line_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    bytes.extend_from_slice(b"\x00\x01SSN: 212-09-1234\n\x00\xff");
    bytes.extend((0..=255u8).rev().cycle().take(4096));
    write(dir.path(), "legacy.doc", &bytes);
    let r = scan_jsonl(dir.path(), &["--show-values", "legacy.doc"]);
    r.assert_code(1);
    let f = r.only_finding();
    assert_eq!(f["kind"], "ssn");
    assert_eq!(f["confidence"], "high");
    assert_eq!(f["value"], "212-09-1234");
    // Without --show-values nothing raw leaks from binary context either.
    let r = scan_jsonl(dir.path(), &["legacy.doc"]);
    assert_no_raw(&r.stdout, "stdout of a binary scan");
}

#[test]
fn columns_are_byte_columns_after_multibyte_utf8_and_latin1() {
    let dir = tempfile::tempdir().unwrap();
    let utf8 = "Caf\u{e9} na\u{ef}ve r\u{e9}sum\u{e9} SSN: 212-09-1234\n";
    write(dir.path(), "utf8.txt", utf8);
    write(dir.path(), "latin1.txt", b"Caf\xe9 SSN: 212-09-1234\n");
    let r = scan_jsonl(dir.path(), &["utf8.txt", "latin1.txt"]);
    r.assert_code(1);
    let fs = r.findings();
    let col = |path: &str| {
        let f = fs
            .iter()
            .find(|f| f["path"] == path)
            .unwrap_or_else(|| panic!("no finding in {path}: {}", r.dump()));
        (u(&f["column"]), u(&f["start"]))
    };
    let at = utf8.find("212").unwrap() as u64;
    assert_eq!(col("utf8.txt"), (at + 1, at));
    assert_eq!(col("latin1.txt"), (11, 10));
}

// ---------------------------------------------------------------------------
// Fingerprints.

#[test]
fn fingerprints_are_keyed_and_stable_for_the_same_value() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "SSN: 212-09-1234\n");
    write(
        dir.path(),
        "b.txt",
        "Patient id card, social security 212-09-1234\n",
    );
    let fp = |key: &str| -> BTreeMap<String, String> {
        let mut c = phiscan();
        c.current_dir(dir.path())
            .env("PHISCAN_KEY", key)
            .args(["scan", "--format", "jsonl", "a.txt", "b.txt"]);
        let r = run(&mut c);
        r.assert_code(1);
        r.findings()
            .iter()
            .map(|f| (s(&f["path"]).to_string(), s(&f["fingerprint"]).to_string()))
            .collect()
    };
    let k1 = fp("first-key-first-key-first-key");
    let k1_again = fp("first-key-first-key-first-key");
    let k2 = fp("second-key-second-key-second-key");
    assert_eq!(k1.len(), 2, "{k1:?}");
    assert_eq!(k1["a.txt"], k1["b.txt"], "same value, same fingerprint");
    assert_eq!(k1, k1_again, "stable across runs");
    assert_ne!(
        k1["a.txt"], k2["a.txt"],
        "the fingerprint depends on the key"
    );
}

#[test]
fn default_key_file_is_created_0600_under_xdg_config_home() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "SSN: 212-09-1234\n");
    let home = dir.path().join("home");
    let xdg = dir.path().join("xdg");
    std::fs::create_dir(&home).unwrap();
    let go = || {
        let mut c = phiscan();
        c.current_dir(dir.path())
            .env_remove("PHISCAN_KEY")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", &xdg)
            .args(["scan", "--format", "jsonl", "a.txt"]);
        let r = run(&mut c);
        r.assert_code(1);
        s(&r.findings()[0]["fingerprint"]).to_string()
    };
    let first = go();
    let key = xdg.join("phiscan/key");
    let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "key file mode {mode:o}");
    assert_eq!(go(), first, "the key file is reused");
    assert!(
        std::fs::read_dir(&home).unwrap().next().is_none(),
        "nothing written to HOME when XDG_CONFIG_HOME is set"
    );
    // --key-file wins over the environment.
    write(dir.path(), "k", "0123456789abcdef0123456789abcdef\n");
    let mut c = phiscan();
    c.current_dir(dir.path())
        .args(["scan", "--format", "jsonl", "--key-file", "k", "a.txt"]);
    let with_file = run(&mut c);
    let mut c = phiscan();
    c.current_dir(dir.path())
        .env("PHISCAN_KEY", "0123456789abcdef0123456789abcdef")
        .args(["scan", "--format", "jsonl", "a.txt"]);
    let with_env = run(&mut c);
    assert_eq!(
        with_file.findings()[0]["fingerprint"],
        with_env.findings()[0]["fingerprint"],
        "same key material, same fingerprint"
    );
    assert_ne!(s(&with_file.findings()[0]["fingerprint"]), first);
}

// ---------------------------------------------------------------------------
// Broken pipes.

/// Runs `args` with stdout closed before the child writes anything.
fn with_closed_stdout(dir: &Path, args: &[&str]) -> Run {
    let mut c = phiscan();
    c.current_dir(dir).args(args);
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    drop(child.stdout.take());
    let mut err = child.stderr.take().unwrap();
    let t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut v);
        v
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > common::TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} with a closed stdout did not finish");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    Run {
        status,
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&t.join().unwrap()).into_owned(),
        what: format!("{args:?} with stdout closed"),
    }
}

#[test]
fn scan_into_a_closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    planted_tree(dir.path());
    let r = with_closed_stdout(dir.path(), &["scan", "--format", "jsonl", "tree"]);
    assert!(r.status.code().is_some(), "not killed by SIGPIPE");
    assert!(r.stderr.is_empty(), "quiet on a broken pipe: {}", r.dump());
}

/// DESIGN.md section 4: "A broken pipe exits quietly" (`detectors list | head`).
#[test]
fn detectors_list_into_a_closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let r = with_closed_stdout(dir.path(), &["detectors", "list"]);
    assert!(r.stderr.is_empty(), "quiet on a broken pipe: {}", r.dump());
}

// ---------------------------------------------------------------------------
// Detector subcommands.

#[test]
fn detectors_check_passes_and_prints_the_passed_count() {
    let specs = load_specs();
    let mut c = phiscan();
    c.args(["detectors", "check"]);
    let r = run(&mut c);
    r.assert_code(0);
    let total = specs.examples.len() + specs.negatives.len();
    assert!(
        r.stdout
            .contains(&format!("{total} examples: {total} passed, 0 failed")),
        "check runs every example in detectors/*.toml ({total}): {}",
        r.dump()
    );
    assert!(!r.stdout.contains("FAIL"), "{}", r.dump());

    // The same from the directory on disk.
    let mut c = phiscan();
    c.args(["detectors", "check", "--detectors"])
        .arg(detectors_dir());
    let r = run(&mut c);
    r.assert_code(0);
    assert!(
        r.stdout.contains(&format!("{total} passed")),
        "{}",
        r.dump()
    );
}

#[test]
fn detectors_list_mentions_every_detector_id_and_kind() {
    let specs = load_specs();
    let mut c = phiscan();
    c.args(["detectors", "list"]);
    let r = run(&mut c);
    r.assert_code(0);
    for (id, kind) in &specs.detectors {
        assert!(
            r.stdout.contains(&format!("{id}  [{kind}]")),
            "list mentions {id} [{kind}]: {}",
            r.dump()
        );
    }
    let mut c = phiscan();
    c.args(["detectors", "list", "--json"]);
    let r = run(&mut c);
    r.assert_code(0);
    let all: Value = serde_json::from_str(&r.stdout).expect("list --json is JSON");
    let all = all.as_array().expect("a JSON array");
    let ids: Vec<(&str, &str)> = all.iter().map(|d| (s(&d["id"]), s(&d["kind"]))).collect();
    let want: Vec<(&str, &str)> = specs
        .detectors
        .iter()
        .map(|(i, k)| (i.as_str(), k.as_str()))
        .collect();
    assert_eq!(
        ids, want,
        "list --json has the detectors of detectors/*.toml"
    );
}

/// Copies detectors/ (with dictionaries) to `to`.
fn copy_detectors(to: &Path) {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let dest = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                copy_dir(&e.path(), &dest);
            } else {
                std::fs::copy(e.path(), dest).unwrap();
            }
        }
    }
    copy_dir(&detectors_dir(), to);
}

const SITE_DETECTOR: &str = r#"
[[detector]]
id = "site-mrn"
kind = "mrn"
description = "Our hospital's record numbers: ZX- and seven digits"
confidence = { valid = "high" }
[[detector.patterns]]
regex = '\bZX-\d{7}\b'
[[detector.examples]]
text = "ref ZX-1234567"
value = "ZX-1234567"
confidence = "high"
[[detector.negative_examples]]
text = "ZX-123 is too short"
max = "none"
"#;

#[test]
fn site_detector_added_to_a_copied_detectors_dir_is_used_by_scan_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let det = dir.path().join("mydetectors");
    copy_detectors(&det);
    write(&det, "site.toml", SITE_DETECTOR);
    write(dir.path(), "tree/letter.txt", "Re: ZX-7654321 follow-up\n");

    let r = scan_jsonl(dir.path(), &["--detectors", "mydetectors", "tree"]);
    r.assert_code(1);
    let f = r.only_finding();
    assert_eq!(f["detector"], "site-mrn");
    assert_eq!(f["kind"], "mrn");
    assert_eq!(f["confidence"], "high");
    assert_eq!(u(&f["column"]), 5);
    assert_no_raw(&r.stdout, "stdout");
    assert!(!r.stdout.contains("7654321"), "{}", r.stdout);

    // The built-in detectors do not know this format.
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(0);

    let mut c = phiscan();
    c.current_dir(dir.path())
        .args(["detectors", "check", "--detectors", "mydetectors"]);
    let r = run(&mut c);
    r.assert_code(0);
    let mut c = phiscan();
    c.current_dir(dir.path())
        .args(["detectors", "list", "--detectors", "mydetectors"]);
    let r = run(&mut c);
    assert!(r.stdout.contains("site-mrn  [mrn]"), "{}", r.dump());
}

#[test]
fn detectors_check_fails_with_exit_1_on_a_wrong_example() {
    let dir = tempfile::tempdir().unwrap();
    let det = dir.path().join("det");
    copy_detectors(&det);
    write(
        &det,
        "site.toml",
        SITE_DETECTOR.replace("ref ZX-1234567", "ref ZX-12345"),
    );
    let mut c = phiscan();
    c.current_dir(dir.path())
        .args(["detectors", "check", "--detectors", "det"]);
    let r = run(&mut c);
    r.assert_code(1);
    assert!(
        r.stdout.contains("FAIL site-mrn"),
        "the failure names the detector: {}",
        r.dump()
    );
    assert!(r.stdout.contains("1 failed"), "{}", r.dump());
}

/// Regression: `phiscan scan t t/note.txt` reported the note twice.
#[test]
fn a_file_reached_twice_is_scanned_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "t/note.txt", "Patient SSN: 212-09-1234\n");
    write(root, "t/other.txt", "nothing here\n");
    std::fs::hard_link(root.join("t/note.txt"), root.join("t/hardlink.txt")).unwrap();
    let r = scan_jsonl(root, &["t", "t/note.txt"]);
    r.assert_code(1);
    assert_eq!(r.findings().len(), 1, "{}", r.dump());
    assert_eq!(u(&r.summary()["files"]), 2, "{}", r.dump());
}

/// Regression: `--exclude 'sub/*.txt'` did not match below the scan root.
#[test]
fn exclude_globs_match_relative_to_the_scan_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "ig/sub/b.txt", "Patient SSN: 212-09-1234\n");
    write(root, "ig/keep.txt", "Patient SSN: 212-09-1235\n");
    let r = scan_jsonl(root, &["--exclude", "sub/*.txt", "ig"]);
    r.assert_code(1);
    let paths: Vec<String> = r
        .findings()
        .iter()
        .map(|f| s(&f["path"]).to_string())
        .collect();
    assert_eq!(paths, ["ig/keep.txt"], "{}", r.dump());
}

/// Regression: an existing report file kept a world-readable mode.
#[test]
fn an_existing_report_file_is_made_private() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "t/note.txt", "Patient SSN: 212-09-1234\n");
    let out = write(root, "report.jsonl", "old report\n");
    chmod(&out, 0o644);
    let r = scan_jsonl(root, &["--output", "report.jsonl", "t"]);
    r.assert_code(1);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o600, "report file mode is {mode:o}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(!text.contains("old report") && text.contains("\"summary\""));
}

// ---------------------------------------------------------------------------
// `phiscan eval`: precision and recall against a truth file.

/// `phiscan eval ARGS...` run in `dir`.
fn eval_in(dir: &Path, args: &[&str]) -> Run {
    let mut c = phiscan();
    c.current_dir(dir).arg("eval").args(args);
    run(&mut c)
}

const MAIL_PATH: &str = "tree/outbox/mail.txt";
/// A hyphenated SSN without a keyword: reported at `medium`, not in the truth.
const MAIL: &str = "Forwarded 318-22-4410 to billing.\n";

/// Truth for [`eval_tree`], paths relative to `tree/`. Values are written
/// differently from the documents (`SMITH^JOHN`, `212 09 1234`, `e119`) to
/// check normalization; the last two lines are not in any document.
const TRUTH: &str = r#"{"path":"records/2021/progress_note.txt","inner":[],"kind":"name","value":"SMITH^JOHN"}
{"path":"records/2021/progress_note.txt","inner":[],"kind":"dob","value":"03/14/1961","source":"ignored"}
{"path":"./records/2021/progress_note.txt","inner":[],"kind":"ssn","value":"212 09 1234"}
{"path":"records/2021/progress_note.txt","kind":"mrn","value":"00482913"}
{"path":"records/2021/progress_note.txt","inner":[],"kind":"icd10","value":"e119"}

{"path":"records/2021/progress_note.txt","inner":[],"kind":"device_id","value":"DEV-0042-XYZ"}
{"path":"outbox/mail.txt","inner":[],"kind":"dob","value":"01/02/1970"}
"#;

/// The note (its SSN written twice) and the mail; truth in `truth.jsonl`
/// beside the tree.
fn eval_tree(root: &Path) {
    write(
        root,
        NOTE_PATH,
        format!("{NOTE}Confirmed SSN: 212-09-1234\n"),
    );
    write(root, MAIL_PATH, MAIL);
    write(root, "truth.jsonl", TRUTH);
}

/// `tp`, `fp`, `fn` of a metrics object.
fn tp_fp_fn(m: &Value) -> (u64, u64, u64) {
    (u(&m["tp"]), u(&m["fp"]), u(&m["fn"]))
}

/// The eval JSON document on stdout.
#[track_caller]
fn eval_json(r: &Run) -> Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("eval --format json is not JSON ({e})\n{}", r.dump()))
}

#[test]
fn eval_counts_true_false_positives_and_negatives_exactly() {
    let dir = tempfile::tempdir().unwrap();
    eval_tree(dir.path());
    let r = eval_in(
        dir.path(),
        &["--truth", "truth.jsonl", "--format", "json", "tree"],
    );
    r.assert_code(0);
    let doc = eval_json(&r);
    assert_eq!(u(&doc["truth_values"]), 7, "{doc:#}");
    // The SSN twice in the note is one true positive; the mail's SSN is
    // a look-alike reported at medium: a false positive. The mail's DOB
    // and the device id are not found: false negatives, the latter of a
    // kind no detector produces.
    assert_eq!(tp_fp_fn(&doc["overall"]), (5, 1, 2), "{doc:#}");
    let by_kind = &doc["by_kind"];
    for (kind, want) in [
        ("name", (1, 0, 0)),
        ("dob", (1, 0, 1)),
        ("ssn", (1, 1, 0)),
        ("mrn", (1, 0, 0)),
        ("icd10", (1, 0, 0)),
        ("device_id", (0, 0, 1)),
    ] {
        assert_eq!(tp_fp_fn(&by_kind[kind]), want, "{kind}: {doc:#}");
    }
    assert_eq!(by_kind.as_object().unwrap().len(), 6, "{doc:#}");
    let p = doc["overall"]["precision"].as_f64().unwrap();
    let rc = doc["overall"]["recall"].as_f64().unwrap();
    assert!((p - 5.0 / 6.0).abs() < 1e-9 && (rc - 5.0 / 7.0).abs() < 1e-9);
    assert!(
        by_kind["device_id"]["precision"].is_null(),
        "nothing reported"
    );
    assert_eq!(by_kind["device_id"]["recall"], 0.0);

    let fps = doc["false_positives"].as_array().unwrap();
    assert_eq!(fps.len(), 1, "{doc:#}");
    assert_eq!(fps[0]["path"], "outbox/mail.txt");
    assert_eq!(fps[0]["kind"], "ssn");
    assert_eq!((u(&fps[0]["line"]), u(&fps[0]["column"])), (1, 11));
    assert_eq!(fps[0]["masked"], "***-**-4410");
    assert_eq!(fps[0]["confidence"], "medium");
    let fns: Vec<(&str, &str, u64)> = doc["false_negatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (s(&m["path"]), s(&m["kind"]), u(&m["truth_line"])))
        .collect();
    assert_eq!(
        fns,
        [
            ("outbox/mail.txt", "dob", 8),
            ("records/2021/progress_note.txt", "device_id", 7),
        ]
    );

    // At `high` the look-alike is not reported: no false positive left.
    let r = eval_in(
        dir.path(),
        &[
            "--truth",
            "truth.jsonl",
            "--format",
            "json",
            "--min-confidence",
            "high",
            "tree",
        ],
    );
    r.assert_code(0);
    assert_eq!(tp_fp_fn(&eval_json(&r)["overall"]), (5, 0, 2));

    // Truth paths written as walked (`tree/...`) mean the same files.
    let walked: String = TRUTH.replace("\"path\":\"", "\"path\":\"tree/");
    write(
        dir.path(),
        "walked.jsonl",
        walked.replace("tree/./", "tree/"),
    );
    let r = eval_in(
        dir.path(),
        &["--truth", "walked.jsonl", "--format", "json", "tree"],
    );
    r.assert_code(0);
    assert_eq!(tp_fp_fn(&eval_json(&r)["overall"]), (5, 1, 2));
}

#[test]
fn eval_human_table_and_lists_are_masked_without_show_values() {
    let dir = tempfile::tempdir().unwrap();
    eval_tree(dir.path());
    let unlisted = ["01/02/1970", "DEV-0042-XYZ", "0042"];
    for format in ["human", "json"] {
        let r = eval_in(
            dir.path(),
            &["--truth", "truth.jsonl", "--format", format, "tree"],
        );
        r.assert_code(0);
        for (text, name) in [(&r.stdout, "stdout"), (&r.stderr, "stderr")] {
            assert_no_raw(text, &format!("{name} of eval --format {format}"));
            for raw in unlisted {
                assert!(!text.contains(raw), "{raw} leaked into {name}: {text}");
            }
        }
        assert!(r.stdout.contains("***-**-4410"), "{}", r.dump());
    }
    let r = eval_in(dir.path(), &["--truth", "truth.jsonl", "tree"]);
    let overall = r
        .stdout
        .lines()
        .find(|l| l.starts_with("overall"))
        .unwrap_or_else(|| panic!("no overall row\n{}", r.dump()));
    let cells: Vec<&str> = overall.split_whitespace().collect();
    assert_eq!(cells, ["overall", "5", "1", "2", "0.833", "0.714", "0.769"]);
    assert!(
        r.stdout.contains("outbox/mail.txt:1:11") && r.stdout.contains("(truth line 7)"),
        "{}",
        r.dump()
    );

    // --show-values lists raw values; --max-list caps the lists.
    let r = eval_in(
        dir.path(),
        &["--truth", "truth.jsonl", "--show-values", "tree"],
    );
    r.assert_code(0);
    for raw in ["318-22-4410", "01/02/1970", "DEV-0042-XYZ"] {
        assert!(r.stdout.contains(raw), "{raw} listed: {}", r.dump());
    }
    let r = eval_in(
        dir.path(),
        &[
            "--truth",
            "truth.jsonl",
            "--format",
            "json",
            "--max-list",
            "1",
            "tree",
        ],
    );
    let doc = eval_json(&r);
    assert_eq!(doc["false_negatives"].as_array().unwrap().len(), 1);
    assert_eq!(u(&doc["overall"]["fn"]), 2, "counts are not capped");
}

#[test]
fn eval_gates_exit_1_when_below_and_0_when_met() {
    let dir = tempfile::tempdir().unwrap();
    eval_tree(dir.path());
    // The truth file inside the scanned tree is not scanned itself.
    write(dir.path(), "tree/truth.jsonl", TRUTH);
    let go = |gates: &[&str]| {
        let mut args = vec!["--truth", "tree/truth.jsonl", "tree"];
        args.extend_from_slice(gates);
        eval_in(dir.path(), &args)
    };
    // precision 5/6, recall 5/7; ssn precision 1/2, recall 1/1.
    let r = go(&["--min-precision", "0.9"]);
    r.assert_code(1);
    assert!(
        r.stderr.contains("overall precision 0.8333 < 0.9"),
        "{}",
        r.dump()
    );
    let r = go(&["--min-recall", "0.72"]);
    r.assert_code(1);
    assert!(r.stderr.contains("overall recall"), "{}", r.dump());
    let r = go(&["--kind-threshold", "ssn=0.6,1"]);
    r.assert_code(1);
    assert!(r.stderr.contains("ssn precision"), "{}", r.dump());
    assert!(r.stdout.contains("FAIL  ssn precision"), "{}", r.dump());
    let r = go(&[
        "--min-precision",
        "0.8",
        "--min-recall",
        "0.7",
        "--kind-threshold",
        "ssn=0.5,1",
        "--kind-threshold",
        "name=1,1",
        // Nothing of this kind to find or report: nothing to fail.
        "--kind-threshold",
        "mbi=0.99,0.99",
    ]);
    r.assert_code(0);
    assert!(!r.stdout.contains("FAIL"), "{}", r.dump());
    assert!(r.stderr.is_empty(), "{}", r.dump());
    let doc = {
        let mut args = vec!["--format", "json", "--kind-threshold", "ssn=0.6,1"];
        args.extend_from_slice(&["--truth", "tree/truth.jsonl", "tree"]);
        eval_json(&eval_in(dir.path(), &args))
    };
    assert_eq!(doc["passed"], false);
    assert_eq!(
        tp_fp_fn(&doc["overall"]),
        (5, 1, 2),
        "truth file not scanned"
    );
}

#[test]
fn eval_bad_truth_line_or_flags_exit_2_with_the_line_number() {
    let dir = tempfile::tempdir().unwrap();
    eval_tree(dir.path());
    let lines: Vec<&str> = TRUTH.lines().collect();
    for (bad, why) in [
        (
            r#"{"path":"outbox/mail.txt","kind":"ssn","value":"318-22-4410""#,
            "JSON",
        ),
        (
            r#"{"path":"outbox/mail.txt","kind":"ssn","value":318224410}"#,
            "string",
        ),
        (
            r#"{"path":"outbox/mail.txt","kind":"SSN#","value":"318-22-4410"}"#,
            "kind",
        ),
        (r#"{"path":"outbox/mail.txt","kind":"ssn"}"#, "value"),
    ] {
        let text = format!("{}\n{}\n{bad}\n{}\n", lines[0], lines[1], lines[2]);
        write(dir.path(), "bad.jsonl", text);
        let r = eval_in(dir.path(), &["--truth", "bad.jsonl", "tree"]);
        r.assert_code(2);
        assert!(r.stderr.contains("bad.jsonl line 3"), "{}", r.dump());
        assert!(r.stderr.contains(why), "{}", r.dump());
        assert!(!r.stderr.contains("panicked"), "{}", r.dump());
        assert!(r.stdout.is_empty(), "{}", r.dump());
        assert_no_raw(&r.stderr, "stderr of a bad truth file");
    }
    for args in [
        &["--truth", "missing.jsonl", "tree"][..],
        &["--truth", "truth.jsonl", "no-such-dir"][..],
        &["--truth", "truth.jsonl", "--min-recall", "1.5", "tree"][..],
        &[
            "--truth",
            "truth.jsonl",
            "--kind-threshold",
            "ssn=0.9",
            "tree",
        ][..],
        &[
            "--truth",
            "truth.jsonl",
            "--kind-threshold",
            "snn=1,1",
            "tree",
        ][..],
    ] {
        let r = eval_in(dir.path(), args);
        r.assert_code(2);
        assert!(!r.stderr.contains("panicked"), "{}", r.dump());
    }
}

/// Column names are context: a CSV export labels its values only in the
/// header row, and a column named for an identifier holds identifiers.
#[test]
fn csv_columns_give_their_cells_context() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "export.csv",
        "mrn,last_name,first_name,dob,ssn,dx_code\n\
         00482913,SMITH,JOHN,1961-03-14,212091234,E11.9\n\
         00519277,GARCIA,MARIA,07/22/1958,212-09-0000,I10\n",
    );
    write(
        root,
        "products.csv",
        "sku,name,price\n10442,Rose Garden Trellis,19.99\n10443,Will Power Drill,89.00\n",
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = r.kind_value_confidence("export.csv");
    let has = |kind: &str, conf: &str, value: &str| {
        found
            .iter()
            .any(|(k, v, c)| k == kind && c == conf && v == value)
    };
    assert!(has("mrn", "high", "00482913"), "{found:?}");
    assert!(has("dob", "high", "1961-03-14"), "{found:?}");
    assert!(has("dob", "high", "07/22/1958"), "{found:?}");
    assert!(
        has("ssn", "high", "212091234"),
        "bare digits in an ssn column: {found:?}"
    );
    assert!(
        has("ssn", "medium", "212-09-0000"),
        "an invalid value in an ssn column is still reported: {found:?}"
    );
    assert!(has("icd10", "high", "E11.9"), "{found:?}");
    assert!(has("icd10", "high", "I10"), "{found:?}");
    assert!(has("name", "high", "SMITH,JOHN"), "{found:?}");
    assert!(
        r.kind_value_confidence("products.csv").is_empty(),
        "a product list is not patient data: {}",
        r.dump()
    );
}

/// Each (kind, value) was found at `high`.
fn assert_high(found: &[(String, String, String)], expected: &[(&str, &str)]) {
    for (kind, value) in expected {
        assert!(
            found
                .iter()
                .any(|(k, v, c)| k == kind && c == "high" && v == value),
            "{kind} {value} at high: {found:?}"
        );
    }
}

#[test]
fn fhir_resources_name_their_values_at_high() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // A Bundle as EHR exports write it: extensions, a contained Patient,
    // a Practitioner (a clinician, not a patient) and an ICD-10-CM coding.
    write(
        root,
        "export/bundle.json",
        r#"{"resourceType":"Bundle","type":"collection","entry":[
{"resource":{"resourceType":"Patient","id":"p1",
 "extension":[{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"}],
 "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"Q7730194"},
               {"system":"http://hl7.org/fhir/sid/us-ssn","value":"458-27-4186"}],
 "name":[{"use":"official","family":"Okafor","given":["Adaeze"]}],
 "birthDate":"1961-03-14"}},
{"resource":{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}],
 "name":[{"family":"Whitfield","given":["Grace"]}]}},
{"resource":{"resourceType":"Condition","code":{"coding":[
 {"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9","display":"Type 2 diabetes mellitus without complications"},
 {"system":"http://snomed.info/sct","code":"44054006"}]}}}]}"#,
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = r.kind_value_confidence("bundle.json");
    assert_high(
        &found,
        &[
            ("mrn", "Q7730194"),
            ("ssn", "458-27-4186"),
            ("name", "Okafor\",\"given\":[\"Adaeze"),
            ("dob", "1961-03-14"),
            ("icd10", "E11.9"),
        ],
    );
    assert!(
        !found
            .iter()
            .any(|(_, _, v)| v == "Whitfield" || v == "1234567893" || v == "44054006"),
        "clinicians and SNOMED codes are not patient data: {found:?}"
    );
}

#[test]
fn cda_record_target_names_its_values_at_high() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "ccd.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.19.5.99999.2" extension="U4892678"/>
    <id root="2.16.840.1.113883.4.1" extension="685094592"/>
    <patient><name use="L"><given>Corwin</given><family>Walker</family></name>
      <birthTime value="19610110"/></patient>
  </patientRole></recordTarget>
  <author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1681503273"/>
    <assignedPerson><name><given>Q</given><family>Dyer</family></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody><component><section><entry><observation classCode="OBS" moodCode="EVN">
    <value xsi:type="CD" code="J45.909" codeSystem="2.16.840.1.113883.6.90" displayName="Unspecified asthma"/>
    <value xsi:type="CD" code="493.90" codeSystem="2.16.840.1.113883.6.103"/>
  </observation></entry></section></component></structuredBody></component>
</ClinicalDocument>
"#,
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = r.kind_value_confidence("ccd.xml");
    assert_high(
        &found,
        &[
            ("mrn", "U4892678"),
            ("ssn", "685094592"),
            ("name", "Corwin</given><family>Walker"),
            ("dob", "19610110"),
            ("icd10", "J45.909"),
            ("icd9", "493.90"),
        ],
    );
    assert!(
        !found
            .iter()
            .any(|(_, _, v)| v == "Dyer" || v == "1681503273"),
        "the author is a clinician: {found:?}"
    );
}

// ---------------------------------------------------------------------------
// Containers (issue 4): archives, office documents, PDF, mail, markup.
// Fixtures are built here with the same maintained crates real tools use.

/// A minimal docx whose body paragraphs are `paragraphs`, each a list of runs.
fn docx_of(paragraphs: &[&[&str]]) -> Vec<u8> {
    let mut body = String::new();
    for runs in paragraphs {
        body.push_str("<w:p>");
        for r in *runs {
            body.push_str(&format!("<w:r><w:t xml:space=\"preserve\">{r}</w:t></w:r>"));
        }
        body.push_str("</w:p>");
    }
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    common::zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
    ])
}

/// (inner chain joined with `!`, kind, confidence, value) of every finding.
fn located(r: &Run) -> Vec<(String, String, String, String)> {
    r.findings()
        .iter()
        .map(|f| {
            let inner: Vec<&str> = f["inner"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            (
                format!("{}!{}", s(&f["path"]), inner.join("!")),
                s(&f["kind"]).to_string(),
                s(&f["confidence"]).to_string(),
                s(&f["value"]).to_string(),
            )
        })
        .collect()
}

fn has_at(
    found: &[(String, String, String, String)],
    loc_suffix: &str,
    kind: &str,
    value: &str,
) -> bool {
    found.iter().any(|(l, k, c, v)| {
        l.ends_with(loc_suffix) && k == kind && v == value && rank(c) >= rank("medium")
    })
}

const MEMO: &str = "Progress note\nPatient: Adaeze Okafor   DOB: 03/14/1961\nMRN: Q7730194\nSSN: 458-27-4186\nAssessment: type 2 diabetes (E11.9)\n";

#[test]
fn zip_members_nested_zips_and_a_zip_named_dat_are_scanned_with_their_chain() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let inner = common::zip_of(&[("deep/b.txt", MEMO.as_bytes())]);
    let outer = common::zip_of(&[
        ("notes/a.txt", MEMO.as_bytes()),
        ("inner.zip", &inner),
        ("readme.txt", b"nothing to see"),
    ]);
    write(root, "share/export.zip", &outer);
    write(
        root,
        "share/blob.dat",
        common::zip_of(&[("c.txt", MEMO.as_bytes())]),
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = located(&r);
    assert!(
        has_at(&found, "export.zip!notes/a.txt", "ssn", "458-27-4186"),
        "{found:?}"
    );
    assert!(
        has_at(&found, "export.zip!inner.zip!deep/b.txt", "mrn", "Q7730194"),
        "{found:?}"
    );
    assert!(
        has_at(&found, "blob.dat!c.txt", "dob", "03/14/1961"),
        "by content, not name: {found:?}"
    );
    // Offsets and lines are into the member's own text.
    let f = r
        .findings()
        .into_iter()
        .find(|f| s(&f["path"]).ends_with("export.zip") && f["kind"] == "ssn")
        .unwrap();
    let at = MEMO.find("458-27-4186").unwrap() as u64;
    assert_eq!((u(&f["start"]), u(&f["line"])), (at, 4), "{f}");
    // The human report names the member chain with `!`.
    let human = scan_in(root, &["."]);
    assert!(
        human.stdout.contains("export.zip!inner.zip!deep/b.txt"),
        "{}",
        human.stdout
    );
}

#[test]
fn tar_gz_members_are_scanned_and_gzip_adds_no_level() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut tar = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(MEMO.len() as u64);
    h.set_mode(0o644);
    h.set_cksum();
    tar.append_data(&mut h, "exports/c.txt", MEMO.as_bytes())
        .unwrap();
    let tar = tar.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &tar).unwrap();
    write(root, "backup.tgz", gz.finish().unwrap());
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = located(&r);
    assert!(
        has_at(&found, "backup.tgz!exports/c.txt", "ssn", "458-27-4186"),
        "{found:?}"
    );
}

#[test]
fn docx_runs_are_joined_and_found_in_the_document_part() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Word splits values across runs; the reader must join them.
    let docx = docx_of(&[
        &["Referral letter"],
        &["Patient: ", "Adaeze Okafor", ", DOB: 03/", "14/1961"],
        &["SSN: 458-27-", "4186"],
    ]);
    write(root, "letters/okafor.docx", &docx);
    // The same letter attached to a zipped mail export.
    write(
        root,
        "export.zip",
        common::zip_of(&[("2019/okafor.docx", &docx)]),
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = located(&r);
    assert!(
        has_at(
            &found,
            "okafor.docx!word/document.xml",
            "ssn",
            "458-27-4186"
        ),
        "{found:?}"
    );
    assert!(
        has_at(&found, "okafor.docx!word/document.xml", "dob", "03/14/1961"),
        "{found:?}"
    );
    assert!(
        has_at(
            &found,
            "export.zip!2019/okafor.docx!word/document.xml",
            "ssn",
            "458-27-4186"
        ),
        "{found:?}"
    );
}

#[test]
fn eml_attachments_are_decoded_and_opened() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    use std::fmt::Write as _;
    let att = common::zip_of(&[("labs.txt", MEMO.as_bytes())]);
    let b64 = base64_lines(&att);
    let mut eml = String::new();
    write!(
        eml,
        "From: Front Desk <desk@clinic.example>\r\nTo: Billing <billing@clinic.example>\r\n\
         Subject: records\r\nDate: Mon, 4 Mar 2019 09:00:00 -0500\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n\
         --XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
         Patient: Adaeze Okafor=0D=0AMRN: Q77=\r\n30194 as discussed.\r\n\
         --XX\r\nContent-Type: application/zip; name=\"labs.zip\"\r\n\
         Content-Disposition: attachment; filename=\"labs.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--XX--\r\n"
    )
    .unwrap();
    write(root, "mail/records.eml", eml);
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = located(&r);
    assert!(
        has_at(&found, "records.eml!", "mrn", "Q7730194"),
        "soft line break joined: {found:?}"
    );
    assert!(
        has_at(
            &found,
            "records.eml!labs.zip!labs.txt",
            "ssn",
            "458-27-4186"
        ),
        "{found:?}"
    );
}

/// Base64 in 76-character lines, as mail writers emit it.
fn base64_lines(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, c) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn corrupt_and_truncated_containers_are_reported_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let good = common::zip_of(&[("a.txt", MEMO.as_bytes()), ("b.txt", MEMO.as_bytes())]);
    write(root, "truncated.zip", &good[..good.len() / 2]);
    let docx = docx_of(&[&["SSN: 458-27-4186"]]);
    write(root, "cut.docx", &docx[..docx.len() - 30]);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, MEMO.repeat(200).as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    write(root, "cut.txt.gz", &gz[..gz.len() / 2]);
    write(root, "fine.txt", MEMO);
    let r = run_with_timeout(
        phiscan()
            .current_dir(root)
            .args(["scan", "--format", "jsonl", "--show-values", "."]),
        std::time::Duration::from_secs(60),
    );
    // Something could not be fully read, but findings were made: exit 1.
    r.assert_code(1);
    let found = located(&r);
    assert!(
        has_at(&found, "fine.txt!", "ssn", "458-27-4186"),
        "{found:?}"
    );
    let skipped = r.skipped();
    for name in ["truncated.zip", "cut.docx", "cut.txt.gz"] {
        assert!(
            skipped
                .iter()
                .any(|k| s(&k["path"]).ends_with(name) && s(&k["reason"]) == "corrupt"),
            "{name} corrupt: {skipped:?}"
        );
    }
    // The part of the gzip stream before the cut was still scanned.
    assert!(
        has_at(&found, "cut.txt.gz!", "ssn", "458-27-4186"),
        "{found:?}"
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}

/// A zip of `n` copies of `member` under numbered names.
fn copies(n: usize, member: &[u8], ext: &str) -> Vec<u8> {
    let names: Vec<String> = (0..n).map(|i| format!("{i}.{ext}")).collect();
    let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), member)).collect();
    common::zip_of(&members)
}

#[test]
fn zip_bombs_stop_within_the_budget_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // 42.zip style: 10 x 10 x 10 x 2 MiB of zeros = 2 GiB inflated in all.
    let zeros = vec![0u8; 2 << 20];
    let l1 = copies(10, &zeros, "bin");
    let l2 = copies(10, &l1, "zip");
    let l3 = copies(10, &l2, "zip");
    write(root, "nested.zip", &l3);
    // One member with an extreme ratio: 80 MiB of one byte.
    write(root, "ratio.zip", copies(1, &vec![b'a'; 80 << 20], "txt"));
    write(root, "note.txt", MEMO);
    let started = std::time::Instant::now();
    let r = run_with_timeout(
        Command::new("/usr/bin/time")
            .arg("-v")
            .arg(BIN)
            .current_dir(root)
            .env("PHISCAN_KEY", KEY)
            .args(["scan", "--format", "jsonl", "--max-inflated", "1G", "."]),
        std::time::Duration::from_secs(120),
    );
    let took = started.elapsed();
    let skipped = r.skipped();
    for name in ["nested.zip", "ratio.zip"] {
        assert!(
            skipped
                .iter()
                .any(|k| s(&k["path"]).ends_with(name) && s(&k["reason"]) == "archive_budget"),
            "{name}: {skipped:?}"
        );
    }
    assert!(
        r.findings()
            .iter()
            .any(|f| s(&f["path"]).ends_with("note.txt")),
        "the rest of the tree is still scanned"
    );
    // Without --allow-incomplete an incomplete scan with findings exits 1.
    r.assert_code(1);
    let rss_kib: u64 = r
        .stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .expect("time -v output");
    assert!(rss_kib < 400 * 1024, "peak RSS {rss_kib} KiB");
    assert!(took.as_secs() < 90, "took {took:?}");
    eprintln!("bombs: {took:?}, peak RSS {} MiB", rss_kib / 1024);
}

#[test]
fn a_table_after_a_heading_in_a_document_gives_its_columns_as_context() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "portal/today.html",
        "<!DOCTYPE html><html><body><h1>Clinic list</h1><p>Seen today at the east clinic.</p>\
         <table><tr><th>MRN</th><th>Date of Birth</th><th>Visit</th></tr>\
         <tr><td>Q7730194</td><td>03/14/1961</td><td>follow-up</td></tr>\
         <tr><td>B1650022</td><td>11/02/1975</td><td>new</td></tr></table></body></html>",
    );
    let r = scan_jsonl(root, &["--show-values", "."]);
    r.assert_code(1);
    let found = located(&r);
    for (kind, value) in [
        ("mrn", "Q7730194"),
        ("mrn", "B1650022"),
        ("dob", "11/02/1975"),
    ] {
        assert!(
            has_at(&found, "today.html!", kind, value),
            "{kind} {value}: {found:?}"
        );
    }
}

/// A file with more findings than fit in one report part is reported in
/// parts as it is scanned (memory stays bounded), yet the report still has
/// every finding, one `file` record with the whole file's counts and
/// verdict, and the summary counts the file once.
#[test]
fn a_file_with_many_findings_is_reported_in_parts_without_losing_any() {
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000u32;
    let mut text = String::new();
    for i in 0..n {
        // Valid SSNs: area 100-599, group 10-99, serial 1000-9999.
        let (area, group, serial) = (100 + i % 500, 10 + i % 90, 1000 + i % 9000);
        text.push_str(&format!("SSN: {area:03}-{group:02}-{serial:04}\n"));
    }
    write(dir.path(), "tree/roster.txt", &text);
    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    assert_eq!(r.findings().len(), n as usize, "{}", r.dump());
    let files = r.files();
    assert_eq!(files.len(), 1, "{}", r.dump());
    assert_eq!(files[0]["counts"]["ssn"], n);
    assert_eq!(files[0]["verdict"], "pii");
    let summary = r.summary();
    assert_eq!(summary["findings"], n);
    assert_eq!(summary["verdicts"]["pii"], 1);

    let r = scan_in(dir.path(), &["tree"]);
    r.assert_code(1);
    assert_eq!(
        r.stdout.matches("roster.txt").count(),
        2,
        "header and total"
    );
    assert!(
        r.stdout.contains(&format!("[PII] {n} findings in ")),
        "{}",
        &r.stdout[r.stdout.len().saturating_sub(600)..]
    );
}

/// A file larger than one mapping window is scanned in halves on two
/// threads when one is free; the report is the same with one thread or
/// two (same findings, lines and columns), and nothing near the seams is
/// lost.
#[test]
fn a_large_file_gives_the_same_report_with_one_thread_or_two() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "The quarterly inventory of office supplies was reviewed by the team.\n";
    let mut text = String::with_capacity(41 << 20);
    let mut planted = 0u32;
    while text.len() < 40 << 20 {
        for _ in 0..60 {
            text.push_str(filler);
        }
        let i = planted;
        let (area, group, serial) = (100 + i % 500, 10 + i % 90, 1000 + i % 9000);
        text.push_str(&format!("SSN: {area:03}-{group:02}-{serial:04}\n"));
        planted += 1;
    }
    write(dir.path(), "tree/big.txt", &text);
    let one = scan_jsonl(dir.path(), &["-j", "1", "tree"]);
    let two = scan_jsonl(dir.path(), &["-j", "2", "tree"]);
    one.assert_code(1);
    two.assert_code(1);
    let records = |r: &common::Run| -> Vec<String> {
        r.stdout
            .lines()
            .filter(|l| !l.contains("\"type\":\"summary\""))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(records(&one), records(&two));
    let findings = one.findings();
    assert_eq!(findings.len(), planted as usize);
    // Lines are exact across the halves and windows: every 61st line.
    for (k, f) in findings.iter().enumerate() {
        assert_eq!(f["line"], 61 * (k as u64 + 1), "{f}");
        assert_eq!(f["column"], 6);
    }
}
