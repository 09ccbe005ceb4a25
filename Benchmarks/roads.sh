#!/usr/bin/env bash
# Road databases: import throughput (MB of PBF a second) against `osmium cat` reading the same
# file (written as OPL to /dev/null), route latency p50/p99 over 1,000 random pairs (each a whole
# routino-router process, as geocheck runs it), memory peaks, and the figures scaled to a 100 MB
# extract. Two extracts: Helsinki.osm.pbf (0.69 MB, real; small enough that start-up counts),
# and 40 shifted copies of it side by side (Benchmarks/tile-extract.py, about 18 MB, made once):
# the throughput to scale from. Prints a Markdown table. Needs routino, osmium-tool and time
# (make benchmark-roads installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
small="${1:-.build/test-data/Helsinki.osm.pbf}"
large=".build/test-data/helsinki-x40.osm.pbf"
runs="${RUNS:-3}"
[ -f "$large" ] || Benchmarks/tile-extract.py "$small" 40 "$large"
swift build -c release --product geocheck >/dev/null
swift build -c release --product geocheck-road-bench >/dev/null
bin=.build/release/geocheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GEOCHECK_ROADS="$work/store"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
# Seconds (median of $runs) and peak memory (KiB, largest of the runs) of a command.
measure() {
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1
        cat "$work/t"
    done > "$work/m"
    echo "$(awk '{print $1}' "$work/m" | median) $(awk '{print $2}' "$work/m" | sort -g | tail -1)"
}

rows=()
for extract in "$small" "$large"; do
    name=$(basename "$extract" .osm.pbf | tr 'A-Z' 'a-z')
    bytes=$(stat -c %s "$extract")
    read -r import_s import_kb <<<"$(measure "$bin" roads import "$extract" --name "$name")"
    read -r osmium_s osmium_kb <<<"$(measure osmium cat "$extract" -f opl -o /dev/null -O)"
    rows+=("$extract $bytes $import_s $import_kb $osmium_s $osmium_kb")
done

# Routes on the real extract: 1,000 random pairs of points in its area.
routes=$(.build/release/geocheck-road-bench "$GEOCHECK_ROADS" helsinki 1000 7)
dir=$(readlink -f "$GEOCHECK_ROADS/helsinki")
/usr/bin/time -f "%M" -o "$work/t" routino-router --dir="$dir" --prefix=roads --transport=motorcar --shortest \
    --output-text-all --output-stdout --lat1=60.1650 --lon1=24.9400 --lat2=60.1756 --lon2=24.9500 >/dev/null 2>&1 || true
route_kb=$(cat "$work/t")

python3 - "$routes" "$route_kb" "${rows[@]}" <<'PY'
import sys
routes, route_kb, rows = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
fields = dict(item.split("=") for item in routes.split())
print("| extract | geocheck roads import | osmium cat (OPL to /dev/null) | import / osmium | import peak memory | 100 MB at this rate |")
print("|---|---:|---:|---:|---:|---:|")
for row in rows:
    path, size, imp, imp_kb, osm, osm_kb = row.split()
    mb = int(size) / 1e6
    rate, osm_rate = mb / float(imp), mb / float(osm)
    print(f"| {path.split('/')[-1]} ({mb:.2f} MB) | {float(imp):.2f} s, {rate:.2f} MB/s | {float(osm):.2f} s, {osm_rate:.2f} MB/s "
          f"| {float(imp) / float(osm):.1f}× | {int(imp_kb) / 1024:.0f} MiB (osmium {int(osm_kb) / 1024:.0f} MiB) | {100 / rate:.0f} s |")
print()
print(f"Routes on Helsinki.osm.pbf, {fields['pairs']} random pairs of points in its area, each a whole routino-router run: "
      f"p50 {fields['p50_ms']} ms, p99 {fields['p99_ms']} ms, slowest {fields['max_ms']} ms; "
      f"{fields['routed']} routed, {fields['no_route']} no route, {fields['no_road_near']} no road near; "
      f"routino-router peak memory {route_kb / 1024:.1f} MiB.")
PY
