//! The inventory: what every file of a share looked like when it was last
//! read and what was found in it, kept in one embedded SQLite file between
//! runs, so a nightly scan reads only what changed (issue 19).
//!
//! Why SQLite: one file, no server, transactions that survive `kill -9`
//! (WAL journal, `synchronous=NORMAL`: a crash loses at most the open
//! batch, never the file's integrity), and concurrent readers (the workers
//! look files up while the single writer commits).
//!
//! What is stored is what a report shows and nothing more: masked values,
//! keyed fingerprints and masked context. Raw values are never stored,
//! whatever the scan's flags. The file is created mode 0600 in a folder
//! created 0700: the paths and masked findings are themselves sensitive.
//!
//! History: a file's records (units, findings and skips, one blob per
//! file version: [`codec`]) carry the run that made them (`first_run`)
//! and the run that replaced them (`gone_run`), so any recorded run can be
//! rendered again and two runs compared.

mod codec;
mod store;

pub use codec::{FindingRef, UnitRef};
pub use store::{
    hash_prefix, ChangedUnit, Diff, Inventory, Known, Lookup, Prior, RunInfo, RunTotals,
};

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::findings::{Fingerprint, Verdict};
use crate::vocab::{Confidence, Kind, SkipReason};

/// What `stat` says of a file: a file whose five numbers are unchanged
/// (and whose scanner versions match) is not read again. `ctime` changes
/// on every write and chmod and cannot be set back by `touch`, so a file
/// rewritten with its old mtime is still caught.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    /// Device.
    pub dev: u64,
    /// Inode.
    pub ino: u64,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime_ns: i64,
    /// Status change time, nanoseconds since the epoch.
    pub ctime_ns: i64,
}

impl Stat {
    /// The five numbers of `meta` (from `stat`, before the file is opened).
    pub fn of(meta: &std::fs::Metadata) -> Stat {
        use std::os::unix::fs::MetadataExt;
        Stat {
            dev: meta.dev(),
            ino: meta.ino(),
            size: meta.size(),
            mtime_ns: meta.mtime() * 1_000_000_000 + meta.mtime_nsec(),
            ctime_ns: meta.ctime() * 1_000_000_000 + meta.ctime_nsec(),
        }
    }
}

/// One finding as the inventory keeps it: the report's fields minus the
/// raw value, which has no column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFinding {
    /// Output kind.
    pub kind: Kind,
    /// Detector id (shared: a file's findings come from a few detectors).
    pub detector: std::sync::Arc<str>,
    /// How sure.
    pub confidence: Confidence,
    /// 1-based line.
    pub line: u64,
    /// 1-based byte column.
    pub column: u64,
    /// Byte offset of the value in the unit's text.
    pub start: u64,
    /// Byte offset after it.
    pub end: u64,
    /// The masked value.
    pub masked: String,
    /// Keyed fingerprint.
    pub fingerprint: Fingerprint,
    /// Masked context.
    pub context: String,
}

impl StoredFinding {
    /// The stored form of a report's finding: every field but the raw
    /// value (there is no column for it).
    pub fn of(f: &crate::findings::Finding) -> StoredFinding {
        StoredFinding {
            kind: f.kind,
            detector: f.detector.clone(),
            confidence: f.confidence,
            line: f.line,
            column: f.column,
            start: f.start,
            end: f.end,
            masked: f.masked.clone(),
            fingerprint: f.fingerprint,
            context: f.context.clone(),
        }
    }
}

/// A unit (the file, or a member inside it) with findings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoredUnit {
    /// Member chain, empty for the file itself.
    pub inner: Vec<String>,
    /// Verdict of the unit.
    pub verdict: Option<Verdict>,
    /// Listed findings.
    pub findings: Vec<StoredFinding>,
    /// Findings counted but not listed, by kind.
    pub unlisted: Vec<(Kind, u64)>,
}

/// A skipped record of a file or member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSkip {
    /// Member chain, empty for the file itself.
    pub inner: Vec<String>,
    /// Why.
    pub reason: SkipReason,
    /// For people; never content.
    pub detail: String,
}

/// Everything the writer stores for one file read in this run.
#[derive(Debug, Clone, Default)]
pub struct FileRecord {
    /// Raw path bytes (lossless).
    pub path: Vec<u8>,
    /// `stat` before the file was opened; `None` for what was never opened
    /// (walk-time skips), which is never carried forward.
    pub stat: Option<Stat>,
    /// The keyed hash of the bytes read (BLAKE3 keyed with a key derived
    /// from the fingerprint key), `None` when the file was not read to
    /// its end. Keyed, not plain: a plain hash of a small file ("SSN:
    /// ddd-dd-dddd") lets whoever holds the state try every value and
    /// recover it, while a keyed one confirms no more than the findings'
    /// fingerprints do. Identical content is scanned once per run, and a
    /// touched file whose hash is unchanged is not scanned again.
    pub hash: Option<[u8; 32]>,
    /// Units with findings.
    pub units: Vec<StoredUnit>,
    /// Skipped records.
    pub skips: Vec<StoredSkip>,
}

impl FileRecord {
    /// The worst verdict of the file's units, `None` when it has none.
    pub fn verdict(&self) -> Option<Verdict> {
        self.units.iter().filter_map(|u| u.verdict).max()
    }
}

/// The raw bytes of a path, as the inventory keys files.
pub fn path_key(path: &Path) -> Vec<u8> {
    path.as_os_str().as_bytes().to_vec()
}

/// Where `--state` with no file keeps the inventory:
/// `$XDG_STATE_HOME/phiscan/state.sqlite`, else
/// `~/.local/state/phiscan/state.sqlite` (the XDG base directory spec's
/// place for state that outlives a run but is not configuration).
pub fn default_path() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_STATE_HOME").filter(|v| !v.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?)
            .join(".local")
            .join("state"),
    };
    Some(base.join("phiscan").join("state.sqlite"))
}

pub(crate) const SKIP_REASONS: [SkipReason; 8] = [
    SkipReason::NotRegular,
    SkipReason::Unreadable,
    SkipReason::TooLarge,
    SkipReason::ArchiveBudget,
    SkipReason::Encrypted,
    SkipReason::Corrupt,
    SkipReason::Timeout,
    SkipReason::Unsupported,
];

fn parse_reason(s: &str) -> SkipReason {
    SKIP_REASONS
        .into_iter()
        .find(|r| r.as_str() == s)
        .unwrap_or(SkipReason::Unreadable)
}

fn verdict_code(v: Option<Verdict>) -> i64 {
    match v {
        None | Some(Verdict::Clean) => 0,
        Some(Verdict::Pii) => 1,
        Some(Verdict::Phi) => 2,
    }
}

fn verdict_of(code: i64) -> Verdict {
    match code {
        1 => Verdict::Pii,
        2 => Verdict::Phi,
        _ => Verdict::Clean,
    }
}

#[cfg(test)]
mod tests;
