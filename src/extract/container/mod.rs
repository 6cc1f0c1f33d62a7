//! Containers: archives, office documents, PDF, mail and markup, whose text
//! sits inside. Part of the extract room (DESIGN.md section 2): each format
//! module turns bytes into parts (members to open in turn, or text to scan)
//! and [`expand`] recurses through them under one [`Budget`], in memory
//! only: nothing extracted is ever written to disk.

pub mod archive;
pub mod budget;
pub mod dicom;
pub mod mail;
pub mod markup;
pub mod office;
pub mod ole;
pub mod pdf;
pub(crate) mod text;

pub use budget::{ArchiveLimits, Budget, Problem};

use std::panic::{catch_unwind, AssertUnwindSafe};

use std::cell::RefCell;

pub use crate::extract::sniff::ContainerFormat;
use crate::extract::sniff::Sniffed;
use crate::extract::structured;
use crate::structure::Cell;

/// The detail of a part lost to a bug (a caught panic). It never quotes
/// the panic's message, which may hold scanned content.
pub const INTERNAL_ERROR: &str = "internal error while reading this part (please report)";

/// What a format module hands back while reading a container.
#[derive(Debug)]
pub enum Part<'a> {
    /// A member's bytes as stored (inflated): opened in turn when it is a
    /// container, else scanned as a plain file would be.
    Raw {
        /// Member name (path inside the container).
        name: &'a str,
        /// Its bytes.
        bytes: &'a [u8],
    },
    /// Text a document yields (UTF-8), scanned as is; findings' offsets are
    /// into it. An empty `name` means the container's own text.
    Text {
        /// Part name (`word/document.xml`, `page 3`), or empty.
        name: &'a str,
        /// The text.
        text: &'a [u8],
    },
    /// A member or part that could not be read; the rest goes on.
    Skipped {
        /// Member name, or empty for the container itself.
        name: &'a str,
        /// Why.
        problem: Problem,
    },
}

/// The callback format modules report parts to. It gets the budget back so
/// that members can be opened in turn; an `Err` stops the container (a
/// budget was exhausted) and is returned by the format module as is.
pub type Visit<'v> = dyn FnMut(Part<'_>, &mut Budget<'_>) -> Result<(), Problem> + 'v;

/// What [`expand`] hands to the scanner.
#[derive(Debug)]
pub enum Unit<'a> {
    /// Text to scan. `extracted`: produced by a document reader (UTF-8),
    /// else a member's own bytes (to be sniffed for encoding like a file).
    Text {
        /// Member chain, outermost first.
        inner: &'a [String],
        /// The bytes.
        text: &'a [u8],
        /// Whether a document reader produced it.
        extracted: bool,
        /// What a member's own bytes were sniffed as (never a container),
        /// so they are not sniffed again; `None` for a reader's text
        /// (except a DICOM header, which its reader vouches for).
        sniffed: Option<Sniffed>,
        /// The values its reader named, handed over rather than read
        /// again from the text: a DICOM header's patient values.
        named: Option<&'a [Cell]>,
    },
    /// Something that was not (fully) read.
    Skipped {
        /// Member chain of what was skipped (empty: the file itself).
        inner: &'a [String],
        /// Why.
        problem: Problem,
    },
}

/// Reads one container with its format module.
fn read(
    format: ContainerFormat,
    bytes: &[u8],
    budget: &mut Budget<'_>,
    named: &RefCell<Vec<Cell>>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    match format {
        ContainerFormat::Zip => {
            if office::is_office(bytes) {
                office::read(bytes, budget, visit)
            } else {
                archive::read_zip(bytes, budget, visit)
            }
        }
        ContainerFormat::Gzip
        | ContainerFormat::Bzip2
        | ContainerFormat::Xz
        | ContainerFormat::Zstd => archive::read_stream(format, bytes, budget, visit),
        ContainerFormat::Tar => archive::read_tar(bytes, budget, visit),
        ContainerFormat::Pdf => pdf::read(bytes, budget, visit),
        ContainerFormat::Ole2 => ole::read(bytes, budget, visit),
        ContainerFormat::Rtf => markup::read_rtf(bytes, budget, visit),
        ContainerFormat::Html => markup::read_html(bytes, budget, visit),
        ContainerFormat::Xml => markup::read_xml(bytes, budget, visit),
        ContainerFormat::Eml => mail::read_eml(bytes, budget, visit),
        ContainerFormat::Mbox => mail::read_mbox(bytes, budget, visit),
        ContainerFormat::Dicom => dicom::read_named(bytes, budget, named, visit),
    }
}

/// Opens `bytes` (a container of `format`) and hands every text unit and
/// every problem inside it to `out`, members of members included, under
/// `budget`. `chain` is the member chain of `bytes` (empty for a file on
/// disk) and is restored on return. A problem stops only the container it
/// is in; what was handed out before it stays handed out.
pub fn expand(
    format: ContainerFormat,
    bytes: &[u8],
    chain: &mut Vec<String>,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) {
    // A panic is a bug in a reader (or in scanning a member's text): it
    // costs the part it happened in, reported as `corrupt`, while the
    // other members are still read and what was handed out stays.
    let depth = chain.len();
    // The values a reader names in its text as it writes it (a DICOM
    // header's patient tags), set before the text part is visited.
    let named = RefCell::new(Vec::new());
    let r = budget.descend(|budget| {
        let read_all = AssertUnwindSafe(|| {
            read(format, bytes, budget, &named, &mut |part, budget| {
                let (name, depth_before) = match &part {
                    Part::Raw { name, .. }
                    | Part::Text { name, .. }
                    | Part::Skipped { name, .. } => (*name, chain.len()),
                };
                if !name.is_empty() {
                    chain.push(name.to_string());
                }
                let handled = catch_unwind(AssertUnwindSafe(|| match part {
                    Part::Raw { bytes, .. } => match crate::extract::sniff::sniff(bytes) {
                        Sniffed::Container(f) if budget.may_descend() => {
                            expand(f, bytes, chain, budget, out)
                        }
                        Sniffed::Container(f) => out(Unit::Skipped {
                            inner: chain,
                            problem: Problem::budget(format!(
                                "{} nested deeper than {} levels (--max-depth)",
                                f.name(),
                                budget.limits.max_depth
                            )),
                        }),
                        sniffed => out(Unit::Text {
                            inner: chain,
                            text: bytes,
                            extracted: false,
                            sniffed: Some(sniffed),
                            named: None,
                        }),
                    },
                    Part::Text { text, .. } if format == ContainerFormat::Dicom => {
                        let named = named.borrow();
                        out(Unit::Text {
                            inner: chain,
                            text,
                            extracted: true,
                            sniffed: Some(Sniffed::Clinical(structured::ClinicalFormat::Dicom)),
                            named: Some(&named),
                        })
                    }
                    Part::Text { text, .. } => out(Unit::Text {
                        inner: chain,
                        text,
                        extracted: true,
                        sniffed: None,
                        named: None,
                    }),
                    Part::Skipped { problem, .. } => out(Unit::Skipped {
                        inner: chain,
                        problem,
                    }),
                }));
                if handled.is_err() {
                    chain.truncate(depth_before + usize::from(!name.is_empty()));
                    out(Unit::Skipped {
                        inner: chain,
                        problem: Problem::corrupt(INTERNAL_ERROR),
                    });
                }
                chain.truncate(depth_before);
                budget.check_time()
            })
        });
        catch_unwind(read_all).unwrap_or_else(|_| {
            chain.truncate(depth);
            Err(Problem::corrupt(INTERNAL_ERROR))
        })
    });
    if let Err(problem) = r {
        out(Unit::Skipped {
            inner: chain,
            problem,
        });
    }
}

/// Deterministic pseudo-random bytes (xorshift) for the readers' fuzz tests:
/// the same seed gives the same bytes, so a failure can be replayed.
#[cfg(test)]
pub(crate) fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::SkipReason;
    use std::io::{Cursor, Write};
    use std::sync::atomic::AtomicU64;
    use zip::write::SimpleFileOptions;

    /// Regression (issue 15): one member whose scan panicked lost the
    /// whole zip (106 members). Now it costs that member only, reported as
    /// `corrupt`, and the members before and after it are still handed out.
    #[test]
    fn a_panic_in_one_member_costs_that_member_only() {
        let mut inner = zip::ZipWriter::new(Cursor::new(Vec::new()));
        inner
            .start_file("deep-bad.txt", SimpleFileOptions::default())
            .unwrap();
        inner.write_all(b"boom").unwrap();
        inner
            .start_file("deep-good.txt", SimpleFileOptions::default())
            .unwrap();
        inner.write_all(b"fine").unwrap();
        let inner = inner.finish().unwrap().into_inner();
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in [
            ("a.txt", &b"first"[..]),
            ("bad.txt", b"boom"),
            ("nested.zip", &inner),
            ("z.txt", b"last"),
        ] {
            w.start_file(name, SimpleFileOptions::default()).unwrap();
            w.write_all(bytes).unwrap();
        }
        let zip = w.finish().unwrap().into_inner();
        let scan_bytes = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan_bytes);
        let (mut texts, mut skipped) = (Vec::new(), Vec::new());
        let mut chain = Vec::new();
        expand(
            ContainerFormat::Zip,
            &zip,
            &mut chain,
            &mut budget,
            &mut |unit| match unit {
                Unit::Text { inner, text, .. } => {
                    assert_ne!(text, b"boom", "a scanner bug on this member");
                    texts.push(inner.join("!"));
                }
                Unit::Skipped { inner, problem } => {
                    assert_eq!(problem.reason, SkipReason::Corrupt);
                    assert_eq!(problem.detail, INTERNAL_ERROR);
                    skipped.push(inner.join("!"));
                }
            },
        );
        assert!(chain.is_empty(), "the member chain is restored");
        assert_eq!(texts, ["a.txt", "nested.zip!deep-good.txt", "z.txt"]);
        assert_eq!(skipped, ["bad.txt", "nested.zip!deep-bad.txt"]);
    }
}
