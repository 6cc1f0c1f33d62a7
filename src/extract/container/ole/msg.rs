//! Outlook .msg: properties, recipients, bodies and attachments of an OLE2 message.

use std::collections::HashMap;

use super::{emit, Ole};
use crate::extract::container::text::{
    cp1252_until_nul, le_u32, utf16_lossy, utf16_units, CappedText,
};
use crate::extract::container::{Budget, Part, Problem, Visit};

/// Attached messages nested deeper than this are not read.
const MAX_MSG_DEPTH: usize = 4;

/// Property streams of one message storage (top level, or an attached
/// message), by property tag (`0037001F`), and its recipients' and
/// attachments' storages.
#[derive(Default)]
struct MsgLayout {
    props: HashMap<String, String>,
    recips: Vec<(String, HashMap<String, String>)>,
    attachs: Vec<(String, HashMap<String, String>, bool)>,
}

fn msg_layout(ole: &Ole<'_>, prefix: &[String]) -> MsgLayout {
    let mut layout = MsgLayout::default();
    let mut recips: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut attachs: HashMap<String, (HashMap<String, String>, bool)> = HashMap::new();
    for s in &ole.streams {
        if s.comps.len() <= prefix.len()
            || !s
                .comps
                .iter()
                .zip(prefix)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        {
            continue;
        }
        let rel = &s.comps[prefix.len()..];
        let tag = |name: &str| {
            let upper = name.to_ascii_uppercase();
            upper.strip_prefix("__SUBSTG1.0_").map(str::to_string)
        };
        let upper0 = rel[0].to_ascii_uppercase();
        match rel.len() {
            1 => {
                if let Some(t) = tag(&rel[0]) {
                    layout.props.insert(t, s.path.clone());
                }
            }
            2 if upper0.starts_with("__RECIP_VERSION1.0_") => {
                let entry = recips.entry(rel[0].clone()).or_default();
                if let Some(t) = tag(&rel[1]) {
                    entry.insert(t, s.path.clone());
                } else if rel[1].eq_ignore_ascii_case("__properties_version1.0") {
                    entry.insert("PROPS".into(), s.path.clone());
                }
            }
            _ if upper0.starts_with("__ATTACH_VERSION1.0_") => {
                let entry = attachs.entry(rel[0].clone()).or_default();
                if rel.len() == 2 {
                    if let Some(t) = tag(&rel[1]) {
                        entry.0.insert(t, s.path.clone());
                    }
                } else if rel[1].eq_ignore_ascii_case("__substg1.0_3701000D") {
                    entry.1 = true;
                }
            }
            _ => {}
        }
    }
    layout.recips = recips.into_iter().collect();
    layout.recips.sort_by(|a, b| a.0.cmp(&b.0));
    layout.attachs = attachs.into_iter().map(|(k, (p, e))| (k, p, e)).collect();
    layout.attachs.sort_by(|a, b| a.0.cmp(&b.0));
    layout
}

/// Reads a string property (`id` is the 4 hex digits of the property id):
/// the Unicode (`001F`) stream, else the 8-bit (`001E`) one.
fn msg_string(
    ole: &mut Ole<'_>,
    props: &HashMap<String, String>,
    id: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<Option<String>, Problem> {
    let mut buf = Vec::new();
    if let Some(path) = props.get(&format!("{id}001F")) {
        if ole.take(path, &mut buf, budget, visit)? {
            return Ok(Some(utf16_lossy(
                utf16_units(&buf, false, false).take_while(|&u| u != 0),
            ))
            .filter(|s| !s.trim().is_empty()));
        }
    }
    if let Some(path) = props.get(&format!("{id}001E")) {
        if ole.take(path, &mut buf, budget, visit)? {
            return Ok(Some(cp1252_until_nul(&buf)).filter(|s| !s.trim().is_empty()));
        }
    }
    Ok(None)
}

/// Reads a binary property (`{id}0102`).
fn msg_binary(
    ole: &mut Ole<'_>,
    props: &HashMap<String, String>,
    id: &str,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<Option<Vec<u8>>, Problem> {
    let mut buf = Vec::new();
    match props.get(&format!("{id}0102")) {
        Some(path) if ole.take(path, &mut buf, budget, visit)? => Ok(Some(buf)),
        _ => Ok(None),
    }
}

/// `Name <address>`, or whichever of the two there is.
fn person(name: Option<String>, address: Option<String>) -> Option<String> {
    match (name, address) {
        (Some(n), Some(a)) if n.trim() != a.trim() => Some(format!("{} <{}>", n.trim(), a.trim())),
        (Some(n), _) => Some(n.trim().to_string()),
        (None, Some(a)) => Some(a.trim().to_string()),
        (None, None) => None,
    }
}

/// Reads the message stored under `prefix` (empty: the file itself) as
/// one text part named `name`, then its attachments (named
/// `{name}/{file name}` for an attached message's own attachments).
pub(super) fn read_msg(
    ole: &mut Ole<'_>,
    prefix: &[String],
    name: &str,
    depth: usize,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let cap = usize::try_from(budget.limits.max_member_bytes).unwrap_or(usize::MAX);
    let layout = msg_layout(ole, prefix);
    let props = &layout.props;
    let mut out = CappedText::new(cap);

    if let Some(subject) = msg_string(ole, props, "0037", budget, visit)? {
        out.push_str(&format!("Subject: {}\n", subject.trim()));
    }
    let sender_name = match msg_string(ole, props, "0C1A", budget, visit)? {
        Some(n) => Some(n),
        None => msg_string(ole, props, "0042", budget, visit)?,
    };
    let mut sender_address = None;
    for id in ["5D01", "0C1F", "5D02", "0065"] {
        if let Some(a) = msg_string(ole, props, id, budget, visit)? {
            if a.contains('@') {
                sender_address = Some(a);
                break;
            }
        }
    }
    if let Some(from) = person(sender_name, sender_address) {
        out.push_str(&format!("From: {from}\n"));
    }

    // Recipients by type (1 To, 2 Cc, 3 Bcc), from their own storages.
    let mut by_type: [Vec<String>; 3] = Default::default();
    for (_, rprops) in &layout.recips {
        let rname = msg_string(ole, rprops, "3001", budget, visit)?;
        let raddr = match msg_string(ole, rprops, "39FE", budget, visit)? {
            Some(a) => Some(a),
            None => msg_string(ole, rprops, "3003", budget, visit)?,
        };
        let mut kind = 1;
        if let Some(path) = rprops.get("PROPS") {
            let mut buf = Vec::new();
            if ole.take(path, &mut buf, budget, visit)? {
                kind = recipient_type(&buf).unwrap_or(1);
            }
        }
        if let Some(p) = person(rname, raddr) {
            by_type[(kind.clamp(1, 3) - 1) as usize].push(p);
        }
    }
    for (i, (label, display_id)) in [("To", "0E04"), ("Cc", "0E03"), ("Bcc", "0E02")]
        .into_iter()
        .enumerate()
    {
        let line = if by_type[i].is_empty() {
            msg_string(ole, props, display_id, budget, visit)?
        } else {
            Some(by_type[i].join("; "))
        };
        if let Some(line) = line {
            out.push_str(&format!("{label}: {}\n", line.trim()));
        }
    }

    let body = msg_string(ole, props, "1000", budget, visit)?;
    let mut other_body: Option<(&str, Vec<u8>)> = None;
    match body {
        Some(body) => {
            out.newline();
            out.push('\n');
            out.push_str(&body.replace("\r\n", "\n"));
            out.newline();
        }
        None => {
            if let Some(html) = msg_binary(ole, props, "1013", budget, visit)? {
                other_body = Some(("body.html", html));
            } else if let Some(html) = msg_string(ole, props, "1013", budget, visit)? {
                other_body = Some(("body.html", html.into_bytes()));
            } else if let Some(rtf) = msg_binary(ole, props, "1009", budget, visit)? {
                match decompress_rtf(&rtf, cap) {
                    Some(rtf) => other_body = Some(("body.rtf", rtf)),
                    None => visit(
                        Part::Skipped {
                            name: "body.rtf",
                            problem: Problem::corrupt("compressed RTF body cannot be read"),
                        },
                        budget,
                    )?,
                }
            }
        }
    }
    emit(out, name, budget, visit)?;
    if let Some((body_name, bytes)) = other_body {
        let full = join_name(name, body_name);
        visit(
            Part::Raw {
                name: &full,
                bytes: &bytes,
            },
            budget,
        )?;
    }

    for (n, (storage, aprops, embedded)) in layout.attachs.iter().enumerate() {
        let file_name = match msg_string(ole, aprops, "3707", budget, visit)? {
            Some(f) => Some(f),
            None => match msg_string(ole, aprops, "3704", budget, visit)? {
                Some(f) => Some(f),
                None => msg_string(ole, aprops, "3001", budget, visit)?,
            },
        };
        let file_name = file_name
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| format!("attachment {}", n + 1));
        let full = join_name(name, &file_name);
        if let Some(data) = msg_binary(ole, aprops, "3701", budget, visit)? {
            visit(
                Part::Raw {
                    name: &full,
                    bytes: &data,
                },
                budget,
            )?;
        } else if *embedded {
            if depth + 1 >= MAX_MSG_DEPTH {
                visit(
                    Part::Skipped {
                        name: &full,
                        problem: Problem::budget(format!(
                            "attached messages nested deeper than {MAX_MSG_DEPTH} levels"
                        )),
                    },
                    budget,
                )?;
                continue;
            }
            let mut inner = prefix.to_vec();
            inner.push(storage.clone());
            inner.push("__substg1.0_3701000D".into());
            let has_props = msg_layout(ole, &inner).props.keys().next().is_some();
            if has_props {
                read_msg(ole, &inner, &full, depth + 1, budget, visit)?;
            } else {
                visit(
                    Part::Skipped {
                        name: &full,
                        problem: Problem::unsupported("embedded OLE object attachment"),
                    },
                    budget,
                )?;
            }
        }
    }
    Ok(())
}

fn join_name(outer: &str, inner: &str) -> String {
    if outer.is_empty() {
        inner.to_string()
    } else {
        format!("{outer}/{inner}")
    }
}

/// `PR_RECIPIENT_TYPE` from a recipient's `__properties_version1.0`
/// stream (8-byte header, then 16-byte entries: tag, flags, value).
fn recipient_type(props: &[u8]) -> Option<u32> {
    props
        .get(8..)?
        .chunks_exact(16)
        .find(|e| le_u32(e, 0) == Some(0x0C15_0003))
        .and_then(|e| le_u32(e, 8))
}

/// Decompresses `PR_RTF_COMPRESSED` (MS-OXRTFCP): LZ77 over a 4096-byte
/// ring that starts with common RTF; at most `cap` bytes.
pub(super) fn decompress_rtf(data: &[u8], cap: usize) -> Option<Vec<u8>> {
    const PREFIX: &[u8] = b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
    let raw_size = le_u32(data, 4)? as usize;
    let magic = le_u32(data, 8)?;
    let body = data.get(16..)?;
    let limit = raw_size.min(cap);
    match magic {
        0x414C_454D => return Some(body[..body.len().min(limit)].to_vec()), // MELA
        0x7546_5A4C => {}                                                   // LZFu
        _ => return None,
    }
    let mut ring = [0u8; 4096];
    ring[..PREFIX.len()].copy_from_slice(PREFIX);
    let mut write = PREFIX.len();
    let mut out = Vec::with_capacity(limit.min(1 << 20));
    let mut i = 0;
    'outer: while i < body.len() && out.len() < limit {
        let control = body[i];
        i += 1;
        for bit in 0..8 {
            if out.len() >= limit {
                break 'outer;
            }
            if control & (1 << bit) == 0 {
                let Some(&b) = body.get(i) else {
                    break 'outer;
                };
                i += 1;
                out.push(b);
                ring[write] = b;
                write = (write + 1) % 4096;
            } else {
                let (Some(&hi), Some(&lo)) = (body.get(i), body.get(i + 1)) else {
                    break 'outer;
                };
                i += 2;
                let word = u16::from_be_bytes([hi, lo]);
                let offset = usize::from(word >> 4);
                let len = usize::from(word & 0xF) + 2;
                if offset == write {
                    break 'outer;
                }
                for k in 0..len {
                    let b = ring[(offset + k) % 4096];
                    out.push(b);
                    ring[write] = b;
                    write = (write + 1) % 4096;
                }
            }
        }
    }
    out.truncate(limit);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::ole::tests::*;

    #[test]
    fn outlook_message_text_and_attachment() {
        let zip = small_zip();
        let bytes = compound(&[
            (
                "/__substg1.0_0037001F",
                utf16("Lab results for John Smith\0"),
            ),
            ("/__substg1.0_0C1A001F", utf16("Dr. Jones")),
            ("/__substg1.0_5D01001F", utf16("jones@clinic.example")),
            (
                "/__substg1.0_1000001F",
                utf16("Patient SSN 212-09-1234\r\nDOB 01/02/1960\0"),
            ),
            (
                "/__recip_version1.0_#00000000/__substg1.0_3001001F",
                utf16("John Smith"),
            ),
            (
                "/__recip_version1.0_#00000000/__substg1.0_39FE001F",
                utf16("john@example.com"),
            ),
            (
                "/__recip_version1.0_#00000000/__properties_version1.0",
                recip_props(1),
            ),
            (
                "/__recip_version1.0_#00000001/__substg1.0_3001001E",
                b"Nurse Kim".to_vec(),
            ),
            (
                "/__recip_version1.0_#00000001/__properties_version1.0",
                recip_props(2),
            ),
            (
                "/__attach_version1.0_#00000000/__substg1.0_3707001F",
                utf16("records.zip"),
            ),
            (
                "/__attach_version1.0_#00000000/__substg1.0_37010102",
                zip.clone(),
            ),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Subject: Lab results for John Smith\n\
             From: Dr. Jones <jones@clinic.example>\n\
             To: John Smith <john@example.com>\n\
             Cc: Nurse Kim\n\
             \n\
             Patient SSN 212-09-1234\nDOB 01/02/1960\n"
        );
        let raw: Vec<_> = parts.iter().filter(|p| p.0 == "raw").collect();
        assert_eq!(raw.len(), 1);
        assert_eq!(raw[0].1, "records.zip");
        assert_eq!(raw[0].2, zip);
    }

    #[test]
    fn outlook_message_html_body_embedded_message_and_rtf() {
        let html = b"<html><body><p>SSN 212-09-1234</p></body></html>".to_vec();
        let inner = "/__attach_version1.0_#00000001/__substg1.0_3701000D";
        let bytes = compound(&[
            ("/__substg1.0_0037001E", b"Referral".to_vec()),
            ("/__substg1.0_10130102", html.clone()),
            (
                "/__attach_version1.0_#00000001/__substg1.0_3001001F",
                utf16("Forwarded"),
            ),
            (
                &format!("{inner}/__substg1.0_0037001F"),
                utf16("Inner subject"),
            ),
            (
                &format!("{inner}/__substg1.0_1000001F"),
                utf16("Inner body"),
            ),
            (
                &format!("{inner}/__attach_version1.0_#00000000/__substg1.0_3707001F"),
                utf16("scan.pdf"),
            ),
            (
                &format!("{inner}/__attach_version1.0_#00000000/__substg1.0_37010102"),
                b"%PDF-1.4 not really".to_vec(),
            ),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        let names: Vec<(&str, &str)> = parts.iter().map(|p| (p.0.as_str(), p.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("text", ""),
                ("raw", "body.html"),
                ("text", "Forwarded"),
                ("raw", "Forwarded/scan.pdf"),
            ]
        );
        assert_eq!(text(&parts), "Subject: Referral\n");
        assert_eq!(parts[1].2, html);
        assert_eq!(parts[2].2, b"Subject: Inner subject\n\nInner body\n");
    }

    #[test]
    fn outlook_message_rtf_only_body_is_handed_on() {
        let mut rtf = vec![0u8; 16];
        let body = b"{\\rtf1 SSN 212-09-1234}";
        rtf[4..8].copy_from_slice(&(body.len() as u32).to_le_bytes());
        rtf[8..12].copy_from_slice(&0x414C_454Du32.to_le_bytes());
        rtf.extend_from_slice(body);
        let bytes = compound(&[
            ("/__substg1.0_0037001F", utf16("Note")),
            ("/__substg1.0_10090102", rtf),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text(&parts), "Subject: Note\n");
        let raw: Vec<_> = parts.iter().filter(|p| p.0 == "raw").collect();
        assert_eq!(raw.len(), 1);
        assert_eq!(raw[0].1, "body.rtf");
        assert_eq!(raw[0].2, body);
    }

    #[test]
    fn compressed_rtf_round_trip() {
        // "MELA" (stored) and "LZFu" with one back-reference into the
        // preloaded dictionary ("{\rtf1" at offset 0, length 6) then
        // literals.
        let mut mela = vec![0u8; 16];
        mela[4..8].copy_from_slice(&5u32.to_le_bytes());
        mela[8..12].copy_from_slice(&0x414C_454Du32.to_le_bytes());
        mela.extend_from_slice(b"{\\rtf");
        assert_eq!(decompress_rtf(&mela, 100).unwrap(), b"{\\rtf");

        let mut lz = vec![0u8; 16];
        lz[4..8].copy_from_slice(&9u32.to_le_bytes());
        lz[8..12].copy_from_slice(&0x7546_5A4Cu32.to_le_bytes());
        // control: bit0 = reference, bits 1..3 literals.
        lz.push(0b0000_0001);
        lz.extend_from_slice(&(6u16 - 2).to_be_bytes()); // offset 0, length 6
        lz.extend_from_slice(b" Hi");
        assert_eq!(decompress_rtf(&lz, 100).unwrap(), b"{\\rtf1 Hi");
    }
}
