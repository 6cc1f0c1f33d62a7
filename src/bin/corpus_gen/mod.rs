//! Pieces of the `corpus-gen` binary (issue 3): a deterministic generator of
//! realistic documents carrying synthetic PHI, hard negatives that share
//! their shapes, and the truth file that says which values are planted.
//!
//! Layout: `rng` (the only randomness), `dicts` (census names and code
//! tables), `values` (identifiers, dates, people, label styles, OCR noise),
//! `text_docs` (notes, letters, lab reports, claims, e-mail), `structured`
//! (CSV/TSV, HL7 v2, FHIR JSON, CDA XML), `negatives` (look-alikes) and
//! `containers` (archives, office documents, PDF, mail with attachments and
//! markup that wrap the documents above, issue 4).

pub mod containers;
pub mod dicts;
pub mod negatives;
pub mod rng;
pub mod structured;
pub mod text_docs;
pub mod values;

use values::Ocr;

/// Kinds that are planted and listed in the truth file. Other dates
/// (service, admission) are written but are not targets, so not listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ssn,
    Itin,
    Mrn,
    Icd10,
    Icd9,
    Name,
    Dob,
}

impl Kind {
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
        }
    }
}

/// A piece of [`Doc::prose_with`]: plain text, or a planted value.
pub enum Part<'a> {
    T(&'a str),
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
    pub fn prose_with(&mut self, rng: &rng::Rng, parts: &[Part], width: usize) -> &mut Doc {
        const GLUE: char = '\u{1}';
        let mut text = String::new();
        for part in parts {
            match part {
                Part::T(t) => match &self.ocr {
                    Some(o) => text.push_str(&o.apply(rng, t)),
                    None => text.push_str(t),
                },
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
    pub fn prose(&mut self, rng: &rng::Rng, text: &str, width: usize) -> &mut Doc {
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
