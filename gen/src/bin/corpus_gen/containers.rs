//! Container documents (issue 4): archives (zip, nested zip, a zip named
//! `.dat`, tar, tar.gz, .gz), office documents (docx, xlsx, pptx, odt), PDF,
//! e-mail with attachments (eml, mbox), HTML, RTF and generic XML, and a
//! zipped PACS export of DICOM files (issue 5). They wrap the documents
//! the other modules write, with the same planted values, and hard
//! negatives wrapped the same way.
//!
//! Each planted value is listed with the member chain phiscan reports for
//! it (`inner`, outermost first): `["notes/visit.txt"]` in a zip,
//! `["batch.zip", "visit.txt"]` in a zip inside a zip, `["word/document.xml"]`
//! in a docx, `["referral.docx", "word/document.xml"]` in a mail
//! attachment, `["message 2"]` in an mbox's second message, `[]` where the
//! format adds no level (gzip, PDF, HTML, RTF, XML, a message's own body).
//!
//! Every writer also records the text its reader should yield for each
//! part (runs of a paragraph joined, table cells by tabs, quoted-printable
//! decoded), and [`check`] asserts that each planted value sits in the text
//! of its chain, so a generator bug cannot produce a wrong truth file.
//!
//! Nothing here reads the clock: zip entries carry a date drawn from the
//! seed (office files the 1980-01-01 Word writes), tar headers mtime 0 and
//! uid/gid 0, gzip headers mtime 0 and no file name.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};
use phiscan_gen::archive::{gzip, DateTime, Tar, Zip};
use phiscan_gen::office::{
    content_types, esc, relationships, workbook_rels, xlsx_content_types, REL,
};
use phiscan_gen::rng::Rng;

use super::dicom_writer;
use super::dicts::Dicts;
use super::ids::{self, PhoneFmt};
use super::values::{
    clinician, facility, phone, title, with_delim, Date, DateFmt, NameShape, Person,
};
use super::{more_docs as md, negatives as neg, structured as st, text_docs as tx, Doc, Kind};

/// A planted value and the member chain phiscan reports it under.
pub struct Planted {
    /// Member chain, outermost first (`[]`: the container's own text).
    pub inner: Vec<String>,
    pub kind: Kind,
    pub value: String,
}

/// A container's bytes, what is planted inside, and the text each part
/// should yield once read (for [`check`]).
#[derive(Default)]
pub struct Built {
    pub bytes: Vec<u8>,
    pub truth: Vec<Planted>,
    /// `(chain, text)`: what the reader should yield for that chain.
    pub texts: Vec<(Vec<String>, String)>,
}

impl Built {
    /// Records a part under `chain` whose text is `doc`'s, with its values.
    fn part(&mut self, chain: &[String], doc: &Doc) {
        for (kind, value) in &doc.truth {
            self.truth.push(Planted {
                inner: chain.to_vec(),
                kind: *kind,
                value: value.clone(),
            });
        }
        self.texts.push((chain.to_vec(), doc.text.clone()));
    }

    /// Records what `inner` plants, one level down, in member `name` (an
    /// empty name adds no level).
    fn nest(&mut self, name: &str, inner: Built) {
        let prefix = |c: Vec<String>| {
            if name.is_empty() {
                c
            } else {
                std::iter::once(name.to_string()).chain(c).collect()
            }
        };
        for p in inner.truth {
            self.truth.push(Planted {
                inner: prefix(p.inner),
                ..p
            });
        }
        for (c, t) in inner.texts {
            self.texts.push((prefix(c), t));
        }
    }

    /// The container's bytes, once its parts are recorded.
    fn set_bytes(&mut self, bytes: Vec<u8>) {
        self.bytes = bytes;
    }

    /// Whether anything is planted.
    pub fn positive(&self) -> bool {
        !self.truth.is_empty()
    }
}

/// A container file to write at `rel`.
pub struct Bin {
    pub rel: String,
    pub built: Built,
}

/// A container generator: rng, dictionaries, running file index, variant
/// (0: drawn at random; 1.. forces one, so that a small corpus still holds
/// one of each).
pub type BinGen = fn(&Rng, &Dicts, usize, u8) -> Bin;

/// One of every container kind, written first: even the 3 MiB committed
/// corpus holds each format and chain shape.
pub const REQUIRED: &[(BinGen, u8)] = &[
    (zip_archive, 1),
    (zip_archive, 2),
    (zip_archive, 3),
    (zip_archive, 4),
    (tarball, 1),
    (docx, 1),
    (xlsx, 1),
    (pdf, 0),
    (eml, 1),
    (tarball, 2),
    (docx, 2),
    (pptx, 0),
    (odt, 0),
    (eml, 2),
    (eml, 3),
    (tarball, 3),
    (tarball, 4),
    (mbox, 0),
    (html, 1),
    (html, 2),
    (xlsx, 2),
    (rtf, 0),
    (xml, 0),
    (neg_zip, 0),
    (neg_tarball, 0),
    (neg_docx, 0),
    (neg_pdf, 0),
];

/// Containers with planted values, by relative frequency (count).
pub const POSITIVE: &[(BinGen, u32)] = &[
    (zip_archive, 6),
    (tarball, 6),
    (docx, 5),
    (xlsx, 3),
    (pptx, 1),
    (odt, 2),
    (pdf, 5),
    (eml, 5),
    (mbox, 2),
    (html, 3),
    (rtf, 2),
    (xml, 2),
];

/// Hard negatives in containers.
pub const NEGATIVE: &[(BinGen, u32)] =
    &[(neg_zip, 3), (neg_tarball, 3), (neg_docx, 2), (neg_pdf, 2)];

/// Asserts that every planted value occurs in the text its chain yields and
/// that nothing is planted in a negative. A name across two cells
/// (`Last,First`, as CSV exports list it) is looked for across a tab.
pub fn check(bin: &Bin) {
    for p in &bin.built.truth {
        let across_cells = p.value.replacen(',', "\t", 1);
        assert!(
            !p.value.is_empty()
                && bin.built.texts.iter().any(|(c, t)| {
                    *c == p.inner
                        && (t.contains(p.value.as_str())
                            || (p.kind == Kind::Name && t.contains(across_cells.as_str())))
                }),
            "{} {:?}: planted {} value not in the text",
            bin.rel,
            p.inner,
            p.kind.as_str()
        );
    }
    assert_eq!(
        bin.built.positive(),
        !bin.rel.starts_with("negatives/"),
        "{}: positives plant values, negatives none",
        bin.rel
    );
}

// ---------------------------------------------------------------------
// Member documents

/// A document generator of the other modules.
type Gen = fn(&Rng, &Dicts, usize) -> Doc;

/// Documents that go into archives, by frequency.
const MEMBERS: &[(Gen, u32)] = &[
    (tx::progress_note, 6),
    (tx::referral_letter, 4),
    (tx::lab_report, 5),
    (tx::discharge_summary, 3),
    (tx::claims_report, 2),
    (tx::statement, 2),
    (md::prescription, 2),
    (md::operative_note, 1),
    (md::injury_claim, 1),
    (md::portal_log, 1),
    (st::csv_export, 3),
    (st::tsv_export, 1),
    (st::hl7, 2),
    (st::fhir, 1),
    (st::cda, 1),
];

/// Documents that go into word-processor files and PDFs (prose with
/// labelled header blocks).
const LETTERS: &[(Gen, u32)] = &[
    (tx::referral_letter, 5),
    (tx::progress_note, 3),
    (tx::lab_report, 4),
    (tx::discharge_summary, 2),
    (md::prescription, 1),
    (md::operative_note, 1),
];

/// Negative documents for negative archives.
const NEG_MEMBERS: &[(Gen, u32)] = &[
    (neg::invoice, 5),
    (neg::price_list, 2),
    (neg::catalog, 2),
    (neg::sales_report, 1),
];

/// A document drawn from `table`, with its own random stream. Text files
/// are sometimes saved with CRLF, as in the main loop.
fn draw(rng: &Rng, dicts: &Dicts, table: &[(Gen, u32)], idx: usize) -> Doc {
    let weights: Vec<u32> = table.iter().map(|(_, w)| *w).collect();
    let gen = table[rng.weighted(&weights)].0;
    let r = rng.fork();
    let mut doc = gen(&r, dicts, idx);
    if doc.rel.ends_with(".txt") && r.chance(0.12) {
        doc.text = doc.text.replace('\n', "\r\n");
    }
    doc
}

/// File name of a generated document (`progress_note_00012.txt`).
fn base(rel: &str) -> &str {
    rel.rsplit('/').next().unwrap_or(rel)
}

/// File name without its extension.
fn stem(rel: &str) -> &str {
    let b = base(rel);
    b.rsplit_once('.').map_or(b, |(s, _)| s)
}

/// Distinct member values of a document (for run splitting).
fn values_of(doc: &Doc) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for (_, value) in &doc.truth {
        if !v.contains(value) {
            v.push(value.clone());
        }
    }
    v
}

/// Splits `line` into pieces whose concatenation is `line`, cutting inside
/// some planted values (`212-09-` + `1234`) and before others, as word
/// processors split text into runs. With `force`, the first value of five
/// characters or more is always cut (once per document, see callers).
fn segments(rng: &Rng, line: &str, values: &[String], p: f64, force: &mut bool) -> Vec<String> {
    let mut cuts: Vec<usize> = Vec::new();
    for v in values {
        for (at, _) in line.match_indices(v.as_str()) {
            if v.len() >= 4 && (rng.chance(p) || (*force && v.len() >= 5)) {
                let k = 1 + rng.below(v.len() - 1);
                if line.is_char_boundary(at + k) {
                    cuts.push(at + k);
                    *force = false;
                }
            }
            if at > 0 && rng.chance(0.3) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        if c > from && c < line.len() {
            out.push(line[from..c].to_string());
            from = c;
        }
    }
    out.push(line[from..].to_string());
    out
}

// ---------------------------------------------------------------------
// Encodings

/// Base64 in 76-character lines (RFC 2045), LF-terminated.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + bytes.len() / 57 + 4);
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push('\n');
        }
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(char::from(A[(n >> 18) as usize & 63]));
        out.push(char::from(A[(n >> 12) as usize & 63]));
        out.push(if chunk.len() > 1 {
            char::from(A[(n >> 6) as usize & 63])
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            char::from(A[n as usize & 63])
        } else {
            '='
        });
    }
    out.push('\n');
    out
}

/// Quoted-printable (RFC 2045): `=` and non-ASCII escaped, lines longer
/// than 76 characters broken with soft line breaks (`=` at the end), and
/// one soft break placed inside `split` (a planted value) wherever it
/// first occurs, as mail clients that wrap at a fixed column do.
fn quoted_printable(text: &str, split: Option<&str>) -> String {
    let mut out = String::new();
    let mut split = split;
    for line in text.split('\n') {
        let mut enc = String::new();
        // Byte positions in `enc` where a soft break may go (never inside
        // an `=XX` escape).
        let mut ok: Vec<usize> = vec![0];
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let last = i + 1 == bytes.len();
            if b == b'=' || b >= 0x7F || (b < 0x20 && b != b'\t') || (last && b == b' ') {
                enc.push_str(&format!("={b:02X}"));
            } else {
                enc.push(char::from(b));
            }
            ok.push(enc.len());
        }
        let mut forced = None;
        if let Some(v) = split {
            if let Some(at) = enc.find(v) {
                forced = Some(at + v.len() / 2);
                split = None;
            }
        }
        let mut from = 0;
        loop {
            let rest = enc.len() - from;
            let cut = match forced {
                Some(f) if f > from && f - from <= 75 => Some(f),
                _ if rest > 76 => ok
                    .iter()
                    .rev()
                    .copied()
                    .find(|&p| p > from && p - from <= 75),
                _ => None,
            };
            match cut {
                Some(c) if c < enc.len() => {
                    out.push_str(&enc[from..c]);
                    out.push_str("=\n");
                    if forced == Some(c) {
                        forced = None;
                    }
                    from = c;
                }
                _ => break,
            }
        }
        out.push_str(&enc[from..]);
        out.push('\n');
    }
    out.pop();
    out
}

// ---------------------------------------------------------------------
// Archive writers

/// A zip whose entries are dated on a day drawn from the seed.
fn dated_zip(rng: &Rng) -> Zip {
    let d = Date::random(rng, 2016, 2024);
    let time = DateTime::from_date_and_time(
        d.y as u16,
        d.m as u8,
        d.d as u8,
        rng.range(7, 18) as u8,
        rng.range(0, 59) as u8,
        2 * rng.range(0, 29) as u8,
    )
    .unwrap_or_default();
    Zip::at(time)
}

/// Member paths: where an archive puts a document (a directory prefix
/// chosen per archive).
fn member_path(style: usize, prefix: &str, doc: &Doc) -> String {
    match style {
        0 => base(&doc.rel).to_string(),
        1 => format!("{prefix}/{}", base(&doc.rel)),
        _ => doc.rel.clone(),
    }
}

/// Directories leading to `path` (`a/`, `a/b/`), for archives that list
/// them as entries.
fn parents(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = path[at..].find('/') {
        at += i + 1;
        out.push(path[..at].to_string());
    }
    out
}

/// A zip of `docs` (some stored, some deflated) as a [`Built`], members
/// named with `style`/`prefix`; directory entries when `dirs`.
fn zip_of(rng: &Rng, docs: &[Doc], style: usize, prefix: &str, dirs: bool) -> Built {
    let mut z = dated_zip(rng);
    let mut built = Built::default();
    let mut made: Vec<String> = Vec::new();
    for doc in docs {
        let path = member_path(style, prefix, doc);
        if dirs {
            for d in parents(&path) {
                if !made.contains(&d) {
                    z.dir(&d);
                    made.push(d);
                }
            }
        }
        z.file(&path, doc.text.as_bytes(), rng.chance(0.7));
        built.part(&[path], doc);
    }
    built.set_bytes(z.finish());
    built
}

/// Archive names.
const ARCHIVE_NAMES: &[&str] = &[
    "records_export",
    "chart_copies",
    "release_of_information",
    "scanned_batch",
    "patient_files",
    "audit_sample",
];

/// A PACS export: one or two studies' DICOM images in a study folder
/// (`DICOM/<accession>/IM000001`, or `…/CT_001.dcm`); each image's values
/// sit under `[member, "dicom header"]`.
fn pacs_zip(rng: &Rng, dicts: &Dicts, idx: usize) -> Bin {
    let mut z = dated_zip(rng);
    let mut built = Built::default();
    let dcm_names = rng.chance(0.5);
    for s in 0..rng.range(1, 2) {
        for (name, file) in dicom_writer::study_files(rng, dicts, dcm_names) {
            let path = format!("DICOM/ST{:03}/{name}", s + 1);
            z.file(&path, &file.bytes, rng.chance(0.5));
            built.nest(&path, file);
        }
    }
    built.set_bytes(z.finish());
    Bin {
        rel: format!("imaging/exports/pacs_export_{idx:05}.zip"),
        built,
    }
}

/// Zip archives of clinical documents. Variants: 1 a plain zip (stored and
/// deflated members, some under a directory), 2 a zip holding another zip,
/// 3 a zip named `.dat` (known by its content only), 4 a PACS export of
/// DICOM files.
pub fn zip_archive(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let variant = match variant {
        0 => [1, 1, 1, 1, 1, 2, 2, 3, 4][rng.below(9)],
        v => v,
    };
    if variant == 4 {
        return pacs_zip(rng, dicts, idx);
    }
    let name = rng.pick(ARCHIVE_NAMES);
    let year = Date::random(rng, 2016, 2024).y;
    let style = rng.below(3);
    let dirs = rng.chance(0.5);
    let n = rng.range(2, 6) as usize;
    let docs: Vec<Doc> = (0..n)
        .map(|k| draw(rng, dicts, MEMBERS, idx * 10 + k))
        .collect();
    let prefix = format!("{name}_{year}");
    match variant {
        2 => {
            // The inner zip is what another system sent; the outer one
            // bundles it with a few documents of its own.
            let inner_docs: Vec<Doc> = (0..rng.range(2, 4) as usize)
                .map(|k| draw(rng, dicts, MEMBERS, idx * 10 + 5 + k))
                .collect();
            let inner = zip_of(rng, &inner_docs, rng.below(2), "batch", false);
            let inner_name = if rng.chance(0.5) {
                format!("incoming/batch_{:03}.zip", rng.range(1, 400))
            } else {
                format!("batch_{:03}.zip", rng.range(1, 400))
            };
            let mut z = dated_zip(rng);
            let mut built = Built::default();
            for doc in &docs[..n.min(3)] {
                let path = member_path(style, &prefix, doc);
                z.file(&path, doc.text.as_bytes(), rng.chance(0.7));
                built.part(&[path], doc);
            }
            // A zip inside a zip is usually stored: it is compressed already.
            z.file(&inner_name, &inner.bytes, rng.chance(0.3));
            built.nest(&inner_name, inner);
            built.set_bytes(z.finish());
            Bin {
                rel: format!("exports/archive/{name}_{idx:05}.zip"),
                built,
            }
        }
        3 => Bin {
            rel: format!(
                "exports/archive/{}_{idx:05}.dat",
                rng.pick(&["upload", "outbound", "sync_queue", "backup"])
            ),
            built: zip_of(rng, &docs, style, &prefix, dirs),
        },
        _ => Bin {
            rel: format!("exports/archive/{name}_{idx:05}.zip"),
            built: zip_of(rng, &docs, style, &prefix, dirs),
        },
    }
}

/// Tar archives and gzip streams. Variants: 1 `.tar.gz`, 2 `.tgz`, 3 plain
/// `.tar`, 4 one document gzipped (`.txt.gz`, `.hl7.gz`: no member level).
pub fn tarball(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let variant = match variant {
        0 => [1, 1, 1, 2, 2, 3, 4, 4][rng.below(8)],
        v => v,
    };
    if variant == 4 {
        let doc = draw(rng, dicts, MEMBERS, idx);
        let mut built = Built::default();
        built.part(&[], &doc);
        built.set_bytes(gzip(doc.text.as_bytes()));
        return Bin {
            rel: format!("{}.gz", doc.rel),
            built,
        };
    }
    // An interface-engine archive of HL7 messages, or a backup of documents.
    let hl7 = rng.chance(0.2);
    let n = rng.range(2, 7) as usize;
    let docs: Vec<Doc> = (0..n)
        .map(|k| {
            if hl7 {
                let r = rng.fork();
                st::hl7(&r, dicts, idx * 10 + k)
            } else {
                draw(rng, dicts, MEMBERS, idx * 10 + k)
            }
        })
        .collect();
    let name = if hl7 {
        "interface_archive"
    } else {
        rng.pick(&["backup", "records", "chart_export", "nightly"])
    };
    let year = Date::random(rng, 2016, 2024).y;
    let prefix = format!("{name}-{year}");
    let style = rng.below(3);
    let mut t = Tar::new();
    let mut built = Built::default();
    let mut made: Vec<String> = Vec::new();
    for doc in &docs {
        let path = member_path(style, &prefix, doc);
        for d in parents(&path) {
            if !made.contains(&d) {
                t.dir(&d);
                made.push(d);
            }
        }
        t.file(&path, doc.text.as_bytes());
        built.part(&[path], doc);
    }
    let tar = t.finish();
    let (ext, bytes) = match variant {
        2 => ("tgz", gzip(&tar)),
        3 => ("tar", tar),
        _ => ("tar.gz", gzip(&tar)),
    };
    built.set_bytes(bytes);
    Bin {
        rel: format!("exports/backup/{name}_{idx:05}.{ext}"),
        built,
    }
}

// ---------------------------------------------------------------------
// Office documents

/// A block of a word-processor body: a paragraph (its runs) or a table
/// (rows of cells of runs).
enum Block {
    P(Vec<String>),
    Table(Vec<Vec<Vec<String>>>),
}

/// The text a reader yields for blocks: runs joined, `\n` after each
/// paragraph, cells by `\t`, rows by `\n`.
fn blocks_text(blocks: &[Block]) -> String {
    let mut t = String::new();
    for b in blocks {
        match b {
            Block::P(runs) => {
                t.push_str(&runs.concat());
                t.push('\n');
            }
            Block::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| c.concat()).collect();
                    t.push_str(&cells.join("\t"));
                    t.push('\n');
                }
            }
        }
    }
    t
}

/// A document's lines as paragraphs, some values cut across runs.
fn paragraphs(rng: &Rng, doc: &Doc, p: f64) -> Vec<Block> {
    let values = values_of(doc);
    let mut force = !values.is_empty();
    doc.text
        .trim_end_matches('\n')
        .split('\n')
        .map(|line| Block::P(segments(rng, line, &values, p, &mut force)))
        .collect()
}

/// A Doc holding `text` as the expected rendering and `truth` planted in it.
fn expected(rel: &str, text: String, truth: Vec<(Kind, String)>) -> Doc {
    let mut d = Doc::new(rel.to_string());
    d.text = text;
    d.truth = truth;
    d
}

const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

/// WordprocessingML runs.
fn w_runs(rng: &Rng, runs: &[String]) -> String {
    let mut x = String::new();
    for (i, r) in runs.iter().enumerate() {
        if i > 0 && rng.chance(0.15) {
            x.push_str("<w:proofErr w:type=\"spellStart\"/>");
        }
        x.push_str("<w:r>");
        if i == 0 && runs.len() > 1 && rng.chance(0.4) {
            x.push_str("<w:rPr><w:b/></w:rPr>");
        } else if rng.chance(0.2) {
            x.push_str("<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/><w:sz w:val=\"22\"/></w:rPr>");
        }
        x.push_str("<w:t xml:space=\"preserve\">");
        x.push_str(&esc(r));
        x.push_str("</w:t></w:r>");
    }
    x
}

/// A WordprocessingML paragraph.
fn w_p(rng: &Rng, runs: &[String]) -> String {
    if runs.concat().is_empty() {
        return "<w:p/>".to_string();
    }
    format!(
        "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>{}</w:p>",
        w_runs(rng, runs)
    )
}

/// A .docx: body blocks, optional page header paragraphs
/// (`word/header1.xml`). Returns the bytes and the texts of the two parts.
fn docx_bytes(rng: &Rng, body: &[Block], header: Option<&[Vec<String>]>) -> Vec<u8> {
    let mut doc = format!("{XML_DECL}<w:document {W_NS}><w:body>");
    for b in body {
        match b {
            Block::P(runs) => doc.push_str(&w_p(rng, runs)),
            Block::Table(rows) => {
                doc.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
                for _ in 0..rows.first().map_or(0, Vec::len) {
                    doc.push_str("<w:gridCol w:w=\"1900\"/>");
                }
                doc.push_str("</w:tblGrid>");
                for row in rows {
                    doc.push_str("<w:tr>");
                    for cell in row {
                        doc.push_str("<w:tc><w:tcPr><w:tcW w:w=\"1900\" w:type=\"dxa\"/></w:tcPr>");
                        doc.push_str(&w_p(rng, cell));
                        doc.push_str("</w:tc>");
                    }
                    doc.push_str("</w:tr>");
                }
                doc.push_str("</w:tbl>");
            }
        }
    }
    doc.push_str("<w:sectPr>");
    if header.is_some() {
        doc.push_str("<w:headerReference w:type=\"default\" r:id=\"rId1\"/>");
    }
    doc.push_str("<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");

    let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let main = format!("{wml}.document.main+xml");
    let head = format!("{wml}.header+xml");
    let mut overrides = vec![("/word/document.xml", main.as_str())];
    let mut doc_parts = Vec::new();
    let header_rel = format!("{REL}/header");
    if header.is_some() {
        overrides.push(("/word/header1.xml", head.as_str()));
        doc_parts.push((header_rel.as_str(), "header1.xml"));
    }
    let types = content_types(XML_DECL, &overrides);
    let office = format!("{REL}/officeDocument");
    let rels = relationships(XML_DECL, 1, &[(&office, "word/document.xml")]);
    let doc_rels = relationships(XML_DECL, 1, &doc_parts);

    let mut z = Zip::at(DateTime::default());
    z.file("[Content_Types].xml", types.as_bytes(), true);
    z.file("_rels/.rels", rels.as_bytes(), true);
    z.file("word/document.xml", doc.as_bytes(), true);
    z.file("word/_rels/document.xml.rels", doc_rels.as_bytes(), true);
    if let Some(h) = header {
        let mut x = format!("{XML_DECL}<w:hdr {W_NS}>");
        for runs in h {
            x.push_str(&w_p(rng, runs));
        }
        x.push_str("</w:hdr>");
        z.file("word/header1.xml", x.as_bytes(), true);
    }
    z.finish()
}

/// A word-processor letter or note: a document's lines as paragraphs
/// (values sometimes cut across runs) and a page header repeating the
/// patient's name, record number and birth date.
fn docx_letter(rng: &Rng, dicts: &Dicts, idx: usize) -> (Built, String) {
    let doc = draw(rng, dicts, LETTERS, idx);
    let source = doc.text.replace("\r\n", "\n");
    let doc = expected(&doc.rel, source, doc.truth.clone());
    let body = paragraphs(rng, &doc, 0.35);
    let first = |k: Kind| {
        doc.truth
            .iter()
            .find(|(kk, _)| *kk == k)
            .map(|(_, v)| v.clone())
    };
    let mut header_truth = Vec::new();
    let mut header_line = String::new();
    if let Some(name) = first(Kind::Name) {
        header_line.push_str("Patient: ");
        header_line.push_str(&name);
        header_truth.push((Kind::Name, name));
    }
    for (label, kind) in [("MRN", Kind::Mrn), ("DOB", Kind::Dob)] {
        if let Some(v) = first(kind) {
            if !header_line.is_empty() {
                header_line.push_str("    ");
            }
            header_line.push_str(&format!("{label}: {v}"));
            header_truth.push((kind, v));
        }
    }
    let fac = facility(rng, rng.chance(0.3));
    let header: Vec<Vec<String>> = vec![vec![fac.clone()], vec![header_line.clone()]];
    let mut built = Built::default();
    built.set_bytes(docx_bytes(rng, &body, Some(&header)));
    let body_doc = expected(&doc.rel, blocks_text(&body), doc.truth.clone());
    built.part(&["word/document.xml".to_string()], &body_doc);
    let header_doc = expected(&doc.rel, format!("{fac}\n{header_line}\n"), header_truth);
    built.part(&["word/header1.xml".to_string()], &header_doc);
    (built, stem(&doc.rel).to_string())
}

/// Patients drawn for a list.
fn people(rng: &Rng, dicts: &Dicts, lo: u32, hi: u32) -> Vec<Person> {
    (0..rng.range(lo, hi))
        .map(|_| Person::random(rng, dicts))
        .collect()
}

/// A word-processor patient list: a page header with the list's title and
/// a table whose header row names the columns; the data cells have no
/// labels of their own.
fn docx_table(rng: &Rng, dicts: &Dicts) -> (Built, String) {
    let list = rng.pick(&[
        "Diabetes registry",
        "Care management panel",
        "Pending referrals",
        "Hospital follow-up list",
    ]);
    let fac = facility(rng, false);
    let dob_fmt = [DateFmt::Us, DateFmt::Iso][rng.below(2)];
    let mut rows: Vec<Vec<Vec<String>>> = vec![["MRN", "Patient Name", "DOB", "SSN", "Dx Code"]
        .iter()
        .map(|h| vec![h.to_string()])
        .collect()];
    let mut truth = Vec::new();
    let mut force = true;
    for p in people(rng, dicts, 8, 25) {
        let name = p.name(
            if rng.chance(0.6) {
                NameShape::LastCommaFirst
            } else {
                NameShape::FirstLast
            },
            rng.chance(0.3),
        );
        let cells = [
            (Kind::Mrn, p.mrn.clone()),
            (Kind::Name, name),
            (Kind::Dob, p.dob.fmt(dob_fmt)),
            (Kind::Ssn, with_delim(&p.ssn, "-")),
            (Kind::Icd10, dicts.icd10(rng).code),
        ];
        let mut row = Vec::new();
        for (kind, v) in cells {
            let cut = kind != Kind::Name && (force || rng.chance(0.1));
            if cut {
                force = false;
                let k = 1 + rng.below(v.len() - 1);
                row.push(vec![v[..k].to_string(), v[k..].to_string()]);
            } else {
                row.push(vec![v.clone()]);
            }
            truth.push((kind, v));
        }
        rows.push(row);
    }
    let body = vec![Block::Table(rows)];
    let header = vec![vec![format!("{fac} - {list} - CONFIDENTIAL")]];
    let mut built = Built::default();
    built.set_bytes(docx_bytes(rng, &body, Some(&header)));
    let d = expected("list", blocks_text(&body), truth);
    built.part(&["word/document.xml".to_string()], &d);
    let slug = list.to_lowercase().replace(' ', "_").replace('-', "");
    (built, slug)
}

/// Word documents. Variants: 1 a letter or note with a page header, 2 a
/// patient list table.
pub fn docx(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let variant = match variant {
        0 => [1, 1, 1, 2][rng.below(4)],
        v => v,
    };
    let (built, name) = if variant == 2 {
        let (b, list) = docx_table(rng, dicts);
        (b, format!("{list}_{idx:05}"))
    } else {
        docx_letter(rng, dicts, idx)
    };
    let year = Date::random(rng, 2016, 2024).y;
    Bin {
        rel: format!("documents/word/{year}/{name}.docx"),
        built,
    }
}

/// A spreadsheet cell as written: shared string, inline string, number,
/// or rich text (several runs in one shared string).
enum XCell {
    Shared(String),
    Inline(String),
    Num(String),
    Rich(Vec<String>),
}

impl XCell {
    fn text(&self) -> String {
        match self {
            XCell::Shared(s) | XCell::Inline(s) | XCell::Num(s) => s.clone(),
            XCell::Rich(r) => r.concat(),
        }
    }
}

/// An .xlsx with one sheet of `rows` (row 1 first).
fn xlsx_bytes(rows: &[Vec<XCell>], sheet_name: &str) -> Vec<u8> {
    let mut shared: Vec<String> = Vec::new();
    let mut sst_xml = String::new();
    let mut sst_count = 0;
    let mut sheet = String::new();
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(1);
    let col = |i: usize| char::from(b'A' + i as u8);
    sheet.push_str(&format!("{XML_DECL}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><dimension ref=\"A1:{}{}\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><sheetData>", col(ncols - 1), rows.len()));
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\" spans=\"1:{ncols}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", col(c), r + 1);
            match cell {
                XCell::Shared(s) => {
                    sst_count += 1;
                    let i = match shared.iter().position(|x| x == s) {
                        Some(i) => i,
                        None => {
                            shared.push(s.clone());
                            sst_xml.push_str(&format!("<si><t>{}</t></si>", esc(s)));
                            shared.len() - 1
                        }
                    };
                    sheet.push_str(&format!("<c r=\"{at}\" t=\"s\"><v>{i}</v></c>"));
                }
                XCell::Rich(runs) => {
                    sst_count += 1;
                    // Rich text is never shared with a plain string.
                    shared.push(format!("\u{1}{}", runs.concat()));
                    sst_xml.push_str("<si>");
                    for (k, run) in runs.iter().enumerate() {
                        if k == 0 {
                            sst_xml.push_str(
                                "<r><rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>",
                            );
                        } else {
                            sst_xml
                                .push_str("<r><rPr><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>");
                        }
                        sst_xml
                            .push_str(&format!("<t xml:space=\"preserve\">{}</t></r>", esc(run)));
                    }
                    sst_xml.push_str("</si>");
                    sheet.push_str(&format!(
                        "<c r=\"{at}\" t=\"s\"><v>{}</v></c>",
                        shared.len() - 1
                    ));
                }
                XCell::Inline(s) => sheet.push_str(&format!(
                    "<c r=\"{at}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                    esc(s)
                )),
                XCell::Num(n) => sheet.push_str(&format!("<c r=\"{at}\"><v>{n}</v></c>")),
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
    let sst = format!(
        "{XML_DECL}<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{sst_count}\" uniqueCount=\"{}\">{sst_xml}</sst>",
        shared.len()
    );
    let types = xlsx_content_types(XML_DECL, &[]);
    let office = format!("{REL}/officeDocument");
    let rels = relationships(XML_DECL, 1, &[(&office, "xl/workbook.xml")]);
    let workbook = format!("{XML_DECL}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets><sheet name=\"{}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>", esc(sheet_name));
    let wb_rels = workbook_rels(XML_DECL);
    let mut z = Zip::at(DateTime::default());
    z.file("[Content_Types].xml", types.as_bytes(), true);
    z.file("_rels/.rels", rels.as_bytes(), true);
    z.file("xl/workbook.xml", workbook.as_bytes(), true);
    z.file("xl/_rels/workbook.xml.rels", wb_rels.as_bytes(), true);
    z.file("xl/sharedStrings.xml", sst.as_bytes(), true);
    z.file("xl/worksheets/sheet1.xml", sheet.as_bytes(), true);
    z.finish()
}

/// A spreadsheet patient list, one patient a row under a header row:
/// variant 1 `MRN`, `Patient Name`, `DOB`, `SSN`, `Dx Code` (the name in
/// one cell, `Smith, John`), variant 2 `MRN`, `Last Name`, `First Name`,
/// `DOB`, `SSN`, `Dx Code` (a name across the two cells is listed as
/// `Last,First`, as for CSV exports; variant 0 is the first layout).
/// Text cells are shared strings, some
/// inline; record numbers without leading zeros are numbers, as Excel
/// stores them; dates are text.
pub fn xlsx(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    // The split layout is written once per corpus (a required kind): the
    // scanner does not yet join a name across two cells, and the committed
    // corpus is gated on name recall.
    let split = variant == 2;
    let upper = rng.chance(0.3);
    let dob_fmt = [DateFmt::Us, DateFmt::Iso][rng.weighted(&[70, 30])];
    let inline = rng.chance(0.3);
    let s = |v: String| {
        if inline {
            XCell::Inline(v)
        } else {
            XCell::Shared(v)
        }
    };
    let header: &[&str] = if split {
        &["MRN", "Last Name", "First Name", "DOB", "SSN", "Dx Code"]
    } else {
        &["MRN", "Patient Name", "DOB", "SSN", "Dx Code"]
    };
    let mut rows: Vec<Vec<XCell>> = vec![header
        .iter()
        .map(|h| XCell::Shared(h.to_string()))
        .collect()];
    let mut truth = Vec::new();
    for p in people(rng, dicts, 15, 60) {
        let case = |w: &str| if upper { w.to_string() } else { title(w) };
        let (last, first) = (case(p.last), case(p.first));
        let full = format!("{last}, {first}");
        truth.push((
            Kind::Name,
            if split {
                format!("{last},{first}")
            } else {
                full.clone()
            },
        ));
        let mrn = if p.mrn.bytes().all(|b| b.is_ascii_digit())
            && !p.mrn.starts_with('0')
            && rng.chance(0.7)
        {
            XCell::Num(p.mrn.clone())
        } else {
            s(p.mrn.clone())
        };
        truth.push((Kind::Mrn, p.mrn.clone()));
        let dob = p.dob.fmt(dob_fmt);
        let ssn = with_delim(&p.ssn, "-");
        let (kind, dx) = if rng.chance(0.9) {
            (Kind::Icd10, dicts.icd10(rng).code)
        } else {
            (Kind::Icd9, dicts.icd9(rng).code)
        };
        truth.push((Kind::Dob, dob.clone()));
        truth.push((Kind::Ssn, ssn.clone()));
        truth.push((kind, dx.clone()));
        // Now and then a cell's text is rich text: runs to be joined.
        let rich = rng.chance(0.08) && last.len() > 3;
        let mut row = vec![mrn];
        if split {
            row.push(if rich {
                XCell::Rich(vec![last[..2].to_string(), last[2..].to_string()])
            } else {
                s(last)
            });
            row.push(s(first));
        } else if rich {
            let rest = full[last.len()..].to_string();
            row.push(XCell::Rich(vec![last, rest]));
        } else {
            row.push(s(full));
        }
        row.extend([XCell::Inline(dob), s(ssn), s(dx)]);
        rows.push(row);
    }
    let text: String = rows
        .iter()
        .map(|r| {
            let cells: Vec<String> = r.iter().map(XCell::text).collect();
            cells.join("\t") + "\n"
        })
        .collect();
    let sheet_name = rng.pick(&["Patients", "Sheet1", "Panel", "Export"]);
    let mut built = Built::default();
    built.set_bytes(xlsx_bytes(&rows, sheet_name));
    built.part(
        &["xl/worksheets/sheet1.xml".to_string()],
        &expected("xlsx", text, truth),
    );
    Bin {
        rel: format!(
            "exports/sheets/{}_{idx:05}.xlsx",
            rng.pick(&["patient_list", "panel_export", "registry", "no_show_report"])
        ),
        built,
    }
}

/// DrawingML paragraphs.
fn a_paras(lines: &[Vec<String>]) -> String {
    let mut x = String::new();
    for runs in lines {
        x.push_str("<a:p>");
        for r in runs {
            x.push_str(&format!(
                "<a:r><a:rPr lang=\"en-US\" dirty=\"0\"/><a:t>{}</a:t></a:r>",
                esc(r)
            ));
        }
        x.push_str("</a:p>");
    }
    x
}

/// A slide with a title and a body text box.
fn slide_xml(title_text: &str, body: &[Vec<String>]) -> String {
    format!(
        "{XML_DECL}<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{}</p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Content Placeholder 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
        a_paras(&[vec![title_text.to_string()]]),
        a_paras(body)
    )
}

/// A minimal presentation: a case-review slide with the patient's name,
/// birth date, record number and diagnosis codes
/// (`ppt/slides/slide1.xml`), and a discussion slide without identifiers.
pub fn pptx(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let p = Person::random(rng, dicts);
    let board = rng.pick(&[
        "Tumor Board Case Review",
        "Morbidity and Mortality Conference",
        "Heart Failure Case Conference",
        "Complex Care Case Review",
    ]);
    let name = p.name(
        [NameShape::FirstLast, NameShape::LastCommaFirst][rng.below(2)],
        false,
    );
    let dob = p
        .dob
        .fmt([DateFmt::Us, DateFmt::Long, DateFmt::Iso][rng.below(3)]);
    let dxs = dicts.icd10_list(rng, rng.range(1, 3) as usize);
    let mut body: Vec<Vec<String>> = vec![
        vec!["Patient: ".into(), name.clone()],
        vec!["DOB: ".into(), dob.clone()],
        vec!["MRN: ".into(), p.mrn.clone()],
    ];
    let mut truth = vec![
        (Kind::Name, name),
        (Kind::Dob, dob),
        (Kind::Mrn, p.mrn.clone()),
    ];
    for dx in &dxs {
        body.push(vec![
            "Dx: ".into(),
            dx.code.clone(),
            format!(" {}", dx.title.unwrap_or("see problem list")),
        ]);
        truth.push((Kind::Icd10, dx.code.clone()));
    }
    body.push(vec![format!(
        "Presenting: {}",
        rng.pick(&[
            "new mass on imaging, biopsy pending",
            "readmission within 30 days",
            "worsening dyspnea despite therapy",
            "unexpected post-operative complication",
        ])
    )]);
    let discussion: Vec<Vec<String>> = [
        "Imaging and pathology reviewed by the group",
        "Options: surveillance, surgery, systemic therapy",
        "Recommendation: multidisciplinary clinic within 2 weeks",
        "Action items: nurse navigator to call the family",
    ]
    .iter()
    .take(rng.range(2, 4) as usize)
    .map(|l| vec![l.to_string()])
    .collect();
    let slide1 = slide_xml(board, &body);
    let slide2 = slide_xml("Discussion", &discussion);
    let pml = "application/vnd.openxmlformats-officedocument.presentationml";
    let slide = format!("{pml}.slide+xml");
    let types = content_types(
        XML_DECL,
        &[
            (
                "/ppt/presentation.xml",
                &format!("{pml}.presentation.main+xml"),
            ),
            ("/ppt/slides/slide1.xml", &slide),
            ("/ppt/slides/slide2.xml", &slide),
        ],
    );
    let office = format!("{REL}/officeDocument");
    let rels = relationships(XML_DECL, 1, &[(&office, "ppt/presentation.xml")]);
    let pres = format!("{XML_DECL}<p:presentation xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/><p:sldId id=\"257\" r:id=\"rId3\"/></p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>");
    let slide_rel = format!("{REL}/slide");
    let pres_rels = relationships(
        XML_DECL,
        2,
        &[
            (&slide_rel, "slides/slide1.xml"),
            (&slide_rel, "slides/slide2.xml"),
        ],
    );
    let mut z = Zip::at(DateTime::default());
    z.file("[Content_Types].xml", types.as_bytes(), true);
    z.file("_rels/.rels", rels.as_bytes(), true);
    z.file("ppt/presentation.xml", pres.as_bytes(), true);
    z.file(
        "ppt/_rels/presentation.xml.rels",
        pres_rels.as_bytes(),
        true,
    );
    z.file("ppt/slides/slide1.xml", slide1.as_bytes(), true);
    z.file("ppt/slides/slide2.xml", slide2.as_bytes(), true);
    let mut text = format!("{board}\n");
    for runs in &body {
        text.push_str(&runs.concat());
        text.push('\n');
    }
    let mut built = Built::default();
    built.set_bytes(z.finish());
    built.part(
        &["ppt/slides/slide1.xml".to_string()],
        &expected("pptx", text, truth),
    );
    Bin {
        rel: format!("documents/slides/case_review_{idx:05}.pptx"),
        built,
    }
}

/// ODF paragraph text: runs of spaces as `<text:s/>` (a leading space, and
/// every space after the first of a run, would be collapsed otherwise),
/// tabs as `<text:tab/>`, alternate runs in `<text:span>`.
fn odf_runs(runs: &[String]) -> String {
    let mut x = String::new();
    let mut prev_space = true; // a paragraph's leading space collapses
    for (i, run) in runs.iter().enumerate() {
        let span = i % 2 == 1;
        if span {
            x.push_str("<text:span text:style-name=\"T1\">");
        }
        let mut pending = 0usize;
        let flush = |x: &mut String, pending: &mut usize| {
            if *pending == 1 {
                x.push_str("<text:s/>");
            } else if *pending > 1 {
                x.push_str(&format!("<text:s text:c=\"{pending}\"/>"));
            }
            *pending = 0;
        };
        for c in run.chars() {
            match c {
                ' ' if prev_space => pending += 1,
                ' ' => {
                    x.push(' ');
                    prev_space = true;
                }
                '\t' => {
                    flush(&mut x, &mut pending);
                    x.push_str("<text:tab/>");
                    prev_space = false;
                }
                _ => {
                    flush(&mut x, &mut pending);
                    x.push_str(&esc(&c.to_string()));
                    prev_space = false;
                }
            }
        }
        flush(&mut x, &mut pending);
        if span {
            x.push_str("</text:span>");
        }
    }
    x
}

/// An OpenDocument text: `mimetype` stored first, `content.xml` with the
/// document's lines as paragraphs (some values cut by spans), and the
/// manifest.
pub fn odt(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let doc = draw(rng, dicts, LETTERS, idx);
    let doc = expected(&doc.rel, doc.text.replace("\r\n", "\n"), doc.truth.clone());
    let body = paragraphs(rng, &doc, 0.3);
    let mut content = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"><office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles><office:body><office:text>");
    for b in &body {
        if let Block::P(runs) = b {
            if runs.concat().is_empty() {
                content.push_str("<text:p text:style-name=\"Standard\"/>");
            } else {
                content.push_str(&format!(
                    "<text:p text:style-name=\"Standard\">{}</text:p>",
                    odf_runs(runs)
                ));
            }
        }
    }
    content.push_str("</office:text></office:body></office:document-content>");
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    let mut z = Zip::at(DateTime::default());
    z.file(
        "mimetype",
        b"application/vnd.oasis.opendocument.text",
        false,
    );
    z.file("content.xml", content.as_bytes(), true);
    z.file("META-INF/manifest.xml", manifest.as_bytes(), true);
    let mut built = Built::default();
    built.set_bytes(z.finish());
    built.part(
        &["content.xml".to_string()],
        &expected(&doc.rel, blocks_text(&body), doc.truth.clone()),
    );
    Bin {
        rel: format!("documents/odt/{}.odt", stem(&doc.rel)),
        built,
    }
}

// ---------------------------------------------------------------------
// PDF

/// Lines per PDF page (12 pt leading from y=750).
const PDF_LINES: usize = 58;

/// A PDF of `lines` in Helvetica 10 pt, one `BT … Td (…) Tj ET` per line,
/// 58 lines a page, content streams deflated.
fn pdf_bytes(lines: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids: Vec<Object> = Vec::new();
    let chunks: Vec<&[&str]> = if lines.is_empty() {
        vec![&[][..]]
    } else {
        lines.chunks(PDF_LINES).collect()
    };
    for page in chunks {
        let mut ops = Vec::new();
        for (i, line) in page.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let y = 750 - 12 * i as i64;
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec!["F1".into(), 10.into()]));
            ops.push(Operation::new("Td", vec![50.into(), y.into()]));
            ops.push(Operation::new(
                "Tj",
                vec![Object::string_literal(line.as_bytes().to_vec())],
            ));
            ops.push(Operation::new("ET", vec![]));
        }
        let content = Content { operations: ops }
            .encode()
            .expect("pdf content in memory");
        let mut stream = Stream::new(dictionary! {}, content);
        stream.compress().expect("pdf stream compression");
        let content_id = doc.add_object(stream);
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        });
        kids.push(page_id.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("pdf in memory");
    out
}

/// A document as a PDF (inner `[]`): its lines, in pages.
fn pdf_of(doc: &Doc) -> Built {
    let text = doc.text.replace("\r\n", "\n");
    let lines: Vec<&str> = text.trim_end_matches('\n').split('\n').collect();
    let mut built = Built::default();
    built.set_bytes(pdf_bytes(&lines));
    built.part(&[], &expected(&doc.rel, text.clone(), doc.truth.clone()));
    built
}

/// A lab report, letter or note printed to PDF.
pub fn pdf(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let doc = draw(rng, dicts, LETTERS, idx);
    Bin {
        rel: format!("documents/pdf/{}.pdf", stem(&doc.rel)),
        built: pdf_of(&doc),
    }
}

// ---------------------------------------------------------------------
// Mail with attachments

/// An attachment: file name, MIME type, and what it holds.
struct Attachment {
    name: String,
    mime: &'static str,
    built: Built,
}

/// An attachment of kind `k`: 1 a referral letter as .docx, 2 a CSV
/// export, 3 a zip of documents, 4 a lab report as PDF.
fn attachment(rng: &Rng, dicts: &Dicts, idx: usize, k: u8) -> Attachment {
    match k {
        1 => {
            let (built, _) = docx_letter(rng, dicts, idx);
            Attachment {
                name: rng
                    .pick(&["referral.docx", "visit_note.docx", "records.docx"])
                    .to_string(),
                mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                built,
            }
        }
        2 => {
            let r = rng.fork();
            let doc = st::csv_export(&r, dicts, idx);
            let mut built = Built::default();
            built.set_bytes(doc.text.as_bytes().to_vec());
            built.part(&[], &doc);
            Attachment {
                name: rng
                    .pick(&["labs.csv", "patients.csv", "export.csv", "worklist.csv"])
                    .to_string(),
                mime: "text/csv",
                built,
            }
        }
        3 => {
            let docs: Vec<Doc> = (0..rng.range(2, 3) as usize)
                .map(|k| draw(rng, dicts, MEMBERS, idx * 10 + k))
                .collect();
            Attachment {
                name: rng
                    .pick(&["records.zip", "chart_copy.zip", "documents.zip"])
                    .to_string(),
                mime: "application/zip",
                built: zip_of(rng, &docs, 0, "", false),
            }
        }
        _ => {
            let r = rng.fork();
            let doc = tx::lab_report(&r, dicts, idx);
            Attachment {
                name: rng.pick(&["lab_results.pdf", "results.pdf"]).to_string(),
                mime: "application/pdf",
                built: pdf_of(&doc),
            }
        }
    }
}

/// A staff address.
fn staff(rng: &Rng, domain: &str) -> String {
    let role = rng.pick(&[
        "Referral Coordinator",
        "Health Information Management",
        "Billing Office",
        "Front Desk",
        "Care Management",
    ]);
    format!(
        "{role} <{}@{domain}>",
        role.split(' ').next().unwrap_or("office").to_lowercase()
    )
}

/// One multipart/mixed message: a text body about a patient (7bit or
/// quoted-printable with a soft line break inside the record number) and
/// base64 attachments. Returns the message and what it plants: the body's
/// values with chain `[]`, an attachment's under `[file name, …]`.
fn multipart(rng: &Rng, dicts: &Dicts, d: Date, atts: Vec<Attachment>) -> (String, Built) {
    // Staff addresses at reserved example domains: only the patient's own
    // contact details are identifiers to plant (see `text_docs::email`).
    let domain = rng.pick(ids::SAMPLE_DOMAINS).to_string();
    let p = Person::random(rng, dicts);
    let (h, m, s) = (rng.range(7, 18), rng.range(0, 59), rng.range(0, 59));
    let boundary = format!("----=_Part_{}_{}", rng.digits(6), rng.hex(12));
    let qp = rng.chance(0.6);
    let mut body = Doc::new(String::new());
    body.line(rng.pick(&["Hello,", "Hi,", "Good afternoon,"]));
    body.line("");
    body.prose(
        rng,
        rng.pick(&[
            "Please find the requested records attached for the patient below. Let us know if anything else is needed for the referral.",
            "Attached are the documents for the patient below, as discussed on the phone this morning. Please confirm receipt.",
            "Sending the chart copies for the patient below; the release of information form is on file.",
        ]),
        72,
    );
    body.line("");
    let name = p.name(NameShape::random_text(rng), rng.chance(0.3));
    body.s(rng.pick(&["Patient: ", "Patient Name: ", "Name of Patient: "]))
        .plant(Kind::Name, &name)
        .s("\n");
    let dob = p.dob.fmt(DateFmt::random_dob(rng));
    body.s(rng.pick(&["DOB: ", "Date of Birth: "]))
        .plant(Kind::Dob, &dob)
        .s("\n");
    body.s(rng.pick(&["MRN: ", "Medical Record Number: ", "Chart No.: "]))
        .plant(Kind::Mrn, &p.mrn)
        .s("\n");
    if rng.chance(0.4) {
        body.s("SSN: ")
            .plant(Kind::Ssn, &with_delim(&p.ssn, "-"))
            .s("\n");
    }
    if rng.chance(0.4) {
        body.s(rng.pick(&["Phone: ", "Cell: ", "Best number: "]))
            .plant(Kind::Phone, &p.cell_as(PhoneFmt::delimited(rng)))
            .s("\n");
    }
    if rng.chance(0.25) {
        body.s(rng.pick(&["E-mail: ", "Patient email: "]))
            .plant(Kind::Email, &p.email)
            .s("\n");
    }
    let dxs = dicts.icd10_list(rng, rng.range(1, 2) as usize);
    body.s("Dx: ");
    for (i, dx) in dxs.iter().enumerate() {
        if i > 0 {
            body.s(", ");
        }
        body.plant(Kind::Icd10, &dx.code);
    }
    body.s("\n\n");
    body.line(rng.pick(&["Thanks,", "Regards,", "Thank you,"]));
    body.line(&format!("{} | {}", facility(rng, false), phone(rng)));
    let mut headers = String::new();
    headers.push_str(&format!(
        "Message-ID: <{}{:02}{:02}.{}@{domain}>\n",
        d.y,
        d.m,
        d.d,
        rng.digits(8)
    ));
    headers.push_str(&format!(
        "Date: {}, {} {} {} {h:02}:{m:02}:{s:02} -0500\n",
        d.weekday(),
        d.d,
        d.mon(),
        d.y
    ));
    headers.push_str(&format!("From: {}\n", staff(rng, &domain)));
    headers.push_str(&format!("To: {}\n", staff(rng, &domain)));
    headers.push_str(&format!(
        "Subject: {}\n",
        rng.pick(&[
            "Records for referral",
            "Fwd: chart copies",
            "Requested documents",
            "Re: records request"
        ])
    ));
    headers.push_str("MIME-Version: 1.0\n");
    let mut msg = headers.clone();
    msg.push_str(&format!(
        "Content-Type: multipart/mixed;\n\tboundary=\"{boundary}\"\n\nThis is a multi-part message in MIME format.\n\n--{boundary}\n"
    ));
    if qp {
        msg.push_str("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n");
        msg.push_str(&quoted_printable(&body.text, Some(&p.mrn)));
    } else {
        msg.push_str(
            "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n",
        );
        msg.push_str(&body.text);
    }
    let mut built = Built::default();
    body.text = format!("{headers}\n{}", body.text);
    built.part(&[], &body);
    for a in atts {
        msg.push_str(&format!(
            "\n--{boundary}\nContent-Type: {}; name=\"{}\"\nContent-Disposition: attachment; filename=\"{}\"\nContent-Transfer-Encoding: base64\n\n",
            a.mime, a.name, a.name
        ));
        msg.push_str(&base64(&a.built.bytes));
        built.nest(&a.name, a.built);
    }
    msg.push_str(&format!("\n--{boundary}--\n"));
    (msg, built)
}

/// A message with attachments (`.eml`). Variants force the attachment: 1
/// a docx, 2 a CSV, 3 a zip; 0 draws one or two of docx, CSV, zip, PDF.
pub fn eml(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let kinds: Vec<u8> = match variant {
        0 => {
            let first = 1 + rng.below(4) as u8;
            if rng.chance(0.3) {
                let second = 1 + rng.below(4) as u8;
                if second != first {
                    vec![first, second]
                } else {
                    vec![first]
                }
            } else {
                vec![first]
            }
        }
        v => vec![v],
    };
    let d = Date::random(rng, 2016, 2024);
    let atts: Vec<Attachment> = kinds
        .iter()
        .enumerate()
        .map(|(k, &kind)| attachment(rng, dicts, idx * 10 + k, kind))
        .collect();
    let (msg, built) = multipart(rng, dicts, d, atts);
    let mut built = built;
    built.set_bytes(msg.into_bytes());
    Bin {
        rel: format!("mail/attachments/{}/msg_{idx:05}.eml", d.y),
        built,
    }
}

/// A mailbox of messages with attachments: a value in message N's body is
/// reported under `["message N"]`, one in its attachment under
/// `["message N/<file name>", …]`.
pub fn mbox(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let mut when = Date::random(rng, 2016, 2024);
    let n = rng.range(2, 5);
    let mut text = String::new();
    let mut built = Built::default();
    for i in 1..=n {
        let atts = if i == 1 || rng.chance(0.5) {
            vec![attachment(
                rng,
                dicts,
                idx * 10 + i as usize,
                1 + rng.below(4) as u8,
            )]
        } else {
            Vec::new()
        };
        let (msg, b) = multipart(rng, dicts, when, atts);
        text.push_str(&format!(
            "From referrals@example.org {} {} {:2} {:02}:{:02}:{:02} {}\n",
            when.weekday(),
            when.mon(),
            when.d,
            rng.range(7, 18),
            rng.range(0, 59),
            rng.range(0, 59),
            when.y
        ));
        text.push_str(&msg);
        text.push('\n');
        let own = format!("message {i}");
        for p in b.truth {
            let inner = match p.inner.split_first() {
                None => vec![own.clone()],
                Some((file, rest)) => std::iter::once(format!("{own}/{file}"))
                    .chain(rest.iter().cloned())
                    .collect(),
            };
            built.truth.push(Planted { inner, ..p });
        }
        for (c, t) in b.texts {
            let inner = match c.split_first() {
                None => vec![own.clone()],
                Some((file, rest)) => std::iter::once(format!("{own}/{file}"))
                    .chain(rest.iter().cloned())
                    .collect(),
            };
            built.texts.push((inner, t));
        }
        when = when.plus(rng.range(0, 5) as i64);
    }
    built.set_bytes(text.into_bytes());
    Bin {
        rel: format!("mail/attachments/referrals_{idx:05}.mbox"),
        built,
    }
}

// ---------------------------------------------------------------------
// Markup

/// HTML pages. Variant 1: a patient-portal visit summary (labelled
/// demographics table, problem list, visit notes); 2: a report saved as a
/// bare table whose header row names the columns.
pub fn html(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let variant = match variant {
        0 => [1, 1, 2][rng.below(3)],
        v => v,
    };
    let mut t = Doc::new(String::new());
    let mut h = String::new();
    let rel;
    if variant == 2 {
        rel = format!("portal/exports/report_{idx:05}.html");
        h.push_str("<html>\n<body>\n<table border=\"1\" cellpadding=\"3\">\n");
        let cols = ["MRN", "Patient Name", "DOB", "SSN", "Dx Code"];
        h.push_str("<tr>");
        for c in cols {
            h.push_str(&format!("<th>{c}</th>"));
        }
        h.push_str("</tr>\n");
        t.line(&cols.join("\t"));
        let dob_fmt = [DateFmt::Us, DateFmt::Iso][rng.below(2)];
        for p in people(rng, dicts, 6, 30) {
            let name = p.name(
                [NameShape::LastCommaFirst, NameShape::FirstLast][rng.below(2)],
                rng.chance(0.3),
            );
            let vals = [
                (Kind::Mrn, p.mrn.clone()),
                (Kind::Name, name),
                (Kind::Dob, p.dob.fmt(dob_fmt)),
                (Kind::Ssn, with_delim(&p.ssn, "-")),
                (Kind::Icd10, dicts.icd10(rng).code),
            ];
            h.push_str("<tr>");
            for (i, (kind, v)) in vals.iter().enumerate() {
                h.push_str(&format!("<td>{}</td>", esc(v)));
                if i > 0 {
                    t.s("\t");
                }
                t.plant(*kind, v);
            }
            h.push_str("</tr>\n");
            t.s("\n");
        }
        h.push_str("</table>\n</body>\n</html>\n");
    } else {
        rel = format!("portal/visits/visit_summary_{idx:05}.html");
        let p = Person::random(rng, dicts);
        let fac = facility(rng, false);
        let visit = Date::random(rng, 2018, 2024);
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.push_str(&format!("<title>Visit Summary - {}</title>\n", esc(&fac)));
        h.push_str("<style>\nbody { font-family: Arial, sans-serif; }\nth { text-align: left; padding-right: 12px; }\n</style>\n");
        h.push_str("<script>window.dataLayer = window.dataLayer || []; function track(id) { dataLayer.push({event: 'view', page: id}); }</script>\n");
        h.push_str("</head>\n<body onload=\"track('visit-summary')\">\n");
        h.push_str(&format!(
            "<div class=\"banner\"><h1>{} &amp; Patient Portal</h1></div>\n",
            esc(&fac)
        ));
        t.line(&format!("Visit Summary - {fac}"));
        t.line(&format!("{fac} & Patient Portal"));
        h.push_str(&format!(
            "<h2>After Visit Summary</h2>\n<p>Visit date: {} with {}</p>\n",
            visit.fmt(DateFmt::Us),
            esc(&clinician(rng, dicts))
        ));
        t.line("After Visit Summary");
        h.push_str("<h2>Patient Information</h2>\n<table class=\"demographics\">\n");
        let name = p.name(NameShape::random_text(rng), rng.chance(0.2));
        let dob = p
            .dob
            .fmt([DateFmt::Us, DateFmt::Long, DateFmt::Iso][rng.below(3)]);
        // (label, text before the value, kind, value)
        let mut rows: Vec<(&str, String, Option<Kind>, String)> = vec![
            ("Patient Name", String::new(), Some(Kind::Name), name),
            ("Date of Birth", String::new(), Some(Kind::Dob), dob),
            ("MRN", String::new(), Some(Kind::Mrn), p.mrn.clone()),
            (
                "Sex",
                String::new(),
                None,
                if p.sex == 'F' { "Female" } else { "Male" }.to_string(),
            ),
            (
                "Phone",
                String::new(),
                Some(Kind::Phone),
                p.phone_as(PhoneFmt::delimited(rng)),
            ),
        ];
        if rng.chance(0.6) {
            rows.push((
                "Address",
                String::new(),
                Some(Kind::Address),
                p.street.clone(),
            ));
            rows.push((
                "City/State/ZIP",
                format!("{}, {} ", p.city, p.state),
                Some(Kind::Zip),
                p.zip.clone(),
            ));
        }
        if rng.chance(0.5) {
            rows.push(("Email", String::new(), Some(Kind::Email), p.email.clone()));
        }
        for (label, before, kind, v) in rows {
            h.push_str(&format!(
                "<tr><th>{label}</th><td>{}{}</td></tr>\n",
                esc(&before),
                esc(&v)
            ));
            t.s(label).s("\t").s(&before);
            match kind {
                Some(k) => {
                    t.plant(k, &v);
                }
                None => {
                    t.s(&v);
                }
            }
            t.s("\n");
        }
        h.push_str("</table>\n<h2>Problem List</h2>\n<table class=\"problems\">\n<tr><th>Diagnosis</th><th>ICD-10 Code</th><th>Status</th></tr>\n");
        t.line("Problem List");
        t.line("Diagnosis\tICD-10 Code\tStatus");
        for dx in dicts.icd10_list(rng, rng.range(1, 4) as usize) {
            let name = dx.title.unwrap_or("Problem (see chart)");
            h.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>Active</td></tr>\n",
                esc(name),
                dx.code
            ));
            t.s(name)
                .s("\t")
                .plant(Kind::Icd10, &dx.code)
                .s("\tActive\n");
        }
        h.push_str("</table>\n<h2>Instructions</h2>\n<p>");
        let instr = rng.pick(&[
            "Take your medications as prescribed. Call the clinic if your symptoms get worse.",
            "Schedule a follow-up visit in 3 months. Have your labs drawn one week before.",
            "Continue the home blood pressure log &amp; bring it to your next visit.",
        ]);
        h.push_str(instr);
        h.push_str("</p>\n<p class=\"footer\">You are receiving this summary because you have a portal account. &copy; ");
        h.push_str(&format!("{}</p>\n</body>\n</html>\n", visit.y));
    }
    let mut built = Built::default();
    built.set_bytes(h.into_bytes());
    built.part(&[], &t);
    Bin { rel, built }
}

/// RTF text escaping (ASCII documents).
fn rtf_esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '{' => o.push_str("\\{"),
            '}' => o.push_str("\\}"),
            '\t' => o.push_str("\\tab "),
            c if !c.is_ascii() => o.push_str(&format!("\\u{}?", c as u32 as i16)),
            c => o.push(c),
        }
    }
    o
}

/// A letter or note as RTF (WordPad style): one `\par` per line, some
/// values in formatting groups or cut across two (`{\b 212-09-}1234`).
pub fn rtf(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let doc = draw(rng, dicts, LETTERS, idx);
    let text = doc.text.replace("\r\n", "\n");
    let d = expected(&doc.rel, text.clone(), doc.truth.clone());
    let values = values_of(&d);
    let mut force = true;
    let mut r = String::from("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fmodern\\fcharset0 Courier New;}}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n\\pard\\sa0\\sl240\\slmult1\\f1\\fs20\\lang9 ");
    for line in text.trim_end_matches('\n').split('\n') {
        let segs = segments(rng, line, &values, 0.3, &mut force);
        for (i, s) in segs.iter().enumerate() {
            if i % 2 == 1 {
                r.push_str(&format!("{{\\b {}}}", rtf_esc(s)));
            } else {
                r.push_str(&rtf_esc(s));
            }
        }
        r.push_str("\\par\n");
    }
    r.push_str("}\n");
    let mut built = Built::default();
    built.set_bytes(r.into_bytes());
    built.part(&[], &d);
    Bin {
        rel: format!("clinic/letters/rtf/{}.rtf", stem(&doc.rel)),
        built,
    }
}

/// A generic XML export (not CDA): patient records whose element names are
/// the labels (`<PatientSSN>`, `<DateOfBirth>`); the reader renders
/// `Tag: text` lines.
pub fn xml(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let mut t = Doc::new(String::new());
    let when = Date::random(rng, 2018, 2024);
    x.push_str(&format!(
        "<PatientExport xmlns=\"urn:example:practice-export:v2\" generated=\"{}T{:02}:00:00\">\n",
        when.fmt(DateFmt::Iso),
        rng.range(0, 23)
    ));
    let fac = facility(rng, rng.chance(0.3));
    x.push_str(&format!("  <Source>{}</Source>\n", esc(&fac)));
    t.line(&format!("Source: {fac}"));
    let dob_fmt = [DateFmt::Iso, DateFmt::Us][rng.below(2)];
    for (i, p) in people(rng, dicts, 3, 20).iter().enumerate() {
        x.push_str(&format!("  <PatientRecord id=\"{}\">\n", i + 1));
        let name = p.name(NameShape::LastCommaFirst, rng.chance(0.3));
        let fields: Vec<(&str, Option<Kind>, String)> = {
            let mut f = vec![
                ("MedicalRecordNumber", Some(Kind::Mrn), p.mrn.clone()),
                ("PatientName", Some(Kind::Name), name),
                ("DateOfBirth", Some(Kind::Dob), p.dob.fmt(dob_fmt)),
                ("Sex", None, p.sex.to_string()),
            ];
            if rng.chance(0.7) {
                f.push(("PatientSSN", Some(Kind::Ssn), with_delim(&p.ssn, "-")));
            }
            f.push(("Street", Some(Kind::Address), p.street.clone()));
            f.push(("City", None, p.city.to_string()));
            f.push(("State", None, p.state.to_string()));
            // `Zip: 43215` once rendered: the label makes it a ZIP.
            f.push(("Zip", Some(Kind::Zip), p.zip.clone()));
            if rng.chance(0.6) {
                f.push(("Phone", Some(Kind::Phone), p.phone_as(PhoneFmt::Dash)));
            }
            if rng.chance(0.3) {
                f.push(("MemberID", Some(Kind::HealthPlanId), p.member_id.clone()));
            }
            f
        };
        for (tag, kind, v) in fields {
            x.push_str(&format!("    <{tag}>{}</{tag}>\n", esc(&v)));
            t.s(tag).s(": ");
            match kind {
                Some(k) => {
                    t.plant(k, &v);
                }
                None => {
                    t.s(&v);
                }
            }
            t.s("\n");
        }
        x.push_str("    <Diagnoses>\n");
        for _ in 0..rng.range(1, 3) {
            let (kind, dx, system) = if rng.chance(0.15) {
                (Kind::Icd9, dicts.icd9(rng), "ICD-9-CM")
            } else {
                (Kind::Icd10, dicts.icd10(rng), "ICD-10-CM")
            };
            x.push_str(&format!(
                "      <DiagnosisCode system=\"{system}\">{}</DiagnosisCode>\n",
                dx.code
            ));
            t.s("DiagnosisCode: ").plant(kind, &dx.code).s("\n");
            if let Some(desc) = dx.title {
                x.push_str(&format!(
                    "      <DiagnosisDescription>{}</DiagnosisDescription>\n",
                    esc(desc)
                ));
                t.line(&format!("DiagnosisDescription: {desc}"));
            }
        }
        x.push_str("    </Diagnoses>\n  </PatientRecord>\n");
    }
    x.push_str("</PatientExport>\n");
    let mut built = Built::default();
    built.set_bytes(x.into_bytes());
    built.part(&[], &t);
    Bin {
        rel: format!("exports/xml/patient_records_{idx:05}.xml"),
        built,
    }
}

// ---------------------------------------------------------------------
// Negatives

/// Invoices and price lists zipped, as accounting sends them.
pub fn neg_zip(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let docs: Vec<Doc> = (0..rng.range(2, 6) as usize)
        .map(|k| draw(rng, dicts, NEG_MEMBERS, idx * 10 + k))
        .collect();
    let year = Date::random(rng, 2016, 2024).y;
    Bin {
        rel: format!("negatives/archive/accounts_payable_{year}_{idx:05}.zip"),
        built: zip_of(
            rng,
            &docs,
            rng.below(2),
            &format!("ap_{year}"),
            rng.chance(0.5),
        ),
    }
}

/// A source release tarball: changelog, copyright file and code.
pub fn neg_tarball(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let proj = rng.pick(&[
        "libfoo",
        "quickparse",
        "tinyhttp",
        "logrotate-ng",
        "pixelkit",
    ]);
    let version = format!(
        "{}.{}.{}",
        rng.range(0, 4),
        rng.range(0, 20),
        rng.range(0, 9)
    );
    let root = format!("{proj}-{version}");
    let mut t = Tar::new();
    t.dir(&format!("{root}/"));
    let gens: [(Gen, &str); 3] = [
        (neg::changelog, "CHANGELOG.md"),
        (neg::copyright, "COPYRIGHT"),
        (neg::source_code, ""),
    ];
    for (k, (gen, name)) in gens.iter().enumerate() {
        let r = rng.fork();
        let doc = gen(&r, dicts, idx * 10 + k);
        assert!(doc.truth.is_empty());
        let path = if name.is_empty() {
            format!("{root}/src/{}", base(&doc.rel))
        } else {
            format!("{root}/{name}")
        };
        t.file(&path, doc.text.as_bytes());
    }
    Bin {
        rel: format!("negatives/src/{proj}-{idx:05}/{root}.tar.gz"),
        built: Built {
            bytes: gzip(&t.finish()),
            ..Built::default()
        },
    }
}

/// Meeting minutes as a Word document.
pub fn neg_docx(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let r = rng.fork();
    let doc = neg::minutes(&r, dicts, idx);
    let body = paragraphs(rng, &doc, 0.0);
    let header = vec![vec![rng
        .pick(&[
            "Board of Directors",
            "Facilities Committee",
            "Neighborhood Association",
        ])
        .to_string()]];
    Bin {
        rel: format!("negatives/minutes/docx/{}.docx", stem(&doc.rel)),
        built: Built {
            bytes: docx_bytes(rng, &body, Some(&header)),
            ..Built::default()
        },
    }
}

/// A newsletter, price list or obituary printed to PDF.
pub fn neg_pdf(rng: &Rng, dicts: &Dicts, idx: usize, _variant: u8) -> Bin {
    let gens: [Gen; 3] = [neg::newsletter, neg::price_list, neg::obituary];
    let r = rng.fork();
    let doc = gens[rng.below(3)](&r, dicts, idx);
    let mut built = pdf_of(&doc);
    built.texts.clear();
    Bin {
        rel: format!("negatives/pdf/{}.pdf", stem(&doc.rel)),
        built,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Read};

    #[test]
    fn quoted_printable_soft_breaks() {
        let t = "MRN: 00123456\nx=y";
        let q = quoted_printable(t, Some("00123456"));
        assert!(!q.contains("00123456"), "{q}");
        assert_eq!(q.replace("=\n", "").replace("=3D", "="), t);
        let long = "a".repeat(200);
        let q = quoted_printable(&long, None);
        assert!(q.lines().all(|l| l.len() <= 76));
        assert_eq!(q.replace("=\n", ""), long);
    }

    #[test]
    fn base64_round_trip_shape() {
        assert_eq!(base64(b"Man"), "TWFu\n");
        assert_eq!(base64(b"Ma"), "TWE=\n");
        assert_eq!(base64(b"M"), "TQ==\n");
        assert!(base64(&[0u8; 200]).lines().all(|l| l.len() <= 76));
    }

    #[test]
    fn segments_join_back() {
        let rng = Rng::new(3);
        let values = vec!["212-09-1234".to_string()];
        let mut force = true;
        let s = segments(&rng, "SSN: 212-09-1234 x", &values, 0.0, &mut force);
        assert!(s.len() >= 2);
        assert_eq!(s.concat(), "SSN: 212-09-1234 x");
        assert!(!s.iter().any(|p| p.contains("212-09-1234")));
    }

    /// Every zip-based container opens with the zip crate and its parts
    /// are where the truth says.
    #[test]
    fn containers_open_and_chains_exist() {
        let dicts = Dicts::load();
        for (i, (gen, variant)) in REQUIRED.iter().enumerate() {
            let rng = Rng::new(100 + i as u64);
            let bin = gen(&rng, &dicts, i + 1, *variant);
            check(&bin);
            let b = &bin.built.bytes;
            if b.starts_with(b"PK") {
                let mut z = zip::ZipArchive::new(Cursor::new(b.clone())).unwrap();
                for p in &bin.built.truth {
                    let mut f = z.by_name(&p.inner[0]).unwrap();
                    let mut v = Vec::new();
                    f.read_to_end(&mut v).unwrap();
                    assert!(!v.is_empty());
                }
            }
        }
    }

    #[test]
    fn same_seed_same_container() {
        let dicts = Dicts::load();
        for (i, (gen, variant)) in REQUIRED.iter().enumerate() {
            let a = gen(&Rng::new(7), &dicts, i, *variant);
            let b = gen(&Rng::new(7), &dicts, i, *variant);
            assert!(a.built.bytes == b.built.bytes, "{}", a.rel);
        }
    }
}
