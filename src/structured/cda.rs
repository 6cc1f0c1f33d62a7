//! HL7 CDA / C-CDA XML documents. The header's `recordTarget/patientRole`
//! says which identifiers, names and birth date belong to the patient, and
//! coded entries name their code system by OID, so a CDA document tells us
//! exactly which values are PHI without guessing from their shape.
//!
//! The reader streams `quick_xml` events over the borrowed input so every
//! value it reports is a byte span of `text` itself (attribute values
//! without quotes, element text trimmed of surrounding whitespace). It is
//! lenient: mismatched end tags and dangling `&` are accepted, and an XML
//! error ends the read keeping what was found before it.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::extract::Field;

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
    /// Whether a `family` child was seen (then direct text is not the name).
    family: bool,
    /// Whether any child element was seen (then direct text is not one span).
    child: bool,
    /// Span of the direct text content so far.
    text: Option<(usize, usize)>,
}

/// A `family` element of a patient name being read.
struct FamilyCtx {
    /// Stack depth with the `family` element pushed.
    depth: usize,
    /// Span of its direct text content so far.
    text: Option<(usize, usize)>,
}

/// Appends the named values of a CDA document to `out`, in no particular
/// order: patient identifiers (`mrn`, `ssn`), patient, guardian and
/// relative names (`patient name`), the patient's `birthdate`, and ICD-9 /
/// ICD-10 codes anywhere in the document. Clinician names and ids (author,
/// performer, legalAuthenticator, ...) are deliberately not reported: they
/// are not the patient's PHI. Stops at the first XML error, keeping what was
/// found; never panics, linear time.
pub fn fields(text: &[u8], out: &mut Vec<Field>) {
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
fn read(text: &[u8], out: &mut Vec<Field>) {
    let mut reader = Reader::from_reader(text);
    crate::extract::lenient_xml(reader.config_mut());
    let mut stack: Vec<Tag> = Vec::new();
    // Byte span of each open element's local name, parallel to `stack`.
    let mut names: Vec<(usize, usize)> = Vec::new();
    // Elements open beyond MAX_DEPTH, not on `stack`.
    let mut overflow = 0usize;
    let mut name: Option<NameCtx> = None;
    let mut family: Option<FamilyCtx> = None;
    let push = |out: &mut Vec<Field>, span: Option<(usize, usize)>, field: &str| {
        if let Some((start, end)) = span.and_then(|s| trim(text, s)) {
            out.push(Field {
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
                if let Some(n) = name.as_mut() {
                    if stack.len() == n.depth {
                        n.child = true;
                    }
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
                            child: false,
                            text: None,
                        });
                    }
                    "family" => {
                        if let Some(n) = name.as_mut().filter(|n| stack.len() == n.depth) {
                            n.family = true;
                            if !is_empty && family.is_none() {
                                family = Some(FamilyCtx {
                                    depth: stack.len() + 1,
                                    text: None,
                                });
                            }
                        }
                    }
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
                if let Some(f) = family.take_if(|f| depth < f.depth) {
                    push(out, f.text, "patient name");
                }
                if let Some(n) = name.take_if(|n| depth < n.depth) {
                    if !n.family && !n.child {
                        push(out, n.text, "patient name");
                    }
                }
            }
            Event::Text(ref t) => extend(
                &mut name,
                &mut family,
                overflow,
                stack.len(),
                span_of(text, t),
            ),
            Event::CData(ref t) => extend(
                &mut name,
                &mut family,
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
                extend(&mut name, &mut family, overflow, stack.len(), span);
            }
            _ => {}
        }
    }
}

/// Adds a piece of character data at stack depth `depth` to the text span of
/// the open `family` or `name` element whose direct content it is.
fn extend(
    name: &mut Option<NameCtx>,
    family: &mut Option<FamilyCtx>,
    overflow: usize,
    depth: usize,
    span: Option<(usize, usize)>,
) {
    let Some((s, e)) = span else { return };
    if overflow > 0 {
        return;
    }
    let target = if let Some(f) = family.as_mut().filter(|f| f.depth == depth) {
        &mut f.text
    } else if let Some(n) = name.as_mut().filter(|n| n.depth == depth) {
        &mut n.text
    } else {
        return;
    };
    *target = Some(match *target {
        Some((s0, _)) => (s0, e),
        None => (s, e),
    });
}

/// Reports the `code` attribute of `e` when its `codeSystem` is ICD-9 or
/// ICD-10 (any element: `code`, `value`, `translation`, ...).
fn codes(text: &[u8], e: &BytesStart<'_>, out: &mut Vec<Field>) {
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
        out.push(Field {
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
    use crate::structured::pairs;
    use crate::structured::FIELDS;

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
        crate::structured::named(crate::structured::Format::Cda, text)
    }

    #[test]
    fn ccd_header_and_problem_entry() {
        assert_eq!(
            found(CCD.as_bytes()),
            pairs(&[
                ("MRN12345", "mrn"),
                ("123-45-6789", "ssn"),
                ("Walker", "patient name"),
                ("19610110", "birthdate"),
                ("Guardiano", "patient name"),
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
        assert_eq!(found(text), pairs(&[("O&apos;Brien", "patient name")]));
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
    fn sniff() {
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
