//! The layout of a word set as one byte string: an open-addressing table
//! of packed short words, one of offsets to long words, and the long
//! words themselves.
//!
//! Why a byte layout: the built-in dictionaries (100k surnames, 98k
//! ICD-10-CM codes, 43k ZIP codes) are laid out by `build.rs` when the
//! binary is built and embedded as they are, so a process that meets its
//! first name or code looks it up at once instead of hashing ~250k lines
//! first (about 75M instructions, most of a pre-commit hook's start-up).
//! A user's `--detectors` dictionary is laid out the same way at run time,
//! so one lookup serves both.
//!
//! This file uses `std` only: `build.rs` includes it as it is.

/// Longest word kept; longer lookups are misses.
pub const MAX: usize = 24;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Bytes before the tables: short slots, long slots, blob length (u32 LE)
/// and padding, so the short slots start 8-aligned in the string.
const HEADER: usize = 16;

/// A word of at most eight bytes as an integer (upper-cased; words hold no
/// NUL byte, so the zero padding cannot collide, and no key is 0).
pub fn pack(word: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(word) {
        *d = s.to_ascii_uppercase();
    }
    u64::from_le_bytes(b)
}

/// Final mix: the multiply leaves the low bits depending only on the low
/// input bytes (the first letters of a word), and the tables index by low
/// bits, so the high bits are folded down ("E119" and "E1100" must not
/// queue in the same slots).
fn finish(h: u64) -> u64 {
    (h ^ (h >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (h >> 29)
}

/// Hash of a packed short word.
pub fn hash_short(key: u64) -> u64 {
    finish(key.wrapping_mul(SEED))
}

/// Hash of a long word's (upper-case) bytes: multiply-rotate over 8-byte
/// words (the FxHash scheme). Not built against flooding: the tables hold
/// our own data, never input.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
    let mut tail = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * i);
    }
    finish((h.rotate_left(5) ^ tail ^ bytes.len() as u64).wrapping_mul(SEED))
}

/// The words of a dictionary file: one per line, trimmed, `#` comments and
/// blank lines skipped, words longer than [`MAX`] or holding a NUL left out
/// (no lookup could match them).
pub fn dict_words(text: &str) -> impl Iterator<Item = &[u8]> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::as_bytes)
        .filter(|w| w.len() <= MAX && !w.contains(&0))
}

/// The keys of the ZIP table (`ZIP STATE` per line): each ZIP alone
/// (`62704`) and with its state (`62704IL`), so an address's ZIP can be
/// checked against the state written before it.
pub fn zip_keys(text: &str) -> impl Iterator<Item = Vec<u8>> + '_ {
    dict_words(text).flat_map(|line| {
        let line = std::str::from_utf8(line).unwrap_or("");
        let mut parts = line.split_ascii_whitespace();
        let mut keys = Vec::new();
        if let (Some(zip), Some(state)) = (parts.next(), parts.next()) {
            if !zip.is_empty() && zip.len() <= 8 {
                keys.push(zip.as_bytes().to_vec());
            }
            if zip.len() == 5 && state.len() == 2 {
                keys.push([zip.as_bytes(), state.as_bytes()].concat());
            }
        }
        keys
    })
}

/// Slots for `n` keys: a power of two at most half full, so a miss (the
/// common lookup) ends within a few neighbouring slots.
fn slots_for(n: usize) -> usize {
    (n.max(4) * 2).next_power_of_two()
}

/// Lays `words` out (any case; stored upper-case, duplicates once).
pub fn build<'a>(words: impl Iterator<Item = &'a [u8]>) -> Vec<u8> {
    let (mut short, mut long): (Vec<u64>, Vec<Vec<u8>>) = (Vec::new(), Vec::new());
    for w in words {
        if w.is_empty() || w.len() > MAX || w.contains(&0) {
            continue;
        }
        if w.len() <= 8 {
            short.push(pack(w));
        } else {
            long.push(w.to_ascii_uppercase());
        }
    }
    let mut short_table = vec![0u64; slots_for(short.len())];
    let mask = short_table.len() - 1;
    for key in short {
        let mut i = hash_short(key) as usize & mask;
        while short_table[i] != 0 && short_table[i] != key {
            i = (i + 1) & mask;
        }
        short_table[i] = key;
    }
    let mut long_table = vec![0u32; slots_for(long.len())];
    let mut blob: Vec<u8> = Vec::new();
    let mask = long_table.len() - 1;
    for w in &long {
        let mut i = hash_bytes(w) as usize & mask;
        let mut seen = false;
        while long_table[i] != 0 {
            if long_word(&blob, long_table[i]) == w.as_slice() {
                seen = true;
                break;
            }
            i = (i + 1) & mask;
        }
        if !seen {
            long_table[i] = u32::try_from(blob.len() + 1).expect("word table under 4 GiB");
            blob.push(w.len() as u8);
            blob.extend_from_slice(w);
        }
    }
    let mut out = Vec::with_capacity(HEADER + short_table.len() * 8 + long_table.len() * 4);
    for n in [short_table.len(), long_table.len(), blob.len(), 0] {
        out.extend_from_slice(
            &u32::try_from(n)
                .expect("word table under 4 GiB")
                .to_le_bytes(),
        );
    }
    for k in short_table {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for e in long_table {
        out.extend_from_slice(&e.to_le_bytes());
    }
    out.extend_from_slice(&blob);
    out
}

/// The long word a long-table entry points at.
fn long_word(blob: &[u8], entry: u32) -> &[u8] {
    let at = entry as usize - 1;
    let len = usize::from(blob.get(at).copied().unwrap_or(0));
    blob.get(at + 1..at + 1 + len).unwrap_or(&[])
}

/// Where the parts of a laid-out set sit in its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    short: std::ops::Range<usize>,
    long: std::ops::Range<usize>,
    blob: std::ops::Range<usize>,
}

impl Parts {
    /// Reads the header [`build`] wrote; `None` when `bytes` is not such a
    /// layout (a table's slot counts are powers of two and its parts fit).
    pub fn of(bytes: &[u8]) -> Option<Self> {
        let n = |i: usize| -> Option<usize> {
            let b = bytes.get(i * 4..i * 4 + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        };
        let (short, long, blob) = (n(0)?, n(1)?, n(2)?);
        if !short.is_power_of_two() || !long.is_power_of_two() {
            return None;
        }
        let long_at = HEADER + short * 8;
        let blob_at = long_at + long * 4;
        if bytes.len() != blob_at + blob {
            return None;
        }
        Some(Parts {
            short: HEADER..long_at,
            long: long_at..blob_at,
            blob: blob_at..bytes.len(),
        })
    }
}

/// A laid-out set, read in place.
#[derive(Debug, Clone, Copy)]
pub struct Table<'a> {
    short: &'a [u8],
    long: &'a [u8],
    blob: &'a [u8],
}

impl<'a> Table<'a> {
    /// The set in `bytes`, whose [`Parts`] are `parts`.
    pub fn new(bytes: &'a [u8], parts: &Parts) -> Self {
        Table {
            short: &bytes[parts.short.clone()],
            long: &bytes[parts.long.clone()],
            blob: &bytes[parts.blob.clone()],
        }
    }

    /// Whether `word` (any case; punctuation kept) is in the set.
    pub fn contains(&self, word: &[u8]) -> bool {
        if word.is_empty() || word.len() > MAX || word.contains(&0) {
            return false;
        }
        if word.len() <= 8 {
            let key = pack(word);
            let mask = self.short.len() / 8 - 1;
            let mut i = hash_short(key) as usize & mask;
            loop {
                let s = &self.short[i * 8..i * 8 + 8];
                let slot = u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
                if slot == key {
                    return true;
                }
                if slot == 0 {
                    return false;
                }
                i = (i + 1) & mask;
            }
        }
        let mut buf = [0u8; MAX];
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_uppercase();
        }
        let upper = &buf[..word.len()];
        let mask = self.long.len() / 4 - 1;
        let mut i = hash_bytes(upper) as usize & mask;
        loop {
            let s = &self.long[i * 4..i * 4 + 4];
            let entry = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
            if entry == 0 {
                return false;
            }
            if long_word(self.blob, entry) == upper {
                return true;
            }
            i = (i + 1) & mask;
        }
    }
}
