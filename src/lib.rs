//! phiscan: find unprotected patient data (PHI) in file trees without
//! leaking it.
//!
//! Data flows one way: `walk` → `source` → `extract` → `detect` →
//! `findings` → `report`; `eval` weighs findings against a truth file
//! beside `report`; `app` wires one scan and `cli` parses flags.
#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod container;
pub mod detect;
pub mod eval;
pub mod extract;
pub mod findings;
pub mod limits;
pub mod report;
pub mod source;
pub mod structured;
pub mod walk;
