//! Inputs that once broke a scan, kept as hostile cases.

use std::io::Write;
use std::time::Duration;

use super::{measure, record};
use crate::common::{phiscan, s, write};

/// Issue 17's first report: a 12-byte member (`2022-04-14 \t`) made the
/// scan say "internal error", and the archive holding it lost all of its
/// 106 members.
#[test]
fn a_zip_with_the_twelve_byte_date_member_reports_its_other_105_members() {
    let tmp = tempfile::tempdir().unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..105 {
        zip.start_file(format!("notes/n{i:03}.txt"), opts).unwrap();
        write!(
            zip,
            "Patient: Maria Lopez\nSSN: 212-09-{:04}\nDx: E11.9\n",
            1000 + i
        )
        .unwrap();
    }
    zip.start_file("notes/odd.txt", opts).unwrap();
    zip.write_all(b"2022-04-14 \t").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    write(tmp.path(), "notes.zip", bytes);
    let m = measure(
        "zip: 105 notes and the 12-byte date member",
        Duration::from_secs(60),
        phiscan()
            .current_dir(tmp.path())
            .args(["scan", "--format", "jsonl", "notes.zip"]),
    );
    m.run.assert_code(1);
    let ssn_members: std::collections::BTreeSet<String> = m
        .run
        .findings()
        .iter()
        .filter(|f| f["kind"] == "ssn")
        .map(|f| s(&f["inner"][0]).to_string())
        .collect();
    assert_eq!(ssn_members.len(), 105, "{}", m.run.dump());
    assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
    assert!(!m.run.stderr.contains("internal error"), "{}", m.run.stderr);
    record(
        "zip: 105 notes and a 12-byte date member",
        "105 members with SSNs reported, nothing skipped",
        &m,
    );
}

/// Issue 17: a file larger than one window (8 MiB) lost a value whose
/// label ended just before a window boundary ("Patient: " | "Maria
/// Lopez"): the next window owned the name but began after its label, so
/// it saw a bare name. Windows now also map the bytes before the part they
/// own. Here every 4 KiB page (window boundaries fall on pages) ends with
/// the label and the next begins with the name: 5,000 labelled names in
/// 20 MB, each must be counted once.
#[test]
fn a_label_and_its_value_on_either_side_of_a_window_boundary_are_read_together() {
    let tmp = tempfile::tempdir().unwrap();
    const PAGE: usize = 4096;
    const PAGES: usize = 5000;
    let (label, value) = (&b"Patient: "[..], &b"Maria Lopez\n"[..]);
    let mut text = Vec::with_capacity(PAGES * PAGE + value.len());
    for page in 0..PAGES {
        let start = text.len();
        if page > 0 {
            text.extend_from_slice(value);
        }
        // Dotted filler lines up to the label, which ends the page.
        while PAGE - (text.len() - start) > label.len() {
            let room = PAGE - (text.len() - start) - label.len();
            let n = room.min(80);
            text.extend(std::iter::repeat_n(b'.', n - 1));
            text.push(b'\n');
        }
        text.extend_from_slice(label);
        assert_eq!(text.len() - start, PAGE);
    }
    text.extend_from_slice(value);
    write(tmp.path(), "pages.txt", text);
    let m = measure(
        "windows: a label and its value on either side of every page boundary",
        Duration::from_secs(120),
        phiscan()
            .current_dir(tmp.path())
            .args(["scan", "--format", "jsonl", "pages.txt"]),
    );
    m.run.assert_code(1);
    let file = m.run.files().into_iter().next().expect("the file's record");
    assert_eq!(file["counts"]["name"], PAGES as u64, "{file}");
    record(
        "windows: 20 MB, a label and its name on either side of each 4 KiB page boundary",
        "all 5,000 names counted once",
        &m,
    );
}
