//! OLE2 compound files: legacy .doc, .xls, .ppt and Outlook .msg.
//!
//! An OLE2 file is a little file system of streams; which streams it has
//! says what it is:
//!
//! - **Outlook .msg** (`__substg1.0_*` property streams): one text part,
//!   `Subject:`/`From:`/`To:`/`Cc:` lines, a blank line, then the plain-text
//!   body; an HTML-only body is handed on as a `body.html` member and an
//!   RTF-only one (LZFu-decompressed) as `body.rtf`, for the markup readers;
//!   every attachment is handed on as a member named by its file name (so an
//!   attached .docx or .pdf is opened in turn), an attached message is read
//!   the same way as a text part named by its display name.
//! - **Word .doc** (`WordDocument`): the text through the piece table (FIB
//!   → CLX in the table stream → pieces of cp1252 or UTF-16LE text), with
//!   field codes dropped, cell marks as tabs and row ends as newlines; runs
//!   of printable text when the piece table cannot be read.
//! - **Excel .xls** (`Workbook`, BIFF8): each sheet as tab-separated rows
//!   (shared strings with their CONTINUE records, inline strings, numbers,
//!   formula results; date-formatted numbers as ISO dates), after a line
//!   with the sheet's name; printable runs for older BIFF versions.
//! - **PowerPoint .ppt**: the text atoms of the `PowerPoint Document`
//!   stream.
//! - anything else: printable runs (UTF-16LE and ASCII) of every stream.
//!
//! Encrypted files (an encrypted OOXML package inside OLE2, or the
//! encryption flags of .doc/.xls/.ppt) are reported as encrypted.
//!
//! The `cfb` crate reads the container; its calls run under
//! `catch_unwind`, so a panic on a malformed file costs this file (reported
//! as corrupt), never the scan.

use std::collections::HashMap;
use std::io::{self, Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use super::{Budget, Part, Problem, Visit};

type Cfb<'b> = cfb::CompoundFile<Cursor<&'b [u8]>>;

/// Attached messages nested deeper than this are not read.
const MAX_MSG_DEPTH: usize = 4;

/// Reads an OLE2 file: its text as one [`Part::Text`] named `""`, plus the
/// attachments of a message as members.
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    budget.check_time()?;
    let mut ole = Ole::open(bytes)?;
    let cap = usize::try_from(budget.limits.max_member_bytes).unwrap_or(usize::MAX);
    let has_root = |name: &str| {
        ole.streams
            .iter()
            .any(|s| s.comps.len() == 1 && s.comps[0].eq_ignore_ascii_case(name))
    };
    if has_root("EncryptionInfo") && has_root("EncryptedPackage") {
        return Err(Problem::encrypted("office document is encrypted"));
    }
    let is_msg = ole.streams.iter().any(|s| {
        let top = s.comps[0].to_ascii_lowercase();
        top.starts_with("__substg1.0_")
            || top.starts_with("__recip_version1.0_")
            || top.starts_with("__attach_version1.0_")
    });
    let is_doc = has_root("WordDocument");
    let is_xls = has_root("Workbook") || has_root("Book");
    let is_ppt = has_root("PowerPoint Document");
    let mut out = TextBuf::new(cap);
    if is_msg {
        return read_msg(&mut ole, &[], "", 0, budget, visit);
    } else if is_doc {
        read_doc(&mut ole, &mut out, budget, visit)?;
    } else if is_xls {
        read_xls(&mut ole, &mut out, budget, visit)?;
    } else if is_ppt {
        read_ppt(&mut ole, &mut out, budget, visit)?;
    } else {
        let paths: Vec<String> = ole.streams.iter().map(|s| s.path.clone()).collect();
        let mut buf = Vec::new();
        for path in paths {
            if ole.take(&path, &mut buf, budget, visit)? {
                printable_runs(&buf, 4, 6, &mut out);
            }
        }
    }
    emit(out, "", budget, visit)
}

/// Visits `out` as a text part (if it holds any text), then reports the
/// text cap if it was reached.
fn emit(
    out: TextBuf,
    name: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    if out.text.chars().any(|c| !c.is_whitespace()) {
        let charged = budget.charge(out.text.len() as u64, 0, None);
        visit(
            Part::Text {
                name,
                text: out.text.as_bytes(),
            },
            budget,
        )?;
        charged?;
    }
    if out.full {
        return Err(Problem::budget(
            "document text past the member size limit (--max-member-size)",
        ));
    }
    Ok(())
}

/// Text being built, held to a cap (the member size limit): pieces of a
/// .doc may point at the same bytes any number of times.
struct TextBuf {
    text: String,
    cap: usize,
    full: bool,
}

impl TextBuf {
    fn new(cap: usize) -> Self {
        TextBuf {
            text: String::new(),
            cap,
            full: false,
        }
    }

    fn push_str(&mut self, s: &str) {
        if self.full {
            return;
        }
        let room = self.cap.saturating_sub(self.text.len());
        if s.len() <= room {
            self.text.push_str(s);
        } else {
            let mut end = room;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            self.text.push_str(&s[..end]);
            self.full = true;
        }
    }

    fn push(&mut self, c: char) {
        let mut b = [0; 4];
        self.push_str(c.encode_utf8(&mut b));
    }

    /// Ends the current line (unless the text is empty or already at a
    /// line start).
    fn newline(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.push('\n');
        }
    }
}

/// One stream of the compound file.
struct StreamInfo {
    /// Path as `cfb` names it (`/WordDocument`).
    path: String,
    /// Its storage names and its own name, outermost first.
    comps: Vec<String>,
}

/// An opened compound file and the list of its streams.
struct Ole<'b> {
    cf: Cfb<'b>,
    streams: Vec<StreamInfo>,
}

impl<'b> Ole<'b> {
    fn open(bytes: &'b [u8]) -> Result<Self, Problem> {
        let opened = catch_unwind(AssertUnwindSafe(|| -> io::Result<_> {
            let cf = cfb::CompoundFile::open(Cursor::new(bytes))?;
            let streams = cf
                .walk()
                .filter(|e| e.is_stream())
                .map(|e| {
                    let path: PathBuf = e.path().to_path_buf();
                    let comps = path
                        .components()
                        .filter_map(|c| match c {
                            std::path::Component::Normal(n) => {
                                Some(n.to_string_lossy().into_owned())
                            }
                            _ => None,
                        })
                        .collect::<Vec<_>>();
                    StreamInfo {
                        path: path.to_string_lossy().into_owned(),
                        comps,
                    }
                })
                .filter(|s| !s.comps.is_empty())
                .collect();
            Ok((cf, streams))
        }));
        match opened {
            Ok(Ok((cf, streams))) => Ok(Ole { cf, streams }),
            Ok(Err(e)) => Err(Problem::corrupt(format!(
                "not a readable OLE2 compound file ({})",
                e.kind()
            ))),
            Err(_) => Err(Problem::corrupt("OLE2 reader failed")),
        }
    }

    /// Reads one stream into `buf` the standard way (counted as a member):
    /// `Ok(true)` when `buf` holds all of it, `Ok(false)` when it was
    /// skipped (and reported).
    fn take(
        &mut self,
        path: &str,
        buf: &mut Vec<u8>,
        budget: &mut Budget<'_>,
        visit: &mut Visit<'_>,
    ) -> Result<bool, Problem> {
        budget.next_member()?;
        let name = path.trim_start_matches('/');
        let cf = &mut self.cf;
        let stream = match catch_unwind(AssertUnwindSafe(|| cf.open_stream(path))) {
            Ok(Ok(s)) => s,
            _ => {
                visit(
                    Part::Skipped {
                        name,
                        problem: Problem::corrupt("OLE2 stream cannot be opened"),
                    },
                    budget,
                )?;
                return Ok(false);
            }
        };
        budget.take_member(name, NoPanic(stream), None, buf, visit)
    }

    /// Reads a stream by its name components (case-insensitive), if the
    /// file has it.
    fn take_named(
        &mut self,
        comps: &[&str],
        buf: &mut Vec<u8>,
        budget: &mut Budget<'_>,
        visit: &mut Visit<'_>,
    ) -> Result<bool, Problem> {
        match self.find(comps) {
            Some(path) => self.take(&path, buf, budget, visit),
            None => Ok(false),
        }
    }

    fn find(&self, comps: &[&str]) -> Option<String> {
        self.streams
            .iter()
            .find(|s| {
                s.comps.len() == comps.len()
                    && s.comps
                        .iter()
                        .zip(comps)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
            .map(|s| s.path.clone())
    }
}

/// A reader whose panics become I/O errors.
struct NoPanic<R>(R);

impl<R: Read> Read for NoPanic<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        catch_unwind(AssertUnwindSafe(|| self.0.read(buf)))
            .unwrap_or_else(|_| Err(io::Error::other("OLE2 reader failed")))
    }
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(i..i.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(i..i.checked_add(4)?)?.try_into().ok()?,
    ))
}

/// UTF-16LE, up to the first NUL (string properties end with one).
fn utf16le(b: &[u8]) -> String {
    let units: Vec<u16> = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}

/// Windows-1252, up to the first NUL.
fn cp1252(b: &[u8]) -> String {
    b.iter()
        .take_while(|&&c| c != 0)
        .map(|&c| cp1252_char(c))
        .collect()
}

fn cp1252_char(c: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match c {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(c - 0x80)])).unwrap_or('\u{fffd}'),
        c => char::from(c),
    }
}

/// Runs of printable text, one per line: UTF-16LE runs of at least
/// `min16` characters (at both byte alignments) and ASCII runs of at least
/// `min8` bytes. The fallback for streams whose structure is not read.
fn printable_runs(data: &[u8], min16: usize, min8: usize, out: &mut TextBuf) {
    let wide = |u: u16| matches!(u, 0x20..=0x7E | 0x09 | 0xA0..=0x24F | 0x2010..=0x2027 | 0x20AC);
    let mut run = String::new();
    for align in 0..2 {
        let mut count = 0;
        for pair in data.get(align..).unwrap_or(&[]).chunks_exact(2) {
            let u = u16::from_le_bytes([pair[0], pair[1]]);
            if wide(u) {
                run.push(char::from_u32(u32::from(u)).unwrap_or(' '));
                count += 1;
            } else {
                if count >= min16 {
                    out.newline();
                    out.push_str(run.trim());
                }
                run.clear();
                count = 0;
            }
            if out.full {
                return;
            }
        }
        if count >= min16 {
            out.newline();
            out.push_str(run.trim());
        }
        run.clear();
    }
    let mut start = None;
    for (i, &b) in data.iter().chain(std::iter::once(&0)).enumerate() {
        let printable = (0x20..=0x7E).contains(&b) || b == b'\t';
        match (printable, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if i - s >= min8 {
                    out.newline();
                    out.push_str(String::from_utf8_lossy(&data[s..i]).trim());
                    if out.full {
                        return;
                    }
                }
                start = None;
            }
            _ => {}
        }
    }
    out.newline();
}

// ---------------------------------------------------------------- .msg --

/// Property streams of one message storage (top level, or an attached
/// message), by property tag (`0037001F`), and its recipients' and
/// attachments' storages.
#[derive(Default)]
struct MsgLayout {
    props: HashMap<String, String>,
    recips: Vec<(String, HashMap<String, String>)>,
    attachs: Vec<(String, HashMap<String, String>, bool)>,
}

fn msg_layout(ole: &Ole<'_>, prefix: &[String]) -> MsgLayout {
    let mut layout = MsgLayout::default();
    let mut recips: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut attachs: HashMap<String, (HashMap<String, String>, bool)> = HashMap::new();
    for s in &ole.streams {
        if s.comps.len() <= prefix.len()
            || !s
                .comps
                .iter()
                .zip(prefix)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            continue;
        }
        let rel = &s.comps[prefix.len()..];
        let tag = |name: &str| {
            let upper = name.to_ascii_uppercase();
            upper.strip_prefix("__SUBSTG1.0_").map(str::to_string)
        };
        let upper0 = rel[0].to_ascii_uppercase();
        match rel.len() {
            1 => {
                if let Some(t) = tag(&rel[0]) {
                    layout.props.insert(t, s.path.clone());
                }
            }
            2 if upper0.starts_with("__RECIP_VERSION1.0_") => {
                let entry = recips.entry(rel[0].clone()).or_default();
                if let Some(t) = tag(&rel[1]) {
                    entry.insert(t, s.path.clone());
                } else if rel[1].eq_ignore_ascii_case("__properties_version1.0") {
                    entry.insert("PROPS".into(), s.path.clone());
                }
            }
            _ if upper0.starts_with("__ATTACH_VERSION1.0_") => {
                let entry = attachs.entry(rel[0].clone()).or_default();
                if rel.len() == 2 {
                    if let Some(t) = tag(&rel[1]) {
                        entry.0.insert(t, s.path.clone());
                    }
                } else if rel[1].eq_ignore_ascii_case("__substg1.0_3701000D") {
                    entry.1 = true;
                }
            }
            _ => {}
        }
    }
    layout.recips = recips.into_iter().collect();
    layout.recips.sort_by(|a, b| a.0.cmp(&b.0));
    layout.attachs = attachs.into_iter().map(|(k, (p, e))| (k, p, e)).collect();
    layout.attachs.sort_by(|a, b| a.0.cmp(&b.0));
    layout
}

/// Reads a string property (`id` is the 4 hex digits of the property id):
/// the Unicode (`001F`) stream, else the 8-bit (`001E`) one.
fn msg_string(
    ole: &mut Ole<'_>,
    props: &HashMap<String, String>,
    id: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<Option<String>, Problem> {
    let mut buf = Vec::new();
    if let Some(path) = props.get(&format!("{id}001F")) {
        if ole.take(path, &mut buf, budget, visit)? {
            return Ok(Some(utf16le(&buf)).filter(|s| !s.trim().is_empty()));
        }
    }
    if let Some(path) = props.get(&format!("{id}001E")) {
        if ole.take(path, &mut buf, budget, visit)? {
            return Ok(Some(cp1252(&buf)).filter(|s| !s.trim().is_empty()));
        }
    }
    Ok(None)
}

/// Reads a binary property (`{id}0102`).
fn msg_binary(
    ole: &mut Ole<'_>,
    props: &HashMap<String, String>,
    id: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<Option<Vec<u8>>, Problem> {
    let mut buf = Vec::new();
    match props.get(&format!("{id}0102")) {
        Some(path) if ole.take(path, &mut buf, budget, visit)? => Ok(Some(buf)),
        _ => Ok(None),
    }
}

/// `Name <address>`, or whichever of the two there is.
fn person(name: Option<String>, address: Option<String>) -> Option<String> {
    match (name, address) {
        (Some(n), Some(a)) if n.trim() != a.trim() => Some(format!("{} <{}>", n.trim(), a.trim())),
        (Some(n), _) => Some(n.trim().to_string()),
        (None, Some(a)) => Some(a.trim().to_string()),
        (None, None) => None,
    }
}

/// Reads the message stored under `prefix` (empty: the file itself) as
/// one text part named `name`, then its attachments (named
/// `{name}/{file name}` for an attached message's own attachments).
fn read_msg(
    ole: &mut Ole<'_>,
    prefix: &[String],
    name: &str,
    depth: usize,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let cap = usize::try_from(budget.limits.max_member_bytes).unwrap_or(usize::MAX);
    let layout = msg_layout(ole, prefix);
    let props = &layout.props;
    let mut out = TextBuf::new(cap);

    if let Some(subject) = msg_string(ole, props, "0037", budget, visit)? {
        out.push_str(&format!("Subject: {}\n", subject.trim()));
    }
    let sender_name = match msg_string(ole, props, "0C1A", budget, visit)? {
        Some(n) => Some(n),
        None => msg_string(ole, props, "0042", budget, visit)?,
    };
    let mut sender_address = None;
    for id in ["5D01", "0C1F", "5D02", "0065"] {
        if let Some(a) = msg_string(ole, props, id, budget, visit)? {
            if a.contains('@') {
                sender_address = Some(a);
                break;
            }
        }
    }
    if let Some(from) = person(sender_name, sender_address) {
        out.push_str(&format!("From: {from}\n"));
    }

    // Recipients by type (1 To, 2 Cc, 3 Bcc), from their own storages.
    let mut by_type: [Vec<String>; 3] = Default::default();
    for (_, rprops) in &layout.recips {
        let rname = msg_string(ole, rprops, "3001", budget, visit)?;
        let raddr = match msg_string(ole, rprops, "39FE", budget, visit)? {
            Some(a) => Some(a),
            None => msg_string(ole, rprops, "3003", budget, visit)?,
        };
        let mut kind = 1;
        if let Some(path) = rprops.get("PROPS") {
            let mut buf = Vec::new();
            if ole.take(path, &mut buf, budget, visit)? {
                kind = recipient_type(&buf).unwrap_or(1);
            }
        }
        if let Some(p) = person(rname, raddr) {
            by_type[(kind.clamp(1, 3) - 1) as usize].push(p);
        }
    }
    for (i, (label, display_id)) in [("To", "0E04"), ("Cc", "0E03"), ("Bcc", "0E02")]
        .into_iter()
        .enumerate()
    {
        let line = if by_type[i].is_empty() {
            msg_string(ole, props, display_id, budget, visit)?
        } else {
            Some(by_type[i].join("; "))
        };
        if let Some(line) = line {
            out.push_str(&format!("{label}: {}\n", line.trim()));
        }
    }

    let body = msg_string(ole, props, "1000", budget, visit)?;
    let mut other_body: Option<(&str, Vec<u8>)> = None;
    match body {
        Some(body) => {
            out.newline();
            out.push('\n');
            out.push_str(&body.replace("\r\n", "\n"));
            out.newline();
        }
        None => {
            if let Some(html) = msg_binary(ole, props, "1013", budget, visit)? {
                other_body = Some(("body.html", html));
            } else if let Some(html) = msg_string(ole, props, "1013", budget, visit)? {
                other_body = Some(("body.html", html.into_bytes()));
            } else if let Some(rtf) = msg_binary(ole, props, "1009", budget, visit)? {
                match decompress_rtf(&rtf, cap) {
                    Some(rtf) => other_body = Some(("body.rtf", rtf)),
                    None => visit(
                        Part::Skipped {
                            name: "body.rtf",
                            problem: Problem::corrupt("compressed RTF body cannot be read"),
                        },
                        budget,
                    )?,
                }
            }
        }
    }
    emit(out, name, budget, visit)?;
    if let Some((body_name, bytes)) = other_body {
        let full = join_name(name, body_name);
        visit(
            Part::Raw {
                name: &full,
                bytes: &bytes,
            },
            budget,
        )?;
    }

    for (n, (storage, aprops, embedded)) in layout.attachs.iter().enumerate() {
        let file_name = match msg_string(ole, aprops, "3707", budget, visit)? {
            Some(f) => Some(f),
            None => match msg_string(ole, aprops, "3704", budget, visit)? {
                Some(f) => Some(f),
                None => msg_string(ole, aprops, "3001", budget, visit)?,
            },
        };
        let file_name = file_name
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| format!("attachment {}", n + 1));
        let full = join_name(name, &file_name);
        if let Some(data) = msg_binary(ole, aprops, "3701", budget, visit)? {
            visit(
                Part::Raw {
                    name: &full,
                    bytes: &data,
                },
                budget,
            )?;
        } else if *embedded {
            if depth + 1 >= MAX_MSG_DEPTH {
                visit(
                    Part::Skipped {
                        name: &full,
                        problem: Problem::budget(format!(
                            "attached messages nested deeper than {MAX_MSG_DEPTH} levels"
                        )),
                    },
                    budget,
                )?;
                continue;
            }
            let mut inner = prefix.to_vec();
            inner.push(storage.clone());
            inner.push("__substg1.0_3701000D".into());
            let has_props = msg_layout(ole, &inner).props.keys().next().is_some();
            if has_props {
                read_msg(ole, &inner, &full, depth + 1, budget, visit)?;
            } else {
                visit(
                    Part::Skipped {
                        name: &full,
                        problem: Problem::unsupported("embedded OLE object attachment"),
                    },
                    budget,
                )?;
            }
        }
    }
    Ok(())
}

fn join_name(outer: &str, inner: &str) -> String {
    if outer.is_empty() {
        inner.to_string()
    } else {
        format!("{outer}/{inner}")
    }
}

/// `PR_RECIPIENT_TYPE` from a recipient's `__properties_version1.0`
/// stream (8-byte header, then 16-byte entries: tag, flags, value).
fn recipient_type(props: &[u8]) -> Option<u32> {
    props
        .get(8..)?
        .chunks_exact(16)
        .find(|e| u32_at(e, 0) == Some(0x0C15_0003))
        .and_then(|e| u32_at(e, 8))
}

/// Decompresses `PR_RTF_COMPRESSED` (MS-OXRTFCP): LZ77 over a 4096-byte
/// ring that starts with common RTF; at most `cap` bytes.
fn decompress_rtf(data: &[u8], cap: usize) -> Option<Vec<u8>> {
    const PREFIX: &[u8] = b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
    let raw_size = u32_at(data, 4)? as usize;
    let magic = u32_at(data, 8)?;
    let body = data.get(16..)?;
    let limit = raw_size.min(cap);
    match magic {
        0x414C_454D => return Some(body[..body.len().min(limit)].to_vec()), // MELA
        0x7546_5A4C => {}                                                   // LZFu
        _ => return None,
    }
    let mut ring = [0u8; 4096];
    ring[..PREFIX.len()].copy_from_slice(PREFIX);
    let mut write = PREFIX.len();
    let mut out = Vec::with_capacity(limit.min(1 << 20));
    let mut i = 0;
    'outer: while i < body.len() && out.len() < limit {
        let control = body[i];
        i += 1;
        for bit in 0..8 {
            if out.len() >= limit {
                break 'outer;
            }
            if control & (1 << bit) == 0 {
                let Some(&b) = body.get(i) else {
                    break 'outer;
                };
                i += 1;
                out.push(b);
                ring[write] = b;
                write = (write + 1) % 4096;
            } else {
                let (Some(&hi), Some(&lo)) = (body.get(i), body.get(i + 1)) else {
                    break 'outer;
                };
                i += 2;
                let word = u16::from_be_bytes([hi, lo]);
                let offset = usize::from(word >> 4);
                let len = usize::from(word & 0xF) + 2;
                if offset == write {
                    break 'outer;
                }
                for k in 0..len {
                    let b = ring[(offset + k) % 4096];
                    out.push(b);
                    ring[write] = b;
                    write = (write + 1) % 4096;
                }
            }
        }
    }
    out.truncate(limit);
    Some(out)
}

// ---------------------------------------------------------------- .doc --

fn read_doc(
    ole: &mut Ole<'_>,
    out: &mut TextBuf,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut word = Vec::new();
    if !ole.take_named(&["WordDocument"], &mut word, budget, visit)? {
        return Ok(());
    }
    let flags = match (u16_at(&word, 0), u16_at(&word, 0x0A)) {
        (Some(0xA5EC), Some(flags)) => Some(flags),
        _ => None,
    };
    if let Some(flags) = flags {
        // fEncrypted (also set for XOR obfuscation).
        if flags & 0x0100 != 0 {
            return Err(Problem::encrypted("Word document is encrypted"));
        }
        let table_name = if flags & 0x0200 != 0 {
            "1Table"
        } else {
            "0Table"
        };
        let mut table = Vec::new();
        if ole.take_named(&[table_name], &mut table, budget, visit)? {
            if let Some(()) = doc_pieces(&word, &table, out) {
                return Ok(());
            }
        }
    }
    out.text.clear();
    out.full = false;
    printable_runs(&word, 4, 6, out);
    Ok(())
}

/// The document's text through its piece table; `None` when the FIB or
/// the CLX cannot be read (the caller falls back to printable runs).
fn doc_pieces(word: &[u8], table: &[u8], out: &mut TextBuf) -> Option<()> {
    // FIB: FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb +
    // fibRgFcLcb; fcClx/lcbClx are its 34th pair.
    let n_fib = u16_at(word, 2)?;
    if n_fib < 0x65 {
        return None; // Word 95 and older: no CLX of this form.
    }
    let mut pos = 32usize;
    let csw = usize::from(u16_at(word, pos)?);
    pos += 2 + csw * 2;
    let cslw = usize::from(u16_at(word, pos)?);
    pos += 2 + cslw * 4;
    let cb_fc_lcb = usize::from(u16_at(word, pos)?);
    pos += 2;
    if cb_fc_lcb <= 33 {
        return None;
    }
    let fc_clx = u32_at(word, pos + 33 * 8)? as usize;
    let lcb_clx = u32_at(word, pos + 33 * 8 + 4)? as usize;
    let clx = table.get(fc_clx..fc_clx.checked_add(lcb_clx)?)?;

    // CLX: Prc* (0x01, cb, grpprl) then Pcdt (0x02, lcb, PlcPcd).
    let mut i = 0usize;
    let plc = loop {
        match clx.get(i)? {
            0x01 => i += 3 + usize::from(u16_at(clx, i + 1)?),
            0x02 => {
                let lcb = u32_at(clx, i + 1)? as usize;
                break clx.get(i + 5..(i + 5).checked_add(lcb)?)?;
            }
            _ => return None,
        }
    };
    if plc.len() < 16 {
        return None;
    }
    let n = (plc.len() - 4) / 12;
    let mut cleaner = WordText::default();
    for k in 0..n {
        let (start, end) = (u32_at(plc, 4 * k)?, u32_at(plc, 4 * (k + 1))?);
        let Some(len) = end.checked_sub(start).map(|l| l as usize) else {
            continue;
        };
        let pcd = 4 * (n + 1) + 8 * k;
        let fc_raw = u32_at(plc, pcd + 2)?;
        let fc = (fc_raw & 0x3FFF_FFFF) as usize;
        if fc_raw & 0x4000_0000 != 0 {
            let off = fc / 2;
            let Some(bytes) = word.get(off..off.saturating_add(len).min(word.len())) else {
                continue;
            };
            for &b in bytes {
                cleaner.push(cp1252_char(b), out);
            }
        } else {
            let end = fc.saturating_add(len.saturating_mul(2)).min(word.len());
            let Some(bytes) = word.get(fc..end) else {
                continue;
            };
            let units = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]));
            for c in char::decode_utf16(units) {
                cleaner.push(c.unwrap_or('\u{fffd}'), out);
            }
        }
        if out.full {
            break;
        }
    }
    out.newline();
    Some(())
}

/// Word's special characters turned into plain text.
#[derive(Default)]
struct WordText {
    /// Open fields: whether each is still in its code (before the
    /// separator); code is hidden, the result shown.
    fields: Vec<bool>,
    /// The last character written was a cell mark's tab.
    after_cell: bool,
}

impl WordText {
    fn push(&mut self, c: char, out: &mut TextBuf) {
        match c {
            '\u{13}' => {
                if self.fields.len() < 64 {
                    self.fields.push(true);
                }
                return;
            }
            '\u{14}' => {
                if let Some(top) = self.fields.last_mut() {
                    *top = false;
                }
                return;
            }
            '\u{15}' => {
                self.fields.pop();
                return;
            }
            _ => {}
        }
        if self.fields.iter().any(|&in_code| in_code) {
            return;
        }
        let was_cell = std::mem::take(&mut self.after_cell);
        match c {
            '\r' | '\u{0b}' | '\u{0c}' | '\u{0e}' => out.push('\n'),
            '\u{07}' if was_cell => {
                // A row-end mark right after the last cell's mark.
                if out.text.ends_with('\t') {
                    out.text.pop();
                }
                out.push('\n');
            }
            '\u{07}' => {
                out.push('\t');
                self.after_cell = true;
            }
            '\u{1e}' => out.push('-'),
            '\t' => out.push('\t'),
            '\u{a0}' => out.push(' '),
            '\u{1f}' | '\u{fffd}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

// ---------------------------------------------------------------- .xls --

const BIFF_BOF: u16 = 0x0809;
const BIFF_EOF: u16 = 0x000A;
const BIFF_FILEPASS: u16 = 0x002F;
const BIFF_SST: u16 = 0x00FC;
const BIFF_CONTINUE: u16 = 0x003C;
const BIFF_BOUNDSHEET: u16 = 0x0085;
const BIFF_LABELSST: u16 = 0x00FD;
const BIFF_LABEL: u16 = 0x0204;
const BIFF_RSTRING: u16 = 0x00D6;
const BIFF_NUMBER: u16 = 0x0203;
const BIFF_RK: u16 = 0x027E;
const BIFF_MULRK: u16 = 0x00BD;
const BIFF_FORMULA: u16 = 0x0006;
const BIFF_STRING: u16 = 0x0207;
const BIFF_FORMAT: u16 = 0x041E;
const BIFF_XF: u16 = 0x00E0;
const BIFF_DATEMODE: u16 = 0x0022;

fn read_xls(
    ole: &mut Ole<'_>,
    out: &mut TextBuf,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut data = Vec::new();
    let read = ole.take_named(&["Workbook"], &mut data, budget, visit)?
        || ole.take_named(&["Book"], &mut data, budget, visit)?;
    if !read {
        return Ok(());
    }
    match biff8(&data, out) {
        Ok(true) => {}
        Ok(false) => {
            out.text.clear();
            out.full = false;
            printable_runs(&data, 4, 4, out);
        }
        Err(p) => return Err(p),
    }
    Ok(())
}

/// BIFF records: (type, body, offset of the record) in stream order; a
/// truncated last record ends the list.
fn biff_records(data: &[u8]) -> impl Iterator<Item = (u16, &[u8], usize)> {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let typ = u16_at(data, pos)?;
        let len = usize::from(u16_at(data, pos + 2)?);
        let body = data.get(pos + 4..pos + 4 + len)?;
        let at = pos;
        pos += 4 + len;
        Some((typ, body, at))
    })
}

/// Bytes spread over a record and its CONTINUE records.
struct Segments<'a> {
    segs: Vec<&'a [u8]>,
    seg: usize,
    pos: usize,
}

impl<'a> Segments<'a> {
    fn at_segment_end(&self) -> bool {
        self.segs.get(self.seg).is_none_or(|s| self.pos >= s.len())
    }

    /// Moves to the next segment if this one is used up.
    fn next_segment_if_done(&mut self) -> bool {
        if self.at_segment_end() && self.seg + 1 < self.segs.len() {
            self.seg += 1;
            self.pos = 0;
            return true;
        }
        false
    }

    fn byte(&mut self) -> Option<u8> {
        while self.at_segment_end() {
            if !self.next_segment_if_done() {
                return None;
            }
        }
        let b = self.segs[self.seg][self.pos];
        self.pos += 1;
        Some(b)
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes([
            self.byte()?,
            self.byte()?,
            self.byte()?,
            self.byte()?,
        ]))
    }

    fn skip(&mut self, mut n: usize) -> Option<()> {
        while n > 0 {
            while self.at_segment_end() {
                if !self.next_segment_if_done() {
                    return None;
                }
            }
            let avail = self.segs[self.seg].len() - self.pos;
            let k = avail.min(n);
            self.pos += k;
            n -= k;
        }
        Some(())
    }

    /// An XLUnicodeRichExtendedString (SST entry): the characters may go
    /// on in the next CONTINUE record, which then starts with a new flags
    /// byte.
    fn rich_string(&mut self) -> Option<String> {
        let cch = usize::from(self.u16()?);
        let flags = self.byte()?;
        let mut high = flags & 0x01 != 0;
        let runs = if flags & 0x08 != 0 { self.u16()? } else { 0 };
        let ext = if flags & 0x04 != 0 { self.u32()? } else { 0 };
        let mut s = String::with_capacity(cch.min(1 << 16));
        let mut left = cch;
        while left > 0 {
            if self.at_segment_end() {
                if !self.next_segment_if_done() {
                    return None;
                }
                high = self.byte()? & 0x01 != 0;
                continue;
            }
            let seg = self.segs[self.seg];
            if high {
                let avail = (seg.len() - self.pos) / 2;
                if avail == 0 {
                    return None;
                }
                let k = avail.min(left);
                let units = seg[self.pos..self.pos + 2 * k]
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]));
                s.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')));
                self.pos += 2 * k;
                left -= k;
            } else {
                let k = (seg.len() - self.pos).min(left);
                s.extend(seg[self.pos..self.pos + k].iter().map(|&b| char::from(b)));
                self.pos += k;
                left -= k;
            }
        }
        self.skip(4 * usize::from(runs))?;
        self.skip(ext as usize)?;
        Some(s)
    }
}

/// An XLUnicodeString in one record (LABEL, STRING): cch, flags, chars.
fn xl_string(b: &[u8]) -> Option<String> {
    let cch = usize::from(u16_at(b, 0)?);
    let flags = *b.get(2)?;
    let chars = &b[3..];
    if flags & 0x01 != 0 {
        let units = chars
            .chunks_exact(2)
            .take(cch)
            .map(|c| u16::from_le_bytes([c[0], c[1]]));
        Some(
            char::decode_utf16(units)
                .map(|c| c.unwrap_or('\u{fffd}'))
                .collect(),
        )
    } else {
        Some(chars.iter().take(cch).map(|&b| char::from(b)).collect())
    }
}

/// An RK number (a compact number in RK, MULRK).
fn rk_value(rk: u32) -> f64 {
    let mut v = if rk & 0x02 != 0 {
        f64::from((rk as i32) >> 2)
    } else {
        f64::from_bits(u64::from(rk & 0xFFFF_FFFC) << 32)
    };
    if rk & 0x01 != 0 {
        v /= 100.0;
    }
    v
}

/// Whether a number format shows a date: the built-in date formats, or a
/// custom one with day/month/year codes outside quotes and brackets.
fn is_date_format(id: u16, custom: Option<&str>) -> bool {
    if matches!(id, 14..=17 | 22 | 27..=36 | 50..=58) {
        return true;
    }
    let Some(f) = custom else {
        return false;
    };
    let mut quoted = false;
    let mut bracket = false;
    let mut prev = '\0';
    for c in f.chars() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'y' | 'Y' if !quoted && !bracket && prev != '\\' => return true,
            'm' | 'M' if !quoted && !bracket && prev != '\\' && !f.contains(['h', 'H']) => {
                return true
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// A date serial number as `YYYY-MM-DD` (1900 or 1904 date system).
fn serial_date(v: f64, date1904: bool) -> Option<String> {
    if !v.is_finite() || !(1.0..2_958_466.0).contains(&v) {
        return None;
    }
    let days = v.floor() as i64;
    // Days from 1970-01-01: 1900 system counts from 1899-12-30 (with
    // Lotus's phantom 1900-02-29 before serial 61).
    let unix = if date1904 {
        days - 24_107
    } else if days < 61 {
        days - 25_568
    } else {
        days - 25_569
    };
    let (y, m, d) = civil_from_days(unix);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Proleptic Gregorian date of a day count from 1970-01-01 (Howard
/// Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A number as a spreadsheet shows it by default: integers without a
/// fraction.
fn number_text(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Reads a BIFF8 workbook stream into `out`: `Ok(false)` when it is not
/// BIFF8 (the caller falls back to printable runs).
fn biff8(data: &[u8], out: &mut TextBuf) -> Result<bool, Problem> {
    let mut records = biff_records(data).peekable();
    match records.peek() {
        Some(&(BIFF_BOF, body, _)) if u16_at(body, 0) == Some(0x0600) => {}
        _ => return Ok(false),
    }
    let mut sst: Vec<String> = Vec::new();
    let mut sheet_names: HashMap<usize, String> = HashMap::new();
    let mut formats: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut date1904 = false;
    let mut sheet: Option<Sheet> = None;
    let mut in_globals = true;
    let mut pending_string_cell: Option<(u16, u16)> = None;
    let mut sheets_out = 0usize;
    let mut nested = 0usize;

    while let Some((typ, body, at)) = records.next() {
        match typ {
            BIFF_BOF if at > 0 => {
                in_globals = false;
                if sheet.is_some() {
                    // A chart or other substream inside the worksheet.
                    nested += 1;
                } else {
                    let dt = u16_at(body, 2).unwrap_or(0);
                    sheet = (dt == 0x0010).then(|| Sheet {
                        name: sheet_names.get(&at).cloned(),
                        cells: Vec::new(),
                    });
                }
                continue;
            }
            BIFF_EOF => {
                if nested > 0 {
                    nested -= 1;
                } else if let Some(s) = sheet.take() {
                    s.write(out, sheets_out > 0);
                    sheets_out += 1;
                }
                continue;
            }
            BIFF_FILEPASS if in_globals => {
                return Err(Problem::encrypted("Excel workbook is encrypted"));
            }
            BIFF_DATEMODE if in_globals => date1904 = u16_at(body, 0) == Some(1),
            BIFF_FORMAT if in_globals => {
                if let (Some(id), Some(s)) = (u16_at(body, 0), body.get(2..).and_then(xl_string)) {
                    formats.insert(id, s);
                }
            }
            BIFF_XF if in_globals => xf_formats.push(u16_at(body, 2).unwrap_or(0)),
            BIFF_BOUNDSHEET if in_globals => {
                let pos = u32_at(body, 0).unwrap_or(0) as usize;
                let cch = usize::from(*body.get(6).unwrap_or(&0));
                let high = body.get(7).is_some_and(|f| f & 1 != 0);
                let chars = body.get(8..).unwrap_or(&[]);
                let name: String = if high {
                    let units = chars
                        .chunks_exact(2)
                        .take(cch)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]));
                    char::decode_utf16(units)
                        .map(|c| c.unwrap_or('\u{fffd}'))
                        .collect()
                } else {
                    chars.iter().take(cch).map(|&b| char::from(b)).collect()
                };
                sheet_names.insert(pos, name);
            }
            BIFF_SST if in_globals => {
                let mut segs = vec![body];
                while let Some(&(BIFF_CONTINUE, more, _)) = records.peek() {
                    segs.push(more);
                    records.next();
                }
                let mut reader = Segments {
                    segs,
                    seg: 0,
                    pos: 8,
                };
                let unique = u32_at(body, 4).unwrap_or(0);
                for _ in 0..unique {
                    match reader.rich_string() {
                        Some(s) => sst.push(s),
                        None => break,
                    }
                }
            }
            _ => {}
        }
        let Some(sheet) = sheet.as_mut().filter(|_| nested == 0) else {
            continue;
        };
        let cell = |b: &[u8]| Some((u16_at(b, 0)?, u16_at(b, 2)?, u16_at(b, 4)?));
        let number = |v: f64, xf: u16| {
            let fmt = xf_formats.get(usize::from(xf)).copied().unwrap_or(0);
            if is_date_format(fmt, formats.get(&fmt).map(String::as_str)) {
                if let Some(d) = serial_date(v, date1904) {
                    return d;
                }
            }
            number_text(v)
        };
        match typ {
            BIFF_LABELSST => {
                if let (Some((r, c, _)), Some(i)) = (cell(body), u32_at(body, 6)) {
                    if let Some(s) = sst.get(i as usize) {
                        sheet.cells.push((r, c, s.clone()));
                    }
                }
            }
            BIFF_LABEL | BIFF_RSTRING => {
                if let (Some((r, c, _)), Some(s)) = (cell(body), body.get(6..).and_then(xl_string))
                {
                    sheet.cells.push((r, c, s));
                }
            }
            BIFF_NUMBER => {
                if let (Some((r, c, xf)), Some(bits)) = (cell(body), body.get(6..14)) {
                    let v = f64::from_le_bytes(bits.try_into().unwrap_or([0; 8]));
                    sheet.cells.push((r, c, number(v, xf)));
                }
            }
            BIFF_RK => {
                if let (Some((r, c, xf)), Some(rk)) = (cell(body), u32_at(body, 6)) {
                    sheet.cells.push((r, c, number(rk_value(rk), xf)));
                }
            }
            BIFF_MULRK => {
                if let (Some(r), Some(first)) = (u16_at(body, 0), u16_at(body, 2)) {
                    let items = body.get(4..body.len().saturating_sub(2)).unwrap_or(&[]);
                    for (k, item) in items.chunks_exact(6).enumerate() {
                        let (Some(xf), Some(rk)) = (u16_at(item, 0), u32_at(item, 2)) else {
                            break;
                        };
                        let c = first.saturating_add(k as u16);
                        sheet.cells.push((r, c, number(rk_value(rk), xf)));
                    }
                }
            }
            BIFF_FORMULA => {
                if let (Some((r, c, xf)), Some(v)) = (cell(body), body.get(6..14)) {
                    if v[6] == 0xFF && v[7] == 0xFF {
                        match v[0] {
                            0 => pending_string_cell = Some((r, c)),
                            1 => sheet.cells.push((
                                r,
                                c,
                                if v[2] != 0 { "TRUE" } else { "FALSE" }.into(),
                            )),
                            _ => {}
                        }
                    } else {
                        let v = f64::from_le_bytes(v.try_into().unwrap_or([0; 8]));
                        sheet.cells.push((r, c, number(v, xf)));
                    }
                }
            }
            BIFF_STRING => {
                if let (Some((r, c)), Some(s)) = (pending_string_cell.take(), xl_string(body)) {
                    sheet.cells.push((r, c, s));
                }
            }
            _ => {}
        }
        if out.full {
            break;
        }
    }
    if let Some(s) = sheet.take() {
        s.write(out, sheets_out > 0);
        sheets_out += 1;
    }
    if sheets_out == 0 {
        // No sheet could be read: the shared strings at least.
        for s in &sst {
            out.push_str(s);
            out.newline();
        }
    }
    Ok(true)
}

/// The cells of one worksheet.
struct Sheet {
    name: Option<String>,
    cells: Vec<(u16, u16, String)>,
}

impl Sheet {
    /// Writes the sheet as tab-separated rows (columns from the leftmost
    /// used one; one empty line where rows are skipped), after its name.
    fn write(mut self, out: &mut TextBuf, separate: bool) {
        const MAX_COL_GAP: u16 = 256;
        self.cells.sort_by_key(|c| (c.0, c.1));
        self.cells.dedup_by_key(|c| (c.0, c.1));
        if separate {
            out.newline();
            out.push('\n');
        }
        if let Some(name) = &self.name {
            out.push_str(name);
            out.push('\n');
        }
        let min_col = self.cells.iter().map(|c| c.1).min().unwrap_or(0);
        let mut row: Option<u16> = None;
        let mut col = min_col;
        for (r, c, text) in &self.cells {
            match row {
                Some(prev) if prev == *r => {}
                Some(prev) => {
                    out.push('\n');
                    if r - prev > 1 {
                        out.push('\n');
                    }
                    col = min_col;
                }
                None => col = min_col,
            }
            row = Some(*r);
            for _ in 0..(c - col).min(MAX_COL_GAP) {
                out.push('\t');
            }
            col = *c;
            let clean: String = text
                .chars()
                .map(|ch| {
                    if ch == '\t' || ch == '\n' || ch == '\r' {
                        ' '
                    } else {
                        ch
                    }
                })
                .collect();
            out.push_str(&clean);
            if out.full {
                return;
            }
        }
        out.newline();
    }
}

// ---------------------------------------------------------------- .ppt --

fn read_ppt(
    ole: &mut Ole<'_>,
    out: &mut TextBuf,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    if ole.find(&["EncryptedSummary"]).is_some() {
        return Err(Problem::encrypted("PowerPoint presentation is encrypted"));
    }
    let mut data = Vec::new();
    if !ole.take_named(&["PowerPoint Document"], &mut data, budget, visit)? {
        return Ok(());
    }
    // Records: ver/instance u16, type u16, length u32; containers (version
    // 0xF) hold records, so stepping into them walks the whole tree flat.
    let mut pos = 0usize;
    let mut found = false;
    while let (Some(ver), Some(typ), Some(len)) = (
        u16_at(&data, pos),
        u16_at(&data, pos + 2),
        u32_at(&data, pos + 4),
    ) {
        let body_at = pos + 8;
        if typ == 0x2F14 {
            return Err(Problem::encrypted("PowerPoint presentation is encrypted"));
        }
        if ver & 0x0F == 0x0F {
            pos = body_at;
            continue;
        }
        let end = body_at.saturating_add(len as usize);
        let body = &data[body_at.min(data.len())..end.min(data.len())];
        match typ {
            0x0FA0 => {
                found = true;
                let text = utf16_all(body);
                push_ppt_text(&text, out);
            }
            0x0FA8 => {
                found = true;
                let text: String = body.iter().map(|&b| cp1252_char(b)).collect();
                push_ppt_text(&text, out);
            }
            _ => {}
        }
        if out.full || end >= data.len() {
            break;
        }
        pos = end;
    }
    if !found {
        printable_runs(&data, 4, 6, out);
    }
    Ok(())
}

fn utf16_all(b: &[u8]) -> String {
    let units = b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect()
}

fn push_ppt_text(text: &str, out: &mut TextBuf) {
    out.newline();
    for c in text.chars() {
        match c {
            '\r' | '\u{0b}' => out.push('\n'),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.newline();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::ArchiveLimits;
    use crate::vocab::SkipReason;
    use std::io::Write;
    use std::sync::atomic::AtomicU64;

    type Got = (String, String, Vec<u8>);

    fn run(bytes: &[u8]) -> (Vec<Got>, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        let mut parts = Vec::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            parts.push(match part {
                Part::Raw { name, bytes } => ("raw".into(), name.into(), bytes.to_vec()),
                Part::Text { name, text } => ("text".into(), name.into(), text.to_vec()),
                Part::Skipped { name, problem } => {
                    ("skipped".into(), name.into(), problem.detail.into_bytes())
                }
            });
            Ok(())
        });
        (parts, r)
    }

    fn text(parts: &[Got]) -> String {
        parts
            .iter()
            .filter(|p| p.0 == "text" && p.1.is_empty())
            .map(|p| String::from_utf8(p.2.clone()).unwrap())
            .collect()
    }

    fn utf16(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
    }

    /// A compound file with the given streams (storages created as needed).
    fn compound(streams: &[(&str, Vec<u8>)]) -> Vec<u8> {
        let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        for (path, data) in streams {
            if let Some(parent) = std::path::Path::new(path).parent() {
                if parent != std::path::Path::new("/") && !cf.exists(parent) {
                    cf.create_storage_all(parent).unwrap();
                }
            }
            let mut s = cf.create_stream(path).unwrap();
            s.write_all(data).unwrap();
        }
        cf.flush().unwrap();
        cf.into_inner().into_inner()
    }

    fn small_zip() -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        w.start_file("note.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b"MRN 123456").unwrap();
        w.finish().unwrap().into_inner()
    }

    fn recip_props(kind: u32) -> Vec<u8> {
        let mut p = vec![0u8; 8];
        p.extend_from_slice(&0x0C15_0003u32.to_le_bytes());
        p.extend_from_slice(&6u32.to_le_bytes());
        p.extend_from_slice(&kind.to_le_bytes());
        p.extend_from_slice(&[0; 4]);
        p
    }

    #[test]
    fn outlook_message_text_and_attachment() {
        let zip = small_zip();
        let bytes = compound(&[
            (
                "/__substg1.0_0037001F",
                utf16("Lab results for John Smith\0"),
            ),
            ("/__substg1.0_0C1A001F", utf16("Dr. Jones")),
            ("/__substg1.0_5D01001F", utf16("jones@clinic.example")),
            (
                "/__substg1.0_1000001F",
                utf16("Patient SSN 212-09-1234\r\nDOB 01/02/1960\0"),
            ),
            (
                "/__recip_version1.0_#00000000/__substg1.0_3001001F",
                utf16("John Smith"),
            ),
            (
                "/__recip_version1.0_#00000000/__substg1.0_39FE001F",
                utf16("john@example.com"),
            ),
            (
                "/__recip_version1.0_#00000000/__properties_version1.0",
                recip_props(1),
            ),
            (
                "/__recip_version1.0_#00000001/__substg1.0_3001001E",
                b"Nurse Kim".to_vec(),
            ),
            (
                "/__recip_version1.0_#00000001/__properties_version1.0",
                recip_props(2),
            ),
            (
                "/__attach_version1.0_#00000000/__substg1.0_3707001F",
                utf16("records.zip"),
            ),
            (
                "/__attach_version1.0_#00000000/__substg1.0_37010102",
                zip.clone(),
            ),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Subject: Lab results for John Smith\n\
             From: Dr. Jones <jones@clinic.example>\n\
             To: John Smith <john@example.com>\n\
             Cc: Nurse Kim\n\
             \n\
             Patient SSN 212-09-1234\nDOB 01/02/1960\n"
        );
        let raw: Vec<_> = parts.iter().filter(|p| p.0 == "raw").collect();
        assert_eq!(raw.len(), 1);
        assert_eq!(raw[0].1, "records.zip");
        assert_eq!(raw[0].2, zip);
    }

    #[test]
    fn outlook_message_html_body_embedded_message_and_rtf() {
        let html = b"<html><body><p>SSN 212-09-1234</p></body></html>".to_vec();
        let inner = "/__attach_version1.0_#00000001/__substg1.0_3701000D";
        let bytes = compound(&[
            ("/__substg1.0_0037001E", b"Referral".to_vec()),
            ("/__substg1.0_10130102", html.clone()),
            (
                "/__attach_version1.0_#00000001/__substg1.0_3001001F",
                utf16("Forwarded"),
            ),
            (
                &format!("{inner}/__substg1.0_0037001F"),
                utf16("Inner subject"),
            ),
            (
                &format!("{inner}/__substg1.0_1000001F"),
                utf16("Inner body"),
            ),
            (
                &format!("{inner}/__attach_version1.0_#00000000/__substg1.0_3707001F"),
                utf16("scan.pdf"),
            ),
            (
                &format!("{inner}/__attach_version1.0_#00000000/__substg1.0_37010102"),
                b"%PDF-1.4 not really".to_vec(),
            ),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        let names: Vec<(&str, &str)> = parts.iter().map(|p| (p.0.as_str(), p.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("text", ""),
                ("raw", "body.html"),
                ("text", "Forwarded"),
                ("raw", "Forwarded/scan.pdf"),
            ]
        );
        assert_eq!(text(&parts), "Subject: Referral\n");
        assert_eq!(parts[1].2, html);
        assert_eq!(parts[2].2, b"Subject: Inner subject\n\nInner body\n");
    }

    #[test]
    fn outlook_message_rtf_only_body_is_handed_on() {
        let mut rtf = vec![0u8; 16];
        let body = b"{\\rtf1 SSN 212-09-1234}";
        rtf[4..8].copy_from_slice(&(body.len() as u32).to_le_bytes());
        rtf[8..12].copy_from_slice(&0x414C_454Du32.to_le_bytes());
        rtf.extend_from_slice(body);
        let bytes = compound(&[
            ("/__substg1.0_0037001F", utf16("Note")),
            ("/__substg1.0_10090102", rtf),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text(&parts), "Subject: Note\n");
        let raw: Vec<_> = parts.iter().filter(|p| p.0 == "raw").collect();
        assert_eq!(raw.len(), 1);
        assert_eq!(raw[0].1, "body.rtf");
        assert_eq!(raw[0].2, body);
    }

    #[test]
    fn compressed_rtf_round_trip() {
        // "MELA" (stored) and "LZFu" with one back-reference into the
        // preloaded dictionary ("{\rtf1" at offset 0, length 6) then
        // literals.
        let mut mela = vec![0u8; 16];
        mela[4..8].copy_from_slice(&5u32.to_le_bytes());
        mela[8..12].copy_from_slice(&0x414C_454Du32.to_le_bytes());
        mela.extend_from_slice(b"{\\rtf");
        assert_eq!(decompress_rtf(&mela, 100).unwrap(), b"{\\rtf");

        let mut lz = vec![0u8; 16];
        lz[4..8].copy_from_slice(&9u32.to_le_bytes());
        lz[8..12].copy_from_slice(&0x7546_5A4Cu32.to_le_bytes());
        // control: bit0 = reference, bits 1..3 literals.
        lz.push(0b0000_0001);
        lz.extend_from_slice(&(6u16 - 2).to_be_bytes()); // offset 0, length 6
        lz.extend_from_slice(b" Hi");
        assert_eq!(decompress_rtf(&lz, 100).unwrap(), b"{\\rtf1 Hi");
    }

    /// A minimal Word 97 FIB with fcClx/lcbClx pointing into the table
    /// stream.
    fn fib(flags: u16, fc_clx: u32, lcb_clx: u32, len: usize) -> Vec<u8> {
        let mut w = vec![0u8; 32];
        w[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
        w[2..4].copy_from_slice(&0x00C1u16.to_le_bytes());
        w[0x0A..0x0C].copy_from_slice(&flags.to_le_bytes());
        w.extend_from_slice(&14u16.to_le_bytes());
        w.extend_from_slice(&[0; 28]);
        w.extend_from_slice(&22u16.to_le_bytes());
        w.extend_from_slice(&[0; 88]);
        w.extend_from_slice(&93u16.to_le_bytes());
        let mut blob = vec![0u8; 93 * 8];
        blob[33 * 8..33 * 8 + 4].copy_from_slice(&fc_clx.to_le_bytes());
        blob[33 * 8 + 4..33 * 8 + 8].copy_from_slice(&lcb_clx.to_le_bytes());
        w.extend_from_slice(&blob);
        if w.len() < len {
            w.resize(len, 0);
        }
        w
    }

    #[test]
    fn word_piece_table() {
        // Piece 1: 8-bit text at byte 1024 (fc = 2048 | fCompressed);
        // piece 2: UTF-16LE at byte 2048. A field code is dropped, its
        // result kept; a table row becomes tab-separated.
        let p1 = b"Patient: John Smith\r\x13 HYPERLINK \"x\" \x14SSN\x15 212-09-1234\r";
        let p2 = "Name\u{7}MRN\u{7}\u{7}Jane\u{7}123456\u{7}\u{7}Caf\u{e9}\r";
        let mut word = fib(0x0200, 0, 0, 4096);
        word[1024..1024 + p1.len()].copy_from_slice(p1);
        let p2b = utf16(p2);
        word[2048..2048 + p2b.len()].copy_from_slice(&p2b);
        let n1 = p1.len() as u32;
        let n2 = p2.encode_utf16().count() as u32;
        let mut plc = Vec::new();
        for cp in [0, n1, n1 + n2] {
            plc.extend_from_slice(&cp.to_le_bytes());
        }
        for fc in [(2048u32) | 0x4000_0000, 2048] {
            plc.extend_from_slice(&0u16.to_le_bytes());
            plc.extend_from_slice(&fc.to_le_bytes());
            plc.extend_from_slice(&0u16.to_le_bytes());
        }
        let mut clx = vec![0x01, 2, 0, 0xAA, 0xBB, 0x02];
        clx.extend_from_slice(&(plc.len() as u32).to_le_bytes());
        clx.extend_from_slice(&plc);
        let mut table = vec![0u8; 16];
        let fc_clx = table.len() as u32;
        table.extend_from_slice(&clx);
        let w = fib(0x0200, fc_clx, clx.len() as u32, 0);
        word[..w.len()].copy_from_slice(&w);
        let bytes = compound(&[("/WordDocument", word), ("/1Table", table)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patient: John Smith\nSSN 212-09-1234\nName\tMRN\nJane\t123456\nCaf\u{e9}\n"
        );
    }

    #[test]
    fn word_without_readable_piece_table_falls_back_to_runs() {
        let mut word = fib(0, 5000, 100, 1024);
        word.extend_from_slice(&utf16("Patient Jane Roe SSN 212-09-1234"));
        word.extend_from_slice(&[0, 0, 1, 2]);
        word.extend_from_slice(b"MRN 12345678\x00\x01");
        // Without a table stream, and with one the CLX offset misses.
        for streams in [
            vec![("/WordDocument", word.clone())],
            vec![("/WordDocument", word), ("/0Table", vec![0; 64])],
        ] {
            let (parts, r) = run(&compound(&streams));
            r.unwrap();
            let t = text(&parts);
            assert!(t.contains("Patient Jane Roe SSN 212-09-1234\n"), "{t:?}");
            assert!(t.contains("MRN 12345678\n"), "{t:?}");
        }
    }

    #[test]
    fn encrypted_word_and_ooxml() {
        let bytes = compound(&[
            ("/WordDocument", fib(0x0100, 0, 0, 1024)),
            ("/0Table", vec![0; 64]),
        ]);
        assert_eq!(run(&bytes).1.unwrap_err().reason, SkipReason::Encrypted);
        let bytes = compound(&[
            ("/EncryptionInfo", vec![4, 0, 4, 0, 0x40, 0, 0, 0]),
            ("/EncryptedPackage", vec![0x55; 4096]),
        ]);
        let (parts, r) = run(&bytes);
        let e = r.unwrap_err();
        assert_eq!(e.reason, SkipReason::Encrypted);
        assert_eq!(e.detail, "office document is encrypted");
        assert!(parts.is_empty());
    }

    fn record(typ: u16, body: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend_from_slice(&(body.len() as u16).to_le_bytes());
        r.extend_from_slice(body);
        r
    }

    fn cell(r: u16, c: u16, xf: u16) -> Vec<u8> {
        [r.to_le_bytes(), c.to_le_bytes(), xf.to_le_bytes()].concat()
    }

    #[test]
    fn excel_sheet_as_tab_separated_rows() {
        // Globals: BOF, a custom date format on XF 1, a sheet, an SST whose
        // second string continues (as UTF-16) in a CONTINUE record.
        let mut sst = Vec::new();
        sst.extend_from_slice(&3u32.to_le_bytes());
        sst.extend_from_slice(&3u32.to_le_bytes());
        for s in ["Name", "SSN"] {
            sst.extend_from_slice(&(s.len() as u16).to_le_bytes());
            sst.push(0);
            sst.extend_from_slice(s.as_bytes());
        }
        sst.extend_from_slice(&10u16.to_le_bytes());
        sst.push(0);
        sst.extend_from_slice(b"John ");
        let mut cont = vec![1u8];
        cont.extend_from_slice(&utf16("Smith"));
        let mut globals = record(BIFF_BOF, &[0, 6, 5, 0, 0, 0, 0, 0]);
        let mut fmt = 164u16.to_le_bytes().to_vec();
        fmt.extend_from_slice(&10u16.to_le_bytes());
        fmt.push(0);
        fmt.extend_from_slice(b"mm/dd/yyyy");
        globals.extend(record(BIFF_FORMAT, &fmt));
        globals.extend(record(BIFF_XF, &[0, 0, 0, 0]));
        globals.extend(record(BIFF_XF, &[0, 0, 164, 0]));
        let sheet_name = b"Patients";
        // The sheet's BOF offset is fixed up below.
        let mut bs = vec![0u8; 6];
        bs.push(sheet_name.len() as u8);
        bs.push(0);
        bs.extend_from_slice(sheet_name);
        let bs_at = globals.len() + 4;
        globals.extend(record(BIFF_BOUNDSHEET, &bs));
        globals.extend(record(BIFF_SST, &sst));
        globals.extend(record(BIFF_CONTINUE, &cont));
        globals.extend(record(BIFF_EOF, &[]));
        let sheet_at = globals.len() as u32;
        globals[bs_at..bs_at + 4].copy_from_slice(&sheet_at.to_le_bytes());

        let mut sheet = record(BIFF_BOF, &[0, 6, 0x10, 0, 0, 0, 0, 0]);
        let labelsst = |r, c, i: u32| {
            record(
                BIFF_LABELSST,
                &[cell(r, c, 0), i.to_le_bytes().to_vec()].concat(),
            )
        };
        sheet.extend(labelsst(0, 0, 0));
        sheet.extend(labelsst(0, 1, 1));
        let mut label = cell(0, 2, 0);
        label.extend_from_slice(&3u16.to_le_bytes());
        label.push(0);
        label.extend_from_slice(b"DOB");
        sheet.extend(record(BIFF_LABEL, &label));
        sheet.extend(labelsst(1, 0, 2));
        // 212091234 as an RK integer, then a date (1960-01-02 = 21917).
        let rk = (212_091_234u32 << 2) | 0x02;
        sheet.extend(record(
            BIFF_RK,
            &[cell(1, 1, 0), rk.to_le_bytes().to_vec()].concat(),
        ));
        sheet.extend(record(
            BIFF_NUMBER,
            &[cell(1, 2, 1), 21917f64.to_le_bytes().to_vec()].concat(),
        ));
        sheet.extend(record(BIFF_EOF, &[]));
        let mut book = globals;
        book.extend(sheet);
        let bytes = compound(&[("/Workbook", book)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patients\nName\tSSN\tDOB\nJohn Smith\t212091234\t1960-01-02\n"
        );
    }

    #[test]
    fn excel_filepass_is_encrypted() {
        let mut book = record(BIFF_BOF, &[0, 6, 5, 0, 0, 0, 0, 0]);
        book.extend(record(BIFF_FILEPASS, &[1, 0, 1, 0]));
        let bytes = compound(&[("/Workbook", book)]);
        assert_eq!(run(&bytes).1.unwrap_err().reason, SkipReason::Encrypted);
    }

    #[test]
    fn powerpoint_text_atoms() {
        let atom = |typ: u16, body: &[u8]| {
            let mut r = 0u16.to_le_bytes().to_vec();
            r.extend_from_slice(&typ.to_le_bytes());
            r.extend_from_slice(&(body.len() as u32).to_le_bytes());
            r.extend_from_slice(body);
            r
        };
        let mut children = atom(0x0FA0, &utf16("Patient John Smith\rMRN 123456"));
        children.extend(atom(0x0FA8, b"SSN 212-09-1234"));
        let mut doc = 0x000Fu16.to_le_bytes().to_vec();
        doc.extend_from_slice(&0x03E8u16.to_le_bytes());
        doc.extend_from_slice(&(children.len() as u32).to_le_bytes());
        doc.extend(children);
        let bytes = compound(&[
            ("/PowerPoint Document", doc),
            ("/Current User", vec![0; 20]),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patient John Smith\nMRN 123456\nSSN 212-09-1234\n"
        );
    }

    #[test]
    fn other_ole_printable_runs() {
        let mut data = utf16("Jane Roe 212-09-1234");
        data.extend_from_slice(&[0xFF, 0xFE, 0x01]);
        data.extend_from_slice(b"abc\x01MRN 99887766\x02");
        let bytes = compound(&[("/Contents", data)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text(&parts), "Jane Roe 212-09-1234\nMRN 99887766\n");
    }

    #[test]
    fn truncated_random_and_flipped_bytes_never_panic() {
        let zip = small_zip();
        let samples = [
            compound(&[
                ("/__substg1.0_0037001F", utf16("Subject")),
                ("/__substg1.0_1000001F", utf16("Body text here")),
                ("/__attach_version1.0_#00000000/__substg1.0_37010102", zip),
            ]),
            compound(&[
                ("/WordDocument", fib(0, 0, 0, 2048)),
                ("/0Table", vec![1; 128]),
            ]),
        ];
        for bytes in &samples {
            for end in (0..bytes.len()).step_by(61) {
                let _ = run(&bytes[..end]);
            }
        }
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..FUZZ {
            let mut b = samples[i % 2].clone();
            for _ in 0..1 + next() % 8 {
                let k = (next() % b.len() as u64) as usize;
                b[k] ^= 1 << (next() % 8);
            }
            let _ = run(&b);
        }
        for _ in 0..50 {
            let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            b.extend((0..next() % 4096).map(|_| next() as u8));
            let _ = run(&b);
        }
        // The format parsers on their own, with garbage.
        for _ in 0..200 {
            let b: Vec<u8> = (0..next() % 3000).map(|_| next() as u8).collect();
            let mut out = TextBuf::new(1 << 20);
            let _ = doc_pieces(&b, &b, &mut out);
            let _ = biff8(&b, &mut out);
            let _ = decompress_rtf(&b, 1 << 16);
            printable_runs(&b, 4, 6, &mut out);
        }
    }

    const FUZZ: usize = 600;
}
