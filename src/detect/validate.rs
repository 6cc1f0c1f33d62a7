//! Named validators: the rules a value must pass beyond its shape.
//!
//! Each follows the published specification, not other scanners' habits, so
//! that a `medium` finding means "this could be a real identifier".

use super::spec::SpecSource;
use super::wordset::{LazySet, WordSet};
use super::DetectError;

/// What a validator says of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Passes every rule.
    Valid,
    /// Fails a rule: not reported in free text.
    Invalid,
    /// Passes, but lies in a range published for tests and examples
    /// (`555-0100`, `4111 1111 1111 1111`, `user@example.com`): reported
    /// no higher than `low`, like a detector's listed samples.
    Sample,
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
    /// Health plan member, subscriber or policy numbers after their label:
    /// the record-number rules, and not a command-line option's argument or
    /// the cut-off start of a longer token (a UUID).
    MemberId,
    /// Official ICD-10-CM code table.
    Icd10,
    /// Official ICD-9-CM code table.
    Icd9,
    /// Calendar validity.
    Date,
    /// A date without its year or day (`3/14`, `November 3`, `Nov 2019`).
    PartialDate,
    /// North American Numbering Plan telephone numbers.
    Phone,
    /// E-mail address syntax (RFC 5321 limits, dot-atom local part).
    Email,
    /// Dotted-quad IPv4 address.
    Ipv4,
    /// IPv6 address (RFC 4291 text forms).
    Ipv6,
    /// Street line: no common word in place of a street name.
    Street,
    /// ZIP code that exists, in the state written before it.
    Zip,
    /// Payment card: Luhn and issuer ranges.
    Card,
    /// ABA routing transit number checksum.
    Aba,
    /// NPI: Luhn over `80840` and the ten digits.
    Npi,
    /// DEA registration number checksum.
    Dea,
    /// CMS Medicare Beneficiary Identifier grammar.
    Mbi,
    /// Legacy Medicare HICN: an SSN plus a beneficiary code.
    Hicn,
    /// Vehicle identification number, ISO 3779 check digit.
    Vin,
    /// GS1 UDI: a GTIN-14 with its check digit after `(01)`.
    Udi,
    /// Serial or device number: letters and digits, at least two digits.
    Serial,
    /// National Drug Code: ten or eleven digits, not a placeholder.
    Ndc,
    /// An age over 89.
    Age,
}

impl Validator {
    /// Looks a validator up by the name used in TOML.
    pub fn by_name(name: &str) -> Result<Self, DetectError> {
        Ok(match name {
            "ssn" => Self::Ssn,
            "itin" => Self::Itin,
            "mrn" => Self::Mrn,
            "member_id" => Self::MemberId,
            "icd10" => Self::Icd10,
            "icd9" => Self::Icd9,
            "date" => Self::Date,
            "partial_date" => Self::PartialDate,
            "phone" => Self::Phone,
            "email" => Self::Email,
            "ipv4" => Self::Ipv4,
            "ipv6" => Self::Ipv6,
            "street" => Self::Street,
            "zip" => Self::Zip,
            "card" => Self::Card,
            "aba" => Self::Aba,
            "npi" => Self::Npi,
            "dea" => Self::Dea,
            "mbi" => Self::Mbi,
            "hicn" => Self::Hicn,
            "vin" => Self::Vin,
            "udi" => Self::Udi,
            "serial" => Self::Serial,
            "ndc" => Self::Ndc,
            "age" => Self::Age,
            other => return Err(DetectError::Spec(format!("unknown validator {other:?}"))),
        })
    }
}

/// Code tables, read while the engine is built (see [`LazySet`]: the
/// built-in ones are embedded tables; a user's are laid out on first use),
/// so no file is read once scanning starts.
#[derive(Debug)]
pub struct CodeTables {
    icd10: LazySet,
    icd9: LazySet,
    /// ZIP codes, each alone (`62704`) and with its state (`62704IL`).
    zip: LazySet,
    /// The clinical vocabulary (matched in any case).
    medical: LazySet,
}

impl CodeTables {
    /// Reads every table from `source` now: a table that cannot be read
    /// fails here, at start, naming its file, rather than mid-scan.
    pub fn new(source: &SpecSource) -> Result<Self, DetectError> {
        let read =
            |rel: &str, zip: bool| Ok::<_, DetectError>(LazySet::new(rel, source.dict(rel)?, zip));
        Ok(CodeTables {
            icd10: read(ICD10_TABLE, false)?,
            icd9: read(ICD9_TABLE, false)?,
            zip: read(ZIP_TABLE, true)?,
            medical: read(MEDICAL_TERMS, false)?,
        })
    }

    /// Lays out a user's code tables now (from a background thread at
    /// scan start, so the first worker to meet a code does not wait).
    pub fn warm_up(&self) {
        self.icd10();
        self.icd9();
        self.zips();
    }

    /// Whether `text` uses at least `min` distinct words of the clinical
    /// vocabulary (ICD code descriptions minus general words): the verdict's
    /// evidence that identifiers sit in a patient's record. Stops as soon
    /// as `min` are seen.
    pub fn medical_words(&self, text: &[u8], min: usize) -> bool {
        let terms = self.medical_vocabulary();
        let mut found: [&[u8]; 8] = [&[]; 8];
        let mut n = 0;
        for w in text.split(|b| !b.is_ascii_alphabetic()) {
            if w.len() < 5 || w.len() > WordSet::MAX || !terms.contains(w) {
                continue;
            }
            if found[..n].iter().any(|f| f.eq_ignore_ascii_case(w)) {
                continue;
            }
            found[n] = w;
            n += 1;
            if n >= min.min(found.len()) {
                return true;
            }
        }
        false
    }

    /// Whether `word` is in the clinical vocabulary (words of at least five
    /// letters, as [`CodeTables::medical_words`] counts them).
    pub fn is_medical_word(&self, word: &[u8]) -> bool {
        word.len() >= 5 && self.medical_vocabulary().contains(word)
    }

    fn medical_vocabulary(&self) -> &WordSet {
        self.medical.get()
    }

    fn zips(&self) -> &WordSet {
        self.zip.get()
    }

    fn icd10(&self) -> &WordSet {
        self.icd10.get()
    }

    fn icd9(&self) -> &WordSet {
        self.icd9.get()
    }
}

/// ICD-10-CM codes, no dots.
const ICD10_TABLE: &str = "dict/icd10cm-codes.txt";

/// ICD-9-CM diagnosis codes, no dots.
const ICD9_TABLE: &str = "dict/icd9cm-codes.txt";

/// ZIP code to state table (PyPI `zipcodes`, see its header line).
const ZIP_TABLE: &str = "dict/us-zip.txt";

/// Clinical vocabulary (see `detectors/dict/medical-terms.py`).
const MEDICAL_TERMS: &str = "dict/medical-terms.txt";

/// Runs `v` on `text[start..end]`; `text` is the whole unit so that the
/// bytes around the value can be checked too.
pub fn check(v: Validator, text: &[u8], start: usize, end: usize, tables: &CodeTables) -> Verdict {
    let value = &text[start..end];
    let ok = match v {
        Validator::Ssn | Validator::Itin => {
            let ok = if v == Validator::Ssn {
                ssn(value)
            } else {
                itin(value)
            };
            return if !ok || longer_digit_run(text, start, end) {
                Verdict::Invalid
            } else if placeholder_ssn(value) {
                Verdict::Sample
            } else {
                Verdict::Valid
            };
        }
        Validator::Mrn => mrn(value),
        Validator::MemberId => mrn(value) && !cut_token(text, end) && !option_argument(text, start),
        Validator::Icd10 => {
            standalone_code(text, start, end)
                && !technical_name(text, start, end)
                && lookup(value, tables.icd10())
                && !(short_external_cause(value) && lookup(value, tables.icd9()))
        }
        Validator::Icd9 => standalone_code(text, start, end) && lookup(value, tables.icd9()),
        Validator::Date => date(value),
        Validator::PartialDate => partial_date(text, start, end),
        Validator::Phone => return phone(value),
        Validator::Email => return email(value),
        Validator::Ipv4 => return ipv4(text, start, end),
        Validator::Ipv6 => return ipv6(value),
        Validator::Street => street(value),
        Validator::Zip => zip(text, start, end, tables.zips()),
        Validator::Card => return card(value),
        Validator::Aba => aba(value),
        Validator::Npi => return npi(value),
        Validator::Dea => dea(value),
        Validator::Mbi => mbi(value),
        Validator::Hicn => hicn(value),
        Validator::Vin => vin(value) && !in_path(text, start, end),
        Validator::Udi => udi(value),
        Validator::Serial => serial(value),
        Validator::Ndc => ndc(value),
        Validator::Age => age(value),
    };
    if ok {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

/// The ASCII digits of `value`, at most `N` (more: `None`).
fn digits_of<const N: usize>(value: &[u8]) -> Option<([u8; N], usize)> {
    let mut out = [0u8; N];
    let mut n = 0;
    for &b in value {
        if b.is_ascii_digit() {
            if n == N {
                return None;
            }
            out[n] = b - b'0';
            n += 1;
        }
    }
    Some((out, n))
}

/// Luhn (mod 10) over `digits`, the last one being the check digit.
fn luhn(digits: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    for (i, d) in digits.rev().enumerate() {
        let d = u32::from(d);
        sum += if i % 2 == 1 {
            let x = d * 2;
            if x > 9 {
                x - 9
            } else {
                x
            }
        } else {
            d
        };
    }
    sum.is_multiple_of(10)
}

/// NANP (ATIS-0300115): a ten-digit number (a leading country code 1 is
/// dropped) whose area code and exchange start with 2-9 and are not N11
/// service codes; area codes 37X and 96X are reserved. `555-0100` to
/// `555-0199` are set aside for fiction and examples.
pub fn phone(value: &[u8]) -> Verdict {
    let Some((d, n)) = digits_of::<11>(value) else {
        return Verdict::Invalid;
    };
    let d = match n {
        10 => &d[..10],
        11 if d[0] == 1 => &d[1..11],
        _ => return Verdict::Invalid,
    };
    let n11 = |a: u8, b: u8| a == 1 && b == 1;
    let ok = d[0] >= 2
        && d[3] >= 2
        && !n11(d[1], d[2])
        && !n11(d[4], d[5])
        && !(d[0] == 3 && d[1] == 7)
        && !(d[0] == 9 && d[1] == 6)
        && !d.iter().all(|&x| x == d[0]);
    if !ok {
        Verdict::Invalid
    } else if d[3..6] == [5, 5, 5] && d[6] == 0 && d[7] == 1 {
        Verdict::Sample
    } else {
        Verdict::Valid
    }
}

/// Domains reserved for documentation and tests (RFC 2606, RFC 6761), and
/// the placeholder `.tld` of documentation.
fn reserved_domain(d: &[u8]) -> bool {
    let ends = |s: &[u8]| {
        d.len() >= s.len()
            && d[d.len() - s.len()..].eq_ignore_ascii_case(s)
            && (d.len() == s.len() || d[d.len() - s.len() - 1] == b'.')
    };
    // `example.com`, `mail.example.co.uk`, `example.de`: any domain with
    // an `example` label.
    let example_label = d
        .split(|&b| b == b'.')
        .any(|l| l.eq_ignore_ascii_case(b"example"));
    example_label
        || ends(b"test")
        || ends(b"invalid")
        || ends(b"localhost")
        || ends(b"local")
        // `user@domain.tld`: a placeholder top-level domain.
        || ends(b"tld")
}

/// An address as mail systems accept it: a dot-atom local part of at most
/// 64 bytes, and a domain of letter-digit-hyphen labels whose last label
/// (the TLD) is at least two letters. Reserved example domains are samples.
pub fn email(value: &[u8]) -> Verdict {
    let Some(at) = value.iter().rposition(|&b| b == b'@') else {
        return Verdict::Invalid;
    };
    let (local, domain) = (&value[..at], &value[at + 1..]);
    // `icon@2x.png`, `pkg@1.2.tar.gz`: file names, not mailboxes.
    const FILE_TLDS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "json", "xml",
        "txt", "html", "htm", "pdf", "zip", "gz", "tar", "md", "rs", "py", "map", "woff",
    ];
    let tld = domain.rsplit(|&b| b == b'.').next().unwrap_or_default();
    if FILE_TLDS
        .iter()
        .any(|t| tld.eq_ignore_ascii_case(t.as_bytes()))
    {
        return Verdict::Invalid;
    }
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local[0] != b'.'
        && local[local.len() - 1] != b'.'
        && !local.windows(2).any(|w| w == b"..")
        && local
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"._%+-'".contains(&b));
    let mut labels = domain.split(|&b| b == b'.');
    let domain_ok = domain.len() <= 253
        && domain.contains(&b'.')
        && labels.all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l[0] != b'-'
                && l[l.len() - 1] != b'-'
                && l.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic);
    if !(local_ok && domain_ok) {
        Verdict::Invalid
    } else if reserved_domain(domain) {
        Verdict::Sample
    } else {
        Verdict::Valid
    }
}

/// A dotted quad of decimal octets (no leading zeros), not part of a
/// longer dotted run of numbers (object identifiers, version strings), not
/// the unspecified or broadcast address. The documentation ranges of
/// RFC 5737 are samples.
pub fn ipv4(text: &[u8], start: usize, end: usize) -> Verdict {
    let value = &text[start..end];
    let before = |i: usize| start.checked_sub(i).and_then(|j| text.get(j)).copied();
    let dotted_before = before(1) == Some(b'.') && before(2).is_some_and(|b| b.is_ascii_digit());
    // A version goes on after a dot, dash, tilde or plus (`2.6.32.1-1`).
    let dotted_after = matches!(text.get(end), Some(b'.' | b'-' | b'~' | b'+'))
        && text.get(end + 1).is_some_and(u8::is_ascii_alphanumeric);
    if dotted_before || dotted_after || numbered_label(text, start) {
        return Verdict::Invalid;
    }
    let mut octets = [0u32; 4];
    let mut n = 0;
    for part in value.split(|&b| b == b'.') {
        if n == 4 || part.is_empty() || part.len() > 3 || (part.len() > 1 && part[0] == b'0') {
            return Verdict::Invalid;
        }
        if !part.iter().all(u8::is_ascii_digit) {
            return Verdict::Invalid;
        }
        octets[n] = part.iter().fold(0, |a, d| a * 10 + u32::from(d - b'0'));
        if octets[n] > 255 {
            return Verdict::Invalid;
        }
        n += 1;
    }
    // `0.x.x.x` is "this network" and `127.x.x.x` the loopback: no host.
    if n != 4 || octets[0] == 0 || octets[0] == 127 || octets == [255; 4] {
        return Verdict::Invalid;
    }
    match octets[..3] {
        [192, 0, 2] | [198, 51, 100] | [203, 0, 113] => Verdict::Sample,
        _ => Verdict::Valid,
    }
}

/// Labels of dotted numbers that are not addresses: an object identifier
/// (`urn:oid:1.2.3.4`, `OID 1.2.840.1`), a version or release, a FHIR
/// questionnaire item (`"linkId": "1.2.3.4"`), a section number.
fn numbered_label(text: &[u8], start: usize) -> bool {
    let line_start = text[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let before = &text[line_start.max(start.saturating_sub(32))..start];
    let label_end = before
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b':' | b'=' | b'"' | b'\'' | b'>' | b'#'))
        .map_or(0, |i| i + 1);
    let label_start = before[..label_end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let label = &before[label_start..label_end];
    const LABELS: &[&[u8]] = &[
        b"oid",
        b"version",
        b"ver",
        b"release",
        b"linkid",
        b"rev",
        b"revision",
        b"build",
        b"section",
        b"item",
        b"v",
        b"vers",
        b"firmware",
        b"fw",
        b"sw",
    ];
    LABELS.iter().any(|l| label.eq_ignore_ascii_case(l))
}

/// An IPv6 address in any RFC 4291 text form with at least three groups
/// written (so `12:30:45` clock times and `a::b` fragments are not). The
/// documentation prefix `2001:db8::/32` is a sample.
pub fn ipv6(value: &[u8]) -> Verdict {
    let Ok(s) = std::str::from_utf8(value) else {
        return Verdict::Invalid;
    };
    let groups = s.split(':').filter(|g| !g.is_empty()).count();
    let Ok(addr) = s.parse::<std::net::Ipv6Addr>() else {
        return Verdict::Invalid;
    };
    if groups < 3 || addr.is_unspecified() || addr.is_loopback() {
        return Verdict::Invalid;
    }
    if addr.segments()[..2] == [0x2001, 0x0db8] {
        Verdict::Sample
    } else {
        Verdict::Valid
    }
}

/// Words that read as a street name after a number only in prose ("12 on
/// the Way", "3 per Day Dr"): a street line with one of them is not one.
const NOT_STREET_WORDS: &[&str] = &[
    "a", "an", "and", "any", "are", "as", "at", "by", "each", "every", "for", "from", "in", "is",
    "my", "no", "of", "on", "or", "our", "per", "the", "their", "this", "to", "was", "with", "x",
    "times", "days", "weeks", "months", "years", "hours", "minutes", "mg", "ml", "patients",
    "tablets", "units", "doses",
];

/// A street line whose name words are not common prose words.
pub fn street(value: &[u8]) -> bool {
    let mut words = value
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    // The house number.
    if !words.next().is_some_and(|w| w[0].is_ascii_digit()) {
        return false;
    }
    words.all(|w| {
        !NOT_STREET_WORDS
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s.as_bytes()))
    })
}

/// A ZIP (or ZIP+4) that exists; when a two-letter state code stands right
/// before it (`Dayton, OH 45402`), the ZIP must belong to that state.
fn zip(text: &[u8], start: usize, end: usize, zips: &WordSet) -> bool {
    let value = &text[start..end];
    if value.len() < 5 || !value[..5].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut i = start;
    while i > 0 && matches!(text[i - 1], b' ' | b'\t' | b',') {
        i -= 1;
    }
    let state = (i >= 2
        && text[i - 2..i].iter().all(u8::is_ascii_uppercase)
        && (i == 2 || !text[i - 3].is_ascii_alphanumeric()))
    .then(|| &text[i - 2..i]);
    match state {
        Some(st) => {
            let mut key = [0u8; 7];
            key[..5].copy_from_slice(&value[..5]);
            key[5..].copy_from_slice(st);
            zips.contains(&key)
        }
        None => zips.contains(&value[..5]),
    }
}

/// Published test card numbers (issuers' and processors' documentation).
const TEST_CARDS: &[&[u8]] = &[
    b"4111111111111111",
    b"4012888888881881",
    b"4222222222222",
    b"4242424242424242",
    b"4000056655665556",
    b"5555555555554444",
    b"5105105105105100",
    b"2223003122003222",
    b"378282246310005",
    b"371449635398431",
    b"378734493671000",
    b"6011111111111117",
    b"6011000990139424",
    b"3530111333300000",
    b"30569309025904",
];

/// A payment card number (ISO/IEC 7812): Luhn, and a length the issuer
/// range uses: Visa 4 (13, 16, 19), Mastercard 51-55 and 2221-2720 (16),
/// American Express 34, 37 (15), Discover 6011, 644-649, 65 (16-19),
/// JCB 3528-3589 (16-19), Diners 300-305, 36, 38-39 (14-19).
pub fn card(value: &[u8]) -> Verdict {
    let Some((d, n)) = digits_of::<19>(value) else {
        return Verdict::Invalid;
    };
    let d = &d[..n];
    let prefix = |k: usize| d[..k].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    if n < 13 {
        return Verdict::Invalid;
    }
    let issuer_ok = match d[0] {
        4 => matches!(n, 13 | 16 | 19),
        5 => (51..=55).contains(&prefix(2)) && n == 16,
        2 => (2221..=2720).contains(&prefix(4)) && n == 16,
        3 => {
            (matches!(prefix(2), 34 | 37) && n == 15)
                || ((3528..=3589).contains(&prefix(4)) && n >= 16)
                || (((300..=305).contains(&prefix(3)) || matches!(prefix(2), 36 | 38 | 39))
                    && n >= 14)
        }
        6 => (prefix(4) == 6011 || (644..=649).contains(&prefix(3)) || prefix(2) == 65) && n >= 16,
        _ => false,
    };
    if !issuer_ok || !luhn(d.iter().copied()) || d.iter().all(|&x| x == d[1]) {
        return Verdict::Invalid;
    }
    let test_card = TEST_CARDS
        .iter()
        .any(|t| t.len() == d.len() && t.iter().zip(d).all(|(c, x)| c - b'0' == *x));
    if test_card {
        Verdict::Sample
    } else {
        Verdict::Valid
    }
}

/// ABA routing transit number: prefix 00-12, 21-32, 61-72 or 80 (Federal
/// Reserve routing symbols), and 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9)
/// divisible by 10.
pub fn aba(value: &[u8]) -> bool {
    let Some((d, 9)) = digits_of::<9>(value) else {
        return false;
    };
    let p = d[0] * 10 + d[1];
    let prefix_ok = matches!(p, 0..=12 | 21..=32 | 61..=72 | 80);
    let sum = 3 * (u32::from(d[0]) + u32::from(d[3]) + u32::from(d[6]))
        + 7 * (u32::from(d[1]) + u32::from(d[4]) + u32::from(d[7]))
        + (u32::from(d[2]) + u32::from(d[5]) + u32::from(d[8]));
    prefix_ok && sum.is_multiple_of(10) && !d.iter().all(|&x| x == 0)
}

/// NPI (CMS NPPES): ten digits, the first 1 or 2, Luhn over the prefix
/// `80840` and the digits. Degenerate bodies (one digit repeated, a
/// straight run) are not issued; `1234567893` is CMS's worked example.
pub fn npi(value: &[u8]) -> Verdict {
    let Some((d, 10)) = digits_of::<10>(value) else {
        return Verdict::Invalid;
    };
    if !matches!(d[0], 1 | 2) {
        return Verdict::Invalid;
    }
    let body = &d[..9];
    let same = body.iter().all(|&x| x == body[1]) || body[1..].iter().all(|&x| x == body[1]);
    let run = body.windows(2).all(|w| w[1] == (w[0] + 1) % 10)
        || body.windows(2).all(|w| (w[1] + 1) % 10 == w[0]);
    if same || run && d != [1, 2, 3, 4, 5, 6, 7, 8, 9, 3] {
        return Verdict::Invalid;
    }
    if !luhn([8, 0, 8, 4, 0].into_iter().chain(d.iter().copied())) {
        return Verdict::Invalid;
    }
    if d == [1, 2, 3, 4, 5, 6, 7, 8, 9, 3] {
        Verdict::Sample
    } else {
        Verdict::Valid
    }
}

/// DEA registration number: a registrant-type letter, a second letter (the
/// registrant's surname initial, or 9 for business names) and seven digits
/// where (d1+d3+d5) + 2(d2+d4+d6) ends in d7.
pub fn dea(value: &[u8]) -> bool {
    if value.len() != 9 {
        return false;
    }
    let first_ok = b"ABCDEFGHJKLMPRSTUX".contains(&value[0].to_ascii_uppercase());
    let second_ok = value[1].is_ascii_alphabetic() || value[1] == b'9';
    let digits = &value[2..];
    if !first_ok || !second_ok || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u32> = digits.iter().map(|b| u32::from(b - b'0')).collect();
    let sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    sum % 10 == d[6] && !d[..6].iter().all(|&x| x == 0)
}

/// CMS Medicare Beneficiary Identifier: eleven characters (dashes after the
/// 4th and 7th allowed, both or neither): position 1 a digit 1-9; 2, 5, 8
/// and 9 letters; 3 and 6 letters or digits; 4, 7, 10 and 11 digits.
/// Letters exclude S, L, O, I, B and Z.
pub fn mbi(value: &[u8]) -> bool {
    let v: Vec<u8> = match value.len() {
        11 => value.to_vec(),
        13 if value[4] == b'-' && value[8] == b'-' => value
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 4 && *i != 8)
            .map(|(_, &b)| b)
            .collect(),
        _ => return false,
    };
    let letter = |b: u8| b.is_ascii_uppercase() && !b"SLOIBZ".contains(&b);
    v.iter().enumerate().all(|(i, &b)| match i {
        0 => (b'1'..=b'9').contains(&b),
        1 | 4 | 7 | 8 => letter(b),
        2 | 5 => letter(b) || b.is_ascii_digit(),
        _ => b.is_ascii_digit(),
    })
}

/// Legacy Medicare Health Insurance Claim Number: a valid SSN (the
/// beneficiary's or wage earner's) followed by a Beneficiary
/// Identification Code of a letter and an optional letter or digit.
pub fn hicn(value: &[u8]) -> bool {
    // The first nine digits (with their separators) are the SSN; what
    // follows, spaces and dashes dropped, is the code.
    let mut seen = 0;
    let mut split = value.len();
    for (i, b) in value.iter().enumerate() {
        if b.is_ascii_digit() {
            seen += 1;
            if seen == 9 {
                split = i + 1;
                break;
            }
        }
    }
    if seen < 9 {
        return false;
    }
    let (num, rest) = value.split_at(split);
    let code: Vec<u8> = rest
        .iter()
        .copied()
        .filter(|b| *b != b'-' && *b != b' ')
        .collect();
    !code.is_empty()
        && code.len() <= 2
        && code[0].is_ascii_uppercase()
        && !matches!(code[0], b'I' | b'O')
        && code[1..].iter().all(u8::is_ascii_alphanumeric)
        && ssn(num)
}

/// ISO 3779 / 49 CFR 565 vehicle identification number: seventeen
/// characters without I, O or Q, at least one letter and three digits, the
/// ninth being the check digit (weighted transliteration sum mod 11, 10 as X).
pub fn vin(value: &[u8]) -> bool {
    if value.len() != 17 {
        return false;
    }
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let translit = |b: u8| -> Option<u32> {
        Some(match b.to_ascii_uppercase() {
            c @ b'0'..=b'9' => u32::from(c - b'0'),
            b'A' | b'J' => 1,
            b'B' | b'K' | b'S' => 2,
            b'C' | b'L' | b'T' => 3,
            b'D' | b'M' | b'U' => 4,
            b'E' | b'N' | b'V' => 5,
            b'F' | b'W' => 6,
            b'G' | b'P' | b'X' => 7,
            b'H' | b'Y' => 8,
            b'R' | b'Z' => 9,
            _ => return None,
        })
    };
    let mut sum = 0;
    for (i, &b) in value.iter().enumerate() {
        let Some(v) = translit(b) else {
            return false;
        };
        sum += v * WEIGHTS[i];
    }
    let check = match sum % 11 {
        10 => b'X',
        r => b'0' + r as u8,
    };
    let letters = value.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
    value[8].to_ascii_uppercase() == check && letters >= 1 && digits >= 3
}

/// GS1 UDI (FDA 21 CFR 830): the device identifier after `(01)` is a
/// GTIN-14 whose last digit is the GS1 mod-10 check digit.
pub fn udi(value: &[u8]) -> bool {
    let Some(pos) = value.windows(4).position(|w| w == b"(01)") else {
        return false;
    };
    let gtin = &value[pos + 4..];
    if gtin.len() < 14 || !gtin[..14].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u32> = gtin[..14].iter().map(|b| u32::from(b - b'0')).collect();
    let sum: u32 = d[..13]
        .iter()
        .enumerate()
        .map(|(i, &x)| if i % 2 == 0 { 3 * x } else { x })
        .sum();
    (10 - sum % 10) % 10 == d[13] && !d.iter().all(|&x| x == 0)
}

/// A serial number: letters and digits (and dashes), at least two digits,
/// not one character repeated.
pub fn serial(value: &[u8]) -> bool {
    let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
    let alnum: Vec<u8> = value
        .iter()
        .copied()
        .filter(u8::is_ascii_alphanumeric)
        .collect();
    digits >= 2 && alnum.len() >= 5 && !alnum.iter().all(|&b| b == alnum[0])
}

/// National Drug Code (FDA): ten digits in 4-4-2, 5-3-2 or 5-4-1 groups, or
/// the eleven-digit 5-4-2 billing form; all zeros is a placeholder.
pub fn ndc(value: &[u8]) -> bool {
    let Some((d, n)) = digits_of::<11>(value) else {
        return false;
    };
    matches!(n, 10 | 11) && !d[..n].iter().all(|&x| x == 0)
}

/// An age of 90 to 120 years (Safe Harbor groups every age over 89 into
/// "90 or older"; younger ages may be kept). The number is the first digit
/// run of the value (`92-year-old`, `093Y`).
pub fn age(value: &[u8]) -> bool {
    let Some(s) = value.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let run = value[s..].iter().take_while(|b| b.is_ascii_digit()).count();
    if run > 3 {
        return false;
    }
    let n = value[s..s + run]
        .iter()
        .fold(0u32, |a, d| a * 10 + u32::from(d - b'0'));
    (90..=120).contains(&n)
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
    if digits.len() < 4 || iso_date(value) {
        return false;
    }
    let first = digits[0];
    !digits.iter().all(|&d| d == first)
}

/// `YYYY-MM-DD` with a real month and day: a date, no record or group
/// number (`// group : 2015-08-15 Registry, LLC` in the public suffix list
/// is the day a registry's domains were added).
fn iso_date(value: &[u8]) -> bool {
    let d = |i: usize| value[i].is_ascii_digit();
    let n = |i: usize| u32::from(value[i] - b'0') * 10 + u32::from(value[i + 1] - b'0');
    value.len() == 10
        && value[4] == b'-'
        && value[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9].into_iter().all(d)
        && (1..=12).contains(&n(5))
        && (1..=31).contains(&n(8))
}

/// Nine digits written as a placeholder rather than issued to anyone:
/// each group one repeated digit (`111-22-3333`, `999-99-9999`) or the
/// counting start `123-45-` (`123-45-9999`, like the listed `123-45-6789`).
fn placeholder_ssn(value: &[u8]) -> bool {
    let Some((d, 9)) = digits_of::<9>(value) else {
        return false;
    };
    let uniform = |g: &[u8]| g.iter().all(|&x| x == g[0]);
    (uniform(&d[0..3]) && uniform(&d[3..5]) && uniform(&d[5..9])) || d[..5] == [1, 2, 3, 4, 5]
}

/// `212-09-1234-01`, `12-212-09-1234`: the value is a few groups of a
/// longer run of digit groups (an order or part number), not an SSN.
fn longer_digit_run(text: &[u8], start: usize, end: usize) -> bool {
    let after = matches!(text.get(end), Some(b'-' | b'.' | b'/'))
        && text.get(end + 1).is_some_and(u8::is_ascii_digit);
    let before = start >= 2
        && matches!(text[start - 1], b'-' | b'.' | b'/')
        && text[start - 2].is_ascii_digit();
    after || before
}

/// The value ends in a hyphen, or goes on past its end with a hyphen, dot
/// or underscore and more letters or digits: only the start of a longer
/// token (a UUID, a placeholder such as `1234-5678-EXAMPLE`) was matched.
fn cut_token(text: &[u8], end: usize) -> bool {
    let cut_before = end > 0 && text[end - 1] == b'-';
    cut_before
        || (matches!(text.get(end), Some(b'-' | b'.' | b'_'))
            && text.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
}

/// The label before the value is a command-line option (`--member-id X`,
/// `--policy-id=X`): documentation of a tool, not a patient's card.
fn option_argument(text: &[u8], start: usize) -> bool {
    let line_start = text[..start]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let before = &text[line_start.max(start.saturating_sub(64))..start];
    let label_end = before
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b':' | b'=' | b'#' | b'"' | b'\''))
        .map_or(0, |i| i + 1);
    let label_start = before[..label_end]
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')))
        .map_or(0, |i| i + 1);
    before[label_start..label_end].starts_with(b"--")
}

/// A vehicle number inside a path or reference (`doi.org/10.1107/S0021...`)
/// is part of that reference.
fn in_path(text: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|i| text[i]);
    matches!(before, Some(b'/' | b'.' | b'_' | b'-' | b'\\' | b'%'))
        || matches!(text.get(end), Some(b'/' | b'_' | b'\\' | b'%'))
}

/// Uppercase words that put a three-character code-shaped token in a
/// clinical context, so it is not read as a product or standard name.
const CLINICAL_ACRONYMS: &[&[u8]] = &[
    b"DX", b"ICD", b"HX", b"PMH", b"COPD", b"HIV", b"CKD", b"CHF", b"CAD", b"HTN", b"DM", b"AIDS",
    b"GERD", b"DVT", b"PE", b"MI", b"UTI", b"ADHD", b"PTSD", b"OCD", b"ESRD", b"AKI", b"ICD10",
    b"ICD9", b"CM", b"DXS",
];

/// A three-character code after the name of a product, standard or
/// platform (`HP X11`, `ISO C99`, `HITSP C32`, `Dell Precision M65`) or
/// after a preposition (`defined in X11`), or one of the tokens that name
/// software rather than a diagnosis where they stand (`X11;` in a browser
/// user agent): the code table has them all, but in text they are names.
fn technical_name(text: &[u8], start: usize, end: usize) -> bool {
    if end - start != 3 {
        return false;
    }
    let value = &text[start..end];
    // The X Window System and the C language standards.
    if matches!(value, b"X11" | b"C89" | b"C99" | b"C11" | b"C17" | b"C23") {
        return true;
    }
    // The word right before, on the same line, one space or tab away.
    if start < 2 || !matches!(text[start - 1], b' ' | b'\t') {
        return false;
    }
    let word_end = start - 1;
    let word_start = text[..word_end]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    let word = &text[word_start..word_end];
    if word.is_empty() || !word[0].is_ascii_alphabetic() {
        return false;
    }
    let acronym = word.len() >= 2
        && word.len() <= 5
        && word
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if acronym {
        return !CLINICAL_ACRONYMS.contains(&word);
    }
    const PREPOSITIONS: &[&[u8]] = &[
        b"in", b"on", b"for", b"under", b"using", b"via", b"the", b"and",
    ];
    PREPOSITIONS.contains(&word)
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
    // Glued to a letter of another script (`舞萌DX B50数据`) or to the
    // symbols of encoded binary (`F)A12%G`, `I10@`): not a written code.
    let odd = |b: u8| {
        !b.is_ascii()
            || matches!(
                b,
                b'@' | b'%' | b'&' | b'*' | b'+' | b'!' | b'?' | b'~' | b'`'
            )
    };
    if (start > 0 && odd(text[start - 1])) || text.get(end).is_some_and(|&b| odd(b)) {
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
    let Some((nums, n, month_word)) = date_tokens::<3>(value, 8) else {
        return false;
    };
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

/// The numbers (at most `N`, each of at most `max_digits` digits) and the
/// month named by a word (`Mar`, `March`) in a date, in text order: shared
/// by the full and the partial date validators, which differ only in how
/// many numbers they take. `None` when there are more numbers or longer
/// ones.
fn date_tokens<const N: usize>(
    value: &[u8],
    max_digits: usize,
) -> Option<([u32; N], usize, Option<u32>)> {
    let mut nums = [0u32; N];
    let mut n = 0;
    let mut month_word = None;
    for tok in value
        .split(|c| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let digits = tok.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0 {
            if n == nums.len() || digits > max_digits {
                return None;
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
    Some((nums, n, month_word))
}

/// A date with a part left out, as clinicians write them: month and day
/// (`3/14`, `November 3`, `Nov 3rd`), month and year (`Nov 2019`, `3/79`)
/// or a month alone (`November`). The
/// day must exist in that month (February 29 included); a year is
/// 1880-2100. A value that goes on with `/` or a digit is part of a longer
/// shape (`3/14/61`, a fraction `1/2/3`), which the full date pattern reads.
pub fn partial_date(text: &[u8], start: usize, end: usize) -> bool {
    if text
        .get(end)
        .is_some_and(|&b| b == b'/' || b.is_ascii_digit())
        || (start > 0 && matches!(text[start - 1], b'/' | b'.' | b'-'))
    {
        return false;
    }
    let value = &text[start..end];
    let Some((nums, n, month_word)) = date_tokens::<2>(value, 4) else {
        return false;
    };
    match (month_word, &nums[..n]) {
        (Some(_), [y]) if *y >= 1000 => (1880..=2100).contains(y),
        (Some(m), [d]) => calendar_ok(2000, m, *d),
        // A month alone ("since November"), which the engine takes only
        // after a preposition in a clinical note.
        (Some(_), []) => true,
        // Month and two-digit year ("in 3/79"): a second number no day has.
        (None, [m, y]) if (1..=12).contains(m) && (32..=99).contains(y) => true,
        (None, [m, d]) => calendar_ok(2000, *m, *d) || calendar_ok(2000, *d, *m),
        _ => false,
    }
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
    use crate::detect::spec::SpecSource;

    #[test]
    fn iso_dates_are_no_record_numbers() {
        assert!(!mrn(b"2015-08-15"));
        assert!(mrn(b"2015-0815"));
        assert!(mrn(b"2015-18-15"));
        assert!(mrn(b"00418822"));
    }

    #[test]
    fn medical_words_longer_than_eight_letters_count() {
        // Every word here is longer than eight letters: the borrowed,
        // lower-case vocabulary never matched one of them.
        let tables = CodeTables::new(&SpecSource::Builtin).unwrap();
        assert!(tables.is_medical_word(b"abandonment"));
        assert!(tables.medical_words(b"abandonment; abnormalities", 2));
        assert!(!tables.medical_words(b"changelog; maintenance", 1));
    }

    #[test]
    fn partial_dates() {
        let ok = |t: &str| partial_date(t.as_bytes(), 0, t.len());
        assert!(ok("3/14"));
        assert!(ok("11/7"));
        assert!(ok("November 3"));
        assert!(ok("Feb 29"));
        assert!(ok("Nov 2019"));
        assert!(ok("Oct 14th"));
        assert!(!ok("Feb 30"));
        assert!(!ok("13/14"));
        assert!(!ok("Nov 2400"));
        assert!(!ok("Nov 45"));
        assert!(ok("3/79"));
        assert!(ok("November"));
        assert!(!ok("13/79"));
        assert!(!ok("3/100"));
        let t = b"on 3/14/61";
        assert!(!partial_date(t, 3, 7), "part of a longer date");
    }

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
    fn nanp_phones() {
        assert_eq!(phone(b"(614) 555-2368"), Verdict::Valid);
        assert_eq!(phone(b"+1 614 555 2368"), Verdict::Valid);
        assert_eq!(phone(b"614^5552368"), Verdict::Valid, "HL7 XTN area^number");
        assert_eq!(
            phone(b"(614) 555-0123"),
            Verdict::Sample,
            "fictional 555-01xx"
        );
        assert_eq!(phone(b"114-555-2368"), Verdict::Invalid, "area starts 1");
        assert_eq!(phone(b"911-555-2368"), Verdict::Invalid, "N11 area");
        assert_eq!(phone(b"614-411-2368"), Verdict::Invalid, "N11 exchange");
        assert_eq!(
            phone(b"614-055-2368"),
            Verdict::Invalid,
            "exchange starts 0"
        );
        assert_eq!(phone(b"375-555-2368"), Verdict::Invalid, "reserved 37X");
        assert_eq!(phone(b"2-614-555-2368"), Verdict::Invalid);
        assert_eq!(phone(b"614-555-236"), Verdict::Invalid);
    }

    #[test]
    fn email_syntax() {
        assert_eq!(email(b"jane.doe42@gmail.com"), Verdict::Valid);
        assert_eq!(email(b"o'brien+dx@mail.co.uk"), Verdict::Valid);
        assert_eq!(email(b"jane@example.com"), Verdict::Sample);
        assert_eq!(email(b"x@host.test"), Verdict::Sample);
        assert_eq!(email(b"jane..doe@gmail.com"), Verdict::Invalid);
        assert_eq!(email(b".jane@gmail.com"), Verdict::Invalid);
        assert_eq!(
            email(b"icon@2x.png1"),
            Verdict::Invalid,
            "TLD must be letters"
        );
        assert_eq!(email(b"a@-b.com"), Verdict::Invalid);
        assert_eq!(email(b"a@b"), Verdict::Invalid);
    }

    #[test]
    fn ip_addresses() {
        let v4 = |t: &[u8]| {
            let s = t.iter().position(u8::is_ascii_digit).unwrap();
            let e = s + t[s..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b'.')
                .count();
            ipv4(t, s, e)
        };
        assert_eq!(v4(b"from 10.20.30.40 at"), Verdict::Valid);
        assert_eq!(v4(b"ip 203.0.113.9"), Verdict::Sample);
        assert_eq!(v4(b"ip 256.1.1.1"), Verdict::Invalid);
        assert_eq!(v4(b"ip 01.2.3.4"), Verdict::Invalid, "leading zero");
        assert_eq!(v4(b"0.0.0.0"), Verdict::Invalid);
        let oid = b"1.2.840.10008.1.2.1";
        assert_eq!(ipv4(oid, 8, 19), Verdict::Invalid, "tail of an OID");
        assert_eq!(ipv4(b"1.2.3.4.5", 0, 7), Verdict::Invalid, "version run");
        assert_eq!(ipv6(b"2600:1f18:4a3:6902::7"), Verdict::Valid);
        assert_eq!(ipv6(b"fe80:0:0:0:202:b3ff:fe1e:8329"), Verdict::Valid);
        assert_eq!(ipv6(b"2001:db8::1"), Verdict::Sample);
        assert_eq!(ipv6(b"12:30:45"), Verdict::Invalid, "a clock time");
        assert_eq!(ipv6(b"::1"), Verdict::Invalid);
        assert_eq!(ipv6(b"a::b"), Verdict::Invalid, "two groups");
    }

    #[test]
    fn street_lines() {
        assert!(street(b"1234 Oak Street"));
        assert!(street(b"12 W 42nd St"));
        assert!(!street(b"12 on the Way"));
        assert!(!street(b"2 Tablets Dr"));
        assert!(!street(b"Oak Street"));
    }

    #[test]
    fn zip_codes_with_their_state() {
        let tables = CodeTables::new(&SpecSource::Builtin).unwrap();
        let z = |t: &[u8]| {
            let s = t.len() - t.iter().rev().take_while(|b| **b != b' ').count();
            zip(t, s, t.len(), tables.zips())
        };
        assert!(z(b"Dayton, OH 45402"));
        assert!(z(b"Springfield, IL 62704-1234"));
        assert!(!z(b"Dayton, TX 45402"), "ZIP of another state");
        assert!(z(b"ZIP: 45402"));
        assert!(!z(b"ZIP: 00000"), "no such ZIP");
    }

    #[test]
    fn payment_cards() {
        assert_eq!(card(b"4539 1488 0343 6467"), Verdict::Valid);
        assert_eq!(card(b"5425-2334-3010-9903"), Verdict::Valid);
        assert_eq!(card(b"3714 496353 98431"), Verdict::Sample);
        assert_eq!(card(b"4111 1111 1111 1111"), Verdict::Sample);
        assert_eq!(card(b"4539 1488 0343 6468"), Verdict::Invalid, "Luhn");
        assert_eq!(card(b"9539 1488 0343 6464"), Verdict::Invalid, "no issuer");
        assert_eq!(
            card(b"5625 2334 3010 9905"),
            Verdict::Invalid,
            "MC is 51-55"
        );
    }

    #[test]
    fn routing_numbers() {
        assert!(aba(b"011000015"));
        assert!(aba(b"121000358"));
        assert!(!aba(b"121000359"), "checksum");
        assert!(!aba(b"991000358"), "prefix");
    }

    #[test]
    fn npi_rules() {
        assert_eq!(npi(b"1245319599"), Verdict::Valid);
        assert_eq!(npi(b"1234567893"), Verdict::Sample, "CMS example");
        assert_eq!(npi(b"1245319598"), Verdict::Invalid, "check digit");
        assert_eq!(npi(b"3245319599"), Verdict::Invalid, "first digit 3");
        assert_eq!(npi(b"1111111112"), Verdict::Invalid, "degenerate body");
    }

    #[test]
    fn dea_checksum() {
        assert!(dea(b"AB1234563"));
        assert!(dea(b"M91234563"));
        assert!(!dea(b"AB1234567"), "bad check digit");
        assert!(!dea(b"IB1234563"), "I is no registrant type");
    }

    #[test]
    fn mbi_grammar() {
        assert!(mbi(b"1EG4TE5MK73"));
        assert!(mbi(b"1EG4-TE5-MK73"));
        assert!(!mbi(b"0EG4TE5MK73"), "position 1 is 1-9");
        assert!(!mbi(b"1SG4TE5MK73"), "S excluded");
        assert!(!mbi(b"1EG4TE5MK7A"), "position 11 is a digit");
        assert!(!mbi(b"1EG4-TE5MK73"), "one dash only");
        for excluded in b"SLOIBZ" {
            let mut v = *b"1EG4TE5MK73";
            v[1] = *excluded;
            assert!(!mbi(&v));
        }
    }

    #[test]
    fn hicn_suffixes() {
        assert!(hicn(b"212-09-1234A"));
        assert!(hicn(b"212091234C1"));
        assert!(hicn(b"212091234 B"));
        assert!(!hicn(b"212091234"), "no beneficiary code");
        assert!(!hicn(b"000091234A"), "not an SSN");
    }

    #[test]
    fn vin_check_digit() {
        assert!(vin(b"1HGCM82633A004352"));
        assert!(vin(b"1M8GDM9AXKP042788"), "check digit X");
        assert!(!vin(b"1HGCM82643A004352"));
        assert!(!vin(b"1HGCM8263IA004352"), "I never appears");
        assert!(!vin(b"11111111111111111"), "no letter");
    }

    #[test]
    fn udi_gtin() {
        assert!(udi(b"(01)00884838000018(17)141120(10)7654321D"));
        assert!(!udi(b"(01)00884838000015(17)141120"));
    }

    #[test]
    fn ages_over_89() {
        assert!(age(b"92-year-old"));
        assert!(age(b"093Y"));
        assert!(!age(b"89 yo"));
        assert!(!age(b"1990"));
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
