//! The integration tests, one binary as ripgrep has (`autotests = false`
//! in Cargo.toml): one link of the test crate instead of one per file, and
//! one place the helpers in `common` are shared from. Each module below
//! drives the real `phiscan` executable on one area of behaviour.

mod common;

mod architecture;
mod attest;
mod cli;
mod damaged;
mod dicom;
mod environment;
mod field_formats;
mod formats;
mod git;
mod hostile;
mod html;
mod notes;
mod policy;
mod precision;
mod progress;
mod raw;
mod signals;
mod software_text;
mod state;
mod state_hash;
mod structured;
mod structured_fields;
mod tables;
