//! What a file's or member's first bytes say it is: a container, a
//! clinical text format, or neither. Below the readers, so a container
//! that finds a member asks here, not the room above it.

use super::container::dicom::is_dicom;
use super::container::mail::{is_eml, is_mbox};
use super::structured;

/// What a file's or member's first bytes say it is (never its name: a
/// `.dat` that is a zip is a zip). Sniffed once and handed along, so the
/// scan never asks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A container, opened by its reader.
    Container(ContainerFormat),
    /// Text whose format names the patient's values (HL7, FHIR, CDA, a
    /// DICOM header), read for its structure, never as a container.
    Clinical(structured::ClinicalFormat),
    /// Anything else: plain text or binary.
    Plain,
}

/// What `bytes` are: a container format, a clinical text format, or
/// neither.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let b = bytes;
    if b.starts_with(b"PK\x03\x04") || b.starts_with(b"PK\x05\x06") || b.starts_with(b"PK\x07\x08")
    {
        return Sniffed::Container(ContainerFormat::Zip);
    }
    if b.starts_with(&[0x1F, 0x8B]) {
        return Sniffed::Container(ContainerFormat::Gzip);
    }
    if b.len() >= 10 && b.starts_with(b"BZh") && (b'1'..=b'9').contains(&b[3]) {
        return Sniffed::Container(ContainerFormat::Bzip2);
    }
    if b.starts_with(&[0xFD, b'7', b'z', b'X', b'Z', 0x00]) {
        return Sniffed::Container(ContainerFormat::Xz);
    }
    if b.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]) {
        return Sniffed::Container(ContainerFormat::Zstd);
    }
    if b.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Sniffed::Container(ContainerFormat::Ole2);
    }
    // After the magic numbers at offset 0 (a DICOM preamble is free-form),
    // before those further in (`ustar`, `%PDF-` could sit in a preamble).
    if is_dicom(b) {
        return Sniffed::Container(ContainerFormat::Dicom);
    }
    if b.len() >= 262 && &b[257..262] == b"ustar" {
        return Sniffed::Container(ContainerFormat::Tar);
    }
    if memchr::memmem::find(&b[..b.len().min(1024)], b"%PDF-").is_some() {
        return Sniffed::Container(ContainerFormat::Pdf);
    }
    // Documents whose structure is read as text (a CDA document is XML)
    // are not containers.
    if let Some(format) = structured::clinical_format(b) {
        return Sniffed::Clinical(format);
    }
    let t = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
    let start = t
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(t.len());
    let t = &t[start..];
    if t.starts_with(b"{\\rtf") {
        return Sniffed::Container(ContainerFormat::Rtf);
    }
    if t.starts_with(b"From ") && is_mbox(t) {
        return Sniffed::Container(ContainerFormat::Mbox);
    }
    if is_eml(t) {
        return Sniffed::Container(ContainerFormat::Eml);
    }
    let head = &t[..t.len().min(1024)];
    let starts_ci = |p: &[u8]| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p);
    if starts_ci(b"<!doctype html")
        || starts_ci(b"<html")
        || (head.first() == Some(&b'<')
            && (contains_ci(head, b"<html") || contains_ci(head, b"<body")))
    {
        return Sniffed::Container(ContainerFormat::Html);
    }
    if starts_ci(b"<?xml") {
        return Sniffed::Container(ContainerFormat::Xml);
    }
    if ends_like_zip(b) {
        return Sniffed::Container(ContainerFormat::Zip);
    }
    Sniffed::Plain
}

/// A zip whose first bytes were damaged (a flipped bit in its first local
/// header) is still a zip by its end: an end-of-central-directory record
/// that closes the file exactly (its comment length reaching the last
/// byte) and points at a central directory entry. Without this such a
/// file was read as binary noise, its members' findings lost unreported.
fn ends_like_zip(b: &[u8]) -> bool {
    const EOCD: usize = 22;
    let Some(last) = b.len().checked_sub(EOCD) else {
        return false;
    };
    let from = last.saturating_sub(u16::MAX as usize);
    let le16 = |at: usize| u16::from_le_bytes([b[at], b[at + 1]]) as usize;
    let le32 = |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize;
    memchr::memmem::rfind_iter(&b[from..], b"PK\x05\x06")
        .map(|i| from + i)
        .filter(|&at| at <= last)
        .any(|at| {
            let (size, offset) = (le32(at + 12), le32(at + 16));
            let zip64 =
                offset == u32::MAX as usize && at >= 20 && b[at - 20..].starts_with(b"PK\x06\x07");
            at + EOCD + le16(at + 20) == b.len()
                && (zip64
                    || (size > 0
                        && offset.checked_add(size).is_some_and(|end| end <= at)
                        && b[offset..].starts_with(b"PK\x01\x02")))
        })
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// A container format, known by its content (never by its name: a `.dat`
/// that is a zip is a zip).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContainerFormat {
    /// Zip archive; office documents (OOXML, ODF) are zips too and are read
    /// as documents.
    Zip,
    /// gzip stream.
    Gzip,
    /// bzip2 stream.
    Bzip2,
    /// xz stream.
    Xz,
    /// Zstandard frame.
    Zstd,
    /// POSIX/GNU tar archive.
    Tar,
    /// PDF document.
    Pdf,
    /// OLE2 compound file: legacy .doc, .xls, .ppt, Outlook .msg.
    Ole2,
    /// Rich Text Format.
    Rtf,
    /// HTML page.
    Html,
    /// XML document (not a CDA document, which is read for its structure).
    Xml,
    /// One e-mail message (RFC 5322, MIME).
    Eml,
    /// A mailbox of messages, each after a `From ` line.
    Mbox,
    /// DICOM Part 10 file (medical image or report): its header is text
    /// that names the patient.
    Dicom,
}

impl ContainerFormat {
    /// Lower-case name for messages.
    pub fn name(self) -> &'static str {
        match self {
            ContainerFormat::Zip => "zip",
            ContainerFormat::Gzip => "gzip",
            ContainerFormat::Bzip2 => "bzip2",
            ContainerFormat::Xz => "xz",
            ContainerFormat::Zstd => "zstd",
            ContainerFormat::Tar => "tar",
            ContainerFormat::Pdf => "pdf",
            ContainerFormat::Ole2 => "ole2",
            ContainerFormat::Rtf => "rtf",
            ContainerFormat::Html => "html",
            ContainerFormat::Xml => "xml",
            ContainerFormat::Eml => "eml",
            ContainerFormat::Mbox => "mbox",
            ContainerFormat::Dicom => "dicom",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of_two() -> Vec<u8> {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        for name in ["a.txt", "b.txt"] {
            z.start_file(name, opts).unwrap();
            z.write_all(b"Patient note, nothing else").unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    #[test]
    fn a_zip_whose_first_signature_is_damaged_is_known_by_its_end_record() {
        let mut z = zip_of_two();
        z[2] ^= 0x10;
        assert_eq!(sniff(&z), Sniffed::Container(ContainerFormat::Zip));
    }

    #[test]
    fn an_end_record_that_does_not_close_the_file_or_point_at_a_directory_is_not_a_zip() {
        let z = zip_of_two();
        let mut text = b"plain words and then ".to_vec();
        // The end record copied into text, not at its end.
        text.extend_from_slice(&z[z.len() - 22..]);
        text.extend_from_slice(b" more words");
        assert_eq!(sniff(&text), Sniffed::Plain);
        // At the end, but its directory offset points at plain text.
        let mut tail = b"plain words, a fake directory".to_vec();
        let mut eocd = z[z.len() - 22..].to_vec();
        eocd[16..20].copy_from_slice(&0u32.to_le_bytes());
        tail.extend_from_slice(&eocd);
        assert_eq!(sniff(&tail), Sniffed::Plain);
    }
}
