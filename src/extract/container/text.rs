//! Text helpers the document readers share: a text builder held to a cap,
//! and the decoders binary formats need (Windows-1252, UTF-16, integers at
//! an offset, printable runs). One copy each, so that a fix to one (a
//! lone surrogate, a cut in the middle of a character) reaches every
//! format.

/// Text being built, held to a cap (the member size limit): a document's
/// structure can make far more text than its bytes (pieces of a .doc
/// pointing at the same bytes, shared strings used in many cells), so what
/// a reader produces is capped as it grows. Once full, it takes no more.
#[derive(Debug)]
pub(crate) struct CappedText {
    /// The text so far (at most `cap` bytes).
    pub(crate) text: String,
    cap: usize,
    /// The cap was reached: text was cut.
    pub(crate) full: bool,
}

impl CappedText {
    /// An empty text that will hold at most `cap` bytes.
    pub(crate) fn new(cap: usize) -> Self {
        CappedText {
            text: String::new(),
            cap,
            full: false,
        }
    }

    /// Appends `s`, or as much of it as fits (cut at a character
    /// boundary, marking the text full).
    pub(crate) fn push_str(&mut self, s: &str) {
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

    /// Appends one character, if it fits.
    pub(crate) fn push(&mut self, c: char) {
        let mut b = [0; 4];
        self.push_str(c.encode_utf8(&mut b));
    }

    /// Appends `n` copies of `c` (an ASCII character), as many as fit.
    /// Unlike [`CappedText::push_str`] it does not look at `full` first
    /// (office's padding did not; kept so the output stays the same).
    pub(crate) fn push_n(&mut self, c: char, n: usize) {
        let room = self.cap.saturating_sub(self.text.len());
        let k = n.min(room);
        self.text.extend(std::iter::repeat_n(c, k));
        if k < n {
            self.full = true;
        }
    }

    /// Appends `t` with tabs and line breaks made spaces (a table cell,
    /// which must stay on its row and in its column).
    pub(crate) fn push_clean(&mut self, t: &str) {
        if has_breaks(t) {
            self.push_str(&t.replace(['\t', '\n', '\r'], " "));
        } else {
            self.push_str(t);
        }
    }

    /// Whether the text is empty or ends a line.
    pub(crate) fn ends_line(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Ends the current line (unless the text is empty or already at a
    /// line start).
    pub(crate) fn newline(&mut self) {
        if !self.ends_line() {
            self.push('\n');
        }
    }
}

/// Whether `t` holds a tab or line break (memchr: most text has none).
pub(crate) fn has_breaks(t: &str) -> bool {
    memchr::memchr3(b'\t', b'\n', b'\r', t.as_bytes()).is_some()
}

/// Windows-1252 bytes 0x80..=0x9F; the rest of the code page is Latin-1.
/// The five bytes it leaves undefined map to the C1 controls, as browsers
/// do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The character a Windows-1252 byte stands for (legacy documents, pages
/// and 8-bit string properties are written in it).
pub(crate) fn cp1252(b: u8) -> char {
    if (0x80..0xA0).contains(&b) {
        CP1252_HIGH[usize::from(b - 0x80)]
    } else {
        char::from(b)
    }
}

/// Windows-1252 text up to the first NUL (8-bit string properties end
/// with one).
pub(crate) fn cp1252_until_nul(b: &[u8]) -> String {
    b.iter()
        .take_while(|&&c| c != 0)
        .map(|&c| cp1252(c))
        .collect()
}

/// The UTF-16 code units of `b`, little-endian unless `big`. A trailing
/// odd byte is dropped, unless `pad_odd`, when it is the high byte of a
/// last unit whose low byte is 0 (a PDF CMap's hex string may be cut
/// short).
pub(crate) fn utf16_units(b: &[u8], big: bool, pad_odd: bool) -> impl Iterator<Item = u16> + '_ {
    let whole = b.len() - b.len() % 2;
    let odd = (pad_odd && whole < b.len()).then(|| [b[whole], 0]);
    b[..whole]
        .chunks_exact(2)
        .map(|c| [c[0], c[1]])
        .chain(odd)
        .map(move |p| {
            if big {
                u16::from_be_bytes(p)
            } else {
                u16::from_le_bytes(p)
            }
        })
}

/// The characters of UTF-16 code units; a lone surrogate becomes U+FFFD.
pub(crate) fn utf16_chars(units: impl IntoIterator<Item = u16>) -> impl Iterator<Item = char> {
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
}

/// UTF-16 code units as a string; a lone surrogate becomes U+FFFD (as
/// `String::from_utf16_lossy` does).
pub(crate) fn utf16_lossy(units: impl IntoIterator<Item = u16>) -> String {
    utf16_chars(units).collect()
}

/// The first two bytes of `b` (at least two) as a number, little-endian
/// unless `big`.
pub(crate) fn read_u16(b: &[u8], big: bool) -> u16 {
    let a = [b[0], b[1]];
    if big {
        u16::from_be_bytes(a)
    } else {
        u16::from_le_bytes(a)
    }
}

/// The first four bytes of `b` (at least four) as a number, little-endian
/// unless `big`.
pub(crate) fn read_u32(b: &[u8], big: bool) -> u32 {
    let a = [b[0], b[1], b[2], b[3]];
    if big {
        u32::from_be_bytes(a)
    } else {
        u32::from_le_bytes(a)
    }
}

/// The 16-bit number at byte `at` of `b`, if `b` holds it.
pub(crate) fn u16_at(b: &[u8], at: usize, big: bool) -> Option<u16> {
    b.get(at..at.checked_add(2)?).map(|b| read_u16(b, big))
}

/// The 32-bit number at byte `at` of `b`, if `b` holds it.
pub(crate) fn u32_at(b: &[u8], at: usize, big: bool) -> Option<u32> {
    b.get(at..at.checked_add(4)?).map(|b| read_u32(b, big))
}

/// The little-endian 16-bit number at byte `at` (the byte order of OLE2
/// and Office's binary formats), if `b` holds it.
pub(crate) fn le_u16(b: &[u8], at: usize) -> Option<u16> {
    u16_at(b, at, false)
}

/// The little-endian 32-bit number at byte `at`, if `b` holds it.
pub(crate) fn le_u32(b: &[u8], at: usize) -> Option<u32> {
    u32_at(b, at, false)
}

/// Runs of printable text, one per line: UTF-16LE runs of at least
/// `min16` characters (at both byte alignments) and ASCII runs of at least
/// `min8` bytes. The fallback for streams whose structure is not read.
pub(crate) fn printable_runs(data: &[u8], min16: usize, min8: usize, out: &mut CappedText) {
    let wide = |u: u16| matches!(u, 0x20..=0x7E | 0x09 | 0xA0..=0x24F | 0x2010..=0x2027 | 0x20AC);
    let mut run = String::new();
    for align in 0..2 {
        let mut count = 0;
        for u in utf16_units(data.get(align..).unwrap_or(&[]), false, false) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_text_cuts_at_a_character_boundary_and_stays_full() {
        let mut t = CappedText::new(5);
        t.push_str("ab");
        t.push_str("cé€");
        assert_eq!(t.text, "abcé");
        assert!(t.full);
        t.push('x');
        t.newline();
        assert_eq!(t.text, "abcé");
        let mut t = CappedText::new(4);
        t.push_n(' ', 3);
        assert!(!t.full);
        t.push_n('\t', 3);
        assert_eq!(t.text, "   \t");
        assert!(t.full);
        let mut t = CappedText::new(64);
        t.newline();
        t.push_clean("a\tb\nc");
        t.newline();
        t.newline();
        assert_eq!(t.text, "a b c\n");
    }

    #[test]
    fn cp1252_high_half() {
        assert_eq!(cp1252(0x80), '€');
        assert_eq!(cp1252(0x81), '\u{81}');
        assert_eq!(cp1252(0x9F), 'Ÿ');
        assert_eq!(cp1252(0xE9), 'é');
        assert_eq!(cp1252_until_nul(b"caf\xE9\x93\0rest"), "café“");
    }

    #[test]
    fn utf16_byte_orders_odd_bytes_and_lone_surrogates() {
        let le = [0x41, 0, 0x3D, 0xD8, 0x42, 0, 0x43];
        assert_eq!(utf16_lossy(utf16_units(&le, false, false)), "A\u{FFFD}B");
        let be = [0, 0x41, 0xD8, 0x3D, 0xDE, 0x00, 0x42];
        assert_eq!(utf16_lossy(utf16_units(&be, true, false)), "A😀");
        assert_eq!(utf16_lossy(utf16_units(&be, true, true)), "A😀䈀");
        assert_eq!(utf16_lossy(utf16_units(&[], true, true)), "");
    }

    #[test]
    fn numbers_at_an_offset() {
        let b = [1, 2, 3, 4, 5];
        assert_eq!(le_u16(&b, 3), Some(0x0504));
        assert_eq!(le_u16(&b, 4), None);
        assert_eq!(u16_at(&b, 0, true), Some(0x0102));
        assert_eq!(le_u32(&b, 1), Some(0x0504_0302));
        assert_eq!(u32_at(&b, 1, true), Some(0x0203_0405));
        assert_eq!(u32_at(&b, 2, false), None);
        assert_eq!(u32_at(&b, usize::MAX, false), None);
    }
}
