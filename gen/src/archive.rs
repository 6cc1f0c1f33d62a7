//! Archive writers shared by the generators: zip, tar and gzip, in memory,
//! with fixed timestamps and modes so the same input gives the same bytes.
//!
//! Compressed bytes come from the `zip` and `flate2` crates' deflate and
//! are stable for a given `Cargo.lock`.

use std::io::{Cursor, Write};

use flate2::{Compression, GzBuilder};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

pub use zip::DateTime;

/// A zip being written in memory with one timestamp for every entry, so a
/// generated archive does not depend on the clock.
pub struct Zip {
    w: ZipWriter<Cursor<Vec<u8>>>,
    time: DateTime,
}

impl Zip {
    /// Entries with the given timestamp (office files: `DateTime::default()`,
    /// 1980-01-01).
    pub fn at(time: DateTime) -> Zip {
        Zip {
            w: ZipWriter::new(Cursor::new(Vec::new())),
            time,
        }
    }

    fn opts(&self, deflate: bool) -> SimpleFileOptions {
        SimpleFileOptions::default()
            .compression_method(if deflate {
                CompressionMethod::Deflated
            } else {
                CompressionMethod::Stored
            })
            .last_modified_time(self.time)
            .unix_permissions(0o644)
    }

    /// Adds a file entry, deflated or stored, mode 0644.
    pub fn file(&mut self, name: &str, bytes: &[u8], deflate: bool) {
        let o = self.opts(deflate);
        self.w.start_file(name, o).expect("zip entry in memory");
        self.w.write_all(bytes).expect("zip write in memory");
    }

    /// Adds a directory entry, mode 0755.
    pub fn dir(&mut self, name: &str) {
        let o = self.opts(false).unix_permissions(0o755);
        self.w
            .add_directory(name, o)
            .expect("zip directory in memory");
    }

    /// Bytes written so far; lags the deflater by what it buffers, so a
    /// writer filling an archive to a size overshoots by about a member.
    pub fn written(&self) -> u64 {
        self.w.get_ref().map_or(0, |c| c.position())
    }

    /// The finished archive.
    pub fn finish(self) -> Vec<u8> {
        self.w.finish().expect("zip in memory").into_inner()
    }
}

/// A tar archive in memory: GNU headers, mode 0644, mtime 0, uid/gid 0,
/// so nothing of the machine that wrote it gets in.
pub struct Tar {
    b: tar::Builder<Vec<u8>>,
}

impl Default for Tar {
    fn default() -> Self {
        Tar::new()
    }
}

impl Tar {
    /// An empty archive.
    pub fn new() -> Tar {
        Tar {
            b: tar::Builder::new(Vec::new()),
        }
    }

    fn header(size: u64, mode: u32, kind: tar::EntryType) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_size(size);
        h.set_mode(mode);
        h.set_mtime(0);
        h.set_uid(0);
        h.set_gid(0);
        h.set_entry_type(kind);
        h
    }

    /// Adds a regular file.
    pub fn file(&mut self, path: &str, bytes: &[u8]) {
        let mut h = Tar::header(bytes.len() as u64, 0o644, tar::EntryType::Regular);
        self.b
            .append_data(&mut h, path, bytes)
            .expect("tar entry in memory");
    }

    /// Adds a directory entry, mode 0755.
    pub fn dir(&mut self, path: &str) {
        let mut h = Tar::header(0, 0o755, tar::EntryType::Directory);
        self.b
            .append_data(&mut h, path, &[][..])
            .expect("tar directory in memory");
    }

    /// The finished archive.
    pub fn finish(self) -> Vec<u8> {
        self.b.into_inner().expect("tar in memory")
    }
}

/// gzip with mtime 0 and no file name in the header, so the bytes depend
/// on the input only.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), Compression::default());
    e.write_all(bytes).expect("gzip in memory");
    e.finish().expect("gzip in memory")
}
