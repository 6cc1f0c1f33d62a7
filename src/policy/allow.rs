//! One `[[allow]]` entry: which findings it allows, why, and until when.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::findings::Candidate;

/// A checked `[[allow]]` entry. Every condition given must hold; at
/// least one besides `reason` is required, so no entry allows everything.
#[derive(Debug)]
pub struct Allow {
    /// Line of the entry in the config, for messages.
    pub line: usize,
    /// Path globs (any may match); `None`: every path.
    paths: Option<GlobSet>,
    detector: Option<String>,
    fingerprint: Option<[u8; 16]>,
    /// Matched against the whole raw value, in memory only.
    value: Option<regex::bytes::Regex>,
    /// Why the finding is accepted (required: an allowance is a decision
    /// someone must be able to review).
    pub reason: String,
    /// Last day the entry allows, `(year, month, day)`.
    pub expires: Option<(u16, u8, u8)>,
}

impl Allow {
    /// Checks one entry as read; the error says what is wrong (the caller
    /// adds file and line).
    pub(super) fn new(
        line: usize,
        paths: Vec<String>,
        detector: Option<String>,
        fingerprint: Option<String>,
        value: Option<String>,
        reason: String,
        expires: Option<String>,
    ) -> Result<Allow, String> {
        if !reason.chars().any(char::is_alphanumeric) {
            return Err("`reason` must say why the finding is accepted".into());
        }
        if paths.is_empty() && detector.is_none() && fingerprint.is_none() && value.is_none() {
            return Err(
                "an entry needs `paths`, `detector`, `fingerprint` or `value` (it would allow everything)"
                    .into(),
            );
        }
        let paths = if paths.is_empty() {
            None
        } else {
            let mut set = GlobSetBuilder::new();
            for p in &paths {
                let glob = GlobBuilder::new(p.trim_start_matches("./"))
                    .literal_separator(true)
                    .build()
                    .map_err(|e| format!("paths: {e}"))?;
                set.add(glob);
            }
            Some(set.build().map_err(|e| format!("paths: {e}"))?)
        };
        let fingerprint = match fingerprint {
            None => None,
            Some(hex) => Some(parse_fingerprint(&hex).ok_or_else(|| {
                format!("fingerprint {hex:?}: expected 32 hex digits, as reports print it")
            })?),
        };
        let value = match value {
            None => None,
            Some(pattern) => Some(
                // ASCII classes (`\d`, `\w`): values are matched as bytes.
                regex::bytes::RegexBuilder::new(&format!("^(?:{pattern})$"))
                    .unicode(false)
                    .build()
                    .map_err(|e| format!("value: not a regular expression: {e}"))?,
            ),
        };
        let expires = match expires {
            None => None,
            Some(text) => match text.parse::<toml::value::Datetime>() {
                Ok(toml::value::Datetime {
                    date: Some(d),
                    time: None,
                    ..
                }) => Some((d.year, d.month, d.day)),
                _ => {
                    return Err(format!(
                        "expires {text:?}: expected a date such as 2027-01-31"
                    ))
                }
            },
        };
        Ok(Allow {
            line,
            paths,
            detector,
            fingerprint,
            value,
            reason,
            expires,
        })
    }

    /// The detector the entry names, if any.
    pub fn detector(&self) -> Option<&str> {
        self.detector.as_deref()
    }

    /// Whether the entry names paths: then two copies of the same
    /// content may be judged differently.
    pub fn has_paths(&self) -> bool {
        self.paths.is_some()
    }

    /// Whether the entry has expired by `today` (it allows through its
    /// `expires` day).
    pub fn expired(&self, today: (u16, u8, u8)) -> bool {
        self.expires.is_some_and(|e| today > e)
    }

    /// Whether the entry can apply in the unit at `path` (a leading `./`
    /// removed) or `display` (the path with its member chain, `a.zip!b`).
    pub fn applies_to(&self, path: &str, display: &str) -> bool {
        self.paths
            .as_ref()
            .is_none_or(|g| g.is_match(path) || g.is_match(display))
    }

    /// Whether the entry allows `c` (its paths already checked).
    pub fn allows(&self, c: &Candidate<'_>) -> bool {
        self.detector.as_deref().is_none_or(|d| d == c.detector)
            && self.fingerprint.is_none_or(|f| f == c.fingerprint.0)
            && self.value.as_ref().is_none_or(|r| r.is_match(c.value))
    }
}

/// 32 hex digits to the 16 bytes of a fingerprint.
pub(super) fn parse_fingerprint(hex: &str) -> Option<[u8; 16]> {
    let hex = hex.trim();
    if hex.len() != 32 || !hex.is_ascii() {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Today's date in UTC, from the system clock (days since the epoch to a
/// civil date, H. Hinnant's algorithm): no date crate for one comparison.
pub fn today() -> (u16, u8, u8) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil((secs / 86_400) as i64)
}

/// The civil date `days` after 1970-01-01.
fn civil(days: i64) -> (u16, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as u16, m as u8, d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(19_723), (2024, 1, 1));
        assert_eq!(civil(19_782), (2024, 2, 29));
        assert_eq!(civil(20_819), (2027, 1, 1));
    }

    #[test]
    fn globs_do_not_cross_directories_unless_asked() {
        let a = Allow::new(
            1,
            vec!["docs/*.md".into()],
            None,
            None,
            None,
            "x".into(),
            None,
        )
        .unwrap();
        assert!(a.applies_to("docs/a.md", "docs/a.md"));
        assert!(!a.applies_to("docs/sub/a.md", "docs/sub/a.md"));
        let a = Allow::new(
            1,
            vec!["docs/**".into()],
            None,
            None,
            None,
            "x".into(),
            None,
        )
        .unwrap();
        assert!(a.applies_to("docs/sub/a.md", "docs/sub/a.md"));
    }
}
