//! Integration tests for delimited tables and document tables as other
//! systems write them (issue 15): a byte-order mark before the header,
//! UTF-16 text, column names in CamelCase, snake case, abbreviations and
//! symbols, non-US names, two-digit birth years, ICD-9 codes without their
//! dot, the same columns in a spreadsheet and in a Word table, and the
//! tables that are no patient record (a product list, a staff list).
//!
//! The real binary scans files written to a temporary directory; findings
//! are compared as (kind, value, confidence), values requested with
//! `--show-values` so each cell can be named.

use crate::common;

use std::io::{Cursor, Write};

use crate::common::Run;

/// Scans one file written to a fresh directory, values shown.
fn scan_file(name: &str, bytes: &[u8]) -> Run {
    common::scan_one(name, bytes, "low")
}

/// (kind, value, confidence) of every finding.
fn found(r: &Run) -> Vec<(String, String, String)> {
    r.kind_value_confidence("")
}

/// The confidence `value` was reported at as `kind`, if it was.
fn level(got: &[(String, String, String)], kind: &str, value: &str) -> Option<String> {
    got.iter()
        .find(|(k, v, _)| k == kind && v == value)
        .map(|(_, _, c)| c.clone())
}

#[track_caller]
fn assert_level(got: &[(String, String, String)], kind: &str, value: &str, want: &str) {
    assert_eq!(
        level(got, kind, value).as_deref(),
        Some(want),
        "{kind} {value}: {got:?}"
    );
}

/// Whether `value` was reported at medium or above, whatever its kind.
fn reported(got: &[(String, String, String)], value: &str) -> bool {
    got.iter().any(|(_, v, c)| v.contains(value) && c != "low")
}

/// A Fake Name Generator-like export: CamelCase headers, non-US names,
/// a two-digit birth year, a national id column.
const FNG: &str = "Number,GivenName,Surname,StreetAddress,City,ZipCode,EmailAddress,TelephoneNumber,MothersMaiden,Birthday,NationalID,Company\n\
1,Jana,Nováková,Rue du Chapy 104,Groot-Loon,3840,jana.n@seznam.cz,0478 34 30 08,Dvořáková,12/24/67,070778-4849,Acme Tools\n\
2,Nguyễn,Thị Lan,2071 Maryland Avenue,Pinellas,34624,lan.t@gmail.com,727-538-7059,Trần,9/16/1995,591-28-5104,White Hen Pantry\n";

/// What the FNG export must yield, however it is encoded.
#[track_caller]
fn assert_fng(got: &[(String, String, String)]) {
    // Given name and surname side by side: one name.
    for name in ["Jana,Nováková", "Dvořáková", "Nguyễn,Thị Lan", "Trần"] {
        assert_level(got, "name", name, "high");
    }
    assert_level(got, "dob", "12/24/67", "high");
    assert_level(got, "dob", "9/16/1995", "high");
    assert_level(got, "ssn", "591-28-5104", "high");
    assert_level(got, "other_id", "070778-4849", "high");
    // Contact cells of a patient table, raised by its record.
    assert_level(got, "phone", "727-538-7059", "medium");
    assert_level(got, "phone", "0478 34 30 08", "medium");
    assert_level(got, "zip", "3840", "medium");
    assert_level(got, "address", "Rue du Chapy 104", "medium");
    assert_level(got, "address", "Groot-Loon", "medium");
    assert_level(got, "address", "Pinellas", "medium");
    assert!(!reported(got, "Acme Tools"), "{got:?}");
}

#[test]
fn camel_case_export_with_and_without_a_byte_order_mark() {
    let plain = found(&scan_file("plain.csv", FNG.as_bytes()));
    assert_fng(&plain);
    // Excel's "CSV UTF-8" puts a byte-order mark before the header.
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(FNG.as_bytes());
    let with_bom = found(&scan_file("bom.csv", &bom));
    assert_eq!(with_bom, plain);
}

#[test]
fn utf16_export_with_a_byte_order_mark() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in FNG.replace('\n', "\r\n").encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let got = found(&scan_file("unicode.csv", &bytes));
    assert_fng(&got);
}

#[test]
fn abbreviated_and_symbol_headers() {
    let csv = "PAT_ID,PAT_NAME,PAT_MRN_ID,BIRTH_DATE,SSN#,Home Phone,Pt Name,Patient Last Name,Med Rec #,DOB (MM/DD/YYYY)\r\n\
Z48213,\"SZABÓ,ILDIKÓ\",E1029384,1948-02-29,212-09-1234,(412) 555-2671,Ildikó Szabó,Szabó,88213341,02/29/1948\r\n";
    let got = found(&scan_file("clarity.csv", csv.as_bytes()));
    assert_level(&got, "mrn", "Z48213", "high");
    assert_level(&got, "mrn", "E1029384", "high");
    assert_level(&got, "mrn", "88213341", "high");
    assert_level(&got, "name", "SZABÓ,ILDIKÓ", "high");
    // A whole name and a surname side by side stay two values.
    assert_level(&got, "name", "Ildikó Szabó", "high");
    assert_level(&got, "name", "Szabó", "high");
    assert_level(&got, "dob", "1948-02-29", "high");
    assert_level(&got, "dob", "02/29/1948", "high");
    assert_level(&got, "ssn", "212-09-1234", "high");
}

#[test]
fn placeholders_in_patient_columns_are_not_reported() {
    let csv = "MRN,Patient Name,SSN,DOB\n\
00000000,UNKNOWN,000-00-0000,N/A\n\
XXXXXXXX,Anonymized,999999999,01/01/1970\n";
    let got = found(&scan_file("placeholders.csv", csv.as_bytes()));
    for v in [
        "00000000",
        "UNKNOWN",
        "000-00-0000",
        "XXXXXXXX",
        "Anonymized",
        "999999999",
    ] {
        assert!(!got.iter().any(|(_, g, _)| g == v), "{v}: {got:?}");
    }
}

#[test]
fn tables_that_are_no_patient_record() {
    // A product list: `Name` is a product, `City` a store's town.
    let csv = "Name,Price,City,Phone\nWidget Deluxe,3.99,Springfield,(217) 555-2671\nJohn Deere Mower,899.00,Dayton,(937) 555-1234\n";
    let got = found(&scan_file("products.csv", csv.as_bytes()));
    assert!(
        got.iter().all(|(_, _, c)| c == "low"),
        "a product list is nobody's record: {got:?}"
    );
    // A staff list: persons, not known to be patients (census names only,
    // never high).
    let csv =
        "First Name,Last Name,Extension,City\nJohn,Smith,2231,Dayton\nZbyněk,Dvořák,2232,Brno\n";
    let got = found(&scan_file("staff.csv", csv.as_bytes()));
    assert_level(&got, "name", "John,Smith", "medium");
    assert!(!got.iter().any(|(_, _, c)| c == "high"), "{got:?}");
    assert!(!reported(&got, "Dvořák"), "{got:?}");
    assert!(!reported(&got, "Brno"), "{got:?}");
}

#[test]
fn icd9_codes_without_their_dot_under_a_diagnosis_column() {
    let csv = "CLAIM_ID,PAT_MRN_ID,DX1,Diagnosis Code,ICD9,PRIN_DX\n\
CLM0001,E1029384,4019,V5861,25000,4280\n";
    let got = found(&scan_file("claims.csv", csv.as_bytes()));
    for code in ["4019", "V5861", "25000", "4280"] {
        assert_level(&got, "icd9", code, "high");
    }
}

#[test]
fn hl7_patient_name_outside_the_census_lists() {
    let msg = "MSH|^~\\&|LAB|FAC|EHR|FAC|202401010830||ADT^A01|MSG0001|P|2.5\r\
PID|1||482913^^^HOSP^MR||Nováková^Jana^^^^^L||19610314|F\r\
NK1|1|Dvořák^Zbyněk|SPO\r";
    let got = found(&scan_file("adt.hl7", msg.as_bytes()));
    assert_level(&got, "name", "Nováková^Jana", "high");
    assert_level(&got, "name", "Dvořák^Zbyněk", "high");
}

/// A zip of `members`, deflated.
fn zip_of(members: &[(&str, &str)]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in members {
        z.start_file(*name, SimpleFileOptions::default()).unwrap();
        z.write_all(data.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

/// The FNG-like rows as table rows of cells.
fn fng_rows() -> Vec<Vec<&'static str>> {
    vec![
        vec![
            "GivenName",
            "Surname",
            "Birthday",
            "TelephoneNumber",
            "Company",
        ],
        vec![
            "Jana",
            "Nováková",
            "12/24/67",
            "0478 34 30 08",
            "Acme Tools",
        ],
        vec![
            "Nguyễn",
            "Thị Lan",
            "9/16/1995",
            "727-538-7059",
            "White Hen Pantry",
        ],
    ]
}

#[track_caller]
fn assert_fng_sheet(got: &[(String, String, String)]) {
    for name in ["Jana\tNováková", "Nguyễn\tThị Lan"] {
        assert_level(got, "name", name, "high");
    }
    assert_level(got, "dob", "12/24/67", "high");
    assert_level(got, "dob", "9/16/1995", "high");
    assert_level(got, "phone", "727-538-7059", "medium");
    assert!(!reported(got, "Acme Tools"), "{got:?}");
}

#[test]
fn xlsx_sheet_with_camel_case_headers() {
    let mut sheet = String::from(
        r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in fng_rows().iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, v) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            sheet.push_str(&format!(
                "<c r=\"{col}{}\" t=\"inlineStr\"><is><t>{v}</t></is></c>",
                r + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let workbook = r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Export" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let bytes = zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("xl/workbook.xml", workbook),
        ("xl/worksheets/sheet1.xml", &sheet),
    ]);
    let r = scan_file("export.xlsx", &bytes);
    assert!(
        r.findings()
            .iter()
            .all(|f| f["inner"][0] == "xl/worksheets/sheet1.xml"),
        "{}",
        r.stdout
    );
    assert_fng_sheet(&found(&r));
}

#[test]
fn docx_table_with_camel_case_headers() {
    let mut body = String::from("<w:p><w:r><w:t>Registration list</w:t></w:r></w:p><w:tbl>");
    for row in fng_rows() {
        body.push_str("<w:tr>");
        for v in row {
            body.push_str(&format!(
                "<w:tc><w:p><w:r><w:t>{v}</w:t></w:r></w:p></w:tc>"
            ));
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl>");
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let bytes = zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("word/document.xml", &doc),
    ]);
    assert_fng_sheet(&found(&scan_file("list.docx", &bytes)));
}
