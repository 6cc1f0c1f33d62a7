//! Pieces of the `corpus-gen` binary (issue 3): a deterministic generator of
//! realistic documents carrying synthetic PHI, hard negatives that share
//! their shapes, and the truth file that says which values are planted.
//!
//! Layout (randomness, archive and Office writers come from the
//! `phiscan_gen` library): `dicts` (census names, code tables and the ZIP
//! list), `values` (dates, SSNs, record numbers, people, label
//! styles, OCR noise), `ids` (issue 5's identifiers: phones, e-mail,
//! addresses, IPs, cards, routing and plan numbers, NPI, DEA, MBI, HICN,
//! NDC, licenses, VINs, UDIs, each valid by its rule), `contact` (how
//! documents write a person's contact details, plan ids and age),
//! `text_docs` (notes, letters, lab reports, claims, e-mail), `more_docs`
//! (prescriptions, operative and implant records, auto-injury claims,
//! patient-portal access logs), `structured` (CSV/TSV, HL7 v2, FHIR JSON,
//! CDA XML), `dicom` (DICOM Part 10 files from a small explicit-VR writer),
//! `negatives` (look-alikes) and `containers` (archives, office documents,
//! PDF, mail with attachments and markup that wrap the documents above,
//! issue 4).

pub mod contact;
pub mod containers;
pub mod dicom_writer;
pub mod dicts;
pub mod ids;
pub mod more_docs;
pub mod negatives;
pub mod structured;
pub mod text_docs;
pub mod values;

use phiscan_gen::rng::Rng;
use values::Ocr;

/// Kinds that are planted and listed in the truth file. Other dates
/// (service, admission) are written but are not targets, so not listed;
/// nor are `date` and `other_id`, which no generator plants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Ssn,
    Itin,
    Mrn,
    Icd10,
    Icd9,
    Name,
    Dob,
    Mbi,
    Hicn,
    HealthPlanId,
    Npi,
    Dea,
    Ndc,
    Phone,
    Fax,
    Email,
    Address,
    Zip,
    Ip,
    Url,
    Account,
    License,
    Vin,
    DeviceId,
    Age,
}

impl Kind {
    /// Every kind, in the order the closing summary lists them.
    pub const ALL: [Kind; 25] = [
        Kind::Ssn,
        Kind::Itin,
        Kind::Mrn,
        Kind::Icd10,
        Kind::Icd9,
        Kind::Name,
        Kind::Dob,
        Kind::Mbi,
        Kind::Hicn,
        Kind::HealthPlanId,
        Kind::Npi,
        Kind::Dea,
        Kind::Ndc,
        Kind::Phone,
        Kind::Fax,
        Kind::Email,
        Kind::Address,
        Kind::Zip,
        Kind::Ip,
        Kind::Url,
        Kind::Account,
        Kind::License,
        Kind::Vin,
        Kind::DeviceId,
        Kind::Age,
    ];

    /// The name in the finding schema's `kind` vocabulary (DESIGN.md 4).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Ssn => "ssn",
            Kind::Itin => "itin",
            Kind::Mrn => "mrn",
            Kind::Icd10 => "icd10",
            Kind::Icd9 => "icd9",
            Kind::Name => "name",
            Kind::Dob => "dob",
            Kind::Mbi => "mbi",
            Kind::Hicn => "hicn",
            Kind::HealthPlanId => "health_plan_id",
            Kind::Npi => "npi",
            Kind::Dea => "dea",
            Kind::Ndc => "ndc",
            Kind::Phone => "phone",
            Kind::Fax => "fax",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::Zip => "zip",
            Kind::Ip => "ip",
            Kind::Url => "url",
            Kind::Account => "account",
            Kind::License => "license",
            Kind::Vin => "vin",
            Kind::DeviceId => "device_id",
            Kind::Age => "age",
        }
    }
}

/// A piece of [`Doc::prose_with`]: plain text (OCR noise may touch it),
/// kept text (never noised: the words a planted value needs around it to
/// be recognised, such as "-year-old"), or a planted value.
pub enum Part<'a> {
    T(&'a str),
    K(&'a str),
    V(Kind, &'a str),
}

/// One generated file: where it goes, its bytes, and the identifiers
/// planted in it. Values are recorded as written, so the truth can never
/// drift from the text (checked before the file is written).
pub struct Doc {
    /// Path relative to the output directory, '/'-separated.
    pub rel: String,
    /// The file's content.
    pub text: String,
    /// Planted identifiers in order of appearance (duplicates allowed here;
    /// the writer lists each (kind, value) once per file).
    pub truth: Vec<(Kind, String)>,
    /// OCR-like noise for prose in this document, if any.
    pub ocr: Option<Ocr>,
    /// Members of a document that is itself a container (the messages of
    /// an mbox): `(i, name)` says that the truth from index `i` on sits in
    /// member `name`, until the next entry. Empty for a plain document.
    pub members: Vec<(usize, String)>,
}

impl Doc {
    /// An empty document to be written at `rel`.
    pub fn new(rel: String) -> Doc {
        Doc {
            rel,
            text: String::new(),
            truth: Vec::new(),
            ocr: None,
            members: Vec::new(),
        }
    }

    /// Marks the start of member `name`: the values planted from here on
    /// sit inside it (phiscan reports them with `inner: [name]`).
    pub fn member(&mut self, name: String) {
        self.members.push((self.truth.len(), name));
    }

    /// The member chain of the truth value at index `i`: `[]` for a plain
    /// document, `[name]` inside a member.
    pub fn chain_of(&self, i: usize) -> Vec<String> {
        self.members
            .iter()
            .rev()
            .find(|(start, _)| *start <= i)
            .map(|(_, name)| vec![name.clone()])
            .unwrap_or_default()
    }

    /// Layout text (headers, labels, table rules): never noised, so labels
    /// stay intact even in "scanned" documents.
    pub fn s(&mut self, t: &str) -> &mut Doc {
        self.text.push_str(t);
        self
    }

    /// Layout text and a newline.
    pub fn line(&mut self, t: &str) -> &mut Doc {
        self.text.push_str(t);
        self.text.push('\n');
        self
    }

    /// Writes a planted identifier and records it in the truth.
    pub fn plant(&mut self, kind: Kind, value: &str) -> &mut Doc {
        self.text.push_str(value);
        self.truth.push((kind, value.to_string()));
        self
    }

    /// Records an identifier that structured writers (JSON, XML) put into
    /// the text themselves.
    pub fn record(&mut self, kind: Kind, value: &str) {
        self.truth.push((kind, value.to_string()));
    }

    /// Prose with planted values inside it ("Thank you for seeing my
    /// patient, Denise Kowalski, a 62-year-old ..."): noise touches only
    /// the text parts, and wrapping never splits a value across lines.
    pub fn prose_with(&mut self, rng: &Rng, parts: &[Part], width: usize) -> &mut Doc {
        const GLUE: char = '\u{1}';
        let mut text = String::new();
        for part in parts {
            match part {
                Part::T(t) => match &self.ocr {
                    Some(o) => text.push_str(&o.apply(rng, t)),
                    None => text.push_str(t),
                },
                Part::K(t) => text.push_str(&t.replace(' ', &GLUE.to_string())),
                Part::V(kind, v) => {
                    text.push_str(&v.replace(' ', &GLUE.to_string()));
                    self.truth.push((*kind, v.to_string()));
                }
            }
        }
        let width = match &self.ocr {
            Some(o) => o.width(rng, width),
            None => width,
        };
        let mut wrapped = String::new();
        values::wrap_into(&mut wrapped, &text, width);
        self.text.push_str(&wrapped.replace(GLUE, " "));
        self
    }

    /// Free prose, wrapped to `width`, with this document's OCR noise.
    pub fn prose(&mut self, rng: &Rng, text: &str, width: usize) -> &mut Doc {
        let text = match &self.ocr {
            Some(o) => o.apply(rng, text),
            None => text.to_string(),
        };
        let width = match &self.ocr {
            Some(o) => o.width(rng, width),
            None => width,
        };
        values::wrap_into(&mut self.text, &text, width);
        self
    }
}
