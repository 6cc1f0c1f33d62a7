//! One chunk of a raw disk through extract → detect → findings (`scan
//! --raw`): the text in its bytes (ASCII and UTF-16 runs, read as any
//! binary file's are) and the archives and documents carved out of it,
//! each finding placed by its byte offset on the disk.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use crossbeam_channel::Sender;

use super::{
    caught, detect_text, finish_text, scan_unit, Event, Outbox, Shared, Shown, WorkerState,
    GIVE_BACK_ABOVE,
};
use crate::extract::carve::{self, CarveLimits};
use crate::extract::container::{Budget, Unit};
use crate::extract::{Encoding, Known, Text};
use crate::findings::{DiskOwner, Finding, OnDisk, Position};
use crate::report::{FileReport, Skipped};
use crate::source::raw::Chunk;
use crate::vocab::Kind;

/// The file-system owner of a disk offset; `None` where none is known.
pub(crate) type OwnerOf<'a> = &'a (dyn Fn(u64) -> Option<Arc<DiskOwner>> + Sync);

/// Where the stretch of one owner that holds an offset ends.
pub(crate) type RunEnd<'a> = &'a (dyn Fn(u64) -> u64 + Sync);

/// Reads up to `len` disk bytes at an offset (fewer at the end or on an
/// error): a carved object may run past its chunk.
pub(crate) type ReadAt<'a> = &'a (dyn Fn(u64, usize) -> Vec<u8> + Sync);

/// What every chunk of one raw scan shares.
pub(crate) struct RawScan<'a> {
    shown: Shown,
    owner: OwnerOf<'a>,
    /// Where the stretch of disk with one owner that holds an offset ends
    /// (`u64::MAX` where nothing is known).
    run_end: RunEnd<'a>,
    read_at: ReadAt<'a>,
    /// Health terms were met in the disk's text (for its verdict).
    pub(crate) health: AtomicBool,
    /// Places in the bytes that looked like the start of an archive or
    /// document, and those that were one.
    pub(crate) carve_candidates: AtomicU64,
    pub(crate) carved: AtomicU64,
    /// Findings of the disk's own unit listed so far, by every worker: a
    /// unit lists at most [`crate::findings::MAX_LISTED`], and a dense
    /// disk's findings past it are counted without being built.
    listed: AtomicU64,
}

impl<'a> RawScan<'a> {
    /// The shared state of a raw scan of `path`.
    pub(crate) fn new(
        path: &Path,
        owner: OwnerOf<'a>,
        run_end: RunEnd<'a>,
        read_at: ReadAt<'a>,
    ) -> RawScan<'a> {
        RawScan {
            shown: Shown {
                text: path.display().to_string(),
                bytes: crate::report::path_bytes(path),
            },
            owner,
            run_end,
            read_at,
            health: AtomicBool::new(false),
            carve_candidates: AtomicU64::new(0),
            carved: AtomicU64::new(0),
            listed: AtomicU64::new(0),
        }
    }
}

/// Largest object carved, read past its chunk where needed: a clinic's
/// document or export, not a whole disk's worth of a damaged header.
const MAX_CARVED: u64 = 64 << 20;

/// Scans `buf`, the bytes of `chunk`: its text and its carved objects.
/// Findings whose value (or object) starts in the chunk's owned part are
/// reported, the rest belongs to a neighbour. Parts of the disk's own
/// unit go ahead on `tx`; the returned events close the chunk.
pub(crate) fn scan_chunk(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    tx: &Sender<Vec<Event>>,
    raw: &RawScan<'_>,
    buf: &[u8],
    chunk: &Chunk,
) -> Vec<Event> {
    let mut out = Outbox {
        tx,
        events: Vec::new(),
        dense: false,
        ahead: false,
        on_disk: None,
    };
    // A disk has no per-file time; a chunk's work is bounded by its size.
    st.deadline = None;
    let here = chunk.base + chunk.owned.start as u64;
    let text = std::panic::catch_unwind(AssertUnwindSafe(|| {
        scan_chunk_text(sh, st, &mut out, raw, buf, chunk)
    }));
    if let Err(payload) = text {
        st.scratch = sh.engine.scratch();
        let (reason, detail) = caught(
            payload.as_ref(),
            sh,
            "internal error while scanning this part of the disk (please report)",
        );
        out.push(Event::Skipped(Skipped {
            path: raw.shown.text.clone(),
            path_bytes: raw.shown.bytes.clone(),
            inner: vec![format!("bytes @ {here:#x}")],
            reason,
            detail,
        }));
    }
    carve_chunk(sh, st, &mut out, raw, buf, chunk);
    out.events.push(Event::Scanned {
        files: 0,
        bytes: chunk.owned.len() as u64,
    });
    if out.dense || st.grown_bytes() > GIVE_BACK_ABOVE {
        st.give_back(sh.engine);
    }
    out.events
}

/// The chunk's text, stretch by stretch of the disk (see
/// [`RawScan::run_end`]): a file's stretch is read as that file would be
/// (plain text, UTF-16 or binary, its tables' header rows read when the
/// stretch is whole in the buffer), so one file's text is never another's
/// context; free space and metadata as binary (printable ASCII and UTF-16
/// runs). Without a file-system map the chunk is one binary stretch.
fn scan_chunk_text(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    out: &mut Outbox,
    raw: &RawScan<'_>,
    buf: &[u8],
    chunk: &Chunk,
) {
    let mut found = Vec::new();
    let mut unlisted: BTreeMap<Kind, u64> = BTreeMap::new();
    let mut counts = BTreeMap::new();
    let mut health = false;
    let mut at = 0usize;
    while at < buf.len() && at < chunk.owned.end {
        let abs = chunk.base + at as u64;
        let end = ((raw.run_end)(abs).saturating_sub(chunk.base)).min(buf.len() as u64) as usize;
        let end = end.max(at + 1);
        let (start, stop) = (at, end);
        at = end;
        let part = start.max(chunk.owned.start)..stop.min(chunk.owned.end);
        if part.is_empty() {
            continue;
        }
        let owner = (raw.owner)(abs);
        let is_file = owner.as_ref().is_some_and(|o| o.path.is_some());
        let mut region = &buf[start..stop];
        let mut enc = Encoding::Binary;
        if is_file {
            // A file's last block ends in zeros past its size.
            let used = region.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
            region = &region[..used];
            enc = crate::extract::encoding(region);
        }
        let part = (part.start - start).min(region.len())..(part.end - start).min(region.len());
        if part.is_empty() {
            continue;
        }
        let whole = enc != Encoding::Binary
            && (start > 0 || chunk.base == 0)
            && (stop < buf.len() || chunk.base + buf.len() as u64 == (raw.run_end)(abs));
        let detected = detect_text(sh, st, region, enc, whole, false, Known::default(), part);
        let from = detected.owned_text.start;
        let text = match enc {
            Encoding::Text => Text {
                bytes: region,
                segments: &[],
            },
            _ => st.text.view(),
        };
        let mut pos = Position::default();
        let listed_before = raw.listed.load(Ordering::Relaxed);
        pos.listing.listed = listed_before;
        let base = chunk.base + start as u64;
        let mut flush = |f: &mut Vec<Finding>| {
            place(f, &text, from, base, &owner);
            out.part(sh, &raw.shown, &[], &mut counts, f);
        };
        let before = found.len();
        health |= finish_text(
            sh,
            (&raw.shown, &[][..]),
            &st.matches,
            text.bytes,
            detected,
            &mut pos,
            &mut found,
            &mut flush,
        );
        place(&mut found[before..], &text, from, base, &owner);
        raw.listed.fetch_add(
            pos.listing.listed.saturating_sub(listed_before),
            Ordering::Relaxed,
        );
        for (k, n) in pos.listing.take_unlisted() {
            *unlisted.entry(k).or_insert(0) += n;
        }
    }
    if health {
        raw.health.store(true, Ordering::Relaxed);
    }
    if found.is_empty() && unlisted.is_empty() {
        return;
    }
    let mut part_counts: BTreeMap<Kind, u64> = BTreeMap::new();
    for f in &found {
        *part_counts.entry(f.kind).or_insert(0) += 1;
    }
    out.push(Event::File(FileReport {
        path: raw.shown.text.clone(),
        path_bytes: raw.shown.bytes.clone(),
        inner: Vec::new(),
        findings: found,
        verdict: crate::findings::verdict(&part_counts, health),
        partial: true,
        counts: BTreeMap::new(),
        unlisted,
        unlisted_total: 0,
    }));
}

/// Turns findings' text offsets (relative to `from` in the chunk's
/// extracted `text`) into disk offsets: `start`/`end` are then bytes of
/// the disk, `line`/`column` 0 (a disk has no lines), and each carries
/// its [`OnDisk`] place and owner.
fn place(
    found: &mut [Finding],
    text: &Text<'_>,
    from: usize,
    base: u64,
    owner: &Option<Arc<DiskOwner>>,
) {
    for f in found {
        if f.disk.is_some() {
            continue;
        }
        let s = f.start as usize + from;
        let e = (f.end as usize + from).max(s + 1);
        let start = text.raw_of(s);
        let width = if e - s > 1 {
            text.raw_of(s + 1) - start
        } else {
            1
        };
        let end = text.raw_of(e - 1) + width.clamp(1, 2);
        let offset = base + start as u64;
        f.line = 0;
        f.column = 0;
        f.start = offset;
        f.end = base + end as u64;
        f.disk = Some(Box::new(OnDisk {
            offset,
            owner: owner.clone(),
        }));
    }
}

/// The archives, compressed streams and documents that start in the
/// chunk's owned part, opened under the scan's container limits; each
/// unit is reported with the chain `carved zip @ 0x…` › member.
fn carve_chunk(
    sh: &Shared<'_>,
    st: &mut WorkerState,
    out: &mut Outbox,
    raw: &RawScan<'_>,
    buf: &[u8],
    chunk: &Chunk,
) {
    let limits = CarveLimits {
        max_object: MAX_CARVED,
    };
    let mut budget = Budget::new(sh.archive, &sh.inflated);
    let stats = carve::carve(
        buf,
        chunk.owned.clone(),
        chunk.base,
        &limits,
        raw.read_at,
        &mut budget,
        &mut |unit: Unit<'_>| {
            let inner = match &unit {
                Unit::Text { inner, .. } | Unit::Skipped { inner, .. } => *inner,
            };
            out.on_disk = inner
                .first()
                .and_then(|l| carved_offset(l))
                .map(|offset| OnDisk {
                    offset,
                    owner: (raw.owner)(offset),
                });
            scan_unit(sh, st, &raw.shown, unit, out);
            out.on_disk = None;
        },
    );
    raw.carve_candidates
        .fetch_add(stats.candidates, Ordering::Relaxed);
    raw.carved.fetch_add(stats.carved, Ordering::Relaxed);
}

/// The disk offset in a carved object's label (`carved zip @ 0x1a2b000`).
fn carved_offset(label: &str) -> Option<u64> {
    let hex = label.rsplit_once("@ 0x")?.1;
    u64::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carved_label_names_its_offset() {
        assert_eq!(carved_offset("carved zip @ 0x1a2b000"), Some(0x1a2b000));
        assert_eq!(carved_offset("word/document.xml"), None);
    }
}
