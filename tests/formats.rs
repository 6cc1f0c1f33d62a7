//! `--format sarif` and `--format csv` (issue 18, part 5): the SARIF log is
//! valid against the published OASIS SARIF 2.1.0 JSON schema (checked by
//! the independent `jsonschema` validator), the CSV reads back with the
//! `csv` crate's reader, and both hold the same findings as the JSONL
//! report, masked only.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use serde_json::Value;

use crate::common::{self, run, s, scan_in, scan_jsonl, u, write, Run};

/// Raw values planted in the tree: none may appear in a report.
const RAW: &[&str] = &[
    "212-09-1234",
    "212091234",
    "219-09-9876",
    "219099876",
    "227-41-5566",
    "John Smith",
    "Maria Okafor",
    "03/14/1961",
    "05/02/1970",
];

/// A minimal docx whose body is one paragraph of `text`.
fn docx_of(text: &str) -> Vec<u8> {
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:body></w:document>"
    );
    common::zip_of(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
    ])
}

/// The tree both formats are tested on: a plain note whose name needs
/// percent-encoding, a docx with PHI inside a zip, a zip cut short
/// (`corrupt`), a note whose name is not UTF-8, and a CSV-hostile name.
fn tree() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(
        root,
        "notes/visit note #1.txt",
        "Progress note\nPatient: John Smith  DOB: 03/14/1961\nSSN: 212-09-1234\n\
         Dx: E11.9 type 2 diabetes mellitus\n",
    );
    let docx =
        docx_of("Patient: Maria Okafor  DOB: 05/02/1970  SSN: 219-09-9876  Dx: I10 hypertension");
    write(
        root,
        "letters/export.zip",
        common::zip_of(&[("2019/okafor.docx", &docx)]),
    );
    let notes: Vec<Vec<u8>> = (0..3)
        .map(|i| format!("note {i}\nPatient SSN: 212-09-1234\n{}\n", "x".repeat(4000)).into_bytes())
        .collect();
    let whole = common::zip_of(&[
        ("a.txt", &notes[0]),
        ("b.txt", &notes[1]),
        ("c.txt", &notes[2]),
    ]);
    write(root, "broken.zip", &whole[..whole.len() / 2]);
    let odd = root.join(OsStr::from_bytes(b"odd\xff name.txt"));
    std::fs::write(&odd, "Patient SSN: 227-41-5566\n").unwrap();
    write(
        root,
        "quote,\"comma\".txt",
        "Patient: John Smith\nSSN: 212-09-1234\n",
    );
    tmp
}

/// `path` as the reports write it, without the walked `./`.
fn rel(path: &str) -> &str {
    path.strip_prefix("./").unwrap_or(path)
}

#[track_caller]
fn assert_no_raw(what: &str, out: &[u8]) {
    let text = String::from_utf8_lossy(out);
    for raw in RAW {
        assert!(
            !text.contains(raw),
            "raw value {raw:?} in the {what} report"
        );
    }
}

/// The official schema (tests/fixtures/README.md says where it is from).
fn sarif_validator() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json");
    let mut schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    // The published schema's `language` pattern (`...{2}]?$`, a stray
    // `]`, in `run` and `toolComponent`) is not an ECMA-262 regex and fails
    // the meta-schema's `format: regex` once formats are checked. phiscan
    // never writes `language`: the pattern is dropped in memory, the file
    // is unchanged.
    let mut dropped = 0;
    for def in schema["definitions"].as_object_mut().unwrap().values_mut() {
        if let Some(lang) = def
            .pointer_mut("/properties/language")
            .and_then(Value::as_object_mut)
        {
            if lang["pattern"].as_str().is_some_and(|p| p.ends_with("]?$")) {
                lang.remove("pattern");
                dropped += 1;
            }
        }
    }
    assert_eq!(dropped, 2);
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

#[track_caller]
fn assert_valid_sarif(log: &Value) {
    let v = sarif_validator();
    let errors: Vec<String> = v
        .iter_errors(log)
        .take(20)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema errors:\n{}",
        errors.join("\n")
    );
}

fn sarif_of(r: &Run) -> Value {
    serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not one JSON document ({e})\n{}", r.dump()))
}

#[test]
fn sarif_is_valid_masked_relative_and_matches_the_jsonl_findings() {
    let tmp = tree();
    let jsonl = scan_jsonl(tmp.path(), &["."]);
    jsonl.assert_code(1);
    let r = scan_in(tmp.path(), &["--format", "sarif", "."]);
    r.assert_code(1);
    assert_no_raw("SARIF", r.stdout.as_bytes());
    let log = sarif_of(&r);
    assert_valid_sarif(&log);
    // The validator is live: a level SARIF does not know is refused.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!sarif_validator().is_valid(&bad));
    assert_eq!(log["version"], "2.1.0");
    let run0 = &log["runs"][0];
    let driver = &run0["tool"]["driver"];
    assert_eq!(driver["name"], "phiscan");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    let rule_ids: Vec<&str> = rules.iter().map(|r| s(&r["id"])).collect();
    assert_eq!(
        rule_ids.iter().collect::<BTreeSet<_>>().len(),
        rule_ids.len(),
        "rule ids are unique"
    );
    for rule in rules {
        assert!(!s(&rule["shortDescription"]["text"]).is_empty());
        assert!(s(&rule["help"]["text"]).contains("baseline"));
        assert!(rule["properties"]["kind"].is_string());
    }
    let ssn_rule = rules
        .iter()
        .find(|r| r["properties"]["kind"] == "ssn")
        .expect("an SSN rule");
    assert!(ssn_rule["properties"]["safe_harbor"].is_string());

    let results = run0["results"].as_array().unwrap();
    let findings = jsonl.findings();
    assert_eq!(results.len(), findings.len(), "{}", r.stdout);
    // Same detectors and fingerprints as the JSONL report.
    let want: BTreeSet<(String, String)> = findings
        .iter()
        .map(|f| (s(&f["detector"]).into(), s(&f["fingerprint"]).into()))
        .collect();
    let got: BTreeSet<(String, String)> = results
        .iter()
        .map(|x| {
            (
                s(&x["ruleId"]).into(),
                s(&x["partialFingerprints"]["phiscan/v1"]).into(),
            )
        })
        .collect();
    assert_eq!(got, want);
    let kinds: BTreeSet<&str> = results
        .iter()
        .map(|x| s(&x["properties"]["kind"]))
        .collect();
    for k in ["ssn", "name", "dob"] {
        assert!(kinds.contains(k), "{k} missing: {kinds:?}");
    }
    for x in results {
        let i = u(&x["ruleIndex"]) as usize;
        assert_eq!(rule_ids[i], s(&x["ruleId"]));
        let want_level = match s(&x["properties"]["confidence"]) {
            "high" => "error",
            "medium" => "warning",
            _ => "note",
        };
        assert_eq!(x["level"], want_level);
        let fp = s(&x["partialFingerprints"]["phiscan/v1"]);
        assert!(fp.len() == 32 && fp.bytes().all(|b| b.is_ascii_hexdigit()));
        let msg = s(&x["message"]["text"]);
        assert!(msg.contains(s(&x["properties"]["masked"])), "{msg}");
        assert!(x["properties"].get("value").is_none());
        let loc = &x["locations"][0]["physicalLocation"];
        let uri = s(&loc["artifactLocation"]["uri"]);
        assert!(
            !uri.starts_with('/') && !uri.contains(':') && !uri.starts_with("./"),
            "not a relative URI: {uri}"
        );
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    }

    // A plain note: a text region, as the JSONL report locates it.
    let note = "notes/visit%20note%20%231.txt";
    let in_note: Vec<&Value> = results
        .iter()
        .filter(|x| x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == note)
        .collect();
    let ssn = in_note
        .iter()
        .find(|x| x["properties"]["kind"] == "ssn")
        .unwrap_or_else(|| panic!("no SSN result at {note}\n{}", r.stdout));
    assert!(s(&ssn["message"]["text"]).contains("***-**-1234"));
    let jf = findings
        .iter()
        .find(|f| rel(s(&f["path"])) == "notes/visit note #1.txt" && f["kind"] == "ssn")
        .unwrap();
    let region = &ssn["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], jf["line"]);
    assert_eq!(region["startColumn"], jf["column"]);
    assert_eq!(region["byteOffset"], jf["start"]);
    assert_eq!(u(&region["byteLength"]), u(&jf["end"]) - u(&jf["start"]));

    // A member of a docx in a zip: no region in the outer file; the chain
    // as a logical location and in properties.
    let member: Vec<&Value> = results
        .iter()
        .filter(|x| {
            x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "letters/export.zip"
        })
        .collect();
    assert!(!member.is_empty(), "{}", r.stdout);
    for x in &member {
        let loc = &x["locations"][0];
        assert!(loc["physicalLocation"].get("region").is_none());
        assert_eq!(
            loc["logicalLocations"][0]["fullyQualifiedName"],
            "./letters/export.zip!2019/okafor.docx!word/document.xml"
        );
        assert_eq!(
            x["properties"]["inner"],
            serde_json::json!(["2019/okafor.docx", "word/document.xml"])
        );
        assert!(x["properties"]["region"]["startLine"].is_u64());
    }
    assert!(member
        .iter()
        .any(|x| x["properties"]["masked"] == "***-**-9876"));

    // A name that is not UTF-8: lossy text in the URI, bytes in properties.
    let odd = results
        .iter()
        .find(|x| x["properties"]["path_bytes"].is_string())
        .unwrap_or_else(|| panic!("no result with path_bytes\n{}", r.stdout));
    assert_eq!(
        odd["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "odd%EF%BF%BD%20name.txt"
    );

    // The corrupt zip: the run is not successful and says why.
    let inv = &run0["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    let notes = inv["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len() as u64, u(&jsonl.summary()["skipped"]));
    assert!(
        notes.iter().any(|n| n["descriptor"]["id"] == "corrupt"
            && n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.zip"),
        "{}",
        r.stdout
    );
    assert_eq!(inv["properties"]["notificationsOmitted"], 0);
    assert_eq!(inv["properties"]["summary"]["findings"], results.len());
}

#[test]
fn sarif_shows_raw_values_only_in_properties_with_show_values() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "n.txt",
        "Patient: John Smith\nSSN: 212-09-1234\n",
    );
    let r = scan_in(tmp.path(), &["--format", "sarif", "--show-values", "n.txt"]);
    r.assert_code(1);
    let log = sarif_of(&r);
    assert_valid_sarif(&log);
    let ssn = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["properties"]["kind"] == "ssn")
        .cloned()
        .unwrap();
    assert_eq!(ssn["properties"]["value"], "212-09-1234");
    assert!(!s(&ssn["message"]["text"]).contains("212-09-1234"));
    assert_eq!(
        ssn["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "n.txt"
    );
}

#[test]
fn sarif_lists_at_most_a_thousand_skipped_items_and_counts_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    // A zip cut short: at least one `corrupt` record each.
    let cut = {
        let z = common::zip_of(&[("a.txt", &b"Patient SSN 212-09-1234 ".repeat(200))]);
        z[..z.len() / 2].to_vec()
    };
    for i in 0..1_010 {
        write(tmp.path(), &format!("d{}/f{i}.zip", i % 10), &cut);
    }
    let r = scan_in(
        tmp.path(),
        &["--format", "sarif", "--allow-incomplete", "."],
    );
    let log = sarif_of(&r);
    assert_valid_sarif(&log);
    let inv = &log["runs"][0]["invocations"][0];
    let listed = inv["toolExecutionNotifications"].as_array().unwrap().len() as u64;
    let total = u(&inv["properties"]["summary"]["skipped"]);
    assert!(total > 1_000, "{total}");
    assert_eq!(listed, 1_000);
    assert_eq!(
        u(&inv["properties"]["notificationsOmitted"]),
        total - listed
    );
    assert_eq!(inv["executionSuccessful"], false);
}

/// A cell as the CSV report writes it (formula-looking cells get `'`).
fn defused(v: &str) -> String {
    match v.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{v}"),
        _ => v.to_string(),
    }
}

#[test]
fn csv_has_one_quoted_masked_row_per_finding_and_notes_on_stderr() {
    let tmp = tree();
    let jsonl = scan_jsonl(tmp.path(), &["."]);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("report.csv");
    let mut c = crate::common::phiscan();
    c.current_dir(tmp.path())
        .args(["scan", "--format", "csv", "--output"])
        .arg(&file)
        .arg(".");
    let r = run(&mut c);
    r.assert_code(1);
    assert!(r.stdout.is_empty(), "{}", r.dump());
    let bytes = std::fs::read(&file).unwrap();
    assert_no_raw("CSV", &bytes);

    let mut rd = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = rd.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "path",
            "inner",
            "line",
            "column",
            "kind",
            "detector",
            "confidence",
            "masked",
            "fingerprint",
            "context"
        ]
    );
    let mut got: Vec<Vec<String>> = rd
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    let mut want: Vec<Vec<String>> = jsonl
        .findings()
        .iter()
        .map(|f| {
            let inner: Vec<&str> = f["inner"].as_array().unwrap().iter().map(s).collect();
            vec![
                defused(s(&f["path"])),
                defused(&inner.join(" > ")),
                f["line"].to_string(),
                f["column"].to_string(),
                s(&f["kind"]).into(),
                defused(s(&f["detector"])),
                s(&f["confidence"]).into(),
                defused(s(&f["masked"])),
                s(&f["fingerprint"]).into(),
                defused(s(&f["context"])),
            ]
        })
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    // Quoting round-trips a comma and quotes in a path, and a member chain.
    assert!(got.iter().any(|row| row[0] == "./quote,\"comma\".txt"));
    assert!(got
        .iter()
        .any(|row| row[1] == "2019/okafor.docx > word/document.xml" && row[7] == "***-**-9876"));
    // Skipped items and the summary are not rows: they are on stderr.
    assert!(
        r.stderr.contains("phiscan: skipped ./broken.zip"),
        "{}",
        r.dump()
    );
    assert!(r.stderr.contains("INCOMPLETE"), "{}", r.dump());
}

#[test]
fn csv_with_show_values_adds_a_value_column() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "n.txt",
        "Patient: John Smith\nSSN: 212-09-1234\n",
    );
    let r = scan_in(tmp.path(), &["--format", "csv", "--show-values", "n.txt"]);
    r.assert_code(1);
    let mut rd = csv::Reader::from_reader(r.stdout.as_bytes());
    assert_eq!(rd.headers().unwrap().get(10), Some("value"));
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert!(rows
        .iter()
        .any(|row| &row[4] == "ssn" && &row[10] == "212-09-1234"));
    // Without findings the file is the header row alone.
    let empty = tempfile::tempdir().unwrap();
    write(empty.path(), "clean.txt", "nothing to see\n");
    let r = scan_in(empty.path(), &["--format", "csv", "clean.txt"]);
    r.assert_code(0);
    assert_eq!(
        r.stdout,
        "path,inner,line,column,kind,detector,confidence,masked,fingerprint,context\n"
    );
}
