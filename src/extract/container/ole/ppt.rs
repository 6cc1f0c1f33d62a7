//! PowerPoint .ppt: the text atoms of the `PowerPoint Document` stream.

use super::Ole;
use crate::extract::container::text::{
    cp1252, le_u16, le_u32, printable_runs, utf16_lossy, utf16_units, CappedText,
};
use crate::extract::container::{Budget, Problem, Visit};

pub(super) fn read_ppt(
    ole: &mut Ole<'_>,
    out: &mut CappedText,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    if ole.find(&["EncryptedSummary"]).is_some() {
        return Err(Problem::encrypted("PowerPoint presentation is encrypted"));
    }
    let mut data = Vec::new();
    if !ole.take_named(&["PowerPoint Document"], &mut data, budget, visit)? {
        return Ok(());
    }
    // Records: ver/instance u16, type u16, length u32; containers (version
    // 0xF) hold records, so stepping into them walks the whole tree flat.
    let mut pos = 0usize;
    let mut found = false;
    while let (Some(ver), Some(typ), Some(len)) = (
        le_u16(&data, pos),
        le_u16(&data, pos + 2),
        le_u32(&data, pos + 4),
    ) {
        let body_at = pos + 8;
        if typ == 0x2F14 {
            return Err(Problem::encrypted("PowerPoint presentation is encrypted"));
        }
        if ver & 0x0F == 0x0F {
            pos = body_at;
            continue;
        }
        let end = body_at.saturating_add(len as usize);
        let body = &data[body_at.min(data.len())..end.min(data.len())];
        match typ {
            0x0FA0 => {
                found = true;
                let text = utf16_lossy(utf16_units(body, false, false));
                push_ppt_text(&text, out);
            }
            0x0FA8 => {
                found = true;
                let text: String = body.iter().map(|&b| cp1252(b)).collect();
                push_ppt_text(&text, out);
            }
            _ => {}
        }
        if out.full || end >= data.len() {
            break;
        }
        pos = end;
    }
    if !found {
        printable_runs(&data, 4, 6, out);
    }
    Ok(())
}

fn push_ppt_text(text: &str, out: &mut CappedText) {
    out.newline();
    for c in text.chars() {
        match c {
            '\r' | '\u{0b}' => out.push('\n'),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.newline();
}

#[cfg(test)]
mod tests {
    use crate::extract::container::ole::tests::*;

    #[test]
    fn powerpoint_text_atoms() {
        let atom = |typ: u16, body: &[u8]| {
            let mut r = 0u16.to_le_bytes().to_vec();
            r.extend_from_slice(&typ.to_le_bytes());
            r.extend_from_slice(&(body.len() as u32).to_le_bytes());
            r.extend_from_slice(body);
            r
        };
        let mut children = atom(0x0FA0, &utf16("Patient John Smith\rMRN 123456"));
        children.extend(atom(0x0FA8, b"SSN 212-09-1234"));
        let mut doc = 0x000Fu16.to_le_bytes().to_vec();
        doc.extend_from_slice(&0x03E8u16.to_le_bytes());
        doc.extend_from_slice(&(children.len() as u32).to_le_bytes());
        doc.extend(children);
        let bytes = compound(&[
            ("/PowerPoint Document", doc),
            ("/Current User", vec![0; 20]),
        ]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patient John Smith\nMRN 123456\nSSN 212-09-1234\n"
        );
    }
}
