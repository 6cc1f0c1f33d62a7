#!/usr/bin/env bash
# Office documents written by real office software (LibreOffice), from
# documents of the generated corpus, with their truth. Run once; the output
# is committed so CI needs no LibreOffice:
#
#   apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
#   bash corpus/office/make.sh
#
# Text notes and letters become docx, odt and pdf (Writer); CSV exports
# become xlsx and ods (Calc, every column imported as text, so values keep
# the form they have in the CSV). truth.jsonl is the source documents'
# truth with each value's new path and the member chain phiscan reports.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=corpus/office
src=corpus/generated
texts=(
  clinic/letters/referral_00008.txt
  clinic/letters/referral_00046.txt
  clinic/notes/2019/progress_note_00198.txt
  clinic/notes/2019/chart_printout_00009.txt
  hospital/discharge/2021/discharge_summary_00208.txt
)
tables=(
  exports/csv/patients_00057.csv
  exports/csv/encounters_00072.csv
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$out"/*.docx "$out"/*.odt "$out"/*.pdf "$out"/*.xlsx "$out"/*.ods
for t in "${texts[@]}"; do
  cp "$src/$t" "$work/"
  f="$work/$(basename "$t")"
  soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$f" >/dev/null
  soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to odt --outdir "$out" "$f" >/dev/null
  soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to pdf:writer_pdf_Export --outdir "$out" "$f" >/dev/null
done
for t in "${tables[@]}"; do
  cp "$src/$t" "$work/"
  f="$work/$(basename "$t")"
  cols=$(head -1 "$f" | awk -F, '{for (i = 1; i <= NF; i++) printf "%s%d/2", (i > 1 ? "/" : ""), i}')
  soffice --headless --infilter="CSV:44,34,76,1,$cols" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" "$f" >/dev/null
  soffice --headless --infilter="CSV:44,34,76,1,$cols" --convert-to ods --outdir "$out" "$f" >/dev/null
done
python3 - "$src" "$out" "${texts[@]}" -- "${tables[@]}" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
cut = rest.index("--")
texts, tables = rest[:cut], rest[cut + 1:]
truth = [json.loads(l) for l in open(os.path.join(src, "truth.jsonl"))]
def rel(p):
    return p.split(src + "/", 1)[1] if (src + "/") in p else p
lines = []
for group, forms in ((texts, [("docx", ["word/document.xml"]), ("odt", ["content.xml"]), ("pdf", [])]),
                     (tables, [("xlsx", ["xl/worksheets/sheet1.xml"]), ("ods", ["content.xml"])])):
    for t in group:
        stem = os.path.splitext(os.path.basename(t))[0]
        for ext, inner in forms:
            for v in truth:
                if rel(v["path"]) == t:
                    lines.append({"path": f"{out}/{stem}.{ext}", "inner": inner, "kind": v["kind"], "value": v["value"]})
with open(os.path.join(out, "truth.jsonl"), "w") as f:
    for l in lines:
        f.write(json.dumps(l, separators=(",", ":")) + "\n")
print(f"{len(lines)} truth lines")
PY
ls -la "$out"
