use super::*;
use crate::findings::Verdict;

fn finding(fp: u8) -> StoredFinding {
    StoredFinding {
        kind: Kind::Ssn,
        detector: "ssn".into(),
        confidence: Confidence::High,
        line: 1,
        column: 5,
        start: 4,
        end: 15,
        masked: "***-**-6789".into(),
        fingerprint: Fingerprint([fp; 16]),
        context: "SSN ***-**-6789".into(),
    }
}

fn record(path: &str, size: u64, fps: &[u8]) -> FileRecord {
    FileRecord {
        path: path.as_bytes().to_vec(),
        stat: Some(Stat {
            dev: 1,
            ino: 2,
            size,
            mtime_ns: 3,
            ctime_ns: 4,
        }),
        hash: None,
        units: if fps.is_empty() {
            Vec::new()
        } else {
            vec![StoredUnit {
                inner: Vec::new(),
                verdict: Some(Verdict::Pii),
                findings: fps.iter().map(|&f| finding(f)).collect(),
                unlisted: Vec::new(),
            }]
        },
        skips: Vec::new(),
    }
}

#[test]
fn an_unchanged_file_is_found_with_its_findings_and_a_changed_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sub/state.sqlite");
    let mut inv = Inventory::open(&db).unwrap();
    inv.begin_run(7, "medium", "").unwrap();
    let rec = record("/t/a.txt", 10, &[1, 2]);
    inv.store(&rec, 7).unwrap();
    inv.end_run(true, None, &[b"/t".to_vec()], &RunTotals::default())
        .unwrap();
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);

    let known = Known::load(&db, 7).unwrap();
    assert_eq!(known.len(), 1);
    let look = Lookup::open(&db).unwrap();
    let stat = rec.stat.unwrap();
    let (id, records) = known.unchanged(b"/t/a.txt", &stat).unwrap();
    assert!(records);
    let prior = look.records(id).unwrap().unwrap();
    assert_eq!(prior.units, rec.units);
    let grown = Stat { size: 11, ..stat };
    assert!(known.unchanged(b"/t/a.txt", &grown).is_none());
    assert!(Known::load(&db, 8).unwrap().is_empty());
    assert!(known.unchanged(b"/t/b.txt", &stat).is_none());
}

#[test]
fn runs_compare_by_identity_and_unmet_files_under_the_roots_go() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.sqlite");
    let mut inv = Inventory::open(&db).unwrap();
    let r1 = inv.begin_run(7, "medium", "").unwrap();
    inv.store(&record("/t/a.txt", 10, &[1, 2]), 7).unwrap();
    inv.store(&record("/t/b.txt", 10, &[3]), 7).unwrap();
    inv.store(&record("/elsewhere/c.txt", 10, &[4]), 7).unwrap();
    inv.end_run(true, None, &[b"/t".to_vec()], &RunTotals::default())
        .unwrap();
    let r2 = inv.begin_run(7, "medium", "").unwrap();
    // a.txt rewritten: one finding kept, one fixed, one new; b.txt deleted.
    inv.store(&record("/t/a.txt", 12, &[1, 9]), 7).unwrap();
    // d.txt is new with two findings: a new unit.
    inv.store(&record("/t/d.txt", 10, &[5, 6]), 7).unwrap();
    let gone = inv
        .end_run(true, None, &[b"/t".to_vec()], &RunTotals::default())
        .unwrap();
    assert_eq!(
        gone, 1,
        "b.txt only: /elsewhere is not under this run's root"
    );
    assert_eq!(inv.previous_complete(r2).unwrap(), Some(r1));
    let d = inv.diff(r1, r2, 10).unwrap();
    assert_eq!(
        (d.new_findings, d.resolved_findings, d.unchanged_findings),
        (3, 2, 2),
        "new: a's 9, d's 5 and 6; resolved: a's 2, b's 3; unchanged: a's 1, c's 4"
    );
    assert_eq!(d.resolved_files_total, 1);
    assert_eq!(d.resolved_files[0].path, b"/t/b.txt");
    assert_eq!(d.resolved_files[0].counts, vec![(Kind::Ssn, 1)]);
    assert_eq!(d.new_files_total, 1);
    assert_eq!(d.new_files[0].path, b"/t/d.txt");
    assert_eq!(d.new_files[0].counts, vec![(Kind::Ssn, 2)]);
    // Compared with itself, a run has changed nothing.
    let same = inv.diff(r2, r2, 10).unwrap();
    assert_eq!(
        (
            same.new_findings,
            same.resolved_findings,
            same.unchanged_findings
        ),
        (0, 0, 5)
    );
    assert_eq!((same.new_files_total, same.resolved_files_total), (0, 0));
    // Run 1 can still be rendered as it was.
    let mut seen = Vec::new();
    inv.replay(r1, |p, u, _| {
        seen.push((p.to_vec(), u[0].findings.len()));
        Ok(())
    })
    .unwrap();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            (b"/elsewhere/c.txt".to_vec(), 1),
            (b"/t/a.txt".to_vec(), 2),
            (b"/t/b.txt".to_vec(), 1)
        ]
    );
    let ok: String = inv
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn paths_under_a_root_match_on_a_separator_only() {
    assert!(store_under(b"/t/a", b"/t"));
    assert!(store_under(b"/t/a", b"/t/"));
    assert!(!store_under(b"/tt/a", b"/t"));
    assert!(store_under(b"a/b", b"."));
}

fn store_under(p: &[u8], r: &[u8]) -> bool {
    super::store::under_for_tests(p, r)
}

#[test]
fn dates_are_rfc3339() {
    let s = super::store::now_rfc3339();
    assert_eq!(s.len(), 20);
    assert!(s.starts_with("20") && s.ends_with('Z'));
}

/// The content hash (issue 19): a stored file is found by its hash, its own
/// row before another's; the worker's snapshot confirms the whole hash;
/// `restat` brings a touched file's stat and hash up to date and keeps its
/// records.
#[test]
fn a_file_is_found_by_its_content_hash_and_restat_keeps_its_records() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("state.sqlite");
    let mut inv = Inventory::open(&db).unwrap();
    inv.begin_run(7, "medium", "").unwrap();
    let mut a = record("/t/a.txt", 10, &[1, 2]);
    a.hash = Some([9; 32]);
    let mut b = record("/t/b.txt", 10, &[1, 2]);
    b.hash = Some([9; 32]);
    let mut c = record("/t/c.txt", 10, &[]);
    c.hash = Some([5; 32]);
    for r in [&a, &b, &c] {
        inv.store(r, 7).unwrap();
    }
    inv.end_run(true, None, &[b"/t".to_vec()], &RunTotals::default())
        .unwrap();

    let known = Known::load(&db, 7).unwrap();
    let h = hash_prefix(&[9; 32]).unwrap();
    let (id_b, own) = known.by_content(b"/t/b.txt", h).unwrap();
    assert!(own, "the path's own row comes first");
    let (id_a, own) = known.by_content(b"/t/a.txt", h).unwrap();
    assert!(own && id_a != id_b);
    // A new path, or one whose own content differs: a file with this
    // content is offered, not as its own.
    for path in [&b"/t/new.txt"[..], b"/t/c.txt"] {
        let (other, own) = known.by_content(path, h).unwrap();
        assert!(!own);
        assert!(other == id_a || other == id_b);
    }
    assert!(known
        .by_content(b"/t/a.txt", hash_prefix(&[4; 32]).unwrap())
        .is_none());
    assert!(Known::load(&db, 8).unwrap().is_empty(), "other versions");

    let lookup = Lookup::open(&db).unwrap();
    assert_eq!(
        lookup.content(id_b).unwrap(),
        Some((vec![9; 32], 10, b"/t/b.txt".to_vec()))
    );
    drop(lookup);

    // Touched: a new stat, the same content.
    let mut inv = Inventory::open(&db).unwrap();
    inv.begin_run(7, "medium", "").unwrap();
    let touched = Stat {
        dev: 1,
        ino: 3,
        size: 10,
        mtime_ns: 30,
        ctime_ns: 40,
    };
    inv.restat(id_b, &touched, &[9; 32]).unwrap();
    inv.end_run(false, None, &[b"/t".to_vec()], &RunTotals::default())
        .unwrap();
    let known = Known::load(&db, 7).unwrap();
    assert_eq!(known.unchanged(b"/t/b.txt", &touched), Some((id_b, true)));
    let prior = Lookup::open(&db).unwrap().records(id_b).unwrap().unwrap();
    assert_eq!(prior.units, b.units, "records kept");
}
