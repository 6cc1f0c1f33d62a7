//! The zip package: which kind of office document it is, and reading its
//! parts through the budget.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::flow::{flow_text, Dialect};
use super::sheet::{shared_strings, sheet_names, sheet_text, Strings};
use super::xml::{attr, halted, parse, walk, Ev};
use super::Built;
use crate::extract::container::{Budget, Part, Problem, Visit};
use crate::vocab::SkipReason;

pub(super) type Zip<'b> = ZipArchive<Cursor<&'b [u8]>>;

/// Small package parts read while sniffing (`_rels/.rels`, `mimetype`).
const SNIFF_BYTES: u64 = 256 << 10;

/// The kind of package, known by its main part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PackageKind {
    Word,
    Excel,
    Slides,
    Odf,
}

/// The package kind and its main part's path.
pub(super) fn main_part(zip: &mut Zip<'_>) -> Option<(PackageKind, String)> {
    let has = |zip: &Zip<'_>, n: &str| zip.index_for_name(n).is_some();
    if has(zip, "[Content_Types].xml") {
        for (kind, name) in [
            (PackageKind::Word, "word/document.xml"),
            (PackageKind::Excel, "xl/workbook.xml"),
            (PackageKind::Slides, "ppt/presentation.xml"),
        ] {
            if has(zip, name) {
                return Some((kind, name.to_string()));
            }
        }
        // Some producers name the main part otherwise (word/document2.xml):
        // the package relationships say which it is.
        if let Some(target) = office_document_target(zip) {
            let kind = if target.starts_with("word/") {
                PackageKind::Word
            } else if target.starts_with("xl/") {
                PackageKind::Excel
            } else if target.starts_with("ppt/") {
                PackageKind::Slides
            } else {
                return None;
            };
            if has(zip, &target) {
                return Some((kind, target));
            }
        }
        return None;
    }
    if has(zip, "content.xml") && has(zip, "mimetype") {
        let mut head = Vec::new();
        let ok = zip
            .by_name("mimetype")
            .ok()
            .and_then(|f| f.take(64).read_to_end(&mut head).ok())
            .is_some();
        if ok && head.starts_with(b"application/vnd.oasis.opendocument.") {
            return Some((PackageKind::Odf, "content.xml".to_string()));
        }
    }
    None
}

/// The target of the package's officeDocument relationship.
fn office_document_target(zip: &mut Zip<'_>) -> Option<String> {
    let mut buf = Vec::new();
    zip.by_name("_rels/.rels")
        .ok()?
        .take(SNIFF_BYTES)
        .read_to_end(&mut buf)
        .ok()?;
    parse(&buf, |xml| {
        let mut target = None;
        let error = walk(xml, false, |ev| {
            if let Ev::Start(t) | Ev::Empty(t) = ev {
                if t.local == "Relationship"
                    && attr(t.attrs, "Type").is_some_and(|v| v.ends_with("/officeDocument"))
                {
                    target = attr(t.attrs, "Target").map(|v| v.trim_start_matches('/').to_string());
                    return false;
                }
            }
            true
        });
        (target, halted(error).flatten())
    })
    .0
}

/// A reader asked for at most 4 KiB at a time, so that a part whose
/// deflate data is damaged hands over what inflates before the damage
/// before the error.
struct Steps<R>(R);

impl<R: Read> Read for Steps<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(4096);
        self.0.read(&mut buf[..n])
    }
}

/// One package being read: the zip, its member names and the scan's state.
pub(super) struct Package<'b, 'a, 'v, 'w> {
    pub(super) zip: Zip<'b>,
    pub(super) names: Vec<String>,
    pub(super) buf: Vec<u8>,
    pub(super) budget: &'a mut Budget<'v>,
    pub(super) visit: &'a mut Visit<'w>,
}

impl Package<'_, '_, '_, '_> {
    pub(super) fn word(&mut self, main: &str) -> Result<(), Problem> {
        self.flow_part(main, true, Dialect::Word)?;
        let mut parts = self.sorted("word/", "header");
        parts.extend(self.sorted("word/", "footer"));
        for n in [
            "word/footnotes.xml",
            "word/endnotes.xml",
            "word/comments.xml",
        ] {
            if self.has(n) {
                parts.push(n.to_string());
            }
        }
        for p in parts {
            self.flow_part(&p, false, Dialect::Word)?;
        }
        self.embeddings("word/embeddings/")
    }

    pub(super) fn excel(&mut self, main: &str) -> Result<(), Problem> {
        // Sheet names, one a line.
        if self.take(main, true)? {
            let built = parse(&self.buf, |xml| sheet_names(xml, self.limit()));
            self.report(main, built)?;
        }
        let strings = self.shared_strings()?;
        for p in self.sorted("xl/worksheets/", "") {
            if !self.take(&p, false)? {
                continue;
            }
            let built = parse(&self.buf, |xml| sheet_text(xml, &strings, self.limit()));
            self.report(&p, built)?;
        }
        let mut notes = self.sorted("xl/", "comments");
        notes.extend(self.sorted("xl/threadedComments/", ""));
        for p in notes {
            self.flow_part(&p, false, Dialect::Cells)?;
        }
        self.embeddings("xl/embeddings/")
    }

    pub(super) fn slides(&mut self) -> Result<(), Problem> {
        let mut parts = self.sorted("ppt/slides/", "slide");
        parts.extend(self.sorted("ppt/notesSlides/", "notesSlide"));
        parts.extend(self.sorted("ppt/comments/", ""));
        for p in parts {
            self.flow_part(&p, false, Dialect::Drawing)?;
        }
        self.embeddings("ppt/embeddings/")
    }

    pub(super) fn odf(&mut self, main: &str) -> Result<(), Problem> {
        if self.has("META-INF/manifest.xml") {
            self.budget.next_member()?;
            let encrypted = match self.zip.by_name("META-INF/manifest.xml") {
                Ok(f) => {
                    let c = f.compressed_size();
                    let r = self.budget.read_member(f, Some(c), &mut self.buf);
                    if r.is_err() && self.budget.exhausted() {
                        return r;
                    }
                    memchr::memmem::find(&self.buf, b"encryption-data").is_some()
                }
                Err(_) => false,
            };
            if encrypted {
                return Err(Problem::encrypted("ODF document is password-protected"));
            }
        }
        self.flow_part(main, true, Dialect::Odf)?;
        if self.has("styles.xml") {
            self.flow_part("styles.xml", false, Dialect::Odf)?;
        }
        // Embedded ODF objects (charts, spreadsheets) are sub-directories
        // with their own content.xml; embedded OLE objects are binary
        // `Object N` members.
        let mut objects = Vec::new();
        let mut binaries = Vec::new();
        for n in &self.names {
            if n != main && n.ends_with("/content.xml") && n.matches('/').count() == 1 {
                objects.push(n.clone());
            } else if n.starts_with("Object ") && !n.contains('/') {
                binaries.push(n.clone());
            }
        }
        for p in objects {
            self.flow_part(&p, false, Dialect::Odf)?;
        }
        for p in binaries {
            self.raw(&p)?;
        }
        Ok(())
    }

    /// Embedded objects under `dir` (an OLE `.bin`, an embedded workbook)
    /// as raw members; pictures are left out.
    fn embeddings(&mut self, dir: &str) -> Result<(), Problem> {
        let found: Vec<String> = self
            .names
            .iter()
            .filter(|n| n.starts_with(dir) && !n.ends_with('/') && !is_picture(n))
            .cloned()
            .collect();
        for p in found {
            self.raw(&p)?;
        }
        Ok(())
    }

    fn raw(&mut self, name: &str) -> Result<(), Problem> {
        if self.take(name, false)? {
            (self.visit)(
                Part::Raw {
                    name,
                    bytes: &self.buf,
                },
                self.budget,
            )?;
        }
        Ok(())
    }

    /// Shared strings of a workbook (not visited: the sheets show them).
    fn shared_strings(&mut self) -> Result<Strings, Problem> {
        let name = "xl/sharedStrings.xml";
        if !self.has(name) || !self.take(name, false)? {
            return Ok(Strings::default());
        }
        let (strings, error) = parse(&self.buf, shared_strings);
        if let Some(at) = error {
            // What parsed before the break stays usable.
            (self.visit)(
                Part::Skipped {
                    name,
                    problem: Problem::corrupt(format!("malformed XML at byte {at}")),
                },
                self.budget,
            )?;
        }
        Ok(strings)
    }

    /// Reads one XML part and reports its text, built the `dialect` way.
    fn flow_part(&mut self, name: &str, main: bool, dialect: Dialect) -> Result<(), Problem> {
        if !self.take(name, main)? {
            return Ok(());
        }
        let built = parse(&self.buf, |xml| flow_text(xml, dialect, self.limit()));
        self.report(name, built)
    }

    /// Reports the text built from part `name` (read into `buf`), then what
    /// stopped it, if anything.
    fn report(&mut self, name: &str, built: Built) -> Result<(), Problem> {
        // Text beyond the part's own size was produced by the reader (shared
        // strings referenced many times, repeated cells): count it too.
        let extra = built.text.len().saturating_sub(self.buf.len()) as u64;
        if extra > 0 {
            self.budget.charge(extra, 0, None)?;
        }
        if !built.text.is_empty() {
            (self.visit)(
                Part::Text {
                    name,
                    text: built.text.as_bytes(),
                },
                self.budget,
            )?;
        }
        if let Some(at) = built.error {
            (self.visit)(
                Part::Skipped {
                    name,
                    problem: Problem::corrupt(format!("malformed XML at byte {at}")),
                },
                self.budget,
            )?;
        }
        if built.full {
            (self.visit)(
                Part::Skipped {
                    name,
                    problem: Problem::budget(format!(
                        "text of the part exceeds {} (--max-member-size)",
                        crate::limits::human_size(self.budget.limits.max_member_bytes)
                    )),
                },
                self.budget,
            )?;
        }
        Ok(())
    }

    /// Reads member `name` into `buf`: `Ok(true)` when it holds the whole
    /// member. A member that cannot be opened is reported as skipped, but
    /// the main part's failure fails the document.
    fn take(&mut self, name: &str, main: bool) -> Result<bool, Problem> {
        self.budget.next_member()?;
        let mut f = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(e) => {
                let problem = zip_problem(&e);
                if main {
                    return Err(problem);
                }
                (self.visit)(Part::Skipped { name, problem }, self.budget)?;
                return Ok(false);
            }
        };
        if f.is_dir() {
            return Ok(false);
        }
        let c = f.compressed_size();
        match self
            .budget
            .read_member(Steps(&mut f), Some(c), &mut self.buf)
        {
            Ok(()) => Ok(true),
            Err(p) if self.budget.exhausted() => Err(p),
            // A part damaged inside (a flipped bit: it stops inflating, or
            // fails its CRC-32): what inflated before the damage is read.
            Err(p) if p.reason == SkipReason::Corrupt && !self.buf.is_empty() => {
                let problem = Problem::corrupt(format!(
                    "{}; {} bytes read before the damage",
                    p.detail,
                    self.buf.len()
                ));
                (self.visit)(Part::Skipped { name, problem }, self.budget)?;
                Ok(true)
            }
            Err(problem) => {
                (self.visit)(Part::Skipped { name, problem }, self.budget)?;
                Ok(false)
            }
        }
    }

    fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    fn limit(&self) -> usize {
        usize::try_from(self.budget.limits.max_member_bytes).unwrap_or(usize::MAX)
    }

    /// XML members directly in `dir` whose file name starts with `stem`,
    /// ordered by their number (slide2 before slide10).
    fn sorted(&self, dir: &str, stem: &str) -> Vec<String> {
        let mut v: Vec<&String> = self
            .names
            .iter()
            .filter(|n| {
                n.strip_prefix(dir)
                    .is_some_and(|f| !f.contains('/') && f.starts_with(stem) && f.ends_with(".xml"))
            })
            .collect();
        v.sort_by_key(|n| (number_of(n), n.as_str()));
        v.into_iter().cloned().collect()
    }
}

/// The number at the end of a part's file stem (`slide12.xml` → 12).
fn number_of(name: &str) -> u64 {
    let stem = name.strip_suffix(".xml").unwrap_or(name);
    let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    stem[stem.len() - digits..].parse().unwrap_or(u64::MAX)
}

fn is_picture(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    [
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf", "wmf", "svg", "ico", "wdp",
        "jfif", "webp",
    ]
    .iter()
    .any(|p| ext.eq_ignore_ascii_case(p))
}

fn zip_problem(e: &ZipError) -> Problem {
    match e {
        ZipError::UnsupportedArchive(m) if *m == ZipError::PASSWORD_REQUIRED => {
            Problem::encrypted("part is encrypted")
        }
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => {
            Problem::unsupported(format!("cannot open part: {e}"))
        }
        _ => Problem::corrupt(format!("cannot open part: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::container::office::is_office;
    use crate::extract::container::office::tests::*;
    use crate::vocab::SkipReason;

    #[test]
    fn detection() {
        assert!(is_office(&docx()));
        assert!(is_office(&xlsx()));
        let plain = zip_of(&[("a.txt", b"hello"), ("b/c.xml", b"<x/>")]);
        assert!(!is_office(&plain));
        assert!(!is_office(b"not a zip at all"));
        assert!(!is_office(b""));
        // An ODF-looking zip with a foreign mimetype is not ODF.
        let fake = zip_of(&[
            ("mimetype", b"application/epub+zip"),
            ("content.xml", b"<x/>"),
        ]);
        assert!(!is_office(&fake));
        // OOXML without [Content_Types].xml is not a package.
        let bare = zip_of(&[("word/document.xml", wdoc("").as_bytes())]);
        assert!(!is_office(&bare));
        // The main part found through the package relationships.
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let odd = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("_rels/.rels", rels.as_bytes()),
            ("word/document2.xml", wdoc(&para("hi")).as_bytes()),
        ]);
        assert!(is_office(&odd));
        let (got, r) = run(&odd);
        r.unwrap();
        assert_eq!(text_of(&got, "word/document2.xml"), "hi\n");
    }

    #[test]
    fn missing_main_part_is_corrupt() {
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/header1.xml", b"<w:hdr/>"),
        ]);
        let (got, r) = run(&bytes);
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
        assert!(got.is_empty());
        let (_, r) = run(b"PK\x03\x04 truncated");
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
    }

    #[test]
    fn corrupt_part_is_skipped_and_keeps_its_text() {
        let broken = format!(
            r#"<w:document {W}><w:body><w:p><w:r><w:t>kept 212-09-1234</w:t></w:r></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p w:rsid="00"#
        );
        let header = format!(r#"<w:hdr {W}><w:p><w:r><w:t>header ok</w:t></w:r></w:p></w:hdr>"#);
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/document.xml", broken.as_bytes()),
            ("word/header1.xml", header.as_bytes()),
        ]);
        let (got, r) = run(&bytes);
        r.unwrap();
        assert!(text_of(&got, "word/document.xml").starts_with("kept 212-09-1234\n"));
        let skipped = got
            .iter()
            .find(|g| g.kind == "skipped")
            .expect("skipped part");
        assert_eq!(skipped.name, "word/document.xml");
        let p = skipped.problem.as_ref().unwrap();
        assert_eq!(p.reason, SkipReason::Corrupt);
        assert!(!p.detail.contains("212"), "{p:?}");
        assert_eq!(text_of(&got, "word/header1.xml"), "header ok\n");
    }

    #[test]
    fn encrypted_odf_is_reported() {
        let bytes = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"\x8a\x01garbage"),
            (
                "META-INF/manifest.xml",
                b"<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
            ),
        ]);
        let (got, r) = run(&bytes);
        assert_eq!(r.unwrap_err().reason, SkipReason::Encrypted);
        assert!(got.is_empty());
    }
}
