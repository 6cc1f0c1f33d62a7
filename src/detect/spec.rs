//! The on-disk schema of `detectors/*.toml`, and where its files come from.
//!
//! Detectors are data so that a compliance team can read, review and extend
//! them without reading Rust; this module only parses and checks the data,
//! compiling it is `engine`'s job.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{DetectError, Kind, Level};

/// One `detectors/*.toml` file: keyword groups and detectors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// Named keyword lists, referred to as `@name` from detectors.
    #[serde(default)]
    pub groups: BTreeMap<String, Vec<String>>,
    /// The detectors this file defines.
    #[serde(default, rename = "detector")]
    pub detectors: Vec<DetectorSpec>,
}

/// How a detector finds candidates.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineKind {
    /// Regular expressions, validated and scored by context.
    #[default]
    Pattern,
    /// Dictionary names in name shapes near anchors.
    Name,
}

/// One detector as written in TOML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    /// Stable identifier; never reused for another meaning.
    pub id: String,
    /// Output vocabulary (DESIGN.md section 4).
    pub kind: Kind,
    /// One line for `detectors list`.
    pub description: String,
    /// HIPAA Safe Harbor category this detector covers.
    #[serde(default)]
    pub safe_harbor: Option<String>,
    /// Pattern (default) or name engine.
    #[serde(default)]
    pub engine: EngineKind,
    /// Candidate patterns (pattern engine).
    #[serde(default)]
    pub patterns: Vec<PatternSpec>,
    /// Named Rust validator; data never runs code.
    #[serde(default)]
    pub validator: Option<String>,
    /// Column or field names whose values are this detector's kind (a CSV
    /// column `ssn`): the structure itself is the context, so such values
    /// are reported at `high` when they validate and at `medium` when they
    /// do not (DESIGN.md section 3: typos and test values in real systems
    /// still point at real records).
    #[serde(default)]
    pub fields: Vec<String>,
    /// Kind reported for field values when it differs from `kind` (`dob`
    /// for the date detector).
    #[serde(default)]
    pub field_kind: Option<Kind>,
    /// A literal that joins the value when it stands right before the match:
    /// patterns start at a word boundary (so the scan can skip inside
    /// words), and `(` of `(614) 555-2368` is not a word character.
    #[serde(default)]
    pub value_prefix: Option<String>,
    /// A regex run on the matched span to cut out the value (label-anchored patterns).
    #[serde(default)]
    pub value_regex: Option<String>,
    /// Strong context: raises to `confidence.keyword`.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Weaker context: raises to `confidence.support`.
    #[serde(default)]
    pub support: Vec<String>,
    /// Name engine: words near which names are looked for.
    #[serde(default)]
    pub anchors: Vec<String>,
    /// Name engine: labels right before a name.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Words of an organisation's name (clinic, associates, inc) that, in
    /// the line above a value or its own, make it the organisation's: the
    /// `record` rule does not raise it (a letterhead's address).
    #[serde(default)]
    pub organization: Vec<String>,
    /// Bytes before and after the value searched for keywords.
    #[serde(default = "default_window")]
    pub window: [usize; 2],
    /// Bytes before and after searched for support terms (defaults to `window`).
    #[serde(default)]
    pub support_window: Option<[usize; 2]>,
    /// A keyword on a heading counts for the list below it, up to a blank
    /// line and at most this many bytes before the value (0: off). Lists of
    /// codes under "Past medical history (ICD-9)" run past any window.
    #[serde(default)]
    pub heading_reach: usize,
    /// Confidence rules.
    pub confidence: ConfidenceSpec,
    /// Known published sample values: never above `confidence.sample`.
    #[serde(default)]
    pub samples: Vec<String>,
    /// Re-labelling of a match when other keywords are near (date to dob).
    #[serde(default)]
    pub promote: Vec<PromoteSpec>,
    /// Name engine dictionaries, relative to the detectors directory.
    #[serde(default)]
    pub first_names: Option<String>,
    /// Name engine surname dictionary.
    #[serde(default)]
    pub surnames: Option<String>,
    /// Name engine list of common words that need more evidence.
    #[serde(default)]
    pub stop_words: Option<String>,
    /// Specifications this detector follows.
    #[serde(default)]
    pub references: Vec<String>,
    /// Texts that must produce a finding of this detector.
    #[serde(default)]
    pub examples: Vec<ExampleSpec>,
    /// Texts that must not produce a finding above `max`.
    #[serde(default)]
    pub negative_examples: Vec<NegativeSpec>,
}

fn default_window() -> [usize; 2] {
    [48, 16]
}

/// A candidate pattern.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// ASCII regular expression (Unicode classes off, so `\d` is `[0-9]`).
    pub regex: String,
    /// Report only when a keyword is in the window.
    #[serde(default)]
    pub needs_keyword: bool,
}

/// Confidence for each kind of evidence; `none` drops the match.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfidenceSpec {
    /// Validated value, no context.
    pub valid: Level,
    /// A keyword in the window.
    #[serde(default)]
    pub keyword: Option<Level>,
    /// A support term in the support window.
    #[serde(default)]
    pub support: Option<Level>,
    /// A known sample value.
    #[serde(default)]
    pub sample: Option<Level>,
    /// Name engine: a label right before the name.
    #[serde(default)]
    pub label: Option<Level>,
    /// A keyword in the window and a support term in the support window
    /// together (a phone number after "Phone:" next to "Patient").
    #[serde(default)]
    pub both: Option<Level>,
    /// The text unit also holds a patient record identifier (a patient
    /// name, birth date, SSN, MRN, Medicare or member id at `medium` or
    /// above): contact details and other quasi-identifiers beside a record
    /// are the patient's, while the same phone number on an invoice is a
    /// business's. Raises to this level, never lowers.
    #[serde(default)]
    pub record: Option<Level>,
    /// The value sits in a clinical note (clinical terms with a patient
    /// word, a note heading or a patient identifier near, see
    /// `detect::engine::note_format`): a pager number, a month alone or a
    /// signature there relates to the patient's care. Raises to this
    /// level, never lowers.
    #[serde(default)]
    pub note: Option<Level>,
}

/// Re-labels a match (a date becomes a `dob` after "DOB:").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromoteSpec {
    /// New kind.
    pub kind: Kind,
    /// Keywords that trigger the promotion.
    pub keywords: Vec<String>,
    /// Bytes before and after the value searched for them.
    pub window: [usize; 2],
    /// Confidence once promoted.
    pub confidence: Level,
    /// Terms that raise it further.
    #[serde(default)]
    pub support: Vec<String>,
    /// Window for those terms.
    #[serde(default)]
    pub support_window: Option<[usize; 2]>,
    /// Confidence with support.
    #[serde(default)]
    pub support_confidence: Option<Level>,
}

/// A positive example: the text must yield a finding of this detector.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSpec {
    /// The text scanned.
    pub text: String,
    /// Exact expected confidence (default: at least `medium`).
    #[serde(default)]
    pub confidence: Option<Level>,
    /// Expected raw value of the finding.
    #[serde(default)]
    pub value: Option<String>,
    /// Expected kind, when the detector can re-label (date/dob).
    #[serde(default)]
    pub kind: Option<Kind>,
}

/// A negative example: the text must not yield a finding of this detector above `max`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NegativeSpec {
    /// The text scanned.
    pub text: String,
    /// Highest allowed confidence (`none`: no finding at all; default `low`).
    #[serde(default = "default_max")]
    pub max: Level,
}

fn default_max() -> Level {
    Level::Low
}

/// Where detector files and dictionaries are read from.
#[derive(Debug, Clone)]
pub enum SpecSource {
    /// The files compiled into the binary (the repository's `detectors/`).
    Builtin,
    /// A user directory given with `--detectors`.
    Dir(PathBuf),
}

/// The detector files compiled into the binary, so the binary works alone.
const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "accounts.toml",
        include_str!("../../detectors/accounts.toml"),
    ),
    ("address.toml", include_str!("../../detectors/address.toml")),
    (
        "clinical.toml",
        include_str!("../../detectors/clinical.toml"),
    ),
    ("contact.toml", include_str!("../../detectors/contact.toml")),
    ("context.toml", include_str!("../../detectors/context.toml")),
    ("dates.toml", include_str!("../../detectors/dates.toml")),
    ("icd.toml", include_str!("../../detectors/icd.toml")),
    (
        "identifiers.toml",
        include_str!("../../detectors/identifiers.toml"),
    ),
    ("mrn.toml", include_str!("../../detectors/mrn.toml")),
    ("names.toml", include_str!("../../detectors/names.toml")),
    ("ssn.toml", include_str!("../../detectors/ssn.toml")),
];

/// The dictionaries compiled into the binary.
const BUILTIN_DICTS: &[(&str, &str)] = &[
    (
        "dict/first-names.txt",
        include_str!("../../detectors/dict/first-names.txt"),
    ),
    (
        "dict/surnames.txt",
        include_str!("../../detectors/dict/surnames.txt"),
    ),
    (
        "dict/name-stopwords.txt",
        include_str!("../../detectors/dict/name-stopwords.txt"),
    ),
    (
        "dict/icd10cm-codes.txt",
        include_str!("../../detectors/dict/icd10cm-codes.txt"),
    ),
    (
        "dict/icd9cm-codes.txt",
        include_str!("../../detectors/dict/icd9cm-codes.txt"),
    ),
    (
        "dict/us-zip.txt",
        include_str!("../../detectors/dict/us-zip.txt"),
    ),
    (
        "dict/medical-terms.txt",
        include_str!("../../detectors/dict/medical-terms.txt"),
    ),
];

impl SpecSource {
    /// All `*.toml` files, sorted by name, parsed.
    pub fn load(&self) -> Result<Vec<(String, SpecFile)>, DetectError> {
        let mut out = Vec::new();
        match self {
            SpecSource::Builtin => {
                for (name, text) in BUILTIN_FILES {
                    out.push((name.to_string(), parse(name, text)?));
                }
            }
            SpecSource::Dir(dir) => {
                let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
                    .map_err(|e| DetectError::Io(dir.display().to_string(), e))?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                names.sort();
                if names.is_empty() {
                    return Err(DetectError::Spec(format!(
                        "{}: no *.toml detector files",
                        dir.display()
                    )));
                }
                for path in names {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| DetectError::Io(path.display().to_string(), e))?;
                    let name = path.display().to_string();
                    let file = parse(&name, &text)?;
                    out.push((name, file));
                }
            }
        }
        Ok(out)
    }

    /// A code table's text (ICD codes, ZIP codes, the clinical
    /// vocabulary: the engine's own tables, which no detector file names):
    /// from the user directory when it has the file, else the built-in
    /// copy, so a directory of detector files alone still scans. Read once,
    /// while the engine is built; a file there that cannot be read is an
    /// error naming it.
    pub fn dict(&self, rel: &str) -> Result<Cow<'static, str>, DetectError> {
        if let SpecSource::Dir(dir) = self {
            let path = dir.join(rel);
            if path.exists() {
                return read_dict(&path);
            }
        }
        builtin_dict(rel)
    }

    /// A dictionary a detector file names (`first_names =
    /// "dict/first-names.txt"`, relative to the detectors directory): a
    /// user directory must hold it, since its own detector file says so;
    /// a missing or unreadable file is an error naming it, at start.
    pub fn named_dict(&self, rel: &str) -> Result<Cow<'static, str>, DetectError> {
        match self {
            SpecSource::Dir(dir) => read_dict(&dir.join(rel)),
            SpecSource::Builtin => builtin_dict(rel),
        }
    }

    /// Human name of the source, for messages.
    pub fn describe(&self) -> String {
        match self {
            SpecSource::Builtin => "built-in detectors".into(),
            SpecSource::Dir(d) => d.display().to_string(),
        }
    }
}

fn read_dict(path: &Path) -> Result<Cow<'static, str>, DetectError> {
    std::fs::read_to_string(path)
        .map(Cow::Owned)
        .map_err(|e| DetectError::Io(path.display().to_string(), e))
}

fn builtin_dict(rel: &str) -> Result<Cow<'static, str>, DetectError> {
    BUILTIN_DICTS
        .iter()
        .find(|(name, _)| *name == rel)
        .map(|(_, text)| Cow::Borrowed(*text))
        .ok_or_else(|| DetectError::Spec(format!("dictionary {rel} not found")))
}

fn parse(name: &str, text: &str) -> Result<SpecFile, DetectError> {
    toml::from_str(text).map_err(|e| DetectError::Spec(format!("{name}: {e}")))
}
