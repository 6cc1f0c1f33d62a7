//! XML parts as events: a fast tokenizer for the plain XML office writers
//! produce, the lenient parser for the rest.

use std::borrow::Cow;

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::Built;
use crate::extract::container::text::{utf16_lossy, utf16_units};

/// What a part's builder made of it, knowing whether the XML broke.
pub(super) trait Parsed {
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
pub(super) fn parse<T: Parsed>(b: &[u8], build: impl Fn(&[u8]) -> T) -> T {
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
    utf16_lossy(utf16_units(&b[2..], !le, false))
}

/// A start or empty tag, with its local name found once.
#[derive(Clone, Copy)]
pub(super) struct Tag<'e, 'x> {
    pub(super) local: &'e str,
    /// The name as written, prefix included.
    pub(super) qname: &'e str,
    pub(super) attrs: Attrs<'e, 'x>,
}

/// A tag's attributes, from whichever tokenizer read it.
#[derive(Clone, Copy)]
pub(super) enum Attrs<'e, 'x> {
    /// The parser's tag: attributes parsed when asked for.
    Parsed(&'e BytesStart<'x>),
    /// The fast tokenizer's (qualified name, value) pairs, values already
    /// normalised (references resolved; they hold no other whitespace than
    /// spaces).
    Plain(&'e [(&'x str, Cow<'x, str>)]),
}

/// An XML event as the text builders see it.
pub(super) enum Ev<'e, 'x> {
    Start(Tag<'e, 'x>),
    Empty(Tag<'e, 'x>),
    /// End tag, by local name.
    End(&'e str),
    /// Character data, entities resolved (text, CDATA, references).
    Text(Cow<'e, str>),
}

/// Why a walk over a part's events stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Halt {
    /// The XML broke at this byte.
    Broke(u64),
    /// The fast tokenizer met something it leaves to the parser.
    Unread,
}

/// Runs `on` over the events of `xml` until the end, a halt or `on`
/// returning false: by [`walk_fast`] when `fast`, else by the parser.
pub(super) fn walk(xml: &[u8], fast: bool, on: impl FnMut(Ev<'_, '_>) -> bool) -> Result<(), Halt> {
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
pub(super) fn fast_or_parsed<T>(build: impl Fn(bool) -> Option<T>) -> Option<T> {
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
pub(super) fn halted(r: Result<(), Halt>) -> Option<Option<u64>> {
    match r {
        Ok(()) => Some(None),
        Err(Halt::Broke(at)) => Some(Some(at)),
        Err(Halt::Unread) => None,
    }
}

/// [`walk`] by the parser: the XML's error position when it breaks.
fn walk_parsed(xml: &[u8], mut on: impl FnMut(Ev<'_, '_>) -> bool) -> Result<(), u64> {
    let mut r = Reader::from_reader(xml);
    crate::extract::xml::lenient_xml(r.config_mut());
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
pub(super) fn local(name: &str) -> &str {
    match name.bytes().position(|b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Value of the (first) attribute with local name `name`, entities
/// resolved.
pub(super) fn attr<'e>(a: Attrs<'e, '_>, name: &str) -> Option<Cow<'e, str>> {
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
pub(super) fn count_attr(e: Attrs<'_, '_>, name: &str, cap: usize) -> usize {
    attr(e, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, cap)
}

/// Skips the subtree of elements `skip` says to skip.
#[derive(Default)]
pub(super) struct Skip {
    pub(super) depth: usize,
    /// Depth of the element being skipped.
    pub(super) at: Option<usize>,
}

impl Skip {
    /// Tracks depth; true when the event is to be ignored.
    pub(super) fn event(&mut self, ev: &Ev<'_, '_>, skip: impl Fn(&str) -> bool) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::office::flow::{flow_text, flow_text_with, Dialect};
    use crate::extract::container::office::sheet::{
        shared_strings_with, sheet_names_with, sheet_text, sheet_text_with, Strings,
    };
    use crate::extract::container::office::tests::*;

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
}
