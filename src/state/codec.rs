//! One file's records (units with their findings, and skips) as one
//! compact blob: the inventory stores a file's records in a single row.
//!
//! Why a blob and not a row per finding: a nightly run carries forward
//! every unchanged file's findings, and on a share dense with PHI that is
//! millions of findings a night. A row per finding cost SQLite's per-row
//! and per-column work for each (three quarters of a second run on 1.45M
//! findings); one blob per file is one B-tree look-up and a linear decode.
//! History is kept per file version (the row's `first_run`/`gone_run`).
//!
//! Layout (version 1): a version byte; a table of the names the blob
//! uses (kinds, confidences, detector ids), each once; then the units,
//! whose findings refer to names by their place in the table; then the
//! skips. Integers are LEB128 varints; strings are a varint length and
//! UTF-8 bytes. Kinds and confidences are stored by name, not by number,
//! so a reordered enum never misreads an older run, and the table keeps
//! a finding's three names to three small numbers.

use std::sync::Arc;

use super::{verdict_code, verdict_of, StoredFinding, StoredSkip, StoredUnit};
use crate::findings::Fingerprint;
use crate::vocab::{Confidence, Kind, SkipReason};

const VERSION: u8 = 1;

/// The blob of a file's records.
pub fn encode(units: &[StoredUnit], skips: &[StoredSkip]) -> Vec<u8> {
    let findings: usize = units.iter().map(|u| u.findings.len()).sum();
    let mut names: Vec<&str> = Vec::new();
    // The finding's three names as places in the table, in order.
    let places: Vec<[u64; 3]> = units
        .iter()
        .flat_map(|u| &u.findings)
        .map(|f| {
            [
                place(&mut names, f.kind.as_str()),
                place(&mut names, &f.detector),
                place(&mut names, f.confidence.as_str()),
            ]
        })
        .collect();
    let mut out = Vec::with_capacity(16 + findings * 128);
    out.push(VERSION);
    varint(&mut out, names.len() as u64);
    for n in &names {
        string(&mut out, n);
    }
    let mut places = places.into_iter();
    varint(&mut out, units.len() as u64);
    for u in units {
        chain(&mut out, &u.inner);
        out.push(verdict_code(u.verdict) as u8);
        varint(&mut out, u.unlisted.len() as u64);
        for (k, n) in &u.unlisted {
            string(&mut out, k.as_str());
            varint(&mut out, *n);
        }
        varint(&mut out, u.findings.len() as u64);
        for f in &u.findings {
            for n in places.next().unwrap_or_default() {
                varint(&mut out, n);
            }
            for n in [f.line, f.column, f.start, f.end] {
                varint(&mut out, n);
            }
            string(&mut out, &f.masked);
            out.extend_from_slice(&f.fingerprint.0);
            string(&mut out, &f.context);
        }
    }
    varint(&mut out, skips.len() as u64);
    for s in skips {
        chain(&mut out, &s.inner);
        string(&mut out, s.reason.as_str());
        string(&mut out, &s.detail);
    }
    out
}

/// A blob that does not decode: a damaged or foreign state file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed;

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a stored record does not decode (damaged state file?)")
    }
}

impl std::error::Error for Malformed {}

/// The records a blob holds. Findings whose kind or confidence this
/// version does not know are dropped (as a row-per-finding reader did).
pub fn decode(blob: &[u8]) -> Result<(Vec<StoredUnit>, Vec<StoredSkip>), Malformed> {
    let (mut units, mut skips) = (Vec::new(), Vec::new());
    decode_into(blob, &mut units, &mut skips)?;
    Ok((units, skips))
}

/// [`decode`] into `units` and `skips`, overwriting what they held and
/// reusing its allocations: a worker carrying forward thousands of files
/// decodes each into the same few buffers instead of allocating two
/// strings per finding.
pub fn decode_into(
    blob: &[u8],
    units: &mut Vec<StoredUnit>,
    skips: &mut Vec<StoredSkip>,
) -> Result<(), Malformed> {
    let mut r = Reader { b: blob };
    if r.byte()? != VERSION {
        return Err(Malformed);
    }
    let n = r.count()?;
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        let s = r.str()?;
        names.push(Name {
            kind: kind(s),
            confidence: confidence(s),
            detector: s.into(),
        });
    }
    let name = |r: &mut Reader<'_>| -> Result<&Name, Malformed> {
        let at = r.varint()?;
        names.get(at as usize).ok_or(Malformed)
    };
    let n_units = r.count()?;
    units.truncate(n_units);
    units.resize_with(n_units, StoredUnit::default);
    for u in units.iter_mut() {
        r.chain_into(&mut u.inner)?;
        u.verdict = Some(verdict_of(i64::from(r.byte()?)));
        u.unlisted.clear();
        for _ in 0..r.count()? {
            let k = kind(r.str()?);
            let count = r.varint()?;
            if let Some(k) = k {
                u.unlisted.push((k, count));
            }
        }
        let n = r.count()?;
        let mut kept = 0;
        for _ in 0..n {
            let k = name(&mut r)?.kind;
            let detector = &name(&mut r)?.detector;
            let c = name(&mut r)?.confidence;
            let (line, column, start, end) = (r.varint()?, r.varint()?, r.varint()?, r.varint()?);
            let masked = r.str()?;
            let fp = r.take(16)?;
            let context = r.str()?;
            let (Some(kind), Some(confidence)) = (k, c) else {
                continue;
            };
            if kept == u.findings.len() {
                u.findings.push(StoredFinding {
                    kind,
                    detector: detector.clone(),
                    confidence,
                    line: 0,
                    column: 0,
                    start: 0,
                    end: 0,
                    masked: String::new(),
                    fingerprint: Fingerprint([0; 16]),
                    context: String::new(),
                });
            }
            let f = &mut u.findings[kept];
            f.kind = kind;
            if !Arc::ptr_eq(&f.detector, detector) {
                f.detector = detector.clone();
            }
            f.confidence = confidence;
            (f.line, f.column, f.start, f.end) = (line, column, start, end);
            f.masked.clear();
            f.masked.push_str(masked);
            f.fingerprint.0.copy_from_slice(fp);
            f.context.clear();
            f.context.push_str(context);
            kept += 1;
        }
        u.findings.truncate(kept);
    }
    let n = r.count()?;
    skips.clear();
    for _ in 0..n {
        let inner = r.chain()?;
        let reason = reason(r.str()?);
        let detail = r.str()?.to_string();
        skips.push(StoredSkip {
            inner,
            reason,
            detail,
        });
    }
    if !r.b.is_empty() {
        return Err(Malformed);
    }
    Ok(())
}

/// The place of `s` in the blob's name table, added when new.
fn place<'a>(names: &mut Vec<&'a str>, s: &'a str) -> u64 {
    let at = names.iter().position(|n| *n == s).unwrap_or_else(|| {
        names.push(s);
        names.len() - 1
    });
    at as u64
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn string(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn chain(out: &mut Vec<u8>, inner: &[String]) {
    varint(out, inner.len() as u64);
    for m in inner {
        string(out, m);
    }
}

fn kind(s: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| k.as_str() == s)
}

fn confidence(s: &str) -> Option<Confidence> {
    [Confidence::Low, Confidence::Medium, Confidence::High]
        .into_iter()
        .find(|c| c.as_str() == s)
}

fn reason(s: &str) -> SkipReason {
    super::parse_reason(s)
}

/// A name of the blob's table, read once as whatever it may be.
struct Name {
    kind: Option<Kind>,
    confidence: Option<Confidence>,
    /// As a detector id, shared by the findings that name it.
    detector: Arc<str>,
}

struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        if self.b.len() < n {
            return Err(Malformed);
        }
        let (head, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, Malformed> {
        Ok(self.take(1)?[0])
    }

    fn varint(&mut self) -> Result<u64, Malformed> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(Malformed)
    }

    /// A count of items still to come: never more than bytes left, so a
    /// damaged length cannot ask for a huge allocation.
    fn count(&mut self) -> Result<usize, Malformed> {
        let n = self.varint()?;
        if n > self.b.len() as u64 {
            return Err(Malformed);
        }
        Ok(n as usize)
    }

    fn str(&mut self) -> Result<&'a str, Malformed> {
        let n = self.count()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| Malformed)
    }

    fn chain(&mut self) -> Result<Vec<String>, Malformed> {
        let mut v = Vec::new();
        self.chain_into(&mut v)?;
        Ok(v)
    }

    fn chain_into(&mut self, v: &mut Vec<String>) -> Result<(), Malformed> {
        let n = self.count()?;
        v.clear();
        for _ in 0..n {
            v.push(self.str()?.to_string());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Verdict;

    fn sample() -> (Vec<StoredUnit>, Vec<StoredSkip>) {
        let f = |kind, fp: u8, masked: &str| StoredFinding {
            kind,
            detector: "us-ssn".into(),
            confidence: Confidence::High,
            line: 3,
            column: 300,
            start: 1 << 40,
            end: (1 << 40) + 11,
            masked: masked.into(),
            fingerprint: Fingerprint([fp; 16]),
            context: "SSN: ***-**-6789 \"quoted\" ünïcode".into(),
        };
        (
            vec![
                StoredUnit {
                    inner: vec![],
                    verdict: Some(Verdict::Pii),
                    findings: vec![f(Kind::Ssn, 1, "***-**-6789"), f(Kind::Name, 2, "J*** D**")],
                    unlisted: vec![(Kind::Date, 70_000)],
                },
                StoredUnit {
                    inner: vec!["a.zip".into(), "word/document.xml".into()],
                    verdict: Some(Verdict::Phi),
                    findings: vec![f(Kind::HealthPlanId, 3, "********")],
                    unlisted: vec![],
                },
            ],
            vec![StoredSkip {
                inner: vec!["b.zip".into()],
                reason: SkipReason::Encrypted,
                detail: "password protected".into(),
            }],
        )
    }

    #[test]
    fn records_round_trip() {
        let (units, skips) = sample();
        let blob = encode(&units, &skips);
        assert_eq!(decode(&blob).unwrap(), (units.clone(), skips.clone()));
        assert_eq!(decode(&encode(&[], &[])).unwrap(), (vec![], vec![]));
        // Decoding over earlier records, bigger or smaller, leaves exactly
        // the new ones.
        let (mut u, mut s) = decode(&blob).unwrap();
        let more = u[0].findings.clone();
        u[1].findings.extend(more);
        u.push(u[0].clone());
        decode_into(&blob, &mut u, &mut s).unwrap();
        assert_eq!((&u, &s), (&units, &skips));
        let small = encode(&units[1..], &[]);
        decode_into(&small, &mut u, &mut s).unwrap();
        assert_eq!((&u[..], &s[..]), (&units[1..], &[][..]));
        decode_into(&blob, &mut u, &mut s).unwrap();
        assert_eq!((&u, &s), (&units, &skips));
    }

    #[test]
    fn every_kind_and_reason_round_trips_by_name() {
        for k in Kind::ALL {
            assert_eq!(kind(k.as_str()), Some(k));
        }
        for r in super::super::SKIP_REASONS {
            assert_eq!(reason(r.as_str()), r);
        }
        assert_eq!(kind("no-such-kind"), None);
    }

    #[test]
    fn damaged_blobs_are_refused_not_misread() {
        let (units, skips) = sample();
        let blob = encode(&units, &skips);
        // Every truncation, a trailing byte, another version, a huge count.
        for cut in 0..blob.len() {
            assert_eq!(decode(&blob[..cut]), Err(Malformed), "cut at {cut}");
        }
        let mut longer = blob.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(Malformed));
        let mut other = blob.clone();
        other[0] = 2;
        assert_eq!(decode(&other), Err(Malformed));
        assert_eq!(
            decode(&[VERSION, 0xff, 0xff, 0xff, 0xff, 0x0f]),
            Err(Malformed)
        );
    }

    #[test]
    fn a_finding_of_an_unknown_kind_is_dropped_and_the_rest_kept() {
        let (mut units, skips) = sample();
        let blob = encode(&units, &skips);
        let at = blob
            .windows(4)
            .position(|w| w == b"name")
            .expect("kind name in blob");
        let mut renamed = blob.clone();
        renamed[at..at + 4].copy_from_slice(b"nome");
        units[0].findings.remove(1);
        // The table holds each name once.
        assert_eq!(blob.windows(6).filter(|w| w == b"us-ssn").count(), 1);
        assert_eq!(decode(&renamed).unwrap(), (units, skips));
    }
}
