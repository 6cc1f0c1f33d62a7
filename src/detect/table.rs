//! Tables and patient structures: what each column means to the detectors
//! ([`FieldPlan`]), column names as labels for their cells, and the values
//! of columns that hold a detector's values.

use super::engine::{field_name, same_sample, Cell, Engine, Hit, Role, Scratch};
use super::validate::{self, Verdict};
use super::{Confidence, Kind, Level, Match};

/// What each column of a table means to the detectors.
#[derive(Debug, Clone)]
pub struct FieldPlan {
    pub(super) columns: Vec<ColumnRule>,
    /// The fields come from a patient structure (an HL7 PID segment, a
    /// FHIR Patient, a CDA recordTarget, a DICOM patient module), which
    /// says whose a phone or address is; a table column only says what it
    /// is (a staff directory has a `Mobile` column too).
    pub(super) patient: bool,
    /// The header names a patient record: a column of patient identifiers
    /// or birth dates (`ssn`, `MRN`, `DOB`, `member id`) or one named for a
    /// patient (`Pt Name`, `PAT_NAME`). Its person-name columns then hold
    /// patients' names whatever the census lists say, and its contact
    /// columns the patients' contact details.
    pub(super) people: bool,
}

#[derive(Debug, Clone)]
pub(super) struct ColumnRule {
    /// Detectors whose values the column holds.
    pub(super) dets: Vec<u16>,
    /// Keyword sets its name belongs to.
    pub(super) mask: u128,
    /// Its name names a part of a person's name (`LastName`, `Given
    /// Name`): side by side, two such columns hold one name.
    pub(super) name_part: bool,
}

impl Engine {
    /// How the columns of a table relate to the detectors: which hold a
    /// detector's values (a column `ssn`) and which are context for their
    /// cells (a column `patient name` labels the names in it). `None` when
    /// no column matters, so such tables are scanned as plain text.
    pub fn field_plan(&self, columns: &[&[u8]], scratch: &mut Scratch) -> Option<FieldPlan> {
        self.plan(columns, scratch, false)
    }

    /// Like [`Engine::field_plan`] for the fields of a patient structure
    /// (HL7 v2, FHIR, CDA, DICOM), whose contact details and addresses are
    /// the patient's and so reported at `high`.
    pub fn patient_plan(&self, columns: &[&[u8]], scratch: &mut Scratch) -> Option<FieldPlan> {
        self.plan(columns, scratch, true)
    }

    fn plan(&self, columns: &[&[u8]], scratch: &mut Scratch, patient: bool) -> Option<FieldPlan> {
        let mut any = false;
        let mut people = patient;
        let names: Vec<String> = columns.iter().map(|c| field_name(c)).collect();
        let mut columns: Vec<ColumnRule> = names
            .iter()
            .map(|name| {
                let dets = self.field_dets(name).cloned().unwrap_or_default();
                let mask = self.term_mask(name.as_bytes(), scratch);
                any |= !dets.is_empty() || mask != 0;
                people |= dets
                    .first()
                    .is_some_and(|&d| names_a_record(self.detectors[d as usize].field_kind))
                    || name.split(' ').any(|w| PATIENT_WORDS.contains(&w));
                let name_part = name.split(' ').any(|w| NAME_PARTS.contains(&w));
                ColumnRule {
                    dets,
                    mask,
                    name_part,
                }
            })
            .collect();
        // In a patient table a bare `Name` (or `Patient`) column is the
        // patient's name; elsewhere it may name products or places.
        if let (true, Some(rules)) = (people, &self.names) {
            for (rule, name) in columns.iter_mut().zip(&names) {
                if rule.dets.is_empty() && PERSON_COLUMNS.contains(&name.as_str()) {
                    rule.dets.push(rules.det);
                }
            }
        }
        any.then_some(FieldPlan {
            columns,
            patient,
            people,
        })
    }

    /// The detectors whose values a field holds: its whole name (`ssn`,
    /// `patient name`), else the longest run of its words that is a field
    /// (`icd9_dx`, `Primary MRN`), with a trailing number dropped (`dx2`).
    fn field_dets(&self, name: &str) -> Option<&Vec<u16>> {
        if let Some(d) = self.fields.get(name) {
            return Some(d);
        }
        let name = name
            .trim_end_matches(|ch: char| ch.is_ascii_digit())
            .trim_end();
        if let Some(d) = self.fields.get(name) {
            return Some(d);
        }
        let words: Vec<&str> = name.split(' ').collect();
        (1..words.len()).rev().find_map(|len| {
            words
                .windows(len)
                .find_map(|w| self.fields.get(&w.join(" ")))
        })
    }

    /// The keyword sets a short label (a column name) belongs to.
    fn term_mask(&self, label: &[u8], scratch: &mut Scratch) -> u128 {
        let mut mask = 0;
        let mut at = 0;
        self.begin_text(scratch);
        while let Some((pid, start, end)) = self.next_match(label, at, scratch) {
            if let Role::Keyword { mask: m2 } = self.roles[pid] {
                mask |= m2;
            }
            at = end.max(start + 1);
        }
        mask
    }

    /// Table cells: a column name is a label right before each of its cells
    /// (so `patient name` anchors and labels the names below it), and a
    /// column that holds a detector's values yields them directly.
    pub(super) fn table_context(
        &self,
        text: &[u8],
        plan: &FieldPlan,
        cells: &[Cell],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        let before = scratch.hits.len();
        // The last name taken from a table cell: its index in `out` and its
        // column, so the next column's name on the same row joins it.
        let mut last_name: Option<(usize, usize)> = None;
        for c in cells {
            let Some(rule) = plan.columns.get(c.column) else {
                continue;
            };
            // A column that holds a detector's values speaks for its own
            // cells only (below), never as a label for the next column's.
            if rule.mask != 0 && rule.dets.is_empty() {
                scratch.hits.push(Hit {
                    start: c.start,
                    end: c.start,
                    mask: rule.mask,
                });
            }
            if rule.dets.is_empty() {
                continue;
            }
            let Some(m) = self.field_value(text, c, &rule.dets, plan) else {
                last_name = None;
                continue;
            };
            // `LastName,FirstName` cells side by side are one person's
            // name, reported whole (`SMITH,JOHN`) as a name field holds it.
            if let Some((i, column)) = last_name.take() {
                let prev = out[i];
                if m.kind == Kind::Name
                    && !plan.patient
                    && column + 1 == c.column
                    && rule.name_part
                    && plan.columns[column].name_part
                    && prev.confidence == m.confidence
                    && just_a_separator(&text[prev.end..m.start])
                {
                    out[i].end = m.end;
                    if let Some(span) = scratch.field_spans.last_mut() {
                        span.1 = m.end;
                    }
                    continue;
                }
            }
            if m.kind == Kind::Name {
                last_name = Some((out.len(), c.column));
            }
            scratch.field_spans.push((m.start, m.end));
            out.push(m);
        }
        if scratch.hits.len() > before {
            scratch.hits.sort_by_key(|h| h.start);
        }
    }

    /// The match for a cell of a column that holds a detector's values:
    /// `high` when one of the column's detectors validates it (a known
    /// sample stays `low`), `medium` when none does, nothing for empty or
    /// placeholder values.
    ///
    /// Structure outranks dictionaries: in a patient structure or a patient
    /// table (see [`FieldPlan`]) a name column's cell is a name whatever the
    /// census lists say (`Nováková`, `Nguyễn`, `CompressedSamples^CT1`),
    /// and a contact column's cell that no US format validates (`Rue du
    /// Chapy 104`, a Belgian postcode) is still the patient's, left `low`
    /// for the record rule to raise like any other contact detail.
    fn field_value(&self, text: &[u8], c: &Cell, dets: &[u16], plan: &FieldPlan) -> Option<Match> {
        let (patient, people) = (plan.patient, plan.people);
        let value = &text[c.start..c.end];
        if is_placeholder(value) {
            return None;
        }
        let mut test_range = false;
        let valid = dets.iter().copied().find(|&det| {
            let d = &self.detectors[det as usize];
            if d.field_kind == Kind::Name {
                if people {
                    return super::names::reads_as_name(value);
                }
                // Elsewhere a name column's cell holds a name when one of
                // its words is a census name ("Date of Birth" in a
                // two-column list is a label, not a patient).
                return value
                    .split(|b| !b.is_ascii_alphabetic())
                    .any(|w| w.len() > 1 && self.is_name_word(w));
            }
            d.validator.is_none_or(|v| {
                match validate::check(v, text, c.start, c.end, &self.tables) {
                    Verdict::Valid => true,
                    Verdict::Sample => {
                        test_range = true;
                        true
                    }
                    Verdict::Invalid => false,
                }
            })
        });
        // A quasi-identifier (phone, address, …) in a table column is known
        // to be one, not known to be a patient's: it waits, like free
        // text, for a record identifier in the same unit.
        let quasi = |det: u16| !patient && self.detectors[det as usize].conf.record.is_some();
        // In a patient table the header already names the record (an
        // `SSN`, `MRN` or `DOB` column, a `Pt Name`), so its contact
        // columns hold the patient's details: they are reported at the
        // record level on their own, not through the record rule, which
        // an organisation's word in another cell (a `Company` or
        // `Occupation` column: "University professor") would silence.
        let record_level = |det: u16| {
            self.detectors[det as usize]
                .conf
                .record
                .and_then(Level::confidence)
                .unwrap_or(Confidence::Medium)
        };
        let first_kind = self.detectors[dets[0] as usize].field_kind;
        let (det, confidence, sample) = match valid {
            Some(det) => {
                let sample = test_range
                    || self.detectors[det as usize]
                        .samples
                        .iter()
                        .any(|s| same_sample(s, value));
                let kind = self.detectors[det as usize].field_kind;
                let level = if sample {
                    Confidence::Low
                } else if quasi(det) {
                    if people {
                        record_level(det)
                    } else {
                        Confidence::Low
                    }
                } else if kind == Kind::Name && !people {
                    // A person, not known to be a patient (a staff list).
                    Confidence::Medium
                } else {
                    Confidence::High
                };
                (det, level, sample)
            }
            // A patient's contact detail in a form no US validator knows.
            None if people && !patient && quasi(dets[0]) && plausible(first_kind, value) => {
                (dets[0], record_level(dets[0]), false)
            }
            // A value that fails validation in an identifier's column is
            // still one (a typo in an SSN column), if it has digits: words
            // in a diagnosis column are its description, not a code, and an
            // age of 89 or less is no identifier at all.
            None if value.iter().any(u8::is_ascii_digit)
                && !matches!(first_kind, Kind::Name | Kind::Age)
                && !quasi(dets[0])
                && (!first_kind.is_health_info() || looks_like_code(value)) =>
            {
                (dets[0], Confidence::Medium, false)
            }
            // A patient structure's identifier field (a DICOM PatientID, a
            // FHIR identifier) holds an identifier even in letters only
            // (`SCSGERM`, `eggs`): the structure says what it is. One token,
            // as identifiers are written; placeholders never get here.
            None if patient
                && matches!(first_kind, Kind::Mrn | Kind::OtherId)
                && identifier_token(value) =>
            {
                (dets[0], Confidence::Medium, false)
            }
            None => return None,
        };
        // A `Fax` column holds fax numbers: the detector's own fax label
        // (its `promote` keywords) names the column.
        let column_mask = plan.columns.get(c.column).map_or(0, |r| r.mask);
        let kind = self.detectors[det as usize]
            .promote
            .iter()
            .find(|p| p.kw.mask & column_mask != 0)
            .map_or(self.detectors[det as usize].field_kind, |p| p.kind);
        Some(Match {
            detector: det,
            kind,
            confidence,
            start: c.start,
            end: c.end,
            sample,
        })
    }
}

/// A code written as codes are (`E11.9`, `25000`): one short token. A
/// diagnosis column's "Chronic kidney disease, stage 3" is its title.
fn looks_like_code(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    !v.is_empty() && v.len() <= 12 && !v.iter().any(u8::is_ascii_whitespace)
}

/// What stands between two adjacent cells of a row: a delimiter, quotes,
/// spaces.
fn just_a_separator(gap: &[u8]) -> bool {
    gap.len() <= 6 && gap.iter().all(|b| b",;|\t \"".contains(b))
}

/// Words of column names that say a table is about patients.
const PATIENT_WORDS: &[&str] = &[
    "patient",
    "pt",
    "pat",
    "member",
    "subscriber",
    "insured",
    "guarantor",
    "beneficiary",
];

/// Words of column names for a part of a person's name.
const NAME_PARTS: &[&str] = &[
    "first",
    "last",
    "given",
    "family",
    "surname",
    "middle",
    "forename",
    "firstname",
    "lastname",
];

/// Column names that hold a person's name only in a patient table.
const PERSON_COLUMNS: &[&str] = &["name", "names", "patient", "pt", "person"];

/// Kinds whose column makes a table a patient record (DESIGN.md section
/// 3: an `ssn`, `mrn` or `dob` column is `high` on its own).
fn names_a_record(k: Kind) -> bool {
    matches!(
        k,
        Kind::Ssn
            | Kind::Itin
            | Kind::Mrn
            | Kind::Dob
            | Kind::Mbi
            | Kind::Hicn
            | Kind::HealthPlanId
    )
}

/// Whether a patient table's contact cell that failed validation still
/// has the form of its kind: a phone number of 7-15 digits, a postcode
/// with a digit, an address line or city with letters, an e-mail address.
fn plausible(kind: Kind, v: &[u8]) -> bool {
    let v = v.trim_ascii();
    let digits = v.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = v
        .iter()
        .filter(|&&b| b.is_ascii_alphabetic() || b >= 0x80)
        .count();
    match kind {
        Kind::Phone | Kind::Fax => {
            // An extension (`x751`, `ext. 12`) is part of the number as
            // exports write it; six digits is a whole number in some
            // countries (`87 47 98`).
            let number = phone_without_extension(v);
            let digits = number.iter().filter(|b| b.is_ascii_digit()).count();
            (6..=15).contains(&digits)
                && number
                    .iter()
                    .all(|&b| b.is_ascii_digit() || b" ()+-./".contains(&b))
        }
        Kind::Zip => digits > 0 && v.len() <= 10,
        Kind::Address => letters >= 2 && v.len() <= 120,
        Kind::Email => v.contains(&b'@') && v.contains(&b'.') && !v.contains(&b' '),
        _ => false,
    }
}

/// A letters-only identifier as systems write one: a single token of 3-64
/// letters (`SCSGERM`), no words of a sentence.
fn identifier_token(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    (3..=64).contains(&v.len()) && v.iter().all(|&b| b.is_ascii_alphabetic())
}

/// A phone number without a trailing extension (`555-201-3344x751`,
/// `(06 1) 455 2290 ext. 12`): the digits of the extension are no part of
/// the number's length.
fn phone_without_extension(v: &[u8]) -> &[u8] {
    let lower = v.to_ascii_lowercase();
    let at = [&b"ext."[..], b"ext", b"x", b"#"]
        .iter()
        .find_map(|marker| {
            let i = memchr::memmem::rfind(&lower, marker)?;
            let rest = lower[i + marker.len()..].trim_ascii();
            (i > 0 && !rest.is_empty() && rest.len() <= 6 && rest.iter().all(u8::is_ascii_digit))
                .then_some(i)
        });
    at.map_or(v, |i| v[..i].trim_ascii_end())
}

/// Values that stand for "no value" in exports: empty, `N/A`, `UNKNOWN`,
/// all-zero identifiers (`000-00-0000`), one character repeated
/// (`XXXXXXXXXX`), a number Excel turned into
/// `5.15293E+15` (the digits are lost), and the words anonymisers write in
/// place of a name (`Anonymized`, `REDACTED`): a scan that checks a
/// de-identified export must not report its markers.
fn is_placeholder(v: &[u8]) -> bool {
    let v = v.trim_ascii();
    // `UNKNOWN^UNKNOWN`, `Unknown, Unknown`: no one's name.
    let unknown_words = v.iter().any(u8::is_ascii_alphabetic)
        && v.split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                [
                    &b"unknown"[..],
                    b"unk",
                    b"anonymous",
                    b"anon",
                    b"none",
                    b"na",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
            });
    let excel_number = v.len() <= 16
        && v.first().is_some_and(u8::is_ascii_digit)
        && v.iter()
            .position(|&b| b == b'E')
            .is_some_and(|e| v[e + 1..].starts_with(b"+") && e + 2 < v.len())
        && v.iter()
            .all(|&b| b.is_ascii_digit() || b == b'.' || b == b'E' || b == b'+');
    v.is_empty()
        || unknown_words
        || excel_number
        || v.iter().all(|&b| b == v[0] && !b.is_ascii_alphanumeric())
        // A masked value: `XXXXXXXXXX`, `999999999` (a test value such
        // as `55555` may still stand for a record).
        || (v.len() >= 3
            && (v[0].is_ascii_alphabetic() || v[0] == b'9')
            && v.iter().all(|&b| b == v[0]))
        || (v.contains(&b'0')
            && v.iter()
                .all(|&b| b == b'0' || (!b.is_ascii_alphanumeric() && b < 0x80)))
        || [
            &b"n/a"[..],
            b"na",
            b"none",
            b"null",
            b"nil",
            b"unknown",
            b"tbd",
            b"pending",
            b"anonymized",
            b"anonymised",
            b"anonymous",
            b"redacted",
            b"removed",
            b"deidentified",
            b"de-identified",
        ]
        .iter()
        .any(|p| v.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_match_by_their_words() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = engine.scratch();
        let cols: [&[u8]; 5] = [b"icd9_dx", b"Primary MRN", b"ssn2", b"Comments", b"pid 3"];
        let plan = engine.field_plan(&cols, &mut scratch).unwrap();
        let kinds: Vec<Option<Kind>> = plan
            .columns
            .iter()
            .map(|c| {
                c.dets
                    .first()
                    .map(|&d| engine.detectors[d as usize].info.kind)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                Some(Kind::Icd9),
                Some(Kind::Mrn),
                Some(Kind::Ssn),
                None,
                Some(Kind::Mrn)
            ]
        );
    }

    #[test]
    fn camel_case_and_symbol_column_names_split_into_words() {
        for (raw, want) in [
            ("GivenName", "given name"),
            ("NationalID", "national id"),
            ("MRNNumber", "mrn number"),
            ("PAT_MRN_ID", "pat mrn id"),
            ("SSN#", "ssn"),
            ("DOB (MM/DD/YYYY)", "dob mm dd yyyy"),
            ("icd9_dx", "icd9 dx"),
            ("eMail", "e mail"),
            ("DX1", "dx1"),
        ] {
            assert_eq!(field_name(raw.as_bytes()), want, "{raw}");
        }
    }

    /// The field kind of each column of a header (`None`: no detector).
    fn column_kinds(engine: &Engine, cols: &[&str]) -> (Vec<Option<Kind>>, bool) {
        let mut scratch = engine.scratch();
        let cols: Vec<&[u8]> = cols.iter().map(|c| c.as_bytes()).collect();
        let plan = engine.field_plan(&cols, &mut scratch).unwrap();
        let kinds = plan
            .columns
            .iter()
            .map(|c| {
                c.dets
                    .first()
                    .map(|&d| engine.detectors[d as usize].field_kind)
            })
            .collect();
        (kinds, plan.people)
    }

    #[test]
    fn export_column_names_find_their_detectors() {
        let engine = Engine::builtin().unwrap();
        let (kinds, people) = column_kinds(
            &engine,
            &[
                "GivenName",
                "Surname",
                "MothersMaiden",
                "Birthday",
                "TelephoneNumber",
                "StreetAddress",
                "ZipCode",
                "NationalID",
                "EmailAddress",
                "NameSet",
            ],
        );
        use Kind::*;
        assert_eq!(
            kinds,
            [
                Some(Name),
                Some(Name),
                Some(Name),
                Some(Dob),
                Some(Phone),
                Some(Address),
                Some(Zip),
                Some(Ssn),
                Some(Email),
                None
            ]
        );
        assert!(people, "a birth date column makes it a patient table");
        let (kinds, _) = column_kinds(
            &engine,
            &[
                "PAT_NAME",
                "PAT_MRN_ID",
                "BIRTH_DATE",
                "Pt Name",
                "Patient Last Name",
                "Med Rec #",
                "SSN#",
                "Home Phone",
                "FirstName",
                "LastName",
                "DOB (MM/DD/YYYY)",
                "Phone #",
                "Name",
            ],
        );
        assert_eq!(
            kinds,
            [
                Some(Name),
                Some(Mrn),
                Some(Dob),
                Some(Name),
                Some(Name),
                Some(Mrn),
                Some(Ssn),
                Some(Phone),
                Some(Name),
                Some(Name),
                Some(Dob),
                Some(Phone),
                Some(Name)
            ]
        );
        for cols in [
            &["DX1", "Diagnosis Code", "PRIN_DX"][..],
            &["ICD9", "Member ID"],
        ] {
            let (kinds, _) = column_kinds(&engine, cols);
            assert!(
                kinds
                    .iter()
                    .take(cols.len() - 1)
                    .all(|k| k.is_some_and(Kind::is_health_info)),
                "{cols:?}: {kinds:?}"
            );
        }
        // A product list's `Name` is no person, and nothing says patient
        // (its `City` and `Phone` cells wait for a record that never comes).
        let (kinds, people) = column_kinds(&engine, &["Name", "Price", "City", "Phone"]);
        assert_eq!(kinds, [None, None, Some(Address), Some(Phone)]);
        assert!(!people);
    }

    /// Name findings (value, confidence) of a table scanned with its plan.
    fn table_names(engine: &Engine, csv: &str) -> Vec<(String, Confidence)> {
        let text = csv.as_bytes();
        let table = crate::extract::table(text).unwrap();
        let mut scratch = engine.scratch();
        let plan = engine.field_plan(&table.columns, &mut scratch).unwrap();
        let mut fields = Vec::new();
        crate::extract::table_fields(text, &table, &mut fields);
        let cells: Vec<Cell> = fields
            .iter()
            .map(|f| Cell {
                start: f.start,
                end: f.end,
                column: f.column,
            })
            .collect();
        let mut out = Vec::new();
        engine.scan_table(text, &plan, &cells, &mut scratch, &mut out, Confidence::Low);
        out.iter()
            .filter(|m| m.kind == Kind::Name)
            .map(|m| (csv[m.start..m.end].to_string(), m.confidence))
            .collect()
    }

    #[test]
    fn name_columns_of_a_patient_table_outrank_the_census_lists() {
        let engine = Engine::builtin().unwrap();
        let got = table_names(
            &engine,
            "FirstName,LastName,DOB\nJana,Nováková,03/14/61\nNguyễn,Thị Lan,1/2/1950\nUNKNOWN,N/A,01/01/1970\n",
        );
        let high = |v: &str| (v.to_string(), Confidence::High);
        assert_eq!(got, [high("Jana,Nováková"), high("Nguyễn,Thị Lan")]);
        // A staff list: persons, not known patients; census names only.
        let got = table_names(
            &engine,
            "First Name,Last Name,Extension\nJohn,Smith,2231\nZbyněk,Dvořák,2232\n",
        );
        let medium = |v: &str| (v.to_string(), Confidence::Medium);
        assert_eq!(got, [medium("John,Smith")]);
    }

    #[test]
    fn person_fields_of_patient_structures_outrank_the_census_lists() {
        let engine = Engine::builtin().unwrap();
        let mut scratch = engine.scratch();
        let plan = engine
            .patient_plan(&[&b"patient name"[..], b"ssn"], &mut scratch)
            .unwrap();
        for (value, want) in [
            ("CompressedSamples^CT1", Some(Confidence::High)),
            ("Nováková^Jana", Some(Confidence::High)),
            ("UNKNOWN^UNKNOWN", None),
            ("Anonymized", None),
        ] {
            let text = value.as_bytes();
            let cell = Cell {
                start: 0,
                end: text.len(),
                column: 0,
            };
            let got = engine
                .field_value(text, &cell, &plan.columns[0].dets, &plan)
                .map(|m| m.confidence);
            assert_eq!(got, want, "{value}");
        }
        let text = b"000-00-0000";
        let cell = Cell {
            start: 0,
            end: text.len(),
            column: 1,
        };
        assert!(engine
            .field_value(text, &cell, &plan.columns[1].dets, &plan)
            .is_none());
    }
}
