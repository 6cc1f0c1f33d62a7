//! Legacy Office writers (OLE2 compound files): Word 97 .doc and Excel 97
//! .xls, built byte by byte so the readers of these formats have inputs
//! no committed file provides (the extraction benchmark builds its legacy
//! inputs with them).

use std::io::{Cursor, Write};
use std::path::Path;

/// An OLE2 compound file holding `streams`, as the `cfb` crate writes it.
pub fn compound(streams: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create OLE2");
    for (path, data) in streams {
        let mut s = cf.create_stream(path).expect("create stream");
        s.write_all(data).expect("write stream");
    }
    cf.flush().expect("flush OLE2");
    cf.into_inner().into_inner()
}

/// A Word 97 .doc of `text`: a FIB whose CLX (in `1Table`) has two
/// pieces, the first half as 8-bit text and the second as UTF-16LE, the
/// two encodings Word stores text in.
pub fn word97_doc(text: &str) -> Vec<u8> {
    let text = text.replace('\n', "\r");
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    let (a, b) = text.split_at(mid);
    let piece8: Vec<u8> = a
        .chars()
        .map(|c| if c.is_ascii() { c as u8 } else { b'?' })
        .collect();
    let piece16: Vec<u8> = b.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let at8 = 1024usize;
    let at16 = (at8 + piece8.len()).div_ceil(512) * 512;

    // CLX: one Pcdt (0x02, lcb, PlcPcd): character positions, then a
    // piece descriptor (fc with fCompressed for 8-bit text) per piece.
    let n1 = piece8.len() as u32;
    let n2 = (piece16.len() / 2) as u32;
    let mut plc = Vec::new();
    for cp in [0, n1, n1 + n2] {
        plc.extend_from_slice(&cp.to_le_bytes());
    }
    for fc in [(at8 as u32 * 2) | 0x4000_0000, at16 as u32] {
        plc.extend_from_slice(&0u16.to_le_bytes());
        plc.extend_from_slice(&fc.to_le_bytes());
        plc.extend_from_slice(&0u16.to_le_bytes());
    }
    let mut table = vec![0u8; 16];
    let fc_clx = table.len() as u32;
    table.push(0x02);
    table.extend_from_slice(&(plc.len() as u32).to_le_bytes());
    table.extend_from_slice(&plc);
    let lcb_clx = table.len() as u32 - fc_clx;

    // FIB: FibBase (wIdent, nFib, flags with fWhichTblStm), csw + fibRgW,
    // cslw + fibRgLw, cbRgFcLcb + fibRgFcLcb with fcClx/lcbClx as pair 33.
    let mut word = vec![0u8; 32];
    word[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
    word[2..4].copy_from_slice(&0x00C1u16.to_le_bytes());
    word[0x0A..0x0C].copy_from_slice(&0x0200u16.to_le_bytes());
    word.extend_from_slice(&14u16.to_le_bytes());
    word.extend_from_slice(&[0; 28]);
    word.extend_from_slice(&22u16.to_le_bytes());
    word.extend_from_slice(&[0; 88]);
    word.extend_from_slice(&93u16.to_le_bytes());
    let mut blob = vec![0u8; 93 * 8];
    blob[33 * 8..33 * 8 + 4].copy_from_slice(&fc_clx.to_le_bytes());
    blob[33 * 8 + 4..33 * 8 + 8].copy_from_slice(&lcb_clx.to_le_bytes());
    word.extend_from_slice(&blob);
    assert!(word.len() <= at8);
    word.resize(at8, 0);
    word.extend_from_slice(&piece8);
    word.resize(at16, 0);
    word.extend_from_slice(&piece16);
    compound(&[("/WordDocument", word), ("/1Table", table)])
}

/// Cells of a CSV line (double quotes honoured).
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().expect("a cell").push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            c => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells
}

/// Appends one BIFF record: type, body length, body.
fn biff(out: &mut Vec<u8>, typ: u16, body: &[u8]) {
    out.extend_from_slice(&typ.to_le_bytes());
    out.extend_from_slice(&(body.len() as u16).to_le_bytes());
    out.extend_from_slice(body);
}

/// An Excel 97 (BIFF8) .xls with one sheet per CSV: strings in a shared
/// string table (split into CONTINUE records as Excel does past 8224
/// bytes) referenced by LABELSST cells, numbers as NUMBER cells.
pub fn biff8_xls(sheets: &[(String, Vec<u8>)]) -> Vec<u8> {
    const BOF: u16 = 0x0809;
    const EOF: u16 = 0x000A;
    const XF: u16 = 0x00E0;
    const BOUNDSHEET: u16 = 0x0085;
    const SST: u16 = 0x00FC;
    const CONTINUE: u16 = 0x003C;
    const LABELSST: u16 = 0x00FD;
    const NUMBER: u16 = 0x0203;
    const MAX_RECORD: usize = 8224;

    let mut strings: Vec<String> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let mut total = 0u32;
    let mut bodies: Vec<Vec<u8>> = Vec::new();
    let mut names = Vec::new();
    for (path, bytes) in sheets {
        let name = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("Sheet")
            .chars()
            .take(31)
            .collect::<String>();
        names.push(name);
        let mut sheet = Vec::new();
        biff(&mut sheet, BOF, &[0x00, 0x06, 0x10, 0x00, 0, 0, 0, 0]);
        let text = String::from_utf8_lossy(bytes);
        for (r, line) in text.lines().enumerate() {
            for (c, cell) in csv_cells(line).into_iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let mut body = Vec::new();
                body.extend_from_slice(&(r as u16).to_le_bytes());
                body.extend_from_slice(&(c as u16).to_le_bytes());
                body.extend_from_slice(&0u16.to_le_bytes());
                let numeric = !cell.starts_with('0') || cell == "0" || cell.starts_with("0.");
                match cell.parse::<f64>() {
                    Ok(v) if numeric && v.is_finite() => {
                        body.extend_from_slice(&v.to_le_bytes());
                        biff(&mut sheet, NUMBER, &body);
                    }
                    _ => {
                        total += 1;
                        let i = *index.entry(cell.clone()).or_insert_with(|| {
                            strings.push(cell);
                            strings.len() - 1
                        });
                        body.extend_from_slice(&(i as u32).to_le_bytes());
                        biff(&mut sheet, LABELSST, &body);
                    }
                }
            }
        }
        biff(&mut sheet, EOF, &[]);
        bodies.push(sheet);
    }

    // The SST body, cut at string boundaries into CONTINUE records.
    let mut sst: Vec<Vec<u8>> = vec![Vec::new()];
    sst[0].extend_from_slice(&total.to_le_bytes());
    sst[0].extend_from_slice(&(strings.len() as u32).to_le_bytes());
    for s in &strings {
        let mut enc = (s.chars().count() as u16).to_le_bytes().to_vec();
        if s.chars().all(|c| (c as u32) < 0x100) {
            enc.push(0);
            enc.extend(s.chars().map(|c| c as u8));
        } else {
            enc.push(1);
            enc.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        }
        if sst.last().expect("a record").len() + enc.len() > MAX_RECORD {
            sst.push(Vec::new());
        }
        sst.last_mut().expect("a record").extend_from_slice(&enc);
    }

    let mut book = Vec::new();
    biff(&mut book, BOF, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
    for _ in 0..16 {
        biff(&mut book, XF, &[0; 20]);
    }
    let mut fixups = Vec::new();
    for name in &names {
        fixups.push(book.len() + 4);
        let mut body = vec![0u8; 6];
        body.push(name.len() as u8);
        body.push(0);
        body.extend_from_slice(name.as_bytes());
        biff(&mut book, BOUNDSHEET, &body);
    }
    for (i, body) in sst.iter().enumerate() {
        biff(&mut book, if i == 0 { SST } else { CONTINUE }, body);
    }
    biff(&mut book, EOF, &[]);
    for (at, sheet) in fixups.into_iter().zip(&bodies) {
        let pos = book.len() as u32;
        book[at..at + 4].copy_from_slice(&pos.to_le_bytes());
        book.extend_from_slice(sheet);
    }
    compound(&[("/Workbook", book)])
}
