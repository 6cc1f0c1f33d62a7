//! Criterion micro-benchmark of the detector engine alone (no walking,
//! no I/O, no extraction), so a regression in `detect` shows up apart
//! from the rest of the pipeline.
//!
//! Five inputs of 1 MiB each, generated in-bench and deterministic:
//! clinical-like text (dense in candidates), negative prose (the common
//! case on real shares), source code (many digits and identifiers), CSV
//! invoices (no PHI, but a date and a phone number on every row) and
//! binary data (pseudo-random bytes with embedded strings, as an
//! executable or image looks; the engine is handed the raw bytes).
//! Sample counts and times are small so the whole run stays well under
//! two minutes on two cores.

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use phiscan::detect::{Engine, Match};

/// Size of each input. Large enough that per-call overhead is noise.
const SIZE: usize = 1 << 20;

/// xorshift64: a fixed, dependency-free source of variety for the inputs,
/// plus the word list split once.
struct Rng {
    state: u64,
    words: Vec<&'static str>,
}

impl Rng {
    fn new(seed: u64) -> Self {
        Rng {
            state: seed | 1,
            words: WORDS.split_whitespace().collect(),
        }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    fn word(&mut self) -> &'static str {
        let i = self.below(self.words.len() as u64) as usize;
        self.words[i]
    }
}

/// Common business words, as text so rustfmt keeps it compact.
const WORDS: &str = "\
    the of and to in is that for with on project team meeting budget review schedule vendor \
    contract delivery customer release policy process office report summary agenda status \
    plan risk approval deadline market revenue estimate analysis design system network \
    server migration security account service request weekend committee version document \
    section table appendix weather";

fn prose(rng: &mut Rng, s: &mut String) {
    for i in 0..rng.below(16) + 6 {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(rng.word());
        if rng.below(30) == 0 {
            let _ = write!(s, " {}", rng.below(1000));
        }
    }
    s.push_str(". ");
}

/// Notes with names, DOBs, MRNs, valid SSNs and Dx codes, padded with
/// clinical and general prose as dictated notes are.
fn clinical(rng: &mut Rng) -> Vec<u8> {
    const FIRST: &[&str] = &[
        "Maria", "James", "Linda", "Robert", "Susan", "Kevin", "Nancy",
    ];
    const LAST: &[&str] = &[
        "Garcia", "Smith", "Nguyen", "Brown", "Lopez", "Walker", "Hill",
    ];
    const DX: &[&str] = &[
        "E11.9", "I10", "J45.909", "F32.9", "N18.30", "K21.9", "J18.9",
    ];
    let mut s = String::with_capacity(SIZE + 4096);
    while s.len() < SIZE {
        let _ = writeln!(
            s,
            "PROGRESS NOTE\nPatient: {} {}    DOB: {:02}/{:02}/{}",
            rng.pick(FIRST),
            rng.pick(LAST),
            rng.below(12) + 1,
            rng.below(28) + 1,
            1930 + rng.below(85)
        );
        let _ = writeln!(
            s,
            "MRN: {:08}    SSN: {:03}-{:02}-{:04}",
            rng.below(99_999_999) + 1,
            rng.below(600) + 1,
            rng.below(99) + 1,
            rng.below(9999) + 1
        );
        let _ = writeln!(
            s,
            "Assessment:\n  Dx: {} chronic condition, follow up.",
            rng.pick(DX)
        );
        s.push_str("History of present illness: blood pressure reviewed. ");
        for _ in 0..4 {
            prose(rng, &mut s);
        }
        s.push_str("\n\n");
    }
    s.into_bytes()
}

/// Business prose with the odd number: what most of a share looks like.
fn negative(rng: &mut Rng) -> Vec<u8> {
    let mut s = String::with_capacity(SIZE + 4096);
    while s.len() < SIZE {
        for _ in 0..rng.below(5) + 2 {
            prose(rng, &mut s);
        }
        s.push_str("\n\n");
    }
    s.into_bytes()
}

/// Code-shaped text: identifiers, numeric literals, hex and comments.
fn source(rng: &mut Rng) -> Vec<u8> {
    const IDS: &[&str] = &[
        "user", "order", "count", "index", "buf", "len", "node", "cfg", "row",
    ];
    let mut s = String::with_capacity(SIZE + 4096);
    while s.len() < SIZE {
        let _ = writeln!(s, "// {} {}", rng.word(), rng.word());
        let _ = writeln!(
            s,
            "fn {}_{}(a: u32) -> u32 {{",
            rng.pick(IDS),
            rng.below(100)
        );
        for _ in 0..rng.below(10) + 3 {
            let _ = writeln!(
                s,
                "    let {} = a.wrapping_mul({}) ^ 0x{:08x};",
                rng.pick(IDS),
                rng.below(100_000),
                rng.next() as u32
            );
        }
        s.push_str("    a\n}\n\n");
    }
    s.into_bytes()
}

/// Invoice rows with a US date, a phone number and order numbers on
/// every line: no PHI, but dense in date-shaped candidates, which is
/// where the end-to-end comparison shows the engine spending its time.
fn invoices(rng: &mut Rng) -> Vec<u8> {
    let mut s = String::with_capacity(SIZE + 4096);
    s.push_str("invoice_id,order_no,date,customer,phone,sku,qty,total\n");
    while s.len() < SIZE {
        let _ = writeln!(
            s,
            "INV-{:07},ORD-{}-{:05},{:02}/{:02}/{},Acme Supply Co,({}) {}-{:04},SKU-{:05},{},{}.{:02}",
            rng.below(10_000_000),
            2019 + rng.below(7),
            rng.below(100_000),
            rng.below(12) + 1,
            rng.below(28) + 1,
            2019 + rng.below(7),
            201 + rng.below(700),
            200 + rng.below(800),
            rng.below(10_000),
            rng.below(100_000),
            rng.below(40) + 1,
            rng.below(100_000),
            rng.below(100)
        );
    }
    s.into_bytes()
}

/// What a compiled executable or an image looks like: pseudo-random code
/// and data, runs of zero padding, and embedded strings (symbol names,
/// messages, paths, version and build stamps), NUL-terminated ASCII and
/// now and then UTF-16LE as Windows resources hold them.
fn binary(rng: &mut Rng) -> Vec<u8> {
    const STRINGS: &[&str] = &[
        "GetProcAddress",
        "LoadLibraryExW",
        "invalid argument: buffer too small",
        "failed to open configuration file %s",
        "C:\\Program Files\\Vendor\\bin\\service.dll",
        "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "std::vector<std::string>::_M_realloc_insert",
        "_ZN4core3fmt9Formatter3pad17h8c1e4f2a9b0d3e71E",
        "Copyright (c) 2019 Example Systems Inc.",
        "version 4.2.17 build 20230611",
        "Jun 11 2023 14:02:55",
        "https://updates.example.com/check?v=%d",
        "GCC: (Ubuntu 13.2.0-4ubuntu3) 13.2.0",
        "Adobe Photoshop 24.1 (Windows)",
        "2023:06:11 14:02:55",
    ];
    let mut out = Vec::with_capacity(SIZE + 4096);
    while out.len() < SIZE {
        for _ in 0..rng.below(480) + 32 {
            out.push((rng.next() >> 24) as u8);
        }
        let s = rng.pick(STRINGS);
        match rng.below(8) {
            0 => out.extend(s.encode_utf16().flat_map(u16::to_le_bytes)),
            1 | 2 => out.resize(out.len() + 16 + rng.below(240) as usize, 0),
            _ => out.extend_from_slice(s.as_bytes()),
        }
        out.push(0);
    }
    out.truncate(SIZE);
    out
}

fn engine(c: &mut Criterion) {
    let engine = Engine::builtin().expect("builtin detectors compile");
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    let inputs = [
        ("clinical", clinical(&mut rng)),
        ("negative_prose", negative(&mut rng)),
        ("source_code", source(&mut rng)),
        ("invoices_csv", invoices(&mut rng)),
        ("binary", binary(&mut rng)),
    ];
    let mut group = c.benchmark_group("engine");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            let mut scratch = engine.scratch();
            let mut out: Vec<Match> = Vec::new();
            b.iter(|| {
                out.clear();
                let outcome = engine.scan(black_box(text), &mut scratch, &mut out);
                black_box((outcome, out.len()))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
