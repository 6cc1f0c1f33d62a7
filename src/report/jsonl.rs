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
    counts: BTreeMap<Kind, u64>,
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

impl<W: Write> Sink for Jsonl<W> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        // Finding lines are most of a report: written field by field, with
        // the location escaped once per file.
        let mut location = Vec::with_capacity(r.path.len() + 16);
        location.extend_from_slice(b"\"path\":");
        serde_json::to_writer(&mut location, &r.path)?;
        if let Some(raw) = &r.path_bytes {
            location.extend_from_slice(b",\"path_bytes\":");
            serde_json::to_writer(&mut location, raw)?;
        }
        location.extend_from_slice(b",\"inner\":");
        serde_json::to_writer(&mut location, &r.inner)?;
        // Lines go straight into the block buffer, integers and plain
        // strings written directly: a report can hold millions of lines
        // and one thread writes them all.
        for f in &r.findings {
            let line = &mut self.buf;
            line.extend_from_slice(b"{\"type\":\"finding\",");
            line.extend_from_slice(&location);
            line.extend_from_slice(b",\"kind\":\"");
            line.extend_from_slice(f.kind.as_str().as_bytes());
            line.extend_from_slice(b"\",\"detector\":");
            push_json_str(line, &f.detector);
            line.extend_from_slice(b",\"confidence\":\"");
            line.extend_from_slice(f.confidence.as_str().as_bytes());
            for (name, n) in [
                (&b"\",\"line\":"[..], f.line),
                (b",\"column\":", f.column),
                (b",\"start\":", f.start),
                (b",\"end\":", f.end),
            ] {
                line.extend_from_slice(name);
                push_u64(line, n);
            }
            line.extend_from_slice(b",\"masked\":");
            push_json_str(line, &f.masked);
            line.extend_from_slice(b",\"fingerprint\":\"");
            line.extend_from_slice(&f.fingerprint.hex());
            line.extend_from_slice(b"\",\"context\":");
            push_json_str(line, &f.context);
            if let Some(v) = &f.value {
                line.extend_from_slice(b",\"value\":");
                push_json_str(line, v);
            }
            line.extend_from_slice(b"}\n");
            self.spill(JSONL_BLOCK)?;
        }
        if r.partial {
            return Ok(());
        }
        self.line(&FileRecord {
            ty: "file",
            path: &r.path,
            path_bytes: r.path_bytes.as_deref(),
            inner: &r.inner,
            verdict: r.verdict,
            counts: r.counts.clone(),
            unlisted: r.unlisted_total,
        })
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        self.line(&Tagged {
            ty: "skipped",
            v: s,
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
