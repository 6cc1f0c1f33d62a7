//! Criterion micro-benchmark of extraction alone: everything the scanner
//! does to a file between reading its bytes and calling the detector
//! engine, one bench id per extractor, with throughput per byte of input.
//!
//! Per file, as the scan's pipeline does: `extract::sniff` once; a container
//! is opened with `extract::container::expand` under a fresh `Budget`
//! (default limits) and each text unit it yields is decoded with
//! `extract::unit` (document text is UTF-8 already); a plain file is
//! decoded the same way. Each decoded unit then has its structure read as
//! `src/pipeline.rs` reads it before the engine runs: HL7 v2 fields, FHIR /
//! CDA / DICOM-header fields, a delimited table's cells (always, where the
//! app asks the engine first whether a column is known), and the
//! tab-separated tables of document text. The `aligned_tables` id measures
//! the space-aligned table reader, which the app runs only when detection
//! asks for it. No detection runs here.
//!
//! Inputs are the committed files (`corpus/office`, `corpus/generated`,
//! `tests/fixtures`), read at start; an id's files are all processed in
//! each iteration, and its throughput is their total size. Legacy
//! .doc/.xls, UTF-16 text, binary data and a DICOM image with 1 MiB of
//! pixels have no committed file: they are built here, deterministically
//! (.doc and .xls by `phiscan-gen`'s OLE2 writers). The binary data and the
//! pixels keep their own xorshift stream rather than the generators' RNG,
//! so this benchmark's inputs stay byte-identical to earlier runs.
//! Before timing, each id is run once and a line per id goes to stderr
//! (files, input bytes, text units, text bytes, structured fields, skipped
//! parts); an id that yields no text, or whose files were not read whole,
//! fails the run rather than time an error path.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use phiscan::extract::container::{self, ArchiveLimits, Budget, Unit};
use phiscan::extract::{self, DecodeBuf, Encoding, Known, Sniffed, Structure};
use phiscan::structure::Cell;
use phiscan_gen::ole;

/// What one pass over an input produced, so the work cannot be optimised
/// away and the start-up check can tell an extractor did its job.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    units: u64,
    text: u64,
    fields: u64,
    skipped: u64,
}

/// Buffers reused from file to file, as a scan worker reuses them.
#[derive(Default)]
struct State {
    text: DecodeBuf,
    fields: Vec<Cell>,
    /// Skipped parts, described; only kept during the start-up check.
    problems: Option<Vec<String>>,
}

/// Extracts one file as the scanner would: container or plain text.
fn extract_file(bytes: &[u8], st: &mut State, tally: &mut Tally) {
    let sniffed = extract::sniff(bytes);
    let Sniffed::Container(format) = sniffed else {
        let enc = extract::encoding(bytes);
        let known = Known {
            sniffed: Some(sniffed),
            named: None,
        };
        text_unit(
            bytes,
            enc,
            false,
            known,
            &mut st.text,
            &mut st.fields,
            tally,
        );
        return;
    };
    let scan_bytes = AtomicU64::new(0);
    let mut budget = Budget::new(ArchiveLimits::default(), &scan_bytes);
    let State {
        text,
        fields,
        problems,
    } = st;
    container::expand(
        format,
        bytes,
        &mut Vec::new(),
        &mut budget,
        &mut |unit| match unit {
            Unit::Text {
                text: raw,
                extracted,
                sniffed,
                named,
                ..
            } => {
                let enc = extract::unit_encoding(raw, extracted);
                let known = Known { sniffed, named };
                text_unit(raw, enc, extracted, known, text, fields, tally);
            }
            Unit::Skipped { inner, problem } => {
                tally.skipped += 1;
                if let Some(p) = problems {
                    p.push(format!(
                        "[{}] {:?}: {}",
                        inner.join(" > "),
                        problem.reason,
                        problem.detail
                    ));
                }
            }
        },
    );
}

/// Decodes one text unit and reads its structure (`document`: text a
/// document reader produced, whose tables are tab-separated rows).
fn text_unit(
    raw: &[u8],
    enc: Encoding,
    document: bool,
    known: Known<'_>,
    buf: &mut DecodeBuf,
    fields: &mut Vec<Cell>,
    tally: &mut Tally,
) {
    let unit = extract::unit(raw, enc, enc == Encoding::Text, known, buf);
    tally.units += 1;
    tally.text += unit.text.bytes.len() as u64;
    fields.clear();
    let text = unit.text.bytes;
    match &unit.structure {
        Structure::Clinical(format) => unit.clinical_fields(*format, fields),
        Structure::Table(table) => extract::table_fields(text, table, fields),
        Structure::Plain if document => {
            extract::layout_tables(text, false, &mut Vec::new(), fields);
        }
        _ => {}
    }
    tally.fields += fields.len() as u64;
}

/// Decodes a plain file and reads its space-aligned tables (statements,
/// printed reports).
fn aligned_file(bytes: &[u8], st: &mut State, tally: &mut Tally) {
    let t = extract::decode::decode(bytes, extract::encoding(bytes), &mut st.text);
    tally.units += 1;
    tally.text += t.bytes.len() as u64;
    let mut columns = Vec::new();
    extract::structured::table::aligned_tables(t.bytes, &mut columns, &mut st.fields);
    tally.fields += st.fields.len() as u64;
}

// ------------------------------------------------------------- inputs --

/// One bench id: its files and how they are processed.
struct Input {
    id: &'static str,
    files: Vec<(String, Vec<u8>)>,
    run: fn(&[u8], &mut State, &mut Tally),
    /// Structured fields must come out (HL7, FHIR, CDA, tables).
    wants_fields: bool,
}

impl Input {
    fn new(id: &'static str, files: Vec<(String, Vec<u8>)>) -> Self {
        assert!(!files.is_empty(), "extract/{id}: no input files found");
        Input {
            id,
            files,
            run: extract_file,
            wants_fields: false,
        }
    }

    fn fields(mut self) -> Self {
        self.wants_fields = true;
        self
    }

    fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b.len() as u64).sum()
    }

    fn pass(&self, st: &mut State) -> Tally {
        let mut tally = Tally::default();
        for (_, bytes) in &self.files {
            (self.run)(bytes, st, &mut tally);
        }
        tally
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (relative to the crate) whose file name passes
/// `keep`, in path order, with its bytes.
fn files(dir: &str, keep: impl Fn(&str) -> bool) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for e in entries {
            let path = e.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let base = root();
    let mut paths = Vec::new();
    walk(&base.join(dir), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .map(|p| {
            let bytes =
                std::fs::read(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            let shown = p.strip_prefix(&base).unwrap_or(&p).display().to_string();
            (shown, bytes)
        })
        .collect()
}

/// File names ending in one of `exts` (with the dot: `.tar.gz`).
fn ext(exts: &'static [&'static str]) -> impl Fn(&str) -> bool {
    move |name| exts.iter().any(|e| name.ends_with(e))
}

/// Files from several (directory, filter) sources, in turn.
fn concat(parts: Vec<Vec<(String, Vec<u8>)>>) -> Vec<(String, Vec<u8>)> {
    parts.into_iter().flatten().collect()
}

/// Clinical notes from the corpus, joined until `size` bytes: the text of
/// the built inputs (.doc, UTF-16).
fn notes(size: usize) -> String {
    let mut s = String::new();
    for dir in ["corpus/generated/clinic/notes", "corpus/generated/hospital"] {
        for (_, bytes) in files(dir, ext(&[".txt"])) {
            if s.len() >= size {
                return s;
            }
            s.push_str(&String::from_utf8_lossy(&bytes));
            s.push('\n');
        }
    }
    s
}

/// xorshift64, for the built binary inputs.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// 256 KiB shaped like a compiled executable: pseudo-random code and data,
/// runs of zero padding, and embedded ASCII and UTF-16LE strings (symbol
/// names, messages, paths). Decoded as `Encoding::Binary`: printable runs.
fn synthetic_binary() -> Vec<u8> {
    const STRINGS: &[&str] = &[
        "GetProcAddress",
        "invalid argument: buffer too small",
        "C:\\Program Files\\Vendor\\bin\\service.dll",
        "/usr/lib/x86_64-linux-gnu/libssl.so.3",
        "std::vector<std::string>::_M_realloc_insert",
        "Copyright (c) 2019 Example Systems Inc.",
        "version 4.2.17 build 20230611",
        "failed to open configuration file %s",
        "_ZN4core3fmt9Formatter3pad17h",
        "https://updates.example.com/check?v=%d",
    ];
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut out = Vec::with_capacity(256 << 10);
    while out.len() < 256 << 10 {
        let n = 16 + (xorshift(&mut x) % 512) as usize;
        out.extend((0..n).map(|_| (xorshift(&mut x) >> 24) as u8));
        let s = STRINGS[(xorshift(&mut x) % STRINGS.len() as u64) as usize];
        match xorshift(&mut x) % 4 {
            0 => out.extend(s.encode_utf16().flat_map(u16::to_le_bytes)),
            1 => out.resize(out.len() + 64 + (xorshift(&mut x) % 256) as usize, 0),
            _ => out.extend_from_slice(s.as_bytes()),
        }
        out.push(0);
    }
    out
}

/// A CT image as dicom-object writes it: a patient header and 1 MiB of
/// noisy pixels, which the reader does not read past.
fn synthetic_dicom() -> Vec<u8> {
    use dicom_core::value::PrimitiveValue;
    use dicom_core::{DataElement, VR};
    use dicom_dictionary_std::{tags, uids};
    use dicom_object::{FileMetaTableBuilder, InMemDicomObject};

    let mut x = 0x2545_F491_4F6C_DD1Du64;
    let pixels: Vec<u8> = (0..1 << 20)
        .map(|_| (xorshift(&mut x) >> 24) as u8)
        .collect();
    let obj = InMemDicomObject::from_element_iter([
        DataElement::new(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 100"),
        DataElement::new(tags::SOP_CLASS_UID, VR::UI, uids::CT_IMAGE_STORAGE),
        DataElement::new(tags::SOP_INSTANCE_UID, VR::UI, "2.25.4471902194305170001"),
        DataElement::new(tags::STUDY_DATE, VR::DA, "20240105"),
        DataElement::new(tags::MODALITY, VR::CS, "CT"),
        DataElement::new(tags::REFERRING_PHYSICIAN_NAME, VR::PN, "HOUSE^GREGORY"),
        DataElement::new(tags::PATIENT_NAME, VR::PN, "DOE^JANE^Q"),
        DataElement::new(tags::PATIENT_ID, VR::LO, "MR4471902"),
        DataElement::new(tags::PATIENT_BIRTH_DATE, VR::DA, "19430517"),
        DataElement::new(tags::PATIENT_SEX, VR::CS, "F"),
        DataElement::new(tags::STUDY_DESCRIPTION, VR::LO, "CT CHEST WITHOUT CONTRAST"),
        DataElement::new(tags::ROWS, VR::US, PrimitiveValue::from(512_u16)),
        DataElement::new(tags::COLUMNS, VR::US, PrimitiveValue::from(1024_u16)),
        DataElement::new(tags::PIXEL_DATA, VR::OW, PrimitiveValue::from(pixels)),
    ]);
    let file = obj
        .with_meta(FileMetaTableBuilder::new().transfer_syntax(uids::EXPLICIT_VR_LITTLE_ENDIAN))
        .expect("DICOM meta group");
    let mut out = Vec::new();
    file.write_all(&mut out).expect("write DICOM");
    out
}

fn inputs() -> Vec<Input> {
    let g = |dir: &str| format!("corpus/generated/{dir}");
    let office = |e: &'static [&'static str]| files("corpus/office", ext(e));
    let notes64 = notes(64 << 10);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(notes64.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let csvs = files(&g("exports/csv"), ext(&[".csv"]));
    vec![
        // Archives of text files.
        Input::new(
            "zip",
            concat(vec![
                files(&g("exports/archive"), |n| {
                    n.starts_with("audit_sample") || n.starts_with("release_of_information_00148")
                }),
                files(&g("negatives/archive"), ext(&[".zip"])),
            ]),
        ),
        Input::new("gzip", files("corpus/generated", ext(&[".txt.gz"]))),
        Input::new("tar", files(&g("exports/backup"), ext(&[".tar"]))),
        Input::new(
            "tar_gz",
            files("corpus/generated", ext(&[".tar.gz", ".tgz"])),
        ),
        // Office documents (OOXML, ODF), PDF, legacy OLE2.
        Input::new(
            "docx",
            concat(vec![
                office(&[".docx"]),
                files(&g("documents/word"), ext(&[".docx"])),
            ]),
        ),
        Input::new(
            "xlsx",
            concat(vec![
                office(&[".xlsx"]),
                files(&g("exports/sheets"), ext(&[".xlsx"])),
            ]),
        ),
        Input::new("pptx", files(&g("documents/slides"), ext(&[".pptx"]))),
        Input::new(
            "odt",
            concat(vec![
                office(&[".odt"]),
                files(&g("documents/odt"), ext(&[".odt"])),
            ]),
        ),
        Input::new("ods", office(&[".ods"])),
        Input::new("pdf", office(&[".pdf"])),
        Input::new(
            "pdf_generated",
            concat(vec![
                files(&g("documents/pdf"), ext(&[".pdf"])),
                files(&g("negatives/pdf"), ext(&[".pdf"])),
            ]),
        ),
        Input::new(
            "doc",
            vec![("synthetic.doc".into(), ole::word97_doc(&notes64))],
        ),
        Input::new("xls", vec![("synthetic.xls".into(), ole::biff8_xls(&csvs))]),
        // Mail and markup.
        Input::new(
            "eml",
            files(&g("mail/attachments"), |n| {
                ["msg_00229.eml", "msg_00308.eml", "msg_00049.eml"].contains(&n)
            }),
        ),
        Input::new("mbox", files(&g("mail/mbox"), ext(&[".mbox"]))),
        Input::new("html", files(&g("portal"), ext(&[".html"]))),
        Input::new("xml", files(&g("exports/xml"), ext(&[".xml"]))),
        Input::new("rtf", files(&g("clinic/letters/rtf"), ext(&[".rtf"]))),
        // DICOM Part 10.
        Input::new(
            "dicom",
            concat(vec![
                files(&g("imaging/dicom"), ext(&[".dcm"])),
                files(&g("imaging/pacs_export"), |n| n.starts_with("IM")),
            ]),
        ),
        Input::new(
            "dicom_1mib_pixels",
            vec![("synthetic.dcm".into(), synthetic_dicom())],
        ),
        // Structured text: fields named by their structure.
        Input::new(
            "hl7",
            concat(vec![
                files(&g("hl7"), ext(&[".hl7"])),
                files("tests/fixtures/hl7", ext(&[".hl7"])),
            ]),
        )
        .fields(),
        Input::new(
            "fhir",
            concat(vec![
                files(&g("fhir"), ext(&[".json"])),
                files("tests/fixtures/fhir", ext(&[".json"])),
            ]),
        )
        .fields(),
        Input::new(
            "cda",
            concat(vec![
                files(&g("cda"), ext(&[".xml"])),
                files("tests/fixtures/cda", ext(&[".xml"])),
            ]),
        )
        .fields(),
        Input::new(
            "csv",
            concat(vec![
                csvs.clone(),
                files(&g("exports/tsv"), ext(&[".tsv"])),
                files(&g("negatives/misc"), ext(&[".csv"])),
            ]),
        )
        .fields(),
        Input {
            run: aligned_file,
            ..Input::new(
                "aligned_tables",
                files(&g("billing/statements"), ext(&[".txt"])),
            )
            .fields()
        },
        // Encodings.
        Input::new("utf16", vec![("synthetic-utf16le.txt".into(), utf16)]),
        Input::new(
            "binary_runs",
            vec![("synthetic.bin".into(), synthetic_binary())],
        ),
    ]
}

/// Runs every input once, prints what it yielded, and fails on an input
/// that yields no text (or no fields where they are the point), so a
/// broken reader is not timed on its error path.
fn check(inputs: &[Input]) {
    let mut failed = Vec::new();
    for input in inputs {
        let mut st = State {
            problems: Some(Vec::new()),
            ..State::default()
        };
        let t = input.pass(&mut st);
        eprintln!(
            "extract/{:<18} {:>3} files {:>9} B in -> {:>4} units {:>9} B text {:>6} fields {:>2} skipped",
            input.id,
            input.files.len(),
            input.bytes(),
            t.units,
            t.text,
            t.fields,
            t.skipped
        );
        for p in st.problems.unwrap_or_default() {
            eprintln!("    skipped {p}");
        }
        if t.units == 0 || t.text == 0 || t.skipped > 0 || (input.wants_fields && t.fields == 0) {
            failed.push(input.id);
        }
    }
    assert!(
        failed.is_empty(),
        "extractors yielded no text or skipped parts: {failed:?}"
    );
}

fn extract(c: &mut Criterion) {
    let inputs = inputs();
    check(&inputs);
    let mut group = c.benchmark_group("extract");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500));
    for input in &inputs {
        group.throughput(Throughput::Bytes(input.bytes()));
        group.bench_function(input.id, |b| {
            let mut st = State::default();
            b.iter(|| {
                let t = input.pass(&mut st);
                black_box(t)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
