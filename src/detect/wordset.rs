//! A set of short words (names, codes) matched in any case.
//!
//! Dictionary and code-table lookups run once per candidate on the hot
//! path: a lookup is one multiply-and-fold hash and a few neighbouring
//! slots ([`wordtable`]), with no start-up cost for the built-in sets.

use std::borrow::Cow;

use super::wordtable;

/// Words of at most [`WordSet::MAX`] bytes, matched in any case.
///
/// The built-in dictionaries are laid out when the binary is built
/// (`build.rs`, [`wordtable`]) and read in place: no start-up cost, and
/// pages are touched only where lookups land. A user's dictionary is laid
/// out the same way when first needed.
#[derive(Debug)]
pub struct WordSet {
    bytes: Cow<'static, [u8]>,
    parts: wordtable::Parts,
}

/// The built-in dictionaries laid out by `build.rs`: (name as detector
/// files give it, layout).
mod builtin {
    include!(concat!(env!("OUT_DIR"), "/wordsets.rs"));
}

impl Default for WordSet {
    fn default() -> Self {
        Self::from_words(std::iter::empty())
    }
}

impl WordSet {
    /// Longest word kept; longer lookups are misses.
    pub const MAX: usize = wordtable::MAX;

    /// Builds the set from dictionary text, one word per line (`#`
    /// comments and blank lines skipped).
    pub fn from_text(text: &str) -> Self {
        Self::from_words(wordtable::dict_words(text))
    }

    /// Builds the set from words (any case).
    pub fn from_words<'a>(words: impl Iterator<Item = &'a [u8]>) -> Self {
        Self::laid_out(Cow::Owned(wordtable::build(words)))
    }

    /// The ZIP table from `ZIP STATE` lines: each ZIP alone and keyed with
    /// its state (`62704IL`).
    pub fn from_zip_text(text: &str) -> Self {
        let keys: Vec<Vec<u8>> = wordtable::zip_keys(text).collect();
        Self::from_words(keys.iter().map(Vec::as_slice))
    }

    /// The built-in dictionary `name` (`dict/surnames.txt`), laid out when
    /// the binary was built; `None` for a name not built in.
    pub fn builtin(name: &str) -> Option<Self> {
        builtin::SETS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, bytes)| Self::laid_out(Cow::Borrowed(*bytes)))
    }

    fn laid_out(bytes: Cow<'static, [u8]>) -> Self {
        // Both sources are `wordtable::build`'s output (the embedded ones
        // are checked by a test against the dictionaries).
        let parts =
            wordtable::Parts::of(&bytes).expect("a word table laid out by wordtable::build");
        WordSet { bytes, parts }
    }

    /// Whether `word` (any case; punctuation kept) is in the set.
    pub fn contains(&self, word: &[u8]) -> bool {
        wordtable::Table::new(&self.bytes, &self.parts).contains(word)
    }
}

/// A dictionary read when the engine is built and laid out on first use:
/// a built-in one is ready at once (embedded); a user's file is read at
/// start, so a missing file fails then, and hashed only when a text first
/// needs it, so scans that never do (`detectors list`, no names in the
/// text) never pay for it.
#[derive(Debug)]
pub struct LazySet {
    /// A user's dictionary text, until laid out.
    text: Option<String>,
    /// `ZIP STATE` lines ([`WordSet::from_zip_text`]).
    zip: bool,
    set: std::sync::OnceLock<WordSet>,
}

impl LazySet {
    /// The dictionary `name` whose text `source` gave: borrowed text is
    /// the built-in file of that name (see `SpecSource::dict`), whose
    /// table is embedded.
    pub fn new(name: &str, text: Cow<'static, str>, zip: bool) -> Self {
        let builtin = match text {
            Cow::Borrowed(_) => WordSet::builtin(name),
            Cow::Owned(_) => None,
        };
        match builtin {
            Some(set) => LazySet {
                text: None,
                zip,
                set: std::sync::OnceLock::from(set),
            },
            None => LazySet {
                text: Some(text.into_owned()),
                zip,
                set: std::sync::OnceLock::new(),
            },
        }
    }

    /// The set, laid out now if it is not yet.
    pub fn get(&self) -> &WordSet {
        self.set.get_or_init(|| {
            let text = self.text.as_deref().unwrap_or("");
            if self.zip {
                WordSet::from_zip_text(text)
            } else {
                WordSet::from_text(text)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_membership() {
        let s = WordSet::from_text("# header\nSMITH\nE119\nO'BRIEN\nmontgomery\n");
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

    /// The tables `build.rs` embedded are the dictionaries' words: each
    /// built-in set is byte for byte what laying out its file now gives,
    /// and holds every word of it.
    #[test]
    fn embedded_tables_are_the_dictionaries() {
        for (name, bytes) in builtin::SETS {
            let text = crate::detect::spec::SpecSource::Builtin
                .named_dict(name)
                .unwrap();
            let now = if name.ends_with("us-zip.txt") {
                WordSet::from_zip_text(&text)
            } else {
                WordSet::from_text(&text)
            };
            assert!(*bytes == &*now.bytes, "{name}: embedded table is stale");
            let set = WordSet::builtin(name).unwrap();
            let mut n = 0;
            for w in wordtable::dict_words(&text) {
                let w = if name.ends_with("us-zip.txt") {
                    &w[..5]
                } else {
                    w
                };
                assert!(set.contains(w), "{name}: {}", String::from_utf8_lossy(w));
                assert!(set.contains(&w.to_ascii_lowercase()));
                n += 1;
            }
            assert!(n > 500, "{name}: {n} words");
        }
        let surnames = WordSet::builtin("dict/surnames.txt").unwrap();
        assert!(surnames.contains(b"Montgomery") && surnames.contains(b"SMITH"));
        assert!(!surnames.contains(b"Xqzzyvort") && !surnames.contains(b"Qqq"));
        let zips = WordSet::builtin("dict/us-zip.txt").unwrap();
        assert!(zips.contains(b"62704") && zips.contains(b"62704IL"));
        assert!(!zips.contains(b"62704NY"));
        assert!(WordSet::builtin("dict/nothing.txt").is_none());
    }
}
