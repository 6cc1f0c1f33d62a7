//! The engine's first pass: every pattern (candidates and context terms) in
//! one sweep over a text unit, touching only the positions where a match can
//! begin.
//!
//! Every built-in pattern begins at a word start (`\b` then a word byte), and
//! the first four bytes of a match come from small sets ("pati" of "patient",
//! digits of a date, "MRN:" of "MRN: 123"). So instead of running a lazy DFA
//! over every byte, the sweep finds word starts 64 bytes at a time, tests
//! their first four bytes against sets derived from the automata themselves,
//! and runs an *anchored* lazy DFA only where a match may begin. A pattern
//! whose word prefixes are few (a keyword, a label, "12th") contributes its
//! case-folded four-byte keys to a hashed bit set; one whose prefixes are
//! many (any four digits, any ICD-shaped token) contributes per-position
//! byte sets, one bit per group of patterns, as in Teddy's buckets.
//! Mid-word bytes and words no pattern can start are never fed to an
//! automaton, and a match's start is known without a reverse search.
//!
//! The few patterns whose first bytes are everywhere (an e-mail's local part
//! is any word) would defeat the table; they are searched by their own regex,
//! which finds its required inner literal (`@`) with memchr, and its matches
//! are merged in with leftmost-first priority, so results equal one
//! leftmost-first search over all patterns.
//!
//! When some pattern can begin mid-word (a user's detector without `\b`), the
//! sweep is not built and the engine runs its general unanchored search.

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::meta::{self, Regex};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, Input, MatchKind};

/// Live (first byte, second byte) pairs above this make a pattern "broad":
/// e-mail's local part admits about 4,300 of the 63 x 256 word-start pairs,
/// the widest narrow built-in pattern (a VIN) about 1,100.
const BROAD_PAIRS: usize = 2500;

/// Leading bytes of a word start tested against the tables.
const DEPTH: usize = 4;

/// A pattern with more word-prefix keys than this is tested by position
/// sets instead (four digits have 10,000).
const KEY_LIMIT: usize = 1024;

/// log2 of the key set's size in bits: 16 KiB, a few percent full.
const KEY_BITS: u32 = 17;

/// Lazy DFA cache: the anchored automaton's states are few (no unanchored
/// prefix loop), so this is ample and rarely cleared.
const CACHE_CAPACITY: usize = 4 << 20;

/// Looks behind a word start can see: text start, `\n`, `\r`, other.
const STARTS: usize = 4;

/// All patterns of an engine, prepared for the word-start sweep.
#[derive(Debug)]
pub(crate) struct Sweep {
    /// The automata, built on the first text searched (see [`Built`]).
    built: std::sync::OnceLock<Built>,
    /// The patterns are the embedded plan's: [`prebuild`]'s automata are
    /// theirs.
    embedded: bool,
    /// The narrow patterns' texts, for [`Built`].
    narrow_texts: Vec<String>,
    /// The broad patterns' texts, for [`Built`].
    broad_texts: Vec<String>,
    /// Engine pattern id of each DFA pattern.
    ids: Vec<usize>,
    /// `table[k][b]`: the groups of narrow patterns whose matches may have
    /// byte `b` at offset `k` from their start (all groups when a match can
    /// be complete before `k`).
    table: Box<[[u64; 256]; DEPTH]>,
    /// Hashed set of the word-prefix keys ([`word_key`]) of the patterns
    /// not in `table`.
    keys: Box<[u64]>,
    /// Engine pattern id of each broad pattern: those whose first bytes
    /// are too common for the table.
    broad_ids: Vec<usize>,
    /// First bytes of the candidate patterns, for retries.
    retry: Option<FirstBytes>,
    /// What it was built from (tests: the embedded plan's check).
    #[cfg(test)]
    patterns: Vec<String>,
    #[cfg(test)]
    candidates: usize,
}

/// The automata of a [`Sweep`]: compiling them is most of what start-up
/// still costs once the plan is embedded, so an input with no text (an
/// empty file, a hook with nothing staged) never builds them.
#[derive(Debug)]
struct Built {
    /// The narrow patterns, anchored, leftmost-first in engine order.
    dfa: DFA,
    /// The broad patterns, leftmost-first.
    broad: Option<Regex>,
}

impl Built {
    fn new(narrow: &[String], broad: &[String]) -> Result<Built, String> {
        let texts: Vec<&str> = narrow.iter().map(String::as_str).collect();
        let dfa = build_dfa_fast(&texts)?;
        let broad = if broad.is_empty() {
            None
        } else {
            let regex = Regex::builder()
                .syntax(syntax::Config::new().unicode(false).utf8(false))
                .configure(
                    Regex::config()
                        .match_kind(MatchKind::LeftmostFirst)
                        .utf8_empty(false),
                )
                .build_many(broad)
                .map_err(|e| e.to_string())?;
            Some(regex)
        };
        Ok(Built { dfa, broad })
    }
}

/// Per-thread state of a [`Sweep`].
#[derive(Debug)]
pub(crate) struct SweepCache {
    /// Made with the automata, on the first search.
    dfa: Option<DfaCache>,
    /// Anchored start states by look-behind, valid for `clears`.
    starts: [Option<LazyStateID>; STARTS],
    clears: usize,
    broad: Option<meta::Cache>,
    /// The leftmost broad match at or after `broad_from`:
    /// (engine id, start, end), or `None` when there is none.
    broad_next: Option<(usize, usize, usize)>,
    broad_from: usize,
    /// Whether `broad_next` is computed for the current text.
    broad_valid: bool,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// One byte of each look-behind kind a word start can have.
const LOOK_BEHIND: [Option<u8>; STARTS] = [None, Some(b'\n'), Some(b'\r'), Some(b' ')];

fn look_index(prev: Option<u8>) -> usize {
    match prev {
        None => 0,
        Some(b'\n') => 1,
        Some(b'\r') => 2,
        Some(_) => 3,
    }
}

/// The separator between a term's words (see `compile::term_regex`).
const TERM_GAP: &str = r"[ \t\r\n_.-]{0,3}";

/// The syntax tree of a context term's regex (`(?i)\bdate[ \t\r\n_.-]{0,3}of\b`,
/// as `compile::term_regex` writes it), built without the parser: parsing
/// the few hundred terms was most of the cost of building the sweep. `None`
/// for anything else, which is parsed; a test checks the trees are the
/// parser's for every built-in pattern.
fn term_hir(pattern: &str) -> Option<regex_syntax::hir::Hir> {
    use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, Hir, Look, Repetition};
    let body = pattern.strip_prefix("(?i)")?;
    let (lead, body) = match body.strip_prefix(r"\b") {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let (body, trail) = match body.strip_suffix(r"\b") {
        // `\\b` would be an escaped backslash then `b`: parse those.
        Some(rest) if !rest.ends_with('\\') => (rest, true),
        _ => (body, false),
    };
    let mut parts = Vec::new();
    if lead {
        parts.push(Hir::look(Look::WordAscii));
    }
    for (i, word) in body.split(TERM_GAP).enumerate() {
        if i > 0 {
            let gap = ClassBytes::new(
                [b' ', b'\t', b'\r', b'\n', b'_', b'.', b'-'].map(|b| ClassBytesRange::new(b, b)),
            );
            parts.push(Hir::repetition(Repetition {
                min: 0,
                max: Some(3),
                greedy: true,
                sub: Box::new(Hir::class(Class::Bytes(gap))),
            }));
        }
        let mut bytes = word.bytes();
        while let Some(b) = bytes.next() {
            let b = match b {
                b'\\' => bytes.next().filter(|e| e.is_ascii_punctuation())?,
                b if b.is_ascii_alphanumeric() || b == b' ' => b,
                // Punctuation is escaped by `regex::escape` or harmless;
                // anything else (non-ASCII, a meta character) is parsed.
                b if b.is_ascii_punctuation() && !b"\\.+*?()|[]{}^$#&-~".contains(&b) => b,
                _ => return None,
            };
            parts.push(if b.is_ascii_alphabetic() {
                let (u, l) = (b.to_ascii_uppercase(), b.to_ascii_lowercase());
                Hir::class(Class::Bytes(ClassBytes::new([
                    ClassBytesRange::new(u, u),
                    ClassBytesRange::new(l, l),
                ])))
            } else {
                Hir::literal([b])
            });
        }
    }
    if trail {
        parts.push(Hir::look(Look::WordAscii));
    }
    Some(Hir::concat(parts))
}

/// What `build_dfa` builds, the terms' syntax trees made without the
/// parser (see [`term_hir`]).
fn build_dfa_fast(patterns: &[&str]) -> Result<DFA, String> {
    let parser = || {
        regex_syntax::ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
    };
    let hirs = patterns
        .iter()
        .map(|p| match term_hir(p) {
            Some(h) => Ok(h),
            None => parser().parse(p).map_err(|e| e.to_string()),
        })
        .collect::<Result<Vec<_>, String>>()?;
    let nfa = regex_automata::nfa::thompson::Compiler::new()
        .configure(
            regex_automata::nfa::thompson::Config::new()
                .utf8(false)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::None),
        )
        .build_many_from_hir(&hirs)
        .map_err(|e| e.to_string())?;
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::LeftmostFirst)
                .cache_capacity(CACHE_CAPACITY),
        )
        .build_from_nfa(nfa)
        .map_err(|e| e.to_string())
}

fn build_dfa(patterns: &[&str]) -> Result<DFA, String> {
    DFA::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(regex_automata::nfa::thompson::Config::new().utf8(false))
        .configure(
            DFA::config()
                .match_kind(MatchKind::LeftmostFirst)
                .cache_capacity(CACHE_CAPACITY),
        )
        .build_many(patterns)
        .map_err(|e| e.to_string())
}

/// Anchored start state of `dfa` after `prev`.
fn start_state(dfa: &DFA, cache: &mut DfaCache, prev: Option<u8>) -> Result<LazyStateID, String> {
    let config = start::Config::new()
        .anchored(Anchored::Yes)
        .look_behind(prev);
    dfa.start_state(cache, &config).map_err(|e| e.to_string())
}

/// The distinct anchored start states of `dfa` at a word start, one per
/// look-behind kind.
fn word_start_states(dfa: &DFA, cache: &mut DfaCache) -> Result<Vec<LazyStateID>, String> {
    let mut states = Vec::new();
    for prev in LOOK_BEHIND {
        let s = start_state(dfa, cache, prev)?;
        if !states.contains(&s) {
            states.push(s);
        }
    }
    Ok(states)
}

/// Whether every match of `dfa` begins at a word start: nothing can begin
/// after a word byte, nor with a non-word byte, nor be empty.
fn starts_only_at_words(dfa: &DFA, cache: &mut DfaCache) -> Result<bool, String> {
    let err = |e: regex_automata::hybrid::CacheError| e.to_string();
    for prev in LOOK_BEHIND.iter().copied().chain([Some(b'a')]) {
        let s = start_state(dfa, cache, prev)?;
        if s.is_match() || dfa.next_eoi_state(cache, s).map_err(err)?.is_match() {
            return Ok(false);
        }
        for b in 0..=255u8 {
            let mid_word = prev.is_some_and(is_word);
            if (mid_word || !is_word(b)) && !dfa.next_state(cache, s, b).map_err(err)?.is_dead() {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// 256-bit byte set.
type ByteSet = [u64; 4];

fn set_has(set: &ByteSet, b: u8) -> bool {
    set[b as usize / 64] >> (b % 64) & 1 != 0
}

/// For each of the first [`DEPTH`] offsets of a match of `dfa` from a word
/// start, the bytes a live path can have there (all bytes once a match can
/// be complete), and a bound on how many (first, second) byte pairs are
/// live.
fn position_sets(dfa: &DFA, cache: &mut DfaCache) -> Result<([ByteSet; DEPTH], usize), String> {
    let sets = byte_sets(dfa, cache, DEPTH)?;
    let count = |s: &ByteSet| s.iter().map(|w| w.count_ones() as usize).sum::<usize>();
    let pairs = count(&sets[0]) * count(&sets[1]);
    Ok((std::array::from_fn(|k| sets[k]), pairs))
}

/// For each of the first `depth` offsets of a match of `dfa` from a word
/// start, the bytes a live path can have there (all bytes once a match can
/// be complete).
fn byte_sets(dfa: &DFA, cache: &mut DfaCache, depth: usize) -> Result<Vec<ByteSet>, String> {
    let err = |e: regex_automata::hybrid::CacheError| e.to_string();
    let mut sets = vec![[0u64; 4]; depth];
    let mut level = word_start_states(dfa, cache)?;
    let mut matched = false;
    for (k, set) in sets.iter_mut().enumerate() {
        if matched {
            *set = [!0; 4];
            continue;
        }
        let mut next = Vec::new();
        for &s in &level {
            for b in 0..=255u8 {
                if k == 0 && !is_word(b) {
                    continue;
                }
                let t = dfa.next_state(cache, s, b).map_err(err)?;
                if t.is_dead() {
                    continue;
                }
                set[b as usize / 64] |= 1 << (b % 64);
                matched |= t.is_match();
                if !next.contains(&t) {
                    next.push(t);
                }
            }
        }
        level = next;
    }
    Ok(sets)
}

/// ASCII lower case of a word byte; 0 for a non-word byte.
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The case-folded first (up to) four bytes of the word starting `w`,
/// zero from the first non-word byte on: "Pt: x" and "pt\n" are both "pt".
fn word_key(w: [u8; DEPTH]) -> u32 {
    let mut key = 0u32;
    for (i, &b) in w.iter().enumerate() {
        let f = FOLD[b as usize];
        if f == 0 {
            break;
        }
        key |= (f as u32) << (8 * i);
    }
    key
}

fn key_hash(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - KEY_BITS)) as usize
}

/// Every [`word_key`] a match of `dfa` can begin with, or `None` when there
/// are more than [`KEY_LIMIT`] or a match can end inside the first four
/// bytes of a word (then any bytes may follow).
fn word_keys(dfa: &DFA, cache: &mut DfaCache) -> Result<Option<Vec<u32>>, String> {
    let starts = word_start_states(dfa, cache)?;
    // Each byte class once: a representative, its folded word bytes, and
    // whether it holds a non-word byte (then a word may end there).
    let classes = dfa.byte_classes();
    let mut members: Vec<(u8, Vec<u8>, bool)> = Vec::new();
    for unit in classes.representatives(..) {
        if let Some(rep) = unit.as_u8() {
            members.push((rep, Vec::new(), false));
        }
    }
    for b in 0..=255u8 {
        let class = classes.get(b);
        let m = members
            .iter_mut()
            .find(|m| classes.get(m.0) == class)
            .expect("every class has a representative");
        match FOLD[b as usize] {
            0 => m.2 = true,
            f if !m.1.contains(&f) => m.1.push(f),
            _ => {}
        }
    }
    let mut keys = Vec::new();
    for s in starts {
        if !key_walk(dfa, cache, &members, s, 0, 0, &mut keys)? {
            return Ok(None);
        }
    }
    keys.sort_unstable();
    keys.dedup();
    Ok((keys.len() <= KEY_LIMIT).then_some(keys))
}

/// Depth-first step of [`word_keys`]: `key` holds `depth` folded bytes
/// leading to `sid`. False when the pattern is not enumerable.
fn key_walk(
    dfa: &DFA,
    cache: &mut DfaCache,
    members: &[(u8, Vec<u8>, bool)],
    sid: LazyStateID,
    depth: usize,
    key: u32,
    keys: &mut Vec<u32>,
) -> Result<bool, String> {
    let err = |e: regex_automata::hybrid::CacheError| e.to_string();
    if depth == DEPTH {
        keys.push(key);
        return Ok(keys.len() <= KEY_LIMIT * 4);
    }
    // End of input right after the word.
    let mut word_ends = depth > 0 && dfa.next_eoi_state(cache, sid).map_err(err)?.is_match();
    for (rep, folded, non_word) in members {
        let next = dfa.next_state(cache, sid, *rep).map_err(err)?;
        if next.is_dead() {
            continue;
        }
        word_ends |= depth > 0 && *non_word;
        if folded.is_empty() {
            continue;
        }
        // A match complete inside the word: any bytes may follow.
        if next.is_match() {
            return Ok(false);
        }
        for &f in folded {
            let k = key | (f as u32) << (8 * depth);
            if !key_walk(dfa, cache, members, next, depth + 1, k, keys)? {
                return Ok(false);
            }
        }
    }
    if word_ends {
        keys.push(key);
    }
    Ok(keys.len() <= KEY_LIMIT * 4)
}

/// Leading bytes of a failed candidate checked against other patterns.
const RETRY_DEPTH: usize = 8;

/// For each pattern, the bytes the first [`RETRY_DEPTH`] bytes of its
/// matches can have, as one bit per pattern: which other patterns may match
/// where one matched but failed validation. Most such retries (a price
/// shaped like an ICD-9 code, a date that is no day) have no other pattern
/// that fits their first bytes, and are settled without a search.
#[derive(Debug, PartialEq)]
pub(crate) struct FirstBytes {
    /// `table[k][b]`: the narrow patterns whose matches may have byte `b`
    /// at offset `k` from their start.
    table: Box<[[u128; 256]; RETRY_DEPTH]>,
    /// The broad patterns (see [`Sweep`]): their first bytes say nothing,
    /// but the sweep knows where their next match starts.
    broad: u128,
}

impl FirstBytes {
    fn new() -> FirstBytes {
        FirstBytes {
            table: Box::new([[0u128; 256]; RETRY_DEPTH]),
            broad: 0,
        }
    }

    /// Adds pattern `i` (below 128) from the DFA the sweep built for it, so
    /// each pattern is compiled once.
    fn add(
        &mut self,
        i: usize,
        dfa: &DFA,
        cache: &mut DfaCache,
        broad: bool,
    ) -> Result<(), String> {
        if broad {
            self.broad |= 1 << i;
            return Ok(());
        }
        let sets = byte_sets(dfa, cache, RETRY_DEPTH)?;
        for (row, set) in self.table.iter_mut().zip(&sets) {
            for b in 0..=255u8 {
                if set_has(set, b) {
                    row[b as usize] |= 1 << i;
                }
            }
        }
        Ok(())
    }

    /// Whether a pattern other than `skip` may match at `start` (a word
    /// start), given whether a broad pattern may: false only when each
    /// narrow one fails on one of the first bytes.
    pub(crate) fn others_may_match(
        &self,
        text: &[u8],
        start: usize,
        skip: usize,
        broad_here: bool,
    ) -> bool {
        let others = !(1u128 << skip);
        if broad_here && self.broad & others != 0 {
            return true;
        }
        let mut live = others & !self.broad;
        for (row, &b) in self.table.iter().zip(&text[start..]) {
            live &= row[b as usize];
            if live == 0 {
                return false;
            }
        }
        true
    }

    /// Whether pattern `i` is broad (tests: the filter leaves those to the
    /// sweep).
    #[cfg(test)]
    pub(crate) fn is_broad(&self, i: usize) -> bool {
        self.broad >> i & 1 != 0
    }
}

/// What [`Sweep::new`] derives from each pattern's own automaton: which
/// patterns are narrow or broad and the tables that say where a narrow one
/// may begin. Deriving it walks a lazy DFA per pattern, most of the
/// start-up; for the built-in detectors it is derived once and embedded
/// (see [`EMBEDDED`]).
#[derive(Debug, PartialEq)]
struct Plan {
    narrow: Vec<usize>,
    broad: Vec<usize>,
    table: Box<[[u64; 256]; DEPTH]>,
    keys: Box<[u64]>,
    retry: Option<FirstBytes>,
}

/// The plan of the built-in detectors, written by the test
/// `embedded_plan_is_current` (`PHISCAN_BLESS=1`). It is used only when its
/// fingerprint equals that of the patterns being compiled, so a stale file
/// costs start-up time, never a different result.
static EMBEDDED: &[u8] = include_bytes!("sweep_builtin.bin");

/// The automata of the embedded plan's patterns, built by [`prebuild`]
/// (`None` inside when they failed to build).
static PREBUILT: std::sync::OnceLock<Option<Built>> = std::sync::OnceLock::new();

/// Whether [`prebuild`] started: only then does a sweep wait for
/// [`PREBUILT`].
static PREBUILDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Starts building the built-in detectors' automata on a thread of its
/// own, from the patterns in the embedded plan, before the detector files
/// are even parsed: the two take about the same time and overlap, so a
/// pre-commit hook's first text finds the automata ready. A sweep uses
/// them only when its patterns are the embedded plan's (same
/// fingerprint); otherwise they are never looked at.
pub(crate) fn prebuild() {
    if PREBUILDING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    std::thread::spawn(|| {
        let built = std::panic::catch_unwind(|| {
            let (_, plan, patterns) = Plan::decode_all(EMBEDDED)?;
            let texts = |ids: &[usize]| -> Option<Vec<String>> {
                ids.iter().map(|&i| patterns.get(i).cloned()).collect()
            };
            Built::new(&texts(&plan.narrow)?, &texts(&plan.broad)?).ok()
        });
        let _ = PREBUILT.set(built.ok().flatten());
    });
}

/// Key of a plan: the patterns, their number of candidates and the
/// constants the derivation depends on.
fn fingerprint(patterns: &[String], candidates: usize) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    for n in [
        1,
        DEPTH,
        KEY_LIMIT,
        KEY_BITS as usize,
        RETRY_DEPTH,
        BROAD_PAIRS,
        candidates,
    ] {
        h.update(&(n as u64).to_le_bytes());
    }
    for p in patterns {
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    *h.finalize().as_bytes()
}

impl Plan {
    /// Derives the plan from each pattern's automaton, or `None` when some
    /// pattern can begin elsewhere than at a word start.
    fn derive(patterns: &[String], candidates: usize) -> Result<Option<Plan>, String> {
        let mut retry = (candidates <= 128).then(FirstBytes::new);
        let mut narrow = Vec::new();
        let mut broad = Vec::new();
        // Groups: patterns with the same first-byte set share a bit.
        let mut groups: Vec<ByteSet> = Vec::new();
        let mut table = Box::new([[0u64; 256]; DEPTH]);
        let mut keys = vec![0u64; 1 << (KEY_BITS - 6)].into_boxed_slice();
        for (i, p) in patterns.iter().enumerate() {
            let dfa = build_dfa(&[p.as_str()])?;
            let mut cache = dfa.create_cache();
            if !starts_only_at_words(&dfa, &mut cache)? {
                return Ok(None);
            }
            let (sets, pairs) = position_sets(&dfa, &mut cache)?;
            if let Some(retry) = retry.as_mut().filter(|_| i < candidates) {
                retry.add(i, &dfa, &mut cache, pairs > BROAD_PAIRS)?;
            }
            if pairs > BROAD_PAIRS {
                broad.push(i);
                continue;
            }
            narrow.push(i);
            if let Some(ks) = word_keys(&dfa, &mut cache)? {
                for k in ks {
                    let h = key_hash(k);
                    keys[h / 64] |= 1 << (h % 64);
                }
                continue;
            }
            let g = match groups.iter().position(|f| *f == sets[0]) {
                Some(g) => g,
                None => {
                    groups.push(sets[0]);
                    groups.len() - 1
                }
            };
            let bit = 1u64 << (g % 64);
            for (row, set) in table.iter_mut().zip(&sets) {
                for b in 0..=255u8 {
                    if set_has(set, b) {
                        row[b as usize] |= bit;
                    }
                }
            }
        }
        Ok(Some(Plan {
            narrow,
            broad,
            table,
            keys,
            retry,
        }))
    }

    /// The plan as bytes (little-endian), after its fingerprint.
    #[cfg(test)]
    fn encode(&self, fingerprint: &[u8; 32], patterns: &[String]) -> Vec<u8> {
        let mut out = fingerprint.to_vec();
        for ids in [&self.narrow, &self.broad] {
            out.extend((ids.len() as u32).to_le_bytes());
            for &i in ids {
                out.extend((i as u32).to_le_bytes());
            }
        }
        for w in self.table.iter().flatten().chain(self.keys.iter()) {
            out.extend(w.to_le_bytes());
        }
        match &self.retry {
            None => out.push(0),
            Some(r) => {
                out.push(1);
                for w in r.table.iter().flatten().chain([&r.broad]) {
                    out.extend(w.to_le_bytes());
                }
            }
        }
        // The patterns themselves, so the automata can be built from the
        // file before the detector files are parsed (see [`prebuild`]).
        out.extend((patterns.len() as u32).to_le_bytes());
        for p in patterns {
            out.extend((p.len() as u32).to_le_bytes());
            out.extend(p.as_bytes());
        }
        out
    }

    /// The plan in `bytes` when its fingerprint is `fingerprint`.
    fn decode(bytes: &[u8], fingerprint: &[u8; 32]) -> Option<Plan> {
        let (print, plan, _) = Self::decode_all(bytes)?;
        (print == fingerprint).then_some(plan)
    }

    /// The fingerprint, plan and patterns in `bytes`.
    fn decode_all(bytes: &[u8]) -> Option<(&[u8], Plan, Vec<String>)> {
        let mut r = Reader(bytes);
        let print = r.take(32)?;
        let mut ids = || -> Option<Vec<usize>> {
            let n = r.u32()? as usize;
            (0..n).map(|_| r.u32().map(|i| i as usize)).collect()
        };
        let narrow = ids()?;
        let broad = ids()?;
        let mut table = Box::new([[0u64; 256]; DEPTH]);
        for w in table.iter_mut().flatten() {
            *w = r.u64()?;
        }
        let mut keys = vec![0u64; 1 << (KEY_BITS - 6)].into_boxed_slice();
        for w in keys.iter_mut() {
            *w = r.u64()?;
        }
        let retry = match r.take(1)?[0] {
            0 => None,
            _ => {
                let mut f = FirstBytes::new();
                for w in f.table.iter_mut().flatten() {
                    *w = r.u128()?;
                }
                f.broad = r.u128()?;
                Some(f)
            }
        };
        let n = r.u32()? as usize;
        let mut patterns = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let len = r.u32()? as usize;
            patterns.push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
        }
        let plan = Plan {
            narrow,
            broad,
            table,
            keys,
            retry,
        };
        r.0.is_empty().then_some((print, plan, patterns))
    }
}

/// Little-endian reader over an embedded plan.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take(16)?.try_into().ok()?))
    }
}

impl Sweep {
    /// Prepares `patterns` (engine order; the first `candidates` of them
    /// are candidates, the rest context terms), or `None` when some
    /// pattern can begin elsewhere than at a word start.
    pub(crate) fn new(patterns: &[String], candidates: usize) -> Result<Option<Sweep>, String> {
        let embedded = Plan::decode(EMBEDDED, &fingerprint(patterns, candidates));
        let from_embedded = embedded.is_some();
        let plan = match embedded {
            Some(plan) => plan,
            None => match Plan::derive(patterns, candidates)? {
                Some(plan) => plan,
                None => return Ok(None),
            },
        };
        let Plan {
            narrow,
            broad,
            table,
            keys,
            retry,
        } = plan;
        let narrow_texts: Vec<String> = narrow.iter().map(|&i| patterns[i].clone()).collect();
        let broad_texts: Vec<String> = broad.iter().map(|&i| patterns[i].clone()).collect();
        let built = std::sync::OnceLock::new();
        if !from_embedded {
            // A set other than the built-in one (whose automata the tests
            // build) is built now, so that an error shows at load.
            let _ = built.set(Built::new(&narrow_texts, &broad_texts)?);
        }
        Ok(Some(Sweep {
            built,
            embedded: from_embedded,
            narrow_texts,
            broad_texts,
            ids: narrow,
            table,
            keys,
            broad_ids: broad,
            retry,
            #[cfg(test)]
            patterns: patterns.to_vec(),
            #[cfg(test)]
            candidates,
        }))
    }

    pub(crate) fn create_cache(&self) -> SweepCache {
        SweepCache {
            dfa: None,
            starts: [None; STARTS],
            clears: 0,
            broad: None,
            broad_next: None,
            broad_from: 0,
            broad_valid: false,
        }
    }

    /// Builds the automata now (see `Engine::warm_up`).
    pub(crate) fn warm_up(&self) {
        self.built();
    }

    /// The automata, built now if not yet (or [`prebuild`]'s).
    fn built(&self) -> &Built {
        if self.embedded && PREBUILDING.load(std::sync::atomic::Ordering::SeqCst) {
            if let Some(built) = PREBUILT.wait() {
                return built;
            }
        }
        self.built.get_or_init(|| {
            Built::new(&self.narrow_texts, &self.broad_texts)
                .expect("the built-in patterns compile (tests build them)")
        })
    }

    /// Forgets the previous text's state; call before the first [`Sweep::next`]
    /// on a new text.
    pub(crate) fn reset(&self, cache: &mut SweepCache) {
        cache.broad_valid = false;
    }

    /// The leftmost-first match at or after `at` of all patterns: engine
    /// pattern id, start, end.
    pub(crate) fn next(
        &self,
        text: &[u8],
        at: usize,
        cache: &mut SweepCache,
    ) -> Option<(usize, usize, usize)> {
        let built = self.built();
        if cache.dfa.is_none() {
            cache.dfa = Some(built.dfa.create_cache());
            cache.broad = built.broad.as_ref().map(Regex::create_cache);
        }
        let broad = self.broad_at(built, text, at, cache);
        let limit = broad.map_or(text.len(), |(_, s, _)| s + 1);
        let mut found = None;
        each_word_start(text, at, limit, |p| {
            if !self.may_begin(text, p) {
                return true;
            }
            match self.walk(&built.dfa, text, p, cache) {
                Some((pid, end)) => {
                    found = Some((pid, p, end));
                    false
                }
                None => true,
            }
        });
        match (found, broad) {
            (Some(f), Some(b)) if f.1 == b.1 => Some(if f.0 < b.0 { f } else { b }),
            (Some(f), _) => Some(f),
            (None, b) => b,
        }
    }

    /// Whether a narrow pattern may match at word start `p`: its word's
    /// key is a pattern's, or some group allows each of its first bytes.
    fn may_begin(&self, text: &[u8], p: usize) -> bool {
        let Some(w) = text.get(p..p + DEPTH) else {
            return true;
        };
        let t = &self.table;
        if t[0][w[0] as usize] & t[1][w[1] as usize] & t[2][w[2] as usize] & t[3][w[3] as usize]
            != 0
        {
            return true;
        }
        let h = key_hash(word_key([w[0], w[1], w[2], w[3]]));
        self.keys[h / 64] >> (h % 64) & 1 != 0
    }

    /// Whether a candidate pattern other than `skip` may match at `start`,
    /// where `skip` matched but failed validation (see [`FirstBytes`]).
    pub(crate) fn others_may_match(
        &self,
        text: &[u8],
        start: usize,
        skip: usize,
        cache: &SweepCache,
    ) -> bool {
        self.retry.as_ref().is_none_or(|r| {
            r.others_may_match(text, start, skip, self.broad_may_start(cache, start))
        })
    }

    /// The retry table (tests).
    #[cfg(test)]
    pub(crate) fn first_bytes(&self) -> Option<&FirstBytes> {
        self.retry.as_ref()
    }

    /// Whether a broad pattern may match at `start`, a word start at or
    /// after the last search's: false when the cached leftmost broad match
    /// of this text starts later (or there is none).
    fn broad_may_start(&self, cache: &SweepCache, start: usize) -> bool {
        let ruled_out = cache.broad_valid
            && cache.broad_from <= start
            && cache.broad_next.is_none_or(|(_, s, _)| s > start);
        !self.broad_ids.is_empty() && !ruled_out
    }

    /// The leftmost broad match at or after `at`, from the cached one when
    /// it still starts there or later.
    fn broad_at(
        &self,
        built: &Built,
        text: &[u8],
        at: usize,
        cache: &mut SweepCache,
    ) -> Option<(usize, usize, usize)> {
        let broad = built.broad.as_ref()?;
        let stale = !cache.broad_valid
            || at < cache.broad_from
            || cache.broad_next.is_some_and(|(_, s, _)| s < at);
        if stale {
            let re_cache = cache.broad.as_mut()?;
            let input = Input::new(text).range(at..);
            cache.broad_next = broad
                .search_with(re_cache, &input)
                .map(|m| (self.broad_ids[m.pattern().as_usize()], m.start(), m.end()));
            cache.broad_from = at;
            cache.broad_valid = true;
        }
        cache.broad_next
    }

    fn start(
        &self,
        dfa: &DFA,
        text: &[u8],
        p: usize,
        cache: &mut SweepCache,
    ) -> Option<LazyStateID> {
        let dfa_cache = cache.dfa.as_mut()?;
        if dfa_cache.clear_count() != cache.clears {
            cache.starts = [None; STARTS];
            cache.clears = dfa_cache.clear_count();
        }
        let prev = p.checked_sub(1).map(|i| text[i]);
        let k = look_index(prev);
        if let Some(s) = cache.starts[k] {
            return Some(s);
        }
        let s = start_state(dfa, dfa_cache, LOOK_BEHIND[k]).ok()?;
        // Computing a start state never clears the cache.
        cache.starts[k] = Some(s);
        Some(s)
    }

    /// The anchored leftmost-first match at `p`: engine id and end. The
    /// lazy DFA is built without a minimum cache-clear count and with no
    /// quit bytes, so `next_state` cannot fail and no match is dropped.
    fn walk(
        &self,
        dfa: &DFA,
        text: &[u8],
        p: usize,
        cache: &mut SweepCache,
    ) -> Option<(usize, usize)> {
        let mut sid = self.start(dfa, text, p, cache)?;
        let cache = cache.dfa.as_mut()?;
        let mut found = None;
        for (at, &b) in text.iter().enumerate().skip(p) {
            sid = dfa.next_state(cache, sid, b).ok()?;
            if sid.is_tagged() {
                if sid.is_match() {
                    found = Some((self.ids[dfa.match_pattern(cache, sid, 0).as_usize()], at));
                } else if sid.is_dead() || sid.is_quit() {
                    return found;
                }
            }
        }
        sid = dfa.next_eoi_state(cache, sid).ok()?;
        if sid.is_match() {
            found = Some((
                self.ids[dfa.match_pattern(cache, sid, 0).as_usize()],
                text.len(),
            ));
        }
        found
    }
}

/// Calls `f` with every word start in `from..to` in order (a word byte
/// after a non-word byte or at the text's start) until it returns false.
fn each_word_start(text: &[u8], from: usize, to: usize, mut f: impl FnMut(usize) -> bool) {
    let to = to.min(text.len());
    if from >= to {
        return;
    }
    // Blocks are aligned to 64 so a block's mask is computed once.
    let mut block = from & !63;
    while block < to {
        let end = (block + 64).min(text.len());
        let words = word_mask(&text[block..end]);
        let prev = if block == 0 {
            0
        } else {
            is_word(text[block - 1]) as u64
        };
        let mut starts = words & !(words << 1 | prev);
        if block < from {
            starts &= !0u64 << (from - block);
        }
        while starts != 0 {
            let p = block + starts.trailing_zeros() as usize;
            if p >= to || !f(p) {
                return;
            }
            starts &= starts - 1;
        }
        block += 64;
    }
}

/// Bit i set when `chunk[i]` (at most 64 bytes) is an ASCII word byte.
fn word_mask(chunk: &[u8]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if chunk.len() == 64 {
        // SAFETY: SSE2 is part of the x86_64 baseline and the 64 bytes read
        // are in bounds.
        return unsafe { word_mask64_sse2(chunk.as_ptr()) };
    }
    chunk
        .iter()
        .enumerate()
        .fold(0, |m, (i, &b)| m | (is_word(b) as u64) << i)
}

#[cfg(target_arch = "x86_64")]
unsafe fn word_mask64_sse2(p: *const u8) -> u64 {
    use std::arch::x86_64::*;
    let mut m = 0u64;
    for k in 0..4 {
        let v = _mm_loadu_si128(p.add(16 * k) as *const __m128i);
        let d = _mm_sub_epi8(v, _mm_set1_epi8(b'0' as i8));
        let digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
        let l = _mm_sub_epi8(
            _mm_or_si128(v, _mm_set1_epi8(0x20)),
            _mm_set1_epi8(b'a' as i8),
        );
        let letter = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
        let under = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8));
        let w = _mm_or_si128(_mm_or_si128(digit, letter), under);
        m |= (_mm_movemask_epi8(w) as u16 as u64) << (16 * k);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_mask_matches_scalar() {
        let bytes: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        for chunk in bytes.chunks(64) {
            let scalar = chunk
                .iter()
                .enumerate()
                .fold(0u64, |m, (i, &b)| m | (is_word(b) as u64) << i);
            assert_eq!(word_mask(chunk), scalar);
        }
    }

    #[test]
    fn word_starts_in_range() {
        let text = b"ab cd_e  9f-g";
        let mut v = Vec::new();
        each_word_start(text, 0, text.len(), |p| {
            v.push(p);
            true
        });
        assert_eq!(v, [0, 3, 9, 12]);
        v.clear();
        each_word_start(text, 4, 12, |p| {
            v.push(p);
            true
        });
        assert_eq!(v, [9]);
    }

    /// The embedded plan is the one derived from the built-in detectors'
    /// patterns today; `PHISCAN_BLESS=1` rewrites it when they changed.
    #[test]
    fn embedded_plan_is_current() {
        let engine = crate::detect::Engine::builtin().unwrap();
        let sweep = engine.sweep.as_ref().unwrap();
        let (patterns, candidates) = (&sweep.patterns, sweep.candidates);
        // Built on first search for the built-in set: it must compile.
        Built::new(&sweep.narrow_texts, &sweep.broad_texts).unwrap();
        let print = fingerprint(patterns, candidates);
        let plan = Plan::derive(patterns, candidates).unwrap().unwrap();
        let bytes = plan.encode(&print, patterns);
        if EMBEDDED != bytes.as_slice() && std::env::var_os("PHISCAN_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/detect/sweep_builtin.bin");
            std::fs::write(path, &bytes).unwrap();
            return;
        }
        assert!(
            EMBEDDED == bytes.as_slice(),
            "src/detect/sweep_builtin.bin is stale: run PHISCAN_BLESS=1 cargo test --lib embedded_plan"
        );
        assert_eq!(Plan::decode(&bytes, &print), Some(plan));
    }

    /// A sweep of the built-in patterns uses the automata `prebuild` made
    /// from the embedded plan, and they find what a sweep's own do.
    #[test]
    fn prebuilt_automata_serve_the_builtin_sweep() {
        prebuild();
        let engine = crate::detect::Engine::builtin().unwrap();
        let sweep = engine.sweep.as_ref().unwrap();
        assert!(sweep.embedded);
        let prebuilt = PREBUILT
            .wait()
            .as_ref()
            .expect("the embedded patterns build");
        assert!(std::ptr::eq(sweep.built(), prebuilt));
        let own = Built::new(&sweep.narrow_texts, &sweep.broad_texts).unwrap();
        assert_eq!(own.dfa.pattern_len(), prebuilt.dfa.pattern_len());
        assert_eq!(
            own.broad.as_ref().map(Regex::pattern_len),
            prebuilt.broad.as_ref().map(Regex::pattern_len)
        );
    }

    /// The terms' syntax trees built without the parser are the parser's.
    #[test]
    fn term_trees_are_the_parsers() {
        let engine = crate::detect::Engine::builtin().unwrap();
        let sweep = engine.sweep.as_ref().unwrap();
        let parser = || {
            regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
        };
        let mut built = 0;
        for p in sweep.patterns.iter().cloned().chain([
            r"(?i)\bdate[ \t\r\n_.-]{0,3}of[ \t\r\n_.-]{0,3}birth\b".to_string(),
            r"(?i)\bd\.o\.b\.".to_string(),
            r"(?i)\bmr\#".to_string(),
            r"(?i)x\\b".to_string(),
        ]) {
            if let Some(h) = term_hir(&p) {
                assert_eq!(h, parser().parse(&p).unwrap(), "{p}");
                built += 1;
            }
        }
        assert!(built > 200, "{built}");
    }

    #[test]
    fn mid_word_pattern_is_refused() {
        let p = vec![r"\bfoo\b".to_string(), "bar".to_string()];
        assert!(Sweep::new(&p, 2).unwrap().is_none());
    }

    #[test]
    fn finds_leftmost_first_with_broad() {
        let p = vec![
            r"\b[A-Za-z0-9][A-Za-z0-9.]{0,20}@[a-z]+\.org\b".to_string(),
            r"(?i)\bpatient\b".to_string(),
            r"\b\d{3}-\d{2}-\d{4}\b".to_string(),
        ];
        let s = Sweep::new(&p, 3).unwrap().unwrap();
        assert!(!s.broad_ids.is_empty());
        let mut c = s.create_cache();
        let text = b"x patient.a@b.org 212-09-1234 Patient";
        s.reset(&mut c);
        let mut got = Vec::new();
        let mut at = 0;
        while let Some((pid, st, e)) = s.next(text, at, &mut c) {
            got.push((pid, st, e));
            at = e;
        }
        assert_eq!(got, [(0, 2, 17), (2, 18, 29), (1, 30, 37)]);
    }
}
