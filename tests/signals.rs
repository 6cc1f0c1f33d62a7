//! SIGINT and SIGTERM stop a scan early but leave a whole report: every
//! line parses, the last is a summary marked incomplete and naming the
//! signal, and the exit status is the shell's 128 + signal number.
//!
//! The scan is held mid-way without any timing: its report goes to a pipe
//! the test stops reading after the first line, so the writer blocks on a
//! full pipe long before the tree is done (the tree's report is many times
//! larger than every buffer and channel between the workers and the pipe),
//! and the signal is sent while it is blocked.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Instant;

use serde_json::Value;

use crate::common::{parse_jsonl, phiscan, scan_jsonl, write, TIMEOUT};

/// Files in the tree: with ten findings each its JSONL report is tens of
/// megabytes, while at most a few thousand files' events fit in the
/// channels and buffers behind a blocked writer.
const FILES: usize = 12_000;

/// A tree whose every file holds ten high-confidence SSNs.
fn tree(root: &Path) {
    let body: String = (0..10)
        .map(|i| format!("Patient record {i}. SSN: 212-09-{:04}\n", 1234 + i))
        .collect();
    for i in 0..FILES {
        write(root, &format!("d{}/note{i}.txt", i % 50), &body);
    }
}

/// Kills a child that outlived the hang guard, then fails the test.
fn give_up(child: &mut Child, what: &str) -> ! {
    let _ = child.kill();
    let _ = child.wait();
    panic!("phiscan {what} within {TIMEOUT:?} (killed)");
}

/// Scans a fresh tree in `format`, sends `sig` once the first report line
/// is out, then reads the rest: the exit status, stdout and stderr.
fn interrupted(sig: libc::c_int, format: &str) -> (ExitStatus, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path());
    let started = Instant::now();
    let mut child = phiscan()
        .args(["scan", "--format", format, "--threads", "2", "."])
        .current_dir(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start phiscan");
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut err = child.stderr.take().unwrap();
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    // The reader takes one line, then waits until the signal is sent
    // before reading on: until then the scan cannot finish.
    let (first_tx, first_rx) = mpsc::channel();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let out_t = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = out.read_line(&mut text);
        let _ = first_tx.send(());
        let _ = go_rx.recv();
        let _ = out.read_to_string(&mut text);
        text
    });
    if first_rx.recv_timeout(TIMEOUT).is_err() {
        give_up(&mut child, "wrote no line");
    }
    // SAFETY: kill(2) on our own child's pid, which has not been reaped
    // (it is waited for below), so the pid names that process.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, sig) };
    assert_eq!(sent, 0, "kill failed");
    go_tx.send(()).unwrap();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > TIMEOUT {
            give_up(&mut child, "did not stop after the signal");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    (status, out_t.join().unwrap(), err_t.join().unwrap())
}

/// The JSONL checks both signals share: whole lines, a closing summary
/// naming `name`, and as many file records as the summary counts files.
fn assert_interrupted_jsonl(sig: libc::c_int, name: &str, code: i32) {
    let (status, out, err) = interrupted(sig, "jsonl");
    assert_eq!(
        status.code(),
        Some(code),
        "status {status:?}; stderr: {err}"
    );
    assert!(out.ends_with('\n'), "the report ends mid-line");
    let records: Vec<Value> = parse_jsonl(&out, "interrupted report");
    let summary = records.last().expect("a report");
    assert_eq!(summary["type"], "summary", "last line: {summary}");
    assert_eq!(summary["complete"], false, "{summary}");
    assert_eq!(summary["interrupted"], name, "{summary}");
    let summaries = records.iter().filter(|r| r["type"] == "summary").count();
    assert_eq!(summaries, 1);
    // The walk stopped: not every file was scanned, and every file counted
    // (each holds findings) has its record, so nothing in hand was lost.
    let files = summary["files"].as_u64().unwrap();
    assert!(files < FILES as u64, "all {FILES} files were scanned");
    let file_records = records.iter().filter(|r| r["type"] == "file").count();
    assert_eq!(file_records as u64, files, "{summary}");
    assert_eq!(
        summary["findings"].as_u64().unwrap(),
        records.iter().filter(|r| r["type"] == "finding").count() as u64
    );
}

#[test]
fn sigint_closes_the_jsonl_report_with_an_interrupted_summary_and_exits_130() {
    assert_interrupted_jsonl(libc::SIGINT, "SIGINT", 130);
}

#[test]
fn sigterm_closes_the_jsonl_report_with_an_interrupted_summary_and_exits_143() {
    assert_interrupted_jsonl(libc::SIGTERM, "SIGTERM", 143);
}

#[test]
fn sigint_ends_the_human_report_with_a_summary_line_saying_it_was_interrupted() {
    let (status, out, err) = interrupted(libc::SIGINT, "human");
    assert_eq!(status.code(), Some(130), "status {status:?}; stderr: {err}");
    let last = out.lines().last().expect("a report");
    assert!(last.starts_with("phiscan: "), "last line: {last}");
    assert!(last.contains("INTERRUPTED by SIGINT"), "last line: {last}");
}

#[test]
fn a_scan_that_runs_to_its_end_has_no_interrupted_field() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.txt", "SSN: 212-09-1234\n");
    let run = scan_jsonl(tmp.path(), &["."]);
    run.assert_code(1);
    let summary = run.summary();
    assert_eq!(summary["complete"], true);
    assert!(summary.get("interrupted").is_none(), "{summary}");
}
