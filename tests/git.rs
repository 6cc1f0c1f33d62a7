//! Issue 18: the pre-commit path against real git repositories in temp
//! folders: `scan --staged` reads what the commit will hold (the index),
//! `--since` what a branch adds, `scan -` standard input; `phiscan hook
//! install` blocks a real `git commit`; the pre-commit framework runs the
//! hook from `.pre-commit-hooks.yaml`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::{phiscan, run, s, write, Run, BIN, KEY};

const NOTE: &str = "Patient: Maria Lopez\nSSN: 212-09-1234\n";
const RAW: &str = "212-09-1234";

/// A repository with one commit (`readme.txt`), user and key set.
fn repo() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["config", "user.email", "t@example.org"]);
    git(&repo, &["config", "user.name", "Test"]);
    git(&repo, &["config", "commit.gpgsign", "false"]);
    write(&repo, "readme.txt", "Nothing to see.\n");
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "init"]);
    (tmp, repo)
}

/// Runs git in `dir`; panics with its output when it fails.
#[track_caller]
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("PHISCAN_KEY", KEY)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `phiscan scan --format jsonl ARGS` in `dir`.
fn scan(dir: &Path, args: &[&str]) -> Run {
    run(phiscan()
        .current_dir(dir)
        .args(["scan", "--format", "jsonl"])
        .args(args))
}

/// Paths of the findings of kind `kind`.
fn paths_with(r: &Run, kind: &str) -> Vec<String> {
    let mut p: Vec<String> = r
        .findings()
        .into_iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| s(&f["path"]).to_string())
        .collect();
    p.sort();
    p.dedup();
    p
}

/// A docx whose SSN Word split across three runs (`212-09-1234` never
/// appears whole in any XML part).
fn split_runs_docx() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        (
            "word/document.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">Patient SSN: 212-</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>09</w:t></w:r><w:r><w:t>-1234</w:t></w:r></w:p></w:body></w:document>"#,
        ),
    ];
    for (name, text) in parts {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn staged_phi_is_refused_with_repo_relative_masked_paths_and_unstaged_changes_do_not_count() {
    let (_tmp, repo) = repo();
    write(&repo, "notes/visit.txt", NOTE);
    git(&repo, &["add", "notes/visit.txt"]);
    // Run from a subfolder: paths stay relative to the repository's top.
    std::fs::create_dir(repo.join("sub")).unwrap();
    let r = scan(&repo.join("sub"), &["--staged"]);
    r.assert_code(1);
    assert_eq!(paths_with(&r, "ssn"), ["notes/visit.txt"], "{}", r.dump());
    assert!(!r.stdout.contains(RAW) && !r.stderr.contains(RAW));
    // The SSN removed from the working copy but not from the index: the
    // commit would still hold it, so it is still refused.
    write(&repo, "notes/visit.txt", "Nothing here.\n");
    scan(&repo, &["--staged"]).assert_code(1);
    // Staged clean, PHI only in the working tree: the commit is clean.
    git(&repo, &["add", "notes/visit.txt"]);
    write(&repo, "notes/visit.txt", NOTE);
    write(&repo, "untracked.txt", NOTE);
    let r = scan(&repo, &["--staged"]);
    r.assert_code(0);
    assert_eq!(r.summary()["files"], 1, "{}", r.dump());
}

#[test]
fn a_staged_docx_with_the_ssn_split_across_runs_is_refused() {
    let (_tmp, repo) = repo();
    let docx = split_runs_docx();
    assert!(!docx.windows(RAW.len()).any(|w| w == RAW.as_bytes()));
    write(&repo, "letters/referral.docx", &docx);
    git(&repo, &["add", "."]);
    let r = scan(&repo, &["--staged"]);
    r.assert_code(1);
    let f = r
        .findings()
        .into_iter()
        .find(|f| f["kind"] == "ssn")
        .unwrap_or_else(|| panic!("the split SSN\n{}", r.dump()));
    assert_eq!(f["path"], "letters/referral.docx");
    assert_eq!(f["inner"][0], "word/document.xml");
}

#[test]
fn renames_binaries_deletions_symlinks_and_submodules_are_handled_as_a_commit_would_hold_them() {
    let (_tmp, repo) = repo();
    write(&repo, "old name.txt", NOTE);
    write(&repo, "gone.txt", NOTE);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "notes"]);
    // A rename: scanned under its new name.
    git(&repo, &["mv", "old name.txt", "new name.txt"]);
    // A deletion: nothing to scan.
    git(&repo, &["rm", "-q", "gone.txt"]);
    // A binary file holding an SSN in a printable run.
    let mut bin = vec![0u8, 159, 146, 150, 0, 0, 7];
    bin.extend_from_slice(b"member SSN: 212-09-1234 on file");
    bin.extend_from_slice(&[0, 0, 255, 254, 0, 1]);
    write(&repo, "export.bin", &bin);
    // A symbolic link whose target path is all git stores: not content.
    std::os::unix::fs::symlink("new name.txt", repo.join("link.txt")).unwrap();
    git(&repo, &["add", "-A"]);
    let r = scan(&repo, &["--staged"]);
    r.assert_code(1);
    assert_eq!(
        paths_with(&r, "ssn"),
        ["export.bin", "new name.txt"],
        "{}",
        r.dump()
    );
    assert_eq!(
        r.summary()["files"],
        2,
        "not the link, not the deletion\n{}",
        r.dump()
    );
}

#[test]
fn since_scans_what_the_branch_adds_and_not_what_was_there_before() {
    let (_tmp, repo) = repo();
    write(&repo, "old.txt", NOTE);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "old phi on main"]);
    git(&repo, &["checkout", "-q", "-b", "feature"]);
    write(&repo, "added.txt", NOTE);
    write(&repo, "clean.txt", "Just words.\n");
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "feature"]);
    let r = scan(&repo, &["--since", "main"]);
    r.assert_code(1);
    assert_eq!(paths_with(&r, "ssn"), ["added.txt"], "{}", r.dump());
    let r = scan(&repo, &["--since", "no-such-ref"]);
    r.assert_code(2);
    assert!(r.stderr.contains("no-such-ref"), "{}", r.dump());
}

/// The git processes start before anything waits on them; what they say
/// must not depend on where or how they were started: from a subfolder
/// with `diff.relative` set, paths still name the file from the top, and
/// the config and ignore file at the top still apply.
#[test]
fn a_subfolder_with_diff_relative_set_still_reports_from_the_top_with_the_tops_config() {
    let (_tmp, repo) = repo();
    git(&repo, &["config", "diff.relative", "true"]);
    write(&repo, ".phiscanignore", "fixtures/\n");
    write(&repo, "fixtures/sample.txt", NOTE);
    write(&repo, "notes/visit.txt", NOTE);
    write(&repo, "sub/other.txt", NOTE);
    git(&repo, &["add", "."]);
    let r = scan(&repo.join("sub"), &["--staged"]);
    r.assert_code(1);
    assert_eq!(
        paths_with(&r, "ssn"),
        ["notes/visit.txt", "sub/other.txt"],
        "{}",
        r.dump()
    );
    // A bad config at the top is found from the subfolder too.
    write(&repo, "phiscan.toml", "min_confidence = \"nonsense\"\n");
    let r = scan(&repo.join("sub"), &["--staged"]);
    r.assert_code(2);
    assert!(r.stderr.contains("phiscan.toml"), "{}", r.dump());
    // Outside any repository: git's own message, exit 2, nothing scanned.
    let outside = tempfile::tempdir().unwrap();
    let r = scan(outside.path(), &["--staged"]);
    r.assert_code(2);
    assert!(
        r.stderr.to_lowercase().contains("not a git repository"),
        "{}",
        r.dump()
    );
}

#[test]
fn phiscanignore_applies_to_staged_and_explicit_paths() {
    let (_tmp, repo) = repo();
    write(&repo, ".phiscanignore", "fixtures/\n");
    write(&repo, "fixtures/sample.txt", NOTE);
    write(&repo, "real.txt", NOTE);
    git(&repo, &["add", "."]);
    let r = scan(&repo, &["--staged"]);
    assert_eq!(paths_with(&r, "ssn"), ["real.txt"], "{}", r.dump());
    // The same file named on the command line, as a hook passes it.
    let r = scan(&repo, &["fixtures/sample.txt"]);
    r.assert_code(0);
    assert!(r.findings().is_empty(), "{}", r.dump());
}

#[test]
fn standard_input_is_one_document_and_no_path_is_an_error_not_a_clean_scan() {
    let tmp = tempfile::tempdir().unwrap();
    let mut child = phiscan()
        .current_dir(tmp.path())
        .args([
            "scan",
            "--format",
            "jsonl",
            "--stdin-name",
            "pasted.txt",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(NOTE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(r#""path":"pasted.txt""#), "{text}");
    assert!(!text.contains(RAW));
    let r = run(phiscan().current_dir(tmp.path()).args(["scan"]));
    r.assert_code(2);
    assert!(r.stderr.contains("nothing to scan"), "{}", r.dump());
}

/// `git commit` in `repo` with `env`, its output.
fn commit(repo: &Path, env: &[(&str, &str)]) -> std::process::Output {
    let mut c = Command::new("git");
    c.arg("-C").arg(repo).args(["commit", "-q", "-m", "try"]);
    c.env("PHISCAN_KEY", KEY);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

#[test]
fn the_installed_hook_blocks_a_real_commit_says_how_to_go_on_and_honours_skip() {
    let (_tmp, repo) = repo();
    let r = run(phiscan().args(["hook", "install"]).arg(&repo));
    r.assert_code(0);
    let hook = repo.join(".git/hooks/pre-commit");
    assert!(r.stdout.contains(".git/hooks/pre-commit"), "{}", r.dump());
    write(&repo, "visit.txt", NOTE);
    git(&repo, &["add", "."]);
    let out = commit(&repo, &[]);
    assert!(!out.status.success(), "blocked");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("visit.txt") && said.contains("***-**-1234"),
        "{said}"
    );
    assert!(
        said.contains("phiscan:allow") && !said.contains(RAW),
        "{said}"
    );
    assert_eq!(git(&repo, &["rev-list", "--count", "HEAD"]).trim(), "1");
    // SKIP=phiscan, as under the pre-commit framework.
    assert!(commit(&repo, &[("SKIP", "other,phiscan")]).status.success());
    // Removed again; a foreign hook is neither replaced nor removed.
    run(phiscan().args(["hook", "uninstall"]).arg(&repo)).assert_code(0);
    assert!(!hook.exists());
    write(&repo, ".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n");
    let r = run(phiscan().args(["hook", "install"]).arg(&repo));
    r.assert_code(2);
    assert!(r.stderr.contains("--force"), "{}", r.dump());
    run(phiscan().args(["hook", "install", "--force"]).arg(&repo)).assert_code(0);
    assert!(repo.join(".git/hooks/pre-commit.phiscan-backup").exists());
}

#[test]
fn the_hook_goes_where_core_hookspath_says() {
    let (_tmp, repo) = repo();
    git(&repo, &["config", "core.hooksPath", "githooks"]);
    run(phiscan().args(["hook", "install"]).arg(&repo)).assert_code(0);
    assert!(repo.join("githooks/pre-commit").exists());
    assert!(!repo.join(".git/hooks/pre-commit").exists());
    write(&repo, "visit.txt", NOTE);
    git(&repo, &["add", "visit.txt"]);
    assert!(!commit(&repo, &[]).status.success());
}

/// The real pre-commit framework (PyPI), which `.ci/run` installs.
fn pre_commit() -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("pre-commit"))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| {
        panic!("these tests run the pre-commit framework: `pip install pre-commit` (.ci/run does)")
    })
}

#[test]
fn the_pre_commit_framework_runs_the_hook_from_this_repository() {
    let pre_commit = pre_commit();
    let (tmp, repo) = repo();
    write(&repo, "visit.txt", NOTE);
    git(&repo, &["add", "."]);
    // `phiscan-system` runs the phiscan on PATH: this build's.
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let try_repo = |extra: &[(&str, &str)]| {
        let mut c = Command::new(&pre_commit);
        c.current_dir(&repo)
            .args([
                "try-repo",
                env!("CARGO_MANIFEST_DIR"),
                "phiscan-system",
                "--verbose",
            ])
            .env("PATH", &path)
            .env("PHISCAN_KEY", KEY)
            .env("PRE_COMMIT_HOME", tmp.path().join("cache"));
        for (k, v) in extra {
            c.env(k, v);
        }
        run(&mut c)
    };
    let r = try_repo(&[]);
    assert_eq!(r.code(), 1, "{}", r.dump());
    assert!(
        r.stdout.contains("visit.txt") && !r.stdout.contains(RAW),
        "{}",
        r.dump()
    );
    assert!(
        r.stdout.contains("phiscan:allow"),
        "how to go on\n{}",
        r.dump()
    );
    let r = try_repo(&[("SKIP", "phiscan-system")]);
    assert_eq!(r.code(), 0, "{}", r.dump());
}

#[test]
fn history_finds_phi_a_later_commit_deleted_naming_the_commit_and_path_it_entered() {
    let (_tmp, repo) = repo();
    write(&repo, "exports/list.txt", NOTE);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "add export"]);
    let entered = git(&repo, &["rev-parse", "HEAD"]).trim().to_string();
    // The same content copied elsewhere: one blob, scanned once.
    write(&repo, "copy/list.txt", NOTE);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "copy"]);
    git(&repo, &["rm", "-q", "-r", "exports", "copy"]);
    git(&repo, &["commit", "-q", "-m", "remove"]);
    // Today's tree is clean; the history is not.
    let r = scan(&repo, &["."]);
    assert!(paths_with(&r, "ssn").is_empty(), "{}", r.dump());
    let r = scan(&repo, &["--history"]);
    r.assert_code(1);
    assert_eq!(
        paths_with(&r, "ssn"),
        [format!("{entered}:exports/list.txt")],
        "{}",
        r.dump()
    );
    // readme.txt and the note: two distinct blobs.
    assert_eq!(r.summary()["files"], 2, "{}", r.dump());
    assert!(!r.stdout.contains(RAW));
}

#[test]
fn staged_scans_honour_the_repositorys_config_and_inline_allowances_from_any_folder() {
    let (_tmp, repo) = repo();
    write(
        &repo,
        "phiscan.toml",
        "[[allow]]\npaths = [\"samples/**\"]\nreason = \"synthetic samples for training\"\n",
    );
    write(&repo, "samples/demo.txt", NOTE);
    write(
        &repo,
        "guide.txt",
        "The form takes an SSN such as 212-09-1234. phiscan:allow documented example\n",
    );
    git(&repo, &["add", "."]);
    std::fs::create_dir(repo.join("sub")).unwrap();
    let r = scan(&repo.join("sub"), &["--staged"]);
    r.assert_code(0);
    assert!(r.findings().is_empty(), "{}", r.dump());
    assert!(
        r.summary()["allowed"].as_u64().unwrap_or(0) >= 2,
        "{}",
        r.dump()
    );
    // --no-allow, for an audit, reports them.
    let r = scan(&repo.join("sub"), &["--staged", "--no-allow"]);
    r.assert_code(1);
    assert_eq!(
        paths_with(&r, "ssn"),
        ["guide.txt", "samples/demo.txt"],
        "{}",
        r.dump()
    );
}
