#!/usr/bin/env bash
# A short run of every fuzz target on its seeds (about 20 s each by
# default), for CI: fails when a target crashes, hangs (10 s for one
# input) or uses more than 2 GiB. Needs a nightly toolchain and cargo-fuzz
# (see README.md). Usage:
#   fuzz/smoke.sh [SECONDS] [TARGET...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
secs=${1:-20}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(extract_any container structured engine pipeline)
"$here/seed.sh" "${targets[@]}" >/dev/null || exit 1
failed=()
for t in "${targets[@]}"; do
    log=$(mktemp)
    cargo +nightly fuzz run "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    echo "$t: ${secs}s, ${execs:-?} executions, exit $rc"
    if ((rc != 0)); then
        grep -E 'ERROR|SUMMARY|panicked|Test unit written|artifact' "$log" | head -20
        failed+=("$t")
    fi
    rm -f "$log"
done
((${#failed[@]} == 0)) || { echo "failed: ${failed[*]}" >&2; exit 1; }
