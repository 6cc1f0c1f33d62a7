//! One budget through every level of nested containers (DESIGN.md section
//! 5): depth, members per archive, inflated bytes per member, per file and
//! per scan, compression ratio and time. Bytes are counted as they are
//! actually produced, never taken from declared sizes, so a lying header
//! cannot smuggle a bomb past the limits.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::vocab::SkipReason;

/// Limits for containers, set once per scan.
#[derive(Debug, Clone, Copy)]
pub struct ArchiveLimits {
    /// Containers nested deeper than this are not opened (the file itself
    /// is depth 0, a member of it depth 1).
    pub max_depth: usize,
    /// Members read from one archive, at each level.
    pub max_members: u64,
    /// Bytes inflated for one member (also the largest member held in
    /// memory at once).
    pub max_member_bytes: u64,
    /// Bytes inflated from one file on disk, all levels together.
    pub max_file_bytes: u64,
    /// Bytes inflated in the whole scan.
    pub max_scan_bytes: u64,
    /// Inflated/compressed ratio above which a member is a bomb, checked
    /// once it has produced more than [`RATIO_GRACE`] bytes.
    pub max_ratio: u64,
    /// Time for one file on disk, all its members included.
    pub max_time: Duration,
}

/// Small members compress very well legitimately (a page of spaces); the
/// ratio is only judged past this many inflated bytes.
pub const RATIO_GRACE: u64 = 1 << 20;

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            max_depth: 5,
            max_members: 100_000,
            max_member_bytes: 64 << 20,
            max_file_bytes: 4 << 30,
            max_scan_bytes: 1 << 40,
            max_ratio: 200,
            max_time: Duration::from_secs(120),
        }
    }
}

/// Why a container or member was not (fully) read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The report's skip reason.
    pub reason: SkipReason,
    /// What happened, without any content from the file.
    pub detail: String,
}

impl Problem {
    /// A limit was hit.
    pub fn budget(detail: impl Into<String>) -> Problem {
        Problem {
            reason: SkipReason::ArchiveBudget,
            detail: detail.into(),
        }
    }

    /// The bytes are not what their format says.
    pub fn corrupt(detail: impl Into<String>) -> Problem {
        Problem {
            reason: SkipReason::Corrupt,
            detail: detail.into(),
        }
    }

    /// The content is encrypted.
    pub fn encrypted(detail: impl Into<String>) -> Problem {
        Problem {
            reason: SkipReason::Encrypted,
            detail: detail.into(),
        }
    }

    /// A variant phiscan cannot read.
    pub fn unsupported(detail: impl Into<String>) -> Problem {
        Problem {
            reason: SkipReason::Unsupported,
            detail: detail.into(),
        }
    }
}

/// The budget of one file on disk while its containers are opened.
#[derive(Debug)]
pub struct Budget<'a> {
    /// The limits.
    pub limits: ArchiveLimits,
    scan_bytes: &'a AtomicU64,
    file_bytes: u64,
    deadline: Instant,
    /// Current nesting level (0: the file itself).
    depth: usize,
    /// Members read so far from the archive being read at this level.
    members: u64,
    /// Addresses of the file's memory map, when the outermost container is
    /// one (see [`Budget::in_map`]).
    map: Option<std::ops::Range<usize>>,
    /// Where in `map` the pages last dropped end.
    map_done: usize,
}

/// Bytes inflated per read of a member.
const CHUNK_SIZE: usize = 64 << 10;

thread_local! {
    /// One read buffer per thread, zeroed once: a document has dozens of
    /// members, mostly small, and zeroing 64 KiB for each cost more than
    /// reading them.
    static CHUNK: std::cell::RefCell<Box<[u8]>> =
        std::cell::RefCell::new(vec![0u8; CHUNK_SIZE].into_boxed_slice());
}

impl<'a> Budget<'a> {
    /// A budget for one file; `scan_bytes` is shared by the whole scan.
    pub fn new(limits: ArchiveLimits, scan_bytes: &'a AtomicU64) -> Self {
        Budget {
            limits,
            scan_bytes,
            file_bytes: 0,
            deadline: Instant::now() + limits.max_time,
            depth: 0,
            members: 0,
            map: None,
            map_done: 0,
        }
    }

    /// The same budget for a container that lies in `map`, so that the
    /// pages of members read once can be dropped ([`Budget::done_with`]):
    /// a 2 GB zip is mapped whole, and the pages read would otherwise stay
    /// in the process's memory until the end of the file (issue 17).
    ///
    /// # Safety
    /// `map` must be a read-only memory map of a file, alive for as long
    /// as this budget: dropping its pages only makes the next read fetch
    /// them from the file again.
    pub unsafe fn in_map(mut self, map: &[u8]) -> Self {
        let range = map.as_ptr_range();
        self.map = Some(range.start as usize..range.end as usize);
        self.map_done = range.start as usize;
        self
    }

    /// Drops the pages of `part` from memory when it lies in the file's
    /// map (a no-op for bytes inflated into memory): called on a member's
    /// stored bytes once they have been read. Members are mostly stored in
    /// order and mostly smaller than a page, and reading a page maps the
    /// pages around it too (the kernel's fault-around, 64 KiB): so the
    /// pages are dropped a MiB at a time from where the last drop ended,
    /// and a neighbour read later maps again what it needs from the file.
    pub fn done_with(&mut self, part: &[u8]) {
        const PAGE: usize = 4096;
        const AROUND: usize = 64 << 10;
        const AT_ONCE: usize = 1 << 20;
        let Some(map) = self.map.clone() else {
            return;
        };
        let (start, end) = (part.as_ptr() as usize, part.as_ptr() as usize + part.len());
        if start < map.start || end > map.end {
            return;
        }
        let from = if self.map_done <= start {
            if end - self.map_done < AT_ONCE {
                return;
            }
            self.map_done
        } else {
            start
        };
        self.map_done = end;
        // The map starts on a page and its last page is mapped whole.
        let first = (from & !(AROUND - 1)).max(map.start);
        let last = end.next_multiple_of(PAGE);
        if last > first {
            // SAFETY: pages of a read-only file map (`in_map`'s contract);
            // MADV_DONTNEED on such pages drops them, and a later read maps
            // the file's bytes again.
            unsafe {
                libc::madvise(
                    first as *mut libc::c_void,
                    last - first,
                    libc::MADV_DONTNEED,
                );
            }
        }
    }

    /// Current nesting level (0: the file itself).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Whether a container at the next level may be opened.
    pub fn may_descend(&self) -> bool {
        self.depth < self.limits.max_depth
    }

    /// Runs `f` one level deeper, with its own member count.
    pub fn descend<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let members = std::mem::replace(&mut self.members, 0);
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        self.members = members;
        r
    }

    /// Counts one more member of the archive at this level: call before
    /// reading it.
    pub fn next_member(&mut self) -> Result<(), Problem> {
        self.check_time()?;
        if self.exhausted() {
            return Err(Problem::budget(format!(
                "inflated-bytes budget used up ({} per file, --max-inflated)",
                crate::limits::human_size(self.limits.max_file_bytes)
            )));
        }
        self.members += 1;
        if self.members > self.limits.max_members {
            return Err(Problem::budget(format!(
                "more than {} members in one archive",
                self.limits.max_members
            )));
        }
        Ok(())
    }

    /// Whether a limit beyond the current member is used up (file bytes,
    /// scan bytes or time): then the whole container must stop, where a
    /// member over its own limit is skipped and the next one read.
    pub fn exhausted(&self) -> bool {
        self.file_bytes >= self.limits.max_file_bytes
            || self.scan_bytes.load(Ordering::Relaxed) >= self.limits.max_scan_bytes
            || Instant::now() > self.deadline
    }

    /// Reads one member with [`Budget::read_member`] and reports the
    /// outcome the standard way: `Ok(true)` when `out` holds the whole
    /// member; `Ok(false)` when the member alone was over a limit (it has
    /// been reported to `visit` as skipped; go on with the next one);
    /// `Err` when the container must stop.
    pub fn take_member(
        &mut self,
        name: &str,
        reader: impl Read,
        compressed: Option<u64>,
        out: &mut Vec<u8>,
        visit: &mut super::Visit<'_>,
    ) -> Result<bool, Problem> {
        match self.read_member(reader, compressed, out) {
            Ok(()) => Ok(true),
            Err(p) if self.exhausted() => Err(p),
            Err(problem) => {
                visit(super::Part::Skipped { name, problem }, self)?;
                Ok(false)
            }
        }
    }

    /// Fails once the file's time is up.
    pub fn check_time(&self) -> Result<(), Problem> {
        if Instant::now() > self.deadline {
            return Err(Problem {
                reason: SkipReason::Timeout,
                detail: format!(
                    "containers took longer than {} s",
                    self.limits.max_time.as_secs()
                ),
            });
        }
        Ok(())
    }

    /// Reads a member's inflated bytes into `out` (cleared first), counting
    /// every byte against the member, file and scan limits and judging the
    /// ratio against `compressed` (bytes the member takes in its archive,
    /// when known). On a limit, `out` keeps what was read and the problem
    /// is returned: the caller may still scan that part.
    pub fn read_member(
        &mut self,
        mut reader: impl Read,
        compressed: Option<u64>,
        out: &mut Vec<u8>,
    ) -> Result<(), Problem> {
        out.clear();
        CHUNK.with(|cell| match cell.try_borrow_mut() {
            Ok(mut chunk) => self.read_chunks(&mut reader, compressed, out, &mut chunk[..]),
            // Only if a reader itself reads a member: a buffer of its own.
            Err(_) => self.read_chunks(&mut reader, compressed, out, &mut [0u8; CHUNK_SIZE]),
        })
    }

    fn read_chunks(
        &mut self,
        reader: &mut impl Read,
        compressed: Option<u64>,
        out: &mut Vec<u8>,
        chunk: &mut [u8],
    ) -> Result<(), Problem> {
        loop {
            self.check_time()?;
            let n = match reader.read(chunk) {
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Problem::corrupt(format!("cannot inflate: {e}"))),
            };
            self.charge(n as u64, out.len() as u64, compressed)?;
            out.extend_from_slice(&chunk[..n]);
        }
    }

    /// Counts `n` more inflated bytes for a member that has produced
    /// `so_far` bytes before them.
    pub fn charge(&mut self, n: u64, so_far: u64, compressed: Option<u64>) -> Result<(), Problem> {
        let member = so_far + n;
        let l = &self.limits;
        if member > l.max_member_bytes {
            return Err(Problem::budget(format!(
                "member inflates past {} (--max-member-size)",
                crate::limits::human_size(l.max_member_bytes)
            )));
        }
        if let Some(c) = compressed {
            if member > RATIO_GRACE && member / c.max(1) > l.max_ratio {
                return Err(Problem::budget(format!(
                    "compression ratio over {}:1 (zip bomb?)",
                    l.max_ratio
                )));
            }
        }
        self.file_bytes += n;
        if self.file_bytes > l.max_file_bytes {
            return Err(Problem::budget(format!(
                "more than {} inflated from one file (--max-inflated)",
                crate::limits::human_size(l.max_file_bytes)
            )));
        }
        let total = self.scan_bytes.fetch_add(n, Ordering::Relaxed) + n;
        if total > l.max_scan_bytes {
            return Err(Problem::budget(format!(
                "more than {} inflated in this scan",
                crate::limits::human_size(l.max_scan_bytes)
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> ArchiveLimits {
        ArchiveLimits {
            max_member_bytes: 4 << 20,
            max_file_bytes: 6 << 20,
            max_ratio: 10,
            ..ArchiveLimits::default()
        }
    }

    #[test]
    fn member_file_and_ratio_limits_count_real_bytes() {
        let scan = AtomicU64::new(0);
        let mut b = Budget::new(limits(), &scan);
        let mut out = Vec::new();
        // 3 MiB from 1 MiB of "compressed" input: ratio 3, fine.
        b.read_member(std::io::repeat(b'a').take(3 << 20), Some(1 << 20), &mut out)
            .unwrap();
        assert_eq!(out.len(), 3 << 20);
        // A member that never ends stops at the member limit.
        let e = b
            .read_member(std::io::repeat(b'a'), None, &mut out)
            .unwrap_err();
        assert_eq!(e.reason, SkipReason::ArchiveBudget);
        assert!(out.len() <= 4 << 20);
        // The file limit counts both members.
        assert!(scan.load(Ordering::Relaxed) <= 7 << 20);
        let mut b = Budget::new(limits(), &scan);
        let e = b
            .read_member(std::io::repeat(0).take(2 << 20), Some(1000), &mut out)
            .unwrap_err();
        assert!(e.detail.contains("ratio"), "{e:?}");
    }

    #[test]
    fn members_are_counted_per_level() {
        let scan = AtomicU64::new(0);
        let mut b = Budget::new(
            ArchiveLimits {
                max_members: 2,
                max_depth: 1,
                ..ArchiveLimits::default()
            },
            &scan,
        );
        b.next_member().unwrap();
        assert!(b.may_descend());
        b.descend(|inner| {
            assert!(!inner.may_descend());
            inner.next_member().unwrap();
            inner.next_member().unwrap();
            assert!(inner.next_member().is_err());
        });
        b.next_member().unwrap();
        assert!(b.next_member().is_err());
    }
}
