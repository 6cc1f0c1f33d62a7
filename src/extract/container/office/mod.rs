//! Office documents: OOXML (docx, xlsx, pptx and their macro variants) and
//! ODF (odt, ods, odp). They are zips of XML parts; reading them as plain
//! zips would scan raw XML in which Word splits `212-09-1234` across runs
//! and a spreadsheet keeps its strings apart from its cells. Here each XML
//! part becomes one text part (named by its path inside the package):
//! paragraphs as lines, tables and sheets as TSV (so the scanner's table
//! reader sees column headers), and embedded objects are handed back as raw
//! members to be opened in turn.
//!
//! XML is parsed leniently with quick-xml, which never expands custom
//! entities (no "billion laughs"); parts are read through the [`Budget`]
//! and the text built from one part is capped at the member limit.

use std::io::Cursor;

use zip::ZipArchive;

use super::text::CappedText;
use super::{archive, Budget, Part, Problem, Visit};

mod flow;
mod package;
mod sheet;
mod xml;

use package::{main_part, Package, PackageKind};

/// Whether a zip archive is an office document (OOXML or ODF), to be read
/// as a document rather than as an archive of XML files. Reads the central
/// directory and at most a tiny part or two: it runs for every zip.
///
/// A zip whose central directory is unreadable is taken for an office
/// document when one of its local headers names a package's marker part
/// (`[Content_Types].xml`, `mimetype`): [`read`] then rebuilds it, and
/// reads it as a plain zip should its main part be lost.
pub fn is_office(bytes: &[u8]) -> bool {
    match ZipArchive::new(Cursor::new(bytes)) {
        Ok(mut zip) => main_part(&mut zip).is_some(),
        Err(_) => names_a_marker_part(bytes),
    }
}

/// The parts by which a package is known: its content types and ODF's
/// `mimetype`, and the OOXML main parts (LibreOffice writes
/// `[Content_Types].xml` last, where a cut takes it first).
const MARKER_PARTS: [&str; 5] = [
    "[Content_Types].xml",
    "mimetype",
    "word/document.xml",
    "xl/workbook.xml",
    "ppt/presentation.xml",
];

/// Whether a local header of a damaged zip names one of the
/// [`MARKER_PARTS`].
fn names_a_marker_part(bytes: &[u8]) -> bool {
    let mut from = 0;
    while let Some(p) = bytes
        .get(from..)
        .and_then(|b| b.windows(4).position(|w| w == b"PK\x03\x04"))
    {
        let at = from + p;
        let len = bytes
            .get(at + 26..at + 28)
            .map_or(0, |l| usize::from(u16::from_le_bytes([l[0], l[1]])));
        if let Some(name) = bytes.get(at + 30..at + 30 + len) {
            if MARKER_PARTS.iter().any(|m| name == m.as_bytes()) {
                return true;
            }
        }
        from = at + 4;
    }
    false
}

/// Reads an office document's text parts (one [`Part::Text`] per XML part,
/// named by its path in the package) and its embedded objects (as
/// [`Part::Raw`]). `Err` when the package itself cannot be read: not a zip,
/// its main part missing or unopenable, or an encrypted ODF.
///
/// [`Part::Text`]: super::Part::Text
/// [`Part::Raw`]: super::Part::Raw
///
/// A package whose central directory is unreadable (a truncated file) is
/// rebuilt from its local headers ([`archive::repair_zip`]): its whole parts
/// are read as usual, the parts cut off are reported as skipped, and the
/// document ends with a `corrupt` problem saying it was damaged.
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    let e = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(mut zip) => {
            let main = main_part(&mut zip)
                .ok_or_else(|| Problem::corrupt("office document without its main part"))?;
            return read_package(zip, main, budget, visit);
        }
        Err(e) => e,
    };
    let problem = Problem::corrupt(format!("office document is not a readable zip: {e}"));
    let Some(repaired) = archive::repair_zip(bytes, budget) else {
        return Err(problem);
    };
    let mut zip = ZipArchive::new(Cursor::new(&repaired.bytes[..])).map_err(|_| problem)?;
    let Some(main) = main_part(&mut zip).or_else(|| bare_main_part(&zip)) else {
        // The main part is lost: what is left is read as an archive.
        return archive::read_zip(bytes, budget, visit);
    };
    read_package(zip, main, budget, visit)?;
    for lost in &repaired.lost {
        budget.next_member()?;
        let problem = match lost.cut {
            Some(_) => Problem::corrupt("truncated: part cut off"),
            None => lost.problem.clone(),
        };
        let name = lost.name.as_str();
        visit(Part::Skipped { name, problem }, budget)?;
    }
    Err(Problem::corrupt(archive::RECOVERED))
}

/// The main part of a damaged OOXML package whose `[Content_Types].xml`
/// was cut off, known by its name alone.
fn bare_main_part(zip: &package::Zip<'_>) -> Option<(PackageKind, String)> {
    [
        (PackageKind::Word, "word/document.xml"),
        (PackageKind::Excel, "xl/workbook.xml"),
        (PackageKind::Slides, "ppt/presentation.xml"),
    ]
    .into_iter()
    .find(|(_, name)| zip.index_for_name(name).is_some())
    .map(|(kind, name)| (kind, name.to_string()))
}

/// Reads a readable package whose main part is `main`.
fn read_package(
    zip: package::Zip<'_>,
    (kind, main): (PackageKind, String),
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let mut r = Package {
        zip,
        names,
        buf: Vec::new(),
        budget,
        visit,
    };
    match kind {
        PackageKind::Word => r.word(&main),
        PackageKind::Excel => r.excel(&main),
        PackageKind::Slides => r.slides(),
        PackageKind::Odf => r.odf(&main),
    }
}

/// Text built from one XML part.
struct Built {
    text: String,
    /// The text hit the member limit and was cut.
    full: bool,
    /// The XML broke at this byte; the text holds what came before.
    error: Option<u64>,
}

impl Built {
    /// A part no tokenizer read (never made: the parser reads every part).
    fn unread() -> Built {
        Built {
            text: String::new(),
            full: false,
            error: Some(0),
        }
    }

    /// The text a builder made, and where the XML broke (if it did).
    fn new(out: CappedText, error: Option<u64>) -> Built {
        Built {
            text: out.text,
            full: out.full,
            error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::flow::{flow_text, Dialect};
    use super::sheet::{sheet_text, Strings};
    use super::*;
    use crate::extract::container::{ArchiveLimits, Part};
    use std::io::Write;
    use std::sync::atomic::AtomicU64;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    pub(super) const W: &str =
        r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    pub(super) const CT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

    pub(super) fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut z = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in members {
            let method = if *name == "mimetype" {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            z.start_file(
                *name,
                SimpleFileOptions::default().compression_method(method),
            )
            .unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    #[derive(Debug)]
    pub(super) struct Got {
        pub(super) name: String,
        pub(super) kind: &'static str,
        pub(super) bytes: Vec<u8>,
        pub(super) problem: Option<Problem>,
    }

    pub(super) fn run_with(bytes: &[u8], limits: ArchiveLimits) -> (Vec<Got>, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(limits, &scan);
        let mut got = Vec::new();
        let r = read(bytes, &mut budget, &mut |part, _b| {
            got.push(match part {
                Part::Raw { name, bytes } => Got {
                    name: name.into(),
                    kind: "raw",
                    bytes: bytes.to_vec(),
                    problem: None,
                },
                Part::Text { name, text } => Got {
                    name: name.into(),
                    kind: "text",
                    bytes: text.to_vec(),
                    problem: None,
                },
                Part::Skipped { name, problem } => Got {
                    name: name.into(),
                    kind: "skipped",
                    bytes: Vec::new(),
                    problem: Some(problem),
                },
            });
            Ok(())
        });
        (got, r)
    }

    pub(super) fn run(bytes: &[u8]) -> (Vec<Got>, Result<(), Problem>) {
        run_with(bytes, ArchiveLimits::default())
    }

    pub(super) fn text_of<'g>(got: &'g [Got], name: &str) -> &'g str {
        let g = got
            .iter()
            .find(|g| g.name == name && g.kind == "text")
            .unwrap_or_else(|| panic!("no text part {name}: {got:?}"));
        std::str::from_utf8(&g.bytes).unwrap()
    }

    pub(super) fn wdoc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#
        )
    }

    pub(super) fn run_t(t: &str) -> String {
        format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#)
    }

    pub(super) fn para(t: &str) -> String {
        format!(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>{}</w:p>",
            run_t(t)
        )
    }

    pub(super) fn cell(paras: &[&str]) -> String {
        let ps: String = paras.iter().map(|p| para(p)).collect();
        format!(r#"<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{ps}</w:tc>"#)
    }

    pub(super) fn docx() -> Vec<u8> {
        let body = format!(
            "{}<w:p><w:r><w:t>SSN: </w:t></w:r><w:r><w:t>212-09-</w:t></w:r><w:r><w:t>1234</w:t></w:r></w:p>\
             <w:p><w:r><w:t>Name:</w:t><w:tab/><w:t>A &amp; B</w:t><w:br/><w:t>line two</w:t></w:r></w:p>\
             <w:p><w:del><w:r><w:delText>old 078-05-1120</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins></w:p>\
             <w:tbl><w:tblPr/><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>\
             <w:p><w:r><w:t>after</w:t></w:r></w:p>",
            para("Patient record"),
            cell(&["SSN"]),
            cell(&["DOB"]),
            cell(&["212-09-1234"]),
            cell(&["03/14/1961", "(verified)"]),
        );
        let header = format!(r#"<w:hdr {W}><w:p><w:r><w:t>MRN 00123456</w:t></w:r></w:p></w:hdr>"#);
        let footer = format!(r#"<w:ftr {W}><w:p><w:r><w:t>Confidential</w:t></w:r></w:p></w:ftr>"#);
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="0" w:author="Dr X" w:date="2024-01-01T00:00:00Z"><w:p><w:r><w:t>Call 555-0100</w:t></w:r></w:p></w:comment></w:comments>"#
        );
        zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/document.xml", wdoc(&body).as_bytes()),
            ("word/header1.xml", header.as_bytes()),
            ("word/footer1.xml", footer.as_bytes()),
            ("word/comments.xml", comments.as_bytes()),
            ("word/media/image1.png", b"\x89PNG fake"),
            ("word/embeddings/oleObject1.bin", b"embedded bytes"),
        ])
    }

    pub(super) fn xlsx() -> Vec<u8> {
        let workbook = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Patients" sheetId="1" r:id="rId1"/><sheet name="Q&amp;A" sheetId="2" r:id="rId2"/></sheets></workbook>"#;
        let sst = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>SSN</t></si><si><t>DOB</t></si><si><r><rPr><b/></rPr><t>Jane </t></r><r><t>Doe</t></r><rPh sb="0" eb="1"><t>ジェーン</t></rPh></si><si><t>a</t></si><si><t>c</t></si></sst>"#;
        let sheet1 = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Name</t></is></c></row>
<row r="2"><c r="A2"><v>212091234</v></c><c r="B2" s="1"><v>22345</v></c><c r="C2" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" s="2"/></row>
<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="s"><v>4</v></c><c r="D4" t="s"><v>99</v></c></row>
<row r="5"><c r="B5" t="str"><f>A1</f><v>x&lt;y</v></c><c r="C5" t="b"><v>1</v></c></row>
</sheetData></worksheet>"#;
        let sheet2 = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData></worksheet>"#;
        let comments = r#"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Dr X</author></authors><commentList><comment ref="A2" authorId="0"><text><r><rPr><b/></rPr><t>Dr X:</t></r><r><t xml:space="preserve"> verify SSN</t></r></text></comment></commentList></comments>"#;
        let sheet10 = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>tenth</t></is></c><c><v>2</v></c></row></sheetData></worksheet>"#;
        zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("xl/workbook.xml", workbook.as_bytes()),
            ("xl/sharedStrings.xml", sst.as_bytes()),
            ("xl/worksheets/sheet10.xml", sheet10.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet1.as_bytes()),
            ("xl/worksheets/sheet2.xml", sheet2.as_bytes()),
            ("xl/worksheets/_rels/sheet1.xml.rels", b"<Relationships/>"),
            ("xl/comments1.xml", comments.as_bytes()),
        ])
    }

    pub(super) const ODF_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/""#;

    pub(super) fn odf(mime: &str, content: &str, styles: &str) -> Vec<u8> {
        zip_of(&[
            ("mimetype", mime.as_bytes()),
            ("content.xml", content.as_bytes()),
            ("styles.xml", styles.as_bytes()),
            (
                "META-INF/manifest.xml",
                b"<manifest:manifest xmlns:manifest=\"m\"><manifest:file-entry manifest:full-path=\"/\"/></manifest:manifest>",
            ),
        ])
    }

    /// xorshift: reproducible noise without a crate.
    pub(super) fn noise(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn prefixes_random_bytes_and_bit_flips_never_panic() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for bytes in [docx(), xlsx()] {
            for n in (0..bytes.len()).step_by(7) {
                let _ = is_office(&bytes[..n]);
                let _ = run(&bytes[..n]);
            }
            for _ in 0..300 {
                let mut b = bytes.clone();
                for _ in 0..1 + noise(&mut seed) % 4 {
                    let i = (noise(&mut seed) % b.len() as u64) as usize;
                    b[i] ^= 1 << (noise(&mut seed) % 8);
                }
                let _ = is_office(&b);
                let _ = run(&b);
            }
        }
        for len in [0usize, 1, 4, 22, 100, 5000] {
            let b: Vec<u8> = (0..len).map(|_| noise(&mut seed) as u8).collect();
            let _ = is_office(&b);
            let _ = run(&b);
        }
    }

    #[test]
    fn mangled_xml_never_panics() {
        let mut seed = 42u64;
        let samples = [
            wdoc(&format!(
                "{}<w:tbl><w:tr>{}{}</w:tr></w:tbl>",
                para("p"),
                cell(&["a"]),
                cell(&["b", "c"])
            )),
            r#"<worksheet><sheetData><row><c r="ZZZZ9" t="s"><v>7</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#.to_string(),
            format!(r#"<office:document-content {ODF_NS}><table:table><table:table-row><table:table-cell table:number-columns-repeated="-5"><text:p>a<text:s text:c="99999999999999999999"/></text:p></table:table-cell></table:table-row></table:table></office:document-content>"#),
        ];
        for xml in &samples {
            let x = xml.as_bytes();
            for n in 0..x.len() {
                let s = String::from_utf8_lossy(&x[..n]);
                for d in [
                    Dialect::Word,
                    Dialect::Drawing,
                    Dialect::Cells,
                    Dialect::Odf,
                ] {
                    let _ = flow_text(s.as_bytes(), d, 1 << 20);
                }
                let _ = sheet_text(s.as_bytes(), &Strings::default(), 1 << 20);
            }
            for _ in 0..500 {
                let mut b = x.to_vec();
                for _ in 0..1 + noise(&mut seed) % 6 {
                    let i = (noise(&mut seed) % b.len() as u64) as usize;
                    b[i] = b"<>/&;\"= ax:"[(noise(&mut seed) % 11) as usize];
                }
                let s = String::from_utf8_lossy(&b);
                for d in [
                    Dialect::Word,
                    Dialect::Drawing,
                    Dialect::Cells,
                    Dialect::Odf,
                ] {
                    let _ = flow_text(s.as_bytes(), d, 4096);
                }
                let _ = sheet_text(s.as_bytes(), &Strings::default(), 4096);
            }
        }
        // Limits hold with a tiny cap too.
        let b = flow_text(samples[0].as_bytes(), Dialect::Word, 3);
        assert!(b.full && b.text.len() <= 3);
    }
}
