//! Hostile file systems (issue 17): deep and wide trees, names that are
//! not UTF-8, huge and sparse files, special files, symbolic link loops,
//! permission-denied entries and files that change while they are read.
//! Every case puts an ordinary note beside the hostile input and asserts
//! its finding is still reported.

use std::ffi::OsStr;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::{measure, record, Measured};
use crate::common::{chmod, is_root, mkfifo, phiscan, s, u, write, BIN};

/// The ordinary note every case keeps beside its hostile input.
const NOTE: &str = "Patient: Maria Lopez\nSSN: 212-09-1234\n";

/// A tree with the ordinary note at `tree/note.txt`.
fn tree() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("tree");
    write(&tree, "note.txt", NOTE);
    (tmp, tree)
}

/// `phiscan scan --format jsonl ARGS` run in `dir`.
fn scan(dir: &Path, args: &[&str]) -> Command {
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["scan", "--format", "jsonl"])
        .args(args);
    c
}

/// The ordinary note's SSN is reported.
#[track_caller]
fn assert_note_found(m: &Measured) {
    let ssn = m
        .run
        .findings()
        .into_iter()
        .filter(|f| f["kind"] == "ssn" && s(&f["path"]).ends_with("note.txt"))
        .count();
    assert!(ssn >= 1, "the note beside it is reported\n{}", m.run.dump());
}

/// No panic, no signal, a summary as the last line.
#[track_caller]
fn assert_whole(m: &Measured) -> Value {
    assert!(
        !m.run.stderr.contains("panicked"),
        "no panic\n{}",
        m.run.dump()
    );
    m.run.code();
    m.run.summary()
}

/// The skipped records of a run, as (path, reason, detail).
fn skips(m: &Measured) -> Vec<(String, String, String)> {
    m.run
        .skipped()
        .iter()
        .map(|r| {
            (
                s(&r["path"]).to_string(),
                s(&r["reason"]).to_string(),
                s(&r["detail"]).to_string(),
            )
        })
        .collect()
}

/// Creates `levels` nested folders named `name` below `root` through
/// directory handles (`mkdirat`), so that paths longer than PATH_MAX can be
/// made, and writes `content` to `file` at the bottom.
fn nest(root: &Path, name: &str, levels: usize, file: &str, content: &str) {
    use std::ffi::CString;
    let c = |s: &str| CString::new(s).unwrap();
    let cname = c(name);
    let croot = CString::new(root.as_os_str().as_bytes()).unwrap();
    // SAFETY: valid NUL-terminated paths; every fd opened here is closed.
    unsafe {
        let mut fd = libc::open(croot.as_ptr(), libc::O_DIRECTORY | libc::O_RDONLY);
        assert!(fd >= 0);
        for _ in 0..levels {
            assert_eq!(libc::mkdirat(fd, cname.as_ptr(), 0o755), 0);
            let next = libc::openat(fd, cname.as_ptr(), libc::O_DIRECTORY | libc::O_RDONLY);
            assert!(next >= 0);
            libc::close(fd);
            fd = next;
        }
        let f = libc::openat(fd, c(file).as_ptr(), libc::O_WRONLY | libc::O_CREAT, 0o644);
        assert!(f >= 0);
        let n = libc::write(f, content.as_ptr().cast(), content.len());
        assert_eq!(n, content.len() as isize);
        libc::close(f);
        libc::close(fd);
    }
}

#[test]
fn a_note_at_the_bottom_of_a_thousand_nested_folders_is_found() {
    let (tmp, tree) = tree();
    // 2 bytes a level: about 2,000 bytes of path, within PATH_MAX.
    nest(&tree, "d", 1000, "deep-note.txt", NOTE);
    let m = measure(
        "tree: 1,000 nested folders, note at the bottom",
        Duration::from_secs(120),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    assert_whole(&m);
    assert_note_found(&m);
    let deep: Vec<Value> = m
        .run
        .findings()
        .into_iter()
        .filter(|f| s(&f["path"]).ends_with("/d/deep-note.txt"))
        .collect();
    assert!(!deep.is_empty(), "{}", m.run.dump());
    let levels = s(&deep[0]["path"]).split('/').filter(|c| *c == "d").count();
    assert_eq!(levels, 1000);
    assert!(skips(&m).is_empty(), "{}", m.run.dump());
    record(
        "tree: 1,000 nested folders (2 KB path), note at the bottom",
        "note at the bottom found, nothing skipped",
        &m,
    );
}

#[test]
fn folders_nested_past_path_max_are_reported_unreadable_naming_the_limit() {
    let (tmp, tree) = tree();
    // 16 bytes a level: 16,000 bytes of path, four times PATH_MAX.
    nest(&tree, "folder-level-xyz", 1000, "deep-note.txt", NOTE);
    let m = measure(
        "tree: 1,000 nested folders past PATH_MAX",
        Duration::from_secs(120),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    let sk = skips(&m);
    assert_eq!(sk.len(), 1, "one record for the folder not entered\n{sk:?}");
    let (path, reason, detail) = &sk[0];
    assert_eq!(reason, "unreadable");
    assert!(detail.contains("PATH_MAX"), "{detail}");
    assert!(path.len() > 4000 - 64, "{}", path.len());
    assert_eq!(summary["complete"], false);
    record(
        "tree: 1,000 nested folders (16 KB path, past PATH_MAX)",
        "one unreadable record (path longer than PATH_MAX) for the folder not entered; note found",
        &m,
    );
}

#[test]
fn a_hundred_thousand_empty_files_are_walked_and_the_note_among_them_found() {
    let (tmp, tree) = tree();
    for d in 0..100 {
        let dir = tree.join(format!("d{d:02}"));
        std::fs::create_dir(&dir).unwrap();
        for f in 0..1000 {
            std::fs::File::create(dir.join(format!("e{f:03}"))).unwrap();
        }
    }
    let m = measure(
        "tree: 100,000 empty files",
        Duration::from_secs(240),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    assert_eq!(u(&summary["files"]), 100_001, "{summary}");
    assert_eq!(summary["complete"], true);
    assert!(skips(&m).is_empty());
    record(
        "tree: 100,000 empty files",
        "100,001 files counted, note found, nothing skipped",
        &m,
    );
}

/// A stored zip of one member, its name given as raw bytes (no UTF-8
/// flag), written by hand: the zip crate takes only text names.
fn zip_with_raw_name(name: &[u8], data: &[u8]) -> Vec<u8> {
    // CRC-32 (IEEE), bit by bit: the input is a few dozen bytes.
    let crc = !data.iter().fold(!0u32, |mut c, &b| {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                c >> 1 ^ 0xedb8_8320
            } else {
                c >> 1
            };
        }
        c
    });
    let mut z = Vec::new();
    let le16 = |z: &mut Vec<u8>, v: u16| z.extend_from_slice(&v.to_le_bytes());
    let le32 = |z: &mut Vec<u8>, v: u32| z.extend_from_slice(&v.to_le_bytes());
    // Local header.
    le32(&mut z, 0x0403_4b50);
    for v in [20u16, 0, 0, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, crc);
    le32(&mut z, data.len() as u32);
    le32(&mut z, data.len() as u32);
    le16(&mut z, name.len() as u16);
    le16(&mut z, 0);
    z.extend_from_slice(name);
    z.extend_from_slice(data);
    let central = z.len() as u32;
    le32(&mut z, 0x0201_4b50);
    for v in [20u16, 20, 0, 0, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, crc);
    le32(&mut z, data.len() as u32);
    le32(&mut z, data.len() as u32);
    for v in [name.len() as u16, 0, 0, 0, 0] {
        le16(&mut z, v);
    }
    le32(&mut z, 0);
    le32(&mut z, 0);
    z.extend_from_slice(name);
    let size = z.len() as u32 - central;
    le32(&mut z, 0x0605_4b50);
    for v in [0u16, 0, 1, 1] {
        le16(&mut z, v);
    }
    le32(&mut z, size);
    le32(&mut z, central);
    le16(&mut z, 0);
    z
}

/// Decodes padded base64 (RFC 4648); panics on anything else.
fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    for quad in text.as_bytes().chunks(4) {
        let pad = quad.iter().filter(|&&c| c == b'=').count();
        let n = quad.iter().fold(0u32, |n, &c| {
            let v = ALPHABET.iter().position(|&a| a == c).unwrap_or(0);
            n << 6 | v as u32
        });
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    out
}

#[test]
fn a_tree_of_non_utf8_names_round_trips_every_one_in_path_bytes() {
    let (tmp, tree) = tree();
    let bad = tree.join(OsStr::from_bytes(b"dir-\xc0\xaf"));
    std::fs::create_dir(&bad).unwrap();
    let mut want = std::collections::BTreeSet::new();
    for i in 0..500u32 {
        // Every byte that cannot start or continue UTF-8 in its place.
        let b = [0x80 + (i % 0x80) as u8, 0xff, b'a' + (i % 26) as u8];
        let mut name = format!("n{i:03}-").into_bytes();
        name.extend_from_slice(&b);
        let p = bad.join(OsStr::from_bytes(&name));
        let ssn = format!("Patient SSN: 212-09-{:04}\n", 1000 + i);
        std::fs::write(&p, ssn).unwrap();
        want.insert(
            p.strip_prefix(tmp.path())
                .unwrap()
                .as_os_str()
                .as_bytes()
                .to_vec(),
        );
    }
    let zip = zip_with_raw_name(b"notes/\xff\xfe-member.txt", NOTE.as_bytes());
    std::fs::write(bad.join(OsStr::from_bytes(b"arch-\xff.zip")), zip).unwrap();
    let m = measure(
        "tree: 500 non-UTF-8 names and a zip member named in raw bytes",
        Duration::from_secs(120),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    assert!(skips(&m).is_empty(), "{}", m.run.dump());
    let mut got = std::collections::BTreeSet::new();
    for f in m.run.findings() {
        if f["inner"].as_array().is_some_and(|a| !a.is_empty()) {
            continue;
        }
        if let Some(b64) = f.get("path_bytes") {
            got.insert(base64_decode(s(b64)));
        }
    }
    assert_eq!(got, want, "every raw name comes back from path_bytes");
    // The member: its name read as CP437, the archive's path in path_bytes.
    let member: Vec<Value> = m
        .run
        .findings()
        .into_iter()
        .filter(|f| f["kind"] == "ssn" && f["inner"].as_array().is_some_and(|a| a.len() == 1))
        .collect();
    assert_eq!(member.len(), 1, "{}", m.run.dump());
    assert_eq!(s(&member[0]["inner"][0]), "notes/\u{a0}\u{25a0}-member.txt");
    assert_eq!(
        base64_decode(s(&member[0]["path_bytes"])),
        b"tree/dir-\xc0\xaf/arch-\xff.zip"
    );
    assert_eq!(u(&summary["files"]), 502);
    record(
        "tree: 500 non-UTF-8 names, a zip member named in raw bytes",
        "all 500 findings' path_bytes name their files; member read as CP437",
        &m,
    );
}

#[test]
fn a_sparse_ten_gigabyte_file_is_skipped_too_large_by_default() {
    let (tmp, tree) = tree();
    let f = std::fs::File::create(tree.join("sparse.img")).unwrap();
    f.set_len(10 << 30).unwrap();
    let m = measure(
        "size: sparse 10 GB file, default --max-file-size",
        Duration::from_secs(60),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    let sk = skips(&m);
    assert_eq!(sk.len(), 1, "{sk:?}");
    assert_eq!(sk[0].0, "tree/sparse.img");
    assert_eq!(sk[0].1, "too_large");
    assert_eq!(sk[0].2, "10.0 GiB > --max-file-size 2.0 GiB");
    assert_eq!(summary["complete"], false);
    record(
        "size: sparse 10 GB file (default --max-file-size 2G)",
        "skipped too_large, note found",
        &m,
    );
}

#[test]
fn a_sparse_file_read_without_a_size_limit_reports_the_ssn_after_its_hole() {
    let (tmp, tree) = tree();
    let mut f = std::fs::File::create(tree.join("sparse.img")).unwrap();
    let size: u64 = SPARSE_NO_LIMIT;
    f.set_len(size - 64).unwrap();
    use std::io::Seek;
    f.seek(std::io::SeekFrom::End(0)).unwrap();
    f.write_all(b"\nSSN: 212-09-4321\n").unwrap();
    drop(f);
    let m = measure(
        "size: sparse file, --max-file-size 0",
        Duration::from_secs(240),
        &mut scan(tmp.path(), &["--max-file-size", "0", "tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    assert!(skips(&m).is_empty(), "{}", m.run.dump());
    let end: Vec<Value> = m.run.findings_in("tree/sparse.img");
    assert_eq!(end.len(), 1, "{}", m.run.dump());
    assert_eq!(s(&end[0]["masked"]), "***-**-4321");
    assert_eq!(summary["complete"], true);
    record(
        "size: sparse 1 GiB file, --max-file-size 0 (no limit)",
        "read in full (holes as zeros); SSN after the hole found once",
        &m,
    );
}

/// Size of the sparse file read with no size limit: its holes are read
/// (as zeros) and scanned like any bytes, at about 200 MB/s in a release
/// build; 10 GiB took 52 s there, at 50 MiB of RSS.
const SPARSE_NO_LIMIT: u64 = 1 << 30;

#[test]
fn a_one_gigabyte_single_line_reports_each_ssn_once_even_across_a_window_edge() {
    let (tmp, tree) = tree();
    let path = tree.join("line.txt");
    let len: usize = 1 << 30;
    let edge = 32 << 20; // the first mapped window's end (Limits::map_window)
    let near_end = "SSN: 212-09-7777 ";
    let straddle = "SSN: 212-09-8888 ";
    {
        let mut f =
            std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&path).unwrap());
        let filler = b"lorem ipsum dolor sit amet consectetur ".repeat(1 << 14);
        let mut at = 0usize;
        let put = |f: &mut std::io::BufWriter<std::fs::File>, b: &[u8], at: &mut usize| {
            f.write_all(b).unwrap();
            *at += b.len();
        };
        let straddle_at = edge - 9; // the SSN's digits cross the edge
        let end_at = len - 200;
        for (mark, text) in [(straddle_at, straddle), (end_at, near_end)] {
            while at < mark {
                let n = (mark - at).min(filler.len());
                put(&mut f, &filler[..n], &mut at);
            }
            put(&mut f, text.as_bytes(), &mut at);
        }
        while at < len {
            let n = (len - at).min(filler.len());
            put(&mut f, &filler[..n], &mut at);
        }
        f.write_all(b"\n").unwrap();
    }
    let m = measure(
        "size: 1 GB single line",
        Duration::from_secs(300),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    assert_whole(&m);
    assert_note_found(&m);
    let masked: Vec<String> = m
        .run
        .findings_in("tree/line.txt")
        .iter()
        .map(|f| s(&f["masked"]).to_string())
        .collect();
    assert_eq!(masked, ["***-**-8888", "***-**-7777"], "{}", m.run.dump());
    for f in m.run.findings_in("tree/line.txt") {
        assert_eq!(u(&f["line"]), 1);
    }
    record(
        "size: 1 GB single line, SSNs across a window edge and near the end",
        "each SSN found once, on line 1",
        &m,
    );
}

/// A file with `n` lines, each a labelled name, SSN and date of birth.
fn dense(path: &Path, bytes: usize) -> u64 {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let names = ["Maria Lopez", "John Smith", "Ana Garcia", "James Brown"];
    let (mut written, mut lines) = (0, 0u64);
    while written < bytes {
        let i = lines as usize;
        let line = format!(
            "Patient: {} SSN: {:03}-{:02}-{:04} DOB: 03/{:02}/1961\n",
            names[i % 4],
            100 + i % 500,
            10 + i % 89,
            1000 + i % 8999,
            1 + i % 28
        );
        f.write_all(line.as_bytes()).unwrap();
        written += line.len();
        lines += 1;
    }
    lines
}

#[test]
fn a_file_of_dense_findings_is_reported_in_bounded_memory_with_exact_counts() {
    let (tmp, tree) = tree();
    let lines = dense(&tree.join("dense.txt"), DENSE_BYTES);
    let m = measure(
        "size: dense findings",
        Duration::from_secs(300),
        &mut scan(tmp.path(), &["tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    let file = m
        .run
        .files()
        .into_iter()
        .find(|f| f["path"] == "tree/dense.txt")
        .expect("the dense file's record");
    // Every line's name; its SSN unless the SSA rules refuse it (14 of
    // these 627,186 lines, whatever the window size: checked with 32 MiB
    // and 8 MiB windows).
    assert_eq!(u(&file["counts"]["name"]), lines, "{file}");
    let ssn = u(&file["counts"]["ssn"]);
    assert!(ssn + 14 >= lines, "{file}");
    assert_eq!(u(&summary["by_kind"]["ssn"]), ssn + 1, "{summary}");
    let listed = m.run.findings_in("tree/dense.txt").len() as u64;
    assert_eq!(listed, 100_000, "a unit lists its first 100,000 findings");
    let unlisted = u(&file["unlisted"]);
    let counted: u64 = file["counts"].as_object().unwrap().values().map(u).sum();
    assert_eq!(listed + unlisted, counted, "{file}");
    assert_eq!(u(&summary["unlisted"]), unlisted, "{summary}");
    assert_eq!(u(&summary["findings"]), counted + 2, "{summary}");
    // The listed ones are the first: line numbers rise, none repeats.
    let lines_seen: Vec<u64> = m
        .run
        .findings_in("tree/dense.txt")
        .iter()
        .map(|f| u(&f["line"]))
        .collect();
    assert!(lines_seen.windows(2).all(|w| w[0] <= w[1]));
    record(
        "size: 32 MiB of dense names, SSNs and dates (3 findings per 52-byte line)",
        &format!("first {listed} findings listed, {unlisted} counted only; counts exact"),
        &m,
    );
}

/// Size of the dense-findings file (a debug build scans it): four of the
/// 8 MiB windows, whose size bounds the detectors' per-window state (with
/// 32 MiB windows 64 MiB of it peaked at 357 MiB).
const DENSE_BYTES: usize = 32 << 20;

/// Issue 17: the memory two workers may take together when each meets
/// the worst of its kind at once. A whole machine's scan peaked at 216 to
/// 285 MiB when dense files and large jars coincided: each worker held a
/// window's findings until the window was done, the writer's queue held
/// whole files of them, a jar's pages stayed mapped once read, and each
/// buffer kept the size of the largest file seen. This mix of those inputs
/// took 142 MiB before the fixes and takes 82 MiB (release).
const AT_ONCE_LIMIT_KB: u64 = 120 * 1024;

#[test]
fn dense_files_and_a_large_zip_at_once_stay_within_two_workers_share() {
    let (tmp, tree) = tree();
    // Two files read whole (one window each), one of several windows.
    let lines = dense(&tree.join("a.txt"), 7_800_000);
    dense(&tree.join("b.txt"), 7_800_000);
    dense(&tree.join("c.txt"), 40 << 20);
    // A 60 MB zip of 20,000 small stored members, as a jar is.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let mut member = vec![0u8; 3000];
    for i in 0..20_000 {
        for b in member.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        zip.start_file(format!("m/{i:05}.bin"), opts).unwrap();
        zip.write_all(&member).unwrap();
    }
    std::fs::write(tree.join("big.zip"), zip.finish().unwrap().into_inner()).unwrap();
    let m = measure(
        "memory: dense files and a 60 MB zip at once",
        Duration::from_secs(300),
        &mut scan(tmp.path(), &["-j", "2", "tree"]),
    );
    m.run.assert_code(1);
    assert_whole(&m);
    assert_note_found(&m);
    let file = m
        .run
        .files()
        .into_iter()
        .find(|f| f["path"] == "tree/a.txt")
        .expect("a.txt's record");
    assert_eq!(u(&file["counts"]["name"]), lines, "{file}");
    assert!(
        m.peak_rss_kb <= AT_ONCE_LIMIT_KB,
        "peak {} MiB > {} MiB",
        m.peak_rss_kb / 1024,
        AT_ONCE_LIMIT_KB / 1024
    );
    record(
        "memory: two 7.8 MB and one 40 MiB dense files and a 60 MB zip of 20,000 members, -j 2",
        &format!("peak within {} MiB; counts exact", AT_ONCE_LIMIT_KB / 1024),
        &m,
    );
}

#[test]
fn special_files_given_explicitly_and_in_the_tree_are_skipped_not_regular() {
    let (tmp, tree) = tree();
    mkfifo(&tree.join("fifo"), 0o600);
    let sock = std::os::unix::net::UnixListener::bind(tree.join("sock")).unwrap();
    let device = if is_root() {
        let p = tree.join("null-dev");
        let c = std::ffi::CString::new(p.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid path; makes a character device 1:3 (/dev/null).
        let rc = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o600, libc::makedev(1, 3)) };
        assert_eq!(rc, 0, "mknod: {}", std::io::Error::last_os_error());
        true
    } else {
        println!("not root: no character device node inside the tree (mknod needs root)");
        false
    };
    let m = measure(
        "special: FIFO, socket, device in the tree and given explicitly",
        Duration::from_secs(60),
        &mut scan(
            tmp.path(),
            &["tree", "tree/fifo", "tree/sock", "/dev/null", "/dev/zero"],
        ),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    let sk = skips(&m);
    let has = |path: &str, what: &str| {
        sk.iter()
            .any(|(p, r, d)| p == path && r == "not_regular" && d.contains(what))
    };
    assert!(has("tree/fifo", "FIFO"), "{sk:?}");
    assert!(has("tree/sock", "socket"), "{sk:?}");
    assert!(has("/dev/null", "device"), "{sk:?}");
    assert!(has("/dev/zero", "device"), "{sk:?}");
    if device {
        assert!(has("tree/null-dev", "device"), "{sk:?}");
    }
    assert!(sk.iter().all(|(_, r, _)| r == "not_regular"), "{sk:?}");
    assert_eq!(summary["complete"], true, "special files hold no content");
    drop(sock);

    // Alone, they leave a complete scan with nothing found: exit 0.
    let alone = measure(
        "special: /dev/zero alone",
        Duration::from_secs(60),
        &mut scan(tmp.path(), &["/dev/zero", "tree/fifo"]),
    );
    alone.run.assert_code(0);
    record(
        "special: FIFO, socket, char device in the tree and given; /dev/null, /dev/zero",
        "each skipped not_regular, scan complete, note found; /dev/zero alone exits 0",
        &m,
    );
}

#[test]
fn symbolic_link_loops_are_reported_with_and_without_follow_and_the_note_is_read_once() {
    let (tmp, tree) = tree();
    std::os::unix::fs::symlink("b", tree.join("a")).unwrap();
    std::os::unix::fs::symlink("a", tree.join("b")).unwrap();
    std::fs::create_dir(tree.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", tree.join("sub/up")).unwrap();
    for follow in [false, true] {
        let args: &[&str] = if follow {
            &["--follow", "tree"]
        } else {
            &["tree"]
        };
        let m = measure(
            "links: loops",
            Duration::from_secs(60),
            &mut scan(tmp.path(), args),
        );
        m.run.assert_code(1);
        let summary = assert_whole(&m);
        assert_note_found(&m);
        assert_eq!(
            m.run.findings_in("tree/note.txt").len(),
            m.run
                .findings()
                .iter()
                .filter(|f| s(&f["path"]).ends_with("note.txt"))
                .count(),
            "the note is reported once, not again through the loop\n{}",
            m.run.dump()
        );
        let sk = skips(&m);
        // Not followed: links, listed. Followed: loops, named as such.
        let want = if follow { "unreadable" } else { "not_regular" };
        for link in ["tree/a", "tree/b", "tree/sub/up"] {
            assert!(
                sk.iter().any(|(p, r, d)| p == link
                    && r == want
                    && (!follow || d.contains("symbolic link loop"))),
                "{link} (follow: {follow}): {sk:?}"
            );
        }
        assert_eq!(sk.len(), 3, "{sk:?}");
        assert_eq!(summary["complete"], !follow, "{sk:?}");
        record(
            if follow {
                "links: a -> b -> a, dir link to its parent, --follow"
            } else {
                "links: a -> b -> a, dir link to its parent"
            },
            if follow {
                "each loop skipped unreadable (symbolic link loop), note found once"
            } else {
                "each link skipped not_regular, note found once"
            },
            &m,
        );
    }
}

/// A command for phiscan run as "nobody" when the tests run as root, where
/// permission bits do not stop reads; the binary is copied into `dir` so
/// nobody can run it (as tests/environment.rs does). The user is changed
/// by `setpriv` (util-linux), which then runs phiscan in its own process,
/// because `measure` re-launches the command under GNU time and a
/// `Command`'s uid is not carried over.
fn unprivileged(dir: &Path) -> Command {
    let mut c = if is_root() {
        let copy = dir.join("phiscan-bin");
        if !copy.exists() {
            std::fs::copy(BIN, &copy).unwrap();
            chmod(&copy, 0o755);
        }
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(copy);
        c
    } else {
        Command::new(BIN)
    };
    c.env("PHISCAN_KEY", crate::common::KEY)
        .env("NO_COLOR", "1")
        .current_dir(dir);
    c
}

#[test]
fn permission_denied_files_and_folders_are_reported_unreadable() {
    let tmp = tempfile::Builder::new()
        .prefix("phiscan-perm")
        .tempdir_in(std::env::temp_dir())
        .unwrap();
    chmod(tmp.path(), 0o755);
    let tree = tmp.path().join("tree");
    let note = write(&tree, "note.txt", NOTE);
    chmod(&tree, 0o755);
    chmod(&note, 0o644);
    let secret = write(&tree, "secret.txt", NOTE);
    chmod(&secret, 0o000);
    let closed = tree.join("closed");
    write(&closed, "inside.txt", NOTE);
    chmod(&closed, 0o000);
    let m = measure(
        "permissions: a file and a folder without permission",
        Duration::from_secs(60),
        unprivileged(tmp.path()).args(["scan", "--format", "jsonl", "tree"]),
    );
    m.run.assert_code(1);
    let summary = assert_whole(&m);
    assert_note_found(&m);
    let sk = skips(&m);
    for p in ["tree/secret.txt", "tree/closed"] {
        assert!(
            sk.iter()
                .any(|(q, r, d)| q == p && r == "unreadable" && d == "permission denied"),
            "{p}: {sk:?}"
        );
    }
    assert_eq!(sk.len(), 2, "{sk:?}");
    assert_eq!(summary["complete"], false);
    // Nothing found and something not read: exit 2.
    let alone = measure(
        "permissions: only the closed file",
        Duration::from_secs(60),
        unprivileged(tmp.path()).args(["scan", "--format", "jsonl", "tree/secret.txt"]),
    );
    alone.run.assert_code(2);
    chmod(&closed, 0o755);
    record(
        "permissions: file 000 and folder 000 (as nobody)",
        "each skipped unreadable (permission denied), note found; alone: exit 2",
        &m,
    );
}

#[test]
fn files_deleted_truncated_or_replaced_during_the_scan_are_read_or_reported() {
    let (tmp, tree) = tree();
    let churn = tree.join("churn");
    std::fs::create_dir(&churn).unwrap();
    let body = "Visit note, nothing identifying here.\n".repeat(2000);
    let n = 3000;
    for i in 0..n {
        std::fs::write(churn.join(format!("f{i:04}.txt")), &body).unwrap();
    }
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let changer = {
        let (stop, churn, body) = (stop.clone(), churn.clone(), body.clone());
        std::thread::spawn(move || {
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let p = churn.join(format!("f{:04}.txt", i % n));
                match i % 3 {
                    0 => drop(std::fs::remove_file(&p)),
                    1 => drop(
                        std::fs::OpenOptions::new()
                            .write(true)
                            .open(&p)
                            .map(|f| f.set_len(10)),
                    ),
                    _ => {
                        let t = churn.join(format!("new{i}"));
                        if std::fs::write(&t, &body).is_ok() {
                            let _ = std::fs::rename(&t, &p);
                        }
                    }
                }
                i += 1;
            }
        })
    };
    let m = measure(
        "changes: files deleted, truncated, replaced during the scan",
        Duration::from_secs(120),
        &mut scan(tmp.path(), &["-j", "2", "tree"]),
    );
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    changer.join().unwrap();
    m.run.assert_code(1);
    assert_whole(&m);
    assert_note_found(&m);
    let sk = skips(&m);
    assert!(
        sk.iter().all(|(_, r, _)| r == "unreadable"),
        "a change is an unreadable file, nothing else: {sk:?}"
    );
    let vanished = sk.iter().filter(|(_, _, d)| d.contains("vanished")).count();
    record(
        "changes: 3,000 files deleted, truncated, renamed over while scanned",
        &format!("{vanished} vanished (unreadable), the rest read; note found"),
        &m,
    );
}

#[test]
fn a_file_truncated_again_and_again_while_mapped_is_read_or_reported_shrank() {
    let (tmp, tree) = tree();
    let big = tree.join("big.txt");
    let size: u64 = 256 << 20;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line = "lorem ipsum dolor sit amet consectetur adipiscing\n".repeat(1000);
        let mut n = 0;
        while n < size {
            f.write_all(line.as_bytes()).unwrap();
            n += line.len() as u64;
        }
    }
    let len = std::fs::metadata(&big).unwrap().len();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let cutter = {
        let (stop, big) = (stop.clone(), big.clone());
        // Cut to one page and grow back, over and over: mostly whole when
        // opened, cut under the mapped windows while they are read.
        std::thread::spawn(move || {
            let f = std::fs::OpenOptions::new().write(true).open(&big).unwrap();
            let mut cuts = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                f.set_len(4096).unwrap();
                std::thread::sleep(Duration::from_millis(1));
                f.set_len(len).unwrap();
                std::thread::sleep(Duration::from_millis(4));
                cuts += 1;
            }
            cuts
        })
    };
    let (mut shrank, mut whole) = (0, 0);
    let mut last = None;
    for _ in 0..4 {
        let m = measure(
            "changes: file truncated while mapped",
            Duration::from_secs(180),
            &mut scan(tmp.path(), &["tree"]),
        );
        m.run.assert_code(1);
        assert_whole(&m);
        assert_note_found(&m);
        let sk = skips(&m);
        assert!(sk.len() <= 1, "{sk:?}");
        match sk.first() {
            Some((p, r, d)) => {
                assert_eq!((p.as_str(), r.as_str()), ("tree/big.txt", "unreadable"));
                assert!(d.contains("shrank") || d.contains("vanished"), "{d}");
                shrank += 1;
            }
            None => whole += 1,
        }
        last = Some(m);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let cuts = cutter.join().unwrap();
    record(
        &format!("changes: 256 MiB file cut and regrown {cuts} times while scanned 4 times"),
        &format!(
            "{shrank} runs: unreadable (file shrank), {whole} read whole; no crash; note found"
        ),
        &last.expect("four runs"),
    );
}
