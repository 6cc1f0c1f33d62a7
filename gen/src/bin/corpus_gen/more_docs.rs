//! Clinical documents added for issue 5, each the natural home of some of
//! its new identifiers: prescriptions (the prescriber's NPI and DEA
//! number, the drug's NDC, the patient's address and phone), operative and
//! implant records (device serial numbers and GS1 UDIs), auto-accident
//! injury claims (the vehicle's VIN, the driver's license, the policy
//! number) and patient-portal access logs (the IP addresses a patient
//! signed in from, next to the record number).
//!
//! Like the other positives, each carries a patient identifier at
//! `medium` or above (a labelled name with a birth date, a record number),
//! which is what makes the quasi-identifiers around it reportable.

use super::contact::{self, LICENSE_LABELS, MEMBER_LABELS};
use super::dicts::{Dicts, Dx};
use super::ids;
use super::text_docs::{
    demographics, dob_field, dx_line, gap, letterhead, mrn_field, name_field, service_date, start,
    EXAM, WIDTH,
};
use super::values::{clinician, facility, phone, title, Date, DateFmt, Form, Person};
use super::{Doc, Kind, Part};
use phiscan_gen::rng::Rng;

/// (drug, strength and form, sig, ICD-10-CM code, title) for
/// prescriptions; the codes are checked against the table in a test.
const RX: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Lisinopril",
        "20 mg tablet",
        "Take 1 tablet by mouth once daily",
        "I10",
        "Essential (primary) hypertension",
    ),
    (
        "Metformin ER",
        "500 mg tablet",
        "Take 2 tablets by mouth with supper",
        "E11.9",
        "Type 2 diabetes mellitus without complications",
    ),
    (
        "Atorvastatin",
        "40 mg tablet",
        "Take 1 tablet by mouth at bedtime",
        "E78.5",
        "Hyperlipidemia, unspecified",
    ),
    (
        "Oxycodone-acetaminophen",
        "5-325 mg tablet",
        "Take 1 tablet by mouth every 6 hours as needed for severe pain",
        "M54.50",
        "Low back pain, unspecified",
    ),
    (
        "Sertraline",
        "50 mg tablet",
        "Take 1 tablet by mouth daily",
        "F32.9",
        "Major depressive disorder, single episode, unspecified",
    ),
    (
        "Albuterol HFA",
        "90 mcg/actuation inhaler",
        "Inhale 2 puffs every 4 hours as needed for wheezing",
        "J45.909",
        "Unspecified asthma, uncomplicated",
    ),
    (
        "Lorazepam",
        "0.5 mg tablet",
        "Take 1 tablet by mouth twice daily as needed for anxiety",
        "F41.1",
        "Generalized anxiety disorder",
    ),
    (
        "Apixaban",
        "5 mg tablet",
        "Take 1 tablet by mouth twice daily",
        "I48.91",
        "Unspecified atrial fibrillation",
    ),
];

/// A prescription as printed or faxed to a pharmacy: prescriber with NPI
/// and DEA number, patient with birth date, address and phone, the drug
/// with its NDC, the diagnosis.
pub fn prescription(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let date = service_date(rng);
    let mut doc = start(
        rng,
        format!("clinic/rx/{}/prescription_{idx:05}.txt", date.y),
    );
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let clinic = facility(rng, false);
    let prescriber_last = dicts.last(rng);
    let prescriber = format!(
        "{}. {}, {}",
        char::from(b'A' + rng.below(26) as u8),
        title(prescriber_last),
        rng.pick(&["MD", "DO", "NP", "PA-C"])
    );
    letterhead(rng, &mut doc, &clinic);
    doc.s(&form.case("PRESCRIPTION"));
    doc.s(&gap(rng));
    form.plain_field(rng, &mut doc, "Date", &date.fmt(DateFmt::Us));
    doc.s("\n\n");
    form.plain_field(rng, &mut doc, "Prescriber", &prescriber);
    doc.s("\n");
    doc.s(rng.pick(&["NPI: ", "NPI # ", "NPI "]));
    doc.plant(Kind::Npi, &ids::npi(rng));
    let (drug, strength, sig, code, dx_title) = *rng.pick_ref(RX);
    let controlled = drug.starts_with("Oxy") || drug.starts_with("Loraz");
    if controlled || rng.chance(0.6) {
        doc.s(&gap(rng));
        doc.s(rng.pick(&["DEA #: ", "DEA: ", "DEA No. ", "DEA Registration: "]));
        doc.plant(Kind::Dea, &ids::dea(rng, prescriber_last));
    }
    doc.s("\n");
    doc.line(&"-".repeat(70));
    name_field(rng, &mut doc, &form, &p, rng.chance(0.3));
    doc.s(&gap(rng));
    dob_field(rng, &mut doc, &form, &p);
    doc.s("\n");
    contact::address_field(rng, &mut doc, &form, &p);
    doc.s("\n");
    contact::phone_field(
        rng,
        &mut doc,
        &form,
        rng.pick(contact::PHONE_LABELS),
        &p.phone,
    );
    doc.s("\n");
    if rng.chance(0.3) {
        mrn_field(rng, &mut doc, &form, &p);
        doc.s("\n");
    }
    if p.age(date) > 89 {
        contact::age_field(rng, &mut doc, &form, p.age(date));
        doc.s("\n");
    }
    doc.line(&format!(
        "Allergies: {}",
        rng.pick(&["NKDA", "Penicillin", "Sulfa", "Codeine"])
    ));
    doc.line("");
    doc.line(&format!("Rx: {drug} {strength}"));
    doc.s(rng.pick(&["    NDC ", "    NDC: ", "    National Drug Code: "]));
    doc.plant(Kind::Ndc, &ids::ndc(rng)).s("\n");
    doc.line(&format!("Sig: {sig}"));
    let qty = [30, 60, 90][rng.below(3)];
    doc.line(&format!(
        "Disp: #{qty}    Refills: {}",
        if controlled { 0 } else { rng.range(0, 5) }
    ));
    doc.s("Dx: ")
        .plant(Kind::Icd10, code)
        .s(&format!(" {dx_title}\n"));
    doc.line(rng.pick(&[
        "Substitution permitted.",
        "Dispense as written.",
        "Generic substitution allowed.",
    ]));
    doc.line("");
    doc.line(&format!("Signature: ______________________   {prescriber}"));
    doc.line(&format!(
        "Pharmacy use only. Questions: call the office at {}.",
        phone(rng)
    ));
    doc
}

/// A procedure with the diagnosis it treats and the implants it places.
struct Procedure {
    name: &'static str,
    code: &'static str,
    title: &'static str,
    implants: &'static [&'static str],
}

/// Procedures with implants; the codes are checked against the table.
const PROCEDURES: &[Procedure] = &[
    Procedure {
        name: "Right total knee arthroplasty",
        code: "M17.11",
        title: "Unilateral primary osteoarthritis, right knee",
        implants: &[
            "Femoral component, cemented, size 5",
            "Tibial baseplate, size 4",
            "Polyethylene insert, 10 mm",
            "Patellar button, 35 mm",
        ],
    },
    Procedure {
        name: "Left total hip arthroplasty",
        code: "M16.12",
        title: "Unilateral primary osteoarthritis, left hip",
        implants: &[
            "Acetabular shell, 54 mm",
            "Femoral stem, size 11, uncemented",
            "Ceramic femoral head, 36 mm",
            "Highly cross-linked liner",
        ],
    },
    Procedure {
        name: "Dual-chamber permanent pacemaker implantation",
        code: "I44.2",
        title: "Atrioventricular block, complete",
        implants: &[
            "Pacemaker generator, dual chamber",
            "Right atrial lead, active fixation",
            "Right ventricular lead, active fixation",
        ],
    },
    Procedure {
        name: "Cataract extraction with intraocular lens, right eye",
        code: "H25.11",
        title: "Age-related nuclear cataract, right eye",
        implants: &["Posterior chamber intraocular lens, +21.5 D"],
    },
    Procedure {
        name: "L4-L5 posterior lumbar fusion",
        code: "M48.061",
        title: "Spinal stenosis, lumbar region without neurogenic claudication",
        implants: &[
            "Pedicle screw 6.5 x 45 mm (4)",
            "Titanium rod, 55 mm (2)",
            "Interbody cage, 10 mm",
        ],
    },
];

/// An operative report with an implant list: each implant with its serial
/// number after a label (`Implant serial`, `S/N`, `Serial No`, `Device
/// ID`) and, for most, its GS1 UDI as scanned from the box. Very old
/// patients' ages are planted.
pub fn operative_note(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let date = service_date(rng);
    let mut doc = start(
        rng,
        format!(
            "hospital/operative/{}/operative_report_{idx:05}.txt",
            date.y
        ),
    );
    let form = Form::random(rng);
    let mut p = Person::random(rng, dicts);
    // Joint replacements, pacemakers and cataracts are for older people.
    p.dob = Date::random(rng, 1920, 1975);
    let surgeon = clinician(rng, dicts);
    let proc = rng.pick_ref(PROCEDURES);
    doc.line(&facility(rng, true).to_uppercase());
    doc.line(&form.case(rng.pick(&["OPERATIVE REPORT", "OPERATIVE NOTE", "PROCEDURE NOTE"])));
    doc.line("");
    demographics(rng, &mut doc, &form, &p, false, date);
    form.plain_field(rng, &mut doc, "Date of surgery", &date.fmt(DateFmt::Us));
    doc.s(&gap(rng));
    form.plain_field(rng, &mut doc, "Surgeon", &surgeon);
    doc.s("\n\n");
    doc.line(&form.case("PREOPERATIVE DIAGNOSIS"));
    let dx = Dx {
        code: proc.code.to_string(),
        title: Some(proc.title),
    };
    dx_line(rng, &mut doc, &dx, Kind::Icd10, 1);
    doc.line("");
    doc.line(&form.case("PROCEDURE"));
    doc.line(proc.name);
    doc.line("");
    doc.line(&form.case("INDICATIONS"));
    let age = p.age(date);
    let (value, rest) = contact::age_phrase(rng, age);
    let tail = format!(
        " {} with {} and failure of conservative management. Risks, benefits and alternatives were discussed and consent was signed.",
        p.noun(),
        proc.title.to_lowercase()
    );
    let mut parts = vec![Part::T("The patient is a ")];
    contact::age_parts(age, &value, &rest, &mut parts);
    parts.push(Part::T(&tail));
    doc.prose_with(rng, &parts, WIDTH);
    doc.line("");
    doc.line(&form.case("DESCRIPTION OF PROCEDURE"));
    doc.prose(
        rng,
        rng.pick(&[
            "The patient was brought to the operating room and positioned supine. After a time-out confirming patient, side and procedure, the site was prepped and draped in the usual sterile fashion. Components were trialed and the final implants placed without difficulty.",
            "After induction of anesthesia and a surgical time-out, the site was prepped and draped. Fluoroscopy confirmed position. Hemostasis was obtained and the wound closed in layers.",
        ]),
        WIDTH,
    );
    doc.line("");
    doc.line(&form.case("IMPLANTS"));
    for item in proc.implants {
        let sn = ids::serial(rng);
        doc.s(&format!("- {item}    "));
        let label = rng.pick(&[
            "Implant serial: ",
            "S/N: ",
            "Serial No: ",
            "Serial #: ",
            "Device ID: ",
        ]);
        doc.s(label).plant(Kind::DeviceId, &sn).s("\n");
        if rng.chance(0.8) {
            doc.s(rng.pick(&["  UDI: ", "  UDI ", "  Barcode: "]));
            doc.plant(Kind::DeviceId, &ids::udi(rng, &sn)).s("\n");
        }
    }
    doc.line("");
    doc.line(&format!(
        "Estimated blood loss: {} mL. Specimens: none. Complications: none.",
        rng.range(2, 30) * 10
    ));
    for l in rng.sample(EXAM, 1) {
        doc.line(&format!("Post-procedure: {l}"));
    }
    doc.line(&format!("Electronically signed by {surgeon}"));
    doc
}

/// Injury diagnoses for auto-accident claims (codes checked in a test).
const INJURIES: &[(&str, &str)] = &[
    (
        "S13.4XXA",
        "Sprain of ligaments of cervical spine, initial encounter",
    ),
    (
        "S33.5XXA",
        "Sprain of ligaments of lumbar spine, initial encounter",
    ),
    (
        "S16.1XXA",
        "Strain of muscle, fascia and tendon at neck level, initial encounter",
    ),
    (
        "S06.0X0A",
        "Concussion without loss of consciousness, initial encounter",
    ),
    ("S20.211A", "Contusion of right front wall of thorax, initial encounter"),
    (
        "V43.52XA",
        "Car driver injured in collision with other motor vehicle in traffic accident, initial encounter",
    ),
];

/// Vehicles for claims and listings, with a manufacturer prefix (WMI) of
/// the make for their VINs.
pub const VEHICLES: &[(&str, &str)] = &[
    ("Honda Accord", "1HG"),
    ("Toyota Camry", "4T1"),
    ("Ford F-150", "1FT"),
    ("Chevrolet Malibu", "1G1"),
    ("Hyundai Elantra", "5NP"),
    ("Subaru Outback", "4S4"),
    ("Nissan Altima", "1N4"),
    ("Jeep Grand Cherokee", "1C4"),
];

/// A personal-injury-protection medical claim after a car accident: the
/// insured patient with license and policy number, the vehicle's VIN,
/// injury codes and the treating provider's NPI.
pub fn injury_claim(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let loss = service_date(rng);
    let mut doc = Doc::new(format!(
        "billing/auto_claims/{}/pip_claim_{idx:05}.txt",
        loss.y
    ));
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let insurer = rng.pick(&[
        "Heartland Mutual Auto",
        "Buckeye Casualty",
        "Great Plains Auto Insurance",
        "Keystone Motor Club Insurance",
    ]);
    doc.line(&insurer.to_uppercase());
    doc.line(&form.case("Personal Injury Protection (PIP) - Medical Claim Form"));
    doc.line("");
    form.plain_field(
        rng,
        &mut doc,
        "Claim No",
        &format!("PIP-{}-{}", loss.y, rng.digits(6)),
    );
    doc.s(&gap(rng));
    form.plain_field(rng, &mut doc, "Date of loss", &loss.fmt(DateFmt::Us));
    doc.s("\n\n");
    doc.line(&form.case("INJURED PERSON"));
    name_field(rng, &mut doc, &form, &p, rng.chance(0.4));
    doc.s(&gap(rng));
    dob_field(rng, &mut doc, &form, &p);
    doc.s("\n");
    contact::address_field(rng, &mut doc, &form, &p);
    doc.s("\n");
    contact::contact_lines(rng, &mut doc, &form, &p);
    form.field(
        rng,
        &mut doc,
        rng.pick(LICENSE_LABELS),
        Kind::License,
        &p.license,
    );
    doc.s(&format!(" ({})\n", p.state));
    form.field(
        rng,
        &mut doc,
        rng.pick(&["Policy #", "Policy Number", "Policy #"]),
        Kind::HealthPlanId,
        &ids::member_id(rng),
    );
    doc.s("\n");
    if rng.chance(0.4) {
        // Health insurance as secondary payer.
        form.field(
            rng,
            &mut doc,
            rng.pick(MEMBER_LABELS),
            Kind::HealthPlanId,
            &p.member_id,
        );
        doc.s("\n");
    }
    doc.line("");
    doc.line(&form.case("VEHICLE"));
    let year = rng.range(2008, loss.y.min(2024));
    let (model, wmi) = *rng.pick_ref(VEHICLES);
    form.plain_field(rng, &mut doc, "Vehicle", &format!("{year} {model}"));
    doc.s(&gap(rng));
    doc.s(rng.pick(&["VIN: ", "VIN ", "VIN #: "]));
    doc.plant(Kind::Vin, &ids::vin(rng, wmi)).s("\n");
    doc.line("");
    doc.line(&form.case("ACCIDENT DESCRIPTION"));
    doc.prose(
        rng,
        rng.pick(&[
            "Insured was the restrained driver stopped at a red light when struck from behind. Airbags did not deploy. Neck and low back pain began the same evening.",
            "Insured was turning left at an intersection when the other vehicle ran the light and struck the passenger side. Transported by ambulance to the emergency department.",
            "Rear-end collision at moderate speed on the interstate. Insured reports headache and neck stiffness the next morning.",
        ]),
        WIDTH,
    );
    doc.line("");
    doc.line(&form.case("DIAGNOSES"));
    let refs: Vec<&(&str, &str)> = INJURIES.iter().collect();
    for (i, &&(code, t)) in rng
        .sample(&refs, rng.range(2, 4) as usize)
        .iter()
        .enumerate()
    {
        let dx = Dx {
            code: code.to_string(),
            title: Some(t),
        };
        dx_line(rng, &mut doc, &dx, Kind::Icd10, i + 1);
    }
    doc.line("");
    form.plain_field(rng, &mut doc, "Treating provider", &clinician(rng, dicts));
    doc.s(&gap(rng));
    doc.s("NPI: ").plant(Kind::Npi, &ids::npi(rng)).s("\n");
    doc.line(&format!(
        "{:<12}{:<8}{:<40}{:>10}",
        "DOS", "CPT", "SERVICE", "CHARGE"
    ));
    let mut dos = loss;
    for _ in 0..rng.range(2, 8) {
        let (cpt, desc) = *rng.pick_ref(&[
            ("99284", "Emergency department visit"),
            ("72040", "X-ray cervical spine, 2-3 views"),
            ("97110", "Therapeutic exercise, 15 min"),
            ("97140", "Manual therapy, 15 min"),
            ("99213", "Office visit, established"),
        ]);
        let amt = rng.range(60, 900);
        doc.line(&format!(
            "{:<12}{:<8}{:<40}{:>10}",
            dos.fmt(DateFmt::Us),
            cpt,
            desc,
            format!("{amt}.00")
        ));
        dos = dos.plus(rng.range(2, 10) as i64);
    }
    doc.line("");
    doc.line(&format!(
        "Adjuster: {}    Tel {}",
        clinician(rng, dicts).split(',').next().unwrap_or("Claims"),
        phone(rng)
    ));
    doc
}

/// Browser user agents whose version numbers never read as an IPv4
/// address (no four-part run of numbers up to 255).
const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.130 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "MyChartMobile/10.2 (iOS 17.1; iPad)",
];

/// Portal events: (component, event).
const PORTAL_EVENTS: &[(&str, &str)] = &[
    ("portal.auth", "login_success"),
    ("portal.view", "view_results"),
    ("portal.view", "view_visit_summary"),
    ("portal.msg", "send_message"),
    ("portal.appt", "schedule_request"),
    ("portal.billing", "view_statement"),
    ("portal.auth", "logout"),
];

/// A patient-portal access log: each line a patient's action with their
/// record number and the IP address (v4 or v6) they came from, some with
/// the e-mail address they sign in with. Every IP is a patient's: the log
/// has no server-side addresses, which would be reported too.
pub fn portal_log(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = service_date(rng);
    let mut doc = Doc::new(format!(
        "portal/logs/{}/access-{}-{idx:05}.log",
        d.y,
        d.fmt(DateFmt::Iso)
    ));
    // A few patients, each from one or two addresses.
    let patients: Vec<(Person, Vec<String>, bool)> = (0..rng.range(2, 6))
        .map(|_| {
            let p = Person::random(rng, dicts);
            let ips = (0..rng.range(1, 2))
                .map(|_| {
                    if rng.chance(0.3) {
                        ids::ipv6(rng)
                    } else {
                        ids::ipv4(rng)
                    }
                })
                .collect();
            (p, ips, rng.chance(0.6))
        })
        .collect();
    let (mut h, mut m, mut s) = (rng.range(6, 12), 0u32, 0u32);
    let lines = rng.range(20, 120);
    for _ in 0..lines {
        s += rng.range(1, 240);
        m += s / 60;
        s %= 60;
        h += m / 60;
        m %= 60;
        if h > 23 {
            break;
        }
        let (p, ips, by_email) = rng.pick_ref(&patients);
        let (component, event) = *rng.pick_ref(PORTAL_EVENTS);
        doc.s(&format!(
            "{}T{h:02}:{m:02}:{s:02}.{:03}Z INFO  {component:<14} {event:<20} ",
            d.fmt(DateFmt::Iso),
            rng.range(0, 999)
        ));
        if *by_email {
            doc.s("user=").plant(Kind::Email, &p.email).s(" ");
        } else {
            doc.s(&format!(
                "user={}{} ",
                p.first[..1].to_lowercase(),
                p.last.to_lowercase()
            ));
        }
        doc.s("mrn=").plant(Kind::Mrn, &p.mrn);
        doc.s(" ip=").plant(Kind::Ip, rng.pick_ref(ips).as_str());
        doc.s(&format!(
            " session={} ua=\"{}\"\n",
            rng.hex(16),
            rng.pick(USER_AGENTS)
        ));
    }
    if doc.truth.is_empty() {
        // A log that ended before its first line still names someone.
        let (p, ips, _) = &patients[0];
        doc.s(&format!(
            "{}T23:59:59.000Z INFO  portal.auth     logout               mrn=",
            d.fmt(DateFmt::Iso)
        ));
        doc.plant(Kind::Mrn, &p.mrn)
            .s(" ip=")
            .plant(Kind::Ip, &ips[0])
            .s("\n");
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_the_table() {
        let d = Dicts::load();
        for (_, _, _, code, _) in RX {
            assert!(d.is_icd10(code), "{code}");
        }
        for p in PROCEDURES {
            assert!(d.is_icd10(p.code), "{}", p.code);
        }
        for (code, _) in INJURIES {
            assert!(d.is_icd10(code), "{code}");
        }
    }

    #[test]
    fn documents_plant_their_kinds() {
        let d = Dicts::load();
        let r = Rng::new(5);
        let has = |doc: &Doc, k: Kind| doc.truth.iter().any(|(kk, _)| *kk == k);
        for i in 0..20 {
            let rx = prescription(&r, &d, i);
            assert!(has(&rx, Kind::Npi) && has(&rx, Kind::Ndc) && has(&rx, Kind::Address));
            let op = operative_note(&r, &d, i);
            assert!(has(&op, Kind::DeviceId));
            let claim = injury_claim(&r, &d, i);
            assert!(has(&claim, Kind::Vin) && has(&claim, Kind::License));
            let log = portal_log(&r, &d, i);
            assert!(has(&log, Kind::Ip) && has(&log, Kind::Mrn));
            for doc in [&rx, &op, &claim, &log] {
                for (k, v) in &doc.truth {
                    assert!(doc.text.contains(v.as_str()), "{} {}", doc.rel, k.as_str());
                }
            }
        }
    }
}
