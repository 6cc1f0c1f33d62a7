#!/usr/bin/env bash
# Start-up figures of `phiscan scan` for what a pre-commit hook hands it:
# an empty file, a one-line file, and five small files (one a .docx).
#
# Run from the repository root, after a release build:
#     cargo build --release && benches/startup.sh [RUNS]
# Optional: PHISCAN=path/to/phiscan (default target/release/phiscan).
#
# Each case runs the scanner and a baseline command (`cat` on the same
# files: the cost of starting any process and reading the files) in turn,
# RUNS times each (default 20) after one warm-up run, and prints the median
# wall and CPU (user + system) time of each, and the median of the per-pair
# ratios phiscan / baseline. Pairing keeps the ratio meaningful when the
# machine's speed drifts; quote medians, and run on an idle machine (a
# loaded one moves wall times, CPU times much less).
# Timing is done by python3 (os.wait4 for the child's own CPU accounting).
# This is a benchmark, not a test: it judges nothing.
set -euo pipefail
RUNS=${1:-20}
PHISCAN=${PHISCAN:-target/release/phiscan}
[ -x "$PHISCAN" ] || { echo "no $PHISCAN: cargo build --release first" >&2; exit 2; }
DOCX=corpus/generated/negatives/minutes/docx/minutes_00132.docx
[ -f "$DOCX" ] || { echo "run from the repository root ($DOCX missing)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
: >"$dir/empty.txt"
echo "hello world" >"$dir/one.txt"
mkdir "$dir/five"
cp "$DOCX" "$dir/five/a.docx"
printf 'Patient: John Smith\nDOB: 03/14/1961\n' >"$dir/five/b.txt"
printf 'fn main() {\n    println!("hi");\n}\n' >"$dir/five/c.rs"
printf '# Notes\nSee ticket 1234.\n' >"$dir/five/d.md"
printf 'name,phone\nAcme,555-0100\n' >"$dir/five/e.csv"
five=("$dir"/five/*)

python3 - "$RUNS" "$PHISCAN" "$dir/empty.txt" "$dir/one.txt" "${five[@]}" <<'PY'
import os, statistics, subprocess, sys, time

runs, phiscan = int(sys.argv[1]), sys.argv[2]
empty, one, five = sys.argv[3], sys.argv[4], sys.argv[5:]

def run(cmd):
    """Wall and CPU seconds of one run of cmd, output discarded."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    return wall, ru.ru_utime + ru.ru_stime

def case(name, files):
    a = [phiscan, "scan", *files]
    b = ["cat", *files]
    run(a); run(b)  # warm-up
    aw, ac, bw, bc, ratio = [], [], [], [], []
    for _ in range(runs):
        w1, c1 = run(a)
        w2, c2 = run(b)
        aw.append(w1); ac.append(c1); bw.append(w2); bc.append(c2)
        ratio.append(w1 / w2)
    ms = lambda v: f"{statistics.median(v) * 1000:7.2f}"
    print(f"{name:<10} phiscan wall {ms(aw)} ms  cpu {ms(ac)} ms | "
          f"cat wall {ms(bw)} ms  cpu {ms(bc)} ms | "
          f"wall ratio {statistics.median(ratio):6.1f}x")

print(f"median of {runs} runs; phiscan = {phiscan} scan FILES; baseline = cat FILES")
case("empty", [empty])
case("one-line", [one])
case("5 files", five)
PY
