#!/usr/bin/env bash
# The pre-commit path (issue 18), timed as whole processes in one run:
#   - `phiscan scan --staged` on a repository of N files (default 10,000)
#     with 5 staged files, one of them a docx;
#   - the whole `git commit` with `phiscan hook install`'s hook, against
#     a plain `git commit` (no hook) in the same repository;
#   - start-up on an empty input (`phiscan scan - < /dev/null`);
#   - for comparison, when installed: detect-secrets-hook on the same 5
#     files, and `pre-commit run` with a no-op hook (the framework's own
#     cost).
# Prints the median wall time of RUNS runs of each, and ratios.
#
#   bash benches/hook.sh                 # 10,000-file repository
#   FILES=100000 bash benches/hook.sh    # cost must not grow with the repository
#
# Not part of CI (timings on shared machines are noisy); figures go in
# the closing notes with the command that made them.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${FILES:-10000}
RUNS=${RUNS:-15}
cargo build --release --quiet
bin=$PWD/target/release/phiscan
export PHISCAN_KEY=${PHISCAN_KEY:-bench-hook-key}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
git init -q -b main "$repo"
git -C "$repo" config user.email bench@example.org
git -C "$repo" config user.name bench
git -C "$repo" config commit.gpgsign false
python3 - "$repo" "$FILES" <<'EOF'
import os, sys
repo, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    d = os.path.join(repo, "docs", f"d{i // 500:03d}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"page{i:06d}.md"), "w") as f:
        f.write(f"# Page {i}\n\nMeeting notes, version {i % 7}. Nothing personal here.\n")
EOF
git -C "$repo" add -A
git -C "$repo" commit -q -m "tree"
# Five staged files: four text notes (one with PHI) and a docx.
for i in 1 2 3 4; do
    printf 'Visit summary %s\nFollow-up in two weeks.\n' "$i" > "$repo/docs/new$i.md"
done
printf 'Patient: Maria Lopez\nSSN: 212-09-1234\n' >> "$repo/docs/new4.md"
cp corpus/office/referral_00046.docx "$repo/docs/letter.docx"
git -C "$repo" add docs/new1.md docs/new2.md docs/new3.md docs/new4.md docs/letter.docx
staged=(docs/new1.md docs/new2.md docs/new3.md docs/new4.md docs/letter.docx)

median() { # command... : median wall seconds of RUNS runs (exit status ignored)
    python3 - "$RUNS" "$@" <<'EOF'
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
t = []
for _ in range(runs):
    s = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t.append(time.perf_counter() - s)
t.sort()
print(f"{t[len(t) // 2] * 1000:.1f}")
EOF
}

cd "$repo"
printf '%-52s %10s\n' "command ($FILES files, 5 staged, runs=$RUNS)" "median ms"
# Python's own cost of starting a process and waiting for it: every figure
# below includes it (about 5-7 ms here); farm-bench or hyperfine give the
# process alone.
floor=$(median true)
printf '%-52s %10s\n' "true (the timer's own spawn cost, in every row)" "$floor"
empty=$(median sh -c "exec '$bin' scan - < /dev/null")
printf '%-52s %10s\n' "phiscan scan - < /dev/null (start-up)" "$empty"
staged_ms=$(median "$bin" scan --staged)
printf '%-52s %10s\n' "phiscan scan --staged" "$staged_ms"
# A commit that the hook refuses leaves nothing to undo: timed as is.
plain=$(median git -c core.hooksPath=/dev/null commit -q --dry-run -m x)
printf '%-52s %10s\n' "git commit --dry-run, no hook" "$plain"
"$bin" hook install . > /dev/null
hooked=$(median git commit -q -m x)
printf '%-52s %10s\n' "git commit with phiscan's hook (blocked)" "$hooked"
"$bin" hook uninstall . > /dev/null
if command -v detect-secrets-hook > /dev/null; then
    ds=$(median detect-secrets-hook "${staged[@]}")
    printf '%-52s %10s\n' "detect-secrets-hook on the 5 files" "$ds"
    python3 -c "print(f'{\"ratio phiscan --staged / detect-secrets-hook\":<52} {$staged_ms / $ds:10.3f}')"
fi
if command -v pre-commit > /dev/null; then
    cat > .pre-commit-config.yaml <<'EOF'
repos:
  - repo: local
    hooks:
      - id: noop
        name: no-op
        entry: "true"
        language: system
        pass_filenames: false
EOF
    pc=$(median pre-commit run noop)
    printf '%-52s %10s\n' "pre-commit run (a no-op hook)" "$pc"
    python3 -c "print(f'{\"ratio phiscan --staged / pre-commit no-op\":<52} {$staged_ms / $pc:10.3f}')"
fi
