//! HL7 v2 messages: the patient's values in the fields of PID, NK1, IN1,
//! GT1 and the coded elements whose coding system is ICD-10 or ICD-9.

use crate::structure::Cell;

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
/// given components together (`SMITH^JOHN`), as the `column` of a [`Cell`].
pub fn hl7_fields(text: &[u8], out: &mut Vec<Cell>) {
    out.clear();
    // A segment printed at a fixed width (a message in a PDF or Word
    // printout) goes on in the lines after it that start no segment: its
    // bytes without the line breaks, and where each sits in the text.
    let (mut joined, mut at, mut cells) = (Vec::new(), Vec::new(), Vec::new());
    let mut seg_start = 0;
    while seg_start < text.len() {
        let mut seg_end = line_end(text, seg_start);
        let seg = &text[seg_start..seg_end];
        if starts_segment(seg) {
            let mut next = seg_end + 1;
            while next < text.len() && continues_segment(&text[next..line_end(text, next)]) {
                if joined.is_empty() {
                    joined.extend_from_slice(seg);
                    at.extend(seg_start..seg_end);
                }
                let e = line_end(text, next);
                joined.extend_from_slice(&text[next..e]);
                at.extend(next..e);
                seg_end = e;
                next = e + 1;
            }
            if joined.is_empty() {
                segment_fields(seg, seg_start, out);
            } else {
                cells.clear();
                segment_fields(&joined, 0, &mut cells);
                out.extend(cells.iter().filter(|c| c.end > c.start).map(|c| Cell {
                    start: at[c.start],
                    end: at[c.end - 1] + 1,
                    column: c.column,
                }));
                joined.clear();
                at.clear();
            }
        }
        seg_start = seg_end + 1;
    }
    // A DG1-3 code with its system is named twice: the system says more.
    out.dedup_by_key(|f| (f.start, f.end));
}

/// The end of the line that starts at `from`.
fn line_end(text: &[u8], from: usize) -> usize {
    memchr::memchr2(b'\r', b'\n', &text[from..]).map_or(text.len(), |i| from + i)
}

/// Whether a line starts an HL7 segment: an identifier and the field
/// separator (`PID|`, `ZPD|`, `IN1|`).
fn starts_segment(line: &[u8]) -> bool {
    line.len() > 4 && line[3] == b'|'
}

/// Whether a line goes on with the segment above it: text that starts no
/// segment, no message frame and no blank line.
fn continues_segment(line: &[u8]) -> bool {
    let id = |b: &u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let segment = line.len() > 3 && line[3] == b'|' && line[..3].iter().all(id);
    !segment && !line.trim_ascii().is_empty() && !matches!(line[0], 0x0B | 0x1C)
}

/// The fields of one segment `seg`, which starts at `base` in the text.
fn segment_fields(seg: &[u8], base: usize, out: &mut Vec<Cell>) {
    // The fields phiscan reads in this segment, by number.
    let numbered: &[Option<Hl7Spec>] = hl7_specs()
        .iter()
        .find(|(id, _)| seg[..3].eq_ignore_ascii_case(id))
        .map_or(&[], |(_, fields)| fields);
    let mut field_start = 4;
    let mut n = 1;
    loop {
        let field_end =
            memchr::memchr(b'|', &seg[field_start..]).map_or(seg.len(), |i| field_start + i);
        coded_icd(seg, field_start, field_end, base, out);
        if let Some(&Some(spec)) = numbered.get(n) {
            let mut rep_start = base + field_start;
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

/// The values of one repetition `rep` (at `at` in the text) of a field
/// of [`HL7_FIELDS`], by its shape.
fn hl7_repetition(rep: &[u8], at: usize, spec: Hl7Spec, out: &mut Vec<Cell>) {
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
        if end > start && !super::is_placeholder(&rep[start..end]) {
            out.push(Cell {
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
fn coded_icd(seg: &[u8], start: usize, end: usize, seg_start: usize, out: &mut Vec<Cell>) {
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
                out.push(Cell {
                    start: seg_start + s,
                    end: seg_start + s + c.len(),
                    column,
                });
            }
        }
        rep_start += rep.len() + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_segment_wrapped_by_a_printout_goes_on_in_the_lines_below_it() {
        // A message printed to PDF at a fixed width: PID breaks inside
        // PID-11 and again before PID-18; a framed message and a blank
        // line after it start nothing new.
        let msg = b"MSH|^~\\&|A|B|||20240101||ADT^A01|1|P|2.5\n\
PID|1||4471902^^^GHH^MR||OKAFOR^CHIDI^A||19430517|M|||1234 Oak Street^^Day\n\
ton^OH^45402^USA^H||(937) 555-2211|||\n\
||90000408|222335656\n\
\n\
\x0bMSH|^~\\&|A|B|||20240101||ADT^A01|2|P|2.5\r\
PID|1||55^^^GHH^MR\r";
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
                ("pid 11 city", b"Day\nton"),
                ("pid 11 zip", b"45402"),
                ("pid 13", b"(937) 555-2211"),
                ("pid 18", b"90000408"),
                ("pid 19", b"222335656"),
                ("pid 3", b"55"),
            ]
        );
    }
}
