//! Hostile input and faults (issue 17): every case builds its input during
//! the run and drives the real binary through [`measure`], which states a
//! wall-time bound (a hang guard: the child is killed and the test fails
//! past it), reads the child's peak RSS from `wait4`, and holds it to
//! [`RSS_LIMIT_KB`]. With `PHISCAN_HOSTILE_TABLE=FILE` set, each case adds
//! one row (case, outcome, wall, peak RSS) to FILE; `tests/hostile/table.sh`
//! runs the suite that way and prints the table.

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::common::Run;

/// Peak resident memory any hostile case may reach (DESIGN.md: memory is
/// bounded whatever the tree; issue 17 sets 200 MB).
pub const RSS_LIMIT_KB: u64 = 200 * 1024;

/// What one measured run did, beside its output.
pub struct Measured {
    /// Exit status and output, read as the other integration tests do.
    pub run: Run,
    /// Wall time from spawn to exit.
    pub wall: Duration,
    /// Peak resident set of the child (`ru_maxrss`), in KiB.
    pub peak_rss_kb: u64,
}

/// Runs `cmd` (stdout and stderr piped, stdin closed) and fails the test,
/// with the output so far, if it is still running after `bound` or if its
/// peak RSS passes [`RSS_LIMIT_KB`].
// The child is reaped by `wait4` below (for its rusage), not by `Child`.
#[allow(clippy::zombie_processes)]
pub fn measure(case: &str, bound: Duration, cmd: &mut Command) -> Measured {
    let what = format!("{case}: {cmd:?}");
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let mut raw = 0;
    // SAFETY: rusage is plain data; all-zero is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut killed = false;
    let mut hwm_kb = 0;
    loop {
        hwm_kb = hwm_kb.max(vm_hwm_kb(pid, cmd.get_program()).unwrap_or(0));
        // SAFETY: `pid` is our own unreaped child; `raw` and `usage` are
        // valid for writes. The child is reaped here, never by `Child`.
        let r = unsafe { libc::wait4(pid, &mut raw, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 {what}: {}", std::io::Error::last_os_error());
        if !killed && started.elapsed() > bound {
            // SAFETY: signalling our own child, not yet reaped.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            killed = true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let wall = started.elapsed();
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    let run = Run {
        status: ExitStatus::from_raw(raw),
        stdout,
        stderr,
        what,
    };
    assert!(
        !killed,
        "{} did not finish within its bound of {bound:?} (killed)\n{}",
        run.what,
        tail(&run)
    );
    // The child's `ru_maxrss` starts at the peak of the test process it
    // was forked from (Linux keeps the old image's high-water mark across
    // exec): a test that once held a large report made every later child
    // look large. Its own high-water mark, polled above while it ran, is
    // what it used; `ru_maxrss` only for a child too quick to be polled.
    let peak_rss_kb = if hwm_kb > 0 {
        hwm_kb
    } else {
        usage.ru_maxrss as u64
    };
    assert!(
        peak_rss_kb <= RSS_LIMIT_KB,
        "{} peaked at {} MiB of resident memory (limit {} MiB)\n{}",
        run.what,
        peak_rss_kb / 1024,
        RSS_LIMIT_KB / 1024,
        tail(&run)
    );
    Measured {
        run,
        wall,
        peak_rss_kb,
    }
}

/// The high-water mark of `pid`'s resident set (`VmHWM`), in KiB, once it
/// runs `program` (before its exec it is a copy of the test process).
fn vm_hwm_kb(pid: libc::pid_t, program: &std::ffi::OsStr) -> Option<u64> {
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok()?;
    if exe.file_name()? != std::path::Path::new(program).file_name()? {
        return None;
    }
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The last lines of a run's output: hostile cases can print a lot.
fn tail(run: &Run) -> String {
    let cut = |s: &str| {
        let lines: Vec<&str> = s.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    };
    format!(
        "--- stdout (tail) ---\n{}\n--- stderr (tail) ---\n{}",
        cut(&run.stdout),
        cut(&run.stderr)
    )
}

/// Adds `case`'s row to the table named by `PHISCAN_HOSTILE_TABLE`, if
/// set: `outcome` says in a few words what the report said about it.
pub fn record(case: &str, outcome: &str, m: &Measured) {
    let Some(path) = std::env::var_os("PHISCAN_HOSTILE_TABLE") else {
        return;
    };
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .expect("open the hostile table");
    // One write per row, so parallel tests never interleave within a row.
    let row = format!(
        "| {case} | {outcome} | {:.2} s | {} MiB |\n",
        m.wall.as_secs_f64(),
        m.peak_rss_kb.div_ceil(1024)
    );
    f.write_all(row.as_bytes())
        .expect("write the hostile table");
}

mod files;
mod regressions;
