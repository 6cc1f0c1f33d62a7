//! Opens files safely and hands their bytes out in windows: a reused
//! buffer for small files, memory maps for large ones, overlapping mapped
//! windows for files larger than the address-space budget.
//!
//! Safety first: only regular files are read (the handle is opened
//! non-blocking and `fstat`ed, so a FIFO or device never blocks a worker),
//! `O_NOATIME` keeps the scan from touching access times where allowed, and
//! nothing is ever written.

pub mod fsmap;
pub mod git;
mod guard;
pub mod raw;

use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;

use memmap2::MmapOptions;

use crate::limits::Limits;
use crate::vocab::{describe_type, SkipReason};

pub use guard::Guard;

/// Why a file could not be (fully) read: becomes a `skipped` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// Vocabulary of DESIGN.md section 4.
    pub reason: SkipReason,
    /// For people; never contains file content.
    pub detail: String,
}

impl SourceError {
    fn new(reason: SkipReason, detail: impl Into<String>) -> Self {
        SourceError {
            reason,
            detail: detail.into(),
        }
    }
}

/// An opened regular file and what `fstat` said about it.
#[derive(Debug)]
pub struct Opened {
    /// The handle.
    pub file: File,
    /// Size at open time.
    pub len: u64,
    /// Device and inode, to recognise the report file.
    pub id: (u64, u64),
}

/// Opens `path` read-only with `flags` added, without updating its access
/// time where the system allows: a scan must leave no trace on what it
/// reads.
fn open_read_only(path: &Path, flags: i32) -> io::Result<File> {
    let base = flags | libc::O_NOCTTY | libc::O_CLOEXEC;
    let try_open = |flags: i32| {
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(flags)
            .open(path)
    };
    // O_NOATIME is refused (EPERM) on files we do not own; retry without.
    match try_open(base | libc::O_NOATIME) {
        Err(e) if e.raw_os_error() == Some(libc::EPERM) => try_open(base),
        r => r,
    }
}

/// Opens `path` for reading if, and only if, it is a regular file.
pub fn open(path: &Path) -> Result<Opened, SourceError> {
    let file = open_read_only(path, libc::O_NONBLOCK).map_err(io_skip)?;
    let meta = file.metadata().map_err(io_skip)?;
    if !meta.file_type().is_file() {
        return Err(SourceError::new(
            SkipReason::NotRegular,
            describe_type(&meta),
        ));
    }
    Ok(Opened {
        len: meta.len(),
        id: (meta.dev(), meta.ino()),
        file,
    })
}

fn io_skip(e: io::Error) -> SourceError {
    let reason = SkipReason::Unreadable;
    let detail = match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::NotFound => "vanished before it could be read".to_string(),
        _ => e.to_string(),
    };
    SourceError::new(reason, detail)
}

/// One window of a file handed to the scanner.
#[derive(Debug, Clone, Copy)]
pub struct Window<'a> {
    /// The bytes.
    pub bytes: &'a [u8],
    /// File offset of `bytes[0]`.
    pub offset: u64,
    /// Where the part this window owns begins: the bytes before are the
    /// previous window's, mapped again so that a value just after the
    /// boundary is seen with the label before it (a name after
    /// "Patient:"); matches starting there were the previous window's.
    pub from: usize,
    /// Where the part this window owns ends; matches starting at or after
    /// this index are left to the next window, which repeats them.
    pub owned: usize,
    /// The bytes are a read-only private map of the file (not a buffer):
    /// pages read once may be dropped and read again from the file.
    pub mapped: bool,
}

/// Feeds `path`'s content to `visit` in windows. Files up to
/// `limits.read_threshold` come from `buf` (reused across calls); larger
/// ones are mapped. `overlap` is how far detectors look around a match.
///
/// Returns an error only for problems that make the content incomplete;
/// windows already visited stay visited, so findings are never lost.
pub fn read_windows(
    opened: &mut Opened,
    limits: &Limits,
    overlap: usize,
    buf: &mut Vec<u8>,
    mut visit: impl FnMut(Window<'_>),
) -> Result<(), SourceError> {
    let len = opened.len;
    if len <= limits.read_threshold {
        buf.clear();
        // Read at most one byte more than fstat said, to notice growth
        // without following an endlessly growing file.
        let cap = len.saturating_add(1);
        (&opened.file).take(cap).read_to_end(buf).map_err(io_skip)?;
        let n = buf.len();
        visit(Window {
            bytes: buf,
            offset: 0,
            from: 0,
            owned: n,
            mapped: false,
        });
        return Ok(());
    }
    let page = 4096u64;
    let window = limits.map_window.max(4 * overlap as u64).max(page * 4);
    let overlap = (overlap as u64).div_ceil(page) * page;
    // Where the next owned part begins; each window after the first is
    // mapped from `overlap` before it, and reaches `overlap` past its own.
    let mut own = 0u64;
    loop {
        let start = own.saturating_sub(overlap);
        let this_len = (len - start).min(window);
        let last = start + this_len >= len;
        // SAFETY: the map is read-only and private; a file that shrinks while
        // mapped raises SIGBUS on the lost pages, which `Guard` turns into
        // zero pages and a flag checked below.
        let map = unsafe {
            MmapOptions::new()
                .offset(start)
                .len(this_len as usize)
                .map(&opened.file)
        };
        let map = match map {
            Ok(m) => m,
            Err(e) => {
                // Could not map (e.g. a special file system): fall back to reading.
                if start == 0 && len <= limits.map_window {
                    return read_all(opened, buf, visit);
                }
                return Err(io_skip(e));
            }
        };
        #[cfg(target_os = "linux")]
        let _ = map.advise(memmap2::Advice::Sequential);
        let owned = if last {
            this_len as usize
        } else {
            (this_len - overlap) as usize
        };
        let faulted = {
            let Some(guard) = Guard::register(&map) else {
                drop(map);
                return read_all(opened, buf, visit);
            };
            visit(Window {
                bytes: &map,
                offset: start,
                from: (own - start) as usize,
                owned,
                mapped: true,
            });
            guard.faulted()
        };
        drop(map);
        if faulted {
            return Err(SourceError::new(
                SkipReason::Unreadable,
                "file shrank while it was being read; the part still present was scanned",
            ));
        }
        if last {
            return Ok(());
        }
        own = start + owned as u64;
    }
}

/// Feeds content already in memory (a git blob, standard input) to
/// `visit` in the windows [`read_windows`] would make of a file of the
/// same bytes, so the findings are the same wherever the bytes came from.
pub fn memory_windows(
    bytes: &[u8],
    limits: &Limits,
    overlap: usize,
    mut visit: impl FnMut(Window<'_>),
) {
    let len = bytes.len();
    let page = 4096usize;
    let window = (limits.map_window as usize).max(4 * overlap).max(page * 4);
    if len as u64 <= limits.read_threshold || len <= window {
        visit(Window {
            bytes,
            offset: 0,
            from: 0,
            owned: len,
            mapped: false,
        });
        return;
    }
    let overlap = overlap.div_ceil(page) * page;
    let mut own = 0usize;
    loop {
        let start = own.saturating_sub(overlap);
        let end = (start + window).min(len);
        let last = end == len;
        let owned = if last {
            end - start
        } else {
            end - start - overlap
        };
        visit(Window {
            bytes: &bytes[start..end],
            offset: start as u64,
            from: own - start,
            owned,
            mapped: false,
        });
        if last {
            return;
        }
        own = start + owned;
    }
}

/// The first `n` bytes of the file (fewer when it is shorter or cannot be
/// read), to judge its format before deciding how to read it.
pub fn peek(opened: &Opened, n: usize) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let mut head = vec![0u8; n];
    let got = opened.file.read_at(&mut head, 0).ok()?;
    head.truncate(got);
    Some(head)
}

/// Reads the whole file into `buf` (fallback when mapping is not possible).
fn read_all(
    opened: &mut Opened,
    buf: &mut Vec<u8>,
    mut visit: impl FnMut(Window<'_>),
) -> Result<(), SourceError> {
    use std::io::Seek;
    buf.clear();
    opened.file.rewind().map_err(io_skip)?;
    (&opened.file)
        .take(opened.len.saturating_add(1))
        .read_to_end(buf)
        .map_err(io_skip)?;
    let n = buf.len();
    visit(Window {
        bytes: buf,
        offset: 0,
        from: 0,
        owned: n,
        mapped: false,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn fifo_is_not_opened_for_reading() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipe");
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = open(&p).unwrap_err();
        assert_eq!(e.reason, SkipReason::NotRegular);
        assert!(e.detail.contains("FIFO"));
    }

    #[test]
    fn windows_overlap_and_cover_everything() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        let data: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&p, &data).unwrap();
        let limits = Limits {
            max_file_size: None,
            read_threshold: 1024,
            map_window: 1 << 20,
        };
        let mut opened = open(&p).unwrap();
        let mut covered = 0u64;
        let mut windows = 0;
        read_windows(&mut opened, &limits, 5000, &mut Vec::new(), |w| {
            let own = w.offset + w.from as u64;
            assert_eq!(own, covered, "owned parts are contiguous");
            assert_eq!(w.bytes[0], data[w.offset as usize]);
            if windows > 0 {
                assert!(w.from >= 5000, "the part before is there for context");
            }
            assert!(w.owned == w.bytes.len() || w.bytes.len() - w.owned >= 5000);
            covered += (w.owned - w.from) as u64;
            windows += 1;
        })
        .unwrap();
        assert_eq!(covered, data.len() as u64);
        assert!(windows >= 3);
    }

    /// Regression: a file truncated while mapped must not kill the process.
    #[test]
    fn truncated_while_mapped_is_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("shrinks");
        let mut f = File::create(&p).unwrap();
        f.write_all(&vec![b'x'; 4 << 20]).unwrap();
        drop(f);
        let limits = Limits {
            max_file_size: None,
            read_threshold: 1024,
            map_window: 64 << 20,
        };
        let mut opened = open(&p).unwrap();
        let writer = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
        let mut sum = 0u64;
        let r = read_windows(&mut opened, &limits, 4096, &mut Vec::new(), |w| {
            sum += w.bytes[..4096].iter().map(|&b| b as u64).sum::<u64>();
            writer.set_len(4096).unwrap();
            // Touch every page, including the ones now past the end.
            sum += w.bytes.iter().step_by(4096).map(|&b| b as u64).sum::<u64>();
        });
        let e = r.unwrap_err();
        assert_eq!(e.reason, SkipReason::Unreadable);
        assert!(e.detail.contains("shrank"));
        assert!(sum >= 4096 * u64::from(b'x'));
    }
}
