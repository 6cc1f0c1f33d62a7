//! Excel .xls (BIFF8): each sheet as tab-separated rows.

use std::collections::HashMap;

use super::Ole;
use crate::extract::container::text::{
    le_u16, le_u32, printable_runs, utf16_chars, utf16_lossy, utf16_units, CappedText,
};
use crate::extract::container::{Budget, Problem, Visit};

const BIFF_BOF: u16 = 0x0809;
const BIFF_EOF: u16 = 0x000A;
const BIFF_FILEPASS: u16 = 0x002F;
const BIFF_SST: u16 = 0x00FC;
const BIFF_CONTINUE: u16 = 0x003C;
const BIFF_BOUNDSHEET: u16 = 0x0085;
const BIFF_LABELSST: u16 = 0x00FD;
const BIFF_LABEL: u16 = 0x0204;
const BIFF_RSTRING: u16 = 0x00D6;
const BIFF_NUMBER: u16 = 0x0203;
const BIFF_RK: u16 = 0x027E;
const BIFF_MULRK: u16 = 0x00BD;
const BIFF_FORMULA: u16 = 0x0006;
const BIFF_STRING: u16 = 0x0207;
const BIFF_FORMAT: u16 = 0x041E;
const BIFF_XF: u16 = 0x00E0;
const BIFF_DATEMODE: u16 = 0x0022;

pub(super) fn read_xls(
    ole: &mut Ole<'_>,
    out: &mut CappedText,
    budget: &mut Budget<'_>,
    visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    let mut data = Vec::new();
    let read = ole.take_named(&["Workbook"], &mut data, budget, visit)?
        || ole.take_named(&["Book"], &mut data, budget, visit)?;
    if !read {
        return Ok(());
    }
    match biff8(&data, out) {
        Ok(true) => {}
        Ok(false) => {
            out.text.clear();
            out.full = false;
            printable_runs(&data, 4, 4, out);
        }
        Err(p) => return Err(p),
    }
    Ok(())
}

/// BIFF records: (type, body, offset of the record) in stream order; a
/// truncated last record ends the list.
fn biff_records(data: &[u8]) -> impl Iterator<Item = (u16, &[u8], usize)> {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let typ = le_u16(data, pos)?;
        let len = usize::from(le_u16(data, pos + 2)?);
        let body = data.get(pos + 4..pos + 4 + len)?;
        let at = pos;
        pos += 4 + len;
        Some((typ, body, at))
    })
}

/// Bytes spread over a record and its CONTINUE records.
struct Segments<'a> {
    segs: Vec<&'a [u8]>,
    seg: usize,
    pos: usize,
}

impl<'a> Segments<'a> {
    fn at_segment_end(&self) -> bool {
        self.segs.get(self.seg).is_none_or(|s| self.pos >= s.len())
    }

    /// Moves to the next segment if this one is used up.
    fn next_segment_if_done(&mut self) -> bool {
        if self.at_segment_end() && self.seg + 1 < self.segs.len() {
            self.seg += 1;
            self.pos = 0;
            return true;
        }
        false
    }

    fn byte(&mut self) -> Option<u8> {
        while self.at_segment_end() {
            if !self.next_segment_if_done() {
                return None;
            }
        }
        let b = self.segs[self.seg][self.pos];
        self.pos += 1;
        Some(b)
    }

    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes([self.byte()?, self.byte()?]))
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes([
            self.byte()?,
            self.byte()?,
            self.byte()?,
            self.byte()?,
        ]))
    }

    fn skip(&mut self, mut n: usize) -> Option<()> {
        while n > 0 {
            while self.at_segment_end() {
                if !self.next_segment_if_done() {
                    return None;
                }
            }
            let avail = self.segs[self.seg].len() - self.pos;
            let k = avail.min(n);
            self.pos += k;
            n -= k;
        }
        Some(())
    }

    /// An XLUnicodeRichExtendedString (SST entry): the characters may go
    /// on in the next CONTINUE record, which then starts with a new flags
    /// byte.
    fn rich_string(&mut self) -> Option<String> {
        let cch = usize::from(self.u16()?);
        let flags = self.byte()?;
        let mut high = flags & 0x01 != 0;
        let runs = if flags & 0x08 != 0 { self.u16()? } else { 0 };
        let ext = if flags & 0x04 != 0 { self.u32()? } else { 0 };
        let mut s = String::with_capacity(cch.min(1 << 16));
        let mut left = cch;
        while left > 0 {
            if self.at_segment_end() {
                if !self.next_segment_if_done() {
                    return None;
                }
                high = self.byte()? & 0x01 != 0;
                continue;
            }
            let seg = self.segs[self.seg];
            if high {
                let avail = (seg.len() - self.pos) / 2;
                if avail == 0 {
                    return None;
                }
                let k = avail.min(left);
                let units = utf16_units(&seg[self.pos..self.pos + 2 * k], false, false);
                s.extend(utf16_chars(units));
                self.pos += 2 * k;
                left -= k;
            } else {
                let k = (seg.len() - self.pos).min(left);
                s.extend(seg[self.pos..self.pos + k].iter().map(|&b| char::from(b)));
                self.pos += k;
                left -= k;
            }
        }
        self.skip(4 * usize::from(runs))?;
        self.skip(ext as usize)?;
        Some(s)
    }
}

/// An XLUnicodeString in one record (LABEL, STRING): cch, flags, chars.
fn xl_string(b: &[u8]) -> Option<String> {
    let cch = usize::from(le_u16(b, 0)?);
    let flags = *b.get(2)?;
    let chars = &b[3..];
    if flags & 0x01 != 0 {
        Some(utf16_lossy(utf16_units(chars, false, false).take(cch)))
    } else {
        Some(chars.iter().take(cch).map(|&b| char::from(b)).collect())
    }
}

/// An RK number (a compact number in RK, MULRK).
fn rk_value(rk: u32) -> f64 {
    let mut v = if rk & 0x02 != 0 {
        f64::from((rk as i32) >> 2)
    } else {
        f64::from_bits(u64::from(rk & 0xFFFF_FFFC) << 32)
    };
    if rk & 0x01 != 0 {
        v /= 100.0;
    }
    v
}

/// Whether a number format shows a date: the built-in date formats, or a
/// custom one with day/month/year codes outside quotes and brackets.
fn is_date_format(id: u16, custom: Option<&str>) -> bool {
    if matches!(id, 14..=17 | 22 | 27..=36 | 50..=58) {
        return true;
    }
    let Some(f) = custom else {
        return false;
    };
    let mut quoted = false;
    let mut bracket = false;
    let mut prev = '\0';
    for c in f.chars() {
        match c {
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'y' | 'Y' if !quoted && !bracket && prev != '\\' => return true,
            'm' | 'M' if !quoted && !bracket && prev != '\\' && !f.contains(['h', 'H']) => {
                return true
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// A date serial number as `YYYY-MM-DD` (1900 or 1904 date system).
fn serial_date(v: f64, date1904: bool) -> Option<String> {
    if !v.is_finite() || !(1.0..2_958_466.0).contains(&v) {
        return None;
    }
    let days = v.floor() as i64;
    // Days from 1970-01-01: 1900 system counts from 1899-12-30 (with
    // Lotus's phantom 1900-02-29 before serial 61).
    let unix = if date1904 {
        days - 24_107
    } else if days < 61 {
        days - 25_568
    } else {
        days - 25_569
    };
    let (y, m, d) = civil_from_days(unix);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Proleptic Gregorian date of a day count from 1970-01-01 (Howard
/// Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A number as a spreadsheet shows it by default: integers without a
/// fraction.
fn number_text(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Reads a BIFF8 workbook stream into `out`: `Ok(false)` when it is not
/// BIFF8 (the caller falls back to printable runs).
pub(super) fn biff8(data: &[u8], out: &mut CappedText) -> Result<bool, Problem> {
    let mut records = biff_records(data).peekable();
    match records.peek() {
        Some(&(BIFF_BOF, body, _)) if le_u16(body, 0) == Some(0x0600) => {}
        _ => return Ok(false),
    }
    let mut sst: Vec<String> = Vec::new();
    let mut sheet_names: HashMap<usize, String> = HashMap::new();
    let mut formats: HashMap<u16, String> = HashMap::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut date1904 = false;
    let mut sheet: Option<Sheet> = None;
    let mut in_globals = true;
    let mut pending_string_cell: Option<(u16, u16)> = None;
    let mut sheets_out = 0usize;
    let mut nested = 0usize;

    while let Some((typ, body, at)) = records.next() {
        match typ {
            BIFF_BOF if at > 0 => {
                in_globals = false;
                if sheet.is_some() {
                    // A chart or other substream inside the worksheet.
                    nested += 1;
                } else {
                    let dt = le_u16(body, 2).unwrap_or(0);
                    sheet = (dt == 0x0010).then(|| Sheet {
                        name: sheet_names.get(&at).cloned(),
                        cells: Vec::new(),
                    });
                }
                continue;
            }
            BIFF_EOF => {
                if nested > 0 {
                    nested -= 1;
                } else if let Some(s) = sheet.take() {
                    s.write(out, sheets_out > 0);
                    sheets_out += 1;
                }
                continue;
            }
            BIFF_FILEPASS if in_globals => {
                return Err(Problem::encrypted("Excel workbook is encrypted"));
            }
            BIFF_DATEMODE if in_globals => date1904 = le_u16(body, 0) == Some(1),
            BIFF_FORMAT if in_globals => {
                if let (Some(id), Some(s)) = (le_u16(body, 0), body.get(2..).and_then(xl_string)) {
                    formats.insert(id, s);
                }
            }
            BIFF_XF if in_globals => xf_formats.push(le_u16(body, 2).unwrap_or(0)),
            BIFF_BOUNDSHEET if in_globals => {
                let pos = le_u32(body, 0).unwrap_or(0) as usize;
                let cch = usize::from(*body.get(6).unwrap_or(&0));
                let high = body.get(7).is_some_and(|f| f & 1 != 0);
                let chars = body.get(8..).unwrap_or(&[]);
                let name: String = if high {
                    utf16_lossy(utf16_units(chars, false, false).take(cch))
                } else {
                    chars.iter().take(cch).map(|&b| char::from(b)).collect()
                };
                sheet_names.insert(pos, name);
            }
            BIFF_SST if in_globals => {
                let mut segs = vec![body];
                while let Some(&(BIFF_CONTINUE, more, _)) = records.peek() {
                    segs.push(more);
                    records.next();
                }
                let mut reader = Segments {
                    segs,
                    seg: 0,
                    pos: 8,
                };
                let unique = le_u32(body, 4).unwrap_or(0);
                for _ in 0..unique {
                    match reader.rich_string() {
                        Some(s) => sst.push(s),
                        None => break,
                    }
                }
            }
            _ => {}
        }
        let Some(sheet) = sheet.as_mut().filter(|_| nested == 0) else {
            continue;
        };
        let cell = |b: &[u8]| Some((le_u16(b, 0)?, le_u16(b, 2)?, le_u16(b, 4)?));
        let number = |v: f64, xf: u16| {
            let fmt = xf_formats.get(usize::from(xf)).copied().unwrap_or(0);
            if is_date_format(fmt, formats.get(&fmt).map(String::as_str)) {
                if let Some(d) = serial_date(v, date1904) {
                    return d;
                }
            }
            number_text(v)
        };
        match typ {
            BIFF_LABELSST => {
                if let (Some((r, c, _)), Some(i)) = (cell(body), le_u32(body, 6)) {
                    if let Some(s) = sst.get(i as usize) {
                        sheet.cells.push((r, c, s.clone()));
                    }
                }
            }
            BIFF_LABEL | BIFF_RSTRING => {
                if let (Some((r, c, _)), Some(s)) = (cell(body), body.get(6..).and_then(xl_string))
                {
                    sheet.cells.push((r, c, s));
                }
            }
            BIFF_NUMBER => {
                if let (Some((r, c, xf)), Some(bits)) = (cell(body), body.get(6..14)) {
                    let v = f64::from_le_bytes(bits.try_into().unwrap_or([0; 8]));
                    sheet.cells.push((r, c, number(v, xf)));
                }
            }
            BIFF_RK => {
                if let (Some((r, c, xf)), Some(rk)) = (cell(body), le_u32(body, 6)) {
                    sheet.cells.push((r, c, number(rk_value(rk), xf)));
                }
            }
            BIFF_MULRK => {
                if let (Some(r), Some(first)) = (le_u16(body, 0), le_u16(body, 2)) {
                    let items = body.get(4..body.len().saturating_sub(2)).unwrap_or(&[]);
                    for (k, item) in items.chunks_exact(6).enumerate() {
                        let (Some(xf), Some(rk)) = (le_u16(item, 0), le_u32(item, 2)) else {
                            break;
                        };
                        let c = first.saturating_add(k as u16);
                        sheet.cells.push((r, c, number(rk_value(rk), xf)));
                    }
                }
            }
            BIFF_FORMULA => {
                if let (Some((r, c, xf)), Some(v)) = (cell(body), body.get(6..14)) {
                    if v[6] == 0xFF && v[7] == 0xFF {
                        match v[0] {
                            0 => pending_string_cell = Some((r, c)),
                            1 => sheet.cells.push((
                                r,
                                c,
                                if v[2] != 0 { "TRUE" } else { "FALSE" }.into(),
                            )),
                            _ => {}
                        }
                    } else {
                        let v = f64::from_le_bytes(v.try_into().unwrap_or([0; 8]));
                        sheet.cells.push((r, c, number(v, xf)));
                    }
                }
            }
            BIFF_STRING => {
                if let (Some((r, c)), Some(s)) = (pending_string_cell.take(), xl_string(body)) {
                    sheet.cells.push((r, c, s));
                }
            }
            _ => {}
        }
        if out.full {
            break;
        }
    }
    if let Some(s) = sheet.take() {
        s.write(out, sheets_out > 0);
        sheets_out += 1;
    }
    if sheets_out == 0 {
        // No sheet could be read: the shared strings at least.
        for s in &sst {
            out.push_str(s);
            out.newline();
        }
    }
    Ok(true)
}

/// The cells of one worksheet.
struct Sheet {
    name: Option<String>,
    cells: Vec<(u16, u16, String)>,
}

impl Sheet {
    /// Writes the sheet as tab-separated rows (columns from the leftmost
    /// used one; one empty line where rows are skipped), after its name.
    fn write(mut self, out: &mut CappedText, separate: bool) {
        const MAX_COL_GAP: u16 = 256;
        self.cells.sort_by_key(|c| (c.0, c.1));
        self.cells.dedup_by_key(|c| (c.0, c.1));
        if separate {
            out.newline();
            out.push('\n');
        }
        if let Some(name) = &self.name {
            out.push_str(name);
            out.push('\n');
        }
        let min_col = self.cells.iter().map(|c| c.1).min().unwrap_or(0);
        let mut row: Option<u16> = None;
        let mut col = min_col;
        for (r, c, text) in &self.cells {
            match row {
                Some(prev) if prev == *r => {}
                Some(prev) => {
                    out.push('\n');
                    if r - prev > 1 {
                        out.push('\n');
                    }
                    col = min_col;
                }
                None => col = min_col,
            }
            row = Some(*r);
            for _ in 0..(c - col).min(MAX_COL_GAP) {
                out.push('\t');
            }
            col = *c;
            let clean: String = text
                .chars()
                .map(|ch| {
                    if ch == '\t' || ch == '\n' || ch == '\r' {
                        ' '
                    } else {
                        ch
                    }
                })
                .collect();
            out.push_str(&clean);
            if out.full {
                return;
            }
        }
        out.newline();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::ole::tests::*;
    use crate::vocab::SkipReason;

    fn record(typ: u16, body: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend_from_slice(&(body.len() as u16).to_le_bytes());
        r.extend_from_slice(body);
        r
    }

    fn cell(r: u16, c: u16, xf: u16) -> Vec<u8> {
        [r.to_le_bytes(), c.to_le_bytes(), xf.to_le_bytes()].concat()
    }

    #[test]
    fn excel_sheet_as_tab_separated_rows() {
        // Globals: BOF, a custom date format on XF 1, a sheet, an SST whose
        // second string continues (as UTF-16) in a CONTINUE record.
        let mut sst = Vec::new();
        sst.extend_from_slice(&3u32.to_le_bytes());
        sst.extend_from_slice(&3u32.to_le_bytes());
        for s in ["Name", "SSN"] {
            sst.extend_from_slice(&(s.len() as u16).to_le_bytes());
            sst.push(0);
            sst.extend_from_slice(s.as_bytes());
        }
        sst.extend_from_slice(&10u16.to_le_bytes());
        sst.push(0);
        sst.extend_from_slice(b"John ");
        let mut cont = vec![1u8];
        cont.extend_from_slice(&utf16("Smith"));
        let mut globals = record(BIFF_BOF, &[0, 6, 5, 0, 0, 0, 0, 0]);
        let mut fmt = 164u16.to_le_bytes().to_vec();
        fmt.extend_from_slice(&10u16.to_le_bytes());
        fmt.push(0);
        fmt.extend_from_slice(b"mm/dd/yyyy");
        globals.extend(record(BIFF_FORMAT, &fmt));
        globals.extend(record(BIFF_XF, &[0, 0, 0, 0]));
        globals.extend(record(BIFF_XF, &[0, 0, 164, 0]));
        let sheet_name = b"Patients";
        // The sheet's BOF offset is fixed up below.
        let mut bs = vec![0u8; 6];
        bs.push(sheet_name.len() as u8);
        bs.push(0);
        bs.extend_from_slice(sheet_name);
        let bs_at = globals.len() + 4;
        globals.extend(record(BIFF_BOUNDSHEET, &bs));
        globals.extend(record(BIFF_SST, &sst));
        globals.extend(record(BIFF_CONTINUE, &cont));
        globals.extend(record(BIFF_EOF, &[]));
        let sheet_at = globals.len() as u32;
        globals[bs_at..bs_at + 4].copy_from_slice(&sheet_at.to_le_bytes());

        let mut sheet = record(BIFF_BOF, &[0, 6, 0x10, 0, 0, 0, 0, 0]);
        let labelsst = |r, c, i: u32| {
            record(
                BIFF_LABELSST,
                &[cell(r, c, 0), i.to_le_bytes().to_vec()].concat(),
            )
        };
        sheet.extend(labelsst(0, 0, 0));
        sheet.extend(labelsst(0, 1, 1));
        let mut label = cell(0, 2, 0);
        label.extend_from_slice(&3u16.to_le_bytes());
        label.push(0);
        label.extend_from_slice(b"DOB");
        sheet.extend(record(BIFF_LABEL, &label));
        sheet.extend(labelsst(1, 0, 2));
        // 212091234 as an RK integer, then a date (1960-01-02 = 21917).
        let rk = (212_091_234u32 << 2) | 0x02;
        sheet.extend(record(
            BIFF_RK,
            &[cell(1, 1, 0), rk.to_le_bytes().to_vec()].concat(),
        ));
        sheet.extend(record(
            BIFF_NUMBER,
            &[cell(1, 2, 1), 21917f64.to_le_bytes().to_vec()].concat(),
        ));
        sheet.extend(record(BIFF_EOF, &[]));
        let mut book = globals;
        book.extend(sheet);
        let bytes = compound(&[("/Workbook", book)]);
        let (parts, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text(&parts),
            "Patients\nName\tSSN\tDOB\nJohn Smith\t212091234\t1960-01-02\n"
        );
    }

    #[test]
    fn excel_filepass_is_encrypted() {
        let mut book = record(BIFF_BOF, &[0, 6, 5, 0, 0, 0, 0, 0]);
        book.extend(record(BIFF_FILEPASS, &[1, 0, 1, 0]));
        let bytes = compound(&[("/Workbook", book)]);
        assert_eq!(run(&bytes).1.unwrap_err().reason, SkipReason::Encrypted);
    }
}
