//! `phiscan eval`: how well the detectors do on a labelled tree.
//!
//! Eval sits beside `report` as a consumer of findings: `app::scan_to` runs
//! the real scan into a [`Collector`], and [`evaluate`] compares what was
//! found with a truth file (one JSON object per line: `path`, `inner`,
//! `kind`, `value`). Raw values are held in memory because matching needs
//! them; everything written out is masked unless the user asks for values.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use serde::Serialize;
use serde_json::Value;

use crate::findings::{mask, normalize};
use crate::report::{display_path, FileReport, Sink, Skipped, Summary};
use crate::vocab::{Confidence, Kind};

/// Why an evaluation could not run. Messages never quote truth values.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The truth file could not be read.
    #[error("{path}: {error}")]
    Io {
        /// The truth file.
        path: String,
        /// What went wrong.
        error: io::Error,
    },
    /// A truth line is malformed.
    #[error("{path} line {line}: {message}")]
    Truth {
        /// The truth file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// One labelled identifier from the truth file.
#[derive(Debug, Clone)]
pub struct TruthItem {
    /// Path relative to the evaluated directory.
    pub path: String,
    /// Member chain inside containers, `[]` for a plain file.
    pub inner: Vec<String>,
    /// Output kind.
    pub kind: Kind,
    /// The raw value as written in the document.
    pub value: String,
    /// 1-based line in the truth file, so a miss can be traced back.
    pub line: usize,
}

/// Reads a truth file (JSON lines; blank lines are ignored).
pub fn read_truth(path: &Path) -> Result<Vec<TruthItem>, EvalError> {
    let bytes = std::fs::read(path).map_err(|error| EvalError::Io {
        path: path.display().to_string(),
        error,
    })?;
    parse_truth(&bytes, &path.display().to_string())
}

/// Parses truth lines; `name` is used in error messages. Fields other than
/// `path`, `inner`, `kind` and `value` are ignored, and `inner` may be left
/// out for plain files.
pub fn parse_truth(bytes: &[u8], name: &str) -> Result<Vec<TruthItem>, EvalError> {
    let mut items = Vec::new();
    for (i, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = i + 1;
        let fail = |message: String| EvalError::Truth {
            path: name.to_string(),
            line,
            message,
        };
        let Ok(text) = std::str::from_utf8(raw) else {
            return Err(fail("not UTF-8".into()));
        };
        if text.trim().is_empty() {
            continue;
        }
        // serde_json's own messages for a wrong type quote the offending
        // value, which may be an identifier: fields are checked by hand.
        let v: Value = serde_json::from_str(text).map_err(|e| {
            fail(format!(
                "not a JSON object ({} at column {})",
                json_problem(&e),
                e.column()
            ))
        })?;
        let Value::Object(o) = v else {
            return Err(fail("not a JSON object".into()));
        };
        let string = |field: &str| match o.get(field) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(fail(format!("\"{field}\" must be a string"))),
            None => Err(fail(format!("missing \"{field}\""))),
        };
        let path = clean_path(Path::new(&string("path")?));
        let kind_name = string("kind")?;
        let kind = parse_kind(&kind_name).ok_or_else(|| {
            fail(format!(
                "\"kind\" is not in the kind vocabulary ({})",
                KIND_NAMES.join(" ")
            ))
        })?;
        let value = string("value")?;
        let inner = match o.get("inner") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .map(|m| m.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| fail("\"inner\" must be an array of strings".into()))?,
            Some(_) => return Err(fail("\"inner\" must be an array of strings".into())),
        };
        items.push(TruthItem {
            path,
            inner,
            kind,
            value,
            line,
        });
    }
    Ok(items)
}

/// A serde_json error's category, without the text it quotes.
fn json_problem(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "unexpected end",
        serde_json::error::Category::Syntax => "syntax error",
        serde_json::error::Category::Data => "unexpected data",
        serde_json::error::Category::Io => "read error",
    }
}

/// Every kind name, for messages and parsing.
const KIND_NAMES: [&str; 26] = [
    "name",
    "dob",
    "date",
    "ssn",
    "itin",
    "mrn",
    "mbi",
    "hicn",
    "health_plan_id",
    "npi",
    "dea",
    "icd10",
    "icd9",
    "ndc",
    "phone",
    "fax",
    "email",
    "address",
    "zip",
    "ip",
    "url",
    "account",
    "license",
    "vin",
    "device_id",
    "other_id",
];

/// Makes truth paths relative to `root` when they were written as walked
/// (every one starting with `root`, as when the truth was produced by a
/// scan of `root` from the current directory); else they already are.
pub fn rebase(truth: &mut [TruthItem], root: &Path) {
    let root = clean_path(root);
    if root.is_empty() {
        return;
    }
    let prefix = if root.ends_with('/') {
        root
    } else {
        root + "/"
    };
    if truth.iter().all(|t| t.path.starts_with(&prefix)) {
        for t in truth.iter_mut() {
            t.path.drain(..prefix.len());
        }
    }
}

/// A kind from its report name (the serde names of [`Kind`]).
pub fn parse_kind(s: &str) -> Option<Kind> {
    use serde::Deserialize;
    let de = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(s);
    Kind::deserialize(de).ok()
}

/// `./a//b` and `a/b` are the same file: paths are compared by component.
fn clean_path(p: &Path) -> String {
    let mut out = String::new();
    for c in p.components() {
        let part = match c {
            Component::CurDir | Component::Prefix(_) => continue,
            Component::RootDir => {
                out.push('/');
                continue;
            }
            Component::ParentDir => "..".into(),
            Component::Normal(s) => s.to_string_lossy(),
        };
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(&part);
    }
    out
}

/// A reported finding as eval keeps it.
#[derive(Debug, Clone)]
pub struct Found {
    /// Path relative to the evaluated directory.
    pub path: String,
    /// Member chain inside containers.
    pub inner: Vec<String>,
    /// Output kind.
    pub kind: Kind,
    /// How sure the scanner was.
    pub confidence: Confidence,
    /// 1-based line in the unit's text.
    pub line: u64,
    /// 1-based byte column.
    pub column: u64,
    /// The masked value, as reports show it.
    pub masked: String,
    /// The raw value, needed for matching; never printed unless asked.
    pub value: String,
}

/// A [`Sink`] that keeps findings in memory instead of writing a report.
/// The scan must be run with `BuildOptions::show_values` so that findings
/// carry the raw values matching needs.
#[derive(Debug)]
pub struct Collector {
    root: PathBuf,
    /// Findings, paths made relative to the root.
    pub found: Vec<Found>,
    /// What could not be scanned (its truth values can only be missed).
    pub skipped: Vec<Skipped>,
}

impl Collector {
    /// A collector for a scan of `root`; truth paths are relative to it.
    pub fn new(root: &Path) -> Self {
        Collector {
            root: root.to_path_buf(),
            found: Vec::new(),
            skipped: Vec::new(),
        }
    }

    fn relative(&self, walked: &str) -> String {
        let p = Path::new(walked);
        clean_path(p.strip_prefix(&self.root).unwrap_or(p))
    }
}

impl Sink for Collector {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        let path = self.relative(&r.path);
        for f in &r.findings {
            let Some(value) = &f.value else {
                return Err(io::Error::other(
                    "eval needs raw values: scan with show_values set",
                ));
            };
            self.found.push(Found {
                path: path.clone(),
                inner: r.inner.clone(),
                kind: f.kind,
                confidence: f.confidence,
                line: f.line,
                column: f.column,
                masked: f.masked.clone(),
                value: value.clone(),
            });
        }
        Ok(())
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        self.skipped.push(s.clone());
        Ok(())
    }

    fn summary(&mut self, _: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// What makes a finding and a truth value the same: location, kind and the
/// normalized value (the form fingerprints use, so `212 09 1234` matches
/// `212-09-1234` and `SMITH^JOHN` matches `John Smith`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    path: String,
    inner: Vec<String>,
    kind: Kind,
    normalized: Vec<u8>,
}

impl Key {
    fn new(path: &str, inner: &[String], kind: Kind, value: &str) -> Key {
        Key {
            path: path.to_string(),
            inner: inner.to_vec(),
            kind,
            normalized: normalize(kind, value.as_bytes()),
        }
    }
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Truth values that were found.
    pub tp: u64,
    /// Distinct findings not in the truth.
    pub fp: u64,
    /// Truth values not found.
    pub fn_: u64,
}

impl Counts {
    /// TP / (TP + FP); `None` when nothing was reported.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// TP / (TP + FN); `None` when there was nothing to find.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// 2TP / (2TP + FP + FN), the harmonic mean of precision and recall,
    /// defined (as 0) even when one of them is not.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

/// A false positive or false negative, for the lists.
#[derive(Debug, Clone)]
pub struct Miss {
    /// Path relative to the evaluated directory.
    pub path: String,
    /// Member chain.
    pub inner: Vec<String>,
    /// Output kind.
    pub kind: Kind,
    /// Line and column of the (first) finding; false positives only.
    pub at: Option<(u64, u64)>,
    /// Its confidence; false positives only.
    pub confidence: Option<Confidence>,
    /// Line in the truth file; false negatives only.
    pub truth_line: Option<usize>,
    /// The masked value.
    pub masked: String,
    /// The raw value, printed only with `--show-values`.
    pub value: String,
}

/// The outcome of comparing findings with the truth.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Counts per kind, for every kind in the truth or the findings.
    pub by_kind: BTreeMap<Kind, Counts>,
    /// Counts over all kinds.
    pub overall: Counts,
    /// Distinct truth values.
    pub truth_values: usize,
    /// Truth lines repeating a value already listed (counted once).
    pub truth_duplicates: usize,
    /// Findings reported (before merging those with the same key).
    pub findings: usize,
    /// Findings not in the truth, in path order.
    pub false_positives: Vec<Miss>,
    /// Truth values not found, in path order.
    pub false_negatives: Vec<Miss>,
    /// Overall counts per folder (the first `--by-folder` components of
    /// the path), so a corpus gathered from several sources shows which
    /// source a figure comes from. Empty unless asked for.
    pub by_folder: BTreeMap<String, Counts>,
}

/// Compares findings with the truth. Each distinct (path, inner, kind,
/// normalized value) counts once on either side: a value reported several
/// times is one true positive (or one false positive), and a truth line
/// repeated is one value to find.
pub fn evaluate(truth: &[TruthItem], found: &[Found]) -> Evaluation {
    let mut ev = Evaluation {
        findings: found.len(),
        ..Evaluation::default()
    };
    let mut want: BTreeMap<Key, &TruthItem> = BTreeMap::new();
    for t in truth {
        let key = Key::new(&t.path, &t.inner, t.kind, &t.value);
        match want.entry(key) {
            Entry::Vacant(e) => {
                e.insert(t);
            }
            Entry::Occupied(_) => ev.truth_duplicates += 1,
        }
    }
    ev.truth_values = want.len();
    // The first occurrence of each distinct finding, for the FP list.
    let mut got: BTreeMap<Key, &Found> = BTreeMap::new();
    for f in found {
        let key = Key::new(&f.path, &f.inner, f.kind, &f.value);
        let first = got.entry(key).or_insert(f);
        if (f.line, f.column) < (first.line, first.column) {
            *first = f;
        }
    }
    let names = NameParts::new(truth, found);
    for (key, f) in &got {
        let c = ev.by_kind.entry(key.kind).or_default();
        let excused = key.kind == Kind::Name && names.part_of_truth(&f.path, &f.inner, &f.value);
        if !want.contains_key(key) && !excused {
            c.fp += 1;
            ev.false_positives.push(Miss {
                path: f.path.clone(),
                inner: f.inner.clone(),
                kind: f.kind,
                at: Some((f.line, f.column)),
                confidence: Some(f.confidence),
                truth_line: None,
                masked: f.masked.clone(),
                value: f.value.clone(),
            });
        }
    }
    for (key, t) in &want {
        let c = ev.by_kind.entry(key.kind).or_default();
        if got.contains_key(key)
            || (key.kind == Kind::Name && names.truth_found(&t.path, &t.inner, &t.value))
        {
            c.tp += 1;
        } else {
            c.fn_ += 1;
            ev.false_negatives.push(Miss {
                path: t.path.clone(),
                inner: t.inner.clone(),
                kind: t.kind,
                at: None,
                confidence: None,
                truth_line: Some(t.line),
                masked: mask(t.kind, t.value.as_bytes()),
                value: t.value.clone(),
            });
        }
    }
    for c in ev.by_kind.values() {
        ev.overall.add(*c);
    }
    let order = |m: &Miss| (m.path.clone(), m.inner.clone(), m.at, m.truth_line, m.kind);
    ev.false_positives.sort_by_key(order);
    ev.false_negatives.sort_by_key(order);
    ev
}

/// [`evaluate`], plus overall counts per folder: the first `depth` path
/// folders of its path (a file in a shallower folder goes by that folder).
/// Each group is evaluated on its own truth and findings, which is exact
/// because a truth value only ever matches a finding of the same path.
pub fn evaluate_by_folder(truth: &[TruthItem], found: &[Found], depth: usize) -> Evaluation {
    let mut ev = evaluate(truth, found);
    if depth == 0 {
        return ev;
    }
    let group = |path: &str| -> String {
        let parts: Vec<&str> = path.split('/').collect();
        let n = depth.min(parts.len().saturating_sub(1)).max(1);
        parts[..n].join("/")
    };
    let mut groups: BTreeMap<String, (Vec<TruthItem>, Vec<Found>)> = BTreeMap::new();
    for t in truth {
        groups.entry(group(&t.path)).or_default().0.push(t.clone());
    }
    for f in found {
        groups.entry(group(&f.path)).or_default().1.push(f.clone());
    }
    ev.by_folder = groups
        .into_iter()
        .map(|(g, (t, f))| (g, evaluate(&t, &f).overall))
        .collect();
    ev
}

/// Upper-case words of a name, initials dropped (`Smith, John A.` →
/// `JOHN`, `SMITH`): letters of any alphabet count.
fn name_words(value: &str) -> BTreeSet<String> {
    let words: Vec<String> = value
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    let long: BTreeSet<String> = words
        .iter()
        .filter(|w| w.chars().count() > 1)
        .cloned()
        .collect();
    if long.is_empty() {
        words.into_iter().collect()
    } else {
        long
    }
}

/// Names of one unit, as word sets, for matching a name reported whole
/// with one labelled in parts, or the reverse: a table's `FirstName` and
/// `LastName` cells reported one by one against a truth of `LAST,FIRST`,
/// or a truth that lists the given name and the surname as two values
/// against one finding of the whole name. Exact matches do not need this.
struct NameParts<'a> {
    /// Per unit: the truth names' words.
    truth: BTreeMap<Unit<'a>, Vec<BTreeSet<String>>>,
    /// Per unit: each name finding's line and words.
    found: BTreeMap<Unit<'a>, Vec<(u64, BTreeSet<String>)>>,
}

/// A text unit: path and member chain.
type Unit<'a> = (&'a str, &'a [String]);

impl<'a> NameParts<'a> {
    fn new(truth: &'a [TruthItem], found: &'a [Found]) -> Self {
        let mut parts = NameParts {
            truth: BTreeMap::new(),
            found: BTreeMap::new(),
        };
        for t in truth.iter().filter(|t| t.kind == Kind::Name) {
            let unit = (t.path.as_str(), t.inner.as_slice());
            parts
                .truth
                .entry(unit)
                .or_default()
                .push(name_words(&t.value));
        }
        for f in found.iter().filter(|f| f.kind == Kind::Name) {
            let unit = (f.path.as_str(), f.inner.as_slice());
            let words = name_words(&f.value);
            parts.found.entry(unit).or_default().push((f.line, words));
        }
        parts
    }

    /// A truth name not reported whole: one finding holds all its words,
    /// or findings on one line, each a part of it, hold them together.
    fn truth_found(&self, path: &str, inner: &[String], value: &str) -> bool {
        let want = name_words(value);
        let Some(found) = self.found.get(&(path, inner)) else {
            return false;
        };
        if want.is_empty() {
            return false;
        }
        if found.iter().any(|(_, w)| want.is_subset(w)) {
            return true;
        }
        let mut by_line: BTreeMap<u64, BTreeSet<&String>> = BTreeMap::new();
        for (line, w) in found
            .iter()
            .filter(|(_, w)| !w.is_empty() && w.is_subset(&want))
        {
            by_line.entry(*line).or_default().extend(w);
        }
        by_line
            .values()
            .any(|got| want.iter().all(|w| got.contains(w)))
    }

    /// A reported name that is no truth value whole: a part of one (a
    /// given-name cell of a `LAST,FIRST` name), or the whole of several (a
    /// name reported whole where the truth lists its parts).
    fn part_of_truth(&self, path: &str, inner: &[String], value: &str) -> bool {
        let got = name_words(value);
        let Some(truth) = self.truth.get(&(path, inner)) else {
            return false;
        };
        if got.is_empty() {
            return false;
        }
        if truth.iter().any(|t| got.is_subset(t)) {
            return true;
        }
        let parts: BTreeSet<&String> = truth
            .iter()
            .filter(|t| !t.is_empty() && t.is_subset(&got))
            .flatten()
            .collect();
        got.iter().all(|w| parts.contains(w))
    }
}

/// A fraction in `[0, 1]`, for threshold flags.
pub fn parse_fraction(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a number between 0 and 1")),
    }
}

/// `--kind-threshold ssn=0.99,0.95`: minimum precision and recall for one kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindThreshold {
    /// The kind gated.
    pub kind: Kind,
    /// Minimum precision.
    pub precision: f64,
    /// Minimum recall.
    pub recall: f64,
}

impl FromStr for KindThreshold {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("{s:?}: expected KIND=PRECISION,RECALL (e.g. ssn=0.99,0.99)");
        let (kind, rest) = s.split_once('=').ok_or_else(usage)?;
        let (p, r) = rest.split_once(',').ok_or_else(usage)?;
        let kind = parse_kind(kind.trim()).ok_or_else(|| {
            format!(
                "{:?} is not a kind (one of {})",
                kind.trim(),
                KIND_NAMES.join(" ")
            )
        })?;
        Ok(KindThreshold {
            kind,
            precision: parse_fraction(p)?,
            recall: parse_fraction(r)?,
        })
    }
}

/// Minimums that make `eval` fail, for CI.
#[derive(Debug, Clone, Default)]
pub struct Gates {
    /// Minimum overall precision.
    pub min_precision: Option<f64>,
    /// Minimum overall recall.
    pub min_recall: Option<f64>,
    /// Minimums per kind.
    pub kinds: Vec<KindThreshold>,
}

/// One gate checked.
#[derive(Debug, Clone, Serialize)]
pub struct GateResult {
    /// `overall` or a kind name.
    pub scope: &'static str,
    /// `precision` or `recall`.
    pub metric: &'static str,
    /// The measured value; `None` when undefined (no findings, or nothing
    /// to find), which passes: there is nothing to hold against it.
    pub value: Option<f64>,
    /// The minimum asked for.
    pub min: f64,
    /// Whether the gate holds.
    pub ok: bool,
}

impl std::fmt::Display for GateResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.value {
            // Four decimals: a value just under the minimum must not print as equal.
            Some(v) => {
                let op = if self.ok { ">=" } else { "<" };
                write!(f, "{} {} {v:.4} {op} {}", self.scope, self.metric, self.min)
            }
            None => write!(
                f,
                "{} {} undefined (min {}; nothing to measure)",
                self.scope, self.metric, self.min
            ),
        }
    }
}

/// Checks every gate against an evaluation.
pub fn check(ev: &Evaluation, gates: &Gates) -> Vec<GateResult> {
    let gate = |scope, metric, value: Option<f64>, min: f64| GateResult {
        scope,
        metric,
        value,
        min,
        ok: value.is_none_or(|v| v >= min),
    };
    let mut out = Vec::new();
    if let Some(min) = gates.min_precision {
        out.push(gate("overall", "precision", ev.overall.precision(), min));
    }
    if let Some(min) = gates.min_recall {
        out.push(gate("overall", "recall", ev.overall.recall(), min));
    }
    for k in &gates.kinds {
        let c = ev.by_kind.get(&k.kind).copied().unwrap_or_default();
        out.push(gate(
            k.kind.as_str(),
            "precision",
            c.precision(),
            k.precision,
        ));
        out.push(gate(k.kind.as_str(), "recall", c.recall(), k.recall));
    }
    out
}

/// What the output shows besides the evaluation itself.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    /// Raw values in the lists.
    pub show_values: bool,
    /// At most this many entries per list; 0 for all.
    pub max_list: usize,
    /// The threshold the scan reported at.
    pub min_confidence: Confidence,
    /// The scan's totals.
    pub summary: &'a Summary,
}

impl Shown<'_> {
    fn cap(&self, n: usize) -> usize {
        if self.max_list == 0 {
            n
        } else {
            n.min(self.max_list)
        }
    }
}

fn fixed3(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

/// The table, the lists and the gates, for people.
pub fn write_human(
    out: &mut dyn Write,
    ev: &Evaluation,
    gates: &[GateResult],
    shown: Shown<'_>,
) -> io::Result<()> {
    let sum = shown.summary;
    let dup = match ev.truth_duplicates {
        0 => String::new(),
        n => format!(" ({n} repeated lines counted once)"),
    };
    writeln!(
        out,
        "phiscan eval: {} truth values{dup}; {} findings at {}+ in {} files scanned, {} skipped",
        ev.truth_values,
        ev.findings,
        shown.min_confidence.as_str(),
        sum.files,
        sum.skipped
    )?;
    writeln!(out)?;
    // One layout for both tables: a name column `width` wide, then the
    // counts and the three metrics.
    let header = |out: &mut dyn Write, name: &str, width: usize| {
        writeln!(
            out,
            "{name:<width$} {:>7} {:>7} {:>7} {:>9} {:>7} {:>7}",
            "TP", "FP", "FN", "precision", "recall", "F1"
        )
    };
    let row = |out: &mut dyn Write, name: &str, width: usize, c: &Counts| {
        writeln!(
            out,
            "{name:<width$} {:>7} {:>7} {:>7} {:>9} {:>7} {:>7}",
            c.tp,
            c.fp,
            c.fn_,
            fixed3(c.precision()),
            fixed3(c.recall()),
            fixed3(c.f1())
        )
    };
    header(out, "kind", 14)?;
    for (kind, c) in &ev.by_kind {
        row(out, kind.as_str(), 14, c)?;
    }
    row(out, "overall", 14, &ev.overall)?;
    if !ev.by_folder.is_empty() {
        writeln!(out)?;
        let width = ev
            .by_folder
            .keys()
            .map(String::len)
            .max()
            .unwrap_or(0)
            .max(6);
        header(out, "folder", width)?;
        for (folder, c) in &ev.by_folder {
            row(out, folder, width, c)?;
        }
    }
    for (title, list) in [
        ("false positives", &ev.false_positives),
        ("false negatives", &ev.false_negatives),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{title} ({}):", list.len())?;
        let n = shown.cap(list.len());
        let locs: Vec<String> = list[..n]
            .iter()
            .map(|m| {
                let path = display_path(&m.path, &m.inner);
                match m.at {
                    Some((line, col)) => format!("{path}:{line}:{col}"),
                    None => path,
                }
            })
            .collect();
        let width = locs.iter().map(String::len).max().unwrap_or(0);
        for (m, loc) in list[..n].iter().zip(&locs) {
            write!(out, "  {loc:<width$}  {:<7} ", m.kind.as_str())?;
            if let Some(c) = m.confidence {
                write!(out, "{:<6} ", c.as_str())?;
            }
            write!(out, "{}", m.masked)?;
            if shown.show_values {
                write!(out, "  {}", m.value)?;
            }
            if let Some(l) = m.truth_line {
                write!(out, "  (truth line {l})")?;
            }
            writeln!(out)?;
        }
        if n < list.len() {
            writeln!(
                out,
                "  ... {} more (--max-list 0 lists all)",
                list.len() - n
            )?;
        }
    }
    if !gates.is_empty() {
        writeln!(out)?;
        writeln!(out, "gates:")?;
        for g in gates {
            writeln!(out, "  {}  {g}", if g.ok { "ok  " } else { "FAIL" })?;
        }
    }
    out.flush()
}

#[derive(Serialize)]
struct Metrics {
    tp: u64,
    fp: u64,
    #[serde(rename = "fn")]
    fn_: u64,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: Option<f64>,
}

impl From<&Counts> for Metrics {
    fn from(c: &Counts) -> Self {
        Metrics {
            tp: c.tp,
            fp: c.fp,
            fn_: c.fn_,
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
        }
    }
}

#[derive(Serialize)]
struct Listed<'a> {
    path: &'a str,
    inner: &'a [String],
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<Confidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truth_line: Option<usize>,
    masked: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

/// The `--format json` document; fields in the order people read them.
#[derive(Serialize)]
struct JsonReport<'a> {
    min_confidence: Confidence,
    files: u64,
    skipped: u64,
    truth_values: usize,
    truth_duplicates: usize,
    findings: usize,
    overall: Metrics,
    by_kind: BTreeMap<Kind, Metrics>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    by_folder: BTreeMap<&'a str, Metrics>,
    false_positives: Vec<Listed<'a>>,
    false_negatives: Vec<Listed<'a>>,
    max_list: usize,
    gates: &'a [GateResult],
    passed: bool,
}

fn listed(misses: &[Miss], show_values: bool) -> Vec<Listed<'_>> {
    misses
        .iter()
        .map(|m| Listed {
            path: &m.path,
            inner: &m.inner,
            kind: m.kind,
            line: m.at.map(|a| a.0),
            column: m.at.map(|a| a.1),
            confidence: m.confidence,
            truth_line: m.truth_line,
            masked: &m.masked,
            value: show_values.then_some(m.value.as_str()),
        })
        .collect()
}

/// Everything as one JSON object, for machines.
pub fn write_json(
    out: &mut dyn Write,
    ev: &Evaluation,
    gates: &[GateResult],
    shown: Shown<'_>,
) -> io::Result<()> {
    let fps = &ev.false_positives[..shown.cap(ev.false_positives.len())];
    let fns = &ev.false_negatives[..shown.cap(ev.false_negatives.len())];
    let doc = JsonReport {
        min_confidence: shown.min_confidence,
        files: shown.summary.files,
        skipped: shown.summary.skipped,
        truth_values: ev.truth_values,
        truth_duplicates: ev.truth_duplicates,
        findings: ev.findings,
        overall: (&ev.overall).into(),
        by_kind: ev.by_kind.iter().map(|(k, c)| (*k, c.into())).collect(),
        by_folder: ev
            .by_folder
            .iter()
            .map(|(g, c)| (g.as_str(), c.into()))
            .collect(),
        false_positives: listed(fps, shown.show_values),
        false_negatives: listed(fns, shown.show_values),
        max_list: shown.max_list,
        gates,
        passed: gates.iter().all(|g| g.ok),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(path: &str, kind: Kind, value: &str, line: u64) -> Found {
        Found {
            path: path.into(),
            inner: Vec::new(),
            kind,
            confidence: Confidence::High,
            line,
            column: 1,
            masked: mask(kind, value.as_bytes()),
            value: value.into(),
        }
    }

    #[test]
    fn counts_each_key_once_and_normalizes_values() {
        let truth = parse_truth(
            br#"{"path":"./a.txt","inner":[],"kind":"ssn","value":"212-09-1234"}
{"path":"a.txt","kind":"name","value":"SMITH^JOHN","extra":1}
{"path":"a.txt","kind":"ssn","value":"212 09 1234"}

{"path":"b.txt","inner":null,"kind":"phone","value":"555-0100"}
"#,
            "t",
        )
        .unwrap();
        let ev = evaluate(
            &truth,
            &[
                found("a.txt", Kind::Ssn, "212091234", 3),
                found("a.txt", Kind::Ssn, "212-09-1234", 1),
                found("a.txt", Kind::Name, "John Smith", 1),
                found("a.txt", Kind::Mrn, "00482913", 2),
            ],
        );
        assert_eq!(ev.truth_values, 3);
        assert_eq!(ev.truth_duplicates, 1);
        assert_eq!(
            ev.by_kind[&Kind::Ssn],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            ev.by_kind[&Kind::Mrn],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            ev.by_kind[&Kind::Phone],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            ev.overall,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(ev.overall.precision(), Some(2.0 / 3.0));
        assert_eq!(ev.by_kind[&Kind::Phone].precision(), None);
        assert_eq!(ev.by_kind[&Kind::Phone].f1(), Some(0.0));
        assert_eq!(ev.false_negatives[0].truth_line, Some(5));
    }

    #[test]
    fn by_folder_counts_each_source_on_its_own() {
        let t = |path: &str, value: &str| TruthItem {
            path: path.into(),
            inner: Vec::new(),
            kind: Kind::Ssn,
            value: value.into(),
            line: 1,
        };
        let truth = vec![
            t("hl7/a/m1.hl7", "212-09-1234"),
            t("hl7/a/m2.hl7", "212-09-1235"),
            t("hl7/b/m.hl7", "212-09-1236"),
            t("top.txt", "212-09-1237"),
        ];
        let found = vec![
            found("hl7/a/m1.hl7", Kind::Ssn, "212-09-1234", 1),
            found("hl7/b/m.hl7", Kind::Ssn, "212-09-9999", 1),
            found("top.txt", Kind::Ssn, "212-09-1237", 1),
        ];
        let ev = evaluate_by_folder(&truth, &found, 2);
        let c = |g: &str| ev.by_folder[g];
        assert_eq!((c("hl7/a").tp, c("hl7/a").fp, c("hl7/a").fn_), (1, 0, 1));
        assert_eq!((c("hl7/b").tp, c("hl7/b").fp, c("hl7/b").fn_), (0, 1, 1));
        assert_eq!((c("top.txt").tp, c("top.txt").fn_), (1, 0));
        assert_eq!(ev.by_folder.len(), 3);
        // The groups add up to the whole.
        let sum = ev.by_folder.values().fold(Counts::default(), |mut a, c| {
            a.add(*c);
            a
        });
        assert_eq!(sum, ev.overall);
        assert!(evaluate_by_folder(&truth, &found, 0).by_folder.is_empty());
    }

    #[test]
    fn names_match_whole_or_in_parts() {
        // The truth lists a name whole; a table reports its cells.
        let truth = parse_truth(
            br#"{"path":"a.csv","kind":"name","value":"SMITH,JOHN"}
{"path":"a.csv","kind":"name","value":"DOE,JANE"}
{"path":"b.csv","kind":"name","value":"Freddie"}
{"path":"b.csv","kind":"name","value":"Bolton"}
{"path":"b.csv","kind":"name","value":"Nash"}
"#,
            "t",
        )
        .unwrap();
        let ev = evaluate(
            &truth,
            &[
                found("a.csv", Kind::Name, "SMITH", 2),
                found("a.csv", Kind::Name, "JOHN", 2),
                // DOE and JANE on different rows are not one name.
                found("a.csv", Kind::Name, "DOE", 3),
                found("a.csv", Kind::Name, "JANE", 4),
                found("a.csv", Kind::Name, "ACME", 4),
                // The truth lists the parts; the finding is the whole name.
                found("b.csv", Kind::Name, "Bolton, Freddie", 2),
            ],
        );
        assert_eq!(
            ev.by_kind[&Kind::Name],
            Counts {
                tp: 3,
                fp: 1,
                fn_: 2
            }
        );
    }

    #[test]
    fn bad_truth_lines_name_the_line_and_never_the_value() {
        for (text, want) in [
            ("{\"path\":\"a\",\"kind\":\"ssn\"}", "missing \"value\""),
            (
                "{\"path\":\"a\",\"kind\":\"ssn\",\"value\":212091234}",
                "string",
            ),
            (
                "{\"path\":\"a\",\"kind\":\"SSN\",\"value\":\"x\"}",
                "vocabulary",
            ),
            (
                "{\"path\":\"a\",\"kind\":\"ssn\",\"value\":\"212-09-1234\"",
                "JSON",
            ),
            ("[\"212-09-1234\"]", "JSON object"),
        ] {
            let doc = format!("\n{text}\n");
            let e = parse_truth(doc.as_bytes(), "truth.jsonl")
                .unwrap_err()
                .to_string();
            assert!(e.starts_with("truth.jsonl line 2: "), "{e}");
            assert!(e.contains(want), "{e}");
            assert!(!e.contains("212") && !e.contains("1234"), "{e}");
        }
    }

    #[test]
    fn gates_pass_on_undefined_and_fail_below() {
        let mut ev = Evaluation::default();
        ev.by_kind.insert(
            Kind::Ssn,
            Counts {
                tp: 9,
                fp: 0,
                fn_: 1,
            },
        );
        ev.overall = ev.by_kind[&Kind::Ssn];
        let gates = Gates {
            min_precision: Some(1.0),
            min_recall: Some(0.9),
            kinds: vec!["ssn=0.99,0.99".parse().unwrap(), "mbi=1,1".parse().unwrap()],
        };
        let r = check(&ev, &gates);
        let failed: Vec<String> = r.iter().filter(|g| !g.ok).map(|g| g.to_string()).collect();
        assert_eq!(failed, ["ssn recall 0.9000 < 0.99"]);
        assert!("ssn=1.5,1".parse::<KindThreshold>().is_err());
        assert!("snn=1,1".parse::<KindThreshold>().is_err());
        assert!("ssn=1".parse::<KindThreshold>().is_err());
    }

    #[test]
    fn kind_names_all_parse() {
        for n in KIND_NAMES {
            assert_eq!(parse_kind(n).map(Kind::as_str), Some(n));
        }
    }
}
