//! `--state`: the scan's side of the inventory (the `state` room). The
//! workers ask it, before opening a file, whether the file is unchanged
//! and carry its stored findings forward; the single writer stores what
//! was read, in batches; `phiscan report` renders a recorded run.

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::detect::Engine;
use crate::findings::{Finding, Keyring};
use crate::pipeline::{self, Content, Event, Reused};
use crate::report::{
    self, ChangedFile, Changes, FileReport, Format, Render, SinkOptions, Skipped, Summary,
};
use crate::state::{
    self, FileRecord, Inventory, Lookup, Prior, RunTotals, Stat, StoredFinding, StoredSkip,
    StoredUnit,
};
use crate::vocab::Confidence;
use crate::walk::Item;

/// What `--state` asks of a scan.
#[derive(Debug, Clone)]
pub struct StateOptions {
    /// The inventory file.
    pub path: PathBuf,
    /// `--full`: read every file, whatever the inventory says.
    pub full: bool,
    /// What else decides findings besides the detectors and limits (the
    /// config and baseline, as text): a change rescans every file.
    pub policy: String,
    /// The command line, recorded with the run.
    pub args: String,
    /// Whether a copy's records may stand in for a scan at another path:
    /// not when allowances or a baseline can judge a finding by its path.
    pub copies_anywhere: bool,
}

/// The detector-set version: a hash of everything that decides what a
/// file's findings are (phiscan's version, every detector, the threshold,
/// limits, the fingerprint key, the policy). Stored findings are carried
/// forward only under the same value.
pub(super) fn versions(cfg: &super::ScanConfig, engine: &Engine, keys: &Keyring) -> i64 {
    let mut h = blake3::Hasher::new();
    crate::attest::hash_detectors(engine, &mut h);
    h.update(
        format!(
            "{:?}|{:?}|{:?}|{}",
            cfg.build.min_confidence, cfg.limits, cfg.archive, cfg.build.show_values
        )
        .as_bytes(),
    );
    // The key decides every fingerprint: a new key rescans.
    h.update(&keys.fingerprint("phiscan-state", b"probe").0);
    if let Some(s) = &cfg.state {
        h.update(s.policy.as_bytes());
    }
    let b = h.finalize();
    i64::from_le_bytes(b.as_bytes()[..8].try_into().unwrap_or_default())
}

/// The absolute form of a walked path (the inventory's key does not
/// depend on the folder the scan ran from).
fn absolute(cwd: &Path, path: &Path) -> Vec<u8> {
    let p = path.strip_prefix(".").unwrap_or(path);
    if p.is_absolute() {
        state::path_key(p)
    } else {
        state::path_key(&cwd.join(p))
    }
}

/// The inventory's stored files, loaded once and shared by the workers,
/// each of which asks through its own [`Ask`].
pub(super) struct Asks {
    known: state::Known,
    path: PathBuf,
    cwd: PathBuf,
    /// Content scanned in this run, by keyed hash.
    run: Mutex<RunContent>,
    /// [`StateOptions::copies_anywhere`].
    copies_anywhere: bool,
    /// The report format's renderer, when carried records may be rendered
    /// by the workers.
    render: Option<&'static dyn Render>,
}

/// Content scanned in this run, by keyed hash, and its records in stored
/// form (no raw values), so identical content met again at another path
/// is reported there without running the detectors. Bounded: content with
/// more than [`SAME_MAX_FINDINGS`] findings is not kept, and once the
/// entries cost [`SAME_BUDGET`] bytes no more are added (duplicates met
/// after that are scanned again, as are those met while the first copy is
/// still being scanned).
#[derive(Default)]
struct RunContent {
    seen: HashMap<[u8; 32], Same>,
    bytes: usize,
}

/// One content's entry: its size and records (`None`: clean).
struct Same {
    len: u64,
    records: Option<Arc<(Vec<StoredUnit>, Vec<StoredSkip>)>>,
}

/// Findings above which a content's records are not kept for its copies.
const SAME_MAX_FINDINGS: usize = 4096;

/// Bytes the entries of [`RunContent`] may cost in all (~64 MiB: a
/// million clean files, or a few thousand dense ones).
const SAME_BUDGET: usize = 64 << 20;

impl RunContent {
    /// Remembers the records of content `c` scanned in this run (its events
    /// in hand), unless they are too many, left it incomplete, or the
    /// budget is spent.
    fn remember(&mut self, c: &Content, events: &[Event]) {
        let mut rec = FileRecord::default();
        let mut findings = 0usize;
        for ev in events {
            if let Event::File(r) = ev {
                findings += r.findings.len();
            }
            add_event(&mut rec, ev);
        }
        if findings > SAME_MAX_FINDINGS
            || rec.skips.iter().any(|s| s.reason.makes_incomplete())
            || self.seen.contains_key(&c.hash)
        {
            return;
        }
        let mut cost = 64;
        for u in &rec.units {
            cost += std::mem::size_of::<StoredUnit>()
                + u.inner.iter().map(|s| s.len() + 24).sum::<usize>();
            for f in &u.findings {
                cost += std::mem::size_of::<StoredFinding>()
                    + f.detector.len()
                    + f.masked.len()
                    + f.context.len();
            }
        }
        for s in &rec.skips {
            cost += std::mem::size_of::<StoredSkip>() + s.detail.len();
        }
        if self.bytes + cost > SAME_BUDGET {
            return;
        }
        self.bytes += cost;
        let records = (!rec.units.is_empty() || !rec.skips.is_empty())
            .then(|| Arc::new((rec.units, rec.skips)));
        self.seen.insert(
            c.hash,
            Same {
                len: c.len,
                records,
            },
        );
    }
}

/// A worker's question to the inventory.
pub(super) struct Ask<'a> {
    shared: &'a Asks,
    /// This worker's connection, for the records of unchanged files.
    lookup: Option<Lookup>,
}

impl Asks {
    /// The inventory's stored files, loaded once for all the workers (see
    /// [`Asks::worker`]); `None` without `--state`. With `--full` nothing
    /// is known: every file is read.
    pub(super) fn new(
        opts: Option<&StateOptions>,
        versions: i64,
        render: Option<&'static dyn Render>,
    ) -> Option<Asks> {
        let o = opts?;
        let known = if o.full {
            state::Known::default()
        } else {
            state::Known::load(&o.path, versions).unwrap_or_default()
        };
        Some(Asks {
            known,
            path: o.path.clone(),
            cwd: std::env::current_dir().unwrap_or_default(),
            run: Mutex::new(RunContent::default()),
            copies_anywhere: o.copies_anywhere,
            render,
        })
    }

    /// One worker's look-up: the shared table and a connection of its own
    /// (none when nothing is known).
    pub(super) fn worker(&self) -> Ask<'_> {
        Ask {
            shared: self,
            lookup: if self.known.is_empty() {
                None
            } else {
                Lookup::open(&self.path).ok()
            },
        }
    }
}

impl Ask<'_> {
    /// For a walked item: its stored records when it is unchanged, else
    /// the marker to send after its events.
    pub(super) fn before(&self, item: &Item) -> Asked {
        let path = match item {
            Item::File(p) => p,
            Item::Skip { path, .. } | Item::Bytes { path, .. } => {
                return Asked::Read(Event::Done {
                    path: path.clone(),
                    meta: None,
                    content: None,
                })
            }
        };
        let meta = std::fs::metadata(path).ok();
        if let (Some(lookup), Some(m)) = (&self.lookup, &meta) {
            let key = absolute(&self.shared.cwd, path);
            if let Some((id, records)) = self.shared.known.unchanged(&key, &Stat::of(m)) {
                if let (true, Some(render)) = (records, self.shared.render) {
                    let ev =
                        lookup.visit(id, |units, skips| rendered(path, id, units, skips, render));
                    if let Ok(Some(ev)) = ev {
                        return Asked::Carried(ev);
                    }
                }
                let prior = if records {
                    lookup.records(id).ok().flatten()
                } else {
                    Some(Prior {
                        id,
                        ..Prior::default()
                    })
                };
                if let Some(prior) = prior {
                    return Asked::Carried(carried(path, prior));
                }
            }
        }
        Asked::Read(Event::Done {
            path: path.clone(),
            meta: meta.map(Box::new),
            content: None,
        })
    }

    /// Content scanned by this worker (its events in hand): remembered
    /// for its copies met later in the run. Records that stood in for a
    /// scan are already known.
    pub(super) fn scanned(&self, c: &Content, events: &[Event]) {
        if c.reused.is_some() || c.ahead || !self.shared.copies_anywhere {
            return;
        }
        if let Ok(mut run) = self.shared.run.lock() {
            run.remember(c, events);
        }
    }

    /// Records stored under the same content hash: `path`'s own (it was
    /// touched or restored) or another file's (a copy), compared whole in
    /// this worker's snapshot so that they are the records of that
    /// content.
    fn stored(&self, path: &Path, hash: &[u8; 32], len: u64) -> Option<(Prior, bool)> {
        let lookup = self.lookup.as_ref()?;
        let key = absolute(&self.shared.cwd, path);
        let (id, own) = self
            .shared
            .known
            .by_content(&key, state::hash_prefix(hash)?)?;
        let (stored, size, stored_path) = lookup.content(id).ok()??;
        if stored[..] != hash[..] || size != len {
            return None;
        }
        let own = own && stored_path == key;
        if !own && !self.shared.copies_anywhere {
            return None;
        }
        Some((lookup.records(id).ok()??, own))
    }
}

impl pipeline::Reuse for Ask<'_> {
    /// This run's records of the same content first, then the inventory's.
    fn known(&self, path: &Path, hash: &[u8; 32], len: u64) -> Option<(Vec<Event>, Reused)> {
        let same = self.shared.run.lock().ok().and_then(|run| {
            let s = run.seen.get(hash).filter(|s| s.len == len)?;
            Some(s.records.clone())
        });
        if let Some(records) = same {
            let (units, skips) = match records {
                Some(r) => (r.0.clone(), r.1.clone()),
                None => (Vec::new(), Vec::new()),
            };
            return Some((repathed(path, units, skips), Reused::Identical));
        }
        let (prior, own) = self.stored(path, hash, len)?;
        let how = if own {
            Reused::Carried(prior.id)
        } else {
            Reused::Identical
        };
        Some((repathed(path, prior.units, prior.skips), how))
    }

    /// Only `path`'s own stored size is compared (a large file touched or
    /// restored): large copies met in one run are scanned again.
    fn expects(&self, path: &Path, len: u64) -> bool {
        self.lookup.is_some()
            && self
                .shared
                .known
                .hashed_size(&absolute(&self.shared.cwd, path))
                == Some(len)
    }
}

/// What the inventory says of a walked item.
pub(super) enum Asked {
    /// Unchanged: its stored records (an [`Event::Carried`]), reported
    /// unread.
    Carried(Event),
    /// To be read: the [`Event::Done`] marker to send after its events.
    Read(Event),
}

/// The events of an unchanged file, from its stored records.
fn carried(path: &Path, prior: Prior) -> Event {
    if prior.units.is_empty() && prior.skips.is_empty() {
        // A clean file (most of a share): nothing to name.
        return Event::Carried {
            id: prior.id,
            events: Vec::new(),
            rendered: None,
        };
    }
    Event::Carried {
        id: prior.id,
        events: repathed(path, prior.units, prior.skips),
        rendered: None,
    }
}

/// Stored records as report events of the file at `path` (member chains
/// kept).
fn repathed(path: &Path, units: Vec<StoredUnit>, skips: Vec<StoredSkip>) -> Vec<Event> {
    let shown = path.display().to_string();
    let bytes = report::path_bytes(path);
    let mut events = Vec::new();
    for u in units {
        events.push(Event::File(file_report(&shown, &bytes, u)));
    }
    for s in skips {
        events.push(Event::Skipped(skipped(&shown, &bytes, s)));
    }
    events
}

/// Adds a report record to a file's stored form: findings of the same
/// unit (parts of a dense one) gathered under it, raw values dropped.
fn add_event(rec: &mut FileRecord, ev: &Event) {
    match ev {
        Event::File(r) => {
            let unit = match rec.units.iter_mut().position(|u| u.inner == r.inner) {
                Some(i) => &mut rec.units[i],
                None => {
                    rec.units.push(StoredUnit {
                        inner: r.inner.clone(),
                        ..StoredUnit::default()
                    });
                    rec.units.last_mut().expect("just pushed")
                }
            };
            unit.findings
                .extend(r.findings.iter().map(StoredFinding::of));
            for (k, n) in &r.unlisted {
                match unit.unlisted.iter_mut().find(|(kk, _)| kk == k) {
                    Some((_, m)) => *m += n,
                    None => unit.unlisted.push((*k, *n)),
                }
            }
            if !r.partial {
                unit.verdict = Some(r.verdict);
            }
        }
        Event::Skipped(s) => rec.skips.push(StoredSkip {
            inner: s.inner.clone(),
            reason: s.reason,
            detail: s.detail.clone(),
        }),
        _ => {}
    }
}

/// The events of an unchanged file rendered by the report's format here,
/// on the worker's thread, straight from the stored records: the events
/// keep only what the summary counts (their findings list is empty, their
/// counts by kind are whole).
fn rendered(
    path: &Path,
    id: i64,
    units: &[state::UnitRef<'_>],
    skips: &[StoredSkip],
    render: &dyn Render,
) -> Event {
    let shown = path.display().to_string();
    let bytes = report::path_bytes(path);
    let lines: usize = units.iter().map(|u| u.findings.len() + 1).sum::<usize>() + skips.len();
    // Sized once: a finding's line is its location and ~250 bytes.
    let mut out = Vec::with_capacity(lines * (shown.len() + 320));
    let mut events = Vec::with_capacity(units.len() + skips.len());
    for u in units {
        let mut r = file_report(
            &shown,
            &bytes,
            StoredUnit {
                inner: u.inner.clone(),
                verdict: u.verdict,
                findings: Vec::new(),
                unlisted: u.unlisted.clone(),
            },
        );
        for f in &u.findings {
            *r.counts.entry(f.kind).or_insert(0) += 1;
        }
        render.stored(&r, &u.findings, &mut out);
        render.file(&r, &mut out);
        events.push(Event::File(r));
    }
    for s in skips {
        let s = skipped(&shown, &bytes, s.clone());
        render.skipped(&s, &mut out);
        events.push(Event::Skipped(s));
    }
    Event::Carried {
        id,
        events,
        rendered: Some(out),
    }
}

fn file_report(shown: &str, bytes: &Option<String>, u: StoredUnit) -> FileReport {
    let mut counts = std::collections::BTreeMap::new();
    for f in &u.findings {
        *counts.entry(f.kind).or_insert(0) += 1;
    }
    let mut unlisted_total = 0;
    for (k, n) in &u.unlisted {
        *counts.entry(*k).or_insert(0) += n;
        unlisted_total += n;
    }
    FileReport {
        path: shown.to_string(),
        path_bytes: bytes.clone(),
        inner: u.inner,
        findings: u.findings.into_iter().map(finding).collect(),
        verdict: u.verdict.unwrap_or(crate::findings::Verdict::Clean),
        partial: false,
        counts,
        unlisted: u.unlisted.into_iter().collect(),
        unlisted_total,
    }
}

fn finding(f: StoredFinding) -> Finding {
    Finding {
        kind: f.kind,
        detector: f.detector,
        confidence: f.confidence,
        line: f.line,
        column: f.column,
        start: f.start,
        end: f.end,
        masked: f.masked,
        fingerprint: f.fingerprint,
        context: f.context,
        value: None,
        disk: None,
    }
}

fn skipped(shown: &str, bytes: &Option<String>, s: StoredSkip) -> Skipped {
    Skipped {
        path: shown.to_string(),
        path_bytes: bytes.clone(),
        inner: s.inner,
        reason: s.reason,
        detail: s.detail,
    }
}

/// The writer's side: gathers each file's events until its marker, then
/// stores them (raw values dropped: [`StoredFinding::of`]).
pub(super) struct Recorder {
    inv: Inventory,
    versions: i64,
    cwd: PathBuf,
    pending: HashMap<(String, Option<String>), FileRecord>,
    totals: RunTotals,
    /// The inventory's own files, never recorded as scanned.
    own: Vec<PathBuf>,
    /// Their keys (absolute paths).
    own_keys: Vec<Vec<u8>>,
    roots: Vec<Vec<u8>>,
    path: PathBuf,
    /// Files read whose content was met before (this run, or stored at
    /// another path): another file's records stood in for their scan.
    identical: u64,
    /// Files read whose content was their own stored content (touched,
    /// restored): their records carried forward unscanned.
    by_content: u64,
}

impl Recorder {
    /// Opens the inventory and records the start of a run over `roots`.
    pub(super) fn start(
        opts: &StateOptions,
        versions: i64,
        min: Confidence,
        roots: &[PathBuf],
    ) -> anyhow::Result<Recorder> {
        let mut inv = Inventory::open(&opts.path)?;
        inv.begin_run(versions, min.as_str(), &opts.args)?;
        let cwd = std::env::current_dir().unwrap_or_default();
        let own: Vec<PathBuf> = ["", "-wal", "-shm"]
            .iter()
            .map(|s| {
                let mut p = opts.path.clone().into_os_string();
                p.push(s);
                PathBuf::from(p)
            })
            .collect();
        let own_keys = own_paths_keys(&cwd, &own);
        Ok(Recorder {
            inv,
            versions,
            own_keys,
            roots: roots.iter().map(|r| absolute(&cwd, r)).collect(),
            cwd,
            pending: HashMap::new(),
            totals: RunTotals::default(),
            own,
            path: opts.path.clone(),
            identical: 0,
            by_content: 0,
        })
    }

    /// Device and inode of the inventory's files, which the scan skips.
    pub(super) fn own_ids(&self) -> Vec<(u64, u64)> {
        use std::os::unix::fs::MetadataExt;
        self.own
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| (m.dev(), m.ino()))
            .collect()
    }

    /// A report record of a file being read: held until its marker.
    pub(super) fn note(&mut self, ev: &Event) {
        let key = match ev {
            Event::File(r) => (r.path.clone(), r.path_bytes.clone()),
            Event::Skipped(s) => (s.path.clone(), s.path_bytes.clone()),
            _ => return,
        };
        add_event(self.pending.entry(key).or_default(), ev);
    }

    /// The marker after a file's events: stores the file, with its
    /// content hash; a file whose own stored records stood in for its
    /// scan (same content) only has its `stat` and hash updated.
    pub(super) fn done(
        &mut self,
        path: &Path,
        meta: Option<&std::fs::Metadata>,
        content: Option<Content>,
    ) -> anyhow::Result<()> {
        let key = (path.display().to_string(), report::path_bytes(path));
        let mut rec = self.pending.remove(&key).unwrap_or_default();
        rec.path = absolute(&self.cwd, path);
        if self.own_keys.contains(&rec.path) {
            return Ok(());
        }
        rec.stat = meta.map(Stat::of);
        rec.hash = content.map(|c| c.hash);
        if let Some(s) = rec.stat {
            self.totals.files_read += 1;
            self.totals.bytes_read += s.size;
        }
        self.totals.findings += rec
            .units
            .iter()
            .map(|u| u.findings.len() as u64)
            .sum::<u64>();
        self.totals.skipped += rec.skips.len() as u64;
        match (content.and_then(|c| c.reused), rec.stat) {
            (Some(Reused::Carried(id)), Some(stat)) => {
                self.by_content += 1;
                self.inv
                    .restat(id, &stat, &content.map(|c| c.hash).unwrap_or_default())?;
                return Ok(());
            }
            (Some(Reused::Identical), _) => self.identical += 1,
            _ => {}
        }
        self.inv.store(&rec, self.versions)?;
        Ok(())
    }

    /// A file carried forward unread.
    pub(super) fn carried(&mut self, id: i64, events: &[Event]) {
        self.totals.files_carried += 1;
        for ev in events {
            match ev {
                // By kind: a rendered record's findings are dropped.
                Event::File(r) => {
                    self.totals.findings += r.counts.values().sum::<u64>() - r.unlisted_total
                }
                Event::Skipped(_) => self.totals.skipped += 1,
                _ => {}
            }
        }
        self.inv.carried(id);
    }

    /// Closes the run; says on standard error what it read and carried.
    pub(super) fn finish(mut self, summary: &Summary) -> anyhow::Result<()> {
        self.totals.elapsed_ms = summary.elapsed_ms;
        let gone = self.inv.end_run(
            summary.complete,
            summary.interrupted,
            &self.roots,
            &self.totals,
        )?;
        let t = &self.totals;
        let _ = writeln!(
            io::stderr(),
            "phiscan: state {}: {} files read, {} unchanged carried forward, \
             {} carried by content, {} identical content reused, {} gone{}",
            self.path.display(),
            t.files_read,
            t.files_carried,
            self.by_content,
            self.identical,
            gone,
            if summary.complete {
                ""
            } else {
                " (run incomplete: the next run resumes)"
            }
        );
        Ok(())
    }
}

fn own_paths_keys(cwd: &Path, own: &[PathBuf]) -> Vec<Vec<u8>> {
    own.iter().map(|p| absolute(cwd, p)).collect()
}

/// What `phiscan report` renders.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The inventory.
    pub state: PathBuf,
    /// The run shown (default: the latest).
    pub run: Option<i64>,
    /// The run compared with (default: the complete run before it).
    pub since: Option<i64>,
    /// Format.
    pub format: Format,
    /// Report file (0600); stdout when `None`.
    pub output: Option<PathBuf>,
    /// Colour (human format).
    pub color: bool,
}

/// Units listed on each list of [`Changes`].
const CHANGED_LISTED: usize = 500;

/// Renders a recorded run from the inventory, without reading any
/// scanned file: the stored records go to the format's sink as a scan
/// would send them, then what changed since the earlier run, then the
/// summary.
pub fn report(o: &ReportOptions) -> anyhow::Result<super::Outcome> {
    let inv = Inventory::open_existing(&o.state)?;
    let Some(run) = inv.run_info(o.run)? else {
        anyhow::bail!(
            "{} holds no run{}",
            o.state.display(),
            o.run.map(|n| format!(" {n}")).unwrap_or_default()
        );
    };
    let since = match o.since {
        Some(s) => Some(s),
        None => inv.previous_complete(run.id)?,
    };
    let out: Box<dyn Write> = match &o.output {
        Some(p) => Box::new(super::create_report(p)?),
        None => Box::new(io::stdout().lock()),
    };
    let opts = SinkOptions {
        color: o.color,
        show_values: false,
        rules: Vec::new(),
        base_dir: std::env::current_dir().ok(),
        quiet: false,
    };
    let mut sink = o.format.sink(BufWriter::with_capacity(64 << 10, out), opts);
    let min_confidence =
        serde_json::from_value(serde_json::Value::String(run.min_confidence.clone()))
            .unwrap_or(super::DEFAULT_MIN_CONFIDENCE);
    let mut summary = Summary {
        elapsed_ms: run.elapsed_ms,
        complete: run.complete,
        interrupted: match run.interrupted.as_deref() {
            Some("SIGINT") => Some("SIGINT"),
            Some("SIGTERM") => Some("SIGTERM"),
            Some("stop-at") => Some("stop-at"),
            Some(_) => Some("interrupted"),
            None if run.ended.is_none() => Some("killed"),
            None => None,
        },
        ..Summary::empty(min_confidence)
    };
    let (files, bytes) = inv.coverage_at(run.id)?;
    summary.files = files;
    summary.bytes = bytes;
    let sink_ref = &mut sink;
    let sum = &mut summary;
    inv.replay(run.id, |path, units, skips| {
        let path = Path::new(std::ffi::OsStr::from_bytes_compat(path));
        let shown = path.display().to_string();
        let pb = report::path_bytes(path);
        for u in units {
            let r = file_report(&shown, &pb, u);
            sum.count_unit(&r);
            sink_ref.file(&r)?;
        }
        for s in skips {
            let s = skipped(&shown, &pb, s);
            sum.count_skipped(&s);
            sink_ref.skipped(&s)?;
        }
        Ok(())
    })?;
    if let Some(since) = since {
        let d = inv.diff(since, run.id, CHANGED_LISTED)?;
        let started = inv
            .run_info(Some(since))?
            .map(|r| r.started)
            .unwrap_or_default();
        let list = |v: Vec<state::ChangedUnit>| -> Vec<ChangedFile> {
            v.into_iter()
                .map(|u| ChangedFile {
                    path: Path::new(std::ffi::OsStr::from_bytes_compat(&u.path))
                        .display()
                        .to_string(),
                    inner: u.inner,
                    counts: u.counts.into_iter().collect(),
                })
                .collect()
        };
        sink.changes(&Changes {
            since_run: since as u64,
            since_started: started,
            new_findings: d.new_findings,
            resolved_findings: d.resolved_findings,
            unchanged_findings: d.unchanged_findings,
            new_files: list(d.new_files),
            new_files_total: d.new_files_total,
            resolved_files: list(d.resolved_files),
            resolved_files_total: d.resolved_files_total,
        })?;
    }
    sink.summary(&summary)?;
    Ok(if summary.findings > 0 {
        super::Outcome::Found
    } else if !summary.complete {
        super::Outcome::Incomplete
    } else {
        super::Outcome::Clean
    })
}

/// `OsStr` from raw bytes (Unix paths are bytes).
trait FromBytesCompat {
    fn from_bytes_compat(b: &[u8]) -> &Self;
}

impl FromBytesCompat for std::ffi::OsStr {
    fn from_bytes_compat(b: &[u8]) -> &Self {
        use std::os::unix::ffi::OsStrExt;
        std::ffi::OsStr::from_bytes(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{Fingerprint, Verdict};
    use crate::vocab::{Kind, SkipReason};

    fn report(n: usize) -> Event {
        let f = StoredFinding {
            kind: Kind::Ssn,
            detector: "ssn".into(),
            confidence: Confidence::High,
            line: 1,
            column: 1,
            start: 0,
            end: 11,
            masked: "***-**-6789".into(),
            fingerprint: Fingerprint([1; 16]),
            context: "SSN ***-**-6789".into(),
        };
        Event::File(file_report(
            "a.zip",
            &None,
            StoredUnit {
                inner: vec!["m.txt".into()],
                verdict: Some(Verdict::Pii),
                findings: vec![f; n],
                unlisted: Vec::new(),
            },
        ))
    }

    fn content(byte: u8) -> Content {
        Content {
            hash: [byte; 32],
            len: 10,
            reused: None,
            ahead: false,
        }
    }

    /// This run's content map keeps clean content and content with a few
    /// findings (member chains included), not dense content nor content
    /// left incomplete, and stops growing at its budget.
    #[test]
    fn the_run_remembers_what_its_copies_can_reuse_within_bounds() {
        let mut run = RunContent::default();
        run.remember(&content(1), &[]);
        run.remember(&content(2), &[report(3)]);
        run.remember(&content(3), &[report(SAME_MAX_FINDINGS + 1)]);
        let timeout = Event::Skipped(skipped(
            "a.zip",
            &None,
            StoredSkip {
                inner: Vec::new(),
                reason: SkipReason::Timeout,
                detail: String::new(),
            },
        ));
        run.remember(&content(4), &[report(1), timeout]);
        assert!(run.seen[&[1; 32]].records.is_none(), "clean");
        let kept = run.seen[&[2; 32]].records.clone().unwrap();
        assert_eq!(kept.0[0].inner, ["m.txt"]);
        assert_eq!(kept.0[0].findings.len(), 3);
        assert!(!run.seen.contains_key(&[3; 32]), "dense");
        assert!(!run.seen.contains_key(&[4; 32]), "incomplete");

        run.bytes = SAME_BUDGET;
        run.remember(&content(5), &[]);
        assert!(!run.seen.contains_key(&[5; 32]), "over budget");
    }
}
