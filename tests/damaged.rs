//! Damaged archives (issue 17): a zip or office document cut short, or with
//! a damaged end record, still yields the members its local headers
//! describe, and the report says the file is incomplete.

use std::io::Write;

use serde_json::Value;

use crate::common::{s, scan_one, Run};

const FILE: &str = "records.zip";
const RECOVERED: &str = "central directory missing; members read from local headers";

/// Labelled text holding the SSN-like value `21n-09-123n`, then words that
/// do not compress away (a deflate stream cut short still inflates some of
/// them).
fn note(n: u32) -> String {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15 ^ u64::from(n);
    let mut text = format!("Patient SSN: 21{n}-09-123{n}\n");
    for i in 0..3000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push_str(&format!("word{} ", x % 100_000));
        if i % 12 == 11 {
            text.push('\n');
        }
    }
    text
}

fn options() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

/// A zip of `members`, deflated, sizes in the local headers.
fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in members {
        w.start_file(*name, options()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// Three notes, `note0.txt` to `note2.txt`.
fn three_notes() -> Vec<u8> {
    let notes: Vec<String> = (0..3).map(note).collect();
    let members: Vec<(String, &[u8])> = notes
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("note{i}.txt"), t.as_bytes()))
        .collect();
    let members: Vec<(&str, &[u8])> = members.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    zip_of(&members)
}

/// Offsets of every occurrence of a 4-byte signature.
fn offsets(bytes: &[u8], sig: &[u8; 4]) -> Vec<usize> {
    bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| w == sig)
        .map(|(i, _)| i)
        .collect()
}

fn central_directory(bytes: &[u8]) -> usize {
    offsets(bytes, b"PK\x01\x02")[0]
}

/// (inner chain joined with `!`, value) of every SSN finding.
fn ssns(r: &Run) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = r
        .findings()
        .iter()
        .filter(|f| f["kind"] == "ssn")
        .map(|f| {
            let inner: Vec<&str> = f["inner"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            (inner.join("!"), s(&f["value"]).replace('-', ""))
        })
        .collect();
    v.sort();
    v
}

fn found(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// The skipped record of member chain `inner` (empty: the file itself).
#[track_caller]
fn skipped_at(r: &Run, inner: &[&str]) -> Value {
    let want: Vec<Value> = inner.iter().map(|n| Value::from(*n)).collect();
    r.skipped()
        .into_iter()
        .find(|sk| sk["inner"].as_array() == Some(&want))
        .unwrap_or_else(|| panic!("no skipped record for {inner:?}\n{}", r.dump()))
}

#[track_caller]
fn assert_file_marked_damaged(r: &Run) {
    let sk = skipped_at(r, &[]);
    assert_eq!(sk["reason"], "corrupt", "{}", r.dump());
    assert_eq!(sk["detail"], RECOVERED, "{}", r.dump());
    assert_eq!(r.summary()["complete"], false, "{}", r.dump());
}

#[test]
fn zip_cut_inside_its_third_member_reports_the_first_two_and_marks_the_third_truncated() {
    let zip = three_notes();
    let local = offsets(&zip, b"PK\x03\x04");
    assert_eq!(local.len(), 3);
    let cut = local[2] + (central_directory(&zip) - local[2]) / 2;
    let r = scan_one(FILE, &zip[..cut], "medium");
    let got = ssns(&r);
    for want in found(&[("note0.txt", "210091230"), ("note1.txt", "211091231")]) {
        assert!(got.contains(&want), "{want:?} missing\n{}", r.dump());
    }
    let sk = skipped_at(&r, &["note2.txt"]);
    assert_eq!(sk["reason"], "corrupt");
    let detail = s(&sk["detail"]);
    assert!(
        detail.starts_with("truncated: ") && detail.ends_with(" bytes recovered"),
        "{detail}"
    );
    // Half the member's compressed bytes inflate to its first lines: the
    // value at its start is found too.
    assert!(
        got.contains(&("note2.txt".into(), "212091232".into())),
        "{}",
        r.dump()
    );
    assert_file_marked_damaged(&r);
}

#[test]
fn zip_cut_at_its_central_directory_reports_every_member() {
    let zip = three_notes();
    let r = scan_one(FILE, &zip[..central_directory(&zip)], "medium");
    assert_eq!(
        ssns(&r),
        found(&[
            ("note0.txt", "210091230"),
            ("note1.txt", "211091231"),
            ("note2.txt", "212091232"),
        ]),
        "{}",
        r.dump()
    );
    assert_file_marked_damaged(&r);
}

#[test]
fn zip_with_a_bit_flipped_end_record_still_yields_its_members() {
    let mut zip = three_notes();
    let end = *offsets(&zip, b"PK\x05\x06").last().unwrap();
    zip[end + 2] ^= 0x01;
    let r = scan_one(FILE, &zip, "medium");
    assert_eq!(ssns(&r).len(), 3, "{}", r.dump());
    assert_file_marked_damaged(&r);
}

#[test]
fn streamed_zip_with_sizes_in_data_descriptors_cut_at_its_directory_yields_every_member() {
    let mut w = zip::ZipWriter::new_stream(Vec::new());
    for n in 0..3 {
        w.start_file(format!("note{n}.txt"), options()).unwrap();
        w.write_all(note(n).as_bytes()).unwrap();
    }
    let zip = w.finish().unwrap().into_inner();
    // The local headers carry no sizes: bit 3 of the flags.
    assert_eq!(zip[6] & 8, 8);
    let r = scan_one(FILE, &zip[..central_directory(&zip)], "medium");
    assert_eq!(ssns(&r).len(), 3, "{}", r.dump());
    assert_file_marked_damaged(&r);
}

#[test]
fn intact_zip_reports_no_damage() {
    let r = scan_one(FILE, three_notes(), "medium");
    assert_eq!(ssns(&r).len(), 3, "{}", r.dump());
    assert!(r.skipped().is_empty(), "{}", r.dump());
}

#[test]
fn docx_cut_inside_a_later_part_yields_the_text_of_its_document_part() {
    let doc = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t>Patient SSN: 213-09-1233</w:t></w:r></w:p></w:body></w:document>";
    let filler = note(4);
    let docx = zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
        ("word/media/scan.bin", filler.as_bytes()),
    ]);
    let local = offsets(&docx, b"PK\x03\x04");
    let cut = local[2] + (central_directory(&docx) - local[2]) / 2;
    let r = scan_one("letter.docx", &docx[..cut], "medium");
    assert_eq!(
        ssns(&r),
        found(&[("word/document.xml", "213091233")]),
        "{}",
        r.dump()
    );
    let sk = skipped_at(&r, &["word/media/scan.bin"]);
    assert_eq!(sk["reason"], "corrupt");
    // Read as a document (the archive reader would say how many bytes it
    // inflated).
    assert_eq!(sk["detail"], "truncated: part cut off", "{}", r.dump());
    assert_file_marked_damaged(&r);
}

#[test]
fn docx_cut_inside_its_document_part_yields_what_inflates_before_the_cut() {
    let filler = note(5);
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t>Patient SSN: 213-09-1233</w:t></w:r></w:p>\
         <w:p><w:r><w:t>{filler}</w:t></w:r></w:p></w:body></w:document>"
    );
    let docx = zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
    ]);
    let local = offsets(&docx, b"PK\x03\x04");
    let cut = local[1] + (central_directory(&docx) - local[1]) / 2;
    let r = scan_one("letter.docx", &docx[..cut], "medium");
    // The main part is lost: the package is read as an archive, and the
    // part's first half is scanned.
    let want = ("word/document.xml".to_string(), "213091233".to_string());
    assert!(ssns(&r).contains(&want), "{}", r.dump());
    let sk = skipped_at(&r, &["word/document.xml"]);
    assert!(
        s(&sk["detail"]).ends_with(" bytes recovered"),
        "{}",
        r.dump()
    );
    assert_file_marked_damaged(&r);
}
