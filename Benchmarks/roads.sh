#!/usr/bin/env bash
# Road databases: import throughput (MB of PBF a second) against `osmium cat` reading the same
# file, route latency p50/p99 over 1,000 random pairs in the extract's area (each a whole
# routino-router process, as geocheck runs it), and memory peaks; then the figures scaled to a
# 100 MB extract. Prints a Markdown table. Needs routino, osmium-tool, time (make benchmark-roads).
set -euo pipefail
cd "$(dirname "$0")/.."
extract="${1:-.build/test-data/Helsinki.osm.pbf}"
runs="${RUNS:-5}"
swift build -c release --product geocheck >/dev/null
swift build -c release --product geocheck-road-bench >/dev/null
bin=.build/release/geocheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GEOCHECK_ROADS="$work/store"
bytes=$(stat -c %s "$extract")
mb=$(python3 -c "print($bytes / 1e6)")

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# Import: the whole `geocheck roads import` (planetsplitter, osmium fileinfo for the area, the
# atomic swap), median of $runs; peak memory of the largest process in it.
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$bin" roads import "$extract" --name bench >/dev/null 2>&1
    cat "$work/t"
done > "$work/import"
import_s=$(awk '{print $1}' "$work/import" | median)
import_kb=$(awk '{print $2}' "$work/import" | sort -g | tail -1)
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" osmium cat "$extract" -f pbf -o /dev/null -O >/dev/null 2>&1
    cat "$work/t"
done > "$work/osmium"
osmium_s=$(awk '{print $1}' "$work/osmium" | median)
osmium_kb=$(awk '{print $2}' "$work/osmium" | sort -g | tail -1)

# Routes: 1,000 random pairs of points in the area; the peak of one routino-router run.
routes=$(.build/release/geocheck-road-bench "$GEOCHECK_ROADS" bench 1000 7)
dir=$(readlink -f "$GEOCHECK_ROADS/bench")
read -r lat lon <<<"$(python3 -c "import json; b=json.load(open('$dir/database.json'))['coverage']; print((b['south']+b['north'])/2, (b['west']+b['east'])/2)")"
/usr/bin/time -f "%M" -o "$work/t" routino-router --dir="$dir" --prefix=roads --transport=motorcar --shortest \
    --output-text-all --output-stdout --lat1="$lat" --lon1="$lon" --lat2="$lat" --lon2="$lon" >/dev/null 2>&1 || true
route_kb=$(cat "$work/t")

python3 - "$mb" "$import_s" "$import_kb" "$osmium_s" "$osmium_kb" "$routes" "$route_kb" "$extract" <<'PY'
import sys
mb, imp, imp_kb, osm, osm_kb, routes, route_kb, extract = sys.argv[1:]
mb, imp, osm = float(mb), float(imp), float(osm)
fields = dict(item.split("=") for item in routes.split())
rate = lambda seconds: mb / seconds if seconds > 0 else float("inf")
print(f"extract: {extract} ({mb:.2f} MB)\n")
print("| measure | figure | scaled to a 100 MB extract |")
print("|---|---:|---:|")
print(f"| geocheck roads import (median) | {imp:.2f} s, {rate(imp):.2f} MB/s | {100 / rate(imp):.0f} s |")
print(f"| osmium cat, same file (median) | {osm:.2f} s, {rate(osm):.2f} MB/s | {100 / rate(osm):.0f} s |")
print(f"| import peak memory (largest process) | {int(imp_kb) / 1024:.0f} MiB | |")
print(f"| osmium cat peak memory | {int(osm_kb) / 1024:.0f} MiB | |")
print(f"| route, 1,000 random pairs | p50 {fields['p50_ms']} ms, p99 {fields['p99_ms']} ms (max {fields['max_ms']}) | |")
print(f"| pairs routed / no route / no road near | {fields['routed']} / {fields['no_route']} / {fields['no_road_near']} | |")
print(f"| routino-router peak memory | {int(route_kb) / 1024:.0f} MiB | |")
PY
