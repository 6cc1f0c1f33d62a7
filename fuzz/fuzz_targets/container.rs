//! One container reader at a time, chosen by the input's first byte, over
//! the rest: every extractor (zip and office documents, gzip, bzip2, xz,
//! zstd, tar, PDF, OLE2, RTF, HTML, XML, e-mail, mbox, DICOM) is driven
//! directly, also on bytes its sniff would have given to another reader,
//! so a reader's own coverage does not depend on the fuzzer first
//! finding its magic number. Seeds carry the byte of their own format
//! (`seed.sh`).
#![no_main]

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use phiscan::extract::container::{expand, ArchiveLimits, Budget, ContainerFormat, Unit};
use phiscan::extract::{self, Known};

/// The readers, in the order `seed.sh` numbers them.
const FORMATS: [ContainerFormat; 14] = [
    ContainerFormat::Zip,
    ContainerFormat::Gzip,
    ContainerFormat::Bzip2,
    ContainerFormat::Xz,
    ContainerFormat::Zstd,
    ContainerFormat::Tar,
    ContainerFormat::Pdf,
    ContainerFormat::Ole2,
    ContainerFormat::Rtf,
    ContainerFormat::Html,
    ContainerFormat::Xml,
    ContainerFormat::Eml,
    ContainerFormat::Mbox,
    ContainerFormat::Dicom,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let format = FORMATS[pick as usize % FORMATS.len()];
    let limits = ArchiveLimits {
        max_depth: 3,
        max_members: 64,
        max_member_bytes: 4 << 20,
        max_file_bytes: 16 << 20,
        max_scan_bytes: 16 << 20,
        max_ratio: 200,
        max_time: Duration::from_secs(5),
    };
    let scan_bytes = AtomicU64::new(0);
    let mut budget = Budget::new(limits, &scan_bytes);
    let mut chain = Vec::new();
    let mut buf = extract::DecodeBuf::default();
    expand(format, bytes, &mut chain, &mut budget, &mut |unit| {
        if let Unit::Text {
            text,
            extracted,
            sniffed,
            named,
            ..
        } = unit
        {
            let enc = extract::unit_encoding(text, extracted);
            let _ = extract::unit(text, enc, true, Known { sniffed, named }, &mut buf);
        }
    });
    assert!(chain.is_empty(), "the member chain is restored");
});
