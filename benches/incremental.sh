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

# One timed run: wall, CPU (user + system) and peak RSS, the child's own
# accounting through wait4 (CPU time is robust on a machine other work
# shares).
timed() {
python3 - "$@" <<'PY'
import os, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t0 = time.monotonic()
p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read().decode().strip()
_, _, ru = os.wait4(p.pid, 0)
print(f"{label}: {time.monotonic() - t0:.3f} s wall, {ru.ru_utime + ru.ru_stime:.3f} s cpu, "
      f"peak RSS {ru.ru_maxrss / 1024:.0f} MiB  ({err})")
PY
}
scan=("$PHISCAN" scan --format jsonl --state "$state" --output /dev/null "$dir/tree")
timed "first run " "${scan[@]}"
timed "second run" "${scan[@]}"
if command -v farm-bench >/dev/null; then
    farm-bench -n "$RUNS" --timeout 600 -- sh -c "exec ${scan[*]} 2>/dev/null"
fi

# State size: the file after the last run (its WAL is checkpointed into it).
sbytes=$(stat -c %s "$state")
python3 - "$state" "$sbytes" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
files, = db.execute("SELECT count(*) FROM files").fetchone()
clean, = db.execute("SELECT count(*) FROM files WHERE records = 0").fetchone()
finds, = db.execute("SELECT coalesce(sum(findings), 0) FROM records WHERE gone_run IS NULL").fetchone()
first, = db.execute("SELECT elapsed_ms FROM runs ORDER BY id LIMIT 1").fetchone()
last, = db.execute("SELECT elapsed_ms FROM runs ORDER BY id DESC LIMIT 1").fetchone()
size = int(sys.argv[2])
print(f"state: {size} bytes, {files} files ({clean} clean), {finds} findings: "
      f"{size / max(files, 1):.0f} bytes per file (findings included)")
print(f"in-process elapsed: first {first} ms, last {last} ms: ratio {first / max(last, 1):.1f}x")
PY

# State bytes per clean file: a tree of FILES small files with nothing to
# find, in 100 folders, scanned into a state of its own.
mkdir -p "$dir/clean"
python3 - "$dir/clean" "$FILES" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(root, f"folder-{i % 100:03d}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"meeting-notes-{i:06d}.txt"), "w") as f:
        f.write(f"agenda item {i}: budget review\n")
PY
cstate="$dir/clean.sqlite"
timed "clean first " "$PHISCAN" scan --state "$cstate" --output /dev/null "$dir/clean"
timed "clean second" "$PHISCAN" scan --state "$cstate" --output /dev/null "$dir/clean"
csize=$(stat -c %s "$cstate")
echo "clean state: $csize bytes for $FILES files: $((csize / FILES)) bytes per clean file (paths like $dir/clean/folder-000/meeting-notes-000000.txt)"
