#!/usr/bin/env bash
# End-to-end comparison of phiscan (all detectors) against ripgrep with the
# same four-pattern PHI set, on the same generated tree, in one run, so the
# ratio is meaningful on a shared, noisy machine where absolute MB/s is not.
#
# Env: SIZE_MB (tree size, default 200), RUNS (timed runs per tool, default
# 3), SEED (generator seed, default 1), JOBS (threads for both, default 2).
# Prints MB/s (10^6 bytes/s, median and best of RUNS) and peak RSS of each
# tool, the phiscan/rg throughput ratio, and the exact commands.
set -euo pipefail

SIZE_MB=${SIZE_MB:-200}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
JOBS=${JOBS:-2}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
tree=$target_dir/bench-tree
stamp=$target_dir/bench-tree.stamp
phiscan=$target_dir/release/phiscan
gen=$target_dir/release/examples/gen_tree

die() {
    echo "compare.sh: $*" >&2
    exit 1
}

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$RUNS')"
[[ $SIZE_MB =~ ^[1-9][0-9]*$ ]] || die "SIZE_MB must be a positive integer (got '$SIZE_MB')"
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

echo "== building the tree generator (cargo build --release --example gen_tree)" >&2
cargo build --release --example gen_tree >&2 || die "benches/gen_tree.rs failed to compile"

if ! command -v rg >/dev/null 2>&1; then
    echo "== rg not found; installing with cargo install ripgrep --locked" >&2
    cargo install ripgrep --locked >&2 || die "cargo install ripgrep --locked failed"
fi
rg=$(command -v rg || true)
[[ -n $rg ]] || rg=${CARGO_HOME:-$HOME/.cargo}/bin/rg
[[ -x $rg ]] || die "rg is not on PATH after installing; add ~/.cargo/bin to PATH"

# --- tree ----------------------------------------------------------------
# Regenerate when size, seed or the generator's source changed.
want="size_mb=$SIZE_MB seed=$SEED gen=$(cksum <benches/gen_tree.rs | cut -d' ' -f1)"
if [[ ! -d $tree || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    echo "== generating $SIZE_MB MiB tree in $tree (seed $SEED)" >&2
    rm -rf "$tree" "$stamp"
    "$gen" --out "$tree" --size-mb "$SIZE_MB" --seed "$SEED" >&2
    echo "$want" >"$stamp"
fi
bytes=$(find "$tree" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
files=$(find "$tree" -type f | wc -l)
((bytes > 0)) || die "tree $tree is empty"

echo "== warming the page cache" >&2
find "$tree" -type f -print0 | xargs -0 cat >/dev/null

# --- commands ------------------------------------------------------------
ssn='\b\d{3}-\d{2}-\d{4}\b'
date='\b\d{1,2}/\d{1,2}/\d{4}\b'
mrn='MRN[:# ]*\d{6,10}'
icd='\b[A-TV-Z]\d[0-9AB](\.[0-9A-Z]{1,4})?\b'
phiscan_cmd=("$phiscan" scan -j "$JOBS" --format jsonl --output /dev/null "$tree")
rg_cmd=("$rg" -c -uuu --no-unicode -j "$JOBS" -e "$ssn" -e "$date" -e "$mrn" -e "$icd" "$tree")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME OKCODES CMD...: one timed run; appends "seconds rss_kib" to
# $tmp/NAME. Wall time comes from bash's microsecond clock (GNU time's %e
# has only 10 ms resolution); peak RSS from GNU time's %M.
run() {
    local name=$1 ok=$2 rc=0 t0 t1
    shift 2
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || rc=$?
    t1=$EPOCHREALTIME
    if [[ " $ok " != *" $rc "* ]]; then
        echo "compare.sh: $name exited $rc (expected one of: $ok):" >&2
        tail -n 20 "$tmp/err" >&2
        exit 1
    fi
    echo "$rc" >"$tmp/$name.rc"
    echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f", b - a}') $(tail -n 1 "$tmp/rss")" >>"$tmp/$name"
}

# Interleave the tools so drift in machine load hits both alike.
echo "== timing $RUNS run(s) each over $files files, $bytes bytes" >&2
for ((i = 1; i <= RUNS; i++)); do
    # phiscan exits 1 when it finds PHI (expected here), 2 on error.
    run phiscan "0 1" "${phiscan_cmd[@]}"
    # rg exits 0 on a match, 1 on none, 2 on error.
    run rg "0 1" "${rg_cmd[@]}"
    echo "   run $i/$RUNS done" >&2
done
[[ $(cat "$tmp/phiscan.rc") == 1 ]] ||
    echo "compare.sh: warning: phiscan exited 0 (no findings) on a tree full of synthetic PHI" >&2

# stats NAME: prints "median_mbps best_mbps peak_rss_mib".
stats() {
    sort -n -k1,1 "$tmp/$1" | awk -v bytes="$bytes" '
        { t[NR] = $1; if ($2 > rss) rss = $2 }
        END {
            med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%.1f %.1f %.1f\n", bytes / med / 1e6, bytes / t[1] / 1e6, rss / 1024
        }'
}
read -r p_med p_best p_rss < <(stats phiscan)
read -r r_med r_best r_rss < <(stats rg)

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
echo
echo "tree: $tree ($files files, $bytes bytes, seed $SEED), $RUNS run(s) each, warm cache, -j $JOBS"
echo
printf '%-10s %12s %12s %14s\n' tool "MB/s median" "MB/s best" "peak RSS MiB"
printf '%-10s %12s %12s %14s\n' phiscan "$p_med" "$p_best" "$p_rss"
printf '%-10s %12s %12s %14s\n' rg "$r_med" "$r_best" "$r_rss"
echo
awk -v pm="$p_med" -v rm="$r_med" -v pb="$p_best" -v rb="$r_best" -v pr="$p_rss" -v rr="$r_rss" 'BEGIN {
    printf "ratio phiscan/rg throughput: %.2fx (median), %.2fx (best); target >= 0.50x\n", pm / rm, pb / rb
    printf "ratio phiscan/rg peak RSS:   %.2fx\n", pr / rr
}'
echo
echo "commands:"
echo "  $(q "${phiscan_cmd[@]}") >/dev/null"
echo "  $(q "${rg_cmd[@]}") >/dev/null"
echo "  rg: $("$rg" --version | head -n 1)"
