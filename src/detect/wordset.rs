//! A set of short upper-case words with a fast, non-cryptographic hash.
//!
//! Dictionary and code-table lookups run once per candidate on the hot
//! path; SipHash (the std default, built against hash flooding) costs more
//! than the lookup itself, and these sets are built from our own data, not
//! from input, so flooding is not a concern.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hash over 8-byte words (the FxHash scheme), with a final
/// mix so that every input byte reaches the low bits.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
        }
        let mut tail = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(b) << (8 * i);
        }
        self.0 = (self.0.rotate_left(5) ^ tail ^ bytes.len() as u64).wrapping_mul(SEED);
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits depending only on the low input
        // bytes (the first letters of a word), and the table indexes by low
        // bits: fold the high bits down so "E119" and "E1100" do not queue
        // in the same buckets.
        let h = self.0;
        (h ^ (h >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (h >> 29)
    }
}

/// Words of at most [`WordSet::MAX`] bytes, stored upper-case.
///
/// Words of up to eight bytes (most codes and names) are packed into a
/// `u64`, so a lookup is one multiply and one integer compare. Longer ones
/// borrow from the dictionary text (built-in data is `'static`; a user
/// file's text is kept for the life of the process), so building a
/// 100k-word set costs hashing only, not 100k allocations.
#[derive(Debug, Default)]
pub struct WordSet {
    short: HashSet<u64, BuildHasherDefault<WordHasher>>,
    long: HashSet<&'static [u8], BuildHasherDefault<WordHasher>>,
}

/// A word of at most eight bytes as an integer (upper-cased; words hold no
/// NUL byte, so the zero padding cannot collide).
fn pack(word: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(word) {
        *d = s.to_ascii_uppercase();
    }
    u64::from_le_bytes(b)
}

impl WordSet {
    /// Longest word kept; longer lookups are misses.
    pub const MAX: usize = 24;

    /// Builds the set from dictionary text, one word per line (`#`
    /// comments and blank lines skipped).
    pub fn from_text(text: std::borrow::Cow<'static, str>) -> Self {
        Self::from_kept(Self::keep(text))
    }

    /// Dictionary text as [`WordSet::from_kept`] takes it: built-in text as
    /// it is, a user file's text upper-cased and kept for the life of the
    /// process (the set borrows its long words). The engine keeps its
    /// dictionaries so while it is built, and parses them on first use.
    pub fn keep(text: std::borrow::Cow<'static, str>) -> &'static str {
        match text {
            std::borrow::Cow::Borrowed(t) => t,
            // Loaded once per process from a user directory: kept.
            std::borrow::Cow::Owned(t) => {
                let t = if t.bytes().any(|b| b.is_ascii_lowercase()) {
                    t.to_ascii_uppercase()
                } else {
                    t
                };
                Box::leak(t.into_boxed_str())
            }
        }
    }

    /// Builds the set from text made by [`WordSet::keep`].
    pub fn from_kept(text: &'static str) -> Self {
        let lines = crate::detect::spec::dict_lines(text);
        let capacity = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        let mut set = WordSet {
            short: HashSet::with_capacity_and_hasher(capacity, BuildHasherDefault::default()),
            long: HashSet::default(),
        };
        for l in lines.filter(|l| l.len() <= Self::MAX && !l.contains('\0')) {
            if l.len() <= 8 {
                set.short.insert(pack(l.as_bytes()));
            } else {
                set.long.insert(l.as_bytes());
            }
        }
        set
    }

    /// Adds a word of at most eight bytes (tables built from structured
    /// data, such as ZIP codes keyed with their state). Longer words are
    /// ignored: they would need a borrowed key.
    pub fn insert_short(&mut self, word: &[u8]) {
        if !word.is_empty() && word.len() <= 8 && !word.contains(&0) {
            self.short.insert(pack(word));
        }
    }

    /// Whether `word` (any case; punctuation kept) is in the set.
    pub fn contains(&self, word: &[u8]) -> bool {
        if word.is_empty() || word.len() > Self::MAX || word.contains(&0) {
            return false;
        }
        if word.len() <= 8 {
            return self.short.contains(&pack(word));
        }
        let mut buf = [0u8; Self::MAX];
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_uppercase();
        }
        self.long.contains(&buf[..word.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_membership() {
        let s = WordSet::from_text("# header\nSMITH\nE119\nO'BRIEN\nMONTGOMERY\n".into());
        assert!(s.contains(b"Montgomery"));
        assert!(!s.contains(b"Montgomer"));
        assert!(!s.contains(b"SMIT"));
        assert!(!s.contains(b"SMITH\0"));
        assert!(s.contains(b"Smith"));
        assert!(s.contains(b"e119"));
        assert!(s.contains(b"O'Brien"));
        assert!(!s.contains(b"Smyth"));
        assert!(!s.contains(b""));
        assert!(!s.contains(&[b'A'; 40]));
    }
}
