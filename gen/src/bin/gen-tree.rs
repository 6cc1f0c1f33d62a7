//! Deterministic generator of realistic trees for the end-to-end
//! benchmark (`benches/compare.sh`).
//!
//! Real file shares are mostly not PHI, so about 90% of the text bytes are
//! negative (prose, source code, logs, CSV invoices) and about 10% are
//! clinical notes carrying synthetic SSNs, MRNs, ICD-10 codes, names and
//! dates of birth. By default 8% of the bytes on disk are containers:
//! zip archives (text files and Office documents inside) and Office
//! documents (`.docx`, `.xlsx`), about a third of them clinical, so a
//! scanner has to inflate and parse to find what is in them.
//!
//! ```text
//! gen-tree --out DIR --size-mb N [--seed S] [--office-pct P] [--threads T]
//! gen-tree --out DIR --files N (--file-kb LO-HI | --size-mb N) [--office-pct P]
//! gen-tree --out DIR --size-mb N --one-file NAME
//! ```
//!
//! Without `--files`, files are written until the total reaches the size
//! (in MiB); with it, exactly N files, of a size uniform in LO..=HI KiB
//! (`--file-kb`) or of about `size / N` bytes. `--one-file` writes a
//! single text file of at least the size, the text kinds mixed in blocks.
//!
//! The same arguments always give the same bytes, whatever the thread
//! count: a sequential planner draws every file's kind, size, place and
//! seed, and each file's content depends on its own seed only. The PRNG
//! is the generators' splitmix64 (`phiscan_gen::rng`) so the text never
//! changes with a dependency upgrade; compressed bytes (zip, docx, xlsx)
//! come from the shared zip writer (`phiscan_gen::archive`) and are
//! stable for a given `Cargo.lock`.

use std::collections::HashMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use phiscan_gen::archive::{DateTime, Zip};
use phiscan_gen::office::{
    content_types, esc_into as xml_escape, relationships, workbook_rels, xlsx_content_types, REL,
    REL_CORE,
};
use phiscan_gen::rng::Rng;

/// Parsed command line.
struct Args {
    out: PathBuf,
    size_mb: Option<u64>,
    seed: u64,
    files: Option<u64>,
    file_kb: Option<(u64, u64)>,
    office_pct: u64,
    one_file: Option<String>,
    threads: usize,
}

const USAGE: &str = "\
usage: gen-tree --out DIR --size-mb N [--seed S] [--office-pct P] [--threads T]
       gen-tree --out DIR --files N (--file-kb LO-HI | --size-mb N) [--office-pct P]
       gen-tree --out DIR --size-mb N --one-file NAME
  --size-mb     total size in MiB (2^20 bytes)
  --seed        PRNG seed (default 1); same arguments, same bytes
  --files       write exactly this many files (of about size/N each
                unless --file-kb)
  --file-kb     file sizes uniform in LO..=HI KiB, e.g. 1-8
  --office-pct  share of bytes in zips, .docx and .xlsx (default 8; 0-50)
  --one-file    write one text file DIR/NAME of at least --size-mb
  --threads     generator threads (default: all CPUs); never changes output";

fn parse_args() -> Result<Args, String> {
    let mut out = None;
    let mut size_mb = None;
    let mut seed = None;
    let mut files = None;
    let mut file_kb = None;
    let mut office_pct = None;
    let mut one_file = None;
    let mut threads = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let num = |v: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {value}"))
        };
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(&value)),
            "--size-mb" => size_mb = Some(num(&value)?),
            "--seed" => seed = Some(num(&value)?),
            "--files" => files = Some(num(&value)?.max(1)),
            "--file-kb" => {
                let (lo, hi) = value
                    .split_once('-')
                    .ok_or_else(|| format!("--file-kb: want LO-HI, got {value}"))?;
                let (lo, hi) = (num(lo)?, num(hi)?);
                if lo == 0 || lo > hi {
                    return Err(format!("--file-kb: want 1 <= LO <= HI, got {value}"));
                }
                file_kb = Some((lo, hi));
            }
            "--office-pct" => office_pct = Some(num(&value)?),
            "--one-file" => one_file = Some(value.clone()),
            "--threads" => threads = Some(num(&value)?.max(1) as usize),
            _ => return Err(format!("unknown flag {flag}\n{USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("--out is required\n{USAGE}"))?;
    if one_file.is_some() && (files.is_some() || file_kb.is_some() || office_pct.is_some()) {
        return Err(format!(
            "--one-file takes only --size-mb and --seed\n{USAGE}"
        ));
    }
    if let Some(name) = &one_file {
        if name.is_empty() || name.contains('/') {
            return Err(format!("--one-file: a plain file name, got {name:?}"));
        }
    }
    match (files, file_kb, size_mb) {
        (Some(_), Some(_), Some(_)) => {
            return Err(format!(
                "--size-mb has no effect with --files and --file-kb; give one\n{USAGE}"
            ))
        }
        (Some(_), Some(_), None) => {}
        (_, _, None) => return Err(format!("--size-mb is required\n{USAGE}")),
        _ => {}
    }
    let office_pct = office_pct.unwrap_or(8);
    if office_pct > 50 {
        return Err(format!("--office-pct: at most 50, got {office_pct}"));
    }
    let threads =
        threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    Ok(Args {
        out,
        size_mb,
        seed: seed.unwrap_or(1),
        files,
        file_kb,
        office_pct,
        one_file,
        threads,
    })
}

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let result = match &args.one_file {
        Some(name) => one_file(&args, name),
        None => generate(&args),
    };
    match result {
        Ok(stats) => {
            stats.print(&args.out);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-tree: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What a file holds. Clinical notes are the only positive text kind.
#[derive(Clone, Copy)]
enum TextKind {
    Clinical,
    Prose,
    Code,
    Log,
    Csv,
}

/// Share of text files per kind. Clinical files are ~10% of text bytes;
/// their sizes follow the same distribution as the rest.
const KIND_WEIGHTS: [(TextKind, u64); 5] = [
    (TextKind::Clinical, 10),
    (TextKind::Prose, 25),
    (TextKind::Code, 25),
    (TextKind::Log, 20),
    (TextKind::Csv, 20),
];

fn pick_kind(rng: &Rng) -> TextKind {
    let total: u64 = KIND_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut r = rng.below(total as usize) as u64;
    for (kind, w) in KIND_WEIGHTS {
        if r < w {
            return kind;
        }
        r -= w;
    }
    TextKind::Prose
}

/// What a planned file is: a text kind or a container.
#[derive(Clone, Copy)]
enum Class {
    Text(TextKind),
    Zip,
    Docx,
    Xlsx,
}

/// Containers and their share of `--office-pct`: half the container
/// bytes in zips, a quarter each in .docx and .xlsx.
const CONTAINERS: [(Class, f64); 3] = [(Class::Zip, 0.5), (Class::Docx, 0.25), (Class::Xlsx, 0.25)];

/// One file the planner decided on; its content depends on `seed` only.
struct Plan {
    dir: usize,
    class: Class,
    /// Wanted size on disk (text: content bytes; containers: zip bytes).
    size: usize,
    /// Cut a text file to exactly `size` (`--file-kb`); otherwise its
    /// last record may run past it.
    exact: bool,
    seed: u64,
}

/// Draws the files' kinds, sizes, places and seeds, in order, from one
/// generator: the only sequential part of generation.
struct Planner {
    rng: Rng,
    ndirs: usize,
    files: Option<u64>,
    file_kb: Option<(u64, u64)>,
    /// Mean size with `--files` and no `--file-kb`.
    per_file: Option<usize>,
    office: f64,
    planned: u64,
    planned_class: [u64; 3],
    count: u64,
}

impl Planner {
    fn next(&mut self) -> Option<Plan> {
        if self.files.is_some_and(|n| self.count >= n) {
            return None;
        }
        // Byte budget: the container class furthest behind its share of
        // the bytes planned so far comes next; otherwise a text file.
        let mut class = None;
        let mut worst = 0.0;
        for (i, (c, share)) in CONTAINERS.iter().enumerate() {
            let deficit = self.office * share * self.planned as f64 - self.planned_class[i] as f64;
            if deficit > worst {
                worst = deficit;
                class = Some((i, *c));
            }
        }
        let rng = &self.rng;
        let class_kind = match class {
            Some((_, c)) => c,
            None => Class::Text(pick_kind(rng)),
        };
        let size = match (self.file_kb, self.per_file) {
            (Some((lo, hi)), _) => {
                (lo << 10) as usize + rng.below((((hi - lo) << 10) + 1) as usize)
            }
            // Jitter ±50% around the mean so files are not all alike.
            (None, Some(avg)) => ((avg as f64) * (0.5 + rng.unit())) as usize,
            (None, None) => match class_kind {
                // Archives are larger than loose files.
                Class::Zip => rng.log_uniform(64.0 * 1024.0, 4096.0 * 1024.0),
                _ => file_size(rng),
            },
        }
        .max(64);
        let dir = rng.below(self.ndirs);
        let seed = rng.next_u64();
        self.planned += size as u64;
        if let Some((i, _)) = class {
            self.planned_class[i] += size as u64;
        }
        self.count += 1;
        Some(Plan {
            dir,
            class: class_kind,
            size,
            exact: self.file_kb.is_some(),
            seed,
        })
    }
}

/// Files and bytes written, by class, for the closing report.
#[derive(Default)]
struct Stats {
    files: u64,
    bytes: u64,
    /// text, clinical text, zip, docx, xlsx
    by: [(u64, u64); 5],
}

impl Stats {
    fn add(&mut self, slot: usize, bytes: u64) {
        self.files += 1;
        self.bytes += bytes;
        self.by[slot].0 += 1;
        self.by[slot].1 += bytes;
    }

    fn print(&self, out: &Path) {
        println!(
            "wrote {} files, {} bytes ({:.1} MiB) under {}",
            self.files,
            self.bytes,
            self.bytes as f64 / (1 << 20) as f64,
            out.display()
        );
        let pct = |b: u64| 100.0 * b as f64 / self.bytes.max(1) as f64;
        let parts: Vec<String> = ["text", "clinical text", "zip", "docx", "xlsx"]
            .iter()
            .zip(self.by)
            .filter(|(_, (n, _))| *n > 0)
            .map(|(name, (n, b))| format!("{name} {:.1}% ({n} files)", pct(b)))
            .collect();
        println!("bytes by kind: {}", parts.join(", "));
    }
}

/// Runs `f(0..n)` on up to `threads` threads; results in index order.
fn par_map<T: Send>(n: usize, threads: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::with_capacity(n));
    std::thread::scope(|s| {
        for _ in 0..threads.clamp(1, n.max(1)) {
            s.spawn(|| {
                let mut local = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    local.push((i, f(i)));
                }
                done.lock().expect("no worker panicked").extend(local);
            });
        }
    });
    let mut done = done.into_inner().expect("no worker panicked");
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, v)| v).collect()
}

/// Refuses a non-empty output directory so a stale tree is never
/// silently mixed in, then creates it.
fn fresh_dir(out: &Path) -> io::Result<()> {
    if out.exists() && fs::read_dir(out)?.next().is_some() {
        return Err(io::Error::other(format!(
            "{} exists and is not empty; remove it first",
            out.display()
        )));
    }
    fs::create_dir_all(out)
}

/// Files planned per batch: enough to keep every thread busy, few
/// enough that little is thrown away after the last one.
const BATCH: usize = 512;

/// Writes the tree; returns what was written.
fn generate(args: &Args) -> io::Result<Stats> {
    fresh_dir(&args.out)?;
    let rng = Rng::from_state(args.seed ^ 0x5048_4953_4341_4E00);
    let target = args.size_mb.unwrap_or(0).saturating_mul(1 << 20);
    let expected_files = match args.files {
        Some(n) => n,
        None => (target / 20_000).max(1),
    };
    let dirs = make_dirs(&rng, &args.out, expected_files)?;
    let per_file = match (args.files, args.file_kb) {
        (Some(n), None) => Some((target / n).max(1) as usize),
        _ => None,
    };
    let mut planner = Planner {
        rng,
        ndirs: dirs.len(),
        files: args.files,
        file_kb: args.file_kb,
        per_file,
        office: args.office_pct as f64 / 100.0,
        planned: 0,
        planned_class: [0; 3],
        count: 0,
    };
    let mut stats = Stats::default();
    let done = |stats: &Stats| args.files.is_none() && stats.bytes >= target;
    while !done(&stats) {
        let plans: Vec<Plan> = (0..BATCH).map_while(|_| planner.next()).collect();
        if plans.is_empty() {
            break;
        }
        // Workers render and write; names number files in plan order.
        let first = stats.files;
        let written = par_map(plans.len(), args.threads, |i| {
            let plan = &plans[i];
            let (buf, stem, ext, slot) = render(plan)?;
            let path = dirs[plan.dir].join(format!("{stem}_{:06}.{ext}", first + i as u64));
            fs::write(&path, &buf)?;
            io::Result::Ok((path, buf.len() as u64, slot))
        });
        for w in written {
            let (path, len, slot) = w?;
            // Without --files, the tree ends with the first file that
            // reaches the size (a prefix of the plan, so deterministic);
            // the rest of the batch goes.
            if done(&stats) {
                fs::remove_file(path)?;
            } else {
                stats.add(slot, len);
            }
        }
    }
    Ok(stats)
}

/// Renders one planned file: its bytes, name stem, extension and stats
/// slot. The stem fits the content (a roster is not named `invoices`).
fn render(plan: &Plan) -> io::Result<(Vec<u8>, &'static str, &'static str, usize)> {
    let rng = Rng::from_state(plan.seed);
    Ok(match plan.class {
        Class::Text(kind) => {
            let mut buf = Vec::with_capacity(plan.size + 4096);
            let ext = text_body(kind, &rng, &mut buf, plan.size);
            if plan.exact {
                cut(&mut buf, plan.size);
            }
            let slot = if matches!(kind, TextKind::Clinical) {
                1
            } else {
                0
            };
            (buf, rng.pick(stems(plan.class, false)), ext, slot)
        }
        Class::Zip => {
            let buf = zip_file(&rng, plan.size);
            (buf, rng.pick(stems(plan.class, false)), "zip", 2)
        }
        Class::Docx => {
            let (buf, clinical) = docx(&rng, plan.size);
            (buf, rng.pick(stems(plan.class, clinical)), "docx", 3)
        }
        Class::Xlsx => {
            let (buf, clinical) = xlsx(&rng, plan.size);
            (buf, rng.pick(stems(plan.class, clinical)), "xlsx", 4)
        }
    })
}

/// Cuts text longer than `size` to exactly `size` bytes, the last one a
/// newline, never inside a UTF-8 character.
fn cut(buf: &mut Vec<u8>, size: usize) {
    if buf.len() <= size || size == 0 {
        return;
    }
    let mut end = size - 1;
    while end > 0 && buf[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    buf.truncate(end);
    buf.resize(size - 1, b' ');
    buf.push(b'\n');
}

/// Appends text of `kind` until `buf` holds `end` bytes; returns the
/// extension a file of it would have.
fn text_body(kind: TextKind, rng: &Rng, buf: &mut Vec<u8>, end: usize) -> &'static str {
    match kind {
        TextKind::Clinical => clinical(rng, buf, end),
        TextKind::Prose => prose_file(rng, buf, end),
        TextKind::Code => code(rng, buf, end),
        TextKind::Log => log(rng, buf, end),
        TextKind::Csv => csv(rng, buf, end),
    }
}

/// Bytes of one block of `--one-file` text, rendered in parallel.
const CHUNK: usize = 4 << 20;

/// Writes one text file of at least the size: 4 MiB chunks, each a run
/// of blocks (1-64 KiB, the text kinds mixed as in a tree), each chunk
/// seeded by its index. Ends at the first newline past the size.
fn one_file(args: &Args, name: &str) -> io::Result<Stats> {
    fresh_dir(&args.out)?;
    let target = args.size_mb.unwrap_or(0).saturating_mul(1 << 20).max(1) as usize;
    let seed = args.seed ^ 0x4C41_5247_4546_494C;
    let mut out = BufWriter::with_capacity(1 << 20, fs::File::create(args.out.join(name))?);
    let mut written = 0usize;
    let mut clinical_bytes = 0u64;
    let per_batch = args.threads * 4;
    let mut next = 0u64;
    'outer: loop {
        let chunks = par_map(per_batch, args.threads, |i| {
            let rng = Rng::derive(seed, next + i as u64);
            let mut buf = Vec::with_capacity(CHUNK + (64 << 10));
            let mut clinical_bytes = 0;
            while buf.len() < CHUNK {
                let kind = pick_kind(&rng);
                let start = buf.len();
                let size = rng.log_uniform(1024.0, 64.0 * 1024.0);
                text_body(kind, &rng, &mut buf, start + size);
                if !buf.ends_with(b"\n") {
                    buf.push(b'\n');
                }
                if matches!(kind, TextKind::Clinical) {
                    clinical_bytes += (buf.len() - start) as u64;
                }
            }
            (buf, clinical_bytes)
        });
        next += per_batch as u64;
        for (buf, clinical) in chunks {
            if written + buf.len() >= target {
                let cut = memchr::memchr(b'\n', &buf[target - written..])
                    .map_or(buf.len(), |p| target - written + p + 1);
                out.write_all(&buf[..cut])?;
                written += cut;
                clinical_bytes += clinical * cut as u64 / buf.len() as u64;
                break 'outer;
            }
            out.write_all(&buf)?;
            written += buf.len();
            clinical_bytes += clinical;
        }
    }
    out.into_inner().map_err(|e| e.into_error())?.sync_data()?;
    let mut stats = Stats {
        files: 1,
        bytes: written as u64,
        ..Stats::default()
    };
    stats.by[0] = (1, written as u64 - clinical_bytes);
    stats.by[1] = (1, clinical_bytes);
    Ok(stats)
}

/// Mostly 1-64 KiB, log-uniform (many small files, a few large ones as
/// on real shares), with 3% of files 64-512 KiB.
fn file_size(rng: &Rng) -> usize {
    if rng.chance(0.03) {
        rng.log_uniform(64.0 * 1024.0, 512.0 * 1024.0)
    } else {
        rng.log_uniform(1024.0, 64.0 * 1024.0)
    }
}

/// Builds a nested directory set (depth 1-4) sized to about 25 files
/// per directory, and returns every directory files may go in.
fn make_dirs(rng: &Rng, root: &Path, files: u64) -> io::Result<Vec<PathBuf>> {
    const TOP: &[&str] = &[
        "Clinical",
        "Finance",
        "Engineering",
        "Operations",
        "HR",
        "Shared",
        "Archive",
        "Research",
    ];
    const SUB: &[&str] = &[
        "2019", "2020", "2021", "2022", "2023", "2024", "reports", "exports", "drafts", "old",
        "q1", "q2", "q3", "q4", "team", "projects", "misc", "backup", "inbox", "scans", "src",
        "logs", "notes", "billing", "intake", "final",
    ];
    let want = (files / 25).clamp(4, 20_000) as usize;
    let mut dirs: Vec<PathBuf> = TOP.iter().map(|t| root.join(t)).collect();
    let mut n = 0usize;
    while dirs.len() < want {
        let parent = dirs[rng.below(dirs.len())].clone();
        let depth = parent
            .strip_prefix(root)
            .map_or(0, |p| p.components().count());
        if depth >= 4 {
            continue;
        }
        n += 1;
        dirs.push(parent.join(format!("{}-{n}", rng.pick(SUB))));
    }
    for d in &dirs {
        fs::create_dir_all(d)?;
    }
    Ok(dirs)
}

/// File name stems for a class; for Office documents, by whether the
/// content is clinical.
fn stems(class: Class, clinical: bool) -> &'static [&'static str] {
    match (class, clinical) {
        (Class::Text(TextKind::Clinical), _) => &[
            "note",
            "visit",
            "discharge_summary",
            "intake",
            "referral",
            "chart",
        ],
        (Class::Text(TextKind::Prose), _) => &[
            "readme", "minutes", "memo", "draft", "report", "notes", "letter",
        ],
        (Class::Text(TextKind::Code), _) => &[
            "main", "util", "handler", "model", "parser", "service", "client",
        ],
        (Class::Text(TextKind::Log), _) => &["app", "access", "worker", "sync", "audit", "server"],
        (Class::Text(TextKind::Csv), _) => &[
            "invoices",
            "orders",
            "export",
            "ledger",
            "payments",
            "shipments",
        ],
        (Class::Zip, _) => &[
            "export",
            "archive",
            "backup",
            "records",
            "attachments",
            "transfer",
        ],
        (Class::Docx, true) => &[
            "referral_letter",
            "discharge_summary",
            "visit_note",
            "intake",
            "consult",
        ],
        (Class::Docx, false) => &["letter", "memo", "report", "minutes", "proposal", "policy"],
        (Class::Xlsx, true) => &["roster", "patients", "census", "clinic_list", "followups"],
        (Class::Xlsx, false) => &["invoices", "orders", "budget", "tracker", "ledger"],
    }
}

// ---------------------------------------------------------------------
// Containers: zip archives and Office Open XML packages (a docx or xlsx
// is a zip of XML parts). Written with the `zip` crate at a fixed
// timestamp so the bytes are reproducible.

/// A zip of `parts` (name, bytes), in order, deflated, dated like every
/// archive here.
fn package(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip_at_fixed_time();
    for (name, bytes) in parts {
        zip.file(name, bytes, true);
    }
    zip.finish()
}

/// An empty zip whose entries carry the tree's one timestamp.
fn zip_at_fixed_time() -> Zip {
    Zip::at(DateTime::from_date_and_time(2023, 5, 4, 10, 30, 0).expect("a valid date"))
}

/// A zip archive of about `size` bytes on disk: text files of every kind
/// (clinical ones among them) and some .docx and .xlsx, in one folder.
fn zip_file(rng: &Rng, size: usize) -> Vec<u8> {
    const FOLDERS: &[&str] = &[
        "export",
        "2022",
        "2023",
        "records",
        "old_share",
        "transfer",
        "backup",
    ];
    let folder = rng.pick(FOLDERS);
    let mut zip = zip_at_fixed_time();
    let mut body = Vec::new();
    let mut i = 0;
    // The position lags the deflater by what it buffers, so the archive
    // overshoots by about a member; sizes are nominal anyway.
    while zip.written() < size as u64 {
        body.clear();
        let member = file_size(rng).min(size.max(1024));
        let (stem, ext) = match rng.below(20) {
            0 | 1 => {
                let clinical;
                (body, clinical) = docx(rng, member / 3);
                (rng.pick(stems(Class::Docx, clinical)), "docx")
            }
            2 => {
                let clinical;
                (body, clinical) = xlsx(rng, member / 3);
                (rng.pick(stems(Class::Xlsx, clinical)), "xlsx")
            }
            _ => {
                let kind = pick_kind(rng);
                let ext = text_body(kind, rng, &mut body, member);
                (rng.pick(stems(Class::Text(kind), false)), ext)
            }
        };
        zip.file(&format!("{folder}/{stem}_{i:04}.{ext}"), &body, true);
        i += 1;
    }
    zip.finish()
}

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// `_rels/.rels`: the main part and the core properties.
fn package_rels(main: &str) -> String {
    relationships(
        XML_DECL,
        1,
        &[
            (&format!("{REL}/officeDocument"), main),
            (REL_CORE, "docProps/core.xml"),
        ],
    )
}

fn core_props(title: &str, creator: &str) -> String {
    let mut s = format!(
        "{XML_DECL}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
    );
    xml_escape(&mut s, title);
    s.push_str("</dc:title><dc:creator>");
    xml_escape(&mut s, creator);
    s.push_str(
        "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-05-04T10:30:00Z\
         </dcterms:created></cp:coreProperties>",
    );
    s
}

const CT_CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";

/// Text per byte of .docx on disk beyond its fixed parts, and the
/// size of those parts zipped: fitted on this generator's output, so a
/// document comes out about the planned size.
const DOCX_TEXT_PER_BYTE: f64 = 3.5;
const DOCX_FIXED: usize = 2500;
/// Rows' text per byte of .xlsx on disk, and its fixed part, likewise.
const XLSX_TEXT_PER_BYTE: f64 = 1.5;
const XLSX_FIXED: usize = 3100;

/// A Word document of about `size` bytes: a clinical note (about a third
/// of them) or a memo, one paragraph per line, a `Label:` in a bold run
/// of its own as Word writes it.
fn docx(rng: &Rng, size: usize) -> (Vec<u8>, bool) {
    let is_clinical = rng.chance(0.35);
    let want = (size.saturating_sub(DOCX_FIXED).max(512) as f64 * DOCX_TEXT_PER_BYTE) as usize;
    let mut text = Vec::with_capacity(want + 4096);
    if is_clinical {
        clinical(rng, &mut text, want);
    } else {
        prose_file(rng, &mut text, want);
    }
    let text = String::from_utf8(text).expect("generated text is UTF-8");
    let mut doc = String::with_capacity(text.len() * 2);
    doc.push_str(XML_DECL);
    doc.push_str(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
    );
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            doc.push_str("<w:p/>");
            continue;
        }
        doc.push_str("<w:p>");
        let rest = match line.split_once(": ") {
            Some((label, rest)) if label.len() <= 24 => {
                doc.push_str("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">");
                xml_escape(&mut doc, label);
                doc.push_str(":</w:t></w:r>");
                doc.push_str("<w:r><w:t xml:space=\"preserve\"> ");
                rest
            }
            _ => {
                doc.push_str("<w:r><w:t xml:space=\"preserve\">");
                line
            }
        };
        xml_escape(&mut doc, rest);
        doc.push_str("</w:t></w:r></w:p>");
    }
    doc.push_str("<w:sectPr/></w:body></w:document>");
    let types = content_types(
        XML_DECL,
        &[
            (
                "/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            ),
            ("/docProps/core.xml", CT_CORE),
        ],
    );
    let title = text.lines().next().unwrap_or("Document");
    let core = core_props(title, "Front Office");
    let bytes = package(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", package_rels("word/document.xml").as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
    ]);
    (bytes, is_clinical)
}

/// A workbook of about `size` bytes with one sheet: a patient roster
/// (about a third of them) or invoices. Text cells go through shared
/// strings, numbers are numeric cells, as Excel writes them.
fn xlsx(rng: &Rng, size: usize) -> (Vec<u8>, bool) {
    let is_clinical = rng.chance(0.35);
    let want = (size.saturating_sub(XLSX_FIXED).max(512) as f64 * XLSX_TEXT_PER_BYTE) as usize;
    let (sheet_name, header): (&str, &[&str]) = if is_clinical {
        (
            "Patients",
            &[
                "Patient Name",
                "DOB",
                "MRN",
                "SSN",
                "Visit Date",
                "Dx Code",
                "Diagnosis",
                "Attending",
            ],
        )
    } else {
        ("Invoices", INVOICE_HEADER)
    };
    let mut strings: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut refs = 0usize;
    let mut intern = |s: &str| -> usize {
        refs += 1;
        if let Some(&i) = index.get(s) {
            return i;
        }
        strings.push(s.to_string());
        index.insert(s.to_string(), strings.len() - 1);
        strings.len() - 1
    };
    let mut sheet = String::with_capacity(want * 3);
    sheet.push_str(XML_DECL);
    sheet.push_str(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    let mut row_cells: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut text_len = 0usize;
    let mut r = 1usize;
    loop {
        sheet.push_str(&format!("<row r=\"{r}\">"));
        for (c, cell) in row_cells.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            text_len += cell.len() + 1;
            // Amounts and quantities are numbers; a roster keeps every
            // cell as text (MRNs keep their leading zeros), as exports do.
            let numeric = r > 1
                && !is_clinical
                && !cell.starts_with('0')
                && !cell.is_empty()
                && cell.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if numeric {
                sheet.push_str(&format!("<c r=\"{col}{r}\"><v>{cell}</v></c>"));
            } else {
                let i = intern(cell);
                sheet.push_str(&format!("<c r=\"{col}{r}\" t=\"s\"><v>{i}</v></c>"));
            }
        }
        sheet.push_str("</row>");
        if text_len >= want {
            break;
        }
        r += 1;
        row_cells = if is_clinical {
            roster_row(rng)
        } else {
            invoice_row(rng)
        };
    }
    sheet.push_str("</sheetData></worksheet>");
    let mut sst = format!(
        "{XML_DECL}<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
         count=\"{refs}\" uniqueCount=\"{}\">",
        strings.len()
    );
    for s in &strings {
        sst.push_str("<si><t xml:space=\"preserve\">");
        xml_escape(&mut sst, s);
        sst.push_str("</t></si>");
    }
    sst.push_str("</sst>");
    let workbook = format!(
        "{XML_DECL}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <sheets><sheet name=\"{sheet_name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    );
    let workbook_rels = workbook_rels(XML_DECL);
    let types = xlsx_content_types(XML_DECL, &[("/docProps/core.xml", CT_CORE)]);
    let core = core_props(sheet_name, "Billing Office");
    let bytes = package(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", package_rels("xl/workbook.xml").as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", workbook_rels.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/sharedStrings.xml", sst.as_bytes()),
    ]);
    (bytes, is_clinical)
}

/// One roster row: name, DOB, MRN, SSN, visit date, Dx code and title,
/// attending physician.
fn roster_row(rng: &Rng) -> Vec<String> {
    let (code, title) = *rng.pick_ref(ICD10);
    vec![
        format!("{} {}", rng.pick(first_names()), rng.pick(last_names())),
        us_date(rng, (1930, 2015)),
        format!("{:08}", rng.range(1, 99_999_999)),
        ssn(rng),
        us_date(rng, (2018, 2025)),
        code.to_string(),
        title.to_string(),
        format!("Dr. {}", rng.pick(last_names())),
    ]
}

// ---------------------------------------------------------------------
// Vocabulary. All names and numbers are synthetic.

const WORDS_TEXT: &str = "\
    the of and to in a is that for it as was with be by on not this are or from at which but \
    have an they more were been has their all would will there can about other some time \
    these could into than only new after also project team meeting quarter budget review \
    proposal schedule vendor contract delivery customer support release feature policy \
    process office building training report summary agenda action item follow update status \
    plan risk issue approval deadline market growth revenue cost estimate forecast analysis \
    result design system network server storage migration backup security access account \
    service request response change window weekend morning afternoon committee board member \
    draft final version document section page table figure appendix reference note river \
    garden mountain weather travel lunch coffee parking lobby elevator printer laptop \
    monitor keyboard license renewal invoice shipment warehouse inventory supplier quality \
    audit compliance strategy roadmap milestone launch pilot feedback survey workshop \
    quickly carefully already probably usually clearly together again good large small early \
    late important available current open closed pending approved expected required several \
    different same discuss agree prepare send receive confirm check share move finish start \
    support improve reduce increase include provide naïve café résumé façade";

const FIRST_TEXT: &str = "\
    James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara \
    Richard Susan Joseph Jessica Thomas Sarah Charles Karen Maria Daniel Nancy Matthew Lisa \
    Anthony Betty Mark Margaret Donald Sandra Steven Ashley Paul Kimberly Andrew Emily \
    Joshua Donna Kenneth Michelle Kevin Carol Luis";

const LAST_TEXT: &str = "\
    Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez \
    Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson \
    White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott \
    Torres Nguyen Hill Flores Green Adams Nelson Baker";

/// Splits a word list once; lists are kept as text so rustfmt does not
/// put every word on its own line.
fn split_list(
    cell: &'static OnceLock<Vec<&'static str>>,
    text: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| text.split_whitespace().collect())
}

fn words() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    split_list(&CELL, WORDS_TEXT)
}

fn first_names() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    split_list(&CELL, FIRST_TEXT)
}

fn last_names() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    split_list(&CELL, LAST_TEXT)
}

/// Real ICD-10-CM codes with their titles, so "Dx:" lines validate.
const ICD10: &[(&str, &str)] = &[
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("I10", "Essential (primary) hypertension"),
    ("J45.909", "Unspecified asthma, uncomplicated"),
    (
        "F32.9",
        "Major depressive disorder, single episode, unspecified",
    ),
    ("M54.50", "Low back pain, unspecified"),
    ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
    (
        "K21.9",
        "Gastro-esophageal reflux disease without esophagitis",
    ),
    ("Z00.00", "Encounter for general adult medical examination"),
    ("R07.9", "Chest pain, unspecified"),
    ("J18.9", "Pneumonia, unspecified organism"),
    ("E78.5", "Hyperlipidemia, unspecified"),
    ("F41.1", "Generalized anxiety disorder"),
    ("G43.909", "Migraine, unspecified, not intractable"),
    (
        "I25.10",
        "Atherosclerotic heart disease of native coronary artery",
    ),
    (
        "S72.001A",
        "Fracture of unspecified part of neck of right femur",
    ),
    ("E66.01", "Morbid (severe) obesity due to excess calories"),
    (
        "J44.9",
        "Chronic obstructive pulmonary disease, unspecified",
    ),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("F17.210", "Nicotine dependence, cigarettes, uncomplicated"),
    ("I48.0", "Paroxysmal atrial fibrillation"),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("M17.9", "Osteoarthritis of knee, unspecified"),
    ("R51.9", "Headache, unspecified"),
    ("L40.9", "Psoriasis, unspecified"),
];

const CLINICAL_SENTENCES: &[&str] = &[
    "Patient reports intermittent symptoms over the past two weeks.",
    "Denies fever, chills, nausea or vomiting.",
    "Blood pressure remains above goal despite current medications.",
    "Hemoglobin A1c improved since the last visit.",
    "Lungs clear to auscultation bilaterally; no wheezes or rales.",
    "Heart regular rate and rhythm, no murmurs.",
    "Continue current treatment and recheck labs in three months.",
    "Discussed diet, exercise and medication adherence at length.",
    "Allergies reviewed and unchanged. No known drug allergies.",
    "Referred to cardiology for further evaluation.",
    "Follow up in the clinic in four weeks or sooner if symptoms worsen.",
    "Lab results reviewed with the patient; questions answered.",
    "Prescribed a short course of treatment; side effects discussed.",
    "Physical exam otherwise unremarkable.",
    "Patient tolerated the procedure well without complications.",
];

// ---------------------------------------------------------------------
// Small writers. They never fail (writes go to a Vec).

fn push(buf: &mut Vec<u8>, s: &str) {
    buf.extend_from_slice(s.as_bytes());
}

/// A valid SSN under SSA rules: area 001-899 except 666, group 01-99,
/// serial 0001-9999; the well-known sample numbers are rerolled.
fn ssn(rng: &Rng) -> String {
    loop {
        let area = rng.range(1, 899);
        let group = rng.range(1, 99);
        let serial = rng.range(1, 9999);
        let samples = [
            (78, 5, 1120),
            (219, 9, 9999),
            (123, 45, 6789),
            (457, 55, 5462),
        ];
        if area == 666 || samples.contains(&(area, group, serial)) {
            continue;
        }
        return format!("{area:03}-{group:02}-{serial:04}");
    }
}

fn us_date(rng: &Rng, years: (u32, u32)) -> String {
    format!(
        "{:02}/{:02}/{}",
        rng.range(1, 12),
        rng.range(1, 28),
        rng.range(years.0, years.1)
    )
}

fn iso_date(rng: &Rng) -> String {
    format!(
        "{}-{:02}-{:02}",
        rng.range(2019, 2025),
        rng.range(1, 12),
        rng.range(1, 28)
    )
}

/// One prose sentence of 6-22 words, occasionally with a number,
/// a version string or a percentage as business text has.
fn sentence(rng: &Rng, buf: &mut Vec<u8>) {
    let n = rng.range(6, 22);
    for i in 0..n {
        let w = rng.pick(words());
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                push(buf, &f.to_uppercase().collect::<String>());
                push(buf, c.as_str());
            }
        } else {
            buf.push(b' ');
            match rng.below(40) {
                0 => {
                    let _ = write!(buf, "{} ", rng.range(2, 950));
                }
                1 => {
                    let _ = write!(
                        buf,
                        "v{}.{}.{} ",
                        rng.below(5),
                        rng.below(30),
                        rng.below(10)
                    );
                }
                2 => {
                    let _ = write!(buf, "{}% ", rng.range(1, 99));
                }
                3 => push(buf, "— "),
                _ => {}
            }
            push(buf, w);
        }
        if i + 1 < n && rng.chance(0.06) {
            buf.push(b',');
        }
    }
    push(buf, if rng.chance(0.9) { ". " } else { "? " });
}

fn paragraph(rng: &Rng, buf: &mut Vec<u8>) {
    for _ in 0..rng.range(2, 7) {
        sentence(rng, buf);
    }
    buf.pop();
    push(buf, "\n\n");
}

// ---------------------------------------------------------------------
// File bodies. Each appends until `buf` holds `size` bytes (a length, not
// a count, so bodies can follow one another in a buffer) and returns
// the extension.

/// Clinical notes: header with name, DOB, MRN and SSN, then sections
/// with Dx lines and clinical prose, repeated until the size is reached.
fn clinical(rng: &Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
    const TITLES: &[&str] = &[
        "PROGRESS NOTE",
        "DISCHARGE SUMMARY",
        "CLINIC VISIT",
        "REFERRAL LETTER",
        "INTAKE FORM",
    ];
    while buf.len() < size {
        let first = rng.pick(first_names());
        let last = rng.pick(last_names());
        let _ = writeln!(buf, "{}", rng.pick(TITLES));
        let _ = writeln!(
            buf,
            "Patient: {first} {last}    DOB: {}",
            us_date(rng, (1930, 2015))
        );
        let mrn = rng.range(1, 99_999_999);
        match rng.below(3) {
            0 => {
                let _ = writeln!(buf, "MRN: {mrn:08}    SSN: {}", ssn(rng));
            }
            1 => {
                let _ = writeln!(buf, "MRN# {mrn:08}");
            }
            _ => {
                let _ = writeln!(buf, "MRN {mrn:08}    Social Security: {}", ssn(rng));
            }
        }
        let _ = writeln!(buf, "Date of service: {}", us_date(rng, (2018, 2025)));
        let _ = writeln!(buf, "Attending: Dr. {}\n", rng.pick(last_names()));
        push(buf, "Chief complaint: ");
        push(buf, rng.pick(CLINICAL_SENTENCES));
        push(buf, "\n\nHistory of present illness: ");
        for _ in 0..rng.range(2, 6) {
            push(buf, rng.pick(CLINICAL_SENTENCES));
            buf.push(b' ');
        }
        push(buf, "\n\nAssessment:\n");
        for _ in 0..rng.range(1, 4) {
            let (code, title) = *rng.pick_ref(ICD10);
            let _ = writeln!(buf, "  Dx: {code} {title}");
        }
        push(buf, "\nPlan: ");
        for _ in 0..rng.range(1, 4) {
            push(buf, rng.pick(CLINICAL_SENTENCES));
            buf.push(b' ');
        }
        push(buf, "\n\n");
        // Free-text tail, as dictated notes drift into general prose.
        for _ in 0..rng.below(3) {
            paragraph(rng, buf);
        }
        push(buf, "----\n\n");
    }
    "txt"
}

/// Plain business prose: memos, minutes, READMEs.
fn prose_file(rng: &Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
    let md = rng.chance(0.4);
    while buf.len() < size {
        if md && rng.chance(0.2) {
            let _ = writeln!(buf, "## {} {}\n", rng.pick(words()), rng.pick(words()));
        }
        if rng.chance(0.05) {
            // Phone numbers and meeting dates appear in ordinary memos.
            let _ = writeln!(
                buf,
                "Call the front desk at 555-{:03}-{:04} before {}.\n",
                rng.range(100, 999),
                rng.range(0, 9999),
                us_date(rng, (2019, 2025))
            );
        }
        paragraph(rng, buf);
    }
    if md {
        "md"
    } else {
        "txt"
    }
}

fn ident(rng: &Rng) -> String {
    const PARTS: &[&str] = &[
        "user", "order", "item", "count", "index", "buf", "len", "name", "value", "key", "map",
        "list", "node", "parent", "child", "cfg", "ctx", "state", "result", "err", "total",
        "offset", "row", "col", "path", "file", "line", "token", "cache", "queue", "retry",
    ];
    let mut s = rng.pick(PARTS).to_string();
    if rng.chance(0.5) {
        s.push('_');
        s.push_str(rng.pick(PARTS));
    }
    s
}

/// Source code in a few languages; indentation, comments, literals and
/// hex constants give the scanner the byte mix real repos have.
fn code(rng: &Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
    let lang = rng.below(4);
    let (ext, comment, kw) = match lang {
        0 => ("rs", "//", "fn"),
        1 => ("py", "#", "def"),
        2 => ("js", "//", "function"),
        _ => ("go", "//", "func"),
    };
    while buf.len() < size {
        let f = ident(rng);
        let _ = writeln!(buf, "{comment} {} {}", rng.pick(words()), rng.pick(words()));
        match lang {
            1 => {
                let _ = writeln!(buf, "{kw} {f}(self, {}, {}):", ident(rng), ident(rng));
            }
            _ => {
                let _ = writeln!(buf, "{kw} {f}({}, {}) {{", ident(rng), ident(rng));
            }
        }
        for _ in 0..rng.range(3, 15) {
            let a = ident(rng);
            let b = ident(rng);
            let _ = match rng.below(6) {
                0 => writeln!(buf, "    {a} = {b} + {};", rng.below(1000)),
                1 => writeln!(
                    buf,
                    "    if {a} > {b} {{ return 0x{:08x}; }}",
                    rng.next_u64() as u32
                ),
                2 => writeln!(
                    buf,
                    "    log(\"{} {} failed: {{}}\", {a});",
                    rng.pick(words()),
                    rng.pick(words())
                ),
                3 => writeln!(buf, "    for {a} in {b}.iter() {{ {a}.update(); }}"),
                4 => writeln!(
                    buf,
                    "    {comment} TODO: {} {} {}",
                    rng.pick(words()),
                    rng.pick(words()),
                    rng.pick(words())
                ),
                _ => writeln!(
                    buf,
                    "    let {a} = {b}.get({}).unwrap_or_default();",
                    rng.below(64)
                ),
            };
        }
        if lang != 1 {
            push(buf, "}\n");
        }
        buf.push(b'\n');
    }
    ext
}

fn uuid(rng: &Rng) -> String {
    let a = rng.next_u64();
    let b = rng.next_u64();
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        0x8000 | ((b >> 48) & 0x3fff),
        b & 0xffff_ffff_ffff
    )
}

/// Application logs: ISO timestamps, levels, request ids (UUIDs), paths.
fn log(rng: &Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
    const LEVELS: &[&str] = &["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"];
    const PATHS: &[&str] = &[
        "/api/v1/orders",
        "/api/v1/users",
        "/health",
        "/static/app.js",
        "/login",
        "/api/v2/search",
    ];
    let day = iso_date(rng);
    let (mut h, mut m, mut s) = (rng.below(24), rng.below(60), rng.below(60));
    while buf.len() < size {
        s += rng.below(3);
        if s >= 60 {
            s -= 60;
            m += 1;
        }
        if m >= 60 {
            m = 0;
            h = (h + 1) % 24;
        }
        let _ = writeln!(
            buf,
            "{day}T{h:02}:{m:02}:{s:02}.{:03}Z {} [worker-{}] request_id={} method=GET path={}/{} status={} latency_ms={} ip=10.{}.{}.{}",
            rng.below(1000),
            rng.pick(LEVELS),
            rng.below(8),
            uuid(rng),
            rng.pick(PATHS),
            rng.below(100_000),
            rng.pick_ref(&[200, 200, 200, 201, 304, 404, 500]),
            rng.range(1, 900),
            rng.below(256),
            rng.below(256),
            rng.below(256),
        );
    }
    "log"
}

const INVOICE_HEADER: &[&str] = &[
    "invoice_id",
    "order_no",
    "date",
    "customer",
    "phone",
    "sku",
    "qty",
    "unit_price",
    "total",
];

/// One invoice: order number, US date, company, phone number, amounts.
fn invoice_row(rng: &Rng) -> Vec<String> {
    const COMPANIES: &[&str] = &[
        "Acme Supply Co",
        "Northwind Traders",
        "Blue Harbor LLC",
        "Summit Office Goods",
        "Pioneer Logistics",
        "Redwood Hardware",
        "Granite Paper Inc",
        "Lakeside Catering",
    ];
    let qty = rng.range(1, 40);
    let cents = rng.range(199, 99_999);
    vec![
        format!("INV-{:07}", rng.below(10_000_000)),
        format!("ORD-{}-{:05}", rng.range(2019, 2025), rng.below(100_000)),
        us_date(rng, (2019, 2025)),
        rng.pick(COMPANIES).to_string(),
        format!(
            "({:03}) {:03}-{:04}",
            rng.range(201, 989),
            rng.range(200, 999),
            rng.below(10_000)
        ),
        format!("SKU-{:05}", rng.below(100_000)),
        qty.to_string(),
        format!("{}.{:02}", cents / 100, cents % 100),
        format!("{}.{:02}", cents * qty / 100, cents * qty % 100),
    ]
}

/// CSV invoices: order numbers, US dates, phone numbers, amounts.
fn csv(rng: &Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
    push(buf, &INVOICE_HEADER.join(","));
    buf.push(b'\n');
    while buf.len() < size {
        push(buf, &invoice_row(rng).join(","));
        buf.push(b'\n');
    }
    "csv"
}
