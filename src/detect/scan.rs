//! Runs the compiled [`Engine`] over a text unit: one sweep for candidates
//! and context terms, validation, then confidence from the context around
//! each candidate.

use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

use super::engine::{
    build_regex, locale_map_key, near, same_sample, Cand, Cell, Ctx, Engine, Hit, Role,
    ScanOutcome, Scratch, CLINICAL_NOTE_REACH, FREE_NAME_CONTEXT, LABEL_LOOKBACK,
};
use super::note_format;
use super::software_text::{self, SoftwareText};
use super::table::FieldPlan;
use super::validate::Validator;
use super::{Confidence, Kind, Level, Match};

impl Engine {
    /// Like [`Engine::scan_min`] for a table: `cells` are its body's cells
    /// (in text order) and `plan` says what their columns mean.
    pub fn scan_table(
        &self,
        text: &[u8],
        plan: &FieldPlan,
        cells: &[Cell],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
        min: Confidence,
    ) -> ScanOutcome {
        self.scan_inner(text, Some((plan, cells)), scratch, out, min)
    }

    /// Finds every match in `text`, appended to `out` in offset order.
    pub fn scan(&self, text: &[u8], scratch: &mut Scratch, out: &mut Vec<Match>) -> ScanOutcome {
        self.scan_min(text, scratch, out, Confidence::Low)
    }

    /// Like [`Engine::scan`], for a caller that reports only matches at
    /// `min` or above: work that can only yield lower ones is skipped. A
    /// name near a date with no patient word, label or clinical term is
    /// `low`, so above `low` a bare date anchors name search only when a
    /// clinical term is near it.
    pub fn scan_min(
        &self,
        text: &[u8],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
        min: Confidence,
    ) -> ScanOutcome {
        self.scan_inner(text, None, scratch, out, min)
    }

    fn scan_inner(
        &self,
        text: &[u8],
        table: Option<(&FieldPlan, &[Cell])>,
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
        min: Confidence,
    ) -> ScanOutcome {
        scratch.hits.clear();
        scratch.cands.clear();
        scratch.field_spans.clear();
        scratch.software.reset(text.len());
        let first = out.len();
        self.collect(text, scratch);
        if let Some((plan, cells)) = table {
            self.table_context(text, plan, cells, scratch, out);
        }
        // Candidates come in text order, so the hits within reach of each
        // are a window sliding forward: no search per context rule.
        let hits = &scratch.hits;
        let (mut lo, mut hi, mut last) = (0, 0, 0);
        for c in &scratch.cands {
            let spans = &scratch.field_spans;
            let i = spans.partition_point(|&(_, e)| e <= c.start);
            if spans.get(i).is_some_and(|&(s, _)| s < c.end) {
                continue;
            }
            if c.start < last {
                lo = 0;
            }
            last = c.start;
            let from = c.start.saturating_sub(self.reach);
            while lo < hits.len() && hits[lo].end < from {
                lo += 1;
            }
            hi = hi.max(lo);
            while hi < hits.len() && hits[hi].start <= c.end + self.reach {
                hi += 1;
            }
            if let Some(mut m) = self.score(text, c, &hits[lo..hi]) {
                if m.kind == Kind::Date
                    && m.confidence == Confidence::Low
                    && !m.sample
                    && self.in_clinical_note(hits, m.start, m.end)
                    && !self.software_holds_back(text, &scratch.software, m.start, m.end)
                {
                    m.confidence = Confidence::Medium;
                } else if m.kind == Kind::Date
                    && m.confidence == Confidence::Medium
                    && !m.sample
                    && self.detectors[m.detector as usize].conf.valid == Level::Low
                    && self.software_holds_back(text, &scratch.software, m.start, m.end)
                {
                    // An encounter word in a changelog ("bug seen on an
                    // arm system.\n\n2003-02-16  Name <mail>") is no visit.
                    m.confidence = Confidence::Low;
                }
                out.push(m);
            }
        }
        // Field values were pushed before the pattern matches: name search
        // needs one sorted list.
        if !scratch.field_spans.is_empty() {
            out[first..].sort_by_key(|m| (m.start, m.end));
        }
        if let Some(rules) = &self.names {
            self.find_names(text, rules, scratch, first, out, min);
        }
        out[first..].sort_by_key(|m| (m.start, m.end));
        let before_note = out.len();
        self.note_pass(text, &scratch.hits, out, first, table.is_none());
        if out.len() > before_note {
            out[first..].sort_by_key(|m| (m.start, m.end));
        }
        // In a patient structure (HL7, FHIR, CDA, DICOM) the reader has
        // already named the patient's own contact fields; a phone or
        // address it did not name belongs to someone else in the same
        // message (a provider's ROL, an insurer's IN1, a CDA author or
        // custodian), so the record does not raise it.
        let structure = table.is_some_and(|(plan, _)| plan.patient);
        if self.record_rules && !structure {
            self.raise_beside_record(text, &mut out[first..], &scratch.hits, &scratch.field_spans);
        }
        let health_terms =
            self.clinical != 0 && scratch.hits.iter().any(|h| h.mask & self.clinical != 0);
        // A table column cannot raise a quasi-identifier (only a record
        // can), so only other `low` matches are worth looking for one.
        let wants_context = out[first..].iter().any(|m| {
            m.confidence == Confidence::Low
                && self.detectors[m.detector as usize].conf.record.is_none()
        });
        ScanOutcome {
            health_terms,
            wants_context,
        }
    }

    /// Whether a match is a date that anchors name search: a full date or
    /// a date of birth. A partial date ("August, 1993") heads every
    /// project history and changelog section, beside its authors' names.
    pub(super) fn anchors_names(&self, m: &Match) -> bool {
        matches!(m.kind, Kind::Date | Kind::Dob)
            && self.detectors[m.detector as usize].validator != Some(Validator::PartialDate)
    }

    /// Whether a date sits in a clinical note: a clinical term and a
    /// patient word (patient, MRN, DOB, …) within [`CLINICAL_NOTE_REACH`].
    /// Safe Harbor C removes every date related to an individual
    /// (admission, discharge, service, death), so a date in a unit that
    /// holds health information is PHI; a changelog or manual that says
    /// "treatment" once in a page is not such a unit.
    pub(super) fn in_clinical_note(&self, hits: &[Hit], start: usize, end: usize) -> bool {
        let (clinical, patient_word) = self.clinical_terms(hits, start, end, CLINICAL_NOTE_REACH);
        clinical >= 1 && patient_word
    }

    /// Whether software-project text around `start..end` (a changelog,
    /// release notes, source code: see [`super::software_text`]) holds back a rise
    /// that rests on weak context, a patient keyword or clinical term that
    /// such text uses too. Clinical vocabulary within [`FREE_NAME_CONTEXT`]
    /// (two words of the ICD descriptions that general text does not use)
    /// lets the rise stand.
    pub(super) fn software_holds_back(
        &self,
        text: &[u8],
        software: &SoftwareText,
        start: usize,
        end: usize,
    ) -> bool {
        software.near(text, start) && {
            let lo = start.saturating_sub(FREE_NAME_CONTEXT);
            let hi = (end + FREE_NAME_CONTEXT).min(text.len());
            !self.tables.medical_words(&text[lo..hi], 2)
        }
    }

    /// Clinical terms (counted up to 2) within `reach` of `start..end`, and
    /// whether a patient word is there too.
    pub(super) fn clinical_terms(
        &self,
        hits: &[Hit],
        start: usize,
        end: usize,
        reach: usize,
    ) -> (u32, bool) {
        let patient = self.names.as_ref().map_or(0, |r| r.free.patient);
        if self.clinical == 0 {
            return (0, false);
        }
        let lo = start.saturating_sub(reach);
        let hi = end + reach;
        let i = hits.partition_point(|h| h.end < lo);
        let (mut clinical, mut patient_word) = (0u32, false);
        for h in hits[i..].iter().take_while(|h| h.start <= hi) {
            if h.mask & self.clinical != 0 {
                clinical += 1;
            }
            patient_word |= h.mask & patient != 0;
            if clinical >= 2 && patient_word {
                break;
            }
        }
        (clinical, patient_word)
    }

    /// Pass 1: one sweep of the combined regex, validating candidates as
    /// they come so a rejected one can give way to another pattern.
    fn collect(&self, text: &[u8], scratch: &mut Scratch) {
        self.begin_text(scratch);
        let mut at = 0;
        while at < text.len() {
            let Some((pid, start, m_end)) = self.next_match(text, at, scratch) else {
                break;
            };
            let end = m_end.max(start + 1);
            match self.roles[pid] {
                Role::Keyword { mask } => {
                    if !glued_to_path(text, start, m_end)
                        && !software_text::in_code_run(text, start, m_end)
                    {
                        scratch.hits.push(Hit { start, end, mask });
                    }
                    at = end;
                }
                Role::Candidate { det, needs_keyword } => {
                    if let Some(c) = self.validate(text, det, start, m_end, needs_keyword) {
                        scratch.cands.push(c);
                        at = end;
                    } else if let Some((c, e)) = self.retry(text, start, pid, scratch) {
                        scratch.cands.push(c);
                        at = e;
                    } else if let Some(hit) = self.keyword_at(text, start) {
                        // A rejected pattern that begins with its label
                        // ("Dx: E871.7") leaves the label to the codes after
                        // it, as if the pattern had not been there.
                        if !glued_to_path(text, hit.start, hit.end)
                            && !software_text::in_code_run(text, hit.start, hit.end)
                        {
                            scratch.hits.push(hit);
                        }
                        at = hit.end;
                    } else if self.word_start_only {
                        // No pattern can match from inside this word.
                        at = next_word_start(text, start + 1, m_end);
                    } else {
                        at = start + 1;
                    }
                }
            }
        }
    }

    /// Readies the pass for a new text: [`Engine::next_match`] keeps state
    /// between calls on one text.
    pub(super) fn begin_text(&self, scratch: &mut Scratch) {
        if let (Some(sweep), Some(cache)) = (&self.sweep, scratch.sweep.as_mut()) {
            sweep.reset(cache);
        }
    }

    /// The leftmost-first match at or after `at`: pattern, start, end.
    pub(super) fn next_match(
        &self,
        text: &[u8],
        at: usize,
        scratch: &mut Scratch,
    ) -> Option<(usize, usize, usize)> {
        if let (Some(sweep), Some(cache)) = (&self.sweep, scratch.sweep.as_mut()) {
            return sweep.next(text, at, cache);
        }
        let (general, (cache, pass_cache)) = (self.general.as_ref()?, scratch.general.as_mut()?);
        general.next_match(text, at, cache, pass_cache)
    }

    /// The context keyword that matches at `start`, for a candidate that
    /// matched there first and was rejected. Only words can start keywords,
    /// so other starts (numbers) cost nothing.
    fn keyword_at(&self, text: &[u8], start: usize) -> Option<Hit> {
        // Every keyword's first word is a label word: a cheap test that
        // turns away the rejected names and words that start no keyword.
        let word_end = text[start..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(text.len(), |n| start + n);
        if word_end == start || !self.label_words.contains(&text[start..word_end]) {
            return None;
        }
        let (end, mask) = self.keywords.at(text, start)?;
        Some(Hit { start, end, mask })
    }

    /// Candidate pattern `pid` alone, compiled the first time a retry asks.
    /// The candidate patterns with all-matches semantics, built now if not
    /// yet. The built-in set is known to compile (the tests build it) and a
    /// user's set was built at load.
    pub(super) fn at_position(&self) -> &Regex {
        self.at_position.get_or_init(|| {
            super::compile::at_position_regex(&self.single_patterns)
                .expect("the candidate patterns compiled at load or in the tests")
        })
    }

    fn single(&self, pid: usize) -> Option<&Regex> {
        self.singles[pid]
            .get_or_init(|| build_regex(std::slice::from_ref(&self.single_patterns[pid])).ok())
            .as_ref()
    }

    /// Another candidate pattern that matches at `start` and validates.
    fn retry(
        &self,
        text: &[u8],
        start: usize,
        skip: usize,
        scratch: &mut Scratch,
    ) -> Option<(Cand, usize)> {
        if let (Some(sweep), Some(cache)) = (&self.sweep, scratch.sweep.as_ref()) {
            if !sweep.others_may_match(text, start, skip, cache) {
                return None;
            }
        }
        let anchored = Input::new(text).range(start..).anchored(Anchored::Yes);
        scratch.at_position_set.clear();
        let at_position = self.at_position();
        let cache = scratch
            .at_position_cache
            .get_or_insert_with(|| at_position.create_cache());
        at_position.which_overlapping_matches_with(cache, &anchored, &mut scratch.at_position_set);
        for pid in scratch.at_position_set.iter().map(|p| p.as_usize()) {
            let Role::Candidate { det, needs_keyword } = self.roles[pid] else {
                continue;
            };
            if pid == skip {
                continue;
            }
            let Some(re) = self.single(pid) else {
                continue;
            };
            let cache = scratch.single_caches[pid].get_or_insert_with(|| re.create_cache());
            if let Some(m) = re.search_with(cache, &anchored) {
                if let Some(c) = self.validate(text, det, m.start(), m.end(), needs_keyword) {
                    return Some((c, m.end()));
                }
            }
        }
        None
    }

    /// Pass 2: confidence from the context around a validated candidate.
    /// `local` holds the hits within the engine's reach of it: every
    /// window, heading and label rule looks no further.
    fn score(&self, text: &[u8], c: &Cand, local: &[Hit]) -> Option<Match> {
        let d = &self.detectors[c.det as usize];
        let kw =
            near(local, d.kw, c.start, c.end) || under_heading(text, local, d.heading, c.start);
        // The nearest label before a value speaks for it: "DOB: x  DOS: y"
        // makes y a date of service, not a second date of birth.
        let nearest_is_kw = d.kw.mask != 0
            && !d.promote.is_empty()
            && nearest_label_before(
                local,
                c.start,
                d.kw.mask | d.promote.iter().fold(0, |m, p| m | p.kw.mask),
            )
            .is_some_and(|h| h.mask & d.kw.mask != 0);
        let promote = d
            .promote
            .iter()
            .find(|p| !nearest_is_kw && near(local, p.kw, c.start, c.end));
        if c.needs_keyword
            && !kw
            && promote.is_none()
            && !(d.validator == Some(Validator::PartialDate)
                && note_format::date_word_before(text, c.start, c.end))
        {
            return None;
        }
        let value = &text[c.start..c.end];
        let sample = c.sample || d.samples.iter().any(|s| same_sample(s, value));
        let wants_support = d.conf.support.is_some() || d.conf.both.is_some();
        let supported = wants_support && near(local, d.support, c.start, c.end);
        let mut level = if sample {
            d.conf.sample.unwrap_or(Level::Low).min(Level::Low)
        } else if kw && supported && d.conf.both.is_some() {
            d.conf.both.unwrap_or(d.conf.valid)
        } else if kw {
            d.conf.keyword.unwrap_or(d.conf.valid)
        } else if supported && d.conf.support.is_some() {
            d.conf.support.unwrap_or(d.conf.valid)
        } else {
            d.conf.valid
        };
        let mut kind = d.info.kind;
        if let Some(p) = promote {
            kind = p.kind;
            let promoted = if near(local, p.support, c.start, c.end) {
                p.support_level
            } else {
                p.level
            };
            level = if sample {
                level.min(promoted)
            } else {
                promoted
            };
        }
        Some(Match {
            detector: c.det,
            kind,
            confidence: level.confidence()?,
            start: c.start,
            end: c.end,
            sample,
        })
    }
}

/// The first ASCII word boundary in `from..to` (where a word byte and a
/// non-word byte meet), or `to`.
fn next_word_start(text: &[u8], from: usize, to: usize) -> usize {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    (from..to)
        .find(|&i| word(text[i]) != word(text[i - 1]))
        .unwrap_or(to)
}

/// The last hit of any of `mask`'s sets that ends at or before `start`
/// (within a line's reach).
fn nearest_label_before(hits: &[Hit], start: usize, mask: u128) -> Option<&Hit> {
    let i = hits.partition_point(|h| h.end <= start);
    hits[..i]
        .iter()
        .rev()
        .take_while(|h| h.end + LABEL_LOOKBACK >= start)
        .find(|h| h.mask & mask != 0)
}

/// Whether a term is part of a path, domain, e-mail or file name (`uc.pt`,
/// `man/pt`, `pt.po`, `dx@host`) rather than a word of the text: such
/// hits are not context.
fn glued_to_path(text: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|i| text[i]);
    let after = text.get(end).copied();
    let after2 = text.get(end + 1).copied();
    let after3 = text.get(end + 2).copied();
    // A language tag in translation credits: `pt-BR`, `pt_BR`, `(pt)`.
    // A list of language codes: `(cs,cy,da,pt,ro)`, `nl,pt,ro`.
    let code_list = before == Some(b',')
        || (after == Some(b',') && after2.is_some_and(|b| b.is_ascii_alphabetic()));
    let locale = end - start <= 3
        && (matches!(after, Some(b'-' | b'_'))
            && after2.is_some_and(|b| b.is_ascii_uppercase())
            && after3.is_some_and(|b| b.is_ascii_uppercase())
            || (before == Some(b'(') && after == Some(b')'))
            || code_list);
    locale
        || locale_map_key(text, start, end)
        || matches!(before, Some(b'.' | b'/' | b'@' | b'\\'))
        || matches!(after, Some(b'/' | b'@'))
        || (after == Some(b'.') && after2.is_some_and(|b| b.is_ascii_alphanumeric()))
}

/// Whether a keyword of `ctx` sits at most `ctx.before` bytes before
/// `start` with no blank line between: the heading of the block the value
/// is listed in.
fn under_heading(text: &[u8], hits: &[Hit], ctx: Ctx, start: usize) -> bool {
    if ctx.mask == 0 {
        return false;
    }
    let lo = start.saturating_sub(ctx.before);
    let i = hits.partition_point(|h| h.end <= start);
    let Some(h) = hits[..i]
        .iter()
        .rev()
        .take_while(|h| h.start >= lo)
        .find(|h| h.mask & ctx.mask != 0)
    else {
        return false;
    };
    // A heading is a line of words; a keyword among column labels set
    // apart by runs of spaces heads one column of a table, not its rows.
    let line_start = memchr::memrchr(b'\n', &text[..h.start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &text[h.end..start]).map_or(start, |i| h.end + i);
    let line = text[line_start..line_end].trim_ascii();
    if line.contains(&b'\t') || line.windows(2).any(|w| w == b"  ") {
        return false;
    }
    // The heading's own line continues after the keyword.
    let mut blank = false;
    for &b in &text[h.end..start] {
        match b {
            b'\n' if blank => return false,
            b'\n' => blank = true,
            b' ' | b'\t' | b'\r' => {}
            _ => blank = false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::spec::SpecSource;
    use crate::detect::sweep::Sweep;

    /// The word-start sweep must find exactly what one unanchored
    /// leftmost-first search over all patterns finds: same matches, same
    /// confidences, on every file of the committed corpus.
    #[test]
    fn sweep_equals_general_search() {
        let sweep = Engine::builtin().unwrap();
        assert!(sweep.sweep.is_some());
        let general = Engine::load_general(SpecSource::Builtin).unwrap();
        assert!(general.general.is_some());
        let (mut s1, mut s2) = (sweep.scratch(), general.scratch());
        let mut files = 0;
        for (path, text) in crate::test_corpus::files("") {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            sweep.scan(&text, &mut s1, &mut a);
            general.scan(&text, &mut s2, &mut b);
            let key = |m: &Match| (m.detector, m.start, m.end, m.confidence, m.kind);
            let a: Vec<_> = a.iter().map(key).collect();
            let b: Vec<_> = b.iter().map(key).collect();
            assert_eq!(a, b, "{}", path.display());
            files += 1;
        }
        assert!(files > 300, "{files} files");
    }

    /// The retry filter never rules out a pattern that matches: at every
    /// word start of the corpus (and of texts built to hit the filter),
    /// whenever a candidate pattern matches and the filter says no other
    /// narrow one may, no other narrow pattern matches there.
    #[test]
    fn retry_filter_never_hides_a_match() {
        let engine = Engine::builtin().unwrap();
        let first = engine.sweep.as_ref().and_then(Sweep::first_bytes);
        let first = first.expect("built with the sweep");
        let mut cache = engine.at_position().create_cache();
        let mut set = regex_automata::PatternSet::new(engine.at_position().pattern_len());
        let mut texts: Vec<Vec<u8>> = vec![
            b"286.63,9745.42 V12.3 E812.0 401.9 10.0.0.1 555-0100 212-09-6789".to_vec(),
            b"account failed 03/14/1961 1961-03-14 March 3, 1961 MRN 00482913".to_vec(),
        ];
        texts.extend(crate::test_corpus::files("").into_iter().map(|(_, t)| t));
        let (mut ruled_out, mut checked) = (0, 0);
        for text in &texts {
            for p in 0..text.len() {
                let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
                if !word(text[p]) || (p > 0 && word(text[p - 1])) {
                    continue;
                }
                let input = Input::new(text).range(p..).anchored(Anchored::Yes);
                set.clear();
                engine
                    .at_position()
                    .which_overlapping_matches_with(&mut cache, &input, &mut set);
                for skip in set.iter().map(|p| p.as_usize()) {
                    checked += 1;
                    if first.others_may_match(text, p, skip, false) {
                        continue;
                    }
                    ruled_out += 1;
                    for other in set.iter().map(|p| p.as_usize()) {
                        assert!(
                            other == skip || first.is_broad(other),
                            "pattern {other} matches at {p} but was ruled out after {skip}"
                        );
                    }
                }
            }
        }
        assert!(checked > 1000 && ruled_out > 100, "{checked} {ruled_out}");
    }

    #[test]
    fn rejected_candidate_gives_way() {
        // E880.9 is an ICD-9 external-cause code; the ICD-10 undotted shape
        // "E880" must not hide it.
        let engine = Engine::builtin().unwrap();
        let mut s = engine.scratch();
        let mut out = Vec::new();
        let text = b"ICD-9 dx E880.9 fall on stairs";
        engine.scan(text, &mut s, &mut out);
        assert!(
            out.iter()
                .any(|m| m.kind == Kind::Icd9 && &text[m.start..m.end] == b"E880.9"),
            "{out:?}"
        );
    }
}
