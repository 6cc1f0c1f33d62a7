//! Archives and compressed streams: zip, gzip, bzip2, xz, zstd, tar.
use super::{Budget, Format, Problem, Visit};

/// Reads every member of a zip archive.
pub fn read_zip(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("zip: not yet"))
}

/// Inflates a single compressed stream (gzip, bzip2, xz, zstd) as one member.
pub fn read_stream(
    format: Format,
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported(format!("{}: not yet", format.name())))
}

/// Reads every regular member of a tar archive.
pub fn read_tar(
    _bytes: &[u8],
    _budget: &mut Budget<'_>,
    _visit: &mut Visit<'_>,
) -> Result<(), Problem> {
    Err(Problem::unsupported("tar: not yet"))
}
