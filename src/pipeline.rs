//! One file through the pipeline: source → extract → detect → findings,
//! as ripgrep's `search.rs` searches one subject. A plain file is scanned
//! window by window, a container's text units one by one, and each file or
//! member is sniffed once. `app` wires the threads, the channels and the
//! writer around it.

use std::collections::{BTreeMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use crossbeam_channel::Sender;

use crate::detect::{self, Cell, Engine, Match, Scratch};
use crate::extract::container::{self, ArchiveLimits, Budget, Unit};
use crate::extract::{self, DecodeBuf, Encoding, Known, Sniffed, Structure};
use crate::findings::{self, BuildOptions, Finding, Keyring, Position};
use crate::limits::{human_size, Limits};
use crate::report::{FileReport, Skipped};
use crate::source::{self, SourceError};
use crate::vocab::{Confidence, Kind, SkipReason};
use crate::walk::Item;

mod raw;
pub(crate) use raw::{scan_chunk, RawScan};

/// What the pipeline hands the writer.
pub(crate) enum Event {
    File(FileReport),
    Skipped(Skipped),
    /// Files scanned and their bytes, summed over a batch.
    Scanned {
        files: u64,
        bytes: u64,
    },
    /// A file the inventory (`--state`) had unchanged: its stored records,
    /// reported again without reading it.
    Carried {
        id: i64,
        events: Vec<Event>,
        /// The events as the report's format renders them, when the
        /// worker rendered them (JSONL); their findings are then dropped
        /// and only their counts are kept.
        rendered: Option<Vec<u8>>,
    },
    /// The end of one walked item's events, with what `stat` said before
    /// it was opened: the inventory stores the file (`--state` only).
    Done {
        path: std::path::PathBuf,
        meta: Option<Box<std::fs::Metadata>>,
        /// The keyed hash of what was read, and whether records known for
        /// that content stood in for the detectors (filled in by the worker
        /// from [`WorkerState::content`]).
        content: Option<Content>,
    },
}

impl Event {
    /// A [`Event::Done`] marker with the content hash of what was read
    /// (other events are returned as they are).
    pub(crate) fn with_content(mut self, c: Option<Content>) -> Event {
        if let Event::Done { content, .. } = &mut self {
            *content = c;
        }
        self
    }
}

/// The keyed content hash of a regular file read whole (`--state` only):
/// identical content is scanned once per run, and a file whose `stat`
/// changed but whose bytes did not is not scanned again.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Content {
    /// Keyed BLAKE3 of the bytes read ([`content_key`]).
    pub(crate) hash: [u8; 32],
    /// Bytes read.
    pub(crate) len: u64,
    /// Records known for this content stood in for the detectors.
    pub(crate) reused: Option<Reused>,
    /// Part of the file's findings went to the writer ahead of the rest
    /// (a dense file): its events are not all in hand, so they are not
    /// remembered for identical content.
    pub(crate) ahead: bool,
}

/// Whose records stood in for a file's scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reused {
    /// Another file's with the same content (this run's, or a stored
    /// file's): the file is stored with them as if scanned.
    Identical,
    /// Its own stored records (stored row `id`): only its `stat` and hash
    /// are brought up to date.
    Carried(i64),
}

/// Records already known for a content hash, asked before the detectors
/// run on a file read whole (the inventory answers; the pipeline does not
/// know it).
pub(crate) trait Reuse {
    /// Report events for `path` (`File` and `Skipped`, re-pathed) when
    /// content of `len` bytes hashing to `hash` is known.
    fn known(&self, path: &Path, hash: &[u8; 32], len: u64) -> Option<(Vec<Event>, Reused)>;

    /// Whether `path`, of `len` bytes, may hold content already known
    /// (its stored size is `len`): a file too large to be hashed on the
    /// way to the detectors is then hashed first.
    fn expects(&self, path: &Path, len: u64) -> bool;
}

/// The key of content hashes: derived from the fingerprint key (never the
/// key itself), so a state's hashes cannot be compared with another
/// organisation's, nor used to confirm a guessed document without the key.
pub(crate) fn content_key(keys: &Keyring) -> [u8; 32] {
    blake3::derive_key(
        "phiscan 2026 content hash key",
        &keys.fingerprint("phiscan-content", b"content key").0,
    )
}

/// What every worker shares for one scan.
pub(crate) struct Shared<'a> {
    /// Size limits.
    pub(crate) limits: Limits,
    /// Container limits.
    pub(crate) archive: ArchiveLimits,
    /// Finding options.
    pub(crate) build: BuildOptions,
    /// Worker threads (`--jobs`).
    pub(crate) threads: usize,
    pub(crate) engine: &'a Engine,
    pub(crate) keys: &'a Keyring,
    /// Device and inode of files never scanned (the report file).
    pub(crate) never: Vec<(u64, u64)>,
    /// Files already scanned, when the same file can come twice.
    pub(crate) seen: Option<Mutex<HashSet<(u64, u64)>>>,
    /// Set when the report can no longer be written.
    pub(crate) stop: AtomicBool,
    /// Bytes inflated from containers in the whole scan.
    pub(crate) inflated: AtomicU64,
    /// Threads scanning now (workers inside a file, and helpers): a large
    /// window is split only while this is below `--jobs`, so the scan never
    /// runs more threads than asked.
    pub(crate) busy: AtomicUsize,
    /// Findings sent to the writer and not yet written.
    pub(crate) in_flight: AtomicUsize,
    /// Above this many findings in flight a worker waits before sending
    /// more: [`MAX_IN_FLIGHT`], or no limit where nothing writes while
    /// the pipeline runs ([`scan_one_file`]).
    pub(crate) max_in_flight: usize,
    /// Decides which findings are reported (config, allowlist, baseline);
    /// `None`: all of them.
    pub(crate) policy: Option<&'a dyn findings::Policy>,
    /// Findings an allowance suppressed, for the summary.
    pub(crate) allowed: AtomicU64,
    /// Findings the baseline suppressed, for the summary.
    pub(crate) baselined: AtomicU64,
    /// The `--max-rate` ceiling files are read under; `None`: no ceiling.
    pub(crate) pace: Option<&'a crate::polite::Pace>,
}

/// Findings sent to the writer but not yet written above which workers
/// wait (about ten MiB): batches queued in the channel would otherwise
/// hold memory without bound while the writer is behind.
pub(crate) const MAX_IN_FLIGHT: usize = 2 * findings::PART;

impl Shared<'_> {
    /// Sends `batch` to the writer, first waiting while the findings in
    /// flight are above [`Shared::max_in_flight`]; `false` once the writer
    /// is gone.
    pub(crate) fn send(&self, tx: &Sender<Vec<Event>>, batch: Vec<Event>) -> bool {
        let n: usize = batch
            .iter()
            .map(|e| match e {
                Event::File(r) => r.findings.len(),
                _ => 0,
            })
            .sum();
        if n > 0 {
            while self.in_flight.load(Ordering::Acquire) > self.max_in_flight
                && !self.stop.load(Ordering::Relaxed)
            {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            self.in_flight.fetch_add(n, Ordering::AcqRel);
        }
        tx.send(batch).is_ok()
    }
}

/// Per-thread state reused for every file.
pub(crate) struct WorkerState {
    scratch: Scratch,
    buf: Vec<u8>,
    text: DecodeBuf,
    matches: Vec<Match>,
    fields: Vec<Cell>,
    /// State for a helper thread scanning half of a large window, made
    /// the first time one is needed.
    spare: Option<Box<WorkerState>>,
    /// When the file being scanned has used up its time (`--file-timeout`);
    /// `None` for no limit.
    deadline: Option<Instant>,
    /// The content hash of the last item scanned, when it was a regular
    /// file read to its end with a [`Reuse`] given.
    pub(crate) content: Option<Content>,
    /// [`content_key`], made on first use.
    content_key: Option<[u8; 32]>,
}

/// The per-file time budget ran out while text was being scanned: the
/// payload [`check_deadline`] unwinds with (without the panic hook, so
/// nothing is printed) to the catch of the member or file, which reports
/// it as `timeout` and keeps what was found before.
pub(crate) struct TimedOut;

/// Unwinds with [`TimedOut`] once `deadline` has passed: a check point
/// for loops that could run long on hostile text.
pub(crate) fn check_deadline(deadline: Option<Instant>) {
    if deadline.is_some_and(|d| Instant::now() >= d) {
        std::panic::resume_unwind(Box::new(TimedOut));
    }
}

/// The skip reason and detail for a caught unwind: a time-out, or a bug
/// (whose message is never quoted: it may hold scanned content).
fn caught(
    payload: &(dyn std::any::Any + Send),
    sh: &Shared<'_>,
    bug: &str,
) -> (SkipReason, String) {
    if payload.is::<TimedOut>() {
        (
            SkipReason::Timeout,
            format!(
                "the time for one file ran out while scanning this part (--file-timeout {} s)",
                sh.archive.max_time.as_secs()
            ),
        )
    } else {
        (SkipReason::Corrupt, bug.to_string())
    }
}

impl WorkerState {
    pub(crate) fn new(engine: &Engine) -> WorkerState {
        WorkerState {
            scratch: engine.scratch(),
            buf: Vec::new(),
            text: DecodeBuf::default(),
            matches: Vec::new(),
            fields: Vec::new(),
            spare: None,
            deadline: None,
            content: None,
            content_key: None,
        }
    }
}

/// Working state a worker keeps between files; past it (a large or
/// dense file grew its buffers, even with rejected candidates) the state
/// is given back. Kept buffers are sized for the largest file seen so far,
/// each on its own, so their sum outgrew what any one file needs: a whole
/// machine's scan held 160 MiB of them (issue 17).
const GIVE_BACK_ABOVE: usize = 16 << 20;

impl WorkerState {
    /// Bytes of working state that grow with a file's text and matches,
    /// the helper's included.
    fn grown_bytes(&self) -> usize {
        self.scratch.grown_bytes()
            + self.buf.capacity()
            + self.text.capacity_bytes()
            + self.matches.capacity() * std::mem::size_of::<Match>()
            + self.fields.capacity() * std::mem::size_of::<Cell>()
            + self.spare.as_ref().map_or(0, |s| s.grown_bytes())
    }

    /// Starts afresh after a file that grew the working state past
    /// [`GIVE_BACK_ABOVE`] (here and in the helper's), which would
    /// otherwise stay with this worker for the rest of the scan; the freed
    /// heap goes back to the system. Ordinary files keep their buffers
    /// (regrowing them costs more).
    fn give_back(&mut self, engine: &Engine) {
        self.scratch = engine.scratch();
        self.buf = Vec::new();
        self.text = DecodeBuf::default();
        self.matches = Vec::new();
        self.fields = Vec::new();
        self.spare = None;
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        // SAFETY: malloc_trim only walks the allocator's own free lists.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// A window of plain text owning at least this much is scanned as two
/// halves, the second on a helper thread when fewer than `--jobs` threads
/// are busy: one large file would otherwise keep one core busy and leave
/// the rest waiting.
const SPLIT_MIN: usize = 4 << 20;

/// One walked item through the pipeline: its events, in order (parts of
/// a file with very many findings are sent ahead on `tx`). A panic while
/// scanning the file is contained and reported as `corrupt`.
pub(crate) fn scan_item(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    tx: &Sender<Vec<Event>>,
    item: Item,
    reuse: Option<&dyn Reuse>,
) -> Vec<Event> {
    let engine = sh.engine;
    st.content = None;
    let (path, what) = match item {
        Item::Skip {
            path,
            reason,
            detail,
        } => (path, Err((reason, detail))),
        Item::File(path) => (path, Ok(None)),
        Item::Bytes { path, bytes } => (path, Ok(Some(bytes.0))),
    };
    let shown = Shown {
        text: path.display().to_string(),
        bytes: crate::report::path_bytes(&path),
    };
    match what {
        Err((reason, detail)) => vec![skipped(&shown, reason, detail)],
        Ok(in_memory) => {
            let mut out = Outbox {
                tx,
                events: Vec::new(),
                dense: false,
                ahead: false,
                on_disk: None,
            };
            let r = std::panic::catch_unwind(AssertUnwindSafe(|| match &in_memory {
                None => scan_file(sh, &path, &shown, st, &mut out, reuse),
                Some(bytes) => scan_bytes(sh, bytes, &shown, st, &mut out),
            }));
            if let Some(c) = &mut st.content {
                c.ahead = out.ahead;
            }
            if let Err(payload) = r {
                st.content = None;
                // A bug in one file's handling must not end the scan nor
                // lose what was found before it; the scratch state may
                // be inconsistent, so start afresh.
                st.scratch = engine.scratch();
                let (reason, detail) = caught(
                    payload.as_ref(),
                    sh,
                    "internal error while scanning this file (please report)",
                );
                out.push(skipped(&shown, reason, detail));
            }
            if out.dense || st.grown_bytes() > GIVE_BACK_ABOVE {
                st.give_back(engine);
            }
            out.events
        }
    }
}

/// A walked path as records show it: lossy text for people, and the raw
/// bytes (base64) when that text is not the path itself.
struct Shown {
    text: String,
    bytes: Option<String>,
}

fn skipped(shown: &Shown, reason: SkipReason, detail: String) -> Event {
    Event::Skipped(Skipped {
        path: shown.text.clone(),
        path_bytes: shown.bytes.clone(),
        inner: Vec::new(),
        reason,
        detail,
    })
}

/// A file's events, in order: held until the file is done, or sent ahead
/// with a part of a unit's findings ([`findings::PART`]), so a file of
/// millions of findings holds a few MiB and the writer still gets every
/// event in the order it was made.
struct Outbox<'s> {
    tx: &'s Sender<Vec<Event>>,
    events: Vec<Event>,
    /// A unit had more findings than are listed: the working state grew
    /// with them and is given back after the file.
    dense: bool,
    /// A part went to the writer ahead of the file's other events.
    ahead: bool,
    /// Where on the disk the units now reported sit (a raw scan's carved
    /// object): stamped on each of their findings.
    on_disk: Option<findings::OnDisk>,
}

impl Outbox<'_> {
    fn push(&mut self, mut ev: Event) {
        if let Event::File(r) = &mut ev {
            self.dense |= r.unlisted_total > 0;
            self.stamp(&mut r.findings);
        }
        self.events.push(ev);
    }

    fn stamp(&self, found: &mut [Finding]) {
        if let Some(d) = &self.on_disk {
            for f in found {
                f.disk = Some(Box::new(d.clone()));
            }
        }
    }

    /// Sends `found` (taken) ahead as a part of the unit at `inner`, after
    /// the events held before it; `counts` (the unit's, by kind) counts it.
    fn part(
        &mut self,
        sh: &Shared<'_>,
        shown: &Shown,
        inner: &[String],
        counts: &mut BTreeMap<Kind, u64>,
        found: &mut Vec<Finding>,
    ) {
        add_counts(counts, found);
        self.stamp(found);
        self.events.push(Event::File(FileReport {
            path: shown.text.clone(),
            path_bytes: shown.bytes.clone(),
            inner: inner.to_vec(),
            findings: std::mem::take(found),
            verdict: findings::verdict(counts, false),
            partial: true,
            counts: BTreeMap::new(),
            unlisted: BTreeMap::new(),
            unlisted_total: 0,
        }));
        self.ahead = true;
        sh.send(self.tx, std::mem::take(&mut self.events));
    }
}

/// Adds `found`'s findings to `counts` by kind: counted in an array, then
/// merged (a map look-up per finding showed in profiles of dense files).
fn add_counts(counts: &mut BTreeMap<Kind, u64>, found: &[Finding]) {
    let mut by_kind = [(None, 0u64); 32];
    for f in found {
        match by_kind.get_mut(f.kind as usize) {
            Some((kind, n)) => {
                *kind = Some(f.kind);
                *n += 1;
            }
            None => *counts.entry(f.kind).or_insert(0) += 1,
        }
    }
    for (kind, n) in by_kind {
        if let Some(kind) = kind {
            *counts.entry(kind).or_insert(0) += n;
        }
    }
}

/// source → extract → detect → findings for one file: a plain file in
/// windows, or a container opened in memory with every text unit inside it
/// scanned the same way. Events go to `out` as they are made, so a panic
/// later in the file loses nothing already found.
///
/// With a [`Reuse`] (`--state`), the bytes read are hashed as they pass
/// (each byte once, from the same buffer or map the detectors read): a
/// file read as one window is hashed before it is scanned, and when its
/// content is already known the detectors do not run on it.
fn scan_file(
    sh: &Shared<'_>,
    path: &Path,
    shown: &Shown,
    st: &mut WorkerState,
    out: &mut Outbox,
    reuse: Option<&dyn Reuse>,
) {
    let mut opened = match source::open(path) {
        Ok(o) => o,
        Err(SourceError { reason, detail }) => {
            out.push(skipped(shown, reason, detail));
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
    let len = opened.len;
    if let Some(skip) = too_large(sh, shown, len) {
        out.push(skip);
        return;
    }
    let head = sniffed_by_head(sh, len)
        .then(|| source::peek(&opened, 4096).map(|head| extract::sniff(&head)))
        .flatten();
    let key = reuse.map(|_| *st.content_key.get_or_insert_with(|| content_key(sh.keys)));
    if let (Some(r), Some(key)) = (reuse, key) {
        let windowed = len > sh.limits.map_window && !matches!(head, Some(Sniffed::Container(_)));
        if windowed && r.expects(path, len) {
            if let Some((events, how, hash)) = hashed_first(sh, &opened, &key, path, r) {
                out.push(Event::Scanned {
                    files: 1,
                    bytes: len,
                });
                out.events.extend(events);
                st.content = Some(Content {
                    hash,
                    len,
                    reused: Some(how),
                    ahead: false,
                });
                return;
            }
        }
    }
    // The buffer lends the window its bytes while `st` scans them.
    let mut buf = std::mem::take(&mut st.buf);
    let mut hasher = key.map(|k| blake3::Hasher::new_keyed(&k));
    let mut hashed = 0u64;
    let mut known: Option<(Vec<Event>, Reused, [u8; 32])> = None;
    let read = scan_content(sh, shown, st, out, len, head, |limits, overlap, visit| {
        source::read_windows(&mut opened, limits, overlap, &mut buf, |w| {
            // Each window is charged before it is scanned: a mapped one
            // is read by that scan, and a read one delays the next read.
            if let Some(pace) = sh.pace {
                pace.charge((w.owned - w.from) as u64);
            }
            if let Some(h) = &mut hasher {
                // The owned parts follow one another and cover the file.
                h.update(&w.bytes[w.from..w.owned]);
                hashed += (w.owned - w.from) as u64;
                let whole = w.offset == 0 && w.owned == w.bytes.len();
                if let (true, Some(r)) = (whole, reuse) {
                    let hash = *h.finalize().as_bytes();
                    if let Some((events, how)) = r.known(path, &hash, hashed) {
                        known = Some((events, how, hash));
                        return;
                    }
                }
            }
            visit(w)
        })
    });
    st.buf = buf;
    if let (Some(h), true) = (&hasher, read) {
        let (hash, reused) = match known {
            Some((events, how, hash)) => {
                out.events.extend(events);
                (hash, Some(how))
            }
            None => (*h.finalize().as_bytes(), None),
        };
        st.content = Some(Content {
            hash,
            len: hashed,
            reused,
            ahead: false,
        });
    }
}

/// A file read in several windows (so not hashed before its first window
/// is scanned) whose stored size matches, hashed first, with `pread` in
/// 1 MiB reads: its known records when the content is known. Read again
/// to be scanned otherwise (a file of that size edited in place), from
/// the page cache when it fits.
fn hashed_first(
    sh: &Shared<'_>,
    opened: &source::Opened,
    key: &[u8; 32],
    path: &Path,
    reuse: &dyn Reuse,
) -> Option<(Vec<Event>, Reused, [u8; 32])> {
    use std::os::unix::fs::FileExt;
    let mut h = blake3::Hasher::new_keyed(key);
    let mut buf = vec![0u8; 1 << 20];
    let mut at = 0u64;
    while at < opened.len {
        let want = buf.len().min((opened.len - at) as usize);
        let n = opened.file.read_at(&mut buf[..want], at).ok()?;
        if n == 0 {
            return None;
        }
        if let Some(pace) = sh.pace {
            pace.charge(n as u64);
        }
        h.update(&buf[..n]);
        at += n as u64;
    }
    let hash = *h.finalize().as_bytes();
    let (events, how) = reuse.known(path, &hash, at)?;
    Some((events, how, hash))
}

/// source → extract → detect → findings for content already in memory (a
/// git blob, standard input): the same windows, sniffing and containers
/// as for a file of the same bytes.
fn scan_bytes(
    sh: &Shared<'_>,
    bytes: &[u8],
    shown: &Shown,
    st: &mut WorkerState,
    out: &mut Outbox,
) {
    let len = bytes.len() as u64;
    if let Some(skip) = too_large(sh, shown, len) {
        out.push(skip);
        return;
    }
    let head = sniffed_by_head(sh, len).then(|| extract::sniff(&bytes[..4096]));
    scan_content(sh, shown, st, out, len, head, |limits, overlap, visit| {
        source::memory_windows(bytes, limits, overlap, visit);
        Ok(())
    });
}

/// The `too_large` record of content over `--max-file-size`.
fn too_large(sh: &Shared<'_>, shown: &Shown, len: u64) -> Option<Event> {
    let max = sh.limits.max_file_size.filter(|&max| len > max)?;
    Some(skipped(
        shown,
        SkipReason::TooLarge,
        format!("{} > --max-file-size {}", human_size(len), human_size(max)),
    ))
}

/// Whether content of `len` bytes is sniffed by its head before it is
/// read: a container is read whole (members need random access), as one
/// window as large as the file; content that fits in one window anyway is
/// sniffed there.
fn sniffed_by_head(sh: &Shared<'_>, len: u64) -> bool {
    len > sh.limits.read_threshold && len > sh.limits.map_window
}

/// The part of a scan after the source is open: `len` bytes, sniffed as
/// `head` from their start when they are larger than a window, handed out
/// in windows by `read` (limits, overlap, visitor).
fn scan_content(
    sh: &Shared<'_>,
    shown: &Shown,
    st: &mut WorkerState,
    out: &mut Outbox,
    len: u64,
    head: Option<Sniffed>,
    read: impl FnOnce(&Limits, usize, &mut dyn FnMut(source::Window<'_>)) -> Result<(), SourceError>,
) -> bool {
    let mut limits = sh.limits;
    if let Some(Sniffed::Container(_)) = head {
        limits.map_window = limits.map_window.max(len);
    }
    out.push(Event::Scanned {
        files: 1,
        bytes: len,
    });
    st.deadline = Instant::now().checked_add(sh.archive.max_time);
    let mut plain = PlainUnit::default();
    // Why the file's remaining windows are not scanned: its time ran out,
    // or a bug was met in one (what earlier windows found is kept).
    let mut stopped: Option<(SkipReason, String)> = None;
    let read = read(&limits, sh.engine.reach() * 2, &mut |w| {
        let whole = w.offset == 0 && w.owned == w.bytes.len();
        if whole {
            // The head's word stands for a container; anything else is
            // sniffed whole, as its structure is read from all of it.
            let sniffed = match head {
                Some(container @ Sniffed::Container(_)) => container,
                _ => extract::sniff(w.bytes),
            };
            if let Sniffed::Container(format) = sniffed {
                let mut budget = Budget::new(sh.archive, &sh.inflated);
                if w.mapped {
                    // SAFETY: a mapped window is a read-only private map of
                    // the file, alive while the container is read.
                    budget = unsafe { budget.in_map(w.bytes) };
                }
                scan_container(sh, st, shown, format, w.bytes, budget, out);
                return;
            }
            plain.sniffed = Some(sniffed);
        }
        if stopped.is_some() {
            return;
        }
        let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| {
            plain.window(sh, &mut *st, w, shown, &mut *out)
        }));
        if let Err(payload) = scanned {
            st.scratch = sh.engine.scratch();
            stopped = Some(caught(
                payload.as_ref(),
                sh,
                "internal error while scanning this file (please report)",
            ));
        }
    });
    if !plain.counts.is_empty() || !plain.found.is_empty() {
        out.push(Event::File(plain.finish(shown)));
    }
    if let Some((reason, detail)) = stopped {
        out.push(skipped(shown, reason, detail));
    }
    if let Err(SourceError { reason, detail }) = read {
        out.push(skipped(shown, reason, detail));
        return false;
    }
    true
}

/// A plain file scanned window by window: where the next window's text
/// starts, and what was found so far.
#[derive(Default)]
struct PlainUnit {
    found: Vec<Finding>,
    /// Findings per kind, those already sent ahead in parts included.
    counts: BTreeMap<Kind, u64>,
    health: bool,
    pos: Position,
    encoding: Option<extract::Encoding>,
    /// What the file was sniffed as, when it is one window.
    sniffed: Option<Sniffed>,
}

impl PlainUnit {
    /// The file's closing report: the findings not yet sent, and the
    /// counts and verdict of the whole file.
    fn finish(&mut self, shown: &Shown) -> FileReport {
        add_counts(&mut self.counts, &self.found);
        let unlisted = self.pos.listing.take_unlisted();
        for (&kind, &n) in &unlisted {
            *self.counts.entry(kind).or_insert(0) += n;
        }
        FileReport {
            unlisted,
            unlisted_total: self.pos.listing.unlisted_total,
            path: shown.text.clone(),
            path_bytes: shown.bytes.clone(),
            inner: Vec::new(),
            findings: std::mem::take(&mut self.found),
            verdict: findings::verdict(&self.counts, self.health),
            partial: false,
            counts: self.counts.clone(),
        }
    }

    fn window(
        &mut self,
        sh: &Shared<'_>,
        st: &mut WorkerState,
        w: source::Window<'_>,
        shown: &Shown,
        out: &mut Outbox,
    ) {
        let enc = *self
            .encoding
            .get_or_insert_with(|| extract::encoding(w.bytes));
        let whole = w.offset == 0 && w.owned == w.bytes.len();
        if !whole && enc == extract::Encoding::Text && w.owned - w.from >= SPLIT_MIN {
            // Always the same halves, whether or not a thread is free, so
            // the report does not depend on `--jobs` or timing.
            let jobs = sh.threads.max(1);
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
            return self.split_window(sh, st, w, free, shown, out);
        }
        let PlainUnit {
            found,
            counts,
            health,
            pos,
            sniffed,
            ..
        } = self;
        let known = Known {
            sniffed: *sniffed,
            named: None,
        };
        let mut flush = |f: &mut Vec<Finding>| out.part(sh, shown, &[], counts, f);
        let part = w.from..w.owned;
        *health |= scan_text(
            sh,
            (shown, &[]),
            st,
            w.bytes,
            enc,
            whole,
            false,
            known,
            part,
            pos,
            found,
            &mut flush,
        );
    }

    /// Scans a window of plain text as two halves: the same windowing as
    /// between windows (the first half reaches past its end by the
    /// detectors' overlap, the second starts as far before the part it
    /// owns). Detection, the costly part, runs on both at once, the
    /// second on a helper thread when `parallel`; the findings are then
    /// made in order, first half then second, so positions, the listing
    /// cap and parts come out as for two consecutive windows.
    fn split_window(
        &mut self,
        sh: &Shared<'_>,
        st: &mut WorkerState,
        w: source::Window<'_>,
        parallel: bool,
        shown: &Shown,
        out: &mut Outbox,
    ) {
        // Split at a line end near the middle of the owned part.
        let reach = sh.engine.reach() * 2;
        let half = w.from + (w.owned - w.from) / 2;
        let mid = memchr::memchr(b'\n', &w.bytes[half..w.owned]).map_or(half, |i| half + i + 1);
        let second_start = mid.saturating_sub(reach).max(w.from);
        let first = &w.bytes[..(mid + reach).min(w.bytes.len())];
        let second = &w.bytes[second_start..];
        let (a_part, b_part) = (w.from..mid, mid - second_start..w.owned - second_start);
        let mut spare = st
            .spare
            .take()
            .unwrap_or_else(|| Box::new(WorkerState::new(sh.engine)));
        spare.deadline = st.deadline;
        let plain = |st: &mut WorkerState, raw: &[u8], part: std::ops::Range<usize>| {
            detect_text(
                sh,
                st,
                raw,
                Encoding::Text,
                false,
                false,
                Known::default(),
                part,
            )
        };
        let (a, b) = if parallel {
            std::thread::scope(|s| {
                let helper = s.spawn(|| plain(&mut spare, second, b_part.clone()));
                let a = plain(st, first, a_part.clone());
                // A panic in the helper is this file's, caught by the worker.
                let b = helper
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                (a, b)
            })
        } else {
            (plain(st, first, a_part), plain(&mut spare, second, b_part))
        };
        let PlainUnit {
            found,
            counts,
            health,
            pos,
            ..
        } = self;
        let mut flush = |f: &mut Vec<Finding>| out.part(sh, shown, &[], counts, f);
        let unit = (shown, &[][..]);
        *health |= finish_text(sh, unit, &st.matches, first, a, pos, found, &mut flush);
        *health |= finish_text(sh, unit, &spare.matches, second, b, pos, found, &mut flush);
        st.spare = Some(spare);
    }
}

/// Every text unit of a container, each reported with its member chain.
fn scan_container(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    shown: &Shown,
    format: container::ContainerFormat,
    bytes: &[u8],
    mut budget: Budget<'_>,
    out: &mut Outbox,
) {
    // The same time as the budget's (made with it): a member whose text
    // scan runs past it is reported `timeout`, the container stops.
    st.deadline = Instant::now().checked_add(sh.archive.max_time);
    container::expand(format, bytes, &mut Vec::new(), &mut budget, &mut |unit| {
        scan_unit(sh, st, shown, unit, out)
    });
}

/// One text unit a container reader (or the carver of a raw scan) handed
/// out: scanned and reported with its member chain, or its problem
/// reported as a `skipped` record.
fn scan_unit(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    shown: &Shown,
    unit: Unit<'_>,
    out: &mut Outbox,
) {
    match unit {
        Unit::Text {
            inner,
            text,
            extracted,
            sniffed,
            named,
        } => {
            let enc = extract::unit_encoding(text, extracted);
            let mut found = Vec::new();
            let mut counts = BTreeMap::new();
            let mut pos = Position::default();
            // A bug met in one member's text costs that member only:
            // the other members are still scanned (issue 15).
            let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| {
                let mut flush = |f: &mut Vec<Finding>| out.part(sh, shown, inner, &mut counts, f);
                scan_text(
                    sh,
                    (shown, inner),
                    st,
                    text,
                    enc,
                    true,
                    extracted,
                    Known { sniffed, named },
                    0..text.len(),
                    &mut pos,
                    &mut found,
                    &mut flush,
                )
            }));
            let (health, problem) = match scanned {
                Ok(health) => (health, None),
                Err(payload) => {
                    // The scratch state may be inconsistent: start afresh.
                    st.scratch = sh.engine.scratch();
                    (
                        false,
                        Some(caught(payload.as_ref(), sh, container::INTERNAL_ERROR)),
                    )
                }
            };
            // What the member's text gave before any problem is kept.
            add_counts(&mut counts, &found);
            let unlisted = pos.listing.take_unlisted();
            for (&kind, &n) in &unlisted {
                *counts.entry(kind).or_insert(0) += n;
            }
            if !counts.is_empty() {
                out.push(Event::File(FileReport {
                    unlisted,
                    unlisted_total: pos.listing.unlisted_total,
                    path: shown.text.clone(),
                    path_bytes: shown.bytes.clone(),
                    inner: inner.to_vec(),
                    findings: found,
                    verdict: findings::verdict(&counts, health),
                    partial: false,
                    counts,
                }));
            }
            if let Some((reason, detail)) = problem {
                out.push(Event::Skipped(Skipped {
                    path: shown.text.clone(),
                    path_bytes: shown.bytes.clone(),
                    inner: inner.to_vec(),
                    reason,
                    detail,
                }));
            }
        }
        Unit::Skipped { inner, problem } => out.push(Event::Skipped(Skipped {
            path: shown.text.clone(),
            path_bytes: shown.bytes.clone(),
            inner: inner.to_vec(),
            reason: problem.reason,
            detail: problem.detail,
        })),
    }
}

/// extract → detect → findings for one window of a text unit (`whole`: the
/// window is the whole unit, so its structure can be read; `document`: a
/// document reader's text, whose tables are tab-separated rows; `known`:
/// what was sniffed or named in the raw bytes already; `part`: the raw
/// bytes the window owns, the rest being context). Findings go to `found`
/// (and on to `flush` by parts), positions advance past `part`; returns
/// whether the text has health terms.
#[allow(clippy::too_many_arguments)]
fn scan_text(
    sh: &Shared<'_>,
    unit: (&Shown, &[String]),
    st: &mut WorkerState,
    raw: &[u8],
    enc: Encoding,
    whole: bool,
    document: bool,
    known: Known<'_>,
    part: std::ops::Range<usize>,
    pos: &mut Position,
    found: &mut Vec<Finding>,
    flush: &mut dyn FnMut(&mut Vec<Finding>),
) -> bool {
    let detected = detect_text(sh, st, raw, enc, whole, document, known, part);
    let text = extract::decoded(raw, enc, &st.text);
    finish_text(sh, unit, &st.matches, text, detected, pos, found, flush)
}

/// What [`detect_text`] saw, for [`finish_text`].
#[derive(Debug, Clone)]
struct Detected {
    /// The text has clinical terms.
    health_terms: bool,
    /// The unit is in a clinical format (HL7, FHIR, CDA, DICOM).
    clinical_format: bool,
    /// The text the window owns (of its `part` of raw bytes).
    owned_text: std::ops::Range<usize>,
}

/// extract → detect for one window of a text unit (see [`scan_text`]):
/// its matches, those the window owns, are left in `st.matches`, and its
/// text in `st.text` unless the raw bytes are the text.
#[allow(clippy::too_many_arguments)]
fn detect_text(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    raw: &[u8],
    enc: Encoding,
    whole: bool,
    document: bool,
    known: Known<'_>,
    part: std::ops::Range<usize>,
) -> Detected {
    let engine = sh.engine;
    check_deadline(st.deadline);
    #[cfg(debug_assertions)]
    fault::inject(raw, st.deadline);
    let WorkerState {
        scratch,
        text,
        matches,
        fields,
        ..
    } = st;
    let unit = extract::unit(raw, enc, whole, known, text);
    let t = unit.text;
    matches.clear();
    // Structure names what fields hold: an HL7 message's segments, a FHIR
    // or CDA document's elements, or a table's header row. HL7, FHIR, CDA
    // and DICOM are clinical formats: identifiers in them are PHI whatever
    // the words around them (DESIGN.md section 1).
    let (plan, clinical_format) = match &unit.structure {
        Structure::Clinical(format) => {
            let columns: Vec<&[u8]> = format.columns().iter().map(|f| f.as_bytes()).collect();
            unit.clinical_fields(*format, fields);
            (engine.patient_plan(&columns, scratch), true)
        }
        Structure::Table(table) => {
            let plan = engine.field_plan(&table.columns, scratch);
            if plan.is_some() {
                extract::table_fields(t.bytes, table, fields);
            }
            (plan, false)
        }
        Structure::Plain | Structure::Unread => (None, false),
    };
    let min = sh.build.min_confidence;
    let mut outcome = match &plan {
        Some(plan) => engine.scan_table(t.bytes, plan, fields, scratch, matches, min),
        None => engine.scan_min(t.bytes, scratch, matches, min),
    };
    // A value left `low` for want of a label may sit under the heading
    // of a space-aligned table (statements, printed reports): only then
    // is it worth looking for one, and scanning again with it. Documents
    // render their tables as tab-separated rows, which may hold values no
    // pattern sees without their column (a bare record number): there
    // tables are always looked for.
    if unit.structure.is_read() && plan.is_none() && (outcome.wants_context || document) {
        let mut columns = Vec::new();
        extract::layout_tables(t.bytes, outcome.wants_context, &mut columns, fields);
        if let Some(plan) = (!fields.is_empty())
            .then(|| engine.field_plan(&columns, scratch))
            .flatten()
        {
            matches.clear();
            outcome = engine.scan_table(t.bytes, &plan, fields, scratch, matches, min);
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
    // Keep what this window owns; the windows on either side have the rest.
    let owned_text = t.text_of(part.start)..t.text_of(part.end);
    if part != (0..raw.len()) {
        matches.retain(|m| owned_text.contains(&m.start));
    }
    Detected {
        health_terms: outcome.health_terms,
        clinical_format,
        owned_text,
    }
}

/// detect → findings for one window whose matches [`detect_text`] left
/// in `matches` over `text`: builds them (see [`findings::build`]) and
/// returns whether the text has health terms.
#[allow(clippy::too_many_arguments)]
fn finish_text(
    sh: &Shared<'_>,
    unit: (&Shown, &[String]),
    matches: &[Match],
    text: &[u8],
    detected: Detected,
    pos: &mut Position,
    found: &mut Vec<Finding>,
    flush: &mut dyn FnMut(&mut Vec<Finding>),
) -> bool {
    let built = findings::build(
        sh.engine,
        sh.keys,
        text,
        matches,
        pos,
        detected.owned_text.start,
        detected.owned_text.end,
        sh.build,
        findings::Judged {
            policy: sh.policy,
            path: &unit.0.text,
            inner: unit.1,
        },
        found,
        flush,
    );
    if built.allowed > 0 {
        sh.allowed.fetch_add(built.allowed, Ordering::Relaxed);
    }
    if built.baselined > 0 {
        sh.baselined.fetch_add(built.baselined, Ordering::Relaxed);
    }
    // The clinical vocabulary is looked up only where it decides the
    // verdict: identifiers found, no health information yet.
    detected.health_terms
        || detected.clinical_format
        || (built.listed > 0 && !built.health_info && sh.engine.has_clinical_vocabulary(text))
}

/// One file on disk through the whole per-file path (source, sniff,
/// extract, detect, findings) under the limits given, outside a scan: its
/// reports and skips, in order. `pipeline` is private; this is the entry
/// the coverage-guided fuzz targets (`fuzz/`) drive it by, with small
/// limits, on one thread.
pub fn scan_one_file(
    engine: &Engine,
    keys: &Keyring,
    limits: Limits,
    archive: ArchiveLimits,
    build: BuildOptions,
    path: &Path,
) -> (Vec<FileReport>, Vec<Skipped>) {
    let sh = Shared {
        limits,
        archive,
        build,
        threads: 1,
        engine,
        keys,
        never: Vec::new(),
        seen: None,
        stop: AtomicBool::new(false),
        inflated: AtomicU64::new(0),
        busy: Default::default(),
        in_flight: Default::default(),
        max_in_flight: usize::MAX,
        policy: None,
        allowed: AtomicU64::new(0),
        baselined: AtomicU64::new(0),
        pace: None,
    };
    let mut st = WorkerState::new(engine);
    let (tx, rx) = crossbeam_channel::unbounded();
    let events = scan_item(&sh, &mut st, &tx, Item::File(path.to_path_buf()), None);
    drop(tx);
    let (mut files, mut skips) = (Vec::new(), Vec::new());
    for event in rx.into_iter().flatten().chain(events) {
        match event {
            Event::File(f) => files.push(f),
            Event::Skipped(s) => skips.push(s),
            Event::Scanned { .. } | Event::Carried { .. } | Event::Done { .. } => {}
        }
    }
    (files, skips)
}

/// Fault injection for the containment tests (tests/hostile/containment.rs),
/// compiled into debug builds only (`cargo test` runs the debug binary):
/// a release build holds neither this code nor the variable's name.
/// `PHISCAN_FAULT=panic:MARKER` makes the scan of any text unit (a file's
/// window, a member, a document part) holding MARKER panic, as a bug in a
/// detector would; `PHISCAN_FAULT=spin:MARKER` makes it loop, as a
/// pathological input would, until the file's time (`--file-timeout`)
/// runs out.
#[cfg(debug_assertions)]
mod fault {
    use std::sync::OnceLock;
    use std::time::{Duration, Instant};

    enum Fault {
        Panic(Vec<u8>),
        Spin(Vec<u8>),
    }

    fn armed() -> Option<&'static Fault> {
        static FAULT: OnceLock<Option<Fault>> = OnceLock::new();
        FAULT
            .get_or_init(|| {
                let v = std::env::var("PHISCAN_FAULT").ok()?;
                let (what, marker) = v.split_once(':')?;
                let marker = marker.as_bytes().to_vec();
                match what {
                    _ if marker.is_empty() => None,
                    "panic" => Some(Fault::Panic(marker)),
                    "spin" => Some(Fault::Spin(marker)),
                    _ => None,
                }
            })
            .as_ref()
    }

    fn holds(text: &[u8], marker: &[u8]) -> bool {
        memchr::memmem::find(text, marker).is_some()
    }

    /// Fires the armed fault if `text` holds its marker.
    pub(super) fn inject(text: &[u8], deadline: Option<Instant>) {
        match armed() {
            Some(Fault::Panic(m)) if holds(text, m) => panic!("injected fault (PHISCAN_FAULT)"),
            Some(Fault::Spin(m)) if holds(text, m) => loop {
                super::check_deadline(deadline);
                std::thread::sleep(Duration::from_millis(2));
            },
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Kind;

    /// The public entry the fuzz targets drive takes a file through the
    /// same path as a scan: an SSN in a small text file is found, nothing
    /// skipped.
    #[test]
    fn scan_one_file_finds_what_a_scan_finds_in_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("note.txt");
        std::fs::write(&path, b"Patient SSN: 212-45-6789\n").unwrap();
        let engine = Engine::builtin().unwrap();
        let build = BuildOptions {
            show_values: false,
            min_confidence: Confidence::Low,
        };
        let (files, skips) = scan_one_file(
            &engine,
            &Keyring::derive(b"test"),
            Limits::default(),
            ArchiveLimits::default(),
            build,
            &path,
        );
        assert!(skips.is_empty());
        let kinds: Vec<Kind> = files
            .iter()
            .flat_map(|f| f.findings.iter().map(|x| x.kind))
            .collect();
        assert!(kinds.contains(&Kind::Ssn), "{kinds:?}");
    }
}
