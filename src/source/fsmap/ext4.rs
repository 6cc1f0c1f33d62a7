//! ext2/3/4: superblock, group descriptors (32/64-bit), block bitmaps
//! (allocated but unowned blocks are metadata), inode tables, extent trees
//! of any depth and indirect blocks, directories walked from the root,
//! deleted inodes whose block lists survived, and deleted names hidden in
//! directory-entry slack.

use std::collections::{HashMap, HashSet};

use super::{byte, le16, le32, Builder, MAX_DEPTH};

const MAGIC: u16 = 0xEF53;
const INCOMPAT_FILETYPE: u32 = 0x2;
const INCOMPAT_META_BG: u32 = 0x10;
const INCOMPAT_EXTENTS: u32 = 0x40;
const INCOMPAT_64BIT: u32 = 0x80;
const INCOMPAT_FLEX_BG: u32 = 0x200;
const RO_GDT_CSUM: u32 = 0x10;
const RO_METADATA_CSUM: u32 = 0x400;
const COMPAT_JOURNAL: u32 = 0x4;
const BG_INODE_UNINIT: u16 = 0x1;
const BG_BLOCK_UNINIT: u16 = 0x2;
const EXTENTS_FL: u32 = 0x80000;
const INLINE_DATA_FL: u32 = 0x1000_0000;
const INDEX_FL: u32 = 0x1000;
const ROOT_INO: u32 = 2;
/// Most extent-tree or indirect blocks read for one file.
const MAX_TREE_BLOCKS: u32 = 1 << 16;
/// Most runs kept for one file (a fragmented or hostile file stops here).
const MAX_RUNS: usize = 1 << 20;
/// Most bytes of one directory read.
const MAX_DIR_BYTES: u64 = 64 << 20;
/// Inode-table bytes read at once.
const ITABLE_CHUNK: usize = 1 << 20;

struct Fs {
    start: u64,
    bs: u64,
    blocks: u64,
    first_data: u64,
    inodes: u32,
    filetype: bool,
    vol: u16,
}

struct DirInode {
    flags: u32,
    size: u64,
    iblock: [u8; 60],
}

/// Reads the ext file system at image offset `start` if there is one.
pub(super) fn read(b: &mut Builder, start: u64, avail: u64) -> bool {
    let Some(sb) = b.disk.read(start + 1024, 1024) else {
        return false;
    };
    if le16(&sb, 56) != MAGIC {
        return false;
    }
    let log = le32(&sb, 24);
    let bpg = u64::from(le32(&sb, 32));
    let ipg = u64::from(le32(&sb, 40));
    let rev = le32(&sb, 76);
    let inode_size = if rev == 0 {
        128
    } else {
        u64::from(le16(&sb, 88))
    };
    let (compat, incompat, ro) = (le32(&sb, 92), le32(&sb, 96), le32(&sb, 100));
    if log > 6 || bpg == 0 || ipg == 0 {
        return false;
    }
    let bs = 1024u64 << log;
    if bpg > bs * 8 || ipg > bs * 8 || !(128..=bs).contains(&inode_size) {
        return false;
    }
    let is64 = incompat & INCOMPAT_64BIT != 0;
    let mut blocks = u64::from(le32(&sb, 4));
    if is64 {
        blocks |= u64::from(le32(&sb, 0x150)) << 32;
    }
    let first_data = u64::from(le32(&sb, 20));
    // Keeps every block-to-offset product far from overflow.
    if blocks <= first_data || blocks.checked_mul(bs).is_none_or(|n| n > 1 << 62) {
        return false;
    }
    let desc_size = if is64 {
        u64::from(le16(&sb, 254)).clamp(32, 1024)
    } else {
        32
    };
    let fs_name = if incompat & (INCOMPAT_EXTENTS | INCOMPAT_64BIT | INCOMPAT_FLEX_BG) != 0 {
        "ext4"
    } else if compat & COMPAT_JOURNAL != 0 {
        "ext3"
    } else {
        "ext2"
    };
    let label: String = String::from_utf8_lossy(&sb[120..136])
        .trim_end_matches('\0')
        .to_string();
    let fs_len = blocks.saturating_mul(bs);
    let vol = b.volume(start, fs_len, fs_name, label);
    if fs_len > avail {
        b.note(format!(
            "{fs_name} at offset {start}: file system ({fs_len} bytes) is larger than the space it is in"
        ));
    }
    if incompat & INCOMPAT_META_BG != 0 {
        b.note(format!(
            "{fs_name} at offset {start}: meta_bg layout not supported, no names"
        ));
        return true;
    }
    let groups = (blocks - first_data).div_ceil(bpg);
    let inodes = le32(&sb, 0).min(u32::try_from(groups.saturating_mul(ipg)).unwrap_or(u32::MAX));
    let fs = Fs {
        start,
        bs,
        blocks,
        first_data,
        inodes,
        filetype: incompat & INCOMPAT_FILETYPE != 0,
        vol,
    };
    let gdt_off = start + (first_data + 1) * bs;
    let Some(gdt) = usize::try_from(groups * desc_size)
        .ok()
        .and_then(|n| b.disk.read(gdt_off, n))
    else {
        b.note(format!(
            "{fs_name} at offset {start}: group descriptors unreadable, no names"
        ));
        return true;
    };
    let csum = ro & (RO_GDT_CSUM | RO_METADATA_CSUM) != 0;
    let mut files: HashMap<u32, u32> = HashMap::new();
    let mut dirs: HashMap<u32, DirInode> = HashMap::new();
    let mut io_noted = false;
    for g in 0..groups {
        let d = &gdt[(g * desc_size) as usize..((g + 1) * desc_size) as usize];
        let hi = |off: usize| -> u64 {
            if desc_size >= 64 {
                u64::from(le32(d, off)) << 32
            } else {
                0
            }
        };
        let bbitmap = u64::from(le32(d, 0)) | hi(0x20);
        let itable = u64::from(le32(d, 8)) | hi(0x28);
        let flags = le16(d, 0x12);
        let mut unused = u64::from(le16(d, 0x1C));
        if desc_size >= 64 {
            unused |= u64::from(le16(d, 0x32)) << 16;
        }
        // Allocated blocks of the group: metadata unless a file claims them.
        let gstart = first_data + g * bpg;
        let gblocks = bpg.min(blocks - gstart);
        if flags & BG_BLOCK_UNINIT == 0 {
            if let Some(bm) = block(b, &fs, bbitmap) {
                for (s, n) in bit_runs(&bm, gblocks as usize) {
                    b.meta_run(vol, start + (gstart + s) * bs, n * bs);
                }
            } else if !io_noted {
                io_noted = true;
                b.note(format!(
                    "{fs_name} at offset {start}: a block bitmap is unreadable"
                ));
            }
        }
        if flags & BG_INODE_UNINIT != 0 && csum {
            continue;
        }
        let used = if csum {
            ipg.saturating_sub(unused)
        } else {
            ipg
        };
        let per_chunk = (ITABLE_CHUNK as u64 / inode_size).max(1);
        let mut i = 0u64;
        while i < used {
            let n = per_chunk.min(used - i);
            let off = itable
                .checked_mul(bs)
                .and_then(|o| o.checked_add(i * inode_size))
                .and_then(|o| o.checked_add(start));
            let ok_block = itable < blocks;
            let Some(buf) = off
                .filter(|_| ok_block)
                .and_then(|o| b.disk.read(o, (n * inode_size) as usize))
            else {
                if !io_noted {
                    io_noted = true;
                    b.note(format!(
                        "{fs_name} at offset {start}: part of an inode table is unreadable"
                    ));
                }
                break;
            };
            for k in 0..n {
                let ino = g * ipg + i + k + 1;
                if ino > u64::from(fs.inodes) {
                    break;
                }
                let raw = &buf[(k * inode_size) as usize..((k + 1) * inode_size) as usize];
                inode(b, &fs, ino as u32, raw, &mut files, &mut dirs);
            }
            i += n;
        }
        if b.disk.exhausted() {
            break;
        }
    }
    walk(b, &fs, &files, &dirs);
    true
}

/// One inode of the table: files and their runs, directories kept aside.
fn inode(
    b: &mut Builder,
    fs: &Fs,
    ino: u32,
    raw: &[u8],
    files: &mut HashMap<u32, u32>,
    dirs: &mut HashMap<u32, DirInode>,
) {
    let mode = le16(raw, 0);
    let kind = mode & 0xF000;
    if mode == 0 || (ino != ROOT_INO && ino < 11) {
        return;
    }
    let links = le16(raw, 26);
    let dtime = le32(raw, 20);
    let deleted = links == 0 || dtime != 0;
    let flags = le32(raw, 32);
    let size = u64::from(le32(raw, 4)) | (u64::from(le32(raw, 108)) << 32);
    let mut iblock = [0u8; 60];
    iblock.copy_from_slice(&raw[40..100]);
    match kind {
        0x4000 if !deleted => {
            dirs.insert(
                ino,
                DirInode {
                    flags,
                    size,
                    iblock,
                },
            );
        }
        0x8000 => {
            if !deleted {
                b.count(fs.vol, false);
            }
            let runs = runs(b, fs, flags, &iblock, size);
            if runs.is_empty() {
                return;
            }
            if deleted {
                b.count(fs.vol, true);
            }
            let Some(idx) = b.file(fs.vol, u64::from(ino), deleted) else {
                return;
            };
            for (blk, n) in runs {
                b.file_run(idx, fs.start + blk * fs.bs, n * fs.bs);
            }
            files.insert(ino, idx);
        }
        _ => {}
    }
}

/// The `(block, count)` runs of an inode's data, in logical order.
fn runs(b: &mut Builder, fs: &Fs, flags: u32, iblock: &[u8; 60], size: u64) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    if flags & INLINE_DATA_FL != 0 {
        return out;
    }
    let mut budget = MAX_TREE_BLOCKS;
    if flags & EXTENTS_FL != 0 {
        extents(b, fs, iblock, None, &mut out, &mut budget);
    } else {
        let want = size.div_ceil(fs.bs).min(fs.blocks);
        let mut left = want;
        for i in 0..15 {
            if left == 0 {
                break;
            }
            let p = u64::from(le32(iblock, i * 4));
            let level = i.saturating_sub(11) as u32;
            indirect(b, fs, p, level, &mut left, &mut out, &mut budget);
        }
    }
    out
}

fn push_run(out: &mut Vec<(u64, u64)>, blk: u64, n: u64) {
    if let Some(last) = out.last_mut() {
        if last.0 + last.1 == blk {
            last.1 += n;
            return;
        }
    }
    if out.len() < MAX_RUNS {
        out.push((blk, n));
    }
}

/// Walks an extent node; `depth` is what the parent promised.
fn extents(
    b: &mut Builder,
    fs: &Fs,
    node: &[u8],
    depth: Option<u16>,
    out: &mut Vec<(u64, u64)>,
    budget: &mut u32,
) {
    if le16(node, 0) != 0xF30A {
        return;
    }
    let (entries, max, d) = (le16(node, 2), le16(node, 4), le16(node, 6));
    if d > 5 || depth.is_some_and(|want| want != d) {
        return;
    }
    let n = usize::from(entries.min(max)).min(node.len().saturating_sub(12) / 12);
    for i in 0..n {
        let e = 12 + 12 * i;
        if d == 0 {
            let mut len = u64::from(le16(node, e + 4));
            if len > 32768 {
                len -= 32768;
            }
            let start = u64::from(le32(node, e + 8)) | (u64::from(le16(node, e + 6)) << 32);
            if len == 0 || start < fs.first_data || start.saturating_add(len) > fs.blocks {
                continue;
            }
            push_run(out, start, len);
        } else {
            let leaf = u64::from(le32(node, e + 4)) | (u64::from(le16(node, e + 8)) << 32);
            if *budget == 0 || out.len() >= MAX_RUNS {
                return;
            }
            *budget -= 1;
            if let Some(child) = block(b, fs, leaf) {
                extents(b, fs, &child, Some(d - 1), out, budget);
            }
        }
    }
}

/// Block pointer `p` at indirection `level` (0: a data block).
fn indirect(
    b: &mut Builder,
    fs: &Fs,
    p: u64,
    level: u32,
    left: &mut u64,
    out: &mut Vec<(u64, u64)>,
    budget: &mut u32,
) {
    if *left == 0 {
        return;
    }
    let per = fs.bs / 4;
    if p == 0 || p >= fs.blocks {
        // A hole: skip the logical blocks it would have covered.
        let span = per.saturating_pow(level);
        *left = left.saturating_sub(span);
        return;
    }
    if level == 0 {
        push_run(out, p, 1);
        *left -= 1;
        return;
    }
    if *budget == 0 {
        *left = 0;
        return;
    }
    *budget -= 1;
    let Some(blk) = block(b, fs, p) else {
        *left = 0;
        return;
    };
    for i in 0..per as usize {
        if *left == 0 {
            break;
        }
        let q = u64::from(le32(&blk, i * 4));
        indirect(b, fs, q, level - 1, left, out, budget);
    }
}

/// One file-system block, if in range and readable.
fn block(b: &mut Builder, fs: &Fs, blk: u64) -> Option<Vec<u8>> {
    if blk >= fs.blocks {
        return None;
    }
    b.disk.read(fs.start + blk * fs.bs, fs.bs as usize)
}

/// Runs `(first, count)` of set bits among the first `n` bits.
fn bit_runs(bm: &[u8], n: usize) -> Vec<(u64, u64)> {
    let mut out = Vec::new();
    let n = n.min(bm.len() * 8);
    let mut i = 0;
    while i < n {
        if bm[i / 8] == 0 && i % 8 == 0 {
            i += 8;
            continue;
        }
        if bm[i / 8] >> (i % 8) & 1 == 1 {
            let s = i;
            while i < n && bm[i / 8] >> (i % 8) & 1 == 1 {
                i += 1;
            }
            out.push((s as u64, (i - s) as u64));
        } else {
            i += 1;
        }
    }
    out
}

/// Walks directories from the root, naming files; deleted names found in
/// entry slack name deleted inodes.
fn walk(b: &mut Builder, fs: &Fs, files: &HashMap<u32, u32>, dirs: &HashMap<u32, DirInode>) {
    if !dirs.contains_key(&ROOT_INO) {
        b.note("ext root directory missing: files are unnamed".to_string());
        return;
    }
    let mut stack: Vec<(u32, String, usize)> = vec![(ROOT_INO, String::new(), 0)];
    let mut seen: HashSet<u32> = HashSet::from([ROOT_INO]);
    let mut depth_noted = false;
    while let Some((ino, path, depth)) = stack.pop() {
        let Some(d) = dirs.get(&ino) else { continue };
        let runs = runs(b, fs, d.flags, &d.iblock, d.size);
        let mut read = 0u64;
        let mut first = true;
        'blocks: for (blk, n) in runs {
            for k in 0..n {
                if read >= MAX_DIR_BYTES {
                    break 'blocks;
                }
                read += fs.bs;
                let Some(data) = block(b, fs, blk + k) else {
                    continue;
                };
                let skip_slack = first && d.flags & INDEX_FL != 0;
                first = false;
                for (child, name, live) in dirents(&data, fs, skip_slack) {
                    if live {
                        if let Some(&idx) = files.get(&child) {
                            b.set_path(idx, &path, &name);
                        } else if dirs.contains_key(&child) && seen.insert(child) {
                            if depth + 1 >= MAX_DEPTH {
                                if !depth_noted {
                                    depth_noted = true;
                                    b.note(format!(
                                        "ext directories nested deeper than {MAX_DEPTH}: not walked"
                                    ));
                                }
                                continue;
                            }
                            stack.push((child, format!("{path}/{name}"), depth + 1));
                        }
                    } else if let Some(&idx) = files.get(&child) {
                        if b.is_deleted(idx) {
                            b.set_path(idx, &path, &name);
                        }
                    }
                }
                if b.disk.exhausted() {
                    return;
                }
            }
        }
    }
}

/// Entries of one directory block: `(inode, name, live)`; entries hidden
/// in the slack after a live entry's name come back with `live` false.
fn dirents(blk: &[u8], fs: &Fs, skip_slack: bool) -> Vec<(u32, String, bool)> {
    let mut out = Vec::new();
    let n = blk.len();
    let mut pos = 0usize;
    while pos + 8 <= n {
        let ino = le32(blk, pos);
        let rec_len = usize::from(le16(blk, pos + 4));
        let name_len = usize::from(byte(blk, pos + 6));
        if rec_len < 8 || rec_len % 4 != 0 || pos + rec_len > n || 8 + name_len > rec_len {
            break;
        }
        if ino != 0 && name_len > 0 && ino <= fs.inodes {
            let name = &blk[pos + 8..pos + 8 + name_len];
            if name != b"." && name != b".." {
                out.push((ino, name_str(name), true));
            }
        }
        let used = (8 + name_len).next_multiple_of(4);
        if !(skip_slack || ino == 0 && name_len == 0) {
            slack(blk, pos + used, pos + rec_len, fs, &mut out);
        }
        pos += rec_len;
    }
    out
}

/// Deleted entries still readable in `blk[from..to]`.
fn slack(blk: &[u8], from: usize, to: usize, fs: &Fs, out: &mut Vec<(u32, String, bool)>) {
    let mut p = from;
    while p + 8 <= to {
        let ino = le32(blk, p);
        let rl = usize::from(le16(blk, p + 4));
        let nl = usize::from(byte(blk, p + 6));
        let ft = byte(blk, p + 7);
        let ok = ino != 0
            && ino <= fs.inodes
            && nl > 0
            && p + 8 + nl <= to
            && rl >= 8 + nl
            && rl % 4 == 0
            && (!fs.filetype || (1..=7).contains(&ft))
            && blk[p + 8..p + 8 + nl].iter().all(|&c| c != 0 && c != b'/');
        if ok {
            out.push((ino, name_str(&blk[p + 8..p + 8 + nl]), false));
            p += (8 + nl).next_multiple_of(4);
        } else {
            p += 4;
        }
    }
}

fn name_str(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
