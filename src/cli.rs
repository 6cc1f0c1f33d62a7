//! Command line: flags, subcommands, exit codes. Turns arguments into an
//! `app::ScanConfig` and nothing more.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::app::{self, Format, Outcome, ScanConfig};
use crate::detect::{Confidence, Engine, SpecSource};
use crate::findings::{BuildOptions, Keyring};
use crate::limits::{parse_size, Limits};
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
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Jsonl,
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
    /// Files and directories to scan.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
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
    /// Lowest confidence reported.
    #[arg(long, value_enum, default_value = "medium")]
    min_confidence: ConfidenceArg,
    /// Worker threads (default: number of CPUs).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Leave out paths matching this glob (repeatable; `.phiscanignore` files work too).
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Skip files larger than this (reported as too_large), e.g. 500M, 2G; 0 for no limit.
    #[arg(long, value_name = "SIZE", default_value = "2G")]
    max_file_size: String,
    /// Do not cross file-system boundaries.
    #[arg(long)]
    one_file_system: bool,
    /// Follow symbolic links (loops are detected and reported).
    #[arg(long)]
    follow: bool,
    /// Use the detector files in DIR instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    detectors: Option<PathBuf>,
    /// Fingerprint key file (default: PHISCAN_KEY, else ~/.config/phiscan/key, created 0600).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
    /// Exit 0 or 1 even when something could not be scanned.
    #[arg(long)]
    allow_incomplete: bool,
    /// Colour in the human report (NO_COLOR is honoured by auto).
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorArg,
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

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(a) => scan(a),
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

fn scan(a: ScanArgs) -> anyhow::Result<ExitCode> {
    let engine = load_engine(&a.detectors)?;
    let keys = Keyring::load(a.key_file.as_deref())
        .map_err(|e| anyhow::anyhow!("fingerprint key: {e}"))?;
    let max = parse_size(&a.max_file_size).map_err(anyhow::Error::msg)?;
    let threads = a
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
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
        paths: a.paths,
        format: match a.format {
            FormatArg::Human => Format::Human,
            FormatArg::Jsonl => Format::Jsonl,
        },
        output: a.output,
        build: BuildOptions {
            show_values: a.show_values,
            min_confidence: confidence(a.min_confidence),
        },
        threads,
        walk: WalkOptions {
            follow: a.follow,
            one_file_system: a.one_file_system,
            excludes: a.exclude,
            threads: threads.min(4),
        },
        limits: Limits {
            max_file_size: (max > 0).then_some(max),
            ..Limits::default()
        },
        color,
        allow_incomplete: a.allow_incomplete,
    };
    let outcome = app::scan(&cfg, &engine, &keys)?;
    Ok(ExitCode::from(match outcome {
        Outcome::Clean => 0,
        Outcome::Found => 1,
        Outcome::Incomplete => 2,
    }))
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
