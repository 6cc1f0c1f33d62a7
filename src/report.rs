//! Report sinks. They see only masked findings and statistics, never the
//! scanned text, so a report cannot leak more than `findings` let through.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::findings::{Finding, Verdict};
use crate::limits::human_size;
use crate::vocab::{Confidence, Kind, SkipReason};

/// The report of one scanned unit with findings.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Path as walked.
    pub path: String,
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
}

/// Something that could not be fully scanned.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Path as walked.
    pub path: String,
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
    /// Findings reported.
    pub findings: u64,
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
}

/// A report format.
pub trait Sink {
    /// One unit with findings.
    fn file(&mut self, r: &FileReport) -> io::Result<()>;
    /// One skipped item.
    fn skipped(&mut self, s: &Skipped) -> io::Result<()>;
    /// The closing record; flushes.
    fn summary(&mut self, s: &Summary) -> io::Result<()>;
}

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
    inner: &'a [String],
    verdict: Verdict,
    counts: BTreeMap<Kind, u64>,
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
            inner: &r.inner,
            verdict: r.verdict,
            counts: r.counts.clone(),
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

/// Grouped by file, for people; colour only when asked or on a terminal.
pub struct Human<W: Write> {
    out: W,
    color: bool,
    /// The unit whose parts are being printed: its header is already out
    /// unless another unit's report came in between.
    open: Option<String>,
}

impl<W: Write> Human<W> {
    /// A sink writing to `out`.
    pub fn new(out: W, color: bool) -> Self {
        Human {
            out,
            color,
            open: None,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
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

fn by_count<K: Ord + Copy>(m: &BTreeMap<K, u64>, name: impl Fn(K) -> &'static str) -> String {
    let mut v: Vec<(K, u64)> = m.iter().map(|(k, n)| (*k, *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.iter()
        .map(|(k, n)| format!("{} {n}", name(*k)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl<W: Write> Sink for Human<W> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        let verdict = match r.verdict {
            Verdict::Phi => self.paint("1;31", "PHI"),
            Verdict::Pii => self.paint("1;33", "PII"),
            Verdict::Clean => self.paint("2", "clean"),
        };
        let shown = display_path(&r.path, &r.inner);
        let path = self.paint("1;35", &shown);
        // A unit reported in parts: a header first, the verdict at its end.
        let total: u64 = r.counts.values().sum();
        let in_parts = r.partial || total > r.findings.len() as u64;
        if self.open.as_deref() != Some(shown.as_str()) {
            if in_parts {
                writeln!(self.out, "{path}")?;
            } else {
                writeln!(self.out, "{path}  [{verdict}]")?;
            }
        }
        for f in &r.findings {
            let conf = match f.confidence {
                Confidence::High => self.paint("31", "high  "),
                Confidence::Medium => self.paint("33", "medium"),
                Confidence::Low => self.paint("2", "low   "),
            };
            let loc = self.paint("32", &format!("{}:{}", f.line, f.column));
            let shown = f.value.as_deref().unwrap_or(&f.masked);
            writeln!(
                self.out,
                "  {loc:<8} {:<7} {conf} {:<16} {}",
                f.kind.as_str(),
                shown,
                self.paint("2", &format!("{}  | {}", f.detector, f.context.trim()))
            )?;
        }
        if r.partial {
            self.open = Some(shown);
            return Ok(());
        }
        self.open = None;
        if in_parts {
            writeln!(self.out, "  [{verdict}] {total} findings in {path}")?;
        }
        writeln!(self.out)
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        let tag = self.paint("2", &format!("skipped ({})", s.reason.as_str()));
        writeln!(
            self.out,
            "{tag} {}: {}",
            display_path(&s.path, &s.inner),
            s.detail
        )
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        let secs = s.elapsed_ms as f64 / 1000.0;
        let mbps = if secs > 0.0 {
            s.bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        let mut line = format!(
            "phiscan: {} files, {} in {:.2} s ({:.1} MB/s); {} findings at {}+",
            s.files,
            human_size(s.bytes),
            secs,
            mbps,
            s.findings,
            s.min_confidence.as_str()
        );
        if !s.by_kind.is_empty() {
            line += &format!(" ({})", by_count(&s.by_kind, Kind::as_str));
        }
        if !s.verdicts.is_empty() {
            line += &format!("; files: {}", by_count(&s.verdicts, Verdict::as_str));
        }
        line += &format!("; {} skipped", s.skipped);
        if !s.skipped_by_reason.is_empty() {
            line += &format!(" ({})", by_count(&s.skipped_by_reason, SkipReason::as_str));
        }
        if !s.complete {
            line += "; INCOMPLETE";
        }
        writeln!(self.out, "{}", self.paint("1", &line))?;
        self.out.flush()
    }
}
