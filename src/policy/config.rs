//! `phiscan.toml`: threshold, detectors off, limits and `[[allow]]`
//! entries, read with serde so a mistake is an error naming the line.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::allow::Allow;
use crate::vocab::Confidence;

/// The config file looked for in the current directory.
pub const FILE_NAME: &str = "phiscan.toml";

/// Environment variable naming a config file (`--config` wins over it).
pub const CONFIG_ENV: &str = "PHISCAN_CONFIG";

/// A config file as written, for serde (unknown keys are errors: a typo
/// such as `reasn` must not silently turn an entry into something else).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    min_confidence: Option<Spanned<String>>,
    #[serde(default)]
    detectors: RawDetectors,
    #[serde(default)]
    limits: Limits,
    /// Read as tables first, so an entry's mistake is reported at the
    /// entry's line (serde's error for a missing field has no span of its
    /// own inside an array of tables).
    #[serde(default)]
    allow: Vec<Spanned<toml::Table>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDetectors {
    disable: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAllow {
    #[serde(default)]
    paths: Vec<String>,
    detector: Option<String>,
    fingerprint: Option<String>,
    value: Option<String>,
    reason: String,
    /// A TOML date (`2027-01-31`; read through a table, it arrives as
    /// its text).
    expires: Option<String>,
}

/// Limits a config may set; the flags of the same names win over them.
/// Sizes are written as for the flags (`"500M"`, `"2G"`, `0` for none).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// `--max-file-size`.
    pub max_file_size: Option<String>,
    /// `--max-member-size`.
    pub max_member_size: Option<String>,
    /// `--max-inflated`.
    pub max_inflated: Option<String>,
    /// `--max-depth`.
    pub max_depth: Option<usize>,
    /// `--file-timeout`, seconds.
    pub file_timeout: Option<u64>,
}

/// A checked config file.
#[derive(Debug)]
pub struct Config {
    /// Where it was read from, for messages.
    pub path: PathBuf,
    /// `min_confidence`, when set (the flag wins).
    pub min_confidence: Option<Confidence>,
    /// Detector ids whose findings are dropped.
    pub disable: Vec<String>,
    /// Line of the `disable` list, for messages.
    disable_line: usize,
    /// Limits, when set.
    pub limits: Limits,
    /// Every `[[allow]]` entry, expired ones included (they warn).
    pub allows: Vec<Allow>,
}

/// 1-based line of byte `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    1 + text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

impl Config {
    /// The config a scan uses: `--config FILE`, else `PHISCAN_CONFIG`,
    /// else `phiscan.toml` in the current directory if there is one.
    /// A file named explicitly must exist.
    pub fn find(flag: Option<&Path>) -> anyhow::Result<Option<Config>> {
        Config::find_in(flag, Path::new("."))
    }

    /// [`Config::find`] with `root` in place of the current folder: the
    /// top of the repository for the git modes, which may run from any
    /// folder of it (a hook runs at the top, a user anywhere).
    pub fn find_in(flag: Option<&Path>, root: &Path) -> anyhow::Result<Option<Config>> {
        let named = flag.map(Path::to_path_buf).or_else(|| {
            std::env::var_os(CONFIG_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        match named {
            Some(p) => Config::load(&p).map(Some),
            None => {
                let p = root.join(FILE_NAME);
                if p.is_file() {
                    Config::load(&p).map(Some)
                } else {
                    Ok(None)
                }
            }
        }
    }

    /// Reads and checks `path`; every error names the file and, where
    /// the mistake has one, the line.
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("config {}: {e}", path.display()))?;
        Config::parse(path, &text)
    }

    /// [`Config::load`] of text already read.
    pub fn parse(path: &Path, text: &str) -> anyhow::Result<Config> {
        let shown = path.display();
        let raw: Raw = toml::from_str(text)
            .map_err(|e| anyhow::anyhow!("config {shown}: {}", e.to_string().trim_end()))?;
        let at = |span: std::ops::Range<usize>| line_of(text, span.start);
        let min_confidence = match raw.min_confidence {
            None => None,
            Some(s) => Some(match s.get_ref().as_str() {
                "low" => Confidence::Low,
                "medium" => Confidence::Medium,
                "high" => Confidence::High,
                other => anyhow::bail!(
                    "config {shown}:{}: min_confidence {other:?}: expected \"low\", \"medium\" or \"high\"",
                    at(s.span())
                ),
            }),
        };
        for (flag, v) in [
            ("max_file_size", &raw.limits.max_file_size),
            ("max_member_size", &raw.limits.max_member_size),
            ("max_inflated", &raw.limits.max_inflated),
        ] {
            if let Some(v) = v {
                crate::limits::parse_limit(v)
                    .map_err(|e| anyhow::anyhow!("config {shown}: [limits] {flag}: {e}"))?;
            }
        }
        let mut allows = Vec::new();
        for entry in raw.allow {
            let line = at(entry.span());
            let e: RawAllow = toml::Value::Table(entry.into_inner())
                .try_into()
                .map_err(|e| {
                    anyhow::anyhow!(
                        "config {shown}:{line}: [[allow]]: {}",
                        e.to_string().trim_end()
                    )
                })?;
            let allow = Allow::new(
                line,
                e.paths,
                e.detector,
                e.fingerprint,
                e.value,
                e.reason,
                e.expires,
            )
            .map_err(|msg| anyhow::anyhow!("config {shown}:{line}: [[allow]]: {msg}"))?;
            allows.push(allow);
        }
        let (disable_line, disable) = match raw.detectors.disable {
            Some(d) => (at(d.span()), d.into_inner()),
            None => (0, Vec::new()),
        };
        Ok(Config {
            path: path.to_path_buf(),
            min_confidence,
            disable,
            disable_line,
            limits: raw.limits,
            allows,
        })
    }

    /// Every detector the config names must exist: a misspelt id would
    /// otherwise disable or allow nothing, silently.
    pub fn check_detectors<'a>(&self, known: impl Fn(&str) -> bool + 'a) -> anyhow::Result<()> {
        let shown = self.path.display();
        for id in &self.disable {
            if !known(id) {
                anyhow::bail!(
                    "config {shown}:{}: [detectors] disable: unknown detector {id:?} (see `phiscan detectors list`)",
                    self.disable_line
                );
            }
        }
        for a in &self.allows {
            if let Some(id) = a.detector() {
                if !known(id) {
                    anyhow::bail!(
                        "config {shown}:{}: [[allow]]: unknown detector {id:?} (see `phiscan detectors list`)",
                        a.line
                    );
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> anyhow::Result<Config> {
        Config::parse(Path::new("phiscan.toml"), text)
    }

    #[test]
    fn reads_a_full_config() {
        let c = parse(
            r#"
min_confidence = "high"
[detectors]
disable = ["us-phone"]
[limits]
max_file_size = "10M"
[[allow]]
paths = ["docs/**"]
detector = "us-ssn"
reason = "examples"
expires = 2027-01-31
"#,
        )
        .unwrap();
        assert_eq!(c.min_confidence, Some(Confidence::High));
        assert_eq!(c.disable, ["us-phone"]);
        assert_eq!(c.disable_line, 4);
        assert_eq!(c.allows.len(), 1);
        assert_eq!(c.allows[0].line, 7);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = parse(
            "[[allow]]\npaths = [\"a\"]\nreason = \"x\"\n\n[[allow]]\ndetector = \"us-ssn\"\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("phiscan.toml:5:"), "{e}");
        assert!(e.contains("reason"), "{e}");
        let e = parse("[[allow]]\nreason = \"x\"\nvalue = \"(\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("phiscan.toml:1:"), "{e}");
        let e = parse("min_confidence = \"hgh\"\n").unwrap_err().to_string();
        assert!(e.contains("phiscan.toml:1:"), "{e}");
    }
}
