//! DICOM Part 10 files (issue 5), written by a small explicit-VR
//! little-endian writer: a 128-byte zero preamble, `DICM`, the group 0002
//! file meta information with its group length, then the data set in
//! ascending tag order, ending with a few KB of 12-bit pixel noise.
//!
//! The patient module carries the planted values: PatientName
//! (`FAMILY^GIVEN^MIDDLE`, listed exactly so), PatientID (record number),
//! PatientBirthDate (`YYYYMMDD`), PatientAge when over 89 (`093Y`), and in
//! some files PatientAddress (listed whole, ZIP included: one value) and
//! PatientTelephoneNumbers. The referring physician is a clinician written
//! with an initial (not a patient, not planted), and DeviceSerialNumber is
//! left out: it is the scanner's, not the patient's, yet a DICOM reader
//! names it a device id.
//!
//! phiscan reads the header into one text part named [`HEADER_PART`], so a
//! plain file's values sit under `inner: ["dicom header"]` and a zipped
//! one's under `["member", "dicom header"]`.

use super::containers::{Bin, Built, Planted};
use super::dicts::Dicts;
use super::ids::PhoneFmt;
use super::values::{facility, title, Date, DateFmt, Person};
use super::Kind;
use phiscan_gen::rng::Rng;

/// The name phiscan gives the rendered header of a DICOM file (the last
/// element of a DICOM value's member chain).
pub const HEADER_PART: &str = "dicom header";

/// Transfer syntax of every file: explicit VR little endian.
const EXPLICIT_LE: &str = "1.2.840.10008.1.2.1";

/// (modality, SOP class UID, study description, body part).
const STUDIES: &[(&str, &str, &str, &str)] = &[
    (
        "CT",
        "1.2.840.10008.5.1.4.1.1.2",
        "CT CHEST W CONTRAST",
        "CHEST",
    ),
    (
        "CT",
        "1.2.840.10008.5.1.4.1.1.2",
        "CT HEAD WO CONTRAST",
        "HEAD",
    ),
    (
        "MR",
        "1.2.840.10008.5.1.4.1.1.4",
        "MRI KNEE RIGHT WO",
        "KNEE",
    ),
    (
        "MR",
        "1.2.840.10008.5.1.4.1.1.4",
        "MRI LUMBAR SPINE WO",
        "LSPINE",
    ),
    (
        "CR",
        "1.2.840.10008.5.1.4.1.1.1",
        "XR CHEST 2 VIEWS",
        "CHEST",
    ),
    (
        "DX",
        "1.2.840.10008.5.1.4.1.1.1.1",
        "XR HIP LEFT 2 VIEWS",
        "HIP",
    ),
    (
        "US",
        "1.2.840.10008.5.1.4.1.1.6.1",
        "US ABDOMEN COMPLETE",
        "ABDOMEN",
    ),
    (
        "MG",
        "1.2.840.10008.5.1.4.1.1.1.2",
        "MAMMO SCREENING BILAT",
        "BREAST",
    ),
];

/// VRs written with a 2-byte reserved field and a 4-byte length.
fn long_form(vr: &str) -> bool {
    matches!(vr, "OB" | "OW" | "OF" | "SQ" | "UT" | "UN")
}

/// An explicit-VR little-endian data element; the value is padded to an
/// even length (UI with NUL, binary VRs with zero, text with a space).
fn element(out: &mut Vec<u8>, group: u16, elem: u16, vr: &str, value: &[u8]) {
    let mut v = value.to_vec();
    if v.len() % 2 == 1 {
        v.push(match vr {
            "UI" | "OB" | "OW" | "UN" => 0,
            _ => b' ',
        });
    }
    out.extend_from_slice(&group.to_le_bytes());
    out.extend_from_slice(&elem.to_le_bytes());
    out.extend_from_slice(vr.as_bytes());
    if long_form(vr) {
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    } else {
        out.extend_from_slice(&(v.len() as u16).to_le_bytes());
    }
    out.extend_from_slice(&v);
}

/// A `2.25.` UID (a UUID written as a decimal integer, ISO/IEC 9834-8).
fn uid(rng: &Rng) -> String {
    format!("2.25.{}{}", rng.range(1, 9), rng.digits(37))
}

/// One study as the PACS knows it: its UIDs and descriptors.
pub struct Study {
    modality: &'static str,
    sop_class: &'static str,
    description: &'static str,
    body_part: &'static str,
    study_uid: String,
    series_uid: String,
    accession: String,
    date: Date,
    time: String,
    institution: String,
    referring: String,
}

impl Study {
    /// A study on a date in the last few years.
    pub fn random(rng: &Rng, dicts: &Dicts) -> Study {
        let (modality, sop_class, description, body_part) = *rng.pick_ref(STUDIES);
        Study {
            modality,
            sop_class,
            description,
            body_part,
            study_uid: uid(rng),
            series_uid: uid(rng),
            accession: format!("RAD{}", rng.digits(8)),
            date: Date::random(rng, 2016, 2024),
            time: format!(
                "{:02}{:02}{:02}",
                rng.range(7, 19),
                rng.range(0, 59),
                rng.range(0, 59)
            ),
            institution: facility(rng, true),
            // An initial for a given name: a clinician, not a patient
            // name the truth would have to list.
            referring: format!(
                "{}^{}",
                dicts.last(rng),
                char::from(b'A' + rng.below(26) as u8)
            ),
        }
    }
}

/// What the patient module of a file holds for `p`, chosen once per
/// patient so that every image of a study repeats the same header.
pub struct PatientModule {
    name: String,
    with_address: bool,
    phone: Option<String>,
}

impl PatientModule {
    /// About a third of the files carry the address, a third the phone.
    pub fn random(rng: &Rng, p: &Person) -> PatientModule {
        let middle = if p.middle.len() > 1 || rng.chance(0.5) {
            p.middle.clone()
        } else {
            String::new()
        };
        let name = if middle.is_empty() {
            format!("{}^{}", p.last, p.first)
        } else {
            format!("{}^{}^{middle}", p.last, p.first)
        };
        PatientModule {
            name,
            with_address: rng.chance(0.35),
            phone: rng.chance(0.35).then(|| {
                let f = [PhoneFmt::Paren, PhoneFmt::Dash, PhoneFmt::Bare][rng.below(3)];
                p.phone_as(f)
            }),
        }
    }
}

/// The address as one LO value (at most 64 characters), if it fits.
fn address_value(p: &Person) -> Option<String> {
    let v = format!("{}, {}, {} {}", p.street, p.city, p.state, p.zip);
    (v.len() <= 64).then_some(v)
}

/// One DICOM file of `p` in `study` (image number `n`): its bytes, the
/// planted values under [`HEADER_PART`], and the header text the reader
/// should render (for the generator's own check).
pub fn file(rng: &Rng, p: &Person, pm: &PatientModule, study: &Study, n: u32) -> Built {
    let mut truth = Vec::new();
    let mut text = String::new();
    let sop_instance = uid(rng);

    let mut meta = Vec::new();
    element(&mut meta, 0x0002, 0x0001, "OB", &[0x00, 0x01]);
    element(&mut meta, 0x0002, 0x0002, "UI", study.sop_class.as_bytes());
    element(&mut meta, 0x0002, 0x0003, "UI", sop_instance.as_bytes());
    element(&mut meta, 0x0002, 0x0010, "UI", EXPLICIT_LE.as_bytes());
    element(
        &mut meta,
        0x0002,
        0x0012,
        "UI",
        b"2.25.81234007196541230987654321",
    );
    element(&mut meta, 0x0002, 0x0013, "SH", b"CORPUSGEN_1");
    let mut out = vec![0u8; 128];
    out.extend_from_slice(b"DICM");
    element(
        &mut out,
        0x0002,
        0x0000,
        "UL",
        &(meta.len() as u32).to_le_bytes(),
    );
    out.extend_from_slice(&meta);

    // Text elements, in ascending tag order, with their keywords for the
    // rendered text.
    let age = p.age(study.date);
    let age_str = format!("{age:03}Y");
    let dob = p.dob.fmt(DateFmt::Compact);
    let mut text_el = |out: &mut Vec<u8>, g: u16, e: u16, vr: &str, kw: &str, v: &str| {
        element(out, g, e, vr, v.as_bytes());
        text.push_str(&format!("({g:04X},{e:04X}) {kw}: {v}\n"));
    };
    text_el(
        &mut out,
        0x0008,
        0x0005,
        "CS",
        "SpecificCharacterSet",
        "ISO_IR 100",
    );
    text_el(
        &mut out,
        0x0008,
        0x0008,
        "CS",
        "ImageType",
        "ORIGINAL\\PRIMARY",
    );
    text_el(
        &mut out,
        0x0008,
        0x0016,
        "UI",
        "SOPClassUID",
        study.sop_class,
    );
    text_el(
        &mut out,
        0x0008,
        0x0018,
        "UI",
        "SOPInstanceUID",
        &sop_instance,
    );
    text_el(
        &mut out,
        0x0008,
        0x0020,
        "DA",
        "StudyDate",
        &study.date.fmt(DateFmt::Compact),
    );
    text_el(&mut out, 0x0008, 0x0030, "TM", "StudyTime", &study.time);
    text_el(
        &mut out,
        0x0008,
        0x0050,
        "SH",
        "AccessionNumber",
        &study.accession,
    );
    text_el(&mut out, 0x0008, 0x0060, "CS", "Modality", study.modality);
    text_el(
        &mut out,
        0x0008,
        0x0070,
        "LO",
        "Manufacturer",
        "GE MEDICAL SYSTEMS",
    );
    text_el(
        &mut out,
        0x0008,
        0x0080,
        "LO",
        "InstitutionName",
        &study.institution,
    );
    text_el(
        &mut out,
        0x0008,
        0x0090,
        "PN",
        "ReferringPhysicianName",
        &study.referring,
    );
    text_el(
        &mut out,
        0x0008,
        0x1030,
        "LO",
        "StudyDescription",
        study.description,
    );
    text_el(&mut out, 0x0010, 0x0010, "PN", "PatientName", &pm.name);
    truth.push((Kind::Name, pm.name.clone()));
    text_el(&mut out, 0x0010, 0x0020, "LO", "PatientID", &p.mrn);
    truth.push((Kind::Mrn, p.mrn.clone()));
    text_el(&mut out, 0x0010, 0x0030, "DA", "PatientBirthDate", &dob);
    truth.push((Kind::Dob, dob.clone()));
    text_el(
        &mut out,
        0x0010,
        0x0040,
        "CS",
        "PatientSex",
        &p.sex.to_string(),
    );
    text_el(&mut out, 0x0010, 0x1010, "AS", "PatientAge", &age_str);
    if age > 89 {
        truth.push((Kind::Age, age_str.clone()));
    }
    if pm.with_address {
        if let Some(a) = address_value(p) {
            text_el(&mut out, 0x0010, 0x1040, "LO", "PatientAddress", &a);
            // The whole value is the address; the ZIP inside it is part
            // of that one finding, not reported apart.
            truth.push((Kind::Address, a.clone()));
        }
    }
    if let Some(ph) = &pm.phone {
        text_el(
            &mut out,
            0x0010,
            0x2154,
            "SH",
            "PatientTelephoneNumbers",
            ph,
        );
        truth.push((Kind::Phone, ph.clone()));
    }
    text_el(
        &mut out,
        0x0018,
        0x0015,
        "CS",
        "BodyPartExamined",
        study.body_part,
    );
    text_el(
        &mut out,
        0x0020,
        0x000D,
        "UI",
        "StudyInstanceUID",
        &study.study_uid,
    );
    text_el(
        &mut out,
        0x0020,
        0x000E,
        "UI",
        "SeriesInstanceUID",
        &study.series_uid,
    );
    text_el(&mut out, 0x0020, 0x0011, "IS", "SeriesNumber", "1");
    text_el(
        &mut out,
        0x0020,
        0x0013,
        "IS",
        "InstanceNumber",
        &n.to_string(),
    );
    let (rows, cols) = (rng.range(32, 48) as u16, rng.range(32, 48) as u16);
    element(&mut out, 0x0028, 0x0002, "US", &1u16.to_le_bytes());
    element(&mut out, 0x0028, 0x0004, "CS", b"MONOCHROME2");
    element(&mut out, 0x0028, 0x0010, "US", &rows.to_le_bytes());
    element(&mut out, 0x0028, 0x0011, "US", &cols.to_le_bytes());
    element(&mut out, 0x0028, 0x0100, "US", &16u16.to_le_bytes());
    element(&mut out, 0x0028, 0x0101, "US", &12u16.to_le_bytes());
    element(&mut out, 0x0028, 0x0102, "US", &11u16.to_le_bytes());
    element(&mut out, 0x0028, 0x0103, "US", &0u16.to_le_bytes());
    // 12-bit noise: high bytes stay below 0x10, so the pixels never spell
    // out text.
    let mut pixels = Vec::with_capacity(rows as usize * cols as usize * 2);
    for _ in 0..(rows as usize * cols as usize) {
        let v = rng.below(4096) as u16;
        pixels.extend_from_slice(&v.to_le_bytes());
    }
    element(&mut out, 0x7FE0, 0x0010, "OW", &pixels);
    let chain = vec![HEADER_PART.to_string()];
    Built {
        bytes: out,
        truth: truth
            .into_iter()
            .map(|(kind, value)| Planted {
                inner: chain.clone(),
                kind,
                value,
            })
            .collect(),
        texts: vec![(chain, text)],
    }
}

/// A DICOM file exported from a PACS. Variants: 1 `….dcm`, 2 no extension
/// (`IM000123`, as many PACS exports name them); 0 draws one.
pub fn dicom_file(rng: &Rng, dicts: &Dicts, idx: usize, variant: u8) -> Bin {
    let variant = match variant {
        0 => [1, 1, 2][rng.below(3)],
        v => v,
    };
    let p = Person::random(rng, dicts);
    let study = Study::random(rng, dicts);
    let pm = PatientModule::random(rng, &p);
    let n = rng.range(1, 40);
    let built = file(rng, &p, &pm, &study, n);
    let rel = if variant == 2 {
        format!(
            "imaging/pacs_export/{}/{}/IM{idx:06}",
            study.date.y, study.accession
        )
    } else {
        format!(
            "imaging/dicom/{}/{}_{}_{idx:05}.dcm",
            study.date.y,
            study.modality.to_lowercase(),
            title(p.last).to_lowercase()
        )
    };
    Bin { rel, built }
}

/// The images of one study of one patient, for an archive: (file name
/// inside the study folder, the file).
pub fn study_files(rng: &Rng, dicts: &Dicts, dcm_names: bool) -> Vec<(String, Built)> {
    let p = Person::random(rng, dicts);
    let study = Study::random(rng, dicts);
    let pm = PatientModule::random(rng, &p);
    (1..=rng.range(2, 5))
        .map(|n| {
            let b = file(rng, &p, &pm, &study, n);
            let name = if dcm_names {
                format!("{}_{n:03}.dcm", study.modality)
            } else {
                format!("IM{n:06}")
            };
            (name, b)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus_gen::ids;
    use dicom_object::open_file;

    /// A file written here opens with a maintained DICOM library, which
    /// reads back the planted patient values.
    #[test]
    fn files_open_with_dicom_object() {
        let dicts = Dicts::load();
        let dir = tempfile::tempdir().unwrap();
        for seed in 0..12 {
            let rng = Rng::new(seed);
            let bin = dicom_file(&rng, &dicts, seed as usize, 1 + (seed % 2) as u8);
            assert_eq!(&bin.built.bytes[128..132], b"DICM");
            let path = dir.path().join(format!("f{seed}.dcm"));
            std::fs::write(&path, &bin.built.bytes).unwrap();
            let obj = open_file(&path).unwrap();
            assert_eq!(
                obj.meta().transfer_syntax().trim_end_matches('\0'),
                EXPLICIT_LE
            );
            let get = |kw: &str| {
                obj.element_by_name(kw)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .trim_end_matches([' ', '\0'])
                    .to_string()
            };
            for p in &bin.built.truth {
                assert_eq!(p.inner, vec![HEADER_PART.to_string()]);
                let kw = match p.kind {
                    Kind::Name => "PatientName",
                    Kind::Mrn => "PatientID",
                    Kind::Dob => "PatientBirthDate",
                    Kind::Age => "PatientAge",
                    Kind::Address => "PatientAddress",
                    Kind::Phone => "PatientTelephoneNumbers",
                    k => panic!("unexpected kind {}", k.as_str()),
                };
                assert_eq!(get(kw), p.value, "{kw}");
            }
            let pixels = obj.element_by_name("PixelData").unwrap();
            assert!(pixels.to_bytes().unwrap().len() >= 32 * 32 * 2);
        }
    }

    #[test]
    fn elements_are_even_and_padded() {
        let mut out = Vec::new();
        element(&mut out, 0x0010, 0x0010, "PN", b"DOE^JANE^Q");
        assert_eq!(out.len(), 8 + 10);
        out.clear();
        element(&mut out, 0x0020, 0x000D, "UI", b"1.2.3");
        assert_eq!(&out[8..], b"1.2.3\0");
        out.clear();
        element(&mut out, 0x0008, 0x0060, "CS", b"CT ");
        assert_eq!(out.len(), 8 + 4);
        out.clear();
        element(&mut out, 0x7FE0, 0x0010, "OW", &[1, 2, 3, 4]);
        assert_eq!(out.len(), 12 + 4);
        assert_eq!(&out[8..12], &4u32.to_le_bytes());
    }

    #[test]
    fn ages_over_89_are_planted_as_dicom_ages() {
        let dicts = Dicts::load();
        let mut seen = false;
        for seed in 0..400 {
            let rng = Rng::new(seed);
            let bin = dicom_file(&rng, &dicts, 1, 1);
            for p in &bin.built.truth {
                if p.kind == Kind::Age {
                    seen = true;
                    assert!(p.value.len() == 4 && p.value.ends_with('Y'));
                    let n: u32 = p.value[..3].parse().unwrap();
                    assert!(n > 89, "{}", p.value);
                }
            }
        }
        assert!(seen, "no old patient in 400 files");
    }

    #[test]
    fn phone_layouts_fit_sh() {
        // SH holds 16 characters.
        let d = "6142622368";
        for f in [PhoneFmt::Paren, PhoneFmt::Dash, PhoneFmt::Bare] {
            assert!(ids::fmt_phone(d, f).len() <= 16);
        }
    }
}
