//! The detector engine: one compiled [`Engine`] from `detectors/*.toml`,
//! pure functions over `&[u8]`, no I/O once built.
//!
//! Every candidate pattern and every context keyword is compiled into one
//! multi-pattern regex, so a text unit is read once whatever the number of
//! detectors; validators, dictionaries and context checks run only around
//! candidates.

mod engine;
mod keyword;
mod names;
mod software_text;
pub mod spec;
mod sweep;
mod validate;
mod wordset;

pub use engine::{Cell, Engine, FieldPlan, ScanOutcome, Scratch};
pub use software_text::documentation_unit;
pub use spec::SpecSource;

use serde::{Deserialize, Serialize};

/// Errors building an engine from detector files.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A detector file or dictionary could not be read.
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    /// A detector file is malformed or inconsistent.
    #[error("detector specification: {0}")]
    Spec(String),
    /// A pattern does not compile.
    #[error("detector {0}: pattern does not compile: {1}")]
    Regex(String, String),
}

/// The output vocabulary of DESIGN.md section 4: stable, other tools read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Kind {
    Name,
    Dob,
    Date,
    Ssn,
    Itin,
    Mrn,
    Mbi,
    Hicn,
    HealthPlanId,
    Npi,
    Dea,
    Icd10,
    Icd9,
    Ndc,
    Phone,
    Fax,
    Email,
    Address,
    Zip,
    Ip,
    Url,
    Account,
    License,
    Vin,
    DeviceId,
    /// An age over 89 (Safe Harbor groups them as "90 or older").
    Age,
    OtherId,
}

impl Kind {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Dob => "dob",
            Kind::Date => "date",
            Kind::Ssn => "ssn",
            Kind::Itin => "itin",
            Kind::Mrn => "mrn",
            Kind::Mbi => "mbi",
            Kind::Hicn => "hicn",
            Kind::HealthPlanId => "health_plan_id",
            Kind::Npi => "npi",
            Kind::Dea => "dea",
            Kind::Icd10 => "icd10",
            Kind::Icd9 => "icd9",
            Kind::Ndc => "ndc",
            Kind::Phone => "phone",
            Kind::Fax => "fax",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::Zip => "zip",
            Kind::Ip => "ip",
            Kind::Url => "url",
            Kind::Account => "account",
            Kind::License => "license",
            Kind::Vin => "vin",
            Kind::DeviceId => "device_id",
            Kind::Age => "age",
            Kind::OtherId => "other_id",
        }
    }

    /// Health information rather than an identifier: with an identifier in
    /// the same unit it makes the unit PHI.
    pub fn is_health_info(self) -> bool {
        matches!(self, Kind::Icd10 | Kind::Icd9 | Kind::Ndc)
    }

    /// A record identifier whose value passed a published check or sits
    /// after its own label (an SSN, a labelled member id), as opposed to a
    /// name or a Medicare-shaped token found by shape and context.
    pub fn is_validated_identifier(self) -> bool {
        matches!(
            self,
            Kind::Dob | Kind::Ssn | Kind::Itin | Kind::Mrn | Kind::Hicn | Kind::HealthPlanId
        )
    }

    /// An identifier that on its own says "this is a patient's record":
    /// beside one, a phone number or street address is the patient's too.
    /// Provider identifiers (NPI, DEA) and quasi-identifiers are not.
    pub fn is_record_anchor(self) -> bool {
        matches!(
            self,
            Kind::Name
                | Kind::Dob
                | Kind::Ssn
                | Kind::Itin
                | Kind::Mrn
                | Kind::Mbi
                | Kind::Hicn
                | Kind::HealthPlanId
        )
    }
}

/// How sure a finding is (DESIGN.md section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Shape only, or a known sample value.
    Low,
    /// A validated value in an unambiguous format.
    Medium,
    /// A validated value with supporting context.
    High,
}

impl Confidence {
    /// The name used in reports and flags.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// One level lower (`low` stays `low`... and is then dropped by callers that ask).
    pub fn lower(self) -> Option<Confidence> {
        match self {
            Confidence::High => Some(Confidence::Medium),
            Confidence::Medium => Some(Confidence::Low),
            Confidence::Low => None,
        }
    }
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
