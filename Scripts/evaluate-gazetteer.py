#!/usr/bin/env python3
"""Top-1 accuracy of `geocheck place` on the project's query sets, and wrong confident answers
on names that must resolve to no place.

Usage: Scripts/evaluate-gazetteer.py [GEOCHECK] [QUERIES…]
  GEOCHECK  the binary (default .build/release/geocheck)
  QUERIES   query sets (default Tests/Fixtures/place-queries.tsv and place-queries-news.tsv)

Two formats are read. place-queries.tsv: `query, country, expected id, variant`. The news set:
`query, country, expected, category, note`, where the category is `spelling` (expected is a
GeoNames id) or a negative (`absent`, `not-a-place`, `feature`; expected is `-`).

A spelling counts when the first candidate is the expected place. A negative goes wrong when the
first candidate has a confidence of at least 0.6, the threshold at which `geocheck check` uses a
place (a binary without confidences counts any answer as confident). Prints every miss, then
'top-1 accuracy: N/M = P%' and 'wrong confident answers on negatives: N/M'; exits 1 when the
accuracy is below 95 % or any negative is answered with confidence.
"""
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "Tests", "Fixtures")
geocheck = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", ".build", "release", "geocheck")
sets = sys.argv[2:] or [os.path.join(fixtures, "place-queries.tsv"), os.path.join(fixtures, "place-queries-news.tsv")]
CONFIDENT = 0.6


def rows(path):
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 4:
                query, country, expected, note = fields
                yield query, country, expected, "spelling", note
            else:
                yield tuple(fields[:5])


def ask(row):
    query, country = row[0], row[1]
    command = [geocheck, "place", query, "--json", "--limit", "1"] + (["--country", country] if country else [])
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip()
    candidates = json.loads(result.stdout)["candidates"]
    return (candidates[0] if candidates else None), ""


total = hits = negatives = wrong = confident_hits = confident_misses = 0
by_category = Counter()
for path in sets:
    queries = list(rows(path))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        answers = list(pool.map(ask, queries))
    for (query, country, expected, category, note), (got, error) in zip(queries, answers):
        if category == "spelling":
            total += 1
            if got and got["geonameid"] == int(expected):
                hits += 1
                confident_hits += got.get("confidence", 1.0) >= CONFIDENT
            else:
                confident_misses += bool(got) and got.get("confidence", 1.0) >= CONFIDENT
                found = (f"{got['name']} ({got['country']}, {got['geonameid']}) at {got.get('confidence', 1.0)}"
                         if got else error)
                print(f"miss: {query!r} ({note}): expected {expected}, got {found}")
        else:
            negatives += 1
            by_category[category] += 1
            confidence = got.get("confidence", 1.0) if got else 0.0
            if got and confidence >= CONFIDENT:
                wrong += 1
                print(f"wrong confident answer ({category}): {query!r} → {got['name']} ({got['country']}, "
                      f"{got['geonameid']}) at {confidence}")
accuracy = 100.0 * hits / total if total else 0.0
print(f"top-1 accuracy: {hits}/{total} = {accuracy:.1f}%")
print(f"confident (≥ {CONFIDENT}) on spellings: {confident_hits + confident_misses}/{total}, "
      f"of which wrong: {confident_misses}")
if negatives:
    print(f"wrong confident answers on negatives: {wrong}/{negatives} "
          f"({', '.join(f'{n} {c}' for c, n in sorted(by_category.items()))})")
sys.exit(0 if accuracy >= 95 and wrong == 0 else 1)
