//! Named validators: the rules a value must pass beyond its shape.
//!
//! Each follows the published specification, not other scanners' habits, so
//! that a `medium` finding means "this could be a real identifier".

use std::sync::OnceLock;

use super::spec::SpecSource;
use super::wordset::WordSet;
use super::DetectError;

/// What a validator says of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Passes every rule.
    Valid,
    /// Fails a rule: not reported in free text.
    Invalid,
}

/// The validators a detector may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// SSA rules for Social Security numbers.
    Ssn,
    /// IRS ranges for ITINs.
    Itin,
    /// Label-anchored record numbers.
    Mrn,
    /// Official ICD-10-CM code table.
    Icd10,
    /// Official ICD-9-CM code table.
    Icd9,
    /// Calendar validity.
    Date,
}

impl Validator {
    /// Looks a validator up by the name used in TOML.
    pub fn by_name(name: &str) -> Result<Self, DetectError> {
        Ok(match name {
            "ssn" => Self::Ssn,
            "itin" => Self::Itin,
            "mrn" => Self::Mrn,
            "icd10" => Self::Icd10,
            "icd9" => Self::Icd9,
            "date" => Self::Date,
            other => return Err(DetectError::Spec(format!("unknown validator {other:?}"))),
        })
    }
}

/// Code tables, loaded on first use so that scans without any ICD-shaped
/// text (and `detectors list`) never pay for them.
#[derive(Debug)]
pub struct CodeTables {
    source: SpecSource,
    icd10: OnceLock<WordSet>,
    icd9: OnceLock<WordSet>,
}

impl CodeTables {
    /// Tables read from `source` when first needed.
    pub fn new(source: SpecSource) -> Result<Self, DetectError> {
        // Fail early if the files are missing, rather than mid-scan.
        source.dict("dict/icd10cm-codes.txt")?;
        source.dict("dict/icd9cm-codes.txt")?;
        Ok(CodeTables {
            source,
            icd10: OnceLock::new(),
            icd9: OnceLock::new(),
        })
    }

    /// Loads both tables now (from a background thread at scan start, so
    /// the first worker to meet a code does not wait for them).
    pub fn warm_up(&self) {
        self.table(&self.icd10, "dict/icd10cm-codes.txt");
        self.table(&self.icd9, "dict/icd9cm-codes.txt");
    }

    fn table<'a>(&self, cell: &'a OnceLock<WordSet>, rel: &str) -> &'a WordSet {
        cell.get_or_init(|| WordSet::from_text(self.source.dict(rel).unwrap_or_default()))
    }
}

/// Runs `v` on `text[start..end]`; `text` is the whole unit so that the
/// bytes around the value can be checked too.
pub fn check(v: Validator, text: &[u8], start: usize, end: usize, tables: &CodeTables) -> Verdict {
    let value = &text[start..end];
    let ok = match v {
        Validator::Ssn => ssn(value),
        Validator::Itin => itin(value),
        Validator::Mrn => mrn(value),
        Validator::Icd10 => {
            standalone_code(text, start, end)
                && lookup(value, tables.table(&tables.icd10, "dict/icd10cm-codes.txt"))
                && !(short_external_cause(value)
                    && lookup(value, tables.table(&tables.icd9, "dict/icd9cm-codes.txt")))
        }
        Validator::Icd9 => {
            standalone_code(text, start, end)
                && lookup(value, tables.table(&tables.icd9, "dict/icd9cm-codes.txt"))
        }
        Validator::Date => date(value),
    };
    if ok {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// ICD-10-CM V codes (transport accidents) are used with their seventh
/// character (`V43.52XA`); a shorter one such as `V70.0` is the ICD-9-CM
/// supplementary code (routine examination) whenever that table has it.
fn short_external_cause(value: &[u8]) -> bool {
    value.first() == Some(&b'V') && value.iter().filter(|b| b.is_ascii_alphanumeric()).count() < 7
}

/// Splits a 9-digit identifier written `AAA-GG-SSSS`, `AAA GG SSSS`,
/// `AAA.GG.SSSS` or `AAAGGSSSS`; the same delimiter must be used on both
/// sides.
fn nine_digits(value: &[u8]) -> Option<(u32, u32, u32)> {
    let mut digits = [0u32; 9];
    match value.len() {
        9 => {}
        11 => {
            let (d1, d2) = (value[3], value[6]);
            if d1 != d2 || d1.is_ascii_digit() {
                return None;
            }
        }
        _ => return None,
    }
    let mut n = 0;
    for (i, &b) in value.iter().enumerate() {
        if value.len() == 11 && (i == 3 || i == 6) {
            continue;
        }
        if !b.is_ascii_digit() {
            return None;
        }
        digits[n] = u32::from(b - b'0');
        n += 1;
    }
    let num = |s: &[u32]| s.iter().fold(0, |acc, d| acc * 10 + d);
    Some((num(&digits[0..3]), num(&digits[3..5]), num(&digits[5..9])))
}

/// SSA: area 000, 666 and 900-999 are never issued; group 00 and serial
/// 0000 are never issued.
pub fn ssn(value: &[u8]) -> bool {
    match nine_digits(value) {
        Some((area, group, serial)) => {
            area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
        }
        None => false,
    }
}

/// IRS: ITINs begin with 9 and have middle digits 50-65, 70-88, 90-92 or 94-99.
pub fn itin(value: &[u8]) -> bool {
    match nine_digits(value) {
        Some((area, group, serial)) => {
            (900..1000).contains(&area)
                && matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99)
                && serial != 0
        }
        None => false,
    }
}

/// A record number has at least four digits and is not one digit repeated
/// (placeholders such as `00000000`).
pub fn mrn(value: &[u8]) -> bool {
    let digits: Vec<u8> = value.iter().copied().filter(u8::is_ascii_digit).collect();
    if digits.len() < 4 {
        return false;
    }
    let first = digits[0];
    !digits.iter().all(|&d| d == first)
}

/// A code is not part of a longer dotted or hyphenated token
/// (`SKU-E11.9`, `1.401.9`, `E11.99999`).
fn standalone_code(text: &[u8], start: usize, end: usize) -> bool {
    // A three-character component between HL7 separators (`ADT^A01|`,
    // `...^I10|`) names a message event or a coding system, not a code.
    if end - start == 3
        && start > 0
        && text[start - 1] == b'^'
        && matches!(text.get(end), None | Some(b'|' | b'^' | b'\r' | b'\n'))
    {
        return false;
    }
    // EVN-1 repeats the event code (`EVN|A04|`).
    if start >= 4 && text[start - 4..start].eq_ignore_ascii_case(b"EVN|") {
        return false;
    }
    if start > 0
        && matches!(
            text[start - 1],
            b'-' | b'_' | b'.' | b'/' | b'#' | b'$' | b'\\'
        )
    {
        return false;
    }
    if end < text.len() && matches!(text[end], b'.' | b'-' | b'_' | b'/') {
        if let Some(&next) = text.get(end + 1) {
            if next.is_ascii_alphanumeric() {
                return false;
            }
        }
    }
    true
}

fn lookup(value: &[u8], table: &WordSet) -> bool {
    let mut key = [0u8; 8];
    let mut n = 0;
    for &b in value {
        if b == b'.' {
            continue;
        }
        if n == key.len() {
            return false;
        }
        key[n] = b;
        n += 1;
    }
    table.contains(&key[..n])
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Calendar validity for the date shapes of `dates.toml`: month 1-12, a day
/// that exists in that month (leap years included), year 1880-2100 (or two
/// digits). Day-first readings (`13/04/1961`) are accepted too.
pub fn date(value: &[u8]) -> bool {
    let mut nums = [0u32; 3];
    let mut n = 0;
    let mut month_word: Option<u32> = None;
    for tok in value
        .split(|c| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let digits = tok.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 {
            if n == nums.len() || digits > 8 {
                return false;
            }
            nums[n] = tok[..digits]
                .iter()
                .fold(0, |acc, d| acc * 10 + u32::from(d - b'0'));
            n += 1;
        } else if tok.len() >= 3 {
            let lower = [
                tok[0].to_ascii_lowercase(),
                tok[1].to_ascii_lowercase(),
                tok[2].to_ascii_lowercase(),
            ];
            if let Some(i) = MONTHS.iter().position(|m| m.as_bytes() == lower) {
                month_word = Some(i as u32 + 1);
            }
        }
    }
    let (year, month, day, alt) = match (month_word, &nums[..n]) {
        (Some(m), [d, y]) => (*y, m, *d, None),
        (None, [y, m, d]) if value.len() >= 8 && *y >= 1000 => (*y, *m, *d, None),
        (None, [ymd]) if value.len() == 8 => (ymd / 10000, ymd / 100 % 100, ymd % 100, None),
        (None, [a, b, y]) => (*y, *a, *b, Some((*b, *a))),
        _ => return false,
    };
    let year_ok = |y: u32| y < 100 || (1880..=2100).contains(&y);
    if !year_ok(year) {
        return false;
    }
    let full_year = if year < 100 { 2000 + year } else { year };
    calendar_ok(full_year, month, day) || alt.is_some_and(|(m, d)| calendar_ok(full_year, m, d))
}

fn calendar_ok(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssn_rules() {
        assert!(ssn(b"212-09-1234"));
        assert!(ssn(b"212091234"));
        assert!(ssn(b"212 09 1234"));
        assert!(!ssn(b"000-12-3456"));
        assert!(!ssn(b"666-12-3456"));
        assert!(!ssn(b"900-12-3456"));
        assert!(!ssn(b"212-00-1234"));
        assert!(!ssn(b"212-09-0000"));
        assert!(!ssn(b"212-09.1234"), "mixed delimiters");
    }

    #[test]
    fn itin_ranges() {
        assert!(itin(b"912-70-1234"));
        assert!(itin(b"999-99-1234"));
        assert!(!itin(b"912-93-1234"));
        assert!(!itin(b"912-49-1234"));
        assert!(!itin(b"812-70-1234"));
    }

    #[test]
    fn dates() {
        assert!(date(b"03/14/1961"));
        assert!(date(b"14/03/1961"), "day first");
        assert!(date(b"2/29/2000"));
        assert!(!date(b"2/29/1900"));
        assert!(!date(b"13/45/1961"));
        assert!(date(b"March 3, 1961"));
        assert!(date(b"3 Mar 1961"));
        assert!(date(b"1961-03-14"));
        assert!(date(b"19610314"));
        assert!(!date(b"19611314"));
        assert!(!date(b"02/30/2020"));
    }

    #[test]
    fn mrn_needs_digits() {
        assert!(mrn(b"A1234567"));
        assert!(!mrn(b"pending"));
        assert!(!mrn(b"00000000"));
    }

    #[test]
    fn codes_stand_alone() {
        assert!(standalone_code(b"Dx E11.9 ok", 3, 8));
        assert!(!standalone_code(b"SKU-E11.9", 4, 9));
        assert!(!standalone_code(b"E11.99999", 0, 3));
        assert!(
            !standalone_code(b"Dx: $250.00", 5, 11),
            "a price is not a code"
        );
    }
}
