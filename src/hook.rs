//! `phiscan hook install|uninstall`: the git pre-commit hook that runs
//! `phiscan scan --staged`, written where git looks for hooks
//! (`core.hooksPath` honoured), never over a hook someone else wrote.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The line that marks a hook as ours: only such a hook is replaced or
/// removed without `--force`.
const MARK: &str = "# phiscan pre-commit hook";

/// What `install` and `uninstall` did, for the message to the user.
#[derive(Debug, PartialEq, Eq)]
pub enum Done {
    /// The hook was written at this path.
    Installed(PathBuf),
    /// A foreign hook was moved aside to this path first (`--force`).
    Replaced {
        /// The new hook.
        hook: PathBuf,
        /// Where the old one went.
        backup: PathBuf,
    },
    /// Our hook was removed from this path.
    Removed(PathBuf),
    /// No hook of ours was there.
    NotInstalled(PathBuf),
    /// A hook phiscan did not write is there, and was left alone.
    LeftAlone(PathBuf),
}

/// Why the hook could not be installed or removed.
#[derive(Debug, thiserror::Error)]
pub enum HookError {
    /// Not inside a git work tree, or git failed.
    #[error("{0}")]
    Git(String),
    /// A hook phiscan did not write is in the way.
    #[error("{0} exists and was not written by phiscan; add --force to move it aside (to {0}.phiscan-backup) and install")]
    Foreign(PathBuf),
    /// Reading or writing the hook failed.
    #[error("{path}: {err}")]
    Io {
        /// The hook file.
        path: PathBuf,
        /// What failed.
        err: std::io::Error,
    },
}

/// Where git runs the pre-commit hook of the repository holding `repo`.
pub fn hook_path(repo: &Path) -> Result<PathBuf, HookError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "--path-format=absolute", "--git-path", "hooks"])
        .output()
        .map_err(|e| HookError::Git(format!("running git: {e}")))?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        return Err(HookError::Git(
            msg.trim().trim_start_matches("fatal: ").to_string(),
        ));
    }
    let dir = String::from_utf8_lossy(&out.stdout).trim_end().to_string();
    Ok(PathBuf::from(dir).join("pre-commit"))
}

/// The hook script: runs `phiscan scan --staged` with the binary that
/// installed it (or `phiscan` on `PATH` if that one has moved), which says
/// how to go on when it blocks, and honours `SKIP=phiscan` as the
/// pre-commit framework does.
fn script(exe: &Path) -> String {
    let exe = exe.display().to_string().replace('\'', r"'\''");
    format!(
        r#"#!/bin/sh
{MARK} (installed by `phiscan hook install`; `phiscan hook uninstall` removes it)
case ",${{SKIP:-}}," in *,phiscan,*) echo "phiscan: skipped (SKIP)" >&2; exit 0 ;; esac
phiscan='{exe}'
[ -x "$phiscan" ] || phiscan=phiscan
"$phiscan" scan --staged
status=$?
if [ "$status" -gt 1 ]; then
    echo "phiscan: the staged content could not all be scanned (exit $status); the commit is blocked." >&2
fi
exit "$status"
"#
    )
}

/// Writes the pre-commit hook for the repository holding `repo`, running
/// `exe`. A hook already there is replaced only if phiscan wrote it, or
/// with `force` (the other one is kept beside it).
pub fn install(repo: &Path, exe: &Path, force: bool) -> Result<Done, HookError> {
    let hook = hook_path(repo)?;
    let io = |err| HookError::Io {
        path: hook.clone(),
        err,
    };
    let mut backup = None;
    if let Ok(old) = std::fs::read(&hook) {
        let ours = String::from_utf8_lossy(&old).contains(MARK);
        if !ours {
            if !force {
                return Err(HookError::Foreign(hook));
            }
            let aside = hook.with_file_name("pre-commit.phiscan-backup");
            std::fs::rename(&hook, &aside).map_err(io)?;
            backup = Some(aside);
        }
    }
    if let Some(dir) = hook.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = hook.with_file_name("pre-commit.phiscan-tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o755)
        .open(&tmp)
        .map_err(io)?;
    f.write_all(script(exe).as_bytes()).map_err(io)?;
    drop(f);
    std::fs::rename(&tmp, &hook).map_err(io)?;
    Ok(match backup {
        Some(backup) => Done::Replaced { hook, backup },
        None => Done::Installed(hook),
    })
}

/// Removes phiscan's pre-commit hook; a hook phiscan did not write stays.
pub fn uninstall(repo: &Path) -> Result<Done, HookError> {
    let hook = hook_path(repo)?;
    match std::fs::read(&hook) {
        Ok(old) if String::from_utf8_lossy(&old).contains(MARK) => {
            std::fs::remove_file(&hook).map_err(|err| HookError::Io {
                path: hook.clone(),
                err,
            })?;
            Ok(Done::Removed(hook))
        }
        Ok(_) => Ok(Done::LeftAlone(hook)),
        Err(_) => Ok(Done::NotInstalled(hook)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_quotes_the_binary_path_and_carries_the_mark() {
        let s = script(Path::new("/opt/it's here/phiscan"));
        assert!(s.starts_with("#!/bin/sh\n"));
        assert!(s.contains(MARK));
        assert!(s.contains(r"phiscan='/opt/it'\''s here/phiscan'"));
        assert!(s.contains("scan --staged"));
    }
}
