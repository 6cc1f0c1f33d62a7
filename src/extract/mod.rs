//! The extract room (DESIGN.md section 2): what a file's bytes are
//! (sniffed once, by content), and the [`TextUnit`]s detectors read: the
//! text, the map back to raw offsets, and the structure that names its
//! values. Containers (archives, documents, mail) are opened by
//! [`container`]; the clinical formats and tables are read by the
//! siblings under [`structured`].

pub mod container;
pub mod decode;
pub mod structured;

pub use decode::{encoding, DecodeBuf, Encoding, Segment, Text};
pub use structured::table::{layout_tables, table, table_fields, Table};

use crate::structure::Cell;
use container::{dicom, mail, ContainerFormat};

/// What a file's or member's first bytes say it is (never its name: a
/// `.dat` that is a zip is a zip). Sniffed once and handed along, so the
/// scan never asks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A container, opened by its reader.
    Container(ContainerFormat),
    /// Text whose format names the patient's values (HL7, FHIR, CDA, a
    /// DICOM header), read for its structure, never as a container.
    Clinical(structured::ClinicalFormat),
    /// Anything else: plain text or binary.
    Plain,
}

/// What `bytes` are: a container format, a clinical text format, or
/// neither.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let b = bytes;
    if b.starts_with(b"PK\x03\x04") || b.starts_with(b"PK\x05\x06") || b.starts_with(b"PK\x07\x08")
    {
        return Sniffed::Container(ContainerFormat::Zip);
    }
    if b.starts_with(&[0x1F, 0x8B]) {
        return Sniffed::Container(ContainerFormat::Gzip);
    }
    if b.len() >= 10 && b.starts_with(b"BZh") && (b'1'..=b'9').contains(&b[3]) {
        return Sniffed::Container(ContainerFormat::Bzip2);
    }
    if b.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0x00]) {
        return Sniffed::Container(ContainerFormat::Xz);
    }
    if b.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]) {
        return Sniffed::Container(ContainerFormat::Zstd);
    }
    if b.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Sniffed::Container(ContainerFormat::Ole2);
    }
    // After the magic numbers at offset 0 (a DICOM preamble is free-form),
    // before those further in (`ustar`, `%PDF-` could sit in a preamble).
    if dicom::is_dicom(b) {
        return Sniffed::Container(ContainerFormat::Dicom);
    }
    if b.len() >= 262 && &b[257..262] == b"ustar" {
        return Sniffed::Container(ContainerFormat::Tar);
    }
    if memchr::memmem::find(&b[..b.len().min(1024)], b"%PDF-").is_some() {
        return Sniffed::Container(ContainerFormat::Pdf);
    }
    // Documents whose structure is read as text (a CDA document is XML)
    // are not containers.
    if let Some(format) = structured::clinical_format(b) {
        return Sniffed::Clinical(format);
    }
    let t = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
    let start = t
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(t.len());
    let t = &t[start..];
    if t.starts_with(b"{\\rtf") {
        return Sniffed::Container(ContainerFormat::Rtf);
    }
    if t.starts_with(b"From ") && mail::is_mbox(t) {
        return Sniffed::Container(ContainerFormat::Mbox);
    }
    if mail::is_eml(t) {
        return Sniffed::Container(ContainerFormat::Eml);
    }
    let head = &t[..t.len().min(1024)];
    let starts_ci = |p: &[u8]| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p);
    if starts_ci(b"<!doctype html")
        || starts_ci(b"<html")
        || (head.first() == Some(&b'<')
            && (contains_ci(head, b"<html") || contains_ci(head, b"<body")))
    {
        return Sniffed::Container(ContainerFormat::Html);
    }
    if starts_ci(b"<?xml") {
        return Sniffed::Container(ContainerFormat::Xml);
    }
    Sniffed::Plain
}

/// Configures an XML reader for documents as found on a share, not as a
/// schema wants them: mismatched or stray end tags, a lone `&` and odd
/// comments are read past, so one sloppy element does not hide the rest.
pub fn lenient_xml(config: &mut quick_xml::reader::Config) {
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    config.check_comments = false;
    config.expand_empty_elements = false;
    config.trim_text(false);
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// How a container's text unit is decoded: a document reader's text is
/// UTF-8 already, a member's own bytes are sniffed like a file's.
pub fn unit_encoding(text: &[u8], extracted: bool) -> Encoding {
    if extracted {
        Encoding::Text
    } else {
        encoding(text)
    }
}

/// What is known of a unit's bytes before they are decoded.
#[derive(Debug, Clone, Copy, Default)]
pub struct Known<'a> {
    /// What [`sniff`] (or the reader that wrote them) said they are.
    pub sniffed: Option<Sniffed>,
    /// The values their reader named in them as it wrote them (a DICOM
    /// header's patient tags), handed over rather than read again.
    pub named: Option<&'a [Cell]>,
}

/// One unit of text as detectors take it (DESIGN.md section 2): the text,
/// the map back to raw offsets, and what its structure says.
#[derive(Debug)]
pub struct TextUnit<'a> {
    /// The decoded text and its offset map.
    pub text: Text<'a>,
    /// What names the values in it.
    pub structure: Structure<'a>,
    /// The values its reader named as it wrote the text (a DICOM header's
    /// patient tags), handed over.
    named: Option<&'a [Cell]>,
}

/// What a unit's structure says about its values.
#[derive(Debug)]
pub enum Structure<'a> {
    /// Not read: a window of a larger file, or runs pulled from binary.
    Unread,
    /// A clinical format whose fields hold the patient's values.
    Clinical(structured::ClinicalFormat),
    /// A delimited table whose header names its columns.
    Table(Table<'a>),
    /// Neither: tables laid out inside it are found on demand
    /// ([`layout_tables`]).
    Plain,
}

impl Structure<'_> {
    /// Whether the whole unit's structure was read (so tables laid out
    /// inside it may be looked for).
    pub fn is_read(&self) -> bool {
        !matches!(self, Structure::Unread)
    }
}

impl TextUnit<'_> {
    /// The values its clinical format names, in text order, into `out`
    /// (cleared first).
    pub fn clinical_fields(&self, format: structured::ClinicalFormat, out: &mut Vec<Cell>) {
        match self.named {
            Some(named) => {
                out.clear();
                out.extend_from_slice(named);
            }
            None => structured::fields(format, self.text.bytes, out),
        }
    }
}

/// Decodes `raw` as `enc` into a [`TextUnit`]. Its structure is read only
/// when `whole` (the window is the whole unit) and the text is not runs
/// pulled from binary. What is `known` of `raw` is not worked out again.
pub fn unit<'a>(
    raw: &'a [u8],
    enc: Encoding,
    whole: bool,
    known: Known<'a>,
    buf: &'a mut DecodeBuf,
) -> TextUnit<'a> {
    let Known { sniffed, named } = known;
    let text = decode::decode(raw, enc, buf);
    // UTF-16 text (a CSV saved as "Unicode text") has its structure too.
    let structure = if !whole || enc == Encoding::Binary {
        Structure::Unread
    } else {
        let clinical = match sniffed {
            Some(Sniffed::Clinical(format)) if enc == Encoding::Text => Some(format),
            Some(Sniffed::Plain) if enc == Encoding::Text => None,
            _ => structured::clinical_format(text.bytes),
        };
        match clinical {
            Some(format) => Structure::Clinical(format),
            None => table(text.bytes).map_or(Structure::Plain, Structure::Table),
        }
    };
    TextUnit {
        text,
        structure,
        named,
    }
}
