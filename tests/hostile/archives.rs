//! Hostile archives (issue 17): zip bombs (nested, overlapping entries,
//! extreme ratio, a 42.zip-style tree), damaged tar and compressed streams,
//! a gzip of many members, encrypted zip members. Every tree holds an
//! ordinary note beside the hostile file, whose findings must still be
//! reported; every input is built here, small in memory.

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::{measure, record, Measured};
use crate::common::{phiscan, s, write};

/// The ordinary note beside every hostile input.
const NOTE: &str = "Patient: Maria Lopez\nSSN: 212-09-1234\nDx: E11.9\n";

/// A note inside archives, with its own SSN so it is told apart.
const INSIDE: &str = "Patient: John Carter\nSSN: 212-09-5678\nDx: I10\n";

/// `phiscan scan --format jsonl ARGS... .` in `dir`, measured.
fn scan(case: &str, bound: Duration, dir: &Path, args: &[&str]) -> Measured {
    measure(
        case,
        bound,
        phiscan()
            .current_dir(dir)
            .args(["scan", "--format", "jsonl"])
            .args(args)
            .arg("."),
    )
}

/// Findings of `kind` in files whose path ends with `file`.
fn found(m: &Measured, file: &str, kind: &str) -> Vec<Value> {
    m.run
        .findings()
        .into_iter()
        .filter(|f| s(&f["path"]).ends_with(file) && f["kind"] == kind)
        .collect()
}

/// Asserts what every case asserts: the note beside the hostile input is
/// reported whole, nothing is an internal error, every skipped record is
/// one of the report's reasons, and the exit code is 1 (findings).
#[track_caller]
fn assert_note_and_exit(m: &Measured) {
    m.run.assert_code(1);
    let note: Vec<String> = m
        .run
        .findings()
        .iter()
        .filter(|f| s(&f["path"]).ends_with("note.txt") && f["inner"] == Value::Array(vec![]))
        .map(|f| s(&f["kind"]).to_string())
        .collect();
    for kind in ["name", "ssn", "icd10"] {
        assert!(
            note.iter().any(|k| k == kind),
            "the note's {kind} is reported: {note:?}\n{}",
            m.run.dump()
        );
    }
    assert!(
        !m.run.stdout.contains("internal error") && !m.run.stderr.contains("internal error"),
        "{}",
        m.run.dump()
    );
    for r in m.run.skipped() {
        assert!(
            [
                "archive_budget",
                "encrypted",
                "corrupt",
                "timeout",
                "unsupported"
            ]
            .contains(&s(&r["reason"])),
            "{r}"
        );
    }
    let summary = m.run.summary();
    assert_eq!(summary["complete"], m.run.skipped().is_empty(), "{summary}");
}

/// Skipped records of the file whose path ends with `file`.
fn skipped_of(m: &Measured, file: &str) -> Vec<Value> {
    m.run
        .skipped()
        .into_iter()
        .filter(|r| s(&r["path"]).ends_with(file))
        .collect()
}

/// A zip of `members` written by the zip crate (deflated).
fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in members {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A raw deflate stream of `mib` MiB of zeros and its CRC-32, made without
/// inflating anything: the first MiB deflated and flushed, then the
/// deflated form of one more MiB (it only refers back to zeros) repeated,
/// then an empty final block. About 1 KiB per MiB, so 1 GiB of zeros costs
/// the test 1 MiB of memory.
fn zeros_deflate(mib: usize) -> (Vec<u8>, flate2::Crc) {
    use flate2::{Compress, Compression, FlushCompress};
    let zeros = vec![0u8; 1 << 20];
    let mut c = Compress::new(Compression::best(), false);
    let mut piece = |input: &[u8], flush| {
        let mut out = Vec::with_capacity(2 << 20);
        c.compress_vec(input, &mut out, flush).unwrap();
        out
    };
    let mut out = piece(&zeros, FlushCompress::Sync);
    let next = piece(&zeros, FlushCompress::Sync);
    let last = piece(&[], FlushCompress::Finish);
    for _ in 1..mib {
        out.extend_from_slice(&next);
    }
    out.extend(last);
    let mut one = flate2::Crc::new();
    one.update(&zeros);
    let mut crc = flate2::Crc::new();
    for _ in 0..mib {
        crc.combine(&one);
    }
    (out, crc)
}

/// One member of a zip written by hand: its data as stored, and what its
/// headers declare.
struct Raw<'a> {
    name: &'a str,
    method: u16,
    flags: u16,
    crc: u32,
    size: u64,
    extra: Vec<u8>,
    data: Vec<u8>,
}

impl Raw<'_> {
    /// A member stored as is.
    fn stored<'a>(name: &'a str, bytes: &[u8]) -> Raw<'a> {
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        Raw {
            name,
            method: 0,
            flags: 0,
            crc: crc.sum(),
            size: bytes.len() as u64,
            extra: Vec::new(),
            data: bytes.to_vec(),
        }
    }
}

/// The fields local and central headers share, from "version needed" to
/// the extra field's length.
fn common_fields(m: &Raw<'_>, compressed: u64) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend(20u16.to_le_bytes()); // version needed
    v.extend(m.flags.to_le_bytes());
    v.extend(m.method.to_le_bytes());
    v.extend([0, 0, 0x21, 0]); // time, date
    v.extend(m.crc.to_le_bytes());
    v.extend(u32::try_from(compressed).unwrap().to_le_bytes());
    v.extend(u32::try_from(m.size).unwrap().to_le_bytes());
    v.extend(u16::try_from(m.name.len()).unwrap().to_le_bytes());
    v.extend(u16::try_from(m.extra.len()).unwrap().to_le_bytes());
    v
}

fn local_header(m: &Raw<'_>, compressed: u64) -> Vec<u8> {
    let mut v = b"PK\x03\x04".to_vec();
    v.extend(common_fields(m, compressed));
    v.extend(m.name.as_bytes());
    v.extend(&m.extra);
    v
}

fn central_record(m: &Raw<'_>, compressed: u64, offset: usize) -> Vec<u8> {
    let mut v = b"PK\x01\x02".to_vec();
    v.extend(20u16.to_le_bytes()); // made by
    v.extend(common_fields(m, compressed));
    v.extend([0u8; 6]); // comment length, disk, internal attributes
    v.extend([0u8; 4]); // external attributes
    v.extend(u32::try_from(offset).unwrap().to_le_bytes());
    v.extend(m.name.as_bytes());
    v.extend(&m.extra);
    v
}

fn end_record(count: usize, cd: usize, cd_len: usize) -> Vec<u8> {
    let n = u16::try_from(count).unwrap().to_le_bytes();
    let mut v = b"PK\x05\x06".to_vec();
    v.extend([0, 0, 0, 0]);
    v.extend(n);
    v.extend(n);
    v.extend(u32::try_from(cd_len).unwrap().to_le_bytes());
    v.extend(u32::try_from(cd).unwrap().to_le_bytes());
    v.extend([0, 0]);
    v
}

/// A zip of hand-made members, one after the other.
fn hand_zip(members: &[Raw<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut offsets = Vec::new();
    for m in members {
        offsets.push(out.len());
        out.extend(local_header(m, m.data.len() as u64));
        out.extend(&m.data);
    }
    let cd = out.len();
    for (m, at) in members.iter().zip(&offsets) {
        out.extend(central_record(m, m.data.len() as u64, *at));
    }
    let cd_len = out.len() - cd;
    out.extend(end_record(members.len(), cd, cd_len));
    out
}

/// A zip of one deflated member of `mib` MiB of zeros (headers true).
fn zeros_zip(name: &str, mib: usize) -> Vec<u8> {
    let (data, crc) = zeros_deflate(mib);
    hand_zip(&[Raw {
        name,
        method: 8,
        flags: 0,
        crc: crc.sum(),
        size: (mib as u64) << 20,
        extra: Vec::new(),
        data,
    }])
}

#[test]
fn zips_nested_past_max_depth_are_reported_as_archive_budget_naming_the_depth() {
    let tmp = tempfile::tempdir().unwrap();
    // note.txt inside level 1; the innermost note sits at depth 9.
    let mut bytes = zip_of(&[("deep-note.txt", INSIDE.as_bytes())]);
    for level in (2..=8).rev() {
        bytes = zip_of(&[(&format!("level{level}.zip"), &bytes)]);
    }
    bytes = zip_of(&[
        ("level1-note.txt", INSIDE.as_bytes()),
        ("level2.zip", &bytes),
    ]);
    write(tmp.path(), "nested.zip", &bytes);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "zip nested 9 deep (default --max-depth 5)",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    let inside = found(&m, "nested.zip", "ssn");
    assert_eq!(inside.len(), 1, "{}", m.run.dump());
    assert_eq!(inside[0]["inner"][0], "level1-note.txt");
    let skipped = skipped_of(&m, "nested.zip");
    assert_eq!(skipped.len(), 1, "{}", m.run.dump());
    assert_eq!(skipped[0]["reason"], "archive_budget");
    let detail = s(&skipped[0]["detail"]);
    assert!(
        detail.contains("deeper than 5") && detail.contains("--max-depth"),
        "{detail}"
    );
    // The chain stops at the last level opened.
    assert_eq!(skipped[0]["inner"].as_array().unwrap().len(), 5);
    record(
        "zip in zip 9 deep",
        "level-1 member reported; level 6 skipped: archive_budget, nested deeper than 5 (--max-depth)",
        &m,
    );
}

/// Fifield's "better zip bomb" (2019): `n` members whose data overlap.
/// Each member's local header sits inside the data of the member before
/// it, quoted by a non-final stored deflate block, and all of them end in
/// one kernel of `mib` MiB of zeros: member 1 inflates to every later
/// local header and the kernel, member `n` to the kernel alone. Sizes and
/// CRCs are true, so each member is a valid deflate stream.
fn fifield_bomb(n: usize, mib: usize) -> Vec<u8> {
    let (kernel, kernel_crc) = zeros_deflate(mib);
    let names: Vec<String> = (0..n).map(|i| format!("{i:05}")).collect();
    // Built from the last member back: each needs the sizes and CRC of
    // what follows it. `tail`: the CRC (and length) of what the member
    // being built inflates to.
    let mut headers: Vec<Vec<u8>> = Vec::with_capacity(n);
    let mut members: Vec<Raw<'_>> = Vec::with_capacity(n);
    let mut compressed = kernel.len() as u64;
    let mut size = (mib as u64) << 20;
    let mut tail = kernel_crc;
    for name in names.iter().rev() {
        let m = Raw {
            name,
            method: 8,
            flags: 0,
            crc: tail.sum(),
            size,
            extra: Vec::new(),
            data: Vec::new(),
        };
        let header = local_header(&m, compressed);
        // The member before this one inflates to this header, then to
        // what this one inflates to.
        let mut before = flate2::Crc::new();
        before.update(&header);
        before.combine(&tail);
        tail = before;
        compressed += 5 + header.len() as u64;
        size += header.len() as u64;
        headers.push(header);
        members.push(m);
    }
    headers.reverse();
    members.reverse();
    let mut out = Vec::new();
    let mut offsets = Vec::with_capacity(n);
    for (i, header) in headers.iter().enumerate() {
        offsets.push(out.len());
        out.extend(header);
        if let Some(next) = headers.get(i + 1) {
            // A non-final stored block quoting the next local header.
            let len = u16::try_from(next.len()).unwrap();
            out.push(0);
            out.extend(len.to_le_bytes());
            out.extend((!len).to_le_bytes());
        }
    }
    out.extend(&kernel);
    let cd = out.len();
    let total = out.len() as u64;
    for (m, at) in members.iter().zip(&offsets) {
        let data = *at as u64 + headers_len(m);
        out.extend(central_record(m, total - data, *at));
    }
    let cd_len = out.len() - cd;
    out.extend(end_record(n, cd, cd_len));
    out
}

/// Length of a hand-made member's local header.
fn headers_len(m: &Raw<'_>) -> u64 {
    30 + m.name.len() as u64 + m.extra.len() as u64
}

#[test]
fn fifield_overlapping_zip_bomb_reads_the_shared_data_once() {
    let tmp = tempfile::tempdir().unwrap();
    let bomb = fifield_bomb(2_000, 16);
    // 2,000 members of 16 MiB of zeros (and more): 32 GiB from 100 KB.
    assert!(bomb.len() < 200_000, "{}", bomb.len());
    write(tmp.path(), "overlap.zip", &bomb);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "Fifield overlapping-files zip bomb",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    let skipped = skipped_of(&m, "overlap.zip");
    // Member 1 is read whole: 16 MiB of zeros after 1,999 local headers,
    // which make it look like a damaged zip of its own (reported so). The
    // other members are not read at all.
    let members: Vec<&Value> = skipped
        .iter()
        .filter(|r| r["inner"].as_array().unwrap().len() == 1 && r["inner"][0] != "00000")
        .collect();
    assert_eq!(members.len(), 16, "{}", m.run.dump());
    assert!(
        members
            .iter()
            .all(|r| r["reason"] == "archive_budget" && s(&r["detail"]).contains("overlap")),
        "{}",
        m.run.dump()
    );
    let last = skipped.last().unwrap();
    assert_eq!(last["inner"], Value::Array(vec![]));
    assert!(
        s(&last["detail"]).starts_with("1983 more members overlap"),
        "{last}"
    );
    record(
        "Fifield overlapping zip bomb (2,000 x 16 MiB)",
        "first member read; 1,999 overlapping members skipped: archive_budget",
        &m,
    );
}

#[test]
fn overlapping_central_entries_on_one_local_header_read_it_once() {
    let tmp = tempfile::tempdir().unwrap();
    // 10,000 directory entries, distinct names, all at offset 0.
    let one = zeros_zip("k", 16);
    let cd = u32::from_le_bytes(one[one.len() - 6..one.len() - 2].try_into().unwrap()) as usize;
    let record_bytes = &one[cd..one.len() - 22];
    let mut bomb = one[..cd].to_vec();
    let n = 10_000;
    for i in 0..n {
        let mut r = record_bytes.to_vec();
        r.splice(46..47, format!("{i:05}").bytes());
        r[28..30].copy_from_slice(&5u16.to_le_bytes());
        bomb.extend(r);
    }
    let cd_len = bomb.len() - cd;
    bomb.extend(end_record(n, cd, cd_len));
    write(tmp.path(), "entries.zip", &bomb);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "10,000 central entries over one local header",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    let skipped = skipped_of(&m, "entries.zip");
    assert!(skipped.iter().all(|r| r["reason"] == "archive_budget"));
    assert!(
        s(&skipped.last().unwrap()["detail"]).starts_with("9983 more members overlap"),
        "{}",
        m.run.dump()
    );
    record(
        "10,000 central entries over one local header (16 MiB zeros)",
        "read once; 9,999 skipped: archive_budget (overlap)",
        &m,
    );
}

#[test]
fn a_gibibyte_of_zeros_in_one_member_stops_at_a_limit_and_the_next_member_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (data, crc) = zeros_deflate(1024);
    let bomb = hand_zip(&[
        Raw {
            name: "zeros.bin",
            method: 8,
            flags: 0,
            crc: crc.sum(),
            size: 1 << 30,
            extra: Vec::new(),
            data,
        },
        Raw::stored("after.txt", INSIDE.as_bytes()),
    ]);
    assert!(bomb.len() < 2 << 20, "{}", bomb.len());
    write(tmp.path(), "ratio.zip", &bomb);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "1 GiB of zeros in one zip member",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    let skipped = skipped_of(&m, "ratio.zip");
    assert_eq!(skipped.len(), 1, "{}", m.run.dump());
    assert_eq!(skipped[0]["reason"], "archive_budget");
    assert_eq!(skipped[0]["inner"][0], "zeros.bin");
    let detail = s(&skipped[0]["detail"]);
    assert!(
        detail.contains("--max-member-size") || detail.contains("ratio"),
        "{detail}"
    );
    let after = found(&m, "ratio.zip", "ssn");
    assert_eq!(after.len(), 1, "{}", m.run.dump());
    assert_eq!(after[0]["inner"][0], "after.txt");
    record(
        "zip member of 1 GiB zeros (1 MiB file), then a note",
        "skipped: archive_budget (64 MiB --max-member-size); next member reported",
        &m,
    );
}

#[test]
fn a_42_zip_style_tree_stops_at_the_inflated_bytes_limit() {
    let tmp = tempfile::tempdir().unwrap();
    // 16 x 16 x 16 x 16 zips over a leaf of 256 MiB zeros: 16 TiB.
    let leaf = zeros_zip("zeros.bin", 256);
    let mut level = leaf;
    for _ in 0..4 {
        let names: Vec<String> = (0..16).map(|i| format!("{i:x}.zip")).collect();
        let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &level[..])).collect();
        level = zip_of(&members);
    }
    assert!(level.len() < 1 << 20, "{}", level.len());
    write(tmp.path(), "42.zip", &level);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "42.zip-style tree",
        Duration::from_secs(120),
        tmp.path(),
        &["--max-inflated", "256M"],
    );
    assert_note_and_exit(&m);
    let skipped = skipped_of(&m, "42.zip");
    assert!(!skipped.is_empty());
    assert!(skipped.iter().all(|r| r["reason"] == "archive_budget"));
    // The file itself ends on the per-file limit, named by its flag.
    let last = skipped.last().unwrap();
    assert_eq!(last["inner"], Value::Array(vec![]), "{}", m.run.dump());
    assert!(s(&last["detail"]).contains("--max-inflated"), "{last}");
    record(
        "42.zip-style: 16^4 zips of 256 MiB zeros, --max-inflated 256M",
        "skipped: archive_budget (--max-inflated), leaves by ratio",
        &m,
    );
}

/// Deterministic pseudo-random numbers (xorshift), for cut points and
/// bit flips that replay.
fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

/// `bytes` cut at a quarter, half, three quarters and one byte short, and
/// with one bit flipped at four seeded places: (label, damaged bytes).
pub(crate) fn damaged(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let n = bytes.len();
    let mut out = Vec::new();
    for cut in [n / 4, n / 2, 3 * n / 4, n - 1] {
        out.push((format!("cut{cut}"), bytes[..cut].to_vec()));
    }
    for seed in 1..=4u64 {
        let mut next = xorshift(seed);
        let mut b = bytes.to_vec();
        let at = (next() % n as u64) as usize;
        b[at] ^= 1 << (next() % 8);
        out.push((format!("flip{seed}"), b));
    }
    out
}

/// A tar of a note and some filler, as the streams below wrap.
fn sample_tar() -> Vec<u8> {
    let mut t = tar::Builder::new(Vec::new());
    let filler: Vec<u8> = (0..20_000u32)
        .flat_map(|i| format!("line {i} of the clinic log\n").into_bytes())
        .collect();
    for (name, bytes) in [
        ("a/inside.txt", INSIDE.as_bytes()),
        ("a/filler.log", &filler[..]),
        ("a/last.txt", INSIDE.as_bytes()),
    ] {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        t.append_data(&mut h, name, bytes).unwrap();
    }
    t.into_inner().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn bzip2(bytes: &[u8]) -> Vec<u8> {
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn xz(bytes: &[u8]) -> Vec<u8> {
    let mut w =
        lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(1)).unwrap();
    w.write_all(bytes).unwrap();
    w.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    ruzstd::encoding::compress_to_vec(bytes, ruzstd::encoding::CompressionLevel::Fastest)
}

/// One format, damaged eight ways, in one tree beside the note: each
/// damaged file is read without an internal error, a cut compressed
/// stream is never taken for whole (it is `corrupt`), and what was
/// inflated before the damage is still scanned.
fn damaged_format(ext: &str, bytes: &[u8], cut_is_corrupt: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let copies = damaged(bytes);
    for (label, b) in &copies {
        write(tmp.path(), &format!("d/{label}.{ext}"), b);
    }
    write(tmp.path(), "note.txt", NOTE);
    let case = format!("{ext}: truncated x4, bit-flipped x4");
    let m = scan(&case, Duration::from_secs(60), tmp.path(), &[]);
    assert_note_and_exit(&m);
    let mut corrupt = 0;
    for (label, _) in &copies {
        let file = format!("{label}.{ext}");
        let reasons: Vec<String> = skipped_of(&m, &file)
            .iter()
            .map(|r| s(&r["reason"]).to_string())
            .collect();
        if label.starts_with("cut") && cut_is_corrupt {
            assert!(
                reasons.iter().any(|r| r == "corrupt"),
                "{file} is reported corrupt: {reasons:?}\n{}",
                m.run.dump()
            );
        }
        corrupt += usize::from(reasons.iter().any(|r| r == "corrupt"));
    }
    // The first member (before every cut but the first) is still read
    // from the cuts past half.
    let late_cut = format!("cut{}.{ext}", bytes.len() - 1);
    assert!(
        !found(&m, &late_cut, "ssn").is_empty(),
        "{late_cut}: the members before the cut are scanned\n{}",
        m.run.dump()
    );
    record(
        &case,
        &format!("{corrupt} of 8 reported corrupt, members before the damage scanned"),
        &m,
    );
}

#[test]
fn damaged_tar_reports_the_cut_member_and_reads_those_before() {
    damaged_format("tar", &sample_tar(), false);
}

#[test]
fn damaged_gzip_streams_are_corrupt_and_keep_what_inflated() {
    damaged_format("tar.gz", &gzip(&sample_tar()), true);
}

#[test]
fn damaged_bzip2_streams_are_corrupt_and_keep_what_inflated() {
    damaged_format("tar.bz2", &bzip2(&sample_tar()), true);
}

#[test]
fn damaged_xz_streams_are_corrupt_and_keep_what_inflated() {
    damaged_format("tar.xz", &xz(&sample_tar()), true);
}

#[test]
fn damaged_zstd_streams_are_corrupt_and_keep_what_inflated() {
    damaged_format("tar.zst", &zstd(&sample_tar()), true);
}

#[test]
fn a_gzip_of_ten_thousand_members_is_read_to_its_last_member() {
    let tmp = tempfile::tempdir().unwrap();
    let mut many = Vec::new();
    for i in 0..10_000 {
        many.extend(gzip(format!("entry {i} of the export\n").as_bytes()));
    }
    many.extend(gzip(INSIDE.as_bytes()));
    write(tmp.path(), "many.gz", &many);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "gzip of 10,001 members",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    assert!(m.run.skipped().is_empty(), "{}", m.run.dump());
    assert_eq!(found(&m, "many.gz", "ssn").len(), 1, "{}", m.run.dump());
    record(
        "gzip of 10,001 concatenated members",
        "read whole; SSN in the last member reported",
        &m,
    );
}

#[test]
fn encrypted_zip_members_are_skipped_as_encrypted_and_the_others_read() {
    let tmp = tempfile::tempdir().unwrap();
    let mut next = xorshift(7);
    let mut noise = |n: usize| -> Vec<u8> { (0..n).map(|_| next() as u8).collect() };
    // ZipCrypto: flag bit 0, a 12-byte encryption header, then data.
    let zipcrypto = Raw {
        name: "zipcrypto.txt",
        method: 8,
        flags: 1,
        crc: 0x1234_5678,
        size: 100,
        extra: Vec::new(),
        data: noise(12 + 80),
    };
    // WinZip AES (AE-2, 256-bit): method 99, the 0x9901 extra field
    // naming the real method, salt, password check, data, MAC.
    let mut aes_extra = vec![0x01, 0x99, 7, 0];
    aes_extra.extend(2u16.to_le_bytes());
    aes_extra.extend(b"AE");
    aes_extra.push(3);
    aes_extra.extend(8u16.to_le_bytes());
    let aes = Raw {
        name: "aes.txt",
        method: 99,
        flags: 1,
        crc: 0,
        size: 100,
        extra: aes_extra,
        data: noise(16 + 2 + 80 + 10),
    };
    let bytes = hand_zip(&[zipcrypto, aes, Raw::stored("plain.txt", INSIDE.as_bytes())]);
    write(tmp.path(), "locked.zip", &bytes);
    write(tmp.path(), "note.txt", NOTE);
    let m = scan(
        "encrypted zip members",
        Duration::from_secs(60),
        tmp.path(),
        &[],
    );
    assert_note_and_exit(&m);
    let skipped = skipped_of(&m, "locked.zip");
    let got: Vec<(String, String)> = skipped
        .iter()
        .map(|r| (s(&r["inner"][0]).to_string(), s(&r["reason"]).to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("zipcrypto.txt".to_string(), "encrypted".to_string()),
            ("aes.txt".to_string(), "encrypted".to_string())
        ],
        "{}",
        m.run.dump()
    );
    assert_eq!(found(&m, "locked.zip", "ssn").len(), 1, "{}", m.run.dump());
    record(
        "zip with ZipCrypto and AES members beside a plain one",
        "both skipped: encrypted; plain member reported",
        &m,
    );
}
