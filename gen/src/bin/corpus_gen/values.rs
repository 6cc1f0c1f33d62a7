//! Synthetic values and the ways documents write them: dates, SSNs, ITINs,
//! record numbers, people (with their contact details and plan ids from
//! [`super::ids`]), label styles and OCR noise.
//!
//! Every identifier is valid under the rules the detectors implement (SSA,
//! IRS, the code tables), because the corpus measures whether the scanner
//! finds real-looking data, not whether it rejects junk.

use super::dicts::Dicts;
use super::ids;
use super::{Doc, Kind};
use phiscan_gen::rng::Rng;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub y: u32,
    pub m: u32,
    pub d: u32,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Ways a date is written. `Compact` (YYYYMMDD) is only used after a label
/// or in fields (HL7, CDA) where the structure says it is a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFmt {
    /// 03/14/1961
    Us,
    /// 3/14/61
    UsShort,
    /// 1961-03-14
    Iso,
    /// March 14, 1961
    Long,
    /// 14 Mar 1961
    DayMon,
    /// 19610314
    Compact,
}

impl DateFmt {
    /// A birth-date style for free text, weighted toward the common ones.
    pub fn random_dob(rng: &Rng) -> DateFmt {
        [
            DateFmt::Us,
            DateFmt::UsShort,
            DateFmt::Iso,
            DateFmt::Long,
            DateFmt::DayMon,
            DateFmt::Compact,
        ][rng.weighted(&[45, 12, 14, 12, 10, 7])]
    }

    /// A style for other dates in a document (no compact form in prose).
    pub fn random_plain(rng: &Rng) -> DateFmt {
        [DateFmt::Us, DateFmt::UsShort, DateFmt::Iso, DateFmt::Long]
            [rng.weighted(&[60, 10, 20, 10])]
    }
}

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A uniformly chosen valid date in the years `lo..=hi`.
    pub fn random(rng: &Rng, lo: u32, hi: u32) -> Date {
        let y = rng.range(lo, hi);
        let m = rng.range(1, 12);
        let d = rng.range(1, days_in(y, m));
        Date { y, m, d }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for weekdays and
    /// date arithmetic.
    fn days(self) -> i64 {
        let (y, m) = if self.m <= 2 {
            (self.y as i64 - 1, self.m as i64 + 9)
        } else {
            (self.y as i64, self.m as i64 - 3)
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * m + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400) as u32 + u32::from(m <= 2);
        Date { y, m, d }
    }

    /// This date plus `n` days.
    pub fn plus(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Three-letter weekday, for e-mail and log headers.
    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday.
        WEEKDAYS[((self.days() + 3).rem_euclid(7)) as usize]
    }

    /// Three-letter month name.
    pub fn mon(self) -> &'static str {
        &MONTHS[self.m as usize - 1][..3]
    }

    /// The date written in `f`.
    pub fn fmt(self, f: DateFmt) -> String {
        let Date { y, m, d } = self;
        match f {
            DateFmt::Us => format!("{m:02}/{d:02}/{y}"),
            DateFmt::UsShort => format!("{m}/{d}/{:02}", y % 100),
            DateFmt::Iso => format!("{y}-{m:02}-{d:02}"),
            DateFmt::Long => format!("{} {d}, {y}", MONTHS[m as usize - 1]),
            DateFmt::DayMon => format!("{d} {} {y}", self.mon()),
            DateFmt::Compact => format!("{y}{m:02}{d:02}"),
        }
    }

    /// Age in whole years on `at`.
    pub fn age_on(self, at: Date) -> u32 {
        let mut a = at.y.saturating_sub(self.y);
        if (at.m, at.d) < (self.m, self.d) {
            a = a.saturating_sub(1);
        }
        a
    }
}

/// Published or advertised SSNs: never planted, since the scanner rightly
/// reports them at `low` only.
const SAMPLE_SSNS: [&str; 6] = [
    "078051120",
    "219099999",
    "123456789",
    "111111111",
    "333333333",
    "457555462",
];

/// A valid SSN as nine digits: area 001-899 except 666, group 01-99,
/// serial 0001-9999 (SSA rules), never a published sample.
pub fn ssn_digits(rng: &Rng) -> String {
    loop {
        let area = rng.range(1, 899);
        if area == 666 {
            continue;
        }
        let s = format!("{area:03}{:02}{:04}", rng.range(1, 99), rng.range(1, 9999));
        if !SAMPLE_SSNS.contains(&s.as_str()) {
            return s;
        }
    }
}

/// A valid ITIN as nine digits: 9xx with IRS middle digits 50-65, 70-88,
/// 90-92 or 94-99, serial not 0000.
pub fn itin_digits(rng: &Rng) -> String {
    const GROUPS: [(u32, u32); 4] = [(50, 65), (70, 88), (90, 92), (94, 99)];
    let (lo, hi) = *rng.pick_ref(&GROUPS);
    format!(
        "9{:02}{:02}{:04}",
        rng.range(0, 99),
        rng.range(lo, hi),
        rng.range(1, 9999)
    )
}

/// Nine digits as `AAA<d>GG<d>SSSS`.
pub fn with_delim(digits: &str, delim: &str) -> String {
    format!(
        "{}{delim}{}{delim}{}",
        &digits[..3],
        &digits[3..5],
        &digits[5..]
    )
}

/// How an SSN is written in text: mostly hyphenated; spaces, dots or bare
/// digits only ever next to an SSN keyword (the detector requires one and
/// so would a human reader).
pub fn ssn_delim(rng: &Rng) -> &'static str {
    ["-", " ", ".", ""][rng.weighted(&[70, 10, 6, 14])]
}

/// A medical record number: 6-10 digits (often zero-padded) or a letter and
/// digits. Never one digit repeated.
pub fn mrn(rng: &Rng) -> String {
    loop {
        let v = match rng.weighted(&[45, 20, 25, 10]) {
            0 => rng.digits(rng.range(6, 10) as usize),
            1 => format!("00{}", rng.digits(rng.range(5, 7) as usize)),
            2 => {
                let letter = char::from(b'A' + rng.below(26) as u8);
                format!("{letter}{}", rng.digits(rng.range(6, 8) as usize))
            }
            _ => format!("{}{}", rng.pick(&["MR", "H", "E"]), rng.digits(7)),
        };
        let digits: Vec<char> = v.chars().filter(char::is_ascii_digit).collect();
        if digits.iter().any(|&c| c != digits[0]) {
            return v;
        }
    }
}

/// An encounter, account or FIN number: planted as `account` after an
/// account label, as `mrn` after an encounter, visit or FIN label (the
/// kinds the detectors report for them).
pub fn account(rng: &Rng) -> String {
    let n = rng.range(7, 10) as usize;
    format!("{}{}", rng.range(1, 9), rng.digits(n - 1))
}

/// How a name is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameShape {
    /// Denise Kowalski
    FirstLast,
    /// Denise R. Kowalski
    FirstInitialLast,
    /// Mary Ann Jones
    FirstMiddleLast,
    /// Kowalski, Denise
    LastCommaFirst,
    /// KOWALSKI^DENISE (HL7 XPN; always upper case)
    Caret,
}

impl NameShape {
    /// A shape for free text.
    pub fn random_text(rng: &Rng) -> NameShape {
        [
            NameShape::FirstLast,
            NameShape::FirstInitialLast,
            NameShape::FirstMiddleLast,
            NameShape::LastCommaFirst,
        ][rng.weighted(&[45, 22, 5, 28])]
    }
}

/// A synthetic patient. Names come from the census lists; nothing else
/// about them is real: addresses are invented streets with a ZIP code that
/// exists in the patient's state, phones valid NANP numbers outside the
/// fictional range (the scanner rightly reports those), e-mail addresses
/// made from the name at real free-mail domains.
#[derive(Clone)]
pub struct Person {
    /// Upper case, as in the census list.
    pub first: &'static str,
    /// A full middle name (upper case) or an initial.
    pub middle: String,
    pub last: &'static str,
    pub sex: char,
    pub dob: Date,
    /// Nine digits.
    pub ssn: String,
    pub mrn: String,
    /// The street line (`1234 Oak Street, Apt 5B`): the `address` value.
    pub street: String,
    pub city: &'static str,
    pub state: &'static str,
    /// Five digits, or ZIP+4 (`43215-2207`): the `zip` value.
    pub zip: String,
    /// Home phone, ten digits (write with [`ids::fmt_phone`]).
    pub phone: String,
    /// Cell phone, ten digits.
    pub cell: String,
    pub email: String,
    /// Medicare Beneficiary Identifier (11 characters, no dashes).
    pub mbi: String,
    /// Health plan member id.
    pub member_id: String,
    /// Driver's license number in the state's format.
    pub license: String,
}

/// Title case of an upper-case census word (`MCDONALD` -> `Mcdonald`).
pub fn title(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

impl Person {
    /// A new patient born between 1935 and 2021, or (about one in twelve)
    /// a very old one born 1920-1932, so that notes state ages over 89
    /// (Safe Harbor's age category) often enough to measure.
    pub fn random(rng: &Rng, dicts: &Dicts) -> Person {
        let first = dicts.first(rng);
        let middle = if rng.chance(0.15) {
            let mut m = dicts.first(rng);
            while m == first {
                m = dicts.first(rng);
            }
            m.to_string()
        } else {
            char::from(b'A' + rng.below(26) as u8).to_string()
        };
        let city = rng.pick_ref(CITIES);
        let last = dicts.last(rng);
        let dob = if rng.chance(0.12) {
            Date::random(rng, 1920, 1932)
        } else {
            Date::random(rng, 1935, 2021)
        };
        let mut zip = dicts.zip(rng, city.state, city.zip3);
        if rng.chance(0.15) {
            zip.push_str(&format!("-{:04}", rng.range(1, 9999)));
        }
        Person {
            first,
            middle,
            last,
            sex: if rng.chance(0.5) { 'F' } else { 'M' },
            dob,
            ssn: ssn_digits(rng),
            mrn: mrn(rng),
            street: ids::street_line(rng, dicts.last(rng)),
            city: city.name,
            state: city.state,
            zip,
            phone: ids::nanp_digits(rng, Some(city.area)),
            cell: ids::nanp_digits(
                rng,
                Some(if rng.chance(0.7) {
                    city.area
                } else {
                    rng.pick_ref(CITIES).area
                }),
            ),
            email: ids::email(rng, first, last, dob.y),
            mbi: ids::mbi(rng),
            member_id: ids::member_id(rng),
            license: ids::license(rng, city.state),
        }
    }

    /// Age in whole years on `at`.
    pub fn age(&self, at: Date) -> u32 {
        self.dob.age_on(at)
    }

    /// The home phone in layout `f`.
    pub fn phone_as(&self, f: ids::PhoneFmt) -> String {
        ids::fmt_phone(&self.phone, f)
    }

    /// The cell phone in layout `f`.
    pub fn cell_as(&self, f: ids::PhoneFmt) -> String {
        ids::fmt_phone(&self.cell, f)
    }

    /// The name in `shape`, upper case or title case.
    pub fn name(&self, shape: NameShape, upper: bool) -> String {
        let c = |w: &str| if upper { w.to_string() } else { title(w) };
        let initial = &self.middle[..1];
        match shape {
            NameShape::FirstLast => format!("{} {}", c(self.first), c(self.last)),
            NameShape::FirstInitialLast => {
                format!("{} {initial}. {}", c(self.first), c(self.last))
            }
            NameShape::FirstMiddleLast if self.middle.len() > 1 => {
                format!("{} {} {}", c(self.first), c(&self.middle), c(self.last))
            }
            NameShape::FirstMiddleLast => {
                format!("{} {initial}. {}", c(self.first), c(self.last))
            }
            NameShape::LastCommaFirst => format!("{}, {}", c(self.last), c(self.first)),
            NameShape::Caret => format!("{}^{}", self.last, self.first),
        }
    }

    /// "Ms. Kowalski" / "Mr. Kowalski": how prose refers back to the
    /// patient (a surname alone is not a name finding).
    pub fn salutation(&self) -> String {
        format!(
            "{} {}",
            if self.sex == 'F' { "Ms." } else { "Mr." },
            title(self.last)
        )
    }

    /// he/she, for prose.
    pub fn pronoun(&self) -> &'static str {
        if self.sex == 'F' {
            "she"
        } else {
            "he"
        }
    }

    /// man/woman, for prose.
    pub fn noun(&self) -> &'static str {
        if self.sex == 'F' {
            "woman"
        } else {
            "man"
        }
    }
}

/// A city with its state, a three-digit ZIP prefix it uses and its main
/// area code.
pub struct City {
    pub name: &'static str,
    pub state: &'static str,
    pub zip3: &'static str,
    pub area: u32,
}

const fn city(name: &'static str, state: &'static str, zip3: &'static str, area: u32) -> City {
    City {
        name,
        state,
        zip3,
        area,
    }
}

/// Cities people in the corpus live in.
pub const CITIES: &[City] = &[
    city("Columbus", "OH", "432", 614),
    city("Dayton", "OH", "454", 937),
    city("Toledo", "OH", "436", 419),
    city("Akron", "OH", "443", 330),
    city("Cincinnati", "OH", "452", 513),
    city("Springfield", "IL", "627", 217),
    city("Peoria", "IL", "616", 309),
    city("Madison", "WI", "537", 608),
    city("Milwaukee", "WI", "532", 414),
    city("Fort Wayne", "IN", "468", 260),
    city("Lexington", "KY", "405", 859),
    city("Louisville", "KY", "402", 502),
    city("Grand Rapids", "MI", "495", 616),
    city("Lansing", "MI", "489", 517),
    city("Pittsburgh", "PA", "152", 412),
    city("Erie", "PA", "165", 814),
    city("Knoxville", "TN", "379", 865),
    city("Omaha", "NE", "681", 402),
    city("Des Moines", "IA", "503", 515),
    city("Tulsa", "OK", "741", 918),
];

/// A phone number in the fictional 555-01xx range, in one of the usual
/// layouts: for letterheads, signatures and negatives, where a number that
/// is not a patient's must not be reported (the scanner treats this range
/// as samples).
pub fn phone(rng: &Rng) -> String {
    let area = rng.range(201, 989);
    let line = format!("01{:02}", rng.range(0, 99));
    match rng.below(4) {
        0 => format!("({area}) 555-{line}"),
        1 => format!("{area}-555-{line}"),
        2 => format!("{area}.555.{line}"),
        _ => format!("{area} 555 {line}"),
    }
}

/// A clinician as initial and surname ("A. Pierce, MD"). Clinicians are
/// not patients: a full first name here would be a name the truth does not
/// list, so they are written the way many notes sign them.
pub fn clinician(rng: &Rng, dicts: &Dicts) -> String {
    let creds = ["MD", "MD", "DO", "NP", "PA-C", "MD, FACP"];
    format!(
        "{}. {}, {}",
        char::from(b'A' + rng.below(26) as u8),
        title(dicts.last(rng)),
        rng.pick(&creds)
    )
}

/// A clinic or hospital name from invented place words, none of which
/// pairs up into a census first name and surname.
pub fn facility(rng: &Rng, hospital: bool) -> String {
    const PLACE: [&str; 14] = [
        "Riverbend",
        "Lakeside",
        "Northfield",
        "Cedarbrook",
        "Harborview",
        "Pinecrest",
        "Summit Valley",
        "Stonebridge",
        "Oak Meadow",
        "Bluewater",
        "Prairie View",
        "Ridgeline",
        "Eastgate",
        "Millbrook",
    ];
    const CLINIC: [&str; 7] = [
        "Family Medicine",
        "Internal Medicine Associates",
        "Primary Care",
        "Community Health Center",
        "Cardiology Group",
        "Pulmonary and Sleep Clinic",
        "Endocrinology Associates",
    ];
    const HOSP: [&str; 4] = [
        "Regional Hospital",
        "Medical Center",
        "Community Hospital",
        "General Hospital",
    ];
    let p = rng.pick(&PLACE);
    if hospital {
        format!("{p} {}", rng.pick(&HOSP))
    } else {
        format!("{p} {}", rng.pick(&CLINIC))
    }
}

/// A health plan name.
pub fn payer(rng: &Rng) -> &'static str {
    rng.pick(&[
        "Buckeye Health Plan",
        "Great Lakes Mutual",
        "Heartland Care Plus",
        "Medicare Part B",
        "Medicaid Managed Care",
        "Tri-State Health Alliance",
        "Summit Employee Benefits",
    ])
}

/// How a document's labels look: case, separator, column alignment, and
/// how often a value goes on the line after its label. Chosen once per
/// document, as a real form or template would be.
pub struct Form {
    case: u8,
    sep: &'static str,
    align: usize,
    brk: f64,
}

impl Form {
    /// A style for a typed document. Most are `Label: value`; some align
    /// values in a column (wide gaps), some break lines after labels
    /// (forms exported to text), some upper- or lower-case their labels.
    pub fn random(rng: &Rng) -> Form {
        let case = rng.weighted(&[72, 22, 6]) as u8;
        let sep = rng.pick(&[": ", ": ", ": ", ": ", ":  ", ":", " ", " : "]);
        let align = if rng.chance(0.15) {
            rng.range(16, 26) as usize
        } else {
            0
        };
        let brk = if rng.chance(0.12) { 0.3 } else { 0.0 };
        Form {
            case,
            sep,
            align,
            brk,
        }
    }

    /// The plain `Label: value` style.
    pub fn plain() -> Form {
        Form {
            case: 0,
            sep: ": ",
            align: 0,
            brk: 0.0,
        }
    }

    /// `label` in this form's case.
    pub fn case(&self, label: &str) -> String {
        match self.case {
            1 => label.to_uppercase(),
            2 => label.to_lowercase(),
            _ => label.to_string(),
        }
    }

    /// Writes `label` and what separates it from its value.
    pub fn label(&self, rng: &Rng, doc: &mut Doc, label: &str) {
        let l = self.case(label);
        doc.s(&l);
        if self.brk > 0.0 && rng.chance(self.brk) {
            doc.s(":\n");
            if rng.chance(0.4) {
                doc.s("  ");
            }
        } else if self.align > 0 {
            doc.s(":");
            let pad = self.align.saturating_sub(l.len() + 1).max(1);
            doc.s(&" ".repeat(pad));
        } else {
            doc.s(self.sep);
        }
    }

    /// A labelled planted value.
    pub fn field(&self, rng: &Rng, doc: &mut Doc, label: &str, kind: Kind, value: &str) {
        self.label(rng, doc, label);
        doc.plant(kind, value);
    }

    /// A labelled value that is not planted truth (dates of service, sex).
    pub fn plain_field(&self, rng: &Rng, doc: &mut Doc, label: &str, value: &str) {
        self.label(rng, doc, label);
        doc.s(value);
    }
}

/// Labels a patient name may follow.
pub const NAME_LABELS: &[&str] = &[
    "Patient",
    "Patient Name",
    "Patient Name",
    "Pt Name",
    "Patient",
    "Name of Patient",
];
/// Labels a birth date may follow.
pub const DOB_LABELS: &[&str] = &["DOB", "DOB", "DOB", "Date of Birth", "D.O.B.", "Birth Date"];
/// Labels a record number may follow.
pub const MRN_LABELS: &[&str] = &[
    "MRN",
    "MRN",
    "MRN",
    "Medical Record #",
    "Medical Record Number",
    "Chart No.",
    "Patient ID",
    "MR#",
];
/// SSN labels.
pub const SSN_LABELS: &[&str] = &[
    "SSN",
    "SSN",
    "Social Security No.",
    "SS#",
    "Soc Sec #",
    "Social Security Number",
];

/// OCR-like damage for scanned or faxed documents: letters read as digits
/// in words, doubled spaces, ragged line widths and words broken across
/// lines. Applied to prose only, never to a planted value or its label.
#[derive(Clone)]
pub struct Ocr {
    rate: f64,
}

impl Ocr {
    /// Noise at a per-word rate of 2-8%.
    pub fn random(rng: &Rng) -> Ocr {
        Ocr {
            rate: 0.02 + rng.below(7) as f64 / 100.0,
        }
    }

    /// `text` with some words misread.
    pub fn apply(&self, rng: &Rng, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                out.push(' ');
                if rng.chance(self.rate) {
                    out.push(' ');
                }
            }
            if word.len() > 3
                && word
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b",.;".contains(&b))
                && rng.chance(self.rate)
            {
                let swapped = match rng.below(5) {
                    0 => word.replacen('o', "0", 1).replacen('O', "0", 1),
                    1 => word.replacen('l', "1", 1),
                    2 => word.replacen("rn", "m", 1),
                    3 => word.replacen('e', "c", 1),
                    _ => word.replacen('i', "l", 1),
                };
                out.push_str(&swapped);
            } else {
                out.push_str(word);
            }
        }
        out
    }

    /// Scanned pages wrap at uneven widths.
    pub fn width(&self, rng: &Rng, width: usize) -> usize {
        width - 12 + rng.below(20)
    }
}

/// Appends `text` wrapped at `width` columns, ending with a newline.
pub fn wrap_into(out: &mut String, text: &str, width: usize) {
    let mut col = 0;
    for word in text.split(' ') {
        if col > 0 && col + 1 + word.len() > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.len();
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssns_follow_ssa_rules() {
        let r = Rng::new(11);
        for _ in 0..20_000 {
            let s = ssn_digits(&r);
            let area: u32 = s[..3].parse().unwrap();
            assert!(area != 0 && area != 666 && area < 900, "{s}");
            assert_ne!(&s[3..5], "00");
            assert_ne!(&s[5..], "0000");
            assert!(!SAMPLE_SSNS.contains(&s.as_str()));
        }
    }

    #[test]
    fn itins_follow_irs_ranges() {
        let r = Rng::new(12);
        for _ in 0..20_000 {
            let s = itin_digits(&r);
            let mid: u32 = s[3..5].parse().unwrap();
            assert!(s.starts_with('9'));
            assert!(matches!(mid, 50..=65 | 70..=88 | 90..=92 | 94..=99), "{s}");
        }
    }

    #[test]
    fn dates_round_trip() {
        let d = Date {
            y: 1961,
            m: 3,
            d: 14,
        };
        assert_eq!(d.fmt(DateFmt::Us), "03/14/1961");
        assert_eq!(d.fmt(DateFmt::UsShort), "3/14/61");
        assert_eq!(d.fmt(DateFmt::Long), "March 14, 1961");
        assert_eq!(d.fmt(DateFmt::DayMon), "14 Mar 1961");
        assert_eq!(d.fmt(DateFmt::Compact), "19610314");
        assert_eq!(d.weekday(), "Tue");
        assert_eq!(
            d.plus(365),
            Date {
                y: 1962,
                m: 3,
                d: 14
            }
        );
        assert_eq!(
            Date {
                y: 2024,
                m: 2,
                d: 28
            }
            .plus(1),
            Date {
                y: 2024,
                m: 2,
                d: 29
            }
        );
    }

    #[test]
    fn name_shapes() {
        let dicts = Dicts::load();
        let mut p = Person::random(&Rng::new(1), &dicts);
        p.first = "DENISE";
        p.last = "KOWALSKI";
        p.middle = "R".into();
        assert_eq!(
            p.name(NameShape::FirstInitialLast, false),
            "Denise R. Kowalski"
        );
        assert_eq!(p.name(NameShape::LastCommaFirst, true), "KOWALSKI, DENISE");
        assert_eq!(p.name(NameShape::Caret, false), "KOWALSKI^DENISE");
    }
}
