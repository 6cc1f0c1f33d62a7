//! Pass 3 of a scan: person names near anchors (census dictionaries), and
//! names read without them after patient labels and courtesy titles.

use super::engine::{
    locale_map_key, near, Ctx, Engine, Hit, NameRules, Scratch, FREE_NAME_CONTEXT, LABEL_GAP,
    MAX_CANDIDATE,
};
use super::names::{FreeName, NameSpan};
use super::software_text::SoftwareText;
use super::{Confidence, Kind, Level, Match};

impl Engine {
    /// Pass 3: names, looked for only in windows around anchors.
    pub(super) fn find_names(
        &self,
        text: &[u8],
        rules: &NameRules,
        scratch: &mut Scratch,
        first: usize,
        out: &mut Vec<Match>,
        min: Confidence,
    ) {
        let w = rules.kw.before.max(rules.kw.after);
        // Above `low`, a bare date needs a clinical term within reach of a
        // name near it (name window plus support window) to matter.
        let reach = Ctx {
            before: w + rules.support.before,
            after: w + rules.support.after,
            ..rules.support
        };
        let hits = &scratch.hits;
        let date_anchors = |m: &&Match| {
            m.kind == Kind::Dob
                || (m.kind == Kind::Date
                    && self.anchors_names(m)
                    && (min == Confidence::Low || near(hits, reach, m.start, m.end)))
                || (matches!(m.kind, Kind::Ssn | Kind::Itin | Kind::Mrn)
                    && m.confidence >= Confidence::Medium)
        };
        scratch.windows.clear();
        let anchors = scratch
            .hits
            .iter()
            .filter(|h| h.mask & rules.anchors != 0)
            .map(|h| (h.start, h.end))
            .chain(
                out[first..]
                    .iter()
                    .filter(date_anchors)
                    .map(|m| (m.start, m.end)),
            );
        for (s, e) in anchors {
            scratch
                .windows
                .push((s.saturating_sub(w), (e + w).min(text.len())));
        }
        if scratch.windows.is_empty() {
            // Names after labels and titles need no anchor.
            let mut found = Vec::new();
            self.free_names(text, rules, &scratch.hits, &out[first..], &mut found);
            out.extend(found);
            return;
        }
        scratch.windows.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(scratch.windows.len());
        for &(s, e) in &scratch.windows {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        scratch.names.clear();
        for (s, e) in merged {
            // Start at a word boundary so a window never cuts a name in two.
            let s = back_to_word_start(text, s);
            rules
                .dicts
                .find(text, s, e, &mut scratch.tokens, &mut scratch.names);
        }
        scratch.names.dedup();
        let names = std::mem::take(&mut scratch.names);
        // Candidates were pushed in text order, so `ids` is sorted by start.
        let ids = &out[first..];
        let found_names = names.iter().filter_map(|n| {
            self.dictionary_name(text, rules, &scratch.hits, &scratch.software, ids, n)
        });
        let mut found: Vec<Match> = found_names.collect();
        scratch.names = names;
        self.free_names(text, rules, &scratch.hits, &out[first..], &mut found);
        out.extend(found);
    }

    /// How sure a dictionary name `n` is from what stands near it: a label
    /// right before it, a patient keyword or firm identifier, a date (with
    /// support terms) within the name window; `None` when it overlaps an
    /// identifier, is a later HL7 component, or nothing speaks for it.
    /// `ids` are the unit's matches so far, sorted by start.
    fn dictionary_name(
        &self,
        text: &[u8],
        rules: &NameRules,
        hits: &[Hit],
        software: &SoftwareText,
        ids: &[Match],
        n: &NameSpan,
    ) -> Option<Match> {
        let w = rules.kw.before.max(rules.kw.after);
        let lo = ids.partition_point(|m| m.start + MAX_CANDIDATE + w < n.start);
        let nearby = || ids[lo..].iter().take_while(|m| m.start < n.end + w);
        if nearby().any(|m| m.start < n.end && n.start < m.end) {
            return None;
        }
        // HL7 puts a person's family name first in its field (PID-5,
        // NK1-2); `X^Y` after another component is a city and state
        // (XAD) or a clinician after an ID number (XCN).
        if n.start > 0 && text[n.start - 1] == b'^' && text[n.start..n.end].contains(&b'^') {
            return None;
        }
        let hl = hits.partition_point(|h| h.end + LABEL_GAP < n.start);
        let label = hits[hl..].iter().take_while(|h| h.end <= n.start).any(|h| {
            h.mask & rules.labels != 0
                && text[h.end..n.start]
                    .iter()
                    .all(|b| matches!(b, b' ' | b'\t' | b':' | b'=' | b'-' | b'#' | b'.'))
        });
        let dist_ok = |m: &Match| m.start < n.end + w && n.start < m.end + w;
        let identifier_near = nearby().any(|m| {
            matches!(m.kind, Kind::Ssn | Kind::Itin | Kind::Mrn | Kind::Dob)
                && m.confidence >= Confidence::Medium
                && dist_ok(m)
        });
        let date_near = nearby().any(|m| self.anchors_names(m) && dist_ok(m));
        let kw = near(hits, rules.kw, n.start, n.end) || identifier_near;
        let d = &self.detectors[rules.det as usize].conf;
        let mut level = if label {
            d.label.unwrap_or(Level::High)
        } else if kw {
            d.keyword.unwrap_or(Level::Medium)
        } else if date_near && near(hits, rules.support, n.start, n.end) {
            d.support.unwrap_or(Level::Medium)
        } else if date_near {
            d.valid
        } else {
            Level::None
        };
        // A patient keyword or a clinical term near a name in a
        // changelog or source code ("if PT is", "diagnosis by") is no
        // evidence: only a label or a firm identifier is.
        if !label
            && !identifier_near
            && level > d.valid
            && self.software_holds_back(text, software, n.start, n.end)
        {
            level = d.valid;
        }
        let mut conf = level.confidence()?;
        // "Name <mail@host>" is how authors are credited (changelogs,
        // copyright files, mail headers): more evidence needed.
        match n.weak + u8::from(author_credit(text, n.end)) {
            0 => {}
            1 => match conf.lower() {
                Some(c) => conf = c,
                None => return None,
            },
            _ => return None,
        }
        Some(Match {
            detector: rules.det,
            kind: Kind::Name,
            confidence: conf,
            start: n.start,
            end: n.end,
            sample: false,
        })
    }

    /// Names read without the census lists where their place says what
    /// they are: after a patient label with a colon ("Patient:", "Pt
    /// Name:", "PATIENT NAME:" and the name on the next line), after
    /// "Name:" or "Re:" with patient or clinical words near, and after a
    /// courtesy title (Mr., Mrs., Ms., Miss). Runs only at those hits, so
    /// its cost follows the labels, not the text. A name found here
    /// replaces a dictionary name it overlaps when it is at least as
    /// confident.
    fn free_names(
        &self,
        text: &[u8],
        rules: &NameRules,
        hits: &[Hit],
        ids: &[Match],
        found: &mut Vec<Match>,
    ) {
        let f = rules.free;
        let any = rules.labels | f.honorific | f.weak_label | f.referral;
        if f.honorific | f.weak_label | f.referral == 0 {
            return;
        }
        let d = &self.detectors[rules.det as usize].conf;
        let label_level = d.label.unwrap_or(Level::High);
        let clinical = Ctx {
            mask: self.clinical,
            before: FREE_NAME_CONTEXT,
            after: FREE_NAME_CONTEXT,
        };
        // A firm identifier (DOB, MRN, SSN) close after a name names whose.
        // `ids` is sorted by start: each question looks at the few
        // identifiers near the name, not at every one in the unit.
        debug_assert!(ids.windows(2).all(|w| w[0].start <= w[1].start));
        let identifier_after = |end: usize| {
            let i = ids.partition_point(|m| m.start < end);
            ids[i..]
                .iter()
                .take_while(|m| m.start < end + 200)
                .any(|m| {
                    matches!(m.kind, Kind::Ssn | Kind::Itin | Kind::Mrn | Kind::Dob)
                        && m.confidence >= Confidence::Medium
                })
        };
        let longest_id = ids.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        let overlaps_id = |n: &FreeName| {
            let i = ids.partition_point(|m| m.start + longest_id <= n.start);
            ids[i..]
                .iter()
                .take_while(|m| m.start < n.end)
                .any(|m| n.start < m.end)
        };
        let hit_at = |p: usize| {
            let i = hits.partition_point(|h| h.start < p);
            hits.get(i).is_some_and(|h| h.start == p)
        };
        let mut spans = Spans::of(found);
        for h in hits.iter().filter(|h| h.mask & any != 0) {
            // Labels and titles are written capitalised and without
            // underscores; `patient: Option`, `PATIENT_NAME: Tag` are code.
            if !text[h.start].is_ascii_uppercase() || text[h.start..h.end].contains(&b'_') {
                continue;
            }
            // A translation map's language key (`  pt:` beside `  pt-PT:`),
            // and the region of a locale tag (the `PT` of `pt-PT:`), are no
            // patient labels.
            let region_of_locale = h.start >= 3
                && matches!(text[h.start - 1], b'-' | b'_')
                && text[h.start - 3..h.start - 1]
                    .iter()
                    .all(u8::is_ascii_lowercase);
            if region_of_locale || locale_map_key(text, h.start, h.end) {
                continue;
            }
            let honorific = h.mask & f.honorific != 0;
            let Some(at) = (if honorific {
                after_title(text, h.start, h.end)
            } else {
                after_label(text, h.end)
            }) else {
                continue;
            };
            // "Patient: Mr. Okafor": the title is not part of the name.
            let at = hits[hits.partition_point(|t| t.start < at)..]
                .iter()
                .take_while(|t| t.start == at)
                .find(|t| t.mask & f.honorific != 0)
                .and_then(|t| after_title(text, t.start, t.end))
                .unwrap_or(at);
            let max = if honorific { 3 } else { 4 };
            let Some(n) = rules
                .dicts
                .free_name(text, at, text.len().min(at + 160), max, hit_at)
            else {
                continue;
            };
            // One word after a label ("Pt: Reports pain") is a name only
            // when the census lists know it.
            if !honorific && n.words + n.census < 2 {
                continue;
            }
            let level = if h.mask & rules.labels != 0 {
                label_level
            } else if h.mask & (f.weak_label | f.referral) != 0 {
                // "Name:" heads package metadata and doc comments too: only
                // a DOB or MRN right after makes it a patient's.
                if identifier_after(n.end) {
                    label_level
                } else if h.mask & f.referral != 0 && near(hits, clinical, n.start, n.end) {
                    Level::Medium
                } else {
                    continue;
                }
            } else if identifier_after(n.end)
                || self.in_clinical_note(hits, n.start, n.end)
                || self
                    .clinical_terms(hits, n.start, n.end, FREE_NAME_CONTEXT)
                    .0
                    >= 2
            {
                // A surname after a title in a clinical note: the patient
                // or a relative (Safe Harbor names relatives too). One
                // clinical-sounding word ("special treatment of") is not a
                // note. A doctor's name ("Dr.") is not looked for.
                Level::Medium
            } else {
                Level::Low
            };
            let Some(mut conf) = level.confidence() else {
                continue;
            };
            // Code: `Name: Tag = Tag(..)`, `Patient: Foo<Bar>`.
            let next = text[n.end..].iter().find(|&&b| b != b' ');
            if next.is_some_and(|b| matches!(b, b'=' | b'(' | b'{' | b';' | b'<' | b'>')) {
                continue;
            }
            if author_credit(text, n.end) {
                match conf.lower() {
                    Some(c) => conf = c,
                    None => continue,
                }
            }
            if overlaps_id(&n) {
                continue;
            }
            spans.push_free_name(found, rules.det, n, conf);
        }
        spans.drop_replaced(found);
    }
}

/// The names found so far in a unit, indexed by start, so that adding a
/// free name looks only at the names it can overlap. A scan over all of
/// them per name was quadratic: a 4 MiB file of labelled names took 10 s
/// and a 32 MiB window many minutes (issue 17).
struct Spans {
    /// (start, position in `found`) -> end, for the names still kept.
    by_start: std::collections::BTreeMap<(usize, usize), usize>,
    /// Longest name indexed: one starting further back cannot overlap.
    longest: usize,
    /// Positions in `found` of names replaced by a more confident one,
    /// removed at the end (in one pass, keeping the order of the others).
    replaced: Vec<bool>,
}

impl Spans {
    fn of(found: &[Match]) -> Spans {
        Spans {
            by_start: found
                .iter()
                .enumerate()
                .map(|(i, m)| ((m.start, i), m.end))
                .collect(),
            longest: found.iter().map(|m| m.end - m.start).max().unwrap_or(0),
            replaced: vec![false; found.len()],
        }
    }

    /// Adds a name read by [`Engine::free_names`], keeping one finding per
    /// span: the more confident of overlapping names.
    fn push_free_name(&mut self, found: &mut Vec<Match>, det: u16, n: FreeName, conf: Confidence) {
        let lo = n.start.saturating_sub(self.longest);
        let overlapping = || {
            self.by_start
                .range((lo, 0)..(n.end, 0))
                .filter(|(_, &end)| n.start < end)
                .map(|(&(_, i), _)| i)
        };
        if overlapping().any(|i| found[i].confidence > conf) {
            return;
        }
        let gone: Vec<usize> = overlapping().collect();
        for i in gone {
            self.by_start.remove(&(found[i].start, i));
            self.replaced[i] = true;
        }
        self.by_start.insert((n.start, found.len()), n.end);
        self.longest = self.longest.max(n.end - n.start);
        self.replaced.push(false);
        found.push(Match {
            detector: det,
            kind: Kind::Name,
            confidence: conf,
            start: n.start,
            end: n.end,
            sample: false,
        });
    }

    /// Removes the names replaced by more confident ones.
    fn drop_replaced(self, found: &mut Vec<Match>) {
        if self.replaced.iter().any(|&r| r) {
            let mut i = 0;
            found.retain(|_| {
                i += 1;
                !self.replaced[i - 1]
            });
        }
    }
}

/// Where the name after a patient label ending at `end` begins: the gap
/// must hold a colon, `=` or a tab ("Patient Instructions" is a heading,
/// "Patient: ..." a label; a term that ends in its colon has it), may
/// wrap once to the next line
/// ("PATIENT NAME:\n  JESSIAH PATE") and is at most [`LABEL_GAP`] bytes.
fn after_label(text: &[u8], end: usize) -> Option<usize> {
    // A label term may hold its own colon ("re:", "name:").
    let own_colon = end > 0 && text[end - 1] == b':';
    let (mut i, mut marked, mut lines) = (end, own_colon, 0);
    while i < text.len() && i < end + LABEL_GAP {
        match text[i] {
            b':' | b'=' | b'\t' => marked = true,
            b' ' | b'#' | b'-' | b'.' | b'\r' => {}
            b'\n' if marked && lines == 0 => lines += 1,
            _ => break,
        }
        i += 1;
    }
    marked.then_some(i)
}

/// Where the surname after a courtesy title (`Mr.`, `MRS.`, `Ms `) begins:
/// a title in capitals needs its dot (`MS` is multiple sclerosis or
/// Microsoft), and one or two spaces follow.
fn after_title(text: &[u8], start: usize, end: usize) -> Option<usize> {
    let word = &text[start..end];
    // A title is two letters at least (`Mr`); a shorter hit is no title
    // (and `word[1..]` would be out of range for an empty one).
    if word.len() < 2 {
        return None;
    }
    let dot = text.get(end) == Some(&b'.');
    let title_case = word[1..].iter().all(u8::is_ascii_lowercase);
    if !dot && !title_case {
        return None;
    }
    let i = end + usize::from(dot);
    let spaces = text[i..].iter().take_while(|&&b| b == b' ').count();
    (1..=2).contains(&spaces).then_some(i + spaces)
}

/// Whether an e-mail address in angle brackets follows `end`.
pub(super) fn author_credit(text: &[u8], end: usize) -> bool {
    let rest = &text[end..text.len().min(end + 80)];
    let rest = rest.trim_ascii_start();
    rest.first() == Some(&b'<')
        && rest
            .iter()
            .position(|&b| b == b'>')
            .is_some_and(|close| rest[..close].contains(&b'@'))
}

fn back_to_word_start(text: &[u8], mut s: usize) -> usize {
    while s > 0 && text[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 15, found by scanning this machine): a title hit
    /// shorter than two bytes (an HTML page of a C-CDA viewer in an npm
    /// package) sliced `word[1..]` out of range.
    #[test]
    fn after_title_takes_no_hit_shorter_than_a_title() {
        let text = b"M. Okafor and Mr. Okafor";
        assert_eq!(after_title(text, 0, 0), None);
        assert_eq!(after_title(text, 0, 1), None);
        assert_eq!(after_title(text, 14, 16), Some(18));
    }

    #[test]
    fn hl7_components_after_the_first_are_not_patient_names() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = engine.scratch();
        let mut out = Vec::new();
        let text = b"Patient admitted 03/04/2021: FARLEY^LILYAN^L, 4619 THIBEAULT DR^^ERIE^PA^16588^USA, attending 1196174674^ROBINSON^MAISY";
        engine.scan(text, &mut scratch, &mut out);
        let names: Vec<&[u8]> = out
            .iter()
            .filter(|m| m.kind == Kind::Name)
            .map(|m| &text[m.start..m.end])
            .collect();
        assert_eq!(names, [&b"FARLEY^LILYAN"[..]]);
    }
}
