//! E-mail: single messages (EML: RFC 5322 with MIME) and mailboxes (mbox).
//! A message's PHI sits in its headers, its bodies (base64 or
//! quoted-printable, which hide values from a plain-text scan: `212-09-=`
//! soft line break `1234`) and its attachments, so each is decoded with
//! `mail_parser` and handed on.
//!
//! Part names (one chain element each):
//! - an `.eml` file: its text is `Part::Text { name: "" }`; each attachment
//!   is `Part::Raw { name: <file name> }`, or `attachment-N` (N 1-based,
//!   counting the message's attachments in order) when it has no name;
//! - an mbox: message N (1-based) has its text as
//!   `Part::Text { name: "message N" }` and its attachments as
//!   `Part::Raw { name: "message N/<file name>" }` (or
//!   `message N/attachment-K`), one element each.
//!
//! A message's text is its headers `From`, `Sender`, `Reply-To`, `To`,
//! `Cc`, `Bcc`, `Subject`, `Comments`, `Keywords` and `Date`, plus any
//! unregistered header other than `X-*` and known transport noise (so a
//! memo mistaken for mail loses no `Patient:` line), in message order,
//! decoded, one `Name: value` line each; then a blank line; then every
//! body: `text/plain` as decoded, and an HTML body without a plain
//! alternative rendered to text by the HTML reader. (An HTML body is not
//! handed on as a raw `body.html`: a fragment like `<div>...` would not be
//! sniffed as HTML and would be scanned with its tags and entities, and in
//! the message's text the subject and sender stay its context.) When both
//! alternatives exist only the plain one is read: a body is scanned once.
//! Attachments, nested `message/rfc822` messages included, are raw bytes
//! the driver sniffs and opens in turn; one over a member limit is reported
//! skipped under its name.

use mail_parser::{Address, Header, HeaderName, Message, MessageParser, MimeHeaders, PartType};

use super::{markup, Budget, Part, Problem, Visit};

/// How much of a text [`is_eml`] and [`is_mbox`] look at: sniffing runs on
/// every file and must stay cheap.
const SNIFF_WINDOW: usize = 16 << 10;

/// Header fields [`is_eml`] reads at most.
const SNIFF_FIELDS: usize = 30;

/// Headers that say a text is mail (lower case). A clinical note has
/// `Name: value` lines too, but not two of these at its start.
const MAIL_HEADERS: &[&str] = &[
    "from",
    "to",
    "cc",
    "bcc",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "content-type",
    "content-transfer-encoding",
    "delivered-to",
    "reply-to",
    "sender",
    "in-reply-to",
    "references",
    "envelope-to",
    "dkim-signature",
    "authentication-results",
    "received-spf",
    "thread-topic",
    "thread-index",
];

/// Unregistered headers that are transport noise, not content, and are
/// left out of the message's text (matched in lower case; `x-*` too).
const NOISE_HEADERS: &[&str] = &[
    "thread-index",
    "thread-topic",
    "msip_labels",
    "feedback-id",
    "user-agent",
    "status",
    "content-class",
    "domainkey-signature",
    "precedence",
    "errors-to",
];

/// Longest attachment name kept (in characters).
const MAX_NAME: usize = 255;

/// The name of the header line `Name: value`, if `line` is one: a name of
/// printable ASCII without spaces, then a colon.
fn header_name(line: &[u8]) -> Option<&[u8]> {
    let colon = memchr::memchr(b':', line)?;
    let name = &line[..colon];
    (!name.is_empty() && name.len() <= 76 && name.iter().all(u8::is_ascii_graphic)).then_some(name)
}

/// Whether `name` is one of [`MAIL_HEADERS`].
fn mail_header(name: &[u8]) -> Option<usize> {
    MAIL_HEADERS
        .iter()
        .position(|h| name.eq_ignore_ascii_case(h.as_bytes()))
}

fn is_x_header(name: &[u8]) -> bool {
    name.len() > 2 && name[..2].eq_ignore_ascii_case(b"x-")
}

/// Reads the header block at the start of `text`: the first header's name
/// and how many distinct [`MAIL_HEADERS`] appear among the first
/// [`SNIFF_FIELDS`] fields. `None` when `text` does not start with a header.
fn header_block(text: &[u8]) -> Option<(&[u8], u32)> {
    let window = &text[..text.len().min(SNIFF_WINDOW)];
    let mut first = None;
    let mut seen: u32 = 0;
    let mut fields = 0;
    for line in window.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if matches!(line[0], b' ' | b'\t') {
            // A folded continuation of the previous field.
            first?;
            continue;
        }
        let Some(name) = header_name(line) else { break };
        first.get_or_insert(name);
        if let Some(k) = mail_header(name) {
            seen |= 1 << k;
        }
        fields += 1;
        if fields >= SNIFF_FIELDS {
            break;
        }
    }
    Some((first?, seen.count_ones()))
}

/// Whether `text` starts like an RFC 5322 message: its first line is a
/// header that mail has (`From:`, `Received:`, ... or an `X-` header) and
/// at least two distinct mail headers open it. A note starting
/// `Patient: John Smith` is not mail.
pub fn is_eml(text: &[u8]) -> bool {
    // The first line decides nearly every file (a log line `2024-01-02T10:`
    // reads as a header too): the block is read only after a mail header.
    let line = &text[..memchr::memchr(b'\n', text).unwrap_or(text.len())];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if !header_name(line).is_some_and(|n| mail_header(n).is_some() || is_x_header(n)) {
        return false;
    }
    header_block(text).is_some_and(|(first, seen)| {
        (mail_header(first).is_some() || is_x_header(first)) && seen >= 2
    })
}

/// Whether `line` is an mbox separator `From sender date...`: a sender
/// without spaces, then a date (something with a digit).
fn is_separator(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    let rest = &rest[..rest.len().min(1000)];
    let mut words = rest
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty());
    words.next().is_some() && words.any(|w| w.iter().any(u8::is_ascii_digit))
}

/// The line of `b` starting at `start` (without its `\n` or `\r\n`) and
/// the index after it.
fn line_at(b: &[u8], start: usize) -> (&[u8], usize) {
    let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    let line = &b[start..end];
    (
        line.strip_suffix(b"\r").unwrap_or(line),
        (end + 1).min(b.len()),
    )
}

/// Whether `text` (starting with `From `) is an mbox: its first line is a
/// separator and a mail header block follows it.
pub fn is_mbox(text: &[u8]) -> bool {
    let (first, next) = line_at(text, 0);
    is_separator(first) && header_block(&text[next..]).is_some_and(|(_, seen)| seen >= 1)
}

/// Reads one message: its text (headers and bodies) and its attachments,
/// as described in the module documentation. A message `mail_parser`
/// cannot parse is corrupt.
pub fn read_eml(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    if read_message(bytes, None, budget, visit)? {
        Ok(())
    } else {
        Err(unparsable())
    }
}

/// Reads every message of a mailbox, each split at a `From ` separator line
/// followed by a header, named `message N` (see the module documentation).
/// A message that cannot be parsed is reported skipped and the next one is
/// read. mboxrd quoting (`>From ` in bodies) is left as it is.
pub fn read_mbox(
    bytes: &[u8],
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let starts = separators(bytes);
    if starts.is_empty() {
        return Err(Problem::corrupt("no mbox message separator"));
    }
    for (k, &(_, body)) in starts.iter().enumerate() {
        budget.next_member()?;
        let end = starts.get(k + 1).map_or(bytes.len(), |&(next, _)| next);
        let name = format!("message {}", k + 1);
        if !read_message(&bytes[body..end.max(body)], Some(&name), budget, visit)? {
            visit(
                Part::Skipped {
                    name: &name,
                    problem: unparsable(),
                },
                budget,
            )?;
        }
    }
    Ok(())
}

fn unparsable() -> Problem {
    Problem::corrupt("not a parsable e-mail message")
}

/// Where the messages of an mbox start: for each, the offset of its
/// separator line and of the message after it. A `From ` line counts only
/// when it looks like a separator and a header follows it, so a body line
/// "From the desk of ..." does not split a message.
fn separators(b: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut check = |at: usize| {
        let (line, next) = line_at(b, at);
        if is_separator(line) && header_name(line_at(b, next).0).is_some() {
            out.push((at, next));
        }
    };
    let lead = b.strip_prefix(b"\xEF\xBB\xBF").map_or(0, |_| 3);
    let first = b[lead..]
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .map_or(b.len(), |k| lead + k);
    if b[first..].starts_with(b"From ") {
        check(first);
    }
    for k in memchr::memmem::find_iter(b, b"\nFrom ") {
        if k + 1 > first {
            check(k + 1);
        }
    }
    out
}

/// Parses one message and reports its text and attachments, naming them
/// under `label` (`message N`) when it is an mbox member. `Ok(false)` when
/// the bytes are not a message `mail_parser` can read.
fn read_message(
    raw: &[u8],
    label: Option<&str>,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<bool, Problem> {
    // mail_parser promises not to panic; a panic would still only lose
    // this message, not the scan.
    let parsed = std::panic::catch_unwind(|| MessageParser::default().parse(raw));
    let Some(msg) = parsed.ok().flatten() else {
        return Ok(false);
    };
    let Some(root) = msg.parts.first() else {
        return Ok(false);
    };

    let mut text = String::new();
    for h in &root.headers {
        push_header(&mut text, &msg, h);
    }
    text.push('\n');
    // Parts read as bodies, not to be handed on again as attachments.
    let mut bodies: Vec<u32> = Vec::new();
    // Names of the parts cut short (decoded here as far as they go).
    let mut cut: Vec<String> = Vec::new();
    for &id in &msg.text_body {
        let Some(part) = msg.parts.get(id as usize) else {
            continue;
        };
        let recovered = recover(part);
        let body = match (&part.body, &recovered) {
            (PartType::Html(_), Some(b)) => markup::html_to_text(b),
            (PartType::Text(_), Some(b)) => String::from_utf8_lossy(b).into_owned(),
            (PartType::Text(t), None) => t.to_string(),
            (PartType::Html(h), None) => markup::html_to_text(h.as_bytes()),
            _ => continue,
        };
        if recovered.is_some() {
            cut.push(label.unwrap_or("").to_string());
        }
        bodies.push(id);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&body.replace("\r\n", "\n"));
    }
    let text_name = label.unwrap_or("");
    match budget.charge(text.len() as u64, 0, None) {
        Ok(()) => visit(
            Part::Text {
                name: text_name,
                text: text.as_bytes(),
            },
            budget,
        )?,
        Err(p) if budget.exhausted() => return Err(p),
        Err(problem) => visit(
            Part::Skipped {
                name: text_name,
                problem,
            },
            budget,
        )?,
    }
    drop(text);

    for (k, &id) in msg.attachments.iter().enumerate() {
        if bodies.contains(&id) {
            continue;
        }
        let Some(part) = msg.parts.get(id as usize) else {
            continue;
        };
        let recovered = recover(part);
        let bytes = recovered.as_deref().unwrap_or(part.contents());
        if bytes.is_empty() {
            continue;
        }
        let file = attachment_name(part.attachment_name(), k + 1);
        let name = match label {
            Some(label) => format!("{label}/{file}"),
            None => file,
        };
        if recovered.is_some() {
            cut.push(name.clone());
        }
        budget.next_member()?;
        // Decoded in memory by mail_parser already; counted here, and one
        // over the member limit is skipped rather than scanned.
        match budget.charge(bytes.len() as u64, 0, None) {
            Ok(()) => visit(Part::Raw { name: &name, bytes }, budget)?,
            Err(p) if budget.exhausted() => return Err(p),
            Err(problem) => visit(
                Part::Skipped {
                    name: &name,
                    problem,
                },
                budget,
            )?,
        }
    }
    cut.dedup();
    for name in &cut {
        let problem = Problem::corrupt(CUT_PART);
        visit(Part::Skipped { name, problem }, budget)?;
    }
    Ok(true)
}

/// The detail of a MIME part whose end (its closing boundary) is missing.
pub const CUT_PART: &str = "mime part cut short (no closing boundary); decoded as far as it goes";

/// The decoded bytes of a base64 or quoted-printable part that
/// `mail_parser` could not decode: one whose closing boundary is missing
/// (a message cut short, or only its final `--boundary--` lost), which it
/// hands over as the raw encoded text. Decoded here leniently, up to the
/// next boundary line, so what is in it is still scanned. `None` for a
/// part it decoded.
fn recover(part: &mail_parser::MessagePart<'_>) -> Option<Vec<u8>> {
    if !part.is_encoding_problem {
        return None;
    }
    let encoding = part.content_transfer_encoding()?.trim();
    let raw = part.contents();
    // Up to a boundary line, should one follow.
    let end = memchr::memmem::find(raw, b"\n--").map_or(raw.len(), |k| k + 1);
    let raw = &raw[..end];
    if encoding.eq_ignore_ascii_case("base64") {
        Some(base64_lenient(raw))
    } else if encoding.eq_ignore_ascii_case("quoted-printable") {
        Some(quoted_printable_lenient(raw))
    } else {
        None
    }
}

/// Decodes base64, skipping whitespace and any byte outside the alphabet,
/// stopping at padding; a last incomplete group yields the whole bytes it
/// holds.
fn base64_lenient(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in raw {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Decodes quoted-printable: `=XX` escapes and soft line breaks; anything
/// else is taken as it is.
fn quoted_printable_lenient(raw: &[u8]) -> Vec<u8> {
    let hex = |c: u8| char::from(c).to_digit(16);
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let c = raw[i];
        i += 1;
        if c != b'=' {
            out.push(c);
            continue;
        }
        match (raw.get(i).copied(), raw.get(i + 1).copied()) {
            (Some(b'\r'), Some(b'\n')) => i += 2,
            (Some(b'\n'), _) => i += 1,
            (Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 2;
            }
            _ => out.push(c),
        }
    }
    out
}

/// An attachment's member name: its file name with control characters
/// replaced and the length capped, or `attachment-N`.
fn attachment_name(name: Option<&str>, n: usize) -> String {
    let name: String = name
        .unwrap_or("")
        .trim()
        .chars()
        .take(MAX_NAME)
        .map(|c| if c.is_control() { '_' } else { c })
        .collect();
    if name.is_empty() {
        format!("attachment-{n}")
    } else {
        name
    }
}

/// Appends header `h` of `msg` as a `Name: value` line if it is one the
/// text keeps.
fn push_header(out: &mut String, msg: &Message<'_>, h: &Header<'_>) {
    let start = out.len();
    match &h.name {
        HeaderName::From
        | HeaderName::Sender
        | HeaderName::ReplyTo
        | HeaderName::To
        | HeaderName::Cc
        | HeaderName::Bcc => {
            out.push_str(h.name.as_str());
            out.push_str(": ");
            if let Some(a) = h.value.as_address() {
                push_address(out, a);
            }
        }
        HeaderName::Subject | HeaderName::Comments | HeaderName::Keywords => {
            out.push_str(h.name.as_str());
            out.push_str(": ");
            if let Some(s) = h.value.as_text() {
                push_one_line(out, s);
            }
        }
        HeaderName::Date => out.push_str("Date: "),
        HeaderName::Other(name) => {
            let lower = name.to_ascii_lowercase();
            if is_x_header(lower.as_bytes())
                || lower.starts_with("list-")
                || NOISE_HEADERS.contains(&lower.as_str())
            {
                return;
            }
            out.push_str(name);
            out.push_str(": ");
            if let Some(s) = h.value.as_text() {
                push_one_line(out, s);
            }
        }
        _ => return,
    }
    let prefix = out[start..].find(": ").map_or(out.len(), |k| start + k + 2);
    if out.len() == prefix {
        // Not decoded (a date, or a value the parser could not read): the
        // raw value, unfolded.
        let raw = msg
            .raw_message
            .get(h.offset_start as usize..h.offset_end as usize)
            .unwrap_or_default();
        push_one_line(out, &String::from_utf8_lossy(raw));
    }
    if out.len() == prefix {
        out.truncate(start);
    } else {
        out.push('\n');
    }
}

/// Appends `s` with every run of whitespace and control characters (folds,
/// line breaks) as one space, trimmed.
fn push_one_line(out: &mut String, s: &str) {
    let mut gap = false;
    for c in s.trim().chars() {
        if c.is_whitespace() || c.is_control() {
            gap = true;
        } else {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
}

/// Appends addresses as `Name <address>`, comma separated.
fn push_address(out: &mut String, a: &Address<'_>) {
    let mut first = true;
    for addr in a.iter() {
        let (name, address) = (addr.name(), addr.address());
        if name.is_none() && address.is_none() {
            continue;
        }
        if !first {
            out.push_str(", ");
        }
        first = false;
        if let Some(name) = name {
            push_one_line(out, name);
        }
        if let Some(address) = address {
            if name.is_some() {
                out.push_str(" <");
                push_one_line(out, address);
                out.push('>');
            } else {
                push_one_line(out, address);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::noise;
    use crate::extract::container::{ArchiveLimits, ContainerFormat};
    use crate::extract::{self, Sniffed};
    use std::io::Write;
    use std::sync::atomic::AtomicU64;

    /// What a reader yielded: (name, kind, bytes).
    type Parts = Vec<(String, &'static str, Vec<u8>)>;

    type Reader = fn(&[u8], &mut Budget<'_>, &mut Visit<'_>) -> Result<(), Problem>;

    fn run_with(read: Reader, bytes: &[u8], limits: ArchiveLimits) -> (Parts, Result<(), Problem>) {
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(limits, &scan);
        let mut parts = Parts::new();
        let r = read(bytes, &mut budget, &mut |part, _| {
            parts.push(match part {
                Part::Raw { name, bytes } => (name.to_string(), "raw", bytes.to_vec()),
                Part::Text { name, text } => (name.to_string(), "text", text.to_vec()),
                Part::Skipped { name, problem } => {
                    (name.to_string(), "skipped", problem.detail.into_bytes())
                }
            });
            Ok(())
        });
        (parts, r)
    }

    fn run(read: Reader, bytes: &[u8]) -> (Parts, Result<(), Problem>) {
        run_with(read, bytes, ArchiveLimits::default())
    }

    fn parts(read: Reader, bytes: &[u8]) -> Parts {
        let (p, r) = run(read, bytes);
        r.expect("read");
        p
    }

    fn text_of(p: &Parts, name: &str) -> String {
        let (_, _, t) = p
            .iter()
            .find(|(n, k, _)| n == name && *k == "text")
            .unwrap_or_else(|| panic!("no text {name:?} in {p:?}"));
        String::from_utf8(t.clone()).unwrap()
    }

    fn base64(data: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut s = String::new();
        for (i, c) in data.chunks(3).enumerate() {
            if i > 0 && i % 19 == 0 {
                s.push_str("\r\n");
            }
            let n = u32::from(c[0]) << 16
                | u32::from(*c.get(1).unwrap_or(&0)) << 8
                | u32::from(*c.get(2).unwrap_or(&0));
            for k in 0..4 {
                if k <= c.len() {
                    s.push(char::from(A[(n >> (18 - 6 * k) & 63) as usize]));
                } else {
                    s.push('=');
                }
            }
        }
        s
    }

    fn small_zip() -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        w.start_file("notes.txt", opts).unwrap();
        w.write_all(b"Patient SSN 212-09-1234\n").unwrap();
        w.finish().unwrap().into_inner()
    }

    fn eml_with_zip(zip: &[u8]) -> Vec<u8> {
        format!(
            "From: \"Dr. Alice Jones\" <alice@clinic.example>\r\n\
             To: Bob <bob@clinic.example>, carol@clinic.example\r\n\
             Cc: =?UTF-8?Q?Ren=C3=A9e_Dupont?= <renee@clinic.example>\r\n\
             Subject: =?UTF-8?B?TGFiIHJlc3VsdHM=?= for\r\n John Smith\r\n\
             Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n\
             Message-ID: <1@clinic.example>\r\n\
             Received: from mx.example by mx2.example; Mon, 1 Jan 2024 10:00:00 +0000\r\n\
             X-Mailer: Test 1.0\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"BOUND\"\r\n\
             \r\n\
             preamble\r\n\
             --BOUND\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             \r\n\
             Patient MRN 778899 seen today.\r\n\
             --BOUND\r\n\
             Content-Type: application/zip; name=\"records.zip\"\r\n\
             Content-Disposition: attachment; filename=\"records.zip\"\r\n\
             Content-Transfer-Encoding: base64\r\n\
             \r\n\
             {}\r\n\
             --BOUND--\r\n",
            base64(zip)
        )
        .into_bytes()
    }

    #[test]
    fn plain_body_headers_and_base64_attachment() {
        let zip = small_zip();
        let p = parts(read_eml, &eml_with_zip(&zip));
        let t = text_of(&p, "");
        assert_eq!(
            t,
            "From: Dr. Alice Jones <alice@clinic.example>\n\
             To: Bob <bob@clinic.example>, carol@clinic.example\n\
             Cc: Renée Dupont <renee@clinic.example>\n\
             Subject: Lab results for John Smith\n\
             Date: Mon, 1 Jan 2024 10:00:00 +0000\n\
             \n\
             Patient MRN 778899 seen today."
        );
        let raw: Vec<_> = p.iter().filter(|(_, k, _)| *k == "raw").collect();
        assert_eq!(raw.len(), 1, "{p:?}");
        assert_eq!(raw[0].0, "records.zip");
        assert_eq!(raw[0].2, zip);
        assert_eq!(
            extract::sniff(&raw[0].2),
            Sniffed::Container(ContainerFormat::Zip)
        );
    }

    #[test]
    fn quoted_printable_soft_breaks_are_joined() {
        let eml = b"From: a@example.com\nTo: b@example.com\nSubject: qp\n\
MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
Content-Transfer-Encoding: quoted-printable\n\n\
SSN: 212-09-=\n1234 and x=3D1, caf=C3=A9=\r\n done\n";
        let t = text_of(&parts(read_eml, eml), "");
        assert!(t.contains("SSN: 212-09-1234 and x=1, café done"), "{t:?}");
    }

    #[test]
    fn html_only_body_is_rendered_as_text() {
        let eml = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: html\r\n\
MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<div>Patient&nbsp;<b>John Smith</b></div><table><tr><td>SSN</td><td>212-09-1234</td></tr></table>\r\n";
        let p = parts(read_eml, eml);
        assert_eq!(p.len(), 1, "{p:?}");
        let t = text_of(&p, "");
        assert!(
            t.ends_with("\n\nPatient John Smith\nSSN\t212-09-1234\n"),
            "{t:?}"
        );
        assert!(!t.contains('<'), "{t:?}");
    }

    #[test]
    fn alternative_uses_the_plain_part_only() {
        let eml = b"From: a@example.com\nTo: b@example.com\nSubject: alt\nMIME-Version: 1.0\n\
Content-Type: multipart/alternative; boundary=ALT\n\n\
--ALT\nContent-Type: text/plain\n\nplain version 212-09-1234\n\
--ALT\nContent-Type: text/html\n\n<p>html version 212-09-1234</p>\n--ALT--\n";
        let p = parts(read_eml, eml);
        assert_eq!(p.len(), 1, "{p:?}");
        let t = text_of(&p, "");
        assert!(t.contains("plain version"), "{t:?}");
        assert!(!t.contains("html version"), "{t:?}");
    }

    #[test]
    fn nested_message_is_handed_on_as_eml() {
        let eml = b"From: a@example.com\nTo: b@example.com\nSubject: fwd\nMIME-Version: 1.0\n\
Content-Type: multipart/mixed; boundary=OUT\n\n\
--OUT\nContent-Type: text/plain\n\nsee attached\n\
--OUT\nContent-Type: message/rfc822\n\n\
From: c@example.com\nTo: d@example.com\nSubject: inner\n\ninner body SSN 212-09-1234\n\
--OUT--\n";
        let p = parts(read_eml, eml);
        let t = text_of(&p, "");
        assert!(t.contains("see attached"), "{t:?}");
        assert!(!t.contains("inner body"), "{t:?}");
        let raw: Vec<_> = p.iter().filter(|(_, k, _)| *k == "raw").collect();
        assert_eq!(raw.len(), 1, "{p:?}");
        assert_eq!(raw[0].0, "attachment-1");
        assert_eq!(
            extract::sniff(&raw[0].2),
            Sniffed::Container(ContainerFormat::Eml),
            "{:?}",
            String::from_utf8_lossy(&raw[0].2)
        );
        // Read in turn, the nested message yields its own body.
        let inner = text_of(&parts(read_eml, &raw[0].2), "");
        assert!(inner.contains("Subject: inner\n"), "{inner:?}");
        assert!(inner.contains("inner body SSN 212-09-1234"), "{inner:?}");
    }

    #[test]
    fn nested_message_expands_through_the_driver() {
        use crate::extract::container::{expand, Unit};
        let eml = b"From: a@example.com\nTo: b@example.com\nSubject: fwd\nMIME-Version: 1.0\n\
Content-Type: multipart/mixed; boundary=OUT\n\n\
--OUT\nContent-Type: text/plain\n\nsee attached\n\
--OUT\nContent-Type: message/rfc822\n\n\
From: c@example.com\nTo: d@example.com\nSubject: inner\n\ninner body\n\
--OUT--\n";
        let scan = AtomicU64::new(0);
        let mut budget = Budget::new(ArchiveLimits::default(), &scan);
        let mut units = Vec::new();
        expand(
            ContainerFormat::Eml,
            eml,
            &mut Vec::new(),
            &mut budget,
            &mut |u| {
                if let Unit::Text { inner, text, .. } = u {
                    units.push((
                        inner.join(" > "),
                        String::from_utf8_lossy(text).into_owned(),
                    ));
                }
            },
        );
        assert_eq!(units.len(), 2, "{units:?}");
        assert_eq!(units[0].0, "");
        assert!(units[0].1.contains("see attached"));
        assert_eq!(units[1].0, "attachment-1");
        assert!(
            units[1].1.contains("Subject: inner\n\ninner body"),
            "{units:?}"
        );
    }

    #[test]
    fn base64_nested_message_is_handed_on_decoded() {
        let inner = b"From: c@example.com\r\nTo: d@example.com\r\nSubject: inner\r\n\r\nbody\r\n";
        let eml = format!(
            "From: a@example.com\nTo: b@example.com\nMIME-Version: 1.0\n\
Content-Type: multipart/mixed; boundary=OUT\n\n--OUT\nContent-Type: text/plain\n\nouter\n\
--OUT\nContent-Type: message/rfc822; name=fwd.eml\nContent-Transfer-Encoding: base64\n\n{}\n--OUT--\n",
            base64(inner)
        );
        let p = parts(read_eml, eml.as_bytes());
        let raw: Vec<_> = p.iter().filter(|(_, k, _)| *k == "raw").collect();
        assert_eq!(raw.len(), 1, "{p:?}");
        assert_eq!(raw[0].0, "fwd.eml");
        assert_eq!(
            extract::sniff(&raw[0].2),
            Sniffed::Container(ContainerFormat::Eml)
        );
    }

    #[test]
    fn attachment_over_the_member_limit_is_skipped() {
        let zip = small_zip();
        let limits = ArchiveLimits {
            max_member_bytes: 32,
            ..ArchiveLimits::default()
        };
        // The text (about 250 bytes) is over the limit too: both skipped.
        let (p, r) = run_with(read_eml, &eml_with_zip(&zip), limits);
        r.unwrap();
        let kinds: Vec<_> = p.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(kinds, [("", "skipped"), ("records.zip", "skipped")]);
    }

    #[test]
    fn mbox_messages_are_named() {
        let mut mbox = Vec::new();
        for n in 1..=3 {
            write!(
                mbox,
                "From sender{n}@example.com Mon Jan  1 10:00:0{n} 2024\n\
                 From: sender{n}@example.com\nTo: x@example.com\nSubject: note {n}\n\n\
                 Body {n}\nFrom the desk of Dr. Who, body line\n>From escaped\n\n"
            )
            .unwrap();
        }
        assert!(is_mbox(&mbox));
        assert_eq!(
            extract::sniff(&mbox),
            Sniffed::Container(ContainerFormat::Mbox)
        );
        let p = parts(read_mbox, &mbox);
        let names: Vec<_> = p.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(
            names,
            [
                ("message 1", "text"),
                ("message 2", "text"),
                ("message 3", "text")
            ]
        );
        let t = text_of(&p, "message 2");
        assert!(t.starts_with("From: sender2@example.com\n"), "{t:?}");
        assert!(
            t.contains("Subject: note 2\n\nBody 2\nFrom the desk"),
            "{t:?}"
        );
        assert!(!t.contains("Body 3"), "{t:?}");
    }

    #[test]
    fn mbox_attachments_are_named_under_their_message() {
        let zip = small_zip();
        let mut mbox = b"From alice@clinic.example Mon Jan  1 10:00:00 2024\n".to_vec();
        mbox.extend(eml_with_zip(&zip));
        mbox.extend_from_slice(b"\nFrom MAILER-DAEMON Tue Jan  2 10:00:00 2024\nFrom: b@example.com\nTo: c@example.com\n\nsecond\n");
        let p = parts(read_mbox, &mbox);
        let names: Vec<_> = p.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert_eq!(
            names,
            [
                ("message 1", "text"),
                ("message 1/records.zip", "raw"),
                ("message 2", "text")
            ]
        );
        assert_eq!(p[1].2, zip);
    }

    #[test]
    fn sniffing_mail() {
        assert!(!is_eml(
            b"Patient: John Smith\nDOB: 01/02/1960\n\nSeen today"
        ));
        assert!(!is_eml(
            b"Patient: John Smith\nDate: 01/02/2020\nTo: Dr A\n\nSeen"
        ));
        assert!(!is_eml(
            b"Subject: only one mail header\nPatient: x\n\nbody"
        ));
        assert!(!is_eml(b"hello world"));
        assert!(!is_eml(b""));
        assert!(is_eml(
            b"From: a@example.com\r\nTo: b@example.com\r\n\r\nhi"
        ));
        assert!(is_eml(
            b"X-Mozilla-Status: 0001\nReceived: from x\n\tby y\nSubject: s\n\nbody"
        ));
        assert!(is_eml(b"Return-Path: <a@b>\nDelivered-To: c@d\n"));
        // Log lines read as `name: value` headers, but not as mail ones.
        assert!(!is_eml(
            b"2024-01-02T10:00:00Z From: a\n2024-01-02T10:00:01Z To: b\n"
        ));
        assert!(is_eml(b"From: a\n2024-01-02T10: x\nTo: b\n\nbody"));
        assert!(is_mbox(
            b"From a@b Mon Jan  1 10:00:00 2024\nReturn-Path: <a@b>\n"
        ));
        assert!(!is_mbox(b"From the desk of Dr. Who\nWe met on 1 Jan.\n"));
        assert!(!is_mbox(b"From a@b Mon Jan  1 10:00:00 2024\nhello\n"));
        assert!(!is_mbox(b"From "));
    }

    #[test]
    fn memo_read_as_mail_keeps_its_fields() {
        // Looks like mail (Date, From, To), but carries clinical fields.
        let memo = b"Date: 01/02/2020\nFrom: Dr A\nTo: Dr B\nPatient: John Smith\nSSN: 212-09-1234\nX-Ray: clear\n\nSeen today";
        assert!(is_eml(memo));
        let t = text_of(&parts(read_eml, memo), "");
        assert!(t.contains("Patient: John Smith\n"), "{t:?}");
        assert!(t.contains("SSN: 212-09-1234\n"), "{t:?}");
        assert!(t.contains("Date: 01/02/2020\n"), "{t:?}");
        assert!(t.contains("Seen today"), "{t:?}");
    }

    #[test]
    fn unparsable_is_corrupt() {
        let (p, r) = run(read_eml, b"");
        assert!(p.is_empty());
        assert_eq!(r.unwrap_err().detail, "not a parsable e-mail message");
        let (_, r) = run(read_mbox, b"no separator here");
        assert!(r.is_err());
    }

    fn never_panics(read: Reader, sample: &[u8]) {
        for end in 0..=sample.len() {
            let _ = run(read, &sample[..end]);
        }
        for seed in 0..150u64 {
            let mut flipped = sample.to_vec();
            let r = noise(seed, 4);
            let at = (usize::from(r[0]) << 8 | usize::from(r[1])) % flipped.len();
            flipped[at] ^= 1 << (r[2] % 8);
            let _ = run(read, &flipped);
            let _ = run(read, &noise(seed, 1 + seed as usize * 7));
            let alphabet =
                b"From: To:\n\r-=?BQ:;\"<>@ boundary=X--X\nContent-Type: multipart/mixed";
            let marked: Vec<u8> = noise(seed ^ 0xABCD, 400)
                .iter()
                .map(|b| alphabet[usize::from(*b) % alphabet.len()])
                .collect();
            let _ = run(read, &marked);
        }
    }

    #[test]
    fn eml_never_panics() {
        never_panics(read_eml, &eml_with_zip(&small_zip()));
    }

    #[test]
    fn mbox_never_panics() {
        let mut mbox = b"From a@b Mon Jan  1 10:00:00 2024\n".to_vec();
        mbox.extend(eml_with_zip(&small_zip()));
        mbox.extend_from_slice(b"\nFrom c@d Mon Jan  1 10:00:00 2024\nFrom: x\nTo: y\n\nz\n");
        never_panics(read_mbox, &mbox);
        for seed in 0..200u64 {
            let _ = is_eml(&noise(seed, 200));
            let _ = is_mbox(&noise(seed, 200));
        }
    }

    /// Issue 17: a multipart message whose last part lost its closing
    /// boundary (cut short, or only `--b--` missing) had that part handed
    /// on undecoded: its base64 text was scanned, its attachment never
    /// opened, and nothing said so. It is decoded as far as it goes and
    /// reported `corrupt`.
    #[test]
    fn a_part_cut_short_is_decoded_as_far_as_it_goes_and_reported_corrupt() {
        let attachment = b"Patient: John Carter\nSSN: 212-09-5678\n".repeat(4);
        let eml = format!(
            "From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\nSSN: 212-09-=\r\n5678 seen =3D ok\r\n--b1\r\n\
Content-Type: text/plain; name=\"chart.txt\"\r\nContent-Disposition: attachment; filename=\"chart.txt\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
            base64(&attachment)
        );
        let whole = parts(read_eml, eml.as_bytes());
        assert!(whole.iter().all(|(_, k, _)| *k != "skipped"), "{whole:?}");
        // Only the closing boundary lost, then cut inside the base64.
        let lost_end = &eml.as_bytes()[..eml.len() - 10];
        let cut_at = eml.find("Content-Transfer-Encoding: base64").unwrap() + 120;
        for (bytes, whole_attachment) in [(lost_end, true), (&eml.as_bytes()[..cut_at], false)] {
            let got = parts(read_eml, bytes);
            let (_, _, b) = got
                .iter()
                .find(|(n, k, _)| n == "chart.txt" && *k == "raw")
                .unwrap_or_else(|| panic!("{got:?}"));
            if whole_attachment {
                assert_eq!(b, &attachment);
            } else {
                assert!(!b.is_empty() && attachment.starts_with(b), "{b:?}");
            }
            assert!(
                got.iter().any(|(n, k, d)| n == "chart.txt"
                    && *k == "skipped"
                    && d == CUT_PART.as_bytes()),
                "{got:?}"
            );
        }
        // A quoted-printable body cut before its boundary is decoded too
        // (mail_parser then takes it for an attachment: scanned all the same).
        let cut_body = &eml.as_bytes()[..eml.find("seen").unwrap() + 10];
        let got = parts(read_eml, cut_body);
        assert!(
            got.iter().any(|(n, k, b)| n == "attachment-1"
                && *k == "raw"
                && b.starts_with(b"SSN: 212-09-5678 seen = o")),
            "{got:?}"
        );
    }
}
