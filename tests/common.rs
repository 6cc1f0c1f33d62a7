//! Helpers for driving the real `phiscan` binary from integration tests.
//!
//! Every child runs under a timeout (a hang fails the test instead of
//! blocking CI) and with `PHISCAN_KEY` set, so no test ever creates a key
//! file in the real home directory.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// Longest any single phiscan run may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Fingerprint key used by every run (unless a test overrides it).
pub const KEY: &str = "phiscan-integration-test-key-0123456789abcdef";

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_phiscan");

/// A `phiscan` command with a test key, no colour, and stdin closed.
pub fn phiscan() -> Command {
    let mut c = Command::new(BIN);
    c.env("PHISCAN_KEY", KEY)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    c
}

/// Scans one file written to a fresh temporary directory, as JSON lines
/// with raw values, at `min` confidence and above: the shape most
/// behaviour tests need, so each test names its cells by value.
pub fn scan_one(name: &str, bytes: impl AsRef<[u8]>, min: &str) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), name, bytes);
    scan_in(
        tmp.path(),
        &[
            "--format",
            "jsonl",
            "--show-values",
            "--min-confidence",
            min,
            name,
        ],
    )
}

/// `phiscan scan --format jsonl ARGS...` run in `dir`: the report most
/// tests read back through [`Run::findings`], [`Run::files`],
/// [`Run::skipped`] and [`Run::summary`].
pub fn scan_jsonl(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["--format", "jsonl"];
    all.extend_from_slice(args);
    scan_in(dir, &all)
}

/// `phiscan scan ARGS...` run in `dir`.
pub fn scan_in(dir: &Path, args: &[&str]) -> Run {
    let mut c = phiscan();
    c.current_dir(dir).arg("scan").args(args);
    run(&mut c)
}

/// What a finished child did.
pub struct Run {
    /// How it ended.
    pub status: ExitStatus,
    /// Everything on stdout (lossy UTF-8).
    pub stdout: String,
    /// Everything on stderr (lossy UTF-8).
    pub stderr: String,
    /// The command, for failure messages.
    pub what: String,
}

impl Run {
    /// The exit code; panics (with the output) if killed by a signal.
    pub fn code(&self) -> i32 {
        self.status
            .code()
            .unwrap_or_else(|| panic!("{} was killed by a signal\n{}", self.what, self.dump()))
    }

    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn assert_code(&self, want: i32) {
        assert_eq!(
            self.code(),
            want,
            "unexpected exit code from {}\n{}",
            self.what,
            self.dump()
        );
    }

    /// stdout and stderr, for failure messages.
    pub fn dump(&self) -> String {
        format!(
            "--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout, self.stderr
        )
    }

    /// stdout parsed as JSON lines; panics on a line that is not JSON.
    pub fn records(&self) -> Vec<Value> {
        parse_jsonl(&self.stdout, &self.what)
    }

    /// Records of one `type`.
    pub fn of_type(&self, ty: &str) -> Vec<Value> {
        self.records()
            .into_iter()
            .filter(|r| r["type"] == ty)
            .collect()
    }

    /// `finding` records.
    pub fn findings(&self) -> Vec<Value> {
        self.of_type("finding")
    }

    /// `finding` records of the file at `path` (as the report writes it).
    pub fn findings_in(&self, path: &str) -> Vec<Value> {
        self.findings()
            .into_iter()
            .filter(|f| f["path"] == path)
            .collect()
    }

    /// The scan's one `finding` record; fails, showing the output, unless
    /// there is exactly one.
    #[track_caller]
    pub fn only_finding(&self) -> Value {
        let mut fs = self.findings();
        assert_eq!(fs.len(), 1, "exactly one finding\n{}", self.dump());
        fs.remove(0)
    }

    /// `file` records.
    pub fn files(&self) -> Vec<Value> {
        self.of_type("file")
    }

    /// (kind, value, confidence) of every finding whose path ends with
    /// `file` (`""` for all): what a test asserts on (the run needs
    /// `--show-values`).
    pub fn kind_value_confidence(&self, file: &str) -> Vec<(String, String, String)> {
        self.findings()
            .iter()
            .filter(|f| s(&f["path"]).ends_with(file))
            .map(|f| {
                (
                    s(&f["kind"]).to_string(),
                    s(&f["value"]).to_string(),
                    s(&f["confidence"]).to_string(),
                )
            })
            .collect()
    }

    /// `skipped` records.
    pub fn skipped(&self) -> Vec<Value> {
        self.of_type("skipped")
    }

    /// The one `summary` record, which must be the last line.
    #[track_caller]
    pub fn summary(&self) -> Value {
        let recs = self.records();
        let sums: Vec<&Value> = recs.iter().filter(|r| r["type"] == "summary").collect();
        assert_eq!(sums.len(), 1, "exactly one summary record\n{}", self.dump());
        assert_eq!(
            recs.last().map(|r| &r["type"]),
            Some(&Value::from("summary")),
            "the summary is the last record\n{}",
            self.dump()
        );
        sums[0].clone()
    }
}

/// Parses JSON lines, naming the offending line on failure.
pub fn parse_jsonl(text: &str, what: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{what}: not a JSON line ({e}): {l:?}"))
        })
        .collect()
}

/// Runs `cmd` to completion with piped output, killing it after `TIMEOUT`.
pub fn run(cmd: &mut Command) -> Run {
    run_with_timeout(cmd, TIMEOUT)
}

/// Runs `cmd` to completion, killing it and panicking after `limit`.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Run {
    let what = format!("{cmd:?}");
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    // Drain both pipes while waiting, so a chatty child cannot block.
    let out_t = drain(child.stdout.take().expect("piped stdout"));
    let err_t = drain(child.stderr.take().expect("piped stderr"));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                let out = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
                let err = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
                panic!(
                    "{what} did not finish within {limit:?} (killed)\n--- stdout ---\n{out}\n--- stderr ---\n{err}"
                );
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => panic!("waiting for {what}: {e}"),
        }
    };
    let stdout = String::from_utf8_lossy(&out_t.join().expect("stdout reader")).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().expect("stderr reader")).into_owned();
    Run {
        status,
        stdout,
        stderr,
        what,
    }
}

/// Reads a child's pipe to its end on a thread of its own, so a chatty
/// child cannot block on a full pipe while the test waits for it.
pub fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = pipe.read_to_end(&mut v);
        v
    })
}

/// Writes `content` to `root/rel`, creating parent directories.
pub fn write(root: &Path, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = root.join(rel);
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(&p, content).unwrap();
    p
}

/// Creates a named pipe.
pub fn mkfifo(p: &Path, mode: libc::mode_t) {
    let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), mode) };
    assert_eq!(
        rc,
        0,
        "mkfifo {}: {}",
        p.display(),
        std::io::Error::last_os_error()
    );
}

/// Sets a file's permission bits.
pub fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Whether the tests run as root (where `chmod 000` does not stop reads).
pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// `s` as a JSON string value, for comparisons.
pub fn s(v: &Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("expected a JSON string, got {v}"))
}

/// `v` as an unsigned integer.
pub fn u(v: &Value) -> u64 {
    v.as_u64()
        .unwrap_or_else(|| panic!("expected a JSON unsigned integer, got {v}"))
}

/// Numeric rank of a confidence name: low < medium < high.
pub fn rank(conf: &str) -> u8 {
    match conf {
        "low" => 1,
        "medium" => 2,
        "high" => 3,
        other => panic!("unknown confidence {other:?}"),
    }
}

/// 1-based (line, column) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (u64, u64) {
    let before = &text[..at];
    let line = before.matches('\n').count() as u64 + 1;
    let col = match before.rfind('\n') {
        Some(i) => at - i,
        None => at + 1,
    };
    (line, col as u64)
}

/// A zip of `(name, bytes)` members, deflated.
pub fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in members {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}
