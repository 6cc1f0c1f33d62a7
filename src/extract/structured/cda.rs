//! HL7 CDA / C-CDA XML documents. The header's `recordTarget/patientRole`
//! says which identifiers, names, birth date, addresses and contact points
//! belong to the patient (and its `guardian` and header `participant`s
//! name the people close to them), and coded entries name their code
//! system by OID, so a CDA document tells us exactly which values are PHI
//! without guessing from their shape.
//!
//! The reader streams `quick_xml` events over the borrowed input so every
//! value it reports is a byte span of `text` itself (attribute values
//! without quotes, element text trimmed of surrounding whitespace). It is
//! lenient: mismatched end tags and dangling `&` are accepted, and an XML
//! error ends the read keeping what was found before it.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::structure::Cell;

/// How far into a text [`is_cda`] looks for the root element: a prolog
/// (declaration, stylesheet, comments) is short, and sniffing must be cheap.
const SNIFF_WINDOW: usize = 4096;

/// Deepest element nesting tracked by name. Deeper elements are still read
/// (their coded attributes still count) but not remembered, so a hostile
/// document cannot grow the stack without bound.
const MAX_DEPTH: usize = 512;

/// How many open elements an end tag may implicitly close: enough to
/// recover from a forgotten or misspelt end tag, few enough to stay linear.
const RECOVER_LEVELS: usize = 16;

/// The [`PartCtx`] field of a name's `given` or `family`: not a field of
/// its own, but a piece of the name's span.
const NAME_PART: &str = "name part";

/// Stands for an element name not borrowed from the text: matches no end tag.
const NO_NAME: (usize, usize) = (usize::MAX, usize::MAX);

/// OID of US Social Security numbers, as used in `patientRole/id/@root`.
const SSN_OID: &str = "2.16.840.1.113883.4.1";

/// Code systems (by OID) whose codes are diagnoses, with the field each names.
const CODE_SYSTEMS: &[(&str, &str)] = &[
    ("2.16.840.1.113883.6.90", "icd10"), // ICD-10-CM
    ("2.16.840.1.113883.6.3", "icd10"),  // ICD-10 (WHO)
    ("2.16.840.1.113883.6.103", "icd9"), // ICD-9-CM diagnoses
    ("2.16.840.1.113883.6.104", "icd9"), // ICD-9-CM procedures
];

/// Whether `text` looks like CDA XML: it starts (after an optional UTF-8 BOM
/// and whitespace) with markup, and a `ClinicalDocument` root element, with
/// or without a namespace prefix, opens within the first few KiB. Cheap, so
/// it can run on every file before choosing the structured reader.
pub fn is_cda(text: &[u8]) -> bool {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let start = match text.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(i) => i,
        None => return false,
    };
    if text[start] != b'<' {
        return false;
    }
    let window = &text[start..text.len().min(start + SNIFF_WINDOW)];
    const ROOT: &[u8] = b"ClinicalDocument";
    memchr::memmem::find_iter(window, ROOT).any(|i| {
        let after = window.get(i + ROOT.len()).copied();
        let ends_name = matches!(after, None | Some(b'>' | b'/'))
            || after.is_some_and(|b| b.is_ascii_whitespace());
        ends_name && opens_element(&window[..i])
    })
}

/// Whether `before` ends with `<` or `<prefix:`, i.e. the name that follows
/// it is an element name.
fn opens_element(before: &[u8]) -> bool {
    match before.last() {
        Some(b'<') => true,
        Some(b':') => {
            let prefix = &before[..before.len() - 1];
            let name_len = prefix
                .iter()
                .rev()
                .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                .count();
            name_len > 0 && prefix[..prefix.len() - name_len].last() == Some(&b'<')
        }
        _ => false,
    }
}

/// The element names the reader cares about; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    RecordTarget,
    PatientRole,
    Patient,
    Guardian,
    GuardianPerson,
    Participant,
    /// An `associatedEntity` that is not a healthcare provider.
    AssociatedEntity,
    AssociatedPerson,
    Other,
}

impl Tag {
    fn of(local: &str, e: &BytesStart<'_>) -> Tag {
        match local {
            "recordTarget" => Tag::RecordTarget,
            "patientRole" => Tag::PatientRole,
            "patient" => Tag::Patient,
            "guardian" => Tag::Guardian,
            "guardianPerson" => Tag::GuardianPerson,
            "participant" => Tag::Participant,
            // A provider participant (`classCode="PROV"`) names a clinician.
            "associatedEntity" if attr(e, "classCode").is_some_and(|v| v.trim() == "PROV") => {
                Tag::Other
            }
            "associatedEntity" => Tag::AssociatedEntity,
            "associatedPerson" => Tag::AssociatedPerson,
            _ => Tag::Other,
        }
    }
}

/// A patient (or relative) `name` element being read.
struct NameCtx {
    /// Stack depth with the `name` element pushed.
    depth: usize,
    /// Whether a `given` or `family` child was seen (then direct text is
    /// not the name).
    family: bool,
    /// From the first `given` or `family` text to the last: the whole
    /// name as one value (DESIGN.md section 3), markup between included.
    parts: Option<(usize, usize)>,
    /// Whether any child element was seen (then direct text is not one span).
    child: bool,
    /// Span of the direct text content so far.
    text: Option<(usize, usize)>,
}

/// A patient-side `addr` element being read.
struct AddrCtx {
    /// Stack depth with the `addr` element pushed.
    depth: usize,
    /// Whether any child element was seen (then direct text is not the
    /// whole address: its parts say what they are).
    child: bool,
    /// Span of the direct text content so far.
    text: Option<(usize, usize)>,
}

/// A part element whose text is one value: a patient name's `given` or
/// `family` (gathered into the name's span), or an address's
/// `streetAddressLine`, `city`, `county` or `postalCode`.
struct PartCtx {
    /// Stack depth with the part element pushed.
    depth: usize,
    /// The field its text is named.
    field: &'static str,
    /// Span of its direct text content so far.
    text: Option<(usize, usize)>,
}

/// Appends the named values of a CDA document to `out`, in no particular
/// order: patient identifiers (`mrn`, `ssn`), patient, guardian and
/// relative names (`patient name`), the patient's `birthdate`, the street
/// lines (`address`), postal codes (`zip`) and contact points (`phone`,
/// `fax`, `email`, `url`) of the patient, guardian and relatives, and
/// ICD-9 / ICD-10 codes anywhere in the document. Clinicians' and
/// organisations' names, ids, addresses and phones (author, performer,
/// custodian, legalAuthenticator, providerOrganization, ...) are
/// deliberately not reported: they are not the patient's PHI. Stops at the
/// first XML error, keeping what was found; never panics, linear time.
pub fn fields(text: &[u8], out: &mut Vec<Cell>) {
    // The reader wants UTF-8, and a Latin-1 document would stop at its
    // first accented letter: read a same-length copy with each invalid byte
    // replaced by `?`, so offsets into the copy are offsets into `text`.
    if std::str::from_utf8(text).is_ok() {
        read(text, out);
    } else {
        let mut copy = Vec::with_capacity(text.len());
        for chunk in text.utf8_chunks() {
            copy.extend_from_slice(chunk.valid().as_bytes());
            copy.extend(chunk.invalid().iter().map(|_| b'?'));
        }
        read(&copy, out);
    }
}

/// [`fields`] over UTF-8 `text`.
fn read(text: &[u8], out: &mut Vec<Cell>) {
    let mut reader = Reader::from_reader(text);
    crate::extract::xml::lenient_xml(reader.config_mut());
    let mut stack: Vec<Tag> = Vec::new();
    // Byte span of each open element's local name, parallel to `stack`.
    let mut names: Vec<(usize, usize)> = Vec::new();
    // Elements open beyond MAX_DEPTH, not on `stack`.
    let mut overflow = 0usize;
    let mut name: Option<NameCtx> = None;
    let mut addr: Option<AddrCtx> = None;
    let mut part: Option<PartCtx> = None;
    let text_of = |s: usize, e: usize| &text[s..e];
    // Empty and placeholder values (`UNKNOWN`, `000-00-0000`) are not
    // vouched for by the structure: the plain-text scan still sees them.
    let push = |out: &mut Vec<Cell>, span: Option<(usize, usize)>, field: &str| {
        if let Some((start, end)) = span
            .and_then(|s| trim(text, s))
            .filter(|&(s, e)| !super::is_placeholder(&text[s..e]))
        {
            out.push(Cell {
                start,
                end,
                column: super::column(field),
            });
        }
    };

    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_empty = matches!(event, Event::Empty(_));
                let qname = e.name();
                let local = qname.local_name().into_inner();
                codes(text, e, out);
                if overflow > 0 || stack.len() >= MAX_DEPTH {
                    if !is_empty {
                        overflow += 1;
                    }
                    continue;
                }
                if let Some(n) = name.as_mut().filter(|n| stack.len() == n.depth) {
                    n.child = true;
                }
                if let Some(a) = addr.as_mut().filter(|a| stack.len() == a.depth) {
                    a.child = true;
                }
                match local {
                    "id" if ends_with(&stack, &[Tag::RecordTarget, Tag::PatientRole]) => {
                        let field = match attr(e, "root") {
                            Some(root) if root.trim() == SSN_OID => "ssn",
                            _ => "mrn",
                        };
                        push(
                            out,
                            attr(e, "extension").and_then(|v| span_of(text, v)),
                            field,
                        );
                    }
                    "birthTime" if ends_with(&stack, &[Tag::PatientRole, Tag::Patient]) => {
                        push(
                            out,
                            attr(e, "value").and_then(|v| span_of(text, v)),
                            "birthdate",
                        );
                    }
                    "name" if !is_empty && name.is_none() && is_person(&stack) => {
                        name = Some(NameCtx {
                            depth: stack.len() + 1,
                            family: false,
                            parts: None,
                            child: false,
                            text: None,
                        });
                    }
                    "family" | "given" => {
                        if let Some(n) = name.as_mut().filter(|n| stack.len() == n.depth) {
                            n.family = true;
                            if !is_empty && part.is_none() {
                                part = Some(PartCtx {
                                    depth: stack.len() + 1,
                                    field: NAME_PART,
                                    text: None,
                                });
                            }
                        }
                    }
                    "addr" if !is_empty && addr.is_none() && is_contact_owner(&stack) => {
                        addr = Some(AddrCtx {
                            depth: stack.len() + 1,
                            child: false,
                            text: None,
                        });
                    }
                    "streetAddressLine" | "postalCode" | "city" | "county"
                        if !is_empty
                            && part.is_none()
                            && addr.as_ref().is_some_and(|a| stack.len() == a.depth) =>
                    {
                        part = Some(PartCtx {
                            depth: stack.len() + 1,
                            // City and county are subdivisions smaller
                            // than a state (Safe Harbor B).
                            field: match local {
                                "postalCode" => "zip",
                                "city" => "patient city",
                                "county" => "patient county",
                                _ => "address",
                            },
                            text: None,
                        });
                    }
                    "telecom" if is_contact_owner(&stack) => telecom(text, e, out),
                    _ => {}
                }
                if !is_empty {
                    stack.push(Tag::of(local, e));
                    names.push(span_of(text, local).unwrap_or(NO_NAME));
                }
            }
            Event::End(ref e) => {
                if overflow > 0 {
                    overflow -= 1;
                    continue;
                }
                // Close the innermost open element of that local name, found
                // within a few levels (implicitly closing any left open
                // inside it); a stray end tag closes nothing.
                let qname = e.name();
                let local = qname.local_name().into_inner().as_bytes();
                let Some(i) = names
                    .iter()
                    .rev()
                    .take(RECOVER_LEVELS)
                    .position(|&(s, e)| text.get(s..e) == Some(local))
                else {
                    continue;
                };
                let depth = names.len() - 1 - i;
                stack.truncate(depth);
                names.truncate(depth);
                if let Some(p) = part.take_if(|p| depth < p.depth) {
                    if p.field == NAME_PART {
                        // A part of the name widens the name's span.
                        let span = p.text.and_then(|s| trim(text, s));
                        if let (Some((s, e)), Some(n)) = (span, name.as_mut()) {
                            if !super::is_placeholder(text_of(s, e)) {
                                n.parts =
                                    Some(n.parts.map_or((s, e), |(s0, e0)| (s0.min(s), e0.max(e))));
                            }
                        }
                    } else {
                        push(out, p.text, p.field);
                    }
                }
                if let Some(a) = addr.take_if(|a| depth < a.depth) {
                    if !a.child {
                        push(out, a.text, "address");
                    }
                }
                if let Some(n) = name.take_if(|n| depth < n.depth) {
                    if n.parts.is_some() {
                        push(out, n.parts, "patient name");
                    } else if !n.family && !n.child {
                        push(out, n.text, "patient name");
                    }
                }
            }
            Event::Text(ref t) => extend(
                &mut name,
                &mut addr,
                &mut part,
                overflow,
                stack.len(),
                span_of(text, t),
            ),
            Event::CData(ref t) => extend(
                &mut name,
                &mut addr,
                &mut part,
                overflow,
                stack.len(),
                span_of(text, t),
            ),
            Event::GeneralRef(ref r) => {
                // `&name;` around the borrowed `name`.
                let span = span_of(text, r).and_then(|(s, e)| {
                    (s > 0 && text.get(e) == Some(&b';') && text[s - 1] == b'&')
                        .then_some((s - 1, e + 1))
                });
                extend(&mut name, &mut addr, &mut part, overflow, stack.len(), span);
            }
            _ => {}
        }
    }
}

/// Adds a piece of character data at stack depth `depth` to the text span of
/// the open part (`family`, `streetAddressLine`, `postalCode`), `name` or
/// `addr` element whose direct content it is.
fn extend(
    name: &mut Option<NameCtx>,
    addr: &mut Option<AddrCtx>,
    part: &mut Option<PartCtx>,
    overflow: usize,
    depth: usize,
    span: Option<(usize, usize)>,
) {
    let Some((s, e)) = span else { return };
    if overflow > 0 {
        return;
    }
    let target = if let Some(p) = part.as_mut().filter(|p| p.depth == depth) {
        &mut p.text
    } else if let Some(n) = name.as_mut().filter(|n| n.depth == depth) {
        &mut n.text
    } else if let Some(a) = addr.as_mut().filter(|a| a.depth == depth) {
        &mut a.text
    } else {
        return;
    };
    *target = Some(match *target {
        Some((s0, _)) => (s0, e),
        None => (s, e),
    });
}

/// Reports the value of a patient-side `telecom` element: a URL whose
/// scheme says what it is (`tel:` a phone, or a fax when `@use` says so;
/// `fax:`; `mailto:` an email; `http:`/`https:` a web address). The span of
/// a phone, fax or email excludes the scheme, which is CDA's wrapping, not
/// part of the number; a web address keeps it, as it is part of the URL.
/// A value without a scheme (written by some exporters) is an email when
/// it holds `@` and a phone when it is made of phone characters only.
fn telecom(text: &[u8], e: &BytesStart<'_>, out: &mut Vec<Cell>) {
    let Some(value) = attr(e, "value") else {
        return;
    };
    let Some(span) = span_of(text, value).and_then(|s| trim(text, s)) else {
        return;
    };
    let fax_use = attr(e, "use").is_some_and(|u| u.to_ascii_uppercase().contains("FAX"));
    let phone = if fax_use { "fax" } else { "phone" };
    let raw = &text[span.0..span.1];
    let colon = raw.iter().position(|&b| b == b':');
    let scheme = colon.map(|c| raw[..c].to_ascii_lowercase());
    let (field, start) = match (scheme.as_deref(), colon) {
        (Some(b"tel"), Some(c)) => (phone, span.0 + c + 1),
        (Some(b"fax"), Some(c)) => ("fax", span.0 + c + 1),
        (Some(b"mailto"), Some(c)) => ("email", span.0 + c + 1),
        (Some(b"http" | b"https"), _) => ("url", span.0),
        (Some(_), _) => return,
        (None, _) if raw.contains(&b'@') => ("email", span.0),
        (None, _) if is_phone_like(raw) => (phone, span.0),
        (None, _) => return,
    };
    if let Some((start, end)) = trim(text, (start, span.1)) {
        out.push(Cell {
            start,
            end,
            column: super::column(field),
        });
    }
}

/// Whether `raw` is written only with the characters of a phone number and
/// holds enough digits to be one.
fn is_phone_like(raw: &[u8]) -> bool {
    let digits = raw.iter().filter(|b| b.is_ascii_digit()).count();
    digits >= 7
        && raw
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'(' | b')' | b'.' | b' '))
}

/// Reports the `code` attribute of `e` when its `codeSystem` is ICD-9 or
/// ICD-10 (any element: `code`, `value`, `translation`, ...).
fn codes(text: &[u8], e: &BytesStart<'_>, out: &mut Vec<Cell>) {
    let mut code = None;
    let mut system = None;
    for_attrs(e, |key, value| match key {
        "code" => code = Some(value),
        "codeSystem" => system = Some(value),
        _ => {}
    });
    let (Some(code), Some(system)) = (code, system) else {
        return;
    };
    let system = system.trim();
    let Some(&(_, field)) = CODE_SYSTEMS.iter().find(|(oid, _)| *oid == system) else {
        return;
    };
    if let Some((start, end)) = span_of(text, code).and_then(|s| trim(text, s)) {
        out.push(Cell {
            start,
            end,
            column: super::column(field),
        });
    }
}

/// Calls `f` with the local name and raw (borrowed) value of each attribute
/// of `e`, skipping malformed ones.
fn for_attrs<'a>(e: &'a BytesStart<'_>, mut f: impl FnMut(&str, &'a str)) {
    let mut attrs = e.attributes();
    attrs.with_checks(false);
    // The iterator recovers after a malformed attribute by moving on; the
    // bound guarantees termination regardless.
    for attr in attrs.take(e.len() + 1) {
        let Ok(attr) = attr else { continue };
        if let std::borrow::Cow::Borrowed(value) = attr.value {
            f(attr.key.local_name().into_inner(), value);
        }
    }
}

/// The raw value of the attribute of `e` with local name `key`.
fn attr<'a>(e: &'a BytesStart<'_>, key: &str) -> Option<&'a str> {
    let mut found = None;
    for_attrs(e, |k, v| {
        if found.is_none() && k == key {
            found = Some(v);
        }
    });
    found
}

/// Whether the top of `stack` is `suffix`.
fn ends_with(stack: &[Tag], suffix: &[Tag]) -> bool {
    stack.ends_with(suffix)
}

/// Whether a `name` opened under `stack` names the patient or a person
/// close to them (guardian, relative, emergency contact).
fn is_person(stack: &[Tag]) -> bool {
    ends_with(stack, &[Tag::PatientRole, Tag::Patient])
        || ends_with(stack, &[Tag::Guardian, Tag::GuardianPerson])
        || ends_with(
            stack,
            &[
                Tag::Participant,
                Tag::AssociatedEntity,
                Tag::AssociatedPerson,
            ],
        )
}

/// Whether an `addr` or `telecom` opened under `stack` is the patient's or
/// a person's close to them: a direct child of `recordTarget/patientRole`,
/// of the patient's `guardian`, or of a header `participant`'s
/// non-provider `associatedEntity`. An author's, performer's, custodian's
/// or provider organisation's address and phone are not.
fn is_contact_owner(stack: &[Tag]) -> bool {
    ends_with(stack, &[Tag::RecordTarget, Tag::PatientRole])
        || ends_with(stack, &[Tag::PatientRole, Tag::Patient, Tag::Guardian])
        || ends_with(stack, &[Tag::Participant, Tag::AssociatedEntity])
}

/// Byte span of `s` within `text`, if `s` is borrowed from it.
fn span_of(text: &[u8], s: &str) -> Option<(usize, usize)> {
    let base = text.as_ptr() as usize;
    let p = s.as_ptr() as usize;
    let start = p.checked_sub(base)?;
    let end = start.checked_add(s.len())?;
    (end <= text.len()).then_some((start, end))
}

/// `span` without leading and trailing ASCII whitespace; `None` if empty.
fn trim(text: &[u8], (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let value = text.get(start..end)?;
    let lead = value.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let trail = value[lead..]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let (s, e) = (start + lead, end - trail);
    (s < e).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::structured::pairs;
    use crate::extract::structured::FIELDS;

    const CCD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <id root="2.16.840.1.113883.19.5.99999.1" extension="DOC-0001"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN12345"/>
      <id root="2.16.840.1.113883.4.1" extension="123-45-6789"/>
      <addr use="HP"><city>Springfield</city></addr>
      <patient>
        <name use="L">
          <given>Corwin</given>
          <family>Walker</family>
        </name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19610110"/>
        <guardian>
          <guardianPerson><name><given>Ann</given><family> Guardiano </family></name></guardianPerson>
        </guardian>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20190706080851-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1681503273"/>
      <assignedPerson><name><prefix>Dr.</prefix><given>Q</given><family>Dyer</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <legalAuthenticator>
    <assignedEntity><assignedPerson><name>Laura Legal</name></assignedPerson></assignedEntity>
  </legalAuthenticator>
  <participant typeCode="IND">
    <associatedEntity classCode="NOK"><associatedPerson><name>Martha Walker</name></associatedPerson></associatedEntity>
  </participant>
  <participant typeCode="IND">
    <associatedEntity classCode="PROV"><associatedPerson><name><family>Provider</family></name></associatedPerson></associatedEntity>
  </participant>
  <component><structuredBody><component><section>
    <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
    <entry><act><entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
      <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>
      <performer><assignedEntity><assignedPerson><name><family>Performer</family></name></assignedPerson></assignedEntity></performer>
      <value xsi:type="CD" code="I10" codeSystem="2.16.840.1.113883.6.90" displayName="Essential hypertension">
        <translation code="401.9" codeSystem="2.16.840.1.113883.6.103"/>
        <translation code="59621000" codeSystem="2.16.840.1.113883.6.96"/>
      </value>
    </observation></entryRelationship></act></entry>
  </section></component></structuredBody></component>
</ClinicalDocument>
"#;

    fn found(text: &[u8]) -> Vec<(String, &'static str)> {
        crate::extract::structured::named(crate::extract::structured::ClinicalFormat::Cda, text)
    }

    /// A C-CDA R2.1 header with addresses and contact points everywhere a
    /// document carries them: the patient's, a guardian's and a relative's
    /// (named), and a provider organisation's, author's, custodian's,
    /// legal authenticator's, performer's, provider participant's and the
    /// birthplace's (not named).
    const CONTACTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN-4417"/>
      <addr use="HP">
        <streetAddressLine>1357 Amber Drive</streetAddressLine>
        <streetAddressLine> Apt 5B </streetAddressLine>
        <city>Beaverton</city>
        <state>OR</state>
        <postalCode>97006</postalCode>
        <country>US</country>
      </addr>
      <telecom use="HP" value="tel:+1(555)555-2003"/>
      <telecom use="MC" value="TEL: 555-555-2004"/>
      <telecom use="WP FAX" value="tel:+1-555-555-2005"/>
      <telecom value="fax:555-555-2006"/>
      <telecom value="mailto:isabella.jones@mail.example.net"/>
      <telecom value="https://isabella.example.net/"/>
      <telecom use="HP" value="(555) 555-2007"/>
      <telecom value="ij@mail.example.net"/>
      <telecom value="x-im:isabella"/>
      <telecom nullFlavor="UNK"/>
      <patient>
        <name use="L"><given>Isabella</given><family>Jones</family></name>
        <birthTime value="19750501"/>
        <guardian>
          <addr><streetAddressLine>88 Guardian Way</streetAddressLine><postalCode>97007</postalCode></addr>
          <telecom use="HP" value="tel:+1(555)555-2008"/>
          <guardianPerson><name><given>Ralph</given><family>Jones</family></name></guardianPerson>
        </guardian>
        <birthplace><place><addr><streetAddressLine>1 Hospital Rd</streetAddressLine><postalCode>97008</postalCode></addr></place></birthplace>
      </patient>
      <providerOrganization>
        <name>Community Health and Hospitals</name>
        <telecom use="WP" value="tel:+1(555)555-5000"/>
        <addr><streetAddressLine>1001 Village Avenue</streetAddressLine><postalCode>99123</postalCode></addr>
      </providerOrganization>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20200301"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
      <addr><streetAddressLine>1002 Healthcare Drive</streetAddressLine><postalCode>99124</postalCode></addr>
      <telecom use="WP" value="tel:+1(555)555-1002"/>
      <assignedPerson><name><given>Henry</given><family>Seven</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.19.5"/>
    <name>Community Health and Hospitals</name>
    <telecom value="tel:+1(555)555-1003"/>
    <addr><streetAddressLine>1003 Healthcare Drive</streetAddressLine><postalCode>99125</postalCode></addr>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><assignedEntity>
    <addr><streetAddressLine>1004 Healthcare Drive</streetAddressLine></addr>
    <telecom value="mailto:records@hospital.example.org"/>
  </assignedEntity></legalAuthenticator>
  <participant typeCode="IND">
    <associatedEntity classCode="NOK">
      <addr use="HP">2222 Home Street, Beaverton, OR 97867</addr>
      <telecom value="tel:(555)555-2009"/>
      <associatedPerson><name><given>Frank</given><family>Jones</family></name></associatedPerson>
    </associatedEntity>
  </participant>
  <participant typeCode="IND">
    <associatedEntity classCode="PROV">
      <addr><streetAddressLine>1005 Healthcare Drive</streetAddressLine></addr>
      <telecom value="tel:(555)555-1005"/>
    </associatedEntity>
  </participant>
  <documentationOf><serviceEvent classCode="PCPR"><performer typeCode="PRF"><assignedEntity>
    <addr><streetAddressLine>1006 Healthcare Drive</streetAddressLine></addr>
    <telecom value="tel:(555)555-1006"/>
  </assignedEntity></performer></serviceEvent></documentationOf>
</ClinicalDocument>
"#;

    #[test]
    fn patient_guardian_and_relative_contacts() {
        assert_eq!(
            found(CONTACTS.as_bytes()),
            pairs(&[
                ("MRN-4417", "mrn"),
                ("1357 Amber Drive", "address"),
                ("Apt 5B", "address"),
                ("Beaverton", "patient city"),
                ("97006", "zip"),
                ("+1(555)555-2003", "phone"),
                ("555-555-2004", "phone"),
                ("+1-555-555-2005", "fax"),
                ("555-555-2006", "fax"),
                ("isabella.jones@mail.example.net", "email"),
                ("https://isabella.example.net/", "url"),
                ("(555) 555-2007", "phone"),
                ("ij@mail.example.net", "email"),
                ("Isabella</given><family>Jones", "patient name"),
                ("19750501", "birthdate"),
                ("88 Guardian Way", "address"),
                ("97007", "zip"),
                ("+1(555)555-2008", "phone"),
                ("Ralph</given><family>Jones", "patient name"),
                ("2222 Home Street, Beaverton, OR 97867", "address"),
                ("(555)555-2009", "phone"),
                ("Frank</given><family>Jones", "patient name"),
            ])
        );
    }

    #[test]
    fn whole_names_county_and_placeholders() {
        let text = br#"<ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole>
<id root="2.16.840.1.113883.4.1" extension="000-00-0000"/>
<id root="1.2.3" extension="UNKNOWN"/>
<addr><city>Saint-Denis</city><county>R&#233;union</county><state>RE</state></addr>
<patient><name><prefix>Mme</prefix><given>Th&#7883;</given><given>Mai</given><family>Nguy&#7877;n</family><suffix>Jr</suffix></name>
<name><given>UNKNOWN</given><family>UNKNOWN</family></name>
<guardian><guardianPerson><name><family>Okafor</family><given>Ada</given></name></guardianPerson></guardian>
</patient></patientRole></recordTarget>
<participant typeCode="IND"><associatedEntity classCode="ECON"><addr><city>Lyon</city></addr>
<associatedPerson><name><given>Jean</given><family>Buc</family></name></associatedPerson></associatedEntity></participant>
<author><assignedAuthor><addr><city>Boston</city><county>Suffolk</county></addr>
<assignedPerson><name><given>Q</given><family>Dyer</family></name></assignedPerson></assignedAuthor></author>
</ClinicalDocument>"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("Saint-Denis", "patient city"),
                ("R&#233;union", "patient county"),
                (
                    "Th&#7883;</given><given>Mai</given><family>Nguy&#7877;n",
                    "patient name"
                ),
                ("Okafor</family><given>Ada", "patient name"),
                ("Lyon", "patient city"),
                ("Jean</given><family>Buc", "patient name"),
            ])
        );
    }

    #[test]
    fn telecom_span_excludes_scheme() {
        let text = CONTACTS.as_bytes();
        let mut out = Vec::new();
        fields(text, &mut out);
        let phone = out.iter().find(|f| FIELDS[f.column] == "phone").unwrap();
        let at = CONTACTS.find("tel:+1(555)555-2003").unwrap() + "tel:".len();
        assert_eq!((phone.start, phone.end), (at, at + "+1(555)555-2003".len()));
        let email = out.iter().find(|f| FIELDS[f.column] == "email").unwrap();
        assert_eq!(
            &text[email.start - "mailto:".len()..email.start],
            b"mailto:"
        );
        let street = out.iter().find(|f| FIELDS[f.column] == "address").unwrap();
        let at = CONTACTS.find("1357 Amber Drive").unwrap();
        assert_eq!((street.start, street.end), (at, at + 16));
    }

    #[test]
    fn clinician_and_organization_contacts_not_reported() {
        let got = found(CONTACTS.as_bytes());
        for bad in [
            "1001 Village Avenue",
            "99123",
            "+1(555)555-5000",
            "1002 Healthcare Drive",
            "99124",
            "+1(555)555-1002",
            "1003 Healthcare Drive",
            "+1(555)555-1003",
            "1004 Healthcare Drive",
            "records@hospital.example.org",
            "1005 Healthcare Drive",
            "(555)555-1005",
            "1006 Healthcare Drive",
            "(555)555-1006",
            "1 Hospital Rd",
            "97008",
            "isabella",
            "OR",
            "US",
        ] {
            assert!(got.iter().all(|(v, _)| v != bad), "{bad} reported");
        }
    }

    #[test]
    fn contacts_prefixes_never_panic_nor_invent() {
        let doc = CONTACTS.as_bytes();
        let full = found(doc);
        for end in 0..=doc.len() {
            let got = found(&doc[..end]);
            assert!(got.iter().all(|f| full.contains(f)), "prefix {end}");
        }
    }

    #[test]
    fn address_parts_with_entities_and_prefixes() {
        let text =
            br#"<v3:ClinicalDocument xmlns:v3="urn:hl7-org:v3"><v3:recordTarget><v3:patientRole>
<v3:addr><v3:streetAddressLine>12 O&apos;Brien St</v3:streetAddressLine><v3:streetAddressLine/>
<v3:postalCode><![CDATA[02134]]></v3:postalCode></v3:addr>
<v3:addr>4 Elm St <v3:city>Boston</v3:city></v3:addr>
<v3:telecom value=" tel: 555-555-2010 "/>
</v3:patientRole></v3:recordTarget></v3:ClinicalDocument>"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("12 O&apos;Brien St", "address"),
                ("02134", "zip"),
                ("Boston", "patient city"),
                ("555-555-2010", "phone"),
            ])
        );
    }

    #[test]
    fn ccd_header_and_problem_entry() {
        assert_eq!(
            found(CCD.as_bytes()),
            pairs(&[
                ("MRN12345", "mrn"),
                ("123-45-6789", "ssn"),
                ("Springfield", "patient city"),
                // Given and family: one name, markup between included.
                ("Corwin</given>\n          <family>Walker", "patient name"),
                ("19610110", "birthdate"),
                ("Ann</given><family> Guardiano", "patient name"),
                ("Martha Walker", "patient name"),
                ("I10", "icd10"),
                ("401.9", "icd9"),
            ])
        );
    }

    #[test]
    fn spans_are_exact_offsets() {
        let text = CCD.as_bytes();
        let mut out = Vec::new();
        fields(text, &mut out);
        let mrn = out.iter().find(|f| FIELDS[f.column] == "mrn").unwrap();
        let at = CCD.find("MRN12345").unwrap();
        assert_eq!((mrn.start, mrn.end), (at, at + 8));
        let icd = out.iter().find(|f| FIELDS[f.column] == "icd10").unwrap();
        assert_eq!(&text[icd.start..icd.end], b"I10");
        assert_eq!(text[icd.start - 1], b'"');
    }

    #[test]
    fn clinicians_and_other_code_systems_not_reported() {
        let got = found(CCD.as_bytes());
        for bad in [
            "Dyer",
            "Q",
            "Dr.",
            "Laura Legal",
            "Performer",
            "Provider",
            "1681503273",
            "DOC-0001",
            "55607006",
            "59621000",
            "34133-9",
            "11450-4",
            "Corwin",
        ] {
            assert!(got.iter().all(|(v, _)| v != bad), "{bad} reported");
        }
    }

    #[test]
    fn namespace_prefixed_elements() {
        let text = br#"<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3">
<cda:recordTarget><cda:patientRole>
<cda:id root="2.16.840.1.113883.4.1" extension="987654321"/>
<cda:id root="1.2.3" extension="A77"/>
<cda:patient><cda:name><cda:family>Nguyen</cda:family></cda:name>
<cda:birthTime value="20010203"/></cda:patient>
</cda:patientRole></cda:recordTarget>
<cda:value code="E11.9" codeSystem="2.16.840.1.113883.6.3"/>
</cda:ClinicalDocument>"#;
        assert!(is_cda(text));
        assert_eq!(
            found(text),
            pairs(&[
                ("987654321", "ssn"),
                ("A77", "mrn"),
                ("Nguyen", "patient name"),
                ("20010203", "birthdate"),
                ("E11.9", "icd10"),
            ])
        );
    }

    #[test]
    fn entities_in_family_cover_raw_text() {
        let text = b"<ClinicalDocument><recordTarget><patientRole><patient><name>\
<given>Sean</given><family>O&apos;Brien</family></name></patient></patientRole>\
</recordTarget></ClinicalDocument>";
        assert_eq!(
            found(text),
            pairs(&[("Sean</given><family>O&apos;Brien", "patient name")])
        );
        let text = b"<ClinicalDocument><recordTarget><patientRole><patient><name>\
<family>&#201;lodie</family></name></patient></patientRole></recordTarget></ClinicalDocument>";
        assert_eq!(found(text), pairs(&[("&#201;lodie", "patient name")]));
    }

    #[test]
    fn name_with_direct_text() {
        let text = b"<ClinicalDocument><recordTarget><patientRole><patient>\
<name>\n  John Smith \n</name></patient></patientRole></recordTarget></ClinicalDocument>";
        assert_eq!(found(text), pairs(&[("John Smith", "patient name")]));
    }

    #[test]
    fn ids_outside_patient_role_ignored() {
        let text = br#"<ClinicalDocument><recordTarget><patientRole><patient>
<id root="1.2" extension="NOTDIRECT"/></patient></patientRole></recordTarget>
<custodian><id root="2.16.840.1.113883.4.1" extension="111"/></custodian></ClinicalDocument>"#;
        assert_eq!(found(text), pairs(&[]));
    }

    #[test]
    fn sniffing_cda() {
        assert!(is_cda(CCD.as_bytes()));
        assert!(is_cda(
            b"\xEF\xBB\xBF  \n<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
        ));
        assert!(is_cda(
            b"<?xml version=\"1.0\"?>\n<!-- x -->\n<v3:ClinicalDocument>"
        ));
        assert!(!is_cda(b"<html><body>ClinicalDocument</body></html>"));
        assert!(!is_cda(b"<ClinicalDocuments/>"));
        assert!(!is_cda(b"x <ClinicalDocument>"));
        assert!(!is_cda(b""));
        assert!(!is_cda(b"   "));
        let mut far = b"<?xml version=\"1.0\"?><!--".to_vec();
        far.extend(std::iter::repeat_n(b' ', 5000));
        far.extend_from_slice(b"--><ClinicalDocument/>");
        assert!(!is_cda(&far));
    }

    #[test]
    fn truncated_prefixes_never_panic() {
        let text = CCD.as_bytes();
        let mut out = Vec::new();
        for end in 0..=text.len() {
            let prefix = &text[..end];
            fields(prefix, &mut out);
            for f in &out {
                assert!(f.start < f.end && f.end <= end);
            }
            out.clear();
            let _ = is_cda(prefix);
        }
    }

    #[test]
    fn random_bytes_never_panic() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = b"<>/=\"' &;:!?-[]abcdeIDnamefly\n\xC3\xA9\xFF";
        let mut out = Vec::new();
        for _ in 0..2000 {
            let len = (next() % 300) as usize;
            let mut buf: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            fields(&buf, &mut out);
            out.clear();
            buf.iter_mut()
                .for_each(|b| *b = alphabet[(next() % alphabet.len() as u64) as usize]);
            fields(&buf, &mut out);
            let _ = is_cda(&buf);
            out.clear();
        }
        // CCD with random byte flips.
        for _ in 0..300 {
            let mut buf = CCD.as_bytes().to_vec();
            for _ in 0..5 {
                let i = (next() % buf.len() as u64) as usize;
                buf[i] = alphabet[(next() % alphabet.len() as u64) as usize];
            }
            fields(&buf, &mut out);
            for f in &out {
                assert!(f.start < f.end && f.end <= buf.len());
            }
            out.clear();
        }
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let mut text = b"<ClinicalDocument>".to_vec();
        for _ in 0..10_000 {
            text.extend_from_slice(b"<a>");
        }
        text.extend_from_slice(br#"<value code="J45.909" codeSystem="2.16.840.1.113883.6.90"/>"#);
        for _ in 0..10_000 {
            text.extend_from_slice(b"</a>");
        }
        text.extend_from_slice(b"<recordTarget><patientRole><id root=\"1\" extension=\"M1\"/></patientRole></recordTarget></ClinicalDocument>");
        assert_eq!(found(&text), pairs(&[("J45.909", "icd10"), ("M1", "mrn")]));
    }

    #[test]
    fn latin1_document_reads_past_accents() {
        let text = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ClinicalDocument>\
<recordTarget><patientRole><id root=\"1.2\" extension=\"Q1\"/><patient><name>\
<family>M\xFCller</family></name><birthTime value=\"19700101\"/></patient></patientRole>\
</recordTarget><value code=\"I10\" codeSystem=\"2.16.840.1.113883.6.90\"/></ClinicalDocument>";
        let mut out = Vec::new();
        fields(text, &mut out);
        let got: Vec<_> = out
            .iter()
            .map(|f| (&text[f.start..f.end], FIELDS[f.column]))
            .collect();
        assert_eq!(
            got,
            vec![
                (&b"Q1"[..], "mrn"),
                (&b"M\xFCller"[..], "patient name"),
                (&b"19700101"[..], "birthdate"),
                (&b"I10"[..], "icd10"),
            ]
        );
    }

    #[test]
    fn sloppy_xml_still_yields_fields() {
        let text = br#"<ClinicalDocument><recordTarget><patientRole>
<id root="1.2" extension="MX1"/></wrong><patient><name><family>Lee</family></name>
<birthTime value="19800101"/></patient></patientRole></recordTarget>
<value code="Z00.00" codeSystem="2.16.840.1.113883.6.90"/> & stray"#;
        assert_eq!(
            found(text),
            pairs(&[
                ("MX1", "mrn"),
                ("Lee", "patient name"),
                ("19800101", "birthdate"),
                ("Z00.00", "icd10"),
            ])
        );
    }
}
