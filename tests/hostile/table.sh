#!/usr/bin/env bash
# Runs the hostile-input suite (tests/hostile) against the release binary
# and prints its table: case -> outcome -> wall time -> peak RSS.
# Usage: bash tests/hostile/table.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
table=$(mktemp)
trap 'rm -f "$table"' EXIT
PHISCAN_HOSTILE_TABLE=$table cargo test --release --locked --test main hostile:: -- --test-threads=1 >&2
echo "| case | outcome | wall | peak RSS |"
echo "|---|---|---|---|"
sort "$table"
