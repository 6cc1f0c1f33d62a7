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

use crate::common::{mkfifo, parse_jsonl, scan_jsonl, write, TIMEOUT};

/// `phiscan()` with SIGINT and SIGTERM at their default disposition: a
/// test run started as a background job of a script has SIGINT ignored,
/// which phiscan (rightly) keeps ignoring, so the tests set it back.
fn phiscan() -> std::process::Command {
    use std::os::unix::process::CommandExt;
    let mut c = crate::common::phiscan();
    // SAFETY: signal(2) is async-signal-safe; between fork and exec it
    // only resets the child's dispositions.
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGTERM, libc::SIG_DFL);
            Ok(())
        });
    }
    c
}

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

/// Waits for `child` under the hang guard and reads its output.
fn finish(mut child: Child, what: &str) -> (ExitStatus, String, String) {
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > TIMEOUT {
            give_up(&mut child, what);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    (status, out_t.join().unwrap(), err_t.join().unwrap())
}

/// Whether `out` is a whole JSONL report closed by a summary saying the
/// run was stopped by `name`.
fn is_interrupted_report(out: &str, name: &str) -> bool {
    if !out.ends_with('\n') {
        return false;
    }
    let records = parse_jsonl(out, "report");
    records.last().is_some_and(|s| {
        s["type"] == "summary" && s["complete"] == false && s["interrupted"] == name
    })
}

/// Start-up is held inside the key load deterministically: the key file is
/// a named pipe, which phiscan opens (and reads) only after the detectors
/// and dictionaries are loaded, so when the test's open for writing
/// returns, phiscan is in start-up. The signal is sent then.
fn signalled_while_the_key_loads(sig: libc::c_int) -> (ExitStatus, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "tree/a.txt",
        "Patient record. SSN: 212-09-1234\n",
    );
    let key = tmp.path().join("key.fifo");
    mkfifo(&key, 0o600);
    let child = phiscan()
        .args(["scan", "--format", "jsonl", "--key-file"])
        .arg(&key)
        .arg("tree")
        .current_dir(tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start phiscan");
    let (opened_tx, opened_rx) = mpsc::channel();
    let writer_path = key.clone();
    std::thread::spawn(move || {
        // Blocks until phiscan opens the pipe for reading.
        let _ = opened_tx.send(std::fs::OpenOptions::new().write(true).open(writer_path));
    });
    let mut child = child;
    let mut writer = match opened_rx.recv_timeout(TIMEOUT) {
        Ok(Ok(w)) => w,
        _ => give_up(&mut child, "never opened its key file"),
    };
    // SAFETY: kill(2) on our own child's pid, not yet reaped.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, sig) };
    assert_eq!(sent, 0, "kill failed");
    use std::io::Write;
    writer
        .write_all(b"a start-up signal test key, long enough\n")
        .unwrap();
    drop(writer);
    finish(child, "did not end after a signal in start-up")
}

#[test]
fn sigint_while_the_key_loads_ends_the_run_with_the_interrupted_summary_and_exit_130() {
    let (status, out, err) = signalled_while_the_key_loads(libc::SIGINT);
    assert_eq!(status.code(), Some(130), "{status:?}; stderr: {err}");
    assert!(is_interrupted_report(&out, "SIGINT"), "report: {out}");
    // It stopped before its first file rather than scanning on.
    let records = parse_jsonl(&out, "report");
    assert_eq!(records.len(), 1, "{out}");
    assert_eq!(records[0]["files"], 0, "{out}");
}

#[test]
fn sigterm_while_the_key_loads_ends_the_run_with_the_interrupted_summary_and_exit_143() {
    let (status, out, err) = signalled_while_the_key_loads(libc::SIGTERM);
    assert_eq!(status.code(), Some(143), "{status:?}; stderr: {err}");
    assert!(is_interrupted_report(&out, "SIGTERM"), "report: {out}");
}

/// Whether `pid` has a handler for `sig` (`SigCgt` in /proc/PID/status).
fn catches(pid: u32, sig: libc::c_int) -> bool {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        .is_some_and(|m| m & (1 << (sig - 1)) != 0)
}

/// A signal sent right after spawn, at several delays so that some land
/// while the detectors and dictionaries load: every run ends in one of the
/// valid ways, never silently (killed with no report) once phiscan has its
/// handler, and never by scanning on as if nothing came. Before the
/// handler is installed (the first milliseconds of the process) the signal
/// kills it, as it kills any process: that is the only run without a
/// report, and it is allowed only when the handler was not yet there.
#[test]
fn a_signal_right_after_spawn_ends_with_an_interrupted_report_once_the_handler_is_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    for i in 0..40 {
        write(
            tmp.path(),
            &format!("tree/n{i}.txt"),
            "Patient record. SSN: 212-09-1234\n",
        );
    }
    let mut reported = 0;
    for (round, delay_us) in [0u64, 200, 1_000, 3_000, 10_000, 30_000, 100_000]
        .into_iter()
        .enumerate()
    {
        let sig = if round % 2 == 0 {
            libc::SIGINT
        } else {
            libc::SIGTERM
        };
        let (name, code) = if sig == libc::SIGINT {
            ("SIGINT", 130)
        } else {
            ("SIGTERM", 143)
        };
        let child = phiscan()
            .args(["scan", "--format", "jsonl", "--threads", "1", "tree"])
            .current_dir(tmp.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start phiscan");
        std::thread::sleep(std::time::Duration::from_micros(delay_us));
        let caught = catches(child.id(), sig);
        // SAFETY: kill(2) on our own child's pid, not yet reaped.
        unsafe { libc::kill(child.id() as libc::pid_t, sig) };
        let (status, out, err) = finish(child, "did not end after a signal right after spawn");
        use std::os::unix::process::ExitStatusExt;
        let what = format!("round {round} ({delay_us} us, handler {caught}): {status:?}; stderr: {err}; report: {out}");
        match status.code() {
            None => {
                assert_eq!(status.signal(), Some(sig), "{what}");
                assert!(!caught, "killed although its handler was installed: {what}");
            }
            Some(c) if c == code => {
                assert!(is_interrupted_report(&out, name), "{what}");
                reported += 1;
            }
            // The scan was already over when the signal came: a whole
            // report of a complete scan (the tree has findings).
            Some(1) => {
                let records = parse_jsonl(&out, "report");
                assert_eq!(records.last().unwrap()["complete"], true, "{what}");
            }
            Some(_) => panic!("unexpected exit: {what}"),
        }
    }
    eprintln!("{reported} of 7 runs ended with an interrupted report");
}
