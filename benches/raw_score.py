#!/usr/bin/env python3
"""Scores the raw-disk benchmark (benches/raw.sh, issue 20) against the
manifest that `raw-notes` wrote: recall per kind and per category (live,
deleted, compressed, UTF-16), decoys reported, MB/s and peak RSS, printed
as markdown tables with bulk_extractor 2.2.0's figures from the issue as a
fixed reference row.

Standard library only, so the bench runs wherever python3 does.

    raw_score.py MANIFEST ROW [ROW ...]

Each ROW is one string of seven fields separated by '|', tool, image,
format, file, image bytes, wall seconds, peak RSS KiB:
`phiscan|ext4|jsonl|FILE|BYTES|WALL_S|RSS_KIB` or
`ripgrep|fat32|rg|FILE|BYTES|WALL_S|RSS_KIB`. A `jsonl` file holds
phiscan's findings (`--format jsonl --show-values`); an `rg` file holds
lines `KIND<TAB>VALUE` from `rg -a -o` with one pattern per kind.

Matching compares normalized values, never raw text in the output:
digits only for SSN, phone (a leading country code 1 dropped) and MRN
(letters kept, upper-cased); lower case for e-mail; names as phiscan's
`findings::normalize` does (first word and last word, upper case;
`Last, First` reversed); dates of birth alphanumerics lower-cased. A
planted value is found when a finding of the same kind (phone or fax for
a phone) has the same normalized value; values are unique per note, so
the value places the finding in its note and so its category. A decoy is
reported when any finding's digits equal the decoy's.
"""

import json
import re
import sys

KINDS = ["ssn", "name", "dob", "mrn", "phone", "email"]
CATEGORIES = ["live", "deleted", "compressed", "utf16"]
# Finding kinds that count for a planted kind.
ALIASES = {"phone": {"phone", "fax"}}

# bulk_extractor 2.2.0 as measured in issue 20's anchor (not re-run here:
# it is not packaged for Debian).
BULK_EXTRACTOR = {
    "tool": "bulk_extractor 2.2.0 (issue 20, not re-run)",
    "ssn": "20/52 (30/52 ssn_mode=1)",
    "name": "-",
    "dob": "-",
    "mrn": "-",
    "phone": "49/52",
    "email": "52/52",
    "decoys": "0/8 (8/8 ssn_mode=1)",
    "mbs": "4-10",
    "rss": "180-230",
}


def digits(v):
    return "".join(c for c in v if c.isdigit())


def norm(kind, value):
    """The normalized form of `value` as a `kind` (see module doc)."""
    if kind == "ssn":
        return digits(value)
    if kind in ("phone", "fax"):
        d = digits(value)
        return d[1:] if len(d) == 11 and d.startswith("1") else d
    if kind == "email":
        return value.strip().lower()
    if kind == "name":
        m = re.search(r"[\^,]", value)
        if m:
            first, last = value[m.end():], value[: m.start()]
        else:
            first = last = value
        words = lambda s: [w for w in re.split(r"[^A-Za-z'\-]+", s) if w]
        fw, lw = words(first), words(last)
        return "%s %s" % (fw[0].upper() if fw else "", lw[-1].upper() if lw else "")
    if kind == "dob":
        return "".join(c for c in value if c.isalnum()).lower()
    return "".join(c for c in value if c.isalnum()).upper()


def load_findings(fmt, path):
    """(kind, value) pairs from phiscan's JSONL or the rg value file."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            if fmt == "rg":
                kind, _, value = line.partition("\t")
                out.append((kind, value))
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if isinstance(d, dict) and "kind" in d and isinstance(d.get("value"), str):
                out.append((d["kind"], d["value"]))
    return out


def score(manifest, fmt, path):
    """Found counts per (kind, category), decoys reported, other findings."""
    found_keys = set()
    all_digits = set()
    for kind, value in load_findings(fmt, path):
        for k in KINDS:
            if kind == k or kind in ALIASES.get(k, ()):
                found_keys.add((k, norm(k, value)))
        all_digits.add(digits(value))
    hits = {(k, c): 0 for k in KINDS for c in CATEGORIES}
    planted = {c: 0 for c in CATEGORIES}
    planted_keys = set()
    for n in manifest["notes"]:
        c = n["category"]
        planted[c] += 1
        for k in KINDS:
            key = (k, norm(k, n["values"][k]))
            planted_keys.add(key)
            if key in found_keys:
                hits[(k, c)] += 1
    decoys = sum(1 for d in manifest["decoys"] if digits(d["ssn"]) in all_digits)
    return hits, planted, decoys, len(found_keys - planted_keys)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    total = len(manifest["notes"])
    ndecoys = len(manifest["decoys"])
    rows = []
    for spec in argv[2:]:
        tool, image, fmt, path, size, wall, rss = spec.split("|")
        hits, planted, decoys, other = score(manifest, fmt, path)
        wall = float(wall)
        rows.append((tool, image, fmt, hits, planted, decoys, other,
                     int(size) / 1e6 / wall if wall > 0 else 0.0,
                     int(rss) / 1024.0))

    print("| tool | image | " + " | ".join(KINDS) + " | decoys reported | other values | MB/s | peak RSS MiB |")
    print("|---|---|" + "---|" * len(KINDS) + "---|---|---|---|")
    for tool, image, fmt, hits, planted, decoys, other, mbs, rss in rows:
        cells = []
        for k in KINDS:
            if fmt == "rg" and k in ("name", "dob", "mrn"):
                cells.append("-")
            else:
                cells.append("%d/%d" % (sum(hits[(k, c)] for c in CATEGORIES), total))
        print("| %s | %s | %s | %d/%d | %d | %.0f | %.0f |"
              % (tool, image, " | ".join(cells), decoys, ndecoys, other, mbs, rss))
    b = BULK_EXTRACTOR
    print("| %s | ext4, FAT32 | %s | %s | - | %s | %s |" % (
        b["tool"], " | ".join(b[k] for k in KINDS), b["decoys"], b["mbs"], b["rss"]))

    print()
    print("Recall per category (found/planted, all six kinds: " + ", ".join(KINDS) + ")")
    print()
    print("| tool | image | " + " | ".join(
        "%s (%d notes)" % (c, planted) for c, planted in
        ((c, sum(1 for n in manifest["notes"] if n["category"] == c)) for c in CATEGORIES)) + " |")
    print("|---|---|" + "---|" * len(CATEGORIES))
    for tool, image, fmt, hits, planted, decoys, other, mbs, rss in rows:
        cells = []
        for c in CATEGORIES:
            kinds = [k for k in KINDS if not (fmt == "rg" and k in ("name", "dob", "mrn"))]
            cells.append(" ".join("%s %d" % (k, hits[(k, c)]) for k in kinds))
        print("| %s | %s | %s |" % (tool, image, " | ".join(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
