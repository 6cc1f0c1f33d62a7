//! The structured readers over arbitrary text: the clinical formats (HL7
//! v2, FHIR JSON, CDA XML, rendered DICOM headers), delimited tables and
//! tables laid out in plain text. Every reader is run on every input, not
//! only the one its sniff picks, so each sees the others' seeds too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use phiscan::extract::structured::{self, ClinicalFormat};
use phiscan::extract::{layout_tables, table, table_fields};

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    let _ = structured::clinical_format(data);
    for format in [
        ClinicalFormat::Hl7,
        ClinicalFormat::Fhir,
        ClinicalFormat::Cda,
        ClinicalFormat::Dicom,
    ] {
        structured::fields(format, data, &mut out);
        for cell in &out {
            assert!(
                cell.start <= cell.end && cell.end <= data.len(),
                "a field inside the text"
            );
        }
    }
    if let Some(t) = table(data) {
        table_fields(data, &t, &mut out);
        for cell in &out {
            assert!(
                cell.start <= cell.end && cell.end <= data.len(),
                "a cell inside the text"
            );
        }
    }
    for wants_context in [false, true] {
        let mut columns = Vec::new();
        layout_tables(data, wants_context, &mut columns, &mut out);
        for cell in &out {
            assert!(
                cell.start <= cell.end && cell.end <= data.len(),
                "a cell inside the text"
            );
        }
    }
});
