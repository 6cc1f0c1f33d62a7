//! Word .doc: the text through the piece table, or printable runs.

use super::Ole;
use crate::extract::container::text::{
    cp1252, le_u16, le_u32, printable_runs, utf16_chars, utf16_units, CappedText,
};
use crate::extract::container::{Budget, Problem, Visit};

pub(super) fn read_doc(
    ole: &mut Ole<'_>,
    out: &mut CappedText,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut word = Vec::new();
    if !ole.take_named(&["WordDocument"], &mut word, budget, visit)? {
        return Ok(());
    }
    let flags = match (le_u16(&word, 0), le_u16(&word, 0x0A)) {
        (Some(0xA5EC), Some(flags)) => Some(flags),
        _ => None,
    };
    if let Some(flags) = flags {
        // fEncrypted (also set for XOR obfuscation).
        if flags & 0x0100 != 0 {
            return Err(Problem::encrypted("Word document is encrypted"));
        }
        let table_name = if flags & 0x0200 != 0 {
            "1Table"
        } else {
            "0Table"
        };
        let mut table = Vec::new();
        if ole.take_named(&[table_name], &mut table, budget, visit)? {
            if let Some(()) = doc_pieces(&word, &table, out) {
                return Ok(());
            }
        }
    }
    out.text.clear();
    out.full = false;
    printable_runs(&word, 4, 6, out);
    Ok(())
}

/// The document's text through its piece table; `None` when the FIB or
/// the CLX cannot be read (the caller falls back to printable runs).
pub(super) fn doc_pieces(word: &[u8], table: &[u8], out: &mut CappedText) -> Option<()> {
    // FIB: FibBase (32 bytes), csw + fibRgW, cslw + fibRgLw, cbRgFcLcb +
    // fibRgFcLcb; fcClx/lcbClx are its 34th pair.
    let n_fib = le_u16(word, 2)?;
    if n_fib < 0x65 {
        return None; // Word 95 and older: no CLX of this form.
    }
    let mut pos = 32usize;
    let csw = usize::from(le_u16(word, pos)?);
    pos += 2 + csw * 2;
    let cslw = usize::from(le_u16(word, pos)?);
    pos += 2 + cslw * 4;
    let cb_fc_lcb = usize::from(le_u16(word, pos)?);
    pos += 2;
    if cb_fc_lcb <= 33 {
        return None;
    }
    let fc_clx = le_u32(word, pos + 33 * 8)? as usize;
    let lcb_clx = le_u32(word, pos + 33 * 8 + 4)? as usize;
    let clx = table.get(fc_clx..fc_clx.checked_add(lcb_clx)?)?;

    // CLX: Prc* (0x01, cb, grpprl) then Pcdt (0x02, lcb, PlcPcd).
    let mut i = 0usize;
    let plc = loop {
        match clx.get(i)? {
            0x01 => i += 3 + usize::from(le_u16(clx, i + 1)?),
            0x02 => {
                let lcb = le_u32(clx, i + 1)? as usize;
                break clx.get(i + 5..(i + 5).checked_add(lcb)?)?;
            }
            _ => return None,
        }
    };
    if plc.len() < 16 {
        return None;
    }
    let n = (plc.len() - 4) / 12;
    let mut cleaner = WordText::default();
    for k in 0..n {
        let (start, end) = (le_u32(plc, 4 * k)?, le_u32(plc, 4 * (k + 1))?);
        let Some(len) = end.checked_sub(start).map(|l| l as usize) else {
            continue;
        };
        let pcd = 4 * (n + 1) + 8 * k;
        let fc_raw = le_u32(plc, pcd + 2)?;
        let fc = (fc_raw & 0x3FFF_FFFF) as usize;
        if fc_raw & 0x4000_0000 != 0 {
            let off = fc / 2;
            let Some(bytes) = word.get(off..off.saturating_add(len).min(word.len())) else {
                continue;
            };
            for &b in bytes {
                cleaner.push(cp1252(b), out);
            }
        } else {
            let end = fc.saturating_add(len.saturating_mul(2)).min(word.len());
            let Some(bytes) = word.get(fc..end) else {
                continue;
            };
            for c in utf16_chars(utf16_units(bytes, false, false)) {
                cleaner.push(c, out);
            }
        }
        if out.full {
            break;
        }
    }
    out.newline();
    Some(())
}

/// Word's special characters turned into plain text.
#[derive(Default)]
struct WordText {
    /// Open fields: whether each is still in its code (before the
    /// separator); code is hidden, the result shown.
    fields: Vec<bool>,
    /// The last character written was a cell mark's tab.
    after_cell: bool,
}

impl WordText {
    fn push(&mut self, c: char, out: &mut CappedText) {
        match c {
            '\u{13}' => {
                if self.fields.len() < 64 {
                    self.fields.push(true);
                }
                return;
            }
            '\u{14}' => {
                if let Some(top) = self.fields.last_mut() {
                    *top = false;
                }
                return;
            }
            '\u{15}' => {
                self.fields.pop();
                return;
            }
            _ => {}
        }
        if self.fields.iter().any(|&in_code| in_code) {
            return;
        }
        let was_cell = std::mem::take(&mut self.after_cell);
        match c {
            '\r' | '\u{0b}' | '\u{0c}' | '\u{0e}' => out.push('\n'),
            '\u{07}' if was_cell => {
                // A row-end mark right after the last cell's mark.
                if out.text.ends_with('\t') {
                    out.text.pop();
                }
                out.push('\n');
            }
            '\u{07}' => {
                out.push('\t');
                self.after_cell = true;
            }
            '\u{1e}' => out.push('-'),
            '\t' => out.push('\t'),
            '\u{a0}' => out.push(' '),
            '\u{1f}' | '\u{fffd}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::container::ole::tests::*;
    use crate::vocab::SkipReason;

    #[test]
    fn word_piece_table() {
        // Piece 1: 8-bit text at byte 1024 (fc = 2048 | fCompressed);
        // piece 2: UTF-16LE at byte 2048. A field code is dropped, its
        // result kept; a table row becomes tab-separated.
        let p1 = b"Patient: John Smith\r\x13 HYPERLINK \"x\" \x14SSN\x15 212-09-1234\r";
        let p2 = "Name\u{7}MRN\u{7}\u{7}Jane\u{7}123456\u{7}\u{7}Caf\u{e9}\r";
        let mut word = fib(0x0200, 0, 0, 4096);
        word[1024..1024 + p1.len()].copy_from_slice(p1);
        let p2b = utf16(p2);
        word[2048..2048 + p2b.len()].copy_from_slice(&p2b);
        let n1 = p1.len() as u32;
        let n2 = p2.encode_utf16().count() as u32;
        let mut plc = Vec::new();
        for cp in [0, n1, n1 + n2] {
            plc.extend_from_slice(&cp.to_le_bytes());
        }
        for fc in [(2048u32) | 0x4000_0000, 2048] {
            plc.extend_from_slice(&0u16.to_le_bytes());
            plc.extend_from_slice(&fc.to_le_bytes());
            plc.extend_from_slice(&0u16.to_le_bytes());
        }
        let mut clx = vec![0x01, 2, 0, 0xAA, 0xBB, 0x02];
        clx.extend_from_slice(&(plc.len() as u32).to_le_bytes());
        clx.extend_from_slice(&plc);
        let mut table = vec![0u8; 16];
        let fc_clx = table.len() as u32;
        table.extend_from_slice(&clx);
        let w = fib(0x0200, fc_clx, clx.len() as u32, 0);
        word[..w.len()].copy_from_slice(&w);
        let bytes = compound(&[("/WordDocument", word), ("/1Table", table)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patient: John Smith\nSSN 212-09-1234\nName\tMRN\nJane\t123456\nCaf\u{e9}\n"
        );
    }

    #[test]
    fn word_without_readable_piece_table_falls_back_to_runs() {
        let mut word = fib(0, 5000, 100, 1024);
        word.extend_from_slice(&utf16("Patient Jane Roe SSN 212-09-1234"));
        word.extend_from_slice(&[0, 0, 1, 2]);
        word.extend_from_slice(b"MRN 12345678\x00\x01");
        // Without a table stream, and with one the CLX offset misses.
        for streams in [
            vec![("/WordDocument", word.clone())],
            vec![("/WordDocument", word), ("/0Table", vec![0; 64])],
        ] {
            let (parts, r) = run(&compound(&streams));
            r.unwrap();
            let t = text(&parts);
            assert!(t.contains("Patient Jane Roe SSN 212-09-1234\n"), "{t:?}");
            assert!(t.contains("MRN 12345678\n"), "{t:?}");
        }
    }

    #[test]
    fn encrypted_word_and_ooxml() {
        let bytes = compound(&[
            ("/WordDocument", fib(0x0100, 0, 0, 1024)),
            ("/0Table", vec![0; 64]),
        ]);
        assert_eq!(run(&bytes).1.unwrap_err().reason, SkipReason::Encrypted);
        let bytes = compound(&[
            ("/EncryptionInfo", vec![4, 0, 4, 0, 0x40, 0, 0, 0]),
            ("/EncryptedPackage", vec![0x55; 4096]),
        ]);
        let (parts, r) = run(&bytes);
        let e = r.unwrap_err();
        assert_eq!(e.reason, SkipReason::Encrypted);
        assert_eq!(e.detail, "office document is encrypted");
        assert!(parts.is_empty());
    }
}
