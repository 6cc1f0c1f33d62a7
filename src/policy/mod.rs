//! Which findings are reported: the config file (threshold, detectors
//! off, limits), `[[allow]]` entries, inline `phiscan:allow <reason>`
//! comments and a baseline of accepted findings. `findings` asks through
//! its `Policy` trait before a finding is listed or counted, so summaries
//! stay exact; a scan with none of these pays one check per window.

pub mod allow;
pub mod baseline;
pub mod config;

use std::collections::HashSet;
use std::io::Write;

pub use baseline::{Baseline, Builder};
pub use config::Config;

use crate::findings::{self, Candidate, Suppressed, UnitPolicy};
use allow::Allow;

/// The policy of one scan.
#[derive(Debug)]
pub struct ScanPolicy {
    /// Allow entries still in force.
    allows: Vec<Allow>,
    /// Detector ids whose findings are dropped.
    disabled: HashSet<String>,
    /// Accepted findings, when `--baseline` was given.
    baseline: Option<Baseline>,
    /// `--no-allow`: allowances and the baseline are ignored.
    no_allow: bool,
}

impl ScanPolicy {
    /// The policy from a config (if any), a baseline (if any) and
    /// `--no-allow`. Expired allow entries are dropped here with a
    /// warning naming them, so nobody relies on one unknowingly.
    pub fn new(config: Option<Config>, baseline: Option<Baseline>, no_allow: bool) -> ScanPolicy {
        let today = allow::today();
        let (mut allows, mut disabled) = (Vec::new(), HashSet::new());
        if let Some(c) = config {
            for a in c.allows {
                if a.expired(today) {
                    let (y, m, d) = a.expires.unwrap_or_default();
                    let _ = writeln!(
                        std::io::stderr(),
                        "phiscan: warning: {}:{}: [[allow]] entry ({:?}) expired on {y:04}-{m:02}-{d:02} and no longer allows anything",
                        c.path.display(),
                        a.line,
                        a.reason
                    );
                } else {
                    allows.push(a);
                }
            }
            disabled = c.disable.into_iter().collect();
        }
        ScanPolicy {
            allows,
            disabled,
            baseline,
            no_allow,
        }
    }

    /// Which allow entries are in force today (by line), for the
    /// inventory's versions: when one expires, findings it suppressed in
    /// stored records are found again, so the files are read again.
    pub fn in_force(&self) -> String {
        format!(
            "{:?}",
            self.allows.iter().map(|a| a.line).collect::<Vec<_>>()
        )
    }

    /// Whether a finding's fate can depend on where it sits (an allow
    /// entry with paths, or a baseline): two copies of one content may
    /// then be reported differently, so neither may stand in for the
    /// other.
    pub fn depends_on_path(&self) -> bool {
        !self.no_allow && (self.baseline.is_some() || self.allows.iter().any(Allow::has_paths))
    }

    /// The baseline, for `baseline update`.
    pub fn baseline(&self) -> Option<&Baseline> {
        self.baseline.as_ref()
    }
}

/// [`ScanPolicy`] for one unit: the entries that can apply there.
struct UnitJudge<'a> {
    allows: Vec<&'a Allow>,
    disabled: &'a HashSet<String>,
    baseline: Option<(&'a Baseline, &'a baseline::UnitEntries)>,
}

impl findings::Policy for ScanPolicy {
    fn unit<'a>(&'a self, path: &'a str, inner: &'a [String]) -> Option<Box<dyn UnitPolicy + 'a>> {
        let (allows, baseline) = if self.no_allow {
            (Vec::new(), None)
        } else {
            let allows: Vec<&Allow> = if self.allows.is_empty() {
                Vec::new()
            } else {
                let p = baseline::normalize_path(path);
                let shown = display_path(p, inner);
                self.allows
                    .iter()
                    .filter(|a| a.applies_to(p, &shown))
                    .collect()
            };
            let baseline = self
                .baseline
                .as_ref()
                .and_then(|b| b.unit(path, inner).map(|u| (b, u)));
            (allows, baseline)
        };
        if allows.is_empty() && baseline.is_none() && self.disabled.is_empty() {
            return None;
        }
        Some(Box::new(UnitJudge {
            allows,
            disabled: &self.disabled,
            baseline,
        }))
    }

    fn inline(&self) -> bool {
        !self.no_allow
    }

    fn bare_marker(&self, path: &str, inner: &[String], line: u64) {
        let _ = writeln!(
            std::io::stderr(),
            "phiscan: warning: {}:{line}: `phiscan:allow` without a reason allows nothing; write `phiscan:allow <reason>`",
            display_path(path, inner)
        );
    }
}

impl UnitPolicy for UnitJudge<'_> {
    fn judge(&mut self, c: &Candidate<'_>) -> Option<Suppressed> {
        if !self.disabled.is_empty() && self.disabled.contains(c.detector) {
            return Some(Suppressed::Disabled);
        }
        if self.allows.iter().any(|a| a.allows(c)) {
            return Some(Suppressed::Allowed);
        }
        if let Some((b, unit)) = self.baseline {
            if let Some(list) = unit.get(&c.fingerprint.0) {
                if let Some(&(_, i)) = list.iter().find(|(d, _)| d == c.detector) {
                    b.hit(i);
                    return Some(Suppressed::Baselined);
                }
            }
        }
        None
    }
}

/// `a.zip!letters/jdoe.docx`: a unit as reports show it.
fn display_path(path: &str, inner: &[String]) -> String {
    let mut s = path.to_string();
    for i in inner {
        s.push('!');
        s.push_str(i);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(toml: &str) -> ScanPolicy {
        let c = Config::parse(std::path::Path::new("phiscan.toml"), toml).unwrap();
        ScanPolicy::new(Some(c), None, false)
    }

    #[test]
    fn an_expired_entry_drops_out_of_what_is_in_force() {
        let entry = |expires: &str| {
            format!(
                "[[allow]]\ndetector = \"us-ssn\"\nreason = \"r\"\n{expires}\n\
                 [[allow]]\nfingerprint = \"3957a1c0d2e4f6a8b0c2d4e6f8a0b2c4\"\nreason = \"q\"\n"
            )
        };
        let live = policy(&entry("expires = 2999-01-01"));
        let gone = policy(&entry("expires = 2001-01-01"));
        assert_ne!(live.in_force(), gone.in_force());
        assert_eq!(live.in_force(), policy(&entry("")).in_force());
    }

    #[test]
    fn only_paths_and_baselines_make_copies_differ() {
        let by_detector = "[[allow]]\ndetector = \"us-ssn\"\nreason = \"r\"\n";
        assert!(!policy(by_detector).depends_on_path());
        let by_path = "[[allow]]\npaths = [\"docs/**\"]\nreason = \"r\"\n";
        assert!(policy(by_path).depends_on_path());
        let c = Config::parse(std::path::Path::new("phiscan.toml"), by_path).unwrap();
        assert!(
            !ScanPolicy::new(Some(c), None, true).depends_on_path(),
            "--no-allow"
        );
    }
}
