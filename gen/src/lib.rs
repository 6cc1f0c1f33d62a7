//! `phiscan-gen`: the test-data generators (`corpus-gen`, the labelled
//! corpus; `gen-tree`, the benchmark trees) and the pieces they and the
//! extraction benchmark share, kept out of the `phiscan` package so
//! `cargo install` ships the scanner alone.
//!
//! Everything here is deterministic: the same seed and arguments always
//! give the same bytes, so committed corpora can be regenerated and
//! checked and cached benchmark trees reused.

#![warn(missing_docs)]

pub mod archive;
pub mod office;
pub mod ole;
pub mod rng;
