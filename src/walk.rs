//! Enumerates the files to scan, in parallel, and says what it passed over.
//!
//! Unlike a code search, a DLP scan must not trust `.gitignore`: exports and
//! dumps are exactly what people ignore. Only `.phiscanignore` and
//! `--exclude` narrow the walk; hidden files are included.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::{WalkBuilder, WalkState};

use crate::vocab::{describe_type, SkipReason};

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
    /// Content already in memory (a git blob, standard input), scanned as
    /// a file of that name would be.
    Bytes {
        /// The path the report shows (repository-relative for git content).
        path: PathBuf,
        /// The content.
        bytes: Content,
    },
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

/// Bytes handed to the scan with an item. Its `Debug` shows only the
/// size: a debug print of an item must never show content.
#[derive(Clone)]
pub struct Content(pub Vec<u8>);

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Content({} bytes)", self.0.len())
    }
}

/// `.phiscanignore` files and `--exclude` globs for paths that are not
/// walked: files named on the command line and git blobs. A hook passes
/// exactly such paths, and an ignore file that a walk honours but a hook
/// bypasses would block commits of what the team chose to leave out. Each
/// `.phiscanignore` from `base` down to the path's folder applies, the
/// deepest first, as in a walk from `base`.
pub struct Ignores {
    base: PathBuf,
    excludes: GlobSet,
    dirs: std::collections::HashMap<PathBuf, Option<ignore::gitignore::Gitignore>>,
}

impl Ignores {
    /// Ignore files under `base`, and the `--exclude` globs.
    pub fn new(base: &Path, excludes: &[String]) -> Result<Ignores, WalkError> {
        Ok(Ignores {
            base: base.to_path_buf(),
            excludes: exclude_set(excludes)?,
            dirs: Default::default(),
        })
    }

    /// Whether `rel` (a file, relative to `base`) is left out.
    pub fn is_ignored(&mut self, rel: &Path) -> bool {
        if !self.excludes.is_empty()
            && (self.excludes.is_match(rel)
                || rel.file_name().is_some_and(|n| self.excludes.is_match(n)))
        {
            return true;
        }
        let full = self.base.join(rel);
        let mut dirs: Vec<PathBuf> = rel.ancestors().skip(1).map(|d| self.base.join(d)).collect();
        // Deepest first: a nearer file's `!pattern` overrides a farther one.
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        for dir in dirs {
            let matcher = self.dirs.entry(dir.clone()).or_insert_with(|| {
                let file = dir.join(IGNORE_FILE);
                file.is_file().then(|| {
                    let mut b = ignore::gitignore::GitignoreBuilder::new(&dir);
                    b.add(&file);
                    b.build().ok()
                })?
            });
            if let Some(m) = matcher {
                match m.matched_path_or_any_parents(&full, false) {
                    ignore::Match::Ignore(_) => return true,
                    ignore::Match::Whitelist(_) => return false,
                    ignore::Match::None => {}
                }
            }
        }
        false
    }
}

/// A file root given by name is read only if the ignore files a walk from
/// the current folder would apply do not leave it out (see [`Ignores`]).
fn explicit_file_ignored(root: &Path, excludes: &[String]) -> bool {
    use std::path::Component;
    let below_here = root.is_relative()
        && root
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let (base, rel) = if below_here {
        (Path::new("."), root)
    } else {
        match (root.parent(), root.file_name()) {
            (Some(parent), Some(name)) => (parent, Path::new(name)),
            _ => return false,
        }
    };
    let rel = rel.strip_prefix(".").unwrap_or(rel);
    Ignores::new(base, excludes).is_ok_and(|mut i| i.is_ignored(rel))
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

/// Items a walker thread gathers before handing them on: one channel send
/// (and wake-up of a sleeping worker) per batch rather than per file.
const BATCH: usize = 32;

/// Walks `roots`, calling `emit` from walker threads with batches of items;
/// stops early when `emit` returns false.
pub fn walk<F>(roots: &[PathBuf], opts: &WalkOptions, emit: F) -> Result<(), WalkError>
where
    F: Fn(Vec<Item>) -> bool + Sync,
{
    if roots.is_empty() {
        return Err(WalkError::NoPaths);
    }
    let excludes = Arc::new(exclude_set(&opts.excludes)?);
    let roots: Vec<PathBuf> = roots
        .iter()
        .filter(|r| !(r.is_file() && explicit_file_ignored(r, &opts.excludes)))
        .cloned()
        .collect();
    let Some((first, rest)) = roots.split_first() else {
        return Ok(());
    };
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
    let mut builder = BatchBuilder { emit: &emit };
    b.build_parallel().visit(&mut builder);
    Ok(())
}

/// Makes one [`Batcher`] per walker thread.
struct BatchBuilder<'a, F> {
    emit: &'a F,
}

impl<'s, F: Fn(Vec<Item>) -> bool + Sync> ignore::ParallelVisitorBuilder<'s>
    for BatchBuilder<'s, F>
{
    fn build(&mut self) -> Box<dyn ignore::ParallelVisitor + 's> {
        Box::new(Batcher {
            buf: Vec::with_capacity(BATCH),
            emit: self.emit,
            stopped: false,
        })
    }
}

/// Classifies entries and hands them on in batches; flushes when dropped
/// (its walker thread is done).
struct Batcher<'a, F: Fn(Vec<Item>) -> bool + Sync> {
    buf: Vec<Item>,
    emit: &'a F,
    stopped: bool,
}

impl<F: Fn(Vec<Item>) -> bool + Sync> ignore::ParallelVisitor for Batcher<'_, F> {
    fn visit(&mut self, res: Result<ignore::DirEntry, ignore::Error>) -> WalkState {
        let Some(item) = classify(res) else {
            return WalkState::Continue;
        };
        self.buf.push(item);
        if self.buf.len() >= BATCH && !(self.emit)(std::mem::take(&mut self.buf)) {
            self.stopped = true;
            return WalkState::Quit;
        }
        WalkState::Continue
    }
}

impl<F: Fn(Vec<Item>) -> bool + Sync> Drop for Batcher<'_, F> {
    fn drop(&mut self) {
        if !self.stopped && !self.buf.is_empty() {
            (self.emit)(std::mem::take(&mut self.buf));
        }
    }
}

/// What a directory entry is to the scan; `None` for directories.
fn classify(res: Result<ignore::DirEntry, ignore::Error>) -> Option<Item> {
    let entry = match res {
        Ok(entry) => entry,
        Err(err) => return Some(walk_error(err)),
    };
    // No file type: stdin, which is not supported as a path.
    let ft = entry.file_type()?;
    if ft.is_dir() {
        return None;
    }
    if ft.is_file() {
        return Some(Item::File(entry.into_path()));
    }
    let detail = match std::fs::symlink_metadata(entry.path()) {
        Ok(m) => describe_type(&m),
        Err(_) => "not a regular file".to_string(),
    };
    Some(Item::Skip {
        path: entry.into_path(),
        reason: SkipReason::NotRegular,
        detail,
    })
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
        ignore::Error::Io(io) => io_detail(io),
        other => other.to_string(),
    };
    Item::Skip {
        path,
        reason: SkipReason::Unreadable,
        detail,
    }
}

/// What an I/O error met while walking says to people.
fn io_detail(io: &std::io::Error) -> String {
    match io.raw_os_error() {
        // Links that point at each other (`a -> b -> a`), with `--follow`.
        Some(libc::ELOOP) => "symbolic link loop (too many levels of symbolic links)".to_string(),
        // A folder nested so deep that its path passes the system's limit:
        // not entered (paths are what the scan opens), and said so.
        Some(libc::ENAMETOOLONG) => format!(
            "path longer than the system's limit (PATH_MAX, {} bytes): not entered",
            libc::PATH_MAX
        ),
        _ if io.kind() == std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => io.to_string(),
    }
}
