#!/usr/bin/env bash
# How fast the morning report (`--format html`) of a large scan opens in
# Chromium (issue 19 target: under 2 s for 1,000,000 files and 100,000
# findings).
#
# Run from the repository root:
#     bash benches/html.sh [RUNS]
# Optional: CHROMIUM=path (default: chromium on PATH).
#
# The page is written by the ignored unit test `report::html::tests::bench_page`,
# which feeds the HTML sink synthetic records directly (a summary of
# 1,000,000 files, 100,000 findings in 40,000 files over 8,000 folders):
# scanning a real million-file tree would time the scanner, not the page.
# Then `chromium --headless=new --dump-dom` opens the page RUNS times
# (default 5) and the median wall time is printed, beside the median for
# an empty page (the browser's own start-up), and the difference: the
# time the report itself costs to load, parse, lay out and run its script.
# This is a benchmark, not a test: it judges nothing but prints whether
# the page's script ran cleanly (data-script="ok").
set -euo pipefail
RUNS=${1:-5}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || { echo "no chromium on PATH (apt-get install chromium)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
PHISCAN_HTML_BENCH_OUT="$dir/report.html" cargo test --release --quiet --lib \
    report::html::tests::bench_page -- --ignored --exact --nocapture 2>&1 | grep 'bench page' || true
[ -s "$dir/report.html" ] || { echo "the bench page was not written" >&2; exit 1; }
echo '<!DOCTYPE html><html><head><title>empty</title></head><body></body></html>' > "$dir/empty.html"
echo "page: $(stat -c %s "$dir/report.html") bytes"

open_ms() { # page -> wall milliseconds of one --dump-dom
    local t0 t1
    t0=$(date +%s%N)
    "$CHROMIUM" --headless=new --disable-gpu --no-sandbox --no-first-run \
        --user-data-dir="$dir/profile" --dump-dom "file://$1" > "$dir/dom" 2> /dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }

open_ms "$dir/empty.html" > /dev/null # warm-up: profile and page cache
report=() empty=()
for _ in $(seq "$RUNS"); do
    empty+=("$(open_ms "$dir/empty.html")")
    report+=("$(open_ms "$dir/report.html")")
done
grep -q 'data-script="ok"' "$dir/dom" && echo "script: ok" || echo "script: DID NOT FINISH"
grep -o '<svg class="chart"' "$dir/dom" | wc -l | sed 's/^/charts: /'
m_report=$(printf '%s\n' "${report[@]}" | median)
m_empty=$(printf '%s\n' "${empty[@]}" | median)
echo "runs: $RUNS; report ms: ${report[*]}; empty page ms: ${empty[*]}"
echo "median wall, chromium --dump-dom: report ${m_report} ms, empty page ${m_empty} ms, report's own cost $((m_report - m_empty)) ms"
