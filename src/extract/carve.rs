//! Carving (issue 20, part 2): compressed objects found inside a raw disk
//! stream, so that a deleted `.docx`, `.zip`, `.gz` or PDF whose name is
//! gone still yields its text.
//!
//! A chunk of the image is searched for the objects' magic bytes (zip
//! local header, gzip member header, `%PDF-`). Each candidate is checked
//! cheaply first: random magic bytes in binaries are common, and one that
//! does not parse costs microseconds and yields nothing. An object that
//! parses is delimited (its exact bytes found, reading past the chunk
//! through `read_more` when it straddles the chunk's end) and handed to
//! [`container::expand`], so that office documents, nested archives and
//! PDFs are read by the same readers as files on disk, under the same
//! [`Budget`]. The member chain starts with `carved zip @ 0x…`, the
//! object's absolute offset in the image.
//!
//! Each object is carved by the chunk that owns its first byte. A zip's
//! later members are skipped wherever they fall: within the chunk by the
//! range already carved, in a later chunk because their central directory
//! points back to a start that another chunk owns. A zip without its
//! central directory (a fragment) is read from its local headers; a
//! fragment's members are taken by the chunk that owns their headers.

use std::ops::Range;
use std::panic::{catch_unwind, AssertUnwindSafe};

use memchr::memmem;

use super::container::archive::{delimit, Delimited};
use super::container::{self, Budget, ContainerFormat, Problem, Unit};

/// Limits of carving: how far past a chunk an object may be read.
#[derive(Debug, Clone, Copy)]
pub struct CarveLimits {
    /// Bytes one carved object may take in the image (e.g. 64 MiB): the
    /// most read or held for one object, whatever its headers claim.
    pub max_object: u64,
}

impl Default for CarveLimits {
    fn default() -> Self {
        CarveLimits {
            max_object: 64 << 20,
        }
    }
}

/// What carving one chunk found, for the scan's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CarveStats {
    /// Magic bytes found in the owned range (outside objects carved).
    pub candidates: u64,
    /// Objects that yielded at least one unit.
    pub carved: u64,
}

const LOCAL: &[u8] = b"PK\x03\x04";
const CENTRAL: &[u8] = b"PK\x01\x02";
const END: &[u8] = b"PK\x05\x06";
const END64: &[u8] = b"PK\x06\x06";
const LOCATOR64: &[u8] = b"PK\x06\x07";
const DESCRIPTOR: &[u8] = b"PK\x07\x08";
const GZIP: &[u8] = b"\x1f\x8b\x08";
const PDF: &[u8] = b"%PDF-";

/// A gzip stream cut short (overwritten, or at the image's end) is carved
/// when at least this much of it inflates: random bytes after a plausible
/// header rarely inflate a few hundred.
const GZIP_PARTIAL_MIN: u64 = 4 << 10;
/// Bytes of a fragment's first deflated member inflated as a check.
const TRIAL_INFLATE: usize = 4 << 10;
/// Where a PDF's first object must start (after its header and the
/// binary-marker comment).
const PDF_FIRST_OBJ: usize = 1 << 10;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Zip,
    Gzip,
    Pdf,
}

/// Carves every object whose first byte lies in `owned` (indices into
/// `chunk`; the chunk begins at image offset `base`), handing out the text
/// units of each as [`container::expand`] does, with the chain starting
/// `carved zip @ 0x1a2b000` (lower-case hex of the absolute image offset of
/// the object's first byte), then member names. `read_more(offset, len)`
/// reads image bytes at an absolute offset (past the chunk's end, and, to
/// check where a zip starts, before its start); it returns fewer bytes at
/// the image end or on a read error.
pub fn carve(
    chunk: &[u8],
    owned: Range<usize>,
    base: u64,
    limits: &CarveLimits,
    read_more: &dyn Fn(u64, usize) -> Vec<u8>,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) -> CarveStats {
    let mut stats = CarveStats::default();
    let owned = owned.start.min(chunk.len())..owned.end.min(chunk.len());
    if owned.is_empty() {
        return stats;
    }
    let mut found = candidates(chunk, owned.clone());
    found.sort_unstable();
    // Candidates before this index lie inside an object already carved.
    let mut carved_to = 0usize;
    let max = usize::try_from(limits.max_object)
        .unwrap_or(usize::MAX)
        .max(64);
    let total = found.len();
    for (i, (at, kind)) in found.into_iter().enumerate() {
        if at < carved_to {
            continue;
        }
        if budget.exhausted() {
            // One record for what is left, so the report says that this
            // part of the image was not searched for objects.
            let left = total - i;
            out(Unit::Skipped {
                inner: &[format!("carving from 0x{:x}", base + at as u64)],
                problem: Problem::budget(format!(
                    "inflate or time budget used up; {left} more candidate objects in this chunk not opened"
                )),
            });
            break;
        }
        stats.candidates += 1;
        let mut reach = Reach {
            chunk,
            at,
            base,
            max,
            read_more,
            extra: None,
            end: false,
        };
        let mut any = false;
        let mut counted = |u: Unit<'_>| {
            any = true;
            out(u)
        };
        // A bug met on one object (hostile bytes) costs that object only.
        let taken = catch_unwind(AssertUnwindSafe(|| match kind {
            Kind::Zip => zip(&mut reach, owned.end, budget, &mut counted),
            Kind::Gzip => gzip(&mut reach, budget, &mut counted),
            Kind::Pdf => pdf(&mut reach, budget, &mut counted),
        }));
        let taken = taken.unwrap_or_else(|_| {
            let name = ["zip", "gzip", "pdf"][kind as usize];
            counted(Unit::Skipped {
                inner: &origin(name, base + at as u64),
                problem: Problem::corrupt(container::INTERNAL_ERROR),
            });
            None
        });
        if any {
            stats.carved += 1;
        }
        if let Some(len) = taken {
            carved_to = carved_to.max(at.saturating_add(len));
        }
    }
    stats
}

/// The magic bytes in `owned`, by position (unsorted).
fn candidates(chunk: &[u8], owned: Range<usize>) -> Vec<(usize, Kind)> {
    let mut found = Vec::new();
    for (magic, kind) in [(LOCAL, Kind::Zip), (GZIP, Kind::Gzip), (PDF, Kind::Pdf)] {
        // A magic starting in the owned range may end past it.
        let hay = &chunk[owned.start..(owned.end + magic.len() - 1).min(chunk.len())];
        found.extend(
            memmem::find_iter(hay, magic)
                .map(|p| owned.start + p)
                .filter(|&p| p < owned.end)
                .map(|p| (p, kind)),
        );
    }
    found
}

/// The chain's first element for an object at image offset `abs`.
fn origin(kind: &str, abs: u64) -> Vec<String> {
    vec![format!("carved {kind} @ 0x{abs:x}")]
}

/// The bytes of one candidate object: borrowed from the chunk while they
/// fit, copied and extended through `read_more` once they go past its
/// end, never more than `max`.
struct Reach<'c> {
    chunk: &'c [u8],
    /// Index of the object's first byte in the chunk.
    at: usize,
    base: u64,
    max: usize,
    read_more: &'c dyn Fn(u64, usize) -> Vec<u8>,
    /// The chunk's bytes from `at` and more, once read past the chunk.
    extra: Option<Vec<u8>>,
    /// The image (or the readable part) ended.
    end: bool,
}

impl Reach<'_> {
    /// The object's bytes available so far.
    fn bytes(&self) -> &[u8] {
        let b = match &self.extra {
            Some(v) => &v[..],
            None => &self.chunk[self.at..],
        };
        &b[..b.len().min(self.max)]
    }

    /// The image offset of the object's first byte.
    fn abs(&self) -> u64 {
        self.base + self.at as u64
    }

    /// Whether no more bytes can be had.
    fn full(&self) -> bool {
        self.end || self.bytes().len() >= self.max
    }

    /// Makes the first `len` bytes available when the image and the limit
    /// allow (reading ahead by doubling, so that growing costs at most
    /// twice the bytes); whether they are.
    fn want(&mut self, len: usize) -> bool {
        let have = self.bytes().len();
        if have >= len {
            return true;
        }
        if self.full() || len > self.max {
            // Still read what there is up to the limit.
            if !self.full() {
                self.grow(self.max);
            }
            return self.bytes().len() >= len;
        }
        let target = len
            .max(have.saturating_mul(2))
            .max(have + (1 << 20))
            .min(self.max);
        self.grow(target);
        self.bytes().len() >= len
    }

    /// Grows to `target` bytes (or the image's end).
    fn grow(&mut self, target: usize) {
        let mut v = match self.extra.take() {
            Some(v) => v,
            None => self.chunk[self.at..].to_vec(),
        };
        let have = v.len();
        if target > have {
            let need = target - have;
            let mut got = (self.read_more)(self.abs() + have as u64, need);
            got.truncate(need);
            if got.len() < need {
                self.end = true;
            }
            v.reserve_exact(got.len());
            v.extend_from_slice(&got);
        }
        self.extra = Some(v);
    }

    /// Grows by at least one byte; whether it could.
    fn more(&mut self) -> bool {
        let have = self.bytes().len();
        !self.full() && self.want(have + 1)
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

/// Hands `bytes` (a whole container) to [`container::expand`] with the
/// carved object's chain.
fn hand(
    format: ContainerFormat,
    bytes: &[u8],
    mut chain: Vec<String>,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) {
    container::expand(format, bytes, &mut chain, budget, out);
}

// ---------------------------------------------------------------- zip

/// What a local header says.
struct Local {
    flags: u16,
    method: u16,
    compressed: u64,
    /// Where its data starts (relative to the object).
    data: usize,
}

/// Compression methods a zip writer uses (stored, deflate, deflate64,
/// bzip2, LZMA, zstd, xz, PPMd, AES).
const METHODS: [u16; 9] = [0, 8, 9, 12, 14, 93, 95, 98, 99];
/// Flag bits no writer sets (4, 7-10, 12, 14, 15: reserved or unused).
const RESERVED_FLAGS: u16 = 0xD790;

/// The local header at `at`, when it is plausible: known method, no
/// reserved flag, a name of printable bytes.
fn local_header(r: &mut Reach<'_>, at: usize) -> Option<Local> {
    if !r.want(at + 30) {
        return None;
    }
    let b = r.bytes();
    if b.get(at..at + 4)? != LOCAL {
        return None;
    }
    let version = u16_at(b, at + 4)?;
    let flags = u16_at(b, at + 6)?;
    let method = u16_at(b, at + 8)?;
    let mut compressed = u64::from(u32_at(b, at + 18)?);
    let size = u64::from(u32_at(b, at + 22)?);
    let name_len = usize::from(u16_at(b, at + 26)?);
    let extra_len = usize::from(u16_at(b, at + 28)?);
    if version & 0xff > 63
        || flags & RESERVED_FLAGS != 0
        || !METHODS.contains(&method)
        || !(1..=1024).contains(&name_len)
        || (flags & 8 == 0 && method == 0 && compressed != size)
        // A stored member whose sizes follow it: zeros in their place,
        // as the format says (its end is looked for far ahead).
        || (flags & 8 != 0 && method == 0 && (compressed != 0 || size != 0))
    {
        return None;
    }
    let data = at + 30 + name_len + extra_len;
    if !r.want(data) {
        return None;
    }
    let b = r.bytes();
    if b[at + 30..at + 30 + name_len]
        .iter()
        .any(|&c| c < 0x20 || c == 0x7f)
    {
        return None;
    }
    if compressed == u64::from(u32::MAX) {
        // Zip64: the sizes are in the extra field.
        compressed = zip64_compressed(&b[at + 30 + name_len..data])?;
    }
    Some(Local {
        flags,
        method,
        compressed,
        data,
    })
}

/// The compressed size in a local header's zip64 extra field.
fn zip64_compressed(extra: &[u8]) -> Option<u64> {
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16_at(extra, at)?;
        let len = usize::from(u16_at(extra, at + 2)?);
        if id == 1 && len >= 16 {
            return u64_at(extra, at + 12);
        }
        at += 4 + len;
    }
    None
}

/// Whether the first bytes of a deflate stream inflate without error.
fn inflates(data: &[u8]) -> bool {
    let mut z = flate2::Decompress::new(false);
    let mut sink = [0u8; 8 << 10];
    let input = &data[..data.len().min(TRIAL_INFLATE)];
    loop {
        let used = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        let before = (z.total_in(), z.total_out());
        match z.decompress(
            input.get(used..).unwrap_or(&[]),
            &mut sink,
            flate2::FlushDecompress::None,
        ) {
            Err(_) => return false,
            Ok(flate2::Status::StreamEnd) => return true,
            Ok(_) => {
                if (z.total_in(), z.total_out()) == before {
                    return true;
                }
            }
        }
    }
}

/// The local headers walked from the object's start.
struct Walk {
    /// Each member's local header and the end of its data (and data
    /// descriptor).
    members: Vec<(usize, usize)>,
    /// Where a central directory (or end record) follows the last member.
    central: Option<usize>,
}

/// Walks the local headers that follow each other from the start, as far
/// as they go.
fn walk(r: &mut Reach<'_>, budget: &Budget<'_>) -> Walk {
    let mut members = Vec::new();
    let mut pos = 0;
    let mut central = None;
    while let Some(h) = local_header(r, pos) {
        if budget.check_time().is_err() {
            break;
        }
        let end = if h.flags & 8 == 0 {
            let Some(end) = usize::try_from(h.compressed)
                .ok()
                .and_then(|c| h.data.checked_add(c))
            else {
                break;
            };
            if members.is_empty() && h.method == 8 {
                // A fragment's first member is all that vouches for it.
                let upto = end.min(h.data + TRIAL_INFLATE);
                r.want(upto);
                let b = r.bytes();
                if b.len() <= h.data || !inflates(&b[h.data..upto.min(b.len())]) {
                    break;
                }
            }
            end
        } else if h.method == 0 {
            // Stored, sizes after the data: the descriptor naming its own
            // distance from the data ends it.
            match stored_end(r, h.data) {
                Some(end) => end,
                None if members.is_empty() => return Walk { members, central },
                None => break,
            }
        } else {
            // Deflated, sizes after the data: inflate to find its end,
            // reading on while the bytes run out.
            loop {
                match delimit(r.bytes(), h.data, h.method, h.flags, budget) {
                    Delimited::Whole { next, .. } => break next,
                    Delimited::Cut if r.more() => continue,
                    Delimited::Cut => break r.bytes().len().max(h.data),
                    Delimited::Lost(_) => {
                        // Unreadable: the walk ends before it (with no
                        // member before it, there is no object).
                        if members.is_empty() {
                            return Walk { members, central };
                        }
                        break usize::MAX;
                    }
                }
            }
        };
        if end == usize::MAX {
            break;
        }
        if !r.want(end.saturating_add(4)) {
            // Cut off by the image's end or the object limit.
            members.push((pos, end.min(r.bytes().len())));
            break;
        }
        members.push((pos, end));
        let b = r.bytes();
        let sig = &b[end..end + 4];
        if sig == LOCAL {
            pos = end;
        } else {
            if sig == CENTRAL || sig == END || sig == END64 {
                central = Some(end);
            }
            break;
        }
    }
    Walk { members, central }
}

/// Where a stored member whose sizes follow its data ends: after the
/// data descriptor whose compressed size is its distance from `data` (a
/// descriptor signature inside the data does not match), looked for as
/// far as the object may reach.
fn stored_end(r: &mut Reach<'_>, data: usize) -> Option<usize> {
    let mut from = data;
    loop {
        let b = r.bytes();
        let hit = memmem::find_iter(b.get(from..)?, DESCRIPTOR)
            .map(|p| from + p)
            .find(|&p| {
                u32_at(b, p + 8).map(|c| c as usize) == Some(p - data)
                    && u32_at(b, p + 12).is_some()
            });
        if let Some(p) = hit {
            return Some(p + 16);
        }
        // A descriptor cut by the buffer's end is looked at again.
        let next = b.len().saturating_sub(15).max(from);
        if !r.more() {
            return None;
        }
        from = next;
    }
}

/// Reads the central directory at `cd`: the end of the archive (after the
/// end record's comment) and the directory's offset as the end record
/// gives it, when the records agree with each other.
fn central(r: &mut Reach<'_>, cd: usize) -> Option<(usize, u64)> {
    let mut p = cd;
    let mut count = 0u64;
    loop {
        if !r.want(p + 46) && !r.want(p + 22) {
            return None;
        }
        let b = r.bytes();
        if b.get(p..p + 4)? != CENTRAL {
            break;
        }
        let lens = [28, 30, 32].map(|o| usize::from(u16_at(b, p + o).unwrap_or(0)));
        p += 46 + lens.iter().sum::<usize>();
        count += 1;
    }
    let cd_end = p;
    let mut offset64 = None;
    let b = r.bytes();
    if b.get(p..p + 4)? == END64 {
        if !r.want(p + 56) {
            return None;
        }
        let b = r.bytes();
        let size = usize::try_from(u64_at(b, p + 4)?).ok()?;
        offset64 = u64_at(b, p + 48);
        p = p.checked_add(12)?.checked_add(size)?;
        if !r.want(p + 20) || r.bytes().get(p..p + 4)? != LOCATOR64 {
            return None;
        }
        p += 20;
    }
    if !r.want(p + 22) {
        return None;
    }
    let b = r.bytes();
    if b.get(p..p + 4)? != END {
        return None;
    }
    let total = u16_at(b, p + 10)?;
    let size = u32_at(b, p + 12)?;
    let offset = u32_at(b, p + 16)?;
    let comment = usize::from(u16_at(b, p + 20)?);
    if (total != u16::MAX && u64::from(total) != count)
        || (size != u32::MAX && size as usize != cd_end - cd)
    {
        return None;
    }
    let offset = if offset == u32::MAX {
        offset64?
    } else {
        u64::from(offset)
    };
    let end = p + 22 + comment;
    r.want(end);
    Some((end.min(r.bytes().len()), offset))
}

/// Whether a plausible local header starts at image offset `abs`.
fn local_header_at(r: &Reach<'_>, abs: u64) -> bool {
    let mut probe = Reach {
        chunk: &[],
        at: 0,
        base: abs,
        max: 30 + 1024 + (64 << 10),
        read_more: r.read_more,
        extra: None,
        end: false,
    };
    if let Some(i) = abs
        .checked_sub(r.base)
        .and_then(|i| usize::try_from(i).ok())
    {
        if i < r.chunk.len() {
            probe.chunk = r.chunk;
            probe.at = i;
            probe.base = r.base;
        }
    }
    local_header(&mut probe, 0).is_some()
}

/// Carves the zip whose local header starts the object; the bytes it
/// covers when it was taken (carved, or left to the chunk that owns its
/// start).
fn zip(
    r: &mut Reach<'_>,
    owned_end: usize,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) -> Option<usize> {
    let w = walk(r, budget);
    let &(_, first_end) = w.members.first()?;
    if let Some(cd) = w.central {
        if let Some((end, offset)) = central(r, cd) {
            let cd_rel = cd as u64;
            if offset > cd_rel {
                // These are later members of a zip that starts earlier: the
                // chunk owning that start carves it whole.
                // (Only when that chunk can reach its end: else each chunk
                // reads the members it owns, as of a fragment.)
                let start = (r.abs() + cd_rel).checked_sub(offset);
                let whole = start.is_some_and(|s| {
                    r.abs() + end as u64 - s <= r.max as u64 && local_header_at(r, s)
                });
                if whole {
                    return Some(end);
                }
            } else {
                // Whole (data before the first header, as in a
                // self-extracting archive, is the zip reader's business).
                hand(
                    ContainerFormat::Zip,
                    &r.bytes()[..end],
                    origin("zip", r.abs()),
                    budget,
                    out,
                );
                return Some(end);
            }
        }
    }
    // A fragment: its members whose headers this chunk owns, read from
    // their local headers (the zip reader rebuilds a directory for them).
    let owned_rel = owned_end.saturating_sub(r.at);
    let end = w
        .members
        .iter()
        .take_while(|&&(at, _)| at < owned_rel)
        .map(|&(_, end)| end)
        .last()
        .unwrap_or(first_end);
    let end = end.min(r.bytes().len());
    hand(
        ContainerFormat::Zip,
        &r.bytes()[..end],
        origin("zip", r.abs()),
        budget,
        out,
    );
    Some(end)
}

// ---------------------------------------------------------------- gzip

/// Where a gzip member's deflate data starts, when its header is
/// plausible.
fn gzip_header(r: &mut Reach<'_>) -> Option<usize> {
    if !r.want(10) {
        return None;
    }
    let b = r.bytes();
    let (flags, xfl, os) = (b[3], b[8], b[9]);
    if flags & 0xe0 != 0 || !matches!(xfl, 0 | 2 | 4) || !(os <= 13 || os == 255) {
        return None;
    }
    let mut p = 10;
    if flags & 4 != 0 {
        if !r.want(p + 2) {
            return None;
        }
        p += 2 + usize::from(u16_at(r.bytes(), p)?);
    }
    // Name and comment: NUL-terminated text.
    for (flag, longest) in [(8u8, 1024usize), (16, 64 << 10)] {
        if flags & flag != 0 {
            r.want(p + longest);
            let b = r.bytes();
            let field = b.get(p..(p + longest).min(b.len()))?;
            let nul = memchr::memchr(0, field)?;
            if field[..nul]
                .iter()
                .any(|&c| c < 0x20 && !b"\t\r\n".contains(&c))
            {
                return None;
            }
            p += nul + 1;
        }
    }
    if flags & 2 != 0 {
        p += 2;
    }
    r.want(p + 1).then_some(p)
}

/// Carves the gzip member starting the object: its end found by inflating
/// it (output thrown away, bounded as reading it is).
fn gzip(
    r: &mut Reach<'_>,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) -> Option<usize> {
    use flate2::{Decompress, FlushDecompress, Status};
    let data = gzip_header(r)?;
    let mut z = Decompress::new(false);
    let mut crc = flate2::Crc::new();
    let mut sink = vec![0u8; 64 << 10];
    let l = budget.limits;
    let end = loop {
        if budget.check_time().is_err() {
            break None;
        }
        let used = data + usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        if used >= r.bytes().len() && !r.more() {
            break None;
        }
        let before = (z.total_in(), z.total_out());
        let input = &r.bytes()[used..];
        let status = match z.decompress(input, &mut sink, FlushDecompress::None) {
            Ok(s) => s,
            Err(_) => break None,
        };
        let made = usize::try_from(z.total_out() - before.1).unwrap_or(0);
        crc.update(&sink[..made]);
        let inflated = z.total_out();
        if inflated > l.max_member_bytes
            || (inflated > container::budget::RATIO_GRACE
                && inflated / z.total_in().max(1) > l.max_ratio)
        {
            // A bomb, or just large: the reader stops it at the same limit
            // and says so.
            break Some(data + usize::try_from(z.total_in()).unwrap_or(0));
        }
        if status == Status::StreamEnd {
            let stop = data + usize::try_from(z.total_in()).unwrap_or(0);
            r.want(stop + 8);
            let b = r.bytes();
            let whole =
                u32_at(b, stop) == Some(crc.sum()) && u32_at(b, stop + 4) == Some(inflated as u32);
            if whole {
                break Some(stop + 8);
            }
            break None;
        }
        if (z.total_in(), z.total_out()) == before && !r.more() {
            break None;
        }
    };
    let end = match end {
        Some(end) => end,
        // Cut short (overwritten, or at the end): carved when enough of it
        // inflated to tell it from random bytes.
        None if z.total_in() >= GZIP_PARTIAL_MIN && z.total_out() > 0 => {
            data + usize::try_from(z.total_in()).unwrap_or(0)
        }
        None => return None,
    };
    let end = end.min(r.bytes().len());
    hand(
        ContainerFormat::Gzip,
        &r.bytes()[..end],
        origin("gzip", r.abs()),
        budget,
        out,
    );
    Some(end)
}

// ---------------------------------------------------------------- pdf

/// Carves the PDF whose header starts the object: up to its last `%%EOF`
/// (incremental updates included), else, cut short, what its objects and
/// streams still give.
fn pdf(r: &mut Reach<'_>, budget: &mut Budget<'_>, out: &mut dyn FnMut(Unit<'_>)) -> Option<usize> {
    // `%PDF-1.7` and a line end, then an object soon after.
    r.want(PDF_FIRST_OBJ);
    let b = r.bytes();
    let head = b.get(..PDF.len() + 3)?;
    if !head[5].is_ascii_digit() || head[6] != b'.' || !head[7].is_ascii_digit() {
        return None;
    }
    let line = &b[8..b.len().min(16)];
    if !line.iter().any(|c| matches!(c, b'\r' | b'\n')) {
        return None;
    }
    memmem::find(&b[..b.len().min(PDF_FIRST_OBJ)], b" obj")?;
    let eof = memmem::Finder::new(b"%%EOF");
    let next_pdf = memmem::Finder::new(PDF);
    let mut from = 8;
    let mut done: Option<usize> = None;
    let stop = loop {
        let b = r.bytes();
        let hay = &b[from..];
        let e = eof.find(hay).map(|p| from + p);
        let n = next_pdf.find(hay).map(|p| from + p);
        match (e, n) {
            (Some(e), n) if n.is_none_or(|n| e < n) => {
                let mut end = e + 5;
                r.want(end + 64);
                let b = r.bytes();
                while matches!(b.get(end), Some(b'\r' | b'\n')) {
                    end += 1;
                }
                done = Some(end);
                // An incremental update follows: its own %%EOF ends it.
                let rest = &b[end..b.len().min(end + 64)];
                let rest = &rest[rest
                    .iter()
                    .position(|c| !c.is_ascii_whitespace())
                    .unwrap_or(rest.len())..];
                if rest.starts_with(b"xref")
                    || rest.first().is_some_and(u8::is_ascii_digit)
                        && memmem::find(rest, b" obj").is_some()
                {
                    from = end;
                    continue;
                }
                break end;
            }
            // Another PDF starts before this one ends.
            (_, Some(n)) => break done.unwrap_or(n),
            _ => {
                // Read on; a magic cut by the buffer's end is searched again.
                let next = b.len().saturating_sub(8).max(from);
                if !r.more() {
                    break done.unwrap_or(r.bytes().len());
                }
                from = next;
            }
        }
    };
    if let Some(end) = done {
        let end = end.min(r.bytes().len());
        hand(
            ContainerFormat::Pdf,
            &r.bytes()[..end],
            origin("pdf", r.abs()),
            budget,
            out,
        );
        return Some(end);
    }
    // Cut short: up to its last whole object.
    let b = r.bytes();
    let last = memmem::rfind(&b[..stop], b"endobj")? + 6;
    let region = &b[..last];
    let chain = origin("pdf", r.abs());
    let mut text = false;
    let mut held: Vec<(Vec<String>, Problem)> = Vec::new();
    hand(
        ContainerFormat::Pdf,
        region,
        chain.clone(),
        budget,
        &mut |u| match u {
            Unit::Skipped { inner, problem } => held.push((inner.to_vec(), problem)),
            u => {
                text = true;
                out(u)
            }
        },
    );
    if text {
        for (inner, problem) in held {
            out(Unit::Skipped {
                inner: &inner,
                problem,
            });
        }
    } else {
        streams(region, chain, budget, out);
    }
    // Only the header is taken: what follows may be anything.
    Some(PDF.len())
}

/// Inflates the `FlateDecode` streams of a PDF cut short and hands each
/// as text named after its object (`stream 12 0 obj`).
fn streams(
    region: &[u8],
    mut chain: Vec<String>,
    budget: &mut Budget<'_>,
    out: &mut dyn FnMut(Unit<'_>),
) {
    let mut buf = Vec::new();
    let mut from = 0;
    while let Some(p) = memmem::find(&region[from..], b"stream").map(|p| from + p) {
        from = p + 6;
        if region[..p].ends_with(b"end") {
            continue;
        }
        let mut data = p + 6;
        if region.get(data) == Some(&b'\r') {
            data += 1;
        }
        if region.get(data) != Some(&b'\n') {
            continue;
        }
        data += 1;
        let dict = &region[p.saturating_sub(1024)..p];
        let Some(obj) = memmem::rfind(dict, b" obj") else {
            continue;
        };
        if memmem::find(&dict[obj..], b"/FlateDecode").is_none() {
            continue;
        }
        if budget.next_member().is_err() {
            return;
        }
        let name = object_name(&dict[..obj]);
        let input = &region[data..];
        let compressed = Some(input.len() as u64);
        let reader = flate2::bufread::ZlibDecoder::new(input);
        let result = budget.read_member(reader, compressed, &mut buf);
        if buf.is_empty() {
            continue;
        }
        chain.push(name);
        out(Unit::Text {
            inner: &chain,
            text: &buf,
            extracted: false,
            sniffed: None,
            named: None,
        });
        if let Err(problem) = result {
            if problem.reason != crate::vocab::SkipReason::Corrupt {
                out(Unit::Skipped {
                    inner: &chain,
                    problem,
                });
            }
        }
        chain.pop();
        from = data;
    }
}

/// `stream 12 0 obj` from the bytes before an object's ` obj`.
fn object_name(before: &[u8]) -> String {
    let nums: Vec<&[u8]> = before
        .rsplit(|c| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(2)
        .collect();
    match nums[..] {
        [gen, num] => format!(
            "stream {} {} obj",
            String::from_utf8_lossy(num),
            String::from_utf8_lossy(gen)
        ),
        _ => "stream".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::{noise, ArchiveLimits};
    use crate::vocab::SkipReason;
    use std::io::{Cursor, Write};
    use std::sync::atomic::AtomicU64;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    const NOTE: &str = "Clinic note. Patient Jane Roe, SSN 219-09-9876, seen today.";

    /// What carving handed out: texts as (chain, text), skipped as (chain,
    /// reason), and the stats.
    #[derive(Debug, Default)]
    struct Got {
        texts: Vec<(Vec<String>, String)>,
        skipped: Vec<(Vec<String>, SkipReason)>,
        /// Parts lost to a bug (a caught panic).
        internal: usize,
        stats: CarveStats,
    }

    /// Carves `image[start..start + len]` owning `owned` (relative to the
    /// chunk), reading past it from `image`.
    fn carve_in(image: &[u8], start: usize, len: usize, owned: Range<usize>) -> Got {
        carve_with(image, start, len, owned, CarveLimits::default())
    }

    fn carve_with(
        image: &[u8],
        start: usize,
        len: usize,
        owned: Range<usize>,
        carve_limits: CarveLimits,
    ) -> Got {
        let chunk = &image[start..(start + len).min(image.len())];
        let read_more = |at: u64, n: usize| {
            let at = (at as usize).min(image.len());
            image[at..(at + n).min(image.len())].to_vec()
        };
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        let mut got = Got::default();
        got.stats = carve(
            chunk,
            owned,
            start as u64,
            &carve_limits,
            &read_more,
            &mut budget,
            &mut |u| match u {
                Unit::Text { inner, text, .. } => got
                    .texts
                    .push((inner.to_vec(), String::from_utf8_lossy(text).into_owned())),
                Unit::Skipped { inner, problem } => {
                    got.internal += usize::from(problem.detail == container::INTERNAL_ERROR);
                    got.skipped.push((inner.to_vec(), problem.reason))
                }
            },
        );
        got
    }

    fn zip_of(members: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in members {
            let opts = SimpleFileOptions::default().compression_method(method);
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn docx(text: &str) -> Vec<u8> {
        let doc = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
             <w:body><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:body></w:document>"
        );
        zip_of(
            &[
                (
                    "[Content_Types].xml",
                    br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
                ),
                ("word/document.xml", doc.as_bytes()),
                ("word/styles.xml", b"<w:styles/>"),
            ],
            CompressionMethod::Deflated,
        )
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    /// A one-page PDF showing `text` (content stream deflated).
    fn pdf_of(text: &str) -> Vec<u8> {
        use lopdf::{dictionary, Document, Object, Stream};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let content = format!("BT /F1 12 Tf 72 712 Td ({text}) Tj ET");
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(content.as_bytes()).unwrap();
        let stream = Stream::new(
            dictionary! { "Filter" => "FlateDecode" },
            z.finish().unwrap(),
        );
        let content_id = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    /// Filler with `objects` planted at their offsets.
    fn image(len: usize, objects: &[(usize, &[u8])]) -> Vec<u8> {
        let mut img = noise(7, len);
        for (at, bytes) in objects {
            img[*at..*at + bytes.len()].copy_from_slice(bytes);
        }
        img
    }

    fn chain(kind: &str, at: usize, rest: &[&str]) -> Vec<String> {
        let mut c = vec![format!("carved {kind} @ 0x{at:x}")];
        c.extend(rest.iter().map(|s| s.to_string()));
        c
    }

    #[test]
    fn docx_gzip_and_pdf_in_filler_yield_their_text_under_their_image_offsets() {
        let (d, g, p) = (docx(NOTE), gzip(NOTE.as_bytes()), pdf_of(NOTE));
        let (dz, gz, pf) = (100_003, 300_017, 500_029);
        let img = image(1 << 20, &[(dz, &d), (gz, &g), (pf, &p)]);
        // The chunk starts at image offset 64 KiB and owns all of itself.
        let got = carve_in(&img, 65_536, 900_000, 0..900_000);
        assert!(got.skipped.is_empty(), "{:?}", got.skipped);
        let chains: Vec<&Vec<String>> = got.texts.iter().map(|t| &t.0).collect();
        assert_eq!(
            chains,
            [
                &chain("zip", dz, &["word/document.xml"]),
                &chain("gzip", gz, &[]),
                &chain("pdf", pf, &[]),
            ]
        );
        // The document's text, not its XML.
        assert_eq!(got.texts[0].1.trim(), NOTE);
        assert_eq!(got.texts[1].1, NOTE);
        assert!(got.texts[2].1.contains(NOTE), "{:?}", got.texts[2].1);
        assert_eq!(got.stats.carved, 3);
    }

    #[test]
    fn an_object_straddling_the_owned_end_is_carved_once_by_its_owner() {
        // Many members, so that later local headers fall in the next chunk.
        let names: Vec<String> = (0..40).map(|i| format!("notes/n{i}.txt")).collect();
        let bodies: Vec<Vec<u8>> = (0..40)
            .map(|i| {
                let mut b = format!("{NOTE} #{i}\n").into_bytes();
                b.extend(noise(i, 3000));
                b
            })
            .collect();
        let members: Vec<(&str, &[u8])> = names
            .iter()
            .zip(&bodies)
            .map(|(n, b)| (n.as_str(), &b[..]))
            .collect();
        let z = zip_of(&members, CompressionMethod::Stored);
        let gz = gzip(NOTE.as_bytes());
        let (chunk, overlap) = (200_000, 4096);
        let at = chunk - 50_000;
        // A gzip right after the zip, in chunk 1.
        let g_at = at + z.len() + 100;
        let img = image(600_000, &[(at, &z), (g_at, &gz)]);
        let first = carve_in(&img, 0, chunk + overlap, 0..chunk);
        assert_eq!(first.texts.len(), 40);
        assert!(first
            .texts
            .iter()
            .all(|t| t.0[0] == chain("zip", at, &[])[0]));
        // The next chunk starts inside the zip: its members are not carved
        // again; the gzip after it is.
        let second = carve_in(&img, chunk, chunk + overlap, 0..chunk);
        assert_eq!(second.texts, [(chain("gzip", g_at, &[]), NOTE.to_string())]);
        assert!(second.skipped.is_empty());
        assert!(first.texts.iter().all(|t| !t.0[0].contains("gzip")));
    }

    #[test]
    fn an_object_in_the_overlap_before_owned_is_left_to_its_owner() {
        let g = gzip(NOTE.as_bytes());
        let img = image(100_000, &[(1_000, &g)]);
        let got = carve_in(&img, 0, 100_000, 4_096..100_000);
        assert!(got.texts.is_empty() && got.skipped.is_empty());
        assert_eq!(got.stats, CarveStats::default());
    }

    /// A zip cut where its central directory starts.
    fn cut_at_central(z: &[u8]) -> &[u8] {
        let cd = memmem::find(z, CENTRAL).unwrap();
        &z[..cd]
    }

    #[test]
    fn a_zip_without_its_central_directory_yields_its_members_from_local_headers() {
        let d = docx(NOTE);
        let mut w = ZipWriter::new_stream(Vec::new());
        let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        w.start_file("streamed.txt", opts).unwrap();
        w.write_all(NOTE.as_bytes()).unwrap();
        let stored = opts.compression_method(CompressionMethod::Stored);
        w.start_file("second.txt", stored).unwrap();
        w.write_all(b"second member").unwrap();
        w.start_file("third.txt", opts).unwrap();
        w.write_all(b"third member").unwrap();
        let streamed = w.finish().unwrap().into_inner();
        // Both kinds of member with a data descriptor (flag bit 3).
        let second = memmem::find(&streamed, b"second.txt").unwrap() - 30;
        assert_eq!(u16_at(&streamed, second + 6).unwrap() & 8, 8);
        assert_eq!(u16_at(&streamed, second + 8), Some(0));
        assert_eq!(u16_at(&streamed, 6).unwrap() & 8, 8);
        let (a, b) = (10_001, 70_003);
        let img = image(
            200_000,
            &[(a, cut_at_central(&d)), (b, cut_at_central(&streamed))],
        );
        let got = carve_in(&img, 0, 200_000, 0..200_000);
        let texts: Vec<(Vec<String>, String)> = got
            .texts
            .iter()
            .map(|(c, t)| (c.clone(), t.trim().to_string()))
            .collect();
        assert!(texts.contains(&(chain("zip", a, &["word/document.xml"]), NOTE.into())));
        assert!(texts.contains(&(chain("zip", b, &["streamed.txt"]), NOTE.into())));
        assert!(texts.contains(&(chain("zip", b, &["second.txt"]), "second member".into())));
        assert!(texts.contains(&(chain("zip", b, &["third.txt"]), "third member".into())));
        // Each says it was damaged, once; nothing else.
        assert_eq!(
            got.skipped,
            [
                (chain("zip", a, &[]), SkipReason::Corrupt),
                (chain("zip", b, &[]), SkipReason::Corrupt)
            ]
        );
        assert_eq!(got.stats.carved, 2);
    }

    #[test]
    fn a_fragment_across_chunks_is_shared_by_its_owners_without_doubles() {
        let names: Vec<String> = (0..30).map(|i| format!("n{i}.txt")).collect();
        let bodies: Vec<Vec<u8>> = (0..30)
            .map(|i| format!("{NOTE} #{i} {}", "x".repeat(3000)).into_bytes())
            .collect();
        let members: Vec<(&str, &[u8])> = names
            .iter()
            .zip(&bodies)
            .map(|(n, b)| (n.as_str(), &b[..]))
            .collect();
        let z = zip_of(&members, CompressionMethod::Deflated);
        let z = cut_at_central(&z);
        let chunk = 100_000;
        let at = chunk - z.len() / 2;
        let img = image(300_000, &[(at, z)]);
        let first = carve_in(&img, 0, chunk + 4096, 0..chunk);
        let second = carve_in(&img, chunk, chunk + 4096, 0..chunk);
        let mut seen: Vec<String> = Vec::new();
        for got in [&first, &second] {
            assert_eq!(got.stats.carved, 1);
            seen.extend(got.texts.iter().map(|t| t.0[1].clone()));
        }
        seen.sort();
        let mut want = names.clone();
        want.sort();
        assert_eq!(seen, want);
        assert!(first.texts.len() > 5 && second.texts.len() > 5);
        assert_eq!(first.texts[0].0[0], chain("zip", at, &[])[0]);
    }

    #[test]
    fn a_zip_longer_than_an_object_may_be_is_shared_by_the_chunks_owning_its_headers() {
        let names: Vec<String> = (0..30).map(|i| format!("n{i}.txt")).collect();
        let bodies: Vec<Vec<u8>> = (0..30)
            .map(|i| {
                let mut b = format!("{NOTE} #{i}\n").into_bytes();
                b.extend(noise(i, 3000));
                b
            })
            .collect();
        let members: Vec<(&str, &[u8])> = names
            .iter()
            .zip(&bodies)
            .map(|(n, b)| (n.as_str(), &b[..]))
            .collect();
        let z = zip_of(&members, CompressionMethod::Stored);
        let limits = CarveLimits {
            max_object: z.len() as u64 * 2 / 3,
        };
        let chunk = 100_000;
        let at = chunk - z.len() / 2;
        let img = image(300_000, &[(at, &z)]);
        let first = carve_with(&img, 0, chunk + 4096, 0..chunk, limits);
        let second = carve_with(&img, chunk, chunk + 4096, 0..chunk, limits);
        let mut seen: Vec<String> = Vec::new();
        for got in [&first, &second] {
            seen.extend(got.texts.iter().map(|t| t.0[1].clone()));
        }
        seen.sort();
        let mut want = names.clone();
        want.sort();
        assert_eq!(seen, want);
    }

    #[test]
    fn objects_cut_at_any_length_never_panic() {
        let objects = [docx(NOTE), gzip(NOTE.as_bytes()), pdf_of(NOTE)];
        for (k, o) in objects.iter().enumerate() {
            for cut in (0..o.len()).step_by(97) {
                let img = image(o.len() + 4096, &[(1000, &o[..cut])]);
                let got = carve_in(&img, 0, img.len(), 0..img.len());
                assert_eq!(got.internal, 0, "object {k} cut at {cut}");
                assert!(got.stats.carved <= 1);
                // At the image's end too.
                let got = carve_in(&o[..cut], 0, cut, 0..cut);
                assert_eq!(got.internal, 0, "object {k} cut at {cut}, at the end");
            }
        }
    }

    #[test]
    fn planted_fake_magics_in_filler_yield_nothing() {
        let mut img = noise(3, 1 << 20);
        let fakes: [&[u8]; 5] = [
            b"PK\x03\x04",
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
            b"%PDF-1.4\n",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
            b"%PDF-1.7\n1 0 obj\n<<>>\nstream\n",
        ];
        for i in 0..1_000usize {
            let at = (i * 7919 + 13) % (img.len() - 64);
            let f = fakes[i % fakes.len()];
            img[at..at + f.len()].copy_from_slice(f);
        }
        let start = std::time::Instant::now();
        let got = carve_in(&img, 0, img.len(), 0..img.len());
        assert!(got.texts.is_empty(), "{:?}", &got.texts[..1]);
        assert!(got.skipped.is_empty(), "{:?}", &got.skipped[..1]);
        assert!(got.stats.candidates >= 900, "{:?}", got.stats);
        assert_eq!(got.stats.carved, 0);
        eprintln!(
            "{} fake candidates in {:?}",
            got.stats.candidates,
            start.elapsed()
        );
    }

    /// A zip of one member of `mib` MiB of zeros, deflated (about 1 KiB
    /// per MiB: after the first, every MiB compresses to the same bytes,
    /// so they are compressed once and repeated), headers written by hand.
    fn zeros_bomb(mib: usize) -> Vec<u8> {
        use flate2::{Compress, Compression, FlushCompress};
        let zeros = vec![0u8; 1 << 20];
        let mut c = Compress::new(Compression::best(), false);
        let mut piece = |input: &[u8], flush| {
            let mut out = Vec::with_capacity(1 << 20);
            c.compress_vec(input, &mut out, flush).unwrap();
            out
        };
        let mut data = piece(&zeros, FlushCompress::Sync);
        let again = piece(&zeros, FlushCompress::Sync);
        for _ in 1..mib {
            data.extend(&again);
        }
        data.extend(piece(&[], FlushCompress::Finish));
        let (mut crc, mut one) = (flate2::Crc::new(), flate2::Crc::new());
        one.update(&zeros);
        for _ in 0..mib {
            crc.combine(&one);
        }
        let name = b"zeros.bin";
        let mut fields = vec![20u8, 0, 0, 0, 8, 0, 0, 0, 0x21, 0];
        fields.extend(crc.sum().to_le_bytes());
        fields.extend((data.len() as u32).to_le_bytes());
        fields.extend(((mib << 20) as u32).to_le_bytes());
        fields.extend((name.len() as u16).to_le_bytes());
        let mut z = LOCAL.to_vec();
        z.extend(&fields);
        z.extend([0, 0]);
        z.extend(name);
        z.extend(&data);
        let cd = z.len();
        z.extend(CENTRAL);
        z.extend([20, 0]);
        z.extend(&fields);
        z.extend([0u8; 16]);
        z.extend(name);
        let cd_len = z.len() - cd;
        z.extend(END);
        z.extend([0, 0, 0, 0, 1, 0, 1, 0]);
        z.extend((cd_len as u32).to_le_bytes());
        z.extend((cd as u32).to_le_bytes());
        z.extend([0, 0]);
        z
    }

    #[test]
    fn a_deflate_bomb_in_a_carved_zip_stops_at_the_budget() {
        let bomb = zeros_bomb(100);
        assert!(zip::ZipArchive::new(Cursor::new(&bomb[..])).is_ok());
        let at = 5_000;
        let img = image(bomb.len() + 20_000, &[(at, &bomb)]);
        let got = carve_in(&img, 0, img.len(), 0..img.len());
        assert!(got.texts.is_empty());
        assert_eq!(
            got.skipped,
            [(chain("zip", at, &["zeros.bin"]), SkipReason::ArchiveBudget)]
        );
    }

    #[test]
    fn a_pdf_cut_before_its_end_yields_its_streams() {
        let p = pdf_of(NOTE);
        // Cut after the content stream's object, before the page tree.
        let end = memmem::find(&p, b"endstream").unwrap() + 20;
        let at = 4_099;
        let img = image(50_000, &[(at, &p[..end])]);
        let got = carve_in(&img, 0, img.len(), 0..img.len());
        assert_eq!(got.texts.len(), 1, "{:?}", got);
        assert!(got.texts[0].0[0] == chain("pdf", at, &[])[0]);
        assert!(
            got.texts[0].0[1].starts_with("stream "),
            "{:?}",
            got.texts[0].0
        );
        assert!(got.texts[0].1.contains(NOTE));
    }

    #[test]
    fn a_pdf_cut_before_its_cross_reference_table_is_read_by_the_pdf_reader() {
        let p = pdf_of(NOTE);
        let end = memmem::rfind(&p, b"xref").unwrap();
        let at = 8_191;
        let img = image(50_000, &[(at, &p[..end])]);
        let got = carve_in(&img, 0, img.len(), 0..img.len());
        assert_eq!(got.texts.len(), 1, "{got:?}");
        assert_eq!(got.texts[0].0, chain("pdf", at, &[]));
        assert!(got.texts[0].1.contains(NOTE));
    }

    /// Throughput on real binary filler, run by hand:
    /// `cargo test --release carve_throughput -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn carve_throughput() {
        let mut img = Vec::with_capacity(256 << 20);
        // CARVE_ROOT: another tree of filler (e.g. one full of jars).
        let root = std::env::var_os("CARVE_ROOT").unwrap_or("/usr/lib".into());
        let mut dirs = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let Ok(t) = e.file_type() else { continue };
                if t.is_dir() {
                    dirs.push(e.path());
                } else if t.is_file() && img.len() < 256 << 20 {
                    if let Ok(b) = std::fs::read(e.path()) {
                        img.extend_from_slice(&b[..b.len().min((256 << 20) - img.len())]);
                    }
                }
            }
        }
        let chunk = 16 << 20;
        let start = std::time::Instant::now();
        let (mut stats, mut texts, mut skipped) = (CarveStats::default(), 0usize, 0usize);
        for c in (0..img.len()).step_by(chunk) {
            let got = carve_in(&img, c, chunk + (64 << 10), 0..chunk.min(img.len() - c));
            stats.candidates += got.stats.candidates;
            stats.carved += got.stats.carved;
            texts += got.texts.len();
            skipped += got.skipped.len();
            if std::env::var_os("CARVE_SHOW").is_some() {
                for (chain, text) in &got.texts {
                    eprintln!("{chain:?} {} bytes", text.len());
                }
            }
        }
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "carve: {} MiB in {secs:.3} s = {:.0} MB/s; {stats:?}, {texts} text units, {skipped} skipped",
            img.len() >> 20,
            img.len() as f64 / secs / 1e6
        );
    }
}
