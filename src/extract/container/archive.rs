//! Archives and compressed streams: zip, gzip, bzip2, xz, zstd, tar.
//!
//! Every member is inflated into one reused buffer through the [`Budget`]
//! (real bytes counted, never declared sizes) and handed to the visitor as
//! [`Part::Raw`]; the driver sniffs it and opens it in turn when it is a
//! container. Names are the member names as stored in the archive (`..` and
//! absolute paths are just names: nothing is ever written to disk). A
//! compressed stream (gzip, bzip2, xz, zstd) adds no level to the member
//! chain: its single member has the empty name, so the members of a
//! `.tar.gz` appear directly under the file.

use std::io::{self, Cursor, Read};

use super::{Budget, ContainerFormat, Part, Problem, Visit};

/// Reads every member of a zip archive, in central directory order.
///
/// When the central directory cannot be read (a truncated file, a damaged
/// end record), the members are found from their local headers instead
/// (see [`repair_zip`]): the whole ones are read as usual, a member cut off
/// by the truncation yields what inflates before the cut and is reported
/// as skipped (`corrupt`, "truncated: N bytes recovered"), and the file
/// itself ends with a `corrupt` problem ([`RECOVERED`]), so the report says
/// it was damaged.
pub fn read_zip(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let e = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(zip) => return read_members(zip, bytes, budget, visit),
        Err(e) => e,
    };
    let problem = Problem::corrupt(format!("zip: cannot read the central directory: {e}"));
    let Some(repaired) = repair_zip(bytes, budget) else {
        return Err(problem);
    };
    let zip = zip::ZipArchive::new(Cursor::new(&repaired.bytes[..])).map_err(|_| problem)?;
    read_members(zip, &repaired.bytes, budget, visit)?;
    read_lost(bytes, &repaired.lost, budget, visit)?;
    Err(Problem::corrupt(RECOVERED))
}

/// The detail of a zip (or office document) whose members were found from
/// their local headers.
pub const RECOVERED: &str = "central directory missing; members read from local headers";

/// Reads the members a central directory lists (`bytes` is the archive
/// the directory indexes).
///
/// A member whose bytes (local header to end of data) overlap those of a
/// member already read is not read: no zip writer shares data between
/// members, and the "overlapping files" bomb (Fifield's "better zip bomb",
/// thousands of directory entries over one kernel of data) is made of
/// nothing else. It is reported as `archive_budget`.
fn read_members(
    mut zip: zip::ZipArchive<Cursor<&[u8]>>,
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut buf = Vec::new();
    let mut taken = Spans::default();
    let mut overlapping = 0u64;
    for index in 0..zip.len() {
        start_member(budget)?;
        let Some(entry) = zip_entry(&zip, index) else {
            continue;
        };
        if entry.is_dir {
            continue;
        }
        let name = entry.name.as_str();
        if !taken.insert(entry.span(bytes)) {
            overlapping += 1;
            // One record for the first few, then one for them all: a bomb
            // has thousands.
            if overlapping <= MAX_OVERLAP_RECORDS {
                let problem = Problem::budget(OVERLAPPING);
                visit(Part::Skipped { name, problem }, budget)?;
            }
            continue;
        }
        let problem = if entry.encrypted {
            Some(Problem::encrypted("member is encrypted"))
        } else if !entry.supported {
            Some(Problem::unsupported(format!(
                "member compression method {} is not supported",
                entry.method
            )))
        } else {
            None
        };
        if let Some(problem) = problem {
            visit(Part::Skipped { name, problem }, budget)?;
            continue;
        }
        let reader = match zip.by_index(index) {
            Ok(reader) => reader,
            Err(e) => {
                let problem = Problem::corrupt(format!("zip: cannot open member: {e}"));
                visit(Part::Skipped { name, problem }, budget)?;
                continue;
            }
        };
        let read = budget.take_member(name, reader, Some(entry.compressed), &mut buf, visit)?;
        // Its stored bytes are not read again (overlaps are refused).
        let (start, end) = entry.span(bytes);
        if let Some(stored) = bytes.get(start as usize..(end as usize).min(bytes.len())) {
            budget.done_with(stored);
        }
        if read {
            visit(Part::Raw { name, bytes: &buf }, budget)?;
        }
    }
    if overlapping > MAX_OVERLAP_RECORDS {
        let problem = Problem::budget(format!(
            "{} more members overlap other members' data (zip bomb?); not read",
            overlapping - MAX_OVERLAP_RECORDS
        ));
        visit(Part::Skipped { name: "", problem }, budget)?;
    }
    if zip.has_duplicate_names() {
        // The zip crate keeps one entry per name: the others are unreachable
        // and may hold anything, so say that the archive was not all read.
        let problem =
            Problem::unsupported("zip: several members share a name; only one of each was read");
        visit(Part::Skipped { name: "", problem }, budget)?;
    }
    Ok(())
}

/// The detail of a zip member not read because its bytes overlap those of
/// a member already read.
pub const OVERLAPPING: &str = "member overlaps another member's data (zip bomb?); not read";

/// Overlapping members reported one by one; the rest in one record.
const MAX_OVERLAP_RECORDS: u64 = 16;

/// The byte ranges of the members read so far, disjoint, by start.
#[derive(Default)]
struct Spans(std::collections::BTreeMap<u64, u64>);

impl Spans {
    /// Adds `start..end` unless it overlaps a range already there.
    fn insert(&mut self, (start, end): (u64, u64)) -> bool {
        let before = self.0.range(..=start).next_back();
        if before.is_some_and(|(_, &e)| e > start) {
            return false;
        }
        let after = self.0.range(start..).next();
        if after.is_some_and(|(&s, _)| s < end) {
            return false;
        }
        self.0.insert(start, end);
        true
    }
}

/// Reports the members the local header walk could not take whole: a
/// member cut off by the truncation is inflated as far as its bytes go
/// (stored and deflated members), that part visited, then the member is
/// reported as skipped.
fn read_lost(
    bytes: &[u8],
    lost: &[Lost],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut buf = Vec::new();
    for member in lost {
        start_member(budget)?;
        let name = member.name.as_str();
        let Some(cut) = member.cut else {
            visit(
                Part::Skipped {
                    name,
                    problem: member.problem.clone(),
                },
                budget,
            )?;
            continue;
        };
        let data = &bytes[cut.data..];
        let compressed = Some(data.len() as u64);
        let result = match cut.method {
            0 => budget.read_member(data, compressed, &mut buf),
            8 => budget.read_member(
                CutDeflate {
                    z: flate2::Decompress::new(false),
                    input: data,
                },
                compressed,
                &mut buf,
            ),
            _ => {
                buf.clear();
                Ok(())
            }
        };
        if budget.exhausted() {
            return Err(result.err().unwrap_or_else(|| {
                Problem::budget("inflate limit for this file or scan already used up")
            }));
        }
        if !buf.is_empty() {
            visit(Part::Raw { name, bytes: &buf }, budget)?;
        }
        let problem = match result {
            Err(p) if p.reason != crate::vocab::SkipReason::Corrupt => p,
            _ => Problem::corrupt(format!("truncated: {} bytes recovered", buf.len())),
        };
        visit(Part::Skipped { name, problem }, budget)?;
    }
    Ok(())
}

/// A deflate stream cut short, inflated as far as its bytes go (flate2's
/// readers flush with `Finish` at the end of their input, which yields
/// nothing from a stream that does not end there).
struct CutDeflate<'a> {
    z: flate2::Decompress,
    input: &'a [u8],
}

impl Read for CutDeflate<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            let (i, o) = (self.z.total_in(), self.z.total_out());
            let used = usize::try_from(i)
                .unwrap_or(usize::MAX)
                .min(self.input.len());
            let status = self
                .z
                .decompress(&self.input[used..], out, flate2::FlushDecompress::None)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "corrupt deflate data"))?;
            let made = usize::try_from(self.z.total_out() - o).unwrap_or(0);
            if made > 0 || status == flate2::Status::StreamEnd || self.z.total_in() == i {
                return Ok(made);
            }
        }
    }
}

/// A zip whose central directory could not be read, rebuilt from its
/// local headers so that the zip crate (and the office reader) read its
/// whole members as they read any zip.
pub struct Repaired {
    /// The archive's bytes up to the end of its last whole member, then a
    /// new central directory listing the whole members.
    pub bytes: Vec<u8>,
    /// The members that could not be taken whole, in archive order.
    pub lost: Vec<Lost>,
}

/// A member the local header walk could not take whole.
pub struct Lost {
    /// Its name, as stored.
    pub name: String,
    /// Why (a member cut off by the truncation says so when it is read).
    pub problem: Problem,
    /// For a member cut off by the end of the file: where its data starts
    /// and its compression method, to inflate what is there.
    pub cut: Option<Cut>,
}

/// Where the data of a member cut off by the end of the file starts.
#[derive(Clone, Copy)]
pub struct Cut {
    /// Offset of its first data byte.
    pub data: usize,
    /// Its compression method (0 stored, 8 deflated).
    pub method: u16,
}

/// A member found from its local header, whole.
struct Found {
    offset: usize,
    header: [u8; 26],
    crc: u32,
    compressed: u64,
    size: u64,
    name: Vec<u8>,
}

const LOCAL: &[u8; 4] = b"PK\x03\x04";
const CENTRAL: &[u8; 4] = b"PK\x01\x02";
const END: &[u8; 4] = b"PK\x05\x06";
const DESCRIPTOR: &[u8; 4] = b"PK\x07\x08";

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn find(b: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(what.len())
        .position(|w| w == what)
        .map(|p| p + from)
}

/// Walks a zip's local headers from the start when its central directory
/// is unreadable, and rebuilds a central directory for the whole members.
/// `None` when no local header is found.
///
/// A member's size comes from its local header; with the data descriptor
/// flag (bit 3) it is not there: a deflated member is then inflated (output
/// thrown away, at most the member limit, under the file's time) to find
/// the end of its stream, a stored one ends at the descriptor that names
/// its length. That inflating is bounded as reading is: the member and
/// ratio limits for each member, the file limit for them all, the file's
/// time. A member that cannot be delimited is lost and the walk goes
/// on at the next local header signature; a member cut off by the end of
/// the file ends the walk.
pub fn repair_zip(bytes: &[u8], budget: &Budget<'_>) -> Option<Repaired> {
    let mut found: Vec<Found> = Vec::new();
    let mut lost = Vec::new();
    let mut end = 0;
    // Bytes inflated to find where members end.
    let mut walked = 0u64;
    let mut pos = if bytes.starts_with(LOCAL) {
        Some(0)
    } else {
        find(bytes, 0, LOCAL)
    };
    while let Some(at) = pos {
        // The rebuilt directory stays a plain (not zip64) one.
        if at > u32::MAX as usize - 1 || found.len() >= usize::from(u16::MAX) {
            break;
        }
        if budget.check_time().is_err() {
            break;
        }
        let Some(header) = bytes.get(at + 4..at + 30) else {
            break;
        };
        let header: [u8; 26] = header.try_into().ok()?;
        let flags = u16::from_le_bytes([header[2], header[3]]);
        let method = u16::from_le_bytes([header[4], header[5]]);
        let mut crc = u32::from_le_bytes(header[10..14].try_into().ok()?);
        let mut compressed = u64::from(u32::from_le_bytes(header[14..18].try_into().ok()?));
        let mut size = u64::from(u32::from_le_bytes(header[18..22].try_into().ok()?));
        let name_len = usize::from(u16::from_le_bytes([header[22], header[23]]));
        let extra_len = usize::from(u16::from_le_bytes([header[24], header[25]]));
        let Some(name) = bytes.get(at + 30..at + 30 + name_len) else {
            break;
        };
        let name = name.to_vec();
        let shown = String::from_utf8_lossy(&name).into_owned();
        let data = at + 30 + name_len + extra_len;
        if data > bytes.len() {
            lost.push(Lost {
                name: shown,
                problem: Problem::corrupt("truncated: 0 bytes recovered"),
                cut: None,
            });
            break;
        }
        if compressed == u64::from(u32::MAX) || size == u64::from(u32::MAX) {
            // Zip64: both sizes in the extra field.
            let extra = &bytes[at + 30 + name_len..data];
            if let Some((s, c)) = zip64_sizes(extra) {
                size = s;
                compressed = c;
            }
        }
        let next;
        if flags & 8 == 0 {
            let Some(stop) = usize::try_from(compressed)
                .ok()
                .and_then(|c| data.checked_add(c))
            else {
                break;
            };
            if stop > bytes.len() {
                lost.push(Lost {
                    name: shown,
                    problem: Problem::corrupt("truncated"),
                    cut: Some(Cut { data, method }),
                });
                break;
            }
            next = stop;
        } else {
            match delimit(bytes, data, method, flags, budget) {
                Delimited::Whole {
                    crc: c,
                    compressed: n,
                    size: s,
                    next: after,
                } => {
                    if method == 8 {
                        // Inflated once to find the end, again to be read:
                        // the walk stops where reading would.
                        walked = walked.saturating_add(s);
                        if walked > budget.limits.max_file_bytes {
                            break;
                        }
                    }
                    crc = c;
                    compressed = n;
                    size = s;
                    next = after;
                }
                Delimited::Cut => {
                    lost.push(Lost {
                        name: shown,
                        problem: Problem::corrupt("truncated"),
                        cut: Some(Cut { data, method }),
                    });
                    break;
                }
                Delimited::Lost(problem) => {
                    lost.push(Lost {
                        name: shown,
                        problem,
                        cut: None,
                    });
                    pos = find(bytes, data, LOCAL);
                    continue;
                }
            }
        }
        found.push(Found {
            offset: at,
            header,
            crc,
            compressed,
            size,
            name,
        });
        end = next;
        pos = if bytes.get(next..next + 4) == Some(LOCAL) {
            Some(next)
        } else if matches!(bytes.get(next..next + 4), Some(s) if s == CENTRAL || s == END) {
            None
        } else {
            find(bytes, next, LOCAL)
        };
    }
    if found.is_empty() && lost.is_empty() {
        return None;
    }
    let end = end.max(found.last().map_or(0, |f| f.offset));
    let mut out = bytes[..end].to_vec();
    let cd = out.len();
    for f in &found {
        out.extend_from_slice(CENTRAL);
        out.extend_from_slice(&[20, 0]); // made by
        out.extend_from_slice(&f.header[..10]); // needed, flags, method, time, date
        out.extend_from_slice(&f.crc.to_le_bytes());
        let big = f.compressed >= u64::from(u32::MAX) || f.size >= u64::from(u32::MAX);
        let small = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
        let (c, s) = if big {
            (u32::MAX, u32::MAX)
        } else {
            (small(f.compressed), small(f.size))
        };
        out.extend_from_slice(&c.to_le_bytes());
        out.extend_from_slice(&s.to_le_bytes());
        out.extend_from_slice(&u16::try_from(f.name.len()).unwrap_or(0).to_le_bytes());
        out.extend_from_slice(&(if big { 20u16 } else { 0 }).to_le_bytes());
        out.extend_from_slice(&[0; 10]); // comment length, disk, attributes
        out.extend_from_slice(&small(f.offset as u64).to_le_bytes());
        out.extend_from_slice(&f.name);
        if big {
            out.extend_from_slice(&[1, 0, 16, 0]);
            out.extend_from_slice(&f.size.to_le_bytes());
            out.extend_from_slice(&f.compressed.to_le_bytes());
        }
    }
    let cd_len = u32::try_from(out.len() - cd).ok()?;
    let count = u16::try_from(found.len()).ok()?;
    out.extend_from_slice(END);
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&cd_len.to_le_bytes());
    out.extend_from_slice(&u32::try_from(cd).ok()?.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    Some(Repaired { bytes: out, lost })
}

/// The sizes (uncompressed, compressed) in a local header's zip64 extra
/// field.
fn zip64_sizes(extra: &[u8]) -> Option<(u64, u64)> {
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16_at(extra, at)?;
        let len = usize::from(u16_at(extra, at + 2)?);
        if id == 1 && len >= 16 {
            let s = u64::from_le_bytes(extra.get(at + 4..at + 12)?.try_into().ok()?);
            let c = u64::from_le_bytes(extra.get(at + 12..at + 20)?.try_into().ok()?);
            return Some((s, c));
        }
        at += 4 + len;
    }
    None
}

/// Where a member written with a data descriptor ends (also used by the
/// raw-stream carver, which walks local headers the same way).
pub(crate) enum Delimited {
    /// It ends inside the bytes.
    Whole {
        /// CRC-32 of its inflated bytes.
        crc: u32,
        /// Bytes of its data.
        compressed: u64,
        /// Bytes it inflates to.
        size: u64,
        /// Where the record after it (and its descriptor) starts.
        next: usize,
    },
    /// The file ends inside it.
    Cut,
    /// Its end cannot be found.
    Lost(Problem),
}

/// Finds the end of a member whose sizes are in a data descriptor after
/// its data (see [`repair_zip`]).
pub(crate) fn delimit(
    bytes: &[u8],
    data: usize,
    method: u16,
    flags: u16,
    budget: &Budget<'_>,
) -> Delimited {
    if flags & 1 != 0 {
        return Delimited::Lost(Problem::encrypted(
            "member is encrypted and its size is not in its local header",
        ));
    }
    match method {
        0 => {
            // The descriptor whose compressed size is its own distance from
            // the data (a signature inside the data does not match).
            let mut from = data;
            while let Some(p) = find(bytes, from, DESCRIPTOR) {
                if u32_at(bytes, p + 8).map(|c| c as usize) == Some(p - data) {
                    return match (u32_at(bytes, p + 4), u32_at(bytes, p + 12)) {
                        (Some(crc), Some(size)) => Delimited::Whole {
                            crc,
                            compressed: (p - data) as u64,
                            size: u64::from(size),
                            next: p + 16,
                        },
                        _ => Delimited::Cut,
                    };
                }
                from = p + 1;
            }
            Delimited::Cut
        }
        8 => {
            use flate2::{Decompress, FlushDecompress, Status};
            let mut z = Decompress::new(false);
            let mut crc = flate2::Crc::new();
            let mut chunk = vec![0u8; 64 << 10];
            let input = &bytes[data..];
            loop {
                if budget.check_time().is_err() {
                    return Delimited::Lost(Problem::corrupt("member end not found in time"));
                }
                let (i, o) = (z.total_in(), z.total_out());
                let used = usize::try_from(i).unwrap_or(usize::MAX).min(input.len());
                let status = match z.decompress(&input[used..], &mut chunk, FlushDecompress::None) {
                    Ok(s) => s,
                    Err(_) => return Delimited::Lost(Problem::corrupt("cannot inflate member")),
                };
                let made = usize::try_from(z.total_out() - o).unwrap_or(0);
                crc.update(&chunk[..made]);
                // The member's own limits, as reading it would judge them
                // (the walk itself counts what it inflates against the
                // file's limit).
                let l = &budget.limits;
                let out = z.total_out();
                if out > l.max_member_bytes {
                    return Delimited::Lost(Problem::budget(format!(
                        "member inflates past {} (--max-member-size)",
                        crate::limits::human_size(l.max_member_bytes)
                    )));
                }
                if out > super::budget::RATIO_GRACE && out / z.total_in().max(1) > l.max_ratio {
                    return Delimited::Lost(Problem::budget(format!(
                        "compression ratio over {}:1 (zip bomb?)",
                        l.max_ratio
                    )));
                }
                if status == Status::StreamEnd {
                    break;
                }
                if z.total_in() == i && made == 0 {
                    return Delimited::Cut;
                }
            }
            let stop = data + usize::try_from(z.total_in()).unwrap_or(0);
            // The descriptor: signature (optional), CRC, sizes of 4 or 8
            // bytes; the next record starts right after it.
            let start = stop
                + if bytes.get(stop..stop + 4) == Some(DESCRIPTOR) {
                    4
                } else {
                    0
                };
            let next = [12, 20]
                .iter()
                .map(|n| start + n)
                .find(|&n| {
                    matches!(bytes.get(n..n + 4), Some(s) if s == LOCAL || s == CENTRAL || s == END)
                })
                .unwrap_or(start + 12);
            if next > bytes.len() {
                return Delimited::Cut;
            }
            Delimited::Whole {
                crc: crc.sum(),
                compressed: z.total_in(),
                size: z.total_out(),
                next,
            }
        }
        _ => Delimited::Lost(Problem::unsupported(
            "member size is not in its local header and its method cannot be delimited",
        )),
    }
}

/// What `read_zip` needs to know about a member before opening it (the
/// name is owned: opening the member borrows the archive).
struct ZipEntry {
    name: String,
    is_dir: bool,
    encrypted: bool,
    supported: bool,
    method: String,
    compressed: u64,
    header: u64,
}

impl ZipEntry {
    /// The bytes the member takes in `zip`: its local header, name, extra
    /// field and data (never empty).
    fn span(&self, zip: &[u8]) -> (u64, u64) {
        let at = usize::try_from(self.header).unwrap_or(usize::MAX);
        let lengths = at
            .checked_add(26)
            .and_then(|p| Some(u64::from(u16_at(zip, p)?) + u64::from(u16_at(zip, p + 2)?)))
            .unwrap_or(0);
        let end = self
            .header
            .saturating_add(30 + lengths)
            .saturating_add(self.compressed);
        (self.header, end)
    }
}

fn zip_entry<R: Read + io::Seek>(zip: &zip::ZipArchive<R>, index: usize) -> Option<ZipEntry> {
    use zip::CompressionMethod as M;
    let entry = zip.by_index_data(index).ok()?;
    // `name()` decodes CP437 when the name is not UTF-8; lossy UTF-8 is the
    // fallback should even that fail.
    let name = match entry.name() {
        Ok(name) => name.into_owned(),
        Err(_) => String::from_utf8_lossy(entry.name_raw()).into_owned(),
    };
    let method = entry.compression();
    Some(ZipEntry {
        name,
        is_dir: entry.is_dir(),
        encrypted: entry.encrypted(),
        // The methods the crate is built with (see Cargo.toml); any other
        // would only fail at the first read.
        supported: matches!(method, M::Stored | M::Deflated | M::Deflate64 | M::Bzip2),
        method: method.to_string(),
        compressed: entry.compressed_size(),
        header: entry.header_start(),
    })
}

/// Inflates a single compressed stream (gzip, bzip2, xz, zstd) as one
/// member with the empty name.
///
/// When the stream is corrupt, truncated or over the member's own limit
/// after some output, what was inflated is still visited (findings in the
/// good part are not lost; a `.tar.gz` cut short still yields its first
/// members) and then the problem is returned, so the stream is also
/// reported as skipped. Nothing partial is visited once a limit beyond the
/// member (file, scan, time) is used up.
pub fn read_stream(
    format: ContainerFormat,
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    start_member(budget)?;
    let mut buf = Vec::new();
    let compressed = Some(bytes.len() as u64);
    let result = match format {
        ContainerFormat::Gzip => budget.read_member(
            flate2::bufread::MultiGzDecoder::new(bytes),
            compressed,
            &mut buf,
        ),
        ContainerFormat::Bzip2 => budget.read_member(
            bzip2::bufread::MultiBzDecoder::new(bytes),
            compressed,
            &mut buf,
        ),
        ContainerFormat::Zstd => budget.read_member(ZstdFrames::new(bytes), compressed, &mut buf),
        ContainerFormat::Xz => read_xz(bytes, budget, &mut buf),
        other => {
            return Err(Problem::unsupported(format!(
                "{} is not a compressed stream",
                other.name()
            )));
        }
    };
    let name = "";
    match result {
        Ok(()) => visit(Part::Raw { name, bytes: &buf }, budget),
        Err(problem) => {
            if !buf.is_empty() && !budget.exhausted() {
                visit(Part::Raw { name, bytes: &buf }, budget)?;
            }
            Err(problem)
        }
    }
}

/// Reads every regular file of a tar archive (directories, links, devices
/// are passed over; links are never followed).
pub fn read_tar(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut archive = tar::Archive::new(Cursor::new(bytes));
    let entries = archive
        .entries_with_seek()
        .map_err(|e| Problem::corrupt(format!("tar: unreadable ({:?})", e.kind())))?;
    let mut buf = Vec::new();
    for (seen, entry) in entries.enumerate() {
        start_member(budget)?;
        // The crate's header errors may quote header fields: only the kind.
        let entry = entry.map_err(|e| {
            Problem::corrupt(format!(
                "tar: unreadable header after {seen} entries ({:?})",
                e.kind()
            ))
        })?;
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_contiguous() || kind.is_gnu_sparse()) {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let reader = Exact {
            left: entry.size(),
            inner: entry,
        };
        // A tar stores members as they are: no ratio to judge.
        if budget.take_member(&name, reader, None, &mut buf, visit)? {
            visit(
                Part::Raw {
                    name: &name,
                    bytes: &buf,
                },
                budget,
            )?;
        }
    }
    Ok(())
}

/// A member's reader that fails when the archive ends before the member
/// does (the tar crate just stops short: a truncated archive would pass a
/// cut member as whole).
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 || out.is_empty() {
            return Ok(0);
        }
        let want = out
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut out[..want])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "archive ends inside the member",
            ));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Counts one more member, and stops the container at once when a limit
/// beyond the member is already used up (by a sibling or a nested
/// container): reading on would only overshoot it by one more chunk.
fn start_member(budget: &mut Budget<'_>) -> Result<(), Problem> {
    budget.next_member()?;
    if budget.exhausted() {
        return Err(Problem::budget(
            "inflate limit for this file or scan already used up",
        ));
    }
    Ok(())
}

/// Largest LZMA2 dictionary an xz block may ask for (`xz -9` and `xz -e`
/// use 64 MiB). The decoder's window grows with its output up to the
/// dictionary size, so this caps the decoder's memory whatever the member
/// limit is, and a block declaring up to 4 GiB is refused up front.
const XZ_MAX_DICT: u32 = 64 << 20;

/// Inflates an xz stream (or several concatenated, as `xz -d` reads them)
/// into `out` under the budget.
///
/// lzma-rust2 streams: a block is inflated as it is read, so the budget
/// sees every 64 KiB and stops a bomb at its limit. Besides `out`, the
/// memory it uses is the block's window, at most [`XZ_MAX_DICT`].
fn read_xz(bytes: &[u8], budget: &mut Budget<'_>, out: &mut Vec<u8>) -> Result<(), Problem> {
    // The limit is what the decoder needs for the largest dictionary (its
    // own buffers included), in KiB.
    let mem_limit_kb = lzma_rust2::lzma2_get_memory_usage(XZ_MAX_DICT);
    let mut reader = XzErrors {
        inner: lzma_rust2::XzReader::new_mem_limit(bytes, true, mem_limit_kb),
        problem: None,
    };
    let result = budget.read_member(&mut reader, Some(bytes.len() as u64), out);
    match (result, reader.problem) {
        // The decoder failed: its own problem, not a generic "cannot
        // inflate" (and a dictionary over the limit is a budget matter).
        (Err(_), Some(problem)) => Err(problem),
        (result, _) => result,
    }
}

/// Wraps the xz decoder so that its errors become fixed, content-free
/// problems (lzma-rust2 messages are static today, but the detail must
/// never depend on that), kept for [`read_xz`] to return.
struct XzErrors<R> {
    inner: R,
    problem: Option<Problem>,
}

impl<R: Read> Read for XzErrors<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        use io::ErrorKind as K;
        self.inner.read(out).map_err(|e| {
            let problem = match e.kind() {
                K::Interrupted => return e,
                K::UnexpectedEof => Problem::corrupt("xz: truncated stream"),
                K::OutOfMemory => Problem::budget(format!(
                    "xz: dictionary larger than {} MiB",
                    XZ_MAX_DICT >> 20
                )),
                K::Unsupported => Problem::unsupported("xz: unsupported filter or check type"),
                _ => Problem::corrupt("xz: corrupt data"),
            };
            let error = io::Error::new(e.kind(), problem.detail.clone());
            self.problem = Some(problem);
            error
        })
    }
}

/// The frames of a zstd stream, one after the other (`zstd` writes one
/// frame, `pzstd` and concatenated files several; skippable frames are
/// passed over), as one reader. ruzstd's own `StreamingDecoder` reads a
/// single frame.
struct ZstdFrames<'a> {
    rest: &'a [u8],
    frame: ruzstd::decoding::FrameDecoder,
    open: bool,
    frames: u64,
}

impl<'a> ZstdFrames<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        ZstdFrames {
            rest: bytes,
            frame: ruzstd::decoding::FrameDecoder::new(),
            open: false,
            frames: 0,
        }
    }

    /// Starts the next frame; `false` at the end of the stream.
    fn next_frame(&mut self) -> io::Result<bool> {
        use ruzstd::decoding::errors::{FrameDecoderError as F, ReadFrameHeaderError as H};
        loop {
            if self.rest.is_empty() {
                if self.frames == 0 {
                    return Err(zstd_error("no frame"));
                }
                return Ok(false);
            }
            match self.frame.reset(&mut self.rest) {
                Ok(()) => {
                    self.frames += 1;
                    return Ok(true);
                }
                Err(F::ReadFrameHeaderError(H::SkipFrame { length, .. })) => {
                    let Some(rest) = self.rest.get(length as usize..) else {
                        return Err(zstd_error("truncated skippable frame"));
                    };
                    self.rest = rest;
                }
                Err(F::WindowSizeTooBig { .. }) => {
                    return Err(zstd_error("frame window larger than 128 MiB"));
                }
                Err(F::DictNotProvided { .. }) => {
                    return Err(zstd_error("frame needs a dictionary"));
                }
                Err(_) => return Err(zstd_error("bad frame header")),
            }
        }
    }
}

/// ruzstd's messages may quote bytes of the stream (a bad magic number):
/// only fixed descriptions go into details.
fn zstd_error(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {what}"))
}

impl Read for ZstdFrames<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        use ruzstd::decoding::BlockDecodingStrategy;
        if out.is_empty() {
            return Ok(0);
        }
        loop {
            if !self.open {
                if !self.next_frame()? {
                    return Ok(0);
                }
                self.open = true;
            }
            while self.frame.can_collect() == 0 && !self.frame.is_finished() {
                let before = self.rest.len();
                self.frame
                    .decode_blocks(&mut self.rest, BlockDecodingStrategy::UptoBlocks(1))
                    .map_err(|_| zstd_error("corrupt or truncated block"))?;
                if self.rest.len() == before && self.frame.can_collect() == 0 {
                    return Err(zstd_error("decoder made no progress"));
                }
            }
            let n = self.frame.read(out)?;
            if n > 0 {
                return Ok(n);
            }
            // Frame finished and drained: check its content checksum.
            if let (Some(stored), Some(computed)) = (
                self.frame.get_checksum_from_data(),
                self.frame.get_calculated_checksum(),
            ) {
                if stored != computed {
                    return Err(zstd_error("content checksum mismatch"));
                }
            }
            self.open = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ArchiveLimits, Unit};
    use super::*;
    use crate::extract::{self, Sniffed};
    use crate::vocab::SkipReason;
    use lzma_rust2::{XzOptions, XzWriter};
    use std::io::Write;
    use std::num::NonZeroU64;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Instant;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    /// What a reader yielded: (name, kind, bytes or problem).
    #[derive(Debug, Clone, PartialEq)]
    enum Got {
        Raw(String, Vec<u8>),
        Skipped(String, SkipReason, String),
    }

    type Outcome = (Vec<Got>, Result<(), Problem>);

    fn run_with(
        read: impl FnOnce(&[u8], &mut Budget<'_>, &mut Visit<'_>) -> Result<(), Problem>,
        bytes: &[u8],
        limits: ArchiveLimits,
        scan: &AtomicU64,
    ) -> Outcome {
        let mut budget = Budget::new(limits, scan);
        let mut got = Vec::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            got.push(match part {
                Part::Raw { name, bytes } => Got::Raw(name.to_string(), bytes.to_vec()),
                Part::Text { .. } => panic!("archives yield no text"),
                Part::Skipped { name, problem } => {
                    Got::Skipped(name.to_string(), problem.reason, problem.detail)
                }
            });
            Ok(())
        });
        (got, r)
    }

    fn run(
        read: impl FnOnce(&[u8], &mut Budget<'_>, &mut Visit<'_>) -> Result<(), Problem>,
        bytes: &[u8],
    ) -> Outcome {
        run_with(read, bytes, ArchiveLimits::default(), &AtomicU64::new(0))
    }

    fn stream(
        format: ContainerFormat,
    ) -> impl Fn(&[u8], &mut Budget<'_>, &mut Visit<'_>) -> Result<(), Problem> {
        move |b, budget, visit| read_stream(format, b, budget, visit)
    }

    fn raw(name: &str, bytes: &[u8]) -> Got {
        Got::Raw(name.to_string(), bytes.to_vec())
    }

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// Small deterministic generator for the corruption tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    const NOTE: &[u8] = b"Patient: Jane Doe\nMRN: 00123456\nSSN 212-09-1234\n";

    fn opts(method: CompressionMethod) -> SimpleFileOptions {
        SimpleFileOptions::default().compression_method(method)
    }

    /// A zip with a stored, a deflated, a zip64 and a bzip2 member, a
    /// directory, and a zip inside.
    fn sample_zip() -> Vec<u8> {
        let inner = zip_of(&[("inner.txt", NOTE)], CompressionMethod::Deflated);
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        w.add_directory("docs/", opts(CompressionMethod::Stored))
            .unwrap();
        w.start_file("docs/stored.txt", opts(CompressionMethod::Stored))
            .unwrap();
        w.write_all(NOTE).unwrap();
        w.start_file("../deflated.txt", opts(CompressionMethod::Deflated))
            .unwrap();
        w.write_all(&NOTE.repeat(50)).unwrap();
        w.start_file(
            "/abs/zip64.txt",
            opts(CompressionMethod::Deflated).large_file(true),
        )
        .unwrap();
        w.write_all(b"zip64 member").unwrap();
        w.start_file("bz.txt", opts(CompressionMethod::Bzip2))
            .unwrap();
        w.write_all(NOTE).unwrap();
        w.start_file("nested.zip", opts(CompressionMethod::Deflated))
            .unwrap();
        w.write_all(&inner).unwrap();
        w.finish().unwrap().into_inner()
    }

    fn zip_of(members: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes) in members {
            w.start_file(*name, opts(method)).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn sample_tar() -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        let mut dir = tar::Header::new_gnu();
        dir.set_entry_type(tar::EntryType::Directory);
        dir.set_size(0);
        dir.set_mode(0o755);
        dir.set_cksum();
        b.append_data(&mut dir, "records/", io::empty()).unwrap();
        let mut h = tar::Header::new_ustar();
        h.set_size(NOTE.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, "records/note.txt", NOTE).unwrap();
        let mut link = tar::Header::new_gnu();
        link.set_entry_type(tar::EntryType::Symlink);
        link.set_size(0);
        link.set_cksum();
        b.append_link(&mut link, "records/link", "/etc/passwd")
            .unwrap();
        // A name longer than 100 bytes (GNU long name / pax path).
        let long = format!("{}/deep.txt", "d".repeat(150));
        let mut h = tar::Header::new_gnu();
        h.set_size(5);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, &long, &b"12345"[..]).unwrap();
        b.into_inner().unwrap()
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn bzip2(bytes: &[u8]) -> Vec<u8> {
        let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn xz_with(bytes: &[u8], options: XzOptions) -> Vec<u8> {
        let mut w = XzWriter::new(Vec::new(), options).unwrap();
        w.write_all(bytes).unwrap();
        w.finish().unwrap()
    }

    /// lzma-rust2's encoder, default options (one block, CRC64 check).
    fn xz(bytes: &[u8]) -> Vec<u8> {
        xz_with(bytes, XzOptions::default())
    }

    /// One xz block per `block` bytes (the dictionary made as small, as
    /// the encoder makes a block at least as large as its dictionary).
    fn xz_blocks(bytes: &[u8], block: u32) -> Vec<u8> {
        let mut options = XzOptions::with_preset(0);
        options.lzma_options.dict_size = block;
        options.set_block_size(NonZeroU64::new(block.into()));
        xz_with(bytes, options)
    }

    /// `yes 'MRN 00123456 patient' | head -n 200 | xz -c` (xz 5.4.1).
    const XZ_TEXT: &str = "fd377a585a000004e6d6b4460200210116000000742fe5a3e0106700325d0026\
        9485dc1595df42411f52b8ed187148e4955a4e301136c4ca683e24b757c4ba10b3beadb54b1bce2bdde930\
        2dcc71b60000000000a9e2b778a60a83cd00014ee820000000e19c914eb1c467fb020000000004595a";

    /// `yes 'MRN 00123456 patient' | head -n 200 | zstd -c -19` (with a
    /// content checksum).
    const ZSTD_TEXT: &str = "28b52ffd0468ed0000a84d524e2030303132333435362070617469656e740a01\
        00a100fbc9047f470142";

    fn text_200() -> Vec<u8> {
        b"MRN 00123456 patient\n".repeat(200)
    }

    #[test]
    fn zip_members_come_out_with_their_names_and_bytes() {
        let (got, r) = run(read_zip, &sample_zip());
        r.unwrap();
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[0], raw("docs/stored.txt", NOTE));
        assert_eq!(got[1], raw("../deflated.txt", &NOTE.repeat(50)));
        assert_eq!(got[2], raw("/abs/zip64.txt", b"zip64 member"));
        assert_eq!(got[3], raw("bz.txt", NOTE));
        let Got::Raw(name, bytes) = &got[4] else {
            panic!("{got:?}")
        };
        assert_eq!(name, "nested.zip");
        assert!(bytes.starts_with(b"PK\x03\x04"));
        assert_eq!(
            extract::sniff(bytes),
            Sniffed::Container(ContainerFormat::Zip)
        );
    }

    /// Offsets of the local and central headers of every member.
    fn headers(zip: &[u8]) -> (Vec<usize>, Vec<usize>) {
        let find = |sig: &[u8]| {
            zip.windows(4)
                .enumerate()
                .filter(|(_, w)| *w == sig)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        (find(b"PK\x03\x04"), find(b"PK\x01\x02"))
    }

    #[test]
    fn zip_encrypted_unsupported_and_corrupt_members_are_skipped_and_the_rest_read() {
        let mut z = zip_of(
            &[
                ("secret.txt", NOTE),
                ("lzma.txt", NOTE),
                ("bad-crc.txt", NOTE),
                ("plain.txt", NOTE),
            ],
            CompressionMethod::Stored,
        );
        let (local, central) = headers(&z);
        assert_eq!((local.len(), central.len()), (4, 4));
        // Encryption flag, in both headers.
        z[local[0] + 6] |= 1;
        z[central[0] + 8] |= 1;
        // Method 14 (LZMA), not built in.
        z[local[1] + 8] = 14;
        z[central[1] + 10] = 14;
        // A flipped data byte: CRC mismatch.
        let data = local[2] + 30 + "bad-crc.txt".len();
        z[data] ^= 0x20;
        let (got, r) = run(read_zip, &z);
        r.unwrap();
        let reasons: Vec<_> = got
            .iter()
            .map(|g| match g {
                Got::Skipped(n, reason, _) => (n.as_str(), Some(*reason)),
                Got::Raw(n, _) => (n.as_str(), None),
            })
            .collect();
        assert_eq!(
            reasons,
            [
                ("secret.txt", Some(SkipReason::Encrypted)),
                ("lzma.txt", Some(SkipReason::Unsupported)),
                ("bad-crc.txt", Some(SkipReason::Corrupt)),
                ("plain.txt", None),
            ]
        );
        for g in &got {
            if let Got::Skipped(_, _, detail) = g {
                assert!(!detail.contains("Jane") && !detail.contains("212-09"));
            }
        }
    }

    #[test]
    fn zip_duplicate_names_are_reported() {
        let mut z = zip_of(
            &[("a.txt", b"first"), ("b.txt", b"second")],
            CompressionMethod::Stored,
        );
        let (local, central) = headers(&z);
        z[local[1] + 30] = b'a';
        z[central[1] + 46] = b'a';
        let (got, r) = run(read_zip, &z);
        r.unwrap();
        assert!(
            matches!(got.last(), Some(Got::Skipped(n, SkipReason::Unsupported, _)) if n.is_empty())
        );
    }

    #[test]
    fn zip64_end_record_with_absurd_counts_is_refused_without_allocating() {
        let mut z = Vec::new();
        // Zip64 end of central directory record at 0.
        z.extend(b"PK\x06\x06");
        z.extend(44u64.to_le_bytes());
        z.extend([45, 0, 45, 0]);
        z.extend([0u8; 8]); // disks
        z.extend((1u64 << 40).to_le_bytes()); // entries on this disk
        z.extend((1u64 << 40).to_le_bytes()); // entries
        z.extend((1u64 << 50).to_le_bytes()); // directory size
        z.extend(0u64.to_le_bytes()); // directory offset
                                      // Locator, then the classic end record saying "see zip64".
        z.extend(b"PK\x06\x07");
        z.extend([0u8; 4]);
        z.extend(0u64.to_le_bytes());
        z.extend(1u32.to_le_bytes());
        z.extend(b"PK\x05\x06");
        z.extend([0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]);
        z.extend([0xFF; 8]);
        z.extend([0, 0]);
        let (got, r) = run(read_zip, &z);
        assert!(got.is_empty());
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
    }

    #[test]
    fn tar_corrupt_header_stops_after_the_members_before_it() {
        let mut t = sample_tar();
        // Directory header, note header, note data (one block), then the
        // symlink's header: break its checksum.
        let link = 512 * 3;
        t[link + 148..link + 156].copy_from_slice(b"0000000\0");
        let (got, r) = run(read_tar, &t);
        assert_eq!(got, [raw("records/note.txt", NOTE)]);
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
        // Cut inside the note's data: the member is reported, not passed
        // as whole.
        let (got, r) = run(read_tar, &sample_tar()[..512 * 2 + 10]);
        r.unwrap();
        assert!(
            matches!(&got[..], [Got::Skipped(n, SkipReason::Corrupt, _)] if n == "records/note.txt"),
            "{got:?}"
        );
    }

    #[test]
    fn not_a_zip_is_corrupt() {
        let (got, r) = run(read_zip, b"PK\x03\x04 but nothing else");
        assert!(got.is_empty());
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
    }

    #[test]
    fn streams_yield_one_member_with_the_empty_name() {
        let text = text_200();
        for (format, bytes) in [
            (ContainerFormat::Gzip, gzip(&text)),
            (ContainerFormat::Bzip2, bzip2(&text)),
            (ContainerFormat::Xz, xz(&text)),
            (ContainerFormat::Xz, unhex(XZ_TEXT)),
            (ContainerFormat::Zstd, unhex(ZSTD_TEXT)),
        ] {
            assert_eq!(extract::sniff(&bytes), Sniffed::Container(format));
            let (got, r) = run_with(
                stream(format),
                &bytes,
                ArchiveLimits::default(),
                &AtomicU64::new(0),
            );
            r.unwrap();
            assert_eq!(got, [raw("", &text)], "{format:?}");
        }
    }

    #[test]
    fn concatenated_streams_are_read_whole() {
        let text = text_200();
        let twice = [text.clone(), text.clone()].concat();
        let mut gz = gzip(&text);
        gz.extend(gzip(&text));
        let mut bz = bzip2(&text);
        bz.extend(bzip2(&text));
        // zstd: frame, skippable frame, frame.
        let mut zst = unhex(ZSTD_TEXT);
        zst.extend([0x50, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 1, 2, 3]);
        zst.extend(unhex(ZSTD_TEXT));
        // xz: stream, stream padding, stream made by xz itself.
        let mut xzs = xz(&text);
        xzs.extend([0; 8]);
        xzs.extend(unhex(XZ_TEXT));
        for (format, bytes) in [
            (ContainerFormat::Gzip, gz),
            (ContainerFormat::Bzip2, bz),
            (ContainerFormat::Zstd, zst),
            (ContainerFormat::Xz, xzs),
        ] {
            let (got, r) = run_with(
                stream(format),
                &bytes,
                ArchiveLimits::default(),
                &AtomicU64::new(0),
            );
            r.unwrap();
            assert_eq!(got, [raw("", &twice)], "{format:?}");
        }
    }

    #[test]
    fn tar_gz_yields_a_tar() {
        let tgz = gzip(&sample_tar());
        let (got, r) = run_with(
            stream(ContainerFormat::Gzip),
            &tgz,
            ArchiveLimits::default(),
            &AtomicU64::new(0),
        );
        r.unwrap();
        let [Got::Raw(name, bytes)] = &got[..] else {
            panic!("{got:?}")
        };
        assert_eq!(name, "");
        assert_eq!(
            extract::sniff(bytes),
            Sniffed::Container(ContainerFormat::Tar)
        );
    }

    #[test]
    fn tar_regular_files_come_out_links_and_dirs_do_not() {
        let (got, r) = run(read_tar, &sample_tar());
        r.unwrap();
        let long = format!("{}/deep.txt", "d".repeat(150));
        assert_eq!(got, [raw("records/note.txt", NOTE), raw(&long, b"12345")]);
    }

    #[test]
    fn xz_multi_block_stream_is_read_and_stops_at_the_member_limit() {
        let bytes = xz_blocks(&[0; 3 << 16], 64 << 10);
        let (got, r) = run(stream(ContainerFormat::Xz), &bytes);
        r.unwrap();
        assert_eq!(got, [raw("", &[0; 3 << 16])]);
        // Over the member limit in the second block: what was inflated
        // before is scanned, then the stream is reported.
        for limit in [100 << 10, 32 << 10] {
            let limits = ArchiveLimits {
                max_member_bytes: limit,
                ..ArchiveLimits::default()
            };
            let scan = AtomicU64::new(0);
            let (got, r) = run_with(stream(ContainerFormat::Xz), &bytes, limits, &scan);
            assert_eq!(r.unwrap_err().reason, SkipReason::ArchiveBudget);
            match &got[..] {
                [Got::Raw(name, b)] => {
                    assert!(
                        name.is_empty() && b.len() as u64 <= limit && b.iter().all(|&x| x == 0)
                    );
                }
                // Nothing fitted before the first chunk crossed the limit.
                [] => {}
                _ => panic!("{got:?}"),
            }
            assert!(scan.load(Ordering::Relaxed) <= limit + (64 << 10));
        }
    }

    #[test]
    fn xz_bomb_stops_at_the_member_limit_in_bounded_memory_and_time() {
        // One block of 80 MiB (preset 0: the encoder takes about 4 s for
        // it in a debug build; the default preset is far slower).
        const MIB: usize = 80;
        let t = Instant::now();
        let bomb = xz_with(&vec![0; MIB << 20], XzOptions::with_preset(0));
        eprintln!(
            "xz bomb of {MIB} MiB zeros: {} bytes, built in {:?}",
            bomb.len(),
            t.elapsed()
        );
        let limits = ArchiveLimits {
            max_member_bytes: 4 << 20,
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let scan = AtomicU64::new(0);
        let t = Instant::now();
        let (got, r) = run_with(stream(ContainerFormat::Xz), &bomb, limits, &scan);
        let elapsed = t.elapsed();
        eprintln!("read in {elapsed:?}");
        let problem = r.unwrap_err();
        assert_eq!(problem.reason, SkipReason::ArchiveBudget);
        assert!(problem.detail.contains("member"), "{}", problem.detail);
        let [Got::Raw(name, b)] = &got[..] else {
            panic!("{got:?}")
        };
        assert!(name.is_empty() && b.len() as u64 <= 4 << 20 && b.iter().all(|&x| x == 0));
        // Everything charged was in the member buffer: it never held more
        // than the limit plus the chunk that crossed it.
        assert!(scan.load(Ordering::Relaxed) <= (4 << 20) + (64 << 10));
        assert!(elapsed.as_secs() < 10, "{elapsed:?}");
        // With the default limits, the ratio stops it.
        let (_, r) = run(stream(ContainerFormat::Xz), &bomb);
        assert!(r.unwrap_err().detail.contains("ratio"));
    }

    /// `XZ_TEXT` with its block header declaring LZMA2 dictionary size
    /// code `code` (CRC32 of the header recomputed).
    fn xz_text_with_dict(code: u8) -> Vec<u8> {
        let mut b = unhex(XZ_TEXT);
        // Block header at 12: size byte 2 (12 bytes), flags, filter id
        // 0x21, properties size 1, dictionary code, padding, CRC32.
        assert_eq!(&b[12..17], [0x02, 0x00, 0x21, 0x01, 0x16]);
        b[16] = code;
        let mut crc = flate2::Crc::new();
        crc.update(&b[12..20]);
        b[20..24].copy_from_slice(&crc.sum().to_le_bytes());
        b
    }

    #[test]
    fn xz_dictionary_over_64_mib_is_refused_before_allocating() {
        // Code 28: 64 MiB (`xz -9`), read.
        let (got, r) = run(stream(ContainerFormat::Xz), &xz_text_with_dict(28));
        r.unwrap();
        assert_eq!(got, [raw("", &text_200())]);
        // Code 29: 96 MiB; code 40: 4 GiB - 1.
        for code in [29, 40] {
            let scan = AtomicU64::new(0);
            let (got, r) = run_with(
                stream(ContainerFormat::Xz),
                &xz_text_with_dict(code),
                ArchiveLimits::default(),
                &scan,
            );
            assert!(got.is_empty(), "{got:?}");
            let problem = r.unwrap_err();
            assert_eq!(problem.reason, SkipReason::ArchiveBudget);
            assert_eq!(problem.detail, "xz: dictionary larger than 64 MiB");
            assert_eq!(scan.load(Ordering::Relaxed), 0);
        }
    }

    #[test]
    fn xz_errors_are_fixed_strings() {
        let whole = xz(&text_200());
        let (_, r) = run(stream(ContainerFormat::Xz), &whole[..whole.len() - 20]);
        assert_eq!(r.unwrap_err(), Problem::corrupt("xz: truncated stream"),);
        let mut flipped = whole.clone();
        let at = flipped.len() / 2;
        flipped[at] ^= 0x10;
        let (_, r) = run(stream(ContainerFormat::Xz), &flipped);
        let problem = r.unwrap_err();
        assert!(
            problem.detail == "xz: corrupt data" || problem.detail == "xz: truncated stream",
            "{problem:?}"
        );
    }

    #[test]
    fn xz_delta_filter_chain_is_read() {
        let mut options = XzOptions::default();
        options.prepend_pre_filter(lzma_rust2::FilterType::Delta, 4);
        let text = text_200();
        let (got, r) = run(stream(ContainerFormat::Xz), &xz_with(&text, options));
        r.unwrap();
        assert_eq!(got, [raw("", &text)]);
    }

    #[test]
    fn truncated_streams_scan_what_was_inflated_then_report() {
        let text: Vec<u8> = (0..200_000u32)
            .flat_map(|i| format!("line {i}\n").into_bytes())
            .collect();
        let gz = gzip(&text);
        let cut = &gz[..gz.len() * 3 / 4];
        let (got, r) = run(stream(ContainerFormat::Gzip), cut);
        assert_eq!(r.unwrap_err().reason, SkipReason::Corrupt);
        let [Got::Raw(name, bytes)] = &got[..] else {
            panic!("{got:?}")
        };
        assert!(name.is_empty() && !bytes.is_empty() && text.starts_with(bytes));
        // A truncated tar.gz still yields the tar's first members.
        let mut b = tar::Builder::new(Vec::new());
        for i in 0..50 {
            let mut h = tar::Header::new_ustar();
            h.set_size(text.len() as u64 / 50);
            h.set_mode(0o644);
            h.set_cksum();
            let part = &text[i * text.len() / 50..][..text.len() / 50];
            b.append_data(&mut h, format!("part{i}.txt"), part).unwrap();
        }
        let tgz = gzip(&b.into_inner().unwrap());
        let cut = &tgz[..tgz.len() / 2];
        let mut units = Vec::new();
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        super::super::expand(
            ContainerFormat::Gzip,
            cut,
            &mut vec![],
            &mut budget,
            &mut |u| {
                units.push(match u {
                    Unit::Text { inner, .. } => (inner.join("/"), None),
                    Unit::Skipped { inner, problem } => (inner.join("/"), Some(problem.reason)),
                })
            },
        );
        assert!(units.len() > 10, "{units:?}");
        assert_eq!(units[0], ("part0.txt".to_string(), None));
        assert_eq!(units.last().unwrap().1, Some(SkipReason::Corrupt));
    }

    /// Runs `read` on `bytes`; a panic fails the test.
    fn never_panics(read: &dyn Fn(&[u8]) -> Outcome, bytes: &[u8]) {
        let _ = read(bytes);
    }

    type Runner = Box<dyn Fn(&[u8]) -> Outcome>;

    fn runners() -> Vec<(&'static str, Vec<u8>, Runner, bool)> {
        let text = text_200();
        let small = |f: ContainerFormat| -> Runner {
            Box::new(move |b: &[u8]| {
                let limits = ArchiveLimits {
                    max_member_bytes: 1 << 20,
                    ..ArchiveLimits::default()
                };
                run_with(stream(f), b, limits, &AtomicU64::new(0))
            })
        };
        // (name, archive, reader, whether corruption is always detected)
        vec![
            (
                "zip",
                sample_zip(),
                Box::new(|b: &[u8]| run(read_zip, b)) as Runner,
                true,
            ),
            (
                "tar",
                sample_tar(),
                Box::new(|b: &[u8]| run(read_tar, b)),
                false,
            ),
            ("gzip", gzip(&text), small(ContainerFormat::Gzip), true),
            ("bzip2", bzip2(&text), small(ContainerFormat::Bzip2), true),
            ("xz", unhex(XZ_TEXT), small(ContainerFormat::Xz), true),
            ("xz-rust2", xz(&text), small(ContainerFormat::Xz), true),
            (
                "xz-blocks",
                xz_blocks(&[0; 3 << 16], 64 << 10),
                small(ContainerFormat::Xz),
                true,
            ),
            ("zstd", unhex(ZSTD_TEXT), small(ContainerFormat::Zstd), true),
        ]
    }

    #[test]
    fn every_prefix_never_panics_and_never_passes_as_whole() {
        for (name, bytes, read, _) in runners() {
            let (whole, r) = read(&bytes);
            r.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            for len in 0..bytes.len() {
                let (got, r) = read(&bytes[..len]);
                // A prefix is never the whole archive read cleanly (a tar
                // may end early at a block boundary: its members are then
                // a prefix of the whole).
                if r.is_ok() && !got.iter().any(|g| matches!(g, Got::Skipped(..))) {
                    assert!(
                        got.len() < whole.len() || name == "tar",
                        "{name}: prefix of {len} read as whole"
                    );
                    for g in &got {
                        assert!(whole.contains(g), "{name}: prefix of {len} gave {g:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn bit_flips_and_random_bytes_never_panic_nor_pass_garbage_where_checked() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for (name, bytes, read, checked) in runners() {
            let (whole, _) = read(&bytes);
            let whole_bytes: Vec<&Vec<u8>> = whole
                .iter()
                .filter_map(|g| match g {
                    Got::Raw(_, b) => Some(b),
                    _ => None,
                })
                .collect();
            for _ in 0..400 {
                let mut b = bytes.clone();
                for _ in 0..1 + rng.below(3) {
                    let i = rng.below(b.len());
                    b[i] ^= 1 << rng.below(8);
                }
                let (got, r) = read(&b);
                if checked && r.is_ok() {
                    // What passes is a member of the original, unless the
                    // flip was reported.
                    for g in &got {
                        if let Got::Raw(n, raw) = g {
                            assert!(
                                whole_bytes.contains(&raw),
                                "{name}: garbage member {n:?} passed"
                            );
                        }
                    }
                }
            }
            for len in [0, 1, 7, 64, 513, 4096] {
                let mut junk: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                never_panics(&read, &junk);
                // Random bytes behind the right magic.
                let magic = &bytes[..bytes.len().min(6)];
                junk.splice(0..0, magic.iter().copied());
                never_panics(&read, &junk);
            }
        }
    }

    /// A raw deflate stream of `mib` MiB of zeros, made in no time: the
    /// first MiB deflated and flushed, then the deflated form of a further
    /// MiB of zeros (it only refers back to zeros) repeated, then an empty
    /// final block. About 1 KiB per MiB: a 1000:1 bomb.
    fn zeros_deflate(mib: usize) -> Vec<u8> {
        use flate2::{Compress, Compression, FlushCompress};
        let zeros = vec![0u8; 1 << 20];
        let mut c = Compress::new(Compression::best(), false);
        let mut piece = |input: &[u8], flush| {
            let mut out = Vec::with_capacity(2 << 20);
            let before = c.total_in();
            c.compress_vec(input, &mut out, flush).unwrap();
            assert_eq!(c.total_in() - before, input.len() as u64);
            out
        };
        let first = piece(&zeros, FlushCompress::Sync);
        let next = piece(&zeros, FlushCompress::Sync);
        let last = piece(&[], FlushCompress::Finish);
        let mut out = first;
        for _ in 1..mib {
            out.extend_from_slice(&next);
        }
        out.extend(last);
        out
    }

    /// A zip of one deflated member of `mib` MiB of zeros, headers written
    /// by hand (sizes and CRC true).
    fn zeros_zip(name: &str, mib: usize) -> Vec<u8> {
        let data = zeros_deflate(mib);
        let mut crc = flate2::Crc::new();
        let mut one = flate2::Crc::new();
        one.update(&vec![0u8; 1 << 20]);
        for _ in 0..mib {
            crc.combine(&one);
        }
        let u32le = |v: usize| u32::try_from(v).unwrap().to_le_bytes();
        let u16le = |v: usize| u16::try_from(v).unwrap().to_le_bytes();
        // version, flags, method 8, time, date, crc, sizes, name length
        let mut common = Vec::new();
        common.extend([20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]);
        common.extend(crc.sum().to_le_bytes());
        common.extend(u32le(data.len()));
        common.extend(u32le(mib << 20));
        common.extend(u16le(name.len()));
        let mut z = b"PK\x03\x04".to_vec();
        z.extend(&common);
        z.extend([0, 0]); // extra length
        z.extend(name.as_bytes());
        z.extend(&data);
        let cd = z.len();
        z.extend(b"PK\x01\x02");
        z.extend([20, 0]); // made by
        z.extend(&common);
        z.extend([0u8; 12]); // extra, comment, disk, attributes
        z.extend([0u8; 4]); // local header offset
        z.extend(name.as_bytes());
        let cd_len = z.len() - cd;
        z.extend(b"PK\x05\x06");
        z.extend([0, 0, 0, 0, 1, 0, 1, 0]);
        z.extend(u32le(cd_len));
        z.extend(u32le(cd));
        z.extend([0, 0]);
        z
    }

    #[test]
    fn hand_made_zeros_zip_reads_whole() {
        let limits = ArchiveLimits {
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let (got, r) = run_with(read_zip, &zeros_zip("z", 3), limits, &AtomicU64::new(0));
        r.unwrap();
        // The zip crate checks the CRC at the end: the stream is true.
        assert!(
            matches!(&got[..], [Got::Raw(n, b)] if n == "z" && b.len() == 3 << 20 && b.iter().all(|&x| x == 0))
        );
    }

    #[test]
    fn zip_bomb_one_huge_member_is_stopped_by_ratio_or_member_limit() {
        let t = Instant::now();
        let bomb = zeros_zip("zeros.bin", 200);
        eprintln!(
            "bomb of 200 MiB zeros: {} bytes, built in {:?}",
            bomb.len(),
            t.elapsed()
        );
        let limits = ArchiveLimits::default();
        let scan = AtomicU64::new(0);
        let t = Instant::now();
        let (got, r) = run_with(read_zip, &bomb, limits, &scan);
        eprintln!("read in {:?}", t.elapsed());
        r.unwrap();
        let [Got::Skipped(name, SkipReason::ArchiveBudget, detail)] = &got[..] else {
            panic!("{got:?}")
        };
        assert_eq!(name, "zeros.bin");
        // 200 MiB from about 200 KiB: the ratio stops it near 40 MiB.
        assert!(detail.contains("ratio"), "{detail}");
        // Everything charged was in the member buffer at once: it never
        // held more than the member limit (plus the chunk that crossed).
        let charged = scan.load(Ordering::Relaxed);
        assert!(charged <= limits.max_member_bytes + (64 << 10), "{charged}");
        // With no ratio limit, the member limit stops it.
        let limits = ArchiveLimits {
            max_ratio: u64::MAX,
            ..limits
        };
        let scan = AtomicU64::new(0);
        let (got, r) = run_with(read_zip, &bomb, limits, &scan);
        r.unwrap();
        assert!(
            matches!(&got[..], [Got::Skipped(_, SkipReason::ArchiveBudget, d)] if d.contains("member"))
        );
        assert!(scan.load(Ordering::Relaxed) <= limits.max_member_bytes + (64 << 10));
    }

    /// A zip whose central directory lists `n` entries (distinct names, as
    /// the zip crate keeps one entry per name) that all point at the local
    /// header of one member: the "overlapping files" bomb.
    fn overlapping_bomb(n: usize) -> Vec<u8> {
        let one = zeros_zip("m00000", 1);
        let (_, central) = headers(&one);
        let cd = central[0];
        let eocd = one.len() - 22;
        assert_eq!(&one[eocd..eocd + 4], b"PK\x05\x06");
        let record = &one[cd..eocd];
        let mut out = one[..cd].to_vec();
        for i in 0..n {
            let mut r = record.to_vec();
            r[46..52].copy_from_slice(format!("m{i:05}").as_bytes());
            out.extend(r);
        }
        let mut end = one[eocd..].to_vec();
        let count = u16::try_from(n).unwrap().to_le_bytes();
        end[8..10].copy_from_slice(&count);
        end[10..12].copy_from_slice(&count);
        end[12..16].copy_from_slice(&u32::try_from(n * record.len()).unwrap().to_le_bytes());
        end[16..20].copy_from_slice(&u32::try_from(cd).unwrap().to_le_bytes());
        out.extend(end);
        out
    }

    #[test]
    fn zip_bomb_overlapping_entries_read_the_shared_data_once_and_report_the_rest() {
        let bomb = overlapping_bomb(2000);
        let scan = AtomicU64::new(0);
        let (got, r) = run_with(read_zip, &bomb, ArchiveLimits::default(), &scan);
        r.unwrap();
        // The first entry is read; 16 overlapping ones are named, the
        // other 1983 counted in one record for the archive.
        assert!(matches!(&got[0], Got::Raw(n, b) if n == "m00000" && b.len() == 1 << 20));
        assert_eq!(got.len(), 1 + 16 + 1, "{:?}", &got[..4]);
        for g in &got[1..17] {
            assert!(
                matches!(g, Got::Skipped(_, SkipReason::ArchiveBudget, d) if d == OVERLAPPING),
                "{g:?}"
            );
        }
        assert!(
            matches!(&got[17], Got::Skipped(n, SkipReason::ArchiveBudget, d) if n.is_empty() && d.starts_with("1983 more members overlap")),
            "{:?}",
            got[17]
        );
        // Only the shared data was inflated, once.
        assert_eq!(scan.load(Ordering::Relaxed), 1 << 20);
    }

    /// 42.zip style: 10 copies of a zip of 10 copies of a zip of 10 MiB of
    /// zeros (1000 MiB in all).
    fn nested_bomb() -> Vec<u8> {
        let leaf = zeros_zip("zeros.bin", 10);
        let names: Vec<String> = (0..10).map(|i| format!("{i}.zip")).collect();
        let level = |inner: &[u8]| {
            let members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), inner)).collect();
            zip_of(&members, CompressionMethod::Deflated)
        };
        level(&level(&leaf))
    }

    #[test]
    fn nested_zip_bomb_members_are_raw_zips() {
        let bomb = nested_bomb();
        eprintln!("nested bomb: {} bytes", bomb.len());
        let scan = AtomicU64::new(0);
        let (got, r) = run_with(read_zip, &bomb, ArchiveLimits::default(), &scan);
        r.unwrap();
        assert_eq!(got.len(), 10);
        let mut total = 0;
        for g in &got {
            let Got::Raw(_, b) = g else { panic!("{g:?}") };
            assert_eq!(extract::sniff(b), Sniffed::Container(ContainerFormat::Zip));
            total += b.len() as u64;
        }
        // Only this level was inflated.
        assert_eq!(scan.load(Ordering::Relaxed), total);
    }

    #[test]
    fn nested_zip_bomb_through_the_driver_stops_at_the_file_limit() {
        let bomb = nested_bomb();
        let limits = ArchiveLimits {
            max_file_bytes: 50 << 20,
            // Let the file limit, not the ratio, stop it.
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(limits, &scan);
        let mut texts = 0u64;
        let mut skipped = Vec::new();
        let t = Instant::now();
        super::super::expand(
            ContainerFormat::Zip,
            &bomb,
            &mut vec![],
            &mut budget,
            &mut |u| match u {
                Unit::Text { text, inner, .. } => {
                    assert_eq!(inner.len(), 3);
                    texts += text.len() as u64;
                }
                Unit::Skipped { inner, problem } => skipped.push((inner.len(), problem)),
            },
        );
        let elapsed = t.elapsed();
        let charged = scan.load(Ordering::Relaxed);
        eprintln!(
            "nested bomb via expand: {elapsed:?}, {charged} bytes charged, {texts} scanned, {} skipped units",
            skipped.len()
        );
        let (depth, last) = skipped.last().expect("a skipped unit");
        assert_eq!(*depth, 0);
        assert_eq!(last.reason, SkipReason::ArchiveBudget);
        assert!(skipped
            .iter()
            .all(|(_, p)| p.reason == SkipReason::ArchiveBudget));
        assert!(charged <= (50 << 20) + (64 << 10), "{charged}");
        assert!(texts >= 40 << 20);
        assert!(elapsed.as_secs() < 20, "{elapsed:?}");
    }

    #[test]
    fn gzip_bomb_stops_at_the_member_limit_and_scans_the_part_read() {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..20 {
            e.write_all(&zeros).unwrap();
        }
        let gz = e.finish().unwrap();
        let limits = ArchiveLimits {
            max_member_bytes: 4 << 20,
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let scan = AtomicU64::new(0);
        let (got, r) = run_with(stream(ContainerFormat::Gzip), &gz, limits, &scan);
        assert_eq!(r.unwrap_err().reason, SkipReason::ArchiveBudget);
        let [Got::Raw(_, b)] = &got[..] else {
            panic!("{got:?}")
        };
        assert!(b.len() as u64 <= 4 << 20);
        assert!(scan.load(Ordering::Relaxed) <= (4 << 20) + (64 << 10));
        // With the ratio limit on, the ratio stops it.
        let (_, r) = run(stream(ContainerFormat::Gzip), &gz);
        assert!(r.unwrap_err().detail.contains("ratio"));
    }

    /// A zip written as a stream (sizes in data descriptors) of `members`,
    /// cut at its central directory.
    fn streamed_cut(members: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
        let mut w = ZipWriter::new_stream(Vec::new());
        for (name, bytes) in members {
            w.start_file(*name, opts(method)).unwrap();
            w.write_all(bytes).unwrap();
        }
        let mut z = w.finish().unwrap().into_inner();
        let (_, central) = headers(&z);
        z.truncate(central[0]);
        z
    }

    #[test]
    fn stored_member_with_a_descriptor_ends_at_the_descriptor_naming_its_length() {
        // A descriptor signature inside the data does not end the member.
        let mut tricky = NOTE.to_vec();
        tricky.extend(b"PK\x07\x08\x01\x02\x03\x04\x05\x00\x00\x00tail");
        let z = streamed_cut(
            &[("a.txt", &tricky), ("b.txt", NOTE)],
            CompressionMethod::Stored,
        );
        let (got, r) = run(read_zip, &z);
        assert_eq!(got, vec![raw("a.txt", &tricky), raw("b.txt", NOTE)]);
        assert_eq!(r.unwrap_err().detail, RECOVERED);
    }

    #[test]
    fn descriptor_bomb_in_a_damaged_zip_is_stopped_and_the_walk_goes_on() {
        let zeros = vec![0u8; 3 << 20];
        let z = streamed_cut(
            &[("zeros.bin", &zeros), ("note.txt", NOTE)],
            CompressionMethod::Deflated,
        );
        let limits = ArchiveLimits {
            max_member_bytes: 1 << 20,
            max_ratio: u64::MAX,
            ..ArchiveLimits::default()
        };
        let scan = AtomicU64::new(0);
        let (got, r) = run_with(read_zip, &z, limits, &scan);
        assert!(
            matches!(&got[..], [Got::Raw(n, b), Got::Skipped(z, SkipReason::ArchiveBudget, _)]
                if n == "note.txt" && b == NOTE && z == "zeros.bin"),
            "{got:?}"
        );
        assert_eq!(r.unwrap_err().detail, RECOVERED);
        // Only the note was charged: the bomb was never held.
        assert_eq!(scan.load(Ordering::Relaxed), NOTE.len() as u64);
        // With the ratio limit on, the ratio stops it.
        let (got, _) = run(read_zip, &z);
        assert!(
            got.iter()
                .any(|g| matches!(g, Got::Skipped(_, _, d) if d.contains("ratio"))),
            "{got:?}"
        );
    }
}
