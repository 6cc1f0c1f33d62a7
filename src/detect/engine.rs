//! Compiles detector specs into one [`Engine`] and runs it over text.

use std::collections::{BTreeMap, BTreeSet};

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};

use super::names::{FreeName, NameDicts, NameSpan, Tokens};
use super::software_text::{self, SoftwareText};
use super::spec::{
    ConfidenceSpec, DetectorSpec, EngineKind, ExampleSpec, NegativeSpec, SpecFile, SpecSource,
};
use super::sweep::{Sweep, SweepCache};
use super::validate::{self, CodeTables, Validator, Verdict};
use super::{Confidence, DetectError, DetectorInfo, Kind, Level, Match};

#[path = "note_format.rs"]
mod note_format;

/// Longest span a single candidate may have; with the context windows it
/// bounds how far a detector looks, which sizes chunk overlaps.
const MAX_CANDIDATE: usize = 256;

/// Bytes before a value within which the nearest label speaks for it.
const LABEL_LOOKBACK: usize = 120;

/// Bytes between a label's end and the name after it ("Patient Name:  ").
const LABEL_GAP: usize = 24;

/// Bytes around a name read after a weak label ("Name:", "Re:") or a
/// courtesy title within which patient or clinical words must stand.
const FREE_NAME_CONTEXT: usize = 300;

/// Bytes around a date within which clinical terms make it part of a
/// clinical note: a date there relates to the patient (Safe Harbor C).
const CLINICAL_NOTE_REACH: usize = 1500;

/// A keyword-set reference: which sets, how far before and after.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    mask: u128,
    before: usize,
    after: usize,
}

#[derive(Debug)]
struct Promote {
    kind: Kind,
    kw: Ctx,
    level: Level,
    support: Ctx,
    support_level: Level,
}

#[derive(Debug)]
struct Compiled {
    info: DetectorInfo,
    /// `info.id`, shared by every finding of this detector.
    id: std::sync::Arc<str>,
    validator: Option<Validator>,
    value_regex: Option<regex::bytes::Regex>,
    /// Literal joined to the value when right before the match.
    value_prefix: Option<Vec<u8>>,
    /// Kind of values found in a named field.
    field_kind: Kind,
    kw: Ctx,
    /// `heading_reach`: keywords this far before, in the same block.
    heading: Ctx,
    support: Ctx,
    /// `organization`: terms right before a value that make it a business's.
    organization: Ctx,
    conf: ConfidenceSpec,
    samples: Vec<Vec<u8>>,
    promote: Vec<Promote>,
    examples: Vec<ExampleSpec>,
    negatives: Vec<NegativeSpec>,
}

#[derive(Debug)]
struct NameRules {
    det: u16,
    anchors: u128,
    labels: u128,
    kw: Ctx,
    support: Ctx,
    dicts: NameDicts,
    /// Sets whose hits are read as names without the census lists (see
    /// [`Engine::free_names`]); 0 when the group is not defined.
    free: FreeRules,
}

/// Masks of the keyword groups behind names read without the census
/// lists: where the name stands says it is one.
#[derive(Debug, Clone, Copy, Default)]
struct FreeRules {
    /// `@honorific`: Mr., Mrs., Ms., Miss before a surname.
    honorific: u128,
    /// `@name_label_weak`: "Name:" (forms and package metadata use it too).
    weak_label: u128,
    /// `@referral_label`: "Re:" at the head of a referral letter.
    referral: u128,
    /// `@patient_context`: words that say a text is about a patient.
    patient: u128,
}

#[derive(Debug, Clone, Copy)]
enum Role {
    Candidate { det: u16, needs_keyword: bool },
    Keyword { mask: u128 },
}

/// Every pattern in one multi-pattern regex, searched unanchored.
#[derive(Debug)]
struct General {
    regex: Regex,
    /// The same patterns as a bare lazy DFA pair: the pass runs its forward
    /// half and needs the reverse half only when the start of a match is
    /// not known from its length (most context terms have a fixed length).
    pass: regex_automata::hybrid::regex::Regex,
    /// Byte length of each pattern's matches when fixed.
    fixed_len: Vec<Option<usize>>,
}

/// A compiled set of detectors. Build once, share across threads.
#[derive(Debug)]
pub struct Engine {
    source: SpecSource,
    /// Whether any detector has a `record` rule (else the pass is skipped).
    record_rules: bool,
    /// Candidate patterns and context terms swept together at word starts:
    /// one pass over the text finds everything the confidence rules look at.
    sweep: Option<Sweep>,
    /// The general search over the same patterns, for detectors whose
    /// patterns may begin mid-word (then there is no sweep).
    general: Option<General>,
    /// Each candidate pattern alone, for anchored retries at a position
    /// where another candidate was rejected.
    /// Built on first use: most patterns never need a retry, and building
    /// them all was a third of the start-up.
    singles: Vec<std::sync::OnceLock<Option<Regex>>>,
    single_patterns: Vec<String>,
    /// The candidate patterns with all-matches semantics: one anchored
    /// query says which of them match at a position, so a retry runs only
    /// those instead of trying each in turn.
    at_position: Regex,
    /// Every pattern begins with a word boundary, so after a rejected
    /// candidate the search may resume at the next word start rather than
    /// at the next byte.
    word_start_only: bool,
    /// The context terms in the sweep's order, for [`Engine::keyword_at`].
    keywords: super::keyword::Terms,
    roles: Vec<Role>,
    detectors: Vec<Compiled>,
    names: Option<NameRules>,
    /// Normalized field names and the detectors whose values they hold.
    fields: std::collections::HashMap<String, Vec<u16>>,
    tables: CodeTables,
    /// Set bit of the `clinical` group (health information).
    clinical: u128,
    /// Set bit of the `note_section` group: headings only clinical notes
    /// have (see `note_format`).
    note_sections: u128,
    /// Words of every keyword, label and field name: a report's context
    /// shows them (`SSN:`, `Patient:`) and masks other words.
    label_words: super::wordset::WordSet,
    reach: usize,
}

/// Per-thread buffers reused across text units, so the hot path does not
/// allocate per file or per match.
#[derive(Debug)]
pub struct Scratch {
    sweep: Option<SweepCache>,
    general: Option<(meta::Cache, regex_automata::hybrid::regex::Cache)>,
    single_caches: Vec<Option<meta::Cache>>,
    at_position_cache: meta::Cache,
    at_position_set: regex_automata::PatternSet,
    /// Context-term hits, sorted and non-overlapping.
    hits: Vec<Hit>,
    cands: Vec<Cand>,
    names: Vec<NameSpan>,
    tokens: Tokens,
    windows: Vec<(usize, usize)>,
    /// Spans of values found through their field, which patterns skip.
    field_spans: Vec<(usize, usize)>,
    /// Software-project evidence of the current unit, read on demand.
    software: SoftwareText,
}

/// One cell of a table body handed to [`Engine::scan_table`], as the
/// extract room finds it (a ground-floor type both rooms share).
pub use crate::structure::Cell;

/// What each column of a table means to the detectors.
#[derive(Debug, Clone)]
pub struct FieldPlan {
    columns: Vec<ColumnRule>,
    /// The fields come from a patient structure (an HL7 PID segment, a
    /// FHIR Patient, a CDA recordTarget, a DICOM patient module), which
    /// says whose a phone or address is; a table column only says what it
    /// is (a staff directory has a `Mobile` column too).
    patient: bool,
    /// The header names a patient record: a column of patient identifiers
    /// or birth dates (`ssn`, `MRN`, `DOB`, `member id`) or one named for a
    /// patient (`Pt Name`, `PAT_NAME`). Its person-name columns then hold
    /// patients' names whatever the census lists say, and its contact
    /// columns the patients' contact details.
    people: bool,
}

#[derive(Debug, Clone)]
struct ColumnRule {
    /// Detectors whose values the column holds.
    dets: Vec<u16>,
    /// Keyword sets its name belongs to.
    mask: u128,
    /// Its name names a part of a person's name (`LastName`, `Given
    /// Name`): side by side, two such columns hold one name.
    name_part: bool,
}

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
struct Hit {
    start: usize,
    end: usize,
    mask: u128,
}

#[derive(Debug, Clone, Copy)]
struct Cand {
    det: u16,
    start: usize,
    end: usize,
    needs_keyword: bool,
    /// The validator placed it in a published test range.
    sample: bool,
}

/// Interns keyword sets: each distinct set of terms gets one bit.
#[derive(Default)]
struct SetTable {
    groups: BTreeMap<String, Vec<String>>,
    sets: BTreeMap<BTreeSet<String>, u32>,
    terms: BTreeMap<String, u128>,
}

impl SetTable {
    fn expand(&self, list: &[String], owner: &str) -> Result<BTreeSet<String>, DetectError> {
        let mut out = BTreeSet::new();
        for item in list {
            if let Some(group) = item.strip_prefix('@') {
                let terms = self.groups.get(group).ok_or_else(|| {
                    DetectError::Spec(format!("{owner}: unknown keyword group @{group}"))
                })?;
                out.extend(terms.iter().map(|t| t.to_ascii_lowercase()));
            } else {
                out.insert(item.to_ascii_lowercase());
            }
        }
        Ok(out)
    }

    fn ctx(
        &mut self,
        list: &[String],
        window: [usize; 2],
        owner: &str,
    ) -> Result<Ctx, DetectError> {
        let set = self.expand(list, owner)?;
        if set.is_empty() {
            return Ok(Ctx::default());
        }
        let next = self.sets.len() as u32;
        let bit = *self.sets.entry(set.clone()).or_insert(next);
        if bit >= 128 {
            return Err(DetectError::Spec(
                "more than 128 distinct keyword sets".into(),
            ));
        }
        for term in set {
            *self.terms.entry(term).or_default() |= 1u128 << bit;
        }
        Ok(Ctx {
            mask: 1u128 << bit,
            before: window[0],
            after: window[1],
        })
    }
}

/// The words (letters only) of `terms`, as a set: see
/// [`Engine::is_label_word`].
fn label_words<'a>(terms: impl Iterator<Item = &'a str>) -> super::wordset::WordSet {
    let mut words: Vec<String> = terms
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    words.sort_unstable();
    words.dedup();
    super::wordset::WordSet::from_text(words.join("\n").into())
}

/// Copies of one contact value in a unit, one of them under an
/// organisation's name, from which every copy is the organisation's.
const ORGANIZATION_REPEATS: u32 = 3;

/// Whether a match anchors the record rule: one wrong anchor would raise
/// every phone, e-mail and address of a file (an AWS placeholder after
/// `--policy-id` once raised 1,262 e-mail addresses), so only firm
/// evidence counts. At `high` (validated with its own label, or in a
/// patient field); at `medium` only an identifier that passed a published
/// check or sits after a patient label (SSN, ITIN, MRN, date of birth,
/// HICN). A member or policy number is checked by its label alone, which
/// documentation and configuration use too: it anchors only at `high`,
/// with patient or insurance words near. Names at `medium` (a name near a
/// date and a clinical word) are common in changelogs and minutes.
fn firm_record_anchor(m: &Match) -> bool {
    m.kind.is_record_anchor()
        && !m.sample
        && match m.confidence {
            Confidence::High => true,
            Confidence::Medium => m.kind.is_validated_identifier() && m.kind != Kind::HealthPlanId,
            Confidence::Low => false,
        }
}

/// A contact value's letters and digits, upper-cased: the same phone
/// written `(614) 555-2368` and `614.555.2368` is one value.
fn contact_key(value: &[u8]) -> impl Iterator<Item = u8> + '_ {
    value
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
}

/// Bytes before a value searched for an organisation's name (`organization`
/// rule): the line above it and its own line.
const ORGANIZATION_REACH: usize = 96;

/// The regex for a keyword term: case-insensitive, word-bounded where the
/// term starts or ends with a word character, and lenient about the
/// separators inside it.
fn term_regex(term: &str) -> String {
    let mut out = String::from("(?i)");
    if term
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        out.push_str(r"\b");
    }
    let parts: Vec<String> = term.split(' ').map(regex_syntax_escape).collect();
    out.push_str(&parts.join(r"[ \t\r\n_.-]{0,3}"));
    if term
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        out.push_str(r"\b");
    }
    out
}

fn regex_syntax_escape(s: &str) -> String {
    regex::escape(s)
}

fn syntax_config() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

fn build_regex(patterns: &[String]) -> Result<Regex, String> {
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

fn level_rule(name: &str, level: Option<Level>) -> Option<String> {
    level.map(|l| format!("{name}: {}", level_name(l)))
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::None => "not reported",
        Level::Low => "low",
        Level::Medium => "medium",
        Level::High => "high",
    }
}

impl Engine {
    /// The detectors compiled into the binary.
    pub fn builtin() -> Result<Engine, DetectError> {
        Engine::load(SpecSource::Builtin)
    }

    /// Compiles every detector file of `source`.
    pub fn load(source: SpecSource) -> Result<Engine, DetectError> {
        let files = source.load()?;
        Engine::compile(source, files, false)
    }

    /// The same detectors searched by the general unanchored pass, so tests
    /// can check the word-start sweep against it.
    #[cfg(test)]
    fn load_general(source: SpecSource) -> Result<Engine, DetectError> {
        let files = source.load()?;
        Engine::compile(source, files, true)
    }

    fn compile(
        source: SpecSource,
        files: Vec<(String, SpecFile)>,
        general: bool,
    ) -> Result<Engine, DetectError> {
        let mut table = SetTable::default();
        let mut specs: Vec<DetectorSpec> = Vec::new();
        for (name, file) in files {
            for (g, terms) in file.groups {
                if table.groups.insert(g.clone(), terms).is_some() {
                    return Err(DetectError::Spec(format!(
                        "{name}: group @{g} defined twice"
                    )));
                }
            }
            specs.extend(file.detectors);
        }
        let mut seen = BTreeSet::new();
        for s in &specs {
            if !seen.insert(s.id.clone()) {
                return Err(DetectError::Spec(format!(
                    "detector id {} defined twice",
                    s.id
                )));
            }
        }
        if specs.len() > u16::MAX as usize {
            return Err(DetectError::Spec("too many detectors".into()));
        }

        let mut patterns: Vec<String> = Vec::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut detectors = Vec::new();
        let mut names = None;
        let mut reach = MAX_CANDIDATE;
        for (i, s) in specs.iter().enumerate() {
            let det = i as u16;
            let kw = table.ctx(&s.keywords, s.window, &s.id)?;
            let heading = if s.heading_reach > 0 {
                table.ctx(&s.keywords, [s.heading_reach, 0], &s.id)?
            } else {
                Ctx::default()
            };
            reach = reach.max(s.heading_reach);
            let sw = s.support_window.unwrap_or(s.window);
            let support = table.ctx(&s.support, sw, &s.id)?;
            let organization = table.ctx(&s.organization, [ORGANIZATION_REACH, 0], &s.id)?;
            reach = reach
                .max(s.window[0].max(s.window[1]))
                .max(sw[0].max(sw[1]));
            let mut promote = Vec::new();
            for p in &s.promote {
                let psw = p.support_window.unwrap_or(p.window);
                reach = reach
                    .max(p.window[0].max(p.window[1]))
                    .max(psw[0].max(psw[1]));
                promote.push(Promote {
                    kind: p.kind,
                    kw: table.ctx(&p.keywords, p.window, &s.id)?,
                    level: p.confidence,
                    support: table.ctx(&p.support, psw, &s.id)?,
                    support_level: p.support_confidence.unwrap_or(p.confidence),
                });
            }
            match s.engine {
                EngineKind::Pattern => {
                    if s.patterns.is_empty() {
                        return Err(DetectError::Spec(format!("{}: no patterns", s.id)));
                    }
                    for p in &s.patterns {
                        build_regex(std::slice::from_ref(&p.regex))
                            .map_err(|e| DetectError::Regex(s.id.clone(), e))?;
                        patterns.push(p.regex.clone());
                        roles.push(Role::Candidate {
                            det,
                            needs_keyword: p.needs_keyword,
                        });
                    }
                }
                EngineKind::Name => {
                    if names.is_some() {
                        return Err(DetectError::Spec(
                            "only one name detector is supported".into(),
                        ));
                    }
                    let dict = |d: &Option<String>, what: &str| {
                        d.clone()
                            .ok_or_else(|| DetectError::Spec(format!("{}: {what} missing", s.id)))
                    };
                    let anchors = table.ctx(&s.anchors, s.window, &s.id)?.mask;
                    let labels = table.ctx(&s.labels, s.window, &s.id)?.mask;
                    let mut group = |g: &str| -> Result<u128, DetectError> {
                        match table.groups.get(g).cloned() {
                            Some(terms) => Ok(table.ctx(&terms, [0, 0], g)?.mask),
                            None => Ok(0),
                        }
                    };
                    let free = FreeRules {
                        honorific: group("honorific")?,
                        weak_label: group("name_label_weak")?,
                        referral: group("referral_label")?,
                        patient: group("patient_context")?,
                    };
                    names = Some(NameRules {
                        det,
                        anchors,
                        labels,
                        kw,
                        support,
                        free,
                        dicts: NameDicts::new(
                            &source,
                            &dict(&s.first_names, "first_names")?,
                            &dict(&s.surnames, "surnames")?,
                            &dict(&s.stop_words, "stop_words")?,
                        )?,
                    });
                    reach = reach.max(2 * s.window[0].max(s.window[1]) + LABEL_GAP);
                }
            }
            let validator = s.validator.as_deref().map(Validator::by_name).transpose()?;
            let value_regex = s
                .value_regex
                .as_deref()
                .map(|r| regex::bytes::RegexBuilder::new(r).unicode(false).build())
                .transpose()
                .map_err(|e| DetectError::Regex(s.id.clone(), e.to_string()))?;
            let rules = [
                level_rule("validated, no context", Some(s.confidence.valid)),
                level_rule("keyword in window", s.confidence.keyword),
                level_rule(
                    "keyword on the heading of its block",
                    s.confidence.keyword.filter(|_| s.heading_reach > 0),
                ),
                level_rule("supporting terms", s.confidence.support),
                level_rule("keyword and supporting terms", s.confidence.both),
                level_rule(
                    "in a text that holds a patient record identifier",
                    s.confidence.record,
                ),
                level_rule("label before it", s.confidence.label),
                level_rule("in a clinical note", s.confidence.note),
                level_rule("known sample value", s.confidence.sample),
            ]
            .into_iter()
            .flatten()
            .chain(s.promote.iter().map(|p| {
                format!(
                    "becomes {} after {}: {}",
                    p.kind.as_str(),
                    p.keywords.join(", "),
                    level_name(p.confidence)
                )
            }))
            .chain(
                s.patterns
                    .iter()
                    .any(|p| p.needs_keyword)
                    .then(|| "some shapes only with a keyword".to_string()),
            )
            .chain((!s.organization.is_empty()).then(|| {
                "under an organisation's name (letterhead): not raised by a record".to_string()
            }))
            .chain((!s.fields.is_empty()).then(|| {
                if s.confidence.record.is_some() {
                    "in a patient field (HL7, FHIR, CDA, DICOM): high; in a table column: as in text"
                        .to_string()
                } else {
                    "in a named field or column: high (medium if it fails validation)".to_string()
                }
            }))
            .collect();
            detectors.push(Compiled {
                id: s.id.as_str().into(),
                info: DetectorInfo {
                    id: s.id.clone(),
                    kind: s.kind,
                    description: s.description.clone(),
                    safe_harbor: s.safe_harbor.clone(),
                    rules,
                    references: s.references.clone(),
                    examples: (s.examples.len(), s.negative_examples.len()),
                },
                validator,
                value_regex,
                value_prefix: s.value_prefix.as_ref().map(|p| p.as_bytes().to_vec()),
                kw,
                heading,
                support,
                organization,
                conf: s.confidence.clone(),
                samples: s
                    .samples
                    .iter()
                    .map(|v| normalize_sample(v.as_bytes()))
                    .collect(),
                promote,
                field_kind: s.field_kind.unwrap_or(s.kind),
                examples: s.examples.clone(),
                negatives: s.negative_examples.clone(),
            });
        }

        let word_start_only = patterns.iter().all(|p| starts_at_word_boundary(p));
        let at_position = Regex::builder()
            .syntax(syntax_config())
            .configure(Regex::config().match_kind(MatchKind::All).utf8_empty(false))
            .build_many(&patterns)
            .map_err(|e| DetectError::Regex("(candidates)".into(), e.to_string()))?;
        let singles = patterns
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect();
        let single_patterns = patterns.clone();
        let clinical = match table.groups.get("clinical").cloned() {
            Some(terms) => table.ctx(&terms, [0, 0], "clinical")?.mask,
            None => 0,
        };
        let note_sections = match table.groups.get("note_section").cloned() {
            Some(terms) => table.ctx(&terms, [0, 0], "note_section")?.mask,
            None => 0,
        };
        // Phrases that hold a term but mean something else ("the Great
        // Depression") are terms of no set: found first, they hide it.
        if let Some(not_terms) = table.groups.get("not_terms").cloned() {
            for t in not_terms {
                table.terms.entry(t.to_ascii_lowercase()).or_insert(0);
            }
        }
        let label_words = label_words(
            table.terms.keys().map(String::as_str).chain(
                specs
                    .iter()
                    .flat_map(|s| s.fields.iter().map(String::as_str)),
            ),
        );
        // Longer terms first, so "date of birth" wins over "birth".
        let mut terms: Vec<(String, u128)> = table.terms.into_iter().collect();
        terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut fixed_len = vec![None; patterns.len()];
        let keywords = super::keyword::Terms::new(terms.iter().map(|(t, m)| (t.as_str(), *m)));
        for (term, mask) in terms {
            patterns.push(term_regex(&term));
            roles.push(Role::Keyword { mask });
            // Only a space in a term matches a variable run of separators.
            fixed_len.push((!term.contains(' ')).then_some(term.len()));
        }
        let sweep = if general {
            None
        } else {
            Sweep::new(&patterns, at_position.pattern_len())
                .map_err(|e| DetectError::Regex("(all)".into(), e))?
        };
        let general = match sweep {
            Some(_) => None,
            None => Some(General::new(&patterns, fixed_len)?),
        };
        let mut fields: std::collections::HashMap<String, Vec<u16>> = Default::default();
        for (i, s) in specs.iter().enumerate() {
            for f in &s.fields {
                fields
                    .entry(field_name(f.as_bytes()))
                    .or_default()
                    .push(i as u16);
            }
        }
        let tables = CodeTables::new(&source)?;
        let record_rules = specs.iter().any(|s| s.confidence.record.is_some());
        Ok(Engine {
            record_rules,
            source,
            sweep,
            general,
            clinical,
            note_sections,
            fields,
            singles,
            single_patterns,
            at_position,
            word_start_only,
            keywords,
            roles,
            detectors,
            names,
            tables,
            label_words,
            reach: reach.max(LABEL_LOOKBACK) + MAX_CANDIDATE,
        })
    }

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

    /// How the columns of a table relate to the detectors: which hold a
    /// detector's values (a column `ssn`) and which are context for their
    /// cells (a column `patient name` labels the names in it). `None` when
    /// no column matters, so such tables are scanned as plain text.
    pub fn field_plan(&self, columns: &[&[u8]], scratch: &mut Scratch) -> Option<FieldPlan> {
        self.plan(columns, scratch, false)
    }

    /// Like [`Engine::field_plan`] for the fields of a patient structure
    /// (HL7 v2, FHIR, CDA, DICOM), whose contact details and addresses are
    /// the patient's and so reported at `high`.
    pub fn patient_plan(&self, columns: &[&[u8]], scratch: &mut Scratch) -> Option<FieldPlan> {
        self.plan(columns, scratch, true)
    }

    fn plan(&self, columns: &[&[u8]], scratch: &mut Scratch, patient: bool) -> Option<FieldPlan> {
        let mut any = false;
        let mut people = patient;
        let names: Vec<String> = columns.iter().map(|c| field_name(c)).collect();
        let mut columns: Vec<ColumnRule> = names
            .iter()
            .map(|name| {
                let dets = self.field_dets(name).cloned().unwrap_or_default();
                let mask = self.term_mask(name.as_bytes(), scratch);
                any |= !dets.is_empty() || mask != 0;
                people |= dets
                    .first()
                    .is_some_and(|&d| names_a_record(self.detectors[d as usize].field_kind))
                    || name.split(' ').any(|w| PATIENT_WORDS.contains(&w));
                let name_part = name.split(' ').any(|w| NAME_PARTS.contains(&w));
                ColumnRule {
                    dets,
                    mask,
                    name_part,
                }
            })
            .collect();
        // In a patient table a bare `Name` (or `Patient`) column is the
        // patient's name; elsewhere it may name products or places.
        if let (true, Some(rules)) = (people, &self.names) {
            for (rule, name) in columns.iter_mut().zip(&names) {
                if rule.dets.is_empty() && PERSON_COLUMNS.contains(&name.as_str()) {
                    rule.dets.push(rules.det);
                }
            }
        }
        any.then_some(FieldPlan {
            columns,
            patient,
            people,
        })
    }

    /// The detectors whose values a field holds: its whole name (`ssn`,
    /// `patient name`), else the longest run of its words that is a field
    /// (`icd9_dx`, `Primary MRN`), with a trailing number dropped (`dx2`).
    fn field_dets(&self, name: &str) -> Option<&Vec<u16>> {
        if let Some(d) = self.fields.get(name) {
            return Some(d);
        }
        let name = name
            .trim_end_matches(|ch: char| ch.is_ascii_digit())
            .trim_end();
        if let Some(d) = self.fields.get(name) {
            return Some(d);
        }
        let words: Vec<&str> = name.split(' ').collect();
        (1..words.len()).rev().find_map(|len| {
            words
                .windows(len)
                .find_map(|w| self.fields.get(&w.join(" ")))
        })
    }

    /// The keyword sets a short label (a column name) belongs to.
    fn term_mask(&self, label: &[u8], scratch: &mut Scratch) -> u128 {
        let mut mask = 0;
        let mut at = 0;
        self.begin_text(scratch);
        while let Some((pid, start, end)) = self.next_match(label, at, scratch) {
            if let Role::Keyword { mask: m2 } = self.roles[pid] {
                mask |= m2;
            }
            at = end.max(start + 1);
        }
        mask
    }

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
    fn anchors_names(&self, m: &Match) -> bool {
        matches!(m.kind, Kind::Date | Kind::Dob)
            && self.detectors[m.detector as usize].validator != Some(Validator::PartialDate)
    }

    /// Whether a date sits in a clinical note: a clinical term and a
    /// patient word (patient, MRN, DOB, …) within [`CLINICAL_NOTE_REACH`].
    /// Safe Harbor C removes every date related to an individual
    /// (admission, discharge, service, death), so a date in a unit that
    /// holds health information is PHI; a changelog or manual that says
    /// "treatment" once in a page is not such a unit.
    fn in_clinical_note(&self, hits: &[Hit], start: usize, end: usize) -> bool {
        let (clinical, patient_word) = self.clinical_terms(hits, start, end, CLINICAL_NOTE_REACH);
        clinical >= 1 && patient_word
    }

    /// Whether software-project text around `start..end` (a changelog,
    /// release notes, source code: see [`super::software_text`]) holds back a rise
    /// that rests on weak context, a patient keyword or clinical term that
    /// such text uses too. Clinical vocabulary within [`FREE_NAME_CONTEXT`]
    /// (two words of the ICD descriptions that general text does not use)
    /// lets the rise stand.
    fn software_holds_back(
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
    fn clinical_terms(&self, hits: &[Hit], start: usize, end: usize, reach: usize) -> (u32, bool) {
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

    /// Quasi-identifiers (phone, address, e-mail, …) in a unit that holds a
    /// patient record identifier are the patient's: raised to their
    /// detector's `record` level. Known test values are never raised.
    /// `fields` are the spans of values found through their field, which
    /// the structure already placed (sorted by start).
    fn raise_beside_record(
        &self,
        text: &[u8],
        found: &mut [Match],
        hits: &[Hit],
        fields: &[(usize, usize)],
    ) {
        let organization = |m: &Match| {
            let d = &self.detectors[m.detector as usize];
            d.organization.mask != 0 && near(hits, d.organization, m.start, m.end)
        };
        let raisable =
            |m: &Match| !m.sample && self.detectors[m.detector as usize].conf.record.is_some();
        // A facility's or provider's phone and address repeat on every page
        // of a record export, under its name on some of them: every copy of
        // such a value is the organisation's, not only the labelled ones,
        // and none is raised, by the record or by a patient word near it.
        // Counting copies costs a key per value: only worth it when some
        // value sits under an organisation's name at all.
        let any_organization = found.iter().any(|m| raisable(m) && organization(m));
        // Copies found by sorting the values by their keys (compared in
        // place: a key per value would cost an allocation each).
        let mut repeated = vec![false; found.len()];
        if any_organization {
            let key = |i: usize| {
                let m = &found[i];
                (m.detector, contact_key(&text[m.start..m.end]))
            };
            let same = |a: usize, b: usize| {
                let ((da, ka), (db, kb)) = (key(a), key(b));
                da == db && ka.eq(kb)
            };
            let mut order: Vec<usize> = (0..found.len()).filter(|&i| raisable(&found[i])).collect();
            order.sort_unstable_by(|&a, &b| {
                let ((da, ka), (db, kb)) = (key(a), key(b));
                da.cmp(&db).then_with(|| ka.cmp(kb))
            });
            for group in order.chunk_by(|&a, &b| same(a, b)) {
                let org = group.iter().any(|&i| organization(&found[i]));
                if org && group.len() >= ORGANIZATION_REPEATS as usize {
                    for &i in group {
                        repeated[i] = true;
                    }
                }
            }
        }
        // A group number names an employer's plan, shared by everyone in
        // it: no one's record (a `group :` line in a public list of
        // insurance domains raised every address in it).
        let record = found.iter().any(|m| {
            firm_record_anchor(m)
                && self.detectors[m.detector as usize].info.id != "health-plan-group"
        });
        let in_field = |m: &Match| fields.binary_search(&(m.start, m.end)).is_ok();
        for (m, repeated) in found.iter_mut().zip(repeated).filter(|(m, _)| raisable(m)) {
            if repeated && !in_field(m) {
                m.confidence = Confidence::Low;
                continue;
            }
            // A letterhead's or a recipient practice's address sits under
            // the organisation's name: not the patient's.
            if !record || organization(m) {
                continue;
            }
            let rule = self.detectors[m.detector as usize].conf.record;
            if let Some(level) = rule.and_then(Level::confidence) {
                m.confidence = m.confidence.max(level);
            }
        }
    }

    /// Table cells: a column name is a label right before each of its cells
    /// (so `patient name` anchors and labels the names below it), and a
    /// column that holds a detector's values yields them directly.
    fn table_context(
        &self,
        text: &[u8],
        plan: &FieldPlan,
        cells: &[Cell],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        let before = scratch.hits.len();
        // The last name taken from a table cell: its index in `out` and its
        // column, so the next column's name on the same row joins it.
        let mut last_name: Option<(usize, usize)> = None;
        for c in cells {
            let Some(rule) = plan.columns.get(c.column) else {
                continue;
            };
            // A column that holds a detector's values speaks for its own
            // cells only (below), never as a label for the next column's.
            if rule.mask != 0 && rule.dets.is_empty() {
                scratch.hits.push(Hit {
                    start: c.start,
                    end: c.start,
                    mask: rule.mask,
                });
            }
            if rule.dets.is_empty() {
                continue;
            }
            let Some(m) = self.field_value(text, c, &rule.dets, plan) else {
                last_name = None;
                continue;
            };
            // `LastName,FirstName` cells side by side are one person's
            // name, reported whole (`SMITH,JOHN`) as a name field holds it.
            if let Some((i, column)) = last_name.take() {
                let prev = out[i];
                if m.kind == Kind::Name
                    && !plan.patient
                    && column + 1 == c.column
                    && rule.name_part
                    && plan.columns[column].name_part
                    && prev.confidence == m.confidence
                    && just_a_separator(&text[prev.end..m.start])
                {
                    out[i].end = m.end;
                    if let Some(span) = scratch.field_spans.last_mut() {
                        span.1 = m.end;
                    }
                    continue;
                }
            }
            if m.kind == Kind::Name {
                last_name = Some((out.len(), c.column));
            }
            scratch.field_spans.push((m.start, m.end));
            out.push(m);
        }
        if scratch.hits.len() > before {
            scratch.hits.sort_by_key(|h| h.start);
        }
    }

    /// The match for a cell of a column that holds a detector's values:
    /// `high` when one of the column's detectors validates it (a known
    /// sample stays `low`), `medium` when none does, nothing for empty or
    /// placeholder values.
    ///
    /// Structure outranks dictionaries: in a patient structure or a patient
    /// table (see [`FieldPlan`]) a name column's cell is a name whatever the
    /// census lists say (`Nováková`, `Nguyễn`, `CompressedSamples^CT1`),
    /// and a contact column's cell that no US format validates (`Rue du
    /// Chapy 104`, a Belgian postcode) is still the patient's, left `low`
    /// for the record rule to raise like any other contact detail.
    fn field_value(&self, text: &[u8], c: &Cell, dets: &[u16], plan: &FieldPlan) -> Option<Match> {
        let (patient, people) = (plan.patient, plan.people);
        let value = &text[c.start..c.end];
        if is_placeholder(value) {
            return None;
        }
        let mut test_range = false;
        let valid = dets.iter().copied().find(|&det| {
            let d = &self.detectors[det as usize];
            if d.field_kind == Kind::Name {
                if people {
                    return super::names::reads_as_name(value);
                }
                // Elsewhere a name column's cell holds a name when one of
                // its words is a census name ("Date of Birth" in a
                // two-column list is a label, not a patient).
                return value
                    .split(|b| !b.is_ascii_alphabetic())
                    .any(|w| w.len() > 1 && self.is_name_word(w));
            }
            d.validator.is_none_or(|v| {
                match validate::check(v, text, c.start, c.end, &self.tables) {
                    Verdict::Valid => true,
                    Verdict::Sample => {
                        test_range = true;
                        true
                    }
                    Verdict::Invalid => false,
                }
            })
        });
        // A quasi-identifier (phone, address, …) in a table column is known
        // to be one, not known to be a patient's: it waits, like free
        // text, for a record identifier in the same unit.
        let quasi = |det: u16| !patient && self.detectors[det as usize].conf.record.is_some();
        // In a patient table the header already names the record (an
        // `SSN`, `MRN` or `DOB` column, a `Pt Name`), so its contact
        // columns hold the patient's details: they are reported at the
        // record level on their own, not through the record rule, which
        // an organisation's word in another cell (a `Company` or
        // `Occupation` column: "University professor") would silence.
        let record_level = |det: u16| {
            self.detectors[det as usize]
                .conf
                .record
                .and_then(Level::confidence)
                .unwrap_or(Confidence::Medium)
        };
        let first_kind = self.detectors[dets[0] as usize].field_kind;
        let (det, confidence, sample) = match valid {
            Some(det) => {
                let sample = test_range
                    || self.detectors[det as usize]
                        .samples
                        .iter()
                        .any(|s| same_sample(s, value));
                let kind = self.detectors[det as usize].field_kind;
                let level = if sample {
                    Confidence::Low
                } else if quasi(det) {
                    if people {
                        record_level(det)
                    } else {
                        Confidence::Low
                    }
                } else if kind == Kind::Name && !people {
                    // A person, not known to be a patient (a staff list).
                    Confidence::Medium
                } else {
                    Confidence::High
                };
                (det, level, sample)
            }
            // A patient's contact detail in a form no US validator knows.
            None if people && !patient && quasi(dets[0]) && plausible(first_kind, value) => {
                (dets[0], record_level(dets[0]), false)
            }
            // A value that fails validation in an identifier's column is
            // still one (a typo in an SSN column), if it has digits: words
            // in a diagnosis column are its description, not a code, and an
            // age of 89 or less is no identifier at all.
            None if value.iter().any(u8::is_ascii_digit)
                && !matches!(first_kind, Kind::Name | Kind::Age)
                && !quasi(dets[0])
                && (!first_kind.is_health_info() || looks_like_code(value)) =>
            {
                (dets[0], Confidence::Medium, false)
            }
            // A patient structure's identifier field (a DICOM PatientID, a
            // FHIR identifier) holds an identifier even in letters only
            // (`SCSGERM`, `eggs`): the structure says what it is. One token,
            // as identifiers are written; placeholders never get here.
            None if patient
                && matches!(first_kind, Kind::Mrn | Kind::OtherId)
                && identifier_token(value) =>
            {
                (dets[0], Confidence::Medium, false)
            }
            None => return None,
        };
        // A `Fax` column holds fax numbers: the detector's own fax label
        // (its `promote` keywords) names the column.
        let column_mask = plan.columns.get(c.column).map_or(0, |r| r.mask);
        let kind = self.detectors[det as usize]
            .promote
            .iter()
            .find(|p| p.kw.mask & column_mask != 0)
            .map_or(self.detectors[det as usize].field_kind, |p| p.kind);
        Some(Match {
            detector: det,
            kind,
            confidence,
            start: c.start,
            end: c.end,
            sample,
        })
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
    fn begin_text(&self, scratch: &mut Scratch) {
        if let (Some(sweep), Some(cache)) = (&self.sweep, scratch.sweep.as_mut()) {
            sweep.reset(cache);
        }
    }

    /// The leftmost-first match at or after `at`: pattern, start, end.
    fn next_match(
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
        self.at_position.which_overlapping_matches_with(
            &mut scratch.at_position_cache,
            &anchored,
            &mut scratch.at_position_set,
        );
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

    fn validate(
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
            let m = re.find(&text[start..end])?;
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

    /// Pass 3: names, looked for only in windows around anchors.
    fn find_names(
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
        let mut found = Vec::new();
        for n in &names {
            let lo = ids.partition_point(|m| m.start + MAX_CANDIDATE + w < n.start);
            let nearby = || ids[lo..].iter().take_while(|m| m.start < n.end + w);
            if nearby().any(|m| m.start < n.end && n.start < m.end) {
                continue;
            }
            // HL7 puts a person's family name first in its field (PID-5,
            // NK1-2); `X^Y` after another component is a city and state
            // (XAD) or a clinician after an ID number (XCN).
            if n.start > 0 && text[n.start - 1] == b'^' && text[n.start..n.end].contains(&b'^') {
                continue;
            }
            let hl = scratch
                .hits
                .partition_point(|h| h.end + LABEL_GAP < n.start);
            let label = scratch.hits[hl..]
                .iter()
                .take_while(|h| h.end <= n.start)
                .any(|h| {
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
            let kw = near(&scratch.hits, rules.kw, n.start, n.end) || identifier_near;
            let d = &self.detectors[rules.det as usize].conf;
            let mut level = if label {
                d.label.unwrap_or(Level::High)
            } else if kw {
                d.keyword.unwrap_or(Level::Medium)
            } else if date_near && near(&scratch.hits, rules.support, n.start, n.end) {
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
                && self.software_holds_back(text, &scratch.software, n.start, n.end)
            {
                level = d.valid;
            }
            let Some(mut conf) = level.confidence() else {
                continue;
            };
            // "Name <mail@host>" is how authors are credited (changelogs,
            // copyright files, mail headers): more evidence needed.
            match n.weak + u8::from(author_credit(text, n.end)) {
                0 => {}
                1 => match conf.lower() {
                    Some(c) => conf = c,
                    None => continue,
                },
                _ => continue,
            }
            found.push(Match {
                detector: rules.det,
                kind: Kind::Name,
                confidence: conf,
                start: n.start,
                end: n.end,
                sample: false,
            });
        }
        scratch.names = names;
        self.free_names(text, rules, &scratch.hits, &out[first..], &mut found);
        out.extend(found);
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
            self.push_free_name(found, rules.det, n, conf);
        }
    }

    /// Adds a name read by [`Engine::free_names`], keeping one finding per
    /// span: the more confident of overlapping names.
    fn push_free_name(&self, found: &mut Vec<Match>, det: u16, n: FreeName, conf: Confidence) {
        let overlaps = |m: &Match| m.start < n.end && n.start < m.end;
        if found.iter().any(|m| overlaps(m) && m.confidence > conf) {
            return;
        }
        found.retain(|m| !overlaps(m));
        found.push(Match {
            detector: det,
            kind: Kind::Name,
            confidence: conf,
            start: n.start,
            end: n.end,
            sample: false,
        });
    }

    /// Runs every detector's own examples; returns one line per failure.
    pub fn check_examples(&self) -> Vec<String> {
        let mut failures = Vec::new();
        let mut scratch = self.scratch();
        let mut out = Vec::new();
        for (i, d) in self.detectors.iter().enumerate() {
            let id = &d.info.id;
            for ex in &d.examples {
                out.clear();
                self.scan(ex.text.as_bytes(), &mut scratch, &mut out);
                let mine: Vec<&Match> = out.iter().filter(|m| m.detector as usize == i).collect();
                let ok = mine.iter().any(|m| {
                    let conf_ok = match ex.confidence.and_then(Level::confidence) {
                        Some(c) => m.confidence == c,
                        None => m.confidence >= Confidence::Medium,
                    };
                    let value_ok = ex
                        .value
                        .as_deref()
                        .is_none_or(|v| &ex.text.as_bytes()[m.start..m.end] == v.as_bytes());
                    let kind_ok = ex.kind.is_none_or(|k| m.kind == k);
                    conf_ok && value_ok && kind_ok
                });
                if !ok {
                    let got: Vec<String> = mine
                        .iter()
                        .map(|m| {
                            format!(
                                "{}:{}@{}..{}",
                                m.kind.as_str(),
                                m.confidence.as_str(),
                                m.start,
                                m.end
                            )
                        })
                        .collect();
                    failures.push(format!(
                        "{id}: example {:?} expected {}{}{}, got [{}]",
                        ex.text,
                        ex.kind
                            .map(|k| format!("kind {} ", k.as_str()))
                            .unwrap_or_default(),
                        ex.confidence
                            .map(|c| format!("confidence {} ", level_name(c)))
                            .unwrap_or_else(|| "confidence >= medium ".into()),
                        ex.value
                            .as_deref()
                            .map(|v| format!("value {v:?}"))
                            .unwrap_or_default(),
                        got.join(", ")
                    ));
                }
            }
            for ex in &d.negatives {
                out.clear();
                self.scan(ex.text.as_bytes(), &mut scratch, &mut out);
                let max = ex.max.confidence();
                if let Some(m) = out
                    .iter()
                    .find(|m| m.detector as usize == i && max.is_none_or(|max| m.confidence > max))
                {
                    failures.push(format!(
                        "{id}: negative example {:?} allows at most {}, got {} {} at {}..{}",
                        ex.text,
                        level_name(ex.max),
                        m.kind.as_str(),
                        m.confidence.as_str(),
                        m.start,
                        m.end
                    ));
                }
            }
        }
        failures
    }
}

impl General {
    fn new(patterns: &[String], fixed_len: Vec<Option<usize>>) -> Result<General, DetectError> {
        let regex = build_regex(patterns).map_err(|e| DetectError::Regex("(all)".into(), e))?;
        let pass = regex_automata::hybrid::regex::Regex::builder()
            .syntax(syntax_config())
            .thompson(regex_automata::nfa::thompson::Config::new().utf8(false))
            .dfa(
                regex_automata::hybrid::dfa::Config::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .cache_capacity(8 << 20),
            )
            .build_many(patterns)
            .map_err(|e| DetectError::Regex("(all)".into(), e.to_string()))?;
        Ok(General {
            regex,
            pass,
            fixed_len,
        })
    }

    /// The leftmost-first match at or after `at`. The reverse search for
    /// the start is skipped for fixed-length patterns; should the lazy DFA
    /// fail, the meta regex (which falls back to other engines) answers.
    fn next_match(
        &self,
        text: &[u8],
        at: usize,
        cache: &mut meta::Cache,
        pass_cache: &mut regex_automata::hybrid::regex::Cache,
    ) -> Option<(usize, usize, usize)> {
        let input = Input::new(text).range(at..);
        let (fwd, rev) = pass_cache.as_parts_mut();
        match self.pass.forward().try_search_fwd(fwd, &input) {
            Ok(None) => return None,
            Ok(Some(end)) => {
                let (pid, e) = (end.pattern().as_usize(), end.offset());
                if let Some(n) = self.fixed_len[pid].filter(|&n| e >= at + n) {
                    return Some((pid, e - n, e));
                }
                let back = Input::new(text).span(at..e).anchored(Anchored::Yes);
                if let Ok(Some(start)) = self.pass.reverse().try_search_rev(rev, &back) {
                    return Some((pid, start.offset(), e));
                }
            }
            Err(_) => {}
        }
        let m = self.regex.search_with(cache, &input)?;
        Some((m.pattern().as_usize(), m.start(), m.end()))
    }
}

/// Whether every match of `pattern` must begin at an ASCII word boundary.
fn starts_at_word_boundary(pattern: &str) -> bool {
    use regex_syntax::hir::Look;
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .is_ok_and(|hir| hir.properties().look_set_prefix().contains(Look::WordAscii))
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
fn author_credit(text: &[u8], end: usize) -> bool {
    let rest = &text[end..text.len().min(end + 80)];
    let rest = rest.trim_ascii_start();
    rest.first() == Some(&b'<')
        && rest
            .iter()
            .position(|&b| b == b'>')
            .is_some_and(|close| rest[..close].contains(&b'@'))
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

/// A language key of a translation map (`  pt: Nome` after `  nn:` or
/// before `  ru:`, YAML and similar): a two-letter lower-case term, a
/// colon, alone on its line but for indentation, with a language key (or
/// AppStream's default `C:`) on the line right above or below it. Clinical
/// shorthand keys (`dx:`, `hx:`) are not languages, so a note's `pt:` line
/// beside them stays a label.
fn locale_map_key(text: &[u8], start: usize, end: usize) -> bool {
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

/// A field or column name in canonical form: lower case, words separated
/// by one space (`Date_Of_Birth`, `date of birth` and `DateOfBirth` are
/// the same field). Exports name columns in CamelCase (`GivenName`,
/// `NationalID`, `MRNNumber`), so a capital after a small letter, or a
/// capital before a small letter after capitals, starts a word; digits stay
/// with their word (`icd9`, `dx1`).
fn field_name(name: &[u8]) -> String {
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

/// A code written as codes are (`E11.9`, `25000`): one short token. A
/// diagnosis column's "Chronic kidney disease, stage 3" is its title.
fn looks_like_code(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    !v.is_empty() && v.len() <= 12 && !v.iter().any(u8::is_ascii_whitespace)
}

/// What stands between two adjacent cells of a row: a delimiter, quotes,
/// spaces.
fn just_a_separator(gap: &[u8]) -> bool {
    gap.len() <= 6 && gap.iter().all(|b| b",;|\t \"".contains(b))
}

/// Words of column names that say a table is about patients.
const PATIENT_WORDS: &[&str] = &[
    "patient",
    "pt",
    "pat",
    "member",
    "subscriber",
    "insured",
    "guarantor",
    "beneficiary",
];

/// Words of column names for a part of a person's name.
const NAME_PARTS: &[&str] = &[
    "first",
    "last",
    "given",
    "family",
    "surname",
    "middle",
    "forename",
    "firstname",
    "lastname",
];

/// Column names that hold a person's name only in a patient table.
const PERSON_COLUMNS: &[&str] = &["name", "names", "patient", "pt", "person"];

/// Kinds whose column makes a table a patient record (DESIGN.md section
/// 3: an `ssn`, `mrn` or `dob` column is `high` on its own).
fn names_a_record(k: Kind) -> bool {
    matches!(
        k,
        Kind::Ssn
            | Kind::Itin
            | Kind::Mrn
            | Kind::Dob
            | Kind::Mbi
            | Kind::Hicn
            | Kind::HealthPlanId
    )
}

/// Whether a patient table's contact cell that failed validation still
/// has the form of its kind: a phone number of 7-15 digits, a postcode
/// with a digit, an address line or city with letters, an e-mail address.
fn plausible(kind: Kind, v: &[u8]) -> bool {
    let v = v.trim_ascii();
    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = v
        .iter()
        .filter(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count();
    match kind {
        Kind::Phone | Kind::Fax => {
            // An extension (`x751`, `ext. 12`) is part of the number as
            // exports write it; six digits is a whole number in some
            // countries (`87 47 98`).
            let number = phone_without_extension(v);
            let digits = number.iter().filter(|b| b.is_ascii_digit()).count();
            (6..=15).contains(&digits)
                && number
                    .iter()
                    .all(|&b| b.is_ascii_digit() || b" ()+-./".contains(&b))
        }
        Kind::Zip => digits > 0 && v.len() <= 10,
        Kind::Address => letters >= 2 && v.len() <= 120,
        Kind::Email => v.contains(&b'@') && v.contains(&b'.') && !v.contains(&b' '),
        _ => false,
    }
}

/// A letters-only identifier as systems write one: a single token of 3-64
/// letters (`SCSGERM`), no words of a sentence.
fn identifier_token(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    (3..=64).contains(&v.len()) && v.iter().all(|&b| b.is_ascii_alphabetic())
}

/// A phone number without a trailing extension (`555-201-3344x751`,
/// `(06 1) 455 2290 ext. 12`): the digits of the extension are no part of
/// the number's length.
fn phone_without_extension(v: &[u8]) -> &[u8] {
    let lower = v.to_ascii_lowercase();
    let at = [&b"ext."[..], b"ext", b"x", b"#"]
        .iter()
        .find_map(|marker| {
            let i = memchr::memmem::rfind(&lower, marker)?;
            let rest = lower[i + marker.len()..].trim_ascii();
            (i > 0 && !rest.is_empty() && rest.len() <= 6 && rest.iter().all(u8::is_ascii_digit))
                .then_some(i)
        });
    at.map_or(v, |i| v[..i].trim_ascii_end())
}

/// Values that stand for "no value" in exports: empty, `N/A`, `UNKNOWN`,
/// all-zero identifiers (`000-00-0000`), one character repeated
/// (`XXXXXXXXXX`), a number Excel turned into
/// `5.15293E+15` (the digits are lost), and the words anonymisers write in
/// place of a name (`Anonymized`, `REDACTED`): a scan that checks a
/// de-identified export must not report its markers.
fn is_placeholder(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    // `UNKNOWN^UNKNOWN`, `Unknown, Unknown`: no one's name.
    let unknown_words = v.iter().any(u8::is_ascii_alphabetic)
        && v.split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                [
                    &b"unknown"[..],
                    b"unk",
                    b"anonymous",
                    b"anon",
                    b"none",
                    b"na",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
            });
    let excel_number = v.len() <= 16
        && v.first().is_some_and(u8::is_ascii_digit)
        && v.iter()
            .position(|&b| b == b'E')
            .is_some_and(|e| v[e + 1..].starts_with(b"+") && e + 2 < v.len())
        && v.iter()
            .all(|&b| b.is_ascii_digit() || b == b'.' || b == b'E' || b == b'+');
    v.is_empty()
        || unknown_words
        || excel_number
        || v.iter().all(|&b| b == v[0] && !b.is_ascii_alphanumeric())
        // A masked value: `XXXXXXXXXX`, `999999999` (a test value such
        // as `55555` may still stand for a record).
        || (v.len() >= 3
            && (v[0].is_ascii_alphabetic() || v[0] == b'9')
            && v.iter().all(|&b| b == v[0]))
        || (v.contains(&b'0')
            && v.iter()
                .all(|&b| b == b'0' || (!b.is_ascii_alphanumeric() && b < 0x80)))
        || [
            &b"n/a"[..],
            b"na",
            b"none",
            b"null",
            b"nil",
            b"unknown",
            b"tbd",
            b"pending",
            b"anonymized",
            b"anonymised",
            b"anonymous",
            b"redacted",
            b"removed",
            b"deidentified",
            b"de-identified",
        ]
        .iter()
        .any(|p| v.eq_ignore_ascii_case(p))
}

fn back_to_word_start(text: &[u8], mut s: usize) -> usize {
    while s > 0 && text[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    s
}

/// Whether a hit of `ctx`'s sets lies within its window around `start..end`.
/// Hits are sorted and do not overlap, so a binary search finds the first.
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

fn near(hits: &[Hit], ctx: Ctx, start: usize, end: usize) -> bool {
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
fn same_sample(sample: &[u8], value: &[u8]) -> bool {
    let mut it = value
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase);
    sample.iter().all(|&s| it.next() == Some(s)) && it.next().is_none()
}

/// Sample values compare on their letters and digits only.
fn normalize_sample(v: &[u8]) -> Vec<u8> {
    v.iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
        .collect()
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
        let mut cache = engine.at_position.create_cache();
        let mut set = regex_automata::PatternSet::new(engine.at_position.pattern_len());
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
                    .at_position
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
    fn builtin_examples_pass() {
        let engine = Engine::builtin().unwrap();
        let failures = engine.check_examples();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_detector_has_examples() {
        let engine = Engine::builtin().unwrap();
        for d in engine.detectors() {
            assert!(
                d.examples.0 > 0 && d.examples.1 > 0,
                "{} lacks examples",
                d.id
            );
        }
    }

    #[test]
    fn keywords_match_in_place_as_their_regexes_do_on_the_corpus() {
        let engine = Engine::builtin().unwrap();
        let listed = engine.keywords.listed();
        assert!(listed.len() > 100);
        let patterns: Vec<String> = listed.iter().map(|(t, _)| term_regex(t)).collect();
        let re = Regex::builder()
            .syntax(syntax_config())
            .build_many(&patterns)
            .unwrap();
        let mut compared = 0;
        for (path, bytes) in crate::test_corpus::files("") {
            let text = &bytes[..bytes.len().min(64 << 10)];
            for start in (0..text.len()).filter(|&i| text[i].is_ascii_alphabetic()) {
                let want = re
                    .search(&Input::new(text).range(start..).anchored(Anchored::Yes))
                    .map(|m| (m.end(), listed[m.pattern().as_usize()].1));
                let got = engine.keywords.at(text, start);
                assert_eq!(got, want, "{} at {start}", path.display());
                compared += usize::from(want.is_some());
            }
        }
        assert!(compared > 1000, "{compared} matches compared");
    }

    #[test]
    fn term_regex_is_lenient_inside() {
        let re = build_regex(&[term_regex("date of birth")]).unwrap();
        assert!(re.is_match("DATE_OF_BIRTH"));
        assert!(re.is_match("DateOfBirth"));
        assert!(!re.is_match("dateofbirthday"));
    }

    #[test]
    fn word_boundary_prefixes() {
        assert!(starts_at_word_boundary(r"\b\d{3}\.\d{1,2}\b"));
        assert!(starts_at_word_boundary(r"(?i)\b(?:mrn|chart)\b"));
        assert!(starts_at_word_boundary(r"\b(?:a|b)|\bc"));
        assert!(!starts_at_word_boundary(r"x\b"));
        assert!(!starts_at_word_boundary(r"\bx|y"));
        assert!(Engine::builtin().unwrap().word_start_only);
    }

    #[test]
    fn field_names_match_by_their_words() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = engine.scratch();
        let cols: [&[u8]; 5] = [b"icd9_dx", b"Primary MRN", b"ssn2", b"Comments", b"pid 3"];
        let plan = engine.field_plan(&cols, &mut scratch).unwrap();
        let kinds: Vec<Option<Kind>> = plan
            .columns
            .iter()
            .map(|c| {
                c.dets
                    .first()
                    .map(|&d| engine.detectors[d as usize].info.kind)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                Some(Kind::Icd9),
                Some(Kind::Mrn),
                Some(Kind::Ssn),
                None,
                Some(Kind::Mrn)
            ]
        );
    }

    #[test]
    fn camel_case_and_symbol_column_names_split_into_words() {
        for (raw, want) in [
            ("GivenName", "given name"),
            ("NationalID", "national id"),
            ("MRNNumber", "mrn number"),
            ("PAT_MRN_ID", "pat mrn id"),
            ("SSN#", "ssn"),
            ("DOB (MM/DD/YYYY)", "dob mm dd yyyy"),
            ("icd9_dx", "icd9 dx"),
            ("eMail", "e mail"),
            ("DX1", "dx1"),
        ] {
            assert_eq!(field_name(raw.as_bytes()), want, "{raw}");
        }
    }

    /// The field kind of each column of a header (`None`: no detector).
    fn column_kinds(engine: &Engine, cols: &[&str]) -> (Vec<Option<Kind>>, bool) {
        let mut scratch = engine.scratch();
        let cols: Vec<&[u8]> = cols.iter().map(|c| c.as_bytes()).collect();
        let plan = engine.field_plan(&cols, &mut scratch).unwrap();
        let kinds = plan
            .columns
            .iter()
            .map(|c| {
                c.dets
                    .first()
                    .map(|&d| engine.detectors[d as usize].field_kind)
            })
            .collect();
        (kinds, plan.people)
    }

    #[test]
    fn export_column_names_find_their_detectors() {
        let engine = Engine::builtin().unwrap();
        let (kinds, people) = column_kinds(
            &engine,
            &[
                "GivenName",
                "Surname",
                "MothersMaiden",
                "Birthday",
                "TelephoneNumber",
                "StreetAddress",
                "ZipCode",
                "NationalID",
                "EmailAddress",
                "NameSet",
            ],
        );
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Some(Name),
                Some(Name),
                Some(Name),
                Some(Dob),
                Some(Phone),
                Some(Address),
                Some(Zip),
                Some(Ssn),
                Some(Email),
                None
            ]
        );
        assert!(people, "a birth date column makes it a patient table");
        let (kinds, _) = column_kinds(
            &engine,
            &[
                "PAT_NAME",
                "PAT_MRN_ID",
                "BIRTH_DATE",
                "Pt Name",
                "Patient Last Name",
                "Med Rec #",
                "SSN#",
                "Home Phone",
                "FirstName",
                "LastName",
                "DOB (MM/DD/YYYY)",
                "Phone #",
                "Name",
            ],
        );
        assert_eq!(
            kinds,
            [
                Some(Name),
                Some(Mrn),
                Some(Dob),
                Some(Name),
                Some(Name),
                Some(Mrn),
                Some(Ssn),
                Some(Phone),
                Some(Name),
                Some(Name),
                Some(Dob),
                Some(Phone),
                Some(Name)
            ]
        );
        for cols in [
            &["DX1", "Diagnosis Code", "PRIN_DX"][..],
            &["ICD9", "Member ID"],
        ] {
            let (kinds, _) = column_kinds(&engine, cols);
            assert!(
                kinds
                    .iter()
                    .take(cols.len() - 1)
                    .all(|k| k.is_some_and(Kind::is_health_info)),
                "{cols:?}: {kinds:?}"
            );
        }
        // A product list's `Name` is no person, and nothing says patient
        // (its `City` and `Phone` cells wait for a record that never comes).
        let (kinds, people) = column_kinds(&engine, &["Name", "Price", "City", "Phone"]);
        assert_eq!(kinds, [None, None, Some(Address), Some(Phone)]);
        assert!(!people);
    }

    /// Name findings (value, confidence) of a table scanned with its plan.
    fn table_names(engine: &Engine, csv: &str) -> Vec<(String, Confidence)> {
        let text = csv.as_bytes();
        let table = crate::extract::table(text).unwrap();
        let mut scratch = engine.scratch();
        let plan = engine.field_plan(&table.columns, &mut scratch).unwrap();
        let mut fields = Vec::new();
        crate::extract::table_fields(text, &table, &mut fields);
        let cells: Vec<Cell> = fields
            .iter()
            .map(|f| Cell {
                start: f.start,
                end: f.end,
                column: f.column,
            })
            .collect();
        let mut out = Vec::new();
        engine.scan_table(text, &plan, &cells, &mut scratch, &mut out, Confidence::Low);
        out.iter()
            .filter(|m| m.kind == Kind::Name)
            .map(|m| (csv[m.start..m.end].to_string(), m.confidence))
            .collect()
    }

    #[test]
    fn name_columns_of_a_patient_table_outrank_the_census_lists() {
        let engine = Engine::builtin().unwrap();
        let got = table_names(
            &engine,
            "FirstName,LastName,DOB\nJana,Nováková,03/14/61\nNguyễn,Thị Lan,1/2/1950\nUNKNOWN,N/A,01/01/1970\n",
        );
        let high = |v: &str| (v.to_string(), Confidence::High);
        assert_eq!(got, [high("Jana,Nováková"), high("Nguyễn,Thị Lan")]);
        // A staff list: persons, not known patients; census names only.
        let got = table_names(
            &engine,
            "First Name,Last Name,Extension\nJohn,Smith,2231\nZbyněk,Dvořák,2232\n",
        );
        let medium = |v: &str| (v.to_string(), Confidence::Medium);
        assert_eq!(got, [medium("John,Smith")]);
    }

    #[test]
    fn person_fields_of_patient_structures_outrank_the_census_lists() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = engine.scratch();
        let plan = engine
            .patient_plan(&[&b"patient name"[..], b"ssn"], &mut scratch)
            .unwrap();
        for (value, want) in [
            ("CompressedSamples^CT1", Some(Confidence::High)),
            ("Nováková^Jana", Some(Confidence::High)),
            ("UNKNOWN^UNKNOWN", None),
            ("Anonymized", None),
        ] {
            let text = value.as_bytes();
            let cell = Cell {
                start: 0,
                end: text.len(),
                column: 0,
            };
            let got = engine
                .field_value(text, &cell, &plan.columns[0].dets, &plan)
                .map(|m| m.confidence);
            assert_eq!(got, want, "{value}");
        }
        let text = b"000-00-0000";
        let cell = Cell {
            start: 0,
            end: text.len(),
            column: 1,
        };
        assert!(engine
            .field_value(text, &cell, &plan.columns[1].dets, &plan)
            .is_none());
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

    /// A copy of the repository's `detectors/` in a temporary directory.
    fn detectors_copy() -> tempfile::TempDir {
        fn copy(from: &std::path::Path, to: &std::path::Path) {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap() {
                let e = e.unwrap();
                if e.file_type().unwrap().is_dir() {
                    copy(&e.path(), &to.join(e.file_name()));
                } else {
                    std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
                }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        copy(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("detectors"),
            dir.path(),
        );
        dir
    }

    /// Issue 16: a dictionary the detectors name that is missing from a
    /// `--detectors` directory, or a code table there that cannot be read,
    /// fails the build of the engine with an error naming the file, instead
    /// of becoming an empty set on a worker thread mid-scan.
    #[test]
    fn a_missing_or_unreadable_dictionary_fails_at_start_naming_it() {
        let dir = detectors_copy();
        std::fs::remove_file(dir.path().join("dict/surnames.txt")).unwrap();
        let err = Engine::load(SpecSource::Dir(dir.path().into())).unwrap_err();
        assert!(err.to_string().contains("dict/surnames.txt"), "{err}");

        let dir = detectors_copy();
        let zip = dir.path().join("dict/us-zip.txt");
        std::fs::remove_file(&zip).unwrap();
        std::fs::create_dir(&zip).unwrap();
        let err = Engine::load(SpecSource::Dir(dir.path().into())).unwrap_err();
        assert!(err.to_string().contains("dict/us-zip.txt"), "{err}");
    }

    /// Issue 16: once built, the engine reads no file: with its
    /// dictionaries emptied after the build it finds what the built-in
    /// engine finds, names and codes included (whose dictionaries are
    /// parsed only on first use).
    #[test]
    fn an_engine_built_from_a_directory_reads_no_file_afterwards() {
        let dir = detectors_copy();
        let engine = Engine::load(SpecSource::Dir(dir.path().into())).unwrap();
        for e in std::fs::read_dir(dir.path().join("dict")).unwrap() {
            std::fs::write(e.unwrap().path(), "# emptied\n").unwrap();
        }
        let builtin = Engine::builtin().unwrap();
        let text = b"Patient: John Smith, DOB 03/14/1961, Springfield IL 62704. \
            Dx E11.9 and 250.00, diabetes mellitus and hypertension.";
        let scan = |e: &Engine| {
            let mut out = Vec::new();
            e.scan(text, &mut e.scratch(), &mut out);
            out.iter()
                .map(|m| (m.detector, m.kind, m.confidence, m.start, m.end))
                .collect::<Vec<_>>()
        };
        let found = scan(&engine);
        assert!(found.iter().any(|m| m.1 == Kind::Name), "{found:?}");
        assert!(found.iter().any(|m| m.1 == Kind::Icd10), "{found:?}");
        assert_eq!(found, scan(&builtin));
        assert!(engine.has_clinical_vocabulary(text));
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
