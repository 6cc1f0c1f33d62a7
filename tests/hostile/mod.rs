//! Hostile input and faults (issue 17): every case builds its input during
//! the run and drives the real binary through [`measure`], which states a
//! wall-time bound (a hang guard: the child is killed and the test fails
//! past it), reads the child's peak RSS through GNU `time`, and holds it to
//! [`RSS_LIMIT_KB`]. With `PHISCAN_HOSTILE_TABLE=FILE` set, each case adds
//! one row (case, outcome, wall, peak RSS) to FILE; `tests/hostile/table.sh`
//! runs the suite that way and prints the table.

use std::io::Write;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{drain, Run};

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
///
/// The peak comes from GNU `time` (`%M`, its `wait4` of a child it forked
/// itself), not from our own `wait4`: Linux carries the high-water mark of
/// the spawning process into the child's `ru_maxrss` across `exec`
/// (`posix_spawn` shares our memory until then), so a test process holding
/// large inputs would be charged to phiscan. `time` is small, and what it
/// forks starts from its size. Only the program, arguments, environment
/// and working directory are carried over to that launch (not a uid or a
/// `pre_exec`): a case that needs another user runs `setpriv`.
pub fn measure(case: &str, bound: Duration, cmd: &mut Command) -> Measured {
    let what = format!("{case}: {cmd:?}");
    let peak_file = tempfile::NamedTempFile::new().expect("a file for the peak RSS");
    let mut timed = Command::new(TIME);
    timed.args(["-f", "%M", "-o"]).arg(peak_file.path());
    timed.arg(cmd.get_program()).args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => timed.env(k, v),
            None => timed.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    // Its own process group, so the hang guard kills phiscan, not only `time`.
    timed
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = timed.spawn().unwrap_or_else(|e| {
        panic!("cannot start {what} under {TIME} (Debian package `time`): {e}")
    });
    let pid = child.id() as libc::pid_t;
    let out_t = drain(child.stdout.take().expect("piped stdout"));
    let err_t = drain(child.stderr.take().expect("piped stderr"));
    let mut killed = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {}
            Err(e) => panic!("waiting for {what}: {e}"),
        }
        if !killed && started.elapsed() > bound {
            // SAFETY: signalling the process group of our own child.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            killed = true;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall = started.elapsed();
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    let run = Run {
        status,
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
    let peak = std::fs::read_to_string(peak_file.path()).expect("time's report");
    // The last line is the figure; a line before it says how a child that
    // did not exit 0 ended ("Command exited with non-zero status 1").
    let peak_rss_kb: u64 = peak
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("{}: no peak RSS in time's report {peak:?}", run.what));
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

/// GNU time, which reports the peak RSS of the command it runs.
const TIME: &str = "/usr/bin/time";

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

mod archives;
mod containment;
mod documents;
mod files;
mod privacy;
mod regressions;
mod structure;
