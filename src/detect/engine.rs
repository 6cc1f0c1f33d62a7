//! The compiled [`Engine`] and the types its rooms share: the detectors as
//! compiled (see `compile`), the per-thread [`Scratch`] and what a scan
//! reports besides matches; answers about words and detectors.

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::MatchKind;

use super::names::{NameDicts, NameSpan, Tokens};
use super::software_text::SoftwareText;
use super::spec::{ConfidenceSpec, ExampleSpec, NegativeSpec, SpecSource};
use super::sweep::{Sweep, SweepCache};
use super::validate::{self, CodeTables, Validator, Verdict};
use super::{DetectorInfo, Kind, Level};

/// Longest span a single candidate may have; with the context windows it
/// bounds how far a detector looks, which sizes chunk overlaps.
pub(super) const MAX_CANDIDATE: usize = 256;

/// Bytes before a value within which the nearest label speaks for it.
pub(super) const LABEL_LOOKBACK: usize = 120;

/// Bytes between a label's end and the name after it ("Patient Name:  ").
pub(super) const LABEL_GAP: usize = 24;

/// Bytes around a name read after a weak label ("Name:", "Re:") or a
/// courtesy title within which patient or clinical words must stand.
pub(super) const FREE_NAME_CONTEXT: usize = 300;

/// Bytes around a date within which clinical terms make it part of a
/// clinical note: a date there relates to the patient (Safe Harbor C).
pub(super) const CLINICAL_NOTE_REACH: usize = 1500;

/// A keyword-set reference: which sets, how far before and after.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Ctx {
    pub(super) mask: u128,
    pub(super) before: usize,
    pub(super) after: usize,
}

#[derive(Debug)]
pub(super) struct Promote {
    pub(super) kind: Kind,
    pub(super) kw: Ctx,
    pub(super) level: Level,
    pub(super) support: Ctx,
    pub(super) support_level: Level,
}

#[derive(Debug)]
pub(super) struct Compiled {
    pub(super) info: DetectorInfo,
    /// `info.id`, shared by every finding of this detector.
    pub(super) id: std::sync::Arc<str>,
    pub(super) validator: Option<Validator>,
    pub(super) value_regex: Option<ValueRegex>,
    /// Literal joined to the value when right before the match.
    pub(super) value_prefix: Option<Vec<u8>>,
    /// Kind of values found in a named field.
    pub(super) field_kind: Kind,
    pub(super) kw: Ctx,
    /// `heading_reach`: keywords this far before, in the same block.
    pub(super) heading: Ctx,
    pub(super) support: Ctx,
    /// `organization`: terms right before a value that make it a business's.
    pub(super) organization: Ctx,
    pub(super) conf: ConfidenceSpec,
    pub(super) samples: Vec<Vec<u8>>,
    pub(super) promote: Vec<Promote>,
    pub(super) examples: Vec<ExampleSpec>,
    pub(super) negatives: Vec<NegativeSpec>,
}

#[derive(Debug)]
pub(super) struct NameRules {
    pub(super) det: u16,
    pub(super) anchors: u128,
    pub(super) labels: u128,
    pub(super) kw: Ctx,
    pub(super) support: Ctx,
    pub(super) dicts: NameDicts,
    /// Sets whose hits are read as names without the census lists (see
    /// [`Engine::free_names`]); 0 when the group is not defined.
    pub(super) free: FreeRules,
}

/// Masks of the keyword groups behind names read without the census
/// lists: where the name stands says it is one.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct FreeRules {
    /// `@honorific`: Mr., Mrs., Ms., Miss before a surname.
    pub(super) honorific: u128,
    /// `@name_label_weak`: "Name:" (forms and package metadata use it too).
    pub(super) weak_label: u128,
    /// `@referral_label`: "Re:" at the head of a referral letter.
    pub(super) referral: u128,
    /// `@patient_context`: words that say a text is about a patient.
    pub(super) patient: u128,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Role {
    Candidate { det: u16, needs_keyword: bool },
    Keyword { mask: u128 },
}

/// Every pattern in one multi-pattern regex, searched unanchored.
#[derive(Debug)]
pub(super) struct General {
    pub(super) regex: Regex,
    /// The same patterns as a bare lazy DFA pair: the pass runs its forward
    /// half and needs the reverse half only when the start of a match is
    /// not known from its length (most context terms have a fixed length).
    pub(super) pass: regex_automata::hybrid::regex::Regex,
    /// Byte length of each pattern's matches when fixed.
    pub(super) fixed_len: Vec<Option<usize>>,
}

/// A detector's `value_regex`, compiled on first use: most texts never
/// reach a given detector's validation, and compiling them all was a sixth
/// of what an empty input cost.
#[derive(Debug)]
pub(super) struct ValueRegex {
    source: String,
    regex: std::sync::OnceLock<Result<regex::bytes::Regex, String>>,
}

impl ValueRegex {
    pub(super) fn new(source: &str) -> ValueRegex {
        ValueRegex {
            source: source.to_string(),
            regex: std::sync::OnceLock::new(),
        }
    }

    /// The regex, or why it does not compile.
    pub(super) fn try_get(&self) -> Result<&regex::bytes::Regex, String> {
        self.regex
            .get_or_init(|| {
                regex::bytes::RegexBuilder::new(&self.source)
                    .unicode(false)
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The regex: a user's was compiled at load and the built-in ones are
    /// compiled by the tests, so it cannot fail here.
    pub(super) fn get(&self) -> &regex::bytes::Regex {
        self.try_get()
            .expect("value_regex compiled at load or in the tests")
    }
}

/// A compiled set of detectors. Build once, share across threads.
#[derive(Debug)]
pub struct Engine {
    pub(super) source: SpecSource,
    /// Whether any detector has a `record` rule (else the pass is skipped).
    pub(super) record_rules: bool,
    /// Candidate patterns and context terms swept together at word starts:
    /// one pass over the text finds everything the confidence rules look at.
    pub(super) sweep: Option<Sweep>,
    /// The general search over the same patterns, for detectors whose
    /// patterns may begin mid-word (then there is no sweep).
    pub(super) general: Option<General>,
    /// Each candidate pattern alone, for anchored retries at a position
    /// where another candidate was rejected.
    /// Built on first use: most patterns never need a retry, and building
    /// them all was a third of the start-up.
    pub(super) singles: Vec<std::sync::OnceLock<Option<Regex>>>,
    pub(super) single_patterns: Vec<String>,
    /// The candidate patterns with all-matches semantics: one anchored
    /// query says which of them match at a position, so a retry runs only
    /// those instead of trying each in turn.
    /// Built on first use (few texts need a retry); see `at_position_regex`.
    pub(super) at_position: std::sync::OnceLock<Regex>,
    /// Every pattern begins with a word boundary, so after a rejected
    /// candidate the search may resume at the next word start rather than
    /// at the next byte.
    pub(super) word_start_only: bool,
    /// The context terms in the sweep's order, for [`Engine::keyword_at`].
    pub(super) keywords: super::keyword::Terms,
    pub(super) roles: Vec<Role>,
    pub(super) detectors: Vec<Compiled>,
    pub(super) names: Option<NameRules>,
    /// Normalized field names and the detectors whose values they hold.
    pub(super) fields: std::collections::HashMap<String, Vec<u16>>,
    pub(super) tables: CodeTables,
    /// Set bit of the `clinical` group (health information).
    pub(super) clinical: u128,
    /// Set bit of the `note_section` group: headings only clinical notes
    /// have (see `note_format`).
    pub(super) note_sections: u128,
    /// Words of every keyword, label and field name: a report's context
    /// shows them (`SSN:`, `Patient:`) and masks other words.
    pub(super) label_words: super::wordset::WordSet,
    pub(super) reach: usize,
}

/// Per-thread buffers reused across text units, so the hot path does not
/// allocate per file or per match.
#[derive(Debug)]
pub struct Scratch {
    pub(super) sweep: Option<SweepCache>,
    pub(super) general: Option<(meta::Cache, regex_automata::hybrid::regex::Cache)>,
    pub(super) single_caches: Vec<Option<meta::Cache>>,
    pub(super) at_position_cache: Option<meta::Cache>,
    pub(super) at_position_set: regex_automata::PatternSet,
    /// Context-term hits, sorted and non-overlapping.
    pub(super) hits: Vec<Hit>,
    pub(super) cands: Vec<Cand>,
    pub(super) names: Vec<NameSpan>,
    pub(super) tokens: Tokens,
    pub(super) windows: Vec<(usize, usize)>,
    /// Spans of values found through their field, which patterns skip.
    pub(super) field_spans: Vec<(usize, usize)>,
    /// Software-project evidence of the current unit, read on demand.
    pub(super) software: SoftwareText,
}

impl Scratch {
    /// Bytes held by the lists that grow with one unit's candidates and
    /// matches (hits, candidates, names, windows, field spans): a worker
    /// gives its state back when one dense file grew them far.
    pub fn grown_bytes(&self) -> usize {
        fn bytes<T>(v: &Vec<T>) -> usize {
            v.capacity() * std::mem::size_of::<T>()
        }
        bytes(&self.hits)
            + bytes(&self.cands)
            + bytes(&self.names)
            + bytes(&self.windows)
            + bytes(&self.field_spans)
    }
}

/// One cell of a table body handed to [`Engine::scan_table`], as the
/// extract room finds it (a ground-floor type both rooms share).
pub use crate::structure::Cell;

/// What a scan saw besides matches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanOutcome {
    /// Whether the unit has clinical terms (health information for the
    /// verdict).
    pub health_terms: bool,
    /// Whether some match stayed `low` for want of context, which a
    /// table heading above it could supply.
    pub wants_context: bool,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) mask: u128,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cand {
    pub(super) det: u16,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) needs_keyword: bool,
    /// The validator placed it in a published test range.
    pub(super) sample: bool,
}

impl Engine {
    /// Whether `text` reads as clinical: at least three distinct words of
    /// the clinical vocabulary. Asked only of units that hold identifiers
    /// but no diagnosis code or clinical keyword, to tell `phi` from `pii`.
    pub fn has_clinical_vocabulary(&self, text: &[u8]) -> bool {
        self.tables.medical_words(text, 3)
    }

    /// Where the detectors came from.
    pub fn source(&self) -> &SpecSource {
        &self.source
    }

    /// Descriptions of every detector, in file order.
    pub fn detectors(&self) -> impl Iterator<Item = &DetectorInfo> {
        self.detectors.iter().map(|d| &d.info)
    }

    /// The shared id of the detector with index `i`.
    pub fn detector_id(&self, i: u16) -> std::sync::Arc<str> {
        std::sync::Arc::clone(&self.detectors[i as usize].id)
    }

    /// The detector with index `i` (from [`Match::detector`]).
    pub fn detector(&self, i: u16) -> &DetectorInfo {
        &self.detectors[i as usize].info
    }

    /// How many bytes around a value a detector may look at: chunked
    /// reads overlap by at least this much so nothing is lost at a seam.
    pub fn reach(&self) -> usize {
        self.reach
    }

    /// Builds now what is otherwise built on first use: the sweep's
    /// automata (about 32M instructions), the software-text markers, and a
    /// user's dictionaries. A scan of a large tree, or a git mode while git
    /// lists and reads the blobs, calls this from spare threads at start,
    /// so workers do not stall on first use; one-file scans never pay for
    /// what they do not use. The automata take longest: they get a thread
    /// of their own.
    pub fn warm_up(&self) {
        std::thread::scope(|s| {
            if let Some(sweep) = &self.sweep {
                s.spawn(|| sweep.warm_up());
            }
            super::software_text::warm_up();
            if let Some(n) = &self.names {
                n.dicts.warm_up();
            }
            self.tables.warm_up();
        });
    }

    /// Whether a capitalised word is a dictionary name (for masking context).
    pub fn is_name_word(&self, word: &[u8]) -> bool {
        self.names
            .as_ref()
            .is_some_and(|n| n.dicts.is_name_word(word))
    }

    /// Whether a word belongs to a keyword, label or field name of the
    /// detectors: context keeps such words visible so a reviewer sees what
    /// a value was labelled, while every other word is masked.
    pub fn is_label_word(&self, word: &[u8]) -> bool {
        self.label_words.contains(word)
    }

    /// Whether a word is in the clinical vocabulary: context shows it
    /// (`bronchitis`), since a diagnosis word names no one.
    pub fn is_clinical_word(&self, word: &[u8]) -> bool {
        self.tables.is_medical_word(word)
    }

    /// Fresh per-thread buffers.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            sweep: self.sweep.as_ref().map(Sweep::create_cache),
            general: self
                .general
                .as_ref()
                .map(|g| (g.regex.create_cache(), g.pass.create_cache())),
            single_caches: self.singles.iter().map(|_| None).collect(),
            at_position_cache: None,
            at_position_set: regex_automata::PatternSet::new(self.single_patterns.len()),
            hits: Vec::new(),
            cands: Vec::new(),
            names: Vec::new(),
            tokens: Tokens::default(),
            windows: Vec::new(),
            field_spans: Vec::new(),
            software: SoftwareText::default(),
        }
    }
}

/// Whether a hit of `ctx`'s sets lies within its window around `start..end`.
/// Hits are sorted and do not overlap, so a binary search finds the first.
pub(super) fn near(hits: &[Hit], ctx: Ctx, start: usize, end: usize) -> bool {
    if ctx.mask == 0 {
        return false;
    }
    let lo = start.saturating_sub(ctx.before);
    let hi = end + ctx.after;
    let i = hits.partition_point(|h| h.end < lo);
    hits[i..]
        .iter()
        .take_while(|h| h.start <= hi)
        .any(|h| h.mask & ctx.mask != 0)
}

/// Whether `value` equals a normalized sample, comparing letters and
/// digits only, without allocating.
pub(super) fn same_sample(sample: &[u8], value: &[u8]) -> bool {
    let mut it = value
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase);
    sample.iter().all(|&s| it.next() == Some(s)) && it.next().is_none()
}

/// A language key of a translation map (`  pt: Nome` after `  nn:` or
/// before `  ru:`, YAML and similar): a two-letter lower-case term, a
/// colon, alone on its line but for indentation, with a language key (or
/// AppStream's default `C:`) on the line right above or below it. Clinical
/// shorthand keys (`dx:`, `hx:`) are not languages, so a note's `pt:` line
/// beside them stays a label.
pub(super) fn locale_map_key(text: &[u8], start: usize, end: usize) -> bool {
    if end - start != 2 || text.get(end) != Some(&b':') {
        return false;
    }
    let line_start = text[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    if !text[line_start..start]
        .iter()
        .all(|&b| b == b' ' || b == b'\t')
        || !text[start..end].iter().all(u8::is_ascii_lowercase)
    {
        return false;
    }
    const NOT_LANGUAGES: &[&[u8]] = &[
        b"dx", b"hx", b"rx", b"tx", b"sx", b"fx", b"pt", b"ph", b"ss", b"dl", b"ip", b"cc", b"bp",
        b"hr", b"rr", b"id", b"md", b"dr", b"np", b"pa", b"rn",
    ];
    // `xx:`, `xx-YY:`, `xx_Hant:` or `C:`.
    let language_key = |line: &[u8]| {
        let t = line.trim_ascii_start();
        if t.starts_with(b"C:") {
            return true;
        }
        let region = t.get(2..).map_or(0, |r| {
            if matches!(r.first(), Some(b'-' | b'_')) {
                1 + r[1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count()
            } else {
                0
            }
        });
        t.len() > 2 + region
            && t[..2].iter().all(u8::is_ascii_lowercase)
            && t[2 + region] == b':'
            && (region == 0 || (3..=5).contains(&region))
            && !NOT_LANGUAGES.contains(&&t[..2])
    };
    let prev = line_start.checked_sub(1).is_some_and(|prev_end| {
        let prev_start = text[..prev_end]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        language_key(&text[prev_start..prev_end])
    });
    if prev {
        return true;
    }
    let Some(nl) = memchr::memchr(b'\n', &text[end..]) else {
        return false;
    };
    let next_start = end + nl + 1;
    let next_end =
        memchr::memchr(b'\n', &text[next_start..]).map_or(text.len(), |j| next_start + j);
    language_key(&text[next_start..next_end])
}

pub(super) fn syntax_config() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

pub(super) fn build_regex(patterns: &[String]) -> Result<Regex, String> {
    Regex::builder()
        .syntax(syntax_config())
        .configure(
            Regex::config()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(false)
                .hybrid_cache_capacity(8 << 20),
        )
        .build_many(patterns)
        .map_err(|e| e.to_string())
}

/// A field or column name in canonical form: lower case, words separated
/// by one space (`Date_Of_Birth`, `date of birth` and `DateOfBirth` are
/// the same field). Exports name columns in CamelCase (`GivenName`,
/// `NationalID`, `MRNNumber`), so a capital after a small letter, or a
/// capital before a small letter after capitals, starts a word; digits stay
/// with their word (`icd9`, `dx1`).
pub(super) fn field_name(name: &[u8]) -> String {
    let mut lower = String::with_capacity(name.len() + 4);
    for (i, &b) in name.iter().enumerate() {
        if !b.is_ascii_alphanumeric() {
            lower.push(' ');
            continue;
        }
        if b.is_ascii_uppercase() && i > 0 {
            let prev = name[i - 1];
            let next_small = name.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            if prev.is_ascii_lowercase() || (prev.is_ascii_uppercase() && next_small) {
                lower.push(' ');
            }
        }
        lower.push(char::from(b.to_ascii_lowercase()));
    }
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Bytes before a value searched for an organisation's name (`organization`
/// rule): the line above it and its own line.
pub(super) const ORGANIZATION_REACH: usize = 96;

impl Engine {
    /// A candidate's value checked: its value regex, prefix and validator.
    pub(super) fn validate(
        &self,
        text: &[u8],
        det: u16,
        start: usize,
        end: usize,
        needs_keyword: bool,
    ) -> Option<Cand> {
        let d = &self.detectors[det as usize];
        let (mut vs, ve) = (start, end);
        if let Some(re) = &d.value_regex {
            let m = re.get().find(&text[start..end])?;
            vs = start + m.start();
            if start + m.end() != end {
                return None;
            }
        }
        if let Some(p) = &d.value_prefix {
            if vs >= p.len() && text[vs - p.len()..vs] == p[..] {
                vs -= p.len();
            }
        }
        let mut sample = false;
        if let Some(v) = d.validator {
            match validate::check(v, text, vs, ve, &self.tables) {
                Verdict::Invalid => return None,
                Verdict::Sample => sample = true,
                Verdict::Valid => {}
            }
        }
        Some(Cand {
            det,
            start: vs,
            end: ve,
            needs_keyword,
            sample,
        })
    }
}
