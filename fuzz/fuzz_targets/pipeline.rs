//! One file through the whole per-file path (source, sniff, extract,
//! detect, findings) by `phiscan::scan_one_file`: the bytes are written to
//! a scratch file (in /dev/shm when there is one) and scanned under small
//! limits, with windows small enough that inputs of a few tens of KiB are
//! read in several mapped windows.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use phiscan::detect::Engine;
use phiscan::extract::container::ArchiveLimits;
use phiscan::findings::{BuildOptions, Keyring};
use phiscan::limits::Limits;
use phiscan::vocab::Confidence;

static SETUP: OnceLock<(Engine, Keyring, PathBuf)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let (engine, keys, path) = SETUP.get_or_init(|| {
        let dir = ["/dev/shm"]
            .iter()
            .map(PathBuf::from)
            .find(|d| d.is_dir())
            .unwrap_or_else(std::env::temp_dir);
        let path = dir.join(format!("phiscan-fuzz-pipeline-{}", std::process::id()));
        (
            Engine::builtin().expect("built-in detectors compile"),
            Keyring::derive(b"fuzz"),
            path,
        )
    });
    std::fs::write(path, data).expect("scratch file written");
    let limits = Limits {
        max_file_size: Some(16 << 20),
        read_threshold: 4096,
        map_window: 16 << 10,
    };
    let archive = ArchiveLimits {
        max_depth: 3,
        max_members: 64,
        max_member_bytes: 4 << 20,
        max_file_bytes: 16 << 20,
        max_scan_bytes: 16 << 20,
        max_ratio: 200,
        max_time: Duration::from_secs(5),
    };
    let build = BuildOptions {
        show_values: false,
        min_confidence: Confidence::Low,
    };
    let (files, skips) = phiscan::scan_one_file(engine, keys, limits, archive, build, path);
    // A bug in the path is caught and reported as `corrupt` with this
    // detail; under the fuzzer it aborts first (libFuzzer's panic hook),
    // but a skip of that kind would be a bug too.
    for s in &skips {
        assert!(
            !s.detail.contains("internal error"),
            "no part lost to a bug"
        );
    }
    for f in &files {
        for finding in &f.findings {
            assert!(finding.line >= 1, "lines count from 1");
        }
    }
});
