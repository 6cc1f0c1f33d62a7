//! Which context term starts at a given position, matched in place.
//!
//! The sweep finds terms wherever they start; a term hidden under a
//! rejected candidate ("Dx: E871.7" under the label-led ICD-9 pattern) is
//! looked up here at that one position. The six hundred terms compiled as
//! one anchored regex cost more instructions than the rest of a start-up
//! (literal extraction over case-folded alternatives), for a lookup that a
//! few byte comparisons answer. The matching rules are those of the term's
//! regex (`term_regex`): ASCII case folding, up to three separators
//! (`[ \t\r\n_.-]`) where the term has a space, and a word boundary at
//! either end that is alphanumeric; of several terms, the first in order.

/// The context terms, in the order the sweep gives them priority.
#[derive(Debug)]
pub(super) struct Terms {
    /// Term indexes by their first letter, upper-cased (`A` = 0), in order.
    by_letter: [Vec<u32>; 26],
    terms: Vec<Term>,
}

#[derive(Debug)]
struct Term {
    /// The words between the term's spaces (empty for doubled spaces).
    parts: Vec<Box<[u8]>>,
    mask: u128,
    /// The term ends in a letter or digit, so a word may not go on after it.
    word_end: bool,
}

/// Separators that stand for a term's space: "date of birth" matches
/// `DATE_OF_BIRTH` and `Date.of.birth`.
fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'_' | b'.' | b'-')
}

/// A word byte as the regex's ASCII `\b` sees it.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Terms {
    /// The terms with their masks, highest priority first. Terms that do
    /// not start with a letter are left out: only a word can start one.
    pub(super) fn new<'a>(terms: impl IntoIterator<Item = (&'a str, u128)>) -> Terms {
        let mut by_letter: [Vec<u32>; 26] = Default::default();
        let mut list = Vec::new();
        for (term, mask) in terms {
            let Some(first) = term.bytes().next().filter(u8::is_ascii_alphabetic) else {
                continue;
            };
            by_letter[usize::from(first.to_ascii_uppercase() - b'A')].push(list.len() as u32);
            list.push(Term {
                parts: term.split(' ').map(|p| p.as_bytes().into()).collect(),
                mask,
                word_end: term
                    .bytes()
                    .last()
                    .is_some_and(|b| b.is_ascii_alphanumeric()),
            });
        }
        Terms {
            by_letter,
            terms: list,
        }
    }

    /// The first term (in priority order) that matches at `start`, with
    /// the end of its match and its mask.
    pub(super) fn at(&self, text: &[u8], start: usize) -> Option<(usize, u128)> {
        let first = *text.get(start)?;
        if !first.is_ascii_alphabetic() || (start > 0 && is_word(text[start - 1])) {
            // A term that starts with a letter starts a word.
            return None;
        }
        let ids = &self.by_letter[usize::from(first.to_ascii_uppercase() - b'A')];
        ids.iter().find_map(|&id| {
            let term = &self.terms[id as usize];
            term.match_parts(text, 0, start).map(|end| (end, term.mask))
        })
    }
}

#[cfg(test)]
impl Terms {
    /// The terms as given, in order: tests hold the matcher to the regexes.
    pub(super) fn listed(&self) -> Vec<(String, u128)> {
        self.terms
            .iter()
            .map(|t| {
                let words: Vec<String> = t
                    .parts
                    .iter()
                    .map(|p| String::from_utf8_lossy(p).into_owned())
                    .collect();
                (words.join(" "), t.mask)
            })
            .collect()
    }
}

impl Term {
    /// The end of a match of parts `i..` at `pos`. Separators are taken
    /// greedily and given back one at a time, as the regex's backtracking
    /// would, so the same match wins.
    fn match_parts(&self, text: &[u8], i: usize, pos: usize) -> Option<usize> {
        let part = &self.parts[i];
        let end = pos + part.len();
        if !text.get(pos..end)?.eq_ignore_ascii_case(part) {
            return None;
        }
        if i + 1 == self.parts.len() {
            let ends_word = !self.word_end || text.get(end).is_none_or(|&b| !is_word(b));
            return ends_word.then_some(end);
        }
        let seps = text[end..]
            .iter()
            .take(3)
            .take_while(|&&b| is_separator(b))
            .count();
        (0..=seps)
            .rev()
            .find_map(|n| self.match_parts(text, i + 1, end + n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(list: &[&'static str]) -> Terms {
        Terms::new(list.iter().enumerate().map(|(i, t)| (*t, 1u128 << i)))
    }

    #[test]
    fn a_term_matches_across_separators_in_any_case() {
        let t = terms(&["date of birth", "dob"]);
        assert_eq!(t.at(b"DATE_OF_BIRTH: 1", 0), Some((13, 1)));
        assert_eq!(t.at(b"x Date.of birth", 2), Some((15, 1)));
        assert_eq!(t.at(b"DateOfBirth", 0), Some((11, 1)));
        assert_eq!(t.at(b"dob 1/2/61", 0), Some((3, 2)));
    }

    #[test]
    fn a_term_must_start_and_end_a_word() {
        let t = terms(&["dob"]);
        assert_eq!(t.at(b"dobson", 0), None);
        assert_eq!(t.at(b"adob", 1), None);
        assert_eq!(t.at(b"a_dob", 2), None);
        assert_eq!(t.at(b"dob_x", 0), None);
        assert_eq!(t.at(b"(dob)", 1), Some((4, 1)));
    }

    #[test]
    fn the_first_term_in_order_wins_and_more_than_three_separators_break_it() {
        let t = terms(&["date of birth", "date"]);
        assert_eq!(t.at(b"date of birth", 0), Some((13, 1)));
        assert_eq!(t.at(b"date of death", 0), Some((4, 2)));
        assert_eq!(t.at(b"date....of birth", 0), Some((4, 2)));
    }

    #[test]
    fn separators_are_given_back_when_the_next_part_needs_them() {
        // "a", up to three separators, then ".b": with two dots before
        // the b the greedy choice (three) leaves none for ".b", so one is
        // given back, as in the regex.
        let t = terms(&["a .b"]);
        assert_eq!(t.at(b"a....b", 0), Some((6, 1)));
        assert_eq!(t.at(b"a.....b", 0), None);
        assert_eq!(t.at(b"a...b", 0), Some((5, 1)));
        assert_eq!(t.at(b"a.b", 0), Some((3, 1)));
    }
}
