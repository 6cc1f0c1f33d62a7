#!/usr/bin/env bash
# Seeds each fuzz target's corpus (fuzz/corpus/TARGET, not committed) from
# the repository's corpus/ and tests/fixtures: small files only, copied
# under their content hash (so running it twice adds nothing). Usage:
#   fuzz/seed.sh [TARGET...]      (default: every target)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

# add TARGET MAX_BYTES [find predicates...]: copies matching files below
# corpus/ and tests/fixtures of at most MAX_BYTES into the target's corpus.
add() {
    local target=$1 max=$2
    shift 2
    local dir="$here/corpus/$target" n=0
    mkdir -p "$dir"
    while IFS= read -r -d '' f; do
        local size
        size=$(stat -c %s "$f")
        ((size > 0 && size <= max)) || continue
        local h
        h=$(sha1sum "$f" | cut -c1-40)
        [[ -e "$dir/$h" ]] || { cp "$f" "$dir/$h"; n=$((n + 1)); }
    done < <(find corpus tests/fixtures -type f "$@" -print0)
    echo "$target: $n new seeds, $(ls "$dir" | wc -l) in $dir"
}

# Text the structured readers and the engine take (not binary containers).
text=( \( -iname '*.hl7' -o -iname '*.json' -o -iname '*.jsonl' -o -iname '*.ndjson'
    -o -iname '*.xml' -o -iname '*.csv' -o -iname '*.tsv' -o -iname '*.txt' -o -iname '*.log'
    -o -iname '*.md' -o -iname '*.eml' -o -iname '*.mbox' -o -iname '*.html' -o -iname '*.rtf'
    -o -iname '*.ged' -o -iname '*.psv' -o -iname '*.dat' \) )

# add_container MAX_BYTES: the container target's seeds are the files of a
# container format, each behind the byte that picks its reader (the order
# of FORMATS in fuzz_targets/container.rs).
add_container() {
    local max=$1 dir="$here/corpus/container" n=0
    mkdir -p "$dir"
    while IFS= read -r -d '' f; do
        local size pick
        size=$(stat -c %s "$f")
        ((size > 0 && size <= max)) || continue
        case ${f,,} in
            *.zip | *.docx | *.xlsx | *.pptx | *.odt | *.ods | *.odp | *.epub) pick=0 ;;
            *.gz | *.tgz) pick=1 ;;
            *.bz2) pick=2 ;;
            *.xz) pick=3 ;;
            *.zst) pick=4 ;;
            *.tar) pick=5 ;;
            *.pdf) pick=6 ;;
            *.doc | *.xls | *.ppt | *.msg) pick=7 ;;
            *.rtf) pick=8 ;;
            *.html | *.htm) pick=9 ;;
            *.xml) pick=10 ;;
            *.eml) pick=11 ;;
            *.mbox) pick=12 ;;
            *.dcm) pick=13 ;;
            *) continue ;;
        esac
        local tmp h
        tmp=$(mktemp)
        { printf "\\$(printf '%03o' "$pick")"; cat "$f"; } >"$tmp"
        h=$(sha1sum "$tmp" | cut -c1-40)
        if [[ -e "$dir/$h" ]]; then rm -f "$tmp"; else mv "$tmp" "$dir/$h"; n=$((n + 1)); fi
    done < <(find corpus tests/fixtures -type f -print0)
    echo "container: $n new seeds, $(ls "$dir" | wc -l) in $dir"
}

targets=("$@")
((${#targets[@]})) || targets=(extract_any container structured engine pipeline)
for t in "${targets[@]}"; do
    case $t in
        # Every format: containers, clinical text, plain text.
        extract_any | pipeline) add "$t" $((256 << 10)) ;;
        container) add_container $((256 << 10)) ;;
        structured) add "$t" $((128 << 10)) "${text[@]}" ;;
        engine) add "$t" $((64 << 10)) "${text[@]}" ;;
        *) echo "unknown target $t" >&2; exit 2 ;;
    esac
done
