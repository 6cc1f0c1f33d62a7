//! Identifiers added for issue 5: contact details (NANP phones, e-mail,
//! street addresses, ZIP codes, IP addresses, personal URLs), payment and
//! plan numbers (cards, ABA routing, accounts, member ids, MBI, HICN),
//! clinician numbers (NPI, DEA), drug codes (NDC), driver's licenses,
//! vehicle (VIN) and device identifiers (GS1 UDI, serials), and ages over
//! 89.
//!
//! Each value follows the published rule for its kind exactly (check
//! digits, issuer ranges, number plans), because the corpus measures
//! whether the scanner finds valid identifiers; the unit tests recompute
//! every rule independently of the generator. Published samples (the CMS
//! NPI example, test card numbers, fictional 555-01xx phones) are never
//! planted: the scanner rightly keeps them at `low`.

use phiscan_gen::rng::Rng;

/// Letters an MBI may hold: A-Z without S, L, O, I, B and Z (CMS).
pub const MBI_LETTERS: &[u8] = b"ACDEFGHJKMNPQRTUVWXY";

/// Characters a VIN may hold (ISO 3779: no I, O or Q).
const VIN_CHARS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

/// Model-year codes (VIN position 10: no I O Q U Z or 0).
const VIN_YEARS: &[u8] = b"ABCDEFGHJKLMNPRSTVWXY123456789";

/// Whether a three-digit NANP code is an N11 service code (211 ... 911).
fn n11(code: u32) -> bool {
    code % 100 == 11
}

/// Whether `area` can be a NANP area code: 2-9 first, not N11, not the
/// reserved 37X and 96X blocks, and not 555 (used for fiction).
pub fn valid_area(area: u32) -> bool {
    (200..=999).contains(&area)
        && !n11(area)
        && !(370..=379).contains(&area)
        && !(960..=969).contains(&area)
        && area != 555
}

/// Ten digits of a NANP number in `area` (any valid area when `None`):
/// exchange 2-9 first, not N11 and not 555, so never a fictional sample.
pub fn nanp_digits(rng: &Rng, area: Option<u32>) -> String {
    let area = match area {
        Some(a) if valid_area(a) => a,
        _ => loop {
            let a = rng.range(201, 989);
            if valid_area(a) {
                break a;
            }
        },
    };
    loop {
        let exch = rng.range(201, 999);
        if n11(exch) || exch == 555 {
            continue;
        }
        return format!("{area}{exch}{:04}", rng.range(0, 9999));
    }
}

/// How a phone number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneFmt {
    /// (614) 262-2368
    Paren,
    /// 614-262-2368
    Dash,
    /// 614.262.2368
    Dot,
    /// +1 614 262 2368
    Plus1,
    /// 1-614-262-2368
    One,
    /// 6142622368 (only after a phone label)
    Bare,
}

impl PhoneFmt {
    /// A layout for a labelled number: mostly the common ones; bare digits
    /// sometimes, since a label precedes.
    pub fn labelled(rng: &Rng) -> PhoneFmt {
        [
            PhoneFmt::Paren,
            PhoneFmt::Dash,
            PhoneFmt::Dot,
            PhoneFmt::Plus1,
            PhoneFmt::One,
            PhoneFmt::Bare,
        ][rng.weighted(&[38, 30, 10, 7, 7, 8])]
    }

    /// A layout that stands without a label (no bare digits).
    pub fn delimited(rng: &Rng) -> PhoneFmt {
        [
            PhoneFmt::Paren,
            PhoneFmt::Dash,
            PhoneFmt::Dot,
            PhoneFmt::Plus1,
            PhoneFmt::One,
        ][rng.weighted(&[40, 34, 12, 7, 7])]
    }
}

/// Ten digits written in `f`.
pub fn fmt_phone(d: &str, f: PhoneFmt) -> String {
    let (a, e, l) = (&d[..3], &d[3..6], &d[6..]);
    match f {
        PhoneFmt::Paren => format!("({a}) {e}-{l}"),
        PhoneFmt::Dash => format!("{a}-{e}-{l}"),
        PhoneFmt::Dot => format!("{a}.{e}.{l}"),
        PhoneFmt::Plus1 => format!("+1 {a} {e} {l}"),
        PhoneFmt::One => format!("1-{a}-{e}-{l}"),
        PhoneFmt::Bare => d.to_string(),
    }
}

/// Free-mail domains for patients' own addresses (real providers: the
/// local parts are synthetic).
const MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "aol.com",
    "icloud.com",
    "comcast.net",
    "att.net",
    "sbcglobal.net",
    "protonmail.com",
    "msn.com",
];

/// Reserved example domains (RFC 2606), for staff and system addresses
/// in patient documents: the scanner treats them as samples, so only the
/// patient's own address is an identifier there.
pub const SAMPLE_DOMAINS: &[&str] = &["example.org", "example.com", "example.net"];

/// A patient's e-mail address made from their name and birth year, the
/// way people pick them (`denise.kowalski@gmail.com`, `dkowalski61@...`).
pub fn email(rng: &Rng, first: &str, last: &str, year: u32) -> String {
    let (f, l) = (first.to_lowercase(), last.to_lowercase());
    let local = match rng.below(7) {
        0 => format!("{f}.{l}"),
        1 => format!("{f}{l}{:02}", year % 100),
        2 => format!("{}{l}{}", &f[..1], rng.range(1, 99)),
        3 => format!("{f}_{l}"),
        4 => format!("{l}.{f}{}", rng.range(1, 999)),
        5 => format!("{f}.{}.{l}", char::from(b'a' + rng.below(26) as u8)),
        _ => format!("{f}{year}"),
    };
    format!("{local}@{}", rng.pick(MAIL_DOMAINS))
}

/// A public-looking IPv4 address: never private (10/8, 172.16/12,
/// 192.168/16), loopback, link-local, carrier NAT, multicast, reserved or
/// one of the documentation networks.
pub fn ipv4(rng: &Rng) -> String {
    loop {
        let a = rng.range(1, 223);
        let b = rng.range(0, 255);
        let c = rng.range(0, 255);
        let d = rng.range(1, 254);
        let reserved = a == 10
            || a == 127
            || a == 0
            || (a == 100 && (64..128).contains(&b))
            || (a == 169 && b == 254)
            || (a == 172 && (16..32).contains(&b))
            || (a == 192 && b == 168)
            || (a == 192 && b == 0)
            || (a == 198 && (b == 18 || b == 19 || (b == 51 && c == 100)))
            || (a == 203 && b == 0 && c == 113);
        if !reserved {
            return format!("{a}.{b}.{c}.{d}");
        }
    }
}

/// A global unicast IPv6 address under a residential ISP's prefix, in
/// the usual lower-case form; about half have a `::` run.
pub fn ipv6(rng: &Rng) -> String {
    const PREFIXES: [&[u16]; 6] = [
        &[0x2600, 0x1700],
        &[0x2601],
        &[0x2603, 0x6010],
        &[0x2607, 0xfb90],
        &[0x2a02],
        &[0x2605, 0xa601],
    ];
    let prefix = PREFIXES[rng.below(PREFIXES.len())];
    let mut g: Vec<u16> = prefix.to_vec();
    while g.len() < 8 {
        g.push(rng.below(0x10000) as u16);
    }
    if rng.chance(0.5) {
        // Interface part with zeros, written compressed.
        g[4] = 0;
        g[5] = 0;
        g[6] = 0;
        if g[7] == 0 {
            g[7] = 1;
        }
        if g[3] == 0 {
            g[3] = 0x51c0;
        }
        let head: Vec<String> = g[..4].iter().map(|x| format!("{x:x}")).collect();
        format!("{}::{:x}", head.join(":"), g[7])
    } else {
        let all: Vec<String> = g.iter().map(|x| format!("{x:x}")).collect();
        all.join(":")
    }
}

/// Street names that are not surnames (surnames are mixed in by the
/// caller): none of them is a street suffix itself.
const STREET_NAMES: &[&str] = &[
    "Oak",
    "Maple",
    "Cedar",
    "Elm",
    "Main",
    "Washington",
    "Lincoln",
    "Park",
    "Lake",
    "Hill",
    "Church",
    "Walnut",
    "Sunset",
    "Highland",
    "Jefferson",
    "Franklin",
    "Meadow",
    "Spring",
    "Mill",
    "Ridge",
    "Cherry",
    "Willow",
    "Chestnut",
    "Forest Hills",
    "Glen Echo",
    "Indian Mound",
    "Prospect",
    "Orchard",
    "River",
    "Valley View",
];

/// Street suffixes the address rule knows, in the forms people write.
const SUFFIXES: &[&str] = &[
    "Street",
    "St",
    "St",
    "Avenue",
    "Ave",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Drive",
    "Dr",
    "Lane",
    "Ln",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
    "Circle",
    "Cir",
    "Parkway",
    "Pkwy",
    "Highway",
    "Trail",
    "Square",
];

/// An English ordinal (`1st`, `42nd`, `113th`).
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A street line: house number (1-6 digits), an optional direction, one
/// to three name words (a common street name, a surname in title case,
/// or an ordinal), a suffix, and sometimes a unit (`, Apt 5B`, ` Unit 3`,
/// ` Suite 200`, ` #12`). `surname` is a census surname (upper case).
pub fn street_line(rng: &Rng, surname: &str) -> String {
    let number = match rng.weighted(&[4, 10, 30, 40, 14, 2]) {
        0 => rng.range(1, 9),
        1 => rng.range(10, 99),
        2 => rng.range(100, 999),
        3 => rng.range(1000, 9999),
        4 => rng.range(10000, 99999),
        _ => rng.range(100000, 199999),
    };
    let mut s = number.to_string();
    if rng.chance(0.18) {
        s.push(' ');
        s.push_str(rng.pick(&["N", "S", "E", "W"]));
    }
    s.push(' ');
    match rng.weighted(&[55, 30, 15]) {
        // A surname that is itself a suffix word ("Lane") would read as
        // one; such streets take a common name instead.
        1 if !SUFFIXES.iter().any(|x| x.eq_ignore_ascii_case(surname)) => {
            s.push_str(&super::values::title(surname))
        }
        0 | 1 => s.push_str(rng.pick(STREET_NAMES)),
        _ => s.push_str(&ordinal(rng.range(1, 120))),
    }
    s.push(' ');
    let suffix = rng.pick(SUFFIXES);
    s.push_str(suffix);
    if suffix.len() <= 4 && rng.chance(0.08) {
        s.push('.');
    }
    if rng.chance(0.22) {
        let unit = match rng.below(5) {
            0 => format!(
                ", Apt {}{}",
                rng.range(1, 40),
                rng.pick(&["", "", "A", "B", "C"])
            ),
            1 => format!(" Apt {}", rng.range(1, 300)),
            2 => format!(" Unit {}", rng.range(1, 60)),
            3 => format!(" Suite {}", rng.range(100, 450)),
            _ => format!(" #{}", rng.range(1, 99)),
        };
        s.push_str(&unit);
    }
    s
}

/// The Luhn check digit for `digits` (the digit to append).
pub fn luhn_digit(digits: &str) -> u32 {
    let mut sum = 0;
    for (i, c) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    (10 - sum % 10) % 10
}

/// Published test card numbers: never planted.
const SAMPLE_CARDS: &[&str] = &[
    "4111111111111111",
    "4012888888881881",
    "4222222222222",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
];

/// A card brand, for the label written before a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Brand {
    Visa,
    Mastercard,
    Amex,
    Discover,
}

impl Brand {
    /// The name on statements.
    pub fn name(self) -> &'static str {
        match self {
            Brand::Visa => "Visa",
            Brand::Mastercard => "Mastercard",
            Brand::Amex => "Amex",
            Brand::Discover => "Discover",
        }
    }
}

/// A payment card number (digits) in its issuer's range and length, with
/// a Luhn check digit: Visa 4 (16), Mastercard 51-55 or 2221-2720 (16),
/// Amex 34/37 (15), Discover 6011, 644-649 or 65 (16).
pub fn card(rng: &Rng) -> (Brand, String) {
    loop {
        let (brand, prefix, len) = match rng.weighted(&[45, 30, 15, 10]) {
            0 => (Brand::Visa, "4".to_string(), 16),
            1 => {
                let p = if rng.chance(0.7) {
                    rng.range(51, 55).to_string()
                } else {
                    rng.range(2221, 2720).to_string()
                };
                (Brand::Mastercard, p, 16)
            }
            2 => (Brand::Amex, rng.pick(&["34", "37"]).to_string(), 15),
            _ => {
                let p = match rng.below(3) {
                    0 => "6011".to_string(),
                    1 => rng.range(644, 649).to_string(),
                    _ => "65".to_string(),
                };
                (Brand::Discover, p, 16)
            }
        };
        let body = format!("{prefix}{}", rng.digits(len - 1 - prefix.len()));
        let n = format!("{body}{}", luhn_digit(&body));
        if !SAMPLE_CARDS.contains(&n.as_str()) {
            return (brand, n);
        }
    }
}

/// A card number grouped as printed: 4-4-4-4, or 4-6-5 for 15-digit
/// Amex, with one separator (space or hyphen) throughout.
pub fn fmt_card(d: &str, sep: &str) -> String {
    if d.len() == 15 {
        format!("{}{sep}{}{sep}{}", &d[..4], &d[4..10], &d[10..])
    } else {
        let groups: Vec<&str> = (0..d.len())
            .step_by(4)
            .map(|i| &d[i..(i + 4).min(d.len())])
            .collect();
        groups.join(sep)
    }
}

/// An ABA routing number: Federal Reserve prefix 01-12, 21-32, 61-72 or
/// 80, and the check digit that makes 3(d1+d4+d7) + 7(d2+d5+d8) +
/// (d3+d6+d9) a multiple of 10.
pub fn aba(rng: &Rng) -> String {
    let prefix = match rng.below(4) {
        0 => rng.range(1, 12),
        1 => rng.range(21, 32),
        2 => rng.range(61, 72),
        _ => 80,
    };
    let body = format!("{prefix:02}{}", rng.digits(6));
    let d: Vec<u32> = body.bytes().map(|b| u32::from(b - b'0')).collect();
    let partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
    format!("{body}{}", (10 - partial % 10) % 10)
}

/// Whether ten digits are a degenerate run (all one digit, or counting
/// up or down), which the NPI rule rejects.
fn degenerate(d: &str) -> bool {
    let b = d.as_bytes();
    let same = b.iter().all(|&c| c == b[0]);
    let up = b.windows(2).all(|w| (w[1] + 10 - w[0]) % 10 == 1);
    let down = b.windows(2).all(|w| (w[0] + 10 - w[1]) % 10 == 1);
    same || up || down
}

/// A National Provider Identifier: first digit 1 or 2, and the Luhn check
/// digit computed over `80840` and the first nine digits (CMS); never
/// degenerate and never the CMS sample 1234567893.
pub fn npi(rng: &Rng) -> String {
    loop {
        let body = format!("{}{}", rng.range(1, 2), rng.digits(8));
        let n = format!("{body}{}", luhn_digit(&format!("80840{body}")));
        if n != "1234567893" && !degenerate(&n) {
            return n;
        }
    }
}

/// A DEA registration number: registrant type letter, the first letter of
/// the registrant's surname (or 9 for a business), six digits and the
/// check digit `((d1+d3+d5) + 2*(d2+d4+d6)) mod 10`.
pub fn dea(rng: &Rng, surname: &str) -> String {
    let first = rng.pick(&["A", "B", "B", "F", "F", "G", "M"]);
    let second = surname
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or('9');
    let d: Vec<u32> = (0..6).map(|_| rng.range(0, 9)).collect();
    let check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10;
    let digits: String = d.iter().map(|x| x.to_string()).collect();
    format!("{first}{second}{digits}{check}")
}

/// A Medicare Beneficiary Identifier by the CMS positional grammar: 1 a
/// digit 1-9; 2, 5, 8, 9 letters; 3, 6 a letter or digit; 4, 7, 10, 11
/// digits; letters never S, L, O, I, B or Z.
pub fn mbi(rng: &Rng) -> String {
    let letter = || char::from(MBI_LETTERS[rng.below(MBI_LETTERS.len())]);
    let digit = || char::from(b'0' + rng.below(10) as u8);
    let either = || {
        if rng.chance(0.5) {
            letter()
        } else {
            digit()
        }
    };
    let mut s = String::with_capacity(11);
    s.push(char::from(b'1' + rng.below(9) as u8));
    s.push(letter());
    s.push(either());
    s.push(digit());
    s.push(letter());
    s.push(either());
    s.push(digit());
    s.push(letter());
    s.push(letter());
    s.push(digit());
    s.push(digit());
    s
}

/// An MBI as printed on the card, `1EG4-TE5-MK73`.
pub fn fmt_mbi(m: &str) -> String {
    format!("{}-{}-{}", &m[..4], &m[4..7], &m[7..])
}

/// A legacy Medicare claim number: the beneficiary's SSN (nine digits,
/// SSA-valid) and a beneficiary identification code, hyphenated or not.
pub fn hicn(rng: &Rng, ssn: &str) -> String {
    let bic = rng.pick(&["A", "A", "A", "B", "B1", "C1", "D", "D6", "M", "T", "W"]);
    if rng.chance(0.5) {
        format!("{}{bic}", super::values::with_delim(ssn, "-"))
    } else {
        format!("{ssn}{bic}")
    }
}

/// A health plan member or subscriber id: 6-15 letters and digits, at
/// least four digits, in the shapes plans print.
pub fn member_id(rng: &Rng) -> String {
    let upper = || char::from(b'A' + rng.below(26) as u8);
    match rng.below(5) {
        0 => format!("{}{}{}{}", upper(), upper(), upper(), rng.digits(9)),
        1 => format!("W{}", rng.digits(9)),
        2 => format!("{}{}", rng.range(1, 9), rng.digits(8)),
        3 => format!("{}{}{}01", upper(), upper(), rng.digits(7)),
        _ => format!("{}{}", upper(), rng.digits(rng.range(8, 11) as usize)),
    }
}

/// A driver's license number in the state's format (letters and digits
/// only, 5-15 characters, at least four digits).
pub fn license(rng: &Rng, state: &str) -> String {
    let upper = || char::from(b'A' + rng.below(26) as u8);
    match state {
        "OH" => format!("{}{}{}", upper(), upper(), rng.digits(6)),
        "IL" => format!("{}{}", upper(), rng.digits(11)),
        "WI" => format!("{}{}", upper(), rng.digits(13)),
        "MI" => format!("{}{}", upper(), rng.digits(12)),
        "KY" | "NE" | "OK" => format!("{}{}", upper(), rng.digits(8)),
        "IA" => format!("{}{}{}{}", rng.digits(3), upper(), upper(), rng.digits(4)),
        "PA" => format!("{}{}", rng.range(1, 9), rng.digits(7)),
        "IN" => format!("{}{}", rng.range(1, 9), rng.digits(9)),
        _ => format!("{}{}", rng.range(1, 9), rng.digits(8)),
    }
}

/// The value of a VIN character in the check-digit sum (ISO 3779
/// transliteration).
pub fn vin_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => 0,
    }
}

/// A vehicle identification number: the manufacturer prefix `wmi`,
/// descriptor characters, the check digit in position 9 (weights
/// 8765432X098765432, sum mod 11, 10 written X), a model-year code, a
/// plant code and a six-digit serial.
pub fn vin(rng: &Rng, wmi: &str) -> String {
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let ch = |set: &[u8]| set[rng.below(set.len())];
    let mut v: Vec<u8> = wmi.bytes().take(3).collect();
    for _ in 0..5 {
        v.push(ch(VIN_CHARS));
    }
    v.push(b'0');
    v.push(ch(VIN_YEARS));
    v.push(ch(VIN_CHARS));
    for _ in 0..6 {
        v.push(b'0' + rng.below(10) as u8);
    }
    let sum: u32 = v.iter().zip(W).map(|(&c, w)| vin_value(c) * w).sum();
    v[8] = match sum % 11 {
        10 => b'X',
        d => b'0' + d as u8,
    };
    String::from_utf8(v).expect("ASCII")
}

/// A GTIN-14 with its GS1 mod-10 check digit (weights 3, 1, 3, … from the
/// digit left of the check digit).
pub fn gtin14(rng: &Rng) -> String {
    let body = format!("{}0{}", rng.range(0, 1), rng.digits(11));
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// A device serial number: 5-20 letters and digits, at least two digits.
pub fn serial(rng: &Rng) -> String {
    let upper = || char::from(b'A' + rng.below(26) as u8);
    match rng.below(4) {
        0 => format!("SN{}", rng.digits(7)),
        1 => format!("{}{}{}{}", upper(), upper(), upper(), rng.digits(6)),
        2 => format!(
            "{}{}",
            rng.range(1, 9),
            rng.digits(rng.range(6, 9) as usize)
        ),
        _ => format!("{}{}{}", upper(), rng.digits(5), upper()),
    }
}

/// A GS1 UDI in human-readable form: `(01)` GTIN-14, `(17)` expiry
/// `YYMMDD`, `(10)` lot, and usually `(21)` the serial.
pub fn udi(rng: &Rng, serial: &str) -> String {
    let gtin = gtin14(rng);
    let (y, m, d) = (rng.range(25, 31), rng.range(1, 12), rng.range(1, 28));
    let lot = format!("{}{}", rng.pick(&["L", "LOT", "B", ""]), rng.digits(6));
    let mut s = format!("(01){gtin}(17){y:02}{m:02}{d:02}(10){lot}");
    if rng.chance(0.85) {
        s.push_str("(21)");
        s.push_str(serial);
    }
    s
}

/// A National Drug Code in one of the label shapes: 5-4-2, 4-4-2, 5-3-2,
/// 5-4-1, or 11 digits unhyphenated.
pub fn ndc(rng: &Rng) -> String {
    match rng.weighted(&[45, 15, 15, 10, 15]) {
        0 => format!("{}-{}-{}", rng.digits(5), rng.digits(4), rng.digits(2)),
        1 => format!("{}-{}-{}", rng.digits(4), rng.digits(4), rng.digits(2)),
        2 => format!("{}-{}-{}", rng.digits(5), rng.digits(3), rng.digits(2)),
        3 => format!("{}-{}-{}", rng.digits(5), rng.digits(4), rng.digits(1)),
        _ => rng.digits(11),
    }
}

/// A personal web address (a blog or a small business page): with its
/// scheme, or starting with `www.`.
pub fn personal_url(rng: &Rng, first: &str, last: &str) -> String {
    let (f, l) = (first.to_lowercase(), last.to_lowercase());
    let host = match rng.below(4) {
        0 => format!("www.{f}{l}.com"),
        1 => format!("{f}{l}.blogspot.com"),
        2 => format!(
            "www.{l}{}.net",
            rng.pick(&["family", "photos", "woodworks", "quilts"])
        ),
        _ => format!("{f}-{l}.com"),
    };
    // Without a scheme a web address is only recognisable with `www.`.
    match rng.below(3) {
        0 => format!("https://{host}"),
        1 => format!("http://{host}/"),
        _ if host.starts_with("www.") => host,
        _ => format!("www.{host}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Luhn over a whole number, written from the definition.
    fn luhn_ok(s: &str) -> bool {
        let mut sum = 0;
        for (i, c) in s.chars().rev().enumerate() {
            let mut d = c.to_digit(10).unwrap();
            if i % 2 == 1 {
                d *= 2;
                if d > 9 {
                    d -= 9;
                }
            }
            sum += d;
        }
        sum % 10 == 0
    }

    #[test]
    fn phones_follow_nanp() {
        let r = Rng::new(21);
        for _ in 0..20_000 {
            let d = nanp_digits(&r, None);
            assert_eq!(d.len(), 10);
            let area: u32 = d[..3].parse().unwrap();
            let exch: u32 = d[3..6].parse().unwrap();
            assert!(
                (2..=9).contains(&(area / 100)) && (2..=9).contains(&(exch / 100)),
                "{d}"
            );
            assert!(area % 100 != 11 && exch % 100 != 11, "{d}");
            assert!(area / 10 != 37 && area / 10 != 96, "{d}");
            assert_ne!(exch, 555, "{d}");
        }
        assert_eq!(fmt_phone("6142622368", PhoneFmt::Paren), "(614) 262-2368");
        assert_eq!(fmt_phone("6142622368", PhoneFmt::Plus1), "+1 614 262 2368");
        assert_eq!(fmt_phone("6142622368", PhoneFmt::One), "1-614-262-2368");
        // An area code asked for is kept when valid.
        assert!(nanp_digits(&r, Some(937)).starts_with("937"));
    }

    #[test]
    fn emails_are_well_formed() {
        let r = Rng::new(22);
        for _ in 0..5000 {
            let e = email(&r, "DENISE", "KOWALSKI", 1961);
            let (local, domain) = e.split_once('@').unwrap();
            assert!(!local.is_empty() && local.len() <= 64, "{e}");
            assert!(local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b)));
            assert!(!local.starts_with('.') && !local.ends_with('.') && !local.contains(".."));
            let labels: Vec<&str> = domain.split('.').collect();
            assert!(labels.len() >= 2);
            assert!(labels.iter().all(
                |l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            ));
            let tld = labels.last().unwrap();
            assert!(tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
            assert!(!domain.starts_with("example."));
        }
    }

    #[test]
    fn ips_parse_and_are_public() {
        let r = Rng::new(23);
        for _ in 0..20_000 {
            let v4 = ipv4(&r);
            let a: std::net::Ipv4Addr = v4.parse().unwrap();
            assert!(
                !a.is_private() && !a.is_loopback() && !a.is_link_local(),
                "{v4}"
            );
            assert!(!a.is_documentation() && !a.is_broadcast() && !a.is_unspecified());
            // No leading zeros (the parser above accepts none either).
            assert!(v4.split('.').all(|o| o == "0" || !o.starts_with('0')));
            let v6 = ipv6(&r);
            let b: std::net::Ipv6Addr = v6.parse().unwrap();
            assert!(v6.split(':').filter(|g| !g.is_empty()).count() >= 3, "{v6}");
            assert_eq!(b.segments()[0] & 0xe000, 0x2000, "{v6}");
        }
    }

    #[test]
    fn street_lines_have_number_name_suffix() {
        let r = Rng::new(24);
        let suffixes = [
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "boulevard",
            "blvd",
            "drive",
            "dr",
            "lane",
            "ln",
            "court",
            "ct",
            "way",
            "place",
            "pl",
            "terrace",
            "ter",
            "circle",
            "cir",
            "parkway",
            "pkwy",
            "highway",
            "hwy",
            "trail",
            "trl",
            "square",
            "sq",
        ];
        for _ in 0..5000 {
            let s = street_line(&r, "KOWALSKI");
            let line = s.split(", ").next().unwrap();
            let words: Vec<&str> = line.split(' ').collect();
            assert!(
                words[0].len() <= 6 && words[0].bytes().all(|b| b.is_ascii_digit()),
                "{s}"
            );
            assert!(!words[0].starts_with('0'), "{s}");
            // Find the suffix: the first word that is one; between number
            // (and direction) and suffix there are one to three words.
            let at = words
                .iter()
                .position(|w| suffixes.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
                .unwrap_or_else(|| panic!("no suffix: {s}"));
            let start = if ["N", "S", "E", "W"].contains(&words[1]) {
                2
            } else {
                1
            };
            assert!((1..=3).contains(&(at - start)), "{s}");
            for w in &words[start..at] {
                let title = w.chars().next().unwrap().is_ascii_uppercase()
                    && w[1..].bytes().all(|b| b.is_ascii_lowercase());
                let ordinal = w.bytes().next().unwrap().is_ascii_digit()
                    && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x));
                assert!(title || ordinal, "{s}");
            }
        }
        assert_eq!(ordinal(42), "42nd");
        assert_eq!(ordinal(111), "111th");
        assert_eq!(ordinal(23), "23rd");
    }

    #[test]
    fn cards_pass_luhn_in_issuer_ranges() {
        let r = Rng::new(25);
        for _ in 0..20_000 {
            let (brand, d) = card(&r);
            assert!(luhn_ok(&d), "{d}");
            let p2: u32 = d[..2].parse().unwrap();
            let p3: u32 = d[..3].parse().unwrap();
            let p4: u32 = d[..4].parse().unwrap();
            match brand {
                Brand::Visa => assert!(d.starts_with('4') && d.len() == 16),
                Brand::Mastercard => {
                    assert!((51..=55).contains(&p2) || (2221..=2720).contains(&p4));
                    assert_eq!(d.len(), 16);
                }
                Brand::Amex => assert!((p2 == 34 || p2 == 37) && d.len() == 15),
                Brand::Discover => {
                    assert!(p4 == 6011 || (644..=649).contains(&p3) || p2 == 65);
                    assert_eq!(d.len(), 16);
                }
            }
            assert!(!SAMPLE_CARDS.contains(&d.as_str()));
        }
        assert_eq!(fmt_card("4111111111111111", " "), "4111 1111 1111 1111");
        assert_eq!(fmt_card("378282246310005", "-"), "3782-822463-10005");
    }

    #[test]
    fn routing_numbers_checksum() {
        let r = Rng::new(26);
        for _ in 0..20_000 {
            let s = aba(&r);
            let d: Vec<u32> = s.chars().map(|c| c.to_digit(10).unwrap()).collect();
            assert_eq!(d.len(), 9);
            let sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8];
            assert_eq!(sum % 10, 0, "{s}");
            let p = d[0] * 10 + d[1];
            assert!(matches!(p, 0..=12 | 21..=32 | 61..=72 | 80), "{s}");
        }
    }

    #[test]
    fn npis_pass_luhn_with_prefix() {
        let r = Rng::new(27);
        for _ in 0..20_000 {
            let n = npi(&r);
            assert_eq!(n.len(), 10);
            assert!(n.starts_with('1') || n.starts_with('2'));
            assert!(luhn_ok(&format!("80840{n}")), "{n}");
            assert!(!degenerate(&n) && n != "1234567893");
        }
        // The CMS example is valid by the rule (and excluded as a sample).
        assert!(luhn_ok("808401234567893"));
        assert!(degenerate("1234567890") && degenerate("2222222222"));
    }

    #[test]
    fn deas_checksum() {
        let r = Rng::new(28);
        for _ in 0..20_000 {
            let d = dea(&r, "PIERCE");
            let b = d.as_bytes();
            assert_eq!(d.len(), 9);
            assert!(b"ABCDEFGHJKLMPRSTUX".contains(&b[0]), "{d}");
            assert_eq!(b[1], b'P');
            let n: Vec<u32> = d[2..].chars().map(|c| c.to_digit(10).unwrap()).collect();
            assert_eq!(
                (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10,
                n[6],
                "{d}"
            );
        }
    }

    #[test]
    fn mbis_follow_cms_grammar() {
        let r = Rng::new(29);
        let letter = |c: char| c.is_ascii_uppercase() && !"SLOIBZ".contains(c);
        for _ in 0..20_000 {
            let m = mbi(&r);
            let c: Vec<char> = m.chars().collect();
            assert_eq!(c.len(), 11);
            assert!(('1'..='9').contains(&c[0]), "{m}");
            for i in [1, 4, 7, 8] {
                assert!(letter(c[i]), "{m}");
            }
            for i in [2, 5] {
                assert!(letter(c[i]) || c[i].is_ascii_digit(), "{m}");
            }
            for i in [3, 6, 9, 10] {
                assert!(c[i].is_ascii_digit(), "{m}");
            }
            assert_eq!(fmt_mbi(&m).replace('-', ""), m);
        }
    }

    #[test]
    fn hicns_are_ssn_and_suffix() {
        let r = Rng::new(30);
        for _ in 0..5000 {
            let ssn = crate::corpus_gen::values::ssn_digits(&r);
            let h = hicn(&r, &ssn);
            let digits: String = h.chars().filter(char::is_ascii_digit).take(9).collect();
            assert_eq!(digits, ssn);
            let rest = h.replace('-', "");
            let suffix = &rest[9..];
            assert!(suffix.starts_with(|c: char| c.is_ascii_uppercase()), "{h}");
            assert!(suffix.len() <= 2);
        }
    }

    #[test]
    fn plan_ids_and_licenses_have_enough_digits() {
        let r = Rng::new(31);
        for _ in 0..5000 {
            let m = member_id(&r);
            assert!((6..=15).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_alphanumeric()));
            assert!(m.bytes().filter(u8::is_ascii_digit).count() >= 4, "{m}");
            for st in ["OH", "IL", "WI", "MI", "KY", "IA", "PA", "IN", "TN"] {
                let l = license(&r, st);
                assert!((5..=15).contains(&l.len()), "{l}");
                assert!(l.bytes().all(|b| b.is_ascii_alphanumeric()));
                assert!(l.bytes().filter(u8::is_ascii_digit).count() >= 4, "{l}");
            }
            let s = serial(&r);
            assert!((5..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
            assert!(s.bytes().filter(u8::is_ascii_digit).count() >= 2, "{s}");
        }
    }

    #[test]
    fn vins_have_check_digit() {
        let r = Rng::new(32);
        // The ISO 3779 example VIN.
        let sample = "1M8GDM9AXKP042788";
        let check = |v: &str| {
            let w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
            let table = |c: char| -> u32 {
                if let Some(d) = c.to_digit(10) {
                    return d;
                }
                // The transliteration table of ISO 3779, row by row.
                let rows = [
                    ("ABCDEFGH", 1),
                    ("JKLMN", 1),
                    ("P", 7),
                    ("R", 9),
                    ("STUVWXYZ", 2),
                ];
                rows.iter()
                    .find_map(|(letters, first)| letters.find(c).map(|i| i as u32 + first))
                    .unwrap()
            };
            let sum: u32 = v.chars().zip(w).map(|(c, w)| table(c) * w).sum();
            let want = if sum % 11 == 10 {
                'X'
            } else {
                char::from_digit(sum % 11, 10).unwrap()
            };
            v.chars().nth(8) == Some(want)
        };
        assert!(check(sample));
        for i in 0..20_000 {
            let v = vin(&r, ["1HG", "4T1", "5NP"][i % 3]);
            assert_eq!(v.len(), 17);
            assert!(!v.contains(['I', 'O', 'Q']), "{v}");
            assert!(check(&v), "{v}");
        }
    }

    #[test]
    fn gtins_and_udis() {
        let r = Rng::new(33);
        for _ in 0..20_000 {
            let g = gtin14(&r);
            assert_eq!(g.len(), 14);
            // Sum with weights 3,1,... from the left of a 14-digit GTIN
            // including the check digit is a multiple of 10.
            let sum: u32 = g
                .chars()
                .enumerate()
                .map(|(i, c)| c.to_digit(10).unwrap() * if i % 2 == 0 { 3 } else { 1 })
                .sum();
            assert_eq!(sum % 10, 0, "{g}");
        }
        // A published GS1 example: GTIN 00012345600012.
        let known = "0001234560001";
        let sum: u32 = known
            .chars()
            .rev()
            .enumerate()
            .map(|(i, c)| c.to_digit(10).unwrap() * if i % 2 == 0 { 3 } else { 1 })
            .sum();
        assert_eq!((10 - sum % 10) % 10, 2);
        let u = udi(&r, "SN1234567");
        assert!(u.starts_with("(01)") && u.contains("(17)") && u.contains("(10)"));
    }

    #[test]
    fn ndc_shapes() {
        let r = Rng::new(34);
        for _ in 0..2000 {
            let n = ndc(&r);
            let parts: Vec<usize> = n.split('-').map(str::len).collect();
            assert!(
                matches!(
                    parts.as_slice(),
                    [5, 4, 2] | [4, 4, 2] | [5, 3, 2] | [5, 4, 1] | [11]
                ),
                "{n}"
            );
        }
    }
}
