//! Tables whose header row names what their cells hold: delimited tables
//! (CSV, TSV, pipe or semicolon separated) recognised by their first line,
//! and tables found anywhere in a text, laid out with spaces (statements,
//! printed reports) or tabs (documents' tables as their readers render them).

use crate::structure::Cell;

/// A delimited table (CSV, TSV, pipe or semicolon separated) recognised by
/// its first line: what its columns are called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<'a> {
    /// The separator.
    pub delimiter: u8,
    /// Header cells, trimmed.
    pub columns: Vec<&'a [u8]>,
    /// Offset of the first data row.
    pub body: usize,
}

/// Lines of the body looked at to confirm a table.
const TABLE_PROBE_ROWS: usize = 5;

/// Recognises a table: a first line of at least two short, label-like cells
/// (starting with a letter) and following rows with the same number of
/// cells. Column names are context for the cells below them (a column
/// `ssn` says what its values are), which no single row says.
pub fn table(text: &[u8]) -> Option<Table<'_>> {
    let head_end = memchr::memchr(b'\n', &text[..text.len().min(4096)])?;
    // Excel's "CSV UTF-8" starts the header with a byte-order mark, which
    // is no part of the first column's name.
    let head = trim_cr(&text[bom_len(text).min(head_end)..head_end]);
    let delimiter = *[b',', b'\t', b'|', b';']
        .iter()
        .max_by_key(|&&d| memchr::memchr_iter(d, head).count())?;
    let mut columns = Vec::new();
    split_cells(head, delimiter, |s, e| columns.push(trim_cell(&head[s..e])));
    if columns.len() < 2 || !columns.iter().all(|c| is_label(c)) {
        return None;
    }
    let body = head_end + 1;
    let mut rows = 0;
    for line in text[body..].split(|&b| b == b'\n').take(TABLE_PROBE_ROWS) {
        let line = trim_cr(line);
        if line.is_empty() {
            continue;
        }
        let mut n = 0;
        split_cells(line, delimiter, |_, _| n += 1);
        if n != columns.len() {
            return None;
        }
        rows += 1;
    }
    (rows >= 1).then_some(Table {
        delimiter,
        columns,
        body,
    })
}

/// Length of a UTF-8 byte-order mark at the start of `text` (0 or 3).
pub fn bom_len(text: &[u8]) -> usize {
    if text.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    }
}

/// A column label: short, starting with a letter, words and a little
/// punctuation (`Date of Birth`, `MRN #`, `dx_code`, `Mother's Maiden`),
/// letters of other alphabets included (`Straße`, `Příjmení`).
fn is_label(c: &[u8]) -> bool {
    !c.is_empty()
        && c.len() <= 64
        && (c[0].is_ascii_alphabetic() || c[0] >= 0x80)
        && c.iter()
            .all(|&b| b.is_ascii_alphanumeric() || b >= 0x80 || b" _-.#/()'".contains(&b))
}

/// Every non-empty cell of the table's body, in text order.
///
/// One pass over the body that stops only at line ends, quotes and
/// delimiters (found with memchr), not a loop over every byte of every
/// line: large exports are mostly cells. Cells split as `split_cells`
/// splits a line; a quote does not carry over a line end.
pub fn table_fields(text: &[u8], table: &Table<'_>, out: &mut Vec<Cell>) {
    out.clear();
    let Some(body) = text.get(table.body..) else {
        return;
    };
    let mut cell = |start: usize, end: usize, column: usize| {
        let (vs, ve) = trim_span(text, start, end);
        if ve > vs && column < table.columns.len() {
            out.push(Cell {
                start: vs,
                end: ve,
                column,
            });
        }
    };
    let (mut start, mut column, mut quoted) = (table.body, 0, false);
    for i in memchr::memchr3_iter(b'\n', b'"', table.delimiter, body) {
        let i = table.body + i;
        match text[i] {
            b'"' => quoted = !quoted,
            b'\n' => {
                // The line without its `\r`, as `trim_cr` gives it.
                let end = if i > start && text[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                cell(start, end, column);
                (start, column, quoted) = (i + 1, 0, false);
            }
            _ if !quoted => {
                cell(start, i, column);
                (start, column) = (i + 1, column + 1);
            }
            _ => {}
        }
    }
    // A last line without a line end.
    if start < text.len() {
        let end = text.len() - usize::from(text.ends_with(b"\r"));
        cell(start, end, column);
    }
}

/// Tables laid out with spaces (statements, printed reports): a header line
/// of at least three labels separated by two or more spaces, and the rows
/// below it up to a blank line. A cell is a token that starts where a
/// header label starts. Every such table in the text is found; `columns`
/// receives all their labels and each cell's `column` indexes into it.
pub fn aligned_tables<'a>(text: &'a [u8], columns: &mut Vec<&'a [u8]>, out: &mut Vec<Cell>) {
    columns.clear();
    out.clear();
    // A header has a double space between words; most text has none at all
    // outside indentation, so look for one with a fast search first.
    let finder = memchr::memmem::Finder::new(b"  ");
    let mut pos = 0;
    while pos < text.len() {
        let Some(hit) = finder.find(&text[pos..]).map(|i| pos + i) else {
            break;
        };
        let line_start = memchr::memrchr(b'\n', &text[..hit]).map_or(0, |i| i + 1);
        let (_, line, next) = line_at(text, line_start);
        pos = next;
        // Indentation is not a column gap.
        let body = line.trim_ascii_start();
        if !body.first().is_some_and(u8::is_ascii_alphabetic) || finder.find(body).is_none() {
            continue;
        }
        let tokens = aligned_tokens(line);
        let labels = tokens.len() >= 3
            && tokens.iter().all(|&(s, e)| {
                let t = &line[s..e];
                t.len() <= 32
                    && t[0].is_ascii_alphabetic()
                    && t.iter()
                        .all(|b| b.is_ascii_alphanumeric() || b" _-.#/".contains(b))
            });
        if !labels {
            continue;
        }
        let first_column = columns.len();
        columns.extend(tokens.iter().map(|&(s, e)| &line[s..e]));
        let starts: Vec<usize> = tokens.iter().map(|&(s, _)| s).collect();
        let cells_before = out.len();
        let mut rows = 0;
        while pos < text.len() {
            let (row_start, row, next) = line_at(text, pos);
            if row.trim_ascii().is_empty() {
                break;
            }
            let before = out.len();
            for (s, e) in aligned_tokens(row) {
                if let Some(k) = starts.iter().position(|&hs| hs == s) {
                    out.push(Cell {
                        start: row_start + s,
                        end: row_start + e,
                        column: first_column + k,
                    });
                }
            }
            if out.len() - before < 2 {
                out.truncate(before);
                break;
            }
            rows += 1;
            pos = next;
        }
        if rows == 0 {
            // A line of labels with no rows under it is not a table.
            columns.truncate(first_column);
            out.truncate(cells_before);
        }
    }
}

/// Tab-separated tables anywhere in a text (a Word or HTML table after a
/// heading and some paragraphs, as document readers render them): a line
/// of at least two label cells between tabs, and the rows below it with the
/// same number of cells, up to a line that has not. Appends their labels to
/// `columns` and their body cells to `out` (`column` indexes `columns`).
pub fn tab_tables<'a>(text: &'a [u8], columns: &mut Vec<&'a [u8]>, out: &mut Vec<Cell>) {
    let mut pos = 0;
    while let Some(tab) = memchr::memchr(b'\t', &text[pos..]).map(|i| pos + i) {
        let line_start = memchr::memrchr(b'\n', &text[..tab]).map_or(bom_len(text), |i| i + 1);
        let (_, head, mut next) = line_at(text, line_start);
        pos = next;
        let mut labels = Vec::new();
        split_cells(head, b'\t', |s, e| labels.push(trim_cell(&head[s..e])));
        if labels.len() < 2 || !labels.iter().all(|c| is_label(c)) {
            continue;
        }
        let first_column = columns.len();
        let cells_before = out.len();
        let mut rows = 0;
        while next < text.len() {
            let (row_start, row, after) = line_at(text, next);
            let mut n = 0;
            split_cells(row, b'\t', |_, _| n += 1);
            if n != labels.len() || row.trim_ascii().is_empty() {
                break;
            }
            let mut column = first_column;
            split_cells(row, b'\t', |s, e| {
                let (vs, ve) = trim_span(row, s, e);
                if ve > vs {
                    out.push(Cell {
                        start: row_start + vs,
                        end: row_start + ve,
                        column,
                    });
                }
                column += 1;
            });
            rows += 1;
            next = after;
        }
        // Two columns whose first holds labels on every row are a list of
        // `label: value` pairs (a demographics box), which plain text
        // reads as such, not a table headed by its first pair.
        let pairs = labels.len() == 2
            && out[cells_before..]
                .iter()
                .filter(|f| f.column == first_column)
                .all(|f| {
                    let c = &text[f.start..f.end];
                    c[0].is_ascii_alphabetic() && !c.iter().any(u8::is_ascii_digit)
                });
        if rows == 0 || pairs {
            out.truncate(cells_before);
            continue;
        }
        columns.extend(labels);
        pos = next;
    }
}

/// The tables laid out inside a text: with spaces (statements, printed
/// reports; looked for only when `aligned`, as a value wants a label) and
/// with tabs (a document's tables as its reader renders them). Their
/// labels go to `columns` and their body cells to `out` (both cleared
/// first), in text order, each cell's `column` indexing `columns`.
pub fn layout_tables<'a>(
    text: &'a [u8],
    aligned: bool,
    columns: &mut Vec<&'a [u8]>,
    out: &mut Vec<Cell>,
) {
    columns.clear();
    out.clear();
    if aligned {
        aligned_tables(text, columns, out);
    }
    if memchr::memchr(b'\t', text).is_some() {
        tab_tables(text, columns, out);
        out.sort_by_key(|c| c.start);
    }
}

/// The line starting at `pos`: its start, its text (no line ending), and
/// where the next line starts (the text's end when the last line has no
/// line ending: one past it would be out of range for the caller's next
/// slice).
fn line_at(text: &[u8], pos: usize) -> (usize, &[u8], usize) {
    let end = memchr::memchr(b'\n', &text[pos..]).map_or(text.len(), |i| pos + i);
    (pos, trim_cr(&text[pos..end]), (end + 1).min(text.len()))
}

/// Spans of a line's tokens, where two or more spaces or a tab end a
/// token: single spaces stay inside one ("Office visit").
fn aligned_tokens(line: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
            i += 1;
        }
        if i >= line.len() {
            break;
        }
        let s = i;
        while i < line.len() {
            let gap = line[i] == b'\t'
                || (line[i] == b' ' && line.get(i + 1).is_none_or(|&b| b == b' ' || b == b'\t'));
            if gap {
                break;
            }
            i += 1;
        }
        out.push((s, i));
    }
    out
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Calls `cell(start, end)` for each cell of `line`; a delimiter inside
/// double quotes does not split.
fn split_cells(line: &[u8], delimiter: u8, mut cell: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut quoted = false;
    for (i, &b) in line.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            cell(start, i);
            start = i + 1;
        }
    }
    cell(start, line.len());
}

fn trim_cell(c: &[u8]) -> &[u8] {
    let (s, e) = trim_span(c, 0, c.len());
    &c[s..e]
}

/// The value inside a cell: surrounding spaces and one pair of quotes off.
fn trim_span(line: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && line[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && line[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    if e >= s + 2 && line[s] == b'"' && line[e - 1] == b'"' {
        s += 1;
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 15): a last line ending in a tab with no line
    /// ending made `tab_tables` slice one past the text's end.
    #[test]
    fn table_readers_survive_a_last_line_without_line_ending() {
        for text in [
            &b"2022-04-14 \t"[..],
            b"Name\tDOB\nJo Smith\t",
            b"\t",
            b"A  B  C\nx  y  z",
        ] {
            let (mut columns, mut fields) = (Vec::new(), Vec::new());
            tab_tables(text, &mut columns, &mut fields);
            aligned_tables(text, &mut columns, &mut fields);
            for f in &fields {
                assert!(f.start <= f.end && f.end <= text.len());
            }
        }
    }

    #[test]
    fn tables() {
        let csv = b"mrn,last_name,first_name,dob,ssn\n00482913,SMITH,JOHN,1961-03-14,212-09-1234\r\n\"0099\",\"DOE, JR\",JANE,,\n";
        let t = table(csv).unwrap();
        assert_eq!(t.delimiter, b',');
        assert_eq!(
            t.columns,
            [&b"mrn"[..], b"last_name", b"first_name", b"dob", b"ssn"]
        );
        let mut fields = Vec::new();
        table_fields(csv, &t, &mut fields);
        let cells: Vec<(&[u8], usize)> = fields
            .iter()
            .map(|f| (&csv[f.start..f.end], f.column))
            .collect();
        assert_eq!(cells[0], (&b"00482913"[..], 0));
        assert_eq!(cells[4], (&b"212-09-1234"[..], 4));
        assert_eq!(cells[5], (&b"0099"[..], 0));
        assert_eq!(cells[6], (&b"DOE, JR"[..], 1));
        assert_eq!(cells.len(), 8, "empty cells are skipped");
        let tsv = b"Patient Name\tDOB\nJohn Smith\t03/14/1961\n";
        assert_eq!(table(tsv).unwrap().delimiter, b'\t');
        assert!(table(b"Dear Dr. Smith, thank you, again.\nIt was a pleasure.\n").is_none());
        assert!(
            table(b"12,34,56\n1,2,3\n").is_none(),
            "numbers are not labels"
        );
    }

    #[test]
    fn aligned() {
        let text = b"STATEMENT for services\n\nDOS         CPT     DX        DESCRIPTION\n08/13/2019  90686   M17.11    Influenza vaccine\n09/07/2019  93000   F90.9     Electrocardiogram\n\nTotal due  175.99\n";
        let mut columns = Vec::new();
        let mut fields = Vec::new();
        aligned_tables(text, &mut columns, &mut fields);
        assert_eq!(columns, [&b"DOS"[..], b"CPT", b"DX", b"DESCRIPTION"]);
        let got: Vec<(&[u8], &[u8])> = fields
            .iter()
            .map(|f| (columns[f.column], &text[f.start..f.end]))
            .collect();
        assert!(got.contains(&(&b"DX"[..], &b"M17.11"[..])), "{got:?}");
        assert!(got.contains(&(&b"DESCRIPTION"[..], &b"Electrocardiogram"[..])));
        assert_eq!(got.len(), 8);
        let mut c2 = Vec::new();
        aligned_tables(b"Dear  Dr.  Smith\nthank you\n", &mut c2, &mut fields);
        assert!(c2.is_empty() && fields.is_empty());
    }
}
