//! The CSV report: one row per finding (masked), under a header row, for
//! spreadsheets and quick filtering. Written with the `csv` crate, whose
//! quoting (RFC 4180: fields with commas, quotes or line breaks quoted,
//! quotes doubled) every spreadsheet reads back.
//!
//! The file holds finding rows only. Skipped items and the summary are not
//! rows: they go to standard error, briefly ([`MAX_SKIPPED_LINES`] items
//! that leave the scan incomplete, then one summary line), so a CSV on
//! stdout stays a table. `--format jsonl` has every record.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{FileReport, Sink, Skipped, Summary};

/// Skipped items that make a scan incomplete named on stderr; the rest are
/// counted in the closing line.
pub const MAX_SKIPPED_LINES: u64 = 20;

/// The header row, in column order.
pub const HEADER: [&str; 10] = [
    "path",
    "inner",
    "line",
    "column",
    "kind",
    "detector",
    "confidence",
    "masked",
    "fingerprint",
    "context",
];

/// One row per finding; skipped items and the summary on `err`.
pub struct Csv<W: Write, E: Write> {
    out: ::csv::Writer<W>,
    err: E,
    show_values: bool,
    header_written: bool,
    /// Incomplete-making skipped items named on `err` so far, and past that.
    named: u64,
    unnamed: u64,
}

impl<W: Write, E: Write> Csv<W, E> {
    /// A sink writing rows to `out` and its notes to `err`; with
    /// `show_values` (`--show-values`) a last `value` column holds raw
    /// values.
    pub fn new(out: W, err: E, show_values: bool) -> Self {
        Csv {
            out: ::csv::WriterBuilder::new()
                .buffer_capacity(64 << 10)
                .from_writer(out),
            err,
            show_values,
            header_written: false,
            named: 0,
            unnamed: 0,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if self.header_written {
            return Ok(());
        }
        self.header_written = true;
        if self.show_values {
            let mut h = HEADER.to_vec();
            h.push("value");
            self.out.write_record(&h)?;
        } else {
            self.out.write_record(HEADER)?;
        }
        Ok(())
    }
}

/// A cell as written: one that a spreadsheet would take for a formula
/// (leading `=`, `+`, `-`, `@`, tab or carriage return; OWASP's "CSV
/// injection") gets a leading `'`, since paths and context are content
/// from the scanned tree.
fn cell(s: &str) -> Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

impl<W: Write, E: Write> Sink for Csv<W, E> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        self.header()?;
        let path = cell(&r.path);
        let inner = r.inner.join(" > ");
        let inner = cell(&inner);
        let mut line = itoa_buf();
        let mut column = itoa_buf();
        for f in &r.findings {
            let hex = f.fingerprint.hex();
            let l = fmt_u64(&mut line, f.line);
            let c = fmt_u64(&mut column, f.column);
            let masked = cell(&f.masked);
            let context = cell(&f.context);
            let detector = cell(&f.detector);
            let fields: [&[u8]; 10] = [
                path.as_bytes(),
                inner.as_bytes(),
                l,
                c,
                f.kind.as_str().as_bytes(),
                detector.as_bytes(),
                f.confidence.as_str().as_bytes(),
                masked.as_bytes(),
                &hex,
                context.as_bytes(),
            ];
            for field in fields {
                self.out.write_field(field)?;
            }
            if self.show_values {
                let v = f.value.as_deref().map(cell).unwrap_or_default();
                self.out.write_field(v.as_bytes())?;
            }
            self.out.write_record(None::<&[u8]>)?;
        }
        Ok(())
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        self.header()?;
        if !s.reason.makes_incomplete() {
            return Ok(());
        }
        if self.named >= MAX_SKIPPED_LINES {
            self.unnamed += 1;
            return Ok(());
        }
        self.named += 1;
        // stderr is a diagnostic: a failure to write it does not end the
        // report.
        let _ = writeln!(
            self.err,
            "phiscan: skipped {}: {}: {}",
            super::display_path(&s.path, &s.inner),
            s.reason.as_str(),
            s.detail
        );
        Ok(())
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        self.header()?;
        self.out.flush()?;
        if self.unnamed > 0 {
            let _ = writeln!(
                self.err,
                "phiscan: ... and {} more skipped (--format jsonl lists them all)",
                self.unnamed
            );
        }
        let mut line = format!(
            "phiscan: {} files, {} findings",
            s.files,
            s.findings - s.unlisted
        );
        if s.unlisted > 0 {
            line.push_str(&format!(
                " in rows, {} more counted but not listed",
                s.unlisted
            ));
        }
        line.push_str(&format!(", {} skipped", s.skipped));
        if let Some(sig) = s.interrupted {
            line.push_str(&format!("; INTERRUPTED by {sig}"));
        } else if !s.complete {
            line.push_str("; INCOMPLETE");
        }
        let _ = writeln!(self.err, "{line}");
        Ok(())
    }
}

fn itoa_buf() -> [u8; 20] {
    [0; 20]
}

/// `n` in decimal in `buf`, without an allocation per cell.
fn fmt_u64(buf: &mut [u8; 20], mut n: u64) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[i..]
}

#[cfg(test)]
mod tests {
    use super::{cell, fmt_u64};

    #[test]
    fn formula_cells_are_defused_and_numbers_written() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("notes/a.txt"), "notes/a.txt");
        assert_eq!(cell(""), "");
        let mut b = [0; 20];
        assert_eq!(fmt_u64(&mut b, 0), b"0");
        assert_eq!(
            fmt_u64(&mut b, 18446744073709551615),
            b"18446744073709551615"
        );
    }
}
