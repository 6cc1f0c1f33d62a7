//! The detector engine: one compiled [`Engine`] from `detectors/*.toml`,
//! pure functions over `&[u8]`, no I/O once built.
//!
//! Every candidate pattern and every context keyword is compiled into one
//! multi-pattern regex, so a text unit is read once whatever the number of
//! detectors; validators, dictionaries and context checks run only around
//! candidates.

mod check;
mod compile;
mod engine;
mod keyword;
mod name_search;
mod names;
mod note_format;
mod record;
mod scan;
mod software_text;
pub mod spec;
mod sweep;
mod table;
mod validate;
mod wordset;
mod wordtable;

pub use engine::{Cell, Engine, ScanOutcome, Scratch};

/// Starts building the built-in detectors' automata on a thread of its
/// own, before the detector files are parsed, so both overlap (a
/// pre-commit hook's start-up). An engine loaded from other detector files
/// never uses them.
pub fn prebuild_builtin() {
    sweep::prebuild();
}
pub use software_text::documentation_unit;
pub use spec::SpecSource;
pub use table::FieldPlan;

use serde::{Deserialize, Serialize};

// The shared words, visible to the engine's own files as `super::Kind`.
use crate::vocab::{Confidence, Kind};

/// Errors building an engine from detector files.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A detector file or dictionary could not be read. The message names
    /// the file; the reason is its source, which an error chain prints
    /// after it (printed here too, it read twice).
    #[error("{0}")]
    Io(String, #[source] std::io::Error),
    /// A detector file is malformed or inconsistent.
    #[error("detector specification: {0}")]
    Spec(String),
    /// A pattern does not compile.
    #[error("detector {0}: pattern does not compile: {1}")]
    Regex(String, String),
}

/// A confidence in detector files, where `none` means "drop".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Not reported.
    None,
    /// See [`Confidence::Low`].
    Low,
    /// See [`Confidence::Medium`].
    Medium,
    /// See [`Confidence::High`].
    High,
}

impl Level {
    /// The reported confidence, or `None` for a dropped match.
    pub fn confidence(self) -> Option<Confidence> {
        match self {
            Level::None => None,
            Level::Low => Some(Confidence::Low),
            Level::Medium => Some(Confidence::Medium),
            Level::High => Some(Confidence::High),
        }
    }
}

/// One detector match in a text unit: where, what, how sure. Carries no
/// text, so nothing downstream can copy a raw value by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Index into [`Engine::detectors`].
    pub detector: u16,
    /// Kind (may differ from the detector's own after promotion).
    pub kind: Kind,
    /// How sure.
    pub confidence: Confidence,
    /// Byte offset of the value in the unit's text.
    pub start: usize,
    /// Byte offset after the value.
    pub end: usize,
    /// A published test value (or one in a test range): kept at `low`
    /// whatever the context.
    pub sample: bool,
}

/// Public description of a compiled detector, for `detectors list`.
#[derive(Debug, Clone, Serialize)]
pub struct DetectorInfo {
    /// Stable identifier.
    pub id: String,
    /// Output kind.
    pub kind: Kind,
    /// What it finds.
    pub description: String,
    /// HIPAA Safe Harbor category.
    pub safe_harbor: Option<String>,
    /// Confidence rules in words.
    pub rules: Vec<String>,
    /// Specifications followed.
    pub references: Vec<String>,
    /// How many positive and negative examples it carries.
    pub examples: (usize, usize),
}
