//! Person names: dictionary tokens in a name shape, looked for only near an
//! anchor (a date or a patient keyword).
//!
//! A name on its own is everywhere (authors, signatures, street names); what
//! makes it patient data is what stands next to it, so the scoring lives
//! here beside the shapes.

use std::sync::OnceLock;

use super::spec::SpecSource;
use super::wordset::WordSet;
use super::DetectError;

/// The three dictionaries, loaded on the first anchor so that scans of text
/// without any never pay for ~100k entries.
#[derive(Debug)]
pub struct NameDicts {
    source: SpecSource,
    paths: [String; 3],
    sets: OnceLock<Sets>,
}

#[derive(Debug)]
struct Sets {
    first: WordSet,
    last: WordSet,
    stop: WordSet,
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
    /// Dictionaries read from `source` when first needed.
    pub fn new(
        source: SpecSource,
        first: &str,
        last: &str,
        stop: &str,
    ) -> Result<Self, DetectError> {
        for rel in [first, last, stop] {
            source.dict(rel)?;
        }
        Ok(NameDicts {
            source,
            paths: [first.to_string(), last.to_string(), stop.to_string()],
            sets: OnceLock::new(),
        })
    }

    fn sets(&self) -> &Sets {
        self.sets.get_or_init(|| {
            let load = |rel: &str| -> WordSet {
                WordSet::from_text(self.source.dict(rel).unwrap_or_default())
            };
            Sets {
                first: load(&self.paths[0]),
                last: load(&self.paths[1]),
                stop: load(&self.paths[2]),
            }
        })
    }

    /// Appends every name found in `text[from..to]` to `out`; `toks` is a
    /// reusable buffer.
    pub fn find(
        &self,
        text: &[u8],
        from: usize,
        to: usize,
        toks: &mut Tokens,
        out: &mut Vec<NameSpan>,
    ) {
        let sets = self.sets();
        tokens(text, from, to, &mut toks.0);
        let toks = &toks.0;
        let mut i = 0;
        while i < toks.len() {
            if let Some((span, used)) = name_at(text, toks, i, sets) {
                out.push(span);
                i += used;
            } else {
                i += 1;
            }
        }
    }

    /// Loads the dictionaries now (see `CodeTables::warm_up`).
    pub fn warm_up(&self) {
        self.sets();
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

fn tokens(text: &[u8], from: usize, to: usize, toks: &mut Vec<Tok>) {
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
            let bad = (start > 0 && glued(text[start - 1])) || (i < text.len() && glued(text[i]));
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
fn name_at(text: &[u8], toks: &[Tok], i: usize, s: &Sets) -> Option<(NameSpan, usize)> {
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
        Sep::Caret | Sep::Comma if in_set(&s.last, w0) && same_case(w1) && in_set(&s.first, w1) => {
            Some((span(&t0, t1, w1, w0), 2))
        }
        Sep::Space if in_set(&s.first, w0) => {
            // First M. Last, First Middle Last.
            if let Some(t2) = toks.get(i + 2) {
                let w2 = word(t2);
                let middle_ok = match case_of(w1) {
                    Case::Initial => matches!(t1.sep, Sep::Dot | Sep::Space),
                    c => c == c0 && t1.sep == Sep::Space && in_set(&s.first, w1),
                };
                if middle_ok && same_case(w2) && in_set(&s.last, w2) {
                    return Some((span(&t0, t2, w0, w2), 3));
                }
            }
            if same_case(w1) && in_set(&s.last, w1) {
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

    fn dicts() -> NameDicts {
        NameDicts::new(
            SpecSource::Builtin,
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

    #[test]
    fn not_names() {
        assert!(names("the patient was seen").is_empty());
        assert!(names("John smith").is_empty(), "mixed case");
        assert!(names("John_Smith2").is_empty());
    }
}
