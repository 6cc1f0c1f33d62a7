//! `phiscan attest keygen|verify|show` on records the library writes (the
//! raw scan that fills them is the driver's): a signed record verifies; one
//! changed byte in any field of it, another key inside it, or a key other
//! than `--public-key` makes `verify` exit 1; an unreadable file exits 2.
//! Keys from `openssl genpkey` sign, and `openssl pkeyutl` verifies
//! phiscan's signatures over the canonical form the README describes.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use phiscan::attest::{self, ReadError, Record, Target, TargetKind, Tool, Verdict};
use serde_json::Value;

use crate::common::{phiscan, run, Run};

fn record() -> Record {
    Record {
        schema: attest::SCHEMA,
        tool: Tool::current("blake3:0123456789abcdef0123456789abcdef".into()),
        target: Target {
            path: "/dev/sdc".into(),
            kind: TargetKind::BlockDevice,
            size: 256_060_514_304,
            model: Some("CT250MX500SSD1".into()),
            serial: Some("1849E1D4A2B7".into()),
            vendor: Some("ATA".into()),
        },
        sha256: "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef".into(),
        started: "2026-12-08T01:02:03Z".into(),
        ended: "2026-12-08T01:10:59Z".into(),
        bytes_read: 256_060_510_208,
        read_errors: vec![ReadError {
            offset: 73_400_320,
            len: 4096,
            error: "Input/output error (os error 5)".into(),
        }],
        complete: false,
        findings: 17,
        by_kind: BTreeMap::from([("ssn".to_string(), 9), ("name".to_string(), 8)]),
        verdict: Verdict::Phi,
        operator: Some("R. Alvarez (IT asset desk)".into()),
        host: Some("live-usb".into()),
    }
}

fn attest_cmd(args: &[&str]) -> Run {
    let mut c = phiscan();
    c.arg("attest").args(args);
    run(&mut c)
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `phiscan attest keygen --out DIR/name`, its public key's hex.
fn keygen(dir: &Path, name: &str) -> (PathBuf, String) {
    let key = dir.join(name);
    let r = attest_cmd(&["keygen", "--out", p(&key)]);
    r.assert_code(0);
    // Only the public key on stdout: one line, 64 hex digits.
    let hex = r.stdout.trim_end_matches('\n').to_string();
    assert!(
        hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        "{}",
        r.dump()
    );
    (key, hex)
}

fn openssl_available() -> bool {
    let ok = Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("note: openssl is not installed; .ci/run installs it");
    }
    ok
}

fn openssl(args: &[&str]) -> std::process::Output {
    let out = Command::new("openssl").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn keygen_writes_a_private_key_once_and_prints_only_the_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let (key, hex) = keygen(dir.path(), "phiscan.key");
    let meta = std::fs::metadata(&key).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let pem = std::fs::read_to_string(&key).unwrap();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{pem}");
    let r = attest_cmd(&["keygen", "--out", p(&key)]);
    r.assert_code(2);
    assert!(r.stderr.contains("exists"), "{}", r.dump());
    assert_eq!(std::fs::read_to_string(&key).unwrap(), pem, "overwritten");
    let (_, hex2) = keygen(dir.path(), "second.key");
    assert_ne!(hex, hex2, "two keys from the same randomness");

    // openssl reads phiscan's key file and finds the same public key.
    if openssl_available() {
        let der = openssl(&["pkey", "-in", p(&key), "-pubout", "-outform", "DER"]).stdout;
        let tail: String = der[der.len() - 32..]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(tail, hex);
    }
}

#[test]
fn a_signed_record_verifies_and_its_page_names_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let (key, hex) = keygen(dir.path(), "k");
    let rec = dir.path().join("sdc.attest.json");
    attest::write(
        &rec,
        &record(),
        Some(&attest::load_signing_key(&key).unwrap()),
    )
    .unwrap();
    assert_eq!(
        std::fs::metadata(&rec).unwrap().permissions().mode() & 0o022,
        0,
        "never group/world-writable"
    );

    let r = attest_cmd(&["verify", p(&rec)]);
    r.assert_code(0);
    let fp = attest::fingerprint(&attest::parse_public_key(&hex).unwrap());
    for want in [
        "target:      /dev/sdc (block device)",
        "model:       CT250MX500SSD1",
        "serial:      1849E1D4A2B7",
        "bytes read:  256060510208 of 256060514304 (100.0%), INCOMPLETE",
        "sha256:      5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef",
        "read errors: 1 ranges, 4096 bytes unread",
        "at 73400320 (0x4600000), 4096 bytes: Input/output error (os error 5)",
        "findings:    17 (name 8, ssn 9)",
        "verdict:     phi",
        "operator:    R. Alvarez (IT asset desk)",
        &format!("signature:   valid (key {fp}, Ed25519)"),
        &format!("public key:  {hex}"),
        "pass --public-key to check who signed",
    ] {
        assert!(r.stdout.contains(want), "missing {want:?}\n{}", r.dump());
    }
    // The expected key as hex, as a file of hex, and as the private key file.
    let hexfile = dir.path().join("k.pub");
    std::fs::write(&hexfile, format!("{hex}\n")).unwrap();
    for expected in [hex.as_str(), p(&hexfile), p(&key)] {
        let r = attest_cmd(&["verify", p(&rec), "--public-key", expected]);
        r.assert_code(0);
        assert!(!r.stdout.contains("pass --public-key"));
    }
    // `show` prints the same page.
    let s = attest_cmd(&["show", p(&rec)]);
    s.assert_code(0);
    assert!(s.stdout.contains(&format!("signature:   valid (key {fp}")));
}

/// Every leaf of the record in the file, as a path of keys and indices.
fn leaves(v: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            let mut a = at.clone();
            a.push(k.clone());
            leaves(x, a, out)
        }),
        Value::Array(xs) => xs.iter().enumerate().for_each(|(i, x)| {
            let mut a = at.clone();
            a.push(i.to_string());
            leaves(x, a, out)
        }),
        _ => out.push(at),
    }
}

fn leaf_mut<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Array(xs) => &mut xs[k.parse::<usize>().unwrap()],
        _ => &mut v[k.as_str()],
    })
}

#[test]
fn one_changed_byte_in_any_field_fails_verification() {
    let dir = tempfile::tempdir().unwrap();
    let (key, hex) = keygen(dir.path(), "k");
    let rec = dir.path().join("r.json");
    attest::write(
        &rec,
        &record(),
        Some(&attest::load_signing_key(&key).unwrap()),
    )
    .unwrap();
    let original = std::fs::read(&rec).unwrap();
    let doc: Value = serde_json::from_slice(&original).unwrap();
    let mut paths = Vec::new();
    leaves(&doc["record"], vec!["record".into()], &mut paths);
    assert!(paths.len() >= 20, "{paths:?}");
    let bad = dir.path().join("bad.json");
    for path in &paths {
        let mut d = doc.clone();
        let leaf = leaf_mut(&mut d, path);
        // One byte: a string's first character, a number's last digit;
        // `complete` and a null cannot change by one byte.
        *leaf = match leaf.clone() {
            Value::String(s) => {
                let mut b = s.into_bytes();
                b[0] = if b[0] == b'A' { b'B' } else { b'A' };
                Value::String(String::from_utf8(b).unwrap())
            }
            Value::Number(n) => {
                let n = n.as_u64().unwrap();
                Value::from(if n % 10 == 9 { n - 1 } else { n + 1 })
            }
            Value::Bool(b) => Value::Bool(!b),
            _ => unreachable!("no null in the test record"),
        };
        let mut text = serde_json::to_string_pretty(&d).unwrap();
        text.push('\n');
        let changed = text
            .bytes()
            .zip(original.iter())
            .filter(|(a, b)| a != *b)
            .count();
        if !matches!(leaf_mut(&mut d, path), Value::Bool(_)) {
            assert_eq!(text.len(), original.len(), "{path:?}");
            assert_eq!(changed, 1, "{path:?}");
        }
        std::fs::write(&bad, &text).unwrap();
        let r = attest_cmd(&["verify", p(&bad), "--public-key", &hex]);
        r.assert_code(1);
        assert!(
            r.stderr
                .contains("signature does NOT verify (signature does not match the record)"),
            "{path:?}\n{}",
            r.dump()
        );
        assert!(
            r.stdout.is_empty(),
            "a tampered record is not shown as verified"
        );
    }
    // `show` marks it (a field that still parses).
    let mut d = doc.clone();
    d["record"]["findings"] = Value::from(0);
    std::fs::write(&bad, serde_json::to_vec_pretty(&d).unwrap()).unwrap();
    let r = attest_cmd(&["show", p(&bad)]);
    r.assert_code(0);
    assert!(
        r.stdout
            .contains("signature:   INVALID (signature does not match the record)"),
        "{}",
        r.dump()
    );

    // The signature itself, one byte changed.
    let mut d = doc.clone();
    let v = d["signature"]["value"].as_str().unwrap().to_string();
    let flipped = format!("{}{}", if v.starts_with('0') { "1" } else { "0" }, &v[1..]);
    d["signature"]["value"] = Value::String(flipped);
    std::fs::write(&bad, serde_json::to_vec_pretty(&d).unwrap()).unwrap();
    attest_cmd(&["verify", p(&bad)]).assert_code(1);
}

#[test]
fn another_key_fails_inside_the_file_or_against_public_key() {
    let dir = tempfile::tempdir().unwrap();
    let (key, hex) = keygen(dir.path(), "k");
    let (other_key, other_hex) = keygen(dir.path(), "other");
    let rec = dir.path().join("r.json");
    attest::write(
        &rec,
        &record(),
        Some(&attest::load_signing_key(&key).unwrap()),
    )
    .unwrap();

    // Signed by k, expected other: valid signature, wrong signer.
    let r = attest_cmd(&["verify", p(&rec), "--public-key", &other_hex]);
    r.assert_code(1);
    assert!(r.stderr.contains("not by the expected key"), "{}", r.dump());
    assert!(r.stdout.is_empty());

    // The embedded key swapped for another: the signature no longer fits.
    let mut d: Value = serde_json::from_slice(&std::fs::read(&rec).unwrap()).unwrap();
    d["signature"]["public_key"] = Value::String(other_hex.clone());
    let swapped = dir.path().join("swapped.json");
    std::fs::write(&swapped, serde_json::to_vec_pretty(&d).unwrap()).unwrap();
    let r = attest_cmd(&["verify", p(&swapped)]);
    r.assert_code(1);
    assert!(r.stderr.contains("does NOT verify"), "{}", r.dump());

    // Re-signed by someone else: valid on its own, refused against k.
    let resigned = dir.path().join("resigned.json");
    attest::write(
        &resigned,
        &record(),
        Some(&attest::load_signing_key(&other_key).unwrap()),
    )
    .unwrap();
    attest_cmd(&["verify", p(&resigned)]).assert_code(0);
    attest_cmd(&["verify", p(&resigned), "--public-key", &hex]).assert_code(1);
}

#[test]
fn unsigned_and_unreadable_records() {
    let dir = tempfile::tempdir().unwrap();
    let rec = dir.path().join("unsigned.json");
    attest::write(&rec, &record(), None).unwrap();
    let r = attest_cmd(&["verify", p(&rec)]);
    r.assert_code(1);
    assert!(r.stderr.contains("unsigned"), "{}", r.dump());
    let r = attest_cmd(&["show", p(&rec)]);
    r.assert_code(0);
    assert!(r.stdout.contains("signature:   unsigned"), "{}", r.dump());

    let missing = dir.path().join("missing.json");
    attest_cmd(&["verify", p(&missing)]).assert_code(2);
    attest_cmd(&["show", p(&missing)]).assert_code(2);
    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "{\"record\": [1,").unwrap();
    let r = attest_cmd(&["verify", p(&junk)]);
    r.assert_code(2);
    assert!(r.stderr.contains("not JSON"), "{}", r.dump());
    std::fs::write(&junk, "{\"report\": {}}").unwrap();
    attest_cmd(&["verify", p(&junk)]).assert_code(2);
    // A bad --public-key is a usage error, not a failed verification.
    attest_cmd(&["verify", p(&rec), "--public-key", "abcd"]).assert_code(2);
    // A record of another schema, validly signed: not one this phiscan reads.
    let (key, _) = keygen(dir.path(), "k");
    let mut future = record();
    future.schema = 2;
    let f = dir.path().join("future.json");
    attest::write(&f, &future, Some(&attest::load_signing_key(&key).unwrap())).unwrap();
    let r = attest_cmd(&["verify", p(&f)]);
    r.assert_code(2);
    assert!(r.stderr.contains("schema 2"), "{}", r.dump());
}

#[test]
fn openssl_keys_sign_and_openssl_verifies_the_canonical_form() {
    if !openssl_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("ossl.pem");
    openssl(&["genpkey", "-algorithm", "ed25519", "-out", p(&key)]);
    let public = dir.path().join("ossl.pub.pem");
    openssl(&["pkey", "-in", p(&key), "-pubout", "-out", p(&public)]);

    let rec = dir.path().join("r.json");
    attest::write(
        &rec,
        &record(),
        Some(&attest::load_signing_key(&key).unwrap()),
    )
    .unwrap();
    for expected in [p(&key), p(&public)] {
        attest_cmd(&["verify", p(&rec), "--public-key", expected]).assert_code(0);
    }

    // The README's recipe: canonical bytes of "record", the signature's
    // bytes, and openssl alone.
    let doc: Value = serde_json::from_slice(&std::fs::read(&rec).unwrap()).unwrap();
    let canon = dir.path().join("record.canonical");
    std::fs::write(&canon, attest::canonical(&doc["record"]).unwrap()).unwrap();
    let sig_hex = doc["signature"]["value"].as_str().unwrap();
    let sig: Vec<u8> = (0..sig_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&sig_hex[i..i + 2], 16).unwrap())
        .collect();
    let sig_file = dir.path().join("record.sig");
    std::fs::write(&sig_file, &sig).unwrap();
    let verify = |data: &Path| {
        Command::new("openssl")
            .args([
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                p(&public),
                "-rawin",
            ])
            .args(["-in", p(data), "-sigfile", p(&sig_file)])
            .output()
            .unwrap()
    };
    let ok = verify(&canon);
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    // The canonical form is compact with sorted keys; one byte off fails.
    let text = std::fs::read_to_string(&canon).unwrap();
    assert!(
        text.starts_with("{\"by_kind\":{\"name\":8,\"ssn\":9},\"bytes_read\":"),
        "{text}"
    );
    std::fs::write(&canon, text.replace("\"ssn\":9", "\"ssn\":8")).unwrap();
    assert!(!verify(&canon).status.success());
}

/// The README's recipe the other way round: a record canonicalized by
/// Python's json module (sorted keys, compact, UTF-8) and signed by
/// openssl alone verifies with phiscan.
#[test]
fn a_record_signed_by_python_and_openssl_verifies() {
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !openssl_available() || !python {
        eprintln!("note: needs openssl and python3");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    openssl(&["genpkey", "-algorithm", "ed25519", "-out", p(&key)]);
    let mut rec = record();
    rec.operator = Some("Jos\u{e9} \"JJ\" O'Neil\ttab \u{20ac}".into());
    let json = dir.path().join("record.json");
    std::fs::write(&json, serde_json::to_vec_pretty(&rec).unwrap()).unwrap();
    let canon = dir.path().join("record.canonical");
    let py = Command::new("python3")
        .args([
            "-c",
            "import json,sys; r=json.load(open(sys.argv[1])); \
             open(sys.argv[2],'wb').write(json.dumps(r, sort_keys=True, \
             separators=(',',':'), ensure_ascii=False).encode())",
            p(&json),
            p(&canon),
        ])
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let sig = dir.path().join("record.sig");
    openssl(&[
        "pkeyutl",
        "-sign",
        "-inkey",
        p(&key),
        "-rawin",
        "-in",
        p(&canon),
        "-out",
        p(&sig),
    ]);
    let der = openssl(&["pkey", "-in", p(&key), "-pubout", "-outform", "DER"]).stdout;
    let hex = |b: &[u8]| b.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let doc = serde_json::json!({
        "record": serde_json::to_value(&rec).unwrap(),
        "signature": {
            "algorithm": "ed25519",
            "public_key": hex(&der[der.len() - 32..]),
            "value": hex(&std::fs::read(&sig).unwrap()),
        }
    });
    let signed = dir.path().join("signed.json");
    std::fs::write(&signed, serde_json::to_vec(&doc).unwrap()).unwrap();
    let r = attest_cmd(&["verify", p(&signed), "--public-key", p(&key)]);
    r.assert_code(0);
    assert!(
        r.stdout
            .contains("operator:    Jos\u{e9} \"JJ\" O'Neil\\ttab \u{20ac}"),
        "{}",
        r.dump()
    );
}
