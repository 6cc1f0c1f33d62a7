//! PDF documents: the text layer of every page.
//!
//! lopdf parses the file (and decrypts it when the empty user password
//! opens it); the page content streams are walked here rather than with
//! lopdf's `extract_text`, which knows neither where lines end nor where a
//! word gap is. Each text-showing operator is placed on the page (text and
//! graphics matrices, glyph widths) so that
//!
//! - a move to another baseline starts a new line,
//! - a gap on the same baseline wider than a fraction of the font size
//!   becomes a space (a tab when it is as wide as a table column gap), and
//! - pieces that touch are joined with nothing between them, so the
//!   `212-09-` + `1234` a producer split into two operators stays one
//!   number.
//!
//! Strings are decoded with the font's `ToUnicode` CMap when it has one
//! (what LibreOffice writes for its subset fonts; read here leniently, as
//! producers write CMaps in many layouts), else with its encoding (WinAnsi,
//! Standard, Differences) through lopdf. Text drawn by form XObjects is
//! read where they are drawn; filled-in form field values and comments
//! follow the page's text. The whole document is one text part: pages in
//! order, each followed by a form feed, as `pdftotext` writes them, so line
//! numbers stay meaningful.
//!
//! lopdf is a large parser of hostile input; the calls into it run under
//! `catch_unwind` so that a panic inside it costs this file (reported as
//! corrupt) instead of the whole scan's worker.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, LoadOptions, Object, ObjectId};

use super::text::{utf16_lossy, utf16_units};
use super::{Budget, Part, Problem, Visit};
use crate::vocab::SkipReason;

/// Form XObjects nested deeper than this are not entered (a form may draw
/// itself).
const MAX_FORM_DEPTH: usize = 8;
/// Form XObjects drawn on one page at most (a form drawing another many
/// times at every level would otherwise multiply).
const MAX_FORMS_PER_PAGE: usize = 2_000;
/// Annotations read on one page at most.
const MAX_ANNOTS_PER_PAGE: usize = 10_000;
/// Saved graphics states kept at most (`q` without `Q`).
const MAX_GSTATE_STACK: usize = 256;
/// Operators between two looks at the clock.
const OPS_PER_TIME_CHECK: usize = 4_096;

/// Gap (in ems of the current font) on one baseline above which a space is
/// inserted: kerning stays well below it, a word space is about 0.25 em.
const SPACE_GAP_EM: f32 = 0.15;
/// Gap (in ems) above which the gap is a column gap and becomes a tab.
const TAB_GAP_EM: f32 = 2.5;
/// The same for text placed anew (`Td`, `Tm`, a new text object) rather
/// than moved on by a `TJ` adjustment: producers place table cells so, and
/// prose words rarely (a word space is a glyph, or a `TJ` adjustment).
/// LibreOffice's Calc cells can be as close as 0.9 em.
const PLACED_TAB_GAP_EM: f32 = 0.8;
/// Offset across the baseline (in ems) above which text is on a new line;
/// superscripts and subscripts move less.
const LINE_SHIFT_EM: f32 = 0.5;

/// Reads a PDF's text: one [`Part::Text`] with every page's text, each page
/// followed by a form feed, then a [`Part::Skipped`] for pages that have no
/// text layer (scans) or could not be read.
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    budget.check_time()?;
    let limit = usize::try_from(budget.limits.max_member_bytes)
        .unwrap_or(usize::MAX)
        .max(1);
    let objects = object_count(bytes);
    if objects > budget.limits.max_members {
        // lopdf holds every object in memory at once (about 1 KiB each
        // while loading): a million objects would take a gigabyte.
        return Err(Problem::budget(format!(
            "PDF has {objects} objects, more than {} (members per archive)",
            budget.limits.max_members
        )));
    }
    let doc = load(bytes, limit)?;
    budget.check_time()?;
    // A file cut short loses its cross-reference table, which lopdf
    // rebuilds from the objects left: the text is whole when nothing the
    // objects refer to went with it.
    // A file damaged otherwise has objects its table lists that lopdf
    // could not parse (and leaves out in silence).
    let missing = match doc.xref_recovery {
        Some(_) => missing_objects(&doc),
        None => unparsed_objects(&doc),
    };

    let pages: Vec<ObjectId> = match catch_unwind(AssertUnwindSafe(|| {
        doc.get_pages().into_values().collect::<Vec<_>>()
    })) {
        Ok(p) => p,
        Err(_) => return Err(Problem::corrupt("PDF parser failed")),
    };
    if pages.is_empty() {
        return Err(Problem::corrupt("PDF has no readable pages"));
    }

    let mut walker = Walker {
        doc: &doc,
        fonts: HashMap::new(),
        limit,
    };

    let total = pages.len();
    let mut text = String::new();
    let mut tally = Tally::default();
    let mut stop = None;
    for &page_id in &pages {
        if let Err(p) = budget.check_time() {
            stop = Some(p);
            break;
        }
        let outcome = {
            let budget: &Budget<'_> = budget;
            catch_unwind(AssertUnwindSafe(|| walker.page(page_id, budget)))
        };
        let mut page = match outcome {
            Ok(page) => page,
            Err(_) => {
                // The font cache may hold a half-built entry: start afresh.
                walker.fonts.clear();
                tally.failed += 1;
                text.push('\x0c');
                continue;
            }
        };
        // What the page inflated counts as inflated bytes of this file.
        if let Err(p) = budget.charge(page.inflated as u64, 0, None) {
            stop = Some(p);
            break;
        }
        if let Err(p) = budget.charge(page.out.len() as u64, text.len() as u64, None) {
            stop = Some(p);
            break;
        }
        match page.problem.take() {
            Some(p) if p.reason == SkipReason::Timeout => {
                text.push_str(&page.out);
                stop = Some(p);
                break;
            }
            Some(p) if p.reason == SkipReason::ArchiveBudget => tally.over_budget += 1,
            Some(_) => tally.failed += 1,
            // A page without text that draws an image is a scan; one that
            // draws none is blank (or vector art): nothing to read there.
            None if !page.shows_text && page.shows_image => tally.no_text += 1,
            None if !page.shows_text => {}
            None if page.out.trim().is_empty() => tally.undecodable += 1,
            None => {}
        }
        text.push_str(page.out.trim_end_matches([' ', '\t']));
        if !text.is_empty() && !text.ends_with(['\n', '\x0c']) {
            text.push('\n');
        }
        text.push('\x0c');
    }
    drop(walker);

    if text.chars().any(|c| !c.is_whitespace()) {
        visit(
            Part::Text {
                name: "",
                text: text.as_bytes(),
            },
            budget,
        )?;
    }
    let report = |n: usize, problem: fn(String) -> Problem, what: &str| {
        (n > 0).then(|| problem(format!("{n} of {total} pages {what}")))
    };
    let problems = [
        report(
            tally.no_text,
            Problem::unsupported,
            "have no text layer (no OCR)",
        ),
        report(
            tally.undecodable,
            Problem::unsupported,
            "show text in fonts that cannot be decoded",
        ),
        report(
            tally.over_budget,
            Problem::budget,
            "inflate past the member size limit (--max-member-size)",
        ),
        report(tally.failed, Problem::corrupt, "could not be read"),
        (missing > 0).then(|| {
            Problem::corrupt(format!(
                "PDF damaged: {missing} objects missing or unreadable"
            ))
        }),
    ];
    for problem in problems.into_iter().flatten() {
        visit(Part::Skipped { name: "", problem }, budget)?;
    }
    match stop {
        Some(p) => Err(p),
        None => Ok(()),
    }
}

/// How a zlib stream inflated.
enum Inflated {
    /// To its end, its checksum right.
    Whole,
    /// Not to its end, or to a wrong checksum: what came before the damage
    /// was kept.
    Damaged,
    /// Past the limit.
    OverLimit,
}

/// Appends to `out` what the zlib stream `data` inflates to, at most
/// `limit` bytes; a damaged stream keeps what inflates before its damage.
fn inflate_prefix(data: &[u8], limit: usize, out: &mut Vec<u8>) -> Inflated {
    let mut z = flate2::Decompress::new(true);
    let mut buf = [0u8; 8192];
    let start = out.len();
    loop {
        let before = (z.total_in(), z.total_out());
        let Some(input) = usize::try_from(z.total_in())
            .ok()
            .and_then(|i| data.get(i..))
        else {
            return Inflated::Damaged;
        };
        let status = z.decompress(input, &mut buf, flate2::FlushDecompress::None);
        let made = usize::try_from(z.total_out() - before.1).unwrap_or(usize::MAX);
        if out.len() - start + made > limit {
            return Inflated::OverLimit;
        }
        out.extend_from_slice(&buf[..made]);
        match status {
            Ok(flate2::Status::StreamEnd) => return Inflated::Whole,
            Ok(_) if (z.total_in(), z.total_out()) != before => {}
            _ => return Inflated::Damaged,
        }
    }
}

/// How many objects a PDF holds, counted in its bytes before lopdf loads
/// them: its indirect objects (`endobj`) and the members its object streams
/// declare (`/Type /ObjStm /N 120`).
fn object_count(bytes: &[u8]) -> u64 {
    let top = memchr::memmem::find_iter(bytes, b"endobj").count() as u64;
    let mut packed = 0u64;
    for at in memchr::memmem::find_iter(bytes, b"/ObjStm") {
        let window = &bytes[at.saturating_sub(512)..bytes.len().min(at + 512)];
        let declared = memchr::memmem::find_iter(window, b"/N").find_map(|p| {
            let rest = &window[p + 2..];
            let rest = &rest[rest.iter().take_while(|c| c.is_ascii_whitespace()).count()..];
            let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 || rest.len() < digits {
                return None;
            }
            std::str::from_utf8(&rest[..digits])
                .ok()?
                .parse::<u64>()
                .ok()
        });
        packed = packed.saturating_add(declared.unwrap_or(0));
    }
    top.saturating_add(packed)
}

/// How many objects the cross-reference table places in the file that
/// could not be parsed there.
fn unparsed_objects(doc: &Document) -> usize {
    doc.reference_table
        .entries
        .iter()
        .filter(|(&n, e)| match e {
            lopdf::xref::XrefEntry::Normal { generation, .. } => {
                !doc.objects.contains_key(&(n, *generation))
            }
            _ => false,
        })
        .count()
}

/// How many objects the document refers to but does not hold: what a file
/// cut short (its cross-reference table rebuilt from what is left) lost.
fn missing_objects(doc: &Document) -> usize {
    let mut missing = std::collections::BTreeSet::new();
    let mut stack: Vec<&Object> = Vec::new();
    for object in doc.objects.values() {
        stack.push(object);
        while let Some(o) = stack.pop() {
            match o {
                Object::Reference(id) if !doc.objects.contains_key(id) => {
                    missing.insert(*id);
                }
                Object::Array(items) => stack.extend(items.iter()),
                Object::Dictionary(d) => stack.extend(d.iter().map(|(_, v)| v)),
                Object::Stream(s) => stack.extend(s.dict.iter().map(|(_, v)| v)),
                _ => {}
            }
        }
    }
    missing.len()
}

/// Pages counted by what kept their text from being read.
#[derive(Default)]
struct Tally {
    no_text: usize,
    undecodable: usize,
    over_budget: usize,
    failed: usize,
}

/// Loads the document, decrypting it when the empty user password opens
/// it; every stream lopdf inflates while loading is bounded by `limit`.
fn load(bytes: &[u8], limit: usize) -> Result<Document, Problem> {
    let options = LoadOptions {
        max_decompressed_size: Some(limit),
        ..LoadOptions::default()
    };
    let loaded = catch_unwind(AssertUnwindSafe(|| {
        Document::load_mem_with_options(bytes, options)
    }));
    let declares_encryption = || memchr::memmem::find(bytes, b"/Encrypt").is_some();
    match loaded {
        Err(_) if declares_encryption() => Err(Problem::encrypted("PDF is encrypted")),
        Err(_) => Err(Problem::corrupt("PDF parser failed")),
        Ok(Err(e)) => Err(load_problem(&e, declares_encryption())),
        Ok(Ok(doc)) if doc.trailer.has(b"Encrypt") => {
            // lopdf removes /Encrypt once it has decrypted the objects: it
            // is still there when the empty password did not open the file.
            Err(Problem::encrypted("PDF is encrypted"))
        }
        Ok(Ok(doc)) => Ok(doc),
    }
}

/// The problem for a load error. Messages of lopdf errors that may quote
/// the file (dictionary keys, glyph names, syntax) are not passed on.
fn load_problem(e: &lopdf::Error, declares_encryption: bool) -> Problem {
    use lopdf::{DecompressError, Error};
    match e {
        Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
            Problem::budget("a PDF stream inflates past the member size limit (--max-member-size)")
        }
        Error::Decryption(_) | Error::InvalidPassword | Error::UnsupportedSecurityHandler(_) => {
            Problem::encrypted("PDF is encrypted")
        }
        _ if declares_encryption => Problem::encrypted("PDF is encrypted"),
        Error::Parse(p) => Problem::corrupt(format!("PDF cannot be parsed: {p}")),
        Error::Xref(x) => Problem::corrupt(format!("PDF cross-reference table: {x}")),
        Error::Decompress(_) => Problem::corrupt("PDF stream cannot be inflated"),
        Error::IO(io) => Problem::corrupt(format!("PDF cannot be read: {}", io.kind())),
        _ => Problem::corrupt("PDF structure cannot be read"),
    }
}

/// A 2-D affine matrix `[a b c d e f]` as PDF writes them (row vectors).
type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`: the matrix `m × n`.
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// A matrix from six operands, if they are six numbers.
fn matrix_of(operands: &[Object]) -> Option<Matrix> {
    if operands.len() < 6 {
        return None;
    }
    let mut m = [0.0; 6];
    for (slot, o) in m.iter_mut().zip(operands) {
        *slot = o.as_float().ok()?;
    }
    Some(m)
}

/// How a font's glyphs advance, in thousandths of an em.
enum Widths {
    /// A simple font's `/Widths` from `/FirstChar`.
    Simple {
        first: i64,
        widths: Vec<f32>,
        missing: f32,
    },
    /// A composite font's `/W` ranges (sorted by first code) and `/DW`.
    Cid {
        ranges: Vec<(u32, u32, f32)>,
        default: f32,
    },
    /// No widths in the file (one of the standard 14 fonts): the metrics of
    /// the closest standard font, by decoded character.
    Standard(&'static [u16; 95], f32),
}

/// What is needed of a font to decode and place its strings.
struct Font<'d> {
    /// Its `ToUnicode` CMap: what maps codes to text (ISO 32000-1,
    /// 9.10.2), and for subset fonts the only thing that does.
    unicode: Option<UnicodeMap>,
    /// Its encoding, as lopdf decodes it (WinAnsi, Standard,
    /// Differences), for codes the CMap does not map.
    encoding: Option<Encoding<'d>>,
    /// Two-byte codes (a composite, Type0 font).
    two_byte: bool,
    widths: Widths,
    /// Glyph space to text space, horizontally (Type3 fonts have their
    /// own; 1/1000 otherwise).
    scale: f32,
}

impl Font<'_> {
    /// The text of a shown string.
    fn decode(&self, s: &[u8]) -> String {
        let by_encoding = |bytes: &[u8]| match &self.encoding {
            Some(enc) => Document::decode_text(enc, bytes).unwrap_or_else(|_| latin1(bytes)),
            None if self.two_byte => String::new(),
            None => latin1(bytes),
        };
        match &self.unicode {
            Some(map) => map.decode(s, if self.two_byte { 2 } else { 1 }, &by_encoding),
            None => by_encoding(s),
        }
    }

    /// Advance of one code, in thousandths of an em (before `scale`).
    fn width(&self, code: u32) -> f32 {
        match &self.widths {
            Widths::Simple {
                first,
                widths,
                missing,
            } => i64::from(code)
                .checked_sub(*first)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| widths.get(i).copied())
                .unwrap_or(*missing),
            Widths::Cid { ranges, default } => {
                let i = ranges.partition_point(|r| r.0 <= code);
                match i.checked_sub(1).map(|i| ranges[i]) {
                    Some((_, last, w)) if code <= last => w,
                    _ => *default,
                }
            }
            Widths::Standard(table, other) => char_width(table, *other, code),
        }
    }
}

/// Width of a character in a standard-font table (indexed from U+0020).
fn char_width(table: &[u16; 95], other: f32, c: u32) -> f32 {
    c.checked_sub(0x20)
        .and_then(|i| table.get(i as usize))
        .map(|&w| f32::from(w))
        .unwrap_or(other)
}

/// Helvetica's advance widths for U+0020..=U+007E (Adobe AFM); also used
/// for Arial and as the estimate for any font without widths.
#[rustfmt::skip]
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/// Times-Roman's advance widths for U+0020..=U+007E (Adobe AFM).
#[rustfmt::skip]
const TIMES: [u16; 95] = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/// Courier: every glyph 600.
const COURIER: [u16; 95] = [600; 95];

/// Where the last shown text ended, in device space, and the font size
/// there.
#[derive(Clone, Copy)]
struct Pen {
    x: f32,
    y: f32,
    em: f32,
}

/// The text of one page and what was seen while making it.
#[derive(Default)]
struct PageText {
    out: String,
    pen: Option<Pen>,
    /// The next shown text starts a new line (`T*`, `'`, `"`).
    line_break: bool,
    /// The text position was set since the last shown text (not only moved
    /// on by `TJ` adjustments).
    placed: bool,
    /// Some text-showing operator showed a non-empty string.
    shows_text: bool,
    /// An image was drawn (what a scanned page is).
    shows_image: bool,
    /// Bytes inflated for the page (content streams and forms).
    inflated: usize,
    forms: usize,
    ops: usize,
    /// Why the page was not read to its end.
    problem: Option<Problem>,
    /// The page's content stream stopped parsing before its end.
    unparsed: bool,
}

impl PageText {
    fn push_sep(&mut self, sep: char) {
        match self.out.chars().next_back() {
            None => {}
            Some('\n') => {}
            Some(' ' | '\t') if sep == '\n' => {
                let trimmed = self.out.trim_end_matches([' ', '\t']).len();
                self.out.truncate(trimmed);
                if !self.out.is_empty() {
                    self.out.push('\n');
                }
            }
            Some(' ' | '\t') => {}
            Some(_) => self.out.push(sep),
        }
    }

    /// Appends decoded text, dropping what is not text (controls,
    /// unmapped glyphs) and spelling out ligatures.
    fn push_text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '\t' | '\n' | '\r' | '\u{a0}' | '\u{2000}'..='\u{200a}' => self.push_sep(' '),
                '\u{fb00}' => self.out.push_str("ff"),
                '\u{fb01}' => self.out.push_str("fi"),
                '\u{fb02}' => self.out.push_str("fl"),
                '\u{fb03}' => self.out.push_str("ffi"),
                '\u{fb04}' => self.out.push_str("ffl"),
                '\u{fb05}' | '\u{fb06}' => self.out.push_str("st"),
                ' ' => self.push_sep(' '),
                '\u{fffd}' | '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{feff}' => {}
                c if c.is_control() => {}
                c => self.out.push(c),
            }
        }
    }
}

/// Graphics and text state that `q`/`Q` save and restore.
#[derive(Clone)]
struct GState<'d> {
    ctm: Matrix,
    font: Option<Rc<Font<'d>>>,
    size: f32,
    char_space: f32,
    word_space: f32,
    /// Horizontal scaling as a factor (`Tz` / 100).
    hscale: f32,
    leading: f32,
}

impl GState<'_> {
    fn new(ctm: Matrix) -> Self {
        GState {
            ctm,
            font: None,
            size: 0.0,
            char_space: 0.0,
            word_space: 0.0,
            hscale: 1.0,
            leading: 0.0,
        }
    }
}

/// The text matrix and the line matrix of a text object.
struct TextPos {
    tm: Matrix,
    tlm: Matrix,
}

impl TextPos {
    /// `Td`: next line, offset from the start of the current one.
    fn next_line(&mut self, tx: f32, ty: f32) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.tlm);
        self.tm = self.tlm;
    }
}

/// Walks the pages of one document, caching decoded fonts across pages.
struct Walker<'d> {
    doc: &'d Document,
    /// Fonts by the address of their dictionary (stable while `doc` is
    /// borrowed).
    fonts: HashMap<usize, Rc<Font<'d>>>,
    /// Bytes one page may inflate (its content streams and forms).
    limit: usize,
}

impl<'d> Walker<'d> {
    /// The text of one page.
    fn page(&mut self, page_id: ObjectId, budget: &Budget<'_>) -> PageText {
        let mut page = PageText::default();
        let resources = self.page_resources(page_id);
        match self.page_content(page_id) {
            Ok((content, damaged)) => {
                page.inflated = content.len();
                let mut gs = GState::new(IDENTITY);
                if let Err(p) = self.run(&mut page, &content, &resources, &mut gs, 0, budget) {
                    page.problem = Some(p);
                } else if damaged || page.unparsed {
                    page.problem = Some(Problem::corrupt("page content damaged"));
                }
            }
            Err(p) => page.problem = Some(p),
        }
        if page.problem.as_ref().map(|p| p.reason) != Some(SkipReason::Timeout) {
            self.annotations(page_id, &mut page);
        }
        page
    }

    /// A page's content streams, inflated and joined by newlines, and
    /// whether one of them was damaged: missing (a file cut short) or not
    /// inflating to its end (a flipped bit), when what inflates before the
    /// damage is kept. lopdf's own `get_page_content` passes over both in
    /// silence (a missing stream is left out, a damaged one is handed back
    /// still compressed), and the page's text would be lost unreported.
    fn page_content(&self, page_id: ObjectId) -> Result<(Vec<u8>, bool), Problem> {
        let mut content = Vec::new();
        let mut damaged = false;
        for id in self.doc.get_page_contents(page_id) {
            let Ok(stream) = self.doc.get_object(id).and_then(Object::as_stream) else {
                damaged = true;
                continue;
            };
            let remaining = self.limit.saturating_sub(content.len());
            // A zlib stream is inflated here, its checksum checked: lopdf
            // does not check it, and a flipped bit in a content stream
            // inflates to text that is silently wrong from there on.
            let zlib = stream.filters().is_ok_and(|f| f == [b"FlateDecode"])
                && !stream.dict.has(b"DecodeParms");
            let at = content.len();
            match zlib.then(|| inflate_prefix(&stream.content, remaining, &mut content)) {
                Some(Inflated::Whole) => {}
                Some(Inflated::OverLimit) => return Err(over_limit()),
                Some(Inflated::Damaged) if content.len() > at => damaged = true,
                // Not zlib after all (or nothing inflated): lopdf's reading.
                Some(Inflated::Damaged) | None => {
                    match stream.decompressed_content_with_limit(remaining) {
                        Ok(data) => content.extend_from_slice(&data),
                        Err(lopdf::Error::Decompress(
                            lopdf::DecompressError::MemoryLimitExceeded { .. },
                        )) => return Err(over_limit()),
                        Err(_) => damaged = true,
                    }
                }
            }
            content.push(b'\n');
        }
        Ok((content, damaged))
    }

    /// The resource dictionaries of a page, nearest first.
    fn page_resources(&self, page_id: ObjectId) -> Vec<&'d Dictionary> {
        let mut out = Vec::new();
        if let Ok((direct, ids)) = self.doc.get_page_resources(page_id) {
            out.extend(direct);
            out.extend(
                ids.iter()
                    .filter_map(|id| self.doc.get_dictionary(*id).ok()),
            );
        }
        out
    }

    /// A named resource of a category (`Font`, `XObject`), with its id.
    fn resource(
        &self,
        resources: &[&'d Dictionary],
        category: &[u8],
        name: &[u8],
    ) -> Option<(Option<ObjectId>, &'d Object)> {
        resources.iter().find_map(|r| {
            let dict = r.get_deref(category, self.doc).ok()?.as_dict().ok()?;
            self.doc.dereference(dict.get(name).ok()?).ok()
        })
    }

    /// Runs one content stream (a page's or a form's).
    fn run(
        &mut self,
        page: &mut PageText,
        content: &[u8],
        resources: &[&'d Dictionary],
        gs: &mut GState<'d>,
        depth: usize,
        budget: &Budget<'_>,
    ) -> Result<(), Problem> {
        let mut stack: Vec<GState<'d>> = Vec::new();
        let mut pos = TextPos {
            tm: IDENTITY,
            tlm: IDENTITY,
        };
        // A stream that stops parsing keeps the operators before the error;
        // a page's own stream that stops is reported damaged.
        for op in Content::decode_iter(content) {
            let Ok(op) = op else {
                if depth == 0 {
                    page.unparsed = true;
                }
                break;
            };
            page.ops += 1;
            if page.ops.is_multiple_of(OPS_PER_TIME_CHECK) {
                budget.check_time()?;
            }
            let args = &op.operands;
            let num = |i: usize| args.get(i).and_then(|o| o.as_float().ok());
            match op.operator.as_str() {
                "q" if stack.len() < MAX_GSTATE_STACK => stack.push(gs.clone()),
                "Q" => {
                    if let Some(saved) = stack.pop() {
                        *gs = saved;
                    }
                }
                "cm" => {
                    if let Some(m) = matrix_of(args) {
                        gs.ctm = mul(&m, &gs.ctm);
                    }
                }
                "BT" => {
                    pos.tm = IDENTITY;
                    pos.tlm = IDENTITY;
                    page.placed = true;
                }
                "Tf" => {
                    gs.font = args
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|name| self.font(resources, name));
                    if let Some(size) = num(1) {
                        gs.size = size;
                    }
                }
                "Tc" => gs.char_space = num(0).unwrap_or(gs.char_space),
                "Tw" => gs.word_space = num(0).unwrap_or(gs.word_space),
                "Tz" => gs.hscale = num(0).map_or(gs.hscale, |z| z / 100.0),
                "TL" => gs.leading = num(0).unwrap_or(gs.leading),
                "Td" | "TD" => {
                    if let (Some(tx), Some(ty)) = (num(0), num(1)) {
                        if op.operator == "TD" {
                            gs.leading = -ty;
                        }
                        pos.next_line(tx, ty);
                        page.placed = true;
                    }
                }
                "Tm" => {
                    if let Some(m) = matrix_of(args) {
                        pos.tm = m;
                        pos.tlm = m;
                        page.placed = true;
                    }
                }
                "T*" => {
                    pos.next_line(0.0, -gs.leading);
                    page.line_break = true;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = args.first() {
                        self.show(page, gs, &mut pos, s);
                    }
                }
                "'" | "\"" => {
                    let s = if op.operator == "'" {
                        args.first()
                    } else {
                        gs.word_space = num(0).unwrap_or(gs.word_space);
                        gs.char_space = num(1).unwrap_or(gs.char_space);
                        args.get(2)
                    };
                    pos.next_line(0.0, -gs.leading);
                    page.line_break = true;
                    if let Some(Object::String(s, _)) = s {
                        self.show(page, gs, &mut pos, s);
                    }
                }
                "TJ" => {
                    let Some(Object::Array(items)) = args.first() else {
                        continue;
                    };
                    for item in items {
                        match item {
                            Object::String(s, _) => self.show(page, gs, &mut pos, s),
                            other => {
                                // Thousandths of an em, subtracted from the
                                // position: negative moves right.
                                if let Ok(adjust) = other.as_float() {
                                    let tx = -adjust / 1000.0 * gs.size * gs.hscale;
                                    pos.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &pos.tm);
                                }
                            }
                        }
                    }
                }
                "BI" => page.shows_image = true,
                "Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                        self.form(page, resources, gs, name, depth, budget)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Draws an XObject (`Do`): enters a form, notes an image.
    fn form(
        &mut self,
        page: &mut PageText,
        resources: &[&'d Dictionary],
        gs: &GState<'d>,
        name: &[u8],
        depth: usize,
        budget: &Budget<'_>,
    ) -> Result<(), Problem> {
        let Some((_, Object::Stream(stream))) = self.resource(resources, b"XObject", name) else {
            return Ok(());
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Form") => {}
            Ok(b"Image") => {
                page.shows_image = true;
                return Ok(());
            }
            _ => return Ok(()),
        }
        page.forms += 1;
        if page.forms > MAX_FORMS_PER_PAGE {
            return Ok(());
        }
        let remaining = self.limit.saturating_sub(page.inflated);
        let content = match stream.decompressed_content_with_limit(remaining) {
            Ok(c) => c,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(over_limit()),
            Err(_) => return Ok(()),
        };
        page.inflated += content.len();
        let mut inner: Vec<&'d Dictionary> = Vec::with_capacity(resources.len() + 1);
        if let Ok(Object::Dictionary(own)) = stream.dict.get_deref(b"Resources", self.doc) {
            inner.push(own);
        }
        // Old producers leave a form's resources to the page's.
        inner.extend_from_slice(resources);
        let mut form_gs = gs.clone();
        if let Ok(Object::Array(m)) = stream.dict.get_deref(b"Matrix", self.doc) {
            if let Some(m) = matrix_of(m) {
                form_gs.ctm = mul(&m, &gs.ctm);
            }
        }
        self.run(page, &content, &inner, &mut form_gs, depth + 1, budget)
    }

    /// Places and decodes one string of a text-showing operator.
    fn show(&self, page: &mut PageText, gs: &GState<'d>, pos: &mut TextPos, s: &[u8]) {
        if s.is_empty() {
            return;
        }
        page.shows_text = true;
        let trm = mul(&pos.tm, &gs.ctm);
        let size = gs.size.abs();
        // One em along and across the baseline, in device space.
        let along = (trm[0].hypot(trm[1]) * size * gs.hscale.abs()).max(1e-3);
        let across = (trm[2].hypot(trm[3]) * size).max(1e-3);
        let (x, y) = (trm[4], trm[5]);

        let decoded = match gs.font.as_deref() {
            Some(font) => font.decode(s),
            None => latin1(s),
        };

        if page.line_break {
            page.line_break = false;
            page.push_sep('\n');
        } else if let Some(pen) = page.pen {
            // Baseline direction in device space.
            let (ux, uy) = (trm[0] / trm[0].hypot(trm[1]), trm[1] / trm[0].hypot(trm[1]));
            let (dx, dy) = (x - pen.x, y - pen.y);
            let ahead = dx * ux + dy * uy;
            let off = -dx * uy + dy * ux;
            let line = across.max(pen.em);
            // NaN (a degenerate matrix) counts as another line.
            let same_line = off.abs() <= LINE_SHIFT_EM * line;
            let tab_gap = if page.placed {
                PLACED_TAB_GAP_EM
            } else {
                TAB_GAP_EM
            };
            if !same_line {
                page.push_sep('\n');
            } else if ahead > tab_gap * along {
                page.push_sep('\t');
            } else if ahead > SPACE_GAP_EM * along || ahead < -along {
                page.push_sep(' ');
            }
        }
        page.placed = false;
        page.push_text(&decoded);

        // Advance the text matrix by the string's width.
        let tx = self.advance(gs, s, &decoded);
        pos.tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &pos.tm);
        let end = mul(&pos.tm, &gs.ctm);
        page.pen = Some(Pen {
            x: end[4],
            y: end[5],
            em: across,
        });
    }

    /// Horizontal displacement of a string in text space (ISO 32000-1,
    /// 9.4.4): glyph widths, character and word spacing, scaling.
    fn advance(&self, gs: &GState<'d>, s: &[u8], decoded: &str) -> f32 {
        let Some(font) = gs.font.as_deref() else {
            let n = s.len() as f32;
            return (n * 0.5 * gs.size + n * gs.char_space) * gs.hscale;
        };
        let mut glyphs = 0.0f32;
        let mut codes = 0usize;
        let mut spaces = 0usize;
        if let Widths::Standard(table, other) = &font.widths {
            for c in decoded.chars() {
                glyphs += char_width(table, *other, c as u32);
            }
            codes = s.len();
            spaces = s.iter().filter(|&&b| b == b' ').count();
        } else if font.two_byte {
            for pair in s.chunks(2) {
                let code = pair.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
                glyphs += font.width(code);
                codes += 1;
            }
        } else {
            for &b in s {
                glyphs += font.width(u32::from(b));
                codes += 1;
                spaces += usize::from(b == b' ');
            }
        }
        (glyphs * font.scale * gs.size
            + codes as f32 * gs.char_space
            + spaces as f32 * gs.word_space)
            * gs.hscale
    }

    /// The font named in the resources, decoded once per document.
    fn font(&mut self, resources: &[&'d Dictionary], name: &[u8]) -> Option<Rc<Font<'d>>> {
        let (_, object) = self.resource(resources, b"Font", name)?;
        let dict = object.as_dict().ok()?;
        let key = dict as *const Dictionary as usize;
        if let Some(f) = self.fonts.get(&key) {
            return Some(Rc::clone(f));
        }
        let font = Rc::new(self.load_font(dict));
        self.fonts.insert(key, Rc::clone(&font));
        Some(font)
    }

    fn load_font(&self, dict: &'d Dictionary) -> Font<'d> {
        let doc = self.doc;
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let unicode = dict
            .get_deref(b"ToUnicode", doc)
            .ok()
            .and_then(|o| o.as_stream().ok())
            .and_then(|s| s.get_plain_content_with_limit(self.limit).ok())
            .map(|cmap| UnicodeMap::parse(&cmap))
            .filter(|m| !m.is_empty());
        let encoding = match dict.get_font_encoding_with_limit(doc, self.limit) {
            // lopdf reads a composite font's ToUnicode itself and falls back
            // to a one-byte encoding when it cannot: only the predefined
            // Unicode CMaps it decodes are of use.
            Ok(e @ Encoding::SimpleEncoding(b"UniGB-UCS2-H" | b"UniGB-UTF16-H")) => Some(e),
            Ok(_) if two_byte => None,
            Ok(e) => Some(e),
            Err(_) => None,
        };
        let num = |o: &Object| doc.dereference(o).ok().and_then(|(_, o)| o.as_float().ok());
        let array = |d: &'d Dictionary, key: &[u8]| -> Option<&'d Vec<Object>> {
            d.get_deref(key, doc).ok()?.as_array().ok()
        };

        let mut scale = 0.001;
        if subtype == b"Type3" {
            if let Some(m) = array(dict, b"FontMatrix")
                .and_then(|m| m.first())
                .and_then(num)
            {
                scale = m;
            }
        }

        let widths = if two_byte {
            let descendant = array(dict, b"DescendantFonts")
                .and_then(|a| a.first())
                .and_then(|o| doc.dereference(o).ok())
                .and_then(|(_, o)| o.as_dict().ok());
            let default = descendant
                .and_then(|d| d.get(b"DW").ok())
                .and_then(num)
                .unwrap_or(1000.0);
            let ranges = descendant
                .and_then(|d| array(d, b"W"))
                .map(|w| cid_widths(w, &num))
                .unwrap_or_default();
            Widths::Cid { ranges, default }
        } else if let Some(w) = array(dict, b"Widths") {
            let first = dict
                .get(b"FirstChar")
                .ok()
                .and_then(num)
                .map_or(0, |f| f as i64);
            let missing = dict
                .get_deref(b"FontDescriptor", doc)
                .ok()
                .and_then(|d| d.as_dict().ok())
                .and_then(|d| d.get(b"MissingWidth").ok())
                .and_then(num)
                .unwrap_or(0.0);
            let widths = w.iter().map(|o| num(o).unwrap_or(missing)).collect();
            Widths::Simple {
                first,
                widths,
                missing,
            }
        } else {
            let base = dict
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .unwrap_or(b"");
            let base = String::from_utf8_lossy(base);
            if base.contains("Courier") || base.contains("Mono") {
                Widths::Standard(&COURIER, 600.0)
            } else if base.contains("Times") || base.contains("Serif") {
                Widths::Standard(&TIMES, 500.0)
            } else {
                Widths::Standard(&HELVETICA, 556.0)
            }
        };
        Font {
            unicode,
            encoding,
            two_byte,
            widths,
            scale,
        }
    }

    /// Form field values and comments, each on its own line after the
    /// page's text: filled-in forms keep their values there, not in the
    /// page content.
    fn annotations(&self, page_id: ObjectId, page: &mut PageText) {
        let Ok(annots) = self.doc.get_page_annotations(page_id) else {
            return;
        };
        for a in annots.into_iter().take(MAX_ANNOTS_PER_PAGE) {
            let subtype = a.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
            let (label, value) = match subtype {
                b"Widget" => {
                    // A widget holds its field's value or sits under it.
                    let chain = self.field_chain(a);
                    let value = chain.iter().find_map(|d| self.text_string(d, b"V"));
                    let label = chain.iter().find_map(|d| {
                        self.text_string(d, b"TU")
                            .or_else(|| self.text_string(d, b"T"))
                    });
                    (label, value)
                }
                b"Link" | b"Popup" => continue,
                _ => (None, self.text_string(a, b"Contents")),
            };
            let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            page.pen = None;
            page.push_sep('\n');
            if let Some(label) = label.filter(|l| !l.trim().is_empty()) {
                page.push_text(&label);
                page.out.push_str(": ");
            }
            for (i, line) in value.split(['\r', '\n']).enumerate() {
                if i > 0 {
                    page.push_sep('\n');
                }
                page.push_text(line);
            }
        }
    }

    /// A widget and the fields above it, nearest first.
    fn field_chain(&self, widget: &'d Dictionary) -> Vec<&'d Dictionary> {
        let mut chain = vec![widget];
        let mut current = widget;
        while chain.len() < 16 {
            let Some(parent) = current
                .get_deref(b"Parent", self.doc)
                .ok()
                .and_then(|o| o.as_dict().ok())
            else {
                break;
            };
            chain.push(parent);
            current = parent;
        }
        chain
    }

    /// A text string entry of a dictionary, decoded.
    fn text_string(&self, d: &Dictionary, key: &[u8]) -> Option<String> {
        let o = d.get_deref(key, self.doc).ok()?;
        lopdf::decode_text_string(o).ok()
    }
}

/// `/W` of a CIDFont: `c [w1 w2 …]` or `c_first c_last w`, as sorted
/// ranges.
fn cid_widths(w: &[Object], num: &dyn Fn(&Object) -> Option<f32>) -> Vec<(u32, u32, f32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let Some(first) = num(&w[i]).map(|f| f as u32) else {
            break;
        };
        match w.get(i + 1) {
            Some(Object::Array(list)) => {
                for (k, item) in list.iter().enumerate() {
                    if let Some(width) = num(item) {
                        let code = first.saturating_add(k as u32);
                        out.push((code, code, width));
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(width)) = (num(last), w.get(i + 2).and_then(num)) else {
                    break;
                };
                out.push((first, last as u32, width));
                i += 3;
            }
            None => break,
        }
    }
    out.sort_by_key(|r| r.0);
    out
}

/// A `ToUnicode` CMap (ISO 32000-1, 9.10.3), read leniently: producers
/// write them in many layouts, and lopdf's own reader rejects those that
/// stray from the usual one, which would cost a subset font all its text.
#[derive(Default)]
struct UnicodeMap {
    /// Code space ranges: low and high bytes, and the code length.
    spaces: Vec<(Vec<u8>, Vec<u8>)>,
    /// `bfchar` entries by (length, code).
    chars: HashMap<(usize, u32), String>,
    /// `bfrange` entries: length, first and last code, target; sorted by
    /// first code.
    ranges: Vec<(usize, u32, u32, RangeTarget)>,
}

/// What a `bfrange` maps to.
enum RangeTarget {
    /// UTF-16 units for the first code; the last unit counts up.
    Offset(Vec<u16>),
    /// One text per code.
    List(Vec<String>),
}

/// Entries a CMap may declare at most (a CMap maps at most 2^16 codes in
/// practice).
const MAX_CMAP_ENTRIES: usize = 1 << 18;

/// PostScript tokens of a CMap.
enum Token<'a> {
    Hex(Vec<u8>),
    Word(&'a [u8]),
    Open,
    Close,
}

fn cmap_tokens(data: &[u8]) -> impl Iterator<Item = Token<'_>> {
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let c = *data.get(i)?;
        match c {
            b'%' => {
                while data.get(i).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let end = data[i..].iter().position(|&c| c == b'>').map(|p| i + p);
                let body = &data[i + 1..end.unwrap_or(data.len())];
                i = end.map_or(data.len(), |e| e + 1);
                let digits: Vec<u8> = body
                    .iter()
                    .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
                    .collect();
                let bytes = digits
                    .chunks(2)
                    .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
                    .collect();
                return Some(Token::Hex(bytes));
            }
            b'[' => {
                i += 1;
                return Some(Token::Open);
            }
            b']' => {
                i += 1;
                return Some(Token::Close);
            }
            b'(' => {
                // A literal string: skipped (with nesting and escapes).
                let mut depth = 0usize;
                while let Some(&c) = data.get(i) {
                    i += 1;
                    match c {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                return Some(Token::Word(b"()"));
            }
            c if c.is_ascii_whitespace() || c == 0 => i += 1,
            _ => {
                let start = i;
                i += 1;
                while data.get(i).is_some_and(|&c| {
                    !c.is_ascii_whitespace() && !b"<>[]()%/".contains(&c) && c != 0
                }) {
                    i += 1;
                }
                return Some(Token::Word(&data[start..i]));
            }
        }
    })
}

fn code_of(bytes: &[u8]) -> Option<(usize, u32)> {
    (1..=4).contains(&bytes.len()).then(|| {
        (
            bytes.len(),
            bytes.iter().fold(0u32, |a, &b| a << 8 | u32::from(b)),
        )
    })
}

impl UnicodeMap {
    fn parse(data: &[u8]) -> UnicodeMap {
        let mut map = UnicodeMap::default();
        let mut tokens = cmap_tokens(data).peekable();
        // The next token if it is a hex string; anything else is left for
        // the outer loop (an `end…` keyword, the next section).
        fn hex<'a>(
            t: &mut std::iter::Peekable<impl Iterator<Item = Token<'a>>>,
        ) -> Option<Vec<u8>> {
            match t.next_if(|t| matches!(t, Token::Hex(_)))? {
                Token::Hex(h) => Some(h),
                _ => None,
            }
        }
        let mut entries = 0usize;
        while let Some(t) = tokens.next() {
            let Token::Word(word) = t else {
                continue;
            };
            match word {
                b"begincodespacerange" => {
                    while let (Some(lo), Some(hi)) = (hex(&mut tokens), hex(&mut tokens)) {
                        if lo.len() == hi.len()
                            && (1..=4).contains(&lo.len())
                            && map.spaces.len() < 256
                        {
                            map.spaces.push((lo, hi));
                        }
                    }
                }
                b"beginbfchar" => {
                    while let (Some(src), Some(dst)) = (hex(&mut tokens), hex(&mut tokens)) {
                        entries += 1;
                        if entries > MAX_CMAP_ENTRIES {
                            break;
                        }
                        if let Some(code) = code_of(&src) {
                            map.chars
                                .insert(code, utf16_lossy(utf16_units(&dst, true, true)));
                        }
                    }
                }
                b"beginbfrange" => {
                    while let (Some(lo), Some(hi)) = (hex(&mut tokens), hex(&mut tokens)) {
                        let (Some((len, lo)), Some((_, hi))) = (code_of(&lo), code_of(&hi)) else {
                            continue;
                        };
                        entries += 1;
                        if entries > MAX_CMAP_ENTRIES {
                            break;
                        }
                        let target = match tokens
                            .next_if(|t| matches!(t, Token::Hex(_) | Token::Open))
                        {
                            Some(Token::Hex(dst)) => {
                                RangeTarget::Offset(utf16_units(&dst, true, true).collect())
                            }
                            Some(Token::Open) => {
                                let mut list = Vec::new();
                                for t in tokens.by_ref() {
                                    match t {
                                        Token::Hex(dst) if list.len() < MAX_CMAP_ENTRIES => {
                                            list.push(utf16_lossy(utf16_units(&dst, true, true)))
                                        }
                                        Token::Hex(_) => {}
                                        _ => break,
                                    }
                                }
                                RangeTarget::List(list)
                            }
                            _ => break,
                        };
                        if lo <= hi {
                            map.ranges.push((len, lo, hi, target));
                        }
                    }
                }
                _ => {}
            }
            if entries > MAX_CMAP_ENTRIES {
                break;
            }
        }
        map.ranges.sort_by_key(|r| r.1);
        map
    }

    fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.ranges.is_empty()
    }

    /// Text for one code, if mapped.
    fn lookup(&self, len: usize, code: u32) -> Option<String> {
        if let Some(s) = self.chars.get(&(len, code)) {
            return Some(s.clone());
        }
        let end = self.ranges.partition_point(|r| r.1 <= code);
        // Ranges rarely overlap: a few candidates below `code` suffice.
        for (l, lo, hi, target) in self.ranges[..end].iter().rev().take(8) {
            if *l != len || code > *hi {
                continue;
            }
            let k = code - lo;
            return match target {
                RangeTarget::Offset(units) => {
                    let mut units = units.clone();
                    if let Some(last) = units.last_mut() {
                        *last = last.wrapping_add(k as u16);
                    }
                    Some(utf16_lossy(units))
                }
                RangeTarget::List(list) => list.get(k as usize).cloned(),
            };
        }
        None
    }

    /// Length of the code starting at `bytes`: by the code space ranges,
    /// else the font's usual length.
    fn code_len(&self, bytes: &[u8], usual: usize) -> usize {
        let in_space = self.spaces.iter().find(|(lo, hi)| {
            bytes.len() >= lo.len() && (0..lo.len()).all(|i| lo[i] <= bytes[i] && bytes[i] <= hi[i])
        });
        in_space.map_or(usual, |(lo, _)| lo.len()).min(bytes.len())
    }

    /// Decodes a string; codes the map lacks go to `fallback` (the font's
    /// encoding).
    fn decode(&self, s: &[u8], usual: usize, fallback: &dyn Fn(&[u8]) -> String) -> String {
        let mut out = String::new();
        let mut i = 0;
        while i < s.len() {
            let len = self.code_len(&s[i..], usual).max(1);
            let code = &s[i..i + len];
            match code_of(code).and_then(|(l, c)| self.lookup(l, c)) {
                Some(text) => out.push_str(&text),
                None => out.push_str(&fallback(code)),
            }
            i += len;
        }
        out
    }
}

/// Bytes as Latin-1, for strings in no known font.
fn latin1(s: &[u8]) -> String {
    s.iter().map(|&b| char::from(b)).collect()
}

fn over_limit() -> Problem {
    Problem::budget("page content inflates past the member size limit (--max-member-size)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::ArchiveLimits;
    use lopdf::{dictionary, Stream};
    use std::sync::atomic::AtomicU64;

    /// A part as (kind, name, text or problem detail).
    type Got = (String, String, String);

    /// What `read` yields, and its result.
    fn run_with(bytes: &[u8], limits: ArchiveLimits) -> (Vec<Got>, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(limits, &scan);
        let mut parts = Vec::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            parts.push(match part {
                Part::Raw { name, bytes } => (
                    "raw".into(),
                    name.into(),
                    String::from_utf8_lossy(bytes).into_owned(),
                ),
                Part::Text { name, text } => (
                    "text".into(),
                    name.into(),
                    String::from_utf8(text.to_vec()).expect("utf-8"),
                ),
                Part::Skipped { name, problem } => ("skipped".into(), name.into(), problem.detail),
            });
            Ok(())
        });
        (parts, r)
    }

    fn run(bytes: &[u8]) -> (Vec<Got>, Result<(), Problem>) {
        run_with(bytes, ArchiveLimits::default())
    }

    fn text_of(parts: &[Got]) -> String {
        parts
            .iter()
            .filter(|p| p.0 == "text")
            .map(|p| p.2.clone())
            .collect()
    }

    /// A document with one page per content stream (raw operators), using
    /// Helvetica as `/F1`; `compress` deflates the content streams.
    fn document(pages: &[&str], compress: bool) -> Document {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let image_id = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => 1,
                "Height" => 1,
                "ColorSpace" => "DeviceGray",
                "BitsPerComponent" => 8,
            },
            vec![0x80],
        ));
        let kids: Vec<Object> = pages
            .iter()
            .map(|content| {
                let stream = if compress {
                    use std::io::Write;
                    let mut z =
                        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                    z.write_all(content.as_bytes()).unwrap();
                    Stream::new(
                        dictionary! { "Filter" => "FlateDecode" },
                        z.finish().unwrap(),
                    )
                } else {
                    Stream::new(dictionary! {}, content.as_bytes().to_vec())
                };
                let contents_id = doc.add_object(stream);
                Object::Reference(doc.add_object(dictionary! {
                    "Type" => "Page",
                    "Parent" => pages_id,
                    "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
                    "Resources" => dictionary! {
                        "Font" => dictionary! { "F1" => font_id },
                        "XObject" => dictionary! { "Im1" => image_id },
                    },
                    "Contents" => contents_id,
                }))
            })
            .collect();
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
        );
        let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog_id);
        doc
    }

    fn save(doc: &mut Document) -> Vec<u8> {
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    const PAGE1: &str = "BT /F1 12 Tf 72 720 Td (Patient: John Smith  SSN 212-09-1234) Tj \
        0 -14 Td (DOB 01/02/1960) Tj T* ET \
        BT /F1 12 Tf 72 692 Td (Seen by ) Tj (Dr. Jones) Tj ET";
    /// A scanned page: an image, no text.
    const PAGE2: &str = "q 612 0 0 792 0 0 cm /Im1 Do Q";
    /// A blank page: vector art only.
    const BLANK: &str = "0.5 g 0 0 100 100 re f";
    const PAGE3: &str =
        "BT /F1 10 Tf 14 TL 72 700 Td (MRN 123456) Tj T* (Phone 555-123-4567) Tj ET";

    #[test]
    fn pages_lines_and_form_feeds() {
        for compress in [false, true] {
            let bytes = save(&mut document(&[PAGE1, PAGE2, PAGE3, BLANK], compress));
            let (parts, r) = run(&bytes);
            r.unwrap();
            let text = text_of(&parts);
            assert_eq!(
                text,
                "Patient: John Smith SSN 212-09-1234\nDOB 01/02/1960\nSeen by Dr. Jones\n\x0c\
                 \x0c\
                 MRN 123456\nPhone 555-123-4567\n\x0c\
                 \x0c",
                "compress={compress}"
            );
            assert_eq!(parts[0].1, "");
            let skipped: Vec<_> = parts.iter().filter(|p| p.0 == "skipped").collect();
            assert_eq!(skipped.len(), 1, "{parts:?}");
            assert_eq!(skipped[0].1, "");
            assert_eq!(skipped[0].2, "1 of 4 pages have no text layer (no OCR)");
        }
    }

    #[test]
    fn tj_kerning_joins_and_separates() {
        // Small kerning keeps the number whole; a large negative adjustment
        // is a word gap.
        let page =
            "BT /F1 12 Tf 72 720 Td [(212-0) 12 (9-) -20 (1234) -3000 (John) -250 (Smith)] TJ ET";
        let bytes = save(&mut document(&[page], true));
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&parts), "212-09-1234\tJohn Smith\n\x0c");
    }

    #[test]
    fn pieces_placed_side_by_side_are_joined_by_position() {
        // Two operators on one baseline: the second starts where the first
        // ended (joined), then one a word gap further (space); then a new
        // baseline (new line).
        let w = |s: &str| -> f32 {
            s.chars()
                .map(|c| char_width(&HELVETICA, 556.0, c as u32))
                .sum::<f32>()
                * 12.0
                / 1000.0
        };
        let x2 = 72.0 + w("212-09-");
        let x3 = x2 + w("1234") + 3.0;
        let page = format!(
            "BT /F1 12 Tf 72 720 Td (212-09-) Tj ET BT /F1 12 Tf {x2} 720 Td (1234) Tj ET \
             BT /F1 12 Tf {x3} 720 Td (Smith) Tj ET BT /F1 12 Tf 72 700 Td (next) Tj ET"
        );
        let bytes = save(&mut document(&[&page], false));
        let (parts, _) = run(&bytes);
        assert_eq!(text_of(&parts), "212-09-1234 Smith\nnext\n\x0c");
    }

    /// A TrueType subset font as LibreOffice writes it: codes 1..n, widths,
    /// a ToUnicode CMap, and (here, to check ToUnicode wins) a misleading
    /// /Encoding.
    #[test]
    fn subset_font_with_tounicode() {
        let mut doc = document(
            &["BT /F2 12 Tf 72 720 Td <0102030405> Tj [<06>-30<07>] TJ ET"],
            true,
        );
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n\
            1 begincodespacerange <00> <FF> endcodespacerange\n\
            5 beginbfchar <01> <004A> <02> <006F> <03> <0068> <04> <006E> <05> <0020> endbfchar\n\
            1 beginbfrange <06> <07> <0041> endbfrange\n\
            endcmap CMapName currentdict /CMap defineresource pop end end"
            .to_vec();
        let cmap_id = doc.add_object(Stream::new(dictionary! {}, cmap));
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "TrueType",
            "BaseFont" => "BAAAAA+LiberationSerif",
            "FirstChar" => 0,
            "LastChar" => 7,
            "Widths" => vec![0.into(), 400.into(), 500.into(), 500.into(), 500.into(), 250.into(), 700.into(), 700.into()],
            "Encoding" => "WinAnsiEncoding",
            "ToUnicode" => cmap_id,
        });
        let page_id = doc.get_pages()[&1];
        let page = doc.get_dictionary_mut(page_id).unwrap();
        page.set(
            "Resources",
            dictionary! { "Font" => dictionary! { "F2" => font_id } },
        );
        let bytes = save(&mut doc);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&parts), "John AB\n\x0c");
    }

    /// A composite (Type0, Identity-H) font as LibreOffice writes it for
    /// text beyond its simple fonts: two-byte codes, `/W` widths, ToUnicode.
    #[test]
    fn composite_font_two_byte_codes() {
        let mut doc = document(
            &["BT /F3 10 Tf 72 720 Td <00010002> Tj <0003> Tj ET \
               BT /F3 10 Tf 100 720 Td <0001> Tj ET"],
            false,
        );
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
            3 beginbfchar <0001> <0416> <0002> <0438> <0003> <0442> endbfchar\n\
            endcmap CMapName currentdict /CMap defineresource pop end end"
            .to_vec();
        let cmap_id = doc.add_object(Stream::new(dictionary! {}, cmap));
        let cid_id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "BaseFont" => "CAAAAA+DejaVuSans",
            "DW" => 1000,
            "W" => vec![1.into(), vec![700.into(), 500.into(), 500.into()].into()],
        });
        let font_id = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type0",
            "BaseFont" => "CAAAAA+DejaVuSans",
            "Encoding" => "Identity-H",
            "DescendantFonts" => vec![Object::Reference(cid_id)],
            "ToUnicode" => cmap_id,
        });
        let page_id = doc.get_pages()[&1];
        doc.get_dictionary_mut(page_id).unwrap().set(
            "Resources",
            dictionary! { "Font" => dictionary! { "F3" => font_id } },
        );
        let bytes = save(&mut doc);
        let (parts, r) = run(&bytes);
        r.unwrap();
        // 72 + (0.7 + 0.5 + 0.5) * 10 = 89: the third glyph joins, the
        // last one (at 100, 1.1 em further) is a placed column.
        assert_eq!(
            text_of(&parts),
            "\u{416}\u{438}\u{442}\t\u{416}\n\x0c",
            "{parts:?}"
        );
    }

    #[test]
    fn tounicode_cmaps_in_other_layouts() {
        // Comments, line breaks anywhere, no dictionary preamble, ranges
        // with arrays, a ligature to two characters, a surrogate pair.
        let cmap = b"%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n\
            begincmap\n2 begincodespacerange\n<00>\n<7F>\n<8000> <FFFF>\nendcodespacerange\n\
            2 beginbfchar <41>\n<0053> <42> <00660069> endbfchar\n\
            beginbfrange <30> <39> <0030>\n<8001> <8003> [<0416> <0438> <D83DDE00>]\n\
            endbfrange endcmap";
        let map = UnicodeMap::parse(cmap);
        let fallback = |b: &[u8]| format!("?{}", b.len());
        assert_eq!(
            map.decode(b"AB2127\x80\x01\x80\x03\x80\x09C", 1, &fallback),
            "Sfi2127\u{416}\u{1F600}?2?1"
        );
        // Garbage neither panics nor maps anything.
        for junk in [
            &b"<<<<[[[(((\\"[..],
            b"beginbfrange <01> <00> [",
            b"beginbfchar <> <>",
        ] {
            let _ = UnicodeMap::parse(junk).decode(b"\x00\x01\x02", 2, &fallback);
        }
    }

    #[test]
    fn form_xobjects_and_form_fields_are_read() {
        let mut doc = document(&["q 1 0 0 1 0 -100 cm /X1 Do Q"], false);
        let page_id = doc.get_pages()[&1];
        let font_id = doc
            .get_dictionary(page_id)
            .unwrap()
            .get(b"Resources")
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"Font")
            .unwrap()
            .clone();
        let form = Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
                "Resources" => dictionary! { "Font" => font_id },
            },
            b"BT /F1 12 Tf 72 720 Td (Inside the form) Tj ET".to_vec(),
        );
        let form_id = doc.add_object(form);
        let field_id = doc.add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "Widget",
            "FT" => "Tx",
            "T" => Object::string_literal("SSN"),
            "V" => Object::string_literal("212-09-1234"),
            "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
        });
        let page = doc.get_dictionary_mut(page_id).unwrap();
        let res = page.get_mut(b"Resources").unwrap().as_dict_mut().unwrap();
        res.set("XObject", dictionary! { "X1" => form_id });
        page.set("Annots", vec![Object::Reference(field_id)]);
        let bytes = save(&mut doc);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&parts), "Inside the form\nSSN: 212-09-1234\n\x0c");
    }

    #[test]
    fn encrypted_with_a_user_password_is_reported() {
        let mut doc = document(&[PAGE3], false);
        doc.trailer.set(
            "ID",
            Object::Array(vec![
                Object::string_literal(b"0123456789abcdef".to_vec()),
                Object::string_literal(b"fedcba9876543210".to_vec()),
            ]),
        );
        let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "secret",
            key_length: 128,
            permissions: lopdf::Permissions::all(),
        })
        .unwrap();
        doc.encrypt(&state).unwrap();
        let bytes = save(&mut doc);
        assert!(memchr::memmem::find(&bytes, b"MRN").is_none());
        let (parts, r) = run(&bytes);
        let e = r.unwrap_err();
        assert_eq!(e.reason, SkipReason::Encrypted, "{e:?}");
        assert!(text_of(&parts).is_empty());
    }

    #[test]
    fn encrypted_with_an_empty_user_password_is_read() {
        let mut doc = document(&[PAGE3], false);
        doc.trailer.set(
            "ID",
            Object::Array(vec![
                Object::string_literal(b"0123456789abcdef".to_vec()),
                Object::string_literal(b"fedcba9876543210".to_vec()),
            ]),
        );
        let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner",
            user_password: "",
            key_length: 128,
            permissions: lopdf::Permissions::all(),
        })
        .unwrap();
        doc.encrypt(&state).unwrap();
        let bytes = save(&mut doc);
        assert!(memchr::memmem::find(&bytes, b"MRN").is_none());
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&parts), "MRN 123456\nPhone 555-123-4567\n\x0c");
    }

    #[test]
    fn handcrafted_encrypt_trailer_is_reported() {
        let bytes = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n\
            3 0 obj << /Filter /Standard /V 1 /R 2 /O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) \
            /U (yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy) /P -4 >> endobj\n\
            trailer << /Root 1 0 R /Encrypt 3 0 R /ID [(a) (b)] >>\n%%EOF\n";
        let (_, r) = run(bytes);
        assert_eq!(r.unwrap_err().reason, SkipReason::Encrypted);
    }

    #[test]
    fn page_content_over_the_member_limit_is_a_budget_problem() {
        let big = format!("BT /F1 12 Tf 72 720 Td ({}) Tj ET", "A".repeat(300_000));
        let bytes = save(&mut document(&[PAGE3, &big], true));
        let (parts, r) = run_with(
            &bytes,
            ArchiveLimits {
                max_member_bytes: 100_000,
                ..ArchiveLimits::default()
            },
        );
        // The page within the limit is read; the other is reported.
        r.unwrap();
        assert_eq!(text_of(&parts), "MRN 123456\nPhone 555-123-4567\n\x0c\x0c");
        let skipped: Vec<_> = parts.iter().filter(|p| p.0 == "skipped").collect();
        assert_eq!(skipped.len(), 1, "{parts:?}");
        assert_eq!(
            skipped[0].2,
            "1 of 2 pages inflate past the member size limit (--max-member-size)"
        );
    }

    #[test]
    fn garbage_is_corrupt() {
        let (parts, r) = run(b"%PDF-1.7\nthis is not a pdf at all");
        assert!(parts.is_empty());
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
    }

    #[test]
    fn prefixes_and_bit_flips_never_panic() {
        const FUZZ: usize = 600;
        let base = save(&mut document(&[PAGE1, PAGE2, PAGE3], true));
        let plain = save(&mut document(&[PAGE1, PAGE3], false));
        for bytes in [&base, &plain] {
            for end in (0..bytes.len()).step_by(7) {
                let _ = run(&bytes[..end]);
            }
        }
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..FUZZ {
            let mut b = if i % 2 == 0 {
                plain.clone()
            } else {
                base.clone()
            };
            for _ in 0..1 + next() % 8 {
                let i = (next() % b.len() as u64) as usize;
                b[i] ^= 1 << (next() % 8);
            }
            let _ = run(&b);
        }
        for _ in 0..FUZZ / 3 {
            let mut b = b"%PDF-1.4\n".to_vec();
            b.extend((0..next() % 2000).map(|_| next() as u8));
            let _ = run(&b);
        }
    }
}
