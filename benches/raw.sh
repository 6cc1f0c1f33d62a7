#!/usr/bin/env bash
# Raw-disk benchmark (issue 20): phiscan and ripgrep on ~300 MiB ext4 and
# FAT32 images holding real system files as filler and the 52 synthetic
# clinic notes + 8 invalid-SSN decoys of `raw-notes` (17 notes deleted
# after imaging, 9 in zip/docx/gzip, 3 UTF-16LE), scored against the
# generator's manifest by benches/raw_score.py, with bulk_extractor 2.2.0's
# figures from the issue as a fixed reference row.
#
#   bash benches/raw.sh                      # build images, time, score
#   KEEP=1 RAW_DIR=/tmp/raw bash benches/raw.sh   # keep images for reuse
#
# Knobs: RAW_DIR (work dir; default mktemp -d), KEEP=1 (keep it), SEED (1),
# FILL_MB (250, filler per image), RUNS (3 timed runs per tool and image),
# IMAGES ("ext4 fat32"), PHISCAN_ARGS (the scan arguments before the image;
# default `scan --raw --format jsonl --show-values` when `phiscan scan
# --help` lists --raw, else the plain-file scan `scan --format jsonl
# --show-values --max-file-size 0`).
#
# No root, no mounts: images are built with `mkfs.ext4 -d`, `mkfs.vfat` +
# `mcopy`, notes deleted with `debugfs -w -R rm` and `mdel`. Nothing is
# written under the repository except cargo's target directory. Images are
# reused when RAW_DIR already holds them for the same seed, filler size
# and generator (a stamp file says which).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SEED=${SEED:-1}
FILL_MB=${FILL_MB:-250}
RUNS=${RUNS:-3}
IMAGES=${IMAGES:-"ext4 fat32"}
export MTOOLS_SKIP_CHECK=1

if [ -n "${RAW_DIR:-}" ]; then
    mkdir -p "$RAW_DIR"
    WORK=$RAW_DIR
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/phiscan-raw.XXXXXX")
fi
cleanup() {
    if [ "${KEEP:-}" = 1 ]; then
        echo "kept: $WORK" >&2
    elif [ -n "${RAW_DIR:-}" ]; then
        # A caller-given directory stays; what this script put there goes.
        rm -rf "$WORK"/{notes,stage,out,manifest.json,ext4.img,fat32.img,stamp}
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    echo "raw.sh: $1 is missing; installing $2 with apt-get" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q "$2" >/dev/null; else
        echo "raw.sh: not root; install $2 (apt-get install $2) and rerun" >&2
        exit 2
    fi
}
need rg ripgrep
need mkfs.ext4 e2fsprogs
need debugfs e2fsprogs
need mkfs.vfat dosfstools
need mcopy mtools
need python3 python3
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "== building (cargo build --release)" >&2
(cd "$ROOT" && cargo build --release -q && cargo build --release -q -p phiscan-gen --bin raw-notes)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
PHISCAN=$TARGET/release/phiscan
GEN=$TARGET/release/raw-notes
if [ -z "${PHISCAN_ARGS:-}" ]; then
    # grep without -q reads all of the help: an early exit would SIGPIPE
    # phiscan and, under pipefail, read as "no --raw".
    if "$PHISCAN" scan --help 2>/dev/null | grep -- --raw >/dev/null; then
        PHISCAN_ARGS="scan --raw --format jsonl --show-values"
    else
        PHISCAN_ARGS="scan --format jsonl --show-values --max-file-size 0"
    fi
fi
read -r -a PARGS <<<"$PHISCAN_ARGS"

# Patterns for ripgrep: the shapes a regex-only search would use. ASCII
# word boundaries and digits: a Unicode \b makes rg's DFA give up on the
# non-ASCII bytes of a raw image and run some 100x slower.
RG_SSN='(?-u:\b)[0-9]{3}-[0-9]{2}-[0-9]{4}(?-u:\b)'
RG_EMAIL='[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'
RG_PHONE='(\([0-9]{3}\) ?|(?-u:\b)[0-9]{3}[-.])[0-9]{3}[-.][0-9]{4}(?-u:\b)'

# ---- images (reused when the stamp matches) --------------------------------
# Bump IMAGE_VERSION when the image recipe below changes.
IMAGE_VERSION=1
STAMP="v$IMAGE_VERSION seed=$SEED fill_mb=$FILL_MB gen=$(cat "$ROOT"/gen/src/bin/raw-notes.rs "$ROOT"/gen/src/bin/corpus_gen/*.rs | sha256sum | cut -c1-16)"
if [ -f "$WORK/stamp" ] && [ "$(cat "$WORK/stamp")" = "$STAMP" ] && [ -f "$WORK/ext4.img" ] && [ -f "$WORK/fat32.img" ]; then
    echo "== reusing images in $WORK" >&2
else
    rm -rf "$WORK"/{notes,stage,out,manifest.json,ext4.img,fat32.img,stamp}
    echo "== notes: $GEN --seed $SEED" >&2
    "$GEN" --seed "$SEED" --out "$WORK/notes" --manifest "$WORK/manifest.json" >&2

    echo "== filler: ${FILL_MB} MiB of system files" >&2
    mkdir -p "$WORK/stage"
    # Regular readable files from three system trees, shuffled by a hash of
    # the path (the same machine always picks the same files), until the
    # block-rounded total reaches FILL_MB.
    python3 - "$FILL_MB" >"$WORK/filler.list" <<'EOF'
import hashlib, os, sys
budget = int(sys.argv[1]) << 20
cands = []
for top in ("/usr/share/doc", "/usr/share/locale"):
    for d, _, fs in os.walk(top):
        cands += [os.path.join(d, f) for f in fs]
lib = "/usr/lib/x86_64-linux-gnu"
if os.path.isdir(lib):
    cands += [os.path.join(lib, f) for f in os.listdir(lib) if ".so" in f]
cands.sort(key=lambda p: hashlib.sha256(p.encode()).digest())
total = 0
for p in cands:
    if os.path.islink(p) or not os.path.isfile(p) or not os.access(p, os.R_OK):
        continue
    size = (os.path.getsize(p) + 4095) // 4096 * 4096
    if total + size > budget:
        continue
    total += size
    sys.stdout.write(p + "\0")
EOF
    tar --null -T "$WORK/filler.list" -cf - 2>/dev/null | tar -xf - -C "$WORK/stage"
    rm -f "$WORK/filler.list"
    cp -r "$WORK/notes/." "$WORK/stage/"

    echo "== ext4: mkfs.ext4 -q -F -d stage ext4.img 300M" >&2
    mkfs.ext4 -q -F -d "$WORK/stage" "$WORK/ext4.img" 300M >&2
    echo "== fat32: mkfs.vfat -F 32 -C fat32.img 307200; mcopy -s" >&2
    mkfs.vfat -F 32 -C "$WORK/fat32.img" 307200 >/dev/null
    mcopy -s -Q -D o -i "$WORK/fat32.img" "$WORK/stage"/* ::/
    # Delete the notes of category "deleted" after imaging.
    python3 -c 'import json,sys
for n in json.load(open(sys.argv[1]))["notes"]:
    if n["category"] == "deleted": print(n["file"])' "$WORK/manifest.json" >"$WORK/deleted.list"
    while read -r f; do
        debugfs -w -R "rm /$f" "$WORK/ext4.img" >/dev/null 2>&1
        mdel -i "$WORK/fat32.img" "::/$f"
    done <"$WORK/deleted.list"
    echo "== deleted $(wc -l <"$WORK/deleted.list") notes from each image" >&2
    # The deleted notes must really be gone from the file systems' view.
    while read -r f; do
        if debugfs -R "stat /$f" "$WORK/ext4.img" 2>&1 | grep 'Inode:' >/dev/null ||
            mdir -b -i "$WORK/fat32.img" "::/$f" >/dev/null 2>&1; then
            echo "raw.sh: $f is still listed after deletion" >&2
            exit 1
        fi
    done <"$WORK/deleted.list"
    rm -rf "$WORK/stage" "$WORK/notes"
    echo "$STAMP" >"$WORK/stamp"
fi
mkdir -p "$WORK/out"

# ---- timing -----------------------------------------------------------------
# time_runs NAME OUT CMD...: one warm-up run (fills the page cache; its
# output is what gets scored), then RUNS timed runs under /usr/bin/time -v.
# Prints "median_wall max_rss_kib".
time_runs() {
    local name=$1 out=$2
    shift 2
    "$@" >"$out" 2>/dev/null || true
    local walls=() rss=0 i
    for ((i = 1; i <= RUNS; i++)); do
        /usr/bin/time -v -o "$WORK/out/$name.time" "$@" >/dev/null 2>&1 || true
        local w r
        w=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(j=1;j<=n;j++) s=s*60+a[j]; print s}' "$WORK/out/$name.time")
        r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/out/$name.time")
        walls+=("$w")
        if ((r > rss)); then rss=$r; fi
    done
    printf '%s\n' "${walls[@]}" | sort -g | awk -v rss="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], rss}'
}

ROWS=()
echo
echo "## Commands timed (each: 1 warm-up, then $RUNS runs; median wall, max peak RSS)"
echo
for img in $IMAGES; do
    IMG=$WORK/$img.img
    BYTES=$(stat -c %s "$IMG")
    echo "- \`$PHISCAN ${PARGS[*]} $IMG\`"
    read -r wall rss < <(time_runs "phiscan-$img" "$WORK/out/phiscan-$img.jsonl" "$PHISCAN" "${PARGS[@]}" "$IMG")
    ROWS+=("phiscan|$img|jsonl|$WORK/out/phiscan-$img.jsonl|$BYTES|$wall|$rss")
    echo "  - $img: ${wall}s wall, ${rss} KiB peak RSS, $BYTES bytes"
    echo "- \`rg -a -c -e '$RG_SSN' -e '$RG_EMAIL' -e '$RG_PHONE' $IMG\`"
    read -r wall rss < <(time_runs "rg-$img" "$WORK/out/rg-$img.count" rg -a -c -e "$RG_SSN" -e "$RG_EMAIL" -e "$RG_PHONE" "$IMG")
    echo "  - $img: ${wall}s wall, ${rss} KiB peak RSS"
    # The values ripgrep matched (untimed), one pattern per kind, to score.
    : >"$WORK/out/rg-$img.values"
    for kp in "ssn|$RG_SSN" "email|$RG_EMAIL" "phone|$RG_PHONE"; do
        rg -a -o --no-filename --no-line-number -e "${kp#*|}" "$IMG" | sed "s/^/${kp%%|*}\t/" >>"$WORK/out/rg-$img.values" || true
    done
    ROWS+=("ripgrep|$img|rg|$WORK/out/rg-$img.values|$BYTES|$wall|$rss")
done

echo
echo "## Results (seed $SEED; phiscan: \`${PARGS[*]}\`)"
echo
python3 "$ROOT/benches/raw_score.py" "$WORK/manifest.json" "${ROWS[@]}"
