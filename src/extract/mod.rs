//! The extract room (DESIGN.md section 2): what a file's bytes are
//! (sniffed once, by content), and the [`TextUnit`]s detectors read: the
//! text, the map back to raw offsets, and the structure that names its
//! values. Containers (archives, documents, mail) are opened by
//! [`container`]; the clinical formats and tables are read by the
//! siblings under [`structured`].

pub mod carve;
pub mod container;
pub mod decode;
pub mod sniff;
pub mod structured;
pub mod xml;

pub use decode::{decoded, encoding, DecodeBuf, Encoding, Segment, Text};
pub use sniff::{sniff, Sniffed};
pub use structured::table::{layout_tables, table, table_fields, Table};

use crate::structure::Cell;

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
