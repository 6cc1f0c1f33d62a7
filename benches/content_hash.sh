#!/usr/bin/env bash
# The inventory's content hash (`scan --state`, issue 19): a second run
# after every file of a generated tree was touched (same bytes, new mtime
# and ctime: each file is read to hash it, none is scanned) against a
# `--full` run; and a tree of 2,000 copies of 10 files, scanned without a
# state (every copy scanned) and with one (identical content scanned once).
#
# Run from the repository root, after a release build:
#     cargo build --release && benches/content_hash.sh
# Optional: PHISCAN, GEN_TREE (paths), KEEP=1 keeps the trees, PARTS
# ("touch copies" by default: which of the two to run).
# Timed once each with /usr/bin/time. Page cache: warm throughout (the
# trees were just written); the ratio is scan work saved, not disk.
# This is a benchmark, not a test: it judges nothing.
set -euo pipefail
PHISCAN=$(realpath "${PHISCAN:-target/release/phiscan}")
GEN_TREE=$(realpath "${GEN_TREE:-target/release/gen-tree}")
export PHISCAN_KEY=${PHISCAN_KEY:-k}
dir=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$dir"' EXIT
cd "$dir"
"$GEN_TREE" --out tree --files 20000 --size-mb 1024 --seed 19 >/dev/null
t() { label=$1; shift; /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB max RSS" "$@" || true; }

PARTS=${PARTS:-touch copies}

if [[ $PARTS == *touch* ]]; then
    scan=("$PHISCAN" scan --format jsonl --state S --output /dev/null tree)
    t "first run" "${scan[@]}"
    find tree -type f -exec touch {} +
    t "after touch" "${scan[@]}"
    t "unchanged" "${scan[@]}"
    t "--full" "${scan[@]}" --full
fi
[[ $PARTS == *copies* ]] || exit 0

# 2,000 copies of 10 files (two sets: a mix with dense archives and
# spreadsheets, and ten text files).
first() { find tree -name "*.$1" | sort | sed -n "1,$2p"; }
mix=$(first zip 2; first docx 2; first xlsx 2; first txt 4)
text=$(first txt 10)
for set in mix text; do
    mkdir "$set"
    for i in $(seq -w 0 1999); do
        mkdir "$set/c$i"
        # shellcheck disable=SC2086
        cp ${!set} "$set/c$i/"
    done
    t "copies ($set), no state" "$PHISCAN" scan --format jsonl --output /dev/null "$set"
    t "copies ($set), --state" "$PHISCAN" scan --format jsonl --state "$set.sqlite" \
        --output /dev/null "$set"
done
