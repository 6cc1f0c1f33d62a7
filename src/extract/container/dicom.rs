//! DICOM Part 10 files (PS3.10): medical images and reports whose header
//! names the patient.
//!
//! Only the header is read, by a small hand-written parser (no DICOM
//! library runs on scanned files): the 128-byte preamble and `DICM` (or
//! neither: a bare data set, as pydicom writes without a preamble and
//! ACR-NEMA files are, is recognised by its first elements), the
//! file meta group (always explicit VR little endian), then the data set in
//! the transfer syntax the meta group names: implicit VR little endian,
//! explicit VR little endian (also every compressed syntax: only pixel data
//! differs), explicit VR big endian, or deflated explicit VR little endian
//! (inflated here step by step, each step charged to the [`Budget`], so
//! inflation stops where the header does).
//!
//! The header becomes one text part, [`HEADER_PART`]: one line per textual
//! element, `(gggg,eeee) Keyword: value`, elements of sequence items
//! indented two spaces per level, values converted to UTF-8 and their
//! padding trimmed (`structured::dicom_tags` reads these lines back to name the
//! patient's values). Reading stops at the top-level Pixel Data element;
//! binary values (OB, OW, OF, UN, ...) are skipped by their length without
//! being copied. Everything is bounded: sequences nest at most
//! [`MAX_DEPTH`] deep, at most [`MAX_ELEMENTS`] elements are read, a text
//! value is rendered up to [`MAX_TEXT_VALUE`] bytes, declared lengths are
//! only compared with the bytes present and never allocated. A truncated or
//! corrupt file yields the text read before the fault and a `corrupt`
//! problem whose detail never quotes the file.

use std::io::Read;

use flate2::read::{DeflateDecoder, ZlibDecoder};

use std::cell::RefCell;

use super::text::{read_u16, read_u32, u16_at, u32_at};
use super::{Budget, Part, Problem, Visit};
use crate::extract::structured::dicom_tags::patient_values;
use crate::structure::Cell;

/// Name of the text part a DICOM file yields, so findings read
/// `scan.dcm!dicom header` and the member chain says where they are.
pub const HEADER_PART: &str = "dicom header";

/// Bytes before the `DICM` magic (PS3.10 7.1).
const PREAMBLE: usize = 128;

/// Sequences nested deeper than this are not entered but skipped (a
/// defined-length one by its length, an undefined-length one by walking
/// its items to its delimiter, counting levels without a stack), and the
/// elements after them are read: real headers nest a few levels, hostile
/// ones thousands.
pub const MAX_DEPTH: usize = 16;

/// Elements (and items) read from one file at most, so that a header of
/// millions of tiny elements stays bounded in time and output.
pub const MAX_ELEMENTS: usize = 1_000_000;

/// Longest text value rendered; longer ones are cut there and reported.
pub const MAX_TEXT_VALUE: usize = 1 << 20;

/// Longest value of unknown type (implicit VR, `UN`) looked at as text.
const MAX_UNKNOWN_TEXT: usize = 64 << 10;

/// Longest numeric value (US, SS, UL, SL) rendered: a few numbers.
const MAX_NUMBERS: usize = 32;

/// Bytes inflated per step of a deflated data set.
const INFLATE_STEP: usize = 64 << 10;

/// Rendered text charged to the budget at least this often.
const CHARGE_STEP: usize = 1 << 20;

/// Elements between two looks at the clock.
const ELEMENTS_PER_TIME_CHECK: usize = 4096;

/// A value length that is not one: the value runs to a delimiter.
const UNDEFINED: u32 = 0xFFFF_FFFF;

/// (7FE0,0010) Pixel Data: where the header ends.
const PIXEL_DATA: u32 = 0x7FE0_0010;
/// (0008,0005) Specific Character Set: how text values are encoded.
const SPECIFIC_CHARACTER_SET: u32 = 0x0008_0005;
/// (0028,0301) Burned In Annotation: the pixels hold text too.
const BURNED_IN_ANNOTATION: u32 = 0x0028_0301;

/// A value representation, as its two letters.
type Vr = [u8; 2];

const US: Vr = *b"US";
const SS: Vr = *b"SS";
const UL: Vr = *b"UL";
const SL: Vr = *b"SL";

/// Elements checked at the start of a data set without a preamble before
/// it is taken for DICOM (fewer when the data set ends first).
const SNIFF_ELEMENTS: usize = 4;

/// Whether `bytes` is DICOM: a Part 10 file (a 128-byte preamble, then
/// `DICM`), or a bare data set as pydicom writes without a preamble, as
/// ACR-NEMA files are and old modalities export (see [`is_bare_dataset`]).
/// Cheap, for sniffing every file.
pub fn is_dicom(bytes: &[u8]) -> bool {
    dataset_start(bytes).is_some()
}

/// Where the DICOM stream of `bytes` starts: after the preamble and
/// `DICM`, after a `DICM` with no preamble, or at 0 for a bare data set.
fn dataset_start(bytes: &[u8]) -> Option<usize> {
    if bytes.get(PREAMBLE..PREAMBLE + 4) == Some(b"DICM") {
        Some(PREAMBLE + 4)
    } else if bytes.starts_with(b"DICM") && is_bare_dataset(&bytes[4..]) {
        Some(4)
    } else if is_bare_dataset(bytes) {
        Some(0)
    } else {
        None
    }
}

/// Whether `d` starts with a little-endian data set: a first element of
/// group 0002 (a file meta group) or 0008 (identifying the study), then
/// up to [`SNIFF_ELEMENTS`] elements in ascending tag order, each with a
/// valid value representation (explicit VR) or a length (implicit VR)
/// that is even and within the bytes there, a group length of 4 bytes,
/// and printable ASCII in the values whose VR allows nothing else (codes,
/// UIDs, dates, numbers). Random binary passes the first test once in
/// 32768 tries and the rest almost never; text never starts with the
/// bytes 08 00 or 02 00.
fn is_bare_dataset(d: &[u8]) -> bool {
    if !matches!(u16_at(d, 0, false), Some(0x0002 | 0x0008)) {
        return false;
    }
    let explicit = d.get(4..6).is_some_and(|v| is_vr([v[0], v[1]]));
    let (mut pos, mut last, mut seen) = (0usize, None, 0usize);
    while seen < SNIFF_ELEMENTS {
        if pos == d.len() {
            return seen > 0;
        }
        let (Some(group), Some(elem)) = (u16_at(d, pos, false), u16_at(d, pos + 2, false)) else {
            return false;
        };
        let tag = u32::from(group) << 16 | u32::from(elem);
        if last.is_some_and(|t| tag <= t) || group == 0xFFFE {
            return false;
        }
        last = Some(tag);
        let (vr, len, size) = if explicit {
            match explicit_head(d, pos, false) {
                Ok((vr, len, size)) if is_vr(vr) => (Some(vr), len, size),
                _ => return false,
            }
        } else {
            let Some(len) = u32_at(d, pos + 4, false) else {
                return false;
            };
            (known(tag).map(|k| k.2), len, 8)
        };
        if len == UNDEFINED {
            // A sequence or encapsulated value: its items are not
            // followed here; what came before it decides.
            return seen > 0 && (vr == Some(*b"SQ") || !explicit);
        }
        let end = (pos + size).saturating_add(len as usize);
        if len % 2 == 1 || end > d.len() || (elem == 0 && len != 4) {
            return false;
        }
        let value = &d[pos + size..end];
        let ascii_only = vr.is_some_and(|vr| {
            matches!(
                &vr,
                b"AE" | b"AS" | b"CS" | b"DA" | b"DS" | b"DT" | b"IS" | b"TM" | b"UI"
            )
        });
        if ascii_only && !value.iter().all(|&b| (0x20..0x7F).contains(&b) || b == 0) {
            return false;
        }
        pos = end;
        seen += 1;
    }
    true
}

/// Reads a DICOM file's header: one [`Part::Text`] named [`HEADER_PART`]
/// with the rendered elements, then a [`Part::Skipped`] for the file when
/// it is truncated or corrupt (the text before the fault is still handed
/// out), when a limit cut the read short, or when its pixel data holds
/// burned-in text (which would need OCR).
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    read_named(bytes, budget, &RefCell::default(), visit)
}

/// Like [`read`], and the patient's values in the header text (named by
/// their tags as each line is written, in text order) are in `named` when
/// the text part is visited: handed over, so the text is not parsed again.
pub fn read_named(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    named: &RefCell<Vec<Cell>>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    budget.check_time()?;
    let Some(start) = dataset_start(bytes) else {
        return Err(Problem::corrupt("not a DICOM file"));
    };
    let mut p = Parser::new(bytes.len());
    let outcome = p.file(&bytes[start..], budget);
    let mut problems = Vec::new();
    match outcome {
        Ok(()) => {}
        Err(Fault::Truncated) => problems.push(Problem::corrupt("DICOM file is truncated")),
        Err(Fault::Corrupt(what)) => problems.push(Problem::corrupt(format!("DICOM file: {what}"))),
        Err(Fault::Limit(limit)) => problems.push(limit),
    }
    // Pay for the rest of the text; what was not paid for is not handed out.
    if let Err(problem) = p.charge(budget) {
        problems.push(problem);
    }
    if p.cut > 0 {
        problems.push(Problem::budget(format!(
            "{} DICOM text values longer than {} were cut",
            p.cut,
            crate::limits::human_size(MAX_TEXT_VALUE as u64)
        )));
    }
    if p.too_deep > 0 {
        problems.push(Problem::budget(format!(
            "{} DICOM sequences nested deeper than {MAX_DEPTH} levels were skipped",
            p.too_deep
        )));
    }
    if p.burned_in && p.pixels {
        problems.push(Problem::unsupported(
            "DICOM pixel data has burned-in annotation text (no OCR)",
        ));
    }
    if p.out.chars().any(|c| !c.is_whitespace()) {
        // Values of lines dropped unpaid are not handed over.
        let len = p.out.len();
        p.cells.retain(|c| c.end <= len);
        p.cells.sort_by_key(|c| (c.start, c.end));
        p.cells.dedup_by_key(|c| (c.start, c.end));
        *named.borrow_mut() = std::mem::take(&mut p.cells);
        visit(
            Part::Text {
                name: HEADER_PART,
                text: p.out.as_bytes(),
            },
            budget,
        )?;
    }
    for problem in problems {
        visit(Part::Skipped { name: "", problem }, budget)?;
    }
    Ok(())
}

/// How a data set is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    ImplicitLe,
    ExplicitLe,
    ExplicitBe,
}

impl Syntax {
    fn big(self) -> bool {
        self == Syntax::ExplicitBe
    }
}

/// The character set of text values (0008,0005).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    /// Nothing declared: ASCII by the standard; UTF-8 when the bytes are
    /// valid UTF-8, else Latin-1 (what undeclared files hold in practice).
    Default,
    /// `ISO_IR 100`.
    Latin1,
    /// `ISO_IR 192`.
    Utf8,
    /// Another single character set of PS3.3 C.12.1.1.2 (the other ISO
    /// 8859 parts, JIS X 0201, TIS 620, GB18030, GBK).
    Single(&'static encoding_rs::Encoding),
    /// ISO 2022 code extensions: Japanese (JIS X 0208/0212 after
    /// `ESC $ B`), or Korean and Chinese (KS X 1001, GB 2312 in G1 after
    /// `ESC $ ) C` / `ESC $ ) A`), with ASCII between.
    Iso2022(Extension),
    /// Anything else: read as UTF-8, lossily.
    Other,
}

/// Which ISO 2022 code extension a value uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Extension {
    Japanese,
    Korean,
    Chinese,
}

impl Charset {
    fn of(value: &[u8]) -> Charset {
        let value = trim(value, false);
        let terms: Vec<&[u8]> = value
            .split(|&b| b == b'\\')
            .map(|t| trim(t, false))
            .collect();
        let first = terms.first().copied().unwrap_or_default();
        let more = terms[1..].iter().any(|t| !t.is_empty());
        if more {
            // Value 1 is the default repertoire (often empty or IR 6, or
            // IR 13 for Japanese half-width katakana); the others say which
            // multi-byte sets escapes may invoke.
            let has = |t: &[u8]| terms.contains(&t);
            return if has(b"ISO 2022 IR 87") || has(b"ISO 2022 IR 159") {
                Charset::Iso2022(Extension::Japanese)
            } else if has(b"ISO 2022 IR 149") {
                Charset::Iso2022(Extension::Korean)
            } else if has(b"ISO 2022 IR 58") {
                Charset::Iso2022(Extension::Chinese)
            } else {
                Charset::Other
            };
        }
        let single = |e| Charset::Single(e);
        use encoding_rs as enc;
        match first {
            b"" | b"ISO_IR 6" | b"ISO 2022 IR 6" => Charset::Default,
            b"ISO_IR 100" | b"ISO 2022 IR 100" => Charset::Latin1,
            b"ISO_IR 192" => Charset::Utf8,
            b"ISO_IR 101" | b"ISO 2022 IR 101" => single(enc::ISO_8859_2),
            b"ISO_IR 109" | b"ISO 2022 IR 109" => single(enc::ISO_8859_3),
            b"ISO_IR 110" | b"ISO 2022 IR 110" => single(enc::ISO_8859_4),
            b"ISO_IR 144" | b"ISO 2022 IR 144" => single(enc::ISO_8859_5),
            b"ISO_IR 127" | b"ISO 2022 IR 127" => single(enc::ISO_8859_6),
            b"ISO_IR 126" | b"ISO 2022 IR 126" => single(enc::ISO_8859_7),
            b"ISO_IR 138" | b"ISO 2022 IR 138" => single(enc::ISO_8859_8),
            // ISO 8859-9 as the WHATWG encoding standard reads it.
            b"ISO_IR 148" | b"ISO 2022 IR 148" => single(enc::WINDOWS_1254),
            b"ISO_IR 203" | b"ISO 2022 IR 203" => single(enc::ISO_8859_15),
            b"ISO_IR 166" | b"ISO 2022 IR 166" => single(enc::WINDOWS_874),
            // JIS X 0201: ASCII-like Roman and half-width katakana at
            // 0xA1-0xDF, as Shift_JIS reads single bytes.
            b"ISO_IR 13" | b"ISO 2022 IR 13" => single(enc::SHIFT_JIS),
            b"ISO 2022 IR 87" | b"ISO 2022 IR 159" => Charset::Iso2022(Extension::Japanese),
            b"ISO 2022 IR 149" => Charset::Iso2022(Extension::Korean),
            b"ISO 2022 IR 58" => Charset::Iso2022(Extension::Chinese),
            b"GB18030" => single(enc::GB18030),
            b"GBK" => single(enc::GBK),
            _ => Charset::Other,
        }
    }
}

/// What a frame of the parse stack is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    /// A sequence (SQ): holds items.
    Sequence,
    /// An item of a sequence: holds elements.
    Item,
    /// Encapsulated data of undefined length (nested pixel data, e.g. an
    /// icon): holds fragments, skipped by their length.
    Fragments,
}

/// An open sequence, item or encapsulated value.
#[derive(Debug, Clone, Copy)]
struct Frame {
    kind: FrameKind,
    /// Where it ends, when its length is defined; else a delimiter ends it.
    end: Option<usize>,
    /// How its content is encoded (UN sequences are implicit VR LE).
    syntax: Syntax,
    /// Character set of its text (an item may declare its own).
    charset: Charset,
}

/// Why the parse stopped before the end.
#[derive(Debug)]
enum Fault {
    /// The bytes end inside an element (the parse can resume when more
    /// arrive: nothing of the element was consumed).
    Truncated,
    /// The structure is broken; the detail quotes nothing from the file.
    Corrupt(&'static str),
    /// A limit was hit.
    Limit(Problem),
}

impl From<Problem> for Fault {
    fn from(p: Problem) -> Fault {
        Fault::Limit(p)
    }
}

/// The header being read and its rendering.
struct Parser {
    /// Offset of the next element in the data set being parsed.
    pos: usize,
    /// Encoding of the top-level data set.
    syntax: Syntax,
    /// Character set of the top-level data set.
    charset: Charset,
    frames: Vec<Frame>,
    elements: usize,
    out: String,
    /// The patient's values in `out`.
    cells: Vec<Cell>,
    /// Bytes of `out` charged to the budget.
    charged: usize,
    /// Size of the file, for the budget's ratio check.
    source_len: u64,
    /// Text values cut at [`MAX_TEXT_VALUE`].
    cut: usize,
    /// Sequences skipped for being too deep.
    too_deep: usize,
    /// While an undefined-length sequence too deep to render is skipped:
    /// the undefined-length values (sequences, items, fragments) still
    /// open inside it, itself included; 0 when nothing is skipped.
    skipping: usize,
    /// How the sequence being skipped is encoded.
    skip_syntax: Syntax,
    /// (0028,0301) says YES.
    burned_in: bool,
    /// The top-level Pixel Data element was reached.
    pixels: bool,
}

impl Parser {
    fn new(source_len: usize) -> Parser {
        Parser {
            pos: 0,
            syntax: Syntax::ExplicitLe,
            charset: Charset::Default,
            frames: Vec::new(),
            elements: 0,
            out: String::new(),
            cells: Vec::new(),
            charged: 0,
            source_len: source_len as u64,
            cut: 0,
            too_deep: 0,
            skipping: 0,
            skip_syntax: Syntax::ExplicitLe,
            burned_in: false,
            pixels: false,
        }
    }

    /// Reads everything after `DICM`: the meta group, then the data set.
    fn file(&mut self, d: &[u8], budget: &mut Budget<'_>) -> Result<(), Fault> {
        let (start, ts) = self.meta(d, budget)?;
        let rest = &d[start..];
        self.pos = 0;
        match ts.as_deref().map(|t| trim(t, false)) {
            Some(b"1.2.840.10008.1.2") => self.syntax = Syntax::ImplicitLe,
            Some(b"1.2.840.10008.1.2.1") => self.syntax = Syntax::ExplicitLe,
            Some(b"1.2.840.10008.1.2.2") => self.syntax = Syntax::ExplicitBe,
            Some(t) if is_deflated(t) => return self.deflated(rest, budget),
            // Compressed pixel data: the rest of the data set is explicit
            // VR little endian.
            Some(t) if t.starts_with(b"1.2.840.10008.1.2.") => self.syntax = Syntax::ExplicitLe,
            // A private or missing syntax: judged by the first element.
            _ => self.syntax = guess(rest),
        }
        // Some writers declare one little-endian syntax and write the
        // other: the first element says which it is (as pydicom and DCMTK
        // judge it too).
        if self.syntax != Syntax::ExplicitBe && rest.len() >= 8 {
            self.syntax = guess(rest);
        }
        self.run(rest, true, budget)
    }

    /// Reads the file meta group at the start of `d`; returns where the
    /// data set starts and the transfer syntax UID.
    fn meta(
        &mut self,
        d: &[u8],
        budget: &mut Budget<'_>,
    ) -> Result<(usize, Option<Vec<u8>>), Fault> {
        let mut pos = 0;
        let mut group_end: Option<usize> = None;
        let mut ts: Option<Vec<u8>> = None;
        loop {
            // A deflated data set starts where the group length says the
            // group ends: its first bytes are no tag.
            let deflated = ts.as_deref().is_some_and(|t| is_deflated(trim(t, false)));
            if deflated && group_end.is_some_and(|e| pos >= e) {
                break;
            }
            let Some(group) = u16_at(d, pos, false) else {
                if pos == d.len() {
                    break;
                }
                return Err(Fault::Truncated);
            };
            if group != 0x0002 {
                break;
            }
            let elem = u16_at(d, pos + 2, false).ok_or(Fault::Truncated)?;
            let tag = u32::from(group) << 16 | u32::from(elem);
            let (vr, len, size) = explicit_head(d, pos, false)?;
            if len == UNDEFINED || vr == *b"SQ" {
                return Err(Fault::Corrupt("the file meta group holds a sequence"));
            }
            let end = (pos + size).saturating_add(len as usize);
            let value = d.get(pos + size..end).ok_or(Fault::Truncated)?;
            if elem == 0x0000 && value.len() == 4 {
                let n = u32::from_le_bytes([value[0], value[1], value[2], value[3]]);
                group_end = end.checked_add(n as usize);
            }
            if elem == 0x0010 {
                ts = Some(value.to_vec());
            }
            self.render(tag, Some(vr), value, false, budget)?;
            pos = end;
            self.count(budget)?;
        }
        let deflated = ts.as_deref().is_some_and(|t| is_deflated(trim(t, false)));
        if deflated {
            if let Some(e) = group_end {
                if e != pos {
                    return Err(Fault::Corrupt(
                        "the file meta group length does not match its elements",
                    ));
                }
            }
        }
        Ok((pos, ts))
    }

    /// Reads a deflated data set, inflating it a step at a time until the
    /// header is read: the pixel data after it is never inflated.
    fn deflated(&mut self, compressed: &[u8], budget: &mut Budget<'_>) -> Result<(), Fault> {
        self.syntax = Syntax::ExplicitLe;
        // The standard says raw deflate (RFC 1951); some writers add a
        // zlib header, which is accepted too.
        let zlib = compressed.len() >= 2
            && compressed[0] & 0x0F == 8
            && compressed[0] >> 4 <= 7
            && (u16::from(compressed[0]) << 8 | u16::from(compressed[1])) % 31 == 0;
        if zlib {
            self.inflate(ZlibDecoder::new(compressed), compressed.len(), budget)
        } else {
            self.inflate(DeflateDecoder::new(compressed), compressed.len(), budget)
        }
    }

    fn inflate(
        &mut self,
        mut decoder: impl Read,
        compressed: usize,
        budget: &mut Budget<'_>,
    ) -> Result<(), Fault> {
        let mut data = Vec::new();
        let mut chunk = vec![0u8; INFLATE_STEP];
        let mut eof = false;
        loop {
            match self.run(&data, eof, budget) {
                Err(Fault::Truncated) if !eof => {}
                other => return other,
            }
            budget.check_time()?;
            match decoder.read(&mut chunk) {
                Ok(0) => eof = true,
                Ok(n) => {
                    budget.charge(n as u64, data.len() as u64, Some(compressed as u64))?;
                    data.extend_from_slice(&chunk[..n]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => {
                    return Err(Fault::Corrupt("the deflated data set cannot be inflated"));
                }
            }
        }
    }

    /// Parses the data set in `d` from `self.pos` until its end (`eof`:
    /// no more bytes will come), the top-level pixel data, or a fault.
    /// Resumable: on [`Fault::Truncated`] nothing of the unfinished element
    /// was consumed, so calling again with more bytes goes on from it.
    fn run(&mut self, d: &[u8], eof: bool, budget: &mut Budget<'_>) -> Result<(), Fault> {
        loop {
            if self.skipping > 0 {
                // The skipped sequence must end inside its enclosing item.
                let limit = self.frames.iter().rev().find_map(|f| f.end);
                if limit.is_some_and(|l| self.pos >= l) {
                    return Err(Fault::Corrupt("a sequence overruns its item"));
                }
            }
            while let Some(f) = self.frames.last().filter(|_| self.skipping == 0) {
                match f.end {
                    Some(end) if self.pos == end => {
                        self.frames.pop();
                    }
                    Some(end) if self.pos > end => {
                        return Err(Fault::Corrupt("an element overruns its sequence"));
                    }
                    _ => break,
                }
            }
            if self.pos >= d.len() {
                return if eof && self.frames.is_empty() {
                    Ok(())
                } else {
                    Err(Fault::Truncated)
                };
            }
            if self.step(d, budget)? {
                return Ok(());
            }
        }
    }

    /// Reads one element, item or delimiter at `self.pos`; `Ok(true)` at
    /// the top-level pixel data (the end of the header).
    fn step(&mut self, d: &[u8], budget: &mut Budget<'_>) -> Result<bool, Fault> {
        if self.skipping > 0 {
            return self.skip_step(d, budget).map(|()| false);
        }
        let pos = self.pos;
        let syntax = self.frames.last().map_or(self.syntax, |f| f.syntax);
        let big = syntax.big();
        // The tightest end of the enclosing frames (an inner frame never
        // ends after an outer one: checked when it is opened).
        let limit = self.frames.iter().rev().find_map(|f| f.end);
        let over = |end: usize| limit.is_some_and(|l| end > l);
        let group = u16_at(d, pos, big).ok_or(Fault::Truncated)?;
        let elem = u16_at(d, pos + 2, big).ok_or(Fault::Truncated)?;
        let tag = u32::from(group) << 16 | u32::from(elem);
        let top = self.frames.last().copied();

        if group == 0xFFFE {
            // Items and delimiters: a tag and a length in every syntax.
            let len = u32_at(d, pos + 4, big).ok_or(Fault::Truncated)?;
            let after = pos + 8;
            if over(after) {
                return Err(Fault::Corrupt("an item overruns its sequence"));
            }
            let defined = (len != UNDEFINED).then_some(len as usize);
            match (elem, top) {
                (0xE000, Some(f)) if f.kind == FrameKind::Sequence => {
                    let end = defined.map(|n| after.saturating_add(n));
                    if end.is_some_and(over) {
                        return Err(Fault::Corrupt("an item overruns its sequence"));
                    }
                    self.frames.push(Frame {
                        kind: FrameKind::Item,
                        end,
                        syntax: f.syntax,
                        charset: f.charset,
                    });
                    self.pos = after;
                }
                (0xE000, Some(f)) if f.kind == FrameKind::Fragments => {
                    let n = defined.ok_or(Fault::Corrupt("a fragment has no length"))?;
                    let end = after.saturating_add(n);
                    if end > d.len() {
                        return Err(Fault::Truncated);
                    }
                    if over(end) {
                        return Err(Fault::Corrupt("a fragment overruns its value"));
                    }
                    self.pos = end;
                }
                (0xE00D, Some(f)) if f.kind == FrameKind::Item && f.end.is_none() => {
                    self.frames.pop();
                    self.pos = after;
                }
                (0xE0DD, Some(f))
                    if matches!(f.kind, FrameKind::Sequence | FrameKind::Fragments)
                        && f.end.is_none() =>
                {
                    self.frames.pop();
                    self.pos = after;
                }
                _ => return Err(Fault::Corrupt("an item or delimiter out of place")),
            }
            self.count(budget)?;
            return Ok(false);
        }
        if top.is_some_and(|f| f.kind != FrameKind::Item) {
            return Err(Fault::Corrupt("an element where a sequence item should be"));
        }
        if tag == PIXEL_DATA && top.is_none() {
            // The header ends here; the pixels are not text (whether
            // they are complete does not matter to the header).
            self.pixels = true;
            return Ok(true);
        }

        let (vr, len, size) = if syntax == Syntax::ImplicitLe {
            let len = u32_at(d, pos + 4, false).ok_or(Fault::Truncated)?;
            let vr = if elem == 0 {
                Some(*b"UL")
            } else {
                known(tag).map(|k| k.2)
            };
            (vr, len, 8)
        } else {
            let (vr, len, size) = explicit_head(d, pos, big)?;
            (Some(vr), len, size)
        };
        let start = pos + size;
        if over(start) {
            return Err(Fault::Corrupt("an element overruns its item"));
        }
        let depth = self.depth();
        let sequence = match vr {
            Some(v) if v == *b"SQ" => true,
            Some(v) if v == *b"UN" => len == UNDEFINED,
            None => len == UNDEFINED,
            _ => false,
        };
        if sequence {
            let end = (len != UNDEFINED).then(|| start.saturating_add(len as usize));
            if end.is_some_and(over) {
                return Err(Fault::Corrupt("a sequence overruns its item"));
            }
            // An item of an undefined-length UN sequence is implicit VR
            // little endian (PS3.5 6.2.2), whatever the file's syntax.
            let inner = if vr == Some(*b"UN") {
                Syntax::ImplicitLe
            } else {
                syntax
            };
            if depth >= MAX_DEPTH {
                match end {
                    Some(end) if end > d.len() => return Err(Fault::Truncated),
                    Some(end) => self.pos = end,
                    None => {
                        // Walked element by element to its delimiter.
                        self.skipping = 1;
                        self.skip_syntax = inner;
                        self.pos = start;
                    }
                }
                self.too_deep += 1;
                self.count(budget)?;
                return Ok(false);
            }
            self.head(depth, tag);
            self.out.push('\n');
            let charset = self.charset_here();
            self.frames.push(Frame {
                kind: FrameKind::Sequence,
                end,
                syntax: inner,
                charset,
            });
            self.pos = start;
            self.count(budget)?;
            return Ok(false);
        }
        if len == UNDEFINED {
            // Encapsulated (compressed) data below the top level.
            if syntax != Syntax::ImplicitLe && matches!(vr, Some(v) if v == *b"OB" || v == *b"OW") {
                let charset = self.charset_here();
                self.frames.push(Frame {
                    kind: FrameKind::Fragments,
                    end: None,
                    syntax,
                    charset,
                });
                self.pos = start;
                self.count(budget)?;
                return Ok(false);
            }
            return Err(Fault::Corrupt("an undefined length on a value"));
        }
        let end = start.saturating_add(len as usize);
        if end > d.len() {
            return Err(Fault::Truncated);
        }
        if over(end) {
            return Err(Fault::Corrupt("an element overruns its item"));
        }
        self.render(tag, vr, &d[start..end], big, budget)?;
        self.pos = end;
        self.count(budget)?;
        Ok(false)
    }

    /// One element, item or delimiter inside an undefined-length sequence
    /// being skipped: nothing is rendered, values of defined length are
    /// passed by their length, and only the count of undefined-length
    /// values still open is kept, so any depth costs no memory. Resumable
    /// as [`Parser::step`] is: on [`Fault::Truncated`] nothing was consumed.
    fn skip_step(&mut self, d: &[u8], budget: &mut Budget<'_>) -> Result<(), Fault> {
        let pos = self.pos;
        let syntax = self.skip_syntax;
        let big = syntax.big();
        let group = u16_at(d, pos, big).ok_or(Fault::Truncated)?;
        let elem = u16_at(d, pos + 2, big).ok_or(Fault::Truncated)?;
        let (len, size) = if group == 0xFFFE || syntax == Syntax::ImplicitLe {
            (u32_at(d, pos + 4, big).ok_or(Fault::Truncated)?, 8)
        } else {
            let (_, len, size) = explicit_head(d, pos, big)?;
            (len, size)
        };
        let start = pos + size;
        if group == 0xFFFE && matches!(elem, 0xE00D | 0xE0DD) {
            self.skipping -= 1;
            self.pos = start;
        } else if group == 0xFFFE && elem != 0xE000 {
            return Err(Fault::Corrupt("an item or delimiter out of place"));
        } else if len == UNDEFINED {
            self.skipping += 1;
            self.pos = start;
        } else {
            let end = start.saturating_add(len as usize);
            if end > d.len() {
                return Err(Fault::Truncated);
            }
            self.pos = end;
        }
        self.count(budget)
    }

    /// Nesting level: sequences open around the next element.
    fn depth(&self) -> usize {
        self.frames
            .iter()
            .filter(|f| f.kind == FrameKind::Sequence)
            .count()
    }

    fn charset_here(&self) -> Charset {
        self.frames.last().map_or(self.charset, |f| f.charset)
    }

    /// Counts one element read; fails past [`MAX_ELEMENTS`] or time.
    fn count(&mut self, budget: &mut Budget<'_>) -> Result<(), Fault> {
        self.elements += 1;
        if self.elements > MAX_ELEMENTS {
            return Err(Fault::Limit(Problem::budget(format!(
                "more than {MAX_ELEMENTS} elements in one DICOM header"
            ))));
        }
        if self.elements.is_multiple_of(ELEMENTS_PER_TIME_CHECK) {
            budget.check_time()?;
        }
        Ok(())
    }

    /// Writes `  (gggg,eeee) Keyword:` at `depth`.
    fn head(&mut self, depth: usize, tag: u32) {
        use std::fmt::Write;
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        let keyword = known(tag).map_or("Unknown", |k| k.1);
        // Writing to a String cannot fail.
        let _ = write!(
            self.out,
            "({:04X},{:04X}) {keyword}:",
            tag >> 16,
            tag & 0xFFFF
        );
    }

    /// Renders one element's value as a line, when it is text (or a few
    /// numbers of a known element); binary values are left out.
    fn render(
        &mut self,
        tag: u32,
        vr: Option<Vr>,
        value: &[u8],
        big: bool,
        budget: &mut Budget<'_>,
    ) -> Result<(), Fault> {
        // Group lengths say nothing about the patient.
        if tag & 0xFFFF == 0 {
            return Ok(());
        }
        let depth = self.depth();
        let known = known(tag);
        match vr {
            Some(v) if is_text(v) => self.text_line(depth, tag, v, value),
            Some(v @ (US | SS | UL | SL)) if known.is_some() && value.len() <= MAX_NUMBERS => {
                self.number_line(depth, tag, v, value, big)
            }
            Some(v) if v == *b"UN" => self.unknown_line(depth, tag, value),
            None => self.unknown_line(depth, tag, value),
            _ => {}
        }
        if tag == SPECIFIC_CHARACTER_SET {
            let cs = Charset::of(value);
            match self.frames.last_mut() {
                Some(f) => f.charset = cs,
                None => self.charset = cs,
            }
        }
        if tag == BURNED_IN_ANNOTATION
            && self.frames.is_empty()
            && trim(value, false).eq_ignore_ascii_case(b"YES")
        {
            self.burned_in = true;
        }
        if self.out.len() >= self.charged + CHARGE_STEP {
            self.charge(budget)?;
        }
        Ok(())
    }

    /// A text value, padding trimmed, decoded to UTF-8.
    fn text_line(&mut self, depth: usize, tag: u32, vr: Vr, value: &[u8]) {
        let shown = &value[..value.len().min(MAX_TEXT_VALUE)];
        // Leading spaces are significant in free text only (PS3.5 6.2).
        let keep_leading = matches!(&vr, b"LT" | b"ST" | b"UT");
        let v = trim(shown, keep_leading);
        if v.is_empty() {
            return;
        }
        if shown.len() < value.len() {
            self.cut += 1;
        }
        let line_start = self.out.len();
        self.head(depth, tag);
        self.out.push(' ');
        let value_start = self.out.len() - line_start;
        let charset = self.charset_here();
        decode(v, charset, &mut self.out);
        self.name_values(tag, line_start, value_start);
        self.out.push('\n');
    }

    /// Names the patient's values in the line just written (at
    /// `line_start`, its value at `value_start` in it).
    fn name_values(&mut self, tag: u32, line_start: usize, value_start: usize) {
        let line = &self.out.as_bytes()[line_start..];
        patient_values(tag, line, value_start, line_start, &mut self.cells);
    }

    /// A value of unknown type: rendered only when its bytes are text.
    fn unknown_line(&mut self, depth: usize, tag: u32, value: &[u8]) {
        if value.len() <= MAX_UNKNOWN_TEXT && printable(value) {
            self.text_line(depth, tag, *b"UN", value);
        }
    }

    /// A few numbers (US, SS, UL, SL), separated by `\` as text values are.
    fn number_line(&mut self, depth: usize, tag: u32, vr: Vr, value: &[u8], big: bool) {
        use std::fmt::Write;
        let width = match &vr {
            b"US" | b"SS" => 2,
            b"UL" | b"SL" => 4,
            _ => return,
        };
        if value.is_empty() || !value.len().is_multiple_of(width) {
            return;
        }
        let line_start = self.out.len();
        self.head(depth, tag);
        self.out.push(' ');
        let value_start = self.out.len() - line_start;
        for (i, c) in value.chunks_exact(width).enumerate() {
            if i > 0 {
                self.out.push('\\');
            }
            // Writing to a String cannot fail.
            let _ = match (&vr, width) {
                (b"US", _) => write!(self.out, "{}", read_u16(c, big)),
                (b"SS", _) => write!(self.out, "{}", read_u16(c, big) as i16),
                (b"UL", _) => write!(self.out, "{}", read_u32(c, big)),
                _ => write!(self.out, "{}", read_u32(c, big) as i32),
            };
        }
        self.name_values(tag, line_start, value_start);
        self.out.push('\n');
    }

    /// Charges the text produced since the last charge; on failure the
    /// unpaid text is dropped, back to the last whole line.
    fn charge(&mut self, budget: &mut Budget<'_>) -> Result<(), Problem> {
        let upto = self.out.len();
        let n = upto.saturating_sub(self.charged);
        if n == 0 {
            return Ok(());
        }
        match budget.charge(n as u64, self.charged as u64, Some(self.source_len)) {
            Ok(()) => {
                self.charged = upto;
                Ok(())
            }
            Err(p) => {
                let keep = self.out[..self.charged.min(self.out.len())]
                    .rfind('\n')
                    .map_or(0, |i| i + 1);
                self.out.truncate(keep);
                self.charged = keep;
                Err(p)
            }
        }
    }
}

/// Whether a transfer syntax UID is a deflated one: Deflated Explicit VR
/// Little Endian, JPIP Referenced Deflate and JPIP HTJ2K Referenced
/// Deflate.
fn is_deflated(ts: &[u8]) -> bool {
    matches!(
        ts,
        b"1.2.840.10008.1.2.1.99" | b"1.2.840.10008.1.2.4.95" | b"1.2.840.10008.1.2.4.205"
    )
}

/// The syntax of a data set whose transfer syntax is not known: explicit
/// VR little endian when its first element carries a VR, else implicit.
fn guess(d: &[u8]) -> Syntax {
    match d.get(4..6) {
        Some(v) if is_vr([v[0], v[1]]) => Syntax::ExplicitLe,
        _ => Syntax::ImplicitLe,
    }
}

/// An explicit VR element's VR, length and header size at `pos`.
fn explicit_head(d: &[u8], pos: usize, big: bool) -> Result<(Vr, u32, usize), Fault> {
    let v = d.get(pos + 4..pos + 6).ok_or(Fault::Truncated)?;
    let vr = [v[0], v[1]];
    if !vr.iter().all(u8::is_ascii_uppercase) {
        return Err(Fault::Corrupt("an invalid value representation"));
    }
    // VRs unknown here are read with the 32-bit length, as PS3.5 7.1.2
    // says of VRs added in the future.
    if is_short(vr) {
        let len = u16_at(d, pos + 6, big).ok_or(Fault::Truncated)?;
        Ok((vr, u32::from(len), 8))
    } else {
        let len = u32_at(d, pos + 8, big).ok_or(Fault::Truncated)?;
        Ok((vr, len, 12))
    }
}

/// VRs with a 16-bit length in explicit VR syntaxes.
fn is_short(vr: Vr) -> bool {
    matches!(
        &vr,
        b"AE"
            | b"AS"
            | b"AT"
            | b"CS"
            | b"DA"
            | b"DS"
            | b"DT"
            | b"FL"
            | b"FD"
            | b"IS"
            | b"LO"
            | b"LT"
            | b"PN"
            | b"SH"
            | b"SL"
            | b"SS"
            | b"ST"
            | b"TM"
            | b"UI"
            | b"UL"
            | b"US"
    )
}

/// Every VR of PS3.5 (2024).
fn is_vr(vr: Vr) -> bool {
    is_short(vr)
        || matches!(
            &vr,
            b"OB"
                | b"OD"
                | b"OF"
                | b"OL"
                | b"OV"
                | b"OW"
                | b"SQ"
                | b"SV"
                | b"UC"
                | b"UN"
                | b"UR"
                | b"UT"
                | b"UV"
        )
}

/// VRs whose values are character strings.
fn is_text(vr: Vr) -> bool {
    matches!(
        &vr,
        b"AE"
            | b"AS"
            | b"CS"
            | b"DA"
            | b"DS"
            | b"DT"
            | b"IS"
            | b"LO"
            | b"LT"
            | b"PN"
            | b"SH"
            | b"ST"
            | b"TM"
            | b"UC"
            | b"UI"
            | b"UR"
            | b"UT"
    )
}

/// `v` without trailing spaces and NULs (padding), and without leading
/// spaces unless `keep_leading`.
fn trim(v: &[u8], keep_leading: bool) -> &[u8] {
    let end = v
        .iter()
        .rposition(|&b| b != b' ' && b != 0)
        .map_or(0, |i| i + 1);
    let v = &v[..end];
    if keep_leading {
        v
    } else {
        let start = v.iter().position(|&b| b != b' ').unwrap_or(v.len());
        &v[start..]
    }
}

/// Whether a value of unknown type is text: printable characters (UTF-8
/// or Latin-1 letters allowed), padding only at the end, and at least one
/// letter or digit. Binary values (numbers, nested data) always hold a
/// control byte somewhere.
fn printable(value: &[u8]) -> bool {
    let v = trim(value, false);
    if !v.iter().any(u8::is_ascii_alphanumeric) {
        return false;
    }
    let ascii_ok = |b: u8| matches!(b, 0x20..=0x7E | b'\t' | b'\n' | b'\r' | 0x0C | 0x1B);
    if std::str::from_utf8(v).is_ok() {
        v.iter().all(|&b| b >= 0x80 || ascii_ok(b))
    } else {
        v.iter().all(|&b| b >= 0xA0 || ascii_ok(b))
    }
}

/// Appends `v` decoded with `charset` to `out`, control characters (line
/// breaks included: one element, one line) as spaces.
fn decode(v: &[u8], charset: Charset, out: &mut String) {
    let push = |out: &mut String, c: char| {
        out.push(if c.is_control() { ' ' } else { c });
    };
    let latin1 = |out: &mut String| {
        for &b in v {
            push(out, char::from(b));
        }
    };
    let encoded = |out: &mut String, e: &'static encoding_rs::Encoding, bytes: &[u8]| {
        let text = e.decode_without_bom_handling(bytes).0;
        text.chars().for_each(|c| push(out, c));
    };
    match charset {
        Charset::Latin1 => latin1(out),
        Charset::Default => match std::str::from_utf8(v) {
            Ok(s) => s.chars().for_each(|c| push(out, c)),
            Err(_) => latin1(out),
        },
        Charset::Utf8 | Charset::Other => String::from_utf8_lossy(v)
            .chars()
            .for_each(|c| push(out, c)),
        Charset::Single(e) => encoded(out, e, v),
        Charset::Iso2022(Extension::Japanese) => encoded(out, encoding_rs::ISO_2022_JP, v),
        Charset::Iso2022(ext) => {
            // The G1 set is designated by an escape and then used by bytes
            // with the high bit set: EUC-KR and GBK read those the same.
            let designation: &[u8] = if ext == Extension::Korean {
                b"\x1B$)C"
            } else {
                b"\x1B$)A"
            };
            let mut plain = Vec::with_capacity(v.len());
            let mut rest = v;
            while let Some(i) = memchr::memmem::find(rest, designation) {
                plain.extend_from_slice(&rest[..i]);
                rest = &rest[i + designation.len()..];
            }
            plain.extend_from_slice(rest);
            let e = if ext == Extension::Korean {
                encoding_rs::EUC_KR
            } else {
                encoding_rs::GBK
            };
            encoded(out, e, &plain);
        }
    }
}

/// The built-in entry of a tag: (tag, keyword, VR).
fn known(tag: u32) -> Option<&'static (u32, &'static str, Vr)> {
    TAGS.binary_search_by_key(&tag, |t| t.0)
        .ok()
        .map(|i| &TAGS[i])
}

/// Tags rendered with their keyword (PS3.6), sorted by tag: the file meta
/// group, the Patient module whole, and the study, series and equipment
/// text that identifies a patient or says what the file is. Implicit VR
/// files take their VR from here. Other elements are rendered as
/// `Unknown` when they are text.
#[rustfmt::skip]
const TAGS: &[(u32, &str, Vr)] = &[
    (0x0002_0002, "MediaStorageSOPClassUID", *b"UI"),
    (0x0002_0003, "MediaStorageSOPInstanceUID", *b"UI"),
    (0x0002_0010, "TransferSyntaxUID", *b"UI"),
    (0x0002_0012, "ImplementationClassUID", *b"UI"),
    (0x0002_0013, "ImplementationVersionName", *b"SH"),
    (0x0002_0016, "SourceApplicationEntityTitle", *b"AE"),
    // A DICOMDIR's directory records (PS3.3 F.3): the patients, studies
    // and series of a CD or study export. Implicit VR files write the
    // sequence with a defined length, which says SQ only through this
    // table.
    (0x0004_1220, "DirectoryRecordSequence", *b"SQ"),
    (0x0008_0005, "SpecificCharacterSet", *b"CS"),
    (0x0008_0008, "ImageType", *b"CS"),
    (0x0008_0012, "InstanceCreationDate", *b"DA"),
    (0x0008_0013, "InstanceCreationTime", *b"TM"),
    (0x0008_0016, "SOPClassUID", *b"UI"),
    (0x0008_0018, "SOPInstanceUID", *b"UI"),
    (0x0008_0020, "StudyDate", *b"DA"),
    (0x0008_0021, "SeriesDate", *b"DA"),
    (0x0008_0022, "AcquisitionDate", *b"DA"),
    (0x0008_0023, "ContentDate", *b"DA"),
    (0x0008_002A, "AcquisitionDateTime", *b"DT"),
    (0x0008_0030, "StudyTime", *b"TM"),
    (0x0008_0031, "SeriesTime", *b"TM"),
    (0x0008_0032, "AcquisitionTime", *b"TM"),
    (0x0008_0033, "ContentTime", *b"TM"),
    (0x0008_0050, "AccessionNumber", *b"SH"),
    (0x0008_0060, "Modality", *b"CS"),
    (0x0008_0070, "Manufacturer", *b"LO"),
    (0x0008_0080, "InstitutionName", *b"LO"),
    (0x0008_0081, "InstitutionAddress", *b"ST"),
    (0x0008_0090, "ReferringPhysicianName", *b"PN"),
    (0x0008_0092, "ReferringPhysicianAddress", *b"ST"),
    (0x0008_0094, "ReferringPhysicianTelephoneNumbers", *b"SH"),
    (0x0008_1010, "StationName", *b"SH"),
    (0x0008_1030, "StudyDescription", *b"LO"),
    (0x0008_103E, "SeriesDescription", *b"LO"),
    (0x0008_1040, "InstitutionalDepartmentName", *b"LO"),
    (0x0008_1048, "PhysiciansOfRecord", *b"PN"),
    (0x0008_1050, "PerformingPhysicianName", *b"PN"),
    (0x0008_1060, "NameOfPhysiciansReadingStudy", *b"PN"),
    (0x0008_1070, "OperatorsName", *b"PN"),
    (0x0008_1080, "AdmittingDiagnosesDescription", *b"LO"),
    (0x0008_1090, "ManufacturerModelName", *b"LO"),
    (0x0008_1110, "ReferencedStudySequence", *b"SQ"),
    (0x0008_1120, "ReferencedPatientSequence", *b"SQ"),
    (0x0008_1140, "ReferencedImageSequence", *b"SQ"),
    (0x0010_0010, "PatientName", *b"PN"),
    (0x0010_0020, "PatientID", *b"LO"),
    (0x0010_0021, "IssuerOfPatientID", *b"LO"),
    (0x0010_0030, "PatientBirthDate", *b"DA"),
    (0x0010_0032, "PatientBirthTime", *b"TM"),
    (0x0010_0040, "PatientSex", *b"CS"),
    (0x0010_0050, "PatientInsurancePlanCodeSequence", *b"SQ"),
    (0x0010_1000, "OtherPatientIDs", *b"LO"),
    (0x0010_1001, "OtherPatientNames", *b"PN"),
    (0x0010_1002, "OtherPatientIDsSequence", *b"SQ"),
    (0x0010_1005, "PatientBirthName", *b"PN"),
    (0x0010_1010, "PatientAge", *b"AS"),
    (0x0010_1020, "PatientSize", *b"DS"),
    (0x0010_1030, "PatientWeight", *b"DS"),
    (0x0010_1040, "PatientAddress", *b"LO"),
    (0x0010_1060, "PatientMotherBirthName", *b"PN"),
    (0x0010_1080, "MilitaryRank", *b"LO"),
    (0x0010_1081, "BranchOfService", *b"LO"),
    (0x0010_1090, "MedicalRecordLocator", *b"LO"),
    (0x0010_2000, "MedicalAlerts", *b"LO"),
    (0x0010_2110, "Allergies", *b"LO"),
    (0x0010_2150, "CountryOfResidence", *b"LO"),
    (0x0010_2152, "RegionOfResidence", *b"LO"),
    (0x0010_2154, "PatientTelephoneNumbers", *b"SH"),
    (0x0010_2155, "PatientTelecomInformation", *b"LT"),
    (0x0010_2160, "EthnicGroup", *b"SH"),
    (0x0010_2180, "Occupation", *b"SH"),
    (0x0010_21A0, "SmokingStatus", *b"CS"),
    (0x0010_21B0, "AdditionalPatientHistory", *b"LT"),
    (0x0010_21C0, "PregnancyStatus", *b"US"),
    (0x0010_21F0, "PatientReligiousPreference", *b"LO"),
    (0x0010_2203, "PatientSexNeutered", *b"CS"),
    (0x0010_2297, "ResponsiblePerson", *b"PN"),
    (0x0010_2298, "ResponsiblePersonRole", *b"CS"),
    (0x0010_2299, "ResponsibleOrganization", *b"LO"),
    (0x0010_4000, "PatientComments", *b"LT"),
    (0x0018_0015, "BodyPartExamined", *b"CS"),
    (0x0018_1000, "DeviceSerialNumber", *b"LO"),
    (0x0018_1020, "SoftwareVersions", *b"LO"),
    (0x0018_1030, "ProtocolName", *b"LO"),
    (0x0020_000D, "StudyInstanceUID", *b"UI"),
    (0x0020_000E, "SeriesInstanceUID", *b"UI"),
    (0x0020_0010, "StudyID", *b"SH"),
    (0x0020_0011, "SeriesNumber", *b"IS"),
    (0x0020_0013, "InstanceNumber", *b"IS"),
    (0x0020_4000, "ImageComments", *b"LT"),
    (0x0028_0002, "SamplesPerPixel", *b"US"),
    (0x0028_0004, "PhotometricInterpretation", *b"CS"),
    (0x0028_0008, "NumberOfFrames", *b"IS"),
    (0x0028_0010, "Rows", *b"US"),
    (0x0028_0011, "Columns", *b"US"),
    (0x0028_0100, "BitsAllocated", *b"US"),
    (0x0028_0101, "BitsStored", *b"US"),
    (0x0028_0301, "BurnedInAnnotation", *b"CS"),
    (0x0032_1032, "RequestingPhysician", *b"PN"),
    (0x0032_1060, "RequestedProcedureDescription", *b"LO"),
    (0x0032_4000, "StudyComments", *b"LT"),
    (0x0038_0010, "AdmissionID", *b"LO"),
    (0x0038_0300, "CurrentPatientLocation", *b"LO"),
    (0x0038_0400, "PatientInstitutionResidence", *b"LO"),
    (0x0040_0254, "PerformedProcedureStepDescription", *b"LO"),
    (0x0040_1001, "RequestedProcedureID", *b"SH"),
    (0x0040_A124, "UID", *b"UI"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::{noise, ArchiveLimits, ContainerFormat};
    use crate::extract::{self, Sniffed};
    use crate::vocab::SkipReason;
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::{Duration, Instant};

    use dicom_core::value::{DataSetSequence, PrimitiveValue};
    use dicom_core::{DataElement, Tag, VR};
    use dicom_dictionary_std::{tags, uids};
    use dicom_object::{FileMetaTableBuilder, InMemDicomObject};

    /// What one read handed out.
    struct Got {
        text: String,
        problems: Vec<Problem>,
        result: Result<(), Problem>,
        /// Bytes charged to the budget (inflated and rendered).
        charged: u64,
    }

    fn run_with(bytes: &[u8], limits: ArchiveLimits) -> Got {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(limits, &scan);
        let mut text = String::new();
        let mut problems = Vec::new();
        let named = RefCell::default();
        let result = read_named(bytes, &mut budget, &named, &mut |part, _| {
            match part {
                Part::Text { name, text: t } => {
                    assert_eq!(name, HEADER_PART);
                    assert!(text.is_empty(), "one text part");
                    text.push_str(std::str::from_utf8(t).expect("utf-8"));
                }
                Part::Skipped { name, problem } => {
                    assert_eq!(name, "");
                    problems.push(problem);
                }
                Part::Raw { .. } => panic!("no raw parts"),
            }
            Ok(())
        });
        // What is handed over is what reading the text back gives, and the
        // text is what the structured readers take for a DICOM header.
        let mut read_back = Vec::new();
        let dicom = crate::extract::structured::ClinicalFormat::Dicom;
        crate::extract::structured::fields(dicom, text.as_bytes(), &mut read_back);
        assert_eq!(named.into_inner(), read_back);
        if !text.trim().is_empty() {
            assert_eq!(
                crate::extract::structured::clinical_format(text.as_bytes()),
                Some(dicom)
            );
        }
        Got {
            text,
            problems,
            result,
            charged: scan.load(Ordering::Relaxed),
        }
    }

    fn run(bytes: &[u8]) -> Got {
        run_with(bytes, ArchiveLimits::default())
    }

    /// The DICOM files of the corpus (pydicom's test and character-set
    /// files, files without a preamble, our generator's): the patient
    /// values handed over with each header are those read back from its
    /// text (`run_with` checks every file it reads).
    #[test]
    fn handed_over_values_are_those_of_the_text_on_the_corpus() {
        let mut read = 0;
        for sub in ["external/tune/dicom", "generated/imaging/dicom"] {
            for (_, bytes) in crate::test_corpus::files(sub) {
                if is_dicom(&bytes) {
                    run(&bytes);
                    read += 1;
                }
            }
        }
        assert!(read >= 50, "{read} DICOM files");
    }

    /// A read with no problem at all; its text.
    #[track_caller]
    fn clean(bytes: &[u8]) -> String {
        let g = run(bytes);
        g.result.expect("read");
        assert!(g.problems.is_empty(), "{:?}", g.problems);
        g.text
    }

    const SOP_INSTANCE: &str = "2.25.1234567890";

    /// Explicit VR big endian (retired, but still found on shares).
    const BIG_ENDIAN: &str = "1.2.840.10008.1.2.2";

    /// A secondary capture image of a patient, with a nested sequence,
    /// a Latin-1 name, a private text element and `pixels` bytes of pixel
    /// data (all `A`, so rendered pixels would show).
    fn object(pixels: usize) -> InMemDicomObject {
        let item = |id: &str, issuer: &str| {
            InMemDicomObject::from_element_iter([
                DataElement::new(tags::PATIENT_ID, VR::LO, id),
                DataElement::new(tags::ISSUER_OF_PATIENT_ID, VR::LO, issuer),
            ])
        };
        InMemDicomObject::from_element_iter([
            DataElement::new(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 100"),
            DataElement::new(
                tags::SOP_CLASS_UID,
                VR::UI,
                uids::SECONDARY_CAPTURE_IMAGE_STORAGE,
            ),
            DataElement::new(tags::SOP_INSTANCE_UID, VR::UI, SOP_INSTANCE),
            DataElement::new(tags::STUDY_DATE, VR::DA, "20240105"),
            DataElement::new(tags::ACCESSION_NUMBER, VR::SH, "A20240105"),
            DataElement::new(tags::MODALITY, VR::CS, "OT"),
            DataElement::new(tags::REFERRING_PHYSICIAN_NAME, VR::PN, "HOUSE^GREGORY"),
            DataElement::new(Tag(0x0009, 0x0010), VR::LO, "ACME"),
            DataElement::new(Tag(0x0009, 0x1001), VR::LO, "private note"),
            DataElement::new(tags::PATIENT_NAME, VR::PN, "DOE^JANE^Q"),
            DataElement::new(tags::PATIENT_ID, VR::LO, "MR4471902"),
            DataElement::new(tags::PATIENT_BIRTH_DATE, VR::DA, "19430517"),
            DataElement::new(tags::PATIENT_SEX, VR::CS, "F"),
            DataElement::new(tags::OTHER_PATIENT_NAMES, VR::PN, "MÜLLER^JANE\\ROE^JANE"),
            DataElement::new(
                tags::OTHER_PATIENT_I_DS_SEQUENCE,
                VR::SQ,
                DataSetSequence::from(vec![item("XR-99812", "STATE"), item("H-5521", "HOSP")]),
            ),
            DataElement::new(tags::PATIENT_AGE, VR::AS, "080Y"),
            DataElement::new(tags::PATIENT_COMMENTS, VR::LT, "line one\r\nline two"),
            DataElement::new(tags::ROWS, VR::US, PrimitiveValue::from(512_u16)),
            DataElement::new(
                tags::PIXEL_DATA,
                VR::OB,
                PrimitiveValue::from(vec![b'A'; pixels]),
            ),
        ])
    }

    /// The data set's lines, as every syntax renders them.
    const DATASET: &str = "\
(0008,0005) SpecificCharacterSet: ISO_IR 100
(0008,0016) SOPClassUID: 1.2.840.10008.5.1.4.1.1.7
(0008,0018) SOPInstanceUID: 2.25.1234567890
(0008,0020) StudyDate: 20240105
(0008,0050) AccessionNumber: A20240105
(0008,0060) Modality: OT
(0008,0090) ReferringPhysicianName: HOUSE^GREGORY
(0009,0010) Unknown: ACME
(0009,1001) Unknown: private note
(0010,0010) PatientName: DOE^JANE^Q
(0010,0020) PatientID: MR4471902
(0010,0030) PatientBirthDate: 19430517
(0010,0040) PatientSex: F
(0010,1001) OtherPatientNames: MÜLLER^JANE\\ROE^JANE
(0010,1002) OtherPatientIDsSequence:
  (0010,0020) PatientID: XR-99812
  (0010,0021) IssuerOfPatientID: STATE
  (0010,0020) PatientID: H-5521
  (0010,0021) IssuerOfPatientID: HOSP
(0010,1010) PatientAge: 080Y
(0010,4000) PatientComments: line one  line two
(0028,0010) Rows: 512
";

    /// A Part 10 file of `object(pixels)` in transfer syntax `ts`, written
    /// by dicom-object.
    fn file(ts: &str, pixels: usize) -> Vec<u8> {
        let obj = object(pixels)
            .with_meta(FileMetaTableBuilder::new().transfer_syntax(ts))
            .expect("meta");
        let mut out = Vec::new();
        obj.write_all(&mut out).expect("write");
        out
    }

    /// The meta group's lines for `ts`, and the data set's.
    #[track_caller]
    fn assert_rendered(text: &str, ts: &str) {
        let meta = format!(
            "(0002,0002) MediaStorageSOPClassUID: 1.2.840.10008.5.1.4.1.1.7\n\
             (0002,0003) MediaStorageSOPInstanceUID: {SOP_INSTANCE}\n\
             (0002,0010) TransferSyntaxUID: {ts}\n\
             (0002,0012) ImplementationClassUID: "
        );
        assert!(text.starts_with(&meta), "{text}");
        let data = text.find("(0008,0005)").expect("data set");
        assert!(
            text[..data].lines().all(|l| l.starts_with("(0002,")),
            "{text}"
        );
        assert_eq!(&text[data..], DATASET);
        assert!(!text.contains("AAAA"), "pixel data rendered");
    }

    #[test]
    fn explicit_little_endian_header_is_rendered_line_by_line() {
        let bytes = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 5 << 20);
        assert!(is_dicom(&bytes));
        assert_eq!(
            extract::sniff(&bytes),
            Sniffed::Container(ContainerFormat::Dicom)
        );
        // dicom-object encodes text in the declared character set.
        assert!(memchr::memmem::find(&bytes, b"M\xDCLLER").is_some());
        let started = Instant::now();
        let text = clean(&bytes);
        assert_rendered(&text, uids::EXPLICIT_VR_LITTLE_ENDIAN);
        assert!(started.elapsed() < Duration::from_secs(2));
        // The rendering is what the structured reader takes for DICOM.
        assert_eq!(
            crate::extract::structured::clinical_format(text.as_bytes()),
            Some(crate::extract::structured::ClinicalFormat::Dicom)
        );
    }

    /// The data set of a Part 10 file alone: no preamble, no `DICM`, no
    /// meta group (as pydicom writes a data set without file meta, and as
    /// ACR-NEMA files and old modality exports are).
    fn bare(bytes: &[u8]) -> &[u8] {
        let group_len = u32::from_le_bytes(bytes[140..144].try_into().unwrap()) as usize;
        &bytes[144 + group_len..]
    }

    #[test]
    fn data_set_without_preamble_is_dicom_in_either_little_endian_syntax() {
        for ts in [
            uids::EXPLICIT_VR_LITTLE_ENDIAN,
            uids::IMPLICIT_VR_LITTLE_ENDIAN,
        ] {
            let full = file(ts, 4096);
            let data = bare(&full);
            assert!(data.starts_with(b"\x08\x00\x05\x00"), "group 0008 first");
            assert!(is_dicom(data), "{ts}");
            assert_eq!(
                extract::sniff(data),
                Sniffed::Container(ContainerFormat::Dicom),
                "{ts}"
            );
            assert_eq!(clean(data), DATASET, "{ts}");
            // The meta group without the preamble and `DICM`, and `DICM`
            // without the preamble, are read the same way.
            let meta_first = &full[132..];
            assert!(is_dicom(meta_first), "{ts}");
            assert_rendered(&clean(meta_first), ts);
            let magic_first = &full[128..];
            assert!(is_dicom(magic_first), "{ts}");
            assert_rendered(&clean(magic_first), ts);
        }
    }

    #[test]
    fn random_binary_and_text_are_not_bare_data_sets() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut buf = Vec::new();
        for round in 0..50_000 {
            buf.clear();
            let len = 4 + (next() % 600) as usize;
            buf.extend((0..len).map(|_| next() as u8));
            // Half of them start like a data set (group 0008 or 0002,
            // then an element number), the rest are any bytes.
            if round % 2 == 0 {
                buf[0] = if round % 4 == 0 { 0x08 } else { 0x02 };
                buf[1] = 0;
                buf[3] = 0;
            }
            assert!(
                !is_dicom(&buf),
                "round {round}: {:02x?}",
                &buf[..16.min(len)]
            );
        }
        // Text, including text that begins with a backspace.
        for text in [
            &b"(0008,0005) SpecificCharacterSet: ISO_IR 100\n"[..],
            b"MSH|^~\\&|A|B\r",
            b"\x08\x00\x05\x00CS\x0a\x00ISO_IR 100 and then prose",
            b"\x08\x00\x05\x00hello world, this is text",
            b"",
            b"\x08\x00",
        ] {
            assert!(!is_dicom(text), "{:?}", String::from_utf8_lossy(text));
        }
        // Every prefix of a real data set that ends inside its first
        // element is refused; longer ones are accepted or refused without
        // panicking.
        let full = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 64);
        let data = bare(&full);
        for end in 0..data.len() {
            let yes = is_dicom(&data[..end]);
            if end < 18 {
                assert!(!yes, "{end}");
            }
            let _ = run(&data[..end]);
        }
    }

    #[test]
    fn implicit_little_endian_renders_the_same_lines() {
        let bytes = file(uids::IMPLICIT_VR_LITTLE_ENDIAN, 5 << 20);
        assert_rendered(&clean(&bytes), uids::IMPLICIT_VR_LITTLE_ENDIAN);
    }

    #[test]
    fn explicit_big_endian_renders_the_same_lines() {
        let bytes = file(BIG_ENDIAN, 4096);
        // Big endian indeed: Rows is 512 = 0x0200 written high byte first.
        assert!(memchr::memmem::find(&bytes, b"\x00\x28\x00\x10US\x00\x02\x02\x00").is_some());
        assert_rendered(&clean(&bytes), BIG_ENDIAN);
    }

    #[test]
    fn compressed_syntaxes_read_the_header_as_explicit_little_endian() {
        // JPEG baseline: only pixel data is encapsulated; the header is
        // explicit VR little endian, which is how dicom-object writes it.
        let mut bytes = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 16);
        let ts = b"1.2.840.10008.1.2.1\0";
        let at = memchr::memmem::find(&bytes, ts).unwrap();
        bytes[at..at + ts.len()].copy_from_slice(b"1.2.840.10008.1.2.50");
        assert_rendered(&clean(&bytes), "1.2.840.10008.1.2.50");
    }

    /// `bytes` (an explicit VR LE file) rewritten as deflated explicit VR
    /// little endian: a new meta group and the data set raw-deflated.
    fn deflate_file(bytes: &[u8], ts: &str) -> Vec<u8> {
        let group_len = u32::from_le_bytes(bytes[140..144].try_into().unwrap()) as usize;
        let dataset = &bytes[144 + group_len..];
        let meta = FileMetaTableBuilder::new()
            .transfer_syntax(ts)
            .media_storage_sop_class_uid(uids::SECONDARY_CAPTURE_IMAGE_STORAGE)
            .media_storage_sop_instance_uid(SOP_INSTANCE)
            .build()
            .unwrap();
        let mut out = vec![0u8; 128];
        out.extend_from_slice(b"DICM");
        meta.write(&mut out).unwrap();
        let mut enc = flate2::write::DeflateEncoder::new(out, flate2::Compression::default());
        enc.write_all(dataset).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn deflated_data_set_is_inflated_only_up_to_the_pixel_data() {
        let plain = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 5 << 20);
        let bytes = deflate_file(&plain, uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        assert!(bytes.len() < 100_000, "pixels compress: {}", bytes.len());
        let g = run(&bytes);
        g.result.unwrap();
        assert!(g.problems.is_empty(), "{:?}", g.problems);
        assert_rendered(&g.text, uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        // A few inflate steps, not the 5 MiB of pixels.
        assert!(g.charged < 512 << 10, "{} bytes charged", g.charged);

        // Also with a zlib header, which some writers add.
        let group_len = u32::from_le_bytes(bytes[140..144].try_into().unwrap()) as usize;
        let dataset =
            &plain[144 + u32::from_le_bytes(plain[140..144].try_into().unwrap()) as usize..];
        let mut zlib = bytes[..144 + group_len].to_vec();
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(dataset).unwrap();
        zlib.extend(enc.finish().unwrap());
        assert_rendered(&clean(&zlib), uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
    }

    #[test]
    fn truncated_pixel_data_still_yields_the_whole_header_without_a_problem() {
        // The header ends at the pixel data tag: whether the pixels are all
        // there does not change what was scanned, so it is no problem.
        let bytes = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 5 << 20);
        let at = memchr::memmem::find(&bytes, b"\xE0\x7F\x10\x00OB").unwrap();
        for cut in [at + 4, at + 12, at + 13, at + 5000] {
            assert_rendered(&clean(&bytes[..cut]), uids::EXPLICIT_VR_LITTLE_ENDIAN);
        }
        // Cut inside the pixel data tag itself: that is a truncated file.
        let g = run(&bytes[..at + 2]);
        assert_eq!(g.problems[0].reason, SkipReason::Corrupt);
    }

    #[test]
    fn every_prefix_yields_a_prefix_of_the_text_and_truncation_is_corrupt() {
        let explicit = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 64);
        let implicit = file(uids::IMPLICIT_VR_LITTLE_ENDIAN, 64);
        let big = file(BIG_ENDIAN, 64);
        let deflated = deflate_file(&explicit, uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        for (bytes, pixel_tag) in [
            (&explicit, Some(&b"\xE0\x7F\x10\x00"[..])),
            (&implicit, Some(&b"\xE0\x7F\x10\x00"[..])),
            (&big, Some(&b"\x7F\xE0\x00\x10"[..])),
            (&deflated, None),
        ] {
            let full = clean(bytes);
            let pixels = pixel_tag.map_or(bytes.len(), |t| memchr::memmem::find(bytes, t).unwrap());
            let mut clean_prefixes = 0;
            for n in 0..bytes.len() {
                let g = run(&bytes[..n]);
                if n < 132 {
                    assert!(g.result.is_err());
                    continue;
                }
                g.result.unwrap();
                assert!(full.starts_with(&g.text), "prefix {n}: {}", g.text);
                for p in &g.problems {
                    assert_eq!(p.reason, SkipReason::Corrupt, "prefix {n}: {p:?}");
                    assert!(!p.detail.contains("DOE"), "no content in details");
                }
                if n >= pixels + 4 {
                    assert_eq!(g.text, full, "prefix {n}");
                    assert!(g.problems.is_empty(), "prefix {n}");
                } else if g.problems.is_empty() {
                    clean_prefixes += 1;
                }
            }
            // Only cuts between two top-level elements read clean.
            if pixel_tag.is_some() {
                assert!(
                    clean_prefixes <= full.lines().count() + 3,
                    "{clean_prefixes}"
                );
            }
        }
    }

    #[test]
    fn bit_flips_and_noise_never_panic_and_stay_fast() {
        let bytes = file(uids::EXPLICIT_VR_LITTLE_ENDIAN, 256);
        let implicit = file(uids::IMPLICIT_VR_LITTLE_ENDIAN, 256);
        let deflated = deflate_file(&bytes, uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        let started = Instant::now();
        for seed in 0..3000u64 {
            let base = match seed % 3 {
                0 => &bytes,
                1 => &implicit,
                _ => &deflated,
            };
            let mut b = base.clone();
            let r = noise(seed, 8);
            for k in 0..(1 + seed % 4) as usize {
                let at = 132
                    + (usize::from(r[2 * k]) << 8 | usize::from(r[2 * k + 1])) % (b.len() - 132);
                b[at] ^= 1 << (r[k] % 8);
            }
            let _ = run(&b);
            // Random bytes after the magic.
            let mut n = vec![0u8; 128];
            n.extend_from_slice(b"DICM");
            n.extend(noise(seed, 64 + (seed as usize % 2000)));
            let _ = run(&n);
            // Random bytes after a valid meta group.
            let mut m = bytes
                [..144 + u32::from_le_bytes(bytes[140..144].try_into().unwrap()) as usize]
                .to_vec();
            m.extend(noise(seed ^ 0xABCD, 512));
            let _ = run(&m);
        }
        assert!(started.elapsed() < Duration::from_secs(30));
    }

    /// An explicit VR little endian element.
    fn el(group: u16, elem: u16, vr: &[u8; 2], value: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend(group.to_le_bytes());
        v.extend(elem.to_le_bytes());
        v.extend(vr);
        if is_short(*vr) {
            v.extend((value.len() as u16).to_le_bytes());
        } else {
            v.extend([0, 0]);
            v.extend((value.len() as u32).to_le_bytes());
        }
        v.extend(value);
        v
    }

    /// An explicit VR LE element header with a declared length.
    fn long_head(group: u16, elem: u16, vr: &[u8; 2], len: u32) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend(group.to_le_bytes());
        v.extend(elem.to_le_bytes());
        v.extend(vr);
        v.extend([0, 0]);
        v.extend(len.to_le_bytes());
        v
    }

    /// An item tag or delimiter with a length.
    fn item(elem: u16, len: u32) -> Vec<u8> {
        let mut v = vec![0xFE, 0xFF];
        v.extend(elem.to_le_bytes());
        v.extend(len.to_le_bytes());
        v
    }

    /// A Part 10 file with a hand-made meta group naming `ts`.
    fn hand_file(ts: &str, dataset: &[u8]) -> Vec<u8> {
        let mut uid = ts.as_bytes().to_vec();
        if uid.len() % 2 == 1 {
            uid.push(0);
        }
        let ts_el = el(0x0002, 0x0010, b"UI", &uid);
        let mut out = vec![0u8; 128];
        out.extend_from_slice(b"DICM");
        out.extend(el(
            0x0002,
            0x0000,
            b"UL",
            &(ts_el.len() as u32).to_le_bytes(),
        ));
        out.extend(ts_el);
        out.extend_from_slice(dataset);
        out
    }

    const NAME: &[u8] = b"DOE^JANE";

    #[test]
    fn ten_thousand_nested_sequences_are_skipped_below_the_depth_cap_and_the_rest_read() {
        // Undefined lengths: the sequence at the cap is walked to its
        // delimiter unrendered, and the elements after it are read.
        let levels = 10_000;
        let mut ds = el(0x0010, 0x0010, b"PN", NAME);
        for _ in 0..levels {
            ds.extend(long_head(0x0010, 0x1002, b"SQ", UNDEFINED));
            ds.extend(item(0xE000, UNDEFINED));
        }
        ds.extend(el(0x0010, 0x0020, b"LO", b"DEEP0001"));
        for _ in 0..levels {
            ds.extend(item(0xE00D, 0));
            ds.extend(item(0xE0DD, 0));
        }
        ds.extend(el(0x0010, 0x0030, b"DA", b"19610304"));
        let g = run(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        g.result.unwrap();
        assert_eq!(g.problems.len(), 1, "{:?}", g.problems);
        assert_eq!(g.problems[0].reason, SkipReason::ArchiveBudget);
        assert!(g.problems[0].detail.contains("skipped"));
        assert!(g.text.contains("(0010,0010) PatientName: DOE^JANE\n"));
        assert!(!g.text.contains("DEEP0001"));
        assert!(
            g.text.ends_with("(0010,0030) PatientBirthDate: 19610304\n"),
            "{}",
            g.text
        );
        // Cut inside the skipped part: truncated, the text before kept.
        let cut = hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds[..ds.len() / 2]);
        let g = run(&cut);
        assert_eq!(
            g.problems[0].reason,
            SkipReason::Corrupt,
            "{:?}",
            g.problems
        );
        assert!(g.text.contains("(0010,0010) PatientName: DOE^JANE\n"));
        assert_eq!(
            g.text.matches("OtherPatientIDsSequence:").count(),
            MAX_DEPTH
        );
        assert!(g
            .text
            .contains(&format!("{}(0010,1002)", "  ".repeat(MAX_DEPTH - 1))));

        // Defined lengths: the too-deep sequence is skipped whole and the
        // elements after it are read.
        let inner = el(0x0010, 0x0020, b"LO", b"DEEP0001");
        let mut lens = vec![0u32; levels];
        let mut len = 8 + inner.len() as u32;
        for l in lens.iter_mut().rev() {
            *l = len; // the sequence's value: one item header + content
            len += 12 + 8;
        }
        let mut ds = Vec::new();
        for l in &lens {
            ds.extend(long_head(0x0010, 0x1002, b"SQ", *l));
            ds.extend(item(0xE000, *l - 8));
        }
        ds.extend(&inner);
        ds.extend(el(0x0010, 0x0010, b"PN", NAME));
        let g = run(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        g.result.unwrap();
        assert_eq!(g.problems.len(), 1, "{:?}", g.problems);
        assert_eq!(g.problems[0].reason, SkipReason::ArchiveBudget);
        assert!(g.problems[0].detail.contains("skipped"));
        assert_eq!(
            g.text.matches("OtherPatientIDsSequence:").count(),
            MAX_DEPTH
        );
        assert!(!g.text.contains("DEEP0001"));
        assert!(
            g.text.ends_with("(0010,0010) PatientName: DOE^JANE\n"),
            "{}",
            g.text
        );
    }

    #[test]
    fn huge_declared_lengths_are_compared_never_allocated() {
        let name = el(0x0010, 0x0010, b"PN", NAME);
        let cases: Vec<Vec<u8>> = vec![
            long_head(0x0010, 0x4000, b"UT", 0xFFFF_FFF0),
            long_head(0x0009, 0x1000, b"OB", 0xFFFF_FFF0),
            long_head(0x0009, 0x1000, b"ZZ", 0xFFFF_FFF0),
            [
                long_head(0x0010, 0x1002, b"SQ", 0xFFFF_FFF0),
                item(0xE000, 0xFFFF_FFF0),
            ]
            .concat(),
            [
                long_head(0x0010, 0x1002, b"SQ", 16),
                item(0xE000, 0xFFFF_FFF0),
            ]
            .concat(),
            [
                long_head(0x0010, 0x1002, b"SQ", UNDEFINED),
                item(0xE000, 8),
                long_head(0x0010, 0x4000, b"UT", 100),
            ]
            .concat(),
        ];
        for (i, c) in cases.iter().enumerate() {
            let g = run(&hand_file(
                uids::EXPLICIT_VR_LITTLE_ENDIAN,
                &[name.clone(), c.clone()].concat(),
            ));
            g.result.unwrap();
            assert_eq!(g.problems.len(), 1, "case {i}: {:?}", g.problems);
            assert_eq!(g.problems[0].reason, SkipReason::Corrupt, "case {i}");
            assert!(
                g.text.contains("(0010,0010) PatientName: DOE^JANE\n"),
                "case {i}"
            );
            // The declared 4 GiB were never produced: the work done (text
            // rendered and charged) is that of the few bytes present.
            assert!(g.text.len() < 256, "case {i}: {}", g.text);
            assert!(g.charged < 256, "case {i}: {}", g.charged);
        }
        // A huge meta element.
        let mut meta = vec![0u8; 128];
        meta.extend_from_slice(b"DICM");
        meta.extend(long_head(0x0002, 0x0001, b"OB", 0xFFFF_FFF0));
        assert_eq!(run(&meta).problems[0].reason, SkipReason::Corrupt);
        // A deflated bomb: one text value inflating past the member limit
        // stops at the limit, with the header before it kept.
        let mut ds = name.clone();
        ds.extend(long_head(0x0010, 0x4000, b"UT", 64 << 20));
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&ds).unwrap();
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..64 {
            enc.write_all(&zeros).unwrap();
        }
        let bomb = hand_file(
            uids::DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
            &enc.finish().unwrap(),
        );
        let limits = ArchiveLimits {
            max_member_bytes: 4 << 20,
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let g = run_with(&bomb, limits);
        assert_eq!(g.problems.len(), 1, "{:?}", g.problems);
        assert_eq!(g.problems[0].reason, SkipReason::ArchiveBudget);
        assert!(g.charged <= 5 << 20, "{}", g.charged);
        assert_eq!(g.text, "(0002,0010) TransferSyntaxUID: 1.2.840.10008.1.2.1.99\n(0010,0010) PatientName: DOE^JANE\n");
        // The ratio limit stops it too, after inflating no more than the
        // ratio allows for the file's size (plus the step that crossed it).
        let g = run(&bomb);
        assert_eq!(g.problems[0].reason, SkipReason::ArchiveBudget);
        assert!(g.problems[0].detail.contains("ratio"), "{:?}", g.problems);
        let ratio = ArchiveLimits::default().max_ratio;
        let allowed = (ratio * bomb.len() as u64).max(super::super::budget::RATIO_GRACE);
        assert!(
            g.charged <= allowed + INFLATE_STEP as u64,
            "{} > {allowed}",
            g.charged
        );
    }

    #[test]
    fn character_sets_decode_to_utf8() {
        let latin = el(0x0010, 0x0010, b"PN", b"M\xDCLLER^REN\xC9E ");
        // Undeclared: UTF-8 when valid, else Latin-1.
        let t = clean(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &latin));
        assert!(t.contains("PatientName: MÜLLER^RENÉE\n"), "{t}");
        let t = clean(&hand_file(
            uids::EXPLICIT_VR_LITTLE_ENDIAN,
            &el(0x0010, 0x0010, b"PN", "MÜLLER^RENÉE".as_bytes()),
        ));
        assert!(t.contains("PatientName: MÜLLER^RENÉE\n"), "{t}");
        // ISO_IR 192 is UTF-8; an item may switch character sets.
        let mut ds = el(0x0008, 0x0005, b"CS", b"ISO_IR 192");
        ds.extend(el(0x0010, 0x0010, b"PN", "Ñandú^José".as_bytes()));
        let mut it = el(0x0008, 0x0005, b"CS", b"ISO_IR 100 ");
        it.extend(el(0x0010, 0x0010, b"PN", b"G\xF6DEL"));
        ds.extend(long_head(0x0010, 0x1002, b"SQ", UNDEFINED));
        ds.extend(item(0xE000, it.len() as u32));
        ds.extend(&it);
        ds.extend(item(0xE0DD, 0));
        ds.extend(el(0x0010, 0x1001, b"PN", "Ñ^Ñ".as_bytes()));
        // Other character sets are read lossily.
        ds.extend(el(0x0010, 0x2154, b"SH", b"555\x1B$B0123"));
        let t = clean(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        assert!(t.contains("(0010,0010) PatientName: Ñandú^José\n"), "{t}");
        assert!(t.contains("  (0010,0010) PatientName: GöDEL\n"), "{t}");
        assert!(t.contains("(0010,1001) OtherPatientNames: Ñ^Ñ\n"), "{t}");
        assert!(
            t.contains("(0010,2154) PatientTelephoneNumbers: 555 $B0123\n"),
            "{t}"
        );
        assert_eq!(
            Charset::of(b"\\ISO 2022 IR 87"),
            Charset::Iso2022(Extension::Japanese)
        );
        assert_eq!(Charset::of(b"ISO_IR 6\\ISO 2022 IR 99"), Charset::Other);
        assert_eq!(Charset::of(b"ISO 2022 IR 100"), Charset::Latin1);
        assert_eq!(
            Charset::of(b"ISO_IR 101"),
            Charset::Single(encoding_rs::ISO_8859_2)
        );
        assert_eq!(Charset::of(b"ISO_IR 999"), Charset::Other);
        assert_eq!(Charset::of(b""), Charset::Default);
    }

    #[test]
    fn un_sequences_icons_and_unknown_elements() {
        // An undefined-length UN sequence is implicit VR LE inside; nested
        // encapsulated pixel data (an icon) is skipped fragment by
        // fragment; binary values are skipped; printable unknown text is
        // kept.
        let mut implicit_item = Vec::new();
        implicit_item.extend(0x0010u16.to_le_bytes());
        implicit_item.extend(0x0020u16.to_le_bytes());
        implicit_item.extend(8u32.to_le_bytes());
        implicit_item.extend(b"UN123456");
        let mut ds = long_head(0x0009, 0x1010, b"UN", UNDEFINED);
        ds.extend(item(0xE000, UNDEFINED));
        ds.extend(&implicit_item);
        ds.extend(item(0xE00D, 0));
        ds.extend(item(0xE0DD, 0));
        ds.extend(long_head(0x0088, 0x0200, b"SQ", UNDEFINED));
        ds.extend(item(0xE000, UNDEFINED));
        ds.extend(el(0x0028, 0x0010, b"US", &64u16.to_le_bytes()));
        ds.extend(long_head(0x7FE0, 0x0010, b"OB", UNDEFINED));
        ds.extend(item(0xE000, 0));
        ds.extend(item(0xE000, 6));
        ds.extend(b"\xFF\xD8DOE\0");
        ds.extend(item(0xE0DD, 0));
        ds.extend(item(0xE00D, 0));
        ds.extend(item(0xE0DD, 0));
        ds.extend(el(0x0009, 0x1011, b"UN", b"Free text note "));
        ds.extend(el(0x0009, 0x1012, b"UN", b"\x01\x00\x00\x00\x80\x3F"));
        ds.extend(el(0x0009, 0x1013, b"FD", b"ABCDEFGH"));
        ds.extend(el(0x0010, 0x0010, b"PN", NAME));
        let t = clean(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        assert_eq!(
            t,
            "(0002,0010) TransferSyntaxUID: 1.2.840.10008.1.2.1\n\
             (0009,1010) Unknown:\n\
             \x20 (0010,0020) PatientID: UN123456\n\
             (0088,0200) Unknown:\n\
             \x20 (0028,0010) Rows: 64\n\
             (0009,1011) Unknown: Free text note\n\
             (0010,0010) PatientName: DOE^JANE\n"
        );
    }

    #[test]
    fn an_implicit_data_set_declared_explicit_is_read_as_implicit() {
        let mut ds = Vec::new();
        for (elem, value) in [(0x0010u16, NAME), (0x0020, b"MR4471902 ")] {
            ds.extend(0x0010u16.to_le_bytes());
            ds.extend(elem.to_le_bytes());
            ds.extend((value.len() as u32).to_le_bytes());
            ds.extend(value);
        }
        let t = clean(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        assert!(
            t.ends_with("(0010,0010) PatientName: DOE^JANE\n(0010,0020) PatientID: MR4471902\n"),
            "{t}"
        );
        // And the other way round.
        let ds = el(0x0010, 0x0010, b"PN", NAME);
        let t = clean(&hand_file(uids::IMPLICIT_VR_LITTLE_ENDIAN, &ds));
        assert!(t.ends_with("(0010,0010) PatientName: DOE^JANE\n"), "{t}");
    }

    #[test]
    fn burned_in_annotation_is_reported_as_unread_pixels() {
        let mut ds = el(0x0010, 0x0010, b"PN", NAME);
        ds.extend(el(0x0028, 0x0301, b"CS", b"YES "));
        ds.extend(long_head(0x7FE0, 0x0010, b"OW", 1 << 20));
        let g = run(&hand_file(uids::EXPLICIT_VR_LITTLE_ENDIAN, &ds));
        assert_eq!(g.problems.len(), 1);
        assert_eq!(g.problems[0].reason, SkipReason::Unsupported);
        assert!(g.text.contains("BurnedInAnnotation: YES\n"));
    }

    #[test]
    fn misplaced_items_and_bad_vrs_are_corrupt_after_the_text_before_them() {
        let name = el(0x0010, 0x0010, b"PN", NAME);
        for bad in [
            item(0xE000, 0),                 // item at the top level
            item(0xE0DD, 0),                 // stray delimiter
            el(0x0010, 0x0020, b"lo", b"X"), // not a VR
            [long_head(0x0010, 0x1002, b"SQ", UNDEFINED), name.clone()].concat(), // element where an item should be
            [
                long_head(0x0010, 0x1002, b"SQ", 8),
                item(0xE000, 4),
                name.clone(),
            ]
            .concat(), // item overruns its sequence
            long_head(0x0010, 0x4000, b"OB", UNDEFINED)[..8].to_vec(),
        ] {
            let g = run(&hand_file(
                uids::EXPLICIT_VR_LITTLE_ENDIAN,
                &[name.clone(), bad].concat(),
            ));
            assert_eq!(g.problems.len(), 1, "{:?}", g.problems);
            assert_eq!(g.problems[0].reason, SkipReason::Corrupt);
            assert!(g.text.contains("(0010,0010) PatientName: DOE^JANE\n"));
        }
        assert!(run(b"not dicom").result.is_err());
    }

    #[test]
    fn keyword_table_is_sorted_and_agrees_with_the_standard_dictionary() {
        use dicom_core::dictionary::DataDictionary;
        let dict = dicom_dictionary_std::StandardDataDictionary;
        for w in TAGS.windows(2) {
            assert!(w[0].0 < w[1].0, "{:08X} before {:08X}", w[0].0, w[1].0);
        }
        for &(tag, keyword, vr) in TAGS {
            let t = Tag((tag >> 16) as u16, tag as u16);
            let e = dict
                .by_tag(t)
                .unwrap_or_else(|| panic!("{t} not in the dictionary"));
            assert_eq!(e.alias, keyword, "{t}");
            let want = e.vr.relaxed().to_string();
            assert_eq!(std::str::from_utf8(&vr).unwrap(), want, "{t} {keyword}");
        }
        // The patient module elements the structured reader names.
        for tag in [
            0x0010_0010,
            0x0010_0020,
            0x0010_0030,
            0x0010_1000,
            0x0010_1001,
            0x0010_1002,
            0x0010_1010,
            0x0010_1040,
            0x0010_1060,
            0x0010_1090,
            0x0010_2154,
            0x0010_2297,
            0x0010_4000,
            0x0018_1000,
        ] {
            assert!(known(tag).is_some(), "{tag:08X}");
        }
    }
}
