//! Deterministic generator of a realistic mixed text tree for the
//! end-to-end benchmark (`benches/compare.sh`).
//!
//! Real file shares are mostly not PHI, so about 90% of the bytes are
//! negative text (prose, source code, logs, CSV invoices) and about 10%
//! are clinical notes carrying synthetic SSNs, MRNs, ICD-10 codes, names
//! and dates of birth. The same `--seed` and size always give the same
//! bytes, so runs on different days and machines compare like with like.
//!
//! ```text
//! cargo run --release --example gen_tree -- --out DIR --size-mb N --seed S [--files N]
//! ```
//!
//! Without `--files`, files are written until the total reaches the size
//! (in MiB); with it, exactly N files of about `size / N` bytes each.
//! No external crates: the PRNG is a tiny in-file splitmix64 so the output
//! never changes with a dependency upgrade.
//!
//! Cargo also auto-discovers this file as a (libtest) bench target, where
//! `main` is unused; hence the `allow` below. `autobenches = false` in
//! `[package]` would remove that duplicate target.
#![cfg_attr(test, allow(dead_code))]

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

/// splitmix64: tiny, fast and good enough for synthetic text; chosen
/// over `rand` so the tree stays byte-identical across crate versions.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0). The modulo bias is irrelevant here.
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Parsed command line.
struct Args {
    out: PathBuf,
    size_mb: u64,
    seed: u64,
    files: Option<u64>,
}

const USAGE: &str = "usage: gen_tree --out DIR --size-mb N --seed S [--files N]
  --size-mb  total size in MiB (2^20 bytes)
  --seed     PRNG seed (default 1); same seed and size, same bytes
  --files    write exactly this many files of about size/N each";

fn parse_args() -> Result<Args, String> {
    let mut out = None;
    let mut size_mb = None;
    let mut seed = None;
    let mut files = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let num = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {value}"))
        };
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(&value)),
            "--size-mb" => size_mb = Some(num()?),
            "--seed" => seed = Some(num()?),
            "--files" => files = Some(num()?.max(1)),
            _ => return Err(format!("unknown flag {flag}\n{USAGE}")),
        }
    }
    Ok(Args {
        out: out.ok_or_else(|| format!("--out is required\n{USAGE}"))?,
        size_mb: size_mb.ok_or_else(|| format!("--size-mb is required\n{USAGE}"))?,
        seed: seed.unwrap_or(1),
        files,
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
    match generate(&args) {
        Ok((files, bytes)) => {
            println!(
                "wrote {files} files, {bytes} bytes ({:.1} MiB) under {}",
                bytes as f64 / (1 << 20) as f64,
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_tree: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What a file holds. Clinical notes are the only positive kind.
#[derive(Clone, Copy)]
enum Kind {
    Clinical,
    Prose,
    Code,
    Log,
    Csv,
}

/// Share of files per kind. Clinical files are ~10% of bytes; their
/// sizes follow the same distribution as the rest.
const KIND_WEIGHTS: [(Kind, u64); 5] = [
    (Kind::Clinical, 10),
    (Kind::Prose, 25),
    (Kind::Code, 25),
    (Kind::Log, 20),
    (Kind::Csv, 20),
];

fn pick_kind(rng: &mut Rng) -> Kind {
    let total: u64 = KIND_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut r = rng.below(total);
    for (kind, w) in KIND_WEIGHTS {
        if r < w {
            return kind;
        }
        r -= w;
    }
    Kind::Prose
}

/// Writes the tree; returns (files, bytes). Refuses a non-empty output
/// directory so a stale tree is never silently mixed in.
fn generate(args: &Args) -> io::Result<(u64, u64)> {
    if args.out.exists() && fs::read_dir(&args.out)?.next().is_some() {
        return Err(io::Error::other(format!(
            "{} exists and is not empty; remove it first",
            args.out.display()
        )));
    }
    fs::create_dir_all(&args.out)?;
    let mut rng = Rng(args.seed ^ 0x5048_4953_4341_4E00);
    let target = args.size_mb.saturating_mul(1 << 20);
    let expected_files = match args.files {
        Some(n) => n,
        None => (target / 16_000).max(1),
    };
    let dirs = make_dirs(&mut rng, &args.out, expected_files)?;
    let per_file = args.files.map(|n| (target / n).max(1));

    let mut buf = Vec::with_capacity(1 << 20);
    let (mut files, mut bytes) = (0u64, 0u64);
    loop {
        match args.files {
            Some(n) if files >= n => break,
            None if bytes >= target => break,
            _ => {}
        }
        let size = match per_file {
            // Jitter ±50% around the mean so files are not all alike.
            Some(avg) => ((avg as f64) * (0.5 + rng.unit())) as usize,
            None => file_size(&mut rng).min((target - bytes) as usize + 512),
        }
        .max(64);
        let kind = pick_kind(&mut rng);
        buf.clear();
        let ext = match kind {
            Kind::Clinical => clinical(&mut rng, &mut buf, size),
            Kind::Prose => prose_file(&mut rng, &mut buf, size),
            Kind::Code => code(&mut rng, &mut buf, size),
            Kind::Log => log(&mut rng, &mut buf, size),
            Kind::Csv => csv(&mut rng, &mut buf, size),
        };
        let dir = &dirs[rng.below(dirs.len() as u64) as usize];
        let stem = rng.pick(stems(kind));
        let path = dir.join(format!("{stem}_{files:06}.{ext}"));
        fs::write(&path, &buf)?;
        files += 1;
        bytes += buf.len() as u64;
    }
    Ok((files, bytes))
}

/// Mostly 1-64 KiB, log-uniform (many small files, a few large ones as
/// on real shares), with 3% of files 64-512 KiB.
fn file_size(rng: &mut Rng) -> usize {
    let (lo, hi) = if rng.chance(0.03) {
        (64.0 * 1024.0, 512.0 * 1024.0)
    } else {
        (1024.0, 64.0 * 1024.0)
    };
    let ln = f64::ln(lo) + rng.unit() * (f64::ln(hi) - f64::ln(lo));
    ln.exp() as usize
}

/// Builds a nested directory set (depth 1-4) sized to about 25 files
/// per directory, and returns every directory files may go in.
fn make_dirs(rng: &mut Rng, root: &Path, files: u64) -> io::Result<Vec<PathBuf>> {
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
        let parent = dirs[rng.below(dirs.len() as u64) as usize].clone();
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

fn stems(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Clinical => &[
            "note",
            "visit",
            "discharge_summary",
            "intake",
            "referral",
            "chart",
        ],
        Kind::Prose => &[
            "readme", "minutes", "memo", "draft", "report", "notes", "letter",
        ],
        Kind::Code => &[
            "main", "util", "handler", "model", "parser", "service", "client",
        ],
        Kind::Log => &["app", "access", "worker", "sync", "audit", "server"],
        Kind::Csv => &[
            "invoices",
            "orders",
            "export",
            "ledger",
            "payments",
            "shipments",
        ],
    }
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
fn ssn(rng: &mut Rng) -> String {
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

fn us_date(rng: &mut Rng, years: (u64, u64)) -> String {
    format!(
        "{:02}/{:02}/{}",
        rng.range(1, 12),
        rng.range(1, 28),
        rng.range(years.0, years.1)
    )
}

fn iso_date(rng: &mut Rng) -> String {
    format!(
        "{}-{:02}-{:02}",
        rng.range(2019, 2025),
        rng.range(1, 12),
        rng.range(1, 28)
    )
}

/// One prose sentence of 6-22 words, occasionally with a number,
/// a version string or a percentage as business text has.
fn sentence(rng: &mut Rng, buf: &mut Vec<u8>) {
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

fn paragraph(rng: &mut Rng, buf: &mut Vec<u8>) {
    for _ in 0..rng.range(2, 7) {
        sentence(rng, buf);
    }
    buf.pop();
    push(buf, "\n\n");
}

// ---------------------------------------------------------------------
// File bodies. Each appends until `size` bytes and returns the extension.

/// Clinical notes: header with name, DOB, MRN and SSN, then sections
/// with Dx lines and clinical prose, repeated until the size is reached.
fn clinical(rng: &mut Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
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
            let (code, title) = rng.pick(ICD10);
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
fn prose_file(rng: &mut Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
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

fn ident(rng: &mut Rng) -> String {
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
fn code(rng: &mut Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
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

fn uuid(rng: &mut Rng) -> String {
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
fn log(rng: &mut Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
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
            rng.pick(&[200, 200, 200, 201, 304, 404, 500]),
            rng.range(1, 900),
            rng.below(256),
            rng.below(256),
            rng.below(256),
        );
    }
    "log"
}

/// CSV invoices: order numbers, US dates, phone numbers, amounts.
fn csv(rng: &mut Rng, buf: &mut Vec<u8>, size: usize) -> &'static str {
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
    push(
        buf,
        "invoice_id,order_no,date,customer,phone,sku,qty,unit_price,total\n",
    );
    while buf.len() < size {
        let qty = rng.range(1, 40);
        let cents = rng.range(199, 99_999);
        let _ = writeln!(
            buf,
            "INV-{:07},ORD-{}-{:05},{},{},({:03}) {:03}-{:04},SKU-{:05},{qty},{}.{:02},{}.{:02}",
            rng.below(10_000_000),
            rng.range(2019, 2025),
            rng.below(100_000),
            us_date(rng, (2019, 2025)),
            rng.pick(COMPANIES),
            rng.range(201, 989),
            rng.range(200, 999),
            rng.below(10_000),
            rng.below(100_000),
            cents / 100,
            cents % 100,
            cents * qty / 100,
            cents * qty % 100,
        );
    }
    "csv"
}
