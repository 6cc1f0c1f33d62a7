//! Hostile mail and structured text (issue 17): an mbox of 100,000
//! messages, JSON and XML nested 100,000 deep, HTML and RTF nested as deep
//! or never closed, DICOM sequences nested 1,000 deep, and damaged e-mail,
//! HL7, CSV and DICOM. Every tree holds an ordinary note beside the
//! hostile file, whose findings must still be reported.

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::archives::damaged;
use super::{measure, record, Measured};
use crate::common::{phiscan, s, write};

/// The ordinary note beside every hostile input.
const NOTE: &str = "Patient: Maria Lopez\nSSN: 212-09-1234\nDx: E11.9\n";

/// The value planted in the hostile inputs, told apart from the note's.
const SSN: &str = "212-09-5678";

/// Nesting of the deep JSON, XML, HTML and RTF documents.
const DEEP: usize = 100_000;

/// Scans `dir` (which gets the note) with raw values, measured.
fn scan(case: &str, bound: Duration, dir: &Path) -> Measured {
    write(dir, "note.txt", NOTE);
    measure(
        case,
        bound,
        phiscan()
            .current_dir(dir)
            .args(["scan", "--format", "jsonl", "--show-values", "."]),
    )
}

/// Values of `kind` found in files whose path ends with `file`.
fn values(m: &Measured, file: &str, kind: &str) -> Vec<String> {
    m.run
        .findings()
        .iter()
        .filter(|f| s(&f["path"]).ends_with(file) && f["kind"] == kind)
        .map(|f| s(&f["value"]).to_string())
        .collect()
}

/// Skipped records of files whose path ends with `file`.
fn skipped_of(m: &Measured, file: &str) -> Vec<Value> {
    m.run
        .skipped()
        .into_iter()
        .filter(|r| s(&r["path"]).ends_with(file))
        .collect()
}

/// What every case asserts: the note is reported whole, nothing is an
/// internal error, the exit code is 1 (findings) and the summary says
/// whether everything was read.
#[track_caller]
fn assert_note_and_exit(m: &Measured) {
    m.run.assert_code(1);
    assert_eq!(
        values(m, "note.txt", "ssn"),
        ["212-09-1234"],
        "{}",
        m.run.dump()
    );
    assert_eq!(values(m, "note.txt", "icd10"), ["E11.9"]);
    assert!(
        !m.run.stdout.contains("internal error") && !m.run.stderr.contains("internal error"),
        "{}",
        m.run.dump()
    );
    let summary = m.run.summary();
    assert_eq!(summary["complete"], m.run.skipped().is_empty(), "{summary}");
}

/// Asserts that the planted SSN is reported in `file`.
#[track_caller]
fn assert_planted(m: &Measured, file: &str) {
    assert!(
        values(m, file, "ssn").iter().any(|v| v == SSN),
        "{file}: the planted SSN is reported\n{}",
        m.run.dump()
    );
}

#[test]
fn an_mbox_of_100000_messages_is_read_to_its_last_message() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 100_000;
    let mut mbox = String::with_capacity(n * 100);
    for i in 1..n {
        mbox.push_str(&format!(
            "From clinic@example.org Mon Jan  1 00:00:00 2024\nFrom: clinic@example.org\nSubject: reminder {i}\n\nYour appointment {i} is confirmed.\n\n"
        ));
    }
    mbox.push_str(&format!(
        "From clinic@example.org Mon Jan  1 00:00:00 2024\nFrom: clinic@example.org\nSubject: last\n\nPatient: John Carter\nSSN: {SSN}\n"
    ));
    write(tmp.path(), "inbox.mbox", &mbox);
    let m = scan(
        "mbox of 100,000 messages",
        Duration::from_secs(120),
        tmp.path(),
    );
    assert_note_and_exit(&m);
    assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
    let last: Vec<Value> = m
        .run
        .findings()
        .into_iter()
        .filter(|f| f["kind"] == "ssn" && s(&f["path"]).ends_with("inbox.mbox"))
        .collect();
    assert_eq!(last.len(), 1, "{}", m.run.dump());
    assert_eq!(last[0]["inner"][0], "message 100000");
    record(
        "mbox of 100,000 messages",
        "read whole; SSN in message 100000 reported",
        &m,
    );
}

/// A multipart message: a text part, a quoted-printable HTML part and a
/// base64 zip attachment, each with the planted SSN.
fn sample_eml() -> Vec<u8> {
    let zip = {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        z.start_file("chart.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        write!(z, "Patient: John Carter\nSSN: {SSN}\n").unwrap();
        z.finish().unwrap().into_inner()
    };
    let b64 = base64(&zip);
    format!(
        "From: clinic@example.org\r\nTo: billing@example.org\r\nSubject: chart\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
--b1\r\nContent-Type: text/plain\r\n\r\nPatient: John Carter\r\nSSN: {SSN}\r\n\r\n\
--b1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
<p>Patient: John Carter<br>SSN: {SSN}</p>=\r\n<p>Seen =3D today</p>\r\n\r\n\
--b1\r\nContent-Type: application/zip; name=\"chart.zip\"\r\n\
Content-Disposition: attachment; filename=\"chart.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
{b64}\r\n--b1--\r\n"
    )
    .into_bytes()
}

/// RFC 4648 base64 with padding, in 76-character lines.
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, c) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= c.len() {
                out.push(A[(n >> (18 - 6 * k)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// An HL7 v2 ADT message.
fn sample_hl7() -> Vec<u8> {
    format!(
        "MSH|^~\\&|ADT|HOSP|REG|HOSP|202401011200||ADT^A04|MSG0001|P|2.5\r\
EVN|A04|202401011200\r\
PID|1||448812^^^HOSP^MR||Carter^John^Q||19610304|M|||12 Oak Street^^Springfield^IL^62701||(217)555-0142|||||ACCT99812|{SSN}\r\
DG1|1|I10|E11.9^Type 2 diabetes mellitus^I10\r"
    )
    .into_bytes()
}

/// A patient table.
fn sample_csv() -> Vec<u8> {
    let mut csv = String::from("patient_name,ssn,dob,mrn,dx\n");
    for i in 0..200 {
        csv.push_str(&format!(
            "Patient{i} Carter,212-09-{:04},03/04/1961,MRN{i:06},E11.9\n",
            1000 + i
        ));
    }
    csv.push_str(&format!("John Carter,{SSN},03/04/1961,MRN999999,I10\n"));
    csv.into_bytes()
}

/// One format damaged eight ways (cut at four points, a bit flipped at
/// four seeded places), beside the note, in one run: each damaged copy is
/// read without an internal error, the note is complete, and the copies
/// cut after three quarters still yield the value planted at the start.
/// With `cuts_corrupt`, the cuts at half and three quarters must be
/// reported `corrupt` (a quarter may leave too little to recognise).
fn damaged_text_format(ext: &str, bytes: &[u8], planted_early: bool, cuts_corrupt: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let copies = damaged(bytes);
    for (label, b) in &copies {
        write(tmp.path(), &format!("d/{label}.{ext}"), b);
    }
    let case = format!("{ext}: truncated x4, bit-flipped x4");
    let m = scan(&case, Duration::from_secs(60), tmp.path());
    assert_note_and_exit(&m);
    let mut kept = 0;
    for (label, _) in &copies {
        let file = format!("{label}.{ext}");
        let skipped = skipped_of(&m, &file);
        for r in &skipped {
            assert!(
                ["corrupt", "archive_budget", "unsupported"].contains(&s(&r["reason"])),
                "{r}"
            );
        }
        let n = bytes.len();
        if cuts_corrupt && [format!("cut{}", n / 2), format!("cut{}", 3 * n / 4)].contains(label) {
            assert!(
                skipped.iter().any(|r| r["reason"] == "corrupt"),
                "{file} is reported corrupt\n{}",
                m.run.dump()
            );
        }
        kept += usize::from(values(&m, &file, "ssn").iter().any(|v| v == SSN));
    }
    if planted_early {
        assert_planted(&m, &format!("cut{}.{ext}", bytes.len() - 1));
    }
    let skipped = m.run.skipped().len();
    record(
        &case,
        &format!("{kept} of 8 still report the planted SSN, {skipped} skipped records, no internal error"),
        &m,
    );
}

#[test]
fn damaged_mail_is_read_as_far_as_it_goes() {
    damaged_text_format("eml", &sample_eml(), true, false);
}

#[test]
fn damaged_hl7_is_read_as_far_as_it_goes() {
    damaged_text_format("hl7", &sample_hl7(), false, false);
}

#[test]
fn damaged_csv_is_read_as_far_as_it_goes() {
    damaged_text_format("csv", &sample_csv(), false, false);
}

/// `open` DEEP times, `middle`, `close` DEEP times.
fn nest(head: &str, open: &str, middle: &str, close: &str, tail: &str) -> String {
    let mut s = String::with_capacity(head.len() + DEEP * (open.len() + close.len()) + 100);
    s.push_str(head);
    for _ in 0..DEEP {
        s.push_str(open);
    }
    s.push_str(middle);
    for _ in 0..DEEP {
        s.push_str(close);
    }
    s.push_str(tail);
    s
}

#[test]
fn json_nested_100000_deep_is_scanned_and_the_patient_fields_read() {
    let tmp = tempfile::tempdir().unwrap();
    // A FHIR Patient whose extension nests arrays 100,000 deep, with the
    // planted value at the bottom and the patient's fields after it.
    let fhir = nest(
        "{\"resourceType\":\"Patient\",\"extension\":",
        "[",
        &format!("\"note: SSN {SSN}\""),
        "]",
        &format!(
            ",\"identifier\":[{{\"system\":\"http://hl7.org/fhir/sid/us-ssn\",\"value\":\"{SSN}\"}}],\"name\":[{{\"family\":\"Carter\",\"given\":[\"John\"]}}],\"birthDate\":\"1961-03-04\"}}"
        ),
    );
    write(tmp.path(), "deep-fhir.json", &fhir);
    let plain = nest("", "{\"a\":", &format!("\"SSN: {SSN}\""), "}", "");
    write(tmp.path(), "deep-plain.json", &plain);
    let m = scan(
        "JSON nested 100,000 deep (FHIR and plain)",
        Duration::from_secs(60),
        tmp.path(),
    );
    assert_note_and_exit(&m);
    assert_planted(&m, "deep-fhir.json");
    assert_planted(&m, "deep-plain.json");
    // The Patient's fields after the deep extension are read as fields:
    // its birth date is a `dob` at `high`.
    let dob: Vec<Value> = m
        .run
        .findings()
        .into_iter()
        .filter(|f| s(&f["path"]).ends_with("deep-fhir.json") && f["kind"] == "dob")
        .collect();
    assert_eq!(dob.len(), 1, "{}", m.run.dump());
    assert_eq!(dob[0]["value"], "1961-03-04");
    assert_eq!(dob[0]["confidence"], "high");
    let outcome = format!(
        "read; planted SSN and the Patient's birth date (high) after the nesting reported ({} skipped records)",
        m.run.skipped().len()
    );
    record(
        "JSON nested 100,000 deep (FHIR-looking and plain)",
        &outcome,
        &m,
    );
}

#[test]
fn xml_nested_100000_deep_keeps_the_text_inside_and_after_the_nesting() {
    let tmp = tempfile::tempdir().unwrap();
    let cda = nest(
        &format!(
            "<?xml version=\"1.0\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><recordTarget><patientRole><id root=\"2.16.840.1.113883.4.1\" extension=\"{SSN}\"/><patient><name><given>John</given><family>Carter</family></name><birthTime value=\"19610304\"/></patient></patientRole></recordTarget><component>"
        ),
        "<section>",
        &format!("<text>SSN: {SSN}</text>"),
        "</section>",
        "</component><title>Discharge summary, Dx: E11.9</title></ClinicalDocument>",
    );
    write(tmp.path(), "deep-cda.xml", &cda);
    let plain = nest(
        "<?xml version=\"1.0\"?>\n<export><top>kept</top>",
        "<a>",
        &format!("Patient: John Carter SSN: {SSN}"),
        "</a>",
        &format!("<after>SSN: {}</after></export>", "212-09-4321"),
    );
    write(tmp.path(), "deep.xml", &plain);
    let m = scan(
        "XML nested 100,000 deep (CDA and plain)",
        Duration::from_secs(60),
        tmp.path(),
    );
    assert_note_and_exit(&m);
    assert_planted(&m, "deep-cda.xml");
    assert_planted(&m, "deep.xml");
    // The element after the nesting is read too.
    assert!(
        values(&m, "deep.xml", "ssn")
            .iter()
            .any(|v| v == "212-09-4321"),
        "{}",
        m.run.dump()
    );
    assert!(skipped_of(&m, "deep.xml").is_empty(), "{}", m.run.dump());
    record(
        "XML nested 100,000 deep (CDA-looking and plain)",
        "read whole; SSNs inside and after the nesting reported",
        &m,
    );
}

#[test]
fn html_and_rtf_nested_100000_deep_or_never_closed_keep_their_text() {
    let tmp = tempfile::tempdir().unwrap();
    let planted = format!("Patient: John Carter SSN: {SSN}");
    write(
        tmp.path(),
        "deep.html",
        nest(
            "<html><body>",
            "<div>",
            &planted,
            "</div>",
            "</body></html>",
        ),
    );
    write(
        tmp.path(),
        "deep.rtf",
        nest("{\\rtf1\\ansi ", "{", &planted, "}", "}"),
    );
    // Never closed: cells, a comment, a tag, an attribute; RTF groups.
    let mut html = format!("<html><body><p>{planted}</p>");
    for _ in 0..DEEP {
        html.push_str("<table><tr><td>");
    }
    html.push_str("<div title=\"never closed <!-- nor this <script>");
    write(tmp.path(), "unclosed.html", html);
    let mut rtf = format!("{{\\rtf1\\ansi {planted}\\par ");
    for _ in 0..DEEP {
        rtf.push_str("{\\b ");
    }
    rtf.push_str("{\\*\\fldinst HYPERLINK \"never closed");
    write(tmp.path(), "unclosed.rtf", rtf);
    let m = scan(
        "HTML and RTF nested 100,000 deep or never closed",
        Duration::from_secs(60),
        tmp.path(),
    );
    assert_note_and_exit(&m);
    for file in ["deep.html", "deep.rtf", "unclosed.html", "unclosed.rtf"] {
        assert_planted(&m, file);
    }
    let skipped = m.run.skipped().len();
    record(
        "HTML and RTF nested 100,000 deep, or never closed",
        &format!("planted SSN reported in all 4; {skipped} skipped records"),
        &m,
    );
}

/// An explicit VR little endian element.
fn el(group: u16, elem: u16, vr: &[u8; 2], value: &[u8]) -> Vec<u8> {
    let mut value = value.to_vec();
    if value.len() % 2 == 1 {
        value.push(if vr == b"UI" { 0 } else { b' ' });
    }
    let mut v = Vec::new();
    v.extend(group.to_le_bytes());
    v.extend(elem.to_le_bytes());
    v.extend(vr);
    if matches!(vr, b"OB" | b"OW" | b"SQ" | b"UN" | b"UT" | b"UC" | b"UR") {
        v.extend([0, 0]);
        v.extend(u32::try_from(value.len()).unwrap().to_le_bytes());
    } else {
        v.extend(u16::try_from(value.len()).unwrap().to_le_bytes());
    }
    v.extend(value);
    v
}

/// An item or delimiter tag with its length.
fn item(elem: u16, len: u32) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    v.extend(elem.to_le_bytes());
    v.extend(len.to_le_bytes());
    v
}

/// A Part 10 file (explicit VR little endian) around `dataset`.
fn dicom(dataset: &[u8]) -> Vec<u8> {
    let mut meta = el(0x0002, 0x0001, b"OB", &[0, 1]);
    meta.extend(el(0x0002, 0x0002, b"UI", b"1.2.840.10008.5.1.4.1.1.7"));
    meta.extend(el(0x0002, 0x0003, b"UI", b"1.2.3.4.5.6"));
    meta.extend(el(0x0002, 0x0010, b"UI", b"1.2.840.10008.1.2.1"));
    let mut out = vec![0u8; 128];
    out.extend(b"DICM");
    out.extend(el(
        0x0002,
        0x0000,
        b"UL",
        &u32::try_from(meta.len()).unwrap().to_le_bytes(),
    ));
    out.extend(meta);
    out.extend(dataset);
    out
}

/// A data set: the patient's name, sequences nested `levels` deep
/// (undefined lengths) with a text value at the bottom, then the
/// patient's id and birth date after them.
fn nested_dataset(levels: usize) -> Vec<u8> {
    let mut ds = el(0x0008, 0x0060, b"CS", b"OT");
    ds.extend(el(0x0010, 0x0010, b"PN", b"CARTER^JOHN"));
    for _ in 0..levels {
        ds.extend(el(0x0040, 0xA730, b"SQ", &[]));
        let n = ds.len();
        ds[n - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        ds.extend(item(0xE000, u32::MAX));
    }
    ds.extend(el(0x0040, 0xA160, b"UT", format!("SSN: {SSN}").as_bytes()));
    for _ in 0..levels {
        ds.extend(item(0xE00D, 0));
        ds.extend(item(0xE0DD, 0));
    }
    ds.extend(el(0x0010, 0x0020, b"LO", b"MRN448812"));
    ds.extend(el(0x0010, 0x0030, b"DA", b"19610304"));
    ds
}

#[test]
fn dicom_sequences_nested_1000_deep_are_skipped_and_the_elements_after_them_read() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "deep.dcm", dicom(&nested_dataset(1_000)));
    let m = scan(
        "DICOM sequences nested 1,000 deep",
        Duration::from_secs(60),
        tmp.path(),
    );
    assert_note_and_exit(&m);
    assert_eq!(
        values(&m, "deep.dcm", "name"),
        ["CARTER^JOHN"],
        "{}",
        m.run.dump()
    );
    assert_eq!(
        values(&m, "deep.dcm", "mrn"),
        ["MRN448812"],
        "{}",
        m.run.dump()
    );
    assert_eq!(
        values(&m, "deep.dcm", "dob"),
        ["19610304"],
        "{}",
        m.run.dump()
    );
    let skipped = skipped_of(&m, "deep.dcm");
    assert_eq!(skipped.len(), 1, "{}", m.run.dump());
    assert_eq!(skipped[0]["reason"], "archive_budget");
    assert!(
        s(&skipped[0]["detail"]).contains("nested deeper than 16 levels were skipped"),
        "{}",
        skipped[0]
    );
    record(
        "DICOM sequences nested 1,000 deep",
        "deep part skipped: archive_budget; name, id and birth date after it reported",
        &m,
    );
}

#[test]
fn damaged_dicom_yields_the_header_read_before_the_damage() {
    let mut ds = nested_dataset(3);
    ds.extend(el(
        0x0010,
        0x1040,
        b"LO",
        b"12 Oak Street, Springfield, IL 62701",
    ));
    ds.extend(el(0x7FE0, 0x0010, b"OB", &[0u8; 16]));
    damaged_text_format("dcm", &dicom(&ds), false, true);
}
