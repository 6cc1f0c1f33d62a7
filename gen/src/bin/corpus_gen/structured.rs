//! Structured clinical formats: CSV and TSV exports, HL7 v2 messages, FHIR
//! JSON and CDA-like XML.
//!
//! In these the structure, not a nearby word, says what a value is (a CSV
//! column named `dob`, HL7 PID-7, FHIR `birthDate`). The values are planted
//! exactly as such systems write them, whether or not today's plain-text
//! scanner can see them: the corpus has to show what structure-aware
//! extraction will add.
//!
//! Issue 5 fields: CSV contact and eligibility exports (`address`, `zip`,
//! `phone`, `email`, `member_id`, `mbi`, `npi` columns) and TSV phone,
//! ZIP and age columns; HL7 PID-11 (street `address`, component 5 `zip`),
//! PID-13/14 phones in component 1 or as area code and number in
//! components 6 and 7 (listed `614^5552368`, the span the reader names),
//! e-mail in PID-13, PID-18 account, PID-20 license, NK1-2/4/5 and IN1-36
//! or IN1-49 (plan id); FHIR telecom (phone, sms, email, fax, url),
//! address line and postalCode, identifiers typed MB, MC (us-mbi), DL and
//! AN, and a Coverage with its subscriberId; CDA streetAddressLine,
//! postalCode and `tel:`/`mailto:` telecoms (the scheme not listed).

use super::contact;
use super::dicts::{Dicts, Dx};
use super::ids::{self, PhoneFmt};
use super::values::{
    account, clinician, facility, payer, title, with_delim, Date, DateFmt, NameShape, Person,
};
use super::{Doc, Kind};
use phiscan_gen::rng::Rng;

/// A date in the last few years.
fn recent(rng: &Rng) -> Date {
    Date::random(rng, 2016, 2024)
}

/// HL7/CDA timestamp `YYYYMMDDHHMMSS`.
fn ts(rng: &Rng, d: Date) -> String {
    format!(
        "{}{:02}{:02}{:02}",
        d.fmt(DateFmt::Compact),
        rng.range(0, 23),
        rng.range(0, 59),
        rng.range(0, 59)
    )
}

/// Quotes a CSV cell when it needs it (RFC 4180).
fn csv_cell(v: &str) -> String {
    if v.contains(',') || v.contains('"') {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// A row under construction: cells in order, with the planted ones noted,
/// so that the truth lists exactly the cell text.
struct Row {
    cells: Vec<(String, Option<Kind>)>,
}

impl Row {
    fn new() -> Row {
        Row { cells: Vec::new() }
    }
    fn cell(&mut self, v: impl Into<String>) -> &mut Row {
        self.cells.push((v.into(), None));
        self
    }
    fn plant(&mut self, kind: Kind, v: impl Into<String>) -> &mut Row {
        self.cells.push((v.into(), Some(kind)));
        self
    }
    /// Writes the row; a planted CSV cell that needed quotes is recorded
    /// without them (the quotes are syntax, not value).
    fn write(&self, doc: &mut Doc, sep: char, eol: &str) {
        for (i, (v, kind)) in self.cells.iter().enumerate() {
            if i > 0 {
                doc.text.push(sep);
            }
            let text = if sep == ',' { csv_cell(v) } else { v.clone() };
            match kind {
                Some(k) => {
                    doc.s(&text);
                    doc.record(*k, v);
                }
                None => {
                    doc.s(&text);
                }
            }
        }
        doc.s(eol);
    }
}

/// Splits a "Last,First" name pair into two cells while recording the name
/// as it appears across them (`Kowalski,Denise`).
fn name_pair(doc: &mut Doc, last: &str, first: &str) {
    doc.record(Kind::Name, &format!("{last},{first}"));
}

/// A CSV export from a practice system, in one of six schemas: patients,
/// encounters, claims, a legacy ADT extract (account numbers), patient
/// contacts (address, ZIP, phone, e-mail columns) and plan eligibility
/// (member id, MBI, the primary care clinician's NPI).
pub fn csv_export(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let schema = rng.weighted(&[22, 18, 18, 12, 18, 12]);
    let name = [
        "patients",
        "encounters",
        "claims_export",
        "legacy_adt",
        "patient_contacts",
        "eligibility",
    ][schema];
    let mut doc = Doc::new(format!("exports/csv/{name}_{idx:05}.csv"));
    let eol = if rng.chance(0.4) { "\r\n" } else { "\n" };
    let upper = rng.chance(0.35);
    let dob_fmt = [DateFmt::Iso, DateFmt::Us, DateFmt::Compact][rng.weighted(&[50, 35, 15])];
    let ssn_delim = if rng.chance(0.7) { "-" } else { "" };
    let rows = rng.range(12, 60);
    let header = match schema {
        0 => rng.pick(&[
            "mrn,last_name,first_name,dob,ssn,dx_code",
            "MRN,LastName,FirstName,DOB,SSN,PrimaryDx",
            "patient_id,last_name,first_name,birth_date,ssn,icd10",
        ]),
        1 => rng.pick(&[
            "mrn,patient_name,dob,visit_date,primary_dx,secondary_dx,attending",
            "MRN,Patient Name,Date of Birth,Visit Date,Dx 1,Dx 2,Provider",
        ]),
        2 => "claim_id,member_name,member_dob,subscriber_ssn,dos,dx1,dx2,cpt,billed,paid",
        3 => "acct,patient,dob,admit_date,icd9_dx,disposition",
        4 => rng.pick(&[
            "mrn,last_name,first_name,dob,address,city,state,zip,phone,email",
            "PatientID,LastName,FirstName,DOB,Street,City,State,Zip Code,Phone,Email",
        ]),
        _ => "member_id,mbi,last_name,first_name,dob,plan,pcp,npi",
    };
    // One primary care clinician per few members, as a panel export has.
    let pcps: Vec<(String, String)> = (0..rng.range(2, 5))
        .map(|_| (clinician(rng, dicts), ids::npi(rng)))
        .collect();
    let phone_fmt = if rng.chance(0.3) {
        PhoneFmt::Bare
    } else {
        PhoneFmt::delimited(rng)
    };
    doc.s(header).s(eol);
    let case = |w: &str| if upper { w.to_string() } else { title(w) };
    for _ in 0..rows {
        if doc.text.len() > 36_000 {
            break;
        }
        let p = Person::random(rng, dicts);
        let dob = p.dob.fmt(dob_fmt);
        let mut row = Row::new();
        match schema {
            0 => {
                let (last, first) = (case(p.last), case(p.first));
                name_pair(&mut doc, &last, &first);
                // A generic diagnosis column holds the odd legacy ICD-9
                // code; a column named icd10 does not.
                let dx = if header.ends_with("icd10") || rng.chance(0.9) {
                    (Kind::Icd10, dicts.icd10(rng))
                } else {
                    (Kind::Icd9, dicts.icd9(rng))
                };
                row.plant(Kind::Mrn, p.mrn.clone())
                    .cell(last)
                    .cell(first)
                    .plant(Kind::Dob, dob)
                    .plant(Kind::Ssn, with_delim(&p.ssn, ssn_delim))
                    .plant(dx.0, dx.1.code);
            }
            1 => {
                let shape = if rng.chance(0.6) {
                    NameShape::LastCommaFirst
                } else {
                    NameShape::FirstLast
                };
                let dxs = dicts.icd10_list(rng, 2);
                row.plant(Kind::Mrn, p.mrn.clone())
                    .plant(Kind::Name, p.name(shape, upper))
                    .plant(Kind::Dob, dob)
                    .cell(recent(rng).fmt(DateFmt::Iso))
                    .plant(Kind::Icd10, dxs[0].code.clone());
                if rng.chance(0.6) {
                    row.plant(Kind::Icd10, dxs[1].code.clone());
                } else {
                    row.cell("");
                }
                row.cell(clinician(rng, dicts));
            }
            2 => {
                let dxs = dicts.icd10_list(rng, 2);
                let billed = rng.range(40, 900);
                row.cell(format!("CLM{}", rng.digits(9)))
                    .plant(Kind::Name, p.name(NameShape::FirstLast, upper))
                    .plant(Kind::Dob, dob)
                    .plant(Kind::Ssn, with_delim(&p.ssn, ssn_delim))
                    .cell(recent(rng).fmt(DateFmt::Us))
                    .plant(Kind::Icd10, dxs[0].code.clone());
                if rng.chance(0.5) {
                    row.plant(Kind::Icd10, dxs[1].code.clone());
                } else {
                    row.cell("");
                }
                // Amounts are written without a currency sign, as exports do.
                row.cell(rng.pick(&["99213", "99214", "99215", "80053"]).to_string())
                    .cell(format!("{billed}.00"))
                    .cell(format!(
                        "{}.{:02}",
                        billed * rng.range(30, 80) / 100,
                        rng.range(0, 99)
                    ));
            }
            3 => {
                row.plant(Kind::Account, account(rng))
                    .plant(Kind::Name, p.name(NameShape::LastCommaFirst, true))
                    .plant(Kind::Dob, dob)
                    .cell(Date::random(rng, 2004, 2014).fmt(DateFmt::Us))
                    .plant(Kind::Icd9, dicts.icd9(rng).code)
                    .cell(
                        rng.pick(&["HOME", "SNF", "REHAB", "AMA", "EXPIRED"])
                            .to_string(),
                    );
            }
            4 => {
                let (last, first) = (case(p.last), case(p.first));
                name_pair(&mut doc, &last, &first);
                let street = if upper {
                    contact::upper_street(&p.street)
                } else {
                    p.street.clone()
                };
                row.plant(Kind::Mrn, p.mrn.clone())
                    .cell(last)
                    .cell(first)
                    .plant(Kind::Dob, dob)
                    .plant(Kind::Address, street)
                    // A patient's city is a subdivision smaller than a state.
                    .plant(Kind::Address, p.city)
                    .cell(p.state)
                    .plant(Kind::Zip, p.zip.clone())
                    .plant(Kind::Phone, p.phone_as(phone_fmt));
                if rng.chance(0.7) {
                    row.plant(Kind::Email, p.email.clone());
                } else {
                    row.cell("");
                }
            }
            _ => {
                let (last, first) = (case(p.last), case(p.first));
                name_pair(&mut doc, &last, &first);
                let plan = payer(rng);
                row.plant(Kind::HealthPlanId, p.member_id.clone());
                if plan.starts_with("Medicare") {
                    row.plant(Kind::Mbi, p.mbi.clone());
                } else {
                    row.cell("");
                }
                let (pcp, npi) = rng.pick_ref(&pcps);
                row.cell(last)
                    .cell(first)
                    .plant(Kind::Dob, dob)
                    .cell(plan)
                    .cell(pcp.clone())
                    .plant(Kind::Npi, npi.clone());
            }
        }
        row.write(&mut doc, ',', eol);
    }
    doc
}

/// A tab-separated export (a report saved from a spreadsheet or a query
/// tool): one name column, codes with their descriptions.
pub fn tsv_export(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!(
        "exports/tsv/{}_{idx:05}.tsv",
        rng.pick(&["census", "panel", "registry", "worklist"])
    ));
    let upper = rng.chance(0.4);
    let dob_fmt = [DateFmt::Us, DateFmt::Iso][rng.below(2)];
    let with_ssn = rng.chance(0.5);
    let with_contact = rng.chance(0.4);
    let with_age = rng.chance(0.4);
    let census = Date::random(rng, 2016, 2024);
    let mut header = vec!["PatientID", "PatientName", "DOB", "Sex"];
    if with_age {
        header.push("Age");
    }
    if with_ssn {
        header.push("SSN");
    }
    if with_contact {
        header.extend(["Phone", "Zip"]);
    }
    header.extend(["DxCode", "DxDescription", "LastVisit"]);
    doc.line(&header.join("\t"));
    for _ in 0..rng.range(12, 50) {
        if doc.text.len() > 36_000 {
            break;
        }
        let p = Person::random(rng, dicts);
        let shape = if rng.chance(0.5) {
            NameShape::LastCommaFirst
        } else {
            NameShape::FirstLast
        };
        let dx: Dx = dicts.icd10(rng);
        let mut row = Row::new();
        row.plant(Kind::Mrn, p.mrn.clone())
            .plant(Kind::Name, p.name(shape, upper))
            .plant(Kind::Dob, p.dob.fmt(dob_fmt))
            .cell(p.sex.to_string());
        if with_age {
            // Ages over 89 are identifiers (Safe Harbor); younger ones not.
            let age = p.age(census);
            if age > 89 {
                row.plant(Kind::Age, age.to_string());
            } else {
                row.cell(age.to_string());
            }
        }
        if with_ssn {
            row.plant(Kind::Ssn, with_delim(&p.ssn, "-"));
        }
        if with_contact {
            row.plant(Kind::Phone, p.phone_as(PhoneFmt::Dash))
                .plant(Kind::Zip, p.zip.clone());
        }
        row.plant(Kind::Icd10, dx.code.clone())
            .cell(dx.title.unwrap_or("").to_string())
            .cell(recent(rng).fmt(dob_fmt));
        row.write(&mut doc, '\t', "\n");
    }
    doc
}

/// HL7 v2 messages (ADT admits/updates or ORU results), one or several to
/// a file, segments separated by CR as the standard says or by LF as many
/// interface logs store them.
pub fn hl7(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let oru = rng.chance(0.4);
    let dir = if oru { "oru" } else { "adt" };
    let mut doc = Doc::new(format!(
        "hl7/{dir}/{}_{idx:05}.hl7",
        if oru { "oru_r01" } else { "adt" }
    ));
    let seg = match rng.weighted(&[55, 35, 10]) {
        0 => "\r",
        1 => "\n",
        _ => "\r\n",
    };
    let fac = rng.pick(&["STBRIGID", "LAKESIDE", "RIVERBEND", "NFLDMC", "PINECREST"]);
    let batch = rng.chance(0.35);
    let n = if batch {
        rng.range(3, 20)
    } else {
        rng.range(2, 4)
    };
    if batch {
        let t = ts(rng, recent(rng));
        doc.s(&format!("BHS|^~\\&|{fac}|{fac}|HUBX|{fac}|{t}"))
            .s(seg);
    }
    for _ in 0..n {
        let p = Person::random(rng, dicts);
        let when = recent(rng);
        let t = ts(rng, when);
        let ctrl = format!("MSG{}", rng.digits(8));
        let event = rng.pick(&["A01", "A04", "A08", "A03"]);
        let msh9 = if oru {
            "ORU^R01^ORU_R01".to_string()
        } else {
            format!("ADT^{event}^ADT_{event}")
        };
        doc.s(&format!(
            "MSH|^~\\&|{}|{fac}|HUBX|{fac}|{t}||{msh9}|{ctrl}|P|{}",
            rng.pick(&["ADT1", "EPICADT", "LAB", "CERNER"]),
            rng.pick(&["2.3", "2.5.1", "2.5.1", "2.4"])
        ))
        .s(seg);
        if !oru {
            doc.s(&format!("EVN|{event}|{t}")).s(seg);
        }
        // PID-3 record number, PID-5 name, PID-7 birth date, PID-11
        // address, PID-13/14 phones, PID-18 account, PID-19 SSN, PID-20
        // driver's license.
        doc.s("PID|1||")
            .plant(Kind::Mrn, &p.mrn)
            .s(&format!("^^^{fac}^MR||"));
        doc.plant(Kind::Name, &p.name(NameShape::Caret, true));
        doc.s(&format!("^{}||", &p.middle[..1]));
        doc.plant(Kind::Dob, &p.dob.fmt(DateFmt::Compact));
        doc.s(&format!("|{}|||", p.sex));
        hl7_address(rng, &mut doc, &p);
        doc.s("||");
        hl7_phone(rng, &mut doc, &p.phone, "PRN", "PH");
        if rng.chance(0.3) {
            doc.s("~");
            hl7_phone(rng, &mut doc, &p.cell, "ORN", "CP");
        }
        if rng.chance(0.25) {
            doc.s("~^NET^Internet^").plant(Kind::Email, &p.email);
        }
        doc.s("|");
        if rng.chance(0.2) {
            // A work number (PID-14) is the patient's too.
            let work = ids::nanp_digits(rng, None);
            hl7_phone(rng, &mut doc, &work, "WPN", "PH");
        }
        doc.s(&format!("||{}||", rng.pick(&["M", "S", "W", "D"])));
        if rng.chance(0.5) {
            doc.plant(Kind::Account, &account(rng))
                .s(&format!("^^^{fac}^AN"));
        }
        doc.s("|");
        if rng.chance(0.7) {
            let delim = if rng.chance(0.6) { "-" } else { "" };
            doc.plant(Kind::Ssn, &with_delim(&p.ssn, delim));
        }
        if rng.chance(0.3) {
            doc.s("|").plant(Kind::License, &p.license).s(&format!(
                "^{}^{}",
                p.state,
                Date::random(rng, 2025, 2031).fmt(DateFmt::Compact)
            ));
        }
        doc.s(seg);
        let doc_last = dicts.last(rng);
        let attending = format!(
            "{}^{}^{}",
            rng.digits(10),
            doc_last,
            char::from(b'A' + rng.below(26) as u8)
        );
        doc.s(&format!(
            "PV1|1|{}|{}^{}^{}^{fac}||||{attending}^^^^^^NPI|||{}||||{}|||||V{}",
            rng.pick(&["I", "O", "E"]),
            rng.pick(&["4W", "3E", "ICU", "ED", "CLINIC"]),
            rng.range(100, 499),
            rng.pick(&["A", "B"]),
            rng.pick(&["MED", "SUR", "CAR"]),
            rng.range(1, 9),
            rng.digits(10)
        ))
        .s(seg);
        if oru {
            let order = rng.digits(8);
            doc.s(&format!("ORC|RE|{order}|F{order}")).s(seg);
            let dx = dicts.icd10(rng);
            // OBR-31, reason for study: a coded diagnosis.
            let mut obr: Vec<String> = vec![String::new(); 32];
            obr[0] = "OBR".into();
            obr[1] = "1".into();
            obr[2] = order.clone();
            obr[3] = format!("F{order}");
            obr[4] = rng
                .pick(&[
                    "24323-8^Comprehensive metabolic panel^LN",
                    "58410-2^CBC panel^LN",
                    "4548-4^Hemoglobin A1c^LN",
                    "57698-3^Lipid panel^LN",
                ])
                .to_string();
            obr[7] = t.clone();
            obr[16] = attending.clone();
            obr[25] = "F".into();
            doc.s(&obr[..31].join("|")).s("|");
            doc.plant(Kind::Icd10, &dx.code);
            doc.s(&format!("^{}^I10", dx.title.unwrap_or("")));
            doc.s(seg);
            // (code, low, high, decimals, units, reference range)
            let tests: [(&str, u32, u32, u32, &str, &str); 6] = [
                ("2345-7^Glucose^LN", 70, 260, 0, "mg/dL", "70-99"),
                ("2160-0^Creatinine^LN", 6, 24, 1, "mg/dL", "0.6-1.2"),
                ("2951-2^Sodium^LN", 131, 146, 0, "mmol/L", "136-145"),
                ("4548-4^Hemoglobin A1c^LN", 48, 120, 1, "%", "4.0-5.6"),
                ("718-7^Hemoglobin^LN", 90, 172, 1, "g/dL", "12.0-16.0"),
                ("2093-3^Cholesterol^LN", 120, 290, 0, "mg/dL", "<200"),
            ];
            for (i, tst) in tests.iter().take(rng.range(2, 6) as usize).enumerate() {
                let raw = rng.range(tst.1, tst.2);
                let v = if tst.3 == 1 {
                    format!("{}.{}", raw / 10, raw % 10)
                } else {
                    raw.to_string()
                };
                let flag = rng.pick(&["N", "N", "H", "L"]);
                doc.s(&format!(
                    "OBX|{}|NM|{}||{v}|{}|{}|{flag}|||F|||{t}",
                    i + 1,
                    tst.0,
                    tst.4,
                    tst.5
                ))
                .s(seg);
            }
            if rng.chance(0.3) {
                doc.s("NTE|1||Specimen slightly hemolyzed; potassium may be falsely elevated.")
                    .s(seg);
            }
        } else {
            for i in 0..rng.range(1, 4) {
                let legacy = rng.chance(0.1);
                let dx = if legacy {
                    dicts.icd9(rng)
                } else {
                    dicts.icd10(rng)
                };
                doc.s(&format!("DG1|{}||", i + 1));
                doc.plant(if legacy { Kind::Icd9 } else { Kind::Icd10 }, &dx.code);
                doc.s(&format!(
                    "^{}^{}|||{}",
                    dx.title.unwrap_or(""),
                    if legacy { "I9" } else { "I10" },
                    if i == 0 { "A" } else { "W" }
                ))
                .s(seg);
            }
            for (i, (code, allergen)) in rng
                .sample(
                    &[
                        &("PCN", "PENICILLIN"),
                        &("SULF", "SULFA DRUGS"),
                        &("LTX", "LATEX"),
                        &("CDN", "CODEINE"),
                    ],
                    rng.range(0, 2) as usize,
                )
                .into_iter()
                .enumerate()
            {
                doc.s(&format!(
                    "AL1|{}|DA|{code}^{allergen}^L|{}|{}",
                    i + 1,
                    rng.pick(&["MO", "SV", "MI"]),
                    rng.pick(&["RASH", "HIVES", "NAUSEA"])
                ))
                .s(seg);
            }
            doc.s(&format!(
                "OBX|1|NM|29463-7^Body weight^LN||{}|kg|||||F",
                rng.range(40, 140)
            ))
            .s(seg);
            doc.s(&format!(
                "OBX|2|NM|8302-2^Body height^LN||{}|cm|||||F",
                rng.range(150, 195)
            ))
            .s(seg);
            if rng.chance(0.4) {
                // IN1-36 policy number, IN1-49 insured's id: the member id.
                // (Not for Medicare, whose policy number would be the MBI,
                // reported as an MBI as well as a plan id.)
                let plan = rng.pick(&["BUCKEYE HP", "GREAT LAKES MUTUAL", "MEDICARE"]);
                let mut f: Vec<String> = vec![String::new(); 50];
                f[0] = "IN1".into();
                f[1] = "1".into();
                f[2] = rng.pick(&["PPO", "HMO", "MCR"]).to_string();
                f[3] = rng.digits(6);
                f[4] = plan.to_string();
                f[17] = "01".into();
                let member = plan != "MEDICARE";
                let at49 = member && rng.chance(0.3);
                let last = if at49 { 49 } else { 36 };
                doc.s(&f[..last].join("|")).s("|");
                if member {
                    doc.plant(Kind::HealthPlanId, &p.member_id);
                }
                doc.s(seg);
            }
            if rng.chance(0.35) {
                // Next of kin: NK1-2 name, NK1-4 address, NK1-5 phone.
                let mut kin = Person::random(rng, dicts);
                kin.last = p.last;
                let same_home = rng.chance(0.6);
                if same_home {
                    kin.street = p.street.clone();
                    kin.city = p.city;
                    kin.state = p.state;
                    kin.zip = p.zip.clone();
                    kin.phone = p.phone.clone();
                }
                doc.s("NK1|1|")
                    .plant(Kind::Name, &kin.name(NameShape::Caret, true))
                    .s(&format!(
                        "|{}|",
                        rng.pick(&[
                            "SPO^Spouse^HL70063",
                            "CHD^Child^HL70063",
                            "SIB^Sibling^HL70063"
                        ])
                    ));
                hl7_address(rng, &mut doc, &kin);
                doc.s("|");
                hl7_phone(rng, &mut doc, &kin.phone, "PRN", "PH");
                doc.s(seg);
            }
        }
    }
    if batch {
        doc.s(&format!("BTS|{n}")).s(seg);
    }
    doc
}

/// An XAD address (PID-11, NK1-4): `street^^city^state^zip^USA`, the
/// street, city (Safe Harbor B: smaller than a state) and ZIP planted,
/// upper case as most interfaces send it.
fn hl7_address(rng: &Rng, doc: &mut Doc, p: &Person) {
    let upper = rng.chance(0.8);
    let street = if upper {
        contact::upper_street(&p.street)
    } else {
        p.street.clone()
    };
    let city = if upper {
        p.city.to_uppercase()
    } else {
        p.city.to_string()
    };
    doc.plant(Kind::Address, &street)
        .s("^^")
        .plant(Kind::Address, &city)
        .s(&format!("^{}^", p.state))
        .plant(Kind::Zip, &p.zip)
        .s("^USA");
}

/// An XTN phone (PID-13/14, NK1-5): the number in component 1
/// (`(614)262-2368^PRN^PH`), or split into area code and local number in
/// components 6 and 7 (`^PRN^PH^^1^614^2622368`), where the reader names
/// `614^2622368`.
fn hl7_phone(rng: &Rng, doc: &mut Doc, digits: &str, usage: &str, equip: &str) {
    if rng.chance(0.5) {
        let v = match rng.below(3) {
            0 => format!("({}){}-{}", &digits[..3], &digits[3..6], &digits[6..]),
            1 => ids::fmt_phone(digits, PhoneFmt::Dash),
            _ => ids::fmt_phone(digits, PhoneFmt::Paren),
        };
        doc.plant(Kind::Phone, &v).s(&format!("^{usage}^{equip}"));
    } else {
        doc.s(&format!("^{usage}^{equip}^^1^"))
            .plant(Kind::Phone, &format!("{}^{}", &digits[..3], &digits[3..]));
    }
}

/// Minimal JSON tree, rendered in the key order written (FHIR puts
/// `resourceType` first; a sorted map would not).
enum J {
    O(Vec<(&'static str, J)>),
    A(Vec<J>),
    S(String),
    /// A number, written as given.
    N(String),
    B(bool),
}

/// A JSON string.
fn s(v: impl Into<String>) -> J {
    J::S(v.into())
}

impl J {
    fn render(&self, out: &mut String, pretty: bool, depth: usize) {
        let nl = |out: &mut String, d: usize| {
            if pretty {
                out.push('\n');
                out.push_str(&"  ".repeat(d));
            }
        };
        match self {
            J::S(v) => {
                out.push('"');
                for c in v.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        _ => out.push(c),
                    }
                }
                out.push('"');
            }
            J::N(n) => out.push_str(n),
            J::B(b) => out.push_str(if *b { "true" } else { "false" }),
            J::A(items) => {
                out.push('[');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    nl(out, depth + 1);
                    it.render(out, pretty, depth + 1);
                }
                if !items.is_empty() {
                    nl(out, depth);
                }
                out.push(']');
            }
            J::O(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    nl(out, depth + 1);
                    out.push('"');
                    out.push_str(k);
                    out.push_str(if pretty { "\": " } else { "\":" });
                    v.render(out, pretty, depth + 1);
                }
                if !fields.is_empty() {
                    nl(out, depth);
                }
                out.push('}');
            }
        }
    }
}

/// A random version-4-shaped UUID (resource ids, fullUrls).
fn uuid(rng: &Rng) -> String {
    format!(
        "{}-{}-4{}-a{}-{}",
        rng.hex(8),
        rng.hex(4),
        rng.hex(3),
        rng.hex(3),
        rng.hex(12)
    )
}

/// A FHIR Coding.
fn coding(system: &str, code: &str, display: Option<&str>) -> J {
    let mut f = vec![("system", s(system)), ("code", s(code))];
    if let Some(d) = display {
        f.push(("display", s(d)));
    }
    J::O(f)
}

/// A FHIR Patient resource; records MRN, SSN, name and birth date.
///
/// A HumanName with `text` is recorded as that text. Without it the name
/// exists only as separate `family` and `given` strings; the truth then
/// records the `family` string (the only raw substring that is the name's
/// own), by the same convention as CDA below.
fn fhir_patient(rng: &Rng, doc: &mut Doc, p: &Person, id: &str) -> J {
    let mut idents = vec![J::O(vec![
        ("use", s("usual")),
        (
            "type",
            J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://terminology.hl7.org/CodeSystem/v2-0203",
                    "MR",
                    Some("Medical record number"),
                )]),
            )]),
        ),
        ("system", s("urn:oid:2.16.840.1.113883.19.5.99999.2")),
        ("value", s(&p.mrn)),
    ])];
    doc.record(Kind::Mrn, &p.mrn);
    if rng.chance(0.6) {
        let v = with_delim(&p.ssn, if rng.chance(0.6) { "-" } else { "" });
        doc.record(Kind::Ssn, &v);
        idents.push(J::O(vec![
            (
                "type",
                J::O(vec![(
                    "coding",
                    J::A(vec![coding(
                        "http://terminology.hl7.org/CodeSystem/v2-0203",
                        "SS",
                        None,
                    )]),
                )]),
            ),
            ("system", s("http://hl7.org/fhir/sid/us-ssn")),
            ("value", s(&v)),
        ]));
    }
    // Other identifiers by their v2-0203 type: MB member id, MC (system
    // us-mbi) Medicare number, DL driver's license, AN account number.
    let v2 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    let typed = |code: &'static str, system: String, value: &str| {
        J::O(vec![
            (
                "type",
                J::O(vec![("coding", J::A(vec![coding(v2, code, None)]))]),
            ),
            ("system", s(system)),
            ("value", s(value)),
        ])
    };
    if rng.chance(0.35) {
        doc.record(Kind::HealthPlanId, &p.member_id);
        idents.push(typed(
            "MB",
            format!("urn:oid:2.16.840.1.113883.3.{}", rng.range(100, 9999)),
            &p.member_id,
        ));
    }
    if p.dob.y < 1960 && rng.chance(0.5) {
        doc.record(Kind::Mbi, &p.mbi);
        idents.push(typed(
            "MC",
            "http://hl7.org/fhir/sid/us-mbi".to_string(),
            &p.mbi,
        ));
    }
    if rng.chance(0.2) {
        doc.record(Kind::License, &p.license);
        idents.push(typed(
            "DL",
            format!("urn:us:dmv:{}", p.state.to_lowercase()),
            &p.license,
        ));
    }
    if rng.chance(0.2) {
        let acct = account(rng);
        doc.record(Kind::Account, &acct);
        idents.push(typed(
            "AN",
            "urn:oid:2.16.840.1.113883.19.5.99999.7".to_string(),
            &acct,
        ));
    }
    let telecom = fhir_telecom(rng, doc, p);
    let street = p.street.clone();
    doc.record(Kind::Address, &street);
    doc.record(Kind::Zip, &p.zip);
    let family = title(p.last);
    let mut given = vec![s(title(p.first))];
    if rng.chance(0.5) {
        given.push(s(if p.middle.len() > 1 {
            title(&p.middle)
        } else {
            format!("{}.", p.middle)
        }));
    }
    let mut name = vec![("use", s("official"))];
    if rng.chance(0.7) {
        let text = p.name(
            if rng.chance(0.5) {
                NameShape::FirstLast
            } else {
                NameShape::FirstInitialLast
            },
            false,
        );
        doc.record(Kind::Name, &text);
        name.push(("text", s(text)));
    } else {
        doc.record(Kind::Name, &family);
    }
    name.push(("family", s(family)));
    name.push(("given", J::A(given)));
    let dob = p.dob.fmt(DateFmt::Iso);
    doc.record(Kind::Dob, &dob);
    // The address's city is smaller than a state (Safe Harbor B).
    doc.record(Kind::Address, p.city);
    J::O(vec![
        ("resourceType", s("Patient")),
        ("id", s(id)),
        (
            "extension",
            J::A(vec![J::O(vec![
                (
                    "url",
                    s("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex"),
                ),
                ("valueCode", s(p.sex.to_string())),
            ])]),
        ),
        (
            "meta",
            J::O(vec![(
                "lastUpdated",
                s(format!(
                    "{}T{:02}:{:02}:{:02}Z",
                    recent(rng).fmt(DateFmt::Iso),
                    rng.range(0, 23),
                    rng.range(0, 59),
                    rng.range(0, 59)
                )),
            )]),
        ),
        ("identifier", J::A(idents)),
        ("active", J::B(true)),
        ("name", J::A(vec![J::O(name)])),
        ("telecom", J::A(telecom)),
        ("gender", s(if p.sex == 'F' { "female" } else { "male" })),
        ("birthDate", s(dob)),
        (
            "maritalStatus",
            J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
                    rng.pick(&["M", "S", "W", "D"]),
                    None,
                )]),
            )]),
        ),
        (
            "communication",
            J::A(vec![J::O(vec![
                (
                    "language",
                    J::O(vec![(
                        "coding",
                        J::A(vec![coding(
                            "urn:ietf:bcp:47",
                            rng.pick(&["en-US", "es", "en-US"]),
                            None,
                        )]),
                    )]),
                ),
                ("preferred", J::B(true)),
            ])]),
        ),
        (
            "managingOrganization",
            J::O(vec![
                ("reference", s(format!("Organization/{}", rng.digits(6)))),
                ("display", s(facility(rng, rng.chance(0.5)))),
            ]),
        ),
        (
            "address",
            J::A(vec![J::O(vec![
                ("use", s("home")),
                ("line", J::A(vec![s(street)])),
                ("city", s(p.city)),
                ("state", s(p.state)),
                ("postalCode", s(&p.zip)),
            ])]),
        ),
    ])
}

/// A patient's telecom list: home phone, often a mobile, sometimes an
/// e-mail address, a fax or a personal web page (`system` phone, sms,
/// email, fax, url); each value recorded.
fn fhir_telecom(rng: &Rng, doc: &mut Doc, p: &Person) -> Vec<J> {
    let mut out = Vec::new();
    let mut add = |doc: &mut Doc, kind: Kind, system: &str, value: String, usage: &str| {
        doc.record(kind, &value);
        let mut f = vec![("system", s(system)), ("value", s(value))];
        if !usage.is_empty() {
            f.push(("use", s(usage)));
        }
        out.push(J::O(f));
    };
    add(
        doc,
        Kind::Phone,
        "phone",
        p.phone_as(PhoneFmt::delimited(rng)),
        "home",
    );
    if rng.chance(0.5) {
        let system = if rng.chance(0.3) { "sms" } else { "phone" };
        add(
            doc,
            Kind::Phone,
            system,
            p.cell_as(PhoneFmt::delimited(rng)),
            "mobile",
        );
    }
    if rng.chance(0.4) {
        add(doc, Kind::Email, "email", p.email.clone(), "home");
    }
    if rng.chance(0.08) {
        let fax = ids::nanp_digits(rng, None);
        add(
            doc,
            Kind::Fax,
            "fax",
            ids::fmt_phone(&fax, PhoneFmt::Dash),
            "home",
        );
    }
    if rng.chance(0.06) {
        add(
            doc,
            Kind::Url,
            "url",
            ids::personal_url(rng, p.first, p.last),
            "",
        );
    }
    out
}

/// A Coverage of the patient: the plan's subscriber id (recorded as a
/// plan id) and the payer.
fn fhir_coverage(rng: &Rng, doc: &mut Doc, p: &Person, patient: &str) -> J {
    doc.record(Kind::HealthPlanId, &p.member_id);
    J::O(vec![
        ("resourceType", s("Coverage")),
        ("id", s(uuid(rng))),
        ("status", s("active")),
        ("subscriberId", s(&p.member_id)),
        (
            "beneficiary",
            J::O(vec![("reference", s(format!("Patient/{patient}")))]),
        ),
        (
            "relationship",
            J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                    "self",
                    None,
                )]),
            )]),
        ),
        (
            "payor",
            J::A(vec![J::O(vec![(
                "display",
                s(rng.pick(&[
                    "Buckeye Health Plan",
                    "Great Lakes Mutual",
                    "Heartland Care Plus",
                    "Tri-State Health Alliance",
                ])),
            )])]),
        ),
    ])
}

/// A Condition coded in ICD-10-CM; records the code.
fn fhir_condition(rng: &Rng, doc: &mut Doc, dx: &Dx, patient: &str) -> J {
    doc.record(Kind::Icd10, &dx.code);
    let onset = recent(rng);
    J::O(vec![
        ("resourceType", s("Condition")),
        ("id", s(uuid(rng))),
        (
            "clinicalStatus",
            J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "active",
                    None,
                )]),
            )]),
        ),
        (
            "category",
            J::A(vec![J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://terminology.hl7.org/CodeSystem/condition-category",
                    "problem-list-item",
                    Some("Problem List Item"),
                )]),
            )])]),
        ),
        (
            "code",
            J::O(vec![(
                "coding",
                J::A(vec![coding(
                    "http://hl7.org/fhir/sid/icd-10-cm",
                    &dx.code,
                    dx.title,
                )]),
            )]),
        ),
        (
            "subject",
            J::O(vec![("reference", s(format!("Patient/{patient}")))]),
        ),
        ("onsetDateTime", s(onset.fmt(DateFmt::Iso))),
    ])
}

/// An ambulatory Encounter (its dates are not truth).
fn fhir_encounter(rng: &Rng, patient: &str) -> J {
    let start = recent(rng);
    J::O(vec![
        ("resourceType", s("Encounter")),
        ("id", s(uuid(rng))),
        ("status", s("finished")),
        (
            "class",
            coding(
                "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "AMB",
                Some("ambulatory"),
            ),
        ),
        (
            "subject",
            J::O(vec![("reference", s(format!("Patient/{patient}")))]),
        ),
        (
            "period",
            J::O(vec![
                (
                    "start",
                    s(format!("{}T09:00:00-05:00", start.fmt(DateFmt::Iso))),
                ),
                (
                    "end",
                    s(format!("{}T09:30:00-05:00", start.fmt(DateFmt::Iso))),
                ),
            ]),
        ),
    ])
}

/// A lab or vital-sign Observation.
fn fhir_observation(rng: &Rng, patient: &str) -> J {
    // (LOINC, display, unit, low, high, decimals) with plausible values.
    let (code, disp, unit, lo, hi, dp) = *rng.pick_ref(&[
        (
            "4548-4",
            "Hemoglobin A1c/Hemoglobin.total in Blood",
            "%",
            48,
            120,
            1,
        ),
        (
            "2345-7",
            "Glucose [Mass/volume] in Serum or Plasma",
            "mg/dL",
            70,
            260,
            0,
        ),
        ("8480-6", "Systolic blood pressure", "mm[Hg]", 100, 170, 0),
        ("29463-7", "Body weight", "kg", 450, 1400, 1),
    ]);
    let raw = rng.range(lo, hi);
    let value = if dp == 1 {
        format!("{}.{}", raw / 10, raw % 10)
    } else {
        raw.to_string()
    };
    J::O(vec![
        ("resourceType", s("Observation")),
        ("id", s(uuid(rng))),
        ("status", s("final")),
        (
            "code",
            J::O(vec![(
                "coding",
                J::A(vec![coding("http://loinc.org", code, Some(disp))]),
            )]),
        ),
        (
            "subject",
            J::O(vec![("reference", s(format!("Patient/{patient}")))]),
        ),
        ("effectiveDateTime", s(recent(rng).fmt(DateFmt::Iso))),
        (
            "valueQuantity",
            J::O(vec![("value", J::N(value)), ("unit", s(unit))]),
        ),
    ])
}

/// A FHIR Patient resource on its own, or a Bundle of patients with their
/// encounters, conditions (ICD-10-CM) and observations.
pub fn fhir(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let bundle = rng.chance(0.6);
    let mut doc = Doc::new(if bundle {
        format!("fhir/bundles/bundle_{idx:05}.json")
    } else {
        format!("fhir/patients/patient_{idx:05}.json")
    });
    let pretty = rng.chance(0.75);
    let root = if bundle {
        let mut entries = Vec::new();
        let mut approx = 0;
        for _ in 0..rng.range(1, 6) {
            // Stay under ~40 KB: a patient with its resources is up to ~9 KB.
            if approx > 28_000 {
                break;
            }
            approx += 9_000;
            let p = Person::random(rng, dicts);
            let pid = uuid(rng);
            let mut res = vec![fhir_patient(rng, &mut doc, &p, &pid)];
            res.push(fhir_encounter(rng, &pid));
            for dx in dicts.icd10_list(rng, rng.range(1, 4) as usize) {
                res.push(fhir_condition(rng, &mut doc, &dx, &pid));
            }
            for _ in 0..rng.range(0, 3) {
                res.push(fhir_observation(rng, &pid));
            }
            if rng.chance(0.4) {
                res.push(fhir_coverage(rng, &mut doc, &p, &pid));
            }
            for r in res {
                entries.push(J::O(vec![
                    ("fullUrl", s(format!("urn:uuid:{}", uuid(rng)))),
                    ("resource", r),
                ]));
            }
        }
        J::O(vec![
            ("resourceType", s("Bundle")),
            ("id", s(uuid(rng))),
            (
                "type",
                s(rng.pick(&["searchset", "collection", "transaction"])),
            ),
            (
                "timestamp",
                s(format!("{}T12:00:00Z", recent(rng).fmt(DateFmt::Iso))),
            ),
            ("entry", J::A(entries)),
        ])
    } else {
        let p = Person::random(rng, dicts);
        let pid = uuid(rng);
        fhir_patient(rng, &mut doc, &p, &pid)
    };
    root.render(&mut doc.text, pretty, 0);
    doc.text.push('\n');
    doc
}

/// A CDA-like continuity-of-care document: patientRole with ids, name and
/// birth time, and a problem section coded in ICD-10-CM.
///
/// Names are written the CDA way (`<given>`, `<family>`), so the name's
/// only raw substring of its own is the family name: that is what the
/// truth records. About one in five uses an unstructured `<name>` text,
/// recorded whole.
pub fn cda(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!("cda/ccd_{idx:05}.xml"));
    let p = Person::random(rng, dicts);
    let when = recent(rng);
    let fac = facility(rng, rng.chance(0.5));
    let dxs = dicts.icd10_list(rng, rng.range(2, 6) as usize);
    let ssn = if rng.chance(0.6) {
        Some(with_delim(&p.ssn, if rng.chance(0.5) { "-" } else { "" }))
    } else {
        None
    };
    let t = ts(rng, when);
    let x = &mut doc;
    x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    x.line("<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    x.line("  <realmCode code=\"US\"/>");
    x.line("  <typeId root=\"2.16.840.1.113883.1.3\" extension=\"POCD_HD000040\"/>");
    x.line("  <templateId root=\"2.16.840.1.113883.10.20.22.1.2\" extension=\"2015-08-01\"/>");
    x.line(&format!(
        "  <id root=\"2.16.840.1.113883.19.5.99999.1\" extension=\"{}\"/>",
        uuid(rng)
    ));
    x.line("  <code code=\"34133-9\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"Summarization of Episode Note\"/>");
    x.line(&format!(
        "  <title>{fac} Continuity of Care Document</title>"
    ));
    x.line(&format!("  <effectiveTime value=\"{t}-0500\"/>"));
    x.line("  <confidentialityCode code=\"N\" codeSystem=\"2.16.840.1.113883.5.25\"/>");
    x.line("  <recordTarget>");
    x.line("    <patientRole>");
    x.s("      <id root=\"2.16.840.1.113883.19.5.99999.2\" extension=\"")
        .plant(Kind::Mrn, &p.mrn)
        .line("\"/>");
    if let Some(v) = &ssn {
        x.s("      <id root=\"2.16.840.1.113883.4.1\" extension=\"")
            .plant(Kind::Ssn, v)
            .line("\"/>");
    }
    x.line("      <addr use=\"HP\">");
    x.s("        <streetAddressLine>")
        .plant(Kind::Address, &p.street)
        .line("</streetAddressLine>");
    x.s("        <city>")
        .plant(Kind::Address, p.city)
        .line("</city>");
    x.line(&format!("        <state>{}</state>", p.state));
    x.s("        <postalCode>")
        .plant(Kind::Zip, &p.zip)
        .line("</postalCode>");
    x.line("      </addr>");
    // telecom values: the scheme is not part of the value.
    let d = &p.phone;
    let tel = match rng.below(3) {
        0 => format!("+1-{}-{}-{}", &d[..3], &d[3..6], &d[6..]),
        1 => format!("({}){}-{}", &d[..3], &d[3..6], &d[6..]),
        _ => format!("{}-{}-{}", &d[..3], &d[3..6], &d[6..]),
    };
    x.s("      <telecom value=\"tel:")
        .plant(Kind::Phone, &tel)
        .line("\" use=\"HP\"/>");
    if rng.chance(0.4) {
        x.s("      <telecom value=\"tel:")
            .plant(Kind::Phone, &p.cell_as(PhoneFmt::Dash))
            .line("\" use=\"MC\"/>");
    }
    if rng.chance(0.35) {
        x.s("      <telecom value=\"mailto:")
            .plant(Kind::Email, &p.email)
            .line("\"/>");
    }
    x.line("      <patient>");
    if rng.chance(0.2) {
        x.s("        <name use=\"L\">")
            .plant(Kind::Name, &p.name(NameShape::FirstLast, false))
            .line("</name>");
    } else {
        x.line("        <name use=\"L\">");
        x.line(&format!("          <given>{}</given>", title(p.first)));
        if rng.chance(0.5) {
            x.line(&format!("          <given>{}</given>", &p.middle[..1]));
        }
        x.s("          <family>")
            .plant(Kind::Name, &title(p.last))
            .line("</family>");
        x.line("        </name>");
    }
    x.line(&format!(
        "        <administrativeGenderCode code=\"{}\" codeSystem=\"2.16.840.1.113883.5.1\"/>",
        p.sex
    ));
    x.s("        <birthTime value=\"")
        .plant(Kind::Dob, &p.dob.fmt(DateFmt::Compact))
        .line("\"/>");
    x.line("      </patient>");
    x.line("    </patientRole>");
    x.line("  </recordTarget>");
    x.line("  <author>");
    x.line(&format!("    <time value=\"{t}-0500\"/>"));
    x.line("    <assignedAuthor>");
    x.line(&format!(
        "      <id root=\"2.16.840.1.113883.4.6\" extension=\"1{}\"/>",
        rng.digits(9)
    ));
    x.line(&format!(
        "      <assignedPerson><name><prefix>Dr.</prefix><given>{}</given><family>{}</family></name></assignedPerson>",
        char::from(b'A' + rng.below(26) as u8),
        title(dicts.last(rng))
    ));
    x.line(&format!(
        "      <representedOrganization><name>{fac}</name></representedOrganization>"
    ));
    x.line("    </assignedAuthor>");
    x.line("  </author>");
    x.line("  <component>");
    x.line("    <structuredBody>");
    x.line("      <component>");
    x.line("        <section>");
    x.line("          <templateId root=\"2.16.840.1.113883.10.20.22.2.5.1\"/>");
    x.line("          <code code=\"11450-4\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"Problem list\"/>");
    x.line("          <title>Problems</title>");
    x.line("          <text>");
    x.line("            <table border=\"1\">");
    x.line(
        "              <thead><tr><th>Problem</th><th>ICD-10-CM</th><th>Status</th></tr></thead>",
    );
    x.line("              <tbody>");
    for dx in &dxs {
        x.s(&format!(
            "                <tr><td>{}</td><td>",
            dx.title.unwrap_or("Problem")
        ));
        x.plant(Kind::Icd10, &dx.code)
            .line("</td><td>Active</td></tr>");
    }
    x.line("              </tbody>");
    x.line("            </table>");
    x.line("          </text>");
    for dx in &dxs {
        x.line("          <entry typeCode=\"DRIV\">");
        x.line("            <act classCode=\"ACT\" moodCode=\"EVN\">");
        x.line("              <entryRelationship typeCode=\"SUBJ\">");
        x.line("                <observation classCode=\"OBS\" moodCode=\"EVN\">");
        x.line("                  <code code=\"55607006\" codeSystem=\"2.16.840.1.113883.6.96\" displayName=\"Problem\"/>");
        x.s("                  <value xsi:type=\"CD\" code=\"")
            .plant(Kind::Icd10, &dx.code);
        x.line(&format!(
            "\" codeSystem=\"2.16.840.1.113883.6.90\" displayName=\"{}\"/>",
            dx.title.unwrap_or("")
        ));
        x.line("                </observation>");
        x.line("              </entryRelationship>");
        x.line("            </act>");
        x.line("          </entry>");
    }
    x.line("        </section>");
    x.line("      </component>");
    x.line("      <component>");
    x.line("        <section>");
    x.line("          <code code=\"10160-0\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"History of medication use\"/>");
    x.line("          <title>Medications</title>");
    x.line("          <text><list>");
    for m in [
        "Metformin 500 mg tablet, twice daily",
        "Lisinopril 10 mg tablet, daily",
        "Atorvastatin 20 mg tablet, nightly",
    ]
    .iter()
    .take(rng.range(1, 3) as usize)
    {
        x.line(&format!("            <item>{m}</item>"));
    }
    x.line("          </list></text>");
    x.line("        </section>");
    x.line("      </component>");
    x.line("    </structuredBody>");
    x.line("  </component>");
    x.line("</ClinicalDocument>");
    doc
}
