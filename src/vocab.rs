//! The shared words of every room (DESIGN.md section 2, "ground floor"):
//! the kinds and confidence levels of findings and the reasons something
//! was skipped. They are the output vocabulary of DESIGN.md section 4, so
//! they live below every room: `walk` and `source` can say why they passed
//! a file over without importing `report`, and `report` can name a kind
//! without importing `detect`.

use serde::{Deserialize, Serialize};

/// The output vocabulary of DESIGN.md section 4: stable, other tools read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Kind {
    Name,
    Dob,
    Date,
    Ssn,
    Itin,
    Mrn,
    Mbi,
    Hicn,
    HealthPlanId,
    Npi,
    Dea,
    Icd10,
    Icd9,
    Ndc,
    Phone,
    Fax,
    Email,
    Address,
    Zip,
    Ip,
    Url,
    Account,
    License,
    Vin,
    DeviceId,
    /// An age over 89 (Safe Harbor groups them as "90 or older").
    Age,
    OtherId,
}

impl Kind {
    /// Every kind, in declaration order: for readers that map a stored
    /// name back to a kind without a JSON round trip.
    pub const ALL: [Kind; 27] = [
        Kind::Name,
        Kind::Dob,
        Kind::Date,
        Kind::Ssn,
        Kind::Itin,
        Kind::Mrn,
        Kind::Mbi,
        Kind::Hicn,
        Kind::HealthPlanId,
        Kind::Npi,
        Kind::Dea,
        Kind::Icd10,
        Kind::Icd9,
        Kind::Ndc,
        Kind::Phone,
        Kind::Fax,
        Kind::Email,
        Kind::Address,
        Kind::Zip,
        Kind::Ip,
        Kind::Url,
        Kind::Account,
        Kind::License,
        Kind::Vin,
        Kind::DeviceId,
        Kind::Age,
        Kind::OtherId,
    ];

    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Dob => "dob",
            Kind::Date => "date",
            Kind::Ssn => "ssn",
            Kind::Itin => "itin",
            Kind::Mrn => "mrn",
            Kind::Mbi => "mbi",
            Kind::Hicn => "hicn",
            Kind::HealthPlanId => "health_plan_id",
            Kind::Npi => "npi",
            Kind::Dea => "dea",
            Kind::Icd10 => "icd10",
            Kind::Icd9 => "icd9",
            Kind::Ndc => "ndc",
            Kind::Phone => "phone",
            Kind::Fax => "fax",
            Kind::Email => "email",
            Kind::Address => "address",
            Kind::Zip => "zip",
            Kind::Ip => "ip",
            Kind::Url => "url",
            Kind::Account => "account",
            Kind::License => "license",
            Kind::Vin => "vin",
            Kind::DeviceId => "device_id",
            Kind::Age => "age",
            Kind::OtherId => "other_id",
        }
    }

    /// Health information rather than an identifier: with an identifier in
    /// the same unit it makes the unit PHI.
    pub fn is_health_info(self) -> bool {
        matches!(self, Kind::Icd10 | Kind::Icd9 | Kind::Ndc)
    }

    /// A record identifier whose value passed a published check or sits
    /// after its own label (an SSN, a labelled member id), as opposed to a
    /// name or a Medicare-shaped token found by shape and context.
    pub fn is_validated_identifier(self) -> bool {
        matches!(
            self,
            Kind::Dob | Kind::Ssn | Kind::Itin | Kind::Mrn | Kind::Hicn | Kind::HealthPlanId
        )
    }

    /// An identifier that on its own says "this is a patient's record":
    /// beside one, a phone number or street address is the patient's too.
    /// Provider identifiers (NPI, DEA) and quasi-identifiers are not.
    pub fn is_record_anchor(self) -> bool {
        matches!(
            self,
            Kind::Name
                | Kind::Dob
                | Kind::Ssn
                | Kind::Itin
                | Kind::Mrn
                | Kind::Mbi
                | Kind::Hicn
                | Kind::HealthPlanId
        )
    }
}

/// How sure a finding is (DESIGN.md section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Shape only, or a known sample value.
    Low,
    /// A validated value in an unambiguous format.
    Medium,
    /// A validated value with supporting context.
    High,
}

impl Confidence {
    /// The name used in reports and flags.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }

    /// One level lower (`low` stays `low`... and is then dropped by callers that ask).
    pub fn lower(self) -> Option<Confidence> {
        match self {
            Confidence::High => Some(Confidence::Medium),
            Confidence::Medium => Some(Confidence::Low),
            Confidence::Low => None,
        }
    }
}

/// Why something was not (fully) scanned: the `skipped.reason` vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// FIFO, socket, device, symlink not followed.
    NotRegular,
    /// Permission denied, I/O error, vanished or changed while read.
    Unreadable,
    /// Over `--max-file-size`.
    TooLarge,
    /// An archive limit was hit.
    ArchiveBudget,
    /// Encrypted content.
    Encrypted,
    /// Malformed content.
    Corrupt,
    /// Took too long.
    Timeout,
    /// A format phiscan cannot read.
    Unsupported,
}

impl SkipReason {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::NotRegular => "not_regular",
            SkipReason::Unreadable => "unreadable",
            SkipReason::TooLarge => "too_large",
            SkipReason::ArchiveBudget => "archive_budget",
            SkipReason::Encrypted => "encrypted",
            SkipReason::Corrupt => "corrupt",
            SkipReason::Timeout => "timeout",
            SkipReason::Unsupported => "unsupported",
        }
    }

    /// Whether this leaves requested content unscanned. Special files
    /// (FIFOs, devices, unfollowed symlinks) have no content of their own
    /// to scan, so they are listed but do not make a scan incomplete.
    pub fn makes_incomplete(self) -> bool {
        self != SkipReason::NotRegular
    }
}

/// Names a non-regular file type for the detail of a
/// [`SkipReason::NotRegular`] record. The walk (from the directory entry)
/// and the opener (from the handle) both say it, in the same words.
pub fn describe_type(meta: &std::fs::Metadata) -> String {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    let what = if t.is_fifo() {
        "named pipe (FIFO)"
    } else if t.is_socket() {
        "socket"
    } else if t.is_char_device() {
        "character device"
    } else if t.is_block_device() {
        "block device"
    } else if t.is_symlink() {
        "symbolic link (not followed; use --follow)"
    } else if t.is_dir() {
        "directory"
    } else {
        "not a regular file"
    };
    what.to_string()
}

/// A moment as RFC 3339 UTC with seconds (`2026-12-08T03:04:05Z`), the
/// form every record phiscan writes uses (the `--state` inventory, the
/// attestation). No date crate: days from the civil calendar algorithm of
/// H. Hinnant. Times before 1970 read as 1970.
pub fn rfc3339(t: std::time::SystemTime) -> String {
    let secs = t
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn rfc3339_matches_gnu_date_across_leap_days_and_centuries() {
        let at = |s: u64| super::rfc3339(std::time::UNIX_EPOCH + std::time::Duration::from_secs(s));
        // `date -u -d @N +%FT%TZ`.
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(951_868_799), "2000-02-29T23:59:59Z");
        assert_eq!(at(4_102_444_800), "2100-01-01T00:00:00Z");
    }

    /// Each kind's place in [`Kind::ALL`]; the match is exhaustive, so a
    /// new kind does not compile until it is placed here and in `ALL`.
    fn place(k: Kind) -> usize {
        use Kind::*;
        match k {
            Name => 0,
            Dob => 1,
            Date => 2,
            Ssn => 3,
            Itin => 4,
            Mrn => 5,
            Mbi => 6,
            Hicn => 7,
            HealthPlanId => 8,
            Npi => 9,
            Dea => 10,
            Icd10 => 11,
            Icd9 => 12,
            Ndc => 13,
            Phone => 14,
            Fax => 15,
            Email => 16,
            Address => 17,
            Zip => 18,
            Ip => 19,
            Url => 20,
            Account => 21,
            License => 22,
            Vin => 23,
            DeviceId => 24,
            Age => 25,
            OtherId => 26,
        }
    }

    #[test]
    fn all_lists_every_kind_once_under_its_report_name() {
        for (i, k) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(place(k), i, "{k:?}");
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }
}

/// What a raw scan (`--raw`) reads: the reader tells which it opened, the
/// attestation records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetKind {
    /// A disk or partition (`/dev/sda`, `/dev/nvme0n1p2`).
    #[serde(rename = "block device")]
    BlockDevice,
    /// A regular file holding a disk image (`dd`, raw `.img`).
    #[serde(rename = "image file")]
    ImageFile,
}

impl TargetKind {
    /// The words the attestation and the messages use.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::BlockDevice => "block device",
            TargetKind::ImageFile => "image file",
        }
    }
}
