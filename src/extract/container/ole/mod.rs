//! OLE2 compound files: legacy .doc, .xls, .ppt and Outlook .msg.
//!
//! An OLE2 file is a little file system of streams; which streams it has
//! says what it is:
//!
//! - **Outlook .msg** (`__substg1.0_*` property streams): one text part,
//!   `Subject:`/`From:`/`To:`/`Cc:` lines, a blank line, then the plain-text
//!   body; an HTML-only body is handed on as a `body.html` member and an
//!   RTF-only one (LZFu-decompressed) as `body.rtf`, for the markup readers;
//!   every attachment is handed on as a member named by its file name (so an
//!   attached .docx or .pdf is opened in turn), an attached message is read
//!   the same way as a text part named by its display name.
//! - **Word .doc** (`WordDocument`): the text through the piece table (FIB
//!   → CLX in the table stream → pieces of cp1252 or UTF-16LE text), with
//!   field codes dropped, cell marks as tabs and row ends as newlines; runs
//!   of printable text when the piece table cannot be read.
//! - **Excel .xls** (`Workbook`, BIFF8): each sheet as tab-separated rows
//!   (shared strings with their CONTINUE records, inline strings, numbers,
//!   formula results; date-formatted numbers as ISO dates), after a line
//!   with the sheet's name; printable runs for older BIFF versions.
//! - **PowerPoint .ppt**: the text atoms of the `PowerPoint Document`
//!   stream.
//! - anything else: printable runs (UTF-16LE and ASCII) of every stream.
//!
//! Encrypted files (an encrypted OOXML package inside OLE2, or the
//! encryption flags of .doc/.xls/.ppt) are reported as encrypted.
//!
//! The `cfb` crate reads the container; its calls run under
//! `catch_unwind`, so a panic on a malformed file costs this file (reported
//! as corrupt), never the scan.

use std::io::{self, Cursor, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use super::text::{printable_runs, CappedText};
use super::{Budget, Part, Problem, Visit};
use crate::vocab::SkipReason;

mod doc;
mod msg;
mod ppt;
mod xls;

use doc::read_doc;
use msg::read_msg;
use ppt::read_ppt;
use xls::read_xls;

type Cfb<'b> = cfb::CompoundFile<Cursor<&'b [u8]>>;

/// Reads an OLE2 file: its text as one [`Part::Text`] named `""`, plus the
/// attachments of a message as members.
pub fn read(bytes: &[u8], budget: &mut Budget<'_>, visit: &mut Visit<'_>) -> Result<(), Problem> {
    budget.check_time()?;
    let cap = usize::try_from(budget.limits.max_member_bytes).unwrap_or(usize::MAX);
    let mut ole = match Ole::open(bytes) {
        Ok(ole) => ole,
        Err(problem) => return read_unopened(bytes, cap, problem, budget, visit),
    };
    let has_root = |name: &str| {
        ole.streams
            .iter()
            .any(|s| s.comps.len() == 1 && s.comps[0].eq_ignore_ascii_case(name))
    };
    if has_root("EncryptionInfo") && has_root("EncryptedPackage") {
        return Err(Problem::encrypted("office document is encrypted"));
    }
    let is_msg = ole.streams.iter().any(|s| {
        let top = s.comps[0].to_ascii_lowercase();
        top.starts_with("__substg1.0_")
            || top.starts_with("__recip_version1.0_")
            || top.starts_with("__attach_version1.0_")
    });
    let is_doc = has_root("WordDocument");
    let is_xls = has_root("Workbook") || has_root("Book");
    let is_ppt = has_root("PowerPoint Document");
    let mut out = CappedText::new(cap);
    if is_msg {
        return read_msg(&mut ole, &[], "", 0, budget, visit);
    } else if is_doc {
        read_doc(&mut ole, &mut out, budget, visit)?;
    } else if is_xls {
        read_xls(&mut ole, &mut out, budget, visit)?;
    } else if is_ppt {
        read_ppt(&mut ole, &mut out, budget, visit)?;
    } else {
        let paths: Vec<String> = ole.streams.iter().map(|s| s.path.clone()).collect();
        let mut buf = Vec::new();
        for path in paths {
            if ole.take(&path, &mut buf, budget, visit)? {
                printable_runs(&buf, 4, 6, &mut out);
            }
        }
    }
    if ole.lost && !out.text.chars().any(|c| !c.is_whitespace()) {
        // The text's stream was lost: its sectors may still be there.
        printable_runs(bytes, 4, 6, &mut out);
    }
    emit(out, "", budget, visit)
}

/// A compound file `cfb` cannot open (cut short, its allocation table or
/// directory damaged): its streams' sectors are still there, so its
/// printable runs are read, as for any binary file, before the file is
/// reported damaged with `problem`.
fn read_unopened(
    bytes: &[u8],
    cap: usize,
    problem: Problem,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut out = CappedText::new(cap);
    printable_runs(bytes, 4, 6, &mut out);
    emit(out, "", budget, visit)?;
    Err(Problem {
        detail: format!("{}; printable text read", problem.detail),
        ..problem
    })
}

/// Visits `out` as a text part (if it holds any text), then reports the
/// text cap if it was reached.
fn emit(
    out: CappedText,
    name: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    if out.text.chars().any(|c| !c.is_whitespace()) {
        let charged = budget.charge(out.text.len() as u64, 0, None);
        visit(
            Part::Text {
                name,
                text: out.text.as_bytes(),
            },
            budget,
        )?;
        charged?;
    }
    if out.full {
        return Err(Problem::budget(
            "document text past the member size limit (--max-member-size)",
        ));
    }
    Ok(())
}

/// One stream of the compound file.
struct StreamInfo {
    /// Path as `cfb` names it (`/WordDocument`).
    path: String,
    /// Its storage names and its own name, outermost first.
    comps: Vec<String>,
}

/// An opened compound file and the list of its streams.
struct Ole<'b> {
    cf: Cfb<'b>,
    streams: Vec<StreamInfo>,
    /// A stream could not be read at all (its sectors are damaged or past
    /// the end of a file cut short).
    lost: bool,
}

impl<'b> Ole<'b> {
    fn open(bytes: &'b [u8]) -> Result<Self, Problem> {
        let opened = catch_unwind(AssertUnwindSafe(|| -> io::Result<_> {
            let cf = cfb::CompoundFile::open(Cursor::new(bytes))?;
            let streams = cf
                .walk()
                .filter(|e| e.is_stream())
                .map(|e| {
                    let path: PathBuf = e.path().to_path_buf();
                    let comps = path
                        .components()
                        .filter_map(|c| match c {
                            std::path::Component::Normal(n) => {
                                Some(n.to_string_lossy().into_owned())
                            }
                            _ => None,
                        })
                        .collect::<Vec<_>>();
                    StreamInfo {
                        path: path.to_string_lossy().into_owned(),
                        comps,
                    }
                })
                .filter(|s| !s.comps.is_empty())
                .collect();
            Ok((cf, streams))
        }));
        match opened {
            Ok(Ok((cf, streams))) => Ok(Ole {
                cf,
                streams,
                lost: false,
            }),
            Ok(Err(e)) => Err(Problem::corrupt(format!(
                "not a readable OLE2 compound file ({})",
                e.kind()
            ))),
            Err(_) => Err(Problem::corrupt("OLE2 reader failed")),
        }
    }

    /// Reads one stream into `buf` the standard way (counted as a member):
    /// `Ok(true)` when `buf` holds all of it, `Ok(false)` when it was
    /// skipped (and reported).
    fn take(
        &mut self,
        path: &str,
        buf: &mut Vec<u8>,
        budget: &mut Budget<'_>,
        visit: &mut Visit<'_>,
    ) -> Result<bool, Problem> {
        budget.next_member()?;
        let name = path.trim_start_matches('/');
        let cf = &mut self.cf;
        let stream = match catch_unwind(AssertUnwindSafe(|| cf.open_stream(path))) {
            Ok(Ok(s)) => s,
            _ => {
                visit(
                    Part::Skipped {
                        name,
                        problem: Problem::corrupt("OLE2 stream cannot be opened"),
                    },
                    budget,
                )?;
                return Ok(false);
            }
        };
        match budget.read_member(NoPanic(stream), None, buf) {
            Ok(()) => Ok(true),
            Err(p) if budget.exhausted() => Err(p),
            // A stream whose sectors lie past the end of a file cut short:
            // what was read before them is read as usual.
            Err(p) if p.reason == SkipReason::Corrupt && !buf.is_empty() => {
                let problem =
                    Problem::corrupt(format!("OLE2 stream cut short: {} bytes read", buf.len()));
                visit(Part::Skipped { name, problem }, budget)?;
                Ok(true)
            }
            Err(problem) => {
                self.lost = true;
                visit(Part::Skipped { name, problem }, budget)?;
                Ok(false)
            }
        }
    }

    /// Reads a stream by its name components (case-insensitive), if the
    /// file has it.
    fn take_named(
        &mut self,
        comps: &[&str],
        buf: &mut Vec<u8>,
        budget: &mut Budget<'_>,
        visit: &mut Visit<'_>,
    ) -> Result<bool, Problem> {
        match self.find(comps) {
            Some(path) => self.take(&path, buf, budget, visit),
            None => Ok(false),
        }
    }

    fn find(&self, comps: &[&str]) -> Option<String> {
        self.streams
            .iter()
            .find(|s| {
                s.comps.len() == comps.len()
                    && s.comps
                        .iter()
                        .zip(comps)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
            .map(|s| s.path.clone())
    }
}

/// A reader whose panics become I/O errors. It reads at most a few
/// sectors at a time, so that a stream whose later sectors are lost (a file
/// cut short) still yields the sectors before them.
struct NoPanic<R>(R);

/// Bytes [`NoPanic`] asks of `cfb` at once: eight 512-byte sectors.
const READ_AT_ONCE: usize = 4096;

impl<R: Read> Read for NoPanic<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(READ_AT_ONCE);
        catch_unwind(AssertUnwindSafe(|| self.0.read(&mut buf[..n])))
            .unwrap_or_else(|_| Err(io::Error::other("OLE2 reader failed")))
    }
}

#[cfg(test)]
mod tests {
    use super::doc::doc_pieces;
    use super::msg::decompress_rtf;
    use super::xls::biff8;
    use super::*;
    use crate::extract::container::ArchiveLimits;
    use std::io::Write;
    use std::sync::atomic::AtomicU64;

    pub(super) type Got = (String, String, Vec<u8>);

    pub(super) fn run(bytes: &[u8]) -> (Vec<Got>, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        let mut parts = Vec::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            parts.push(match part {
                Part::Raw { name, bytes } => ("raw".into(), name.into(), bytes.to_vec()),
                Part::Text { name, text } => ("text".into(), name.into(), text.to_vec()),
                Part::Skipped { name, problem } => {
                    ("skipped".into(), name.into(), problem.detail.into_bytes())
                }
            });
            Ok(())
        });
        (parts, r)
    }

    pub(super) fn text(parts: &[Got]) -> String {
        parts
            .iter()
            .filter(|p| p.0 == "text" && p.1.is_empty())
            .map(|p| String::from_utf8(p.2.clone()).unwrap())
            .collect()
    }

    pub(super) fn utf16(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
    }

    /// A compound file with the given streams (storages created as needed).
    pub(super) fn compound(streams: &[(&str, Vec<u8>)]) -> Vec<u8> {
        let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        for (path, data) in streams {
            if let Some(parent) = std::path::Path::new(path).parent() {
                if parent != std::path::Path::new("/") && !cf.exists(parent) {
                    cf.create_storage_all(parent).unwrap();
                }
            }
            let mut s = cf.create_stream(path).unwrap();
            s.write_all(data).unwrap();
        }
        cf.flush().unwrap();
        cf.into_inner().into_inner()
    }

    pub(super) fn small_zip() -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        w.start_file("note.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b"MRN 123456").unwrap();
        w.finish().unwrap().into_inner()
    }

    pub(super) fn recip_props(kind: u32) -> Vec<u8> {
        let mut p = vec![0u8; 8];
        p.extend_from_slice(&0x0C15_0003u32.to_le_bytes());
        p.extend_from_slice(&6u32.to_le_bytes());
        p.extend_from_slice(&kind.to_le_bytes());
        p.extend_from_slice(&[0; 4]);
        p
    }

    /// A minimal Word 97 FIB with fcClx/lcbClx pointing into the table
    /// stream.
    pub(super) fn fib(flags: u16, fc_clx: u32, lcb_clx: u32, len: usize) -> Vec<u8> {
        let mut w = vec![0u8; 32];
        w[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
        w[2..4].copy_from_slice(&0x00C1u16.to_le_bytes());
        w[0x0A..0x0C].copy_from_slice(&flags.to_le_bytes());
        w.extend_from_slice(&14u16.to_le_bytes());
        w.extend_from_slice(&[0; 28]);
        w.extend_from_slice(&22u16.to_le_bytes());
        w.extend_from_slice(&[0; 88]);
        w.extend_from_slice(&93u16.to_le_bytes());
        let mut blob = vec![0u8; 93 * 8];
        blob[33 * 8..33 * 8 + 4].copy_from_slice(&fc_clx.to_le_bytes());
        blob[33 * 8 + 4..33 * 8 + 8].copy_from_slice(&lcb_clx.to_le_bytes());
        w.extend_from_slice(&blob);
        if w.len() < len {
            w.resize(len, 0);
        }
        w
    }

    #[test]
    fn other_ole_printable_runs() {
        let mut data = utf16("Jane Roe 212-09-1234");
        data.extend_from_slice(&[0xFF, 0xFE, 0x01]);
        data.extend_from_slice(b"abc\x01MRN 99887766\x02");
        let bytes = compound(&[("/Contents", data)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text(&parts), "Jane Roe 212-09-1234\nMRN 99887766\n");
    }

    #[test]
    fn truncated_random_and_flipped_bytes_never_panic() {
        let zip = small_zip();
        let samples = [
            compound(&[
                ("/__substg1.0_0037001F", utf16("Subject")),
                ("/__substg1.0_1000001F", utf16("Body text here")),
                ("/__attach_version1.0_#00000000/__substg1.0_37010102", zip),
            ]),
            compound(&[
                ("/WordDocument", fib(0, 0, 0, 2048)),
                ("/0Table", vec![1; 128]),
            ]),
        ];
        for bytes in &samples {
            for end in (0..bytes.len()).step_by(61) {
                let _ = run(&bytes[..end]);
            }
        }
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..FUZZ {
            let mut b = samples[i % 2].clone();
            for _ in 0..1 + next() % 8 {
                let k = (next() % b.len() as u64) as usize;
                b[k] ^= 1 << (next() % 8);
            }
            let _ = run(&b);
        }
        for _ in 0..50 {
            let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            b.extend((0..next() % 4096).map(|_| next() as u8));
            let _ = run(&b);
        }
        // The format parsers on their own, with garbage.
        for _ in 0..200 {
            let b: Vec<u8> = (0..next() % 3000).map(|_| next() as u8).collect();
            let mut out = CappedText::new(1 << 20);
            let _ = doc_pieces(&b, &b, &mut out);
            let _ = biff8(&b, &mut out);
            let _ = decompress_rtf(&b, 1 << 16);
            printable_runs(&b, 4, 6, &mut out);
        }
    }

    const FUZZ: usize = 600;
}
