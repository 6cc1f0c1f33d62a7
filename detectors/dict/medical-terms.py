#!/usr/bin/env python3
"""Derives detectors/dict/medical-terms.txt: clinical vocabulary that tells a
patient's record from other text with names and numbers in it.

Candidates are the words of the official ICD-10-CM and ICD-9-CM code
descriptions (public domain, CMS/NCHS; see ../shared/data/README.md) that
occur in at least MIN_DESCRIPTIONS descriptions. A candidate is dropped when
it is a common word of general text: it occurs at least MAX_GENERAL times in
the reference tree (the Debian documentation of a stock machine:
changelogs, manuals, licences), or is a census first name or surname.

Usage: python3 detectors/dict/medical-terms.py DATA_DIR REFERENCE_DIR > detectors/dict/medical-terms.txt
(DATA_DIR: ../shared/data; REFERENCE_DIR: /usr/share/doc)
"""
import collections
import gzip
import os
import re
import sys

MIN_DESCRIPTIONS = 3
MAX_GENERAL = 3
MIN_LEN = 5
WORD = re.compile(rb"[A-Za-z]+")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def main(data, reference):
    seen = collections.Counter()
    for name, col in (("icd10cm-descriptions-2024.tsv", 1), ("icd9cm-dx-v32.tsv", 1)):
        with open(os.path.join(data, name), "rb") as f:
            for line in f:
                parts = line.rstrip(b"\n").split(b"\t")
                if len(parts) > col:
                    for w in set(words(parts[col])):
                        if len(w) >= MIN_LEN:
                            seen[w] += 1
    candidates = {w for w, n in seen.items() if n >= MIN_DESCRIPTIONS}
    general = collections.Counter()
    for root, _, files in os.walk(reference):
        for fn in files:
            path = os.path.join(root, fn)
            try:
                opener = gzip.open if fn.endswith(".gz") else open
                with opener(path, "rb") as f:
                    data_bytes = f.read(4 << 20)
            except (OSError, EOFError):
                continue
            for w in words(data_bytes):
                if w in candidates:
                    general[w] += 1
    names = set()
    for name in ("census1990-surnames.txt", "census1990-female-first.txt", "census1990-male-first.txt"):
        with open(os.path.join(data, name), "rb") as f:
            for line in f:
                parts = line.split()
                if parts:
                    names.add(parts[0].lower())
    keep = sorted(w for w in candidates if general[w] < MAX_GENERAL and w not in names)
    print("# Clinical vocabulary (verdict phi versus pii): words of the ICD-10-CM and ICD-9-CM code")
    print("# descriptions (CMS/NCHS, public domain) that general text does not use; derived by")
    print("# detectors/dict/medical-terms.py from ../shared/data and /usr/share/doc. One word per line.")
    for w in keep:
        print(w.decode())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
