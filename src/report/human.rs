//! The human report: findings grouped by file, a one-line summary, colour
//! only when asked or on a terminal.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{display_path, FileReport, Sink, Skipped, Summary};
use crate::findings::Verdict;
use crate::limits::human_size;
use crate::vocab::{Confidence, Kind, SkipReason};

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
            // A raw scan's finding has a disk offset, not a line.
            let loc = match &f.disk {
                Some(d) => format!("@{:#x}", d.offset),
                None => format!("{}:{}", f.line, f.column),
            };
            let loc = self.paint("32", &loc);
            let shown = f.value.as_deref().unwrap_or(&f.masked);
            writeln!(
                self.out,
                "  {loc:<8} {:<7} {conf} {:<16} {}",
                f.kind.as_str(),
                shown,
                self.paint("2", &format!("{}  | {}", f.detector, f.context.trim()))
            )?;
            if let Some(o) = f.disk.as_ref().and_then(|d| d.owner.as_ref()) {
                let what = match (&o.path, o.inode) {
                    (Some(p), Some(i)) => format!("{} file {p} (inode {i})", o.state),
                    (Some(p), None) => format!("{} file {p}", o.state),
                    _ => o.state.to_string(),
                };
                writeln!(
                    self.out,
                    "           {}",
                    self.paint("2", &format!("in {}: {what}", o.fs))
                )?;
            }
        }
        if r.partial {
            self.open = Some(shown);
            return Ok(());
        }
        self.open = None;
        if in_parts && r.unlisted_total > 0 {
            let n = r.unlisted_total;
            writeln!(
                self.out,
                "  [{verdict}] {total} findings in {path} ({n} counted, not listed)"
            )?;
        } else if in_parts {
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

    /// Before the summary: the counts, then the files with the most new
    /// and most fixed findings (ten of each; the other formats list more).
    fn changes(&mut self, c: &super::Changes) -> io::Result<()> {
        let head = format!(
            "since run {} ({}): {} new, {} resolved, {} unchanged findings; \
             {} files with new findings, {} files fixed",
            c.since_run,
            c.since_started,
            c.new_findings,
            c.resolved_findings,
            c.unchanged_findings,
            c.new_files_total,
            c.resolved_files_total
        );
        writeln!(self.out, "{}", self.paint("1", &head))?;
        for (tag, code, list, total) in [
            ("new  ", "1;31", &c.new_files, c.new_files_total),
            ("fixed", "1;32", &c.resolved_files, c.resolved_files_total),
        ] {
            for f in list.iter().take(10) {
                let tag = self.paint(code, tag);
                let kinds = by_count(&f.counts, Kind::as_str);
                writeln!(
                    self.out,
                    "  {tag} {} ({kinds})",
                    display_path(&f.path, &f.inner)
                )?;
            }
            if total > 10 {
                writeln!(self.out, "  … and {} more", total - 10)?;
            }
        }
        Ok(())
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
        if s.allowed > 0 {
            line += &format!("; {} allowed", s.allowed);
        }
        if s.baselined > 0 {
            line += &format!("; {} baselined", s.baselined);
        }
        line += &format!("; {} skipped", s.skipped);
        if !s.skipped_by_reason.is_empty() {
            line += &format!(" ({})", by_count(&s.skipped_by_reason, SkipReason::as_str));
        }
        if let Some(sig) = s.interrupted {
            line += &format!("; INTERRUPTED by {sig}, INCOMPLETE");
        } else if !s.complete {
            line += "; INCOMPLETE";
        }
        writeln!(self.out, "{}", self.paint("1", &line))?;
        self.out.flush()
    }
}
