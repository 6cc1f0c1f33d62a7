//! The inventory (`scan --state`, `report --state`) driven through the
//! real binary: what a second run reads (counted by strace and by the
//! runs table), what a changed or deleted file does, `--full`, `kill -9`
//! mid-scan, and that the state never holds a raw value.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{phiscan, run, write, Run, BIN, KEY};

/// A valid SSN and a name a raw value would show; the state must hold
/// neither.
const PHI: &str = "Patient: Marguerite Quillfeather\nSSN: 212-09-1234\nDOB: 03/14/1961\n";

fn tree(root: &Path, clean: usize) {
    for i in 0..clean {
        write(
            root,
            &format!("tree/d{}/f{i}.txt", i % 4),
            format!("meeting notes {i}\n"),
        );
    }
    write(root, "tree/phi.txt", PHI);
    write(
        root,
        "tree/gone.txt",
        "SSN of the old record: 219-44-5678\n",
    );
}

fn scan(dir: &Path, extra: &[&str]) -> Run {
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["scan", "--format", "jsonl", "--state", "state.sqlite"])
        .args(extra)
        .arg("tree");
    run(&mut c)
}

fn db(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("state.sqlite")).unwrap()
}

/// (files_read, files_carried, complete) of the latest run.
fn last_run(dir: &Path) -> (i64, i64, bool) {
    db(dir)
        .query_row(
            "SELECT files_read, files_carried, complete FROM runs ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

/// (path, kind, fingerprint) of every finding in a JSONL report.
fn found(r: &Run) -> BTreeSet<(String, String, String)> {
    r.findings()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap();
            let name = Path::new(path).file_name().unwrap().to_string_lossy();
            (
                name.into_owned(),
                f["kind"].as_str().unwrap().to_string(),
                f["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The `.txt` files under `tree/` that `scan --state` opened.
fn opened_txt(dir: &Path, extra: &[&str]) -> (Run, BTreeSet<String>) {
    let (r, files) = opened_under_tree(dir, extra, &[]);
    (
        r,
        files.into_iter().filter(|p| p.ends_with(".txt")).collect(),
    )
}

/// Files under `tree/` that `scan --state` opened, as strace saw them.
pub(crate) fn opened_under_tree(
    dir: &Path,
    extra: &[&str],
    env: &[(&str, &str)],
) -> (Run, BTreeSet<String>) {
    let trace = dir.join("trace.txt");
    let mut c = Command::new("strace");
    c.current_dir(dir)
        .args(["-f", "-e", "trace=open,openat", "-o"])
        .arg(&trace)
        .arg(BIN)
        .env("PHISCAN_KEY", KEY)
        .envs(env.iter().copied())
        .args(["scan", "--format", "jsonl", "--state", "state.sqlite"])
        .args(extra)
        .arg("tree");
    let r = run(&mut c);
    let text = std::fs::read_to_string(&trace).unwrap();
    let files = text
        .lines()
        .filter(|l| !l.contains("O_DIRECTORY"))
        .filter_map(|l| {
            let start = l.find("\"tree/")? + 1;
            let end = start + l[start..].find('"')?;
            Some(l[start..end].to_string())
        })
        .collect();
    (r, files)
}

#[test]
fn a_second_run_reads_nothing_unchanged_and_then_only_the_changed_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    tree(dir, 40);
    let first = scan(dir, &[]);
    first.assert_code(1);
    assert_eq!(last_run(dir), (42, 0, true));

    let (second, opened) = opened_txt(dir, &[]);
    second.assert_code(1);
    assert_eq!(opened, BTreeSet::new(), "unchanged files were opened");
    assert_eq!(last_run(dir), (0, 42, true));
    assert_eq!(found(&second), found(&first), "carried findings differ");
    assert_eq!(second.summary()["files"], 42);

    // Append to one file (size, mtime and ctime change): only it is read.
    std::thread::sleep(Duration::from_millis(20));
    let changed = dir.join("tree/d1/f1.txt");
    let mut text = std::fs::read_to_string(&changed).unwrap();
    text.push_str("SSN 212-09-1234\n");
    std::fs::write(&changed, text).unwrap();
    let (third, opened) = opened_txt(dir, &[]);
    third.assert_code(1);
    assert_eq!(
        opened,
        BTreeSet::from(["tree/d1/f1.txt".to_string()]),
        "only the changed file is read"
    );
    assert_eq!(last_run(dir), (1, 41, true));
    assert!(found(&third)
        .iter()
        .any(|f| f.0 == "f1.txt" && f.1 == "ssn"));

    // --full reads everything again.
    let (full, opened) = opened_txt(dir, &["--full"]);
    full.assert_code(1);
    assert_eq!(opened.len(), 42, "--full opened {opened:?}");
    assert_eq!(last_run(dir), (42, 0, true));
    assert_eq!(found(&full), found(&third));
}

#[test]
fn a_deleted_file_is_gone_and_its_findings_resolved_in_the_report_since() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    tree(dir, 5);
    scan(dir, &[]).assert_code(1);
    std::fs::remove_file(dir.join("tree/gone.txt")).unwrap();
    let second = scan(dir, &[]);
    second.assert_code(1);
    assert!(second.stderr.contains("1 gone"), "{}", second.stderr);
    let gone: Option<i64> = db(dir)
        .query_row(
            "SELECT gone_run FROM files WHERE path LIKE '%/tree/gone.txt'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gone, Some(2));

    // The report of run 2 since run 1: the SSN of gone.txt is resolved,
    // phi.txt's findings unchanged; nothing was scanned to say so.
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["report", "--state", "state.sqlite", "--format", "human"])
        .env("NO_COLOR", "1");
    let human = run(&mut c);
    human.assert_code(1);
    assert!(
        human.stdout.contains("since run 1 (")
            && human.stdout.contains(": 0 new, 1 resolved,")
            && human.stdout.contains("fixed ")
            && human.stdout.contains("gone.txt (ssn 1)"),
        "{}",
        human.dump()
    );
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["report", "--state", "state.sqlite", "--format", "jsonl"]);
    let jsonl = run(&mut c);
    jsonl.assert_code(1);
    let names: BTreeSet<String> = found(&jsonl).into_iter().map(|f| f.0).collect();
    assert_eq!(names, BTreeSet::from(["phi.txt".to_string()]));
    let changes = changes(&jsonl);
    assert_eq!(changes.resolved_findings, 1);
    assert_eq!(changes.new_findings, 0);
    assert!(changes.unchanged_findings >= 2);
    assert_eq!(changes.resolved_files, vec!["gone.txt".to_string()]);
    // Run 1 still renders as it was, with gone.txt.
    let mut c = phiscan();
    c.current_dir(dir).args([
        "report",
        "--state",
        "state.sqlite",
        "--run",
        "1",
        "--format",
        "jsonl",
    ]);
    let old = run(&mut c);
    assert!(found(&old).iter().any(|f| f.0 == "gone.txt"));
}

/// What the report's `changes` record said.
struct Seen {
    new_findings: u64,
    resolved_findings: u64,
    unchanged_findings: u64,
    resolved_files: Vec<String>,
}

/// The `changes` record of `phiscan report --format jsonl`: one, just
/// before the summary.
fn changes(jsonl: &Run) -> Seen {
    let records = jsonl.records();
    let n = records.len();
    assert!(n >= 2, "{}", jsonl.dump());
    assert_eq!(records[n - 2]["type"], "changes", "{}", jsonl.dump());
    assert_eq!(records.iter().filter(|r| r["type"] == "changes").count(), 1);
    let c = &records[n - 2];
    Seen {
        new_findings: crate::common::u(&c["new_findings"]),
        resolved_findings: crate::common::u(&c["resolved_findings"]),
        unchanged_findings: crate::common::u(&c["unchanged_findings"]),
        resolved_files: c["resolved_files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                Path::new(f["path"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect(),
    }
}

#[test]
fn the_state_never_holds_a_raw_value_and_is_private() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    tree(dir, 3);
    // Even when the report shows raw values, the state does not.
    let r = scan(dir, &["--show-values"]);
    r.assert_code(1);
    assert!(r.stdout.contains("212-09-1234"), "the report shows values");
    let mut bytes = Vec::new();
    for name in ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm"] {
        if let Ok(b) = std::fs::read(dir.join(name)) {
            bytes.extend(b);
        }
    }
    for raw in [
        "212-09-1234",
        "212091234",
        "Quillfeather",
        "219-44-5678",
        "03/14/1961",
    ] {
        assert!(
            !bytes.windows(raw.len()).any(|w| w == raw.as_bytes()),
            "the state holds the raw value {raw}"
        );
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join("state.sqlite"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // A second run carries findings without values (none were stored).
    let second = scan(dir, &["--show-values"]);
    second.assert_code(1);
    assert_eq!(last_run(dir).1, 5);
}

#[test]
fn kill_9_mid_scan_leaves_a_sound_state_and_the_rerun_is_complete_and_correct() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Enough files that the scan is still running after its first batch.
    let line = "Visit note: routine follow-up, nothing remarkable. ".repeat(400);
    for i in 0..6000 {
        write(dir, &format!("tree/d{}/f{i}.txt", i % 50), &line);
    }
    write(dir, "tree/phi.txt", PHI);
    let mut c = phiscan();
    c.current_dir(dir)
        .args([
            "scan",
            "--format",
            "jsonl",
            "--threads",
            "1",
            "--state",
            "state.sqlite",
        ])
        .arg("tree")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    // Kill once a batch is committed (or the state appears, at worst).
    let started = Instant::now();
    loop {
        let committed = rusqlite::Connection::open_with_flags(
            dir.join("state.sqlite"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .and_then(|c| c.query_row("SELECT count(*) FROM files", [], |r| r.get::<_, i64>(0)))
        .unwrap_or(0);
        if committed > 0 || started.elapsed() > Duration::from_secs(20) {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let ok: String = db(dir)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");

    let rerun = scan(dir, &[]);
    rerun.assert_code(1);
    let (read, carried, complete) = last_run(dir);
    assert!(complete);
    assert_eq!(read + carried, 6001, "every file accounted for");
    // The same findings as a scan with no state.
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["scan", "--format", "jsonl", "tree"]);
    let plain = run(&mut c);
    assert_eq!(found(&rerun), found(&plain));
    assert_eq!(rerun.summary()["files"], plain.summary()["files"]);
    let ok: String = db(dir)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn an_interrupted_run_is_recorded_incomplete_and_the_next_one_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let line = "Visit note: routine follow-up, nothing remarkable. ".repeat(400);
    for i in 0..6000 {
        write(dir, &format!("tree/d{}/f{i}.txt", i % 50), &line);
    }
    let mut c = phiscan();
    c.current_dir(dir)
        .args([
            "scan",
            "--format",
            "jsonl",
            "--threads",
            "1",
            "--state",
            "state.sqlite",
        ])
        .arg("tree")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().unwrap();
    let started = Instant::now();
    while !dir.join("state.sqlite").exists() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill(2) on our own child's pid.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().unwrap();
    let (read1, _, complete1) = last_run(dir);
    if status.code() == Some(130) {
        assert!(!complete1, "an interrupted run is recorded incomplete");
        let interrupted: Option<String> = db(dir)
            .query_row("SELECT interrupted FROM runs WHERE id = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(interrupted.as_deref(), Some("SIGINT"));
    }
    let rerun = scan(dir, &[]);
    rerun.assert_code(0);
    let (read2, carried2, complete2) = last_run(dir);
    assert!(complete2);
    assert_eq!(
        carried2, read1,
        "what the stopped run recorded is not read again"
    );
    assert_eq!(read2 + carried2, 6000);
}

/// A night cut short by `--stop-at` is rendered from the inventory as
/// what it was, a planned stop (`"interrupted":"stop-at"`), not as an
/// unknown interruption.
#[test]
fn a_run_stopped_at_its_time_is_reported_from_the_inventory_as_stop_at() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    tree(dir, 40);
    write(dir, "tree/large.txt", "routine follow-up. ".repeat(1000));
    // Slowed (1 kB/s) so the stop comes mid-scan.
    let r = scan(dir, &["--max-rate", "0.001", "--stop-after", "1"]);
    r.assert_code(143);
    let (_, _, complete) = last_run(dir);
    assert!(!complete);
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["report", "--format", "jsonl", "--state", "state.sqlite"]);
    let report = run(&mut c);
    let summary = report.summary();
    assert_eq!(summary["complete"], false, "{}", report.dump());
    assert_eq!(summary["interrupted"], "stop-at", "{}", report.dump());
}

/// The state tree plus what a carried record must keep: a member chain
/// (a zip member whose name needs escaping), a skipped item (a symlink
/// not followed) and a dense file (hundreds of findings).
fn varied_tree(root: &Path) {
    tree(root, 6);
    let zip = crate::common::zip_of(&[("notes/visit \"1\".txt", PHI.as_bytes())]);
    write(root, "tree/export.zip", zip);
    let mut dense = String::new();
    for i in 0..300 {
        dense.push_str(&format!(
            "MRN: {:08}  SSN 212-09-{:04}\n",
            40_000_000 + i,
            1000 + i
        ));
    }
    write(root, "tree/dense.txt", dense);
    std::os::unix::fs::symlink("phi.txt", root.join("tree/link.txt")).unwrap();
}

/// Every line of a report but the summary, sorted (workers finish files
/// in any order).
fn lines_but_summary(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .lines()
        .filter(|l| !l.contains("\"type\":\"summary\""))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

#[test]
fn a_carried_report_is_line_for_line_the_report_of_a_read() {
    for format in ["jsonl", "csv"] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        varied_tree(dir);
        let args = ["--format", format, "--state", "state.sqlite", "tree"];
        let first = crate::common::scan_in(dir, &args);
        first.assert_code(1);
        let second = crate::common::scan_in(dir, &args);
        second.assert_code(1);
        let read = last_run(dir);
        assert_eq!(
            (read.0, read.2),
            (0, true),
            "{format}: second run read files"
        );
        assert!(
            first.stdout.contains("visit \\\"1\\\".txt")
                || first.stdout.contains("visit \"\"1\"\".txt"),
            "{format}: the member is reported\n{}",
            first.dump()
        );
        assert_eq!(
            lines_but_summary(&second.stdout),
            lines_but_summary(&first.stdout),
            "{format}: the carried report differs"
        );
        if format == "jsonl" {
            let (a, b) = (first.summary(), second.summary());
            for field in [
                "files",
                "findings",
                "skipped",
                "by_kind",
                "verdicts",
                "skipped_by_reason",
            ] {
                assert_eq!(a[field], b[field], "summary {field}");
            }
            assert!(crate::common::u(&a["findings"]) > 600, "{}", first.dump());
        }
    }
}
