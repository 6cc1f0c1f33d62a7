//! What a running scan has done so far, on standard error (issue 19): a
//! line redrawn in place on a terminal (`indicatif`), or, for cron logs, a
//! plain line every `--progress-interval` seconds. Files, bytes, MB/s,
//! findings, skipped and the folder being read; no time left, because a
//! walk does not know the total before it ends.
//!
//! Workers and the writer bump [`Counters`] (relaxed atomics, a few per
//! file); one thread of this room reads them and draws. Nothing of a
//! file's content or a finding's value is ever shown: counts and the
//! folder's path, which every report names anyway.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crossbeam_channel::{bounded, RecvTimeoutError, Sender};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::limits::human_size;
use crate::polite;

/// When progress is shown (`--progress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// On a terminal only (the default): a redrawn line.
    #[default]
    Auto,
    /// Always: redrawn on a terminal, else a plain line per interval.
    Always,
    /// Never (`--progress never`, `-q`).
    Never,
}

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// When.
    pub mode: Mode,
    /// Between two plain lines (no terminal).
    pub interval: Duration,
    /// `-q`: nothing on stderr but errors (no progress whatever the mode,
    /// no notes beside the report).
    pub quiet: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Never,
            interval: DEFAULT_INTERVAL,
            quiet: false,
        }
    }
}

/// Between two plain progress lines unless `--progress-interval` says:
/// a minute keeps a night's log to a few hundred lines.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);

/// How often the current folder may change: reading the clock per file
/// is cheap, taking a lock and copying a path per file is not.
const FOLDER_EVERY_MS: u64 = 200;

/// How often the terminal line is redrawn.
const DRAW_EVERY: Duration = Duration::from_millis(200);

/// The counts a scan keeps for its progress line; cheap to bump from any
/// thread, and free when progress is off.
#[derive(Debug)]
pub struct Counters {
    on: bool,
    origin: Instant,
    files: AtomicU64,
    bytes: AtomicU64,
    findings: AtomicU64,
    skipped: AtomicU64,
    /// When (ms after `origin`) the folder was last set.
    folder_at: AtomicU64,
    folder: Mutex<String>,
}

impl Counters {
    fn new(on: bool) -> Counters {
        Counters {
            on,
            origin: Instant::now(),
            files: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            findings: AtomicU64::new(0),
            skipped: AtomicU64::new(0),
            folder_at: AtomicU64::new(0),
            folder: Mutex::new(String::new()),
        }
    }

    /// Counts nothing and costs nothing: for scans that show no progress
    /// (`eval`, a library caller).
    pub fn off() -> Counters {
        Counters::new(false)
    }

    /// `files` more files read, `bytes` bytes in them.
    pub fn file_done(&self, files: u64, bytes: u64) {
        if self.on {
            self.files.fetch_add(files, Ordering::Relaxed);
            self.bytes.fetch_add(bytes, Ordering::Relaxed);
        }
    }

    /// `n` more findings reported.
    pub fn finding(&self, n: u64) {
        if self.on && n > 0 {
            self.findings.fetch_add(n, Ordering::Relaxed);
        }
    }

    /// One more item skipped.
    pub fn skipped(&self) {
        if self.on {
            self.skipped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The scan is at `path` (a file, or content named so): its folder is
    /// shown, at most every [`FOLDER_EVERY_MS`].
    pub fn folder(&self, path: &Path) {
        if !self.on {
            return;
        }
        let now = self.origin.elapsed().as_millis() as u64 + FOLDER_EVERY_MS;
        let last = self.folder_at.load(Ordering::Relaxed);
        if now < last + FOLDER_EVERY_MS
            || self
                .folder_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        let dir = path.parent().unwrap_or(path);
        if let Ok(mut f) = self.folder.lock() {
            *f = shown_folder(dir);
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            elapsed: self.origin.elapsed(),
            files: self.files.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
            findings: self.findings.load(Ordering::Relaxed),
            skipped: self.skipped.load(Ordering::Relaxed),
            folder: self.folder.lock().map(|f| f.clone()).unwrap_or_default(),
        }
    }
}

/// A folder as the progress line prints it: lossy UTF-8 with control
/// characters replaced, so a hostile name cannot move the cursor or
/// rewrite the terminal (`.` for the current folder).
fn shown_folder(dir: &Path) -> String {
    let s = dir.to_string_lossy();
    if s.is_empty() {
        return ".".into();
    }
    s.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// The counters at one moment.
#[derive(Debug, Clone, Default, PartialEq)]
struct Snapshot {
    elapsed: Duration,
    files: u64,
    bytes: u64,
    findings: u64,
    skipped: u64,
    folder: String,
}

/// `files, bytes, MB/s, findings, skipped, folder`: the body of both
/// kinds of line. `mb_per_s` is the recent rate (the drawer's window).
fn body(s: &Snapshot, mb_per_s: f64) -> String {
    let mut line = format!(
        "{} files, {}, {:.1} MB/s, {} findings, {} skipped",
        s.files,
        human_size(s.bytes),
        mb_per_s,
        s.findings,
        s.skipped
    );
    if !s.folder.is_empty() {
        line.push_str(", in ");
        line.push_str(&s.folder);
    }
    line
}

/// `1:02:03` (hours unbounded).
fn clock(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// A plain progress line for logs: local time of day, time since the
/// start, then [`body`].
fn plain_line(s: &Snapshot, mb_per_s: f64, now: SystemTime) -> String {
    let t = now
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as libc::time_t);
    let at = polite::local_tm(t)
        .map(|tm| format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec))
        .unwrap_or_else(|_| "--:--:--".into());
    format!(
        "phiscan: progress {at} (+{}): {}",
        clock(s.elapsed),
        body(s, mb_per_s)
    )
}

/// MB/s between two snapshots.
fn rate(from: &Snapshot, to: &Snapshot) -> f64 {
    let secs = to.elapsed.saturating_sub(from.elapsed).as_secs_f64();
    if secs <= 0.0 {
        return 0.0;
    }
    to.bytes.saturating_sub(from.bytes) as f64 / 1e6 / secs
}

/// Progress being shown: the counters, and the thread that draws them
/// until this is dropped.
pub struct Progress {
    counters: Arc<Counters>,
    bar: Option<ProgressBar>,
    drawer: Option<(Sender<()>, JoinHandle<()>)>,
}

impl Progress {
    /// Starts showing progress as `opts` says: a redrawn line when stderr
    /// is a terminal (and the mode is not `never`), a plain line per
    /// interval when it is not and the mode is `always`, else nothing.
    pub fn start(opts: &Options) -> Progress {
        let terminal = io::stderr().is_terminal();
        let show = match opts.mode {
            _ if opts.quiet => None,
            Mode::Never => None,
            Mode::Auto if !terminal => None,
            _ => Some(terminal),
        };
        let Some(terminal) = show else {
            return Progress {
                counters: Arc::new(Counters::off()),
                bar: None,
                drawer: None,
            };
        };
        let counters = Arc::new(Counters::new(true));
        let bar = terminal.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed_precise} {wide_msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        });
        let (stop, stopped) = bounded::<()>(1);
        let c = Arc::clone(&counters);
        let b = bar.clone();
        let interval = opts.interval.max(Duration::from_millis(100));
        let drawer = std::thread::Builder::new()
            .name("phiscan-progress".into())
            .spawn(move || match b {
                Some(bar) => draw_terminal(&c, &bar, || stopped.recv_timeout(DRAW_EVERY)),
                None => draw_plain(&c, || stopped.recv_timeout(interval)),
            })
            .ok();
        Progress {
            counters,
            bar,
            drawer: drawer.map(|d| (stop, d)),
        }
    }

    /// The counters workers and the writer bump.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// `out` for a report printed on the terminal the progress line is
    /// drawn on: whole lines only, each written with the line cleared
    /// and redrawn after, so the two never mix. `out` itself when no line
    /// is drawn.
    pub fn around<'a, W: Write + 'a>(&self, out: W) -> Box<dyn Write + 'a> {
        match &self.bar {
            Some(bar) => Box::new(AroundBar {
                bar: bar.clone(),
                out,
                pending: Vec::new(),
            }),
            None => Box::new(out),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some((stop, drawer)) = self.drawer.take() {
            let _ = stop.send(());
            let _ = drawer.join();
        }
    }
}

/// Redraws the terminal line until `wait` says stop; the rate is over the
/// last few seconds. Clears the line at the end: the report's own
/// summary follows.
fn draw_terminal(c: &Counters, bar: &ProgressBar, wait: impl Fn() -> Result<(), RecvTimeoutError>) {
    let mut window: std::collections::VecDeque<Snapshot> = Default::default();
    loop {
        let now = c.snapshot();
        while window.len() > 1 && now.elapsed - window[0].elapsed > Duration::from_secs(3) {
            window.pop_front();
        }
        let r = window.front().map_or(0.0, |old| rate(old, &now));
        bar.set_message(body(&now, r));
        bar.tick();
        window.push_back(now);
        if wait() != Err(RecvTimeoutError::Timeout) {
            break;
        }
    }
    bar.finish_and_clear();
}

/// Writes a plain line every `interval` until `wait` says stop, then a
/// last one, so a log shows where the scan ended; the rate is over the
/// interval.
fn draw_plain(c: &Counters, wait: impl Fn() -> Result<(), RecvTimeoutError>) {
    let mut last = c.snapshot();
    loop {
        let done = wait() != Err(RecvTimeoutError::Timeout);
        let now = c.snapshot();
        let line = plain_line(&now, rate(&last, &now), SystemTime::now());
        let _ = writeln!(io::stderr().lock(), "{line}");
        if done {
            return;
        }
        last = now;
    }
}

/// A report writer that prints whole lines between two redraws of the
/// progress line ([`Progress::around`]).
struct AroundBar<W: Write> {
    bar: ProgressBar,
    out: W,
    pending: Vec<u8>,
}

impl<W: Write> AroundBar<W> {
    fn write_out(&mut self, upto: usize) -> io::Result<()> {
        let (out, pending) = (&mut self.out, &self.pending);
        self.bar.suspend(|| {
            out.write_all(&pending[..upto])?;
            out.flush()
        })?;
        self.pending.drain(..upto);
        Ok(())
    }
}

impl<W: Write> Write for AroundBar<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(end) = memchr::memrchr(b'\n', &self.pending) {
            self.write_out(end + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.write_out(self.pending.len())?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap() -> Snapshot {
        Snapshot {
            elapsed: Duration::from_secs(3723),
            files: 1234,
            bytes: 5 << 30,
            findings: 17,
            skipped: 2,
            folder: "/srv/share/2019".into(),
        }
    }

    #[test]
    fn a_line_has_every_count_the_rate_and_the_folder() {
        let line = body(&snap(), 12.34);
        assert_eq!(
            line,
            "1234 files, 5.0 GiB, 12.3 MB/s, 17 findings, 2 skipped, in /srv/share/2019"
        );
        let plain = plain_line(&snap(), 12.34, SystemTime::now());
        assert!(plain.starts_with("phiscan: progress "), "{plain}");
        assert!(plain.contains("(+1:02:03): 1234 files"), "{plain}");
    }

    #[test]
    fn folders_are_shown_without_control_characters() {
        assert_eq!(shown_folder(Path::new("a/\x1b[2Jb\n")), "a/?[2Jb?");
        assert_eq!(shown_folder(Path::new("")), ".");
    }

    #[test]
    fn the_rate_is_bytes_over_the_time_between_two_snapshots() {
        let a = Snapshot {
            elapsed: Duration::from_secs(10),
            bytes: 0,
            ..snap()
        };
        let b = Snapshot {
            elapsed: Duration::from_secs(12),
            bytes: 30_000_000,
            ..snap()
        };
        assert_eq!(rate(&a, &b), 15.0);
        assert_eq!(rate(&b, &b), 0.0);
    }

    #[test]
    fn counters_that_are_off_count_nothing() {
        let c = Counters::off();
        c.file_done(1, 10);
        c.finding(3);
        c.skipped();
        c.folder(Path::new("a/b"));
        let s = c.snapshot();
        assert_eq!((s.files, s.bytes, s.findings, s.skipped), (0, 0, 0, 0));
        assert_eq!(s.folder, "");
        let c = Counters::new(true);
        c.file_done(2, 10);
        c.finding(3);
        c.skipped();
        c.folder(Path::new("a/b"));
        let s = c.snapshot();
        assert_eq!((s.files, s.bytes, s.findings, s.skipped), (2, 10, 3, 1));
        assert_eq!(s.folder, "a");
    }

    /// A report on the progress line's terminal is written in whole lines
    /// only; the partial line waits for its end or a flush.
    #[test]
    fn the_report_is_written_in_whole_lines_around_the_bar() {
        let bar = ProgressBar::hidden();
        let mut w = AroundBar {
            bar,
            out: Vec::new(),
            pending: Vec::new(),
        };
        w.write_all(b"one\ntw").unwrap();
        assert_eq!(w.out, b"one\n");
        w.write_all(b"o\nthree").unwrap();
        assert_eq!(w.out, b"one\ntwo\n");
        w.flush().unwrap();
        assert_eq!(w.out, b"one\ntwo\nthree");
    }
}
