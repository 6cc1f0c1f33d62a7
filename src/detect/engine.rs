//! The compiled [`Engine`] and the types its rooms share: the detectors as
//! compiled (see `compile`), the per-thread [`Scratch`] and what a scan
//! reports besides matches; answers about words and detectors.

use regex_automata::meta::{self, Regex};

use super::names::{NameDicts, NameSpan, Tokens};
use super::software_text::SoftwareText;
use super::spec::{ConfidenceSpec, ExampleSpec, NegativeSpec, SpecSource};
use super::sweep::{Sweep, SweepCache};
use super::validate::{CodeTables, Validator};
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
    pub(super) value_regex: Option<regex::bytes::Regex>,
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
    pub(super) at_position: Regex,
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
    pub(super) at_position_cache: meta::Cache,
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

    /// Loads the lazily built dictionaries and code tables now. A scan of a
    /// large tree calls this from a spare thread at start, so workers do not
    /// stall on first use; one-file scans never pay for what they do not use.
    pub fn warm_up(&self) {
        if let Some(n) = &self.names {
            n.dicts.warm_up();
        }
        self.tables.warm_up();
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
            at_position_cache: self.at_position.create_cache(),
            at_position_set: regex_automata::PatternSet::new(self.at_position.pattern_len()),
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
