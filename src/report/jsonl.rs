//! The JSONL report: one JSON object per line, the stable contract of
//! DESIGN.md section 4 that other tools read.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Sink, Skipped, Summary};
use crate::findings::Verdict;
use crate::vocab::Kind;

/// One JSON object per line (DESIGN.md section 4).
pub struct Jsonl<W: Write> {
    out: W,
    /// Lines not yet handed to `out`. Finding lines are written here
    /// directly and passed on in large blocks: copying each line into
    /// `out`'s own buffer showed in profiles of reports with millions of
    /// lines.
    buf: Vec<u8>,
}

/// Bytes gathered in [`Jsonl`]'s buffer before they are written out.
const JSONL_BLOCK: usize = 64 << 10;

impl<W: Write> Jsonl<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> Self {
        Jsonl {
            out,
            buf: Vec::with_capacity(JSONL_BLOCK + 4096),
        }
    }

    fn line<T: Serialize>(&mut self, v: &T) -> io::Result<()> {
        serde_json::to_writer(&mut self.buf, v)?;
        self.buf.push(b'\n');
        self.spill(JSONL_BLOCK)
    }

    /// Writes the buffer out once it holds at least `at` bytes.
    fn spill(&mut self, at: usize) -> io::Result<()> {
        if self.buf.len() < at || self.buf.is_empty() {
            return Ok(());
        }
        // Emptied even on error: the report is over then.
        let r = self.out.write_all(&self.buf);
        self.buf.clear();
        r
    }
}

impl<W: Write> Drop for Jsonl<W> {
    /// What is buffered is written, as a `BufWriter` does when dropped
    /// (a scan ended by an error writes no summary).
    fn drop(&mut self) {
        let _ = self.spill(0);
    }
}

/// `s` as a JSON string: copied as is when nothing needs escaping (the
/// common case), else escaped by serde_json. The check looks at every byte
/// without stopping early, which the compiler turns into vector compares.
fn push_json_str(out: &mut Vec<u8>, s: &str) {
    let escape = s.bytes().fold(false, |esc, b| {
        esc | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if !escape {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        serde_json::to_writer(&mut *out, s).expect("writing to a Vec cannot fail");
    }
}

/// `n` in decimal, two digits per division: every finding line has four
/// integers.
fn push_u64(out: &mut Vec<u8>, mut n: u64) {
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        let pair = usize::from((n % 100) as u8) * 2;
        n /= 100;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = usize::from(n as u8) * 2;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&digits[i..]);
}

#[derive(Serialize)]
struct FileRecord<'a> {
    #[serde(rename = "type")]
    ty: &'static str,
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<&'a str>,
    inner: &'a [String],
    verdict: Verdict,
    counts: &'a BTreeMap<Kind, u64>,
    #[serde(skip_serializing_if = "super::is_zero")]
    unlisted: u64,
}

#[derive(Serialize)]
struct Tagged<'a, T: Serialize> {
    #[serde(rename = "type")]
    ty: &'static str,
    #[serde(flatten)]
    v: &'a T,
}

/// JSONL's records stand alone, so they can be rendered on any thread:
/// a scan's workers render the records they carry forward from the
/// inventory, and the writer only copies bytes (see [`super::Render`]).
pub struct JsonlRender;

/// One finding line's fields, borrowed from a scan's finding or from a
/// record the inventory stored: both print through [`finding_line`].
struct Line<'a> {
    kind: Kind,
    detector: &'a str,
    confidence: crate::vocab::Confidence,
    at: [u64; 4],
    masked: &'a str,
    fingerprint: &'a crate::findings::Fingerprint,
    context: &'a str,
    value: Option<&'a str>,
    /// A raw scan's place on the disk.
    disk: Option<&'a crate::findings::OnDisk>,
}

/// The unit's `"path":…,"inner":[…]`, escaped once for all its lines.
fn location(r: &FileReport) -> Vec<u8> {
    let mut location = Vec::with_capacity(r.path.len() + 16);
    location.extend_from_slice(b"\"path\":");
    push_json_str(&mut location, &r.path);
    if let Some(raw) = &r.path_bytes {
        location.extend_from_slice(b",\"path_bytes\":");
        push_json_str(&mut location, raw);
    }
    location.extend_from_slice(b",\"inner\":");
    serde_json::to_writer(&mut location, &r.inner).expect("writing to a Vec cannot fail");
    location
}

/// One finding line, field by field: integers and plain strings written
/// directly, as a report can hold millions of lines.
fn finding_line(line: &mut Vec<u8>, location: &[u8], f: Line<'_>) {
    line.extend_from_slice(b"{\"type\":\"finding\",");
    line.extend_from_slice(location);
    line.extend_from_slice(b",\"kind\":\"");
    line.extend_from_slice(f.kind.as_str().as_bytes());
    line.extend_from_slice(b"\",\"detector\":");
    push_json_str(line, f.detector);
    line.extend_from_slice(b",\"confidence\":\"");
    line.extend_from_slice(f.confidence.as_str().as_bytes());
    for (name, n) in [
        &b"\",\"line\":"[..],
        b",\"column\":",
        b",\"start\":",
        b",\"end\":",
    ]
    .into_iter()
    .zip(f.at)
    {
        line.extend_from_slice(name);
        push_u64(line, n);
    }
    line.extend_from_slice(b",\"masked\":");
    push_json_str(line, f.masked);
    line.extend_from_slice(b",\"fingerprint\":\"");
    line.extend_from_slice(&f.fingerprint.hex());
    line.extend_from_slice(b"\",\"context\":");
    push_json_str(line, f.context);
    if let Some(v) = f.value {
        line.extend_from_slice(b",\"value\":");
        push_json_str(line, v);
    }
    if let Some(d) = f.disk {
        line.extend_from_slice(b",\"offset\":");
        push_u64(line, d.offset);
        if let Some(o) = &d.owner {
            line.extend_from_slice(b",\"owner\":");
            serde_json::to_writer(&mut *line, &**o).expect("writing to a Vec cannot fail");
        }
    }
    line.extend_from_slice(b"}\n");
}

impl super::Render for JsonlRender {
    fn stored(&self, r: &FileReport, findings: &[crate::state::FindingRef<'_>], out: &mut Vec<u8>) {
        let location = location(r);
        for f in findings {
            let line = Line {
                kind: f.kind,
                detector: f.detector,
                confidence: f.confidence,
                at: f.at,
                masked: f.masked,
                fingerprint: &crate::findings::Fingerprint(f.fingerprint),
                context: f.context,
                value: None,
                disk: None,
            };
            finding_line(out, &location, line);
        }
    }

    fn file(&self, r: &FileReport, out: &mut Vec<u8>) {
        let location = location(r);
        for f in &r.findings {
            let line = Line {
                kind: f.kind,
                detector: &f.detector,
                confidence: f.confidence,
                at: [f.line, f.column, f.start, f.end],
                masked: &f.masked,
                fingerprint: &f.fingerprint,
                context: &f.context,
                value: f.value.as_deref(),
                disk: f.disk.as_deref(),
            };
            finding_line(out, &location, line);
        }
        if r.partial {
            return;
        }
        serde_json::to_writer(
            &mut *out,
            &FileRecord {
                ty: "file",
                path: &r.path,
                path_bytes: r.path_bytes.as_deref(),
                inner: &r.inner,
                verdict: r.verdict,
                counts: &r.counts,
                unlisted: r.unlisted_total,
            },
        )
        .expect("writing to a Vec cannot fail");
        out.push(b'\n');
    }

    fn skipped(&self, s: &Skipped, out: &mut Vec<u8>) {
        serde_json::to_writer(
            &mut *out,
            &Tagged {
                ty: "skipped",
                v: s,
            },
        )
        .expect("writing to a Vec cannot fail");
        out.push(b'\n');
    }
}

impl<W: Write> Sink for Jsonl<W> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        super::Render::file(&JsonlRender, r, &mut self.buf);
        self.spill(JSONL_BLOCK)
    }

    fn rendered(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.len() < JSONL_BLOCK {
            self.buf.extend_from_slice(bytes);
            return self.spill(JSONL_BLOCK);
        }
        // Large blocks go out as they are, after what is buffered.
        self.spill(0)?;
        self.out.write_all(bytes)
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        super::Render::skipped(&JsonlRender, s, &mut self.buf);
        self.spill(JSONL_BLOCK)
    }

    /// One `changes` record before the summary (README, JSONL contract).
    fn changes(&mut self, c: &super::Changes) -> io::Result<()> {
        self.line(&Tagged {
            ty: "changes",
            v: c,
        })
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        self.line(&Tagged {
            ty: "summary",
            v: s,
        })?;
        self.spill(0)?;
        self.out.flush()
    }
}
