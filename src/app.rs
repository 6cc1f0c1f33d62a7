//! Wires one scan: walker thread → bounded channel → worker pool (source,
//! extract, detect, findings) → one writer that owns the report.

use std::collections::HashSet;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crossbeam_channel::{bounded, Receiver, Sender};

use crate::detect::Engine;
use crate::extract::container::ArchiveLimits;
use crate::findings::{self, BuildOptions, Keyring};
use crate::limits::Limits;
use crate::pipeline::{self, Event, Shared, WorkerState};
use crate::polite::Pace;
use crate::progress::{Counters, Progress};
use crate::report::{Format, RuleInfo, Sink, SinkOptions, Summary};
use crate::signals;
use crate::source::git;
use crate::vocab::Confidence;
use crate::walk::{self, Item, WalkOptions};

/// When and how progress is shown (`--progress`, `--progress-interval`).
pub use crate::progress::{Mode as ProgressMode, Options as ProgressOptions};
mod inventory;
mod raw;
pub use raw::{AttestOptions, RawOptions, DEFAULT_CHUNK};

/// Where `--state` with no file keeps the inventory (the `state` room's
/// default, passed on so `cli` needs no door into that room).
pub use crate::state::default_path as default_state_path;
pub use inventory::{report, ReportOptions, StateOptions};

/// Which git content a scan reads (`--staged`, `--since`).
pub use crate::source::git::Selection as GitSelection;

/// Where a scan's bytes come from: the jobs of DESIGN.md section 5 share
/// the pipeline and differ in this.
#[derive(Debug, Clone)]
pub enum Input {
    /// Files and folders, walked.
    Paths(Vec<PathBuf>),
    /// Git content of the repository that holds `repo`, reported with
    /// repository-relative paths.
    Git {
        /// A folder inside the work tree.
        repo: PathBuf,
        /// Which blobs.
        selection: git::Selection,
        /// The git processes, started with the input (see
        /// [`Input::git`]); taken by the scan that reads them.
        session: Arc<Mutex<Option<git::Session>>>,
    },
    /// One document read from standard input, reported as `name`.
    Stdin {
        /// The path the report shows.
        name: String,
    },
    /// A whole disk, partition or disk image, read byte by byte
    /// (`--raw`): deleted files and free space included.
    Raw(RawOptions),
}

impl Input {
    /// Git content of the repository holding `repo`. Its git processes
    /// start now, so that they run while the detectors load (see
    /// [`git::Session`]).
    pub fn git(repo: PathBuf, selection: git::Selection) -> anyhow::Result<Input> {
        let session = git::Session::start(&repo, &selection)?;
        Ok(Input::Git {
            repo,
            selection,
            session: Arc::new(Mutex::new(Some(session))),
        })
    }

    /// The top of the git work tree of a git input: where the git modes
    /// look for `phiscan.toml` and `.phiscanignore`. `None` for other
    /// inputs.
    pub fn git_top(&self) -> anyhow::Result<Option<PathBuf>> {
        let Input::Git {
            repo,
            selection,
            session,
        } = self
        else {
            return Ok(None);
        };
        let mut guard = session.lock().unwrap_or_else(|e| e.into_inner());
        if guard.is_none() {
            *guard = Some(git::Session::start(repo, selection)?);
        }
        let top = guard.as_mut().map(|s| s.top().map(Path::to_path_buf));
        Ok(top.transpose()?)
    }

    /// Whether the same file can come twice (overlapping roots).
    fn may_repeat(&self) -> bool {
        matches!(self, Input::Paths(p) if p.len() > 1)
    }

    /// Whether enough is scanned to build the dictionaries while the
    /// input is listed, rather than when a file first needs them.
    /// A scan of a few files named on the command line skips it and loads
    /// only what its text needs: all of them cost more than scanning the
    /// files. The git modes warm up while git lists and reads the blobs
    /// (about 7 ms of waiting): a staged docx then finds the name
    /// dictionaries loaded (`scan --staged`, 5 files: 27 -> 19 ms wall).
    fn worth_warming_up(&self) -> bool {
        match self {
            Input::Paths(p) => p.len() > WARM_UP_FILES || p.iter().any(|p| p.is_dir()),
            Input::Git { .. } => true,
            Input::Stdin { .. } => false,
            Input::Raw(_) => true,
        }
    }
}

/// Explicit files up to which a scan loads dictionaries only on first use
/// instead of all of them on a spare thread at start: loading them all
/// (about 75M instructions) outweighs a handful of small files.
const WARM_UP_FILES: usize = 16;

/// Everything one scan needs, already parsed.
#[derive(Debug)]
pub struct ScanConfig {
    /// What to scan.
    pub input: Input,
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
    /// Which findings are reported (config, allowlist, baseline); `None`:
    /// all of them.
    pub policy: Option<std::sync::Arc<dyn findings::Policy>>,
    /// Progress on stderr (`--progress`, `-q`); [`scan_to`] shows none.
    pub progress: ProgressOptions,
    /// Most bytes read per second (`--max-rate`); `None`: no ceiling.
    pub max_rate: Option<u64>,
    /// The inventory (`--state`): unchanged files are carried forward
    /// unread and what is read is stored; `None`: a plain scan.
    pub state: Option<StateOptions>,
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

/// Events a worker collects before handing them to the writer: one
/// channel send (and wake-up) per batch rather than per file.
const BATCH: usize = 64;

/// Runs a scan to the end and writes its report.
pub fn scan(cfg: &ScanConfig, engine: &Engine, keys: &Keyring) -> anyhow::Result<Outcome> {
    // Before the report opens: a report on the terminal the progress line
    // is drawn on is printed around it.
    let progress = Progress::start(&cfg.progress);
    let (out, report_id): (Box<dyn Write>, Option<(u64, u64)>) = match &cfg.output {
        Some(p) => {
            let f = create_report(p)?;
            let meta = f.metadata()?;
            (Box::new(f), Some((meta.dev(), meta.ino())))
        }
        None if io::stdout().is_terminal() => (progress.around(io::stdout().lock()), None),
        None => (Box::new(io::stdout().lock()), None),
    };
    let out = BufWriter::with_capacity(64 << 10, out);
    let opts = SinkOptions {
        color: cfg.color,
        show_values: cfg.build.show_values,
        rules: if cfg.format.needs_rules() {
            rule_infos(engine)
        } else {
            Vec::new()
        },
        base_dir: std::env::current_dir().ok(),
        quiet: cfg.progress.quiet,
    };
    let mut sink = cfg.format.sink(out, opts);
    let summary = run(
        cfg,
        engine,
        keys,
        (sink.as_mut(), cfg.format.renderer()),
        report_id.into_iter().collect(),
        progress.counters(),
    )?;
    drop(sink);
    drop(progress);
    Ok(if summary.findings > 0 {
        Outcome::Found
    } else if !summary.complete && !cfg.allow_incomplete {
        Outcome::Incomplete
    } else {
        Outcome::Clean
    })
}

/// The detectors as plain data for a report that describes them (SARIF
/// rules), so `report` needs nothing from `detect`.
fn rule_infos(engine: &Engine) -> Vec<RuleInfo> {
    engine
        .detectors()
        .map(|d| RuleInfo {
            id: d.id.clone(),
            kind: d.kind,
            description: d.description.clone(),
            safe_harbor: d.safe_harbor.clone(),
            rules: d.rules.clone(),
            references: d.references.clone(),
        })
        .collect()
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
    run(cfg, engine, keys, (sink, None), never, &Counters::off())
}

/// The pipeline behind [`scan`] and [`scan_to`]: walker, workers, and the
/// single writer feeding `sink`. With the sink's format's renderer, the
/// workers render what they carry forward from the inventory.
fn run(
    cfg: &ScanConfig,
    engine: &Engine,
    keys: &Keyring,
    (sink, render): (&mut dyn Sink, Option<&'static dyn crate::report::Render>),
    never: Vec<(u64, u64)>,
    progress: &Counters,
) -> anyhow::Result<Summary> {
    if let Input::Raw(opts) = &cfg.input {
        return raw::run(cfg, opts, engine, keys, sink, progress);
    }
    let started = Instant::now();
    // Ctrl-C or SIGTERM from here on closes the report instead of cutting
    // it: the walk stops, files in hand finish, the summary says why.
    signals::install();
    bound_the_heap();
    let pace = cfg.max_rate.map(Pace::new);
    let (mut recorder, versions) = start_inventory(cfg, engine, keys)?;
    let mut never = never;
    if let Some(r) = &recorder {
        never.extend(r.own_ids());
    }
    let shared = shared(cfg, engine, keys, never, pace.as_ref());
    let (item_tx, item_rx) = bounded::<Vec<Item>>(256);
    let (event_tx, event_rx) = bounded::<Vec<Event>>(64);
    let mut summary = Summary::empty(cfg.build.min_confidence);
    let mut write_error: Option<io::Error> = None;

    // The inventory's stored files, loaded once for every worker.
    let asks = inventory::Asks::new(cfg.state.as_ref(), versions, render);
    let asks = &asks;
    std::thread::scope(|s| -> anyhow::Result<()> {
        let shared = &shared;
        let stop = &shared.stop;
        // Build dictionaries while the input is listed when the scan may
        // be large (see `Input::worth_warming_up`).
        if cfg.input.worth_warming_up() {
            s.spawn(|| engine.warm_up());
        }
        let walker =
            s.spawn(move || produce(cfg, |item| !halted(stop) && item_tx.send(item).is_ok()));
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(cfg.threads.max(1))
            .thread_name(|i| format!("phiscan-scan-{i}"))
            .build()?;
        let workers = s.spawn(move || {
            pool.scope(|ps| {
                for _ in 0..cfg.threads.max(1) {
                    let rx = item_rx.clone();
                    let tx = event_tx.clone();
                    let ask = asks.as_ref().map(inventory::Asks::worker);
                    ps.spawn(move |_| worker(shared, ask.as_ref(), &rx, &tx, progress));
                }
            });
        });

        for ev in event_rx.iter().flat_map(|batch| {
            // A dense unit's part comes straight from the pipeline, not
            // back through its worker, which counts everything else.
            if matches!(batch.last(), Some(Event::File(r)) if r.partial) {
                tally(progress, &batch);
            }
            batch
        }) {
            if write_error.is_some() {
                continue;
            }
            let r = match ev {
                Event::Carried {
                    id,
                    events,
                    rendered,
                } => {
                    if let Some(rec) = recorder.as_mut() {
                        rec.carried(id, &events);
                    }
                    summary.files += 1;
                    match rendered {
                        Some(bytes) => {
                            // Counted by kind: the findings were rendered
                            // and dropped by the worker.
                            for ev in &events {
                                match ev {
                                    Event::File(r) => summary.count_unit(r),
                                    Event::Skipped(sk) => summary.count_skipped(sk),
                                    _ => {}
                                }
                            }
                            sink.rendered(&bytes)
                        }
                        None => events
                            .iter()
                            .try_for_each(|ev| write_event(ev, &mut summary, sink, None)),
                    }
                }
                Event::Done {
                    path,
                    meta,
                    content,
                } => match recorder.as_mut() {
                    Some(rec) => rec
                        .done(&path, meta.as_deref(), content)
                        .map_err(|e| io::Error::other(format!("state: {e:#}"))),
                    None => Ok(()),
                },
                ev => {
                    if let Some(rec) = recorder.as_mut() {
                        rec.note(&ev);
                    }
                    write_event(&ev, &mut summary, sink, Some(&shared.in_flight))
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
            Err(_) => anyhow::bail!("the thread listing the input failed"),
        }
        Ok(())
    })?;
    finish_run(cfg, shared, summary, recorder, write_error, sink, started)
}

/// The state every worker of one scan shares, from its configuration.
fn shared<'a>(
    cfg: &'a ScanConfig,
    engine: &'a Engine,
    keys: &'a Keyring,
    never: Vec<(u64, u64)>,
    pace: Option<&'a Pace>,
) -> Shared<'a> {
    Shared {
        limits: cfg.limits,
        archive: cfg.archive,
        build: cfg.build,
        threads: cfg.threads,
        engine,
        keys,
        never,
        // Overlapping roots, hard links and followed symlinks can present the
        // same file twice; it is scanned once. Only tracked when that can
        // happen, so a plain scan's memory does not grow with the tree.
        seen: (cfg.input.may_repeat() || cfg.walk.follow).then(|| Mutex::new(HashSet::new())),
        stop: AtomicBool::new(false),
        inflated: AtomicU64::new(0),
        busy: Default::default(),
        in_flight: Default::default(),
        max_in_flight: pipeline::MAX_IN_FLIGHT,
        policy: cfg.policy.as_deref(),
        allowed: AtomicU64::new(0),
        baselined: AtomicU64::new(0),
        pace,
    }
}

/// One report record to the sink, counted in the summary.
fn write_event(
    ev: &Event,
    summary: &mut Summary,
    sink: &mut dyn Sink,
    in_flight: Option<&std::sync::atomic::AtomicUsize>,
) -> io::Result<()> {
    match ev {
        Event::Scanned { files, bytes } => {
            summary.files += files;
            summary.bytes += bytes;
            Ok(())
        }
        Event::Carried { .. } | Event::Done { .. } => Ok(()),
        Event::File(r) => {
            summary.findings += r.findings.len() as u64;
            for f in &r.findings {
                *summary.by_kind.entry(f.kind).or_insert(0) += 1;
            }
            for (&kind, &n) in &r.unlisted {
                *summary.by_kind.entry(kind).or_insert(0) += n;
                summary.findings += n;
                summary.unlisted += n;
            }
            if !r.partial {
                *summary.verdicts.entry(r.verdict).or_insert(0) += 1;
            }
            let written = sink.file(r);
            // Carried records were never counted in flight.
            if let Some(n) = in_flight {
                n.fetch_sub(r.findings.len(), Ordering::AcqRel);
            }
            written
        }
        Event::Skipped(sk) => {
            summary.count_skipped(sk);
            sink.skipped(sk)
        }
    }
}

/// The inventory of a `--state` scan, opened and its run begun, and the
/// detector-set version it compares stored files with.
fn start_inventory(
    cfg: &ScanConfig,
    engine: &Engine,
    keys: &Keyring,
) -> anyhow::Result<(Option<inventory::Recorder>, i64)> {
    let Some(opts) = &cfg.state else {
        return Ok((None, 0));
    };
    let Input::Paths(roots) = &cfg.input else {
        anyhow::bail!(
            "--state needs files and folders to scan (not git content or standard input)"
        );
    };
    let versions = inventory::versions(cfg, engine, keys);
    let rec = inventory::Recorder::start(opts, versions, cfg.build.min_confidence, roots)?;
    Ok((Some(rec), versions))
}

/// After the pipeline: the summary completed and written, the inventory's
/// run closed.
fn finish_run(
    cfg: &ScanConfig,
    shared: Shared<'_>,
    mut summary: Summary,
    recorder: Option<inventory::Recorder>,
    mut write_error: Option<io::Error>,
    sink: &mut dyn Sink,
    started: Instant,
) -> anyhow::Result<Summary> {
    let _ = cfg;
    summary.elapsed_ms = started.elapsed().as_millis() as u64;
    summary.allowed = shared.allowed.load(Ordering::Relaxed);
    summary.baselined = shared.baselined.load(Ordering::Relaxed);
    if let Some(sig) = signals::received() {
        summary.complete = false;
        summary.interrupted = Some(sig.as_str());
    }
    if write_error.is_none() {
        if let Err(e) = sink.summary(&summary) {
            write_error = Some(e);
        }
    }
    if let Some(rec) = recorder {
        if write_error.is_some() {
            summary.complete = false;
        }
        rec.finish(&summary)?;
    }
    if let Some(e) = write_error {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(anyhow::Error::new(e).context("writing the report"));
        }
    }
    Ok(summary)
}

/// Makes every allocation of 1 MiB or more a memory map of its own,
/// returned to the system when freed. glibc's default raises that line
/// to the largest block freed so far (up to 32 MiB): after one large file
/// the buffers of later ones came from the heap and stayed there,
/// scattered, and a whole machine's scan grew to over 200 MiB (issue 17).
fn bound_the_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets the allocator's parameters.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        // Setting the threshold turns off glibc's own tuning of when
        // freed memory goes back to the system, which then happened on
        // every large free: each next buffer faulted its pages in again.
        libc::mallopt(libc::M_TRIM_THRESHOLD, 16 << 20);
    }
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

/// Whether the scan should stop taking new files: the report can no
/// longer be written, or a stop signal came ([`signals`]). Once a signal
/// is seen it is also recorded in `stop`, so waits inside the pipeline end.
/// Lists the input's items and hands them to `emit` in batches, until it
/// returns false: the walker for paths, git for repository content, the
/// bytes of standard input.
fn produce(cfg: &ScanConfig, emit: impl Fn(Vec<Item>) -> bool + Sync) -> anyhow::Result<()> {
    match &cfg.input {
        Input::Paths(paths) => Ok(walk::walk(paths, &cfg.walk, emit)?),
        Input::Git {
            repo,
            selection,
            session,
        } => {
            // Started with the input; a second scan of the same input
            // starts its own.
            let taken = session.lock().unwrap_or_else(|e| e.into_inner()).take();
            let mut session = match taken {
                Some(s) => s,
                None => git::Session::start(repo, selection)?,
            };
            let top = session.top()?.to_path_buf();
            let mut ignores = walk::Ignores::new(&top, &cfg.walk.excludes)?;
            let mut batch = Vec::new();
            let mut going = true;
            session.blobs(|blob| {
                if ignores.is_ignored(&blob.path) {
                    return true;
                }
                // History: `COMMIT:PATH`, git's own name for the content
                // (`git show COMMIT:PATH`).
                let path = match blob.commit {
                    Some(commit) => {
                        let mut p = std::ffi::OsString::from(format!("{commit}:"));
                        p.push(blob.path.as_os_str());
                        PathBuf::from(p)
                    }
                    None => blob.path,
                };
                batch.push(Item::Bytes {
                    path,
                    bytes: walk::Content(blob.bytes),
                });
                if batch.len() >= 8 {
                    going = emit(std::mem::take(&mut batch));
                }
                going
            })?;
            if going && !batch.is_empty() {
                emit(batch);
            }
            Ok(())
        }
        Input::Stdin { name } => {
            let item = match read_stdin(cfg.limits.max_file_size) {
                Ok(bytes) => Item::Bytes {
                    path: PathBuf::from(name),
                    bytes: walk::Content(bytes),
                },
                Err((reason, detail)) => Item::Skip {
                    path: PathBuf::from(name),
                    reason,
                    detail,
                },
            };
            emit(vec![item]);
            Ok(())
        }
        // Read by `raw::run`, never walked.
        Input::Raw(_) => Ok(()),
    }
}

/// Standard input, whole, up to `max` bytes (more is `too_large`).
fn read_stdin(max: Option<u64>) -> Result<Vec<u8>, (crate::vocab::SkipReason, String)> {
    use std::io::Read;
    let limit = max.map_or(u64::MAX, |m| m.saturating_add(1));
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|e| (crate::vocab::SkipReason::Unreadable, e.to_string()))?;
    if max.is_some_and(|m| bytes.len() as u64 > m) {
        return Err((
            crate::vocab::SkipReason::TooLarge,
            format!(
                "standard input is larger than --max-file-size {}",
                crate::limits::human_size(max.unwrap_or(0))
            ),
        ));
    }
    Ok(bytes)
}

fn halted(stop: &AtomicBool) -> bool {
    if stop.load(Ordering::Relaxed) {
        return true;
    }
    if signals::received().is_some() {
        stop.store(true, Ordering::Relaxed);
        return true;
    }
    false
}

/// One worker thread: walked items through the pipeline, their events
/// sent to the writer in batches. Returns when the walk is done, the
/// report can no longer be written, or a stop signal came; items still
/// queued are dropped then, but what this worker already scanned is sent,
/// so an interrupted report holds every file it counts.
fn worker(
    sh: &Shared<'_>,
    ask: Option<&inventory::Ask>,
    rx: &Receiver<Vec<Item>>,
    tx: &Sender<Vec<Event>>,
    progress: &Counters,
) {
    let mut st = WorkerState::new(sh.engine);
    let mut batch: Vec<Event> = Vec::new();
    // Findings in `batch`: it goes out once they make a part, so batches
    // hold a few MiB however dense the files.
    let mut held = 0usize;
    let mut scanned = (0u64, 0u64);
    'walk: for items in rx.iter() {
        for item in items {
            if halted(&sh.stop) {
                break 'walk;
            }
            // With --state: an unchanged file is not opened, its stored
            // records stand in for its events; a read one ends with a
            // marker that tells the writer to store it.
            progress.folder(item_path(&item));
            let events = match ask.map(|a| a.before(&item)) {
                Some(inventory::Asked::Carried(carried)) => vec![carried],
                asked => {
                    sh.busy.fetch_add(1, Ordering::Relaxed);
                    let reuse = ask.map(|a| a as &dyn pipeline::Reuse);
                    let mut events = pipeline::scan_item(sh, &mut st, tx, item, reuse);
                    sh.busy.fetch_sub(1, Ordering::Relaxed);
                    if let Some(inventory::Asked::Read(done)) = asked {
                        // The content hash goes with the marker; content
                        // scanned here is remembered for its duplicates.
                        if let (Some(a), Some(c)) = (ask, &st.content) {
                            a.scanned(c, &events);
                        }
                        events.push(done.with_content(st.content));
                    }
                    events
                }
            };
            tally(progress, &events);
            for ev in events {
                match ev {
                    Event::Scanned { files, bytes } => {
                        scanned.0 += files;
                        scanned.1 += bytes;
                    }
                    Event::File(r) => {
                        held += r.findings.len();
                        batch.push(Event::File(r));
                    }
                    other => batch.push(other),
                }
            }
            if batch.len() >= BATCH || held >= findings::PART {
                held = 0;
                batch.push(Event::Scanned {
                    files: std::mem::take(&mut scanned.0),
                    bytes: std::mem::take(&mut scanned.1),
                });
                if !sh.send(tx, std::mem::take(&mut batch)) {
                    return;
                }
            }
        }
    }
    batch.push(Event::Scanned {
        files: scanned.0,
        bytes: scanned.1,
    });
    sh.send(tx, batch);
}

/// The path an item is reported under.
fn item_path(item: &Item) -> &Path {
    match item {
        Item::File(p) | Item::Bytes { path: p, .. } | Item::Skip { path: p, .. } => p,
    }
}

/// Counts `events` on the progress line: files and bytes read, findings
/// (listed and counted), skipped items; a file the inventory carried
/// forward counts as its stored events do.
fn tally(progress: &Counters, events: &[Event]) {
    for ev in events {
        match ev {
            Event::Scanned { files, bytes } => progress.file_done(*files, *bytes),
            Event::File(r) => {
                progress.finding(r.findings.len() as u64 + r.unlisted.values().sum::<u64>())
            }
            Event::Skipped(_) => progress.skipped(),
            Event::Carried { events, .. } => {
                // Counted by kind: a rendered record's findings are gone.
                for ev in events {
                    match ev {
                        Event::File(r) => progress.finding(r.counts.values().sum()),
                        Event::Skipped(_) => progress.skipped(),
                        _ => {}
                    }
                }
            }
            Event::Done { .. } => {}
        }
    }
}

/// Default threshold: `medium` (DESIGN.md section 3).
pub const DEFAULT_MIN_CONFIDENCE: Confidence = Confidence::Medium;
