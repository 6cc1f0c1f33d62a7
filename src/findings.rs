//! From raw matches to reportable findings: masking, keyed fingerprints,
//! line and column, masked context, and the per-unit verdict.
//!
//! This is the last room that sees raw text. Everything it hands on is
//! masked unless the user asked for values with `--show-values`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::detect::{Engine, Match};
use crate::vocab::{Confidence, Kind};

/// A finding ready for any report.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Output kind.
    pub kind: Kind,
    /// Detector id (shared with the engine: no copy per finding).
    pub detector: std::sync::Arc<str>,
    /// How sure.
    pub confidence: Confidence,
    /// 1-based line in the unit's text.
    pub line: u64,
    /// 1-based byte column in that line.
    pub column: u64,
    /// Byte offset of the value in the unit's text.
    pub start: u64,
    /// Byte offset after the value.
    pub end: u64,
    /// The value with identifying characters masked.
    pub masked: String,
    /// Keyed hash of detector and normalized value.
    pub fingerprint: Fingerprint,
    /// The text around the value, every identifier in it masked.
    pub context: String,
    /// The raw value, only with `--show-values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Where on a disk or image the value sits (`scan --raw` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk: Option<Box<OnDisk>>,
}

/// Where a finding of a raw scan sits: a disk has no lines, and what a
/// technician needs is the byte offset and, where the file system tells,
/// the (deleted) file that holds it.
#[derive(Debug, Clone, Serialize)]
pub struct OnDisk {
    /// Byte offset in the disk or image: of the value itself for text
    /// read from the raw bytes, of the carved object's first byte for a
    /// value inside a carved archive or document.
    pub offset: u64,
    /// What owns that offset; `None` where no file system was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<std::sync::Arc<DiskOwner>>,
}

/// The file-system owner of a disk offset, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiskOwner {
    /// File system type (`ext4`, `fat32`, ...).
    pub fs: &'static str,
    /// `allocated`, `deleted`, `unallocated` (free space) or `metadata`.
    pub state: &'static str,
    /// The file's path in its file system, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Its inode (ext4) or directory-entry number (FAT).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inode: Option<u64>,
}

/// Whether a unit holds patient data (DESIGN.md section 1).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing identifying.
    Clean,
    /// Identifiers without health information.
    Pii,
    /// Identifiers with health information.
    Phi,
}

impl Verdict {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clean => "clean",
            Verdict::Pii => "pii",
            Verdict::Phi => "phi",
        }
    }
}

/// The verdict of a unit from the kinds of its reported findings
/// ([`counts`]) and whether it contains clinical terms.
pub fn verdict(counts: &BTreeMap<Kind, u64>, health_terms: bool) -> Verdict {
    let identifiers = counts.keys().any(|k| !k.is_health_info());
    let health = health_terms || counts.keys().any(|k| k.is_health_info());
    match (identifiers, health) {
        (true, true) => Verdict::Phi,
        (true, false) => Verdict::Pii,
        _ => Verdict::Clean,
    }
}

/// Where the fingerprint key lives and how it was obtained.
#[derive(Clone)]
pub struct Keyring {
    key: [u8; 32],
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keyring(..)")
    }
}

/// Environment variable holding a fingerprint key (any string).
pub const KEY_ENV: &str = "PHISCAN_KEY";

impl Keyring {
    /// The key from `--key-file`, else `PHISCAN_KEY`, else the per-user key
    /// file (created with mode 0600 on first use). Fingerprints are keyed
    /// because a bare hash of a 9-digit SSN is brute-forced in seconds.
    ///
    /// Every error names the key file it concerns and, for the default
    /// file, the two ways around it: a user whose home is read-only must
    /// learn from the message alone how to scan. Errors never hold key
    /// bytes.
    pub fn load(key_file: Option<&Path>) -> std::io::Result<Keyring> {
        if let Some(p) = key_file {
            return read_key_file(p)
                .map(|k| Keyring::derive(&k))
                .map_err(|e| key_error(e, "cannot read --key-file", p, ""));
        }
        if let Ok(v) = std::env::var(KEY_ENV) {
            if !v.is_empty() {
                return Ok(Keyring::derive(v.as_bytes()));
            }
        }
        let path = default_key_path().ok_or_else(|| {
            std::io::Error::other(
                "no HOME or XDG_CONFIG_HOME for the key file; use --key-file or PHISCAN_KEY",
            )
        })?;
        let hint = "; pass --key-file FILE (a file of at least 16 secret bytes) \
                    or set the PHISCAN_KEY environment variable";
        match read_key_file(&path) {
            Ok(k) => Ok(Keyring::derive(&k)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                create_key_file(&path).map_err(|e| key_error(e, "cannot create", &path, hint))?;
                read_key_file(&path)
                    .map(|k| Keyring::derive(&k))
                    .map_err(|e| key_error(e, "cannot read", &path, hint))
            }
            Err(e) => Err(key_error(e, "cannot read", &path, hint)),
        }
    }

    /// A key derived from arbitrary secret bytes.
    pub fn derive(secret: &[u8]) -> Keyring {
        Keyring {
            key: blake3::derive_key("phiscan 2026 finding fingerprint key", secret),
        }
    }

    /// Keyed BLAKE3 of detector id and normalized value, 128 bits.
    pub fn fingerprint(&self, detector: &str, normalized: &[u8]) -> Fingerprint {
        let mut input = Vec::with_capacity(detector.len() + 1 + normalized.len());
        input.extend_from_slice(detector.as_bytes());
        input.push(0);
        input.extend_from_slice(normalized);
        self.fingerprint_of(&input)
    }

    /// [`Keyring::fingerprint`] of `input`, the detector id, a zero byte
    /// and the normalized value already joined: the one-shot hash skips
    /// the incremental hasher's setup, which showed in profiles.
    fn fingerprint_of(&self, input: &[u8]) -> Fingerprint {
        let out = blake3::keyed_hash(&self.key, input);
        let mut fp = [0u8; 16];
        fp.copy_from_slice(&out.as_bytes()[..16]);
        Fingerprint(fp)
    }
}

/// A finding's keyed fingerprint; shown as 32 lower-case hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 16]);

impl Fingerprint {
    /// The hex form written in reports.
    pub fn hex(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        hex_into(&self.0, &mut out);
        out
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Hex digits are ASCII.
        f.write_str(std::str::from_utf8(&self.hex()).unwrap_or_default())
    }
}

impl std::fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Lower-case hex of `bytes` into `out` (twice as long), without a
/// formatter per byte: fingerprints are written for every finding.
fn hex_into(bytes: &[u8], out: &mut [u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = DIGITS[usize::from(b >> 4)];
        pair[1] = DIGITS[usize::from(b & 15)];
    }
}

/// `$XDG_CONFIG_HOME/phiscan/key` or `~/.config/phiscan/key`.
pub fn default_key_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("phiscan").join("key"))
}

/// `e` with what was being done to which key file and how to proceed;
/// the kind is kept. A key file too short already names its path.
fn key_error(e: std::io::Error, doing: &str, path: &Path, hint: &str) -> std::io::Error {
    if e.kind() == std::io::ErrorKind::InvalidData {
        return std::io::Error::new(e.kind(), format!("{e}{hint}"));
    }
    std::io::Error::new(e.kind(), format!("{doing} {}: {e}{hint}", path.display()))
}

fn read_key_file(p: &Path) -> std::io::Result<Vec<u8>> {
    let mut v = Vec::new();
    std::fs::File::open(p)?.read_to_end(&mut v)?;
    let trimmed = v.trim_ascii().to_vec();
    if trimmed.len() < 16 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "{}: key file too short (need at least 16 bytes)",
                p.display()
            ),
        ));
    }
    Ok(trimmed)
}

fn create_key_file(p: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = p.parent() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let mut secret = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut secret)?;
    let mut hex = [0u8; 64];
    hex_into(&secret, &mut hex);
    let hex = std::str::from_utf8(&hex).unwrap_or_default();
    let mut f = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(p)
    {
        Ok(f) => f,
        // Another phiscan created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(e),
    };
    writeln!(f, "{hex}")
}

/// A structured reader reports a whole name as one span across its markup
/// (FHIR `Smith", "given": ["Ann`, CDA `Ann</given><family>Smith`): its
/// name strings, family first as `Family, Given` when the markup says the
/// family came first, so it normalizes like the name written out. `None`
/// for a value without markup.
fn markup_name(value: &[u8]) -> Option<Vec<u8>> {
    let (mut names, mut family_first): (Vec<&[u8]>, Option<bool>) = (Vec::new(), None);
    if value.contains(&b'<') {
        // XML: the text between tags; the first end tag says which part
        // came first.
        let mut i = 0;
        while i < value.len() {
            if value[i] == b'<' {
                let end = memchr::memchr(b'>', &value[i..]).map_or(value.len(), |j| i + j);
                let tag = &value[i + 1..end];
                if family_first.is_none() && !names.is_empty() {
                    if let Some(name) = tag.strip_prefix(b"/") {
                        family_first = Some(name.ends_with(b"family"));
                    }
                }
                i = end + 1;
            } else {
                let end = memchr::memchr(b'<', &value[i..]).map_or(value.len(), |j| i + j);
                let text = value[i..end].trim_ascii();
                if !text.is_empty() {
                    names.push(text);
                }
                i = end;
            }
        }
    } else if value.contains(&b'"') {
        // JSON: the span starts and ends inside strings, so pieces at even
        // positions are string contents and odd ones the punctuation
        // between; a string followed by `:` is a member name, and the
        // first `given` or `family` among them says which part came first.
        let pieces: Vec<&[u8]> = value.split(|&b| b == b'"').collect();
        for (k, piece) in pieces.iter().enumerate().step_by(2) {
            let key = pieces
                .get(k + 1)
                .is_some_and(|p| p.trim_ascii_start().starts_with(b":"));
            if !key {
                if !piece.trim_ascii().is_empty() {
                    names.push(piece.trim_ascii());
                }
            } else if family_first.is_none() && !names.is_empty() {
                match *piece {
                    b"given" => family_first = Some(true),
                    b"family" => family_first = Some(false),
                    _ => {}
                }
            }
        }
    } else {
        return None;
    }
    let mut out = Vec::with_capacity(value.len());
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(if i == 1 && family_first == Some(true) {
                b", "
            } else {
                b" "
            });
        }
        out.extend_from_slice(name);
    }
    Some(out)
}

/// The normalized value a fingerprint is computed over, so that the same
/// identifier written differently gets the same fingerprint.
pub fn normalize(kind: Kind, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    normalize_into(kind, value, &mut out);
    out
}

/// [`normalize`] appended to `out`, a reused buffer that already holds
/// the rest of the fingerprint's input.
fn normalize_into(kind: Kind, value: &[u8], out: &mut Vec<u8>) {
    match kind {
        Kind::Name => {
            let plain;
            let value = match markup_name(value) {
                Some(p) => {
                    plain = p;
                    &plain[..]
                }
                None => value,
            };
            // LAST^FIRST and Last, First put the surname first.
            let (first, last): (&[u8], &[u8]) =
                match value.iter().position(|&b| b == b'^' || b == b',') {
                    Some(i) => (&value[i + 1..], &value[..i]),
                    None => (value, value),
                };
            let first_word = first
                .split(|b| !b.is_ascii_alphabetic() && *b != b'\'' && *b != b'-')
                .find(|w| !w.is_empty())
                .unwrap_or_default();
            let last_word = last
                .split(|b| !b.is_ascii_alphabetic() && *b != b'\'' && *b != b'-')
                .rfind(|w| !w.is_empty())
                .unwrap_or_default();
            out.extend(first_word.iter().map(u8::to_ascii_uppercase));
            out.push(b' ');
            out.extend(last_word.iter().map(u8::to_ascii_uppercase));
        }
        Kind::Date | Kind::Dob => out.extend(
            value
                .iter()
                .filter(|b| b.is_ascii_alphanumeric())
                .map(u8::to_ascii_lowercase),
        ),
        _ => out.extend(
            value
                .iter()
                .filter(|b| b.is_ascii_alphanumeric())
                .map(u8::to_ascii_uppercase),
        ),
    }
}

/// Masks a value so a reader can recognise its shape but not the person:
/// `***-**-6789`, `J*** S****`, `**/**/1961`.
pub fn mask(kind: Kind, value: &[u8]) -> String {
    let mut out = Vec::with_capacity(value.len());
    mask_into(kind, value, &mut out);
    String::from_utf8(out).expect("a mask is ASCII")
}

/// [`mask`] appended to `out`, one byte per byte of `value`: detector
/// values are ASCII, and any other byte is masked, so the output is ASCII.
/// The value is copied, then masked in place by a loop per kind: one loop
/// deciding per byte by kind showed in profiles (it runs for every finding
/// and every match in its context).
fn mask_into(kind: Kind, value: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(value);
    let masked = &mut out[start..];
    match kind {
        // First letter of each word.
        Kind::Name => {
            let mut after_letter = false;
            for b in masked.iter_mut() {
                let c = *b;
                if !c.is_ascii() || (after_letter && c.is_ascii_alphanumeric()) {
                    *b = b'*';
                }
                after_letter = c.is_ascii_alphabetic();
            }
        }
        // The first character.
        Kind::Icd10 | Kind::Icd9 => {
            for (i, b) in masked.iter_mut().enumerate() {
                if !b.is_ascii() || (i > 0 && b.is_ascii_alphanumeric()) {
                    *b = b'*';
                }
            }
        }
        // The year.
        Kind::Date | Kind::Dob => {
            let (s, e) = year_span(value).unwrap_or((0, 0));
            for (i, b) in masked.iter_mut().enumerate() {
                if !b.is_ascii() || (b.is_ascii_alphanumeric() && !(s..e).contains(&i)) {
                    *b = b'*';
                }
            }
        }
        // An age over 89 is itself the identifier: every digit.
        Kind::Age => {
            for b in masked.iter_mut() {
                if !b.is_ascii() || b.is_ascii_digit() {
                    *b = b'*';
                }
            }
        }
        // The last few characters.
        _ => {
            let keep = match kind {
                Kind::Ssn | Kind::Itin => 4,
                _ if value.len() >= 10 => 4,
                _ => 2,
            };
            let alnum = value.iter().filter(|b| b.is_ascii_alphanumeric()).count();
            let mut hide = alnum.saturating_sub(keep);
            for b in masked.iter_mut() {
                if !b.is_ascii() {
                    *b = b'*';
                } else if hide > 0 && b.is_ascii_alphanumeric() {
                    *b = b'*';
                    hide -= 1;
                }
            }
        }
    }
}

/// The four-digit year of a date (not an identifier under Safe Harbor):
/// a 18xx/19xx/20xx run, else the first four digits of a YYYYMMDD run.
fn year_span(v: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    let mut eight = None;
    while i < v.len() {
        if !v[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let s = i;
        while i < v.len() && v[i].is_ascii_digit() {
            i += 1;
        }
        let run = &v[s..i];
        if run.len() == 4
            && (run.starts_with(b"18") || run.starts_with(b"19") || run.starts_with(b"20"))
        {
            return Some((s, i));
        }
        if run.len() == 8 && eight.is_none() {
            eight = Some((s, s + 4));
        }
    }
    eight
}

/// Options for building findings.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// Include raw values (`--show-values`).
    pub show_values: bool,
    /// Drop matches below this.
    pub min_confidence: Confidence,
}

/// Bytes of context on each side of a value.
const CONTEXT: usize = 32;

/// Upper bound on a match's length (names and labelled numbers are short).
const MAX_MATCH: usize = 512;

/// Findings listed (one `finding` record each) per unit at most: a file or
/// member with more has the rest counted by kind, in its `file` record's
/// `counts` and the summary's `by_kind`, but not listed. A finding held
/// for its record costs a few hundred bytes, and a window of 32 MiB of
/// dense records holds millions: listing them all made memory grow with
/// their number (issue 17). A reader wants the first hundred thousand and
/// the counts, not the rest.
pub const MAX_LISTED: u64 = 100_000;

/// Kinds in [`Listing`]'s table (more than the vocabulary has).
const KIND_SLOTS: usize = 32;

/// What a unit has listed, and what it only counted past [`MAX_LISTED`].
#[derive(Debug, Clone, Copy)]
pub struct Listing {
    /// Findings listed so far in the unit.
    pub listed: u64,
    /// Findings not listed since the last [`Listing::take_unlisted`], by
    /// kind (`Kind as usize`).
    unlisted: [(Option<Kind>, u64); KIND_SLOTS],
    /// Findings not listed in the whole unit.
    pub unlisted_total: u64,
}

impl Default for Listing {
    fn default() -> Self {
        Listing {
            listed: 0,
            unlisted: [(None, 0); KIND_SLOTS],
            unlisted_total: 0,
        }
    }
}

impl Listing {
    /// Whether one more finding is listed; if not, it is counted.
    fn admit(&mut self, kind: Kind) -> bool {
        if self.listed < MAX_LISTED {
            self.listed += 1;
            return true;
        }
        let slot = &mut self.unlisted[(kind as usize).min(KIND_SLOTS - 1)];
        *slot = (Some(kind), slot.1 + 1);
        self.unlisted_total += 1;
        false
    }

    /// The findings counted but not listed since the last call, by kind.
    pub fn take_unlisted(&mut self) -> BTreeMap<Kind, u64> {
        let mut m = BTreeMap::new();
        for (kind, n) in std::mem::replace(&mut self.unlisted, [(None, 0); KIND_SLOTS]) {
            if let Some(kind) = kind {
                *m.entry(kind).or_insert(0) += n;
            }
        }
        m
    }
}

/// Position bookkeeping for a text that is scanned in windows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Position {
    /// Text offset of the window's first byte within the whole unit.
    pub text_base: u64,
    /// Newlines before the window.
    pub lines_before: u64,
    /// Text offset of the start of the line the window starts in, relative
    /// to `text_base` (negative: the line began in an earlier window).
    pub line_start: i64,
    /// Findings listed and counted in the unit so far.
    pub listing: Listing,
}

impl Position {
    /// Moves past `owned`, the text a window owns: the next window's
    /// position.
    pub fn advance(&mut self, owned: &[u8]) {
        let nl = memchr::memchr_iter(b'\n', owned).count() as u64;
        self.line_start = match memchr::memrchr(b'\n', owned) {
            Some(i) => i as i64 + 1 - owned.len() as i64,
            None => self.line_start - owned.len() as i64,
        };
        self.lines_before += nl;
        self.text_base += owned.len() as u64;
    }
}

/// Findings a unit holds before they are handed on ([`build`]'s `flush`):
/// a few MiB. A window of dense records makes hundreds of thousands, and
/// holding them all until the window is done cost each worker tens of MiB
/// (issue 17).
pub const PART: usize = 8192;

/// What [`build`] added to its `out`, for the verdict.
#[derive(Debug, Clone, Copy, Default)]
pub struct Built {
    /// Findings listed (added to `out`, flushed or not).
    pub listed: usize,
    /// Whether one of them is health information.
    pub health_info: bool,
    /// Findings an allowance suppressed (not listed, not counted).
    pub allowed: u64,
    /// Findings a baseline suppressed (not listed, not counted).
    pub baselined: u64,
}

/// Why a finding is not reported: the policy room decides, `build` keeps
/// the counts exact by asking before a finding is listed or counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suppressed {
    /// A `[[allow]]` entry or an inline `phiscan:allow <reason>`.
    Allowed,
    /// Listed in the `--baseline` file.
    Baselined,
    /// Its detector is disabled in the config: dropped, counted nowhere.
    Disabled,
}

/// An inline `phiscan:allow` on a finding's line, as `build` saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// No marker on the line.
    None,
    /// `phiscan:allow` followed by a reason.
    Reasoned,
    /// `phiscan:allow` with no reason: does not allow (and is warned about).
    Bare,
}

/// What a policy sees of one finding before it is reported. The raw value
/// is here for `value` patterns only; a policy must never print it.
#[derive(Debug)]
pub struct Candidate<'a> {
    /// Detector id.
    pub detector: &'a str,
    /// Output kind.
    pub kind: Kind,
    /// Keyed fingerprint, as reported.
    pub fingerprint: Fingerprint,
    /// The raw value (in memory only).
    pub value: &'a [u8],
    /// 1-based line in the unit's text.
    pub line: u64,
    /// An inline marker on that line.
    pub inline: Inline,
}

/// Decides, per unit, which findings are reported (the `policy` room
/// implements it; `findings` cannot use that room, so it asks through
/// this trait). `None` from [`Policy::unit`] means "report everything
/// except what inline markers allow", the common case kept cheap.
pub trait Policy: Send + Sync + std::fmt::Debug {
    /// The judge for one unit: `path` as reported, `inner` its member
    /// chain. `None` when nothing but inline markers can apply there.
    fn unit<'a>(&'a self, path: &'a str, inner: &'a [String]) -> Option<Box<dyn UnitPolicy + 'a>>;
    /// Whether inline `phiscan:allow` markers count (not with `--no-allow`).
    fn inline(&self) -> bool;
    /// A bare `phiscan:allow` was seen on `line` of the unit (no reason):
    /// warn once.
    fn bare_marker(&self, path: &str, inner: &[String], line: u64);
}

/// One unit's judge (see [`Policy::unit`]).
pub trait UnitPolicy {
    /// Whether `c` is suppressed, and why; `None`: reported.
    fn judge(&mut self, c: &Candidate<'_>) -> Option<Suppressed>;
}

/// The unit a window belongs to, with the scan's policy, for [`build`].
#[derive(Clone, Copy)]
pub struct Judged<'a> {
    /// The scan's policy; `None` when nothing is ever suppressed.
    pub policy: Option<&'a dyn Policy>,
    /// The unit's path as reported.
    pub path: &'a str,
    /// Its member chain.
    pub inner: &'a [String],
}

impl Judged<'_> {
    /// No policy: every finding is reported.
    pub const NONE: Judged<'static> = Judged {
        policy: None,
        path: "",
        inner: &[],
    };
}

/// The marker an inline allowance starts with.
pub const ALLOW_MARKER: &[u8] = b"phiscan:allow";

/// Offsets of inline markers in `text` and whether each has a reason (a
/// letter or digit after it on its line, past comment closers): found in
/// one pass per window with findings, so the per-finding check is a
/// binary search, and nothing at all when the window has no marker.
fn inline_markers(text: &[u8]) -> Vec<(usize, bool)> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new(ALLOW_MARKER));
    finder
        .find_iter(text)
        .map(|at| {
            let rest = &text[at + ALLOW_MARKER.len()..];
            let eol = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
            let reason = rest[..eol].iter().any(u8::is_ascii_alphanumeric)
                && rest
                    .first()
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-');
            (at, reason)
        })
        .collect()
}

/// The inline marker on the line of `text[start..end]`, whose line
/// starts at `line_start`.
fn inline_at(
    text: &[u8],
    markers: &[(usize, bool)],
    line_start: usize,
    start: usize,
    end: usize,
) -> Inline {
    let i = markers.partition_point(|&(at, _)| at < line_start);
    let Some(&(at, reason)) = markers.get(i) else {
        return Inline::None;
    };
    let same_line = at < start || memchr::memchr(b'\n', &text[end.min(at)..at]).is_none();
    match (same_line, reason) {
        (false, _) => Inline::None,
        (true, true) => Inline::Reasoned,
        (true, false) => Inline::Bare,
    }
}

/// Turns `matches` (over `text`) into findings at or above the threshold
/// and moves `pos` past `text[from..owned]`, the part of the window it
/// owns (the bytes before `from` are the previous window's, there for
/// context; `matches` start in the owned part). `text` is the window's
/// text; positions are made absolute with `pos`, which stands at `from`. Both are done in one pass because the newlines
/// counted to place the findings are most of those `pos` needs. Whenever
/// `out` holds [`PART`] findings it is handed to `flush`, which takes them
/// (sends them ahead), so memory does not grow with a window's findings.
#[allow(clippy::too_many_arguments)]
pub fn build(
    engine: &Engine,
    keys: &Keyring,
    text: &[u8],
    matches: &[Match],
    pos: &mut Position,
    from: usize,
    owned: usize,
    opts: BuildOptions,
    judged: Judged<'_>,
    out: &mut Vec<Finding>,
    flush: &mut dyn FnMut(&mut Vec<Finding>),
) -> Built {
    let mut built = Built::default();
    // The policy is asked only where it can suppress something: a unit
    // it has entries for, or a window holding an inline marker.
    let mut judge = judged
        .policy
        .and_then(|p| p.unit(judged.path, judged.inner));
    let markers = match judged.policy {
        Some(p) if p.inline() && !matches.is_empty() => inline_markers(text),
        _ => Vec::new(),
    };
    let check = judge.is_some() || !markers.is_empty();
    let mut bare_warned = 0u64;
    debug_assert!(matches.is_sorted_by_key(|m| m.start));
    debug_assert!(matches.first().is_none_or(|m| m.start >= from));
    let mut line = pos.lines_before;
    let mut line_start = pos.line_start + from as i64;
    let mut fp_input = Vec::with_capacity(64);
    let mut words = VisibleWords::new(engine);
    let mut cursor = from;
    // Matches before `floor` end before any later context window starts.
    let mut floor = 0usize;
    for (j, m) in matches
        .iter()
        .enumerate()
        .filter(|(_, m)| m.confidence >= opts.min_confidence)
    {
        // Matches are sorted by start; count newlines incrementally.
        if m.start >= cursor {
            count_lines(&text[cursor..m.start], cursor, &mut line, &mut line_start);
            cursor = m.start;
        }
        let value = &text[m.start..m.end];
        let det = engine.detector(m.detector);
        let mut fingerprint = None;
        if check {
            // Before the listing: a suppressed finding is neither listed
            // nor counted.
            fp_input.clear();
            fp_input.extend_from_slice(det.id.as_bytes());
            fp_input.push(0);
            normalize_into(m.kind, value, &mut fp_input);
            let fp = keys.fingerprint_of(&fp_input);
            fingerprint = Some(fp);
            let inline = inline_at(text, &markers, line_start.max(0) as usize, m.start, m.end);
            if inline == Inline::Bare && bare_warned != line + 1 {
                bare_warned = line + 1;
                if let Some(p) = judged.policy {
                    p.bare_marker(judged.path, judged.inner, line + 1);
                }
            }
            let verdict = if inline == Inline::Reasoned {
                Some(Suppressed::Allowed)
            } else {
                judge.as_mut().and_then(|j| {
                    j.judge(&Candidate {
                        detector: &det.id,
                        kind: m.kind,
                        fingerprint: fp,
                        value,
                        line: line + 1,
                        inline,
                    })
                })
            };
            match verdict {
                Some(Suppressed::Allowed) => {
                    built.allowed += 1;
                    continue;
                }
                Some(Suppressed::Baselined) => {
                    built.baselined += 1;
                    continue;
                }
                Some(Suppressed::Disabled) => continue,
                None => {}
            }
        }
        if !pos.listing.admit(m.kind) {
            continue;
        }
        while matches[floor].start + MAX_MATCH + CONTEXT < m.start {
            floor += 1;
        }
        out.push(Finding {
            kind: m.kind,
            detector: engine.detector_id(m.detector),
            confidence: m.confidence,
            line: line + 1,
            column: (m.start as i64 - line_start + 1) as u64,
            start: pos.text_base + (m.start - from) as u64,
            end: pos.text_base + (m.end - from) as u64,
            masked: mask(m.kind, value),
            fingerprint: if let Some(fp) = fingerprint {
                fp
            } else {
                fp_input.clear();
                fp_input.extend_from_slice(det.id.as_bytes());
                fp_input.push(0);
                normalize_into(m.kind, value, &mut fp_input);
                keys.fingerprint_of(&fp_input)
            },
            context: context(&mut words, text, matches, floor, j),
            value: opts
                .show_values
                .then(|| String::from_utf8_lossy(value).into_owned()),
            disk: None,
        });
        built.listed += 1;
        built.health_info |= m.kind.is_health_info();
        if out.len() >= PART {
            flush(out);
        }
    }
    let owned = owned.min(text.len());
    if cursor > owned {
        // A match past the owned part (not kept by callers): count afresh.
        pos.advance(&text[from.min(owned)..owned]);
        return built;
    }
    count_lines(&text[cursor..owned], cursor, &mut line, &mut line_start);
    pos.lines_before = line;
    pos.line_start = line_start - owned as i64;
    pos.text_base += (owned - from) as u64;
    built
}

/// Adds the newlines of `gap` (at offset `at` of the window) to `line`,
/// and sets `line_start` after the last one: a count and one search from
/// the end, cheaper than visiting each newline of the gap in turn.
fn count_lines(gap: &[u8], at: usize, line: &mut u64, line_start: &mut i64) {
    if let Some(last) = memchr::memrchr(b'\n', gap) {
        *line += 1 + memchr::memchr_iter(b'\n', &gap[..last]).count() as u64;
        *line_start = (at + last + 1) as i64;
    }
}

/// The text around `all[j]` with every match in it masked and every other
/// word masked unless it is a label or a common word: context must help a
/// reviewer without re-leaking what the report masks, and a patient name
/// the detectors missed (not in any census list) is as private as the SSN
/// beside it. Matches before `floor` end too early to be in the window.
fn context(words: &mut VisibleWords, text: &[u8], all: &[Match], floor: usize, j: usize) -> String {
    let m = &all[j];
    let mut s = m.start.saturating_sub(CONTEXT);
    let mut e = (m.end + CONTEXT).min(text.len());
    // Do not cut words or UTF-8 sequences at the edges.
    while s > 0 && s < m.start && (text[s].is_ascii_alphanumeric() || text[s] & 0xC0 == 0x80) {
        s += 1;
    }
    while e < text.len()
        && e > m.end
        && (text[e - 1].is_ascii_alphanumeric() || text[e] & 0xC0 == 0x80)
    {
        e -= 1;
    }
    // `all` is sorted by start and no match is longer than MAX_MATCH: the
    // matches from `lo` to `hi` may overlap the window. Both are found by
    // stepping from nearby indices, not by searching all of a unit's
    // matches per finding (`all[j]` itself is at or after `lo`).
    let mut lo = floor;
    while all[lo].start + MAX_MATCH < s {
        lo += 1;
    }
    // Matches from `lo` to `j` start at or before `m`, so inside the window
    // unless `m` is empty at its end.
    let from = if m.start < e { j } else { lo };
    let hi = from + all[from..].iter().take_while(|o| o.start < e).count();
    let s0 = s;
    let spans = || all[lo..hi].iter().filter(move |o| o.end > s0);
    // A match cut by the window edge would be masked as a fragment, which
    // can show more than its masked whole: widen the window to hold it.
    for o in spans() {
        s = s.min(o.start);
        e = e.max(o.end);
    }
    let mut out = Vec::with_capacity(e - s + 8);
    let mut i = s;
    let mut spans = spans().peekable();
    while i < e {
        if let Some(o) = spans.peek() {
            if o.start <= i {
                if o.end > i {
                    mask_into(o.kind, &text[o.start..o.end], &mut out);
                    i = o.end.min(e);
                }
                spans.next();
                continue;
            }
        }
        let next = spans.peek().map_or(e, |o| o.start.min(e));
        push_masked_plain(words, &text[i..next], &mut out);
        i = next;
    }
    String::from_utf8(out).expect("context is ASCII and whole characters")
}

/// Common English and clinical words that a context shows as they are
/// (besides the detectors' own keywords and labels, [`Engine::is_label_word`]):
/// what a reviewer needs to read around a value ("seen on", "history of")
/// and nothing that names a person. Words that are census names when
/// capitalised are still masked then.
const COMMON_WORDS: &str = "
    a about above according across after afternoon again against ago all almost alone along
    already also although always am among an and another any anyone anything are area around as
    ask asked at available away back be became because become been before began being below
    best better between both but by call called came can cannot care case cases change changed
    changes check checked come could current currently day days did do does done down due
    during each early either else end ended enough even ever every example except few file
    files first follow followed following for form found from full further gave get give given
    go going good got had has have having he her here hers him his how however if in include
    included including information instead into is it its itself just keep kept know known last
    later least left less let like likely line list little long look made make many may me
    might more most much must my name named names near need needed needs never new next no none
    nor not note noted notes now number numbers of off often old on once one only or order
    other others our out over own page part past per please prior provide provided put rather
    re read received record records report reported reports request requested required right
    said same saw say see seen sent set several shall she should show shown side since so some
    soon start started still such take taken than that the their them then there these they
    thing this those though three through time times to today told too total two type under
    until up upon us use used using very via was we week weeks well went were what when where
    whether which while who whom whose why will with within without would year years yes yet
    you your second third different monday tuesday wednesday thursday friday saturday sunday
    morning evening night daily weekly monthly yearly hour hours minute minutes month months
    age aged birth born date dates dob ssn mrn id ids num phone tel telephone fax email mail
    address street city state zip code postal country home work cell mobile contact emergency
    kin patient patients pt middle family surname sex gender male female mr mrs ms dr md rn np
    pa phd medical chart account member subscriber policy group plan insurance insured payer
    coverage claim claims provider providers physician doctor nurse clinic hospital facility
    practice department unit ward room bed visit visits admission admitted admit discharge
    discharged encounter service services appointment followup referral referred consult
    consultation diagnosis diagnoses diagnosed dx icd cm assessment problem problems history hx
    complaint chief present illness review systems exam examination physical findings
    impression results result lab labs test tests imaging medication medications meds drug
    drugs dose doses dosage tablet tablets capsule mg ml mcg units oral twice prn allergies
    allergy allergic nkda blood pressure heart rate pulse temperature weight height bmi pain
    normal abnormal negative positive stable chronic acute severe mild moderate bilateral upper
    lower diabetes hypertension asthma cancer infection pneumonia depression anxiety disease
    disorder syndrome injury fracture surgery procedure treatment therapy signed signature
    electronically reviewed approved printed document documents summary progress letter dear
    sincerely regards thank thanks unknown applicable na n
    about call called calls version versions release template compiler terminal system software
    program code data value values field fields table row column text cough fever nausea
    vomiting headache rash fatigue dizziness swelling bleeding wound care pending today tomorrow
    yesterday please office copy copies
";

/// [`COMMON_WORDS`] as a set, built on first use.
fn common_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| COMMON_WORDS.split_whitespace().collect())
}

/// Whether `word` (ASCII letters, any case) is one of [`COMMON_WORDS`].
fn is_common_word(set: &std::collections::HashSet<&'static str>, word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    if word.len() > buf.len() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| set.contains(w))
}

/// Which words a context may show, with the answers for short words
/// remembered while one window's findings are built: neighbouring contexts
/// overlap and repeat their words, and each dictionary look-up probes
/// tables far larger than the CPU cache.
struct VisibleWords<'a> {
    engine: &'a Engine,
    common: &'static std::collections::HashSet<&'static str>,
    /// Direct-mapped: (word as a little-endian integer, answer); 0 is
    /// empty (a word is at least one letter, so never 0).
    slots: Vec<(u64, bool)>,
}

/// log2 of [`VisibleWords`]' slot count (8 KiB).
const WORD_SLOTS_LOG2: u32 = 9;

impl<'a> VisibleWords<'a> {
    fn new(engine: &'a Engine) -> Self {
        VisibleWords {
            engine,
            common: common_words(),
            slots: Vec::new(),
        }
    }

    /// Whether `word` (ASCII letters) is shown: a label or common word,
    /// unless it is capitalised and a census name ("Code", "Ward").
    fn is_visible(&mut self, word: &[u8]) -> bool {
        if word.len() > 8 {
            return self.decide(word);
        }
        if self.slots.is_empty() {
            self.slots = vec![(0, false); 1 << WORD_SLOTS_LOG2];
        }
        let mut b = [0u8; 8];
        b[..word.len()].copy_from_slice(word);
        let key = u64::from_le_bytes(b);
        let i = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - WORD_SLOTS_LOG2)) as usize;
        if self.slots[i].0 == key {
            return self.slots[i].1;
        }
        let answer = self.decide(word);
        self.slots[i] = (key, answer);
        answer
    }

    fn decide(&self, word: &[u8]) -> bool {
        (is_common_word(self.common, word)
            || self.engine.is_label_word(word)
            || self.engine.is_clinical_word(word))
            && !(word[0].is_ascii_uppercase() && self.engine.is_name_word(word))
    }
}

/// Appends `seg` with every word masked but labels and common words (its
/// first letter kept, each other character a `*`, so `J*** S****`), every
/// digit masked and control characters blanked. Built as bytes: most of it
/// is ASCII copied as is. Bytes that are not UTF-8 are read as Latin-1
/// (the other encoding plain text on a share is commonly in), so letters
/// with diacritics are masked as letters.
fn push_masked_plain(words: &mut VisibleWords, seg: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < seg.len() {
        let b = seg[i];
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            out.push(if b.is_ascii_control() { b' ' } else { b });
            i += 1;
            continue;
        }
        if !b.is_ascii() {
            let (c, len) = decode_char(&seg[i..]);
            if !c.is_alphanumeric() {
                let c = if c.is_control() { ' ' } else { c };
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                i += len;
                continue;
            }
        }
        // A word: letters and digits, ASCII or not.
        let start = i;
        let mut ascii_letters = true;
        while i < seg.len() {
            let b = seg[i];
            if b.is_ascii_alphanumeric() {
                ascii_letters &= b.is_ascii_alphabetic();
                i += 1;
            } else if !b.is_ascii() {
                let (c, len) = decode_char(&seg[i..]);
                if !c.is_alphanumeric() {
                    break;
                }
                ascii_letters = false;
                i += len;
            } else {
                break;
            }
        }
        let word = &seg[start..i];
        if ascii_letters && words.is_visible(word) {
            out.extend_from_slice(word);
            continue;
        }
        let mut j = 0;
        while j < word.len() {
            let len = if word[j].is_ascii() {
                1
            } else {
                decode_char(&word[j..]).1
            };
            out.push(if j == 0 && word[0].is_ascii_alphabetic() {
                word[0]
            } else {
                b'*'
            });
            j += len;
        }
    }
}

/// The character at the start of `s` (not ASCII) and its length in bytes:
/// UTF-8 when it is, else one Latin-1 byte.
fn decode_char(s: &[u8]) -> (char, usize) {
    let len = match s[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1,
    };
    if len > 1 && s.len() >= len {
        if let Ok(t) = std::str::from_utf8(&s[..len]) {
            if let Some(c) = t.chars().next() {
                return (c, len);
            }
        }
    }
    (char::from(s[0]), 1)
}

#[cfg(test)]
mod tests {
    /// Issue 17: a unit lists its first `MAX_LISTED` findings and counts
    /// the rest by kind.
    #[test]
    fn a_unit_lists_its_first_max_listed_findings_and_counts_the_rest() {
        use super::{Kind, Listing, MAX_LISTED};
        let mut first = Listing {
            listed: MAX_LISTED - 2,
            ..Listing::default()
        };
        assert!(first.admit(Kind::Ssn));
        assert!(first.admit(Kind::Ssn));
        for kind in [Kind::Name, Kind::Dob, Kind::Dob] {
            assert!(!first.admit(kind), "past the cap");
        }
        assert_eq!(first.listed, MAX_LISTED);
        assert_eq!(first.unlisted_total, 3);
        let unlisted = first.take_unlisted();
        assert_eq!(
            unlisted.into_iter().collect::<Vec<_>>(),
            [(Kind::Name, 1), (Kind::Dob, 2)]
        );
        assert!(first.take_unlisted().is_empty(), "taken once");
        assert_eq!(first.unlisted_total, 3, "the unit's total stays");
    }

    #[test]
    fn structured_name_spans_normalize_like_the_name() {
        use super::{normalize, Kind};
        let want = normalize(Kind::Name, b"Homer Simpson");
        for span in [
            &b"Homer\"\n      ],\n      \"family\": \"Simpson"[..],
            b"Simpson\",\"given\":[\"Homer\",\"Jay",
            b"Homer</given>\n  <family>Simpson",
            b"Simpson</family><given>Homer",
            b"Homer</given><given>J</given><family>Simpson",
            b"SIMPSON^HOMER^J",
        ] {
            assert_eq!(
                normalize(Kind::Name, span),
                want,
                "{}",
                String::from_utf8_lossy(span)
            );
        }
    }

    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask(Kind::Ssn, b"212-09-6789"), "***-**-6789");
        assert_eq!(mask(Kind::Name, b"John Smith"), "J*** S****");
        assert_eq!(mask(Kind::Name, b"SMITH^JOHN"), "S****^J***");
        assert_eq!(mask(Kind::Dob, b"03/14/1961"), "**/**/1961");
        assert_eq!(mask(Kind::Dob, b"March 3, 1961"), "***** *, 1961");
        assert_eq!(mask(Kind::Dob, b"19610314"), "1961****");
        assert_eq!(mask(Kind::Mrn, b"00482913"), "******13");
        assert_eq!(mask(Kind::Icd10, b"E11.9"), "E**.*");
        assert_eq!(mask(Kind::Age, b"93"), "**");
        assert_eq!(mask(Kind::Age, b"Age: 93"), "Age: **");
        assert_eq!(mask(Kind::Age, b"102-year-old"), "***-year-old");
    }

    /// The mask as first written, one decision per byte by kind: the
    /// loops per kind must agree with it.
    fn mask_reference(kind: Kind, value: &[u8]) -> Vec<u8> {
        let keep_last = |n: usize| {
            let alnum = value.iter().filter(|b| b.is_ascii_alphanumeric()).count();
            alnum.saturating_sub(n)
        };
        let (show_from, year) = match kind {
            Kind::Ssn | Kind::Itin => (keep_last(4), None),
            Kind::Name | Kind::Icd10 | Kind::Icd9 => (usize::MAX, None),
            Kind::Date | Kind::Dob => (usize::MAX, year_span(value)),
            _ => (keep_last(if value.len() >= 10 { 4 } else { 2 }), None),
        };
        let mut seen = 0;
        let mut out = Vec::new();
        for (i, &b) in value.iter().enumerate() {
            let shown = if !b.is_ascii() {
                false
            } else if !b.is_ascii_alphanumeric() {
                true
            } else {
                seen += 1;
                match kind {
                    Kind::Name => i == 0 || !value[i - 1].is_ascii_alphabetic(),
                    Kind::Icd10 | Kind::Icd9 => i == 0,
                    Kind::Age => !b.is_ascii_digit(),
                    Kind::Date | Kind::Dob => year.is_some_and(|(s, e)| (s..e).contains(&i)),
                    _ => seen > show_from,
                }
            };
            out.push(if shown { b } else { b'*' });
        }
        out
    }

    #[test]
    fn masks_agree_with_reference() {
        let values: [&[u8]; 14] = [
            b"212-09-6789",
            b"John Smith",
            b"O'Neil-Smith, Mary-Jo",
            b"SMITH^JOHN^Q",
            b"03/14/1961",
            b"19610314",
            b"March 3, 1961",
            b"E11.9",
            b"00482913",
            b"1EG4-TE5-MK73",
            b"x",
            b"",
            "Jos\u{e9} M\u{fc}ller 12".as_bytes(),
            b"caf\xe9 9\xff8 77",
        ];
        let kinds = [
            Kind::Name,
            Kind::Dob,
            Kind::Date,
            Kind::Ssn,
            Kind::Itin,
            Kind::Mrn,
            Kind::Icd10,
            Kind::Icd9,
            Kind::Phone,
            Kind::Email,
            Kind::Age,
        ];
        for kind in kinds {
            for v in values {
                let mut out = b"prefix ".to_vec();
                mask_into(kind, v, &mut out);
                assert_eq!(&out[7..], mask_reference(kind, v), "{kind:?} {v:?}");
            }
        }
    }

    #[test]
    fn context_masks_words_in_any_encoding() {
        let engine = Engine::builtin().unwrap();
        let mut out = Vec::new();
        let mut words = VisibleWords::new(&engine);
        // Latin-1 letters are letters of the word they sit in.
        push_masked_plain(&mut words, b"caf\xe9 et cr\xe8me 42", &mut out);
        assert_eq!(out, b"c*** e* c**** **");
        out.clear();
        push_masked_plain(&mut words, "José Müller — the patient".as_bytes(), &mut out);
        assert_eq!(out, "J*** M***** — the patient".as_bytes());
        out.clear();
        push_masked_plain(
            &mut words,
            b"Patient: Nwosu Adaeze  SSN:  DOB:  Age: 93",
            &mut out,
        );
        assert_eq!(out, b"Patient: N**** A*****  SSN:  DOB:  Age: **");
        out.clear();
        // A common word that is a census name is masked when capitalised.
        push_masked_plain(&mut words, b"ward Ward", &mut out);
        assert_eq!(out, b"ward W***");
    }

    /// The remembered answers are the sets', for every word of the sample
    /// corpus asked twice (more words than slots, so slots are overwritten
    /// on the way).
    #[test]
    fn remembered_visible_words_match_the_sets() {
        let engine = Engine::builtin().unwrap();
        let mut visible = VisibleWords::new(&engine);
        let mut words = Vec::new();
        for (_, text) in crate::test_corpus::files("sample") {
            words.extend(
                text.split(|b| !b.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(<[u8]>::to_vec),
            );
        }
        assert!(words.len() > 1 << WORD_SLOTS_LOG2, "{}", words.len());
        let (mut shown, mut hidden) = (0, 0);
        for (i, w) in words.iter().chain(&words).enumerate() {
            let expected = visible.decide(w);
            assert_eq!(visible.is_visible(w), expected, "word {i}");
            if expected {
                shown += 1;
            } else {
                hidden += 1;
            }
        }
        assert!(shown > 0 && hidden > 0);
    }

    #[test]
    fn fingerprints_are_keyed_and_normalized() {
        let a = Keyring::derive(b"key one, long enough");
        let b = Keyring::derive(b"key two, long enough");
        let n1 = normalize(Kind::Ssn, b"212-09-1234");
        let n2 = normalize(Kind::Ssn, b"212 09 1234");
        assert_eq!(a.fingerprint("us-ssn", &n1), a.fingerprint("us-ssn", &n2));
        assert_ne!(a.fingerprint("us-ssn", &n1), b.fingerprint("us-ssn", &n1));
        assert_eq!(
            normalize(Kind::Name, b"SMITH^JOHN"),
            normalize(Kind::Name, b"John Smith")
        );
        assert_eq!(
            normalize(Kind::Name, b"Smith, John"),
            normalize(Kind::Name, b"John Q. Smith")
        );
    }

    #[test]
    fn one_shot_fingerprint_matches_incremental_hash() {
        let k = Keyring::derive(b"key one, long enough");
        let mut h = blake3::Hasher::new_keyed(&k.key);
        h.update(b"us-ssn");
        h.update(&[0]);
        h.update(b"212091234");
        assert_eq!(
            k.fingerprint("us-ssn", b"212091234").0,
            h.finalize().as_bytes()[..16]
        );
    }

    #[test]
    fn context_never_shows_raw_values() {
        let engine = Engine::builtin().unwrap();
        let keys = Keyring::derive(b"test key for context");
        let text = b"Patient: John Smith  SSN: 212-09-1234  DOB: 03/14/1961  MRN: 00482913";
        let mut s = engine.scratch();
        let mut ms = Vec::new();
        engine.scan(text, &mut s, &mut ms);
        let mut out = Vec::new();
        let opts = BuildOptions {
            show_values: false,
            min_confidence: Confidence::Low,
        };
        build(
            &engine,
            &keys,
            text,
            &ms,
            &mut Position::default(),
            0,
            text.len(),
            opts,
            Judged::NONE,
            &mut out,
            &mut |_| unreachable!("fewer findings than a part"),
        );
        assert!(out.len() >= 4, "{out:?}");
        let all = serde_json::to_string(&out).unwrap();
        for raw in ["John", "Smith", "212-09-1234", "03/14", "00482913"] {
            assert!(!all.contains(raw), "{raw} leaked: {all}");
        }
    }
}
