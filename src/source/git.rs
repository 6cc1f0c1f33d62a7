//! A door into the pipeline for git content: the blobs a commit will hold
//! (the index), the blobs a branch adds since a ref, or every blob in the
//! history, read through git itself.
//!
//! Why `git` processes and not an in-process reader: the hook must see the
//! index git is about to commit, including the temporary one `git commit
//! -a` or `git commit FILE` writes (`GIT_INDEX_FILE`, set for hooks), with
//! every index extension and repository layout git supports (worktrees,
//! split and sparse indexes, alternates, promisor packs). One `git diff
//! --raw` lists the entries and one `git cat-file --batch` streams every
//! blob: 7 ms wall, 6 ms CPU together for 5 staged files of a 10k-file
//! repository (farm-bench median). A first in-process version with gix
//! 0.91 (index entries looked up in HEAD's tree) took 614 ms; gix's own
//! tree-to-index diff would be faster, but not below two small processes
//! by enough to pay for ~150 more crates to build and audit and for
//! re-implementing what git already decides (which index, which layout).
//!
//! Only regular files are read: deletions, submodules (gitlinks) and
//! symbolic links (whose "content" is a path) are not content a commit
//! adds.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Which blobs to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// What the next commit will contain that `HEAD` does not: added,
    /// modified, renamed, copied and retyped entries of the index.
    Staged,
    /// What the current branch adds since it left `REF` (`REF...HEAD`),
    /// for CI on a pull request, where `--no-verify` may have skipped the
    /// hook.
    Since(String),
    /// Every blob any ref reaches, once each, with the commit and path
    /// where it first entered: for a repository that already holds PHI
    /// somewhere in its history (deleted later or not).
    History,
}

/// One blob to scan.
#[derive(Debug)]
pub struct Blob {
    /// Path in the repository (relative to its top), as the commit names it.
    pub path: PathBuf,
    /// Object id.
    pub id: String,
    /// The commit that first added this content ([`Selection::History`]).
    pub commit: Option<String>,
    /// The content, as git stores it (before any checkout filter).
    pub bytes: Vec<u8>,
}

/// Why git content could not be listed or read.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// git is missing, or a command failed (its message, which names refs
    /// and paths, never content).
    #[error("{0}")]
    Git(String),
    /// Talking to a git process failed.
    #[error("reading from git: {0}")]
    Io(#[from] std::io::Error),
}

/// An entry of `git diff --raw`: the blob to read and the path it has.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: String,
    path: PathBuf,
    commit: Option<String>,
}

/// The git processes of one scan, started together before anything
/// waits on them: `rev-parse --show-toplevel` (where the config lives),
/// the listing (`diff --raw` or `log --raw`) and `cat-file --batch`. Each
/// costs a few milliseconds to start; started at once, they overlap one
/// another and the loading of the detectors, instead of queueing behind
/// them (the pre-commit hook's budget is 20 ms).
#[derive(Debug)]
pub struct Session {
    dir: PathBuf,
    selection: Selection,
    rev_parse: Option<Child>,
    top: Option<PathBuf>,
    list: Child,
    cat: Child,
}

impl Session {
    /// Starts the processes for `selection` in the work tree holding `dir`.
    pub fn start(dir: &Path, selection: &Selection) -> Result<Session, GitError> {
        let spawn = |args: &[&str], stdin: Stdio| {
            Command::new("git")
                .arg("-C")
                .arg(dir)
                .args(args)
                .stdin(stdin)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(not_run)
        };
        let args = list_args(selection)?;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        Ok(Session {
            dir: dir.to_path_buf(),
            selection: selection.clone(),
            rev_parse: Some(spawn(&["rev-parse", "--show-toplevel"], Stdio::null())?),
            top: None,
            list: spawn(&args, Stdio::null())?,
            cat: spawn(&["cat-file", "--batch"], Stdio::piped())?,
        })
    }

    /// The top of the work tree: where `phiscan.toml` and `.phiscanignore`
    /// are looked for. An error here (not a work tree) is the scan's error.
    pub fn top(&mut self) -> Result<&Path, GitError> {
        if let Some(child) = self.rev_parse.take() {
            let out = finished(child.wait_with_output()?, "rev-parse")?;
            let text = String::from_utf8_lossy(&out);
            self.top = Some(PathBuf::from(text.trim_end_matches(['\n', '\r'])));
        }
        Ok(self.top.as_deref().unwrap_or(&self.dir))
    }

    /// Lists the blobs of the selection and hands each to `emit` with its
    /// content, in the order git lists them; stops early when `emit`
    /// returns false.
    pub fn blobs(mut self, emit: impl FnMut(Blob) -> bool) -> Result<(), GitError> {
        self.top()?;
        let what = match self.selection {
            Selection::History => "log",
            _ => "diff",
        };
        let out = finished(self.list.wait_with_output()?, what)?;
        let entries = match self.selection {
            Selection::History => history_entries(&out),
            _ => parse_raw(&out),
        };
        read_blobs(self.cat, entries, emit)
    }
}

/// The output of a finished git process, or its message.
fn finished(out: std::process::Output, what: &str) -> Result<Vec<u8>, GitError> {
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        let msg = msg.trim();
        return Err(GitError::Git(if msg.is_empty() {
            format!("git {what} failed ({})", out.status)
        } else {
            msg.strip_prefix("fatal: ").unwrap_or(msg).to_string()
        }));
    }
    Ok(out.stdout)
}

/// Streams the blobs of `entries` out of a started `git cat-file --batch`.
fn read_blobs(
    mut child: Child,
    entries: Vec<Entry>,
    mut emit: impl FnMut(Blob) -> bool,
) -> Result<(), GitError> {
    if entries.is_empty() {
        let _ = child.kill();
        let _ = child.wait();
        return Ok(());
    }
    let mut stdin = child.stdin.take().expect("piped stdin");
    let ids: Vec<String> = entries.iter().map(|e| e.id.clone()).collect();
    // Written from another thread: git answers as it reads, and a pipe
    // that nobody drains would stop both sides.
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        let mut w = std::io::BufWriter::new(&mut stdin);
        for id in ids {
            writeln!(w, "{id}")?;
        }
        w.flush()
    });
    let mut out = BufReader::with_capacity(256 << 10, child.stdout.take().expect("piped stdout"));
    let mut header = String::new();
    let mut result = Ok(());
    for entry in entries {
        header.clear();
        if out.read_line(&mut header)? == 0 {
            result = Err(GitError::Git(format!(
                "git cat-file stopped before {}",
                entry.path.display()
            )));
            break;
        }
        // "<id> blob <size>" or "<id> missing".
        let mut parts = header.split_ascii_whitespace();
        let (Some(_), Some(kind), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
            result = Err(GitError::Git(format!(
                "git cat-file: object {} for {} is missing",
                entry.id,
                entry.path.display()
            )));
            break;
        };
        let size: usize = size
            .parse()
            .map_err(|_| GitError::Git(format!("git cat-file: bad header for {}", entry.id)))?;
        let mut bytes = vec![0u8; size];
        out.read_exact(&mut bytes)?;
        let mut newline = [0u8; 1];
        out.read_exact(&mut newline)?;
        if kind != "blob" {
            continue;
        }
        if !emit(Blob {
            path: entry.path,
            id: entry.id,
            commit: entry.commit,
            bytes,
        }) {
            break;
        }
    }
    // Killed first: a writer still feeding ids to a git that is no longer
    // read from then fails instead of waiting.
    drop(out);
    let _ = child.kill();
    let _ = child.wait();
    let _ = writer.join();
    result
}

/// The listing command for `selection`: `diff --raw` of the index or of a
/// range (paths relative to the top whatever the configuration), or `log
/// --raw` of the whole history.
fn list_args(selection: &Selection) -> Result<Vec<String>, GitError> {
    let mut args: Vec<String> = match selection {
        Selection::History => {
            return Ok([
                "log",
                "--all",
                "--reverse",
                "--root",
                "--no-renames",
                "--diff-merges=first-parent",
                "--raw",
                "-z",
                "--no-abbrev",
                "--no-ext-diff",
                "--diff-filter=AMT",
                "--format=%x01%H",
            ]
            .map(String::from)
            .to_vec())
        }
        _ => [
            "diff",
            "--raw",
            "-z",
            "-M",
            "--no-relative",
            "--no-abbrev",
            "--no-ext-diff",
            "--no-textconv",
            "--ignore-submodules=all",
            "--diff-filter=ACMRT",
        ]
        .map(String::from)
        .to_vec(),
    };
    match selection {
        Selection::Staged => args.push("--cached".into()),
        Selection::Since(reference) => {
            if reference.starts_with('-') {
                return Err(GitError::Git(format!("--since {reference:?}: not a ref")));
            }
            args.push(format!("{reference}...HEAD"));
        }
        Selection::History => {}
    }
    args.push("--".into());
    Ok(args)
}

/// Every blob added in the history of every ref, the first time it was
/// added: `git log --raw` oldest first, root commits and the first-parent
/// side of merges included (a merge can add content of its own).
fn history_entries(out: &[u8]) -> Vec<Entry> {
    let mut seen = std::collections::HashSet::new();
    let mut entries = Vec::new();
    // Commits come as "\x01<id>" fields; each one's raw entries follow.
    for chunk in out.split(|&b| b == 1).filter(|c| !c.is_empty()) {
        let end = chunk.iter().position(|&b| b == 0).unwrap_or(chunk.len());
        let commit = String::from_utf8_lossy(&chunk[..end]).trim().to_string();
        let rest = chunk.get(end + 1..).unwrap_or_default();
        for mut e in parse_raw(rest) {
            if seen.insert(e.id.clone()) {
                e.commit = Some(commit.clone());
                entries.push(e);
            }
        }
    }
    entries
}

/// Parses `git diff --raw -z` output: `:<mode> <mode> <id> <id> <status>`
/// NUL, then the path (two paths for renames and copies, the second
/// being the new one) each NUL-terminated.
fn parse_raw(out: &[u8]) -> Vec<Entry> {
    use std::os::unix::ffi::OsStrExt;
    let mut fields = out.split(|&b| b == 0).filter(|f| !f.is_empty());
    let mut entries = Vec::new();
    while let Some(meta) = fields.next() {
        let meta = String::from_utf8_lossy(meta);
        let meta = meta.trim_start_matches('\n');
        let parts: Vec<&str> = meta.trim_start_matches(':').split(' ').collect();
        let [_, dst_mode, _, dst_id, status] = parts[..] else {
            break;
        };
        let paths = if status.starts_with('R') || status.starts_with('C') {
            2
        } else {
            1
        };
        let mut path = None;
        for _ in 0..paths {
            path = fields.next();
        }
        let Some(path) = path else {
            break;
        };
        // Regular files only: 120000 is a symbolic link, 160000 a submodule.
        if dst_mode != "100644" && dst_mode != "100755" {
            continue;
        }
        entries.push(Entry {
            id: dst_id.to_string(),
            path: PathBuf::from(std::ffi::OsStr::from_bytes(path)),
            commit: None,
        });
    }
    entries
}

fn not_run(e: std::io::Error) -> GitError {
    if e.kind() == std::io::ErrorKind::NotFound {
        GitError::Git("git is not installed (the git modes run `git`)".to_string())
    } else {
        GitError::Io(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_diff_keeps_regular_files_and_the_new_name_of_a_rename() {
        let a = "a".repeat(40);
        let b = "b".repeat(40);
        let z = "0".repeat(40);
        let raw = format!(
            ":000000 100644 {z} {a} A\0notes/new.txt\0\
             :100644 100644 {a} {b} R087\0old name.txt\0new name.txt\0\
             :000000 120000 {z} {a} A\0link\0\
             :000000 160000 {z} {a} A\0sub\0\
             :100644 100755 {a} {b} M\0run.sh\0"
        );
        let got = parse_raw(raw.as_bytes());
        let paths: Vec<_> = got.iter().map(|e| e.path.to_str().unwrap()).collect();
        assert_eq!(paths, ["notes/new.txt", "new name.txt", "run.sh"]);
        assert_eq!(got[1].id, b);
    }
}
