//! Names for raw offsets: which file (live or deleted) owns a byte of a
//! raw disk image or block device, so a finding in a raw scan can say
//! "in /home/ann/notes.txt (deleted)" instead of only "at 0x1a2b000".
//!
//! A small read-only reader of partition tables (MBR, GPT, or a bare file
//! system) and of ext2/3/4 and FAT12/16/32 metadata, in pure Rust with
//! `pread` only: no external tool, nothing written. Every on-disk number
//! is treated as hostile; reads are bounded ([`METADATA_BUDGET`]),
//! directory depth and file counts are capped, chains and trees are cycle
//! checked, so a damaged image gives a partial map and notes, never a
//! panic or a hang.
//!
//! The result is one sorted vector of compact intervals (16 bytes each)
//! looked up by binary search, and each file's path stored once in one
//! string arena: 24 bytes per file plus its path, and 16 bytes per
//! interval (1M files with 60-byte paths and ~1.2 extents each: ~105 MB;
//! while reading, about twice that for the unsorted runs).

mod ext4;
mod fat;
mod part;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fs::File;
use std::os::unix::fs::FileExt;

/// Most metadata bytes one [`FsMap::read`] reads (superblocks, group
/// descriptors, bitmaps, inode tables, FATs, directories, extent and
/// indirect blocks): bounds the time and memory a huge or hostile device
/// can cost before the scan starts; beyond it the map is partial (noted).
pub const METADATA_BUDGET: u64 = 1 << 30;

/// Most files (live and deleted) one map holds, so a corrupt table that
/// claims billions of inodes cannot exhaust memory.
pub(crate) const MAX_FILES: usize = 4_000_000;

/// Deepest directory nesting walked: a loop or a hostile tree stops here.
pub(crate) const MAX_DEPTH: usize = 64;

/// What owns an image offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner<'a> {
    /// Data of a file: its path inside its file system (absolute, `/`
    /// separated; `<deleted inode N>` when a deleted file's name is lost).
    File {
        /// Path inside the file system.
        path: &'a str,
        /// Inode number (ext) or directory-entry position (FAT: the byte
        /// offset of its short entry in the image divided by 32).
        inode: u64,
        /// The file was deleted: the bytes are what is left of it.
        deleted: bool,
        /// File-system type, e.g. "ext4", "fat32".
        fs: &'static str,
    },
    /// Free space of a known file system (may hold old data nobody owns).
    Unallocated {
        /// File-system type.
        fs: &'static str,
    },
    /// File-system metadata: superblocks, group descriptors, bitmaps,
    /// inode tables, FATs, directories, journal, extent blocks.
    Metadata {
        /// File-system type.
        fs: &'static str,
    },
    /// No known file system there (partition table, gaps, unknown types).
    Outside,
}

/// One file system found on the image, for the attestation record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volume {
    /// Byte offset of the file system in the image.
    pub start: u64,
    /// Its length in bytes (clamped to the image).
    pub len: u64,
    /// "ext2", "ext3", "ext4", "fat12", "fat16" or "fat32".
    pub fs: &'static str,
    /// Volume label as stored (may be empty).
    pub label: String,
    /// Live regular files seen.
    pub files: u64,
    /// Deleted files whose data location is still known.
    pub deleted: u64,
}

/// One interval of the map: `tag` is a file index, or `META | volume`.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u64,
    len: u32,
    tag: u32,
}

const META: u32 = 1 << 31;
const NO_PATH: u32 = u32::MAX;

/// One file of the map; its path lives in the arena.
#[derive(Debug)]
struct FileRec {
    path_off: usize,
    path_len: u32,
    inode: u64,
    deleted: bool,
    vol: u16,
}

/// Offset-to-file map of a raw image (see the module documentation).
#[derive(Debug, Default)]
pub struct FsMap {
    entries: Vec<Entry>,
    files: Vec<FileRec>,
    paths: String,
    volumes: Vec<Volume>,
    notes: Vec<String>,
}

impl FsMap {
    /// Reads partition tables and file-system metadata of `file` (an image
    /// file or a block device, `len` bytes) with pread only. Never fails:
    /// an unknown or damaged layout gives an empty map and a note.
    pub fn read(file: &File, len: u64) -> FsMap {
        let mut b = Builder::new(file, len);
        part::scan(&mut b);
        b.finish()
    }

    /// What owns the byte at `offset` (binary search).
    pub fn owner(&self, offset: u64) -> Owner<'_> {
        let i = self.entries.partition_point(|e| e.start <= offset);
        if i > 0 {
            let e = self.entries[i - 1];
            if offset - e.start < u64::from(e.len) {
                if e.tag & META != 0 {
                    let fs = self.volumes[(e.tag & !META) as usize].fs;
                    return Owner::Metadata { fs };
                }
                let f = &self.files[e.tag as usize];
                return Owner::File {
                    path: &self.paths[f.path_off..f.path_off + f.path_len as usize],
                    inode: f.inode,
                    deleted: f.deleted,
                    fs: self.volumes[usize::from(f.vol)].fs,
                };
            }
        }
        match self.volume_of(offset) {
            Some(v) => Owner::Unallocated { fs: v.fs },
            None => Owner::Outside,
        }
    }

    /// Where the stretch of disk that has `offset`'s owner ends
    /// (exclusive): one file's contiguous data, one metadata area, or the
    /// free space up to the next owned block. A raw scan reads each such
    /// stretch as a unit of its own, so one file's text is never the
    /// context of another's. `u64::MAX` past every known stretch.
    pub fn run_end(&self, offset: u64) -> u64 {
        let i = self.entries.partition_point(|e| e.start <= offset);
        if i > 0 {
            let e = self.entries[i - 1];
            if offset - e.start < u64::from(e.len) {
                // The same owner's next entry may follow on directly.
                let mut end = e.start + u64::from(e.len);
                for n in &self.entries[i..] {
                    if n.start != end || n.tag != e.tag {
                        break;
                    }
                    end += u64::from(n.len);
                }
                return end;
            }
        }
        // Free space (or outside): up to the next entry or volume edge.
        let next = self.entries.get(i).map_or(u64::MAX, |e| e.start);
        let edge = self
            .volumes
            .iter()
            .flat_map(|v| [v.start, v.start + v.len])
            .filter(|&x| x > offset)
            .min()
            .unwrap_or(u64::MAX);
        next.min(edge)
    }

    /// The file system holding `offset`, so a finding can name its
    /// partition when an image holds several.
    pub fn volume_of(&self, offset: u64) -> Option<&Volume> {
        self.volumes
            .iter()
            .find(|v| offset >= v.start && offset - v.start < v.len)
    }

    /// The file systems found, in image order, for the attestation.
    pub fn volumes(&self) -> &[Volume] {
        &self.volumes
    }

    /// What could not be read or understood (never file content).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// Number of intervals and files held, to state the map's memory cost.
    pub fn size(&self) -> (usize, usize) {
        (self.entries.len(), self.files.len())
    }
}

/// Bounded pread access to the image.
pub(crate) struct Disk<'f> {
    file: &'f File,
    pub(crate) len: u64,
    budget: u64,
    budget_noted: bool,
    refused: bool,
    errors: u32,
}

impl Disk<'_> {
    /// `n` bytes at `off`, or None if out of the image, over the budget or
    /// unreadable.
    pub(crate) fn read(&mut self, off: u64, n: usize) -> Option<Vec<u8>> {
        let end = off.checked_add(n as u64)?;
        if end > self.len {
            return None;
        }
        if n as u64 > self.budget {
            self.refused = true;
            return None;
        }
        self.budget -= n as u64;
        let mut buf = vec![0u8; n];
        match self.file.read_exact_at(&mut buf, off) {
            Ok(()) => Some(buf),
            Err(_) => {
                self.errors += 1;
                None
            }
        }
    }

    /// The budget is spent: callers stop early.
    pub(crate) fn exhausted(&self) -> bool {
        self.budget == 0
    }
}

/// Priorities when intervals overlap: a live file's claim beats the file
/// system's own allocation, which beats a deleted file's old claim.
pub(crate) const PRIO_LIVE: u8 = 3;
pub(crate) const PRIO_META: u8 = 2;
pub(crate) const PRIO_DELETED: u8 = 1;

struct Raw {
    start: u64,
    len: u64,
    tag: u32,
    prio: u8,
}

/// Collects volumes, files and intervals while the parsers run.
pub(crate) struct Builder<'f> {
    pub(crate) disk: Disk<'f>,
    files: Vec<FileRec>,
    paths: String,
    raws: Vec<Raw>,
    volumes: Vec<Volume>,
    notes: Vec<String>,
    files_capped: bool,
}

impl<'f> Builder<'f> {
    fn new(file: &'f File, len: u64) -> Self {
        Builder {
            disk: Disk {
                file,
                len,
                budget: METADATA_BUDGET,
                budget_noted: false,
                refused: false,
                errors: 0,
            },
            files: Vec::new(),
            paths: String::new(),
            raws: Vec::new(),
            volumes: Vec::new(),
            notes: Vec::new(),
            files_capped: false,
        }
    }

    pub(crate) fn note(&mut self, s: String) {
        if self.notes.len() < 100 {
            self.notes.push(s);
        }
    }

    /// Registers a file system; returns its index.
    pub(crate) fn volume(&mut self, start: u64, len: u64, fs: &'static str, label: String) -> u16 {
        let len = len.min(self.disk.len.saturating_sub(start));
        self.volumes.push(Volume {
            start,
            len,
            fs,
            label,
            files: 0,
            deleted: 0,
        });
        (self.volumes.len() - 1) as u16
    }

    pub(crate) fn count(&mut self, vol: u16, deleted: bool) {
        let v = &mut self.volumes[usize::from(vol)];
        if deleted {
            v.deleted += 1;
        } else {
            v.files += 1;
        }
    }

    /// Adds a file without a path yet; None once [`MAX_FILES`] is reached.
    pub(crate) fn file(&mut self, vol: u16, inode: u64, deleted: bool) -> Option<u32> {
        if self.files.len() >= MAX_FILES {
            if !self.files_capped {
                self.files_capped = true;
                self.note(format!("more than {MAX_FILES} files: the rest are unnamed"));
            }
            return None;
        }
        self.files.push(FileRec {
            path_off: 0,
            path_len: NO_PATH,
            inode,
            deleted,
            vol,
        });
        Some((self.files.len() - 1) as u32)
    }

    pub(crate) fn has_path(&self, idx: u32) -> bool {
        self.files[idx as usize].path_len != NO_PATH
    }

    pub(crate) fn is_deleted(&self, idx: u32) -> bool {
        self.files[idx as usize].deleted
    }

    /// Sets a file's path (`dir` + "/" + `name`) unless it has one.
    pub(crate) fn set_path(&mut self, idx: u32, dir: &str, name: &str) {
        if self.has_path(idx) {
            return;
        }
        let off = self.paths.len();
        self.paths.push_str(dir);
        self.paths.push('/');
        self.paths.push_str(name);
        let f = &mut self.files[idx as usize];
        f.path_off = off;
        f.path_len = (self.paths.len() - off) as u32;
    }

    /// `len` bytes at image offset `start` are data of file `idx`.
    pub(crate) fn file_run(&mut self, idx: u32, start: u64, len: u64) {
        let prio = if self.files[idx as usize].deleted {
            PRIO_DELETED
        } else {
            PRIO_LIVE
        };
        self.raw(start, len, idx, prio);
    }

    /// `len` bytes at image offset `start` are metadata of volume `vol`.
    pub(crate) fn meta_run(&mut self, vol: u16, start: u64, len: u64) {
        self.raw(start, len, META | u32::from(vol), PRIO_META);
    }

    fn raw(&mut self, start: u64, len: u64, tag: u32, prio: u8) {
        let len = len.min(self.disk.len.saturating_sub(start));
        if len > 0 {
            self.raws.push(Raw {
                start,
                len,
                tag,
                prio,
            });
        }
    }

    /// Resolves overlaps by priority and packs the map.
    fn finish(mut self) -> FsMap {
        if self.disk.errors > 0 {
            let n = self.disk.errors;
            self.note(format!("{n} metadata reads failed (bad sectors?)"));
        }
        if (self.disk.exhausted() || self.disk.refused) && !self.disk.budget_noted {
            self.disk.budget_noted = true;
            self.note(format!(
                "metadata read budget of {METADATA_BUDGET} bytes spent: names are partial"
            ));
        }
        // Files without a name get one from their inode.
        for i in 0..self.files.len() {
            if self.files[i].path_len == NO_PATH {
                let f = &self.files[i];
                let s = if f.deleted {
                    format!("<deleted inode {}>", f.inode)
                } else {
                    format!("<inode {}>", f.inode)
                };
                let off = self.paths.len();
                self.paths.push_str(&s);
                let f = &mut self.files[i];
                f.path_off = off;
                f.path_len = s.len() as u32;
            }
        }
        let mut raws = std::mem::take(&mut self.raws);
        raws.sort_unstable_by(|a, b| b.prio.cmp(&a.prio).then(a.start.cmp(&b.start)));
        let mut map: BTreeMap<u64, (u64, u32)> = BTreeMap::new();
        for r in &raws {
            fill_gaps(&mut map, r.start, r.start.saturating_add(r.len), r.tag);
        }
        drop(raws);
        let mut entries: Vec<Entry> = Vec::with_capacity(map.len());
        let mut last: Option<(u64, u64, u32)> = None;
        let push = |entries: &mut Vec<Entry>, (s, e, tag): (u64, u64, u32)| {
            let mut s = s;
            while s < e {
                let n = (e - s).min(u64::from(u32::MAX));
                entries.push(Entry {
                    start: s,
                    len: n as u32,
                    tag,
                });
                s += n;
            }
        };
        for (s, (e, tag)) in map {
            match last {
                Some((ls, le, lt)) if le == s && lt == tag => last = Some((ls, e, lt)),
                _ => {
                    if let Some(l) = last {
                        push(&mut entries, l);
                    }
                    last = Some((s, e, tag));
                }
            }
        }
        if let Some(l) = last {
            push(&mut entries, l);
        }
        entries.shrink_to_fit();
        self.files.shrink_to_fit();
        self.paths.shrink_to_fit();
        FsMap {
            entries,
            files: self.files,
            paths: self.paths,
            volumes: self.volumes,
            notes: self.notes,
        }
    }
}

/// Inserts `[s, e)` with `tag` into the parts of it no interval covers yet.
fn fill_gaps(map: &mut BTreeMap<u64, (u64, u32)>, mut s: u64, e: u64, tag: u32) {
    if let Some((_, &(pe, _))) = map.range(..=s).next_back() {
        s = s.max(pe);
    }
    while s < e {
        match map.range(s..).next() {
            Some((&ns, &(ne, _))) if ns < e => {
                if ns > s {
                    map.insert(s, (ns, tag));
                }
                s = s.max(ne);
            }
            _ => {
                map.insert(s, (e, tag));
                break;
            }
        }
    }
}

/// Little-endian reads that give 0 past the end (hostile input).
pub(crate) fn le16(b: &[u8], off: usize) -> u16 {
    match b.get(off..off.wrapping_add(2)) {
        Some(s) => u16::from_le_bytes([s[0], s[1]]),
        None => 0,
    }
}

/// See [`le16`].
pub(crate) fn le32(b: &[u8], off: usize) -> u32 {
    match b.get(off..off.wrapping_add(4)) {
        Some(s) => u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
        None => 0,
    }
}

/// See [`le16`].
pub(crate) fn le64(b: &[u8], off: usize) -> u64 {
    u64::from(le32(b, off)) | (u64::from(le32(b, off + 4)) << 32)
}

/// A byte, 0 past the end.
pub(crate) fn byte(b: &[u8], off: usize) -> u8 {
    b.get(off).copied().unwrap_or(0)
}
