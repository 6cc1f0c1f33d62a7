//! Enumerates the files to scan, in parallel, and says what it passed over.
//!
//! Unlike a code search, a DLP scan must not trust `.gitignore`: exports and
//! dumps are exactly what people ignore. Only `.phiscanignore` and
//! `--exclude` narrow the walk; hidden files are included.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::{WalkBuilder, WalkState};

use crate::report::SkipReason;

/// Name of the per-directory ignore file (gitignore syntax).
pub const IGNORE_FILE: &str = ".phiscanignore";

/// Pseudo file systems that are never scanned unless asked for by name.
const SYSTEM_DIRS: [&str; 3] = ["/proc", "/sys", "/dev"];

/// How to walk.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Follow symbolic links (loops are detected and reported).
    pub follow: bool,
    /// Stay on the file system of each root.
    pub one_file_system: bool,
    /// Globs to leave out (matched against the path and the file name).
    pub excludes: Vec<String>,
    /// Walker threads.
    pub threads: usize,
}

/// One thing the walk found.
#[derive(Debug, Clone)]
pub enum Item {
    /// A candidate file (regular as far as the directory entry says; the
    /// opener checks again on the handle).
    File(PathBuf),
    /// Something that will not be scanned, and why.
    Skip {
        /// Path as walked.
        path: PathBuf,
        /// Vocabulary of DESIGN.md section 4.
        reason: SkipReason,
        /// For people.
        detail: String,
    },
}

/// A malformed walk request.
#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    /// An `--exclude` glob does not parse.
    #[error("invalid --exclude glob {0:?}: {1}")]
    Glob(String, String),
    /// No paths.
    #[error("no paths to scan")]
    NoPaths,
}

fn exclude_set(globs: &[String]) -> Result<GlobSet, WalkError> {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        let glob = Glob::new(g).map_err(|e| WalkError::Glob(g.clone(), e.to_string()))?;
        b.add(glob);
        // `dir/` in gitignore style means the directory and all below it.
        let trimmed = g.trim_end_matches('/');
        if trimmed != g {
            b.add(Glob::new(trimmed).map_err(|e| WalkError::Glob(g.clone(), e.to_string()))?);
        }
    }
    b.build()
        .map_err(|e| WalkError::Glob(globs.join(" "), e.to_string()))
}

fn is_system(path: &Path) -> bool {
    SYSTEM_DIRS.iter().any(|d| path == Path::new(d))
}

/// Walks `roots`, calling `emit` from walker threads for each item; stops
/// early when `emit` returns false.
pub fn walk(
    roots: &[PathBuf],
    opts: &WalkOptions,
    emit: impl Fn(Item) -> bool + Sync,
) -> Result<(), WalkError> {
    let (first, rest) = roots.split_first().ok_or(WalkError::NoPaths)?;
    let excludes = Arc::new(exclude_set(&opts.excludes)?);
    let mut b = WalkBuilder::new(first);
    for r in rest {
        b.add(r);
    }
    b.standard_filters(false)
        .hidden(false)
        .parents(false)
        .ignore(false)
        .git_ignore(false)
        .git_global(false)
        .git_exclude(false)
        .require_git(false)
        .follow_links(opts.follow)
        .same_file_system(opts.one_file_system)
        .threads(opts.threads.max(1))
        .add_custom_ignore_filename(IGNORE_FILE);
    let ex = Arc::clone(&excludes);
    let bases: Vec<PathBuf> = roots.to_vec();
    b.filter_entry(move |e| {
        if e.depth() > 0 && is_system(e.path()) {
            return false;
        }
        if ex.is_empty() {
            return true;
        }
        // A glob may name the path as walked, the path below its root
        // (as in .gitignore), or just the file name.
        let p = e.path();
        let rel = p.strip_prefix(".").unwrap_or(p);
        let below_root = bases.iter().filter_map(|r| p.strip_prefix(r).ok());
        !(ex.is_match(rel)
            || ex.is_match(e.file_name())
            || below_root.into_iter().any(|r| ex.is_match(r)))
    });
    let emit = &emit;
    b.build_parallel().run(|| {
        Box::new(move |res| {
            let item = match res {
                Ok(entry) => {
                    let Some(ft) = entry.file_type() else {
                        // stdin: not supported as a path.
                        return WalkState::Continue;
                    };
                    if ft.is_dir() {
                        return WalkState::Continue;
                    }
                    if ft.is_file() {
                        Item::File(entry.into_path())
                    } else {
                        let detail = match std::fs::symlink_metadata(entry.path()) {
                            Ok(m) => crate::source::describe_type(&m),
                            Err(_) => "not a regular file".to_string(),
                        };
                        Item::Skip {
                            path: entry.into_path(),
                            reason: SkipReason::NotRegular,
                            detail,
                        }
                    }
                }
                Err(err) => walk_error(err),
            };
            if emit(item) {
                WalkState::Continue
            } else {
                WalkState::Quit
            }
        })
    });
    Ok(())
}

/// Turns a walker error into a skip record, keeping the path it names.
fn walk_error(err: ignore::Error) -> Item {
    let mut path = PathBuf::new();
    let mut e = &err;
    loop {
        match e {
            ignore::Error::WithPath { path: p, err } => {
                path = p.clone();
                e = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                e = err
            }
            _ => break,
        }
    }
    let detail = match e {
        ignore::Error::Loop { ancestor, child } => {
            if path.as_os_str().is_empty() {
                path = child.clone();
            }
            format!("symbolic link loop back to {}", ancestor.display())
        }
        ignore::Error::Io(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            "permission denied".to_string()
        }
        ignore::Error::Io(io) => io.to_string(),
        other => other.to_string(),
    };
    Item::Skip {
        path,
        reason: SkipReason::Unreadable,
        detail,
    }
}
