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

use std::borrow::Cow;
use std::io::{Cursor, Read};

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use zip::result::ZipError;
use zip::ZipArchive;

use super::{Budget, Part, Problem, Visit};

type Zip<'b> = ZipArchive<Cursor<&'b [u8]>>;

/// Cells repeated by ODF's `number-columns-repeated` are expanded at most
/// this many times (a spreadsheet pads rows with thousands of empty cells).
const MAX_REPEAT: usize = 64;
/// `text:s c="…"` yields at most this many spaces.
const MAX_SPACES: usize = 256;
/// Excel's last column (XFD), 0-based.
const MAX_COLUMN: usize = 16_383;
/// Small package parts read while sniffing (`_rels/.rels`, `mimetype`).
const SNIFF_BYTES: u64 = 256 << 10;

/// Whether a zip archive is an office document (OOXML or ODF), to be read
/// as a document rather than as an archive of XML files. Reads the central
/// directory and at most a tiny part or two: it runs for every zip.
pub fn is_office(bytes: &[u8]) -> bool {
    match ZipArchive::new(Cursor::new(bytes)) {
        Ok(mut zip) => main_part(&mut zip).is_some(),
        Err(_) => false,
    }
}

/// Reads an office document's text parts (one [`Part::Text`] per XML part,
/// named by its path in the package) and its embedded objects (as
/// [`Part::Raw`]). `Err` when the package itself cannot be read: not a zip,
/// its main part missing or unopenable, or an encrypted ODF.
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    let mut zip = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Problem::corrupt(format!("office document is not a readable zip: {e}")))?;
    let (kind, main) = main_part(&mut zip)
        .ok_or_else(|| Problem::corrupt("office document without its main part"))?;
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
        Kind::Word => r.word(&main),
        Kind::Excel => r.excel(&main),
        Kind::Slides => r.slides(),
        Kind::Odf => r.odf(&main),
    }
}

/// The kind of package, known by its main part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Excel,
    Slides,
    Odf,
}

/// The package kind and its main part's path.
fn main_part(zip: &mut Zip<'_>) -> Option<(Kind, String)> {
    let has = |zip: &Zip<'_>, n: &str| zip.index_for_name(n).is_some();
    if has(zip, "[Content_Types].xml") {
        for (kind, name) in [
            (Kind::Word, "word/document.xml"),
            (Kind::Excel, "xl/workbook.xml"),
            (Kind::Slides, "ppt/presentation.xml"),
        ] {
            if has(zip, name) {
                return Some((kind, name.to_string()));
            }
        }
        // Some producers name the main part otherwise (word/document2.xml):
        // the package relationships say which it is.
        if let Some(target) = office_document_target(zip) {
            let kind = if target.starts_with("word/") {
                Kind::Word
            } else if target.starts_with("xl/") {
                Kind::Excel
            } else if target.starts_with("ppt/") {
                Kind::Slides
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
            return Some((Kind::Odf, "content.xml".to_string()));
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

/// One package being read: the zip, its member names and the scan's state.
struct Package<'b, 'a, 'v, 'w> {
    zip: Zip<'b>,
    names: Vec<String>,
    buf: Vec<u8>,
    budget: &'a mut Budget<'v>,
    visit: &'a mut Visit<'w>,
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
}

impl Package<'_, '_, '_, '_> {
    fn word(&mut self, main: &str) -> Result<(), Problem> {
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

    fn excel(&mut self, main: &str) -> Result<(), Problem> {
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

    fn slides(&mut self) -> Result<(), Problem> {
        let mut parts = self.sorted("ppt/slides/", "slide");
        parts.extend(self.sorted("ppt/notesSlides/", "notesSlide"));
        parts.extend(self.sorted("ppt/comments/", ""));
        for p in parts {
            self.flow_part(&p, false, Dialect::Drawing)?;
        }
        self.embeddings("ppt/embeddings/")
    }

    fn odf(&mut self, main: &str) -> Result<(), Problem> {
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
        self.budget
            .take_member(name, &mut f, Some(c), &mut self.buf, self.visit)
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

/// What a part's builder made of it, knowing whether the XML broke.
trait Parsed {
    fn broke(&self) -> bool;
}

impl Parsed for Built {
    fn broke(&self) -> bool {
        self.error.is_some()
    }
}

impl<T> Parsed for (T, Option<u64>) {
    fn broke(&self) -> bool {
        self.1.is_some()
    }
}

/// Runs `build` over a part's XML bytes as UTF-8 (BOM dropped), or as
/// UTF-16 with a BOM. UTF-8 goes to the parser undecoded: it checks each
/// event's bytes itself, so a valid part (nearly all) is not checked twice.
/// A part with bad bytes stops the parser there; it is then built again
/// from its lossy decoding (bad bytes made U+FFFD), exactly what it would
/// have made had it read that from the start.
fn parse<T: Parsed>(b: &[u8], build: impl Fn(&[u8]) -> T) -> T {
    let b = match b.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest,
        None if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) => {
            return build(utf16(b).as_bytes());
        }
        None => b,
    };
    let built = build(b);
    if built.broke() && std::str::from_utf8(b).is_err() {
        return build(String::from_utf8_lossy(b).as_bytes());
    }
    built
}

/// UTF-16 after its BOM (`FF FE` little-endian, else big-endian), bad
/// units replaced.
fn utf16(b: &[u8]) -> String {
    let le = b.starts_with(&[0xFF, 0xFE]);
    let units = b[2..].chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// A start or empty tag, with its local name found once.
#[derive(Clone, Copy)]
struct Tag<'e, 'x> {
    local: &'e str,
    /// The name as written, prefix included.
    qname: &'e str,
    attrs: Attrs<'e, 'x>,
}

/// A tag's attributes, from whichever tokenizer read it.
#[derive(Clone, Copy)]
enum Attrs<'e, 'x> {
    /// The parser's tag: attributes parsed when asked for.
    Parsed(&'e BytesStart<'x>),
    /// The fast tokenizer's (qualified name, value) pairs, values already
    /// normalised (references resolved; they hold no other whitespace than
    /// spaces).
    Plain(&'e [(&'x str, Cow<'x, str>)]),
}

/// An XML event as the text builders see it.
enum Ev<'e, 'x> {
    Start(Tag<'e, 'x>),
    Empty(Tag<'e, 'x>),
    /// End tag, by local name.
    End(&'e str),
    /// Character data, entities resolved (text, CDATA, references).
    Text(Cow<'e, str>),
}

/// Why a walk over a part's events stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Halt {
    /// The XML broke at this byte.
    Broke(u64),
    /// The fast tokenizer met something it leaves to the parser.
    Unread,
}

/// Runs `on` over the events of `xml` until the end, a halt or `on`
/// returning false: by [`walk_fast`] when `fast`, else by the parser.
fn walk(xml: &[u8], fast: bool, on: impl FnMut(Ev<'_, '_>) -> bool) -> Result<(), Halt> {
    if fast {
        walk_fast(xml, on)
    } else {
        walk_parsed(xml, on).map_err(Halt::Broke)
    }
}

/// Builds a part from the fast tokenizer's events, or, when it leaves the
/// part unread, from the parser's. `build` starts from scratch each time
/// and gives `None` only for [`Halt::Unread`], which the parser never
/// returns.
fn fast_or_parsed<T>(build: impl Fn(bool) -> Option<T>) -> Option<T> {
    build(true).or_else(|| build(false))
}

/// The events of `xml` as the parser gives them, for the plain XML that
/// Office writers produce; [`Halt::Unread`] at anything else: invalid
/// UTF-8, comments, CDATA, a DOCTYPE, references other than the five
/// predefined entities and plain character references, an unclosed tag,
/// odd tag or attribute syntax. A document is mostly markup, and finding
/// each `<` with memchr is several times faster than building the
/// parser's events; the builders see the same events either way, so the
/// text is the same.
fn walk_fast(xml: &[u8], mut on: impl FnMut(Ev<'_, '_>) -> bool) -> Result<(), Halt> {
    let xml = std::str::from_utf8(xml).map_err(|_| Halt::Unread)?;
    let b = xml.as_bytes();
    let mut attrs: Vec<(&str, Cow<'_, str>)> = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let lt = memchr::memchr(b'<', &b[at..]).map_or(b.len(), |i| at + i);
        if lt > at {
            // Text, and the references in it one event each, as the
            // parser splits them.
            let mut text = &xml[at..lt];
            while let Some(amp) = memchr::memchr(b'&', text.as_bytes()) {
                if amp > 0 && !on(Ev::Text(xml10_line_ends(&text[..amp]))) {
                    return Ok(());
                }
                let (value, len) = read_reference(&text[amp..]).ok_or(Halt::Unread)?;
                if !on(Ev::Text(value)) {
                    return Ok(());
                }
                text = &text[amp + len..];
            }
            if !text.is_empty() && !on(Ev::Text(xml10_line_ends(text))) {
                return Ok(());
            }
            if lt == b.len() {
                break;
            }
        }
        let tag = &b[lt + 1..];
        match tag.first() {
            // Declarations and processing instructions carry no text.
            Some(b'?') if tag.get(1).is_some_and(|&c| is_name_byte(c)) => {
                at = lt + 3 + memchr::memmem::find(&tag[2..], b"?>").ok_or(Halt::Unread)? + 2;
                continue;
            }
            Some(b'!' | b'?') | None => return Err(Halt::Unread),
            Some(b'/') => {
                let end = memchr::memchr(b'>', tag).ok_or(Halt::Unread)?;
                let name = &xml[lt + 2..lt + 1 + end];
                if name.is_empty() || !name.bytes().all(is_name_byte) {
                    return Err(Halt::Unread);
                }
                if !on(Ev::End(local(name))) {
                    return Ok(());
                }
                at = lt + 1 + end + 1;
                continue;
            }
            Some(_) => {}
        }
        let (name_len, empty, len) = read_tag(xml, lt + 1, &mut attrs).ok_or(Halt::Unread)?;
        let qname = &xml[lt + 1..lt + 1 + name_len];
        let t = Tag {
            local: local(qname),
            qname,
            attrs: Attrs::Plain(&attrs),
        };
        if !on(if empty { Ev::Empty(t) } else { Ev::Start(t) }) {
            return Ok(());
        }
        at = lt + 1 + len;
    }
    Ok(())
}

/// Reads the start or empty tag whose name begins at `from` (after its
/// `<`) into `attrs`: the name's length, whether the tag is empty, and its
/// length up to and including `>`. `None` for syntax [`walk_fast`] leaves
/// to the parser.
fn read_tag<'x>(
    xml: &'x str,
    from: usize,
    attrs: &mut Vec<(&'x str, Cow<'x, str>)>,
) -> Option<(usize, bool, usize)> {
    let tag = &xml.as_bytes()[from..];
    let name_len = tag.iter().position(|&c| !is_name_byte(c))?;
    if name_len == 0 {
        return None;
    }
    attrs.clear();
    let mut i = name_len;
    loop {
        let ws = tag[i..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        i += ws;
        match tag.get(i)? {
            b'>' => return Some((name_len, false, i + 1)),
            b'/' if tag.get(i + 1) == Some(&b'>') => return Some((name_len, true, i + 2)),
            _ if ws == 0 => return None,
            _ => {}
        }
        let key_len = tag[i..].iter().position(|&c| !is_name_byte(c))?;
        let key = &xml[from + i..from + i + key_len];
        i += key_len;
        let quote = *tag.get(i + 1)?;
        if key_len == 0 || tag[i] != b'=' || (quote != b'"' && quote != b'\'') {
            return None;
        }
        let len = memchr::memchr(quote, &tag[i + 2..])?;
        let value = &xml[from + i + 2..from + i + 2 + len];
        i += 2 + len + 1;
        // Whitespace the parser would normalise is left to it.
        if value
            .bytes()
            .any(|c| matches!(c, b'<' | b'\t' | b'\n' | b'\r'))
        {
            return None;
        }
        attrs.push((key, attr_value(value)?));
    }
}

/// The text of the reference `t` begins with, and its length: one of the
/// five predefined entities, or a character reference to a character
/// that needs no escaping in text. `None` for any other (the parser's
/// rules for those are its own).
fn read_reference(t: &str) -> Option<(Cow<'static, str>, usize)> {
    let semi = memchr::memchr(b';', &t.as_bytes()[..t.len().min(12)])?;
    let name = &t[1..semi];
    let text = match name {
        "lt" => Cow::Borrowed("<"),
        "gt" => Cow::Borrowed(">"),
        "amp" => Cow::Borrowed("&"),
        "apos" => Cow::Borrowed("'"),
        "quot" => Cow::Borrowed("\""),
        _ => {
            let digits = name.strip_prefix('#')?;
            let code = match digits.strip_prefix('x') {
                Some(hex) if !hex.is_empty() && hex.bytes().all(|c| c.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()?
                }
                None if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) => {
                    digits.parse().ok()?
                }
                _ => return None,
            };
            let c = char::from_u32(code).filter(|&c| {
                // XML's Char production.
                matches!(c, '\t' | '\n' | '\r') || c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'
            })?;
            Cow::Owned(c.to_string())
        }
    };
    Some((text, semi + 1))
}

/// An attribute value with its references resolved (LibreOffice quotes
/// font names with `&apos;`); `None` when one is not a predefined entity
/// or a character reference to a character from U+0020 on, since the
/// parser's rules for the rest are its own.
fn attr_value(value: &str) -> Option<Cow<'_, str>> {
    let Some(first) = memchr::memchr(b'&', value.as_bytes()) else {
        return Some(Cow::Borrowed(value));
    };
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    let mut amp = first;
    loop {
        out.push_str(&rest[..amp]);
        let (text, len) = read_reference(&rest[amp..])?;
        if text.chars().any(|c| c < ' ') {
            return None;
        }
        out.push_str(&text);
        rest = &rest[amp + len..];
        match memchr::memchr(b'&', rest.as_bytes()) {
            Some(i) => amp = i,
            None => break,
        }
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

/// Text with XML 1.0 line ends made `\n` (`\r\n` and a lone `\r`), as
/// the parser gives it.
fn xml10_line_ends(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// A byte of an XML name as Office writers spell them (ASCII letters,
/// digits, `_`, `-`, `.`, and `:` before the local part).
fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':')
}

/// What a fast-or-parsed build records of its walk: `None` when the fast
/// tokenizer left the part unread (build again with the parser), else
/// where the XML broke, if it did.
fn halted(r: Result<(), Halt>) -> Option<Option<u64>> {
    match r {
        Ok(()) => Some(None),
        Err(Halt::Broke(at)) => Some(Some(at)),
        Err(Halt::Unread) => None,
    }
}

/// [`walk`] by the parser: the XML's error position when it breaks.
fn walk_parsed(xml: &[u8], mut on: impl FnMut(Ev<'_, '_>) -> bool) -> Result<(), u64> {
    let mut r = Reader::from_reader(xml);
    crate::extract::lenient_xml(r.config_mut());
    loop {
        let go = match r.read_event() {
            Ok(Event::Start(e)) => on(Ev::Start(tag(&e))),
            Ok(Event::Empty(e)) => on(Ev::Empty(tag(&e))),
            Ok(Event::End(e)) => on(Ev::End(local(e.name().into_inner()))),
            Ok(Event::Text(t)) => on(Ev::Text(t.xml10_content())),
            Ok(Event::CData(t)) => on(Ev::Text(t.xml10_content())),
            Ok(Event::GeneralRef(g)) => on(Ev::Text(reference(&g))),
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => true,
            Err(_) => return Err(r.error_position()),
        };
        if !go {
            return Ok(());
        }
    }
}

fn tag<'e, 'x>(e: &'e BytesStart<'x>) -> Tag<'e, 'x> {
    let qname = e.name().into_inner();
    Tag {
        local: local(qname),
        qname,
        attrs: Attrs::Parsed(e),
    }
}

/// A character or predefined entity reference's text; any other entity
/// (declared in a DTD, never expanded) stays as written.
fn reference<'e>(g: &BytesRef<'_>) -> Cow<'e, str> {
    let name: &str = g;
    if g.is_char_ref() {
        if let Ok(Some(c)) = g.resolve_char_ref() {
            return Cow::Owned(c.to_string());
        }
    } else if let Some(s) = resolve_xml_entity(name) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(format!("&{name};"))
}

/// A qualified name without its prefix: what follows the first `:`. (A
/// byte loop: names are short, and `str::find` costs more to set up.)
fn local(name: &str) -> &str {
    match name.bytes().position(|b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Value of the (first) attribute with local name `name`, entities
/// resolved.
fn attr<'e>(a: Attrs<'e, '_>, name: &str) -> Option<Cow<'e, str>> {
    match a {
        Attrs::Parsed(e) => e.attributes().with_checks(false).flatten().find_map(|a| {
            (local(a.key.into_inner()) == name).then(|| {
                a.normalized_value(XmlVersion::Implicit1_0)
                    .unwrap_or_else(|_| a.value.clone())
            })
        }),
        Attrs::Plain(pairs) => pairs
            .iter()
            .find(|(k, _)| local(k) == name)
            .map(|(_, v)| Cow::Borrowed(&**v)),
    }
}

/// A count attribute (`text:c`, `number-columns-repeated`), at least 1,
/// at most `cap`.
fn count_attr(e: Attrs<'_, '_>, name: &str, cap: usize) -> usize {
    attr(e, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, cap)
}

/// Skips the subtree of elements `skip` says to skip.
#[derive(Default)]
struct Skip {
    depth: usize,
    /// Depth of the element being skipped.
    at: Option<usize>,
}

impl Skip {
    /// Tracks depth; true when the event is to be ignored.
    fn event(&mut self, ev: &Ev<'_, '_>, skip: impl Fn(&str) -> bool) -> bool {
        match ev {
            Ev::Start(t) => {
                self.depth += 1;
                if self.at.is_none() && skip(t.local) {
                    self.at = Some(self.depth);
                }
                self.at.is_some()
            }
            Ev::End(_) => {
                let skipping = self.at.is_some();
                if self.at.is_some_and(|a| self.depth <= a) {
                    self.at = None;
                }
                self.depth = self.depth.saturating_sub(1);
                skipping
            }
            Ev::Empty(t) => self.at.is_some() || skip(t.local),
            Ev::Text(_) => self.at.is_some(),
        }
    }
}

/// Text under construction, capped at the member limit.
struct Out {
    s: String,
    limit: usize,
    full: bool,
}

impl Out {
    fn new(limit: usize) -> Out {
        Out {
            s: String::new(),
            limit,
            full: false,
        }
    }

    fn push(&mut self, t: &str) {
        if self.full {
            return;
        }
        let room = self.limit.saturating_sub(self.s.len());
        if t.len() <= room {
            self.s.push_str(t);
        } else {
            let mut cut = room;
            while !t.is_char_boundary(cut) {
                cut -= 1;
            }
            self.s.push_str(&t[..cut]);
            self.full = true;
        }
    }

    fn push_n(&mut self, c: char, n: usize) {
        let room = self.limit.saturating_sub(self.s.len());
        let k = n.min(room);
        self.s.extend(std::iter::repeat_n(c, k));
        if k < n {
            self.full = true;
        }
    }

    /// Pushes `t` with tabs and line breaks made spaces (a table cell).
    fn push_clean(&mut self, t: &str) {
        if has_breaks(t) {
            self.push(&t.replace(['\t', '\n', '\r'], " "));
        } else {
            self.push(t);
        }
    }

    fn ends_line(&self) -> bool {
        self.s.is_empty() || self.s.ends_with('\n')
    }

    fn built(self, error: Option<u64>) -> Built {
        Built {
            text: self.s,
            full: self.full,
            error,
        }
    }
}

/// Whether `t` holds a tab or line break (memchr: most text has none).
fn has_breaks(t: &str) -> bool {
    memchr::memchr3(b'\t', b'\n', b'\r', t.as_bytes()).is_some()
}

/// Which vocabulary a flowing-text part speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// WordprocessingML: document, headers, footers, notes, comments.
    Word,
    /// DrawingML / PresentationML: slides, notes, slide comments.
    Drawing,
    /// SpreadsheetML comments and threaded comments.
    Cells,
    /// ODF content.xml / styles.xml.
    Odf,
}

/// What an element means for the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Para,
    /// Its character data is text (OOXML `t`).
    Text,
    /// A Word run: `tab`/`br` only count inside one.
    Run,
    RunTab,
    RunBreak,
    RunChar(char),
    Tab,
    Break,
    /// ODF `text:s`.
    Spaces,
    /// Word `gridSpan`: the cell spans several columns.
    Span,
    Table,
    Row,
    Cell,
    Skip,
    Other,
}

/// The role of an element by its local and qualified names.
fn role(d: Dialect, l: &str, qname: &str) -> Role {
    match d {
        Dialect::Word => match l {
            "p" => Role::Para,
            "t" | "delText" => Role::Text,
            "r" => Role::Run,
            "tab" | "ptab" => Role::RunTab,
            "br" | "cr" => Role::RunBreak,
            "noBreakHyphen" => Role::RunChar('-'),
            "gridSpan" => Role::Span,
            "tbl" => Role::Table,
            "tr" => Role::Row,
            "tc" => Role::Cell,
            // mc:Fallback repeats what mc:Choice holds (text boxes).
            "Fallback" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Drawing => match l {
            "p" | "cm" => Role::Para,
            "t" | "text" => Role::Text,
            "br" => Role::Break,
            "tbl" => Role::Table,
            "tr" => Role::Row,
            "tc" => Role::Cell,
            "Fallback" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Cells => match l {
            "comment" | "threadedComment" => Role::Para,
            "t" | "text" => Role::Text,
            "rPh" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Odf => match l {
            "p" | "h" => Role::Para,
            "s" => Role::Spaces,
            "tab" => Role::Tab,
            "line-break" => Role::Break,
            "table" => Role::Table,
            "table-row" => Role::Row,
            "table-cell" | "covered-table-cell" => Role::Cell,
            // A footnote's number would run into the word before it;
            // an annotation's author and date into the paragraph.
            "note-citation" => Role::Skip,
            _ if matches!(qname, "dc:creator" | "dc:date") => Role::Skip,
            _ => Role::Other,
        },
    }
}

/// Builds the text of a flowing-text part: paragraphs as lines, the
/// outermost tables as TSV (nested tables flattened into their cell).
struct Flow {
    dialect: Dialect,
    out: Out,
    skip: Skip,
    para: usize,
    run: usize,
    text: usize,
    table: usize,
    /// State of the outermost table's current row and cell.
    in_row: bool,
    row_content: bool,
    /// Column index of the current cell.
    col: usize,
    /// Tabs written in the current row.
    tabs: usize,
    in_cell: bool,
    cell_content: bool,
    cell_start: usize,
    /// Times the cell is repeated (ODF), content included.
    repeat: usize,
    /// Columns the cell spans (Word), content once.
    span: usize,
    /// A space is due before the next text of the cell.
    space: bool,
}

fn flow_text(xml: &[u8], dialect: Dialect, limit: usize) -> Built {
    fast_or_parsed(|fast| flow_text_with(xml, dialect, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`flow_text`] by one tokenizer (see [`fast_or_parsed`]).
fn flow_text_with(xml: &[u8], dialect: Dialect, limit: usize, fast: bool) -> Option<Built> {
    let mut f = Flow {
        dialect,
        out: Out::new(limit),
        skip: Skip::default(),
        para: 0,
        run: 0,
        text: 0,
        table: 0,
        in_row: false,
        row_content: false,
        col: 0,
        tabs: 0,
        in_cell: false,
        cell_content: false,
        cell_start: 0,
        repeat: 1,
        span: 1,
        space: false,
    };
    let error = halted(walk(xml, fast, |ev| {
        f.event(ev);
        !f.out.full
    }))?;
    if f.in_row {
        f.end_row();
    }
    Some(f.out.built(error))
}

impl Flow {
    fn event(&mut self, ev: Ev<'_, '_>) {
        let d = self.dialect;
        if self.skip.event(&ev, |_| false) {
            return;
        }
        match ev {
            Ev::Start(t) => {
                let r = role(d, t.local, t.qname);
                if r == Role::Skip {
                    // Re-enter the skipper at this element's depth.
                    self.skip.at = Some(self.skip.depth);
                    return;
                }
                self.start(r, t.attrs);
            }
            Ev::Empty(t) => {
                let r = role(d, t.local, t.qname);
                if r != Role::Skip {
                    self.start(r, t.attrs);
                    self.end(r);
                }
            }
            Ev::End(l) => {
                // End tags carry no attributes: the local name is enough
                // (taken for the qualified name too; `local` again keeps
                // what an end tag `a:b:c` has always meant: `c`).
                self.end(role(d, local(l), l));
            }
            Ev::Text(t) => {
                if d == Dialect::Odf {
                    if self.para > 0 {
                        if has_breaks(&t) {
                            self.emit(&t.replace(['\t', '\n', '\r'], " "));
                        } else {
                            self.emit(&t);
                        }
                    }
                } else if self.text > 0 {
                    self.emit(&t);
                }
            }
        }
    }

    fn start(&mut self, r: Role, e: Attrs<'_, '_>) {
        match r {
            Role::Para => {
                // A paragraph inside another (an ODF note body, a Word
                // text box) starts a line of its own.
                if self.para > 0 {
                    if self.table > 0 {
                        self.space = true;
                    } else if !self.out.ends_line() {
                        self.out.push("\n");
                    }
                }
                self.para += 1;
            }
            Role::Text => self.text += 1,
            Role::Run => self.run += 1,
            Role::RunTab if self.run > 0 => self.tab(),
            Role::RunBreak if self.run > 0 => self.line_break(),
            Role::RunChar(c) if self.run > 0 => self.emit(c.encode_utf8(&mut [0; 4])),
            Role::Tab => self.tab(),
            Role::Break => self.line_break(),
            Role::Spaces => {
                let n = count_attr(e, "c", MAX_SPACES);
                self.emit(&" ".repeat(n));
            }
            Role::Span if self.table == 1 && self.in_cell => {
                self.span = count_attr(e, "val", MAX_REPEAT);
            }
            Role::Table => {
                self.table += 1;
                if self.table == 1 {
                    if !self.out.ends_line() {
                        self.out.push("\n");
                    }
                    self.in_row = false;
                } else {
                    self.space = true;
                }
            }
            Role::Row => {
                if self.table == 1 {
                    if self.in_row {
                        self.end_row();
                    }
                    self.in_row = true;
                    self.row_content = false;
                    self.col = 0;
                    self.tabs = 0;
                    self.in_cell = false;
                } else {
                    self.space = true;
                }
            }
            Role::Cell => {
                if self.table == 1 {
                    if !self.in_row {
                        self.start(Role::Row, e);
                    }
                    if self.in_cell {
                        self.end_cell();
                    }
                    self.in_cell = true;
                    self.cell_content = false;
                    self.space = false;
                    self.span = 1;
                    self.repeat = if self.dialect == Dialect::Odf {
                        count_attr(e, "number-columns-repeated", MAX_REPEAT)
                    } else {
                        1
                    };
                } else {
                    self.space = true;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, r: Role) {
        match r {
            Role::Para => {
                self.para = self.para.saturating_sub(1);
                if self.table > 0 {
                    self.space = true;
                } else if !self.out.ends_line() {
                    self.out.push("\n");
                }
            }
            Role::Text => self.text = self.text.saturating_sub(1),
            Role::Run => self.run = self.run.saturating_sub(1),
            Role::Table => {
                if self.table == 1 && self.in_row {
                    self.end_row();
                }
                self.table = self.table.saturating_sub(1);
                if self.table > 0 {
                    self.space = true;
                }
            }
            Role::Row => {
                if self.table == 1 {
                    if self.in_row {
                        self.end_row();
                    }
                } else {
                    self.space = true;
                }
            }
            Role::Cell => {
                if self.table == 1 {
                    if self.in_cell {
                        self.end_cell();
                    }
                } else {
                    self.space = true;
                }
            }
            _ => {}
        }
    }

    /// Text content: opens the cell (tabs up to its column) when inside the
    /// outermost table.
    fn emit(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        if self.table > 0 {
            // Cell state is the outermost table's, nested tables included.
            if self.in_cell && !self.cell_content {
                let n = self.col.saturating_sub(self.tabs);
                self.out.push_n('\t', n);
                self.tabs = self.col;
                self.cell_content = true;
                self.row_content = true;
                self.cell_start = self.out.s.len();
                self.space = false;
            }
            if self.space {
                self.space = false;
                if !self.out.s.ends_with([' ', '\t', '\n']) {
                    self.out.push(" ");
                }
            }
            self.out.push_clean(t);
        } else {
            self.out.push(t);
        }
    }

    fn tab(&mut self) {
        if self.table > 0 {
            self.space = true;
        } else {
            self.out.push("\t");
        }
    }

    /// An explicit line break (`w:br`, `a:br`, `text:line-break`).
    fn line_break(&mut self) {
        if self.table > 0 {
            self.space = true;
        } else {
            self.out.push("\n");
        }
    }

    fn end_cell(&mut self) {
        self.in_cell = false;
        if self.cell_content && self.repeat > 1 {
            let copy = self.out.s[self.cell_start..].to_string();
            for _ in 1..self.repeat {
                if self.out.full {
                    break;
                }
                self.out.push("\t");
                self.out.push(&copy);
            }
            self.tabs = self.col + self.repeat - 1;
        }
        self.col += self.repeat.max(self.span);
        self.repeat = 1;
        self.span = 1;
        self.space = false;
    }

    fn end_row(&mut self) {
        if self.in_cell {
            self.end_cell();
        }
        self.in_row = false;
        if self.row_content {
            self.out.push("\n");
        }
        self.row_content = false;
    }
}

/// A workbook's sheet names, one a line.
fn sheet_names(xml: &[u8], limit: usize) -> Built {
    fast_or_parsed(|fast| sheet_names_with(xml, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`sheet_names`] by one tokenizer (see [`fast_or_parsed`]).
fn sheet_names_with(xml: &[u8], limit: usize, fast: bool) -> Option<Built> {
    let mut out = Out::new(limit);
    let error = halted(walk(xml, fast, |ev| {
        if let Ev::Start(t) | Ev::Empty(t) = ev {
            if t.local == "sheet" {
                if let Some(n) = attr(t.attrs, "name") {
                    out.push_clean(&n);
                    out.push("\n");
                }
            }
        }
        !out.full
    }))?;
    Some(out.built(error))
}

/// A workbook's shared strings, and where their XML broke (what parsed
/// before the break stays usable).
fn shared_strings(xml: &[u8]) -> (Strings, Option<u64>) {
    fast_or_parsed(|fast| shared_strings_with(xml, fast))
        .unwrap_or_else(|| (Strings::default(), Some(0)))
}

/// [`shared_strings`] by one tokenizer (see [`fast_or_parsed`]).
fn shared_strings_with(xml: &[u8], fast: bool) -> Option<(Strings, Option<u64>)> {
    let mut strings = Strings::default();
    let mut in_si = false;
    let mut text_depth = 0usize;
    let mut skip = Skip::default();
    let error = halted(walk(xml, fast, |ev| {
        if skip.event(&ev, |l| l == "rPh") {
            return true;
        }
        match ev {
            Ev::Start(t) => match t.local {
                "si" => in_si = true,
                "t" => text_depth += 1,
                _ => {}
            },
            Ev::Empty(t) => {
                if t.local == "si" {
                    strings.end();
                }
            }
            Ev::End(l) => match l {
                "si" if in_si => {
                    in_si = false;
                    strings.end();
                }
                "t" => text_depth = text_depth.saturating_sub(1),
                _ => {}
            },
            Ev::Text(t) => {
                if in_si && text_depth > 0 {
                    strings.text.push_str(&t);
                }
            }
        }
        true
    }))?;
    Some((strings, error))
}

/// A workbook's shared strings, in one buffer.
#[derive(Default)]
struct Strings {
    text: String,
    ends: Vec<usize>,
}

impl Strings {
    fn end(&mut self) {
        self.ends.push(self.text.len());
    }

    fn get(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end).unwrap_or("")
    }
}

/// 0-based column of a cell reference (`C5` → 2).
fn column_of(r: &str) -> Option<usize> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic);
    let mut col = 0usize;
    let mut n = 0;
    for b in letters {
        n += 1;
        if n > 3 {
            return None;
        }
        col = col * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    (n > 0).then(|| (col - 1).min(MAX_COLUMN))
}

/// A cell's `r` and `t` attributes (the first of each), in one pass.
fn cell_attrs<'e>(a: Attrs<'e, '_>) -> (Option<Cow<'e, str>>, Option<Cow<'e, str>>) {
    let e = match a {
        Attrs::Parsed(e) => e,
        Attrs::Plain(_) => return (attr(a, "r"), attr(a, "t")),
    };
    let (mut r, mut t) = (None, None);
    for a in e.attributes().with_checks(false).flatten() {
        let slot = match local(a.key.into_inner()) {
            "r" => &mut r,
            "t" => &mut t,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(
                a.normalized_value(XmlVersion::Implicit1_0)
                    .unwrap_or_else(|_| a.value.clone()),
            );
        }
        if r.is_some() && t.is_some() {
            break;
        }
    }
    (r, t)
}

/// Kind of a worksheet cell's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellType {
    /// `t="s"`: an index into the shared strings.
    Shared,
    /// `t="inlineStr"`: the text is in `is/t`.
    Inline,
    /// Numbers, booleans, formula strings, errors: `v` as is.
    Plain,
}

/// Builds one worksheet as TSV.
struct Sheet<'s> {
    strings: &'s Strings,
    out: Out,
    row_content: bool,
    /// Tabs written in the current row.
    tabs: usize,
    next_col: usize,
    cell: Option<(usize, CellType)>,
    v: String,
    is: String,
    in_v: bool,
    in_is: bool,
    in_t: bool,
}

/// One worksheet as TSV: cells at their column (skipped columns left
/// empty), empty rows left out, rows in document order (headers first).
fn sheet_text(xml: &[u8], strings: &Strings, limit: usize) -> Built {
    fast_or_parsed(|fast| sheet_text_with(xml, strings, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`sheet_text`] by one tokenizer (see [`fast_or_parsed`]).
fn sheet_text_with(xml: &[u8], strings: &Strings, limit: usize, fast: bool) -> Option<Built> {
    let mut s = Sheet {
        strings,
        out: Out::new(limit),
        row_content: false,
        tabs: 0,
        next_col: 0,
        cell: None,
        v: String::new(),
        is: String::new(),
        in_v: false,
        in_is: false,
        in_t: false,
    };
    let mut skip = Skip::default();
    let error = halted(walk(xml, fast, |ev| {
        if !skip.event(&ev, |l| l == "rPh") {
            s.event(ev);
        }
        !s.out.full
    }))?;
    s.end_row();
    Some(s.out.built(error))
}

impl Sheet<'_> {
    fn event(&mut self, ev: Ev<'_, '_>) {
        let empty = matches!(ev, Ev::Empty(_));
        match ev {
            Ev::Start(t) | Ev::Empty(t) => match t.local {
                "row" => self.end_row(),
                "c" => {
                    self.end_cell();
                    let (r, ty) = cell_attrs(t.attrs);
                    let col = r
                        .and_then(|r| column_of(&r))
                        .unwrap_or(self.next_col.min(MAX_COLUMN));
                    let ty = match ty.as_deref() {
                        Some("s") => CellType::Shared,
                        Some("inlineStr") => CellType::Inline,
                        _ => CellType::Plain,
                    };
                    self.cell = Some((col, ty));
                    if empty {
                        self.end_cell();
                    }
                }
                "v" if !empty => self.in_v = true,
                "is" if !empty => self.in_is = true,
                "t" if !empty => self.in_t = true,
                _ => {}
            },
            Ev::End(l) => match l {
                "c" => self.end_cell(),
                "row" => self.end_row(),
                "v" => self.in_v = false,
                "is" => self.in_is = false,
                "t" => self.in_t = false,
                _ => {}
            },
            Ev::Text(t) => {
                // Both are bounded by the part's own size.
                if self.cell.is_some() && self.in_v {
                    self.v.push_str(&t);
                } else if self.cell.is_some() && self.in_is && self.in_t {
                    self.is.push_str(&t);
                }
            }
        }
    }

    fn end_cell(&mut self) {
        let Some((col, ty)) = self.cell.take() else {
            return;
        };
        let value: &str = match ty {
            CellType::Shared => self
                .v
                .trim()
                .parse()
                .map_or("", |i: usize| self.strings.get(i)),
            CellType::Inline if !self.is.is_empty() => &self.is,
            _ => &self.v,
        };
        if !value.is_empty() {
            if !self.row_content {
                self.out.push_n('\t', col);
                self.tabs = col;
            } else if col > self.tabs {
                self.out.push_n('\t', col - self.tabs);
                self.tabs = col;
            } else {
                // Out of order or repeated: next column.
                self.out.push("\t");
                self.tabs += 1;
            }
            self.out.push_clean(value);
            self.row_content = true;
        }
        self.next_col = col.max(self.tabs) + 1;
        self.v.clear();
        self.is.clear();
    }

    fn end_row(&mut self) {
        self.end_cell();
        if self.row_content {
            self.out.push("\n");
        }
        self.row_content = false;
        self.tabs = 0;
        self.next_col = 0;
        self.in_v = false;
        self.in_is = false;
        self.in_t = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::ArchiveLimits;
    use crate::vocab::SkipReason;
    use std::io::Write;
    use std::sync::atomic::AtomicU64;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    const CT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

    fn zip_of(members: &[(&str, &[u8])]) -> Vec<u8> {
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
    struct Got {
        name: String,
        kind: &'static str,
        bytes: Vec<u8>,
        problem: Option<Problem>,
    }

    fn run_with(bytes: &[u8], limits: ArchiveLimits) -> (Vec<Got>, Result<(), Problem>) {
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

    fn run(bytes: &[u8]) -> (Vec<Got>, Result<(), Problem>) {
        run_with(bytes, ArchiveLimits::default())
    }

    fn text_of<'g>(got: &'g [Got], name: &str) -> &'g str {
        let g = got
            .iter()
            .find(|g| g.name == name && g.kind == "text")
            .unwrap_or_else(|| panic!("no text part {name}: {got:?}"));
        std::str::from_utf8(&g.bytes).unwrap()
    }

    fn wdoc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"#
        )
    }

    fn run_t(t: &str) -> String {
        format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r>"#)
    }

    fn para(t: &str) -> String {
        format!(
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>{}</w:p>",
            run_t(t)
        )
    }

    fn cell(paras: &[&str]) -> String {
        let ps: String = paras.iter().map(|p| para(p)).collect();
        format!(r#"<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{ps}</w:tc>"#)
    }

    fn docx() -> Vec<u8> {
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

    #[test]
    fn docx_runs_tables_and_side_parts() {
        let bytes = docx();
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        let doc = text_of(&got, "word/document.xml");
        assert_eq!(
            doc,
            "Patient record\nSSN: 212-09-1234\nName:\tA & B\nline two\nold 078-05-1120new\n\
             SSN\tDOB\n212-09-1234\t03/14/1961 (verified)\nafter\n"
        );
        assert_eq!(text_of(&got, "word/header1.xml"), "MRN 00123456\n");
        assert_eq!(text_of(&got, "word/footer1.xml"), "Confidential\n");
        assert_eq!(text_of(&got, "word/comments.xml"), "Call 555-0100\n");
        let raw: Vec<_> = got.iter().filter(|g| g.kind == "raw").collect();
        assert_eq!(raw.len(), 1, "{got:?}");
        assert_eq!(raw[0].name, "word/embeddings/oleObject1.bin");
        assert_eq!(raw[0].bytes, b"embedded bytes");
        assert!(!got.iter().any(|g| g.kind == "skipped"), "{got:?}");
        // Order: the body first.
        assert_eq!(got[0].name, "word/document.xml");
    }

    #[test]
    fn docx_grid_span_and_nested_table_keep_rows_aligned() {
        let body = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr>\
             <w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc>{}</w:tr>\
             <w:tr>{}<w:tc><w:tbl><w:tr>{}{}</w:tr></w:tbl><w:p/></w:tc>{}</w:tr></w:tbl>",
            cell(&["a"]),
            cell(&["b"]),
            cell(&["c"]),
            para("wide"),
            cell(&["z"]),
            cell(&["1"]),
            cell(&["in1"]),
            cell(&["in2"]),
            cell(&["3"]),
        );
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/document.xml", wdoc(&body).as_bytes()),
        ]);
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "word/document.xml"),
            "a\tb\tc\nwide\t\tz\n1\tin1 in2\t3\n"
        );
    }

    fn xlsx() -> Vec<u8> {
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

    #[test]
    fn xlsx_sheets_as_tsv() {
        let bytes = xlsx();
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&got, "xl/workbook.xml"), "Patients\nQ&A\n");
        assert_eq!(
            text_of(&got, "xl/worksheets/sheet1.xml"),
            "SSN\tDOB\tName\n212091234\t22345\tJane Doe\na\t\tc\n\tx<y\t1\n"
        );
        let order: Vec<_> = got.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(
            order,
            [
                "xl/workbook.xml",
                "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet10.xml",
                "xl/comments1.xml"
            ]
        );
        assert_eq!(text_of(&got, "xl/worksheets/sheet10.xml"), "tenth\t2\n");
        assert_eq!(text_of(&got, "xl/comments1.xml"), "Dr X: verify SSN\n");
    }

    #[test]
    fn xlsx_shared_string_amplification_is_capped_and_reported() {
        let big = "x".repeat(1000);
        let sst = format!("<sst><si><t>{big}</t></si></sst>");
        let cells: String = (0..100)
            .map(|i| {
                format!(
                    "<row><c t=\"s\"><v>0</v></c></row>{}",
                    if i % 10 == 0 { "\n" } else { "" }
                )
            })
            .collect();
        let sheet = format!("<worksheet><sheetData>{cells}</sheetData></worksheet>");
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            (
                "xl/workbook.xml",
                b"<workbook><sheets><sheet name=\"S\"/></sheets></workbook>",
            ),
            ("xl/sharedStrings.xml", sst.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ]);
        let limits = ArchiveLimits {
            max_member_bytes: 8192,
            ..ArchiveLimits::default()
        };
        let (got, r) = run_with(&bytes, limits);
        r.unwrap();
        assert!(text_of(&got, "xl/worksheets/sheet1.xml").len() <= 8192);
        let skipped = got
            .iter()
            .find(|g| g.kind == "skipped" && g.name == "xl/worksheets/sheet1.xml")
            .expect("cap reported");
        assert_eq!(
            skipped.problem.as_ref().unwrap().reason,
            SkipReason::ArchiveBudget
        );
    }

    #[test]
    fn pptx_slides_in_order_with_notes() {
        let slide = |t: &str| {
            format!(
                r#"<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US"/><a:t>{t}</a:t></a:r><a:r><a:t> 212-09-</a:t></a:r><a:r><a:t>1234</a:t></a:r></a:p><a:p><a:r><a:t>second</a:t></a:r><a:br/><a:r><a:t>third</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
            )
        };
        let table = r#"<p:sld xmlns:a="a" xmlns:p="p"><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>SSN</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>MRN</a:t></a:r></a:p></a:txBody></a:tc></a:tr><a:tr><a:tc><a:txBody><a:p><a:r><a:t>1</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>2</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></p:sld>"#;
        let notes = r#"<p:notes xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Patient DOB 03/14/1961</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>"#;
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("ppt/presentation.xml", b"<p:presentation xmlns:p=\"p\"/>"),
            ("ppt/slides/slide10.xml", slide("ten").as_bytes()),
            ("ppt/slides/slide2.xml", slide("two").as_bytes()),
            ("ppt/slides/slide1.xml", table.as_bytes()),
            ("ppt/notesSlides/notesSlide2.xml", notes.as_bytes()),
            (
                "ppt/slideLayouts/slideLayout1.xml",
                slide("layout").as_bytes(),
            ),
            ("ppt/media/image1.jpeg", b"jpeg"),
            ("ppt/embeddings/Microsoft_Excel_Worksheet.xlsx", &xlsx()),
        ]);
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        let order: Vec<_> = got.iter().map(|g| (g.name.as_str(), g.kind)).collect();
        assert_eq!(
            order,
            [
                ("ppt/slides/slide1.xml", "text"),
                ("ppt/slides/slide2.xml", "text"),
                ("ppt/slides/slide10.xml", "text"),
                ("ppt/notesSlides/notesSlide2.xml", "text"),
                ("ppt/embeddings/Microsoft_Excel_Worksheet.xlsx", "raw"),
            ]
        );
        assert_eq!(
            text_of(&got, "ppt/slides/slide2.xml"),
            "two 212-09-1234\nsecond\nthird\n"
        );
        assert_eq!(text_of(&got, "ppt/slides/slide1.xml"), "SSN\tMRN\n1\t2\n");
        assert_eq!(
            text_of(&got, "ppt/notesSlides/notesSlide2.xml"),
            "Patient DOB 03/14/1961\n"
        );
    }

    const ODF_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/""#;

    fn odf(mime: &str, content: &str, styles: &str) -> Vec<u8> {
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

    #[test]
    fn odt_spaces_tabs_tables_and_styles() {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:text>
<text:h text:outline-level="1">Patient</text:h>
<text:p>SSN<text:s text:c="3"/>212-09-<text:span>1234</text:span><text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>see file</text:p></text:note-body></text:note></text:p>
<text:p>a<text:tab/>b<text:line-break/>c &amp; d<office:annotation><dc:creator>Nurse</dc:creator><dc:date>2024-01-01</dc:date><text:p>note here</text:p></office:annotation></text:p>
<table:table><table:table-row><table:table-cell><text:p>SSN</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>DOB</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>212-09-1234</text:p><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000000"/><table:table-cell><text:p>late</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#
        );
        let styles = format!(
            r#"<office:document-styles {ODF_NS}><office:master-styles><style:master-page xmlns:style="s"><style:header><text:p>Header MRN 77</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"#
        );
        let bytes = odf("application/vnd.oasis.opendocument.text", &content, &styles);
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "content.xml"),
            "Patient\nSSN   212-09-1234\nsee file\na\tb\nc & d\nnote here\n\
             SSN\t\t\tDOB\n212-09-1234 x\t"
                .to_string()
                + &"\t".repeat(MAX_REPEAT)
                + "late\n"
        );
        assert_eq!(text_of(&got, "styles.xml"), "Header MRN 77\n");
    }

    #[test]
    fn ods_repeated_cells_and_rows() {
        let content = format!(
            r#"<office:document-content {ODF_NS}><office:body><office:spreadsheet><table:table table:name="S">
<table:table-column table:number-columns-repeated="1024"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>SSN</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>DOB</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="212091234"><text:p>212091234</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-columns-repeated="2"><text:p>N/A</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#
        );
        let bytes = odf(
            "application/vnd.oasis.opendocument.spreadsheet",
            &content,
            "<x/>",
        );
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "content.xml"),
            "SSN\tDOB\n212091234\t\tN/A\tN/A\n"
        );
    }

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

    #[test]
    fn entity_bomb_does_not_expand() {
        let mut dtd = String::from("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">");
        let mut prev = 'a';
        for c in 'b'..='j' {
            dtd.push_str(&format!(
                "<!ENTITY {c} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
            prev = c;
        }
        dtd.push_str("]>");
        let xml = format!(
            r#"<?xml version="1.0"?>{dtd}<w:document {W}><w:body><w:p><w:r><w:t>&j;&#x41;&#66;&lt;</w:t></w:r></w:p></w:body></w:document>"#
        );
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/document.xml", xml.as_bytes()),
        ]);
        let (got, r) = run(&bytes);
        r.unwrap();
        let total: usize = got.iter().map(|g| g.bytes.len()).sum();
        assert!(total < 1000, "{total}");
        // The custom entity stays as written; character and predefined
        // references are resolved.
        assert_eq!(text_of(&got, "word/document.xml"), "&j;AB<\n");
    }

    #[test]
    fn utf16_and_bom_parts() {
        let xml = wdoc(&para("ünïcode 212-09-1234"));
        let mut utf16 = vec![0xFF, 0xFE];
        for u in xml.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(xml.as_bytes());
        for doc in [utf16, bom] {
            let bytes = zip_of(&[
                ("[Content_Types].xml", CT.as_bytes()),
                ("word/document.xml", &doc),
            ]);
            let (got, r) = run(&bytes);
            r.unwrap();
            assert_eq!(text_of(&got, "word/document.xml"), "ünïcode 212-09-1234\n");
        }
    }

    #[test]
    fn bad_utf8_reads_as_its_lossy_decoding() {
        // Bad bytes in text, in a tag, after a syntax error: each part
        // reads as its lossy decoding would, break position included.
        let good = wdoc(&(para("SSN 212-09-1234") + &para("after")));
        let at = |s: &str| good.find(s).unwrap();
        let cases = [
            (at("SSN"), &b"\xFF"[..]),
            (at("after"), b"\xC3"),
            (at("<w:r>"), b"\xE2\x82"),
            (good.len() - 3, b"\xED\xA0\x80<"),
            (at("</w:body>"), b"<w:p \x80"),
        ];
        for (i, bad) in cases {
            let mut xml = good.as_bytes().to_vec();
            xml.splice(i..i, bad.iter().copied());
            let lossy = String::from_utf8_lossy(&xml).into_owned();
            let got = parse(&xml, |x| flow_text(x, Dialect::Word, 1 << 20));
            let want = flow_text(lossy.as_bytes(), Dialect::Word, 1 << 20);
            assert_eq!((got.text, got.error), (want.text, want.error));
        }
    }

    /// xorshift: reproducible noise without a crate.
    fn noise(seed: &mut u64) -> u64 {
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

    /// Documents of every dialect as their writers produce them.
    fn plain_flows() -> Vec<(Dialect, String)> {
        vec![
            (
                Dialect::Word,
                wdoc(&format!(
                    "{}<w:tbl><w:tr>{}<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc></w:tr><w:tr>{}</w:tr></w:tbl>{}",
                    para("Patient Jane Doe of Johnson &amp; Johnson&apos;s"),
                    cell(&["a", "b"]),
                    para("span"),
                    cell(&["c"]),
                    "<w:p><w:r><w:t xml:space=\"preserve\">SSN </w:t><w:tab/><w:t>212-09-1234</w:t><w:br/><w:noBreakHyphen/></w:r></w:p><mc:AlternateContent><mc:Choice><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>box</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"
                ))
                .replace("?>\n", "?>\r\n"),
            ),
            (
                Dialect::Drawing,
                r#"<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Slide text</a:t></a:r><a:br/><a:r><a:t>MRN 12345678</a:t></a:r></a:p></p:txBody></p:sp><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>x</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>y</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></p:spTree></p:cSld></p:sld>"#
                    .to_string(),
            ),
            (
                Dialect::Cells,
                r#"<comments xmlns="m"><authors><author>Dr X</author></authors><commentList><comment ref="A2" authorId="0"><text><r><t>Dr X:</t></r><r><t xml:space="preserve"> verify SSN</t></r><rPh><t>ignored</t></rPh></text></comment></commentList></comments>"#
                    .to_string(),
            ),
            (
                Dialect::Odf,
                format!(
                    r#"<office:document-content {ODF_NS}><office:body><office:text><text:h>Title &quot;&lt;x&gt;&quot;</text:h><text:p>patient&apos;s caf&#233; &#x263A;a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>note</text:p></text:note-body></text:note></text:p><office:annotation><dc:creator>Dr X</dc:creator><text:p>see</text:p></office:annotation><table:table><table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>r</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>z</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>"#
                ),
            ),
        ]
    }

    /// Sheets as Excel, LibreOffice and the generators write them.
    fn plain_sheets() -> Vec<String> {
        vec![
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Name</t></is></c></row>
<row r="2"><c r="A2"><v>212091234</v></c><c r="B2" s="1"><v>22345</v></c><c r="D2" t="s"><v>2</v></c></row>
<row r="3"><c r="A3" s="2"/></row>
<row r="4"><c r="C4" t="s"><v>3</v></c><c r="A4" t="s"><v>4</v></c><c r="D4" t="s"><v>99</v></c><c r="E4" t="str"><f>A1</f><v> x y </v></c></row>
</sheetData><pageMargins left="0.7" right="0.7"/></worksheet>"#
                // Excel ends the declaration's line with CR LF.
                .replace("?>\n", "?>\r\n"),
            // Prefixed names, single quotes, no cell references, phonetic
            // runs, a self-closing row, rich inline text.
            r#"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t='s'><x:v>1</x:v></x:c><x:c><x:v>7</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Q&amp;A&#10;&#x263a; Jane </x:t></x:r><x:r><x:t xml:space="preserve">Doe</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ジェーン</x:t></x:rPh></x:is></x:c></x:row><x:row/><x:row r="9"><x:c r="B9" x:t="s" t="n"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>"#
                .to_string(),
            // A tab and a line break inside values, tags spread over lines.
            "<worksheet><sheetData><row\n r=\"1\"><c r=\"A1\"\tt=\"inlineStr\"><is><t>a\tb\r\nc</t></is></c><c r=\"B1\" ><v>5</v></c></row></sheetData></worksheet>\n".to_string(),
        ]
    }

    fn sheet_strings() -> Strings {
        let mut st = Strings::default();
        for t in ["SSN", "DOB", "Jane\tDoe", "a", "c"] {
            st.text.push_str(t);
            st.end();
        }
        st
    }

    /// Whether the fast tokenizer read `b` for every builder, and if so,
    /// that each built what the parser builds, at several limits.
    fn fast_equals_parsed(b: &[u8], strings: &Strings) -> usize {
        let same = |a: &Built, p: &Built| {
            assert!(
                a.text == p.text && a.full == p.full && a.error == p.error,
                "{}\nfast {:?} {} {:?}\nparsed {:?} {} {:?}",
                String::from_utf8_lossy(b),
                a.text,
                a.full,
                a.error,
                p.text,
                p.full,
                p.error
            );
        };
        let mut read = 0;
        for limit in [1 << 20, 40, 3] {
            if let Some(fast) = sheet_text_with(b, strings, limit, true) {
                read += 1;
                same(&fast, &sheet_text_with(b, strings, limit, false).unwrap());
            }
            for d in [
                Dialect::Word,
                Dialect::Drawing,
                Dialect::Cells,
                Dialect::Odf,
            ] {
                if let Some(fast) = flow_text_with(b, d, limit, true) {
                    read += 1;
                    same(&fast, &flow_text_with(b, d, limit, false).unwrap());
                }
            }
        }
        for limit in [1 << 20, 5] {
            if let Some(fast) = sheet_names_with(b, limit, true) {
                read += 1;
                same(&fast, &sheet_names_with(b, limit, false).unwrap());
            }
        }
        if let Some((fast, error)) = shared_strings_with(b, true) {
            let (parsed, perror) = shared_strings_with(b, false).unwrap();
            assert_eq!(
                (fast.text, fast.ends, error),
                (parsed.text, parsed.ends, perror)
            );
        }
        read
    }

    #[test]
    fn fast_tokenizer_builds_what_the_parser_builds() {
        let strings = sheet_strings();
        let mut samples = plain_sheets();
        for (d, xml) in plain_flows() {
            let fast =
                flow_text_with(xml.as_bytes(), d, 1 << 20, true).expect("plain part read fast");
            let parsed = flow_text_with(xml.as_bytes(), d, 1 << 20, false).unwrap();
            assert!(
                parsed.error.is_none() && parsed.text.len() > 10,
                "{:?}",
                parsed.text
            );
            assert_eq!(fast.text, parsed.text);
            samples.push(xml);
        }
        samples.push(
            r#"<?xml version="1.0"?><workbook xmlns="m" xmlns:r="r"><sheets><sheet name="Patients" sheetId="1" r:id="rId1"/><sheet name="Q&amp;A &apos;24&apos; &#x263A;" sheetId="2" r:id="rId2"/><sheet name='it&quot;s'/></sheets></workbook>"#
                .to_string(),
        );
        samples.push(
            r#"<sst xmlns="m" count="3"><si><t>SSN</t></si><si><r><rPr><b/></rPr><t>Jane </t></r><r><t>Doe</t></r><rPh sb="0" eb="1"><t>ジェーン</t></rPh></si><si/></sst>"#
                .to_string(),
        );
        for xml in &plain_sheets() {
            let fast = sheet_text_with(xml.as_bytes(), &strings, 1 << 20, true)
                .expect("plain sheet read fast");
            let parsed = sheet_text_with(xml.as_bytes(), &strings, 1 << 20, false).unwrap();
            assert!(parsed.error.is_none() && !parsed.text.is_empty());
            assert_eq!(fast.text, parsed.text);
        }
        assert_eq!(
            sheet_text(plain_sheets()[0].as_bytes(), &strings, 1 << 20).text,
            // Row 4 is out of order: C4, then A4 in the next column.
            "SSN\tDOB\tName\n212091234\t22345\t\tJane Doe\n\t\ta\tc\t x y \n"
        );
        assert_eq!(
            sheet_text(plain_sheets()[1].as_bytes(), &strings, 1 << 20).text,
            "DOB\t7\tQ&A ☺ Jane Doe\n\tSSN\n"
        );
        let workbook = samples.iter().find(|x| x.contains("<workbook")).unwrap();
        let names = sheet_names_with(workbook.as_bytes(), 1 << 20, true).expect("read fast");
        assert_eq!(names.text, "Patients\nQ&A '24' ☺\nit\"s\n");
        // Every cut, and random damage: whenever the fast tokenizer reads
        // the bytes, every builder builds what it builds from the parser.
        let mut seed = 7u64;
        let mut read = 0;
        for xml in &samples {
            let x = xml.as_bytes();
            for n in 0..=x.len() {
                read += fast_equals_parsed(&x[..n], &strings);
            }
            for _ in 0..4000 {
                let mut b = x.to_vec();
                for _ in 0..1 + noise(&mut seed) % 4 {
                    let i = (noise(&mut seed) % b.len() as u64) as usize;
                    b[i] = b"<>/&;\"'= ax:?!\r\n\t\xff"[(noise(&mut seed) % 18) as usize];
                }
                read += fast_equals_parsed(&b, &strings);
            }
        }
        // The comparison is not empty: most damaged parts are still read fast.
        assert!(read > 100_000, "{read}");
    }

    #[test]
    fn fast_tokenizer_leaves_the_rest_to_the_parser() {
        let strings = sheet_strings();
        let cell = |v: &str| {
            format!(r#"<worksheet><sheetData><row><c>{v}</c></row></sheetData></worksheet>"#)
        };
        for xml in [
            cell("<v>1 &nbsp; 2</v>"),
            cell("<v>1 & 2</v>"),
            cell("<v>&#0;&#1;</v>"),
            cell("<v>&#xD800;</v>"),
            cell("<v>&#X41;</v>"),
            cell("<v><![CDATA[1]]></v>"),
            cell("<!-- note --><v>1</v>"),
            format!("<!DOCTYPE x>{}", cell("<v>1</v>")),
            r#"<worksheet><row><c r = "A1"><v>1</v></c></row></worksheet>"#.to_string(),
            r#"<worksheet><row><c r="A&#10;"><v>1</v></c></row></worksheet>"#.to_string(),
            r#"<worksheet><row><c r="A&nbsp;"><v>1</v></c></row></worksheet>"#.to_string(),
            r#"<worksheet><row><c r="A1"t="s"><v>1</v></c></row></worksheet>"#.to_string(),
            r#"<worksheet><row><c r="A1"><v>1</v></c ></row></worksheet>"#.to_string(),
            r#"<worksheet><row><c r="A1"><v>1</v"#.to_string(),
            "<worksheet><row><c><v>1\u{ff}</v></c></row><?pi".to_string(),
        ] {
            let b = xml.as_bytes();
            assert!(
                sheet_text_with(b, &strings, 1 << 20, true).is_none(),
                "{xml}"
            );
            assert!(
                flow_text_with(b, Dialect::Word, 1 << 20, true).is_none(),
                "{xml}"
            );
            let whole = sheet_text(b, &strings, 1 << 20);
            let parsed = sheet_text_with(b, &strings, 1 << 20, false).unwrap();
            assert_eq!(
                (whole.text, whole.error),
                (parsed.text, parsed.error),
                "{xml}"
            );
        }
        let bad = b"<worksheet><row><c><v>1\xff</v></c></row></worksheet>";
        assert!(sheet_text_with(bad, &strings, 1 << 20, true).is_none());
    }

    #[test]
    fn column_references() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("C5"), Some(2));
        assert_eq!(column_of("Z9"), Some(25));
        assert_eq!(column_of("AA1"), Some(26));
        assert_eq!(column_of("XFD1"), Some(16_383));
        assert_eq!(column_of("ZZZ1"), Some(MAX_COLUMN));
        assert_eq!(column_of("ABCD1"), None);
        assert_eq!(column_of("12"), None);
    }
}
