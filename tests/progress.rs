//! Long scans of a busy share (issue 19): the progress line on stderr
//! (`--progress`, `-q`), the stop time (`--stop-at`), and the polite
//! flags (`--max-rate`, `--nice`), on the real binary.
//!
//! Timing appears only as lower bounds that the flags promise (a scan
//! read at 10 MB/s cannot read 20 MB in under 1.5 s); `--max-rate` is
//! also what keeps a scan running long enough to be looked at.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{self, phiscan, run, scan_in, u, write};

/// The SSN in the tree's one note: never on stderr.
const SSN: &str = "212-09-1234";

/// A word of the filler text: file content, never on stderr.
const FILLER_WORD: &str = "quuxwobble";

/// `files` files of one megabyte (10^6 bytes) of plain, PHI-free text in
/// `bulk/`, and one note with an SSN in `notes/`.
fn tree(root: &Path, files: usize) {
    let line = format!("the {FILLER_WORD} of the inventory is a plain word list\n");
    let mut mb = line.repeat(1_000_000 / line.len() + 1);
    mb.truncate(1_000_000);
    for i in 0..files {
        write(root, &format!("bulk/part{i:02}.txt"), &mb);
    }
    write(
        root,
        "notes/intake.txt",
        format!("Patient intake. SSN: {SSN}\n"),
    );
}

fn progress_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("phiscan: progress "))
        .collect()
}

/// The counts a plain progress line shows, by name (`files`, `findings`,
/// `skipped`).
fn count(line: &str, name: &str) -> u64 {
    let words: Vec<&str> = line.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let at = words
        .iter()
        .position(|w| *w == name)
        .unwrap_or_else(|| panic!("no {name} in {line:?}"));
    words[at - 1]
        .parse()
        .unwrap_or_else(|_| panic!("no count before {name} in {line:?}"))
}

#[test]
fn max_rate_holds_a_scan_to_the_rate_asked() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 20);
    let started = Instant::now();
    let r = scan_in(
        tmp.path(),
        &[
            "--format",
            "jsonl",
            "--max-rate",
            "10",
            "--threads",
            "2",
            ".",
        ],
    );
    let took = started.elapsed();
    r.assert_code(1);
    let s = r.summary();
    assert!(u(&s["bytes"]) > 20_000_000, "{s}");
    assert_eq!(s["complete"], true, "{s}");
    // 20 MB at 10 MB/s: the last megabyte may start 1.9 s in at the earliest.
    assert!(
        took >= Duration::from_millis(1500),
        "20 MB read in {took:?} under --max-rate 10"
    );
}

#[test]
fn max_rate_takes_positive_megabytes_per_second_only() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["0", "-5", "fast", "10MB/s"] {
        let r = scan_in(tmp.path(), &[&format!("--max-rate={bad}"), "."]);
        r.assert_code(2);
        assert!(r.stderr.contains("--max-rate"), "{bad}: {}", r.stderr);
    }
}

#[test]
fn progress_always_without_a_terminal_writes_plain_lines_with_counts_and_no_content() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 6);
    // About three seconds at 2 MB/s: two or three lines a second apart,
    // then the last one.
    let r = scan_in(
        tmp.path(),
        &[
            "--format",
            "jsonl",
            "--progress",
            "always",
            "--progress-interval",
            "1",
            "--max-rate",
            "2",
            "--show-values",
            ".",
        ],
    );
    r.assert_code(1);
    assert!(r.stdout.contains(SSN), "the report itself has the value");
    let lines = progress_lines(&r.stderr);
    assert!(lines.len() >= 2, "{}", r.stderr);
    for l in &lines {
        for name in ["files", "findings", "skipped"] {
            count(l, name);
        }
        assert!(l.contains("MB/s"), "{l}");
    }
    // The last line is written after the scan: its counts are the report's.
    let last = lines.last().unwrap();
    let s = r.summary();
    assert_eq!(count(last, "files"), u(&s["files"]), "{last}");
    assert_eq!(count(last, "findings"), u(&s["findings"]), "{last}");
    assert_eq!(count(last, "skipped"), u(&s["skipped"]), "{last}");
    // Counts grow, and a folder is named, but nothing of what is read.
    assert!(count(lines[0], "files") <= count(last, "files"));
    assert!(lines.iter().any(|l| l.contains(", in ")), "{}", r.stderr);
    for secret in [SSN, "1234", FILLER_WORD, "intake.txt", "part0"] {
        assert!(
            !r.stderr.contains(secret),
            "{secret} on stderr: {}",
            r.stderr
        );
    }
}

#[test]
fn no_progress_with_never_with_quiet_or_by_default_without_a_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 2);
    for args in [
        &["--progress", "never", "--progress-interval", "1"][..],
        &["-q", "--progress", "always", "--progress-interval", "1"][..],
        &["--quiet"][..],
        &[][..],
    ] {
        let mut all = vec!["--format", "jsonl", "--max-rate", "2"];
        all.extend_from_slice(args);
        all.push(".");
        let r = scan_in(tmp.path(), &all);
        r.assert_code(1);
        assert_eq!(r.stderr, "", "{args:?}");
        assert_eq!(r.summary()["complete"], true, "{args:?}");
    }
}

#[test]
fn quiet_keeps_the_report_and_drops_the_summary_line_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 1);
    let loud = scan_in(tmp.path(), &["--format", "csv", "."]);
    loud.assert_code(1);
    assert!(loud.stderr.contains("phiscan: "), "{}", loud.stderr);
    let quiet = scan_in(tmp.path(), &["--format", "csv", "-q", "."]);
    quiet.assert_code(1);
    assert_eq!(quiet.stderr, "");
    assert_eq!(quiet.stdout, loud.stdout);
}

/// `script` (util-linux) gives the scan a terminal; without it there is
/// nothing to run the test on.
fn script() -> Option<&'static str> {
    Path::new("/usr/bin/script")
        .exists()
        .then_some("/usr/bin/script")
}

#[test]
fn on_a_terminal_the_line_is_drawn_and_the_report_printed_around_it() {
    let Some(script) = script() else {
        eprintln!("skipped: no `script` to give the scan a terminal");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 4);
    // Human report and progress on the same terminal, for about two seconds.
    let cmd = format!("{} scan --max-rate 2 --threads 1 .", common::BIN);
    let r = run(phiscan_free(script)
        .args(["-qefc", &cmd, "/dev/null"])
        .current_dir(tmp.path()));
    let text = r.stdout.replace('\r', "");
    assert!(text.contains("MB/s"), "{text}");
    assert!(text.contains("findings"), "{text}");
    // The report's lines are whole: the finding, then the summary line at
    // the start of a line of its own.
    assert!(
        text.lines()
            .any(|l| l.starts_with("phiscan: ") && l.contains(" files, ")),
        "{text:?}"
    );
    assert!(text.contains("notes/intake.txt"), "{text:?}");
    assert!(!text.contains(SSN), "masked on the terminal too");
}

/// A plain command (not phiscan) with the test key set.
fn phiscan_free(program: &str) -> std::process::Command {
    let mut c = std::process::Command::new(program);
    c.env("PHISCAN_KEY", common::KEY)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .stdin(Stdio::null());
    c
}

#[test]
fn a_bad_stop_time_is_refused_with_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["6pm", "24:00", "12:60", "6", "06:00:00", "tomorrow"] {
        let r = scan_in(tmp.path(), &["--stop-at", bad, "."]);
        r.assert_code(2);
        assert!(r.stderr.contains("HH:MM"), "{bad}: {}", r.stderr);
    }
}

/// The local time of day now, as `HH:MM`.
fn local_now() -> String {
    // SAFETY: time(NULL) and localtime_r into a zeroed tm.
    unsafe {
        let t = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        libc::localtime_r(&t, &mut tm);
        format!("{:02}:{:02}", tm.tm_hour, tm.tm_min)
    }
}

#[test]
fn a_stop_time_already_past_today_means_tomorrow() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 1);
    let r = scan_in(
        tmp.path(),
        &["--format", "jsonl", "--stop-at", &local_now(), "."],
    );
    r.assert_code(1);
    let s = r.summary();
    assert_eq!(s["complete"], true, "{s}");
    assert!(s.get("interrupted").is_none(), "{s}");
}

#[test]
fn the_stop_time_ends_the_scan_as_sigterm_does_with_a_whole_report() {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 20);
    // 20 MB at 1 MB/s would take 20 s; the stop comes after one.
    let r = scan_in(
        tmp.path(),
        &[
            "--format",
            "jsonl",
            "--max-rate",
            "1",
            "--threads",
            "2",
            "--stop-after",
            "1",
            ".",
        ],
    );
    r.assert_code(143);
    let records = r.records();
    let s = r.summary();
    assert_eq!(s["complete"], false, "{s}");
    assert_eq!(s["interrupted"], "stop-at", "{s}");
    assert!(u(&s["bytes"]) < 20_000_000, "{s}");
    let last: &Value = records.last().unwrap();
    assert_eq!(last["type"], "summary");
}

/// Nice value (field 19 of /proc/PID/task/TID/stat) and I/O priority
/// (`ioprio_get`) of every thread of `pid`, with the thread's name.
fn priorities(pid: u32) -> Vec<(String, i64, i64)> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for t in tasks.flatten() {
        let tid: i32 = t.file_name().to_string_lossy().parse().unwrap();
        let Ok(stat) = std::fs::read_to_string(t.path().join("stat")) else {
            continue;
        };
        let comm = std::fs::read_to_string(t.path().join("comm")).unwrap_or_default();
        let after = &stat[stat.rfind(')').unwrap() + 2..];
        let nice: i64 = after.split(' ').nth(16).unwrap().parse().unwrap();
        // SAFETY: ioprio_get takes plain integers (1: IOPRIO_WHO_PROCESS).
        let io = unsafe { libc::syscall(libc::SYS_ioprio_get, 1, tid) };
        out.push((comm.trim().to_string(), nice, io));
    }
    out
}

/// Runs a slow scan with `args`, waits until its worker threads exist,
/// and returns their priorities; the scan is then stopped.
fn priorities_of_a_scan(args: &[&str]) -> Vec<(String, i64, i64)> {
    let tmp = tempfile::tempdir().unwrap();
    tree(tmp.path(), 10);
    let mut child = phiscan()
        .args([
            "scan",
            "--format",
            "jsonl",
            "--max-rate",
            "1",
            "--threads",
            "2",
        ])
        .args(args)
        .arg(".")
        .current_dir(tmp.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let seen = loop {
        let p = priorities(child.id());
        if p.iter().filter(|t| t.0.starts_with("phiscan-scan")).count() == 2 {
            break p;
        }
        if started.elapsed() > common::TIMEOUT || child.try_wait().unwrap().is_some() {
            let _ = child.kill();
            panic!("the scan's workers never showed: {p:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = child.kill();
    let _ = child.wait();
    seen
}

#[test]
fn nice_lowers_cpu_and_io_priority_of_every_thread() {
    // SAFETY: getpriority takes plain integers.
    let own = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) } as i64;
    let nice = priorities_of_a_scan(&["--nice"]);
    assert!(nice.len() >= 3, "{nice:?}");
    // Best-effort class (2) level 7, as ioprio encodes it.
    let be7 = (2 << 13) | 7;
    for (name, n, io) in &nice {
        assert_eq!(*n, own.max(10), "{name}: {nice:?}");
        assert!(*io == be7 || *io >> 13 == 3, "{name}: {nice:?}");
    }
    if own < 10 {
        let plain = priorities_of_a_scan(&[]);
        assert!(plain.iter().all(|t| t.1 == own), "{plain:?}");
    }
}
