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
    pub map_window: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_size: Some(2 << 30),
            read_threshold: 1 << 20,
            map_window: 32 << 20,
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
}
