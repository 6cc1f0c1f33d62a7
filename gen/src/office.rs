//! Office Open XML pieces shared by the generators: XML escaping, the
//! `[Content_Types].xml` part and relationship parts every .docx, .xlsx
//! and .pptx carries.
//!
//! Each takes the XML declaration to start with, because `corpus-gen`
//! ends it with CRLF as Word does and `gen-tree` with LF, and both outputs
//! must stay byte-identical.

/// The `xmlns` of every relationships part.
const NS_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The prefix of the officeDocument relationship types
/// (`{REL}/officeDocument`, `{REL}/worksheet`, `{REL}/header`, ...).
pub const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The relationship type of the core properties part (`docProps/core.xml`).
pub const REL_CORE: &str =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

/// Escapes text for XML character data and attribute values, appending to
/// `out` (writers building a large part avoid a string per run).
pub fn esc_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Escapes text for XML character data and attribute values.
pub fn esc(text: &str) -> String {
    let mut o = String::with_capacity(text.len());
    esc_into(&mut o, text);
    o
}

/// `[Content_Types].xml` after `decl`: the `rels` and `xml` defaults and
/// the given (part name, content type) overrides.
pub fn content_types(decl: &str, overrides: &[(&str, &str)]) -> String {
    let mut s = format!(
        "{decl}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    );
    for (part, ty) in overrides {
        s.push_str(&format!(
            "<Override PartName=\"{part}\" ContentType=\"{ty}\"/>"
        ));
    }
    s.push_str("</Types>");
    s
}

/// A relationships part after `decl`: one `Relationship` per (type,
/// target), with ids `rId{first}`, `rId{first + 1}`, ...
pub fn relationships(decl: &str, first: usize, rels: &[(&str, &str)]) -> String {
    let mut s = format!("{decl}<Relationships xmlns=\"{NS_RELS}\">");
    for (i, (ty, target)) in rels.iter().enumerate() {
        s.push_str(&format!(
            "<Relationship Id=\"rId{}\" Type=\"{ty}\" Target=\"{target}\"/>",
            first + i
        ));
    }
    s.push_str("</Relationships>");
    s
}

/// `[Content_Types].xml` of a one-sheet workbook with shared strings
/// (`xl/workbook.xml`, `xl/worksheets/sheet1.xml`,
/// `xl/sharedStrings.xml`), then the `extra` overrides.
pub fn xlsx_content_types(decl: &str, extra: &[(&str, &str)]) -> String {
    let sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    let (main, sheet, strings) = (
        format!("{sml}.sheet.main+xml"),
        format!("{sml}.worksheet+xml"),
        format!("{sml}.sharedStrings+xml"),
    );
    let mut parts = vec![
        ("/xl/workbook.xml", main.as_str()),
        ("/xl/worksheets/sheet1.xml", sheet.as_str()),
        ("/xl/sharedStrings.xml", strings.as_str()),
    ];
    parts.extend_from_slice(extra);
    content_types(decl, &parts)
}

/// `xl/_rels/workbook.xml.rels` of that workbook: its sheet and its
/// shared strings.
pub fn workbook_rels(decl: &str) -> String {
    relationships(
        decl,
        1,
        &[
            (&format!("{REL}/worksheet"), "worksheets/sheet1.xml"),
            (&format!("{REL}/sharedStrings"), "sharedStrings.xml"),
        ],
    )
}
