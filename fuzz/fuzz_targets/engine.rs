//! The built-in detector engine over arbitrary text: the plain scan, and
//! the scan a clinical format's patient fields drive (every byte range a
//! field), with every match inside the text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use phiscan::detect::{Cell, Engine};
use phiscan::vocab::Confidence;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(|| Engine::builtin().expect("built-in detectors compile"));
    let mut scratch = engine.scratch();
    let mut matches = Vec::new();
    let _ = engine.scan(data, &mut scratch, &mut matches);
    for m in &matches {
        assert!(
            m.start <= m.end && m.end <= data.len(),
            "a match inside the text"
        );
    }
    let _ = phiscan::detect::documentation_unit(data);
    let _ = engine.has_clinical_vocabulary(data);
    // A clinical format's plan over fields cut from the text at its
    // tabs and newlines, the first byte choosing the field name.
    let columns: Vec<&[u8]> = phiscan::extract::structured::ClinicalFormat::Hl7
        .columns()
        .iter()
        .map(|c| c.as_bytes())
        .collect();
    if let Some(plan) = engine.patient_plan(&columns, &mut scratch) {
        let mut fields = Vec::new();
        let mut start = 0;
        for (i, &b) in data.iter().enumerate() {
            if b == b'\t' || b == b'\n' {
                fields.push(Cell {
                    start,
                    end: i,
                    column: usize::from(data[start..i].first().copied().unwrap_or(0))
                        % columns.len(),
                });
                start = i + 1;
            }
        }
        matches.clear();
        let _ = engine.scan_table(
            data,
            &plan,
            &fields,
            &mut scratch,
            &mut matches,
            Confidence::Low,
        );
        for m in &matches {
            assert!(
                m.start <= m.end && m.end <= data.len(),
                "a match inside the text"
            );
        }
    }
});
