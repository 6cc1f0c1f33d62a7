//! Containment (issue 17, item 3): a panic or a time-out in one member or
//! document part costs that part only. The faults are injected by the
//! debug binary's test-only hook (`PHISCAN_FAULT`, src/pipeline.rs): a
//! text unit holding the marker panics (`panic:`) or loops until the
//! file's time runs out (`spin:`). A release build has no hook: there the
//! same runs show the variable is ignored and the marked part is scanned
//! like any other (`cargo test --release`).

use std::io::Write;
use std::time::Duration;

use serde_json::Value;

use super::{measure, record, Measured};
use crate::common::{phiscan, s, write, BIN};

/// The text that arms the fault in a unit; no detector finds anything in it.
const MARKER: &str = "FAULT-MARKER-QX";

/// Whether this test binary drives a binary with the fault hook (both are
/// built with the same profile).
const HOOKED: bool = cfg!(debug_assertions);

/// A note with one SSN (serial `serial`), a name and a diagnosis code.
fn note(serial: u32) -> String {
    format!("Patient: Maria Lopez\nSSN: 212-09-{serial:04}\nDx: E11.9\n")
}

/// A zip of `members` (name, text), in that order.
fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in members {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A minimal docx: the body paragraphs, and a footer part with `footer`.
fn docx_of(body: &[&str], footer: &str) -> Vec<u8> {
    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let paras: String = body
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    let doc = format!("<w:document {W}><w:body>{paras}</w:body></w:document>");
    let ftr = format!(
        "<w:ftr {W}><w:p><w:r><w:t xml:space=\"preserve\">{footer}</w:t></w:r></w:p></w:ftr>"
    );
    zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
        ("word/footer1.xml", ftr.as_bytes()),
    ])
}

/// The units (`path!inner`) with an SSN reported.
fn ssn_units(m: &Measured) -> std::collections::BTreeSet<String> {
    m.run
        .findings()
        .iter()
        .filter(|f| f["kind"] == "ssn")
        .map(unit_of)
        .collect()
}

/// `path` and its member chain joined with `!`, as the human report shows.
fn unit_of(r: &Value) -> String {
    let mut u = s(&r["path"]).to_string();
    for m in r["inner"].as_array().unwrap() {
        u.push('!');
        u.push_str(s(m));
    }
    u
}

/// Scans `.` in `dir` as JSONL with the fault armed (`fault`, e.g.
/// `panic:MARKER`) and `extra` flags.
fn scan_with_fault(case: &str, dir: &std::path::Path, fault: &str, extra: &[&str]) -> Measured {
    measure(
        case,
        Duration::from_secs(90),
        phiscan()
            .current_dir(dir)
            .env("PHISCAN_FAULT", fault)
            .args(["scan", "--format", "jsonl", "--threads", "2"])
            .args(extra)
            .arg("."),
    )
}

/// The one skipped record of the run, checked to name `unit` with `reason`.
fn assert_only_skip(m: &Measured, unit: &str, reason: &str) {
    let skipped = m.run.skipped();
    assert!(
        skipped
            .iter()
            .any(|sk| unit_of(sk) == unit && sk["reason"] == reason),
        "no `{reason}` record for {unit}\n{}",
        m.run.dump()
    );
    // Only that unit (and, for a time-out, its container: the file's time
    // is up) is skipped.
    for sk in &skipped {
        let u = unit_of(sk);
        assert!(
            u == unit || (reason == "timeout" && unit.starts_with(&u)),
            "{u} skipped too\n{}",
            m.run.dump()
        );
    }
    assert_eq!(m.run.summary()["complete"], false, "{}", m.run.dump());
}

/// Nothing planted or marked appears on stderr: the panic message (which
/// could quote scanned text) is withheld.
fn assert_quiet_stderr(m: &Measured) {
    for leak in [MARKER, "212-09-", "Lopez"] {
        assert!(
            !m.run.stderr.contains(leak),
            "stderr holds {leak:?}: {}",
            m.run.stderr
        );
    }
}

#[test]
fn a_panic_in_one_zip_member_costs_that_member_only() {
    let tmp = tempfile::tempdir().unwrap();
    let poison = format!("{MARKER}\n{}", note(1099));
    let (n0, n1, n3, n4) = (note(1000), note(1001), note(1003), note(1004));
    let members: [(&str, &[u8]); 5] = [
        ("m0.txt", n0.as_bytes()),
        ("m1.txt", n1.as_bytes()),
        ("poison.txt", poison.as_bytes()),
        ("m3.txt", n3.as_bytes()),
        ("m4.txt", n4.as_bytes()),
    ];
    write(tmp.path(), "export.zip", zip_of(&members));
    write(tmp.path(), "note.txt", note(2000));
    let m = scan_with_fault(
        "zip: one member panics (PHISCAN_FAULT)",
        tmp.path(),
        &format!("panic:{MARKER}"),
        &[],
    );
    m.run.assert_code(1);
    let units = ssn_units(&m);
    for u in [
        "./note.txt",
        "./export.zip!m0.txt",
        "./export.zip!m1.txt",
        "./export.zip!m3.txt",
        "./export.zip!m4.txt",
    ] {
        assert!(units.contains(u), "{u} not reported\n{}", m.run.dump());
    }
    if HOOKED {
        assert!(
            !units.contains("./export.zip!poison.txt"),
            "{}",
            m.run.dump()
        );
        assert_only_skip(&m, "./export.zip!poison.txt", "corrupt");
        let sk = &m.run.skipped()[0];
        assert!(s(&sk["detail"]).contains("internal error"), "{sk}");
        assert!(m.run.stderr.contains("internal error"), "{}", m.run.stderr);
        assert_quiet_stderr(&m);
        record(
            "zip: 4 notes + 1 member that panics",
            "the 4 members and the note beside reported; the member `corrupt` (internal error), exit 1",
            &m,
        );
    } else {
        assert!(
            units.contains("./export.zip!poison.txt"),
            "{}",
            m.run.dump()
        );
        assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
        record(
            "zip: 4 notes + 1 member marked to panic (release build)",
            "no fault hook in release: all 5 members reported, exit 1",
            &m,
        );
    }
}

#[test]
fn a_panic_in_one_docx_part_costs_that_part_only() {
    let tmp = tempfile::tempdir().unwrap();
    let footer = format!("{MARKER} SSN: 212-09-1099");
    write(
        tmp.path(),
        "letter.docx",
        docx_of(
            &["Patient: Maria Lopez", "SSN: 212-09-1000", "Dx: E11.9"],
            &footer,
        ),
    );
    write(tmp.path(), "note.txt", note(2000));
    let m = scan_with_fault(
        "docx: one part panics (PHISCAN_FAULT)",
        tmp.path(),
        &format!("panic:{MARKER}"),
        &[],
    );
    m.run.assert_code(1);
    let units = ssn_units(&m);
    for u in ["./note.txt", "./letter.docx!word/document.xml"] {
        assert!(units.contains(u), "{u} not reported\n{}", m.run.dump());
    }
    if HOOKED {
        assert_only_skip(&m, "./letter.docx!word/footer1.xml", "corrupt");
        assert_quiet_stderr(&m);
        record(
            "docx: body + a footer part that panics",
            "body and the note beside reported; the footer part `corrupt` (internal error), exit 1",
            &m,
        );
    } else {
        assert!(
            units.contains("./letter.docx!word/footer1.xml"),
            "{}",
            m.run.dump()
        );
        record(
            "docx: body + a footer part marked to panic (release build)",
            "no fault hook in release: body and footer reported, exit 1",
            &m,
        );
    }
}

#[test]
fn a_zip_member_that_loops_is_stopped_by_the_file_timeout_and_costs_only_the_rest_of_that_file() {
    let tmp = tempfile::tempdir().unwrap();
    let spin = format!("{MARKER}\n{}", note(1099));
    let (n0, n1, n2) = (note(1000), note(1001), note(1002));
    let members: [(&str, &[u8]); 4] = [
        ("m0.txt", n0.as_bytes()),
        ("m1.txt", n1.as_bytes()),
        ("m2.txt", n2.as_bytes()),
        ("spin.txt", spin.as_bytes()),
    ];
    write(tmp.path(), "export.zip", zip_of(&members));
    write(tmp.path(), "note.txt", note(2000));
    let m = scan_with_fault(
        "zip: one member loops (PHISCAN_FAULT), --file-timeout 4",
        tmp.path(),
        &format!("spin:{MARKER}"),
        &["--file-timeout", "4"],
    );
    m.run.assert_code(1);
    let units = ssn_units(&m);
    for u in [
        "./note.txt",
        "./export.zip!m0.txt",
        "./export.zip!m1.txt",
        "./export.zip!m2.txt",
    ] {
        assert!(units.contains(u), "{u} not reported\n{}", m.run.dump());
    }
    if HOOKED {
        assert_only_skip(&m, "./export.zip!spin.txt", "timeout");
        let sk = m
            .run
            .skipped()
            .into_iter()
            .find(|sk| unit_of(sk) == "./export.zip!spin.txt")
            .unwrap();
        assert!(s(&sk["detail"]).contains("--file-timeout 4 s"), "{sk}");
        // A time-out is no bug: no "internal error" is printed.
        assert!(m.run.stderr.is_empty(), "{}", m.run.stderr);
        record(
            "zip: 3 notes + 1 member that loops, --file-timeout 4",
            "the 3 members and the note beside reported; the looping member `timeout`, exit 1",
            &m,
        );
    } else {
        assert!(units.contains("./export.zip!spin.txt"), "{}", m.run.dump());
        record(
            "zip: 3 notes + 1 member marked to loop (release build)",
            "no fault hook in release: all 4 members reported, exit 1",
            &m,
        );
    }
}

#[test]
fn a_docx_part_that_loops_is_reported_timeout_and_the_body_before_it_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let footer = format!("{MARKER} page 1");
    write(
        tmp.path(),
        "letter.docx",
        docx_of(
            &["Patient: Maria Lopez", "SSN: 212-09-1000", "Dx: E11.9"],
            &footer,
        ),
    );
    write(tmp.path(), "note.txt", note(2000));
    let m = scan_with_fault(
        "docx: one part loops (PHISCAN_FAULT), --file-timeout 4",
        tmp.path(),
        &format!("spin:{MARKER}"),
        &["--file-timeout", "4"],
    );
    m.run.assert_code(1);
    let units = ssn_units(&m);
    for u in ["./note.txt", "./letter.docx!word/document.xml"] {
        assert!(units.contains(u), "{u} not reported\n{}", m.run.dump());
    }
    if HOOKED {
        assert_only_skip(&m, "./letter.docx!word/footer1.xml", "timeout");
        record(
            "docx: body + a footer part that loops, --file-timeout 4",
            "body and the note beside reported; the footer part `timeout`, exit 1",
            &m,
        );
    } else {
        assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
        record(
            "docx: body + a footer part marked to loop (release build)",
            "no fault hook in release: nothing skipped, exit 1",
            &m,
        );
    }
}

/// A plain file larger than one read window (32 MiB) whose second window
/// loops: the first window's findings are kept, the file is reported
/// `timeout`, and the scan goes on to the note beside it.
#[test]
fn a_plain_file_that_loops_in_a_later_window_keeps_what_its_first_window_found() {
    let tmp = tempfile::tempdir().unwrap();
    // Written in pieces: the test process stays small (the harness reads
    // the child's peak RSS, which a large parent would inflate).
    let mut big = std::fs::File::create(tmp.path().join("big.log")).unwrap();
    big.write_all(note(1000).as_bytes()).unwrap();
    let blanks = vec![b' '; 1 << 20];
    for _ in 0..40 {
        big.write_all(&blanks).unwrap();
    }
    big.write_all(format!("{MARKER}\n").as_bytes()).unwrap();
    drop(big);
    write(tmp.path(), "note.txt", note(2000));
    let m = scan_with_fault(
        "plain 40 MiB file whose second window loops, --file-timeout 4",
        tmp.path(),
        &format!("spin:{MARKER}"),
        &["--file-timeout", "4"],
    );
    m.run.assert_code(1);
    let units = ssn_units(&m);
    for u in ["./note.txt", "./big.log"] {
        assert!(units.contains(u), "{u} not reported\n{}", m.run.dump());
    }
    if HOOKED {
        assert_only_skip(&m, "./big.log", "timeout");
        record(
            "plain 40 MiB file looping in its 2nd window, --file-timeout 4",
            "1st window's SSN kept, the file `timeout`, the note beside reported, exit 1",
            &m,
        );
    } else {
        assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
        record(
            "plain 40 MiB file marked to loop (release build)",
            "no fault hook in release: scanned whole, exit 1",
            &m,
        );
    }
}

/// The hook's variable name is in the debug binary (the one these tests
/// arm) and nowhere in a release build: `strings phiscan | grep
/// PHISCAN_FAULT` finds nothing there.
#[test]
fn only_debug_builds_hold_the_fault_injection_hook() {
    // Read in pieces that overlap by the name's length: the debug binary
    // is over 100 MB, and a test process that large would inflate the
    // peak RSS the hostile harness reads for the cases run after it.
    let needle = b"PHISCAN_FAULT";
    let mut f = std::fs::File::open(BIN).unwrap();
    let mut buf = vec![0u8; 1 << 20];
    let (mut kept, mut holds) = (0, false);
    loop {
        let n = std::io::Read::read(&mut f, &mut buf[kept..]).unwrap();
        if n == 0 {
            break;
        }
        let end = kept + n;
        if memchr::memmem::find(&buf[..end], needle).is_some() {
            holds = true;
            break;
        }
        kept = needle.len().min(end);
        buf.copy_within(end - kept..end, 0);
    }
    assert_eq!(holds, HOOKED, "{BIN}: PHISCAN_FAULT present: {holds}");
}
