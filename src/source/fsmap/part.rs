//! Partition tables: a bare file system at offset 0, GPT (512- or
//! 4096-byte sectors), or MBR with extended partitions; each partition is
//! probed for ext2/3/4 or FAT.

use super::{byte, ext4, fat, le32, le64, Builder};

/// Most partitions read from one table (GPT allows 128 by default).
const MAX_PARTS: usize = 256;

/// Finds the file systems of the image and reads each.
pub(super) fn scan(b: &mut Builder) {
    let len = b.disk.len;
    if probe(b, 0, len) {
        return;
    }
    for ss in [512u64, 4096] {
        if let Some(parts) = gpt(b, ss) {
            read_parts(b, &parts, "GPT");
            return;
        }
    }
    if let Some(parts) = mbr(b) {
        read_parts(b, &parts, "MBR");
        return;
    }
    b.note("no partition table and no ext or FAT file system at offset 0".to_string());
}

fn read_parts(b: &mut Builder, parts: &[(u64, u64)], table: &str) {
    let len = b.disk.len;
    for (i, &(start, plen)) in parts.iter().enumerate() {
        if start >= len {
            b.note(format!(
                "{table} partition {} starts past the end of the image",
                i + 1
            ));
            continue;
        }
        let plen = plen.min(len - start);
        if !probe(b, start, plen) {
            b.note(format!(
                "{table} partition {} at offset {start} ({plen} bytes): no ext or FAT file system",
                i + 1
            ));
        }
    }
}

/// Reads the file system at `start` if it is one we know.
fn probe(b: &mut Builder, start: u64, len: u64) -> bool {
    if ext4::read(b, start, len) {
        return true;
    }
    fat::read(b, start, len)
}

/// GPT partitions `(start, len)` in bytes, if a GPT header is at LBA 1.
fn gpt(b: &mut Builder, ss: u64) -> Option<Vec<(u64, u64)>> {
    let h = b.disk.read(ss, 92)?;
    if &h[0..8] != b"EFI PART" {
        return None;
    }
    let entries_lba = le64(&h, 72);
    let count = (le32(&h, 80) as usize).min(MAX_PARTS);
    let esize = le32(&h, 84) as usize;
    if !(128..=4096).contains(&esize) {
        b.note(format!("GPT entry size {esize} not understood"));
        return Some(Vec::new());
    }
    let table = entries_lba
        .checked_mul(ss)
        .and_then(|off| b.disk.read(off, count * esize));
    let Some(table) = table else {
        b.note("GPT partition entries unreadable".to_string());
        return Some(Vec::new());
    };
    let mut parts = Vec::new();
    for e in table.chunks_exact(esize) {
        if e[0..16].iter().all(|&x| x == 0) {
            continue;
        }
        let (first, last) = (le64(e, 32), le64(e, 40));
        if last < first {
            continue;
        }
        if let (Some(s), Some(n)) = (first.checked_mul(ss), (last - first + 1).checked_mul(ss)) {
            parts.push((s, n));
        }
    }
    Some(parts)
}

/// MBR partitions `(start, len)` in bytes, logical ones included.
fn mbr(b: &mut Builder) -> Option<Vec<(u64, u64)>> {
    let s = b.disk.read(0, 512)?;
    if s[510] != 0x55 || s[511] != 0xAA {
        return None;
    }
    let ents: Vec<&[u8]> = (0..4).map(|i| &s[446 + 16 * i..462 + 16 * i]).collect();
    if ents.iter().any(|e| e[0] != 0 && e[0] != 0x80) {
        return None;
    }
    if ents.iter().all(|e| e[4] == 0) {
        return None;
    }
    let mut parts = Vec::new();
    for e in &ents {
        let (ty, lba, n) = (e[4], u64::from(le32(e, 8)), u64::from(le32(e, 12)));
        if ty == 0 || n == 0 {
            continue;
        }
        if matches!(ty, 0x05 | 0x0F | 0x85) {
            logical(b, lba, &mut parts);
        } else {
            parts.push((lba * 512, n * 512));
        }
    }
    Some(parts)
}

/// Follows the chain of extended boot records from `base` (in sectors).
fn logical(b: &mut Builder, base: u64, parts: &mut Vec<(u64, u64)>) {
    let mut ebr = base;
    for _ in 0..MAX_PARTS {
        let Some(s) = b.disk.read(ebr * 512, 512) else {
            b.note("extended partition table unreadable".to_string());
            return;
        };
        if byte(&s, 510) != 0x55 || byte(&s, 511) != 0xAA {
            return;
        }
        let (lba, n) = (u64::from(le32(&s, 454)), u64::from(le32(&s, 458)));
        if n > 0 && s[450] != 0 {
            parts.push(((ebr + lba) * 512, n * 512));
        }
        let next = u64::from(le32(&s, 470));
        if s[466] == 0 || next == 0 {
            return;
        }
        let following = base + next;
        if following <= ebr {
            b.note("extended partition chain loops".to_string());
            return;
        }
        ebr = following;
    }
}
