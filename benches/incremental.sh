#!/usr/bin/env bash
# Incremental scans with an inventory (`scan --state`): the first run of a
# generated tree against the second run of the same, unchanged tree, and
# the state's size per clean file (issue 19 targets: >= 20x on 1 GB /
# 20k files, >= 50x on 100k files, <= 300 bytes per clean file).
#
# Run from the repository root, after a release build:
#     cargo build --release && benches/incremental.sh [SIZE_MB] [FILES]
# Defaults: 1024 MiB in 20000 files. Optional: PHISCAN, GEN_TREE (paths),
# RUNS (second-run repetitions, default 5), KEEP=1 keeps the tree.
#
# The first run is timed once (each repeat would need a fresh state);
# the second run is timed with farm-bench when present (median of RUNS),
# else once with python3. Page cache: the first run reads the tree just
# written, so it is warm for both; the ratio is scan work saved, not disk.
# This is a benchmark, not a test: it judges nothing.
set -euo pipefail
SIZE_MB=${1:-1024}
FILES=${2:-20000}
RUNS=${RUNS:-5}
PHISCAN=${PHISCAN:-target/release/phiscan}
GEN_TREE=${GEN_TREE:-target/release/gen-tree}
for b in "$PHISCAN" "$GEN_TREE"; do
    [ -x "$b" ] || { echo "no $b: cargo build --release first" >&2; exit 2; }
done
PHISCAN=$(realpath "$PHISCAN")
export PHISCAN_KEY=${PHISCAN_KEY:-incremental-bench-key-0123456789abcdef}

dir=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$dir"' EXIT
"$GEN_TREE" --out "$dir/tree" --files "$FILES" --size-mb "$SIZE_MB" --seed 19 >/dev/null
state="$dir/state.sqlite"
nfiles=$(find "$dir/tree" -type f | wc -l)
bytes=$(du -sb "$dir/tree" | cut -f1)
echo "tree: $nfiles files, $bytes bytes ($dir/tree)"

python3 - "$PHISCAN" "$dir/tree" "$state" <<'PY'
import os, subprocess, sys, time
phiscan, tree, state = sys.argv[1:4]
t0 = time.monotonic()
p = subprocess.Popen([phiscan, "scan", "--format", "jsonl", "--state", state,
                      "--output", "/dev/null", tree], stderr=subprocess.PIPE)
_, err = p.communicate()
print(f"first run: {time.monotonic() - t0:.3f} s wall  ({err.decode().strip()})")
PY

second=(sh -c "exec $PHISCAN scan --format jsonl --state $state --output /dev/null $dir/tree 2>/dev/null")
if command -v farm-bench >/dev/null; then
    farm-bench -n "$RUNS" --timeout 600 -- "${second[@]}"
else
    python3 - "${second[@]}" <<'PY'
import subprocess, sys, time
t0 = time.monotonic(); subprocess.run(sys.argv[1:]); print(f"second run: {time.monotonic()-t0:.3f} s wall")
PY
fi
"$PHISCAN" scan --format jsonl --state "$state" --output /dev/null "$dir/tree"

# State size: the file after the last run (its WAL is checkpointed into it).
sbytes=$(stat -c %s "$state")
python3 - "$state" "$sbytes" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
files, = db.execute("SELECT count(*) FROM files").fetchone()
clean, = db.execute("SELECT count(*) FROM files WHERE records = 0").fetchone()
finds, = db.execute("SELECT count(*) FROM findings WHERE gone_run IS NULL").fetchone()
first, = db.execute("SELECT elapsed_ms FROM runs ORDER BY id LIMIT 1").fetchone()
last, = db.execute("SELECT elapsed_ms FROM runs ORDER BY id DESC LIMIT 1").fetchone()
size = int(sys.argv[2])
print(f"state: {size} bytes, {files} files ({clean} clean), {finds} findings: "
      f"{size / max(files, 1):.0f} bytes per file (findings included)")
print(f"in-process elapsed: first {first} ms, last {last} ms: ratio {first / max(last, 1):.1f}x")
PY
