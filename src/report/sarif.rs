//! The SARIF 2.1.0 report (OASIS Static Analysis Results Interchange
//! Format), read by code-scanning services (GitHub, GitLab, Azure DevOps)
//! and IDE viewers.
//!
//! Streamed, like the JSONL report: a scan can have millions of findings,
//! so the log is written as it goes. The header and `runs[0].tool` (one
//! rule per detector) come first, then one result per finding as its
//! [`FileReport`] arrives (one per line), and the run closes with its
//! `invocations`: whether the scan was complete, and the skipped items as
//! tool execution notifications (at most [`MAX_NOTIFICATIONS`] listed,
//! the rest counted). Only masked values are written, unless the scan was
//! run with `--show-values` (then `properties.value`).

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{display_path, FileReport, RuleInfo, Sink, SinkOptions, Skipped, Summary};
use crate::findings::Finding;
use crate::vocab::{Confidence, SkipReason};

/// Skipped items listed in `toolExecutionNotifications`; past this they
/// are counted (`properties.notificationsOmitted`), so a scan of a disk
/// with a million unreadable files still ends in a bounded record.
pub const MAX_NOTIFICATIONS: usize = 1_000;

/// The `uriBaseId` of relative paths: the directory the scan ran in.
const SRCROOT: &str = "%SRCROOT%";

/// Bytes gathered before they are written out.
const BLOCK: usize = 64 << 10;

/// SARIF 2.1.0, written as the scan goes.
pub struct Sarif<W: Write> {
    out: W,
    buf: Vec<u8>,
    opts: SinkOptions,
    /// Rule index by detector id (`ruleIndex`).
    index: HashMap<String, usize>,
    /// The header is out.
    started: bool,
    /// A result has been written (for the separating comma).
    any_result: bool,
    /// The first [`MAX_NOTIFICATIONS`] skipped items, as notifications.
    notes: Vec<Notification>,
    /// Skipped items past those.
    omitted: u64,
}

impl<W: Write> Sarif<W> {
    /// A sink writing to `out`, its rules from `opts.rules`.
    pub fn new(out: W, opts: SinkOptions) -> Self {
        let index = opts
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        Sarif {
            out,
            buf: Vec::with_capacity(BLOCK + 4096),
            opts,
            index,
            started: false,
            any_result: false,
            notes: Vec::new(),
            omitted: 0,
        }
    }

    /// Writes the log header, the tool and the opening of `results`.
    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        let version = env!("CARGO_PKG_VERSION");
        // Said only when the package names a home: an invented address
        // would send readers nowhere.
        let information_uri = [
            option_env!("CARGO_PKG_HOMEPAGE"),
            option_env!("CARGO_PKG_REPOSITORY"),
        ]
        .into_iter()
        .flatten()
        .find(|u| !u.is_empty());
        let rules: Vec<Rule<'_>> = self.opts.rules.iter().map(rule).collect();
        let driver = Driver {
            name: "phiscan",
            version,
            semantic_version: version,
            information_uri,
            rules,
        };
        let base = self.opts.base_dir.as_ref().map(|d| {
            let mut uri = file_uri(&d.to_string_lossy());
            if !uri.ends_with('/') {
                uri.push('/');
            }
            uri
        });
        self.buf.extend_from_slice(
            b"{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\
              \"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":",
        );
        serde_json::to_writer(&mut self.buf, &driver)?;
        self.buf.push(b'}');
        if let Some(base) = base {
            self.buf
                .extend_from_slice(b",\"originalUriBaseIds\":{\"%SRCROOT%\":{\"uri\":");
            serde_json::to_writer(&mut self.buf, &base)?;
            self.buf.extend_from_slice(b"}}");
        }
        // Columns are counted in bytes by phiscan; code points is the
        // nearest SARIF kind (equal on ASCII lines). `byteOffset` is exact.
        self.buf
            .extend_from_slice(b",\"columnKind\":\"unicodeCodePoints\",\"results\":[");
        Ok(())
    }

    /// Writes the buffer out once it holds at least `at` bytes.
    fn spill(&mut self, at: usize) -> io::Result<()> {
        if self.buf.len() < at || self.buf.is_empty() {
            return Ok(());
        }
        let r = self.out.write_all(&self.buf);
        self.buf.clear();
        r
    }
}

impl<W: Write> Drop for Sarif<W> {
    /// What is buffered is written (a scan ended by an error writes no
    /// closing record, as with the JSONL report).
    fn drop(&mut self) {
        let _ = self.spill(0);
    }
}

/// The help every rule carries: what the finding means and the three ways
/// to resolve it.
const HELP: &str = "Patient data in an unprotected file is a disclosure risk (HIPAA \
Privacy and Security Rules). To fix it: protect the file (encrypt it, restrict who \
can read it), move it to a store approved for PHI, or delete the value or the file \
(and purge it from backups and version-control history). If the value is expected \
here (synthetic test data, a document that is meant to hold it), allow it: an \
[[allow]] entry with a reason in phiscan.toml or `phiscan:allow <reason>` on the \
line, or record it in a baseline (`phiscan baseline create`) so that only new \
findings are reported.";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    short_description: Text<'a>,
    full_description: OwnedText,
    help: Text<'static>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<&'a str>,
    properties: RuleProperties<'a>,
}

#[derive(Serialize)]
struct RuleProperties<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    safe_harbor: Option<&'a str>,
    /// SARIF 3.8's conventional tags, shown as filters by viewers.
    tags: [&'static str; 2],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    references: &'a [String],
}

fn rule(r: &RuleInfo) -> Rule<'_> {
    let mut full = r.description.clone();
    if let Some(sh) = &r.safe_harbor {
        full.push_str(&format!(" (HIPAA Safe Harbor: {sh})"));
    }
    full.push('.');
    if !r.rules.is_empty() {
        full.push_str(" Confidence: ");
        full.push_str(&r.rules.join("; "));
        full.push('.');
    }
    Rule {
        id: &r.id,
        short_description: Text {
            text: &r.description,
        },
        full_description: OwnedText { text: full },
        help: Text { text: HELP },
        help_uri: r
            .references
            .iter()
            .map(String::as_str)
            .find(|u| u.starts_with("https://") || u.starts_with("http://")),
        properties: RuleProperties {
            kind: r.kind.as_str(),
            safe_harbor: r.safe_harbor.as_deref(),
            tags: ["privacy", "phi"],
            references: &r.references,
        },
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation<'a> {
    uri: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u64,
    start_column: u64,
    byte_offset: u64,
    byte_length: u64,
}

impl Region {
    fn of(f: &Finding) -> Region {
        Region {
            start_line: f.line.max(1),
            start_column: f.column.max(1),
            byte_offset: f.start,
            byte_length: f.end.saturating_sub(f.start),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation<'a> {
    name: &'a str,
    fully_qualified_name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    logical_locations: Vec<LogicalLocation<'a>>,
}

#[derive(Serialize)]
struct Fingerprints<'a> {
    #[serde(rename = "phiscan/v1")]
    v1: &'a str,
}

/// Snake case, as in the JSONL report (`path_bytes`).
#[derive(Serialize)]
struct ResultProperties<'a> {
    kind: &'static str,
    confidence: &'static str,
    masked: &'a str,
    context: &'a str,
    /// The member chain, outermost first, for a finding in a container.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    inner: &'a [String],
    /// Line, column and offsets into the innermost member's text: not a
    /// region of the file the URI names.
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<&'a str>,
    /// Only with `--show-values`.
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultRecord<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: OwnedText,
    locations: [Location<'a>; 1],
    partial_fingerprints: Fingerprints<'a>,
    properties: ResultProperties<'a>,
}

fn level(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "error",
        Confidence::Medium => "warning",
        Confidence::Low => "note",
    }
}

/// A skipped item as a tool execution notification (owned: they are
/// written at the end).
#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: OwnedNotificationText,
    locations: [NotificationLocation; 1],
    descriptor: Descriptor,
    properties: NotificationProperties,
}

#[derive(Serialize)]
struct OwnedNotificationText {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationLocation {
    physical_location: OwnedPhysical,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OwnedPhysical {
    artifact_location: OwnedArtifact,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OwnedArtifact {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
struct Descriptor {
    id: &'static str,
}

#[derive(Serialize)]
struct NotificationProperties {
    reason: SkipReason,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inner: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation<'a> {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    exit_signal_name: Option<&'static str>,
    tool_execution_notifications: &'a [Notification],
    properties: InvocationProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InvocationProperties<'a> {
    /// Skipped items not listed in the notifications.
    notifications_omitted: u64,
    /// The closing record of the JSONL report.
    summary: &'a Summary,
}

impl<W: Write> Sink for Sarif<W> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        self.start()?;
        let (uri, base) = uri_of(&r.path);
        let chain = if r.inner.is_empty() {
            String::new()
        } else {
            display_path(&r.path, &r.inner)
        };
        let member = r.inner.last().map(String::as_str).unwrap_or("");
        for f in &r.findings {
            let contained = !r.inner.is_empty();
            let mut text = format!(
                "{} {} ({} confidence)",
                f.kind.as_str(),
                f.masked,
                f.confidence.as_str()
            );
            if contained {
                text.push_str(" in ");
                text.push_str(&chain);
            }
            let hex = f.fingerprint.hex();
            let rec = ResultRecord {
                rule_id: &f.detector,
                rule_index: self.index.get(&*f.detector).copied(),
                level: level(f.confidence),
                message: OwnedText { text },
                locations: [Location {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: &uri,
                            uri_base_id: base,
                        },
                        region: (!contained).then(|| Region::of(f)),
                    },
                    logical_locations: if contained {
                        vec![LogicalLocation {
                            name: member,
                            fully_qualified_name: &chain,
                        }]
                    } else {
                        Vec::new()
                    },
                }],
                partial_fingerprints: Fingerprints {
                    v1: std::str::from_utf8(&hex).unwrap_or_default(),
                },
                properties: ResultProperties {
                    kind: f.kind.as_str(),
                    confidence: f.confidence.as_str(),
                    masked: &f.masked,
                    context: &f.context,
                    inner: &r.inner,
                    region: contained.then(|| Region::of(f)),
                    path_bytes: r.path_bytes.as_deref(),
                    value: f.value.as_deref(),
                },
            };
            self.buf
                .extend_from_slice(if self.any_result { b",\n" } else { b"\n" });
            self.any_result = true;
            serde_json::to_writer(&mut self.buf, &rec)?;
            self.spill(BLOCK)?;
        }
        Ok(())
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        self.start()?;
        if self.notes.len() >= MAX_NOTIFICATIONS {
            self.omitted += 1;
            return Ok(());
        }
        let (uri, base) = uri_of(&s.path);
        let what = display_path(&s.path, &s.inner);
        self.notes.push(Notification {
            level: if s.reason.makes_incomplete() {
                "warning"
            } else {
                "note"
            },
            message: OwnedNotificationText {
                text: format!("{what}: {}: {}", s.reason.as_str(), s.detail),
            },
            locations: [NotificationLocation {
                physical_location: OwnedPhysical {
                    artifact_location: OwnedArtifact {
                        uri,
                        uri_base_id: base,
                    },
                },
            }],
            descriptor: Descriptor {
                id: s.reason.as_str(),
            },
            properties: NotificationProperties {
                reason: s.reason,
                inner: s.inner.clone(),
                path_bytes: s.path_bytes.clone(),
            },
        });
        Ok(())
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        self.start()?;
        if self.any_result {
            self.buf.push(b'\n');
        }
        self.buf.extend_from_slice(b"],\"invocations\":[");
        let inv = Invocation {
            execution_successful: s.complete,
            // A signal's name only: a `--stop-at` stop is no signal (the
            // summary in `properties` still says "stop-at").
            exit_signal_name: s.interrupted.filter(|n| n.starts_with("SIG")),
            tool_execution_notifications: &self.notes,
            properties: InvocationProperties {
                notifications_omitted: self.omitted,
                summary: s,
            },
        };
        serde_json::to_writer(&mut self.buf, &inv)?;
        self.buf.extend_from_slice(b"]}]}\n");
        self.spill(0)?;
        self.out.flush()
    }
}

/// The URI of a reported path and its base: a relative path is a
/// relative reference against [`SRCROOT`] (`./` dropped), an absolute one
/// a `file://` URI. Non-UTF-8 paths arrive as lossy text (their bytes are
/// in `path_bytes`), encoded as any other.
fn uri_of(path: &str) -> (String, Option<&'static str>) {
    if path.starts_with('/') {
        return (file_uri(path), None);
    }
    let mut rel = path;
    while let Some(rest) = rel.strip_prefix("./") {
        rel = rest.trim_start_matches('/');
    }
    (percent_encode_path(rel), Some(SRCROOT))
}

/// `file://` and the encoded absolute path.
fn file_uri(abs: &str) -> String {
    format!("file://{}", percent_encode_path(abs))
}

/// `path` with every byte outside RFC 3986's unreserved set and `/`
/// percent-encoded (UTF-8, upper-case hex): safe as a path of any URI,
/// including a relative reference whose first segment holds a colon.
fn percent_encode_path(path: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{percent_encode_path, uri_of};

    #[test]
    fn uris_are_encoded_relative_references_or_file_uris() {
        assert_eq!(
            uri_of("./notes/a b.txt"),
            ("notes/a%20b.txt".to_string(), Some("%SRCROOT%"))
        );
        assert_eq!(uri_of("c:d#1?.txt").0, "c%3Ad%231%3F.txt");
        assert_eq!(
            uri_of("/srv/share/Ünïcode%.txt"),
            (
                "file:///srv/share/%C3%9Cn%C3%AFcode%25.txt".to_string(),
                None
            )
        );
        assert_eq!(percent_encode_path("a\u{fffd}"), "a%EF%BF%BD");
        assert_eq!(uri_of(".//x/../y").0, "x/../y");
    }
}
