//! Free-text clinical documents: progress notes, discharge summaries,
//! referral letters, lab reports, claims and billing text, e-mail.
//!
//! Layouts follow what these documents look like in practice (labelled
//! header blocks, diagnosis lists under an Assessment or Diagnoses heading,
//! tables), with per-document variation in label case, separators, column
//! alignment, line breaks after labels and OCR noise, so that no detector
//! can pass by matching one template.
//!
//! Issue 5: header blocks carry the patient's address, phones, e-mail and
//! plan id in some documents, ages over 89 are planted wherever prose
//! states them, medication lists sometimes give NDCs, lab reports the
//! ordering clinician's NPI, claims the billing NPI and each member's plan
//! id, MBI or HICN, statements the guarantor's address and a card or
//! e-check on file, and numbers after an account label are `account`
//! (encounter, visit and FIN numbers stay `mrn`). Letterheads have no
//! street or town and only fictional phone numbers.

use super::contact::{self, ACCOUNT_LABELS};
use super::dicts::{Dicts, Dx};
use super::ids::{self, PhoneFmt};
use super::values::{
    account, clinician, facility, itin_digits, payer, phone, ssn_delim, title, with_delim, Date,
    DateFmt, Form, NameShape, Ocr, Person, DOB_LABELS, MRN_LABELS, NAME_LABELS, SSN_LABELS,
};
use super::{Doc, Kind, Part};
use phiscan_gen::rng::Rng;

/// Spaces between fields on one line.
pub(super) fn gap(rng: &Rng) -> String {
    " ".repeat(rng.range(3, 10) as usize)
}

/// Prose width for a document.
pub(super) const WIDTH: usize = 78;

/// A date of service in the last few years.
pub(super) fn service_date(rng: &Rng) -> Date {
    Date::random(rng, 2016, 2024)
}

/// Writes the patient name after a label, in a text shape.
pub(super) fn name_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person, upper: bool) {
    let label = if rng.chance(0.08) {
        "Name"
    } else {
        rng.pick(NAME_LABELS)
    };
    let name = p.name(NameShape::random_text(rng), upper);
    form.field(rng, doc, label, Kind::Name, &name);
}

/// A birth date after a birth label, in a random common format.
pub(super) fn dob_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    let v = p.dob.fmt(DateFmt::random_dob(rng));
    form.field(rng, doc, rng.pick(DOB_LABELS), Kind::Dob, &v);
}

/// The record number after one of the usual labels.
pub(super) fn mrn_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    form.field(rng, doc, rng.pick(MRN_LABELS), Kind::Mrn, &p.mrn);
}

/// The SSN after an SSN label (which the undelimited forms need).
fn ssn_field(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person) {
    let v = with_delim(&p.ssn, ssn_delim(rng));
    form.field(rng, doc, rng.pick(SSN_LABELS), Kind::Ssn, &v);
}

/// The identifying block at the top of a clinical document, in one of
/// three layouts (one line, two columns, stacked). Plants name, DOB, MRN
/// and, when `with_ssn`, the SSN; then, in some, the address, phones and
/// e-mail, the insurance id, and the age when over 89 (all planted).
pub(super) fn demographics(
    rng: &Rng,
    doc: &mut Doc,
    form: &Form,
    p: &Person,
    with_ssn: bool,
    at: Date,
) {
    id_block(rng, doc, form, p, with_ssn);
    if p.age(at) > 89 && rng.chance(0.5) {
        contact::age_field(rng, doc, form, p.age(at));
        doc.s("\n");
    }
    if rng.chance(0.45) {
        contact::address_field(rng, doc, form, p);
        doc.s("\n");
    }
    if rng.chance(0.5) {
        contact::contact_lines(rng, doc, form, p);
    }
    if rng.chance(0.3) {
        contact::insurance_line(rng, doc, form, p, payer(rng));
    }
}

/// Name, birth date, record number, sex and maybe the SSN, in one of three
/// layouts.
fn id_block(rng: &Rng, doc: &mut Doc, form: &Form, p: &Person, with_ssn: bool) {
    let upper = rng.chance(0.3);
    let sex = if p.sex == 'F' { "F" } else { "M" };
    match rng.below(3) {
        0 => {
            name_field(rng, doc, form, p, upper);
            doc.s(&gap(rng));
            dob_field(rng, doc, form, p);
            doc.s(&gap(rng));
            mrn_field(rng, doc, form, p);
            doc.s("\n");
            if with_ssn {
                ssn_field(rng, doc, form, p);
                doc.s(&gap(rng));
            }
            form.plain_field(rng, doc, "Sex", sex);
            doc.s("\n");
        }
        1 => {
            name_field(rng, doc, form, p, upper);
            doc.s(&gap(rng));
            mrn_field(rng, doc, form, p);
            doc.s("\n");
            dob_field(rng, doc, form, p);
            doc.s(&gap(rng));
            form.plain_field(rng, doc, "Sex", sex);
            if with_ssn {
                doc.s(&gap(rng));
                ssn_field(rng, doc, form, p);
            }
            doc.s("\n");
        }
        _ => {
            name_field(rng, doc, form, p, upper);
            doc.s("\n");
            dob_field(rng, doc, form, p);
            doc.s("\n");
            form.plain_field(
                rng,
                doc,
                "Sex",
                if p.sex == 'F' { "Female" } else { "Male" },
            );
            doc.s("\n");
            mrn_field(rng, doc, form, p);
            doc.s("\n");
            if with_ssn {
                ssn_field(rng, doc, form, p);
                doc.s("\n");
            }
        }
    }
}

/// Starts a document; about one in six is a faxed or scanned copy, with a
/// fax header line and OCR noise in its prose.
pub(super) fn start(rng: &Rng, rel: String) -> Doc {
    let mut doc = Doc::new(rel);
    if rng.chance(0.17) {
        doc.ocr = Some(Ocr::random(rng));
        let d = service_date(rng);
        doc.line(&format!(
            "FROM: {}    {} {:02}:{:02}    P.{:03}/{:03}",
            phone(rng),
            d.fmt(DateFmt::Us),
            rng.range(7, 18),
            rng.range(0, 59),
            rng.range(1, 3),
            rng.range(3, 6)
        ));
        doc.line("");
    }
    doc
}

/// Reasons for a visit.
const COMPLAINTS: &[&str] = &[
    "follow-up of diabetes and blood pressure",
    "cough and fever for three days",
    "low back pain after lifting boxes at work",
    "annual physical examination",
    "medication refill and lab review",
    "shortness of breath on exertion",
    "right knee pain, worse on stairs",
    "headaches, worse in the mornings",
    "fatigue and poor energy",
    "palpitations at night",
    "burning with urination",
    "anxiety and poor sleep",
    "itchy rash on both elbows",
    "dizziness when standing up",
    "follow-up after emergency department visit",
];

/// History sentences; `{n}`, `{a}`, `{b}`, `{pos}` are filled in.
const HPI_SENTENCES: &[&str] = &[
    "Reports good adherence to medications and no side effects.",
    "Denies chest pain, fever, chills or night sweats.",
    "Checks fasting sugars most mornings, range {a}-{b} mg/dL.",
    "Walking {n} minutes three days a week.",
    "Sleep has been poor; wakes up two or three times a night.",
    "No recent hospitalizations or emergency visits.",
    "Mood has been low since the winter; PHQ-9 today is {n}.",
    "Smokes about {n} cigarettes a day and is interested in quitting.",
    "Symptoms started {n} days ago and are slowly improving.",
    "Tolerating the new dose without problems.",
    "Family history notable for heart disease in {pos} father.",
    "Appetite is normal and weight has been stable.",
    "Uses the rescue inhaler about {n} times a week.",
    "Home blood pressure readings mostly in the 130s over 80s.",
    "Pain is rated {n}/10 and does not radiate.",
    "Had the flu vaccine in the fall; due for a tetanus booster.",
    "Works full time and lives with {pos} spouse.",
    "No alcohol; drinks two cups of coffee a day.",
];

/// Medication lines.
pub(super) const MEDS: &[&str] = &[
    "Metformin 1000 mg PO twice daily",
    "Lisinopril 20 mg PO daily",
    "Atorvastatin 40 mg PO nightly",
    "Amlodipine 5 mg PO daily",
    "Levothyroxine 75 mcg PO daily",
    "Albuterol HFA 2 puffs every 4-6 hours as needed",
    "Sertraline 50 mg PO daily",
    "Omeprazole 20 mg PO daily before breakfast",
    "Apixaban 5 mg PO twice daily",
    "Metoprolol succinate 50 mg PO daily",
    "Insulin glargine 22 units SC nightly",
    "Furosemide 40 mg PO daily",
    "Gabapentin 300 mg PO three times daily",
    "Montelukast 10 mg PO nightly",
    "Tamsulosin 0.4 mg PO nightly",
    "Vitamin D3 2000 IU PO daily",
    "Fluticasone nasal spray 2 sprays each nostril daily",
    "Losartan 50 mg PO daily",
];

/// Plan lines.
const PLAN: &[&str] = &[
    "Continue current medications.",
    "Repeat basic metabolic panel and A1c in 3 months.",
    "Referral to behavioral health; safety screen negative today.",
    "Return in 6 weeks, sooner if needed.",
    "Diet and exercise counseling provided; goal of 150 minutes a week.",
    "Flu vaccine given today in the left deltoid.",
    "Start a home blood pressure log and bring it to the next visit.",
    "Physical therapy twice a week for 6 weeks.",
    "Chest x-ray ordered; call with results.",
    "Discussed warning signs and when to go to the emergency department.",
    "Smoking cessation counseling, 5 minutes; nicotine patch offered.",
    "Titrate insulin by 2 units every 3 days to a fasting sugar under 130.",
    "Urine culture sent; start antibiotics pending results.",
    "Sleep study ordered.",
];

/// Fills `{a}`, `{b}`, `{n}` and `{pos}` in a sentence.
fn fill(rng: &Rng, s: &str, p: &Person) -> String {
    let a = rng.range(95, 140);
    s.replace("{a}", &a.to_string())
        .replace("{b}", &(a + rng.range(20, 60)).to_string())
        .replace("{n}", &rng.range(2, 20).to_string())
        .replace("{pos}", if p.sex == 'F' { "her" } else { "his" })
}

/// Writes a history paragraph for `p`, opening with the age (planted when
/// over 89) and mentioning the first diagnoses by title.
fn hpi(rng: &Rng, doc: &mut Doc, p: &Person, dxs: &[Dx], cc: &str, at: Date) {
    let conds: Vec<String> = dxs
        .iter()
        .filter_map(|d| d.title)
        .take(2)
        .map(|t| t.to_lowercase())
        .collect();
    let age = p.age(at);
    let (value, rest) = contact::age_phrase(rng, age);
    let lead = if rng.chance(0.3) {
        rng.pick(&["Patient is a ", "Pt is a ", "This is a "])
    } else {
        ""
    };
    let mut s = format!(" {}", p.noun());
    if !conds.is_empty() {
        s.push_str(" with ");
        s.push_str(&conds.join(" and "));
    }
    s.push_str(&format!(" presenting for {cc}."));
    for sentence in rng.sample(HPI_SENTENCES, rng.range(3, 7) as usize) {
        s.push(' ');
        s.push_str(&fill(rng, sentence, p));
    }
    let mut parts = vec![Part::T(lead)];
    contact::age_parts(age, &value, &rest, &mut parts);
    parts.push(Part::T(&s));
    doc.prose_with(rng, &parts, WIDTH);
}

/// Review-of-systems lines.
const ROS: &[&str] = &[
    "Constitutional: no fever, chills or weight loss.",
    "Eyes: no vision changes.",
    "ENT: no sore throat or ear pain.",
    "Cardiovascular: no chest pain, palpitations or leg swelling.",
    "Respiratory: no cough or wheezing.",
    "Gastrointestinal: no nausea, vomiting or blood in the stool.",
    "Genitourinary: no dysuria or frequency.",
    "Musculoskeletal: joint stiffness in the mornings.",
    "Skin: no rashes or new lesions.",
    "Neurological: no weakness, numbness or headaches.",
    "Psychiatric: mood stable, sleeping six hours a night.",
];

/// Physical exam lines.
pub(super) const EXAM: &[&str] = &[
    "General: well appearing, in no acute distress.",
    "HEENT: normocephalic, moist mucous membranes, oropharynx clear.",
    "Neck: supple, no lymphadenopathy or thyromegaly.",
    "Lungs: clear to auscultation bilaterally, no wheezes or crackles.",
    "Heart: regular rate and rhythm, no murmurs, rubs or gallops.",
    "Abdomen: soft, non-tender, non-distended, normal bowel sounds.",
    "Extremities: no edema; pedal pulses 2+ bilaterally.",
    "Skin: warm and dry, no rashes.",
    "Neuro: alert and oriented, strength 5/5 throughout, gait normal.",
    "Psych: normal mood and affect, good insight.",
    "Musculoskeletal: mild crepitus of the right knee, full range of motion.",
];

/// Social and family history lines.
fn social(rng: &Rng, p: &Person) -> String {
    format!(
        "{} {} {}",
        rng.pick(&[
            "Never smoker.",
            "Former smoker, quit 10 years ago.",
            "Current smoker, half a pack a day."
        ]),
        rng.pick(&[
            "Drinks alcohol socially.",
            "No alcohol use.",
            "Two beers on weekends."
        ]),
        fill(
            rng,
            rng.pick(&[
                "Lives with {pos} spouse and works as a teacher.",
                "Retired; lives alone and drives.",
                "Works in construction; lives with {pos} two children.",
                "Lives with {pos} daughter."
            ]),
            p
        )
    )
}

/// Vital signs; weight is sometimes charted with a decimal ("189.4 lb"),
/// a number that can have the shape of an ICD-9 code.
fn vitals(rng: &Rng) -> String {
    let w = rng.range(110, 290);
    let weight = if rng.chance(0.25) {
        format!("{w}.{} lb", rng.range(1, 9))
    } else {
        format!("{w} lb")
    };
    format!(
        "BP {}/{}   HR {}   Temp {}.{} F   Wt {weight}   SpO2 {}% on room air",
        rng.range(104, 168),
        rng.range(60, 98),
        rng.range(54, 108),
        rng.range(97, 99),
        rng.range(0, 9),
        rng.range(91, 100)
    )
}

/// One diagnosis line in a list, in one of the ways notes write them.
pub(super) fn dx_line(rng: &Rng, doc: &mut Doc, dx: &Dx, kind: Kind, n: usize) {
    let bullet = match rng.below(3) {
        0 => format!("{n}. "),
        1 => "- ".to_string(),
        _ => "  ".to_string(),
    };
    doc.s(&bullet);
    match dx.title {
        Some(t) => match rng.below(4) {
            0 => {
                doc.s(&format!("{t} - ")).plant(kind, &dx.code);
            }
            1 => {
                doc.plant(kind, &dx.code).s(&format!(" {t}"));
            }
            2 => {
                doc.s(&format!("{t} (")).plant(kind, &dx.code).s(")");
            }
            _ => {
                let sys = if kind == Kind::Icd9 {
                    "ICD-9"
                } else {
                    "ICD-10"
                };
                doc.s(&format!("{t} [{sys}: ")).plant(kind, &dx.code).s("]");
            }
        },
        None => {
            let tail = rng.pick(&[
                " (per problem list)",
                " - chronic, stable",
                " - see specialist note",
                " (new this visit)",
                " - monitoring",
            ]);
            doc.plant(kind, &dx.code).s(tail);
        }
    }
    doc.s("\n");
}

/// A diagnosis section: heading and list.
fn dx_section(rng: &Rng, doc: &mut Doc, form: &Form, dxs: &[Dx]) {
    let heading = rng.pick(&[
        "ASSESSMENT",
        "ASSESSMENT",
        "Assessment:",
        "ASSESSMENT AND PLAN",
        "Diagnoses:",
        "DIAGNOSES",
        "Problem List:",
    ]);
    doc.line(&form.case(heading));
    for (i, dx) in dxs.iter().enumerate() {
        dx_line(rng, doc, dx, Kind::Icd10, i + 1);
    }
}

/// Older diagnoses carried over from a record coded in ICD-9.
fn icd9_section(rng: &Rng, doc: &mut Doc, dicts: &Dicts) {
    doc.line(rng.pick(&[
        "Prior diagnoses (ICD-9, from outside records):",
        "PAST MEDICAL HISTORY (legacy ICD-9 codes)",
        "Historical Dx (ICD-9-CM):",
    ]));
    for i in 0..rng.range(1, 3) as usize {
        let dx = dicts.icd9(rng);
        dx_line(rng, doc, &dx, Kind::Icd9, i + 1);
    }
}

/// A medication list; in some documents the lines carry the dispensed
/// product's National Drug Code (planted: health information).
pub(super) fn med_list(rng: &Rng, doc: &mut Doc, lo: u32, hi: u32) {
    let with_ndc = rng.chance(0.3);
    for item in rng.sample(MEDS, rng.range(lo, hi) as usize) {
        doc.s(&format!("- {item}"));
        if with_ndc && rng.chance(0.7) {
            doc.s(rng.pick(&["    NDC ", "  (NDC ", "  NDC: ", "  National Drug Code: "]));
            let v = ids::ndc(rng);
            doc.plant(Kind::Ndc, &v);
            if doc.text.ends_with(&format!("(NDC {v}")) {
                doc.s(")");
            }
        }
        doc.s("\n");
    }
}

/// A few distinct lines of `items` as a dashed list.
fn bullets(rng: &Rng, doc: &mut Doc, items: &[&str], lo: u32, hi: u32) {
    for item in rng.sample(items, rng.range(lo, hi) as usize) {
        doc.line(&format!("- {item}"));
    }
}

/// A practice's letterhead: its name and its phone and fax numbers in the
/// fictional 555-01xx range. No street, town or ZIP: in a patient document
/// the scanner reports every address and ZIP (it cannot tell the clinic's
/// from the patient's, and the clinic's is not an identifier to plant),
/// and a town with its state reads as a name ("Wayne, Indiana").
pub(super) fn letterhead(rng: &Rng, doc: &mut Doc, name: &str) {
    doc.line(&name.to_uppercase());
    doc.s(&format!("Tel {}", phone(rng)));
    if rng.chance(0.6) {
        doc.s(&format!("{}Fax {}", gap(rng), phone(rng)));
    }
    doc.s("\n\n");
}

/// Clinic progress notes (SOAP or sectioned): one visit, or a chart
/// printout of several visits of the same patient, each with its header.
pub fn progress_note(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut dos = service_date(rng);
    let visits = if rng.chance(0.45) { rng.range(2, 4) } else { 1 };
    let mut doc = start(
        rng,
        if visits > 1 {
            format!("clinic/notes/{}/chart_printout_{idx:05}.txt", dos.y)
        } else {
            format!("clinic/notes/{}/progress_note_{idx:05}.txt", dos.y)
        },
    );
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let clinic = facility(rng, false);
    let letter = rng.chance(0.6);
    for v in 0..visits {
        if v > 0 {
            doc.line("");
            doc.line(&"=".repeat(78));
            dos = dos.plus(rng.range(14, 200) as i64);
        }
        if v == 0 || letter {
            letterhead(rng, &mut doc, &clinic);
        }
        visit_note(rng, dicts, &mut doc, &form, &p, dos);
    }
    doc
}

/// One visit's note for `p` on `dos`.
fn visit_note(rng: &Rng, dicts: &Dicts, doc: &mut Doc, form: &Form, p: &Person, dos: Date) {
    let doctor = clinician(rng, dicts);
    doc.s(&form.case("Progress Note"));
    doc.s(&gap(rng));
    form.plain_field(
        rng,
        doc,
        "Date of service",
        &dos.fmt(DateFmt::random_plain(rng)),
    );
    doc.s("\n\n");
    demographics(rng, doc, form, p, rng.chance(0.45), dos);
    form.plain_field(rng, doc, "Provider", &doctor);
    doc.s(&gap(rng));
    form.plain_field(
        rng,
        doc,
        "Visit type",
        rng.pick(&["follow-up", "new patient", "annual", "acute"]),
    );
    doc.s("\n\n");
    let dxs = dicts.icd10_list(rng, rng.range(2, 6) as usize);
    let cc = rng.pick(COMPLAINTS).to_string();
    let soap = rng.chance(0.35);
    doc.line(&form.case(if soap {
        "SUBJECTIVE"
    } else {
        "CHIEF COMPLAINT"
    }));
    let mut c = cc.clone();
    c[..1].make_ascii_uppercase();
    doc.prose(rng, &format!("{c}."), WIDTH);
    doc.line("");
    if !soap {
        doc.line(&form.case("HISTORY OF PRESENT ILLNESS"));
    }
    hpi(rng, doc, p, &dxs, &cc, dos);
    doc.line("");
    if rng.chance(0.7) {
        doc.line(&form.case("SOCIAL HISTORY"));
        if rng.chance(0.2) {
            // Where the patient lives, in the sentence that says with whom.
            let tail = format!(
                " {}. {}",
                rng.pick(&[
                    "with a daughter who helps with medications",
                    "alone and still drives",
                    "with a spouse",
                    "in a ground-floor apartment"
                ]),
                social(rng, p)
            );
            let street = p.street.clone();
            doc.prose_with(
                rng,
                &[
                    Part::K("Lives at "),
                    Part::V(Kind::Address, &street),
                    Part::T(&tail),
                ],
                WIDTH,
            );
        } else {
            doc.prose(rng, &social(rng, p), WIDTH);
        }
        doc.line("");
        doc.line(&form.case("FAMILY HISTORY"));
        doc.prose(rng, rng.pick(&["Father with coronary artery disease and type 2 diabetes. Mother alive, hypertension.", "Noncontributory.", "Mother with breast cancer at 58. No family history of colon cancer.", "Brother with asthma; both parents living."]), WIDTH);
        doc.line("");
    }
    doc.line(&form.case("REVIEW OF SYSTEMS"));
    for l in rng.sample(ROS, rng.range(3, 8) as usize) {
        doc.line(l);
    }
    doc.line("");
    doc.line(&form.case("MEDICATIONS"));
    med_list(rng, doc, 2, 8);
    doc.line("");
    doc.line(&form.case("ALLERGIES"));
    doc.line(rng.pick(&[
        "NKDA",
        "Sulfa (rash)",
        "Penicillin (hives)",
        "No known drug allergies",
        "Codeine (nausea)",
    ]));
    doc.line("");
    doc.line(&form.case(if soap { "OBJECTIVE" } else { "VITALS" }));
    doc.line(&vitals(rng));
    doc.line("");
    doc.line(&form.case("PHYSICAL EXAM"));
    for l in rng.sample(EXAM, rng.range(4, 10) as usize) {
        doc.line(l);
    }
    if rng.chance(0.5) {
        doc.line(&format!(
            "Hemoglobin A1c {}.{}%, eGFR {} mL/min, LDL {} mg/dL.",
            rng.range(5, 11),
            rng.range(0, 9),
            rng.range(28, 110),
            rng.range(60, 190)
        ));
    }
    doc.line("");
    dx_section(rng, doc, form, &dxs);
    if rng.chance(0.3) {
        doc.line("");
        icd9_section(rng, doc, dicts);
    }
    doc.line("");
    doc.line(&form.case("PLAN"));
    bullets(rng, doc, PLAN, 2, 6);
    doc.line("");
    doc.prose(rng, &format!("Total time spent on the date of the encounter was {} minutes, more than half in counseling and coordination of care.", rng.range(20, 45)), WIDTH);
    doc.line("");
    doc.line(&format!(
        "Electronically signed by {doctor} on {}",
        dos.fmt(DateFmt::Us)
    ));
}

/// A hospital discharge summary.
pub fn discharge_summary(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let admit = service_date(rng);
    let days = rng.range(1, 12);
    let discharge = admit.plus(days as i64);
    let mut doc = start(
        rng,
        format!(
            "hospital/discharge/{}/discharge_summary_{idx:05}.txt",
            admit.y
        ),
    );
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let doctor = clinician(rng, dicts);
    doc.line(&facility(rng, true).to_uppercase());
    doc.line(&form.case("DISCHARGE SUMMARY"));
    doc.line("");
    demographics(rng, &mut doc, &form, &p, rng.chance(0.5), admit);
    if rng.chance(0.6) {
        // An account label makes it an account number; encounter, visit
        // and FIN numbers are reported as record numbers.
        let enc = account(rng);
        let label = rng.pick(&["Encounter No", "Visit #", "FIN", "Acct No", "Account #"]);
        let kind = if label.starts_with("Acc") {
            Kind::Account
        } else {
            Kind::Mrn
        };
        form.field(rng, &mut doc, label, kind, &enc);
        doc.s("\n");
    }
    if rng.chance(0.35) {
        // Next of kin: a relative's phone number is an identifier too.
        form.plain_field(
            rng,
            &mut doc,
            "Emergency contact",
            rng.pick(&["daughter", "son", "spouse", "sister", "friend"]),
        );
        doc.s(", ");
        let kin = ids::nanp_digits(rng, None);
        doc.plant(Kind::Phone, &ids::fmt_phone(&kin, PhoneFmt::delimited(rng)));
        doc.s("\n");
    }
    let df = DateFmt::random_plain(rng);
    form.plain_field(rng, &mut doc, "Admitted", &admit.fmt(df));
    doc.s(&gap(rng));
    form.plain_field(rng, &mut doc, "Discharged", &discharge.fmt(df));
    doc.s("\n");
    form.plain_field(rng, &mut doc, "Attending", &doctor);
    doc.s(&gap(rng));
    form.plain_field(
        rng,
        &mut doc,
        "Service",
        rng.pick(&[
            "Internal Medicine",
            "Cardiology",
            "Hospitalist",
            "Pulmonology",
            "General Surgery",
        ]),
    );
    doc.s("\n");
    form.plain_field(
        rng,
        &mut doc,
        "Disposition",
        rng.pick(&[
            "home",
            "home with home health nursing",
            "skilled nursing facility",
            "inpatient rehabilitation",
        ]),
    );
    doc.s("\n\n");
    let dxs = dicts.icd10_list(rng, rng.range(2, 6) as usize);
    doc.line(&form.case("ADMITTING DIAGNOSIS"));
    doc.line(dxs[0].title.unwrap_or("See discharge diagnoses."));
    doc.line("");
    doc.line(&form.case("DISCHARGE DIAGNOSES"));
    doc.line("Principal:");
    dx_line(rng, &mut doc, &dxs[0], Kind::Icd10, 1);
    doc.line("Secondary:");
    for (i, dx) in dxs[1..].iter().enumerate() {
        dx_line(rng, &mut doc, dx, Kind::Icd10, i + 1);
    }
    if rng.chance(0.25) {
        doc.line("");
        icd9_section(rng, &mut doc, dicts);
    }
    doc.line("");
    doc.line(&form.case("HISTORY OF PRESENT ILLNESS"));
    hpi(rng, &mut doc, &p, &dxs, rng.pick(COMPLAINTS), admit);
    doc.line("");
    doc.line(&form.case("PHYSICAL EXAM AT DISCHARGE"));
    doc.line(&vitals(rng));
    for l in rng.sample(EXAM, rng.range(4, 9) as usize) {
        doc.line(l);
    }
    doc.line("");
    doc.line(&form.case("PERTINENT LABS"));
    doc.line(&format!(
        "Sodium {}, potassium {}.{}, creatinine {}.{}, glucose {}, WBC {}.{}, hemoglobin {}.{}.",
        rng.range(131, 145),
        rng.range(3, 5),
        rng.range(0, 9),
        rng.range(0, 2),
        rng.range(5, 9),
        rng.range(80, 240),
        rng.range(4, 15),
        rng.range(0, 9),
        rng.range(9, 16),
        rng.range(0, 9)
    ));
    doc.line("");
    doc.line(&form.case("PROCEDURES"));
    doc.line(rng.pick(&[
        "None.",
        "Transthoracic echocardiogram.",
        "CT chest with contrast.",
        "Upper endoscopy.",
        "Left heart catheterization.",
    ]));
    doc.line("");
    doc.line(&form.case("HOSPITAL COURSE"));
    let course = format!(
        "{} was admitted with {} and treated on the {} service. {} {} {} {} was walking the unit on room air before discharge and was discharged after {days} days in stable condition.",
        p.salutation(),
        dxs[0].title.map(|t| t.to_lowercase()).unwrap_or_else(|| "the problems listed above".into()),
        rng.pick(&["medicine", "cardiology", "hospitalist"]),
        rng.pick(&["Chest x-ray showed small bilateral effusions.", "Initial labs were notable for a mild leukocytosis.", "Troponins were negative times three.", "Blood cultures remained negative."]),
        rng.pick(&["IV diuresis was started with good response.", "Antibiotics were narrowed on day two.", "Home medications were resumed on day one.", "Pain was controlled with oral medication."]),
        rng.pick(&["Potassium and creatinine remained stable.", "Glucose was managed with a basal-bolus regimen.", "Physical therapy evaluated and cleared for home.", "Case management arranged follow-up."]),
        title(p.pronoun()),
    );
    doc.prose(rng, &course, WIDTH);
    doc.line("");
    doc.line(&form.case("DISCHARGE MEDICATIONS"));
    med_list(rng, &mut doc, 3, 7);
    doc.line("");
    doc.line(&form.case("FOLLOW-UP"));
    doc.line(&format!(
        "- Primary care in {} weeks; labs before the visit.",
        rng.range(2, 4)
    ));
    doc.line("- Call for fever, chest pain, or shortness of breath.");
    doc.line(&format!(
        "- Diet: {}.",
        rng.pick(&[
            "low sodium, 2 g per day",
            "carbohydrate controlled",
            "regular",
            "heart healthy"
        ])
    ));
    doc.line(&format!(
        "- Activity: {}.",
        rng.pick(&[
            "as tolerated",
            "no lifting over 10 lb for 2 weeks",
            "walk daily, increase slowly"
        ])
    ));
    doc.line("- Pending at discharge: none.");
    doc.line("");
    doc.line(&format!("Dictated by {doctor}"));
    doc.line(&format!(
        "D: {}  T: {}",
        discharge.fmt(DateFmt::Us),
        discharge.plus(1).fmt(DateFmt::Us)
    ));
    doc
}

/// A referral letter to a specialist.
pub fn referral_letter(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let date = service_date(rng);
    let mut doc = start(rng, format!("clinic/letters/referral_{idx:05}.txt"));
    let form = Form::plain();
    let p = Person::random(rng, dicts);
    let from = clinician(rng, dicts);
    let to_last = title(dicts.last(rng));
    let specialty = rng.pick(&[
        "Pulmonology",
        "Cardiology",
        "Endocrinology",
        "Nephrology",
        "Sleep Medicine",
        "Rheumatology",
        "Gastroenterology",
    ]);
    letterhead(rng, &mut doc, &facility(rng, false));
    doc.line(&date.fmt(DateFmt::Long));
    doc.line("");
    doc.line(&format!("Dr. {to_last}"));
    doc.line(specialty);
    doc.line(&facility(rng, rng.chance(0.5)));
    doc.line("");
    let upper = rng.chance(0.25);
    doc.s("RE: ");
    doc.plant(Kind::Name, &p.name(NameShape::random_text(rng), upper));
    doc.s(&gap(rng));
    dob_field(rng, &mut doc, &form, &p);
    doc.s(&gap(rng));
    mrn_field(rng, &mut doc, &form, &p);
    doc.s("\n");
    if rng.chance(0.5) {
        contact::phone_field(
            rng,
            &mut doc,
            &form,
            rng.pick(&["Patient phone", "Phone", "Best contact", "Cell"]),
            &p.cell,
        );
        if rng.chance(0.3) {
            doc.s(&gap(rng));
            contact::fax_field(rng, &mut doc, &p.phone);
        }
        doc.s("\n");
    }
    if rng.chance(0.4) {
        contact::insurance_line(rng, &mut doc, &form, &p, payer(rng));
    }
    doc.s("\n");
    doc.line(&format!("Dear Dr. {to_last},"));
    doc.line("");
    let dxs = dicts.icd10_list(rng, rng.range(2, 4) as usize);
    let full = p.name(NameShape::FirstLast, false);
    let cond = dxs[0]
        .title
        .map(|t| t.to_lowercase())
        .unwrap_or_else(|| "several chronic problems".into());
    let age = p.age(date);
    let (value, rest) = contact::age_phrase(rng, age);
    let after = format!(
        " {} with {cond}. {} {} {} I would appreciate your assessment and recommendations.",
        p.noun(),
        fill(rng, rng.pick(HPI_SENTENCES), &p),
        fill(rng, rng.pick(HPI_SENTENCES), &p),
        fill(rng, rng.pick(HPI_SENTENCES), &p),
    );
    let mut parts = vec![
        Part::T("Thank you for seeing my patient, "),
        Part::V(Kind::Name, &full),
        Part::T(", a "),
    ];
    contact::age_parts(age, &value, &rest, &mut parts);
    parts.push(Part::T(&after));
    doc.prose_with(rng, &parts, WIDTH);
    doc.line("");
    let story = format!(
        "{} was last seen in our office on {}. {} {} Examination today was notable for the findings below. {}",
        p.salutation(),
        date.plus(-(rng.range(7, 120) as i64)).fmt(DateFmt::Us),
        fill(rng, rng.pick(HPI_SENTENCES), &p),
        fill(rng, rng.pick(HPI_SENTENCES), &p),
        rng.pick(&["Specifically, I would like your opinion on whether further testing is needed.", "The family is anxious and would appreciate an early appointment.", "We have tried first-line therapy without adequate response."])
    );
    doc.prose(rng, &story, WIDTH);
    for l in rng.sample(EXAM, rng.range(2, 5) as usize) {
        doc.line(&format!("  {l}"));
    }
    doc.line("");
    doc.line("Active problems:");
    for (i, dx) in dxs.iter().enumerate() {
        dx_line(rng, &mut doc, dx, Kind::Icd10, i + 1);
    }
    if rng.chance(0.4) {
        doc.line("");
        icd9_section(rng, &mut doc, dicts);
    }
    doc.line("");
    doc.line("Current medications:");
    med_list(rng, &mut doc, 2, 5);
    doc.line("");
    doc.prose(
        rng,
        &format!(
            "Recent notes and results are enclosed. Please call our office at {} with any questions.",
            phone(rng)
        ),
        WIDTH,
    );
    doc.line("");
    doc.line("Sincerely,");
    doc.line("");
    doc.line(&from);
    doc
}

struct LabTest {
    name: &'static str,
    lo: u32,
    hi: u32,
    /// Decimal places; three-digit values are always whole numbers.
    dp: u32,
    unit: &'static str,
    range: &'static str,
}

const LAB_PANELS: &[(&str, &[LabTest])] = &[
    (
        "COMPREHENSIVE METABOLIC PANEL",
        &[
            LabTest {
                name: "Sodium",
                lo: 131,
                hi: 146,
                dp: 0,
                unit: "mmol/L",
                range: "136-145",
            },
            LabTest {
                name: "Potassium",
                lo: 30,
                hi: 56,
                dp: 1,
                unit: "mmol/L",
                range: "3.5-5.1",
            },
            LabTest {
                name: "Chloride",
                lo: 95,
                hi: 110,
                dp: 0,
                unit: "mmol/L",
                range: "98-107",
            },
            LabTest {
                name: "CO2",
                lo: 19,
                hi: 31,
                dp: 0,
                unit: "mmol/L",
                range: "22-29",
            },
            LabTest {
                name: "BUN",
                lo: 7,
                hi: 45,
                dp: 0,
                unit: "mg/dL",
                range: "7-20",
            },
            LabTest {
                name: "Creatinine",
                lo: 60,
                hi: 240,
                dp: 2,
                unit: "mg/dL",
                range: "0.60-1.20",
            },
            LabTest {
                name: "Glucose",
                lo: 70,
                hi: 260,
                dp: 0,
                unit: "mg/dL",
                range: "70-99",
            },
            LabTest {
                name: "Calcium",
                lo: 84,
                hi: 105,
                dp: 1,
                unit: "mg/dL",
                range: "8.6-10.2",
            },
            LabTest {
                name: "Albumin",
                lo: 30,
                hi: 50,
                dp: 1,
                unit: "g/dL",
                range: "3.5-5.0",
            },
            LabTest {
                name: "ALT",
                lo: 8,
                hi: 90,
                dp: 0,
                unit: "U/L",
                range: "7-56",
            },
        ],
    ),
    (
        "COMPLETE BLOOD COUNT",
        &[
            LabTest {
                name: "WBC",
                lo: 32,
                hi: 145,
                dp: 1,
                unit: "K/uL",
                range: "4.0-11.0",
            },
            LabTest {
                name: "Hemoglobin",
                lo: 90,
                hi: 172,
                dp: 1,
                unit: "g/dL",
                range: "12.0-16.0",
            },
            LabTest {
                name: "Hematocrit",
                lo: 280,
                hi: 510,
                dp: 1,
                unit: "%",
                range: "36.0-46.0",
            },
            LabTest {
                name: "Platelets",
                lo: 120,
                hi: 420,
                dp: 0,
                unit: "K/uL",
                range: "150-400",
            },
        ],
    ),
    (
        "LIPID PANEL",
        &[
            LabTest {
                name: "Cholesterol, total",
                lo: 120,
                hi: 290,
                dp: 0,
                unit: "mg/dL",
                range: "<200",
            },
            LabTest {
                name: "Triglycerides",
                lo: 50,
                hi: 400,
                dp: 0,
                unit: "mg/dL",
                range: "<150",
            },
            LabTest {
                name: "HDL",
                lo: 28,
                hi: 90,
                dp: 0,
                unit: "mg/dL",
                range: ">40",
            },
            LabTest {
                name: "LDL, calculated",
                lo: 50,
                hi: 210,
                dp: 0,
                unit: "mg/dL",
                range: "<100",
            },
        ],
    ),
    (
        "HEMOGLOBIN A1C",
        &[LabTest {
            name: "Hemoglobin A1c",
            lo: 48,
            hi: 120,
            dp: 1,
            unit: "%",
            range: "4.0-5.6",
        }],
    ),
    (
        "THYROID",
        &[
            LabTest {
                name: "TSH",
                lo: 20,
                hi: 900,
                dp: 2,
                unit: "uIU/mL",
                range: "0.45-4.50",
            },
            LabTest {
                name: "Free T4",
                lo: 70,
                hi: 190,
                dp: 2,
                unit: "ng/dL",
                range: "0.82-1.77",
            },
        ],
    ),
];

/// A reference-lab result report with a demographics block, results table
/// and the diagnosis codes the order was placed under; sometimes several
/// collections of one patient printed together.
pub fn lab_report(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut collected = service_date(rng);
    let mut doc = start(
        rng,
        format!("lab/reports/{}/lab_report_{idx:05}.txt", collected.y),
    );
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let lab = format!(
        "{} Clinical Laboratory",
        rng.pick(&[
            "Lakeside",
            "Tri-County",
            "Midwest",
            "Northfield",
            "Harborview"
        ])
    );
    let director = clinician(rng, dicts);
    let clia = format!("{}D{}", rng.range(10, 52), rng.digits(7));
    let pages = if rng.chance(0.4) { rng.range(2, 3) } else { 1 };
    for page in 0..pages {
        if page > 0 {
            doc.line("");
            collected = collected.plus(rng.range(20, 180) as i64);
        }
        doc.line(&lab.to_uppercase());
        doc.line(&format!(
            "CLIA {clia}    Lab Director: {director}    Page {} of {pages}",
            page + 1
        ));
        doc.line(&"=".repeat(78));
        lab_page(rng, dicts, &mut doc, &form, &p, collected);
    }
    doc
}

/// One collection's results.
fn lab_page(rng: &Rng, dicts: &Dicts, doc: &mut Doc, form: &Form, p: &Person, collected: Date) {
    demographics(rng, doc, form, p, false, collected);
    let acc = format!(
        "{}-{}-{}",
        collected.y % 100,
        rng.range(100, 365),
        rng.digits(5)
    );
    form.plain_field(rng, doc, "Accession", &acc);
    doc.s(&gap(rng));
    form.plain_field(
        rng,
        doc,
        "Collected",
        &format!(
            "{} {:02}:{:02}",
            collected.fmt(DateFmt::Us),
            rng.range(6, 11),
            rng.range(0, 59)
        ),
    );
    doc.s("\n");
    form.plain_field(rng, doc, "Ordering Provider", &clinician(rng, dicts));
    if rng.chance(0.35) {
        // The ordering clinician's NPI: labelled, it is reported alone.
        doc.s(&gap(rng));
        form.field(
            rng,
            doc,
            rng.pick(&["NPI", "NPI #", "NPI"]),
            Kind::Npi,
            &ids::npi(rng),
        );
    }
    doc.s(&gap(rng));
    form.plain_field(rng, doc, "Reported", &collected.plus(1).fmt(DateFmt::Us));
    doc.s("\n");
    let dxs = dicts.icd10_list(rng, rng.range(1, 3) as usize);
    doc.s(&form.case(rng.pick(&["Diagnosis codes", "Dx", "ICD-10 codes", "Diagnosis"])));
    doc.s(": ");
    for (i, dx) in dxs.iter().enumerate() {
        if i > 0 {
            doc.s(", ");
        }
        doc.plant(Kind::Icd10, &dx.code);
    }
    doc.s("\n");
    doc.line(&"=".repeat(78));
    doc.line("");
    doc.line(&format!(
        "{:<24}{:>10}  {:<5} {:<8} {}",
        "TEST", "RESULT", "FLAG", "UNITS", "REFERENCE"
    ));
    let n = rng.range(2, 5) as usize;
    let first = rng.below(LAB_PANELS.len());
    for k in 0..n {
        let (panel, tests) = LAB_PANELS[(first + k) % LAB_PANELS.len()];
        doc.line("");
        doc.line(panel);
        for t in tests.iter() {
            let raw = rng.range(t.lo, t.hi);
            let v = match t.dp {
                0 => raw.to_string(),
                1 => format!("{}.{}", raw / 10, raw % 10),
                _ => format!("{}.{:02}", raw / 100, raw % 100),
            };
            let flag = if rng.chance(0.2) {
                rng.pick(&["H", "L"])
            } else {
                ""
            };
            doc.line(&format!(
                "{:<24}{:>10}  {:<5} {:<8} {}",
                t.name, v, flag, t.unit, t.range
            ));
        }
    }
    doc.line("");
    doc.prose(
        rng,
        rng.pick(&[
            "Specimen received refrigerated. Results reviewed by the laboratory director.",
            "Fasting status: fasting 10 hours. Hemolysis index within acceptable limits.",
            "Critical values, if any, were called to the ordering office and read back.",
        ]),
        WIDTH,
    );
    doc.line(&format!(
        "Performing site: {} Clinical Laboratory core lab. Tests marked H or L are outside the",
        rng.pick(&[
            "Lakeside",
            "Tri-County",
            "Midwest",
            "Northfield",
            "Harborview"
        ])
    ));
    doc.line("reference interval for the patient's age and sex. Reference intervals change");
    doc.line("with methods; compare results from the same laboratory when possible.");
    doc.line("END OF REPORT");
}

/// A health plan claims detail report with several claims.
pub fn claims_report(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    // Claims before October 2015 were coded in ICD-9-CM; old reports
    // stay on shares for years.
    let legacy = rng.chance(0.15);
    let run = if legacy {
        Date::random(rng, 2009, 2015)
    } else {
        service_date(rng)
    };
    let mut doc = Doc::new(format!("billing/claims/claims_detail_{idx:05}.txt"));
    let form = Form::plain();
    // Medicare claims (MBI, or HICN before 2019) are a good share of any
    // practice's claims.
    let plan = if rng.chance(0.3) {
        "Medicare Part B"
    } else {
        payer(rng)
    };
    let provider = facility(rng, rng.chance(0.3));
    doc.line(&format!("{:<55}CLAIMS DETAIL REPORT", plan.to_uppercase()));
    doc.line(&format!(
        "{:<55}Plan year: {}",
        format!("Billing provider: {provider}"),
        run.y
    ));
    if rng.chance(0.6) {
        // The billing provider's NPI, as on every 837 claim.
        doc.s("Billing NPI: ")
            .plant(Kind::Npi, &ids::npi(rng))
            .s("\n");
    }
    doc.line(&format!(
        "{:<55}Page 1 of 1",
        format!(
            "Run: {} {:02}:{:02}",
            run.fmt(DateFmt::Iso),
            rng.range(0, 23),
            rng.range(0, 59)
        )
    ));
    doc.line(&"-".repeat(80));
    let n = rng.range(4, 25);
    let (mut billed_total, mut paid_total) = (0u32, 0u32);
    for _ in 0..n {
        let p = Person::random(rng, dicts);
        let dos = run.plus(-(rng.range(20, 300) as i64));
        doc.line("");
        doc.line(&format!(
            "Claim {}-{}    Received {}    Status: {}",
            dos.y % 100,
            rng.digits(6),
            dos.plus(rng.range(3, 20) as i64).fmt(DateFmt::Us),
            rng.pick(&["PAID", "PAID", "PAID", "DENIED (CO-16)", "PENDED"])
        ));
        doc.s("  ");
        let shape = if rng.chance(0.7) {
            NameShape::LastCommaFirst
        } else {
            NameShape::FirstLast
        };
        let name = p.name(shape, rng.chance(0.4));
        form.field(
            rng,
            &mut doc,
            rng.pick(&["Member Name", "Patient", "Patient Name", "Subscriber Name"]),
            Kind::Name,
            &name,
        );
        doc.s(&" ".repeat(30usize.saturating_sub(name.len()).max(2)));
        dob_field(rng, &mut doc, &form, &p);
        doc.s("    ");
        let label = rng.pick(&["Patient Acct #", "Acct No", "MRN", "Patient ID"]);
        if label.contains("Acct") {
            form.field(rng, &mut doc, label, Kind::Account, &account(rng));
        } else {
            form.field(rng, &mut doc, label, Kind::Mrn, &p.mrn);
        }
        doc.s("\n  ");
        // The plan's id for the member: MBI on Medicare claims since 2018,
        // the SSN-based HICN on older ones, the plan's own id otherwise.
        if plan.starts_with("Medicare") && run.y < 2019 {
            form.field(
                rng,
                &mut doc,
                rng.pick(contact::HICN_LABELS),
                Kind::Hicn,
                &ids::hicn(rng, &p.ssn),
            );
        } else if plan.starts_with("Medicare") {
            let v = if rng.chance(0.5) {
                ids::fmt_mbi(&p.mbi)
            } else {
                p.mbi.clone()
            };
            form.field(rng, &mut doc, rng.pick(contact::MBI_LABELS), Kind::Mbi, &v);
        } else {
            form.field(
                rng,
                &mut doc,
                rng.pick(contact::MEMBER_LABELS),
                Kind::HealthPlanId,
                &p.member_id,
            );
        }
        doc.s("\n");
        match rng.below(6) {
            0 => {
                doc.s("  ");
                ssn_field(rng, &mut doc, &form, &p);
                doc.s("\n");
            }
            1 => {
                let it = with_delim(&itin_digits(rng), if rng.chance(0.8) { "-" } else { " " });
                doc.s("  ");
                form.field(
                    rng,
                    &mut doc,
                    rng.pick(&["Subscriber ITIN", "ITIN", "Taxpayer ID (ITIN)"]),
                    Kind::Itin,
                    &it,
                );
                doc.s("\n");
            }
            _ => {}
        }
        let (kind, dxs) = if legacy {
            let n = rng.range(1, 2);
            (
                Kind::Icd9,
                (0..n).map(|_| dicts.icd9(rng)).collect::<Vec<_>>(),
            )
        } else {
            (Kind::Icd10, dicts.icd10_list(rng, rng.range(1, 3) as usize))
        };
        doc.s(&format!("  DOS: {}    Dx: ", dos.fmt(DateFmt::Us)));
        for (i, dx) in dxs.iter().enumerate() {
            if i > 0 {
                doc.s(", ");
            }
            doc.plant(kind, &dx.code);
        }
        let billed = rng.range(80, 900) * 100 + rng.range(0, 1) * 50;
        let paid = if rng.chance(0.8) {
            billed * rng.range(30, 70) / 100
        } else {
            0
        };
        billed_total += billed;
        paid_total += paid;
        doc.s(&format!(
            "    CPT {}    Billed ${}.{:02}    Paid ${}.{:02}\n",
            rng.pick(&["99213", "99214", "99215", "99204", "99396", "93000"]),
            billed / 100,
            billed % 100,
            paid / 100,
            paid % 100
        ));
        if rng.chance(0.2) {
            doc.line("  Remark: missing information; resubmit with referring provider.");
        }
    }
    doc.line("");
    doc.line(&"-".repeat(80));
    doc.line(&format!(
        "Claims: {n}    Billed: ${}.{:02}    Paid: ${}.{:02}",
        billed_total / 100,
        billed_total % 100,
        paid_total / 100,
        paid_total % 100
    ));
    doc
}

/// A patient billing statement: guarantor, account, itemised services.
pub fn statement(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let date = service_date(rng);
    let mut doc = Doc::new(format!(
        "billing/statements/{}/statement_{idx:05}.txt",
        date.y
    ));
    let form = Form::random(rng);
    let p = Person::random(rng, dicts);
    let clinic = facility(rng, rng.chance(0.4));
    letterhead(rng, &mut doc, &clinic);
    doc.line(&form.case("PATIENT STATEMENT"));
    doc.line("");
    form.plain_field(rng, &mut doc, "Statement Date", &date.fmt(DateFmt::Us));
    doc.s(&gap(rng));
    let acct = account(rng);
    form.field(
        rng,
        &mut doc,
        rng.pick(ACCOUNT_LABELS),
        Kind::Account,
        &acct,
    );
    doc.s("\n");
    // Adults are their own guarantor; children's statements go to a parent.
    let guarantor = if p.dob.age_on(date) < 18 || rng.chance(0.2) {
        let mut g = Person::random(rng, dicts);
        g.last = p.last;
        g
    } else {
        p.clone()
    };
    form.field(
        rng,
        &mut doc,
        "Guarantor",
        Kind::Name,
        &guarantor.name(NameShape::random_text(rng), rng.chance(0.5)),
    );
    doc.s("\n");
    contact::mailing_lines(&mut doc, &guarantor);
    if rng.chance(0.5) {
        contact::phone_field(
            rng,
            &mut doc,
            &form,
            rng.pick(contact::PHONE_LABELS),
            &guarantor.phone,
        );
        doc.s("\n");
    }
    doc.line("");
    name_field(rng, &mut doc, &form, &p, rng.chance(0.3));
    doc.s(&gap(rng));
    dob_field(rng, &mut doc, &form, &p);
    doc.s("\n\n");
    doc.line(&format!(
        "{:<12}{:<8}{:<10}{:<34}{:>10}",
        "DOS", "CPT", "DX", "DESCRIPTION", "AMOUNT"
    ));
    let mut total = 0;
    // Services in the 120 days before the statement, oldest first.
    let mut back: Vec<u32> = (0..rng.range(3, 14)).map(|_| rng.range(5, 120)).collect();
    back.sort_unstable_by(|a, b| b.cmp(a));
    for days in back {
        let dos = date.plus(-(days as i64));
        let dx = dicts.icd10(rng);
        let (cpt, desc) = *rng.pick_ref(&[
            ("99213", "Office visit, established"),
            ("99214", "Office visit, established, moderate"),
            ("36415", "Venipuncture"),
            ("80053", "Comprehensive metabolic panel"),
            ("85025", "Complete blood count"),
            ("93000", "Electrocardiogram"),
            ("90686", "Influenza vaccine"),
        ]);
        let amt = rng.range(15, 420) * 100 + rng.range(0, 99);
        total += amt;
        doc.s(&format!("{:<12}{:<8}", dos.fmt(DateFmt::Us), cpt));
        doc.plant(Kind::Icd10, &dx.code);
        doc.s(&" ".repeat(10usize.saturating_sub(dx.code.len()).max(1)));
        doc.line(&format!(
            "{desc:<34}{:>10}",
            format!("{}.{:02}", amt / 100, amt % 100)
        ));
    }
    let ins = total * rng.range(40, 85) / 100;
    doc.line("");
    doc.line(&format!(
        "{:<64}{:>10}",
        "Total charges",
        format!("{}.{:02}", total / 100, total % 100)
    ));
    let plan = payer(rng);
    doc.line(&format!(
        "{:<64}{:>10}",
        format!("Insurance payments ({plan})"),
        format!("-{}.{:02}", ins / 100, ins % 100)
    ));
    let due = total - ins;
    if rng.chance(0.5) {
        doc.s("  ");
        contact::insurance_line(rng, &mut doc, &form, &p, plan);
    }
    if rng.chance(0.45) {
        payment_on_file(rng, &mut doc, date);
    }
    doc.line(&format!(
        "{:<64}{:>10}",
        "AMOUNT DUE",
        format!("${}.{:02}", due / 100, due % 100)
    ));
    doc.line("");
    doc.line(&format!(
        "Questions about this bill? Call {} Monday-Friday 8-5.",
        phone(rng)
    ));
    doc.line("");
    doc.line(&"- ".repeat(39));
    doc.line("PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT");
    doc.line("");
    doc.line(&format!(
        "{:<40}{}",
        clinic.to_uppercase(),
        "AMOUNT ENCLOSED: $__________"
    ));
    doc.line(&format!(
        "{:<40}Due by: {}",
        "PO BOX 1420",
        date.plus(30).fmt(DateFmt::Us)
    ));
    doc.line(&format!(
        "Make checks payable to {clinic}. Card payments: see reverse."
    ));
    doc.line(&format!("Balance due: ${}.{:02}", due / 100, due % 100));
    doc
}

/// A payment recorded on a statement: a card (grouped as printed, or bare
/// digits after a card label) or an electronic check with its routing and
/// bank account numbers. All planted as `account`: labelled card and
/// routing numbers are reported on their own.
fn payment_on_file(rng: &Rng, doc: &mut Doc, date: Date) {
    let when = date.plus(-(rng.range(5, 60) as i64)).fmt(DateFmt::Us);
    if rng.chance(0.65) {
        let (brand, digits) = ids::card(rng);
        let shown = match rng.below(3) {
            0 => ids::fmt_card(&digits, " "),
            1 => ids::fmt_card(&digits, "-"),
            _ => digits.clone(),
        };
        let label = match rng.below(3) {
            0 => format!("Card on file: {} ", brand.name()),
            1 => format!("Payment {when}, credit card "),
            _ => "CC# ".to_string(),
        };
        doc.s(&label).plant(Kind::Account, &shown);
        doc.s(&format!(
            "  exp {:02}/{}\n",
            rng.range(1, 12),
            rng.range(26, 30)
        ));
    } else {
        doc.s(&format!("E-check payment {when}    Routing #: "));
        doc.plant(Kind::Account, &ids::aba(rng));
        doc.s("    Account #: ");
        let n = rng.range(8, 12) as usize;
        let bank = format!("{}{}", rng.range(1, 9), rng.digits(n - 1));
        doc.plant(Kind::Account, &bank).s("\n");
    }
}

/// Staff sending e-mail about patients: display names are real-looking
/// names, as in real mail (not patients, so not truth).
fn staff_address(rng: &Rng, dicts: &Dicts, domain: &str) -> String {
    match rng.below(3) {
        0 => {
            let role = rng.pick(&[
                "Billing Office",
                "Front Desk",
                "Health Information Management",
                "Referral Coordinator",
                "Nurse Line",
            ]);
            format!(
                "{role} <{}@{domain}>",
                role.split(' ').next().unwrap_or("office").to_lowercase()
            )
        }
        1 => {
            let (f, l) = (dicts.first(rng), dicts.last(rng));
            format!(
                "{} {} <{}{}@{domain}>",
                title(f),
                title(l),
                f[..1].to_lowercase(),
                l.to_lowercase()
            )
        }
        _ => {
            let l = dicts.last(rng);
            format!("<{}{}@{domain}>", l.to_lowercase(), rng.range(1, 99))
        }
    }
}

/// E-mail between staff about patients: a single RFC 822 message (.eml)
/// or a mailbox export (mbox) holding several.
pub fn email(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = service_date(rng);
    // Staff mail uses the reserved example domains: in a message about a
    // patient the scanner reports every real-looking address, and staff
    // addresses are not the patient's identifiers.
    let domain = rng.pick(ids::SAMPLE_DOMAINS).to_string();
    if rng.chance(0.55) {
        let box_name = rng.pick(&["billing", "referrals", "him", "frontdesk", "nursing"]);
        let mut doc = Doc::new(format!("mail/mbox/{box_name}_{}_{idx:05}.mbox", d.y));
        let mut when = d;
        for n in 1..=rng.range(3, 10) {
            // phiscan reports a value in a mailbox's N-th message (1-based)
            // with `inner: ["message N"]`.
            doc.member(format!("message {n}"));
            let (h, m, s) = (rng.range(7, 18), rng.range(0, 59), rng.range(0, 59));
            doc.line(&format!(
                "From {box_name}@{domain} {} {} {:2} {h:02}:{m:02}:{s:02} {}",
                when.weekday(),
                when.mon(),
                when.d,
                when.y
            ));
            message(rng, dicts, &mut doc, when, &domain);
            doc.line("");
            when = when.plus(rng.range(0, 6) as i64);
        }
        doc
    } else {
        let mut doc = Doc::new(format!("mail/inbox/{}/msg_{idx:05}.eml", d.y));
        message(rng, dicts, &mut doc, d, &domain);
        doc
    }
}

/// One RFC 822 message between staff about a patient.
fn message(rng: &Rng, dicts: &Dicts, doc: &mut Doc, d: Date, domain: &str) {
    let from = staff_address(rng, dicts, domain);
    let to = staff_address(rng, dicts, domain);
    let (h, m, s) = (rng.range(7, 18), rng.range(0, 59), rng.range(0, 59));
    let msgid = format!(
        "{}{:02}{:02}{h:02}{m:02}{s:02}.{}@{domain}",
        d.y,
        d.m,
        d.d,
        rng.digits(5)
    );
    let p = Person::random(rng, dicts);
    let form = Form::random(rng);
    let subject = rng.pick(&[
        "Records request",
        "Re: lab results",
        "Fwd: referral paperwork",
        "Insurance update needed",
        "Chart correction",
        "Re: prior authorization",
        "Follow-up call",
    ]);
    doc.line(&format!(
        "Return-Path: <{}>",
        from.rsplit('<').next().unwrap_or("").trim_end_matches('>')
    ));
    // No relay IP: the mail server's address is not the patient's, and in
    // a patient document the scanner reports IP addresses.
    doc.line(&format!(
        "Received: from mail.{domain} (mail.{domain})\n\tby mx.{domain} with ESMTPS id {}\n\tfor <inbox@{domain}>; {}, {} {} {} {h:02}:{m:02}:{s:02} -0500",
        rng.hex(12),
        d.weekday(),
        d.d,
        d.mon(),
        d.y
    ));
    doc.line(&format!("Message-ID: <{msgid}>"));
    doc.line(&format!(
        "Date: {}, {} {} {} {h:02}:{m:02}:{s:02} -0500",
        d.weekday(),
        d.d,
        d.mon(),
        d.y
    ));
    doc.line(&format!("From: {from}"));
    doc.line(&format!("To: {to}"));
    doc.line(&format!("Subject: {subject}"));
    doc.line("MIME-Version: 1.0");
    doc.line("Content-Type: text/plain; charset=\"us-ascii\"");
    doc.line("Content-Transfer-Encoding: 7bit");
    doc.line("");
    doc.line(rng.pick(&["Hi,", "Hello team,", "Good morning,", "Hi all,"]));
    doc.line("");
    doc.prose(
        rng,
        rng.pick(&[
            "Can you please update the chart for the patient below? The insurance card on file has expired and the new one was scanned at check-in.",
            "Forwarding the information for the referral we discussed this morning. Please confirm once it has been faxed.",
            "The patient below called asking for a copy of her records. Details are below; please verify identity before release.",
            "Lab called with results for the patient below. The provider has reviewed them and wants a follow-up visit in two weeks.",
        ]),
        72,
    );
    doc.line("");
    name_field(rng, doc, &form, &p, rng.chance(0.4));
    doc.s("\n");
    dob_field(rng, doc, &form, &p);
    doc.s("\n");
    mrn_field(rng, doc, &form, &p);
    doc.s("\n");
    if rng.chance(0.35) {
        ssn_field(rng, doc, &form, &p);
        doc.s("\n");
    }
    if rng.chance(0.5) {
        contact::contact_lines(rng, doc, &form, &p);
    }
    if rng.chance(0.25) {
        contact::address_field(rng, doc, &form, &p);
        doc.s("\n");
    }
    if rng.chance(0.05) {
        // A URL is an identifier only after its label, colon included.
        let url = ids::personal_url(rng, p.first, p.last);
        doc.s(rng.pick(&["Personal website: ", "Website: ", "Blog: "]));
        doc.plant(Kind::Url, &url).s("\n");
    }
    let dxs = dicts.icd10_list(rng, rng.range(1, 3) as usize);
    doc.s(&form.case(rng.pick(&["Dx", "Diagnosis", "Dx codes"])));
    doc.s(": ");
    for (i, dx) in dxs.iter().enumerate() {
        if i > 0 {
            doc.s(", ");
        }
        doc.plant(Kind::Icd10, &dx.code);
        if let Some(t) = dx.title {
            doc.s(&format!(" ({})", t.to_lowercase()));
        }
    }
    doc.s("\n\n");
    doc.line(rng.pick(&["Thanks,", "Thank you!", "Best,", "Regards,"]));
    doc.line(rng.pick(&["HIM", "Front desk", "Billing", "Nursing"]));
    doc.line(&format!("{} | {}", facility(rng, false), phone(rng)));
    doc.line("");
    if rng.chance(0.5) {
        // A quoted earlier message in the thread.
        let earlier = d.plus(-(rng.range(0, 3) as i64));
        doc.line(&format!(
            "On {}, {} {} {}, {} wrote:",
            earlier.weekday(),
            earlier.mon(),
            earlier.d,
            earlier.y,
            staff_address(rng, dicts, domain)
        ));
        for l in rng.sample(
            &[
                "> Can you send the details for this one when you have a minute?",
                "> The insurance on file was rejected again this morning.",
                "> We need the updated demographics before we can release anything.",
                "> Provider asked us to get the paperwork out today if possible.",
                "> Let me know if the fax went through; the line was busy earlier.",
            ],
            rng.range(2, 4) as usize,
        ) {
            doc.line(l);
        }
        doc.line(">");
        doc.line("> Thanks");
        doc.line("");
    }
    doc.line(
        "CONFIDENTIALITY NOTICE: This message may contain protected health information. If you",
    );
    doc.line("received it in error, notify the sender and delete it.");
}
