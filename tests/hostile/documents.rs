//! Hostile documents (issue 17): every document format phiscan reads, cut
//! short and bit-flipped; encrypted OOXML and PDF; a PDF of a million
//! objects and PDF, OOXML and spreadsheet structures built to exhaust a
//! parser. Each tree holds an ordinary note with an SSN beside the hostile
//! file, whose finding must still be reported.

use std::collections::BTreeSet;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::{measure, record, Measured};
use crate::common::{phiscan, s, write, Run};

/// The ordinary note beside every hostile input.
const NOTE: &str = "note.txt";
const NOTE_TEXT: &str = "Patient: Maria Lopez\nSSN: 212-09-1234\nDx: E11.9\n";

/// A bound on one run: a hang guard, generous for a debug binary.
const BOUND: Duration = Duration::from_secs(120);

/// A committed sample, as starting bytes.
fn sample(rel: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Lines of labelled SSNs with filler between them, so that a document cut
/// anywhere keeps some of them before the cut.
fn patient_lines(n: usize) -> String {
    let mut t = String::new();
    for i in 0..n {
        t.push_str(&format!(
            "Patient SSN: 212-09-{:04} seen on ward {} for follow up of the usual complaints\n",
            1000 + i,
            i % 9
        ));
    }
    t
}

/// xorshift64: the same seed gives the same damage, so a failure replays.
fn next(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

/// `bytes` with `flips` bits flipped at places chosen by `seed`.
fn flipped(bytes: &[u8], seed: u64, flips: usize) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for _ in 0..flips {
        let i = (next(&mut x) % b.len() as u64) as usize;
        b[i] ^= 1 << (next(&mut x) % 8);
    }
    b
}

/// The cuts every format gets: 10%, 50%, 90% and all but the last byte.
fn cuts(bytes: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let n = bytes.len();
    vec![
        ("cut10", bytes[..n / 10].to_vec()),
        ("cut50", bytes[..n / 2].to_vec()),
        ("cut90", bytes[..n * 9 / 10].to_vec()),
        ("cutlast", bytes[..n - 1].to_vec()),
    ]
}

/// Scans a fresh tree holding the note and `files`, under [`BOUND`], and
/// checks what holds whatever the damage: the scan ran to its end (exit 1,
/// since the note has an SSN), no part was lost to an internal error or a
/// panic, and the note's SSN is reported.
fn scan_tree(case: &str, files: &[(String, Vec<u8>)], extra: &[&str]) -> Measured {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), NOTE, NOTE_TEXT);
    for (name, bytes) in files {
        write(tmp.path(), name, bytes);
    }
    let m = measure(
        case,
        BOUND,
        phiscan()
            .current_dir(tmp.path())
            .args(["scan", "--format", "jsonl"])
            .args(extra)
            .arg("."),
    );
    assert_sound(&m.run);
    m
}

/// What every hostile document run must show.
#[track_caller]
fn assert_sound(r: &Run) {
    r.assert_code(1);
    for text in [&r.stdout, &r.stderr] {
        assert!(!text.contains("internal error"), "{}", r.dump());
        assert!(!text.contains("panicked"), "{}", r.dump());
    }
    assert!(
        r.findings()
            .iter()
            .any(|f| s(&f["path"]) == format!("./{NOTE}") && f["kind"] == "ssn"),
        "the note's SSN is reported\n{}",
        r.dump()
    );
    // The contract: a scan is complete when nothing but special files
    // was skipped.
    let incomplete = r.skipped().iter().any(|sk| sk["reason"] != "not_regular");
    assert_eq!(r.summary()["complete"], !incomplete, "{}", r.dump());
}

/// (kind, fingerprint) of every finding in the file `name`.
fn found_in(r: &Run, name: &str) -> BTreeSet<(String, String)> {
    let path = format!("./{name}");
    r.findings()
        .iter()
        .filter(|f| f["path"] == path.as_str())
        .map(|f| (s(&f["kind"]).to_string(), s(&f["fingerprint"]).to_string()))
        .collect()
}

/// The skipped records of the file `name` (itself or a member).
fn skipped_in(r: &Run, name: &str) -> Vec<Value> {
    let path = format!("./{name}");
    r.skipped()
        .into_iter()
        .filter(|sk| sk["path"] == path.as_str())
        .collect()
}

/// Truncated versions of `bytes` (a document of format `ext`) beside the
/// intact one: each cut either still yields everything the intact document
/// yields or says it was damaged (a skipped record), and every record
/// names a reason from the contract. Returns the run and the number of
/// findings per variant, intact first.
fn truncated(ext: &str, bytes: &[u8]) -> (Measured, Vec<(String, usize, usize)>) {
    let full = format!("full.{ext}");
    let mut files = vec![(full.clone(), bytes.to_vec())];
    for (label, b) in cuts(bytes) {
        files.push((format!("{label}.{ext}"), b));
    }
    let m = scan_tree(&format!("{ext}: truncated"), &files, &[]);
    let r = &m.run;
    let whole = found_in(r, &full);
    assert!(
        !whole.is_empty(),
        "the intact {ext} has findings\n{}",
        r.dump()
    );
    assert!(skipped_in(r, &full).is_empty(), "{}", r.dump());
    let mut rows = Vec::new();
    for (name, _) in &files {
        let got = found_in(r, name);
        let skipped = skipped_in(r, name);
        for sk in &skipped {
            let reason = s(&sk["reason"]);
            assert!(
                ["corrupt", "unsupported", "archive_budget"].contains(&reason),
                "{name}: {sk}\n{}",
                r.dump()
            );
        }
        if !got.is_superset(&whole) {
            assert!(
                !skipped.is_empty(),
                "{name} lost findings ({} of {}) without saying it was damaged\n{}",
                got.len(),
                whole.len(),
                r.dump()
            );
        }
        rows.push((name.clone(), got.len(), skipped.len()));
    }
    // The last byte of a document holds no text: nothing is lost.
    let last = &rows[4];
    assert_eq!(last.1, whole.len(), "{last:?}\n{}", r.dump());
    (m, rows)
}

/// Bit-flipped versions of `bytes`: 16 flips for each of four seeds,
/// beside the intact document. Where the format checks its bytes
/// (`checked`: a zip's CRC-32, a zlib stream's Adler-32 in a PDF), a
/// version that lost findings says it was damaged, unless the flips hit its
/// leading signature.
fn bit_flipped(ext: &str, bytes: &[u8], checked: bool) -> (Measured, usize, usize) {
    let full = format!("full.{ext}");
    let mut files = vec![(full.clone(), bytes.to_vec())];
    files.extend((1..=4u64).map(|seed| (format!("flip{seed}.{ext}"), flipped(bytes, seed, 16))));
    let m = scan_tree(&format!("{ext}: bit-flipped"), &files, &[]);
    let r = &m.run;
    let whole = found_in(r, &full);
    let mut with_findings = 0;
    let mut marked = 0;
    for (name, variant) in &files[1..] {
        let got = found_in(r, name);
        let skipped = skipped_in(r, name);
        // A flip in the leading signature makes another kind of file
        // (sniffing is by content): it is scanned as a binary file. A zip
        // package is known by its end record too, so for one only a flip
        // there does.
        let zip_end_intact =
            bytes.starts_with(b"PK") && variant[variant.len() - 22..] == bytes[bytes.len() - 22..];
        let same_kind = variant[..8] == bytes[..8] || zip_end_intact;
        if checked && same_kind && !got.is_superset(&whole) {
            assert!(
                !skipped.is_empty(),
                "{name} lost findings ({} of {}) without saying it was damaged\n{}",
                got.len(),
                whole.len(),
                r.dump()
            );
        }
        with_findings += usize::from(!got.is_empty());
        marked += usize::from(!skipped.is_empty());
    }
    (m, with_findings, marked)
}

/// Runs the truncation and bit-flip cases of one format and records them.
fn damaged_format(ext: &str, bytes: &[u8]) {
    let checked = !["doc", "xls", "ppt", "msg"].contains(&ext);
    let (m, rows) = truncated(ext, bytes);
    let counts: Vec<String> = rows
        .iter()
        .map(|(n, f, k)| {
            let label = n.split('.').next().unwrap_or(n);
            format!("{label} {f}{}", if *k > 0 { "+skip" } else { "" })
        })
        .collect();
    record(
        &format!("{ext}: cut at 10/50/90% and last byte"),
        &format!("findings {}", counts.join(", ")),
        &m,
    );
    let (m, with, marked) = bit_flipped(ext, bytes, checked);
    record(
        &format!("{ext}: 16 bit flips x 4 seeds"),
        &format!("{with}/4 still yield findings, {marked}/4 marked damaged"),
        &m,
    );
}

#[test]
fn a_docx_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format(
        "docx",
        &sample("corpus/office/discharge_summary_00208.docx"),
    );
}

#[test]
fn an_xlsx_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("xlsx", &sample("corpus/office/patients_00057.xlsx"));
}

#[test]
fn a_pptx_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format(
        "pptx",
        &sample("corpus/generated/documents/slides/case_review_00043.pptx"),
    );
}

#[test]
fn an_odt_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("odt", &sample("corpus/office/referral_00008.odt"));
}

#[test]
fn an_ods_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("ods", &sample("corpus/office/encounters_00072.ods"));
}

#[test]
fn an_odp_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("odp", &odp(&patient_lines(60)));
}

#[test]
fn a_pdf_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("pdf", &sample("corpus/office/discharge_summary_00208.pdf"));
}

#[test]
fn a_legacy_doc_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("doc", &phiscan_gen::ole::word97_doc(&patient_lines(120)));
}

#[test]
fn a_legacy_xls_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    let mut csv = String::from("Name,SSN,Ward\n");
    for i in 0..300 {
        csv.push_str(&format!(
            "Maria Lopez,212-09-{:04},ward {}\n",
            1000 + i,
            i % 9
        ));
    }
    let xls = phiscan_gen::ole::biff8_xls(&[("patients.csv".into(), csv.into_bytes())]);
    damaged_format("xls", &xls);
}

#[test]
fn a_legacy_ppt_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("ppt", &ppt(&patient_lines(80)));
}

#[test]
fn an_outlook_msg_cut_short_or_bit_flipped_keeps_what_is_intact_and_says_it_is_damaged() {
    damaged_format("msg", &msg("Follow-up", &patient_lines(80)));
}

/// An ODF presentation whose slides hold `text`, one paragraph a line.
fn odp(text: &str) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"><office:body><office:presentation>"#,
    );
    for (i, chunk) in text.lines().collect::<Vec<_>>().chunks(10).enumerate() {
        content.push_str(&format!(
            r#"<draw:page draw:name="page{i}"><draw:frame><draw:text-box>"#
        ));
        for line in chunk {
            content.push_str(&format!("<text:p>{line}</text:p>"));
        }
        content.push_str("</draw:text-box></draw:frame></draw:page>");
    }
    content.push_str("</office:presentation></office:body></office:document-content>");
    let styles = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>"#;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("mimetype", stored).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.presentation")
        .unwrap();
    z.start_file("content.xml", deflated).unwrap();
    z.write_all(content.as_bytes()).unwrap();
    z.start_file("styles.xml", deflated).unwrap();
    z.write_all(styles.as_bytes()).unwrap();
    z.start_file("META-INF/manifest.xml", deflated).unwrap();
    z.write_all(b"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.presentation\"/></manifest:manifest>").unwrap();
    z.finish().unwrap().into_inner()
}

/// One PowerPoint record: version/instance, type, length, body.
fn ppt_record(ver: u16, typ: u16, body: &[u8]) -> Vec<u8> {
    let mut r = ver.to_le_bytes().to_vec();
    r.extend_from_slice(&typ.to_le_bytes());
    r.extend_from_slice(&(body.len() as u32).to_le_bytes());
    r.extend_from_slice(body);
    r
}

/// A PowerPoint 97 file: `text` in text atoms (a UTF-16 one and an 8-bit
/// one in turn, one per line) inside a document container.
fn ppt(text: &str) -> Vec<u8> {
    let mut atoms = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if i % 2 == 0 {
            let utf16: Vec<u8> = line.encode_utf16().flat_map(u16::to_le_bytes).collect();
            atoms.extend(ppt_record(0, 0x0FA0, &utf16));
        } else {
            atoms.extend(ppt_record(0, 0x0FA8, line.as_bytes()));
        }
    }
    let doc = ppt_record(0x000F, 0x03E8, &atoms);
    phiscan_gen::ole::compound(&[
        ("/PowerPoint Document", doc),
        ("/Current User", vec![0; 20]),
    ])
}

/// An Outlook message with a subject and a plain-text body (UTF-16
/// property streams, as Outlook writes them).
fn msg(subject: &str, body: &str) -> Vec<u8> {
    let utf16 = |t: &str| -> Vec<u8> { t.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    phiscan_gen::ole::compound(&[
        ("/__substg1.0_0037001F", utf16(subject)),
        ("/__substg1.0_0C1A001F", utf16("Dr Ada Smith")),
        ("/__substg1.0_1000001F", utf16(body)),
        ("/__properties_version1.0", vec![0; 32]),
    ])
}

/// A one-stream PDF writer: objects numbered from 1 in the order given,
/// with a classic cross-reference table. `pages` content streams each
/// show their lines with Helvetica.
fn pdf_of(pages: &[&str]) -> Vec<u8> {
    // 1 catalog, 2 page tree, 3 font, then page i at 4 + 2i and its
    // content at 5 + 2i, the last page's content last in the file.
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            (0..pages.len())
                .map(|i| format!("{} 0 R", 4 + 2 * i))
                .collect::<Vec<_>>()
                .join(" "),
            pages.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (i, text) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * i
            )
            .into_bytes(),
        );
        let mut content = String::from("BT /F1 10 Tf 12 TL 72 760 Td\n");
        for line in text.lines() {
            content.push_str(&format!("({line}) Tj T*\n"));
        }
        content.push_str("ET");
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(content.as_bytes());
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    finish_pdf(&objects, "")
}

/// A PDF file of `objects` (numbered from 1) with `trailer_extra` in its
/// trailer.
fn finish_pdf(objects: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[test]
fn a_pdf_cut_after_its_objects_is_rebuilt_whole_and_not_marked_damaged() {
    let pages = [patient_lines(20), patient_lines(40)];
    let pdf = pdf_of(&[pages[0].as_str(), pages[1].as_str()]);
    let xref = pdf.windows(5).rposition(|w| w == b"xref\n").unwrap();
    let files = vec![
        ("whole.pdf".to_string(), pdf.clone()),
        ("no-xref.pdf".to_string(), pdf[..xref].to_vec()),
    ];
    let m = scan_tree("pdf: cut before its xref table", &files, &[]);
    let r = &m.run;
    let whole = found_in(r, "whole.pdf");
    assert_eq!(whole.len(), 40, "{}", r.dump());
    assert_eq!(found_in(r, "no-xref.pdf"), whole, "{}", r.dump());
    assert!(skipped_in(r, "no-xref.pdf").is_empty(), "{}", r.dump());
    record(
        "pdf: cut before its xref table (lopdf rebuilds it)",
        "all 40 SSNs of 2 pages, not marked damaged",
        &m,
    );
}

#[test]
fn a_pdf_cut_inside_its_last_page_keeps_the_first_page_and_is_marked_damaged() {
    let first = patient_lines(20);
    let second = patient_lines(40);
    let pdf = pdf_of(&[first.as_str(), second.as_str()]);
    // The second page's content stream is the last object: cut in its
    // middle.
    let last = pdf.windows(6).rposition(|w| w == b"stream").unwrap();
    let endstream = pdf.windows(9).rposition(|w| w == b"endstream").unwrap();
    let cut = (last + endstream) / 2;
    let files = vec![("cut.pdf".to_string(), pdf[..cut].to_vec())];
    let m = scan_tree("pdf: cut inside its last page", &files, &[]);
    let r = &m.run;
    assert!(found_in(r, "cut.pdf").len() >= 20, "{}", r.dump());
    let skipped = skipped_in(r, "cut.pdf");
    assert!(
        skipped.iter().any(|sk| sk["reason"] == "corrupt"),
        "{}",
        r.dump()
    );
    record(
        "pdf: cut inside its last page's content",
        "first page's 20 SSNs reported, file marked corrupt",
        &m,
    );
}

/// The skipped record of `name` with reason `encrypted`, checked to say so.
#[track_caller]
fn assert_encrypted(r: &Run, name: &str) {
    let skipped = skipped_in(r, name);
    assert_eq!(skipped.len(), 1, "{}", r.dump());
    assert_eq!(skipped[0]["reason"], "encrypted", "{}", r.dump());
    assert!(
        s(&skipped[0]["detail"]).contains("encrypted"),
        "{}",
        r.dump()
    );
    assert!(found_in(r, name).is_empty(), "{}", r.dump());
}

/// An `EncryptionInfo` stream of agile encryption (version 4.4), as Office
/// writes for a password-protected document.
fn agile_encryption_info() -> Vec<u8> {
    let mut info = vec![4, 0, 4, 0, 0x40, 0, 0, 0];
    info.extend_from_slice(
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/></keyEncryptor></keyEncryptors></encryption>"#,
    );
    info
}

#[test]
fn a_password_protected_docx_and_xlsx_are_skipped_as_encrypted() {
    let mut x = 7u64;
    let package: Vec<u8> = (0..20_000).map(|_| next(&mut x) as u8).collect();
    let mut sized = (package.len() as u64 - 8).to_le_bytes().to_vec();
    sized.extend_from_slice(&package[8..]);
    let ole = phiscan_gen::ole::compound(&[
        ("/EncryptionInfo", agile_encryption_info()),
        ("/EncryptedPackage", sized),
    ]);
    let files = vec![
        ("secret.docx".to_string(), ole.clone()),
        ("secret.xlsx".to_string(), ole),
    ];
    let m = scan_tree("ooxml: password-protected", &files, &[]);
    assert_encrypted(&m.run, "secret.docx");
    assert_encrypted(&m.run, "secret.xlsx");
    record(
        "docx/xlsx: password-protected (OLE2 EncryptedPackage)",
        "skipped: encrypted",
        &m,
    );
}

#[test]
fn a_pdf_with_a_user_password_is_skipped_as_encrypted() {
    let mut x = 11u64;
    let mut hex = |n: usize| -> String {
        (0..n)
            .map(|_| format!("{:02X}", next(&mut x) as u8))
            .collect()
    };
    // Standard security handler, RC4 128-bit (V 2, R 3): /O and /U made
    // for a password that is not empty, the content encrypted with it
    // (random bytes stand in: without the password they are noise).
    let encrypt = format!(
        "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{}> /U <{}> >>",
        hex(32),
        hex(32)
    );
    let id = hex(16);
    let content: Vec<u8> = (0..400).map(|_| next(&mut x) as u8).collect();
    let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(&content);
    stream.extend_from_slice(b"\nendstream");
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>".to_vec(),
        stream,
        encrypt.into_bytes(),
    ];
    let pdf = finish_pdf(&objects, &format!("/Encrypt 5 0 R /ID [<{id}> <{id}>]"));
    let m = scan_tree(
        "pdf: user password",
        &[("secret.pdf".to_string(), pdf)],
        &[],
    );
    assert_encrypted(&m.run, "secret.pdf");
    record(
        "pdf: user password (standard security handler, RC4)",
        "skipped: encrypted",
        &m,
    );
}

#[test]
fn a_pdf_of_a_million_objects_is_read_or_skipped_within_the_memory_bound() {
    const OBJECTS: usize = 1_000_000;
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), NOTE, NOTE_TEXT);
    let content = "BT /F1 12 Tf 72 700 Td (Patient SSN: 212-09-5678) Tj ET";
    let fixed = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
    ];
    // Streamed to disk: only the offsets (8 bytes an object) are kept.
    let file = std::fs::File::create(tmp.path().join("objects.pdf")).unwrap();
    let mut w = BufWriter::new(file);
    let mut at = 0u64;
    let mut put = |w: &mut BufWriter<std::fs::File>, b: &[u8]| {
        w.write_all(b).unwrap();
        at += b.len() as u64;
        at
    };
    put(&mut w, b"%PDF-1.4\n");
    let mut offsets = Vec::with_capacity(OBJECTS);
    let mut last = 9u64;
    for i in 1..=OBJECTS {
        offsets.push(last);
        let body = fixed
            .get(i - 1)
            .cloned()
            .unwrap_or_else(|| format!("[{i}]"));
        last = put(&mut w, format!("{i} 0 obj\n{body}\nendobj\n").as_bytes());
    }
    let xref = last;
    put(
        &mut w,
        format!("xref\n0 {}\n0000000000 65535 f \n", OBJECTS + 1).as_bytes(),
    );
    for o in &offsets {
        put(&mut w, format!("{o:010} 00000 n \n").as_bytes());
    }
    put(
        &mut w,
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            OBJECTS + 1
        )
        .as_bytes(),
    );
    w.flush().unwrap();
    drop(w);
    drop(offsets);
    let m = measure(
        "pdf: a million objects",
        BOUND,
        phiscan()
            .current_dir(tmp.path())
            .args(["scan", "--format", "jsonl", "."]),
    );
    let r = &m.run;
    assert_sound(r);
    let found = found_in(r, "objects.pdf").len();
    let skipped = skipped_in(r, "objects.pdf");
    let outcome = if found > 0 {
        assert!(skipped.is_empty(), "{}", r.dump());
        "read whole: its page's SSN reported".to_string()
    } else {
        assert_eq!(skipped.len(), 1, "{}", r.dump());
        assert_eq!(skipped[0]["reason"], "archive_budget", "{}", r.dump());
        format!("skipped: archive_budget ({})", s(&skipped[0]["detail"]))
    };
    record("pdf: 1,000,000 objects", &outcome, &m);
}

#[test]
fn a_pdf_nested_a_hundred_thousand_deep_still_yields_its_page_text() {
    const DEPTH: usize = 100_000;
    let text = patient_lines(5);
    let mut content = String::from("BT /F1 10 Tf 12 TL 72 760 Td\n");
    for line in text.lines() {
        content.push_str(&format!("({line}) Tj T*\n"));
    }
    content.push_str("ET\n");
    // A deep array as an operand in the content stream, after the text.
    content.push_str(&"[".repeat(DEPTH));
    content.push_str(&"]".repeat(DEPTH));
    content.push_str(" TJ\n");
    let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(content.as_bytes());
    stream.extend_from_slice(b"\nendstream");
    let deep_array = format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let deep_dict = format!("{}1{}", "<< /A ".repeat(DEPTH), " >>".repeat(DEPTH));
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R /Deep 6 0 R /Deeper 7 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots 6 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream,
        deep_array.into_bytes(),
        deep_dict.into_bytes(),
    ];
    let pdf = finish_pdf(&objects, "");
    let m = scan_tree(
        "pdf: nested 100k deep",
        &[("deep.pdf".to_string(), pdf)],
        &[],
    );
    let r = &m.run;
    assert_eq!(found_in(r, "deep.pdf").len(), 5, "{}", r.dump());
    record(
        "pdf: arrays and dictionaries nested 100k deep",
        "its page's 5 SSNs reported",
        &m,
    );
}

/// A docx whose `word/document.xml` is `body` in a document element.
fn docx_with_body(body: &str) -> Vec<u8> {
    let ct = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("[Content_Types].xml", o).unwrap();
    z.write_all(ct.as_bytes()).unwrap();
    z.start_file("word/document.xml", o).unwrap();
    z.write_all(doc.as_bytes()).unwrap();
    z.finish().unwrap().into_inner()
}

#[test]
fn a_docx_nested_a_hundred_thousand_deep_still_yields_its_text() {
    const DEPTH: usize = 100_000;
    let para = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    // Elements, and tables in table cells, 100k deep, between two
    // paragraphs with SSNs.
    let mut body = para("Patient SSN: 212-09-1001");
    body.push_str(&"<w:sdt><w:sdtContent>".repeat(DEPTH));
    body.push_str(&para("SSN: 212-09-1002"));
    body.push_str(&"</w:sdtContent></w:sdt>".repeat(DEPTH));
    body.push_str(&"<w:tbl><w:tr><w:tc>".repeat(DEPTH));
    body.push_str(&para("SSN: 212-09-1003"));
    body.push_str(&"</w:tc></w:tr></w:tbl>".repeat(DEPTH));
    body.push_str(&para("Patient SSN: 212-09-1004"));
    let m = scan_tree(
        "docx: nested 100k deep",
        &[("deep.docx".to_string(), docx_with_body(&body))],
        &[],
    );
    let r = &m.run;
    let found = found_in(r, "deep.docx");
    assert_eq!(found.len(), 4, "{}", r.dump());
    record(
        "docx: word/document.xml nested 100k deep (elements, tables)",
        "all 4 SSNs reported",
        &m,
    );
}

#[test]
fn an_xlsx_claiming_billions_of_shared_strings_reads_the_ones_it_has() {
    let ct = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
    let workbook = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Patients" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let sst = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4294967295" uniqueCount="4294967295"><si><t>SSN</t></si><si><t>212-09-1001</t></si><si><t>212-09-1002</t></si></sst>"#;
    let sheet = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>4294967294</v></c></row><row r="1048576"><c r="XFD1048576" t="s"><v>2</v></c></row></sheetData></worksheet>"#;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in [
        ("[Content_Types].xml", ct),
        ("xl/workbook.xml", workbook),
        ("xl/sharedStrings.xml", sst),
        ("xl/worksheets/sheet1.xml", sheet),
    ] {
        z.start_file(name, o).unwrap();
        z.write_all(data.as_bytes()).unwrap();
    }
    let xlsx = z.finish().unwrap().into_inner();
    let m = scan_tree(
        "xlsx: huge sharedStrings count",
        &[("claims.xlsx".to_string(), xlsx)],
        &[],
    );
    let r = &m.run;
    assert_eq!(found_in(r, "claims.xlsx").len(), 2, "{}", r.dump());
    record(
        "xlsx: sharedStrings claiming 4,294,967,295 strings, a cell at XFD1048576",
        "both SSN cells reported",
        &m,
    );
}

#[test]
fn an_xlsx_cut_before_its_content_types_part_is_still_read_as_a_workbook() {
    // LibreOffice writes `[Content_Types].xml` last: a cut takes it first.
    let xlsx = sample("corpus/office/patients_00057.xlsx");
    let at = xlsx
        .windows(19)
        .position(|w| w == b"[Content_Types].xml")
        .unwrap()
        - 30;
    let files = vec![
        ("full.xlsx".to_string(), xlsx.clone()),
        ("cut.xlsx".to_string(), xlsx[..at].to_vec()),
    ];
    let m = scan_tree("xlsx: cut before [Content_Types].xml", &files, &[]);
    let r = &m.run;
    let whole = found_in(r, "full.xlsx");
    assert!(whole.len() > 100, "{}", r.dump());
    assert_eq!(found_in(r, "cut.xlsx"), whole, "{}", r.dump());
    let file = skipped_in(r, "cut.xlsx");
    assert!(
        file.iter().any(|sk| sk["inner"] == serde_json::json!([])
            && s(&sk["detail"]).starts_with("central directory missing")),
        "{}",
        r.dump()
    );
    record(
        "xlsx: cut before [Content_Types].xml (LibreOffice writes it last)",
        "every finding of the sheet, file marked corrupt",
        &m,
    );
}

#[test]
fn a_legacy_doc_whose_compound_file_cannot_be_opened_is_read_for_its_printable_text() {
    let doc = phiscan_gen::ole::word97_doc(&patient_lines(120));
    let files = vec![("half.doc".to_string(), doc[..doc.len() / 2].to_vec())];
    let m = scan_tree("doc: cut in half", &files, &[]);
    let r = &m.run;
    assert!(!found_in(r, "half.doc").is_empty(), "{}", r.dump());
    let skipped = skipped_in(r, "half.doc");
    assert_eq!(skipped.len(), 1, "{}", r.dump());
    assert_eq!(skipped[0]["reason"], "corrupt");
    assert!(
        s(&skipped[0]["detail"]).ends_with("; printable text read"),
        "{}",
        r.dump()
    );
    record(
        "doc: cut in half (cfb cannot open it)",
        "SSNs of the first half reported, corrupt",
        &m,
    );
}

/// zlib-compressed `data` (what a PDF's FlateDecode holds).
fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// A one-page PDF whose content (showing `text`) is a FlateDecode stream
/// passed through `damage`.
fn flate_pdf(text: &str, damage: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut content = String::from("BT /F1 10 Tf 12 TL 72 760 Td\n");
    for line in text.lines() {
        content.push_str(&format!("({line}) Tj T*\n"));
    }
    content.push_str("ET");
    let mut packed = zlib(content.as_bytes());
    damage(&mut packed);
    let mut stream = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        packed.len()
    )
    .into_bytes();
    stream.extend_from_slice(&packed);
    stream.extend_from_slice(b"\nendstream");
    let objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream,
    ];
    finish_pdf(&objects, "")
}

#[test]
fn a_pdf_page_whose_compressed_content_fails_its_checksum_is_reported_damaged() {
    let text = patient_lines(30);
    let files = vec![
        ("whole.pdf".to_string(), flate_pdf(&text, |_| {})),
        // The Adler-32 checksum's last byte: the text inflates whole.
        (
            "checksum.pdf".to_string(),
            flate_pdf(&text, |z| *z.last_mut().unwrap() ^= 1),
        ),
        // A bit in the last third of the deflate data: the lines before it
        // inflate as written.
        (
            "flipped.pdf".to_string(),
            flate_pdf(&text, |z| {
                let at = z.len() * 2 / 3;
                z[at] ^= 0x10;
            }),
        ),
    ];
    let m = scan_tree("pdf: content stream failing its checksum", &files, &[]);
    let r = &m.run;
    let whole = found_in(r, "whole.pdf");
    assert_eq!(whole.len(), 30, "{}", r.dump());
    assert!(skipped_in(r, "whole.pdf").is_empty(), "{}", r.dump());
    assert_eq!(found_in(r, "checksum.pdf"), whole, "{}", r.dump());
    assert!(!found_in(r, "flipped.pdf").is_empty(), "{}", r.dump());
    for name in ["checksum.pdf", "flipped.pdf"] {
        let skipped = skipped_in(r, name);
        assert_eq!(skipped.len(), 1, "{}", r.dump());
        assert_eq!(skipped[0]["detail"], "1 of 1 pages could not be read");
    }
    record(
        "pdf: page content failing its zlib checksum (flipped bit)",
        "text before the damage reported, page marked corrupt",
        &m,
    );
}

#[test]
fn a_pdf_with_an_object_its_xref_places_but_that_does_not_parse_is_reported_damaged() {
    let first = patient_lines(10);
    let second = patient_lines(20);
    let mut pdf = pdf_of(&[first.as_str(), second.as_str()]);
    // Break the second page's content object header (`7 0 obj`), keeping
    // every offset.
    let at = pdf.windows(8).position(|w| w == b"\n7 0 obj").unwrap() + 1;
    pdf[at + 4] = b'#';
    let m = scan_tree(
        "pdf: an object that does not parse",
        &[("broken.pdf".to_string(), pdf)],
        &[],
    );
    let r = &m.run;
    assert_eq!(found_in(r, "broken.pdf").len(), 10, "{}", r.dump());
    let skipped = skipped_in(r, "broken.pdf");
    assert!(
        skipped
            .iter()
            .any(|sk| sk["detail"] == "PDF damaged: 1 objects missing or unreadable"),
        "{}",
        r.dump()
    );
    record(
        "pdf: an object its xref places that does not parse",
        "the other page's SSNs reported, file marked corrupt",
        &m,
    );
}

#[test]
fn a_docx_whose_document_part_is_damaged_inside_yields_the_text_before_the_damage() {
    let body: String = patient_lines(200)
        .lines()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let whole = docx_with_body(&body);
    // The document part's deflate data: after its local header, name and
    // extra field.
    let header = whole
        .windows(4)
        .enumerate()
        .filter(|(_, w)| w == b"PK\x03\x04")
        .map(|(i, _)| i)
        .nth(1)
        .unwrap();
    let le16 = |at: usize| usize::from(u16::from_le_bytes([whole[at], whole[at + 1]]));
    let le32 = |at: usize| u32::from_le_bytes(whole[at..at + 4].try_into().unwrap()) as usize;
    let data = header + 30 + le16(header + 26) + le16(header + 28);
    let size = le32(header + 18);
    let mut flipped = whole.clone();
    flipped[data + size * 3 / 4] ^= 0x08;
    let files = vec![
        ("whole.docx".to_string(), whole),
        ("flipped.docx".to_string(), flipped),
    ];
    let m = scan_tree("docx: document part damaged inside", &files, &[]);
    let r = &m.run;
    assert_eq!(found_in(r, "whole.docx").len(), 200, "{}", r.dump());
    let kept = found_in(r, "flipped.docx").len();
    assert!(kept >= 100, "{kept} of 200\n{}", r.dump());
    let skipped = skipped_in(r, "flipped.docx");
    assert!(
        skipped
            .iter()
            .any(|sk| sk["inner"] == serde_json::json!(["word/document.xml"])
                && s(&sk["detail"]).contains("bytes read before the damage")),
        "{}",
        r.dump()
    );
    record(
        "docx: a bit flipped 3/4 into word/document.xml's deflate data",
        &format!("{kept} of 200 SSNs reported, the part marked corrupt"),
        &m,
    );
}
