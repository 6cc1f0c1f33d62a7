//! Person names: dictionary tokens in a name shape, looked for only near an
//! anchor (a date or a patient keyword).
//!
//! A name on its own is everywhere (authors, signatures, street names); what
//! makes it patient data is what stands next to it, so the scoring lives
//! here beside the shapes.

use super::spec::SpecSource;
use super::wordset::{LazySet, WordSet};
use super::DetectError;

/// The three dictionaries, read while the engine is built (see
/// [`LazySet`]: the built-in ones are embedded tables).
#[derive(Debug)]
pub struct NameDicts {
    /// First names, surnames and stop words.
    sets: [LazySet; 3],
}

#[derive(Debug, Clone, Copy)]
struct Sets<'a> {
    first: &'a WordSet,
    last: &'a WordSet,
    stop: &'a WordSet,
}

/// A name found in a window, with its tokens' shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    /// Byte offset of the first token.
    pub start: usize,
    /// Byte offset after the last token.
    pub end: usize,
    /// How many of the two tokens (first, last) are common words.
    pub weak: u8,
}

impl NameDicts {
    /// Reads the dictionaries the name detector names from `source` now:
    /// one that is missing or cannot be read fails here, naming its file.
    pub fn new(
        source: &SpecSource,
        first: &str,
        last: &str,
        stop: &str,
    ) -> Result<Self, DetectError> {
        let read =
            |rel: &str| Ok::<_, DetectError>(LazySet::new(rel, source.named_dict(rel)?, false));
        Ok(NameDicts {
            sets: [read(first)?, read(last)?, read(stop)?],
        })
    }

    fn sets(&self) -> Sets<'_> {
        Sets {
            first: self.sets[0].get(),
            last: self.sets[1].get(),
            stop: self.sets[2].get(),
        }
    }

    /// Appends every name found in `text[from..to]` to `out`; `toks` is a
    /// reusable buffer.
    ///
    /// Every token of a name starts with a capital, so the search jumps from
    /// one capitalised token to the next and reads at most three tokens
    /// there; the lower-case words between, most of any text, are skipped
    /// without being tokenised.
    pub fn find(
        &self,
        text: &[u8],
        from: usize,
        to: usize,
        toks: &mut Tokens,
        out: &mut Vec<NameSpan>,
    ) {
        let sets = self.sets();
        let toks = &mut toks.0;
        let mut at = from;
        while let Some(s) = next_capital_token(text, from, at, to) {
            let mut tz = Tokenizer::new(text, s, to);
            // Most capitals cannot begin a name: ruled out from the word
            // and what follows it, without reading the next tokens.
            let end = tz.word_end(s);
            let w = &text[s..end];
            let may_begin = matches!(case_of(w), Case::Title | Case::Upper)
                && match separator(text, end, to) {
                    Sep::Space => in_set(sets.first, w),
                    Sep::Comma | Sep::Caret => in_set(sets.last, w),
                    Sep::Dot | Sep::Other => false,
                };
            if !may_begin {
                at = end;
                continue;
            }
            toks.clear();
            while toks.len() < 3 {
                match tz.next_tok() {
                    Some(t) => toks.push(t),
                    None => break,
                }
            }
            // The first token read may be glued to digits: not a token then.
            let Some(first) = toks.first().filter(|t| t.start == s) else {
                at = tz.word_end(s);
                continue;
            };
            match name_at(text, toks, 0, &sets) {
                Some((span, used)) => {
                    out.push(span);
                    at = toks[used - 1].end;
                }
                None => at = first.end,
            }
        }
    }

    /// Reads the name written at `at` after a patient label ("Patient:",
    /// "Re:") or a courtesy title ("Mrs."), without the census lists: what
    /// stands there is a name because of where it stands, and patients'
    /// names come from every language (Nováková, Nguyễn, Đặng, Okafor).
    ///
    /// Up to `max` capitalised words (Unicode letters, `'` or `-` inside,
    /// initials with their dot) joined by one or two spaces, or one comma
    /// after the first word (`LAST, FIRST`, `LAST,FIRST`) or a caret. It
    /// stops at a line end, a tab, a stop word, a word followed by `:` (the
    /// next label) and wherever `stop_at` says a context term begins (DOB,
    /// MRN). At least one word that is not an initial is needed.
    pub fn free_name(
        &self,
        text: &[u8],
        at: usize,
        to: usize,
        max: usize,
        stop_at: impl Fn(usize) -> bool,
    ) -> Option<FreeName> {
        let sets = self.sets();
        let to = to.min(text.len());
        let mut i = at;
        let (mut start, mut end) = (None, at);
        let (mut words, mut census, mut commas) = (0u8, 0u8, 0u8);
        let mut count = 0;
        while count < max && i < to {
            let (c, _) = char_at(text, i)?;
            if !c.is_uppercase() || stop_at(i) {
                break;
            }
            let w_end = free_word_end(text, i, to);
            let w = &text[i..w_end];
            let letters = std::str::from_utf8(w).map_or(0, |s| s.chars().count());
            let initial = letters == 1;
            if (!initial && sets.stop.contains(w)) || (initial && start.is_none()) {
                break;
            }
            // A word glued to digits is an identifier; one followed by a
            // colon or `#` is the next label ("Chart #:").
            if text
                .get(w_end)
                .is_some_and(|&b| b.is_ascii_digit() || b == b'_' || b == b':')
            {
                break;
            }
            let after = text[w_end..to].iter().position(|&b| b != b' ');
            if after.is_some_and(|k| matches!(text[w_end + k], b'#' | b':')) {
                break;
            }
            let mut e = w_end;
            if initial && text.get(e) == Some(&b'.') {
                e += 1;
            }
            start.get_or_insert(i);
            end = e;
            count += 1;
            if !initial {
                words += 1;
                if sets.first.contains(w) || sets.last.contains(w) {
                    census += 1;
                }
            }
            // The separator to the next word.
            let mut j = e;
            match text.get(j) {
                Some(b',') if count == 1 && commas == 0 => {
                    commas += 1;
                    j += 1;
                    if text.get(j) == Some(&b' ') {
                        j += 1;
                    }
                }
                Some(b'^') => j += 1,
                _ => {
                    let spaces = text[j..to].iter().take_while(|&&b| b == b' ').count();
                    if (spaces == 0 && e == w_end) || spaces > 2 {
                        break;
                    }
                    j += spaces;
                }
            }
            i = j;
        }
        (words > 0).then(|| FreeName {
            start: start.unwrap_or(at),
            end,
            words,
            census,
        })
    }

    /// Loads the dictionaries now (see `CodeTables::warm_up`).
    pub fn warm_up(&self) {
        self.sets();
    }

    /// Whether a word is a stop word: a common word that is also a name
    /// ("Will", "Hope"), which a name read from a note's layout must not
    /// start with or be repeated as.
    pub fn is_stop_word(&self, word: &[u8]) -> bool {
        self.sets().stop.contains(word)
    }

    /// Whether a capitalised word is a dictionary name (used to mask context).
    pub fn is_name_word(&self, word: &[u8]) -> bool {
        if word.len() < 2 {
            return false;
        }
        let sets = self.sets();
        (sets.first.contains(word) || sets.last.contains(word)) && !sets.stop.contains(word)
    }
}

/// A name read by [`NameDicts::free_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FreeName {
    /// Byte offset of the first word.
    pub start: usize,
    /// Byte offset after the last word (or an initial's dot).
    pub end: usize,
    /// Words that are not initials.
    pub words: u8,
    /// How many of them the census lists hold.
    pub census: u8,
}

/// The character at `i` and its length in bytes, if `text` holds valid
/// UTF-8 there.
fn char_at(text: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *text.get(i)?;
    let len = match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(text.get(i..i + len)?).ok()?;
    s.chars().next().map(|c| (c, len))
}

/// Where a word of any script starting at `i` ends: letters, with `'`,
/// `’` or `-` between two letters.
fn free_word_end(text: &[u8], mut i: usize, to: usize) -> usize {
    let letter = |i: usize| char_at(text, i).filter(|(c, _)| c.is_alphabetic());
    while i < to {
        if let Some((_, n)) = letter(i) {
            i += n;
            continue;
        }
        let joiner = match text[i] {
            b'\'' | b'-' => 1,
            _ if text[i..].starts_with("’".as_bytes()) => 3,
            _ => 0,
        };
        if joiner > 0 && i + joiner < to && letter(i + joiner).is_some() {
            i += joiner;
            continue;
        }
        break;
    }
    i
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// Separator to the next token.
    sep: Sep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    Space,
    Comma,
    Caret,
    /// A dot then spaces, after a middle initial.
    Dot,
    Other,
}

/// Reusable token buffer for [`NameDicts::find`].
#[derive(Debug, Default)]
pub struct Tokens(Vec<Tok>);

/// Whether `b` is a letter: words are letters, joined by `'` or `-`.
/// Words that fill a name field when there is no name: "UNKNOWN^UNKNOWN",
/// "N/A", an anonymiser's marker.
const NO_NAME_WORDS: &[&str] = &[
    "unknown",
    "unk",
    "none",
    "null",
    "nil",
    "n",
    "a",
    "na",
    "tbd",
    "anonymized",
    "anonymised",
    "anonymous",
    "redacted",
    "removed",
    "deidentified",
    "de",
    "identified",
];

/// Whether the value of a field that names a person (a DICOM PatientName,
/// HL7 PID-5, a `Surname` column of a patient table) reads as a name: at
/// least two letters of any alphabet, short, and not only words that stand
/// for no name. No dictionary is asked: the structure already says it is a
/// name, and patients' names are not all in the US census lists
/// (`Nováková^Jana`, `Nguyễn`, test names like `CompressedSamples^CT1`).
pub fn reads_as_name(value: &[u8]) -> bool {
    // A CDA name's span runs from its first part to its last, markup and
    // comments between them included (`Isabella</given> <!-- CL is "Call
    // me" … --> <family>Jones`): only the text outside the markup is the
    // name.
    let outside;
    let v = if value.contains(&b'<') {
        let mut depth = 0usize;
        outside = value
            .iter()
            .copied()
            .filter(|&b| match b {
                b'<' => {
                    depth += 1;
                    false
                }
                b'>' => {
                    depth = depth.saturating_sub(1);
                    false
                }
                _ => depth == 0,
            })
            .collect::<Vec<u8>>();
        outside.trim_ascii()
    } else {
        value.trim_ascii()
    };
    let letters = v
        .iter()
        .filter(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count();
    letters >= 2
        && v.len() <= 128
        && !v
            .split(|&b| !(b.is_ascii_alphanumeric() || b >= 0x80))
            .filter(|w| !w.is_empty())
            .all(|w| {
                NO_NAME_WORDS
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
            })
}

fn is_alpha(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

/// Whether a token of a scan from `from` begins at `s`: a letter not
/// inside a word (a word goes on through `'` or `-` before a letter).
fn token_starts_at(text: &[u8], from: usize, s: usize) -> bool {
    if !is_alpha(text[s]) {
        return false;
    }
    if s == from {
        return true;
    }
    let prev = text[s - 1];
    !(is_alpha(prev) || (matches!(prev, b'\'' | b'-') && s >= from + 2 && is_alpha(text[s - 2])))
}

/// The next token start at or after `at` in `text[..to]` whose first
/// letter is a capital, for a scan that began at `from`.
fn next_capital_token(text: &[u8], from: usize, mut at: usize, to: usize) -> Option<usize> {
    while at < to {
        let s = at + find_capital(&text[at..to])?;
        if token_starts_at(text, from, s) {
            return Some(s);
        }
        at = s + 1;
    }
    None
}

/// The first ASCII capital in `hay`, 16 bytes at a time: capitals are a
/// few percent of text, so most of it is passed over here.
fn find_capital(hay: &[u8]) -> Option<usize> {
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= hay.len() {
        // SAFETY: SSE2 is part of the x86_64 baseline and the 16 bytes read
        // are in bounds.
        let mask = unsafe { capitals16_sse2(hay.as_ptr().add(i)) };
        if mask != 0 {
            return Some(i + mask.trailing_zeros() as usize);
        }
        i += 16;
    }
    hay[i..]
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|p| i + p)
}

#[cfg(target_arch = "x86_64")]
unsafe fn capitals16_sse2(p: *const u8) -> u32 {
    use std::arch::x86_64::*;
    let v = _mm_loadu_si128(p as *const __m128i);
    let d = _mm_sub_epi8(v, _mm_set1_epi8(b'A' as i8));
    let upper = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(25)), d);
    _mm_movemask_epi8(upper) as u32
}

/// Splits `text[..to]` into word tokens from a token start, each with its
/// separator to the next. A token is yielded once the next one is found,
/// since what lies between decides its separator.
struct Tokenizer<'a> {
    text: &'a [u8],
    i: usize,
    to: usize,
    last: Option<Tok>,
}

impl<'a> Tokenizer<'a> {
    fn new(text: &'a [u8], from: usize, to: usize) -> Self {
        Tokenizer {
            text,
            i: from,
            to,
            last: None,
        }
    }

    /// Where the word starting at `start` ends.
    fn word_end(&self, start: usize) -> usize {
        let (text, to) = (self.text, self.to);
        let mut i = start;
        while i < to
            && (is_alpha(text[i])
                || (matches!(text[i], b'\'' | b'-') && i + 1 < to && is_alpha(text[i + 1])))
        {
            i += 1;
        }
        i
    }

    fn next_tok(&mut self) -> Option<Tok> {
        let (text, to) = (self.text, self.to);
        while self.i < to {
            let i = self.i;
            if !is_alpha(text[i]) {
                if let Some(last) = self.last.as_mut() {
                    if last.end < i && !matches!(text[i], b' ' | b'\t' | b',' | b'^' | b'.') {
                        last.sep = Sep::Other;
                    }
                }
                self.i += 1;
                continue;
            }
            let start = i;
            let i = self.word_end(start);
            self.i = i;
            // A word glued to digits or underscores is an identifier, not a name.
            let glued = |b: u8| b.is_ascii_digit() || b == b'_';
            let bad = (start > 0 && glued(text[start - 1])) || (i < text.len() && glued(text[i]));
            if bad {
                if let Some(last) = self.last.as_mut() {
                    last.sep = Sep::Other;
                }
                continue;
            }
            let tok = Tok {
                start,
                end: i,
                sep: separator(text, i, to),
            };
            if let Some(done) = self.last.replace(tok) {
                return Some(done);
            }
        }
        self.last.take()
    }
}

/// The separator after a word ending at `i`: spaces, or a comma, caret or
/// dot (a comma or dot may have spaces after it; a dot must).
fn separator(text: &[u8], i: usize, to: usize) -> Sep {
    let mut j = i;
    while j < to && matches!(text[j], b' ' | b'\t') {
        j += 1;
    }
    let sep = if j == i {
        match text.get(i) {
            Some(b',') => Sep::Comma,
            Some(b'^') => Sep::Caret,
            Some(b'.') => Sep::Dot,
            _ => Sep::Other,
        }
    } else {
        Sep::Space
    };
    match sep {
        Sep::Comma | Sep::Dot => {
            let mut k = i + 1;
            while k < to && matches!(text[k], b' ' | b'\t') {
                k += 1;
            }
            if sep == Sep::Dot && k == i + 1 {
                Sep::Other
            } else {
                sep
            }
        }
        s => s,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Title,
    Upper,
    Initial,
    Other,
}

fn case_of(w: &[u8]) -> Case {
    if w.len() == 1 && w[0].is_ascii_uppercase() {
        return Case::Initial;
    }
    if !w[0].is_ascii_uppercase() {
        return Case::Other;
    }
    let rest = &w[1..];
    if rest
        .iter()
        .all(|b| !b.is_ascii_alphabetic() || b.is_ascii_lowercase())
    {
        Case::Title
    } else if rest
        .iter()
        .all(|b| !b.is_ascii_alphabetic() || b.is_ascii_uppercase())
    {
        Case::Upper
    } else if rest.iter().any(u8::is_ascii_lowercase) {
        // McDonald, O'Brien, DeLuca.
        Case::Title
    } else {
        Case::Other
    }
}

fn in_set(set: &WordSet, w: &[u8]) -> bool {
    w.len() >= 2 && set.contains(w)
}

/// Tries the name shapes starting at token `i`; returns the span and how
/// many tokens it used.
fn name_at(text: &[u8], toks: &[Tok], i: usize, s: &Sets<'_>) -> Option<(NameSpan, usize)> {
    let word = |t: &Tok| &text[t.start..t.end];
    let t0 = toks[i];
    let w0 = word(&t0);
    let c0 = case_of(w0);
    if !matches!(c0, Case::Title | Case::Upper) {
        return None;
    }
    let same_case = |w: &[u8]| case_of(w) == c0;
    let weak = |a: &[u8], b: &[u8]| u8::from(s.stop.contains(a)) + u8::from(s.stop.contains(b));
    let span = |a: &Tok, b: &Tok, first: &[u8], last: &[u8]| NameSpan {
        start: a.start,
        end: b.end,
        weak: weak(first, last),
    };
    let t1 = toks.get(i + 1)?;
    let w1 = word(t1);
    match t0.sep {
        // LAST^FIRST (HL7 XPN) and Last, First.
        Sep::Caret | Sep::Comma if in_set(s.last, w0) && same_case(w1) && in_set(s.first, w1) => {
            Some((span(&t0, t1, w1, w0), 2))
        }
        Sep::Space if in_set(s.first, w0) => {
            // First M. Last, First Middle Last.
            if let Some(t2) = toks.get(i + 2) {
                let w2 = word(t2);
                let middle_ok = match case_of(w1) {
                    Case::Initial => matches!(t1.sep, Sep::Dot | Sep::Space),
                    c => c == c0 && t1.sep == Sep::Space && in_set(s.first, w1),
                };
                if middle_ok && same_case(w2) && in_set(s.last, w2) {
                    return Some((span(&t0, t2, w0, w2), 3));
                }
            }
            if same_case(w1) && in_set(s.last, w1) {
                return Some((span(&t0, t1, w0, w1), 2));
            }
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_values_read_as_names_without_dictionaries() {
        for v in [
            "Nováková^Jana",
            "CompressedSamples^CT1",
            "Nguyễn Văn An",
            "Szabó",
            "قباني^لنزار",
            "TEST PATIENT",
        ] {
            assert!(reads_as_name(v.as_bytes()), "{v}");
        }
        for v in [
            "UNKNOWN^UNKNOWN",
            "N/A",
            "Anonymized",
            "",
            "12345",
            "X",
            "^^^",
        ] {
            assert!(!reads_as_name(v.as_bytes()), "{v}");
        }
    }

    fn dicts() -> NameDicts {
        NameDicts::new(
            &SpecSource::Builtin,
            "dict/first-names.txt",
            "dict/surnames.txt",
            "dict/name-stopwords.txt",
        )
        .unwrap()
    }

    fn names(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        dicts().find(
            text.as_bytes(),
            0,
            text.len(),
            &mut Tokens::default(),
            &mut out,
        );
        out.iter()
            .map(|n| text[n.start..n.end].to_string())
            .collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(names("Patient: John Smith DOB"), ["John Smith"]);
        assert_eq!(names("Pt Robert J. Wilson was"), ["Robert J. Wilson"]);
        assert_eq!(names("PID|||123||SMITH^JOHN^A"), ["SMITH^JOHN"]);
        assert_eq!(names("Garcia, Maria  DOB"), ["Garcia, Maria"]);
        assert_eq!(names("MARY ANN JONES"), ["MARY ANN JONES"]);
    }

    /// The tokenizer as it was before the capital-to-capital search: every
    /// token of the window in one list.
    fn all_tokens(text: &[u8], from: usize, to: usize) -> Vec<Tok> {
        let mut tz = Tokenizer::new(text, from, to);
        std::iter::from_fn(|| tz.next_tok()).collect()
    }

    /// The tokenizer before it became lazy, kept to check the lazy one.
    fn original_tokens(text: &[u8], from: usize, to: usize, toks: &mut Vec<Tok>) {
        toks.clear();
        let mut i = from;
        while i < to {
            if text[i].is_ascii_alphabetic() {
                let start = i;
                while i < to
                    && (text[i].is_ascii_alphabetic()
                        || (matches!(text[i], b'\'' | b'-')
                            && i + 1 < to
                            && text[i + 1].is_ascii_alphabetic()))
                {
                    i += 1;
                }
                // A word glued to digits or underscores is an identifier, not a name.
                let glued = |b: u8| b.is_ascii_digit() || b == b'_';
                let bad =
                    (start > 0 && glued(text[start - 1])) || (i < text.len() && glued(text[i]));
                let mut j = i;
                while j < to && matches!(text[j], b' ' | b'\t') {
                    j += 1;
                }
                let sep = if j == i {
                    match text.get(i) {
                        Some(b',') => Sep::Comma,
                        Some(b'^') => Sep::Caret,
                        Some(b'.') => Sep::Dot,
                        _ => Sep::Other,
                    }
                } else {
                    Sep::Space
                };
                // Allow spaces after a comma or a dot.
                let sep = match sep {
                    Sep::Comma | Sep::Dot => {
                        let mut k = i + 1;
                        while k < to && matches!(text[k], b' ' | b'\t') {
                            k += 1;
                        }
                        if sep == Sep::Dot && k == i + 1 {
                            Sep::Other
                        } else {
                            sep
                        }
                    }
                    s => s,
                };
                if !bad {
                    toks.push(Tok { start, end: i, sep });
                } else if let Some(last) = toks.last_mut() {
                    last.sep = Sep::Other;
                }
            } else {
                if let Some(last) = toks.last_mut() {
                    if last.end < i && !matches!(text[i], b' ' | b'\t' | b',' | b'^' | b'.') {
                        last.sep = Sep::Other;
                    }
                }
                i += 1;
            }
        }
    }

    /// Names found by trying every token of the window in turn.
    fn names_by_every_token(d: &NameDicts, text: &[u8], from: usize, to: usize) -> Vec<NameSpan> {
        let toks = all_tokens(text, from, to);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match name_at(text, &toks, i, &d.sets()) {
                Some((span, used)) => {
                    out.push(span);
                    i += used;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn skipping_to_capitals_finds_what_every_token_finds() {
        let d = dicts();
        let mut texts: Vec<Vec<u8>> = [
            "Patient: John Smith DOB 01/02/1980, seen by Mary-Ann O'Brien.",
            "x-John Smith; 5'John Smith a'John Smith John_Smith Smith, John9",
            "MARY ANN JONES, Garcia,  Maria^X PID|||1||SMITH^JOHN^A~Lee^Ann",
            "Robert J. Wilson Robert J.Wilson Robert J Wilson, Ann Lee.",
            "the patient John  smith and Mc Donald James Brown-Smith Jr",
        ]
        .iter()
        .map(|t| t.as_bytes().to_vec())
        .collect();
        texts.extend(crate::test_corpus::files("").into_iter().map(|(_, t)| t));
        let mut toks = Tokens::default();
        for text in &texts {
            // Whole text and windows starting and ending anywhere.
            let n = text.len();
            for (from, to) in [(0, n), (n / 3, n), (0, n / 2), (n / 5 + 1, n * 4 / 5)] {
                let mut all = Vec::new();
                original_tokens(text, from, to, &mut all);
                let lazy = all_tokens(text, from, to);
                assert_eq!(all.len(), lazy.len());
                for (a, b) in all.iter().zip(&lazy) {
                    assert_eq!((a.start, a.end, a.sep), (b.start, b.end, b.sep));
                }
                let mut got = Vec::new();
                d.find(text, from, to, &mut toks, &mut got);
                assert_eq!(got, names_by_every_token(&d, text, from, to));
            }
        }
    }

    fn free(text: &str) -> Option<String> {
        let d = dicts();
        d.free_name(text.as_bytes(), 0, text.len(), 4, |_| false)
            .map(|n| text[n.start..n.end].to_string())
    }

    #[test]
    fn free_names_after_a_label() {
        assert_eq!(free("NWOSU,ADAEZE\nMR: 1").as_deref(), Some("NWOSU,ADAEZE"));
        assert_eq!(free("Nováková, Jana").as_deref(), Some("Nováková, Jana"));
        assert_eq!(
            free("Nguyễn Văn Đặng was").as_deref(),
            Some("Nguyễn Văn Đặng")
        );
        assert_eq!(
            free("Chidi A. Okafor   DOB").as_deref(),
            Some("Chidi A. Okafor")
        );
        assert_eq!(free("O'Brien-Smith\tDOB").as_deref(), Some("O'Brien-Smith"));
        assert_eq!(free("JOHN SMITH DOB: 1").as_deref(), Some("JOHN SMITH"));
        assert_eq!(free("Okafor has been").as_deref(), Some("Okafor"));
        assert_eq!(free("Male"), None, "a stop word");
        assert_eq!(free("was seen"), None);
        assert_eq!(free("J. was"), None, "an initial alone");
        assert_eq!(free("A1234"), None);
        assert_eq!(
            free("Santo Y. Hutchison Chart #: 1").as_deref(),
            Some("Santo Y. Hutchison")
        );
    }

    #[test]
    fn not_names() {
        assert!(names("the patient was seen").is_empty());
        assert!(names("John smith").is_empty(), "mixed case");
        assert!(names("John_Smith2").is_empty());
    }
}
