//! `corpus-gen`: writes a deterministic labelled corpus for measuring
//! phiscan (issue 3).
//!
//! ```text
//! cargo run --release -p phiscan-gen --bin corpus-gen -- --seed N --size-mb M --out DIR
//! ```
//!
//! About 30% of the bytes are clinical documents with synthetic PHI (notes,
//! letters, lab reports, claims and statements, prescriptions, operative
//! and implant records, auto-injury claims, patient-portal access logs,
//! e-mail, CSV/TSV, HL7 v2, FHIR, CDA, and DICOM files) and 70% hard
//! negatives that share PHI's shapes. About 17% of the bytes are containers
//! (zip, tar, gzip, docx, xlsx, pptx, odt, PDF, mail with attachments,
//! HTML, RTF, XML, a PACS export of DICOM files) wrapping such documents,
//! with at least one of each kind however small the corpus (issue 4).
//! `DIR/truth.jsonl` lists every planted identifier once per file and
//! member in the finding schema (`path`, `inner`, `kind`, `value`), with
//! `path` written as `phiscan scan DIR` prints it and `inner` the member
//! chain phiscan reports. `DIR/.phiscanignore` keeps the truth file itself
//! out of such a scan.
//!
//! Issue 5 added the contact, plan, clinician, device and vehicle kinds
//! (phone, fax, email, address, zip, ip, url, account, license, vin,
//! device_id, mbi, hicn, health_plan_id, npi, dea, ndc, age). In a patient
//! document the scanner reports every such value it recognises, so each
//! one written there is planted; letterheads keep fictional 555-01xx
//! numbers and no street address, and staff e-mail uses the reserved
//! example domains.
//!
//! The same seed and size always give byte-identical output (an in-file
//! PRNG, dictionaries compiled in, no hash-ordered collections), so the
//! committed corpus can be regenerated and checked, and a fresh seed gives
//! a test set never seen while tuning.

mod corpus_gen;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use serde::Serialize;

use corpus_gen::containers::{self as ct, Bin, BinGen, Built, Planted};
use corpus_gen::dicom_writer;
use corpus_gen::dicts::Dicts;
use corpus_gen::{more_docs as md, negatives as neg, structured as st, text_docs as tx, Doc, Kind};
use phiscan_gen::rng::Rng;

/// Generate a labelled corpus of synthetic clinical documents and hard
/// negatives, with a truth file.
#[derive(Debug, Parser)]
#[command(name = "corpus-gen", about, long_about = None)]
struct Args {
    /// PRNG seed; the same seed and size always give the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Total size of the documents in MiB (2^20 bytes), within 10%; the
    /// truth file comes on top. Below about 1 MiB the corpus comes out
    /// larger: it always holds one container of each kind.
    #[arg(long, value_name = "M")]
    size_mb: f64,
    /// Output directory; created if missing, refused if not empty.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

/// A document generator: rng, dictionaries, running file index.
type Gen = fn(&Rng, &Dicts, usize) -> Doc;

/// Positive document types and their relative frequency (by count).
const POSITIVES: &[(Gen, u32)] = &[
    (tx::progress_note, 16),
    (tx::discharge_summary, 8),
    (tx::referral_letter, 8),
    (tx::lab_report, 9),
    (tx::claims_report, 6),
    (tx::statement, 6),
    (tx::email, 10),
    (md::prescription, 6),
    (md::operative_note, 4),
    (md::injury_claim, 4),
    (md::portal_log, 4),
    (st::csv_export, 4),
    (st::tsv_export, 2),
    (st::hl7, 10),
    (st::fhir, 8),
    (st::cda, 6),
];

/// Negative document types and their relative frequency (by count).
const NEGATIVES: &[(Gen, u32)] = &[
    (neg::invoice, 7),
    (neg::phone_list, 5),
    (neg::changelog, 8),
    (neg::copyright, 4),
    (neg::log_file, 10),
    (neg::catalog, 6),
    (neg::obituary, 6),
    (neg::gedcom, 4),
    (neg::source_code, 14),
    (neg::lottery, 4),
    (neg::price_list, 5),
    (neg::minutes, 6),
    (neg::newsletter, 6),
    (neg::sales_report, 5),
    (neg::vendor_letter, 5),
    (neg::access_log, 6),
    (neg::car_listing, 4),
];

/// Share of the positive plain files (by count) that are DICOM files; the
/// first two positive plain files always are (one `.dcm`, one without an
/// extension), so that even a small corpus holds both.
const DICOM_SHARE: f64 = 0.06;

/// Share of the bytes that are positives.
const POSITIVE_SHARE: f64 = 0.30;

/// Share of the bytes (as written, compressed or not) that are containers.
const CONTAINER_SHARE: f64 = 0.17;

/// One line of `truth.jsonl`, fields in the order of the finding schema.
#[derive(Serialize)]
struct TruthLine<'a> {
    path: &'a str,
    inner: &'a [String],
    kind: &'a str,
    value: &'a str,
}

/// What was written, for the closing summary.
#[derive(Default)]
struct Stats {
    files: usize,
    bytes: usize,
    pos_files: usize,
    pos_bytes: usize,
    cont_files: usize,
    cont_bytes: usize,
    /// Truth lines per kind, in [`Kind::ALL`] order.
    by_kind: [usize; Kind::ALL.len()],
}

/// Parses flags, writes the corpus, prints a one-line summary; exit 2 on
/// any error (bad flag, non-empty directory, I/O).
fn main() -> ExitCode {
    let args = Args::parse();
    if !(args.size_mb > 0.0 && args.size_mb <= 100_000.0) {
        eprintln!("corpus-gen: --size-mb must be a positive number of MiB");
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(st) => {
            let names: Vec<String> = Kind::ALL
                .iter()
                .zip(st.by_kind)
                .map(|(k, n)| format!("{} {n}", k.as_str()))
                .collect();
            println!(
                "wrote {} files, {} bytes ({:.2} MiB; positives {} files, {:.1}% of bytes; containers {} files, {:.1}% of bytes) to {}; truth: {}",
                st.files,
                st.bytes,
                st.bytes as f64 / (1u64 << 20) as f64,
                st.pos_files,
                100.0 * st.pos_bytes as f64 / st.bytes.max(1) as f64,
                st.cont_files,
                100.0 * st.cont_bytes as f64 / st.bytes.max(1) as f64,
                args.out.display(),
                names.join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("corpus-gen: {e}");
            ExitCode::from(2)
        }
    }
}

/// Refuses a non-empty directory: mixing a new corpus into old files would
/// make the truth file wrong without anyone noticing.
fn prepare(out: &Path) -> io::Result<()> {
    match fs::metadata(out) {
        Ok(m) if !m.is_dir() => Err(io::Error::other(format!(
            "{} exists and is not a directory",
            out.display()
        ))),
        Ok(_) => {
            if fs::read_dir(out)?.next().is_some() {
                Err(io::Error::other(format!(
                    "{} is not empty; refusing to write into it",
                    out.display()
                )))
            } else {
                Ok(())
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => fs::create_dir_all(out),
        Err(e) => Err(e),
    }
}

/// The path prefix of truth lines: DIR exactly as given, so that it
/// matches what `phiscan scan DIR` prints.
fn prefix(out: &Path) -> String {
    let s = out.to_string_lossy();
    if s.ends_with('/') {
        s.into_owned()
    } else {
        format!("{s}/")
    }
}

/// A generator drawn by weight.
fn pick<G: Copy>(rng: &Rng, table: &[(G, u32)]) -> G {
    let weights: Vec<u32> = table.iter().map(|(_, w)| *w).collect();
    table[rng.weighted(&weights)].0
}

/// A plain document as a file to write: its text, and its truth with the
/// member chain of each value (`[]`, or `["message N"]` in an mbox).
fn plain(doc: Doc) -> Bin {
    let truth = doc
        .truth
        .iter()
        .enumerate()
        .map(|(i, (kind, value))| Planted {
            inner: doc.chain_of(i),
            kind: *kind,
            value: value.clone(),
        })
        .collect();
    Bin {
        rel: doc.rel,
        built: Built {
            bytes: doc.text.into_bytes(),
            truth,
            texts: Vec::new(),
        },
    }
}

/// Writes documents until the byte target is met, keeping the positive
/// share near 30%, and the truth line of every planted value as it goes.
fn run(args: &Args) -> io::Result<Stats> {
    prepare(&args.out)?;
    let dicts = Dicts::load();
    let rng = Rng::new(args.seed);
    let target = (args.size_mb * (1u64 << 20) as f64) as usize;
    let pre = prefix(&args.out);
    let mut truth = BufWriter::new(fs::File::create(args.out.join("truth.jsonl"))?);
    fs::write(args.out.join("README.md"), readme(args))?;
    fs::write(
        args.out.join(".phiscanignore"),
        "# The truth file lists raw planted values; it is not part of the corpus.\n/truth.jsonl\n",
    )?;
    let mut st = Stats::default();
    let mut required = ct::REQUIRED.iter();
    let mut dicom_first = [1u8, 2].into_iter();
    while st.bytes < target {
        // Keep the running share of positive bytes at POSITIVE_SHARE and
        // of container bytes at CONTAINER_SHARE; one of each container
        // kind comes first.
        let positive = (st.pos_bytes as f64) < POSITIVE_SHARE * (st.bytes + 1) as f64;
        let container = (st.cont_bytes as f64) < CONTAINER_SHARE * (st.bytes + 1) as f64;
        if container {
            let (gen, variant): (BinGen, u8) = match required.next() {
                Some(&(g, v)) => (g, v),
                None => (
                    pick(&rng, if positive { ct::POSITIVE } else { ct::NEGATIVE }),
                    0,
                ),
            };
            let r = rng.fork();
            let bin = gen(&r, &dicts, st.files + 1, variant);
            ct::check(&bin);
            write(args, &pre, &mut truth, &mut st, &bin, true)?;
            continue;
        }
        if positive {
            let variant = dicom_first
                .next()
                .or_else(|| rng.chance(DICOM_SHARE).then_some(0));
            if let Some(v) = variant {
                let r = rng.fork();
                let bin = dicom_writer::dicom_file(&r, &dicts, st.files + 1, v);
                ct::check(&bin);
                write(args, &pre, &mut truth, &mut st, &bin, false)?;
                continue;
            }
        }
        let gen = pick(&rng, if positive { POSITIVES } else { NEGATIVES });
        let r = rng.fork();
        let mut doc = gen(&r, &dicts, st.files + 1);
        if doc.rel.ends_with(".txt") && r.chance(0.12) {
            // Files saved on Windows.
            doc.text = doc.text.replace('\n', "\r\n");
        }
        check(&doc, positive);
        write(args, &pre, &mut truth, &mut st, &plain(doc), false)?;
    }
    // A corpus too small to have reached every container kind still gets
    // one of each.
    for &(gen, variant) in required {
        let r = rng.fork();
        let bin = gen(&r, &dicts, st.files + 1, variant);
        ct::check(&bin);
        write(args, &pre, &mut truth, &mut st, &bin, true)?;
    }
    truth.flush()?;
    Ok(st)
}

/// Writes one file and its truth lines (each (member chain, kind, value)
/// once per file), and counts it.
fn write(
    args: &Args,
    pre: &str,
    truth: &mut impl Write,
    st: &mut Stats,
    bin: &Bin,
    container: bool,
) -> io::Result<()> {
    let path = args.out.join(&bin.rel);
    if path.exists() {
        return Err(io::Error::other(format!(
            "{}: generated twice (a generator bug)",
            bin.rel
        )));
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(&path, &bin.built.bytes)?;
    let full = format!("{pre}{}", bin.rel);
    let mut seen: Vec<(&[String], Kind, &str)> = Vec::new();
    for p in &bin.built.truth {
        let key = (p.inner.as_slice(), p.kind, p.value.as_str());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        serde_json::to_writer(
            &mut *truth,
            &TruthLine {
                path: &full,
                inner: &p.inner,
                kind: p.kind.as_str(),
                value: &p.value,
            },
        )?;
        truth.write_all(b"\n")?;
        st.by_kind[Kind::ALL.iter().position(|k| *k == p.kind).unwrap_or(0)] += 1;
    }
    let n = bin.built.bytes.len();
    st.files += 1;
    st.bytes += n;
    if bin.built.positive() {
        st.pos_files += 1;
        st.pos_bytes += n;
    }
    if container {
        st.cont_files += 1;
        st.cont_bytes += n;
    }
    Ok(())
}

/// The corpus explains itself: what it is, how it was made, and the
/// conventions of its truth file (no values in it, so it scans clean).
fn readme(args: &Args) -> String {
    format!(
        "# Generated labelled corpus

Written by `corpus-gen --seed {seed} --size-mb {size}` (`src/bin/corpus-gen.rs`,
issues 3-5). Everything here is synthetic: names are random pairs from the US
Census lists, identifiers are random values that pass their rules (SSA and
IRS number ranges; NANP phone numbers outside the fictional range; ZIP codes
that exist in the state written before them; Luhn-valid cards in issuer
ranges; ABA routing, NPI, DEA, VIN and GS1 check digits; the CMS MBI
grammar), diagnosis codes are real ICD-10-CM and ICD-9-CM codes (a code alone
identifies nobody), streets are invented, e-mail local parts are made from
the synthetic names. Clinic letterheads and signatures use the fictional
555-01xx phone range and staff e-mail the reserved example domains, which
the scanner treats as samples: in a patient document every real-looking
contact detail is reported, so every one written there is the patient's
and planted.

About 30% of the bytes are clinical documents (progress notes, discharge
summaries, referral letters, lab reports, claims and statements with card,
routing, account and plan numbers, prescriptions with the prescriber's NPI
and DEA number and the drug's NDC, operative and implant records with
device serials and UDIs, auto-accident injury claims with the VIN and the
driver's license, patient-portal access logs with IP addresses, e-mail,
CSV and TSV exports, HL7 v2, FHIR JSON, CDA XML, and DICOM files named
`.dcm` or without an extension); the rest, under `negatives/`, are
look-alikes with the same shapes and no patient data (invoices and vendor
letters with a company's phone, e-mail, address and website, web-server
logs full of IP addresses, changelogs with e-mail addresses and four-part
versions, a used-car listing with VINs, obituaries saying \"aged 94\",
catalogues with GTINs and serial numbers, and more).
About 17% of the bytes are containers wrapping such documents (issue 4):
zip (stored and deflated members, a zip inside a zip, a zip named `.dat`,
a PACS export of DICOM files), tar, tar.gz/tgz, single `.gz` files, docx,
xlsx, pptx, odt, PDF, e-mail with attachments (eml, mbox), HTML, RTF and
XML, negatives included.

`truth.jsonl` lists every planted identifier once per file and member in
the finding schema (`path`, `inner`, `kind`, `value`), `path` as `phiscan
scan DIR` prints it for the directory name given to the generator, `inner`
the member chain phiscan reports: `[]` for a plain file and for formats
that add no level (gzip, PDF, HTML, RTF, XML, an e-mail's own text),
`[\"member/path\"]` in an archive, `[\"outer.zip\", \"member\"]` for a zip in a
zip, `[\"word/document.xml\"]`, `[\"word/header1.xml\"]`,
`[\"xl/worksheets/sheet1.xml\"]`, `[\"ppt/slides/slide1.xml\"]`,
`[\"content.xml\"]` in office files, `[\"referral.docx\", \"word/document.xml\"]`
in a mail attachment, `[\"message N\"]` in an mbox's N-th message,
`[\"message N/file\", …]` in its attachments, `[\"{dicom}\"]` for a DICOM
file and `[\"member\", \"{dicom}\"]` for one in a zip.

Kinds: ssn, itin, mrn (record, chart, patient and encounter, visit or FIN
numbers), account (numbers after an account label, payment cards, routing
numbers), icd10, icd9, name, dob, mbi, hicn, health_plan_id (member,
subscriber and policy numbers), npi, dea, ndc, phone, fax, email, address
(the street line: number, name, suffix and unit, without city or ZIP; a
DICOM PatientAddress whole), zip (5 digits or ZIP+4), ip (IPv4 and IPv6), url
(after a website label), license, vin, device_id (serials after their label,
GS1 UDIs `(01)…(17)…(10)…(21)…` whole), age (only over 89: `92-year-old`,
`92 y/o` as written, `93` after `Age:`, `093Y` in DICOM; younger ages are
written and not listed). Other dates are not listed. A name split by its
format (CDA `given`/`family`, a FHIR name without `text`) is listed as its
family name; an HL7 PID-5 or NK1-2 name as `LAST^FIRST`; a DICOM
PatientName whole (`FAMILY^GIVEN^MIDDLE`); a name across two CSV cells as
`Last,First`. An HL7 phone split into area code and number (XTN components
6 and 7) is listed as `614^5552368`; a CDA telecom without its `tel:` or
`mailto:` scheme. `.phiscanignore` keeps the truth file out of a scan.

Regenerate (byte-identical) into an empty directory:

    cargo run --release --bin corpus-gen -- --seed {seed} --size-mb {size} --out DIR

Measure:

    phiscan eval --truth DIR/truth.jsonl DIR
",
        seed = args.seed,
        size = args.size_mb,
        dicom = dicom_writer::HEADER_PART
    )
}

/// A generator bug must never produce a wrong truth file: every planted
/// value occurs in its file, positives plant something, negatives nothing,
/// and no two files share a path.
fn check(doc: &Doc, positive: bool) {
    for (kind, value) in &doc.truth {
        assert!(
            !value.is_empty() && doc.text.contains(value.as_str()),
            "{}: planted {} value not in the text",
            doc.rel,
            kind.as_str()
        );
    }
    assert_eq!(
        !doc.truth.is_empty(),
        positive,
        "{}: positives plant values, negatives none",
        doc.rel
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generate(seed: u64, dir: &Path) -> Vec<(String, Vec<u8>)> {
        let args = Args {
            seed,
            size_mb: 0.4,
            out: dir.to_path_buf(),
        };
        run(&args).unwrap();
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                    files.push((rel, fs::read(&p).unwrap()));
                }
            }
        }
        files.sort();
        files
    }

    #[test]
    fn same_seed_same_bytes() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (fa, fb) = (generate(5, a.path()), generate(5, b.path()));
        assert_eq!(fa.len(), fb.len());
        for ((ra, ca), (rb, cb)) in fa.iter().zip(&fb) {
            assert_eq!(ra, rb);
            // truth.jsonl holds the directory name, which differs here.
            if ra != "truth.jsonl" {
                assert!(ca == cb, "{ra} differs");
            }
        }
    }

    #[test]
    fn refuses_non_empty_dir() {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("x"), "x").unwrap();
        assert!(prepare(d.path()).is_err());
    }

    #[test]
    fn truth_paths_use_dir_as_given() {
        assert_eq!(prefix(Path::new("corpus/generated")), "corpus/generated/");
        assert_eq!(prefix(Path::new("out/")), "out/");
    }
}
