//! Builds real images with the Debian tools (e2fsprogs, dosfstools,
//! mtools; `.ci/run` installs them), deletes files in them, and checks
//! the map against the planted bytes and against The Sleuth Kit.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::{FsMap, Owner};

/// A tool from PATH or the sbin directories (mkfs is often only there).
fn tool(name: &str) -> PathBuf {
    let path = std::env::var("PATH").unwrap_or_default();
    for dir in path.split(':').chain(["/sbin", "/usr/sbin"]) {
        let p = Path::new(dir).join(name);
        if p.is_file() {
            return p;
        }
    }
    panic!("{name} is needed by the fsmap tests (Debian e2fsprogs, dosfstools, mtools)");
}

fn has(name: &str) -> bool {
    std::panic::catch_unwind(|| tool(name)).is_ok()
}

fn run(name: &str, args: &[&str]) -> String {
    let out = Command::new(tool(name))
        .args(args)
        .output()
        .expect("tool runs");
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Planted file contents: a marker repeated, so each file's data is
/// recognisable wherever it lands in the image.
fn content(marker: &str, bytes: usize) -> Vec<u8> {
    marker
        .as_bytes()
        .iter()
        .copied()
        .cycle()
        .take(bytes)
        .collect()
}

fn find(hay: &[u8], needle: &str) -> u64 {
    let n = needle.as_bytes();
    hay.windows(n.len())
        .position(|w| w == n)
        .unwrap_or_else(|| panic!("{needle} not in the image")) as u64
}

fn map_of(img: &Path) -> FsMap {
    let f = File::open(img).unwrap();
    let len = f.metadata().unwrap().len();
    FsMap::read(&f, len)
}

fn assert_file(map: &FsMap, off: u64, want: &str, deleted: bool, fs: &str) {
    match map.owner(off) {
        Owner::File {
            path,
            deleted: d,
            fs: f,
            ..
        } => {
            assert_eq!((path, d, f), (want, deleted, fs), "offset {off}");
        }
        other => panic!("offset {off}: {other:?}, wanted {want}"),
    }
}

/// Every `r/r` file `fls -r -p` lists: the sectors or blocks `istat`
/// gives for it must map to the same path (and deleted flag).
fn cross_check(map: &FsMap, img: &Path, part_sectors: u64, unit: u64, fs: &str) -> usize {
    if !has("fls") || !has("istat") {
        eprintln!("note: The Sleuth Kit not installed: cross-check skipped");
        return 0;
    }
    let o = part_sectors.to_string();
    let mut checked = 0;
    for line in run("fls", &["-r", "-p", "-o", &o, s(img)]).lines() {
        let Some((head, path)) = line.split_once(":\t") else {
            continue;
        };
        if !head.starts_with("r/r") || path.starts_with('$') {
            continue;
        }
        let deleted = head.contains('*');
        let ino = head.rsplit(' ').next().unwrap();
        let stat = run("istat", &["-o", &o, s(img), ino]);
        let list = stat
            .split_once("Direct Blocks:")
            .or_else(|| stat.split_once("Sectors:"))
            .map(|(_, rest)| rest)
            .unwrap_or("");
        let units: Vec<u64> = list
            .split_whitespace()
            .map_while(|w| w.parse::<u64>().ok())
            .filter(|&n| n != 0)
            .collect();
        let want = format!("/{path}");
        for u in &units {
            let off = part_sectors * 512 + u * unit;
            if fs.starts_with("fat") && deleted {
                // TSK may name a deleted 8.3 entry differently; the data
                // must still be the deleted file's.
                match map.owner(off) {
                    Owner::File { deleted: true, .. } => {}
                    other => panic!("{want} at {off}: {other:?}"),
                }
            } else {
                assert_file(map, off, &want, deleted, fs);
            }
            checked += 1;
        }
    }
    checked
}

struct Planted {
    path: &'static str,
    marker: &'static str,
    bytes: usize,
}

const EXT_FILES: &[Planted] = &[
    Planted {
        path: "a.txt",
        marker: "AAAA-live-a ",
        bytes: 6_000,
    },
    Planted {
        path: "dir/b.txt",
        marker: "BBBB-live-b ",
        bytes: 24_000,
    },
    Planted {
        path: "dir/sub/c.txt",
        marker: "CCCC-live-c ",
        bytes: 300_000,
    },
    Planted {
        path: "del.txt",
        marker: "DDDD-deleted ",
        bytes: 30_000,
    },
    Planted {
        path: "dir/gone.txt",
        marker: "GGGG-gone ",
        bytes: 8_000,
    },
];

fn ext_image(dir: &Path, mkfs: &str, extra: &[&str], offset: Option<u64>) -> PathBuf {
    let src = dir.join("src");
    for p in EXT_FILES {
        let f = src.join(p.path);
        std::fs::create_dir_all(f.parent().unwrap()).unwrap();
        std::fs::write(&f, content(p.marker, p.bytes)).unwrap();
    }
    let img = dir.join("ext.img");
    let mut args = vec!["-q", "-F", "-d", s(&src)];
    args.extend_from_slice(extra);
    let off_arg;
    if let Some(o) = offset {
        off_arg = format!("offset={o}");
        args.extend(["-E", &off_arg]);
    }
    args.extend([s(&img), "16M"]);
    run(mkfs, &args);
    img
}

/// `debugfs -w -R "rm PATH"` on a file system at byte `offset` of `img`.
fn ext_rm(img: &Path, offset: u64, path: &str) {
    let spec = if offset == 0 {
        s(img).to_string()
    } else {
        format!("{}?offset={offset}", s(img))
    };
    run("debugfs", &["-w", "-R", &format!("rm /{path}"), &spec]);
}

fn check_ext(img: &Path, part_off: u64, fs: &'static str) {
    let map = map_of(img);
    let bytes = std::fs::read(img).unwrap();
    for p in EXT_FILES {
        let deleted = p.path.contains("del") || p.path.contains("gone");
        let off = find(&bytes, p.marker);
        assert_file(&map, off, &format!("/{}", p.path), deleted, fs);
        // The last byte of the file too (extents beyond the first).
        let last = bytes
            .windows(p.marker.len())
            .rposition(|w| w == p.marker.as_bytes())
            .unwrap() as u64;
        assert_file(&map, last, &format!("/{}", p.path), deleted, fs);
    }
    assert_eq!(map.owner(part_off + 1024), Owner::Metadata { fs });
    let v = map
        .volumes()
        .iter()
        .find(|v| v.start == part_off)
        .expect("volume found");
    assert_eq!((v.fs, v.files, v.deleted), (fs, 3, 2), "{v:?}");
    assert_eq!(
        map.owner(part_off + v.len - 1),
        Owner::Unallocated { fs },
        "last block of an almost empty file system is free"
    );
    let n = cross_check(&map, img, part_off / 512, 1024, fs);
    assert!(!has("istat") || n > 300, "TSK blocks checked: {n}");
}

#[test]
fn ext4_live_and_deleted_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let img = ext_image(dir.path(), "mkfs.ext4", &[], None);
    ext_rm(&img, 0, "del.txt");
    ext_rm(&img, 0, "dir/gone.txt");
    check_ext(&img, 0, "ext4");
}

#[test]
fn ext2_and_ext3_indirect_blocks_and_deleted_files_are_named() {
    for fs in ["ext2", "ext3"] {
        let dir = tempfile::tempdir().unwrap();
        let img = ext_image(dir.path(), &format!("mkfs.{fs}"), &[], None);
        ext_rm(&img, 0, "del.txt");
        ext_rm(&img, 0, "dir/gone.txt");
        check_ext(&img, 0, fs);
    }
}

fn ino_of(img: &Path, path: &str) -> u64 {
    let out = run("debugfs", &["-R", &format!("stat /{path}"), s(img)]);
    out.split("Inode: ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn ext4_zeroed_extents_are_unallocated_and_a_lost_name_gives_the_inode() {
    let dir = tempfile::tempdir().unwrap();
    let img = ext_image(dir.path(), "mkfs.ext4", &[], None);
    // As the kernel does: the deleted file's extent count is zeroed.
    let del = ino_of(&img, "del.txt");
    ext_rm(&img, 0, "del.txt");
    run(
        "debugfs",
        &["-w", "-R", &format!("sif <{del}> block[0] 0xF30A"), s(&img)],
    );
    // A new (empty) entry of the same name length takes the slack where
    // gone.txt's name was.
    let gone = ino_of(&img, "dir/gone.txt");
    ext_rm(&img, 0, "dir/gone.txt");
    let empty = dir.path().join("empty");
    std::fs::write(&empty, b"").unwrap();
    run(
        "debugfs",
        &[
            "-w",
            "-R",
            &format!("write {} /dir/zzzz.txt", s(&empty)),
            s(&img),
        ],
    );
    let map = map_of(&img);
    let bytes = std::fs::read(&img).unwrap();
    assert_eq!(
        map.owner(find(&bytes, "DDDD-deleted ")),
        Owner::Unallocated { fs: "ext4" }
    );
    let want = format!("<deleted inode {gone}>");
    assert_file(&map, find(&bytes, "GGGG-gone "), &want, true, "ext4");
    assert_file(
        &map,
        find(&bytes, "BBBB-live-b "),
        "/dir/b.txt",
        false,
        "ext4",
    );
}

fn fat_image(dir: &Path, bits: u32, kib: u32, offset_sectors: Option<u64>) -> PathBuf {
    let img = dir.join(format!("fat{bits}.img"));
    let b = bits.to_string();
    let k = kib.to_string();
    let spec = match offset_sectors {
        None => {
            run("mkfs.vfat", &["-F", &b, "-C", s(&img), &k]);
            s(&img).to_string()
        }
        Some(o) => {
            let room = o * 512 + u64::from(kib) * 1024 + (2 << 20);
            File::create(&img).unwrap().set_len(room).unwrap();
            let os = o.to_string();
            run("mkfs.vfat", &["-F", &b, "--offset", &os, s(&img), &k]);
            format!("{}@@{}", s(&img), o * 512)
        }
    };
    let files: [(&str, &str, usize); 5] = [
        ("a.txt", "AAAA-fat-a ", 3_300),
        ("Patient Notes Long Name.txt", "LLLL-long ", 9_000),
        ("del.txt", "DDDD-fdel ", 7_000),
        ("Deleted Long Name Note.txt", "QQQQ-dellong ", 9_100),
        ("tiny.txt", "TTTT-tiny ", 100),
    ];
    for (name, marker, n) in files {
        std::fs::write(dir.join(name), content(marker, n)).unwrap();
    }
    let d = |n: &str| s(&dir.join(n)).to_string();
    run("mmd", &["-i", &spec, "::/dir"]);
    run("mmd", &["-i", &spec, "::/dir/deep"]);
    run("mcopy", &["-i", &spec, &d("a.txt"), &d("del.txt"), "::/"]);
    run(
        "mcopy",
        &[
            "-i",
            &spec,
            &d("Patient Notes Long Name.txt"),
            &d("Deleted Long Name Note.txt"),
            "::/dir/",
        ],
    );
    run("mcopy", &["-i", &spec, &d("tiny.txt"), "::/dir/deep/"]);
    run(
        "mdel",
        &[
            "-i",
            &spec,
            "::/del.txt",
            "::/dir/Deleted Long Name Note.txt",
        ],
    );
    img
}

fn check_fat(img: &Path, part_off: u64, fs: &'static str) {
    let map = map_of(img);
    let bytes = std::fs::read(img).unwrap();
    assert_file(&map, find(&bytes, "AAAA-fat-a "), "/a.txt", false, fs);
    assert_file(
        &map,
        find(&bytes, "LLLL-long "),
        "/dir/Patient Notes Long Name.txt",
        false,
        fs,
    );
    assert_file(
        &map,
        find(&bytes, "TTTT-tiny "),
        "/dir/deep/tiny.txt",
        false,
        fs,
    );
    assert_file(
        &map,
        find(&bytes, "QQQQ-dellong "),
        "/dir/Deleted Long Name Note.txt",
        true,
        fs,
    );
    match map.owner(find(&bytes, "DDDD-fdel ")) {
        Owner::File {
            path,
            deleted: true,
            ..
        } => assert!(path == "/del.txt" || path == "/_el.txt", "{path}"),
        other => panic!("deleted 8.3 file: {other:?}"),
    }
    assert_eq!(map.owner(part_off), Owner::Metadata { fs });
    let v = map
        .volumes()
        .iter()
        .find(|v| v.start == part_off)
        .expect("volume found");
    assert_eq!((v.fs, v.files, v.deleted), (fs, 3, 2), "{v:?}");
    assert_eq!(map.owner(part_off + v.len - 1), Owner::Unallocated { fs });
    let n = cross_check(&map, img, part_off / 512, 512, fs);
    assert!(!has("istat") || n > 40, "TSK sectors checked: {n}");
}

#[test]
fn fat12_16_32_live_and_deleted_files_are_named() {
    for (bits, kib) in [(12, 4096), (16, 20_000), (32, 40_000)] {
        let dir = tempfile::tempdir().unwrap();
        let img = fat_image(dir.path(), bits, kib, None);
        check_fat(&img, 0, format!("fat{bits}").leak());
    }
}

/// CRC-32 (IEEE) for the GPT header and entries, so TSK accepts them.
fn crc32(data: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// Writes a protective MBR and a GPT with partitions `(first, last)` LBAs.
fn write_gpt(img: &Path, sectors: u64, parts: &[(u64, u64)]) {
    use std::os::unix::fs::FileExt;
    let f = std::fs::OpenOptions::new().write(true).open(img).unwrap();
    let mut mbr = [0u8; 512];
    mbr[446 + 4] = 0xEE;
    mbr[446 + 8..446 + 12].copy_from_slice(&1u32.to_le_bytes());
    let n = u32::try_from(sectors - 1).unwrap_or(u32::MAX);
    mbr[446 + 12..446 + 16].copy_from_slice(&n.to_le_bytes());
    mbr[510] = 0x55;
    mbr[511] = 0xAA;
    f.write_all_at(&mbr, 0).unwrap();
    let mut ents = vec![0u8; 128 * 128];
    for (i, &(first, last)) in parts.iter().enumerate() {
        let e = &mut ents[i * 128..(i + 1) * 128];
        e[0..16].copy_from_slice(&[0xAF; 16]); // a type GUID, not zero
        e[16..32].copy_from_slice(&[i as u8 + 1; 16]);
        e[32..40].copy_from_slice(&first.to_le_bytes());
        e[40..48].copy_from_slice(&last.to_le_bytes());
    }
    let mut h = [0u8; 92];
    h[0..8].copy_from_slice(b"EFI PART");
    h[8..12].copy_from_slice(&0x0001_0000u32.to_le_bytes());
    h[12..16].copy_from_slice(&92u32.to_le_bytes());
    h[24..32].copy_from_slice(&1u64.to_le_bytes());
    h[32..40].copy_from_slice(&(sectors - 1).to_le_bytes());
    h[40..48].copy_from_slice(&34u64.to_le_bytes());
    h[48..56].copy_from_slice(&(sectors - 34).to_le_bytes());
    h[72..80].copy_from_slice(&2u64.to_le_bytes());
    h[80..84].copy_from_slice(&128u32.to_le_bytes());
    h[84..88].copy_from_slice(&128u32.to_le_bytes());
    h[88..92].copy_from_slice(&crc32(&ents).to_le_bytes());
    let hc = crc32(&h);
    h[16..20].copy_from_slice(&hc.to_le_bytes());
    f.write_all_at(&h, 512).unwrap();
    f.write_all_at(&ents, 1024).unwrap();
}

/// Writes an MBR with primary partitions `(type, first LBA, sectors)`.
fn write_mbr(img: &Path, parts: &[(u8, u32, u32)]) {
    use std::os::unix::fs::FileExt;
    let f = std::fs::OpenOptions::new().write(true).open(img).unwrap();
    let mut mbr = [0u8; 512];
    for (i, &(ty, first, n)) in parts.iter().enumerate() {
        let e = 446 + 16 * i;
        mbr[e + 4] = ty;
        mbr[e + 8..e + 12].copy_from_slice(&first.to_le_bytes());
        mbr[e + 12..e + 16].copy_from_slice(&n.to_le_bytes());
    }
    mbr[510] = 0x55;
    mbr[511] = 0xAA;
    f.write_all_at(&mbr, 0).unwrap();
}

#[test]
fn gpt_disk_with_an_ext4_partition() {
    let dir = tempfile::tempdir().unwrap();
    let off = 2048 * 512;
    let img = ext_image(dir.path(), "mkfs.ext4", &[], Some(off));
    // 1 MiB + 16 MiB of file system + room for the backup GPT.
    let sectors = (off + (16 << 20)) / 512 + 64;
    File::options()
        .write(true)
        .open(&img)
        .unwrap()
        .set_len(sectors * 512)
        .unwrap();
    write_gpt(&img, sectors, &[(2048, 2048 + (16 << 20) / 512 - 1)]);
    ext_rm(&img, off, "del.txt");
    ext_rm(&img, off, "dir/gone.txt");
    check_ext(&img, off, "ext4");
    let map = map_of(&img);
    assert_eq!(map.owner(512), Owner::Outside, "the GPT header");
    assert_eq!(map.volumes().len(), 1);
    if has("mmls") {
        let mm = run("mmls", &[s(&img)]);
        assert!(mm.contains("0000002048"), "{mm}");
    }
}

#[test]
fn mbr_disk_with_fat16_and_ext4_partitions() {
    let dir = tempfile::tempdir().unwrap();
    // FAT16 at sector 2048 (20 MB), ext4 right after it (16 MiB).
    let fat_sec = 2048u64;
    let fat_kib = 20_000u64;
    let ext_sec = fat_sec + fat_kib * 2 + 2048;
    let img = fat_image(dir.path(), 16, fat_kib as u32, Some(fat_sec));
    let ext_dir = dir.path().join("e");
    std::fs::create_dir(&ext_dir).unwrap();
    let ext = ext_image(&ext_dir, "mkfs.ext4", &[], None);
    let ext_bytes = std::fs::read(&ext).unwrap();
    {
        use std::os::unix::fs::FileExt;
        let f = File::options().write(true).open(&img).unwrap();
        f.write_all_at(&ext_bytes, ext_sec * 512).unwrap();
    }
    write_mbr(
        &img,
        &[
            (0x06, fat_sec as u32, (fat_kib * 2) as u32),
            (0x83, ext_sec as u32, (ext_bytes.len() / 512) as u32),
        ],
    );
    let map = map_of(&img);
    assert_eq!(map.volumes().len(), 2, "{:?}", map.notes());
    let ext_at = ext_sec * 512 + 1024;
    assert_eq!(map.volume_of(ext_at).map(|v| v.fs), Some("ext4"));
    check_fat(&img, fat_sec * 512, "fat16");
    let bytes = std::fs::read(&img).unwrap();
    assert_file(
        &map,
        find(&bytes, "CCCC-live-c "),
        "/dir/sub/c.txt",
        false,
        "ext4",
    );
    assert_eq!(
        map.owner(600 * 512),
        Owner::Outside,
        "gap before partition 1"
    );
}

#[test]
fn overlaps_resolve_by_priority_live_then_metadata_then_deleted() {
    let f = File::open("/dev/null").unwrap();
    let mut b = super::Builder::new(&f, 1 << 20);
    let vol = b.volume(0, 1 << 20, "ext4", String::new());
    let live = b.file(vol, 12, false).unwrap();
    let gone = b.file(vol, 13, true).unwrap();
    b.set_path(live, "", "live");
    b.set_path(gone, "/d", "gone");
    // A deleted file's old run crosses metadata and a live file.
    b.file_run(gone, 1000, 9000);
    b.meta_run(vol, 2000, 1000);
    b.file_run(live, 5000, 1000);
    let map = b.finish();
    let who = |off| match map.owner(off) {
        Owner::File { path, .. } => path.to_string(),
        Owner::Metadata { .. } => "meta".to_string(),
        Owner::Unallocated { .. } => "free".to_string(),
        Owner::Outside => "outside".to_string(),
    };
    let got: Vec<String> = [
        999, 1000, 1999, 2000, 2999, 3000, 5000, 5999, 6000, 9999, 10_000,
    ]
    .into_iter()
    .map(who)
    .collect();
    assert_eq!(
        got,
        [
            "free", "/d/gone", "/d/gone", "meta", "meta", "/d/gone", "/live", "/live", "/d/gone",
            "/d/gone", "free"
        ]
    );
    assert_eq!(map.owner(2 << 20), Owner::Outside);
}

#[test]
fn unknown_bytes_give_an_empty_map_and_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("zero.img");
    std::fs::write(&img, vec![0x5Au8; 1 << 20]).unwrap();
    let map = map_of(&img);
    assert!(map.volumes().is_empty());
    assert_eq!(map.owner(4096), Owner::Outside);
    assert_eq!(map.notes().len(), 1, "{:?}", map.notes());
}

/// Corrupt images: random bytes written over the metadata of real images,
/// and truncated images; reading must never panic or hang.
#[test]
fn damaged_images_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let ext = ext_image(dir.path(), "mkfs.ext4", &[], None);
    ext_rm(&ext, 0, "del.txt");
    let fat_dir = dir.path().join("f");
    std::fs::create_dir(&fat_dir).unwrap();
    let fat = fat_image(&fat_dir, 12, 4096, None);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for base in [ext, fat] {
        let orig = std::fs::read(&base).unwrap();
        // Where the metadata is: the first 600 KiB hold the superblock,
        // descriptors, bitmaps, inode table and directories (ext) or the
        // boot sector, FATs and root directory (FAT).
        for round in 0..60 {
            let mut img = orig.clone();
            let hits = 1 + rnd() % 64;
            for _ in 0..hits {
                let at = (rnd() % (600 << 10)) as usize;
                img[at] = rnd() as u8;
                if round % 3 == 0 {
                    // Whole little-endian words of extremes.
                    let w = [0u8, 0xFF][(rnd() % 2) as usize];
                    let end = (at + 4).min(img.len());
                    img[at..end].fill(w);
                }
            }
            if round % 10 == 9 {
                img.truncate((rnd() % img.len() as u64) as usize);
            }
            let p = dir.path().join("bad.img");
            std::fs::write(&p, &img).unwrap();
            let map = map_of(&p);
            for k in 0..64 {
                let _ = map.owner(k * (img.len() as u64 / 64 + 1));
            }
        }
    }
}

/// Not a test: times `FsMap::read` on a 300 MiB ext4 image with a few
/// thousand files (figures go in the report). Run with
/// `cargo test --release -- --ignored --nocapture fsmap_timing`.
#[test]
#[ignore]
fn fsmap_timing() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    for d in 0..50 {
        let sub = src.join(format!("d{d:02}"));
        std::fs::create_dir_all(&sub).unwrap();
        for f in 0..80 {
            let n = 1_000 + (d * 7919 + f * 104_729) % 60_000;
            std::fs::write(sub.join(format!("note{f:03}.txt")), content("x", n)).unwrap();
        }
    }
    for (mkfs, img, size) in [
        ("mkfs.ext4", dir.path().join("t.ext4"), "300M"),
        ("mkfs.vfat", dir.path().join("t.fat"), "307200"),
    ] {
        if mkfs == "mkfs.ext4" {
            run(mkfs, &["-q", "-F", "-d", s(&src), s(&img), size]);
            // Every 20th note deleted (200 in all), in one debugfs run.
            let cmds = dir.path().join("rm.cmds");
            let rm: String = (0..50)
                .flat_map(|d| (0..80).step_by(20).map(move |f| (d, f)))
                .map(|(d, f)| format!("rm /d{d:02}/note{f:03}.txt\n"))
                .collect();
            std::fs::write(&cmds, rm).unwrap();
            run("debugfs", &["-w", "-f", s(&cmds), s(&img)]);
        } else {
            run(mkfs, &["-F", "32", "-C", s(&img), size]);
            let spec = s(&img).to_string();
            for d in 0..50 {
                let sub = src.join(format!("d{d:02}"));
                run("mcopy", &["-s", "-i", &spec, s(&sub), "::/"]);
            }
            let mut rm = vec!["-i".to_string(), spec.clone()];
            for d in 0..50 {
                rm.extend(
                    (0..80)
                        .step_by(20)
                        .map(|f| format!("::/d{d:02}/note{f:03}.txt")),
                );
            }
            let rm: Vec<&str> = rm.iter().map(String::as_str).collect();
            run("mdel", &rm);
        }
        // Cold: the image's pages are dropped from the page cache first.
        {
            use std::os::fd::AsRawFd;
            let f = File::open(&img).unwrap();
            f.sync_all().unwrap();
            // SAFETY: a valid descriptor; advice only, no memory involved.
            let rc = unsafe { libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
            assert_eq!(rc, 0);
        }
        let t = std::time::Instant::now();
        let map = map_of(&img);
        let el = t.elapsed();
        let (entries, files) = map.size();
        eprintln!(
            "{mkfs}: FsMap::read (cold) {:.1} ms, volumes {:?}, {entries} intervals, {files} files",
            el.as_secs_f64() * 1e3,
            map.volumes()
        );
        let unnamed = map
            .files
            .iter()
            .filter(|f| map.paths[f.path_off..].starts_with('<'))
            .count();
        eprintln!("  files without a recovered name: {unnamed}");
        let t = std::time::Instant::now();
        let warm = map_of(&img);
        eprintln!(
            "  warm {:.1} ms, notes {:?}",
            t.elapsed().as_secs_f64() * 1e3,
            warm.notes()
        );
        let t = std::time::Instant::now();
        let mut named = 0u64;
        for k in 0..1_000_000u64 {
            if matches!(map.owner(k * 311), Owner::File { .. }) {
                named += 1;
            }
        }
        eprintln!(
            "  1M owner() lookups: {:.1} ms ({named} in files)",
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}
