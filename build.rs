//! Lays out the built-in dictionaries as word tables (src/detect/wordtable.rs)
//! when the binary is built, so a scan looks words up in the embedded
//! tables at once instead of hashing ~250k dictionary lines at start.

#[path = "src/detect/wordtable.rs"]
#[allow(dead_code)]
mod wordtable;

use std::fmt::Write as _;
use std::path::PathBuf;

/// The dictionaries laid out, by the name detector files give them; the
/// ZIP table is keyed by ZIP and by ZIP with state.
const DICTS: &[&str] = &[
    "dict/first-names.txt",
    "dict/surnames.txt",
    "dict/name-stopwords.txt",
    "dict/icd10cm-codes.txt",
    "dict/icd9cm-codes.txt",
    "dict/medical-terms.txt",
    "dict/us-zip.txt",
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/detect/wordtable.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut index = String::from("/// (dictionary, word table), laid out by build.rs.\npub(super) const SETS: &[(&str, &[u8])] = &[\n");
    for name in DICTS {
        let path = format!("detectors/{name}");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let bytes = if name.ends_with("us-zip.txt") {
            let keys: Vec<Vec<u8>> = wordtable::zip_keys(&text).collect();
            wordtable::build(keys.iter().map(Vec::as_slice))
        } else {
            wordtable::build(wordtable::dict_words(&text))
        };
        let file = out.join(name.replace('/', "_") + ".table");
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        writeln!(
            index,
            "    ({name:?}, include_bytes!({:?})),",
            file.display().to_string()
        )
        .unwrap();
    }
    index.push_str("];\n");
    std::fs::write(out.join("wordsets.rs"), index).expect("writing wordsets.rs");
}
