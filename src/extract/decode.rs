//! Decodes a unit's bytes into the text detectors read.
//!
//! Plain text (UTF-8, or Latin-1 which agrees with it on every byte the
//! detectors look at) is scanned in place, without a copy. UTF-16 is
//! transcoded once. Binary files are not skipped: PHI hides in legacy
//! `.doc`, `.xls` and `.pst` files, so their printable ASCII and UTF-16LE
//! runs are pulled out and scanned. A segment map ties extracted offsets
//! back to raw offsets, so windows of large files can be stitched.

/// How a unit's bytes are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 or a single-byte superset of ASCII: scanned as is.
    Text,
    /// UTF-16 little endian.
    Utf16Le,
    /// UTF-16 big endian.
    Utf16Be,
    /// Neither: printable runs are extracted.
    Binary,
}

/// Sniffs the encoding from the first bytes: BOM, then where NULs fall.
pub fn encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Encoding::Text;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Encoding::Utf16Le;
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Encoding::Utf16Be;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_none() {
        return Encoding::Text;
    }
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for (i, &b) in head.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even_nul += 1;
            } else {
                odd_nul += 1;
            }
        }
    }
    let pairs = head.len() / 2;
    if pairs >= 2 && odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Encoding::Utf16Le
    } else if pairs >= 2 && even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Encoding::Utf16Be
    } else {
        Encoding::Binary
    }
}

/// A stretch of extracted text that maps linearly onto raw bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Offset in the extracted text.
    pub text: usize,
    /// Offset in the raw bytes.
    pub raw: usize,
    /// Raw bytes per text byte (1 or 2).
    pub unit: usize,
}

/// Reusable buffers a unit is decoded into (UTF-16 transcoded, or printable
/// runs pulled from binary) with the segment map back to raw offsets; one
/// per worker, so decoding does not allocate per file. Not a capped text
/// builder (that is `container::text::CappedText`).
#[derive(Debug, Default)]
pub struct DecodeBuf {
    text: Vec<u8>,
    segments: Vec<Segment>,
}

impl DecodeBuf {
    /// Bytes the buffer holds on to between units.
    pub fn capacity_bytes(&self) -> usize {
        self.text.capacity() + self.segments.capacity() * std::mem::size_of::<Segment>()
    }

    /// The text last decoded into the buffer, with its map back to raw
    /// offsets: a raw scan turns finding offsets into disk offsets.
    pub fn view(&self) -> Text<'_> {
        Text {
            bytes: &self.text,
            segments: &self.segments,
        }
    }
}

/// Extracted text and how it maps back to raw bytes.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    /// What detectors scan.
    pub bytes: &'a [u8],
    /// Empty when the text is the raw bytes themselves.
    pub segments: &'a [Segment],
}

impl Text<'_> {
    /// Raw offset of a text offset.
    pub fn raw_of(&self, text_off: usize) -> usize {
        if self.segments.is_empty() {
            return text_off;
        }
        let i = self
            .segments
            .partition_point(|s| s.text <= text_off)
            .saturating_sub(1);
        let s = self.segments[i];
        s.raw + (text_off - s.text) * s.unit
    }

    /// Text offset of the first text byte at or after raw offset `raw`.
    pub fn text_of(&self, raw: usize) -> usize {
        if self.segments.is_empty() {
            return raw.min(self.bytes.len());
        }
        let i = self.segments.partition_point(|s| s.raw <= raw);
        if i == 0 {
            return 0;
        }
        let s = self.segments[i - 1];
        let end_text = self.segments.get(i).map_or(self.bytes.len(), |n| n.text);
        (s.text + (raw - s.raw).div_ceil(s.unit)).min(end_text)
    }
}

/// Shortest UTF-16LE run taken from binary data: alternating NULs almost
/// never happen by chance, so short runs are real strings.
const MIN_RUN_UTF16: usize = 4;

/// Shortest ASCII run taken from binary data. Compressed or random bytes
/// are printable a third of the time, so short runs are mostly noise, and
/// noise full of three-letter tokens reads like diagnosis codes.
const MIN_RUN_ASCII: usize = 8;

/// The fewest raw bytes any run taken spans: four UTF-16 characters,
/// eight ASCII ones.
const RUN_BYTES: usize = if MIN_RUN_UTF16 * 2 < MIN_RUN_ASCII {
    MIN_RUN_UTF16 * 2
} else {
    MIN_RUN_ASCII
};

/// Runs shorter than this must look like text (see [`texty`]).
const TEXTY_CHECK_BELOW: usize = 32;

/// Decodes `raw` as `enc` into text.
pub fn decode<'a>(raw: &'a [u8], enc: Encoding, buf: &'a mut DecodeBuf) -> Text<'a> {
    match enc {
        Encoding::Text => Text {
            bytes: raw,
            segments: &[],
        },
        Encoding::Utf16Le | Encoding::Utf16Be => {
            buf.text.clear();
            buf.segments.clear();
            utf16(raw, enc == Encoding::Utf16Le, buf);
            Text {
                bytes: &buf.text,
                segments: &buf.segments,
            }
        }
        Encoding::Binary => {
            buf.text.clear();
            buf.segments.clear();
            printable_runs(raw, buf);
            Text {
                bytes: &buf.text,
                segments: &buf.segments,
            }
        }
    }
}

/// The text [`decode`] made last of `raw` as `enc` into `buf`, without
/// decoding again: a window's matches are made in one step and turned
/// into findings in another, once `buf` is no longer borrowed.
pub fn decoded<'a>(raw: &'a [u8], enc: Encoding, buf: &'a DecodeBuf) -> &'a [u8] {
    match enc {
        Encoding::Text => raw,
        Encoding::Utf16Le | Encoding::Utf16Be | Encoding::Binary => &buf.text,
    }
}

fn utf16(raw: &[u8], le: bool, buf: &mut DecodeBuf) {
    let start = usize::from(raw.starts_with(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] })) * 2;
    let units = raw[start..].chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut raw_pos = start;
    let mut linear = false;
    for r in char::decode_utf16(units) {
        let width = r.as_ref().map_or(2, |c| c.len_utf16() * 2);
        let c = r.unwrap_or(char::REPLACEMENT_CHARACTER);
        if c.is_ascii() {
            if !linear {
                buf.segments.push(Segment {
                    text: buf.text.len(),
                    raw: raw_pos,
                    unit: 2,
                });
                linear = true;
            }
            buf.text.push(c as u8);
        } else {
            // Non-ASCII breaks the 2:1 ratio: start a new segment after it.
            let mut tmp = [0u8; 4];
            buf.text
                .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            linear = false;
        }
        raw_pos += width;
    }
}

fn is_printable(b: u8) -> bool {
    (0x20..0x7f).contains(&b) || b == b'\t'
}

/// A bit per position of `block` where a run may start: the next eight
/// bytes are printable or NUL, with no two NULs side by side among them
/// (every run has a printable byte in each pair). Sixteen bytes classified
/// per instruction (SSE2, in every x86-64): zeroed free space and binary
/// code, most of a disk, are passed over 57 bytes at a time. Positions
/// whose eight bytes leave the block are not claimed.
#[cfg(target_arch = "x86_64")]
fn run_starts(block: &[u8]) -> u64 {
    use std::arch::x86_64::*;
    debug_assert!(block.len() >= 64);
    let (mut text, mut nul) = (0u64, 0u64);
    for k in 0..4 {
        // SAFETY: SSE2 is part of x86-64; the load reads 16 of the 64
        // bytes `block` has, unaligned.
        unsafe {
            let v = _mm_loadu_si128(block.as_ptr().add(16 * k) as *const __m128i);
            // Signed: bytes of 0x80 and above are negative, so not above 0x1f.
            let printable = _mm_or_si128(
                _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(0x1f)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)),
                ),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\t' as i8)),
            );
            let zero = _mm_cmpeq_epi8(v, _mm_setzero_si128());
            text |= u64::from(_mm_movemask_epi8(printable) as u16) << (16 * k);
            nul |= u64::from(_mm_movemask_epi8(zero) as u16) << (16 * k);
        }
    }
    let good = text | nul;
    let run2 = good & (good >> 1);
    let run4 = run2 & (run2 >> 2);
    let run8 = run4 & (run4 >> 4);
    let pairs = nul & (nul >> 1);
    let pairs2 = pairs | (pairs >> 1);
    let pairs4 = pairs2 | (pairs2 >> 2);
    let pairs7 = pairs4 | (pairs4 >> 3);
    // Bits past 56 have shifted-in zeros in `run8`: not claimed.
    run8 & !pairs7
}

/// 1 for the bytes no run can hold (neither printable nor NUL).
static NO_RUN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let printable = (b >= 0x20 && b < 0x7f) || b == 9;
        t[b] = (!printable && b != 0) as u8;
        b += 1;
    }
    t
};

/// Whether a short run reads like text: at least 90% letters, digits,
/// spaces and the punctuation of forms (random printable bytes score about
/// 75%).
fn texty(run: &[u8]) -> bool {
    let good = run
        .iter()
        .filter(|&&b| b.is_ascii_alphanumeric() || b" .,:;-/()@'#\t_".contains(&b))
        .count();
    good * 10 >= run.len() * 9
}

/// Whether `\0P\0a…` at `i`, as long read either way, is little endian
/// from `i + 1`: the reading that goes on further through line ends wins,
/// and little endian (far the more common on disks) when they tie.
fn little_endian_wins(raw: &[u8], i: usize) -> bool {
    let texty = |b: u8| is_printable(b) || b == b'\n' || b == b'\r';
    let reach = |mut at: usize, big: bool| {
        while at + 1 < raw.len() {
            let (c, z) = if big {
                (raw[at + 1], raw[at])
            } else {
                (raw[at], raw[at + 1])
            };
            if z != 0 || !texty(c) {
                break;
            }
            at += 2;
        }
        at
    };
    let (be, le) = (reach(i, true) - i, reach(i + 1, false) - (i + 1));
    le >= be
}

/// Appends ASCII runs and UTF-16LE/BE ASCII runs of at least `MIN_RUN`
/// characters, each followed by a newline so runs never join into one token.
fn printable_runs(raw: &[u8], buf: &mut DecodeBuf) {
    let mut i = 0;
    while i < raw.len() {
        // Every run taken spans at least `RUN_BYTES` bytes, each printable
        // or NUL: a byte that is neither within the next `RUN_BYTES` means
        // no run starts before it. Binary and compressed data are mostly
        // such bytes, so most of a disk is skipped eight bytes at a time.
        #[cfg(target_arch = "x86_64")]
        if let Some(block) = raw.get(i..i + 64) {
            let starts = run_starts(block);
            if starts == 0 {
                i += 64 - RUN_BYTES + 1;
                continue;
            }
            i += starts.trailing_zeros() as usize;
        }
        let Some(window) = raw.get(i..i + RUN_BYTES) else {
            break;
        };
        // Branch-free: a bit per byte that can be in no run, or that
        // starts two NULs side by side (every run has a printable byte in
        // each pair), as `run_starts` does sixteen bytes at a time.
        let bad = window.iter().enumerate().fold(0u32, |m, (j, &b)| {
            let pair = j + 1 < RUN_BYTES && b == 0 && window[j + 1] == 0;
            m | (u32::from(NO_RUN[b as usize] | u8::from(pair)) << j)
        });
        if bad != 0 {
            i += 32 - bad.leading_zeros() as usize;
            continue;
        }
        // UTF-16LE run: printable, NUL, printable, NUL...
        let mut j = i;
        while j + 1 < raw.len() && is_printable(raw[j]) && raw[j + 1] == 0 {
            j += 2;
        }
        if (j - i) / 2 >= MIN_RUN_UTF16 {
            buf.segments.push(Segment {
                text: buf.text.len(),
                raw: i,
                unit: 2,
            });
            buf.text.extend(raw[i..j].iter().step_by(2));
            buf.text.push(b'\n');
            i = j;
            continue;
        }
        // UTF-16BE run: NUL, printable, NUL, printable... (Java, network
        // and Mac files; a disk holds them too).
        let mut j = i;
        while j + 1 < raw.len() && raw[j] == 0 && is_printable(raw[j + 1]) {
            j += 2;
        }
        if (j - i) / 2 >= MIN_RUN_UTF16 {
            // `\0P\0a\0t` reads as big endian from the NUL or as little
            // endian from the `P`: little endian (Windows) wins unless big
            // endian reads further.
            let mut k = i + 1;
            while k + 1 < raw.len() && is_printable(raw[k]) && raw[k + 1] == 0 {
                k += 2;
            }
            if k - (i + 1) > j - i || (k - (i + 1) == j - i && little_endian_wins(raw, i)) {
                i += 1;
                continue;
            }
            // A character's first byte is its NUL.
            buf.segments.push(Segment {
                text: buf.text.len(),
                raw: i,
                unit: 2,
            });
            buf.text.extend(raw[i + 1..j].iter().step_by(2));
            buf.text.push(b'\n');
            i = j;
            continue;
        }
        let mut k = i;
        while k < raw.len() && is_printable(raw[k]) {
            k += 1;
        }
        if k - i >= MIN_RUN_ASCII && (k - i >= TEXTY_CHECK_BELOW || texty(&raw[i..k])) {
            buf.segments.push(Segment {
                text: buf.text.len(),
                raw: i,
                unit: 1,
            });
            buf.text.extend_from_slice(&raw[i..k]);
            buf.text.push(b'\n');
            i = k;
            continue;
        }
        i = k.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn encodings() {
        assert_eq!(encoding(b"plain text"), Encoding::Text);
        assert_eq!(encoding("caf\u{e9}".as_bytes()), Encoding::Text);
        assert_eq!(
            encoding(&utf16le("SSN: 212-09-1234 and more text")),
            Encoding::Utf16Le
        );
        let be: Vec<u8> = "SSN: 212-09-1234"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(encoding(&be), Encoding::Utf16Be);
        assert_eq!(
            encoding(&[0, 1, 2, 3, 0, 0, 0xff, 7, 0, 9]),
            Encoding::Binary
        );
    }

    #[test]
    fn utf16_maps_offsets() {
        let raw = utf16le("é SSN 212-09-1234");
        let mut buf = DecodeBuf::default();
        let t = decode(&raw, Encoding::Utf16Le, &mut buf);
        let s = std::str::from_utf8(t.bytes).unwrap();
        assert_eq!(s, "é SSN 212-09-1234");
        let at = s.find("212").unwrap();
        assert_eq!(t.raw_of(at), raw.len() - 11 * 2);
        assert_eq!(t.text_of(t.raw_of(at)), at);
    }

    #[test]
    fn runs_are_found_at_every_offset_of_the_fast_path_block() {
        // Noise of NULs and bytes no run holds, as zeroed free space and
        // code are; a run planted at each offset around the 64-byte blocks.
        let noise: Vec<u8> = (0..400u32)
            .map(|i| {
                [0u8, 0, 0x90, 0xff, 0x01, 0][(i.wrapping_mul(2_654_435_761) >> 29) as usize % 6]
            })
            .collect();
        let be: Vec<u8> = "MRN 00482913"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        for at in 0..140 {
            // Big endian next to a NUL also reads as little endian one
            // byte on, which wins ties (see `little_endian_wins`).
            for (planted, want, slack) in [
                (b"SSN 212-09-1234".to_vec(), "SSN 212-09-1234", 0),
                (utf16le("MRN 00482913"), "MRN 00482913", 0),
                (be.clone(), "MRN 00482913", 1),
            ] {
                let mut raw = noise.clone();
                raw[at..at + planted.len()].copy_from_slice(&planted);
                let mut buf = DecodeBuf::default();
                let t = decode(&raw, Encoding::Binary, &mut buf);
                let s = String::from_utf8_lossy(t.bytes);
                let found = s
                    .find(want)
                    .unwrap_or_else(|| panic!("{want} at {at}: {s:?}"));
                let got = t.raw_of(found);
                assert!(got >= at && got <= at + slack, "{want} at {at}: {got}");
            }
        }
    }

    #[test]
    fn binary_runs() {
        let mut raw = vec![0u8, 1, 2, 0xff];
        raw.extend_from_slice(b"SSN 212-09-1234");
        raw.extend_from_slice(&[0, 0xfe, 3]);
        raw.extend_from_slice(&utf16le("MRN 00482913"));
        raw.extend_from_slice(&[0xff, 0xff, 1]);
        raw.extend("DOB 03/14/1962".encode_utf16().flat_map(u16::to_be_bytes));
        raw.extend_from_slice(&[0xff, 3]);
        let mut buf = DecodeBuf::default();
        let t = decode(&raw, Encoding::Binary, &mut buf);
        let s = String::from_utf8_lossy(t.bytes);
        assert!(s.contains("SSN 212-09-1234\n"), "{s:?}");
        assert!(s.contains("MRN 00482913\n"), "{s:?}");
        assert!(s.contains("DOB 03/14/1962\n"), "{s:?}");
        let at = s.find("03/14").unwrap();
        assert_eq!(&raw[t.raw_of(at)..t.raw_of(at) + 4], b"\x000\x003");
        let at = s.find("00482913").unwrap();
        assert_eq!(&raw[t.raw_of(at)..t.raw_of(at) + 1], b"0");
        // Short or noisy ASCII runs are dropped.
        let mut noise = vec![0u8, 1];
        noise.extend_from_slice(b"Q10 x");
        noise.extend_from_slice(&[0xff, 2]);
        noise.extend_from_slice(b"{d V*kC,(q$ t*z~");
        noise.push(0);
        let mut buf2 = DecodeBuf::default();
        let t = decode(&noise, Encoding::Binary, &mut buf2);
        assert!(t.bytes.is_empty(), "{:?}", String::from_utf8_lossy(t.bytes));
    }
}
