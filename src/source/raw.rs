//! Reads a whole disk, partition or disk image for `scan --raw`: every
//! byte once, in order, in large overlapping chunks, hashing what it reads
//! in the same pass, and reading on past sectors that cannot be read.
//!
//! A file-system walk sees only live files; a disk before disposal holds
//! deleted exports and notes in free space too, which only the raw bytes
//! show. Chunk `i` *owns* `[i·C, (i+1)·C)` and carries `overlap` bytes of
//! context on each side, so a value straddling a chunk boundary is whole
//! in the chunk where it starts, and only that chunk reports it.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::unix::fs::{FileExt, FileTypeExt};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

pub use crate::vocab::TargetKind;

/// An opened disk or image and its size.
#[derive(Debug)]
pub struct RawTarget {
    /// The handle (read-only).
    pub file: File,
    /// Its size in bytes: what a complete read covers.
    pub len: u64,
    /// Device or image file.
    pub kind: TargetKind,
    /// As named on the command line.
    pub path: PathBuf,
}

/// Opens `path` read-only as a raw target: a block device or a regular
/// file. Anything else (a folder, a FIFO, a character device) is refused
/// with a message saying what it is, as it has no fixed bytes to read.
pub fn open(path: &Path) -> io::Result<RawTarget> {
    let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    let file = super::open_read_only(path, 0).map_err(named)?;
    let meta = file.metadata().map_err(named)?;
    let ft = meta.file_type();
    let (kind, len) = if ft.is_block_device() {
        (
            TargetKind::BlockDevice,
            block_device_size(&file).map_err(named)?,
        )
    } else if ft.is_file() {
        (TargetKind::ImageFile, meta.len())
    } else {
        let what = if ft.is_dir() {
            "a folder (scan it without --raw)"
        } else if ft.is_char_device() {
            "a character device, not a disk"
        } else if ft.is_fifo() {
            "a named pipe (FIFO)"
        } else {
            "not a disk or an image file"
        };
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{}: --raw reads a block device or an image file; this is {what}",
                path.display()
            ),
        ));
    };
    // The kernel's read-ahead doubles for a sequential reader.
    // SAFETY: advice only; the descriptor is open.
    unsafe {
        use std::os::fd::AsRawFd;
        libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_SEQUENTIAL);
    }
    Ok(RawTarget {
        file,
        len,
        kind,
        path: path.to_path_buf(),
    })
}

/// A block device's size: `fstat` says 0 for them.
fn block_device_size(file: &File) -> io::Result<u64> {
    use std::os::fd::AsRawFd;
    /// `_IOR(0x12, 114, size_t)`: the size in bytes.
    const BLKGETSIZE64: libc::c_ulong = 0x8008_1272;
    let mut size: u64 = 0;
    // SAFETY: BLKGETSIZE64 writes one u64 through the pointer.
    let r = unsafe { libc::ioctl(file.as_raw_fd(), BLKGETSIZE64 as _, &mut size as *mut u64) };
    if r != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(size)
}

/// A range of the target that could not be read. Its bytes stand as
/// zeros in the chunk (as `dd conv=noerror,sync` writes them), so offsets
/// stay those of the device, but they are neither hashed nor counted as
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// First byte not read.
    pub offset: u64,
    /// How many.
    pub len: u64,
    /// The system's word for it (`Input/output error`), or "ended early".
    pub error: String,
}

/// One chunk: `buf[owned]` is what it reports on, the rest is context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Its place in the read order, from 0.
    pub index: u64,
    /// Image offset of `buf[0]`.
    pub base: u64,
    /// The bytes of `buf` this chunk owns.
    pub owned: Range<usize>,
}

/// The smallest unit re-read one by one after a failed read: a sector of
/// every disk made this century.
const SECTOR: u64 = 4096;

/// How much is asked of the kernel in one `pread`: large enough to stream,
/// small enough that a bad sector costs one retry of this size.
const READ_SIZE: usize = 1 << 20;

/// Reads a [`RawTarget`] front to back in chunks, hashing as it goes.
pub struct Reader<'a> {
    target: &'a RawTarget,
    chunk: u64,
    overlap: u64,
    /// The next chunk's index.
    index: u64,
    /// The next byte to read from the target.
    pos: u64,
    /// The previous buffer's last bytes: the next chunk's leading context.
    carry: Vec<u8>,
    sha: Sha256,
    /// Bytes read (unreadable ranges not counted).
    pub bytes_read: u64,
    /// Unreadable ranges, merged, in order.
    pub errors: Vec<ReadError>,
    /// The target ended before its size (an image truncated under us).
    ended_early: bool,
}

impl<'a> Reader<'a> {
    /// A reader of chunks owning `chunk` bytes each, with `overlap` bytes
    /// of context either side (`chunk` at least `2·overlap`).
    pub fn new(target: &'a RawTarget, chunk: u64, overlap: u64) -> Reader<'a> {
        let overlap = overlap.min(chunk / 2);
        Reader {
            target,
            chunk,
            overlap,
            index: 0,
            pos: 0,
            carry: Vec::new(),
            sha: Sha256::new(),
            bytes_read: 0,
            errors: Vec::new(),
            ended_early: false,
        }
    }

    /// The most bytes one chunk's buffer holds.
    pub fn buffer_len(&self) -> usize {
        (self.chunk + 2 * self.overlap) as usize
    }

    /// Fills `buf` with the next chunk; `None` at the end.
    pub fn next_chunk(&mut self, buf: &mut Vec<u8>) -> Option<Chunk> {
        let len = self.target.len;
        let start = self.index * self.chunk;
        if start >= len || self.ended_early {
            return None;
        }
        let end = (start + self.chunk).min(len);
        let base = start.saturating_sub(self.overlap);
        let want_to = (end + self.overlap).min(len);
        buf.clear();
        // Context before: the previous buffer's tail, never read twice.
        let carried = (self.pos - base) as usize;
        buf.extend_from_slice(&self.carry[self.carry.len() - carried..]);
        let from = self.pos;
        buf.resize((want_to - base) as usize, 0);
        let errors_before = self.errors.len();
        let got = self.fill(&mut buf[(from - base) as usize..], from);
        // Hashed and counted: what was read, not the zeros standing in
        // for what could not be.
        let mut at = from;
        let to = from + got as u64;
        let bad: Vec<(u64, u64)> = self.errors[errors_before.saturating_sub(1)..]
            .iter()
            .map(|e| (e.offset.max(from), (e.offset + e.len).min(to)))
            .filter(|(a, b)| a < b)
            .collect();
        for (a, b) in bad.into_iter().chain([(to, to)]) {
            if a > at {
                self.sha
                    .update(&buf[(at - base) as usize..(a - base) as usize]);
                self.bytes_read += a - at;
            }
            at = at.max(b);
        }
        self.pos = to;
        buf.truncate((self.pos - base) as usize);
        if self.pos < want_to {
            self.ended_early = true;
            self.errors.push(ReadError {
                offset: self.pos,
                len: len - self.pos,
                error: "ended early: the target is shorter than its size (truncated or removed while read)".into(),
            });
        }
        let keep = (2 * self.overlap as usize).min(buf.len());
        self.carry.clear();
        self.carry.extend_from_slice(&buf[buf.len() - keep..]);
        let chunk = Chunk {
            index: self.index,
            base,
            owned: (start - base) as usize..((end.min(self.pos)).saturating_sub(base)) as usize,
        };
        self.index += 1;
        Some(chunk)
    }

    /// Reads `out.len()` bytes at `offset`, reading on past unreadable
    /// sectors (zeros, recorded); returns how many bytes exist (fewer at
    /// an unexpected end).
    fn fill(&mut self, out: &mut [u8], offset: u64) -> usize {
        let mut done = 0;
        while done < out.len() {
            let n = (out.len() - done).min(READ_SIZE);
            let at = offset + done as u64;
            match read_full(self.target, &mut out[done..done + n], at) {
                Ok(got) if got == n => done += n,
                Ok(got) => return done + got,
                Err(_) => {
                    // Retry sector by sector: only what is bad is lost.
                    let mut s = 0;
                    while s < n {
                        let m = (n - s).min(SECTOR as usize);
                        let sat = at + s as u64;
                        let part = &mut out[done + s..done + s + m];
                        match read_full(self.target, part, sat) {
                            Ok(got) if got == m => {}
                            Ok(got) => return done + s + got,
                            Err(e) => {
                                part.fill(0);
                                self.record(sat, m as u64, &e);
                            }
                        }
                        s += m;
                    }
                    done += n;
                }
            }
        }
        done
    }

    fn record(&mut self, offset: u64, len: u64, e: &io::Error) {
        let error = io_words(e);
        if let Some(last) = self.errors.last_mut() {
            if last.offset + last.len == offset && last.error == error {
                last.len += len;
                return;
            }
        }
        self.errors.push(ReadError { offset, len, error });
    }

    /// The SHA-256 of every byte read, in order (unreadable ranges left
    /// out).
    pub fn sha256(self) -> [u8; 32] {
        self.sha.finalize().into()
    }
}

/// The error's words without the "(os error 5)" tail.
fn io_words(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `pread` until `out` is full, the end, or an error.
fn read_full(target: &RawTarget, out: &mut [u8], offset: u64) -> io::Result<usize> {
    #[cfg(debug_assertions)]
    fault::check(offset, out.len() as u64)?;
    let mut done = 0;
    while done < out.len() {
        match target.file.read_at(&mut out[done..], offset + done as u64) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// Debug builds only: `PHISCAN_FAULT=eio:START-END` makes reads touching
/// image bytes `[START, END)` fail with EIO, as a bad sector does, so the
/// tests can show that a scan reads on past one and records its range.
#[cfg(debug_assertions)]
mod fault {
    use std::io;
    use std::sync::OnceLock;

    fn range() -> Option<(u64, u64)> {
        static RANGE: OnceLock<Option<(u64, u64)>> = OnceLock::new();
        *RANGE.get_or_init(|| {
            let v = std::env::var("PHISCAN_FAULT").ok()?;
            let r = v.strip_prefix("eio:")?;
            let (a, b) = r.split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
    }

    pub(super) fn check(offset: u64, len: u64) -> io::Result<()> {
        match range() {
            Some((a, b)) if offset < b && a < offset + len => {
                Err(io::Error::from_raw_os_error(libc::EIO))
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn image(bytes: &[u8]) -> (tempfile::NamedTempFile, RawTarget) {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(bytes).unwrap();
        f.flush().unwrap();
        let t = open(f.path()).unwrap();
        (f, t)
    }

    #[test]
    fn chunks_cover_every_byte_once_with_context_either_side() {
        let bytes: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        let (_f, t) = image(&bytes);
        assert_eq!(t.kind, TargetKind::ImageFile);
        assert_eq!(t.len, 10_000);
        let mut r = Reader::new(&t, 1000, 100);
        let mut buf = Vec::new();
        let mut owned_total = 0;
        let mut last_end = 0u64;
        while let Some(c) = r.next_chunk(&mut buf) {
            // Every byte of the buffer is the image's byte at that offset.
            assert_eq!(
                &buf[..],
                &bytes[c.base as usize..c.base as usize + buf.len()]
            );
            let owned_start = c.base + c.owned.start as u64;
            assert_eq!(owned_start, last_end, "owned parts tile the image");
            last_end = c.base + c.owned.end as u64;
            owned_total += c.owned.len();
            // Context: 100 bytes either side where the image has them.
            assert_eq!(c.owned.start, if c.index == 0 { 0 } else { 100 });
            assert!(buf.len() - c.owned.end == 100 || last_end == 10_000);
        }
        assert_eq!(owned_total, 10_000);
        assert_eq!(r.bytes_read, 10_000, "each byte read once");
        assert!(r.errors.is_empty());
        let expect: [u8; 32] = Sha256::digest(&bytes).into();
        assert_eq!(r.sha256(), expect);
    }

    #[test]
    fn refuses_what_is_not_a_disk_or_an_image() {
        let dir = tempfile::tempdir().unwrap();
        let e = open(dir.path()).unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
        let e = open(&dir.path().join("missing")).unwrap_err();
        assert!(e.to_string().contains("missing"), "{e}");
    }

    #[test]
    fn a_target_shorter_than_its_size_is_recorded() {
        let bytes = vec![7u8; 5000];
        let (f, mut t) = image(&bytes);
        t.len = 8000; // as if the image shrank after it was opened
        let mut r = Reader::new(&t, 4096, 64);
        let mut buf = Vec::new();
        let mut n = 0;
        while r.next_chunk(&mut buf).is_some() {
            n += 1;
        }
        drop(f);
        assert_eq!(n, 2);
        assert_eq!(r.bytes_read, 5000);
        assert_eq!(r.errors.len(), 1);
        assert_eq!((r.errors[0].offset, r.errors[0].len), (5000, 3000));
    }
}
