//! FHIR JSON resources: a single resource, a `Bundle`, or an NDJSON bulk
//! export (one resource per line).
//!
//! The JSON is read by a small hand-written parser rather than serde
//! because findings need exact byte offsets: every string keeps the raw
//! span between its quotes (escapes left as written). The parser is
//! iterative with a nesting limit, linear in the input, and never panics;
//! on a syntax error it stops and the values read so far still count.
//!
//! Each top-level value becomes a flat tree, which is then read with FHIR
//! rules: in patient-side people (`Patient`, `RelatedPerson`, `Person`)
//! identifiers, names and birth dates; in any resource, ICD-9/ICD-10
//! codings.

use std::borrow::Cow;

use memchr::{memchr2, memmem};

use crate::extract::Field;

/// Deepest nesting read; deeper input stops the parse (FHIR rarely goes
/// past a dozen levels, so this only bounds hostile input).
const MAX_DEPTH: usize = 256;

/// How far into the text [`is_fhir`] looks for `"resourceType"`.
const SNIFF_LEN: usize = 4096;

/// Whether `text` looks like FHIR JSON: after an optional UTF-8 BOM and
/// whitespace it opens an object, and `"resourceType"` appears near the
/// start. Cheap, so it can run on every file; NDJSON passes too, as its
/// first line is a resource.
pub fn is_fhir(text: &[u8]) -> bool {
    let body = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let first = body.iter().position(|b| !is_ws(*b));
    if first.map(|i| body[i]) != Some(b'{') {
        return false;
    }
    let head = &text[..text.len().min(SNIFF_LEN)];
    memmem::find(head, b"\"resourceType\"").is_some()
}

/// Appends to `out` the values of a FHIR JSON text that its structure
/// names (see [`super::FIELDS`]), so the engine can report them with the
/// confidence the structure gives. Reads top-level values one after the
/// other (NDJSON); on malformed input keeps what was read before the
/// fault.
pub fn fields(text: &[u8], out: &mut Vec<Field>) {
    let mut parser = Parser {
        text,
        pos: if text.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        },
        nodes: Vec::new(),
        stack: Vec::new(),
    };
    loop {
        parser.skip_ws();
        if parser.pos >= text.len() {
            break;
        }
        let complete = parser.value().is_ok();
        parser.close_open();
        Tree {
            text,
            nodes: &parser.nodes,
        }
        .read(out);
        parser.nodes.clear();
        parser.stack.clear();
        if !complete {
            break;
        }
    }
}

// ---------------------------------------------------------------------
// JSON tree
// ---------------------------------------------------------------------

/// A byte range of the text.
type Span = (usize, usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Object,
    Array,
    /// A string; its `val` is the span between the quotes.
    Str,
    /// A number, `true`, `false` or `null`.
    Scalar,
}

/// One JSON value. Nodes are stored in document (pre-)order, so a node's
/// descendants are the nodes after it up to `after`.
#[derive(Debug, Clone, Copy)]
struct Node {
    kind: Kind,
    /// The member name (span between its quotes) when inside an object.
    key: Option<Span>,
    /// For strings: the raw contents, escapes as written.
    val: Span,
    /// Index one past this node's last descendant.
    after: usize,
}

/// The parse stopped: syntax error, end of input or nesting too deep.
#[derive(Debug)]
struct Stop;

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
    nodes: Vec<Node>,
    /// Indices (into `nodes`) of the objects and arrays still open.
    stack: Vec<usize>,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while self.pos < self.text.len() && is_ws(self.text[self.pos]) {
            self.pos += 1;
        }
    }

    /// The next byte after whitespace, consumed.
    fn next_byte(&mut self) -> Result<u8, Stop> {
        self.skip_ws();
        let b = *self.text.get(self.pos).ok_or(Stop)?;
        self.pos += 1;
        Ok(b)
    }

    /// Parses one complete value at `pos` into `nodes`, without recursion.
    fn value(&mut self) -> Result<(), Stop> {
        let mut key = None;
        loop {
            // A value starts here.
            let index = self.nodes.len();
            match self.next_byte()? {
                open @ (b'{' | b'[') => {
                    if self.stack.len() >= MAX_DEPTH {
                        return Err(Stop);
                    }
                    let kind = if open == b'{' {
                        Kind::Object
                    } else {
                        Kind::Array
                    };
                    self.push(kind, key, (self.pos, self.pos));
                    self.stack.push(index);
                    self.skip_ws();
                    let close = if open == b'{' { b'}' } else { b']' };
                    if self.text.get(self.pos) != Some(&close) {
                        // First member or element.
                        key = if kind == Kind::Object {
                            Some(self.key()?)
                        } else {
                            None
                        };
                        continue;
                    }
                    self.pos += 1;
                    self.close();
                }
                b'"' => {
                    let span = self.string()?;
                    self.push(Kind::Str, key, span);
                }
                _ => {
                    self.pos -= 1;
                    self.scalar()?;
                    self.push(Kind::Scalar, key, (self.pos, self.pos));
                }
            }
            // A value ended: close containers until one wants another item.
            loop {
                let Some(&top) = self.stack.last() else {
                    return Ok(());
                };
                let object = self.nodes[top].kind == Kind::Object;
                match self.next_byte()? {
                    b',' => {
                        key = if object { Some(self.key()?) } else { None };
                        break;
                    }
                    b'}' if object => self.close(),
                    b']' if !object => self.close(),
                    _ => return Err(Stop),
                }
            }
        }
    }

    fn push(&mut self, kind: Kind, key: Option<Span>, val: Span) {
        let after = self.nodes.len() + 1;
        self.nodes.push(Node {
            kind,
            key,
            val,
            after,
        });
    }

    /// Ends the innermost open container.
    fn close(&mut self) {
        if let Some(top) = self.stack.pop() {
            self.nodes[top].after = self.nodes.len();
        }
    }

    /// Ends every open container after a stop, so the partial tree can
    /// still be read.
    fn close_open(&mut self) {
        while !self.stack.is_empty() {
            self.close();
        }
    }

    /// A member name and its `:`; returns the name's span.
    fn key(&mut self) -> Result<Span, Stop> {
        if self.next_byte()? != b'"' {
            return Err(Stop);
        }
        let span = self.string()?;
        if self.next_byte()? != b':' {
            return Err(Stop);
        }
        Ok(span)
    }

    /// The rest of a string whose opening quote was consumed; returns the
    /// span between the quotes. Raw control characters are invalid JSON
    /// and stop the parse (so a cut NDJSON line does not run on).
    fn string(&mut self) -> Result<Span, Stop> {
        let start = self.pos;
        let mut i = start;
        loop {
            let rest = self.text.get(i..).ok_or(Stop)?;
            let hit = memchr2(b'"', b'\\', rest).ok_or(Stop)?;
            if rest[..hit].iter().any(|b| *b < 0x20) {
                return Err(Stop);
            }
            i += hit;
            if self.text[i] == b'"' {
                self.pos = i + 1;
                return Ok((start, i));
            }
            // A backslash: skip it and the escaped byte (a `\u` escape's
            // hex digits are ordinary bytes).
            i += 2;
        }
    }

    /// A number or `true`/`false`/`null` (numbers are read leniently).
    fn scalar(&mut self) -> Result<(), Stop> {
        let rest = &self.text[self.pos..];
        for word in [&b"true"[..], b"false", b"null"] {
            if rest.starts_with(word) {
                self.pos += word.len();
                return Ok(());
            }
        }
        let len = rest
            .iter()
            .take_while(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .count();
        if len == 0 {
            return Err(Stop);
        }
        self.pos += len;
        Ok(())
    }
}

/// The decoded contents of a raw JSON string span, borrowing when it has
/// no escapes (the common case). Used to compare keys, systems and codes,
/// so `http:\/\/hl7.org\/...` still matches.
fn decode(raw: &[u8]) -> Cow<'_, [u8]> {
    if !raw.contains(&b'\\') {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&e) = raw.get(i) else { break };
        i += 1;
        match e {
            b'b' => out.push(0x08),
            b'f' => out.push(0x0C),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'u' => {
                let unit = |at: usize| {
                    raw.get(at..at + 4)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                };
                let Some(hi) = unit(i) else { break };
                i += 4;
                let mut cp = hi;
                if (0xD800..0xDC00).contains(&hi) && raw.get(i..i + 2) == Some(b"\\u") {
                    if let Some(lo @ 0xDC00..=0xDFFF) = unit(i + 2) {
                        cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                let c = char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER);
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            other => out.push(other), // `"`, `\`, `/` and anything lenient
        }
    }
    Cow::Owned(out)
}

// ---------------------------------------------------------------------
// FHIR rules
// ---------------------------------------------------------------------

/// Resource types whose people are the patient or someone close to them;
/// practitioners and organisations are not PHI subjects.
const PERSON_TYPES: &[&[u8]] = &[b"Patient", b"RelatedPerson", b"Person"];

/// Coding systems of ICD-10 diagnosis codes (CM, WHO, and their OIDs).
const ICD10_SYSTEMS: &[&[u8]] = &[
    b"http://hl7.org/fhir/sid/icd-10-cm",
    b"http://hl7.org/fhir/sid/icd-10",
    b"urn:oid:2.16.840.1.113883.6.90",
    b"urn:oid:2.16.840.1.113883.6.3",
];

/// Coding systems of ICD-9 diagnosis codes.
const ICD9_SYSTEMS: &[&[u8]] = &[
    b"http://hl7.org/fhir/sid/icd-9-cm",
    b"urn:oid:2.16.840.1.113883.6.103",
];

/// v2-0203 identifier type codes meaning a medical record number: MR,
/// temporary MR, patient internal and external identifiers (and the
/// common non-standard `MRN`).
const MRN_CODES: &[&[u8]] = &[b"MR", b"MRN", b"MRT", b"PI", b"PT"];

/// Identifier type codes meaning a US Social Security number.
const SSN_CODES: &[&[u8]] = &[b"SS", b"SSN"];

/// The SSN's OID (also reached as `http://hl7.org/fhir/sid/us-ssn`).
const SSN_OID: &[u8] = b"urn:oid:2.16.840.1.113883.4.1";

/// Words in an untyped identifier's system that say it is some other
/// number (licence, passport, insurance, provider), not a record number.
const OTHER_ID_HINTS: &[&str] = &[
    "passport", "driver", "licen", "npi", "medicare", "medicaid", "member", "insur", "payer", "tax",
];

/// One top-level value's nodes, read against the text they came from.
struct Tree<'a> {
    text: &'a [u8],
    nodes: &'a [Node],
}

impl<'a> Tree<'a> {
    /// Every node is looked at once for codings and resource roots; each
    /// lookup scans only direct children, so the whole pass is linear.
    fn read(&self, out: &mut Vec<Field>) {
        for i in 0..self.nodes.len() {
            if self.nodes[i].kind != Kind::Object {
                continue;
            }
            self.coding(i, out);
            let person = self
                .string(i, "resourceType")
                .is_some_and(|t| PERSON_TYPES.contains(&&*decode(t)));
            if person {
                self.person(i, out);
            }
        }
    }

    fn raw(&self, span: Span) -> &'a [u8] {
        &self.text[span.0..span.1]
    }

    /// Direct children of `i` (members or elements).
    fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].after;
        let mut next = i + 1;
        std::iter::from_fn(move || {
            (next < end).then(|| {
                let child = next;
                next = self.nodes[child].after.max(child + 1);
                child
            })
        })
    }

    /// Member `name` of object `i`.
    fn get(&self, i: usize, name: &str) -> Option<usize> {
        if self.nodes[i].kind != Kind::Object {
            return None;
        }
        self.children(i).find(|&c| {
            self.nodes[c]
                .key
                .is_some_and(|k| *decode(self.raw(k)) == *name.as_bytes())
        })
    }

    /// Raw contents of string member `name` of object `i`.
    fn string(&self, i: usize, name: &str) -> Option<&'a [u8]> {
        self.get(i, name)
            .filter(|&c| self.nodes[c].kind == Kind::Str)
            .map(|c| self.raw(self.nodes[c].val))
    }

    /// The objects of member `name`: the elements of an array, or a lone
    /// object written where an array belongs (lenient).
    fn objects(&self, i: usize, name: &str) -> Vec<usize> {
        match self.get(i, name) {
            Some(c) if self.nodes[c].kind == Kind::Array => self
                .children(c)
                .filter(|&e| self.nodes[e].kind == Kind::Object)
                .collect(),
            Some(c) if self.nodes[c].kind == Kind::Object => vec![c],
            _ => Vec::new(),
        }
    }

    fn emit(&self, node: usize, field: &str, out: &mut Vec<Field>) {
        let (start, end) = self.nodes[node].val;
        if start < end {
            out.push(Field {
                start,
                end,
                column: super::column(field),
            });
        }
    }

    /// A Coding anywhere (`system` + `code`) from an ICD code system.
    fn coding(&self, i: usize, out: &mut Vec<Field>) {
        let Some(system) = self.string(i, "system") else {
            return;
        };
        let Some(code) = self
            .get(i, "code")
            .filter(|&c| self.nodes[c].kind == Kind::Str)
        else {
            return;
        };
        let system = decode(system);
        let system = system.trim_ascii();
        if ICD10_SYSTEMS.contains(&system) {
            self.emit(code, "icd10", out);
        } else if ICD9_SYSTEMS.contains(&system) {
            self.emit(code, "icd9", out);
        }
    }

    /// A patient-side person resource: its identifiers, names, birth date
    /// and contacts' names (direct members only: identifiers inside a
    /// reference to an organisation are not the person's).
    fn person(&self, i: usize, out: &mut Vec<Field>) {
        let patient = self
            .string(i, "resourceType")
            .is_some_and(|t| *decode(t) == *b"Patient");
        for ident in self.objects(i, "identifier") {
            let value = self
                .get(ident, "value")
                .filter(|&v| self.nodes[v].kind == Kind::Str);
            if let (Some(value), Some(kind)) = (value, self.identifier_kind(ident, patient)) {
                self.emit(value, kind, out);
            }
        }
        for name in self.objects(i, "name") {
            self.human_name(name, out);
        }
        for contact in self.objects(i, "contact") {
            for name in self.objects(contact, "name") {
                self.human_name(name, out);
            }
        }
        if let Some(b) = self
            .get(i, "birthDate")
            .filter(|&b| self.nodes[b].kind == Kind::Str)
        {
            self.emit(b, "birthdate", out);
        }
    }

    /// A HumanName: its `text`, else its `family` (DSTU2 wrote `family`
    /// as an array of strings: the first is taken).
    fn human_name(&self, name: usize, out: &mut Vec<Field>) {
        let is_str = |n: &usize| self.nodes[*n].kind == Kind::Str;
        let text = self.get(name, "text").filter(is_str);
        let family = self
            .get(name, "family")
            .and_then(|f| match self.nodes[f].kind {
                Kind::Str => Some(f),
                Kind::Array => self.children(f).find(is_str),
                _ => None,
            });
        if let Some(n) = text.or(family) {
            self.emit(n, "patient name", out);
        }
    }

    /// What an Identifier's `value` is, from its type codes, type text or
    /// system; `None` when it is something else (licence, passport…).
    /// An untyped identifier of a Patient is its record number at a site.
    fn identifier_kind(&self, ident: usize, patient: bool) -> Option<&'static str> {
        let mut typed = false;
        if let Some(ty) = self.get(ident, "type") {
            for coding in self.objects(ty, "coding") {
                let Some(code) = self.string(coding, "code") else {
                    continue;
                };
                typed = true;
                let code = decode(code);
                let code = code.trim_ascii();
                if MRN_CODES.iter().any(|c| c.eq_ignore_ascii_case(code)) {
                    return Some("mrn");
                }
                if SSN_CODES.iter().any(|c| c.eq_ignore_ascii_case(code)) {
                    return Some("ssn");
                }
            }
            if let Some(text) = self.string(ty, "text") {
                typed = true;
                let text = decode(text).to_ascii_lowercase();
                let has = |w: &str| memmem::find(&text, w.as_bytes()).is_some();
                if has("social security") || text.trim_ascii() == b"ssn" {
                    return Some("ssn");
                }
                if has("medical record") || text.trim_ascii() == b"mrn" {
                    return Some("mrn");
                }
            }
        }
        let system = self
            .string(ident, "system")
            .map(|s| decode(s).trim_ascii().to_ascii_lowercase())
            .unwrap_or_default();
        let has = |w: &str| memmem::find(&system, w.as_bytes()).is_some();
        if has("us-ssn") || system == SSN_OID {
            return Some("ssn");
        }
        if has("mrn") || has("medical-record") || has("medicalrecord") || has("medical_record") {
            return Some("mrn");
        }
        // Other government-issued numbers share the SSN's OID branch.
        let other_id = OTHER_ID_HINTS.iter().any(|w| has(w))
            || system.starts_with(b"urn:oid:2.16.840.1.113883.4.");
        (patient && !typed && !other_id).then_some("mrn")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structured::pairs;

    /// (value, field name) of every field, in text order.
    fn found(text: &[u8]) -> Vec<(String, &'static str)> {
        crate::structured::named(crate::structured::Format::Fhir, text)
    }

    const PATIENT: &str = r#"{
  "resourceType": "Patient",
  "id": "p1",
  "extension": [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "F"}],
  "identifier": [
    {"use": "usual",
     "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
     "system": "urn:oid:2.16.840.1.113883.19.5", "value": "6245312489"},
    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS"}]},
     "system": "http://hl7.org/fhir/sid/us-ssn", "value": "458-27-4186"},
    {"type": {"coding": [{"code": "DL"}]}, "system": "urn:oid:2.16.840.1.113883.4.3.25", "value": "S99912345"}
  ],
  "active": true,
  "deceasedBoolean": false,
  "multipleBirthInteger": 1,
  "photo": null,
  "name": [
    {"use": "official", "text": "Elane Anderson", "family": "Anderson", "given": ["Elane", "I."]},
    {"use": "maiden", "family": "Whitlock", "given": ["Elane"]}
  ],
  "gender": "female",
  "birthDate": "2009-11-23",
  "_birthDate": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-birthTime", "valueDateTime": "2009-11-23T08:15:00-05:00"}]},
  "managingOrganization": {"reference": "Organization/1", "identifier": {"system": "urn:x", "value": "ORG-77"}},
  "contact": [{"relationship": [{"text": "mother"}], "name": {"family": "Whitlock", "given": ["Ruth"]}}]
}"#;

    #[test]
    fn patient_identifiers_names_birthdate() {
        assert_eq!(
            found(PATIENT.as_bytes()),
            pairs(&[
                ("6245312489", "mrn"),
                ("458-27-4186", "ssn"),
                ("Elane Anderson", "patient name"),
                ("Whitlock", "patient name"),
                ("2009-11-23", "birthdate"),
                ("Whitlock", "patient name"),
            ])
        );
    }

    #[test]
    fn identifier_kinds_from_system_and_defaults() {
        let text = br#"{"resourceType":"Patient","identifier":[
            {"system":"http://hospital.example.org/mrn","value":"A1"},
            {"system":"urn:oid:2.16.840.1.113883.4.1","value":"123-45-6789"},
            {"value":"B2"},
            {"system":"urn:oid:1.2.3.4","value":"C3"},
            {"type":{"text":"Medical Record Number"},"value":"D4"},
            {"type":{"text":"Social Security Number"},"value":"E5"},
            {"type":{"coding":[{"code":"PPN"}]},"value":"P6"},
            {"type":{"coding":[{"code":"MB"}]},"system":"http://payer.example/member","value":"M7"},
            {"system":"http://example.org/passport","value":"P8"},
            {"type":{"coding":[{"code":"ssn"}]},"value":"111-22-3333"}
        ]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("A1", "mrn"),
                ("123-45-6789", "ssn"),
                ("B2", "mrn"),
                ("C3", "mrn"),
                ("D4", "mrn"),
                ("E5", "ssn"),
                ("111-22-3333", "ssn"),
            ])
        );
        // Untyped identifiers are a record number only for a Patient.
        let related = br#"{"resourceType":"RelatedPerson","identifier":[{"value":"X1"},
            {"system":"http://hl7.org/fhir/sid/us-ssn","value":"222-33-4444"}],
            "name":[{"text":"Ruth Whitlock"}],"birthDate":"1970-01-02"}"#;
        assert_eq!(
            found(related),
            pairs(&[
                ("222-33-4444", "ssn"),
                ("Ruth Whitlock", "patient name"),
                ("1970-01-02", "birthdate"),
            ])
        );
    }

    #[test]
    fn bundle_two_patients_and_condition() {
        let text = br#"{"resourceType":"Bundle","type":"collection","entry":[
 {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"MRN001"}],"name":[{"family":"Smith","given":["Ann"]}],"birthDate":"1980-02-03"}},
 {"fullUrl":"urn:uuid:2","resource":{"resourceType":"Patient","name":[{"text":"Bob Jones"}],"birthDate":"1975-12-31"}},
 {"fullUrl":"urn:uuid:3","resource":{"resourceType":"Condition","subject":{"reference":"urn:uuid:1"},
   "code":{"coding":[
     {"system":"http://snomed.info/sct","code":"44054006","display":"Diabetes"},
     {"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9","display":"Type 2 diabetes"}]}}},
 {"resource":{"resourceType":"Claim","diagnosis":[{"diagnosisCodeableConcept":{"coding":[
     {"system":"http://hl7.org/fhir/sid/icd-9-cm","code":"250.00"},
     {"system":"urn:oid:2.16.840.1.113883.6.90","code":"I10"}]}}]}}
]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("MRN001", "mrn"),
                ("Smith", "patient name"),
                ("1980-02-03", "birthdate"),
                ("Bob Jones", "patient name"),
                ("1975-12-31", "birthdate"),
                ("E11.9", "icd10"),
                ("250.00", "icd9"),
                ("I10", "icd10"),
            ])
        );
    }

    #[test]
    fn ndjson_lines() {
        let text = b"{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"Ann Smith\"}],\"birthDate\":\"1980-02-03\"}\n\
{\"resourceType\":\"Patient\",\"identifier\":[{\"value\":\"42\"}],\"name\":[{\"family\":\"Jones\"}]}\r\n\
{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"J45\"}]}}\n";
        assert!(is_fhir(text));
        assert_eq!(
            found(text),
            pairs(&[
                ("Ann Smith", "patient name"),
                ("1980-02-03", "birthdate"),
                ("42", "mrn"),
                ("Jones", "patient name"),
                ("J45", "icd10"),
            ])
        );
    }

    #[test]
    fn practitioner_and_organization_not_reported() {
        let text = br#"{"resourceType":"Bundle","entry":[
 {"resource":{"resourceType":"Practitioner","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"9999999999"},
   {"type":{"coding":[{"code":"MR"}]},"value":"777"}],"name":[{"text":"Dr. Jane Doe","family":"Doe"}],"birthDate":"1960-01-01"}},
 {"resource":{"resourceType":"Organization","identifier":[{"value":"ORG1"}],"name":"Oak Meadow"}}]}"#;
        assert_eq!(found(text), vec![]);
    }

    #[test]
    fn contained_patient_inside_other_resource() {
        let text = br##"{"resourceType":"Observation","contained":[{"resourceType":"Patient","id":"p","name":[{"family":["Chalmers","Peter"]}]}],
          "subject":{"reference":"#p"},"valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"271649006"}]}}"##;
        assert_eq!(found(text), pairs(&[("Chalmers", "patient name")]));
    }

    #[test]
    fn snomed_and_other_codings_not_reported() {
        let text = br#"{"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006"},
          {"system":"http://loinc.org","code":"4548-4"},{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":7}]}}"#;
        assert_eq!(found(text), vec![]);
    }

    #[test]
    fn escaped_strings_keep_raw_spans() {
        let text = br#"{"resourceType":"Patient","note":"a \"}\" \\ \u00e9 ]","name":[{"text":"Anderson \"Jr\""}],
          "identifier":[{"system":"http:\/\/hl7.org\/fhir\/sid\/us-ssn","value":"123-45-6789"}],
          "birth\u0044ate":"2001-01-01"}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("Anderson \\\"Jr\\\"", "patient name"),
                ("123-45-6789", "ssn"),
                ("2001-01-01", "birthdate"),
            ])
        );
        assert_eq!(&*decode(br"a\u00e9\ud83d\ude00\/"), "aé😀/".as_bytes());
        assert_eq!(&*decode(br"\ud83d x \u12"), "\u{FFFD} x ".as_bytes());
    }

    #[test]
    fn minified_and_whitespace_variety() {
        let text = b"\xEF\xBB\xBF \t\r\n{ \"resourceType\" :\t\"Patient\" ,\n\"birthDate\"\r\n:\n\"1999-09-09\" , \"x\" : [ 1.5e3 , -2 , true , false , null , { } , [ ] ] }";
        assert!(is_fhir(text));
        assert_eq!(found(text), pairs(&[("1999-09-09", "birthdate")]));
    }

    #[test]
    fn sniff() {
        assert!(is_fhir(PATIENT.as_bytes()));
        assert!(!is_fhir(b""));
        assert!(!is_fhir(b"{\"name\": \"not fhir\"}"));
        assert!(!is_fhir(b"[{\"resourceType\": \"Patient\"}]"));
        assert!(!is_fhir(b"mrn,name\n1,\"resourceType\"\n"));
        let mut late = b"{\"a\":\"".to_vec();
        late.extend(std::iter::repeat_n(b'x', SNIFF_LEN));
        late.extend_from_slice(b"\",\"resourceType\":\"Patient\"}");
        assert!(!is_fhir(&late));
    }

    #[test]
    fn error_keeps_earlier_values() {
        // Second line is cut; the first resource and the part of the
        // second read before the fault count, nothing after.
        let text = b"{\"resourceType\":\"Patient\",\"birthDate\":\"1980-02-03\"}\n\
{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"Ann\"}],\"birthDate\":\"19\n\
{\"resourceType\":\"Patient\",\"birthDate\":\"1990-01-01\"}\n";
        assert_eq!(
            found(text),
            pairs(&[("1980-02-03", "birthdate"), ("Ann", "patient name")])
        );
    }

    #[test]
    fn every_prefix_never_panics() {
        let doc = PATIENT.as_bytes();
        let full = found(doc);
        for end in 0..=doc.len() {
            let got = found(&doc[..end]);
            // A prefix never invents values: each is one of the full set.
            assert!(got.iter().all(|f| full.contains(f)), "prefix {end}");
            assert!(got.len() <= full.len());
        }
    }

    #[test]
    fn random_bytes_never_panic() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as u32
        };
        let alphabet =
            b"{}[]\":,\\ \n0123456789-.eEtruefalsn\xEF\xBB\xBFu\x01resourceTypePatientsystemcode";
        let doc = PATIENT.as_bytes();
        for round in 0..2000 {
            let len = (next() % 200) as usize;
            let bytes: Vec<u8> = if round % 2 == 0 {
                (0..len)
                    .map(|_| alphabet[next() as usize % alphabet.len()])
                    .collect()
            } else {
                // A valid document with a few bytes changed.
                let mut d = doc.to_vec();
                for _ in 0..1 + next() % 4 {
                    let at = next() as usize % d.len();
                    d[at] = alphabet[next() as usize % alphabet.len()];
                }
                d
            };
            let _ = is_fhir(&bytes);
            let mut out = Vec::new();
            fields(&bytes, &mut out);
            for f in &out {
                assert!(f.start < f.end && f.end <= bytes.len());
            }
        }
    }

    #[test]
    fn depth_bomb_does_not_overflow() {
        let bomb = vec![b'['; 100_000];
        assert_eq!(found(&bomb), vec![]);
        let mut objects =
            b"{\"resourceType\":\"Patient\",\"birthDate\":\"2000-01-01\",\"a\":".to_vec();
        for _ in 0..100_000 {
            objects.extend_from_slice(b"{\"a\":[");
        }
        assert_eq!(found(&objects), pairs(&[("2000-01-01", "birthdate")]));
        // Nesting within the limit still parses to the end.
        let mut deep = b"[".repeat(MAX_DEPTH - 1);
        deep.extend_from_slice(br#"{"system":"http://hl7.org/fhir/sid/icd-10","code":"A00"}"#);
        deep.extend(b"]".repeat(MAX_DEPTH - 1));
        assert_eq!(found(&deep), pairs(&[("A00", "icd10")]));
    }
}
