#!/usr/bin/env python3
"""Regenerates data/names/family_names.json (see data/README.md).

Usage: python3 scripts/gen-family-names.py PATH/TO/uit_member.json > data/names/family_names.json

Counts `last_name_group` (the family name) in the UIT forum name list
(github.com/duyet/vietnamese-namedb, MIT), after NFC and U+00D0 -> U+0110.
Entries that are not family names ("Student", the middle name "Văn", the
Ê Đê male prefix "Y", given names filed as family names) are dropped;
VNI-mojibake and old-tone spellings are counted under the name they spell.
The national shares are the commonly cited figures (docs DOMAIN §5); where a
figure covers two spellings of one name (Hoàng/Huỳnh, Vũ/Võ) both get it.
Standard library only.
"""
import collections
import json
import sys
import unicodedata

DROP = {"Student", "Văn", "Y", "Quang", "Ánh", "Trang", "Hồng", "Thi", "Hoà", "Hữu", "Ngeou"}
# Mojibake (VNI fonts read as Latin-1) and old tone placement -> the name meant.
SAME_AS = {
    "Buøi": "Bùi", "BĂši": "Bùi", "Ñoã": "Đỗ", "Döông": "Dương", "Ñinh": "Đinh",
    "Huøynh": "Huỳnh", "Hùynh": "Huỳnh", "Laâm": "Lâm", "Vuõ": "Vũ", "Ngoâ": "Ngô", "Le": "Lê",
}
NATIONAL = {
    "Nguyễn": 0.38, "Trần": 0.11, "Lê": 0.095, "Phạm": 0.071, "Hoàng": 0.051, "Huỳnh": 0.051,
    "Phan": 0.045, "Vũ": 0.039, "Võ": 0.039, "Đặng": 0.021, "Bùi": 0.02, "Đỗ": 0.014, "Hồ": 0.013,
    "Ngô": 0.013, "Dương": 0.01, "Lý": 0.005,
}
# Family names of the northern highland peoples (H'Mông, Thái, Dao, Tày), as in
# src/demo/names.cpp: rare in the UIT list but common in the border provinces.
HIGHLAND = ["Giàng", "Sùng", "Vàng", "Thào", "Lò", "Mùa", "Hờ", "Lầu", "Vừ", "Cứ", "Tẩn", "Bàn", "Quàng", "Cầm"]
TOP = 100


def clean(s):
    s = unicodedata.normalize("NFC", s.replace("\u00d0", "\u0110")).strip()
    return SAME_AS.get(s, s)


def main():
    rows = json.load(open(sys.argv[1], encoding="utf-8"))
    counts = collections.Counter(clean(r["last_name_group"]) for r in rows)
    for d in DROP:
        counts.pop(d, None)
    total = len(rows)
    names = []
    for name, n in counts.most_common():
        if len(names) >= TOP or n < 2 or not name or not name[0].isupper() or not name.isalpha():
            continue
        entry = {"name": name, "uit_count": n, "uit_share": round(n / total, 5)}
        if name in NATIONAL:
            entry["national_share"] = NATIONAL[name]
        names.append(entry)
    listed = {e["name"] for e in names}
    for name in HIGHLAND:
        if name not in listed:
            names.append({"name": name, "uit_count": counts.get(name, 0), "uit_share": round(counts.get(name, 0) / total, 5)})
    doc = {
        "source": "Family names counted in uit_member.json (last_name_group) of github.com/duyet/vietnamese-namedb "
        "(MIT; 8,757 names from a university forum, 2016, skewed southern and male), cleaned by "
        "scripts/gen-family-names.py; national_share: commonly cited national figures (Nguyễn ~38%, Trần 11%, ...), "
        "the same figure for both spellings of Hoàng/Huỳnh and Vũ/Võ; highland family names (H'Mông, Thái, Dao, Tày) "
        "added with their (near-zero) UIT counts.",
        "uit_names": total,
        "names": names,
    }
    # One name a line, so a diff shows which names changed.
    out = sys.stdout
    out.write("{\n")
    out.write('  "source": %s,\n' % json.dumps(doc["source"], ensure_ascii=False))
    out.write('  "uit_names": %d,\n' % total)
    out.write('  "names": [\n')
    out.write(",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in names))
    out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
