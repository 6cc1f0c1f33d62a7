//! The morning report (`--format html`, issue 19) opened in a real
//! browser: headless Chromium loads the page the binary wrote, runs its
//! script, and the test reads the DOM Chromium dumps. The page's first
//! script records any uncaught error in `data-errors` on `<html>` and its
//! last sets `data-script="ok"`, so a page whose script broke cannot pass;
//! Chromium's own log (`--enable-logging=stderr`) must hold no console
//! message either (a blocked network load would be one: the page's CSP
//! forbids them).
//!
//! Without Chromium the tests say so and pass, unless
//! `PHISCAN_REQUIRE_CHROMIUM` is set (`.ci/run` sets it and installs
//! Debian's `chromium`), so CI never skips them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::common::{phiscan, run, run_with_timeout, write, Run};

/// The browser, or `None` (after saying why) when the test should skip.
fn chromium() -> Option<PathBuf> {
    let names = ["chromium", "chromium-browser", "google-chrome"];
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .flat_map(|d| names.iter().map(move |n| d.join(n)))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("PHISCAN_REQUIRE_CHROMIUM").is_none(),
            "PHISCAN_REQUIRE_CHROMIUM is set but no chromium is on PATH (apt-get install chromium)"
        );
        eprintln!(
            "SKIPPED: the HTML report tests need headless Chromium (apt-get install chromium); \
             set PHISCAN_REQUIRE_CHROMIUM=1 to make its absence fail"
        );
    }
    found
}

/// Runs headless Chromium on `page` with `args` (its profile in `profile`,
/// never the user's).
fn browse(chrome: &Path, profile: &Path, page: &Path, args: &[&str]) -> Run {
    let mut c = Command::new(chrome);
    c.args([
        "--headless=new",
        "--disable-gpu",
        "--no-sandbox",
        "--no-first-run",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args)
    .arg(format!("file://{}", page.display()));
    run_with_timeout(&mut c, Duration::from_secs(120))
}

/// Loads `page`, checks that its script ran cleanly and nothing was logged
/// to the console, and returns the DOM after the script ran.
fn load_clean(chrome: &Path, profile: &Path, page: &Path) -> String {
    let r = browse(chrome, profile, page, &["--dump-dom"]);
    r.assert_code(0);
    let console: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .collect();
    assert!(console.is_empty(), "console messages: {console:#?}");
    let dom = r.stdout;
    assert!(
        dom.contains("data-script=\"ok\""),
        "the page's script did not finish cleanly:\n{}",
        &dom[..dom.len().min(600)]
    );
    let html_tag = &dom[dom.find("<html").unwrap()..];
    let html_tag = &html_tag[..html_tag.find('>').unwrap()];
    assert!(
        !html_tag.contains("data-errors"),
        "script errors: {html_tag}"
    );
    dom
}

/// A minimal docx whose one paragraph is `text`.
fn docx(text: &str) -> Vec<u8> {
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:body></w:document>"
    );
    let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    zip(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("word/document.xml", doc.as_bytes()),
    ])
}

fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in members {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A share like a clinic's: the sample corpus (records and look-alikes)
/// and an archived export holding a letter as a docx.
fn share(root: &Path) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/sample");
    for e in walk(&sample) {
        let rel = e.strip_prefix(&sample).unwrap().to_str().unwrap();
        write(root, rel, std::fs::read(&e).unwrap());
    }
    let letter = docx(
        "Referral for Maria Delgado, DOB 03/14/1958, MRN: 88120457. \
         Diagnosis E11.9 type 2 diabetes. SSN 212-09-4471.",
    );
    write(
        root,
        "archive/2021-export.zip",
        zip(&[("referrals/delgado.docx", &letter)]),
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The raw values a scan of `dir` finds (JSONL with `--show-values`),
/// those masking changes (a diagnosis code identifies no one and is shown).
fn raw_values(dir: &Path) -> Vec<String> {
    let mut c = phiscan();
    c.current_dir(dir)
        .args(["scan", "--format", "jsonl", "--show-values", "."]);
    let r = run(&mut c);
    r.records()
        .iter()
        .filter(|v| v["type"] == "finding" && v["masked"] != v["value"])
        .map(|v| v["value"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn morning_report_opens_in_chromium_with_charts_and_masked_values() {
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("share");
    share(&tree);
    let page = tmp.path().join("morning.html");
    // --show-values is given on purpose: the page must stay masked.
    let mut c = phiscan();
    c.current_dir(&tree).args([
        "scan",
        "--format",
        "html",
        "--show-values",
        "--output",
        page.to_str().unwrap(),
        ".",
    ]);
    let r = run(&mut c);
    r.assert_code(1);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&page).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the report holds where PHI sits: owner only");
    let html = std::fs::read_to_string(&page).unwrap();

    // No raw value, though --show-values was given.
    let raw = raw_values(&tree);
    assert!(raw.iter().any(|v| v == "212-09-4471"), "{raw:?}");
    for v in raw.iter().filter(|v| v.len() >= 5) {
        assert!(!html.contains(v.as_str()), "raw value {v:?} in the report");
    }
    // No network asset of any kind.
    for needle in [
        "http://", "https://", "src=\"", "href=\"", "@import", "url(",
    ] {
        assert!(!html.contains(needle), "{needle} in the report");
    }

    let Some(chrome) = chromium() else { return };
    let profile = tmp.path().join("chromium-profile");
    let dom = load_clean(&chrome, &profile, &page);
    for id in ["kind-chart", "verdict-chart"] {
        assert!(
            dom.contains(&format!("<svg class=\"chart\" id=\"{id}\"")),
            "{id} missing"
        );
    }
    assert!(dom.matches("<rect").count() >= 5, "bars missing");
    // The member chain of the archived letter, and the sections.
    assert!(
        dom.contains("archive/2021-export.zip!referrals/delgado.docx"),
        "member chain missing"
    );
    for section in [
        "coverage", "verdicts", "kinds", "changes", "folders", "files", "next",
    ] {
        assert!(
            dom.contains(&format!("<section id=\"{section}\"")),
            "{section} missing"
        );
    }
    assert!(
        dom.contains("No earlier run"),
        "a plain scan has no earlier run"
    );
    assert!(dom.contains("Social Security and taxpayer numbers"));

    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/html-report.png");
    let _ = std::fs::remove_file(&shot);
    let r = browse(
        &chrome,
        &profile,
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,2000",
        ],
    );
    r.assert_code(0);
    let png =
        std::fs::read(&shot).unwrap_or_else(|e| panic!("{}: {e}\n{}", shot.display(), r.dump()));
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "not a screenshot"
    );
    eprintln!("screenshot: {}", shot.display());
}

#[test]
fn markup_in_file_names_stays_text() {
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("share");
    let hostile = "<img src=x onerror=\"document.title='pwned'\">&<b>.txt";
    write(
        &tree,
        &format!("<script>alert(1)<\\script>/{hostile}"),
        "Patient: Maria Delgado\nSSN: 212-09-4471\nDiagnosis: E11.9\n",
    );
    let page = tmp.path().join("r.html");
    let mut c = phiscan();
    c.current_dir(&tree).args([
        "scan",
        "--format",
        "html",
        "--output",
        page.to_str().unwrap(),
        ".",
    ]);
    run(&mut c).assert_code(1);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(
        "&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;&amp;&lt;b&gt;.txt"
    ));
    assert!(
        !html.contains("<img"),
        "markup from a file name reached the page"
    );

    let Some(chrome) = chromium() else { return };
    let dom = load_clean(&chrome, &tmp.path().join("profile"), &page);
    assert!(
        !dom.contains("<img"),
        "the browser built an element from a file name"
    );
    assert!(dom.contains("<title>phiscan morning report</title>"));
}

/// The morning report as the compliance officer gets it: rendered from the
/// inventory after a second night, with what is new and what was fixed,
/// and loaded cleanly in the browser.
#[test]
fn the_report_from_the_inventory_shows_what_is_new_and_what_was_fixed() {
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("share");
    write(
        &tree,
        "old/visit.txt",
        "Patient: Maria Delgado\nSSN: 212-09-4471\nDiagnosis: E11.9\n",
    );
    write(
        &tree,
        "kept/letter.txt",
        "Patient: John Brennan\nDOB: 03/04/1957\nSSN: 212-09-3058\n",
    );
    let state = tmp.path().join("state.sqlite");
    let scan = || {
        let mut c = phiscan();
        c.current_dir(&tree)
            .args([
                "scan",
                "--format",
                "jsonl",
                "--output",
                "/dev/null",
                "--state",
            ])
            .arg(&state)
            .arg(".");
        run(&mut c).assert_code(1);
    };
    scan();
    std::fs::remove_file(tree.join("old/visit.txt")).unwrap();
    write(
        &tree,
        "new/intake.txt",
        "Patient: Ann Keller\nSSN: 212-09-1199\nDOB: 01/02/1961\n",
    );
    scan();
    let page = tmp.path().join("morning.html");
    let mut c = phiscan();
    c.args(["report", "--format", "html", "--output"])
        .arg(&page)
        .arg("--state")
        .arg(&state);
    run(&mut c).assert_code(1);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("Compared with run 1"),
        "no comparison in the page"
    );
    let section = &html[html
        .find("New since the last run")
        .expect("a list of new files")..];
    let (new, fixed) = section.split_at(
        section
            .find("Fixed (clean or gone)")
            .expect("a list of fixed files"),
    );
    assert!(new.contains("new/intake.txt") && !new.contains("kept/letter.txt"));
    let fixed = &fixed[..fixed
        .find("Top folders")
        .expect("the folders section follows")];
    assert!(fixed.contains("old/visit.txt") && !fixed.contains("new/intake.txt"));
    for raw in ["212-09-4471", "212-09-1199", "Keller", "Delgado"] {
        assert!(!html.contains(raw), "a raw value in the page");
    }
    let Some(chrome) = chromium() else { return };
    let dom = load_clean(&chrome, &tmp.path().join("profile"), &page);
    assert!(dom.contains("<svg"), "no chart");
}
