//! The scan's environment as a new user meets it: a home directory where
//! the fingerprint key cannot be created, `-j 0`, size flags at 0, and file
//! names that are not UTF-8.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::*;

const NOTE: &str = "Patient SSN: 212-09-1234\n";

/// A scan of `a.txt` in `dir` with no key in the environment and `home`
/// as HOME, so the default key file is the only source left; `extra`
/// flags and `key` (for `PHISCAN_KEY`) are the remedies tried.
fn scan_with_home(
    user: &dyn Fn() -> Command,
    dir: &Path,
    home: &Path,
    extra: &[&str],
    key: Option<&str>,
) -> Run {
    let mut c = user();
    c.current_dir(dir)
        .env_remove("PHISCAN_KEY")
        .env_remove("XDG_CONFIG_HOME")
        .env("HOME", home)
        .args(["scan", "--format", "jsonl"])
        .args(extra)
        .arg("a.txt");
    if let Some(k) = key {
        c.env("PHISCAN_KEY", k);
    }
    run(&mut c)
}

/// The key file cannot be created under `home`: the scan stops with exit 2,
/// naming the key file and both ways around it, and each way works.
#[track_caller]
fn assert_key_error_names_file_and_remedy(user: &dyn Fn() -> Command, dir: &Path, home: &Path) {
    let r = scan_with_home(user, dir, home, &[], None);
    r.assert_code(2);
    let key = home.join(".config/phiscan/key");
    assert!(
        r.stderr.contains(&*key.to_string_lossy()),
        "the error names the key file {}\n{}",
        key.display(),
        r.dump()
    );
    assert!(r.stderr.contains("--key-file"), "{}", r.dump());
    assert!(r.stderr.contains("PHISCAN_KEY"), "{}", r.dump());
    assert!(r.stdout.is_empty(), "no report without a key\n{}", r.dump());

    // The two remedies the message names.
    let my_key = write(dir, "my.key", "0123456789abcdef0123456789abcdef\n");
    chmod(&my_key, 0o644);
    scan_with_home(user, dir, home, &["--key-file", "my.key"], None).assert_code(1);
    scan_with_home(user, dir, home, &[], Some(KEY)).assert_code(1);
    let r = scan_with_home(user, dir, home, &[], None);
    assert!(
        !r.stderr.contains("0123456789abcdef"),
        "no key material in errors\n{}",
        r.dump()
    );
}

#[test]
fn a_home_under_a_regular_file_stops_the_scan_naming_the_key_file_and_the_remedies() {
    // Creating a directory below a regular file fails for every user,
    // root included.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", NOTE);
    write(dir.path(), "file-not-dir", "x");
    let home = dir.path().join("file-not-dir/home");
    assert_key_error_names_file_and_remedy(&phiscan, dir.path(), &home);
}

/// A command for phiscan run as "nobody" when the tests run as root, where
/// permission bits do not stop writes; the binary is copied into `dir`
/// (world-readable) when the build directory is out of nobody's reach.
fn as_unprivileged(dir: &Path) -> impl Fn() -> Command {
    use std::os::unix::process::CommandExt;
    let root = is_root();
    let bin = if root {
        let copy = dir.join("phiscan-bin");
        std::fs::copy(BIN, &copy).unwrap();
        chmod(&copy, 0o755);
        copy
    } else {
        PathBuf::from(BIN)
    };
    move || {
        let mut c = Command::new(&bin);
        c.env("PHISCAN_KEY", KEY)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        if root {
            c.uid(NOBODY).gid(NOBODY);
        }
        c
    }
}

/// The user and group id of "nobody".
const NOBODY: u32 = 65534;

#[test]
fn a_read_only_home_stops_the_scan_naming_the_key_file_and_the_remedies() {
    // Under /tmp and mode 0755 so that "nobody" can enter it.
    let dir = tempfile::Builder::new()
        .prefix("phiscan-env")
        .tempdir_in(std::env::temp_dir())
        .unwrap();
    chmod(dir.path(), 0o755);
    let a = write(dir.path(), "a.txt", NOTE);
    chmod(&a, 0o644);
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    if is_root() {
        // The user's own home, only not writable.
        std::os::unix::fs::chown(&home, Some(NOBODY), Some(NOBODY)).unwrap();
    }
    chmod(&home, 0o500);
    let user = as_unprivileged(dir.path());
    let outcome = std::panic::catch_unwind(|| {
        assert_key_error_names_file_and_remedy(&user, dir.path(), &home)
    });
    chmod(&home, 0o700);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e);
    }
    assert!(
        std::fs::read_dir(&home).unwrap().next().is_none(),
        "nothing was created in the read-only home"
    );
}

/// (path, kind, value, line) of every finding, sorted: what two scans of
/// the same tree must agree on.
fn finding_set(r: &Run) -> Vec<(String, String, String, u64)> {
    let mut v: Vec<_> = r
        .findings()
        .iter()
        .map(|f| {
            (
                s(&f["path"]).to_string(),
                s(&f["kind"]).to_string(),
                s(&f["value"]).to_string(),
                u(&f["line"]),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn minus_j_0_means_every_core_and_scans_like_the_default() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..20 {
        write(
            dir.path(),
            &format!("tree/n{i}.txt"),
            format!("Patient SSN: 212-09-{:04}\nMRN: 88{i:05}\n", 1000 + i),
        );
    }
    let zero = scan_jsonl(dir.path(), &["--show-values", "-j", "0", "tree"]);
    zero.assert_code(1);
    let default = scan_jsonl(dir.path(), &["--show-values", "tree"]);
    default.assert_code(1);
    assert_eq!(u(&zero.summary()["files"]), 20, "{}", zero.dump());
    assert!(!finding_set(&zero).is_empty(), "{}", zero.dump());
    assert_eq!(finding_set(&zero), finding_set(&default));

    let mut c = phiscan();
    c.args(["scan", "--help"]);
    let help = run(&mut c);
    help.assert_code(0);
    assert!(
        help.stdout
            .contains("0 (as for ripgrep) or absent: the number of CPUs"),
        "--help says what -j 0 means\n{}",
        help.dump()
    );
}

/// A zip holding `note.txt` (deflated), written with the zip crate.
fn zip_with_note(body: &str) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("note.txt", opts).unwrap();
    w.write_all(body.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

#[test]
fn zero_means_no_limit_for_every_size_flag() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "tree/a.zip", zip_with_note(NOTE));
    write(dir.path(), "tree/b.txt", NOTE);
    let member_found = |r: &Run| {
        r.findings()
            .iter()
            .any(|f| f["path"] == "tree/a.zip" && f["inner"] == serde_json::json!(["note.txt"]))
    };
    // The flags are live: a small member limit skips the member.
    let small = scan_jsonl(dir.path(), &["--max-member-size", "8", "tree"]);
    assert!(!member_found(&small), "{}", small.dump());
    assert!(
        small
            .skipped()
            .iter()
            .any(|k| k["reason"] == "archive_budget"),
        "{}",
        small.dump()
    );
    for flag in ["--max-file-size", "--max-member-size", "--max-inflated"] {
        for zero in ["0", "0M"] {
            let r = scan_jsonl(dir.path(), &[flag, zero, "tree"]);
            r.assert_code(1);
            assert!(
                member_found(&r),
                "{flag} {zero}: member scanned\n{}",
                r.dump()
            );
            assert!(
                !r.findings_in("tree/b.txt").is_empty(),
                "{flag} {zero}: plain file scanned\n{}",
                r.dump()
            );
            assert!(
                r.skipped().is_empty(),
                "{flag} {zero}: nothing skipped\n{}",
                r.dump()
            );
            assert_eq!(r.summary()["complete"], true, "{}", r.dump());
        }
    }
    // A bad size names its flag.
    let r = scan_in(dir.path(), &["--max-member-size", "5 furlongs", "tree"]);
    r.assert_code(2);
    assert!(r.stderr.contains("--max-member-size"), "{}", r.dump());
}

/// Decodes padded base64 (RFC 4648); panics on anything else.
fn base64_decode(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    assert_eq!(s.len() % 4, 0, "padded base64: {s:?}");
    let mut out = Vec::new();
    for quad in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        let mut pad = 0;
        for &c in quad {
            n <<= 6;
            if c == b'=' {
                pad += 1;
            } else {
                let v = ALPHABET.iter().position(|&a| a == c);
                n |= v.unwrap_or_else(|| panic!("not base64: {s:?}")) as u32;
            }
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    out
}

#[test]
fn a_non_utf8_file_name_survives_the_jsonl_round_trip_in_path_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let raw_name: &[u8] = b"note-\xff\xfe.txt";
    std::fs::create_dir(dir.path().join("tree")).unwrap();
    std::fs::write(
        dir.path().join("tree").join(OsStr::from_bytes(raw_name)),
        NOTE,
    )
    .unwrap();
    write(dir.path(), "tree/plain.txt", NOTE);
    let fifo_name: &[u8] = b"pipe-\xff";
    mkfifo(
        &dir.path().join("tree").join(OsStr::from_bytes(fifo_name)),
        0o600,
    );

    let r = scan_jsonl(dir.path(), &["tree"]);
    r.assert_code(1);
    let expect = |name: &[u8]| [b"tree/".as_slice(), name].concat();
    let mut seen = [0; 3];
    for rec in r.records() {
        if rec["type"] == "summary" {
            continue;
        }
        let path = s(&rec["path"]);
        if path == "tree/plain.txt" {
            assert!(
                rec.get("path_bytes").is_none(),
                "UTF-8 path: no path_bytes: {rec}"
            );
            seen[0] += 1;
            continue;
        }
        let raw = base64_decode(s(&rec["path_bytes"]));
        if rec["type"] == "skipped" {
            assert_eq!(raw, expect(fifo_name), "{rec}");
            assert_eq!(path, "tree/pipe-\u{FFFD}", "path stays lossy: {rec}");
            seen[2] += 1;
        } else {
            assert_eq!(raw, expect(raw_name), "{rec}");
            assert!(path.contains('\u{FFFD}'), "path stays lossy: {rec}");
            seen[1] += 1;
        }
        // What path_bytes names is the very file.
        assert!(
            std::fs::symlink_metadata(dir.path().join(OsStr::from_bytes(&raw))).is_ok(),
            "{rec}"
        );
    }
    // plain.txt and the 0xFF file: a finding and a file record each.
    assert_eq!(seen, [2, 2, 1], "{}", r.dump());

    // Human output stays lossy text.
    let h = scan_in(dir.path(), &["--format", "human", "tree"]);
    h.assert_code(1);
    assert!(
        h.stdout.contains("note-\u{FFFD}\u{FFFD}.txt"),
        "{}",
        h.dump()
    );
    assert!(!h.stdout.contains("path_bytes"), "{}", h.dump());
}
