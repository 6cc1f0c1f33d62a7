//! Wires a raw scan (`scan --raw DISK_OR_IMAGE`, issue 20): one reader
//! thread reads the disk front to back and hashes every byte, the pool
//! scans its chunks in parallel, the single writer owns the report, and
//! the attestation is written last from what was read and found.
//!
//! The same pipeline as a file scan (DESIGN.md section 5): only the door
//! the bytes come in by differs.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use crossbeam_channel::bounded;

use super::{finish_run, halted, tally, write_event, ScanConfig};
use crate::attest;
use crate::detect::Engine;
use crate::findings::{self, DiskOwner, Keyring};
use crate::pipeline::{self, Event, RawScan, WorkerState};
use crate::progress::Counters;
use crate::report::{FileReport, Sink, Skipped, Summary};
use crate::signals;
use crate::source::fsmap::{self, Owner};
use crate::source::raw::{self, Reader};
use crate::vocab::{Kind, SkipReason};

/// What `scan --raw` reads and what it records.
#[derive(Debug, Clone)]
pub struct RawOptions {
    /// The block device or image file.
    pub target: PathBuf,
    /// Bytes each chunk owns (16 MiB; smaller in tests).
    pub chunk: u64,
    /// Where to write the attestation, if asked (`--attest`).
    pub attest: Option<AttestOptions>,
}

/// The attestation's options (`--attest`, `--sign-key`, `--operator`).
#[derive(Debug, Clone)]
pub struct AttestOptions {
    /// The record's file (never overwritten).
    pub path: PathBuf,
    /// Signs the record; `None`: unsigned.
    pub key: Option<Arc<attest::SigningKey>>,
    /// Who ran the scan, as they gave it.
    pub operator: Option<String>,
}

/// Bytes each chunk owns: large enough that the per-chunk work is noise,
/// small enough that a few in flight fit the memory target.
pub const DEFAULT_CHUNK: u64 = 16 << 20;

/// Runs a raw scan of `opts.target` into `sink`.
pub(super) fn run(
    cfg: &ScanConfig,
    opts: &RawOptions,
    engine: &Engine,
    keys: &Keyring,
    sink: &mut dyn Sink,
    progress: &Counters,
) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let started_at = crate::vocab::rfc3339(SystemTime::now());
    signals::install();
    super::bound_the_heap();
    if let Some(a) = &opts.attest {
        // Before hours of reading, not after.
        attest::check_writable(&a.path)?;
    }
    let target = raw::open(&opts.target)?;
    let pace = cfg.max_rate.map(crate::polite::Pace::new);
    let shared = super::shared(cfg, engine, keys, Vec::new(), pace.as_ref());
    // Context either side of a chunk: what a window of a file gets.
    let overlap = (engine.reach() * 2).max(4096) as u64;
    let mut reader = Reader::new(&target, opts.chunk.max(4 * overlap), overlap);
    // Names for what is found: the partitions and file systems the disk
    // holds, read first (metadata only, milliseconds for a laptop's
    // image of thousands of files).
    let map = fsmap::FsMap::read(&target.file, target.len);
    for note in map.notes() {
        if !cfg.progress.quiet {
            eprintln!("phiscan: {}: {note}", opts.target.display());
        }
    }
    let owner = |offset: u64| owner_of(&map, offset);
    let read_at = |offset: u64, len: usize| read_at(&target, offset, len);
    let run_end = |offset: u64| map.run_end(offset);
    let scan = RawScan::new(&opts.target, &owner, &run_end, &read_at);
    let threads = cfg.threads.max(1);
    // Chunks read and not yet scanned, each in its own buffer: the
    // reader runs ahead of the pool by at most this many.
    let in_flight = threads + 2;
    let (free_tx, free_rx) = bounded::<Vec<u8>>(in_flight);
    for _ in 0..in_flight {
        let _ = free_tx.send(Vec::new());
    }
    let (work_tx, work_rx) = bounded::<(raw::Chunk, Vec<u8>)>(in_flight);
    let (event_tx, event_rx) = bounded::<Vec<Event>>(64);
    let mut summary = Summary::empty(cfg.build.min_confidence);
    let mut write_error: Option<std::io::Error> = None;
    let mut image_counts: BTreeMap<Kind, u64> = BTreeMap::new();
    let mut image_unlisted = 0u64;
    let mut image_listed = 0u64;
    std::thread::scope(|s| -> anyhow::Result<()> {
        let (shared, scan, stop) = (&shared, &scan, &shared.stop);
        let reader = &mut reader;
        let read = s.spawn(move || {
            while !halted(stop) {
                let Ok(mut buf) = free_rx.recv() else { break };
                // `--max-rate`: the next chunk waits its turn.
                if let Some(pace) = shared.pace {
                    pace.charge(opts.chunk);
                }
                match reader.next_chunk(&mut buf) {
                    Some(chunk) => {
                        if work_tx.send((chunk, buf)).is_err() {
                            break;
                        }
                    }
                    None => break,
                }
            }
        });
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("phiscan-raw-{i}"))
            .build()?;
        let workers = s.spawn(move || {
            pool.scope(|ps| {
                for _ in 0..threads {
                    let (rx, tx, free) = (work_rx.clone(), event_tx.clone(), free_tx.clone());
                    ps.spawn(move |_| {
                        let mut st = WorkerState::new(shared.engine);
                        for (chunk, buf) in rx.iter() {
                            if !halted(&shared.stop) {
                                let events =
                                    pipeline::scan_chunk(shared, &mut st, &tx, scan, &buf, &chunk);
                                shared.send(&tx, events);
                            }
                            let _ = free.send(buf);
                        }
                    });
                }
            });
        });
        for batch in event_rx.iter() {
            tally(progress, &batch);
            for mut ev in batch {
                if write_error.is_some() {
                    continue;
                }
                if let Event::File(r) = &mut ev {
                    if r.inner.is_empty() {
                        // Workers admit findings against a shared count;
                        // two at once may pass the cap: held to it here.
                        let room = findings::MAX_LISTED.saturating_sub(image_listed) as usize;
                        if r.findings.len() > room {
                            // Counted in flight when sent: no longer.
                            let n = r.findings.len() - room;
                            shared.in_flight.fetch_sub(n, Ordering::AcqRel);
                            for f in r.findings.drain(room..) {
                                *r.unlisted.entry(f.kind).or_insert(0) += 1;
                            }
                        }
                        image_listed += r.findings.len() as u64;
                        for f in &r.findings {
                            *image_counts.entry(f.kind).or_insert(0) += 1;
                        }
                        for (&k, &n) in &r.unlisted {
                            *image_counts.entry(k).or_insert(0) += n;
                            image_unlisted += n;
                        }
                    }
                }
                // A carved object is deleted data, often cut short: what
                // its reader could not open is reported, but its bytes
                // were scanned as raw text all the same, so the scan
                // stays complete.
                let complete = summary.complete;
                let carved_skip = matches!(&ev, Event::Skipped(sk)
                    if sk.inner.first().is_some_and(|l| l.starts_with("carved ")));
                let written = write_event(&ev, &mut summary, sink, Some(&shared.in_flight));
                if carved_skip {
                    summary.complete = complete;
                }
                if let Err(e) = written {
                    shared.stop.store(true, Ordering::Relaxed);
                    write_error = Some(e);
                }
            }
        }
        let _ = workers.join();
        let _ = read.join();
        Ok(())
    })?;
    summary.files = 1;
    let shown = opts.target.display().to_string();
    let path_bytes = crate::report::path_bytes(&opts.target);
    // The disk's own unit: its text's findings went out in parts.
    let mut tail = Vec::new();
    if !image_counts.is_empty() {
        let health = scan.health.load(Ordering::Relaxed);
        tail.push(Event::File(FileReport {
            path: shown.clone(),
            path_bytes: path_bytes.clone(),
            inner: Vec::new(),
            findings: Vec::new(),
            verdict: findings::verdict(&image_counts, health),
            partial: false,
            counts: image_counts,
            unlisted: BTreeMap::new(),
            unlisted_total: image_unlisted,
        }));
    }
    // What could not be read is recorded, with its place on the disk.
    for e in &reader.errors {
        tail.push(Event::Skipped(Skipped {
            path: shown.clone(),
            path_bytes: path_bytes.clone(),
            inner: vec![format!("bytes {:#x}-{:#x}", e.offset, e.offset + e.len)],
            reason: SkipReason::Unreadable,
            detail: format!(
                "{}: {} bytes at offset {} could not be read (the scan read on past them)",
                e.error, e.len, e.offset
            ),
        }));
    }
    for ev in &tail {
        if write_error.is_none() {
            if let Err(e) = write_event(ev, &mut summary, sink, None) {
                write_error = Some(e);
            }
        }
    }
    let stopped_early = reader.bytes_read < target.len;
    if stopped_early {
        summary.complete = false;
    }
    let bytes_read = reader.bytes_read;
    let errors = std::mem::take(&mut reader.errors);
    let sha = reader.sha256();
    let summary = finish_run(cfg, shared, summary, None, write_error, sink, started)?;
    if let Some(a) = &opts.attest {
        let record = attest::Record {
            schema: attest::SCHEMA,
            tool: attest::Tool::current(attest::detector_set_id(engine)),
            target: attest::target(&opts.target, target.kind, target.len),
            sha256: hex(&sha),
            started: started_at,
            ended: crate::vocab::rfc3339(SystemTime::now()),
            bytes_read,
            read_errors: errors
                .iter()
                .map(|e| attest::ReadError {
                    offset: e.offset,
                    len: e.len,
                    error: e.error.clone(),
                })
                .collect(),
            complete: summary.complete,
            findings: summary.findings,
            by_kind: summary
                .by_kind
                .iter()
                .map(|(k, n)| (k.as_str().to_string(), *n))
                .collect(),
            verdict: summary
                .verdicts
                .keys()
                .max()
                .copied()
                .unwrap_or(findings::Verdict::Clean),
            operator: a.operator.clone(),
            host: attest::hostname(),
        };
        attest::write(&a.path, &record, a.key.as_deref())?;
        if !cfg.progress.quiet {
            let signed = match &a.key {
                Some(k) => format!("signed by {}", attest::fingerprint(&k.verifying_key())),
                None => "unsigned".to_string(),
            };
            eprintln!(
                "phiscan: attestation written to {} ({signed}); `phiscan attest show {}` prints it",
                a.path.display(),
                a.path.display()
            );
        }
    }
    Ok(summary)
}

/// Up to `len` bytes of the target at `offset` (fewer at its end or where
/// it cannot be read): carved objects that run past their chunk.
fn read_at(target: &raw::RawTarget, offset: u64, len: usize) -> Vec<u8> {
    use std::os::unix::fs::FileExt;
    let len = len.min(target.len.saturating_sub(offset) as usize);
    let mut out = vec![0u8; len];
    let mut done = 0;
    while done < len {
        match target.file.read_at(&mut out[done..], offset + done as u64) {
            Ok(0) | Err(_) => break,
            Ok(n) => done += n,
        }
    }
    out.truncate(done);
    out
}

/// The report's owner of a disk offset; `None` outside every file system
/// the map could read (the finding then has no `owner`).
fn owner_of(map: &fsmap::FsMap, offset: u64) -> Option<Arc<DiskOwner>> {
    let (fs, state, path, inode) = match map.owner(offset) {
        Owner::File {
            path,
            inode,
            deleted,
            fs,
        } => (
            fs,
            if deleted { "deleted" } else { "allocated" },
            Some(path.to_string()),
            Some(inode),
        ),
        Owner::Unallocated { fs } => (fs, "unallocated", None, None),
        Owner::Metadata { fs } => (fs, "metadata", None, None),
        Owner::Outside => return None,
    };
    Some(Arc::new(DiskOwner {
        fs,
        state,
        path,
        inode,
    }))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
