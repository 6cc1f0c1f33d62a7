//! The word lists the generator draws from: the same census name lists and
//! official code tables the detectors use, so every planted name and code is
//! one the scanner can know, plus short hand-written lists of common
//! diagnoses with their titles so notes read like notes.

use std::collections::{BTreeMap, BTreeSet};

use phiscan_gen::rng::Rng;

/// The detector dictionaries, compiled in so the generator needs no paths at
/// run time and a given binary always produces the same corpus.
const FIRST_NAMES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/first-names.txt"
));
const SURNAMES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/surnames.txt"
));
const STOP_WORDS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/name-stopwords.txt"
));
const ICD10: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/icd10cm-codes.txt"
));
const ICD9: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/icd9cm-codes.txt"
));
/// ZIP codes and their states (`ZIP ST` lines): the scanner validates a
/// ZIP against this list and the state before it, so every planted ZIP is
/// drawn from it.
const US_ZIP: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../detectors/dict/us-zip.txt"
));

/// Common ICD-10-CM codes (dotted) with short titles, for notes that name
/// their diagnoses. Every code is checked against the table at load time.
const COMMON_ICD10: &[(&str, &str)] = &[
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    (
        "E11.22",
        "Type 2 diabetes mellitus with diabetic chronic kidney disease",
    ),
    (
        "E11.40",
        "Type 2 diabetes mellitus with diabetic neuropathy",
    ),
    ("I10", "Essential (primary) hypertension"),
    ("I11.0", "Hypertensive heart disease with heart failure"),
    ("E78.5", "Hyperlipidemia, unspecified"),
    ("E78.2", "Mixed hyperlipidemia"),
    ("J45.909", "Unspecified asthma, uncomplicated"),
    (
        "J44.9",
        "Chronic obstructive pulmonary disease, unspecified",
    ),
    (
        "J44.1",
        "Chronic obstructive pulmonary disease with (acute) exacerbation",
    ),
    ("I50.9", "Heart failure, unspecified"),
    ("I48.91", "Unspecified atrial fibrillation"),
    (
        "I25.10",
        "Atherosclerotic heart disease of native coronary artery without angina pectoris",
    ),
    ("Z79.4", "Long term (current) use of insulin"),
    ("Z79.01", "Long term (current) use of anticoagulants"),
    (
        "Z79.84",
        "Long term (current) use of oral hypoglycemic drugs",
    ),
    ("F32.A", "Depression, unspecified"),
    (
        "F32.9",
        "Major depressive disorder, single episode, unspecified",
    ),
    ("F33.1", "Major depressive disorder, recurrent, moderate"),
    ("F41.1", "Generalized anxiety disorder"),
    ("F41.9", "Anxiety disorder, unspecified"),
    ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
    ("N18.31", "Chronic kidney disease, stage 3a"),
    ("N18.4", "Chronic kidney disease, stage 4 (severe)"),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("M54.50", "Low back pain, unspecified"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    ("M25.561", "Pain in right knee"),
    ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
    ("E66.9", "Obesity, unspecified"),
    ("E66.01", "Morbid (severe) obesity due to excess calories"),
    ("Z68.35", "Body mass index [BMI] 35.0-35.9, adult"),
    (
        "K21.9",
        "Gastro-esophageal reflux disease without esophagitis",
    ),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("D64.9", "Anemia, unspecified"),
    ("R07.9", "Chest pain, unspecified"),
    ("R10.9", "Unspecified abdominal pain"),
    ("R51.9", "Headache, unspecified"),
    ("R53.83", "Other fatigue"),
    ("J06.9", "Acute upper respiratory infection, unspecified"),
    ("J18.9", "Pneumonia, unspecified organism"),
    ("J02.9", "Acute pharyngitis, unspecified"),
    ("U07.1", "COVID-19"),
    ("I63.9", "Cerebral infarction, unspecified"),
    (
        "G43.909",
        "Migraine, unspecified, not intractable, without status migrainosus",
    ),
    (
        "G40.909",
        "Epilepsy, unspecified, not intractable, without status epilepticus",
    ),
    ("F17.210", "Nicotine dependence, cigarettes, uncomplicated"),
    ("F10.20", "Alcohol dependence, uncomplicated"),
    ("F11.20", "Opioid dependence, uncomplicated"),
    (
        "Z00.00",
        "Encounter for general adult medical examination without abnormal findings",
    ),
    ("Z23", "Encounter for immunization"),
    ("Z87.891", "Personal history of nicotine dependence"),
    (
        "M81.0",
        "Age-related osteoporosis without current pathological fracture",
    ),
    ("M10.9", "Gout, unspecified"),
    (
        "K57.30",
        "Diverticulosis of large intestine without perforation or abscess without bleeding",
    ),
    ("K58.9", "Irritable bowel syndrome without diarrhea"),
    ("L40.0", "Psoriasis vulgaris"),
    ("B20", "Human immunodeficiency virus [HIV] disease"),
    (
        "C50.911",
        "Malignant neoplasm of unspecified site of right female breast",
    ),
    (
        "C34.90",
        "Malignant neoplasm of unspecified part of unspecified bronchus or lung",
    ),
    ("C61", "Malignant neoplasm of prostate"),
    ("Z51.11", "Encounter for antineoplastic chemotherapy"),
    (
        "O24.419",
        "Gestational diabetes mellitus in pregnancy, unspecified control",
    ),
    (
        "S72.001A",
        "Fracture of unspecified part of neck of right femur, initial encounter",
    ),
    ("W19.XXXA", "Unspecified fall, initial encounter"),
    ("R73.03", "Prediabetes"),
    ("E55.9", "Vitamin D deficiency, unspecified"),
    ("J30.1", "Allergic rhinitis due to pollen"),
    (
        "N40.1",
        "Benign prostatic hyperplasia with lower urinary tract symptoms",
    ),
    ("R06.02", "Shortness of breath"),
    ("R42", "Dizziness and giddiness"),
    (
        "Z12.31",
        "Encounter for screening mammogram for malignant neoplasm of breast",
    ),
    (
        "F90.9",
        "Attention-deficit hyperactivity disorder, unspecified type",
    ),
    ("G30.9", "Alzheimer's disease, unspecified"),
    ("I73.9", "Peripheral vascular disease, unspecified"),
    ("K59.00", "Constipation, unspecified"),
    ("G89.29", "Other chronic pain"),
];

/// Common ICD-9-CM codes (dotted) with titles, for older records and
/// letters that still carry them.
const COMMON_ICD9: &[(&str, &str)] = &[
    (
        "250.00",
        "Diabetes mellitus without mention of complication, type II",
    ),
    ("401.9", "Unspecified essential hypertension"),
    ("272.4", "Other and unspecified hyperlipidemia"),
    ("530.81", "Esophageal reflux"),
    ("493.90", "Asthma, unspecified"),
    ("428.0", "Congestive heart failure, unspecified"),
    ("427.31", "Atrial fibrillation"),
    (
        "414.01",
        "Coronary atherosclerosis of native coronary artery",
    ),
    ("300.00", "Anxiety state, unspecified"),
    (
        "715.90",
        "Osteoarthrosis, unspecified whether generalized or localized",
    ),
    ("724.2", "Lumbago"),
    ("786.50", "Chest pain, unspecified"),
    ("780.79", "Other malaise and fatigue"),
    ("599.0", "Urinary tract infection, site not specified"),
    ("278.00", "Obesity, unspecified"),
    ("244.9", "Unspecified acquired hypothyroidism"),
    ("585.3", "Chronic kidney disease, Stage III (moderate)"),
    (
        "465.9",
        "Acute upper respiratory infections of unspecified site",
    ),
    ("346.90", "Migraine, unspecified"),
    ("719.46", "Pain in joint, lower leg"),
    ("789.00", "Abdominal pain, unspecified site"),
    ("V58.61", "Long-term (current) use of anticoagulants"),
    (
        "V70.0",
        "Routine general medical examination at a health care facility",
    ),
    (
        "V04.81",
        "Need for prophylactic vaccination against influenza",
    ),
    ("305.1", "Tobacco use disorder"),
    ("327.23", "Obstructive sleep apnea (adult)(pediatric)"),
    (
        "296.30",
        "Major depressive affective disorder, recurrent episode, unspecified",
    ),
    ("285.9", "Anemia, unspecified"),
    ("733.00", "Osteoporosis, unspecified"),
    ("274.9", "Gout, unspecified"),
];

/// A diagnosis: the code as written (dotted) and its title when known.
#[derive(Clone)]
pub struct Dx {
    pub code: String,
    pub title: Option<&'static str>,
}

/// Everything the generator draws names and codes from.
pub struct Dicts {
    /// The census lists as they are; draws skip unusable entries by
    /// redrawing, so that an edit to the stop-word list only changes the
    /// documents that drew an affected name (each document has its own
    /// random stream), not the whole corpus.
    first: Vec<&'static str>,
    last: Vec<&'static str>,
    stop: BTreeSet<&'static str>,
    icd10_leaf: Vec<&'static str>,
    icd9_leaf: Vec<&'static str>,
    common10: Vec<(&'static str, &'static str)>,
    common9: Vec<(&'static str, &'static str)>,
    /// Each state's ZIPs, sorted.
    by_state: BTreeMap<&'static str, Vec<&'static str>>,
}

/// Data lines of a dictionary file (the first line is its source header).
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Codes with no longer code under them: billable codes, the ones a chart
/// or a claim actually carries. The tables are sorted, so a code is a leaf
/// when the next entry does not extend it.
fn leaves(table: &[&'static str]) -> Vec<&'static str> {
    table
        .iter()
        .enumerate()
        .filter(|(i, c)| table.get(i + 1).is_none_or(|n| !n.starts_with(**c)))
        .map(|(_, c)| *c)
        .collect()
}

impl Dicts {
    /// Parses the compiled-in lists. Name tokens that are also common words
    /// (the detectors' stop-word list) are left out: the issue asks for
    /// names the scanner should be able to tell from prose.
    pub fn load() -> Dicts {
        let stop: BTreeSet<&str> = entries(STOP_WORDS).collect();
        let first: Vec<&str> = entries(FIRST_NAMES).collect();
        let last: Vec<&str> = entries(SURNAMES).collect();
        let t10: Vec<&str> = entries(ICD10).collect();
        let t9: Vec<&str> = entries(ICD9).collect();
        let set10: BTreeSet<&str> = t10.iter().copied().collect();
        let set9: BTreeSet<&str> = t9.iter().copied().collect();
        let undot = |c: &str| c.replace('.', "");
        let common10 = COMMON_ICD10
            .iter()
            .copied()
            .filter(|(c, _)| set10.contains(undot(c).as_str()))
            .collect();
        let common9 = COMMON_ICD9
            .iter()
            .copied()
            .filter(|(c, _)| set9.contains(undot(c).as_str()))
            .collect();
        // ICD-9 codes are planted dotted only ("401.9", "V58.61", "E849.0"):
        // a bare three-digit code is indistinguishable from any number.
        let icd9_leaf = leaves(&t9)
            .into_iter()
            .filter(|c| {
                if c.starts_with('E') {
                    c.len() > 4
                } else {
                    c.len() > 3
                }
            })
            .collect();
        let zips: Vec<(&str, &str)> = entries(US_ZIP)
            .filter_map(|l| l.split_once(' '))
            .filter(|(z, st)| z.len() == 5 && st.len() == 2)
            .collect();
        let mut by_state: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (z, st) in &zips {
            by_state.entry(st).or_default().push(z);
        }
        Dicts {
            by_state,
            first,
            last,
            stop,
            icd10_leaf: leaves(&t10),
            icd9_leaf,
            common10,
            common9,
        }
    }

    /// Whether a census entry can be planted as a name: letters only, two
    /// or more, and not a common word.
    fn usable(&self, w: &str) -> bool {
        w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) && !self.stop.contains(w)
    }

    /// A census first name, upper case as in the list.
    pub fn first(&self, rng: &Rng) -> &'static str {
        loop {
            let w = self.first[rng.below(self.first.len())];
            if self.usable(w) {
                return w;
            }
        }
    }

    /// A census surname, upper case, weighted toward common ones (the list
    /// is in rank order and its tail is very rare names).
    pub fn last(&self, rng: &Rng) -> &'static str {
        let n = self.last.len();
        loop {
            let limit = match rng.weighted(&[60, 30, 10]) {
                0 => 2000.min(n),
                1 => 20000.min(n),
                _ => n,
            };
            let w = self.last[rng.below(limit)];
            if self.usable(w) {
                return w;
            }
        }
    }

    /// An ICD-10-CM diagnosis: mostly common ones with titles, sometimes
    /// any billable code in the table.
    pub fn icd10(&self, rng: &Rng) -> Dx {
        if rng.chance(0.75) {
            let (code, title) = *rng.pick_ref(&self.common10);
            Dx {
                code: code.to_string(),
                title: Some(title),
            }
        } else {
            let raw = self.icd10_leaf[rng.below(self.icd10_leaf.len())];
            Dx {
                code: dot_icd10(raw),
                title: None,
            }
        }
    }

    /// An ICD-9-CM diagnosis, dotted.
    pub fn icd9(&self, rng: &Rng) -> Dx {
        if rng.chance(0.7) {
            let (code, title) = *rng.pick_ref(&self.common9);
            Dx {
                code: code.to_string(),
                title: Some(title),
            }
        } else {
            let raw = self.icd9_leaf[rng.below(self.icd9_leaf.len())];
            Dx {
                code: dot_icd9(raw),
                title: None,
            }
        }
    }

    /// A ZIP code that exists in `state`, preferring those that start with
    /// `prefix` (the city's own three digits); any of the state's when none
    /// does.
    pub fn zip(&self, rng: &Rng, state: &str, prefix: &str) -> String {
        let all = &self.by_state[state];
        let lo = all.partition_point(|z| *z < prefix);
        let hi = lo + all[lo..].partition_point(|z| z.starts_with(prefix));
        let pool = if hi > lo { &all[lo..hi] } else { &all[..] };
        pool[rng.below(pool.len())].to_string()
    }

    /// The state a ZIP code belongs to, if it exists (for tests).
    #[cfg(test)]
    pub fn zip_state(&self, zip: &str) -> Option<&'static str> {
        let five = zip.get(..5)?;
        self.by_state
            .iter()
            .find(|(_, zips)| zips.binary_search(&five).is_ok())
            .map(|(st, _)| *st)
    }

    /// Whether a dotted ICD-10-CM code is a billable code of the table
    /// (for tests of hand-written code lists).
    #[cfg(test)]
    pub fn is_icd10(&self, code: &str) -> bool {
        self.icd10_leaf
            .binary_search(&code.replace('.', "").as_str())
            .is_ok()
    }

    /// Several distinct ICD-10 diagnoses.
    pub fn icd10_list(&self, rng: &Rng, n: usize) -> Vec<Dx> {
        let mut out: Vec<Dx> = Vec::new();
        while out.len() < n {
            let dx = self.icd10(rng);
            if !out.iter().any(|d| d.code == dx.code) {
                out.push(dx);
            }
        }
        out
    }
}

/// `E119` becomes `E11.9`; three-character categories stay as they are.
pub fn dot_icd10(raw: &str) -> String {
    if raw.len() > 3 {
        format!("{}.{}", &raw[..3], &raw[3..])
    } else {
        raw.to_string()
    }
}

/// `4019` becomes `401.9`, `V5861` `V58.61`, `E8490` `E849.0`.
pub fn dot_icd9(raw: &str) -> String {
    let split = if raw.starts_with('E') { 4 } else { 3 };
    format!("{}.{}", &raw[..split], &raw[split..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curated_codes_are_in_the_tables() {
        let d = Dicts::load();
        assert_eq!(
            d.common10.len(),
            COMMON_ICD10.len(),
            "an ICD-10 code left the table"
        );
        assert_eq!(
            d.common9.len(),
            COMMON_ICD9.len(),
            "an ICD-9 code left the table"
        );
    }

    #[test]
    fn zips_exist_in_their_state() {
        let d = Dicts::load();
        assert!(d.by_state["OH"].windows(2).all(|w| w[0] < w[1]), "sorted");
        let r = Rng::new(4);
        for _ in 0..2000 {
            let z = d.zip(&r, "OH", "432");
            assert!(z.starts_with("432"));
            assert_eq!(d.zip_state(&z), Some("OH"));
            let z = d.zip(&r, "TN", "999");
            assert_eq!(d.zip_state(&z), Some("TN"));
        }
    }

    #[test]
    fn dotting() {
        assert_eq!(dot_icd10("E119"), "E11.9");
        assert_eq!(dot_icd10("I10"), "I10");
        assert_eq!(dot_icd9("4019"), "401.9");
        assert_eq!(dot_icd9("V5861"), "V58.61");
        assert_eq!(dot_icd9("E8490"), "E849.0");
    }

    #[test]
    fn names_skip_stop_words() {
        let d = Dicts::load();
        let r = Rng::new(9);
        for _ in 0..50_000 {
            let (f, l) = (d.first(&r), d.last(&r));
            assert!(d.usable(f) && d.usable(l), "{f} {l}");
            assert!(f != "MAY" && l != "BROWN");
        }
    }
}
