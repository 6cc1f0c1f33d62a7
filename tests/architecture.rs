//! The one-way house of DESIGN.md section 2, held against the code: every
//! `use crate::…`, `crate::…` and `super::…` path in `src/` must name a
//! room that the importing room may use, so a forbidden import fails here
//! instead of in review.
//!
//! Self-contained (std only, `src/` found from `CARGO_MANIFEST_DIR`), so it
//! runs as its own test target or as a module of one test binary.
//!
//! What is read: every `src/**/*.rs` except `src/bin/` (the corpus
//! generator is a separate program), `src/lib.rs` (module list) and
//! `src/main.rs` (hands over to `cli`). Comments, string and character
//! literals, and items under `#[cfg(test)]` are left out: tests may reach
//! across rooms to build their inputs (detect's tests split tables with
//! `extract`), the product may not.

use std::fs;
use std::path::{Path, PathBuf};

/// The ground floor: the shared words and limits. Every room may use these
/// modules; they may use nothing but each other.
const GROUND: &[&str] = &["limits", "vocab", "structure"];

/// DESIGN.md section 2 as data: each room and the rooms it may use besides
/// itself and the ground floor (`*`: every room).
const MAY_USE: &[(&str, &[&str])] = &[
    // Flags and subcommands: builds each room's options for `app`
    // (`WalkOptions`, `ArchiveLimits`, `BuildOptions`, `Keyring`), names the
    // report formats, compiles and checks detectors for `detectors
    // list/check`, runs `eval`.
    (
        "cli",
        &[
            "app", "walk", "extract", "detect", "findings", "report", "eval", "hook", "policy",
            // `--nice`, `--max-rate` and `--stop-at`: parsed, applied
            // before the scan's threads start.
            "polite", // `phiscan attest verify|show|keygen`.
            "attest",
        ],
    ),
    // Writes and removes the git pre-commit hook (`phiscan hook`).
    ("hook", &[]),
    // The signed record of a raw scan (`--attest`, `phiscan attest`):
    // `detect` for the detector set's identity (pure, no I/O), `findings`
    // for the verdict it records; reads sysfs and writes the record and key
    // files itself.
    ("attest", &["detect", "findings"]),
    // Wires one scan: walker, pool, channels, the single writer.
    ("app", &["*"]),
    // One walked file through source, extract, detect and findings, into
    // the report's records (ripgrep's `search.rs`).
    // `polite`: the `--max-rate` pace charged before each window is read.
    (
        "pipeline",
        &[
            "walk", "source", "extract", "detect", "findings", "report", "policy", "polite",
        ],
    ),
    // Which findings are reported (config, allowlist, baseline): judges
    // `findings`' candidates through its `Policy` trait.
    ("policy", &["findings"]),
    ("walk", &[]),
    // SIGINT/SIGTERM handlers and the flag they set, for `app` (and the
    // binary's exit status).
    ("signals", &[]),
    // Being polite on a busy server (issue 19): lower priority, the
    // `--max-rate` pace, and the `--stop-at` clock, which stops the scan
    // through `signals` as SIGTERM does.
    ("polite", &["signals"]),
    // The progress line on stderr: counters `app` bumps, drawn by its own
    // thread; local time of day from `polite`.
    ("progress", &["polite"]),
    ("source", &[]),
    ("extract", &["source"]),
    ("detect", &[]),
    ("findings", &["detect"]),
    ("report", &["findings", "state"]),
    ("state", &["findings"]),
    // Weighs findings against a truth file, beside `report`: masks and
    // normalizes values as `findings` does, collects through report's
    // `Sink` and prints locations as reports do.
    ("eval", &["findings", "report"]),
];

/// One path that crosses from one room into another.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Import {
    /// Line in the file, 1-based (of the `use` keyword for a `use`).
    line: usize,
    /// The top-level module the path names.
    module: String,
    /// The statement or line, whitespace collapsed, for the message.
    text: String,
}

/// The room of a top-level module (a room is one module: the container
/// readers sit inside `extract/`); `None` when the table does not know it.
fn room_of(module: &str) -> Option<&str> {
    if let Some(g) = GROUND.iter().find(|g| **g == module) {
        return Some(g);
    }
    MAY_USE.iter().find(|(r, _)| *r == module).map(|(r, _)| *r)
}

/// Whether room `from` may use module `to`.
fn allowed(from: &str, to: &str) -> bool {
    let Some(to_room) = room_of(to) else {
        return false;
    };
    if from == to_room || GROUND.contains(&to_room) {
        return true;
    }
    if GROUND.contains(&from) {
        return false;
    }
    MAY_USE
        .iter()
        .find(|(r, _)| *r == from)
        .is_some_and(|(_, may)| may.contains(&"*") || may.contains(&to_room))
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `src` with comments and the insides of string and character literals
/// replaced by spaces (newlines kept), so offsets and lines still match.
fn code_only(src: &str) -> Vec<u8> {
    let s = src.as_bytes();
    let mut out = s.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(s.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == b'/' && next == Some(b'/') {
            let end = s[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(s.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if c == b'/' && next == Some(b'*') {
            let (mut depth, mut j) = (1, i + 2);
            while j < s.len() && depth > 0 {
                if s[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if s[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if c == b'r'
            && (i == 0
                || !is_ident(s[i - 1])
                || (s[i - 1] == b'b' && (i < 2 || !is_ident(s[i - 2]))))
            && matches!(next, Some(b'"') | Some(b'#'))
        {
            // Raw string r"…", r#"…"#, br#"…"#.
            let hashes = s[i + 1..].iter().take_while(|&&b| b == b'#').count();
            if s.get(i + 1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let body = i + 2 + hashes;
            let mut close = b"\"".to_vec();
            close.extend(std::iter::repeat_n(b'#', hashes));
            let end = s[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(s.len(), |p| body + p);
            blank(&mut out, body, end);
            i = end + close.len();
        } else if c == b'"' {
            let mut j = i + 1;
            while j < s.len() && s[j] != b'"' {
                j += if s[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i + 1, j);
            i = j + 1;
        } else if c == b'\'' {
            // A character literal, or a lifetime / loop label (left alone).
            if next == Some(b'\\') {
                let mut j = i + 1;
                while j < s.len() && s[j] != b'\'' {
                    j += if s[j] == b'\\' { 2 } else { 1 };
                }
                blank(&mut out, i + 1, j);
                i = j + 1;
            } else {
                let len = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                if s.get(i + 1 + len) == Some(&b'\'') {
                    blank(&mut out, i + 1, i + 1 + len);
                    i += len + 2;
                } else {
                    i += 1;
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The offset just past the `}` that closes the `{` at `open`.
fn matching_brace(code: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, &b) in code.iter().enumerate().skip(open) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// Blanks every item under `#[cfg(test)]`: up to its `;`, or through the
/// block its first `{` opens.
fn drop_test_items(code: &mut [u8]) {
    const ATTR: &[u8] = b"#[cfg(test)]";
    let mut from = 0;
    while let Some(p) = code[from..].windows(ATTR.len()).position(|w| w == ATTR) {
        let start = from + p;
        let rest = start + ATTR.len();
        let end = match code[rest..].iter().position(|&b| b == b'{' || b == b';') {
            Some(q) if code[rest + q] == b'{' => matching_brace(code, rest + q),
            Some(q) => rest + q + 1,
            None => code.len(),
        };
        for b in &mut code[start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        from = end;
    }
}

/// A use tree (`crate::{a, b::{c, d}}`, whitespace removed) as flat paths.
fn flatten(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        out.push(format!("{prefix}{tree}"));
        return;
    };
    let head = format!("{prefix}{}", &tree[..open]);
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut depth, mut start) = (0, 0);
    for (j, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                flatten(&inner[start..j], &head, out);
                start = j + 1;
            }
            _ => {}
        }
    }
    if start < inner.len() {
        flatten(&inner[start..], &head, out);
    }
}

/// The top-level module a path names, given the module it is written in
/// (`["extract", "container", "pdf"]`); `None` for paths that stay in the module or
/// leave the crate (`std::…`, a child module).
fn target(path: &str, module: &[String]) -> Option<String> {
    let mut segs = path.split("::").filter(|s| !s.is_empty());
    let first = segs.next()?;
    let mut at: Vec<String> = match first {
        "crate" | "$crate" => Vec::new(),
        "super" => module[..module.len().saturating_sub(1)].to_vec(),
        _ => return None,
    };
    let mut next = segs.next();
    while next == Some("super") {
        at.pop();
        next = segs.next();
    }
    match at.first() {
        Some(top) => Some(top.clone()),
        None => next.filter(|n| *n != "self").map(|n| n.to_string()),
    }
}

/// Collapses whitespace runs to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every path in `src` (the text of the file of module `file_module`) that
/// names a top-level module, with its line.
fn imports(src: &str, file_module: &[String]) -> Vec<Import> {
    let mut code = code_only(src);
    drop_test_items(&mut code);
    let line_at = |off: usize| code[..off].iter().filter(|&&b| b == b'\n').count() + 1;
    let src_line = |line: usize| collapse(src.lines().nth(line - 1).unwrap_or(""));
    let word_at = |i: usize, w: &[u8]| {
        code[i..].starts_with(w)
            && (i == 0 || !is_ident(code[i - 1]) && code[i - 1] != b':')
            && code.get(i + w.len()).is_none_or(|&b| !is_ident(b))
    };
    let mut found = Vec::new();
    // Inline modules open at some brace depth: (name, depth).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut pending_mod: Option<String> = None;
    let mut depth = 0usize;
    let mut i = 0;
    let module_of = |inline: &[(String, usize)]| -> Vec<String> {
        let inner = inline.iter().map(|(n, _)| n.clone());
        file_module.iter().cloned().chain(inner).collect()
    };
    while i < code.len() {
        match code[i] {
            b'{' => {
                depth += 1;
                if let Some(name) = pending_mod.take() {
                    inline.push((name, depth));
                }
                i += 1;
                continue;
            }
            b'}' => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
                continue;
            }
            b';' => pending_mod = None,
            _ => {}
        }
        if word_at(i, b"mod") {
            let rest = std::str::from_utf8(&code[i + 3..]).unwrap_or("");
            let name: String = rest
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            pending_mod = Some(name);
            i += 3;
        } else if word_at(i, b"use") {
            let end = code[i..]
                .iter()
                .position(|&b| b == b';')
                .map_or(code.len(), |p| i + p);
            let stmt = String::from_utf8_lossy(&code[i + 3..end]);
            let tree: String = collapse(&stmt)
                .replace(" as ", "\u{0}")
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let mut paths = Vec::new();
            flatten(&tree, "", &mut paths);
            let line = line_at(i);
            let module = module_of(&inline);
            for p in paths {
                let p = p.split('\u{0}').next().unwrap_or("");
                if let Some(m) = target(p, &module) {
                    found.push(Import {
                        line,
                        module: m,
                        text: collapse(&String::from_utf8_lossy(
                            &code[i..=end.min(code.len() - 1)],
                        )),
                    });
                }
            }
            i = end;
        } else if word_at(i, b"crate") || word_at(i, b"super") || word_at(i, b"$crate") {
            let len = code[i..]
                .iter()
                .position(|&b| !(is_ident(b) || b == b':' || b == b'$'))
                .unwrap_or(code.len() - i);
            let path = String::from_utf8_lossy(&code[i..i + len]);
            if path.contains("::") {
                if let Some(m) = target(&path, &module_of(&inline)) {
                    let line = line_at(i);
                    found.push(Import {
                        line,
                        module: m,
                        text: src_line(line),
                    });
                }
            }
            i += len;
        } else {
            i += 1;
        }
    }
    found
}

/// Every `.rs` file under `dir`, in a fixed order.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file below `src/`: `extract/container/pdf.rs` →
/// `["extract", "container", "pdf"]`, `report/mod.rs` → `["report"]`.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

#[test]
fn every_import_follows_the_rooms_table_of_design_section_2() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    let mut read = 0;
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        if rel.starts_with("bin") || rel == Path::new("lib.rs") || rel == Path::new("main.rs") {
            continue;
        }
        let shown = Path::new("src").join(rel).display().to_string();
        let module = module_path(rel);
        let Some(from) = room_of(&module[0]) else {
            problems.push(format!(
                "{shown}: module `{}` is in no room; add it to tests/architecture.rs and DESIGN.md section 2",
                module[0]
            ));
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        read += 1;
        for imp in imports(&text, &module) {
            if allowed(from, &imp.module) {
                continue;
            }
            problems.push(match room_of(&imp.module) {
                Some(to) => format!(
                    "{from} may not import {to}: {shown}:{} `{}`",
                    imp.line, imp.text
                ),
                None => format!(
                    "{from} names `{}`, which is in no room of the table: {shown}:{} `{}`",
                    imp.module, imp.line, imp.text
                ),
            });
        }
    }
    // A group naming one room twice is one problem.
    problems.dedup();
    assert!(read > 20, "read only {read} files under {}", src.display());
    assert!(
        problems.is_empty(),
        "imports that DESIGN.md section 2 forbids:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_import_reader_sees_groups_multiline_uses_and_paths_but_not_comments_or_tests() {
    let src = r#"//! `use crate::report::X;` in a doc comment is not an import.
use std::io;
use crate::{limits::Limits,
    report::{Sink, Skipped}};
use super::Part as P;
fn f() -> String {
    let s = "crate::eval::nothing";
    let c = '{';
    crate::detect::run(c);
    // crate::state::not_code();
    s.to_string()
}
mod inner {
    use super::super::super::super::findings::Finding;
}
#[cfg(test)]
mod tests {
    use crate::app::Anything;
}
"#;
    let got: Vec<(usize, String)> =
        imports(src, &["extract".into(), "container".into(), "pdf".into()])
            .into_iter()
            .map(|i| (i.line, i.module))
            .collect();
    let want: Vec<(usize, String)> = [
        (3, "limits"),
        (3, "report"),
        (3, "report"),
        (5, "extract"),
        (9, "detect"),
        (14, "findings"),
    ]
    .into_iter()
    .map(|(l, m)| (l, m.to_string()))
    .collect();
    assert_eq!(got, want);
    assert!(allowed("walk", "vocab"));
    assert!(!allowed("walk", "report"));
    assert!(!allowed("vocab", "detect"));
    assert!(allowed("extract", "source"));
    assert!(!allowed("extract", "detect"));
    assert!(allowed("detect", "structure"));
    assert!(!allowed("pipeline", "app"));
    assert!(allowed("app", "report"));
    assert!(!allowed("report", "detect"));
}
