//! Compiles detector specs into one [`Engine`]: keyword sets interned to
//! bits, every pattern and term in one search, confidence rules in words.

use std::collections::{BTreeMap, BTreeSet};

use regex_automata::meta::{self, Regex};
use regex_automata::{Anchored, Input, MatchKind};

use super::engine::{
    build_regex, field_name, syntax_config, Compiled, Ctx, Engine, FreeRules, General, NameRules,
    Promote, Role, ValueRegex, LABEL_GAP, LABEL_LOOKBACK, MAX_CANDIDATE, ORGANIZATION_REACH,
};
use super::names::NameDicts;
use super::spec::{DetectorSpec, EngineKind, SpecFile, SpecSource};
use super::sweep::Sweep;
use super::validate::{CodeTables, Validator};
use super::{DetectError, DetectorInfo, Level};

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

    /// The bit of keyword group `name` as a set of its own (0 when the
    /// files do not define it): groups the engine itself looks for.
    fn group(&mut self, name: &str) -> Result<u128, DetectError> {
        match self.groups.get(name).cloned() {
            Some(terms) => Ok(self.ctx(&terms, [0, 0], name)?.mask),
            None => Ok(0),
        }
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
    super::wordset::WordSet::from_words(words.iter().map(String::as_bytes))
}

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

fn level_rule(name: &str, level: Option<Level>) -> Option<String> {
    level.map(|l| format!("{name}: {}", level_name(l)))
}

pub(super) fn level_name(l: Level) -> &'static str {
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
    pub(super) fn load_general(source: SpecSource) -> Result<Engine, DetectError> {
        let files = source.load()?;
        Engine::compile(source, files, true)
    }

    /// Compiles `files` in four steps: the specs gathered and checked, each
    /// detector compiled (its context sets interned, its patterns listed),
    /// the one search over every pattern and term built, and the tables
    /// read. `general` builds the general search even where the sweep
    /// would do (tests compare the two).
    fn compile(
        source: SpecSource,
        files: Vec<(String, SpecFile)>,
        general: bool,
    ) -> Result<Engine, DetectError> {
        let (table, specs) = gather(files)?;
        let mut build = Build {
            table,
            patterns: Vec::new(),
            roles: Vec::new(),
            names: None,
            reach: MAX_CANDIDATE,
        };
        let mut detectors = Vec::with_capacity(specs.len());
        for (i, s) in specs.iter().enumerate() {
            detectors.push(build.detector(i as u16, s, &source)?);
        }
        let search = build.search(&specs, general, &source)?;
        let tables = CodeTables::new(&source)?;
        Ok(Engine {
            record_rules: specs.iter().any(|s| s.confidence.record.is_some()),
            source,
            sweep: search.sweep,
            general: search.general,
            clinical: search.clinical,
            note_sections: search.note_sections,
            fields: fields(&specs),
            singles: search.singles,
            single_patterns: search.single_patterns,
            at_position: search.at_position,
            word_start_only: search.word_start_only,
            keywords: search.keywords,
            roles: build.roles,
            detectors,
            names: build.names,
            tables,
            label_words: search.label_words,
            reach: build.reach.max(LABEL_LOOKBACK) + MAX_CANDIDATE,
        })
    }
}

/// Step 1: the detectors of every file in file order, and every file's
/// keyword groups; a group or detector id defined twice is an error.
fn gather(files: Vec<(String, SpecFile)>) -> Result<(SetTable, Vec<DetectorSpec>), DetectError> {
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
    Ok((table, specs))
}

/// Normalized field names and the detectors whose values they hold.
fn fields(specs: &[DetectorSpec]) -> std::collections::HashMap<String, Vec<u16>> {
    let mut fields: std::collections::HashMap<String, Vec<u16>> = Default::default();
    for (i, s) in specs.iter().enumerate() {
        for f in &s.fields {
            fields
                .entry(field_name(f.as_bytes()))
                .or_default()
                .push(i as u16);
        }
    }
    fields
}

/// What compiling the detectors one by one gathers: the interned keyword
/// sets, every candidate pattern with its role, the name rules and how far
/// a rule looks. Sets get their bits in the order they are first met, so
/// the steps keep the order of the detector files.
struct Build {
    table: SetTable,
    patterns: Vec<String>,
    roles: Vec<Role>,
    names: Option<NameRules>,
    reach: usize,
}

/// The context rules of one detector, interned.
struct Contexts {
    kw: Ctx,
    heading: Ctx,
    support: Ctx,
    organization: Ctx,
    promote: Vec<Promote>,
}

/// Step 3's product: the search over every pattern and term.
struct Search {
    sweep: Option<Sweep>,
    general: Option<General>,
    singles: Vec<std::sync::OnceLock<Option<Regex>>>,
    single_patterns: Vec<String>,
    at_position: std::sync::OnceLock<Regex>,
    word_start_only: bool,
    keywords: super::keyword::Terms,
    clinical: u128,
    note_sections: u128,
    label_words: super::wordset::WordSet,
}

impl Build {
    /// Step 2: one detector, whose index is `det`.
    fn detector(
        &mut self,
        det: u16,
        s: &DetectorSpec,
        source: &SpecSource,
    ) -> Result<Compiled, DetectError> {
        let ctx = self.contexts(s)?;
        match s.engine {
            EngineKind::Pattern => self.candidates(det, s, source)?,
            EngineKind::Name => self.name_rules(det, s, &ctx, source)?,
        }
        let validator = s.validator.as_deref().map(Validator::by_name).transpose()?;
        let value_regex = s.value_regex.as_deref().map(ValueRegex::new);
        if let (Some(re), false) = (&value_regex, matches!(source, SpecSource::Builtin)) {
            // A user's is built now so that an error shows at load.
            re.try_get()
                .map_err(|e| DetectError::Regex(s.id.clone(), e))?;
        }
        Ok(Compiled {
            id: s.id.as_str().into(),
            info: DetectorInfo {
                id: s.id.clone(),
                kind: s.kind,
                description: s.description.clone(),
                safe_harbor: s.safe_harbor.clone(),
                rules: rules_in_words(s),
                references: s.references.clone(),
                examples: (s.examples.len(), s.negative_examples.len()),
            },
            validator,
            value_regex,
            value_prefix: s.value_prefix.as_ref().map(|p| p.as_bytes().to_vec()),
            kw: ctx.kw,
            heading: ctx.heading,
            support: ctx.support,
            organization: ctx.organization,
            conf: s.confidence.clone(),
            samples: s
                .samples
                .iter()
                .map(|v| normalize_sample(v.as_bytes()))
                .collect(),
            promote: ctx.promote,
            field_kind: s.field_kind.unwrap_or(s.kind),
            examples: s.examples.clone(),
            negatives: s.negative_examples.clone(),
        })
    }

    /// A detector's keyword, heading, support, organisation and promotion
    /// sets, and the reach of their windows.
    fn contexts(&mut self, s: &DetectorSpec) -> Result<Contexts, DetectError> {
        let table = &mut self.table;
        let kw = table.ctx(&s.keywords, s.window, &s.id)?;
        let heading = if s.heading_reach > 0 {
            table.ctx(&s.keywords, [s.heading_reach, 0], &s.id)?
        } else {
            Ctx::default()
        };
        let sw = s.support_window.unwrap_or(s.window);
        let support = table.ctx(&s.support, sw, &s.id)?;
        let organization = table.ctx(&s.organization, [ORGANIZATION_REACH, 0], &s.id)?;
        self.reach = self
            .reach
            .max(s.heading_reach)
            .max(s.window[0].max(s.window[1]))
            .max(sw[0].max(sw[1]));
        let mut promote = Vec::new();
        for p in &s.promote {
            let psw = p.support_window.unwrap_or(p.window);
            self.reach = self
                .reach
                .max(p.window[0].max(p.window[1]))
                .max(psw[0].max(psw[1]));
            promote.push(Promote {
                kind: p.kind,
                kw: self.table.ctx(&p.keywords, p.window, &s.id)?,
                level: p.confidence,
                support: self.table.ctx(&p.support, psw, &s.id)?,
                support_level: p.support_confidence.unwrap_or(p.confidence),
            });
        }
        Ok(Contexts {
            kw,
            heading,
            support,
            organization,
            promote,
        })
    }

    /// A pattern detector's candidate patterns, each checked alone so an
    /// error names its detector. The built-in ones are checked by the
    /// tests instead: compiling each alone was a fifth of the start-up.
    fn candidates(
        &mut self,
        det: u16,
        s: &DetectorSpec,
        source: &SpecSource,
    ) -> Result<(), DetectError> {
        if s.patterns.is_empty() {
            return Err(DetectError::Spec(format!("{}: no patterns", s.id)));
        }
        for p in &s.patterns {
            if !matches!(source, SpecSource::Builtin) {
                build_regex(std::slice::from_ref(&p.regex))
                    .map_err(|e| DetectError::Regex(s.id.clone(), e))?;
            }
            self.patterns.push(p.regex.clone());
            self.roles.push(Role::Candidate {
                det,
                needs_keyword: p.needs_keyword,
            });
        }
        Ok(())
    }

    /// The name detector's rules: anchors, labels, the groups behind names
    /// read without the census lists, and its dictionaries, read now.
    fn name_rules(
        &mut self,
        det: u16,
        s: &DetectorSpec,
        ctx: &Contexts,
        source: &SpecSource,
    ) -> Result<(), DetectError> {
        if self.names.is_some() {
            return Err(DetectError::Spec(
                "only one name detector is supported".into(),
            ));
        }
        let dict = |d: &Option<String>, what: &str| {
            d.clone()
                .ok_or_else(|| DetectError::Spec(format!("{}: {what} missing", s.id)))
        };
        let table = &mut self.table;
        let anchors = table.ctx(&s.anchors, s.window, &s.id)?.mask;
        let labels = table.ctx(&s.labels, s.window, &s.id)?.mask;
        let free = FreeRules {
            honorific: table.group("honorific")?,
            weak_label: table.group("name_label_weak")?,
            referral: table.group("referral_label")?,
            patient: table.group("patient_context")?,
        };
        self.names = Some(NameRules {
            det,
            anchors,
            labels,
            kw: ctx.kw,
            support: ctx.support,
            free,
            dicts: NameDicts::new(
                source,
                &dict(&s.first_names, "first_names")?,
                &dict(&s.surnames, "surnames")?,
                &dict(&s.stop_words, "stop_words")?,
            )?,
        });
        self.reach = self.reach.max(2 * s.window[0].max(s.window[1]) + LABEL_GAP);
        Ok(())
    }

    /// Step 3: the candidate patterns and then every context term (longer
    /// terms first, so "date of birth" wins over "birth") in one search: the
    /// word-start sweep, or the general search when `general` is asked or
    /// some pattern may begin mid-word.
    fn search(
        &mut self,
        specs: &[DetectorSpec],
        general: bool,
        source: &SpecSource,
    ) -> Result<Search, DetectError> {
        let patterns = &mut self.patterns;
        // The built-in patterns all begin at a word boundary (a test checks
        // it): parsing each to know it cost a tenth of the start-up.
        let word_start_only = matches!(source, SpecSource::Builtin)
            || patterns.iter().all(|p| starts_at_word_boundary(p));
        // Built on first retry; a user's set is built now so that an error
        // shows at load.
        let at_position = std::sync::OnceLock::new();
        if !matches!(source, SpecSource::Builtin) {
            let re = at_position_regex(patterns)
                .map_err(|e| DetectError::Regex("(candidates)".into(), e))?;
            let _ = at_position.set(re);
        }
        let singles = patterns
            .iter()
            .map(|_| std::sync::OnceLock::new())
            .collect();
        let single_patterns = patterns.clone();
        let table = &mut self.table;
        let clinical = table.group("clinical")?;
        let note_sections = table.group("note_section")?;
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
        let mut terms: Vec<(String, u128)> = std::mem::take(&mut table.terms).into_iter().collect();
        terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut fixed_len = vec![None; patterns.len()];
        let keywords = super::keyword::Terms::new(terms.iter().map(|(t, m)| (t.as_str(), *m)));
        for (term, mask) in terms {
            patterns.push(term_regex(&term));
            self.roles.push(Role::Keyword { mask });
            // Only a space in a term matches a variable run of separators.
            fixed_len.push((!term.contains(' ')).then_some(term.len()));
        }
        let sweep = if general {
            None
        } else {
            Sweep::new(patterns, single_patterns.len())
                .map_err(|e| DetectError::Regex("(all)".into(), e))?
        };
        let general = match sweep {
            Some(_) => None,
            None => Some(General::new(patterns, fixed_len)?),
        };
        Ok(Search {
            sweep,
            general,
            singles,
            single_patterns,
            at_position,
            word_start_only,
            keywords,
            clinical,
            note_sections,
            label_words,
        })
    }
}

/// The candidate patterns with all-matches semantics (see
/// `Engine::at_position`).
pub(super) fn at_position_regex(patterns: &[String]) -> Result<Regex, String> {
    Regex::builder()
        .syntax(syntax_config())
        .configure(Regex::config().match_kind(MatchKind::All).utf8_empty(false))
        .build_many(patterns)
        .map_err(|e| e.to_string())
}

/// A detector's confidence rules in words, for `detectors list`.
fn rules_in_words(s: &DetectorSpec) -> Vec<String> {
    [
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
    .chain(
        (!s.organization.is_empty()).then(|| {
            "under an organisation's name (letterhead): not raised by a record".to_string()
        }),
    )
    .chain((!s.fields.is_empty()).then(|| {
        if s.confidence.record.is_some() {
            "in a patient field (HL7, FHIR, CDA, DICOM): high; in a table column: as in text"
                .to_string()
        } else {
            "in a named field or column: high (medium if it fails validation)".to_string()
        }
    }))
    .collect()
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
    pub(super) fn next_match(
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
    use crate::detect::Kind;

    /// The built-in candidate patterns are not compiled one by one at load
    /// (start-up); each must compile alone, as a user's are checked.
    #[test]
    fn builtin_patterns_compile_alone() {
        let engine = Engine::builtin().unwrap();
        assert!(!engine.single_patterns.is_empty());
        for p in &engine.single_patterns {
            build_regex(std::slice::from_ref(p)).unwrap();
        }
        at_position_regex(&engine.single_patterns).unwrap();
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
        let engine = Engine::builtin().unwrap();
        assert!(engine.word_start_only);
        assert!(engine
            .single_patterns
            .iter()
            .all(|p| starts_at_word_boundary(p)));
        for d in &engine.detectors {
            if let Some(re) = &d.value_regex {
                re.try_get().unwrap();
            }
        }
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
}
