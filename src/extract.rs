//! Turns raw bytes into the text detectors read.
//!
//! Plain text (UTF-8, or Latin-1 which agrees with it on every byte the
//! detectors look at) is scanned in place, without a copy. UTF-16 is
//! transcoded once. Binary files are not skipped: PHI hides in legacy
//! `.doc`, `.xls` and `.pst` files, so their printable ASCII and UTF-16LE
//! runs are pulled out and scanned. A segment map ties extracted offsets
//! back to raw offsets, so windows of large files can be stitched.

/// How a unit's bytes are encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 or a single-byte superset of ASCII: scanned as is.
    Text,
    /// UTF-16 little endian.
    Utf16Le,
    /// UTF-16 big endian.
    Utf16Be,
    /// Neither: printable runs are extracted.
    Binary,
}

/// Sniffs the encoding from the first bytes: BOM, then where NULs fall.
pub fn sniff(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Encoding::Text;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Encoding::Utf16Le;
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Encoding::Utf16Be;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_none() {
        return Encoding::Text;
    }
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for (i, &b) in head.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even_nul += 1;
            } else {
                odd_nul += 1;
            }
        }
    }
    let pairs = head.len() / 2;
    if pairs >= 2 && odd_nul * 10 >= pairs * 7 && even_nul * 10 <= pairs {
        Encoding::Utf16Le
    } else if pairs >= 2 && even_nul * 10 >= pairs * 7 && odd_nul * 10 <= pairs {
        Encoding::Utf16Be
    } else {
        Encoding::Binary
    }
}

/// A stretch of extracted text that maps linearly onto raw bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Offset in the extracted text.
    pub text: usize,
    /// Offset in the raw bytes.
    pub raw: usize,
    /// Raw bytes per text byte (1 or 2).
    pub unit: usize,
}

/// Reusable output buffers for extraction.
#[derive(Debug, Default)]
pub struct TextBuf {
    text: Vec<u8>,
    segments: Vec<Segment>,
}

/// Extracted text and how it maps back to raw bytes.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    /// What detectors scan.
    pub bytes: &'a [u8],
    /// Empty when the text is the raw bytes themselves.
    pub segments: &'a [Segment],
}

impl Text<'_> {
    /// Raw offset of a text offset.
    pub fn raw_of(&self, text_off: usize) -> usize {
        if self.segments.is_empty() {
            return text_off;
        }
        let i = self
            .segments
            .partition_point(|s| s.text <= text_off)
            .saturating_sub(1);
        let s = self.segments[i];
        s.raw + (text_off - s.text) * s.unit
    }

    /// Text offset of the first text byte at or after raw offset `raw`.
    pub fn text_of(&self, raw: usize) -> usize {
        if self.segments.is_empty() {
            return raw.min(self.bytes.len());
        }
        let i = self.segments.partition_point(|s| s.raw <= raw);
        if i == 0 {
            return 0;
        }
        let s = self.segments[i - 1];
        let end_text = self.segments.get(i).map_or(self.bytes.len(), |n| n.text);
        (s.text + (raw - s.raw).div_ceil(s.unit)).min(end_text)
    }
}

/// Shortest UTF-16LE run taken from binary data: alternating NULs almost
/// never happen by chance, so short runs are real strings.
const MIN_RUN_UTF16: usize = 4;

/// Shortest ASCII run taken from binary data. Compressed or random bytes
/// are printable a third of the time, so short runs are mostly noise, and
/// noise full of three-letter tokens reads like diagnosis codes.
const MIN_RUN_ASCII: usize = 8;

/// Runs shorter than this must look like text (see [`texty`]).
const TEXTY_CHECK_BELOW: usize = 32;

/// Decodes `raw` as `enc` into text.
pub fn extract<'a>(raw: &'a [u8], enc: Encoding, buf: &'a mut TextBuf) -> Text<'a> {
    match enc {
        Encoding::Text => Text {
            bytes: raw,
            segments: &[],
        },
        Encoding::Utf16Le | Encoding::Utf16Be => {
            buf.text.clear();
            buf.segments.clear();
            utf16(raw, enc == Encoding::Utf16Le, buf);
            Text {
                bytes: &buf.text,
                segments: &buf.segments,
            }
        }
        Encoding::Binary => {
            buf.text.clear();
            buf.segments.clear();
            printable_runs(raw, buf);
            Text {
                bytes: &buf.text,
                segments: &buf.segments,
            }
        }
    }
}

fn utf16(raw: &[u8], le: bool, buf: &mut TextBuf) {
    let start = usize::from(raw.starts_with(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] })) * 2;
    let units = raw[start..].chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut raw_pos = start;
    let mut linear = false;
    for r in char::decode_utf16(units) {
        let width = r.as_ref().map_or(2, |c| c.len_utf16() * 2);
        let c = r.unwrap_or(char::REPLACEMENT_CHARACTER);
        if c.is_ascii() {
            if !linear {
                buf.segments.push(Segment {
                    text: buf.text.len(),
                    raw: raw_pos,
                    unit: 2,
                });
                linear = true;
            }
            buf.text.push(c as u8);
        } else {
            // Non-ASCII breaks the 2:1 ratio: start a new segment after it.
            let mut tmp = [0u8; 4];
            buf.text
                .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
            linear = false;
        }
        raw_pos += width;
    }
}

fn is_printable(b: u8) -> bool {
    (0x20..0x7f).contains(&b) || b == b'\t'
}

/// Appends ASCII runs and UTF-16LE ASCII runs of at least `MIN_RUN`
/// characters, each followed by a newline so runs never join into one token.
/// Whether a short run reads like text: at least 90% letters, digits,
/// spaces and the punctuation of forms (random printable bytes score about
/// 75%).
fn texty(run: &[u8]) -> bool {
    let good = run
        .iter()
        .filter(|&&b| b.is_ascii_alphanumeric() || b" .,:;-/()@'#\t_".contains(&b))
        .count();
    good * 10 >= run.len() * 9
}

fn printable_runs(raw: &[u8], buf: &mut TextBuf) {
    let mut i = 0;
    while i < raw.len() {
        // UTF-16LE run: printable, NUL, printable, NUL...
        let mut j = i;
        while j + 1 < raw.len() && is_printable(raw[j]) && raw[j + 1] == 0 {
            j += 2;
        }
        if (j - i) / 2 >= MIN_RUN_UTF16 {
            buf.segments.push(Segment {
                text: buf.text.len(),
                raw: i,
                unit: 2,
            });
            buf.text.extend(raw[i..j].iter().step_by(2));
            buf.text.push(b'\n');
            i = j;
            continue;
        }
        let mut k = i;
        while k < raw.len() && is_printable(raw[k]) {
            k += 1;
        }
        if k - i >= MIN_RUN_ASCII && (k - i >= TEXTY_CHECK_BELOW || texty(&raw[i..k])) {
            buf.segments.push(Segment {
                text: buf.text.len(),
                raw: i,
                unit: 1,
            });
            buf.text.extend_from_slice(&raw[i..k]);
            buf.text.push(b'\n');
            i = k;
            continue;
        }
        i = k.max(i + 1);
    }
}

/// Configures an XML reader for documents as found on a share, not as a
/// schema wants them: mismatched or stray end tags, a lone `&` and odd
/// comments are read past, so one sloppy element does not hide the rest.
pub fn lenient_xml(config: &mut quick_xml::reader::Config) {
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    config.check_comments = false;
    config.expand_empty_elements = false;
    config.trim_text(false);
}

/// One cell of a table: where its value sits and which column it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Offset of the value (quotes and padding excluded).
    pub start: usize,
    /// Offset after the value.
    pub end: usize,
    /// Column index into the header.
    pub column: usize,
}

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
pub fn table_fields(text: &[u8], table: &Table<'_>, out: &mut Vec<Field>) {
    out.clear();
    let Some(body) = text.get(table.body..) else {
        return;
    };
    let mut cell = |start: usize, end: usize, column: usize| {
        let (vs, ve) = trim_span(text, start, end);
        if ve > vs && column < table.columns.len() {
            out.push(Field {
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

/// The HL7 v2 fields phiscan reads, named `SEGMENT N` as detectors list
/// them in their `fields`: patient identifiers, name, birth date and SSN,
/// next of kin, addresses (street, city, county, ZIP), diagnosis code.
pub const HL7_FIELDS: &[&str] = &[
    "pid 2",
    "pid 3",
    "pid 4",
    "pid 5",
    // Mother's maiden name and patient aliases (XPN): names too.
    "pid 6",
    "pid 9",
    "pid 7",
    "pid 19",
    "nk1 2",
    "dg1 3",
    "obr 31",
    "pv2 3",
    // Addresses (XAD): the street lines, and the ZIP, city and county
    // (Safe Harbor B: subdivisions smaller than a state) as their own
    // columns.
    "pid 11",
    "pid 11 zip",
    "pid 11 city",
    "pid 11 county",
    "nk1 4",
    "nk1 4 zip",
    "nk1 4 city",
    "nk1 4 county",
    // Phones (XTN): the number, and an e-mail address as its own column.
    "pid 13",
    "pid 13 email",
    "pid 14",
    "pid 14 email",
    "nk1 5",
    "nk1 5 email",
    "nk1 6",
    "nk1 6 email",
    // Patient account number, driver's licence, insurance policy numbers.
    "pid 18",
    "pid 20",
    "in1 36",
    "in1 49",
    // The insured (the patient or a relative): name, birth date, address.
    "in1 16",
    "in1 18",
    "in1 19",
    "in1 19 zip",
    "in1 19 city",
    "in1 19 county",
    // The guarantor (GT1): name, address, home and business phones, birth
    // date and SSN. Often the patient (relationship SELF) or a parent, and
    // the message's other contact details (a provider's ROL, an insurer's
    // IN1-5) are not the patient's: only named fields are.
    "gt1 3",
    "gt1 5",
    "gt1 5 zip",
    "gt1 5 city",
    "gt1 5 county",
    "gt1 6",
    "gt1 6 email",
    "gt1 7",
    "gt1 7 email",
    "gt1 8",
    "gt1 12",
    // Any coded element (CE/CWE) whose coding system is ICD-10 or ICD-9.
    "icd10",
    "icd9",
];

/// What an HL7 v2 field's repetitions hold, for [`hl7_fields`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hl7Shape {
    /// The first component (an identifier, a code, a date).
    First,
    /// XPN/XCN: the whole name as one value, family to the last of
    /// given, middle, suffix and prefix (`SMITH^JOHN^Q^JR`).
    Name,
    /// XAD: components 1 and 2 the street lines, 3 the city, 5 the ZIP,
    /// 9 the county.
    Address,
    /// XTN: component 1 the number, else components 6 and 7 (area code
    /// and local number); component 4 an e-mail when component 3 says so.
    Phone,
}

fn hl7_shape(name: &str) -> Hl7Shape {
    match name {
        "pid 5" | "pid 6" | "pid 9" | "nk1 2" | "in1 16" | "gt1 3" => Hl7Shape::Name,
        "pid 11" | "nk1 4" | "in1 19" | "gt1 5" => Hl7Shape::Address,
        "pid 13" | "pid 14" | "nk1 5" | "nk1 6" | "gt1 6" | "gt1 7" => Hl7Shape::Phone,
        _ => Hl7Shape::First,
    }
}

/// How one numbered field of [`HL7_FIELDS`] (`pid 11`) is read.
#[derive(Clone, Copy)]
struct Hl7Spec {
    /// Its index in [`HL7_FIELDS`].
    column: usize,
    shape: Hl7Shape,
    /// The column of its part named apart: an address's `zip`, a
    /// phone's `email`.
    part: Option<usize>,
    /// An address's `city` and `county` columns.
    places: Option<(usize, usize)>,
    /// The `pid 19` column, for a patient identifier typed SS.
    ssn: Option<usize>,
}

/// Segment ids (lower case), each with its fields indexed by number.
type Hl7Specs = Vec<([u8; 3], Vec<Option<Hl7Spec>>)>;

/// The numbered fields of [`HL7_FIELDS`] by segment. Worked out once from
/// the names, so that reading a message compares bytes and builds no
/// strings.
fn hl7_specs() -> &'static Hl7Specs {
    static SPECS: std::sync::OnceLock<Hl7Specs> = std::sync::OnceLock::new();
    SPECS.get_or_init(|| {
        let mut specs: Hl7Specs = Vec::new();
        for (column, name) in HL7_FIELDS.iter().enumerate() {
            let Some((segment, number)) = name.split_once(' ') else {
                continue;
            };
            let (Ok(segment), Ok(number)) = (
                <[u8; 3]>::try_from(segment.as_bytes()),
                number.parse::<usize>(),
            ) else {
                continue; // `pid 11 zip`: a part, read with its field.
            };
            let shape = hl7_shape(name);
            let part = match shape {
                Hl7Shape::Address => hl7_column(&format!("{name} zip")),
                Hl7Shape::Phone => hl7_column(&format!("{name} email")),
                _ => None,
            };
            let places = match shape {
                Hl7Shape::Address => {
                    hl7_column(&format!("{name} city")).zip(hl7_column(&format!("{name} county")))
                }
                _ => None,
            };
            let ssn = matches!(*name, "pid 2" | "pid 3" | "pid 4")
                .then(|| hl7_column("pid 19"))
                .flatten();
            let spec = Hl7Spec {
                column,
                shape,
                part,
                places,
                ssn,
            };
            let i = match specs.iter().position(|(s, _)| *s == segment) {
                Some(i) => i,
                None => {
                    specs.push((segment, Vec::new()));
                    specs.len() - 1
                }
            };
            let fields = &mut specs[i].1;
            if fields.len() <= number {
                fields.resize(number + 1, None);
            }
            fields[number] = Some(spec);
        }
        specs
    })
}

/// Index of a field name in [`HL7_FIELDS`].
fn hl7_column(name: &str) -> Option<usize> {
    HL7_FIELDS.iter().position(|f| *f == name)
}

/// Index in [`HL7_FIELDS`] of a coded element's code, by the name of its
/// coding system (HL7 table 0396 and the spellings interfaces use).
fn hl7_coding_column(system: &[u8]) -> Option<usize> {
    let is = |names: &[&str]| {
        names
            .iter()
            .any(|n| system.eq_ignore_ascii_case(n.as_bytes()))
    };
    if is(&["I10", "I10C", "ICD10", "ICD10CM", "ICD-10", "ICD-10-CM"]) {
        Some(HL7_FIELDS.len() - 2)
    } else if is(&["I9", "I9C", "I9CM", "ICD9", "ICD9CM", "ICD-9", "ICD-9-CM"]) {
        Some(HL7_FIELDS.len() - 1)
    } else {
        None
    }
}

/// Whether `text` is HL7 v2: a message (`MSH`), or a batch or file of
/// them (`BHS`, `FHS`), possibly MLLP-framed (leading 0x0B).
pub fn is_hl7(text: &[u8]) -> bool {
    let t = text.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(text);
    let start = t
        .iter()
        .position(|&b| !(b.is_ascii_whitespace() || b == 0x0B))
        .unwrap_or(t.len());
    let t = &t[start..];
    [&b"MSH|"[..], b"BHS|", b"FHS|"]
        .iter()
        .any(|h| t.starts_with(h))
}

/// The values of [`HL7_FIELDS`] in an HL7 message: each repetition's first
/// component (an identifier, a code, a date), or for names the family and
/// given components together (`SMITH^JOHN`), as the `column` of a [`Field`].
pub fn hl7_fields(text: &[u8], out: &mut Vec<Field>) {
    out.clear();
    let specs = hl7_specs();
    let mut seg_start = 0;
    while seg_start < text.len() {
        let seg_end =
            memchr::memchr2(b'\r', b'\n', &text[seg_start..]).map_or(text.len(), |i| seg_start + i);
        let seg = &text[seg_start..seg_end];
        if seg.len() > 4 && seg[3] == b'|' {
            // The fields phiscan reads in this segment, by number.
            let numbered: &[Option<Hl7Spec>] = specs
                .iter()
                .find(|(id, _)| seg[..3].eq_ignore_ascii_case(id))
                .map_or(&[], |(_, fields)| fields);
            let mut field_start = 4;
            let mut n = 1;
            loop {
                let field_end = memchr::memchr(b'|', &seg[field_start..])
                    .map_or(seg.len(), |i| field_start + i);
                coded_icd(seg, field_start, field_end, seg_start, out);
                if let Some(&Some(spec)) = numbered.get(n) {
                    let mut rep_start = seg_start + field_start;
                    for rep in seg[field_start..field_end].split(|&b| b == b'~') {
                        hl7_repetition(rep, rep_start, spec, out);
                        rep_start += rep.len() + 1;
                    }
                }
                if field_end >= seg.len() {
                    break;
                }
                field_start = field_end + 1;
                n += 1;
            }
        }
        seg_start = seg_end + 1;
    }
    // A DG1-3 code with its system is named twice: the system says more.
    out.dedup_by_key(|f| (f.start, f.end));
}

/// The values of one repetition `rep` (at `at` in the text) of a field
/// of [`HL7_FIELDS`], by its shape.
fn hl7_repetition(rep: &[u8], at: usize, spec: Hl7Spec, out: &mut Vec<Field>) {
    let column = spec.column;
    // (offset, component) of the first nine components.
    let mut comps: [(usize, &[u8]); 9] = [(0, &[]); 9];
    let mut off = 0;
    for (i, c) in rep.split(|&b| b == b'^').take(9).enumerate() {
        comps[i] = (off, c);
        off += c.len() + 1;
    }
    // A placeholder (`UNKNOWN`, `000-00-0000`) is not vouched for by the
    // field: the plain-text scan still sees it.
    let mut push = |start: usize, end: usize, column: usize| {
        if end > start && !crate::structured::is_placeholder(&rep[start..end]) {
            out.push(Field {
                start: at + start,
                end: at + end,
                column,
            });
        }
    };
    let span = |i: usize| (comps[i].0, comps[i].0 + comps[i].1.len());
    match spec.shape {
        Hl7Shape::First => {
            // A patient identifier typed SS (CX-5) is the SSN.
            let column = match spec.ssn {
                Some(c) if comps[4].1.eq_ignore_ascii_case(b"SS") => c,
                _ => column,
            };
            let (s, e) = span(0);
            push(s, e, column);
        }
        Hl7Shape::Name => {
            // Family, given, middle, suffix, prefix: one name, from the
            // first non-empty of them to the last (the degree and name
            // type code after them are not the name).
            let mut parts = (0..5).filter(|&i| !comps[i].1.is_empty());
            if let Some(first) = parts.next() {
                let last = parts.next_back().unwrap_or(first);
                push(span(first).0, span(last).1, column);
            }
        }
        Hl7Shape::Address => {
            // In text order: street lines, city, ZIP, county.
            let (city, county) = spec.places.unzip();
            for (i, col) in [
                (0, Some(column)),
                (1, Some(column)),
                (2, city),
                (4, spec.part),
                (8, county),
            ] {
                if let Some(col) = col {
                    let (s, e) = span(i);
                    push(s, e, col);
                }
            }
        }
        Hl7Shape::Phone => {
            let email = comps[2].1.eq_ignore_ascii_case(b"Internet")
                || comps[2].1.eq_ignore_ascii_case(b"X.400");
            if email {
                if let Some(col) = spec.part {
                    let (s, e) = span(3);
                    push(s, e, col);
                }
            } else if !comps[0].1.is_empty() {
                let (s, e) = span(0);
                push(s, e, column);
            } else if !comps[6].1.is_empty() {
                // Area code and local number (`^PRN^PH^^1^614^5552368`).
                let start = if comps[5].1.is_empty() {
                    span(6).0
                } else {
                    span(5).0
                };
                push(start, span(6).1, column);
            }
        }
    }
}

/// The codes of coded elements (`code^text^system^alt code^alt text^alt
/// system`) in `seg[start..end]` whose system is ICD-10 or ICD-9, whatever
/// the field: OBX-5, DG1-3, OBR-31 and Z-segments alike say what they hold.
fn coded_icd(seg: &[u8], start: usize, end: usize, seg_start: usize, out: &mut Vec<Field>) {
    let field = &seg[start..end];
    if memchr::memchr(b'^', field).is_none() {
        return;
    }
    let mut rep_start = start;
    for rep in field.split(|&b| b == b'~') {
        let mut comps: [(usize, &[u8]); 6] = [(0, &[]); 6];
        let mut at = rep_start;
        for (i, c) in rep.split(|&b| b == b'^').take(6).enumerate() {
            comps[i] = (at, c);
            at += c.len() + 1;
        }
        for (code, system) in [(0, 2), (3, 5)] {
            let (s, c) = comps[code];
            if c.is_empty() {
                continue;
            }
            if let Some(column) = hl7_coding_column(comps[system].1) {
                out.push(Field {
                    start: seg_start + s,
                    end: seg_start + s + c.len(),
                    column,
                });
            }
        }
        rep_start += rep.len() + 1;
    }
}

/// Tables laid out with spaces (statements, printed reports): a header line
/// of at least three labels separated by two or more spaces, and the rows
/// below it up to a blank line. A cell is a token that starts where a
/// header label starts. Every such table in the text is found; `columns`
/// receives all their labels and each cell's `column` indexes into it.
pub fn aligned_tables<'a>(text: &'a [u8], columns: &mut Vec<&'a [u8]>, out: &mut Vec<Field>) {
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
                    out.push(Field {
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
pub fn tab_tables<'a>(text: &'a [u8], columns: &mut Vec<&'a [u8]>, out: &mut Vec<Field>) {
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
                    out.push(Field {
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

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

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

    /// Every table and HL7 reader on short texts made of the bytes that
    /// steer them (separators, line ends, labels, digits): none may panic
    /// and every field must lie inside the text. Deterministic, so a
    /// failure replays.
    #[test]
    fn table_readers_never_panic_on_noise() {
        let alphabet: &[&[u8]] = &[
            b"\t",
            b"  ",
            b" ",
            b"\n",
            b"\r",
            b"\r\n",
            b",",
            b"|",
            b";",
            b"^",
            b"~",
            b"\\",
            b"&",
            b"\"",
            b"Name",
            b"DOB",
            b"ssn",
            b"12",
            b"2022-04-14",
            b"MSH|^~\\&|",
            b"PID|",
            b"a",
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..40_000 {
            let mut text = Vec::new();
            for _ in 0..(next() % 24) {
                text.extend_from_slice(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            let (mut columns, mut fields) = (Vec::new(), Vec::new());
            tab_tables(&text, &mut columns, &mut fields);
            aligned_tables(&text, &mut columns, &mut fields);
            if let Some(t) = table(&text) {
                table_fields(&text, &t, &mut fields);
            }
            if is_hl7(&text) {
                hl7_fields(&text, &mut fields);
            }
            for f in &fields {
                assert!(
                    f.start <= f.end && f.end <= text.len(),
                    "{:?}",
                    String::from_utf8_lossy(&text)
                );
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
    fn hl7_messages() {
        let msg = b"MSH|^~\\&|EPIC|HOSP|||20240101||ADT^A01|1|P|2.5\rPID|1||00591846^^^HOSP^MR~212091234^^^SSA^SS||MENDOZA^TERESA^L||19660905|F|||1 Main St^^Dayton^OH||||||||212-09-1234\rDG1|1||E11.9^Type 2 diabetes^I10\rOBX|1|CWE|29548-5^Diagnosis^LN||250.00^Diabetes^I9C~401.9^Hypertension^SCT||\rOBR|1|||||||||||||||||||||||||||||||R06.02^Shortness of breath^I10\r";
        assert!(is_hl7(msg));
        let mut f = Vec::new();
        hl7_fields(msg, &mut f);
        let got: Vec<(&str, &[u8])> = f
            .iter()
            .map(|x| (HL7_FIELDS[x.column], &msg[x.start..x.end]))
            .collect();
        assert_eq!(
            got,
            [
                ("pid 3", &b"00591846"[..]),
                ("pid 19", b"212091234"),
                ("pid 5", b"MENDOZA^TERESA^L"),
                ("pid 7", b"19660905"),
                ("pid 11", b"1 Main St"),
                ("pid 11 city", b"Dayton"),
                ("pid 19", b"212-09-1234"),
                // The coding system names what a code is, in any field.
                ("icd10", b"E11.9"),
                ("icd9", b"250.00"),
                ("icd10", b"R06.02"),
            ]
        );
        assert!(!is_hl7(b"PID|1||x"));
        assert!(is_hl7(b"\x0bBHS|^~\\&|A\rMSH|^~\\&|"));
    }

    #[test]
    fn hl7_whole_names_city_county_and_placeholders() {
        // PID-5 family to prefix as one value (the degree and name type
        // code are not the name); PID-11 and NK1-4 city (component 3) and
        // county (component 9); placeholders are not named.
        let msg = b"MSH|^~\\&|A|B|||20240101||ADT^A01|1|P|2.5\r\
PID|1||000000^^^H^MR~000-00-0000^^^SSA^SS||NGUY\xE1\xBB\x84N^TH\xE1\xBB\x8A^MAI^JR^DR^MD^L~^Tarou||00000000|F|||12 Rue Nord^^Saint-Denis^^97400^FR^H^^R\xC3\xA9union~^^UNKNOWN^^^^^^UNKNOWN||||||||000-00-0000\r\
NK1|1|UNKNOWN^UNKNOWN|MTH|^^Lyon^^^^^^Rh\xC3\xB4ne\r";
        let mut f = Vec::new();
        hl7_fields(msg, &mut f);
        let got: Vec<(&str, String)> = f
            .iter()
            .map(|x| {
                (
                    HL7_FIELDS[x.column],
                    String::from_utf8_lossy(&msg[x.start..x.end]).into_owned(),
                )
            })
            .collect();
        let want: Vec<(&str, String)> = [
            ("pid 5", "NGUY\u{1EC4}N^TH\u{1ECA}^MAI^JR^DR"),
            ("pid 5", "Tarou"),
            ("pid 11", "12 Rue Nord"),
            ("pid 11 city", "Saint-Denis"),
            ("pid 11 zip", "97400"),
            ("pid 11 county", "R\u{e9}union"),
            ("nk1 4 city", "Lyon"),
            ("nk1 4 county", "Rh\u{f4}ne"),
        ]
        .iter()
        .map(|(c, v)| (*c, v.to_string()))
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn hl7_addresses_phones_and_plan_numbers() {
        // As interface engines send PID and NK1 in v2.5.1: repeated XTN
        // with the number in components 6-7, an e-mail XTN, an XAD with
        // a second line, a Z-segment with an escape sequence, IN1-36.
        let msg = b"MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB||20240307||ADT^A04^ADT_A01|MSG00001|P|2.5.1\r\
PID|1||4471902^^^GHH^MR||OKAFOR^CHIDI^A||19430517|M|||1234 Oak Street^Apt 5B^Dayton^OH^45402^USA^H||^PRN^PH^^1^614^5552368~^NET^Internet^chidi.okafor@gmail.com|(937) 555-2211||||4410298821||OH1234567\r\
NK1|1|OKAFOR^ADA|SPO|77 W Elm Ave^^Dayton^OH^45405|614-555-8812\r\
ZPD|1|O\\T\\K CARE\r\
IN1|1|BCBS01|100|BLUE CROSS||||||||||||||||||||||||||||||||XKW884213907\r";
        let mut f = Vec::new();
        hl7_fields(msg, &mut f);
        let got: Vec<(&str, &[u8])> = f
            .iter()
            .map(|x| (HL7_FIELDS[x.column], &msg[x.start..x.end]))
            .collect();
        assert_eq!(
            got,
            [
                ("pid 3", &b"4471902"[..]),
                ("pid 5", b"OKAFOR^CHIDI^A"),
                ("pid 7", b"19430517"),
                ("pid 11", b"1234 Oak Street"),
                ("pid 11", b"Apt 5B"),
                ("pid 11 city", b"Dayton"),
                ("pid 11 zip", b"45402"),
                ("pid 13", b"614^5552368"),
                ("pid 13 email", b"chidi.okafor@gmail.com"),
                ("pid 14", b"(937) 555-2211"),
                ("pid 18", b"4410298821"),
                ("pid 20", b"OH1234567"),
                ("nk1 2", b"OKAFOR^ADA"),
                ("nk1 4", b"77 W Elm Ave"),
                ("nk1 4 city", b"Dayton"),
                ("nk1 4 zip", b"45405"),
                ("nk1 5", b"614-555-8812"),
                ("in1 36", b"XKW884213907"),
            ]
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

    #[test]
    fn sniffs() {
        assert_eq!(sniff(b"plain text"), Encoding::Text);
        assert_eq!(sniff("caf\u{e9}".as_bytes()), Encoding::Text);
        assert_eq!(
            sniff(&utf16le("SSN: 212-09-1234 and more text")),
            Encoding::Utf16Le
        );
        let be: Vec<u8> = "SSN: 212-09-1234"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(sniff(&be), Encoding::Utf16Be);
        assert_eq!(sniff(&[0, 1, 2, 3, 0, 0, 0xff, 7, 0, 9]), Encoding::Binary);
    }

    #[test]
    fn utf16_maps_offsets() {
        let raw = utf16le("é SSN 212-09-1234");
        let mut buf = TextBuf::default();
        let t = extract(&raw, Encoding::Utf16Le, &mut buf);
        let s = std::str::from_utf8(t.bytes).unwrap();
        assert_eq!(s, "é SSN 212-09-1234");
        let at = s.find("212").unwrap();
        assert_eq!(t.raw_of(at), raw.len() - 11 * 2);
        assert_eq!(t.text_of(t.raw_of(at)), at);
    }

    #[test]
    fn binary_runs() {
        let mut raw = vec![0u8, 1, 2, 0xff];
        raw.extend_from_slice(b"SSN 212-09-1234");
        raw.extend_from_slice(&[0, 0xfe, 3]);
        raw.extend_from_slice(&utf16le("MRN 00482913"));
        raw.extend_from_slice(&[0xff, 0xff, 1]);
        let mut buf = TextBuf::default();
        let t = extract(&raw, Encoding::Binary, &mut buf);
        let s = String::from_utf8_lossy(t.bytes);
        assert!(s.contains("SSN 212-09-1234\n"), "{s:?}");
        assert!(s.contains("MRN 00482913\n"), "{s:?}");
        let at = s.find("00482913").unwrap();
        assert_eq!(&raw[t.raw_of(at)..t.raw_of(at) + 1], b"0");
        // Short or noisy ASCII runs are dropped.
        let mut noise = vec![0u8, 1];
        noise.extend_from_slice(b"Q10 x");
        noise.extend_from_slice(&[0xff, 2]);
        noise.extend_from_slice(b"{d V*kC,(q$ t*z~");
        noise.push(0);
        let mut buf2 = TextBuf::default();
        let t = extract(&noise, Encoding::Binary, &mut buf2);
        assert!(t.bytes.is_empty(), "{:?}", String::from_utf8_lossy(t.bytes));
    }
}
