//! `raw-notes`: the planted notes of the raw-disk benchmark (issue 20,
//! `benches/raw.sh`), deterministic by seed.
//!
//! ```text
//! raw-notes --seed N --out DIR --manifest FILE
//! ```
//!
//! Writes 52 short synthetic clinic notes and 8 decoys under `DIR` (the
//! tree the benchmark copies into its disk images) and the ground truth to
//! `FILE` (kept outside `DIR`, so the truth is never imaged). Each note
//! carries a patient name, date of birth, SSN (labelled `SSN:`, `Social
//! Security Number:` or `SS#`; hyphens, spaces, dots or bare digits), MRN,
//! phone and e-mail, all valid under the
//! rules the detectors implement (the corpus generator's value writers).
//! The notes reproduce the issue's anchor split: 17 to be deleted after
//! imaging (`category: deleted`), 9 inside compressed files (3 zip, 3 real
//! OOXML .docx, 3 gzip), 3 UTF-16LE text files and 23 live plain files
//! (.txt and .csv). The decoys hold only an invalid SSN (area 000, 666 or
//! 9xx, group 00 or serial 0000) under an SSN label: a scanner that
//! reports one is wrong.
//!
//! The manifest lists, per note, the file (relative to `DIR`), its
//! category, its container and member if any, and the planted value per
//! kind as written; per decoy, the file and the invalid SSN.

#[path = "corpus_gen/mod.rs"]
#[allow(dead_code)]
mod corpus_gen;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use serde::Serialize;

use corpus_gen::dicts::Dicts;
use corpus_gen::ids::PhoneFmt;
use corpus_gen::values::{self, clinician, facility, Date, DateFmt, NameShape, Person};
use phiscan_gen::archive::{gzip, DateTime, Zip};
use phiscan_gen::office::{content_types, esc, relationships, REL};
use phiscan_gen::rng::Rng;

/// Write the raw-disk benchmark's synthetic clinic notes, decoys and
/// manifest.
#[derive(Debug, Parser)]
#[command(name = "raw-notes", about, long_about = None)]
struct Args {
    /// PRNG seed; the same seed always gives the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output directory for the notes; created if missing, refused if not
    /// empty.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Where the manifest (ground truth, JSON) goes; outside DIR.
    #[arg(long, value_name = "FILE")]
    manifest: PathBuf,
}

/// Notes per category, in the issue's anchor split (52 in all).
const DELETED: usize = 17;
/// Compressed notes per container kind (zip, docx, gzip).
const PER_CONTAINER: usize = 3;
/// UTF-16LE notes.
const UTF16: usize = 3;
/// Every note.
const NOTES: usize = 52;

/// One planted note in the manifest.
#[derive(Serialize)]
struct NoteTruth {
    /// Path relative to the notes directory, '/'-separated.
    file: String,
    /// live, deleted, compressed or utf16.
    category: &'static str,
    /// zip, docx or gzip for a compressed note.
    #[serde(skip_serializing_if = "Option::is_none")]
    container: Option<&'static str>,
    /// The member holding the text (zip and docx).
    #[serde(skip_serializing_if = "Option::is_none")]
    member: Option<String>,
    /// Planted value per kind, as written in the note.
    values: Values,
}

/// The six kinds every note carries, in the finding schema's names.
#[derive(Serialize)]
struct Values {
    name: String,
    dob: String,
    ssn: String,
    mrn: String,
    phone: String,
    email: String,
}

/// One decoy: an invalid SSN under an SSN label, nothing else.
#[derive(Serialize)]
struct DecoyTruth {
    file: String,
    /// Why the number is not an SSN (area 000, group 00, ...).
    rule: &'static str,
    ssn: String,
}

/// The whole manifest.
#[derive(Serialize)]
struct Manifest {
    seed: u64,
    notes: Vec<NoteTruth>,
    decoys: Vec<DecoyTruth>,
}

/// Parses flags, writes notes and manifest; exit 2 on any error.
fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok((n, d)) => {
            println!(
                "wrote {n} notes and {d} decoys to {}; manifest {}",
                args.out.display(),
                args.manifest.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("raw-notes: {e}");
            ExitCode::from(2)
        }
    }
}

/// Refuses a non-empty output directory: stale notes would be imaged
/// without a line in the manifest.
fn prepare(out: &Path) -> io::Result<()> {
    if out.exists() {
        if fs::read_dir(out)?.next().is_some() {
            return Err(io::Error::other(format!(
                "{} is not empty; refusing to write into it",
                out.display()
            )));
        }
        Ok(())
    } else {
        fs::create_dir_all(out)
    }
}

/// Writes `bytes` at `rel` under `out`, making parent directories.
fn put(out: &Path, rel: &str, bytes: &[u8]) -> io::Result<()> {
    let p = out.join(rel);
    if let Some(dir) = p.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(p, bytes)
}

/// A note's text and its planted values.
struct Note {
    text: String,
    values: Values,
    /// The same values as CSV cells (header, row) for a .csv note.
    csv: String,
}

/// Writes the notes, decoys and manifest; returns their counts.
fn run(args: &Args) -> io::Result<(usize, usize)> {
    prepare(&args.out)?;
    let dicts = Dicts::load();
    let rng = Rng::new(args.seed);
    let mut notes = Vec::with_capacity(NOTES);
    for i in 0..NOTES {
        let r = rng.fork();
        let note = clinic_note(&r, &dicts);
        // Category by index, so the split is fixed whatever the seed:
        // deleted first, then compressed (zip, docx, gzip), UTF-16, live.
        let (category, container) = match i {
            i if i < DELETED => ("deleted", None),
            i if i < DELETED + 3 * PER_CONTAINER => (
                "compressed",
                Some(["zip", "docx", "gzip"][(i - DELETED) / PER_CONTAINER]),
            ),
            i if i < DELETED + 3 * PER_CONTAINER + UTF16 => ("utf16", None),
            _ => ("live", None),
        };
        let year = 2019 + (i % 7);
        let (file, member) = match (category, container) {
            ("deleted", _) => {
                let f = format!("home/clinic/exports/{year}/visit_{i:03}.txt");
                put(&args.out, &f, note.text.as_bytes())?;
                (f, None)
            }
            (_, Some("zip")) => {
                let f = format!("home/clinic/archive/notes_{year}_{i:03}.zip");
                let m = format!("notes/visit_{i:03}.txt");
                let mut z = Zip::at(DateTime::default());
                z.file("notes/README.txt", b"Exported visit notes.\n", true);
                z.file(&m, note.text.as_bytes(), true);
                put(&args.out, &f, &z.finish())?;
                (f, Some(m))
            }
            (_, Some("docx")) => {
                let f = format!("home/clinic/letters/visit_{i:03}.docx");
                put(&args.out, &f, &docx(&note.text))?;
                (f, Some("word/document.xml".to_string()))
            }
            (_, Some(_)) => {
                let f = format!("home/clinic/backup/visit_{i:03}.txt.gz");
                put(&args.out, &f, &gzip(note.text.as_bytes()))?;
                (f, None)
            }
            ("utf16", _) => {
                let f = format!("home/clinic/scans/ocr_{i:03}.txt");
                put(&args.out, &f, &utf16le(&note.text))?;
                (f, None)
            }
            _ if i % 3 == 0 => {
                let f = format!("home/clinic/exports/{year}/patient_{i:03}.csv");
                put(&args.out, &f, note.csv.as_bytes())?;
                (f, None)
            }
            _ => {
                let f = format!("home/clinic/notes/{year}/visit_{i:03}.txt");
                put(&args.out, &f, note.text.as_bytes())?;
                (f, None)
            }
        };
        notes.push(NoteTruth {
            file,
            category,
            container,
            member,
            values: note.values,
        });
    }
    let mut decoys = Vec::new();
    for (i, (rule, ssn)) in decoy_ssns(&rng).into_iter().enumerate() {
        let f = format!("home/clinic/forms/intake_blank_{i:02}.txt");
        put(&args.out, &f, decoy_text(&rng, i, &ssn).as_bytes())?;
        decoys.push(DecoyTruth { file: f, rule, ssn });
    }
    let m = Manifest {
        seed: args.seed,
        notes,
        decoys,
    };
    let json = serde_json::to_string_pretty(&m).map_err(io::Error::other)?;
    fs::write(&args.manifest, json + "\n")?;
    Ok((m.notes.len(), m.decoys.len()))
}

/// A short clinic note for a new synthetic patient, with labels varied
/// the way real notes vary them.
fn clinic_note(rng: &Rng, dicts: &Dicts) -> Note {
    let p = Person::random(rng, dicts);
    let shape = [NameShape::FirstLast, NameShape::FirstInitialLast][rng.below(2)];
    let name = p.name(shape, false);
    let dob = p
        .dob
        .fmt([DateFmt::Us, DateFmt::Iso, DateFmt::Long][rng.below(3)]);
    // Mostly hyphenated; spaces, dots or bare digits as often as the
    // corpus writes them next to a label (a hyphen-only regex misses them).
    let ssn = values::with_delim(&p.ssn, values::ssn_delim(rng));
    let phone = p.phone_as([PhoneFmt::Paren, PhoneFmt::Dash, PhoneFmt::Dot][rng.below(3)]);
    let dos = Date::random(rng, 2019, 2025);
    let doctor = clinician(rng, dicts);
    let clinic = facility(rng, false);
    let name_l = rng.pick(&["Patient", "Patient Name", "Name"]);
    let dob_l = rng.pick(&["DOB", "Date of Birth"]);
    let ssn_l = rng.pick(&["SSN:", "Social Security Number:", "SS#"]);
    let mrn_l = rng.pick(&["MRN", "Medical Record Number"]);
    let phone_l = rng.pick(&["Phone", "Home phone", "Tel"]);
    let email_l = rng.pick(&["Email", "E-mail"]);
    let complaint = rng.pick(&[
        "follow-up of type 2 diabetes; home glucose readings 110-160",
        "persistent cough for three weeks, no fever",
        "low back pain after lifting, no radicular symptoms",
        "blood pressure check; taking lisinopril as prescribed",
        "medication refill and annual labs",
        "left knee pain, worse on stairs",
    ]);
    let plan = rng.pick(&[
        "Continue current medications. Labs in 3 months. Return sooner if worse.",
        "Chest X-ray ordered. Trial of benzonatate. Call if short of breath.",
        "Physical therapy referral. NSAIDs as needed with food.",
        "Reviewed diet and exercise. Recheck in 6 weeks.",
    ]);
    let text = format!(
        "{clinic}\nClinic Note\nDate of service: {dos}\n\n\
         {name_l}: {name}\n{dob_l}: {dob}\n{ssn_l} {ssn}\n{mrn_l}: {mrn}\n\
         {phone_l}: {phone}\n{email_l}: {email}\n\n\
         Chief complaint: {complaint}.\n\
         Vitals: BP {sys}/{dia}, HR {hr}, afebrile.\n\
         Assessment and plan: {plan}\n\n\
         Provider: {doctor}\n",
        dos = dos.fmt(DateFmt::Us),
        mrn = p.mrn,
        email = p.email,
        sys = rng.range(108, 152),
        dia = rng.range(64, 94),
        hr = rng.range(58, 96),
    );
    let csv = format!(
        "patient_name,dob,ssn,mrn,phone,email,visit_date,provider\n\
         \"{name}\",{dob_c},{ssn},{mrn},{phone},{email},{dos},\"{doctor}\"\n",
        dob_c = if dob.contains(',') {
            format!("\"{dob}\"")
        } else {
            dob.clone()
        },
        mrn = p.mrn,
        email = p.email,
        dos = dos.fmt(DateFmt::Iso),
    );
    Note {
        text,
        csv,
        values: Values {
            name,
            dob,
            ssn,
            mrn: p.mrn.clone(),
            phone,
            email: p.email.clone(),
        },
    }
}

/// Eight invalid SSNs, one or two per SSA rule, each with the rule it
/// breaks: area 000, area 666, area 9xx (middle digits outside the ITIN
/// groups, so not an ITIN either), group 00, serial 0000.
fn decoy_ssns(rng: &Rng) -> Vec<(&'static str, String)> {
    let g = || rng.range(1, 99);
    let s = || rng.range(1, 9999);
    let a = || loop {
        let a = rng.range(1, 899);
        if a != 666 {
            return a;
        }
    };
    vec![
        ("area 000", format!("000-{:02}-{:04}", g(), s())),
        ("area 666", format!("666-{:02}-{:04}", g(), s())),
        (
            "area 9xx",
            format!(
                "9{:02}-{:02}-{:04}",
                rng.range(0, 99),
                rng.range(10, 49),
                s()
            ),
        ),
        ("group 00", format!("{:03}-00-{:04}", a(), s())),
        ("serial 0000", format!("{:03}-{:02}-0000", a(), g())),
        ("area 000", format!("000-{:02}-{:04}", g(), s())),
        ("area 666", format!("666-{:02}-{:04}", g(), s())),
        ("group 00", format!("{:03}-00-{:04}", a(), s())),
    ]
}

/// A decoy: a blank intake form with only an invalid SSN filled in.
fn decoy_text(rng: &Rng, i: usize, ssn: &str) -> String {
    let label = ["SSN:", "Social Security Number:", "SS#"][i % 3];
    format!(
        "Intake form (training copy {n})\n\
         Complete all fields before the visit.\n\n\
         {label} {ssn}\n\
         Reason for visit: ________________\n\
         Signature: ________________\n",
        n = rng.range(1, 40)
    )
}

/// UTF-16LE with a byte-order mark, the way Windows tools save text.
fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

/// A minimal real OOXML word-processing document: one paragraph per line
/// in `word/document.xml`, with its content types and relationships.
fn docx(text: &str) -> Vec<u8> {
    const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let mut body = String::new();
    for line in text.lines() {
        body.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
        body.push_str(&esc(line));
        body.push_str("</w:t></w:r></w:p>");
    }
    let doc = format!("{DECL}<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
    let types = content_types(
        DECL,
        &[(
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        )],
    );
    let rels = relationships(
        DECL,
        1,
        &[(&format!("{REL}/officeDocument"), "word/document.xml")],
    );
    let mut z = Zip::at(DateTime::default());
    z.file("[Content_Types].xml", types.as_bytes(), true);
    z.file("_rels/.rels", rels.as_bytes(), true);
    z.file("word/document.xml", doc.as_bytes(), true);
    z.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Same seed, same bytes and manifest; the split is the issue's.
    #[test]
    fn deterministic_and_split_as_the_issue() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifests = Vec::new();
        for k in 0..2 {
            let out = dir.path().join(format!("n{k}"));
            let manifest = dir.path().join(format!("m{k}.json"));
            run(&Args {
                seed: 9,
                out: out.clone(),
                manifest: manifest.clone(),
            })
            .unwrap();
            manifests.push(fs::read_to_string(&manifest).unwrap());
        }
        assert_eq!(manifests[0], manifests[1]);
        let m: serde_json::Value = serde_json::from_str(&manifests[0]).unwrap();
        let notes = m["notes"].as_array().unwrap();
        let count = |c: &str| notes.iter().filter(|n| n["category"] == c).count();
        assert_eq!(
            (
                notes.len(),
                count("deleted"),
                count("compressed"),
                count("utf16"),
                count("live")
            ),
            (52, 17, 9, 3, 23)
        );
        assert_eq!(m["decoys"].as_array().unwrap().len(), 8);
        // A live text note holds its values as written.
        let live = notes
            .iter()
            .find(|n| n["category"] == "live" && n["file"].as_str().unwrap().ends_with(".txt"))
            .unwrap();
        let text =
            fs::read_to_string(dir.path().join("n0").join(live["file"].as_str().unwrap())).unwrap();
        for kind in ["name", "dob", "ssn", "mrn", "phone", "email"] {
            assert!(
                text.contains(live["values"][kind].as_str().unwrap()),
                "{kind}"
            );
        }
    }

    /// Every decoy breaks an SSA rule.
    #[test]
    fn decoys_are_invalid_ssns() {
        for (_, ssn) in decoy_ssns(&Rng::new(3)) {
            let d: Vec<u32> = ssn.split('-').map(|p| p.parse().unwrap()).collect();
            assert!(
                d[0] == 0 || d[0] == 666 || d[0] >= 900 || d[1] == 0 || d[2] == 0,
                "{ssn}"
            );
        }
    }
}
