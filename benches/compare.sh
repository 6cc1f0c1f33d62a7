#!/usr/bin/env bash
# End-to-end comparison of phiscan (all detectors) against ripgrep with the
# same four-pattern PHI set, a ripgrep walk-and-read floor (a pattern that
# never matches) and a plain `cat` read floor, on generated trees, in one
# run, so the ratios are meaningful on a shared, noisy machine where
# absolute MB/s is not. It also times phiscan with ripgrep's four patterns
# as its only detectors (benches/rg4): the same matching job as ripgrep,
# which separates the engine's speed from the cost of every built-in
# detector, and phiscan with one detector that never matches
# (benches/floor): its own walk, read and extraction floor. See
# benches/README.md.
#
# Trees (TREES, default "mixed small large"), each cached in
# $CARGO_TARGET_DIR/bench-trees/NAME and regenerated only when its
# arguments, the seed, the generator's sources (gen/) or the zip crates
# changed:
#   mixed  MIXED_MB MiB (default 1024) of text files, zips and .docx/.xlsx
#   small  SMALL_FILES files (default 100000) of 1-8 KiB text
#   large  one text file of LARGE_MB MiB (default 1024)
# Env: RUNS (timed runs per tool, default 3), SEED (generator seed,
# default 1), JOBS (threads for every tool, default 2), RSS_4G=1 (also
# scan a BIG_MB MiB mixed tree, default 4096, for peak RSS), COLD=1 (also time phiscan and
# the rg floor with the page cache dropped before each run; needs root and
# a writable /proc/sys/vm/drop_caches).
# Prints, per tree, MB/s (10^6 bytes/s, median and best of RUNS) and peak
# RSS of each tool, the ratios against their targets, then the RSS check,
# a summary table and the exact commands. Progress goes to stderr.
set -euo pipefail

TREES=${TREES:-mixed small large}
MIXED_MB=${MIXED_MB:-1024}
SMALL_FILES=${SMALL_FILES:-100000}
LARGE_MB=${LARGE_MB:-1024}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
JOBS=${JOBS:-2}
RSS_4G=${RSS_4G:-0}
COLD=${COLD:-0}
BIG_MB=${BIG_MB:-4096}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
trees_dir=$target_dir/bench-trees
phiscan=$target_dir/release/phiscan
gen=$target_dir/release/gen-tree

die() {
    echo "compare.sh: $*" >&2
    exit 1
}

posint() {
    [[ ${!1} =~ ^[1-9][0-9]*$ ]] || die "$1 must be a positive integer (got '${!1}')"
}
for v in RUNS JOBS MIXED_MB SMALL_FILES LARGE_MB BIG_MB; do posint "$v"; done
[[ $SEED =~ ^[0-9]+$ ]] || die "SEED must be a non-negative integer (got '$SEED')"
[[ $RSS_4G =~ ^[01]?$ ]] || die "RSS_4G must be 0 or 1 (got '$RSS_4G')"
[[ $COLD =~ ^[01]?$ ]] || die "COLD must be 0 or 1 (got '$COLD')"
read -r -a trees <<<"$TREES"
for t in "${trees[@]}"; do
    [[ $t == mixed || $t == small || $t == large ]] ||
        die "TREES: unknown tree '$t' (want some of: mixed small large)"
done
((${#trees[@]} > 0 || RSS_4G == 1)) || die "TREES is empty and RSS_4G is not set: nothing to do"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is required for peak RSS; install the 'time' package"

# --- build ---------------------------------------------------------------
echo "== building phiscan (cargo build --release)" >&2
if ! cargo build --release >&2; then
    die "phiscan failed to compile; fix the build (cargo build --release) and rerun"
fi
[[ -x $phiscan ]] || die "cargo build --release did not produce $phiscan"
# The CLI may lag the library; refuse to time a binary that cannot scan.
if ! scan_help=$("$phiscan" scan --help 2>&1) ||
    [[ $scan_help != *--format* || $scan_help != *--output* ]]; then
    die "'$phiscan scan' is not implemented yet (scan --help lacks --format/--output); nothing to compare"
fi

echo "== building the tree generator (cargo build --release -p phiscan-gen --bin gen-tree)" >&2
cargo build --release -p phiscan-gen --bin gen-tree >&2 || die "gen/src/bin/gen-tree.rs failed to compile"

if ! command -v rg >/dev/null 2>&1; then
    echo "== rg not found; installing with cargo install ripgrep --locked" >&2
    cargo install ripgrep --locked >&2 || die "cargo install ripgrep --locked failed"
fi
rg=$(command -v rg || true)
[[ -n $rg ]] || rg=${CARGO_HOME:-$HOME/.cargo}/bin/rg
[[ -x $rg ]] || die "rg is not on PATH after installing; add ~/.cargo/bin to PATH"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- cold cache: can we drop the page cache here? -------------------------
cold_why=
if [[ $COLD == 1 ]]; then
    if [[ $(id -u) != 0 ]]; then
        cold_why="not running as root (writing /proc/sys/vm/drop_caches needs root)"
    elif ! err=$({ sync && echo 3 >/proc/sys/vm/drop_caches; } 2>&1); then
        cold_why="cannot write /proc/sys/vm/drop_caches (${err##*: }): this kernel or container does not let us drop the page cache (e.g. /proc/sys mounted read-only)"
    fi
    if [[ -n $cold_why ]]; then
        echo "compare.sh: COLD=1 but the cold-cache measurement is unavailable: $cold_why" >&2
    fi
fi
drop_caches() {
    sync
    echo 3 >/proc/sys/vm/drop_caches
}

# --- trees ---------------------------------------------------------------
# A tree is regenerated when its arguments, the seed, the generator's
# source or the crates writing its zip bytes (Cargo.lock) changed.
# The sources gen-tree is built from: its own file and the shared library
# (RNG, zip and Office writers), in a fixed order.
gen_sum=$(cat gen/src/*.rs gen/src/bin/gen-tree.rs | cksum | cut -d' ' -f1)
zip_deps=$(awk '/^name = "(zip|flate2|zlib-rs)"$/ { n = $3; getline; print n "@" $3 }' Cargo.lock 2>/dev/null |
    tr -d '"' | tr '\n' ' ')

tree_args() {
    case $1 in
    mixed) echo "--size-mb $MIXED_MB --office-pct 8" ;;
    small) echo "--files $SMALL_FILES --file-kb 1-8 --office-pct 0" ;;
    large) echo "--size-mb $LARGE_MB --one-file large.txt" ;;
    mixed4g) echo "--size-mb $BIG_MB --office-pct 8" ;;
    esac
}

# ensure_tree NAME: generates $trees_dir/NAME unless its stamp matches.
ensure_tree() {
    local name=$1 dir=$trees_dir/$1 stamp=$trees_dir/$1.stamp args want t0 avail need
    read -r -a args <<<"$(tree_args "$name")"
    want="args=${args[*]} seed=$SEED gen=$gen_sum deps=$zip_deps"
    if [[ -d $dir && -f $stamp && $(cat "$stamp") == "$want" ]]; then
        return
    fi
    rm -rf "$dir" "$stamp" "$trees_dir/$name.info"
    mkdir -p "$trees_dir"
    case $name in
    small) need=$((SMALL_FILES * 8 / 1024 + 64)) ;;
    *) need=$(($(tree_args "$name" | awk '{print $2}') * 11 / 10 + 64)) ;;
    esac
    avail=$(df -Pm "$trees_dir" | awk 'NR == 2 {print $4}')
    ((avail > need)) || die "tree '$name' needs about $need MiB in $trees_dir; $avail MiB free"
    echo "== generating tree '$name': gen-tree --out $dir ${args[*]} --seed $SEED" >&2
    t0=$EPOCHREALTIME
    "$gen" --out "$dir" "${args[@]}" --seed "$SEED" >"$tmp/gen.out" ||
        die "gen-tree failed for tree '$name'"
    mv "$tmp/gen.out" "$trees_dir/$name.info"
    sed 's/^/   /' "$trees_dir/$name.info" >&2
    echo "   in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.1f", b - a}') s" >&2
    echo "$want" >"$stamp"
}

# --- commands ------------------------------------------------------------
ssn='\b\d{3}-\d{2}-\d{4}\b'
date='\b\d{1,2}/\d{1,2}/\d{4}\b'
mrn='MRN[:# ]*\d{6,10}'
icd='\b[A-TV-Z]\d[0-9AB](\.[0-9A-Z]{1,4})?\b'
# Matches only "zqxjkvbwww", which no generated file holds (and random
# compressed bytes hold with odds of about 2^-80 per position).
never='zqxjkvbw{3}'
# shellcheck disable=SC2016 # expanded by the inner bash, not here
cat_script='find "$1" -type f -print0 | xargs -0 -P "$2" cat >/dev/null'

# set_cmd TOOL DIR: sets cmd (the argv) and ok (accepted exit codes).
set_cmd() {
    local dir=$2
    case $1 in
    # phiscan exits 1 when it finds PHI (expected here), 2 on error.
    phiscan) cmd=("$phiscan" scan -j "$JOBS" --format jsonl --output /dev/null "$dir") ok="0 1" ;;
    phiscan-j1) cmd=("$phiscan" scan -j 1 --format jsonl --output /dev/null "$dir") ok="0 1" ;;
    # The same matching job as rg4: its four patterns as detectors
    # (benches/rg4/rg4.toml), every match below the report threshold.
    phiscan-rg4) cmd=("$phiscan" scan --detectors "$root/benches/rg4" -j "$JOBS" --format jsonl --output /dev/null "$dir") ok="0" ;;
    # phiscan's floor: one detector that never matches (benches/floor).
    phiscan-floor) cmd=("$phiscan" scan --detectors "$root/benches/floor" -j "$JOBS" --format jsonl --output /dev/null "$dir") ok="0" ;;
    # rg exits 0 on a match, 1 on none, 2 on error.
    rg4) cmd=("$rg" -c -uuu --no-unicode -j "$JOBS" -e "$ssn" -e "$date" -e "$mrn" -e "$icd" "$dir") ok="0 1" ;;
    # The floor pattern never matches: exit 0 would mean it did.
    rg-floor) cmd=("$rg" -uuu --no-unicode -j "$JOBS" -e "$never" "$dir") ok="1" ;;
    cat) cmd=(bash -o pipefail -c "$cat_script" cat-floor "$dir" "$JOBS") ok="0" ;;
    esac
}

# q ARGS...: the arguments as a copy-pasteable shell command, single-quoting
# only those that need it (printf %q escapes every regex metacharacter).
q() {
    local a out=()
    for a in "$@"; do
        if [[ $a =~ ^[A-Za-z0-9_./:=,+-]+$ ]]; then
            out+=("$a")
        else
            out+=("'${a//\'/\'\\\'\'}'")
        fi
    done
    echo "${out[*]}"
}

# show_cmd TOOL DIR: the command as one would type it.
show_cmd() {
    if [[ $1 == cat ]]; then
        echo "find $(q "$2") -type f -print0 | xargs -0 -P $JOBS cat >/dev/null"
    else
        set_cmd "$1" "$2"
        echo "$(q "${cmd[@]}") >/dev/null"
    fi
}

# run DEST TOOL DIR: one timed run; appends "seconds rss_kib" to $tmp/DEST.
# Wall time comes from bash's microsecond clock (GNU time's %e has only
# 10 ms resolution); peak RSS from GNU time's %M.
run() {
    local dest=$1 tool=$2 rc=0 t0 t1
    set_cmd "$tool" "$3"
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$tmp/rss" "${cmd[@]}" >/dev/null 2>"$tmp/err" || rc=$?
    t1=$EPOCHREALTIME
    if [[ " $ok " != *" $rc "* ]]; then
        echo "compare.sh: $tool exited $rc on $3 (expected one of: $ok):" >&2
        tail -n 20 "$tmp/err" >&2
        exit 1
    fi
    if [[ $tool == phiscan* && $rc == 0 ]]; then
        echo "compare.sh: warning: phiscan exited 0 (no findings) on $3, a tree full of synthetic PHI" >&2
    fi
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f", b - a}') $(tail -n 1 "$tmp/rss")" >>"$tmp/$dest"
}

# stats OUT BYTES: prints "median_mbps best_mbps peak_rss_mib median_s".
stats() {
    sort -n -k1,1 "$tmp/$1" | awk -v bytes="$2" '
        { t[NR] = $1; if ($2 > rss) rss = $2 }
        END {
            med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%.1f %.1f %.1f %.3f\n", bytes / med / 1e6, bytes / t[1] / 1e6, rss / 1024, med
        }'
}

# check VALUE OP LIMIT: "met" or "missed" (OP is >= or <=).
check() {
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
        ok = (op == ">=") ? (v + 0 >= l + 0) : (v + 0 <= l + 0)
        print ok ? "met" : "MISSED"
    }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'
}

# tree_size NAME: sets files and bytes of $trees_dir/NAME.
tree_size() {
    # printf: mawk prints sums above 2^31 as 4.29497e+09 with print.
    bytes=$(find "$trees_dir/$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.0f\n", s}')
    files=$(find "$trees_dir/$1" -type f | wc -l)
    ((bytes > 0)) || die "tree $trees_dir/$1 is empty"
}

# warm NAME [noscan]: reads every file so the timed runs hit the page
# cache, then (unless noscan) scans the tree once, untimed, to show what
# phiscan makes of it (findings, skipped files) in scan_note.
warm() {
    local dir=$trees_dir/$1 mem rc=0
    scan_note=
    mem=$(($(awk '/^MemAvailable:/ {print $2}' /proc/meminfo) * 1024))
    if ((bytes > mem * 8 / 10)); then
        echo "compare.sh: warning: tree '$1' ($bytes bytes) may not fit in the page cache ($mem bytes available); warm runs will read the disk" >&2
    fi
    echo "== warming the page cache for '$1'" >&2
    find "$dir" -type f -print0 | xargs -0 cat >/dev/null
    [[ ${2:-} != noscan ]] || return 0
    "$phiscan" scan -j "$JOBS" --format jsonl "$dir" 2>"$tmp/err" | tail -n 1 >"$tmp/summary" || rc=$?
    # With pipefail the pipeline's status is phiscan's (1 = findings).
    if ((rc > 1)); then
        echo "compare.sh: phiscan exited $rc on $dir:" >&2
        tail -n 20 "$tmp/err" >&2
        exit 1
    fi
    # The summary's top-level numbers (by_kind and the like are nested).
    local k v
    scan=()
    while IFS=: read -r k v; do
        scan[$k]=$v
    done < <(tr -d '"{}' <"$tmp/summary" | tr ',' '\n')
    scan_note="files ${scan[files]:-?}, bytes ${scan[bytes]:-?}, findings ${scan[findings]:-?}"
    scan_note+=", skipped ${scan[skipped]:-?}, complete ${scan[complete]:-?}"
    if [[ ${scan[findings]:-} == 0 ]]; then
        scan_note+=$'\n   WARNING: phiscan found nothing in a tree full of synthetic PHI; its speed here is not that of a working scan'
    fi
    if [[ ${scan[skipped]:-0} != 0 || ${scan[complete]:-} != true ]]; then
        scan_note+=$'\n   WARNING: phiscan did not scan everything (see its skipped and complete fields)'
    fi
}

# --- measure -------------------------------------------------------------
declare -A row scan
order=()

bench_tree() {
    local name=$1 dir=$trees_dir/$1 tools i k n t
    ensure_tree "$name"
    tree_size "$name"
    warm "$name"
    tools=(phiscan rg4 rg-floor cat phiscan-rg4 phiscan-floor)
    if [[ $name == mixed ]] && ((JOBS > 1)); then
        tools+=(phiscan-j1)
    fi
    n=${#tools[@]}
    echo "== tree '$name': timing $RUNS run(s) of ${tools[*]} over $files files, $bytes bytes" >&2
    for ((i = 0; i < RUNS; i++)); do
        # Interleaved, and the order rotates from run to run, so drift in
        # machine load and the position in a run hit every tool alike.
        for ((k = 0; k < n; k++)); do
            t=${tools[(k + i) % n]}
            run "$name.$t" "$t" "$dir"
        done
        echo "   run $((i + 1))/$RUNS done" >&2
    done
    if [[ $COLD == 1 && -z $cold_why ]]; then
        echo "== tree '$name': $RUNS cold run(s) each of phiscan and rg-floor" >&2
        for ((i = 0; i < RUNS; i++)); do
            drop_caches
            run "$name.phiscan.cold" phiscan "$dir"
            drop_caches
            run "$name.rg-floor.cold" rg-floor "$dir"
        done
    fi
    report_tree "$name"
    order+=("$name")
}

report_tree() {
    local name=$1 tool med best rss secs
    local -A m b r s
    for tool in phiscan rg4 rg-floor cat phiscan-rg4 phiscan-floor phiscan-j1; do
        [[ -f $tmp/$name.$tool ]] || continue
        read -r med best rss secs < <(stats "$name.$tool" "$bytes")
        m[$tool]=$med b[$tool]=$best r[$tool]=$rss s[$tool]=$secs
    done
    echo
    echo "== tree $name: $trees_dir/$name"
    echo "   $files files, $bytes bytes, seed $SEED; $(tail -n 1 "$trees_dir/$name.info")"
    echo "   phiscan (untimed warm-up scan): $scan_note"
    echo "   $RUNS run(s) each, warm cache, -j $JOBS"
    echo
    printf '%-12s %12s %12s %14s\n' tool "MB/s median" "MB/s best" "peak RSS MiB"
    for tool in phiscan rg4 rg-floor cat phiscan-rg4 phiscan-floor phiscan-j1; do
        [[ -n ${m[$tool]:-} ]] || continue
        local label=$tool
        if [[ $tool == phiscan-j1 ]]; then
            label="phiscan -j 1"
        fi
        printf '%-12s %12s %12s %14s\n' "$label" "${m[$tool]}" "${b[$tool]}" "${r[$tool]}"
    done
    echo
    local rg4_med rg4_best fl_med fl_best cat_med cat_best same_med same_best own_med own_best
    rg4_med=$(ratio "${m[phiscan]}" "${m[rg4]}") rg4_best=$(ratio "${b[phiscan]}" "${b[rg4]}")
    fl_med=$(ratio "${m[phiscan]}" "${m[rg-floor]}") fl_best=$(ratio "${b[phiscan]}" "${b[rg-floor]}")
    cat_med=$(ratio "${m[phiscan]}" "${m[cat]}") cat_best=$(ratio "${b[phiscan]}" "${b[cat]}")
    printf '%-22s %6sx median, %6sx best   target >= 1.00x: %s\n' \
        "phiscan/rg4" "$rg4_med" "$rg4_best" "$(check "$rg4_med" ">=" 1)"
    if [[ $name == mixed ]]; then
        printf '%-22s %6sx median, %6sx best   stretch >= 0.50x: %s\n' \
            "phiscan/rg-floor" "$fl_med" "$fl_best" "$(check "$fl_med" ">=" 0.5)"
    else
        printf '%-22s %6sx median, %6sx best\n' "phiscan/rg-floor" "$fl_med" "$fl_best"
    fi
    printf '%-22s %6sx median, %6sx best\n' "phiscan/cat" "$cat_med" "$cat_best"
    same_med=$(ratio "${m[phiscan-rg4]}" "${m[rg4]}") same_best=$(ratio "${b[phiscan-rg4]}" "${b[rg4]}")
    printf '%-22s %6sx median, %6sx best   (same four patterns: no target, shows what is left)\n' \
        "phiscan-rg4/rg4" "$same_med" "$same_best"
    own_med=$(ratio "${m[phiscan-floor]}" "${m[rg4]}") own_best=$(ratio "${b[phiscan-floor]}" "${b[rg4]}")
    printf '%-22s %6sx median, %6sx best   (nothing to find: an upper bound for phiscan/rg4)\n' \
        "phiscan-floor/rg4" "$own_med" "$own_best"
    printf '%-22s %7s MiB (rg4 %s MiB)        target <= 200 MiB: %s\n' \
        "phiscan peak RSS" "${r[phiscan]}" "${r[rg4]}" "$(check "${r[phiscan]}" "<=" 200)"
    if [[ -n ${m[phiscan-j1]:-} ]]; then
        local up want
        up=$(ratio "${s[phiscan-j1]}" "${s[phiscan]}")
        want=$(awk -v j="$JOBS" 'BEGIN {printf "%.2f", 0.9 * j}')
        printf '%-22s %6sx (median times)        target >= %sx: %s\n' \
            "speed-up -j 1 -> -j $JOBS" "$up" "$want" "$(check "$up" ">=" "$want")"
        speedup=$up
    fi
    if [[ $COLD == 1 ]]; then
        if [[ -n $cold_why ]]; then
            echo "cold cache: unavailable here: $cold_why"
        else
            local pc fc slow
            read -r pc _ _ _ < <(stats "$name.phiscan.cold" "$bytes")
            read -r fc _ _ _ < <(stats "$name.rg-floor.cold" "$bytes")
            slow=$(ratio "$fc" "$pc")
            printf '%-22s phiscan %s MB/s, rg-floor %s MB/s: phiscan takes %sx rg-floor'"'"'s time; target <= 1.10x: %s\n' \
                "cold cache (median)" "$pc" "$fc" "$slow" "$(check "$slow" "<=" 1.1)"
            cold_row[$name]="$pc $fc $slow"
        fi
    fi
    row[$name]="$files $bytes ${m[phiscan]} ${m[rg4]} ${m[rg-floor]} ${m[cat]} $rg4_med $fl_med $cat_med ${r[phiscan]} ${r[rg4]} $same_med $own_med"
}

declare -A cold_row
speedup=
for t in "${trees[@]}"; do
    bench_tree "$t"
done

# RSS check on the big tree: one phiscan run (peak RSS does not need more).
big_rss='' big_mbps=''
if [[ $RSS_4G == 1 ]]; then
    ensure_tree mixed4g
    tree_size mixed4g
    warm mixed4g noscan
    big_files=$files big_bytes=$bytes
    echo "== tree 'mixed4g': one phiscan run over $files files, $bytes bytes" >&2
    run mixed4g.phiscan phiscan "$trees_dir/mixed4g"
    read -r big_mbps _ big_rss _ < <(stats mixed4g.phiscan "$bytes")
fi

# --- report --------------------------------------------------------------
echo
echo "== RSS check: phiscan peak RSS, target <= 200 MiB"
if [[ -n ${row[mixed]:-} ]]; then
    read -r _ b _ _ _ _ _ _ _ prss _ <<<"${row[mixed]}"
    echo "   mixed   ($b bytes): $prss MiB: $(check "$prss" "<=" 200)"
else
    echo "   mixed: not measured (not in TREES)"
fi
if [[ $RSS_4G == 1 ]]; then
    echo "   mixed4g ($big_bytes bytes, $big_files files, 1 run, $big_mbps MB/s): $big_rss MiB: $(check "$big_rss" "<=" 200)"
else
    echo "   mixed4g: not run (set RSS_4G=1 to generate and scan a $BIG_MB MiB mixed tree)"
fi

echo
echo "== summary: MB/s are medians of $RUNS run(s), warm cache, -j $JOBS; RSS is peak MiB"
fmt='%-6s %7s %11s %8s %8s %8s %8s %7s %8s %7s %8s %8s %12s %14s\n'
# shellcheck disable=SC2059
printf "$fmt" "" "" "" phiscan rg4 rg-floor cat phiscan/ phiscan/ phiscan/ RSS RSS phiscan-rg4/ phiscan-floor/
# shellcheck disable=SC2059
printf "$fmt" tree files bytes MB/s MB/s MB/s MB/s rg4 rg-floor cat phiscan rg4 rg4 rg4
for name in "${order[@]}"; do
    # shellcheck disable=SC2059,SC2086
    printf "$fmt" "$name" ${row[$name]}
done
echo "targets: phiscan/rg4 >= 1.00x on every tree; phiscan/rg-floor >= 0.50x on mixed (stretch);"
echo "         phiscan RSS <= 200 MiB (mixed and 4 GiB mixed); speed-up -j 1 -> -j 2 >= 1.80x;"
echo "         cold cache: phiscan within 10% of the rg floor's time"
echo "phiscan-rg4: phiscan with rg4's four patterns as its only detectors (benches/rg4), nothing"
echo "         reported: the same matching job as rg4, to separate the engine from the work of"
echo "         every built-in detector (validation, context, names, findings); no target"
echo "phiscan-floor: phiscan with one detector that never matches (benches/floor): walk, read,"
echo "         extraction and one sweep with nothing to find: an upper bound for phiscan/rg4"
if [[ -n $speedup ]]; then
    want=$(awk -v j="$JOBS" 'BEGIN {printf "%.2f", 0.9 * j}')
    echo "speed-up -j 1 -> -j $JOBS on mixed: ${speedup}x (target >= ${want}x: $(check "$speedup" ">=" "$want"))"
fi
if [[ $COLD == 1 ]]; then
    if [[ -n $cold_why ]]; then
        echo "cold cache: unavailable here: $cold_why"
    else
        for name in "${order[@]}"; do
            read -r pc fc slow <<<"${cold_row[$name]}"
            echo "cold cache, $name: phiscan $pc MB/s, rg-floor $fc MB/s, time ratio ${slow}x (target <= 1.10x)"
        done
    fi
else
    echo "cold cache: not measured (set COLD=1)"
fi

echo
echo "commands (generator, then the timed tools; warm the page cache first, e.g. with the cat line):"
cmd_trees=("${order[@]}")
if [[ $RSS_4G == 1 ]]; then
    cmd_trees+=(mixed4g)
fi
for name in "${cmd_trees[@]}"; do
    dir=$trees_dir/$name
    echo "  # $name"
    echo "  $(q "$gen" --out "$dir") $(tree_args "$name") --seed $SEED"
    if [[ $name == mixed4g ]]; then
        echo "  $(show_cmd phiscan "$dir")"
        continue
    fi
    for tool in phiscan rg4 rg-floor cat phiscan-rg4 phiscan-floor; do
        echo "  $(show_cmd "$tool" "$dir")"
    done
    if [[ $name == mixed ]] && ((JOBS > 1)); then
        echo "  $(show_cmd phiscan-j1 "$dir")"
    fi
done
if [[ $COLD == 1 && -z $cold_why ]]; then
    echo "  # cold runs: before each phiscan and rg-floor run"
    echo "  sync; echo 3 >/proc/sys/vm/drop_caches"
fi
echo "  rg: $("$rg" --version | head -n 1)"
