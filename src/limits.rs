//! Resource limits for one scan, in one place so every room reads the
//! same numbers.

/// How much a scan may read and map.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this are skipped (`too_large`); `None`: no limit.
    pub max_file_size: Option<u64>,
    /// Files up to this size are read into a reused buffer; larger ones are
    /// memory-mapped. Reading wins for small files (no page-table setup).
    pub read_threshold: u64,
    /// Largest window mapped at once; bigger files are scanned in windows
    /// that overlap by the detectors' reach, so address space stays bounded.
    /// It also bounds the detectors' working state, which grows with the
    /// matches in one window: 8 MiB keeps a file of dense identifiers
    /// (64 MB, 3.7 million findings) at 130 MiB peak RSS where 32 MiB
    /// windows took 342 MiB (issue 17), and the findings are the same.
    pub map_window: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: Some(2 << 30),
            read_threshold: 1 << 20,
            map_window: 8 << 20,
        }
    }
}

/// Parses sizes such as `2G`, `512MiB`, `100k`, `1048576` (binary units).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("invalid size {s:?}"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return Err(format!("invalid size unit in {s:?} (use K, M, G or T)")),
    };
    Ok((n * mult as f64) as u64)
}

/// A size flag's value: `None` for `0`, which every size flag reads as
/// "no limit" (a limit of zero bytes would skip everything). A size that is
/// not zero but rounds down to zero bytes (`0.1`) is one byte, not "no
/// limit".
pub fn parse_limit(s: &str) -> Result<Option<u64>, String> {
    let n = parse_size(s)?;
    let zero = s
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .trim()
        .bytes()
        .all(|b| b == b'0' || b == b'.');
    Ok(match n {
        0 if zero => None,
        n => Some(n.max(1)),
    })
}

/// Formats a byte count for people: `5.2 GiB`.
pub fn human_size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("2G").unwrap(), 2 << 30);
        assert_eq!(parse_size("512MiB").unwrap(), 512 << 20);
        assert_eq!(parse_size("100k").unwrap(), 100 << 10);
        assert_eq!(parse_size("42").unwrap(), 42);
        assert!(parse_size("12 parsecs").is_err());
        assert_eq!(human_size(5_583_457_485), "5.2 GiB");
    }

    #[test]
    fn zero_is_no_limit_for_every_size_flag() {
        assert_eq!(parse_limit("0").unwrap(), None);
        assert_eq!(parse_limit("0M").unwrap(), None);
        assert_eq!(parse_limit(" 0.0 GiB").unwrap(), None);
        assert_eq!(parse_limit("0.1").unwrap(), Some(1));
        assert_eq!(parse_limit("64M").unwrap(), Some(64 << 20));
        assert!(parse_limit("-1").is_err());
    }
}
