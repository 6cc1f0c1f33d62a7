//! Sniff arbitrary bytes and, when they name a container, expand it
//! (members of members included) under a small budget: every container
//! reader at once, the fuzzer finds the magic numbers from the seeds.
#![no_main]

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use phiscan::extract::container::{expand, ArchiveLimits, Budget, Unit};
use phiscan::extract::{self, Known, Sniffed};

fuzz_target!(|data: &[u8]| {
    let limits = ArchiveLimits {
        max_depth: 3,
        max_members: 64,
        max_member_bytes: 4 << 20,
        max_file_bytes: 16 << 20,
        max_scan_bytes: 16 << 20,
        max_ratio: 200,
        max_time: Duration::from_secs(5),
    };
    let sniffed = extract::sniff(data);
    let Sniffed::Container(format) = sniffed else {
        // Not a container: the unit a plain file would become.
        let mut buf = extract::DecodeBuf::default();
        let enc = extract::encoding(data);
        let _ = extract::unit(
            data,
            enc,
            true,
            Known {
                sniffed: Some(sniffed),
                named: None,
            },
            &mut buf,
        );
        return;
    };
    let scan_bytes = AtomicU64::new(0);
    let mut budget = Budget::new(limits, &scan_bytes);
    let mut chain = Vec::new();
    let mut buf = extract::DecodeBuf::default();
    expand(format, data, &mut chain, &mut budget, &mut |unit| {
        if let Unit::Text {
            text,
            extracted,
            sniffed,
            named,
            ..
        } = unit
        {
            // Each text unit decoded and its structure read, as the
            // pipeline does before detection.
            let enc = extract::unit_encoding(text, extracted);
            let _ = extract::unit(text, enc, true, Known { sniffed, named }, &mut buf);
        }
    });
    assert!(chain.is_empty(), "the member chain is restored");
});
