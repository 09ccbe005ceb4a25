#!/usr/bin/env python3
"""Top-1 accuracy of `geocheck place` on the project's query set.

Usage: Scripts/evaluate-gazetteer.py [GEOCHECK] [QUERIES]
  GEOCHECK  the binary (default .build/release/geocheck)
  QUERIES   the query set (default Tests/Fixtures/place-queries.tsv)
Prints every miss and a closing line 'top-1 accuracy: N/M = P%'; exits 1 below 95 %.
"""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
geocheck = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", ".build", "release", "geocheck")
queries = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "Tests", "Fixtures", "place-queries.tsv")

total = hits = 0
with open(queries, encoding="utf-8") as source:
    for line in source:
        if line.startswith("#") or not line.strip():
            continue
        query, country, expected, variant = line.rstrip("\n").split("\t")
        command = [geocheck, "place", query, "--json", "--limit", "1"] + (["--country", country] if country else [])
        result = subprocess.run(command, capture_output=True, text=True)
        got = None
        if result.returncode == 0:
            candidates = json.loads(result.stdout)["candidates"]
            got = candidates[0] if candidates else None
        total += 1
        if got and got["geonameid"] == int(expected):
            hits += 1
        else:
            found = f"{got['name']} ({got['country']}, {got['geonameid']})" if got else result.stderr.strip()
            print(f"miss: {query!r} ({variant}): expected {expected}, got {found}")
accuracy = 100.0 * hits / total if total else 0.0
print(f"top-1 accuracy: {hits}/{total} = {accuracy:.1f}%")
sys.exit(0 if accuracy >= 95 else 1)
