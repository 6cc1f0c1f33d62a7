//! The inventory's content hash (`scan --state`), driven through the real
//! binary: identical content is scanned once per run and reported at every
//! path; a touched file whose content did not change is read (to hash) but
//! not scanned, its findings carried forward; a changed one is scanned;
//! the stored hash is keyed, never the plain hash of the bytes.
//!
//! That the detectors did not run is shown by the debug binary's fault
//! hook (`PHISCAN_FAULT=panic:MARKER`, src/pipeline.rs): a file holding the
//! marker that the detectors scan is reported `corrupt`; one whose stored
//! records stand in for its scan is not. A release build has no hook, so
//! those checks run in debug builds only.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use crate::common::{self, phiscan, run, write, Run, KEY};

/// A name and an SSN (raw values the state must never hold), and the
/// fault hook's marker, which no detector finds anything in.
const PHI: &str = "Patient: Marguerite Quillfeather\nSSN: 212-09-1234\nHASH-FAULT-QX\n";

/// The marker that arms the fault hook.
const MARKER: &str = "HASH-FAULT-QX";

/// Whether the binary driven has the fault hook (same profile as this test).
const HOOKED: bool = cfg!(debug_assertions);

fn scan(dir: &Path, extra: &[&str], fault: bool) -> Run {
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["scan", "--format", "jsonl", "--state", "state.sqlite"])
        .args(extra)
        .arg("tree");
    if fault {
        c.env("PHISCAN_FAULT", format!("panic:{MARKER}"));
    }
    run(&mut c)
}

/// The count before `what` on the state's line on standard error.
fn counted(r: &Run, what: &str) -> u64 {
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("phiscan: state "))
        .unwrap_or_else(|| panic!("no state line\n{}", r.dump()));
    let at = line
        .find(what)
        .unwrap_or_else(|| panic!("no `{what}` in {line:?}"));
    line[..at]
        .trim_end()
        .rsplit([' ', ','])
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count before `{what}` in {line:?}"))
}

/// (path, inner, kind, line, fingerprint) of every finding.
fn found(r: &Run) -> BTreeSet<(String, String, String, u64, String)> {
    r.findings()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["inner"].to_string(),
                f["kind"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The findings of `path`, without the path (to compare two paths').
fn found_at(r: &Run, path: &str) -> BTreeSet<(String, String, u64, String)> {
    found(r)
        .into_iter()
        .filter(|f| f.0 == path)
        .map(|f| (f.1, f.2, f.3, f.4))
        .collect()
}

/// The stored content hash of the file whose path ends with `name`.
fn stored_hash(dir: &Path, name: &str) -> Vec<u8> {
    let db = rusqlite::Connection::open(dir.join("state.sqlite")).unwrap();
    let mut q = db.prepare("SELECT path, hash FROM files").unwrap();
    let rows: Vec<(Vec<u8>, Option<Vec<u8>>)> = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.into_iter()
        .find(|(p, _)| p.ends_with(name.as_bytes()))
        .and_then(|(_, h)| h)
        .unwrap_or_else(|| panic!("no hash stored for {name}"))
}

/// Files under `tree/` that a state scan opened (strace), with the fault
/// hook armed.
fn opened(dir: &Path) -> (Run, BTreeSet<String>) {
    let fault = format!("panic:{MARKER}");
    crate::state::opened_under_tree(dir, &[], &[("PHISCAN_FAULT", &fault)])
}

#[test]
fn identical_content_is_scanned_once_and_reported_at_every_path() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let phi = PHI.replace(MARKER, "");
    write(dir, "tree/a/note.txt", &phi);
    write(dir, "tree/b/copy of note.txt", &phi);
    let zip = common::zip_of(&[("inner/letter.txt", phi.as_bytes())]);
    write(dir, "tree/a/export.zip", &zip);
    write(dir, "tree/b/export (1).zip", &zip);
    write(dir, "tree/c/blank.txt", "nothing here\n");
    write(dir, "tree/c/blank2.txt", "nothing here\n");
    write(dir, "tree/c/other.txt", "something else\n");

    // One thread: the first copy is done before its duplicate is met.
    let r = scan(dir, &["--threads", "1"], false);
    r.assert_code(1);
    assert_eq!(counted(&r, "files read"), 7, "{}", r.dump());
    assert_eq!(
        counted(&r, "identical content reused"),
        3,
        "one copy each of the note, the zip and the blank file: {}",
        r.dump()
    );
    // Each copy is reported at its own path with the same findings.
    let note = found_at(&r, "tree/a/note.txt");
    assert!(note.iter().any(|f| f.1 == "ssn"), "{}", r.dump());
    assert_eq!(found_at(&r, "tree/b/copy of note.txt"), note);
    let zipped = found_at(&r, "tree/a/export.zip");
    assert!(
        zipped
            .iter()
            .any(|f| f.0 == r#"["inner/letter.txt"]"# && f.1 == "ssn"),
        "the member chain is reported: {zipped:?}"
    );
    assert_eq!(found_at(&r, "tree/b/export (1).zip"), zipped);
    assert_eq!(r.summary()["files"], 7);
    assert!(!r.stdout.contains("212-09-1234"));

    // The state holds each path's records: the report renders them all.
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["report", "--state", "state.sqlite", "--format", "jsonl"]);
    let report = run(&mut c);
    let paths: BTreeSet<String> = report
        .findings()
        .iter()
        .map(|f| {
            let p = f["path"].as_str().unwrap();
            p[p.find("tree/").unwrap()..].to_string()
        })
        .collect();
    assert_eq!(
        paths,
        BTreeSet::from([
            "tree/a/note.txt".to_string(),
            "tree/b/copy of note.txt".to_string(),
            "tree/a/export.zip".to_string(),
            "tree/b/export (1).zip".to_string(),
        ])
    );

    // A new copy in a later run takes the stored records of its original.
    write(dir, "tree/d/third.txt", &phi);
    let r = scan(dir, &[], false);
    r.assert_code(1);
    assert_eq!(counted(&r, "files read"), 1, "{}", r.dump());
    assert_eq!(counted(&r, "identical content reused"), 1, "{}", r.dump());
    assert_eq!(found_at(&r, "tree/d/third.txt"), note);
}

#[test]
fn a_touched_file_is_read_to_hash_but_not_scanned_and_a_changed_one_is_scanned() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(dir, "tree/phi.txt", PHI);
    write(
        dir,
        "tree/edited.txt",
        PHI.replace("Quillfeather", "Quillfeathers"),
    );
    for i in 0..5 {
        write(dir, &format!("tree/n{i}.txt"), format!("notes {i}\n"));
    }
    // Larger than one read window (8 MiB): hashed first when touched.
    let mut big = PHI.to_string();
    while big.len() <= 9 << 20 {
        big.push_str("lorem ipsum dolor sit amet consectetur\n");
    }
    write(dir, "tree/big.log", &big);
    // Scanned once without the fault: the findings are stored.
    let first = scan(dir, &[], false);
    first.assert_code(1);
    assert!(first.skipped().is_empty(), "{}", first.dump());

    // Touch two files (new mtime and ctime, same bytes), change another.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    for touched in ["tree/phi.txt", "tree/big.log"] {
        let times = std::fs::FileTimes::new().set_modified(later);
        std::fs::File::options()
            .write(true)
            .open(dir.join(touched))
            .unwrap()
            .set_times(times)
            .unwrap();
    }
    let edited = dir.join("tree/edited.txt");
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text.push_str("MRN: 00417733\n");
    std::fs::write(&edited, text).unwrap();

    let (second, files) = opened(dir);
    second.assert_code(1);
    assert_eq!(
        files,
        BTreeSet::from([
            "tree/phi.txt".to_string(),
            "tree/big.log".to_string(),
            "tree/edited.txt".to_string()
        ]),
        "the touched files are read (to hash) and the changed one; nothing else"
    );
    assert_eq!(counted(&second, "files read"), 3, "{}", second.dump());
    assert_eq!(
        counted(&second, "carried by content"),
        2,
        "{}",
        second.dump()
    );
    assert_eq!(counted(&second, "unchanged carried forward"), 5);
    assert!(!found_at(&first, "tree/big.log").is_empty());
    assert_eq!(
        found_at(&second, "tree/big.log"),
        found_at(&first, "tree/big.log"),
        "the touched large file's findings are unchanged"
    );
    assert_eq!(
        found_at(&second, "tree/phi.txt"),
        found_at(&first, "tree/phi.txt"),
        "the touched file's findings are unchanged"
    );
    if HOOKED {
        // The fault is armed: the detectors ran on the changed file (it is
        // reported corrupt) and not on the touched one.
        let corrupt: Vec<String> = second
            .skipped()
            .iter()
            .map(|s| s["path"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(corrupt, ["tree/edited.txt"], "{}", second.dump());
    }

    // The touched file's new stat was stored: the next run does not read it.
    let (third, files) = opened(dir);
    assert!(!files.contains("tree/phi.txt"), "read again: {files:?}");
    assert_eq!(counted(&third, "carried by content"), 0);
    assert_eq!(
        found_at(&third, "tree/phi.txt"),
        found_at(&first, "tree/phi.txt")
    );
}

#[test]
fn the_stored_hash_is_keyed_not_the_plain_hash_of_the_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(dir, "tree/phi.txt", PHI);
    scan(dir, &[], false).assert_code(1);
    let stored = stored_hash(dir, "tree/phi.txt");
    assert_eq!(stored.len(), 32);
    assert_ne!(stored, blake3::hash(PHI.as_bytes()).as_bytes().to_vec());
    let sha = Command::new("sha256sum")
        .arg(dir.join("tree/phi.txt"))
        .output()
        .unwrap();
    let sha = String::from_utf8(sha.stdout).unwrap();
    let hex: String = stored.iter().map(|b| format!("{b:02x}")).collect();
    assert!(!sha.starts_with(&hex), "the plain SHA-256 was stored");
    // Under the fingerprint key itself (not a key derived from it) either.
    let fingerprint_key =
        blake3::derive_key("phiscan 2026 finding fingerprint key", KEY.as_bytes());
    assert_ne!(
        stored,
        blake3::keyed_hash(&fingerprint_key, PHI.as_bytes())
            .as_bytes()
            .to_vec()
    );

    // Another organisation's key gives another hash for the same bytes;
    // the same key gives the same one.
    let other = tempfile::tempdir().unwrap();
    write(other.path(), "tree/phi.txt", PHI);
    let mut c = phiscan();
    c.current_dir(other.path())
        .env("PHISCAN_KEY", "another organisation's key")
        .args([
            "scan",
            "--format",
            "jsonl",
            "--state",
            "state.sqlite",
            "tree",
        ]);
    run(&mut c).assert_code(1);
    assert_ne!(stored_hash(other.path(), "tree/phi.txt"), stored);
    let again = tempfile::tempdir().unwrap();
    write(again.path(), "tree/phi.txt", PHI);
    scan(again.path(), &[], false).assert_code(1);
    assert_eq!(stored_hash(again.path(), "tree/phi.txt"), stored);
}

/// Allowances by path judge two copies of one content differently: a
/// copy under an allowed path must not lend its (allowed) records to a
/// copy elsewhere, nor the reverse, in one run or across runs.
#[test]
fn an_allowance_by_path_keeps_copies_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(
        dir,
        "phiscan.toml",
        "[[allow]]\npaths = [\"tree/allowed/**\"]\ndetector = \"us-ssn\"\nreason = \"test fixtures\"\n",
    );
    // The allowed copy first by name, so a worker is likely to scan it
    // first; both orders must report the same.
    write(dir, "tree/allowed/a.txt", PHI);
    write(dir, "tree/other/a.txt", PHI);
    let ssn_at = |r: &Run, path: &str| found_at(r, path).iter().filter(|f| f.1 == "ssn").count();
    let first = scan(dir, &[], false);
    first.assert_code(1);
    assert_eq!(ssn_at(&first, "tree/allowed/a.txt"), 0, "{}", first.dump());
    assert_eq!(ssn_at(&first, "tree/other/a.txt"), 1, "{}", first.dump());
    assert_eq!(counted(&first, "identical content reused"), 0);
    // A new copy in a later run, under each kind of path.
    write(dir, "tree/other/b.txt", PHI);
    write(dir, "tree/allowed/b.txt", PHI);
    let second = scan(dir, &[], false);
    second.assert_code(1);
    assert_eq!(ssn_at(&second, "tree/other/b.txt"), 1, "{}", second.dump());
    assert_eq!(
        ssn_at(&second, "tree/allowed/b.txt"),
        0,
        "{}",
        second.dump()
    );
    assert_eq!(ssn_at(&second, "tree/other/a.txt"), 1, "{}", second.dump());
}
