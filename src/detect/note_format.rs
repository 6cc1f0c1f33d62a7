//! Clinical notes as clinicians write them (issue 15, class 0): what a
//! note's layout says beyond its labels. A record date in any year, a month
//! alone, a pager number, the name above a credential (`Name, M.D.`), the
//! transcriptionist's initials line (`ABC:name`), the names of a `cc:` line
//! and the patient's name repeated after the header are PHI there and
//! ordinary text elsewhere (a changelog's "since November", a sign-off's
//! "PhD", a pager program), so every rule here holds only where
//! [`Engine::in_note`] does.
//!
//! It reads the engine's compiled rules; the scan calls it at two points:
//! [`date_word_before`] while scoring a partial date, and
//! [`Engine::note_pass`] once names are found.

use super::engine::{near, Ctx, Engine, Hit, CLINICAL_NOTE_REACH, MAX_CANDIDATE};
use super::name_search::author_credit;
use crate::detect::validate::Validator;
use crate::detect::{Confidence, Kind, Level, Match};

/// Words that introduce a date written without its year or day: "on
/// 3/14", "in 3/79", "since November", "last August".
const DATE_PREPOSITIONS: &[&[u8]] = &[
    b"on",
    b"in",
    b"since",
    b"from",
    b"until",
    b"till",
    b"through",
    b"thru",
    b"after",
    b"before",
    b"by",
    b"dated",
    b"starting",
    b"during",
    b"last",
    b"next",
    b"early",
    b"late",
    b"mid",
];

/// Words after `a/b` that make it a ratio or a score ("5/5 in 4/4
/// extremities", "1/2 tablet", "3/4 of doses"), not a date.
const RATIO_WORDS: &[&[u8]] = &[
    b"of",
    b"tab",
    b"tabs",
    b"tablet",
    b"tablets",
    b"strength",
    b"murmur",
    b"extremities",
    b"pain",
    b"dose",
    b"doses",
    b"cm",
    b"mm",
    b"units",
    b"times",
    b"cups",
    b"packs",
    b"ppd",
];

/// Credentials written after a clinician's name (dots and hyphens dropped,
/// upper case): `M.D.`, `MD`, `PA-C`, `Ph.D.`.
const CREDENTIALS: &[&[u8]] = &[
    b"MD", b"DO", b"NP", b"PA", b"PAC", b"RN", b"PHD", b"MBBS", b"DDS", b"DMD", b"DPM", b"CNM",
    b"CRNA", b"APRN", b"FNP", b"ANP", b"LPN", b"LCSW", b"PSYD", b"FACP", b"FACC", b"FACS", b"MPH",
];

/// Roles written before a clinician's name ("PROVIDER L. Delaney, MD",
/// "Ordering Provider C. Patricio, DO"): not part of the name.
const ROLE_WORDS: &[&[u8]] = &[
    b"provider",
    b"physician",
    b"surgeon",
    b"attending",
    b"resident",
    b"fellow",
    b"nurse",
    b"ordering",
    b"referring",
    b"consulting",
    b"primary",
    b"signed",
    b"dictated",
    b"approved",
    b"reviewed",
    b"author",
    b"pcp",
    b"doctor",
    b"clinician",
    b"practitioner",
    b"therapist",
    b"pharmacist",
    b"prescriber",
    b"radiologist",
    b"pathologist",
    b"anesthesiologist",
    b"director",
    b"supervisor",
    b"intern",
    b"staff",
    b"team",
    b"care",
    b"treating",
];

/// Longest unit searched for repeats of a found name: one lower-cased copy
/// of it is made.
const REPEAT_TEXT_MAX: usize = 1 << 20;

/// Most distinct words of found names searched for per unit (a note names
/// a handful of people; a roster is a table, not a note).
const REPEAT_WORDS_MAX: usize = 24;

/// Whether the word right before a month-and-day, month-and-year or
/// month-alone value at `start..end` introduces a date ("on", "in",
/// "since"), and no word after it makes it a ratio ("in 4/4 extremities").
/// Clinicians write "CABG in 3/79" and "since November" with no encounter
/// word near; a score or a fraction follows no such word.
pub(super) fn date_word_before(text: &[u8], start: usize, end: usize) -> bool {
    let Some(ws) = word_before(text, start) else {
        return false;
    };
    let w = text[ws..start].trim_ascii_end();
    // "Compared with 3/79", "compared to 3/79": a prior study's date.
    let compared = (w.eq_ignore_ascii_case(b"with") || w.eq_ignore_ascii_case(b"to"))
        && word_before(text, ws).is_some_and(|vs| {
            text[vs..ws]
                .trim_ascii_end()
                .eq_ignore_ascii_case(b"compared")
        });
    (compared || DATE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)))
        && !ratio_after(text, end)
}

/// Where the ASCII word that ends one or two spaces before `start` begins.
fn word_before(text: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while i > 0 && start - i < 2 && matches!(text[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    if i == start {
        return None;
    }
    let end = i;
    while i > 0 && text[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    (i < end && (i == 0 || !text[i - 1].is_ascii_alphanumeric())).then_some(i)
}

/// Whether the word after `end` makes a number pair a ratio or a score.
fn ratio_after(text: &[u8], end: usize) -> bool {
    let rest = &text[end..text.len().min(end + 24)];
    let rest = rest.trim_ascii_start();
    let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    n > 0
        && RATIO_WORDS
            .iter()
            .any(|w| rest[..n].eq_ignore_ascii_case(w))
}

/// A patient identifier found in the unit: a record number, birth date or
/// SSN at `medium` or above, or a name after a patient label. An MRN after
/// its label hides the word "MRN" from the context hits (the candidate's
/// pattern holds it), so the identifier itself is the evidence.
fn patient_identifier(m: &Match) -> bool {
    !m.sample
        && match m.kind {
            Kind::Mrn | Kind::Dob | Kind::Ssn | Kind::Itin | Kind::Mbi | Kind::Hicn => {
                m.confidence >= Confidence::Medium
            }
            Kind::Name => m.confidence == Confidence::High,
            _ => false,
        }
}

/// Whether the words at `start..end` are part of a longer capitalised
/// phrase, a single space from the next or the previous capitalised word
/// ("Oak Meadow General Hospital"): an organisation or a place, not a
/// person. A title before (`Dr.`) ends with its dot and does not count.
fn in_proper_phrase(text: &[u8], start: usize, end: usize) -> bool {
    let after =
        text.get(end) == Some(&b' ') && text.get(end + 1).is_some_and(u8::is_ascii_uppercase);
    let mut i = start;
    let before = i >= 2 && text[i - 1] == b' ' && text[i - 2].is_ascii_alphabetic() && {
        i -= 1;
        while i > 0 && text[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        text[i].is_ascii_uppercase()
    };
    after || before
}

/// Whether an ASCII word byte (or a byte of a non-ASCII letter) is at `i`.
fn word_byte(text: &[u8], i: usize) -> bool {
    text.get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
}

impl Engine {
    /// Whether `start..end` sits in a clinical note: a clinical term and a
    /// patient word within [`CLINICAL_NOTE_REACH`] (the rule dates already
    /// follow), or two clinical terms with a note heading ("HPI", "Record
    /// date", "Dictated by") or a patient identifier there. Surrogate and
    /// real notes often never say "patient". `found` is sorted by start.
    pub(super) fn in_note(&self, hits: &[Hit], found: &[Match], start: usize, end: usize) -> bool {
        let (clinical, patient_word) = self.clinical_terms(hits, start, end, CLINICAL_NOTE_REACH);
        if clinical >= 1 && patient_word {
            return true;
        }
        if clinical < 2 {
            return false;
        }
        let sections = Ctx {
            mask: self.note_sections,
            before: CLINICAL_NOTE_REACH,
            after: CLINICAL_NOTE_REACH,
        };
        if near(hits, sections, start, end) {
            return true;
        }
        let lo = start.saturating_sub(CLINICAL_NOTE_REACH);
        let i = found.partition_point(|m| m.start < lo);
        found[i..]
            .iter()
            .take_while(|m| m.start <= end + CLINICAL_NOTE_REACH)
            .any(patient_identifier)
    }

    /// The note pass, after names are found (`out[first..]` sorted by
    /// start): raises `low` dates and the matches of detectors with a
    /// `note` level that sit in a clinical note, then adds the names a
    /// note's layout gives (signatures, transcriptionists, `cc:` lines,
    /// repeats). `layout` is false for tables, whose cells are not lines
    /// of a note. Leaves `out[first..]` unsorted when it adds names.
    pub(super) fn note_pass(
        &self,
        text: &[u8],
        hits: &[Hit],
        out: &mut Vec<Match>,
        first: usize,
        layout: bool,
    ) {
        // The unit as a whole must pass [`Engine::in_note`]'s test before
        // any position is asked (most units with a clinical word are no
        // note: manuals, changelogs).
        let patient = self.names.as_ref().map_or(0, |r| r.free.patient);
        let (mut clinical, mut patient_word, mut section) = (0u32, false, false);
        for h in hits {
            clinical += u32::from(h.mask & self.clinical != 0);
            patient_word |= h.mask & patient != 0;
            section |= h.mask & self.note_sections != 0;
        }
        let found = &out[first..];
        let unit_note = clinical >= 1 && patient_word
            || clinical >= 2 && (section || found.iter().any(patient_identifier));
        if self.clinical == 0 || !unit_note {
            return;
        }
        let mut raise = Vec::new();
        for (i, m) in found.iter().enumerate() {
            if m.confidence != Confidence::Low || m.sample {
                continue;
            }
            let d = &self.detectors[m.detector as usize];
            let level = d
                .conf
                .note
                .and_then(Level::confidence)
                .or_else(|| (m.kind == Kind::Date).then_some(Confidence::Medium));
            let Some(level) = level else {
                continue;
            };
            if d.validator == Some(Validator::PartialDate) && ratio_after(text, m.end) {
                continue;
            }
            // "Name <mail@host>": a mail header or a credit, the sender's
            // or the staff's name, not the patient's.
            if m.kind == Kind::Name && author_credit(text, m.end) {
                continue;
            }
            // "Wayne, IN", "Erie, PA": a city and its state read as `LAST,
            // FIRST`. Only a name written `First Last` or glued `LAST,FIRST`
            // (a record header's form) is raised.
            if m.kind == Kind::Name
                && (memchr::memmem::find(&text[m.start..m.end], b", ").is_some()
                    || in_proper_phrase(text, m.start, m.end))
            {
                continue;
            }
            if self.in_note(hits, found, m.start, m.end) {
                raise.push((first + i, level));
            }
        }
        for (i, level) in raise {
            out[i].confidence = out[i].confidence.max(level);
        }
        let Some(rules) = &self.names else {
            return;
        };
        if !layout {
            return;
        }
        let mut spans = Vec::new();
        self.layout_names(text, &mut spans);
        let found = &out[first..];
        let overlaps = |found: &[Match], add: &[Match], s: usize, e: usize| {
            let i = found.partition_point(|m| m.start + MAX_CANDIDATE < s);
            found[i..]
                .iter()
                .take_while(|m| m.start < e)
                .chain(add.iter())
                .any(|m| m.start < e && s < m.end)
        };
        let mut add: Vec<Match> = Vec::new();
        let name = |s: usize, e: usize| Match {
            detector: rules.det,
            kind: Kind::Name,
            confidence: Confidence::Medium,
            start: s,
            end: e,
            sample: false,
        };
        for (s, e) in spans {
            if !overlaps(found, &add, s, e) && self.in_note(hits, found, s, e) {
                add.push(name(s, e));
            }
        }
        // Once a note names someone, their name or surname alone later in
        // the note is the same person ("Whitcombe to call", "Rosalind
        // reports").
        if text.len() <= REPEAT_TEXT_MAX {
            let mut words: Vec<Vec<u8>> = Vec::new();
            for m in found.iter().chain(add.iter()) {
                if m.kind != Kind::Name || m.confidence < Confidence::Medium {
                    continue;
                }
                for w in text[m.start..m.end].split(|&b| !(b.is_ascii_alphabetic() || b >= 0x80)) {
                    let lower = w.to_ascii_lowercase();
                    if w.len() >= 3
                        && (w[0].is_ascii_uppercase() || w[0] >= 0x80)
                        && !rules.dicts.is_stop_word(w)
                        && !self.is_label_word(w)
                        && !self.is_clinical_word(w)
                        && !words.contains(&lower)
                        && words.len() < REPEAT_WORDS_MAX
                    {
                        words.push(lower);
                    }
                }
            }
            // One pass over the text's words (a name word is a whole
            // word), not one search of the text per name word.
            let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80;
            let mut p = 0;
            while !words.is_empty() && p < text.len() {
                let Some(s) = text[p..].iter().position(word) else {
                    break;
                };
                let p0 = p + s;
                let e = text[p0..]
                    .iter()
                    .position(|b| !word(b))
                    .map_or(text.len(), |n| p0 + n);
                p = p0;
                let capital = text[p].is_ascii_uppercase() || text[p] >= 0x80;
                if capital
                    && words.iter().any(|w| w.eq_ignore_ascii_case(&text[p..e]))
                    && !overlaps(found, &add, p, e)
                    && self.in_note(hits, found, p, e)
                {
                    add.push(name(p, e));
                }
                p = e;
            }
        }
        out.extend(add);
    }

    /// Spans of names that a note's lines give by their layout: the words
    /// before a credential (`Dalibor K. Ferrante, M.D.`), the lower-case
    /// census names of a transcription line (`TQR:whitlock`,
    /// `BNW/gallardo/ferris`) and the name after `cc:`.
    fn layout_names(&self, text: &[u8], spans: &mut Vec<(usize, usize)>) {
        let Some(rules) = &self.names else {
            return;
        };
        let mut ls = 0;
        while ls < text.len() {
            let le = memchr::memchr(b'\n', &text[ls..]).map_or(text.len(), |i| ls + i);
            let line = &text[ls..le];
            for c in memchr::memchr_iter(b',', line).map(|i| ls + i) {
                if credential_after(text, c + 1, le) {
                    if let Some(s) = self.name_before(text, ls, c) {
                        spans.push((s, c));
                    }
                }
            }
            let trimmed = line.trim_ascii();
            let lead = ls + (line.len() - line.trim_ascii_start().len());
            if let Some(parts) = transcription_line(trimmed) {
                // One census name makes the line a transcription line: its
                // other words are names too (surrogates and rare surnames).
                let census = |&(s, e): &(usize, usize)| {
                    let w = &text[lead + s..lead + e];
                    rules.dicts.is_name_word(w) && !self.is_clinical_word(w)
                };
                if parts.iter().any(census) {
                    for (s, e) in parts {
                        if !self.is_clinical_word(&text[lead + s..lead + e]) {
                            spans.push((lead + s, lead + e));
                        }
                    }
                }
            } else if trimmed.len() > 3 && trimmed[..3].eq_ignore_ascii_case(b"cc:") {
                let mut at = lead + 3;
                while at < le && matches!(text[at], b' ' | b'\t') {
                    at += 1;
                }
                // "CC:" is also a chief complaint: only census names count.
                if let Some(n) = rules.dicts.free_name(text, at, le, 4, |_| false) {
                    if n.words >= 2 && n.census >= 1 && !text[n.end..le].starts_with(b".") {
                        spans.push((n.start, n.end));
                    }
                }
            }
            ls = le + 1;
        }
    }

    /// Where the name that ends at the comma `comma` begins: two to four
    /// capitalised words or initials (`Oxxx M Gxxxx`, `EZEKIEL
    /// MARCHETTI`) after the line start, a label's colon or a lower-case
    /// word ("Signed by"). At least two words that are not initials, the
    /// first not an initial, one at least not a stop word.
    fn name_before(&self, text: &[u8], ls: usize, comma: usize) -> Option<usize> {
        let rules = self.names.as_ref()?;
        let (mut i, mut full, mut plain, mut count) = (comma, 0, 0, 0);
        let mut start = None;
        let mut first_initial = false;
        while count < 4 {
            let mut j = i;
            let dot = j > ls && text[j - 1] == b'.';
            if dot {
                j -= 1;
            }
            let we = j;
            while j > ls
                && (text[j - 1].is_ascii_alphabetic() || matches!(text[j - 1], b'\'' | b'-'))
            {
                j -= 1;
            }
            let w = &text[j..we];
            if w.is_empty() || !w[0].is_ascii_uppercase() || (j > ls && word_byte(text, j - 1)) {
                break;
            }
            let initial = w.len() == 1;
            // "Dr." and other abbreviations with a dot end the name.
            let role = ROLE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
                || (!initial && (self.is_label_word(w) || self.is_clinical_word(w)));
            if (!initial && dot) || role {
                break;
            }
            count += 1;
            full += usize::from(!initial);
            // A credential says a person signs: a surname that is also a
            // common word ("Brown", "Rivers") is still theirs, if another
            // word is not one.
            plain += usize::from(!initial && !rules.dicts.is_stop_word(w));
            first_initial = initial;
            start = Some(j);
            let mut k = j;
            while k > ls && text[k - 1] == b' ' && j - k < 3 {
                k -= 1;
            }
            if k == j || j - k > 2 {
                break;
            }
            i = k;
        }
        (full >= 2 && plain >= 1 && !first_initial).then_some(start?)
    }
}

/// Whether a credential follows a comma ending at `at` on the line ending at
/// `le`: zero to two spaces, a credential of [`CREDENTIALS`] written in
/// capitals (`M.D.`, `PA-C`; `PhD` alone may hold small letters), then the
/// line's end, a space, a comma or a semicolon.
fn credential_after(text: &[u8], at: usize, le: usize) -> bool {
    let mut i = at;
    while i < le && i - at < 2 && text[i] == b' ' {
        i += 1;
    }
    let s = i;
    while i < le && i - s < 8 && (text[i].is_ascii_alphabetic() || matches!(text[i], b'.' | b'-')) {
        i += 1;
    }
    if i == s || (i < le && !matches!(text[i], b' ' | b'\t' | b',' | b';' | b'\r' | b')')) {
        return false;
    }
    let tok = &text[s..i];
    let norm: Vec<u8> = tok
        .iter()
        .filter(|b| b.is_ascii_alphabetic())
        .map(u8::to_ascii_uppercase)
        .collect();
    let small = tok.iter().any(u8::is_ascii_lowercase);
    // A state and its ZIP code ("Silver Spring, MD 20910") is an address.
    let zip_after = text[i..le]
        .iter()
        .find(|&&b| b != b' ')
        .is_some_and(u8::is_ascii_digit);
    !zip_after
        && CREDENTIALS.contains(&&norm[..])
        && (!small || norm == b"PHD")
        && tok[0].is_ascii_uppercase()
}

/// A dictation's transcription line, alone on its line: two to four
/// capitals (the author's initials), `:` or `/`, then lower-case words of
/// three letters or more joined by `/` (`TQR:whitlock`,
/// `BNW/gallardo/ferris`). Returns the words' spans within `line`.
fn transcription_line(line: &[u8]) -> Option<Vec<(usize, usize)>> {
    let caps = line.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(2..=4).contains(&caps) || !matches!(line.get(caps), Some(b':' | b'/')) {
        return None;
    }
    let mut parts = Vec::new();
    let mut s = caps + 1;
    for w in line[caps + 1..].split(|&b| b == b'/') {
        if w.len() < 3 || !w.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        parts.push((s, s + w.len()));
        s += w.len() + 1;
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_and_ratios() {
        let t = b"CABG in 3/79. strength in 4/4 extremities; since November";
        assert!(date_word_before(t, 8, 12));
        assert!(!date_word_before(t, 26, 29));
        assert!(date_word_before(t, 49, 57));
        assert!(!date_word_before(b"3/79 x", 0, 4));
        let t = b"Compared with 3/79, no change; with 2/6 murmur";
        assert!(date_word_before(t, 14, 18));
        assert!(!date_word_before(t, 36, 39));
    }

    #[test]
    fn credentials() {
        let ok = |s: &str| credential_after(s.as_bytes(), 0, s.len());
        assert!(ok(" M.D."));
        assert!(ok(" MD, FACP"));
        assert!(ok(" PA-C"));
        assert!(ok(" PhD"));
        assert!(!ok(" Md"));
        assert!(!ok(" do"));
        assert!(!ok(" MDX"));
        assert!(!ok(" and"));
        assert!(!ok(" MD 20910"));
    }

    #[test]
    fn transcription_lines() {
        assert_eq!(transcription_line(b"TQR:whitlock"), Some(vec![(4, 12)]));
        assert_eq!(
            transcription_line(b"BNW/gallardo/ferris"),
            Some(vec![(4, 12), (13, 19)])
        );
        assert_eq!(transcription_line(b"HPI:patient is well"), None);
        assert_eq!(transcription_line(b"A:word"), None);
        assert_eq!(transcription_line(b"ABC:Word"), None);
    }
}
