//! The attestation of a raw scan (`scan --raw DEV --attest FILE`, issue
//! 20): a record an IT department files when a device is checked before
//! disposal, saying what was read (target, size, bytes read, the SHA-256
//! of every byte read, read errors), when, by whom, and what was found (a
//! count per kind and a verdict, never a value), signed with Ed25519 so a
//! changed byte is caught by `phiscan attest verify`.
//!
//! The signature covers the canonical form of the record: the RFC 8785
//! (JCS) serialization of its JSON, which for a record (integers only, no
//! floats) is the compact JSON with object keys sorted by UTF-16 code
//! units. Anyone can check a record with their own JCS library and
//! `openssl pkeyutl -verify -rawin` (README, "The attestation").
//!
//! I/O-light: the scan driver fills the record; this room reads sysfs for
//! the device's identity and reads and writes the record and key files.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey};
use ed25519_dalek::{Signature, Signer};
/// The Ed25519 keys records are signed and verified with.
pub use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::detect::{Engine, SpecSource};

/// The record's layout version: a reader refuses another.
pub const SCHEMA: u32 = 1;

/// The only signature algorithm, named in the signed file so a later
/// one can be told apart.
pub const ALGORITHM: &str = "ed25519";

/// What was scanned, by what, with what result: the record a signature
/// covers. Counts only, no finding value ever.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// [`SCHEMA`].
    pub schema: u32,
    /// The scanner and its detector set.
    pub tool: Tool,
    /// The device or image read.
    pub target: Target,
    /// SHA-256 (lowercase hex) of every byte read, in order; a range that
    /// could not be read is left out (it is listed in `read_errors`).
    pub sha256: String,
    /// When reading began, RFC 3339 UTC ([`crate::vocab::rfc3339`]).
    pub started: String,
    /// When the scan ended, RFC 3339 UTC.
    pub ended: String,
    /// Bytes read, against `target.size`.
    pub bytes_read: u64,
    /// Ranges that could not be read (bad sectors); the read went on past them.
    pub read_errors: Vec<ReadError>,
    /// Every byte of the target was read and scanned (no read error, not
    /// stopped early).
    pub complete: bool,
    /// Findings reported, in total.
    pub findings: u64,
    /// Findings per kind (`vocab::Kind` names), sorted.
    pub by_kind: BTreeMap<String, u64>,
    /// The outcome in one word.
    pub verdict: Verdict,
    /// Who ran the scan (`--operator`).
    pub operator: Option<String>,
    /// The host the scan ran on.
    pub host: Option<String>,
}

/// The scanner that made a record: a result means little without the
/// detectors that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// `phiscan`.
    pub name: String,
    /// The crate version.
    pub version: String,
    /// The detector set's identity ([`detector_set_id`]).
    pub detectors: String,
}

impl Tool {
    /// This phiscan with the given detector-set identity.
    pub fn current(detectors: String) -> Tool {
        Tool {
            name: "phiscan".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            detectors,
        }
    }
}

/// Block device or image file (shared with the reader).
pub use crate::vocab::TargetKind;

/// The device or image read, identified as far as the OS can tell, so the
/// record names the physical disk and not only a path that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The path as given on the command line.
    pub path: String,
    /// Block device or image file.
    pub kind: TargetKind,
    /// Size in bytes.
    pub size: u64,
    /// The disk's model, where sysfs or udev tell it.
    pub model: Option<String>,
    /// The disk's serial number, where sysfs or udev tell it.
    pub serial: Option<String>,
    /// The disk's vendor, where sysfs or udev tell it.
    pub vendor: Option<String>,
}

/// A range that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadError {
    /// Byte offset of the range in the target.
    pub offset: u64,
    /// Length of the range in bytes.
    pub len: u64,
    /// The OS's error (`Input/output error (os error 5)`).
    pub error: String,
}

/// The outcome in one word: the verdict of the scan's worst unit
/// (`clean`, `pii` or `phi`, as in every report).
pub use crate::findings::Verdict;

/// The detector set's identity for [`Tool::detectors`]: `blake3:` and 32
/// hex digits over phiscan's version, every compiled detector, where the
/// detectors came from and (for `--detectors DIR`) the spec files' bytes,
/// as the `--state` inventory versions its detectors. Two scans with the
/// same identity ran the same detectors.
pub fn detector_set_id(engine: &Engine) -> String {
    let mut h = blake3::Hasher::new();
    hash_detectors(engine, &mut h);
    format!("blake3:{}", hex(&h.finalize().as_bytes()[..16]))
}

/// Feeds `h` what decides which detectors run: phiscan's version, every
/// compiled detector, where they came from and the spec files' bytes. The
/// attestation and the `--state` inventory's versions hash the same.
pub fn hash_detectors(engine: &Engine, h: &mut blake3::Hasher) {
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for d in engine.detectors() {
        h.update(format!("{d:?}\n").as_bytes());
    }
    h.update(engine.source().describe().as_bytes());
    if let SpecSource::Dir(dir) = engine.source() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        for f in files {
            h.update(&std::fs::read(&f).unwrap_or_default());
        }
    }
}

/// A disk's identity as the OS gives it; all `None` for an image file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    /// Model name.
    pub model: Option<String>,
    /// Serial number.
    pub serial: Option<String>,
    /// Vendor.
    pub vendor: Option<String>,
}

/// The target of a record: what the reader opened (`kind`, `size`) and
/// the disk's identity as the OS gives it.
pub fn target(path: &Path, kind: TargetKind, size: u64) -> Target {
    let id = device_identity(path);
    Target {
        path: path.display().to_string(),
        kind,
        size,
        model: id.model,
        serial: id.serial,
        vendor: id.vendor,
    }
}

/// The model, serial and vendor of the disk at `path` (a partition gives
/// its disk's), from sysfs and the udev database; empty for an image file
/// or when the OS does not say.
pub fn device_identity(path: &Path) -> Identity {
    match std::fs::metadata(path) {
        Ok(m) if m.file_type().is_block_device() => {
            let (major, minor) = split_dev(m.rdev());
            identity_at(Path::new("/"), major, minor)
        }
        _ => Identity::default(),
    }
}

/// Major and minor of a Linux `dev_t` (glibc's `gnu_dev_major/minor`).
fn split_dev(dev: u64) -> (u64, u64) {
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
    let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
    (major, minor)
}

/// [`device_identity`] of block device `major:minor` under `root` (`/`,
/// or a fake tree in tests): `sys/dev/block/MAJ:MIN` leads to the device's
/// sysfs folder (a partition's parent is its disk), whose `device/model`,
/// `device/vendor` and `device/serial` (or `serial`) come first; the udev
/// database's `run/udev/data/bMAJ:MIN` fills what sysfs leaves out
/// (`ID_MODEL_ENC`/`ID_MODEL`, `ID_SERIAL_SHORT`, `ID_VENDOR_ENC`/`ID_VENDOR`).
pub fn identity_at(root: &Path, major: u64, minor: u64) -> Identity {
    let Ok(mut dir) = std::fs::canonicalize(root.join(format!("sys/dev/block/{major}:{minor}")))
    else {
        return Identity::default();
    };
    if dir.join("partition").exists() {
        if let Some(parent) = dir.parent() {
            dir = parent.to_path_buf();
        }
    }
    let sys = |rel: &str| sysfs_value(&dir.join(rel));
    let dev = sys("dev").unwrap_or_else(|| format!("{major}:{minor}"));
    let udev = std::fs::read_to_string(root.join(format!("run/udev/data/b{dev}")))
        .map(|t| parse_udev(&t))
        .unwrap_or_default();
    let from_udev = |enc: &str, plain: &str| {
        udev.get(enc)
            .map(|v| decode_udev(v))
            .or_else(|| udev.get(plain).map(|v| v.replace('_', " ")))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    Identity {
        model: sys("device/model").or_else(|| from_udev("ID_MODEL_ENC", "ID_MODEL")),
        serial: sys("device/serial")
            .or_else(|| sys("serial"))
            .or_else(|| from_udev("ID_SERIAL_SHORT", "ID_SERIAL_SHORT")),
        vendor: sys("device/vendor").or_else(|| from_udev("ID_VENDOR_ENC", "ID_VENDOR")),
    }
}

/// A sysfs attribute, trimmed; `None` when missing or blank.
fn sysfs_value(p: &Path) -> Option<String> {
    let mut s = String::new();
    std::fs::File::open(p)
        .ok()?
        .take(4096)
        .read_to_string(&mut s)
        .ok()?;
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The `E:KEY=VALUE` properties of a udev database entry.
fn parse_udev(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("E:"))
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// udev's `_ENC` form: bytes as `\xNN` escapes (`WDC\x20WD10EZEX`).
fn decode_udev(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'x') && i + 4 <= b.len() {
            if let Ok(n) = u8::from_str_radix(&v[i + 2..i + 4], 16) {
                out.push(n);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// This machine's host name, for [`Record::host`].
pub fn hostname() -> Option<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at
    // most that many bytes.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return None;
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let name = String::from_utf8_lossy(&buf[..end]).into_owned();
    (!name.is_empty()).then_some(name)
}

/// Lowercase hex.
fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Bytes from hex (either case); `None` if not hex.
fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// Why a value has no canonical form.
#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    /// Only integers of magnitude up to 2^53 have one (RFC 8785 numbers
    /// are IEEE doubles; a record has no fractions).
    #[error("number {0} has no canonical form (only integers up to 2^53)")]
    Number(String),
}

/// The canonical form of a JSON value, the bytes a signature covers:
/// RFC 8785 (JCS) restricted to integers: no whitespace, object members
/// sorted by their names' UTF-16 code units, strings escaped as JSON
/// requires and nothing more (`\"`, `\\`, `\b\f\n\r\t`, other controls as
/// lowercase `\u00xx`; `/` and non-ASCII as themselves, UTF-8).
pub fn canonical(v: &Value) -> Result<Vec<u8>, CanonicalError> {
    let mut out = Vec::new();
    canonical_into(v, &mut out)?;
    Ok(out)
}

fn canonical_into(v: &Value, out: &mut Vec<u8>) -> Result<(), CanonicalError> {
    const MAX: u64 = 1 << 53;
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) if u <= MAX => out.extend_from_slice(u.to_string().as_bytes()),
            (None, Some(i)) if i.unsigned_abs() <= MAX => {
                out.extend_from_slice(i.to_string().as_bytes())
            }
            _ => return Err(CanonicalError::Number(n.to_string())),
        },
        // serde_json escapes exactly JCS's set, with lowercase hex.
        Value::String(s) => {
            out.extend_from_slice(serde_json::to_string(s).unwrap_or_default().as_bytes())
        }
        Value::Array(a) => {
            out.push(b'[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical_into(x, out)?;
            }
            out.push(b']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical_into(&Value::String(k.clone()), out)?;
                out.push(b':');
                canonical_into(&m[k.as_str()], out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

/// The signature part of a signed record file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureBlock {
    /// [`ALGORITHM`].
    pub algorithm: String,
    /// The signer's Ed25519 public key, 64 hex digits.
    pub public_key: String,
    /// The signature over the record's [`canonical`] form, 128 hex digits.
    pub value: String,
}

/// The record file's JSON: `{"record": …}`, with `"signature": …` beside
/// it when signed with `key`.
pub fn document(record: &Record, key: Option<&SigningKey>) -> anyhow::Result<Value> {
    let rec = serde_json::to_value(record)?;
    let mut doc = serde_json::Map::new();
    if let Some(key) = key {
        let sig = key.sign(&canonical(&rec)?);
        let block = SignatureBlock {
            algorithm: ALGORITHM.into(),
            public_key: hex(key.verifying_key().as_bytes()),
            value: hex(&sig.to_bytes()),
        };
        doc.insert("signature".into(), serde_json::to_value(block)?);
    }
    doc.insert("record".into(), rec);
    Ok(Value::Object(doc))
}

/// Fails when a record cannot be written to `path` at the end of a scan
/// (it exists, or its folder does not), so a long scan is refused at the
/// start instead of losing its record at the end.
pub fn check_writable(path: &Path) -> anyhow::Result<()> {
    if std::fs::symlink_metadata(path).is_ok() {
        anyhow::bail!(
            "attestation {}: file exists (a record is never overwritten; choose another name)",
            path.display()
        );
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        anyhow::bail!(
            "attestation {}: folder {} does not exist",
            path.display(),
            dir.display()
        );
    }
    Ok(())
}

/// Writes the record file (pretty JSON, mode 0644: it holds no value and
/// is meant to be filed and shared), signed when `key` is given. Never
/// overwrites: a record already filed under that name stays.
pub fn write(path: &Path, record: &Record, key: Option<&SigningKey>) -> anyhow::Result<()> {
    let doc = document(record, key)?;
    let mut text = serde_json::to_string_pretty(&doc)?;
    text.push('\n');
    let named = |e: io::Error| anyhow::anyhow!("attestation {}: {e}", path.display());
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o644)
        .open(path)
        .map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                anyhow::anyhow!(
                    "attestation {}: file exists (a record is never overwritten; choose another name)",
                    path.display()
                )
            } else {
                named(e)
            }
        })?;
    f.write_all(text.as_bytes()).map_err(named)?;
    f.sync_all().map_err(named)?;
    Ok(())
}

/// Reads an Ed25519 private key (`--sign-key`): PKCS#8 PEM, as
/// `openssl genpkey -algorithm ed25519` and `phiscan attest keygen` write it.
/// Refused when others may read or write it (as ssh refuses an
/// unprotected key): a signature is worth what the key's secrecy is.
pub fn load_signing_key(path: &Path) -> anyhow::Result<SigningKey> {
    let named = |e: io::Error| anyhow::anyhow!("signing key {}: {e}", path.display());
    let mode = std::fs::metadata(path).map_err(named)?.mode();
    if mode & 0o077 != 0 {
        anyhow::bail!(
            "signing key {}: readable or writable by others (mode {:o}); `chmod 600` it",
            path.display(),
            mode & 0o777
        );
    }
    let text = std::fs::read_to_string(path).map_err(named)?;
    SigningKey::from_pkcs8_pem(&text).map_err(|_| {
        anyhow::anyhow!(
            "signing key {}: not an Ed25519 private key in PKCS#8 PEM \
             (write one with `phiscan attest keygen --out FILE` or \
             `openssl genpkey -algorithm ed25519 -out FILE`)",
            path.display()
        )
    })
}

/// Makes a new signing key from the OS's randomness and writes it to
/// `path` as PKCS#8 PEM with mode 0600, never over an existing file;
/// returns its public key.
pub fn keygen(path: &Path) -> anyhow::Result<VerifyingKey> {
    let mut seed = Seed([0u8; 32]);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut seed.0))
        .map_err(|e| anyhow::anyhow!("/dev/urandom: {e}"))?;
    let key = SigningKey::from_bytes(&seed.0);
    // PKCS#8 v1, the seed alone, as openssl writes it: OpenSSL 3.0 cannot
    // read the v2 form (with the public key) that `SigningKey` would write.
    let v1 = ed25519_dalek::pkcs8::KeypairBytes {
        secret_key: seed.0,
        public_key: None,
    };
    let pem = v1
        .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .map_err(|e| anyhow::anyhow!("encoding the key: {e}"))?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| anyhow::anyhow!("key file {}: {e}", path.display()))?;
    f.write_all(pem.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| anyhow::anyhow!("key file {}: {e}", path.display()))?;
    Ok(key.verifying_key())
}

/// A seed wiped when dropped, so the key's bytes do not linger.
struct Seed([u8; 32]);

impl Drop for Seed {
    fn drop(&mut self) {
        for b in &mut self.0 {
            // SAFETY: a valid, aligned byte of our own array; volatile so
            // the wipe is not optimised away.
            unsafe { std::ptr::write_volatile(b, 0) };
        }
    }
}

/// An Ed25519 public key from `--public-key`: 64 hex digits, or a file
/// holding them, a PEM public key (`openssl pkey -pubout`) or a PEM
/// private key (its public half).
pub fn parse_public_key(arg: &str) -> anyhow::Result<VerifyingKey> {
    if let Some(k) = public_key_hex(arg.trim()) {
        return Ok(k);
    }
    let text = std::fs::read_to_string(arg).map_err(|e| {
        anyhow::anyhow!("public key {arg:?}: neither 64 hex digits nor a readable file ({e})")
    })?;
    if let Some(k) = public_key_hex(text.trim()) {
        return Ok(k);
    }
    if let Ok(k) = VerifyingKey::from_public_key_pem(&text) {
        return Ok(k);
    }
    if let Ok(k) = SigningKey::from_pkcs8_pem(&text) {
        return Ok(k.verifying_key());
    }
    anyhow::bail!("public key {arg}: not an Ed25519 key (64 hex digits or PEM)")
}

fn public_key_hex(s: &str) -> Option<VerifyingKey> {
    let b: [u8; 32] = unhex(s)?.try_into().ok()?;
    VerifyingKey::from_bytes(&b).ok()
}

/// A public key's hex, as the record file and `keygen` print it.
pub fn public_key_hex_of(key: &VerifyingKey) -> String {
    hex(key.as_bytes())
}

/// A short name for a public key to compare by eye: `SHA256:` and the
/// first 16 bytes of the SHA-256 of its 32 bytes, in hex.
pub fn fingerprint(key: &VerifyingKey) -> String {
    format!("SHA256:{}", hex(&Sha256::digest(key.as_bytes())[..16]))
}

/// What the signature of a record file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    /// The file has no signature.
    Unsigned,
    /// The signature verifies with the embedded public key.
    Valid(VerifyingKey),
    /// The signature does not verify: the record or the signature was
    /// changed after signing, or is malformed.
    Invalid(String),
}

/// A record file read back.
#[derive(Debug)]
pub struct Signed {
    /// The record, when it has this schema's layout (a tampered file may not).
    pub record: Result<Record, String>,
    /// What its signature says.
    pub status: SignatureStatus,
}

/// Reads a record file and checks its signature against the record's
/// canonical form, as the file holds it (before any parsing into
/// [`Record`], so an added or reordered member is caught, not dropped).
/// An error only when the file is unreadable or not a record file.
pub fn read(path: &Path) -> anyhow::Result<Signed> {
    let text = std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let doc: Value = serde_json::from_slice(&text)
        .map_err(|e| anyhow::anyhow!("{}: not JSON ({e})", path.display()))?;
    let Value::Object(mut doc) = doc else {
        anyhow::bail!("{}: not an attestation (not a JSON object)", path.display());
    };
    let Some(rec) = doc.remove("record") else {
        anyhow::bail!("{}: not an attestation (no \"record\")", path.display());
    };
    let sig = doc.remove("signature");
    if let Some(other) = doc.keys().next() {
        anyhow::bail!(
            "{}: not an attestation (unexpected member {other:?})",
            path.display()
        );
    }
    let status = match sig {
        None => SignatureStatus::Unsigned,
        Some(sig) => check(&rec, sig),
    };
    let record = serde_json::from_value::<Record>(rec)
        .map_err(|e| e.to_string())
        .and_then(|r| {
            if r.schema == SCHEMA {
                Ok(r)
            } else {
                Err(format!("schema {} (this phiscan reads {SCHEMA})", r.schema))
            }
        });
    Ok(Signed { record, status })
}

fn check(rec: &Value, sig: Value) -> SignatureStatus {
    let invalid = |m: &str| SignatureStatus::Invalid(m.to_string());
    let Ok(block) = serde_json::from_value::<SignatureBlock>(sig) else {
        return invalid("malformed signature block");
    };
    if block.algorithm != ALGORITHM {
        return invalid("unknown signature algorithm");
    }
    let Some(key) = public_key_hex(&block.public_key) else {
        return invalid("malformed public key");
    };
    let Some(sig) = unhex(&block.value)
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b))
    else {
        return invalid("malformed signature value");
    };
    let Ok(bytes) = canonical(rec) else {
        return invalid("record has no canonical form");
    };
    match key.verify_strict(&bytes, &sig) {
        Ok(()) => SignatureStatus::Valid(key),
        Err(_) => invalid("signature does not match the record"),
    }
}

/// Whether `s` verified and its signer is `expected` (when given): the
/// one test `attest verify` passes on.
pub fn verified_by(status: &SignatureStatus, expected: Option<&VerifyingKey>) -> bool {
    match status {
        SignatureStatus::Valid(k) => expected.is_none_or(|e| e == k),
        _ => false,
    }
}

/// A string from the record for the terminal: control characters (a
/// device's model string is the device's to choose) shown escaped.
fn shown(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let esc: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            esc
        })
        .collect()
}

fn or_unknown(v: &Option<String>) -> String {
    v.as_deref().map_or_else(|| "(not given)".into(), shown)
}

/// Bytes with a binary-unit figure beside them for the eye.
fn size_text(n: u64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut v = n as f64;
    let mut unit = "B";
    for u in UNITS {
        if v < 1024.0 {
            break;
        }
        v /= 1024.0;
        unit = u;
    }
    format!("{n} bytes ({v:.1} {unit})")
}

/// How many read errors the page lists before summing up the rest.
const ERRORS_LISTED: usize = 50;

/// The page an auditor files: the target and its identity, what was read
/// and its digest, when, read errors, findings by kind, the verdict, who
/// ran it, and what the signature says.
pub fn render_human(r: &Record, status: &SignatureStatus) -> String {
    let mut s = String::new();
    let mut line = |label: &str, value: String| {
        let _ = writeln!(s, "{:<13}{value}", format!("{label}:"));
    };
    line(
        "attestation",
        format!("phiscan raw scan record (schema {})", r.schema),
    );
    line(
        "target",
        format!("{} ({})", shown(&r.target.path), r.target.kind.as_str()),
    );
    line("model", or_unknown(&r.target.model));
    line("serial", or_unknown(&r.target.serial));
    line("vendor", or_unknown(&r.target.vendor));
    line("size", size_text(r.target.size));
    let pct = if r.target.size == 0 {
        100.0
    } else {
        r.bytes_read as f64 * 100.0 / r.target.size as f64
    };
    line(
        "bytes read",
        format!(
            "{} of {} ({pct:.1}%), {}",
            r.bytes_read,
            r.target.size,
            if r.complete { "complete" } else { "INCOMPLETE" }
        ),
    );
    line("sha256", shown(&r.sha256));
    line("started", shown(&r.started));
    line("ended", shown(&r.ended));
    let unread: u64 = r.read_errors.iter().map(|e| e.len).sum();
    line(
        "read errors",
        if r.read_errors.is_empty() {
            "none".into()
        } else {
            format!("{} ranges, {unread} bytes unread", r.read_errors.len())
        },
    );
    for e in r.read_errors.iter().take(ERRORS_LISTED) {
        let _ = writeln!(
            s,
            "             at {} (0x{:x}), {} bytes: {}",
            e.offset,
            e.offset,
            e.len,
            shown(&e.error)
        );
    }
    if r.read_errors.len() > ERRORS_LISTED {
        let _ = writeln!(
            s,
            "             … and {} more (see the JSON record)",
            r.read_errors.len() - ERRORS_LISTED
        );
    }
    let mut line = |label: &str, value: String| {
        let _ = writeln!(s, "{:<13}{value}", format!("{label}:"));
    };
    let kinds: Vec<String> = r
        .by_kind
        .iter()
        .map(|(k, n)| format!("{} {n}", shown(k)))
        .collect();
    line(
        "findings",
        if kinds.is_empty() {
            r.findings.to_string()
        } else {
            format!("{} ({})", r.findings, kinds.join(", "))
        },
    );
    line(
        "verdict",
        match r.verdict {
            Verdict::Clean => "clean (no findings)".into(),
            Verdict::Pii => "pii (identifiers found, none judged PHI)".into(),
            Verdict::Phi => "phi (protected health information found)".into(),
        },
    );
    line("operator", or_unknown(&r.operator));
    line("host", or_unknown(&r.host));
    line(
        "tool",
        format!(
            "{} {}, detectors {}",
            shown(&r.tool.name),
            shown(&r.tool.version),
            shown(&r.tool.detectors)
        ),
    );
    match status {
        SignatureStatus::Unsigned => line("signature", "unsigned".into()),
        SignatureStatus::Valid(k) => {
            line(
                "signature",
                format!("valid (key {}, Ed25519)", fingerprint(k)),
            );
            line("public key", public_key_hex_of(k));
        }
        SignatureStatus::Invalid(why) => line("signature", format!("INVALID ({why})")),
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record {
            schema: SCHEMA,
            tool: Tool::current("blake3:00112233445566778899aabbccddeeff".into()),
            target: Target {
                path: "/dev/sdb".into(),
                kind: TargetKind::BlockDevice,
                size: 64 << 20,
                model: Some("Samsung SSD 860".into()),
                serial: Some("S3Z9NB0K123456".into()),
                vendor: Some("ATA".into()),
            },
            sha256: "ab".repeat(32),
            started: "2026-12-08T03:00:00Z".into(),
            ended: "2026-12-08T03:01:10Z".into(),
            bytes_read: (64 << 20) - 4096,
            read_errors: vec![ReadError {
                offset: 1 << 20,
                len: 4096,
                error: "Input/output error (os error 5)".into(),
            }],
            complete: false,
            findings: 3,
            by_kind: [("ssn".to_string(), 2), ("name".to_string(), 1)].into(),
            verdict: Verdict::Phi,
            operator: Some("J. Doe, IT".into()),
            host: Some("tech-laptop".into()),
        }
    }

    fn key(n: u8) -> SigningKey {
        SigningKey::from_bytes(&[n; 32])
    }

    #[test]
    fn canonical_sorts_keys_by_utf16_and_is_compact() {
        let v: Value = serde_json::json!({
            "\u{20ac}": 1, "b": [true, null, "x/\u{7}\n\u{e9}\"\\"], "a": -3
        });
        let c = String::from_utf8(canonical(&v).unwrap()).unwrap();
        assert_eq!(
            c,
            "{\"a\":-3,\"b\":[true,null,\"x/\\u0007\\n\u{e9}\\\"\\\\\"],\"\u{20ac}\":1}"
        );
        // RFC 8785 3.2.3: UTF-16 code units, not UTF-8 bytes. U+1F600 is
        // the surrogate pair D83D DE00 and sorts before U+FB33, the
        // reverse of their UTF-8 order (F0… after EF…).
        let c2 = String::from_utf8(
            canonical(&serde_json::json!({"\u{fb33}": 1, "\u{1f600}": 2})).unwrap(),
        )
        .unwrap();
        assert_eq!(c2, "{\"\u{1f600}\":2,\"\u{fb33}\":1}");
    }

    #[test]
    fn canonical_refuses_floats_and_big_integers() {
        assert!(canonical(&serde_json::json!({"x": 1.5})).is_err());
        assert!(canonical(&serde_json::json!([(1u64 << 53) + 1])).is_err());
        assert!(canonical(&serde_json::json!([1u64 << 53])).is_ok());
    }

    #[test]
    fn record_round_trips_and_names_its_enums_as_the_readme_says() {
        let r = record();
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["target"]["kind"], "block device");
        assert_eq!(v["verdict"], "phi");
        assert_eq!(v["tool"]["name"], "phiscan");
        assert_eq!(v["tool"]["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(v["read_errors"][0]["len"], 4096);
        assert_eq!(serde_json::from_value::<Record>(v).unwrap(), r);
    }

    fn signed_file(dir: &Path, r: &Record, k: Option<&SigningKey>) -> PathBuf {
        let p = dir.join("rec.json");
        let _ = std::fs::remove_file(&p);
        write(&p, r, k).unwrap();
        p
    }

    #[test]
    fn signed_record_verifies_and_any_changed_byte_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let r = record();
        let p = signed_file(dir.path(), &r, Some(&key(7)));
        let got = read(&p).unwrap();
        assert_eq!(got.record.as_ref().unwrap(), &r);
        assert_eq!(got.status, SignatureStatus::Valid(key(7).verifying_key()));
        assert!(verified_by(&got.status, Some(&key(7).verifying_key())));
        assert!(!verified_by(&got.status, Some(&key(8).verifying_key())));

        // Every byte of the file, changed to another non-blank character:
        // either the file no longer parses or the signature fails, save
        // where the change is outside the record and its signature.
        let bytes = std::fs::read(&p).unwrap();
        let tampered = dir.path().join("t.json");
        let mut checked = 0;
        for i in 0..bytes.len() {
            if bytes[i].is_ascii_whitespace() {
                continue;
            }
            let mut b = bytes.clone();
            b[i] = if b[i] == b'7' { b'8' } else { b'7' };
            std::fs::write(&tampered, &b).unwrap();
            if let Ok(s) = read(&tampered) {
                assert!(
                    !matches!(s.status, SignatureStatus::Valid(_)),
                    "byte {i} changed and the signature still verified"
                );
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} variants parsed");
    }

    #[test]
    fn a_key_swapped_in_or_an_added_member_breaks_the_signature() {
        let dir = tempfile::tempdir().unwrap();
        let p = signed_file(dir.path(), &record(), Some(&key(7)));
        let mut doc: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
        doc["signature"]["public_key"] = Value::String(hex(key(8).verifying_key().as_bytes()));
        std::fs::write(&p, serde_json::to_vec(&doc).unwrap()).unwrap();
        assert!(matches!(
            read(&p).unwrap().status,
            SignatureStatus::Invalid(_)
        ));

        let p = signed_file(dir.path(), &record(), Some(&key(7)));
        let mut doc: Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
        doc["record"]["note"] = Value::String("added".into());
        std::fs::write(&p, serde_json::to_vec(&doc).unwrap()).unwrap();
        let got = read(&p).unwrap();
        assert!(matches!(got.status, SignatureStatus::Invalid(_)));
        assert!(got.record.is_err(), "unknown members are refused");
    }

    #[test]
    fn unsigned_record_says_so_and_write_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = signed_file(dir.path(), &record(), None);
        let got = read(&p).unwrap();
        assert_eq!(got.status, SignatureStatus::Unsigned);
        assert!(render_human(got.record.as_ref().unwrap(), &got.status)
            .contains("signature:   unsigned"));
        let before = std::fs::read(&p).unwrap();
        assert!(write(&p, &record(), Some(&key(1))).is_err());
        assert!(check_writable(&p).is_err());
        assert!(check_writable(&dir.path().join("missing/rec.json")).is_err());
        assert!(check_writable(&dir.path().join("new.json")).is_ok());
        assert_eq!(std::fs::read(&p).unwrap(), before);
        use std::os::unix::fs::PermissionsExt;
        let other = dir.path().join("other.json");
        write(&other, &record(), None).unwrap();
        let mode = std::fs::metadata(&other).unwrap().permissions().mode() & 0o777;
        // 0644 less the umask.
        assert_eq!(mode & !0o644, 0, "mode {mode:o}");
    }

    #[test]
    fn render_names_everything_an_auditor_files() {
        let k = key(7);
        let page = render_human(&record(), &SignatureStatus::Valid(k.verifying_key()));
        for want in [
            "target:      /dev/sdb (block device)",
            "model:       Samsung SSD 860",
            "serial:      S3Z9NB0K123456",
            "size:        67108864 bytes (64.0 MiB)",
            "bytes read:  67104768 of 67108864 (100.0%), INCOMPLETE",
            &format!("sha256:      {}", "ab".repeat(32)),
            "started:     2026-12-08T03:00:00Z",
            "read errors: 1 ranges, 4096 bytes unread",
            "at 1048576 (0x100000), 4096 bytes: Input/output error",
            "findings:    3 (name 1, ssn 2)",
            "verdict:     phi",
            "operator:    J. Doe, IT",
            "host:        tech-laptop",
            &format!(
                "signature:   valid (key {}",
                fingerprint(&k.verifying_key())
            ),
            &format!("public key:  {}", hex(k.verifying_key().as_bytes())),
        ] {
            assert!(page.contains(want), "missing {want:?} in\n{page}");
        }
        let mut r = record();
        r.target.model = Some("evil\u{1b}[2Jmodel".into());
        let page = render_human(&r, &SignatureStatus::Invalid("x".into()));
        assert!(!page.contains('\u{1b}'));
        assert!(page.contains("signature:   INVALID (x)"));
    }

    #[test]
    fn keygen_writes_a_private_pkcs8_key_once_and_it_signs() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.pem");
        let public = keygen(&p).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.starts_with("-----BEGIN PRIVATE KEY-----"));
        // v1, 48 bytes of DER (base64: 64 characters), as openssl writes.
        let body: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
        assert_eq!(body.len(), 64, "{text}");
        let k = load_signing_key(&p).unwrap();
        assert_eq!(k.verifying_key(), public);
        assert!(keygen(&p).is_err(), "an existing key is never overwritten");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), text);
        // The public key parses from hex, from a hex file and from the
        // private key file.
        let h = public_key_hex_of(&public);
        assert_eq!(parse_public_key(&h).unwrap(), public);
        let hf = dir.path().join("pub.hex");
        std::fs::write(&hf, format!("{h}\n")).unwrap();
        assert_eq!(parse_public_key(hf.to_str().unwrap()).unwrap(), public);
        assert_eq!(parse_public_key(p.to_str().unwrap()).unwrap(), public);
        assert!(parse_public_key("00").is_err());
        let junk = dir.path().join("junk");
        std::fs::write(&junk, "not a key").unwrap();
        std::fs::set_permissions(&junk, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(load_signing_key(&junk)
            .unwrap_err()
            .to_string()
            .contains("PKCS#8"));
        // A key others can read is refused.
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        let e = load_signing_key(&p).unwrap_err().to_string();
        assert!(e.contains("chmod 600"), "{e}");
    }

    /// A fake root: `sys/dev/block/8:1` links to a partition whose parent
    /// disk has sysfs model and vendor but no serial; udev has the serial.
    fn fake_sysfs(root: &Path) {
        use std::os::unix::fs::symlink;
        let disk = root
            .join("sys/devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda");
        std::fs::create_dir_all(disk.join("sda1")).unwrap();
        std::fs::create_dir_all(disk.join("device")).unwrap();
        std::fs::write(disk.join("dev"), "8:0\n").unwrap();
        std::fs::write(disk.join("sda1/dev"), "8:1\n").unwrap();
        std::fs::write(disk.join("sda1/partition"), "1\n").unwrap();
        std::fs::write(disk.join("device/model"), "Samsung SSD 860 \n").unwrap();
        std::fs::write(disk.join("device/vendor"), "ATA     \n").unwrap();
        std::fs::create_dir_all(root.join("sys/dev/block")).unwrap();
        symlink(
            "../../devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda",
            root.join("sys/dev/block/8:0"),
        )
        .unwrap();
        symlink(
            "../../devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda/sda1",
            root.join("sys/dev/block/8:1"),
        )
        .unwrap();
        std::fs::create_dir_all(root.join("run/udev/data")).unwrap();
        std::fs::write(
            root.join("run/udev/data/b8:0"),
            "S:disk/by-id/ata-Samsung_SSD_860\nE:ID_MODEL=Samsung_SSD_860\n\
             E:ID_MODEL_ENC=Samsung\\x20SSD\\x20860\\x20\\x20\nE:ID_SERIAL_SHORT=S3Z9NB0K123456\n\
             E:ID_VENDOR=ATA\n",
        )
        .unwrap();
    }

    #[test]
    fn identity_comes_from_sysfs_then_udev_and_a_partition_names_its_disk() {
        let dir = tempfile::tempdir().unwrap();
        fake_sysfs(dir.path());
        let want = Identity {
            model: Some("Samsung SSD 860".into()),
            serial: Some("S3Z9NB0K123456".into()),
            vendor: Some("ATA".into()),
        };
        assert_eq!(identity_at(dir.path(), 8, 0), want);
        assert_eq!(identity_at(dir.path(), 8, 1), want);
        assert_eq!(identity_at(dir.path(), 8, 16), Identity::default());

        // NVMe-like: the serial in sysfs, no udev; the model only in udev.
        let d2 = tempfile::tempdir().unwrap();
        let nvme = d2.path().join("sys/devices/pci0000:00/nvme/nvme0/nvme0n1");
        std::fs::create_dir_all(nvme.join("device")).unwrap();
        std::fs::write(nvme.join("dev"), "259:0\n").unwrap();
        std::fs::write(nvme.join("device/serial"), "  S4EWNX0R \n").unwrap();
        std::fs::create_dir_all(d2.path().join("sys/dev/block")).unwrap();
        std::os::unix::fs::symlink(&nvme, d2.path().join("sys/dev/block/259:0")).unwrap();
        std::fs::create_dir_all(d2.path().join("run/udev/data")).unwrap();
        std::fs::write(
            d2.path().join("run/udev/data/b259:0"),
            "E:ID_MODEL=WDC_PC_SN530\nE:ID_SERIAL_SHORT=OTHER\n",
        )
        .unwrap();
        assert_eq!(
            identity_at(d2.path(), 259, 0),
            Identity {
                model: Some("WDC PC SN530".into()),
                serial: Some("S4EWNX0R".into()),
                vendor: None,
            }
        );
    }

    #[test]
    fn an_image_file_is_a_target_without_identity() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("disk.img");
        std::fs::write(&p, vec![0u8; 5000]).unwrap();
        // Its kind and size are the reader's (`source::raw`'s tests).
        let t = target(&p, TargetKind::ImageFile, 5000);
        assert_eq!(t.kind, TargetKind::ImageFile);
        assert_eq!(t.size, 5000);
        assert_eq!((t.model, t.serial, t.vendor), (None, None, None));
        assert_eq!(device_identity(&p), Identity::default());
    }

    #[test]
    fn detector_set_id_is_stable_and_names_its_hash() {
        let a = detector_set_id(&Engine::builtin().unwrap());
        assert_eq!(a, detector_set_id(&Engine::builtin().unwrap()));
        let hexpart = a.strip_prefix("blake3:").unwrap();
        assert_eq!(hexpart.len(), 32);
        assert!(hexpart.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn dev_t_splits_as_glibc_does() {
        // makedev(259, 65537) per glibc's gnu_dev_makedev.
        let (ma, mi) = (259u64, 65_537u64);
        let dev = ((ma & 0xfff) << 8) | ((ma & !0xfff) << 32) | (mi & 0xff) | ((mi & !0xff) << 12);
        assert_eq!(split_dev(dev), (ma, mi));
        assert!(hostname().is_some_and(|h| !h.is_empty()));
    }
}
