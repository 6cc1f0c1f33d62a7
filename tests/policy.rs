//! Config, allowlist and baseline (issue 18 parts 3 and 4): which findings
//! a scan reports, driven through the real binary in temp directories.

use std::path::Path;

use crate::common::{phiscan, run, s, scan_jsonl, u, write, Run};

const SSN_A: &str = "212-09-1234";
const SSN_B: &str = "219-09-8888";

/// `phiscan ARGS...` in `dir`.
fn in_dir(dir: &Path, args: &[&str]) -> Run {
    let mut c = phiscan();
    c.current_dir(dir).args(args);
    run(&mut c)
}

/// A scan of `.` in `dir` as JSON lines, with extra flags.
fn scan(dir: &Path, extra: &[&str]) -> Run {
    let mut args = extra.to_vec();
    args.push(".");
    scan_jsonl(dir, &args)
}

/// (path, masked) of every reported finding, sorted.
fn reported(r: &Run) -> Vec<(String, String)> {
    let mut v: Vec<_> = r
        .findings()
        .iter()
        .map(|f| (s(&f["path"]).to_string(), s(&f["masked"]).to_string()))
        .collect();
    v.sort();
    v
}

fn two_files(dir: &Path) {
    write(dir, "docs/example.txt", format!("Example SSN: {SSN_A}\n"));
    write(dir, "data/export.txt", format!("Patient SSN: {SSN_B}\n"));
}

#[test]
fn an_allow_entry_by_path_and_detector_allows_and_is_counted() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    write(
        tmp.path(),
        "phiscan.toml",
        "[[allow]]\npaths = [\"docs/**\"]\ndetector = \"us-ssn\"\nreason = \"documentation example\"\n",
    );
    let r = scan(tmp.path(), &[]);
    r.assert_code(1);
    assert_eq!(
        reported(&r),
        [("./data/export.txt".into(), "***-**-8888".into())],
        "{}",
        r.dump()
    );
    let sum = r.summary();
    assert_eq!(u(&sum["findings"]), 1);
    assert_eq!(u(&sum["allowed"]), 1);
    assert_eq!(u(&sum["by_kind"]["ssn"]), 1);
    assert!(sum.get("baselined").is_none(), "absent when 0: {sum}");
    // The same entry for another detector allows nothing.
    write(
        tmp.path(),
        "phiscan.toml",
        "[[allow]]\npaths = [\"docs/**\"]\ndetector = \"email\"\nreason = \"x\"\n",
    );
    let r = scan(tmp.path(), &[]);
    assert_eq!(r.findings().len(), 2, "{}", r.dump());
    assert!(r.summary().get("allowed").is_none());
}

#[test]
fn an_allow_entry_by_fingerprint_allows_that_value_only() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    let before = scan(tmp.path(), &[]);
    let fp = before
        .findings()
        .into_iter()
        .find(|f| f["masked"] == "***-**-8888")
        .map(|f| s(&f["fingerprint"]).to_string())
        .unwrap();
    let cfg = tmp.path().join("policy.toml");
    std::fs::write(
        &cfg,
        format!("[[allow]]\nfingerprint = \"{fp}\"\nreason = \"test patient\"\n"),
    )
    .unwrap();
    let r = scan(tmp.path(), &["--config", cfg.to_str().unwrap()]);
    assert_eq!(
        reported(&r),
        [("./docs/example.txt".into(), "***-**-1234".into())],
        "{}",
        r.dump()
    );
    // PHISCAN_CONFIG names it too; a value pattern does the same in memory.
    std::fs::write(
        &cfg,
        "[[allow]]\nvalue = '219-09-\\d{4}'\nreason = \"test range\"\n",
    )
    .unwrap();
    let mut c = phiscan();
    c.current_dir(tmp.path())
        .env("PHISCAN_CONFIG", &cfg)
        .args(["scan", "--format", "jsonl", "."]);
    let r = run(&mut c);
    assert_eq!(reported(&r).len(), 1, "{}", r.dump());
    assert_eq!(u(&r.summary()["allowed"]), 1);
}

#[test]
fn an_expired_entry_no_longer_allows_and_warns() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    write(
        tmp.path(),
        "phiscan.toml",
        "[[allow]]\ndetector = \"us-ssn\"\nreason = \"until the cleanup\"\nexpires = 2020-01-31\n\n\
         [[allow]]\npaths = [\"docs/*\"]\nreason = \"still valid\"\nexpires = 2999-12-31\n",
    );
    let r = scan(tmp.path(), &[]);
    r.assert_code(1);
    assert_eq!(
        reported(&r),
        [("./data/export.txt".into(), "***-**-8888".into())],
        "{}",
        r.dump()
    );
    assert!(
        r.stderr.contains("phiscan.toml:1:")
            && r.stderr.contains("until the cleanup")
            && r.stderr.contains("expired on 2020-01-31"),
        "{}",
        r.dump()
    );
    assert!(!r.stderr.contains("still valid"), "{}", r.dump());
}

#[test]
fn an_inline_comment_with_a_reason_allows_a_bare_one_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "notes.md",
        format!(
            "Sample SSN {SSN_A} <!-- phiscan:allow synthetic test value -->\n\
             Other SSN {SSN_B} # phiscan:allow\n"
        ),
    );
    let r = scan(tmp.path(), &[]);
    r.assert_code(1);
    let f = r.only_finding();
    assert_eq!(f["masked"], "***-**-8888");
    assert_eq!(u(&f["line"]), 2);
    assert_eq!(u(&r.summary()["allowed"]), 1);
    assert!(
        r.stderr.contains("notes.md:2:") && r.stderr.contains("without a reason"),
        "{}",
        r.dump()
    );
    // Only the line it is on.
    write(
        tmp.path(),
        "notes.md",
        format!("phiscan:allow fixture\nSSN {SSN_A}\n"),
    );
    assert_eq!(scan(tmp.path(), &[]).findings().len(), 1);
}

#[test]
fn an_inline_comment_in_a_container_member_allows() {
    let tmp = tempfile::tempdir().unwrap();
    let mut zip = zip_writer();
    zip.start_file("inside.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(
        &mut zip,
        format!("SSN {SSN_A} phiscan:allow synthetic\nSSN {SSN_B}\n").as_bytes(),
    )
    .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    write(tmp.path(), "bundle.zip", bytes);
    let r = scan(tmp.path(), &[]);
    let f = r.only_finding();
    assert_eq!(f["masked"], "***-**-8888", "{}", r.dump());
    assert_eq!(f["inner"][0], "inside.txt");
}

fn zip_writer() -> zip::ZipWriter<std::io::Cursor<Vec<u8>>> {
    zip::ZipWriter::new(std::io::Cursor::new(Vec::new()))
}

#[test]
fn no_allow_reports_everything() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    write(
        tmp.path(),
        "more.txt",
        "SSN 212-09-6789 phiscan:allow synthetic\n",
    );
    write(
        tmp.path(),
        "phiscan.toml",
        "[[allow]]\ndetector = \"us-ssn\"\nreason = \"all examples\"\n",
    );
    let r = in_dir(tmp.path(), &["baseline", "create"]);
    r.assert_code(0);
    assert_eq!(scan(tmp.path(), &[]).findings().len(), 0);
    let r = scan(
        tmp.path(),
        &["--no-allow", "--baseline", ".phiscan-baseline.json"],
    );
    r.assert_code(1);
    assert_eq!(r.findings().len(), 3, "{}", r.dump());
    assert!(r.summary().get("allowed").is_none());
}

#[test]
fn a_bad_config_names_the_file_and_line_and_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    for (config, line) in [
        // No reason in the second entry.
        (
            "[[allow]]\npaths = [\"a\"]\nreason = \"ok\"\n\n[[allow]]\ndetector = \"us-ssn\"\n",
            "phiscan.toml:5",
        ),
        // A syntax error.
        ("min_confidence = \"high\"\n[[allow\n", "line 2"),
        // A misspelt key.
        (
            "[[allow]]\ndetector = \"us-ssn\"\nreasn = \"x\"\n",
            "phiscan.toml:1",
        ),
        // An unknown detector.
        ("[detectors]\ndisable = [\"us-sn\"]\n", "phiscan.toml:2"),
    ] {
        write(tmp.path(), "phiscan.toml", config);
        let r = scan(tmp.path(), &[]);
        r.assert_code(2);
        assert!(r.stderr.contains(line), "{config:?}: {}", r.dump());
        assert!(r.stdout.is_empty(), "{}", r.dump());
    }
}

#[test]
fn config_sets_threshold_and_disables_detectors_flags_win() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    write(
        tmp.path(),
        "phiscan.toml",
        "[detectors]\ndisable = [\"us-ssn\"]\n",
    );
    let r = scan(tmp.path(), &[]);
    r.assert_code(0);
    assert!(
        r.summary().get("allowed").is_none(),
        "disabled is not allowed"
    );
    write(tmp.path(), "phiscan.toml", "min_confidence = \"low\"\n");
    assert_eq!(scan(tmp.path(), &[]).summary()["min_confidence"], "low");
    assert_eq!(
        scan(tmp.path(), &["--min-confidence", "high"]).summary()["min_confidence"],
        "high"
    );
}

fn baseline_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(".phiscan-baseline.json")).unwrap()
}

#[test]
fn a_baseline_suppresses_what_it_lists_by_identity_not_line() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    let r = in_dir(tmp.path(), &["baseline", "create"]);
    r.assert_code(0);
    let text = baseline_text(tmp.path());
    for raw in [SSN_A, SSN_B, "09-1234", "09-8888"] {
        assert!(!text.contains(raw), "raw value in the baseline: {text}");
    }
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = v["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 2, "{text}");
    assert_eq!(entries[0]["path"], "data/export.txt");
    assert_eq!(entries[0]["masked"], "***-**-8888");
    assert_eq!(u(&entries[0]["count"]), 1);
    // Created twice, byte for byte the same.
    in_dir(tmp.path(), &["baseline", "create"]).assert_code(0);
    assert_eq!(baseline_text(tmp.path()), text);

    let r = scan(tmp.path(), &["--baseline", ".phiscan-baseline.json"]);
    r.assert_code(0);
    assert!(r.findings().is_empty(), "{}", r.dump());
    assert_eq!(u(&r.summary()["baselined"]), 2);
    assert_eq!(u(&r.summary()["findings"]), 0);

    // Lines inserted above keep it baselined; a new finding beside it is
    // reported.
    write(
        tmp.path(),
        "data/export.txt",
        format!("New header\n\nmore\nPatient SSN: {SSN_B}\nSpouse SSN: 212-09-6789\n"),
    );
    let r = scan(tmp.path(), &["--baseline", ".phiscan-baseline.json"]);
    r.assert_code(1);
    assert_eq!(
        reported(&r),
        [("./data/export.txt".into(), "***-**-6789".into())],
        "{}",
        r.dump()
    );
    assert_eq!(u(&r.summary()["baselined"]), 2);
}

#[test]
fn baseline_update_prunes_fixed_entries_then_is_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    in_dir(tmp.path(), &["baseline", "create"]).assert_code(0);
    // One is fixed; a new one appears and is reported, not added.
    write(tmp.path(), "docs/example.txt", "Example SSN: removed\n");
    write(tmp.path(), "new.txt", "SSN 212-09-6789\n");
    let r = in_dir(tmp.path(), &["baseline", "update"]);
    r.assert_code(1);
    assert!(r.stdout.contains("new.txt"), "{}", r.dump());
    let v: serde_json::Value = serde_json::from_str(&baseline_text(tmp.path())).unwrap();
    let entries = v["findings"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{v}");
    assert_eq!(entries[0]["path"], "data/export.txt");
    // Nothing new and nothing fixed: unchanged, exit 0.
    std::fs::remove_file(tmp.path().join("new.txt")).unwrap();
    let before = baseline_text(tmp.path());
    let r = in_dir(tmp.path(), &["baseline", "update"]);
    r.assert_code(0);
    assert_eq!(baseline_text(tmp.path()), before);
}

#[test]
fn a_baseline_made_with_another_key_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    two_files(tmp.path());
    in_dir(tmp.path(), &["baseline", "create"]).assert_code(0);
    let mut c = phiscan();
    c.current_dir(tmp.path())
        .env("PHISCAN_KEY", "another key entirely, long enough")
        .args(["scan", "--baseline", ".phiscan-baseline.json", "."]);
    let r = run(&mut c);
    r.assert_code(2);
    assert!(r.stderr.contains("another fingerprint key"), "{}", r.dump());
}
