//! The SQLite side of the inventory: schema, the single writer, the
//! workers' look-ups, and the queries `report` renders from.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use super::{codec, verdict_code, FileRecord, Stat, StoredSkip, StoredUnit};
use crate::vocab::Kind;

type Result<T> = rusqlite::Result<T>;

/// Bumped when the tables change shape; an older file is refused with a
/// message rather than misread. 2: a file's records in one blob
/// ([`codec`]) instead of rows of units, findings and skips.
const SCHEMA_VERSION: i64 = 2;

/// A batch is committed after this many files or this long, whichever
/// comes first: `kill -9` loses at most one batch.
const BATCH_FILES: usize = 1000;
const BATCH_TIME: Duration = Duration::from_secs(1);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs(
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    ended TEXT,
    complete INTEGER NOT NULL DEFAULT 0,
    interrupted TEXT,
    versions INTEGER NOT NULL,
    min_confidence TEXT NOT NULL,
    args TEXT NOT NULL,
    files_read INTEGER NOT NULL DEFAULT 0,
    files_carried INTEGER NOT NULL DEFAULT 0,
    bytes_read INTEGER NOT NULL DEFAULT 0,
    findings INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL UNIQUE,
    dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    hash BLOB,
    verdict INTEGER NOT NULL DEFAULT 0,
    skip_reason TEXT, skip_detail TEXT,
    records INTEGER NOT NULL DEFAULT 0,
    scanned_run INTEGER NOT NULL,
    versions INTEGER NOT NULL,
    first_run INTEGER NOT NULL,
    gone_run INTEGER
);
CREATE TABLE IF NOT EXISTS records(
    file INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    body BLOB NOT NULL,
    first_run INTEGER NOT NULL,
    gone_run INTEGER
);
CREATE INDEX IF NOT EXISTS records_file ON records(file);
";

/// `present at run R`: made at or before R and not replaced by R.
const PRESENT: &str = "first_run <= ?1 AND (gone_run IS NULL OR gone_run > ?1)";

fn pragmas(c: &Connection) -> Result<()> {
    c.busy_timeout(Duration::from_secs(30))?;
    c.pragma_update(None, "journal_mode", "WAL")?;
    c.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// Creates the file (mode 0600) and its folder (0700) if missing, and
/// tightens an existing file's mode: SQLite itself would create it with
/// the umask's mode.
fn create_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
    }
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)?;
    if f.metadata()?.file_type().is_file() {
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

/// The run a report shows and what it counted.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    /// Run number (1, 2, …).
    pub id: i64,
    /// When it started (RFC 3339, UTC).
    pub started: String,
    /// When it ended; `None` if it never did (killed).
    pub ended: Option<String>,
    /// Whether everything requested was scanned.
    pub complete: bool,
    /// The signal that stopped it, if any.
    pub interrupted: Option<String>,
    /// The threshold of the run.
    pub min_confidence: String,
    /// Files read in this run.
    pub files_read: u64,
    /// Files carried forward unread.
    pub files_carried: u64,
    /// Bytes read.
    pub bytes_read: u64,
    /// Wall time.
    pub elapsed_ms: u64,
    /// Files marked gone.
    pub gone: u64,
}

/// What the writer counted in a run, stored at its end.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunTotals {
    /// Files opened and read.
    pub files_read: u64,
    /// Files carried forward unread.
    pub files_carried: u64,
    /// Bytes read.
    pub bytes_read: u64,
    /// Findings reported (read and carried).
    pub findings: u64,
    /// Skipped records.
    pub skipped: u64,
    /// Wall time.
    pub elapsed_ms: u64,
}

/// A file whose stat and versions match its stored row: its records, to be
/// reported again without reading it.
#[derive(Debug, Clone, Default)]
pub struct Prior {
    /// Row id.
    pub id: i64,
    /// Units with findings (present now).
    pub units: Vec<StoredUnit>,
    /// Skipped records (present now).
    pub skips: Vec<StoredSkip>,
}

/// The inventory open for one run, by its single writer (the report
/// thread), or for reading a report.
pub struct Inventory {
    conn: Connection,
    run: i64,
    in_batch: usize,
    batch_started: Instant,
    /// File ids met in this run (a bit per id), for marking the rest gone.
    seen: Vec<u64>,
}

/// Now, as RFC 3339 UTC with seconds.
pub(crate) fn now_rfc3339() -> String {
    crate::vocab::rfc3339(std::time::SystemTime::now())
}

impl Inventory {
    /// Opens (creating if missing, mode 0600) the inventory at `path`.
    pub fn open(path: &Path) -> anyhow::Result<Inventory> {
        create_private(path).map_err(|e| anyhow::anyhow!("state file {}: {e}", path.display()))?;
        let conn = Connection::open(path)?;
        pragmas(&conn)?;
        conn.execute_batch(SCHEMA)?;
        let v: Option<i64> = conn
            .query_row("SELECT value FROM meta WHERE key='schema'", [], |r| {
                r.get(0)
            })
            .optional()?;
        match v {
            None => {
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES('schema', ?1)",
                    [SCHEMA_VERSION],
                )?;
            }
            Some(SCHEMA_VERSION) => {}
            Some(other) => anyhow::bail!(
                "state file {} has schema {other}; this phiscan reads {SCHEMA_VERSION}",
                path.display()
            ),
        }
        Ok(Inventory {
            conn,
            run: 0,
            in_batch: 0,
            batch_started: Instant::now(),
            seen: Vec::new(),
        })
    }

    /// Opens an existing inventory to render reports; never creates one.
    pub fn open_existing(path: &Path) -> anyhow::Result<Inventory> {
        if !path.is_file() {
            anyhow::bail!("no state file at {}", path.display());
        }
        Inventory::open(path)
    }

    /// Records the start of a run (committed at once, marked incomplete
    /// until [`Inventory::end_run`]) and opens the first batch.
    pub fn begin_run(&mut self, versions: i64, min_confidence: &str, args: &str) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO runs(started, versions, min_confidence, args) VALUES(?1, ?2, ?3, ?4)",
            params![now_rfc3339(), versions, min_confidence, args],
        )?;
        self.run = self.conn.last_insert_rowid();
        self.seen.clear();
        self.conn.execute_batch("BEGIN")?;
        self.batch_started = Instant::now();
        Ok(self.run)
    }

    fn mark_seen(&mut self, id: i64) {
        let id = id.max(0) as usize;
        if self.seen.len() <= id / 64 {
            self.seen.resize(id / 64 + 1, 0);
        }
        self.seen[id / 64] |= 1 << (id % 64);
    }

    fn was_seen(&self, id: i64) -> bool {
        let id = id.max(0) as usize;
        self.seen
            .get(id / 64)
            .is_some_and(|w| w & (1 << (id % 64)) != 0)
    }

    /// Commits the batch when it is full or old, and opens the next.
    fn tick(&mut self) -> Result<()> {
        self.in_batch += 1;
        if self.in_batch >= BATCH_FILES || self.batch_started.elapsed() >= BATCH_TIME {
            self.conn.execute_batch("COMMIT; BEGIN")?;
            self.in_batch = 0;
            self.batch_started = Instant::now();
        }
        Ok(())
    }

    /// A file carried forward unread: only remembered as seen.
    pub fn carried(&mut self, id: i64) {
        self.mark_seen(id);
    }

    /// A file read whose content hash matched its own stored one (it was
    /// touched, copied back or restored): its records stand, only its
    /// `stat` and hash are brought up to date, so the next run does not
    /// read it again.
    pub fn restat(&mut self, id: i64, stat: &Stat, hash: &[u8; 32]) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE files SET dev=?2, ino=?3, size=?4, mtime_ns=?5, ctime_ns=?6, hash=?7
                 WHERE id=?1",
            )?
            .execute(params![
                id,
                stat.dev as i64,
                stat.ino as i64,
                stat.size as i64,
                stat.mtime_ns,
                stat.ctime_ns,
                &hash[..]
            ])?;
        self.mark_seen(id);
        self.tick()
    }

    /// Stores what one file read in this run holds, replacing its present
    /// records (kept as history, `gone_run` set).
    pub fn store(&mut self, rec: &FileRecord, versions: i64) -> Result<()> {
        let run = self.run;
        let file_skip = rec.skips.iter().find(|s| s.inner.is_empty());
        let records = (rec.units.len() + rec.skips.len()) as i64;
        let (dev, ino, size, mtime, ctime) = match rec.stat {
            Some(s) => (
                Some(s.dev as i64),
                Some(s.ino as i64),
                Some(s.size as i64),
                Some(s.mtime_ns),
                Some(s.ctime_ns),
            ),
            None => (None, None, None, None, None),
        };
        let id: i64 = self.conn.prepare_cached(
            "INSERT INTO files(path, dev, ino, size, mtime_ns, ctime_ns, hash, verdict, skip_reason,
                 skip_detail, records, scanned_run, versions, first_run)
             VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?12)
             ON CONFLICT(path) DO UPDATE SET dev=?2, ino=?3, size=?4, mtime_ns=?5, ctime_ns=?6,
                 hash=?7, verdict=?8, skip_reason=?9, skip_detail=?10, records=?11,
                 scanned_run=?12, versions=?13, gone_run=NULL
             RETURNING id",
        )?.query_row(
            params![
                rec.path,
                dev,
                ino,
                size,
                mtime,
                ctime,
                rec.hash.as_ref().map(|h| &h[..]),
                verdict_code(rec.verdict()),
                file_skip.map(|s| s.reason.as_str()),
                file_skip.map(|s| s.detail.as_str()),
                records,
                run,
                versions,
            ],
            |r| r.get(0),
        )?;
        self.mark_seen(id);
        self.retire_records(id)?;
        if records > 0 {
            let findings: usize = rec.units.iter().map(|u| u.findings.len()).sum();
            self.conn
                .prepare_cached(
                    "INSERT INTO records(file, findings, body, first_run) VALUES(?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    id,
                    findings as i64,
                    codec::encode(&rec.units, &rec.skips),
                    run
                ])?;
        }
        self.tick()
    }

    /// Ends the present records of file `id` in this run (a row made in
    /// this same run is simply dropped).
    fn retire_records(&mut self, id: i64) -> Result<()> {
        let run = self.run;
        for sql in [
            "DELETE FROM records WHERE file = ?1 AND first_run = ?2",
            "UPDATE records SET gone_run = ?2 WHERE file = ?1 AND gone_run IS NULL",
        ] {
            self.conn.prepare_cached(sql)?.execute(params![id, run])?;
        }
        Ok(())
    }

    /// Closes the run: commits the last batch and, when the run was
    /// complete, marks gone every file under `roots` that it did not meet
    /// (their findings resolved). Returns the number marked gone.
    pub fn end_run(
        &mut self,
        complete: bool,
        interrupted: Option<&str>,
        roots: &[Vec<u8>],
        totals: &RunTotals,
    ) -> Result<u64> {
        let run = self.run;
        let mut gone = 0u64;
        if complete {
            let mut ids = Vec::new();
            {
                let mut q = self
                    .conn
                    .prepare("SELECT id, path FROM files WHERE gone_run IS NULL")?;
                let mut rows = q.query([])?;
                while let Some(r) = rows.next()? {
                    let id: i64 = r.get(0)?;
                    if self.was_seen(id) {
                        continue;
                    }
                    let path: Vec<u8> = r.get(1)?;
                    if roots.iter().any(|root| under(&path, root)) {
                        ids.push(id);
                    }
                }
            }
            for id in ids {
                self.retire_records(id)?;
                self.conn
                    .prepare_cached("UPDATE files SET gone_run = ?2 WHERE id = ?1")?
                    .execute(params![id, run])?;
                gone += 1;
            }
        }
        self.conn.execute(
            "UPDATE runs SET ended = ?2, complete = ?3, interrupted = ?4, files_read = ?5,
                 files_carried = ?6, bytes_read = ?7, findings = ?8, skipped = ?9, gone = ?10,
                 elapsed_ms = ?11
             WHERE id = ?1",
            params![
                run,
                now_rfc3339(),
                complete,
                interrupted,
                totals.files_read as i64,
                totals.files_carried as i64,
                totals.bytes_read as i64,
                totals.findings as i64,
                totals.skipped as i64,
                gone as i64,
                totals.elapsed_ms as i64
            ],
        )?;
        self.conn.execute_batch("COMMIT")?;
        // Fold the WAL back into the file so the state is one file at rest.
        let _ = self.conn.pragma_update(None, "wal_checkpoint", "TRUNCATE");
        Ok(gone)
    }

    /// The latest run, or run `id`.
    pub fn run_info(&self, id: Option<i64>) -> Result<Option<RunInfo>> {
        let sql = "SELECT id, started, ended, complete, interrupted, min_confidence, files_read,
                       files_carried, bytes_read, elapsed_ms, gone FROM runs";
        let map = |r: &rusqlite::Row<'_>| {
            Ok(RunInfo {
                id: r.get(0)?,
                started: r.get(1)?,
                ended: r.get(2)?,
                complete: r.get(3)?,
                interrupted: r.get(4)?,
                min_confidence: r.get(5)?,
                files_read: r.get::<_, i64>(6)? as u64,
                files_carried: r.get::<_, i64>(7)? as u64,
                bytes_read: r.get::<_, i64>(8)? as u64,
                elapsed_ms: r.get::<_, i64>(9)? as u64,
                gone: r.get::<_, i64>(10)? as u64,
            })
        };
        match id {
            Some(id) => self
                .conn
                .query_row(&format!("{sql} WHERE id = ?1"), [id], map)
                .optional(),
            None => self
                .conn
                .query_row(&format!("{sql} ORDER BY id DESC LIMIT 1"), [], map)
                .optional(),
        }
    }

    /// The latest complete run before `run`: what `--since` defaults to.
    pub fn previous_complete(&self, run: i64) -> Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT id FROM runs WHERE id < ?1 AND complete = 1 ORDER BY id DESC LIMIT 1",
                [run],
                |r| r.get(0),
            )
            .optional()
    }

    /// Files present (not gone) after `run` that were opened, and their
    /// bytes: the coverage a report of that run shows.
    pub fn coverage_at(&self, run: i64) -> Result<(u64, u64)> {
        self.conn.query_row(
            &format!(
                "SELECT count(*), coalesce(sum(size), 0) FROM files
                 WHERE size IS NOT NULL AND {PRESENT}"
            ),
            [run],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
        )
    }

    /// Every unit with findings and every skip present after `run`, file
    /// by file in path order: `visit(path, units, skips)`.
    pub fn replay(
        &self,
        run: i64,
        mut visit: impl FnMut(&[u8], Vec<StoredUnit>, Vec<StoredSkip>) -> std::io::Result<()>,
    ) -> anyhow::Result<()> {
        let mut q = self.conn.prepare(
            "SELECT files.path, records.body FROM records JOIN files ON files.id = records.file
             WHERE records.first_run <= ?1 AND (records.gone_run IS NULL OR records.gone_run > ?1)
             ORDER BY files.path",
        )?;
        let mut rows = q.query([run])?;
        while let Some(r) = rows.next()? {
            let path: Vec<u8> = r.get(0)?;
            let (units, skips) = codec::decode(r.get_ref(1)?.as_blob()?)?;
            if units.is_empty() && skips.is_empty() {
                continue;
            }
            visit(&path, units, skips)?;
        }
        Ok(())
    }

    /// What changed between run `since` and run `run`: findings by
    /// identity (path, inner, detector, fingerprint) and units by path and
    /// member chain; at most `list` units on each list.
    ///
    /// A file's records row present at both runs is the same row, so its
    /// findings are unchanged without being read; only the files whose
    /// row differs are decoded and compared, one at a time (a night's
    /// report on millions of unchanged findings holds none in memory).
    pub fn diff(&self, since: i64, run: i64, list: usize) -> anyhow::Result<Diff> {
        let then = rows_at(&self.conn, since)?;
        let now = rows_at(&self.conn, run)?;
        let mut d = Diff::default();
        let mut changed = std::collections::BTreeSet::new();
        for (row, (file, n)) in &now {
            if then.contains_key(row) {
                d.unchanged_findings += n;
            } else {
                changed.insert(*file);
            }
        }
        changed.extend(
            then.iter()
                .filter(|(row, _)| !now.contains_key(row))
                .map(|(_, (file, _))| *file),
        );
        let (mut new, mut resolved) = (Vec::new(), Vec::new());
        let mut path_of = self.conn.prepare("SELECT path FROM files WHERE id = ?1")?;
        for file in changed {
            let path: Vec<u8> = path_of.query_row([file], |r| r.get(0))?;
            let before = unit_identities(records_at(&self.conn, file, since)?.0);
            let after = unit_identities(records_at(&self.conn, file, run)?.0);
            for (inner, (ids, kinds)) in &after {
                let was = before.get(inner);
                for (id, n) in ids {
                    let m = was.and_then(|(w, _)| w.get(id)).copied().unwrap_or(0);
                    d.unchanged_findings += (*n).min(m);
                    d.new_findings += n.saturating_sub(m);
                }
                if was.is_none() {
                    new.push(changed_unit(&path, inner, kinds));
                }
            }
            for (inner, (ids, kinds)) in &before {
                let is = after.get(inner);
                for (id, n) in ids {
                    let m = is.and_then(|(w, _)| w.get(id)).copied().unwrap_or(0);
                    d.resolved_findings += n.saturating_sub(m);
                }
                if is.is_none() {
                    resolved.push(changed_unit(&path, inner, kinds));
                }
            }
        }
        let most_first = |v: &mut Vec<ChangedUnit>| {
            v.sort_by_key(|u| std::cmp::Reverse(u.counts.iter().map(|c| c.1).sum::<u64>()));
        };
        most_first(&mut new);
        most_first(&mut resolved);
        d.new_files_total = new.len() as u64;
        new.truncate(list);
        d.new_files = new;
        d.resolved_files_total = resolved.len() as u64;
        resolved.truncate(list);
        d.resolved_files = resolved;
        Ok(d)
    }

    /// The connection, for tests and checks (`PRAGMA integrity_check`).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Whether `path` is `root` or below it (byte-wise, on a `/` boundary).
fn under(path: &[u8], root: &[u8]) -> bool {
    let root = root.strip_suffix(b"/").unwrap_or(root);
    if root.is_empty() || root == b"." {
        return true;
    }
    match path.strip_prefix(root) {
        Some(rest) => rest.is_empty() || rest.starts_with(b"/"),
        None => false,
    }
}

/// The records rows present after `run`: row id -> (file id, findings).
fn rows_at(conn: &Connection, run: i64) -> Result<HashMap<i64, (i64, u64)>> {
    let mut q = conn.prepare(&format!(
        "SELECT rowid, file, findings FROM records WHERE {PRESENT}"
    ))?;
    let rows = q.query_map([run], |r| {
        Ok((r.get(0)?, (r.get(1)?, r.get::<_, i64>(2)? as u64)))
    })?;
    rows.collect()
}

/// A finding's identity within its file: (detector, fingerprint).
type FindingId = (std::sync::Arc<str>, [u8; 16]);

/// A file's units with findings, by member chain: how many findings of
/// each identity, and how many of each kind.
type UnitIds = BTreeMap<Vec<String>, (HashMap<FindingId, u64>, BTreeMap<Kind, u64>)>;

fn unit_identities(units: Vec<StoredUnit>) -> UnitIds {
    let mut out = UnitIds::new();
    for u in units {
        if u.findings.is_empty() {
            continue;
        }
        let (ids, kinds) = out.entry(u.inner).or_default();
        for f in u.findings {
            *kinds.entry(f.kind).or_insert(0) += 1;
            *ids.entry((f.detector, f.fingerprint.0)).or_insert(0) += 1;
        }
    }
    out
}

fn changed_unit(path: &[u8], inner: &[String], kinds: &BTreeMap<Kind, u64>) -> ChangedUnit {
    ChangedUnit {
        path: path.to_vec(),
        inner: inner.to_vec(),
        counts: kinds.iter().map(|(k, n)| (*k, *n)).collect(),
    }
}

/// A unit on a list of what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedUnit {
    /// Raw path bytes.
    pub path: Vec<u8>,
    /// Member chain.
    pub inner: Vec<String>,
    /// Findings per kind (in the run that had them).
    pub counts: Vec<(Kind, u64)>,
}

/// What changed between two runs (the `report` room turns it into its
/// `Changes` record).
#[derive(Debug, Clone, Default)]
pub struct Diff {
    /// Findings now and not then.
    pub new_findings: u64,
    /// Findings then and not now.
    pub resolved_findings: u64,
    /// Findings in both.
    pub unchanged_findings: u64,
    /// Units with findings now and none then, most findings first.
    pub new_files: Vec<ChangedUnit>,
    /// How many such units in all.
    pub new_files_total: u64,
    /// Units with findings then and none now.
    pub resolved_files: Vec<ChangedUnit>,
    /// How many such units in all.
    pub resolved_files_total: u64,
}

/// Units and skips of file `id` present after `run`.
fn records_at(
    conn: &Connection,
    id: i64,
    run: i64,
) -> anyhow::Result<(Vec<StoredUnit>, Vec<StoredSkip>)> {
    let mut q = conn.prepare_cached(&format!(
        "SELECT body FROM records WHERE file = ?2 AND {PRESENT}"
    ))?;
    let mut rows = q.query(params![run, id])?;
    let mut units = Vec::new();
    let mut skips = Vec::new();
    while let Some(r) = rows.next()? {
        let (u, s) = codec::decode(r.get_ref(0)?.as_blob()?)?;
        units.extend(u);
        skips.extend(s);
    }
    Ok((units, skips))
}

/// The previous runs' file table, loaded once per run into memory (one
/// query instead of one per file; about 80 bytes a file): what the
/// workers compare each file's `stat` with
/// before they open it. Only files present now and read by a scanner of
/// the current versions are kept (the others are read again anyway).
///
/// With them, the first 8 bytes of each stored content hash (a hint: the
/// whole hash is compared in the worker's snapshot, [`Lookup::content`]),
/// so a file whose `stat` changed but whose content did not, or a new copy
/// of a stored file, is not scanned again (~30 bytes a file more).
#[derive(Debug, Default)]
pub struct Known {
    /// Hashes paths: foldhash's quality hasher, randomly seeded, so file
    /// names cannot be chosen to collide (SipHash was a tenth of a second
    /// run on 100,000 clean files).
    seed: foldhash::quality::RandomState,
    /// Keyed by the absolute path's 64-bit hash, not the path: 1M paths
    /// took 300 MB. Two paths of one hash keep one entry, and the other
    /// path's `stat` (another inode) does not match it, so it is read:
    /// a collision costs a read, never a wrong carry.
    files: HashMap<u64, KnownFile, foldhash::fast::FixedState>,
    /// Content hash prefixes (of keyed hashes: not chosen by whoever
    /// writes the files) to a stored file with that content.
    by_hash: HashMap<u64, i64, foldhash::fast::FixedState>,
}

/// One stored file's identity in [`Known`].
#[derive(Debug, Clone, Copy)]
struct KnownFile {
    id: i64,
    stat: Stat,
    records: bool,
    hash: Option<u64>,
}

/// A stored file's content hash, size and path ([`Lookup::content`]).
pub type StoredContent = (Vec<u8>, u64, Vec<u8>);

/// The first 8 bytes of a content hash: [`Known`]'s index key.
pub fn hash_prefix(hash: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(hash.get(..8)?.try_into().ok()?))
}

impl Known {
    /// Loads the files of the inventory at `path` stored under `versions`.
    pub fn load(path: &Path, versions: i64) -> anyhow::Result<Known> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(30))?;
        let mut q = conn.prepare(
            "SELECT path, id, dev, ino, size, mtime_ns, ctime_ns, records, hash FROM files
             WHERE gone_run IS NULL AND versions = ?1 AND dev IS NOT NULL AND ino IS NOT NULL
               AND size IS NOT NULL AND mtime_ns IS NOT NULL AND ctime_ns IS NOT NULL",
        )?;
        let mut rows = q.query([versions])?;
        let mut known = Known::default();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(1)?;
            let hash = r
                .get_ref(8)?
                .as_blob_or_null()
                .ok()
                .flatten()
                .and_then(hash_prefix);
            if let Some(h) = hash {
                known.by_hash.entry(h).or_insert(id);
            }
            let path = r.get_ref(0)?.as_blob()?;
            let key = known.seed.hash_one(path);
            let stat = Stat {
                dev: r.get::<_, i64>(2)? as u64,
                ino: r.get::<_, i64>(3)? as u64,
                size: r.get::<_, i64>(4)? as u64,
                mtime_ns: r.get(5)?,
                ctime_ns: r.get(6)?,
            };
            known.files.insert(
                key,
                KnownFile {
                    id,
                    stat,
                    records: r.get::<_, i64>(7)? > 0,
                    hash,
                },
            );
        }
        Ok(known)
    }

    /// The stored size of `path` when its content hash is stored.
    pub fn hashed_size(&self, path: &[u8]) -> Option<u64> {
        let k = self.files.get(&self.seed.hash_one(path))?;
        k.hash.map(|_| k.stat.size)
    }

    /// A stored file whose content hash begins as `hash` does: `path`'s own
    /// row first (a touched or restored file), else any other (a copy).
    /// Returns its id and whether it is `path`'s own (by its path's hash:
    /// the caller compares the path, [`Lookup::content`]). A hint only:
    /// the caller compares the whole content hash too.
    pub fn by_content(&self, path: &[u8], hash: u64) -> Option<(i64, bool)> {
        match self.files.get(&self.seed.hash_one(path)) {
            Some(k) if k.hash == Some(hash) => Some((k.id, true)),
            _ => self.by_hash.get(&hash).map(|&id| (id, false)),
        }
    }

    /// Files known.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file is known (a first run).
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The stored row of `path` when its stat is unchanged: its id and
    /// whether it holds records (findings or skips) to fetch.
    pub fn unchanged(&self, path: &[u8], stat: &Stat) -> Option<(i64, bool)> {
        let k = self.files.get(&self.seed.hash_one(path))?;
        (k.stat == *stat).then_some((k.id, k.records))
    }
}

/// A worker's read-only view of the inventory: fetches an unchanged
/// file's stored records. One per worker thread (a connection is not
/// shared). It holds one read snapshot for the whole run (taken at its
/// first query): without it every look-up took and dropped SQLite's
/// shared lock (two `fcntl` calls and a futex wake per file). The writer
/// only replaces records of files read this run, never of the unchanged
/// files looked up here, so the snapshot is never stale for them.
pub struct Lookup {
    conn: Connection,
}

impl Lookup {
    /// Opens `path` read-only (the writer has created it).
    pub fn open(path: &Path) -> anyhow::Result<Lookup> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.execute_batch("BEGIN")?;
        Ok(Lookup { conn })
    }

    /// Hands the stored records of file `id` (present now) to `visit`,
    /// read in place from the stored blob (no copy of their strings);
    /// `None` when one of them left the file incomplete, or when the file
    /// has more than one present row (never written so; [`Lookup::records`]
    /// gathers them).
    pub fn visit<T>(
        &self,
        id: i64,
        visit: impl FnOnce(&[codec::UnitRef<'_>], &[StoredSkip]) -> T,
    ) -> anyhow::Result<Option<T>> {
        let mut q = self.conn.prepare_cached(&format!(
            "SELECT body FROM records WHERE file = ?2 AND {PRESENT} LIMIT 2"
        ))?;
        let mut rows = q.query(params![i64::MAX, id])?;
        let Some(row) = rows.next()? else {
            return Ok(Some(visit(&[], &[])));
        };
        let (units, skips) = codec::decode_ref(row.get_ref(0)?.as_blob()?)?;
        if skips.iter().any(|s| s.reason.makes_incomplete()) {
            return Ok(None);
        }
        let out = visit(&units, &skips);
        drop(units);
        Ok(rows.next()?.is_none().then_some(out))
    }

    /// The stored content hash, size and path of file `id` when it is
    /// present, in this look-up's snapshot (the one its records are read
    /// from): a file the writer has stored again this run with other
    /// content is not mistaken for the one [`Known`] remembers, nor
    /// another path of the same path hash for the file's own.
    pub fn content(&self, id: i64) -> Result<Option<StoredContent>> {
        self.conn
            .prepare_cached(
                "SELECT hash, size, path FROM files WHERE id = ?1 AND gone_run IS NULL",
            )?
            .query_row([id], |r| {
                let hash: Option<Vec<u8>> = r.get(0)?;
                let size: Option<i64> = r.get(1)?;
                let path: Vec<u8> = r.get(2)?;
                Ok(hash.zip(size).map(|(h, s)| (h, s as u64, path)))
            })
            .optional()
            .map(Option::flatten)
    }

    /// The stored records of file `id` (present now), or `None` when one
    /// of them left it incomplete (those are tried again).
    pub fn records(&self, id: i64) -> anyhow::Result<Option<Prior>> {
        let (units, skips) = records_at(&self.conn, id, i64::MAX)?;
        if skips.iter().any(|s| s.reason.makes_incomplete()) {
            return Ok(None);
        }
        Ok(Some(Prior { id, units, skips }))
    }
}

#[cfg(test)]
pub(super) fn under_for_tests(path: &[u8], root: &[u8]) -> bool {
    under(path, root)
}
