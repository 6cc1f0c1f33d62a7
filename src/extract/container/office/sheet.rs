//! Spreadsheet parts (xlsx): sheet names, shared strings and each sheet as TSV.

use std::borrow::Cow;

use quick_xml::XmlVersion;

use super::xml::{attr, fast_or_parsed, halted, local, walk, Attrs, Ev, Skip};
use super::Built;
use crate::extract::container::text::CappedText;

/// Excel's last column (XFD), 0-based.
const MAX_COLUMN: usize = 16_383;

/// A workbook's sheet names, one a line.
pub(super) fn sheet_names(xml: &[u8], limit: usize) -> Built {
    fast_or_parsed(|fast| sheet_names_with(xml, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`sheet_names`] by one tokenizer (see [`fast_or_parsed`]).
pub(super) fn sheet_names_with(xml: &[u8], limit: usize, fast: bool) -> Option<Built> {
    let mut out = CappedText::new(limit);
    let error = halted(walk(xml, fast, |ev| {
        if let Ev::Start(t) | Ev::Empty(t) = ev {
            if t.local == "sheet" {
                if let Some(n) = attr(t.attrs, "name") {
                    out.push_clean(&n);
                    out.push_str("\n");
                }
            }
        }
        !out.full
    }))?;
    Some(Built::new(out, error))
}

/// A workbook's shared strings, and where their XML broke (what parsed
/// before the break stays usable).
pub(super) fn shared_strings(xml: &[u8]) -> (Strings, Option<u64>) {
    fast_or_parsed(|fast| shared_strings_with(xml, fast))
        .unwrap_or_else(|| (Strings::default(), Some(0)))
}

/// [`shared_strings`] by one tokenizer (see [`fast_or_parsed`]).
pub(super) fn shared_strings_with(xml: &[u8], fast: bool) -> Option<(Strings, Option<u64>)> {
    let mut strings = Strings::default();
    let mut in_si = false;
    let mut text_depth = 0usize;
    let mut skip = Skip::default();
    let error = halted(walk(xml, fast, |ev| {
        if skip.event(&ev, |l| l == "rPh") {
            return true;
        }
        match ev {
            Ev::Start(t) => match t.local {
                "si" => in_si = true,
                "t" => text_depth += 1,
                _ => {}
            },
            Ev::Empty(t) => {
                if t.local == "si" {
                    strings.end();
                }
            }
            Ev::End(l) => match l {
                "si" if in_si => {
                    in_si = false;
                    strings.end();
                }
                "t" => text_depth = text_depth.saturating_sub(1),
                _ => {}
            },
            Ev::Text(t) => {
                if in_si && text_depth > 0 {
                    strings.text.push_str(&t);
                }
            }
        }
        true
    }))?;
    Some((strings, error))
}

/// A workbook's shared strings, in one buffer.
#[derive(Default)]
pub(super) struct Strings {
    pub(super) text: String,
    pub(super) ends: Vec<usize>,
}

impl Strings {
    pub(super) fn end(&mut self) {
        self.ends.push(self.text.len());
    }

    fn get(&self, i: usize) -> &str {
        let Some(&end) = self.ends.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end).unwrap_or("")
    }
}

/// 0-based column of a cell reference (`C5` → 2).
fn column_of(r: &str) -> Option<usize> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic);
    let mut col = 0usize;
    let mut n = 0;
    for b in letters {
        n += 1;
        if n > 3 {
            return None;
        }
        col = col * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    (n > 0).then(|| (col - 1).min(MAX_COLUMN))
}

/// A cell's `r` and `t` attributes (the first of each), in one pass.
fn cell_attrs<'e>(a: Attrs<'e, '_>) -> (Option<Cow<'e, str>>, Option<Cow<'e, str>>) {
    let e = match a {
        Attrs::Parsed(e) => e,
        Attrs::Plain(_) => return (attr(a, "r"), attr(a, "t")),
    };
    let (mut r, mut t) = (None, None);
    for a in e.attributes().with_checks(false).flatten() {
        let slot = match local(a.key.into_inner()) {
            "r" => &mut r,
            "t" => &mut t,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(
                a.normalized_value(XmlVersion::Implicit1_0)
                    .unwrap_or_else(|_| a.value.clone()),
            );
        }
        if r.is_some() && t.is_some() {
            break;
        }
    }
    (r, t)
}

/// Kind of a worksheet cell's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellType {
    /// `t="s"`: an index into the shared strings.
    Shared,
    /// `t="inlineStr"`: the text is in `is/t`.
    Inline,
    /// Numbers, booleans, formula strings, errors: `v` as is.
    Plain,
}

/// Builds one worksheet as TSV.
struct Sheet<'s> {
    strings: &'s Strings,
    out: CappedText,
    row_content: bool,
    /// Tabs written in the current row.
    tabs: usize,
    next_col: usize,
    cell: Option<(usize, CellType)>,
    v: String,
    is: String,
    in_v: bool,
    in_is: bool,
    in_t: bool,
}

/// One worksheet as TSV: cells at their column (skipped columns left
/// empty), empty rows left out, rows in document order (headers first).
pub(super) fn sheet_text(xml: &[u8], strings: &Strings, limit: usize) -> Built {
    fast_or_parsed(|fast| sheet_text_with(xml, strings, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`sheet_text`] by one tokenizer (see [`fast_or_parsed`]).
pub(super) fn sheet_text_with(
    xml: &[u8],
    strings: &Strings,
    limit: usize,
    fast: bool,
) -> Option<Built> {
    let mut s = Sheet {
        strings,
        out: CappedText::new(limit),
        row_content: false,
        tabs: 0,
        next_col: 0,
        cell: None,
        v: String::new(),
        is: String::new(),
        in_v: false,
        in_is: false,
        in_t: false,
    };
    let mut skip = Skip::default();
    let error = halted(walk(xml, fast, |ev| {
        if !skip.event(&ev, |l| l == "rPh") {
            s.event(ev);
        }
        !s.out.full
    }))?;
    s.end_row();
    Some(Built::new(s.out, error))
}

impl Sheet<'_> {
    fn event(&mut self, ev: Ev<'_, '_>) {
        let empty = matches!(ev, Ev::Empty(_));
        match ev {
            Ev::Start(t) | Ev::Empty(t) => match t.local {
                "row" => self.end_row(),
                "c" => {
                    self.end_cell();
                    let (r, ty) = cell_attrs(t.attrs);
                    let col = r
                        .and_then(|r| column_of(&r))
                        .unwrap_or(self.next_col.min(MAX_COLUMN));
                    let ty = match ty.as_deref() {
                        Some("s") => CellType::Shared,
                        Some("inlineStr") => CellType::Inline,
                        _ => CellType::Plain,
                    };
                    self.cell = Some((col, ty));
                    if empty {
                        self.end_cell();
                    }
                }
                "v" if !empty => self.in_v = true,
                "is" if !empty => self.in_is = true,
                "t" if !empty => self.in_t = true,
                _ => {}
            },
            Ev::End(l) => match l {
                "c" => self.end_cell(),
                "row" => self.end_row(),
                "v" => self.in_v = false,
                "is" => self.in_is = false,
                "t" => self.in_t = false,
                _ => {}
            },
            Ev::Text(t) => {
                // Both are bounded by the part's own size.
                if self.cell.is_some() && self.in_v {
                    self.v.push_str(&t);
                } else if self.cell.is_some() && self.in_is && self.in_t {
                    self.is.push_str(&t);
                }
            }
        }
    }

    fn end_cell(&mut self) {
        let Some((col, ty)) = self.cell.take() else {
            return;
        };
        let value: &str = match ty {
            CellType::Shared => self
                .v
                .trim()
                .parse()
                .map_or("", |i: usize| self.strings.get(i)),
            CellType::Inline if !self.is.is_empty() => &self.is,
            _ => &self.v,
        };
        if !value.is_empty() {
            if !self.row_content {
                self.out.push_n('\t', col);
                self.tabs = col;
            } else if col > self.tabs {
                self.out.push_n('\t', col - self.tabs);
                self.tabs = col;
            } else {
                // Out of order or repeated: next column.
                self.out.push_str("\t");
                self.tabs += 1;
            }
            self.out.push_clean(value);
            self.row_content = true;
        }
        self.next_col = col.max(self.tabs) + 1;
        self.v.clear();
        self.is.clear();
    }

    fn end_row(&mut self) {
        self.end_cell();
        if self.row_content {
            self.out.push_str("\n");
        }
        self.row_content = false;
        self.tabs = 0;
        self.next_col = 0;
        self.in_v = false;
        self.in_is = false;
        self.in_t = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::office::is_office;
    use crate::extract::container::office::tests::*;
    use crate::extract::container::ArchiveLimits;
    use crate::vocab::SkipReason;

    #[test]
    fn xlsx_sheets_as_tsv() {
        let bytes = xlsx();
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(text_of(&got, "xl/workbook.xml"), "Patients\nQ&A\n");
        assert_eq!(
            text_of(&got, "xl/worksheets/sheet1.xml"),
            "SSN\tDOB\tName\n212091234\t22345\tJane Doe\na\t\tc\n\tx<y\t1\n"
        );
        let order: Vec<_> = got.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(
            order,
            [
                "xl/workbook.xml",
                "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
                "xl/worksheets/sheet10.xml",
                "xl/comments1.xml"
            ]
        );
        assert_eq!(text_of(&got, "xl/worksheets/sheet10.xml"), "tenth\t2\n");
        assert_eq!(text_of(&got, "xl/comments1.xml"), "Dr X: verify SSN\n");
    }

    #[test]
    fn xlsx_shared_string_amplification_is_capped_and_reported() {
        let big = "x".repeat(1000);
        let sst = format!("<sst><si><t>{big}</t></si></sst>");
        let cells: String = (0..100)
            .map(|i| {
                format!(
                    "<row><c t=\"s\"><v>0</v></c></row>{}",
                    if i % 10 == 0 { "\n" } else { "" }
                )
            })
            .collect();
        let sheet = format!("<worksheet><sheetData>{cells}</sheetData></worksheet>");
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            (
                "xl/workbook.xml",
                b"<workbook><sheets><sheet name=\"S\"/></sheets></workbook>",
            ),
            ("xl/sharedStrings.xml", sst.as_bytes()),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ]);
        let limits = ArchiveLimits {
            max_member_bytes: 8192,
            ..ArchiveLimits::default()
        };
        let (got, r) = run_with(&bytes, limits);
        r.unwrap();
        assert!(text_of(&got, "xl/worksheets/sheet1.xml").len() <= 8192);
        let skipped = got
            .iter()
            .find(|g| g.kind == "skipped" && g.name == "xl/worksheets/sheet1.xml")
            .expect("cap reported");
        assert_eq!(
            skipped.problem.as_ref().unwrap().reason,
            SkipReason::ArchiveBudget
        );
    }

    #[test]
    fn column_references() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("C5"), Some(2));
        assert_eq!(column_of("Z9"), Some(25));
        assert_eq!(column_of("AA1"), Some(26));
        assert_eq!(column_of("XFD1"), Some(16_383));
        assert_eq!(column_of("ZZZ1"), Some(MAX_COLUMN));
        assert_eq!(column_of("ABCD1"), None);
        assert_eq!(column_of("12"), None);
    }
}
