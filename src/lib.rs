//! phiscan: find unprotected patient data (PHI) in file trees without
//! leaking it.
//!
//! Data flows one way: `walk` → `source` → `extract` → `detect` →
//! `findings` → `report`; `eval` weighs findings against a truth file
//! beside `report`; `pipeline` takes one file through them, `app` wires
//! one scan and `cli` parses flags. `limits`, `vocab` and `structure` are
//! the ground floor: every room may use them, and they use no room
//! (`tests/architecture.rs` holds the code to this).
#![warn(missing_docs)]

pub mod app;
pub mod attest;
pub mod cli;
pub mod detect;
pub mod eval;
pub mod extract;
pub mod findings;
pub mod hook;
pub mod limits;
/// One file through the pipeline (source, extract, detect, findings).
mod pipeline;
pub mod policy;
pub mod polite;
pub mod progress;
pub mod report;
pub mod signals;
pub mod source;
pub mod state;
pub mod structure;
pub mod vocab;
pub mod walk;

pub use pipeline::scan_one_file;

/// Files of the committed corpus, for tests that compare two ways of
/// doing one thing on real text.
#[cfg(test)]
pub(crate) mod test_corpus {
    use std::path::PathBuf;

    /// Every file under `corpus/{sub}` (`""` for the whole corpus) with its
    /// bytes, in a fixed order.
    pub(crate) fn files(sub: &str) -> Vec<(PathBuf, Vec<u8>)> {
        let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("corpus")
            .join(sub)];
        let mut out = Vec::new();
        while let Some(dir) = stack.pop() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let bytes = std::fs::read(&path).unwrap();
                    out.push((path, bytes));
                }
            }
        }
        out
    }
}
