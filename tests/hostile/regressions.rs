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
