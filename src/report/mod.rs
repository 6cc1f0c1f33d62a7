//! Report sinks. They see only masked findings and statistics, never the
//! scanned text, so a report cannot leak more than `findings` let through.
//! Printers never read files: everything they print arrives in the records
//! below.
//!
//! One file per format (`human.rs`, `jsonl.rs`, `sarif.rs`, `csv.rs`,
//! `html.rs`); a new format is a sibling file, a [`Format`] variant and
//! one arm in [`Format::sink`].

mod csv;
mod html;
mod human;
mod jsonl;
mod sarif;

pub use self::csv::Csv;
pub use html::Html;
pub use human::Human;
pub use jsonl::Jsonl;
pub use sarif::Sarif;

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::findings::{Finding, Verdict};
use crate::vocab::{Confidence, Kind, SkipReason};

/// The report of one scanned unit with findings.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Path as walked.
    pub path: String,
    /// [`path_bytes`] of the path.
    pub path_bytes: Option<String>,
    /// Member chain inside containers, outermost first.
    pub inner: Vec<String>,
    /// Findings at or above the threshold (of this part, when `partial`).
    pub findings: Vec<Finding>,
    /// Verdict of the unit; meaningful only on its last report.
    pub verdict: Verdict,
    /// More findings of this unit follow: a file with millions of findings
    /// is reported in parts as it is scanned, so memory stays bounded.
    pub partial: bool,
    /// Findings per kind in the whole unit, earlier parts included.
    pub counts: BTreeMap<Kind, u64>,
    /// Findings of this report counted but not listed, by kind: a unit
    /// lists at most [`crate::findings::MAX_LISTED`].
    pub unlisted: BTreeMap<Kind, u64>,
    /// Findings of the whole unit not listed, earlier parts included.
    pub unlisted_total: u64,
}

/// Something that could not be fully scanned.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Path as walked.
    pub path: String,
    /// [`path_bytes`] of the path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<String>,
    /// Member chain, `[]` for a plain file.
    pub inner: Vec<String>,
    /// Vocabulary above.
    pub reason: SkipReason,
    /// For people; never file content.
    pub detail: String,
}

/// Totals for the closing record.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Files scanned.
    pub files: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Findings reported, listed or only counted.
    pub findings: u64,
    /// Findings counted but not listed (a unit lists at most
    /// [`crate::findings::MAX_LISTED`]); absent when none.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted: u64,
    /// Skipped records.
    pub skipped: u64,
    /// Findings per kind.
    pub by_kind: BTreeMap<Kind, u64>,
    /// Skipped records per reason.
    pub skipped_by_reason: BTreeMap<SkipReason, u64>,
    /// Files per verdict (files with findings only).
    pub verdicts: BTreeMap<Verdict, u64>,
    /// Wall time.
    pub elapsed_ms: u64,
    /// Whether everything requested was scanned.
    pub complete: bool,
    /// The report threshold.
    pub min_confidence: Confidence,
    /// The signal that stopped the scan early (`"SIGINT"`, `"SIGTERM"`;
    /// `complete` is then false); absent from a scan that ran to its end,
    /// so readers of older reports see no change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interrupted: Option<&'static str>,
    /// Findings an allowance (config entry or inline comment) suppressed:
    /// not in `findings`, `by_kind` or `verdicts`; absent when none.
    #[serde(skip_serializing_if = "is_zero")]
    pub allowed: u64,
    /// Findings the `--baseline` file suppressed, likewise; absent when
    /// none.
    #[serde(skip_serializing_if = "is_zero")]
    pub baselined: u64,
}

impl Summary {
    /// The summary before anything is counted: complete, nothing found.
    pub fn empty(min_confidence: Confidence) -> Summary {
        Summary {
            files: 0,
            bytes: 0,
            findings: 0,
            unlisted: 0,
            skipped: 0,
            by_kind: BTreeMap::new(),
            skipped_by_reason: BTreeMap::new(),
            verdicts: BTreeMap::new(),
            elapsed_ms: 0,
            complete: true,
            min_confidence,
            interrupted: None,
            allowed: 0,
            baselined: 0,
        }
    }

    /// Counts a unit by its per-kind counts, for records from the
    /// inventory (a carried unit's findings may already be rendered and
    /// dropped; its counts are whole).
    pub fn count_unit(&mut self, r: &FileReport) {
        for (&kind, &n) in &r.counts {
            *self.by_kind.entry(kind).or_insert(0) += n;
            self.findings += n;
        }
        self.unlisted += r.unlisted_total;
        if !r.partial {
            *self.verdicts.entry(r.verdict).or_insert(0) += 1;
        }
    }

    /// Counts one skipped record; one that left something unscanned makes
    /// the scan incomplete.
    pub fn count_skipped(&mut self, s: &Skipped) {
        self.skipped += 1;
        *self.skipped_by_reason.entry(s.reason).or_insert(0) += 1;
        if s.reason.makes_incomplete() {
            self.complete = false;
        }
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One file (or member) on a list of what changed between two runs.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedFile {
    /// Path as walked.
    pub path: String,
    /// Member chain, `[]` for a plain file.
    pub inner: Vec<String>,
    /// Findings per kind (in the run that had them).
    pub counts: BTreeMap<Kind, u64>,
}

/// What changed since an earlier run, rendered from the inventory (the
/// `state` room), for the reports that show it: the morning report's "new
/// since last night" and "fixed". A plain scan has no earlier run and
/// never sends one.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    /// The earlier run compared with.
    pub since_run: u64,
    /// When that run started (RFC 3339, UTC).
    pub since_started: String,
    /// Findings present now and not then (identity: path, inner, detector,
    /// keyed fingerprint).
    pub new_findings: u64,
    /// Findings present then and not now.
    pub resolved_findings: u64,
    /// Findings present in both.
    pub unchanged_findings: u64,
    /// Files with findings now that had none then, most findings first
    /// (at most a few hundred listed; `new_files_total` counts all).
    pub new_files: Vec<ChangedFile>,
    /// All files with findings now that had none then.
    pub new_files_total: u64,
    /// Files with findings then that have none now (fixed or gone), most
    /// findings first (listed up to the same bound).
    pub resolved_files: Vec<ChangedFile>,
    /// All files with findings then that have none now.
    pub resolved_files_total: u64,
}

/// A detector as a report describes it (SARIF `rules`). Plain data that
/// `app` copies from the engine, so `report` never depends on `detect`.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// Stable detector id, the `detector` of its findings.
    pub id: String,
    /// The detector's own kind (a finding's may differ after promotion).
    pub kind: Kind,
    /// What it finds, one sentence.
    pub description: String,
    /// HIPAA Safe Harbor category, when it is one.
    pub safe_harbor: Option<String>,
    /// Confidence rules in words.
    pub rules: Vec<String>,
    /// Specifications followed (URLs).
    pub references: Vec<String>,
}

/// What a sink may need besides its output: each format takes what it
/// uses, so adding a format does not change the wiring in `app`.
#[derive(Debug, Clone, Default)]
pub struct SinkOptions {
    /// Colour (human report on a terminal).
    pub color: bool,
    /// Raw values were asked for (`--show-values`): the CSV header then
    /// has a `value` column.
    pub show_values: bool,
    /// The detectors of this scan, in engine order (SARIF `rules`).
    pub rules: Vec<RuleInfo>,
    /// The directory relative paths are relative to, absolute (SARIF
    /// `originalUriBaseIds`); `None` leaves it unsaid.
    pub base_dir: Option<std::path::PathBuf>,
    /// `-q`: formats that write notes to stderr beside the report (CSV's
    /// skipped items and summary line) leave them out.
    pub quiet: bool,
}

/// A report format.
pub trait Sink {
    /// One unit with findings.
    fn file(&mut self, r: &FileReport) -> io::Result<()>;
    /// One skipped item.
    fn skipped(&mut self, s: &Skipped) -> io::Result<()>;
    /// What changed since an earlier run (reports rendered from the
    /// inventory); sent once, before [`Sink::summary`]. Formats that have
    /// no place for it ignore it.
    fn changes(&mut self, _c: &Changes) -> io::Result<()> {
        Ok(())
    }
    /// The closing record; flushes.
    fn summary(&mut self, s: &Summary) -> io::Result<()>;
    /// Records already rendered by the format's [`Render`] on another
    /// thread, copied out as they are. Only a format that has a renderer
    /// ([`Format::renderer`]) is sent any.
    fn rendered(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Err(io::Error::other(
            "this report format renders its own records",
        ))
    }
}

/// Renders records to bytes on any thread, for formats whose records
/// stand alone (JSONL): a scan's workers render the records they carry
/// forward from the inventory in parallel, where the single writer would
/// otherwise render millions of findings alone.
pub trait Render: Sync {
    /// The finding lines of a unit whose findings are the inventory's
    /// stored records (`r` gives the location; its own findings are not
    /// written): carried forward without being made into a scan's
    /// findings first.
    fn stored(&self, r: &FileReport, findings: &[crate::state::FindingRef<'_>], out: &mut Vec<u8>);
    /// One unit with findings, as [`Sink::file`] would write it.
    fn file(&self, r: &FileReport, out: &mut Vec<u8>);
    /// One skipped item, as [`Sink::skipped`] would write it.
    fn skipped(&self, s: &Skipped, out: &mut Vec<u8>);
}

/// The report formats `--format` names, so the wiring in `app` chooses a
/// printer without knowing any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Human,
    /// DESIGN.md section 4.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning services and IDEs.
    Sarif,
    /// One row per finding, for spreadsheets.
    Csv,
    /// The morning report: one self-contained page for people.
    Html,
}

impl Format {
    /// The format's renderer when its records stand alone, so they may be
    /// rendered off the writer's thread; `None` for formats that gather
    /// (SARIF's one document, HTML's tallies) or decorate (human, CSV).
    pub fn renderer(self) -> Option<&'static dyn Render> {
        match self {
            Format::Jsonl => Some(&jsonl::JsonlRender),
            _ => None,
        }
    }

    /// The sink that writes this format to `out`, taking from `opts` what
    /// the format uses.
    pub fn sink<'a, W: Write + 'a>(self, out: W, opts: SinkOptions) -> Box<dyn Sink + 'a> {
        match self {
            Format::Human => Box::new(Human::new(out, opts.color)),
            Format::Jsonl => Box::new(Jsonl::new(out)),
            Format::Sarif => Box::new(Sarif::new(out, opts)),
            Format::Csv if opts.quiet => Box::new(Csv::new(out, io::sink(), opts.show_values)),
            Format::Csv => Box::new(Csv::new(out, io::stderr(), opts.show_values)),
            Format::Html => Box::new(Html::new(out)),
        }
    }

    /// Whether this format describes the detectors ([`SinkOptions::rules`]),
    /// so `app` copies them only when they are used.
    pub fn needs_rules(self) -> bool {
        self == Format::Sarif
    }
}

/// `a.zip!letters/jdoe.docx`: the human form of a location.
pub fn display_path(path: &str, inner: &[String]) -> String {
    let mut s = path.to_string();
    for i in inner {
        s.push('!');
        s.push_str(i);
    }
    s
}

/// The raw bytes of `path` in base64 (RFC 4648, padded) when it is not
/// UTF-8, else `None`. `path` is then written lossily (U+FFFD), which would
/// name no file: this lets a tool reading the report find the file again.
pub fn path_bytes(path: &std::path::Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    if path.to_str().is_some() {
        return None;
    }
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let bytes = path.as_os_str().as_bytes();
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::path_bytes;
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    #[test]
    fn path_bytes_is_padded_base64_of_a_non_utf8_path_only() {
        let b64 = |raw: &[u8]| path_bytes(Path::new(OsStr::from_bytes(raw)));
        assert_eq!(b64(b"a/ok.txt"), None);
        // RFC 4648 section 10 vectors, made non-UTF-8 by a leading 0xFF.
        assert_eq!(b64(b"\xff").as_deref(), Some("/w=="));
        assert_eq!(b64(b"\xfff").as_deref(), Some("/2Y="));
        assert_eq!(b64(b"\xffoo").as_deref(), Some("/29v"));
        assert_eq!(b64(b"\xffoob").as_deref(), Some("/29vYg=="));
        assert_eq!(b64(b"d/\xfe\xff.txt").as_deref(), Some("ZC/+/y50eHQ="));
    }
}
