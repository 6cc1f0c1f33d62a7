//! Software-project text: changelogs, release notes, commit logs and source
//! code.
//!
//! Such text credits people by name beside dates ("2003-01-02  Firstname
//! Lastname  <mail>", "Reported by Firstname Lastname.", "[Firstname
//! Lastname]") and uses words that the clinical context rules read as
//! health information ("diagnosis by", "tests", "seen on", "if PT is", "use
//! or encounter"). Those names and dates are not about a patient, so near
//! software structure a weak context (a patient keyword, one clinical term)
//! must not raise them: only a label, a firm identifier or clinical
//! vocabulary does.
//!
//! The evidence is read lazily, in blocks around the hits that ask for it,
//! and each block at most once per text unit, so text that never asks (most
//! of any scan) pays nothing, and a unit pays at most one pass.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use regex::bytes::Regex;

/// Bytes per block of cached evidence; a hit is judged by its block and the
/// two beside it.
const BLOCK: usize = 4096;

/// Markers of software-project text, by class:
///
/// 1. changelog and commit-log structure (GNU ChangeLog entry headers,
///    Debian changelog headers and trailer lines, `commit <hash>`,
///    `Signed-off-by:` trailers, `* src/file.c (func):` items, release
///    notes bullets ending in `  [Name Name]`);
/// 2. source code (`a::b`, `f()`, a line ending in `);`, `--long-option`);
/// 3. issue and patch references (`Bug#123`, `(Closes: #123)`, `CVE-…`,
///    `:mr:`…`, links to forges and bug trackers);
/// 4. versions (`v2.20`, `3.42.2`, "Version 1.2", man page references
///    `name(8):`);
/// 5. contributor credits ("Reported by X", "Thanks to X", bullet lines
///    ending in `(Name Name)`).
///
/// One regex of all (searched without captures, so a block costs one
/// lazy-DFA pass), and one per class, run on each match only to name it.
/// No long counted repetitions: they multiply the DFA's states.
fn markers() -> &'static (Regex, [Regex; 5]) {
    MARKERS.get_or_init(compile_markers)
}

static MARKERS: OnceLock<(Regex, [Regex; 5])> = OnceLock::new();

/// Compiles the markers now (see `Engine::warm_up`).
pub fn warm_up() {
    markers();
}

fn compile_markers() -> (Regex, [Regex; 5]) {
    {
        let changelog = [
            r"^\d{4}-\d\d-\d\d[ \t]+[^\n<]+<[^\n@> ]+@[^\n> ]+>",
            r"^ -- [^\n<]+<[^\n@> ]+@[^\n> ]+>",
            r"^[a-z0-9][a-z0-9.+~-]* \([^)\n]+\) [^;\n]+; urgency=",
            r"^commit [0-9a-f]{7}[0-9a-f]*\b",
            r"^[ \t]*(?:Signed-off-by|Acked-by|Reviewed-by|Co-authored-by|Tested-by|Reported-by|Suggested-by): [^\n<]*<[^\n@>]+@",
            r"^[ \t]*\* [\w+-]*[./][\w./+-]*\w(?: \([^)\n]+\))?:",
            r"\[[^\]\n]+ brought this change\]",
            // A release-notes bullet credited to its author: `   - fix
            // typo  [Firstname Lastname]`.
            r"^[ \t]*[-*] [^\n]+  \[[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}\][ \t]*$",
        ];
        let code = [
            r"\w::\w",
            r"\b[A-Za-z_]\w*\(\)",
            r"\);[ \t]*$",
            r"(?:^|[ \t(])--[a-z][a-z0-9]+(?:-[a-z0-9]+)+\b",
        ];
        let refs = [
            r"\b(?:[Bb]ug|BUG) ?#\d+",
            r"\(Closes: #\d+",
            r"\bLP: ?#\d+",
            r":(?:bzbug|mr|issue|pr|gh|bug):`",
            r"\bCVE-\d{4}-\d{4,}",
            r"\b(?:[Pp]ull|[Mm]erge) request #?\d+",
            r"\b(?:github\.com|gitlab\.[a-z.]+|sourceforge\.net|bugs\.[a-z.]+)/",
        ];
        let versions = [
            r"\bv\d+\.\d+(?:\.\d+)*\b",
            r"\b\d{1,3}\.\d{1,3}\.\d{1,3}(?:-?(?:alpha|beta|rc|pre)\d*)?\b",
            r"^[ \t#*=]*(?:[Vv]ersion|VERSION|[Rr]elease|Changes in|Noteworthy changes in release|Overview of [Cc]hanges in)[ \t][^\n]*\d+\.\d+",
            r"^[ \t]*[a-z][\w.-]*\([1-8]\)[,:]",
        ];
        let credits = [
            r"\b(?:[Rr]eported|[Pp]atch(?:es)?|[Ss]uggested|[Nn]oticed|[Cc]ontributed) by [A-Z]",
            r"\bThanks to [A-Z]",
            r"^[ \t]*[-*] [^\n]+ \([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}\)(?: \(:[a-z]+:`\d+`\))?[ \t]*$",
        ];
        let class = |ps: &[&str]| {
            Regex::new(&format!("(?m-u){}", ps.join("|"))).expect("software-text markers compile")
        };
        let groups: [&[&str]; 5] = [&changelog, &code, &refs, &versions, &credits];
        let classes = groups.map(class);
        let all = groups
            .iter()
            .map(|ps| ps.join("|"))
            .collect::<Vec<_>>()
            .join("|");
        let all = Regex::new(&format!("(?m-u){all}")).expect("software-text markers compile");
        (all, classes)
    }
}

/// Classes that decide alone when they occur [`ALONE`] times: changelog
/// structure and source code never appear in a clinical note.
const STRONG: u8 = 0b0_0011;
/// Markers of one strong class enough on their own.
const ALONE: u16 = 3;
/// Markers (of at least two classes) enough otherwise.
const MIXED: u16 = 3;

/// Evidence of one block: a bit per class seen, and markers per class
/// (saturating).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Block {
    classes: u8,
    strong: u16,
    total: u16,
}

/// Per text unit, the software evidence of each block read so far. Reset at
/// the start of every unit; filled only where [`SoftwareText::near`] is
/// asked.
#[derive(Debug, Default)]
pub struct SoftwareText {
    len: Cell<usize>,
    blocks: RefCell<Vec<Option<Block>>>,
}

impl SoftwareText {
    /// Forgets the previous unit; `len` is the new unit's length.
    pub fn reset(&self, len: usize) {
        self.len.set(len);
        let mut b = self.blocks.borrow_mut();
        b.clear();
        b.resize(len.div_ceil(BLOCK), None);
    }

    /// Whether the text around `pos` (its block and the two beside it,
    /// about 12 KB) reads as software-project text. `text` is the unit
    /// given to the last [`SoftwareText::reset`].
    pub fn near(&self, text: &[u8], pos: usize) -> bool {
        if text.len() != self.len.get() {
            self.reset(text.len());
        }
        let n = self.blocks.borrow().len();
        if n == 0 {
            return false;
        }
        let b = (pos / BLOCK).min(n - 1);
        let mut sum = Block::default();
        for i in b.saturating_sub(1)..=(b + 1).min(n - 1) {
            let blk = self.block(text, i);
            sum.classes |= blk.classes;
            sum.strong = sum.strong.saturating_add(blk.strong);
            sum.total = sum.total.saturating_add(blk.total);
        }
        decide(sum)
    }

    fn block(&self, text: &[u8], i: usize) -> Block {
        if let Some(b) = self.blocks.borrow()[i] {
            return b;
        }
        // Start and end on line boundaries so line-anchored markers see
        // whole lines.
        let line_start =
            |p: usize| memchr::memrchr(b'\n', &text[..p.min(text.len())]).map_or(0, |q| q + 1);
        let s = line_start(i * BLOCK);
        let e = line_start(((i + 1) * BLOCK).min(text.len())).max(s);
        let e = if (i + 1) * BLOCK >= text.len() {
            text.len()
        } else {
            e
        };
        let blk = evidence(&text[s..e]);
        self.blocks.borrow_mut()[i] = Some(blk);
        blk
    }
}

/// Whether combined evidence makes software text.
fn decide(b: Block) -> bool {
    b.strong >= ALONE || (b.classes.count_ones() >= 2 && b.total >= MIXED)
}

/// Markers found in `text`, read until the evidence is decisive.
fn evidence(text: &[u8]) -> Block {
    let mut b = Block::default();
    let (all, classes) = markers();
    for m in all.find_iter(text) {
        let found = &text[m.start()..m.end()];
        let Some(class) = classes.iter().position(|c| c.is_match(found)) else {
            continue;
        };
        let bit = 1u8 << class;
        b.classes |= bit;
        b.total = b.total.saturating_add(1);
        if bit & STRONG != 0 {
            b.strong = b.strong.saturating_add(1);
        }
        if b.strong >= ALONE && b.total >= 2 * MIXED {
            break;
        }
    }
    b
}

/// Whether the two-letter term at `start..end` is one item of a run of
/// upper-case two-letter codes (country and language lists: `NL, PT, SK`,
/// `N* NO P* PT R* R*` in a class archive), two on each side: such a `PT`
/// is Portugal, not a patient. Two on each side, so an all-caps note ("SPOKE
/// TO PT AT BEDSIDE") keeps its patient word.
pub fn in_code_run(text: &[u8], start: usize, end: usize) -> bool {
    let code = |t: &[u8]| t.len() == 2 && t.iter().all(u8::is_ascii_uppercase);
    if !code(&text[start..end]) {
        return false;
    }
    let sep = |b: u8| matches!(b, b' ' | b',' | b';' | b'|' | b'\t');
    // The code before `at` (skipping up to two separators), if any.
    let before = |at: usize| -> Option<usize> {
        let mut i = at;
        let mut n = 0;
        while i > 0 && sep(text[i - 1]) && n < 2 {
            i -= 1;
            n += 1;
        }
        (n > 0
            && i >= 2
            && code(&text[i - 2..i])
            && (i == 2 || !text[i - 3].is_ascii_alphanumeric()))
        .then(|| i - 2)
    };
    let after = |at: usize| -> Option<usize> {
        let mut i = at;
        let mut n = 0;
        while i < text.len() && sep(text[i]) && n < 2 {
            i += 1;
            n += 1;
        }
        (n > 0
            && i + 2 <= text.len()
            && code(&text[i..i + 2])
            && text.get(i + 2).is_none_or(|b| !b.is_ascii_alphanumeric()))
        .then_some(i + 2)
    };
    before(start).and_then(before).is_some() && after(end).and_then(after).is_some()
}

/// Whether a whole text unit is software documentation or build metadata,
/// whose people, addresses and numbers are examples or the project's
/// developers, never a patient's:
///
/// - the troff source of a manual page (`.TH` or mdoc `.Dd`/`.Dt` header
///   after its comments, and section or paragraph requests): its `.TS`
///   tables list functions and errors (`cosh(fin) o/f` read as a column of
///   `fin` numbers), its `.nf` examples show `X-First-Name: Joe` headers and
///   private IP addresses;
/// - a Maven POM (`pom.xml`, also rendered from XML as `groupId: …`) or
///   `pom.properties`, and a JAR manifest: the `<developer>` and
///   `<contributor>` e-mails that shaded jars copy under `META-INF/`.
///
/// Only the unit's first 8 KB is read, so the cost is nil; the markers are
/// a file format's own header, which no patient record carries.
pub fn documentation_unit(text: &[u8]) -> bool {
    let head = &text[..text.len().min(8192)];
    man_page(head) || build_metadata(head)
}

/// A manual page's troff source: after blank and comment lines (`.\"`,
/// `'\"`), a `.TH` or mdoc `.Dd`/`.Dt` header, and at least three section
/// or paragraph requests in `head`.
fn man_page(head: &[u8]) -> bool {
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.trim_ascii().is_empty())
        .skip_while(|l| l.starts_with(b".\\\"") || l.starts_with(b"'\\\"") || *l == b".");
    let header = |l: &[u8]| {
        [&b".TH "[..], b".Dd ", b".Dt "]
            .iter()
            .any(|h| l.starts_with(h))
    };
    if !lines.next().is_some_and(header) {
        return false;
    }
    let requests = [
        &b".SH"[..],
        b".SS",
        b".PP",
        b".TP",
        b".IP",
        b".LP",
        b".Sh",
        b".Pp",
        b".It",
        b".Nm",
    ];
    lines
        .filter(|l| requests.iter().any(|r| l.starts_with(r)))
        .take(3)
        .count()
        == 3
}

/// A Maven POM (as XML or as the `tag: value` text the XML reader renders),
/// a `pom.properties`, or a JAR manifest.
fn build_metadata(head: &[u8]) -> bool {
    let has = |s: &[u8]| memchr::memmem::find(head, s).is_some();
    let pom = (has(b"<modelVersion>") || has(b"modelVersion: "))
        && (has(b"<groupId>") || has(b"groupId: "))
        && (has(b"<artifactId>") || has(b"artifactId: "));
    let properties = has(b"\ngroupId=") && has(b"\nartifactId=") && has(b"\nversion=");
    let manifest = head.starts_with(b"Manifest-Version: ")
        && (has(b"\nCreated-By: ") || has(b"\nBundle-") || has(b"\nImplementation-"));
    pom || properties || manifest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_software_text(text: &[u8]) -> bool {
        let s = SoftwareText::default();
        s.reset(text.len());
        s.near(text, 0)
    }

    fn sw(t: &str) -> bool {
        is_software_text(t.as_bytes())
    }

    #[test]
    fn changelogs_and_release_notes_are_software_text() {
        assert!(sw(
            "2019-10-03  Alex Doe  <a@example.org>\n\n\tFix comparison\n\n\
             \tReported by Sam Roe.\n\n\t* src/man.c (compare): Fix.\n\t* NEWS: Document this.\n\n\
             2019-10-02  Alex Doe  <a@example.org>\n\n\t* po/fr.po: Update.\n"
        ));
        assert!(sw("pkg (1.2-3) unstable; urgency=medium\n\n  * New upstream release.\n\n \
             -- Alex Doe <a@example.org>  Mon, 02 Jan 2023 10:00:00 +0000\n\n\
             pkg (1.2-2) unstable; urgency=low\n\n -- Alex Doe <a@example.org>  Sun, 01 Jan 2023 10:00:00 +0000\n"));
        assert!(sw("3.42.2 - 2022-07-16\n-------------------\n\n\
             * Fail tests if they use or encounter deprecations (Sam Roe)\n\
             * Fix a leak (Sam Roe) (:bzbug:`672627`)\n"));
        assert!(sw("blkid:\n   - fix typo in *_to_cpu() usage  [Alex Doe]\n   \
             - try to detect if PT is newer than LVM  [Sam Roe]\n   - add --enable-ddate  [Sam Roe]\n"));
        assert!(sw(
            "        let obj = InMemDicomObject::from_element_iter([\n            \
             DataElement::new(tags::PATIENT_NAME, VR::PN, \"Doe^John\"),\n        ]);\n        \
             assert_eq!(obj.name(), \"Doe^John\");\n"
        ));
    }

    #[test]
    fn clinical_notes_are_not_software_text() {
        assert!(!sw(
            "PROGRESS NOTE\nPatient: John Smith  DOB: 03/14/1961  MRN: 4417829\n\
             Seen 2019-03-04 for follow-up of diabetes. Reported by patient: polyuria.\n\
             Meds: metformin 500 mg; lisinopril 10 mg. Nicotine patch 21 mg.\n\
             Plan: HbA1c in 3 months (Dr. Jane Roe). Version 2 of the care plan.\n"
        ));
        assert!(!sw("{\"resourceType\": \"Patient\", \"meta\": {\"versionId\": \"1\"},\n \
             \"name\": [{\"family\": \"Smith\", \"given\": [\"John\"]}],\n \"birthDate\": \"1961-03-14\",\n \
             \"fhirVersion\": \"4.0.1\"}\n"));
        assert!(!sw("MSH|^~\\&|EPIC|HOSP|||20190304||ADT^A01|123|P|2.5.1\n\
             PID|1||4417829^^^HOSP^MR||SMITH^JOHN||19610314|M\n"));
    }

    #[test]
    fn two_letter_codes_in_a_run_of_codes() {
        let at = |t: &str| {
            let s = t.find("PT").unwrap();
            in_code_run(t.as_bytes(), s, s + 2)
        };
        assert!(at("(PL, FR, NL, CZ, LV, PT, SK, IT, DE, NO)"));
        assert!(at("HU IS IT JP NO PT RO RU SE"));
        assert!(!at("SPOKE TO PT AT BEDSIDE"));
        assert!(!at("PT: NWOSU,ADAEZE"));
        assert!(!at("MR DX PT"));
        assert!(!at("NL, PT"));
    }

    #[test]
    fn man_pages_and_build_metadata_are_documentation() {
        let doc = |t: &str| documentation_unit(t.as_bytes());
        assert!(doc(
            ".\\\" Copyright Alex Doe\n.TH LS 1 2023\n.SH NAME\nls\n.SH SYNOPSIS\n.PP\nls\n"
        ));
        assert!(doc(
            ".Dd 2023\n.Dt LS 1\n.Sh NAME\n.Nm ls\n.Sh DESCRIPTION\n"
        ));
        assert!(doc(
            "<?xml version=\"1.0\"?>\n<project>\n<modelVersion>4.0.0</modelVersion>\n\
                     <groupId>org.example</groupId>\n<artifactId>codec</artifactId>\n"
        ));
        assert!(doc(
            "modelVersion: 4.0.0 groupId: org.example artifactId: codec\n"
        ));
        assert!(doc(
            "#Generated by Maven\ngroupId=org.example\nartifactId=codec\nversion=1.15\n"
        ));
        assert!(doc(
            "Manifest-Version: 1.0\nCreated-By: Maven\nBundle-Name: codec\n"
        ));
        // A header alone, or markup further down, is not a man page.
        assert!(!doc(".TH LS 1\nPatient: John Smith MRN 4417829\n"));
        assert!(!doc("PROGRESS NOTE\n.TH LS 1\n.SH A\n.SH B\n.SH C\n"));
        assert!(!doc(
            "<patient><mrn>4417829</mrn><name>John Smith</name></patient>\n"
        ));
    }

    #[test]
    fn evidence_is_local() {
        let mut t =
            "2019-10-03  Alex Doe  <a@example.org>\n\t* src/a.c (f): Fix.\n\t* src/b.c: Fix.\n"
                .to_string();
        t.push_str(&"Patient seen today for asthma follow-up.\n".repeat(1000));
        let s = SoftwareText::default();
        s.reset(t.len());
        assert!(s.near(t.as_bytes(), 10));
        assert!(!s.near(t.as_bytes(), t.len() - 10));
    }
}
