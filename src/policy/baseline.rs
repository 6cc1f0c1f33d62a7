//! `.phiscan-baseline.json`: findings a team has accepted, by identity
//! (path with member chain, detector, keyed fingerprint), never by line,
//! so edits above a finding do not make it new.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::findings::{Finding, Keyring};

/// The default baseline file name.
pub const DEFAULT_FILE: &str = ".phiscan-baseline.json";

/// Format version written and read.
const VERSION: u32 = 1;

/// The file as stored: sorted, pretty JSON, no raw values and no
/// timestamps, so it diffs well in review.
#[derive(Debug, Serialize, Deserialize)]
struct Stored {
    version: u32,
    /// Keyed hash of a constant: tells a reader made with another key
    /// (whose fingerprints can never match) without revealing the key.
    key_check: String,
    /// The paths scanned to make it (`baseline update` scans them again).
    paths: Vec<String>,
    findings: Vec<Entry>,
}

/// One accepted finding identity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// Path as reported, without a leading `./`.
    pub path: String,
    /// Member chain inside containers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inner: Vec<String>,
    /// Detector id.
    pub detector: String,
    /// Keyed fingerprint, hex.
    pub fingerprint: String,
    /// Output kind, for people.
    pub kind: String,
    /// Masked value, for people.
    pub masked: String,
    /// Occurrences of this identity when it was recorded.
    pub count: u64,
}

/// A path as a baseline or an allow glob sees it: a leading `./` removed,
/// so `phiscan scan .` and `phiscan scan docs` name files alike.
pub fn normalize_path(path: &str) -> &str {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.trim_start_matches('/');
    }
    p
}

/// The unit key of a path and member chain.
fn unit_key(path: &str, inner: &[String]) -> String {
    let mut k = normalize_path(path).to_string();
    for i in inner {
        k.push('\0');
        k.push_str(i);
    }
    k
}

fn key_check(keys: &Keyring) -> String {
    keys.fingerprint("phiscan baseline key check", b"")
        .to_string()
}

/// A loaded baseline, with how often each entry was met in this scan.
#[derive(Debug)]
pub struct Baseline {
    path: PathBuf,
    paths: Vec<String>,
    key_check: String,
    entries: Vec<Entry>,
    hits: Vec<AtomicU64>,
    /// Unit key → fingerprint → (detector, entry index).
    by_unit: HashMap<String, UnitEntries>,
}

/// One unit's entries (see [`Baseline::unit`]).
pub type UnitEntries = HashMap<[u8; 16], Vec<(String, usize)>>;

impl Baseline {
    /// Reads `path`; a file made with another key is an error, as none of
    /// its entries could match and every accepted finding would come back.
    pub fn load(path: &Path, keys: &Keyring) -> anyhow::Result<Baseline> {
        let shown = path.display();
        let text =
            std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("baseline {shown}: {e}"))?;
        let stored: Stored =
            serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("baseline {shown}: {e}"))?;
        if stored.version != VERSION {
            anyhow::bail!(
                "baseline {shown}: version {} (this phiscan reads {VERSION})",
                stored.version
            );
        }
        if stored.key_check != key_check(keys) {
            anyhow::bail!(
                "baseline {shown} was made with another fingerprint key: use the team's key \
                 (PHISCAN_KEY or --key-file), or create the baseline again"
            );
        }
        let mut by_unit: HashMap<String, UnitEntries> = HashMap::new();
        for (i, e) in stored.findings.iter().enumerate() {
            let fp = super::allow::parse_fingerprint(&e.fingerprint).ok_or_else(|| {
                anyhow::anyhow!("baseline {shown}: entry {}: bad fingerprint", i + 1)
            })?;
            by_unit
                .entry(unit_key(&e.path, &e.inner))
                .or_default()
                .entry(fp)
                .or_default()
                .push((e.detector.clone(), i));
        }
        Ok(Baseline {
            path: path.to_path_buf(),
            paths: stored.paths,
            key_check: stored.key_check,
            hits: stored.findings.iter().map(|_| AtomicU64::new(0)).collect(),
            entries: stored.findings,
            by_unit,
        })
    }

    /// The entries of the unit at `path` with member chain `inner`.
    pub fn unit(&self, path: &str, inner: &[String]) -> Option<&UnitEntries> {
        if self.by_unit.is_empty() {
            return None;
        }
        self.by_unit.get(&unit_key(path, inner))
    }

    /// Records that entry `i` suppressed a finding.
    pub fn hit(&self, i: usize) {
        self.hits[i].fetch_add(1, Ordering::Relaxed);
    }

    /// The paths the baseline was made from.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    /// After a scan: the entries still met (counts lowered to what was
    /// met, never raised), written back if that changed anything. Returns
    /// how many entries were pruned and how many counts lowered, or
    /// `None` when the file is unchanged.
    pub fn prune(&self) -> anyhow::Result<Option<(usize, usize)>> {
        let kept: Vec<Entry> = self
            .entries
            .iter()
            .zip(&self.hits)
            .filter_map(|(e, h)| {
                let met = h.load(Ordering::Relaxed);
                (met > 0).then(|| Entry {
                    count: e.count.min(met),
                    ..e.clone()
                })
            })
            .collect();
        if kept == self.entries {
            return Ok(None);
        }
        let pruned = self.entries.len() - kept.len();
        let lowered = self
            .entries
            .iter()
            .zip(&self.hits)
            .filter(|(e, h)| (1..e.count).contains(&h.load(Ordering::Relaxed)))
            .count();
        write(&self.path, &self.key_check, self.paths.clone(), kept)?;
        Ok(Some((pruned, lowered)))
    }
}

/// (path, member chain, detector, fingerprint hex): what a baseline
/// entry stands for.
type Identity = (String, Vec<String>, String, String);

/// Collects a scan's findings into a new baseline (`baseline create`).
#[derive(Debug, Default)]
pub struct Builder {
    /// (path, inner, detector, fingerprint) → (kind, masked, count).
    seen: BTreeMap<Identity, (String, String, u64)>,
}

impl Builder {
    /// Adds the reported findings of one unit.
    pub fn add(&mut self, path: &str, inner: &[String], findings: &[Finding]) {
        for f in findings {
            let key = (
                normalize_path(path).to_string(),
                inner.to_vec(),
                f.detector.to_string(),
                f.fingerprint.to_string(),
            );
            let e = self
                .seen
                .entry(key)
                .or_insert_with(|| (f.kind.as_str().to_string(), f.masked.clone(), 0));
            // The same identity may be masked differently where it is
            // written differently: keep the least, whatever the order.
            if f.masked < e.1 {
                e.1 = f.masked.clone();
            }
            e.2 += 1;
        }
    }

    /// Writes the baseline to `out`; returns (entries, findings).
    pub fn write(
        self,
        out: &Path,
        keys: &Keyring,
        paths: Vec<String>,
    ) -> anyhow::Result<(usize, u64)> {
        let total = self.seen.values().map(|v| v.2).sum();
        let entries: Vec<Entry> = self
            .seen
            .into_iter()
            .map(
                |((path, inner, detector, fingerprint), (kind, masked, count))| Entry {
                    path,
                    inner,
                    detector,
                    fingerprint,
                    kind,
                    masked,
                    count,
                },
            )
            .collect();
        let n = entries.len();
        write(out, &key_check(keys), paths, entries)?;
        Ok((n, total))
    }
}

fn write(
    out: &Path,
    key_check: &str,
    paths: Vec<String>,
    mut findings: Vec<Entry>,
) -> anyhow::Result<()> {
    findings.sort();
    let stored = Stored {
        version: VERSION,
        key_check: key_check.to_string(),
        paths,
        findings,
    };
    let mut text = serde_json::to_string_pretty(&stored)?;
    text.push('\n');
    std::fs::write(out, text).map_err(|e| anyhow::anyhow!("baseline {}: {e}", out.display()))
}
