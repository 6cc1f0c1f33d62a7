//! Flowing text (docx, pptx, odt, ods and comments): paragraphs as lines, tables as TSV.

use super::xml::{count_attr, fast_or_parsed, halted, local, walk, Attrs, Ev, Skip};
use super::Built;
use crate::extract::container::text::{has_breaks, CappedText};

/// Cells repeated by ODF's `number-columns-repeated` are expanded at most
/// this many times (a spreadsheet pads rows with thousands of empty cells).
const MAX_REPEAT: usize = 64;
/// `text:s c="…"` yields at most this many spaces.
const MAX_SPACES: usize = 256;

/// Which vocabulary a flowing-text part speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    /// WordprocessingML: document, headers, footers, notes, comments.
    Word,
    /// DrawingML / PresentationML: slides, notes, slide comments.
    Drawing,
    /// SpreadsheetML comments and threaded comments.
    Cells,
    /// ODF content.xml / styles.xml.
    Odf,
}

/// What an element means for the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Para,
    /// Its character data is text (OOXML `t`).
    Text,
    /// A Word run: `tab`/`br` only count inside one.
    Run,
    RunTab,
    RunBreak,
    RunChar(char),
    Tab,
    Break,
    /// ODF `text:s`.
    Spaces,
    /// Word `gridSpan`: the cell spans several columns.
    Span,
    Table,
    Row,
    Cell,
    Skip,
    Other,
}

/// The role of an element by its local and qualified names.
fn role(d: Dialect, l: &str, qname: &str) -> Role {
    match d {
        Dialect::Word => match l {
            "p" => Role::Para,
            "t" | "delText" => Role::Text,
            "r" => Role::Run,
            "tab" | "ptab" => Role::RunTab,
            "br" | "cr" => Role::RunBreak,
            "noBreakHyphen" => Role::RunChar('-'),
            "gridSpan" => Role::Span,
            "tbl" => Role::Table,
            "tr" => Role::Row,
            "tc" => Role::Cell,
            // mc:Fallback repeats what mc:Choice holds (text boxes).
            "Fallback" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Drawing => match l {
            "p" | "cm" => Role::Para,
            "t" | "text" => Role::Text,
            "br" => Role::Break,
            "tbl" => Role::Table,
            "tr" => Role::Row,
            "tc" => Role::Cell,
            "Fallback" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Cells => match l {
            "comment" | "threadedComment" => Role::Para,
            "t" | "text" => Role::Text,
            "rPh" => Role::Skip,
            _ => Role::Other,
        },
        Dialect::Odf => match l {
            "p" | "h" => Role::Para,
            "s" => Role::Spaces,
            "tab" => Role::Tab,
            "line-break" => Role::Break,
            "table" => Role::Table,
            "table-row" => Role::Row,
            "table-cell" | "covered-table-cell" => Role::Cell,
            // A footnote's number would run into the word before it;
            // an annotation's author and date into the paragraph.
            "note-citation" => Role::Skip,
            _ if matches!(qname, "dc:creator" | "dc:date") => Role::Skip,
            _ => Role::Other,
        },
    }
}

/// Builds the text of a flowing-text part: paragraphs as lines, the
/// outermost tables as TSV (nested tables flattened into their cell).
struct Flow {
    dialect: Dialect,
    out: CappedText,
    skip: Skip,
    para: usize,
    run: usize,
    text: usize,
    table: usize,
    /// State of the outermost table's current row and cell.
    in_row: bool,
    row_content: bool,
    /// Column index of the current cell.
    col: usize,
    /// Tabs written in the current row.
    tabs: usize,
    in_cell: bool,
    cell_content: bool,
    cell_start: usize,
    /// Times the cell is repeated (ODF), content included.
    repeat: usize,
    /// Columns the cell spans (Word), content once.
    span: usize,
    /// A space is due before the next text of the cell.
    space: bool,
}

pub(super) fn flow_text(xml: &[u8], dialect: Dialect, limit: usize) -> Built {
    fast_or_parsed(|fast| flow_text_with(xml, dialect, limit, fast)).unwrap_or_else(Built::unread)
}

/// [`flow_text`] by one tokenizer (see [`fast_or_parsed`]).
pub(super) fn flow_text_with(
    xml: &[u8],
    dialect: Dialect,
    limit: usize,
    fast: bool,
) -> Option<Built> {
    let mut f = Flow {
        dialect,
        out: CappedText::new(limit),
        skip: Skip::default(),
        para: 0,
        run: 0,
        text: 0,
        table: 0,
        in_row: false,
        row_content: false,
        col: 0,
        tabs: 0,
        in_cell: false,
        cell_content: false,
        cell_start: 0,
        repeat: 1,
        span: 1,
        space: false,
    };
    let error = halted(walk(xml, fast, |ev| {
        f.event(ev);
        !f.out.full
    }))?;
    if f.in_row {
        f.end_row();
    }
    Some(Built::new(f.out, error))
}

impl Flow {
    fn event(&mut self, ev: Ev<'_, '_>) {
        let d = self.dialect;
        if self.skip.event(&ev, |_| false) {
            return;
        }
        match ev {
            Ev::Start(t) => {
                let r = role(d, t.local, t.qname);
                if r == Role::Skip {
                    // Re-enter the skipper at this element's depth.
                    self.skip.at = Some(self.skip.depth);
                    return;
                }
                self.start(r, t.attrs);
            }
            Ev::Empty(t) => {
                let r = role(d, t.local, t.qname);
                if r != Role::Skip {
                    self.start(r, t.attrs);
                    self.end(r);
                }
            }
            Ev::End(l) => {
                // End tags carry no attributes: the local name is enough
                // (taken for the qualified name too; `local` again keeps
                // what an end tag `a:b:c` has always meant: `c`).
                self.end(role(d, local(l), l));
            }
            Ev::Text(t) => {
                if d == Dialect::Odf {
                    if self.para > 0 {
                        if has_breaks(&t) {
                            self.emit(&t.replace(['\t', '\n', '\r'], " "));
                        } else {
                            self.emit(&t);
                        }
                    }
                } else if self.text > 0 {
                    self.emit(&t);
                }
            }
        }
    }

    fn start(&mut self, r: Role, e: Attrs<'_, '_>) {
        match r {
            Role::Para => {
                // A paragraph inside another (an ODF note body, a Word
                // text box) starts a line of its own.
                if self.para > 0 {
                    if self.table > 0 {
                        self.space = true;
                    } else if !self.out.ends_line() {
                        self.out.push_str("\n");
                    }
                }
                self.para += 1;
            }
            Role::Text => self.text += 1,
            Role::Run => self.run += 1,
            Role::RunTab if self.run > 0 => self.tab(),
            Role::RunBreak if self.run > 0 => self.line_break(),
            Role::RunChar(c) if self.run > 0 => self.emit(c.encode_utf8(&mut [0; 4])),
            Role::Tab => self.tab(),
            Role::Break => self.line_break(),
            Role::Spaces => {
                let n = count_attr(e, "c", MAX_SPACES);
                self.emit(&" ".repeat(n));
            }
            Role::Span if self.table == 1 && self.in_cell => {
                self.span = count_attr(e, "val", MAX_REPEAT);
            }
            Role::Table => {
                self.table += 1;
                if self.table == 1 {
                    if !self.out.ends_line() {
                        self.out.push_str("\n");
                    }
                    self.in_row = false;
                } else {
                    self.space = true;
                }
            }
            Role::Row => {
                if self.table == 1 {
                    if self.in_row {
                        self.end_row();
                    }
                    self.in_row = true;
                    self.row_content = false;
                    self.col = 0;
                    self.tabs = 0;
                    self.in_cell = false;
                } else {
                    self.space = true;
                }
            }
            Role::Cell => {
                if self.table == 1 {
                    if !self.in_row {
                        self.start(Role::Row, e);
                    }
                    if self.in_cell {
                        self.end_cell();
                    }
                    self.in_cell = true;
                    self.cell_content = false;
                    self.space = false;
                    self.span = 1;
                    self.repeat = if self.dialect == Dialect::Odf {
                        count_attr(e, "number-columns-repeated", MAX_REPEAT)
                    } else {
                        1
                    };
                } else {
                    self.space = true;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, r: Role) {
        match r {
            Role::Para => {
                self.para = self.para.saturating_sub(1);
                if self.table > 0 {
                    self.space = true;
                } else if !self.out.ends_line() {
                    self.out.push_str("\n");
                }
            }
            Role::Text => self.text = self.text.saturating_sub(1),
            Role::Run => self.run = self.run.saturating_sub(1),
            Role::Table => {
                if self.table == 1 && self.in_row {
                    self.end_row();
                }
                self.table = self.table.saturating_sub(1);
                if self.table > 0 {
                    self.space = true;
                }
            }
            Role::Row => {
                if self.table == 1 {
                    if self.in_row {
                        self.end_row();
                    }
                } else {
                    self.space = true;
                }
            }
            Role::Cell => {
                if self.table == 1 {
                    if self.in_cell {
                        self.end_cell();
                    }
                } else {
                    self.space = true;
                }
            }
            _ => {}
        }
    }

    /// Text content: opens the cell (tabs up to its column) when inside the
    /// outermost table.
    fn emit(&mut self, t: &str) {
        if t.is_empty() {
            return;
        }
        if self.table > 0 {
            // Cell state is the outermost table's, nested tables included.
            if self.in_cell && !self.cell_content {
                let n = self.col.saturating_sub(self.tabs);
                self.out.push_n('\t', n);
                self.tabs = self.col;
                self.cell_content = true;
                self.row_content = true;
                self.cell_start = self.out.text.len();
                self.space = false;
            }
            if self.space {
                self.space = false;
                if !self.out.text.ends_with([' ', '\t', '\n']) {
                    self.out.push_str(" ");
                }
            }
            self.out.push_clean(t);
        } else {
            self.out.push_str(t);
        }
    }

    fn tab(&mut self) {
        if self.table > 0 {
            self.space = true;
        } else {
            self.out.push_str("\t");
        }
    }

    /// An explicit line break (`w:br`, `a:br`, `text:line-break`).
    fn line_break(&mut self) {
        if self.table > 0 {
            self.space = true;
        } else {
            self.out.push_str("\n");
        }
    }

    fn end_cell(&mut self) {
        self.in_cell = false;
        if self.cell_content && self.repeat > 1 {
            let copy = self.out.text[self.cell_start..].to_string();
            for _ in 1..self.repeat {
                if self.out.full {
                    break;
                }
                self.out.push_str("\t");
                self.out.push_str(&copy);
            }
            self.tabs = self.col + self.repeat - 1;
        }
        self.col += self.repeat.max(self.span);
        self.repeat = 1;
        self.span = 1;
        self.space = false;
    }

    fn end_row(&mut self) {
        if self.in_cell {
            self.end_cell();
        }
        self.in_row = false;
        if self.row_content {
            self.out.push_str("\n");
        }
        self.row_content = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::container::office::is_office;
    use crate::extract::container::office::tests::*;

    #[test]
    fn docx_runs_tables_and_side_parts() {
        let bytes = docx();
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        let doc = text_of(&got, "word/document.xml");
        assert_eq!(
            doc,
            "Patient record\nSSN: 212-09-1234\nName:\tA & B\nline two\nold 078-05-1120new\n\
             SSN\tDOB\n212-09-1234\t03/14/1961 (verified)\nafter\n"
        );
        assert_eq!(text_of(&got, "word/header1.xml"), "MRN 00123456\n");
        assert_eq!(text_of(&got, "word/footer1.xml"), "Confidential\n");
        assert_eq!(text_of(&got, "word/comments.xml"), "Call 555-0100\n");
        let raw: Vec<_> = got.iter().filter(|g| g.kind == "raw").collect();
        assert_eq!(raw.len(), 1, "{got:?}");
        assert_eq!(raw[0].name, "word/embeddings/oleObject1.bin");
        assert_eq!(raw[0].bytes, b"embedded bytes");
        assert!(!got.iter().any(|g| g.kind == "skipped"), "{got:?}");
        // Order: the body first.
        assert_eq!(got[0].name, "word/document.xml");
    }

    #[test]
    fn docx_grid_span_and_nested_table_keep_rows_aligned() {
        let body = format!(
            "<w:tbl><w:tr>{}{}{}</w:tr>\
             <w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc>{}</w:tr>\
             <w:tr>{}<w:tc><w:tbl><w:tr>{}{}</w:tr></w:tbl><w:p/></w:tc>{}</w:tr></w:tbl>",
            cell(&["a"]),
            cell(&["b"]),
            cell(&["c"]),
            para("wide"),
            cell(&["z"]),
            cell(&["1"]),
            cell(&["in1"]),
            cell(&["in2"]),
            cell(&["3"]),
        );
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("word/document.xml", wdoc(&body).as_bytes()),
        ]);
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "word/document.xml"),
            "a\tb\tc\nwide\t\tz\n1\tin1 in2\t3\n"
        );
    }

    #[test]
    fn pptx_slides_in_order_with_notes() {
        let slide = |t: &str| {
            format!(
                r#"<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="en-US"/><a:t>{t}</a:t></a:r><a:r><a:t> 212-09-</a:t></a:r><a:r><a:t>1234</a:t></a:r></a:p><a:p><a:r><a:t>second</a:t></a:r><a:br/><a:r><a:t>third</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
            )
        };
        let table = r#"<p:sld xmlns:a="a" xmlns:p="p"><a:tbl><a:tr><a:tc><a:txBody><a:p><a:r><a:t>SSN</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>MRN</a:t></a:r></a:p></a:txBody></a:tc></a:tr><a:tr><a:tc><a:txBody><a:p><a:r><a:t>1</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>2</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></p:sld>"#;
        let notes = r#"<p:notes xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Patient DOB 03/14/1961</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>"#;
        let bytes = zip_of(&[
            ("[Content_Types].xml", CT.as_bytes()),
            ("ppt/presentation.xml", b"<p:presentation xmlns:p=\"p\"/>"),
            ("ppt/slides/slide10.xml", slide("ten").as_bytes()),
            ("ppt/slides/slide2.xml", slide("two").as_bytes()),
            ("ppt/slides/slide1.xml", table.as_bytes()),
            ("ppt/notesSlides/notesSlide2.xml", notes.as_bytes()),
            (
                "ppt/slideLayouts/slideLayout1.xml",
                slide("layout").as_bytes(),
            ),
            ("ppt/media/image1.jpeg", b"jpeg"),
            ("ppt/embeddings/Microsoft_Excel_Worksheet.xlsx", &xlsx()),
        ]);
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        let order: Vec<_> = got.iter().map(|g| (g.name.as_str(), g.kind)).collect();
        assert_eq!(
            order,
            [
                ("ppt/slides/slide1.xml", "text"),
                ("ppt/slides/slide2.xml", "text"),
                ("ppt/slides/slide10.xml", "text"),
                ("ppt/notesSlides/notesSlide2.xml", "text"),
                ("ppt/embeddings/Microsoft_Excel_Worksheet.xlsx", "raw"),
            ]
        );
        assert_eq!(
            text_of(&got, "ppt/slides/slide2.xml"),
            "two 212-09-1234\nsecond\nthird\n"
        );
        assert_eq!(text_of(&got, "ppt/slides/slide1.xml"), "SSN\tMRN\n1\t2\n");
        assert_eq!(
            text_of(&got, "ppt/notesSlides/notesSlide2.xml"),
            "Patient DOB 03/14/1961\n"
        );
    }

    #[test]
    fn odt_spaces_tabs_tables_and_styles() {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:body><office:text>
<text:h text:outline-level="1">Patient</text:h>
<text:p>SSN<text:s text:c="3"/>212-09-<text:span>1234</text:span><text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>see file</text:p></text:note-body></text:note></text:p>
<text:p>a<text:tab/>b<text:line-break/>c &amp; d<office:annotation><dc:creator>Nurse</dc:creator><dc:date>2024-01-01</dc:date><text:p>note here</text:p></office:annotation></text:p>
<table:table><table:table-row><table:table-cell><text:p>SSN</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>DOB</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>212-09-1234</text:p><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000000"/><table:table-cell><text:p>late</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#
        );
        let styles = format!(
            r#"<office:document-styles {ODF_NS}><office:master-styles><style:master-page xmlns:style="s"><style:header><text:p>Header MRN 77</text:p></style:header></style:master-page></office:master-styles></office:document-styles>"#
        );
        let bytes = odf("application/vnd.oasis.opendocument.text", &content, &styles);
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "content.xml"),
            "Patient\nSSN   212-09-1234\nsee file\na\tb\nc & d\nnote here\n\
             SSN\t\t\tDOB\n212-09-1234 x\t"
                .to_string()
                + &"\t".repeat(MAX_REPEAT)
                + "late\n"
        );
        assert_eq!(text_of(&got, "styles.xml"), "Header MRN 77\n");
    }

    #[test]
    fn ods_repeated_cells_and_rows() {
        let content = format!(
            r#"<office:document-content {ODF_NS}><office:body><office:spreadsheet><table:table table:name="S">
<table:table-column table:number-columns-repeated="1024"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>SSN</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>DOB</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
<table:table-row><table:table-cell office:value-type="float" office:value="212091234"><text:p>212091234</text:p></table:table-cell><table:covered-table-cell/><table:table-cell table:number-columns-repeated="2"><text:p>N/A</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#
        );
        let bytes = odf(
            "application/vnd.oasis.opendocument.spreadsheet",
            &content,
            "<x/>",
        );
        assert!(is_office(&bytes));
        let (got, r) = run(&bytes);
        r.unwrap();
        assert_eq!(
            text_of(&got, "content.xml"),
            "SSN\tDOB\n212091234\t\tN/A\tN/A\n"
        );
    }
}
