//! The privacy promises, tested (issue 17, item 5; README "Promises"):
//! known values planted in notes, a zip, a docx, an HL7 message and
//! damaged files never appear, in any written form, in anything phiscan
//! prints or writes without `--show-values` (human and JSONL reports,
//! report files, `eval`'s lists and errors, a forced panic with
//! `RUST_BACKTRACE=1`), and do with it (so the search can fail); report
//! and key files are 0600 whatever the umask; a scan makes no network
//! system call (strace); and nothing under the scanned root changes.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{measure, record, Measured};
use crate::common::{phiscan, write, BIN};

/// The marker that makes the debug binary's fault hook panic in a unit
/// (src/pipeline.rs); a release build ignores it.
const MARKER: &str = "FAULT-MARKER-QX";

/// Every planted value in every form it could be written in, lower case:
/// with and without separators, digits only, the name both ways round
/// and its words alone. Outputs are searched case-insensitively.
fn forms() -> Vec<(&'static str, &'static str)> {
    vec![
        ("ssn", "212-09-4821"),
        ("ssn", "212 09 4821"),
        ("ssn", "212.09.4821"),
        ("ssn", "212094821"),
        ("dob", "03/14/1961"),
        ("dob", "3/14/1961"),
        ("dob", "03-14-1961"),
        ("dob", "1961-03-14"),
        ("dob", "19610314"),
        ("dob", "03141961"),
        ("dob", "march 14, 1961"),
        ("dob", "14 mar 1961"),
        ("mrn", "48213377"),
        ("name", "evangeline thornbury"),
        ("name", "thornbury, evangeline"),
        ("name", "thornbury^evangeline"),
        ("name", "thornbury evangeline"),
        ("name", "evangeline"),
        ("name", "thornbury"),
        ("phone", "(617) 432-7719"),
        ("phone", "(617)432-7719"),
        ("phone", "617-432-7719"),
        ("phone", "617.432.7719"),
        ("phone", "617 432 7719"),
        ("phone", "6174327719"),
        ("email", "e.thornbury@quillmail.org"),
        ("email", "quillmail"),
        ("address", "4417 larkspur avenue"),
        ("address", "4417 larkspur"),
        ("address", "larkspur"),
    ]
}

/// The planted note, in the forms a clinic writes.
fn note() -> String {
    "Clinic visit note\n\
     Patient: Evangeline Thornbury\n\
     DOB: 03/14/1961\n\
     MRN: 48213377\n\
     SSN: 212-09-4821\n\
     Phone: (617) 432-7719\n\
     Email: e.thornbury@quillmail.org\n\
     Address: 4417 Larkspur Avenue, Boston, MA 02115\n\
     Assessment: type 2 diabetes mellitus, Dx: E11.9. Metformin continued.\n"
        .to_string()
}

/// The same person written the other ways round.
fn follow_up() -> String {
    "Follow-up, seen March 14, 1961 born.\n\
     Pt Name: THORNBURY, EVANGELINE   DOB 1961-03-14\n\
     Social Security No. 212 09 4821, tel 617.432.7719\n\
     Hx of hypertension; BP 150/95. Plan: lisinopril.\n"
        .to_string()
}

fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in members {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn docx_of(paras: &[&str]) -> Vec<u8> {
    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body: String = paras
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
        ),
        (
            "word/document.xml",
            format!("<w:document {W}><w:body>{body}</w:body></w:document>").as_bytes(),
        ),
    ])
}

/// Plants the values in a tree under `root`: notes, a zip, a docx, an HL7
/// message, damaged files (a cut zip, malformed XML in a docx, a broken
/// PDF) and a zip member carrying the fault marker. No value is in a
/// file or member name: paths are shown by design.
fn plant(root: &Path) {
    write(root, "notes/visit.txt", note());
    write(root, "notes/follow-up.txt", follow_up());
    let zip = zip_of(&[
        ("records/a.txt", note().as_bytes()),
        ("records/b.txt", follow_up().as_bytes()),
    ]);
    write(root, "export.zip", &zip);
    // Damaged: the same zip cut in its second member.
    write(root, "damaged/cut.zip", &zip[..zip.len() * 2 / 3]);
    write(
        root,
        "letter.docx",
        docx_of(&[
            "Re: Evangeline Thornbury, DOB 03/14/1961, MRN 48213377",
            "SSN: 212-09-4821. Phone (617) 432-7719.",
            "Diagnosis: type 2 diabetes mellitus (E11.9).",
        ]),
    );
    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let bad_xml = format!(
        "<w:document {W}><w:body><w:p><w:r><w:t>SSN 212-09-4821</w:t></w:r></w:p>\
         <w:p Thornbury=\"Evangeline 212-09-4821><Larkspur></Evangeline></w:body></w:document>"
    );
    write(
        root,
        "damaged/bad.docx",
        zip_of(&[
            (
                "[Content_Types].xml",
                br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#,
            ),
            ("word/document.xml", bad_xml.as_bytes()),
        ]),
    );
    write(
        root,
        "damaged/bad.pdf",
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Thornbury (Evangeline 212-09-4821) /Pages 2 0 R >>\n\
         endobj\n4 0 obj << /Length 99 >> stream\nBT (Thornbury 212-09-4821) Tj ET\nendstream endobj\n\
         xref\n0 5\ntrailer << /Root 1 0 R /Size 5 >>\nstartxref\n9999\n%%EOF\n",
    );
    write(
        root,
        "adt.hl7",
        "MSH|^~\\&|ADT|GEN|REC|FAC|20240101120000||ADT^A01|MSG0001|P|2.5\r\
         PID|1||48213377^^^GEN^MR||THORNBURY^EVANGELINE||19610314|F|||\
         4417 Larkspur Avenue^^Boston^MA^02115||(617)432-7719||||||212-09-4821\r\
         DG1|1||E11.9^Type 2 diabetes^I10\r",
    );
    // The debug binary panics in this member (PHISCAN_FAULT below).
    write(
        root,
        "faulty.zip",
        zip_of(&[("a.txt", format!("{MARKER}\n{}", note()).as_bytes())]),
    );
}

/// The truth file for `eval`: some values right, one of a kind no
/// detector reports (a false negative listed), the rest reported but not
/// in the truth (false positives listed).
fn truth(path: &Path) {
    let lines = [
        r#"{"path":"notes/visit.txt","kind":"ssn","value":"212-09-4821"}"#,
        r#"{"path":"notes/visit.txt","kind":"name","value":"Evangeline Thornbury"}"#,
        r#"{"path":"notes/visit.txt","kind":"dob","value":"03/14/1961"}"#,
        r#"{"path":"notes/visit.txt","kind":"account","value":"48213377"}"#,
        r#"{"path":"notes/gone.txt","kind":"phone","value":"(617) 432-7719"}"#,
    ];
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// A phiscan command with the backtrace asked for and the fault armed.
fn hostile_env() -> Command {
    let mut c = phiscan();
    c.env("RUST_BACKTRACE", "1")
        .env("PHISCAN_FAULT", format!("panic:{MARKER}"));
    c
}

/// Each (form kind, form, where) of a planted form found in `text`.
fn hits(text: &str, place: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    forms()
        .into_iter()
        .filter(|(_, f)| lower.contains(f))
        .map(|(k, f)| format!("{k} {f:?} in {place}"))
        .collect()
}

/// Everything a run printed, searched.
fn run_hits(m: &Measured, name: &str) -> Vec<String> {
    let mut h = hits(&m.run.stdout, &format!("{name}: stdout"));
    h.extend(hits(&m.run.stderr, &format!("{name}: stderr")));
    h
}

/// The runs of one privacy case: name and measured run.
struct Runs {
    tmp: tempfile::TempDir,
    runs: Vec<(String, Measured)>,
}

impl Runs {
    fn new() -> Runs {
        let tmp = tempfile::tempdir().unwrap();
        plant(&tmp.path().join("tree"));
        std::fs::create_dir(tmp.path().join("out")).unwrap();
        truth(&tmp.path().join("out/truth.jsonl"));
        Runs {
            tmp,
            runs: Vec::new(),
        }
    }

    fn out(&self, name: &str) -> PathBuf {
        self.tmp.path().join("out").join(name)
    }

    /// Runs phiscan with `args` in the temporary directory.
    fn run(&mut self, name: &str, args: &[&str]) -> &Measured {
        let m = measure(
            &format!("privacy: {name}"),
            Duration::from_secs(60),
            hostile_env().current_dir(self.tmp.path()).args(args),
        );
        self.runs.push((name.to_string(), m));
        &self.runs.last().unwrap().1
    }
}

#[test]
fn no_planted_value_appears_in_any_output_report_list_or_error_without_show_values() {
    let mut r = Runs::new();
    let jsonl = r.out("report.jsonl");
    let human = r.out("report.txt");
    let (jsonl_s, human_s) = (
        jsonl.to_str().unwrap().to_string(),
        human.to_str().unwrap().to_string(),
    );
    let scans: [(&str, Vec<&str>); 8] = [
        ("scan human", vec!["scan", "tree"]),
        ("scan jsonl", vec!["scan", "--format", "jsonl", "tree"]),
        (
            "scan jsonl --min-confidence low",
            vec![
                "scan",
                "--format",
                "jsonl",
                "--min-confidence",
                "low",
                "tree",
            ],
        ),
        (
            "scan jsonl --output",
            vec!["scan", "--format", "jsonl", "--output", &jsonl_s, "tree"],
        ),
        (
            "scan human --output",
            vec!["scan", "--output", &human_s, "tree"],
        ),
        (
            "eval human",
            vec![
                "eval",
                "--truth",
                "out/truth.jsonl",
                "--max-list",
                "0",
                "--min-confidence",
                "low",
                "tree",
            ],
        ),
        (
            "eval json",
            vec![
                "eval",
                "--format",
                "json",
                "--truth",
                "out/truth.jsonl",
                "--max-list",
                "0",
                "tree",
            ],
        ),
        (
            "eval with a gate that fails",
            vec![
                "eval",
                "--truth",
                "out/truth.jsonl",
                "--min-recall",
                "1",
                "tree",
            ],
        ),
    ];
    for (name, args) in &scans {
        r.run(name, args);
    }
    // Errors: truth lines whose mistakes carry a value.
    let bad_truths = [
        r#"{"path":"notes/visit.txt","kind":"ssn","value":212094821}"#,
        r#"{"path":"notes/visit.txt","kind":"ssn","inner":"212-09-4821","value":"x"}"#,
        r#"{"path":"notes/visit.txt","kind":"Thornbury","value":"212-09-4821"}"#,
        r#"{"path":"notes/visit.txt","kind":"ssn","value":"212-09-4821""#,
    ];
    for (i, line) in bad_truths.iter().enumerate() {
        let p = r.out(&format!("bad-truth-{i}.jsonl"));
        std::fs::write(&p, format!("{line}\n")).unwrap();
        let p = p.to_str().unwrap().to_string();
        let m = r.run(
            &format!("eval, malformed truth {i}"),
            &["eval", "--truth", &p, "tree"],
        );
        m.run.assert_code(2);
    }

    let mut found = Vec::new();
    for (name, m) in &r.runs {
        found.extend(run_hits(m, name));
    }
    for f in [&jsonl, &human] {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(text.lines().count() > 10, "{}: {text}", f.display());
        found.extend(hits(&text, &f.display().to_string()));
    }
    assert!(
        found.is_empty(),
        "planted values leaked:\n{}",
        found.join("\n")
    );

    // The runs did meet what they were meant to: findings, the damaged
    // files, the lists and (debug build) the forced panic.
    let scan = &r.runs[1].1;
    scan.run.assert_code(1);
    let reasons: Vec<String> = scan
        .run
        .skipped()
        .iter()
        .map(|s| format!("{} {}", s["path"], s["reason"]))
        .collect();
    assert!(reasons.iter().any(|s| s.contains("cut.zip")), "{reasons:?}");
    assert!(scan.run.findings().len() > 20, "{}", scan.run.dump());
    let eval = &r.runs[5].1;
    assert!(
        eval.run.stdout.contains("false negatives"),
        "{}",
        eval.run.stdout
    );
    assert!(
        eval.run.stdout.contains("false positives"),
        "{}",
        eval.run.stdout
    );
    if cfg!(debug_assertions) {
        assert!(
            reasons
                .iter()
                .any(|s| s.contains("faulty.zip") && s.contains("corrupt")),
            "{reasons:?}"
        );
        assert!(
            scan.run.stderr.contains("internal error"),
            "{}",
            scan.run.stderr
        );
    }
    let forms = forms().len();
    let outputs = r.runs.len() * 2 + 2;
    record(
        "privacy: planted values vs every output (no --show-values)",
        &format!(
            "{} runs (scan human/jsonl/low/--output, eval lists and gate, 4 bad truth files, corrupt files, RUST_BACKTRACE=1{}), {outputs} outputs x {forms} forms: 0 hits",
            r.runs.len(),
            if cfg!(debug_assertions) { ", forced panic" } else { "" }
        ),
        &r.runs[1].1,
    );
}

/// The search above is not vacuous: with `--show-values` the same runs
/// print the planted values.
#[test]
fn with_show_values_the_planted_values_are_printed_so_the_search_can_fail() {
    let mut r = Runs::new();
    let scan = r
        .run(
            "scan jsonl --show-values",
            &["scan", "--format", "jsonl", "--show-values", "tree"],
        )
        .run
        .stdout
        .clone();
    let eval = r
        .run(
            "eval --show-values",
            &[
                "eval",
                "--truth",
                "out/truth.jsonl",
                "--max-list",
                "0",
                "--show-values",
                "tree",
            ],
        )
        .run
        .stdout
        .clone();
    let kinds = |text: &str| -> std::collections::BTreeSet<&'static str> {
        let lower = text.to_lowercase();
        forms()
            .into_iter()
            .filter(|(_, f)| lower.contains(f))
            .map(|(k, _)| k)
            .collect()
    };
    let in_scan = kinds(&scan);
    for k in ["ssn", "dob", "mrn", "name", "phone", "email", "address"] {
        assert!(
            in_scan.contains(k),
            "{k} not printed with --show-values: {scan}"
        );
    }
    assert!(
        !kinds(&eval).is_empty(),
        "eval --show-values printed no value: {eval}"
    );
    record(
        "privacy: the same tree with --show-values",
        &format!(
            "planted values printed ({} kinds): the search finds them",
            in_scan.len()
        ),
        &r.runs[0].1,
    );
}

/// Runs `phiscan ARGS` under `umask 000` (so only phiscan's own modes
/// protect what it creates), with `envs` and `PHISCAN_KEY` left as given.
/// The mask is set by `sh`, which then becomes phiscan: `measure`
/// re-launches the command under GNU time and would not carry a
/// `pre_exec` over.
fn under_umask_000(dir: &Path, args: &[&str], home: Option<&Path>) -> Measured {
    // phiscan()'s environment (test key, no colour) on the shell.
    let mut c = Command::new("sh");
    for (k, v) in phiscan().get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c.current_dir(dir);
    if let Some(h) = home {
        c.env_remove("PHISCAN_KEY")
            .env_remove("XDG_CONFIG_HOME")
            .env("HOME", h);
    }
    c.args(["-c", "umask 000 && exec \"$0\" \"$@\"", BIN]);
    c.args(args);
    measure("privacy: umask 000", Duration::from_secs(60), &mut c)
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn report_files_and_the_key_file_are_created_0600_even_under_umask_000() {
    let tmp = tempfile::tempdir().unwrap();
    plant(&tmp.path().join("tree"));
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // A new report file, in each format.
    for (format, name) in [("jsonl", "r.jsonl"), ("human", "r.txt")] {
        let p = out.join(name);
        let m = under_umask_000(
            tmp.path(),
            &[
                "scan",
                "--format",
                format,
                "--output",
                p.to_str().unwrap(),
                "tree",
            ],
            None,
        );
        m.run.assert_code(1);
        assert_eq!(mode(&p), 0o600, "{format} report {}", p.display());
    }
    // An existing report file readable by all is tightened.
    let old = out.join("old.jsonl");
    std::fs::write(&old, "stale\n").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    under_umask_000(
        tmp.path(),
        &[
            "scan",
            "--format",
            "jsonl",
            "--output",
            old.to_str().unwrap(),
            "tree",
        ],
        None,
    )
    .run
    .assert_code(1);
    assert_eq!(mode(&old), 0o600);
    // The key file made on first use, and its folder.
    let home = tmp.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let m = under_umask_000(tmp.path(), &["scan", "tree"], Some(&home));
    m.run.assert_code(1);
    let key = home.join(".config/phiscan/key");
    assert_eq!(mode(&key), 0o600, "{}", key.display());
    assert_eq!(mode(key.parent().unwrap()), 0o700);
    record(
        "privacy: report files (new, existing 0644) and key file under umask 000",
        "reports 0600 (existing one tightened), key 0600 in a 0700 folder",
        &m,
    );
}

/// Where strace is, or a failure saying how to get it.
fn strace() -> PathBuf {
    let found = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("strace"))
        .find(|p| p.is_file());
    found.unwrap_or_else(|| {
        panic!(
            "strace is not installed: the no-network promise is checked with it. \
             Install it (Debian: `apt-get install -y strace`; .ci/run does so)"
        )
    })
}

/// Every file and folder under `root`: relative path -> (kind, size,
/// mode, mtime in ns, BLAKE3 of the content for files). Access times are
/// left out: reading a file may set one (phiscan asks for O_NOATIME, which
/// only the owner gets).
fn listing(root: &Path) -> BTreeMap<PathBuf, (u32, u64, u32, i128, String)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let meta = std::fs::symlink_metadata(&dir).unwrap();
        let entry = |m: &std::fs::Metadata, hash: String| {
            (
                m.mode() & 0o170000,
                m.size(),
                m.mode() & 0o7777,
                m.mtime() as i128 * 1_000_000_000 + m.mtime_nsec() as i128,
                hash,
            )
        };
        out.insert(
            dir.strip_prefix(root).unwrap().to_path_buf(),
            entry(&meta, String::new()),
        );
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            if m.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                let hash = blake3::hash(&bytes).to_hex().to_string();
                out.insert(p.strip_prefix(root).unwrap().to_path_buf(), entry(&m, hash));
            }
        }
    }
    out
}

#[test]
fn a_scan_opens_no_network_socket_and_writes_nothing_under_the_scanned_root() {
    let strace = strace();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("tree");
    plant(&root);
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    truth(&out.join("truth.jsonl"));
    let before = listing(&root);
    let trace = out.join("strace.txt");
    let report = out.join("report.jsonl");
    let mut c = Command::new(&strace);
    c.current_dir(tmp.path())
        .args(["-f", "-e", "trace=network", "-o"])
        .arg(&trace)
        .arg(crate::common::BIN)
        .env("PHISCAN_KEY", crate::common::KEY)
        .env("PHISCAN_FAULT", format!("panic:{MARKER}"))
        .args(["scan", "--format", "jsonl", "--threads", "2", "--output"])
        .arg(&report)
        .arg("tree");
    let m = measure(
        "privacy: scan under strace",
        Duration::from_secs(90),
        &mut c,
    );
    m.run.assert_code(1);
    // strace writes one line per traced call; the other lines say a
    // thread or the process exited (`+++ exited with 0 +++`) or got a
    // signal (`--- SIGCHLD ...`). std opens no socket of its own (no
    // socketpair either: a child process is not started), so no
    // exception is made for AF_UNIX.
    let calls: Vec<String> = std::fs::read_to_string(&trace)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("+++ ") && !l.contains("--- "))
        .map(str::to_string)
        .collect();
    assert!(
        calls.is_empty(),
        "network system calls:\n{}",
        calls.join("\n")
    );
    assert!(std::fs::read_to_string(&report)
        .unwrap()
        .contains("\"summary\""));
    // The same for eval, which reads a truth file beside the tree.
    let trace_eval = out.join("strace-eval.txt");
    let mut c = Command::new(&strace);
    c.current_dir(tmp.path())
        .args(["-f", "-e", "trace=network", "-o"])
        .arg(&trace_eval)
        .arg(crate::common::BIN)
        .env("PHISCAN_KEY", crate::common::KEY)
        .args(["eval", "--truth"])
        .arg(out.join("truth.jsonl"))
        .arg("tree");
    measure(
        "privacy: eval under strace",
        Duration::from_secs(90),
        &mut c,
    );
    let eval_calls = std::fs::read_to_string(&trace_eval)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("+++ ") && !l.contains("--- "))
        .count();
    assert_eq!(eval_calls, 0, "eval made network system calls");
    let after = listing(&root);
    assert_eq!(
        before.len(),
        after.len(),
        "entries under the root changed: {:?}",
        after
            .keys()
            .filter(|k| !before.contains_key(*k))
            .collect::<Vec<_>>()
    );
    for (path, was) in &before {
        assert_eq!(Some(was), after.get(path), "{} changed", path.display());
    }
    record(
        "privacy: scan and eval under strace -f -e trace=network; root hashed before/after",
        &format!(
            "0 network syscalls; {} entries under the root: names, sizes, modes, mtimes, content hashes unchanged",
            before.len()
        ),
        &m,
    );
}
