//! FAT12/16/32: boot sector, one FAT copy, directories walked from the
//! root with long file names, and deleted entries (first byte 0xE5) whose
//! data is assumed contiguous from their first cluster for their size,
//! the classic undelete rule.

use super::{byte, le16, le32, Builder, MAX_DEPTH};

/// Most bytes of one directory read (FAT allows 65536 entries of 32).
const MAX_DIR_BYTES: u64 = 4 << 20;

struct Fat {
    start: u64,
    /// Bytes per cluster.
    cs: u64,
    /// Byte offset (in the volume) of cluster 2.
    data: u64,
    /// Valid clusters are 2..max_clus.
    max_clus: u32,
    bits: u8,
    table: Vec<u8>,
    vol: u16,
    /// Clusters already claimed by a live file or directory.
    seen: Vec<u64>,
}

impl Fat {
    fn next(&self, c: u32) -> u32 {
        let c = c as usize;
        match self.bits {
            12 => {
                let v = le16(&self.table, c + c / 2);
                u32::from(if c & 1 == 1 { v >> 4 } else { v & 0xFFF })
            }
            16 => u32::from(le16(&self.table, 2 * c)),
            _ => le32(&self.table, 4 * c) & 0x0FFF_FFFF,
        }
    }

    fn valid(&self, c: u32) -> bool {
        (2..self.max_clus).contains(&c)
    }

    /// Marks `c` claimed; false if it already was.
    fn claim(&mut self, c: u32) -> bool {
        let (w, bit) = ((c / 64) as usize, 1u64 << (c % 64));
        match self.seen.get_mut(w) {
            Some(word) if *word & bit == 0 => {
                *word |= bit;
                true
            }
            _ => false,
        }
    }

    fn offset(&self, c: u32) -> u64 {
        self.start + self.data + u64::from(c - 2) * self.cs
    }

    /// The clusters of the chain at `c`, as `(first, count)` runs; stops at
    /// the end mark, a bad value, or a cluster already claimed (cycles and
    /// cross-links).
    fn chain(&mut self, mut c: u32, max_bytes: u64) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = Vec::new();
        let mut bytes = 0u64;
        while self.valid(c) && bytes < max_bytes && self.claim(c) {
            match out.last_mut() {
                Some(last) if last.0 + last.1 == c => last.1 += 1,
                _ => out.push((c, 1)),
            }
            bytes += self.cs;
            c = self.next(c);
        }
        out
    }
}

/// Reads the FAT file system at image offset `start` if there is one.
pub(super) fn read(b: &mut Builder, start: u64, avail: u64) -> bool {
    let Some(bs) = b.disk.read(start, 512) else {
        return false;
    };
    let bps = u64::from(le16(&bs, 11));
    let spc = u64::from(byte(&bs, 13));
    let rsvd = u64::from(le16(&bs, 14));
    let nfats = u64::from(byte(&bs, 16));
    let root_ents = u64::from(le16(&bs, 17));
    let tot = match le16(&bs, 19) {
        0 => u64::from(le32(&bs, 32)),
        n => u64::from(n),
    };
    let fatsz = match le16(&bs, 22) {
        0 => u64::from(le32(&bs, 36)),
        n => u64::from(n),
    };
    let sane = matches!(bs[0], 0xEB | 0xE9)
        && bs[510] == 0x55
        && bs[511] == 0xAA
        && matches!(bps, 512 | 1024 | 2048 | 4096)
        && spc.is_power_of_two()
        && spc <= 128
        && rsvd >= 1
        && (1..=4).contains(&nfats)
        && tot > 0
        && fatsz > 0;
    if !sane {
        return false;
    }
    let root_secs = (root_ents * 32).div_ceil(bps);
    let first_data = rsvd + nfats * fatsz + root_secs;
    if first_data >= tot {
        return false;
    }
    let clusters = (tot - first_data) / spc;
    if clusters == 0 || clusters > 0x0FFF_FFF0 {
        return false;
    }
    let bits: u8 = if clusters < 4085 {
        12
    } else if clusters < 65525 {
        16
    } else {
        32
    };
    let fat_bytes = fatsz * bps;
    let need = match bits {
        12 => (clusters + 2) * 3 / 2 + 1,
        16 => (clusters + 2) * 2,
        _ => (clusters + 2) * 4,
    };
    if need > fat_bytes + bps {
        return false;
    }
    let fs: &'static str = match bits {
        12 => "fat12",
        16 => "fat16",
        _ => "fat32",
    };
    let label_at = if bits == 32 { 71 } else { 43 };
    let label = String::from_utf8_lossy(&bs[label_at..label_at + 11])
        .trim_end()
        .to_string();
    let len = tot * bps;
    let vol = b.volume(start, len, fs, label);
    if len > avail {
        b.note(format!(
            "{fs} at offset {start}: file system ({len} bytes) is larger than the space it is in"
        ));
    }
    // Boot sector, reserved sectors, FATs and the fixed root directory.
    b.meta_run(vol, start, first_data * bps);
    let Some(table) = b
        .disk
        .read(start + rsvd * bps, need.min(fat_bytes) as usize)
    else {
        b.note(format!("{fs} at offset {start}: FAT unreadable, no names"));
        return true;
    };
    let max_clus = (clusters + 2) as u32;
    let mut f = Fat {
        start,
        cs: spc * bps,
        data: first_data * bps,
        max_clus,
        bits,
        table,
        vol,
        seen: vec![0u64; (max_clus as usize).div_ceil(64)],
    };
    let root = if bits == 32 {
        Where::Runs(f.chain(le32(&bs, 44), MAX_DIR_BYTES))
    } else {
        Where::Fixed(start + (rsvd + nfats * fatsz) * bps, root_ents * 32)
    };
    let mut stack = vec![Pending {
        at: root,
        path: String::new(),
        depth: 0,
        gone: false,
    }];
    let mut depth_noted = false;
    while let Some(Pending {
        at,
        path,
        depth,
        gone,
    }) = stack.pop()
    {
        let (data, offs) = match at {
            Where::Runs(runs) => dir_bytes(b, &f, &runs),
            Where::Fixed(off, n) => {
                if !gone {
                    b.meta_run(vol, off, n);
                }
                let d = b.disk.read(off, n as usize).unwrap_or_default();
                (d, vec![off])
            }
        };
        for e in entries(&data, &offs) {
            let name = e.name;
            let deleted = gone || e.deleted;
            let child = format!("{path}/{name}");
            if e.attr & 0x10 != 0 {
                if depth + 1 >= MAX_DEPTH {
                    if !depth_noted {
                        depth_noted = true;
                        b.note(format!(
                            "{fs} directories nested deeper than {MAX_DEPTH}: not walked"
                        ));
                    }
                    continue;
                }
                let at = if !deleted {
                    Where::Runs(f.chain(e.cluster, MAX_DIR_BYTES))
                } else if f.valid(e.cluster) && f.next(e.cluster) == 0 && f.claim(e.cluster) {
                    // A deleted directory: its first cluster, if free
                    // (claimed, so a hostile loop is read once).
                    Where::Fixed(f.offset(e.cluster), f.cs)
                } else {
                    continue;
                };
                stack.push(Pending {
                    at,
                    path: child,
                    depth: depth + 1,
                    gone: deleted,
                });
                continue;
            }
            let has_data = f.valid(e.cluster) && e.size > 0;
            if !deleted || has_data {
                b.count(vol, deleted);
            }
            if !has_data {
                continue;
            }
            let Some(idx) = b.file(vol, e.pos / 32, deleted) else {
                continue;
            };
            b.set_path(idx, &path, &name);
            if deleted {
                let n = u64::from(e.size).div_ceil(f.cs);
                let n = n.min(u64::from(f.max_clus - e.cluster));
                b.file_run(idx, f.offset(e.cluster), n * f.cs);
            } else {
                let max = u64::from(e.size).div_ceil(f.cs).max(1) * f.cs;
                for (c, n) in f.chain(e.cluster, max) {
                    b.file_run(idx, f.offset(c), u64::from(n) * f.cs);
                }
            }
        }
        if b.disk.exhausted() {
            break;
        }
    }
    true
}

/// Reads a directory's clusters; returns the bytes and the image offset
/// of each cluster (to place entries). Marks the clusters as metadata.
fn dir_bytes(b: &mut Builder, f: &Fat, runs: &[(u32, u32)]) -> (Vec<u8>, Vec<u64>) {
    let mut data = Vec::new();
    let mut offs = Vec::new();
    for &(c, n) in runs {
        let off = f.offset(c);
        let len = u64::from(n) * f.cs;
        b.meta_run(f.vol, off, len);
        match b.disk.read(off, len as usize) {
            Some(d) => {
                for k in 0..u64::from(n) {
                    offs.push(off + k * f.cs);
                }
                data.extend_from_slice(&d);
            }
            None => break,
        }
    }
    (data, offs)
}

/// Where a directory's entries are: a cluster chain, or one contiguous
/// range (the FAT12/16 root, a deleted directory's first cluster).
enum Where {
    Runs(Vec<(u32, u32)>),
    Fixed(u64, u64),
}

/// A directory waiting to be read (read when its turn comes, so a wide
/// tree holds paths, not directory bytes).
struct Pending {
    at: Where,
    path: String,
    depth: usize,
    gone: bool,
}

struct DirEntry {
    name: String,
    attr: u8,
    cluster: u32,
    size: u32,
    deleted: bool,
    /// Image offset of the short entry.
    pos: u64,
}

/// The entries of a directory's bytes; `offs` are the image offsets of
/// its clusters in order (one offset for a contiguous root directory).
fn entries(data: &[u8], offs: &[u64]) -> Vec<DirEntry> {
    let mut out = Vec::new();
    let piece = if offs.len() > 1 {
        data.len() / offs.len()
    } else {
        data.len().max(1)
    };
    let mut lfn: Vec<&[u8]> = Vec::new();
    for (i, e) in data.chunks_exact(32).enumerate() {
        let b0 = e[0];
        if b0 == 0 {
            break;
        }
        let attr = e[11];
        if attr & 0x3F == 0x0F {
            if b0 != 0xE5 && b0 & 0x40 != 0 {
                lfn.clear();
            }
            lfn.push(e);
            continue;
        }
        let parts = std::mem::take(&mut lfn);
        if attr & 0x08 != 0 {
            continue;
        }
        let deleted = b0 == 0xE5;
        let mut short = [0u8; 11];
        short.copy_from_slice(&e[0..11]);
        if short[0] == 0x05 {
            short[0] = 0xE5;
        }
        if &short == b".          " || &short == b"..         " {
            continue;
        }
        // A deleted entry lost its first character; the long-name
        // checksum, computed over the original, may give it back.
        let mut recovered = !deleted;
        let mut long = None;
        if !parts.is_empty() {
            let sum = parts[0][13];
            let all = parts.iter().all(|p| p[13] == sum);
            if deleted {
                for c in 0x20u8..0x7F {
                    short[0] = c;
                    if all && checksum(&short) == sum {
                        recovered = true;
                        break;
                    }
                }
            }
            if all && recovered && checksum(&short) == sum {
                long = Some(long_name(&parts));
            }
        }
        if !recovered {
            short[0] = b'_';
        }
        let name = long
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| short_name(&short, e[12]));
        let hi = u32::from(le16(e, 20));
        let lo = u32::from(le16(e, 26));
        let at = i * 32;
        let base = match at.checked_div(piece) {
            Some(k) => offs.get(k).copied().unwrap_or(0) + (at % piece) as u64,
            None => 0,
        };
        out.push(DirEntry {
            name,
            attr,
            cluster: (hi << 16) | lo,
            size: le32(e, 28),
            deleted,
            pos: base,
        });
    }
    out
}

fn checksum(short: &[u8; 11]) -> u8 {
    short
        .iter()
        .fold(0u8, |s, &c| (s >> 1).wrapping_add(s << 7).wrapping_add(c))
}

/// The long name from its entries in disk order (last part first).
fn long_name(parts: &[&[u8]]) -> String {
    let mut units: Vec<u16> = Vec::new();
    'parts: for p in parts.iter().rev() {
        for off in (1..11)
            .step_by(2)
            .chain((14..26).step_by(2))
            .chain((28..32).step_by(2))
        {
            let u = le16(p, off);
            if u == 0 {
                break 'parts;
            }
            units.push(u);
        }
    }
    String::from_utf16_lossy(&units).replace('/', "_")
}

fn short_name(s: &[u8; 11], case: u8) -> String {
    let conv = |b: &[u8], lower: bool| -> String {
        let t: String = b
            .iter()
            .map(|&c| match c {
                0x20..=0x7E if c != b'/' => {
                    let ch = c as char;
                    if lower {
                        ch.to_ascii_lowercase()
                    } else {
                        ch
                    }
                }
                _ => '_',
            })
            .collect();
        t.trim_end().to_string()
    };
    let base = conv(&s[0..8], case & 0x08 != 0);
    let ext = conv(&s[8..11], case & 0x10 != 0);
    if ext.is_empty() {
        base
    } else {
        format!("{base}.{ext}")
    }
}
