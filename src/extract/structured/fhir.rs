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
//! identifiers, names, birth dates, contact points and addresses (also of a
//! Patient's contacts); in `Coverage`, the member's plan identifiers; in
//! any resource, ICD-9/ICD-10 codings. Only a resource's own elements are
//! read: extensions (`extension`, `modifierExtension`, `_element`) and
//! references to other resources are never taken for them, and
//! clinicians' and organisations' contact details are not the patient's.

use std::borrow::Cow;

use memchr::{memchr2, memmem};

use crate::structure::Cell;

/// Deepest nesting kept in the tree (FHIR rarely goes past a dozen
/// levels, so this only bounds hostile input): a deeper object or array is
/// passed over as one opaque value, its brackets counted, and the parse
/// goes on after it.
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
pub fn fields(text: &[u8], out: &mut Vec<Cell>) {
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
        // Containers still open at a fault are cut short: read, but not
        // taken for whole where wholeness matters (a name).
        let cut = parser.stack.clone();
        parser.close_open();
        Tree {
            text,
            nodes: &parser.nodes,
            cut: &cut,
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

/// What a JSON value is: the scanner keeps the kind and span of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonKind {
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
    kind: JsonKind,
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
                b'{' | b'[' if self.stack.len() >= MAX_DEPTH => {
                    self.pass_over()?;
                    self.push(JsonKind::Scalar, key, (self.pos, self.pos));
                }
                open @ (b'{' | b'[') => {
                    let kind = if open == b'{' {
                        JsonKind::Object
                    } else {
                        JsonKind::Array
                    };
                    self.push(kind, key, (self.pos, self.pos));
                    self.stack.push(index);
                    self.skip_ws();
                    let close = if open == b'{' { b'}' } else { b']' };
                    if self.text.get(self.pos) != Some(&close) {
                        // First member or element.
                        key = if kind == JsonKind::Object {
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
                    self.push(JsonKind::Str, key, span);
                }
                _ => {
                    self.pos -= 1;
                    self.scalar()?;
                    self.push(JsonKind::Scalar, key, (self.pos, self.pos));
                }
            }
            // A value ended: close containers until one wants another item.
            loop {
                let Some(&top) = self.stack.last() else {
                    return Ok(());
                };
                let object = self.nodes[top].kind == JsonKind::Object;
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

    /// Passes over the rest of an object or array whose opening bracket
    /// was consumed, counting brackets (strings skipped whole), in
    /// constant memory whatever its depth.
    fn pass_over(&mut self) -> Result<(), Stop> {
        let mut open = 1usize;
        while open > 0 {
            let rest = self.text.get(self.pos..).ok_or(Stop)?;
            let hit = rest
                .iter()
                .position(|b| matches!(b, b'"' | b'{' | b'[' | b'}' | b']'))
                .ok_or(Stop)?;
            let b = rest[hit];
            self.pos += hit + 1;
            match b {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => open += 1,
                _ => open -= 1,
            }
        }
        Ok(())
    }

    fn push(&mut self, kind: JsonKind, key: Option<Span>, val: Span) {
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

/// v2-0203 identifier type codes meaning a health plan's number for its
/// member: member number, subscriber number, Medicaid number.
const MEMBER_CODES: &[&[u8]] = &[b"MB", b"SN", b"MA"];

/// v2-0203 code of the patient's Medicare number (today an MBI), and the
/// non-standard `MBI`.
const MBI_CODES: &[&[u8]] = &[b"MC", b"MBI"];

/// v2-0203 code of a driver's licence number.
const LICENSE_CODES: &[&[u8]] = &[b"DL"];

/// v2-0203 code of an account number.
const ACCOUNT_CODES: &[&[u8]] = &[b"AN"];

/// The MBI's OID (also reached as `http://hl7.org/fhir/sid/us-mbi`).
const MBI_OID: &[u8] = b"urn:oid:2.16.840.1.113883.4.927";

/// The NPI's OID (also reached as `http://hl7.org/fhir/sid/us-npi`).
const NPI_OID: &[u8] = b"urn:oid:2.16.840.1.113883.4.6";

/// OID branch of US state driver's licence numbers (one arc per state).
const LICENSE_OID_BRANCH: &[u8] = b"urn:oid:2.16.840.1.113883.4.3.";

/// The SSN's OID (also reached as `http://hl7.org/fhir/sid/us-ssn`).
const SSN_OID: &[u8] = b"urn:oid:2.16.840.1.113883.4.1";

/// One top-level value's nodes, read against the text they came from.
struct Tree<'a> {
    text: &'a [u8],
    nodes: &'a [Node],
    /// Nodes of containers the parse stopped inside (ascending).
    cut: &'a [usize],
}

impl<'a> Tree<'a> {
    /// Every node is looked at once for codings and resource roots; each
    /// lookup scans only direct children, so the whole pass is linear.
    fn read(&self, out: &mut Vec<Cell>) {
        for i in 0..self.nodes.len() {
            if self.nodes[i].kind != JsonKind::Object {
                continue;
            }
            self.coding(i, out);
            self.person_reference(i, out);
            let Some(ty) = self.string(i, "resourceType") else {
                continue;
            };
            let ty = decode(ty);
            if PERSON_TYPES.contains(&&*ty) {
                self.person(i, out);
            } else if *ty == *b"Coverage" {
                self.coverage(i, out);
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
        if self.nodes[i].kind != JsonKind::Object {
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
        self.string_node(i, name)
            .map(|c| self.raw(self.nodes[c].val))
    }

    /// The node of string member `name` of object `i`.
    fn string_node(&self, i: usize, name: &str) -> Option<usize> {
        self.get(i, name)
            .filter(|&c| self.nodes[c].kind == JsonKind::Str)
    }

    /// The string nodes of member `name`: the strings of an array, or a
    /// lone string written where an array belongs (lenient).
    fn strings(&self, i: usize, name: &str) -> Vec<usize> {
        match self.get(i, name) {
            Some(c) if self.nodes[c].kind == JsonKind::Array => self
                .children(c)
                .filter(|&e| self.nodes[e].kind == JsonKind::Str)
                .collect(),
            Some(c) if self.nodes[c].kind == JsonKind::Str => vec![c],
            _ => Vec::new(),
        }
    }

    /// The objects of member `name`: the elements of an array, or a lone
    /// object written where an array belongs (lenient).
    fn objects(&self, i: usize, name: &str) -> Vec<usize> {
        match self.get(i, name) {
            Some(c) if self.nodes[c].kind == JsonKind::Array => self
                .children(c)
                .filter(|&e| self.nodes[e].kind == JsonKind::Object)
                .collect(),
            Some(c) if self.nodes[c].kind == JsonKind::Object => vec![c],
            _ => Vec::new(),
        }
    }

    fn emit(&self, node: usize, field: &str, out: &mut Vec<Cell>) {
        let (start, end) = self.nodes[node].val;
        self.emit_span(start, end, field, out);
    }

    /// Names `start..end` as `field`, unless it is empty or a placeholder
    /// (`UNKNOWN`, `000-00-0000`), which the structure does not vouch for.
    fn emit_span(&self, start: usize, end: usize, field: &str, out: &mut Vec<Cell>) {
        if start < end && !super::is_placeholder(&self.text[start..end]) {
            out.push(Cell {
                start,
                end,
                column: super::column(field),
            });
        }
    }

    /// A Reference anywhere to a patient-side person (`Observation.subject`,
    /// `Encounter.subject`): its `display` is that person's name as the
    /// writer shows it (`{"reference": "Patient/123", "display": "Homer
    /// Simpson"}`). A reference to a practitioner or an organisation is
    /// not the patient's.
    fn person_reference(&self, i: usize, out: &mut Vec<Cell>) {
        let Some(display) = self.string_node(i, "display") else {
            return;
        };
        let target = |raw: &[u8]| {
            let raw = decode(raw);
            let raw = raw.trim_ascii();
            PERSON_TYPES.iter().any(|t| {
                raw.strip_prefix(*t).is_some_and(|r| r.starts_with(b"/"))
                    || memmem::find(raw, &[b"/", *t, b"/"].concat()).is_some()
                    || raw == *t
            })
        };
        let to_person = self.string(i, "reference").is_some_and(target)
            || self.string(i, "type").is_some_and(target);
        if to_person {
            self.emit(display, "patient name", out);
        }
    }

    /// A Coding anywhere (`system` + `code`) from an ICD code system.
    fn coding(&self, i: usize, out: &mut Vec<Cell>) {
        let Some(system) = self.string(i, "system") else {
            return;
        };
        let Some(code) = self
            .get(i, "code")
            .filter(|&c| self.nodes[c].kind == JsonKind::Str)
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

    /// A patient-side person resource: its identifiers, names, birth date,
    /// contact points and addresses, and its contacts' names, contact
    /// points and addresses (direct members only: identifiers inside a
    /// reference to an organisation, or values inside an extension, are
    /// not the person's).
    fn person(&self, i: usize, out: &mut Vec<Cell>) {
        for ident in self.objects(i, "identifier") {
            if let Some(value) = self.string_node(ident, "value") {
                self.emit(value, self.identifier_kind(ident), out);
            }
        }
        for name in self.objects(i, "name") {
            self.human_name(name, out);
        }
        self.telecoms(i, out);
        self.addresses(i, out);
        for contact in self.objects(i, "contact") {
            for name in self.objects(contact, "name") {
                self.human_name(name, out);
            }
            self.telecoms(contact, out);
            self.addresses(contact, out);
        }
        if let Some(b) = self.string_node(i, "birthDate") {
            self.emit(b, "birthdate", out);
        }
    }

    /// The ContactPoints of `owner`'s `telecom`, named by their `system`.
    /// A ContactPoint without a system (FHIR requires one with a value) or
    /// of another system (`other`) is left to the plain-text scan.
    fn telecoms(&self, owner: usize, out: &mut Vec<Cell>) {
        for point in self.objects(owner, "telecom") {
            let Some(system) = self.string(point, "system") else {
                continue;
            };
            let field = match decode(system).trim_ascii() {
                b"phone" | b"sms" | b"pager" => "phone",
                b"fax" => "fax",
                b"email" => "email",
                b"url" => "url",
                _ => continue,
            };
            if let Some(value) = self.string_node(point, "value") {
                self.emit(value, field, out);
            }
        }
    }

    /// The Addresses of `owner`'s `address`: each street `line`, the
    /// `postalCode`, and the free-text `text` when no line spells the
    /// street out (otherwise it only repeats them with city and state).
    fn addresses(&self, owner: usize, out: &mut Vec<Cell>) {
        for addr in self.objects(owner, "address") {
            let lines = self.strings(addr, "line");
            let mut named = false;
            for line in lines {
                let (start, end) = self.nodes[line].val;
                named |= start < end;
                self.emit(line, "address", out);
            }
            if !named {
                if let Some(text) = self.string_node(addr, "text") {
                    self.emit(text, "address", out);
                }
            }
            // City and district (a county) are subdivisions smaller than
            // a state (Safe Harbor B); state and country are not.
            if let Some(city) = self.string_node(addr, "city") {
                self.emit(city, "patient city", out);
            }
            if let Some(district) = self.string_node(addr, "district") {
                self.emit(district, "patient county", out);
            }
            if let Some(zip) = self.string_node(addr, "postalCode") {
                self.emit(zip, "zip", out);
            }
        }
    }

    /// A Coverage: the member's identifiers at the payer (`subscriberId`,
    /// a string in R4 and an Identifier list in R5, and `identifier`).
    /// References (`subscriber`, `beneficiary`, `payor`) point at other
    /// resources and hold no value of their own.
    fn coverage(&self, i: usize, out: &mut Vec<Cell>) {
        match self.get(i, "subscriberId") {
            Some(s) if self.nodes[s].kind == JsonKind::Str => self.emit(s, "member id", out),
            Some(_) => {
                for ident in self.objects(i, "subscriberId") {
                    if let Some(value) = self.string_node(ident, "value") {
                        self.emit(value, "member id", out);
                    }
                }
            }
            None => {}
        }
        for ident in self.objects(i, "identifier") {
            // A payer may type it (an MBI for Medicare, an SSN for old
            // plans); untyped, record-number-typed or of another type, it
            // is the member's number at that payer.
            let kind = match self.identifier_kind(ident) {
                "mrn" | "other id" => "member id",
                kind => kind,
            };
            if let Some(value) = self.string_node(ident, "value") {
                self.emit(value, kind, out);
            }
        }
    }

    /// A HumanName, whatever its `use` (official, usual, maiden,
    /// nickname, ...), as one field for the whole name: its `text`, else
    /// the span from its first `given` or `family` string to its last
    /// (DSTU2 wrote `family` as an array of strings too). A name is one
    /// identifier: reported as its family alone, the given names would
    /// stay in clear in the context and the finding would not say whose
    /// name it is. The span holds the JSON between the parts (`"given":
    /// ["Homer"], "family": "Simpson`), masked whole like the name.
    fn human_name(&self, name: usize, out: &mut Vec<Cell>) {
        let is_str = |n: &usize| self.nodes[*n].kind == JsonKind::Str;
        if let Some(text) = self.get(name, "text").filter(is_str) {
            let (start, end) = self.nodes[text].val;
            if start < end && !super::is_placeholder(&self.text[start..end]) {
                self.emit(text, "patient name", out);
                return;
            }
        }
        // A name cut short by a fault would be reported as less than
        // itself (its given names without the family).
        if self.cut.binary_search(&name).is_ok() {
            return;
        }
        let mut span: Option<Span> = None;
        for part in self
            .strings(name, "given")
            .into_iter()
            .chain(self.strings(name, "family"))
        {
            let (start, end) = self.nodes[part].val;
            if start >= end || super::is_placeholder(&self.text[start..end]) {
                continue;
            }
            span = Some(match span {
                Some((s, e)) => (s.min(start), e.max(end)),
                None => (start, end),
            });
        }
        if let Some((start, end)) = span {
            self.emit_span(start, end, "patient name", out);
        }
    }

    /// What an Identifier's `value` is, from its type codes, type text or
    /// system: MR → mrn, SS → ssn, MB/SN/MA → member id, MC → mbi, DL →
    /// license, AN → account, NPI → npi; an untyped identifier is a
    /// record number only when its system says so (`.../mrn`,
    /// `medical-record`); a passport (`PPN`), any other type, and a
    /// system-only identifier (`"system": "abc"`) are `other id`: a site's
    /// system may number anything (a portal login, a device, a study),
    /// and any number that identifies the person is still an identifier.
    fn identifier_kind(&self, ident: usize) -> &'static str {
        if let Some(ty) = self.get(ident, "type") {
            for coding in self.objects(ty, "coding") {
                let Some(code) = self.string(coding, "code") else {
                    continue;
                };
                let code = decode(code);
                let code = code.trim_ascii();
                let is = |codes: &[&[u8]]| codes.iter().any(|c| c.eq_ignore_ascii_case(code));
                if is(MRN_CODES) {
                    return "mrn";
                }
                if is(SSN_CODES) {
                    return "ssn";
                }
                if is(MEMBER_CODES) {
                    return "member id";
                }
                if is(MBI_CODES) {
                    return "mbi";
                }
                if is(LICENSE_CODES) {
                    return "license";
                }
                if is(ACCOUNT_CODES) {
                    return "account";
                }
                if code.eq_ignore_ascii_case(b"NPI") {
                    return "npi";
                }
            }
            if let Some(text) = self.string(ty, "text") {
                let text = decode(text).to_ascii_lowercase();
                let text = text.trim_ascii();
                let has = |w: &str| memmem::find(text, w.as_bytes()).is_some();
                if has("social security") || text == b"ssn" {
                    return "ssn";
                }
                if has("medical record") || text == b"mrn" {
                    return "mrn";
                }
                if has("medicare beneficiary") || text == b"mbi" {
                    return "mbi";
                }
                if has("member") || has("subscriber") {
                    return "member id";
                }
                if has("driver") {
                    return "license";
                }
                if has("account") {
                    return "account";
                }
            }
        }
        let system = self
            .string(ident, "system")
            .map(|s| decode(s).trim_ascii().to_ascii_lowercase())
            .unwrap_or_default();
        let has = |w: &str| memmem::find(&system, w.as_bytes()).is_some();
        if has("us-ssn") || system == SSN_OID {
            return "ssn";
        }
        if has("us-mbi") || system == MBI_OID {
            return "mbi";
        }
        if has("mrn") || has("medical-record") || has("medicalrecord") || has("medical_record") {
            return "mrn";
        }
        if has("member") {
            return "member id";
        }
        if system.starts_with(LICENSE_OID_BRANCH) || has("driver") {
            return "license";
        }
        if has("us-npi") || system == NPI_OID {
            return "npi";
        }
        // Anything else a person's identifier holds (a passport, a typed
        // number of another kind, a system-only number whose system does
        // not say it is a medical record) still identifies them: Safe
        // Harbor R, "any other unique identifying number".
        "other id"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::structured::pairs;

    /// (value, field name) of every field, in text order.
    fn found(text: &[u8]) -> Vec<(String, &'static str)> {
        crate::extract::structured::named(crate::extract::structured::ClinicalFormat::Fhir, text)
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
                ("S99912345", "license"),
                ("Elane Anderson", "patient name"),
                // The maiden name and the contact's, whole.
                ("Whitlock\", \"given\": [\"Elane", "patient name"),
                ("2009-11-23", "birthdate"),
                ("Whitlock\", \"given\": [\"Ruth", "patient name"),
            ])
        );
    }

    #[test]
    fn every_human_name_is_one_whole_name_and_placeholders_are_not_named() {
        let text = br#"{"resourceType":"Patient","identifier":[
            {"type":{"coding":[{"code":"SS"}]},"value":"000-00-0000"},
            {"type":{"coding":[{"code":"MR"}]},"value":"00000000"},
            {"type":{"coding":[{"code":"MR"}]},"value":"UNKNOWN"}],
          "name":[
            {"use":"official","given":["Homer","Jay"],"family":"Simpson"},
            {"use":"usual","given":["Vo"]},
            {"use":"nickname","text":"Homie"},
            {"use":"maiden","family":"Bouvier","given":["Marjorie"]},
            {"use":"official","family":"UNKNOWN","given":["UNKNOWN"]},
            {"text":"","family":"Dvo\u0159\u00e1k"}],
          "address":[{"city":"UNKNOWN","district":"N/A","postalCode":"00000"}],
          "contact":[{"name":{"given":["Abraham"],"family":"Simpson"}}]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("Homer\",\"Jay\"],\"family\":\"Simpson", "patient name"),
                ("Vo", "patient name"),
                ("Homie", "patient name"),
                ("Bouvier\",\"given\":[\"Marjorie", "patient name"),
                ("Dvo\\u0159\\u00e1k", "patient name"),
                ("Abraham\"],\"family\":\"Simpson", "patient name"),
            ])
        );
    }

    #[test]
    fn reference_display_of_a_patient_is_a_name() {
        let text = br#"{"resourceType":"Observation",
          "subject":{"reference":"Patient/123","display":"Homer Simpson"},
          "performer":[{"reference":"Practitioner/9","display":"Dr. Julius Hibbert"},
            {"reference":"Organization/1","display":"Springfield General"},
            {"reference":"https://fhir.example.org/RelatedPerson/7","display":"Marge Simpson"},
            {"type":"Patient","identifier":{"value":"X"},"display":"Bart Simpson"},
            {"reference":"PatientGroup/1","display":"Not A Person"}]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("Homer Simpson", "patient name"),
                ("Marge Simpson", "patient name"),
                ("Bart Simpson", "patient name"),
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
                // Untyped, and no system that says medical record.
                ("B2", "other id"),
                ("C3", "other id"),
                ("D4", "mrn"),
                ("E5", "ssn"),
                // A passport, by type or by system: another identifying
                // number.
                ("P6", "other id"),
                ("M7", "member id"),
                ("P8", "other id"),
                ("111-22-3333", "ssn"),
            ])
        );
        // A relative's untyped identifier identifies them too.
        let related = br#"{"resourceType":"RelatedPerson","identifier":[{"value":"X1"},
            {"system":"http://hl7.org/fhir/sid/us-ssn","value":"222-33-4444"}],
            "name":[{"text":"Ruth Whitlock"}],"birthDate":"1970-01-02"}"#;
        assert_eq!(
            found(related),
            pairs(&[
                ("X1", "other id"),
                ("222-33-4444", "ssn"),
                ("Ruth Whitlock", "patient name"),
                ("1970-01-02", "birthdate"),
            ])
        );
    }

    #[test]
    fn telecom_named_by_system() {
        let text = br#"{"resourceType":"Patient","telecom":[
            {"use":"home"},
            {"system":"phone","value":"(413) 555-2003","use":"home"},
            {"system":"sms","value":"413-555-2004"},
            {"system":"pager","value":"413-555-2005"},
            {"system":"fax","value":"413-555-2006"},
            {"system":"email","value":"ruth.w@mail.example.net"},
            {"system":"url","value":"https://ruth.example.net/"},
            {"system":"other","value":"@ruthw"},
            {"system":"phone"},
            {"system":"phone","value":4135552007},
            {"value":"413-555-2008"},
            {"system":" email ","value":"x@y.org"}
        ]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("(413) 555-2003", "phone"),
                ("413-555-2004", "phone"),
                ("413-555-2005", "phone"),
                ("413-555-2006", "fax"),
                ("ruth.w@mail.example.net", "email"),
                ("https://ruth.example.net/", "url"),
                ("x@y.org", "email"),
            ])
        );
    }

    #[test]
    fn address_lines_zip_and_text() {
        let text = br#"{"resourceType":"Patient","address":[
            {"use":"home","text":"534 Erewhon St PeasantVille, Rainbow, Vic  3999",
             "line":["534 Erewhon St","Apt 5B"],"city":"PleasantVille","state":"Vic","postalCode":"3999"},
            {"text":"12 Oak Ave, Springfield, MA 01101","city":"Springfield"},
            {"line":"9 Elm Rd","postalCode":"01002-1234"},
            {"line":[""],"text":"PO Box 7"},
            {"line":[7],"district":"Rainbow","country":"US"}
        ]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("534 Erewhon St", "address"),
                ("Apt 5B", "address"),
                ("PleasantVille", "patient city"),
                ("3999", "zip"),
                ("12 Oak Ave, Springfield, MA 01101", "address"),
                ("Springfield", "patient city"),
                ("9 Elm Rd", "address"),
                ("01002-1234", "zip"),
                ("PO Box 7", "address"),
                ("Rainbow", "patient county"),
            ])
        );
    }

    #[test]
    fn patient_contact_telecom_and_address() {
        let text = r#"{"resourceType":"Patient","contact":[{
            "relationship":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0131","code":"N"}]}],
            "name":{"family":"du Marché","given":["Bénédicte"]},
            "telecom":[{"system":"phone","value":"+33 (237) 998327"}],
            "address":{"use":"home","line":["534 Erewhon St"],"postalCode":"3999"},
            "organization":{"reference":"Organization/1","display":"Walt Disney Corporation"}}]}"#;
        assert_eq!(
            found(text.as_bytes()),
            pairs(&[
                ("du Marché\",\"given\":[\"Bénédicte", "patient name"),
                ("+33 (237) 998327", "phone"),
                ("534 Erewhon St", "address"),
                ("3999", "zip"),
            ])
        );
    }

    #[test]
    fn identifier_types_member_mbi_license_account() {
        let text = br#"{"resourceType":"Patient","identifier":[
            {"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MB"}]},"value":"M1"},
            {"type":{"coding":[{"code":"SN"}]},"value":"M2"},
            {"type":{"coding":[{"code":"MC"}]},"system":"http://hl7.org/fhir/sid/us-medicare","value":"1EG4TE5MK73"},
            {"system":"http://hl7.org/fhir/sid/us-mbi","value":"2EG4TE5MK74"},
            {"system":"urn:oid:2.16.840.1.113883.4.927","value":"3EG4TE5MK75"},
            {"type":{"coding":[{"code":"DL"}]},"value":"S99981121"},
            {"system":"urn:oid:2.16.840.1.113883.4.3.25","value":"S99981122"},
            {"type":{"coding":[{"code":"AN"}]},"value":"ACCT-77"},
            {"type":{"text":"Member ID"},"value":"M3"},
            {"system":"https://payer.example.com/fhir/memberidentifier","value":"M4"},
            {"type":{"text":"Driver's License"},"value":"L5"},
            {"type":{"text":"Patient account number"},"value":"A6"},
            {"type":{"text":"Medicare Beneficiary Identifier"},"value":"4EG4TE5MK76"},
            {"type":{"coding":[{"code":"PPN"}]},"system":"http://standardhealthrecord.org/fhir/StructureDefinition/passportNumber","value":"X1974835X"},
            {"type":{"coding":[{"code":"NPI"}]},"value":"1234567893"}
        ]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("M1", "member id"),
                ("M2", "member id"),
                ("1EG4TE5MK73", "mbi"),
                ("2EG4TE5MK74", "mbi"),
                ("3EG4TE5MK75", "mbi"),
                ("S99981121", "license"),
                ("S99981122", "license"),
                ("ACCT-77", "account"),
                ("M3", "member id"),
                ("M4", "member id"),
                ("L5", "license"),
                ("A6", "account"),
                ("4EG4TE5MK76", "mbi"),
                ("X1974835X", "other id"),
                ("1234567893", "npi"),
            ])
        );
    }

    #[test]
    fn coverage_subscriber_and_identifiers() {
        // R4: subscriberId is a string; the subscriber and beneficiary
        // are references (even with a logical identifier) to resources
        // read on their own.
        let r4 = br#"{"resourceType":"Coverage","id":"9876B1",
            "identifier":[{"system":"http://benefitsinc.com/certificate","value":"12345"},
              {"type":{"coding":[{"code":"MC"}]},"value":"1EG4TE5MK73"},
              {"type":{"coding":[{"code":"MR"}]},"value":"AB98761"}],
            "status":"active",
            "policyHolder":{"reference":"http://benefitsinc.com/FHIR/Organization/CBI35"},
            "subscriber":{"reference":"Patient/4","identifier":{"system":"urn:x","value":"SUB-REF-1"}},
            "subscriberId":"AB9876",
            "beneficiary":{"reference":"Patient/4","display":"Peter Chalmers"},
            "dependent":"0",
            "payor":[{"reference":"Organization/2","identifier":{"value":"PAYOR-9"}}],
            "class":[{"type":{"coding":[{"code":"group"}]},"value":"CB135","name":"Corporate Baker's Inc. Local #35"}]}"#;
        assert_eq!(
            found(r4),
            pairs(&[
                ("12345", "member id"),
                ("1EG4TE5MK73", "mbi"),
                ("AB98761", "member id"),
                ("AB9876", "member id"),
                // The beneficiary reference's display names the patient.
                ("Peter Chalmers", "patient name"),
            ])
        );
        // R5: subscriberId is a list of Identifiers.
        let r5 = br#"{"resourceType":"Coverage","kind":"insurance",
            "subscriberId":[{"system":"http://payer.example/sub","value":"W123456789"}]}"#;
        assert_eq!(found(r5), pairs(&[("W123456789", "member id")]));
    }

    #[test]
    fn extensions_are_not_elements() {
        // Synthea- and US Core-shaped extensions: race and ethnicity with
        // nested extensions, birth sex, mother's maiden name (a
        // valueString, not this patient's name), birth place (a
        // valueAddress with a line and postal code), and contact points
        // or addresses hidden in extensions of all kinds.
        let text = br#"{"resourceType":"Patient",
  "extension":[
    {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race","extension":[
      {"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2106-3","display":"White"}},
      {"url":"text","valueString":"White"}]},
    {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity","extension":[
      {"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2186-5","display":"Not Hispanic or Latino"}},
      {"url":"text","valueString":"Not Hispanic or Latino"}]},
    {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"},
    {"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Vonnie Kunde"},
    {"url":"http://hl7.org/fhir/StructureDefinition/patient-birthPlace","valueAddress":{
      "line":["1 Hospital Rd"],"city":"Milton","state":"Massachusetts","postalCode":"02186","country":"US"}},
    {"url":"http://example.org/emergency","valueContactPoint":{"system":"phone","value":"617-555-3000"}},
    {"url":"http://example.org/complex","extension":[{"url":"telecom","valueString":"617-555-3001"},
      {"url":"name","valueHumanName":{"text":"Not A Patient"}}],
     "telecom":[{"system":"phone","value":"617-555-3002"}],
     "address":[{"line":["2 Ext St"],"postalCode":"02101"}]}
  ],
  "modifierExtension":[{"url":"http://example.org/m","valueString":"Hidden Name",
     "telecom":[{"system":"email","value":"hidden@ext.example"}]}],
  "name":[{"family":"Kshlerin","given":["Danae"],
    "_family":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/humanname-own-prefix","valueString":"VV"}]}}],
  "address":[{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/geolocation","extension":[
      {"url":"latitude","valueDecimal":42.50128},{"url":"longitude","valueDecimal":-70.897502}]}],
    "line":["662 Ullrich Path Suite 61"],"city":"Salem","state":"Massachusetts","postalCode":"01907","country":"US"}],
  "telecom":[{"extension":[{"url":"http://example.org/x","valueString":"617-555-3003"}],"system":"phone","value":"555-182-4285"}]
}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("Kshlerin\",\"given\":[\"Danae", "patient name"),
                ("662 Ullrich Path Suite 61", "address"),
                ("Salem", "patient city"),
                ("01907", "zip"),
                ("555-182-4285", "phone"),
            ])
        );
    }

    #[test]
    fn contained_coverage_and_people_anywhere() {
        // A Claim carrying its Coverage and Patient contained, a Bundle
        // entry with a RelatedPerson, and an NDJSON line with a Person.
        let text = br##"{"resourceType":"Bundle","type":"transaction","entry":[
 {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Claim",
   "contained":[
     {"resourceType":"Coverage","id":"cov","subscriberId":"XYZ123456","beneficiary":{"reference":"#pat"},
      "payor":[{"display":"Blue Cross Blue Shield"}]},
     {"resourceType":"Patient","id":"pat","telecom":[{"system":"phone","value":"555-392-4417"}],
      "address":[{"line":["1420 Birchwood Ave"],"postalCode":"01002"}]}],
   "patient":{"reference":"#pat"},
   "insurance":[{"sequence":1,"focal":true,"coverage":{"reference":"#cov"}}],
   "diagnosis":[{"sequence":1,"diagnosisCodeableConcept":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11.9"}]}}]},
  "request":{"method":"POST","url":"Claim"}},
 {"resource":{"resourceType":"RelatedPerson","patient":{"reference":"#pat"},
   "telecom":[{"system":"email","value":"eve@mail.example.net"}],
   "address":[{"line":["2222 Home Street"],"postalCode":"02134"}]}}]}
{"resourceType":"Person","telecom":[{"system":"fax","value":"555-392-4418"}],"address":[{"text":"5 Pine Ln"}]}
"##;
        assert_eq!(
            found(text),
            pairs(&[
                ("XYZ123456", "member id"),
                ("555-392-4417", "phone"),
                ("1420 Birchwood Ave", "address"),
                ("01002", "zip"),
                ("E11.9", "icd10"),
                ("eve@mail.example.net", "email"),
                ("2222 Home Street", "address"),
                ("02134", "zip"),
                ("555-392-4418", "fax"),
                ("5 Pine Ln", "address"),
            ])
        );
    }

    #[test]
    fn clinician_and_organization_contacts_not_patient_fields() {
        // A clinician's office phone and an organisation's address are not
        // the patient's; nor is the organisation a Patient manages under.
        let text = br#"{"resourceType":"Bundle","entry":[
 {"resource":{"resourceType":"Practitioner","telecom":[{"system":"phone","value":"555-100-2000","use":"work"},
   {"system":"email","value":"dr.dyer@clinic.example.org"}],"address":[{"line":["1 Clinic Dr"],"postalCode":"01002"}]}},
 {"resource":{"resourceType":"PractitionerRole","telecom":[{"system":"fax","value":"555-100-2001"}]}},
 {"resource":{"resourceType":"Organization","telecom":[{"system":"url","value":"https://clinic.example.org"}],
   "address":[{"line":["2 Hospital Way"],"postalCode":"01003"}],
   "contact":[{"name":{"text":"Billing Office"},"telecom":[{"system":"phone","value":"555-100-2002"}]}]}},
 {"resource":{"resourceType":"Location","telecom":[{"system":"phone","value":"555-100-2003"}],
   "address":{"line":["3 Ward Ln"],"postalCode":"01004"}}},
 {"resource":{"resourceType":"Patient","managingOrganization":{"reference":"Organization/1",
   "telecom":[{"system":"phone","value":"555-100-2004"}]},
   "generalPractitioner":[{"reference":"Practitioner/1","display":"Dr. Q Dyer"}]}}]}"#;
        assert_eq!(found(text), vec![]);
    }

    #[test]
    fn escaped_contact_values_keep_raw_spans() {
        let text = br#"{"resourceType":"Patient","telecom":[{"system":"email","value":"o\u0027brien@mail.example.net"}],
          "address":[{"line":["12 O\u0027Brien St"],"postalCode":"0\u00310\u003002"}]}"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("o\\u0027brien@mail.example.net", "email"),
                ("12 O\\u0027Brien St", "address"),
                ("0\\u00310\\u003002", "zip"),
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
                ("Smith\",\"given\":[\"Ann", "patient name"),
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
                ("42", "other id"),
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
        // DSTU2's family array: every surname, one name.
        assert_eq!(
            found(text),
            pairs(&[("Chalmers\",\"Peter", "patient name")])
        );
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
    fn sniffing_fhir() {
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
        // Issue 17: the parse stopped at the limit, so a Patient's fields
        // after a deep extension were not read. The deep value is passed
        // over and the fields after it read.
        let mut patient = br#"{"resourceType":"Patient","extension":"#.to_vec();
        patient.extend(b"[".repeat(100_000));
        patient.extend_from_slice(br#""x \"] {""#);
        patient.extend(b"]".repeat(100_000));
        patient.extend_from_slice(br#","birthDate":"1961-03-04"}"#);
        assert_eq!(found(&patient), pairs(&[("1961-03-04", "birthdate")]));
        // Nesting within the limit still parses to the end.
        let mut deep = b"[".repeat(MAX_DEPTH - 1);
        deep.extend_from_slice(br#"{"system":"http://hl7.org/fhir/sid/icd-10","code":"A00"}"#);
        deep.extend(b"]".repeat(MAX_DEPTH - 1));
        assert_eq!(found(&deep), pairs(&[("A00", "icd10")]));
    }
}
