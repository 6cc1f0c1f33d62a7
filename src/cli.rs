//! Command line: flags, subcommands, exit codes. Turns arguments into an
//! `app::ScanConfig` and nothing more.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::app::{self, Outcome, ScanConfig};
use crate::detect::{Engine, SpecSource};
use crate::eval::{self, Collector, Gates, KindThreshold, Shown};
use crate::extract::container::ArchiveLimits;
use crate::findings::{BuildOptions, Keyring};
use crate::limits::{parse_limit, Limits};
use crate::policy;
use crate::polite;
use crate::report::Format;
use crate::vocab::{Confidence, Kind};
use crate::walk::WalkOptions;

/// Find unprotected patient data (PHI) in files, without leaking it.
#[derive(Debug, Parser)]
#[command(name = "phiscan", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scan files and directories for PHI.
    Scan(ScanArgs),
    /// List or check the detectors.
    #[command(subcommand)]
    Detectors(DetectorsCmd),
    /// Measure precision and recall on a labelled tree.
    Eval(EvalArgs),
    /// Install or remove the git pre-commit hook (`scan --staged`).
    #[command(subcommand)]
    Hook(HookCmd),
    /// Record accepted findings, or prune the fixed ones from a record.
    #[command(subcommand)]
    Baseline(BaselineCmd),
    /// Render a recorded run from a `--state` inventory, without scanning:
    /// its findings, and what is new or fixed since an earlier run.
    Report(ReportArgs),
    /// Verify or show the signed record of a raw scan (`--attest`), or make
    /// a signing key for it.
    #[command(subcommand)]
    Attest(AttestCmd),
}

/// `phiscan attest`: the record a raw scan writes with `--attest`.
#[derive(Debug, Subcommand)]
enum AttestCmd {
    /// Check a record's signature and print it: exit 0 when it verifies
    /// (and was signed by --public-key, if given), 1 when it does not or
    /// is unsigned, 2 when the file is unreadable or not a record.
    Verify {
        /// The record file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The key it must be signed with: 64 hex digits, or a file with
        /// them, a PEM public key or the PEM private key.
        #[arg(long, value_name = "HEX_OR_FILE")]
        public_key: Option<String>,
    },
    /// Print a record with what its signature says (valid, INVALID,
    /// unsigned); exit 0 whenever the file is a record, 2 otherwise.
    Show {
        /// The record file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Make an Ed25519 signing key for `--sign-key` (PKCS#8 PEM, mode
    /// 0600, never over an existing file); prints its public key in hex.
    Keygen {
        /// Where to write the private key.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

/// `phiscan attest …`.
fn attest_cmd(cmd: AttestCmd) -> anyhow::Result<ExitCode> {
    use crate::attest::{self, SignatureStatus};
    let mut out = std::io::stdout().lock();
    match cmd {
        AttestCmd::Keygen { out: path } => {
            let public = attest::keygen(&path)?;
            writeln!(out, "{}", attest::public_key_hex_of(&public))?;
            Ok(ExitCode::SUCCESS)
        }
        AttestCmd::Show { file } => {
            let doc = attest::read(&file)?;
            let record = doc.record.map_err(|e| {
                anyhow::anyhow!("{}: not a record this phiscan reads: {e}", file.display())
            })?;
            write!(out, "{}", attest::render_human(&record, &doc.status))?;
            Ok(ExitCode::SUCCESS)
        }
        AttestCmd::Verify { file, public_key } => {
            let expected = public_key
                .as_deref()
                .map(attest::parse_public_key)
                .transpose()?;
            let doc = attest::read(&file)?;
            let fail = |msg: String| {
                let _ = writeln!(std::io::stderr(), "phiscan: {}: {msg}", file.display());
                Ok(ExitCode::from(1))
            };
            match (&doc.status, &expected) {
                (SignatureStatus::Unsigned, _) => {
                    return fail("unsigned: there is no signature to verify".into())
                }
                (SignatureStatus::Invalid(why), _) => {
                    return fail(format!(
                    "signature does NOT verify ({why}): the record was changed after it was signed"
                ))
                }
                (SignatureStatus::Valid(k), Some(e)) if k != e => {
                    return fail(format!(
                        "signed by key {}, not by the expected key {}",
                        attest::fingerprint(k),
                        attest::fingerprint(e)
                    ))
                }
                (SignatureStatus::Valid(_), _) => {}
            }
            // A valid signature over a record of another layout.
            let record = doc.record.map_err(|e| {
                anyhow::anyhow!("{}: not a record this phiscan reads: {e}", file.display())
            })?;
            write!(out, "{}", attest::render_human(&record, &doc.status))?;
            if expected.is_none() {
                writeln!(
                    out,
                    "note:        checked against the key inside the file; pass --public-key to check who signed"
                )?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `phiscan report`.
#[derive(Debug, Args)]
struct ReportArgs {
    /// The inventory a `scan --state` wrote (no value: the default place,
    /// $XDG_STATE_HOME/phiscan/state.sqlite).
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "")]
    state: PathBuf,
    /// The run to show (default: the latest).
    #[arg(long, value_name = "N")]
    run: Option<i64>,
    /// The run to compare with (default: the complete run before it).
    #[arg(long, value_name = "RUN")]
    since: Option<i64>,
    /// Report format.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// Write the report here (created with mode 0600).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Colour in the human report (NO_COLOR is honoured by auto).
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorArg,
}

#[derive(Debug, Subcommand)]
enum HookCmd {
    /// Write the pre-commit hook of the repository (honours core.hooksPath).
    Install {
        /// A folder of the repository (default: the current one).
        #[arg(value_name = "REPO", default_value = ".")]
        repo: PathBuf,
        /// Move a pre-commit hook phiscan did not write aside and install.
        #[arg(long)]
        force: bool,
    },
    /// Remove phiscan's pre-commit hook (a hook it did not write stays).
    Uninstall {
        /// A folder of the repository (default: the current one).
        #[arg(value_name = "REPO", default_value = ".")]
        repo: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum BaselineCmd {
    /// Write the current findings to a baseline file (no raw values).
    Create {
        /// Files and directories to scan.
        #[arg(value_name = "PATH", default_value = ".")]
        paths: Vec<PathBuf>,
        /// The baseline file to write.
        #[arg(short, long, value_name = "FILE", default_value = policy::baseline::DEFAULT_FILE)]
        output: PathBuf,
        #[command(flatten)]
        policy: PolicyArgs,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Scan again, report new findings, and drop the baseline's entries
    /// no longer found; exit 1 when the file was rewritten.
    Update {
        /// The baseline file to update.
        #[arg(long, value_name = "FILE", default_value = policy::baseline::DEFAULT_FILE)]
        baseline: PathBuf,
        /// Files and directories to scan (default: those the baseline was made from).
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Report format for new findings.
        #[arg(long, value_enum, default_value = "human")]
        format: FormatArg,
        #[command(flatten)]
        policy: PolicyArgs,
        #[command(flatten)]
        common: CommonArgs,
    },
}

/// Flags choosing which findings are reported (config, allowances).
#[derive(Debug, Args)]
struct PolicyArgs {
    /// Config file (default: PHISCAN_CONFIG, else ./phiscan.toml if present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Lowest confidence reported (default: the config's, else medium).
    #[arg(long, value_enum)]
    min_confidence: Option<ConfidenceArg>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Jsonl,
    /// SARIF 2.1.0 (code scanning).
    Sarif,
    /// One row per finding.
    Csv,
    /// One self-contained HTML page (the morning report).
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ConfidenceArg {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
struct ScanArgs {
    /// Files and directories to scan; `-` reads one document from standard
    /// input. With --staged or --since: a folder of the repository
    /// (default: the current one).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Scan what the next commit will contain: the blobs staged in the git
    /// index (added, modified, renamed, copied), not the working tree.
    /// Paths in the report are relative to the repository's top.
    #[arg(long, conflicts_with_all = ["since", "history"])]
    staged: bool,
    /// Scan every blob in the repository's history once (all refs), each
    /// reported as COMMIT:PATH where it first entered: for a repository
    /// that may already hold PHI, deleted since or not.
    #[arg(long, conflicts_with = "since")]
    history: bool,
    /// Scan what the current branch adds since REF (`REF...HEAD`), for CI
    /// on a pull request.
    #[arg(long, value_name = "REF")]
    since: Option<String>,
    /// The path reported for standard input (`phiscan scan -`).
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    stdin_name: String,
    /// Report format.
    #[arg(long, value_enum, default_value = "human")]
    format: FormatArg,
    /// Write the report here (created with mode 0600; never scanned).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Show raw matched values in the report. Off by default: reports,
    /// logs and errors show masked values only.
    #[arg(long)]
    show_values: bool,
    #[command(flatten)]
    policy: PolicyArgs,
    /// Suppress the findings listed in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Ignore every allowance (config entries, inline comments) and the
    /// baseline: report everything, for audits.
    #[arg(long)]
    no_allow: bool,
    #[command(flatten)]
    common: CommonArgs,
    /// Do not cross file-system boundaries.
    #[arg(long)]
    one_file_system: bool,
    /// Follow symbolic links (loops are detected and reported).
    #[arg(long)]
    follow: bool,
    /// Exit 0 or 1 even when something could not be scanned.
    #[arg(long)]
    allow_incomplete: bool,
    /// Colour in the human report (NO_COLOR is honoured by auto).
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorArg,
    /// Keep an inventory in FILE (SQLite, mode 0600) and read only files
    /// changed since it last saw them; no value: the default place
    /// ($XDG_STATE_HOME/phiscan/state.sqlite, else
    /// ~/.local/state/phiscan/state.sqlite).
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "",
          conflicts_with_all = ["staged", "since", "history"])]
    state: Option<PathBuf>,
    /// With --state: read every file again, whatever the inventory says.
    #[arg(long, requires = "state")]
    full: bool,
    #[command(flatten)]
    raw: RawArgs,
    #[command(flatten)]
    night: NightArgs,
}

/// A disk before disposal (issue 20; README "Before disposal").
#[derive(Debug, Args)]
struct RawArgs {
    /// Read PATH, a block device (/dev/sdb) or a disk image file, byte by
    /// byte: deleted files, free space and documents whose names are gone
    /// included. Findings carry `offset`, their byte offset on the disk.
    #[arg(long, conflicts_with_all = ["staged", "since", "history", "state"])]
    raw: bool,
    /// With --raw: write a record of what was read and found to FILE
    /// (JSON; never overwritten), for filing with the disposal ticket.
    #[arg(long, value_name = "FILE", requires = "raw")]
    attest: Option<PathBuf>,
    /// Sign the --attest record with this Ed25519 key (PKCS#8 PEM, from
    /// `phiscan attest keygen` or `openssl genpkey -algorithm ed25519`).
    #[arg(long, value_name = "KEY", requires = "attest")]
    sign_key: Option<PathBuf>,
    /// Who ran the scan, recorded in the --attest record.
    #[arg(long, value_name = "NAME", requires = "attest")]
    operator: Option<String>,
    /// Bytes each chunk of a raw scan owns (tests use small chunks to put
    /// values across chunk boundaries).
    #[arg(long, value_name = "SIZE", hide = true, requires = "raw")]
    raw_chunk: Option<String>,
}

/// Progress, stopping and politeness, for long scans of a busy share
/// (issue 19; README "Overnight scans").
#[derive(Debug, Args)]
struct NightArgs {
    /// Progress on stderr: auto (on a terminal only), always (on a
    /// terminal, else a plain line every --progress-interval, for cron
    /// logs), never.
    #[arg(long, value_enum, default_value = "auto")]
    progress: ProgressArg,
    /// Seconds between two plain progress lines (no terminal).
    #[arg(long, value_name = "SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    progress_interval: u64,
    /// No progress and no summary line on stderr; the report is unchanged.
    #[arg(short, long)]
    quiet: bool,
    /// Stop at this local time (HH:MM, 24-hour; tomorrow when already
    /// past) as on SIGTERM: files in hand finish, the report closes with
    /// "complete":false and "interrupted":"stop-at", exit status 143.
    #[arg(long, value_name = "HH:MM", value_parser = polite::parse_clock)]
    stop_at: Option<polite::ClockTime>,
    /// Stop after this many seconds, as --stop-at does (for tests and
    /// scripts that cannot wait for a clock minute).
    #[arg(long, value_name = "SECS", hide = true)]
    stop_after: Option<u64>,
    /// Lower CPU priority (nice 10) and I/O priority (best-effort 7) for
    /// the whole scan; never raises either.
    #[arg(long)]
    nice: bool,
    /// Read at most this many megabytes (10^6 bytes) per second, all
    /// threads together, e.g. 20 or 2.5.
    #[arg(long, value_name = "MB/s", value_parser = polite::parse_rate)]
    max_rate: Option<u64>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ProgressArg {
    Auto,
    Always,
    Never,
}

impl NightArgs {
    /// Lowers the priority and arms the stop time: done first, before any
    /// thread starts, so every thread of the scan inherits the priority.
    fn apply(&self) -> anyhow::Result<()> {
        if self.nice {
            polite::lower_priority().map_err(|e| anyhow::anyhow!("--nice: {e}"))?;
        }
        let now = std::time::SystemTime::now();
        if let Some(at) = self.stop_at {
            polite::stop_at(
                polite::next_local(at, now).map_err(|e| anyhow::anyhow!("--stop-at: {e}"))?,
            );
        }
        if let Some(secs) = self.stop_after {
            polite::stop_at(now + std::time::Duration::from_secs(secs));
        }
        Ok(())
    }

    /// What `app` shows while it scans.
    fn progress(&self) -> app::ProgressOptions {
        app::ProgressOptions {
            mode: match self.progress {
                ProgressArg::Auto => app::ProgressMode::Auto,
                ProgressArg::Always => app::ProgressMode::Always,
                ProgressArg::Never => app::ProgressMode::Never,
            },
            interval: std::time::Duration::from_secs(self.progress_interval),
            quiet: self.quiet,
        }
    }
}

/// `--state` with no value: the default place.
fn state_path(p: PathBuf) -> anyhow::Result<PathBuf> {
    if !p.as_os_str().is_empty() {
        return Ok(p);
    }
    app::default_state_path().ok_or_else(|| {
        anyhow::anyhow!("--state: neither XDG_STATE_HOME nor HOME is set; name a file")
    })
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum EvalFormatArg {
    Human,
    Json,
}

#[derive(Debug, Args)]
struct EvalArgs {
    /// The directory to scan; truth paths are relative to it (or start with it).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Labelled values, one JSON object per line: {"path","inner","kind","value"}.
    #[arg(long, value_name = "FILE")]
    truth: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: EvalFormatArg,
    /// Show raw values in the lists of misses (off: masked only).
    #[arg(long)]
    show_values: bool,
    /// Lowest confidence that counts as reported.
    #[arg(long, value_enum, default_value = "medium")]
    min_confidence: ConfidenceArg,
    /// At most N false positives and N false negatives listed; 0 for all.
    #[arg(long, value_name = "N", default_value_t = 50)]
    max_list: usize,
    /// Exit 1 when overall precision is below X.
    #[arg(long, value_name = "X", value_parser = eval::parse_fraction)]
    min_precision: Option<f64>,
    /// Exit 1 when overall recall is below Y.
    #[arg(long, value_name = "Y", value_parser = eval::parse_fraction)]
    min_recall: Option<f64>,
    /// Exit 1 when this kind's precision or recall is below P or R (repeatable).
    #[arg(long, value_name = "KIND=P,R")]
    kind_threshold: Vec<KindThreshold>,
    /// Evaluate only these kinds (comma-separated, e.g. ssn,mrn,dob), for a
    /// truth file that labels only some: findings of other kinds are then
    /// not counted as false positives. Default: every kind.
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = parse_kind_arg)]
    kinds: Vec<Kind>,
    /// Also print overall precision and recall per folder: the first N
    /// components of each path (e.g. 2 for `hl7/python-hl7/...`), to see
    /// which source of a gathered corpus a figure comes from.
    #[arg(long, value_name = "N", default_value_t = 0)]
    by_folder: usize,
    #[command(flatten)]
    common: CommonArgs,
}

/// Flags every scanning command takes (`scan`, `eval`).
#[derive(Debug, Args)]
struct CommonArgs {
    /// Worker threads; 0 (as for ripgrep) or absent: the number of CPUs.
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Leave out paths matching this glob (repeatable; `.phiscanignore` files work too).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Skip files larger than this (reported as too_large), e.g. 500M, 2G; 0 for no limit [default: 2G].
    #[arg(long, value_name = "SIZE")]
    max_file_size: Option<String>,
    /// Open containers (archives, documents, mail) nested at most N deep [default: 5].
    #[arg(long, value_name = "N")]
    max_depth: Option<usize>,
    /// Largest container member inflated (in memory), e.g. 64M; 0 for no limit [default: 64M].
    #[arg(long, value_name = "SIZE")]
    max_member_size: Option<String>,
    /// Most bytes inflated from one file, all its members together; 0 for no limit [default: 4G].
    #[arg(long, value_name = "SIZE")]
    max_inflated: Option<String>,
    /// Time for one file, all its members included, in seconds: past it
    /// the file (or the member being read) is reported `timeout`, keeping
    /// what was found; 0 for no limit [default: 120].
    #[arg(long, value_name = "SECS")]
    file_timeout: Option<u64>,
    /// Use the detector files in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    detectors: Option<PathBuf>,
    /// Fingerprint key file (default: PHISCAN_KEY, else ~/.config/phiscan/key, created 0600).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
}

/// What the common flags resolve to.
struct Common {
    engine: Engine,
    keys: Keyring,
    threads: usize,
    limits: Limits,
    archive: ArchiveLimits,
    excludes: Vec<String>,
}

impl CommonArgs {
    /// The flags' values, else the config's limits, else the defaults.
    fn resolve(self, config: Option<&policy::Config>, engine: Engine) -> anyhow::Result<Common> {
        let cl = config.map(|c| c.limits.clone()).unwrap_or_default();
        let max_file_size = self.max_file_size.or(cl.max_file_size);
        let max_member_size = self.max_member_size.or(cl.max_member_size);
        let max_inflated = self.max_inflated.or(cl.max_inflated);
        let max_depth = self.max_depth.or(cl.max_depth).unwrap_or(5);
        let file_timeout = self.file_timeout.or(cl.file_timeout).unwrap_or(120);
        let keys = Keyring::load(self.key_file.as_deref())
            .map_err(|e| anyhow::anyhow!("fingerprint key: {e}"))?;
        // Every size flag reads 0 as "no limit", as `--max-file-size` always
        // has: a limit of zero bytes would skip everything.
        let limit =
            |flag: &str, s: &str| parse_limit(s).map_err(|e| anyhow::anyhow!("--{flag}: {e}"));
        let max = limit("max-file-size", max_file_size.as_deref().unwrap_or("2G"))?;
        let threads = self
            .threads
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
        Ok(Common {
            engine,
            keys,
            threads,
            limits: Limits {
                max_file_size: max,
                ..Limits::default()
            },
            archive: ArchiveLimits {
                max_depth,
                max_member_bytes: limit(
                    "max-member-size",
                    max_member_size.as_deref().unwrap_or("64M"),
                )?
                .unwrap_or(u64::MAX),
                max_file_bytes: limit("max-inflated", max_inflated.as_deref().unwrap_or("4G"))?
                    .unwrap_or(u64::MAX),
                max_time: match file_timeout {
                    // "No limit": a century, which an `Instant` still holds.
                    0 => std::time::Duration::from_secs(100 * 365 * 86_400),
                    secs => std::time::Duration::from_secs(secs),
                },
                ..ArchiveLimits::default()
            },
            excludes: self.exclude,
        })
    }
}

#[derive(Debug, Subcommand)]
enum DetectorsCmd {
    /// What is detected: kinds, Safe Harbor categories, confidence rules.
    List {
        /// Use the detector files in DIR.
        #[arg(long, value_name = "DIR")]
        detectors: Option<PathBuf>,
        /// Machine-readable JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Run every detector's own positive and negative examples.
    Check {
        /// Use the detector files in DIR.
        #[arg(long, value_name = "DIR")]
        detectors: Option<PathBuf>,
    },
}

fn load_engine(dir: &Option<PathBuf>) -> anyhow::Result<Engine> {
    let source = match dir {
        Some(d) => SpecSource::Dir(d.clone()),
        None => SpecSource::Builtin,
    };
    Ok(Engine::load(source)?)
}

fn confidence(c: ConfidenceArg) -> Confidence {
    match c {
        ConfidenceArg::Low => Confidence::Low,
        ConfidenceArg::Medium => Confidence::Medium,
        ConfidenceArg::High => Confidence::High,
    }
}

/// Parses arguments, runs, and maps the result to an exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that went away (`phiscan ... | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "phiscan: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn parse_kind_arg(s: &str) -> Result<Kind, String> {
    eval::parse_kind(s.trim()).ok_or_else(|| format!("unknown kind {s:?}"))
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(a) => scan(a),
        Command::Eval(a) => eval(a),
        Command::Hook(cmd) => hook(cmd),
        Command::Baseline(cmd) => baseline(cmd),
        Command::Report(a) => report(a),
        Command::Attest(cmd) => attest_cmd(cmd),
        Command::Detectors(DetectorsCmd::List { detectors, json }) => {
            let engine = load_engine(&detectors)?;
            list(&engine, json)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Detectors(DetectorsCmd::Check { detectors }) => {
            let engine = load_engine(&detectors)?;
            let failures = engine.check_examples();
            let total: usize = engine
                .detectors()
                .map(|d| d.examples.0 + d.examples.1)
                .sum();
            let mut out = std::io::stdout().lock();
            for f in &failures {
                writeln!(out, "FAIL {f}")?;
            }
            writeln!(
                out,
                "{} detectors, {} examples: {} passed, {} failed ({})",
                engine.detectors().count(),
                total,
                total - failures.len(),
                failures.len(),
                engine.source().describe()
            )?;
            Ok(if failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

/// `phiscan report`: a recorded run rendered from the inventory.
fn report(a: ReportArgs) -> anyhow::Result<ExitCode> {
    let color = match a.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            a.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let outcome = app::report(&app::ReportOptions {
        state: state_path(a.state)?,
        run: a.run,
        since: a.since,
        format: format_of(a.format),
        output: a.output,
        color,
    })?;
    Ok(ExitCode::from(outcome as u8))
}

fn format_of(f: FormatArg) -> Format {
    match f {
        FormatArg::Human => Format::Human,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Csv => Format::Csv,
        FormatArg::Html => Format::Html,
    }
}

fn scan(a: ScanArgs) -> anyhow::Result<ExitCode> {
    a.night.apply()?;
    // The automata, git's processes and the detector files are started
    // in that order and overlap one another (see `detect::prebuild_builtin`
    // and `app::Input::git`). Not for standard input: `scan -` is how other
    // tools pipe one small document, often empty, where start-up is all
    // the cost.
    let stdin = a.paths.iter().any(|p| p.as_os_str() == "-");
    if a.common.detectors.is_none() && !stdin {
        crate::detect::prebuild_builtin();
    }
    let input = scan_input(&a)?;
    let engine = load_engine(&a.common.detectors)?;
    let config = match input.git_top()? {
        Some(top) => policy::Config::find_in(a.policy.config.as_deref(), &top)?,
        None => policy::Config::find(a.policy.config.as_deref())?,
    };
    let c = a.common.resolve(config.as_ref(), engine)?;
    let min_confidence = resolve_policy(&a.policy, config.as_ref(), &c)?;
    let baseline = match &a.baseline {
        Some(p) => Some(policy::Baseline::load(p, &c.keys)?),
        None => None,
    };
    // The state's versions name the config by its text.
    let config_text = format!("{config:?}");
    let policy = Arc::new(policy::ScanPolicy::new(config, baseline, a.no_allow));
    let state = match a.state.clone() {
        Some(p) => Some(app::StateOptions {
            path: state_path(p)?,
            full: a.full,
            // What else decides findings: a change rescans every file.
            policy: format!(
                "{config_text}|{}|{:?}|{}",
                policy.in_force(),
                a.baseline.as_ref().map(|p| std::fs::read(p)
                    .map(|b| blake3::hash(&b).to_hex().to_string())
                    .ok()),
                a.no_allow
            ),
            args: std::env::args().collect::<Vec<_>>().join(" "),
            copies_anywhere: !policy.depends_on_path(),
        }),
        None => None,
    };
    let to_stdout = a.output.is_none();
    let color = match a.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            to_stdout
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let cfg = ScanConfig {
        input,
        format: match a.format {
            FormatArg::Human => Format::Human,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Csv => Format::Csv,
            FormatArg::Html => Format::Html,
        },
        output: a.output,
        build: BuildOptions {
            show_values: a.show_values,
            min_confidence,
        },
        threads: c.threads,
        walk: WalkOptions {
            follow: a.follow,
            one_file_system: a.one_file_system,
            excludes: c.excludes,
            threads: c.threads.min(4),
        },
        limits: c.limits,
        archive: c.archive,
        color,
        allow_incomplete: a.allow_incomplete,
        policy: Some(policy),
        progress: a.night.progress(),
        max_rate: a.night.max_rate,
        state,
    };
    let staged = matches!(
        cfg.input,
        app::Input::Git {
            selection: app::GitSelection::Staged,
            ..
        }
    );
    let outcome = app::scan(&cfg, &c.engine, &c.keys)?;
    if staged && outcome == Outcome::Found {
        // The committer's next step, for the hook and the pre-commit
        // framework alike.
        let _ = writeln!(std::io::stderr(), "{STAGED_FOUND}");
    }
    Ok(ExitCode::from(match outcome {
        Outcome::Clean => 0,
        Outcome::Found => 1,
        Outcome::Incomplete => 2,
    }))
}

/// `phiscan hook install|uninstall`.
fn hook(cmd: HookCmd) -> anyhow::Result<ExitCode> {
    use crate::hook::Done;
    let done = match cmd {
        HookCmd::Install { repo, force } => {
            let exe = std::env::current_exe()?;
            crate::hook::install(&repo, &exe, force)?
        }
        HookCmd::Uninstall { repo } => crate::hook::uninstall(&repo)?,
    };
    let mut out = std::io::stdout().lock();
    match done {
        Done::Installed(p) => {
            writeln!(out, "phiscan: pre-commit hook installed at {}", p.display())?
        }
        Done::Replaced { hook, backup } => writeln!(
            out,
            "phiscan: pre-commit hook installed at {} (the one there before is at {})",
            hook.display(),
            backup.display()
        )?,
        Done::Removed(p) => writeln!(out, "phiscan: pre-commit hook removed from {}", p.display())?,
        Done::NotInstalled(p) => writeln!(out, "phiscan: no phiscan hook at {}", p.display())?,
        Done::LeftAlone(p) => writeln!(
            out,
            "phiscan: {} was not written by phiscan: left in place",
            p.display()
        )?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Printed when `scan --staged` finds patient data: how to go on.
const STAGED_FOUND: &str = "
phiscan: the commit is blocked: the staged content above holds patient data
(values are masked). To go on, either
  - remove it: edit the file, then `git add` it again (or `git restore --staged FILE`);
  - or, if it is not patient data or may be committed, allow it with a reason:
      `phiscan:allow <reason>` on the same line, or an [[allow]] entry in phiscan.toml,
      or accept the current findings with `phiscan baseline update`.
`git commit --no-verify` skips this check; CI runs `phiscan scan --since` anyway.";

/// What `scan` reads: paths, git content, or standard input. Never an
/// empty scan by mistake: no path is an error, not "0 files".
fn scan_input(a: &ScanArgs) -> anyhow::Result<app::Input> {
    let git = if a.staged {
        Some(app::GitSelection::Staged)
    } else if a.history {
        Some(app::GitSelection::History)
    } else {
        a.since.clone().map(app::GitSelection::Since)
    };
    if let Some(selection) = git {
        let repo = match &a.paths[..] {
            [] => PathBuf::from("."),
            [one] if one.is_dir() => one.clone(),
            _ => anyhow::bail!(
                "--staged, --since and --history take at most one PATH, a folder of the repository"
            ),
        };
        return app::Input::git(repo, selection);
    }
    let stdin = a.paths.iter().any(|p| p.as_os_str() == "-");
    if a.raw.raw {
        return raw_input(a);
    }
    // A disk named without --raw: its walk would read nothing (a device
    // is not a regular file) and say "clean". A technician must not get a
    // green light on a disk that was never read.
    for p in &a.paths {
        use std::os::unix::fs::FileTypeExt;
        if std::fs::metadata(p).is_ok_and(|m| m.file_type().is_block_device()) {
            anyhow::bail!(
                "{} is a block device (a disk or partition): a file scan would read none of it. \
                 To scan every byte of it, deleted data included, run `phiscan scan --raw {}`; \
                 to scan its files, mount it and scan the mount point",
                p.display(),
                p.display()
            );
        }
    }
    match &a.paths[..] {
        [] => anyhow::bail!(
            "nothing to scan: give a PATH (`.` for the current folder), `-` for standard input, or --staged for what git will commit"
        ),
        [_] if stdin => {
            if std::io::stdin().is_terminal() {
                anyhow::bail!("`-` reads a document from standard input, which is a terminal: pipe one in (`phiscan scan - < note.txt`)");
            }
            Ok(app::Input::Stdin {
                name: a.stdin_name.clone(),
            })
        }
        _ if stdin => anyhow::bail!("`-` (standard input) cannot be combined with other paths"),
        paths => Ok(app::Input::Paths(paths.to_vec())),
    }
}

/// `scan --raw`: one disk or image, and the attestation's options (the
/// signing key is read now, so a bad key fails before hours of reading).
fn raw_input(a: &ScanArgs) -> anyhow::Result<app::Input> {
    let [target] = &a.paths[..] else {
        anyhow::bail!("--raw reads one disk or image at a time: give exactly one PATH");
    };
    let r = &a.raw;
    let chunk = match &r.raw_chunk {
        Some(s) => parse_limit(s)
            .map_err(|e| anyhow::anyhow!("--raw-chunk: {e}"))?
            .unwrap_or(app::DEFAULT_CHUNK),
        None => app::DEFAULT_CHUNK,
    };
    let attest = match &r.attest {
        Some(path) => Some(app::AttestOptions {
            path: path.clone(),
            key: match &r.sign_key {
                Some(k) => Some(Arc::new(
                    crate::attest::load_signing_key(k)
                        .map_err(|e| e.context(format!("--sign-key {}", k.display())))?,
                )),
                None => None,
            },
            operator: r.operator.clone(),
        }),
        None => None,
    };
    Ok(app::Input::Raw(app::RawOptions {
        target: target.clone(),
        chunk,
        attest,
    }))
}

/// `phiscan eval`: the real scan into memory, compared with the truth.
/// Exit 1 when a gate fails, 0 otherwise.
fn eval(a: EvalArgs) -> anyhow::Result<ExitCode> {
    if !a.dir.is_dir() {
        anyhow::bail!("{}: not a directory", a.dir.display());
    }
    let mut truth = eval::read_truth(&a.truth)?;
    eval::rebase(&mut truth, &a.dir);
    let engine = load_engine(&a.common.detectors)?;
    let c = a.common.resolve(None, engine)?;
    let min_confidence = confidence(a.min_confidence);
    let cfg = ScanConfig {
        input: app::Input::Paths(vec![a.dir.clone()]),
        // Not used by `scan_to`: findings go to the collector.
        format: Format::Jsonl,
        output: None,
        build: BuildOptions {
            // Matching needs raw values; they stay in memory and are
            // printed only with --show-values.
            show_values: true,
            min_confidence,
        },
        threads: c.threads,
        walk: WalkOptions {
            follow: false,
            one_file_system: false,
            excludes: c.excludes,
            threads: c.threads.min(4),
        },
        limits: c.limits,
        archive: c.archive,
        color: false,
        allow_incomplete: true,
        policy: None,
        progress: Default::default(),
        max_rate: None,
        state: None,
    };
    let mut found = Collector::new(&a.dir);
    // The truth file holds raw values: never scan it, even inside DIR.
    let summary = app::scan_to(&cfg, &c.engine, &c.keys, &mut found, &[a.truth.as_path()])?;
    if !summary.complete {
        let _ = writeln!(
            std::io::stderr(),
            "phiscan: warning: {} item(s) could not be scanned; truth values in them count as missed",
            found
                .skipped
                .iter()
                .filter(|s| s.reason.makes_incomplete())
                .count()
        );
    }
    let (truth, found_only): (Vec<_>, Vec<_>) = if a.kinds.is_empty() {
        (truth, found.found)
    } else {
        (
            truth
                .into_iter()
                .filter(|t| a.kinds.contains(&t.kind))
                .collect(),
            found
                .found
                .into_iter()
                .filter(|f| a.kinds.contains(&f.kind))
                .collect(),
        )
    };
    let ev = eval::evaluate_by_folder(&truth, &found_only, a.by_folder);
    let gates = eval::check(
        &ev,
        &Gates {
            min_precision: a.min_precision,
            min_recall: a.min_recall,
            kinds: a.kind_threshold,
        },
    );
    let shown = Shown {
        show_values: a.show_values,
        max_list: a.max_list,
        min_confidence,
        summary: &summary,
    };
    let mut out = std::io::stdout().lock();
    match a.format {
        EvalFormatArg::Human => eval::write_human(&mut out, &ev, &gates, shown)?,
        EvalFormatArg::Json => eval::write_json(&mut out, &ev, &gates, shown)?,
    }
    let failed: Vec<_> = gates.iter().filter(|g| !g.ok).collect();
    for g in &failed {
        let _ = writeln!(std::io::stderr(), "phiscan: eval gate failed: {g}");
    }
    Ok(ExitCode::from(u8::from(!failed.is_empty())))
}

fn list(engine: &Engine, json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        let all: Vec<_> = engine.detectors().collect();
        serde_json::to_writer_pretty(&mut out, &all)?;
        writeln!(out)?;
        return Ok(());
    }
    for d in engine.detectors() {
        writeln!(out, "{}  [{}]", d.id, d.kind.as_str())?;
        writeln!(out, "    {}", d.description)?;
        if let Some(sh) = &d.safe_harbor {
            writeln!(out, "    Safe Harbor: {sh}")?;
        }
        writeln!(out, "    confidence: {}", d.rules.join("; "))?;
        writeln!(
            out,
            "    examples: {} positive, {} negative",
            d.examples.0, d.examples.1
        )?;
        for r in &d.references {
            writeln!(out, "    ref: {r}")?;
        }
        writeln!(out)?;
    }
    writeln!(out, "({})", engine.source().describe())?;
    Ok(())
}

/// The threshold (flag, else config, else the default), after checking
/// that the detectors the config names exist.
fn resolve_policy(
    a: &PolicyArgs,
    config: Option<&policy::Config>,
    c: &Common,
) -> anyhow::Result<Confidence> {
    if let Some(cfg) = config {
        cfg.check_detectors(|id| c.engine.detectors().any(|d| d.id == id))?;
    }
    Ok(a.min_confidence
        .map(confidence)
        .or(config.and_then(|c| c.min_confidence))
        .unwrap_or(app::DEFAULT_MIN_CONFIDENCE))
}

/// The scan behind `baseline create` and `update`: the paths with the
/// config's threshold, limits and allowances.
fn baseline_scan_config(
    paths: Vec<PathBuf>,
    format: Format,
    c: &Common,
    min_confidence: Confidence,
    policy: Arc<policy::ScanPolicy>,
) -> ScanConfig {
    ScanConfig {
        input: app::Input::Paths(paths),
        format,
        output: None,
        build: BuildOptions {
            show_values: false,
            min_confidence,
        },
        threads: c.threads,
        walk: WalkOptions {
            follow: false,
            one_file_system: false,
            excludes: c.excludes.clone(),
            threads: c.threads.min(4),
        },
        limits: c.limits,
        archive: c.archive,
        color: false,
        allow_incomplete: false,
        policy: Some(policy),
        progress: Default::default(),
        max_rate: None,
        state: None,
    }
}

/// Collects a scan's findings for `baseline create`.
struct Recorder(policy::Builder);

impl crate::report::Sink for Recorder {
    fn file(&mut self, r: &crate::report::FileReport) -> std::io::Result<()> {
        self.0.add(&r.path, &r.inner, &r.findings);
        Ok(())
    }
    fn skipped(&mut self, _: &crate::report::Skipped) -> std::io::Result<()> {
        Ok(())
    }
    fn summary(&mut self, _: &crate::report::Summary) -> std::io::Result<()> {
        Ok(())
    }
}

/// The config, the common flags and the threshold of a `baseline` command.
fn baseline_setup(
    pa: &PolicyArgs,
    common: CommonArgs,
) -> anyhow::Result<(Option<policy::Config>, Common, Confidence)> {
    let config = policy::Config::find(pa.config.as_deref())?;
    let engine = load_engine(&common.detectors)?;
    let c = common.resolve(config.as_ref(), engine)?;
    let min = resolve_policy(pa, config.as_ref(), &c)?;
    Ok((config, c, min))
}

/// `phiscan baseline create|update`.
fn baseline(cmd: BaselineCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        BaselineCmd::Create {
            paths,
            output,
            policy: pa,
            common,
        } => {
            let (config, c, min) = baseline_setup(&pa, common)?;
            let pol = Arc::new(policy::ScanPolicy::new(config, None, false));
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            let cfg = baseline_scan_config(paths, Format::Jsonl, &c, min, pol);
            let mut rec = Recorder(policy::Builder::default());
            // The baseline itself is never scanned (it names findings).
            let summary = app::scan_to(&cfg, &c.engine, &c.keys, &mut rec, &[output.as_path()])?;
            if !summary.complete {
                anyhow::bail!(
                    "{} item(s) could not be scanned; the baseline was not written",
                    summary.skipped
                );
            }
            let (entries, findings) = rec.0.write(&output, &c.keys, shown)?;
            let _ = writeln!(
                std::io::stderr(),
                "phiscan: wrote {} ({entries} entries for {findings} findings)",
                output.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        BaselineCmd::Update {
            baseline,
            paths,
            format,
            policy: pa,
            common,
        } => {
            let (config, c, min) = baseline_setup(&pa, common)?;
            let base = policy::Baseline::load(&baseline, &c.keys)?;
            let paths = if paths.is_empty() {
                base.paths().iter().map(PathBuf::from).collect()
            } else {
                paths
            };
            let pol = Arc::new(policy::ScanPolicy::new(config, Some(base), false));
            let format = match format {
                FormatArg::Human => Format::Human,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Sarif => Format::Sarif,
                FormatArg::Csv => Format::Csv,
                FormatArg::Html => Format::Html,
            };
            let cfg = baseline_scan_config(paths, format, &c, min, pol.clone());
            let outcome = app::scan(&cfg, &c.engine, &c.keys)?;
            if outcome == Outcome::Incomplete {
                anyhow::bail!("the scan was incomplete; the baseline was not changed");
            }
            let pruned = pol
                .baseline()
                .map(policy::Baseline::prune)
                .transpose()?
                .flatten();
            if let Some((removed, lowered)) = pruned {
                let _ = writeln!(
                    std::io::stderr(),
                    "phiscan: updated {}: {removed} entries no longer found removed, \
                     {lowered} counts lowered; commit the file",
                    baseline.display(),
                );
            }
            Ok(ExitCode::from(u8::from(
                pruned.is_some() || outcome == Outcome::Found,
            )))
        }
    }
}
