//! Wires one scan: walker thread → bounded channel → worker pool (source,
//! extract, detect, findings) → one writer that owns the report.

use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crossbeam_channel::{bounded, Receiver, Sender};

use crate::container::{self, ArchiveLimits, Budget, Unit};
use crate::detect::{self, Cell, Engine, Match, Scratch};
use crate::extract::{self, TextBuf};
use crate::findings::{self, BuildOptions, Finding, Keyring, Position};
use crate::limits::{human_size, Limits};
use crate::report::{FileReport, Format, Sink, Skipped, Summary};
use crate::source::{self, SourceError};
use crate::structured;
use crate::vocab::{Confidence, SkipReason};
use crate::walk::{self, Item, WalkOptions};

/// Everything one scan needs, already parsed.
#[derive(Debug)]
pub struct ScanConfig {
    /// Roots to scan.
    pub paths: Vec<PathBuf>,
    /// Report format.
    pub format: Format,
    /// Report file (created 0600); stdout when `None`.
    pub output: Option<PathBuf>,
    /// Finding options.
    pub build: BuildOptions,
    /// Worker threads.
    pub threads: usize,
    /// Walk options.
    pub walk: WalkOptions,
    /// Size limits.
    pub limits: Limits,
    /// Container limits (depth, members, inflated bytes, ratio, time).
    pub archive: ArchiveLimits,
    /// Colour in human output.
    pub color: bool,
    /// Exit 0/1 rather than 2 when something could not be scanned.
    pub allow_incomplete: bool,
}

/// Exit status of a scan (DESIGN.md section 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Complete, nothing at or above the threshold.
    Clean = 0,
    /// Findings at or above the threshold.
    Found = 1,
    /// Could not run, or incomplete with nothing found.
    Incomplete = 2,
}

enum Event {
    File(FileReport),
    Skipped(Skipped),
    /// Files scanned and their bytes, summed over a batch.
    Scanned {
        files: u64,
        bytes: u64,
    },
}

/// Events a worker collects before handing them to the writer: one
/// channel send (and wake-up) per batch rather than per file.
const BATCH: usize = 64;

/// Runs a scan to the end and writes its report.
pub fn scan(cfg: &ScanConfig, engine: &Engine, keys: &Keyring) -> anyhow::Result<Outcome> {
    let (out, report_id): (Box<dyn Write>, Option<(u64, u64)>) = match &cfg.output {
        Some(p) => {
            let f = create_report(p)?;
            let meta = f.metadata()?;
            (Box::new(f), Some((meta.dev(), meta.ino())))
        }
        None => (Box::new(io::stdout().lock()), None),
    };
    let out = BufWriter::with_capacity(64 << 10, out);
    let mut sink = cfg.format.sink(out, cfg.color);
    let summary = run(
        cfg,
        engine,
        keys,
        sink.as_mut(),
        report_id.into_iter().collect(),
    )?;
    Ok(if summary.findings > 0 {
        Outcome::Found
    } else if !summary.complete && !cfg.allow_incomplete {
        Outcome::Incomplete
    } else {
        Outcome::Clean
    })
}

/// Runs a scan and hands its records to `sink` rather than to a report,
/// for consumers such as `eval` that weigh findings instead of printing
/// them (`cfg.format`, `cfg.output` and `cfg.color` are not used). Files
/// in `never_scan` (say, a truth file holding raw values inside the tree)
/// are left out. Returns the summary, which `sink` has also received.
pub fn scan_to(
    cfg: &ScanConfig,
    engine: &Engine,
    keys: &Keyring,
    sink: &mut dyn Sink,
    never_scan: &[&Path],
) -> anyhow::Result<Summary> {
    let never = never_scan
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| (m.dev(), m.ino()))
        .collect();
    run(cfg, engine, keys, sink, never)
}

/// The pipeline behind [`scan`] and [`scan_to`]: walker, workers, and the
/// single writer feeding `sink`.
fn run(
    cfg: &ScanConfig,
    engine: &Engine,
    keys: &Keyring,
    sink: &mut dyn Sink,
    never: Vec<(u64, u64)>,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let shared = Shared {
        cfg,
        engine,
        keys,
        never,
        // Overlapping roots, hard links and followed symlinks can present the
        // same file twice; it is scanned once. Only tracked when that can
        // happen, so a plain scan's memory does not grow with the tree.
        seen: (cfg.paths.len() > 1 || cfg.walk.follow).then(|| Mutex::new(HashSet::new())),
        stop: AtomicBool::new(false),
        inflated: AtomicU64::new(0),
        busy: Default::default(),
        in_flight: Default::default(),
    };
    let (item_tx, item_rx) = bounded::<Vec<Item>>(256);
    let (event_tx, event_rx) = bounded::<Vec<Event>>(64);
    let mut summary = Summary {
        files: 0,
        bytes: 0,
        findings: 0,
        skipped: 0,
        by_kind: Default::default(),
        skipped_by_reason: Default::default(),
        verdicts: Default::default(),
        elapsed_ms: 0,
        complete: true,
        min_confidence: cfg.build.min_confidence,
    };
    let mut write_error: Option<io::Error> = None;

    std::thread::scope(|s| -> anyhow::Result<()> {
        let shared = &shared;
        let stop = &shared.stop;
        // Build dictionaries while the walker starts; a scan of a single
        // path that is a file skips this and loads them only if needed.
        if cfg.paths.len() > 1 || cfg.paths.iter().any(|p| p.is_dir()) {
            s.spawn(|| engine.warm_up());
        }
        let walker = s.spawn(move || {
            walk::walk(&cfg.paths, &cfg.walk, |item| {
                !stop.load(Ordering::Relaxed) && item_tx.send(item).is_ok()
            })
        });
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(cfg.threads.max(1))
            .thread_name(|i| format!("phiscan-scan-{i}"))
            .build()?;
        let workers = s.spawn(move || {
            pool.scope(|ps| {
                for _ in 0..cfg.threads.max(1) {
                    let rx = item_rx.clone();
                    let tx = event_tx.clone();
                    ps.spawn(move |_| worker(shared, &rx, &tx));
                }
            });
        });

        for ev in event_rx.iter().flatten() {
            if write_error.is_some() {
                continue;
            }
            let r = match ev {
                Event::Scanned { files, bytes } => {
                    summary.files += files;
                    summary.bytes += bytes;
                    Ok(())
                }
                Event::File(r) => {
                    summary.findings += r.findings.len() as u64;
                    for f in &r.findings {
                        *summary.by_kind.entry(f.kind).or_insert(0) += 1;
                    }
                    if !r.partial {
                        *summary.verdicts.entry(r.verdict).or_insert(0) += 1;
                    }
                    let written = sink.file(&r);
                    if r.partial {
                        shared
                            .in_flight
                            .fetch_sub(r.findings.len(), Ordering::AcqRel);
                    }
                    written
                }
                Event::Skipped(sk) => {
                    summary.skipped += 1;
                    *summary.skipped_by_reason.entry(sk.reason).or_insert(0) += 1;
                    if sk.reason.makes_incomplete() {
                        summary.complete = false;
                    }
                    sink.skipped(&sk)
                }
            };
            if let Err(e) = r {
                shared.stop.store(true, Ordering::Relaxed);
                write_error = Some(e);
            }
        }
        let _ = workers.join();
        match walker.join() {
            Ok(r) => r?,
            Err(_) => anyhow::bail!("the directory walker failed"),
        }
        Ok(())
    })?;

    summary.elapsed_ms = started.elapsed().as_millis() as u64;
    if write_error.is_none() {
        if let Err(e) = sink.summary(&summary) {
            write_error = Some(e);
        }
    }
    if let Some(e) = write_error {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(anyhow::Error::new(e).context("writing the report"));
        }
    }
    Ok(summary)
}

/// Creates the report file with mode 0600: a report is itself sensitive.
fn create_report(p: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::PermissionsExt;
    let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", p.display()));
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(p)
        .map_err(named)?;
    // An existing file keeps its mode on open: tighten it (regular files only,
    // so `--output /dev/null` still works).
    if f.metadata().map_err(named)?.file_type().is_file() {
        f.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(named)?;
    }
    Ok(f)
}

/// What every worker shares for one scan.
struct Shared<'a> {
    cfg: &'a ScanConfig,
    engine: &'a Engine,
    keys: &'a Keyring,
    /// Device and inode of files never scanned (the report file).
    never: Vec<(u64, u64)>,
    /// Files already scanned, when the same file can come twice.
    seen: Option<Mutex<HashSet<(u64, u64)>>>,
    /// Set when the report can no longer be written.
    stop: AtomicBool,
    /// Bytes inflated from containers in the whole scan.
    inflated: AtomicU64,
    /// Threads scanning now (workers inside a file, and helpers): a large
    /// window is split only while this is below `--jobs`, so the scan never
    /// runs more threads than asked.
    busy: std::sync::atomic::AtomicUsize,
    /// Findings sent ahead in parts and not yet written.
    in_flight: std::sync::atomic::AtomicUsize,
}

/// Per-thread state reused for every file.
struct WorkerState {
    scratch: Scratch,
    buf: Vec<u8>,
    text: TextBuf,
    matches: Vec<Match>,
    fields: Vec<extract::Field>,
    cells: Vec<Cell>,
    /// State for a helper thread scanning half of a large window, made
    /// the first time one is needed.
    spare: Option<Box<WorkerState>>,
}

impl WorkerState {
    fn new(engine: &Engine) -> WorkerState {
        WorkerState {
            scratch: engine.scratch(),
            buf: Vec::new(),
            text: TextBuf::default(),
            matches: Vec::new(),
            fields: Vec::new(),
            cells: Vec::new(),
            spare: None,
        }
    }
}

/// A window of plain text owning at least this much is scanned as two
/// halves, the second on a helper thread when fewer than `--jobs` threads
/// are busy: one large file would otherwise keep one core busy and leave
/// the rest waiting.
const SPLIT_MIN: usize = 4 << 20;

fn worker(sh: &Shared<'_>, rx: &Receiver<Vec<Item>>, tx: &Sender<Vec<Event>>) {
    let engine = sh.engine;
    let mut st = WorkerState::new(engine);
    let mut batch: Vec<Event> = Vec::new();
    let mut scanned = (0u64, 0u64);
    for items in rx.iter() {
        for item in items {
            sh.busy.fetch_add(1, Ordering::Relaxed);
            let go_on = scan_item(sh, &mut st, tx, &mut batch, &mut scanned, item);
            sh.busy.fetch_sub(1, Ordering::Relaxed);
            if !go_on {
                return;
            }
        }
    }
    batch.push(Event::Scanned {
        files: scanned.0,
        bytes: scanned.1,
    });
    let _ = tx.send(batch);
}

/// One walked item through the pipeline, its events added to `batch`
/// (sent when full). False when the report can no longer be written.
fn scan_item(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    tx: &Sender<Vec<Event>>,
    batch: &mut Vec<Event>,
    scanned: &mut (u64, u64),
    item: Item,
) -> bool {
    let engine = sh.engine;
    if sh.stop.load(Ordering::Relaxed) {
        return false;
    }
    let (path, skip) = match item {
        Item::Skip {
            path,
            reason,
            detail,
        } => (path, Some((reason, detail))),
        Item::File(path) => (path, None),
    };
    let shown = path.display().to_string();
    let events = match skip {
        Some((reason, detail)) => vec![skipped(&shown, reason, detail)],
        None => {
            let mut events = Vec::new();
            let r = std::panic::catch_unwind(AssertUnwindSafe(|| {
                scan_file(sh, &path, &shown, st, tx, &mut events)
            }));
            if r.is_err() {
                // A bug in one file's handling must not end the scan nor
                // lose what was found before it; the scratch state may
                // be inconsistent, so start afresh.
                st.scratch = engine.scratch();
                events.push(skipped(
                    &shown,
                    SkipReason::Corrupt,
                    "internal error while scanning this file (please report)".into(),
                ));
            }
            events
        }
    };
    for ev in events {
        match ev {
            Event::Scanned { files, bytes } => {
                scanned.0 += files;
                scanned.1 += bytes;
            }
            other => batch.push(other),
        }
    }
    if batch.len() >= BATCH {
        batch.push(Event::Scanned {
            files: std::mem::take(&mut scanned.0),
            bytes: std::mem::take(&mut scanned.1),
        });
        if tx.send(std::mem::take(batch)).is_err() {
            return false;
        }
    }
    true
}

fn skipped(path: &str, reason: SkipReason, detail: String) -> Event {
    Event::Skipped(Skipped {
        path: path.to_string(),
        inner: Vec::new(),
        reason,
        detail,
    })
}

/// source → extract → detect → findings for one file: a plain file in
/// windows, or a container opened in memory with every text unit inside it
/// scanned the same way. Events go to `events` as they are made, so a
/// panic later in the file loses nothing already found.
fn scan_file(
    sh: &Shared<'_>,
    path: &Path,
    shown: &str,
    st: &mut WorkerState,
    tx: &Sender<Vec<Event>>,
    events: &mut Vec<Event>,
) {
    let cfg = sh.cfg;
    let mut opened = match source::open(path) {
        Ok(o) => o,
        Err(SourceError { reason, detail }) => {
            events.push(skipped(shown, reason, detail));
            return;
        }
    };
    if sh.never.contains(&opened.id) {
        return;
    }
    if let Some(seen) = &sh.seen {
        let first_time = seen.lock().map(|mut s| s.insert(opened.id)).unwrap_or(true);
        if !first_time {
            return;
        }
    }
    if let Some(max) = cfg.limits.max_file_size {
        if opened.len > max {
            events.push(skipped(
                shown,
                SkipReason::TooLarge,
                format!(
                    "{} > --max-file-size {}",
                    human_size(opened.len),
                    human_size(max)
                ),
            ));
            return;
        }
    }
    // A container is read whole (members need random access): one window
    // as large as the file. Small files are read whole anyway.
    let mut limits = cfg.limits;
    if opened.len > limits.read_threshold
        && source::peek(&opened, 4096).is_some_and(|head| container::sniff(&head).is_some())
    {
        limits.map_window = limits.map_window.max(opened.len);
    }
    events.push(Event::Scanned {
        files: 1,
        bytes: opened.len,
    });
    let mut plain = PlainUnit::default();
    // The buffer lends the window its bytes while `st` scans them.
    let mut buf = std::mem::take(&mut st.buf);
    let read = source::read_windows(&mut opened, &limits, sh.engine.reach() * 2, &mut buf, |w| {
        let whole = w.offset == 0 && w.owned == w.bytes.len();
        if whole {
            if let Some(format) = container::sniff(w.bytes) {
                scan_container(sh, st, shown, format, w.bytes, events);
                return;
            }
        }
        plain.window(sh, st, w);
        if plain.found.len() >= PART {
            // Out now, not at the end of the file: memory stays bounded
            // however many findings a file holds.
            let part = plain.report(shown, true);
            // Wait while the writer is behind: parts queued in the channel
            // would otherwise hold memory without bound.
            while sh.in_flight.load(Ordering::Acquire) > MAX_IN_FLIGHT
                && !sh.stop.load(Ordering::Relaxed)
            {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            sh.in_flight
                .fetch_add(part.findings.len(), Ordering::AcqRel);
            let _ = tx.send(vec![Event::File(part)]);
        }
    });
    st.buf = buf;
    if !plain.counts.is_empty() || !plain.found.is_empty() {
        events.push(Event::File(plain.report(shown, false)));
    }
    if let Err(SourceError { reason, detail }) = read {
        events.push(skipped(shown, reason, detail));
    }
}

/// A plain file scanned window by window: where the next window's text
/// starts, and what was found so far.
#[derive(Default)]
struct PlainUnit {
    found: Vec<Finding>,
    /// Findings per kind, those already reported in parts included.
    counts: std::collections::BTreeMap<crate::vocab::Kind, u64>,
    health: bool,
    pos: Position,
    encoding: Option<extract::Encoding>,
}

/// Findings of one plain file sent ahead in a part once this many are
/// waiting (a few MiB).
const PART: usize = 8192;

/// Findings in parts sent but not yet written above which a worker waits
/// (a few tens of MiB).
const MAX_IN_FLIGHT: usize = 65_536;

impl PlainUnit {
    /// The findings so far as a report, `partial` when more may follow.
    fn report(&mut self, shown: &str, partial: bool) -> FileReport {
        // Counted in an array by kind, then merged: a map look-up per
        // finding showed in profiles of files with millions of findings.
        let mut by_kind = [(None, 0u64); 32];
        for f in &self.found {
            match by_kind.get_mut(f.kind as usize) {
                Some((kind, n)) => {
                    *kind = Some(f.kind);
                    *n += 1;
                }
                None => *self.counts.entry(f.kind).or_insert(0) += 1,
            }
        }
        for (kind, n) in by_kind {
            if let Some(kind) = kind {
                *self.counts.entry(kind).or_insert(0) += n;
            }
        }
        FileReport {
            path: shown.to_string(),
            inner: Vec::new(),
            findings: std::mem::take(&mut self.found),
            verdict: findings::verdict(&self.counts, self.health),
            partial,
            counts: if partial {
                Default::default()
            } else {
                self.counts.clone()
            },
        }
    }

    fn window(&mut self, sh: &Shared<'_>, st: &mut WorkerState, w: source::Window<'_>) {
        let enc = *self.encoding.get_or_insert_with(|| extract::sniff(w.bytes));
        let whole = w.offset == 0 && w.owned == w.bytes.len();
        if !whole && enc == extract::Encoding::Text && w.owned >= SPLIT_MIN {
            // Always the same halves, whether or not a thread is free, so
            // the report does not depend on `--jobs` or timing.
            let jobs = sh.cfg.threads.max(1);
            let free = sh
                .busy
                .fetch_update(Ordering::AcqRel, Ordering::Relaxed, |b| {
                    (b < jobs).then_some(b + 1)
                })
                .is_ok();
            // Released even if the halves panic (the worker catches it).
            struct Release<'a>(Option<&'a std::sync::atomic::AtomicUsize>);
            impl Drop for Release<'_> {
                fn drop(&mut self) {
                    if let Some(busy) = self.0 {
                        busy.fetch_sub(1, Ordering::AcqRel);
                    }
                }
            }
            let _slot = Release(free.then_some(&sh.busy));
            return self.split_window(sh, st, w, free);
        }
        self.health |= scan_text(
            sh,
            st,
            w.bytes,
            enc,
            whole,
            false,
            w.owned,
            &mut self.pos,
            &mut self.found,
        );
    }

    /// Scans a window of plain text as two halves at once, the second on a
    /// helper thread: the same windowing as between windows (the first
    /// half reaches past its end by the detectors' overlap, the second
    /// starts where the first stops owning), so the findings are those of
    /// two consecutive windows, in order.
    fn split_window(
        &mut self,
        sh: &Shared<'_>,
        st: &mut WorkerState,
        w: source::Window<'_>,
        parallel: bool,
    ) {
        let enc = extract::Encoding::Text;
        // Split at a line end near the middle, so no line is cut.
        let half = w.owned / 2;
        let mid = memchr::memchr(b'\n', &w.bytes[half..w.owned]).map_or(half, |i| half + i + 1);
        let first_end = (mid + sh.engine.reach() * 2).min(w.bytes.len());
        // The second half is placed as if its text began a line; its lines
        // and columns are shifted once the first half has counted up to
        // `mid`, so the first half's newlines are counted once, not twice.
        let mut pos_b = Position {
            text_base: self.pos.text_base + mid as u64,
            lines_before: 0,
            line_start: 0,
        };
        let mut found_b = Vec::new();
        let mut spare = st
            .spare
            .take()
            .unwrap_or_else(|| Box::new(WorkerState::new(sh.engine)));
        let second_half =
            |spare: &mut WorkerState, pos_b: &mut Position, found_b: &mut Vec<Finding>| {
                scan_text(
                    sh,
                    spare,
                    &w.bytes[mid..],
                    enc,
                    false,
                    false,
                    w.owned - mid,
                    pos_b,
                    found_b,
                )
            };
        let (pos, found) = (&mut self.pos, &mut self.found);
        let mut first_half = |st: &mut WorkerState| {
            scan_text(
                sh,
                st,
                &w.bytes[..first_end],
                enc,
                false,
                false,
                mid,
                pos,
                found,
            )
        };
        let (health_a, health_b) = if parallel {
            std::thread::scope(|s| {
                let second = s.spawn(|| second_half(&mut spare, &mut pos_b, &mut found_b));
                let a = first_half(st);
                // A panic in the helper is this file's, caught by the worker.
                let b = second
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                (a, b)
            })
        } else {
            let a = first_half(st);
            (a, second_half(&mut spare, &mut pos_b, &mut found_b))
        };
        st.spare = Some(spare);
        // `self.pos` is now at `mid`.
        let at_mid = self.pos;
        debug_assert_eq!(at_mid.text_base + (w.owned - mid) as u64, pos_b.text_base);
        self.found.extend(found_b.into_iter().map(|mut f| {
            if f.line == 1 {
                f.column = (f.column as i64 - at_mid.line_start) as u64;
            }
            f.line += at_mid.lines_before;
            f
        }));
        if pos_b.lines_before == 0 {
            pos_b.line_start += at_mid.line_start;
        }
        pos_b.lines_before += at_mid.lines_before;
        self.pos = pos_b;
        self.health |= health_a || health_b;
    }
}

/// Every text unit of a container, each reported with its member chain.
fn scan_container(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    shown: &str,
    format: container::Format,
    bytes: &[u8],
    events: &mut Vec<Event>,
) {
    let mut budget = Budget::new(sh.cfg.archive, &sh.inflated);
    container::expand(
        format,
        bytes,
        &mut Vec::new(),
        &mut budget,
        &mut |unit| match unit {
            Unit::Text {
                inner,
                text,
                extracted,
            } => {
                let enc = if extracted {
                    extract::Encoding::Text
                } else {
                    extract::sniff(text)
                };
                let mut found = Vec::new();
                let mut pos = Position::default();
                // A bug met in one member's text costs that member only:
                // the other members are still scanned (issue 15).
                let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    scan_text(
                        sh,
                        st,
                        text,
                        enc,
                        true,
                        extracted,
                        text.len(),
                        &mut pos,
                        &mut found,
                    )
                }));
                let Ok(health) = scanned else {
                    // The scratch state may be inconsistent: start afresh.
                    st.scratch = sh.engine.scratch();
                    events.push(Event::Skipped(Skipped {
                        path: shown.to_string(),
                        inner: inner.to_vec(),
                        reason: SkipReason::Corrupt,
                        detail: container::INTERNAL_ERROR.into(),
                    }));
                    return;
                };
                if !found.is_empty() {
                    let counts = findings::counts(&found);
                    events.push(Event::File(FileReport {
                        path: shown.to_string(),
                        inner: inner.to_vec(),
                        findings: found,
                        verdict: findings::verdict(&counts, health),
                        partial: false,
                        counts,
                    }));
                }
            }
            Unit::Skipped { inner, problem } => events.push(Event::Skipped(Skipped {
                path: shown.to_string(),
                inner: inner.to_vec(),
                reason: problem.reason,
                detail: problem.detail,
            })),
        },
    );
}

/// extract → detect → findings for one window of a text unit (`whole`: the
/// window is the whole unit, so its structure can be read; `document`: a
/// document reader's text, whose tables are tab-separated rows). Findings go to
/// `found`, positions advance past the `owned` bytes; returns whether the
/// text has health terms.
#[allow(clippy::too_many_arguments)]
fn scan_text(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    raw: &[u8],
    enc: extract::Encoding,
    whole: bool,
    document: bool,
    owned: usize,
    pos: &mut Position,
    found: &mut Vec<Finding>,
) -> bool {
    let (cfg, engine, keys) = (sh.cfg, sh.engine, sh.keys);
    let WorkerState {
        scratch,
        text,
        matches,
        fields,
        cells,
        ..
    } = st;
    let t = extract::extract(raw, enc, text);
    matches.clear();
    // Structure names what fields hold: an HL7 message's segments, a FHIR
    // or CDA document's elements, or a table's header row.
    // UTF-16 text (a CSV saved as "Unicode text") has its structure too.
    let structured = whole && enc != extract::Encoding::Binary;
    // HL7, FHIR, CDA and DICOM are clinical formats: identifiers in them
    // are PHI whatever the words around them (DESIGN.md section 1).
    let (plan, clinical_format) = if !structured {
        (None, false)
    } else if extract::is_hl7(t.bytes) {
        let columns: Vec<&[u8]> = extract::HL7_FIELDS.iter().map(|f| f.as_bytes()).collect();
        extract::hl7_fields(t.bytes, fields);
        (engine.patient_plan(&columns, scratch), true)
    } else if let Some(format) = structured::sniff(t.bytes) {
        let columns: Vec<&[u8]> = structured::FIELDS.iter().map(|f| f.as_bytes()).collect();
        structured::fields(format, t.bytes, fields);
        (engine.patient_plan(&columns, scratch), true)
    } else if let Some(table) = extract::table(t.bytes) {
        let plan = engine.field_plan(&table.columns, scratch);
        if plan.is_some() {
            extract::table_fields(t.bytes, &table, fields);
        }
        (plan, false)
    } else {
        (None, false)
    };
    let min = cfg.build.min_confidence;
    let mut outcome = match &plan {
        Some(plan) => {
            to_cells(fields, cells);
            engine.scan_table(t.bytes, plan, cells, scratch, matches, min)
        }
        None => engine.scan_min(t.bytes, scratch, matches, min),
    };
    // A value left `low` for want of a label may sit under the heading
    // of a space-aligned table (statements, printed reports): only then
    // is it worth looking for one, and scanning again with it. Documents
    // render their tables as tab-separated rows, which may hold values no
    // pattern sees without their column (a bare record number): there
    // tables are always looked for.
    if structured && plan.is_none() && (outcome.wants_context || document) {
        let mut columns = Vec::new();
        if outcome.wants_context {
            extract::aligned_tables(t.bytes, &mut columns, fields);
        } else {
            fields.clear();
        }
        if memchr::memchr(b'\t', t.bytes).is_some() {
            let (mut tab_columns, mut tab_fields) = (Vec::new(), Vec::new());
            extract::tab_tables(t.bytes, &mut tab_columns, &mut tab_fields);
            let base = columns.len();
            columns.extend(tab_columns);
            fields.extend(tab_fields.into_iter().map(|f| extract::Field {
                column: f.column + base,
                ..f
            }));
            fields.sort_by_key(|f| f.start);
        }
        if let Some(plan) = (!fields.is_empty())
            .then(|| engine.field_plan(&columns, scratch))
            .flatten()
        {
            to_cells(fields, cells);
            matches.clear();
            outcome = engine.scan_table(t.bytes, &plan, cells, scratch, matches, min);
        }
    }
    // A manual page's source or a jar's build metadata is about software:
    // its values are examples and its people the project's developers
    // (issue 15). Kept, but `low`: below the report's default threshold.
    if !matches.is_empty() && detect::documentation_unit(t.bytes) {
        for m in matches.iter_mut() {
            m.confidence = Confidence::Low;
        }
    }
    // Keep what this window owns; the next window repeats the rest.
    let owned_text = t.text_of(owned);
    if owned < raw.len() {
        matches.retain(|m| m.start < owned_text);
    }
    let reported_before = found.len();
    findings::build(
        engine, keys, t.bytes, matches, pos, owned_text, cfg.build, found,
    );
    // The clinical vocabulary is looked up only where it decides the
    // verdict: identifiers found, no health information yet.
    outcome.health_terms
        || clinical_format
        || (found.len() > reported_before
            && !found[reported_before..]
                .iter()
                .any(|f| f.kind.is_health_info())
            && engine.has_clinical_vocabulary(t.bytes))
}

/// Table cells as the engine takes them.
fn to_cells(fields: &[extract::Field], cells: &mut Vec<Cell>) {
    cells.clear();
    cells.extend(fields.iter().map(|f| Cell {
        start: f.start,
        end: f.end,
        column: f.column,
    }));
}

/// Default threshold: `medium` (DESIGN.md section 3).
pub const DEFAULT_MIN_CONFIDENCE: Confidence = Confidence::Medium;
