//! `phiscan scan --raw IMAGE`: disk images built in the test with the
//! Debian tools `.ci/run` installs (e2fsprogs, dosfstools, mtools). A note
//! deleted inside an ext4 or FAT image is found by the raw scan, named by
//! its old path, while a walk of the live files cannot see it; a value
//! across a chunk boundary is found once; UTF-16 and carved (compressed)
//! notes point at their first byte on the disk; an unreadable range is
//! reported with its offsets; the attestation record matches the image and
//! never holds a value.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::common::{phiscan, run, s, scan_jsonl, u, zip_of, Run};

/// The deleted note's SSN, and the same digits without dashes: neither may
/// appear in any report or record written without `--show-values`.
const SSN: &str = "212-09-1234";
const SSN_DIGITS: &str = "212091234";

/// A clinical note: name, SSN, DOB and a diagnosis (so the verdict is PHI).
fn note(ssn: &str) -> String {
    format!(
        "Patient: John Smith\nSSN: {ssn}\nDOB: 03/14/1962\n\
         Diagnosis: type 2 diabetes mellitus (E11.9), hypertension.\n"
    )
}

/// A live note with a second SSN.
const LIVE_SSN: &str = "536-22-8145";

/// Where a Debian tool is: on PATH, or in the sbin folders a non-root
/// PATH may leave out (mkfs.ext4, debugfs, mkfs.vfat live there).
fn locate(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/sbin"].map(PathBuf::from))
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Whether every tool in `names` is installed; prints a note naming the
/// missing one (CI installs them all, see `.ci/run`).
fn have(names: &[&str]) -> bool {
    for n in names {
        if locate(n).is_none() {
            eprintln!("note: {n} is not installed (.ci/run installs it); test skipped");
            return false;
        }
    }
    true
}

/// Runs a tool, asserting success; its stdout.
#[track_caller]
fn tool(prog: &str, args: &[&str]) -> String {
    let exe = locate(prog).unwrap_or_else(|| panic!("{prog} is not installed"));
    let out = Command::new(exe)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {prog}: {e}"));
    assert!(
        out.status.success(),
        "{prog} {args:?} failed\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `phiscan scan --format jsonl --raw ARGS... IMAGE` in `dir`.
fn raw_scan(dir: &Path, image: &Path, args: &[&str]) -> Run {
    let mut all = vec!["--raw"];
    all.extend_from_slice(args);
    all.push(p(image));
    scan_jsonl(dir, &all)
}

/// SSN findings whose masked value ends with the last four of `ssn`.
fn ssn_findings(r: &Run, ssn: &str) -> Vec<Value> {
    let last4 = &ssn[ssn.len() - 4..];
    r.findings()
        .into_iter()
        .filter(|f| f["kind"] == "ssn" && s(&f["masked"]).ends_with(last4))
        .collect()
}

/// The one SSN finding of `ssn`; fails showing the report otherwise.
#[track_caller]
fn one_ssn(r: &Run, ssn: &str) -> Value {
    let mut v = ssn_findings(r, ssn);
    assert_eq!(v.len(), 1, "one finding of {ssn}\n{}", r.dump());
    v.remove(0)
}

/// Asserts no raw value leaks into `text` (a report or a record).
#[track_caller]
fn assert_no_value(text: &str, what: &str) {
    assert!(!text.contains(SSN), "{what} holds the raw SSN");
    assert!(!text.contains(SSN_DIGITS), "{what} holds the SSN digits");
    assert!(!text.contains(LIVE_SSN), "{what} holds the live SSN");
}

/// An ext4 image of `root`, 16 MiB, in `dir`.
fn ext4(dir: &Path, root: &Path) -> PathBuf {
    let img = dir.join("ext4.img");
    tool("mkfs.ext4", &["-q", "-F", "-d", p(root), p(&img), "16M"]);
    img
}

#[test]
fn ext4_deleted_note_found_raw_not_by_the_file_walk() {
    if !have(&["mkfs.ext4", "debugfs"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    crate::common::write(&root, "notes/x.txt", note(SSN));
    crate::common::write(&root, "notes/live.txt", note(LIVE_SSN));
    crate::common::write(&root, "docs/readme.txt", "Nothing to see here.\n");
    crate::common::write(&root, "docs/todo.txt", "Buy milk.\nCall the plumber.\n");
    let img = ext4(tmp.path(), &root);
    tool("debugfs", &["-w", "-R", "rm /notes/x.txt", p(&img)]);

    // Gone from the file system's own listing.
    let ls = tool("debugfs", &["-R", "ls -l /notes", p(&img)]);
    assert!(!ls.contains("x.txt"), "debugfs still lists x.txt:\n{ls}");
    assert!(ls.contains("live.txt"), "{ls}");

    let r = raw_scan(tmp.path(), &img, &[]);
    r.assert_code(1);
    let f = one_ssn(&r, SSN);
    let owner = &f["owner"];
    assert_eq!(owner["fs"], "ext4", "{f}");
    assert_eq!(owner["state"], "deleted", "{f}");
    assert_eq!(owner["path"], "/notes/x.txt", "{f}");
    // The Sleuth Kit names the same deleted inode (an optional cross-check).
    if have(&["fls"]) {
        let fls = tool("fls", &["-r", "-d", "-p", p(&img)]);
        let want = format!("* {}:\tnotes/x.txt", u(&owner["inode"]));
        assert!(fls.lines().any(|l| l.ends_with(&want)), "{f}\nfls:\n{fls}");
    }
    // The offset is the value's first byte on the disk.
    let bytes = std::fs::read(&img).unwrap();
    let at = u(&f["offset"]) as usize;
    assert_eq!(&bytes[at..at + SSN.len()], SSN.as_bytes(), "{f}");
    assert_eq!(u(&f["start"]), u(&f["offset"]), "{f}");
    assert_eq!(u(&f["end"]), u(&f["offset"]) + SSN.len() as u64, "{f}");
    assert_eq!((u(&f["line"]), u(&f["column"])), (0, 0), "{f}");

    // The live note is named as allocated, with its path.
    let live = one_ssn(&r, LIVE_SSN);
    assert_eq!(live["owner"]["state"], "allocated", "{live}");
    assert_eq!(live["owner"]["path"], "/notes/live.txt", "{live}");

    let sum = r.summary();
    assert_eq!(sum["complete"], true, "{}", r.dump());
    assert_eq!(sum["verdicts"]["phi"], 1, "{}", r.dump());
    assert!(r.skipped().is_empty(), "{}", r.dump());

    // No value in the report without --show-values.
    assert_no_value(&r.stdout, "the raw scan's JSONL");
    assert_no_value(&r.stderr, "the raw scan's stderr");

    // A file walk of the live files (debugfs rdump) cannot see the note.
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    tool("debugfs", &["-R", &format!("rdump / {}", p(&out)), p(&img)]);
    let walk = scan_jsonl(&out, &["."]);
    walk.assert_code(1);
    assert!(ssn_findings(&walk, SSN).is_empty(), "{}", walk.dump());
    assert_eq!(ssn_findings(&walk, LIVE_SSN).len(), 1, "{}", walk.dump());
}

#[test]
fn fat_deleted_note_found_raw_with_its_long_name() {
    if !have(&["mkfs.vfat", "mmd", "mcopy", "mdel", "mdir"]) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let img = tmp.path().join("fat.img");
    tool("mkfs.vfat", &["-C", p(&img), "8192"]);
    let n = crate::common::write(tmp.path(), "n.txt", note(SSN));
    let l = crate::common::write(tmp.path(), "l.txt", note(LIVE_SSN));
    let i = p(&img);
    tool("mmd", &["-i", i, "::/notes"]);
    tool("mcopy", &["-i", i, p(&n), "::/notes/visit-note.txt"]);
    tool("mcopy", &["-i", i, p(&l), "::/notes/live.txt"]);
    tool("mdel", &["-i", i, "::/notes/visit-note.txt"]);
    let dir = tool("mdir", &["-i", i, "::/notes"]);
    assert!(!dir.contains("visit"), "mdir still lists the note:\n{dir}");
    assert!(dir.contains("live"), "{dir}");

    let r = raw_scan(tmp.path(), &img, &[]);
    r.assert_code(1);
    let f = one_ssn(&r, SSN);
    assert!(s(&f["owner"]["fs"]).starts_with("fat"), "{f}");
    assert_eq!(f["owner"]["state"], "deleted", "{f}");
    assert_eq!(f["owner"]["path"], "/notes/visit-note.txt", "{f}");
    let live = one_ssn(&r, LIVE_SSN);
    assert_eq!(live["owner"]["state"], "allocated", "{live}");
    assert_eq!(live["owner"]["path"], "/notes/live.txt", "{live}");
    assert_no_value(&r.stdout, "the raw scan's JSONL");

    // A file walk of the live files (mcopy -s) cannot see the note.
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    tool("mcopy", &["-s", "-i", i, "::/notes", p(&out)]);
    let walk = scan_jsonl(&out, &["."]);
    walk.assert_code(1);
    assert!(ssn_findings(&walk, SSN).is_empty(), "{}", walk.dump());
    assert_eq!(ssn_findings(&walk, LIVE_SSN).len(), 1, "{}", walk.dump());
}

/// Bytes each chunk owns in the boundary tests (`--raw-chunk 64K`).
const CHUNK: usize = 64 * 1024;

/// A flat image of `len` filler bytes (no text) with `text` at `at`.
fn flat(len: usize, notes: &[(usize, &[u8])]) -> Vec<u8> {
    let mut b: Vec<u8> = (0..len)
        .map(|i| if i % 2 == 0 { 0x00 } else { 0xFF })
        .collect();
    for (at, text) in notes {
        b[*at..*at + text.len()].copy_from_slice(text);
    }
    b
}

/// Scans `bytes` as an image with `--raw-chunk 64K`; the value `SSN`
/// must be found exactly once, at `value_at`.
#[track_caller]
fn found_once_at(bytes: Vec<u8>, value_at: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let img = crate::common::write(tmp.path(), "flat.img", &bytes);
    let r = raw_scan(tmp.path(), &img, &["--raw-chunk", "64K"]);
    r.assert_code(1);
    let f = one_ssn(&r, SSN);
    assert_eq!(u(&f["offset"]) as usize, value_at, "{f}");
    assert_eq!(u(&f["start"]) as usize, value_at, "{f}");
    assert!(f.get("owner").is_none(), "no file system, no owner: {f}");
    assert_eq!(r.summary()["complete"], true, "{}", r.dump());
}

#[test]
fn value_across_a_chunk_boundary_is_found_once() {
    let line = format!("SSN: {SSN}\n");
    for k in 1..=3 {
        // The value starts 5 bytes before the boundary k*CHUNK.
        let value_at = k * CHUNK - 5;
        let bytes = flat(4 * CHUNK, &[(value_at - 5, line.as_bytes())]);
        found_once_at(bytes, value_at);
    }
    // Label before the boundary, the value just after it.
    let value_at = 2 * CHUNK + 1;
    found_once_at(
        flat(4 * CHUNK, &[(value_at - 5, line.as_bytes())]),
        value_at,
    );
}

#[test]
fn value_inside_the_next_chunks_overlap_is_found_once() {
    let line = format!("SSN: {SSN}\n");
    // Wholly after the boundary, well inside the bytes the previous chunk
    // reads as context.
    for past in [16, 100, 1000, 3000] {
        let value_at = 2 * CHUNK + past;
        found_once_at(
            flat(4 * CHUNK, &[(value_at - 5, line.as_bytes())]),
            value_at,
        );
    }
    // Wholly before the boundary, inside the next chunk's leading context.
    let value_at = 2 * CHUNK - 200;
    found_once_at(
        flat(4 * CHUNK, &[(value_at - 5, line.as_bytes())]),
        value_at,
    );
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|c| {
            if big_endian {
                c.to_be_bytes()
            } else {
                c.to_le_bytes()
            }
        })
        .collect()
}

/// A binary image of 300 000 filler bytes (no text) with `note` encoded
/// at `at`; the raw scan's one finding of `ssn`.
fn utf16_scan(ssn: &str, big_endian: bool, at: usize) -> Value {
    let enc = utf16(&note(ssn), big_endian);
    let mut bytes: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 & 0x0F)
        .collect();
    bytes[at..at + enc.len()].copy_from_slice(&enc);
    let tmp = tempfile::tempdir().unwrap();
    let img = crate::common::write(tmp.path(), "u16.img", &bytes);
    let r = raw_scan(tmp.path(), &img, &["--raw-chunk", "64K"]);
    r.assert_code(1);
    assert_no_value(&r.stdout, "the raw scan's JSONL");
    one_ssn(&r, ssn)
}

#[test]
fn utf16le_note_in_binary_filler_points_at_its_first_byte() {
    // The value is the note's text after "Patient: John Smith\nSSN: ".
    let pre = note(SSN).find(SSN).unwrap();
    for at in [70_000, 70_001, 131_000] {
        let f = utf16_scan(SSN, false, at);
        assert_eq!(
            u(&f["offset"]) as usize,
            at + 2 * pre,
            "UTF-16LE at {at}: {f}"
        );
        assert_eq!(u(&f["end"]) as usize, at + 2 * (pre + SSN.len()), "{f}");
    }
}

#[test]
fn utf16be_note_in_binary_filler_points_at_its_first_byte() {
    let pre = note(LIVE_SSN).find(LIVE_SSN).unwrap();
    for at in [200_004, 200_003] {
        let f = utf16_scan(LIVE_SSN, true, at);
        assert_eq!(
            u(&f["offset"]) as usize,
            at + 2 * pre,
            "UTF-16BE at {at}: {f}"
        );
        assert_eq!(
            u(&f["end"]) as usize,
            at + 2 * (pre + LIVE_SSN.len()),
            "{f}"
        );
    }
}

#[test]
fn deleted_docx_is_carved_at_its_first_byte() {
    if !have(&["mkfs.ext4", "debugfs"]) {
        return;
    }
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \
         xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        note(SSN).replace('\n', " ")
    );
    let docx = zip_of(&[
        (
            "[Content_Types].xml",
            b"<?xml version=\"1.0\"?><Types/>".as_slice(),
        ),
        ("word/document.xml", doc.as_bytes()),
    ]);
    // Deflated: the value is not in the raw bytes, only carving finds it.
    assert!(!docx.windows(SSN.len()).any(|w| w == SSN.as_bytes()));
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    crate::common::write(&root, "docs/visit.docx", &docx);
    crate::common::write(&root, "docs/readme.txt", "Nothing here.\n");
    let img = ext4(tmp.path(), &root);
    tool("debugfs", &["-w", "-R", "rm /docs/visit.docx", p(&img)]);

    let r = raw_scan(tmp.path(), &img, &[]);
    r.assert_code(1);
    let f = one_ssn(&r, SSN);
    let inner: Vec<&str> = f["inner"].as_array().unwrap().iter().map(s).collect();
    let off = u(&f["offset"]);
    assert!(
        inner
            .first()
            .is_some_and(|i| i.starts_with("carved zip @ 0x")),
        "{f}"
    );
    let hex = inner[0].trim_start_matches("carved zip @ 0x");
    let hex: String = hex.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(u64::from_str_radix(&hex, 16).unwrap(), off, "{f}");
    assert!(inner.contains(&"word/document.xml"), "{f}");
    let bytes = std::fs::read(&img).unwrap();
    assert_eq!(&bytes[off as usize..off as usize + 4], b"PK\x03\x04", "{f}");
    assert_eq!(f["owner"]["state"], "deleted", "{f}");
    assert_no_value(&r.stdout, "the raw scan's JSONL");
}

/// `phiscan attest ARGS...`.
fn attest(args: &[&str]) -> Run {
    let mut c = phiscan();
    c.arg("attest").args(args);
    run(&mut c)
}

/// A 1 MiB flat image with notes at 100 000 and 600 000, and where their
/// values start.
fn two_notes() -> (Vec<u8>, usize, usize) {
    let (a, b) = (note(SSN), note(LIVE_SSN));
    let bytes = flat(1 << 20, &[(100_000, a.as_bytes()), (600_000, b.as_bytes())]);
    (
        bytes,
        100_000 + a.find(SSN).unwrap(),
        600_000 + b.find(LIVE_SSN).unwrap(),
    )
}

/// Scans the two-note image with a bad range `[300000, 300100)`, writing a
/// signed attestation; the run and the record.
fn scan_with_bad_range(tmp: &Path) -> (Run, Value, Vec<u8>) {
    let (bytes, _, _) = two_notes();
    let img = crate::common::write(tmp, "bad.img", &bytes);
    let key = tmp.join("K");
    attest(&["keygen", "--out", p(&key)]).assert_code(0);
    let rec = tmp.join("rec.json");
    let mut c = phiscan();
    c.current_dir(tmp)
        .env("PHISCAN_FAULT", "eio:300000-300100")
        .args(["scan", "--format", "jsonl", "--raw", "--raw-chunk", "64K"])
        .args(["--attest", p(&rec), "--sign-key", p(&key)])
        .arg(p(&img));
    let r = run(&mut c);
    let record: Value = serde_json::from_slice(&std::fs::read(&rec).unwrap()).unwrap();
    (r, record, bytes)
}

#[test]
fn unreadable_range_is_reported_with_its_offsets_and_the_scan_reads_on() {
    let tmp = tempfile::tempdir().unwrap();
    let (r, record, _) = scan_with_bad_range(tmp.path());
    r.assert_code(1);
    let (_, a, b) = two_notes();
    assert_eq!(u(&one_ssn(&r, SSN)["offset"]) as usize, a, "{}", r.dump());
    assert_eq!(
        u(&one_ssn(&r, LIVE_SSN)["offset"]) as usize,
        b,
        "{}",
        r.dump()
    );
    // 300000..300100 lies in the 4096-byte sector 0x49000..0x4a000.
    let skipped = r.skipped();
    assert_eq!(skipped.len(), 1, "{}", r.dump());
    assert_eq!(skipped[0]["reason"], "unreadable", "{}", r.dump());
    assert_eq!(
        skipped[0]["inner"],
        serde_json::json!(["bytes 0x49000-0x4a000"]),
        "{}",
        r.dump()
    );
    let sum = r.summary();
    assert_eq!(sum["complete"], false, "{}", r.dump());
    assert_eq!(sum["skipped_by_reason"]["unreadable"], 1, "{}", r.dump());
    // The record lists the read error.
    let rec = &record["record"];
    assert_eq!(rec["complete"], false, "{record}");
    assert_eq!(rec["read_errors"].as_array().unwrap().len(), 1, "{record}");
    let e = &rec["read_errors"][0];
    assert_eq!((u(&e["offset"]), u(&e["len"])), (0x49000, 4096), "{record}");
}

#[test]
fn unreadable_range_is_left_out_of_bytes_read_and_sha256() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, record, bytes) = scan_with_bad_range(tmp.path());
    let rec = &record["record"];
    let mut read = bytes[..0x49000].to_vec();
    read.extend_from_slice(&bytes[0x4a000..]);
    assert_eq!(u(&rec["bytes_read"]), read.len() as u64, "{record}");
    assert_eq!(s(&rec["sha256"]), hex(&Sha256::digest(&read)), "{record}");
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn attestation_matches_the_image_verifies_and_holds_no_value() {
    let tmp = tempfile::tempdir().unwrap();
    let (bytes, _, _) = two_notes();
    let img = crate::common::write(tmp.path(), "disk.img", &bytes);
    let key = tmp.path().join("K");
    attest(&["keygen", "--out", p(&key)]).assert_code(0);
    let rec_path = tmp.path().join("rec.json");
    let r = raw_scan(
        tmp.path(),
        &img,
        &[
            "--attest",
            p(&rec_path),
            "--sign-key",
            p(&key),
            "--operator",
            "J. Tech",
        ],
    );
    r.assert_code(1);
    let text = std::fs::read_to_string(&rec_path).unwrap();
    assert_no_value(&text, "the attestation record");
    let record: Value = serde_json::from_str(&text).unwrap();
    let rec = &record["record"];
    assert_eq!(u(&rec["target"]["size"]), bytes.len() as u64, "{text}");
    assert_eq!(rec["target"]["kind"], "image file", "{text}");
    assert_eq!(u(&rec["bytes_read"]), bytes.len() as u64, "{text}");
    assert_eq!(s(&rec["sha256"]), hex(&Sha256::digest(&bytes)), "{text}");
    assert_eq!(rec["complete"], true, "{text}");
    assert_eq!(rec["read_errors"], serde_json::json!([]), "{text}");
    let sum = r.summary();
    assert_eq!(rec["findings"], sum["findings"], "{text}\n{}", r.dump());
    assert_eq!(rec["by_kind"], sum["by_kind"], "{text}\n{}", r.dump());
    assert_eq!(u(&rec["by_kind"]["ssn"]), 2, "{text}");
    assert_eq!(rec["verdict"], "phi", "{text}");
    assert_eq!(rec["operator"], "J. Tech", "{text}");
    assert_no_value(&r.stdout, "the raw scan's JSONL");

    attest(&["verify", p(&rec_path)]).assert_code(0);
    // One digit of bytes_read changed: the signature no longer holds.
    let n = bytes.len().to_string();
    let mut m = n.clone().into_bytes();
    m[0] = if m[0] == b'9' { b'8' } else { m[0] + 1 };
    let needle = format!("\"bytes_read\": {n}");
    assert!(text.contains(&needle), "{text}");
    let forged = text.replacen(
        &needle,
        &format!("\"bytes_read\": {}", String::from_utf8(m).unwrap()),
        1,
    );
    let forged_path = tmp.path().join("forged.json");
    std::fs::write(&forged_path, forged).unwrap();
    attest(&["verify", p(&forged_path)]).assert_code(1);
}

#[test]
fn block_device_without_raw_is_refused_naming_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let blk = tmp.path().join("blk");
    let c = std::ffi::CString::new(p(&blk)).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let rc = unsafe { libc::mknod(c.as_ptr(), libc::S_IFBLK | 0o600, libc::makedev(7, 0)) };
    if rc != 0 {
        eprintln!(
            "note: mknod of a block device failed ({}); needs root with CAP_MKNOD, as CI has",
            std::io::Error::last_os_error()
        );
        return;
    }
    let r = scan_jsonl(tmp.path(), &[p(&blk)]);
    r.assert_code(2);
    assert!(r.stderr.contains("--raw"), "{}", r.dump());
}

#[test]
fn raw_of_a_folder_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    crate::common::write(tmp.path(), "d/a.txt", note(SSN));
    let r = raw_scan(tmp.path(), &tmp.path().join("d"), &[]);
    r.assert_code(2);
    assert!(r.stdout.is_empty(), "{}", r.dump());
    assert!(r.stderr.contains("folder"), "{}", r.dump());
    assert!(r.stderr.contains("without --raw"), "{}", r.dump());
    assert_no_value(&r.stderr, "stderr");
}

/// A disk of nothing but identifiers: its own unit lists 100,000 findings
/// across all chunks and workers, the rest counted exactly, and the scan
/// ends (findings dropped past the cap leave nothing waiting in flight).
#[test]
fn a_dense_disk_lists_one_unit_cap_and_counts_the_rest() {
    let line = b"Patient John Smith SSN: 212-09-1234\n";
    let lines = 120_000;
    let bytes: Vec<u8> = line
        .iter()
        .copied()
        .cycle()
        .take(line.len() * lines)
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let img = crate::common::write(tmp.path(), "dense.img", &bytes);
    let r = raw_scan(tmp.path(), &img, &["--raw-chunk", "1M", "--threads", "2"]);
    r.assert_code(1);
    assert_eq!(r.findings().len(), 100_000, "listed");
    let summary = r.summary();
    assert_eq!(u(&summary["by_kind"]["ssn"]), lines as u64, "{summary}");
    assert_eq!(
        u(&summary["findings"]),
        u(&summary["unlisted"]) + 100_000,
        "{summary}"
    );
}
