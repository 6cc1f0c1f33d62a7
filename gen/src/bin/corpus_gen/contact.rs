//! How documents write a patient's contact details, plan identifiers and
//! age (issue 5): the label variety of real forms (`Phone:`, `Tel`, `Home
//! phone`, `Cell`, `H:`, `Fax:`, `E-mail:`, `Address:`, `Lives at`,
//! `Member ID`, `Policy #`, …), numbers with and without delimiters where
//! the rules allow, addresses on one line or two.
//!
//! Every value written here is planted: in a patient document each of
//! these kinds is reported (at `medium` or `high`), so one left out of the
//! truth would count against the scanner as a false positive.

use super::ids::{self, PhoneFmt};
use super::values::{Form, Person};
use super::{Doc, Kind, Part};
use phiscan_gen::rng::Rng;

/// Whether an age's truth value in prose is the whole phrase
/// (`92-year-old`, `92 y/o`), as the age detector reports it, or the
/// number alone (`92`). Labelled ages (`Age: 93`, `aged 91`) are the
/// number either way.
const AGE_VALUE_IS_PHRASE: bool = true;

/// Home phone labels.
pub const PHONE_LABELS: &[&str] = &[
    "Phone",
    "Phone",
    "Phone",
    "Tel",
    "Home phone",
    "Home Phone",
    "H",
    "Ph",
    "Telephone",
    "Primary phone",
];
/// Cell phone labels.
pub const CELL_LABELS: &[&str] = &["Cell", "Cell", "Mobile", "Cell phone", "Mobile phone"];
/// Fax labels (the detector wants one within 24 bytes before the number).
pub const FAX_LABELS: &[&str] = &["Fax", "Fax", "Fax #", "Facsimile", "Home fax"];
/// E-mail labels.
pub const EMAIL_LABELS: &[&str] = &["E-mail", "Email", "E-mail address", "Email address"];
/// Address labels.
pub const ADDRESS_LABELS: &[&str] = &[
    "Address",
    "Address",
    "Address",
    "Home address",
    "Addr",
    "Street address",
    "Mailing address",
];
/// Health plan id labels.
pub const MEMBER_LABELS: &[&str] = &[
    "Member ID",
    "Member ID",
    "Member #",
    "Subscriber ID",
    "Policy #",
    "Policy Number",
    "Insurance ID",
    "Health Plan ID",
];
/// Labels of a Medicare Beneficiary Identifier.
pub const MBI_LABELS: &[&str] = &["MBI", "Medicare ID", "Medicare MBI", "Medicare #"];
/// Labels of a legacy Medicare claim number.
pub const HICN_LABELS: &[&str] = &["HICN", "HIC #", "Medicare Claim #", "Medicare #"];
/// Driver's license labels.
pub const LICENSE_LABELS: &[&str] = &[
    "Driver's License",
    "Driver's License #",
    "Driver License #",
    "DL #",
    "DL No",
    "License No",
    "License #",
];
/// Account labels.
pub const ACCOUNT_LABELS: &[&str] = &[
    "Account #",
    "Account #",
    "Acct No",
    "Account Number",
    "Patient Account",
    "Patient Account #",
    "Acct #",
];

/// Labels after which a phone may be written as bare digits (the rule
/// accepts ten undelimited digits only after a phone label).
const BARE_OK: &[&str] = &[
    "Phone",
    "Tel",
    "Home phone",
    "Home Phone",
    "Telephone",
    "Cell",
    "Mobile",
    "Cell phone",
];

/// A labelled phone number (planted): bare digits sometimes after a plain
/// phone label, delimited layouts otherwise.
pub fn phone_field(rng: &Rng, doc: &mut Doc, form: &Form, label: &str, digits: &str) {
    let f = if BARE_OK.contains(&label) {
        PhoneFmt::labelled(rng)
    } else {
        PhoneFmt::delimited(rng)
    };
    form.field(rng, doc, label, Kind::Phone, &ids::fmt_phone(digits, f));
}

/// A labelled fax number, written `Label: number` so that the label sits
/// right before it whatever the form's alignment.
pub fn fax_field(rng: &Rng, doc: &mut Doc, digits: &str) {
    let label = rng.pick(FAX_LABELS);
    doc.s(label)
        .s(if label.ends_with('#') { " " } else { ": " });
    doc.plant(Kind::Fax, &ids::fmt_phone(digits, PhoneFmt::delimited(rng)));
}

/// A labelled e-mail address.
pub fn email_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    form.field(rng, doc, rng.pick(EMAIL_LABELS), Kind::Email, &p.email);
}

/// The street line as some systems print it (upper case) or as typed.
fn street_of(p: &Person, upper: bool) -> String {
    if upper {
        upper_street(&p.street)
    } else {
        p.street.clone()
    }
}

/// A street line in upper case, as interfaces and mainframe exports
/// write them, unless it has an ordinal or a unit (`55TH`, `APT 5B`),
/// whose upper-case forms the address rule does not promise to know.
pub fn upper_street(street: &str) -> String {
    let ordinal = street.split(' ').any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.ends_with(|c: char| c.is_ascii_alphabetic())
    });
    let unit = street.contains(',')
        || street.contains(" Apt ")
        || street.contains(" Unit ")
        || street.contains(" Suite ")
        || street.contains('#');
    if ordinal || unit {
        street.to_string()
    } else {
        street.to_uppercase()
    }
}

/// `City, ST ZIP` after the street: the ZIP is planted (it follows its
/// state code, where the rule looks for it).
fn city_line(doc: &mut Doc, p: &Person, upper: bool) {
    let city = if upper {
        p.city.to_uppercase()
    } else {
        p.city.to_string()
    };
    doc.s(&format!("{city}, {} ", p.state));
    doc.plant(Kind::Zip, &p.zip);
}

/// A labelled address in one of the layouts forms use: one line (`street,
/// City, ST ZIP`), two lines, or separate City/State/ZIP fields.
pub fn address_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    let upper = rng.chance(0.15);
    let street = street_of(p, upper);
    form.field(rng, doc, rng.pick(ADDRESS_LABELS), Kind::Address, &street);
    match rng.weighted(&[55, 30, 15]) {
        0 => {
            doc.s(", ");
            city_line(doc, p, upper);
        }
        1 => {
            doc.s("\n");
            if rng.chance(0.5) {
                doc.s(&" ".repeat(rng.range(2, 9) as usize));
            }
            city_line(doc, p, upper);
        }
        _ => {
            doc.s("\n");
            form.plain_field(rng, doc, "City", p.city);
            doc.s("   ");
            form.plain_field(rng, doc, "State", p.state);
            doc.s("   ");
            doc.s(rng.pick(&["ZIP", "Zip Code", "ZIP"])).s(": ");
            doc.plant(Kind::Zip, &p.zip);
        }
    }
}

/// The address as an envelope writes it, without a label: street on one
/// line, `City, ST ZIP` on the next.
pub fn mailing_lines(doc: &mut Doc, p: &Person) {
    doc.plant(Kind::Address, &p.street).s("\n");
    city_line(doc, p, false);
    doc.s("\n");
}

/// A contact block: home or cell phone (sometimes both), sometimes an
/// e-mail address and, rarely, a fax number. Each on its own line.
pub fn contact_lines(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    match rng.below(3) {
        0 => phone_field(rng, doc, form, rng.pick(PHONE_LABELS), &p.phone),
        1 => phone_field(rng, doc, form, rng.pick(CELL_LABELS), &p.cell),
        _ => {
            phone_field(
                rng,
                doc,
                form,
                rng.pick(&["Home phone", "H", "Home"]),
                &p.phone,
            );
            doc.s("   ");
            phone_field(rng, doc, form, rng.pick(&["Cell", "C", "Mobile"]), &p.cell);
        }
    }
    doc.s("\n");
    if rng.chance(0.45) {
        email_field(rng, doc, form, p);
        doc.s("\n");
    }
    if rng.chance(0.06) {
        fax_field(rng, doc, &p.phone);
        doc.s("\n");
    }
}

/// Insurance on one line: the plan and its member id, or for Medicare the
/// MBI (with or without its dashes).
pub fn insurance_line(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person, plan: &str) {
    form.plain_field(rng, doc, "Insurance", plan);
    doc.s("    ");
    if plan.starts_with("Medicare") {
        let v = if rng.chance(0.5) {
            ids::fmt_mbi(&p.mbi)
        } else {
            p.mbi.clone()
        };
        form.field(rng, doc, rng.pick(MBI_LABELS), Kind::Mbi, &v);
    } else {
        form.field(
            rng,
            doc,
            rng.pick(MEMBER_LABELS),
            Kind::HealthPlanId,
            &p.member_id,
        );
    }
    doc.s("\n");
}

/// An age as prose writes it: `92-year-old`, `92 year old`, `92 y/o`,
/// `92 yo`, `92 yrs`. Returns (value, rest): the text is value + rest, and
/// the value is what the truth lists when the age is over 89.
pub fn age_phrase(rng: &Rng, age: u32) -> (String, String) {
    let rest = rng.pick(&[
        "-year-old",
        "-year-old",
        "-year-old",
        " year old",
        " y/o",
        " yo",
        " yrs old",
    ]);
    if AGE_VALUE_IS_PHRASE {
        (format!("{age}{rest}"), String::new())
    } else {
        (age.to_string(), rest.to_string())
    }
}

/// Prose parts for an age phrase: planted (with the words around it kept
/// free of OCR noise) when the age is over 89, plain text otherwise.
/// `value` and `rest` come from [`age_phrase`].
pub fn age_parts<'a>(age: u32, value: &'a str, rest: &'a str, out: &mut Vec<Part<'a>>) {
    if age > 89 {
        out.push(Part::V(Kind::Age, value));
        out.push(Part::K(rest));
    } else {
        out.push(Part::K(value));
        out.push(Part::K(rest));
    }
}

/// `Age: 93` in a header block: planted when over 89 (Safe Harbor keeps
/// ages up to 89), plain otherwise.
pub fn age_field(rng: &Rng, doc: &mut Doc, form: &Form, age: u32) {
    if age > 89 {
        form.field(rng, doc, "Age", Kind::Age, &age.to_string());
    } else {
        form.plain_field(rng, doc, "Age", &age.to_string());
    }
}
