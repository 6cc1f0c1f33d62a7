//! Markup: RTF, HTML and generic XML turned into plain text to scan, one
//! [`Part::Text`] named `""` per document. Markup hides values from the
//! scanner (`212-09-\'2d1234`, `&#50;12-09-1234`, `<td>` cells), so each
//! reader strips the syntax, decodes escapes and keeps the layout that gives
//! values their context: lines, and tables as TSV (cells by `\t`, rows by
//! `\n`) so a header row labels the cells below it.
//!
//! The readers are linear in the input, bounded in depth and lenient: a
//! damaged document yields the text read before the damage, then the
//! problem. Produced text is charged to the [`Budget`] as it grows.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::text::cp1252;
use super::{Budget, Part, Problem, Visit};

/// Deepest nesting of RTF groups or XML elements whose state is kept on a
/// stack. Deeper ones are still read, with a level count only (so a
/// hostile file cannot grow a stack without bound, yet its text is
/// scanned): an XML element deeper than this is read as inline text (no
/// label of its own), an RTF group inherits its parent's state and gives
/// back only whether text is skipped.
const MAX_DEPTH: usize = 1000;

/// Produced text is charged to the budget in steps of this many bytes.
const CHARGE_STEP: usize = 64 << 10;

/// Loop steps between two clock checks.
const TIME_STEP: u32 = 1 << 14;

/// Longest element or attribute name written as a label in XML text: names
/// are context for the scanner, and a cap keeps a document of long names
/// and tiny values from multiplying its size.
const MAX_LABEL: usize = 64;

/// Reads an RTF document's text: groups, control words and escapes decoded
/// (`\'e9` as Windows-1252, `\uN` with its `\ucN` fallback skipped),
/// metadata and binary destinations (font and colour tables, styles,
/// `\info`, pictures, `{\*\...}`) skipped, paragraphs as lines and tables as
/// TSV. Groups nested deeper than [`MAX_DEPTH`] are read with a level
/// count instead of a stack.
pub fn read_rtf(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut out = Out::new(bytes.len());
    let r = rtf_into(bytes, &mut out, budget);
    out.finish(r, budget, visit)
}

/// Reads an HTML page's text: tags stripped, entities decoded, `<script>`,
/// `<style>` and comments dropped, block elements as lines and tables as
/// TSV; the `value` of `<input>` elements is text too (a filled-in form).
/// Bytes are UTF-8 where valid, else Windows-1252: it never fails.
pub fn read_html(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let text = decode_lossy(bytes);
    let mut out = Out::new(bytes.len());
    let r = Html::new(&mut out).run(&text, Some(budget));
    out.finish(r, budget, visit)
}

/// The text of an HTML fragment (an e-mail body), as [`read_html`] reads
/// it, for readers that scan it together with their own text. Not charged
/// to a budget: the caller charges what it builds from it.
pub(crate) fn html_to_text(bytes: &[u8]) -> String {
    let text = decode_lossy(bytes);
    let mut out = Out::new(bytes.len());
    // Without a budget nothing can fail.
    let _ = Html::new(&mut out).run(&text, None);
    out.text
}

/// Reads a generic XML document (CDA is read elsewhere, for its structure):
/// each element's own text becomes a line `localName: text` and each
/// attribute a line `name: value`, because the element name is the context
/// that says what a value is (`<PatientSSN>`). Entities are decoded; an XML
/// error stops the read as corrupt, keeping the text read before it.
pub fn read_xml(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let text = decode_lossy(bytes);
    let mut out = Out::new(bytes.len());
    let r = xml_into(&text, &mut out, budget);
    out.finish(r, budget, visit)
}

/// Text being produced, charged to the budget as it grows.
struct Out {
    text: String,
    /// Bytes of `text` already charged.
    charged: usize,
    /// Size of the markup the text comes from (for the ratio check).
    source_len: u64,
    /// A charge failed: nothing more may be charged or produced.
    failed: bool,
}

impl Out {
    fn new(source_len: usize) -> Out {
        Out {
            text: String::new(),
            charged: 0,
            source_len: source_len as u64,
            failed: false,
        }
    }

    /// Charges what was produced since the last charge, once it is worth a
    /// call.
    fn charge_step(&mut self, budget: &mut Budget<'_>) -> Result<(), Problem> {
        if self.text.len() >= self.charged + CHARGE_STEP {
            self.charge(budget)
        } else {
            Ok(())
        }
    }

    fn charge(&mut self, budget: &mut Budget<'_>) -> Result<(), Problem> {
        let n = self.text.len().saturating_sub(self.charged);
        if n == 0 {
            return Ok(());
        }
        match budget.charge(n as u64, self.charged as u64, Some(self.source_len)) {
            Ok(()) => {
                self.charged += n;
                Ok(())
            }
            Err(p) => {
                self.failed = true;
                Err(p)
            }
        }
    }

    /// Charges the rest, hands the text that was paid for to `visit`, and
    /// returns the reader's outcome `r` (or the budget's problem).
    fn finish(
        mut self,
        r: Result<(), Problem>,
        budget: &mut Budget<'_>,
        visit: &mut Visit<'_>,
    ) -> Result<(), Problem> {
        let mut r = r;
        if !self.failed {
            if let Err(p) = self.charge(budget) {
                if r.is_ok() {
                    r = Err(p);
                }
            }
        }
        let mut keep = self.charged.min(self.text.len());
        while !self.text.is_char_boundary(keep) {
            keep -= 1;
        }
        self.text.truncate(keep);
        if self.text.chars().any(|c| !c.is_whitespace()) {
            visit(
                Part::Text {
                    name: "",
                    text: self.text.as_bytes(),
                },
                budget,
            )?;
        }
        r
    }
}

// ---------------------------------------------------------------------------
// Characters and entities

/// `bytes` as UTF-8 where valid, each invalid byte read as Windows-1252
/// (legacy pages and documents), without a leading byte-order mark. Markup
/// is ASCII, so scanning the result byte by byte for `<`, `&` or `\` is
/// safe and every such position is a character boundary.
fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let mut s = String::with_capacity(bytes.len() + bytes.len() / 2);
    for chunk in bytes.utf8_chunks() {
        s.push_str(chunk.valid());
        s.extend(chunk.invalid().iter().map(|&b| cp1252(b)));
    }
    Cow::Owned(s)
}

/// Entity names for U+00A0..=U+00FF, in code point order.
const LATIN1_NAMES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// U+00A0..=U+00FF, two UTF-8 bytes each, so entity `i` of
/// [`LATIN1_NAMES`] is `LATIN1[2 * i..2 * i + 2]`.
const LATIN1: &str = "\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";

/// Named entities beyond Latin-1 that documents commonly use.
const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("bull", "•"),
    ("hellip", "…"),
    ("trade", "™"),
    ("euro", "€"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("permil", "‰"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("OElig", "Œ"),
    ("oelig", "œ"),
    ("Scaron", "Š"),
    ("scaron", "š"),
    ("Yuml", "Ÿ"),
    ("fnof", "ƒ"),
    ("circ", "ˆ"),
    ("tilde", "˜"),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("zwnj", ""),
    ("zwj", ""),
    ("lrm", ""),
    ("rlm", ""),
];

/// What a named entity stands for. A no-break space is read as a plain
/// space and a soft hyphen as nothing, so `212&nbsp;09` and `212-&shy;09`
/// reach the scanner as ordinary text.
fn entity(name: &str) -> Option<&'static str> {
    match name {
        "nbsp" => return Some(" "),
        "shy" => return Some(""),
        _ => {}
    }
    if let Some((_, v)) = ENTITIES.iter().find(|(n, _)| *n == name) {
        return Some(v);
    }
    LATIN1_NAMES
        .iter()
        .position(|n| *n == name)
        .map(|i| &LATIN1[2 * i..2 * i + 2])
}

/// The character of a numeric character reference, as browsers read it:
/// 0x80..=0x9F as Windows-1252, invalid code points as U+FFFD.
fn char_ref(n: u32) -> char {
    match n {
        0 => '\u{FFFD}',
        0x80..=0x9F => cp1252(n as u8),
        0xA0 => ' ',
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

/// What an entity reference decodes to.
enum Repl {
    Char(char),
    Str(&'static str),
}

/// Decodes the HTML entity reference at `b[i] == b'&'`: the replacement
/// and the index after it, or `None` when it is not one (then `&` is text).
/// The `;` is optional, as browsers accept for legacy pages.
fn html_entity(b: &[u8], i: usize) -> Option<(Repl, usize)> {
    let mut j = i + 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
        let radix = if matches!(b.get(j), Some(b'x' | b'X')) {
            j += 1;
            16
        } else {
            10
        };
        let start = j;
        let mut v: u32 = 0;
        while let Some(d) = b.get(j).and_then(|&c| char::from(c).to_digit(radix)) {
            v = v.saturating_mul(radix).saturating_add(d);
            j += 1;
        }
        if j == start {
            return None;
        }
        if b.get(j) == Some(&b';') {
            j += 1;
        }
        return Some((Repl::Char(char_ref(v)), j));
    }
    let start = j;
    while j < b.len() && j - start < 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let name = std::str::from_utf8(&b[start..j]).ok()?;
    let v = entity(name)?;
    if b.get(j) == Some(&b';') {
        j += 1;
    }
    Some((Repl::Str(v), j))
}

// ---------------------------------------------------------------------------
// RTF

/// Destinations whose content is not document text: tables of fonts,
/// colours, styles, lists and revisions, document metadata (`\info`:
/// author, title, ...), pictures, embedded object data, field instructions,
/// bookmarks and shape properties.
const RTF_SKIP: &[&[u8]] = &[
    b"fonttbl",
    b"colortbl",
    b"stylesheet",
    b"info",
    b"pict",
    b"listtable",
    b"listoverridetable",
    b"revtbl",
    b"rsidtbl",
    b"filetbl",
    b"fldinst",
    b"datafield",
    b"themedata",
    b"colorschememapping",
    b"latentstyles",
    b"datastore",
    b"xmlnstbl",
    b"generator",
    b"pgdsctbl",
    b"sp",
    b"objdata",
    b"objclass",
    b"objname",
    b"bkmkstart",
    b"bkmkend",
    b"fontemb",
    b"fontfile",
    b"falt",
    b"panose",
    b"mmathPr",
    b"userprops",
    b"docvar",
    b"template",
    b"listpicture",
    b"nonshppict",
    b"shppict",
    b"blipuid",
    b"wgrffmtfilter",
    b"defchp",
    b"defpap",
];

/// `{\*\dest ...}` destinations that hold document text and are kept:
/// comments (annotations), nested table rows and text-box shapes.
const RTF_STARRED_TEXT: &[&[u8]] = &[b"annotation", b"nesttableprops", b"shpinst", b"shptxt"];

/// State an RTF group inherits from its parent and restores on `}`.
#[derive(Debug, Clone, Copy)]
struct RtfGroup {
    /// Inside a destination whose content is not text.
    skip: bool,
    /// Fallback characters after `\uN` (`\ucN`).
    uc: u32,
    /// The paragraph is in a table cell: line breaks are spaces there.
    intbl: bool,
}

/// The RTF reader's output side.
struct RtfText<'o> {
    out: &'o mut Out,
    /// Fallback characters still to skip after a `\uN`.
    skip: u32,
    /// A UTF-16 high surrogate from `\uN` waiting for its low half.
    high: Option<u32>,
}

impl RtfText<'_> {
    /// Writes `c` unless it is a `\uN` fallback or in a skipped group.
    fn text(&mut self, g: &RtfGroup, c: char) {
        if self.skip > 0 {
            self.skip -= 1;
        } else if !g.skip {
            self.high = None;
            self.out.text.push(c);
        }
    }

    /// Ends a table row: the last cell's `\t` becomes the line break.
    fn row(&mut self, g: &RtfGroup) {
        if !g.skip {
            if self.out.text.ends_with('\t') {
                self.out.text.pop();
            }
            self.out.text.push('\n');
        }
    }

    /// `\uN`: a signed 16-bit UTF-16 unit; pairs of surrogates combine.
    fn unicode(&mut self, g: &RtfGroup, n: i64) {
        let n = if n < 0 { n + 0x10000 } else { n };
        let Ok(n) = u32::try_from(n) else { return };
        let c = match n {
            0xD800..=0xDBFF => {
                self.high = Some(n);
                return;
            }
            0xDC00..=0xDFFF => match self.high.take() {
                Some(h) => char::from_u32(0x10000 + ((h - 0xD800) << 10) + (n - 0xDC00)),
                None => None,
            },
            0 => None,
            _ => char::from_u32(n),
        };
        if let Some(c) = c {
            if !g.skip {
                self.out.text.push(c);
            }
        }
    }
}

/// The value of a hexadecimal digit.
fn hex(c: u8) -> Option<u8> {
    char::from(c).to_digit(16).map(|d| d as u8)
}

/// [`read_rtf`]'s scanner: one pass over the bytes.
fn rtf_into(b: &[u8], out: &mut Out, budget: &mut Budget<'_>) -> Result<(), Problem> {
    let n = b.len();
    let mut stack: Vec<RtfGroup> = Vec::new();
    let mut g = RtfGroup {
        skip: false,
        uc: 1,
        intbl: false,
    };
    let mut w = RtfText {
        out,
        skip: 0,
        high: None,
    };
    // `\*` was just read: the next destination is optional.
    let mut star = false;
    // Groups open past MAX_DEPTH, counted, not stacked; whether text was
    // skipped at the deepest stacked group when the first of them opened;
    // and the level (in that count) whose group started skipping text
    // there, so closing it gives the text back.
    let mut deeper = 0usize;
    let mut cap_skip = false;
    let mut skip_from: Option<usize> = None;
    let mut started = false;
    let mut steps = 0u32;
    let mut i = 0;
    while i < n {
        steps = steps.wrapping_add(1);
        if steps.is_multiple_of(TIME_STEP) {
            budget.check_time()?;
        }
        w.out.charge_step(budget)?;
        let c = b[i];
        i += 1;
        match c {
            b'{' if stack.len() >= MAX_DEPTH => {
                if deeper == 0 {
                    cap_skip = g.skip;
                }
                if g.skip != cap_skip && skip_from.is_none() {
                    skip_from = Some(deeper);
                }
                deeper += 1;
                w.skip = 0;
                star = false;
            }
            b'{' => {
                stack.push(g);
                started = true;
                w.skip = 0;
                star = false;
            }
            b'}' if deeper > 0 => {
                if g.skip != cap_skip && skip_from.is_none_or(|l| l == deeper) {
                    g.skip = cap_skip;
                    skip_from = None;
                }
                deeper -= 1;
                w.skip = 0;
                star = false;
            }
            b'}' => {
                if let Some(parent) = stack.pop() {
                    g = parent;
                }
                w.skip = 0;
                star = false;
                if started && stack.is_empty() {
                    break;
                }
            }
            b'\r' | b'\n' => {}
            b'\\' => {
                let Some(&c) = b.get(i) else { break };
                if c.is_ascii_alphabetic() {
                    let start = i;
                    while i < n && b[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    let word = &b[start..i];
                    let neg =
                        b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if neg {
                        i += 1;
                    }
                    let mut param = None;
                    if b.get(i).is_some_and(u8::is_ascii_digit) {
                        let mut v: i64 = 0;
                        while i < n && b[i].is_ascii_digit() {
                            v = (v * 10 + i64::from(b[i] - b'0')).min(1 << 40);
                            i += 1;
                        }
                        param = Some(if neg { -v } else { v });
                    }
                    if b.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    if word == b"bin" {
                        // Binary data: skipped whole, bounded by the input.
                        let len = param.unwrap_or(0).clamp(0, (n - i) as i64);
                        i += len as usize;
                        continue;
                    }
                    if w.skip > 0 {
                        // A control word standing in for a `\uN` character.
                        w.skip -= 1;
                        continue;
                    }
                    if std::mem::take(&mut star) && !RTF_STARRED_TEXT.contains(&word) {
                        g.skip = true;
                    }
                    rtf_word(&mut w, &mut g, word, param);
                } else {
                    i += 1;
                    let mut byte = None;
                    if c == b'\'' {
                        if let (Some(h), Some(l)) = (
                            b.get(i).copied().and_then(hex),
                            b.get(i + 1).copied().and_then(hex),
                        ) {
                            byte = Some(h * 16 + l);
                            i += 2;
                        }
                    }
                    if w.skip > 0 {
                        w.skip -= 1;
                        continue;
                    }
                    match c {
                        b'\'' => {
                            if let Some(v) = byte {
                                w.text(&g, cp1252(v));
                            }
                        }
                        b'\\' | b'{' | b'}' => w.text(&g, char::from(c)),
                        b'~' => w.text(&g, ' '),
                        b'_' => w.text(&g, '-'),
                        b'\t' => w.text(&g, '\t'),
                        b'\n' | b'\r' => w.text(&g, if g.intbl { ' ' } else { '\n' }),
                        b'*' => star = true,
                        // `\-` (optional hyphen), `\|`, `\:`, ...: nothing.
                        _ => {}
                    }
                }
            }
            b'\t' => w.text(&g, '\t'),
            0..=0x1F | 0x7F => {}
            _ => w.text(&g, cp1252(c)),
        }
    }
    Ok(())
}

/// Acts on one RTF control word (outside `\uN` fallback).
fn rtf_word(w: &mut RtfText<'_>, g: &mut RtfGroup, word: &[u8], param: Option<i64>) {
    match word {
        b"par" | b"line" | b"sect" | b"page" | b"softline" => {
            w.text(g, if g.intbl { ' ' } else { '\n' });
        }
        b"tab" | b"cell" | b"nestcell" => w.text(g, '\t'),
        b"row" | b"nestrow" => w.row(g),
        b"intbl" => g.intbl = true,
        b"pard" => g.intbl = false,
        b"uc" => g.uc = param.unwrap_or(1).clamp(0, 16) as u32,
        b"u" => {
            if let Some(v) = param {
                w.unicode(g, v);
                w.skip = g.uc;
            }
        }
        b"emdash" => w.text(g, '—'),
        b"endash" => w.text(g, '–'),
        b"bullet" => w.text(g, '•'),
        b"lquote" => w.text(g, '‘'),
        b"rquote" => w.text(g, '’'),
        b"ldblquote" => w.text(g, '“'),
        b"rdblquote" => w.text(g, '”'),
        b"emspace" | b"enspace" | b"qmspace" => w.text(g, ' '),
        _ if RTF_SKIP.contains(&word) => g.skip = true,
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// HTML

/// Elements that break lines (start and end tags alike).
const HTML_BLOCK: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"body",
    b"br",
    b"caption",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"dir",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"head",
    b"header",
    b"hr",
    b"html",
    b"legend",
    b"li",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"option",
    b"p",
    b"section",
    b"summary",
    b"tbody",
    b"tfoot",
    b"thead",
    b"title",
    b"ul",
];

/// Longest tag name told apart; longer names are unknown elements.
const TAG_NAME: usize = 12;

/// A lower-cased tag name.
struct TagName {
    buf: [u8; TAG_NAME],
    len: usize,
}

impl TagName {
    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Reads the tag name starting at `b[i]`: the name and the index after it.
fn tag_name(b: &[u8], mut i: usize) -> (TagName, usize) {
    let mut name = TagName {
        buf: [0; TAG_NAME],
        len: 0,
    };
    let mut too_long = false;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b':' | b'_')) {
        if name.len < TAG_NAME {
            name.buf[name.len] = b[i].to_ascii_lowercase();
            name.len += 1;
        } else {
            too_long = true;
        }
        i += 1;
    }
    if too_long {
        name.len = 0;
    }
    (name, i)
}

/// The index after the next `>` at or after `i` (the end when none).
fn skip_to_gt(b: &[u8], i: usize) -> usize {
    let i = i.min(b.len());
    memchr::memchr(b'>', &b[i..]).map_or(b.len(), |k| i + k + 1)
}

/// Reads a start tag's attributes from `b[i]` to its `>`: the index after
/// the tag, and the span of its `value` attribute when `want_value`.
fn attributes(b: &[u8], mut i: usize, want_value: bool) -> (usize, Option<(usize, usize)>) {
    let n = b.len();
    let mut value = None;
    loop {
        while i < n && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return (n, value);
        }
        if b[i] == b'>' {
            return (i + 1, value);
        }
        let name_start = i;
        i += 1;
        while i < n && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let is_value = want_value && b[name_start..i].eq_ignore_ascii_case(b"value");
        while i < n && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < n && b[i] == b'=' {
            i += 1;
            while i < n && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let span = if i < n && matches!(b[i], b'"' | b'\'') {
                let start = i + 1;
                let end = memchr::memchr(b[i], &b[start..]).map_or(n, |k| start + k);
                i = (end + 1).min(n);
                (start, end)
            } else {
                let start = i;
                while i < n && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                (start, i)
            };
            if is_value {
                value = Some(span);
            }
        }
    }
}

/// The HTML reader's state.
struct Html<'o> {
    out: &'o mut Out,
    /// Open `<pre>`-like elements: whitespace is kept inside them.
    pre: u32,
    /// Inside a table cell: line breaks are spaces there.
    in_cell: bool,
    /// Cells started in the current row.
    cells: u32,
}

impl<'o> Html<'o> {
    fn new(out: &'o mut Out) -> Self {
        Html {
            out,
            pre: 0,
            in_cell: false,
            cells: 0,
        }
    }

    fn text(&mut self) -> &mut String {
        &mut self.out.text
    }

    /// A collapsible space: written unless the text already ends in
    /// whitespace (or is empty).
    fn space(&mut self) {
        if self
            .out
            .text
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, ' ' | '\n' | '\t'))
        {
            self.text().push(' ');
        }
    }

    fn trim_spaces(&mut self) {
        let keep = self.out.text.trim_end_matches(' ').len();
        self.text().truncate(keep);
    }

    fn line_break(&mut self) {
        self.trim_spaces();
        if !self.out.text.is_empty() && !self.out.text.ends_with('\n') {
            self.text().push('\n');
        }
    }

    /// A block boundary: a line break, or a space inside a table cell so
    /// the row stays one line.
    fn block(&mut self) {
        if self.in_cell {
            self.space();
        } else {
            self.line_break();
        }
    }

    fn row_end(&mut self) {
        self.in_cell = false;
        self.cells = 0;
        self.line_break();
    }

    fn cell_start(&mut self) {
        if self.cells > 0 {
            self.trim_spaces();
            self.text().push('\t');
        } else {
            self.line_break();
        }
        self.cells = self.cells.saturating_add(1);
        self.in_cell = true;
    }

    fn char(&mut self, c: char) {
        if c == '\u{A0}' || (c.is_whitespace() && self.pre == 0) {
            self.space();
        } else if c != '\r' {
            self.text().push(c);
        }
    }

    fn repl(&mut self, r: Repl) {
        match r {
            Repl::Char(c) => self.char(c),
            Repl::Str(s) => s.chars().for_each(|c| self.char(c)),
        }
    }

    /// Writes text `s` (no tags in it), decoding entities.
    fn decoded(&mut self, s: &str) {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'&' {
                match html_entity(b, i) {
                    Some((r, j)) => {
                        self.repl(r);
                        i = j;
                    }
                    None => {
                        self.char('&');
                        i += 1;
                    }
                }
                continue;
            }
            let end = memchr::memchr(b'&', &b[i..]).map_or(b.len(), |k| i + k);
            s[i..end].chars().for_each(|c| self.char(c));
            i = end;
        }
    }

    fn run(mut self, s: &str, mut budget: Option<&mut Budget<'_>>) -> Result<(), Problem> {
        let b = s.as_bytes();
        let n = b.len();
        let mut steps = 0u32;
        let mut i = 0;
        while i < n {
            steps = steps.wrapping_add(1);
            if let Some(budget) = budget.as_deref_mut() {
                if steps.is_multiple_of(TIME_STEP) {
                    budget.check_time()?;
                }
                self.out.charge_step(budget)?;
            }
            if b[i] == b'<' {
                i = self.tag(s, i);
            } else {
                let end = memchr::memchr(b'<', &b[i..]).map_or(n, |k| i + k);
                self.decoded(&s[i..end]);
                i = end;
            }
        }
        Ok(())
    }

    /// Reads the markup at `b[i] == b'<'`; returns the index after it.
    fn tag(&mut self, s: &str, i: usize) -> usize {
        let b = s.as_bytes();
        match b.get(i + 1).copied() {
            Some(b'!') => {
                if b[i..].starts_with(b"<!--") {
                    memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |k| i + 4 + k + 3)
                } else {
                    skip_to_gt(b, i + 2)
                }
            }
            Some(b'?') => skip_to_gt(b, i + 2),
            Some(b'/') => {
                if b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) {
                    let (name, j) = tag_name(b, i + 2);
                    self.end_tag(name.as_bytes());
                    skip_to_gt(b, j)
                } else {
                    skip_to_gt(b, i + 2)
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, j) = tag_name(b, i + 1);
                let name = name.as_bytes();
                let (j, value) = attributes(b, j, name == b"input");
                self.start_tag(name);
                if let Some((vs, ve)) = value {
                    self.space();
                    self.decoded(&s[vs..ve]);
                    self.space();
                }
                if name == b"script" || name == b"style" {
                    raw_text_end(b, j, name)
                } else {
                    j
                }
            }
            _ => {
                self.char('<');
                i + 1
            }
        }
    }

    fn start_tag(&mut self, name: &[u8]) {
        match name {
            b"tr" | b"table" => self.row_end(),
            b"td" | b"th" => self.cell_start(),
            b"pre" | b"listing" | b"textarea" => {
                if name != b"textarea" {
                    self.block();
                }
                self.pre = self.pre.saturating_add(1);
            }
            _ if HTML_BLOCK.contains(&name) => self.block(),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        match name {
            b"td" | b"th" => self.in_cell = false,
            b"tr" | b"table" => self.row_end(),
            b"pre" | b"listing" | b"textarea" => {
                self.pre = self.pre.saturating_sub(1);
                if name != b"textarea" {
                    self.block();
                }
            }
            _ if HTML_BLOCK.contains(&name) => self.block(),
            _ => {}
        }
    }
}

/// Where the raw text of a `<script>` or `<style>` starting at `i` ends:
/// at its `</name`, or the end of the page.
fn raw_text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(k) = memchr::memchr(b'<', &b[i.min(b.len())..]) {
        let p = i + k;
        let tail = &b[p + 1..];
        if tail.first() == Some(&b'/')
            && tail.len() > name.len()
            && tail[1..=name.len()].eq_ignore_ascii_case(name)
        {
            return p;
        }
        i = p + 1;
    }
    b.len()
}

// ---------------------------------------------------------------------------
// XML

/// `name` cut to at most [`MAX_LABEL`] bytes on a character boundary.
fn label(name: &str) -> &str {
    if name.len() <= MAX_LABEL {
        return name;
    }
    let mut end = MAX_LABEL;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

/// Writes `label: value` as a line when the trimmed value is not empty.
fn xml_line(out: &mut String, label: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    if !label.is_empty() {
        out.push_str(label);
        out.push_str(": ");
    }
    out.push_str(value);
    out.push('\n');
}

/// Writes a start tag's attributes, one `name: value` line each (namespace
/// declarations left out: they are URIs, not content).
fn xml_attributes(e: &BytesStart<'_>, out: &mut String) {
    // Without checks: the duplicate check is quadratic in the attributes.
    for a in e.attributes().with_checks(false) {
        let Ok(a) = a else { break };
        let key: &str = a.key.as_ref();
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let raw: &str = &a.value;
        let value = quick_xml::escape::unescape_with(raw, entity).unwrap_or(Cow::Borrowed(raw));
        xml_line(out, label(a.key.local_name().as_ref()), &value);
    }
}

/// The text of the element being read, waiting for its end.
#[derive(Default)]
struct Pending {
    text: String,
    /// It holds something other than whitespace.
    has_text: bool,
    /// It ends with a space added at an inline element boundary.
    soft: bool,
}

impl Pending {
    fn push_str(&mut self, s: &str) {
        if self.soft && s.starts_with(char::is_whitespace) {
            self.text.pop();
        }
        self.soft = false;
        self.has_text |= s.chars().any(|c| !c.is_whitespace());
        self.text.push_str(s);
    }

    fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// A boundary of an inline element: words on either side stay apart.
    fn soft_space(&mut self) {
        if self.text.ends_with(|c: char| !c.is_whitespace()) {
            self.text.push(' ');
            self.soft = true;
        }
    }

    /// Writes the text as a line labelled `label` and starts afresh.
    fn flush(&mut self, out: &mut String, label: &str) {
        xml_line(out, label, &self.text);
        *self = Pending::default();
    }
}

/// [`read_xml`]'s event loop. An element whose text is only whitespace
/// before its first child (a record: `<patient><ssn>...`) gets a line of
/// its own text, and each child its own label. Once an element has text,
/// the elements inside it are inline (prose: `<p>Seen <b>John</b> today`)
/// and their text joins its line, so a label is written at most once per
/// element and the text cannot grow much beyond the document.
fn xml_into(s: &str, out: &mut Out, budget: &mut Budget<'_>) -> Result<(), Problem> {
    let mut reader = Reader::from_str(s);
    crate::extract::xml::lenient_xml(reader.config_mut());
    // Names of the open labelled elements, end to end. Each open element
    // is `Some(start of its name)` when labelled, `None` when inline;
    // labelled elements are never inside inline ones, so the innermost
    // labelled element's name is `names[start..]`.
    let mut names = String::new();
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut pending = Pending::default();
    let mut steps = 0u32;
    // Elements open past MAX_DEPTH: counted, read as inline text.
    let mut deeper = 0usize;
    loop {
        steps = steps.wrapping_add(1);
        if steps.is_multiple_of(TIME_STEP) {
            budget.check_time()?;
        }
        out.charge_step(budget)?;
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(_) => {
                let current = open.iter().rev().find_map(|o| *o).unwrap_or(names.len());
                pending.flush(&mut out.text, &names[current..]);
                return Err(Problem::corrupt(format!(
                    "xml syntax error at byte {}",
                    reader.error_position()
                )));
            }
        };
        let inline = matches!(open.last(), Some(None)) || pending.has_text;
        match event {
            Event::Start(e) if open.len() >= MAX_DEPTH => {
                deeper += 1;
                pending.soft_space();
                xml_attributes(&e, &mut out.text);
            }
            Event::End(_) if deeper > 0 => {
                deeper -= 1;
                pending.soft_space();
            }
            Event::Start(e) => {
                if inline {
                    pending.soft_space();
                    open.push(None);
                } else {
                    pending = Pending::default();
                    open.push(Some(names.len()));
                    names.push_str(label(e.local_name().as_ref()));
                }
                xml_attributes(&e, &mut out.text);
            }
            Event::Empty(e) => {
                if inline {
                    pending.soft_space();
                }
                xml_attributes(&e, &mut out.text);
            }
            Event::End(_) => match open.pop() {
                Some(Some(start)) => {
                    pending.flush(&mut out.text, &names[start..]);
                    names.truncate(start);
                }
                Some(None) => pending.soft_space(),
                None => {}
            },
            Event::Text(t) => pending.push_str(&t.xml10_content()),
            Event::CData(t) => pending.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = if r.is_char_ref() {
                    match r.resolve_char_ref() {
                        Ok(Some('\u{A0}')) => Some(Repl::Char(' ')),
                        Ok(Some(c)) => Some(Repl::Char(c)),
                        _ => None,
                    }
                } else {
                    entity(&r).map(Repl::Str)
                };
                match resolved {
                    Some(Repl::Char(c)) => pending.push(c),
                    Some(Repl::Str(v)) => pending.push_str(v),
                    None => {
                        pending.push_str("&");
                        pending.push_str(&r);
                        pending.push_str(";");
                    }
                }
            }
            Event::Eof => {
                let current = open.iter().rev().find_map(|o| *o).unwrap_or(names.len());
                pending.flush(&mut out.text, &names[current..]);
                return Ok(());
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::noise;
    use crate::extract::container::ArchiveLimits;
    use std::sync::atomic::AtomicU64;

    type Reader = fn(&[u8], &mut Budget<'_>, &mut Visit<'_>) -> Result<(), Problem>;

    /// Runs `read` and returns its text parts joined, and its outcome.
    fn run(read: Reader, bytes: &[u8]) -> (String, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        let mut text = String::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            match part {
                Part::Text { name, text: t } => {
                    assert_eq!(name, "");
                    text.push_str(std::str::from_utf8(t).expect("utf-8"));
                }
                other => panic!("unexpected part {other:?}"),
            }
            Ok(())
        });
        (text, r)
    }

    fn text(read: Reader, bytes: &[u8]) -> String {
        let (t, r) = run(read, bytes);
        r.expect("read");
        t
    }

    #[test]
    fn latin1_table_is_in_code_point_order() {
        for (i, name) in LATIN1_NAMES.iter().enumerate() {
            let want = char::from_u32(0xA0 + i as u32).unwrap().to_string();
            assert_eq!(&LATIN1[2 * i..2 * i + 2], want, "{name}");
        }
        assert_eq!(entity("eacute"), Some("é"));
        assert_eq!(entity("Eacute"), Some("É"));
        assert_eq!(entity("yuml"), Some("ÿ"));
        assert_eq!(cp1252(0x80), '€');
        assert_eq!(cp1252(0x9F), 'Ÿ');
        assert_eq!(cp1252(0xE9), 'é');
    }

    #[test]
    fn rtf_text_escapes_and_destinations() {
        let rtf = br"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}
{\stylesheet{\s0 Normal;}}{\info{\author Dr Secret}{\title Hidden Title}}
{\*\generator Riched20;}\pard\f0\fs20 Patient: Ren\'e9e Dupont\par
Price: \u8364?5\par
SSN: 212-09-\b 1234\b0\par
Tab\tab here\line next\~word\-s\_x {\*\unknowndest hidden}\par
{\pict\wmetafile8 0123456789abcdef}Esc \{braces\} \\ back\par
Emoji \u-10179?\u-8704?\par
\uc2\u8364\'80\'80 euro2\par
}";
        let t = text(read_rtf, rtf);
        assert!(t.contains("Patient: Renée Dupont\n"), "{t:?}");
        assert!(t.contains("Price: €5\n"), "{t:?}");
        assert!(t.contains("SSN: 212-09-1234\n"), "{t:?}");
        assert!(t.contains("Tab\there\nnext words-x \n"), "{t:?}");
        assert!(t.contains("Esc {braces} \\ back\n"), "{t:?}");
        assert!(t.contains("€ euro2\n"), "{t:?}");
        assert!(t.contains("Emoji 😀\n"), "{t:?}");
        for hidden in [
            "Arial", "Secret", "Hidden", "Riched", "hidden", "0123", "Normal",
        ] {
            assert!(!t.contains(hidden), "{hidden} in {t:?}");
        }
    }

    #[test]
    fn rtf_soft_hyphen_and_nonbreaking_symbols() {
        let t = text(read_rtf, br"{\rtf1 a\~b c\-d e\_f}");
        assert_eq!(t, "a b cd e-f");
    }

    #[test]
    fn rtf_table_becomes_tsv() {
        let rtf = br"{\rtf1\ansi
\trowd\cellx1000\cellx2000\cellx3000
\pard\intbl Name\cell SSN\cell MRN\cell\row
\trowd\cellx1000\cellx2000\cellx3000
\pard\intbl John\par Smith\cell 212-09-1234\cell \cell\row
\pard After table\par}";
        let t = text(read_rtf, rtf);
        assert_eq!(
            t,
            "Name\tSSN\tMRN\nJohn Smith\t212-09-1234\t\nAfter table\n"
        );
    }

    #[test]
    fn rtf_bin_and_deep_groups() {
        let rtf = br"{\rtf1 before\bin7 {}{}\\x after}".to_vec();
        assert_eq!(text(read_rtf, &rtf), "before after");
    }

    /// Issue 17: groups nested past MAX_DEPTH stopped the read as corrupt,
    /// losing the text inside and after them. They are read with a level
    /// count: their text is kept, an optional destination opened down
    /// there is skipped until its group closes, and the text after is read.
    #[test]
    fn rtf_groups_past_the_depth_cap_keep_their_text_and_skipped_destinations() {
        let levels = 100_000;
        let mut rtf = b"{\\rtf1 kept ".to_vec();
        rtf.extend(std::iter::repeat_n(b'{', levels));
        rtf.extend_from_slice(b"deep {\\*\\secret {hidden} hidden} {shown}");
        rtf.extend(std::iter::repeat_n(b'}', levels));
        rtf.extend_from_slice(b" after}");
        let (t, r) = run(read_rtf, &rtf);
        r.unwrap();
        assert_eq!(t, "kept deep  shown after");
        // Unterminated: the text read is kept, nothing fails.
        let mut open = b"{\\rtf1 kept ".to_vec();
        open.extend(std::iter::repeat_n(b'{', MAX_DEPTH + 10));
        open.extend_from_slice(b"tail");
        let (t, _) = run(read_rtf, &open);
        assert_eq!(t, "kept tail");
    }

    #[test]
    fn html_entities_scripts_and_blocks() {
        let html = b"<!DOCTYPE html><html><head><title>Visit &amp; notes</title>
<style>p { color: red; } </style><script>var ssn = '000-00-0000'; if (a < b) {}</script>
</head><body><!-- secret comment 123-45-6789 -->
<h1>Patient&nbsp;Ren&eacute;e   M&#252;ller</h1>
<p>SSN: 212&#45;09&#x2D;1234<br>DOB: 01/02/1960</p>
<p>Caf\xe9 &copy; &lt;tag&gt; &quot;q&quot; &apos;a&apos; &unknown; AT&T &amp</p>
<div>Form: <label>MRN</label> <input type=text value=\"MRN&#58; 778899\"> <input value='x'></div>
<ul><li>one</li><li>two</li></ul>
</body></html>";
        let t = text(read_html, html);
        assert!(t.contains("Visit & notes\n"), "{t:?}");
        assert!(t.contains("Patient Renée Müller\n"), "{t:?}");
        assert!(t.contains("SSN: 212-09-1234\nDOB: 01/02/1960\n"), "{t:?}");
        assert!(
            t.contains("Café © <tag> \"q\" 'a' &unknown; AT&T &\n"),
            "{t:?}"
        );
        assert!(t.contains("Form: MRN MRN: 778899 x\n"), "{t:?}");
        assert!(t.contains("one\ntwo\n"), "{t:?}");
        for hidden in ["color", "var ssn", "000-00", "secret", "123-45"] {
            assert!(!t.contains(hidden), "{hidden} in {t:?}");
        }
    }

    #[test]
    fn html_table_becomes_tsv() {
        let html = b"<html><body><p>Results</p><table>
<tr><th>Name</th><th>SSN</th><th>Note</th></tr>
<tr><td>John <b>Smith</b></td><td> 212-09-1234 </td><td><p>a</p><p>b</p></td></tr>
<tr><td>Ann Lee<td>078-05-1120<td></tr>
</table><p>done</p></body></html>";
        let t = text(read_html, html);
        assert_eq!(
            t,
            "Results\nName\tSSN\tNote\nJohn Smith\t212-09-1234\ta b\nAnn Lee\t078-05-1120\t\ndone\n"
        );
    }

    #[test]
    fn html_pre_keeps_whitespace() {
        let t = text(
            read_html,
            b"<html><p>a   b\n c</p><pre>x  y\nz</pre></html>",
        );
        assert_eq!(t, "a b c\nx  y\nz\n");
        assert_eq!(html_to_text(b"<div>Hi <b>there</b></div>"), "Hi there\n");
    }

    #[test]
    fn xml_elements_and_attributes_become_lines() {
        let xml = br#"<?xml version="1.0"?>
<!DOCTYPE r [ <!ENTITY bomb "boom"> ]>
<r:Record xmlns:r="urn:x" xmlns="urn:y">
  <patient ssn="212091234" r:mrn="MRN&#58;1 &amp; 2" empty="">
    <PatientSSN>212-09-1234</PatientSSN>
    <Name>Ren&eacute;e &amp; M&#252;ller &bomb;</Name>
    <Note><![CDATA[raw <b>text</b>]]></Note>
    <Mixed>before <b>bold</b> after</Mixed>
    <Mixed2>Home:<street>1 Main St</street><city>Springfield</city><br/></Mixed2>
    <!-- comment 123-45-6789 -->
  </patient>
  trailing
</r:Record>"#;
        let t = text(read_xml, xml);
        assert_eq!(
            t,
            "ssn: 212091234\nmrn: MRN:1 & 2\nPatientSSN: 212-09-1234\n\
             Name: Renée & Müller &bomb;\nNote: raw <b>text</b>\n\
             Mixed: before bold after\nMixed2: Home: 1 Main St Springfield\n\
             Record: trailing\n"
        );
    }

    #[test]
    fn xml_error_keeps_text_read_before() {
        let (t, r) = run(
            read_xml,
            b"<?xml version=\"1.0\"?><a><b>kept</b><c attr=\"x></a>",
        );
        assert!(t.starts_with("b: kept\n"), "{t:?}");
        assert_eq!(r.unwrap_err().reason, crate::vocab::SkipReason::Corrupt);
    }

    /// Issue 17: elements nested past MAX_DEPTH stopped the read as
    /// corrupt, losing the text inside and after them. They are read as
    /// inline text of the deepest labelled element, and what follows them
    /// is read as usual.
    #[test]
    fn xml_elements_past_the_depth_cap_are_read_as_inline_text() {
        let levels = 100_000;
        let mut deep = b"<?xml version=\"1.0\"?><r><top>kept</top>".to_vec();
        for _ in 0..levels {
            deep.extend_from_slice(b"<a>");
        }
        deep.extend_from_slice(b"SSN 212-09-1234");
        for _ in 0..levels {
            deep.extend_from_slice(b"</a>");
        }
        deep.extend_from_slice(b"<after>read</after></r>");
        let (t, r) = run(read_xml, &deep);
        r.unwrap();
        assert!(t.starts_with("top: kept\n"), "{:?}", &t[..50]);
        assert!(t.contains("SSN 212-09-1234"), "the deep text is kept");
        assert!(t.ends_with("after: read\n"), "{:?}", &t[t.len() - 50..]);
        assert!(t.len() < 4 * levels, "the labels stop at the cap");
    }

    #[test]
    fn produced_text_is_charged() {
        let scan = AtomicU64::new(0);
        let limits = ArchiveLimits {
            max_member_bytes: 100,
            ..ArchiveLimits::default()
        };
        let mut budget = Budget::new(limits, &scan);
        let mut html = b"<html><body>".to_vec();
        for _ in 0..100 {
            html.extend_from_slice(b"<p>0123456789</p>");
        }
        let mut got = 0;
        let r = read_html(&html, &mut budget, &mut |part, _| {
            if let Part::Text { text, .. } = part {
                got += text.len();
            }
            Ok(())
        });
        assert_eq!(
            r.unwrap_err().reason,
            crate::vocab::SkipReason::ArchiveBudget
        );
        assert!(got <= 100);
    }

    /// Inputs that would take quadratic time in a careless scanner (each
    /// about 1 MB; a quadratic reader would not finish in test time).
    #[test]
    fn pathological_inputs_are_read_in_one_pass() {
        let cases: Vec<(Reader, Vec<u8>)> = vec![
            (
                read_rtf,
                [b"{\\rtf1 ".to_vec(), b"{}".repeat(500_000)].concat(),
            ),
            (
                read_rtf,
                [b"{\\rtf1 \\".to_vec(), b"a".repeat(1 << 20)].concat(),
            ),
            (read_html, b"<a ".repeat(300_000)),
            (read_html, b"<script>".repeat(100_000)),
            (
                read_html,
                [b"<script>".to_vec(), b"</scrip".repeat(150_000)].concat(),
            ),
            (read_html, b"&#".repeat(500_000)),
            (read_html, b"<!--".repeat(250_000)),
            (
                read_html,
                [b"<pre>".to_vec(), b" <b>".repeat(250_000)].concat(),
            ),
            (read_html, b"<a b=\"".repeat(150_000)),
            (
                read_xml,
                [
                    b"<?xml version=\"1.0\"?><a ".to_vec(),
                    b"b=\"1\" ".repeat(150_000),
                ]
                .concat(),
            ),
            (
                read_xml,
                [
                    b"<?xml version=\"1.0\"?><".to_vec(),
                    b"a".repeat(1000),
                    b">".to_vec(),
                    b"x<b/>".repeat(200_000),
                ]
                .concat(),
            ),
        ];
        for (read, bytes) in cases {
            let (t, _) = run(read, &bytes);
            assert!(t.len() <= bytes.len(), "{} from {}", t.len(), bytes.len());
        }
    }

    fn never_panics(read: Reader, sample: &[u8]) {
        for end in 0..=sample.len() {
            let _ = run(read, &sample[..end]);
        }
        for seed in 0..200u64 {
            let mut flipped = sample.to_vec();
            let r = noise(seed, 4);
            let at = (usize::from(r[0]) << 8 | usize::from(r[1])) % flipped.len();
            flipped[at] ^= 1 << (r[2] % 8);
            let _ = run(read, &flipped);
            let _ = run(read, &noise(seed, 1 + seed as usize * 7));
            // Random bytes drawn from the markup's own alphabet.
            let alphabet = b"{}\\'u0123456789-abcdefrtf<>/&#;x=\"!-? \n\tp";
            let marked: Vec<u8> = noise(seed ^ 0xABCD, 300)
                .iter()
                .map(|b| alphabet[usize::from(*b) % alphabet.len()])
                .collect();
            let _ = run(read, &marked);
        }
    }

    #[test]
    fn rtf_never_panics() {
        never_panics(
            read_rtf,
            br"{\rtf1{\fonttbl{\f0 A;}}\uc1\u8364?\'e9{\*\x y}\bin3 abc\trowd\intbl a\cell b\cell\row\u-10179?\u-8704? \par}",
        );
    }

    #[test]
    fn html_never_panics() {
        never_panics(
            read_html,
            b"<!DOCTYPE html><html><!-- c --><script>x</script><table><tr><td>a&amp;b&#x41;&#65</td><td><input value=\"v\"></td></tr></table><pre>p</pre>\xe9</html>",
        );
    }

    #[test]
    fn xml_never_panics() {
        never_panics(
            read_xml,
            b"<?xml version=\"1.0\"?><!DOCTYPE a><a x=\"1&amp;\"><b>t&#65;&lt;&foo;</b><![CDATA[c]]><!--c--><?pi x?><c/></a>",
        );
    }
}
